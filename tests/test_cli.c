/*
 * test_cli.c - `evidex` end to end: the built binaries ($EVX_BINARY_DIR/
 * evidex-index and evidex) over an index of the bundled corpus, built once
 * per test run (PRE_ALL hook, in the runner, before any test is forked) in
 * a temporary folder named by EVIDEX_DB, which every test inherits.
 *
 * Real consumers check the output: jq parses every --json line, and a
 * headless Vim loads --vimgrep output into its quickfix list.  The
 * commands past search (who, speakers, show, similar, check) are
 * test_cli_answers.c's; what a query means, test_cli_query.c's.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>
#include <criterion/hooks.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "cliutil.h"
#include "json.h"
#include "schema.h"
#include "testutil.h"

TestSuite(cli, .init = need_index);

/* ---- exit status and errors ------------------------------------------- */

Test(cli, exit_status_like_grep)
{
    char *out, *err;

    cr_expect_eq(evidex("'\"speed of trust\"'", &out, &err), 0, "%s", err);
    cr_expect(strstr(out, "HC650/p90"), "%s", out);
    free(out);
    free(err);
    cr_expect_eq(evidex("xyzzyplugh", &out, &err), 1);
    cr_expect_eq(out[0], '\0');
    free(out);
    free(err);
}

Test(cli, malformed_query_is_one_line_and_exit_2)
{
    const char *bad[] = {"'foo \"bar'", "'(integration'", "'speaker:'",
                         "'a NEAR/0 b'", "'a NEAR/ b'", "'a NEAR/5x b'",
                         "type:bogus", "'care AND'", "'x*'"};
    size_t i;

    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *out, *err;
        cr_expect_eq(evidex(bad[i], &out, &err), 2, "%s", bad[i]);
        cr_expect_eq(count_lines(err), 1, "%s: %s", bad[i], err);
        cr_expect_eq(strncmp(err, "evidex: query error: ", 21), 0, "%s", err);
        cr_expect_eq(out[0], '\0');
        free(out);
        free(err);
    }
}

Test(cli, unbalanced_quote_names_the_column)
{
    char *err;

    cr_expect_eq(evidex("'foo \"bar'", NULL, &err), 2);
    cr_expect(strstr(err, "column 5"), "%s", err);
    free(err);
}

Test(cli, bad_options_exit_2)
{
    const char *bad[] = {"--bogus trust", "--limit abc trust",
                         "--color=sometimes trust", "--offset", "-n -3 trust"};
    size_t i;

    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *err;
        cr_expect_eq(evidex(bad[i], NULL, &err), 2, "%s", bad[i]);
        cr_expect_eq(count_lines(err), 1, "%s: %s", bad[i], err);
        free(err);
    }
}

/* The message names the argument that holds the unknown option, not the
 * one before it ("unknown option '-a' in '--json'" for a query "-care
 * integration"), and quotes at most a line of an argument or a query (a
 * query of 10,000 dashes had been quoted whole). */
Test(cli, errors_name_the_argument_and_stay_short)
{
    char *err;

    cr_expect_eq(evidex("--json '-care integration'", NULL, &err), 2);
    cr_expect(strstr(err, "in '-care integration'"), "%s", err);
    free(err);
    evx_buf q = EVX_BUF_INIT;
    evx_buf_puts(&q, "-- '");
    for (int i = 0; i < 5000; i++)
        evx_buf_puts(&q, "--");
    evx_buf_puts(&q, "'");
    cr_expect_eq(evidex(evx_buf_str(&q), NULL, &err), 2);
    cr_expect_eq(count_lines(err), 1, "%s", err);
    cr_expect_lt(strlen(err), 200, "%zu bytes", strlen(err));
    free(err);
    evx_buf_free(&q);
}

Test(cli, missing_index_is_one_line)
{
    char *err, *out;
    char dir[] = "/tmp/evx-cli-empty-XXXXXX";
    evx_buf args = EVX_BUF_INIT, want = EVX_BUF_INIT;

    cr_assert_not_null(mkdtemp(dir));
    evx_buf_printf(&args, "--db '%s/none' trust", dir);
    evx_buf_printf(&want,
                   "evidex: no index at %s/none; build it with: evidex-index "
                   "--db %s/none --corpus corpus\n",
                   dir, dir);
    cr_expect_eq(evidex(evx_buf_str(&args), &out, &err), 2);
    cr_expect_str_eq(err, evx_buf_str(&want));
    cr_expect_eq(out[0], '\0');
    free(out);
    free(err);
    rmdir(dir);
    evx_buf_free(&args);
    evx_buf_free(&want);
}

