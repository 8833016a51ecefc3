/*
 * test_paths_speakers.c - shapes that gave a quotation a wrong speaker or
 * reference, found by a blind set of invented reports through extraction
 * paths earlier sets had not used (PyMuPDF, pdftohtml, pdftotext -layout
 * -fixed 3, LaTeX and pandoc PDFs):
 *   - "We agree with Jane Roe, who told us that “…”": the relative "who"
 *     had stood for the previous quotation's speaker, and taken its
 *     question too;
 *   - a footnote's marker printed on a line of its own after a quotation
 *     (pdftohtml), which had run the sentence on into the next one, whose
 *     lead-in then named the quotation's speaker;
 *   - a line of the page's text right above notes whose numbers stand on
 *     lines of their own over their bodies, read as note 1's body, which
 *     moved every body on to the next number;
 *   - a page's running footer glued under its last note ("2Q 32
 *     (Professor Priya Okafor)" / "Select Committee on Urban Air"), read
 *     into the name the note gives in brackets;
 * Each read the way the pipeline reads a pdf-text dump; the words are
 * invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

/* A relative "who" after a comma stands for the name before the comma,
 * whatever word comes before that name ("with", "in"), and for no one
 * when no name stands there: never for the speaker of the quotation
 * before it, whose question it had taken. */
Test(paths_speakers, a_relative_who_stands_for_the_name_before_its_comma)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1. Ann Hale said \xE2\x80\x9Cwidgets are everywhere\xE2\x80\x9D.1 "
            "We agree with Jane Roe, who told us that \xE2\x80\x9Cthe system is "
            "broken beyond repair\xE2\x80\x9D.\n\n"
            "2. Ann Hale said \xE2\x80\x9Cthe money has run out\xE2\x80\x9D.2 "
            "We agree with the reporter, who told us that \xE2\x80\x9Cthe "
            "scheme cannot go on\xE2\x80\x9D.\n\n"
            "1 Q12 [Ann Hale]\n"
            "2 Q13 [Ann Hale]\n",
            0);
    expect_speaker(&u, "HC1/p1/q1", "Ann Hale");
    const evx_unit *q = unit(&u, "HC1/p1/q2");
    cr_assert_not_null(q->speaker);
    cr_expect_str_eq(q->speaker->name, "Jane Roe", "%s", q->speaker->evidence);
    cr_expect_null(q->speaker->ref, "took %s", q->speaker->ref);
    q = unit(&u, "HC1/p2/q2");
    cr_assert_not_null(q->speaker);
    cr_expect_null(q->speaker->name, "given to %s: %s", q->speaker->name,
                   q->speaker->evidence);
    cr_expect_null(q->speaker->ref, "took %s", q->speaker->ref);
    evx_units_free(&u);
}

/* "…”." / "12" / "Callum Garside put it bluntly: “…”": the marker ends
 * no sentence of its own, but the next sentence opens after it. */
Test(paths_speakers, a_marker_on_its_own_line_ends_the_sentence_before)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1. The Widget Trust told us that \xE2\x80\x9Cthe berth is "
            "ageing\xE2\x80\x9D.\n"
            "12\n"
            "Callum Garside put it bluntly: \xE2\x80\x9Cthe vessel will soon be "
            "overcrowded\xE2\x80\x9D.\n",
            0);
    expect_speaker(&u, "HC1/p1/q1", "The Widget Trust");
    expect_speaker(&u, "HC1/p1/q2", "Callum Garside");
    evx_units_free(&u);
}

/* The line above the notes is the page's text (half a block quotation
 * the page cut): the last number has its body under it, so each number
 * stands over its own body. */
Test(paths_speakers, the_line_above_notes_numbered_over_their_bodies)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1. Jane Roe said \xE2\x80\x9Cwidgets are everywhere\xE2\x80\x9D.1 "
            "John Doe said \xE2\x80\x9Cwe need money\xE2\x80\x9D.2 Ann Hale said "
            "\xE2\x80\x9Cit is broken\xE2\x80\x9D.3\n\n"
            "The system is broken beyond repair.\n"
            "1\nQ12 [Jane Roe]\n"
            "2\nQ14 [John Doe]\n"
            "3\nQ16 [Ann Hale]\n",
            0);
    const char *ids[] = {"HC1/p1/q1", "HC1/p1/q2", "HC1/p1/q3"};
    const char *names[] = {"Jane Roe", "John Doe", "Ann Hale"};
    const char *refs[] = {"Q12", "Q14", "Q16"};
    for (size_t k = 0; k < 3; k++) {
        expect_speaker(&u, ids[k], names[k]);
        const evx_unit *q = unit(&u, ids[k]);
        cr_expect(q->speaker && q->speaker->ref && strcmp(q->speaker->ref, refs[k]) == 0,
                  "%s: ref %s, not %s", ids[k], q->speaker ? q->speaker->ref : "-", refs[k]);
    }
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Q16 [Ann Hale]");
    evx_units_free(&u);
}

/* The name a question's note gives in brackets ends at its bracket: the
 * footer after it had made her "Professor Priya Okafor) Select Committee
 * on Urban Air". */
Test(paths_speakers, a_bracketed_name_ends_at_its_bracket)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Chapter 1: Introduction\n"
            "1.\n"
            "The inspectorate should review the data each year.1 Professor Priya "
            "Okafor, Chair of the Clean Cities Coalition, told us that \xE2\x80\x9C"
            "the data are collected but nobody looks at them\xE2\x80\x9D.2\n"
            "1Written evidence from the Island Transport Forum (CAZ0006)\n"
            "2Q 32 (Professor Priya Okafor)\n"
            "Select Committee on Urban Air\n",
            0);
    expect_speaker(&u, "HC1/p1/q1", "Professor Priya Okafor");
    evx_units_free(&u);
}
