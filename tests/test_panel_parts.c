/*
 * test_panel_parts.c - the parts of a witness entry, in forms a tenth pass
 * over other reports found read wrongly (2026-12-03): a body whose name
 * opens with a title.  Each case read the way the pipeline reads it,
 * in both readers; the words are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

/* A body whose name opens with a title ("Bishop of Winchester's Trust",
 * "HRH The Prince of Wales's Charitable Fund", "Judge Institute", "Judge
 * Business School", "Venerable Bede Church of England Academy") is no
 * person: read as one, it had become a witness, the next witness its
 * post, and a quotation had been cited to the Fund. */
Test(panel_parts, a_body_whose_name_opens_with_a_title)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Mr Green told us that the Fund was “ready to help any council "
        "that asks”.1\n\n"
        "2. Dr Fry told us that the guidance was “thin and out of date”.2\n\n"
        "1 Q 10\n2 Q 65\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 28 March 2023\n\n"
        "Claire Hunt, Chief Executive, Bishop of Winchester’s Trust; and Paul "
        "Green, Chair, HRH The Prince of Wales’s Charitable Fund Q1–30\n\n"
        "Tuesday 25 April 2023\n\n"
        "Dr Ann Fry, Fellow, Judge Institute; Dr Ruth Kay, Senior Lecturer, "
        "Judge Business School, University of Cambridge; Mary Cole, "
        "Headteacher, Venerable Bede Church of England Academy; and Major "
        "General Tim Hyams, Director, Army Legal Services Q61–90\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        const evx_unit *w = unit(&u, "HC1/witness/1");
        cr_assert_eq(w->n_people, 2, "web %d: %zu people", web, w->n_people);
        expect_person(w, 0, "Claire Hunt", "Chief Executive", "Bishop of Winchester’s Trust");
        expect_person(w, 1, "Paul Green", "Chair", "HRH The Prince of Wales’s Charitable Fund");
        w = unit(&u, "HC1/witness/2");
        cr_assert_eq(w->n_people, 4, "web %d: %zu people", web, w->n_people);
        expect_person(w, 0, "Dr Ann Fry", "Fellow", "Judge Institute");
        expect_person(w, 2, "Mary Cole", "Headteacher",
                      "Venerable Bede Church of England Academy");
        expect_person(w, 3, "Major General Tim Hyams", "Director", "Army Legal Services");
        const evx_unit *q = unit(&u, "HC1/p1/q1");
        cr_expect(q->speaker && q->speaker->name &&
                      strcmp(q->speaker->name, "Paul Green") == 0,
                  "web %d: p1 %s", web, q->speaker ? q->speaker->name : "-");
        q = unit(&u, "HC1/p2/q1");
        cr_expect(q->speaker && q->speaker->org &&
                      strcmp(q->speaker->org, "Judge Institute") == 0,
                  "web %d: p2 %s", web, q->speaker ? q->speaker->org : "-");
        evx_units_free(&u);
    }
}

/* A web page's witness table copied onto one line sets a dash between
 * the entry and its questions ("… Harbour Trust — Q1–40"), and Pandoc's
 * Markdown types it "---", its range "Q41--60".  The dash had stayed at
 * the end of the organisation ("Harbour Trust —"), which a quotation's
 * citation then gave, and the typed range was no range at all. */
Test(panel_parts, a_dash_set_before_the_questions)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Mr Pryce told us that the harbour was \xE2\x80\x9C" "too small for "
        "the new ships\xE2\x80\x9D.1 Ms Bell said that \xE2\x80\x9C" "fares "
        "will rise\xE2\x80\x9D.2\n\n"
        "1 Q 10\n2 Q 45\n\n"
        "Witnesses\n\n"
        "Tuesday 7 September 2021\n\n"
        "Mr Owen Pryce, Director, Harbour Trust \xE2\x80\x94 Q1\xE2\x80\x93" "40\n\n"
        "Tuesday 14 September 2021\n\n"
        "Ms Ann Bell, Chair, Ferry Users Group --- Q41--60\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        expect_person(unit(&u, "HC1/witness/1"), 0, "Mr Owen Pryce", "Director",
                      "Harbour Trust");
        const evx_unit *w = unit(&u, "HC1/witness/2");
        expect_person(w, 0, "Ms Ann Bell", "Chair", "Ferry Users Group");
        cr_expect(w->q_first == 41 && w->q_last == 60, "web %d: Q%d-%d", web,
                  w->q_first, w->q_last);
        const evx_unit *q = unit(&u, "HC1/p1/q2");
        cr_expect(q->speaker && same_str(q->speaker->org, "Ferry Users Group"),
                  "web %d: %s", web, q->speaker && q->speaker->org ? q->speaker->org : "-");
        evx_units_free(&u);
    }
}

