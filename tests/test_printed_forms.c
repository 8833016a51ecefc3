/*
 * test_printed_forms.c - other reports as PDF tools and web pages give
 * them, a fourth pass (2026-12-01): House of Lords reports in reading
 * order (paragraph numbers on lines of their own, running headers apart
 * from their page numbers, page numbers alone), older Commons reports'
 * parts ("PART II:", "Report  Page" contents, "List of printed written
 * evidence"), Lords footnotes "Q 2 (Name)", rules and page numbers a PDF
 * tool leaves, witness lines and footnote brackets with posts and bodies.
 * Each case read the way the pipeline reads it; the words are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"
#include "paranum.h"
#include "testutil.h"

/* An older printed report (2000–01) heads its contents list "Report
 * Page" and its chapters "PART I: INTRODUCTION".  The column headings
 * had ended the contents list at once (read as a box with quotations),
 * the page layer had cut the first entry after "PART I:" (a first
 * entry's word taken for its page, 0), and no part was a chapter; in
 * both readers now, as in a web copy, they are chapters 1 and 2. */
Test(printed_forms, parts_numbered_in_roman_under_a_report_page_heading)
{
    static const char *const text =
        "House of Commons\n\nLiaison Committee\n\n"
        "Shifting the weight: work left to do\n\n"
        "First Report of Session 2000–01\n\n"
        "Contents\n\n"
        "Report                                                    Page\n\n"
        "PART I: INTRODUCTION                                         3\n"
        "PART II: WHAT HAPPENED NEXT                                  4\n\n"
        "PART I: INTRODUCTION\n\nForeword\n\n"
        "1. A year ago we published our Report on the work of "
        "committees.1 We judged\nthat it was a fair time to take stock of "
        "what committees had done.\n\n"
        "2. Nobody doubted that the system was thought a success.\n\n"
        "1   First Report, Session 1999-2000, HC 300\n\n"
        "                                                              3\n\n"
        "PART II: WHAT HAPPENED NEXT\n\nThe Government's reply\n\n"
        "3. The Government's reply2 was a disappointment. The Leader of "
        "the House, Mrs\nMargaret Beckwith, told us that “the proposals "
        "went too far”.3\n\n"
        "4. We do not accept that view.\n\n"
        "2   Cm 4737\n3   Q 12\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    for (size_t k = 0; k < u.len; k++) {
        const evx_unit *x = u.items[k];
        cr_expect((x->type != EVX_UNIT_BOX && x->type != EVX_UNIT_QUOTATION) ||
                      strcmp(x->id, "HC1/p3/q1") == 0,
                  "%s: %s", x->id, x->text);
    }
    cr_expect_eq(unit(&u, "HC1/p1")->chapter, 1);
    cr_expect_str_eq(unit(&u, "HC1/p1")->chapter_title, "INTRODUCTION");
    cr_expect_str_eq(unit(&u, "HC1/p1")->section, "Foreword");
    cr_expect_eq(unit(&u, "HC1/p3")->chapter, 2);
    cr_expect_str_eq(unit(&u, "HC1/p3")->chapter_title, "WHAT HAPPENED NEXT");
    expect_speaker(&u, "HC1/p3/q1", "Mrs Margaret Beckwith");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Cm 4737");
    evx_units_free(&u);
}

/* The House of Lords cites a question with a space, "Q 2 (Professor
 * Jane Doe)"; printed, a footnote so cited whose question is the next
 * footnote's number had been cut there: footnote 1 "Q", footnote 2 the
 * name and the real footnote 2 run together, which then named the second
 * quotation's speaker "Professor Jane Doe) 2 Written evidence from the
 * Example Trust". */
Test(printed_forms, a_question_cited_with_a_space_is_no_footnote_number)
{
    static const char *const text =
        "Chapter 1: Introduction\n\n"
        "1. Professor Jane Doe told us that the sector was “at breaking "
        "point”.1 The Example Trust said\nthat costs were “rising faster "
        "than income”.2 Others agreed.3\n\n"
        "1 Q 2 (Professor Jane Doe)\n"
        "2 Written evidence from the Example Trust (ABC0012)\n"
        "3 QQ 4–5 (Dr Ann Roe)\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q 2 (Professor Jane Doe)");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Written evidence from the Example Trust (ABC0012)");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "QQ 4–5 (Dr Ann Roe)");
    expect_speaker(&u, "HC1/p1/q1", "Professor Jane Doe");
    expect_speaker(&u, "HC1/p1/q2", "Example Trust");
    evx_units_free(&u);
}

/* A footnote whose last word is a number that completes it ("2 Question
 * 3", "2 Qq 2, 3", "2 Evidence session 3") over the next footnote, which
 * that number opens ("3 Q52"): the body had been cut before its number,
 * footnote 2 "Question" (the quotation's speaker "Question", a document)
 * and footnote 3 "3 Q52" (no witness, no date).  Printed one per line or
 * run on in one line. */
