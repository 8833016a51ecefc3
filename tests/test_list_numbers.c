/*
 * test_list_numbers.c - the written-evidence list as pdftotext prints it
 * in reading order (its default): each entry's number a block of its own
 * over the entry ("1" / "" / "Campaign for Better Transport (RBS0007)").
 * Read the way the pipeline reads a pdf-text dump; the report is
 * invented, its shapes are pdftotext's.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "diagutil.h"
#include "otherutil.h"

/* Cover, contents, a page of text, and the evidence list; "%s" is
 * where the list's entries go. */
static const char REPORT[] = BACK_LIST_REPORT(
    "Published written evidence",
    "The following written evidence was received and can be viewed on the "
    "inquiry publications page of the\nCommittee's website.\n"
    "RBS codes are associated with each piece of written evidence. These are "
    "for reference purposes only and\nmay not be complete.\n");

typedef struct read_list {
    evx_units units;
    evx_diag *diag;
    char *printed; /* the warnings, as printed */
} read_list;

static void read_list_of(read_list *out, const char *entries)
{
    char text[4096];
    snprintf(text, sizeof text, REPORT, entries);
    memset(out, 0, sizeof *out);
    cr_assert_eq(evx_diag_new(&out->diag), EVX_OK);
    read_pdf_memory(&out->units, text, out->diag, NULL);
    out->printed = tu_diag_printed(out->diag, EVX_DIAG_NOTE);
}

static void read_free(read_list *p)
{
    free(p->printed);
    evx_units_free(&p->units);
    evx_diag_free(p->diag);
}

/* Each number over its entry is that entry's: the entries had no number,
 * and every number but the first was warned as text no unit could take
 * (13 warnings in each report of the kind, through pdftotext's default
 * mode, that said nothing was missing). */
Test(list_numbers, a_number_over_its_entry_is_the_entrys)
{
    read_list p;
    read_list_of(&p, "1\n\nCampaign for Better Transport (RBS0007)\n\n"
                     "2\n\nDepartment for Transport (RBS0002)\n\n"
                     "3\n\nLocal Government Association (RBS0011)\n\n"
                     "4\nShire Buses (RBS0014)\n\n");
    cr_expect_eq(count_type(&p.units, EVX_UNIT_EVIDENCE), 4);
    const evx_unit *e = unit(&p.units, "HC1/evidence/RBS0007");
    cr_expect_eq(e->number, 1);
    cr_expect_str_eq(e->text, "Campaign for Better Transport");
    cr_expect_eq(unit(&p.units, "HC1/evidence/RBS0002")->number, 2);
    cr_expect_eq(unit(&p.units, "HC1/evidence/RBS0011")->number, 3);
    cr_expect_eq(unit(&p.units, "HC1/evidence/RBS0014")->number, 4);
    cr_expect_null(strstr(p.printed, "could not place"), "%s", p.printed);
    read_free(&p);
}

/* A number alone that is not the list's next, or that stands over no
 * entry, is still said: it numbers nothing.  The next number in its
 * place numbers its entry again.  (A number alone at the page's end is
 * the page's own, as under any list: the one over no entry has an entry
 * after it.) */
Test(list_numbers, a_number_out_of_its_place_is_said)
{
    read_list p;
    read_list_of(&p, "1\n\nCampaign for Better Transport (RBS0007)\n\n"
                     "7\n\nDepartment for Transport (RBS0002)\n\n"
                     "3\n\nLocal Government Association (RBS0011)\n\n"
                     "4\n\n5\n\nShire Buses (RBS0014)\n\n");
    cr_expect_eq(unit(&p.units, "HC1/evidence/RBS0007")->number, 1);
    cr_expect_eq(unit(&p.units, "HC1/evidence/RBS0002")->number, 0);
    cr_expect_eq(unit(&p.units, "HC1/evidence/RBS0011")->number, 3);
    cr_expect_not_null(strstr(p.printed, "could not place text: \"7\""), "%s",
                       p.printed);
    cr_expect_null(strstr(p.printed, "could not place text: \"3\""), "%s",
                   p.printed);
    cr_expect_not_null(strstr(p.printed, "could not place text: \"4\""), "%s",
                       p.printed);
    read_free(&p);
}
