/*
 * test_merge.c - merging the units of two renderings and linking
 * footnotes: crafted unit lists for each rule, then the real corpus (the
 * PDF dump and the web edition of chapter 9) when the pdf-text reader
 * gives paragraphs.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "merge.h"
#include "pdftext.h"
#include "source.h"
#include "unit.h"
#include "webtext.h"

#define PDF "corpus/000_x.txt"
#define WEB "corpus/004_x.txt"

static evx_unit *mk(evx_unit_type type, const char *id, int number,
                    const char *text, const char *file, long line)
{
    evx_unit *u;

    cr_assert_eq(evx_unit_new(&u, type), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->id, id, strlen(id)), EVX_OK);
    u->number = number;
    if (type == EVX_UNIT_PARAGRAPH)
        u->para = number;
    if (text)
        cr_assert_eq(evx_unit_set(&u->text, text, strlen(text)), EVX_OK);
    if (file)
        cr_assert_eq(evx_unit_add_source(u, file,
                                         strcmp(file, PDF) == 0 ? "pdf-text"
                                                                : "html-text",
                                         line, 1, line),
                     EVX_OK);
    return u;
}

static void push(evx_units *l, evx_unit *u)
{
    cr_assert_eq(evx_units_push(l, u), EVX_OK);
}

static size_t notes_with(const evx_diag *d, const char *needle)
{
    size_t i, n = 0;

    for (i = 0; i < evx_diag_len(d); i++) {
        evx_diag_level lv;
        const char *file, *text;
        long line;
        cr_assert_eq(evx_diag_get(d, i, &lv, &file, &line, &text), EVX_OK);
        if (lv == EVX_DIAG_NOTE && strstr(text, needle))
            n++;
    }
    return n;
}

static size_t index_of(const evx_units *l, const char *id)
{
    size_t i;

    for (i = 0; i < l->len; i++)
        if (strcmp(l->items[i]->id, id) == 0)
            return i;
    cr_assert_fail("no unit %s", id);
    return 0;
}

Test(merge, same_id_keeps_both_sources_and_fills_gaps)
{
    evx_units pdf = EVX_UNITS_INIT, web = EVX_UNITS_INIT;
    evx_diag *d;
    evx_unit *u;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    u = mk(EVX_UNIT_FOOTNOTE, "R/fn5", 5, NULL, PDF, 40);
    u->page = 92;
    push(&pdf, u);
    u = mk(EVX_UNIT_FOOTNOTE, "R/fn5", 5, "Q361 [A Witness]", WEB, 12);
    cr_assert_eq(evx_unit_set(&u->section, "Heading", 7), EVX_OK);
    push(&web, u);
    cr_assert_eq(evx_merge_units(&pdf, &web, d), EVX_OK);
    cr_assert_eq(web.len, 0);
    cr_assert_eq(pdf.len, 1);
    u = pdf.items[0];
    cr_expect_str_eq(u->text, "Q361 [A Witness]");
    cr_expect_eq(u->page, 92);
    cr_expect_str_eq(u->section, "Heading");
    cr_assert_eq(u->n_sources, 2);
    cr_expect_str_eq(u->sources[0].rendering, "pdf-text");
    cr_expect_eq(u->sources[0].line, 40);
    cr_expect_str_eq(u->sources[1].rendering, "html-text");
    cr_expect_eq(u->sources[1].line, 12);
    evx_units_free(&pdf);
    evx_diag_free(d);
}

Test(merge, html_text_wins_either_way_round)
{
    evx_units a = EVX_UNITS_INIT, b = EVX_UNITS_INIT;
    evx_diag *d;
    evx_unit *u;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    /* pdf into html: the html text stays, pdf source goes first */
    push(&a, mk(EVX_UNIT_PARAGRAPH, "R/p1", 1, "the front-line staff", WEB, 3));
    u = mk(EVX_UNIT_PARAGRAPH, "R/p1", 1, "the front- line staff", PDF, 90);
    cr_assert_eq(evx_unit_add_footnote(u, 7), EVX_OK);
    push(&b, u);
    cr_assert_eq(evx_merge_units(&a, &b, d), EVX_OK);
    u = a.items[0];
    cr_expect_str_eq(u->text, "the front-line staff");
    cr_expect_str_eq(u->sources[0].rendering, "pdf-text");
    cr_expect_str_eq(u->sources[1].rendering, "html-text");
    cr_assert_eq(u->n_footnotes, 1);
    cr_expect_eq(u->footnotes[0], 7);
    evx_units_free(&a);
    /* html into pdf: the html text replaces the pdf one */
    push(&a, mk(EVX_UNIT_PARAGRAPH, "R/p1", 1, "the front- line staff", PDF, 90));
    push(&b, mk(EVX_UNIT_PARAGRAPH, "R/p1", 1, "the front-line staff", WEB, 3));
    cr_assert_eq(evx_merge_units(&a, &b, d), EVX_OK);
    cr_expect_str_eq(a.items[0]->text, "the front-line staff");
    /* small differences are not worth a note */
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_NOTE), 0);
    evx_units_free(&a);
    evx_diag_free(d);
}

