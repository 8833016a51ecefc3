/*
 * test_by_chapter.c - reports that number their paragraphs by chapter
 * ("3.12", as some joint committees and the House of Lords do;
 * lib/paranum.h): the numbers themselves, HC 650's printed dump renumbered
 * so and read again as itself, and a web page so numbered.
 */
#define _DEFAULT_SOURCE /* mkdtemp, nftw */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "paranum.h"
#include "testutil.h"
#include "readutil.h"
#include "variants.h"

Test(by_chapter, numbers_read_printed_and_followed)
{
    static const struct {
        const char *s;
        size_t len;
        int para;
    } read[] = {/* what opens the text: "3.0" is 3, then ".0" */
                {"239", 3, 239},           {"3.12", 4, 300012},
                {"3.12 The", 4, 300012},   {"12.1. The", 4, 1200001},
                {"0.5", 0, 0},             {"3.0", 1, 3},
                {"123.4", 3, 123},         {"3.1234", 0, 0},
                {"", 0, 0},                {"1.1", 3, 100001}};
    for (size_t k = 0; k < sizeof read / sizeof *read; k++) {
        int v = -1;
        size_t n = evx_para_read(read[k].s, strlen(read[k].s), &v);
        cr_expect_eq(n, read[k].len, "%s: %zu", read[k].s, n);
        if (read[k].len)
            cr_expect_eq(v, read[k].para, "%s: %d", read[k].s, v);
    }
    char b[24];
    evx_para_print(evx_para_of_chapter(11, 6), b, sizeof b);
    cr_expect_str_eq(b, "11.6");
    evx_para_print(239, b, sizeof b);
    cr_expect_str_eq(b, "239");
    evx_para_print(0, b, sizeof b);
    cr_expect_str_eq(b, "");

    int c3_4 = evx_para_of_chapter(3, 4);
    cr_expect(evx_para_follows(0, evx_para_of_chapter(1, 1), 5));
    cr_expect_not(evx_para_follows(0, evx_para_of_chapter(3, 5), 5));
    cr_expect(evx_para_follows(c3_4, evx_para_of_chapter(3, 5), 1));
    cr_expect(evx_para_follows(c3_4, evx_para_of_chapter(3, 9), 5));
    cr_expect_not(evx_para_follows(c3_4, evx_para_of_chapter(3, 10), 5));
    cr_expect(evx_para_follows(c3_4, evx_para_of_chapter(4, 1), 1));
    cr_expect_not(evx_para_follows(c3_4, evx_para_of_chapter(6, 1), 5));
    cr_expect_not(evx_para_follows(c3_4, 5, 5)); /* no mixing */
    cr_expect_not(evx_para_follows(12, evx_para_of_chapter(2, 5), 5));
    cr_expect(evx_para_follows(12, 13, 1));
    cr_expect_eq(evx_para_gap(c3_4, evx_para_of_chapter(3, 7)), 2);
    cr_expect_eq(evx_para_gap(c3_4, evx_para_of_chapter(4, 3)), 2);
    cr_expect_eq(evx_para_gap(12, 15), 2);
}

/* The printed number of paragraph u of units, by chapter: its place in
 * its chapter among units' paragraphs. */
static int by_chapter(const evx_units *units, int number)
{
    int chapter = 0, k = 0;
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == EVX_UNIT_PARAGRAPH && u->number == number)
            chapter = u->chapter;
    }
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == EVX_UNIT_PARAGRAPH && u->chapter == chapter &&
            u->number <= number)
            k++;
    }
    return evx_para_of_chapter(chapter, k);
}

/* text with each paragraph's number at its first line, and each
 * recommendation's "(Paragraph N)", written by chapter. */
