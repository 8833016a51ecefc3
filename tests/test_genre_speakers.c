/*
 * test_genre_speakers.c - wrong or invented speakers and references in
 * report genres a reader meets less often (an older Commons report with
 * printed evidence and memoranda, a House of Lords report, a Public
 * Accounts Committee report, a report that names its speakers only in its
 * text), found by a fourteenth blind pass through seven PDF tools.  Each
 * text is the shape a tool printed, cut to its few lines; the words are
 * invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "otherutil.h"

/* The speaker of quotation id in text read as a pdf-text dump. */
static const evx_speaker *speaker_of(evx_units *u, const char *text, const char *id)
{
    read_as(u, text, 0);
    const evx_unit *q = unit(u, id);
    cr_assert_not_null(q->speaker, "%s has no speaker", id);
    return q->speaker;
}

/* A footnote that names a person and nothing else cites no evidence:
 * the person spoke, and there is no reference to give (the name had been
 * printed as the reference, as a document's title is). */
Test(genre_speakers, a_footnote_naming_a_person_alone_gives_no_reference)
{
    evx_units u = EVX_UNITS_INIT;
    const evx_speaker *s = speaker_of(&u,
                                      "1 Introduction\n"
                                      "1. We heard that \xE2\x80\x9Cthe fund is too small\xE2\x80\x9D.1\n"
                                      "1 Dr Priya Natt\n",
                                      "HC1/p1/q1");
    cr_expect_str_eq(s->name, "Dr Priya Natt");
    cr_expect_null(s->ref);
    cr_expect_str_neq(s->kind, "document");
    evx_units_free(&u);
}

/* MuPDF prints a numbered written evidence list one cell a line ("2" /
 * "RHF0031" / "Cafcass"): the entry is Cafcass's, not "2"'s (a quotation
 * had been cited to "— 2, written evidence, RHF0031"). */
Test(genre_speakers, a_written_evidence_list_printed_one_cell_a_line)
{
    evx_units u = EVX_UNITS_INIT;
    const evx_speaker *s = speaker_of(&u,
                                      "1 Introduction\n"
                                      "1. Cafcass told us that \xE2\x80\x9Cthe fund is too small\xE2\x80\x9D.1\n"
                                      "1 Cafcass (RHF0031)\n\n"
                                      "Published written evidence\n\n"
                                      "The following written evidence was received.\n\n"
                                      "1\nRHF0011\nWomen\xE2\x80\x99s Aid\n\n"
                                      "2\nRHF0031\nCafcass\n",
                                      "HC1/p1/q1");
    cr_expect_str_eq(s->name, "Cafcass");
    cr_expect_str_eq(s->ref, "RHF0031");
    cr_expect_str_eq(unit(&u, "HC1/evidence/RHF0011")->title, "Women\xE2\x80\x99s Aid");
    evx_units_free(&u);
}

/* A witness's line broken after "and" inside a body's name ("University
 * of Kent and" / "Medway; Mr Tom Gedge, …") goes on: "Medway" had been a
 * witness, and her words his. */
Test(genre_speakers, a_witness_line_broken_inside_a_name_goes_on)
{
    evx_units u = EVX_UNITS_INIT;
    const evx_speaker *s = speaker_of(
        &u,
        "1 Introduction\n"
        "1. Professor Leary, Professor of Information Studies, University of Kent and "
        "Medway, told us that \xE2\x80\x9Cthe fund is too small\xE2\x80\x9D.1\n"
        "1 Q 45\n\n"
        "Witnesses\n"
        "Tuesday 15 October 2013\n"
        "Professor Siobhan Leary, Professor of Information Studies, University of Kent and\n"
        "Medway; Mr Tom Gedge, Chair, Friends of Coastal Libraries\n"
        "Q41\xE2\x80\x93" "77\n",
        "HC1/p1/q1");
    cr_expect_str_eq(s->name, "Professor Siobhan Leary");
    cr_expect_str_eq(s->org, "University of Kent and Medway");
    evx_units_free(&u);
}

