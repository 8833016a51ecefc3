/*
 * layout_paras.c - paragraph numbers a PDF tool printed as a column of
 * their own, before the paragraphs they number (pdfminer's text boxes:
 * "2." / "3." / the text of 2 / the text of 3, each a block) or after
 * them (the text of 11 / of 12 / "11." / "12.", then the page's notes),
 * or each after its own paragraph (the text of 11 / "11." / the text of
 * 12 / "12.", as MuPDF may order a margin's numbers).
 * Part of the page layer's scan (layout_scan.h).
 */
#include <stdlib.h>
#include <string.h>

#include "layout_scan.h"

/* How many numbers a column may hold: a page's paragraphs. */
#define PARA_COLUMN_MAX 24

/* Is word k a paragraph's number ("12.") alone on its line, a block of
 * its own? */
static int lone_num_dot(const scan *sc, size_t k)
{
    return evx_wd_num_dot(&sc->w[k]) && evx_lay_block_start(sc, k) &&
           !(sc->w[k].flags & W_HEADER) &&
           (k + 1 == sc->n || (sc->w[k + 1].flags & W_LINE));
}

/* Is the block at k a column of plain numbers (a page's footnote numbers
 * set apart from their bodies: "1" / "2" / "3"), each alone on its line? */
static int number_column(const scan *sc, size_t k, size_t end)
{
    for (size_t q = k; q < end; q++)
        if (!evx_wd_int(&sc->w[q]) || !(sc->w[q].flags & W_LINE))
            return 0;
    return 1;
}

/* From k, the starts of the next want blocks of text on the page, past
 * its running header and any column of note numbers, into at[]: how many
 * were found before a page break, a paragraph's number or a heading.
 * With rest, the first is the rest of a paragraph, which may open in
 * lower case. */
static size_t find_bodies(const scan *sc, size_t k, size_t *at, size_t want, int rest)
{
    size_t found = 0;
    while (k < sc->n && found < want) {
        const evx_word *w = &sc->w[k];
        if (w->flags & W_HEADER) {
            k++;
            continue;
        }
        if (((w->flags & W_PAGE) && found) || evx_wd_num_dot(w) ||
            evx_lay_entry_match(sc, k) || !(evx_wd_upperish(w) || (rest && !found)))
            break;
        size_t end = evx_lay_next_block(sc, k);
        if (!number_column(sc, k, end))
            at[found++] = k;
        k = end;
    }
    return found;
}

/* Does the column at i open a page whose first block of text goes on the
 * paragraph the page break (and the page's notes) interrupted: only the
 * page's furniture stands between that text, which stops mid-sentence,
 * and the column? */
static int resumes_paragraph(const scan *sc, size_t i)
{
    size_t b = i;
    while (b > 0 && (sc->w[b - 1].flags & W_HEADER))
        b--;
    if (b == i)
        return 0; /* no page break: a heading or a paragraph's end */
    /* the page's notes ended there (a block their last body went on
     * with no page break before it counts as theirs): the text they broke
     * into is the one */
    size_t end = sc->run_end;
    if (end < b && !(sc->w[end].flags & (W_PAGE | W_HEADER)) && sc->w[end].brk < B_PAGE)
        end = evx_lay_next_block(sc, end);
    return b == end ? sc->run_broke : evx_lay_stops_mid_sentence(sc, i);
}

/* Writes number (a word of the column) to out[*m], then the first word
 * of the block of text it numbers, each on a line of its own as a
 * paragraph's number alone over its text is. */
static void put_numbered(evx_word *out, size_t *m, evx_word number,
                         const evx_word *first)
{
    number.flags = (unsigned char)(W_LINE | (first->flags & W_PAGE));
    number.blanks = first->blanks ? first->blanks : 1;
    number.brk = B_KEEP;
    out[(*m)++] = number;
    out[*m] = *first;
    out[*m].flags &= (unsigned char)~W_PAGE;
    out[(*m)++].blanks = 1;
}

/* The column of paragraph numbers in sequence at i, as its words' places
 * in nums[] (at most PARA_COLUMN_MAX): how many. */
static size_t column_at(const scan *sc, size_t i, size_t *nums)
{
    size_t k = 0;
    int v = evx_wd_num_dot(&sc->w[i]);
    while (i + k < sc->n && k < PARA_COLUMN_MAX && lone_num_dot(sc, i + k) &&
           evx_wd_num_dot(&sc->w[i + k]) == v + (int)k) {
        nums[k] = i + k;
        k++;
    }
    return k;
}