static char *renumber(const char *text, size_t len, const evx_units *units)
{
    evx_buf out = EVX_BUF_INIT;
    long line = 1;
    for (size_t i = 0; i < len;) {
        size_t e = i;
        while (e < len && text[e] != '\n')
            e++;
        const evx_unit *p = NULL;
        for (size_t k = 0; k < units->len && !p; k++) {
            const evx_unit *u = units->items[k];
            if (u->type == EVX_UNIT_PARAGRAPH && u->n_sources &&
                u->sources[0].line == line)
                p = u;
        }
        size_t at = i, d;
        while (at < e && text[at] == ' ')
            at++;
        for (d = at; d < e && text[d] >= '0' && text[d] <= '9'; d++)
            ;
        if (p && d > at && d + 1 < e && text[d] == '.') {
            char b[24];
            evx_para_print(by_chapter(units, p->number), b, sizeof b);
            evx_buf_append(&out, text + i, at - i);
            evx_buf_puts(&out, b);
            i = d + 1; /* the full stop goes; its space stays */
        }
        /* "(Paragraph 140)", "(Pargraph 140)" */
        for (size_t j = i; j < e; j++) {
            if (j + 4 < e && strncmp(text + j, "(Par", 4) == 0) {
                size_t n = j + 4;
                while (n < e && text[n] >= 'a' && text[n] <= 'z')
                    n++;
                if (n < e && text[n] == ' ') {
                    size_t m = n + 1;
                    int v = 0;
                    while (m < e && text[m] >= '0' && text[m] <= '9')
                        v = v * 10 + (text[m++] - '0');
                    if (m > n + 1) {
                        char b[24];
                        evx_buf_append(&out, text + i, n + 1 - i);
                        evx_para_print(by_chapter(units, v), b, sizeof b);
                        evx_buf_puts(&out, b);
                        i = m;
                        j = m - 1;
                    }
                }
            }
        }
        evx_buf_append(&out, text + i, e - i);
        if (e < len)
            evx_buf_putc(&out, '\n');
        i = e + 1;
        line++;
    }
    cr_assert_eq(evx_buf_status(&out), EVX_OK);
    return evx_buf_detach(&out);
}

/* The id a unit of the report as printed has when its paragraphs are
 * numbered by chapter ("HC650/p140/q1" is "HC650/p5.34/q1"). */
static void by_chapter_id(evx_buf *b, const char *id, const evx_units *units)
{
    const char *p = strstr(id, "/p");
    int v = 0;
    size_t n = p ? evx_para_read(p + 2, strlen(p + 2), &v) : 0;
    evx_buf_clear(b);
    if (!n) {
        evx_buf_puts(b, id);
        return;
    }
    char t[24];
    evx_para_print(by_chapter(units, v), t, sizeof t);
    evx_buf_printf(b, "%.*s/p%s%s", (int)(p - id), id, t, p + 2 + n);
}

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Where a unit should stand: its chapter's title and its section. */
typedef struct place {
    const char *id, *chapter, *section;
} place;

/* Expects each of the n units of want in u, in its chapter and section. */
static void expect_places(const evx_units *u, const place *want, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const evx_unit *p = evx_units_find(u, want[k].id);
        cr_assert_not_null(p, "no %s", want[k].id);
        cr_expect_str_eq(p->chapter_title, want[k].chapter, "%s", want[k].id);
        cr_expect(same(p->section, want[k].section), "%s: %s", want[k].id,
                  p->section);
    }
}


/* Whether v holds every unit of base under its id numbered by chapter,
 * with the same text, chapter, section and speaker, and a paragraph's
 * number as printed by chapter; counts what differs. */
static size_t differences(const evx_units *base, const evx_units *v)
{
    evx_buf id = EVX_BUF_INIT;
    size_t paragraphs = 0, bad = 0;
    for (size_t i = 0; i < base->len; i++) {
        const evx_unit *u = base->items[i];
        by_chapter_id(&id, u->id, base);
        const evx_unit *w = evx_units_find(v, evx_buf_str(&id));
        cr_expect_not_null(w, "%s: no %s", u->id, evx_buf_str(&id));
        if (!w) {
            bad++;
            continue;
        }
        paragraphs += u->type == EVX_UNIT_PARAGRAPH;
        int ok = w->type == u->type && same(w->text, u->text) &&
                 w->chapter == u->chapter &&
                 same(w->chapter_title, u->chapter_title) &&
                 same(w->section, u->section) &&
                 (!u->para || w->para == by_chapter(base, u->para)) &&
                 same(u->speaker ? u->speaker->name : NULL,
                      w->speaker ? w->speaker->name : NULL);
        cr_expect(ok, "%s differs as %s", u->id, w->id);
        bad += !ok;
    }
    cr_expect_eq(paragraphs, 307);
    cr_expect_eq(v->len, base->len);
    evx_buf_free(&id);
    return bad;
}

/* HC 650's printed dump with every paragraph numbered by chapter ("1.1"
 * to "11.6") and every "(Paragraph N)" so written reads as itself: each of
 * its units under its new id, with the same text, chapter, section and
 * speaker, each quotation's and recommendation's paragraph as printed.  So
 * does each re-wrapped as Pandoc would at 60 columns, against the dump
 * itself so re-wrapped: the page layer had known only "N." (chapter 1,
 * the witnesses and the written evidence had been lost). */
