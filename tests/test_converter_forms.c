/*
 * test_converter_forms.c - web pages as tools other than a browser's copy
 * turn them into text, as a fifth pass found them read wrongly
 * (2026-12-01): `lynx -dump` (link numbers, a References list),
 * `w3m -dump` (superscripts as "^40", a rule of underscores), Markdown
 * whose quotation ends at its last "> " line.  Each case read the way the
 * pipeline reads it; the words are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

/* lynx numbers every link: "^[5]6" a footnote marker, "[7]6 Post Office
 * Ltd" a footnote whose number links back, "[4]annual report" inline,
 * and lists their targets under "References".  The link numbers had
 * been read as the footnotes' ("6 Post Office Ltd" the speaker of the
 * sub-postmaster's words), and the URLs as footnotes. */
Test(converter_forms, a_lynx_dump)
{
    static const char *const text =
        "   [1]Previous | [2]Contents | [3]Next\n\n"
        "2 The branch network\n\n"
        "   10.Post Office Ltd told us that the number of branches had been "
        "broadly\n   stable since 2015, as set out in its [4]annual report. "
        "In written\n   evidence it said:\n\n"
        "   The count of branches hides the hours. Many of our rural "
        "outreach\n   services now open for two hours a week.^[5]6\n\n"
        "   11.We also heard from a sub-postmaster in Cumbria. He told us:\n\n"
        "   Two hours a week is not a post office. It is a van in a car "
        "park, and\n   when it rains nobody comes.^[6]7\n\n"
        "   [7]6 Post Office Ltd (VPO0031)\n\n"
        "   [8]7 Q58 (Mr Dafydd Price, sub-postmaster)\n\n"
        "   __________________________________________________________\n\n"
        "References\n\n"
        "   1. file:///tmp/02.htm\n"
        "   2. file:///tmp/01.htm\n"
        "   3. file:///tmp/04.htm\n"
        "   4. https://example.org/annual-report\n"
        "   5. file:///tmp/page.html#fn6\n"
        "   6. file:///tmp/page.html#fn7\n"
        "   7. file:///tmp/page.html#fn6b\n"
        "   8. file:///tmp/page.html#fn7b\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    expect_speaker(&u, "HC1/p10/q1", "Post Office Ltd");
    expect_speaker(&u, "HC1/p11/q1", "Mr Dafydd Price");
    cr_expect_str_eq(unit(&u, "HC1/fn6")->text, "Post Office Ltd (VPO0031)");
    cr_expect_str_eq(unit(&u, "HC1/p10")->text,
                     "Post Office Ltd told us that the number of branches had "
                     "been broadly stable since 2015, as set out in its annual "
                     "report. In written evidence it said:");
    for (size_t k = 0; k < u.len; k++)
        cr_expect(!strstr(u.items[k]->text, "file:") &&
                      !strstr(u.items[k]->text, "____"),
                  "%s: %s", u.items[k]->id, u.items[k]->text);
    evx_units_free(&u);
}

/* lynx prints a marker link that follows a full stop or a closing quote
 * glued to it, with no caret ("2015.[9]223", "weak”[10]224"): the link
 * numbers had stayed in the text and two footnotes had gone to the
 * quotation before their own. */
