/*
 * layout_trail.c - footnote numbers a PDF tool printed apart from their
 * bodies (pdfminer's text boxes): after them ("Business and Trade
 * Committee, …" / "1" / "Rail Delivery Group (RTR0035)" / "2"), or one
 * number with nothing beside it in a run whose bodies are beside their
 * numbers, its body the last box of the page ("8 … (WRQ0025)" / "9" /
 * "10 Q88 …" / … / "Surfers Against Sewage (WRQ0031)"), or a number in a
 * block of its own over its body ("9" / "The Department …" / "10 Q28 …").
 * Each number goes back before its body, so that the page's notes read as
 * a run.  Part of the page layer's scan (layout_scan.h).
 */
#include <stdlib.h>

#include "layout_scan.h"

/* Most notes in such a run, and most lines a body may take. */
#define TRAIL_MAX 60
#define TRAIL_BODY_LINES 6

/* Is word k a number alone on its line right under the line before it
 * (no blank line, header or page break between)?  A number over its
 * body ("1" / "Q6") stands apart from the body above it. */
static int trails(const scan *sc, size_t k)
{
    return evx_lay_number_line(sc, k) && !evx_lay_block_start(sc, k);
}

/* Does the line after word k, a number v alone, open with note v + 1's
 * number and its body ("9" / "10 Q78 [Dr Fiona Baird]"): note v's body
 * is none of what follows? */
static int over_next_note(const scan *sc, size_t k, int v)
{
    return k + 2 < sc->n && (sc->w[k + 1].flags & W_LINE) &&
           evx_wd_int(&sc->w[k + 1]) == v + 1 && !(sc->w[k + 2].flags & W_LINE);
}

/* The first word of the lines of text before word e that open at a
 * block start or after a lone number, at most TRAIL_BODY_LINES of them
 * and none a header, a number alone or a paragraph's opening ("6. We
 * return …": the report's text, which a page's notes follow); e if there
 * are none. */
static size_t body_before(const scan *sc, size_t e)
{
    size_t b = e, lines = 0;
    while (b > 0 && lines < TRAIL_BODY_LINES) {
        size_t s = b - 1;
        while (s > 0 && !(sc->w[s].flags & W_LINE))
            s--;
        if ((sc->w[s].flags & W_HEADER) || evx_lay_number_line(sc, s))
            break;
        if (evx_wd_num_dot(&sc->w[s]) && s + 1 < sc->n && evx_wd_upperish(&sc->w[s + 1]))
            return e;
        b = s;
        lines++;
        if (evx_lay_block_start(sc, s))
            break;
    }
    return b < e && evx_wd_upperish(&sc->w[b]) && !evx_wd_int(&sc->w[b]) ? b : e;
}

size_t evx_lay_trailing_numbers(scan *sc, size_t i)
{
    int v = evx_wd_int(&sc->w[i]);
    size_t first = body_before(sc, i);
    int alone = evx_lay_number_line(sc, i) && over_next_note(sc, i, v);
    if (!(trails(sc, i) || alone) || v != sc->last_body + 1 || first == i ||
        !evx_lay_block_start(sc, first))
        return i;
    /* the numbers in sequence, each after a body of its own */
    size_t num[TRAIL_MAX], body[TRAIL_MAX], n = 0, k = i;
    body[0] = first;
    while (n < TRAIL_MAX && k < sc->n && (k == i || trails(sc, k)) &&
           evx_wd_int(&sc->w[k]) == v + (int)n) {
        num[n++] = k;
        size_t next = k + 1;
        while (next < sc->n && !evx_lay_number_line(sc, next) && !(sc->w[next].flags & W_HEADER) &&
               !evx_lay_block_start(sc, next))
            next++;
        if (n == TRAIL_MAX || next >= sc->n || !trails(sc, next) || next == k + 1 ||
            body_before(sc, next) != k + 1)
            break;
        body[n] = k + 1;
        k = next;
    }
    /* two numbers so at least, or one whose body can only be above it */
    if ((n < 2 && !alone) || v + (int)n - 1 > sc->max_marker)
        return i;
    /* the last number with text right under it, which no number follows:
     * each number stands over its body ("1" / "Q12 [Jane Roe]" / … / "3"
     * / "Q16 [Ann Hale]"), and the line above the first is the page's
     * text, no note's (a block quotation the page cut) */
    size_t after = num[n - 1] + 1;
    if (n >= 2 && after < sc->n && !evx_lay_block_start(sc, after) &&
        !(sc->w[after].flags & W_HEADER) && !evx_wd_int(&sc->w[after]))
        return i;
    /* rewritten in place: each number, then its body */
    size_t end = num[n - 1] + 1, m = 0;
    evx_word *out = malloc((end - first) * sizeof *out);
    if (!out) {
        sc->fail = 1;
        return i;
    }
    for (size_t t = 0; t < n; t++) {
        out[m] = sc->w[num[t]];
        out[m].flags = sc->w[body[t]].flags & (unsigned char)(W_LINE | W_PAGE);
        out[m].blanks = sc->w[body[t]].blanks;
        out[m++].brk = B_KEEP;
        for (size_t q = body[t]; q < num[t]; q++) {
            out[m] = sc->w[q];
            if (q == body[t])
                evx_lay_run_on(&out[m], B_KEEP);
            m++;
        }
    }
    evx_lay_replace(sc, first, end, out, m);
    free(out);
    return sc->fail ? i : first;
}