/* A stub in dir over the test index's shards (meta first), with the line
 * format_line unless it is NULL: a stub written by hand has none. */
static void write_stub(const char *dir, const char *format_line)
{
    evx_buf cmd = EVX_BUF_INIT;
    evx_buf_printf(&cmd,
                   "cd \"$EVIDEX_DB/current\" && g=$(pwd -P) && "
                   "{ echo \"auto $g/meta\"; for s in s*; do "
                   "[ -d \"$s\" ] && echo \"auto $g/$s\"; done; %s%s%s } "
                   "> '%s/XAPIANDB'",
                   format_line ? "echo '" : "", format_line ? format_line : "",
                   format_line ? "'; " : "", dir);
    cr_assert_eq(run(evx_buf_str(&cmd), NULL, NULL), 0);
    evx_buf_free(&cmd);
}

/* An index of another format (an older evidex stored raw occurrences
 * where this one stores weights) is one line and exit status 2, never
 * answers ranked by what its numbers no longer mean. */
Test(cli, an_index_of_another_format_is_one_line)
{
    char *err, *out;
    char dir[] = "/tmp/evx-cli-stub-XXXXXX";
    evx_buf args = EVX_BUF_INIT;

    need_index();
    cr_assert_not_null(mkdtemp(dir));
    evx_buf_printf(&args, "--db '%s' trust", dir);
    write_stub(dir, EVX_STUB_FORMAT "8");
    cr_expect_eq(evidex(evx_buf_str(&args), &out, &err), 2);
    cr_expect_not_null(strstr(err, "another version of evidex (index format 8; "
                                   "this one reads " EVX_INDEX_FORMAT ")"),
                       "%s", err);
    cr_expect_eq(strchr(err, '\n'), err + strlen(err) - 1, "one line: %s", err);
    cr_expect_eq(out[0], '\0');
    free(out);
    free(err);
    /* a stub written by hand has no format line: the metadata tells */
    write_stub(dir, NULL);
    cr_expect_eq(evidex(evx_buf_str(&args), &out, &err), 0, "%s", err);
    cr_expect_not_null(strstr(out, "trust"));
    free(out);
    free(err);
    evx_buf_clear(&args);
    evx_buf_printf(&args, "rm -f '%s/XAPIANDB' && rmdir '%s'", dir, dir);
    cr_expect_eq(run(evx_buf_str(&args), NULL, NULL), 0);
    evx_buf_free(&args);
}

Test(cli, help_version_and_format_version)
{
    char *out;

    cr_expect_eq(evidex("--help", &out, NULL), 0);
    cr_expect(strstr(out, "Query language:"));
    cr_expect(strstr(out, "speaker:NAME"));
    cr_expect(strstr(out, "--vimgrep"));
    free(out);
    cr_expect_eq(evidex("--format-version", &out, NULL), 0);
    cr_expect_str_eq(out, "1\n");
    free(out);
    cr_expect_eq(evidex("--version", &out, NULL), 0);
    cr_expect_eq(strncmp(out, "evidex ", 7), 0);
    free(out);
}

/* ---- search ----------------------------------------------------------- */

Test(cli, search_shows_total_and_limit)
{
    char *out;

    cr_expect_eq(evidex("--color=never -n 3 '\"speed of trust\"'", &out, NULL),
                 0);
    cr_expect(strncmp(out, "3 of ", 5) == 0, "%s", out);
    cr_expect(strstr(out, "1. "));
    cr_expect(strstr(out, "3. "));
    cr_expect_null(strstr(out, "\n4. "));
    cr_expect(strstr(out, "Rob Webster"), "%s", out);
    free(out);
    cr_expect_eq(evidex("--color=never search --offset 2 -n 2 '\"speed of trust\"'",
                        &out, NULL),
                 0);
    cr_expect(strstr(out, "3\xE2\x80\x93" "4 of "), "%s", out);
    free(out);
}

Test(cli, colour_only_when_asked)
{
    char *out;

    cr_expect_eq(evidex("--color=always trust", &out, NULL), 0);
    /* The matched word is highlighted, whatever its case in the text. */
    const char *mark = strstr(out, "\033[1;31m");
    cr_assert_not_null(mark, "%s", out);
    cr_expect(strncasecmp(mark + 7, "trust", 5) == 0, "%s", out);
    free(out);
    cr_expect_eq(evidex("--color=never trust", &out, NULL), 0);
    cr_expect_null(strchr(out, '\033'));
    free(out);
    /* auto: stdout is a file here, so no colour */
    cr_expect_eq(evidex("trust", &out, NULL), 0);
    cr_expect_null(strchr(out, '\033'));
    free(out);
}

