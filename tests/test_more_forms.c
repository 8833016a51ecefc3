/*
 * test_more_forms.c - passages in the forms of House of Lords committee
 * reports and of recent Commons ones (web editions, footnotes, lists of
 * witnesses and of written evidence), read the way the pipeline reads
 * them: who each quotation is given to.  The words are made up in those
 * reports' forms; nothing in the code knows them.
 */
#define _DEFAULT_SOURCE /* mkdtemp, nftw */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "otherutil.h"
#include "readutil.h"
#include "testutil.h"

/* "The" opens a body's name, not a person's: "The Bank of England" is no
 * person "The Bank" of an organisation "England"; "The Earl of …" is a
 * peer. */
Test(more_forms, a_body_named_with_the_is_no_person)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "Chapter 1: Effects on growth\n\n"
                 "1.The Bank of England told us that the figure was "
                 "\xE2\x80\x9Cirrelevant to the welfare of residents\xE2\x80\x9D.1\n\n"
                 "2.The Church of England told us that it was "
                 "\xE2\x80\x9Cof little use to anyone\xE2\x80\x9D.2\n\n"
                 "3.The Mayor of London told us that it was "
                 "\xE2\x80\x9C" "a poor guide to living standards\xE2\x80\x9D.3\n\n"
                 "4.The Earl of Courtown told us that it was "
                 "\xE2\x80\x9Cthe best measure we have\xE2\x80\x9D.4\n\n"
                 "1 Q 12\n\n2 Q 15\n\n3 Q 18\n\n4 Q 21\n");
    expect_speaker(&u, "HC1/p1/q1", "The Bank of England");
    expect_speaker(&u, "HC1/p2/q1", "The Church of England");
    expect_speaker(&u, "HC1/p3/q1", "The Mayor of London");
    expect_speaker(&u, "HC1/p4/q1", "The Earl of Courtown");
    for (const char *const *id = (const char *const[]){"HC1/p1/q1", "HC1/p2/q1",
                                                         "HC1/p3/q1", NULL};
         *id; id++) {
        const evx_unit *q = unit(&u, *id);
        cr_expect(!q->speaker->org ||
                      strcmp(q->speaker->org, q->speaker->name) == 0,
                  "%s: organisation %s", *id, q->speaker->org);
    }
    evx_units_free(&u);
}

/* The Public Accounts Committee's footnotes cite the Comptroller and
 * Auditor General's report beside the questions: "Qq 56–57; C&AG’s
 * Report, para 2.5".  The report is no speaker; the questions' panel and
 * the lead-in give one. */
Test(more_forms, a_report_cited_beside_questions_is_no_speaker)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Tackling the backlogs\n\n"
                 "1.Sir James Mackey, National Director of Elective Recovery "
                 "at NHS England, told us:\n\n"
                 "We are behind where we wanted to be on diagnostics.1\n\n"
                 "2.Sir Chris Wormald said that the Department "
                 "\xE2\x80\x9Chad always expected the list to grow\xE2\x80\x9D.2\n\n"
                 "3.Sir Chris Wormald also said it was "
                 "\xE2\x80\x9Cnot the end of the story\xE2\x80\x9D.3\n\n"
                 "Footnotes\n\n"
                 "1 Qq 56\xE2\x80\x93" "57; C&AG\xE2\x80\x99s Report, para 2.5\n"
                 "2 Q 34; C&AG\xE2\x80\x99s Report, paras 1.4, 2.6\n"
                 "3 Q 35; NAO Report\n\n"
                 "Witnesses\n\n"
                 "Monday 21 November 2022\n\n"
                 "Sir Chris Wormald, Permanent Secretary, Department of Health "
                 "and Social Care; Sir James Mackey, National Director of "
                 "Elective Recovery, NHS England\tQ1\xE2\x80\x93" "120\n");
    expect_speaker(&u, "HC1/p1/q1", "Sir James Mackey");
    expect_speaker(&u, "HC1/p2/q1", "Sir Chris Wormald");
    expect_speaker(&u, "HC1/p3/q1", "Sir Chris Wormald");
    for (const char *const *id = (const char *const[]){"HC1/p1/q1", "HC1/p2/q1",
                                                         "HC1/p3/q1", NULL};
         *id; id++) {
        const evx_unit *q = unit(&u, *id);
        cr_expect(q->speaker->date && strstr(q->speaker->date, "2022"),
                  "%s: not given the panel's date: %s", *id,
                  q->speaker->evidence);
    }
    evx_units_free(&u);
}

/* A footnote naming two people for the questions it cites, the lead-in
 * one of them: the words are that one's. */
