/*
 * test_pagejoin.c - pages joined with nothing between them (pagejoin.h):
 * a script that adds up a PDF library's page texts glues each page's
 * last line to the next page's first.  The joins are found by the
 * running furniture, in every way a word processor sets it, and never
 * where numbers that go up are not pages; HC 179 with every page so
 * joined reads as printed.
 */
#define _GNU_SOURCE /* memmem */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "pagejoin.h"
#include "readutil.h"
#include "testutil.h"

#define TITLE "Rail ticketing reform"
#define PAGES 12

/* How a page's furniture is set. */
typedef enum style {
    FOOTER_NUMBER,    /* footer "N", header TITLE */
    FOOTER_SIDES,     /* footer "N  TITLE" on even pages, "TITLE  N" on odd */
    HEADER_NUMBERED,  /* header "TITLE  N", no footer */
    FOOTER_PAGE_OF,   /* footer "Page N of 12", header TITLE */
    HEADER_RIGHT      /* header "TITLE" and the number far right, spaced
                         as a layout-mode tool spaces it, page by page */
} style;

/* A page's body line k (of 6): sentences, a chapter's heading, a
 * paragraph number, a sentence that runs on to the next page. */
static const char *body_line(int page, int k)
{
    static const char *const LINES[] = {
        "The Department told us that ticket machines at rural stations",
        "were out of order for weeks at a time, and that passengers had",
        "no other way to buy a ticket before boarding the train.",
        "Operators said that the cost of smart ticketing had been higher",
        "than forecast, and that the savings had been slower to arrive.",
        "We heard that passengers were confused by the fares on offer,"};
    if (k == 0 && page % 4 == 3)
        return "1 Introduction"; /* the page starts with a chapter */
    if (k == 0 && page % 4 == 1)
        return "and that the advice they were given was not clear."; /* runs on */
    return LINES[(k + page) % 6];
}

static void put(evx_buf *b, const char *s)
{
    evx_buf_append(b, s, strlen(s));
}

/* The furniture at the top (top) or foot of page p. */
static void furniture(evx_buf *b, style st, int p, int top)
{
    char s[128] = "";
    if (st == FOOTER_NUMBER || st == FOOTER_PAGE_OF)
        snprintf(s, sizeof s, top ? TITLE : st == FOOTER_NUMBER ? "%d" : "Page %d of 12", p);
    else if (st == FOOTER_SIDES && !top)
        snprintf(s, sizeof s, p % 2 ? TITLE "  %d" : "%d  " TITLE, p);
    else if (st == HEADER_NUMBERED && top)
        snprintf(s, sizeof s, TITLE "  %d", p);
    else if (st == HEADER_RIGHT && top)
        snprintf(s, sizeof s, "%*s%s%*s%d", 10 + p % 3, "", TITLE, 30 + p % 5, "", p);
    put(b, s);
}

/* A report of PAGES pages in style st, each page's text ending without a
 * line end and the next joined to it by sep; where each page starts is
 * written to starts[1..PAGES-1] (byte offsets). */
static char *report(style st, const char *sep, size_t *starts)
{
    evx_buf b = EVX_BUF_INIT;
    put(&b, "House of Commons\nTransport Committee\n" TITLE "\nHC 1201\n"
            "Published on 3 March 2025 by authority of the House of Commons");
    for (int p = 2; p <= PAGES; p++) {
        put(&b, sep);
        starts[p - 1] = b.len;
        if (st != FOOTER_SIDES) {
            furniture(&b, st, p, 1);
            put(&b, "\n");
        }
        if (p == 2)
            put(&b, "Contents\nSummary 3\n1 Introduction 4\n");
        for (int k = 0; k < 6; k++) {
            put(&b, body_line(p, k));
            put(&b, "\n");
        }
        if (st == FOOTER_NUMBER || st == FOOTER_SIDES || st == FOOTER_PAGE_OF)
            furniture(&b, st, p, 0);
        else
            b.len--, b.data[b.len] = '\0'; /* the page ends with its text */
    }
    put(&b, "\n");
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    return evx_buf_detach(&b);
}

