/*
 * test_layout.c - the page layer (indexer/read/layout.h) through the
 * pdf-text reader: one crafted report, laid out the way a Pandoc re-wrap
 * of a PDF extraction gives it (headings glued to their text, continuation
 * indents, a page's footnotes run on in one block in mid-sentence, run-on
 * witness and evidence lists), and each rule of the layer on it.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "layout.h"
#include "pdftext.h"
#include "source.h"

/* A made-up report: nothing here is from a real one. */
static const char *REPORT =
    "House of Commons\n"
    "\n"
    "Widget Safety Committee\n"
    "\n"
    "Contents Summary 3\n"
    "\n"
    "1 Introduction 5 Background of the inquiry 5\n"
    "\n"
    "2 Widget hazards 7 Risks to children 7\n"
    "\n"
    "Conclusions and recommendations 9\n"
    "\n"
    "Witnesses 10\n"
    "\n"
    "Published written evidence 11\n"
    "\n"
    "                                       The safety of household widgets   3\n"
    "\n"
    "Summary Widgets are everywhere. We found that they break and\n"
    "pinch.\n"
    "\n"
    "4 The safety of household widgets\n"
    "\n"
    "1 Introduction Background of the inquiry 1. Widgets are found in most\n"
    "    homes.1 Their makers sell millions each year.2 The steps we\n"
    "    considered were: 1. design; 2. labels; 3. recalls; and 4. bans.\n"
    "\n"
    "2.  Dr Ann van Dijk, Widget Institute, told us that widgets \xe2\x80\x9c"
    "are safe\n"
    "    when used properly\xe2\x80\x9d.3 She added that a lot of them \xe2\x80\x9c"
    "will need\n"
    "    new labels 1 Q12 2 Widget Makers (WID0004) 3 Q14 4 Q15\n"
    "\n"
    "                                       The safety of household widgets   5\n"
    "\n"
    "to be understood by parents\xe2\x80\x9d.4\n"
    "\n"
    "6 The safety of household widgets\n"
    "\n"
    "2 Widget hazards Risks to children 3. Children swallow small widgets.5\n"
    "\n"
    "5 Q20\n"
    "\n"
    "                                       The safety of household widgets   7\n"
    "\n"
    "Conclusions and recommendations 1. Widgets should carry labels.\n"
    "(Paragraph 2)\n"
    "\n"
    "8 The safety of household widgets\n"
    "\n"
    "Witnesses The following witnesses gave evidence.\n"
    "\n"
    "Tuesday 3 May 2016 Question number\n"
    "\n"
    "Dr Ann van Dijk, Director, Widget Institute Q1\xe2\x80\x93" "12 Bob Roe,\n"
    "Chair, Widget Makers Q13-20\n"
    "\n"
    "Published written evidence The following written evidence was\n"
    "received. 1 Widget Makers (WID0004) 2 Fauna & Flora International\n"
    "(WID0007)\n";

typedef struct parsed {
    evx_units units;
    evx_diag *diag;
} parsed;

static parsed parse(const char *s)
{
    parsed p = {EVX_UNITS_INIT, NULL};
    evx_text *t = NULL;
    cr_assert_eq(evx_diag_new(&p.diag), EVX_OK);
    cr_assert_eq(evx_text_from_memory(&t, "w.txt", s, strlen(s), p.diag),
                 EVX_OK);
    cr_assert_eq(evx_pdftext_parse(&p.units, t, "HC 9", p.diag), EVX_OK);
    evx_text_free(t);
    return p;
}

/* Whether a message about a line from `from` to `to` holds needle. */
static int said(const parsed *p, long from, long to, const char *needle)
{
    for (size_t i = 0; i < evx_diag_len(p->diag); i++) {
        evx_diag_level level;
        const char *file, *msg;
        long line;
        if (evx_diag_get(p->diag, i, &level, &file, &line, &msg) == EVX_OK &&
            line >= from && line <= to && strstr(msg, needle))
            return 1;
    }
    return 0;
}

static void parsed_free(parsed *p)
{
    evx_units_free(&p->units);
    evx_diag_free(p->diag);
}

static const evx_unit *get(const parsed *p, const char *id)
{
    const evx_unit *u = evx_units_find(&p->units, id);
    cr_assert_not_null(u, "no unit %s", id);
    return u;
}

static size_t count(const parsed *p, evx_unit_type type)
{
    size_t n = 0;
    for (size_t i = 0; i < p->units.len; i++)
        n += p->units.items[i]->type == type;
    return n;
}