Test(more_forms, of_two_named_in_a_footnote_the_one_the_lead_in_names)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.NHS England intends to use the independent sector. Ms "
                 "Pritchard explained:\n\n"
                 "The independent sector has capacity that we intend to use.1\n\n"
                 "2.Mr Javid said it was \xE2\x80\x9C" "a matter for the NHS\xE2\x80\x9D.2\n\n"
                 "3.Both told us that the sector was "
                 "\xE2\x80\x9C" "already in use\xE2\x80\x9D.3\n\n"
                 "Footnotes\n\n"
                 "1 Qq141\xE2\x80\x93" "142 (Sajid Javid, Amanda Pritchard)\n"
                 "2 Q143 [Mr Javid, Ms Pritchard]\n"
                 "3 Q144 [Sajid Javid and Amanda Pritchard]\n\n"
                 "Witnesses\n\n"
                 "Tuesday 23 November 2021\n\n"
                 "Rt Hon Sajid Javid MP, Secretary of State for Health and Social "
                 "Care, Department of Health and Social Care; Amanda Pritchard, "
                 "Chief Executive, NHS England\tQ141\xE2\x80\x93" "210\n");
    expect_speaker(&u, "HC1/p1/q1", "Amanda Pritchard");
    expect_speaker(&u, "HC1/p2/q1", "Rt Hon Sajid Javid MP");
    /* a lead-in naming neither: both, speaking together */
    const evx_unit *q = unit(&u, "HC1/p3/q1");
    cr_expect(q->speaker && q->speaker->name &&
                  strstr(q->speaker->name, "Javid") &&
                  strstr(q->speaker->name, "Pritchard"),
              "got %s", q->speaker ? q->speaker->name : "-");
    evx_units_free(&u);
}

/* A list of written evidence numbered as a list prints it ("1.
 * Healthwatch England (CBP0067)", a browser's or Pandoc's copy): the
 * number is no part of the submitter's name, in either reader. */
static const char numbered_list[] =
    "1 Introduction\n\n"
    "1. Healthwatch England told us that many patients had "
    "\xE2\x80\x9Cgiven up trying to get an appointment\xE2\x80\x9D.1\n\n"
    "2. The Royal College of Nursing told us that there were "
    "\xE2\x80\x9C" "almost 40,000 nursing vacancies\xE2\x80\x9D.2\n\n"
    "Footnotes\n\n"
    "1 Healthwatch England (CBP0067)\n"
    "2 Royal College of Nursing (CBP0055)\n\n"
    "Published written evidence\n\n"
    "The following written evidence was received and can be viewed on the "
    "inquiry publications page of the Committee\xE2\x80\x99s website.\n\n"
    "1.  Healthwatch England (CBP0067)\n"
    "2.  Royal College of Nursing (CBP0055)\n";

static void expect_numbered_list(int web)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, numbered_list, web);
    const evx_unit *e = unit(&u, "HC1/evidence/CBP0067");
    cr_expect_str_eq(e->text, "Healthwatch England");
    e = unit(&u, "HC1/evidence/CBP0055");
    cr_expect_str_eq(e->text, "Royal College of Nursing");
    expect_speaker(&u, "HC1/p1/q1", "Healthwatch England");
    expect_speaker(&u, "HC1/p2/q1", "Royal College of Nursing");
    evx_units_free(&u);
}

Test(more_forms, a_numbered_list_of_written_evidence_web)
{
    expect_numbered_list(1);
}

Test(more_forms, a_numbered_list_of_written_evidence_printed)
{
    expect_numbered_list(0);
}

/* The House of Lords' list of witnesses: oral evidence in chronological
 * order, then an alphabetical list of all witnesses, where one who also
 * wrote has its questions before its code, and no entry is numbered. */
static const char lords_lists[] =
    "CHAPTER 1: WITNESSES\n\n"
    "1. Lord Lisvane said in writing that committees were "
    "\xE2\x80\x9Ctoo often ignored by ministers\xE2\x80\x9D.1\n"
    "2. The Hansard Society said that the pool was "
    "\xE2\x80\x9Ctoo often drawn from the same\n"
    "narrow group of organisations\xE2\x80\x9D.2\n\n"
    "1 RSC0040\n"
    "2 Written evidence from the Hansard Society (RSC0031)\n\n"
    "Appendix 2: List of witnesses\n\n"
    "Oral evidence in chronological order\n"
    "* Dr Hannah White, Deputy Director, Institute for Government "
    "QQ 5\xE2\x80\x93" "9\n"
    "** Lord Lisvane QQ 10\xE2\x80\x93" "18\n\n"
    "Alphabetical list of all witnesses\n"
    "Hansard Society RSC0031\n"
    "** Lord Lisvane QQ 10\xE2\x80\x93" "18\n"
    "RSC0040\n"
    "Professor Sir John Smith, Emeritus Professor, University\n"
    "of Cambridge RSC0099\n"
    "* Dr Hannah White, Deputy Director, Institute for Government "
    "QQ 5\xE2\x80\x93" "9\n";

