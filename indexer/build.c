/*
 * build.c - the build driver (see build.h): plans which reports to
 * (re)index from their content hashes, shares the shards to write among
 * worker processes, and publishes the generation they make.
 */
#define _DEFAULT_SOURCE /* fdopen, strdup */
#include "build.h"

#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "dbpath.h"
#include "meta.h"
#include "schema.h"
#include "writer.h"
#include "xdb.h"

#define PROG "evidex-index"

/* A report of the manifest. */
typedef struct rep {
    char *report;       /* as the manifest names it: "HC 650" */
    char *key;          /* its key: "HC650" */
    char hash[17];
    long old;           /* index into old[], or -1 */
} rep;

/* A report of the current generation. */
typedef struct old_rep {
    char *key, *hash, *shard;
    char *version;      /* the shard its units were written in (their XV) */
    int keep;           /* in the manifest, unchanged */
} old_rep;

/* A shard to write: a copy of from (or empty), less drop, plus add. */
typedef struct task {
    const char *from;   /* old shard name, or NULL */
    char name[32];
    size_t *drop, n_drop; /* indexes into old[] */
    size_t *add, n_add;   /* indexes into reps[] */
} task;

struct evx_build {
    const evx_build_opts *o;
    evx_dbgen *gen;
    char *prev;         /* the current generation's folder, or NULL */
    rep *reps;
    size_t n_reps;
    old_rep *old;
    size_t n_old;
    task *tasks;
    size_t n_tasks;
    char **shards;      /* names in the new generation */
    pid_t parent;       /* the builder, for its workers */
    size_t n_shards;
};

/* ---- content hashes ------------------------------------------------- */

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ULL;
    return h;
}

static uint64_t hash_str(uint64_t h, const char *s)
{
    return fnv(h, s ? s : "", (s ? strlen(s) : 0) + 1);
}

static uint64_t hash_file(uint64_t h, const char *path)
{
    FILE *f = fopen(path, "rb");
    char buf[65536];
    size_t n;
    if (!f)
        return hash_str(h, "(missing)");
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        h = fnv(h, buf, n);
    fclose(f);
    return h;
}

/* The report's files and manifest lines, hashed. */
static void hash_report(rep *r, const evx_manifest *m)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < m->n; i++) {
        const evx_manifest_entry *e = &m->entries[i];
        if (strcmp(e->report, r->report) != 0)
            continue;
        const char *fields[] = {e->file, e->report, e->title, e->committee,
                                e->session, e->published, e->rendering,
                                e->covers};
        for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++)
            h = hash_str(h, fields[k]);
        h = hash_file(h, e->path);
    }
    snprintf(r->hash, sizeof r->hash, "%016llx", (unsigned long long)h);
}

static int add_rep(void *ctx, const char *report)
{
    evx_build *b = ctx;
    rep *r = &b->reps[b->n_reps];
    evx_buf key = EVX_BUF_INIT;
    evx_unit_report_key(&key, report);
    r->report = strdup(report);
    r->key = evx_buf_detach(&key);
    r->old = -1;
    if (!r->report || !r->key)
        return 1;
    hash_report(r, b->o->m);
    b->n_reps++;
    return 0;
}

/* ---- the current generation ----------------------------------------- */

static int on_old_hash(void *ctx, const char *k, const char *value)
{
    evx_build *b = ctx;
    old_rep *o = &b->old[b->n_old];
    o->key = strdup(k + strlen(EVX_META_HASH));
    o->hash = strdup(value);
    if (!o->key || !o->hash)
        return 1;
    b->n_old++;
    return 0;
}

static int count_keys(void *ctx, const char *k, const char *value)
{
    (void)k, (void)value;
    ++*(size_t *)ctx;
    return 0;
}

/* The metadata prefix+key of the metadata shard meta into *out. */
static evx_status old_meta(evx_db *meta, const char *prefix, const char *key,
                           char **out)
{
    evx_buf k = EVX_BUF_INIT;
    evx_buf_printf(&k, "%s%s", prefix, key);
    evx_status st = evx_buf_status(&k);
    if (!st)
        st = evx_db_get_metadata(meta, k.data, out);
    evx_buf_free(&k);
    return st;
}

