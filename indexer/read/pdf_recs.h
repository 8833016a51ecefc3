/*
 * pdf_recs.h - private to the pdf-text reader: the closing "Conclusions
 * and recommendations" list.  Items "N. text" numbered from 1, each
 * ending with "(Paragraph N)", the paragraph it comes from (a list
 * numbered from 1 inside an item is the item's: pdf_list_item_due);
 * unnumbered headings between them set the section.
 */
#ifndef EVX_PDF_RECS_H
#define EVX_PDF_RECS_H

#include "pdf_parser.h"

/* One line of the list; returns the extra lines consumed. */
size_t pdf_recs_line(pdf_parser *p, const pdf_line *c);

#endif /* EVX_PDF_RECS_H */
