/*
 * qparse.h - the evidex query language, parsed with the index's own
 * tokenizer into a Xapian query (see README "Query language").
 *
 *   words              stemmed, ranked by BM25 (Z terms), acronyms expanded
 *                      through the index's synonyms (ACO <-> accountable care
 *                      organisation)
 *   "exact phrase"     unstemmed words in order (plain terms with positions)
 *   AND OR NOT, -word  boolean operators (default between words: AND-ish,
 *                      see README); NOT/-word exclude
 *   a NEAR b, NEAR/n   words within n (default 10) positions
 *   integrat*          trailing wildcard over unstemmed terms
 *   ( ... )            grouping
 *   speaker:  org:     speaker name / organisation (words or "phrase")
 *   type:  para:N  para:A..B  chapter:N  ref:Q361  report:HC650
 * A malformed query is EVX_PARSE with a one-line message naming what is
 * wrong and the column where ("unbalanced quote at column 7").
 */
#ifndef EVX_QPARSE_H
#define EVX_QPARSE_H

#include <stddef.h>

#include "evx.h"
#include "tok.h"
#include "xdb.h"

typedef struct evx_qparse evx_qparse;

/* A parser over db (for synonyms, wildcards and spelling) using tok.  Both
 * are borrowed and must outlive the parser.  EVX_OK or EVX_NOMEM. */
evx_status evx_qparse_new(evx_qparse **out, evx_db *db, evx_tok *tok);

void evx_qparse_free(evx_qparse *qp);

/* Sets the operator between juxtaposed words: EVX_Q_OR (the default,
 * chosen by measurement: see bench/ranking and README "Ranking") or
 * EVX_Q_AND.  EVX_OK, or EVX_INVALID for any other op. */
evx_status evx_qparse_set_default_op(evx_qparse *qp, evx_query_op op);

/* Parses len bytes of text.  On success *out is the query (the caller
 * frees it).  EVX_PARSE (malformed: see evx_qparse_errmsg), EVX_INVALID
 * (limits: more than 1,000 terms, a wildcard prefix under 2 characters,
 * input over 64 KiB), EVX_BACKEND, EVX_NOMEM. */
evx_status evx_qparse_parse(evx_qparse *qp, const char *text, size_t len,
                            evx_query **out);

/* Message of the last failure, one line, "" if none; borrowed. */
const char *evx_qparse_errmsg(const evx_qparse *qp);

/* After a successful parse: the query's positive words, for highlighting
 * (unstemmed folded terms; stems are matched through the tokenizer).  A
 * quoted phrase is one entry, its folded words joined by single spaces,
 * with *is_phrase set; a wildcard is its folded prefix followed by '*'.
 * Words under NOT or '-' are left out.  Borrowed until the next parse. */
size_t evx_qparse_n_words(const evx_qparse *qp);
const char *evx_qparse_word(const evx_qparse *qp, size_t i, int *is_phrase);

/* After a successful parse: a "did you mean" rewrite of the query text when
 * some free word is not in the index and the spelling data knows a close
 * one; NULL otherwise.  Borrowed until the next parse. */
const char *evx_qparse_suggestion(const evx_qparse *qp);

/* Does the last parse's suggestion replace a word that, as typed,
 * matches nothing (neither it nor its stem is in the index, "plstic"),
 * rather than one that matches through its stem ("consistant")?  1 or
 * 0 (also when there is no suggestion). */
int evx_qparse_suggestion_revives(const evx_qparse *qp);

/* After a successful parse: the proximity boost of the query's runs of
 * free words (prox.h), for evx_search_params.rerank; NULL when no run has
 * two neighbouring content words.  Borrowed until the next parse. */
const evx_query *evx_qparse_rerank(const evx_qparse *qp);

#endif /* EVX_QPARSE_H */
