/*
 * test_check.c - exact quotation matching and word-level diffs
 * (query/check.h).
 */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "check.h"
#include "tok.h"

static evx_tok *tok;

static void setup(void)
{
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
}

static void teardown(void)
{
    evx_tok_free(tok);
}

TestSuite(check, .init = setup, .fini = teardown);

static int contains(const char *quote, const char *text)
{
    int yes = -1;

    cr_assert_eq(evx_check_contains(&yes, quote, strlen(quote), text,
                                    strlen(text)),
                 EVX_OK);
    return yes;
}

/* The marked diff of quote against text, as a malloc'd string. */
static char *marked(const char *quote, const char *text, int color,
                    evx_diff *keep)
{
    evx_diff d = EVX_DIFF_INIT;
    evx_buf b = EVX_BUF_INIT;

    cr_assert_eq(evx_check_diff(&d, tok, quote, strlen(quote), text,
                                strlen(text)),
                 EVX_OK);
    evx_diff_format(&b, &d, quote, text, color);
    if (keep)
        *keep = d;
    else
        evx_diff_free(&d);
    return evx_buf_detach(&b);
}

static const char para90[] =
    "Rob Webster, STP lead in West Yorkshire, characterised the importance "
    "of relationships in saying that \xE2\x80\x9C" "change happens at the speed "
    "of trust.\xE2\x80\x9D" "74 This message was expressed by Simon Whitehouse.";

static const char para279[] =
    "As Rob Webster, Chair of the West Yorkshire STP, told us, "
    "\xE2\x80\x9C" "change proceeds at the speed of trust.\xE2\x80\x9D" "256";

Test(check, exact_ignores_case_quotes_and_spacing)
{
    cr_expect_eq(contains("change happens at the speed of trust", para90), 1);
    cr_expect_eq(contains("\"Change happens at the speed of trust.\"", para90), 1);
    cr_expect_eq(contains("  CHANGE  happens\nat the speed of trust ", para90), 1);
    cr_expect_eq(contains("\xE2\x80\x9C" "change happens at the speed of trust.\xE2\x80\x9D", para90), 1);
}

Test(check, different_words_are_not_exact)
{
    cr_expect_eq(contains("change happens at the speed of trust", para279), 0);
    cr_expect_eq(contains("change proceeds at the speed of trust", para279), 1);
    cr_expect_eq(contains("change happens at the pace of trust", para90), 0);
}

/* Only whole words match: a quotation cut inside a word at either end
 * ("hange happens", "the speed of tru", "as health" for "as healthcare")
 * is a near match, never exact, so never cited. */
Test(check, exact_only_at_word_edges)
{
    cr_expect_eq(contains("hange happens at the speed of trust", para90), 0);
    cr_expect_eq(contains("change happens at the speed of tru", para90), 0);
    cr_expect_eq(contains("at the speed of trust", para90), 1);
    cr_expect_eq(contains("is expressed as health.",
                          "which is expressed as healthcare.\xE2\x80\x9D" "51"),
                 0);
    cr_expect_eq(contains("change happens ... speed of tru", para90), 0);
    cr_expect_eq(contains("change happens ... speed of trust", para90), 1);
}

Test(check, nothing_to_match_is_never_exact)
{
    cr_expect_eq(contains("", para90), 0);
    cr_expect_eq(contains(" .,\"' ", para90), 0);
    cr_expect_eq(contains("trust", ""), 0);
}

Test(check, one_word_changed)
{
    evx_diff d;
    char *s = marked("change happens at the speed of trust", para279, 0, &d);

    cr_expect_str_eq(s, "change [-happens-]{+proceeds+} at the speed of trust");
    cr_expect_eq(d.n_equal, 6);
    cr_expect_eq(d.n_quote, 7);
    cr_expect_eq(evx_diff_changes(&d), 1);
    cr_expect_float_eq(evx_diff_similarity(&d), 6.0 / 7.0, 1e-9);
    cr_expect_eq(strncmp(para279 + d.text_start, "change proceeds", 15), 0);
    cr_expect_eq(strncmp(para279 + d.text_end - 5, "trust", 5), 0);
    free(s);
    evx_diff_free(&d);
}

Test(check, words_added_and_removed)
{
    char *s = marked("the speed of mutual trust", para279, 0, NULL);
    cr_expect_str_eq(s, "the speed of [-mutual-] trust");
    free(s);

    s = marked("change at the speed of trust", para279, 0, NULL);
    cr_expect_str_eq(s, "change {+proceeds+} at the speed of trust");
    free(s);

    s = marked("real change happens fast at the speed", para279, 0, NULL);
    cr_expect_str_eq(s, "[-real-] change [-happens fast-]{+proceeds+} at the speed");
    free(s);
}

