/*
 * test_quotes.c - the inline quotation rule shared by both readers
 * (indexer/structure/quotes.h): one crafted sentence per rule, and the bounds.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "quotes.h"

/* Judges the first span of s; marks: offsets of markers, -1 ends. */
static evx_qspan first(const char *s, const long *marks)
{
    static size_t offs[8];
    size_t n = 0;
    while (marks && marks[n] >= 0 && n < 8) {
        offs[n] = (size_t)marks[n];
        n++;
    }
    evx_qscan sc = {s, strlen(s), offs, n, 0, 0, 0};
    evx_qspan q;
    cr_assert_eq(evx_quote_scan(&sc, &q), 1, "no span in: %s", s);
    return q;
}

static char *lead(const char *s, const evx_qspan *q)
{
    return evx_strndup(s + q->lead, q->lead_end - q->lead);
}

Test(quotes, two_words_with_a_verb_of_saying)
{
    const char *s = "Mr Barclay assured us that there are a “number of checks”.";
    evx_qspan q = first(s, NULL);
    cr_assert_eq(q.verdict, EVX_Q_QUOTATION);
    cr_assert_str_eq(q.why, "assured");
    char *l = lead(s, &q);
    cr_assert_str_eq(l, "Mr Barclay assured us that there are a ");
    free(l);
}

Test(quotes, view_was_that_is_a_cue)
{
    const char *s = "Ms Roe’s view was that the worry is a “red herring”, as "
                    "it happens.";
    evx_qspan q = first(s, NULL);
    cr_assert_eq(q.verdict, EVX_Q_QUOTATION);
    cr_assert_str_eq(q.why, "view was that");
}

Test(quotes, replies_and_evidence_are_cues)
{
    const char *const s[] = {
        "Asked about it, Mr Smith replied: “It is not, and never was.”",
        "The Minister disagreed: “We have given councils more than ever”.",
        "Mr Smith’s evidence was that “the gap cannot be closed by savings”."};
    const char *const cue[] = {"replied", "disagreed", "evidence was that"};
    for (size_t k = 0; k < 3; k++) {
        evx_qspan q = first(s[k], NULL);
        cr_expect_eq(q.verdict, EVX_Q_QUOTATION, "%s", s[k]);
        cr_expect_str_eq(q.why, cue[k]);
    }
}

/* A colon before a whole sentence in quotation marks introduces somebody's
 * words; a phrase after a colon, or a sentence after none, is not cued. */
Test(quotes, a_sentence_after_a_colon_is_a_quotation)
{
    evx_qspan q = first("Mr Smith was sceptical: “I do not think it will "
                        "work.”", NULL);
    cr_assert_eq(q.verdict, EVX_Q_QUOTATION);
    cr_assert_str_eq(q.why, "a sentence after a colon");
    q = first("The options were: “more money, fewer rules”.", NULL);
    cr_expect_eq(q.verdict, EVX_Q_UNCITED);
    q = first("Mr Smith was sceptical of “I do not think it will work.”",
              NULL);
    cr_expect_eq(q.verdict, EVX_Q_UNCITED);
}

Test(quotes, marker_at_sentence_end_cites_a_compound)
{
    /* "speed-dating" counts as two words; the marker stood after "Leeds." */
    const char *s = "Bodies have run “speed-dating” sessions for leaders in "
                    "Leeds. Then more.";
    long marks[] = {(long)(strstr(s, "Leeds.") - s) + 6, -1};
    evx_qspan q = first(s, marks);
    cr_assert_eq(q.verdict, EVX_Q_QUOTATION);
    cr_assert_str_eq(q.why, "a footnote marker");
    cr_assert_eq(q.sent_end, (size_t)(strstr(s, "Then") - s));
    /* the same with the marker in the next sentence: not cited */
    long later[] = {(long)strlen(s), -1};
    q = first(s, later);
    cr_assert_eq(q.verdict, EVX_Q_UNCITED);
}

Test(quotes, single_word_is_a_scare_quote_even_when_said)
{
    evx_qspan q = first("Mr Doe said the plans were a “pilot” for now.", NULL);
    cr_assert_eq(q.verdict, EVX_Q_WORD);
}

Test(quotes, terms_being_named_are_not_quotations)
{
    const char *terms[] = {
        "The term “integrated care” means nothing, she said.",
        "She said the model is known as “accountable care”.",
        "He argued that the so-called “five tests” failed.",
        "STPs were labelled as a “smokescreen for cuts”.",
        "He told us about the Act (“the 2012 Act”) at length.",
        "He said that “place based care” refers to a footprint."};
    for (size_t i = 0; i < sizeof terms / sizeof *terms; i++) {
        long m[] = {(long)strlen(terms[i]) - 1, -1};
        evx_qspan q = first(terms[i], m);
        cr_expect_eq(q.verdict, EVX_Q_TERM, "%s", terms[i]);
    }
}

Test(quotes, phrase_without_cue_or_marker_is_not_a_quotation)
{
    evx_qspan q = first("NHS bodies are far more likely to be “credible "
                        "providers” than others.",
                        NULL);
    cr_assert_eq(q.verdict, EVX_Q_UNCITED);
}

