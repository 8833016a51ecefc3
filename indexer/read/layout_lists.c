/*
 * layout_lists.c - the page layer's witness and written-evidence lists
 * (layout_scan.h): where each witness panel and each written-evidence
 * entry ends, whatever the line breaks.  Part of the one scan layout.c
 * makes over a report's words.
 */
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "layout_scan.h"
#include "layout_words.h"
#include "pdf_back.h"

/* A weekday and date starting a witness session: "Monday 9 May 2016". */
static int session_date(const scan *sc, size_t i)
{
    if (i + 3 >= sc->n ||
        evx_weekday_at(sc->w[i].s, sc->w[i].len) != sc->w[i].len)
        return 0;
    return evx_wd_int(&sc->w[i + 1]) > 0 && evx_wd_int(&sc->w[i + 1]) <= 31 &&
           evx_wd_upperish(&sc->w[i + 2]) && sc->w[i + 3].len == 4 &&
           evx_wd_int(&sc->w[i + 3]) > 1800;
}

/* Does the witness entry whose reference starts at word ref go on at
 * word next, the first of the next line (pdf_entry_goes_on)? */
static int entry_goes_on(const scan *sc, size_t ref, size_t next)
{
    size_t n, m;
    const char *line = evx_text_line(sc->t, sc->w[ref].line, &n);
    const char *after = evx_text_line(sc->t, sc->w[next].line, &m);
    if (!(sc->w[next].flags & W_LINE) || !line || !after ||
        sc->w[next].line != sc->w[ref].line + 1)
        return 0;
    while (m && *after == ' ')
        after++, m--;
    return pdf_entry_goes_on(line, (size_t)(sc->w[ref].s - line), after, m);
}

/* Drops the dot leader of the witness list's entry at word i (an entry
 * set on a tab before its question range): the words before it and the
 * range stay.  1 if it did. */
static int drop_ref_leader(scan *sc, size_t i)
{
    size_t tl, ra, m = 0;
    evx_word out[2];
    if (!evx_wd_ref_leader(&sc->w[i], &tl, &ra))
        return 0;
    if (tl) {
        out[m] = sc->w[i];
        out[m++].len = (unsigned)tl;
    }
    if (ra < sc->w[i].len) {
        out[m] = sc->w[i];
        out[m].s += ra;
        out[m].len -= (unsigned)ra;
        out[m].col += (unsigned)ra;
        if (m) {
            out[m].flags = 0;
            out[m].blanks = 0;
            out[m].brk = B_KEEP;
        }
        m++;
    }
    evx_lay_replace(sc, i, i + 1, out, m);
    return 1;
}

size_t evx_lay_witness_word(scan *sc, size_t i)
{
    if (drop_ref_leader(sc, i))
        return 0;
    if (!sc->dates_seen && !session_date(sc, i)) {
        evx_lay_furniture(sc, sc->w[i].line); /* the list's standard opening */
        return 1;
    }
    if (session_date(sc, i)) {
        sc->dates_seen++;
        sc->w[i].brk = B_BLOCK;
        for (size_t k = i + 1; k < i + 4; k++)
            sc->w[k].brk = B_JOIN;
        return 1;
    }
    /* a panel ends at its question range, or in an older report at its
     * page of the printed evidence ("Ev 1"), unless the entry goes on
     * over the next line, the reference set on its first */
    int ends = evx_wd_qrange(&sc->w[i]) ||
               (i > 0 && evx_wd_ev_page(&sc->w[i - 1], &sc->w[i])) ||
               (i > 0 && (sc->w[i].flags & W_LINE) && evx_wd_int(&sc->w[i]) &&
                evx_wd_qrange_open(&sc->w[i - 1])); /* "Q37–" / "84" */
    if (ends && i + 1 < sc->n && !evx_lay_block_start(sc, i + 1) &&
        evx_wd_upperish(&sc->w[i + 1]) &&
        !entry_goes_on(sc, evx_wd_qrange(&sc->w[i]) ? i : i - 1, i + 1))
        sc->w[i + 1].brk = B_BLOCK;
    return 1;
}