int evx_lay_para_column(scan *sc, size_t i)
{
    size_t nums[PARA_COLUMN_MAX], bodies[PARA_COLUMN_MAX + 1];
    size_t k = column_at(sc, i, nums), j = i + k;
    /* the interrupted paragraph's rest, then a block for each number */
    size_t skip = k >= 2 && resumes_paragraph(sc, i);
    if (k < 2 || find_bodies(sc, j, bodies, k + skip, (int)skip) < k + skip)
        return 0;
    /* the first number stays, unless the rest of a paragraph comes first:
     * its text is the next block (or the notes' column there, which the
     * scan reads as it does under any number); each other goes over its
     * own text */
    size_t end = bodies[k - 1 + skip] + 1, m = 0, b = 1 - skip;
    evx_word *out = malloc((end - i) * sizeof *out);
    if (!out) {
        sc->fail = 1;
        return 0;
    }
    if (!skip)
        out[m++] = sc->w[i];
    for (size_t q = j; q < end; q++) {
        if (b < k && q == bodies[b + skip]) {
            put_numbered(out, &m, sc->w[nums[b]], &sc->w[q]);
            b++;
            continue;
        }
        out[m++] = sc->w[q];
    }
    evx_lay_replace(sc, i, end, out, m);
    free(out);
    return !sc->fail;
}

/* From the column at i back, the starts of the blocks of text before it
 * on its page, in order, into at[] (room for want + 1): how many, back to
 * the page's start or a paragraph's number (*opens_page 1 at the page's
 * start); want + 2 if there are more, or a block that is no text (a
 * number, a note's line). */
static size_t bodies_before(const scan *sc, size_t i, size_t *at, size_t want,
                            int *opens_page)
{
    size_t found = 0, q = i;
    *opens_page = 1;
    while (q > 0) {
        size_t s = q - 1;
        while (s > 0 && !evx_lay_block_start(sc, s))
            s--;
        const evx_word *w = &sc->w[s];
        if (w->flags & W_HEADER)
            break;
        if (evx_wd_num_dot(w)) {
            *opens_page = 0;
            break;
        }
        if (found == want + 1 || evx_wd_int(w))
            return want + 2;
        memmove(at + 1, at, found * sizeof *at);
        at[0] = s;
        found++;
        if ((w->flags & W_PAGE) || w->brk >= B_PAGE)
            break;
        q = s;
    }
    return found;
}

size_t evx_lay_para_column_after(scan *sc, size_t i)
{
    size_t nums[PARA_COLUMN_MAX], bodies[PARA_COLUMN_MAX + 1];
    size_t k = column_at(sc, i, nums), j = i + k;
    int opens_page;
    /* no block of text after the column: the page's notes, its end, or
     * the next paragraph's number */
    if (k < 2 || (j < sc->n && !(sc->w[j].flags & (W_PAGE | W_HEADER)) &&
                  !evx_wd_int(&sc->w[j]) && !evx_wd_num_dot(&sc->w[j])))
        return i;
    size_t found = bodies_before(sc, i, bodies, k, &opens_page);
    /* a block for each number, after the rest of the paragraph the page
     * broke (which may open in lower case) if the page opens so */
    size_t skip = found == k + 1 && opens_page &&
                  (!evx_wd_upperish(&sc->w[bodies[0]]) ||
                   resumes_paragraph(sc, bodies[0]));
    if (found != k + skip ||
        (found == k && opens_page && resumes_paragraph(sc, bodies[0])))
        return i;
    for (size_t b = skip; b < found; b++)
        if (!evx_wd_upperish(&sc->w[bodies[b]]))
            return i;
    size_t from = bodies[skip], m = 0;
    evx_word *out = malloc((j - from) * sizeof *out);
    if (!out) {
        sc->fail = 1;
        return i;
    }
    for (size_t b = 0; b < k; b++) {
        size_t end = b + 1 < k ? bodies[b + 1 + skip] : i;
        put_numbered(out, &m, sc->w[nums[b]], &sc->w[bodies[b + skip]]);
        for (size_t q = bodies[b + skip] + 1; q < end; q++)
            out[m++] = sc->w[q];
    }
    evx_lay_replace(sc, from, j, out, m);
    free(out);
    return sc->fail ? i : from;
}

/* Most words a heading's block has between trailing numbers, and fewest
 * words a line of prose has on average. */
#define TRAIL_HEADING_WORDS 16
#define TRAIL_PROSE_WORDS 6

enum trail_block { TB_NUMBER, TB_TEXT, TB_HEADING, TB_OTHER };

/* What the block at k (ending at *end) is to a page of numbers each after
 * its own paragraph: a paragraph's number alone, a paragraph's text, a
 * heading (a line of a few words that ends in no stop), or anything else
 * (the page's notes, a table's figures, its end). */