Test(layout, paragraphs_follow_their_number_sequence)
{
    parsed p = parse(REPORT);
    cr_expect_eq(count(&p, EVX_UNIT_PARAGRAPH), 3, "paragraphs 1-3 only");
    /* after a chapter and a section heading on the same line */
    const evx_unit *u = get(&p, "HC9/p1");
    cr_expect_eq(u->chapter, 1);
    cr_expect_str_eq(u->chapter_title, "Introduction");
    cr_expect_str_eq(u->section, "Background of the inquiry");
    cr_expect(strncmp(u->text, "Widgets are found in most homes.", 32) == 0,
              "%s", u->text);
    /* a numbered list inside a paragraph is not taken for paragraphs */
    cr_expect_not_null(strstr(u->text, "1. design; 2. labels; 3. recalls"));
    cr_expect_eq(get(&p, "HC9/p3")->chapter, 2);
    cr_expect_str_eq(get(&p, "HC9/p3")->section, "Risks to children");
    parsed_free(&p);
}

Test(layout, run_on_footnotes_split_by_their_numbers)
{
    parsed p = parse(REPORT);
    cr_expect_str_eq(get(&p, "HC9/fn1")->text, "Q12");
    cr_expect_str_eq(get(&p, "HC9/fn2")->text, "Widget Makers (WID0004)");
    cr_expect_str_eq(get(&p, "HC9/fn3")->text, "Q14");
    cr_expect_str_eq(get(&p, "HC9/fn4")->text, "Q15");
    cr_expect_str_eq(get(&p, "HC9/fn5")->text, "Q20");
    /* the quotation the footnotes interrupted goes on after the page */
    const evx_unit *q = get(&p, "HC9/p2/q2");
    cr_expect_str_eq(q->text, "will need new labels to be understood by parents");
    parsed_free(&p);
}

Test(layout, running_headers_are_learnt_and_left_out)
{
    parsed p = parse(REPORT);
    for (size_t i = 0; i < p.units.len; i++)
        cr_expect_null(strstr(p.units.items[i]->text
                                  ? p.units.items[i]->text : "",
                              "household widgets"),
                       "%s holds a running header", p.units.items[i]->id);
    parsed_free(&p);
}

Test(layout, glued_parts_and_run_on_back_matter)
{
    parsed p = parse(REPORT);
    cr_expect_eq(count(&p, EVX_UNIT_SUMMARY), 1);
    const evx_unit *r = get(&p, "HC9/r1");
    cr_expect_eq(r->para, 2);
    cr_expect_eq(count(&p, EVX_UNIT_WITNESS), 2, "two panels, Q1-12 and Q13-20");
    const evx_unit *w = get(&p, "HC9/witness/2");
    cr_expect_eq(w->q_first, 13);
    cr_expect_eq(w->q_last, 20);
    cr_expect_str_eq(w->date, "3 May 2016");
    cr_expect_str_eq(get(&p, "HC9/evidence/WID0007")->title,
                     "Fauna & Flora International");
    cr_expect_eq(count(&p, EVX_UNIT_EVIDENCE), 2);
    parsed_free(&p);
}

Test(layout, sources_are_the_files_own_lines)
{
    parsed p = parse(REPORT);
    /* paragraph 1 starts on the line of its chapter heading, after it */
    const evx_unit *u = get(&p, "HC9/p1");
    cr_expect_eq(u->sources[0].line, 24);
    cr_expect_eq(u->sources[0].col, 42);
    parsed_free(&p);
}

/* Re-wrapped text runs a subheading onto the end of the paragraph before
 * it, and a box heading listed in the contents too: both are set apart
 * again, and the box needs no page break before it. */
