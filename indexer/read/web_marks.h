/*
 * web_marks.h - private to the web-text reader: footnote markers in the
 * text of a web edition.  A browser copy leaves a marker as digits glued to
 * the word or punctuation before it ("services.227", "silos226",
 * "journey.”236"), or in square brackets ("services.[227]",
 * "services [227]").  Whether digits are a marker is decided by the
 * footnote sequence: the numbers the footnote list holds and the last
 * marker seen, so that "2018" or "3.5" stay text.  Pure.
 */
#ifndef EVX_WEB_MARKS_H
#define EVX_WEB_MARKS_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"
#include "marks.h"

/* One marker taken out of a text. */
typedef struct evx_web_marker {
    size_t off;    /* where it stood in the text without markers */
    size_t rawlen; /* bytes it took in the line */
    int number;
} evx_web_marker;

/* A growable list of markers; free v with free(). */
typedef struct evx_web_markers {
    evx_web_marker *v;
    size_t n, cap;
} evx_web_markers;

/* The footnote sequence: the last marker placed (0 before the first) and
 * the listed numbers (sorted, borrowed); the rule is marks.h's. */
typedef evx_mark_seq evx_web_seq;

/* Appends s[0..n) to out without its footnote markers, appending each to
 * mk (offsets into out) and advancing seq->last.  EVX_OK or EVX_NOMEM
 * (out's own failure is on out). */
evx_status evx_web_detach(evx_web_seq *seq, const char *s, size_t n,
                          evx_buf *out, evx_web_markers *mk);

/* The next marker of s[0..n) at or after *at, judged without a footnote
 * list: 1 with its number in *num and *at past it, else 0. */
int evx_web_next_mark(const char *s, size_t n, size_t *at, long *num);

/* Whether s[0..n) cites footnote num with a marker, judged without a
 * footnote list: how a lone "N text" line is told from a footnote. */
int evx_web_cites(const char *s, size_t n, long num);

#endif /* EVX_WEB_MARKS_H */
