/*
 * layout.h - the page layer of the pdf-text reader: turns a report's text,
 * however it was extracted (a PDF tool in reading order, Pandoc re-wrapped
 * at any width, one line per paragraph, copy and paste), into one canonical
 * layout that the part handlers (pdftext.c) read, and remembers where every
 * word came from.
 *
 * What it reads is what the text says, not where lines break:
 *  - running headers and footers are learnt from repetition (the same
 *    title printed with a page number on either side, any indent) and put
 *    on lines of their own; a leading indent marks a page break only in a
 *    file where indented lines are rare;
 *  - the contents list is found after "Contents" (one entry per line or run
 *    on) and split into "heading page" entries; its headings, and the parts
 *    every report has (summary, conclusions and recommendations, formal
 *    minutes, witnesses, published written evidence, lists of reports),
 *    are split off the text they are glued to;
 *  - numbered paragraphs and recommendations start a block wherever their
 *    number falls due in the sequence (after a heading, a footnote block or
 *    a page header in mid-line), so a numbered list inside a paragraph is
 *    left alone;
 *  - footnote blocks are split into one body per line by their numbering,
 *    even when several run on in one line or interrupt a sentence, and the
 *    text after them continues on a new page;
 *  - witness panels end at their question range, written-evidence entries
 *    at their code, whatever the line breaks.
 * The canonical layout: headings, paragraph starts and panels begin blocks;
 * footnote bodies stand one per line; a page break is a line starting with
 * a space; a line ending in a space continues on the next line.
 *
 * Pure: no I/O beyond the text given.
 */
#ifndef EVX_LAYOUT_H
#define EVX_LAYOUT_H

#include <stddef.h>

#include "diag.h"
#include "evx.h"
#include "source.h"

typedef struct evx_layout evx_layout;

/* Builds the canonical layout of t, the text of the report whose number
 * is report ("HC 1234", for footers that print it; NULL if not known).
 * EVX_OK or EVX_NOMEM.  Free *out with evx_layout_free; it keeps not t,
 * and report only as evx_layout_report_furniture gives it back (the
 * caller keeps report alive as long as the layout). */
evx_status evx_layout_build(evx_layout **out, const evx_text *t,
                            const char *report);

/* Frees; NULL is a no-op. */
void evx_layout_free(evx_layout *l);

/* The report's number when the text prints it as page furniture
 * (runhead.h, evx_report_furniture), as evx_layout_build was given it;
 * else NULL. */
const char *evx_layout_report_furniture(const evx_layout *l);

/* The running title its headers were learnt by (runhead.h), or NULL;
 * borrowed until evx_layout_free.  The canonical layout prints each header
 * on one line of its own. */
const char *evx_layout_title(const evx_layout *l);

/* Did the source come with (almost) no blank lines, as a copy and paste
 * from a PDF viewer does?  Its canonical layout then has blank lines only
 * where the page layer found a block's start, and a part handler may take
 * a short line before a sentence for a subheading. */
int evx_layout_without_blank_lines(const evx_layout *l);

/* How many times the page furniture that prints a page's number stood
 * at a page's head (*head: a form feed before it) and at its foot (*foot:
 * a form feed after it); both 0 for a text without form feeds. */
void evx_layout_furniture_sides(const evx_layout *l, size_t *head,
                                size_t *foot);

/* The canonical text (NUL-terminated, borrowed until evx_layout_free). */
const char *evx_layout_text(const evx_layout *l, size_t *len);

/* Maps a position in the canonical text (1-based line, 1-based byte
 * column; -1 for the end of the line) to the position in the original
 * text it came from (the text given to evx_layout_build, which it read
 * split where pages start in mid-line: source.h). */
void evx_layout_where(const evx_layout *l, long line, long col, long *oline,
                      long *ocol);

/* Where the canonical text from line:col to the end of end_line came
 * from in the original text (as evx_layout_where's): *next_line and
 * *next_col the place of its second word (its first, if it has one), *last
 * the highest line any of its words came from.  A unit's number that the
 * page layer moved before its text (a PDF tool printed it after) leaves
 * its text's first word on an earlier line than the number. */
void evx_layout_span(const evx_layout *l, long line, long col, long end_line,
                     long *next_line, long *next_col, long *last);

/* The original lines the layout took as page furniture (running headers
 * and footers) and the contents list: calls cb once per line, in order,
 * with its first and last byte columns (1 and -1, the line's end, for a
 * whole line; else the part of it on one page, where a page starts in
 * mid-line); cb returns non-zero to stop. */
void evx_layout_furniture(const evx_layout *l,
                          int (*cb)(void *ctx, long line, long first_col,
                                    long last_col),
                          void *ctx);

/* Does line `line` of the canonical text come from page furniture? */
int evx_layout_is_furniture(const evx_layout *l, long line);

#endif /* EVX_LAYOUT_H */