Test(layout, subheadings_rewrapped_onto_the_paragraph_before)
{
    parsed p = parse(
        "Contents\n\n"
        "Summary 3\n\n"
        "1 Introduction 5\n\n"
        "Widgets in the home: examples 7\n\n"
        "Summary\n\n"
        "Widgets are found in most homes and nearly all of them are safe\n"
        "when used as their makers intend. Risks to children\n\n"
        "Children swallow small widgets, and labels rarely warn parents.\n\n"
        "1 Introduction\n\n"
        "1. We looked at the safety of widgets sold in shops across the\n"
        "country this year and last. Widgets in the home: examples\n\n"
        "Several councils told us how they inspect widgets sold locally.\n\n"
        "Leeds\n\n"
        "Leeds checks every shop twice a year.\n");
    cr_expect_eq(count(&p, EVX_UNIT_SUMMARY), 2);
    const evx_unit *s2 = NULL;
    for (size_t i = 0; i < p.units.len; i++)
        if (p.units.items[i]->type == EVX_UNIT_SUMMARY)
            s2 = p.units.items[i];
    cr_assert_not_null(s2);
    cr_expect_str_eq(s2->title, "Risks to children");
    cr_expect_str_eq(get(&p, "HC9/p1")->text,
                     "We looked at the safety of widgets sold in shops across "
                     "the country this year and last.");
    cr_expect_geq(count(&p, EVX_UNIT_BOX), 1);
    parsed_free(&p);
}

/* s with every `from` replaced by `to` (malloc'd). */
static char *replaced(const char *s, const char *from, const char *to)
{
    size_t nf = strlen(from), nt = strlen(to), n = 0;
    for (const char *p = strstr(s, from); p; p = strstr(p + nf, from))
        n++;
    char *out = malloc(strlen(s) + n * (nt > nf ? nt - nf : 0) + 1), *o = out;
    cr_assert_not_null(out);
    for (const char *p; (p = strstr(s, from)) != NULL; s = p + nf) {
        memcpy(o, s, (size_t)(p - s));
        o += p - s;
        memcpy(o, to, nt);
        o += nt;
    }
    strcpy(o, s);
    return out;
}

/* An older report's run-on back matter: panels end at their page of the
 * printed evidence ("Ev 1"), and the "List of written evidence" at each
 * entry's page ("Ev 45"), whatever the line breaks. */
Test(layout, older_back_matter_ends_at_evidence_pages)
{
    char *a = replaced(REPORT, "Published written evidence",
                       "List of written evidence");
    char *b = replaced(a, "(WID0004)", "Ev 45");
    char *c = replaced(b, "(WID0007)", "Ev w12");
    char *d = replaced(c, "Q1\xe2\x80\x93" "12", "Ev 1");
    char *e = replaced(d, "Q13-20", "Ev 20");
    parsed p = parse(e);
    const evx_unit *w1 = get(&p, "HC9/witness/1");
    cr_expect_str_eq(w1->code, "Ev 1");
    cr_expect_str_eq(get(&p, "HC9/evidence/Ev45")->text, "Widget Makers");
    cr_expect_str_eq(get(&p, "HC9/evidence/Evw12")->text,
                     "Fauna & Flora International");
    parsed_free(&p);
    free(a);
    free(b);
    free(c);
    free(d);
    free(e);
}

/* A re-wrap that keeps an indented line apart (fmt) leaves a long heading
 * at a block start run into the prose it opens: "Annex: ... in" then
 * "Leeds On Tuesday ...".  The annex is set apart, so the last
 * recommendation keeps its "(Paragraph N)" and does not swallow it. */
Test(layout, long_heading_run_into_the_prose_it_opens)
{
    char *a = replaced(REPORT, "Witnesses 10\n",
                       "Annex: Visit to the widget works in Leeds 10\n\n"
                       "Witnesses 10\n");
    char *b = replaced(a, "(Paragraph 2)\n",
                       "(Paragraph 2)\n\n"
                       "Annex: Visit to the widget works in\n"
                       "Leeds On Tuesday five members of the Committee visited\n"
                       "the works, where they met the staff.\n");
    parsed p = parse(b);
    const evx_unit *r = get(&p, "HC9/r1");
    cr_expect_eq(r->para, 2);
    cr_expect_str_eq(r->text, "Widgets should carry labels.");
    const evx_unit *u = get(&p, "HC9/annex/1");
    cr_expect_str_eq(u->title, "Annex: Visit to the widget works in Leeds");
    cr_expect_str_eq(u->text, "On Tuesday five members of the Committee "
                              "visited the works, where they met the staff.");
    parsed_free(&p);
    free(a);
    free(b);
}

/* A re-wrap can set a number at a line start ("Children under" / "5 years
 * old"), here the very number of the next footnote body: followed by a
 * lower-case word, after no sentence end, it is the line running on. */
