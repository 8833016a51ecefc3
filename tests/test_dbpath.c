/*
 * test_dbpath.c - index root resolution, the builder lock and the atomic
 * switch of "current" between generations, including builders that die.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dbpath.h"
#include "testutil.h"
#include "xdb.h"

static char tmpdir[64];
static char root[128];

static void setup(void)
{
    strcpy(tmpdir, "/tmp/evx-dbpath-XXXXXX");
    cr_assert_not_null(mkdtemp(tmpdir));
    /* a root that does not exist yet: begin must create it */
    snprintf(root, sizeof root, "%s/a/b/db", tmpdir);
}

static void teardown(void)
{
    tu_rm_tree(tmpdir);
}

TestSuite(dbpath, .init = setup, .fini = teardown);

static int exists(const char *dir, const char *name)
{
    char p[256];
    struct stat st;
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return lstat(p, &st) == 0;
}

/* Base name of what current resolves to, into buf; "" if none. */
static const char *current_name(char *buf, size_t size)
{
    char *cur = NULL;
    buf[0] = '\0';
    if (evx_dbpath_current(&cur, root) == EVX_OK) {
        snprintf(buf, size, "%s", strrchr(cur, '/') + 1);
        free(cur);
    }
    return buf;
}

/* Begins a generation, drops a marker file into it, publishes it. */
static void build_generation(const char *expect_name)
{
    evx_dbgen *g = NULL;
    char *err = NULL;
    cr_assert_eq(evx_dbgen_begin(&g, root, &err), EVX_OK, "%s", err ? err : "");
    const char *p = evx_dbgen_path(g);
    cr_assert_str_eq(strrchr(p, '/') + 1, expect_name);
    struct stat st;
    cr_assert_eq(stat(p, &st), 0);
    cr_assert(S_ISDIR(st.st_mode));
    char marker[256];
    snprintf(marker, sizeof marker, "%s/marker", p);
    FILE *f = fopen(marker, "w");
    cr_assert_not_null(f);
    fputs(expect_name, f);
    fclose(f);
    cr_assert_eq(evx_dbgen_publish(g, &err), EVX_OK, "%s", err ? err : "");
}

Test(dbpath, root_resolution_order)
{
    char *r = NULL;
    setenv("HOME", "/home/someone", 1);
    unsetenv("XDG_DATA_HOME");
    unsetenv("EVIDEX_DB");
    cr_assert_eq(evx_dbpath_root(&r, NULL), EVX_OK);
    cr_assert_str_eq(r, "/home/someone/.local/share/evidex/db");
    free(r);
    setenv("XDG_DATA_HOME", "/xdg/data", 1);
    cr_assert_eq(evx_dbpath_root(&r, NULL), EVX_OK);
    cr_assert_str_eq(r, "/xdg/data/evidex/db");
    free(r);
    /* the XDG spec says relative values are to be ignored */
    setenv("XDG_DATA_HOME", "relative/data", 1);
    cr_assert_eq(evx_dbpath_root(&r, NULL), EVX_OK);
    cr_assert_str_eq(r, "/home/someone/.local/share/evidex/db");
    free(r);
    setenv("EVIDEX_DB", "/from/env", 1);
    cr_assert_eq(evx_dbpath_root(&r, NULL), EVX_OK);
    cr_assert_str_eq(r, "/from/env");
    free(r);
    cr_assert_eq(evx_dbpath_root(&r, "cli/path"), EVX_OK);
    cr_assert_str_eq(r, "cli/path");
    free(r);
    unsetenv("EVIDEX_DB");
    unsetenv("XDG_DATA_HOME");
    unsetenv("HOME");
    r = (char *)1;
    cr_assert_eq(evx_dbpath_root(&r, NULL), EVX_NOT_FOUND);
    cr_assert_null(r);
}

Test(dbpath, no_index_yet)
{
    char *cur = (char *)1;
    cr_assert_eq(evx_dbpath_current(&cur, root), EVX_NOT_FOUND);
    cr_assert_null(cur);
}