Test(printed_forms, a_footnote_ending_in_the_next_footnotes_number_keeps_it)
{
    static const char *const bodies[] = {"Question 3", "Qq 2, 3",
                                         "Evidence session 3"};
    static const char *const breaks[] = {"\n", " "};
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
        for (size_t k = 0; k < 2; k++) {
            char text[1024];
            snprintf(text, sizeof text,
                     "1 Introduction\n\n"
                     "1. The Government promised “more visible policing”.1\n\n"
                     "2. He added that the conditions were “used sparingly”.2\n\n"
                     "3. Assistant Commissioner Qureshi-Bell said that most "
                     "protests had “no conditions at all”.3\n\n"
                     "1 Home Office, Beating Crime Plan, July 2021, p 2%s"
                     "2 %s%s3 Q52\n\n"
                     "Witnesses\n\nTuesday 8 March 2022\n\n"
                     "Chief Constable Gareth Penhaligon, National Police "
                     "Chiefs’ Council, and Assistant Commissioner Rukhsana "
                     "Qureshi-Bell, Metropolitan Police Service Q39–77\n",
                     breaks[k], bodies[i], breaks[k]);
            evx_units u = EVX_UNITS_INIT;
            read_as(&u, text, 0);
            cr_expect_str_eq(unit(&u, "HC1/fn2")->text, bodies[i], "%s", text);
            cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Q52", "%s", text);
            expect_speaker(&u, "HC1/p3/q1",
                           "Assistant Commissioner Rukhsana Qureshi-Bell");
            const evx_unit *q = unit(&u, "HC1/p2/q1");
            cr_expect(!q->speaker || !q->speaker->name ||
                          !strstr(q->speaker->name, "Question"),
                      "%s: speaker %s", bodies[i], q->speaker->name);
            evx_units_free(&u);
        }
}

/* A witness line whose first organisation reads like a person's name
 * ("Seabright Renewables"), then ";" and a professor whose post is
 * "Professor of …": the organisation had become a witness named
 * "Seabright Renewables" with the professor as its role, and Mr Reilly
 * had been given the university. */
Test(printed_forms, a_witness_line_of_two_bodies_and_a_professors_post)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Mr Duncan Reilly, Director of Policy at Seabright Renewables, "
        "explained that “costs are high”.1\n\n"
        "2. Professor Ines Okafor told us that “costs are falling”.2\n\n"
        "Witnesses\n\nTuesday 4 May 2021\n\n"
        "Mr Duncan Reilly, Director of Policy, Seabright Renewables; "
        "Professor Ines Okafor, Professor of Marine Engineering, University "
        "of Tayside\tQ1–45\n\n"
        "Footnotes\n\n1 Q23 [Duncan Reilly]\n\n2 Q30 [Professor Ines "
        "Okafor]\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_assert_eq(w->n_people, 2);
    cr_expect_str_eq(w->people[0].name, "Mr Duncan Reilly");
    cr_expect_str_eq(w->people[0].org, "Seabright Renewables");
    cr_expect_str_eq(w->people[1].name, "Professor Ines Okafor");
    cr_expect_str_eq(w->people[1].role, "Professor of Marine Engineering");
    cr_expect_str_eq(w->people[1].org, "University of Tayside");
    const evx_unit *q = unit(&u, "HC1/p2/q1");
    expect_speaker(&u, "HC1/p2/q1", "Professor Ines Okafor");
    cr_expect(q->speaker->org &&
                  strcmp(q->speaker->org, "University of Tayside") == 0,
              "org %s", q->speaker->org ? q->speaker->org : "none");
    evx_units_free(&u);
}

/* Printed, the same older list: its entries had been four witnesses. */
Test(printed_forms, a_printed_list_of_printed_written_evidence)
{
    static const char *const text =
        "1 Introduction\n\n1. We took evidence from many bodies over the "
        "year, and we thank them.\n\n"
        "Witnesses\n\nWednesday 12 January 2011                        Page\n\n"
        "Mr Stephen Cole, Managing Director, Northgate Bank plc      Ev 1\n\n"
        "List of printed written evidence\n\n"
        "1    Federation of Independent Traders                     Ev 45\n"
        "2    Northgate Bank plc                                    Ev 52\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    cr_expect_str_eq(unit(&u, "HC1/evidence/Ev45")->title,
                     "Federation of Independent Traders");
    cr_expect_str_eq(unit(&u, "HC1/evidence/Ev52")->title,
                     "Northgate Bank plc");
    cr_expect_null(evx_units_find(&u, "HC1/witness/2"));
    evx_units_free(&u);
}

/* A Lords dump in reading order: paragraph numbers on lines of their
 * own, a page's number alone after its footnotes, and no form feed.  The
 * last footnote had run on over the page number, the next chapter's
 * heading and the whole chapter, with no warning; with no blank lines at
 * all, "Chapter 2: …" had run into paragraph 2 (its title then a
 * quotation) and the first chapter's title had taken the section under
 * it, and the whole text had been counted as the cover. */
