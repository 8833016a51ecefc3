/*
 * test_numbered_lists.c - a list numbered from 1 inside a paragraph, a
 * recommendation or a quotation, after a lead-in ending in ':' ("It asked
 * the Government to:" / "1. Introduce …;" / "2. Publish …"): its numbers
 * are the list's, not the report's, though one of them is the paragraph
 * or recommendation due next; the report's own sequence tells them apart
 * (lib/paranum.h, evx_list_run), in both readers.  The passages are made
 * up in the forms the black-box testers found (a recommendation lost, a
 * paragraph renumbered, a witness's points split); nothing in the code
 * knows them.
 */
#define _DEFAULT_SOURCE /* mkdtemp, nftw */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <string.h>

#include "otherutil.h"
#include "paranum.h"
#include "readutil.h"

/* The result of feeding xs (ending in 0) to a list run of item v after
 * last: 1 the list's, -1 the report's, 0 undecided. */
static int run(int last, int v, const int *xs)
{
    evx_list_run r;
    if (!evx_list_run_start(&r, last, v))
        return -2;
    for (; *xs; xs++) {
        int fed = evx_list_run_feed(&r, *xs);
        if (fed)
            return fed;
    }
    return 0;
}

/* The report's sequence coming back after the run says the list's. */
Test(numbered_lists, the_sequence_coming_back_says_whose)
{
    /* items 1-3 in paragraph 2, then paragraph 3 */
    cr_expect_eq(run(2, 3, (const int[]){3, 4, 0}), 1);
    /* items 3-5 in paragraph 2 (numbered as the paragraphs due) */
    cr_expect_eq(run(2, 3, (const int[]){4, 5, 3, 0}), 1);
    /* a paragraph 3 that goes on to 4 and 5, a later list from 1 */
    cr_expect_eq(run(2, 3, (const int[]){4, 5, 1, 2, 0}), -1);
    cr_expect_eq(run(2, 3, (const int[]){4, 5, 0}), 0);
    /* no test before the report's first number, nor by chapter */
    cr_expect_eq(run(0, 1, (const int[]){1, 0}), -2);
    cr_expect_eq(run(evx_para_of_chapter(1, 2), evx_para_of_chapter(1, 3),
                     (const int[]){0}),
                 -2);
}

static const char in_a_recommendation[] =
    "1 Introduction\n\n"
    "1. The Department told us that the programme had not yet delivered "
    "the savings it promised.\n\n"
    "2. The Treasury said that the figures would be published in the "
    "autumn.\n\n"
    "Conclusions and recommendations\n\n"
    "1. The Government should, within six months:\n\n"
    "1. introduce a multi-year funding settlement for local delivery "
    "partners;\n\n"
    "2. publish the evaluation of the pilot schemes. (Paragraph 1)\n\n"
    "2. The Treasury should publish the figures for 2022\xE2\x80\x93" "23 by "
    "October. (Paragraph 2)\n";

/* The list's "2." is no recommendation 2: the real one had been in no
 * unit, with no warning. */
static void expect_in_a_recommendation(int web)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, in_a_recommendation, web);
    const evx_unit *r1 = unit(&u, "HC1/r1"), *r2 = unit(&u, "HC1/r2");
    cr_expect(strstr(r1->text, "1. introduce a multi-year") &&
                  strstr(r1->text, "2. publish the evaluation"),
              "r1: %s", r1->text);
    cr_expect_eq(r1->para, 1);
    cr_expect_str_eq(r2->text, "The Treasury should publish the figures for "
                               "2022\xE2\x80\x93" "23 by October.");
    cr_expect_eq(r2->para, 2);
    cr_expect_null(evx_units_find(&u, "HC1/r3"));
    evx_units_free(&u);
}

Test(numbered_lists, a_list_in_a_recommendation_printed)
{
    expect_in_a_recommendation(0);
}

Test(numbered_lists, a_list_in_a_recommendation_web)
{
    expect_in_a_recommendation(1);
}

static const char in_a_paragraph[] =
    "1 Introduction\n\n"
    "1. The Department told us that the programme had not yet delivered "
    "the savings it promised.\n\n"
    "2. The Local Government Association set out a plan. It asked the "
    "Government to:\n\n"
    "1. Introduce a multi-year funding settlement for local delivery "
    "partners;\n\n"
    "2. Publish the evaluation of the pilot schemes before extending "
    "them;\n\n"
    "3. Simplify the reporting requirements placed on councils.\n\n"
    "The Minister said the Government would consider the proposals "
    "carefully.\n\n"
    "3. The regulator accepted that its oversight of the scheme had been "
    "weaker than it should have been.\n\n"
    "4. The Treasury said that the figures would be published in the "
    "autumn.\n";

