/*
 * attrib_printed.h - a name's printed forms, taken from a view's text
 * (private to the attrib/ files): a stretch of text as printed, a name
 * without its possessive, the appositive after a name, the organisation
 * in brackets or after "from" that goes with it.  Pure: no I/O.
 *
 * Ownership: every function returns a malloc'd string the caller frees,
 * or NULL (for the last three, with *oom set when memory ran out).
 */
#ifndef EVX_ATTRIB_PRINTED_H
#define EVX_ATTRIB_PRINTED_H

#include <stddef.h>

#include "attrib_mention.h"

/* The text of v between byte offsets [a, b), trimmed of blanks and
 * commas, never with a parenthesis left open: its closing one taken in
 * when it follows ("The British Medical Association (BMA)"), else the
 * text cut before it.  NULL only when out of memory. */
char *evx_printed_range(const evx_view *v, size_t a, size_t b);

/* The name printed in words [a, b] of v, without a possessive ending
 * ("Mr Paul Smith’s evidence was that": "Mr Paul Smith").  NULL only when
 * out of memory. */
char *evx_printed_name(const evx_view *v, size_t a, size_t b);

/* The appositive set off by commas right after word i ("Rob Webster, STP
 * lead in West Yorkshire, said"), not a verb ("Jane Doe MP, told us"),
 * or NULL. */
char *evx_printed_appositive(const evx_view *v, size_t i, int *oom);

/* The body after a post set off by commas right after word i, its
 * clause's subject ("Ms Rhian Howell, Flood Risk Manager, Severnside
 * Council, told us": "Severnside Council"), or NULL. */
char *evx_printed_org_after_post(const evx_view *v, size_t i, int *oom);

/* The post a sentence or clause opens with, set off by a comma before
 * the name at word a ("The Minister for Roads and Local Transport, Ms
 * Joanna Reddaway, wrote"; "The Chief Executive of the Example Trust,
 * Jane Doe, said": its body after "of" in *org).  1 with *role (and
 * *org, or NULL) malloc'd, 0 if none, -1 when out of memory. */
int evx_printed_post_before(const evx_view *v, size_t a, char **role,
                            char **org);

/* The organisation in brackets at byte offset at, right after a name
 * ("Jane Doe (Water UK) told us"), or NULL. */
char *evx_printed_org_in_brackets(const evx_view *v, size_t at, int *oom);

/* The capitalised run after "from" at word i ("from West Yorkshire STP"),
 * or NULL. */
char *evx_printed_org_after_from(const evx_view *v, size_t i, int *oom);

#endif /* EVX_ATTRIB_PRINTED_H */
