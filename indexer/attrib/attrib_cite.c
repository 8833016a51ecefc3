/*
 * attrib_cite.c - the footnote a quotation cites; see attrib_cite.h.
 */
#include "attrib_cite.h"

#include <string.h>

#include "attrib_fnrepeat.h"
#include "attrib_mention.h"

const evx_unit *evx_cite_footnote(const evx_units_index *ix,
                                  const char *report, int n)
{
    evx_unit *const *notes;
    size_t len;
    evx_units_index_footnotes(ix, n, &notes, &len);
    for (size_t i = 0; i < len; i++)
        if (evx_registry_same_report(notes[i]->report, report))
            return notes[i];
    return NULL;
}

/* Most "As above" / "Ibid." footnotes one after another that are followed
 * back to the source they repeat. */
#define MAX_IBID_CHAIN 20

const evx_unit *evx_cite_source(const evx_units_index *ix,
                                const char *report, int n)
{
    const evx_unit *f = evx_cite_footnote(ix, report, n);
    for (int k = 0; k < MAX_IBID_CHAIN && f && f->text && n > 1 &&
                    evx_fnref_is_ibid(f->text, strlen(f->text));
         k++)
        f = evx_cite_footnote(ix, report, --n);
    return f;
}

static evx_status refs_of(const evx_units_index *ix, const char *report,
                          int n, int depth, evx_fnref **refs, size_t *n_refs,
                          int *body)
{
    const evx_unit *f = evx_cite_source(ix, report, n);
    *refs = NULL;
    *n_refs = 0;
    *body = f && f->text && *f->text;
    if (!*body)
        return EVX_OK;
    size_t len = strlen(f->text), at = evx_fnref_ibid_at(f->text, len);
    if (!at || f->number <= 1 || depth >= MAX_IBID_CHAIN)
        return evx_fnrefs_parse(refs, n_refs, f->text, len);
    evx_fnref *moved = NULL;
    int prev_body;
    evx_status st = refs_of(ix, report, f->number - 1, depth + 1, refs,
                            n_refs, &prev_body);
    if (!st && *n_refs)
        st = evx_fnref_moved(&(*refs)[0], f->text + at, len - at, &moved);
    if (moved) {
        evx_fnrefs_free(*refs, *n_refs);
        *refs = moved;
        *n_refs = 1;
    }
    return st;
}

evx_status evx_cite_refs(const evx_units_index *ix, const char *report,
                         int n, evx_fnref **refs, size_t *n_refs, int *body)
{
    return refs_of(ix, report, n, 0, refs, n_refs, body);
}

int evx_cite_by_sibling(const evx_units *units, const evx_unit *q, int n)
{
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u == q || u->type != EVX_UNIT_QUOTATION || !u->parent ||
            strcmp(u->parent, q->parent) != 0)
            continue;
        for (size_t k = 0; k < u->n_footnotes; k++)
            if (u->footnotes[k] == n)
                return 1;
    }
    return 0;
}