/* The joins found in style st's pages glued with nothing between. */
static void expect_every_page(style st)
{
    size_t starts[PAGES], *at = NULL, n = 0;
    char *text = report(st, "", starts);
    cr_assert_eq(evx_pagejoin_find(text, strlen(text), &at, &n), EVX_OK);
    cr_expect_eq(n, PAGES - 1, "style %d: %zu joins, not %d", st, n, PAGES - 1);
    for (size_t k = 0; k < n && k + 1 < PAGES; k++)
        cr_expect_eq(at[k], starts[k + 1], "style %d: join %zu at %zu (\"%.20s\"), not %zu",
                     st, k, at[k], text + at[k], starts[k + 1]);
    free(at);
    free(text);
}

/* The same pages, each line its own (a line end between pages): no
 * join, the furniture lines are whole. */
static void expect_none_when_apart(style st)
{
    size_t starts[PAGES], *at = NULL, n = 0;
    char *text = report(st, "\n", starts);
    cr_assert_eq(evx_pagejoin_find(text, strlen(text), &at, &n), EVX_OK);
    cr_expect_eq(n, 0, "style %d: %zu joins in pages apart (\"%.30s\")", st, n,
                 n ? text + at[0] : "");
    free(at);
    free(text);
}

/* Every page start is found, in each furniture style: a footer's number
 * glued to the next page's header ("2Rail ticketing reform"), a footer
 * glued to the next page's first words ("Rail ticketing reform  31
 * Introduction": page 3, chapter 1; "4  Rail ticketing reformand that
 * …"), a header glued to the page before ("… the train.Rail ticketing
 * reform  4"), "Page 2 of 12Rail ticketing reform", a right-aligned
 * header whose spacing changes from page to page; and the title page's
 * end, glued to "Contents" or to the running head. */
Test(pagejoin, every_page_start_in_every_style)
{
    for (style st = FOOTER_NUMBER; st <= HEADER_RIGHT; st++) {
        expect_every_page(st);
        expect_none_when_apart(st);
    }
}

/* Finds the joins in text; expects none. */
static void expect_no_join(const char *what, const char *text)
{
    size_t *at = NULL, n = 0;
    cr_assert_eq(evx_pagejoin_find(text, strlen(text), &at, &n), EVX_OK);
    cr_expect_eq(n, 0, "%s: %zu joins, the first at \"%.30s\"", what, n,
                 n ? text + at[0] : "");
    free(at);
}

/* Lines line_fmt (with %d) numbered by nums[0..k), each after `filler`
 * lines of text and followed on its line by tails[i] when tails is not
 * NULL. */
static char *spread(const char *line_fmt, const int *nums, int k, int filler,
                    const char *const *tails)
{
    evx_buf b = EVX_BUF_INIT;
    for (int i = 0; i < k; i++) {
        char s[256];
        for (int f = 0; f < filler; f++)
            put(&b, "The Committee heard evidence from many witnesses on this.\n");
        snprintf(s, sizeof s, line_fmt, nums[i]);
        put(&b, s);
        put(&b, tails ? tails[i] : "");
        put(&b, "\n");
    }
    return evx_buf_detach(&b);
}

/* Numbers that go up but are not pages: a footnote repeated every other
 * number (no footer of the other side), a running head whose page
 * numbers read as 1, 2, 3 only cut from "17", "24", "30", a browser's
 * list of links, question numbers glued to their brackets, a sentence
 * that names a session, repeated page after page, with a footnote's
 * marker after it. */
