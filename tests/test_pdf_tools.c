/*
 * test_pdf_tools.c - a report as PDF tools other than poppler's give it.
 * A Python PDF library (pypdf's extract_text, page by page): no blank
 * lines, a hanging paragraph number glued to its text ("1.Witnesses"),
 * footnote and written-evidence numbers glued to their bodies ("7Q16 [Mr
 * Graham Ives]"), the page's number and the running title on lines of
 * their own between pages, or pages joined in mid-line by a form feed or
 * by nothing at all.
 * MuPDF (mutool draw -F txt): each number on a line of its own over its
 * text, blocks apart.  pdfminer (pdf2txt): text boxes, numbers in
 * columns apart from their texts.  Ghostscript (txtwrite): footnote
 * markers raised on lines of their own.  Read the way the
 * pipeline reads it; the report is invented, its shapes are those of a
 * word processor's PDF.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coverage.h"
#include "otherutil.h"

/* The report's front: cover, contents, summary. */
static const char FRONT[] =
    "House of Commons\n"
    "Transport Committee\n"
    "Rural bus services\n"
    "Third Report of Session 2024\xE2\x80\x93" "25\n"
    "HC 1\n"
    "Rural bus services\n"
    "Contents\n"
    "Summary.............................................. 3\n"
    "1 Introduction....................................... 4\n"
    "Our inquiry.......................................... 4\n"
    "2 Funding............................................ 5\n"
    "Conclusions and recommendations...................... 6\n"
    "Formal minutes....................................... 7\n"
    "Published written evidence........................... 7\n"
    "2\n"
    "Rural bus services\n"
    "Summary\n"
    "Rural bus services have been cut back across England for a decade, and\n"
    "passengers without a car have lost the journeys they relied on. Councils\n"
    "told us that the grant they are paid for supported services arrives too\n"
    "late in each year to plan with, and operators that fares no longer cover\n"
    "their costs. The Department for Transport accepts that progress has been\n"
    "slower than it hoped, but it has no plan to change how the grant is paid.\n"
    "3\n"
    "Rural bus services\n";

/* The report's back, after the body's last page. */
static const char BACK[] =
    "Formal minutes\n"
    "Tuesday 4 March 2025\n"
    "Members present: Ms Ann Smith, in the Chair; Mr Tom Jones; Dr Kay Patel\n"
    "Draft Report (Rural bus services), proposed by the Chair, brought up and read.\n"
    "Ordered, That the draft Report be read a second time, paragraph by paragraph.\n"
    "Resolved, That the Report be the Third Report of the Committee to the House.\n";

/* Reads FRONT, body and BACK as pypdf's text of report "HC 1". */
static void read_pypdf(evx_units *u, const char *body)
{
    size_t n = strlen(FRONT) + strlen(body) + strlen(BACK) + 1;
    char *text = malloc(n);
    cr_assert_not_null(text);
    snprintf(text, n, "%s%s%s", FRONT, body, BACK);
    read_as(u, text, 0);
    free(text);
}

/* Does unit id's text end with tail? */
static void expect_ends(const evx_units *u, const char *id, const char *tail)
{
    const char *t = unit(u, id)->text;
    size_t n = strlen(t), m = strlen(tail);
    cr_expect(n >= m && strcmp(t + n - m, tail) == 0, "%s: %s", id, t);
}

/* A hanging number glued to its paragraph's first word is the paragraph's
 * number, whatever the word ("1.The", "2.A", "3.\xE2\x80\x9CWe"); a
 * figure at a line's start ("2.5m") and a number glued to a lower-case
 * word are text; recommendations are numbered the same way. */
Test(pdf_tools, glued_paragraph_numbers)
{
    evx_units u = EVX_UNITS_INIT;
    read_pypdf(&u,
               "1 Introduction\n"
               "Our inquiry\n"
               "1.The Department told us that rural routes had fallen by a\n"
               "third since 2010, and that councils had cut their support\n"
               "2.5m fewer journeys were made in the year to March.\n"
               "2.A number of witnesses said that demand-responsive\n"
               "services had not replaced the routes that were lost.\n"
               "4\n"
               "Rural bus services\n"
               "2 Funding\n"
               "3.\xE2\x80\x9CWe cannot plan beyond a year,\xE2\x80\x9D one council told us, and\n"
               "1.e the grant had come too late in each year to be used.\n"
               "4.I welcome the Minister\xE2\x80\x99s offer to publish the data.\n"
               "5\n"
               "Rural bus services\n"
               "Conclusions and recommendations\n"
               "1.The Department should set councils\xE2\x80\x99 funding for three years at\n"
               "a time. (Paragraph 3)\n"
               "2.A bus strategy should be published within six months. (Paragraph 2)\n"
               "6\n"
               "Rural bus services\n");
    const evx_unit *p1 = unit(&u, "HC1/p1");
    cr_expect(strstr(p1->text, "councils had cut their support 2.5m fewer journeys "
                               "were made in the year to March.") != NULL,
              "p1: %s", p1->text);
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "A number of witnesses said that demand-responsive services "
                     "had not replaced the routes that were lost.");
    const evx_unit *p3 = unit(&u, "HC1/p3");
    cr_expect_eq(p3->chapter, 2);
    cr_expect(strncmp(p3->text, "\xE2\x80\x9CWe cannot plan", 16) == 0, "p3: %s", p3->text);
    cr_expect(strstr(p3->text, "1.e the grant had come too late") != NULL, "p3: %s",
              p3->text);
    cr_expect_str_eq(unit(&u, "HC1/p4")->text,
                     "I welcome the Minister\xE2\x80\x99s offer to publish the data.");
    cr_expect_eq(unit(&u, "HC1/p4")->page, 5);
    cr_expect_str_eq(unit(&u, "HC1/r1")->text,
                     "The Department should set councils\xE2\x80\x99 funding for three years "
                     "at a time.");
    cr_expect_str_eq(unit(&u, "HC1/r2")->text,
                     "A bus strategy should be published within six months.");
    cr_expect_null(evx_units_find(&u, "HC1/p5"));
    evx_units_free(&u);
}

