/*
 * unitcheck.c - checks on a report's finished units (see unitcheck.h).
 */
#include "unitcheck.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"

/* The first source of u, or NULL. */
static const evx_source *first_source(const evx_unit *u)
{
    return u->n_sources ? u->sources : NULL;
}

/* Warns of each unit whose id an earlier unit of the report has (the
 * writer keeps the last). */
static evx_status shared_ids(const evx_units *units, evx_diag *diag)
{
    size_t *order = NULL;
    if (evx_units_order_by_id(units, &order))
        return EVX_NOMEM;
    for (size_t i = 1; i < units->len; i++) {
        const evx_unit *a = units->items[order[i - 1]];
        const evx_unit *b = units->items[order[i]];
        if (!a->id || !b->id || strcmp(a->id, b->id) != 0)
            continue;
        const evx_source *sa = first_source(a), *sb = first_source(b);
        evx_diag_add(diag, EVX_DIAG_WARNING, sa ? sa->file : NULL,
                     sa ? sa->line : 0,
                     "%s is also the id of a unit at %s:%ld: only that one "
                     "is indexed", b->id, sb ? sb->file : "?",
                     sb ? sb->line : 0L);
    }
    free(order);
    return EVX_OK;
}

/* Warns of each paragraph, recommendation or footnote longer than any a
 * report prints. */
static void overlong(const evx_units *units, evx_diag *diag)
{
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type != EVX_UNIT_PARAGRAPH &&
            u->type != EVX_UNIT_RECOMMENDATION &&
            u->type != EVX_UNIT_FOOTNOTE)
            continue;
        size_t n = u->text ? evx_ascii_words(u->text, strlen(u->text)) : 0;
        if (n <= EVX_UNIT_MAX_WORDS)
            continue;
        const evx_source *s = first_source(u);
        evx_diag_add(diag, EVX_DIAG_WARNING, s ? s->file : NULL,
                     s ? s->line : 0,
                     "%s runs to %zu words, lines %ld-%ld, longer than any a "
                     "report prints: text after its start may belong to "
                     "parts not recognised (lost numbers or headings?), and "
                     "would be cited as this one", u->id, n,
                     s ? s->line : 0L, s ? s->end_line : 0L);
    }
}

evx_status evx_unitcheck_report(const evx_units *units, evx_diag *diag)
{
    evx_status st = shared_ids(units, diag);
    if (!st)
        overlong(units, diag);
    return st;
}