Test(converter_forms, a_lynx_dump_with_markers_glued_to_stops)
{
    static const char *const text =
        "2 The branch network\n\n"
        "   10.Post Office Ltd told us that branches had been stable since "
        "2015.[1]6\n   In written evidence it said:\n\n"
        "   The count of branches hides the hours.[2]7\n\n"
        "   11.A sub-postmaster called the service \xE2\x80\x9Cweak\xE2\x80\x9D[3]8 "
        "and told us:\n\n"
        "   Two hours a week is not a post office.[4]9\n\n"
        "   [5]6 Q50\n\n   [6]7 Post Office Ltd (VPO0031)\n\n"
        "   [7]8 Q58 (Mr Dafydd Price, sub-postmaster)\n\n"
        "   [8]9 Q59 (Mr Dafydd Price, sub-postmaster)\n\n"
        "References\n\n"
        "   1. file:///tmp/page.html#fn6\n   2. file:///tmp/page.html#fn7\n"
        "   3. file:///tmp/page.html#fn8\n   4. file:///tmp/page.html#fn9\n"
        "   5. file:///tmp/page.html#fn6b\n   6. file:///tmp/page.html#fn7b\n"
        "   7. file:///tmp/page.html#fn8b\n   8. file:///tmp/page.html#fn9b\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    const evx_unit *q = unit(&u, "HC1/p10/q1");
    cr_assert_eq(q->n_footnotes, 1);
    cr_expect_eq(q->footnotes[0], 7);
    expect_speaker(&u, "HC1/p10/q1", "Post Office Ltd");
    expect_speaker(&u, "HC1/p11/q1", "Mr Dafydd Price");
    for (size_t k = 0; k < u.len; k++)
        cr_expect(!strstr(u.items[k]->text, "]"), "%s: %s", u.items[k]->id,
                  u.items[k]->text);
    evx_units_free(&u);
}

/* w3m (and lynx without its numbers) prints a superscript as "^40": the
 * markers had not been read, the footnote list had run into the last
 * paragraph, and the farmer's words had no speaker, all with no warning. */
Test(converter_forms, a_w3m_dump)
{
    static const char *const text =
        "4 Maintenance of existing assets\n\n"
        "31.The Environment Agency told us that a third of its assets were "
        "below the\ncondition it aims for.^40\n\n"
        "Local authority assets\n\n"
        "32.We also heard from a farmer in the Somerset Levels:\n\n"
        "Nobody has dredged our rhyne since 2014, and every winter the field "
        "floods\nearlier.^41\n\n"
        "33.The Agency should publish the condition of every asset it owns.\n\n"
        "40 Environment Agency (FLD0007)\n\n"
        "41 Q118 (Mr Owen Pritchard, Levels Farmers Group)\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    expect_speaker(&u, "HC1/p32/q1", "Mr Owen Pritchard");
    cr_expect_str_eq(unit(&u, "HC1/p33")->text,
                     "The Agency should publish the condition of every asset "
                     "it owns.");
    cr_expect_str_eq(unit(&u, "HC1/p32")->section, "Local authority assets");
    evx_units_free(&u);
}

/* Markdown with one heading and a "> " quotation (html2markdown's form):
 * the file had not been read as Markdown at all, and a quotation read
 * from Markdown had run on into the committee's next lines, and had taken
 * their footnote's speaker. */
Test(converter_forms, a_markdown_quotation_ends_with_its_marks)
{
    static const char *const text =
        "## 5 Home to school transport\n\n"
        "41.Children who live beyond the statutory walking distance are "
        "entitled to\nfree transport. Mr Kieran Boateng, Director of "
        "Children’s Services,\nCalderbrook Council, told us:\n\n"
        "> The distances were set in 1944. Nobody today would design a rule "
        "that makes\n> an eight-year-old walk two miles along an unlit "
        "lane.\n\n"
        "This view was shared by most of the councils that gave evidence, "
        "although none\nproposed a specific alternative.61\n\n"
        "42.We return to this in Chapter 6.\n\n"
        "61 See for example Northvale County Council (HST0019) and "
        "Calderbrook Council\n(HST0044)\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    const evx_unit *q = unit(&u, "HC1/p41/q1");
    cr_expect_str_eq(q->text, "The distances were set in 1944. Nobody today "
                              "would design a rule that makes an eight-year-old "
                              "walk two miles along an unlit lane.");
    expect_speaker(&u, "HC1/p41/q1", "Mr Kieran Boateng");
    evx_units_free(&u);
}

/* `pandoc -t plain` wraps a footnote before its year ("… to the Chair, 3
 * May" / "2024"): the year alone had been taken for a number waiting for
 * its note, and dropped as furniture, and the letter's date with it. */