/* A report whose pages end in a footer, "Rural bus services N", joined
 * page to page by ff: "\f" (a script joining pypdf's pages with form
 * feeds and no line end) or "\n\f" (as pdftotext writes them). */
static void footer_pages(char *buf, size_t size, const char *ff)
{
    static const char *const PAGES[] = {
        "House of Commons\nTransport Committee\nRural bus services\n"
        "Third Report of Session 2024\xE2\x80\x93" "25\nHC 1",
        "Contents\nSummary 3\n1 Introduction 4\nOur inquiry 4\n2 Funding 5\n"
        "Conclusions and recommendations 6\nFormal minutes 6\n"
        "Rural bus services 2",
        "Summary\n"
        "Rural bus services have been cut back across England for a decade, and\n"
        "passengers without a car have lost the journeys they relied on. Councils\n"
        "told us that the grant they are paid for supported services arrives too\n"
        "late in each year to plan with, and operators that fares no longer cover\n"
        "their costs.\nRural bus services 3",
        "1 Introduction\nOur inquiry\n"
        "1.The Department told us that rural routes had fallen by a\n"
        "third since 2010, and that councils had cut their support.\n"
        "2.A number of witnesses said that demand-responsive services had\n"
        "not replaced the routes that were lost, and that those who could\n"
        "not drive had been left without a way to reach work or a doctor\n"
        "Rural bus services 4",
        "in the next town.\n"
        "3.Councils told us that the grant came too late in each year.\n"
        "4.Operators told us that fares no longer covered their costs, and\n"
        "that evening and Sunday services had been the first to go.\n"
        "2 Funding\n"
        "5.The grant was paid late in each of the last three years.\n"
        "Rural bus services 5",
        "6.I welcome the Minister\xE2\x80\x99s offer to publish the data.\n"
        "Conclusions and recommendations\n"
        "1.The Department should publish the data. (Paragraph 6)\n"
        "Formal minutes\nTuesday 4 March 2025\n"
        "Members present: Ms Ann Smith, in the Chair; Mr Tom Jones; Dr Kay Patel\n"
        "Draft Report (Rural bus services), proposed by the Chair, brought up and read.\n"
        "Rural bus services 6\n"};
    size_t n = 0;
    for (size_t k = 0; k < sizeof PAGES / sizeof *PAGES; k++)
        n += (size_t)snprintf(buf + n, size - n, "%s%s", k ? ff : "", PAGES[k]);
    cr_assert_lt(n, size);
}

/* The line (1-based) and byte column of the first s in text. */
static void line_col_of(const char *text, const char *s, long *line, long *col)
{
    const char *at = strstr(text, s), *start = text;
    cr_assert_not_null(at, "%s not in the text", s);
    *line = 1;
    for (const char *p = text; p < at; p++)
        if (*p == '\n') {
            ++*line;
            start = p + 1;
        }
    *col = (long)(at - start) + 1;
}

/* The footer pages joined by ff, read: each page starts where they were
 * joined, its footer is furniture, and a unit's place is the file's own
 * line and column. */
static void expect_footer_pages_read(const char *ff)
{
    char text[4096];
    footer_pages(text, sizeof text, ff);
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "A number of witnesses said that demand-responsive services had "
                     "not replaced the routes that were lost, and that those who could "
                     "not drive had been left without a way to reach work or a doctor "
                     "in the next town.");
    cr_expect_str_eq(unit(&u, "HC1/p5")->text,
                     "The grant was paid late in each of the last three years.");
    cr_expect_eq(unit(&u, "HC1/p5")->chapter, 2);
    cr_expect_eq(unit(&u, "HC1/p5")->page, 5);
    const evx_unit *p6 = unit(&u, "HC1/p6");
    cr_expect_str_eq(p6->text,
                     "I welcome the Minister\xE2\x80\x99s offer to publish the data.");
    cr_expect_eq(p6->page, 6);
    cr_expect_str_eq(unit(&u, "HC1/r1")->text, "The Department should publish the data.");
    long line, col;
    line_col_of(text, "6.I welcome", &line, &col);
    cr_assert_gt(p6->n_sources, 0);
    cr_expect_eq(p6->sources[0].line, line, "p6 on line %ld", p6->sources[0].line);
    /* the column in the file's own bytes, as the pipeline gives it */
    evx_text *t = NULL;
    cr_assert_eq(evx_text_from_memory(&t, "dump.txt", text, strlen(text), NULL),
                 EVX_OK);
    long file_col = evx_text_file_col(t, (size_t)line, p6->sources[0].col);
    cr_expect_eq(file_col, col, "p6 at column %ld", file_col);
    evx_text_free(t);
    evx_units_free(&u);
}

/* Pages joined in mid-line by a form feed ("… doctor\nRural bus services
 * 4\fin the next town."). */
Test(pdf_tools, pages_joined_in_mid_line)
{
    expect_footer_pages_read("\f");
}

/* Pages joined with nothing between them ("Rural bus services 4in the
 * next town.", "HC 1Contents": `text += page.extract_text()`), found by
 * their footers (pagejoin.h). */
Test(pdf_tools, pages_joined_with_nothing_between)
{
    expect_footer_pages_read("");
}

/* The coverage of text read as pdf-text of report "HC 1". */
static evx_coverage_result measured(const char *text, evx_coverage **cov)
{
    evx_units u = EVX_UNITS_INIT;
    evx_coverage_result r;
    read_pdf_memory(&u, text, NULL, cov);
    cr_assert_eq(evx_coverage_measure(&r, *cov, &u), EVX_OK);
    evx_units_free(&u);
    return r;
}

