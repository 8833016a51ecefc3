/*
 * test_cli_answers.c - `who`, `speakers`, `show`, `similar` and `check`
 * end to end through the built binaries over an index of the bundled
 * corpus: who said what, and answers an editor can paste without checking
 * (a near match is never cited).  test_cli.c covers the options and
 * output formats, test_cli_query.c what a query means.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cliutil.h"
#include "json.h"

TestSuite(cli, .init = need_index);

/* ---- who, speakers, show, similar ------------------------------------- */

Test(cli, who_said_it)
{
    char *out;

    cr_expect_eq(evidex("--color=never who consistent and clear messages", &out,
                        NULL),
                 0);
    cr_expect_eq(strncmp(out, "1. HC650/p239/q1", 16), 0, "%s", out);
    cr_expect(strstr(out, "Ian Dalton, Chief Executive, NHS Improvement (oral "
                          "evidence, 20 March 2018, Q361)"),
              "%s", out);
    free(out);
    cr_expect_eq(evidex("who xyzzyplugh", NULL, NULL), 1);
}

Test(cli, who_never_puts_unquoted_words_in_someones_mouth)
{
    char *out, *err;

    /* Exact quotation first, marked so. */
    cr_expect_eq(evidex("--json -n 1 who consistent and clear messages", &out,
                        NULL), 0);
    cr_expect(strstr(out, "\"match\":\"exact\""), "%s", out);
    free(out);
    /* The committee's own words (¶3): that paragraph comes first, with no
     * speaker, not someone else's quotation. */
    cr_expect_eq(evidex("--json -n 2 who The public are often unaware of the "
                        "divides", &out, NULL), 0);
    cr_expect_eq(strncmp(out, "{\"format_version\":1,\"rank\":1,", 29), 0);
    char *first_end = strchr(out, '\n');
    cr_assert_not_null(first_end);
    *first_end = '\0';
    cr_expect(strstr(out, "\"id\":\"HC650/p3\""), "%s", out);
    cr_expect(strstr(out, "\"speaker\":null"), "%s", out);
    cr_expect(strstr(out, "\"match\":\"unquoted\""), "%s", out);
    free(out);
    cr_expect_eq(evidex("--color=never who The public are often unaware of "
                        "the divides", &out, &err), 0);
    cr_expect(strstr(err, "no quotation holds these words"), "%s", err);
    free(out);
    free(err);
}

Test(cli, speakers_listed_and_ranked)
{
    char *out;

    cr_expect_eq(evidex("--color=never speakers", &out, NULL), 0);
    cr_expect(strstr(out, "Simon Stevens, Chief Executive"), "%s", out);
    cr_expect(strstr(out, "Ian Dalton"), "%s", out);
    free(out);
    cr_expect_eq(evidex("--json speakers -n 3 integration", &out, NULL), 0);
    cr_expect_eq(count_lines(out), 3);
    cr_expect(strstr(out, "\"score\":"), "%s", out);
    free(out);
}

Test(cli, show_unit_with_footnotes_and_quotations)
{
    char *out, *err;

    cr_expect_eq(evidex("--color=never show HC650/p90", &out, NULL), 0);
    cr_expect(strstr(out, "speed of trust"), "%s", out);
    cr_expect(strstr(out, "[74] Note on SY&B visit"), "%s", out);
    cr_expect(strstr(out, "HC650/p90/q1  Rob Webster"), "%s", out);
    cr_expect(strstr(out, "corpus/000_d8babf2c1c9efa17.txt:1379:"), "%s", out);
    free(out);
    cr_expect_eq(evidex("show HC650/p99999", &out, &err), 1);
    cr_expect_eq(count_lines(err), 1);
    cr_expect_eq(out[0], '\0');
    free(out);
    free(err);
}

Test(cli, similar_excludes_itself)
{
    char *out;

    cr_expect_eq(evidex("--json -n 5 similar HC650/p90", &out, NULL), 0);
    cr_expect_eq(check_json_lines(out), 5);
    cr_expect_null(strstr(out, "\"id\":\"HC650/p90\""));
    cr_expect_null(strstr(out, "\"id\":\"HC650/p90/q1\""));
    free(out);
}

/* ---- check ------------------------------------------------------------ */

Test(cli, check_exact_with_near_match)
{
    char *out;

    cr_expect_eq(evidex("--color=never check 'change happens at the speed of trust'",
                        &out, NULL),
                 0);
    cr_expect_eq(strncmp(out, "Exact match", 11), 0, "%s", out);
    cr_expect(strstr(out, "\xC2\xB6" "90"), "%s", out);
    cr_expect(strstr(out, "Rob Webster"), "%s", out);
    cr_expect(strstr(out, "Near match"), "%s", out);
    cr_expect(strstr(out, "change [-happens-]{+proceeds+} at the speed of trust"),
              "%s", out);
    free(out);
}

