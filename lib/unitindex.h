/*
 * unitindex.h - a list of units (unit.h) looked up by id and footnotes by
 * number, in time that does not grow with the list, for a pass that asks
 * for every quotation's paragraph and footnotes (attribution): over a
 * unit list of 45,000 quotations a search of the whole list each time
 * took 11 s.  It answers as evx_units_find and a walk of the list would:
 * the first in list order.  The list must not change while indexed.
 */
#ifndef EVX_UNITINDEX_H
#define EVX_UNITINDEX_H

#include <stddef.h>

#include "evx.h"
#include "unit.h"

typedef struct evx_units_index evx_units_index;

/* Indexes list (borrowed: it must outlive the index and not change).
 * EVX_OK or EVX_NOMEM; free with evx_units_index_free. */
evx_status evx_units_index_new(evx_units_index **out, const evx_units *list);

/* Frees ix (not its list); NULL is a no-op. */
void evx_units_index_free(evx_units_index *ix);

/* The list ix indexes (borrowed). */
const evx_units *evx_units_index_list(const evx_units_index *ix);

/* The first unit of the list with this id, or NULL (as evx_units_find).
 * Borrowed. */
evx_unit *evx_units_index_find(const evx_units_index *ix, const char *id);

/* The footnote units numbered n, in list order: *first points at the
 * first of *len of them (borrowed; none: *len 0). */
void evx_units_index_footnotes(const evx_units_index *ix, int n,
                               evx_unit *const **first, size_t *len);

#endif /* EVX_UNITINDEX_H */