Test(merge, material_difference_is_noted)
{
    evx_units a = EVX_UNITS_INIT, b = EVX_UNITS_INIT;
    evx_diag *d;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    push(&a, mk(EVX_UNIT_PARAGRAPH, "R/p2", 2,
                "We request a response on these factors: skills; leadership; "
                "money; buildings. It should include plans.",
                PDF, 3094));
    push(&b, mk(EVX_UNIT_PARAGRAPH, "R/p2", 2,
                "We request a response on these factors. It should include "
                "plans.",
                WEB, 105));
    cr_assert_eq(evx_merge_units(&a, &b, d), EVX_OK);
    cr_expect_eq(notes_with(d, "R/p2"), 1);
    cr_expect_eq(notes_with(d, PDF ":3094"), 1);
    /* The web text lost the list and added nothing: the pdf text stays. */
    cr_expect_str_eq(a.items[0]->text,
                     "We request a response on these factors: skills; "
                     "leadership; money; buildings. It should include plans.");
    evx_units_free(&a);
    evx_diag_free(d);
}

/* A rendering of a unit with no words at all against one with words
 * (found by fuzz_report: UBSan, an offset applied to a null pointer). */
Test(merge, a_rendering_without_words_is_compared)
{
    evx_units a = EVX_UNITS_INIT, b = EVX_UNITS_INIT;
    evx_diag *d;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    push(&a, mk(EVX_UNIT_PARAGRAPH, "R/p3", 3, "-- . --", PDF, 12));
    push(&b, mk(EVX_UNIT_PARAGRAPH, "R/p3", 3, "It should include plans.",
                WEB, 40));
    cr_assert_eq(evx_merge_units(&a, &b, d), EVX_OK);
    cr_assert_eq(a.len, 1);
    cr_expect_str_eq(a.items[0]->text, "It should include plans.");
    evx_units_free(&a);
    evx_diag_free(d);
}

Test(merge, html_text_wins_when_both_have_words_of_their_own)
{
    evx_units a = EVX_UNITS_INIT, b = EVX_UNITS_INIT;
    evx_diag *d;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    push(&a, mk(EVX_UNIT_PARAGRAPH, "R/p4", 4,
                "Integrated care Integrated care: organisations 92 is not "
                "the same as integra- tion of services in the front- line",
                PDF, 10));
    push(&b, mk(EVX_UNIT_PARAGRAPH, "R/p4", 4,
                "Integrated care is not the same as integration of services "
                "in the front-line",
                WEB, 20));
    cr_assert_eq(evx_merge_units(&a, &b, d), EVX_OK);
    cr_expect_str_eq(a.items[0]->text,
                     "Integrated care is not the same as integration of "
                     "services in the front-line");
    cr_expect_eq(notes_with(d, "R/p4"), 1);
    evx_units_free(&a);
    evx_diag_free(d);
}

Test(merge, quotes_and_case_are_not_differences)
{
    evx_units a = EVX_UNITS_INIT, b = EVX_UNITS_INIT;
    evx_diag *d;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    push(&a, mk(EVX_UNIT_PARAGRAPH, "R/p3", 3,
                "He said \"they are busy people\" and   left, THE end.", PDF,
                1));
    push(&b, mk(EVX_UNIT_PARAGRAPH, "R/p3", 3,
                "He said “they are busy people” and left, the end.", WEB, 1));
    cr_assert_eq(evx_merge_units(&a, &b, d), EVX_OK);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_NOTE), 0);
    evx_units_free(&a);
    evx_diag_free(d);
}

