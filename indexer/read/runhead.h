/*
 * runhead.h - running headers and footers, learnt from repetition: the
 * report's title printed with the page number before it on some pages and
 * after it on others ("Environmental impact of microplastics 5", "4
 * Environmental impact of microplastics"), at any indent.  Used by the page
 * layer (layout.c).  Pure: no I/O.
 */
#ifndef EVX_RUNHEAD_H
#define EVX_RUNHEAD_H

#include <stddef.h>

#include "evx.h"
#include "source.h"

/* Finds the running title of t: text printed with a page number on a line
 * of its own at least three times (twice if on both sides).  *out is the
 * title (malloc'd; the caller frees it) or NULL if t has none.  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_running_title(char **out, const evx_text *t);

/* Is the trimmed line s[0..n) a running header with this title ("Title
 * N", "N Title")?  A NULL title matches nothing. */
int evx_running_header(const char *title, const char *s, size_t n);

#endif /* EVX_RUNHEAD_H */