/* `evidex -n 1 trust` on a terminal (script(1) gives one), with the
 * environment assignments env; its output, malloc'd. */
static char *on_terminal(const char *env)
{
    evx_buf cmd = EVX_BUF_INIT;
    char *out;

    evx_buf_printf(&cmd,
                   "TERM=xterm %s script -qec \"'%s/evidex' -n 1 trust\" "
                   "/dev/null",
                   env, bin_dir());
    cr_expect_eq(run(evx_buf_str(&cmd), &out, NULL), 0);
    cr_expect(strstr(out, "1 of "), "%s", out);
    evx_buf_free(&cmd);
    return out;
}

/* On a terminal auto means colour, unless NO_COLOR is set and not empty. */
Test(cli, auto_colour_on_a_terminal_honours_no_color)
{
    char *out = on_terminal("");

    cr_expect(strstr(out, "\033["), "%s", out);
    free(out);
    out = on_terminal("NO_COLOR=1");
    cr_expect_null(strchr(out, '\033'), "%s", out);
    free(out);
    out = on_terminal("NO_COLOR=");
    cr_expect(strstr(out, "\033["), "empty NO_COLOR: %s", out);
    free(out);
}

Test(cli, did_you_mean)
{
    char *err;

    cr_expect_eq(evidex("intergation", NULL, &err), 1);
    cr_expect(strstr(err, "Did you mean: integration"), "%s", err);
    free(err);
}

Test(cli, json_lines_parse_with_jq_and_carry_every_field)
{
    char *out;
    evx_buf cmd = EVX_BUF_INIT;
    static const char *const json_fields[] = {CLI_JSON_FIELDS};
    size_t i;

    cr_expect_eq(evidex("--json -n 10 integration", &out, NULL), 0);
    cr_expect_eq(check_json_lines(out), 10);
    free(out);
    evx_buf_printf(&cmd, "'%s/evidex' --json -n 10 integration | jq -e -s "
                         "'length == 10 and all(.[]; type == \"object\"",
                   bin_dir());
    for (i = 0; i < sizeof json_fields / sizeof json_fields[0]; i++)
        evx_buf_printf(&cmd, " and has(\"%s\")", json_fields[i]);
    evx_buf_puts(&cmd, ")'");
    cr_expect_eq(run(evx_buf_str(&cmd), &out, NULL), 0, "jq: %s", out);
    cr_expect_str_eq(out, "true\n");
    free(out);
    evx_buf_free(&cmd);
}

Test(cli, json_quotation_paragraph_footnote)
{
    char *out;
    evx_json *root = NULL;
    const evx_json *sp;

    cr_expect_eq(evidex("--json show HC650/p239/q1", &out, NULL), 0);
    cr_expect_eq(check_json_lines(out), 1);
    cr_assert_eq(evx_json_parse(&root, out, strlen(out), NULL), EVX_OK);
    sp = evx_json_get(root, "speaker");
    cr_expect_str_eq(evx_json_get_str(sp, "name"), "Ian Dalton");
    cr_expect_str_eq(evx_json_get_str(sp, "ref"), "Q361");
    cr_expect_str_eq(evx_json_get_str(sp, "date"), "20 March 2018");
    cr_expect_eq(evx_json_get_num(root, "para", 0), 239);
    evx_json_free(root);
    free(out);

    cr_expect_eq(evidex("--json show HC650/p90", &out, NULL), 0);
    cr_assert_eq(evx_json_parse(&root, out, strlen(out), NULL), EVX_OK);
    cr_expect_eq(evx_json_typeof(evx_json_get(root, "speaker")), EVX_JSON_NULL);
    /* its own notes 73 and 74, and 75, which its block quotation cites */
    cr_expect_eq(evx_json_len(evx_json_get(root, "footnotes")), 3);
    cr_expect_str_eq(evx_json_get_str(evx_json_at(evx_json_get(root, "footnotes"), 1),
                                      "text"),
                     "Note on SY&B visit");
    cr_expect_eq(evx_json_get_num(evx_json_at(evx_json_get(root, "footnotes"), 2),
                                  "number", 0),
                 75);
    cr_expect_eq(evx_json_len(evx_json_get(root, "quotations")), 2);
    evx_json_free(root);
    free(out);

    cr_expect_eq(evidex("--json -n 3 'type:footnote Q361'", &out, NULL), 0);
    cr_expect_geq(check_json_lines(out), 1);
    cr_expect(strstr(out, "\"type\":\"footnote\""), "%s", out);
    free(out);
}

