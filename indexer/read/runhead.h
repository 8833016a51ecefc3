/*
 * runhead.h - running headers and footers, learnt from repetition: the
 * report's title printed with the page number before it on some pages and
 * after it on others ("Environmental impact of microplastics 5", "4
 * Environmental impact of microplastics"), at any indent, or on a line of
 * its own apart from the number (a PDF tool in reading order).  Used by the page
 * layer (layout.c).  Pure: no I/O.
 */
#ifndef EVX_RUNHEAD_H
#define EVX_RUNHEAD_H

#include <stddef.h>

#include "evx.h"
#include "source.h"

/* Finds the running title of t: text printed with a page number on a line
 * of its own (or re-wrapped over up to eight) at least three times (twice
 * if on both sides), or on a line of its own next to the page's number
 * alone, the report's number (report: "HC 1234", or NULL) between them or
 * not.  *out is the
 * title (malloc'd; the caller frees it) or NULL if t has none.  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_running_title(char **out, const evx_text *t, const char *report);

/* How many lines from line ln of t (1 to 8) make one running header with
 * this title, re-wrapped over them ("3 Integrated care: organisations," /
 * "partnerships and systems"); 0 if none. */
size_t evx_running_header_lines(const char *title, const char *report,
                                const evx_text *t, size_t ln);

/* Is the trimmed line s[0..n) a running header with this title ("Title
 * N", "N Title", any case)?  A NULL title matches nothing. */
int evx_running_header(const char *title, const char *s, size_t n);

/* The page number of the trimmed line s[0..n) as a running header with
 * this title, any case: N of "Title N" or "N Title", 0 for the title
 * alone; -1 if it is none (or title is NULL). */
int evx_running_header_page(const char *title, const char *s, size_t n);

/* Is the trimmed line s[0..n) the running title alone, any case, or the
 * title without the report's number it was learnt with (a PDF tool in
 * reading order prints "2 HC 1234" / "Title" on even pages, learnt as
 * the title "HC 1234 Title", and "HC 1234 3" / "Title" on odd ones)?
 * report: "HC 1234", or NULL. */
int evx_running_title_alone(const char *title, const char *report,
                            const char *s, size_t n);

/* Is the trimmed line s[0..n) a page's footer or header that prints the
 * report's own number with the page's ("HC 1234 5", "4 HC 1234", spaces
 * and case as they come)?  Returns the page's number, else 0.  The number
 * alone is not (a cover's, or a citation's wrapped line).  A NULL report,
 * or one with no digit, matches nothing. */
int evx_report_footer(const char *report, const char *s, size_t n);

/* The page the trimmed line s[0..n) names as an office suite's page
 * label: "Page 7", "Page 7 of 12" (any case); else 0. */
int evx_page_label(const char *s, size_t n);

/* Does t print page labels on lines of their own as pages do (three
 * times or more)? */
int evx_page_labels(const evx_text *t);

/* Is the trimmed line s[0..n) the report's number alone ("HC 1234")? */
int evx_report_number(const char *report, const char *s, size_t n);

/* report, when t prints it on lines of its own (alone or with a page's
 * number) at least three times, as page furniture does; else NULL (then
 * no line is taken for furniture by it). */
const char *evx_report_furniture(const char *report, const evx_text *t);

#endif /* EVX_RUNHEAD_H */
