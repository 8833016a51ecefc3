/*
 * robustutil.h - the end-to-end robustness tests' harness: a temp corpus
 * and index per test (EVIDEX_DB pointing at it), the built tools run in a
 * child with an alarm (a hang fails the test instead of blocking it) and,
 * outside ASan, a bounded address space, and checks on what they leave.
 * Header only, included after <criterion/criterion.h> (and after
 * _XOPEN_SOURCE / _DEFAULT_SOURCE).
 */
#ifndef EVX_ROBUSTUTIL_H
#define EVX_ROBUSTUTIL_H

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <glob.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "dbpath.h"
#include "diag.h"
#include "qparse.h"
#include "testutil.h"
#include "tok.h"
#include "xdb.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0 /* ASan reserves terabytes of address space */
#endif

#define HANG_SECONDS 120             /* a child still running then is hung */
#define MEM_LIMIT (2UL << 30)        /* address space of a child (no ASan) */
#define PDF_FILE "000_d8babf2c1c9efa17.txt"
#define WEB_FILE "004_1624677fcab3ee77.txt"
#define COPIES 30                    /* reports in the "larger corpus" */

/* ---- temp dirs, files ------------------------------------------------- */

typedef struct env {
    char dir[64];     /* /tmp/evx-robust-XXXXXX */
    char corpus[96];  /* dir/corpus */
    char db[96];      /* dir/db: EVIDEX_DB of every child */
} env;

static inline void env_new(env *e)
{
    memset(e, 0, sizeof *e);
    strcpy(e->dir, "/tmp/evx-robust-XXXXXX");
    cr_assert_not_null(mkdtemp(e->dir));
    snprintf(e->corpus, sizeof e->corpus, "%s/corpus", e->dir);
    snprintf(e->db, sizeof e->db, "%s/db", e->dir);
    cr_assert_eq(mkdir(e->corpus, 0755), 0);
}

static inline void env_free(env *e)
{
    tu_rm_tree(e->dir);
}

static inline const char *dir_of(const char *var, const char *dflt)
{
    const char *d = getenv(var);
    return d && *d ? d : dflt;
}

/* The bundled corpus file name (in the source tree's corpus/). */
static inline char *real_file(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/corpus/%s",
             dir_of("EVX_SOURCE_DIR", EVX_SOURCE_DIR), name);
    return tu_slurp(path, len, 1);
}

static inline void spit(const env *e, const char *name, const char *data, size_t len)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", e->corpus, name);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(data, 1, len, f), len);
    cr_assert_eq(fclose(f), 0);
}

/* Writes corpus/manifest.tsv: n lines of file, report id, rendering. */
typedef struct mline {
    const char *file, *report, *rendering;
} mline;

static inline void manifest(const env *e, const mline *lines, size_t n)
{
    evx_buf b = EVX_BUF_INIT;
    evx_buf_puts(&b, "file\treport\ttitle\tcommittee\tsession\tpublished\t"
                     "rendering\tcovers\n");
    for (size_t i = 0; i < n; i++)
        evx_buf_printf(&b, "%s\t%s\tA report\tA Committee\tFirst Report of "
                           "Session 2017-19\t11 June 2018\t%s\twhole report\n",
                       lines[i].file, lines[i].report, lines[i].rendering);
    spit(e, "manifest.tsv", b.data, b.len);
    evx_buf_free(&b);
}

/* Offset of the start of line lineno (1-based) in data. */
static inline size_t line_offset(const char *data, size_t len, long lineno)
{
    size_t off = 0;
    for (long l = 1; l < lineno && off < len; off++)
        if (data[off] == '\n')
            l++;
    return off;
}

/* ---- children --------------------------------------------------------- */

typedef struct proc {
    pid_t pid;
    char out[128], err[128]; /* files holding its stdout and stderr */
} proc;

typedef struct result {
    int code;  /* exit status, or -signal if killed */
    char *out; /* its stdout (malloc'd) */
    char *err; /* its stderr */
} result;

