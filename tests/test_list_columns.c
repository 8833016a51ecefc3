/*
 * test_list_columns.c - the back matter's lists as pdfminer prints them:
 * the written-evidence list's numbers as a column before its entries
 * ("1" / "2" / "3" / the entries), the page's own number under the list,
 * and endnotes after the list whose one empty number's body stands alone
 * at the head of their page.  Read the way the pipeline reads a pdf-text
 * dump; the report is invented, its shapes are pdfminer's.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <string.h>

#include "coverage.h"
#include "diagutil.h"
#include "otherutil.h"
#include "pdftext.h"

/* Cover, contents, a page of text citing six notes, the evidence list
 * (its first three numbers a column, the fourth on its entry's line, the
 * page's number under it), and the endnotes on the next page, note 5's
 * body printed at the page's head. */
static const char LISTS[] =
    "House of Commons\n\nTransport Committee\n\nRural bus services\n\nHC 1\n\n"
    "\fContents\n\n"
    "1 Introduction\n\n"
    "Published written evidence\n\n"
    "Rural bus services  2\n\n3\n\n4\n\n"
    "\fRural bus services  3\n\n"
    "1 Introduction\n\n"
    "1. Councils told us that the grant had fallen by a third since 2010.1 "
    "Operators said that\nfares no longer covered their costs.2\n\n"
    "2. The Department said that the grant was fair and paid on time.3 "
    "Passengers told us that\nthey could no longer reach the hospital by bus.4 "
    "Councils wanted longer contracts.5 Operators\nagreed.6\n\n"
    "\fRural bus services  4\n\n"                                  /* line 32 */
    "Published written evidence\n"
    "The following written evidence was received and can be viewed on the "
    "inquiry publications page of the\nCommittee's website.\n\n"
    "RBS codes are associated with each piece of written evidence. These are "
    "for reference purposes only and\nmay not be complete.\n\n"
    "1\n\n2\n\n3\n\n"                                              /* 41-45 */
    "Campaign for Better Transport (RBS0007)\n\n"                  /* 47 */
    "Department for Transport (RBS0002)\n\n"
    "Local Government Association (RBS0011)\n\n"
    "4 Shire Buses (RBS0014)\n\n"                                  /* 53 */
    "4\n"                                                          /* 55 */
    "\fRural bus services  5\n\n"
    "Local Government Association (RBS0011)\n\n"                   /* 58 */
    "1 Campaign for Better Transport (RBS0007)\n"                  /* 60 */
    "2 Q41 [Mark Harper]\n"
    "3 Department for Transport (RBS0002)\n"
    "4 Q12 [Ms Ann Smith]\n"
    "5\n"                                                          /* 64 */
    "6 Q44 [Mark Harper]\n";

typedef struct read_lists {
    evx_units units;
    evx_diag *diag;
    evx_coverage *cov;
    evx_coverage_result r;
} read_lists;

static void read_text(read_lists *out, const char *text)
{
    memset(out, 0, sizeof *out);
    cr_assert_eq(evx_diag_new(&out->diag), EVX_OK);
    read_pdf_memory(&out->units, text, out->diag, &out->cov);
    cr_assert_eq(evx_coverage_measure(&out->r, out->cov, &out->units), EVX_OK);
}

static void read_free(read_lists *p)
{
    evx_units_free(&p->units);
    evx_coverage_free(p->cov);
    evx_diag_free(p->diag);
}

/* Each entry of the list takes its number from the column, as the list
 * prints it (they had none, and the list's numbering stopped at the
 * column, so the endnotes were read as more entries: two ids twice, and
 * none of the six notes). */
Test(list_columns, the_lists_numbers_as_a_column)
{
    read_lists p;
    read_text(&p, LISTS);
    cr_expect_eq(count_type(&p.units, EVX_UNIT_EVIDENCE), 4);
    const evx_unit *e = unit(&p.units, "HC1/evidence/RBS0007");
    cr_expect_eq(e->number, 1);
    cr_expect_str_eq(e->text, "Campaign for Better Transport");
    cr_expect_eq(unit(&p.units, "HC1/evidence/RBS0011")->number, 3);
    cr_expect_eq(unit(&p.units, "HC1/evidence/RBS0014")->number, 4);
    cr_expect_eq(count_type(&p.units, EVX_UNIT_FOOTNOTE), 6);
    cr_expect_str_eq(unit(&p.units, "HC1/fn1")->text,
                     "Campaign for Better Transport (RBS0007)");
    cr_expect_str_eq(unit(&p.units, "HC1/fn6")->text, "Q44 [Mark Harper]");
    read_free(&p);
}

/* The body of the endnotes' one empty number ("5"), printed alone at the
 * head of their page, is note 5's, and an editor opens the note there;
 * the page's number under the list is furniture, not text left unread. */
Test(list_columns, an_endnotes_body_at_its_pages_head)
{
    read_lists p;
    read_text(&p, LISTS);
    const evx_unit *f = unit(&p.units, "HC1/fn5");
    cr_expect_str_eq(f->text, "Local Government Association (RBS0011)");
    cr_expect_eq(f->sources[0].line, 58);
    cr_expect_eq(f->sources[0].end_line, 64);
    cr_expect_str_eq(unit(&p.units, "HC1/fn4")->text, "Q12 [Ms Ann Smith]");
    char *s = tu_diag_printed(p.diag, EVX_DIAG_NOTE);
    cr_expect_null(strstr(s, "could not place"), "%s", s);
    free(s);
    for (size_t k = 0; k < p.r.n_stretches; k++)
        cr_expect(p.r.stretches[k].first_line > 58 ||
                      p.r.stretches[k].last_line < 55,
                  "lines %ld-%ld not placed", p.r.stretches[k].first_line,
                  p.r.stretches[k].last_line);
    read_free(&p);
}