static void expect_lords_lists(int web)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, lords_lists, web);
    cr_expect_str_eq(unit(&u, "HC1/evidence/RSC0031")->text, "Hansard Society");
    cr_expect_str_eq(unit(&u, "HC1/evidence/RSC0040")->text, "Lord Lisvane");
    if (!web) /* a printed list's wrapped entry */
        cr_expect_str_eq(unit(&u, "HC1/evidence/RSC0099")->text,
                         "Professor Sir John Smith, Emeritus Professor, "
                         "University of Cambridge");
    expect_speaker(&u, "HC1/p1/q1", "Lord Lisvane");
    expect_speaker(&u, "HC1/p2/q1", "Hansard Society");
    evx_units_free(&u);
}

Test(more_forms, the_lords_alphabetical_list_web)
{
    expect_lords_lists(1);
}

Test(more_forms, the_lords_alphabetical_list_printed)
{
    expect_lords_lists(0);
}

/* Two titled witnesses on one panel joined by "and", with no posts ("Lord
 * Judge and Lord Hope  QQ 71–79"): two people, each the speaker the
 * lead-in names; a department's "and" is no such join. */
static const char peers_panel[] =
    "CHAPTER 1: PEERS AS WITNESSES\n\n"
    "1. Lord Norton of Louth described scrutiny as "
    "\xE2\x80\x9Cthe Cinderella of parliamentary activity\xE2\x80\x9D.1\n"
    "2. Lord Lisvane said it was \xE2\x80\x9Clong overdue\xE2\x80\x9D.2\n"
    "3. Lord Judge warned that delegated powers "
    "\xE2\x80\x9Chave grown at an alarming rate\xE2\x80\x9D.3\n"
    "4. Jane Doe said that trade was \xE2\x80\x9Cslower than hoped\xE2\x80\x9D.4\n\n"
    "1 Q 65\n2 Q 66\n3 Q 71\n4 Q 80\n\n"
    "Appendix 2: List of witnesses\n\n"
    "Oral evidence in chronological order\n"
    "* Lord Norton of Louth and Lord Lisvane QQ 65\xE2\x80\x93" "70\n"
    "* Lord Judge and Lord Hope QQ 71\xE2\x80\x93" "79\n"
    "* Jane Doe, Director General, Department for Business and Trade "
    "QQ 80\xE2\x80\x93" "90\n";

static void expect_peers_panel(int web)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, peers_panel, web);
    expect_speaker(&u, "HC1/p1/q1", "Lord Norton of Louth");
    expect_speaker(&u, "HC1/p2/q1", "Lord Lisvane");
    expect_speaker(&u, "HC1/p3/q1", "Lord Judge");
    const evx_unit *q = unit(&u, "HC1/p4/q1");
    cr_expect(q->speaker && q->speaker->org &&
                  strcmp(q->speaker->org, "Department for Business and Trade") == 0,
              "got %s", q->speaker ? q->speaker->org : "-");
    evx_units_free(&u);
}

Test(more_forms, two_titled_witnesses_joined_by_and_web)
{
    expect_peers_panel(1);
}

Test(more_forms, two_titled_witnesses_joined_by_and_printed)
{
    expect_peers_panel(0);
}

/* A House of Lords list as a PDF tool prints it in layout order: each
 * panel's questions on its first line at the right, the entry's wrapped
 * words below them.  The words are the entry's, not the next panel's. */
Test(more_forms, a_lords_panel_wrapped_below_its_questions)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u,
            "CHAPTER 1: WITNESSES\n\n"
            "1. Lord Lisvane pointed out that \xE2\x80\x9Cwe cannot ignore the "
            "usual suspects\xE2\x80\x9D.1\n"
            "2. Dr Hannah White urged committees to "
            "\xE2\x80\x9Cpublish data on their witnesses\xE2\x80\x9D.2\n\n"
            "1 Q 12\n2 Q 6\n\n"
            "Appendix 2: List of witnesses\n\n"
            "Oral evidence in chronological order\n"
            "*     Professor Meg Russell, Director, Constitution Unit,      "
            "QQ 1\xE2\x80\x93" "4\n"
            "      University College London\n"
            "*     Dr Hannah White, Deputy Director, Institute for          "
            "QQ 5\xE2\x80\x93" "9\n"
            "      Government\n"
            "**    Lord Lisvane                                             "
            "QQ 10\xE2\x80\x93" "18\n",
            0);
    expect_speaker(&u, "HC1/p1/q1", "Lord Lisvane");
    expect_speaker(&u, "HC1/p2/q1", "Dr Hannah White");
    const evx_unit *q = unit(&u, "HC1/p2/q1");
    cr_expect(q->speaker->org &&
                  strcmp(q->speaker->org, "Institute for Government") == 0,
              "got %s", q->speaker->org);
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_expect(w->n_people == 1 && w->q_first == 1 && w->q_last == 4 &&
                  strcmp(w->people[0].org, "University College London") == 0,
              "panel 1: %zu people, Q%d-%d, %s", w->n_people, w->q_first,
              w->q_last, w->n_people ? w->people[0].org : "-");
    evx_units_free(&u);
}

