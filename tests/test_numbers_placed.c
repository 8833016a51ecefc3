/*
 * test_numbers_placed.c - paragraph numbers where PDF tools leave them,
 * and what the report's own sequence says of them: a section numbered by
 * chapter ("1.1 Lessons from elsewhere") over paragraphs numbered in one
 * sequence; a number glued to the heading over its paragraph (pypdf:
 * "users1. We were …"); numbers MuPDF prints after their paragraphs; a
 * contents list over two pages with a Roman folio between them.  Read the
 * way the pipeline reads it; the reports are invented (a fourteenth blind
 * pass).
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "otherutil.h"

/* How many paragraphs u holds. */
static size_t paragraphs(const evx_units *u)
{
    return count_type(u, EVX_UNIT_PARAGRAPH);
}

/* "1.1 Lessons from elsewhere" over "1. We were struck …": the report
 * numbers its paragraphs 1, 2, 3, so the numbers by chapter are its
 * sections'.  Each had been a paragraph "1.1" that swallowed the real
 * ones, warned of nowhere. */
Test(numbers_placed, a_section_numbered_by_chapter_over_plain_paragraphs)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1.1 Lessons from elsewhere\n\n"
            "1. We were struck by the variation in the quality of the trust framework.\n\n"
            "2. A consultation on biometric verification closed in July 2012.\n\n"
            "1.2 Oversight (the trust framework)\n\n"
            "3. The Minister accepted that the arrangements were not sustainable.\n",
            0);
    cr_expect_eq(paragraphs(&u), 3);
    cr_expect_null(evx_units_find(&u, "HC1/p1.1"));
    cr_expect_str_eq(unit(&u, "HC1/p1")->section, "1.1 Lessons from elsewhere");
    cr_expect_str_eq(unit(&u, "HC1/p3")->section, "1.2 Oversight (the trust framework)");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                     "The Minister accepted that the arrangements were not sustainable.");
    evx_units_free(&u);
}

/* The same as MuPDF prints it, each number alone over its text, a
 * sub-section's heading between the section's and paragraph 1. */
Test(numbers_placed, a_numbered_section_then_a_sub_section_then_the_number)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1.1 Lessons from elsewhere (biometric verification)\n\n"
            "The view of users\n\n"
            "1.\nWe were struck by the variation in the quality of the trust framework.\n\n"
            "2.\nA consultation on biometric verification closed in July 2012.\n",
            0);
    cr_expect_eq(paragraphs(&u), 2);
    cr_expect_str_eq(unit(&u, "HC1/p1")->text,
                     "We were struck by the variation in the quality of the trust framework.");
    cr_expect_str_eq(unit(&u, "HC1/p2")->section, "The view of users");
    evx_units_free(&u);
}

/* Sub-sections labelled "(a)", "(b)" under the numbered section, then
 * the paragraph, each number alone over its text. */
Test(numbers_placed, labelled_sub_sections_under_a_numbered_section)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n1.1 Delivery\n\n(a) Revenue funding\n\n(b) Employers\n\n"
            "1.\nThere was less agreement about whether bootcamps should be statutory.\n\n"
            "2.\nThe Minister accepted that the arrangements were not sustainable.\n\n"
            "1.2 Governance\n\n"
            "3.\nLocal bodies lacked the capacity to oversee retrofit assessors.\n",
            0);
    cr_expect_eq(paragraphs(&u), 3);
    cr_expect_str_eq(unit(&u, "HC1/p1")->section, "(b) Employers");
    cr_expect_str_eq(unit(&u, "HC1/p3")->section, "1.2 Governance");
    evx_units_free(&u);
}

/* The contents entries of numbered sections, each page set apart after a
 * blank line ("1.1 Delivery" / "" / "8"): the list had ended at the
 * first, and the body was read as the contents' tail. */
Test(numbers_placed, numbered_section_entries_with_their_pages_apart)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Contents\nSummary 3\n\n1 Introduction 7\n\n1.1 Delivery\n\n8\n\n"
            "1.2 Evaluation\n\n9\n\n2 Background 11\n\n"
            "Summary\n\nWe heard a lot.\n\n1 Introduction\n\n1. There was less agreement.\n\n"
            "1.1 Delivery\n2. The evidence we received.\n\n1.2 Evaluation\n3. We were struck.\n\n"
            "2 Background\n\n4. It is not clear.\n",
            0);
    cr_expect_eq(paragraphs(&u), 4);
    cr_expect_str_eq(unit(&u, "HC1/p2")->section, "1.1 Delivery");
    cr_expect_eq(unit(&u, "HC1/p4")->chapter, 2);
    evx_units_free(&u);
}

