/*
 * rerank.h - reorders the hits of one page by a boost (the proximity of
 * the query's words, prox.h): each hit's score gains the boost's weight
 * in it, and the page is sorted by that score.  Only the order within the
 * page changes: no unit joins or leaves it, so a boost never pushes an
 * answer off the first page (README "Ranking").
 */
#ifndef EVX_RERANK_H
#define EVX_RERANK_H

#include <stddef.h>

#include "search.h"
#include "xdb.h"

/* Reorders items[0..n) (hits of a query q over db, scored with o's BM25
 * parameters) by their score under q AND_MAYBE boost, stably, and sets
 * each hit's score to it.  boost is borrowed.  EVX_OK (also for n < 2);
 * EVX_TIMEOUT; EVX_IO; EVX_BACKEND; EVX_NOMEM (items unchanged). */
evx_status evx_rerank_page(evx_hit *items, size_t n, evx_db *db,
                           const evx_query *boost, const evx_search_opts *o);

#endif /* EVX_RERANK_H */
