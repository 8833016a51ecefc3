/*
 * pdf_pages.c - the printed page of each unit, and when not to trust it;
 * see pdf_pages.h.
 */
#include "pdf_pages.h"

#include <stdlib.h>

#include "grow.h"

/* The count is trusted past the last anchor when at most one check in
 * this many failed. */
#define MISFIT_SHARE 10

/* Does the count fit the page the anchor gives? */
static int count_fits(int counted, int pg, pdf_anchor how)
{
    switch (how) {
    case PDF_ANCHOR_HEADER: /* at the top of the page, or its foot */
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
    if (p->anchored) {
        p->anchor_checks++;
        if (!count_fits(p->page, pg, how)) {
            p->anchor_misfits++;
            unsure(p, p->anchor_line, ln);
        }
    }
    p->page = pg;
    p->anchored = 1;
    p->anchor_line = ln;
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
    /* after the last anchor nothing checks the count: trust it there only
     * if it fitted nearly everywhere it was checked */
    if (p->anchored && p->anchor_misfits * MISFIT_SHARE > p->anchor_checks)
        unsure(p, p->anchor_line, (size_t)-1);
    for (size_t i = p->first_new; i < p->out->len && p->n_unsure; i++) {
        evx_unit *u = p->out->items[i];
        if (u->n_sources && in_unsure(p, u->sources[0].line))
            u->page = 0;
    }
}

void pdf_pages_free(pdf_parser *p)
{
    free(p->unsure);
    p->unsure = NULL;
    p->n_unsure = p->cap_unsure = 0;
}