/* An older House of Lords list: "Those marked * gave oral evidence", one
 * entry a line, no dates, no questions.  Its entries are witnesses, whom a
 * lead-in's short form finds, and none of it is page furniture. */
static const char marked_list[] =
    "Chapter 1: Effects on GDP\n\n"
    "1. Professor Dustmann told us that the benefit was "
    "\xE2\x80\x9C" "almost nothing per head\xE2\x80\x9D.1\n\n"
    "1 Q 56\n\n"
    "APPENDIX 3: LIST OF WITNESSES\n\n"
    "The following witnesses gave evidence. Those marked * gave oral "
    "evidence.\n\n"
    "*  Bank of England\n"
    "*  Professor Christian Dustmann, University College London\n"
    "   Migration Watch UK\n"
    "*  Mr Stephen Nickell, Monetary Policy Committee\n";

static void expect_marked_list(int web)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, marked_list, web);
    expect_speaker(&u, "HC1/p1/q1", "Professor Christian Dustmann");
    size_t witnesses = 0;
    for (size_t i = 0; i < u.len; i++)
        witnesses += u.items[i]->type == EVX_UNIT_WITNESS;
    cr_expect_eq(witnesses, 4, "%zu witnesses", witnesses);
    cr_expect_str_eq(unit(&u, "HC1/witness/4")->people[0].org,
                     "Monetary Policy Committee");
    evx_units_free(&u);
}

Test(more_forms, an_older_lords_list_marking_oral_evidence_web)
{
    expect_marked_list(1);
}

Test(more_forms, an_older_lords_list_marking_oral_evidence_printed)
{
    expect_marked_list(0);
}

/* A footnote wrapped before a session's years ("… Second Report of
 * Session" / "2019–21, …"), as Pandoc's notes after a list leave it: the
 * years go on the note, and open no footnote 2019. */
Test(more_forms, a_note_wrapped_before_a_sessions_years)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. The inquiry built on our earlier inquiry.1\n\n"
                 "2. Dr Tim Cooksley told us that departments were "
                 "\xE2\x80\x9Crunning at winter levels\xE2\x80\x9D.2\n\n"
                 "Published written evidence\n\n"
                 "1. Healthwatch England (CBP0067)\n\n"
                 "1 Health and Social Care Committee, Second Report of Session\n"
                 "    2019\xE2\x80\x93" "21, Delivering core NHS and care services, "
                 "HC 320\n\n"
                 "2 Q20 [Dr Tim Cooksley]\n");
    const evx_unit *f = unit(&u, "HC1/fn1");
    cr_expect(strstr(f->text, "Session 2019\xE2\x80\x93" "21, Delivering"),
              "fn1: %s", f->text);
    cr_expect_null(evx_units_find(&u, "HC1/fn2019"));
    expect_speaker(&u, "HC1/p2/q1", "Dr Tim Cooksley");
    evx_units_free(&u);
}

/* A lead-in naming the speaker by post alone ("The Secretary of State
 * told us:", "The Chief Executive of NHS England said"), a question of a
 * panel in which one witness holds that post: that witness.  Another
 * body's chief executive is none of the panel's. */
Test(more_forms, a_lead_in_naming_a_post_of_the_panel)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.The Chief Executive of NHS England said that the plan was "
                 "\xE2\x80\x9Cthe most ambitious yet\xE2\x80\x9D.1\n\n"
                 "2.The Secretary of State told us:\n\n"
                 "I am not going to pretend that this is going to be easy.2\n\n"
                 "3.The Minister said it was \xE2\x80\x9C" "a fair settlement\xE2\x80\x9D.3\n\n"
                 "4.The Chief Executive of NHS Providers said it was "
                 "\xE2\x80\x9Cnot enough\xE2\x80\x9D.4\n\n"
                 "Footnotes\n\n1 Q145\n2 Q150\n3 Q220\n4 Q155\n\n"
                 "Witnesses\n\n"
                 "Tuesday 23 November 2021\n\n"
                 "Rt Hon Sajid Javid MP, Secretary of State for Health and Social "
                 "Care, Department of Health and Social Care; Amanda Pritchard, "
                 "Chief Executive, NHS England and NHS Improvement\tQ141\xE2\x80\x93" "210\n\n"
                 "Tuesday 30 November 2021\n\n"
                 "Edward Argar MP, Minister of State for Health, Department of "
                 "Health and Social Care; Dr Jane Roe, Director of Finance, "
                 "Department of Health and Social Care\tQ211\xE2\x80\x93" "260\n");
    expect_speaker(&u, "HC1/p1/q1", "Amanda Pritchard");
    expect_speaker(&u, "HC1/p2/q1", "Rt Hon Sajid Javid MP");
    expect_speaker(&u, "HC1/p3/q1", "Edward Argar MP");
    const evx_unit *q = unit(&u, "HC1/p4/q1");
    cr_expect(!q->speaker || !q->speaker->name ||
                  strcmp(q->speaker->name, "Amanda Pritchard") != 0,
              "another body's chief executive given to Amanda Pritchard");
    evx_units_free(&u);
}