/* Witness panels and evidence lists are furniture: topic words never rank
 * them, their type and their refs still find them. */
Test(cli, furniture_only_for_names_refs_and_types)
{
    char *out = NULL;

    cr_expect_eq(evidex("--json -n 1000 'integrated care plastic'", &out, NULL), 0);
    cr_expect_geq(check_json_lines(out), 1);
    cr_expect_null(strstr(out, "\"type\":\"witness\""), "%s", out);
    cr_expect_null(strstr(out, "\"type\":\"evidence\""), "%s", out);
    free(out);
    cr_expect_eq(evidex("--json -n 3 'type:witness'", &out, NULL), 0);
    cr_expect_geq(check_json_lines(out), 1);
    cr_expect(strstr(out, "\"type\":\"witness\""), "%s", out);
    free(out);
}

/* A word asked with a type: field for furniture finds the footnotes,
 * panels or entries that hold it, which have no stems: "type:footnote
 * DEFRA" had found nothing where the phrase "DEFRA" found 18. */
Test(cli, a_word_finds_the_furniture_its_type_field_asks_for)
{
    char *out = NULL;

    cr_expect_eq(evidex("--json -n 100 'type:footnote DEFRA'", &out, NULL), 0);
    cr_expect_geq(check_json_lines(out), 5, "%s", out);
    cr_expect_null(strstr(out, "\"type\":\"paragraph\""), "%s", out);
    free(out);
    cr_expect_eq(evidex("--json -n 100 'type:evidence Healthwatch'", &out, NULL), 0);
    cr_expect_geq(check_json_lines(out), 1, "%s", out);
    free(out);
}

/* "+word" asks that a word be there, as the word alone would find it:
 * with a type: field for furniture it had found nothing at all. */
Test(cli, a_required_word_finds_what_the_word_finds)
{
    char *out = NULL, *plus = NULL;

    cr_expect_eq(evidex("-c 'type:footnote DEFRA'", &out, NULL), 0);
    cr_expect_eq(evidex("-c 'type:footnote +DEFRA'", &plus, NULL), 0);
    cr_expect_gt(atoi(out), 0, "%s", out);
    cr_expect_str_eq(plus, out);
    free(out);
    free(plus);
    cr_expect_eq(evidex("-c 'type:evidence +Healthwatch'", &out, NULL), 0);
    cr_expect_gt(atoi(out), 0, "%s", out);
    free(out);
}

/* The footnotes that hold the words asked with type:footnote rank first,
 * by score: at no weight they had come in the index's order, the only
 * footnotes naming the Health Service Journal at ranks 11 and 12. */
Test(cli, furniture_asked_for_by_type_ranks_by_its_words)
{
    char *out = NULL;

    cr_expect_eq(evidex("--json -n 10 'type:footnote Health Service Journal'", &out, NULL), 0);
    cr_expect_eq(check_json_lines(out), 10, "%s", out);
    const char *line_end = strchr(out, '\n');
    cr_assert_not_null(line_end, "%s", out);
    char *first = evx_strndup(out, (size_t)(line_end - out));
    cr_expect_not_null(strstr(first, "Health Service Journal"), "first hit: %s", first);
    free(first);
    double last = 1e9;
    for (const char *s = strstr(out, "\"score\":"); s; s = strstr(s + 1, "\"score\":")) {
        double v = strtod(s + 8, NULL);
        cr_expect_leq(v, last, "scores out of order: %s", out);
        last = v;
    }
    cr_expect_gt(last, 0.0, "a hit holding none of the words: %s", out);
    free(out);
}

/* ---- --vimgrep and --cite --------------------------------------------- */

/* The corpus line `lnum` of file (relative to the source folder). */
static char *corpus_line(const char *file, long lnum)
{
    char path[1024], line[8192];
    FILE *f;
    long n = 0;

    snprintf(path, sizeof path, "%s/%s", src_dir(), file);
    f = fopen(path, "r");
    cr_assert_not_null(f, "%s", path);
    while (fgets(line, sizeof line, f))
        if (++n == lnum)
            break;
    fclose(f);
    cr_assert_eq(n, lnum, "%s has no line %ld", file, lnum);
    return evx_strdup(line);
}

/* Does "file:line:col" point at a word starting with want (any case)?
 * The column must be on the line in any case. */
static int lands_on(const char *file, long lnum, long col, const char *want)
{
    char *line = corpus_line(file, lnum);
    int ok;

    cr_assert_leq((size_t)col, strlen(line), "%s:%ld:%ld", file, lnum, col);
    ok = strncasecmp(line + col - 1, want, strlen(want)) == 0;
    free(line);
    return ok;
}

