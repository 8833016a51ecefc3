/*
 * test_silent_losses.c - text a reader lost or misplaced with no warning,
 * found by a blind set of invented reports through eight PDF tools.  The
 * fixture pdftotext-wrapped-note-column.txt is one of them (HC 1168)
 * through pdftotext in its default mode: a page's note numbers printed as
 * a column in the margin, their bodies as a block at the page's foot.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

/* A one-line sentence after a block quotation, ending in a marker a PDF
 * tool set apart ("… not guidance”. 34"), over the next paragraph's
 * number: it had been read as a section heading, its sentence and its
 * quotation lost, and the next paragraphs given it as their section. */
Test(silent_losses, a_sentence_with_its_marker_apart_is_no_heading)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pdftotext-wrapped-note-column.txt", "HC 1168");
    const evx_unit *p22 = unit(&u, "HC1168/p22");
    cr_expect(strstr(p22->text, "It added that"), "%s", p22->text);
    cr_expect_str_eq(unit(&u, "HC1168/p23")->section, "Planning");
    expect_speaker(&u, "HC1168/p22/q2", "Royal Town Planning Institute");
    evx_units_free(&u);
}

/* Eleven note numbers in a page's margin, their bodies twelve lines at
 * the page's foot after a blank line, one body wrapped: the last eleven
 * lines had been taken, so the first body ran into the paragraph the page
 * breaks ("cannot wait for Save Our Saltmarsh (CFR0047) another review")
 * and every note after it took the next one's body. */
Test(silent_losses, a_wrapped_body_in_a_notes_block)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pdftotext-wrapped-note-column.txt", "HC 1168");
    cr_expect_str_eq(unit(&u, "HC1168/fn27")->text, "Save Our Saltmarsh (CFR0047)");
    cr_expect_str_eq(unit(&u, "HC1168/fn29")->text, "Q95");
    cr_expect_str_eq(unit(&u, "HC1168/fn32")->text, "Q104; Q105");
    const char *fn37 = unit(&u, "HC1168/fn37")->text;
    cr_expect(strncmp(fn37, "Department for Environment", 26) == 0 &&
                  strstr(fn37, "Progress Report, October 2021, p 7"),
              "%s", fn37);
    const evx_unit *p26 = unit(&u, "HC1168/p26");
    cr_expect_null(strstr(p26->text, "Saltmarsh"), "%s", p26->text);
    cr_expect(strstr(p26->text, "cannot wait for another review"), "%s", p26->text);
    evx_units_free(&u);
}

/* A note's URL wrapped at a hyphen ("…/multi-sector-" / "research/…"),
 * then a note whose line ends in a number ("around 40,000" / "premises
 * that had been …"): the URL's tail had been read as the page's text, so
 * the next notes were taken for notes that broke into a sentence, and
 * the rest of the note after the number for that sentence going on: it
 * ran into paragraph 5, with no warning (mutool, fixture
 * mutool-wrapped-url.txt, HC 1174). */
Test(silent_losses, a_wrapped_url_and_a_number_ending_a_notes_line)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "mutool-wrapped-url.txt", "HC 1174");
    const char *fn4 = unit(&u, "HC1174/fn4")->text;
    cr_expect(strstr(fn4, "around 40,000 premises that had been included") &&
                  strstr(fn4, "did not return."),
              "%s", fn4);
    const char *p5 = unit(&u, "HC1174/p5")->text;
    cr_expect_null(strstr(p5, "premises that had been included in the original"), "%s", p5);
    cr_expect(strstr(p5, "would be included."), "%s", p5);
    evx_units_free(&u);
}

/* A URL that is a note's own text, inside its line or on the line its
 * text runs on into ("… BN260," / "https://ifs.org.uk/…, accessed 2
 * February 2023"), is no item of the list of links a PDF tool prints
 * under a page's notes: it had been dropped, and the words after it with
 * it or run into the paragraph before, the source a journalist needs lost
 * with no word said.  A list of links under a blank line is furniture, as
 * before. */
Test(silent_losses, a_url_in_a_notes_text_stays_in_it)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1. The sector must publish the data.1\n\n"
            "2. The regulator must publish the evidence base.2\n\n"
            "1 Department for Coastal Affairs, Annual statistics 2020, "
            "www.gov.uk/government/statistics/annex-508\n"
            "2 Institute for Fiscal Studies, Fair funding review, IFS Briefing Note BN260,\n"
            "https://ifs.org.uk/publications/fair-funding-review, accessed 2 February 2023\n\n"
            "https://www.gov.uk/government/statistics/annex-508\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text,
                     "Department for Coastal Affairs, Annual statistics 2020, "
                     "www.gov.uk/government/statistics/annex-508");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Institute for Fiscal Studies, Fair funding review, IFS Briefing "
                     "Note BN260, https://ifs.org.uk/publications/fair-funding-review, "
                     "accessed 2 February 2023");
    cr_expect_str_eq(unit(&u, "HC1/p2")->text, "The regulator must publish the evidence base.");
    evx_units_free(&u);
}
