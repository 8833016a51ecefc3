/*
 * webtext.h - the reader for a report (or part of one) saved from its web
 * edition as text (rendering "html-text"): one line per paragraph or
 * hard-wrapped at any width (a line is a heading only where no sentence
 * runs over it and a numbered paragraph follows; a footnote goes on over
 * the lines right below it), in any of the styles House of Commons web
 * editions come in.  Paragraph numbers
 * "234.The", "234. The", "234 The" or alone on their line; chapters "9
 * Title", "9. Title", "9Title", "Chapter 9: Title"; footnote markers glued
 * ("services.227") or bracketed ("[227]"); the footnote list at the end,
 * headed "Footnotes" or not, entries "226 Q361", "226. Q361", "[226] Q361",
 * "226Q361" or with "Back to footnote 226" links; block quotations after a
 * lead-in ending in ':', indented, or wrapped in quotation marks; the
 * contents list, recommendations, witnesses and published written
 * evidence.  Which numbered line is what is decided by the number
 * sequences (web_plan.h).  Makes the same units, with the same ids, as the
 * pdf-text reader does for the same part of the report, so that the two
 * merge.  Pure: no I/O beyond the text given.
 */
#ifndef EVX_WEBTEXT_H
#define EVX_WEBTEXT_H

#include "diag.h"
#include "evx.h"
#include "reader.h"
#include "source.h"
#include "unit.h"

/* Parses text and appends its units to out, in document order (footnotes
 * unlinked: see fnlink.h).  EVX_OK,
 * EVX_PARSE (nothing recognisable), EVX_NOMEM. */
evx_status evx_webtext_parse(evx_units *out, const evx_text *text,
                             const char *report, evx_diag *diag);

/* As evx_webtext_parse, with the options of reader.h: the lines it skips
 * on purpose (the page title, navigation and footers, the contents list,
 * part headings, back-links, the standard introductions and the parts not
 * indexed) are declared furniture to o->coverage. */
evx_status evx_webtext_read(evx_units *out, const evx_text *text,
                            const evx_read_opts *o);

#endif /* EVX_WEBTEXT_H */