Test(converter_forms, a_footnote_wrapped_before_its_year)
{
    static const char *const text =
        "5 Home to school transport\n\n"
        "42.The Department set out its position in a letter to the Chair:\n\n"
        "  The Government has no plans to change the statutory walking "
        "distances.\xE2\x81\xB6\xC2\xB2\n\n"
        "Conclusions and recommendations\n\n"
        "1.  Discretionary transport is the first thing councils cut. The\n"
        "    Department should publish how many councils offer it. "
        "(Paragraph 42)\n\n"
        "62 Letter from the Minister for School Standards to the Chair, 3 "
        "May\n2024\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    cr_expect_str_eq(unit(&u, "HC1/fn62")->text,
                     "Letter from the Minister for School Standards to the "
                     "Chair, 3 May 2024");
    evx_units_free(&u);
}

/* A table `pandoc -t plain` draws between rules, its first column
 * numbers: its rows had been read as footnotes 10 and 11 (the real ones
 * run into paragraph 10, and the quotation had lost its reference),
 * and, once rules were furniture, as a second quotation of Ms Osei's. */
Test(converter_forms, a_table_drawn_between_rules)
{
    static const char *const text =
        "2 The scale of the problem\n\n"
        "9.We asked councils about their networks. Ms Nadia Osei, Head of "
        "Policy,\nCampaign for Better Transport, told us:\n\n"
        "Every one of those lost routes was somebody’s way to work."
        "\xC2\xB9\xE2\x81\xB0\n\n"
        "  ---- ----------------------------------------------------\n"
        "  10   Number of councils with no supported routes at all\n"
        "  11   Number of councils that have cut evening services\n"
        "  ---- ----------------------------------------------------\n\n"
        "10.We are concerned by these figures.\xC2\xB9\xC2\xB9\n\n"
        "10 Q22 (Ms Nadia Osei, Campaign for Better Transport)\n\n"
        "11 Campaign for Better Transport (RBS0012)\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    cr_expect_str_eq(unit(&u, "HC1/fn10")->text,
                     "Q22 (Ms Nadia Osei, Campaign for Better Transport)");
    cr_expect_str_eq(unit(&u, "HC1/p10")->text,
                     "We are concerned by these figures.");
    cr_expect_str_eq(unit(&u, "HC1/p9/q1")->speaker->ref, "Q22");
    cr_expect_null(evx_units_find(&u, "HC1/p9/q2"));
    cr_expect(strstr(unit(&u, "HC1/p9")->text, "Number of councils") != NULL,
              "the table's rows are in no unit");
    evx_units_free(&u);
}

/* Debian's html2text draws headings between stars ("***** 3 Funding
 * *****", "**** The Department's response ****"): the section heading
 * had been run into paragraph 16, and the chapter left unread. */
Test(converter_forms, html2text_headings_between_stars)
{
    static const char *const text =
        "***** 3 Funding for supported routes *****\n"
        "16.Operators made a similar point about drivers leaving for "
        "haulage.23\n"
        "**** The Department's response ****\n"
        "17.The Minister for Local Transport, Rt Hon Graham Fairlie MP, "
        "accepted that\nthe funding cycle had caused difficulty. In oral "
        "evidence he said:\n"
        "I do not pretend that annual settlements are ideal.24\n"
        "=========================================================\n"
        "23 Federation of Independent Coach and Bus Operators (RBS0031)\n"
        "24 Q201 (Rt Hon Graham Fairlie MP)\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    cr_expect_str_eq(unit(&u, "HC1/p16")->text,
                     "Operators made a similar point about drivers leaving for "
                     "haulage.");
    cr_expect_eq(unit(&u, "HC1/p16")->chapter, 3);
    cr_expect_str_eq(unit(&u, "HC1/p17")->section, "The Department’s response");
    evx_units_free(&u);
}

/* Two chapters' pages run through `pandoc -t plain` one by one and
 * joined: each page's notes are numbered from 1.  The second page's
 * notes had run into its last paragraph with no warning; they are now
 * warned as not read (their numbers are the first page's), and the
 * paragraph keeps its own text. */
