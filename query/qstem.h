/*
 * qstem.h - a stem as the plain words the index holds for it.
 *
 * Stemmed terms (Z) carry no positions (lib/schema.h), so a phrase that
 * should match any form of its words ("accountable care organisation(s)",
 * an acronym's expansion, or a hyphenated free word like "front-lines")
 * is built over plain terms: each stem becomes the OR of the plain words
 * in the index whose stem it is, found in the index's word list (its
 * spelling data, lib/schema.h) or, when that has none, in its terms.
 * Xapian 1.4 allows such OR subqueries inside OP_PHRASE.
 */
#ifndef EVX_QSTEM_H
#define EVX_QSTEM_H

#include "evx.h"
#include "tok.h"
#include "xdb.h"

/* The most plain words one stem expands to (cut in term order). */
#define EVX_QSTEM_MAX_FORMS 64

/* *out: the OR of the plain terms in db whose stem (by tok) is stem, each
 * at query position pos; the query that matches nothing when there are
 * none.  db and tok are borrowed; the caller frees *out.  EVX_OK,
 * EVX_BACKEND, EVX_NOMEM. */
evx_status evx_qstem_forms(evx_query **out, evx_db *db, evx_tok *tok,
                           const char *stem, unsigned pos);

#endif /* EVX_QSTEM_H */