/* The same pages joined in mid-line (by a form feed, or by nothing) and
 * with pdftotext's form feeds are measured alike: a footer sharing its
 * line with text is furniture, the text beside it is measured, and a
 * heading beside a footer is placed. */
Test(pdf_tools, pages_joined_in_mid_line_are_measured)
{
    static const char *const JOINS[] = {"\f", ""};
    for (size_t k = 0; k < 2; k++) {
        char mid[4096], own[4096];
        footer_pages(mid, sizeof mid, JOINS[k]);
        footer_pages(own, sizeof own, "\n\f");
        evx_coverage *a, *b;
        evx_coverage_result x = measured(mid, &a), y = measured(own, &b);
        cr_expect_eq(x.words, y.words, "join %zu: words %zu, not %zu", k, x.words,
                     y.words);
        cr_expect_eq(x.furniture, y.furniture, "join %zu: furniture %zu, not %zu", k,
                     x.furniture, y.furniture);
        cr_expect_eq(x.placed, y.placed, "join %zu: placed %zu, not %zu", k, x.placed,
                     y.placed);
        cr_expect_eq(x.n_stretches, y.n_stretches);
        evx_coverage_free(a);
        evx_coverage_free(b);
    }
}

/* Notes whose glued numbers open their bodies, bodies wrapped after a
 * comma over several lines, five notes of some 75 words each on one page
 * (400 words), and a lone note at a page's foot: each note whole, the
 * paragraphs without them. */
Test(pdf_tools, glued_notes_that_wrap)
{
    static const char LONG[] =
        "Transport Committee, Second Report of Session 2019\xE2\x80\x93" "21, Bus services in\n"
        "England outside London, HC 414, 15 February 2021, paras 12\xE2\x80\x93" "19; see also the\n"
        "supplementary note from the Department for Transport on concessionary fares,\n"
        "dated 4 March 2024, and the correspondence with the County Councils Network\n"
        "published on the inquiry page of the Committee's website, with the tables of\n"
        "routes withdrawn in each year since 2010 by each of the councils that replied\n";
    char body[8192];
    int n = snprintf(body, sizeof body,
                     "1 Introduction\n"
                     "Our inquiry\n"
                     "1.Councils said the grant had fallen.1 Operators said that fares\n"
                     "no longer covered costs.2 The Department disagreed.3 Passengers\n"
                     "told us that evening services had gone.4 Others said the same.5\n"
                     "Three councils had withdrawn their support.6 One had not.7\n"
                     "1National Audit Office, Local bus services, HC 1010, Session 2019\xE2\x80\x93" "20,\n"
                     "May 2020, Figure 10 and paragraphs 2.4 to 4.15\n"
                     "2Confederation of Passenger Transport (RBS0042)\n");
    for (int k = 3; k <= 7; k++)
        n += snprintf(body + n, sizeof body - (size_t)n, "%d%s", k, LONG);
    snprintf(body + n, sizeof body - (size_t)n,
             "4\n"
             "Rural bus services\n"
             "2 Funding\n"
             "2.The grant was paid late in each of the last three years, councils told us,\n"
             "and could not be spent before it lapsed.8\n"
             "8County Councils Network, Report of the Funding Review, second edition,\n"
             "Table 4 and paragraphs 3.1 to 3.9, with the councils\xE2\x80\x99 returns for 2023\n"
             "5\n"
             "Rural bus services\n");
    evx_units u = EVX_UNITS_INIT;
    read_pypdf(&u, body);
    cr_expect_str_eq(unit(&u, "HC1/p1")->text,
                     "Councils said the grant had fallen. Operators said that fares no "
                     "longer covered costs. The Department disagreed. Passengers told us "
                     "that evening services had gone. Others said the same. Three councils "
                     "had withdrawn their support. One had not.");
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text,
                     "National Audit Office, Local bus services, HC 1010, Session "
                     "2019\xE2\x80\x93" "20, May 2020, Figure 10 and paragraphs 2.4 to 4.15");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Confederation of Passenger Transport (RBS0042)");
    for (int k = 3; k <= 7; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/fn%d", k);
        const evx_unit *f = unit(&u, id);
        cr_expect(strncmp(f->text, "Transport Committee, Second Report", 34) == 0 &&
                      strstr(f->text, "councils that replied") != NULL &&
                      strlen(f->text) < 500,
                  "%s: %s", id, f->text);
        cr_expect_eq(f->page, 4, "%s on page %d", id, f->page);
    }
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "The grant was paid late in each of the last three years, councils "
                     "told us, and could not be spent before it lapsed.");
    cr_expect_str_eq(unit(&u, "HC1/fn8")->text,
                     "County Councils Network, Report of the Funding Review, second "
                     "edition, Table 4 and paragraphs 3.1 to 3.9, with the councils\xE2\x80\x99 "
                     "returns for 2023");
    evx_units_free(&u);
}

/* A word processor's endnotes after the written-evidence list, both
 * numbered from 1 with their numbers glued: the list's entries are the
 * evidence, the notes after them footnotes. */
