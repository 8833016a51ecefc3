/*
 * pdf_contents.h - private to the pdf-text reader: the contents list.
 * Its entries ("Title 12", possibly wrapped over lines) give the headings
 * the body will meet and their printed pages; a heading met in the body
 * takes its page from its entry (resynchronising the page count).  The
 * contents ends at "Summary" or at the first line that is not an entry.
 */
#ifndef EVX_PDF_CONTENTS_H
#define EVX_PDF_CONTENTS_H

#include "pdf_parser.h"

/* A "Summary" heading (any case) opens the report's summary: switches
 * to it and returns 1; else 0. */
int pdf_enter_summary(pdf_parser *p, const pdf_line *c);

/* One line of the contents part; returns the extra lines consumed. */
size_t pdf_contents_line(pdf_parser *p, const pdf_line *c);

/* Index of a contents entry equal to s (normalised), searching forward
 * from the last entry met first; -1 if none. */
long pdf_contents_find(const pdf_parser *p, const char *s, size_t len);

/* A running header that repeats a contents entry with the page's
 * number ("1 Introduction 7", a page of that chapter, as some reports
 * head their pages): the page, else -1.  Out of the contents only. */
int pdf_contents_header(const pdf_parser *p, const char *s, size_t len);

/* A heading was met: take its page from the contents, when listed. */
void pdf_resync(pdf_parser *p, const char *s, size_t len);

/* Does the text have a "Contents" line (else it is read as body)? */
int pdf_has_contents(const pdf_parser *p);

#endif /* EVX_PDF_CONTENTS_H */