Test(layout, a_number_a_wrap_set_at_a_line_start_runs_on)
{
    char *a = replaced(REPORT, "Risks to children 3. Children swallow small widgets.5\n",
                       "Risks to children 3. Children swallow small widgets.5 Most\n"
                       "of them are under\n"
                       "5 years old.\n");
    parsed p = parse(a);
    cr_expect_str_eq(get(&p, "HC9/p3")->text,
                     "Children swallow small widgets. Most of them are under "
                     "5 years old.");
    cr_expect_str_eq(get(&p, "HC9/fn5")->text, "Q20");
    parsed_free(&p);
    free(a);
}

/* A page's footnotes in a copy with no blank lines, after a line ending in
 * "to" (which may cite a number: "paragraphs 3 to" / "5"): the block numbers
 * itself (5, 6, 7), so it is the run, and the sentence resumes after it. */
Test(layout, a_run_that_numbers_itself_is_one_after_any_word)
{
    char *a = replaced(REPORT, "Risks to children 3. Children swallow small widgets.5\n",
                       "Risks to children 3. Children swallow small widgets.5 "
                       "Parents find them.6 Doctors see many.7 It costs a lot to\n"
                       "5 Q20 6 As above 7 Q21\n"
                       "treat them all.\n");
    char *b = replaced(a, "\n5 Q20\n", "\n");
    parsed p = parse(b);
    cr_expect_str_eq(get(&p, "HC9/p3")->text,
                     "Children swallow small widgets. Parents find them. Doctors "
                     "see many. It costs a lot to treat them all.");
    cr_expect_str_eq(get(&p, "HC9/fn5")->text, "Q20");
    cr_expect_str_eq(get(&p, "HC9/fn6")->text, "As above");
    cr_expect_str_eq(get(&p, "HC9/fn7")->text, "Q21");
    parsed_free(&p);
    free(a);
    free(b);
}

/* A re-wrap can set at a line start a number that a footnote body could
 * have ("A campaign by" / "6 Degrees, a charity"), before the page's run
 * of bodies begins with an earlier number: the line runs on, and the run
 * below it is read whole. */
Test(layout, a_number_before_its_run_of_bodies_is_a_wrap)
{
    char *a = replaced(REPORT, "Risks to children 3. Children swallow small widgets.5\n"
                       "\n5 Q20\n",
                       "Risks to children 3. Children swallow small widgets.5 "
                       "Parents agree.6 A campaign by\n"
                       "6 Degrees, a charity, found more.\n"
                       "\n5 Q20\n\n6 Q21\n");
    parsed p = parse(a);
    cr_expect_str_eq(get(&p, "HC9/p3")->text,
                     "Children swallow small widgets. Parents agree. A campaign "
                     "by 6 Degrees, a charity, found more.");
    cr_expect_str_eq(get(&p, "HC9/fn5")->text, "Q20");
    cr_expect_str_eq(get(&p, "HC9/fn6")->text, "Q21");
    parsed_free(&p);
    free(a);
}

/* A line-end hyphen that a re-wrap left inside a line before a capital
 * ("Bob Roe, Co- Chair") is still the hyphen of "Co-Chair". */
Test(layout, a_hyphen_left_inside_a_line_before_a_capital_is_kept)
{
    char *a = replaced(REPORT, "Bob Roe,\nChair, Widget Makers", "Bob Roe, Co- Chair, Widget\nMakers");
    parsed p = parse(a);
    const char *role = NULL;
    for (size_t i = 0; i < p.units.len; i++) {
        const evx_unit *u = p.units.items[i];
        for (size_t k = 0; u->type == EVX_UNIT_WITNESS && k < u->n_people; k++)
            if (strcmp(u->people[k].name, "Bob Roe") == 0)
                role = u->people[k].role;
    }
    cr_assert_not_null(role, "Bob Roe is not a witness");
    cr_expect_str_eq(role, "Co-Chair");
    parsed_free(&p);
    free(a);
}

/* A word a footnote body broke at a line end, in a run of bodies the scan
 * joins ("a trade associ-" / "ation"), is one word again. */
Test(layout, a_word_broken_inside_a_run_of_bodies_is_one_again)
{
    char *a = replaced(REPORT, "2 Widget Makers (WID0004) 3 Q14",
                       "2 Widget Makers, a trade associ-\nation (WID0004) 3 Q14");
    parsed p = parse(a);
    cr_expect_str_eq(get(&p, "HC9/fn2")->text,
                     "Widget Makers, a trade association (WID0004)");
    parsed_free(&p);
    free(a);
}

