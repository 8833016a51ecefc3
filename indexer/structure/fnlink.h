/*
 * fnlink.h - ties each footnote unit to the unit whose marker cites it.
 *
 * The one place footnotes are linked: the readers only record, for each
 * unit, the footnote numbers its markers cite; the pipeline links once
 * every rendering of a report is merged (evx_merge_link_footnotes), and
 * notes there the markers with no body and the bodies with no marker.
 * The citing unit is the first one, in list order, whose footnote list
 * holds the number; when that is a paragraph and one of its own
 * quotations also cites the number, the quotation is taken, being the
 * more specific place (block quotations are not part of their paragraph's
 * text).  Private to the indexer.
 */
#ifndef EVX_FNLINK_H
#define EVX_FNLINK_H

#include <stddef.h>

#include "diag.h"
#include "evx.h"
#include "unit.h"

/* Links the footnote units among units->items[first..] to their citing
 * units among units->items[first..]: parent, para, chapter, section, and
 * page when the footnote has none.  With diag non-NULL, a footnote no unit
 * cites, and a cited number with no footnote unit, are noted there.
 * EVX_OK or EVX_NOMEM. */
evx_status evx_fnlink(evx_units *units, size_t first, evx_diag *diag);

#endif /* EVX_FNLINK_H */
