/*
 * pdf_unit.h - private to the pdf-text reader: the unit in progress.  A
 * handler begins a unit (paragraph, summary block, box, recommendation,
 * witness panel, ...), adds its lines, and the unit is finished when the
 * next one begins or its part ends.  Lines after a lead-in ending in ':'
 * go to a block quotation of the unit, which goes on over the items of a
 * list numbered from 1 there (a list whose items end in ';' is the unit's
 * own sentence, as one lettered "(a)" is); on finishing, the unit is pushed
 * with its quotations, block and inline (by quotes.h's rule), numbered
 * q1, q2... in document order.
 */
#ifndef EVX_PDF_UNIT_H
#define EVX_PDF_UNIT_H

#include "pdf_parser.h"

/* Finishes the unit in progress (if any) and begins a new one of type,
 * taking ownership of id (freed on failure).  line/col 0: its source is
 * its first text line.  Returns the unit (owned by the parser), or NULL
 * when out of memory (recorded in p->st). */
evx_unit *pdf_unit_begin(pdf_parser *p, evx_unit_type type, char *id,
                         long line, long col);

/* Begins a titled block unit (summary, box, glossary, annex,
 * recommendation): number, title (copied, may be NULL) and, for a box or
 * recommendation, the current section. */
void pdf_unit_block(pdf_parser *p, evx_unit_type type, char *id,
                    const char *title, int number);

/* Pushes the unit in progress to p->out with its quotations and clears
 * it, then a paragraph held under it (pdf_unit_float); a no-op when there
 * is none. */
void pdf_unit_finish(pdf_parser *p);

/* Begins a box (id owned, title copied) that a page floated into the
 * paragraph in progress, before that paragraph's sentence ended: the
 * paragraph is held, not finished, so that its lines after the box go on
 * with it (pdf_unit_resume).  A box after a box keeps the same paragraph
 * held. */
void pdf_unit_float(pdf_parser *p, char *id, const char *title);

/* Finishes the box open and takes up again the paragraph held under it;
 * with nothing held, as pdf_unit_finish. */
void pdf_unit_resume(pdf_parser *p);

/* Frees what o holds (its unit too) and zeroes it. */
void pdf_open_free(pdf_open *o);

/* Adds a prose or list line to the unit in progress, following the
 * lead-in / block quotation states; with no unit, the line is unplaced. */
void pdf_unit_add_line(pdf_parser *p, const pdf_line *c);

/* Does the unit end with a lead-in whose quotation has not started? */
int pdf_awaiting_quote(const pdf_parser *p);

/* Is number v, which opens line c and which the report's sequence would
 * take next after last (a paragraph's or a recommendation's), an item of
 * a list inside the unit open instead: one the unit's lead-in ending in
 * ':' opens, or the next of a list numbered from 1 that it holds?  Yes
 * when the item before ends as a list's does (";"), or when the report's
 * sequence comes back after the run of numbers from v
 * (paranum.h, evx_list_run).  A recommendation's "(Paragraph N)" ends
 * its list. */
int pdf_list_item_due(const pdf_parser *p, const pdf_line *c, int v, int last);

/* Does the text of a end as a sentence (or is it empty)? */
int pdf_ends_sentence(const pdf_acc *a);

/* Frees the block quotations gathered for the unit in progress. */
void pdf_free_quotes(pdf_parser *p);

#endif /* EVX_PDF_UNIT_H */