Test(merge, new_units_inserted_in_order)
{
    evx_units a = EVX_UNITS_INIT, b = EVX_UNITS_INIT;
    evx_diag *d;
    evx_unit *u;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    u = mk(EVX_UNIT_PARAGRAPH, "R/p1", 1, "one", PDF, 1);
    cr_assert_eq(evx_unit_add_footnote(u, 1), EVX_OK);
    push(&a, u);
    push(&a, mk(EVX_UNIT_FOOTNOTE, "R/fn1", 1, "source one", PDF, 5));
    push(&a, mk(EVX_UNIT_PARAGRAPH, "R/p3", 3, "three", PDF, 10));
    push(&a, mk(EVX_UNIT_PARAGRAPH, "R/p4", 4, "four", PDF, 20));
    u = mk(EVX_UNIT_PARAGRAPH, "R/p4", 4, "four", WEB, 4);
    cr_assert_eq(evx_unit_add_footnote(u, 2), EVX_OK);
    push(&b, mk(EVX_UNIT_PARAGRAPH, "R/p1", 1, "one", WEB, 1));
    push(&b, mk(EVX_UNIT_PARAGRAPH, "R/p2", 2, "two", WEB, 2));
    push(&b, mk(EVX_UNIT_PARAGRAPH, "R/p3", 3, "three", WEB, 3));
    push(&b, u);
    push(&b, mk(EVX_UNIT_FOOTNOTE, "R/fn2", 2, "source two", WEB, 9));
    push(&b, mk(EVX_UNIT_PARAGRAPH, "R/p5", 5, "five", WEB, 5));
    cr_assert_eq(evx_merge_units(&a, &b, d), EVX_OK);
    cr_assert_eq(a.len, 7);
    cr_expect_str_eq(a.items[0]->id, "R/p1");
    cr_expect_str_eq(a.items[1]->id, "R/fn1");
    cr_expect_str_eq(a.items[2]->id, "R/p2");
    cr_expect_str_eq(a.items[3]->id, "R/p3");
    cr_expect_str_eq(a.items[4]->id, "R/p4");
    cr_expect_str_eq(a.items[5]->id, "R/fn2"); /* after the unit citing it */
    cr_expect_str_eq(a.items[6]->id, "R/p5");
    evx_units_free(&a);
    evx_diag_free(d);
}

Test(merge, new_unit_with_no_predecessor_goes_before_next)
{
    evx_units a = EVX_UNITS_INIT, b = EVX_UNITS_INIT;
    evx_diag *d;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    push(&a, mk(EVX_UNIT_PARAGRAPH, "R/p5", 5, "five", PDF, 1));
    push(&a, mk(EVX_UNIT_PARAGRAPH, "R/p6", 6, "six", PDF, 2));
    push(&b, mk(EVX_UNIT_PARAGRAPH, "R/p4", 4, "four", WEB, 1));
    cr_assert_eq(evx_merge_units(&a, &b, d), EVX_OK);
    cr_assert_eq(a.len, 3);
    cr_expect_str_eq(a.items[0]->id, "R/p4");
    /* into an empty list, order is kept as given */
    {
        evx_units e = EVX_UNITS_INIT;
        cr_assert_eq(evx_merge_units(&e, &a, d), EVX_OK);
        cr_assert_eq(e.len, 3);
        cr_expect_str_eq(e.items[0]->id, "R/p4");
        cr_expect_str_eq(e.items[2]->id, "R/p6");
        evx_units_free(&e);
    }
    cr_expect_eq(evx_merge_units(NULL, &b, d), EVX_INVALID);
    evx_diag_free(d);
}

/* A recommendation takes the chapter of the paragraph it names; the
 * heading it was listed under stays its section unless it only repeats
 * that chapter's title, in any case or spacing. */
Test(merge, recommendation_placed_in_its_paragraphs_chapter)
{
    evx_units l = EVX_UNITS_INIT;
    evx_unit *p = mk(EVX_UNIT_PARAGRAPH, "R/p12", 12, "twelve", PDF, 1);
    evx_unit *r1 = mk(EVX_UNIT_RECOMMENDATION, "R/r1", 1, "one", PDF, 9);
    evx_unit *r2 = mk(EVX_UNIT_RECOMMENDATION, "R/r2", 2, "two", PDF, 10);
    evx_unit *r3 = mk(EVX_UNIT_RECOMMENDATION, "R/r3", 3, "three", PDF, 11);
    const char *ct = "Integrating care", *other = "Workforce planning";
    const char *shout = " INTEGRATING  care";

    p->chapter = 1;
    cr_assert_eq(evx_unit_set(&p->chapter_title, ct, strlen(ct)), EVX_OK);
    cr_assert_eq(evx_unit_set(&r1->parent, "R/p12", 5), EVX_OK);
    cr_assert_eq(evx_unit_set(&r1->section, ct, strlen(ct)), EVX_OK);
    cr_assert_eq(evx_unit_set(&r2->parent, "R/p12", 5), EVX_OK);
    cr_assert_eq(evx_unit_set(&r2->section, other, strlen(other)), EVX_OK);
    cr_assert_eq(evx_unit_set(&r3->parent, "R/p12", 5), EVX_OK);
    cr_assert_eq(evx_unit_set(&r3->section, shout, strlen(shout)), EVX_OK);
    push(&l, p);
    push(&l, r1);
    push(&l, r2);
    push(&l, r3);
    cr_assert_eq(evx_merge_place_recommendations(&l), EVX_OK);
    cr_expect_eq(r1->chapter, 1);
    cr_expect_str_eq(r1->chapter_title, ct);
    cr_expect_null(r1->section, "a section repeating the chapter title: %s",
                   r1->section);
    cr_expect_eq(r2->chapter, 1);
    cr_expect_str_eq(r2->section, other);
    cr_expect_null(r3->section, "the same title in capitals and spaced: %s",
                   r3->section);
    evx_units_free(&l);
}