/* An extract that opens with its summary between two page numbers ("3" /
 * "Summary" / text / "5", no blank lines): one occurrence is no running
 * header, and no cover precedes a summary, so its words are read or said
 * to be unplaced, never dropped unsaid as page furniture. */
Test(layout, a_summary_between_two_page_numbers_is_not_lost_unsaid)
{
    parsed p = parse("                                                  3\n"
                     "Summary\n"
                     "The Public Order Bill would create new criminal "
                     "offences of locking on and\n"
                     "being equipped for locking on. We are concerned that "
                     "these offences are drawn\n"
                     "too widely.\n"
                     "                                                  5\n"
                     "1 Introduction\n"
                     "1. The Public Order Bill was introduced in the House of "
                     "Commons on 11 May 2022.\n"
                     "2. We launched a call for evidence on 20 May 2022.\n");
    int read = 0;
    for (size_t i = 0; i < p.units.len; i++)
        read |= p.units.items[i]->text &&
                strstr(p.units.items[i]->text, "drawn too widely") != NULL;
    cr_expect(read || said(&p, 3, 5, ""),
              "the summary's words are neither read nor said");
    cr_expect_not_null(evx_units_find(&p.units, "HC9/p2"));
    parsed_free(&p);
}

/* A page's last footnote wrapped before a date ("… 15 June 2022" / "and
 * 6 July 2022" in one line's run): the paragraph above had ended its
 * sentence with its marker, so the lower-case words are the note's, not
 * the paragraph's (they had been glued to it, and the note cut). */
Test(layout, a_note_goes_on_after_a_finished_paragraph)
{
    parsed p = parse("1 Introduction\n"
                     "1. We launched a call for evidence on 20 May 2022 and "
                     "received 31 written\n"
                     "submissions. We heard the Minister in June and July.1\n"
                     "2. Liberty told us that the offences were \xe2\x80\x9c"
                     "drawn too widely\xe2\x80\x9d.2\n"
                     "\n"
                     "1   Liberty (POB0012) para 14\n"
                     "2   Oral evidence taken on 15 June 2022 and 6 July 2022\n"
                     "\n"
                     "3. We are concerned that these offences are drawn too "
                     "widely.\n");
    cr_expect_null(strstr(get(&p, "HC9/p2")->text, "July"), "p2: %s",
                   get(&p, "HC9/p2")->text);
    cr_expect(strstr(get(&p, "HC9/fn2")->text, "and 6 July 2022"), "fn2: %s",
              get(&p, "HC9/fn2")->text);
    parsed_free(&p);
}

/* An older report's printed evidence after its list of reports, under its
 * first page's number ("Ev 1" / "Oral evidence" / "Taken before …"): it
 * is said to be unread, not skipped with the list (it had been counted as
 * page furniture, unsaid). */
Test(layout, printed_evidence_under_its_page_number_is_said)
{
    parsed p = parse("1 Introduction\n\n"
                     "1. We took evidence from the Minister.\n\n"
                     "2. We thank our witnesses.\n\n"
                     "List of Reports from the Committee during the current "
                     "Parliament\n\n"
                     "First Report Wales and the economy HC 100\n"
                     "                                                  Ev 1\n"
                     "Oral evidence\n\n"
                     "Taken before the Welsh Affairs Committee\n\n"
                     "on Tuesday 7 June 2011\n\n"
                     "Q1 Chair: Good morning, and welcome to the Committee.\n"
                     "Mr Jones: Thank you, Chair. We are pleased to be here.\n");
    cr_expect(said(&p, 1, 1000, "printed evidence"),
              "the printed evidence is not said to be unread");
    parsed_free(&p);
}

/* "Contents" under its page's number alone ("1" right-aligned on the line
 * above, no blank between, as `pdftotext -layout` prints a report's first
 * page): the contents list, not a box that swallowed the report (no
 * paragraph had been read). */