Test(printed_forms, a_lords_dump_in_reading_order)
{
    static const char *const paged =
        "Chapter 1: Introduction\n\n"
        "1.\nThis Committee was appointed to examine the digital divide.1\n"
        "2.\nWe are grateful to all who contributed.2\n\n"
        "1 Written evidence from the Upland Farmers’ Union (RCN0012)\n"
        "2 Q 88 (Rt Hon Margaret Fell MP, Minister of State)\n\n"
        "7\n\n"
        "Chapter 2: The state of coverage\n"
        "3.\nThe Example Trust told us that coverage maps overstate what "
        "people receive.\n"
        "4.\nPlanning rules were the main obstacle.\n";
    static const char *const unspaced =
        "Chapter 1: Introduction\nOur inquiry\n"
        "1. This Committee was appointed to examine the digital divide.\n"
        "2. We are grateful to all who contributed.\n"
        "Chapter 2: The state of coverage\n"
        "3. The Example Trust told us that coverage maps overstate what "
        "people receive.\n"
        "Mobile not-spots\n"
        "4. Planning rules were the main obstacle.\n";
    static const char *const apart =
        "Chapter 1: Introduction\n\n"
        "1.\n\nThis Committee was appointed to examine the digital divide.\n\n"
        "2.\n\nWe are grateful to all who contributed.\n\n"
        "Chapter 2: The state of coverage\n\n"
        "3.\n\nThe Example Trust told us that coverage maps overstate what "
        "people receive.\n\n"
        "4.\n\nPlanning rules were the main obstacle.\n";
    /* numbers set apart by blank lines had left the file unread:
     * "nothing in this file looks like a pdf-text report rendering" */
    evx_units a = EVX_UNITS_INIT;
    read_as(&a, apart, 0);
    cr_expect_str_eq(unit(&a, "HC1/p2")->text,
                     "We are grateful to all who contributed.");
    cr_expect_eq(unit(&a, "HC1/p4")->chapter, 2);
    evx_units_free(&a);
    for (int form = 0; form < 2; form++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, form ? unspaced : paged, 0);
        cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                         "We are grateful to all who contributed.");
        cr_expect_eq(unit(&u, "HC1/p3")->chapter, 2, "form %d", form);
        cr_expect_str_eq(unit(&u, "HC1/p3")->chapter_title,
                         "The state of coverage");
        cr_expect_eq(unit(&u, "HC1/p4")->chapter, 2, "form %d", form);
        cr_expect_str_eq(unit(&u, "HC1/p1")->chapter_title, "Introduction");
        if (form) {
            cr_expect_str_eq(unit(&u, "HC1/p1")->section, "Our inquiry");
            cr_expect_str_eq(unit(&u, "HC1/p4")->section, "Mobile not-spots");
            cr_expect_null(evx_units_find(&u, "HC1/p2/q1"));
        } else {
            cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                             "Q 88 (Rt Hon Margaret Fell MP, Minister of "
                             "State)");
        }
        evx_units_free(&u);
    }
}

/* A reading-order dump prints a page's running header apart from its
 * number, on a line of its own ("6", a blank line, "SIGNALS IN THE
 * HILLS: …"; "Signals in the Hills: …", a blank, "7"), in capitals on
 * even pages.  The headers had become the sections of the paragraphs
 * after them ("6 SIGNALS IN THE HILLS …"), and with a Lords contents
 * list no paragraph at all had been found. */
Test(printed_forms, running_headers_printed_apart_from_their_numbers)
{
    char text[8192];
    size_t at = 0;
    int para = 1;
    at += (size_t)snprintf(text + at, sizeof text - at,
                           "CHAPTER 1: INTRODUCTION\n\n");
    for (int pg = 5; pg <= 9; pg++) {
        if (pg % 2 == 0)
            at += (size_t)snprintf(text + at, sizeof text - at,
                                   "%d\n\nSIGNALS IN THE HILLS: BROADBAND "
                                   "FOR THE UPLANDS\n\n", pg);
        for (int k = 0; k < 2; k++, para++)
            at += (size_t)snprintf(text + at, sizeof text - at,
                                   "%d.\nIn session %d the Committee heard "
                                   "that the network was slower than "
                                   "promised.%d We agree.\n\n",
                                   para, para, para);
        at += (size_t)snprintf(text + at, sizeof text - at,
                               "%d Q %d (Dr Ann Roe)\n%d Q %d (Mr Tom "
                               "Kestle)\n\n", para - 2, 40 + para, para - 1,
                               60 + para);
        if (pg % 2 == 1)
            at += (size_t)snprintf(text + at, sizeof text - at,
                                   "Signals in the Hills: Broadband for the "
                                   "Uplands\n\n%d\n\n", pg);
    }
    cr_assert_lt(at, sizeof text - 1);
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    for (int k = 1; k < para; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d", k);
        const evx_unit *p = unit(&u, id);
        cr_expect_null(p->section, "%s: section %s", id, p->section);
        cr_expect(!strstr(p->text, "SIGNALS") && !strstr(p->text, "Signals"),
                  "%s: %s", id, p->text);
        snprintf(id, sizeof id, "HC1/fn%d", k);
        cr_expect(!strstr(unit(&u, id)->text, "Signals"), "%s: %s", id,
                  unit(&u, id)->text);
    }
    evx_units_free(&u);
}

/* A glossary entry re-wrapped so that a line opens "Chapter 4). ICSs have
 * …" after "(see" is no chapter heading: the sentence goes on in lower
 * case.  A first version of the heading-line rule had cut HC 650's
 * glossary there at 55 columns, the entry's end a new entry titled
 * "Chapter 4 ICSs have evolved …". */
Test(printed_forms, a_chapter_cited_at_a_line_start_is_no_heading)
{
    static const char *const text =
        "Chapter 1: Introduction\n\n"
        "1. We set out the terms we use in the glossary.\n\n"
        "Glossary\n\n"
        "Integrated care systems (ICSs)\n\n"
        "According to the Fund, systems take more responsibility for their "
        "area (see\nChapter 4). ICSs have evolved from STPs, but are not\n"
        "legal entities. There are 10 of them.\n\n"
        "New care models\n\n"
        "The Forward View announced new ways of delivering care.\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    for (size_t k = 0; k < u.len; k++) {
        const evx_unit *x = u.items[k];
        cr_expect(!strstr(x->id, "chapter-4"), "%s: %s", x->id, x->text);
        if (x->type == EVX_UNIT_GLOSSARY && strstr(x->text, "According"))
            cr_expect(strstr(x->text, "legal entities.") != NULL, "%s: %s",
                      x->id, x->text);
    }
    evx_units_free(&u);
}

/* Two pages of a reading-order dump: page 5 ends with its footnotes and
 * its number alone, page 6 opens with its number and header apart, page
 * 7 ends with its header and then its number.  The number "5" had run
 * into the paragraph before the footnotes ("… a web page.” 5"), and the
 * header, seen once on each side of its number, had been the next
 * paragraphs' section and the end of a footnote. */