/* The list's "3." is no paragraph 3, and items ending in ";" are the
 * paragraph's sentence, as "(a)" items are, not a quotation: paragraph
 * 3 had swallowed the rest of 2. */
static void expect_in_a_paragraph(int web)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, in_a_paragraph, web);
    const evx_unit *p2 = unit(&u, "HC1/p2");
    cr_expect(strstr(p2->text, "to: 1. Introduce a multi-year") &&
                  strstr(p2->text, "3. Simplify the reporting") &&
                  strstr(p2->text, "consider the proposals carefully."),
              "p2: %s", p2->text);
    cr_expect_null(evx_units_find(&u, "HC1/p2/q1"));
    cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                     "The regulator accepted that its oversight of the scheme "
                     "had been weaker than it should have been.");
    cr_expect_str_eq(unit(&u, "HC1/p4")->text,
                     "The Treasury said that the figures would be published "
                     "in the autumn.");
    evx_units_free(&u);
}

Test(numbered_lists, a_list_in_a_paragraph_printed)
{
    expect_in_a_paragraph(0);
}

Test(numbered_lists, a_list_in_a_paragraph_web)
{
    expect_in_a_paragraph(1);
}

/* A witness's points, numbered from `first`, after "told us:". */
static void witness_points(evx_buf *b, int first)
{
    evx_buf_printf(b,
        "1 Introduction\n\n"
        "1. We took evidence from the Local Government Association and "
        "others.\n\n"
        "2. The Local Government Association set out its priorities in "
        "three points. Cllr Gittins told us:\n\n"
        "%d. Councils need multi-year settlements. Without them we cannot "
        "plan.\n\n"
        "%d. The business rates reset must be delayed.\n\n"
        "%d. The Government must fund the pay award in full.1\n\n"
        "3. We agree with each of these points.\n\n"
        "2 Findings\n\n"
        "4. Councils face a funding gap of \xC2\xA3" "4 billion by "
        "2025\xE2\x80\x93" "26.2\n\n"
        "1 Q 12\n2 Q 14\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 17 October 2023\n\n"
        "Cllr Louise Gittins, Chair, Children and Young People Board, Local "
        "Government Association Q1\xE2\x80\x93" "50\n",
        first, first + 1, first + 2);
}

/* One quotation of all the points, by the witness the footnote and the
 * lead-in give, and paragraph 3 the committee's own: the third point had
 * been paragraph 3 (or, numbered 3 to 5, the points paragraphs 3 to 5 and
 * the real paragraph 4 unplaced). */
static void expect_witness_points(int first, int web)
{
    evx_units u = EVX_UNITS_INIT;
    evx_buf text = EVX_BUF_INIT;

    witness_points(&text, first);
    cr_assert_eq(evx_buf_status(&text), EVX_OK);
    read_as(&u, evx_buf_str(&text), web);
    const evx_unit *q = unit(&u, "HC1/p2/q1");
    cr_expect(strstr(q->text, "Councils need multi-year") &&
                  strstr(q->text, "The business rates reset") &&
                  strstr(q->text, "fund the pay award in full."),
              "q1: %s", q->text);
    expect_speaker(&u, "HC1/p2/q1", "Cllr Louise Gittins");
    cr_expect_null(evx_units_find(&u, "HC1/p2/q2"));
    cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                     "We agree with each of these points.");
    cr_expect(strstr(unit(&u, "HC1/p4")->text, "Councils face a funding gap"));
    cr_expect_null(evx_units_find(&u, "HC1/p5"));
    evx_buf_free(&text);
    evx_units_free(&u);
}

Test(numbered_lists, a_witness_numbered_points_printed)
{
    expect_witness_points(1, 0);
}

Test(numbered_lists, a_witness_numbered_points_web)
{
    expect_witness_points(1, 1);
}

Test(numbered_lists, points_numbered_as_the_paragraphs_due_printed)
{
    expect_witness_points(3, 0);
}

Test(numbered_lists, points_numbered_as_the_paragraphs_due_web)
{
    expect_witness_points(3, 1);
}

