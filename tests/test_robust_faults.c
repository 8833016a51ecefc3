/*
 * test_robust_faults.c - end-to-end robustness of the two tools through
 * the built binaries (tests/robustutil.h), beyond bad input:
 *  - faults: kill -9 of a build, searches during rebuilds, a second
 *    builder while one runs;
 *  - hostile queries: exit 2 and one line, in bounded time and (outside
 *    ASan) bounded memory; a NUL byte through the library API;
 *  - a damaged index: truncated or garbled files give an error, never a
 *    crash; no index is a one-line error;
 *  - a loop inside Xapian (tests/spin_preload.c): the command line's and
 *    the server's CPU watchdogs end it with one line.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>
#include <glob.h>

#include "cmd.h"
#include "robustutil.h"

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

/* Kills the build p with SIGKILL, then checks that the previous index
 * (whose search gave before) still answers as it did, and that the next
 * build takes the lock and leaves it so; frees before and e. */
static void kill9_and_check(env *e, proc *p, char *before)
{
    char dir[1024];
    kill(p->pid, SIGKILL);
    result r = proc_wait(p);
    cr_assert_eq(r.code, -SIGKILL);
    result_free(&r);
    assert_index_unchanged(e, before);
    r = build(e, real_corpus(dir, sizeof dir)); /* the lock is free */
    cr_assert_eq(r.code, 0, "build after kill -9: %s", r.err);
    result_free(&r);
    assert_index_unchanged(e, before);
    free(before);
    env_free(e);
}

Test(robust, kill9_mid_build_leaves_previous_index)
{
    env e;
    proc p;
    const char *args[] = {"--corpus", NULL, NULL};

    env_new(&e);
    char *before = build_good(&e);
    large_corpus(&e);
    args[1] = e.corpus;
    proc_start(&p, &e, "evidex-index", args);
    usleep(300000);
    cr_assert(still_running(p.pid), "the large build ended within 0.3 s: "
                                    "nothing to interrupt");
    kill9_and_check(&e, &p, before);
}

/* Is a shard of a new generation being written (more shard folders than
 * the current generation's one)? */
static int merging(const env *e)
{
    char pattern[160];
    glob_t g;
    snprintf(pattern, sizeof pattern, "%s/gen-*/s*", e->db);
    int n = glob(pattern, GLOB_ONLYDIR, NULL, &g) == 0 ? (int)g.gl_pathc : 0;
    globfree(&g);
    return n > 1;
}

/* The workers are done and the builder is merging their databases into
 * the new shard: kill -9 then leaves the previous index as it was too. */
Test(robust, kill9_while_merging_leaves_previous_index)
{
    env e;
    proc p;
    const char *args[] = {"--corpus", NULL, "--jobs", "2", NULL};
    int waited = 0;

    env_new(&e);
    char *before = build_good(&e);
    large_corpus(&e);
    args[1] = e.corpus;
    proc_start(&p, &e, "evidex-index", args);
    while (!merging(&e) && still_running(p.pid) && waited++ < 600000)
        usleep(100);
    cr_assert(still_running(p.pid), "the build ended before it was caught "
                                    "merging");
    kill9_and_check(&e, &p, before);
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
    /* the first build holds the lock once its generation's folder is
     * there (a fixed wait raced a loaded machine, the second build then
     * taking the lock first) */
    char gen[128];
    snprintf(gen, sizeof gen, "%s/gen-1", e.db);
    for (int i = 0; i < 3000 && access(gen, F_OK) != 0 && still_running(p.pid); i++)
        usleep(10000);
    cr_assert_eq(access(gen, F_OK), 0, "the first build never took the lock");
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

/* Fails unless no shard of e's current generation has the file name. */
static void assert_no_shard_has(const env *e, const char *name)
{
    char *gen = NULL, pattern[1024];
    glob_t g;
    cr_assert_eq(evx_dbpath_current(&gen, e->db), EVX_OK);
    snprintf(pattern, sizeof pattern, "%s/s*/%s", gen, name);
    cr_assert_eq(glob(pattern, 0, NULL, &g), GLOB_NOMATCH, "a shard has %s",
                 name);
    globfree(&g);
    free(gen);
}

/* A search reads the postlists, which hold the records too (as values),
 * and a phrase the positions: over either one truncated, it fails
 * cleanly.  Shards have no termlists and no document data (schema.h). */
Test(robust, truncated_index_files_give_an_error)
{
    static const char *const files[] = {"postlist.glass", "position.glass"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        env e;
        env_new(&e);
        free(build_good(&e));
        if (i == 0) {
            assert_no_shard_has(&e, "termlist.glass");
            assert_no_shard_has(&e, "docdata.glass");
        }
        damage(&e, files[i], 8192, 0);
        assert_clean_failure(&e, 1);
        env_free(&e);
    }
}

Test(robust, garbled_index_files_never_crash)
{
    static const char *const files[] = {"postlist.glass", "position.glass"};
    /* should the garbling send a look-up round for ever inside Xapian,
     * the watchdog's line (query/main.c), sooner than the children's
     * 10 s */
    setenv("EVIDEX_TIMEOUT", "3", 1);
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        env e;
        env_new(&e);
        free(build_good(&e));
        damage(&e, files[i], 8192, 1);
        assert_clean_failure(&e, 0);
        env_free(&e);
    }
}

