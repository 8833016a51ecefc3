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
#include "fnv.h"
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
    int matched;        /* in the manifest */
} old_rep;

/* A shard of the current generation. */
typedef struct old_shard {
    const char *name;   /* borrowed from an old_rep */
    size_t live;        /* its reports kept as they are */
    int rewrite;        /* its live reports are read again, it is left out */
    int lost;           /* it cannot be opened */
    unsigned long *units; /* its units of each dead version */
} old_shard;

/* A scratch database a worker writes: reports add[0..n_add) of the
 * batch, for output shard `out`. */
typedef struct task {
    size_t *add, n_add;   /* indexes into reps[] */
    size_t out;
} task;

struct evx_build {
    const evx_build_opts *o;
    evx_dbgen *gen;
    char *prev;         /* the current generation's folder, or NULL */
    rep *reps;
    size_t n_reps;
    old_rep *old;
    size_t n_old;
    old_shard *oshards;
    size_t n_oshards;
    char **dead;        /* dead version terms (schema.h), malloc'd */
    size_t n_dead;
    size_t *batch;      /* reports to read, indexes into reps[] */
    size_t n_batch;
    task *tasks;
    size_t n_tasks;
    size_t n_out;       /* shards this build writes */
    int kept_shards;    /* the current generation's EVX_META_SHARDS, or 0 */
    char **shards;      /* names in the new generation */
    pid_t parent;       /* the builder, for its workers */
    size_t n_shards;
};

/* ---- content hashes ------------------------------------------------- */

static uint64_t hash_str(uint64_t h, const char *s)
{
    return evx_fnv(h, s ? s : "", (s ? strlen(s) : 0) + 1);
}

static uint64_t hash_file(uint64_t h, const char *path)
{
    int ok;
    uint64_t r = evx_fnv_file(h, path, &ok);
    return ok ? r : hash_str(h, "(missing)");
}

/* The report's files and manifest lines, hashed. */
static void hash_report(rep *r, const evx_manifest *m)
{
    uint64_t h = EVX_FNV_START;
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

/* Did this evidex-index read the reports of the index whose metadata
 * shard is meta (EVX_META_READER)?  If not, says so: another build may
 * have read them otherwise (a name, a footnote), so each is read again. */
static int same_reader(evx_db *meta)
{
    char now[EVX_META_READER_LEN], *then = NULL;
    evx_meta_reader(now);
    int same = evx_db_get_metadata(meta, EVX_META_READER, &then) == EVX_OK &&
               strcmp(then, now) == 0;
    if (!same)
        fprintf(stderr, PROG ": the index was made by another build of evidex-index: "
                             "every report is read again\n");
    free(then);
    return same;
}

/* Reads the reports, hashes and shards of the current generation, and
 * the shard count it was asked for; none when it is missing, of another
 * format or read by another evidex-index (then everything is new). */
static evx_status load_old(evx_build *b)
{
    evx_db *meta = NULL;
    char *format = NULL, *shards = NULL;
    evx_buf path = EVX_BUF_INIT;
    size_t n = 0;
    if (evx_dbpath_current(&b->prev, b->o->root) != EVX_OK)
        return EVX_OK;
    evx_buf_printf(&path, "%s/%s", b->prev, EVX_META_DB);
    evx_status st = evx_buf_status(&path);
    if (st || evx_db_open(&meta, path.data, EVX_DB_READ, NULL) != EVX_OK ||
        evx_db_get_metadata(meta, EVX_META_FORMAT, &format) != EVX_OK ||
        strcmp(format, EVX_INDEX_FORMAT) != 0 || !same_reader(meta))
        goto done;
    st = evx_db_get_metadata(meta, EVX_META_SHARDS, &shards);
    if (!st)
        b->kept_shards = atoi(shards);
    if (!st)
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
    free(shards);
    evx_db_free(meta);
    evx_buf_free(&path);
    return st;
}

/* Adds term to the dead versions, once. */
static evx_status add_dead(evx_build *b, const char *term)
{
    for (size_t i = 0; i < b->n_dead; i++)
        if (strcmp(b->dead[i], term) == 0)
            return EVX_OK;
    char **d = realloc(b->dead, (b->n_dead + 1) * sizeof *d);
    if (!d)
        return EVX_NOMEM;
    b->dead = d;
    return (d[b->n_dead] = strdup(term)) ? (b->n_dead++, EVX_OK) : EVX_NOMEM;
}

/* The dead report versions of the current generation: its stub's
 * EVX_STUB_DEAD lines (schema.h). */
static evx_status load_dead(evx_build *b)
{
    evx_buf path = EVX_BUF_INIT;
    char line[1024];
    const size_t n = sizeof EVX_STUB_DEAD - 1;
    evx_status st = EVX_OK;
    if (!b->prev)
        return EVX_OK;
    evx_buf_printf(&path, "%s/%s", b->prev, EVX_STUB);
    FILE *f = evx_buf_status(&path) ? NULL : fopen(path.data, "r");
    evx_buf_free(&path);
    while (f && !st && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, EVX_STUB_DEAD, n) == 0 && line[n])
            st = add_dead(b, line + n);
    }
    if (f)
        fclose(f);
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