/* "HH Judge" (His or Her Honour) opens a witness after a semicolon: the
 * judge's words had gone to the panel's first witness. */
Test(genre_speakers, a_judge_titled_hh_is_a_witness_of_her_own)
{
    evx_units u = EVX_UNITS_INIT;
    const evx_speaker *s = speaker_of(
        &u,
        "1 Introduction\n"
        "1. The picture varies. Judge Kerr, Designated Family Judge, Bristol and Avon, explained:\n"
        "\xE2\x80\x9CWe raised this in correspondence on several occasions.\xE2\x80\x9D" "1\n"
        "2. Next paragraph.\n"
        "1 Oral evidence taken on 9 November 2021, Q25\n\n"
        "Witnesses\n"
        "Tuesday 9 November 2021\n"
        "Sir John Amberley, Chair, Family Justice Council of England and Wales; HH Judge "
        "Rosalind Kerr, Designated Family Judge, Bristol and Avon     Q1\xE2\x80\x93" "35\n",
        "HC1/p1/q1");
    cr_expect_str_eq(s->name, "HH Judge Rosalind Kerr");
    evx_units_free(&u);
}

/* An older report's memorandum number ("SCL 14"), which its list prints
 * after the body's name ("North Shore Borough Council (SCL 14)   Ev 43"):
 * the body's written evidence, not a document called "SCL 14". */
Test(genre_speakers, a_memorandum_number_the_list_gives)
{
    evx_units u = EVX_UNITS_INIT;
    const evx_speaker *s = speaker_of(&u,
                                      "1 Introduction\n"
                                      "1. The Council told us that \xE2\x80\x9Cthe fund is too small\xE2\x80\x9D.1\n"
                                      "1 SCL 14\n\n"
                                      "List of printed written evidence\n"
                                      "1 North Shore Borough Council (SCL 14)    Ev 43\n",
                                      "HC1/p1/q1");
    cr_expect_str_eq(s->name, "North Shore Borough Council");
    cr_expect_str_eq(s->kind, "written");
    evx_units_free(&u);
}

/* A page of the printed evidence after the last panel's ("Ev 58", the
 * panel's "Ev 12"), nothing listed after it to end the panel's pages,
 * while the lead-in names another: the lead-in's.  The column head
 * "Page" is no part of a witness. */
Test(genre_speakers, a_printed_page_past_the_last_panel_and_a_lead_in)
{
    evx_units u = EVX_UNITS_INIT;
    const evx_speaker *s = speaker_of(
        &u,
        "1 Introduction\n"
        "1. The Lagoon Developers\xE2\x80\x99 Forum told us that \xE2\x80\x9Cthe fund is too "
        "small\xE2\x80\x9D.1\n"
        "1 Ev 58\n\n"
        "Witnesses\n"
        "Tuesday 3 November 2009\n"
        "Professor Alan Bright, Chair, Institute of Marine Engineering\n"
        "Page\n"
        "Ev 12\n",
        "HC1/p1/q1");
    cr_expect_str_eq(s->name, "The Lagoon Developers\xE2\x80\x99 Forum");
    const evx_unit *w = NULL;
    for (size_t k = 0; k < u.len && !w; k++)
        if (u.items[k]->type == EVX_UNIT_WITNESS)
            w = u.items[k];
    cr_assert_not_null(w);
    cr_expect_str_eq(w->people[0].org, "Institute of Marine Engineering");
    evx_units_free(&u);
}

/* "The Minister, <post>, <department>, told us": the department in the
 * post that stands beside the subject is not who spoke. */
Test(genre_speakers, a_post_beside_a_minister_is_no_speaker)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n"
            "1. The Minister, Parliamentary Under-Secretary of State for Culture, Department for "
            "Culture, Media and Sport, told us that \xE2\x80\x9Cthe fund is too small\xE2\x80\x9D.1\n"
            "2. The NHS Constitution, the Royal College of Nursing told us, includes a duty to "
            "\xE2\x80\x9C" "engage staff\xE2\x80\x9D.2\n"
            "1 Q 115\n"
            "2 Q 116\n",
            0);
    const evx_speaker *s = unit(&u, "HC1/p1/q1")->speaker;
    cr_expect(!s || !s->name || strstr(s->name, "Department") == NULL, "%s",
              s && s->name ? s->name : "");
    /* a subject that is no post leaves the body named after it */
    cr_expect_str_eq(unit(&u, "HC1/p2/q1")->speaker->name, "Royal College of Nursing");
    evx_units_free(&u);
}

