/*
 * test_headings_given.c - chapter and section headings: where a title
 * ends, and lines shaped like a heading that are none.  The fixture pdftotext-squeezed-leader.txt is an invented report
 * (HC 623) through pdftotext in its default mode: a contents entry so
 * long that its dot leader is two dots ("… in rural areas..7"), and the
 * chapter's heading wrapped over two lines, its first section's heading
 * under it with no blank line.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

/* The two dots had not been read as a leader, so the entry ran into the
 * next ("… areas..7 population"), and the heading's wrap took in the
 * section's heading: "… in rural areas Population", and no section, for
 * the chapter's paragraphs, with no warning.  The title ends where it is
 * the contents' entry. */
Test(headings_given, a_wrapped_title_ends_at_its_contents_entry)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pdftotext-squeezed-leader.txt", "HC 623");
    for (int k = 1; k <= 2; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC623/p3.%d", k);
        const evx_unit *p = unit(&u, id);
        cr_expect_str_eq(p->chapter_title, "Measuring need: population, deprivation "
                                           "and the cost of delivering services in rural areas");
        cr_expect(p->section && strcmp(p->section, "Population") == 0, "%s: %s", id,
                  p->section ? p->section : "-");
        cr_expect_eq(p->page, 7, "%s page %d", id, p->page);
    }
    evx_units_free(&u);
}

/* A table's "Source: …" line, a blank line after its "Note: …", over the
 * next paragraph (as pdftotext -layout and pdfminer print it): it had
 * been read as a section heading, the section of every paragraph to the
 * next heading.  It is the table's, as its note is. */
Test(headings_given, a_tables_source_line_is_no_heading)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\nBackground\n\n"
            "1. Councils told us that the grant had fallen by a third since 2010.\n\n"
            "Table 1: Spending by region (\xC2\xA3 per head)\n"
            "Region          2019          2020\n"
            "London          1,020         1,064\n"
            "North East        981         1,010\n"
            "Note: figures are for all classes of authority combined.\n\n"
            "Source: House of Commons Library analysis of outturn data (FFR0052)\n\n"
            "2. Table 1 shows that spending per head remains highest in London.\n\n"
            "3. The Department said that the grant was fair and paid on time.\n",
            0);
    for (int k = 2; k <= 3; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d", k);
        const evx_unit *p = unit(&u, id);
        cr_expect(p->section && strcmp(p->section, "Background") == 0, "%s: %s", id,
                  p->section ? p->section : "-");
    }
    const evx_unit *box = unit(&u, "HC1/box/table-1-spending-by-region-per-head");
    cr_expect(strstr(box->text, "Source: House of Commons Library"), "%s", box->text);
    evx_units_free(&u);
}

/* A section's heading under another, both in the contents, the second a
 * question ("The universal service obligation" / "How will it work?" /
 * "7."): the question, punctuated as no heading is, had been read as a
 * box's text under the first (fixture pdftotext-dated-contents.txt, HC
 * 1174). */
Test(headings_given, a_listed_question_under_a_heading_is_a_heading)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pdftotext-dated-contents.txt", "HC 1174");
    cr_expect_null(evx_units_find(&u, "HC1174/box/the-universal-service-obligation"));
    const evx_unit *p7 = unit(&u, "HC1174/p7");
    cr_expect(p7->section && strcmp(p7->section, "How will it work?") == 0, "%s",
              p7->section ? p7->section : "-");
    evx_units_free(&u);
}

/* A web edition hard-wrapped so that a line of a paragraph opens "Annex
 * 1. The Department …" after "… are set out in": the line had been read
 * as the annex's heading, the paragraph cut there and the next one made
 * the annex's text, with no warning. */
Test(headings_given, a_wrapped_line_opening_annex_n_goes_on_its_sentence)
{
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, "1 Introduction\n\n"
                 "1. We launched our inquiry in June 2022. Our terms of reference are set out in\n"
                 "Annex 1. The Department for Levelling Up, Housing and Communities told\n"
                 "us that it keeps the formula under review.\n\n"
                 "2. In November 2022 we visited Leeds, where we met councillors.\n\n"
                 "Annex 1: Terms of reference\n\n"
                 "The Committee invited written evidence on the following questions.\n");
    const evx_unit *p1 = unit(&u, "HC1/p1");
    cr_expect(strstr(p1->text, "keeps the formula under review"), "%s", p1->text);
    cr_expect(strstr(unit(&u, "HC1/p2")->text, "we visited Leeds"));
    const evx_unit *a = unit(&u, "HC1/annex/1");
    cr_expect(strstr(a->text, "invited written evidence"), "%s", a->text);
    evx_units_free(&u);
}

/* A word processor's contents list sets a section's page with no leader,
 * and pdftotext's reading order prints that page apart, after a blank
 * line ("Port infrastructure" / "" / "3"), between chapters whose pages
 * a leader leads to.  The list had ended at the first such entry, so the
 * closing list's heading, and the witnesses', were never confirmed: the
 * recommendations ran into the last paragraph, no witness was read, and
 * only the unplaced contents lines were warned (a blind set: every report
 * so printed). */
