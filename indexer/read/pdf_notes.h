/*
 * pdf_notes.h - private to the pdf-text reader: footnote bodies at page
 * feet, part of the page layer.
 *
 * A line "N text" is a footnote body when N is past the last body read
 * and a marker for it (or a later one) has been seen, or when it follows
 * another body within a few numbers; its following lines continue it
 * until a URL line, a page break (a line starting with a space) or two
 * blank lines.  In a part without footnotes of its own (the witnesses,
 * the written evidence), a run of lines numbered from the first body not
 * read yet up to the highest marker cited is the report's footnotes
 * collected in one list (endnotes saved as text).  Each body becomes a
 * footnote unit (KEY/fnN); which unit cites it is found once every
 * rendering is merged (fnlink.h).
 */
#ifndef EVX_PDF_NOTES_H
#define EVX_PDF_NOTES_H

#include "pdf_parser.h"

/* Takes line ln (s/len trimmed, lead blanks before it) when it starts or
 * continues a footnote body in a part that has footnotes; returns 1 if it
 * did, 0 if the line is for the part's handler (a body in progress is
 * then finished). */
int pdf_notes_line(pdf_parser *p, size_t ln, const char *s, size_t len,
                   size_t lead);

/* Takes the block at line ln (s/len trimmed) when it goes on the last
 * footnote body, which the page before broke off mid-sentence: a block
 * in lower case at the head of the next page's notes, just above the next
 * body, or, where the page's own text broke off too and goes on past the
 * page's end, above that end.  The next body right under the block is
 * taken with it.  Returns the lines taken, else 0. */
size_t pdf_notes_tail(pdf_parser *p, size_t ln, const char *s, size_t len);

/* Pushes the footnote body in progress, if any, as a unit. */
void pdf_note_end(pdf_parser *p);

#endif /* EVX_PDF_NOTES_H */