/* A block quotation of two paragraphs in a PDF tool's reading order,
 * which drops its indent: the second paragraph, which ends in the
 * quotation's marker before the next numbered paragraph, is the
 * quotation's, not the report's own words; a paragraph that goes on
 * after its quotation in words that cite nothing stays the report's. */
Test(more_forms, a_quotation_of_two_paragraphs_without_its_indent)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u,
            "1 Introduction\n\n"
            "1. Professor Martin Marshall told us that general practice had "
            "delivered more\nappointments than before. As he put it:\n\n"
            "We are doing more than ever, with fewer GPs than we had five "
            "years ago.\n\n"
            "The idea that general practice has been closed is simply wrong, "
            "and it has done\nreal damage to the morale of the profession.1\n\n"
            "2. Dr Jane Roe described the pressure on beds. She said:\n\n"
            "Elective work is the first thing to go.\n\n"
            "We agree, and return to this in Chapter 3.\n\n"
            "3. We recommend a review.\n\n"
            "1 Q12\n",
            0);
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_expect(strstr(q->text, "morale of the profession"), "q1: %s", q->text);
    cr_expect(!strstr(unit(&u, "HC1/p1")->text, "simply wrong"), "p1: %s",
              unit(&u, "HC1/p1")->text);
    q = unit(&u, "HC1/p2/q1");
    cr_expect(!strstr(q->text, "We agree"), "p2/q1: %s", q->text);
    cr_expect(strstr(unit(&u, "HC1/p2")->text, "We agree"), "p2: %s",
              unit(&u, "HC1/p2")->text);
    evx_units_free(&u);
}

/* A browser's copy with no blank lines, its contents list entries with or
 * without page numbers: the list is no paragraphs, and every paragraph
 * keeps its own number, chapter and section. */
static void expect_contents_without_blank_lines(const char *pages[4])
{
    evx_units u = EVX_UNITS_INIT;
    evx_buf t = EVX_BUF_INIT;

    evx_buf_printf(&t,
                   "Clearing the backlog caused by the pandemic\n"
                   "Contents\nSummary%s\n1 Introduction%s\nOur inquiry%s\n"
                   "2 The size of the backlog%s\n"
                   "Summary\n"
                   "The pandemic caused an unprecedented challenge for our "
                   "health and care systems.\n"
                   "1 Introduction\n"
                   "1.On 21 July 2021 we launched an inquiry into pent-up "
                   "demand.1\n"
                   "2.The inquiry built on the work of our earlier inquiries.\n"
                   "Our inquiry\n"
                   "3.We received over 90 pieces of written evidence.\n"
                   "2 The size of the backlog\n"
                   "4.In September 2021, 5.8 million patients were waiting.2 "
                   "Professor Neil Mortensen told us that the list was "
                   "\xE2\x80\x9C" "a catastrophe for patients\xE2\x80\x9D.3\n"
                   "Footnotes\n"
                   "1 HC Deb, 6 July 2021, col 170\n"
                   "2 NHS England, Referral to Treatment Waiting Times\n"
                   "3 Q12 [Professor Neil Mortensen]\n",
                   pages[0], pages[1], pages[2], pages[3]);
    read_web(&u, evx_buf_str(&t));
    static const char *const starts[] = {"On 21 July", "The inquiry built",
                                         "We received", "In September"};
    for (int k = 1; k <= 4; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d", k);
        const evx_unit *q = unit(&u, id);
        cr_expect_eq(q->chapter, k < 4 ? 1 : 2, "%s: chapter %d", id, q->chapter);
        cr_expect(strncmp(q->text, starts[k - 1], strlen(starts[k - 1])) == 0,
                  "%s: %s", id, q->text);
    }
    cr_expect_str_eq(unit(&u, "HC1/p3")->section, "Our inquiry");
    expect_speaker(&u, "HC1/p4/q1", "Professor Neil Mortensen");
    evx_buf_free(&t);
    evx_units_free(&u);
}

Test(more_forms, contents_without_blank_lines_or_page_numbers)
{
    expect_contents_without_blank_lines((const char *[4]){"", "", "", ""});
}

Test(more_forms, contents_without_blank_lines_with_page_numbers)
{
    expect_contents_without_blank_lines((const char *[4]){" 3", " 5", " 5", " 7"});
}

/* The House of Lords' summary of conclusions, its items under their
 * chapters' headings and citing no paragraph: each heading heads the
 * items after it, and is no words of the item before, in either reader. */
static const char lords_summary[] =
    "Chapter 1: Follow-up\n\n"
    "1. We recommend that committees hold an annual follow-up session.\n\n"
    "Chapter 2: Engagement\n\n"
    "2. We recommend that every committee publish an engagement plan.\n\n"
    "Summary of conclusions and recommendations\n\n"
    "Chapter 1: Follow-up\n\n"
    "1. We recommend that committees hold an annual follow-up session.\n\n"
    "Chapter 2: Engagement\n\n"
    "2. We recommend that every committee publish an engagement plan.\n";