Test(printed_forms, page_numbers_alone_under_footnotes)
{
    static const char *const text =
        "CHAPTER 1: INTRODUCTION\n\nOur inquiry\n\n"
        "1.\nLord Crantock told us that “the economics of the last mile "
        "have never worked”.1\n\n"
        "1 Q 45 (Lord Crantock of Polzeath)\n\n"
        "5\n\n"
        "6\n\n"
        "SIGNALS IN THE HILLS: BROADBAND FOR THE UPLANDS\n\n"
        "2.\nProfessor Jane Doe explained that “the problem is not only "
        "technical”.2\n"
        "3.\nThe Government should publish a timetable.\n\n"
        "2 Q 30 (Professor Jane Doe)\n\n"
        "Signals in the Hills: Broadband for the Uplands\n\n"
        "7\n\n"
        "CHAPTER 2: THE STATE OF COVERAGE\n\n"
        "4.\nThe Example Trust told us that maps overstate coverage.\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const char *p1 = unit(&u, "HC1/p1")->text;
    cr_expect(strlen(p1) > 20 &&
                  strcmp(p1 + strlen(p1) - strlen("worked”."), "worked”.") == 0,
              "%s", p1);
    cr_expect_str_eq(unit(&u, "HC1/p2")->section, "Our inquiry");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                     "The Government should publish a timetable.");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q 30 (Professor Jane Doe)");
    cr_expect_eq(unit(&u, "HC1/p4")->chapter, 2);
    evx_units_free(&u);
}

/* A Lords contents list with its column heading "Page" on the line
 * right above its first entry: the two had been one entry, "Page
 * Summary", and the summary under it unread. */
Test(printed_forms, a_page_heading_right_above_the_first_entry)
{
    static const char *const text =
        "CONTENTS\n\nPage\nSummary 3\nChapter 1: Introduction 5\n\n"
        "Evidence is published online at https://committees.parliament.uk/"
        "work/999/ and available for inspection at the Archives.\n"
        "Q in footnotes refers to a question in oral evidence.\n\n"
        "SUMMARY\nToo many households cannot rely on their broadband "
        "connection.\n\n"
        "CHAPTER 1: INTRODUCTION\n\n"
        "1.\nThis Committee was appointed to examine the digital divide.\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    int summary = 0;
    for (size_t k = 0; k < u.len; k++)
        summary |= u.items[k]->type == EVX_UNIT_SUMMARY &&
                   strstr(u.items[k]->text, "Too many households") != NULL;
    cr_expect(summary, "the summary is read");
    cr_expect_eq(unit(&u, "HC1/p1")->chapter, 1);
    evx_units_free(&u);
}

/* A footnote's bracketed name cut by a page break ("Q118 [Jane", two
 * blank lines, "Dobbin]"): the name goes on.  The footnote had ended at
 * "[Jane", "Dobbin]" had gone on the paragraph after the notes, and the
 * quotation had been given to "Jane". */
Test(printed_forms, a_footnotes_name_cut_by_a_page_break)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The Chief Executive told us that the plans were “a way to "
        "check how well the partnerships are working”.1 We agree with that "
        "view and will return to it.\n\n"
        "1 Oral evidence taken before the Public Accounts Committee on 21 "
        "March 2018, HC 793, Q118 [Jane \n\n\nDobbin]\n"
        "2. The partnerships were set up in 2016 and have grown since.\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_speaker(&u, "HC1/p1/q1", "Jane Dobbin");
    cr_expect(!strstr(unit(&u, "HC1/p1")->text, "Dobbin"), "%s",
              unit(&u, "HC1/p1")->text);
    evx_units_free(&u);
}

/* A rule drawn in underscores over a page's footnotes is furniture: the
 * quotation the footnotes interrupt goes on after them.  The rule had
 * ended the quotation, its second half and footnote 2 had gone on the
 * paragraph, and its speaker had changed. */
Test(printed_forms, a_rule_over_the_footnotes)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The Department told us that “monitoring the microplastics "
        "found in the sewage of every town is prohibitively expensive "
        "and\n"
        "____________________\n"
        "1 Q12 [Dr Ann Roe]\n\n\n"
        " technically infeasible at this time”.2 We are not persuaded by "
        "that argument.\n\n"
        "2 Written evidence from DEFRA (EIM0034)\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_expect(strstr(q->text, "technically infeasible") != NULL, "%s", q->text);
    expect_speaker(&u, "HC1/p1/q1", "DEFRA");
    cr_expect(!strstr(unit(&u, "HC1/p1")->text, "____"), "%s",
              unit(&u, "HC1/p1")->text);
    evx_units_free(&u);
}

/* A page's number alone between two pages of the contents list ("1",
 * as a PDF tool leaves it when the page's header is dropped): the list
 * goes on.  It had ended the contents there, and HC 650's dump so printed
 * had lost all 307 paragraphs and every footnote. */
Test(printed_forms, a_page_number_inside_the_contents)
{
    size_t len;
    char path[512];
    snprintf(path, sizeof path, "%s/corpus/000_d8babf2c1c9efa17.txt",
             EVX_SOURCE_DIR);
    char *s = tu_slurp(path, &len, 1);
    const char *at = strstr(s, "Background 35\n");
    cr_assert_not_null(at);
    size_t cut = (size_t)(at - s) + strlen("Background 35\n");
    char *t = malloc(len + 8);
    cr_assert_not_null(t);
    memcpy(t, s, cut);
    memcpy(t + cut, "\n1\n", 3);
    memcpy(t + cut + 3, s + cut, len - cut + 1);
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, t, 0);
    size_t paragraphs = 0;
    for (size_t k = 0; k < u.len; k++)
        paragraphs += u.items[k]->type == EVX_UNIT_PARAGRAPH;
    cr_expect_eq(paragraphs, 307);
    cr_expect_eq(unit(&u, "HC1/p239")->chapter, 9);
    evx_units_free(&u);
    free(t);
    free(s);
}

