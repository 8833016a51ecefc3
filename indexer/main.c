/*
 * evidex-index - builds the evidex index from a corpus manifest, dumps the
 * parsed units as JSON Lines, or shows how the tokenizer splits text.
 *
 *   evidex-index [--db PATH] [--corpus DIR] [--jobs N] [--shards N] [--full]
 *                [--accept-partial] [-v]
 *   evidex-index --dump [--corpus DIR] [--report ID] [--rendering R] [FILE...]
 *   evidex-index --tokens < text
 *
 * A build runs in a child process, in a process group of its own with its
 * workers; this process waits for it.  Ctrl-C (SIGINT) or SIGTERM kills
 * that group, reaps it and removes the unfinished generation, leaving the
 * current index as it was (exit status 128 + the signal).
 */
#define _GNU_SOURCE /* sigwaitinfo, prctl */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef EVX_JEMALLOC
#include <jemalloc/jemalloc.h>
#endif

#include "buf.h"
#include "build.h"
#include "dbpath.h"
#include "diag.h"
#include "heap.h"
#include "manifest.h"
#include "pipeline.h"
#include "tok.h"
#include "unit.h"

#define PROG "evidex-index"
#define MAX_STDIN_BYTES (256u << 20)

typedef enum mode { MODE_BUILD, MODE_DUMP, MODE_TOKENS } mode;

typedef struct options {
    mode mode;
    const char *db;
    const char *corpus;
    const char *report;    /* --dump FILE: report id when not in manifest */
    const char *rendering; /* --dump FILE: rendering when not in manifest */
    int verbose;
    int accept_partial; /* publish even if a manifest line or file failed */
    int jobs;           /* worker processes (--jobs; default: cores) */
    int shards;         /* shards to write (--shards; default: one) */
    int full;           /* --full: re-index every report */
    char **files;
    int n_files;
} options;

static void usage(FILE *f)
{
    fputs("usage: evidex-index [--db PATH] [--corpus DIR] [--jobs N] [--shards N]\n"
          "                    [--full] [--accept-partial] [-v]\n"
          "       evidex-index --dump [--corpus DIR] [--report ID] "
          "[--rendering pdf-text|html-text] [FILE...]\n"
          "       evidex-index --tokens < TEXT\n"
          "\n"
          "Builds the evidex index from DIR/manifest.tsv (default: ./corpus, if it\n"
          "holds a manifest.tsv).  The index goes to --db PATH, else\n"
          "$EVIDEX_DB, else $XDG_DATA_HOME/evidex/db (~/.local/share/evidex/db).\n"
          "A build is atomic: until it completes, searches see the previous index.\n"
          "It is published only if every manifest line was used and every file\n"
          "read; the end-of-run report gives, per file, the share of its text\n"
          "that went into units and its largest unplaced stretches.\n"
          "\n"
          "Only reports whose files or manifest lines changed are read again;\n"
          "reports gone from the manifest are removed.\n"
          "\n"
          "  --jobs N     read and index in N worker processes (default: the\n"
          "               number of cores)\n"
          "  --shards N   write the reports read into N shards (default: one, or\n"
          "               the last --shards given), to spread the index over\n"
          "               machines (README); a later build adds a shard of its\n"
          "               own, and folds the smallest back in past N + 3.  With\n"
          "               N of 2 or more the shards keep their termlists, which\n"
          "               xapian-tcpsrv needs to serve them\n"
          "  --full       re-index every report, changed or not\n"
          "  --accept-partial  publish even if a manifest line could not be used\n"
          "               or a file could not be read (the exit status is still 1)\n"
          "  --dump       print the parsed units as JSON Lines; touches no index.\n"
          "               With FILEs, reads just those (their manifest line, if any,\n"
          "               gives report and rendering; else --report/--rendering or\n"
          "               a guess from the layout).\n"
          "  --tokens     print each token of stdin: term TAB position TAB start TAB end\n"
          "  -v, --verbose  also list notes (e.g. footnote bodies lost in extraction)\n"
          "  --help, --version\n",
          f);
    fprintf(f, "\n"
               "Exit status: 0 success; 1 built with warnings (a manifest line not used,\n"
               "a file not read, a file with no numbered paragraph, under %d%% of its\n"
               "text in units, a unit longer than any a report prints (parts not\n"
               "recognised ran into it), footnote bodies read into a paragraph, text\n"
               "ending inside a unit (cut short), or paragraph numbers a file skips that\n"
               "no file of its report holds; unless --accept-partial, a build missing a\n"
               "manifest line or a file is not published); 2 failure; 3 the index is\n"
               "locked;\n"
               "130/143 stopped by SIGINT/SIGTERM (the unfinished build is removed).\n",
            EVX_PIPELINE_MIN_COVERAGE);
}

