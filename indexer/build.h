/*
 * build.h - the build driver: which reports to (re)index, who indexes
 * them, and the new generation they make.
 *
 * A generation is a set of shards (lib/schema.h).  Each report's content
 * hash (its files' bytes and its manifest lines) is stored with it.  A
 * build compares the manifest with the current generation: a shard with
 * no changed or removed report is hard-linked into the new generation
 * untouched; a shard holding one is copied (compacted), those reports'
 * units tombstoned (writer.h), plus the changed reports' new units, or,
 * when a fifth of it would be dead, written again from the sources of
 * its reports (EVX_BUILD_DEAD_SHARE); reports new to the index go to new
 * shards of at most EVX_BUILD_SHARD_REPORTS reports.  --full indexes
 * everything afresh.  The shards to write are shared among `jobs` worker
 * processes (fork); each writes its own shards and its own end-of-run
 * report.  Nothing is published until evx_build_publish.
 */
#ifndef EVX_BUILD_H
#define EVX_BUILD_H

#include <stddef.h>
#include <stdio.h>

#include "evx.h"
#include "manifest.h"
#include "pipeline.h"

/* At most this many reports per shard.  A search opens every shard (at
 * 1,000 reports, 64 per shard made 16 shards and 915 page faults a whole
 * query; 128 make 8 and 560 faults, 0.76x the CPU; 256 make 4, 0.92 to
 * 0.96x the CPU of 8, but the build then takes 1.03x the CPU, which puts
 * it above scriptindex's), while re-indexing an edited report copies its
 * shard and tombstones the old units (128: 1.7 to 2.2 s at 1,000 reports;
 * 256: 2.4 s; the scaling issue allows 5 s). */
#define EVX_BUILD_SHARD_REPORTS 128

/* A shard whose dead (tombstoned) units would pass this share of its
 * units is written again from its reports' sources, not copied.  Until
 * then its dead units still count in BM25's statistics (document count,
 * term frequencies, average length), as deleted documents do in Lucene
 * until a merge; a fifth bounds how far an incremental build's answers
 * can drift from a full one's. */
#define EVX_BUILD_DEAD_SHARE 0.2

typedef struct evx_build evx_build;

typedef struct evx_build_opts {
    const char *root;           /* index root (dbpath.h) */
    const evx_manifest *m;
    evx_pipeline_ctx *ctx;      /* tokenizer, diag, stats: borrowed */
    int jobs;                   /* worker processes (1: in this process) */
    int full;                   /* re-index every report */
    int verbose;
} evx_build_opts;

/* What a run found, for the exit status and the closing lines. */
typedef struct evx_build_summary {
    unsigned long docs;     /* units written */
    size_t reports_read;    /* reports (re)indexed */
    size_t failed_reports;  /* reports that yielded nothing */
    size_t unread;          /* files not read */
    size_t short_files;     /* files under the coverage floor */
    size_t errors;          /* error diagnostics */
    int up_to_date;         /* nothing to do: no generation was made */
    int in_workers;         /* the end-of-run reports were printed by the
                               workers (jobs > 1) */
} evx_build_summary;

/* Takes the builder lock, plans and writes the new generation's shards.
 * Prints one line per report re-read and why, to stderr.  EVX_OK (see
 * sum->up_to_date); EVX_LOCKED; EVX_IO; EVX_BACKEND; EVX_NOMEM; on failure
 * *errmsg (if not NULL) is a malloc'd one-line message and nothing is
 * left behind. */
evx_status evx_build_run(evx_build **out, evx_build_summary *sum,
                         const evx_build_opts *o, char **errmsg);

/* Writes the metadata shard and stub (stats_json: this run's stats) and
 * publishes the generation; frees b.  EVX_OK, EVX_IO, EVX_BACKEND,
 * EVX_NOMEM; *errmsg as above. */
evx_status evx_build_publish(evx_build *b, const char *stats_json,
                             char **errmsg);

/* Drops the new generation; the previous one stays current.  NULL: no-op. */
void evx_build_abort(evx_build *b);

#endif /* EVX_BUILD_H */
