/*
 * test_office_pdfs.c - a report made in an office suite and printed to
 * PDF, as a PDF tool in reading order gives it: the contents list's page
 * numbers after dot leaders, or set on a right tab so that the tool
 * prints the titles as one column and the numbers after them as another
 * (the contents page's own number among them), footnote numbers printed
 * as a column before their bodies, and a witness list set on a tab.
 * Glued note numbers are test_glued_notes.c's, numbers in the page's
 * margin and endnotes test_margin_notes.c's.  Read the way the pipeline
 * reads it; the words are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "otherutil.h"

/* The report's pages after its contents list. */
static const char BODY[] =
    "Summary\n"
    "We looked at rural bus services. Funding had fallen.\n"
    "\n"
    "3\n"
    "\n"
    "Rural buses\n"
    "\n"
    "1 Introduction\n"
    "1. We are concerned that provision had fallen behind demand.1 In 2012, the Department spent £4.2 million.\n"
    "2. Evidence from the Treasury showed that demand was poorly understood.2\n"
    "\n"
    "1Q6 [Dr Helen Marsh]\n"
    "2Public Accounts Committee, Review of provision 2021, March 2021\n"
    "\n"
    "5\n"
    "\n"
    "Rural buses\n"
    "\n"
    "2 Funding and accountability\n"
    "Monitoring progress\n"
    "3. The Government acknowledged that regional variation depended on short-term grants.3\n"
    "\n"
    "3Department for Transport (RBS0053)\n"
    "\n"
    "9\n"
    "\n"
    "Rural buses\n"
    "\n"
    "Conclusions and recommendations\n"
    "1. We recommend that the Government publish its review. (Paragraph 3)\n";

/* The cover's last lines and the contents page's first; the last page
 * of the list (9), then the next page's furniture. */
#define CONTENTS_TOP "Rural buses\n\nHC 1201\n\nContents\n"
#define CONTENTS_END "9\n\nHC 1201\n\nRural buses\n\n"

/* The contents list on a right tab: titles, then the page's own number
 * (2), then the chapters' pages, then the section's. */
static const char COLUMNS[] =
    CONTENTS_TOP
    "\n"
    "Summary\n"
    "1 Introduction\n"
    "2 Funding and accountability\n"
    "Monitoring progress\n"
    "Conclusions and recommendations\n"
    "\n"
    "2\n"
    "\n"
    "3\n"
    "5\n"
    "7\n"
    "11\n"
    "\n"
    CONTENTS_END;

/* The contents list on a right tab, a group of titles at a time: each
 * chapter's titles, then their pages; the summary's, the conclusions'
 * alone. */
static const char GROUPS[] =
    CONTENTS_TOP
    "Summary\n"
    "\n"
    "3\n"
    "\n"
    "1 Introduction\n"
    "\n"
    "5\n"
    "\n"
    "2 Funding and accountability\n"
    "Monitoring progress\n"
    "\n"
    "7\n"
    "7\n"
    "\n"
    "Conclusions and recommendations\n"
    "\n"
    CONTENTS_END;

/* The contents list with dot leaders: dots glued to the title or the
 * page, spaced dots, ellipses. */
static const char LEADERS[] =
    "Rural buses\n"
    "\n"
    "HC 1201\n"
    "\n"
    "Contents\n"
    "\n"
    "Summary..........................................3\n"
    "1 Introduction...................................5\n"
    "2 Funding and accountability ....................7\n"
    "Monitoring progress . . . . . . . . . . . . . .  8\n"
    "Conclusions and recommendations……………… 9\n"
    "\n";

static void read_report(evx_units *u, const char *contents)
{
    evx_buf b = EVX_BUF_INIT;
    evx_buf_printf(&b, "%s%s", contents, BODY);
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    read_as(u, b.data, 0);
    evx_buf_free(&b);
}

/* Every unit where the contents list puts it: the summary alone, the
 * chapters and the section that the list confirms, the footnotes read. */
