/*
 * attrib_cite.c - the footnote a quotation cites; see attrib_cite.h.
 */
#include "attrib_cite.h"

#include <string.h>

#include "attrib_fn.h"
#include "attrib_mention.h"

const evx_unit *evx_cite_footnote(const evx_units *units, const char *report,
                                  int n)
{
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == EVX_UNIT_FOOTNOTE && u->number == n &&
            evx_registry_same_report(u->report, report))
            return u;
    }
    return NULL;
}

/* Most "As above" / "Ibid." footnotes one after another that are followed
 * back to the source they repeat. */
#define MAX_IBID_CHAIN 20

const evx_unit *evx_cite_source(const evx_units *units, const char *report,
                                int n)
{
    const evx_unit *f = evx_cite_footnote(units, report, n);
    for (int k = 0; k < MAX_IBID_CHAIN && f && f->text && n > 1 &&
                    evx_fnref_is_ibid(f->text, strlen(f->text));
         k++)
        f = evx_cite_footnote(units, report, --n);
    return f;
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

