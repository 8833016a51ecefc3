/*
 * test_robust.c - end-to-end robustness of the two tools, through the built
 * binaries ($EVX_BINARY_DIR/evidex-index and evidex), each run in a child
 * with a temp corpus, EVIDEX_DB pointing at a temp index, and an alarm so a
 * hang fails the test instead of blocking it.
 *
 *  - bad input in a corpus: invalid UTF-8, NUL bytes, CRLF, an empty file,
 *    a binary file, a 50 MB single line, a report cut mid-paragraph, a
 *    manifest naming a missing file, a manifest line that cannot be used, a
 *    file with no numbered paragraph: a clear error or warning naming file
 *    (and line), the right exit code, and the previous index intact when
 *    the build fails or is not published (a partial build is published
 *    only with --accept-partial);
 *  - the per-file coverage report of the bundled corpus;
 *  - faults: kill -9 of a build, searches during rebuilds, a second
 *    builder while one runs;
 *  - hostile queries: exit 2 and one line, in bounded time and (outside
 *    ASan) bounded memory; a NUL byte through the library API.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

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
#define BIG_BYTES (50UL << 20)
#define COPIES 30                    /* reports in the "larger corpus" */

/* ---- temp dirs, files ------------------------------------------------- */

typedef struct env {
    char dir[64];     /* /tmp/evx-robust-XXXXXX */
    char corpus[96];  /* dir/corpus */
    char db[96];      /* dir/db: EVIDEX_DB of every child */
} env;

static void env_new(env *e)
{
    memset(e, 0, sizeof *e);
    strcpy(e->dir, "/tmp/evx-robust-XXXXXX");
    cr_assert_not_null(mkdtemp(e->dir));
    snprintf(e->corpus, sizeof e->corpus, "%s/corpus", e->dir);
    snprintf(e->db, sizeof e->db, "%s/db", e->dir);
    cr_assert_eq(mkdir(e->corpus, 0755), 0);
}

static void env_free(env *e)
{
    tu_rm_tree(e->dir);
}

static const char *dir_of(const char *var, const char *dflt)
{
    const char *d = getenv(var);
    return d && *d ? d : dflt;
}

/* The bundled corpus file name (in the source tree's corpus/). */
static char *real_file(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/corpus/%s",
             dir_of("EVX_SOURCE_DIR", EVX_SOURCE_DIR), name);
    return tu_slurp(path, len, 1);
}

static void spit(const env *e, const char *name, const char *data, size_t len)
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

static void manifest(const env *e, const mline *lines, size_t n)
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
static size_t line_offset(const char *data, size_t len, long lineno)
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