Test(check, exact_passage_has_no_marks)
{
    evx_diff d;
    char *s = marked("Change happens at the speed of trust.", para90, 0, &d);

    cr_expect_str_eq(s, "change happens at the speed of trust");
    cr_expect_eq(evx_diff_changes(&d), 0);
    cr_expect_float_eq(evx_diff_similarity(&d), 1.0, 1e-9);
    free(s);
    evx_diff_free(&d);
}

Test(check, colour_keeps_the_markers)
{
    char *s = marked("change happens at the speed of trust", para279, 1, NULL);

    cr_expect(strstr(s, "\033[1;31m[-happens-]\033[0m"), "%s", s);
    cr_expect(strstr(s, "\033[1;32m{+proceeds+}\033[0m"), "%s", s);
    free(s);
}

Test(check, json_joins_runs)
{
    evx_diff d;
    evx_buf b = EVX_BUF_INIT;
    const char *q = "real change happens fast at the speed";
    char *s = marked(q, para279, 0, &d);

    evx_diff_json(&b, &d, q, para279);
    cr_expect_str_eq(evx_buf_str(&b),
                     "[{\"op\":\"removed\",\"text\":\"real\"},"
                     "{\"op\":\"equal\",\"text\":\"change\"},"
                     "{\"op\":\"removed\",\"text\":\"happens fast\"},"
                     "{\"op\":\"added\",\"text\":\"proceeds\"},"
                     "{\"op\":\"equal\",\"text\":\"at the speed\"}]");
    evx_buf_free(&b);
    evx_diff_free(&d);
    free(s);
}

Test(check, nothing_in_common)
{
    evx_diff d;
    char *s = marked("entirely unrelated words", para279, 0, &d);

    cr_expect_eq(d.n_equal, 0);
    cr_expect_float_eq(evx_diff_similarity(&d), 0.0, 1e-9);
    cr_expect_str_eq(s, "[-entirely unrelated words-]");
    free(s);
    evx_diff_free(&d);
}

Test(check, bad_input_never_breaks)
{
    const char bad[] = "speed \xff\xfe of\0 trust";
    evx_diff d = EVX_DIFF_INIT;
    int yes = -1;

    cr_assert_eq(evx_check_diff(&d, tok, bad, sizeof bad - 1, bad,
                                sizeof bad - 1),
                 EVX_OK);
    cr_expect_eq(d.n_equal, d.n_quote);
    evx_diff_free(&d);
    cr_assert_eq(evx_check_diff(&d, tok, "", 0, NULL, 0), EVX_OK);
    cr_expect_eq(d.len, 0);
    cr_expect_float_eq(evx_diff_similarity(&d), 0.0, 1e-9);
    evx_diff_free(&d);
    cr_assert_eq(evx_check_contains(&yes, bad, sizeof bad - 1, bad,
                                    sizeof bad - 1),
                 EVX_OK);
    cr_expect_eq(yes, 1);
    evx_diff_free(NULL);
}

Test(check, real_annex_paragraph)
{
    char path[512], line[4096];
    evx_buf text = EVX_BUF_INIT;
    FILE *f;
    int n = 0;
    char *s;

    snprintf(path, sizeof path, "%s/corpus/000_d8babf2c1c9efa17.txt",
             EVX_SOURCE_DIR);
    f = fopen(path, "r");
    cr_assert_not_null(f);
    while (fgets(line, sizeof line, f))
        if (++n >= 3203 && n <= 3207)
            evx_buf_puts(&text, line);
    fclose(f);
    cr_expect_eq(contains("change happens at the speed of trust",
                          evx_buf_str(&text)), 0);
    s = marked("change happens at the speed of trust", evx_buf_str(&text), 0,
               NULL);
    cr_expect_str_eq(s, "change [-happens-]{+proceeds+} at the speed of trust");
    free(s);
    evx_buf_free(&text);
}

Test(check, compounds_compare_whole)
{
    const char *text = "support for front-line staff";
    char *s = marked("support for frontline staff", text, 0, NULL);

    cr_expect_str_eq(s, "support for front-line staff");
    free(s);
    s = marked("support for front\xE2\x80\x93line staff", text, 0, NULL);
    cr_expect_str_eq(s, "support for [-front line-]{+front-line+} staff");
    free(s);
}

Test(check, a_skipped_clause_still_aligns_the_whole_sentence)
{
    const char *text =
        "we, as the local superstructure that supports the front-line, even "
        "if we do not deliver care directly to patients, must give "
        "consistent and clear messages.";
    const char *quote = "the superstructure that supports the frontline must "
                        "give clear and consistent messages";
    evx_diff d;
    char *s = marked(quote, text, 0, &d);

    cr_expect_str_eq(s, "the {+local+} superstructure that supports the "
                        "front-line {+even if we do not deliver care directly "
                        "to patients+} must give [-clear and-] consistent "
                        "{+and clear+} messages");
    cr_expect_eq(d.n_equal, 10);
    cr_expect_eq(d.n_quote, 12);
    free(s);
    evx_diff_free(&d);
}