static old_shard *find_shard(const evx_build *b, const char *name)
{
    for (size_t i = 0; i < b->n_oshards; i++)
        if (strcmp(b->oshards[i].name, name) == 0)
            return &b->oshards[i];
    return NULL;
}

/* The current generation's shards, with their live and dropped reports;
 * each dropped report's version joins the dead ones. */
static evx_status list_old_shards(evx_build *b)
{
    b->oshards = calloc(b->n_old + 1, sizeof *b->oshards);
    if (!b->oshards)
        return EVX_NOMEM;
    for (size_t i = 0; i < b->n_old; i++) {
        old_rep *o = &b->old[i];
        old_shard *s = find_shard(b, o->shard);
        if (!s) {
            s = &b->oshards[b->n_oshards++];
            s->name = o->shard;
        }
        if (o->keep) {
            s->live++;
            continue;
        }
        evx_buf term = EVX_BUF_INIT;
        evx_writer_version_term(&term, o->key, o->version ? o->version : "");
        evx_status st = evx_buf_status(&term) ? EVX_NOMEM
                                              : add_dead(b, term.data);
        evx_buf_free(&term);
        if (st)
            return st;
    }
    return EVX_OK;
}

/* Opens old shard s and counts its units of each dead version: when more
 * than EVX_BUILD_DEAD_SHARE of its units are dead, or none is live, it is
 * written again from its live reports' sources.  A shard that cannot be
 * opened (its folder removed or damaged by hand) is written again too,
 * and one line says so: the build mends the index rather than failing on
 * it or calling it up to date. */
static evx_status weigh_old_shard(evx_build *b, old_shard *s)
{
    evx_buf path = EVX_BUF_INIT;
    evx_db *db = NULL;
    char *msg = NULL;
    unsigned long all = 0, dead = 0;
    s->units = calloc(b->n_dead + 1, sizeof *s->units);
    evx_buf_printf(&path, "%s/%s", b->prev, s->name);
    evx_status st = !s->units || evx_buf_status(&path) ? EVX_NOMEM : EVX_OK;
    if (!st && evx_db_open(&db, path.data, EVX_DB_READ, &msg) != EVX_OK) {
        fprintf(stderr, PROG ": warning: shard %s of the current index cannot "
                        "be read (%s); its %zu report(s) are read again\n",
                s->name, msg ? msg : "no database", s->live);
        s->rewrite = 1;
        s->lost = 1;
    }
    if (!st && db)
        st = evx_db_doc_count(db, &all);
    for (size_t i = 0; !st && db && i < b->n_dead; i++)
        if (!(st = evx_db_term_freq(db, b->dead[i], &s->units[i])))
            dead += s->units[i];
    if (!st && db)
        s->rewrite = !s->live || dead > all * EVX_BUILD_DEAD_SHARE;
    free(msg);
    evx_db_free(db);
    evx_buf_free(&path);
    return st;
}

/* Is dead version i in a shard the new generation keeps?  Only those go
 * on to its stub. */
static int dead_kept(const evx_build *b, size_t i)
{
    for (size_t k = 0; k < b->n_oshards; k++)
        if (!b->oshards[k].rewrite && b->oshards[k].units &&
            b->oshards[k].units[i])
            return 1;
    return 0;
}

/* The shards asked for, by this build or, when it is not told, the last
 * that was: 1 to EVX_BUILD_MAX_OUTPUTS. */