/* A joint committee's closing list under sub-headings, with no blank
 * lines, one heading holding a number ("Eviction and Article 8 ECHR"):
 * its items had not been read at all (seven lines "could not place
 * text"), the heading's number keeping the first item from falling due. */
Test(printed_forms, a_closing_list_under_a_heading_with_a_number)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1.1 The Bill was introduced on 12 January 2022.\n\n"
        "2 Eviction and Article 8 ECHR\n\n"
        "2.1 Article 8 protects the right to respect for one’s home.\n\n"
        "3 Access to justice\n\n"
        "3.1 We recommend that the Government publish an assessment.\n\n"
        "Conclusions and recommendations\n"
        "Eviction and Article 8 ECHR\n"
        "1. The Bill as drafted risks incompatibility with Article 8. The "
        "Government should\nintroduce a sunset clause of 12 months. "
        "(Paragraph 2.1)\n"
        "Access to justice\n"
        "2. We recommend that the Government publish an equality impact "
        "assessment before\nReport stage. (Paragraph 3.1)\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *r1 = unit(&u, "HC1/r1"), *r2 = unit(&u, "HC1/r2");
    cr_expect_eq(r1->para, evx_para_of_chapter(2, 1));
    cr_expect_eq(r2->para, evx_para_of_chapter(3, 1));
    cr_expect_str_eq(r1->section, "Eviction and Article 8 ECHR");
    evx_units_free(&u);
}

/* A chapter heading in mid-page ("2 Access to care", listed in the
 * contents, over paragraph 3) while footnote 2 is due: it had been read
 * as footnote 2, the real notes run into paragraph 4, and paragraphs 3 to
 * 5 left in chapter 1, with no warning. */
Test(printed_forms, a_listed_chapter_heading_mid_page_is_no_footnote)
{
    static const char *const text =
        "                                Health services in rural areas    1\n\n"
        "Contents\n\n"
        "1 Introduction 5\n\n"
        "2 Access to care 5\n\n"
        "\f                                Health services in rural areas    5\n\n"
        "1 Introduction\n\n"
        "1. Around one in six people in England live in a rural area.1 "
        "Travel times\nto hospital are longer for them than for others.2\n\n"
        "2. We held three public hearings.\n\n"
        "2 Access to care\n\n"
        "3. Dr Ann Lee told us that locum costs had “doubled in three "
        "years”.3\n\n"
        "4. Rural practices are smaller than those in towns.\n\n"
        "1 Office for National Statistics, Rural population estimates, 2022\n"
        "2 Written evidence from the Royal College of Rural Nurses (RHS0020)\n"
        "3 Q22\n\n"
        "\f6 Health services in rural areas\n\n"
        "5. Bus services have been cut in many areas.\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Written evidence from the Royal College of Rural Nurses "
                     "(RHS0020)");
    cr_expect_str_eq(unit(&u, "HC1/p4")->text,
                     "Rural practices are smaller than those in towns.");
    cr_expect_eq(unit(&u, "HC1/p3")->chapter, 2);
    cr_expect_eq(unit(&u, "HC1/p5")->chapter, 2);
    evx_units_free(&u);
}

/* A page breaks inside a witness entry.  The words after the break had
 * opened a panel of their own: "for Housing, Ministry of Housing" was a
 * witness named "for Housing", and the Minister a panel with no
 * questions.  An entry goes on over the break when its next words run on
 * in lower case or after a comma, or when the list ends each panel with
 * its questions and the open one has not reached them; a list that
 * prints no questions keeps a panel a page. */
Test(printed_forms, a_page_breaks_inside_a_witness_entry)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. We took evidence from the sector and from the Government.\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 4 May 2021\n\n"
        "Dr Ann Roe, Chief Executive, Housing Trust Q1–40\n\n"
        "Jane Ash MP, Minister of State \n"
        "\f 12 Homes for all \n\n"
        "for Housing, Ministry of Housing Q41–80\n\n"
        "Tuesday 11 May 2021\n\n"
        "Mr Tom Bell, Director, Northgate Homes, and \n"
        "\f Homes for all 13\n\n"
        "Ms Uma Patel, Chair, Tenants Together Q81–99\n\n"
        "Tuesday 18 May 2021\n\n"
        "Professor Eve Stone, Professor of Planning, University \n"
        "\f 14 Homes for all \n\n"
        "of Tayside Q100–120\n\n"
        "Tuesday 25 May 2021\n\n"
        "Chief Constable Tom Ray, Public Order Lead, Police Chiefs Council\n"
        "\f Homes for all 15\n\n"
        "Assistant Commissioner Ann Lowe, Metropolitan Police Service "
        "Q121–140\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *w = unit(&u, "HC1/witness/2");
    cr_assert_eq(w->n_people, 1);
    expect_person(w, 0, "Jane Ash MP", "Minister of State for Housing",
                  "Ministry of Housing");
    w = unit(&u, "HC1/witness/3");
    cr_assert_eq(w->n_people, 2);
    expect_person(w, 1, "Ms Uma Patel", NULL, "Tenants Together");
    w = unit(&u, "HC1/witness/4");
    cr_assert_eq(w->n_people, 1);
    expect_person(w, 0, NULL, NULL, "University of Tayside");
    /* a titled name after the break is the panel's next witness */
    w = unit(&u, "HC1/witness/5");
    cr_assert_eq(w->n_people, 2);
    expect_person(w, 0, "Chief Constable Tom Ray", "Public Order Lead",
                  "Police Chiefs Council");
    expect_person(w, 1, "Assistant Commissioner Ann Lowe", NULL,
                  "Metropolitan Police Service");
    cr_expect_null(evx_units_find(&u, "HC1/witness/6"));
    evx_units_free(&u);
}

