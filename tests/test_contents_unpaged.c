/*
 * test_contents_unpaged.c - a contents list printed without its pages (a
 * copy that lost the list's right-hand column, or a list that has none).
 * Its titles are entries where the text heads with them again, and they
 * confirm the headings as a list with pages does.  Read the way the
 * pipeline reads a pdf-text dump.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"
#include "variants.h"

/* text with each line of its contents list (from "Contents" to the
 * body's first heading, `first`, met a second time) cut of the page
 * that ends it ("Our inquiry 10" -> "Our inquiry"); the page's running
 * header, indented, keeps its number.  malloc'd. */
static char *without_pages(const char *text, const char *first)
{
    char *out = malloc(strlen(text) + 1), *o = out;
    cr_assert_not_null(out);
    const char *s = text;
    int in = 0, firsts = 0;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        if (len == 8 && strncmp(s, "Contents", 8) == 0)
            in = 1;
        else if (in && strncmp(s, first, strlen(first)) == 0 && ++firsts == 2)
            in = 0;
        size_t keep = len;
        if (in && len && s[0] != ' ') {
            size_t k = len;
            while (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9')
                k--;
            if (k < len && k > 0 && s[k - 1] == ' ')
                keep = k - 1;
        }
        memcpy(o, s, keep);
        o += keep;
        if (nl)
            *o++ = '\n';
        s += len + (nl != NULL);
    }
    *o = '\0';
    return out;
}

/* HC 650's dump with no page in its contents list.  The list had been
 * read as one entry at most, and its "Conclusions and recommendations",
 * "Formal minutes" … had opened those parts on the contents page: no
 * paragraph of the report was found (0 of 307).  Now every unit is read
 * with the text, chapter and section of the dump as printed; only the
 * pages, which the list's pages told, are unknown. */
Test(contents_unpaged, hc650_without_its_contents_pages_keeps_every_unit)
{
    size_t len;
    char *text = source_file("corpus/000_d8babf2c1c9efa17.txt", &len);
    char *cut = without_pages(text, "Summary");
    cr_assert(strlen(cut) < len, "no page was cut");
    evx_units base = EVX_UNITS_INIT, u = EVX_UNITS_INIT;
    tu_read_text_as(&base, text, "report.txt", "HC 650", 0);
    tu_read_text_as(&u, cut, "report.txt", "HC 650", 0);
    cr_assert_eq(count_type(&base, EVX_UNIT_PARAGRAPH), 307);
    size_t missing, differ;
    const char *first;
    units_agree(&base, &u, ~0u, 1, &missing, &differ, &first);
    cr_expect(missing + differ == 0 && u.len == base.len,
              "%zu of %zu units missing, %zu differ, %zu read (first: %s)",
              missing, base.len, differ, u.len, first);
    evx_units_free(&base);
    evx_units_free(&u);
    free(cut);
    free(text);
}

/* A small report copied with no pages in its contents and no blank lines
 * anywhere, and the same with blank lines: its chapters, sections,
 * recommendation, witness and written evidence as with pages. */
Test(contents_unpaged, a_copy_whose_contents_lost_their_pages)
{
    static const char report[] =
        "House of Commons\nHome Affairs Committee\nPolicing and mental "
        "health\nHC 1\nContents\nSummary\n1 Introduction\nPolice custody\n"
        "Conclusions and recommendations\nFormal minutes\nWitnesses\n"
        "Published written evidence\n"
        "Summary\nThe police are too often the service of first resort.\n"
        "1 Introduction\n"
        "1. Officers may take a person to a place of safety under the Act.\n"
        "Police custody\n"
        "2. A police cell should be a place of safety only in an emergency.\n"
        "Conclusions and recommendations\n"
        "1. The Government should fund places of safety in every area. "
        "(Paragraph 1)\n"
        "Formal minutes\nWednesday 1 May 2024\nMembers present: Dame Diana "
        "Johnson, in the Chair\n"
        "Witnesses\nThe following witnesses gave evidence.\n"
        "Wednesday 17 January 2024\nDr Ann Roe, Director, Mind Q1\xE2\x80\x93"
        "20\nPublished written evidence\n1 Mind (PMH0001)\n";
    char spaced[sizeof report * 2];
    char *o = spaced;
    for (const char *s = report; *s; s++) {
        *o++ = *s;
        if (*s == '\n')
            *o++ = '\n';
    }
    *o = '\0';
    const char *forms[] = {report, spaced};
    for (int k = 0; k < 2; k++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, forms[k], 0);
        const evx_unit *p2 = evx_units_find(&u, "HC1/p2");
        cr_expect(p2 && p2->chapter == 1 && same_str(p2->section, "Police custody"),
                  "%s: p2 %s", k ? "spaced" : "copy",
                  p2 ? (p2->section ? p2->section : "no section") : "missing");
        cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 2, "%s", k ? "spaced" : "copy");
        cr_expect_eq(count_type(&u, EVX_UNIT_RECOMMENDATION), 1, "%s", k ? "spaced" : "copy");
        cr_expect_eq(count_type(&u, EVX_UNIT_WITNESS), 1, "%s", k ? "spaced" : "copy");
        cr_expect_eq(count_type(&u, EVX_UNIT_EVIDENCE), 1, "%s", k ? "spaced" : "copy");
        evx_units_free(&u);
    }
}