/* Reads the reports, hashes and shards of the current generation; none
 * when it is missing or of another format (then everything is new). */
static evx_status load_old(evx_build *b)
{
    evx_db *meta = NULL;
    char *format = NULL;
    evx_buf path = EVX_BUF_INIT;
    size_t n = 0;
    if (evx_dbpath_current(&b->prev, b->o->root) != EVX_OK)
        return EVX_OK;
    evx_buf_printf(&path, "%s/%s", b->prev, EVX_META_DB);
    evx_status st = evx_buf_status(&path);
    if (st || evx_db_open(&meta, path.data, EVX_DB_READ, NULL) != EVX_OK ||
        evx_db_get_metadata(meta, EVX_META_FORMAT, &format) != EVX_OK ||
        strcmp(format, EVX_INDEX_FORMAT) != 0)
        goto done;
    st = evx_db_metadata_keys(meta, EVX_META_HASH, count_keys, &n);
    b->old = st ? NULL : calloc(n + 1, sizeof *b->old);
    if (!st && !b->old)
        st = EVX_NOMEM;
    if (!st)
        st = evx_db_metadata_keys(meta, EVX_META_HASH, on_old_hash, b);
    for (size_t i = 0; !st && i < b->n_old; i++) {
        st = old_meta(meta, EVX_META_SHARD, b->old[i].key, &b->old[i].shard);
        if (!st)
            st = old_meta(meta, EVX_META_VERSION, b->old[i].key,
                          &b->old[i].version);
    }
done:
    free(format);
    evx_db_free(meta);
    evx_buf_free(&path);
    return st;
}

/* ---- the plan ------------------------------------------------------- */

static long find_old(const evx_build *b, const char *key)
{
    for (size_t i = 0; i < b->n_old; i++)
        if (strcmp(b->old[i].key, key) == 0)
            return (long)i;
    return -1;
}

static task *new_task(evx_build *b, const char *from)
{
    task *t = &b->tasks[b->n_tasks];
    t->from = from;
    snprintf(t->name, sizeof t->name, "s%lu-%zu", evx_dbgen_number(b->gen),
             b->n_tasks);
    t->drop = calloc(b->n_old + 1, sizeof *t->drop);
    t->add = calloc(b->n_reps + 1, sizeof *t->add);
    if (!t->drop || !t->add)
        return NULL;
    b->n_tasks++;
    return t;
}

static int seen_shard(const evx_build *b, size_t upto, const char *shard)
{
    for (size_t i = 0; i < upto; i++)
        if (strcmp(b->old[i].shard, shard) == 0)
            return 1;
    return 0;
}

static evx_status add_shard_name(evx_build *b, const char *name)
{
    b->shards[b->n_shards] = strdup(name);
    return b->shards[b->n_shards++] ? EVX_OK : EVX_NOMEM;
}

/* Links the old shard into the new generation as it is. */
static evx_status link_old_shard(evx_build *b, const char *shard)
{
    evx_buf s = EVX_BUF_INIT, d = EVX_BUF_INIT;
    evx_buf_printf(&s, "%s/%s", b->prev, shard);
    evx_buf_printf(&d, "%s/%s", evx_dbgen_path(b->gen), shard);
    evx_status st = evx_buf_status(&s) || evx_buf_status(&d)
                        ? EVX_NOMEM
                        : evx_dbpath_link_tree(s.data, d.data);
    if (!st)
        st = add_shard_name(b, shard);
    evx_buf_free(&s);
    evx_buf_free(&d);
    return st;
}

/* Adds to n the units of old report i's version in the open shard db. */
static evx_status count_version(evx_db *db, const old_rep *o,
                                unsigned long *n)
{
    evx_buf term = EVX_BUF_INIT;
    unsigned long units = 0;
    evx_writer_version_term(&term, o->key, o->version ? o->version : "");
    evx_status st = evx_buf_status(&term);
    if (!st)
        st = evx_db_term_freq(db, term.data, &units);
    *n += units;
    evx_buf_free(&term);
    return st;
}

/* Would the shard, less this build's drops, hold more than
 * EVX_BUILD_DEAD_SHARE of dead units?  Then it is rewritten from its
 * reports' sources rather than copied with more tombstones. */