static size_t wanted(const evx_build *b)
{
    int n = b->o->shards > 0 ? b->o->shards : b->kept_shards;
    return n < 1 ? 1 : n < EVX_BUILD_MAX_OUTPUTS ? (size_t)n
                                                 : EVX_BUILD_MAX_OUTPUTS;
}

/* The shards this build writes for a batch of n reports. */
static size_t outputs(const evx_build *b, size_t n)
{
    return n < wanted(b) ? n : wanted(b);
}

/* The most shards a generation keeps: those asked for, and a few more for
 * the reports added since, each later build writing its own. */
static size_t max_shards(const evx_build *b)
{
    return wanted(b) + EVX_BUILD_SPARE_SHARDS;
}

/* Is report i read in this build: new, changed, or in a shard written
 * again? */
static int to_read(const evx_build *b, size_t i)
{
    const old_rep *o = b->reps[i].old >= 0 ? &b->old[b->reps[i].old] : NULL;
    return !o || !o->keep || find_shard(b, o->shard)->rewrite;
}

static size_t count_batch(const evx_build *b)
{
    size_t n = 0;
    for (size_t i = 0; i < b->n_reps; i++)
        n += to_read(b, i);
    return n;
}

/* While the generation would hold more than max_shards, the linked shard
 * with the fewest live reports is written again with this build's. */
static void keep_shards_few(evx_build *b)
{
    for (;;) {
        size_t linked = 0;
        old_shard *least = NULL;
        for (size_t i = 0; i < b->n_oshards; i++) {
            old_shard *s = &b->oshards[i];
            if (s->rewrite)
                continue;
            linked++;
            if (!least || s->live < least->live)
                least = s;
        }
        size_t batch = count_batch(b);
        if (!least || !batch || linked + outputs(b, batch) <= max_shards(b))
            return;
        least->rewrite = 1;
    }
}

static void say_changes(const evx_build *b)
{
    for (size_t i = 0; i < b->n_reps; i++)
        if (b->reps[i].old < 0 || !b->old[b->reps[i].old].keep)
            fprintf(stderr, PROG ": re-reading %s (%s)\n", b->reps[i].report,
                    b->reps[i].old < 0 ? "new" : "changed");
    for (size_t i = 0; i < b->n_old; i++)
        if (!b->old[i].keep && !b->old[i].matched)
            fprintf(stderr, PROG ": removing %s (no longer in the manifest)\n",
                    b->old[i].key);
}

/* One line for the unchanged reports read again because their shard is
 * written again (a fifth of it dead, or folded into this build's). */
static void say_rewrites(const evx_build *b)
{
    size_t n = 0, shards = 0;
    for (size_t i = 0; i < b->n_oshards; i++)
        if (b->oshards[i].rewrite && !b->oshards[i].lost &&
            b->oshards[i].live) {
            n += b->oshards[i].live;
            shards++;
        }
    if (n)
        fprintf(stderr, PROG ": re-reading %zu unchanged report(s) to write "
                        "their %zu shard(s) again\n", n, shards);
}

static size_t gcd(size_t a, size_t b)
{
    while (b) {
        size_t r = a % b;
        a = b;
        b = r;
    }
    return a;
}

/* How many tasks a batch of n reports makes: one for each worker and
 * output shard, or more, so that no task holds more than
 * EVX_BUILD_TASK_REPORTS.  A multiple of the shards (each takes every
 * outs-th task), and when there are more tasks than workers, of the
 * workers too where that does not double them, so that each worker has
 * as many.  Never more than the reports. */
static size_t count_tasks(size_t n, size_t jobs, size_t outs)
{
    size_t least = jobs > outs ? jobs : outs;
    size_t t = (n + EVX_BUILD_TASK_REPORTS - 1) / EVX_BUILD_TASK_REPORTS;
    size_t step = outs;
    if (t > least && jobs / gcd(jobs, outs) * outs <= t)
        step = jobs / gcd(jobs, outs) * outs;
    t = t > least ? t : least;
    t = (t + step - 1) / step * step;
    while (t > n && t > outs)
        t -= outs;
    return t;
}

/* The batch of reports to read, split into tasks (count_tasks) of sizes
 * as even as can be, each worker taking every jobs-th task. */
