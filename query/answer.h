/*
 * answer.h - answer types: a question that asks for a quantity ("how many
 * STP areas are there", "what percentage of trust leaders ...") is
 * answered by a unit that states one ("44 areas", "62%", "£900m"), so
 * within the page a search shows, such units weigh a little more (the
 * page's units only are read: its recall never changes).  README
 * "Ranking", "Quantity questions".
 */
#ifndef EVX_ANSWER_H
#define EVX_ANSWER_H

#include <stddef.h>

#include "search.h"

/* A page unit that states a quantity, in a quantity question, has its
 * score times 1 + this (bench/ranking/eval.sh, tuning queries). */
#ifndef EVX_ANSWER_QUANTITY_WEIGHT
#define EVX_ANSWER_QUANTITY_WEIGHT 0.2
#endif

/* Non-zero if query (UTF-8, as typed) asks for a quantity: "how" before
 * many, much, long, big, small, large, often or far; "what" before
 * percentage, proportion, share, number, fraction or amount; or "number
 * of".  Cannot fail. */
int evx_answer_asks_quantity(const char *query);

/* Non-zero if text states a quantity: a number with a currency sign
 * before it or a unit after it (%, per cent, million, bn, m, mm, tonnes,
 * years ...), or a plain number that is not a year ("2016", "2015/16"),
 * a day of a month ("11 June"), part of a code ("Q361", "EIM0034") or a
 * reference ("paragraph 12", "Chapter 2", "page 5").  Cannot fail. */
int evx_answer_states_quantity(const char *text);

/* Reweighs the n hits of a page for a quantity question: each whose unit's
 * text states a quantity has its score times 1 + weight; the page is then
 * sorted by score, ties in their order.  Ranks are the caller's to
 * renumber.  Cannot fail. */
void evx_answer_rerank(evx_hit *page, size_t n, double weight);

#endif /* EVX_ANSWER_H */