/* Most words and lines of a note's body printed apart from its run. */
#define APART_WORDS 40
#define APART_LINES 2

size_t evx_lay_body_apart(scan *sc, size_t empty, size_t k)
{
    size_t e = k, lines = 0;
    while (e < sc->n && e - k <= APART_WORDS && !(sc->w[e].flags & W_HEADER) &&
           (e == k || !evx_lay_block_start(sc, e)))
        lines += (sc->w[e++].flags & W_LINE) != 0;
    /* one short block that opens as a body does and ends the page: its
     * furniture, the next page, or the page's number alone */
    if (e - k > APART_WORDS || lines > APART_LINES || !evx_wd_upperish(&sc->w[k]) ||
        evx_wd_int(&sc->w[k]) ||
        !(e >= sc->n || (sc->w[e].flags & (W_HEADER | W_PAGE)) || evx_lay_lone_number(sc, e)))
        return 0;
    size_t m = 0;
    evx_word *out = malloc((e - empty - 1) * sizeof *out);
    if (!out) {
        sc->fail = 1;
        return 0;
    }
    for (size_t q = k; q < e; q++) /* the body, after its number */
        out[m++] = sc->w[q];
    evx_lay_run_on(&out[0], B_JOIN);
    for (size_t q = empty + 1; q < k; q++) /* then the rest of the run */
        out[m++] = sc->w[q];
    evx_lay_replace(sc, empty + 1, e, out, m);
    free(out);
    return sc->fail ? 0 : e;
}

int evx_lay_number_over_body(scan *sc, size_t i)
{
    int v = evx_wd_int(&sc->w[i]);
    if (!v || v != sc->last_body + 1 || (v > sc->cited && v > sc->max_marker) ||
        !evx_lay_lone_number(sc, i) || i + 1 >= sc->n ||
        (sc->w[i + 1].flags & W_HEADER) || !evx_wd_upperish(&sc->w[i + 1]) ||
        evx_wd_int(&sc->w[i + 1]))
        return 0;
    size_t e = i + 1, lines = 0;
    while (e < sc->n && lines <= TRAIL_BODY_LINES && !(sc->w[e].flags & W_HEADER) &&
           (e == i + 1 || !evx_lay_block_start(sc, e)))
        lines += (sc->w[e++].flags & W_LINE) != 0;
    /* the body, a few lines, then the next note's number opening a line */
    if (lines > TRAIL_BODY_LINES || e >= sc->n || evx_wd_int(&sc->w[e]) != v + 1 ||
        !(sc->w[e].flags & W_LINE))
        return 0;
    evx_word *b = &sc->w[i + 1];
    b->blanks = 0;
    b->flags &= (unsigned char)~W_PAGE;
    if (b->brk >= B_BLOCK)
        b->brk = B_KEEP;
    return 1;
}

/* The one number alone in the run [i, end) with the next number right
 * after it (a note whose body is not there), or end if none or more. */
static size_t lone_empty(const scan *sc, size_t i, size_t end)
{
    size_t found = end;
    for (size_t q = i; q + 1 < end; q++)
        if (evx_lay_number_line(sc, q) && evx_wd_int(&sc->w[q + 1]) &&
            (sc->w[q + 1].flags & W_LINE)) {
            if (found < end)
                return end;
            found = q;
        }
    return found;
}

void evx_lay_body_before(scan *sc, size_t i, size_t end)
{
    size_t empty = sc->part == P_MAIN || i == 0 ? end : lone_empty(sc, i, end);
    if (empty >= end)
        return;
    size_t b = i - 1, lines = 0;
    while (b > 0 && !evx_lay_block_start(sc, b))
        b--;
    for (size_t q = b; q < i; q++)
        lines += (sc->w[q].flags & W_LINE) != 0;
    /* one short block alone at the page's head, opening as a body does */
    if (!(b > 0 && (sc->w[b - 1].flags & W_HEADER)) || i - b > APART_WORDS ||
        lines > APART_LINES || !evx_wd_upperish(&sc->w[b]) ||
        evx_wd_int(&sc->w[b]) || (sc->w[b].flags & W_HEADER))
        return;
    evx_word *out = malloc((empty + 1 - b) * sizeof *out);
    if (!out) {
        sc->fail = 1;
        return;
    }
    size_t m = 0;
    for (size_t q = i; q <= empty; q++) /* the run to the number alone */
        out[m++] = sc->w[q];
    out[0].blanks = sc->w[b].blanks;
    for (size_t q = b; q < i; q++) /* then its body */
        out[m++] = sc->w[q];
    evx_lay_run_on(&out[empty + 1 - i], B_JOIN);
    evx_lay_replace(sc, b, empty + 1, out, m);
    free(out);
}

