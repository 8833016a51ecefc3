/*
 * test_freetext.c - the postings of a unit's free text (lib/freetext.h):
 * plain terms at their positions, Z stems without, heading stems as XH,
 * names and furniture unstemmed, field weights, and a compound's joined
 * form at its first and last parts' positions.
 */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "freetext.h"
#include "schema.h"

static evx_tok *tok;

static void setup(void)
{
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
}

static void teardown(void)
{
    evx_tok_free(tok);
}

TestSuite(freetext, .init = setup, .fini = teardown);

/* Each posting as one line: "term pos wdf" ("term - wdf" without a
 * position). */
static evx_status print_posting(void *ctx, const evx_posting *p)
{
    evx_buf *b = ctx;
    evx_buf_printf(b, "%s%.*s ", p->prefix, (int)p->len, p->text);
    if (p->positional)
        evx_buf_printf(b, "%u", p->pos);
    else
        evx_buf_putc(b, '-');
    evx_buf_printf(b, " %u\n", p->wdf);
    return evx_buf_status(b);
}

static evx_unit *unit(evx_unit_type type, const char *text)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, type), EVX_OK);
    evx_unit_set(&u->id, "HC999/x", 7);
    evx_unit_set(&u->text, text, strlen(text));
    return u;
}

static char *postings(const evx_unit *u)
{
    evx_buf b = EVX_BUF_INIT;
    cr_assert_eq(evx_freetext_post(tok, u, print_posting, &b), EVX_OK);
    return evx_buf_detach(&b);
}

Test(freetext, words_give_plain_terms_and_stems)
{
    evx_unit *u = unit(EVX_UNIT_PARAGRAPH, "Funding cuts");
    char *p = postings(u);
    cr_expect_str_eq(p, "funding 0 1\nZfund - 1\ncuts 1 1\nZcut - 1\n");
    free(p);
    evx_unit_free(u);
}

Test(freetext, joined_compound_posted_at_both_ends)
{
    evx_unit *u = unit(EVX_UNIT_PARAGRAPH, "front-line staff");
    char *p = postings(u);
    cr_expect_str_eq(p, "front 0 1\nZfront - 1\nfrontline 0 1\nZfrontlin - 1\n"
                        "line 1 1\nZline - 1\nfrontline 1 1\n"
                        "staff 2 1\nZstaff - 1\n");
    free(p);
    evx_unit_free(u);
}

Test(freetext, headings_stem_as_xh_and_fields_leave_a_gap)
{
    evx_unit *u = unit(EVX_UNIT_PARAGRAPH, "Care");
    evx_unit_set(&u->section, "Funding", 7);
    char *p = postings(u);
    char want[128];
    /* The text is one word at 0: the next field starts at 0 too, as the
     * index has always posted it. */
    snprintf(want, sizeof want, "care 0 1\nZcare - 1\nfunding 0 %d\n"
             EVX_PREFIX_HEADING "fund - %d\n", EVX_WDF_HEADING, EVX_WDF_HEADING);
    cr_expect_str_eq(p, want);
    free(p);
    evx_unit_free(u);
}

Test(freetext, names_and_furniture_get_no_stems)
{
    evx_unit *u = unit(EVX_UNIT_QUOTATION, "Funding matters");
    evx_speaker_new(&u->speaker);
    evx_unit_set(&u->speaker->name, "Chris Ham", 9);
    char *p = postings(u);
    char want[128];
    snprintf(want, sizeof want, "funding 0 1\nZfund - 1\nmatters 1 1\n"
             "Zmatter - 1\nchris %u %d\nham %u %d\n", 1 + EVX_FIELD_GAP,
             EVX_WDF_SPEAKER, 2 + EVX_FIELD_GAP, EVX_WDF_SPEAKER);
    cr_expect_str_eq(p, want);
    free(p);
    evx_unit_free(u);

    u = unit(EVX_UNIT_FOOTNOTE, "Funding review, page 7");
    p = postings(u);
    cr_expect_str_eq(p, "funding 0 1\nreview 1 1\npage 2 1\n7 3 1\n");
    free(p);
    evx_unit_free(u);
}

/* Does the footnote's text post any stem (a Z term): is it topic text
 * rather than furniture? */
static int footnote_has_stems(const char *text)
{
    evx_unit *u = unit(EVX_UNIT_FOOTNOTE, text);
    char *p = postings(u);
    int stems = strstr(p, "\nZ") != NULL || strncmp(p, "Z", 1) == 0;
    free(p);
    evx_unit_free(u);
    return stems;
}

/* A footnote past EVX_REFERENCE_WORDS words is still a reference when it
 * has no sentence of prose: a letter's or a paper's citation, however
 * long its title.  An aside has a sentence: one that ends before another,
 * or a last one that ends after a lower-case word. */
Test(freetext, a_long_footnote_is_furniture_unless_it_has_a_sentence)
{
    const char *letter =
        "Letter from Rt. Hon Ann Smith MP, Minister of State for Rivers "
        "and Coasts to Dr John Brown MP, Chair of the Rivers and Coasts "
        "Committee, 3 March 2019, ABC_0012345 and Annex";
    const char *paper =
        "Ministry of Rivers, Coastal erosion: the Government response to "
        "the consultation on changes to the regulations required to fund "
        "sea defences (Coastal protection schemes), April 2019";
    const char *cited = "Rivers Institute, Coastal erosion in England and "
                        "Wales: a review of the evidence on sea defences "
                        "and their cost to local councils and to the "
                        "national budget, 2018, para 90.";
    const char *aside_two =
        "Coastal boards were set up in 2015 to plan sea defences for each "
        "stretch of coast in England. 44 plans were published in 2016, one "
        "for each area, and most of them set out new schemes.";
    const char *aside_last =
        "Each coastal board has its own budget for sea defences and may move "
        "money between schemes as long as the total for the whole coast is "
        "not exceeded in the year.";
    const char *aside_quoted =
        "The board wrote that defences in the north were \xE2\x80\x9C"
        "falling behind the rest of the coast by every measure we have\xE2\x80"
        "\x9D. Its figures for 2018 show the same gap in each county.";

    cr_assert_gt(evx_ascii_words(letter, strlen(letter)), EVX_REFERENCE_WORDS);
    cr_assert_gt(evx_ascii_words(paper, strlen(paper)), EVX_REFERENCE_WORDS);
    cr_assert_gt(evx_ascii_words(cited, strlen(cited)), EVX_REFERENCE_WORDS);
    cr_expect_not(footnote_has_stems(letter), "Rt. is a short form");
    cr_expect_not(footnote_has_stems(paper));
    cr_expect_not(footnote_has_stems(cited), "para 90. ends a reference");
    cr_expect(footnote_has_stems(aside_two), "England. 44 ends a sentence");
    cr_expect(footnote_has_stems(aside_last), "year. ends the text");
    cr_expect(footnote_has_stems(aside_quoted), "a stop after a closing quote");
}

static evx_status stop_at_second(void *ctx, const evx_posting *p)
{
    (void)p;
    return ++*(int *)ctx == 2 ? EVX_INVALID : EVX_OK;
}

Test(freetext, callback_status_stops_the_walk)
{
    evx_unit *u = unit(EVX_UNIT_PARAGRAPH, "one two three");
    int calls = 0;
    cr_expect_eq(evx_freetext_post(tok, u, stop_at_second, &calls), EVX_INVALID);
    cr_expect_eq(calls, 2);
    evx_unit_free(u);
}