static evx_status plan_tasks(evx_build *b)
{
    size_t jobs = b->o->jobs > 0 ? (size_t)b->o->jobs : 1;
    b->batch = calloc(b->n_reps + 1, sizeof *b->batch);
    if (!b->batch)
        return EVX_NOMEM;
    for (size_t i = 0; i < b->n_reps; i++)
        if (to_read(b, i))
            b->batch[b->n_batch++] = i;
    b->n_out = outputs(b, b->n_batch);
    if (!b->n_out)
        return EVX_OK;
    size_t n = count_tasks(b->n_batch, jobs, b->n_out);
    b->tasks = calloc(n, sizeof *b->tasks);
    if (!b->tasks)
        return EVX_NOMEM;
    for (size_t k = 0; k < n; k++) {
        task *t = &b->tasks[b->n_tasks++];
        size_t from = b->n_batch * k / n, to = b->n_batch * (k + 1) / n;
        t->out = k % b->n_out;
        t->add = calloc(to - from + 1, sizeof *t->add);
        if (!t->add)
            return EVX_NOMEM;
        while (from < to)
            t->add[t->n_add++] = b->batch[from++];
    }
    return EVX_OK;
}

static evx_status plan(evx_build *b)
{
    evx_status st = EVX_OK;
    b->shards = calloc(b->n_old + EVX_BUILD_MAX_OUTPUTS + 1, sizeof *b->shards);
    if (!b->shards)
        return EVX_NOMEM;
    if (b->o->full)
        b->n_old = 0; /* its entries are freed with b; none is reused */
    for (size_t i = 0; i < b->n_reps; i++) {
        long k = find_old(b, b->reps[i].key);
        b->reps[i].old = k;
        if (k >= 0) {
            b->old[k].matched = 1;
            b->old[k].keep = strcmp(b->old[k].hash, b->reps[i].hash) == 0;
        }
    }
    if (b->n_old)
        say_changes(b);
    for (; b->o->full && b->n_dead; b->n_dead--)
        free(b->dead[b->n_dead - 1]);
    st = list_old_shards(b);
    for (size_t i = 0; !st && i < b->n_oshards; i++)
        st = weigh_old_shard(b, &b->oshards[i]);
    if (!st) {
        keep_shards_few(b);
        say_rewrites(b);
    }
    return st ? st : plan_tasks(b);
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
    /* listed in manifest order, whichever worker reads it */
    evx_stats_begin_report(o->ctx->stats, (size_t)(r - b->reps));
    evx_diag_begin_report(o->ctx->diag, (size_t)(r - b->reps));
    evx_status st = evx_pipeline_report(&units, o->m, r->report, o->ctx);
    if (st == EVX_NOT_FOUND) {
        sum->failed_reports++;
        st = EVX_OK;
    } else if (!st) {
        evx_stats_add_units(o->ctx->stats, &units);
        st = evx_writer_add_report(w, &units, first_entry(o->m, r->report));
        if (!st)
            st = evx_writer_set_hash(w, r->report, r->hash);
        sum->docs += units.len;
        sum->reports_read++;
    }
    evx_units_free(&units);
    return st;
}

/* The name of output shard k of this build: its reports' XV version. */
static void out_name(const evx_build *b, size_t k, char *out, size_t n)
{
    snprintf(out, n, "s%lu-%zu", evx_dbgen_number(b->gen), k);
}

/* The scratch database of task k. */
static void task_path(const evx_build *b, size_t k, evx_buf *out)
{
    evx_buf_printf(out, "%s/t%zu", evx_dbgen_build_path(b->gen), k);
}

static evx_status run_task(evx_build *b, size_t k, evx_build_summary *sum,
                           char **errmsg)
{
    const task *t = &b->tasks[k];
    evx_buf scratch = EVX_BUF_INIT;
    evx_writer *w = NULL;
    char version[32];
    out_name(b, t->out, version, sizeof version);
    task_path(b, k, &scratch);
    evx_status st = evx_buf_status(&scratch);
    /* Shards asked for to spread over machines may be served by
     * xapian-tcpsrv, which needs their termlists (README, "Spreading
     * shards over machines"). */
    evx_shard_opts so = {scratch.data, b->o->ctx->tok, version, wanted(b) > 1};
    if (!st)
        st = evx_writer_open_shard(&w, &so, errmsg);
    for (size_t i = 0; !st && i < t->n_add; i++)
        st = add_report(b, w, &b->reps[t->add[i]], sum);
    if (st && w && errmsg && !*errmsg)
        *errmsg = evx_strdup(*evx_writer_errmsg(w) ? evx_writer_errmsg(w)
                                                   : evx_status_str(st));
    if (st)
        evx_writer_abort(w);
    else
        st = evx_writer_close_shard(w, NULL, errmsg);
    evx_buf_free(&scratch);
    return st;
}