static const char lead_in_then_paragraphs[] =
    "1 Introduction\n\n"
    "1. The Minister told us:\n\n"
    "1. We will publish the review in the spring.\n\n"
    "2. The Department set out its figures as follows:\n\n"
    "3. The Treasury said that the figures would be published in the "
    "autumn.\n\n"
    "4. The regulator accepted that its oversight had been weak.\n\n"
    "5. The Local Government Association asked the Government to:\n\n"
    "1. introduce a multi-year settlement;\n\n"
    "2. publish the evaluation.\n\n"
    "6. We agree.\n\n"
    "Conclusions and recommendations\n\n"
    "1. The Government should publish the review. (Paragraph 1)\n\n"
    "2. The Treasury should publish the figures. (Paragraph 3)\n";

/* What already worked stays so: a paragraph due after a quotation that
 * opens "1.", or after a lead-in with no list, goes on with the report's
 * sequence (no number comes back), and a list of recommendations starts
 * at 1. */
static void expect_lead_in_then_paragraphs(int web)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, lead_in_then_paragraphs, web);
    cr_expect(strstr(unit(&u, "HC1/p1/q1")->text, "publish the review"));
    for (int k = 2; k <= 6; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d", k);
        cr_expect_eq(unit(&u, id)->para, k, "%s", id);
    }
    cr_expect(strstr(unit(&u, "HC1/p5")->text, "2. publish the evaluation."));
    cr_expect_str_eq(unit(&u, "HC1/p6")->text, "We agree.");
    cr_expect_eq(unit(&u, "HC1/r1")->para, 1);
    cr_expect_eq(unit(&u, "HC1/r2")->para, 3);
    evx_units_free(&u);
}

Test(numbered_lists, a_lead_in_then_the_next_paragraph_printed)
{
    expect_lead_in_then_paragraphs(0);
}

Test(numbered_lists, a_lead_in_then_the_next_paragraph_web)
{
    expect_lead_in_then_paragraphs(1);
}

static const char in_a_recommendation_first[] =
    "Summary\n\nThe collapse of the company left 420 public contracts "
    "without a supplier.\n\n"
    "Conclusions and recommendations\n\n"
    "1. Government was not prepared for the collapse.\n"
    "Recommendation: The Cabinet Office should, within six months:\n\n"
    "1. set out how it will plan for the failure of any strategic "
    "supplier;\n\n"
    "2. publish its list of strategic suppliers.\n\n"
    "2. The cost to the taxpayer is not yet known.\n"
    "Recommendation: The Cabinet Office should report the full cost.\n\n"
    "1 Managing the collapse\n\n"
    "1. We took evidence from the Cabinet Office.\n\n"
    "2. The Cabinet Office told us that it had monitored the company "
    "closely.\n";

/* In the Public Accounts Committee's form, whose recommendations come
 * before the chapters and cite no paragraph, a list's "1." after an
 * item's lead-in is no paragraph 1 opening the chapters: the items had
 * been paragraphs 1 and 2, recommendation 2 run into the second and the
 * chapters' own paragraph 1 unplaced. */
static void expect_in_a_recommendation_first(int web)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, in_a_recommendation_first, web);
    const evx_unit *r1 = unit(&u, "HC1/r1");
    cr_expect(strstr(r1->text, "six months: 1. set out how") &&
                  strstr(r1->text, "2. publish its list"),
              "r1: %s", r1->text);
    cr_expect(strncmp(unit(&u, "HC1/r2")->text, "The cost to the taxpayer",
                      24) == 0);
    cr_expect_str_eq(unit(&u, "HC1/p1")->text,
                     "We took evidence from the Cabinet Office.");
    cr_expect_eq(unit(&u, "HC1/p2")->chapter, 1);
    evx_units_free(&u);
}

Test(numbered_lists, a_list_in_a_recommendation_first_printed)
{
    expect_in_a_recommendation_first(0);
}

Test(numbered_lists, a_list_in_a_recommendation_first_web)
{
    expect_in_a_recommendation_first(1);
}

/* A last paragraph whose lead-in ends in ':' right before the part
 * "Conclusions and recommendations": the part's heading is no quotation,
 * and its numbered recommendations no list of the paragraph.  Printed,
 * the heading had been a quotation and every recommendation the
 * paragraph's text, with no warning. */
