/*
 * attrib_cite.h - private to attribution: the footnote units a quotation
 * cites, found by number in its report, through "As above" / "Ibid." to
 * the source they repeat.  Pure lookups over the units, through an index
 * of them (unitindex.h; borrowed).
 */
#ifndef EVX_ATTRIB_CITE_H
#define EVX_ATTRIB_CITE_H

#include "attrib_fn.h"
#include "unit.h"
#include "unitindex.h"

/* The footnote unit numbered n of report, or NULL. */
const evx_unit *evx_cite_footnote(const evx_units_index *ix,
                                  const char *report, int n);

/* The footnote numbered n, or for an "As above" / "Ibid." footnote the
 * one before it that names the source (at most 20 back); NULL if none. */
const evx_unit *evx_cite_source(const evx_units_index *ix,
                                const char *report, int n);

/* The sources footnote n of report cites, read by evx_fnrefs_parse into
 * *refs and *n_refs (free with evx_fnrefs_free; none when it has no body,
 * and then *body is 0): "As above" and "Ibid." are followed back to the
 * footnote they repeat, "Ibid., p 12" is that footnote's source, and
 * "Ibid., Q45" after oral evidence is the same evidence at question 45
 * (evx_fnref_moved), never the name printed for another question.
 * EVX_OK, EVX_NOMEM. */
evx_status evx_cite_refs(const evx_units_index *ix, const char *report,
                         int n, evx_fnref **refs, size_t *n_refs, int *body);

/* True if another quotation of q's parent cites footnote n. */
int evx_cite_by_sibling(const evx_units *units, const evx_unit *q, int n);

#endif /* EVX_ATTRIB_CITE_H */