Test(merge, footnote_linked_to_citing_quotation)
{
    evx_units l = EVX_UNITS_INIT;
    evx_diag *d;
    evx_unit *p, *q, *fn;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    p = mk(EVX_UNIT_PARAGRAPH, "R/p9", 9, "He said that:", PDF, 1);
    p->chapter = 3;
    p->page = 40;
    cr_assert_eq(evx_unit_set(&p->section, "Sec", 3), EVX_OK);
    cr_assert_eq(evx_unit_add_footnote(p, 11), EVX_OK);
    cr_assert_eq(evx_unit_add_footnote(p, 12), EVX_OK);
    push(&l, p);
    q = mk(EVX_UNIT_QUOTATION, "R/p9/q1", 1, "words words words words", PDF, 2);
    q->para = 9;
    q->chapter = 3;
    q->page = 41;
    cr_assert_eq(evx_unit_set(&q->parent, "R/p9", 4), EVX_OK);
    cr_assert_eq(evx_unit_set(&q->section, "Sec", 3), EVX_OK);
    cr_assert_eq(evx_unit_add_footnote(q, 12), EVX_OK);
    push(&l, q);
    push(&l, mk(EVX_UNIT_FOOTNOTE, "R/fn11", 11, "a", PDF, 50));
    push(&l, mk(EVX_UNIT_FOOTNOTE, "R/fn12", 12, "b", PDF, 51));
    cr_assert_eq(evx_merge_link_footnotes(&l, d), EVX_OK);
    fn = evx_units_find(&l, "R/fn11");
    cr_expect_str_eq(fn->parent, "R/p9");
    cr_expect_eq(fn->page, 40);
    fn = evx_units_find(&l, "R/fn12");
    cr_expect_str_eq(fn->parent, "R/p9/q1");
    cr_expect_eq(fn->para, 9);
    cr_expect_eq(fn->chapter, 3);
    cr_expect_eq(fn->page, 41);
    cr_expect_str_eq(fn->section, "Sec");
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_NOTE), 0);
    evx_units_free(&l);
    evx_diag_free(d);
}

Test(merge, unlinked_footnote_and_bodiless_marker_noted)
{
    evx_units l = EVX_UNITS_INIT;
    evx_diag *d;
    evx_unit *p;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    p = mk(EVX_UNIT_PARAGRAPH, "R/p1", 1, "x", WEB, 1);
    cr_assert_eq(evx_unit_add_footnote(p, 3), EVX_OK);
    push(&l, p);
    push(&l, mk(EVX_UNIT_FOOTNOTE, "R/fn4", 4, "nobody cites me", WEB, 9));
    cr_assert_eq(evx_merge_link_footnotes(&l, d), EVX_OK);
    cr_expect_null(l.items[1]->parent);
    cr_expect_eq(notes_with(d, "no marker cites footnote 4"), 1);
    cr_expect_eq(notes_with(d, "no footnote text for marker 3"), 1);
    cr_expect_eq(evx_merge_link_footnotes(NULL, d), EVX_INVALID);
    evx_units_free(&l);
    evx_diag_free(d);
}

/* ---- the real corpus ---- */

#define PDF_REAL "corpus/000_d8babf2c1c9efa17.txt"
#define WEB_REAL "corpus/004_1624677fcab3ee77.txt"

static void load_parse(evx_units *out, const char *name, int web, evx_diag *d,
                       evx_text **keep)
{
    evx_text *t;
    char path[512];

    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, name);
    cr_assert_eq(evx_text_load(&t, path, name, d), EVX_OK);
    if (web)
        cr_assert_eq(evx_webtext_parse(out, t, "HC 650", d), EVX_OK);
    else
        evx_pdftext_parse(out, t, "HC 650", d);
    *keep = t;
}

static size_t paragraphs(const evx_units *l)
{
    size_t i, n = 0;

    for (i = 0; i < l->len; i++)
        n += l->items[i]->type == EVX_UNIT_PARAGRAPH;
    return n;
}