static void result_free(result *r)
{
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

static void child_exec(const env *e, const proc *p, char *const argv[])
{
    int in = open("/dev/null", O_RDONLY);
    int out = open(p->out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(p->err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 ||
        dup2(err, 2) < 0)
        _exit(126);
    setenv("EVIDEX_DB", e->db, 1);
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
static void proc_start(proc *p, const env *e, const char *tool,
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

static result proc_wait(proc *p)
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

static result run(const env *e, const char *tool, const char *const *args)
{
    proc p;
    proc_start(&p, e, tool, args);
    return proc_wait(&p);
}

/* evidex-index --corpus DIR (the index goes to EVIDEX_DB). */
static result build(const env *e, const char *corpus)
{
    const char *args[] = {"--corpus", corpus, NULL};
    return run(e, "evidex-index", args);
}

static result search(const env *e, const char *query)
{
    const char *args[] = {query, NULL};
    return run(e, "evidex", args);
}

/* The bundled corpus folder. */
static const char *real_corpus(char *buf, size_t size)
{
    snprintf(buf, size, "%s/corpus", dir_of("EVX_SOURCE_DIR", EVX_SOURCE_DIR));
    return buf;
}

/* Builds the index of the bundled corpus; returns the output of a search
 * that has hits, to compare with later. */
static char *build_good(const env *e)
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
static void assert_index_unchanged(const env *e, const char *before)
{
    result r = search(e, "speed of trust");
    cr_assert_eq(r.code, 0, "index unusable after a failed build: %s", r.err);
    cr_assert_str_eq(r.out, before, "index changed by a failed build");
    result_free(&r);
}

/* Every line of stderr starts with the program name. */
static void assert_lines_prefixed(const char *err, const char *prog)
{
    size_t plen = strlen(prog);
    for (const char *l = err; *l;) {
        cr_assert(strncmp(l, prog, plen) == 0 && l[plen] == ':',
                  "stderr line without '%s:': %.80s", prog, l);
        const char *nl = strchr(l, '\n');
        l = nl ? nl + 1 : l + strlen(l);
    }
}

/* ---- bad input -------------------------------------------------------- */

/* The web file with `bytes` inserted 8 bytes into line lineno. */
static void damaged_web(const env *e, long lineno, const char *bytes,
                        size_t n)
{
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    size_t off = line_offset(web, len, lineno) + 8;
    evx_buf b = EVX_BUF_INIT;

    cr_assert_lt(off, len);
    evx_buf_append(&b, web, off);
    evx_buf_append(&b, bytes, n);
    evx_buf_append(&b, web + off, len - off);
    spit(e, "bad.txt", b.data, b.len);
    evx_buf_free(&b);
    free(web);
}

static const mline bad_only[] = {{"bad.txt", "HC 650", "html-text"}};

/* A repaired file: exit 0, one warning naming file:line, the unit there
 * still found. */
static void assert_repaired(const char *bytes, size_t n, const char *what)
{
    env e;
    env_new(&e);
    damaged_web(&e, 5, bytes, n); /* line 5: the chapter's first paragraph */
    manifest(&e, bad_only, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_not_null(strstr(r.err, "corpus/bad.txt:5:"),
                       "no warning naming file and line: %s", r.err);
    cr_assert_not_null(strstr(r.err, what), "no '%s' in: %s", what, r.err);
    assert_lines_prefixed(r.err, "evidex-index");
    result_free(&r);
    r = search(&e, "para:234 health social care landscape");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_not_null(strstr(r.out, "HC650/p234"));
    result_free(&r);
    env_free(&e);
}

Test(robust, invalid_utf8_is_repaired_with_a_warning)
{
    assert_repaired("\xff\xfe\xc3(", 4, "invalid UTF-8");
}

Test(robust, nul_bytes_are_repaired_with_a_warning)
{
    assert_repaired("\0\0x\0", 4, "NUL");
}

/* evidex-index --dump of the corpus in e. */
static char *dump(const env *e)
{
    const char *args[] = {"--dump", "--corpus", e->corpus, NULL};
    result r = run(e, "evidex-index", args);
    cr_assert_eq(r.code, 0, "%s", r.err);
    free(r.err);
    return r.out;
}

Test(robust, crlf_line_ends_read_as_lf)
{
    env lf, crlf;
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    evx_buf b = EVX_BUF_INIT;

    env_new(&lf);
    env_new(&crlf);
    for (size_t i = 0; i < len; i++) {
        if (web[i] == '\n')
            evx_buf_putc(&b, '\r');
        evx_buf_putc(&b, web[i]);
    }
    spit(&lf, "bad.txt", web, len);
    spit(&crlf, "bad.txt", b.data, b.len);
    manifest(&lf, bad_only, 1);
    manifest(&crlf, bad_only, 1);
    char *a = dump(&lf), *c = dump(&crlf);
    cr_assert_gt(strlen(a), 1000);
    cr_assert_str_eq(c, a, "CRLF file gives other units than LF");
    result r = build(&crlf, crlf.corpus);
    cr_assert_eq(r.code, 0, "%s", r.err);
    result_free(&r);
    r = search(&crlf, "para:234");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_eq(strchr(r.out, '\r'), NULL, "CR in the output");
    result_free(&r);
    free(a);
    free(c);
    free(web);
    evx_buf_free(&b);
    env_free(&lf);
    env_free(&crlf);
}

/* A build of a corpus whose only file is bad: nothing to index, so exit 2,
 * an error naming the file and saying why, and the previous index
 * untouched (not replaced by an empty one). */
static void assert_refused(const char *data, size_t len, const char *why)
{
    env e;
    env_new(&e);
    char *before = build_good(&e);
    static const mline pdf_only[] = {{"bad.txt", "HC 650", "pdf-text"}};
    spit(&e, "bad.txt", data, len);
    manifest(&e, pdf_only, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 2, "exit %d: %s", r.code, r.err);
    cr_assert_not_null(strstr(r.err, "corpus/bad.txt"), "%s", r.err);
    cr_assert_not_null(strstr(r.err, why), "no '%s' in: %s", why, r.err);
    cr_assert_not_null(strstr(r.err, "previous index is unchanged"), "%s",
                       r.err);
    assert_lines_prefixed(r.err, "evidex-index");
    result_free(&r);
    assert_index_unchanged(&e, before);
    free(before);
    env_free(&e);
}

Test(robust, empty_file_is_refused)
{
    assert_refused("", 0, "empty");
}

Test(robust, binary_file_is_refused)
{
    char bin[8192];
    unsigned x = 12345;
    memcpy(bin, "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0", 20);
    for (size_t i = 20; i < sizeof bin; i++) {
        x = x * 1103515245u + 12345u; /* fixed pseudo-random bytes */
        bin[i] = (char)(x >> 16);
    }
    assert_refused(bin, sizeof bin, "binary");
}

Test(robust, file_of_no_report_layout_is_refused)
{
    assert_refused("just some words\nand more words\n", 31, "pdf-text");
}

/* evidex-index --corpus DIR --accept-partial. */
static result build_partial(const env *e, const char *corpus)
{
    const char *args[] = {"--corpus", corpus, "--accept-partial", NULL};
    return run(e, "evidex-index", args);
}

/* A partial build: exit 1, one line saying it was not published and why,
 * and the previous index still current and answering. */
static void assert_not_published(const env *e, const result *r,
                                 const char *why, const char *before)
{
    char line[256];
    snprintf(line, sizeof line, "evidex-index: not published: %s; pass "
                                "--accept-partial to publish anyway\n", why);
    cr_assert_eq(r->code, 1, "exit %d: %s", r->code, r->err);
    cr_assert_not_null(strstr(r->err, line), "no '%s' in: %s", line, r->err);
    assert_lines_prefixed(r->err, "evidex-index");
    assert_index_unchanged(e, before);
}

/* The web edition of chapter 9 as report HC 9 was published. */
static void assert_published_web(const env *e)
{
    result r = search(e, "para:234");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_not_null(strstr(r.out, "HC9/p234"), "%s", r.out);
    result_free(&r);
}

Test(robust, missing_file_named_by_manifest)
{
    env e;
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    static const mline lines[] = {{"web.txt", "HC 9", "html-text"},
                                  {"missing.txt", "HC 9", "pdf-text"}};

    env_new(&e);
    char *before = build_good(&e);
    spit(&e, "web.txt", web, len);
    manifest(&e, lines, 2);
    result r = build(&e, e.corpus);
    cr_assert_not_null(strstr(r.err, "corpus/missing.txt"), "%s", r.err);
    cr_assert_not_null(strstr(r.err, "not found"), "%s", r.err);
    /* the manifest's header is line 1, its second entry line 3 */
    cr_assert_not_null(strstr(r.err, "line 3 of the manifest"), "%s", r.err);
    assert_not_published(&e, &r, "1 file could not be read", before);
    result_free(&r);
    /* accepted: the other file of the report still counts */
    r = build_partial(&e, e.corpus);
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    result_free(&r);
    assert_published_web(&e);
    free(before);
    free(web);
    env_free(&e);
}

/* A manifest of the web file, then a line with an unknown rendering. */
static void manifest_with_bad_line(const env *e)
{
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    static const mline lines[] = {{"web.txt", "HC 9", "html-text"},
                                  {"web.txt", "HC 9", "word-document"}};
    spit(e, "web.txt", web, len);
    manifest(e, lines, 2);
    free(web);
}

Test(robust, bad_manifest_line_keeps_previous_index)
{
    env e;
    env_new(&e);
    char *before = build_good(&e);
    manifest_with_bad_line(&e);
    result r = build(&e, e.corpus);
    cr_assert_not_null(strstr(r.err, "corpus/manifest.tsv:3:"), "%s", r.err);
    assert_not_published(&e, &r, "1 manifest line could not be used", before);
    result_free(&r);
    free(before);
    env_free(&e);
}

Test(robust, bad_manifest_line_accepted_partial_is_published)
{
    env e;
    env_new(&e);
    free(build_good(&e));
    manifest_with_bad_line(&e);
    result r = build_partial(&e, e.corpus);
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    cr_assert_not_null(strstr(r.err, "partial"), "%s", r.err);
    assert_lines_prefixed(r.err, "evidex-index");
    result_free(&r);
    assert_published_web(&e);
    env_free(&e);
}

Test(robust, file_with_no_numbered_paragraph_is_a_warning)
{
    env e;
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    static const mline lines[] = {{"web.txt", "HC 9", "html-text"}};
    evx_buf b = EVX_BUF_INIT;

    /* the web edition with every paragraph's number taken away */
    for (size_t i = 0; i < len; i++) {
        size_t k = i;
        while ((i == 0 || web[i - 1] == '\n') && k < len && web[k] >= '0' &&
               web[k] <= '9')
            k++;
        if (k > i && k < len && web[k] == '.' && k + 1 < len &&
            web[k + 1] >= 'A' && web[k + 1] <= 'Z')
            i = k + 1;
        evx_buf_putc(&b, web[i]);
    }
    env_new(&e);
    spit(&e, "web.txt", b.data, b.len);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    cr_assert_not_null(strstr(r.err, "warning: corpus/web.txt: no numbered "
                                     "paragraph"), "%s", r.err);
    cr_assert_not_null(strstr(r.err, "corpus/web.txt: only "), "%s", r.err);
    assert_lines_prefixed(r.err, "evidex-index");
    result_free(&r);
    evx_buf_free(&b);
    free(web);
    env_free(&e);
}

/* The end-of-run report gives each bundled file's coverage and its largest
 * unplaced stretches. */
Test(robust, coverage_of_each_bundled_file_is_reported)
{
    static const char *const files[] = {PDF_FILE, WEB_FILE};
    char dir[1024], want[256];
    env e;

    env_new(&e);
    result r = build(&e, real_corpus(dir, sizeof dir));
    cr_assert_eq(r.code, 0, "exit %d: %s", r.code, r.err);
    for (size_t i = 0; i < 2; i++) {
        snprintf(want, sizeof want, "evidex-index: corpus/%s: ", files[i]);
        const char *at = strstr(r.err, want);
        cr_assert_not_null(at, "no coverage line for %s: %s", files[i], r.err);
        unsigned pct;
        size_t placed, of, furniture;
        cr_assert_eq(sscanf(at + strlen(want), "%u%% of its text in units "
                                               "(%zu of %zu words; %zu words "
                                               "of page furniture)",
                            &pct, &placed, &of, &furniture), 4, "%s", at);
        cr_assert_geq(pct, 80, "%s", at);
        cr_assert_leq(placed, of);
        /* a file with words unplaced lists its largest stretches (the
         * web file places all but what its reader declares furniture) */
        snprintf(want, sizeof want, "evidex-index: corpus/%s: line", files[i]);
        if (placed < of)
            cr_assert_not_null(strstr(r.err, want), "no stretch for %s",
                               files[i]);
        else
            cr_assert_null(strstr(r.err, want), "a stretch for %s", files[i]);
    }
    result_free(&r);
    env_free(&e);
}

Test(robust, missing_only_file_keeps_previous_index)
{
    env e;
    static const mline lines[] = {{"missing.txt", "HC 650", "pdf-text"}};

    env_new(&e);
    char *before = build_good(&e);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 2, "%s", r.err);
    cr_assert_not_null(strstr(r.err, "corpus/missing.txt"), "%s", r.err);
    result_free(&r);
    assert_index_unchanged(&e, before);
    free(before);
    env_free(&e);
}

Test(robust, fifty_megabyte_single_line_terminates)
{
    env e;
    static const char words[] = "integrated care partnership 2017/18 Q361 ";
    static const mline lines[] = {{"big.txt", "HC 1", "html-text"}};
    char path[256];

    env_new(&e);
    snprintf(path, sizeof path, "%s/big.txt", e.corpus);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    fputs("1.The ", f); /* one web-edition paragraph, one line */
    for (size_t n = 0; n < BIG_BYTES; n += sizeof words - 1)
        fputs(words, f);
    cr_assert_eq(fclose(f), 0);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 0, "exit %d: %s", r.code, r.err);
    result_free(&r);
    unlink(path);
    r = search(&e, "\"care partnership\"");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_not_null(strstr(r.out, "HC1/p1"));
    result_free(&r);
    env_free(&e);
}

Test(robust, truncated_report_gives_partial_index_and_warning)
{
    env e;
    size_t len;
    char *pdf = real_file(PDF_FILE, &len);
    const long cut = 1500; /* lines kept: the text ends mid-chapter */
    static const mline lines[] = {{"bad.txt", "HC 650", "pdf-text"}};
    char line_ref[64];

    env_new(&e);
    size_t off = line_offset(pdf, len, cut + 1);
    cr_assert_lt(off, len);
    /* also cut the last kept line in the middle */
    spit(&e, "bad.txt", pdf, off - 1 - (off - 1 - line_offset(pdf, len, cut)) / 2);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 0, "exit %d: %s", r.code, r.err);
    snprintf(line_ref, sizeof line_ref, "corpus/bad.txt:%ld:", cut);
    cr_assert_not_null(strstr(r.err, line_ref), "no warning at %s: %s",
                       line_ref, r.err);
    cr_assert_not_null(strstr(r.err, "truncated"), "%s", r.err);
    result_free(&r);
    r = search(&e, "para:1");
    cr_assert_eq(r.code, 0, "%s", r.err);
    result_free(&r);
    r = search(&e, "para:250"); /* a later chapter */
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.out);
    result_free(&r);
    free(pdf);
    env_free(&e);
}

/* ---- faults ----------------------------------------------------------- */

/* A corpus of COPIES reports, each the bundled PDF text under its own id,
 * so a build takes a while. */
static void large_corpus(const env *e)
{
    size_t len;
    char *pdf = real_file(PDF_FILE, &len);
    mline lines[COPIES];
    char names[COPIES][32], ids[COPIES][32];

    for (int i = 0; i < COPIES; i++) {
        snprintf(names[i], sizeof names[i], "r%02d.txt", i);
        snprintf(ids[i], sizeof ids[i], "HC %d", 1000 + i);
        spit(e, names[i], pdf, len);
        lines[i] = (mline){names[i], ids[i], "pdf-text"};
    }
    manifest(e, lines, COPIES);
    free(pdf);
}

static int still_running(pid_t pid)
{
    int status;
    return waitpid(pid, &status, WNOHANG) == 0;
}

Test(robust, kill9_mid_build_leaves_previous_index)
{
    env e;
    proc p;
    char dir[1024];
    const char *args[] = {"--corpus", NULL, NULL};

    env_new(&e);
    char *before = build_good(&e);
    large_corpus(&e);
    args[1] = e.corpus;
    proc_start(&p, &e, "evidex-index", args);
    usleep(300000);
    cr_assert(still_running(p.pid), "the large build ended within 0.3 s: "
                                    "nothing to interrupt");
    kill(p.pid, SIGKILL);
    result r = proc_wait(&p);
    cr_assert_eq(r.code, -SIGKILL);
    result_free(&r);
    assert_index_unchanged(&e, before);
    r = build(&e, real_corpus(dir, sizeof dir)); /* the lock is free */
    cr_assert_eq(r.code, 0, "build after kill -9: %s", r.err);
    result_free(&r);
    assert_index_unchanged(&e, before);
    free(before);
    env_free(&e);
}

/* In a child: searches until the stop file exists; exit status is the
 * number of failed searches (capped), or 100 if none ran. */
static void search_loop(const env *e, const char *stop)
{
    int failed = 0, ran = 0;
    while (access(stop, F_OK) != 0 || ran == 0) {
        result r = search(e, "speed of trust");
        if (r.code != 0 || strstr(r.out, "HC650/") == NULL) {
            fprintf(stderr, "search during rebuild: exit %d: %s\n", r.code,
                    r.err);
            failed++;
        }
        result_free(&r);
        ran++;
    }
    _exit(failed > 99 ? 99 : failed);
}

Test(robust, search_during_rebuild_sees_old_or_new_index)
{
    env e;
    char dir[1024], stop[128];
    int status;

    env_new(&e);
    free(build_good(&e));
    snprintf(stop, sizeof stop, "%s/stop", e.dir);
    fflush(NULL);
    pid_t child = fork();
    cr_assert_geq(child, 0);
    if (child == 0)
        search_loop(&e, stop);
    for (int i = 0; i < 2; i++) {
        result r = build(&e, real_corpus(dir, sizeof dir));
        cr_assert_eq(r.code, 0, "rebuild %d: %s", i, r.err);
        result_free(&r);
    }
    FILE *f = fopen(stop, "w");
    cr_assert_not_null(f);
    fclose(f);
    cr_assert_eq(waitpid(child, &status, 0), child);
    cr_assert(WIFEXITED(status), "search loop killed");
    cr_assert_eq(WEXITSTATUS(status), 0, "%d searches failed during rebuilds",
                 WEXITSTATUS(status));
    env_free(&e);
}

Test(robust, second_builder_gets_locked_error)
{
    env e;
    proc p;
    const char *args[] = {"--corpus", NULL, NULL};

    env_new(&e);
    large_corpus(&e);
    args[1] = e.corpus;
    proc_start(&p, &e, "evidex-index", args);
    usleep(500000);
    result r = build(&e, e.corpus);
    cr_assert(still_running(p.pid), "first build ended before the second "
                                    "started: nothing was tested");
    cr_assert_neq(r.code, 0);
    cr_assert_not_null(strstr(r.err, "lock"), "%s", r.err);
    cr_assert_eq(strchr(r.err, '\n'), r.err + strlen(r.err) - 1,
                 "not one line: %s", r.err);
    assert_lines_prefixed(r.err, "evidex-index");
    result_free(&r);
    kill(p.pid, SIGKILL);
    r = proc_wait(&p);
    result_free(&r);
    env_free(&e);
}

/* ---- hostile queries -------------------------------------------------- */

/* exit 2 and exactly one line, "evidex: ...". */
static void assert_query_refused(const env *e, const char *query,
                                 const char *why)
{
    result r = search(e, query);
    cr_assert_eq(r.code, 2, "exit %d for %.60s: %s", r.code, query, r.err);
    size_t n = strlen(r.err);
    cr_assert(n > 0 && strchr(r.err, '\n') == r.err + n - 1,
              "not one line: %s", r.err);
    assert_lines_prefixed(r.err, "evidex");
    cr_assert_not_null(strstr(r.err, why), "no '%s' in: %s", why, r.err);
    result_free(&r);
}

Test(robust, hostile_queries_exit_2_with_one_line)
{
    env e;
    evx_buf many = EVX_BUF_INIT, huge = EVX_BUF_INIT;

    env_new(&e);
    free(build_good(&e));
    for (int i = 0; i < 10000; i++)
        evx_buf_printf(&many, "%sw%d", i ? " " : "", i);
    for (int i = 0; i < 70000; i++)
        evx_buf_putc(&huge, 'x');
    cr_assert_eq(evx_buf_status(&many), EVX_OK);
    assert_query_refused(&e, "\"speed of trust", "quote");
    assert_query_refused(&e, "speed of \"trust", "column 10");
    assert_query_refused(&e, evx_buf_str(&many), "1000 terms");
    assert_query_refused(&e, evx_buf_str(&huge), "65536");
    assert_query_refused(&e, "a*", "wildcard");
    assert_query_refused(&e, "care \xff\xfe trust", "UTF-8");
    assert_query_refused(&e, "(care OR budget", "parenthes");
    assert_query_refused(&e, "care NEAR", "NEAR");
    evx_buf_free(&many);
    evx_buf_free(&huge);
    env_free(&e);
}

Test(robust, wide_wildcards_answer_in_bounded_time)
{
    env e;
    static const char *const wide[] = {"co*", "th*", "in* OR pa* OR st*"};

    env_new(&e);
    free(build_good(&e));
    for (size_t i = 0; i < sizeof wide / sizeof *wide; i++) {
        result r = search(&e, wide[i]);
        /* hits, or refused as too wide: never a crash or a hang */
        cr_assert(r.code == 0 || r.code == 2, "exit %d for %s: %s", r.code,
                  wide[i], r.err);
        if (r.code == 2)
            cr_assert_not_null(strstr(r.err, "wildcard"), "%s", r.err);
        result_free(&r);
    }
    env_free(&e);
}

Test(robust, nul_byte_in_query_through_the_api)
{
    env e;
    evx_tok *tok = NULL;
    evx_db *db = NULL;
    evx_qparse *qp = NULL;
    evx_query *q = NULL;
    char *gen = NULL;
    static const char text[] = "care\0budget";

    env_new(&e);
    free(build_good(&e));
    cr_assert_eq(evx_dbpath_current(&gen, e.db), EVX_OK);
    cr_assert_eq(evx_db_open(&db, gen, EVX_DB_READ, NULL), EVX_OK);
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    cr_assert_eq(evx_qparse_new(&qp, db, tok), EVX_OK);
    evx_status st = evx_qparse_parse(qp, text, sizeof text - 1, &q);
    cr_assert(st == EVX_PARSE || st == EVX_INVALID, "status %s",
              evx_status_str(st));
    cr_assert_null(q);
    const char *msg = evx_qparse_errmsg(qp);
    cr_assert(*msg && !strchr(msg, '\n'), "message: '%s'", msg);
    cr_assert_not_null(strstr(msg, "NUL"), "%s", msg);
    evx_qparse_free(qp);
    evx_tok_free(tok);
    evx_db_free(db);
    free(gen);
    env_free(&e);
}

Test(robust, diag_messages_stay_one_line)
{
    evx_diag *d = NULL;
    evx_diag_level level;
    const char *file, *text;
    long line;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    evx_diag_add(d, EVX_DIAG_WARNING, "corpus/a\nb.txt", 3,
                 "could not place text: \"%s\"", "two\nlines\r\tand\x1b[31m");
    cr_assert_eq(evx_diag_get(d, 0, &level, &file, &line, &text), EVX_OK);
    cr_assert_null(strpbrk(text, "\n\r\t\x1b"), "control byte in '%s'", text);
    cr_assert_null(strpbrk(file, "\n"), "newline in file '%s'", file);
    cr_assert_not_null(strstr(text, "two lines"));
    evx_diag_free(d);
}

/* ---- a damaged index -------------------------------------------------- */

/* Replaces the file at path with its first `keep` bytes, every byte past
 * `keep` garbled when garble is set. */
static void damage_file(const char *path, size_t keep, int garble)
{
    size_t len;
    unsigned x = 4242;
    char *data = tu_slurp(path, &len, 1);
    if (len <= keep)
        return; /* a small shard: nothing past keep to damage */
    if (garble)
        for (size_t i = keep; i < len; i += 97) {
            x = x * 1103515245u + 12345u;
            data[i] = (char)(x >> 16);
        }
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    fwrite(data, 1, garble ? len : keep, f);
    cr_assert_eq(fclose(f), 0);
    free(data);
}

/* Damages the file name in every shard of the current generation. */
static void damage(const env *e, const char *name, size_t keep, int garble)
{
    char *gen = NULL, pattern[1024];
    glob_t g;

    cr_assert_eq(evx_dbpath_current(&gen, e->db), EVX_OK);
    snprintf(pattern, sizeof pattern, "%s/s*/%s", gen, name);
    cr_assert_eq(glob(pattern, 0, NULL, &g), 0, "no shard has %s", name);
    for (size_t i = 0; i < g.gl_pathc; i++)
        damage_file(g.gl_pathv[i], keep, garble);
    globfree(&g);
    free(gen);
}

/* The search fails cleanly (exit 2, one line) or, for damage it cannot
 * see, answers: never a crash. */
static void assert_clean_failure(const env *e, int must_fail)
{
    result r = search(e, "speed of trust");
    cr_assert_geq(r.code, 0, "killed by signal %d: %s", -r.code, r.err);
    if (must_fail)
        cr_assert_eq(r.code, 2, "exit %d: %s", r.code, r.err);
    if (r.code == 2) {
        size_t n = strlen(r.err);
        cr_assert(n > 0 && strchr(r.err, '\n') == r.err + n - 1,
                  "not one line: %s", r.err);
        assert_lines_prefixed(r.err, "evidex");
    }
    result_free(&r);
}

/* A search reads the postlists and the document data: over either one
 * truncated, it fails cleanly.  Shards have no termlists (schema.h). */
Test(robust, truncated_index_files_give_an_error)
{
    static const char *const files[] = {"postlist.glass", "docdata.glass"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        env e;
        env_new(&e);
        free(build_good(&e));
        if (i == 0) {
            char *gen = NULL, pattern[1024];
            glob_t g;
            cr_assert_eq(evx_dbpath_current(&gen, e.db), EVX_OK);
            snprintf(pattern, sizeof pattern, "%s/s*/termlist.glass", gen);
            cr_assert_eq(glob(pattern, 0, NULL, &g), GLOB_NOMATCH,
                         "a shard has a termlist");
            globfree(&g);
            free(gen);
        }
        damage(&e, files[i], 8192, 0);
        assert_clean_failure(&e, 1);
        env_free(&e);
    }
}

Test(robust, garbled_index_files_never_crash)
{
    static const char *const files[] = {"postlist.glass", "docdata.glass",
                                        "position.glass"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        env e;
        env_new(&e);
        free(build_good(&e));
        damage(&e, files[i], 8192, 1);
        assert_clean_failure(&e, 0);
        env_free(&e);
    }
}

Test(robust, no_index_is_a_one_line_error)
{
    env e;
    env_new(&e);
    assert_query_refused(&e, "speed of trust", "evidex-index");
    env_free(&e);
}
