/*
 * test_margin_notes.c - a report made in an office suite whose paragraph
 * and note numbers hang in the left margin, as a PDF tool in reading order
 * prints that margin: a column of numbers apart from their text, the
 * notes' bodies the page's last lines, a page's lone note, and endnotes
 * printed after the lists.  Read the way the pipeline reads it; the words
 * are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <string.h>

#include "otherutil.h"

/* A short report's contents list, its first lines. */
#define SHORT_CONTENTS                                                        \
    "Contents\nSummary 3\n1 Introduction 4\nConclusions and recommendations 5\n"

/* After a short contents list: the summary's page, then the first
 * chapter's heading and its first paragraph's number, alone, at page 4's
 * top. */
#define MARGIN_TOP                                                            \
    "\nRural bus services 3\n\nSummary\n"                                     \
    "We looked at rural bus services. Funding had fallen.\n\n"               \
    "Rural bus services 4\n\n1 Introduction\n1.\n\n"

/* Hanging paragraph and note numbers that a PDF tool in reading order
 * prints as the page's margin column: a paragraph's number, then the
 * numbers of the page's notes, then the paragraph's text, with the
 * notes' bodies as the last lines before the page's furniture.  The
 * paragraph had been lost ("paragraph 3 follows paragraph 1") and the
 * bodies run into its text. */
Test(margin_notes, note_numbers_in_the_page_margin)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Contents\n"
            "Summary 3\n"
            "1 Introduction 4\n"
            "2 Funding and accountability 5\n"
            "Conclusions and recommendations 6\n"
            MARGIN_TOP
            "The Department told us that demand had fallen.1 Operators agreed.\n"
            "\n"
            "2.\n"
            "\n"
            "1\n"
            "\n"
            "Councils said that grants had been cut by a wide margin. The Department\n"
            "Q6 [Dr Helen Marsh]\n"
            "\n"
            "Rural bus services 5\n"
            "\n"
            "had not said when the review would end.\n"
            "\n"
            "2 Funding and accountability\n"
            "3.\n"
            "\n"
            "The Treasury told us that funding was settled.2 Councils disagreed.3\n"
            "\n"
            "4.\n"
            "\n"
            "2\n"
            "3\n"
            "\n"
            "We are concerned that accountability lacked a clear owner.\n"
            "Public Accounts Committee, Review of provision 2021, March 2021\n"
            "Department for Transport (RBS0053)\n"
            "\n"
            "Rural bus services 6\n"
            "\n"
            "Conclusions and recommendations\n"
            "1. We recommend that the Government publish its review. (Paragraph 4)\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Councils said that grants had been cut by a wide margin. "
                     "The Department had not said when the review would end.");
    cr_expect_eq(unit(&u, "HC1/p2")->page, 4);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q6 [Dr Helen Marsh]");
    cr_expect_str_eq(unit(&u, "HC1/p4")->text,
                     "We are concerned that accountability lacked a clear owner.");
    cr_expect_eq(unit(&u, "HC1/p4")->chapter, 2);
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Public Accounts Committee, Review of provision 2021, March 2021");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Department for Transport (RBS0053)");
    cr_expect_eq(unit(&u, "HC1/fn3")->page, 5);
    evx_units_free(&u);
}

/* A page's one note: its number in the margin under the paragraph's,
 * its marker set apart mid-line ("used them. 1 We welcome …"), its body
 * the page's last line, a block of its own; or its number and its body
 * each a block of their own at the page's foot.  The marker had opened a
 * note ("We welcome …"), and the lone number had left its body in the
 * paragraph. */