static void expect_report(const evx_units *u)
{
    cr_expect_str_eq(unit(u, "HC1/summary/1")->text,
                     "We looked at rural bus services. Funding had fallen.");
    cr_expect_eq(unit(u, "HC1/p1")->chapter, 1);
    cr_expect_eq(unit(u, "HC1/p2")->chapter, 1);
    const evx_unit *p3 = unit(u, "HC1/p3");
    cr_expect_eq(p3->chapter, 2);
    cr_expect_str_eq(p3->section ? p3->section : "", "Monitoring progress");
    cr_expect_str_eq(unit(u, "HC1/fn1")->text, "Q6 [Dr Helen Marsh]");
    cr_expect_str_eq(unit(u, "HC1/fn2")->text,
                     "Public Accounts Committee, Review of provision 2021, "
                     "March 2021");
    cr_expect_str_eq(unit(u, "HC1/fn3")->text,
                     "Department for Transport (RBS0053)");
    cr_expect_eq(unit(u, "HC1/r1")->para, 3);
    /* the pages the list gives: the introduction's is 5, not the contents
     * page's own 2 nor the summary's 3 */
    cr_expect_eq(unit(u, "HC1/p1")->page, 5);
    for (size_t i = 0; i < u->len; i++)
        cr_expect(strstr(u->items[i]->text, "Funding and accountability") == NULL,
                  "%s holds a heading: %s", u->items[i]->id, u->items[i]->text);
}

/* The titles as one column and their pages as the next: read as one
 * list, not as the summary's text (the report had no paragraph at all). */
Test(office_pdfs, contents_pages_printed_as_a_column_of_their_own)
{
    evx_units u = EVX_UNITS_INIT;
    read_report(&u, COLUMNS);
    expect_report(&u);
    evx_units_free(&u);
}

/* The titles and their pages a group at a time, a lone title among them
 * (the list had not been read, and every paragraph was lost, warned). */
Test(office_pdfs, contents_pages_printed_a_group_at_a_time)
{
    evx_units u = EVX_UNITS_INIT;
    read_report(&u, GROUPS);
    expect_report(&u);
    evx_units_free(&u);
}

Test(office_pdfs, contents_pages_after_dot_leaders)
{
    evx_units u = EVX_UNITS_INIT;
    read_report(&u, LEADERS);
    expect_report(&u);
    cr_expect_eq(unit(&u, "HC1/p3")->page, 8);
    evx_units_free(&u);
}

/* With the notes at the end (endnotes), a chapter's heading that the
 * contents list, numbered as a pending note is, heads its chapter over a
 * section the list also holds: it is no note's body. */
Test(office_pdfs, a_listed_heading_is_no_endnote)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Contents\n"
            "\n"
            "Summary 3\n"
            "1 Introduction 5\n"
            "2 Funding and accountability 7\n"
            "Monitoring progress 8\n"
            "\n"
            "Summary\n"
            "We looked at rural bus services.\n"
            "\n"
            "1 Introduction\n"
            "1. We are concerned that provision had fallen behind demand.1\n"
            "2. Evidence from the Treasury showed that demand was poorly "
            "understood.2\n"
            "\n"
            "2 Funding and accountability\n"
            "Monitoring progress\n"
            "3. The Government acknowledged the variation.3\n"
            "\n"
            "1 Q6\n"
            "2 Q7\n"
            "3 Q8\n",
            0);
    const evx_unit *p3 = unit(&u, "HC1/p3");
    cr_expect_eq(p3->chapter, 2);
    cr_expect_str_eq(p3->section ? p3->section : "", "Monitoring progress");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q7");
    evx_units_free(&u);
}

/* The footnote numbers of a page as a column of their own, then the
 * page's number, then the bodies as another column, one a line, as a PDF
 * tool in reading order prints hanging note numbers: each number goes to
 * its body, and the sentence the notes cut goes on after them.  Under a
 * table, a paragraph's number alone on its line after the table's source
 * opens the paragraph (it had been read into a box). */