/* *out: arg, a whole number from 1 to 64, else a message and non-zero. */
static int count_arg(const char *name, const char *arg, int *out)
{
    char *end = NULL;
    long n = strtol(arg, &end, 10);
    if (end == arg || *end || n < 1 || n > 64) {
        fprintf(stderr, PROG ": %s wants a number from 1 to 64\n", name);
        return 1;
    }
    *out = (int)n;
    return 0;
}

static int parse_args(options *o, int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"corpus", required_argument, NULL, 'c'},
        {"dump", no_argument, NULL, 'D'},
        {"tokens", no_argument, NULL, 'T'},
        {"report", required_argument, NULL, 'r'},
        {"rendering", required_argument, NULL, 'R'},
        {"verbose", no_argument, NULL, 'v'},
        {"accept-partial", no_argument, NULL, 'P'},
        {"jobs", required_argument, NULL, 'j'},
        {"shards", required_argument, NULL, 'S'},
        {"full", no_argument, NULL, 'F'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "v", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': o->db = optarg; break;
        case 'c': o->corpus = optarg; break;
        case 'D': o->mode = MODE_DUMP; break;
        case 'T': o->mode = MODE_TOKENS; break;
        case 'r': o->report = optarg; break;
        case 'R': o->rendering = optarg; break;
        case 'v': o->verbose = 1; break;
        case 'P': o->accept_partial = 1; break;
        case 'j':
            if (count_arg("--jobs", optarg, &o->jobs))
                return 2;
            break;
        case 'S':
            if (count_arg("--shards", optarg, &o->shards))
                return 2;
            break;
        case 'F': o->full = 1; break;
        case 'h': usage(stdout); exit(0);
        case 'V': puts(PROG " " EVX_VERSION); exit(0);
        default: usage(stderr); return 2;
        }
    }
    o->files = argv + optind;
    o->n_files = argc - optind;
    if (o->n_files > 0 && o->mode != MODE_DUMP) {
        fprintf(stderr, PROG ": unexpected argument '%s' (see --help)\n",
                argv[optind]);
        return 2;
    }
    if (o->rendering && strcmp(o->rendering, "pdf-text") &&
        strcmp(o->rendering, "html-text")) {
        fprintf(stderr, PROG ": unknown rendering '%s' (pdf-text or html-text)\n",
                o->rendering);
        return 2;
    }
    return 0;
}

/* The corpus folder: --corpus, else ./corpus when it holds a manifest;
 * NULL if neither.  Nothing is compiled in, so an installed evidex-index
 * never reaches back into the tree it was built from. */
static const char *corpus_dir(const options *o)
{
    struct stat sb;
    if (o->corpus)
        return o->corpus;
    if (stat("corpus/manifest.tsv", &sb) == 0 && S_ISREG(sb.st_mode))
        return "corpus";
    return NULL;
}

/* ---- --tokens --------------------------------------------------------- */

static int print_token(void *ctx, const evx_token *t)
{
    (void)ctx;
    printf("%s\t%u\t%zu\t%zu\n", t->term, t->pos, t->start, t->end);
    return 0;
}

