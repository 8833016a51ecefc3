/*
 * attrib_forms.h - every form of a speaker's or an organisation's name
 * that a report prints or a reader types, so that each finds the same
 * person or body.  Built per report from its units:
 *   - the report's own other spellings of a registered witness: a name in
 *     the text that attribution resolves to the witness but prints
 *     differently ("Jonathon Marron" for the Witnesses list's "Jonathan
 *     Marron"), by the registry and mention rules of attrib_mention.h;
 *   - the acronym the report defines for a name ("British Medical
 *     Association (BMA)": "BMA"), and the expansion of a name that is such
 *     an acronym, by indexer/structure/acronym.h;
 *   - each of these, and the name, as people type it (names.h
 *     evx_name_spellings: "Kings Fund", "Fauna and Flora International").
 * The index writer posts each form as another run of the speaker's XS or
 * organisation's XO terms (lib/schema.h).  Pure: no I/O.
 */
#ifndef EVX_ATTRIB_FORMS_H
#define EVX_ATTRIB_FORMS_H

#include <stddef.h>

#include "evx.h"
#include "tok.h"
#include "unit.h"

typedef struct evx_forms evx_forms;

/* Finds the other forms of the names in units (one report's: witnesses,
 * written evidence, quotations' speakers and organisations).  tok is
 * borrowed for the call.  EVX_OK or EVX_NOMEM; free with evx_forms_free. */
evx_status evx_forms_build(evx_forms **out, const evx_units *units,
                           evx_tok *tok);

/* Frees f; NULL is a no-op. */
void evx_forms_free(evx_forms *f);

/* Calls cb with each other form of name (exactly as a unit gives it; f may
 * be NULL: then only its typed spellings), never name itself; the string
 * is borrowed for the call and cb returns non-zero to stop.  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_forms_each(const evx_forms *f, const char *name,
                          int (*cb)(void *ctx, const char *s, size_t n),
                          void *ctx);

#endif /* EVX_ATTRIB_FORMS_H */