Test(office_pdfs, footnote_numbers_printed_as_a_column_of_their_own)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n"
            "\n"
            "1.\n"
            "\n"
            "We are concerned that provision had fallen behind demand.1 Evidence from the Treasury showed\n"
            "that demand was poorly understood. 2 Nonetheless, long-term\n"
            "1\n"
            "2\n"
            "\n"
            "4\n"
            "\n"
            "University of Leeds (RBS0007)\n"
            "Q6 [Dr Helen Marsh]\n"
            "\n"
            "investment had improved since the last review.3 The Department spent £4.2 million.4\n"
            "\n"
            "Table 1: Spending by region\n"
            "\n"
            "Region\n"
            "\n"
            "North\n"
            "\n"
            "South\n"
            "\n"
            "12.1\n"
            "\n"
            "14.2\n"
            "\n"
            "Source: Department figures, £ million\n"
            "2.\n"
            "\n"
            "The Department disagreed with the figures.5\n"
            "3\n"
            "4\n"
            "5\n"
            "\n"
            "5\n"
            "\n"
            "Local Government Association (RBS0033)\n"
            "Q18\n"
            "National Audit Office, Funding allocations 2020, October 2021\n"
            "\n"
            "3.\n"
            "\n"
            "The Minister told us that the review would report in the spring.\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/p1")->text,
                     "We are concerned that provision had fallen behind "
                     "demand. Evidence from the Treasury showed that demand "
                     "was poorly understood. Nonetheless, long-term investment "
                     "had improved since the last review. The Department spent "
                     "£4.2 million.");
    static const char *const bodies[][2] = {
        {"University of Leeds (RBS0007)", "HC1/p1"},
        {"Q6 [Dr Helen Marsh]", "HC1/p1"},
        {"Local Government Association (RBS0033)", "HC1/p1"},
        {"Q18", "HC1/p1"},
        {"National Audit Office, Funding allocations 2020, October 2021",
         "HC1/p2"}};
    for (int i = 0; i < 5; i++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/fn%d", i + 1);
        const evx_unit *fn = unit(&u, id);
        cr_expect_str_eq(fn->text, bodies[i][0]);
        cr_expect_str_eq(fn->parent ? fn->parent : "", bodies[i][1], "%s", id);
    }
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "The Department disagreed with the figures.");
    const evx_unit *box = unit(&u, "HC1/box/table-1-spending-by-region");
    cr_expect(strstr(box->text, "Source: Department figures") != NULL &&
                  strstr(box->text, "disagreed") == NULL,
              "the table: %s", box->text);
    evx_units_free(&u);
}

/* Dot leaders are the contents list's only: a run of dots in a quotation
 * stays, and a wrapped title in a contents list printed as a column keeps
 * its pages in order (the wrap is no title of its own). */
Test(office_pdfs, dot_runs_outside_the_contents_and_wrapped_titles)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n"
            "\n"
            "1. One passenger wrote to us: \"we waited and waited..... 45\n"
            "minutes in the rain for a bus that never came\".\n",
            0);
    const evx_unit *p1 = unit(&u, "HC1/p1");
    cr_expect(strstr(p1->text, "waited..... 45 minutes") != NULL, "p1: %s",
              p1->text);
    evx_units_free(&u);

    u = (evx_units)EVX_UNITS_INIT;
    read_as(&u,
            "Contents\n"
            "\n"
            "Summary\n"
            "1 Introduction\n"
            "2 Funding and accountability: the role of the\n"
            "Department and local authorities\n"
            "Conclusions and recommendations\n"
            "\n"
            "2\n"
            "3\n"
            "5\n"
            "7\n"
            "9\n"
            "\n"
            "Summary\n"
            "Rural bus services face serious funding pressure.\n"
            "\n"
            "1 Introduction\n"
            "\n"
            "1. This inquiry examined rural bus services.\n"
            "\n"
            "2 Funding and accountability: the role of the Department and local authorities\n"
            "\n"
            "2. Grants had been cut.\n"
            "\n"
            "Conclusions and recommendations\n"
            "\n"
            "1. The Government should publish a plan. (Paragraph 2)\n",
            0);
    cr_expect_eq(unit(&u, "HC1/summary/1")->page, 3);
    cr_expect_eq(unit(&u, "HC1/p1")->page, 5);
    const evx_unit *p2 = unit(&u, "HC1/p2");
    cr_expect_str_eq(p2->chapter_title,
                     "Funding and accountability: the role of the Department "
                     "and local authorities");
    cr_expect_null(p2->section, "section: %s", p2->section);
    evx_units_free(&u);
}

/* The front of a whole report (cover, contents, summary, the first
 * paragraphs), shared by the fixtures that differ only at a page's foot. */