/* A list that prints no questions: a page break still parts two panels. */
Test(printed_forms, a_page_break_parts_panels_of_a_list_without_questions)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. We took evidence from the sector and from the Government.\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 4 May 2021\n\n"
        "Dr Ann Roe, Chief Executive, Housing Trust\n\n"
        "Jane Ash MP, Minister of State for Housing, Ministry of Housing\n"
        "\f 12 Homes for all \n\n"
        "Mr Tom Bell, Director, Northgate Homes\n\n"
        "Ms Eve Lowe, Senior Lecturer in\n"
        "\f Homes for all 13\n\n"
        "Planning, University of Tayside\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    cr_expect_str_eq(unit(&u, "HC1/witness/2")->people[0].name, "Jane Ash MP");
    const evx_unit *w = unit(&u, "HC1/witness/3");
    cr_assert_eq(w->n_people, 1);
    expect_person(w, 0, "Mr Tom Bell", NULL, NULL);
    /* an entry broken after a word in lower case goes on */
    w = unit(&u, "HC1/witness/4");
    expect_person(w, 0, "Ms Eve Lowe", "Senior Lecturer in Planning",
                  "University of Tayside");
    cr_expect_null(evx_units_find(&u, "HC1/witness/5"));
    evx_units_free(&u);
}

/* A body whose name holds a post's word ("Information Commissioner’s
 * Office", "Office of the Children’s Commissioner", "Association of
 * Chief Police Officers") is the witness's organisation, not a post that
 * takes the next witness's body; and a post printed with no body takes
 * none from a witness after it who prints a full entry of their own,
 * unless "and" joins the two or that one closes the panel. */
Test(printed_forms, a_body_named_like_a_post_and_a_post_with_no_body)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. We took evidence from regulators and lawyers.\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 4 May 2021\n\n"
        "Dame Ann Roe DBE, Information Commissioner’s Office, Dr Eve Nic "
        "Gabhann, Lecturer in Law, University of Tayside, and Mr Tom Bell, "
        "Chief Executive, Example Trust Q1–40\n\n"
        "Tuesday 11 May 2021\n\n"
        "Ms Uma Patel, Association of Chief Police Officers, and Ms Ida "
        "Lund, Office of the Children’s Commissioner Q41–60\n\n"
        "Tuesday 18 May 2021\n\n"
        "Jane Ash, Information Commissioner, Dr Eve Nic Gabhann, Lecturer "
        "in Law, University of Tayside, and Mr Tom Bell, Chief Executive, "
        "Example Trust Q61–80\n\n"
        "Tuesday 25 May 2021\n\n"
        "Rt Hon Ann Lee MP, Secretary of State, Sir Tom Ray, Permanent "
        "Secretary, and Ian Orr, Director General, Department for Learning "
        "Q81–99\n\n"
        "Tuesday 1 June 2021\n\n"
        "Ann Bell, Chief Executive, Ian Lowe, Director, Example Trust; Eve "
        "Marsh, Chair, Other Board Q100–120\n\n"
        "Tuesday 8 June 2021\n\n"
        "Jane Ash, Petitioner, and Chief Constable Tom Roe, Public Order "
        "Lead, Police Chiefs’ Council Q121–140\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_assert_eq(w->n_people, 3);
    cr_expect_null(w->people[0].role);
    expect_person(w, 0, NULL, NULL, "Information Commissioner’s Office");
    w = unit(&u, "HC1/witness/2");
    cr_assert_eq(w->n_people, 2);
    expect_person(w, 0, NULL, NULL, "Association of Chief Police Officers");
    expect_person(w, 1, NULL, NULL, "Office of the Children’s Commissioner");
    w = unit(&u, "HC1/witness/3");
    cr_assert_eq(w->n_people, 3);
    expect_person(w, 0, NULL, "Information Commissioner", NULL);
    cr_expect_null(w->people[0].org, "given %s", w->people[0].org);
    w = unit(&u, "HC1/witness/4");
    cr_assert_eq(w->n_people, 3);
    for (size_t i = 0; i < 3; i++)
        cr_expect_str_eq(w->people[i].org, "Department for Learning");
    /* the last before a ";" closes its body's witnesses as the panel's
     * last does */
    expect_person(unit(&u, "HC1/witness/5"), 0, "Ann Bell", "Chief Executive",
                  "Example Trust");
    /* a standing of one's own takes no body across "and" */
    w = unit(&u, "HC1/witness/6");
    expect_person(w, 0, "Jane Ash", "Petitioner", NULL);
    cr_expect_null(w->people[0].org, "given %s", w->people[0].org);
    evx_units_free(&u);
}

/* Two untitled names joined by "and" share the post after them ("…, and
 * Jo Ash and Kim Lee, Co-Directors, Migrant Aid"): they had run into the
 * witness before as her post, who was then given their body, and their
 * quotations had no speaker. */
