/*
 * test_glued_notes.c - footnote numbers an office suite sets as
 * superscripts, which a PDF tool glues to the first word of their bodies
 * ("1Q3 [Professor Alan Reed]", "35Rights Foundation"): a run of such
 * lines in sequence is the notes; a glued number outside one ("4G
 * coverage", a table's ranks, a list over the page's notes) is text.
 * Read the way the pipeline reads it; the words are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "otherutil.h"

/* A contents list of two chapters, then the first chapter's heading. */
#define TWO_CHAPTERS                                                          \
    "Contents\n1 Introduction 5\n2 Funding 7\n\n1 Introduction\n\n"

/* A number glued to a word is a footnote only in a run in sequence:
 * "4G coverage" / "5G masts" start no bodies, nor does a lone "3Public"
 * whose sequence never began. */
Test(glued_notes, glued_numbers_outside_a_run_are_text)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n"
            "\n"
            "1. We heard that coverage was poor:\n"
            "4G coverage lags in rural areas;\n"
            "5G masts are rare.\n"
            "2. The Department disagreed.1\n"
            "\n"
            "1 Q6\n",
            0);
    const evx_unit *p1 = unit(&u, "HC1/p1");
    cr_expect(strstr(p1->text, "4G coverage lags") != NULL, "p1: %s", p1->text);
    cr_expect(strstr(p1->text, "5G masts are rare.") != NULL, "p1: %s", p1->text);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q6");
    evx_units_free(&u);
}

/* Lines that open with a number glued to a word, but are no footnotes:
 * a list's items ("1Review current routes;") above the page's notes set
 * out as "1 Q6", a ranked table's rows above them, rows under a chapter's
 * heading in a report with no markers, organisations' names in a witness
 * list ("4Children", "5Rights Foundation") and in a paragraph ("24Hour",
 * "25Live"): each read as the text it is, the names as printed. */
Test(glued_notes, glued_numbers_that_are_no_notes)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            TWO_CHAPTERS
            "1. This inquiry examined rural bus services.1\n"
            "\n"
            "2. The Department set out its plan in three stages:\n"
            "1Review current routes;\n"
            "2Consult operators; and\n"
            "3Publish a strategy.2\n"
            "\n"
            "1 Q6\n"
            "2 Department for Transport (RBS0012)\n"
            "\n"
            "2 Funding\n"
            "\n"
            "3. Grants had been cut.3\n"
            "\n"
            "3 Q41\n",
            0);
    const evx_unit *p2 = unit(&u, "HC1/p2");
    cr_expect(strstr(p2->text, "1Review current routes; 2Consult operators; "
                               "and 3Publish a strategy.") != NULL,
              "p2: %s", p2->text);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q6");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Department for Transport (RBS0012)");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Q41");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->parent, "HC1/p3");
    evx_units_free(&u);

    u = (evx_units)EVX_UNITS_INIT;
    read_as(&u,
            "Contents\n"
            "1 Introduction 5\n"
            "\n"
            "1 Introduction\n"
            "\n"
            "1. Councils reported that grants had been cut.1\n"
            "\n"
            "Table 1: Counties with the largest cuts\n"
            "\n"
            "1Northumberland 45\n"
            "2Cumbria 38\n"
            "3Devon 31\n"
            "\n"
            "2. We are concerned that accountability lacked a clear owner.2\n"
            "\n"
            "1 Q41 [Mark Harper]\n"
            "2 Local Government Association (RBS0007)\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q41 [Mark Harper]");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Local Government Association (RBS0007)");
    cr_expect_null(evx_units_find(&u, "HC1/fn3"));
    evx_units_free(&u);

    u = (evx_units)EVX_UNITS_INIT;
    read_as(&u,
            TWO_CHAPTERS
            "1. Councils reported that grants had been cut.\n"
            "\n"
            "2 Funding\n"
            "\n"
            "3Counties had no subsidised routes\n"
            "4Counties had cut all routes\n"
            "\n"
            "2. We are concerned that accountability lacked a clear owner.\n",
            0);
    const evx_unit *q2 = unit(&u, "HC1/p2");
    cr_expect_eq(q2->chapter, 2);
    cr_expect_str_eq(q2->chapter_title, "Funding");
    evx_units_free(&u);

    u = (evx_units)EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n"
            "\n"
            "1. We took evidence from children's charities.\n"
            "\n"
            "Witnesses\n"
            "\n"
            "Tuesday 14 March 2023\n"
            "\n"
            "Dr Jane Smith, Chief Executive,\n"
            "4Children, and Professor Alan Jones, Director,\n"
            "5Rights Foundation Q1–40\n",
            0);
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_expect(strstr(w->text, "4Children") != NULL &&
                  strstr(w->text, "5Rights Foundation") != NULL,
              "the panel: %s", w->text);
    evx_units_free(&u);

    u = (evx_units)EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n"
            "\n"
            "1. Councils said the\n"
            "24Hour helpline run by\n"
            "25Live had closed.\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/p1")->text,
                     "Councils said the 24Hour helpline run by 25Live had closed.");
    evx_units_free(&u);
}