Test(headings_given, a_contents_entry_whose_page_is_set_apart)
{
    static const char *const text =
        "Ferry services\n"
        "\n"
        "Contents\n"
        "1 Introduction.........................................................3\n"
        "Port infrastructure\n"
        "\n"
        "3\n"
        "\n"
        "2 Fares................................................................4\n"
        "The subsidy formula\n"
        "\n"
        "4\n"
        "\n"
        "Conclusions and recommendations......................................5\n"
        "Witnesses............................................................6\n"
        "\n"
        "2\n"
        "\n"
        "Ferry services\n"
        "\n"
        "1 Introduction\n"
        "1.\n"
        "We took evidence from witnesses about the island ferries.\n"
        "\n"
        "Port infrastructure\n"
        "2.\n"
        "The harbours are too small for the new ships.\n"
        "\n"
        "3\n"
        "\n"
        "Ferry services\n"
        "\n"
        "2 Fares\n"
        "3.\n"
        "Ms Ann Bell told us that \xE2\x80\x9C" "fares are too high for islanders\xE2\x80\x9D.1\n"
        "\n"
        "The subsidy formula\n"
        "4.\n"
        "The subsidy formula has not changed since 2007.\n"
        "\n"
        "1\n"
        "\n"
        "Q5 [Ms Ann Bell]\n"
        "\n"
        "4\n"
        "\n"
        "Ferry services\n"
        "\n"
        "Conclusions and recommendations\n"
        "1.\n"
        "We recommend that the subsidy formula be reviewed. (Paragraph 4)\n"
        "\n"
        "5\n"
        "\n"
        "Ferry services\n"
        "\n"
        "Witnesses\n"
        "Tuesday 8 October 2024\n"
        "Ms Ann Bell, Chair, Island Fares Forum\n"
        "\n"
        "Q1\xE2\x80\x93" "17\n"
        "\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    cr_expect_str_eq(unit(&u, "HC1/p4")->text,
                     "The subsidy formula has not changed since 2007.");
    cr_expect_str_eq(unit(&u, "HC1/p4")->section, "The subsidy formula");
    cr_expect_str_eq(unit(&u, "HC1/r1")->text,
                     "We recommend that the subsidy formula be reviewed.");
    cr_expect_eq(unit(&u, "HC1/witness/1")->q_last, 17);
    cr_expect(unit(&u, "HC1/p3/q1")->speaker != NULL);
    evx_units_free(&u);
}

/* pdftotext prints a contents page's titles as one column and their pages
 * as another, and the page's own number in roman numerals between them
 * ("ii").  Read as a title, it had put titles and pages out of step: the
 * summary and the chapter became boxes ("ii 5"), the chapter's first
 * paragraph ran into the summary, with no warning; on a blind set's
 * reports so printed no paragraph at all was read.  A roman page alone
 * on its line is the page's furniture (and no longer "could not place
 * text"). */
Test(headings_given, a_roman_page_between_the_contents_titles_and_pages)
{
    static const char *const text =
        "Contents\n"
        "Summary\n"
        "1 Introduction\n"
        "\n"
        "ii\n"
        "\n"
        "3\n"
        "5\n"
        "\n"
        "\fSummary\n"
        "The committee looked at widgets.\n"
        "\n"
        "\f1 Introduction\n"
        "1. We launched this inquiry in May 2024.\n"
        "2. We received 40 written submissions.\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    cr_expect_str_eq(unit(&u, "HC1/summary/1")->text, "The committee looked at widgets.");
    cr_expect_str_eq(unit(&u, "HC1/p1")->text, "We launched this inquiry in May 2024.");
    cr_expect_eq(unit(&u, "HC1/p1")->chapter, 1);
    cr_expect_null(evx_units_find(&u, "HC1/box/introduction"));
    evx_units_free(&u);
}

/* The number of paragraphs in u, and whether they run 1..n. */
static int paragraphs_in_order(const evx_units *u, int *n)
{
    *n = 0;
    int ok = 1;
    for (size_t k = 0; k < u->len; k++)
        if (u->items[k]->type == EVX_UNIT_PARAGRAPH)
            ok &= u->items[k]->number == ++*n;
    return ok;
}

/* Two invented reports of a blind set whose contents pages are numbered
 * in roman numerals: through pdftotext's reading order, titles and pages
 * as two columns with the page's "ii" between (no paragraph of the 111
 * had been read), and through -layout, the contents over two pages with
 * "ii" and "iii" as their footers (read whole; a first mend that took
 * every roman number alone on its line for furniture ended the list at
 * "ii" and lost the report's 118 paragraphs). */
Test(headings_given, contents_pages_numbered_in_roman)
{
    static const struct {
        const char *file, *report;
        int paras;
    } cases[] = {
        {"pdftotext-contents-columns.txt", "HC 412", 111},
        {"layout-roman-folios.txt", "HC 1190", 118},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        evx_units u = EVX_UNITS_INIT;
        read_fixture(&u, cases[c].file, cases[c].report);
        int n;
        cr_expect(paragraphs_in_order(&u, &n), "%s: out of order", cases[c].file);
        cr_expect_eq(n, cases[c].paras, "%s: %d paragraphs", cases[c].file, n);
        evx_units_free(&u);
    }
}