Test(printed_forms, two_names_joined_by_and_share_a_post)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Tom Ray said that the pilot was “good enough”.1\n\n"
        "2. Kim Lee told us that members were “afraid to attend”.2\n\n"
        "1 Q3\n2 Q7\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Wednesday 15 November 2023\n\n"
        "Tom Ray, Head of Research, Lovelace Institute, and Jo Ash and Kim "
        "Lee,\nCo-Directors, Migrant Aid Q1–35\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_assert_eq(w->n_people, 3);
    expect_person(w, 0, NULL, NULL, "Lovelace Institute");
    expect_person(w, 1, "Jo Ash", NULL, NULL);
    expect_person(w, 2, "Kim Lee", NULL, "Migrant Aid");
    expect_speaker(&u, "HC1/p2/q1", "Kim Lee");
    evx_units_free(&u);
}

/* The usual House of Lords list of oral evidence heads a body's panel
 * with the body, its questions and the code of its written evidence, its
 * people on the lines below ("** Royal Society QQ 1–15 EBL0003" /
 * "Professor Dame …, Foreign Secretary").  Each line had run into the
 * next, the body's name and code into the first person's: one made-up
 * witness ("Royal Society EBL0003 Professor Dame …", post "Foreign
 * Secretary Dr …"), whose name quotations got.  Each person is now the
 * body's, the code the panel's; a panel of one person, no body over it,
 * reads as before, but for a code after its questions, which had been
 * read into the name ("Professor Ann Lee ALE0009").  Both readers: the
 * web reader had read the body's line as a panel of its own and its
 * people into the next one's head. */
Test(printed_forms, a_lords_panel_headed_by_its_body)
{
    static const char *const text =
        "Chapter 1: INTRODUCTION\n\n"
        "1. Professor Dame Helen Marsh told us that the field was "
        "\xE2\x80\x9Cwhere computing\nwas in 1980\xE2\x80\x9D.1\n\n"
        "2. Dr Tomas Lindqvist warned that \xE2\x80\x9C" "the window will not "
        "stay open\xE2\x80\x9D.2\n\n"
        "3. Sarah Okafor told us that the Bank was \xE2\x80\x9Cwatching "
        "closely\xE2\x80\x9D.3\n\n"
        "4. Lord Pryde of Wem said that \xE2\x80\x9Cmoney is not the "
        "problem\xE2\x80\x9D.4\n\n"
        "1 Q 2 (Professor Dame Helen Marsh)\n2 Q 4 (Dr Tomas Lindqvist)\n"
        "3 Q 20 (Sarah Okafor)\n4 Q 32 (Lord Pryde of Wem)\n\n"
        "Appendix 1: LIST OF WITNESSES\n\n"
        "Those witnesses marked with ** gave both oral and written evidence. "
        "Those marked\nwith * gave oral evidence and did not submit any "
        "written evidence.\n\n"
        "Oral evidence in chronological order\n\n"
        "** Royal Society of Chemistry QQ 1\xE2\x80\x93" "15 RSC0003\n"
        "Professor Dame Helen Marsh, Vice-President\n"
        "Dr Tomas Lindqvist, Head of Policy\n"
        "* Bank of England QQ 16\xE2\x80\x93" "30\n"
        "Andrew Pike, Governor\n"
        "Sarah Okafor, Deputy Governor, Financial Stability\n"
        "* Lord Pryde of Wem QQ 31\xE2\x80\x93" "35\n"
        "* Dr Jane Roe, Director, Institute for Fiscal Studies QQ 36\xE2\x80\x93" "40\n"
        "** Professor Ann Lee QQ 41\xE2\x80\x93" "45 ALE0009\n\n"
        "Alphabetical list of all witnesses\n\n"
        "* Bank of England (QQ 16\xE2\x80\x93" "30)\n"
        "** Royal Society of Chemistry (QQ 1\xE2\x80\x93" "15) RSC0003\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        const evx_unit *w = unit(&u, "HC1/witness/1");
        cr_expect(w->n_people == 2 && w->q_first == 1 && w->q_last == 15 && w->code &&
                      strcmp(w->code, "RSC0003") == 0,
                  "panel 1: %zu people, Q%d-%d, code %s", w->n_people, w->q_first,
                  w->q_last, w->code ? w->code : "-");
        expect_person(w, 0, "Professor Dame Helen Marsh", "Vice-President",
                      "Royal Society of Chemistry");
        expect_person(w, 1, "Dr Tomas Lindqvist", "Head of Policy",
                      "Royal Society of Chemistry");
        w = unit(&u, "HC1/witness/2");
        cr_expect(w->n_people == 2 && w->q_first == 16 && !w->code, "panel 2: %zu",
                  w->n_people);
        expect_person(w, 0, "Andrew Pike", "Governor", "Bank of England");
        expect_person(w, 1, "Sarah Okafor", "Deputy Governor, Financial Stability",
                      "Bank of England");
        w = unit(&u, "HC1/witness/3");
        cr_expect(w->n_people == 1 && w->q_first == 31, "panel 3: %zu", w->n_people);
        expect_person(w, 0, "Lord Pryde of Wem", NULL, NULL);
        w = unit(&u, "HC1/witness/4");
        cr_expect(w->n_people == 1 && w->q_first == 36, "panel 4: %zu", w->n_people);
        expect_person(w, 0, "Dr Jane Roe", "Director", "Institute for Fiscal Studies");
        w = unit(&u, "HC1/witness/5"); /* her code had been read into her name */
        cr_expect(w->n_people == 1 && w->code && strcmp(w->code, "ALE0009") == 0,
                  "panel 5: %zu", w->n_people);
        expect_person(w, 0, "Professor Ann Lee", NULL, NULL);
        expect_speaker(&u, "HC1/p1/q1", "Professor Dame Helen Marsh");
        expect_speaker(&u, "HC1/p2/q1", "Dr Tomas Lindqvist");
        expect_speaker(&u, "HC1/p3/q1", "Sarah Okafor");
        expect_speaker(&u, "HC1/p4/q1", "Lord Pryde of Wem");
        const evx_unit *q = unit(&u, "HC1/p3/q1");
        cr_expect(q->speaker->org && strcmp(q->speaker->org, "Bank of England") == 0,
                  "got %s", q->speaker->org ? q->speaker->org : "-");
        /* the alphabetical list: one who gave oral evidence only is no part
         * of the next entry (the web reader had read the Bank into the
         * Society's written evidence) */
        const evx_unit *e = unit(&u, "HC1/evidence/RSC0003");
        cr_expect(e->text && !strstr(e->text, "Bank"), "web %d: %s", web, e->text);
        evx_units_free(&u);
    }
}

