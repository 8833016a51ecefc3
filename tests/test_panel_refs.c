/*
 * test_panel_refs.c - a witness list whose panels' questions a PDF tool
 * printed apart from their names: as a block of their own (mutool,
 * pdfminer: "Mr Liam Doherty, …" / "" / "Q42–77"), or broken after the
 * range's dash (pypdf: "… Ofwat Q37–" / "84").  Read the way the pipeline
 * reads a pdf-text dump; the report is invented, its shapes are the
 * tools'.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "otherutil.h"

/* Cover, contents, a page of text, and the witness list; "%s" is where
 * the list's panels go. */
static const char REPORT[] = BACK_LIST_REPORT(
    "Witnesses",
    "The following witnesses gave evidence. Transcripts can be viewed on the "
    "inquiry publications page of the\nCommittee's website.\n\n");

/* The panels of text read as report "HC 1" into units. */
static void read_panels(evx_units *u, const char *panels)
{
    char text[4096];
    snprintf(text, sizeof text, REPORT, panels);
    read_as(u, text, 0);
}

/* Checks panel n: its date, questions and first witness. */
static void expect_panel(const evx_units *u, int n, const char *date, int q1,
                         int q2, const char *first)
{
    char id[32];
    snprintf(id, sizeof id, "HC1/witness/%d", n);
    const evx_unit *w = unit(u, id);
    cr_expect_str_eq(w->date, date, "%s", id);
    cr_expect_eq(w->q_first, q1, "%s: Q%d", id, w->q_first);
    cr_expect_eq(w->q_last, q2, "%s: Q%d", id, w->q_last);
    cr_assert_gt(w->n_people, 0, "%s has no witness", id);
    cr_expect_str_eq(w->people[0].name, first, "%s", id);
}

/* A panel's questions in a block of their own are that panel's: each had
 * been a panel of its own, with no witness, and the panels named had no
 * questions, so a footnote citing Q45 found no one. */
Test(panel_refs, questions_in_a_block_of_their_own)
{
    evx_units u = EVX_UNITS_INIT;
    read_panels(&u, "Wednesday 6 November 2024\n\n"
                    "Professor Amal Qureshi, President, Royal Pharmaceutical "
                    "Society; Ms Janet Holroyd, Chief\nExecutive, Community "
                    "Pharmacy England\n\nQ1–41\n\n"
                    "Mr Liam Doherty, independent pharmacy owner; Dr Ruth "
                    "Okafor, Senior Fellow, The King's Fund\n\nQ42–77\n\n"
                    "Wednesday 20 November 2024\n\n"
                    "Mr Stephen Vale MP, Minister for Care, Department of "
                    "Health and Social Care\n\nQ78–130\n");
    cr_expect_eq(count_type(&u, EVX_UNIT_WITNESS), 3);
    expect_panel(&u, 1, "6 November 2024", 1, 41, "Professor Amal Qureshi");
    expect_panel(&u, 2, "6 November 2024", 42, 77, "Mr Liam Doherty");
    expect_panel(&u, 3, "20 November 2024", 78, 130, "Mr Stephen Vale MP");
    evx_units_free(&u);
}

/* A range broken after its dash goes on at the next line's start, in a
 * text with no blank lines (pypdf; fixture pypdf-panel-ranges.txt, an
 * invented report): "84" had been a panel, a witness called "84", and the
 * panel before it had "Ofwat Q37–" for an organisation. */
Test(panel_refs, a_range_broken_after_its_dash)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pypdf-panel-ranges.txt", "HC 2045");
    cr_expect_eq(count_type(&u, EVX_UNIT_WITNESS), 3);
    char id[32];
    static const int last[] = {36, 84, 139};
    for (int n = 1; n <= 3; n++) {
        snprintf(id, sizeof id, "HC2045/witness/%d", n);
        const evx_unit *w = unit(&u, id);
        cr_expect_eq(w->q_last, last[n - 1], "%s: Q%d", id, w->q_last);
        cr_expect_eq(w->n_people, 2, "%s", id);
    }
    cr_expect_str_eq(unit(&u, "HC2045/witness/2")->people[1].org, "Ofwat");
    cr_expect_str_eq(unit(&u, "HC2045/witness/3")->date, "7 February 2024");
    evx_units_free(&u);
}

/* pdfminer prints a panel's questions beside its entry's first line,
 * which the names had not reached the end of: "…, Department for
 * Education, and Mr" / "Q82–130" / "Rupert Thewlis, Director, …", with a
 * blank line after the questions or none.  The names broken off mid-name
 * go on past their questions: Mr Thewlis had been a panel of his own,
 * without his title or questions, and the Minister's body "Department
 * for Education, and Mr". */
Test(panel_refs, names_broken_off_before_their_questions)
{
    static const char *const gaps[] = {"\n", "\n\n"};
    for (int k = 0; k < 2; k++) {
        char panels[1024];
        snprintf(panels, sizeof panels,
                 "Tuesday 5 November 2024\n\n"
                 "Rt Hon Catherine Lysaght MP, Minister of State for School "
                 "Standards, Department for Education, and Mr\n"
                 "Q82\xE2\x80\x93" "130%s"
                 "Rupert Thewlis, Director, Teacher Workforce, Department for "
                 "Education\n",
                 gaps[k]);
        evx_units u = EVX_UNITS_INIT;
        read_panels(&u, panels);
        cr_expect_eq(count_type(&u, EVX_UNIT_WITNESS), 1, "gap %d", k);
        expect_panel(&u, 1, "5 November 2024", 82, 130,
                     "Rt Hon Catherine Lysaght MP");
        const evx_unit *w = unit(&u, "HC1/witness/1");
        expect_person(w, 0, NULL, NULL, "Department for Education");
        expect_person(w, 1, "Mr Rupert Thewlis", "Director, Teacher Workforce",
                      "Department for Education");
        evx_units_free(&u);
    }
}