/* Witnesses known by a first name alone, described in lower case, as a
 * report lists carers or young people ("Ruth, carer, Leeds; Daniel, young
 * carer, Swindon").  Daniel had become part of Ruth's post ("carer,
 * Leeds; Daniel, young carer"), and the words he said were Ruth's, "the
 * only witness of that panel". */
Test(panel_parts, a_witness_known_by_a_first_name_after_a_semicolon)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. \xE2\x80\x9CRespite is a lifeline,\xE2\x80\x9D Daniel told us, "
        "\xE2\x80\x9C" "but it never comes.\xE2\x80\x9D" "1\n\n"
        "1 Q10\n\n"
        "Witnesses\n\n"
        "Thursday 16 January 2025\n\n"
        "Ruth, carer, Leeds; Daniel, young carer, Swindon\tQ1\xE2\x80\x93" "18\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        const evx_unit *w = unit(&u, "HC1/witness/1");
        cr_assert_eq(w->n_people, 2, "web %d: %zu people", web, w->n_people);
        expect_person(w, 0, "Ruth", "carer", "Leeds");
        expect_person(w, 1, "Daniel", "young carer", "Swindon");
        expect_speaker(&u, "HC1/p1/q1", "Daniel");
        evx_units_free(&u);
    }
}

/* A witness table whose column of questions a PDF tool sets apart: -layout
 * prints a wrapped row's range on its middle line, the column's head over
 * the names ("Question" / "number"), and the next row after the wrap;
 * pdftotext's reading order prints the names, then the head, then the
 * ranges.  Both had made one witness of two, with the head's words in his
 * name ("Question number Mrs Siobhan Pennington") or the next witness's
 * body as his ("Prison Learning Alliance"), which a quotation citing him
 * then gave (a blind set's invented reports). */
Test(panel_parts, a_witness_table_whose_questions_are_set_apart)
{
    static const char *const layout =
        "1 Introduction\n"
        "1.    Mrs Siobhan Pennington told us that \xE2\x80\x9Cthe money is there, but it is not reaching the front line\xE2\x80\x9D.1\n"
        "\n"
        "1 Q5 [Siobhan Pennington]\n"
        "\n"
        "Witnesses\n"
        "The following witnesses gave evidence. Transcripts can be viewed on the inquiry publications page of the Committee\xE2\x80\x99s website.\n"
        "\n"
        "Monday 4 June 2024\n"
        "\n"
        "                                                                             Question\n"
        "                                                                              number\n"
        " Mrs Siobhan Pennington, Senior Adviser, Association of Drainage\n"
        "                                                                                   Q1\xE2\x80\x93" "20\n"
        " Boards\n"
        " Ms Priya Pennington, Chair, Shoreline Trust                                   Q21\xE2\x80\x93" "41\n";
    static const char *const reading =
        "1 Introduction\n"
        "1.    Mr Eleanor Fairclough told us that \xE2\x80\x9Cnobody owns the problem, so nobody fixes it\xE2\x80\x9D.1\n"
        "\n"
        "1 Q5 [Eleanor Fairclough]\n"
        "\n"
        "Witnesses\n"
        "The following witnesses gave evidence.\n"
        "Monday 4 June 2024\n"
        "\n"
        "Mr Eleanor Fairclough, Senior Adviser, Second Chance Trust\n"
        "Mr Priya Holloway, Head of Research, Prison Learning Alliance\n"
        "\n"
        "Question\n"
        "number\n"
        "Q1\xE2\x80\x93" "31\n"
        "Q32\xE2\x80\x93" "41\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, layout, 0);
    expect_person(unit(&u, "HC1/witness/1"), 0, "Mrs Siobhan Pennington", "Senior Adviser",
                  "Association of Drainage Boards");
    cr_expect_eq(unit(&u, "HC1/witness/1")->n_people, 1);
    expect_person(unit(&u, "HC1/witness/2"), 0, "Ms Priya Pennington", "Chair",
                  "Shoreline Trust");
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_expect(q->speaker && same_str(q->speaker->org, "Association of Drainage Boards"));
    evx_units_free(&u);
    read_as(&u, reading, 0);
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_assert_eq(w->n_people, 2);
    expect_person(w, 0, "Mr Eleanor Fairclough", "Senior Adviser", "Second Chance Trust");
    expect_person(w, 1, "Mr Priya Holloway", "Head of Research", "Prison Learning Alliance");
    q = unit(&u, "HC1/p1/q1");
    cr_expect(q->speaker && same_str(q->speaker->org, "Second Chance Trust"));
    evx_units_free(&u);
}
