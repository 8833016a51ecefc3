/*
 * attrib_view.h - a sentence or paragraph read for attribution: its
 * words (attrib_text.h's, with the words inside quotation marks marked)
 * over the text they came from, and what is printed around them
 * (adjacency, commas, possessives, capitals).  Private to the attrib/
 * files.  Pure: no I/O.
 */
#ifndef EVX_ATTRIB_VIEW_H
#define EVX_ATTRIB_VIEW_H

#include <stddef.h>

#include "attrib_text.h"
#include "evx.h"
#include "tok.h"

typedef struct evx_view {
    const char *text;
    size_t len;
    evx_awords w;
} evx_view;

/* Whether words i and j of v stand side by side (spaces, a hyphen, an
 * initial's full stop or an apostrophe between them; a sentence's full
 * stop parts them). */
int evx_view_adjacent(const evx_view *v, size_t i, size_t j);

/* Whether word i of v is printed with a possessive ending ("Dr Jones’s",
 * "Confederation's"). */
int evx_view_possessive(const evx_view *v, size_t i);

/* Whether word i of v is a possessive before a word for the people or
 * the body someone heads or works in ("the Minister’s officials", "Mr
 * D’Arcy’s organisation"): those speak, not the one named. */
int evx_view_owner_of_group(const evx_view *v, size_t i);

/* Whether word i of v is printed in capitals, two or more ("NHS"). */
int evx_view_all_caps(const evx_view *v, size_t i);

/* Reads len bytes of text into v (borrowed: text must outlive v), with
 * the words inside quotation marks marked.  EVX_OK or EVX_NOMEM; close
 * with evx_view_close, also on failure. */
evx_status evx_view_open(evx_view *v, evx_tok *tok, const char *text,
                         size_t len);

/* Frees v's words. */
void evx_view_close(evx_view *v);

/* True if word i of v is the folded term. */
int evx_view_word_is(const evx_view *v, size_t i, const char *term);

/* True if a comma stands between words i and i + 1 of v. */
int evx_view_comma_after(const evx_view *v, size_t i);

/* The index of v's first word inside a quotation (v->w.len if none): the
 * words before it are the lead-in's. */
size_t evx_view_lead_end(const evx_view *v);

/* The last verb of saying among words [from, end) of v, or (size_t)-1. */
size_t evx_view_last_verb(const evx_view *v, size_t from, size_t end);

/* Does v open with a role as its subject, set apart by a comma ("The
 * Minister, Parliamentary Under-Secretary of State, Department for
 * Culture, Media and Sport, told us"), word `first` after it: the role's
 * post or body, not who spoke? */
int evx_view_role_subject(const evx_view *v, size_t first);

#endif /* EVX_ATTRIB_VIEW_H */