/* Tasks first, first+step, ... in this process. */
static evx_status run_tasks(evx_build *b, size_t first, size_t step,
                            evx_build_summary *sum, char **errmsg)
{
    evx_status st = EVX_OK;
    for (size_t i = first; !st && i < b->n_tasks; i += step)
        st = run_task(b, i, sum, errmsg);
    return st;
}

/* ---- worker processes ------------------------------------------------ */

static char *worker_file(const evx_build *b, int i, const char *ext)
{
    evx_buf p = EVX_BUF_INIT;
    evx_buf_printf(&p, "%s/w%d.%s", evx_dbgen_build_path(b->gen), i, ext);
    return evx_buf_detach(&p);
}

/* Writes a worker's tallies, its end-of-run report and its messages to
 * path, for collect().  EVX_OK or EVX_IO. */
static evx_status save_worker(const evx_build *b, const char *path,
                              const evx_build_summary *sum)
{
    const evx_pipeline_ctx *c = b->o->ctx;
    FILE *f = path ? fopen(path, "w") : NULL;
    if (!f)
        return EVX_IO;
    fprintf(f, "%lu %zu %zu\n", sum->docs, sum->reports_read,
            sum->failed_reports);
    evx_status st = evx_stats_save(c->stats, f);
    if (!st)
        st = evx_diag_save(c->diag, f);
    if (fclose(f) != 0 && !st)
        st = EVX_IO;
    return st;
}

/* A worker: its stderr goes to wN.log (what it could not hand back), its
 * tallies and messages to wN.sum. */
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
    if (st)
        fprintf(stderr, PROG ": %s\n", msg ? msg : evx_status_str(st));
    evx_status saved = save_worker(b, sumf, &sum);
    if (saved)
        fprintf(stderr, PROG ": %s: %s\n", sumf ? sumf : "?",
                evx_status_str(saved));
    fflush(stderr);
    free(log);
    free(sumf);
    free(msg);
    _exit(st || saved ? 2 : 0);
}

/* Copies worker i's stray output to stderr, adds its tallies to sum and
 * its report and messages to the builder's.  1 if they were all read. */
static int collect(evx_build *b, int i, evx_build_summary *sum)
{
    const evx_pipeline_ctx *c = b->o->ctx;
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
    int ok = f && fscanf(f, "%lu %zu %zu ", &w.docs, &w.reports_read,
                         &w.failed_reports) == 3 &&
             evx_stats_load(c->stats, f) == EVX_OK &&
             evx_diag_load(c->diag, f) == EVX_OK;
    if (f)
        fclose(f);
    sum->docs += w.docs;
    sum->reports_read += w.reports_read;
    sum->failed_reports += w.failed_reports;
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
    if (started < jobs || failed) {
        if (errmsg)
            *errmsg = evx_strdup(started < jobs ? "cannot start a worker process"
                                                : "a worker process failed");
        return EVX_IO;
    }
    return EVX_OK;
}

/* ---- the driver -------------------------------------------------------- */

static evx_status add_shard_name(evx_build *b, const char *name)
{
    b->shards[b->n_shards] = strdup(name);
    return b->shards[b->n_shards++] ? EVX_OK : EVX_NOMEM;
}

/* Links old shard s into the new generation as it is. */
static evx_status link_old_shard(evx_build *b, const old_shard *s)
{
    evx_buf from = EVX_BUF_INIT, to = EVX_BUF_INIT;
    evx_buf_printf(&from, "%s/%s", b->prev, s->name);
    evx_buf_printf(&to, "%s/%s", evx_dbgen_path(b->gen), s->name);
    evx_status st = evx_buf_status(&from) || evx_buf_status(&to)
                        ? EVX_NOMEM
                        : evx_dbpath_link_tree(from.data, to.data);
    if (!st)
        st = add_shard_name(b, s->name);
    evx_buf_free(&from);
    evx_buf_free(&to);
    return st;
}

