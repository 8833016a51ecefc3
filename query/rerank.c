/*
 * rerank.c - one page's hits scored again under a boost (see rerank.h).
 * The page's units are picked out by their id terms (Q), so the second
 * search visits only them: the cost is one small search per page.
 */
#include "rerank.h"

#include <stdlib.h>
#include <string.h>

#include "schema.h"
#include "unit.h"

/* The boost, filtered to the units of items[0..n).  BM25 sums the weights
 * of a query's parts, so a hit's score under q AND_MAYBE boost is its
 * score under q plus this one: q is not run again. */
static evx_status page_query(evx_query **out, const evx_hit *items, size_t n,
                             const evx_query *boost)
{
    evx_query **ids = calloc(n, sizeof *ids);
    evx_query *page[2] = {NULL, NULL};
    size_t k = 0;
    evx_status st = ids ? EVX_OK : EVX_NOMEM;

    *out = NULL;
    for (; !st && k < n; k++) {
        const char *id = items[k].unit->id ? items[k].unit->id : "";
        st = evx_query_prefixed(&ids[k], EVX_PREFIX_ID, id, strlen(id), 0);
        if (st)
            break;
    }
    page[0] = (evx_query *)boost;
    if (!st)
        st = evx_query_combine(&page[1], EVX_Q_OR, ids, n, 0);
    if (!st)
        st = evx_query_combine(out, EVX_Q_FILTER, page, 2, 0);
    for (size_t i = 0; i < k; i++)
        evx_query_free(ids[i]);
    evx_query_free(page[1]);
    free(ids);
    return st;
}

/* Sorts items[0..n) by score, highest first; equal scores keep their
 * order (insertion sort: a page is short). */
static void sort_by_score(evx_hit *items, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        evx_hit h = items[i];
        size_t j = i;
        for (; j > 0 && items[j - 1].score < h.score; j--)
            items[j] = items[j - 1];
        items[j] = h;
    }
}

evx_status evx_rerank_page(evx_hit *items, size_t n, evx_db *db,
                           const evx_query *boost, const evx_search_opts *o)
{
    evx_query *page = NULL;
    evx_results *r = NULL;
    evx_search_opts po = *o;
    double *score;
    evx_status st;

    if (n < 2 || !boost)
        return EVX_OK;
    score = calloc(n, sizeof *score);
    if (!score)
        return EVX_NOMEM;
    st = page_query(&page, items, n, boost);
    po.offset = 0;
    po.limit = (unsigned)n;
    po.collapse_slot = -1;
    po.sort_slot = -1;
    po.exact_count = 0;
    po.count_bound = 0;
    if (!st)
        st = evx_db_search(db, page, &po, &r);
    for (size_t i = 0; !st && i < evx_results_size(r); i++) {
        evx_docid d = evx_results_docid(r, i);
        for (size_t k = 0; k < n; k++)
            if (items[k].docid == d)
                score[k] = evx_results_score(r, i); /* the boost's part */
    }
    if (!st) {
        for (size_t k = 0; k < n; k++)
            items[k].score += score[k];
        sort_by_score(items, n);
    }
    evx_results_free(r);
    evx_query_free(page);
    free(score);
    return st;
}