Test(converter_forms, notes_numbered_again_on_a_second_page_are_warned)
{
    static const char *const text =
        "3 Funding\n\n"
        "14.Councils receive a grant for supported services.[1]\n\n"
        "15.We agree.[2]\n\n"
        "[1] Department for Transport, National bus strategy, 2021\n\n"
        "[2] Q14 (Ms Alice Brennan)\n\n"
        "4 Demand-responsive transport\n\n"
        "16.Several authorities have trialled app-based services.[1]\n\n"
        "17.We recommend a review.\n\n"
        "[1] Local Government Association (DRT0004)\n";
    evx_text *t = NULL;
    evx_diag *d = NULL;
    evx_units u = EVX_UNITS_INIT;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_text_from_memory(&t, "web.txt", text, strlen(text), d),
                 EVX_OK);
    cr_assert_eq(evx_webtext_parse(&u, t, "HC 1", d), EVX_OK);
    cr_expect_str_eq(unit(&u, "HC1/p17")->text, "We recommend a review.");
    int warned = 0;
    for (size_t i = 0; i < evx_diag_len(d); i++) {
        evx_diag_level l;
        const char *file, *msg;
        long line;
        evx_diag_get(d, i, &l, &file, &line, &msg);
        warned |= l == EVX_DIAG_WARNING && line == 17 &&
                  strstr(msg, "listed again") != NULL;
    }
    cr_expect(warned, "no warning for the second page's note");
    evx_units_free(&u);
    evx_text_free(t);
    evx_diag_free(d);
}

/* lynx wraps a footnote's date across a line end, the year opening the
 * next line with the body's next sentence ("… dated 3 March" / "2024. The
 * letter …").  It had become a footnote 2024 (the summary then said "4 of
 * 2024 found"), note 2 cut at its month, with no warning. */
Test(converter_forms, a_lynx_footnote_whose_date_wraps_before_its_year)
{
    static const char *const text =
        "1 Introduction\n\n"
        "   1. Mr Owen Pryce told us that \xE2\x80\x9C" "the crossings are late "
        "every week\xE2\x80\x9D.^1 The\n   Minister wrote to us about the "
        "timetable.^2\n\n"
        "   2. The harbour cannot take larger ships.^3\n\n"
        "Footnotes\n\n"
        "   1 Q12\n\n"
        "   2 Letter from the Minister of State for Transport to the Chair "
        "dated 3 March\n"
        "   2024. The letter was published on the Committee\xE2\x80\x99s "
        "website.\n\n"
        "   3 Harbour Trust (FER0012)\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Letter from the Minister of State for Transport to the "
                     "Chair dated 3 March 2024. The letter was published on "
                     "the Committee\xE2\x80\x99s website.");
    cr_expect_null(evx_units_find(&u, "HC1/fn2024"));
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Harbour Trust (FER0012)");
    evx_units_free(&u);
}

/* A web edition that lists its footnotes at its end, after the formal
 * minutes, whose date stands alone ("4 December 2024"): the date had
 * become footnote 4 ("December 2024"), kept over the real one, and the
 * quotation citing it had the reference "December 2024". */
Test(converter_forms, a_date_over_the_formal_minutes_is_no_footnote)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Dr Ann Holt said that \xE2\x80\x9C" "dams are ageing\xE2\x80\x9D.1 Mr Rae "
        "said that \xE2\x80\x9Cinspections lag\xE2\x80\x9D.2\n\n"
        "2. The Trust said that \xE2\x80\x9Cowners lack funds\xE2\x80\x9D.3 Ms Cole "
        "said that \xE2\x80\x9Ctelemetry is patchy\xE2\x80\x9D.4\n\n"
        "Formal minutes\n\n"
        "4 December 2024\n\n"
        "Members present:\n\n"
        "Ms Anna Belcher, in the Chair\n\n"
        "1.  Q8 [Dr Ann Holt]\n"
        "2.  Q9 [Mr Tom Rae]\n"
        "3.  Reservoir Trust (RSC0035)\n"
        "4.  Q12 [Ms Jo Cole]\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    cr_expect_str_eq(unit(&u, "HC1/fn4")->text, "Q12 [Ms Jo Cole]");
    const evx_unit *q = unit(&u, "HC1/p2/q2");
    cr_expect(q->speaker && same_str(q->speaker->ref, "Q12"), "%s",
              q->speaker && q->speaker->ref ? q->speaker->ref : "-");
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "The Trust said that \xE2\x80\x9Cowners lack funds\xE2\x80\x9D. Ms "
                     "Cole said that \xE2\x80\x9Ctelemetry is patchy\xE2\x80\x9D.");
    evx_units_free(&u);
}

