/*
 * pdftext.h - the reader for a report extracted from its PDF as plain text
 * (rendering "pdf-text").
 *
 * Works from the layout conventions of House of Commons committee reports,
 * not from any one report's numbers: cover and contents pages, running page
 * headers in both forms ("Title 92" and "3 Title"), chapter headings
 * ("9 Oversight and ..."), section headings, numbered paragraphs, block
 * quotations after a lead-in ending in ':', inline quotations in curly
 * quotes, footnote markers glued to words (told from numbers by the
 * footnote sequence), footnote bodies at page feet and the URL lists after
 * them, lists, the summary, boxes, the glossary, the closing
 * "Conclusions and recommendations" list, annexes, the Witnesses list and
 * the Published written evidence list.
 *
 * Produces units (see unit.h) with text cleaned and lines joined, each with
 * its source location in this file.  Whatever it cannot place goes to diag
 * as a warning naming file and line.  Pure: no I/O beyond the text given.
 */
#ifndef EVX_PDFTEXT_H
#define EVX_PDFTEXT_H

#include "diag.h"
#include "evx.h"
#include "reader.h"
#include "source.h"
#include "unit.h"

/* Parses text (one report, id `report`, e.g. "HC 650") and appends its
 * units to out, in document order.  Footnote units are not linked to
 * the units citing them: that is fnlink.h's, after the merge.  EVX_OK (also when parts could not be
 * placed: see diag), EVX_PARSE (nothing recognisable as a report), or
 * EVX_NOMEM.  Units already in out are left alone. */
evx_status evx_pdftext_parse(evx_units *out, const evx_text *text,
                             const char *report, evx_diag *diag);

/* As evx_pdftext_parse, with the options of reader.h: the running
 * headers and contents are declared furniture to o->coverage. */
evx_status evx_pdftext_read(evx_units *out, const evx_text *text,
                            const evx_read_opts *o);

#endif /* EVX_PDFTEXT_H */