static evx_status too_dead(evx_build *b, const char *shard, int *out)
{
    evx_buf path = EVX_BUF_INIT;
    evx_db *db = NULL;
    char *list = NULL;
    unsigned long all = 0, dead = 0;
    evx_buf_printf(&path, "%s/%s", b->prev, shard);
    evx_status st = evx_buf_status(&path);
    if (!st)
        st = evx_db_open(&db, path.data, EVX_DB_READ, NULL);
    if (!st)
        st = evx_db_doc_count(db, &all);
    if (!st)
        st = evx_db_get_metadata(db, EVX_META_DEAD, &list);
    if (!st)
        dead = evx_writer_dead_units(list);
    for (size_t i = 0; !st && i < b->n_old; i++)
        if (!b->old[i].keep && strcmp(b->old[i].shard, shard) == 0)
            st = count_version(db, &b->old[i], &dead);
    *out = !st && dead > all * EVX_BUILD_DEAD_SHARE;
    free(list);
    evx_db_free(db);
    evx_buf_free(&path);
    return st;
}

/* One old shard: linked as it is when none of its reports changed or
 * left; else copied, its changed and removed reports tombstoned and the
 * changed ones added again; or, when too much of it would be dead,
 * written again from the sources of its reports still in the manifest
 * (and dropped when none is). */
static evx_status plan_old_shard(evx_build *b, const char *shard)
{
    size_t drops = 0;
    int rewrite = 0;
    for (size_t i = 0; i < b->n_old; i++)
        if (strcmp(b->old[i].shard, shard) == 0 && !b->old[i].keep)
            drops++;
    if (!drops)
        return link_old_shard(b, shard);
    evx_status st = too_dead(b, shard, &rewrite);
    if (st)
        return st;
    task *t = NULL;
    for (size_t i = 0; i < b->n_reps; i++) {
        const old_rep *o = b->reps[i].old >= 0 ? &b->old[b->reps[i].old] : NULL;
        if (!o || strcmp(o->shard, shard) != 0 || (o->keep && !rewrite))
            continue;
        if (!t && !(t = new_task(b, rewrite ? NULL : shard)))
            return EVX_NOMEM;
        t->add[t->n_add++] = i;
    }
    if (rewrite)
        return EVX_OK;
    if (!t && !(t = new_task(b, shard)))
        return EVX_NOMEM;
    for (size_t i = 0; i < b->n_old; i++)
        if (strcmp(b->old[i].shard, shard) == 0 && !b->old[i].keep)
            t->drop[t->n_drop++] = i;
    return EVX_OK;
}

/* Reports new to the index, in shards of at most EVX_BUILD_SHARD_REPORTS,
 * as many shards as a multiple of the workers, of sizes as even as can be:
 * each worker takes every jobs-th shard, so that all finish together
 * (1,000 reports on 2 workers: 8 shards of 125, not 7 of 128 and one of
 * 104, which left one worker 24 reports more). */
static evx_status plan_new(evx_build *b)
{
    size_t n_new = 0, jobs = b->o->jobs > 0 ? (size_t)b->o->jobs : 1;
    for (size_t i = 0; i < b->n_reps; i++)
        n_new += b->reps[i].old < 0;
    size_t shards = (n_new + EVX_BUILD_SHARD_REPORTS - 1) /
                    EVX_BUILD_SHARD_REPORTS;
    shards = (shards + jobs - 1) / jobs * jobs;
    size_t per = shards ? (n_new + shards - 1) / shards : 1;
    task *t = NULL;
    for (size_t i = 0; i < b->n_reps; i++) {
        if (b->reps[i].old >= 0)
            continue;
        if (!t || t->n_add >= per)
            t = new_task(b, NULL);
        if (!t)
            return EVX_NOMEM;
        t->add[t->n_add++] = i;
    }
    return EVX_OK;
}

static long find_rep_key(const evx_build *b, const char *key)
{
    for (size_t i = 0; i < b->n_reps; i++)
        if (strcmp(b->reps[i].key, key) == 0)
            return (long)i;
    return -1;
}