Test(dbpath, publish_switches_and_prunes_to_two)
{
    char name[64];
    build_generation("gen-1");
    cr_assert_str_eq(current_name(name, sizeof name), "gen-1");
    build_generation("gen-2");
    cr_assert_str_eq(current_name(name, sizeof name), "gen-2");
    cr_assert(exists(root, "gen-1"), "the previous generation is kept");
    build_generation("gen-3");
    cr_assert_str_eq(current_name(name, sizeof name), "gen-3");
    cr_assert(!exists(root, "gen-1"));
    cr_assert(exists(root, "gen-2"));
    cr_assert(exists(root, "gen-3"));
    /* no temporary link is left behind */
    char tmp[64];
    snprintf(tmp, sizeof tmp, "current.tmp-%ld", (long)getpid());
    cr_assert(!exists(root, tmp));
    /* current resolves to a real path holding the generation's files */
    char *cur = NULL;
    cr_assert_eq(evx_dbpath_current(&cur, root), EVX_OK);
    char marker[PATH_MAX + 16];
    snprintf(marker, sizeof marker, "%s/marker", cur);
    free(cur);
    FILE *f = fopen(marker, "r");
    cr_assert_not_null(f);
    char buf[16] = {0};
    cr_assert_not_null(fgets(buf, sizeof buf, f));
    fclose(f);
    cr_assert_str_eq(buf, "gen-3");
}

Test(dbpath, abort_leaves_current)
{
    char name[64];
    build_generation("gen-1");
    evx_dbgen *g = NULL;
    cr_assert_eq(evx_dbgen_begin(&g, root, NULL), EVX_OK);
    char path[256];
    snprintf(path, sizeof path, "%s", evx_dbgen_path(g));
    cr_assert(exists(root, "gen-2"));
    evx_dbgen_abort(g);
    cr_assert(!exists(root, "gen-2"), "%s still there", path);
    cr_assert_str_eq(current_name(name, sizeof name), "gen-1");
    evx_dbgen_abort(NULL);
    /* the lock was released: the next build proceeds */
    build_generation("gen-2");
}

Test(dbpath, second_builder_is_locked_out)
{
    evx_dbgen *g = NULL;
    cr_assert_eq(evx_dbgen_begin(&g, root, NULL), EVX_OK);
    long mypid = (long)getpid();
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        evx_dbgen *other = NULL;
        char *err = NULL;
        evx_status st = evx_dbgen_begin(&other, root, &err);
        char want[32];
        snprintf(want, sizeof want, "pid %ld", mypid);
        int ok = st == EVX_LOCKED && other == NULL && err &&
                 strstr(err, want) != NULL;
        free(err);
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert(WIFEXITED(status));
    cr_assert_eq(WEXITSTATUS(status), 0, "child did not get EVX_LOCKED naming our pid");
    cr_assert_eq(evx_dbgen_publish(g, NULL), EVX_OK);
}

Test(dbpath, killed_builder_leaves_current_and_frees_lock)
{
    char name[64];
    build_generation("gen-1");
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        evx_dbgen *g = NULL;
        if (evx_dbgen_begin(&g, root, NULL) != EVX_OK)
            _exit(1);
        _exit(0); /* dies mid-build: neither publish nor abort */
    }
    int status = 0;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert(WIFEXITED(status));
    cr_assert_eq(WEXITSTATUS(status), 0);
    cr_assert(exists(root, "gen-2"), "the dead builder's folder");
    cr_assert_str_eq(current_name(name, sizeof name), "gen-1");
    /* the kernel dropped the lock; the leftover is skipped, then pruned */
    build_generation("gen-3");
    cr_assert_str_eq(current_name(name, sizeof name), "gen-3");
    cr_assert(exists(root, "gen-1"));
    cr_assert(!exists(root, "gen-2"));
}

/* In a child that holds the lock: says so down the pipe ready, then
 * lingers 0.4 s, holding it, and exits. */
_Noreturn static void signal_then_linger(int ready[2])
{
    close(ready[0]);
    if (write(ready[1], "h", 1) != 1)
        _exit(1);
    close(ready[1]);
    usleep(400000);
    _exit(0);
}

/* Reaps pid (which exits 0 once a process that holds the lock and is
 * going has started), then builds gen-3: it locks once that process has
 * gone (gen-2 was the gone builder's). */
static void reap_then_build_after(pid_t pid)
{
    char name[64];
    int status = 0;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert_eq(WEXITSTATUS(status), 0, "the lock holder did not start");
    build_generation("gen-3");
    cr_assert_str_eq(current_name(name, sizeof name), "gen-3");
}

/* A builder killed a moment ago whose worker (which inherited the lock)
 * the kernel has not yet taken down: the next build waits for it, where
 * it had failed at once as "being built by another process". */