static void expect_lords_summary(int web)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, lords_summary, web);
    const evx_unit *r = unit(&u, "HC1/r1");
    cr_expect_str_eq(r->text, "We recommend that committees hold an annual "
                              "follow-up session.");
    r = unit(&u, "HC1/r2");
    cr_expect(r->section && strcmp(r->section, "Chapter 2: Engagement") == 0,
              "r2's section: %s", r->section);
    evx_units_free(&u);
}

Test(more_forms, a_lords_summary_of_conclusions_by_chapter_web)
{
    expect_lords_summary(1);
}

Test(more_forms, a_lords_summary_of_conclusions_by_chapter_printed)
{
    expect_lords_summary(0);
}

/* A list of written evidence printed code first, as a committee's
 * publications page lists it ("NHS0001 Royal College of Radiologists",
 * "NHS0002 – Healthwatch England"): its entries are read, in either
 * reader, and not left as page furniture. */
static const char code_first_list[] =
    "1 Introduction\n\n"
    "1. The Royal College of Radiologists described "
    "\xE2\x80\x9C" "a 30% shortfall in radiologists\xE2\x80\x9D.1\n\n"
    "1 Royal College of Radiologists (NHS0001)\n\n"
    "Published written evidence\n\n"
    "The following written evidence was received and can be viewed on the "
    "inquiry publications page of the Committee\xE2\x80\x99s website.\n\n"
    "NHS0001 Royal College of Radiologists\n\n"
    "NHS0002 \xE2\x80\x93 Healthwatch England\n\n"
    "NHS0003 Dr Jane Smith\n";

static void expect_code_first(int web)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, code_first_list, web);
    cr_expect_str_eq(unit(&u, "HC1/evidence/NHS0001")->text,
                     "Royal College of Radiologists");
    cr_expect_str_eq(unit(&u, "HC1/evidence/NHS0002")->text,
                     "Healthwatch England");
    cr_expect_str_eq(unit(&u, "HC1/evidence/NHS0003")->text, "Dr Jane Smith");
    evx_units_free(&u);
}

Test(more_forms, a_list_of_written_evidence_code_first_web)
{
    expect_code_first(1);
}

Test(more_forms, a_list_of_written_evidence_code_first_printed)
{
    expect_code_first(0);
}

/* An extract that opens with its summary on a short page between two
 * page numbers, blocks apart: the summary is read (test_layout.c has the
 * same with no blank lines). */
Test(more_forms, a_summary_page_between_two_page_numbers_is_read)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u,
            "                                                  3\n\n"
            "Summary\n\n"
            "The Public Order Bill would create new criminal offences of "
            "locking on and\nbeing equipped for locking on. We are concerned "
            "that these offences are drawn\ntoo widely.\n\n"
            "                                                  5\n\n"
            "1 Introduction\n\n"
            "1. The Public Order Bill was introduced in the House of Commons "
            "on 11 May 2022.\n\n"
            "2. We launched a call for evidence on 20 May 2022.\n",
            0);
    int summary = 0;
    for (size_t i = 0; i < u.len; i++)
        if (u.items[i]->type == EVX_UNIT_SUMMARY &&
            strstr(u.items[i]->text, "drawn too widely"))
            summary = 1;
    cr_expect(summary, "the summary is in no unit");
    unit(&u, "HC1/p2");
    evx_units_free(&u);
}

/* A judgment quoted from a court (the Joint Committee on Human Rights'
 * form): the case cited in the footnote ("Ziliberberg v Moldova, App no
 * …") is no author; the court the lead-in names gave the words. */
Test(more_forms, a_case_cited_for_a_courts_words)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "Chapter 2: The right to protest\n\n"
                 "2.1 The right to protest is protected by Articles 10 and 11. "
                 "In Ziliberberg v Moldova the European Court of Human Rights "
                 "held that \"an individual does not cease to enjoy the right "
                 "to peaceful assembly\".[1]\n\n"
                 "Footnotes\n\n"
                 "[1] Ziliberberg v Moldova, App no 61821/00, 4 May 2004\n");
    expect_speaker(&u, "HC1/p2.1/q1", "European Court of Human Rights");
    evx_units_free(&u);
}

/* A chapter heading that ends in a word a wrap may leave ("2 Locking on")
 * with a blank line after it, where footnote 2 is due: the chapter, not
 * footnote 2's body (which had been "Locking on", the real one dropped as
 * listed twice, and chapter 2's paragraphs left in chapter 1). */
