/*
 * cliutil.h - what the end-to-end test files (test_cli*.c) share: running
 * the built binaries ($EVX_BINARY_DIR/evidex-index and evidex) from the
 * source folder, and an index of the bundled corpus built once per test
 * run (PRE_ALL hook, before any test is forked) in a temporary folder
 * named by EVIDEX_DB, which every test inherits and POST_ALL removes.
 * Include it from one .c file per test binary, after criterion.h.
 */
#ifndef EVX_TEST_CLIUTIL_H
#define EVX_TEST_CLIUTIL_H

#include <criterion/criterion.h>
#include <criterion/hooks.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "testutil.h"

static char db_dir[64];

static inline const char *bin_dir(void)
{
    const char *d = getenv("EVX_BINARY_DIR");
    return d && *d ? d : EVX_BINARY_DIR;
}

static inline const char *src_dir(void)
{
    const char *d = getenv("EVX_SOURCE_DIR");
    return d && *d ? d : EVX_SOURCE_DIR;
}

/* Runs a shell command line in the source folder; its stdout and stderr
 * (malloc'd) through out/err when not NULL; returns the exit status. */
static inline int run(const char *cmdline, char **out, char **err)
{
    char dir[] = "/tmp/evx-cli-run-XXXXXX", of[96], ef[96];
    evx_buf cmd = EVX_BUF_INIT;
    int st;

    cr_assert_not_null(mkdtemp(dir));
    snprintf(of, sizeof of, "%s/out", dir);
    snprintf(ef, sizeof ef, "%s/err", dir);
    evx_buf_printf(&cmd, "cd '%s' && { %s ; } >'%s' 2>'%s'", src_dir(),
                   cmdline, of, ef);
    st = system(evx_buf_str(&cmd));
    if (out)
        *out = tu_slurp(of, NULL, 0);
    if (err)
        *err = tu_slurp(ef, NULL, 0);
    tu_rm_tree(dir);
    evx_buf_free(&cmd);
    cr_assert(WIFEXITED(st), "%s did not exit", cmdline);
    return WEXITSTATUS(st);
}

/* Runs `evidex ARGS` (ARGS is shell text). */
static inline int evidex(const char *args, char **out, char **err)
{
    evx_buf cmd = EVX_BUF_INIT;
    int rc;

    evx_buf_printf(&cmd, "'%s/evidex' %s", bin_dir(), args);
    rc = run(evx_buf_str(&cmd), out, err);
    evx_buf_free(&cmd);
    return rc;
}

ReportHook(PRE_ALL)(struct criterion_test_set *set)
{
    char cmd[1024];

    (void)set;
    snprintf(db_dir, sizeof db_dir, "/tmp/evx-cli-db-XXXXXX");
    if (!mkdtemp(db_dir))
        return;
    setenv("EVIDEX_DB", db_dir, 1);
    unsetenv("NO_COLOR");
    snprintf(cmd, sizeof cmd,
             "cd '%s' && '%s/evidex-index' --corpus corpus >/dev/null 2>&1",
             src_dir(), bin_dir());
    if (system(cmd) != 0)
        fprintf(stderr, "evidex-index failed to build the index\n");
}

ReportHook(POST_ALL)(struct criterion_global_stats *stats)
{
    (void)stats;
    if (db_dir[0])
        tu_rm_tree(db_dir);
}

/* Every test needs the index the PRE_ALL hook built: say so plainly. */
static inline void need_index(void)
{
    const char *db = getenv("EVIDEX_DB");
    char link[128];

    snprintf(link, sizeof link, "%s/current", db ? db : "");
    cr_assert_eq(access(link, F_OK), 0,
                 "no index at %s: evidex-index failed to build it from %s/corpus",
                 link, src_dir());
}

#endif /* EVX_TEST_CLIUTIL_H */