Test(cli, check_json_diff)
{
    char *out;

    cr_expect_eq(evidex("--json check 'change happens at the speed of trust'",
                        &out, NULL),
                 0);
    cr_expect_geq(check_json_lines(out), 2);
    cr_expect(strstr(out, "\"match\":\"exact\""), "%s", out);
    cr_expect(strstr(out, "\"para\":90"), "%s", out);
    cr_expect(strstr(out, "\"match\":\"near\""), "%s", out);
    cr_expect(strstr(out, "{\"op\":\"removed\",\"text\":\"happens\"},"
                          "{\"op\":\"added\",\"text\":\"proceeds\"}"),
              "%s", out);
    free(out);
}

Test(cli, check_quote_in_neither)
{
    char *out;

    cr_expect_eq(evidex("--color=never check 'change happens at the pace of trust'",
                        &out, NULL),
                 1);
    cr_expect_null(strstr(out, "Exact match"));
    cr_expect(strstr(out, "change happens at the [-pace-]{+speed+} of trust"),
              "%s", out);
    free(out);
}

/* ---- answers an editor can paste without checking ---------------------- */

static const char no_such_quote[] =
    "'hospitals are the safe place people go in an emergency'";

Test(cli, non_exact_who_is_never_cited)
{
    char *out, *err;
    evx_buf a = EVX_BUF_INIT;

    evx_buf_printf(&a, "--cite -n 1 who %s", no_such_quote);
    cr_expect_eq(evidex(evx_buf_str(&a), &out, &err), 1);
    cr_expect_eq(out[0], '\0', "%s", out);
    cr_expect_eq(count_lines(err), 1, "%s", err);
    cr_expect_eq(strncmp(err, "evidex: ", 8), 0, "%s", err);
    free(out);
    free(err);
    evx_buf_clear(&a);
    /* vimgrep marks every ranked line; text says so in its heading */
    evx_buf_printf(&a, "--vimgrep who %s", no_such_quote);
    evidex(evx_buf_str(&a), &out, NULL);
    cr_expect(strstr(out, ":[ranked] "), "%s", out);
    cr_expect_null(strstr(out, ":1:1:the"), "%s", out);
    free(out);
    evx_buf_clear(&a);
    evx_buf_printf(&a, "--color=never who %s", no_such_quote);
    evidex(evx_buf_str(&a), &out, NULL);
    cr_expect(strstr(out, "not an exact match"), "%s", out);
    free(out);
    evx_buf_free(&a);
    /* an exact one is cited */
    cr_expect_eq(evidex("--cite who consistent and clear messages", &out, NULL),
                 0);
    cr_expect(strstr(out, "Ian Dalton"), "%s", out);
    free(out);
}

Test(cli, non_exact_check_is_never_cited)
{
    char *out, *err;

    cr_expect_eq(evidex("--cite check 'change proceeds at the speed of "
                        "distrust'", &out, &err), 1);
    cr_expect_eq(out[0], '\0', "%s", out);
    cr_expect(strstr(err, "not cited"), "%s", err);
    free(out);
    free(err);
    cr_expect_eq(evidex("--vimgrep check 'change proceeds at the speed of "
                        "distrust'", &out, NULL), 1);
    cr_expect(strstr(out, ":[near] "), "%s", out);
    free(out);
}

/* A user's ellipsis stands for words left out, as the report's "[…]"
 * does: the parts around it, in order, in one unit, are an exact match
 * (it had been a near one, and so never cited); parts of one word each
 * are no quotation. */
Test(cli, check_reads_a_users_ellipsis_as_an_omission)
{
    char *out, *err;
    const char *elided[] = {
        "check 'The labelling of \xe2\x80\xa6 does not really apply to [Unilever].'",
        "check 'The labelling of ... does not really apply to [Unilever].'"};
    for (size_t i = 0; i < 2; i++) {
        cr_expect_eq(evidex(elided[i], &out, &err), 0, "%s: %s", elided[i], out);
        cr_expect(strstr(out, "Exact match"), "%s: %s", elided[i], out);
        free(out);
        free(err);
    }
    cr_expect_eq(evidex("check 'does not really apply ... The labelling of'",
                        &out, &err), 1, "out of order: %s", out);
    free(out);
    free(err);
    cr_expect_eq(evidex("check 'labelling \xe2\x80\xa6 Unilever'", &out, &err), 1,
                 "one-word parts: %s", out);
    free(out);
    free(err);
}


/* A passage both a paragraph and the recommendation restating it print:
 * `check` cites the paragraph, the report's numbered place, as a search
 * shows the pair (it had cited only "conclusions and recommendations,
 * para 12"); and -n N shows the first N passages. */
Test(cli, check_cites_the_paragraph_a_recommendation_restates)
{
    char *out;

    cr_expect_eq(evidex("check --cite \"NHS England and NHS Improvement should "
                        "systematically capture and share learning\"", &out, NULL), 0);
    cr_expect(strstr(out, "para 106, p. 33") != NULL, "%s", out);
    cr_expect(strstr(out, "conclusions and recommendations") == NULL, "%s", out);
    free(out);
    cr_expect_eq(evidex("check --json -n 1 \"consistent and clear messages\"", &out,
                        NULL), 0);
    cr_expect_eq(count_lines(out), 1, "%s", out);
    free(out);
}
