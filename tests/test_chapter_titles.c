/*
 * test_chapter_titles.c - a chapter's title as the contents list gives
 * it.  The fixture pdftotext-squeezed-leader.txt is an invented report
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
Test(chapter_titles, a_wrapped_title_ends_at_its_contents_entry)
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