Test(dbpath, a_gone_builders_worker_is_waited_for)
{
    int ready[2];
    build_generation("gen-1");
    cr_assert_eq(pipe(ready), 0);
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        evx_dbgen *g = NULL;
        if (evx_dbgen_begin(&g, root, NULL) != EVX_OK)
            _exit(1);
        if (fork() == 0) /* the worker: holds the lock 0.4 s longer */
            signal_then_linger(ready);
        _exit(0); /* the builder dies first */
    }
    close(ready[1]);
    char c;
    cr_assert_eq(read(ready[0], &c, 1), 1, "the worker did not start");
    close(ready[0]);
    reap_then_build_after(pid);
}

/* A builder whose parent (evidex-index's front process, killed) has gone,
 * and which the kernel is still taking down with it (PR_SET_PDEATHSIG):
 * alive, not yet a zombie, holding the lock.  The next build waits for
 * it, where it failed at once as "being built by another process". */
Test(dbpath, a_builder_whose_parent_is_gone_is_waited_for)
{
    int ready[2];
    build_generation("gen-1");
    cr_assert_eq(pipe(ready), 0);
    pid_t front = fork();
    cr_assert_neq(front, -1);
    if (front == 0) {
        if (fork() == 0) { /* the builder: outlives its parent by 0.4 s */
            evx_dbgen *g = NULL;
            if (evx_dbgen_begin(&g, root, NULL) != EVX_OK)
                _exit(1);
            signal_then_linger(ready);
        }
        close(ready[1]);
        char c;
        _exit(read(ready[0], &c, 1) == 1 ? 0 : 1); /* once it holds it */
    }
    close(ready[1]);
    close(ready[0]);
    reap_then_build_after(front);
}

Test(dbpath, root_that_is_a_file)
{
    char file[128];
    snprintf(file, sizeof file, "%s/file", tmpdir);
    FILE *f = fopen(file, "w");
    cr_assert_not_null(f);
    fclose(f);
    evx_dbgen *g = NULL;
    char *err = NULL;
    cr_assert_eq(evx_dbgen_begin(&g, file, &err), EVX_IO);
    cr_assert_null(g);
    cr_assert_not_null(err);
    cr_assert(strstr(err, file) != NULL, "%s", err);
    free(err);
}

/* The whole cycle with a real database: readers that opened the old
 * generation keep working after a rebuild is published. */
Test(dbpath, database_in_generations)
{
    evx_db *reader = NULL;
    for (int round = 1; round <= 2; round++) {
        evx_dbgen *g = NULL;
        cr_assert_eq(evx_dbgen_begin(&g, root, NULL), EVX_OK);
        evx_db *db = NULL;
        cr_assert_eq(evx_db_open(&db, evx_dbgen_path(g), EVX_DB_OVERWRITE, NULL), EVX_OK);
        evx_doc *doc = NULL;
        cr_assert_eq(evx_doc_new(&doc), EVX_OK);
        cr_assert_eq(evx_doc_add_posting(doc, round == 1 ? "old" : "new", 1, 1), EVX_OK);
        cr_assert_eq(evx_db_replace(db, "Qunit", doc, NULL), EVX_OK);
        evx_doc_free(doc);
        cr_assert_eq(evx_db_commit(db), EVX_OK);
        evx_db_free(db);
        cr_assert_eq(evx_dbgen_publish(g, NULL), EVX_OK);
        if (round == 1) {
            char *cur = NULL;
            cr_assert_eq(evx_dbpath_current(&cur, root), EVX_OK);
            cr_assert_eq(evx_db_open(&reader, cur, EVX_DB_READ, NULL), EVX_OK);
            free(cur);
        }
    }
    unsigned long n = 0;
    cr_assert_eq(evx_db_term_freq(reader, "old", &n), EVX_OK);
    cr_assert_eq(n, 1);
    evx_db_free(reader);
    char *cur = NULL;
    cr_assert_eq(evx_dbpath_current(&cur, root), EVX_OK);
    cr_assert_eq(evx_db_open(&reader, cur, EVX_DB_READ, NULL), EVX_OK);
    free(cur);
    cr_assert_eq(evx_db_term_freq(reader, "new", &n), EVX_OK);
    cr_assert_eq(n, 1);
    evx_db_free(reader);
}