Test(quotes, cue_inside_another_quotation_does_not_count)
{
    const char *s = "The paper, “as one person said”, makes it a “work in "
                    "progress” now.";
    evx_qscan sc = {s, strlen(s), NULL, 0, 0, 0, 0};
    evx_qspan q;
    cr_assert(evx_quote_scan(&sc, &q));
    cr_assert(evx_quote_scan(&sc, &q));
    cr_assert_eq(q.verdict, EVX_Q_UNCITED, "“said” is inside the first quote");
    cr_assert_not(evx_quote_scan(&sc, &q));
}

Test(quotes, lead_in_back_past_a_colon_and_after_the_quote)
{
    const char *s = "It was late. He stated: “we have many bodies here.” Done.";
    evx_qspan q = first(s, NULL);
    char *l = lead(s, &q);
    cr_assert_str_eq(l, "He stated: ");
    free(l);
    s = "It was late. “The NHS is still in survival mode”, according to the "
        "PAC. Next.";
    q = first(s, NULL);
    cr_assert_eq(q.verdict, EVX_Q_QUOTATION);
    l = lead(s, &q);
    cr_assert_str_eq(l, ", according to the PAC. ");
    free(l);
}

Test(quotes, several_in_one_sentence_and_nesting)
{
    const char *s = "Mr Doe confirmed, stating that within the “aggregate "
                    "funding available” bodies chose the “here and now,” and "
                    "“I think the “T” was a misnomer.”";
    evx_qscan sc = {s, strlen(s), NULL, 0, 0, 0, 0};
    evx_qspan q;
    size_t n = 0;
    while (evx_quote_next(&sc, &q))
        n++;
    cr_assert_eq(n, 3, "the nested “T” is part of its quotation");
}

Test(quotes, block_lead_in_start)
{
    const char *s = "It was late. Mr Doe, Director of X, told us:";
    cr_assert_eq(evx_quote_lead_start(s, strlen(s), strlen(s)),
                 (size_t)(strstr(s, "Mr Doe") - s));
    cr_assert_eq(evx_quote_lead_start(NULL, 0, 0), 0);
    cr_assert_eq(evx_quote_lead_start(s, 3, 10), 0);
}

Test(quotes, word_count)
{
    cr_assert_eq(evx_quote_words("speed-dating", 12), 2);
    cr_assert_eq(evx_quote_words("[ … ] want to", 15), 2);
    cr_assert_eq(evx_quote_words("  ", 2), 0);
    cr_assert_eq(evx_quote_words(NULL, 4), 0);
}

Test(quotes, hostile_text_is_bounded)
{
    /* unmatched opening marks, then a huge run of pairs */
    size_t n = 3 * 200000;
    char *s = malloc(n + 1);
    cr_assert_not_null(s);
    for (size_t i = 0; i < n; i += 6) {
        memcpy(s + i, "\xE2\x80\x9C", 3);
        memcpy(s + i + 3, (i / 6) % 2 ? "\xE2\x80\x9D" : "\xE2\x80\x9C", 3);
    }
    s[n] = '\0';
    evx_qscan sc = {s, n, NULL, 0, 0, 0, 0};
    evx_qspan q;
    size_t spans = 0;
    while (evx_quote_scan(&sc, &q))
        spans++;
    cr_assert_leq(spans, 1000);
    evx_qscan empty = {NULL, 0, NULL, 0, 0, 0, 0};
    cr_assert_not(evx_quote_scan(&empty, &q));
    free(s);
}

/* A report that quotes with single marks (HC 859, 2009: 'must not be
 * trivial'): the style is the text's, an apostrophe closes nothing, and
 * double marks are then the nested ones. */
Test(quotes, single_marks_when_the_text_quotes_with_them)
{
    const char *s =
        "Mr Laws noted that using questions \xE2\x80\x98in a way that "
        "doesn\xE2\x80\x99t help\xE2\x80\x99 was wrong. Members\xE2\x80\x99 "
        "staff said \xE2\x80\x98so-called \xE2\x80\x98trivial\xE2\x80\x99 "
        "questions may still be of value\xE2\x80\x99.";
    cr_expect(evx_quote_style_single(s, strlen(s)));
    evx_qscan sc = {s, strlen(s), NULL, 0, 0, 0, 1};
    evx_qspan q;
    cr_assert_eq(evx_quote_next(&sc, &q), 1);
    char *t = evx_strndup(s + q.open + 3, q.close - q.open - 3);
    cr_expect_str_eq(t, "in a way that doesn\xE2\x80\x99t help");
    free(t);
    cr_assert_eq(evx_quote_next(&sc, &q), 1);
    t = evx_strndup(s + q.open + 3, q.close - q.open - 3);
    cr_expect_str_eq(t, "so-called \xE2\x80\x98trivial\xE2\x80\x99 questions "
                        "may still be of value");
    free(t);
    cr_expect_eq(evx_quote_next(&sc, &q), 0);
    /* the same text read as a double-mark report has no span */
    evx_qscan dbl = {s, strlen(s), NULL, 0, 0, 0, 0};
    cr_expect_eq(evx_quote_scan(&dbl, &q), 0);
    /* a report that quotes with double marks keeps them, its single marks
     * being nested quotes and apostrophes */
    const char *d = "He said \xE2\x80\x9Cthe \xE2\x80\x98" "core tasks\xE2\x80\x99 "
                    "matter\xE2\x80\x9D and \xE2\x80\x9Cwe agree\xE2\x80\x9D.";
    cr_expect_not(evx_quote_style_single(d, strlen(d)));
}