static void say_changes(const evx_build *b)
{
    for (size_t i = 0; i < b->n_reps; i++)
        if (b->reps[i].old < 0 || !b->old[b->reps[i].old].keep)
            fprintf(stderr, PROG ": re-reading %s (%s)\n", b->reps[i].report,
                    b->reps[i].old < 0 ? "new" : "changed");
    for (size_t i = 0; i < b->n_old; i++)
        if (!b->old[i].keep && find_rep_key(b, b->old[i].key) < 0)
            fprintf(stderr, PROG ": removing %s (no longer in the manifest)\n",
                    b->old[i].key);
}

static evx_status plan(evx_build *b)
{
    evx_status st = EVX_OK;
    size_t cap = b->n_reps + b->n_old + 1;
    b->tasks = calloc(cap, sizeof *b->tasks);
    b->shards = calloc(cap, sizeof *b->shards);
    if (!b->tasks || !b->shards)
        return EVX_NOMEM;
    if (b->o->full)
        b->n_old = 0; /* its entries are freed with b; none is reused */
    for (size_t i = 0; i < b->n_reps; i++) {
        long k = find_old(b, b->reps[i].key);
        b->reps[i].old = k;
        if (k >= 0 && strcmp(b->old[k].hash, b->reps[i].hash) == 0)
            b->old[k].keep = 1;
    }
    if (b->n_old)
        say_changes(b);
    for (size_t i = 0; !st && i < b->n_old; i++)
        if (!seen_shard(b, i, b->old[i].shard))
            st = plan_old_shard(b, b->old[i].shard);
    return st ? st : plan_new(b);
}

/* ---- writing the shards ---------------------------------------------- */

static const evx_manifest_entry *first_entry(const evx_manifest *m,
                                             const char *report)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->entries[i].report, report) == 0)
            return &m->entries[i];
    return NULL;
}

/* Reads one report and adds its units; a report that yields nothing is
 * counted (its files' errors are in diag) and left out. */
static evx_status add_report(evx_build *b, evx_writer *w, const rep *r,
                             evx_build_summary *sum)
{
    const evx_build_opts *o = b->o;
    evx_units units = EVX_UNITS_INIT;
    evx_status st = evx_pipeline_report(&units, o->m, r->report, o->ctx);
    if (st == EVX_NOT_FOUND) {
        sum->failed_reports++;
        st = EVX_OK;
    } else if (!st) {
        evx_pipeline_stats_add(o->ctx->stats, &units);
        st = evx_writer_add_report(w, &units, first_entry(o->m, r->report));
        if (!st)
            st = evx_writer_set_hash(w, r->report, r->hash);
        sum->docs += units.len;
        sum->reports_read++;
    }
    evx_units_free(&units);
    return st;
}

static evx_status run_task(evx_build *b, const task *t, evx_build_summary *sum,
                           char **errmsg)
{
    evx_buf scratch = EVX_BUF_INIT, from = EVX_BUF_INIT, dst = EVX_BUF_INIT;
    evx_writer *w = NULL;
    evx_buf_printf(&scratch, "%s/%s", evx_dbgen_build_path(b->gen), t->name);
    evx_buf_printf(&dst, "%s/%s", evx_dbgen_path(b->gen), t->name);
    if (t->from)
        evx_buf_printf(&from, "%s/%s", b->prev, t->from);
    evx_status st = evx_buf_status(&scratch) || evx_buf_status(&dst) ||
                            evx_buf_status(&from)
                        ? EVX_NOMEM
                        : EVX_OK;
    evx_shard_opts so = {scratch.data, t->from ? from.data : NULL,
                         b->o->ctx->tok, t->name};
    if (!st)
        st = evx_writer_open_shard(&w, &so, errmsg);
    for (size_t i = 0; !st && i < t->n_drop; i++)
        st = evx_writer_drop_report(w, b->old[t->drop[i]].key,
                                    b->old[t->drop[i]].version);
    for (size_t i = 0; !st && i < t->n_add; i++)
        st = add_report(b, w, &b->reps[t->add[i]], sum);
    if (st && w && errmsg && !*errmsg)
        *errmsg = evx_strdup(*evx_writer_errmsg(w) ? evx_writer_errmsg(w)
                                                   : evx_status_str(st));
    if (st)
        evx_writer_abort(w);
    else
        st = evx_writer_close_shard(w, dst.data, errmsg);
    evx_buf_free(&scratch);
    evx_buf_free(&from);
    evx_buf_free(&dst);
    return st;
}