/* pdftotext -raw, no blank line anywhere: after a chapter's heading and
 * a page's notes, each number alone over its body, the page's number and
 * running header, then the next paragraph.  It had been read into the
 * last note, exit 0, no warning. */
Test(genre_speakers, a_paragraph_after_a_pages_raw_notes)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n"
            "1. Dr Roe said \xE2\x80\x9Cthe system is broken\xE2\x80\x9D.1\n"
            "2. Mr Poe said \xE2\x80\x9Cwe need money\xE2\x80\x9D.2\n"
            "3. Ms Low said \xE2\x80\x9Cit is fine\xE2\x80\x9D.3\n"
            "1\nQ 72 (Dr Jane Roe)\n2\nQ 6 (Mr Ben Poe)\n3\nQ 9 (Ms Ann Low)\n"
            "4\nThe report title\n"
            "4. Next paragraph here.\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/p4")->text, "Next paragraph here.");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Q 9 (Ms Ann Low)");
    evx_units_free(&u);
}

/* A House of Lords list as MuPDF prints it, each row's cells apart: a
 * witness's entry wrapped inside a body's name ("… Department for" / "" /
 * "Environment, Food and Rural Affairs"), and one marked "**" whose
 * body's last word stands apart ("… National Sheep Breeders’" / "" /
 * "Association").  Each rest had been a witness of its own, a body's
 * words a person's name. */
Test(genre_speakers, a_lords_list_entry_wrapped_past_a_blank_line)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1. We took evidence from the Minister and others.\n\n"
            "Appendix 2: List of witnesses\n\n"
            "Oral evidence in chronological order\n\n"
            "**\nLord Grey of Kettlewell, former President, National Sheep Breeders\xE2\x80\x99\n\n"
            "Association\n\nQQ 42\xE2\x80\x93" "55\n\n"
            "**\nVictoria Prentiss MP, Parliamentary Under-Secretary of State, Department for\n\n"
            "Environment, Food and Rural Affairs\n\nQQ 56\xE2\x80\x93" "72\n",
            0);
    size_t witnesses = 0;
    for (size_t k = 0; k < u.len; k++) {
        const evx_unit *w = u.items[k];
        if (w->type != EVX_UNIT_WITNESS || w->n_people == 0)
            continue;
        witnesses++;
        cr_expect(strcmp(w->people[0].name, "Association") != 0);
        cr_expect(strcmp(w->people[0].name, "Environment, Food and Rural Affairs") != 0);
    }
    cr_expect_eq(witnesses, 2);
    evx_units_free(&u);
}

/* An older report's list whose entries end in memorandum numbers ("…
 * (SCL 05)"), its printed pages a column apart: the entries are read,
 * and a footnote citing "Ev SCL05" is that body's written evidence. */
Test(genre_speakers, a_list_of_memoranda_numbered_in_brackets)
{
    evx_units u = EVX_UNITS_INIT;
    const evx_speaker *s = speaker_of(&u,
                                      "1 Introduction\n"
                                      "1. In its written evidence, the Friends warned that "
                                      "\xE2\x80\x9Cthe fund is too small\xE2\x80\x9D.1\n"
                                      "1 Ev SCL05\n\n"
                                      "List of printed written evidence\n"
                                      "1\n2\n\n"
                                      "Friends of Coastal Libraries (SCL 05)\n"
                                      "North Shore Borough Council (SCL 14)\n\n"
                                      "Ev 43\nEv 46\n",
                                      "HC1/p1/q1");
    cr_expect_str_eq(s->name, "Friends of Coastal Libraries");
    cr_expect_str_eq(s->kind, "written");
    evx_units_free(&u);
}