Test(pdf_tools, glued_endnotes_after_the_evidence)
{
    evx_units u = EVX_UNITS_INIT;
    read_pypdf(&u,
               "1 Introduction\n"
               "Our inquiry\n"
               "1.Councils said the grant had fallen.1 Operators disagreed.2\n"
               "2.The Department said that the grant was fair.3\n"
               "4\n"
               "Rural bus services\n"
               "Published written evidence\n"
               "The following written evidence was received and can be viewed on the\n"
               "inquiry publications page of the Committee's website.\n"
               "1Campaign for Better Transport (RBS0014)\n"
               "2County Councils Network (RBS0002)\n"
               "3Department for Transport (RBS0037)\n"
               "7\n"
               "Rural bus services\n"
               "1County Councils Network (RBS0002)\n"
               "2Q116 [Mr Neil Ashdown]\n"
               "3Department for Transport (RBS0037)\n");
    cr_expect_str_eq(unit(&u, "HC1/evidence/RBS0014")->title,
                     "Campaign for Better Transport");
    cr_expect_str_eq(unit(&u, "HC1/evidence/RBS0037")->title, "Department for Transport");
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "County Councils Network (RBS0002)");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q116 [Mr Neil Ashdown]");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Department for Transport (RBS0037)");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->parent, "HC1/p2");
    cr_expect_eq(count_type(&u, EVX_UNIT_EVIDENCE), 3);
    evx_units_free(&u);
}

/* MuPDF's blocks (tests/fixtures/mupdf-endnotes.txt, an invented report
 * printed from a word processor and extracted with mutool draw -F txt):
 * its endnotes follow the written-evidence list, each number alone over
 * its body as the list's are, the list numbered from 1 and the notes from
 * 1 again.  The list is the evidence, the notes after it the footnotes. */
Test(pdf_tools, endnotes_numbered_over_their_bodies)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "mupdf-endnotes.txt", "HC 2045");
    cr_expect_str_eq(unit(&u, "HC2045/evidence/WRQ0014")->title, "Angling Trust");
    cr_expect_str_eq(unit(&u, "HC2045/fn1")->text, "Consumer Council for Water (WRQ0018)");
    cr_expect_str_eq(unit(&u, "HC2045/fn2")->text, "Q116 [Mr Neil Ashdown]");
    cr_expect_str_eq(unit(&u, "HC2045/fn19")->text, "Q3 [the Minister]");
    cr_expect_eq(count_type(&u, EVX_UNIT_EVIDENCE), 14);
    cr_expect_eq(count_type(&u, EVX_UNIT_FOOTNOTE), 19);
    evx_units_free(&u);
}

/* MuPDF sets each note apart, its number alone over its body
 * (tests/fixtures/mupdf-long-notes.txt, an invented report of long
 * notes): a body that wraps before a figure ("dated" / "11 November
 * 2025, …") with the next number alone after its block is no column
 * split around its bodies, and the year of a note's date broken off at
 * a page's foot ("… HC 837, 11 March" / "2024, paras 20–25"), a block of
 * its own over the next page's notes, is the note's. */
Test(pdf_tools, notes_set_apart_that_wrap)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "mupdf-long-notes.txt", "HC 2045");
    cr_expect_str_eq(unit(&u, "HC2045/fn13")->text,
                     "Letter from the Minister of State, Department for Environment, Food "
                     "and Rural Affairs, to the Chair of the Committee, dated 11 November "
                     "2025, on the water industry national environment programme");
    cr_expect(strncmp(unit(&u, "HC2045/fn14")->text, "The Department for Environment", 30) == 0,
              "fn14: %s", unit(&u, "HC2045/fn14")->text);
    expect_ends(&u, "HC2045/p13", "since the programme began.");
    cr_expect_str_eq(unit(&u, "HC2045/fn32")->text,
                     "Public Accounts Committee, Sixth Report of Session 2023\xE2\x80\x93" "24, "
                     "Value for money in arm\xE2\x80\x99s-length bodies, HC 837, 11 March 2024, "
                     "paras 20\xE2\x80\x93" "25");
    const char *p31 = unit(&u, "HC2045/p31")->text;
    cr_expect(strstr(p31, "2024, paras") == NULL, "p31: %s", p31);
    cr_expect_eq(count_type(&u, EVX_UNIT_FOOTNOTE), 37);
    evx_units_free(&u);
}

/* Ghostscript's txtwrite (and ps2ascii) sets a raised footnote marker
 * on a line of its own above its line, at its place across the page
 * (tests/fixtures/gs-txtwrite.txt, an invented report; CRLF line ends):
 * "          7" / "… rarely used them.  We welcome".  Each marker goes
 * back into the gap it left, or after the line's last word ("14" /
 * "roll-out."), so every note is cited by its paragraph; a page's number
 * over the running title is no marker. */
Test(pdf_tools, markers_printed_raised)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "gs-txtwrite.txt", "HC 1201");
    size_t notes = count_type(&u, EVX_UNIT_FOOTNOTE), cited = 0;
    for (size_t k = 0; k < u.len; k++)
        cited += u.items[k]->type == EVX_UNIT_FOOTNOTE && u.items[k]->parent;
    cr_expect_eq(notes, 23, "%zu footnotes", notes);
    cr_expect_eq(cited, notes, "%zu of %zu cited by their paragraphs", cited, notes);
    cr_expect_str_eq(unit(&u, "HC1201/fn14")->parent, "HC1201/p18");
    cr_expect_str_eq(unit(&u, "HC1201/fn7")->text, "Q16 [Mr Graham Ives]");
    expect_ends(&u, "HC1201/p7", "must now be matched by action.");
    expect_ends(&u, "HC1201/p18", "before any national roll-out.");
    evx_units_free(&u);
}

/* A report's cover and the head of its contents page as pdfminer prints
 * them, a text box a block. */
#define BOXES_COVER                                                              \
    "House of Commons\n\nTransport Committee\n\nRural bus services\n\n"          \
    "HC 1\n\n\f"                                                                 \
    "Contents\n\n"

/* pdfminer's text boxes (pdf2txt): the contents list's titles, then the
 * page's header, then their pages; paragraph numbers printed as a column
 * before the paragraphs they number ("2." / "3." / "4." / three texts),
 * and under a number, the page's notes' numbers as a column whose bodies
 * end the page, cited by the text between.  Each paragraph is its own. */
