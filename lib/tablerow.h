/*
 * tablerow.h - a row of a table of figures ("3 London 2,011 2,140
 * 2,245"), told from a footnote's body: both open with a small number, so
 * the page layer, the pdf-text reader and the check for footnotes run
 * into text ask this one rule.  Pure: no allocation.
 */
#ifndef EVX_TABLEROW_H
#define EVX_TABLEROW_H

#include <stddef.h>

/* Does s[0..n), the text of a line after its first number, read as a row
 * of a table of figures ("London 2,011 2,140 2,245", "North East 412
 * 430"), not a footnote's body?  Two figures or more end it, no fewer
 * than the words before them, and those words name something: one of
 * them is a capital and two lower-case letters or more.  A reference's
 * numbers are not so ("Q 120 121", "HC 1234 5", "col 45 46", "Qq 2, 3"),
 * nor a citation's ("London Councils 2021 2022": years alone; "Ibid.,
 * paras 12 14": a word ending in a stop or comma): a figure is digits with
 * "," or "." between them, perhaps "%" after or a sign or "£" before. */
int evx_table_row(const char *s, size_t n);

#endif /* EVX_TABLEROW_H */
