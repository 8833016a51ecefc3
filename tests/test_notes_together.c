/*
 * test_notes_together.c - footnote markers a PDF tool printed side by
 * side ("any funding.23": notes 2 and 3), and a contents entry whose title
 * ends in a date ("Letter from the Minister to the Chair, 14 May 2019").
 * The fixtures are invented reports through pdftotext in its default
 * mode: pdftotext-notes-together.txt (HL Paper 58) and
 * pdftotext-dated-contents.txt (HC 1174, its contents a column of titles
 * and one of pages, a page's note numbers printed between a paragraph's
 * number and its text).
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

/* Does u cite footnote n? */
static int cites_note(const evx_unit *u, int n)
{
    for (size_t i = 0; i < u->n_footnotes; i++)
        if (u->footnotes[i] == n)
            return 1;
    return 0;
}

/* "any funding.23" had read as marker 23, far past note 1: notes 2, 3
 * and 4 were never known, their bodies ran into paragraph 10, and the
 * summary said "1 of 1 found" with no warning.  Now the paragraph cites
 * 2 and 3, and each note is a unit with its own body. */
Test(notes_together, two_markers_printed_together_are_two_notes)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pdftotext-notes-together.txt", "HL Paper 58");
    const evx_unit *p7 = unit(&u, "HLPaper58/p7");
    cr_expect(cites_note(p7, 2) && cites_note(p7, 3), "p7 cites %zu notes",
              p7->n_footnotes);
    cr_expect_str_eq(unit(&u, "HLPaper58/fn2")->text,
                     "Campaign for Better Transport (RBS0014)");
    cr_expect_str_eq(unit(&u, "HLPaper58/fn3")->text,
                     "County Councils Network (RBS0022)");
    cr_expect(strncmp(unit(&u, "HLPaper58/fn4")->text, "Q47 (Sarah Pendlebury)", 22) == 0);
    cr_expect_null(strstr(unit(&u, "HLPaper58/p10")->text, "Campaign"));
    cr_expect_eq(count_type(&u, EVX_UNIT_FOOTNOTE), 4);
    evx_units_free(&u);
}

/* A contents page printed as titles and pages apart, one title ending in
 * a date: the title had been rejected for ending in a number, the list
 * had ended there, and its "Formal minutes", "Witnesses" … opened the
 * back matter on the contents page: no paragraph was read.  And the
 * page's note numbers "6" / "7" printed between paragraph 12's number
 * and its text, cited by "England.67", had made the paragraph a box.
 * Now all 15 paragraphs are read in their chapters and sections, with
 * their 7 notes. */
Test(notes_together, a_dated_contents_title_and_a_notes_column)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pdftotext-dated-contents.txt", "HC 1174");
    cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 15);
    cr_expect_eq(count_type(&u, EVX_UNIT_FOOTNOTE), 7);
    const evx_unit *p12 = unit(&u, "HC1174/p12");
    cr_expect_eq(p12->chapter, 3);
    cr_expect_str_eq(p12->section, "Planning");
    cr_expect(strncmp(p12->text, "Planning rules for masts", 24) == 0, "%s", p12->text);
    cr_expect(cites_note(p12, 6) && cites_note(p12, 7));
    cr_expect_str_eq(unit(&u, "HC1174/fn6")->text, "Mobile UK (RCW0006)");
    cr_expect_str_eq(unit(&u, "HC1174/fn7")->text, "Q201 [Hamish MacLeod]");
    cr_expect_eq(unit(&u, "HC1174/p13")->chapter, 4);
    evx_units_free(&u);
}

/* The same list with each title and its page on one line ("Appendix:
 * Letter …, 14 May 2019 6", as pdftotext -layout prints it), and as two
 * columns: the day before the month had been read as the entry's page,
 * the list ended, and its witnesses were lost. */
#define DATED_REPORT(contents)                                                 \
    "House of Commons\nTransport Committee\n\nRural bus services\n"            \
    "Second Report of Session 2019\nHC 999\n\nRural bus services 2\n\n"        \
    "Contents\n" contents "\n\nRural bus services 3\n\nSummary\n"              \
    "Rural bus services have declined for a decade and the funding meant to "  \
    "reverse the decline has been short-term.\n\nRural bus services 4\n\n"     \
    "1 Introduction\n1. We launched this inquiry in October 2018 and received " \
    "41 written submissions.\n2. We held a public meeting in Llandrindod "    \
    "Wells and heard from residents.\n\nRural bus services 5\n\n2 Funding\n"   \
    "3. The National Bus Strategy promised a transformation of services, but " \
    "its funding has been short-term.\n4. We recommend a settlement for rural " \
    "buses that lasts at least five years.\n\nRural bus services 6\n\n"        \
    "Appendix: Letter from the Minister to the Chair, 14 May 2019\nDear "      \
    "Chair, thank you for your letter about rural bus services.\n\n"           \
    "Rural bus services 7\n\nFormal minutes\nTuesday 2 July 2019\nMembers "    \
    "present: Huw Merriman, in the Chair.\nDraft Report (Rural bus "           \
    "services), proposed by the Chair, brought up and read.\n\n"               \
    "Rural bus services 8\n\nWitnesses\nThe following witnesses gave "         \
    "evidence.\nTuesday 12 March 2019\nDr Ann Lowe, Director, Bus Users "      \
    "Wales\tQ1\xE2\x80\x93" "20\n"

Test(notes_together, a_dated_title_on_its_line_or_in_a_column)
{
    static const char *const forms[] = {
        DATED_REPORT("Summary 3\n1 Introduction 4\n2 Funding 5\nAppendix: Letter "
                     "from the Minister to the Chair, 14 May 2019 6\nFormal "
                     "minutes 7\nWitnesses 8"),
        DATED_REPORT("Summary\n\n3\n\n1 Introduction\n\n4\n\n2 Funding\n\n5\n\n"
                     "Appendix: Letter from the Minister to the Chair, 14 May "
                     "2019\n\n6\n\nFormal minutes\n\n7\n\nWitnesses\n\n8")};
    for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
        evx_units u = EVX_UNITS_INIT;
        tu_read_text_as(&u, forms[f], "dump.txt", "HC 999", 0);
        cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 4, "form %zu", f);
        cr_expect_eq(count_type(&u, EVX_UNIT_WITNESS), 1, "form %zu", f);
        if (evx_units_find(&u, "HC999/p3"))
            cr_expect_eq(unit(&u, "HC999/p3")->chapter, 2, "form %zu", f);
        evx_units_free(&u);
    }
}

/* A contents list that pages its summary in Roman numerals, before
 * chapter 1's page 1 ("Summary.......iii" / "1 Introduction.......1"):
 * the entry had ended the list, so its "Formal minutes", "Witnesses" …
 * opened the back matter there and no paragraph was read (a report of
 * 105, "paragraphs 1-0", only a file-level warning).  The summary's page
 * is not known; the rest are (fixture pdftotext-roman-pages.txt, the
 * opening pages of an invented report, HC 1291). */
Test(notes_together, a_summary_paged_in_roman_numerals)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pdftotext-roman-pages.txt", "HC 1291");
    cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 3);
    cr_expect_eq(count_type(&u, EVX_UNIT_SUMMARY), 1);
    const evx_unit *p1 = unit(&u, "HC1291/p1");
    cr_expect_eq(p1->chapter, 1);
    cr_expect_str_eq(p1->chapter_title, "Introduction");
    cr_expect(p1->section && strcmp(p1->section, "Background") == 0);
    cr_expect_eq(p1->page, 1);
    evx_units_free(&u);
}