Test(pdf_tools, pdfminer_columns)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BOXES_COVER
            "Summary\n\n"
            "1 Introduction\n\n"
            "Our inquiry\n"
            "The grant\n\n"
            "2 Funding\n\n"
            "Formal minutes\n\n"
            "Rural bus services  2\n\n"
            "3\n\n4\n4\n4\n\n5\n\n6\n\n"
            "\fRural bus services  3\n\n"
            "Summary\n\n"
            "Rural bus services have been cut back across England for a decade, and\n"
            "passengers without a car have lost the journeys they relied on.\n\n"
            "\fRural bus services  4\n\n"
            "1 Introduction\n\n"
            "Our inquiry\n\n"
            "1. Councils told us that the grant had fallen by a third since 2010.\n\n"
            "2.\n\n3.\n\n4.\n\n"
            "Operators said that fares no longer covered their costs, and that\n"
            "evening services had been the first to go.\n\n"
            "The Department said that the grant was fair and paid on time.\n\n"
            "Passengers told us that they could no longer reach the hospital.\n\n"
            "The grant\n\n"
            "5.\n\n"
            "1\n2\n\n"
            "Councils said that the grant came too late in each year to plan with.1\n\n"
            "6.\n\n"
            "Operators agreed, and said that contracts ran for a year at most.2\n\n"
            "Local Government Association (RBS0007)\n"
            "Q41 [Mark Harper]\n\n"
            "\fRural bus services  5\n\n"
            "2 Funding\n\n"
            "7. The Department will review the grant next year.\n\n"
            "\fRural bus services  6\n\n"
            "Formal minutes\n\n"
            "Tuesday 4 March 2025\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Operators said that fares no longer covered their costs, and "
                     "that evening services had been the first to go.");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                     "The Department said that the grant was fair and paid on time.");
    cr_expect_str_eq(unit(&u, "HC1/p4")->text,
                     "Passengers told us that they could no longer reach the hospital.");
    cr_expect_eq(unit(&u, "HC1/p4")->page, 4);
    const evx_unit *p5 = unit(&u, "HC1/p5");
    cr_expect_str_eq(p5->text, "Councils said that the grant came too late in each "
                               "year to plan with.");
    cr_expect_str_eq(p5->section, "The grant");
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Local Government Association (RBS0007)");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q41 [Mark Harper]");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->parent, "HC1/p6");
    const evx_unit *p7 = unit(&u, "HC1/p7");
    cr_expect_eq(p7->chapter, 2);
    cr_expect_eq(p7->page, 5);
    evx_units_free(&u);
}

/* pdfminer's contents page when the running title stands alone at the
 * top of each page and the number at its foot: the page's title, then
 * the pages the list names ("Rural bus services" / "3" / "4" / "4"),
 * then the page's own number.  The first page listed is no part of the
 * header: every heading is confirmed, and the paragraphs are read. */
Test(pdf_tools, pdfminer_contents_under_a_title_alone)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BOXES_COVER
            "Summary\n\n"
            "1 Introduction\n\n"
            "Our inquiry\n"
            "The grant\n\n"
            "2 Funding\n\n"
            "Formal minutes\n\n"
            "Rural bus services\n\n"
            "3\n\n4\n4\n4\n\n5\n\n6\n\n"
            "2\n\n"
            "\fRural bus services\n\n"
            "Summary\n\n"
            "Rural bus services have been cut back across England for a decade, and\n"
            "passengers without a car have lost the journeys they relied on.\n\n"
            "3\n\n"
            "\fRural bus services\n\n"
            "1 Introduction\n\n"
            "Our inquiry\n\n"
            "1. Councils told us that the grant had fallen by a third since 2010.\n\n"
            "The grant\n\n"
            "2. Operators said that fares no longer covered their costs.\n\n"
            "4\n\n"
            "\fRural bus services\n\n"
            "2 Funding\n\n"
            "3. The Department will review the grant next year.\n\n"
            "5\n\n"
            "\fRural bus services\n\n"
            "Formal minutes\n\n"
            "Tuesday 4 March 2025\n\n"
            "6\n",
            0);
    const evx_unit *p1 = unit(&u, "HC1/p1");
    cr_expect_eq(p1->chapter, 1);
    cr_expect_str_eq(p1->section, "Our inquiry");
    cr_expect_eq(p1->page, 4);
    cr_expect_str_eq(unit(&u, "HC1/p2")->section, "The grant");
    const evx_unit *p3 = unit(&u, "HC1/p3");
    cr_expect_eq(p3->chapter, 2);
    cr_expect_str_eq(p3->chapter_title, "Funding");
    cr_expect_eq(p3->page, 5);
    evx_units_free(&u);
}

/* pdfminer may print the contents page's numbers first, then
 * "Contents", then the titles ("3" / "4" / "4" / "5" / "Contents" /
 * "Summary" …), the page's number and title at its foot: the list is
 * read, its headings open their chapters and the report is read whole
 * (it had been lost: no paragraph past the contents). */
