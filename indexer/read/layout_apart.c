/*
 * layout_apart.c - footnote bodies that wrap, their numbers printed
 * apart from them (pdfminer's text boxes): which lines of such a block
 * open a body, read from where its lines were wrapped; and a run's
 * numbers left alone among its lines ("4 Oral evidence …" / "evidence
 * submitted …" / "Letter from …" / "5" / "6"), each put back before the
 * line that opens its body.  Part of the page layer's scan
 * (layout_scan.h).
 */
#include <stdlib.h>

#include "ascii.h"
#include "pagebreak.h"
#include "layout_scan.h"
#include "layout_words.h"

/* Most lines of a run to its page's end, and most notes it numbers. */
#define APART_LINES 160
#define APART_NOTES 60

int evx_lay_wraps_on(const scan *sc, size_t e, size_t before)
{
    char c = sc->w[e].s[0], end = sc->w[before].s[sc->w[before].len - 1];
    return evx_wd_lower(&sc->w[e]) || c == '(' || c == '[' || end == ',' ||
           end == ';' || end == '-';
}

/* The length of the source line of word k, blanks trimmed. */
static size_t line_width(const scan *sc, size_t k)
{
    size_t n;
    const char *s = evx_text_line(sc->t, sc->w[k].line, &n);
    size_t i = evx_lead_space(s, n);
    return evx_ascii_rtrim(s + i, n - i);
}

/* The last word of the line of text before line[j] (past numbers alone
 * on their lines, back to line[j - 1]). */
static size_t text_before(const scan *sc, const size_t *line, size_t j)
{
    size_t k = line[j] - 1;
    while (k > line[j - 1] && evx_lay_number_line(sc, k))
        k--;
    return k;
}

size_t evx_lay_widest_line(const scan *sc, size_t a, size_t e)
{
    size_t widest = 0;
    for (size_t k = a; k < e; k++)
        if (k == a || (sc->w[k].flags & W_LINE)) {
            size_t wd = line_width(sc, k);
            widest = wd > widest ? wd : widest;
        }
    return widest;
}

/* How far short of the widest line the line whose last word is `before`
 * stopped, less what word k and a space take: above 0, k would have
 * fitted there, so that line ended where its writer ended it. */
static long room_before(const scan *sc, size_t k, size_t before, size_t widest)
{
    return (long)widest - (long)line_width(sc, before) - (long)sc->w[k].len - 1;
}

/* Does the line whose last word is `before` reach near the right edge
 * (four fifths of the widest line)? */
static int near_edge(const scan *sc, size_t before, size_t widest)
{
    return line_width(sc, before) * 10 >= widest * 8;
}

int evx_lay_runs_on(const scan *sc, size_t k, size_t before, size_t widest)
{
    return near_edge(sc, before, widest) && room_before(sc, k, before, widest) < 0;
}

int evx_lay_fewer_openings(const scan *sc, const size_t *line, size_t nl,
                           unsigned char *open, size_t want)
{
    size_t count = 1, widest = 0; /* of the lines before a line */
    for (size_t j = 1; j < nl; j++) {
        size_t wd = line_width(sc, text_before(sc, line, j));
        widest = wd > widest ? wd : widest;
        count += open[j];
    }
    while (count > want) {
        size_t drop = 0;
        long least = 0;
        for (size_t j = 1; j < nl && !drop; j++)
            if (open[j] && evx_ascii_digit((unsigned char)sc->w[line[j]].s[0]))
                drop = j;
        /* a line that ended near the right edge goes on: of those, the
         * one after which the next word fitted least */
        for (size_t j = 1, edge = 0; j < nl && !(drop && !edge); j++) {
            size_t before = text_before(sc, line, j);
            if (!open[j] || !near_edge(sc, before, widest))
                continue;
            long room = room_before(sc, line[j], before, widest);
            if (!drop || room < least) {
                drop = j;
                least = room;
                edge = 1;
            }
        }
        if (!drop)
            return 0;
        open[drop] = 0;
        count--;
    }
    return count == want;
}