/* Merges the scratch databases of output shard k's tasks into it: one
 * compaction, which every shard's write ends with anyway. */
static evx_status merge_output(evx_build *b, size_t k, char **errmsg)
{
    evx_buf *paths = calloc(b->n_tasks, sizeof *paths), dst = EVX_BUF_INIT;
    const char **src = calloc(b->n_tasks, sizeof *src);
    char name[32];
    size_t n = 0;
    evx_status st = paths && src ? EVX_OK : EVX_NOMEM;
    out_name(b, k, name, sizeof name);
    for (size_t i = 0; !st && i < b->n_tasks; i++)
        if (b->tasks[i].out == k) {
            task_path(b, i, &paths[n]);
            st = evx_buf_status(&paths[n]);
            src[n] = paths[n].data;
            n++;
        }
    evx_buf_printf(&dst, "%s/%s", evx_dbgen_path(b->gen), name);
    if (!st)
        st = evx_buf_status(&dst);
    if (!st)
        st = evx_db_compact_many(src, n, dst.data, errmsg);
    if (!st)
        st = add_shard_name(b, name);
    for (size_t i = 0; paths && i < n; i++)
        evx_buf_free(&paths[i]);
    evx_buf_free(&dst);
    free(paths);
    free(src);
    return st;
}

static evx_status execute(evx_build *b, evx_build_summary *sum, char **errmsg)
{
    int jobs = b->o->jobs > 64 ? 64 : b->o->jobs;
    if ((size_t)jobs > b->n_tasks)
        jobs = (int)b->n_tasks;
    if (mkdir(evx_dbgen_build_path(b->gen), 0777) != 0)
        return EVX_IO;
    evx_status st = jobs > 1 ? run_workers(b, jobs, sum, errmsg)
                             : run_tasks(b, 0, 1, sum, errmsg);
    for (size_t i = 0; !st && i < b->n_oshards; i++)
        if (!b->oshards[i].rewrite)
            st = link_old_shard(b, &b->oshards[i]);
    for (size_t k = 0; !st && k < b->n_out; k++)
        st = merge_output(b, k, errmsg);
    const evx_pipeline_ctx *c = b->o->ctx;
    sum->unread = evx_stats_unread(c->stats);
    sum->short_files = evx_stats_short(c->stats);
    sum->errors = evx_diag_count(c->diag, EVX_DIAG_ERROR);
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
    for (size_t i = 0; i < b->n_oshards; i++)
        if (b->oshards[i].rewrite)
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
        st = load_dead(b);
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

/* The stub's dead versions: those in a shard the generation keeps. */
static evx_status dead_lines(const evx_build *b, evx_buf *out)
{
    for (size_t i = 0; i < b->n_dead; i++)
        if (dead_kept(b, i))
            evx_buf_printf(out, "%s\n", b->dead[i]);
    return evx_buf_status(out);
}

evx_status evx_build_publish(evx_build *b, const char *stats_json,
                             char **errmsg)
{
    evx_buf dead = EVX_BUF_INIT;
    evx_meta_opts mo = {evx_dbgen_path(b->gen), b->shards, b->n_shards,
                        stats_json, NULL, wanted(b)};
    evx_status st = dead_lines(b, &dead);
    mo.dead = evx_buf_str(&dead);
    if (!st)
        st = evx_meta_write(&mo, errmsg);
    else if (errmsg)
        *errmsg = evx_strdup(evx_status_str(st));
    if (!st) {
        st = evx_dbgen_publish(b->gen, errmsg);
        b->gen = NULL;
    }
    evx_buf_free(&dead);
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
    for (size_t i = 0; b->oshards && i < b->n_oshards; i++)
        free(b->oshards[i].units);
    for (size_t i = 0; b->dead && i < b->n_dead; i++)
        free(b->dead[i]);
    for (size_t i = 0; b->tasks && i < b->n_tasks; i++)
        free(b->tasks[i].add);
    for (size_t i = 0; b->shards && i < b->n_shards; i++)
        free(b->shards[i]);
    free(b->reps);
    free(b->old);
    free(b->oshards);
    free(b->dead);
    free(b->batch);
    free(b->tasks);
    free(b->shards);
    free(b->prev);
    free(b);
}