Test(cli, vimgrep_lines_point_at_the_hits)
{
    char *out, *p;
    size_t n = 0, checked = 0;

    cr_expect_eq(evidex("--vimgrep -n 8 workforce", &out, NULL), 0);
    for (p = out; *p; n++) {
        char *nl = strchr(p, '\n'), file[256];
        long lnum = 0, col = 0;
        int used = 0;
        cr_assert_not_null(nl);
        *nl = '\0';
        cr_assert_eq(sscanf(p, "%255[^:]:%ld:%ld:%n", file, &lnum, &col, &used),
                     3, "%s", p);
        cr_expect_eq(strncmp(file, "corpus/", 7), 0, "%s", file);
        checked += (size_t)lands_on(file, lnum, col, "workforce");
        p = nl + 1;
    }
    cr_expect_eq(n, 8);
    /* a hit whose text lacks the word (a heading matched) starts the unit */
    cr_expect_geq(checked, 3, "only %zu jumps land on the word", checked);
    free(out);
}

/* A compound typed with or without its hyphen lands on it in every hit,
 * printed "frontline", "front-line" or "front-" / "line" over a line
 * break (9 of 11 `front-line` hits had started their unit). */
Test(cli, vimgrep_lands_on_a_compound_in_any_form)
{
    static const char *const queries[] = {"--vimgrep -n 50 front-line",
                                          "--vimgrep -n 50 frontline"};
    for (size_t q = 0; q < 2; q++) {
        char *out, *p;
        size_t n = 0, landed = 0;
        cr_expect_eq(evidex(queries[q], &out, NULL), 0);
        for (p = out; *p; n++) {
            char *nl = strchr(p, '\n'), file[256];
            long lnum = 0, col = 0;
            cr_assert_not_null(nl);
            *nl = '\0';
            cr_assert_eq(sscanf(p, "%255[^:]:%ld:%ld:", file, &lnum, &col), 3, "%s", p);
            int ok = lands_on(file, lnum, col, "front");
            cr_expect(ok, "%s: %s lands elsewhere", queries[q], p);
            landed += (size_t)ok;
            p = nl + 1;
        }
        cr_expect_geq(n, 5, "%s: %zu hits", queries[q], n);
        free(out);
    }
}

Test(cli, vim_quickfix_loads_vimgrep_output)
{
    char dir[] = "/tmp/evx-cli-vim-XXXXXX", script[128], result[128];
    char *out, *vg, *res, *p, *q;
    evx_buf cmd = EVX_BUF_INIT, vim = EVX_BUF_INIT;
    FILE *f;
    size_t n = 0;

    cr_assert_not_null(mkdtemp(dir));
    snprintf(script, sizeof script, "%s/qf.vim", dir);
    snprintf(result, sizeof result, "%s/qf.txt", dir);
    f = fopen(script, "w");
    cr_assert_not_null(f);
    fprintf(f,
            "set errorformat=%%f:%%l:%%c:%%m\n"
            "cexpr system(\"'%s/evidex' --vimgrep -n 6 '\\\"speed of trust\\\"'\")\n"
            "call writefile(map(getqflist(), {_, v -> bufname(v.bufnr) . ':' . "
            "v.lnum . ':' . v.col . ':' . v.valid}), '%s')\n"
            "qa!\n",
            bin_dir(), result);
    fclose(f);
    evx_buf_printf(&vim, "vim -es -N -u NONE -i NONE -S '%s' </dev/null",
                   script);
    run(evx_buf_str(&vim), NULL, NULL);
    res = tu_slurp(result, NULL, 0);
    cr_expect_eq(evidex("--vimgrep -n 6 '\"speed of trust\"'", &vg, NULL), 0);
    cr_assert_neq(res[0], '\0', "Vim wrote no quickfix list");
    /* each quickfix entry is the file:line:col of the matching vimgrep line */
    for (p = res, q = vg; *p && *q; n++) {
        char *pn = strchr(p, '\n'), *qn = strchr(q, '\n'), file[256];
        long lnum, col;
        cr_assert(pn && qn);
        *pn = *qn = '\0';
        cr_expect_eq(strncmp(q, p, strlen(p) - 2), 0, "vim %s vs %s", p, q);
        cr_expect_eq(strcmp(pn - 2, ":1"), 0, "entry not valid: %s", p);
        cr_assert_eq(sscanf(q, "%255[^:]:%ld:%ld:", file, &lnum, &col), 3);
        cr_expect(lands_on(file, lnum, col, "speed"), "%s", q);
        p = pn + 1;
        q = qn + 1;
    }
    cr_expect_geq(n, 4, "quickfix entries: %zu", n);
    cr_expect_eq(*p, *q);
    free(res);
    free(vg);
    (void)out;
    remove(script);
    remove(result);
    rmdir(dir);
    evx_buf_free(&cmd);
    evx_buf_free(&vim);
}