/* Notes whose bodies open with a digit: glued to their numbers, the
 * number due reads the digits ("35Rights Foundation" after note 2 is note
 * 3's "5Rights Foundation", "62Gether" note 6's "2Gether"), and a body
 * ending in a number ("para 12") keeps it; the contents list's pages
 * follow its titles with no blank line between. */
Test(glued_notes, note_bodies_that_open_with_a_digit)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Contents\n"
            "Summary\n"
            "1 Introduction\n"
            "2 Next steps\n"
            "Conclusions and recommendations\n"
            "3\n"
            "5\n"
            "9\n"
            "12\n"
            "\n"
            "Summary\n"
            "We looked at children's safety online.\n"
            "\n"
            "1 Introduction\n"
            "\n"
            "1. Ofcom told us that platforms had been slow to act.1 Charities agreed.2\n"
            "\n"
            "2. Parents said that age checks were easily bypassed.3 Schools noted the same.4\n"
            "\n"
            "\n"
            "1\n"
            "2\n"
            "5\n"
            "Q93\n"
            "5Rights Foundation (PCO0012) para 12\n"
            "\n"
            "3Q6 [Baroness Kidron]\n"
            "4Ofcom (PCO0001)\n"
            "\n"
            "2 Next steps\n"
            "\n"
            "3. The Department said it would legislate.5 Young people welcomed it.6 Platforms did not.7\n"
            "\n"
            "5Q12\n"
            "62Gether NHS Foundation Trust (PCO0021)\n"
            "7Q15 [Dame Melanie Dawes]\n"
            "\n"
            "Conclusions and recommendations\n"
            "\n"
            "1. The Government should legislate. (Paragraph 3)\n",
            0);
    static const char *const bodies[][2] = {
        {"Q93", "HC1/p1"},
        {"5Rights Foundation (PCO0012) para 12", "HC1/p1"},
        {"Q6 [Baroness Kidron]", "HC1/p2"},
        {"Ofcom (PCO0001)", "HC1/p2"},
        {"Q12", "HC1/p3"},
        {"2Gether NHS Foundation Trust (PCO0021)", "HC1/p3"},
        {"Q15 [Dame Melanie Dawes]", "HC1/p3"}};
    for (int i = 0; i < 7; i++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/fn%d", i + 1);
        const evx_unit *fn = unit(&u, id);
        cr_expect_str_eq(fn->text, bodies[i][0]);
        cr_expect_str_eq(fn->parent ? fn->parent : "", bodies[i][1], "%s", id);
    }
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Parents said that age checks were easily bypassed. "
                     "Schools noted the same.");
    cr_expect_eq(unit(&u, "HC1/p3")->chapter, 2);
    cr_expect_eq(unit(&u, "HC1/summary/1")->page, 3);
    evx_units_free(&u);
}

/* pypdf glues every raised note number to its body, and a body that
 * opens "Q 116" then reads "2Q 116 [Mr Neil Ashdown]", the question's
 * number set apart from its "Q" (tests/fixtures/pypdf-glued-q-notes.txt,
 * the invented report of pypdf-inline-notes.txt so printed).  No body of
 * the nineteen had been read, with no warning: each run of notes broke at
 * its first "2Q", and the notes ran into the paragraphs. */