/* Is line j of the run (its words [line[j], line[j + 1])) a number
 * alone, one of the notes after v that were cited?  Its value, else 0. */
static int lone_note(const scan *sc, const size_t *line, size_t j, int v)
{
    int u = line[j + 1] - line[j] == 1 ? evx_wd_int(&sc->w[line[j]]) : 0;
    return u > v && u <= evx_lay_cited(sc) && u - v < APART_NOTES ? u : 0;
}

/* The lines of the run from word i to its page's end (a header, a page
 * break, the text's end) or the text's next paragraph number or listed
 * heading, at most APART_LINES: their first words into
 * line[], the end after them.  Their count, 0 if too many. */
static size_t run_lines(const scan *sc, size_t i, size_t *line)
{
    size_t nl = 0, e = i;
    for (; e < sc->n; e++) {
        const evx_word *w = &sc->w[e];
        if (e > i && evx_lay_page_at(sc, e))
            break;
        /* a paragraph's number or a listed heading: the text again */
        if (e > i && (w->flags & W_LINE) &&
            (evx_wd_num_dot(w) || evx_lay_entry_match(sc, e)))
            break;
        if (e == i || (w->flags & W_LINE)) {
            if (nl == APART_LINES)
                return 0;
            line[nl++] = e;
        }
    }
    line[nl] = e;
    return nl;
}

/* The notes of the run from v: where[u - v] the line that opens note u,
 * its number opening the line (fixed, in order) or alone on a line of
 * its own (lone[j] set); the last line alone, if a higher number stands
 * alone before it or its own opens a note's line ("4 Q96 …"), is the
 * page's number.  The highest note, or 0 unless every
 * note from v to it is met once, one way. */
static int run_notes(const scan *sc, const size_t *line, size_t nl, int v,
                     size_t *where, unsigned char *lone)
{
    int top = v, n_lone = 0;
    size_t fixed[APART_NOTES] = {0};
    unsigned char seen[APART_NOTES] = {0};
    seen[0] = 1;
    for (size_t j = 1; j < nl; j++) {
        int u = lone_note(sc, line, j, v);
        lone[j] = u > 0;
        if (u && seen[u - v])
            return 0;
        if (u) {
            seen[u - v] = 2;
            top = u > top ? u : top;
            n_lone++;
        }
    }
    size_t last = nl - 1;
    if (lone[last]) {
        int u = evx_wd_int(&sc->w[line[last]]);
        int higher = 0;
        for (size_t j = 0; j < last; j++) {
            int w = evx_wd_int(&sc->w[line[j]]);
            higher |= lone[j] ? w > u
                              : w == u && line[j + 1] - line[j] > 1 &&
                                    evx_wd_upperish(&sc->w[line[j] + 1]);
        }
        if (higher) { /* the page's number */
            lone[last] = 0;
            seen[u - v] = 0;
            n_lone--;
        }
    }
    if (!n_lone)
        return 0;
    /* the notes whose numbers open their lines, in order */
    int at = v;
    for (size_t j = 1; j < nl; j++) {
        int u = evx_wd_int(&sc->w[line[j]]);
        if (lone[j] || u <= at || u - v >= APART_NOTES || seen[u - v] ||
            line[j + 1] - line[j] < 2 || !evx_wd_upperish(&sc->w[line[j] + 1]))
            continue;
        if (u > top && u > evx_lay_cited(sc))
            continue;
        seen[u - v] = 1;
        fixed[u - v] = j;
        at = u;
        top = u > top ? u : top;
    }
    for (int u = v; u <= top; u++)
        if (!seen[u - v])
            return 0;
    for (int u = v; u <= top; u++)
        where[u - v] = seen[u - v] == 1 ? fixed[u - v] : 0;
    return top;
}

/* For the notes after the one opening line ja up to the next whose line
 * is fixed (or the run's end, jb), due[] of them: chooses the lines of
 * (ja, jb) that open their bodies, into where[].  0 if the lines do not
 * give exactly that many. */
