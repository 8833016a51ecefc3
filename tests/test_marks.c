/*
 * test_marks.c - the one footnote-marker rule (marks.h), on the forms both
 * readers meet.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "marks.h"

/* The marker the digit run starting at `at` in s ends in, by the rule, or
 * 0; *start gets where it starts. */
static long glued(const evx_mark_seq *seq, const char *s, const char *at,
                  size_t *start)
{
    size_t b = (size_t)(strstr(s, at) - s), e = b, mb = 0;
    long v = 0;
    while (s[e] >= '0' && s[e] <= '9')
        e++;
    if (!evx_mark_glued(seq, s, strlen(s), b, e, &mb, &v))
        return 0;
    if (start)
        *start = mb;
    return v;
}

Test(marks, glued_to_a_word_punctuation_or_a_closing_quote)
{
    evx_mark_seq seq = {225, 0, NULL, 0};
    cr_expect_eq(glued(&seq, "working in silos226 and", "226", NULL), 226);
    cr_expect_eq(glued(&seq, "the messages.226 The", "226", NULL), 226);
    cr_expect_eq(glued(&seq, "on the journey.\xE2\x80\x9D" "226 It", "226", NULL),
                 226);
    cr_expect_eq(glued(&seq, "of discipline.226However", "226", NULL), 226);
}

Test(marks, codes_decimals_and_groups_are_text)
{
    evx_mark_seq seq = {225, 0, NULL, 0};
    cr_expect_eq(glued(&seq, "see Q226 [Ian Dalton]", "226", NULL), 0);
    cr_expect_eq(glued(&seq, "see HC226 for", "226", NULL), 0);
    evx_mark_seq before = {222, 0, NULL, 0};
    cr_expect_eq(glued(&before, "a rise of 3.226 per cent", "226", NULL), 0);
    cr_expect_eq(glued(&before, "cost 1,226 pounds", "226", NULL), 0);
    /* after a number and a full stop only the very next marker is taken:
     * "in 2016-17.226" */
    cr_expect_eq(glued(&seq, "in 2016-17.226 The", "226", NULL), 226);
    cr_expect_eq(glued(&seq, "rose by 2.5% a year", "5", NULL), 0);
    cr_expect_eq(glued(&seq, "in silos226.5 of", "226", NULL), 0);
}

Test(marks, the_sequence_decides)
{
    evx_mark_seq seq = {225, 0, NULL, 0};
    cr_expect_eq(glued(&seq, "in silos230 and", "230", NULL), 230);
    cr_expect_eq(glued(&seq, "in silos231 and", "231", NULL), 0); /* too far */
    cr_expect_eq(glued(&seq, "in silos225 and", "225", NULL), 0); /* behind */
    int list[] = {240, 250};
    evx_mark_seq with_list = {225, 0, list, 2};
    cr_expect_eq(glued(&with_list, "in silos240 and", "240", NULL), 240);
    /* a whole report starts near 1; one web chapter anywhere */
    evx_mark_seq report = {0, 1, NULL, 0}, chapter = {0, 0, NULL, 0};
    cr_expect_eq(glued(&report, "in silos3 and", "3", NULL), 3);
    cr_expect_eq(glued(&report, "the Covid19 outbreak", "19", NULL), 0);
    cr_expect_eq(glued(&chapter, "in silos226 and", "226", NULL), 226);
}

Test(marks, a_year_keeps_its_digits)
{
    evx_mark_seq seq = {226, 0, NULL, 0};
    size_t start = 0;
    const char *s = "published in 2018227 and";
    cr_expect_eq(glued(&seq, s, "2018227", &start), 227);
    cr_expect_eq(start, (size_t)(strstr(s, "227") - s));
    cr_expect_eq(glued(&seq, "in 2015.227 the", "227", NULL), 227);
    cr_expect_eq(glued(&seq, "from 1972, things", "1972", NULL), 0);
    /* a session's or financial year's end: "during 2017–18.2 Although",
     * under 10 too, where a decimal is text ("a rate of 18.2 per cent") */
    evx_mark_seq early = {1, 1, NULL, 0};
    cr_expect_eq(glued(&early, "during 2017\xE2\x80\x93" "18.2 Although",
                       "2 Although", NULL), 2);
    cr_expect_eq(glued(&early, "in 2016/17.2 The", "2 The", NULL), 2);
    cr_expect_eq(glued(&early, "a rate of 18.2 per cent", "2 per", NULL), 0);
    cr_expect_eq(glued(&early, "code 12-18.2 The", "2 The", NULL), 0);
}

