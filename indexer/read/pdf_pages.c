/*
 * pdf_pages.c - the printed page of each unit, and when not to trust it;
 * see pdf_pages.h.
 */
#include "pdf_pages.h"

#include <stdlib.h>

#include "grow.h"
#include "layout.h"

/* The count is trusted past the last anchor when at most one check in
 * this many failed. */
#define MISFIT_SHARE 10

/* A side of the page is the furniture's when at least SIDE_VOTES say so,
 * and more than SIDE_MARGIN times as many as say the other. */
#define SIDE_VOTES 2
#define SIDE_MARGIN 2

typedef struct pdf_anchor_at anchor;

/* Where the furniture stands: at the pages' heads, feet, or not known. */
enum side { SIDE_UNKNOWN, SIDE_HEAD, SIDE_FOOT };

/* Does the count fit the page the anchor gives? */
static int count_fits(int counted, int pg, pdf_anchor how)
{
    switch (how) {
    case PDF_ANCHOR_HEADER: /* at the top of the page, or its foot */
    case PDF_ANCHOR_SIDELESS:
        return pg == counted || pg == counted + 1;
    case PDF_ANCHOR_CHAPTER: /* a chapter may open past a blank page */
        return pg >= counted && pg <= counted + 2;
    case PDF_ANCHOR_SECTION:
        break;
    }
    return pg == counted;
}

/* Records lines [from, to) as a stretch whose pages are not known. */
static void unsure(pdf_parser *p, size_t from, size_t to)
{
    if (p->n_unsure && p->unsure[p->n_unsure - 1].to == from) {
        p->unsure[p->n_unsure - 1].to = to;
        return;
    }
    if (evx_grow((void **)&p->unsure, &p->cap_unsure, p->n_unsure + 1,
                 sizeof *p->unsure)) {
        pdf_oom(p);
        return;
    }
    p->unsure[p->n_unsure].from = from;
    p->unsure[p->n_unsure].to = to;
    p->n_unsure++;
}

void pdf_page_anchor(pdf_parser *p, size_t ln, int pg, pdf_anchor how)
{
    if (pg <= 0)
        return;
    if (evx_grow((void **)&p->anchors, &p->cap_anchors, p->n_anchors + 1,
                 sizeof *p->anchors)) {
        pdf_oom(p);
        return;
    }
    anchor *a = &p->anchors[p->n_anchors++];
    a->line = ln;
    a->pg = pg;
    a->counted = p->page;
    a->set = how == PDF_ANCHOR_SIDELESS ? p->page : pg;
    a->how = how;
    a->top = p->page_top;
    p->page = a->set;
}

static int furniture(const anchor *a)
{
    return a->how == PDF_ANCHOR_HEADER || a->how == PDF_ANCHOR_SIDELESS;
}

/* Tallies what the contents entries say of the furniture's side.  A
 * heading met after furniture: the count from the furniture read as a
 * header finds the page listed (a header gave it), or, mid-page, one less
 * (a footer gave the page before); at a page's top one less says
 * nothing, as a page may open with no header of its own.  Furniture met
 * after a heading: it names the heading's page (a footer closing it) or
 * the next (the next page's header). */
static void contents_sides(const pdf_parser *p, size_t *head, size_t *foot)
{
    for (size_t i = 1; i < p->n_anchors; i++) {
        const anchor *a = &p->anchors[i], *f = a - 1;
        if (furniture(a) && !furniture(f)) {
            *foot += a->pg == f->pg;
            *head += a->pg == f->pg + 1;
            continue;
        }
        if (furniture(a) || !furniture(f))
            continue;
        int counted = f->pg + (a->counted - f->set);
        if (counted == a->pg)
            ++*head;
        else if (!a->top && counted + 1 == a->pg)
            ++*foot;
    }
}

/* Which side the page furniture stands on: form feeds, where the text
 * kept them, and the contents entries vote. */
