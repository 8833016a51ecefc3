/*
 * test_para_columns.c - paragraph numbers that a PDF tool printed as a
 * column of their own after the paragraphs they number (pdfminer's text
 * boxes: the text of 3 / the text of 4 / "3." / "4.", then the page's
 * notes or the next paragraph).  Read the way the pipeline reads a
 * pdf-text dump; the report is invented, its shapes are pdfminer's.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <string.h>

#include "otherutil.h"
#include "unitcheck.h"

/* Page 4 ends inside paragraph 2; page 5 holds its rest, then two
 * paragraphs whose numbers follow them as a column, then the page's note;
 * page 6 holds its rest, then two paragraphs numbered after them as a
 * column, and the next paragraph's number and text. */
static const char AFTER[] =
    "Rural bus services  4\n\n"
    "1 Introduction\n\n"
    "1. Councils told us that the grant had fallen by a third since 2010.\n\n"
    "2. Operators said that fares no longer covered their costs, and that\n"
    "the evening services had been\n\n"
    "\fRural bus services  5\n\n"
    "the first to go when the grant fell.\n\n"
    "The Department said that the grant was fair and that it was paid on\n"
    "time to every council in England.1\n\n"
    "Passengers told us that they could no longer reach the hospital by bus\n"
    "on a weekday.\n\n"
    "3.\n\n"
    "4.\n\n"
    "1 Department for Transport (RBS0002)\n\n"
    "\fRural bus services  6\n\n"
    "5. The Department will review the grant next year, and said that\n"
    "councils would be\n\n"
    "\fRural bus services  7\n\n"
    "consulted on the review before the summer.\n\n"
    "Operators asked for contracts of five years, to invest in new buses.\n\n"
    "Councils asked for the grant to be paid before each year begins.\n\n"
    "6.\n\n"
    "7.\n\n"
    "8. We recommend that the grant be paid for three years at a time.\n";

/* Each number goes over the block of text it follows in the column's
 * order, and the rest of the paragraph the page broke stays that
 * paragraph's: paragraphs 3, 4, 6 and 7 had been lost, their text run
 * into paragraphs 2 and 5. */
Test(para_columns, numbers_after_their_paragraphs)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, AFTER, 0);
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Operators said that fares no longer covered their costs, "
                     "and that the evening services had been the first to go "
                     "when the grant fell.");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                     "The Department said that the grant was fair and that it "
                     "was paid on time to every council in England.");
    cr_expect_eq(unit(&u, "HC1/p3")->page, 5);
    cr_expect_str_eq(unit(&u, "HC1/p4")->text,
                     "Passengers told us that they could no longer reach the "
                     "hospital by bus on a weekday.");
    cr_expect_str_eq(unit(&u, "HC1/fn1")->parent, "HC1/p3");
    /* an editor opens each at its text, which the file prints before its
     * number; the lines it spans run to the number */
    const evx_source *s3 = &unit(&u, "HC1/p3")->sources[0];
    cr_expect_eq(s3->line, 14);
    cr_expect_eq(s3->col, 1);
    cr_expect_eq(s3->end_line, 20);
    cr_expect_eq(unit(&u, "HC1/p4")->sources[0].line, 17);
    cr_expect_str_eq(unit(&u, "HC1/p5")->text,
                     "The Department will review the grant next year, and said "
                     "that councils would be consulted on the review before the "
                     "summer.");
    cr_expect_str_eq(unit(&u, "HC1/p6")->text,
                     "Operators asked for contracts of five years, to invest in "
                     "new buses.");
    cr_expect_str_eq(unit(&u, "HC1/p7")->text,
                     "Councils asked for the grant to be paid before each year "
                     "begins.");
    cr_expect_eq(unit(&u, "HC1/p7")->page, 7);
    cr_expect_str_eq(unit(&u, "HC1/p8")->text,
                     "We recommend that the grant be paid for three years at a "
                     "time.");
    evx_units_free(&u);
}

/* Page 5 opens with a paragraph of its own (page 4's last ended its
 * sentence), and holds three blocks of text over a column of two
 * numbers: which block the first number goes over cannot be told.
 * Nothing is guessed: no paragraph 3 or 4 is made, and the unit check
 * says the two numbers are missing, at paragraph 5. */
Test(para_columns, a_column_short_of_its_blocks_moves_nothing)
{
    static const char text[] =
        "Rural bus services  4\n\n"
        "1 Introduction\n\n"
        "1. Councils told us that the grant had fallen by a third since 2010.\n\n"
        "2. Operators said that fares no longer covered their costs.\n\n"
        "\fRural bus services  5\n\n"
        "The first to go were the evening services.\n\n"
        "The Department said that the grant was fair.\n\n"
        "Passengers told us that they could no longer reach the hospital.\n\n"
        "3.\n\n"
        "4.\n\n"
        "\fRural bus services  6\n\n"
        "5. The Department will review the grant next year.\n";
    evx_units u = EVX_UNITS_INIT;
    evx_diag *d = NULL;
    read_as(&u, text, 0);
    cr_expect_null(evx_units_find(&u, "HC1/p3"));
    cr_expect_null(evx_units_find(&u, "HC1/p4"));
    cr_expect_str_eq(unit(&u, "HC1/p5")->text,
                     "The Department will review the grant next year.");
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_expect_eq(evx_unitcheck_paragraph_gaps(&u, "dump.txt", d), 2);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_WARNING), 1);
    evx_diag_free(d);
    evx_units_free(&u);
}