Test(numbered_lists, a_part_heading_after_a_lead_in)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. We launched this inquiry in January 2023.\n\n"
        "2. Our conclusions and recommendations are set out below:\n\n"
        "Conclusions and recommendations\n\n"
        "1. HMRC should publish its plan. (Paragraph 1)\n\n"
        "2. HMRC should report to us. (Paragraph 2)\n\n"
        "Formal minutes\n\n"
        "Tuesday 5 September 2023\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        const evx_unit *p2 = unit(&u, "HC1/p2");
        cr_expect(!strstr(p2->text, "HMRC"), "web %d: %s", web, p2->text);
        cr_expect_str_eq(unit(&u, "HC1/r1")->text, "HMRC should publish its plan.");
        cr_expect_eq(unit(&u, "HC1/r2")->para, 2);
        cr_expect_null(evx_units_find(&u, "HC1/p2/q1"), "web %d: a quotation", web);
        evx_units_free(&u);
    }
}

/* A paragraph that lists the report's chapters ("arranged as follows:"
 * / "Chapter 2: Funding" / "Chapter 3: Enforcement"), each entry a block
 * of its own: the entries are the paragraph's text, not chapter headings
 * (the paragraphs after them had been chapter 3's, the chapters' own
 * headings sections of it), nor a quotation or a section heading.  The
 * chapters numbered in digits, or in words ("Chapter Two", "CHAPTER
 * THREE"), which had been no chapters at all. */
static void chapters_listed(int web, int words)
{
    const char *n2 = words ? "Two" : "2", *n3 = words ? "THREE" : "3";
    char text[1024], want[128];
    snprintf(text, sizeof text,
             "Chapter %s: Introduction\n\n"
             "1. The committee examined the funding of local bus services.\n\n"
             "2. This report is arranged as follows:\n\n"
             "Chapter %s: Funding\n\n"
             "Chapter %s: Enforcement\n\n"
             "3. Councils said that their budgets had fallen by a third.\n\n"
             "Chapter %s: Funding\n\n"
             "4. Operators told us that fares are not reimbursed at cost.\n\n"
             "Chapter %s: Enforcement\n\n"
             "5. Enforcement of bus lanes is patchy.\n",
             words ? "One" : "1", n2, words ? "Three" : "3", n2, n3);
    snprintf(want, sizeof want,
             "This report is arranged as follows: Chapter %s: Funding "
             "Chapter %s: Enforcement", n2, words ? "Three" : "3");
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, web);
    cr_expect_str_eq(unit(&u, "HC1/p2")->text, want);
    cr_expect_null(evx_units_find(&u, "HC1/p2/q1"), "a quotation of the list");
    const int chapter[] = {1, 1, 1, 2, 3};
    for (int k = 0; k < 5; k++) {
        char id[24];
        snprintf(id, sizeof id, "HC1/p%d", k + 1);
        const evx_unit *p = unit(&u, id);
        cr_expect_eq(p->chapter, chapter[k], "%s in chapter %d", id, p->chapter);
        cr_expect_null(p->section, "%s under section %s", id, p->section);
    }
    cr_expect_str_eq(unit(&u, "HC1/p5")->chapter_title, "Enforcement");
    evx_units_free(&u);
}

Test(numbered_lists, a_list_of_chapters_printed)
{
    chapters_listed(0, 0);
}

Test(numbered_lists, a_list_of_chapters_web)
{
    chapters_listed(1, 0);
}

Test(numbered_lists, chapters_in_words_printed)
{
    chapters_listed(0, 1);
}

Test(numbered_lists, chapters_in_words_web)
{
    chapters_listed(1, 1);
}

/* Headings in the forms the red team found read wrongly by the rule for
 * lists of chapters: a part's heading in words groups chapters and is no
 * chapter ("Part Two: The evidence" over "2 Funding"), and a chapter
 * that holds nothing but its heading, the next chapter's after it with no
 * lead-in before them, is a chapter ("2 The evidence" / "3 Funding"). */
Test(numbered_lists, parts_and_a_chapter_with_no_paragraphs)
{
    static const char *const texts[] = {
        "1 Introduction\n\n"
        "1. The committee examined funding.\n\n"
        "Part Two: The evidence\n\n"
        "2 Funding\n\n"
        "2. Funding rose.\n",
        "1 Introduction\n\n"
        "1. The committee examined funding.\n\n"
        "2 The evidence\n\n"
        "3 Funding\n\n"
        "2. Funding rose.\n"};
    const long want[] = {2, 3};
    for (int k = 0; k < 2; k++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, texts[k], 0);
        const evx_unit *p2 = unit(&u, "HC1/p2");
        cr_expect_eq(p2->chapter, want[k], "text %d: chapter %d", k, p2->chapter);
        cr_expect(p2->chapter_title && strcmp(p2->chapter_title, "Funding") == 0,
                  "text %d: %s", k, p2->chapter_title);
        evx_units_free(&u);
    }
}