static int run_tokens(evx_tok *tok)
{
    evx_buf in = EVX_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) {
        evx_buf_append(&in, chunk, n);
        if (in.len > MAX_STDIN_BYTES) {
            fprintf(stderr, PROG ": input over %u MiB\n", MAX_STDIN_BYTES >> 20);
            evx_buf_free(&in);
            return 2;
        }
    }
    int rc = 0;
    if (evx_buf_status(&in) ||
        evx_tokenize(tok, evx_buf_str(&in), in.len, print_token, NULL)) {
        fputs(PROG ": out of memory\n", stderr);
        rc = 2;
    }
    size_t first;
    size_t bad = evx_tok_bad_bytes(tok, &first);
    if (bad)
        fprintf(stderr, PROG ": warning: %zu invalid UTF-8 byte(s), first at "
                        "byte %zu\n", bad, first);
    evx_buf_free(&in);
    return rc;
}

/* ---- --dump ----------------------------------------------------------- */

static int print_units(const evx_units *units)
{
    evx_buf line = EVX_BUF_INIT;
    for (size_t i = 0; i < units->len; i++) {
        evx_buf_clear(&line);
        evx_unit_to_json(units->items[i], &line);
        evx_buf_putc(&line, '\n');
        if (evx_buf_status(&line))
            break;
        fwrite(line.data, 1, line.len, stdout);
    }
    int failed = evx_buf_status(&line) != EVX_OK;
    evx_buf_free(&line);
    return failed;
}

/* The manifest entry naming the file at path (the same file, not one of
 * the same name elsewhere: "ext/r2.txt" is not "corpus/r2.txt"), or
 * NULL. */
static const evx_manifest_entry *entry_for(const evx_manifest *m,
                                           const char *path)
{
    struct stat want, got;
    if (!m || stat(path, &want) != 0)
        return NULL;
    for (size_t i = 0; i < m->n; i++)
        if (stat(m->entries[i].path, &got) == 0 && got.st_dev == want.st_dev &&
            got.st_ino == want.st_ino)
            return &m->entries[i];
    return NULL;
}

static evx_status dump_file(const options *o, const evx_manifest *m,
                            const char *path, evx_units *units,
                            const evx_pipeline_ctx *ctx)
{
    const evx_manifest_entry *e = entry_for(m, path);
    const char *rendering = o->rendering ? o->rendering
                            : e           ? e->rendering
                                          : evx_pipeline_guess_rendering(path);
    const char *report = o->report ? o->report : e ? e->report : "UNKNOWN";
    evx_pipeline_input in = {path, e ? e->file : path, rendering, report};
    return evx_pipeline_file(units, &in, ctx);
}

typedef struct report_job {
    const options *o;
    const evx_manifest *m;
    evx_pipeline_ctx ctx; /* tokenizer, diag, stats */
    evx_status st;
    int failed_reports;
    size_t manifest_warnings; /* said before the build, counted after it */
} report_job;

/* One report: build its units, then dump or index them, then free them, so
 * memory is bounded by the largest report. */
static int run_report(void *ctx, const char *report)
{
    report_job *job = ctx;
    evx_units units = EVX_UNITS_INIT;
    evx_status st = evx_pipeline_report(&units, job->m, report, &job->ctx);
    if (st == EVX_NOT_FOUND) {
        job->failed_reports++;
        st = EVX_OK; /* its files' errors are in diag; go on with the rest */
    } else if (!st) {
        evx_stats_add_units(job->ctx.stats, &units);
        if (print_units(&units))
            st = EVX_NOMEM;
    }
    evx_units_free(&units);
    job->st = st;
    return st != EVX_OK;
}