static const char contents_under_number[] =
    "                                                                                              1\n"
    "      Contents\n"
    "\n"
    "      Report                                                                              Page\n"
    "\n"
    "           Summary                                                                          3\n"
    "\n"
    "      1    Introduction                                                                     5\n"
    "               Our inquiry                                                                  5\n"
    "      2    The record of inward investment                                                  6\n"
    "               Trends since 2000                                                            6\n"
    "               The loss of the Welsh Development Agency brand                               7\n"
    "      3    The role of the UK Government                                                    8\n"
    "               UK Trade & Investment                                                        8\n"
    "               The Wales Office                                                             9\n"
    "\n"
    "           Conclusions and recommendations                                                 11\n"
    "\n"
    "      Formal Minutes                                                                       13\n"
    "\n"
    "      Witnesses                                                                            14\n"
    "\n"
    "      List of printed written evidence                                                     14\n"
    "\n"
    "      List of additional written evidence                                                  15\n"
    "\n"
    "      List of Reports from the Committee during the current Parliament                     15\n"
    "\n"
    "\f                                                                 Inward investment in Wales    5\n"
    "\n"
    "      1 Introduction\n"
    "\n"
    "      Our inquiry\n"
    "\n"
    "      1.     We  announced our inquiry into inward investment in Wales on 25 November 2010.\n"
    "             We  invited  written  evidence  on  the  level of foreign direct investment in\n"
    "             Wales, on the work of UK Trade & Investment (UKTI) and the Welsh Government to\n"
    "             attract it, and on the part the Wales Office plays.\n"
    "\n"
    "      2.     We  received  19 written submissions and held three oral evidence sessions, in\n"
    "             London and in Cardiff. We took evidence from academics, business organisations\n"
    "             and  the  Secretary  of  State  for  Wales.1  We  are grateful to all who gave\n"
    "             evidence and to our specialist adviser.\n"
    "\n"
    "\n"
    "      1   A list of witnesses is printed at the end of this Report.\n"
    "\f6    Inward investment in Wales\n"
    "\n";

Test(layout, contents_under_a_page_number)
{
    parsed p = parse(contents_under_number);
    cr_expect_eq(count(&p, EVX_UNIT_PARAGRAPH), 2);
    cr_expect_eq(get(&p, "HC9/p2")->chapter, 1);
    parsed_free(&p);
}

/* Block quotations set in under their lead-ins, with no blank lines
 * around them, in a text that has blank lines elsewhere (between pages):
 * the indent sets them apart, on a lead-in's first line or a wrapped one
 * (they had run into their paragraphs, their speakers lost unsaid). */
Test(layout, indented_quotations_without_blank_lines)
{
    parsed p = parse("1 Introduction\n"
                     "1. We heard oral evidence from Dr Ann Lee and from Bob Roe.\n"
                     "2. Dr Ann Lee explained the difficulty with the defence of\n"
                     "reasonable excuse:\n"
                     "     The burden is placed on the defendant to prove that he had a\n"
                     "     reasonable excuse, which is hard to justify.1\n"
                     "3. Widget Makers, in its written evidence, warned that:\n"
                     "     The Bill represents a further erosion of the right to protest.2\n"
                     "4. We consider that the offence is not sufficiently precise.\n"
                     "\n"
                     "1   Q 4 [Dr Ann Lee]\n"
                     "2   Widget Makers (WID0007)\n");
    const evx_unit *q = evx_units_find(&p.units, "HC9/p2/q1");
    cr_expect(q && strstr(q->text, "The burden is placed"), "p2's quotation: %s",
              q ? q->text : "none");
    q = evx_units_find(&p.units, "HC9/p3/q1");
    cr_expect(q && strstr(q->text, "erosion of the right"), "p3's quotation: %s",
              q ? q->text : "none");
    cr_expect_null(strstr(get(&p, "HC9/p2")->text, "burden"), "p2: %s",
                   get(&p, "HC9/p2")->text);
    parsed_free(&p);
}

/* A page's number alone far to the right (layout order) is its header
 * even where no running title was learnt and no blank line sets it apart:
 * the summary above it ends, and chapter 1 and its paragraphs below it
 * are read (they had run into the summary). */
Test(layout, a_right_aligned_page_number_ends_a_page)
{
    parsed p = parse("Contents\n"
                     "Summary 3\n"
                     "1 Introduction 5\n"
                     "\n"
                     "                                                  3\n"
                     "Summary\n"
                     "The Public Order Bill would create new criminal offences. "
                     "We are concerned\n"
                     "that these offences are drawn too widely.\n"
                     "                                                  5\n"
                     "1 Introduction\n"
                     "1. The Public Order Bill was introduced in the House of "
                     "Commons on 11 May 2022.\n"
                     "2. We launched a call for evidence on 20 May 2022.\n");
    int summary = 0;
    for (size_t i = 0; i < p.units.len; i++)
        summary |= p.units.items[i]->type == EVX_UNIT_SUMMARY &&
                   strstr(p.units.items[i]->text, "drawn too widely") &&
                   !strstr(p.units.items[i]->text, "Introduction");
    cr_expect(summary, "no summary of its own");
    cr_expect_eq(count(&p, EVX_UNIT_PARAGRAPH), 2);
    cr_expect_eq(get(&p, "HC9/p1")->chapter, 1);
    parsed_free(&p);
}

