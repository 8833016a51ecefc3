/*
 * build.h - the build driver: which reports to (re)index, who indexes
 * them, and the new generation they make.
 *
 * A generation is a set of shards (lib/schema.h).  Each report's content
 * hash (its files' bytes and its manifest lines) is stored with it.  A
 * build compares the manifest with the current generation and reads only
 * the reports that are new or changed.  A shard is never written twice:
 * one that holds a changed or removed report is hard-linked into the new
 * generation untouched, that report's units tombstoned (their version
 * listed as dead in the stub: a shard without termlists cannot delete
 * them), until a fifth of it would be dead (EVX_BUILD_DEAD_SHARE); then
 * it is left out and its live reports are read again.  The reports read
 * go to new shards, as many as `shards` asks (by default the count the
 * last build was given, kept in the metadata shard, else one): worker
 * processes (fork) each write scratch databases, which one compaction per
 * shard merges (the compaction each shard's write would end with anyway).
 * So a full build makes `shards` shards, and each later build adds its
 * own (as many, or one for each report when it reads fewer), until the
 * generation would hold more than `shards` +
 * EVX_BUILD_SPARE_SHARDS: then the shards with the fewest live reports
 * are read again with the new ones.  --full indexes everything afresh.
 * Nothing is published until evx_build_publish.
 */
#ifndef EVX_BUILD_H
#define EVX_BUILD_H

#include <stddef.h>
#include <stdio.h>

#include "evx.h"
#include "manifest.h"
#include "pipeline.h"

/* How many shards past those asked for a generation may hold before a
 * build folds the smallest into the one it writes.  A search opens every
 * shard, and each costs it: at 1,000 reports, one shard instead of eight
 * took 0.81 to 0.89x the CPU of a whole query (README, "Benchmarks"). */
#define EVX_BUILD_SPARE_SHARDS 3

/* The most reports one scratch database holds.  Xapian merges each
 * commit's postings into the end of every posting list it touches, and a
 * larger table makes each merge dearer: a worker writing all its reports
 * into one database took more CPU per report as the build grew.  Smaller
 * scratch databases cost nothing at query time, for the compaction that
 * makes a shard merges them (README, "Scratch databases"). */
#ifndef EVX_BUILD_TASK_REPORTS /* a build may override it to measure */
#define EVX_BUILD_TASK_REPORTS 128
#endif

/* The most shards one build may be asked to write (--shards). */
#define EVX_BUILD_MAX_OUTPUTS 64

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
    int shards;                 /* shards to write the reports read into
                                   (0: one; at most EVX_BUILD_MAX_OUTPUTS) */
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