/* A report whose paragraphs are numbered by chapter keeps them: "1.2" is
 * a paragraph where no plain number follows. */
Test(numbers_placed, paragraphs_numbered_by_chapter_stay_paragraphs)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1.1 We were struck by the variation in the quality of the framework.\n\n"
            "1.2 A consultation closed in July 2012\n\n"
            "1.3 The Minister accepted that the arrangements were not sustainable.\n",
            0);
    cr_expect_eq(paragraphs(&u), 3);
    cr_expect_str_eq(unit(&u, "HC1/p1.2")->text, "A consultation closed in July 2012");
    evx_units_free(&u);
}

/* A contents list over two pages, pdftotext printing the first page's
 * Roman folio ("ii") between them and each page's entries apart: the
 * folio had ended the list, its second page ("Annex 1: …", "Formal
 * minutes 11") was read as the body, and the formal minutes it named took
 * the whole report (no paragraph read).  The running header that repeats
 * a chapter's entry with the page ("1 Introduction 5") is no heading. */
Test(numbers_placed, a_contents_list_over_two_pages_with_a_roman_folio)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Contents\nSummary 3\n\n1 Introduction 5\n\nLessons from elsewhere 6\n\n"
            "ii\n\nOversight of the framework 7\n\nAnnex 1: Note of visit 9\n\n"
            "Formal minutes 11\n\nWitnesses 12\n\niii\n\n"
            "Summary\n\nWe were struck by the variation in the quality of the framework.\n\n"
            "iv\n\n1 Introduction 5\n\n1 Introduction\n\n"
            "1. We were struck by the variation in the quality of the trust framework across\n"
            "different parts of the country.\n\n"
            "Lessons from elsewhere\n\n"
            "2. A consultation on biometric verification closed in July 2012, but the response\n"
            "has yet to be published.\n\n"
            "Oversight of the framework\n\n"
            "3. The Minister accepted that the arrangements were not sustainable.\n",
            0);
    cr_expect_eq(paragraphs(&u), 3);
    cr_expect_str_eq(unit(&u, "HC1/p1")->chapter_title, "Introduction");
    cr_expect_null(unit(&u, "HC1/p1")->section);
    cr_expect_str_eq(unit(&u, "HC1/p3")->section, "Oversight of the framework");
    cr_expect_eq(count_type(&u, EVX_UNIT_SUMMARY), 1);
    evx_units_free(&u);
}

/* The same list as pdfminer prints it: each page's titles, then its
 * pages, the second page's too. */
Test(numbers_placed, a_contents_column_over_two_pages)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Contents\n\nSummary\n\n1  Introduction\n\nLessons from elsewhere\n\n"
            "2  Background\n\n3\n\n5\n\n6\n\n8\n\nii\n\n"
            "Oversight of the framework\n\nConclusions and recommendations\n\n"
            "Formal minutes\n\n9\n\n11\n\n12\n\niii\n\n"
            "\fSummary\n\nWe were struck by the variation in the quality of the framework.\n\n"
            "iv\n\n\f1 Introduction\n\n"
            "1. We were struck by the variation in the quality of the trust framework across\n"
            "different parts of the country.\n\n"
            "Lessons from elsewhere\n\n"
            "2. A consultation on biometric verification closed in July 2012, but the response\n"
            "has yet to be published.\n\n"
            "\f2 Background\n\n"
            "3. The Minister accepted that the arrangements were not sustainable.\n\n"
            "Oversight of the framework\n\n"
            "4. We heard that funding fell by 30 per cent in real terms.\n\n"
            "\fConclusions and recommendations\n\n"
            "1. The arrangements are not sustainable. (Paragraph 3)\n\n"
            "\fFormal minutes\n\nTuesday 4 March 2025\n",
            0);
    cr_expect_eq(paragraphs(&u), 4);
    cr_expect_str_eq(unit(&u, "HC1/p4")->section, "Oversight of the framework");
    cr_expect_eq(unit(&u, "HC1/p4")->chapter, 2);
    evx_units_free(&u);
}

/* tests/fixtures/mutool-trailing-numbers.txt: MuPDF prints each margin
 * number after its paragraph's text, the page's last before its notes
 * ("… Librarians Guild …" / "17." / "7 Isla Okafor (LIB0012)").  Every
 * paragraph had carried its neighbour's number. */
