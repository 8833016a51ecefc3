/*
 * pdf_clean.h - private to the pdf-text reader (pdftext.c): the rules that
 * turn lines of a PDF-to-text dump into clean flowing text.
 *
 *  - A word set, built once per document, answers "does this word / this
 *    hyphenated form occur elsewhere?" in constant time, for the line-end
 *    hyphen rule.
 *  - A footnote sequence (the highest marker seen, the last body read) tells
 *    a footnote marker glued to a word ("messages.226") from a number
 *    ("1972,"): a glued digit run is a marker only if it is the next
 *    expected footnote number or a few ahead of it.
 *  - An accumulator joins lines with single spaces, rejoins words broken by
 *    a line-end hyphen, removes and records the markers, and remembers
 *    where in the text each line began (for source columns).
 *
 * Line-end hyphen rule: a line ending in letters + "-" followed by a line
 * starting with a lower-case letter keeps its hyphen ("front-line") when
 * the hyphenated form occurs elsewhere in the document, or when the part
 * after the hyphen is a word that occurs elsewhere on its own and either
 * the part before it is one too (a compound of two words: "front-line",
 * though the report also writes "frontline") or the joined form occurs
 * nowhere; otherwise the halves are joined without it ("organi-" +
 * "sations"; "integ-" + "rated" is "integrated" where the report has it).
 * A word broken at a line end is not a word of the set.  Before an upper-case letter the hyphen is kept
 * ("Co-" + "Chair").  After a line-final em or en dash no space is added.
 */
#ifndef EVX_PDF_CLEAN_H
#define EVX_PDF_CLEAN_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"
#include "source.h"

typedef struct pdf_wordset pdf_wordset;

/* Builds the set of words (ASCII letter runs, lower-cased) and hyphenated
 * forms ("place-based") of t.  The first word of a line that follows a
 * line-end hyphen is left out (it may be a fragment).  EVX_OK or
 * EVX_NOMEM; free with pdf_wordset_free. */
evx_status pdf_wordset_build(pdf_wordset **out, const evx_text *t);

/* An empty set, for use as a plain string set (case-insensitive ASCII).
 * EVX_OK or EVX_NOMEM. */
evx_status pdf_wordset_new(pdf_wordset **out);

/* Adds len bytes of s (at most 1,024; longer strings are ignored).
 * EVX_OK or EVX_NOMEM. */
evx_status pdf_wordset_add(pdf_wordset *w, const char *s, size_t len);

/* Frees; NULL is a no-op. */
void pdf_wordset_free(pdf_wordset *w);

/* 1 if the len bytes of s (compared case-insensitively) are in the set. */
int pdf_wordset_has(const pdf_wordset *w, const char *s, size_t len);

/* Where the footnote numbering stands. */
typedef struct pdf_fnseq {
    int max_marker; /* highest marker detached so far */
    int last_body;  /* number of the last footnote body read */
} pdf_fnseq;

/* How far past the expected number a glued digit run may be and still be
 * taken as a marker (survives a few lost markers). */
#define PDF_FN_WINDOW 5

/* The next footnote number expected. */
int pdf_fnseq_expected(const pdf_fnseq *s);

/* Where one appended line starts in an accumulator's text. */
typedef struct pdf_linepos {
    size_t off;
    long line;
    long col;
} pdf_linepos;

/* Joined text under construction. Zero-initialise; pdf_acc_free frees. */
typedef struct pdf_acc {
    evx_buf text;
    int *fns;        /* footnote markers detached, in order */
    size_t *fnpos;   /* text offset at which each marker stood */
    size_t n_fns, cap_fns;
    pdf_linepos *lines;
    size_t n_lines, cap_lines;
    int ends_marker; /* the last line appended ended with a marker */
    int next_lower;  /* the line after the one being appended goes on in
                        lower case (set by the caller): a number set apart
                        at its end is the sentence's ("rose sharply. 2" /
                        "million more"), no marker */
    int oom;
} pdf_acc;

/* Empties the accumulator, keeping its allocations. */
void pdf_acc_clear(pdf_acc *a);

/* Frees everything and zeroes it. */
void pdf_acc_free(pdf_acc *a);

/* Appends one line (s, len: already trimmed of surrounding spaces) from
 * line number lineno, column col.  words may be NULL (hyphens then kept);
 * seq NULL means do not look for markers (footnote bodies, back matter). */
void pdf_acc_add(pdf_acc *a, const char *s, size_t len, long lineno,
                 long col, const pdf_wordset *words, pdf_fnseq *seq);

/* The line and column where text offset off came from (nearest line
 * start at or before it).  Leaves *line and *col alone if nothing appended. */
void pdf_acc_where(const pdf_acc *a, size_t off, long *line, long *col);

/* EVX_OK or EVX_NOMEM if an append failed. */
evx_status pdf_acc_status(const pdf_acc *a);

#endif /* EVX_PDF_CLEAN_H */
