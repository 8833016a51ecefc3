/*
 * cliutil.h - what the end-to-end test files (test_cli*.c) share: running
 * the built binaries ($EVX_BINARY_DIR/evidex-index and evidex) from the
 * source folder, and an index of the bundled corpus built once per test
 * run (PRE_ALL hook, before any test is forked) in a temporary folder
 * named by EVIDEX_DB, which every test inherits and POST_ALL removes;
 * and two checks of their output (count_lines, check_json_lines).
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
#include "json.h"
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

/* The fields every --json line carries (format version 1). */
#define CLI_JSON_FIELDS                                                  \
    "format_version", "rank", "score", "id", "type", "report", "para",   \
        "chapter", "section", "page", "speaker", "text", "snippet",      \
        "highlights", "footnotes", "sources"

/* The number of lines (newlines) in s; 0 for NULL. */
static inline size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; s && *s; s++)
        n += *s == '\n';
    return n;
}

/* Every line of --json output is a JSON object with every field; highlights are inside the
 * text and fall on the words searched. Returns the number of lines. */
static inline size_t check_json_lines(const char *out)
{
    static const char *const json_fields[] = {CLI_JSON_FIELDS};
    const char *p = out;
    size_t n = 0, i;

    while (*p) {
        const char *nl = strchr(p, '\n');
        evx_json *root = NULL;
        const evx_json *hl;
        size_t tlen = 0;
        const char *text;

        cr_assert_not_null(nl);
        cr_assert_eq(evx_json_parse(&root, p, (size_t)(nl - p), NULL), EVX_OK,
                     "%.*s", (int)(nl - p), p);
        for (i = 0; i < sizeof json_fields / sizeof json_fields[0]; i++)
            cr_expect_not_null(evx_json_get(root, json_fields[i]), "%s",
                               json_fields[i]);
        cr_expect_eq(evx_json_get_num(root, "format_version", 0), 1);
        text = evx_json_str(evx_json_get(root, "text"), &tlen);
        hl = evx_json_get(root, "highlights");
        for (i = 0; text && i < evx_json_len(hl); i++) {
            double s = evx_json_num(evx_json_at(evx_json_at(hl, i), 0), -1);
            double e = evx_json_num(evx_json_at(evx_json_at(hl, i), 1), -1);
            cr_expect(s >= 0 && s < e && e <= (double)tlen);
        }
        evx_json_free(root);
        n++;
        p = nl + 1;
    }
    return n;
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
