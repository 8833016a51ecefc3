/*
 * rank.h - how a free word of a topic query weighs, beyond its own stem:
 * which words are function words (they weigh but never match alone), how
 * much a match through a speaker's or organisation's name counts, and the
 * word's match in a unit's headings (its section and chapter), counted
 * below a match in the unit's own text.  The parser (qparse.c) builds each
 * free word from these; the weights were chosen on the tuning queries of
 * bench/ranking (README "Ranking").
 */
#ifndef EVX_RANK_H
#define EVX_RANK_H

#include "evx.h"
#include "unit.h"
#include "xdb.h"

/* Weight of a free word's match through a speaker's name (XS) against its
 * match in text.  Only a word written as a name is written ("Dalton",
 * qwords.c) is looked up in names at all, so a topic word ("plastic")
 * never matches a quotation through its speaker's name ("Cornwall Plastic
 * Pollution Coalition"), while a name typed alone still finds that
 * speaker's quotations, ranked below units that have the word. */
#define EVX_RANK_NAME_WEIGHT 0.05

/* Weight of a free word's match in a unit's headings (EVX_PREFIX_HEADING)
 * against its match in the unit's text. */
#define EVX_RANK_HEADING_WEIGHT 0.3

/* A word in the headings of more than this share of all units is no
 * context: it says little of any one unit (its heading term's idf is
 * small), and its list, as long as a tenth of the index, costs the search
 * a walk through it for every unit that matches (at 1,000 reports,
 * `integrated care` spent 43 M of 113 M instructions there).  Measured
 * with bench/ranking/eval.sh: left out, recall@10 0.588 -> 0.585, nDCG@10
 * 0.517 -> 0.515, MRR@10 and the held-out figures unchanged. */
#define EVX_RANK_HEADING_MAX_SHARE 0.1

/* Non-zero if stem (a folded, stemmed word) is an English function word:
 * in a run of free words it adds weight but does not make a unit match on
 * its own.  Cannot fail. */
int evx_rank_is_function_word(const char *stem);

/* *q (the name alternatives of a free word, taken) weighted down by
 * EVX_RANK_NAME_WEIGHT; on success *q is the new query.  EVX_OK, EVX_NOMEM
 * or EVX_BACKEND; on failure *q is freed and set to NULL. */
evx_status evx_rank_name_weight(evx_query **q);

/* The phrase of two adjacent free words (folded, unstemmed) as a
 * speaker's name (EVX_PREFIX_SPEAKER), at full weight, into *out (the
 * caller frees it): "Ian Dalton" ranks his quotations as a name, where
 * "plastic" alone meets "Cornwall Plastic Pollution Coalition" only at
 * EVX_RANK_NAME_WEIGHT.  Organisations are left out: their names are made
 * of topic words.  EVX_OK, EVX_NOMEM or EVX_BACKEND (*out NULL). */
evx_status evx_rank_name_pair(evx_query **out, const char *first,
                              const char *second);

/* The heading match of stem (EVX_PREFIX_HEADING + stem) weighted by
 * EVX_RANK_HEADING_WEIGHT, into *out (the caller frees it); NULL when the
 * stem heads more than EVX_RANK_HEADING_MAX_SHARE of db's units.  EVX_OK,
 * EVX_NOMEM or EVX_BACKEND (*out NULL). */
evx_status evx_rank_heading_term(evx_query **out, evx_db *db, const char *stem);

#endif /* EVX_RANK_H */