/* The server's URL, read from what a server started by proc_start
 * printed ("evidex: serving http://127.0.0.1:PORT/ ..."), waiting up to
 * 20 s for it; its port, or 0. */
static int served_port(const proc *p)
{
    for (int tries = 0; tries < 200; tries++) {
        char *out = tu_slurp(p->out, NULL, 1);
        const char *at = out ? strstr(out, "http://127.0.0.1:") : NULL;
        int port = at ? atoi(at + strlen("http://127.0.0.1:")) : 0;
        free(out);
        if (port > 0)
            return port;
        usleep(100 * 1000);
    }
    return 0;
}

/* Starts tool with args as proc_start does, with Xapian's get_mset
 * replaced by a loop for ever (tests/spin_preload.c): a loop inside
 * Xapian, as a damaged index can cause, on every index. */
static void start_looping(proc *p, const env *e, const char *tool,
                          const char *const *args)
{
    char lib[1024];
    const char *asan = getenv("ASAN_OPTIONS");
    char *old_asan = asan ? strdup(asan) : NULL;
    snprintf(lib, sizeof lib, "%s/libevx_test_spin.so",
             dir_of("EVX_BINARY_DIR", EVX_BINARY_DIR));
    cr_assert_eq(access(lib, R_OK), 0, "%s is not built", lib);
    setenv("LD_PRELOAD", lib, 1);
    /* under ASan the preloaded library comes before ASan's runtime */
    setenv("ASAN_OPTIONS", "detect_leaks=0:verify_asan_link_order=0", 1);
    proc_start(p, e, tool, args);
    unsetenv("LD_PRELOAD");
    if (old_asan)
        setenv("ASAN_OPTIONS", old_asan, 1);
    else
        unsetenv("ASAN_OPTIONS");
    free(old_asan);
}

/* r is the one line a watchdog ends a command with, prog's. */
static void assert_stopped(const result *r, const char *prog)
{
    char want[256];
    snprintf(want, sizeof want, "%s: %s", prog, EVX_CMD_CPU_STOPPED);
    cr_expect_eq(r->code, 2, "exit %d: %s", r->code, r->err);
    cr_expect(strstr(r->err, want) != NULL, "%s", r->err);
    size_t n = strlen(r->err);
    cr_expect(n > 0 && strchr(r->err, '\n') == r->err + n - 1,
              "not one line: %s", r->err);
}

/* A search caught in a loop inside Xapian ends, once it has used its time
 * limit of CPU, with one line and exit 2 (query/main.c's watchdog). */
Test(robust, a_search_that_loops_stops_with_one_line)
{
    env e;
    env_new(&e);
    free(build_good(&e));
    setenv("EVIDEX_TIMEOUT", "2", 1);
    const char *args[] = {"speed of trust", NULL};
    proc p;
    start_looping(&p, &e, "evidex", args);
    result r = proc_wait(&p);
    assert_stopped(&r, "evidex");
    result_free(&r);
    env_free(&e);
}

/* A request caught in a loop inside Xapian ends the server with one line
 * and exit 2 once it has used its time limit of CPU: a worker thread
 * cannot be taken out of the loop, and the request's time budget is
 * checked only between matches. */
Test(robust, a_request_that_loops_stops_the_server_with_one_line)
{
    env e;
    env_new(&e);
    free(build_good(&e));
    setenv("EVIDEX_TIMEOUT", "2", 1);
    const char *args[] = {"serve", "--listen", "127.0.0.1:0", NULL};
    proc p;
    start_looping(&p, &e, "evidex", args);
    int port = served_port(&p);
    cr_assert_gt(port, 0, "the server did not say where it listens");
    char cmd[256];
    snprintf(cmd, sizeof cmd,
             "exec 3<>/dev/tcp/127.0.0.1/%d && printf 'GET "
             "/api/search?q=speed%%%%20of%%%%20trust HTTP/1.0\r\n\r\n' >&3 && "
             "timeout 60 cat <&3 >/dev/null",
             port);
    const char *const bash[] = {"bash", "-c", cmd, NULL};
    pid_t client = fork();
    cr_assert_geq(client, 0);
    if (client == 0) {
        execvp("bash", (char *const *)bash);
        _exit(127);
    }
    result r = proc_wait(&p);
    waitpid(client, NULL, 0);
    assert_stopped(&r, "evidex serve");
    result_free(&r);
    env_free(&e);
}

Test(robust, no_index_is_a_one_line_error)
{
    env e;
    env_new(&e);
    assert_query_refused(&e, "speed of trust", "evidex-index");
    env_free(&e);
}