static const char RURAL_FRONT[] =
    "House of Commons\n"
    "\n"
    "Transport Committee\n"
    "\n"
    "Rural buses\n"
    "\n"
    "Third Report of Session 2022–23\n"
    "\n"
    "Report, together with formal minutes relating\n"
    "to the report\n"
    "\n"
    "Ordered by the House of Commons\n"
    "to be printed 1 May 2023\n"
    "\n"
    "HC 1234\n"
    "Published on 9 May 2023\n"
    "by authority of the House of Commons\n"
    "\n"
    "\n"
    "Contents\n"
    "Summary 3\n"
    "\n"
    "1 Introduction 5\n"
    "\n"
    "Our inquiry 5\n"
    "\n"
    "2 Funding and accountability 7\n"
    "\n"
    "Conclusions and recommendations 9\n"
    "\n"
    "Formal minutes 10\n"
    "\n"
    "Witnesses 11\n"
    "\n"
    "Published written evidence 12\n"
    "\n"
    "\n"
    "\n"
    "Summary\n"
    "Rural bus services face serious funding pressure. We make recommendations\n"
    "to the Government on how to plan for the long term.\n"
    "\n"
    "1 Introduction\n"
    "\n"
    "Our inquiry\n"
    "\n"
    "1. This inquiry examined funding for rural bus services across England.1\n"
    "\n"
    "2. The Department told us that demand had fallen in most regions since 2015.2 Councils\n"
    "told us that\n"
    "\n"
    "1\n"
    "2\n";

/* The back of that report (its second chapter, conclusions, formal
 * minutes, witnesses and written evidence). */
static const char RURAL_BACK[] =
    "\n"
    "the services were at risk of collapse.\n"
    "\n"
    " Rural buses 6\n"
    "\n"
    "2 Funding and accountability\n"
    "\n"
    "3. Local authorities reported that grants had been cut by a wide margin.3\n"
    "\n"
    "4. We are concerned that accountability lacked a clear owner.4\n"
    "\n"
    "3 Q41 [Mark Harper]\n"
    "4 Local Government Association (RBS0007)\n"
    "\n"
    "\n"
    "Conclusions and recommendations\n"
    "\n"
    "1. The Government should publish a long-term funding plan. (Paragraph 4)\n"
    "\n"
    "Formal minutes\n"
    "\n"
    "Tuesday 2 May 2023\n"
    "\n"
    "Members present:\n"
    "\n"
    "Steve Brine, in the Chair\n"
    "\n"
    "Draft Report (Rural buses), proposed by the Chair, brought up and read.\n"
    "\n"
    "Witnesses\n"
    "The following witnesses gave evidence. Transcripts can be viewed on the\n"
    "inquiry publications page of the Committee's website.\n"
    "\n"
    "Tuesday 14 March 2023\n"
    "\n"
    "Dr Jane Smith, Chief Executive, Health Foundation, and Professor Alan\n"
    "Jones, Director, King's Fund Q1–40\n"
    "\n"
    "Wednesday 22 March 2023\n"
    "\n"
    "Rt Hon Mark Harper MP, Secretary of State for Transport, and Sir Peter\n"
    "Hendy, Chair, Department for Transport Q41–90\n"
    "\n"
    "Published written evidence\n"
    "The following written evidence was received and can be viewed on the\n"
    "inquiry publications page of the Committee's website.\n"
    "\n"
    "1 Age UK (RBS0001)\n"
    "2 British Medical Association (RBS0002)\n"
    "3 Health Foundation (RBS0003)\n"
    "4 Local Government Association (RBS0007)\n";

/* Reads front, middle and back as one pdf-text dump of report "HC 1". */
static void read_report_around(evx_units *u, const char *front,
                               const char *middle, const char *back)
{
    evx_buf b = EVX_BUF_INIT;
    evx_buf_printf(&b, "%s%s%s", front, middle, back);
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    read_as(u, b.data, 0);
    evx_buf_free(&b);
}

/* Columns of numbers alone that are no page's notes: a table's ranks
 * over the page's own notes ("1 Q41 …"), a list in the summary or in a
 * paragraph before any marker cites its numbers; a note column whose
 * body wraps ("(RBS0012)" goes on the line before); recommendations glued
 * to their numbers; an ellipsis inside a contents title. */
