/*
 * acronym.h - acronym <-> expansion pairs, taken from the report's own
 * definitions: a long form followed by its acronym in brackets,
 * "accountable care organisations (ACOs)", "payment by results (PbR)",
 * "Sustainability and transformation partnerships (STPs)".  The acronym's
 * letters must be the initials of the words just before the bracket (small
 * joining words such as "and", "of", "the" may be passed over), so that a
 * bracketed aside is not mistaken for a definition.
 *
 * Pairs are returned as stem sequences (through the one tokenizer), ready to
 * be stored as Xapian synonyms both ways (see lib/schema.h):
 * "aco" <-> "accountabl care organis".  Pure: no I/O.
 */
#ifndef EVX_ACRONYM_H
#define EVX_ACRONYM_H

#include <stddef.h>

#include "evx.h"
#include "tok.h"
#include "unit.h"

typedef struct evx_acronyms evx_acronyms;

/* A new, empty set of pairs.  EVX_OK or EVX_NOMEM. */
evx_status evx_acronyms_new(evx_acronyms **out);

/* Frees the set; NULL is a no-op. */
void evx_acronyms_free(evx_acronyms *a);

/* Finds the definitions in len bytes of text and adds their pairs (a pair
 * already present is not added twice).  EVX_OK or EVX_NOMEM. */
evx_status evx_acronyms_scan(evx_acronyms *a, evx_tok *tok, const char *text,
                             size_t len);

/* Number of pairs found so far. */
size_t evx_acronyms_len(const evx_acronyms *a);

/* Pair i: the acronym's stem and the expansion's stems joined by single
 * spaces (both borrowed until the set is freed); EVX_INVALID if i is out of
 * range. */
evx_status evx_acronyms_get(const evx_acronyms *a, size_t i,
                            const char **acronym, const char **expansion);

/* Pair i as the report prints it, folded but not stemmed: the acronym's
 * word ("bma") and the expansion's words joined by single spaces
 * ("british medical association"), for matching names.  Borrowed until
 * the set is freed; EVX_INVALID if i is out of range. */
evx_status evx_acronyms_terms(const evx_acronyms *a, size_t i,
                              const char **acronym, const char **expansion);

#endif /* EVX_ACRONYM_H */