/* An older report's witness list in layout order: a PDF tool prints the
 * right-aligned reference ("Ev 22", "Q41–100") on the line it shares a
 * baseline with, which may be the entry's first.  The entry had been cut
 * there: "…, and Councillor  Ev 22" gave Dr ap Rhys the organisation
 * "Councillor"; "…, Department for  Ev 38" / "Transport" an organisation
 * "Department for" and a witness "Transport"; "…, Mr Peter  Ev 1" /
 * "Lomax, …" a witness "Lomax".  The reference belongs to the whole
 * entry, which goes on; with the reference on the last line (form 2) it
 * reads the same. */
static void expect_reference_on_first_line(int form)
{
    static const char *const refs[3][4] = {
        {"Ev 1", "Ev 22", "Ev 30", "Ev 38"},
        {"Q1\xE2\x80\x93" "40", "Q41\xE2\x80\x93" "100", "Q101\xE2\x80\x93" "120",
         "Q121\xE2\x80\x93" "230"},
        {"Ev 1", "Ev 22", "Ev 30", "Ev 38"}};
    const char *const *r = refs[form];
    int last = form == 2;
    char text[4096];
    snprintf(text, sizeof text,
             "1 Introduction\n\n"
             "1. Dr Ifan ap Rhys told us that the new services were "
             "\xE2\x80\x9Cthe best thing\nto happen to rural Wales\xE2\x80\x9D.\n\n"
             "2. The Minister, Jane Holt MP, said that the settlement was "
             "\xE2\x80\x9C" "fair\xE2\x80\x9D.\n\n"
             "3. Mr Lomax said that some routes \xE2\x80\x9Cwill not survive "
             "another winter\xE2\x80\x9D.\n\n"
             "Witnesses\n\n"
             "Wednesday 21 January 2009\n\n"
             "Professor Alan Hurst, Chairman, Commission for Rural Affairs, Mr Peter %s\n"
             "Lomax, Executive Director, and Ms Ruth Fenwick, Campaign for Better "
             "Roads%s%s\n\n"
             "Wednesday 4 February 2009\n\n"
             "Dr Ifan ap Rhys, Wales Roads Research Centre, and Councillor %s\n"
             "Megan Price-Evans, Chair, Economy Board, Local\n"
             "Government Association%s%s\n\n"
             "Wednesday 11 February 2009\n\n"
             "Mr Simon Reed, Chief Executive, Confederation of Road Transport %s\n\n"
             "Jane Holt MP, Parliamentary Under-Secretary of State, Department for %s\n"
             "Transport%s%s\n",
             last ? "" : r[0], last ? " " : "", last ? r[0] : "", last ? "" : r[1],
             last ? " " : "", last ? r[1] : "", r[2], last ? "" : r[3],
             last ? " " : "", last ? r[3] : "");
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    size_t panels = 0;
    for (size_t k = 0; k < u.len; k++)
        panels += u.items[k]->type == EVX_UNIT_WITNESS;
    cr_expect_eq(panels, 4, "form %d: %zu panels", form, panels);
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_expect(form == 1 ? w->q_first == 1 && w->q_last == 40
                        : w->code && strcmp(w->code, "Ev 1") == 0,
              "form %d: panel 1's reference", form);
    cr_expect_eq(w->n_people, 3, "form %d: panel 1: %zu people", form, w->n_people);
    expect_person(w, 1, "Mr Peter Lomax", "Executive Director",
                  "Campaign for Better Roads");
    w = unit(&u, "HC1/witness/2");
    cr_expect_eq(w->n_people, 2, "form %d: panel 2: %zu people", form, w->n_people);
    expect_person(w, 0, "Dr Ifan ap Rhys", NULL, "Wales Roads Research Centre");
    expect_person(w, 1, "Councillor Megan Price-Evans", "Chair, Economy Board",
                  "Local Government Association");
    w = unit(&u, "HC1/witness/4");
    cr_expect_eq(w->n_people, 1, "form %d: panel 4: %zu people", form, w->n_people);
    expect_person(w, 0, "Jane Holt MP", "Parliamentary Under-Secretary of State",
                  "Department for Transport");
    expect_speaker(&u, "HC1/p3/q1", "Mr Peter Lomax");
    evx_units_free(&u);
}

Test(printed_forms, a_reference_on_a_witness_entrys_first_line)
{
    expect_reference_on_first_line(0);
}

Test(printed_forms, a_question_range_on_a_witness_entrys_first_line)
{
    expect_reference_on_first_line(1);
}

Test(printed_forms, a_reference_on_a_witness_entrys_last_line)
{
    expect_reference_on_first_line(2);
}