Test(office_pdfs, number_columns_that_are_no_notes)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Rural buses\n"
            "\n"
            "HC 1234\n"
            "\n"
            "Contents\n"
            "1 Introduction 5\n"
            "\n"
            "1 Introduction\n"
            "\n"
            "1. Grants had been cut.1 The largest cuts were\n"
            "\n"
            "1\n"
            "2\n"
            "Devon\n"
            "Kent\n"
            "\n"
            "2. Accountability lacked a clear owner.2\n"
            "\n"
            "1 Q41 [Mark Harper]\n"
            "2 Local Government Association (RBS0007)\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q41 [Mark Harper]");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Local Government Association (RBS0007)");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->parent, "HC1/p2");
    evx_units_free(&u);

    u = (evx_units)EVX_UNITS_INIT;
    read_as(&u,
            "Summary\n"
            "1\n"
            "2\n"
            "3\n"
            "Funding is falling\n"
            "Staff are leaving\n"
            "and we set out our response in this Report.\n"
            "\n"
            "1 Introduction\n"
            "\n"
            "2. The Department told us that demand had fallen in most regions since 2015.2\n",
            0);
    cr_expect(strstr(unit(&u, "HC1/summary/1")->text,
                     "Funding is falling Staff are leaving") != NULL);
    cr_expect_str_eq(unit(&u, "HC1/p2")->chapter_title, "Introduction");
    evx_units_free(&u);

    u = (evx_units)EVX_UNITS_INIT;
    read_as(&u,
            "Rural buses\n"
            "\n"
            "HC 1234\n"
            "\n"
            "Contents\n"
            "1 Introduction 5\n"
            "Our inquiry 5\n"
            "\n"
            "1 Introduction\n"
            "\n"
            "Our inquiry\n"
            "\n"
            "1. The councils with the largest cuts were\n"
            "\n"
            "1\n"
            "2\n"
            "Devon\n"
            "Kent\n"
            "\n"
            "2. Demand had fallen.1\n"
            "\n"
            "1 Q6\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/p1")->text,
                     "The councils with the largest cuts were 1 2 Devon Kent");
    cr_expect_str_eq(unit(&u, "HC1/p2")->section, "Our inquiry");
    evx_units_free(&u);

    u = (evx_units)EVX_UNITS_INIT;
    read_report_around(&u, RURAL_FRONT,
                       "Department for Transport, Written evidence to the Committee on rural services\n"
                       "(RBS0012)\n", RURAL_BACK);
    cr_expect_null(evx_units_find(&u, "HC1/fn1"),
                   "a wrapped body is no column of notes");
    evx_units_free(&u);

    u = (evx_units)EVX_UNITS_INIT;
    read_as(&u,
            "Rural buses\n"
            "\n"
            "HC 1234\n"
            "\n"
            "1 Introduction\n"
            "\n"
            "1. The Department has not set out a plan.1\n"
            "\n"
            "Conclusions and recommendations\n"
            "\n"
            "1The Government should publish a long-term funding plan. (Paragraph 1)\n"
            "2The Department should set targets. (Paragraph 1)\n",
            0);
    cr_expect_null(evx_units_find(&u, "HC1/fn1"));
    cr_expect_null(evx_units_find(&u, "HC1/fn2"));
    evx_units_free(&u);

    u = (evx_units)EVX_UNITS_INIT;
    read_as(&u,
            "Rural buses\n"
            "\n"
            "HC 1234\n"
            "\n"
            "Contents\n"
            "1 Introduction 5\n"
            "2 Funding... and accountability 7\n"
            "\n"
            "1 Introduction\n"
            "\n"
            "1. This inquiry examined funding for rural bus services.\n"
            "\n"
            "2 Funding... and accountability\n"
            "\n"
            "2. Grants had been cut.\n",
            0);
    const evx_unit *p2 = unit(&u, "HC1/p2");
    cr_expect_eq(p2->page, 7);
    cr_expect_str_eq(p2->chapter_title, "Funding... and accountability");
    evx_units_free(&u);
}

/* The page's number between the two columns, no blank line around the
 * columns: the notes are read, and the paragraph the page's foot cut goes
 * on past them without the number. */
