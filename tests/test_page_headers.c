/*
 * test_page_headers.c - a page's furniture as Ghostscript's txtwrite
 * prints it at a page's foot: the page's number alone, set far to the
 * right, over the running title on a line of its own ("9" / "Community
 * pharmacy"), sometimes with a footnote marker printed raised over the
 * next page's first line.  Read the way the pipeline reads a pdf-text
 * dump (tests/fixtures/gs-number-over-title.txt, an invented report with
 * dense notes; CRLF line ends).
 */
#define _DEFAULT_SOURCE /* mkdtemp, nftw */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>

#include "otherutil.h"
#include "readutil.h"

/* The number and the title are one footer, as the pages whose number the
 * tool printed on the title's line give it: the page ended is the
 * number's.  Two of the report's footers had been read as a number
 * alone and a title apart, so the side the footers stand on went
 * undecided, and the last page of text (3 paragraphs, 21 notes) was
 * given the page before's number. */
Test(page_headers, a_pages_number_over_its_title_is_one_footer)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "gs-number-over-title.txt", "HC 377");
    const struct {
        const char *id;
        int page;
    } want[] = {{"HC377/p4", 4},      {"HC377/fn19", 5},  {"HC377/p20", 9},
                {"HC377/fn98", 10},   {"HC377/p24", 10},  {"HC377/fn118", 10},
                {"HC377/p25", 11},    {"HC377/fn119", 11}, {"HC377/p27", 11},
                {"HC377/fn139", 11}};
    for (size_t k = 0; k < sizeof want / sizeof *want; k++)
        cr_expect_eq(unit(&u, want[k].id)->page, want[k].page, "%s: page %d",
                     want[k].id, unit(&u, want[k].id)->page);
    evx_units_free(&u);
}

/* A running title of ten letters ("Local news  6"; fixture
 * pdfbox-short-title.txt, an invented report through PDFBox) is the
 * pages' header: titles under 13 bytes had never been taken for one, so
 * every page's header ran into the text, no numbered paragraph was found,
 * a header glued to a note ("19 Q58" / "Local news") made "Local" the
 * speaker of Mr Tudor-Evans's words, and the list of written evidence
 * was read as footnotes. */
Test(page_headers, a_short_running_title_is_the_header)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pdfbox-short-title.txt", "HC 1437");
    cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 27);
    cr_expect_eq(count_type(&u, EVX_UNIT_WITNESS), 3);
    cr_expect_eq(count_type(&u, EVX_UNIT_EVIDENCE), 11);
    expect_speaker(&u, "HC1437/p12/q1", "Mr Bryn Tudor-Evans");
    expect_speaker(&u, "HC1437/p12/q2", "Mr Bryn Tudor-Evans");
    cr_expect_eq(unit(&u, "HC1437/p12")->page, 6);
    cr_expect_eq(unit(&u, "HC1437/p27")->page, 10);
    evx_units_free(&u);
}

/* Footnotes citing one submission on pages apart ("4 National Union of
 * Journalists (LNW0012)", "11 …", "23 …") are not a running title
 * (fixture pdftotext-cited-title.txt, an invented report through
 * pdftotext, whose own header is its title alone): taken for one, the
 * list's entry of that name and the number after it were read as a
 * page's header, the entry was lost, and the list's numbers after it
 * were warned as text no unit could take. */
Test(page_headers, a_cited_submission_is_no_running_title)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pdftotext-cited-title.txt", "HC 1437");
    cr_expect_eq(count_type(&u, EVX_UNIT_EVIDENCE), 11);
    const evx_unit *e = unit(&u, "HC1437/evidence/LNW0012");
    cr_expect_str_eq(e->text, "National Union of Journalists");
    cr_expect_eq(e->number, 7);
    cr_expect_eq(unit(&u, "HC1437/evidence/LNW0006")->number, 11);
    evx_units_free(&u);
}
