/*
 * test_rewrapped_columns.c - a dump in pdftotext's reading order (a
 * contents page printed as a column of titles, then a column of pages;
 * paragraph numbers each a block of their own) filled by GNU fmt, which
 * joins each block's lines: "1 Introduction Background Our inquiry" /
 * "4 4 4", a heading run into the number of the paragraph it heads
 * ("Pharmacy First 17."), a contents line with a dot leader wrapped
 * before its title ("1" / "Introduction......4").  The fixture
 * pdftotext-reading-order.txt is an invented report (HC 377) through
 * pdftotext in its default mode.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"
#include "variants.h"

/* The contents' columns joined had been read as no contents: its
 * "Formal minutes", "Witnesses" … then opened the back matter there, and
 * the whole report was lost (1–3% of its text in units, no paragraph).
 * At every width, every paragraph and recommendation of the dump as
 * printed is read, each in its chapter and section. */
Test(rewrapped_columns, a_reading_order_dump_filled_by_fmt_keeps_its_paragraphs)
{
    size_t len;
    char *text = source_file("tests/fixtures/pdftotext-reading-order.txt", &len);
    evx_units base = EVX_UNITS_INIT;
    tu_read_text_as(&base, text, "dump.txt", "HC 377", 0);
    cr_assert_eq(count_type(&base, EVX_UNIT_PARAGRAPH), 27);
    cr_assert_eq(count_type(&base, EVX_UNIT_RECOMMENDATION), 8);
    static const int widths[] = {50, 60, 72, 90, 120};
    for (size_t k = 0; k < sizeof widths / sizeof *widths; k++) {
        char *filled = evx_variant_fmt(text, len, widths[k]);
        cr_assert_not_null(filled);
        evx_units u = EVX_UNITS_INIT;
        tu_read_text_as(&u, filled, "dump.txt", "HC 377", 0);
        size_t missing, moved;
        const char *first;
        units_agree(&base, &u,
                    (1u << EVX_UNIT_PARAGRAPH) | (1u << EVX_UNIT_RECOMMENDATION),
                    0, &missing, &moved, &first);
        cr_expect(missing + moved == 0,
                  "filled at %d: %zu missing, %zu in another chapter or "
                  "section (first: %s)", widths[k], missing, moved, first);
        evx_units_free(&u);
        free(filled);
    }
    evx_units_free(&base);
    free(text);
}

/* Contents with dot leaders, each line longer than the fill: fmt sets a
 * chapter's number on the line before its title, and runs each heading
 * into the number of the paragraph it heads.  "3" after a leader is
 * Summary's page, never the last word of a title whose page is the "1"
 * under it ("Section 136" / "8"); then "1 Introduction" is a chapter on
 * page 4 and its paragraphs are found, in their sections. */
Test(rewrapped_columns, a_chapter_number_wrapped_off_its_leader_line)
{
    char dots[200];
    memset(dots, '.', 120);
    dots[120] = '\0';
    char text[4096];
    snprintf(text, sizeof text,
             "House of Commons\n\nTransport Committee\n\nRural bus "
             "services\n\nHC 1\n\n"
             "\fRural bus services\n\nContents\n\nSummary%s3\n1\n"
             "Introduction%s4\nOur\ninquiry%s4\n2 Funding and\n"
             "accountability%s5\nConclusions and\nrecommendations%s6\n\n2\n\n"
             "\fRural bus services\n\nSummary\n\nBus services matter to "
             "rural areas.\n\n3\n\n"
             "\fRural bus services\n\n1 Introduction Our inquiry 1.\n\n"
             "Councils told us that the grant had fallen by a third.\n\n"
             "2.\n\nThe Department said that the grant was fair.\n\n4\n\n"
             "\fRural bus services\n\n2 Funding and accountability 3.\n\n"
             "Operators said that fares no longer covered their costs.\n\n"
             "5\n\n"
             "\fRural bus services\n\nConclusions and recommendations\n\n"
             "1. The Department should review the grant. (Paragraph 2)\n\n"
             "6\n",
             dots, dots, dots, dots, dots);
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *p1 = unit(&u, "HC1/p1"), *p3 = unit(&u, "HC1/p3");
    cr_expect_eq(p1->chapter, 1);
    cr_expect(same_str(p1->chapter_title, "Introduction"), "p1 in %s",
              p1->chapter_title ? p1->chapter_title : "-");
    cr_expect(same_str(p1->section, "Our inquiry"), "p1's section %s",
              p1->section ? p1->section : "-");
    cr_expect_eq(p3->chapter, 2);
    cr_expect_eq(count_type(&u, EVX_UNIT_RECOMMENDATION), 1);
    evx_units_free(&u);
}
