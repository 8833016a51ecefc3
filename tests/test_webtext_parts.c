/*
 * test_webtext_parts.c - the web-edition reader on the parts of a report
 * beside its numbered paragraphs: boxes, figures and tables, a summary, a
 * glossary and annexes, a footnote list after a session's years, and
 * headings that end in a year.  (Split from test_webtext_forms.c, which
 * keeps the forms of the numbered text itself.)
 */
#include <criterion/criterion.h>
#include <stdio.h>

#include "webutil.h"

/* A box, a figure and a table printed between paragraphs, each under its
 * caption and over its source line: units of their own (type box), where
 * each had run into the paragraph before it, whose text and citation then
 * held the box's words.  A sentence that opens with "Table 16", or a line
 * a wrap opens with "Figure 3.", is no caption. */
Test(webtext, boxes_figures_and_tables_between_paragraphs)
{
    fixture f;

    parse_str(&f, "3 Funding\n\n"
                  "15. Funding has not kept pace with demand.[4]\n\n"
                  "Box 1: What is a sustainability and transformation "
                  "partnership?\n\n"
                  "STPs are collaborations between NHS organisations and "
                  "local councils in 44 areas.\n\n"
                  "Source: NHS England, Next Steps, March 2017\n\n"
                  "16. Witnesses told us that the STPs had \"no statutory "
                  "basis\".[5]\n\n"
                  "Figure 2 \xE2\x80\x93 NHS spending in real terms\n\n"
                  "Source: HM Treasury\n\n"
                  "17. We recommend a long-term funding settlement.\n\n"
                  "Table 1: Planned funding by year\n\n"
                  "Year | Funding (\xC2\xA3" "bn)\n2018\xE2\x80\x93" "19 | "
                  "114.6\n\n"
                  "18. Table 16 below sets out the new committees and their "
                  "remits, as shown in\n"
                  "Figure 3. The remits are wide.\n\n"
                  "4 Q12\n\n5 Q30\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_str_eq(get(&f, "HC1/p15")->text,
                     "Funding has not kept pace with demand.");
    evx_unit *b = get(&f, "HC1/box/box-1-what-is-a-sustainability-and-"
                          "transformation-partnership");
    cr_expect_eq(b->type, EVX_UNIT_BOX);
    cr_expect_str_eq(b->text, "STPs are collaborations between NHS "
                              "organisations and local councils in 44 "
                              "areas. Source: NHS England, Next Steps, "
                              "March 2017");
    cr_expect_eq(b->chapter, 3);
    cr_expect_str_eq(get(&f, "HC1/box/figure-2-nhs-spending-in-real-terms")
                         ->text, "Source: HM Treasury");
    cr_expect_str_eq(get(&f, "HC1/p17")->text,
                     "We recommend a long-term funding settlement.");
    cr_expect(strstr(get(&f, "HC1/box/table-1-planned-funding-by-year")->text,
                     "114.6") != NULL);
    cr_expect_str_eq(get(&f, "HC1/p18")->text,
                     "Table 16 below sets out the new committees and their "
                     "remits, as shown in Figure 3. The remits are wide.");
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

/* A House of Lords web page (2018): glued numbers, "Chapter 2:" over the
 * page, a marker glued after a session's years ("during 2017–18.2
 * Although") and the footnote list opening with the body it cites.  That
 * body ("2 See Appendix 2.") had gone on the chapter's last paragraph,
 * whose citation then held it, and the marker had been text. */
Test(webtext, a_lords_page_whose_first_note_follows_a_years_range)
{
    fixture f;

    parse_str(&f, "Chapter 2: Sessional committee activity and impact\n\n"
                  "8.This chapter highlights the work of the committees "
                  "during 2017\xE2\x80\x93" "18.2 Although committees have "
                  "not adopted \xE2\x80\x9Clegacy reports\xE2\x80\x9D,3 "
                  "they publish reports.\n\n"
                  "Communications Committee\n\n"
                  "9.The committee heard from Sir Martin Sorrell, who said "
                  "that the industry was \xE2\x80\x9Cthe most creative in the "
                  "world\xE2\x80\x9D.4\n\n"
                  "2 See Appendix 2.\n\n3 Scottish Parliament, Legacy Paper, "
                  "2016\n\n4 Q 12 (Sir Martin Sorrell)\n");
    cr_assert_eq(f.st, EVX_OK);
    evx_unit *p = get(&f, "HC1/p8");
    cr_assert_eq(p->n_footnotes, 2);
    cr_expect_eq(p->footnotes[0], 2);
    cr_expect_str_eq(get(&f, "HC1/fn2")->text, "See Appendix 2.");
    cr_expect_str_eq(get(&f, "HC1/p9")->section, "Communications Committee");
    cr_expect_null(strstr(get(&f, "HC1/p9")->text, "Appendix"));
    cr_expect_eq(get(&f, "HC1/p9")->chapter, 2);
    done(&f);
}

/* A whole report's web text with its summary before chapter 1, a
 * glossary ("Term: meaning", "Term – meaning", "ACRONYM Long form") and
 * an annex after the paragraphs: units of their own types, where the
 * summary had been unplaced and the glossary and annex had gone on the
 * last paragraph, whose text and citation then held them. */
Test(webtext, summary_glossary_and_annex)
{
    fixture f;

    parse_str(&f, "Summary\n\nThe NHS needs stable funding. We recommend a "
                  "ten-year settlement.\n\n"
                  "1 Introduction\n\n1. This report looks at funding.\n\n"
                  "2. We took evidence from 40 witnesses.\n\n"
                  "Glossary\n\n"
                  "ACO: Accountable care organisation, a body that takes on "
                  "the care of a population.\n\n"
                  "ICS \xE2\x80\x93 Integrated care system, a partnership of "
                  "NHS bodies and councils.\n\n"
                  "STP Sustainability and transformation partnership\n\n"
                  "Annex: Visit to Leeds\n\n"
                  "On 3 March we visited Leeds and met staff of the trust.[1]"
                  "\n\n1 See the programme.\n");
    cr_assert_eq(f.st, EVX_OK);
    evx_unit *s = get(&f, "HC1/summary/1");
    cr_expect_eq(s->type, EVX_UNIT_SUMMARY);
    cr_expect_str_eq(s->text, "The NHS needs stable funding. We recommend a "
                              "ten-year settlement.");
    cr_expect_str_eq(get(&f, "HC1/p2")->text,
                     "We took evidence from 40 witnesses.");
    evx_unit *g = get(&f, "HC1/glossary/aco");
    cr_expect_eq(g->type, EVX_UNIT_GLOSSARY);
    cr_expect_str_eq(g->title, "ACO");
    cr_expect_str_eq(get(&f, "HC1/glossary/ics")->text,
                     "Integrated care system, a partnership of NHS bodies and "
                     "councils.");
    cr_expect_str_eq(get(&f, "HC1/glossary/stp")->text,
                     "Sustainability and transformation partnership");
    evx_unit *a = get(&f, "HC1/annex/1");
    cr_expect_eq(a->type, EVX_UNIT_ANNEX);
    cr_expect_str_eq(a->title, "Annex: Visit to Leeds");
    cr_expect_str_eq(a->text, "On 3 March we visited Leeds and met staff of "
                              "the trust.");
    cr_expect(a->n_footnotes == 1 && a->footnotes[0] == 1);
    /* the page's footnote list after the annex is no part of it */
    cr_expect_str_eq(get(&f, "HC1/fn1")->text, "See the programme.");
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

/* A glossary's meaning hard-wrapped onto a line that opens with an
 * acronym ("… such as" / "NHS England and local councils"): the same
 * entry, not a new term "NHS". */
Test(webtext, a_glossary_meaning_wrapped_onto_an_acronym)
{
    fixture f;

    parse_str(&f, "1 Introduction\n\n1. This report looks at funding.\n\n"
                  "Glossary\n\n"
                  "ICS: Integrated care system, a partnership of bodies such "
                  "as\nNHS England and local councils in an area.\n\n"
                  "STP: Sustainability and transformation partnership\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_str_eq(get(&f, "HC1/glossary/ics")->text,
                     "Integrated care system, a partnership of bodies such as "
                     "NHS England and local councils in an area.");
    cr_expect_null(evx_units_find(&f.units, "HC1/glossary/nhs"));
    cr_expect_str_eq(get(&f, "HC1/glossary/stp")->text,
                     "Sustainability and transformation partnership");
    done(&f);
}

/* Headings that end in a year, a session's years or a name's number: a
 * title's words, not a page number.  A chapter "1 Progress since 2010"
 * had not been a chapter (its paragraphs, all but the first, ran into one
 * with no warning), and a section heading "The response to COVID-19" had
 * run into the paragraph before it. */
Test(webtext, headings_that_end_in_a_year_or_a_numbered_name)
{
    fixture f;

    parse_str(&f, "1 Progress since 2010\n\n"
                  "1. Snow fell early that winter.\n\n"
                  "Funding for 2017\xE2\x80\x93" "19\n\n"
                  "2. Councils were told in November.\n\n"
                  "2 The response to COVID-19\n\n"
                  "3. Salt ran short in January.\n\n"
                  "The Civil Contingencies Act 2004\n\n"
                  "4. Roads closed in February.\n");
    cr_assert_eq(f.st, EVX_OK);
    static const struct {
        const char *id, *text, *chapter, *section;
    } want[] = {
        {"HC1/p1", "Snow fell early that winter.", "Progress since 2010", NULL},
        {"HC1/p2", "Councils were told in November.", "Progress since 2010",
         "Funding for 2017\xE2\x80\x93" "19"},
        {"HC1/p3", "Salt ran short in January.", "The response to COVID-19",
         NULL},
        {"HC1/p4", "Roads closed in February.", "The response to COVID-19",
         "The Civil Contingencies Act 2004"}};
    for (size_t k = 0; k < sizeof want / sizeof *want; k++) {
        evx_unit *p = get(&f, want[k].id);
        cr_expect_str_eq(p->text, want[k].text);
        cr_expect_str_eq(p->chapter_title, want[k].chapter, "%s", want[k].id);
        if (want[k].section)
            cr_expect_str_eq(p->section, want[k].section, "%s", want[k].id);
        else
            cr_expect_null(p->section, "%s: %s", want[k].id, p->section);
    }
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

/* An older Commons page (2000–01) heads its chapters "PART I:
 * INTRODUCTION" and "PART II: …" and labels its footnote list
 * "Footnotes:".  The parts had not been chapters (every paragraph in
 * chapter 0, the second part's heading unplaced), and the label had run
 * into the last paragraph; "Part 2 of the Bill" opens no chapter. */
Test(webtext, parts_numbered_in_roman_and_a_footnotes_label)
{
    fixture f;

    parse_str(&f, "PART I: INTRODUCTION\n"
                  "Foreword\n"
                  "1. A year ago we published our Report on the work of "
                  "committees[4].\nWe judged that it was a fair time to take "
                  "stock.\n"
                  "2. Nobody doubted that the system was thought a "
                  "success.\n"
                  "PART II: WHAT HAPPENED NEXT\n"
                  "The Government's reply\n"
                  "3. The Government's reply[5]\nwas a disappointment.\n"
                  "4. Part 2 of the Bill was not debated at all.\n"
                  "5. We do not accept that view.\n\n"
                  "Footnotes:\n\n"
                  "4   First Report, Session 1999-2000, HC 300\n"
                  "5   Cm 4737\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_eq(get(&f, "HC1/p1")->chapter, 1);
    cr_expect_str_eq(get(&f, "HC1/p1")->chapter_title, "INTRODUCTION");
    cr_expect_eq(get(&f, "HC1/p3")->chapter, 2);
    cr_expect_str_eq(get(&f, "HC1/p3")->chapter_title, "WHAT HAPPENED NEXT");
    cr_expect_eq(get(&f, "HC1/p4")->chapter, 2);
    cr_expect(ends_with(get(&f, "HC1/p4")->text, "not debated at all."));
    cr_expect_str_eq(get(&f, "HC1/p5")->text, "We do not accept that view.");
    cr_expect_str_eq(get(&f, "HC1/fn5")->text, "Cm 4737");
    done(&f);
}

/* A whole-report page whose footnotes come after its list of reports,
 * a table whose rows open "1st", "2nd": the rows had been read as
 * footnotes 1 and 2, and the real footnote 1 dropped as listed twice. */
Test(webtext, a_list_of_reports_before_the_footnotes)
{
    fixture f;

    parse_str(&f, "1 Introduction\n\n"
                  "1. Ms Priya Lal told us that carers were “at breaking "
                  "point”.1\n\n"
                  "List of Reports from the Committee during the current "
                  "Parliament\n\nSession 2019–21\n\n"
                  "Number\tTitle\tReference\n"
                  "1st\tSocial care funding\tHC 100\n"
                  "2nd\tCarers’ leave\tHC 210\n"
                  "3rd Report\tHomes for carers\tHC 230\n\n"
                  "Footnotes\n\n1 Q5 [Priya Lal]\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_str_eq(get(&f, "HC1/fn1")->text, "Q5 [Priya Lal]");
    cr_expect_null(evx_units_find(&f.units, "HC1/fn2"));
    cr_expect_eq(count_diag(f.diag, EVX_DIAG_WARNING, "listed twice", 0), 0);
    done(&f);
}

/* Older reports (2010–15) head their list "List of printed written
 * evidence": its entries had been read as more witnesses, named "List of
 * printed written evidence" and "1 Federation of Independent Traders". */
Test(webtext, an_older_reports_list_of_printed_written_evidence)
{
    fixture f;

    parse_str(&f, "1 Introduction\n\n1. We took evidence.\n\n"
                  "Witnesses\n\nWednesday 12 January 2011\n\n"
                  "Mr Stephen Cole, Managing Director, Northgate Bank "
                  "plc\tQ41–60\n\n"
                  "List of printed written evidence\n\n"
                  "1\tFederation of Independent Traders\tEv 45\n"
                  "2\tNorthgate Bank plc\tEv 52\n");
    cr_assert_eq(f.st, EVX_OK);
    size_t witnesses = 0;
    for (size_t k = 0; k < f.units.len; k++)
        witnesses += f.units.items[k]->type == EVX_UNIT_WITNESS;
    cr_expect_eq(witnesses, 1);
    cr_expect_str_eq(get(&f, "HC1/evidence/Ev45")->title,
                     "Federation of Independent Traders");
    cr_expect_str_eq(get(&f, "HC1/evidence/Ev52")->title, "Northgate Bank plc");
    done(&f);
}

/* A converter's footnotes right after the closing list ("1. We recommend
 * …", then "1 Cabinet Office (CSR0031)", "2 Q110 (…)" from Pandoc's
 * "[^1]:" lines): numbered in another style than the list's items, they
 * are the footnote list.  They had been recommendations r2 to r3 (or
 * lost), and no footnote body was found. */
Test(webtext, footnotes_right_after_the_closing_list)
{
    fixture f;

    parse_str(&f, "1 Introduction\n\n"
                  "1. The Cabinet Office told us that relocation was “on "
                  "track”.1 We are not persuaded.2\n\n"
                  "2. Sir Anselm Crowther said that “the targets are "
                  "real”.3\n\n"
                  "Conclusions and recommendations\n\n"
                  "1. We recommend that the Government set a target for senior "
                  "posts outside London by 2027. (Paragraph 1)\n\n"
                  "1 Cabinet Office (CSR0031)\n"
                  "2 Q110 (Ms Lisa Acheson)\n"
                  "3 Q112 (Sir Anselm Crowther)\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_null(evx_units_find(&f.units, "HC1/r2"));
    cr_expect_str_eq(get(&f, "HC1/fn1")->text, "Cabinet Office (CSR0031)");
    cr_expect_str_eq(get(&f, "HC1/fn3")->text, "Q112 (Sir Anselm Crowther)");
    done(&f);
}

/* A chapter's heading right after a footnote list, numbered as the list
 * would go on ("1 Q41" / "2 The police view" / "3.Assistant …"), or
 * below a number the list has had ("3 Buffer zones" after "4 Q60"), with
 * a "Footnotes" or "Notes" label over each list or none: the heading
 * and the paragraphs after it had been read as footnotes 2, 3 and 4,
 * their quotations lost and the real footnotes 2 and 3 dropped as listed
 * twice.  The heading's footnote number is cited by no marker before it,
 * and the next paragraph follows it in the paragraphs' style. */
static void expect_chapter_after_notes(const char *label, const char *first,
                                       const char *notes, int chapter,
                                       const char *fn)
{
    char text[2048];
    fixture f;

    snprintf(text, sizeof text,
             "1 Introduction\n\n"
             "1.We launched this inquiry in January 2022.\n\n"
             "2.Chief Constable Penhaligon said that the new conditions were "
             "\xE2\x80\x9Cused sparingly\xE2\x80\x9D.%s\n\n"
             "%s%s\n"
             "%d The police view\n\n"
             "3.Assistant Commissioner Qureshi-Bell told us that most "
             "protests had \xE2\x80\x9Cno conditions at all\xE2\x80\x9D.%s\n\n"
             "4.Leigh Day told us that orders had been \xE2\x80\x9C" "challenged "
             "in every case\xE2\x80\x9D.%d\n\n"
             "%s%s Q52\n\n%d Leigh Day (PPO0033)\n",
             first, label, notes, chapter, fn, atoi(fn) + 1, label, fn,
             atoi(fn) + 1);
    parse_str(&f, text);
    cr_assert_eq(f.st, EVX_OK);
    for (int k = 3; k <= 4; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d", k);
        evx_unit *p = get(&f, id);
        cr_expect_eq(p->chapter, chapter, "%s", text);
        cr_expect_str_eq(p->chapter_title, "The police view", "%s", text);
        snprintf(id, sizeof id, "HC1/p%d/q1", k);
        cr_expect_not_null(evx_units_find(&f.units, id), "%s: %s", id, text);
    }
    char id[32];
    snprintf(id, sizeof id, "HC1/fn%s", fn);
    cr_expect_str_eq(get(&f, id)->text, "Q52", "%s", text);
    cr_expect_str_eq(get(&f, id)->parent, "HC1/p3/q1", "%s", text);
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0, "%s", text);
    done(&f);
}

Test(webtext, a_chapter_heading_after_a_footnote_list_is_no_footnote)
{
    expect_chapter_after_notes("Footnotes\n\n", "1", "1 Q41\n", 2, "2");
    expect_chapter_after_notes("", "1", "1 Q41\n", 2, "2");
    expect_chapter_after_notes("Notes\n\n", "1", "1 Q41\n", 2, "2");
    /* a number the list has had: the next list gives it again */
    expect_chapter_after_notes("Footnotes\n\n", "1 Others agreed.2 So did "
                               "the Minister.3 And the Mayor.4",
                               "1 Q41\n\n2 Q42\n\n3 Q43\n\n4 Q44\n", 2, "5");
}

/* Pandoc's plain text of a web page (2026-12-04's eleventh pass): a table
 * drawn between rules under its caption, its source line after it; a list
 * numbered from 1 after a lead-in, in a paragraph whose markers already
 * cite footnotes 1 and 2; a section heading after a list's last item.
 * The table's opening rule had closed the box, its rows were placed
 * nowhere and its source line headed every later paragraph; the list's
 * items had been footnotes 1-3 and the footnotes themselves dropped as
 * listed twice; the heading had run into the paragraph of the list. */
Test(webtext, a_table_a_list_and_a_heading_after_a_list)
{
    fixture f;

    parse_str(&f, "1 Introduction\n\n"
                  "Background\n\n"
                  "1. Service users reported that oversight could be "
                  "simplified.\xC2\xB9 Councils spent \xC2\xA3" "310 million."
                  "\xC2\xB2 The National Audit Office identified three "
                  "priorities:\n\n"
                  "1. the evaluation remained under review;\n\n"
                  "2. the guidance had not been evaluated;\n\n"
                  "3. investment was fragmented across agencies.\n\n"
                  "Table 1: Spending by region\n\n"
                  "  ------------ ---------\n"
                  "  Region       2019\n"
                  "  North East   27.4\n"
                  "  ------------ ---------\n\n"
                  "Source: Department figures\n\n"
                  "2. Councils identified three risks:\n\n"
                  "(i) accountability was unclear;\n\n"
                  "(ii) funding had not been evaluated.\n\n"
                  "Long-term funding\n\n"
                  "3. Capacity was unlikely to meet its targets.\xC2\xB3\n\n"
                  "Footnotes\n\n"
                  "1 Community Transport Association (GBB0022)\n\n"
                  "2 Q75\n\n"
                  "3 Q80\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_str_eq(get(&f, "HC1/fn1")->text,
                     "Community Transport Association (GBB0022)");
    cr_expect_str_eq(get(&f, "HC1/fn2")->text, "Q75");
    cr_expect(ends_with(get(&f, "HC1/p1")->text,
                        "priorities: 1. the evaluation remained under review; "
                        "2. the guidance had not been evaluated; 3. "
                        "investment was fragmented across agencies."),
              "p1: %s", get(&f, "HC1/p1")->text);
    evx_unit *t = get(&f, "HC1/box/table-1-spending-by-region");
    cr_expect_str_eq(t->text, "Region 2019 North East 27.4 Source: Department "
                              "figures");
    cr_expect_str_eq(get(&f, "HC1/p2")->section, "Background");
    cr_expect(ends_with(get(&f, "HC1/p2")->text, "been evaluated."),
              "p2: %s", get(&f, "HC1/p2")->text);
    cr_expect_str_eq(get(&f, "HC1/p3")->section, "Long-term funding");
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}