static enum trail_block trail_block_at(const scan *sc, size_t k, size_t *end)
{
    *end = k < sc->n ? evx_lay_next_block(sc, k) : k;
    if (k >= sc->n || (sc->w[k].flags & W_HEADER))
        return TB_OTHER;
    if (lone_num_dot(sc, k))
        return TB_NUMBER;
    if (evx_wd_lower(&sc->w[k]))
        return TB_TEXT; /* a sentence going on */
    if (evx_wd_int(&sc->w[k]) || evx_wd_num_dot(&sc->w[k]) || !evx_wd_upperish(&sc->w[k]))
        return TB_OTHER; /* a note's line, a paragraph its number opens */
    size_t e = *end, lines = 1;
    for (size_t q = k + 1; q < e; q++)
        lines += (sc->w[q].flags & W_LINE) != 0;
    const evx_word *l = &sc->w[e - 1];
    /* prose (a sentence's end, or lines of prose that a page broke
     * mid-sentence), not a table's cells, a line each */
    if (lines > 1)
        return evx_wd_ends_sentence(l) || evx_wd_marker(l) ||
                       (e - k) >= TRAIL_PROSE_WORDS * lines
                   ? TB_TEXT
                   : TB_OTHER;
    return e - k <= TRAIL_HEADING_WORDS && !evx_wd_ends_stop(l)
               ? TB_HEADING
               : TB_TEXT;
}

/* The start of the block before word i (i itself at the text's start). */
static size_t block_before(const scan *sc, size_t i)
{
    size_t s = i ? i - 1 : 0;
    while (s > 0 && !evx_lay_block_start(sc, s))
        s--;
    return s;
}

size_t evx_lay_para_trailing(scan *sc, size_t i)
{
    size_t nums[PARA_COLUMN_MAX], texts[PARA_COLUMN_MAX], k = 0, end, q = i;
    int v = evx_wd_num_dot(&sc->w[i]);
    if (i == 0 || (sc->w[i].flags & W_PAGE) ||
        trail_block_at(sc, texts[0] = block_before(sc, i), &end) != TB_TEXT)
        return i;
    for (;;) {
        /* a block of its own: a number whose text goes on under it in
         * its block leads that text */
        if (k == PARA_COLUMN_MAX || evx_wd_num_dot(&sc->w[q]) != v + (int)k ||
            evx_lay_next_block(sc, q) != q + 1)
            return i;
        nums[k++] = q;
        size_t t = q + 1;
        enum trail_block b = t < sc->n && !(sc->w[t].flags & W_PAGE)
                                 ? trail_block_at(sc, t, &end)
                                 : TB_OTHER;
        int headed = 0;
        while (b == TB_HEADING && !(sc->w[end].flags & W_PAGE)) {
            t = end;
            b = trail_block_at(sc, t, &end);
            headed = 1;
        }
        if (headed && b != TB_TEXT)
            return i; /* a heading, or a line a page cut, then no text */
        /* the last number of the page, or of a section, has no text
         * after it: the numbers trail (not a column of numbers) */
        if (b == TB_NUMBER || (b == TB_OTHER && t < sc->n && !(sc->w[t].flags & W_PAGE) &&
                               number_column(sc, t, end)))
            return i; /* a column of numbers, or the notes' over its text */
        if (b != TB_TEXT)
            break;
        /* more of its text: a block after a note's marker, or a line
         * opening at one, which MuPDF sets apart ("… in 2022.15" / "The
         * Guild …"; "13 Local authorities …", its marker "services.13") */
        for (size_t e2; end < sc->n && !(sc->w[end].flags & W_PAGE);) {
            enum trail_block nb = trail_block_at(sc, end, &e2);
            if (nb == TB_OTHER && evx_wd_int(&sc->w[end]) && e2 < sc->n &&
                !(sc->w[e2].flags & W_PAGE) && trail_block_at(sc, e2, &q) == TB_NUMBER)
                end = e2;
            else if (nb == TB_TEXT)
                end = e2;
            else
                break;
        }
        if (k == PARA_COLUMN_MAX || end >= sc->n || (sc->w[end].flags & W_PAGE) ||
            trail_block_at(sc, end, &q) != TB_NUMBER)
            return i; /* text with no number after it: the numbers lead */
        texts[k] = t;
        q = end;
    }
    size_t from = texts[0], to = nums[k - 1] + 1, m = 0;
    evx_word *out = malloc((to - from) * sizeof *out);
    if (!out) {
        sc->fail = 1;
        return i;
    }
    for (size_t j = 0; j < k; j++) {
        for (size_t w = j ? nums[j - 1] + 1 : from; w < texts[j]; w++)
            out[m++] = sc->w[w]; /* headings between */
        put_numbered(out, &m, sc->w[nums[j]], &sc->w[texts[j]]);
        for (size_t w = texts[j] + 1; w < nums[j]; w++)
            out[m++] = sc->w[w];
    }
    evx_lay_replace(sc, from, to, out, m);
    free(out);
    return sc->fail ? i : from;
}
