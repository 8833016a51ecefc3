/*
 * fnlink.c - footnote units tied to their citing units (see fnlink.h).
 */
#include "fnlink.h"

#include <stdlib.h>
#include <string.h>

typedef struct cite {
    int number;
    size_t idx; /* index of the citing unit */
} cite;

static int cite_cmp(const void *a, const void *b)
{
    const cite *x = a, *y = b;

    if (x->number != y->number)
        return x->number < y->number ? -1 : 1;
    return (x->idx > y->idx) - (x->idx < y->idx);
}

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;

    return (x > y) - (x < y);
}

/* Every (number, citing unit) pair, sorted by number then list order. */
static evx_status collect_cites(const evx_units *units, size_t first,
                                cite **out, size_t *n_out)
{
    size_t i, j, n = 0, k = 0;
    cite *c;

    for (i = first; i < units->len; i++)
        if (units->items[i]->type != EVX_UNIT_FOOTNOTE)
            n += units->items[i]->n_footnotes;
    c = malloc((n ? n : 1) * sizeof *c);
    if (!c)
        return EVX_NOMEM;
    for (i = first; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == EVX_UNIT_FOOTNOTE)
            continue;
        for (j = 0; j < u->n_footnotes; j++) {
            c[k].number = u->footnotes[j];
            c[k++].idx = i;
        }
    }
    qsort(c, k, sizeof *c, cite_cmp);
    *out = c;
    *n_out = k;
    return EVX_OK;
}

/* Index in c of the first cite of number, or n if none. */
static size_t first_cite(const cite *c, size_t n, int number)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c[mid].number < number)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && c[lo].number == number ? lo : n;
}

/* The citing unit for the cites c[at..] of one number: the first, or a
 * quotation of it that cites the number too. */
static const evx_unit *citing_unit(const evx_units *units, const cite *c,
                                   size_t n, size_t at)
{
    const evx_unit *best = units->items[c[at].idx];
    size_t k;

    for (k = at + 1; k < n && c[k].number == c[at].number; k++) {
        const evx_unit *q = units->items[c[k].idx];
        if (q->type == EVX_UNIT_QUOTATION && q->parent && best->id &&
            strcmp(q->parent, best->id) == 0)
            return q;
    }
    return best;
}

static void note_at(evx_diag *diag, const evx_unit *u, const char *what,
                    int number)
{
    const char *file = u->n_sources ? u->sources[0].file : NULL;
    long line = u->n_sources ? u->sources[0].line : 0;

    evx_diag_add(diag, EVX_DIAG_NOTE, file, line, "%s %d (%s)", what, number,
                 u->id ? u->id : "?");
}

static evx_status link_one(evx_unit *fn, const evx_unit *by)
{
    evx_status st;

    st = evx_unit_set(&fn->parent, by->id, by->id ? strlen(by->id) : 0);
    if (!st && by->section != fn->section)
        st = evx_unit_set(&fn->section, by->section,
                          by->section ? strlen(by->section) : 0);
    /* the chapter it is in, by number and title alike */
    if (!st && by->chapter_title != fn->chapter_title)
        st = evx_unit_set(&fn->chapter_title, by->chapter_title,
                          by->chapter_title ? strlen(by->chapter_title) : 0);
    if (st)
        return st;
    fn->para = by->para ? by->para
                        : (by->type == EVX_UNIT_PARAGRAPH ? by->number : 0);
    fn->chapter = by->chapter;
    /* A footnote's own printed page, when known, is where its text is;
     * otherwise the marker's page is the best guess (they share a page). */
    if (!fn->page)
        fn->page = by->page;
    return EVX_OK;
}

/* Notes the numbers cited by a marker that no footnote unit carries. */
static evx_status note_bodiless(const evx_units *units, size_t first,
                                const cite *c, size_t n, evx_diag *diag)
{
    size_t i, k = 0, nf = 0;
    int *have;

    for (i = first; i < units->len; i++)
        nf += units->items[i]->type == EVX_UNIT_FOOTNOTE;
    have = malloc((nf ? nf : 1) * sizeof *have);
    if (!have)
        return EVX_NOMEM;
    for (i = first; i < units->len; i++)
        if (units->items[i]->type == EVX_UNIT_FOOTNOTE)
            have[k++] = units->items[i]->number;
    qsort(have, k, sizeof *have, int_cmp);
    for (i = 0; i < n; i++) {
        if (i > 0 && c[i].number == c[i - 1].number)
            continue;
        if (!bsearch(&c[i].number, have, k, sizeof *have, int_cmp))
            note_at(diag, units->items[c[i].idx],
                    "no footnote text for marker", c[i].number);
    }
    free(have);
    return EVX_OK;
}

evx_status evx_fnlink(evx_units *units, size_t first, evx_diag *diag)
{
    cite *c = NULL;
    size_t n = 0, i;
    evx_status st;

    st = collect_cites(units, first, &c, &n);
    if (st)
        return st;
    for (i = first; i < units->len && !st; i++) {
        evx_unit *fn = units->items[i];
        size_t at;
        if (fn->type != EVX_UNIT_FOOTNOTE)
            continue;
        at = first_cite(c, n, fn->number);
        if (at == n) {
            if (diag)
                note_at(diag, fn, "no marker cites footnote", fn->number);
            continue;
        }
        st = link_one(fn, citing_unit(units, c, n, at));
    }
    if (!st && diag)
        st = note_bodiless(units, first, c, n, diag);
    free(c);
    return st;
}
