/*
 * merge.h - one unit per identity, from several renderings of one report.
 *
 * Units with the same id (report + paragraph number, report + footnote
 * number, ...) become one: the sources of both are kept; a field missing in
 * one is taken from the other (the web edition supplies footnote bodies the
 * PDF dump lost; the PDF gives page numbers); where both have text, the
 * html-text rendering's text wins (it has no line-end hyphenation, page
 * headers or glued markers to undo), and a material difference between the
 * two is noted in diag.  Units only one rendering has are kept.  After the
 * merge, each footnote's parent is the unit whose marker cites it.
 */
#ifndef EVX_MERGE_H
#define EVX_MERGE_H

#include "diag.h"
#include "evx.h"
#include "unit.h"

/* Merges every unit of from into into (from is emptied: its units are
 * moved or freed), keeping into in document order (a unit new to into is
 * placed after its nearest predecessor).  EVX_OK or EVX_NOMEM. */
evx_status evx_merge_units(evx_units *into, evx_units *from, evx_diag *diag);

/* Sets each footnote unit's parent to the first unit citing it and its
 * para/chapter/section to that unit's; a footnote no unit cites is noted
 * in diag.  EVX_OK or EVX_NOMEM. */
evx_status evx_merge_link_footnotes(evx_units *units, evx_diag *diag);

/* Gives each recommendation the chapter (number and title) of the
 * paragraph it names, so that `chapter:9 type:recommendation` finds the
 * recommendations about chapter 9.  A section that only repeats that
 * chapter's title, in any ASCII case or spacing (the list grouped under
 * the chapters' titles), is dropped.  EVX_OK or EVX_NOMEM. */
evx_status evx_merge_place_recommendations(evx_units *units);

#endif /* EVX_MERGE_H */
