/*
 * rerank.h - reorders a block of hits by a boost (the proximity of the
 * query's words, prox.h): each hit's score gains the boost's weight in
 * it, and the block is sorted by that score.  Only the order within the
 * block changes: no unit joins or leaves it, so a boost never pushes an
 * answer off the first page (README "Ranking").  The blocks are the
 * ranking's first EVX_RERANK_BLOCK hits, the next EVX_RERANK_BLOCK, and
 * so on, whatever page is shown (search.c), so that every page and page
 * size cuts the same order.
 */
#ifndef EVX_RERANK_H
#define EVX_RERANK_H

#include <stddef.h>

#include "search.h"
#include "xdb.h"

/* Hits reordered together: a page of the default size. */
#define EVX_RERANK_BLOCK 10

/* Reorders items[0..n) (hits of a query q over db, scored with o's BM25
 * parameters) by their score under q AND_MAYBE boost, stably, and sets
 * each hit's score to it.  boost is borrowed.  EVX_OK (also for n < 2);
 * EVX_TIMEOUT; EVX_IO; EVX_BACKEND; EVX_NOMEM (items unchanged). */
evx_status evx_rerank_page(evx_hit *items, size_t n, evx_db *db,
                           const evx_query *boost, const evx_search_opts *o);

#endif /* EVX_RERANK_H */