Test(cli, cite_quotation_paragraph_footnote)
{
    char *out;

    cr_expect_eq(evidex("--cite show HC650/p239/q1", &out, NULL), 0);
    cr_expect_eq(strncmp(out, "> ", 2), 0, "%s", out);
    cr_expect(strstr(out, "consistent and clear messages"), "%s", out);
    cr_expect(strstr(out, "\n\xE2\x80\x94 Ian Dalton, Chief Executive, NHS "
                          "Improvement, oral evidence, 20 March 2018, Q361\n"),
              "%s", out);
    /* the quotation is printed on page 67, after the page break that
     * follows its lead-in on page 66 (the dump's line 2846) */
    cr_expect(strstr(out, "\nHealth and Social Care Committee, *Integrated care: "
                          "organisations, partnerships and systems*, Seventh "
                          "Report of Session 2017\xE2\x80\x93" "19, HC 650, "
                          "11 June 2018, para 239, p. 67\n"),
              "%s", out);
    free(out);
    cr_expect_eq(evidex("--cite show HC650/p239", &out, NULL), 0);
    cr_expect(strstr(out, "para 239, p. 66\n"), "%s", out);
    free(out);

    cr_expect_eq(evidex("--cite show HC650/p90", &out, NULL), 0);
    cr_expect(strstr(out, "> The strength of local relationships"), "%s", out);
    cr_expect_null(strstr(out, "\xE2\x80\x94 "));
    cr_expect(strstr(out, "HC 650, 11 June 2018, para 90, p. "), "%s", out);
    free(out);

    cr_expect_eq(evidex("--cite show HC650/fn74", &out, NULL), 0);
    cr_expect(strstr(out, "> Note on SY&B visit\n"), "%s", out);
    cr_expect(strstr(out, "HC 650, 11 June 2018, footnote 74, p. "), "%s", out);
    free(out);
}

/* A quotation whose speaker the report does not name still cites the
 * evidence its footnote gives: pasted with nothing under it, the words had
 * read as the committee's own. */
Test(cli, cite_of_a_speaker_not_named_gives_the_evidence)
{
    char *out;

    cr_expect_eq(evidex("--cite show HC650/p4/q1", &out, NULL), 0);
    cr_expect(strstr(out, "\n\xE2\x80\x94 speaker not identified (Q151, 27 February "
                          "2018)\n"),
              "%s", out);
    free(out);
    cr_expect_eq(evidex("show HC650/p4/q1", &out, NULL), 0);
    cr_expect(strstr(out, "speaker not identified (Q151, 27 February 2018)"), "%s", out);
    free(out);
}

/* show prints a paragraph with its block quotations in place, and lists
 * the footnotes they cite with its own: note 46, after the block
 * quotation of paragraph 61, had been missing from the list. */
Test(cli, show_lists_the_notes_of_its_block_quotations)
{
    char *out;

    cr_expect_eq(evidex("show HC650/p61", &out, NULL), 0);
    cr_expect(strstr(out, "\n  [44] "), "%s", out);
    cr_expect(strstr(out, "\n  [46] NHS England STP0107"), "%s", out);
    free(out);
    cr_expect_eq(evidex("--json show HC650/p61", &out, NULL), 0);
    cr_expect(strstr(out, "{\"number\":46,"), "%s", out);
    free(out);
}

Test(cli, vimgrep_quotation_paragraph_footnote)
{
    const char *ids[] = {"HC650/p239/q1", "HC650/p90", "HC650/fn74"};
    size_t i;

    for (i = 0; i < 3; i++) {
        char *out, file[256], args[64];
        long lnum, col;
        int used = 0;
        snprintf(args, sizeof args, "--vimgrep show %s", ids[i]);
        cr_expect_eq(evidex(args, &out, NULL), 0);
        cr_expect_eq(count_lines(out), 1, "%s", out);
        cr_assert_eq(sscanf(out, "%255[^:]:%ld:%ld:%n", file, &lnum, &col, &used),
                     3, "%s", out);
        /* nothing matched: the jump is the unit's start, its first word */
        {
            char word[64] = "";
            sscanf(out + used, "%63[^ ]", word);
            char *line = corpus_line(file, lnum);
            cr_expect(strstr(line + col - 1, word), "%s", out);
            free(line);
        }
        free(out);
    }
}

