/*
 * caption.h - the caption of a box, figure or table that a report prints
 * between its paragraphs ("Box 1: What is an STP?", "Figure 2 – NHS
 * spending", "Table 1: Planned funding"), and the source line that ends
 * one ("Source: NHS England"), read once for both readers: the web
 * edition's and the printed report's.  A box so captioned is a unit of
 * its own, not the words of the paragraph before it.  Pure: no
 * allocation.
 */
#ifndef EVX_CAPTION_H
#define EVX_CAPTION_H

#include <stddef.h>

/* Whether line s[0..n) is such a caption: "Box", "Figure", "Table",
 * "Chart", "Graph", "Map" or "Diagram" with a capital, a number ("2",
 * "2.1"), then ':', '.', a dash, or nothing; not a sentence that opens
 * with one ("Table 16 below sets out …"). */
int evx_caption_line(const char *s, size_t n);

/* Whether line s[0..n) gives a box's, figure's or table's source or notes
 * ("Source: NHS England", "Sources:", "Note:", "Notes:"). */
int evx_caption_source(const char *s, size_t n);

#endif /* EVX_CAPTION_H */
