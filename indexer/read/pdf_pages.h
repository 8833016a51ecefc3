/*
 * pdf_pages.h - private to the pdf-text reader: the printed page of each
 * unit, and when not to trust it.
 *
 * The reader counts pages by the breaks it sees (a form feed, an indented
 * page top, the end of a page's footnotes or URL list) and sets the count
 * at anchors: a running header's page number, a heading's entry in the
 * contents.  Between two anchors the count is trusted only if it arrived
 * where the second anchor says (a header on the page counted or the next;
 * a section heading on the page counted; a chapter up to two pages on, past
 * a blank page).  Where it did not, breaks were missed (text re-wrapped or
 * joined, so that pages no longer show) or invented, and every unit that
 * starts in that stretch gets page 0, "not known", rather than a page a
 * citation would print wrongly.
 */
#ifndef EVX_PDF_PAGES_H
#define EVX_PDF_PAGES_H

#include <stddef.h>

#include "pdf_parser.h"

/* What set the page. */
typedef enum pdf_anchor {
    PDF_ANCHOR_HEADER,  /* a running header or footer with its number */
    PDF_ANCHOR_SECTION, /* a heading's contents entry */
    PDF_ANCHOR_CHAPTER  /* a chapter's contents entry */
} pdf_anchor;

/* At line ln, page pg is known (by `how`): checks the count since the last
 * anchor against it and sets the count to pg. */
void pdf_page_anchor(pdf_parser *p, size_t ln, int pg, pdf_anchor how);

/* After the pass: units of the reading whose first line lies in a stretch
 * the count did not fit get page 0; so do those after the last anchor,
 * unless the count fitted at nine checks in ten or more. */
void pdf_pages_settle(pdf_parser *p);

/* Frees the stretches recorded. */
void pdf_pages_free(pdf_parser *p);

#endif /* EVX_PDF_PAGES_H */