Test(glued_notes, a_number_glued_to_a_q_whose_number_is_set_apart)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pypdf-glued-q-notes.txt", "HC 2045");
    cr_expect_str_eq(unit(&u, "HC2045/fn1")->text, "Consumer Council for Water (WRQ0018)");
    cr_expect_str_eq(unit(&u, "HC2045/fn2")->text, "Q 116 [Mr Neil Ashdown]");
    cr_expect_str_eq(unit(&u, "HC2045/fn14")->text,
                     "National Audit Office, Value for money in public services, "
                     "HC 306, Session 2021\xE2\x80\x93" "22");
    for (int k = 1; k <= 19; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC2045/fn%d", k);
        cr_expect_not_null(evx_units_find(&u, id), "no %s", id);
    }
    cr_expect(strstr(unit(&u, "HC2045/p3")->text, "WRQ") == NULL, "%s",
              unit(&u, "HC2045/p3")->text);
    evx_units_free(&u);
}

/* The page on which the closing list opens holds the last notes of the
 * chapter before it, glued to their numbers as pypdf prints them ("2.We
 * agree …" / "45Q23 [Dr Patel]" / … / "50Q34";
 * tests/fixtures/pypdf-notes-under-recs.txt, an invented report from a
 * blind set).  The notes had run into recommendation 2, unwarned, and
 * their quotations had lost their references. */
Test(glued_notes, glued_notes_on_the_page_the_closing_list_opens)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pypdf-notes-under-recs.txt", "HC 412");
    cr_expect_str_eq(unit(&u, "HC412/fn45")->text, "Q23 [Dr Patel]");
    cr_expect_str_eq(unit(&u, "HC412/fn48")->text,
                     "Supplementary written evidence from Hebridean Ferry Users\xE2\x80\x99 "
                     "Forum (FER0011A)");
    cr_expect_str_eq(unit(&u, "HC412/fn50")->text, "Q34");
    cr_expect_str_eq(unit(&u, "HC412/r2")->text,
                     "We agree with Mr Tulloch that \xE2\x80\x9CWhat we see on the ground "
                     "is that ferry operators are simply not geared up for reliable "
                     "sailings in any meaningful way\xE2\x80\x9D. We recommend that the "
                     "Government set out, in its response to this Report, how it will "
                     "address this.");
    evx_units_free(&u);
}

/* pypdf, pdfminer and Ghostscript write the en space (U+2002) a report
 * sets after a footnote's number ("1\u2002Oral evidence taken on …");
 * tests/fixtures/pypdf-en-spaces.txt, an invented report from a blind set,
 * so printed, with no blank line anywhere.  No body had been read (46 of
 * 60 lost into paragraphs).  Its contents list, which ends before a line
 * it does not list ("… Parliament 31" / "ii"), must end there, not at the
 * start of its last block: the body had all been read as the formal
 * minutes that entry names. */
Test(glued_notes, notes_numbered_before_an_en_space)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pypdf-en-spaces.txt", "HC 98");
    cr_expect_str_eq(unit(&u, "HC98/fn2")->text, "Harbourmasters Guild (SHP0010)");
    int notes = 0, paras = 0;
    for (size_t k = 0; k < u.len; k++) {
        notes += u.items[k]->type == EVX_UNIT_FOOTNOTE;
        paras += u.items[k]->type == EVX_UNIT_PARAGRAPH;
    }
    cr_expect_eq(notes, 60);
    cr_expect_geq(paras, 40);
    cr_expect(strstr(unit(&u, "HC98/p2")->text, "SHP0010") == NULL);
    evx_units_free(&u);
}

/* pdftotext -layout sets a superscript that ends a full line under it, on
 * a line of its own, left of the paragraph's next line ("… on sea walls."
 * / "        1" / "           Local authorities …").  The number had
 * stayed in the paragraph's text ("walls. 1 Local"), and footnote 1 was
 * cited by nothing, with no warning. */
Test(glued_notes, a_marker_set_under_the_line_it_ends)
{
    static const char *const text =
        "1 Introduction\n"
        " 1.    It is not clear to us how the Department intends to measure "
        "progress on sea walls.\n"
        "        1\n"
        "           Local authorities reported that they lacked the capacity to "
        "oversee shoreline\n"
        "        management plans effectively.2\n"
        "\n"
        "1 Association of Drainage Boards (CFR0001)\n"
        "2 Q12 [John Smith]\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *p = unit(&u, "HC1/p1");
    cr_expect_eq(p->n_footnotes, 2);
    cr_expect(strstr(p->text, "walls. Local") != NULL, "%s", p->text);
    evx_units_free(&u);
}
