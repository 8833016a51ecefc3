/*
 * charnorm.h - one spelling for characters that extractions write in
 * several ways, so that every later layer meets one form.
 *
 * On valid UTF-8 text with LF line ends, in one pass:
 *   - NBSP (U+00A0), narrow NBSP (U+202F), the typeset spaces (U+2000-200A:
 *     en and em spaces, thin and hair spaces, as pdfminer, pypdf and
 *     Ghostscript write the space after a footnote's number), medium
 *     mathematical space (U+205F), form feed and a tab after
 *     text on its line (a copied table's cells, "1<tab>Name") become a
 *     space (a tab that indents a line stays);
 *     a soft hyphen (U+00AD) is removed, but at a line's end, where a PDF
 *     tool leaves it for the hyphen a word broke at, it becomes "-", for
 *     the line-end hyphen rule to join or keep.  Where a form feed stood, a page
 *     starts: the line it opens (only spaces before it on its line) or the
 *     line after it (only spaces after it) is recorded as a page break;
 *     one with text on both sides ("… 3\fRail ticketing", a script that
 *     joins pypdf's pages with form feeds) is recorded by the offset of
 *     the space it became, where the next page starts in mid-line;
 *   - a Pandoc escape, a backslash before ASCII punctuation ("\[", "\*",
 *     "\'", "\\"), loses its backslash;
 *   - characters that show nothing are dropped: zero-width space,
 *     non-joiner and joiner (U+200B-200D), word joiner (U+2060) and a
 *     byte-order mark inside the text (U+FEFF);
 *   - a superscript digit ("²²³", as Pandoc's plain output prints a
 *     raised footnote marker) becomes its ASCII digit;
 *   - a Latin ligature a PDF tool left as one character (U+FB00-FB06:
 *     "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "ﬅ", "ﬆ") becomes its letters;
 *   - straight quotes become curly by what precedes them.  A quote opens
 *     (“ ‘) at the start of a line, after a space or tab, after ( [ { or a
 *     hyphen, en or em dash, or after an opening quote; otherwise it closes
 *     (” ’), which is also the apostrophe (King’s, don’t, NHS’).  The rule
 *     cannot tell an apostrophe that starts a word (’90s) from an opening
 *     quote; such words get ‘.
 * Line ends are never added or removed, so line numbers stay as they were;
 * bytes within a line may shift (columns change): res->map says where
 * each output byte came from.
 */
#ifndef EVX_CHARNORM_H
#define EVX_CHARNORM_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"
#include "offmap.h"

/* What one pass changed. */
typedef struct evx_charnorm {
    size_t quotes_curled; /* straight quotes made curly */
    size_t *page_breaks;  /* ascending 1-based line numbers; malloc'd */
    size_t n_page_breaks;
    size_t cap_page_breaks;
    size_t *mid_breaks;   /* ascending output offsets (from out's length
                             at the start) of the spaces that form feeds
                             with text on both sides became; malloc'd */
    size_t n_mid_breaks;
    size_t cap_mid_breaks;
    evx_offmap map;       /* the output's offsets back to s's */
} evx_charnorm;

#define EVX_CHARNORM_INIT {0, NULL, 0, 0, NULL, 0, 0, EVX_OFFMAP_INIT}

/* 1 if evx_charnorm_run would change any of len bytes of s, else 0 (the
 * caller can then keep s as it is, and save a copy). */
int evx_charnorm_needed(const char *s, size_t len);

/* Appends len bytes of s, normalised as above, to out, and records what
 * changed in *res (which starts as EVX_CHARNORM_INIT).  The first byte of
 * s starts line 1 and a line.  EVX_OK or EVX_NOMEM.  The caller frees
 * res->page_breaks and res->mid_breaks with free() and res->map with
 * evx_offmap_free(). */
evx_status evx_charnorm_run(evx_charnorm *res, evx_buf *out, const char *s,
                            size_t len);

#endif /* EVX_CHARNORM_H */