Test(margin_notes, a_page_with_one_note)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Contents\n"
            "Summary 3\n"
            "1 Introduction 4\n"
            "Conclusions and recommendations 6\n"
            MARGIN_TOP
            "1\n"
            "\n"
            "Councils said that grants had been cut by a wide margin. The regulator has\n"
            "powers to intervene, yet it has rarely used them. 1 We welcome the\n"
            "commitment given by the Minister.\n"
            "\n"
            "Q16 [Mr Graham Ives]\n"
            "\n"
            "Rural bus services 5\n"
            "\n"
            "2.\n"
            "\n"
            "The consequences of getting fares wrong would be long-lasting.2 We are\n"
            "not persuaded that the current arrangements are fair.\n"
            "\n"
            "2\n"
            "\n"
            "Q82 [Mr Hugh Pennant]\n"
            "\n"
            "Rural bus services 6\n"
            "\n"
            "Conclusions and recommendations\n"
            "1. We recommend that the Government publish its review. (Paragraph 2)\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q16 [Mr Graham Ives]");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q82 [Mr Hugh Pennant]");
    cr_expect(strstr(unit(&u, "HC1/p1")->text, "We welcome the commitment") != NULL,
              "p1: %s", unit(&u, "HC1/p1")->text);
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "The consequences of getting fares wrong would be long-lasting. "
                     "We are not persuaded that the current arrangements are fair.");
    evx_units_free(&u);
}

/* A report whose notes are endnotes, printed after the written evidence
 * as a column of numbers and then their bodies, and whose last panel's
 * question range wraps after its dash, glued to the organisation
 * ("SewageQ1–" / "36").  The panel had not ended, the written evidence
 * and the endnotes had become panels, and an endnote citing written
 * evidence ("King's Fund (RBS0018)") a second entry of it. */
Test(margin_notes, endnotes_in_a_column_after_the_lists)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            SHORT_CONTENTS
            "Witnesses 6\n"
            "Published written evidence 6\n"
            "\n"
            "Rural bus services 3\n"
            "\n"
            "Summary\n"
            "We looked at rural bus services. Funding had fallen.\n"
            "\n"
            "4 Rural bus services\n"
            "\n"
            "1 Introduction\n"
            "1. Demand had fallen in most regions.1 Councils agreed.2\n"
            "\n"
            "2. Grants were cut by a wide margin.3\n"
            "\n"
            "Rural bus services 5\n"
            "\n"
            "Conclusions and recommendations\n"
            "1. The Government should publish a funding plan. (Paragraph 2)\n"
            "\n"
            "6 Rural bus services\n"
            "\n"
            "Witnesses\n"
            "The following witnesses gave evidence.\n"
            "Tuesday 14 March 2023\n"
            "Dr Jane Smith, Chief Executive, Rural Transport Trust; Mr Hugh Pennant, Head of\n"
            "Campaigns, Surfers Against SewageQ1–\n"
            "36\n"
            "Published written evidence\n"
            "1 Age UK (RBS0001)\n"
            "2 King’s Fund (RBS0018)\n"
            "Rural bus services 7\n"
            "1\n"
            "2\n"
            "3\n"
            "\n"
            "Q6 [Dr Jane Smith]\n"
            "King’s Fund (RBS0018)\n"
            "Q31 [Mr Hugh Pennant]\n",
            0);
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_expect_eq(w->q_first, 1);
    cr_expect_eq(w->q_last, 36);
    expect_person(w, 1, "Mr Hugh Pennant", "Head of Campaigns", "Surfers Against Sewage");
    cr_expect_null(evx_units_find(&u, "HC1/witness/2"));
    cr_expect_str_eq(unit(&u, "HC1/evidence/RBS0018")->text, "King’s Fund");
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q6 [Dr Jane Smith]");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "King’s Fund (RBS0018)");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Q31 [Mr Hugh Pennant]");
    cr_expect_eq(unit(&u, "HC1/fn3")->page, 7);
    evx_units_free(&u);
}

/* A margin column of note numbers whose bodies wrap, in a block of
 * their own before the page's later notes, which print their numbers
 * ("3 Q40–44 …"): the bodies are that block, up to the first numbered
 * note.  Both notes had been lost (warned), and the paragraph with
 * them. */
Test(margin_notes, margin_notes_that_wrap_before_numbered_ones)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            SHORT_CONTENTS
            MARGIN_TOP
            "Demand had fallen.1 Councils agreed.2 Operators said so.3\n"
            "\n"
            "2.\n"
            "1\n"
            "2\n"
            "\n"
            "The Consumer Council told us that the review had run for\n"
            "\n"
            "Department for Transport (RBS0008)\n"
            "Oral evidence taken on Wednesday 17 January 2024, Q64–70 [Mr Hugh Pennant]; see also the supplementary written\n"
            "evidence submitted after the session by the Rural Transport Trust\n"
            "3 Q40–44 [Dr Jane Smith]\n"
            "\n"
            "Rural bus services 5\n"
            "\n"
            "several years without a clear outcome.\n"
            "\n"
            "Conclusions and recommendations\n"
            "1. We recommend that the Government publish its review. (Paragraph 2)\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Department for Transport (RBS0008)");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Oral evidence taken on Wednesday 17 January 2024, Q64–70 [Mr Hugh "
                     "Pennant]; see also the supplementary written evidence submitted after "
                     "the session by the Rural Transport Trust");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Q40–44 [Dr Jane Smith]");
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "The Consumer Council told us that the review had run for several "
                     "years without a clear outcome.");
    evx_units_free(&u);
}

