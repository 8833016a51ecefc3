/*
 * browser_dump.h - a web page as a text-mode browser dumps it (`lynx
 * -dump`, `w3m -dump`, Debian's `html2text`), read as the text the page
 * shows.
 *
 * lynx numbers every link: "[4]annual report" inline, "^[5]6" for a
 * footnote marker that is a link (the "^" its superscript), "[7]6 Post
 * Office Ltd" for a footnote whose number links back, and a list of the
 * links' targets at the end under "References" ("   4. https://…").  w3m,
 * and lynx without its numbers, print a superscript as "^6".  Read as
 * they are, the link numbers become footnote numbers (a quotation given
 * to "6 Post Office Ltd"), the URL list becomes footnotes, and markers
 * after "^" are not markers at all.  This pass, on a file that shows
 * such marks, gives the text a browser shows:
 *   - a link's number ("[4]" right before the link's text, at a line's
 *     start or after a space, "^", "|", a bracket, a stop or a closing
 *     quote: "2015.[9]223"), when the file has a References list of link
 *     targets;
 *   - each References heading and its list of targets (left blank);
 *   - a superscript's caret right after a word ("rural.^6" reads
 *     "rural.6", as a web page's copy prints the marker);
 *   - the stars around a heading that Debian's html2text draws ("*****
 *     3 Funding for supported routes *****").
 * Line ends are never added or removed, so line numbers stay those of the
 * file.  Pure: no I/O.
 */
#ifndef EVX_BROWSER_DUMP_H
#define EVX_BROWSER_DUMP_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"

/* 1 if len bytes of s look like a text browser's dump: a References list
 * of link targets, at least two superscript carets glued to words, or
 * two headings between stars. */
int evx_browser_dump_detect(const char *s, size_t len);

/* Appends s without the marks above to out; *marks counts them.
 * EVX_NOMEM if out could not grow. */
evx_status evx_browser_dump_strip(evx_buf *out, const char *s, size_t len,
                                  size_t *marks);

#endif /* EVX_BROWSER_DUMP_H */