Test(office_pdfs, note_columns_with_the_page_number_between)
{
    evx_units u = EVX_UNITS_INIT;
    read_report_around(&u, RURAL_FRONT,
                       "5\n"
                       "Q6\n"
                       "Department for Transport (RBS0012)\n", RURAL_BACK);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q6");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Department for Transport (RBS0012)");
    const evx_unit *p2 = unit(&u, "HC1/p2");
    cr_expect(strstr(p2->text, "Councils told us that the services were at risk "
                               "of collapse.") != NULL,
              "p2: %s", p2->text);
    evx_units_free(&u);
}

/* Reads the rural report with `insert` spliced into its back before
 * the line `at`, the back from there on kept when keep_rest. */
static void read_back_spliced(evx_units *u, const char *at, const char *insert,
                              int keep_rest)
{
    const char *cut = strstr(RURAL_BACK, at);
    cr_assert_not_null(cut);
    evx_buf back = EVX_BUF_INIT;
    evx_buf_printf(&back, "%.*s%s%s", (int)(cut - RURAL_BACK), RURAL_BACK, insert,
                   keep_rest ? cut : "");
    cr_assert_eq(evx_buf_status(&back), EVX_OK);
    read_report_around(u, RURAL_FRONT, "5\nQ6\nDepartment for Transport (RBS0012)\n",
                       back.data);
    evx_buf_free(&back);
}

/* A column of note numbers whose bodies wrap: a line goes on the body
 * before it when that body's line ends in a word no note ends in ("…
 * rural services and the"), a comma, or as far right as the widest line;
 * each body at most three lines.  The notes had run into the text. */
Test(office_pdfs, note_columns_whose_bodies_wrap)
{
    evx_units u = EVX_UNITS_INIT;
    read_report_around(&u, RURAL_FRONT,
                       "Department for Transport, Written evidence to the Committee on rural services and the\n"
                       "future of bus funding in England (RBS0012)\n"
                       "Q6 [Dr Helen Marsh]\n",
                       RURAL_BACK);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text,
                     "Department for Transport, Written evidence to the Committee on rural "
                     "services and the future of bus funding in England (RBS0012)");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q6 [Dr Helen Marsh]");
    cr_expect(strstr(unit(&u, "HC1/p2")->text,
                     "Councils told us that the services were at risk of collapse.") != NULL,
              "p2: %s", unit(&u, "HC1/p2")->text);
    evx_units_free(&u);

    /* as wide as the widest line: "Public Accounts Committee, … HC 1234," */
    u = (evx_units)EVX_UNITS_INIT;
    read_report_around(&u, RURAL_FRONT,
                       "Public Accounts Committee, Thirty-Second Report of Session 2019–21, Lessons from major\n"
                       "Projects, HC 1234\n"
                       "Public Accounts Committee, Review of provision 2021, March 2021\n",
                       RURAL_BACK);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text,
                     "Public Accounts Committee, Thirty-Second Report of Session 2019–21, "
                     "Lessons from major Projects, HC 1234");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Public Accounts Committee, Review of provision 2021, March 2021");
    evx_units_free(&u);
}

/* A column of note numbers split around its bodies, as a PDF tool in
 * reading order breaks hanging numbers beside bodies that wrap: "1", the
 * bodies, then "2" / "3".  The notes had run into the text (warned). */
Test(office_pdfs, note_column_split_around_its_bodies)
{
    size_t cut = strlen(RURAL_FRONT) - strlen("1\n2\n"); /* its column */
    cr_assert_str_eq(RURAL_FRONT + cut, "1\n2\n");
    evx_buf front = EVX_BUF_INIT;
    evx_buf_printf(&front, "%.*s1\n\n", (int)cut, RURAL_FRONT);
    evx_units u = EVX_UNITS_INIT;
    read_report_around(&u, front.data,
                       "Letter from the Secretary of State for Transport to the Chair of the Committee, dated\n"
                       "10 October 2023, on rural bus funding and the review of the concessionary fares scheme\n"
                       "Department for Transport (RBS0012)\n"
                       "\n"
                       "2\n",
                       RURAL_BACK);
    evx_buf_free(&front);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text,
                     "Letter from the Secretary of State for Transport to the Chair of the "
                     "Committee, dated 10 October 2023, on rural bus funding and the review "
                     "of the concessionary fares scheme");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Department for Transport (RBS0012)");
    cr_expect(strstr(unit(&u, "HC1/p2")->text,
                     "Councils told us that the services were at risk of collapse.") != NULL,
              "p2: %s", unit(&u, "HC1/p2")->text);
    evx_units_free(&u);
}

