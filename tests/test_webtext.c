/*
 * test_webtext.c - the web-edition reader: the real chapter 9 file and a
 * crafted fragment for each rule of paragraphs, quotations, markers and
 * headings (the forms a page comes in: test_webtext_forms.c).
 */
#include <criterion/criterion.h>

#include "webutil.h"

/* ---- the real web edition of chapter 9 ---- */

Test(webtext, real_paragraphs_in_order)
{
    fixture f;
    int next = 234;
    size_t i;

    parse_file(&f);
    cr_assert_eq(f.st, EVX_OK);
    for (i = 0; i < f.units.len; i++) {
        evx_unit *u = f.units.items[i];
        if (u->type != EVX_UNIT_PARAGRAPH)
            continue;
        cr_expect_eq(u->number, next, "paragraph %d where %d expected",
                     u->number, next);
        cr_expect_eq(u->para, u->number);
        cr_expect_eq(u->chapter, 9);
        cr_expect_str_eq(u->chapter_title,
                         "Oversight and regulation by national bodies");
        cr_expect_str_eq(u->report, "HC 650");
        cr_assert_eq(u->n_sources, 1);
        cr_expect_str_eq(u->sources[0].file, WEB_NAME);
        cr_expect_str_eq(u->sources[0].rendering, "html-text");
        cr_expect_eq(u->sources[0].col, 1);
        cr_expect_eq(u->page, 0);
        next = u->number + 1;
    }
    cr_expect_eq(next, 270);
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

Test(webtext, real_sections)
{
    fixture f;

    parse_file(&f);
    cr_expect_null(get(&f, "HC650/p235")->section);
    cr_expect_str_eq(get(&f, "HC650/p239")->section,
                     "Incoherent approach by national bodies");
    cr_expect_str_eq(get(&f, "HC650/p246")->section,
                     "Focus on individual organisations rather than "
                     "placed-based care");
    cr_expect_str_eq(get(&f, "HC650/p252")->section,
                     "Role in accelerating improvement and new care models "
                     "across the system.");
    cr_expect_str_eq(get(&f, "HC650/p265")->section,
                     "Conclusions and recommendations");
    done(&f);
}

Test(webtext, real_block_quotation)
{
    fixture f;
    evx_unit *q, *p;

    parse_file(&f);
    q = get(&f, "HC650/p239/q1");
    p = get(&f, "HC650/p239");
    cr_expect_eq(q->type, EVX_UNIT_QUOTATION);
    cr_expect_eq(strncmp(q->text, "if we expect the NHS to integrate", 33), 0,
                 "%s", q->text);
    cr_expect(ends_with(q->text, "consistent and clear messages."), "%s",
              q->text);
    cr_expect_str_eq(q->lead_in, "Ian Dalton said that:");
    cr_expect_str_eq(q->parent, "HC650/p239");
    cr_expect_eq(q->is_inline, 0);
    cr_expect_eq(q->number, 1);
    cr_expect_eq(q->para, 239);
    cr_assert_eq(q->n_footnotes, 1);
    cr_expect_eq(q->footnotes[0], 226);
    cr_expect_eq(q->sources[0].line, 19);
    /* the paragraph text excludes its block quotation */
    cr_expect(ends_with(p->text, "Ian Dalton said that:"), "%s", p->text);
    cr_expect_eq(p->n_footnotes, 0);
    cr_expect_eq(p->sources[0].line, 17);
    cr_expect_eq(p->sources[0].end_line, 19);
    cr_expect_null(evx_units_find(&f.units, "HC650/p239/q2"));
    done(&f);
}

Test(webtext, real_inline_and_block_numbered_in_order)
{
    fixture f;
    evx_unit *q1, *q2, *p;

    parse_file(&f);
    p = get(&f, "HC650/p244");
    q1 = get(&f, "HC650/p244/q1");
    q2 = get(&f, "HC650/p244/q2");
    cr_expect_eq(q1->is_inline, 1);
    cr_expect_eq(strncmp(q1->text, "work together to join up care", 29), 0);
    cr_expect_eq(q2->is_inline, 0);
    cr_expect_str_eq(q2->lead_in, "Ian Dalton argued that:");
    /* paragraph text includes the inline quotation, not the block one */
    cr_expect_not_null(strstr(p->text, "work together to join up care"));
    cr_expect_null(strstr(p->text, "caricature"));
    /* the inline quotation's column points at its first word */
    cr_expect_eq(strncmp(evx_text_line(f.text, (size_t)q1->sources[0].line,
                                       &(size_t){0}) +
                             q1->sources[0].col - 1,
                         "work together", 13),
                 0);
    done(&f);
}

Test(webtext, real_inline_with_marker)
{
    fixture f;
    evx_unit *q, *p;

    parse_file(&f);
    q = get(&f, "HC650/p250/q1");
    p = get(&f, "HC650/p250");
    cr_expect_eq(q->is_inline, 1);
    cr_assert_eq(q->n_footnotes, 1);
    cr_expect_eq(q->footnotes[0], 236);
    cr_assert_eq(p->n_footnotes, 2);
    cr_expect_eq(p->footnotes[0], 236);
    cr_expect_eq(p->footnotes[1], 237);
    cr_expect_null(strstr(p->text, "236"));
    /* "speed-dating" (a compound: two words) is cited by the marker at the
     * end of its sentence, and by that one only */
    q = get(&f, "HC650/p258/q1");
    cr_expect_str_eq(q->text, "speed-dating");
    cr_assert_eq(q->n_footnotes, 1);
    cr_expect_eq(q->footnotes[0], 243);
    q = get(&f, "HC650/p258/q2");
    cr_expect_str_eq(q->text, "now being layered across the country.");
    cr_expect_null(evx_units_find(&f.units, "HC650/p258/q3"));
    done(&f);
}

Test(webtext, real_markers_detached)
{
    fixture f;
    evx_unit *p;

    parse_file(&f);
    p = get(&f, "HC650/p240");
    cr_expect(ends_with(p->text, "health and care services."), "%s", p->text);
    cr_assert_eq(p->n_footnotes, 1);
    cr_expect_eq(p->footnotes[0], 227);
    cr_expect_not_null(strstr(p->text, "From September 2018, the seven"));
    /* markers before the first listed footnote still fit the sequence */
    p = get(&f, "HC650/p237");
    cr_expect_not_null(strstr(p->text, "December 2015. The King"), "%s",
                       p->text);
    cr_assert_eq(p->n_footnotes, 2);
    cr_expect_eq(p->footnotes[0], 223);
    cr_expect_eq(p->footnotes[1], 224);
    /* a year at the end of a paragraph is text */
    p = get(&f, "HC650/p234");
    cr_expect(ends_with(p->text, "Health and Social Care Act 2012."));
    cr_expect_eq(p->n_footnotes, 0);
    done(&f);
}

Test(webtext, real_footnotes)
{
    fixture f;
    int n;

    parse_file(&f);
    for (n = 225; n <= 249; n++) {
        char id[32];
        evx_unit *u;
        snprintf(id, sizeof id, "HC650/fn%d", n);
        u = get(&f, id);
        cr_expect_eq(u->type, EVX_UNIT_FOOTNOTE);
        cr_expect_eq(u->number, n);
        cr_expect(u->text && *u->text, "%s has no text", id);
        cr_expect_not_null(u->parent, "%s has no parent", id);
    }
    cr_expect_str_eq(get(&f, "HC650/fn226")->text, "Q361 [Ian Dalton]");
    cr_expect_str_eq(get(&f, "HC650/fn228")->text, "Q243 Professor Chris Ham");
    cr_expect_str_eq(get(&f, "HC650/fn226")->parent, "HC650/p239/q1");
    cr_expect_eq(get(&f, "HC650/fn226")->para, 239);
    cr_expect_str_eq(get(&f, "HC650/fn227")->parent, "HC650/p240");
    cr_expect_str_eq(get(&f, "HC650/fn226")->section,
                     "Incoherent approach by national bodies");
    cr_expect_eq(get(&f, "HC650/fn226")->sources[0].line, 114);
    cr_expect_null(evx_units_find(&f.units, "HC650/fn223"));
    cr_expect_null(evx_units_find(&f.units, "HC650/fn250"));
    done(&f);
}

Test(webtext, real_continuation_after_list)
{
    fixture f;
    evx_unit *p;

    parse_file(&f);
    p = get(&f, "HC650/p268");
    cr_expect(ends_with(p->text, "progress on each of these areas."), "%s",
              p->text);
    cr_expect_eq(p->sources[0].end_line, 107);
    cr_expect_null(evx_units_find(&f.units, "HC650/p268/q1"));
    done(&f);
}

/* ---- crafted fragments, one rule each ---- */

Test(webtext, glued_marker_vs_year)
{
    fixture f;
    evx_unit *p;

    parse_str(&f, "1Title\n\n"
                  "1.Costs rose in 2018 and the plan began in May 2017.3 "
                  "It was late.4 Q5 was asked in 2019.\n\n"
                  "3 First source\n\n4 Second source\n");
    cr_assert_eq(f.st, EVX_OK);
    p = get(&f, "HC1/p1");
    cr_expect_str_eq(p->text, "Costs rose in 2018 and the plan began in May "
                              "2017. It was late. Q5 was asked in 2019.");
    cr_assert_eq(p->n_footnotes, 2);
    cr_expect_eq(p->footnotes[0], 3);
    cr_expect_eq(p->footnotes[1], 4);
    cr_expect_str_eq(get(&f, "HC1/fn4")->parent, "HC1/p1");
    done(&f);
}

Test(webtext, marker_out_of_sequence_is_text)
{
    fixture f;
    evx_unit *p;

    parse_str(&f, "1.First point.7\n\n2.Costs fell by 3.5 per cent.8 "
                  "Rule 99 applied, as did rule.42\n\n"
                  "7 Source seven\n\n8 Source eight\n");
    cr_assert_eq(f.st, EVX_OK);
    p = get(&f, "HC1/p2");
    cr_expect_str_eq(p->text, "Costs fell by 3.5 per cent. Rule 99 applied, "
                              "as did rule.42");
    cr_assert_eq(p->n_footnotes, 1);
    cr_expect_eq(p->footnotes[0], 8);
    done(&f);
}

Test(webtext, block_quote_after_lead_in)
{
    fixture f;
    evx_unit *q;

    parse_str(&f, "1.Some context here. The witness told us:\n\n"
                  "We need more money for the service.1\n\n"
                  "2.Next paragraph.\n\n1 Q12 [A Witness]\n");
    cr_assert_eq(f.st, EVX_OK);
    q = get(&f, "HC1/p1/q1");
    cr_expect_str_eq(q->text, "We need more money for the service.");
    cr_expect_str_eq(q->lead_in, "The witness told us:");
    cr_expect_eq(q->sources[0].line, 3);
    cr_expect_str_eq(get(&f, "HC1/p1")->text,
                     "Some context here. The witness told us:");
    cr_expect_str_eq(get(&f, "HC1/fn1")->parent, "HC1/p1/q1");
    done(&f);
}

Test(webtext, continuation_after_quote)
{
    fixture f;
    evx_unit *p;

    parse_str(&f, "1.The witness told us:\n\n"
                  "We need more money for the service.1\n\n"
                  "We agree, and so does the Government in its reply to our "
                  "last report on this subject.2\n\n"
                  "1 Q12\n\n2 Reply\n");
    cr_assert_eq(f.st, EVX_OK);
    p = get(&f, "HC1/p1");
    cr_expect_str_eq(p->text, "The witness told us: We agree, and so does the "
                              "Government in its reply to our last report on "
                              "this subject.");
    cr_assert_eq(p->n_footnotes, 1);
    cr_expect_eq(p->footnotes[0], 2);
    cr_expect_eq(p->sources[0].end_line, 5);
    cr_expect_null(evx_units_find(&f.units, "HC1/p1/q2"));
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

Test(webtext, quote_in_two_paragraphs)
{
    fixture f;
    evx_unit *q;

    parse_str(&f, "1.She said:\n\nFirst part of what was said.\n\n"
                  "Second part of it.1\n\n1 Q1\n");
    q = get(&f, "HC1/p1/q1");
    cr_expect_str_eq(q->text,
                     "First part of what was said. Second part of it.");
    cr_expect_eq(q->sources[0].end_line, 5);
    cr_expect_null(evx_units_find(&f.units, "HC1/p1/q2"));
    done(&f);
}

Test(webtext, inline_quote_rules)
{
    fixture f;
    evx_unit *p;

    parse_str(&f, "1.The plan is a “work in progress” for now. "
                  "One leader said it was “far too slow to make a "
                  "difference”. It is “a good start on the "
                  "whole” and moved on. The aim is “to do better every "
                  "single year”.1\n\n1 Source\n");
    cr_assert_eq(f.st, EVX_OK);
    p = get(&f, "HC1/p1");
    cr_expect_str_eq(get(&f, "HC1/p1/q1")->text,
                     "far too slow to make a difference");
    cr_expect_str_eq(get(&f, "HC1/p1/q1")->lead_in,
                     "One leader said it was");
    cr_expect_eq(get(&f, "HC1/p1/q1")->is_inline, 1);
    cr_expect_str_eq(get(&f, "HC1/p1/q2")->text,
                     "to do better every single year");
    cr_assert_eq(get(&f, "HC1/p1/q2")->n_footnotes, 1);
    cr_expect_null(evx_units_find(&f.units, "HC1/p1/q3"));
    cr_expect_not_null(strstr(p->text, "“far too slow"));
    done(&f);
}

Test(webtext, headings_and_chapters)
{
    fixture f;

    parse_str(&f, "Some report title Contents\n\n2Second chapter\n\n"
                  "A first heading\n\n5.Text.\n\n"
                  "A heading that ends with a full stop.\n\n6.More text.\n\n"
                  "3Third chapter\n\n7.Other text.\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_str_eq(get(&f, "HC1/p5")->section, "A first heading");
    cr_expect_str_eq(get(&f, "HC1/p6")->section,
                     "A heading that ends with a full stop.");
    cr_expect_str_eq(get(&f, "HC1/p6")->text, "More text.");
    cr_expect_eq(get(&f, "HC1/p6")->chapter, 2);
    cr_expect_eq(get(&f, "HC1/p7")->chapter, 3);
    cr_expect_str_eq(get(&f, "HC1/p7")->chapter_title, "Third chapter");
    cr_expect_null(get(&f, "HC1/p7")->section);
    cr_expect_eq(evx_diag_count(f.diag, EVX_DIAG_WARNING), 0);
    done(&f);
}

Test(webtext, unplaced_line_warns)
{
    fixture f;

    parse_str(&f, "title line that is not anything at all here, honestly\n\n"
                  "1.Text.\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_eq(count_diag(f.diag, EVX_DIAG_WARNING, "could not place", 1),
                 1);
    cr_expect_not_null(evx_units_find(&f.units, "HC1/p1"));
    done(&f);
}

Test(webtext, lone_numbered_line_is_not_a_footnote)
{
    fixture f;

    parse_str(&f, "1.The figures were these:\n\n2018 was a hard year for "
                  "everyone in the service, and 2019 no better.\n");
    cr_assert_eq(f.st, EVX_OK);
    cr_expect_null(evx_units_find(&f.units, "HC1/fn2018"));
    cr_expect_str_eq(get(&f, "HC1/p1/q1")->text,
                     "2018 was a hard year for everyone in the service, and "
                     "2019 no better.");
    done(&f);
}

Test(webtext, garbage_and_empty_input)
{
    fixture f;
    static const char *bad[] = {"\n\n\n", "   \n \n", "x", "\xff\xfe\x01 junk\n",
                                "1.\n", "99999999999999.x\n", "“ ” “\n",
                                "1 \n2 \n"};
    size_t i;

    for (i = 0; i < sizeof bad / sizeof *bad; i++) {
        evx_units u = EVX_UNITS_INIT;
        evx_diag *d;
        evx_text *t = NULL;
        cr_assert_eq(evx_diag_new(&d), EVX_OK);
        if (evx_text_from_memory(&t, "corpus/bad.txt", bad[i], strlen(bad[i]),
                                 d) == EVX_OK) {
            evx_status st = evx_webtext_parse(&u, t, "HC 1", d);
            cr_expect(st == EVX_OK || st == EVX_PARSE, "input %zu: %d", i, st);
            if (st == EVX_PARSE)
                cr_expect_gt(evx_diag_count(d, EVX_DIAG_ERROR), 0);
        }
        evx_units_free(&u);
        evx_text_free(t);
        evx_diag_free(d);
    }
    (void)f;
    cr_expect_eq(evx_webtext_parse(NULL, NULL, NULL, NULL), EVX_INVALID);
}

Test(webtext, appends_after_existing_units)
{
    fixture f;
    evx_unit *pre;

    memset(&f, 0, sizeof f);
    cr_assert_eq(evx_diag_new(&f.diag), EVX_OK);
    cr_assert_eq(evx_unit_new(&pre, EVX_UNIT_PARAGRAPH), EVX_OK);
    cr_assert_eq(evx_unit_set(&pre->id, "X/p1", 4), EVX_OK);
    cr_assert_eq(evx_units_push(&f.units, pre), EVX_OK);
    cr_assert_eq(evx_text_from_memory(&f.text, "corpus/web.txt",
                                      "1.Text.\n", 8, f.diag),
                 EVX_OK);
    cr_assert_eq(evx_webtext_parse(&f.units, f.text, "HC 1", f.diag), EVX_OK);
    cr_expect_eq(f.units.len, 2);
    cr_expect_str_eq(f.units.items[0]->id, "X/p1");
    cr_expect_str_eq(f.units.items[1]->id, "HC1/p1");
    done(&f);
}