/* A list of written evidence re-wrapped by hand (fmt) or copied from a
 * table joins its entries on one line ("1 Argyll Haulage Association
 * (LFS0006) 2 Marine Crew Union (LFS0038)").  The last code's entry had
 * taken the whole line as its name, which a quotation citing that code
 * then gave as its speaker, the next entry had lost its number into its
 * name ("3 NHS Western Isles"), and the first entry was lost. */
Test(converter_forms, written_evidence_entries_joined_on_one_line)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The Marine Crew Union said that \xE2\x80\x9Crotas are "
        "unsafe\xE2\x80\x9D.1\n\n"
        "1 Marine Crew Union (LFS0038)\n\n"
        "Published written evidence\n\n"
        "1 Argyll Haulage Association (LFS0006) 2 Marine Crew Union (LFS0038)\n"
        "3 NHS Western Isles (LFS0048)\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    cr_expect_str_eq(unit(&u, "HC1/evidence/LFS0006")->title, "Argyll Haulage Association");
    cr_expect_str_eq(unit(&u, "HC1/evidence/LFS0038")->title, "Marine Crew Union");
    cr_expect_str_eq(unit(&u, "HC1/evidence/LFS0048")->title, "NHS Western Isles");
    expect_speaker(&u, "HC1/p1/q1", "Marine Crew Union");
    evx_units_free(&u);
}

/* A footnote wrapped inside a name, its rest on the next line like a
 * heading before a paragraph ("1 Hebridean Chamber of" / "Commerce
 * (LFS0017)"; Pandoc's Markdown wraps so).  The body had been cut at "of",
 * and the quotation citing it had the speaker "Hebridean Chamber of". */
Test(converter_forms, a_footnote_wrapped_inside_a_name)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The Chamber said that \xE2\x80\x9C" "fares rose sharply\xE2\x80\x9D.1\n\n"
        "1 Hebridean Chamber of\n"
        "Commerce (LFS0017)\n\n"
        "2 Fares\n\n"
        "2. More text here.\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Hebridean Chamber of Commerce (LFS0017)");
    expect_speaker(&u, "HC1/p1/q1", "Hebridean Chamber of Commerce");
    evx_units_free(&u);
}

/* A hand re-wrap (fmt -w60) sets a cover's year at a line's start ("…
 * to be printed 2 February" / "2024").  It had opened paragraph 2024,
 * which took in the whole report: every chapter, paragraph and quotation
 * (no warning in a short report; "2023 paragraph numbers missing" in a
 * long one). */
Test(converter_forms, a_year_wrapped_from_its_date_opens_no_paragraph)
{
    static const char *const text =
        "Ordered by the House of Commons to be printed 2 February\n"
        "2024\n\n"
        "1 Introduction\n\n"
        "1. Ms Jane Roe told us that \xE2\x80\x9Cthe ferries are late\xE2\x80\x9D.1\n\n"
        "2. Next paragraph.\n\n"
        "1 Q12 [Ms Jane Roe]\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    cr_expect_null(evx_units_find(&u, "HC1/p2024"));
    cr_expect_str_eq(unit(&u, "HC1/p2")->text, "Next paragraph.");
    expect_speaker(&u, "HC1/p1/q1", "Ms Jane Roe");
    evx_units_free(&u);
}