Test(merge, real_corpus)
{
    evx_units merged = EVX_UNITS_INIT, pdf = EVX_UNITS_INIT,
              web = EVX_UNITS_INIT;
    evx_text *tp, *tw;
    evx_diag *d;
    evx_unit *u;
    int n;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    load_parse(&pdf, PDF_REAL, 0, d, &tp);
    if (paragraphs(&pdf) == 0) {
        evx_units_free(&pdf);
        evx_text_free(tp);
        evx_diag_free(d);
        cr_skip_test("the pdf-text reader gives no paragraphs yet");
    }
    load_parse(&web, WEB_REAL, 1, d, &tw);
    cr_assert_eq(evx_merge_units(&merged, &pdf, d), EVX_OK);
    cr_assert_eq(evx_merge_units(&merged, &web, d), EVX_OK);
    cr_assert_eq(evx_merge_link_footnotes(&merged, d), EVX_OK);

    u = evx_units_find(&merged, "HC650/p239");
    cr_assert_not_null(u);
    cr_assert_eq(u->n_sources, 2);
    cr_expect_str_eq(u->sources[0].rendering, "pdf-text");
    cr_expect_str_eq(u->sources[0].file, PDF_REAL);
    cr_expect_eq(u->sources[0].line, 2835);
    cr_expect_str_eq(u->sources[1].rendering, "html-text");
    cr_expect_str_eq(u->sources[1].file, WEB_REAL);
    cr_expect_eq(u->sources[1].line, 17);
    cr_expect_gt(u->page, 0);
    u = evx_units_find(&merged, "HC650/p239/q1");
    cr_assert_not_null(u);
    cr_expect_eq(u->n_sources, 2);
    for (n = 225; n <= 249; n++) {
        char id[32];
        snprintf(id, sizeof id, "HC650/fn%d", n);
        u = evx_units_find(&merged, id);
        cr_assert_not_null(u, "%s missing", id);
        cr_expect(u->text && *u->text, "%s has no text", id);
        cr_expect_not_null(u->parent, "%s not linked", id);
    }
    cr_expect_str_eq(evx_units_find(&merged, "HC650/fn226")->parent,
                     "HC650/p239/q1");
    cr_expect_str_eq(evx_units_find(&merged, "HC650/fn226")->text,
                     "Q361 [Ian Dalton]");
    /* paragraphs stay in number order */
    {
        size_t i;
        int last = 0;
        for (i = 0; i < merged.len; i++) {
            if (merged.items[i]->type != EVX_UNIT_PARAGRAPH)
                continue;
            cr_expect_gt(merged.items[i]->number, last, "p%d after p%d",
                         merged.items[i]->number, last);
            last = merged.items[i]->number;
        }
    }
    cr_expect_lt(index_of(&merged, "HC650/fn226"),
                 index_of(&merged, "HC650/p240"));
    evx_units_free(&merged);
    evx_text_free(tp);
    evx_text_free(tw);
    evx_diag_free(d);
}

/* Both readers apply one inline quotation rule (quotes.h): for every
 * paragraph both have, they find the same quotations under the same ids,
 * so nothing is left unmerged. */
Test(merge, readers_agree_on_quotation_ids)
{
    evx_units pdf = EVX_UNITS_INIT, web = EVX_UNITS_INIT;
    evx_text *tp, *tw;
    evx_diag *d;
    size_t i, checked = 0;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    load_parse(&pdf, PDF_REAL, 0, d, &tp);
    load_parse(&web, WEB_REAL, 1, d, &tw);
    for (i = 0; i < web.len; i++) {
        const evx_unit *q = web.items[i], *o;
        if (q->type != EVX_UNIT_QUOTATION)
            continue;
        o = evx_units_find(&pdf, q->id);
        cr_expect_not_null(o, "%s: only the web reader has it", q->id);
        if (o)
            cr_expect_eq(strncmp(o->text, q->text, 8), 0, "%s: \"%.20s\" vs \"%.20s\"",
                         q->id, o->text, q->text);
        checked++;
    }
    for (i = 0; i < pdf.len; i++) {
        const evx_unit *q = pdf.items[i];
        if (q->type == EVX_UNIT_QUOTATION && q->parent &&
            evx_units_find(&web, q->parent))
            cr_expect_not_null(evx_units_find(&web, q->id),
                               "%s: only the pdf reader has it", q->id);
    }
    cr_expect_geq(checked, 15, "the web edition has 17 quotations");
    evx_units_free(&pdf);
    evx_units_free(&web);
    evx_text_free(tp);
    evx_text_free(tw);
    evx_diag_free(d);
}
