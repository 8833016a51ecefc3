/*
 * offmap.h - where a byte of a rewritten text came from: a rewrite that
 * changes a run's length (a straight quote made a curly one, a ligature
 * spelt out, a Pandoc escape's backslash dropped) records a breakpoint
 * after it, and an offset of the output maps back to the input by the
 * last breakpoint at or before it.  An offset inside a rewritten run maps
 * to its start or past it, never before.  Pure: no I/O.
 */
#ifndef EVX_OFFMAP_H
#define EVX_OFFMAP_H

#include <stddef.h>

#include "evx.h"

/* Breakpoints in ascending output order; zeroed is empty. */
typedef struct evx_offmap {
    size_t *out, *in;
    size_t n, cap;
} evx_offmap;

#define EVX_OFFMAP_INIT {NULL, NULL, 0, 0}

/* Records that output offset out_off came from input offset in_off; a
 * breakpoint that keeps the last one's difference is not stored.
 * EVX_OK or EVX_NOMEM. */
evx_status evx_offmap_add(evx_offmap *m, size_t out_off, size_t in_off);

/* The input offset that output offset off came from. */
size_t evx_offmap_back(const evx_offmap *m, size_t off);

/* Frees the breakpoints; the map is then empty. */
void evx_offmap_free(evx_offmap *m);

#endif /* EVX_OFFMAP_H */