Test(cli, options_parse_as_grep)
{
    char *out, *err, *json;

    cr_expect_eq(evidex("--color=never -n2 workforce", &out, NULL), 0);
    cr_expect_eq(strncmp(out, "2 of ", 5), 0, "%s", out);
    free(out);
    cr_expect_eq(evidex("--limit=3 -l workforce", &out, NULL), 0);
    cr_expect_eq(count_lines(out), 3, "%s", out);
    free(out);
    cr_expect_eq(evidex("-ln2 workforce", &out, NULL), 0);
    cr_expect_eq(count_lines(out), 2, "%s", out);
    free(out);
    /* -c is the exact count, in JSON too */
    cr_expect_eq(evidex("-c workforce", &out, NULL), 0);
    cr_expect_eq(evidex("-c --json workforce", &json, NULL), 0);
    cr_expect_gt(atoi(out), 10, "%s", out);
    {
        char want[64];
        snprintf(want, sizeof want, "\"count\":%d}", atoi(out));
        cr_expect(strstr(json, want), "%s", json);
    }
    free(out);
    free(json);
    /* grep options that mean nothing here are errors, with the hint */
    const char *bad[] = {"-i workforce", "-m 3 workforce", "-w workforce",
                         "--json --vimgrep workforce", "--cite -l workforce",
                         "--format-version=2 workforce", "--sort=date workforce",
                         "workforce -x"};
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cr_expect_eq(evidex(bad[i], &out, &err), 2, "%s", bad[i]);
        cr_expect_eq(count_lines(err), 1, "%s: %s", bad[i], err);
        cr_expect_eq(out[0], '\0', "%s", bad[i]);
        free(out);
        free(err);
    }
    evidex("-i workforce", NULL, &err);
    cr_expect(strstr(err, "'--'"), "%s", err);
    free(err);
    /* after -- a word may start with '-' (an exclusion) */
    cr_expect_neq(evidex("-l -- workforce -training", NULL, NULL), 2);
    cr_expect_eq(evidex("--format-version=1 -l workforce", NULL, NULL), 0);
    cr_expect_eq(evidex("--sort=document -l workforce", NULL, NULL), 0);
}

Test(cli, filters_hold_in_every_command)
{
    const char *cmds[] = {"'report:HC999 workforce'",
                          "who 'report:HC999 speed of trust'",
                          "check 'report:HC999 change happens at the speed of "
                          "trust'",
                          "speakers 'report:HC999'"};
    size_t i;

    for (i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        char *out, args[256];
        snprintf(args, sizeof args, "--json %s", cmds[i]);
        cr_expect_eq(evidex(args, &out, NULL), 1, "%s", cmds[i]);
        cr_expect_eq(out[0], '\0', "%s: %s", cmds[i], out);
        free(out);
    }
    /* every line, exact or not, obeys the field */
    {
        const char *args[] = {"--json who 'speaker:\"Ian Dalton\" speed of trust'",
                              "--json check 'type:footnote change happens at the "
                              "speed of trust'"};
        const char *want[] = {"\"name\":\"Ian Dalton\"", "\"type\":\"footnote\""};
        for (i = 0; i < 2; i++) {
            char *out, *p, *nl;
            size_t n = 0;
            evidex(args[i], &out, NULL);
            for (p = out; (nl = strchr(p, '\n')); p = nl + 1, n++) {
                *nl = '\0';
                cr_expect(strstr(p, want[i]), "%s: %s", args[i], p);
            }
            cr_expect_gt(n, 0, "%s", args[i]);
            free(out);
        }
    }
    {
        char *out;
        cr_expect_eq(evidex("--color=never speakers speaker:ham", &out, NULL), 0);
        cr_expect(strstr(out, "Chris Ham"), "%s", out);
        cr_expect_eq(count_lines(out), 2, "%s", out);
        free(out);
        cr_expect_eq(evidex("-l who 'report:HC650 speed of trust'", &out, NULL),
                     0);
        free(out);
    }
}

