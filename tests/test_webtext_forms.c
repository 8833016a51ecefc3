/*
 * test_webtext_forms.c - the web-edition reader on the forms a web page
 * comes in: number styles, quotations without a colon, recommendations
 * and back matter, footnote lists (in the paragraphs' style, with gaps,
 * one a chapter page), hard-wrapped text with or without blank lines, a
 * conclusions page alone, back matter glued, skipped lines declared.
 */
#include <criterion/criterion.h>

#include "webutil.h"

/* ---- the same report part in each style web editions come in ----
 *
 * Every fixture holds chapter 2, section "Microbeads", paragraphs 12 to 14
 * (a marker, a block quotation after a lead-in) and footnotes 5 and 6; the
 * reader must make the same units from each. */

static void expect_same_units(const char *web)
{
    fixture f;
    evx_unit *p, *q;

    parse_str(&f, web);
    cr_assert_eq(f.st, EVX_OK);
    p = get(&f, "HC1/p12");
    cr_expect_eq(p->number, 12);
    cr_expect_eq(p->chapter, 2);
    cr_expect_str_eq(p->chapter_title, "Sources of microplastics");
    cr_expect_str_eq(p->section, "Microbeads");
    cr_expect_str_eq(p->text, "Microbeads are added to cosmetics. They reach "
                              "the sea through drains.");
    cr_assert_eq(p->n_footnotes, 1);
    cr_expect_eq(p->footnotes[0], 5);
    cr_expect_str_eq(get(&f, "HC1/p13")->text, "The Minister told us:");
    q = get(&f, "HC1/p13/q1");
    cr_expect_str_eq(q->text, "We will ban them by the end of 2017.");
    cr_expect_str_eq(q->lead_in, "The Minister told us:");
    cr_assert_eq(q->n_footnotes, 1);
    cr_expect_eq(q->footnotes[0], 6);
    cr_expect_str_eq(get(&f, "HC1/p14")->text, "We welcome the ban.");
    cr_expect_str_eq(get(&f, "HC1/fn5")->text,
                     "Q12 [Professor Tamara Galloway]");
    cr_expect_str_eq(get(&f, "HC1/fn5")->parent, "HC1/p12");
    cr_expect_str_eq(get(&f, "HC1/fn6")->text, "Q301 [George Eustice]");
    cr_expect_str_eq(get(&f, "HC1/fn6")->parent, "HC1/p13/q1");
    cr_expect_null(evx_units_find(&f.units, "HC1/p5"));
    cr_expect_null(evx_units_find(&f.units, "HC1/fn12"));
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

Test(webtext, style_glued_numbers)
{
    expect_same_units(
        "2Sources of microplastics\n\nMicrobeads\n\n"
        "12.Microbeads are added to cosmetics.5 They reach the sea through "
        "drains.\n\n13.The Minister told us:\n\n"
        "We will ban them by the end of 2017.6\n\n"
        "14.We welcome the ban.\n\n"
        "5 Q12 [Professor Tamara Galloway]\n\n6 Q301 [George Eustice]\n");
}

Test(webtext, style_dot_space_and_brackets)
{
    expect_same_units(
        "2. Sources of microplastics\n\nMicrobeads\n\n"
        "12. Microbeads are added to cosmetics.[5] They reach the sea "
        "through drains.\n\n13. The Minister told us:\n\n"
        "We will ban them by the end of 2017.[6]\n\n"
        "14. We welcome the ban.\n\nFootnotes\n\n"
        "[5] Q12 [Professor Tamara Galloway]\n\n[6] Q301 [George Eustice]\n");
}

Test(webtext, style_number_then_text)
{
    /* "12 Microbeads" paragraphs and "5. Q12" footnotes: the same shapes
     * serve both; the sequences decide */
    expect_same_units(
        "Chapter 2: Sources of microplastics\n\nMicrobeads\n\n"
        "12 Microbeads are added to cosmetics [5]. They reach the sea "
        "through drains.\n\n13 The Minister told us:\n\n"
        "We will ban them by the end of 2017 [6].\n\n"
        "14 We welcome the ban.\n\n"
        "5. Q12 [Professor Tamara Galloway]\n\n6. Q301 [George Eustice]\n");
}

Test(webtext, style_number_alone_and_glued_footnotes)
{
    expect_same_units(
        "2 Sources of microplastics\n\nMicrobeads\n\n12\n\n"
        "Microbeads are added to cosmetics.5 They reach the sea through "
        "drains.\n\n13\n\nThe Minister told us:\n\n"
        "We will ban them by the end of 2017.6\n\n14\n\nWe welcome the ban."
        "\n\n5Q12 [Professor Tamara Galloway]\n\n6Q301 [George Eustice]\n");
}

/* "12." alone, its text on the next line, as a browser copies a number
 * set apart from its paragraph: every paragraph had been lost (a whole
 * chapter read as 25 footnotes and nothing else). */
Test(webtext, style_number_and_dot_alone)
{
    expect_same_units(
        "2 Sources of microplastics\n\nMicrobeads\n\n12.\n\n"
        "Microbeads are added to cosmetics.5 They reach the sea through "
        "drains.\n\n13.\nThe Minister told us:\n\n"
        "We will ban them by the end of 2017.6\n\n14.\n\nWe welcome the ban."
        "\n\n5 Q12 [Professor Tamara Galloway]\n\n6 Q301 [George Eustice]\n");
}

/* "Contents" as a navigation link above the page title and the page's
 * own chapter heading: the heading is the page's, not a contents entry
 * (every unit had had chapter 0 and no chapter title). */
Test(webtext, a_contents_link_above_the_page_title)
{
    fixture f;

    parse_str(&f, "Contents\n\nSome report title Contents\n\n"
                  "2Sources of microplastics\n\n"
                  "12.Microbeads are added to cosmetics and toiletries in their "
                  "millions, and they reach the sea through the drains of every "
                  "town in the country.5\n\n"
                  "13.We welcome the Government's ban on them in rinse-off "
                  "products, and we ask it to go further and faster.\n\n"
                  "5 Q12 [Professor Tamara Galloway]\n");
    cr_assert_eq(f.st, EVX_OK);
    evx_unit *p = get(&f, "HC1/p12");
    cr_expect_eq(p->chapter, 2);
    cr_expect_str_eq(p->chapter_title, "Sources of microplastics");
    cr_expect_eq(get(&f, "HC1/p13")->chapter, 2);
    done(&f);
}

Test(webtext, style_back_links)
{
    /* footnotes as a browser copies a list of links back to the text */
    expect_same_units(
        "2Sources of microplastics\n\nMicrobeads\n\n"
        "12.Microbeads are added to cosmetics.5 They reach the sea through "
        "drains.\n\n13.The Minister told us:\n\n"
        "We will ban them by the end of 2017.6\n\n"
        "14.We welcome the ban.\n\nFootnotes\n\n"
        "Back to footnote 5\n\nQ12 [Professor Tamara Galloway]\n\n"
        "6 Q301 [George Eustice] Back to footnote 6\n\n"
        "Published: 24 August 2016\n");
}

Test(webtext, style_quotation_wrapped_and_indented)
{
    expect_same_units(
        "2Sources of microplastics\n\nMicrobeads\n\n"
        "12.Microbeads are added to cosmetics.5 They reach the sea through "
        "drains.\n\n13.The Minister told us:\n\n"
        "“We will ban them by the end of 2017.”6\n\n"
        "14.We welcome the ban.\n\n"
        "5 Q12 [Professor Tamara Galloway]\n\n6 Q301 [George Eustice]\n");
    expect_same_units(
        "2Sources of microplastics\n\nMicrobeads\n\n"
        "12.Microbeads are added to cosmetics.5 They reach the sea through "
        "drains.\n\n13.The Minister told us:\n\n"
        "    We will ban them by the end of 2017.6\n\n"
        "14.We welcome the ban.\n\n"
        "5 Q12 [Professor Tamara Galloway]\n\n6 Q301 [George Eustice]\n");
}

Test(webtext, quotation_without_colon)
{
    fixture f;
    evx_unit *q;

    parse_str(&f, "1.The Minister set out his plans. He said\n\n"
                  "    We will act within the year.1\n\n"
                  "The campaigners were less sure, and told us so in their written "
                  "evidence to the inquiry.\n\n"
                  "2.A third view was put to us.\n\n"
                  "“Voluntary action has not worked.”2\n\n"
                  "1 Q301\n\n2 Q80\n");
    cr_assert_eq(f.st, EVX_OK);
    q = get(&f, "HC1/p1/q1");
    cr_expect_str_eq(q->text, "We will act within the year.");
    cr_expect_str_eq(q->lead_in, "He said");
    cr_expect_eq(q->sources[0].col, 5);
    /* back at the margin: the paragraph goes on */
    cr_expect(ends_with(get(&f, "HC1/p1")->text,
                        "He said The campaigners were less sure, and told "
                        "us so in their written evidence to the inquiry."));
    q = get(&f, "HC1/p2/q1");
    cr_expect_str_eq(q->text, "Voluntary action has not worked.");
    cr_expect_str_eq(q->lead_in, "A third view was put to us.");
    cr_expect_str_eq(get(&f, "HC1/fn2")->parent, "HC1/p2/q1");
    done(&f);
}

/* The form of a 2012 web edition (Liaison Committee, HC 697): block
 * quotations unindented after a lead-in that ends "found that" with no
 * colon, a bulleted list inside a paragraph, and the paragraph's closing
 * sentence a block of its own after the list. */
Test(webtext, lead_in_without_colon_bullets_and_a_closing_sentence)
{
    fixture f;
    evx_unit *q;

    parse_str(&f,
              "4  Increasing committee impact\n\nThe impact of committees\n\n"
              "61. The Unit reviewed seven committees.[75] They found that:\n\n"
              "They are largely taken seriously in Whitehall.\n\n"
              "The UCL study also found that\n\n"
              "some committees can have significant influence outside "
              "government.[76]\n\n"
              "62. However, the research found room for improvement, "
              "mentioning in particular:\n\n"
              "  \xE2\x80\xA2 committees' failure to follow up their "
              "recommendations;\n"
              "  \xE2\x80\xA2 poor attendance by some committee members\n"
              "  \xE2\x80\xA2 committees' relations with the media: \"media "
              "attention may benefit committees' status\".[77]\n\n"
              "These criticisms were echoed in evidence to this inquiry.\n\n"
              "63. We note the concerns.\n\n"
              "75 Treasury, Home Affairs, Health\n\n76 Ibid\n\n77 Ibid\n");
    cr_assert_eq(f.st, EVX_OK);
    /* no line is left unplaced, and neither line is a section heading */
    cr_expect_eq(count_diag(f.diag, EVX_DIAG_WARNING, "could not place", 0), 0);
    cr_expect_str_eq(get(&f, "HC1/p62")->section, "The impact of committees");
    cr_expect_str_eq(get(&f, "HC1/p63")->section, "The impact of committees");
    q = get(&f, "HC1/p61/q2");
    cr_expect_str_eq(q->lead_in, "The UCL study also found that");
    cr_expect_str_eq(q->text, "some committees can have significant influence "
                              "outside government.");
    /* the first quotation ends where the committee's own words start */
    cr_expect_str_eq(get(&f, "HC1/p61/q1")->text,
                     "They are largely taken seriously in Whitehall.");
    /* the bullets are the paragraph's list, its last sentence its text */
    cr_expect(ends_with(get(&f, "HC1/p62")->text,
                        "These criticisms were echoed in evidence to this "
                        "inquiry."));
    q = get(&f, "HC1/p62/q1");
    cr_expect_str_eq(q->lead_in, "committees\xE2\x80\x99 relations with the media:");
    cr_expect_eq(evx_units_find(&f.units, "HC1/p62/q2"), NULL);
    done(&f);
}

/* A 1999 web edition (Procedure Committee, HC 295): a list labelled
 * "(i)", "(ii)", "(iii)", indented, a footnote marker before an item's
 * "and", the paragraph's sentence going on after it, and an upper-case
 * section heading.  The last item had been a quotation. */
Test(webtext, labelled_list_items_stay_in_their_paragraph)
{
    fixture f;

    parse_str(&f,
              "The Estimates and other Documents\n\n"
              "23. Even now, it is nonsensical.[24] As a result, there will "
              "now be three documents relating to each department:\n\n"
              "      (i)  the Estimates proper, in summary form;\n\n"
              "      (ii)  a departmental plan, to be laid at the same time;[25] "
              "and\n\n"
              "      (iii)  a departmental report on the previous year.[26]\n\n"
              "It will be still more bizarre to ignore them.\n\n"
              "THE DEPUTY SPEAKERS\n\n"
              "24. We believe that the election matters.\n\n"
              "24 HC 22\n\n25 Ev 12\n\n26 Ev 14\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_eq(evx_units_find(&f.units, "HC1/p23/q1"), NULL);
    cr_expect(ends_with(get(&f, "HC1/p23")->text,
                        "(iii) a departmental report on the previous year. It "
                        "will be still more bizarre to ignore them."),
              "%s", get(&f, "HC1/p23")->text);
    cr_expect_str_eq(get(&f, "HC1/p24")->section, "THE DEPUTY SPEAKERS");
    cr_expect_str_eq(get(&f, "HC1/fn26")->parent, "HC1/p23");
    done(&f);
}

/* A 2009 web edition (Procedure Committee, HC 859) quotes with single
 * marks, straight as copied, and heads a section with a quoted word:
 * the quotations are found (there had been none), the heading read. */
Test(webtext, a_report_that_quotes_with_single_marks)
{
    fixture f;

    parse_str(&f,
              "3  Tabling Questions\n\n'TRIVIAL' OR 'FRIVOLOUS' QUESTIONS\n\n"
              "12.  Erskine May states that questions 'must not be trivial, "
              "vague or meaningless'.[21] David Laws MP noted that using "
              "questions 'in an utterly frivolous way would run the risk of "
              "bringing the system into disrepute'.[22]\n\n"
              "13.  Jack Straw MP told us that many questions were 'without "
              "serious value'[23] and that members' staff tabled them.\n\n"
              "21 Erskine May, p 352\n\n22 Q 12\n\n23 Ev 45\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_eq(count_diag(f.diag, EVX_DIAG_WARNING, "could not place", 0), 0);
    cr_expect_str_eq(get(&f, "HC1/p12")->section,
                     "\xE2\x80\x98TRIVIAL\xE2\x80\x99 OR \xE2\x80\x98"
                     "FRIVOLOUS\xE2\x80\x99 QUESTIONS");
    cr_expect_str_eq(get(&f, "HC1/p12/q1")->text,
                     "must not be trivial, vague or meaningless");
    cr_expect_str_eq(get(&f, "HC1/p12/q2")->lead_in,
                     "David Laws MP noted that using questions");
    cr_expect_str_eq(get(&f, "HC1/p13/q1")->text, "without serious value");
    cr_expect_eq(get(&f, "HC1/p13/q1")->footnotes[0], 23);
    cr_expect_eq(evx_units_find(&f.units, "HC1/p13/q2"), NULL);
    done(&f);
}

/* A 2012 web edition copied hard-wrapped with no blank lines (HC 697's
 * introduction): a paragraph whose first lines read like a chapter's
 * number and title ("2. The 2009 Wright Committee acknowledged the
 * importance" / "of select committees ... placed on" / "Members' time:")
 * is a paragraph (it had been chapter 2, and its lines lost); a colon a
 * wrap left at a line's end before lower case leads in to nothing. */
Test(webtext, a_hard_wrapped_paragraph_that_reads_like_a_chapter_heading)
{
    fixture f;

    parse_str(&f,
              "1 Introduction\n"
              "1. Committees have been strengthened by reforms agreed in\n"
              "2010 following the report of the committee chaired by Tony Wright[1]:\n"
              "direct election of most chairs by the whole House of Commons,\n"
              "and open elections of committee members.\n"
              "2. The 2009 Wright Committee acknowledged the importance\n"
              "of select committees but also noted the demands they placed on\n"
              "Members' time:\n"
              "Select committees have rightly won respect for the\n"
              "work they do.[2]\n"
              "In its response, our predecessor undertook to consider it.\n"
              "3. This report considers them.\n"
              "1 HC 1117\n2 Ibid, para 52\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_eq(count_diag(f.diag, EVX_DIAG_WARNING, "could not place", 0), 0);
    cr_expect(ends_with(get(&f, "HC1/p1")->text, "and open elections of "
                                                 "committee members."));
    cr_expect_eq(evx_units_find(&f.units, "HC1/p1/q1"), NULL);
    cr_expect_eq(get(&f, "HC1/p2")->chapter, 1);
    cr_expect_str_eq(get(&f, "HC1/p2/q1")->text,
                     "Select committees have rightly won respect for the "
                     "work they do.");
    cr_expect(ends_with(get(&f, "HC1/p2")->text,
                        "our predecessor undertook to consider it."));
    done(&f);
}

/* The foot of a publications.parliament.uk page before 2017 (HC 954,
 * 2015): navigation, copyright and the date the page was made had run
 * into the lettered list that ends the last paragraph. */
Test(webtext, an_old_pages_foot_is_furniture)
{
    fixture f;

    parse_str(&f, "10  Conclusions\n\n115. Our principal conclusions are:\n\n"
                  "a)  The Wright reforms have worked and should be retained\n\n"
                  "b)  Public engagement has been achieved on a large scale\n\n"
                  "previous page contents next page\n\n"
                  "\xC2\xA9 Parliamentary copyright 2015\nPrepared 24 March 2015\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect(ends_with(get(&f, "HC1/p115")->text,
                        "b) Public engagement has been achieved on a large "
                        "scale"),
              "%s", get(&f, "HC1/p115")->text);
    done(&f);
}

Test(webtext, contents_recommendations_and_back_matter)
{
    fixture f;
    evx_unit *u;

    parse_str(&f,
              "Contents\n\n1 Introduction 5\n\nOur inquiry 5\n\n"
              "Conclusions and recommendations 9\n\nFormal minutes 10\n\n"
              "Witnesses 11\n\nPublished written evidence 12\n\n"
              "1 Introduction\n\nOur inquiry\n\n"
              "1. This inquiry looked at microplastics in the sea.1\n\n"
              "2. We took evidence from scientists, industry and the "
              "Government.\n\n"
              "Conclusions and recommendations\n\n"
              "1. The Government should ban microbeads. (Paragraph 1)\n\n"
              "2. The Government should fund research\n\n"
              "into tyre wear. (Paragraph 2)\n\n"
              "Formal minutes\n\nWednesday 17 August 2016\n\n"
              "Members present:\n\nMary Creagh, in the Chair\n\n"
              "Witnesses\n\nThe following witnesses gave evidence.\n\n"
              "Monday 9 May 2016\n\n"
              "Professor Tamara Galloway, Professor of Ecotoxicology, "
              "University of Exeter Q1–64\n\n"
              "Tuesday 24 May 2016\n\n"
              "Dr Laura Foster, Head of Pollution, Marine Conservation "
              "Society Q65–164\n\n"
              "Published written evidence\n\n"
              "1 5 Gyres Institute (EIM0017)\n\n2 Anglian Water (EIM0046)\n\n"
              "Footnotes\n\n1 Q12 [Professor Tamara Galloway]\n");
    cr_assert_eq(f.st, EVX_OK);
    u = get(&f, "HC1/p1");
    cr_expect_eq(u->chapter, 1);
    cr_expect_str_eq(u->chapter_title, "Introduction");
    cr_expect_str_eq(u->section, "Our inquiry");
    cr_expect_eq(u->sources[0].line, 19);
    cr_expect_str_eq(get(&f, "HC1/fn1")->parent, "HC1/p1");
    cr_expect_null(evx_units_find(&f.units, "HC1/p3"));
    u = get(&f, "HC1/r1");
    cr_expect_eq(u->type, EVX_UNIT_RECOMMENDATION);
    cr_expect_str_eq(u->text, "The Government should ban microbeads.");
    cr_expect_eq(u->para, 1);
    cr_expect_str_eq(u->parent, "HC1/p1");
    u = get(&f, "HC1/r2");
    cr_expect_str_eq(u->text,
                     "The Government should fund research into tyre wear.");
    cr_expect_eq(u->para, 2);
    cr_expect_eq(u->sources[0].end_line, 29);
    u = get(&f, "HC1/witness/2");
    cr_expect_str_eq(u->date, "24 May 2016");
    cr_expect_eq(u->q_first, 65);
    cr_expect_eq(u->q_last, 164);
    cr_assert_eq(u->n_people, 1);
    cr_expect_str_eq(u->people[0].name, "Dr Laura Foster");
    cr_expect_null(evx_units_find(&f.units, "HC1/witness/3"));
    u = get(&f, "HC1/evidence/EIM0046");
    cr_expect_eq(u->number, 2);
    cr_expect_str_eq(u->title, "Anglian Water");
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

Test(webtext, recommendations_section_inside_a_chapter)
{
    fixture f;

    /* numbering goes on after the heading: paragraphs, not a list */
    parse_str(&f, "9Oversight\n\n40.First point.\n\n"
                  "Conclusions and recommendations\n\n41.We recommend a "
                  "review.\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_str_eq(get(&f, "HC1/p41")->section,
                     "Conclusions and recommendations");
    cr_expect_null(evx_units_find(&f.units, "HC1/r1"));
    done(&f);
}

Test(webtext, paragraphs_then_footnotes_in_the_same_style)
{
    fixture f;

    /* "N text" for both: footnote 3 comes after paragraph 2 but is cited
     * and the list runs to the end, so it starts the footnotes */
    parse_str(&f, "1 Costs rose.3 The plan was late.\n\n"
                  "2 We were told:\n\nIt will be fixed.4\n\n"
                  "3 Q10 [A Witness]\n\n4 Q11 [Another Witness]\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_null(evx_units_find(&f.units, "HC1/p3"));
    cr_expect_str_eq(get(&f, "HC1/fn3")->parent, "HC1/p1");
    cr_expect_str_eq(get(&f, "HC1/fn4")->parent, "HC1/p2/q1");
    cr_expect_str_eq(get(&f, "HC1/p1")->text,
                     "Costs rose. The plan was late.");
    done(&f);
}

/* Footnote lists with a gap (a copy that lost a line: "3", then "6",
 * "7") go on past it, and a paragraph that ends after a closing quote and
 * a marker whose body is missing ("the case.”9") still ends its sentence,
 * so the heading after it is one. */
Test(webtext, a_footnote_list_with_a_gap_and_a_marker_without_a_body)
{
    fixture f;

    parse_str(&f, "Some report title Contents\n\n2Second chapter\n\n"
                  "1.Costs rose.1 The plan was late.2\n\n"
                  "2.We heard it was \xE2\x80\x9Cnot the case.\xE2\x80\x9D" "9\n\n"
                  "A second heading\n\n"
                  "3.Delays grew.3 Staff left.6 Wards closed.7\n\n"
                  "1 Q10 [A Witness]\n\n2 Q11 [Another Witness]\n\n"
                  "3 Q12\n\n6 Q15\n\n7 Q16\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_str_eq(get(&f, "HC1/p3")->section, "A second heading");
    cr_expect_str_eq(get(&f, "HC1/p2")->text,
                     "We heard it was \xE2\x80\x9Cnot the case.\xE2\x80\x9D" "9");
    cr_expect_str_eq(get(&f, "HC1/fn6")->text, "Q15");
    cr_expect_str_eq(get(&f, "HC1/fn7")->parent, "HC1/p3");
    cr_expect_eq(count_diag(f.diag, EVX_DIAG_WARNING, "could not place", 0), 0);
    done(&f);
}

/* A whole report's chapter pages in one file, each with its footnote
 * list at its end.  A body that starts with a name that starts with a
 * number ("3 5 Gyres Institute (EIM0017)") is a footnote, not a line of
 * the last paragraph, and so is a list whose first notes this copy lost
 * (chapter 3's starts at 6, after 4). */
Test(webtext, chapter_pages_with_their_footnote_lists)
{
    fixture f;

    parse_str(&f, "Some report title Contents\n\n1First chapter\n\n"
                  "1.Costs rose.1 The plan was late.2\n\n"
                  "1 Q10 [A Witness]\n\n2 Q11\n\n"
                  "Some report title Contents\n\n2Second chapter\n\n"
                  "2.Beads were found.3 Fibres too.4\n\n"
                  "3 5 Gyres Institute (EIM0017)\n\n4 As above\n\n"
                  "Some report title Contents\n\n3Third chapter\n\n"
                  "3.Filters help.5 Bans work.6 Costs fall.7\n\n"
                  "6 Q15\n\n7 Q16\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_str_eq(get(&f, "HC1/p2")->text, "Beads were found. Fibres too.");
    cr_expect_str_eq(get(&f, "HC1/fn3")->text, "5 Gyres Institute (EIM0017)");
    cr_expect_str_eq(get(&f, "HC1/fn4")->parent, "HC1/p2");
    cr_expect_str_eq(get(&f, "HC1/fn6")->text, "Q15");
    cr_expect_str_eq(get(&f, "HC1/p3")->text, "Filters help. Bans work. Costs fall.");
    cr_expect_eq(get(&f, "HC1/p3")->chapter, 3);
    cr_expect_eq(count_diag(f.diag, EVX_DIAG_WARNING, "could not place", 0), 0);
    done(&f);
}

/* A web edition saved hard-wrapped, with no blank lines between its
 * blocks (as an old page's source lines give it): a line that goes on from
 * a broken sentence, or whose sentence goes on below, is no heading; a
 * bare "and" at a line end is a wrap, not a list item; a footnote goes on
 * over the lines below it. */
Test(webtext, hard_wrapped_without_blank_lines)
{
    fixture f;

    parse_str(&f,
              "4. Ways of working\n"
              "20. Committees have tried new ways of taking evidence and\n"
              "of reaching the public. Three bodies were merged:\n"
              "- the Alpha Board;\n"
              "- the Beta Panel, and\n"
              "- the Gamma Office.\n"
              "Their duties passed to a single body, which the\n"
              "Minister described in a letter to the Committee.[7]\n"
              "Changes to the remit\n"
              "21. The remit changed after a transfer of work from the\n"
              "Treasury to the Cabinet Office in May 2019.\n"
              "22. The Clerk said that \"the change went well\".[8]\n"
              "[7] Letter from the Minister, 3 June 2019, published on\n"
              "the Committee's website\n"
              "[8] Q12\n");
    cr_assert_eq(f.st, EVX_OK);
    const evx_unit *p20 = get(&f, "HC1/p20"), *p21 = get(&f, "HC1/p21");
    cr_expect(ends_with(p20->text, "in a letter to the Committee."), "%s",
              p20->text);
    cr_expect_eq(p20->n_footnotes, 1);
    cr_expect_null(p20->section);
    cr_expect_str_eq(p21->section, "Changes to the remit");
    cr_expect(ends_with(p21->text, "Cabinet Office in May 2019."), "%s",
              p21->text);
    cr_expect_str_eq(get(&f, "HC1/p22")->section, "Changes to the remit");
    cr_expect_str_eq(get(&f, "HC1/fn7")->text,
                     "Letter from the Minister, 3 June 2019, published on "
                     "the Committee’s website");
    cr_expect_str_eq(get(&f, "HC1/fn8")->text, "Q12");
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

/* Wrapped in blocks (Pandoc's way): a heading too long for one line goes
 * over two, and a block quotation after its lead-in over several. */
Test(webtext, hard_wrapped_blocks_with_a_long_heading)
{
    fixture f;

    parse_str(&f,
              "3 Oversight\n\n"
              "Support for the areas that are furthest behind the\n"
              "others\n\n"
              "30.One witness argued the case for\n"
              "more help for the areas that are behind:\n\n"
              "“If all of the effort goes into the ones at the\n"
              "leading edge, we are creating an even greater gap\n"
              "between them.”4\n\n"
              "31.We agree.\n\n"
              "4 Q99 [A Witness]\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_str_eq(get(&f, "HC1/p30")->section,
                     "Support for the areas that are furthest behind the "
                     "others");
    cr_expect(ends_with(get(&f, "HC1/p30")->text, "areas that are behind:"),
              "%s", get(&f, "HC1/p30")->text);
    const evx_unit *q = get(&f, "HC1/p30/q1");
    cr_expect_str_eq(q->text, "If all of the effort goes into the ones at the "
                              "leading edge, we are creating an even greater "
                              "gap between them.");
    cr_expect_str_eq(get(&f, "HC1/p31")->text, "We agree.");
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

/* A web edition's conclusions page saved alone: no paragraphs before the
 * list, so its items' "(Paragraph N)" references say they are
 * recommendations; one lost in extraction leaves a gap, not the rest
 * unread. */
Test(webtext, a_conclusions_page_alone)
{
    fixture f;

    parse_str(&f,
              "Conclusions and recommendations\n\n"
              "1.  We recommend that the rules be changed this year. "
              "(Paragraph 11)\n\n"
              "2.  Departments are engaging positively with committees. "
              "(Paragraph 16)\n\n"
              "4.  We recommend that the order be amended to read:\n\n"
              "All committees shall have power:\n\n"
              "(a) to share their reports in advance; or\n\n"
              "(b) to warn those they intend to criticise. (Paragraph 47)\n\n"
              "5.  The Scrutiny Unit has helped committees. (Paragraph 64)\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_eq(get(&f, "HC1/r1")->para, 11);
    cr_expect_eq(get(&f, "HC1/r2")->para, 16);
    cr_expect_null(evx_units_find(&f.units, "HC1/r3"));
    const evx_unit *r4 = get(&f, "HC1/r4");
    cr_expect_eq(r4->para, 47);
    cr_expect(ends_with(r4->text, "to warn those they intend to criticise."),
              "%s", r4->text);
    cr_expect_eq(get(&f, "HC1/r5")->para, 64);
    cr_expect_null(evx_units_find(&f.units, "HC1/p1"));
    cr_expect_eq(count_diag(f.diag, EVX_DIAG_WARNING, "could not place", 1), 0);
    done(&f);
}

/* A web page's back matter as its copy glues it: the question range onto
 * the last organisation, the entry number and code onto the title;
 * witnesses parted by "; and", post-nominals kept with the name. */
Test(webtext, back_matter_glued_as_a_page_copy_leaves_it)
{
    fixture f;

    parse_str(&f,
              "2 Findings\n\n"
              "5.We heard from several witnesses.\n\n"
              "Witnesses\n\n"
              "Tuesday 26 June 2018\n\n"
              "Jane Roe, former Permanent Secretary, Department of Health, and "
              "Sir John Doe KCB, Comptroller, National Audit OfficeQ1–39\n\n"
              "Wednesday 4 July 2018\n\n"
              "Rt Hon Ann Smith MP, Leader of the House; and Mary Major MP, "
              "Chair, Public Accounts CommitteeQ40-82\n\n"
              "Published written evidence\n\n"
              "1Hansard SocietyESC0001\n\n"
              "2 Institute for Government ESC0002\n\n"
              "3 Dr Hannah Black (ESC0003)\n");
    cr_assert_eq(f.st, EVX_OK);
    const evx_unit *w1 = get(&f, "HC1/witness/1"), *w2 = get(&f, "HC1/witness/2");
    cr_expect_eq(w1->q_first, 1);
    cr_expect_eq(w1->q_last, 39);
    cr_assert_eq(w1->n_people, 2);
    cr_expect_str_eq(w1->people[1].name, "Sir John Doe KCB");
    cr_expect_str_eq(w1->people[1].org, "National Audit Office");
    cr_expect_eq(w2->q_first, 40);
    cr_expect_eq(w2->q_last, 82);
    cr_assert_eq(w2->n_people, 2);
    cr_expect_str_eq(w2->people[1].name, "Mary Major MP");
    cr_expect_str_eq(w2->people[1].role, "Chair");
    cr_expect_str_eq(get(&f, "HC1/evidence/ESC0001")->text, "Hansard Society");
    cr_expect_str_eq(get(&f, "HC1/evidence/ESC0002")->text,
                     "Institute for Government");
    cr_expect_str_eq(get(&f, "HC1/evidence/ESC0003")->text, "Dr Hannah Black");
    cr_expect_eq(count_diag(f.diag, EVX_DIAG_WARNING, "question range", 1), 0);
    done(&f);
}

/* The lines the web reader skips on purpose (page title, contents, part
 * headings, navigation, parts not indexed) are declared to the coverage
 * as furniture, so the coverage report tells them from text lost. */
Test(webtext, declares_skipped_lines_as_furniture)
{
    static const char text[] =
        "Some report title Contents\n"                          /* 1 */
        "\n"
        "Contents\n\n1 Introduction 5\n\nFormal minutes 10\n"    /* 3-7 */
        "\n"
        "1 Introduction\n"                                      /* 9 */
        "\n"
        "1. This inquiry looked at microplastics in the sea.\n" /* 11 */
        "\n"
        "Formal minutes\n"                                      /* 13 */
        "\n"
        "Wednesday 17 August 2016\n"                            /* 15 */
        "\n"
        "Previous | Next\n";                                    /* 17 */
    evx_diag *d = NULL;
    evx_text *t = NULL;
    evx_coverage *cov = NULL;
    evx_units u = EVX_UNITS_INIT;
    evx_coverage_result r;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_text_from_memory(&t, "corpus/web.txt", text,
                                      sizeof text - 1, d),
                 EVX_OK);
    cr_assert_eq(evx_coverage_new(&cov, t), EVX_OK);
    evx_read_opts o = {"HC 1", d, cov};
    cr_assert_eq(evx_webtext_read(&u, t, &o), EVX_OK);
    cr_expect_str_eq(evx_coverage_furniture_why(cov, 1), "page title");
    for (long l = 3; l <= 7; l += 2)
        cr_expect_not_null(evx_coverage_furniture_why(cov, l), "line %ld", l);
    cr_expect_not_null(evx_coverage_furniture_why(cov, 13));
    cr_expect_not_null(evx_coverage_furniture_why(cov, 15));
    cr_expect_not_null(evx_coverage_furniture_why(cov, 17));
    /* what the reader placed is not furniture */
    cr_expect_null(evx_coverage_furniture_why(cov, 9));
    cr_expect_null(evx_coverage_furniture_why(cov, 11));
    cr_assert_eq(evx_coverage_measure(&r, cov, &u), EVX_OK);
    cr_expect_gt(r.furniture, 0);
    cr_expect_eq(r.n_stretches, 0, "unplaced: %s",
                 r.n_stretches ? r.stretches[0].first_words : "");
    cr_expect_eq(r.placed + r.furniture, r.words);
    /* without a coverage, the same units */
    evx_units again = EVX_UNITS_INIT;
    cr_assert_eq(evx_webtext_parse(&again, t, "HC 1", d), EVX_OK);
    cr_expect_eq(again.len, u.len);
    evx_units_free(&again);
    evx_units_free(&u);
    evx_coverage_free(cov);
    evx_text_free(t);
    evx_diag_free(d);
}

/* An older report's back matter: panels end at the page of the printed
 * evidence ("Ev 1") instead of a question range, and the list is headed
 * "List of written evidence", its entries ending "Ev 45" or "Ev w12". */
Test(webtext, older_reports_back_matter_with_evidence_pages)
{
    fixture f;

    parse_str(&f,
              "1 Introduction\n\n"
              "1.We took evidence from many witnesses over three sessions.\n\n"
              "Witnesses\n\n"
              "Tuesday 12 January 2010\n\n"
              "Mr John Smith, Director, Widget Agency, and Dr Jane Brown, "
              "Chief Executive, Widget Trust Ev 1\n\n"
              "List of written evidence\n\n"
              "1 Local Government Association Ev 45\n\n"
              "2 Widget Makers Federation Ev w12-w14\n");
    cr_assert_eq(f.st, EVX_OK);
    const evx_unit *w = get(&f, "HC1/witness/1");
    cr_expect_str_eq(w->code, "Ev 1");
    cr_assert_eq(w->n_people, 2);
    cr_expect_str_eq(w->people[1].org, "Widget Trust");
    const evx_unit *e1 = get(&f, "HC1/evidence/Ev45");
    cr_expect_str_eq(e1->text, "Local Government Association");
    cr_expect_str_eq(e1->code, "Ev 45");
    cr_expect_str_eq(get(&f, "HC1/evidence/Evw12-w14")->text,
                     "Widget Makers Federation");
    cr_expect_eq(count_diag(f.diag, EVX_DIAG_WARNING, "question range", 1), 0);
    done(&f);
}

/* A line shaped like a chapter heading that ends the text, no line after
 * it (fuzz_report: the check of the line after a heading read past the
 * text's end, caught by UBSan). */
Test(webtext, a_heading_shaped_last_line)
{
    fixture f;

    parse_str(&f, "deliver patients staying in hospital boundaries, it does "
                  "need\n17. We are very grateful to all those who gave "
                  "evidence to us, so");
    /* too little to be a report (EVX_PARSE), and read without harm */
    cr_expect(f.st == EVX_OK || f.st == EVX_PARSE, "status %d", (int)f.st);
    done(&f);
}

/* A paragraph whose number is also the next chapter's, and whose text is
 * a lead-in and a quoted sentence ("2. She said: “The money is simply not
 * there.”"), had been read as chapter 2 and its title, the paragraph lost
 * and the rest of the chapter numbered 2: a title ends in no stop, inside
 * a closing mark or not, and reads as no sentence. */
Test(webtext, a_paragraph_numbered_as_the_next_chapter_would_be)
{
    const char *const forms[] = {"\xE2\x80\x9C" "The money is simply not "
                                 "there.\xE2\x80\x9D",
                                 "\"The money is simply not there.\""};
    for (size_t k = 0; k < 2; k++) {
        fixture f;
        char text[512];
        snprintf(text, sizeof text,
                 "1 Introduction\n\n1. This is the first paragraph.\n\n"
                 "2. She said: %s\n\n3. This is the third paragraph.\n",
                 forms[k]);
        parse_str(&f, text);
        cr_assert_eq(f.st, EVX_OK);
        evx_unit *p = get(&f, "HC1/p2");
        cr_expect_eq(p->chapter, 1);
        cr_expect_eq(get(&f, "HC1/p3")->chapter, 1);
        cr_expect_str_eq(get(&f, "HC1/p2/q1")->text,
                         "The money is simply not there.");
        done(&f);
    }
}

/* A marker in the text whose footnote list this copy lost: the numbered
 * paragraphs before it are no footnote list (paragraphs 1 to 5 with "[1]"
 * in the fourth had all been read as footnotes, the report's text lost). */
Test(webtext, paragraphs_before_a_marker_are_no_footnote_list)
{
    fixture f;

    parse_str(&f, "1 Introduction\n\n1. The first paragraph.\n\n"
                  "2. The second paragraph.\n\n3. The third paragraph.\n\n"
                  "4. The fourth paragraph.[1]\n\n5. The fifth paragraph.\n");
    cr_assert_eq(f.st, EVX_OK);
    for (int k = 1; k <= 5; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d", k);
        cr_expect_eq(get(&f, id)->type, EVX_UNIT_PARAGRAPH, "%s", id);
    }
    cr_expect_null(evx_units_find(&f.units, "HC1/fn1"));
    done(&f);
}

/* A copy that lost its footnote list, whose markers ran ahead of its
 * paragraph numbers: paragraphs 4 to 6 run to the end with nothing
 * between them and their numbers were cited before, the shape of a
 * footnote list; but each goes on with the text's markers ("[7]" after
 * "[6]"), which no footnote's body does.  They had all been read as
 * footnotes 4 to 6. */
Test(webtext, paragraphs_that_go_on_citing_are_no_footnote_list)
{
    fixture f;

    parse_str(&f,
              "1 Introduction\n\n"
              "1. The Committee took evidence from many bodies over the "
              "year.[1] Most of them wrote to us more than once.[2]\n\n"
              "2. The councils told us that they were ready to take on the "
              "work.[3] The trusts were less sure of that.[4]\n\n"
              "3. The Government said that the money would follow the "
              "patient.[5] It gave no figure for the cost.[6]\n\n"
              "4. The regulator told us that it had not been asked about "
              "the plan.[7]\n\n"
              "5. The unions said that staff had not been consulted at any "
              "stage.[8]\n\n"
              "6. We are not persuaded that the plan can be delivered on "
              "this timetable.[9]\n");
    cr_assert_eq(f.st, EVX_OK);
    for (int k = 1; k <= 6; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d", k);
        const evx_unit *u = evx_units_find(&f.units, id);
        cr_expect(u && u->type == EVX_UNIT_PARAGRAPH, "%s", id);
    }
    cr_expect_null(evx_units_find(&f.units, "HC1/fn4"));
    done(&f);
}

/* A paragraph that opens with a figure ("4. 2020 was …", "6. 1,200
 * complaints …") is numbered: it had run into the paragraph before,
 * reported missing. */
Test(webtext, a_paragraph_opening_with_a_figure)
{
    fixture f;

    parse_str(&f, "1 Introduction\n\n"
                  "1. The regulator published its first codes in 2021.\n\n"
                  "2. 2020 was supposed to be the year of delivery.\n\n"
                  "3. 1,200 complaints were received in the first year.\n\n"
                  "4. Much of the delay resulted from consultation.\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_str_eq(get(&f, "HC1/p1")->text,
                     "The regulator published its first codes in 2021.");
    cr_expect_str_eq(get(&f, "HC1/p2")->text,
                     "2020 was supposed to be the year of delivery.");
    cr_expect_str_eq(get(&f, "HC1/p3")->text,
                     "1,200 complaints were received in the first year.");
    done(&f);
}

/* A table copied into the text as rows of cells between bars, then a
 * section heading, hard-wrapped with no blank lines (a 2008 Liaison
 * Committee page): the heading after the table's last row ("| 14 (+3) |")
 * had run into the paragraph, and the next paragraph sat in the section
 * before. */
Test(webtext, a_section_heading_after_a_table)
{
    fixture f;

    parse_str(&f, "3. Working practices\n"
                  "68. In this section, we consider new ways of working.\n"
                  "Changes in committee remits\n"
                  "69. Four committees have been replaced. Table 16 sets out "
                  "their\nnew responsibilities.\n"
                  "Committee\n| Responsibilities\n| Membership\n|\n"
                  "Justice (formerly Constitutional Affairs)\n"
                  "| Courts, prisons, probation, criminal law, sentencing\n"
                  "| 14 (+3) |\n"
                  "Working with others\n"
                  "70. Where an issue cuts across the remits of several "
                  "committees, they\nhave worked together.\n");
    cr_assert_eq(f.st, EVX_OK);
    evx_unit *p = get(&f, "HC1/p70");
    cr_expect_str_eq(p->section, "Working with others");
    cr_expect_null(strstr(get(&f, "HC1/p69")->text, "Working with others"));
    done(&f);
}

/* Hard-wrapped at a narrow width with no blank lines, each paragraph's
 * first line short (a 1997 Liaison Committee page): "2. In Session
 * 1993-94, the" had been chapter 2 so titled, the next line a section
 * heading and both paragraphs' lines unplaced.  No heading ends in "the";
 * none goes on to a line ending in "its". */
Test(webtext, a_short_first_line_that_ends_in_the_is_no_chapter)
{
    fixture f;

    parse_str(&f, "Introduction\n"
                  "1. As the separate statistical\n"
                  "summary of the Committee's work shows, the Committee of "
                  "Public\n"
                  "Accounts has continued to pursue the objectives defined "
                  "by its\n"
                  "Standing Order; it has published 211 Reports.\n"
                  "2. In Session 1993-94, the\n"
                  "Committee published a most important report (8th Report "
                  "(93-94)\n"
                  "The Proper Conduct of Public Business (HC 154)) on "
                  "failures in\n"
                  "the financial controls in Departments.\n"
                  "3. On the development of accounting procedures the "
                  "Committee\nhas agreed the following reports.\n");
    cr_assert_eq(f.st, EVX_OK);
    for (int k = 1; k <= 3; k++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d", k);
        evx_unit *p = get(&f, id);
        cr_expect_eq(p->chapter, 0, "%s: chapter %d", id, p->chapter);
        cr_expect_str_eq(p->section, "Introduction", "%s", id);
    }
    cr_expect(strstr(get(&f, "HC1/p2")->text, "financial controls") != NULL);
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

/* A quotation inside an annex points at its own line and column, as a
 * paragraph's does (it had pointed at the annex's heading): what an
 * editor's jump (file:line:col) lands on. */
Test(webtext, a_quotation_in_an_annex_points_at_its_line)
{
    fixture f;

    parse_str(&f, "1 Introduction\n\n"
                  "1.We publish the Government's response below.\n\n"
                  "Appendix: Government Response\n\n"
                  "The Government agrees that a strategy is needed.\n\n"
                  "The Government partially accepts this. As the Minister told "
                  "the Committee, \xE2\x80\x9Creform of the grant is something we "
                  "are looking at\xE2\x80\x9D.\n");
    cr_assert_eq(f.st, EVX_OK);
    const evx_unit *q = NULL;
    for (size_t i = 0; i < f.units.len && !q; i++)
        if (f.units.items[i]->type == EVX_UNIT_QUOTATION)
            q = f.units.items[i];
    cr_assert_not_null(q, "no quotation");
    cr_assert_gt(q->n_sources, 0);
    cr_expect_eq(q->sources[0].line, 9, "line %ld", q->sources[0].line);
    cr_expect_eq(q->sources[0].col, 79, "col %ld", q->sources[0].col); /* "reform" */
    done(&f);
}
