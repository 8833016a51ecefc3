/*
 * meta.h - the metadata shard and the stub file of an index generation
 * (lib/schema.h): what is true of the whole index rather than of one
 * shard.  After the shards of a generation are written, evx_meta_write
 * gathers each report's record, hash and acronyms from the shard that
 * holds its live version (a shard may also hold dead versions, whose
 * records it passes over), adds the synonyms, the report list and the
 * run's stats and the indexer that read the reports, lists every shard and the dead report versions in the
 * stub, and last builds the spelling data once from the plain terms of
 * all the shards.
 */
#ifndef EVX_META_H
#define EVX_META_H

#include <stddef.h>

#include "evx.h"

typedef struct evx_meta_opts {
    const char *gen_dir;     /* the generation folder */
    char *const *shards;     /* shard folder names inside gen_dir */
    size_t n_shards;
    const char *stats_json;  /* this run's stats (a JSON object), or NULL */
    const char *dead;        /* dead report versions, "term\n" lines (XV
                                terms, schema.h), or NULL */
    size_t shards_wanted;    /* the shards a build writes (EVX_META_SHARDS),
                                or 0: not recorded */
} evx_meta_opts;

/* The length of evx_meta_reader's identity, with its NUL. */
#define EVX_META_READER_LEN 17

/* The identity of the indexer running now, into out: a hash of its own
 * executable, 16 hex digits ("unknown" if it cannot be read).  An index
 * records it (EVX_META_READER), and a build by another evidex-index reads
 * every report again: its readers may read them otherwise (build.c). */
void evx_meta_reader(char out[EVX_META_READER_LEN]);

/* Writes gen_dir/meta and gen_dir/XAPIANDB as above.  EVX_OK; EVX_IO;
 * EVX_BACKEND; EVX_NOMEM; on failure *errmsg (if not NULL) is a malloc'd
 * one-line message. */
evx_status evx_meta_write(const evx_meta_opts *o, char **errmsg);

#endif /* EVX_META_H */