Test(pdf_tools, pdfminer_pages_before_contents)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "House of Commons\n\nTransport Committee\n\nRural bus services\n\n"
            "HC 1\n\n"
            "\f3\n\n4\n4\n\n5\n\n6\n\n"
            "Contents\n\n"
            "Summary\n\n1 Introduction\n\nOur inquiry\n\n2 Funding\n\nFormal minutes\n\n"
            "2  Rural bus services\n\n"
            "\fSummary\n\n"
            "Rural bus services have been cut back across England for a decade, and\n"
            "passengers without a car have lost the journeys they relied on.\n\n"
            "Rural bus services  3\n\n"
            "\f1 Introduction\n\n"
            "Our inquiry\n\n"
            "1. Councils told us that the grant had fallen by a third since 2010.\n\n"
            "2. Operators said that fares no longer covered their costs.\n\n"
            "4  Rural bus services\n\n"
            "\f2 Funding\n\n"
            "3. The Department will review the grant next year.\n\n"
            "Rural bus services  5\n\n"
            "\fFormal minutes\n\n"
            "Tuesday 4 March 2025\n\n"
            "Members present: Ms Ann Smith, in the Chair; Mr Tom Jones\n\n"
            "6  Rural bus services\n",
            0);
    const evx_unit *p3 = unit(&u, "HC1/p3");
    cr_expect_str_eq(p3->text, "The Department will review the grant next year.");
    cr_expect_eq(p3->chapter, 2);
    cr_expect_eq(p3->page, 5);
    cr_expect_eq(unit(&u, "HC1/p1")->page, 4);
    cr_expect_str_eq(unit(&u, "HC1/p2")->section, "Our inquiry");
    evx_units_free(&u);
}

/* BOXES_COVER, a contents page listing two chapters, and the first
 * chapter's first page as pdfminer prints them, to its second
 * paragraph's first line. */
#define BOXES_TWO_CHAPTERS                                                       \
    BOXES_COVER                                                                  \
    "1 Introduction\n\n"                                                          \
    "2 Funding\n\n"                                                               \
    "Rural bus services  2\n\n"                                                   \
    "3\n\n4\n\n"                                                                  \
    "\fRural bus services  3\n\n"                                                 \
    "1 Introduction\n\n"                                                          \
    "1. Councils told us that the grant had fallen by a third since 2010.1\n\n" \
    "2. Operators said that fares no longer covered their costs.2 The\n"

/* The second chapter's page after BOXES_TWO_CHAPTERS, its paragraph 3's
 * first words. */
#define BOXES_CHAPTER_TWO                                                        \
    "\fRural bus services  4\n\n"                                                 \
    "2 Funding\n\n"                                                               \
    "3. The Department will review the grant next year."

/* pdfminer prints a page's note numbers after their bodies, each body
 * and its number a text box ("Local Government Association (RBS0007)" /
 * "1" / "Q41 [Mark Harper]" / "2"), the last perhaps run into its body,
 * and a lone note's number, after a blank line, over the next note's
 * line ("Campaign for Better Transport (RBS0070)" / "4" / "5 Q78 …"):
 * each note keeps its own body, never the next one's. */
Test(pdf_tools, pdfminer_numbers_after_their_notes)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BOXES_TWO_CHAPTERS
            "Minister disagreed.3\n\n"
            "Local Government Association (RBS0007)\n"
            "1\n"
            "Q41 [Mark Harper]\n"
            "2\n"
            "3 Q12 [Ms Ann Roe]\n\n"
            BOXES_CHAPTER_TWO "4 Councils\n"
            "welcomed it.5\n\n"
            "Campaign for Better Transport (RBS0070)\n\n"
            "4\n"
            "5 Q78 [Dr Fiona Baird]\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Local Government Association (RBS0007)");
    cr_expect_str_eq(unit(&u, "HC1/fn4")->text, "Campaign for Better Transport (RBS0070)");
    cr_expect_str_eq(unit(&u, "HC1/fn5")->text, "Q78 [Dr Fiona Baird]");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                     "The Department will review the grant next year. Councils welcomed it.");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q41 [Mark Harper]");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Q12 [Ms Ann Roe]");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->parent, "HC1/p2");
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Operators said that fares no longer covered their costs. The "
                     "Minister disagreed.");
    evx_units_free(&u);
}

/* pdfminer prints a note's body apart from its number when its box sits
 * apart: "3" alone in a run of notes beside their numbers, its body the
 * page's last box.  The body goes to its number, not into the text the
 * next page opens with. */
Test(pdf_tools, pdfminer_note_body_apart)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BOXES_TWO_CHAPTERS
            "Minister disagreed.3 Passengers said that evening services had gone.4\n\n"
            "1 Q12 [Ms Ann Roe]\n"
            "2 Q41 [Mark Harper]\n"
            "3\n"
            "4 Q78 [Dr Fiona Baird]\n\n"
            "Local Government Association (RBS0007)\n\n"
            "3\n\n"
            BOXES_CHAPTER_TWO " Councils welcomed\n"
            "it.\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Local Government Association (RBS0007)");
    cr_expect_str_eq(unit(&u, "HC1/fn4")->text, "Q78 [Dr Fiona Baird]");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->parent, "HC1/p2");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                     "The Department will review the grant next year. Councils welcomed it.");
    evx_units_free(&u);
}

/* pdfminer may print a page's first note number in a block of its own
 * over its body ("1" / "Department for Transport, …" / "2 Q41 …"): the
 * number is the note's, not the page's, and its body no paragraph's. */
Test(pdf_tools, pdfminer_number_in_a_block_over_its_body)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BOXES_TWO_CHAPTERS
            "Minister disagreed.\n\n"
            "1\n\n"
            "Department for Transport, Government response to the Committee's Report,\n"
            "CP 936, January 2023, paragraphs 6 to 28\n\n"
            "2 Q41 [Mark Harper]\n\n"
            BOXES_CHAPTER_TWO "\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text,
                     "Department for Transport, Government response to the Committee\xE2\x80\x99s "
                     "Report, CP 936, January 2023, paragraphs 6 to 28");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q41 [Mark Harper]");
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Operators said that fares no longer covered their costs. The "
                     "Minister disagreed.");
    evx_units_free(&u);
}

/* pdfminer may print a page's note numbers after bodies that wrap,
 * all together ("1 Department …" / "annex B" / "Local Government …" /
 * "Letter … dated 5" / "April 2025, …" / "3 June 2024, …" / "website" /
 * "Q12 …" / "2" / "3" / "4"): where the lines were wrapped says which
 * lines open the bodies, a line opening with a note's number ("3 June
 * 2024") among them, and each note keeps its own body. */