Test(by_chapter, hc650_renumbered_by_chapter_reads_as_itself)
{
    char path[512];
    const char *src = getenv("EVX_SOURCE_DIR");
    snprintf(path, sizeof path, "%s/corpus/000_d8babf2c1c9efa17.txt",
             src ? src : EVX_SOURCE_DIR);
    size_t len = 0;
    char *text = tu_slurp(path, &len, 1);
    evx_units base = EVX_UNITS_INIT, v = EVX_UNITS_INIT;
    tu_read_units(&base, path, "a.txt", "HC 650");
    char *re = renumber(text, len, &base);
    tu_read_text_as(&v, re, "a.txt", "HC 650", 0);
    cr_expect_eq(differences(&base, &v), 0);
    evx_units_free(&v);

    char *wrapped = evx_variant_rewrap(text, len, 60);
    char *re_wrapped = evx_variant_rewrap(re, strlen(re), 60);
    cr_assert(wrapped && re_wrapped);
    evx_units wbase = EVX_UNITS_INIT, wv = EVX_UNITS_INIT;
    tu_read_text_as(&wbase, wrapped, "a.txt", "HC 650", 0);
    tu_read_text_as(&wv, re_wrapped, "a.txt", "HC 650", 0);
    cr_expect_eq(differences(&wbase, &wv), 0);
    evx_units_free(&wbase);
    evx_units_free(&wv);
    free(wrapped);
    free(re_wrapped);
    evx_units_free(&base);
    free(re);
    free(text);
}

/* A web page so numbered: paragraphs "1.1", "1.2", "2.1", …, in their
 * chapters and sections, the footnotes they cite, a recommendation's
 * "(Paragraph 2.4)".  The web reader had read "1.1 The Bill …" as
 * paragraph 1 and "1.2 The Minister …" as footnote 1, dropping the real
 * footnote 1 as listed twice. */
Test(by_chapter, a_web_page_numbered_by_chapter)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1.1 The Bill was introduced on 5 July 2017.[1]\n\n"
        "1.2 The Minister told us that \"the Bill protects rights in "
        "full\".[2]\n\n"
        "2 The powers in the Bill\n\n"
        "Delegated powers\n\n"
        "2.1 The Bill gives Ministers wide powers.\n\n"
        "2.2 Professor Jane Doe told us that \"these powers are without "
        "precedent\".[3]\n\n"
        "2.3 We recommend that the powers be narrowed.\n\n"
        "Footnotes\n\n"
        "1 Letter from the Chair to the Minister, 12 July 2017\n\n"
        "2 Letter from the Minister, 20 July 2017\n\n"
        "3 Q12 [Professor Jane Doe]\n\n"
        "Conclusions and recommendations\n\n"
        "1. We recommend that the powers be narrowed. (Paragraph 2.3)\n";
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "web.txt", "HL 9", 1);
    static const place want[] = {{"HL9/p1.1", "Introduction", NULL},
                {"HL9/p1.2", "Introduction", NULL},
                {"HL9/p2.1", "The powers in the Bill", "Delegated powers"},
                {"HL9/p2.2", "The powers in the Bill", "Delegated powers"},
                {"HL9/p2.3", "The powers in the Bill", "Delegated powers"}};
    expect_places(&u, want, sizeof want / sizeof *want);
    const evx_unit *fn1 = evx_units_find(&u, "HL9/fn1");
    cr_assert_not_null(fn1);
    cr_expect_str_eq(fn1->text,
                     "Letter from the Chair to the Minister, 12 July 2017");
    cr_expect_eq(fn1->para, evx_para_of_chapter(1, 1));
    const evx_unit *q = evx_units_find(&u, "HL9/p2.2/q1");
    cr_assert_not_null(q);
    cr_expect(q->speaker && same(q->speaker->name, "Professor Jane Doe"));
    const evx_unit *r = evx_units_find(&u, "HL9/r1");
    cr_assert_not_null(r);
    cr_expect_eq(r->para, evx_para_of_chapter(2, 3));
    cr_expect_str_eq(r->parent, "HL9/p2.3");
    evx_units_free(&u);
}

/* The same copied with no blank lines and the numbers glued ("1.1The
 * Bill …"): the chapter headings had not been headings (their next line
 * was no number the heading rule knew), so the whole page had become
 * three paragraphs, each a heading run into its chapter.  A heading may
 * end with a provision's number ("Eviction and Article 8"), as it may
 * with a year. */
