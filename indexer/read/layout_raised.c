/*
 * layout_raised.c - footnote markers printed raised, on a line of their
 * own above the line they belong to, as Ghostscript's txtwrite device
 * (and ps2ascii, built on it) sets a superscript by its height:
 *
 *                                      20
 *                   programme began.   When pressed, officials …
 *
 * The marker's column is its place across the page, in characters of
 * an average width, so it lands near the gap the marker left in the
 * line below, not on it (within a few characters either way).  Part of
 * the page layer's scan (layout_scan.h).
 */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "layout_scan.h"
#include "pagebreak.h"
#include "runhead.h"
#include "utf8.h"

/* How far the gap a raised marker left may stand from the marker's own
 * column: before it, after it (characters). */
#define RAISED_BEFORE 4
#define RAISED_AFTER 12

/* How many numbers a raised marker may skip on from the last one (a
 * marker lost between them). */
#define RAISED_SKIP 3

/* Most columns a marker set under the line it ends stands left of the
 * paragraph's next line (a page's number stands far further). */
#define MARKER_UNDER_GAP 8

/* The characters in s[0..n) (UTF-8; a stray byte counts as one). */
static size_t chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; c++) {
        size_t k = evx_utf8_seqlen(s + i, n - i);
        i += k ? k : 1;
    }
    return c;
}

/* The place in line s[0..n) (text from `from`, trimmed length n) nearest
 * to character column col among the gaps of two blanks or more between
 * words and the line's end: the byte offset of the gap's first blank (or
 * n), if it stands within RAISED_BEFORE / RAISED_AFTER of col; else 0. */
static size_t nearest_gap(const char *s, size_t from, size_t n, size_t col)
{
    size_t best = 0, best_d = (size_t)-1, i = from;
    while (i <= n) {
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++; /* a word, i..j */
        size_t k = j;
        while (k < n && s[k] == ' ')
            k++;
        if (k == n || k - j >= 2) { /* a gap, or the line's end */
            size_t at = chars(s, j);
            size_t d = at > col ? at - col : col - at;
            if ((at >= col ? d <= RAISED_AFTER : d <= RAISED_BEFORE) && d < best_d) {
                best = j;
                best_d = d;
            }
        }
        if (k == n)
            break;
        i = k;
    }
    return best;
}

size_t evx_lay_raised_marker(const scan *sc, size_t ln, size_t i, size_t tn)
{
    size_t n, m;
    const char *s = evx_text_line(sc->t, ln, &n);
    if (tn == 0 || tn > 3 || !evx_ascii_page_number(s + i, tn) ||
        ln >= evx_text_lines(sc->t) || evx_text_page_break(sc->t, ln) ||
        evx_text_page_break(sc->t, ln + 1))
        return 0;
    int v = atoi(s + i);
    if (v <= sc->raised || v > sc->raised + RAISED_SKIP)
        return 0;
    const char *t = evx_text_line(sc->t, ln + 1, &m);
    size_t from = evx_lead_space(t, m), len = evx_ascii_rtrim(t, m);
    /* the line below: text that the marker stands over, no furniture */
    if (len <= from || from >= i ||
        evx_running_header_lines(sc->title, sc->report, sc->t, ln + 1))
        return 0;
    return nearest_gap(t, from, len, i);
}

int evx_lay_marker_under(const scan *sc, size_t ln, size_t i, size_t tn)
{
    size_t n, m, pn;
    const char *s = evx_text_line(sc->t, ln, &n);
    if (tn == 0 || tn > 3 || !evx_ascii_page_number(s + i, tn) || ln < 2 ||
        ln >= evx_text_lines(sc->t) || evx_text_page_break(sc->t, ln) ||
        evx_text_page_break(sc->t, ln + 1) || sc->n == 0 ||
        sc->w[sc->n - 1].line != ln - 1)
        return 0;
    int v = atoi(s + i);
    if (v <= sc->raised || v > sc->raised + RAISED_SKIP)
        return 0;
    const char *t = evx_text_line(sc->t, ln + 1, &m);
    const char *p = evx_text_line(sc->t, ln - 1, &pn);
    size_t from = evx_lead_space(t, m), len = evx_ascii_rtrim(t, m);
    size_t pfrom = evx_lead_space(p, pn), plen = evx_ascii_rtrim(p, pn);
    /* the line below goes on its paragraph, set in past the marker; the
     * line above, a long one, ends a sentence or a quotation */
    if (len <= from || from <= i || from - i > MARKER_UNDER_GAP || plen <= pfrom ||
        plen - pfrom < 40 || !strchr(".\x9D\x99)", p[plen - 1]))
        return 0;
    return !evx_running_header_lines(sc->title, sc->report, sc->t, ln + 1);
}

void evx_lay_markers_met(scan *sc, size_t from)
{
    for (size_t k = from; k < sc->n; k++) {
        const evx_word *w = &sc->w[k];
        if (!evx_ascii_digit((unsigned char)w->s[w->len - 1]))
            continue; /* the cheap test: most words end otherwise */
        if (memmem(w->s, w->len, "..", 2))
            continue; /* a contents entry's leaders and page ("Summary....3") */
        int v = evx_wd_marker(w);
        size_t d = w->len;
        while (d > 0 && evx_ascii_digit((unsigned char)w->s[d - 1]))
            d--;
        if (d >= 2 && evx_ascii_digit((unsigned char)w->s[d - 2]))
            continue; /* a figure ("£1.2", "4.15", "1,500") */
        if (v > sc->raised && v <= sc->raised + RAISED_SKIP)
            sc->raised = v;
    }
}
