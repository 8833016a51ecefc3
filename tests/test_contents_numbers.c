/*
 * test_contents_numbers.c - a contents entry whose title ends in a
 * number ("Section 136", a section named after a statute's section),
 * as three PDF tools print a contents page: the page on the title's
 * line (pdftotext -layout), on the line under it (mutool), or the titles
 * as a column and their pages as another (pdftotext's reading order).
 * Read the way the pipeline reads a pdf-text dump; the report is
 * invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "otherutil.h"

/* The pages after the contents: "%s" is where the contents go. */
static const char REPORT[] =
    "House of Commons\n\nHome Affairs Committee\n\nPolicing and mental "
    "health\n\nHC 1\n\n"
    "\fPolicing and mental health  2\n\n"
    "%s"
    "\fPolicing and mental health  3\n\n"
    "Summary\n\nThe police are too often the service of first resort.\n\n"
    "\fPolicing and mental health  4\n\n"
    "1 Introduction\n\n"
    "Section 136\n\n"
    "1. Officers may take a person to a place of safety under the Act.\n\n"
    "Police custody\n\n"
    "2. A police cell should be a place of safety only in an emergency.\n\n"
    "\fPolicing and mental health  5\n\n"
    "Conclusions and recommendations\n\n"
    "1. The Government should fund places of safety in every area. "
    "(Paragraph 1)\n\n"
    "2. Police custody should never be used for a child. (Paragraph 2)\n\n";

/* Reads the report with its contents printed as `contents`; expects the
 * back matter's heading taken from the contents, so its list read. */
static void expect_read(const char *contents, const char *tool)
{
    char text[4096];
    snprintf(text, sizeof text, REPORT, contents);
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 2, "%s", tool);
    cr_expect_eq(count_type(&u, EVX_UNIT_RECOMMENDATION), 2, "%s", tool);
    const evx_unit *p = evx_units_find(&u, "HC1/p1");
    cr_expect(p && p->section && strcmp(p->section, "Section 136") == 0,
              "%s: p1's section %s", tool, p && p->section ? p->section : "-");
    evx_units_free(&u);
}

/* "136" is the title's, not a page: read as the page, the entries after
 * it (lower pages) ended the contents, and the headings they list
 * ("Conclusions and recommendations") were not taken for headings, so
 * the report's recommendations were lost; in reading order no number
 * was found for any paragraph. */
Test(contents_numbers, a_title_ending_in_a_number)
{
    expect_read("Contents\n\n"
                "Summary                                    3\n"
                "1 Introduction                             4\n"
                "    Section 136                            4\n"
                "    Police custody                         4\n"
                "Conclusions and recommendations            5\n\n",
                "pdftotext -layout");
    expect_read("Contents\n\nSummary\n3\n\n1 Introduction\n4\n\n"
                "Section 136\n4\n\nPolice custody\n4\n\n"
                "Conclusions and recommendations\n5\n\n",
                "mutool");
    expect_read("Contents\nSummary\n\n3\n\n"
                "1 Introduction\nSection 136\nPolice custody\n\n4\n4\n4\n\n"
                "Conclusions and recommendations\n\n5\n\n",
                "pdftotext");
}

/* The same in a whole report (fixtures layout-section-136.txt and
 * mutool-section-136.txt, an invented report through pdftotext -layout
 * and mutool): read as page 136, "Section 136" ended the contents, and
 * the headings listed after it were not taken for headings, so the
 * recommendations, the witness panels and the list of written evidence
 * were lost (warned as text no unit could take). */
Test(contents_numbers, a_whole_report_keeps_its_back_matter)
{
    static const char *const files[] = {"layout-section-136.txt",
                                         "mutool-section-136.txt"};
    for (size_t k = 0; k < 2; k++) {
        evx_units u = EVX_UNITS_INIT;
        read_fixture(&u, files[k], "HC 884");
        cr_expect_eq(count_type(&u, EVX_UNIT_RECOMMENDATION), 7, "%s", files[k]);
        cr_expect_eq(count_type(&u, EVX_UNIT_WITNESS), 3, "%s", files[k]);
        cr_expect_eq(count_type(&u, EVX_UNIT_EVIDENCE), 12, "%s", files[k]);
        evx_units_free(&u);
    }
}