static enum side furniture_side(const pdf_parser *p)
{
    size_t head = 0, foot = 0;
    evx_layout_furniture_sides(p->layout, &head, &foot);
    contents_sides(p, &head, &foot);
    if (foot >= SIDE_VOTES && foot > SIDE_MARGIN * head)
        return SIDE_FOOT;
    if (head >= SIDE_VOTES && head > SIDE_MARGIN * foot)
        return SIDE_HEAD;
    return SIDE_UNKNOWN;
}

/* What anchor a sets the count to, read with the furniture on `side`
 * (count: the count there, as read so): a footer's number is the page it
 * ends; the report's number with the page's sets no page until its side
 * is known. */
static int sets(const anchor *a, enum side side, int count)
{
    switch ((pdf_anchor)a->how) {
    case PDF_ANCHOR_HEADER:
        return a->pg + (side == SIDE_FOOT);
    case PDF_ANCHOR_SIDELESS:
        return side == SIDE_UNKNOWN ? count : a->pg + (side == SIDE_FOOT);
    case PDF_ANCHOR_CHAPTER:
    case PDF_ANCHOR_SECTION:
        break;
    }
    return a->pg;
}

/* Reads the anchors with the furniture on `side`: shift[i] gets what to
 * add to a page counted past anchor i; the stretches where the count did
 * not fit the anchor that ended them are recorded. */
static void check_anchors(pdf_parser *p, enum side side, int *shift)
{
    size_t checks = 0, misfits = 0, last = 0;
    int have_last = 0;
    for (size_t i = 0; i < p->n_anchors; i++) {
        const anchor *a = &p->anchors[i];
        int counted = a->counted + (i ? shift[i - 1] : 0);
        int to = sets(a, side, counted);
        shift[i] = to - a->set;
        if (a->how == PDF_ANCHOR_SIDELESS && side == SIDE_UNKNOWN)
            continue; /* no anchor: the count goes on */
        if (have_last) {
            checks++;
            if (!count_fits(counted, to, (pdf_anchor)a->how)) {
                misfits++;
                unsure(p, p->anchors[last].line, a->line);
            }
        }
        last = i;
        have_last = 1;
    }
    /* after the last anchor nothing checks the count: trust it there only
     * if it fitted nearly everywhere it was checked */
    if (have_last && misfits * MISFIT_SHARE > checks)
        unsure(p, p->anchors[last].line, (size_t)-1);
}

/* The index past the last anchor at or before line (0: none). */
static size_t anchors_upto(const pdf_parser *p, long line)
{
    size_t lo = 0, hi = p->n_anchors;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((long)p->anchors[mid].line <= line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int in_unsure(const pdf_parser *p, long line)
{
    size_t l = line > 0 ? (size_t)line : 0;
    for (size_t i = 0; i < p->n_unsure; i++)
        if (l >= p->unsure[i].from && l < p->unsure[i].to)
            return 1;
    return 0;
}

void pdf_pages_settle(pdf_parser *p)
{
    int *shift = p->n_anchors ? calloc(p->n_anchors, sizeof *shift) : NULL;
    if (p->n_anchors && !shift) {
        pdf_oom(p);
        return;
    }
    check_anchors(p, furniture_side(p), shift);
    for (size_t i = p->first_new; i < p->out->len; i++) {
        evx_unit *u = p->out->items[i];
        if (!u->n_sources || u->page <= 0)
            continue;
        long line = u->sources[0].line;
        size_t k = anchors_upto(p, line);
        if (in_unsure(p, line))
            u->page = 0;
        else if (k)
            u->page += shift[k - 1];
    }
    free(shift);
}

void pdf_pages_free(pdf_parser *p)
{
    free(p->unsure);
    free(p->anchors);
    p->unsure = NULL;
    p->anchors = NULL;
    p->n_unsure = p->cap_unsure = 0;
    p->n_anchors = p->cap_anchors = 0;
}