Test(more_forms, a_chapter_heading_ending_in_on_where_a_note_is_due)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.1 The Bill was introduced on 11 May 2022.[1]\n\n"
                 "1.2 We heard oral evidence on 15 June 2022.[2]\n\n"
                 "2 Locking on\n\n"
                 "2.1 Clause 1 creates an offence.\n\n"
                 "Footnotes\n\n"
                 "[1] Explanatory Notes, para 104\n"
                 "[2] Oral evidence taken on 15 June 2022\n");
    const evx_unit *q = unit(&u, "HC1/p2.1");
    cr_expect_eq(q->chapter, 2);
    cr_expect(q->chapter_title && strcmp(q->chapter_title, "Locking on") == 0,
              "chapter title %s", q->chapter_title);
    cr_expect(strstr(unit(&u, "HC1/fn2")->text, "Oral evidence"), "fn2: %s",
              unit(&u, "HC1/fn2")->text);
    evx_units_free(&u);
}

/* Older Commons lists: a witness introduced by a rank after ", and"
 * ("…, Commissioner, and Assistant Commissioner John Yates QPM, …";
 * "General Sir David Richards, …, and General Sir Peter Wall, …") is a
 * witness of the panel, not words of the one before; a decoration after
 * a name (QPM, GCMG) is no part of it. */
Test(more_forms, a_witness_introduced_by_a_rank)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u,
            "1 Introduction\n\n"
            "1. The investigation was not reopened. Mr Yates told us:\n\n"
            "    We did not think there was anything new.1\n\n"
            "2. The Army is to be reduced. Sir Peter told us:\n\n"
            "    It will be smaller but it will be capable.2\n\n"
            "3. Sir Peter Ricketts told us that it was \xE2\x80\x9C" "a fair "
            "settlement\xE2\x80\x9D.3\n\n"
            "1 Q 31\n2 Q 80\n3 Q 130\n\n"
            "Witnesses\n\n"
            "Tuesday 7 September 2010\n\n"
            "Sir Paul Stephenson QPM, Commissioner, and Assistant Commissioner "
            "John Yates QPM, Metropolitan Police Service Q1\xE2\x80\x93" "60\n\n"
            "Tuesday 14 September 2010\n\n"
            "General Sir David Richards, Chief of the Defence Staff, and General "
            "Sir Peter Wall, Chief of the General Staff, Ministry of Defence "
            "Q61\xE2\x80\x93" "120\n\n"
            "Tuesday 21 September 2010\n\n"
            "Sir Peter Ricketts GCMG, National Security Adviser, Cabinet Office "
            "Q121\xE2\x80\x93" "160\n",
            0);
    expect_speaker(&u, "HC1/p1/q1", "Assistant Commissioner John Yates QPM");
    expect_speaker(&u, "HC1/p2/q1", "General Sir Peter Wall");
    const evx_unit *q = unit(&u, "HC1/p3/q1");
    cr_expect(q->speaker && q->speaker->kind && strcmp(q->speaker->kind, "oral") == 0 &&
                  q->speaker->role && strcmp(q->speaker->role, "National Security Adviser") == 0,
              "got %s (%s)", q->speaker ? q->speaker->name : "-",
              q->speaker ? q->speaker->evidence : "-");
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_expect_eq(w->n_people, 2);
    cr_expect(w->n_people && w->people[0].role &&
                  strcmp(w->people[0].role, "Commissioner") == 0,
              "role %s", w->n_people ? w->people[0].role : "-");
    evx_units_free(&u);
}

/* A lead-in naming a witness by rank and surname ("General Wall", the
 * rank his listed name opens with) or by post alone ("The Chief of the
 * General Staff", whose words read like a body's name) is that witness
 * of the panel; a rank his name does not open with ("Major Wall") is
 * another person, and a name whose surname is a rank's word ("Sir John
 * Major") keeps it. */
Test(more_forms, a_lead_in_naming_a_rank_or_a_post)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u,
            "1 The Army\n\n"
            "1. The Army is to be reduced. General Wall told us:\n\n"
            "    The reductions will not bite until later.1\n\n"
            "2. The Chief of the General Staff told us that the plan was "
            "\xE2\x80\x9C" "achievable but tight\xE2\x80\x9D.2\n\n"
            "3. The Chief of the Defence Staff told us that it was "
            "\xE2\x80\x9C" "the right size for the tasks\xE2\x80\x9D.3\n\n"
            "4. Major Wall told us that it was \xE2\x80\x9C" "too small\xE2\x80\x9D.4\n\n"
            "5. Sir John Major told us that it was \xE2\x80\x9C" "a matter of "
            "judgement\xE2\x80\x9D.5\n\n"
            "1 Q 31\n2 Q 32\n3 Q 33\n4 Q 34\n5 Q 70\n\n"
            "Witnesses\n\n"
            "Wednesday 3 November 2010\n\n"
            "General Sir David Richards, Chief of the Defence Staff, and General "
            "Sir Peter Wall, Chief of the General Staff, Ministry of Defence "
            "Q1\xE2\x80\x93" "60\n\n"
            "Wednesday 10 November 2010\n\n"
            "Rt Hon Sir John Major KG CH, former Prime Minister Q61\xE2\x80\x93" "90\n",
            0);
    expect_speaker(&u, "HC1/p1/q1", "General Sir Peter Wall");
    expect_speaker(&u, "HC1/p2/q1", "General Sir Peter Wall");
    expect_speaker(&u, "HC1/p3/q1", "General Sir David Richards");
    const evx_unit *q = unit(&u, "HC1/p4/q1");
    cr_expect(!q->speaker || !q->speaker->name ||
                  strstr(q->speaker->name, "Peter Wall") == NULL,
              "Major Wall given to %s", q->speaker->name);
    expect_speaker(&u, "HC1/p5/q1", "Rt Hon Sir John Major KG CH");
    evx_units_free(&u);
}

