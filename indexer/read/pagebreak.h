/*
 * pagebreak.h - private to the page layer: whether a text's indentation
 * marks its page breaks.  A PDF dump in reading order starts each page with
 * an indented line, and indents little else; re-wrapped text indents its
 * continuation lines, which are just lines.  Pure.
 */
#ifndef EVX_PAGEBREAK_H
#define EVX_PAGEBREAK_H

#include <stddef.h>

#include "source.h"

/* The blanks (spaces, tabs, form feeds) s[0..n) starts with. */
size_t evx_lead_space(const char *s, size_t n);

/* 1 if indented lines are rare enough in t (under one content line in
 * ten) to be page tops, else 0. */
int evx_indent_marks_pages(const evx_text *t);

#endif /* EVX_PAGEBREAK_H */
