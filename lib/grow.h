/*
 * grow.h - room for more elements in a malloc'd array, doubling its
 * capacity.  Every growable list of the indexer and the query tool uses
 * it, so the overflow check is written once.
 */
#ifndef EVX_GROW_H
#define EVX_GROW_H

#include <stddef.h>

#include "evx.h"

/* Makes *items (an array of elements of `size` bytes with capacity *cap)
 * hold at least `need` elements, reallocating to double the capacity (at
 * least 16).  On failure *items and *cap are unchanged.  EVX_OK, or
 * EVX_NOMEM (allocation failed or the size would overflow). */
evx_status evx_grow(void **items, size_t *cap, size_t need, size_t size);

#endif /* EVX_GROW_H */
