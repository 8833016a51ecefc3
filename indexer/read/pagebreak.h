/*
 * pagebreak.h - private to the page layer: whether a text's indentation
 * marks its page breaks.  A PDF dump in reading order starts each page with
 * an indented line, and indents little else; re-wrapped text indents its
 * continuation lines, which are just lines.  An indent is counted from
 * the text's margin.  Pure.
 */
#ifndef EVX_PAGEBREAK_H
#define EVX_PAGEBREAK_H

#include <stddef.h>

#include "source.h"

/* The blanks (spaces, tabs, form feeds) s[0..n) starts with. */
size_t evx_lead_space(const char *s, size_t n);

/* 1 if lines indented past t's margin are rare enough (under one content
 * line in ten) to be page tops, else 0.  *margin gets the margin: the
 * least indent that at least a tenth of its lines of text have or go below
 * (0 for a dump at the left edge; a PDF tool in layout mode, or a copy
 * indented whole, sets every line in). */
int evx_indent_marks_pages(const evx_text *t, size_t *margin);

/* Which side of a form feed's page break the page furniture at lines
 * [first, last] of t stands on, after the line of text prev: -1 at a
 * page's head (the break at first, or on the blank lines before it), +1
 * at its foot (the break after first, up to the next line of text), 0 if
 * neither or both (a text with no form feeds says nothing). */
int evx_furniture_side(const evx_text *t, size_t prev, size_t first,
                       size_t last);

#endif /* EVX_PAGEBREAK_H */