Test(pdf_tools, pdfminer_numbers_after_wrapped_notes)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BOXES_TWO_CHAPTERS
            "Minister disagreed.3 Councils objected.4\n\n"
            "1 Department for Transport, Government response to the Committee's Report, CP 936, "
            "January 2023, paragraphs 6 to 28, and\n\n"
            "annex B\n"
            "Local Government Association (RBS0007)\n"
            "Letter from the Parliamentary Under-Secretary of State, Department for Transport, to "
            "the Chair of the Committee, dated 5\n"
            "April 2025, on bus franchising; see also the supplementary note from the Department "
            "for Transport on fares and tickets, dated\n"
            "3 June 2024, and the correspondence with the Traffic Commissioners published on the "
            "inquiry page of the Committee's\n"
            "website\n"
            "Q12 [Ms Ann Roe]\n\n"
            "2\n3\n\n4\n\n" BOXES_CHAPTER_TWO "\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text,
                     "Department for Transport, Government response to the Committee\xE2\x80\x99s "
                     "Report, CP 936, January 2023, paragraphs 6 to 28, and annex B");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Local Government Association (RBS0007)");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text,
                     "Letter from the Parliamentary Under-Secretary of State, Department for "
                     "Transport, to the Chair of the Committee, dated 5 April 2025, on bus "
                     "franchising; see also the supplementary note from the Department for "
                     "Transport on fares and tickets, dated 3 June 2024, and the correspondence "
                     "with the Traffic Commissioners published on the inquiry page of the "
                     "Committee\xE2\x80\x99s website");
    cr_expect_str_eq(unit(&u, "HC1/fn4")->text, "Q12 [Ms Ann Roe]");
    cr_expect_str_eq(unit(&u, "HC1/fn4")->parent, "HC1/p2");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text, "The Department will review the grant next year.");
    evx_units_free(&u);
}

/* pdfminer's column of note numbers in the page's margin, under a
 * paragraph's number, the bodies it numbers ending the page and wrapping
 * ("… dated 27" / "March 2025, on bus franchising"): the bodies are read
 * from where the lines were wrapped, not one a line from the page's end
 * (the first note had taken the second's body, the second the third's,
 * and the first's body had run into the paragraph). */
Test(pdf_tools, pdfminer_margin_column_over_wrapped_notes)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BOXES_TWO_CHAPTERS
            "Minister disagreed.3\n\n"
            "3.\n\n"
            "1\n\n2\n3\n\n"
            "Passengers said that evening services had gone.\n\n"
            "Letter from the Secretary of State, Department for Transport, to the Chair of the "
            "Committee, dated 10 October 2023, on bus\n"
            "franchising; see also the supplementary note from the Department for Transport on "
            "fares, dated 1 January 2024, and the\n"
            "correspondence with the Traffic Commissioners published on the inquiry page of the "
            "Committee's website\n"
            "Treasury Committee, Review of provision 2021, January 2021\n"
            "Letter from the Parliamentary Under-Secretary of State, Department for Transport, to "
            "the Chair of the Committee, dated 27\n"
            "March 2025, on bus franchising\n\n"
            "\fRural bus services  4\n\n"
            "2 Funding\n\n"
            "4. The Department will review the grant next year.\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text,
                     "Letter from the Secretary of State, Department for Transport, to the Chair "
                     "of the Committee, dated 10 October 2023, on bus franchising; see also the "
                     "supplementary note from the Department for Transport on fares, dated 1 "
                     "January 2024, and the correspondence with the Traffic Commissioners "
                     "published on the inquiry page of the Committee\xE2\x80\x99s website");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Treasury Committee, Review of provision 2021, January 2021");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text,
                     "Letter from the Parliamentary Under-Secretary of State, Department for "
                     "Transport, to the Chair of the Committee, dated 27 March 2025, on bus "
                     "franchising");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text, "Passengers said that evening services had gone.");
    cr_expect_str_eq(unit(&u, "HC1/p4")->text, "The Department will review the grant next year.");
    evx_units_free(&u);
}

/* pdfminer parts a note's wrapped line from the next by a blank line
 * when their boxes stand apart ("… HC 1070, 15" / "February 2021, …"; "…
 * in public services," / "HC 646, …"): a body whose line reached the
 * page's right edge, where the next word would not have fitted, goes
 * on; and the next page's column of paragraph numbers leaves its first
 * block, in lower case, to the paragraph the page's notes cut, even
 * after a body's line so set apart (it had taken the number of the
 * paragraph after, and the last paragraph was lost), and not after a
 * body's lines set apart when the paragraph before the notes had ended
 * (the next note's run had been read as cutting a paragraph). */