size_t evx_lay_evidence_number(const scan *sc, size_t i)
{
    const evx_word *w = &sc->w[i];
    if (evx_wd_int(w) == sc->next_ev)
        return w->len;
    return (w->flags & W_LINE) ? evx_glued_note(w->s, w->len, sc->next_ev) : 0;
}

/* Most entries a column of the list's numbers may hold: a page's. */
#define EV_COLUMN_MAX 60

/* How many of the list's numbers from word i on, next due first, stand
 * each alone on its line, one after another: a column printed apart from
 * the entries after it (pdfminer's "1" / "2" / … / "13" / the entries). */
static size_t entry_number_column(const scan *sc, size_t i)
{
    size_t k = 0;
    while (i + k < sc->n && evx_lay_number_line(sc, i + k) &&
           evx_wd_int(&sc->w[i + k]) == sc->next_ev + (int)k)
        k++;
    return k;
}

/* The column of n numbers at i, then n blocks each ending in an evidence
 * code (a block an entry): each number is moved to open its entry's line
 * ("1 Angling Trust (WRQ0014)"), as the list prints it.  Anything else,
 * and nothing moves. */
static void entries_after_column(scan *sc, size_t i, size_t n)
{
    size_t at[EV_COLUMN_MAX + 1], k = i + n, found = 0;
    if (n > EV_COLUMN_MAX)
        return;
    while (k < sc->n && found < n && !(sc->w[k].flags & W_HEADER)) {
        size_t end = evx_lay_next_block(sc, k);
        if (!evx_wd_code(&sc->w[end - 1]) || evx_wd_int(&sc->w[k]))
            return;
        at[found++] = k;
        k = end;
    }
    if (found < n)
        return;
    evx_word *out = malloc((k - i) * sizeof *out);
    if (!out) {
        sc->fail = 1;
        return;
    }
    size_t m = 0;
    for (size_t e = 0; e < n; e++) {
        size_t end = e + 1 < n ? at[e + 1] : k;
        out[m] = sc->w[i + e];
        out[m].blanks = sc->w[at[e]].blanks ? sc->w[at[e]].blanks : 1;
        out[m++].flags = (unsigned char)(W_LINE | (sc->w[at[e]].flags & W_PAGE));
        for (size_t q = at[e]; q < end; q++)
            out[m++] = sc->w[q];
        evx_lay_run_on(&out[m - (end - at[e])], B_KEEP);
    }
    evx_lay_replace(sc, i, k, out, m);
    free(out);
}

/* Is word i a number alone that ends its page (the page's own number
 * under the list)? */
static int ends_page(const scan *sc, size_t i)
{
    return evx_lay_lone_number(sc, i) && evx_lay_page_at(sc, i + 1);
}

void evx_lay_evidence_word(scan *sc, size_t i)
{
    if (!evx_lay_evidence_number(sc, i)) {
        int page_number = ends_page(sc, i);
        if (page_number)
            sc->w[i].flags |= W_HEADER;
        /* the list's opening, or the page's number under it */
        if (sc->next_ev == 1 || page_number)
            evx_lay_furniture(sc, sc->w[i].line);
        return;
    }
    size_t column = entry_number_column(sc, i);
    if (column >= 2)
        entries_after_column(sc, i, column);
    for (size_t k = i + 1; k < sc->n && k < i + 40; k++) {
        if (sc->w[k].flags & W_HEADER)
            continue;
        if (k + 1 < sc->n && evx_wd_ev_page(&sc->w[k], &sc->w[k + 1]))
            k++; /* an older report's entry ends at its page: "Ev 45" */
        if (evx_wd_code(&sc->w[k]) || evx_wd_ev_page(&sc->w[k - 1], &sc->w[k])) {
            sc->w[i].brk = B_LINE;
            for (size_t j = i + 1; j <= k; j++)
                if (!(sc->w[j].flags & W_HEADER) && !(sc->w[j - 1].flags & W_HEADER))
                    sc->w[j].brk = B_JOIN;
            sc->next_ev++;
            return;
        }
        if (evx_wd_int(&sc->w[k]) == sc->next_ev + 1)
            return;
    }
}
