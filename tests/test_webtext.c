/*
 * test_webtext.c - the web-edition reader: the real chapter 9 file and a
 * crafted fragment for each rule.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "coverage.h"
#include "diag.h"
#include "fnlink.h"
#include "source.h"
#include "unit.h"
#include "webtext.h"

#define WEB_NAME "corpus/004_1624677fcab3ee77.txt"

typedef struct fixture {
    evx_diag *diag;
    evx_text *text;
    evx_units units;
    evx_status st;
} fixture;

static void parse_file(fixture *f)
{
    memset(f, 0, sizeof *f);
    cr_assert_eq(evx_diag_new(&f->diag), EVX_OK);
    cr_assert_eq(evx_text_load(&f->text, EVX_SOURCE_DIR "/" WEB_NAME, WEB_NAME,
                               f->diag),
                 EVX_OK);
    f->st = evx_webtext_parse(&f->units, f->text, "HC 650", f->diag);
    if (f->st == EVX_OK) /* the structure layer links footnotes */
        f->st = evx_fnlink(&f->units, 0, NULL);
}

static void parse_str(fixture *f, const char *s)
{
    memset(f, 0, sizeof *f);
    cr_assert_eq(evx_diag_new(&f->diag), EVX_OK);
    cr_assert_eq(evx_text_from_memory(&f->text, "corpus/web.txt", s, strlen(s),
                                      f->diag),
                 EVX_OK);
    f->st = evx_webtext_parse(&f->units, f->text, "HC 1", f->diag);
    if (f->st == EVX_OK)
        f->st = evx_fnlink(&f->units, 0, NULL);
}

static void done(fixture *f)
{
    evx_units_free(&f->units);
    evx_text_free(f->text);
    evx_diag_free(f->diag);
}

static evx_unit *get(const fixture *f, const char *id)
{
    evx_unit *u = evx_units_find(&f->units, id);
    cr_assert_not_null(u, "no unit %s", id);
    return u;
}

static int ends_with(const char *s, const char *end)
{
    size_t n = strlen(s), k = strlen(end);
    return n >= k && strcmp(s + n - k, end) == 0;
}

static size_t count_diag(const evx_diag *d, evx_diag_level level,
                         const char *needle, long line)
{
    size_t i, n = 0;

    for (i = 0; i < evx_diag_len(d); i++) {
        evx_diag_level lv;
        const char *file, *text;
        long l;
        cr_assert_eq(evx_diag_get(d, i, &lv, &file, &l, &text), EVX_OK);
        if (lv == level && strstr(text, needle) && (line == 0 || l == line))
            n++;
    }
    return n;
}

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
