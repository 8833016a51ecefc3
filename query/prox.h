/*
 * prox.h - proximity of a topic query's words: each two content words
 * next to each other in a run of free words, as a NEAR of their plain
 * forms, weighted down.  It only reorders a page of hits (rerank.h): a
 * unit whose words stand close together moves up within its page, and no
 * unit joins or leaves the page.  Chosen on the tuning queries of
 * bench/ranking (README "Ranking").
 */
#ifndef EVX_PROX_H
#define EVX_PROX_H

#include <stddef.h>

#include "evx.h"
#include "tok.h"
#include "xdb.h"

/* Weight of a pair's NEAR match against the words' own matches. */
#define EVX_PROX_WEIGHT 0.3

/* The most positions a pair may span (both words included). */
#define EVX_PROX_WINDOW 8

/* The n free words of a run: stems[i] (folded, stemmed) and terms[i]
 * (folded, as typed); either may be NULL for a word that is not a single
 * token, which makes no pair. */
typedef struct evx_prox_words {
    const char *const *stems;
    const char *const *terms;
    size_t n;
} evx_prox_words;

/* *out: the OR of a NEAR query for each two adjacent content words of
 * w (each word as the OR of the plain words the index holds for its stem,
 * qstem.h), weighted by EVX_PROX_WEIGHT; NULL when w has no two adjacent
 * content words.  *n_pairs (may be NULL) gets the number of pairs.  db and
 * tok are borrowed; the caller frees *out.  EVX_OK, EVX_BACKEND,
 * EVX_NOMEM (*out NULL). */
evx_status evx_prox_pairs(evx_query **out, size_t *n_pairs, evx_db *db,
                          evx_tok *tok, const evx_prox_words *w);

#endif /* EVX_PROX_H */
