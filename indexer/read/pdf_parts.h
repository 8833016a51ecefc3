/*
 * pdf_parts.h - private to the pdf-text reader: the parts after (and
 * beside) the chapters, told by their headings at a block start:
 * "Conclusions and recommendations" (when its list restarts at 1), a
 * glossary, "Annex ...", "Witnesses", "Published written evidence", and
 * the parts skipped on purpose (formal minutes, lists of reports, lists of
 * written evidence, appendices).  The summary, glossary and annexes are
 * read here as titled blocks, one unit per sub-heading.
 */
#ifndef EVX_PDF_PARTS_H
#define EVX_PDF_PARTS_H

#include "pdf_parser.h"

/* If the line starts a part's heading, finishes the unit in progress and
 * switches p->mode to that part; returns 1 and *extra the heading's
 * further lines, else 0. */
int pdf_switch_part(pdf_parser *p, const pdf_line *c, size_t *extra);

/* Does the block at line ln open one of those parts (the test
 * pdf_switch_part makes, switching nothing)? */
int pdf_part_heading(const pdf_parser *p, size_t ln);

/* One line of the summary, glossary or annex (type says which); returns
 * the extra lines consumed. */
size_t pdf_block_line(pdf_parser *p, const pdf_line *c, evx_unit_type type);

#endif /* EVX_PDF_PARTS_H */
