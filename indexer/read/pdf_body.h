/*
 * pdf_body.h - private to the pdf-text reader: the chapters.  A chapter
 * heading "N Title" (the next chapter number, at a block start); a
 * numbered paragraph "N. text" (the next few numbers, at a block start,
 * after a heading or after a finished sentence, and no item of a list
 * inside the paragraph open: pdf_list_item_due); a section heading (a
 * short block without final punctuation that the contents lists or that a
 * paragraph follows); a box (a titled block of prose between chapters,
 * listed in the contents), one unit for its introduction and one per
 * place heading.  Other lines continue the unit in progress.
 */
#ifndef EVX_PDF_BODY_H
#define EVX_PDF_BODY_H

#include "pdf_parser.h"

/* One line of a chapter or box; returns the extra lines consumed. */
size_t pdf_body_line(pdf_parser *p, const pdf_line *c);

/* Chapter heading "N Title" or "Chapter N: Title" (chapter.h) with N the
 * next chapter: N and *off the title's offset, or 0. */
int pdf_chapter_heading(const pdf_parser *p, const pdf_line *c, size_t *off);

/* A sub-heading in a summary, box, glossary or annex: short, no final
 * punctuation, a blank line (or the end) after it; or, where it may run on
 * (`flow`: after a finished sentence, or at a block start, in a copy with
 * no blank lines), one short line before a line that opens a sentence.
 * *hl gets its lines and h its text. */
int pdf_sub_heading(const pdf_parser *p, size_t ln, int flow, size_t *hl,
                    evx_buf *h);

/* The first content line at or after ln (skipping blanks and headers),
 * within a few lines; 0 if none. */
size_t pdf_next_content(const pdf_parser *p, size_t ln);

/* Does the number v at line ln resume a numbered sequence after numbers
 * were lost (paranum.h, evx_para_run, ahead its usual reach): v + 1 and
 * v + 2 open lines after it before a number within reach of last does? */
int pdf_resumes_run(const pdf_parser *p, size_t ln, int last, int v,
                    int ahead);

#endif /* EVX_PDF_BODY_H */