static int run_dump_files(const options *o, report_job *job)
{
    int rc = 0;
    for (int i = 0; i < o->n_files && !job->st; i++) {
        evx_units units = EVX_UNITS_INIT;
        evx_status st = dump_file(o, job->m, o->files[i], &units, &job->ctx);
        if (st == EVX_NOMEM)
            job->st = st;
        else if (st)
            rc = 1;
        else {
            evx_stats_add_units(job->ctx.stats, &units);
            print_units(&units);
        }
        evx_units_free(&units);
    }
    return rc;
}

/* ---- build ------------------------------------------------------------ */

/* Appends what makes the run partial to b: manifest lines not used and
 * files not read. */
static void put_partial(evx_buf *b, size_t unusable, size_t unread)
{
    if (unusable)
        evx_buf_printf(b, "%zu manifest line%s could not be used", unusable,
                       unusable == 1 ? "" : "s");
    if (unusable && unread)
        evx_buf_puts(b, " and ");
    if (unread)
        evx_buf_printf(b, "%zu file%s could not be read", unread,
                       unread == 1 ? "" : "s");
}

/* Publishes the build, unless it is partial and the user did not accept
 * that: then drops it, leaving the previous index current.  Returns the
 * exit status so far. */
static int publish(const options *o, evx_build *b, const char *root,
                   const evx_buf *partial, const report_job *job)
{
    if (partial->len && !o->accept_partial) {
        evx_build_abort(b);
        fprintf(stderr, PROG ": not published: %s; pass --accept-partial to "
                        "publish anyway\n", evx_buf_str(partial));
        return 1;
    }
    if (partial->len)
        fprintf(stderr, PROG ": publishing a partial index (--accept-partial): "
                        "%s\n", evx_buf_str(partial));
    evx_buf stats = EVX_BUF_INIT;
    char *msg = NULL;
    evx_stats_json(job->ctx.stats, &stats);
    evx_status st = evx_build_publish(b, evx_buf_str(&stats), &msg);
    evx_buf_free(&stats);
    if (st) {
        fprintf(stderr, PROG ": %s: %s; the previous index is unchanged\n",
                root, msg ? msg : evx_status_str(st));
        free(msg);
        return 2;
    }
    return 0;
}

static int default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* Plans and writes the new generation, then publishes it (or not). */
static int run_build(const options *o, report_job *job, const evx_manifest *m)
{
    char *root = NULL, *msg = NULL;
    evx_build *b = NULL;
    evx_build_summary sum;
    evx_buf partial = EVX_BUF_INIT;
    if (evx_dbpath_root(&root, o->db)) {
        fprintf(stderr, PROG ": cannot choose an index location (set --db or "
                        "EVIDEX_DB)\n");
        return 2;
    }
    evx_build_opts bo = {root, m, &job->ctx, o->jobs ? o->jobs : default_jobs(),
                         o->shards, o->full, o->verbose};
    evx_status st = evx_build_run(&b, &sum, &bo, &msg);
    int rc = 0;
    if (st) {
        fprintf(stderr, PROG ": %s: %s\n", root, msg ? msg : evx_status_str(st));
        rc = st == EVX_LOCKED ? 3 : 2;
        goto done;
    }
    if (sum.up_to_date) {
        fprintf(stderr, PROG ": index is up to date (%s)\n", root);
        goto done;
    }
    evx_diag_count_more(job->ctx.diag, EVX_DIAG_WARNING, job->manifest_warnings);
    evx_stats_print(job->ctx.stats, job->ctx.diag, stderr, PROG, o->verbose);
    put_partial(&partial, m->unusable, sum.unread);
    if (sum.failed_reports && sum.docs == 0 && sum.reports_read == 0) {
        /* Publishing would replace a good index with an empty one. */
        evx_build_abort(b);
        fprintf(stderr, PROG ": %s: no report could be read; the previous "
                        "index is unchanged\n", root);
        rc = 2;
        goto done;
    }
    rc = publish(o, b, root, &partial, job);
    if (!rc)
        fprintf(stderr, PROG ": indexed %lu units into %s\n", sum.docs, root);
    if (!rc && (partial.len || sum.failed_reports || sum.short_files ||
                sum.errors || m->flawed))
        rc = 1;
done:
    evx_buf_free(&partial);
    free(msg);
    free(root);
    return rc;
}