/* A page whose markers are all set apart after their sentences
 * ("investment. 2"), its notes numbered on their own lines, before a
 * page whose notes' numbers are a column over their bodies.  The
 * numbered notes had not counted as read (their markers, set apart, had
 * not raised the highest marker met), so the column after them was
 * taken for text: its numbers and bodies ran into the paragraph the
 * page break cut (pdftotext's reading order, a page dense with notes).
 * The notes so read follow a sentence and its marker ("… a service. 4"):
 * no sentence is cut there, so a note's line in lower case ("and
 * paragraphs 4.4 to 4.16") is the note's, not the paragraph resuming. */
Test(margin_notes, a_column_after_notes_cited_apart)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Contents\n"
            "Summary 3\n"
            "1 Introduction 4\n"
            "Conclusions and recommendations 7\n"
            MARGIN_TOP
            "The Department told us that demand had fallen.1 Operators agreed.\n"
            "\n"
            "1\n"
            "\n"
            "Q6 [Dr Helen Marsh]\n"
            "\n"
            "Rural bus services 5\n"
            "\n"
            "2.\n"
            "\n"
            "Councils told us that fares cannot rise without sustained investment. 2\n"
            "Operators said that the grant came too late in each year. 3 Others\n"
            "cautioned that a sudden change could leave passengers without a service. 4\n"
            "\n"
            "2 Q66\xE2\x80\x93" "69 [Dr Ruth Okafor]\n"
            "3 Q74\xE2\x80\x93" "77 [Mr Neil Ashdown]\n"
            "4 National Audit Office, Accountability for the delivery of infrastructure\n"
            "programmes, HC 361, Session 2023\xE2\x80\x93" "24, November 2024, Figure 10\n"
            "and paragraphs 4.4 to 4.16\n"
            "\n"
            "Rural bus services 6\n"
            "\n"
            "3.\n"
            "\n"
            "We asked the Department how it measured the success of the grant, and\n"
            "it was unable to give a clear answer. 5 The figure quoted to us could not\n"
            "be reconciled with the published accounts.6 Some witnesses went further.\n"
            "\n"
            "4.\n"
            "\n"
            "When pressed, officials conceded that the timetable had slipped by at least a\n"
            "\n"
            "5\n"
            "6\n"
            "\n"
            "Q62 [Mr Owen Pryce]\n"
            "Q64 [Ms Paula Grant]\n"
            "\n"
            "Rural bus services 7\n"
            "\n"
            "year. We regret the delay.\n"
            "\n"
            "Conclusions and recommendations\n"
            "1. We recommend that the Government publish its review. (Paragraph 4)\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn4")->text,
                     "National Audit Office, Accountability for the delivery of "
                     "infrastructure programmes, HC 361, Session 2023\xE2\x80\x93" "24, "
                     "November 2024, Figure 10 and paragraphs 4.4 to 4.16");
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Councils told us that fares cannot rise without sustained investment. "
                     "Operators said that the grant came too late in each year. Others "
                     "cautioned that a sudden change could leave passengers without a service.");
    cr_expect_str_eq(unit(&u, "HC1/fn5")->text, "Q62 [Mr Owen Pryce]");
    cr_expect_str_eq(unit(&u, "HC1/fn6")->text, "Q64 [Ms Paula Grant]");
    cr_expect_eq(unit(&u, "HC1/fn6")->page, 6);
    cr_expect_str_eq(unit(&u, "HC1/p4")->text,
                     "When pressed, officials conceded that the timetable had slipped "
                     "by at least a year. We regret the delay.");
    evx_units_free(&u);
}