/* A recommendation whose first word names a part of the report
 * ("Witnesses were broadly agreed …"), in a list the back matter's
 * headings follow: the witnesses' list had opened there, and the
 * recommendations after it were lost. */
Test(office_pdfs, a_recommendation_opening_with_a_part_name)
{
    evx_units u = EVX_UNITS_INIT;
    read_back_spliced(&u, "\nFormal minutes",
                      "2. Witnesses were broadly agreed that grants must be set for five\n"
                      "years at a time. (Paragraph 3)\n"
                      "\n"
                      "3. We recommend that one owner answers for each route. (Paragraph 4)\n",
                      1);
    cr_expect(strncmp(unit(&u, "HC1/r2")->text, "Witnesses were broadly agreed",
                      29) == 0,
              "r2: %s", unit(&u, "HC1/r2")->text);
    cr_expect_str_eq(unit(&u, "HC1/r3")->text,
                     "We recommend that one owner answers for each route.");
    cr_expect_eq(unit(&u, "HC1/witness/1")->q_first, 1);
    evx_units_free(&u);
}

/* A witness list set on a tab: dot leaders before each question range,
 * glued to the last word or on a line of their own, and the written
 * evidence's heading on the next line, as `pdftotext -raw` prints it.
 * The organisations had kept the dots ("King's Fund.........."), and the
 * written evidence had become a panel of one person named "Published
 * written evidence …". */
Test(office_pdfs, witness_list_with_dot_leaders)
{
    evx_units u = EVX_UNITS_INIT;
    read_back_spliced(&u, "\nWitnesses\n",
                      "\n"
                      "Witnesses\n"
                      "Tuesday 14 March 2023\n"
                      "Dr Jane Smith, Chief Executive, Health Foundation; Professor Alan\n"
                      "Jones, Director, King's Fund...................................Q1–40\n"
                      "Rt Hon Mark Harper MP, Secretary of State for Transport\n"
                      "…………………………………………………………Q41–90\n"
                      "Published written evidence\n"
                      "1 Age UK (RBS0001)\n"
                      "2 British Medical Association (RBS0002)\n",
                      0);
    const evx_unit *w1 = unit(&u, "HC1/witness/1"), *w2 = unit(&u, "HC1/witness/2");
    expect_person(w1, 1, "Professor Alan Jones", "Director", "King’s Fund");
    cr_expect_eq(w1->q_last, 40);
    expect_person(w2, 0, "Rt Hon Mark Harper MP", "Secretary of State for Transport", NULL);
    cr_expect_eq(w2->q_first, 41);
    cr_expect(strchr(w1->text, '.') == NULL && strstr(w2->text, "…") == NULL,
              "leaders kept: %s / %s", w1->text, w2->text);
    cr_expect_null(evx_units_find(&u, "HC1/witness/3"));
    cr_expect_str_eq(unit(&u, "HC1/evidence/RBS0002")->text,
                     "British Medical Association");
    evx_units_free(&u);
}

/* A contents list printed as a column with a blank line between its
 * titles, the pages after them: read as one list (the report had been
 * read as recommendations, its paragraphs' numbers taken for theirs). */
Test(office_pdfs, contents_titles_a_block_each)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Contents\n"
            "\n"
            "Summary\n"
            "\n"
            "1 Introduction\n"
            "\n"
            "2 Next steps\n"
            "\n"
            "Conclusions and recommendations\n"
            "\n"
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
            "1. Ofcom told us that platforms had been slow to act.\n"
            "\n"
            "2 Next steps\n"
            "\n"
            "2. The Department said it would legislate.\n"
            "\n"
            "Conclusions and recommendations\n"
            "\n"
            "1. The Government should legislate. (Paragraph 2)\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/summary/1")->text,
                     "We looked at children’s safety online.");
    cr_expect_eq(unit(&u, "HC1/summary/1")->page, 3);
    cr_expect_str_eq(unit(&u, "HC1/p1")->chapter_title, "Introduction");
    cr_expect_str_eq(unit(&u, "HC1/p2")->chapter_title, "Next steps");
    cr_expect_eq(unit(&u, "HC1/r1")->para, 2);
    evx_units_free(&u);
}