Test(pdf_tools, pdfminer_note_lines_apart)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BOXES_TWO_CHAPTERS
            "Minister disagreed.3 Councils objected, although\n\n"
            "1 Q12 [Ms Ann Roe]\n"
            "2 Q41 [Mark Harper]\n"
            "3 Work and Pensions Committee, Second Report of Session 2020\xE2\x80\x93" "21, Value "
            "for money in arm's-length bodies, HC 1070, 15\n\n"
            "February 2021, paras 53\xE2\x80\x93" "59.\n\n"
            "\fRural bus services  4\n\n"
            "3.\n\n4.\n\n"
            "some operators agreed.\n\n"
            "The Department will review the grant next year.\n\n"
            "Passengers told us that they could no longer reach the hospital.4 Operators\n\n"
            "4 National Audit Office, Report by the Comptroller and Auditor General, Managing the "
            "costs of regulation in public services,\n\n"
            "HC 646, Session 2019\xE2\x80\x93" "20, July 2020, Figure 2 and paragraphs 1.4 to 4.18\n\n"
            "\fRural bus services  5\n\n"
            "agreed.\n\n"
            "5. Councils welcomed the review.5 They said it was overdue.6 It would start in May.\n\n"
            "5 The Department for Transport, Government response to the Committee's Twelfth Report "
            "of Session 2022\xE2\x80\x93" "23, CP\n\n"
            "992, May 2023, paragraphs 2 to 27; the response did not address the specific concerns "
            "we raised about the rural\n"
            "bus grant; see also the supplementary note from the Department for Transport on fares, "
            "dated 18 May 2024, and the\n"
            "correspondence with the Traffic Commissioners published on the inquiry page of the "
            "Committee's website\n\n"
            "6 Q4 [Dr Fiona Baird]\n\n"
            "\fRural bus services  6\n\n"
            "6.\n\n7.\n\n"
            "Operators said that the grant was too small.\n\n"
            "Passengers said that services were too few.\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text,
                     "Work and Pensions Committee, Second Report of Session 2020\xE2\x80\x93" "21, "
                     "Value for money in arm\xE2\x80\x99s-length bodies, HC 1070, 15 February "
                     "2021, paras 53\xE2\x80\x93" "59.");
    cr_expect_str_eq(unit(&u, "HC1/fn4")->text,
                     "National Audit Office, Report by the Comptroller and Auditor General, "
                     "Managing the costs of regulation in public services, HC 646, Session "
                     "2019\xE2\x80\x93" "20, July 2020, Figure 2 and paragraphs 1.4 to 4.18");
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Operators said that fares no longer covered their costs. The Minister "
                     "disagreed. Councils objected, although some operators agreed.");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text, "The Department will review the grant next year.");
    cr_expect_str_eq(unit(&u, "HC1/p4")->text,
                     "Passengers told us that they could no longer reach the hospital. "
                     "Operators agreed.");
    cr_expect_str_eq(unit(&u, "HC1/p5")->text,
                     "Councils welcomed the review. They said it was overdue. It would start in May.");
    const evx_unit *fn5 = unit(&u, "HC1/fn5");
    cr_expect(strstr(fn5->text, "CP 992, May 2023") && strstr(fn5->text, "Committee\xE2\x80\x99s website"),
              "%s", fn5->text);
    cr_expect_str_eq(unit(&u, "HC1/fn6")->text, "Q4 [Dr Fiona Baird]");
    cr_expect_str_eq(unit(&u, "HC1/p6")->text, "Operators said that the grant was too small.");
    cr_expect_str_eq(unit(&u, "HC1/p7")->text, "Passengers said that services were too few.");
    evx_units_free(&u);
}

/* pdfminer prints a chapter's heading before the page's running header,
 * and the section heading under it after ("2 Funding" / "Rural bus
 * services  4" / "The grant"): in a report whose notes are endnotes, so
 * that note 2 is due there, the heading heads chapter 2, no note. */
Test(pdf_tools, pdfminer_chapter_heading_over_the_header)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BOXES_COVER
            "1 Introduction\n\n"
            "2 Funding\n\n"
            "The grant\n\n"
            "Endnotes\n\n"
            "Rural bus services  2\n\n"
            "3\n\n4\n\n4\n\n5\n\n"
            "\fRural bus services  3\n\n"
            "1 Introduction\n\n"
            "1. Councils told us that the grant had fallen by a third since 2010.1\n\n"
            "2. Operators said that fares no longer covered their costs.2\n\n"
            "2 Funding\n\n"
            "\fRural bus services  4\n\n"
            "The grant\n\n"
            "3. The Department will review the grant next year.3\n\n"
            "\fRural bus services  5\n\n"
            "Endnotes\n\n"
            "1 Local Government Association (RBS0007)\n"
            "2 Q41 [Mark Harper]\n"
            "3 Q12 [Ms Ann Roe]\n",
            0);
    const evx_unit *p3 = unit(&u, "HC1/p3");
    cr_expect_eq(p3->chapter, 2);
    cr_expect_str_eq(p3->chapter_title, "Funding");
    cr_expect_str_eq(p3->section, "The grant");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q41 [Mark Harper]");
    evx_units_free(&u);
}

/* pdfminer's column of paragraph numbers at the top of a page whose
 * first text is the rest of the paragraph the page broke ("… the
 * Department for" / the page's notes and header / "3." / "4." /
 * "Environment accepted …" / the text of 3 / the text of 4): the rest
 * goes on its paragraph, each number over its own text. */
Test(pdf_tools, pdfminer_column_after_a_broken_paragraph)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BOXES_COVER
            "1 Introduction\n\n"
            "2 Funding\n\n"
            "Rural bus services  2\n\n"
            "3\n\n5\n\n"
            "\fRural bus services  3\n\n"
            "1 Introduction\n\n"
            "1. Councils told us that the grant had fallen by a third since 2010.1\n\n"
            "2. Operators said that fares no longer covered their costs. The\n"
            "Department for\n\n"
            "1 Q6 [Mr Tom Jones]\n\n"
            "\fRural bus services  4\n\n"
            "3.\n\n4.\n\n"
            "Environment accepted that the grant had been paid late.\n\n"
            "Passengers told us that they could no longer reach the hospital.\n\n"
            "Councils said that evening services had been the first to go.\n\n"
            "\fRural bus services  5\n\n"
            "2 Funding\n\n"
            "5. The Department will review the grant next year.\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Operators said that fares no longer covered their costs. The "
                     "Department for Environment accepted that the grant had been paid late.");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                     "Passengers told us that they could no longer reach the hospital.");
    cr_expect_str_eq(unit(&u, "HC1/p4")->text,
                     "Councils said that evening services had been the first to go.");
    cr_expect_eq(unit(&u, "HC1/p4")->page, 4);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q6 [Mr Tom Jones]");
    evx_units_free(&u);
}
