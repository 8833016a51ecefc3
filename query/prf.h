/*
 * prf.h - pseudo-relevance feedback for a topic query: the best few hits
 * of the user's query are taken as relevant, Xapian's expand set over them
 * gives the stems they share that the query lacks, and those stems are
 * added to the query weighted well below the user's own words, so a unit
 * that words the topic differently ranks with the ones that use the
 * query's words.  Chosen on the tuning queries of bench/ranking (README
 * "Ranking").
 */
#ifndef EVX_PRF_H
#define EVX_PRF_H

#include <stddef.h>

#include "evx.h"
#include "tok.h"
#include "xdb.h"

/* Hits of the first pass taken as relevant. */
#define EVX_PRF_DOCS 3

/* Stems added (at most). */
#define EVX_PRF_TERMS 10

/* Weight of the added stems against the user's words. */
#define EVX_PRF_WEIGHT 0.15

/* The words of the query as the parser gives them (folded, unstemmed):
 * their stems are never added again. */
typedef struct evx_prf_words {
    const char *const *words;
    size_t n;
} evx_prf_words;

/* Replaces *q (taken) with *q AND_MAYBE the added stems, weighted by
 * EVX_PRF_WEIGHT, when the first pass finds hits and the expand set has
 * stems the query lacks; otherwise leaves *q as it is.  db and tok are
 * borrowed.  EVX_OK; EVX_TIMEOUT, EVX_BACKEND, EVX_NOMEM (*q unchanged,
 * still the caller's; *errmsg (if not NULL) malloc'd). */
evx_status evx_prf_expand(evx_query **q, evx_db *db, evx_tok *tok,
                          const evx_prf_words *w, char **errmsg);

#endif /* EVX_PRF_H */