Test(pagejoin, no_join_where_numbers_are_not_pages)
{
    static const int notes[] = {3, 15, 7, 19, 11, 23};
    char *t = spread("%d Letter from the Minister for Care to the Chair, 3 May 2018",
                     notes, 6, 30, NULL);
    expect_no_join("a note repeated", t);
    free(t);
    static const int pages[] = {17, 24, 26, 30, 33, 41, 44, 49, 58, 65};
    t = spread("Conclusions and recommendations %d", pages, 10, 20, NULL);
    expect_no_join("a running head of two-digit pages", t);
    free(t);
    static const int links[] = {1, 3, 5, 6, 8, 10};
    t = spread("   %d. file:///tmp/02.htm", links, 6, 8, NULL);
    expect_no_join("a list of links", t);
    free(t);
    static const int codes[] = {147, 148, 149, 150, 151};
    static const char *const waters[] = {", Northumbrian Water", "; Thames Water",
                                         ", Yorkshire Water", ". Anglian Water",
                                         ", Southern Water"};
    t = spread("(Q%d)", codes, 5, 25, waters);
    expect_no_join("question numbers", t);
    free(t);
    static const int sessions[] = {1, 2, 3, 4, 5, 6};
    static const char *const marks[] = {"1 We agree.", "2 So do we.", "3 We agree.",
                                        "4 It is.", "5 We agree.", "6 Not so."};
    t = spread("In session %d the Committee heard that the network was slower "
               "than promised.", sessions, 6, 12, marks);
    expect_no_join("a sentence repeated with its number", t);
    free(t);
}

/* HC 179 with every page's running head glued to the line before it
 * ("… sandblasting.4 Environmental impact of microplastics"), as a
 * script adding up page texts would give it: every unit as the file
 * read as it is gives it, with its text, page, chapter and section. */
#define HC179 "corpus/hc179-microplastics.txt"
#define HC179_HEAD "Environmental impact of microplastics"

/* Is line s (n bytes) the running head: HC179_HEAD and a number, either
 * way round, blanks aside? */
static int running_head(const char *s, size_t n)
{
    size_t h = strlen(HC179_HEAD), i = 0, j = n;
    while (i < n && s[i] == ' ')
        i++;
    while (j > i && s[j - 1] == ' ')
        j--;
    const char *at = j - i > h ? memmem(s + i, j - i, HC179_HEAD, h) : NULL;
    if (!at)
        return 0;
    size_t digits = 0, rest = 0;
    for (const char *p = s + i; p < s + j; p++)
        if (p < at || p >= at + h) {
            digits += *p >= '0' && *p <= '9';
            rest += *p != ' ' && !(*p >= '0' && *p <= '9');
        }
    return digits > 0 && rest == 0;
}

/* text with each running head line joined to the last line of text
 * before it, the blank lines between dropped. */
static char *glue_heads(const char *text, size_t len, int *glued)
{
    evx_buf b = EVX_BUF_INIT;
    *glued = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (text + i)) : len - i;
        if (running_head(text + i, n) && b.len > 0) {
            while (b.len > 0 && (b.data[b.len - 1] == '\n' || b.data[b.len - 1] == ' '))
                b.len--;
            size_t k = 0;
            while (k < n && text[i + k] == ' ')
                k++;
            evx_buf_append(&b, text + i + k, n - k);
            ++*glued;
        } else {
            evx_buf_append(&b, text + i, n);
        }
        evx_buf_append(&b, "\n", nl ? 1 : 0);
        i += n + 1;
    }
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    return evx_buf_detach(&b);
}

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

Test(pagejoin, hc179_with_its_pages_glued_reads_as_printed)
{
    size_t len;
    int glued;
    char path[512];
    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, HC179);
    char *text = tu_slurp(path, &len, 1), *g = glue_heads(text, len, &glued);
    cr_assert_gt(glued, 30, "%d running heads glued", glued);
    evx_units want = EVX_UNITS_INIT, got = EVX_UNITS_INIT;
    tu_read_units(&want, path, "hc179.txt", "HC 179");
    tu_read_text_as(&got, g, "hc179-glued.txt", "HC 179", 0);
    cr_expect_eq(got.len, want.len, "%zu units, not %zu", got.len, want.len);
    size_t differ = 0;
    for (size_t k = 0; k < want.len; k++) {
        const evx_unit *w = want.items[k], *u = evx_units_find(&got, w->id);
        int ok = u && same(u->text, w->text) && u->page == w->page &&
                 u->chapter == w->chapter && same(u->section, w->section);
        if (!ok && differ++ < 5)
            cr_expect(0, "%s: %s", w->id,
                      !u ? "missing" : !same(u->text, w->text) ? u->text : "placed otherwise");
    }
    cr_expect_eq(differ, 0, "%zu of %zu units differ", differ, want.len);
    evx_units_free(&want);
    evx_units_free(&got);
    free(g);
    free(text);
}
