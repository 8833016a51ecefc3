/*
 * unitindex.c - units by id and footnotes by number (see unitindex.h):
 * two sorted arrays, searched by halves.
 */
#include "unitindex.h"

#include <stdlib.h>
#include <string.h>

struct evx_units_index {
    const evx_units *list;
    size_t *by_id;     /* places in order of id, then of place */
    evx_unit **notes;  /* footnote units in order of number, then of place */
    size_t n_notes;
};

/* A footnote and its place, to sort by number. */
typedef struct note_at {
    evx_unit *u;
    size_t at;
} note_at;

static int by_number_at(const void *a, const void *b)
{
    const note_at *x = a, *y = b;
    if (x->u->number != y->u->number)
        return (x->u->number > y->u->number) - (x->u->number < y->u->number);
    return (x->at > y->at) - (x->at < y->at);
}

static evx_status index_notes(evx_units_index *ix)
{
    const evx_units *l = ix->list;
    note_at *v = malloc((l->len + 1) * sizeof *v);
    ix->notes = malloc((l->len + 1) * sizeof *ix->notes);
    if (!v || !ix->notes) {
        free(v);
        return EVX_NOMEM;
    }
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i]->type == EVX_UNIT_FOOTNOTE)
            v[ix->n_notes++] = (note_at){l->items[i], i};
    qsort(v, ix->n_notes, sizeof *v, by_number_at);
    for (size_t i = 0; i < ix->n_notes; i++)
        ix->notes[i] = v[i].u;
    free(v);
    return EVX_OK;
}

evx_status evx_units_index_new(evx_units_index **out, const evx_units *list)
{
    evx_units_index *ix = calloc(1, sizeof *ix);
    *out = NULL;
    if (!ix)
        return EVX_NOMEM;
    ix->list = list;
    evx_status st = evx_units_order_by_id(list, &ix->by_id);
    if (!st)
        st = index_notes(ix);
    if (st) {
        evx_units_index_free(ix);
        return st;
    }
    *out = ix;
    return EVX_OK;
}

void evx_units_index_free(evx_units_index *ix)
{
    if (!ix)
        return;
    free(ix->by_id);
    free(ix->notes);
    free(ix);
}

const evx_units *evx_units_index_list(const evx_units_index *ix)
{
    return ix->list;
}

/* The id of the unit at sorted place k ("" for none, as the order has it). */
static const char *id_at(const evx_units_index *ix, size_t k)
{
    const char *id = ix->list->items[ix->by_id[k]]->id;
    return id ? id : "";
}

evx_unit *evx_units_index_find(const evx_units_index *ix, const char *id)
{
    size_t lo = 0, hi = ix->list->len;
    if (!id)
        return NULL;
    while (lo < hi) { /* the first place whose id is not below id */
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(id_at(ix, mid), id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == ix->list->len || !ix->list->items[ix->by_id[lo]]->id ||
        strcmp(id_at(ix, lo), id) != 0)
        return NULL;
    return ix->list->items[ix->by_id[lo]];
}

void evx_units_index_footnotes(const evx_units_index *ix, int n,
                               evx_unit *const **first, size_t *len)
{
    size_t lo = 0, hi = ix->n_notes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->notes[mid]->number < n)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < ix->n_notes && ix->notes[end]->number == n)
        end++;
    *first = ix->notes + lo;
    *len = end - lo;
}
