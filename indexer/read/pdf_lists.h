/*
 * pdf_lists.h - private to the pdf-text reader: the Witnesses list
 * (session dates, then panels of names ending with their question range)
 * and the Published written evidence list ("N CODE Title"), skipping each
 * list's standard introduction.
 */
#ifndef EVX_PDF_LISTS_H
#define EVX_PDF_LISTS_H

#include "pdf_parser.h"

/* One line of the Witnesses list; returns the extra lines consumed. */
size_t pdf_witness_line(pdf_parser *p, const pdf_line *c);

/* Whether the unit open is a witness panel read to its reference, the
 * entry going on past it (printed on its first line): the file may end
 * there, whole. */
int pdf_witness_complete(const pdf_parser *p);

/* One line of the written evidence list; returns the extra lines
 * consumed (1 when an entry wrapped onto the next line). */
size_t pdf_evidence_list_line(pdf_parser *p, const pdf_line *c);

#endif /* EVX_PDF_LISTS_H */
