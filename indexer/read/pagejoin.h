/*
 * pagejoin.h - pages joined with nothing between them: a script that
 * adds up a PDF library's page texts (`text += page.extract_text()`,
 * pypdf or pdfplumber) glues each page's last line to the next page's
 * first, with no line end and no form feed ("… a clear outcome.Community
 * pharmacy  4", "HC 377  2Community pharmacy", "Community pharmacy
 * 31 Introduction").  What the text still says is its running furniture:
 * a page number that goes up by one page after page, in the same words
 * each time, standing at one end of a line.
 *
 * A join is found where such furniture, seen at the same end of at least
 * four lines that run through much of the text, meets text of another
 * page with no space between them: its number glued to the next page's
 * text ("31 Introduction": page 3, chapter 1), or its words glued to the
 * other page's ("outcome.Community", "pharmacySummary").  A footer glued
 * to a header, the whole line furniture ("2Community pharmacy", "Page 2
 * of 14Community pharmacy"), is parted where a number meets a capitalised
 * word.  A line that is furniture and nothing else, as in every text that
 * keeps its line ends, is never parted.  Pure: no I/O.
 */
#ifndef EVX_PAGEJOIN_H
#define EVX_PAGEJOIN_H

#include <stddef.h>

#include "evx.h"

/* Finds the joins in len bytes of data (UTF-8, LF line ends) and sets
 * *at to a malloc'd array of the offsets (ascending) where a page starts
 * in mid-line, and *n to their number; *at is NULL when there is none.
 * The caller frees *at.  EVX_OK or EVX_NOMEM. */
evx_status evx_pagejoin_find(const char *data, size_t len, size_t **at,
                             size_t *n);

#endif /* EVX_PAGEJOIN_H */
