/*
 * quote_units.h - the quotation units of one parent unit, made the same
 * way for every reader.
 *
 * A reader hands over a finished parent unit (a paragraph, a summary
 * block, ...) with its text as joined (footnote markers removed, their
 * offsets and numbers kept) and the block quotations it set apart (each
 * with the offset in the parent's text where it stood).  This module finds
 * the inline quotations by quotes.h's rule, orders block and inline
 * together in document order (a block before an inline span opening at
 * the same offset) and makes one unit each, KEY/pN/qK for K = 1, 2, ...:
 * text without its surrounding blanks (and, inline, without its quotation
 * marks), lead-in, the footnotes its markers cite (a block's own; an
 * inline span's between its opening mark and the end of its sentence),
 * report, para, chapter, section and page from the parent (a block's or an
 * inline span's own printed page, when the reader knows it), parent = the
 * parent's id, and a source in the reader's file.  A curly-quoted span of
 * two words or more that the rule does not take is noted in diag, so the
 * choice can be checked.  Pure: no I/O.
 */
#ifndef EVX_QUOTE_UNITS_H
#define EVX_QUOTE_UNITS_H

#include <stddef.h>

#include "diag.h"
#include "evx.h"
#include "unit.h"

/* A block quotation of the parent, all borrowed. */
typedef struct evx_qblock {
    size_t at;               /* offset in the parent's text where it stood */
    const char *text;        /* its text, markers removed */
    size_t len;
    const char *lead_in;     /* NULL: none */
    const int *footnotes;    /* the numbers its markers cite */
    size_t n_footnotes;
    long line, col, end_line; /* its source */
    int page;                /* its printed page; 0: the parent's */
} evx_qblock;

/* The parent and its text, all borrowed. */
typedef struct evx_qparent {
    const evx_unit *unit;    /* id, report, para, chapter, section, page */
    const char *text;        /* its text as joined, markers removed */
    size_t len;
    const size_t *mark_off;  /* where each marker stood in text */
    const int *mark_num;     /* and its footnote number */
    size_t n_marks;
    const evx_qblock *blocks; /* in document order */
    size_t n_blocks;
    int find_inline;         /* 0: block quotations only */
    const char *file, *rendering; /* the source of every quotation */
    /* Where offset off of text came from: line, column and printed page
     * (0 when unknown). */
    void (*where)(const void *ctx, size_t off, long *line, long *col,
                  int *page);
    const void *ctx;
    evx_diag *diag;          /* notes on spans not taken; may be NULL */
    int single_quotes;       /* the text quotes with single marks
                                (evx_quote_style_single) */
} evx_qparent;

/* Appends the quotation units of p (as above) to out.  EVX_OK or
 * EVX_NOMEM (units made so far stay in out). */
evx_status evx_quote_units(evx_units *out, const evx_qparent *p);

#endif /* EVX_QUOTE_UNITS_H */