/* A list under a lead-in that ends with a colon is the paragraph's list,
 * not a quotation of its first item by whoever was named before, with
 * its bullets as any conversion leaves them: "•", "*", "-", "–", "·", or
 * an ASCII or Latin-1 conversion's "o" and "?". */
Test(layout, bullets_of_any_conversion_open_no_quotation)
{
    static const char *const bullets[] = {"\xE2\x80\xA2", "*", "-", "\xE2\x80\x93",
                                          "\xC2\xB7", "o", "?"};
    for (size_t k = 0; k < sizeof bullets / sizeof *bullets; k++) {
        evx_buf b = EVX_BUF_INIT;
        evx_buf_printf(&b,
                       "1 Visits\n\n"
                       "1. Sir Andrew Cash told us that the partnership was "
                       "working. The following Committee members attended the "
                       "visit:\n\n"
                       "%s Dr Sarah Wollaston MP\n\n"
                       "%s Dr Paul Williams MP\n\n"
                       "%s local requirements for the commissioners\n\n"
                       "2. The visit ended at noon.\n",
                       bullets[k], bullets[k], bullets[k]);
        parsed p = parse(b.data);
        cr_expect_eq(count(&p, EVX_UNIT_QUOTATION), 0,
                     "bullet \"%s\": %zu quotations", bullets[k],
                     count(&p, EVX_UNIT_QUOTATION));
        cr_expect(strstr(get(&p, "HC9/p1")->text, "Dr Paul Williams MP") != NULL,
                  "bullet \"%s\": %s", bullets[k], get(&p, "HC9/p1")->text);
        parsed_free(&p);
        evx_buf_free(&b);
    }
}

/* A Special Report printing a Government response, as pdftotext gives it:
 * a cover, "Special Report" over paragraph 1 with no blank line, and an
 * appendix of recommendations each on one line, "(Paragraph N)" after its
 * full stop, under "Recommendation N", with the response after.  The
 * recommendations are text, not headings of empty blocks (they had been
 * lost, with no word said), paragraph 1 ends the cover (the whole file had
 * been taken for furniture), and a one-line quotation with its marker
 * ("disappear.2") is a quotation, not a heading. */
Test(layout, a_special_report_of_a_government_response)
{
    parsed p = parse(
        "Bus services in England\n"
        "outside London:\n"
        "Government Response\n\n"
        "Seventeenth Special Report of\n"
        "Session 2017\xE2\x80\x93" "19\n\n"
        "Special Report\n"
        "1. On 14 May 2019 we published our Twelfth Report. The Government\xE2\x80\x99s\n"
        "response was received on 15 July 2019 and is appended to this report.\n\n"
        "Appendix: Government Response\n"
        "Recommendation 1\n\n"
        "The Department should publish a national bus strategy by 2019. (Paragraph 23)\n\n"
        "Government response\n\n"
        "The Government agrees that a strategy is needed. As the Secretary of\n"
        "State said in the House:\n\n"
        "We will not stand by while bus routes disappear.2\n\n"
        "Recommendation 2\n\n"
        "The Department should fund the concessionary scheme in full. (Paragraph 56)\n\n"
        "Government response\n\n"
        "The Government does not accept this recommendation.\n");
    size_t found = 0;
    for (size_t i = 0; i < p.units.len; i++) {
        const char *t = p.units.items[i]->text;
        found += t && (strstr(t, "publish a national bus strategy by 2019") != NULL ||
                       strstr(t, "fund the concessionary scheme in full") != NULL);
    }
    cr_expect_eq(found, 2, "the recommendations' text is in %zu units", found);
    cr_expect_eq(count(&p, EVX_UNIT_QUOTATION), 1);
    get(&p, "HC9/p1");
    parsed_free(&p);
}

/* With no contents and no chapter heading, paragraph 1 at a line's start
 * ends the cover ("Special Report" / "1. On 14 May …"), and a text where
 * nothing ends a cover has none: no file is all furniture. */
