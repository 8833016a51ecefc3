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
 *
 * A report made in an office suite prints its page furniture at each
 * page's foot: a footer's number is the page it ends, and the text after it
 * is on the next page.  Which side the furniture stands on is read over
 * the whole text, after the pass: form feeds say so where the text kept
 * them (evx_layout_furniture_sides), and otherwise the contents entries of
 * headings met after furniture, mid-page, say so by their pages (a header
 * gave the count their page, a footer the page before).  Read as footers,
 * the pages after each piece of furniture are one more.  Furniture that
 * names the report with the page ("HC 1234 5") sets a page only once its
 * side is known.
 */
#ifndef EVX_PDF_PAGES_H
#define EVX_PDF_PAGES_H

#include <stddef.h>

#include "pdf_parser.h"

/* What set the page. */
typedef enum pdf_anchor {
    PDF_ANCHOR_HEADER,   /* a running header or footer with its number */
    PDF_ANCHOR_SIDELESS, /* the report's number with the page's, whose
                            side is not known in the pass */
    PDF_ANCHOR_SECTION, /* a heading's contents entry */
    PDF_ANCHOR_CHAPTER  /* a chapter's contents entry */
} pdf_anchor;

/* At line ln, page pg is known (by `how`): records the anchor and sets
 * the count to pg (a sideless anchor leaves it). */
void pdf_page_anchor(pdf_parser *p, size_t ln, int pg, pdf_anchor how);

/* After the pass: finds which side of the page the furniture stands on
 * and checks the count at each anchor, read so.  Units of the reading
 * after footers get their page one more; those whose first line lies in a
 * stretch the count did not fit get page 0; so do those after the last
 * anchor, unless the count fitted at nine checks in ten or more. */
void pdf_pages_settle(pdf_parser *p);

/* Frees the stretches recorded. */
void pdf_pages_free(pdf_parser *p);

#endif /* EVX_PDF_PAGES_H */