Test(by_chapter, a_web_page_by_chapter_without_blank_lines)
{
    static const char *const text =
        "1 Introduction\n"
        "1.1The Bill was introduced in the House of Lords on 12 January "
        "2022.\n"
        "1.2We heard oral evidence from the Minister on 15 February 2022.\n"
        "2 Eviction and Article 8\n"
        "The right to respect for home\n"
        "2.1Article 8 protects the right to respect for one’s home.\n"
        "3 Access to justice\n"
        "3.1We recommend that the Government publish an assessment.\n";
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "web.txt", "HL 9", 1);
    static const place want[] = {{"HL9/p1.1", "Introduction", NULL},
                {"HL9/p1.2", "Introduction", NULL},
                {"HL9/p2.1", "Eviction and Article 8",
                 "The right to respect for home"},
                {"HL9/p3.1", "Access to justice", NULL}};
    expect_places(&u, want, sizeof want / sizeof *want);
    evx_units_free(&u);
}

/* Printed by chapter with no blank lines and the footnotes at the end,
 * the chapter headings' numbers those of footnotes just cited ("2
 * Eviction …" after "…evidence.2"): each heading had been read as that
 * footnote's body, every paragraph left in chapter 1, the real bodies
 * run into the last paragraph, and a quotation's reference had been
 * "Access to justice".  A heading over its chapter's first paragraph
 * ("2.1") is the chapter's. */
Test(by_chapter, printed_headings_numbered_as_footnotes)
{
    static const char *const text =
        "1 Introduction\n"
        "1.1 The Bill was introduced on 12 January 2022.1\n"
        "1.2 We launched a call for evidence.2\n"
        "2 Eviction and Article 8 ECHR\n"
        "2.1 Article 8 protects the right to respect for one’s home.\n"
        "2.2 Tenants Voice Cymru told us:\n"
        "“Families are being asked to leave homes with no chance to put "
        "their case.”3\n"
        "3 Access to justice\n"
        "3.1 We recommend that the Government publish an assessment.\n\n"
        "1 Bill 214 (2021–22)\n2 Q1–Q24\n3 Tenants Voice Cymru (TPB0004)\n";
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "dump.txt", "HC 9", 0);
    const evx_unit *p = evx_units_find(&u, "HC9/p2.1");
    cr_assert_not_null(p);
    cr_expect_eq(p->chapter, 2);
    p = evx_units_find(&u, "HC9/p3.1");
    cr_assert_not_null(p);
    cr_expect_eq(p->chapter, 3);
    cr_expect_str_eq(p->text,
                     "We recommend that the Government publish an assessment.");
    const evx_unit *f = evx_units_find(&u, "HC9/fn3");
    cr_assert_not_null(f);
    cr_expect_str_eq(f->text, "Tenants Voice Cymru (TPB0004)");
    const evx_unit *q = evx_units_find(&u, "HC9/p2.2/q1");
    cr_assert_not_null(q);
    cr_expect(q->speaker && same(q->speaker->ref, "TPB0004"), "%s",
              q->speaker ? q->speaker->ref : "-");
    evx_units_free(&u);
}

/* A run that numbers itself resumes the sequence after lost numbers:
 * 261 after 199 once 262 and 263 follow, not once 200 comes first, and
 * never for a number within the usual reach or by chapter. */
Test(by_chapter, a_run_after_lost_numbers_resumes_the_sequence)
{
    evx_para_run r;
    cr_assert(evx_para_run_start(&r, 199, 261, EVX_PARA_AHEAD));
    cr_expect_eq(evx_para_run_feed(&r, 7), 0); /* a list's number */
    cr_expect_eq(evx_para_run_feed(&r, 262), 0);
    cr_expect_eq(evx_para_run_feed(&r, 263), 1);
    cr_assert(evx_para_run_start(&r, 199, 261, EVX_PARA_AHEAD));
    cr_expect_eq(evx_para_run_feed(&r, 200), -1);
    cr_expect(!evx_para_run_start(&r, 199, 203, EVX_PARA_AHEAD)); /* follows as it is */
    cr_expect(!evx_para_run_start(&r, 0, 261, EVX_PARA_AHEAD));   /* no paragraph yet */
    cr_expect(!evx_para_run_start(&r, evx_para_of_chapter(3, 4),
                                  evx_para_of_chapter(3, 40), EVX_PARA_AHEAD));
    /* a list of recommendations takes only the next without a run */
    cr_assert(evx_para_run_start(&r, 9, 12, 1));
    cr_expect_eq(evx_para_run_feed(&r, 10), -1);
    cr_assert(evx_para_run_start(&r, 9, 21, 1));
    cr_expect_eq(evx_para_run_feed(&r, 22), 0);
    cr_expect_eq(evx_para_run_feed(&r, 23), 1);
}
