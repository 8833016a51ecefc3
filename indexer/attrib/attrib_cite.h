/*
 * attrib_cite.h - private to attribution: the footnote units a quotation
 * cites, found by number in its report, through "As above" / "Ibid." to
 * the source they repeat.  Pure lookups over the units (borrowed).
 */
#ifndef EVX_ATTRIB_CITE_H
#define EVX_ATTRIB_CITE_H

#include "unit.h"

/* The footnote unit numbered n of report, or NULL. */
const evx_unit *evx_cite_footnote(const evx_units *units, const char *report,
                                  int n);

/* The footnote numbered n, or for an "As above" / "Ibid." footnote the
 * one before it that names the source (at most 20 back); NULL if none. */
const evx_unit *evx_cite_source(const evx_units *units, const char *report,
                                int n);

/* True if another quotation of q's parent cites footnote n. */
int evx_cite_by_sibling(const evx_units *units, const evx_unit *q, int n);

#endif /* EVX_ATTRIB_CITE_H */
