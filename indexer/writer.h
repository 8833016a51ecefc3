/*
 * writer.h - units into the Xapian index, laid out as lib/schema.h says.
 *
 * A writer writes one shard: a new database in a scratch folder holding
 * the units of its reports and, as metadata, each report's manifest
 * record, content hash and acronyms; closing it commits it and compacts
 * it into its place in a generation, or leaves it for indexer/build.c to
 * merge with others into one shard (evx_db_compact_many).  build.c runs
 * several at once.
 * evx_writer_open/evx_writer_finish are the one-shard build: they take the
 * builder lock, open a new generation (dbpath.h), and at the end write
 * the metadata shard (meta.h) and publish, so an interrupted or failed
 * build leaves the previous index current and whole.  Units are added report by
 * report and may be freed after each call, so memory stays bounded by the
 * largest report (and Xapian's flush threshold), not by the corpus.
 */
#ifndef EVX_WRITER_H
#define EVX_WRITER_H

#include "buf.h"
#include "evx.h"
#include "manifest.h"
#include "tok.h"
#include "unit.h"
#include "xdb.h"

typedef struct evx_writer evx_writer;

/* Takes the lock on the index root and opens a new generation for
 * writing.  tok is borrowed.  EVX_OK; EVX_LOCKED (another build is
 * running); EVX_IO; EVX_BACKEND; EVX_NOMEM.  On failure *errmsg (if not
 * NULL) is a malloc'd one-line message. */
evx_status evx_writer_open(evx_writer **out, const char *root, evx_tok *tok,
                           char **errmsg);

typedef struct evx_shard_opts {
    const char *scratch; /* folder to write the shard in (created) */
    evx_tok *tok;        /* borrowed */
    const char *version; /* the shard's name in its generation: the version
                            (XV) of the reports added to it */
    int served;          /* with termlists, for xapian-tcpsrv to serve
                            (EVX_DB_SCRATCH_SERVED) */
} evx_shard_opts;

/* Opens a shard writer, with no generation or lock of its own.  EVX_OK;
 * EVX_IO; EVX_BACKEND; EVX_NOMEM; *errmsg as for evx_writer_open. */
evx_status evx_writer_open_shard(evx_writer **out, const evx_shard_opts *o,
                                 char **errmsg);

/* Appends to term the XV term of one version of report: XV, its key, "@",
 * the shard its units were written in ("XVHC650@s3-0"; schema.h). */
void evx_writer_version_term(evx_buf *term, const char *report,
                             const char *version);

/* Records the content hash (hex) of a report just added. */
evx_status evx_writer_set_hash(evx_writer *w, const char *report,
                               const char *hash);

/* Commits the shard, compacts it into dst (NULL: leaves it, complete, in
 * its scratch folder) and frees w (also on failure).  EVX_OK, EVX_IO,
 * EVX_BACKEND, EVX_NOMEM; *errmsg as above. */
evx_status evx_writer_close_shard(evx_writer *w, const char *dst,
                                  char **errmsg);

/* Indexes the units of one report, and records the report's manifest
 * entry (entry may be NULL) as metadata.  Acronym definitions found in the
 * units become synonyms.  EVX_OK, EVX_BACKEND, EVX_NOMEM. */
evx_status evx_writer_add_report(evx_writer *w, const evx_units *units,
                                 const evx_manifest_entry *entry);

/* Closes the shard into the generation, writes the metadata shard (stats:
 * a JSON object), publishes the new generation and frees w.  EVX_OK, or EVX_BACKEND / EVX_IO (then the old
 * index stays current).  *errmsg as above. */
evx_status evx_writer_finish(evx_writer *w, const char *stats_json,
                             char **errmsg);

/* Builds the spelling data of dst from the plain words of src (dst and src
 * may be the same database): each word of three or more letters, with its
 * document frequency as its weight.  Run once at the end of a build, it
 * costs a scan of the term list instead of a spelling update per token.
 * EVX_OK, EVX_BACKEND, EVX_NOMEM. */
evx_status evx_writer_spelling(evx_db *dst, evx_db *src);

/* Abandons the new generation (the old index stays current) and frees w.
 * NULL is a no-op. */
void evx_writer_abort(evx_writer *w);

/* Message of the last failure ("" if none); borrowed. */
const char *evx_writer_errmsg(const evx_writer *w);

/* Number of documents written so far. */
unsigned long evx_writer_count(const evx_writer *w);

#endif /* EVX_WRITER_H */
