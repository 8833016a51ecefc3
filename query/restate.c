/*
 * restate.c - one hit for a recommendation and the paragraph it restates
 * (see restate.h).  Hits are few (a page and a spare), so each pair is
 * found by a scan.
 */
#include "restate.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* Does recommendation r restate paragraph p?  The two are of one report
 * when their ids begin with one report key: a search's hits carry their
 * id, type and paragraph, not yet their report (search.c, key_unit). */
static int restates(const evx_unit *r, const evx_unit *p)
{
    size_t key = evx_unit_id_key_len(r->id);
    return r->type == EVX_UNIT_RECOMMENDATION && p->type == EVX_UNIT_PARAGRAPH &&
           r->para > 0 && r->para == p->para && key &&
           key == evx_unit_id_key_len(p->id) && memcmp(r->id, p->id, key) == 0;
}

/* The index of the hit after i, at most EVX_RESTATE_SPARE places below
 * it, that i restates or that restates i, or h->len if none. */
static size_t partner(const evx_hits *h, size_t i)
{
    const evx_unit *u = h->items[i].unit;
    size_t end = h->len - i - 1 > EVX_RESTATE_SPARE ? i + 1 + EVX_RESTATE_SPARE
                                                    : h->len;

    for (size_t j = i + 1; j < end; j++) {
        const evx_unit *v = h->items[j].unit;
        if (!h->items[i].also && !h->items[j].also &&
            (restates(u, v) || restates(v, u)))
            return j;
    }
    return h->len;
}

/* Puts the paragraph of pair (i, j) at i, where the pair ranks: its unit
 * and document; i keeps its rank and score, the pair's.  The recommendation
 * goes to j, to be merged away. */
static void paragraph_first(evx_hits *h, size_t i, size_t j)
{
    if (h->items[i].unit->type != EVX_UNIT_RECOMMENDATION)
        return;
    evx_unit *u = h->items[i].unit;
    evx_docid d = h->items[i].docid;
    h->items[i].unit = h->items[j].unit;
    h->items[i].docid = h->items[j].docid;
    h->items[j].unit = u;
    h->items[j].docid = d;
}

evx_status evx_restate_merge(evx_hits *h, unsigned first_rank)
{
    for (size_t i = 0; i < h->len; i++) {
        size_t j = partner(h, i);
        if (j == h->len)
            continue;
        paragraph_first(h, i, j);
        char *id = evx_strdup(h->items[j].unit->id);
        if (!id)
            return EVX_NOMEM;
        h->items[i].also = id;
        evx_unit_free(h->items[j].unit);
        memmove(&h->items[j], &h->items[j + 1],
                (h->len - j - 1) * sizeof h->items[0]);
        h->len--;
    }
    for (size_t i = 0; i < h->len; i++)
        h->items[i].rank = first_rank + (unsigned)i;
    return EVX_OK;
}