Test(layout, a_cover_ends_at_paragraph_one_or_is_none)
{
    static const char *const texts[] = {
        "Bus services\nGovernment Response\n\nSpecial Report\n"
        "1. On 14 May 2019 we published our Twelfth Report.\n",
        "Bus services\nGovernment Response\n\nSpecial Report\n"
        "On 14 May 2019 we published our Twelfth Report.\n"};
    for (size_t k = 0; k < 2; k++) {
        evx_diag *d = NULL;
        evx_text *t = NULL;
        evx_layout *l = NULL;
        cr_assert_eq(evx_diag_new(&d), EVX_OK);
        cr_assert_eq(evx_text_from_memory(&t, "w.txt", texts[k], strlen(texts[k]), d),
                     EVX_OK);
        cr_assert_eq(evx_layout_build(&l, t, NULL), EVX_OK);
        /* the first text has a cover before paragraph 1; the second none
         * (lines of the layout, which sets paragraph 1 apart) */
        size_t len;
        const char *lt = evx_layout_text(l, &len), *at = strstr(lt, "On 14 May");
        long on = 1;
        cr_assert_not_null(at);
        for (const char *c = lt; c < at; c++)
            on += *c == '\n';
        cr_expect_eq(evx_layout_is_furniture(l, 1), k == 0, "text %zu: line 1", k);
        cr_expect(!evx_layout_is_furniture(l, on), "text %zu: line %ld is furniture",
                  k, on);
        evx_layout_free(l);
        evx_text_free(t);
        evx_diag_free(d);
    }
}

/* A lead-in closing on "the following" and a noun ("declared the
 * following interests:") opens a list of those things, not a quotation:
 * the declared interest had become a quotation of no one. */
Test(layout, the_following_things_are_no_quotation)
{
    parsed p = parse("1 Introduction\n\n"
                     "1. Anna Charles declared the following interests:\n\n"
                     "    The King's Fund is providing support to care systems in\n"
                     "    England. This work has been part of its programme.\n\n"
                     "2. Mr Smith told us the following:\n\n"
                     "    We have never seen the systems work so well together.1\n\n"
                     "1 Q12\n");
    cr_expect_eq(count(&p, EVX_UNIT_QUOTATION), 1, "%zu quotations",
                 count(&p, EVX_UNIT_QUOTATION));
    cr_expect(strstr(get(&p, "HC9/p1")->text, "providing support") != NULL,
              "p1: %s", get(&p, "HC9/p1")->text);
    parsed_free(&p);
}

/* A box or table set after a lead-in ("… told us:" / "Box 2: What is an
 * ICS?", "… in £m:" / "Table 2: …") floats into its paragraph: it is a
 * box of its own, never the words the lead-in announces (the box had been
 * Sir Chris's quotation, and Mr Stevens's words in it with it). */
Test(layout, a_box_after_a_lead_in_is_no_quotation)
{
    parsed p = parse("1 Integrated care systems\n\n"
                     "1. We asked whether the systems would save money. Sir Chris\n"
                     "Wormald, Permanent Secretary, told us:\n\n"
                     "Box 2: What is an ICS?\n"
                     "An integrated care system is a partnership of:\n"
                     "\xE2\x80\xA2 NHS commissioners and providers; and\n"
                     "\xE2\x80\xA2 local authorities.\n"
                     "As Simon Stevens told us:\n"
                     "ICSs are about organisations taking collective responsibility.1\n\n"
                     "2. Spending grew in every region over the five years, in \xC2\xA3m:\n\n"
                     "Table 2: Spending by region, 2015/16 to 2019/20\n"
                     "Region 2015/16 2019/20\n"
                     "London 12,880 14,377\n"
                     "Source: Department of Health and Social Care\n\n"
                     "3. We welcome the growth.\n\n"
                     "1 Q12\n");
    for (size_t i = 0; i < p.units.len; i++) {
        const evx_unit *u = p.units.items[i];
        cr_expect(u->type != EVX_UNIT_QUOTATION ||
                      (!strstr(u->text, "Box 2") && !strstr(u->text, "Table 2")),
                  "%s: %s", u->id, u->text);
        cr_expect(u->type != EVX_UNIT_QUOTATION || !u->speaker || !u->speaker->name ||
                      strstr(u->speaker->name, "Wormald") == NULL,
                  "%s given to %s: %s", u->id, u->speaker ? u->speaker->name : "-", u->text);
    }
    cr_expect_eq(count(&p, EVX_UNIT_BOX), 2, "%zu boxes", count(&p, EVX_UNIT_BOX));
    parsed_free(&p);
}