Test(cli, json_sources_are_absolute_and_jump_to_the_word)
{
    char *out;
    const char *f, *m;

    cr_expect_eq(evidex("--json -n 1 '\"speed of trust\"'", &out, NULL), 0);
    f = strstr(out, "\"file\":\"");
    cr_assert_not_null(f, "%s", out);
    cr_expect_eq(f[8], '/', "%s", f);
    cr_expect(strstr(out, "\"rendering\":"), "%s", out);
    m = strstr(out, "\"match_line\":");
    cr_assert_not_null(m, "%s", out);
    {
        char file[512] = "";
        long line = 0, col = 0;
        sscanf(f + 8, "%511[^\"]", file);
        sscanf(strstr(out, "\"match_line\":") + 13, "%ld", &line);
        sscanf(strstr(out, "\"match_col\":") + 12, "%ld", &col);
        cr_assert_gt(line, 0);
        FILE *fp = fopen(file, "r");
        char buf[8192];
        long n = 0;
        cr_assert_not_null(fp, "%s", file);
        while (fgets(buf, sizeof buf, fp) && ++n < line)
            ;
        fclose(fp);
        cr_expect_eq(strncasecmp(buf + col - 1, "speed", 5), 0, "%s", buf);
    }
    free(out);
}

Test(cli, a_plain_name_query_finds_the_unstemmed_name)
{
    char *out;

    /* a plain name query still finds the person's quotations */
    cr_expect_eq(evidex("--json -n 3 'Ian Dalton'", &out, NULL), 0);
    cr_expect(strstr(out, "\"name\":\"Ian Dalton\""), "%s", out);
    free(out);
}

/* Every command refuses words that are not UTF-8, as a search does: `who`
 * and `check` had answered with fuzzy hits, `show` had echoed the byte. */
Test(cli, every_command_refuses_invalid_utf8)
{
    const char *cmds[] = {"who", "check", "show", "similar", "speakers", ""};
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        char *out, *err, args[64];
        snprintf(args, sizeof args, "%s \"$(printf 'fund\\377ing')\"", cmds[i]);
        cr_expect_eq(evidex(args, &out, &err), 2, "%s", args);
        cr_expect_eq(count_lines(err), 1, "%s: %s", args, err);
        cr_expect(strstr(err, "invalid UTF-8"), "%s: %s", args, err);
        cr_expect_null(strchr(err, '\377'), "%s echoes the byte", args);
        cr_expect_eq(out[0], '\0');
        free(out);
        free(err);
    }
}

/* A footnote in a chapter carries the chapter's title as its number: the
 * text output shows "ch. 4 Title ›", never "ch. 4 ›" (348 of the bundled
 * footnotes had a chapter and no title). */
Test(cli, footnotes_carry_their_chapters_title)
{
    char *out;
    cr_assert_eq(evidex("--json -n 1000 type:footnote", &out, NULL), 0);
    size_t with = 0, titled = 0;
    for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n")) {
        evx_json *j = NULL;
        if (evx_json_parse(&j, line, strlen(line), NULL) != EVX_OK)
            continue;
        if (evx_json_get_num(j, "chapter", 0) > 0) {
            with++;
            const char *t = evx_json_get_str(j, "chapter_title");
            titled += t && *t;
            cr_expect(t && *t, "%s: chapter %g, no title",
                      evx_json_get_str(j, "id"), evx_json_get_num(j, "chapter", 0));
        }
        evx_json_free(j);
    }
    cr_expect_gt(with, 100, "%zu footnotes in a chapter", with);
    cr_expect_eq(titled, with);
    free(out);
}

/* A unit in both renderings (chapter 9 of HC 650): each source's
 * match_line and match_col are where the word is in that rendering's
 * file, the web edition's too (it had been the unit's start). */
Test(cli, json_matches_in_every_rendering)
{
    char *out;
    size_t both = 0;

    cr_expect_eq(evidex("--json -n 10 chapter:9 regulators", &out, NULL), 0);
    for (char *p = out; p && *p;) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        const char *html = strstr(p, "\"rendering\":\"html-text\"");
        if (html) {
            const char *f = html;
            while (f > p && strncmp(f, "\"file\":\"", 8) != 0)
                f--;
            char file[512] = "";
            long line = 0, col = 0;
            cr_assert_eq(sscanf(f + 8, "%511[^\"]", file), 1);
            cr_assert_eq(sscanf(strstr(html, "\"match_line\":"),
                                "\"match_line\":%ld,\"match_col\":%ld", &line, &col),
                         2, "%s", html);
            const char *rel = strstr(file, "corpus/");
            cr_assert_not_null(rel, "%s", file);
            /* col 1, the unit's start: the web edition lacks the word */
            if (col > 1) {
                cr_expect(lands_on(rel, line, col, "regulat"), "%s:%ld:%ld",
                          file, line, col);
                both++;
            }
        }
        p = nl ? nl + 1 : NULL;
    }
    cr_expect_geq(both, 3, "%zu hits in both renderings", both);
    free(out);
}
