/*
 * webtext.h - the reader for a report (or part of one) saved from its web
 * edition as text (rendering "html-text"): one line per paragraph,
 * numbered paragraphs written "234.The ...", chapter headings "9Oversight
 * ...", section headings on their own lines, block quotations as unnumbered
 * lines after a lead-in ending in ':', and the footnotes listed at the end
 * ("226 Q361 [Ian Dalton]").  Makes the same units, with the same ids, as
 * the pdf-text reader does for the same part of the report, so that the
 * two merge.  Pure: no I/O beyond the text given.
 */
#ifndef EVX_WEBTEXT_H
#define EVX_WEBTEXT_H

#include "diag.h"
#include "evx.h"
#include "source.h"
#include "unit.h"

/* Parses text and appends its units to out, in document order.  EVX_OK,
 * EVX_PARSE (nothing recognisable), EVX_NOMEM. */
evx_status evx_webtext_parse(evx_units *out, const evx_text *text,
                             const char *report, evx_diag *diag);

#endif /* EVX_WEBTEXT_H */
