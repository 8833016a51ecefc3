/*
 * attrib_fnrepeat.h - footnotes that repeat the one before, for speaker
 * attribution (private to attrib/): "As above", "Ibid." (the caller
 * follows it back), or the same source at another place: "Ibid., Q45",
 * "As above, p 7".  Pure: no I/O.
 */
#ifndef EVX_ATTRIB_FNREPEAT_H
#define EVX_ATTRIB_FNREPEAT_H

#include <stddef.h>

#include "attrib_fn.h"

/* True if len bytes of a footnote body only repeat the footnote before
 * ("As above", "Ibid.", "Idem"). */
int evx_fnref_is_ibid(const char *text, size_t len);

/* If len bytes of a footnote body repeat the footnote before at another
 * place ("Ibid., Q45", "As above, p 12": the repeat, then only question
 * references and page parts), the offset of that place in text ("Q45"),
 * else 0. */
size_t evx_fnref_ibid_at(const char *text, size_t len);

/* The source src (the first of the footnote that "Ibid., Q45" or "As
 * above, p 7" repeats) at the place len bytes of text name ("Q45", "p 7"),
 * into *out (an array of one, for evx_fnrefs_free).  Oral evidence, to
 * this committee or another, moves to the question text names: its
 * number, the reference with that question in place of src's, and the
 * name text prints or none (the name printed with src answered another
 * question).  A document keeps its author, its last page part replaced.
 * Anything else is src as it is.  EVX_OK, EVX_NOMEM. */
evx_status evx_fnref_moved(const evx_fnref *src, const char *text,
                           size_t len, evx_fnref **out);

#endif /* EVX_ATTRIB_FNREPEAT_H */