static int choose_lines(const scan *sc, const size_t *line, size_t ja,
                        size_t jb, const unsigned char *lone, size_t due,
                        size_t *where)
{
    size_t sub[APART_LINES], idx[APART_LINES], ns = 0;
    unsigned char open[APART_LINES];
    for (size_t j = ja; j < jb; j++) {
        if (j > ja && lone[j])
            continue;
        idx[ns] = j;
        sub[ns] = line[j];
        size_t before = ns > 0 ? text_before(sc, sub, ns) : 0;
        open[ns] = ns > 0 && !evx_lay_wraps_on(sc, line[j], before) &&
                   evx_wd_upperish(&sc->w[line[j]]) &&
                   !evx_wd_goes_on(&sc->w[before]);
        ns++;
    }
    if (!evx_lay_fewer_openings(sc, sub, ns, open, due + 1))
        return 0;
    size_t t = 0;
    for (size_t s = 1; s < ns; s++)
        if (open[s])
            where[t++] = idx[s];
    return t == due;
}

/* Rewrites the run's words [line[0], line[nl]): each lone number of
 * notes v.. (where[]) before the line that opens its body, the other
 * lines running on as its body's. */
static void place_lone(scan *sc, const size_t *line, size_t nl, int v,
                       int top, const size_t *where, const unsigned char *lone)
{
    size_t a = line[0], e = line[nl], m = 0;
    evx_word *out = malloc((e - a) * sizeof *out);
    if (!out) {
        sc->fail = 1;
        return;
    }
    size_t number_at[APART_LINES] = {0};
    unsigned char opens[APART_LINES] = {0};
    for (size_t j = 1; j < nl; j++)
        if (lone[j])
            number_at[where[evx_wd_int(&sc->w[line[j]]) - v]] = line[j];
    for (int u = v + 1; u <= top; u++)
        opens[where[u - v]] = 1;
    for (size_t j = 0; j < nl; j++) {
        if (j > 0 && lone[j])
            continue;
        if (number_at[j]) {
            out[m] = sc->w[number_at[j]];
            out[m].flags = W_LINE;
            out[m].blanks = 0;
            out[m++].brk = B_LINE;
        }
        for (size_t q = line[j]; q < line[j + 1]; q++) {
            out[m] = sc->w[q];
            if (q == line[j] && number_at[j])
                evx_lay_run_on(&out[m], B_JOIN);
            else if (q == line[j] && j > 0 && !opens[j] && !evx_lay_number_line(sc, q)) {
                out[m].blanks = 0; /* a body's next line, after a gap */
                out[m].brk = out[m].brk < B_LINE ? out[m].brk : B_LINE;
            }
            m++;
        }
    }
    evx_lay_replace(sc, a, e, out, m);
    free(out);
    if (!sc->fail && sc->max_marker < top)
        sc->max_marker = top;
}

int evx_lay_place_apart(scan *sc, size_t i)
{
    int v = evx_wd_int(&sc->w[i]);
    size_t line[APART_LINES + 1], where[APART_NOTES];
    unsigned char lone[APART_LINES] = {0};
    if (!v || !(sc->w[i].flags & W_LINE) || i + 1 >= sc->n || (sc->w[i + 1].flags & W_LINE))
        return 0;
    size_t nl = run_lines(sc, i, line);
    int top = nl > 1 ? run_notes(sc, line, nl, v, where, lone) : 0;
    if (!top)
        return 0;
    /* between each two notes whose lines are fixed, the lines opening
     * those numbered apart */
    for (int u = v; u <= top;) {
        int b = u + 1;
        while (b <= top && !where[b - v])
            b++;
        size_t jb = b <= top ? where[b - v] : nl;
        if (b > u + 1 &&
            !choose_lines(sc, line, where[u - v], jb, lone, (size_t)(b - u - 1), &where[u + 1 - v]))
            return 0;
        u = b;
    }
    place_lone(sc, line, nl, v, top, where, lone);
    return !sc->fail;
}
