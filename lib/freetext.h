/*
 * freetext.h - the free text of a unit as the index posts it: which fields
 * are free text, in what order, with what weight, and which terms each
 * word gives (lib/schema.h, "Free text of a unit").  The one rule for
 * both sides: the index writer posts these terms (indexer/writer.c), and
 * `evidex similar` takes its candidate terms from them (a database built
 * without termlists cannot list a unit's terms).  Pure: no Xapian.
 *
 * A word gives its plain term at its position and, unless its field is a
 * name or the unit is furniture, its stem without a position: "Z" + stem,
 * or "XH" + stem in a heading.  A hyphenated compound's joined form is
 * posted at its first part's position and again at its last part's.
 */
#ifndef EVX_FREETEXT_H
#define EVX_FREETEXT_H

#include <stddef.h>

#include "evx.h"
#include "tok.h"
#include "unit.h"

/* One posting: the term prefix + text[0..len) (the text is not
 * NUL-terminated; both are borrowed for the callback only). */
typedef struct evx_posting {
    const char *prefix; /* "", EVX_PREFIX_STEM or EVX_PREFIX_HEADING */
    const char *text;
    size_t len;
    unsigned pos;       /* word position, when positional */
    unsigned wdf;       /* wdf increment, >= 1 */
    int positional;     /* 1: a plain term at pos; 0: a stem, no position */
} evx_posting;

/* Called once per posting; a status other than EVX_OK stops the walk and
 * is returned by evx_freetext_post. */
typedef evx_status (*evx_posting_cb)(void *ctx, const evx_posting *p);

/* Calls cb for each posting of u's free text, field by field in
 * schema.h's order, positions continuing from field to field with gaps of
 * EVX_FIELD_GAP.  A term may come more than once (once per occurrence).
 * tok and u are borrowed.  EVX_OK; EVX_NOMEM; or cb's status. */
evx_status evx_freetext_post(evx_tok *tok, const evx_unit *u,
                             evx_posting_cb cb, void *ctx);

#endif /* EVX_FREETEXT_H */