Test(numbers_placed, numbers_printed_after_their_paragraphs)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "mutool-trailing-numbers.txt", "HC 560");
    cr_expect_eq(paragraphs(&u), 22);
    const char *first[][2] = {
        {"HC560/p1", "We heard that funding for children’s reading schemes"},
        {"HC560/p2", "A consultation on mobile library services closed"},
        {"HC560/p11", "It is not clear to us how the Department intends"},
        {"HC560/p12", "The Minister accepted that the current arrangements for library"},
        {"HC560/p16", "Readers First estimated that around 707 people"},
        {"HC560/p17", "The Department for Culture estimated"},
        {"HC560/p22", "We heard that funding for mobile library services"},
    };
    for (size_t k = 0; k < sizeof first / sizeof *first; k++) {
        const evx_unit *p = unit(&u, first[k][0]);
        cr_expect(strncmp(p->text, first[k][1], strlen(first[k][1])) == 0,
                  "%s: %s", first[k][0], p->text);
    }
    /* the paragraph's second block, after a marker, stays its own */
    cr_expect(strstr(unit(&u, "HC560/p17")->text, "Chartered Librarians Guild") != NULL);
    evx_units_free(&u);
}

/* tests/fixtures/pypdf-en-spaces.txt: pypdf glues a paragraph's number
 * to what stands over it, with no blank line anywhere: a section's
 * heading ("Evaluation (port governance reviews)1. We recognise …"), a
 * table's source ("(SHP0008)17. In 2016 …"), a figure's title ending in
 * a year ("2015 to 202449. In 2021 …").  Those paragraphs had been lost,
 * and chapter 1's heading, after the summary's Roman folio, unread. */
Test(numbers_placed, a_number_glued_to_the_heading_over_it)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pypdf-en-spaces.txt", "HC 98");
    const evx_unit *p1 = unit(&u, "HC98/p1");
    cr_expect(strncmp(p1->text, "We recognise that progress has been made", 40) == 0,
              "p1: %s", p1->text);
    cr_expect_eq(p1->chapter, 1);
    cr_expect_str_eq(p1->section, "Evaluation (port governance reviews)");
    cr_expect(strncmp(unit(&u, "HC98/p17")->text, "In 2016 there were 871", 22) == 0);
    cr_expect(strncmp(unit(&u, "HC98/p49")->text, "In 2021 there were 880", 22) == 0);
    cr_expect_eq(count_type(&u, EVX_UNIT_SUMMARY), 1);
    cr_expect(strstr(unit(&u, "HC98/summary/1")->text, "iii") == NULL);
    evx_units_free(&u);
}

/* A number's point before the number due is no glued paragraph: "Figure
 * 1.2. The …" in paragraph 1 stays its text. */
Test(numbers_placed, a_figure_number_is_no_glued_paragraph)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1. We heard that coverage was poor, as shown in Figure 1.2. The Department disagreed.\n\n"
            "2. It is not clear.\n",
            0);
    cr_expect_eq(paragraphs(&u), 2);
    cr_expect(strstr(unit(&u, "HC1/p1")->text, "Figure 1.2. The Department") != NULL);
    evx_units_free(&u);
}

/* The House of Lords' closing list grouped under its chapters' titles,
 * citing no paragraphs: a group's title after an item that ended a
 * sentence, before the item due, heads the items after it (it had been
 * glued to the item before, the later items keeping the first group's
 * title).  A line that goes on an item's sentence ("… the Department for
 * Environment," / "Food and Rural Affairs …") is no title. */
Test(numbers_placed, a_lords_list_grouped_under_its_chapters)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Chapter 1: Introduction\n"
            "1.     The seasonal worker scheme has grown since 2019.\n\n"
            "2.     Labour providers reported higher recruitment fees.\n\n"
            "Summary of conclusions and recommendations\n"
            "Introduction\n"
            "1.     The seasonal worker scheme should be placed on a statutory footing.\n"
            "2.     The Government should publish data on recruitment fees.\n"
            "The scale of the challenge\n"
            "3.     Defra should review worker welfare audits annually.\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/r2")->text,
                     "The Government should publish data on recruitment fees.");
    cr_expect_str_eq(unit(&u, "HC1/r3")->section, "The scale of the challenge");
    evx_units_free(&u);
}