static int run(const options *o, evx_tok *tok)
{
    evx_manifest *m = NULL;
    evx_diag *diag = NULL;
    int rc = 2;
    report_job job = {o, NULL, {tok, NULL, NULL}, EVX_OK, 0, 0};

    if (evx_diag_new(&diag) || evx_stats_new(&job.ctx.stats))
        goto done;
    job.ctx.diag = diag;
    const char *dir = corpus_dir(o);
    int by_files = o->mode == MODE_DUMP && o->n_files > 0;
    if (!dir && !by_files) {
        fputs(PROG ": no corpus: give --corpus DIR\n", stderr);
        goto done;
    }
    evx_status st = dir ? evx_manifest_load(&m, dir, diag) : EVX_NOT_FOUND;
    if (st && !by_files) {
        evx_diag_print(diag, stderr, PROG, EVX_DIAG_WARNING);
        fprintf(stderr, PROG ": %s/manifest.tsv: %s\n", dir,
                st == EVX_NOT_FOUND ? "no manifest (see README: corpus)"
                                    : evx_status_str(st));
        goto done;
    }
    job.m = m;
    if (o->mode == MODE_BUILD) {
        /* said once here, not again by each worker */
        evx_diag_print(diag, stderr, PROG, EVX_DIAG_WARNING);
        evx_diag *fresh = NULL;
        if (evx_diag_new(&fresh))
            goto done;
        job.manifest_warnings = evx_diag_count(diag, EVX_DIAG_WARNING);
        evx_diag_free(diag);
        job.ctx.diag = diag = fresh;
        rc = run_build(o, &job, m);
        goto done;
    }
    rc = by_files ? run_dump_files(o, &job)
                  : (evx_pipeline_reports(m, run_report, &job), 0);
    if (job.st) {
        fprintf(stderr, PROG ": %s\n", evx_status_str(job.st));
        rc = 2;
    }
    evx_stats_print(job.ctx.stats, diag, stderr, PROG, o->verbose);
    if (!rc && ((!by_files && (m->unusable || m->flawed)) || job.failed_reports ||
                evx_stats_short(job.ctx.stats) ||
                evx_stats_unread(job.ctx.stats) ||
                evx_diag_count(diag, EVX_DIAG_ERROR)))
        rc = 1;
done:
    evx_stats_free(job.ctx.stats);
    evx_manifest_free(m);
    evx_diag_free(diag);
    return rc;
}

/* Runs the chosen mode; the exit status. */
static int run_mode(const options *o)
{
    evx_tok *tok = NULL;
    if (evx_tok_new(&tok)) {
        fputs(PROG ": cannot load the English stemmer\n", stderr);
        return 2;
    }
    int rc = o->mode == MODE_TOKENS ? run_tokens(tok) : run(o, tok);
    evx_tok_free(tok);
    return rc;
}

/* ---- interrupted builds ----------------------------------------------- */

/* The builder child: dies with this process (kill -9 included), leads a
 * process group its workers and pdftotext runs join, and takes the
 * signals back to their defaults. */
static void builder(const options *o, pid_t parent, const sigset_t *old)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(2);
    setpgid(0, 0);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    sigprocmask(SIG_SETMASK, old, NULL);
    exit(run_mode(o));
}

/* Waits for the builder with SIGINT, SIGTERM and SIGCHLD held.  Returns
 * its exit status, or 128 + the signal that stopped the build (the
 * builder's group is killed: then *sig is that signal). */