Test(marks, brackets)
{
    evx_mark_seq seq = {226, 0, NULL, 0};
    const char *s = "the services [227] and";
    size_t b = (size_t)(strchr(s, '[') - s), mb = 0, me = 0;
    long v = 0;
    cr_assert(evx_mark_bracket(&seq, s, strlen(s), b, &mb, &me, &v));
    cr_expect_eq(v, 227);
    cr_expect_eq(mb, b - 1);
    cr_expect_eq(me, b + 5);
    cr_expect_not(evx_mark_bracket(&seq, s, strlen(s), b + 1, &mb, &me, &v));
    const char *t = "the list [2020] and";
    cr_expect_not(evx_mark_bracket(&seq, t, strlen(t),
                                   (size_t)(strchr(t, '[') - t), &mb, &me, &v));
}

/* The marker the digit run at `at` is, set apart by a blank, or 0. */
static long spaced(const evx_mark_seq *seq, const char *s, const char *at)
{
    size_t b = (size_t)(strstr(s, at) - s), e = b;
    long v = 0;
    while (s[e] >= '0' && s[e] <= '9')
        e++;
    return evx_mark_spaced(seq, s, strlen(s), b, e, &v) ? v : 0;
}

/* A raised marker a PDF tool sets apart after a sentence's end: before a
 * capital, the line's end or a quotation opening a sentence
 * ("encouraging”. 16 “The headline …”, pdftotext's reading order had
 * kept "16" as text, and the quotations after it lost their notes); not
 * before lower case, nor a quotation mark with no capital after it. */
Test(marks, spaced_after_a_sentence)
{
    evx_mark_seq seq = {15, 0, NULL, 0};
    cr_expect_eq(spaced(&seq, "encouraging\xE2\x80\x9D. 16 The headline", "16"), 16);
    cr_expect_eq(spaced(&seq, "encouraging\xE2\x80\x9D. 16", "16"), 16);
    cr_expect_eq(spaced(&seq, "encouraging\xE2\x80\x9D. 16 \xE2\x80\x9CThe headline", "16"),
                 16);
    cr_expect_eq(spaced(&seq, "was agreed. 16 \xE2\x80\x98" "Fair\xE2\x80\x99 pay", "16"), 16);
    cr_expect_eq(spaced(&seq, "was agreed. 16 \"Fair\" pay", "16"), 16);
    cr_expect_eq(spaced(&seq, "was agreed. 16 schools closed", "16"), 0);
    cr_expect_eq(spaced(&seq, "was agreed. 16 \xE2\x80\x9C" "fair\xE2\x80\x9D", "16"), 0);
}

/* The pair a digit run reads as two markers by, or 0 (*second the next). */
static long pair(const evx_mark_seq *seq, const char *s, const char *at,
                 long *second)
{
    size_t b = (size_t)(strstr(s, at) - s), e = b;
    long v = 0;
    while (s[e] >= '0' && s[e] <= '9')
        e++;
    *second = 0;
    return evx_mark_glued_pair(seq, s, strlen(s), b, e, &v, second) ? v : 0;
}

/* A PDF tool prints two superscript markers side by side as one number
 * ("any funding.23" for notes 2 and 3): too far on to be the next
 * marker, the run reads as a number and the next, the first in reach.
 * A run that is the next marker itself, a figure, or a word's code is
 * no pair, nor anything before the first marker is read. */
Test(marks, two_markers_printed_together)
{
    evx_mark_seq seq = {1, 1, NULL, 0};
    long second;
    cr_expect_eq(pair(&seq, "received any funding.23 The", "23", &second), 2);
    cr_expect_eq(second, 3);
    evx_mark_seq nine = {9, 1, NULL, 0};
    cr_expect_eq(pair(&nine, "as in England.1011 We", "1011", &second), 10);
    cr_expect_eq(second, 11);
    evx_mark_seq far = {22, 1, NULL, 0};
    cr_expect_eq(pair(&far, "any funding.23 The", "23", &second), 0);
    cr_expect_eq(pair(&seq, "a rise of 1.23 per cent", "23", &second), 0);
    cr_expect_eq(pair(&seq, "costs 1,23 of", "23", &second), 0);
    cr_expect_eq(pair(&seq, "see Q23 [Ms Lowe]", "23", &second), 0);
    cr_expect_eq(pair(&seq, "any funding.24 The", "24", &second), 0);
    evx_mark_seq none = {0, 1, NULL, 0};
    cr_expect_eq(pair(&none, "in Area12 the", "12", &second), 0);
    long first;
    cr_expect(evx_mark_split("910", 3, &first) && first == 9);
    cr_expect(!evx_mark_split("100", 3, &first));
}
