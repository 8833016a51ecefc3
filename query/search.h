/*
 * search.h - runs a parsed query and hands back ranked hits, each with its
 * unit read back from the index (document data), one hit per unit id,
 * and a count of the matching documents, which in an evidex index (one
 * document per unit id) is the number of matching units.  The count is exact up to EVX_SEARCH_COUNT_BOUND
 * matches; past it, it is Xapian's estimate ("about N"), so a query on a
 * common word does not visit every match just to count them.
 */
#ifndef EVX_SEARCH_H
#define EVX_SEARCH_H

#include <stddef.h>

#include "evx.h"
#include "unit.h"
#include "xdb.h"

typedef struct evx_hit {
    unsigned rank;   /* 1-based, counting the offset */
    double score;    /* BM25 score (0 for pure filters) */
    evx_docid docid;
    evx_unit *unit;  /* owned by the hit list */
    char *also;      /* NULL, or the id of the recommendation merged
                        into this hit, its paragraph (restate.h); owned
                        by the hit list */
} evx_hit;

typedef struct evx_hits {
    evx_hit *items;
    size_t len;
    unsigned long total; /* number of matching units: exact up to the
                            bound, else an estimate (see total_exact in
                            evx_search_params) */
} evx_hits;

/* Matches counted exactly before the count becomes an estimate.  The
 * environment variable EVIDEX_COUNT_BOUND (a positive number) overrides it,
 * so tests can pass the bound with a small index. */
#define EVX_SEARCH_COUNT_BOUND 10000

/* Ranking parameters, chosen by measurement (bench/ranking): see search.c
 * and README "Ranking". */
typedef struct evx_search_params {
    unsigned offset;
    unsigned limit;
    int order_by_document; /* non-zero: report order instead of relevance */
    int no_count;          /* non-zero: total is Xapian's estimate from
                              the ranked pass, no count pass (for callers
                              that do not show it) */
    int exact_count;       /* non-zero: count every match, with no bound
                              (`evidex -c`) */
    int *total_exact;      /* out, if not NULL: set non-zero when the hits'
                              total is exact, 0 when it is an estimate */
    int merge_restated;    /* non-zero: a recommendation and the paragraph
                              it restates are one hit (restate.h); pages
                              are cut after merging */
    const evx_query *rerank; /* NULL, or a boost that reorders each
                              block of EVX_RERANK_BLOCK hits of a topic
                              search (merge_restated) within itself
                              (rerank.h): the parser's
                              evx_qparse_rerank; borrowed */
} evx_search_params;

/* Runs q over db.  EVX_OK (also with no hits); EVX_INVALID (e.g. a wildcard
 * too wide: *errmsg says so); EVX_CORRUPT (a stored unit unreadable);
 * EVX_TIMEOUT (past the time limit set on db); EVX_IO (a remote shard
 * unreachable); EVX_BACKEND; EVX_NOMEM.  *errmsg (if not NULL) is malloc'd on failure.
 * Free out with evx_hits_free. */
evx_status evx_search_run(evx_hits *out, evx_db *db, const evx_query *q,
                          const evx_search_params *p, char **errmsg);

/* Frees the hits and their units; leaves *h empty. */
void evx_hits_free(evx_hits *h);

#endif /* EVX_SEARCH_H */