static int wait_builder(pid_t child, const sigset_t *held, int *sig)
{
    int status = 0;
    *sig = 0;
    for (;;) {
        siginfo_t si;
        pid_t got = waitpid(child, &status, WNOHANG);
        if (got == child)
            break;
        if (got < 0 && errno != EINTR)
            return 2;
        if (sigwaitinfo(held, &si) < 0 || si.si_signo == SIGCHLD)
            continue;
        *sig = si.si_signo;
        kill(-child, SIGKILL);
        kill(child, SIGKILL);
    }
    if (*sig)
        return 128 + *sig;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    *sig = WTERMSIG(status);
    return 128 + *sig;
}

/* Reaps every descendant left (workers and pdftotext runs, which come to
 * this process as their subreaper once the builder is gone), so none
 * still holds the lock or writes the generation being removed. */
static void reap_all(void)
{
    while (waitpid(-1, NULL, 0) > 0 || errno == EINTR)
        ;
}

/* Removes the unfinished generation the stopped build left, and says so
 * in one line. */
static void sweep(const options *o, int sig)
{
    char *root = NULL, *msg = NULL;
    const char *what = sig == SIGINT ? "interrupted" : sig == SIGTERM
                                                           ? "terminated"
                                                           : "killed";
    if (evx_dbpath_root(&root, o->db) == EVX_OK &&
        evx_dbgen_sweep(root, &msg) == EVX_OK)
        fprintf(stderr, PROG ": %s: the unfinished build was removed; the "
                        "index at %s is unchanged\n", what, root);
    else
        fprintf(stderr, PROG ": %s: %s\n", what,
                msg ? msg : "cannot remove the unfinished build");
    free(msg);
    free(root);
}

/* Runs the build in a child and waits; on SIGINT or SIGTERM, stops it and
 * cleans up.  The exit status. */
static int supervise(const options *o)
{
    sigset_t held, old;
    sigemptyset(&held);
    sigaddset(&held, SIGINT);
    sigaddset(&held, SIGTERM);
    sigaddset(&held, SIGCHLD);
    sigprocmask(SIG_BLOCK, &held, &old);
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    fflush(NULL);
    pid_t parent = getpid(), child = fork();
    if (child < 0) {
        fprintf(stderr, PROG ": cannot start the build: %s\n", strerror(errno));
        return 2;
    }
    if (child == 0)
        builder(o, parent, &old);
    setpgid(child, child); /* also here: no race with the child's own */
    int sig, rc = wait_builder(child, &held, &sig);
    reap_all();
    if (sig)
        sweep(o, sig);
    return rc;
}

#ifdef EVX_JEMALLOC
/* jemalloc's settings, which it reads before the first allocation (its
 * documented hook, a constant: CMakeLists.txt links it).  A build frees
 * and allocates Xapian's posting maps again at every commit: freed pages
 * are kept for the next (no decay), in transparent huge pages; one arena,
 * as each process of a build is one thread.  Peak memory is what the
 * build touches (README "The build's allocator"). */
const char *malloc_conf = "dirty_decay_ms:-1,muzzy_decay_ms:-1,"
                          "thp:always,metadata_thp:always,narenas:1";
#endif

/* Without jemalloc: a build allocates and frees Xapian's posting maps at
 * every commit.  By default glibc hands the freed top of the heap back to
 * the kernel and then faults it in again, page by page: keeping it (up to
 * 256 MB) and growing the heap 64 MB at a time cut the build's CPU by a
 * seventh, and touching it in huge pages by a few percent more (bench:
 * README).  Peak memory stays what the build touches, in 2 MiB pages. */
#define HEAP_STEP ((size_t)64 << 20)

int main(int argc, char **argv)
{
    options o = {MODE_BUILD, NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0, NULL, 0};
    int rc = parse_args(&o, argc, argv);
    if (rc)
        return rc;
    if (o.mode != MODE_BUILD)
        return run_mode(&o);
#ifdef EVX_JEMALLOC
    void *filler = NULL; /* malloc_conf above */
#else
    void *filler = evx_heap_huge_pages(HEAP_STEP);
#endif
    rc = supervise(&o);
    free(filler);
    return rc;
}