/* Tasks first, first+step, ... in this process. */
static evx_status run_tasks(evx_build *b, size_t first, size_t step,
                            evx_build_summary *sum, char **errmsg)
{
    evx_status st = EVX_OK;
    for (size_t i = first; !st && i < b->n_tasks; i += step)
        st = run_task(b, &b->tasks[i], sum, errmsg);
    return st;
}

/* ---- worker processes ------------------------------------------------ */

static char *worker_file(const evx_build *b, int i, const char *ext)
{
    evx_buf p = EVX_BUF_INIT;
    evx_buf_printf(&p, "%s/w%d.%s", evx_dbgen_build_path(b->gen), i, ext);
    return evx_buf_detach(&p);
}

/* A worker: its stderr goes to wN.log, its tallies to wN.sum. */
static void worker(evx_build *b, int i, int jobs)
{
    char *log = worker_file(b, i, "log"), *sumf = worker_file(b, i, "sum");
    evx_build_summary sum = {0};
    char *msg = NULL;
    /* A worker dies with its builder (kill -9 included), so it never
     * outlives it holding the lock or writing a dropped generation. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != b->parent) {
        free(log);
        free(sumf);
        _exit(2);
    }
    int fd = log ? open(log, O_WRONLY | O_CREAT | O_TRUNC, 0666) : -1;
    if (fd >= 0)
        dup2(fd, 2);
    evx_status st = run_tasks(b, (size_t)i, (size_t)jobs, &sum, &msg);
    const evx_pipeline_ctx *c = b->o->ctx;
    evx_pipeline_stats_print(c->stats, c->diag, stderr, PROG, b->o->verbose);
    if (st)
        fprintf(stderr, PROG ": %s\n", msg ? msg : evx_status_str(st));
    FILE *f = sumf ? fopen(sumf, "w") : NULL;
    if (f) {
        fprintf(f, "%lu %zu %zu %zu %zu %zu\n", sum.docs, sum.reports_read,
                sum.failed_reports, evx_pipeline_stats_unread(c->stats),
                evx_pipeline_stats_short(c->stats),
                evx_diag_count(c->diag, EVX_DIAG_ERROR));
        fclose(f);
    }
    fflush(stderr);
    free(log);
    free(sumf);
    free(msg);
    _exit(st ? 2 : 0);
}

/* Copies worker i's report to stderr and adds its tallies to sum. */
static int collect(evx_build *b, int i, evx_build_summary *sum)
{
    char *log = worker_file(b, i, "log"), *sumf = worker_file(b, i, "sum");
    FILE *f = log ? fopen(log, "r") : NULL;
    char buf[4096];
    size_t n;
    while (f && (n = fread(buf, 1, sizeof buf, f)) > 0)
        fwrite(buf, 1, n, stderr);
    if (f)
        fclose(f);
    evx_build_summary w = {0};
    f = sumf ? fopen(sumf, "r") : NULL;
    int ok = f && fscanf(f, "%lu %zu %zu %zu %zu %zu", &w.docs, &w.reports_read,
                         &w.failed_reports, &w.unread, &w.short_files,
                         &w.errors) == 6;
    if (f)
        fclose(f);
    sum->docs += w.docs;
    sum->reports_read += w.reports_read;
    sum->failed_reports += w.failed_reports;
    sum->unread += w.unread;
    sum->short_files += w.short_files;
    sum->errors += w.errors;
    free(log);
    free(sumf);
    return ok;
}

static evx_status run_workers(evx_build *b, int jobs, evx_build_summary *sum,
                              char **errmsg)
{
    pid_t pids[64];
    int started = 0, failed = 0;
    fflush(NULL);
    b->parent = getpid();
    for (; started < jobs; started++) {
        pids[started] = fork();
        if (pids[started] < 0)
            break;
        if (pids[started] == 0)
            worker(b, started, jobs);
    }
    for (int i = 0; i < started; i++) {
        int status = 0;
        waitpid(pids[i], &status, 0);
        int ok = collect(b, i, sum);
        failed |= !ok || !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    }
    sum->in_workers = 1;
    if (started < jobs || failed) {
        if (errmsg)
            *errmsg = evx_strdup(started < jobs ? "cannot start a worker process"
                                                : "a worker process failed");
        return EVX_IO;
    }
    return EVX_OK;
}

/* ---- the driver -------------------------------------------------------- */

static evx_status execute(evx_build *b, evx_build_summary *sum, char **errmsg)
{
    int jobs = b->o->jobs > 64 ? 64 : b->o->jobs;
    if ((size_t)jobs > b->n_tasks)
        jobs = (int)b->n_tasks;
    if (mkdir(evx_dbgen_build_path(b->gen), 0777) != 0)
        return EVX_IO;
    evx_status st = jobs > 1 ? run_workers(b, jobs, sum, errmsg)
                             : run_tasks(b, 0, 1, sum, errmsg);
    for (size_t i = 0; !st && i < b->n_tasks; i++)
        st = add_shard_name(b, b->tasks[i].name);
    if (!sum->in_workers) {
        const evx_pipeline_ctx *c = b->o->ctx;
        sum->unread = evx_pipeline_stats_unread(c->stats);
        sum->short_files = evx_pipeline_stats_short(c->stats);
        sum->errors = evx_diag_count(c->diag, EVX_DIAG_ERROR);
    }
    return st;
}

static size_t count_reports(const evx_manifest *m)
{
    size_t n = 0;
    for (size_t i = 0; i < m->n; i++)
        n += first_entry(m, m->entries[i].report) == &m->entries[i];
    return n;
}

static int nothing_to_do(const evx_build *b)
{
    if (!b->prev || b->o->full || b->n_tasks || b->n_old == 0)
        return 0;
    for (size_t i = 0; i < b->n_old; i++)
        if (!b->old[i].keep)
            return 0;
    return 1;
}

evx_status evx_build_run(evx_build **out, evx_build_summary *sum,
                         const evx_build_opts *o, char **errmsg)
{
    evx_build *b = calloc(1, sizeof *b);
    memset(sum, 0, sizeof *sum);
    *out = NULL;
    if (errmsg)
        *errmsg = NULL;
    if (!b)
        return EVX_NOMEM;
    b->o = o;
    evx_status st = evx_dbgen_begin(&b->gen, o->root, errmsg);
    b->reps = st ? NULL : calloc(count_reports(o->m) + 1, sizeof *b->reps);
    if (!st && !b->reps)
        st = EVX_NOMEM;
    if (!st && evx_pipeline_reports(o->m, add_rep, b))
        st = EVX_NOMEM;
    if (!st)
        st = load_old(b);
    if (!st)
        st = plan(b);
    if (!st && nothing_to_do(b)) {
        sum->up_to_date = 1;
        evx_build_abort(b);
        return EVX_OK;
    }
    if (!st)
        st = execute(b, sum, errmsg);
    if (st) {
        if (errmsg && !*errmsg)
            *errmsg = evx_strdup(evx_status_str(st));
        evx_build_abort(b);
        return st;
    }
    *out = b;
    return EVX_OK;
}

evx_status evx_build_publish(evx_build *b, const char *stats_json,
                             char **errmsg)
{
    evx_meta_opts mo = {evx_dbgen_path(b->gen), b->shards, b->n_shards,
                        stats_json};
    evx_status st = evx_meta_write(&mo, errmsg);
    if (!st) {
        st = evx_dbgen_publish(b->gen, errmsg);
        b->gen = NULL;
    }
    evx_build_abort(b);
    return st;
}

void evx_build_abort(evx_build *b)
{
    if (!b)
        return;
    evx_dbgen_abort(b->gen);
    for (size_t i = 0; b->reps && i < b->n_reps; i++) {
        free(b->reps[i].report);
        free(b->reps[i].key);
    }
    for (size_t i = 0; b->old && b->old[i].key; i++) {
        free(b->old[i].key);
        free(b->old[i].hash);
        free(b->old[i].shard);
        free(b->old[i].version);
    }
    for (size_t i = 0; b->tasks && i < b->n_tasks; i++) {
        free(b->tasks[i].drop);
        free(b->tasks[i].add);
    }
    for (size_t i = 0; b->shards && i < b->n_shards; i++)
        free(b->shards[i]);
    free(b->reps);
    free(b->old);
    free(b->tasks);
    free(b->shards);
    free(b->prev);
    free(b);
}