/* Three ministers in a list with no "and" between the first two: each
 * post is its holder's ("Parliamentary Under-Secretary of State" is a post,
 * not an organisation), and the department after the last is theirs. */
Test(more_forms, ministers_listed_with_commas)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.The Minister said it was \xE2\x80\x9C" "a fair settlement\xE2\x80\x9D.1\n\n"
                 "Footnotes\n\n1 Q12 [Mr David Jones MP]\n\n"
                 "Witnesses\n\n"
                 "Tuesday 7 June 2011\n\n"
                 "Rt Hon Cheryl Gillan MP, Secretary of State for Wales, Mr David "
                 "Jones MP, Parliamentary Under-Secretary of State for Wales, and "
                 "Mr Fergus Reid, Director, Wales Office\tQ1\xE2\x80\x93" "60\n");
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_assert_eq(w->n_people, 3);
    for (size_t k = 0; k < 3; k++)
        cr_expect(w->people[k].org && strcmp(w->people[k].org, "Wales Office") == 0,
                  "%s: org %s", w->people[k].name, w->people[k].org);
    cr_expect(w->people[1].role &&
                  strcmp(w->people[1].role,
                         "Parliamentary Under-Secretary of State for Wales") == 0,
              "role %s", w->people[1].role);
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_expect(q->speaker && q->speaker->org &&
                  strcmp(q->speaker->org, "Wales Office") == 0,
              "the quotation's org: %s", q->speaker ? q->speaker->org : "-");
    evx_units_free(&u);
}

/* A post with its holder set after it between commas ("The First Sea
 * Lord, Admiral Sir Mark Stanhope, described …"): the holder speaks, not
 * the post; and in the list, each rank and name after a post is a
 * witness ("…, Air Chief Marshal Sir Stephen Dalton KCB ADC, …"). */
Test(more_forms, a_post_and_its_holder_in_apposition)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u,
            "1 Introduction\n\n"
            "1. The First Sea Lord, Admiral Sir Mark Stanhope, described it to us "
            "as \xE2\x80\x9C" "a decision taken for financial reasons\xE2\x80\x9D.1\n\n"
            "2. Sir Stephen Dalton said it was \xE2\x80\x9C" "the right "
            "choice\xE2\x80\x9D.2\n\n"
            "1 Q 45\n2 Q 47\n\n"
            "Witnesses\n\n"
            "Wednesday 10 November 2010\n\n"
            "Admiral Sir Mark Stanhope GCB OBE ADC, First Sea Lord and Chief of the "
            "Naval Staff, Air Chief Marshal Sir Stephen Dalton KCB ADC, Chief of the "
            "Air Staff, and Vice Admiral Paul Lambert CB, Deputy Chief of the Defence "
            "Staff, Ministry of Defence Q1\xE2\x80\x93" "60\n",
            0);
    expect_speaker(&u, "HC1/p1/q1", "Admiral Sir Mark Stanhope GCB OBE ADC");
    expect_speaker(&u, "HC1/p2/q1", "Air Chief Marshal Sir Stephen Dalton KCB ADC");
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_expect_eq(w->n_people, 3);
    evx_units_free(&u);
}

/* A petition's title quoted in apposition after its number ("E-petition
 * 554150, “Make online abuse a specific criminal offence”, was started by
 * Katie Price") is its title, nobody's words (it had been given to her as
 * oral evidence); a year before a quotation ("In 2018, “…”") is no such
 * number. */
Test(more_forms, a_numbered_things_title_is_no_quotation)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. E-petition 554150, \xE2\x80\x9CMake online abuse a specific "
                 "criminal offence\xE2\x80\x9D, was started by Katie Price.[1]\n\n"
                 "2. Katie Price told us that \xE2\x80\x9CHarvey has been abused "
                 "online since he was a baby\xE2\x80\x9D.[2]\n\n"
                 "Footnotes\n\n"
                 "[1] e-petition 554150, Make online abuse a specific criminal offence\n"
                 "[2] Q12\n\n"
                 "Witnesses\n\n"
                 "Tuesday 23 October 2018\n\n"
                 "Katie Price, petitioner\tQ1\xE2\x80\x93" "40\n");
    cr_expect_null(evx_units_find(&u, "HC1/p1/q1"), "the title is a quotation");
    expect_speaker(&u, "HC1/p2/q1", "Katie Price");
    evx_units_free(&u);
}