static inline void result_free(result *r)
{
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

static inline void child_exec(const env *e, const proc *p, char *const argv[])
{
    int in = open("/dev/null", O_RDONLY);
    int out = open(p->out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(p->err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 ||
        dup2(err, 2) < 0)
        _exit(126);
    setenv("EVIDEX_DB", e->db, 1);
    /* evidex's own watchdog (query/main.c) well inside the alarm below:
     * a loop over a damaged index is a one-line error, not a hang */
    setenv("EVIDEX_TIMEOUT", "10", 0); /* a test may set less */
    if (!UNDER_ASAN) {
        struct rlimit rl = {MEM_LIMIT, MEM_LIMIT};
        setrlimit(RLIMIT_AS, &rl);
    }
    alarm(HANG_SECONDS); /* survives exec: a hung child dies of SIGALRM */
    execv(argv[0], argv);
    _exit(127);
}

/* Starts tool ("evidex" or "evidex-index") with up to 6 arguments
 * (NULL-terminated). */
static inline void proc_start(proc *p, const env *e, const char *tool,
                       const char *const *args)
{
    static const char *none[] = {NULL};
    char path[1024];
    char *argv[8];
    size_t n = 0;
    int fd;

    snprintf(path, sizeof path, "%s/%s",
             dir_of("EVX_BINARY_DIR", EVX_BINARY_DIR), tool);
    argv[n++] = path;
    for (args = args ? args : none; *args && n < 7; args++)
        argv[n++] = (char *)*args;
    argv[n] = NULL;
    snprintf(p->out, sizeof p->out, "%s/out-XXXXXX", e->dir);
    snprintf(p->err, sizeof p->err, "%s/err-XXXXXX", e->dir);
    cr_assert_geq(fd = mkstemp(p->out), 0);
    close(fd);
    cr_assert_geq(fd = mkstemp(p->err), 0);
    close(fd);
    fflush(NULL);
    p->pid = fork();
    cr_assert_geq(p->pid, 0);
    if (p->pid == 0)
        child_exec(e, p, argv);
}

static inline result proc_wait(proc *p)
{
    result r = {0, NULL, NULL};
    int status;
    pid_t got;

    while ((got = waitpid(p->pid, &status, 0)) < 0 && errno == EINTR)
        ;
    cr_assert_eq(got, p->pid);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    r.out = tu_slurp(p->out, NULL, 1);
    r.err = tu_slurp(p->err, NULL, 1);
    unlink(p->out);
    unlink(p->err);
    cr_assert_neq(r.code, -SIGALRM, "child hung (killed after %d s): %s",
                  HANG_SECONDS, r.err);
    return r;
}

static inline result run(const env *e, const char *tool, const char *const *args)
{
    proc p;
    proc_start(&p, e, tool, args);
    return proc_wait(&p);
}

/* evidex-index --corpus DIR (the index goes to EVIDEX_DB). */
static inline result build(const env *e, const char *corpus)
{
    const char *args[] = {"--corpus", corpus, NULL};
    return run(e, "evidex-index", args);
}

static inline result search(const env *e, const char *query)
{
    const char *args[] = {query, NULL};
    return run(e, "evidex", args);
}

/* The bundled corpus folder. */
static inline const char *real_corpus(char *buf, size_t size)
{
    snprintf(buf, size, "%s/corpus", dir_of("EVX_SOURCE_DIR", EVX_SOURCE_DIR));
    return buf;
}

/* Builds the index of the bundled corpus; returns the output of a search
 * that has hits, to compare with later. */
static inline char *build_good(const env *e)
{
    char dir[1024];
    result r = build(e, real_corpus(dir, sizeof dir));
    cr_assert_eq(r.code, 0, "good build failed: %s", r.err);
    result_free(&r);
    r = search(e, "speed of trust");
    cr_assert_eq(r.code, 0, "search failed: %s", r.err);
    cr_assert_gt(strlen(r.out), 0);
    free(r.err);
    return r.out;
}

/* The previous index answers as before. */
static inline void assert_index_unchanged(const env *e, const char *before)
{
    result r = search(e, "speed of trust");
    cr_assert_eq(r.code, 0, "index unusable after a failed build: %s", r.err);
    cr_assert_str_eq(r.out, before, "index changed by a failed build");
    result_free(&r);
}

/* Every line of stderr starts with the program name. */
static inline void assert_lines_prefixed(const char *err, const char *prog)
{
    size_t plen = strlen(prog);
    for (const char *l = err; *l;) {
        cr_assert(strncmp(l, prog, plen) == 0 && l[plen] == ':',
                  "stderr line without '%s:': %.80s", prog, l);
        const char *nl = strchr(l, '\n');
        l = nl ? nl + 1 : l + strlen(l);
    }
}

#endif /* EVX_ROBUSTUTIL_H */