/* A written evidence table that Pandoc printed and a hand re-wrap then
 * ran together, its numbers at the lines' ends ("… (VBS0032) 3" / "Bus
 * Users Network (VBS0014) 4 …").  The last code's entry had the whole run
 * for its name, and a quotation citing that code was given it; the
 * footnote's own name stands. */
Test(converter_forms, entries_run_together_name_no_speaker)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The Alliance said that \xE2\x80\x9Cthe school contract works well\xE2\x80\x9D.1\n\n"
        "1 Youth Travel Alliance (VBS0055)\n\n"
        "Published written evidence\n\n"
        "  --- ---------------------------------- 1   Age\n"
        "  Concern Dales (VBS0007) 2   Mr Alan Pryce (VBS0032) 3\n"
        "  Bus Users Network (VBS0014) 4   Campaign for Better Buses\n"
        "  (VBS0020) 5   Fenland Coaches Ltd (VBS0025) 6   Norfolk\n"
        "  Village Halls Association (VBS0039) 7   Rural Transport\n"
        "  Network (VBS0047) 8   Youth Travel Alliance (VBS0055)\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    expect_speaker(&u, "HC1/p1/q1", "Youth Travel Alliance");
    evx_units_free(&u);
}

/* w3m wraps a line between a superscript's caret and its number ("… a
 * lifeline”.^" / "28").  The number alone on its line had been taken for
 * the next footnote's, both bodies were lost, with no warning, and the
 * quotations had only their lead-ins' names. */
Test(converter_forms, a_w3m_marker_wrapped_after_its_caret)
{
    static const char *const text =
        "5 The way forward\n\n"
        "30. Professor Garvie said that \xE2\x80\x9Cthe programme is a lifeline\xE2\x80\x9D.^\n"
        "28\n\n"
        "31. Several witnesses contrasted the position with that in comparable\n"
        "countries. The Chamber argued that \xE2\x80\x9Cnobody would design it this "
        "way\xE2\x80\x9D.^29\n\n"
        "28 Q53 [Professor Neil Garvie]\n\n"
        "29 Hebridean Chamber of Commerce (LFS0017)\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    expect_speaker(&u, "HC1/p30/q1", "Professor Neil Garvie");
    expect_speaker(&u, "HC1/p31/q1", "Hebridean Chamber of Commerce");
    cr_expect_str_eq(unit(&u, "HC1/p30")->text,
                     "Professor Garvie said that \xE2\x80\x9Cthe programme is a "
                     "lifeline\xE2\x80\x9D.");
    evx_units_free(&u);
}

/* Debian's html2text writes no blank lines and draws a page's rule, over
 * its footnotes, as a run of "=".  Two such rules had been read as a
 * table drawn in characters: the footnotes, the next chapter's headings
 * and paragraphs between them were its rows, run into the paragraph
 * before (35 paragraphs of a blind set's 237 lost, with no warning). */
Test(converter_forms, an_html2text_rule_opens_no_table)
{
    static const char *const text =
        "***** 1 Introduction *****\n"
        "**** Our inquiry ****\n"
        "1. Ms Jane Roe told us that \xE2\x80\x9Cthe ferries are late\xE2\x80\x9D.1\n"
        "=========================================================================="
        "=====\n"
        "1 Q12 [Ms Jane Roe]\n"
        "***** 2 The scale of the problem *****\n"
        "**** Evidence of decline ****\n"
        "2. The Trust said that \xE2\x80\x9C" "fares rose\xE2\x80\x9D.2\n"
        "3. We agree.\n"
        "=========================================================================="
        "=====\n"
        "2 Ferry Trust (LFS0017)\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    cr_expect_str_eq(unit(&u, "HC1/p1")->text,
                     "Ms Jane Roe told us that \xE2\x80\x9Cthe ferries are late\xE2\x80\x9D.");
    cr_expect_eq(unit(&u, "HC1/p2")->chapter, 2);
    cr_expect_str_eq(unit(&u, "HC1/p3")->text, "We agree.");
    expect_speaker(&u, "HC1/p2/q1", "Ferry Trust");
    evx_units_free(&u);
}
