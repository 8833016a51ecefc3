/*
 * layout_notes.c - the page layer's footnote runs (layout_scan.h): where
 * a run of footnote bodies starts among a page's words, where each body
 * starts, and where the text the notes broke into resumes.  Part of the
 * one scan layout.c makes over a report's words.
 */
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "dates.h"
#include "layout_scan.h"
#include "layout_words.h"
#include "pagebreak.h"
#include "pdf_back.h"
#include "tablerow.h"

/* Most footnotes one page holds, in a column of numbers or glued to
 * their bodies. */
#define NOTE_COLUMN_MAX 60

/* Most lines of the footnote bodies of one column, and of one body
 * that wraps. */
#define COLUMN_LINES (2 * NOTE_COLUMN_MAX)
#define BODY_LINES 4

/* Is word k a year ("2019", "2019,"): the day and month before it are a
 * date ("HC Deb 3 July 2019, col 1102"), never a body's number and text? */
static int year_at(const scan *sc, size_t k)
{
    if (k >= sc->n)
        return 0;
    const evx_word *w = &sc->w[k];
    unsigned n = w->len;
    while (n > 4 && (w->s[n - 1] == ',' || w->s[n - 1] == '.' ||
                     w->s[n - 1] == ';' || w->s[n - 1] == ')'))
        n--;
    return n == 4 && (w->s[0] == '1' || w->s[0] == '2') &&
           evx_ascii_digit((unsigned char)w->s[1]) &&
           evx_ascii_digit((unsigned char)w->s[2]) &&
           evx_ascii_digit((unsigned char)w->s[3]);
}

/* Is w a number and a comma, an item of a list of numbers ("2,")? */
static int listed_number(const evx_word *w)
{
    evx_word d = *w;
    if (d.len < 2 || d.s[d.len - 1] != ',')
        return 0;
    d.len--;
    return evx_wd_int(&d) > 0;
}

/* Does the number v at k complete the words before it, not open the next
 * body: the same number follows it, opening the body it numbers ("2
 * Question 3" / "3 Q52"), or, in mid-line, a word that takes a number
 * stands before it or before the list it ends ("Evidence session 3",
 * "Qq 2, 3"), unless a question reference opens a body after it?
 * (k + 1 is a word.) */
static int completes_words(const scan *sc, size_t k, int v)
{
    if (k + 1 < sc->n && evx_wd_int(&sc->w[k + 1]) == v)
        return 1;
    if (sc->w[k].flags & W_LINE)
        return 0;
    size_t q = k;
    while (q > 0 && listed_number(&sc->w[q - 1]))
        q--;
    return q < k && q > 0 && evx_wd_cites_number(&sc->w[q - 1]) &&
           !evx_wd_qrange(&sc->w[k + 1]); /* as body_number's "Annex 62 Q194" */
}

/* May the number at k be the next footnote body of a run? */
static int body_number(const scan *sc, size_t k, int cur)
{
    int v = evx_wd_int(&sc->w[k]);
    if (v <= cur || v > cur + 3 || k + 1 >= sc->n || completes_words(sc, k, v))
        return 0;
    if (!evx_wd_upperish(&sc->w[k + 1]) && !evx_wd_lower(&sc->w[k + 1]))
        return 0;
    if (evx_wd_lower(&sc->w[k + 1]) && !evx_wd_url(&sc->w[k + 1]))
        return 0;
    /* "… sent on" / "10 May 2018": a date the body before goes on with;
     * even the number due, before a year ("HC Deb 3 July 2019") or after
     * a word that asks for a date ("…, published on" / "3 November 2023",
     * "dated" / "5 March 2024") */
    if (k > 0 && !evx_wd_ends_sentence(&sc->w[k - 1]) &&
        evx_month_at(sc->w[k + 1].s, sc->w[k + 1].len) == sc->w[k + 1].len &&
        (v != cur + 1 || year_at(sc, k + 2) || evx_wd_eq(&sc->w[k - 1], "on") ||
         evx_wd_eq(&sc->w[k - 1], "dated") || evx_wd_eq(&sc->w[k - 1], "of") ||
         evx_wd_eq(&sc->w[k - 1], "from") || evx_wd_eq(&sc->w[k - 1], "until")))
        return 0;
    return (sc->w[k].flags & W_LINE) || !evx_wd_cites_number(&sc->w[k - 1]) ||
           evx_wd_qrange(&sc->w[k + 1]); /* "See Annex 62 Q194 ...": a body */
}

/* Do two more bodies follow the number v at i in its block ("71 Marine
 * Conservation Society (EIM0025) 72 As above 73 As above")?  A run that
 * numbers itself is one, wherever the one before it was lost. */
static int run_numbers_itself(const scan *sc, size_t i, int v)
{
    int cur = v, seen = 0;
    for (size_t k = i + 1; k < sc->n && k < i + 80 && seen < 2; k++) {
        if ((sc->w[k].flags & (W_HEADER | W_PAGE)) || evx_lay_block_start(sc, k))
            break;
        if (body_number(sc, k, cur)) {
            cur = evx_wd_int(&sc->w[k]);
            seen++;
        }
    }
    return seen == 2;
}

/* Does the number v at i open a line whose next lines hold the next body,
 * each number opening its line, the page ending right after them (its
 * furniture, or its number alone before it): the page's notes, though
 * the text before stops on a word that may take a number ("… associated
 * with" / "3 Department for …" / "4 Q109 …" / "5" / the header)? */
static int run_ends_page(const scan *sc, size_t i, int v)
{
    int cur = v, seen = 0;
    if (!(sc->w[i].flags & W_LINE))
        return 0;
    for (size_t k = i + 1; k < sc->n && k < i + 80; k++) {
        const evx_word *w = &sc->w[k];
        if (evx_lay_page_at(sc, k) ||
            (evx_lay_number_line(sc, k) && evx_lay_page_at(sc, k + 1)))
            return seen > 0; /* or the page's number, then the page */
        if (evx_lay_block_start(sc, k))
            return 0;
        if ((w->flags & W_LINE) && body_number(sc, k, cur)) {
            cur = evx_wd_int(w);
            seen++;
        }
    }
    return 0;
}

/* The words of the line word i opens. */
size_t evx_lay_line_words(const scan *sc, size_t i)
{
    size_t k = i + 1;
    while (k < sc->n && !(sc->w[k].flags & W_LINE))
        k++;
    return k - i;
}

/* Does the line after the one word i opens start with paragraph v.1, so
 * that "v Title" heads chapter v ("2 Eviction" / "2.1 Article 8 …")? */
int evx_lay_heads_chapter(const scan *sc, size_t i, int v)
{
    size_t j = i + evx_lay_line_words(sc, i);
    return j < sc->n && evx_wd_num_dot(&sc->w[j]) == evx_para_of_chapter(v, 1);
}

/* Are the words from i to the end of their line figures only, and the
 * next line's first word a figure too ("2018 10" / "2 2019 4", a table's
 * rows after their first cells): no footnote's body ("9 5" / "Gyres
 * Institute (EIM0017)" is one, wrapped). */
static int figures_only(const scan *sc, size_t i)
{
    size_t k = i;
    for (; k < sc->n && (k == i || !(sc->w[k].flags & W_LINE)); k++)
        for (unsigned c = 0; c < sc->w[k].len; c++)
            if (evx_ascii_alpha((unsigned char)sc->w[k].s[c]) ||
                (unsigned char)sc->w[k].s[c] >= 0x80)
                return 0;
    return k >= sc->n || evx_ascii_digit((unsigned char)sc->w[k].s[0]);
}

/* Does the number at line start i open a row of a table of figures
 * ("3 London 2,011 2,140 2,245", tablerow.h), its line's rest? */
static int opens_table_row(const scan *sc, size_t i)
{
    const evx_word *w = &sc->w[i];
    size_t n, at = (size_t)w->col - 1 + w->len;
    const char *s = evx_text_line(sc->t, w->line, &n);
    return (w->flags & W_LINE) && s && at <= n &&
           evx_table_row(s + at, n - at);
}

/* Is the line at i, whole, a numbered heading the contents list ("2
 * Funding and accountability")? */
static int listed_heading(const scan *sc, size_t i)
{
    size_t m = (sc->w[i].flags & W_LINE) ? evx_lay_entry_match(sc, i) : 0;
    return m >= 2 && (i + m == sc->n || (sc->w[i + m].flags & W_LINE));
}

/* Does a footnote run start at i?  At a line start any pending number
 * will do, as PDF dumps print them: a run that numbers itself, or after a
 * sentence, or as the next body unless a word that cites a number stands
 * before it ("paragraphs 3 to" / "5"); in mid-line only the next body,
 * and only if the body after it, or a page break, follows.  A table's
 * row is none. */
static int glued_number_again(const scan *sc, size_t i, int v);
int evx_lay_run_starts(const scan *sc, size_t i)
{
    int v = evx_wd_int(&sc->w[i]);
    if (!v || v <= sc->last_body || v > evx_lay_cited(sc) || i + 1 >= sc->n ||
        sc->w[i + 1].flags & W_HEADER || evx_lay_block_start(sc, i + 1) ||
        evx_lay_heads_chapter(sc, i, v))
        return 0;
    if (!evx_wd_upperish(&sc->w[i + 1]) || figures_only(sc, i + 1) ||
        opens_table_row(sc, i))
        return 0;
    if ((sc->w[i].flags & W_LINE) &&
        (run_numbers_itself(sc, i, v) || run_ends_page(sc, i, v)))
        return 1; /* even after "to" ("... microplastics to" / "71 ...") */
    if (i > 0 && !evx_lay_block_start(sc, i) && evx_wd_cites_number(&sc->w[i - 1]))
        return 0;
    if ((sc->w[i].flags & W_LINE) &&
        (v == sc->last_body + 1 || evx_lay_block_start(sc, i) ||
         evx_wd_ends_sentence(&sc->w[i - 1])))
        return 1;
    /* a marker set apart after a sentence ("used them. 7 We welcome"),
     * its body on a line of its own further down the page */
    if (v != sc->last_body + 1 || glued_number_again(sc, i, v))
        return 0;
    for (size_t k = i + 1; k < sc->n && k < i + 120; k++) {
        if (sc->w[k].flags & (W_HEADER | W_PAGE))
            return 1;
        if (evx_lay_block_start(sc, k))
            return k - i < 80;
        if (body_number(sc, k, v))
            return 1;
    }
    return 0;
}

/* Is the number at line start i a wrap, not a footnote body, although
 * one could take it ("an investigation by" / "38 Degrees, a campaign
 * group"): the scan took no run here, no sentence ends before it, and a
 * line further on starts with a body number that comes first in the
 * sequence (37, or 38 itself), so the run of bodies is still to come. */
int evx_lay_wrapped_number(const scan *sc, size_t i)
{
    int v = evx_wd_int(&sc->w[i]);
    if (!(sc->w[i].flags & W_LINE) || !v || v <= sc->last_body ||
        v > sc->max_marker || i == 0 || i + 1 >= sc->n ||
        evx_wd_ends_sentence(&sc->w[i - 1]) || evx_lay_block_start(sc, i) ||
        !evx_wd_upperish(&sc->w[i + 1]))
        return 0;
    for (size_t k = i + 1; k + 1 < sc->n && k < i + 400; k++) {
        int m = evx_wd_int(&sc->w[k]);
        if ((sc->w[k].flags & W_LINE) && m > sc->last_body && m <= v &&
            evx_wd_upperish(&sc->w[k + 1]))
            return 1;
    }
    return 0;
}

/* Is the footnote body from word `body` (its number) to k a question
 * reference and a name only ("75 Q194 Simon Whitehouse"): one to four
 * capitalised words after the reference, none ending in punctuation?
 * A lower-case word after it is the text the footnotes interrupted. */
static int body_is_ref_and_name(const scan *sc, size_t body, size_t k)
{
    if (k < body + 3 || k > body + 6 || !evx_wd_qrange(&sc->w[body + 1]))
        return 0;
    for (size_t q = body + 2; q < k; q++) {
        const evx_word *w = &sc->w[q];
        if (!evx_ascii_upper((unsigned char)w->s[0]) ||
            !evx_ascii_alnum((unsigned char)w->s[w->len - 1]))
            return 0;
    }
    return 1;
}

/* Does word k go on a reference's range ("paragraphs 1" / "to 18",
 * "paras 3 and 4"): "to" or "and" after a number a word that takes one
 * stands before? */
static int in_range(const scan *sc, size_t k)
{
    return k >= 2 && (evx_wd_eq(&sc->w[k], "to") || evx_wd_eq(&sc->w[k], "and")) &&
           evx_wd_int(&sc->w[k - 1]) && evx_wd_cites_number(&sc->w[k - 2]);
}

/* Most words back from a footnote body to its page's start. */
#define PAGE_REACH 3000

/* How many lines words [a, b) start. */
static size_t lines_between(const scan *sc, size_t a, size_t b)
{
    size_t n = 1;
    for (size_t k = a + 1; k < b; k++)
        n += (sc->w[k].flags & W_LINE) != 0;
    return n;
}

/* Is the block at k the tail of the body at word `body` that a PDF tool
 * set apart ("… HC 1070, 15" / "February 2021, paras 53–59"): the
 * body's last line reaches near the page's right edge and k would not
 * have fitted on it (evx_lay_runs_on, against the page's widest line),
 * and the block, a few lines, ends the page's notes (the page's end or
 * number, or the next note's number)? */
static int wrapped_tail(const scan *sc, size_t body, size_t k)
{
    size_t a = body, e = evx_lay_next_block(sc, k);
    while (a > 0 && body - a < PAGE_REACH && !(sc->w[a].flags & (W_PAGE | W_HEADER)))
        a--;
    if (!evx_lay_runs_on(sc, k, k - 1, evx_lay_widest_line(sc, a, k)) ||
        lines_between(sc, k, e) > BODY_LINES)
        return 0;
    int cur = evx_wd_int(&sc->w[body]);
    return e >= sc->n || (sc->w[e].flags & (W_PAGE | W_HEADER)) ||
           evx_lay_lone_number(sc, e) || body_number(sc, e, cur);
}

/* Whether the block at k, after a blank line, may still be the footnote
 * body that starts at word `body`: it opens in lower case, the body's
 * last line wrapped there (evx_lay_runs_on, against the page's widest), it
 * closes a bracket the body left open, or is a few words only.  A block of prose
 * that opens a sentence is the text the footnotes interrupted. */
static int body_goes_on(const scan *sc, size_t body, size_t k)
{
    int open = 0;
    size_t n = 0;
    if (!evx_wd_upperish(&sc->w[k]))
        return 1;
    if (k > body && wrapped_tail(sc, body, k))
        return 1;
    for (size_t q = body; q < k; q++)
        for (unsigned c = 0; c < sc->w[q].len; c++)
            open += sc->w[q].s[c] == '[' || sc->w[q].s[c] == '(' ? 1
                    : sc->w[q].s[c] == ']' || sc->w[q].s[c] == ')' ? -1
                                                                   : 0;
    if (open > 0)
        return 1;
    for (size_t q = k; q < sc->n && (q == k || !evx_lay_block_start(sc, q)); q++)
        if (++n > 3)
            return 0;
    return 1;
}

int evx_lay_lone_number(const scan *sc, size_t k)
{
    return evx_wd_int(&sc->w[k]) > 0 && (sc->w[k].flags & W_LINE) &&
           (k + 1 >= sc->n || evx_lay_block_start(sc, k + 1));
}

/* Does w open with a quotation mark or a bracket (“, ‘, ", ')? */
static int opens_quote(const evx_word *w)
{
    const unsigned char *s = (const unsigned char *)w->s;
    return (w->len >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
            (s[2] == 0x9C || s[2] == 0x98)) ||
           (w->len >= 1 && (s[0] == '"' || s[0] == '('));
}

/* How far a footnote body may go on past a lower-case word before the
 * page's header (the rest of its last line, and a line or two). */
#define BODY_TAIL_WORDS 40

/* Does the interrupted text resume after the page's header, not at the
 * lower-case word k: the block reaches a header within a few words, and
 * the word after the header goes on in lower case or opens a quotation
 * ("… of 28 January 2003 on insider dealing …" / "6 The run on the Bank"
 * / "are applying them …": "on" is the body's)? */
static int resumes_past_header(const scan *sc, size_t k)
{
    size_t h = k + 1;
    while (h < sc->n && h < k + BODY_TAIL_WORDS &&
           !(sc->w[h].flags & (W_HEADER | W_PAGE)) && !evx_lay_block_start(sc, h))
        h++;
    if (h >= sc->n || !(sc->w[h].flags & W_HEADER))
        return 0;
    while (h < sc->n && (sc->w[h].flags & W_HEADER))
        h++;
    return h < sc->n && (evx_wd_lower(&sc->w[h]) || opens_quote(&sc->w[h]));
}

int evx_lay_stops_mid_sentence(const scan *sc, size_t i)
{
    size_t before = i;
    while (before > 0 && (sc->w[before - 1].flags & W_HEADER))
        before--;
    /* a marker set apart after the sentence it cites ("accounts. 35") */
    if (before > 1 && evx_wd_int(&sc->w[before - 1]) &&
        !(sc->w[before - 1].flags & W_LINE) &&
        evx_wd_ends_sentence(&sc->w[before - 2]))
        return 0;
    return before > 0 && !evx_wd_ends_sentence(&sc->w[before - 1]);
}

/* Is word k, alone on its line, the rest of the URL before it, which a
 * tool wrapped ("…/multi-sector-" / "research/infrastructure-…")? */
static int url_tail(const scan *sc, size_t k)
{
    const evx_word *p = &sc->w[k - 1], *w = &sc->w[k];
    return (w->flags & W_LINE) && (k + 1 >= sc->n || (sc->w[k + 1].flags & W_LINE)) &&
           evx_url_goes_on(p->s, p->len, w->s, w->len);
}

/* Is the URL word k part of a note's text (evx_url_in_text): set inside
 * its line, or opening a line the note's text runs on into? */
static int url_in_text(const scan *sc, size_t k)
{
    const evx_word *w = &sc->w[k];
    if (!(w->flags & W_LINE))
        return 1;
    size_t n = 0, pl = 0;
    const char *line = evx_text_line(sc->t, w->line, &n);
    const char *prev = w->line > 1 ? evx_text_line(sc->t, w->line - 1, &pl) : NULL;
    size_t pi = prev ? evx_lead_space(prev, pl) : 0;
    size_t at = line ? (size_t)(w->s - line) : 0;
    return line && at <= n &&
           evx_url_in_text(prev ? prev + pi : NULL, prev ? pl - pi : 0, w->s, n - at);
}

/* Reads the footnote run starting at i, one body per line; returns the
 * first word after it (the text the footnotes interrupted). */
size_t evx_lay_take_run(scan *sc, size_t i)
{
    /* the text before the run stopped mid-sentence (before the last run,
     * where this one goes on from it past a URL) */
    int interrupted = sc->run_broke;
    int cur = evx_wd_int(&sc->w[i]);
    size_t body = i, empty = 0, empties = 0; /* numbers with no body */
    sc->w[i].brk = sc->w[i].brk > B_LINE ? sc->w[i].brk : B_LINE;
    sc->last_body = cur;
    sc->line_bodies += (sc->w[i].flags & W_LINE) != 0;
    size_t k = i + 1;
    for (; k < sc->n; k++) {
        evx_word *w = &sc->w[k];
        if (w->flags & (W_HEADER | W_PAGE))
            return k;
        if (evx_lay_block_start(sc, k)) {
            if (evx_lay_lone_number(sc, k)) { /* the page's number under its notes */
                w->flags |= W_HEADER;
                evx_lay_furniture(sc, w->line);
                continue;
            }
            if (body_number(sc, k, cur) || (evx_wd_int(w) > cur && evx_wd_int(w) <= sc->max_marker))
                goto next_body;
            /* a body printed apart, after the run ("9" / "10 Q88 …" /
             * … / "Surfers Against Sewage (WRQ0031)") */
            size_t apart = empties == 1 ? evx_lay_body_apart(sc, empty, k) : 0;
            if (apart)
                return apart;
            /* prose after the page's footnotes is the next page's, not more
             * of the last footnote ("[Simon" + "Stevens]" is) */
            if (!body_goes_on(sc, body, k) && w->brk < B_PAGE)
                w->brk = B_PAGE;
            return k;
        }
        /* a list of links, each on its line, or the URL that closes a
         * note's text (kept in it, its wrapped rest too): the page ends
         * after it; a URL the note's words go on past is more of it */
        int own = evx_wd_url(w) && url_in_text(sc, k);
        if (evx_wd_url(w) &&
            !(own && k + 1 < sc->n && !(sc->w[k + 1].flags & W_LINE))) {
            if (!own)
                w->brk = B_LINE;
            while (own && k + 1 < sc->n && !evx_lay_block_start(sc, k + 1) &&
                   url_tail(sc, k + 1))
                k++;
            while (k + 1 < sc->n && !evx_lay_block_start(sc, k + 1) &&
                   (evx_wd_url(&sc->w[k + 1]) || url_tail(sc, k + 1)))
                sc->w[++k].brk = B_LINE;
            if (k + 1 < sc->n && !evx_lay_block_start(sc, k + 1) &&
                !body_number(sc, k + 1, cur))
                sc->w[k + 1].brk = B_PAGE;
            if (k + 1 < sc->n && body_number(sc, k + 1, cur))
                continue;
            return k + 1;
        }
        if (body_number(sc, k, cur))
            goto next_body;
        if (evx_lay_para_next(sc, evx_wd_num_dot(w)) && k + 1 < sc->n &&
            evx_wd_upperish(&sc->w[k + 1]) && sc->part != P_RECS) {
            w->brk = B_BLOCK;
            return k;
        }
        size_t hm = k > body + 1 ? evx_lay_entry_match(sc, k) : 0;
        /* the next page opens with a heading, or the back matter opens */
        if (hm && (evx_lay_heading_stands(sc, k, hm, 0) || evx_lay_part_opens(sc, k)))
            return k;
        int mk = k > body + 1 ? evx_wd_marker(w) : 0;
        if (mk > cur && mk <= cur + 5) {
            /* the next footnote's marker: the interrupted text has
             * resumed ("55 Q203 Cllr McShane of accountabilities.56"); it
             * starts at the last lower-case word after a capital or a
             * number */
            size_t p = k;
            for (size_t q = k; q > body + 1; q--)
                if (evx_wd_lower(&sc->w[q]) && !evx_wd_lower(&sc->w[q - 1])) {
                    p = q;
                    break;
                }
            sc->w[p].brk = B_PAGE;
            return p;
        }
        /* a lower-case word after a reference resumes the text the notes
         * broke into, unless that text had ended its sentence ("… too
         * widely”.2" over "2 Oral evidence taken on 15 June 2022 and 6
         * July 2022": the body goes on), or it resumes past the page's
         * header */
        if (k > body + 1 && evx_wd_lower(w) && interrupted &&
            !resumes_past_header(sc, k) && !in_range(sc, k) &&
            (evx_wd_ref_end(&sc->w[k - 1]) || body_is_ref_and_name(sc, body, k))) {
            w->brk = B_PAGE;
            return k;
        }
        if (w->brk < B_LINE)
            w->brk = B_JOIN;
        continue;
    next_body:
        if (k == body + 1 && (w->flags & W_LINE)) { /* "9" / "10 Q88 …" */
            empty = body;
            empties++;
        }
        cur = evx_wd_int(w);
        sc->last_body = cur;
        if (cur > sc->max_marker)
            sc->max_marker = cur;
        body = k;
        sc->line_bodies += (w->flags & W_LINE) != 0;
        if (w->brk < B_LINE || w->blanks == 0)
            w->brk = w->blanks ? w->brk : B_LINE;
    }
    return k;
}

/* How far past a glued body its number may be met again (the page's
 * notes, a list above them), and how far a run of them may reach: a
 * page's words (a page of notes that wrap over three or four lines holds
 * some 600). */
#define GLUED_REACH 1000

/* The length of footnote number v glued to word k, which opens its
 * line (evx_glued_note); else 0. */
static size_t glued_as(const scan *sc, size_t k, int v)
{
    const evx_word *next = k + 1 < sc->n ? &sc->w[k + 1] : NULL;
    return (sc->w[k].flags & W_LINE) ? evx_wd_glued_note(&sc->w[k], next, v) : 0;
}

/* Does the line at word k open as note v's body, its number set apart
 * before its words ("9 Oral evidence …", "1 Q6")? */
static int numbered_body_line(const scan *sc, size_t k, int v)
{
    return (sc->w[k].flags & W_LINE) && evx_wd_int(&sc->w[k]) == v && k + 1 < sc->n &&
           !(sc->w[k + 1].flags & W_LINE) && evx_wd_upperish(&sc->w[k + 1]);
}

/* Is number v met again after word i on its page: glued to a line's
 * first word, or as a body's number ("1 Q6"), not a listed heading's? */
static int glued_number_again(const scan *sc, size_t i, int v)
{
    for (size_t k = i + 1; k < sc->n && k <= i + GLUED_REACH; k++) {
        if ((sc->w[k].flags & (W_HEADER | W_PAGE)) || evx_lay_part_opens(sc, k))
            return 0; /* the page, or the report's part, ends */
        if (!(sc->w[k].flags & W_LINE))
            continue;
        size_t d = glued_as(sc, k, v);
        if (d && !evx_ascii_digit((unsigned char)sc->w[k].s[d]))
            return 1; /* "1Q6" again; "12Department" is none */
        if (numbered_body_line(sc, k, v) && !listed_heading(sc, k) &&
            !evx_lay_heads_chapter(sc, k, v))
            return 1;
    }
    return 0;
}

/* Is word k alone on its line? */
static int alone_on_line(const scan *sc, size_t k)
{
    return (sc->w[k].flags & W_LINE) &&
           (k + 1 == sc->n || (sc->w[k + 1].flags & W_LINE));
}



/* The footnote bodies from word a on, to the end of their block (or
 * stop): their first words into starts[] (and the end after them); as
 * many as want, else 0.  Each line opens a body; when `wrapped`, there may be more
 * lines than bodies (up to BODY_LINES a body): a line then goes on the
 * line before it when it opens in lower case or with a bracket, or the
 * line before ends in a comma or a word no note ends in ("of the"), and
 * otherwise as evx_lay_fewer_openings finds. */
static size_t column_bodies(const scan *sc, size_t a, size_t want,
                            size_t *starts, int wrapped, size_t stop)
{
    size_t line[COLUMN_LINES + 1], nl = 0, e = a;
    for (; e < sc->n && e < stop; e++) {
        if (e > a && ((sc->w[e].flags & W_HEADER) || evx_lay_block_start(sc, e)))
            break;
        if (e == a || (sc->w[e].flags & W_LINE)) {
            if (nl == COLUMN_LINES)
                return 0;
            line[nl++] = e;
        }
    }
    if (nl != want && (!wrapped || nl > want * BODY_LINES))
        return 0;
    unsigned char open[COLUMN_LINES];
    for (size_t j = 1; j < nl; j++)
        open[j] = !evx_lay_wraps_on(sc, line[j], line[j] - 1) &&
                  !(nl > want && evx_wd_goes_on(&sc->w[line[j] - 1]));
    if (nl > want && !evx_lay_fewer_openings(sc, line, nl, open, want))
        return 0;
    size_t nb = 0;
    for (size_t j = 0; j < nl; j++) {
        if (j > 0 && !open[j])
            continue;
        const evx_word *w = &sc->w[line[j]];
        if (nb == want || ((nb == 0 || nl > want) && (!evx_wd_upperish(w) || evx_wd_int(w))))
            return 0;
        starts[nb++] = line[j];
    }
    starts[nb] = e;
    for (size_t t = 0; nb == want && t < nb; t++)
        if (lines_between(sc, starts[t], starts[t + 1]) > BODY_LINES)
            return 0; /* a paragraph, not a note */
    return nb == want ? nb : 0;
}

/* Does the page end at word e: its furniture, the next page, or the
 * text's end? */
static int ends_page(const scan *sc, size_t e)
{
    return e >= sc->n || (sc->w[e].flags & (W_HEADER | W_PAGE));
}

/* Most words from a column of note numbers to the end of its page. */
#define NOTE_PAGE_REACH 2000

/* The bodies of nk notes as the last nk lines of the page word k is on,
 * before its furniture or the next page (a PDF tool in reading order
 * prints a page's left margin as one column: its paragraphs' numbers,
 * then the notes' numbers, and the notes' bodies after the page's text):
 * their first words into starts[] and the page's end after them; 1 if
 * each line opens as a body does, else 0. */
static int bodies_at_page_end(const scan *sc, size_t k, size_t nk,
                              size_t *starts)
{
    size_t e = k + 1, t = nk;
    int v = evx_wd_int(&sc->w[k - 1]) + 1; /* the note after the column */
    while (!ends_page(sc, e) && e <= k + NOTE_PAGE_REACH)
        e++;
    if (e > k + NOTE_PAGE_REACH)
        return 0;
    /* the page's later notes numbered on their own lines ("9 Oral
     * evidence …") come after these */
    for (size_t b = k + 1; b < e; b++)
        if (numbered_body_line(sc, b, v)) {
            e = b;
            break;
        }
    starts[nk] = e;
    for (size_t b = e; t > 0 && b-- > k;)
        if (sc->w[b].flags & W_LINE)
            starts[--t] = b;
    int lines = t == 0 && starts[0] > k;
    for (t = 0; lines && t < nk; t++) {
        const evx_word *w = &sc->w[starts[t]];
        if (evx_lay_wraps_on(sc, starts[t], starts[t] - 1) || !evx_wd_upperish(w) || evx_wd_int(w))
            lines = 0;
    }
    /* after text that stops mid-sentence, a line the one before ran on
     * to ("… dated 27" / "March 2025, on smart ticketing") opens no
     * body: the lines before are bodies too */
    size_t widest = lines ? evx_lay_widest_line(sc, k, e) : 0;
    for (t = 1; lines && t < nk && !evx_wd_ends_sentence(&sc->w[starts[0] - 1]); t++)
        if (evx_lay_runs_on(sc, starts[t], starts[t] - 1, widest))
            lines = 0;
    /* bodies that wrap: the block that ends the page, after a blank line */
    size_t bs = e - 1;
    while (bs > k && !evx_lay_block_start(sc, bs))
        bs--;
    /* the last nk lines, unless the block holds a line more that begins
     * it: a body wraps, and the first is no text of the page's ("…
     * cannot wait for" / a blank line / 12 lines, 11 notes) */
    size_t alt[NOTE_COLUMN_MAX + 1];
    if (lines && bs > k && bs < starts[0] &&
        column_bodies(sc, bs, nk, alt, 1, e) == nk && alt[nk] == e) {
        memcpy(starts, alt, (nk + 1) * sizeof *starts);
        return 1;
    }
    if (lines)
        return 1;
    return bs > k && column_bodies(sc, bs, nk, starts, 1, e) == nk && starts[nk] == e;
}

/* A column of note numbers from word i (nk of them, to k) that opens a
 * page's margin: after a paragraph's number alone on its line, or the
 * page's furniture. */
static int opens_margin(const scan *sc, size_t i)
{
    const evx_word *w = i ? &sc->w[i - 1] : NULL;
    return w && ((w->flags & W_HEADER) || (evx_wd_num_dot(w) && alone_on_line(sc, i - 1)));
}

/* Is word b one of the nk numbers at num[]? */
static int is_number_at(const size_t *num, size_t nk, size_t b)
{
    for (size_t t = 0; t < nk; t++)
        if (num[t] == b)
            return 1;
    return 0;
}

/* The highest footnote marker cited so far, or in the words [a, b). */
static int cited_before(const scan *sc, size_t a, size_t b)
{
    int c = evx_lay_cited(sc);
    for (size_t k = a; k < b; k++) {
        int m = evx_wd_cites(&sc->w[k], c, NOTE_COLUMN_MAX);
        if (m)
            c = m;
    }
    return c;
}

/* Puts the nk note numbers at num[] (from word i on) each before its
 * body (the bodies at starts[], which end at starts[nk]), in the words
 * [i, end): the words before the first body come first, the furniture
 * among them (before a: the page's, where its text ended) marked so,
 * then the numbered bodies, then what else stood up to end.  0, or 1 if
 * memory ran out. */
static int place_numbers(scan *sc, size_t i, size_t end, const size_t *num,
                         size_t nk, size_t a, const size_t *starts)
{
    size_t n = 0, first_text = 0;
    evx_word *all = malloc((end - i) * sizeof *all);
    if (!all)
        return 1;
    for (size_t b = i; b < starts[0]; b++) {
        if (is_number_at(num, nk, b))
            continue;
        all[n] = sc->w[b];
        if (b < a && !(all[n].flags & W_HEADER)) {
            all[n].flags |= W_HEADER;
            evx_lay_furniture(sc, all[n].line);
        }
        if (b >= a && !first_text++) { /* the text takes the column's place */
            all[n].brk = sc->w[i].brk;
            all[n].blanks = sc->w[i].blanks;
        }
        n++;
    }
    for (size_t t = 0; t < nk; t++) {
        int first = !t && !n; /* the column's place: its flags */
        all[n] = sc->w[num[t]];
        all[n].blanks = first ? all[n].blanks : 0;
        all[n++].flags = W_LINE | (first ? sc->w[i].flags : 0);
        for (size_t b = starts[t]; b < starts[t + 1]; b++) {
            all[n] = sc->w[b];
            if (b == starts[t])
                evx_lay_run_on(&all[n], B_JOIN);
            n++;
        }
    }
    for (size_t b = starts[nk]; b < end; b++)
        if (!is_number_at(num, nk, b))
            all[n++] = sc->w[b];
    memcpy(&sc->w[i], all, n * sizeof *all);
    free(all);
    return 0;
}

/* The numbers that go on a column split around its bodies block, which
 * ends at be ("1" / the bodies / "2" … "6" / "7": a PDF tool breaks a
 * column of hanging numbers where the bodies beside them wrap): from be,
 * the numbers alone that go on the sequence to v + *nk - 1, added to
 * num[]; the word after the last.  *nk unchanged (and be returned) if
 * none. */
static size_t numbers_after(const scan *sc, size_t be, int v, size_t *num,
                            size_t *nk)
{
    size_t k = be;
    while (k < sc->n && *nk < NOTE_COLUMN_MAX && !(sc->w[k].flags & W_HEADER) &&
           evx_wd_int(&sc->w[k]) == v + (int)*nk && alone_on_line(sc, k))
        num[(*nk)++] = k++;
    return k;
}

/* The end of the block word a opens: its next block start or header. */
static size_t block_end(const scan *sc, size_t a)
{
    size_t e = a + 1;
    while (e < sc->n && !(sc->w[e].flags & W_HEADER) && !evx_lay_block_start(sc, e))
        e++;
    return e;
}

int evx_lay_note_columns(scan *sc, size_t i)
{
    int v = evx_wd_int(&sc->w[i]);
    /* the next body, or one a little on */
    if (!v || v <= sc->last_body || v > sc->last_body + 3 ||
        v > evx_lay_cited(sc) + 1 || !alone_on_line(sc, i))
        return 0;
    size_t nk = 1, k = i + 1;
    while (k < sc->n && nk < NOTE_COLUMN_MAX && !(sc->w[k].flags & W_HEADER) &&
           evx_wd_int(&sc->w[k]) == v + (int)nk && alone_on_line(sc, k)) {
        k++;
        nk++;
    }
    /* between the columns: the page's header, its number alone */
    size_t a = k;
    int number_seen = 0;
    while (a < sc->n && ((sc->w[a].flags & W_HEADER) ||
                         (!number_seen && evx_wd_int(&sc->w[a]) && alone_on_line(sc, a)))) {
        number_seen |= !(sc->w[a].flags & W_HEADER);
        a++;
    }
    /* every number cited above, and none met again on the page as a
     * body's ("1 Q41"): a table's ranks or a list are no notes; the
     * bodies next, or, for a column in the page's margin, at the page's
     * end */
    size_t starts[NOTE_COLUMN_MAX + 1], num[NOTE_COLUMN_MAX];
    if (a >= sc->n)
        return 0;
    int cited_above = v + (int)nk - 1 <= evx_lay_cited(sc) + 1;
    for (size_t t = 0; t < nk; t++)
        num[t] = i + t;
    /* the bodies next, a line each; or at the page's end, under a
     * column in the margin; or next, wrapped; or next, wrapped, the
     * column split around them */
    size_t end = 0, all = nk;
    int next = cited_above && column_bodies(sc, a, nk, starts, 0, sc->n) &&
               (nk >= 2 || ends_page(sc, starts[1]));
    /* in the margin, the page's text before the bodies cites them (a tool
     * that prints the column first prints the text citing them after) */
    int margin = !next && a == k && opens_margin(sc, i) &&
                 bodies_at_page_end(sc, k, nk, starts) &&
                 v + (int)nk - 1 <= cited_before(sc, k, starts[0]) + 1;
    if (!next && !margin)
        next = cited_above && column_bodies(sc, a, nk, starts, 1, sc->n) &&
               (nk >= 2 || ends_page(sc, starts[1]));
    /* the last number over a body of its own, right under it ("9" /
     * "Q16 [Mr Graham Ives]": a tool that sets each note apart), is no
     * column's */
    if (!next && !margin) {
        size_t be = block_end(sc, a);
        end = numbers_after(sc, be, v, num, &all);
        next = all > nk && v + (int)all - 1 <= evx_lay_cited(sc) + 1 &&
               (ends_page(sc, end) || evx_lay_block_start(sc, end)) &&
               column_bodies(sc, a, all, starts, 1, sc->n) && starts[all] == be;
    }
    if (!next && !margin)
        return 0;
    size_t e = starts[all];
    if (glued_number_again(sc, next ? (end ? end : e) - 1 : k, v))
        return 0;
    if (place_numbers(sc, i, end ? end : e, num, all, next ? a : k, starts)) {
        sc->fail = 1;
        return 0;
    }
    nk = all;
    e = end ? end : e;
    /* the bodies are the column's lines, no more: what follows is the
     * next page's, even with no header to say so */
    if (e < sc->n && !(sc->w[e].flags & W_HEADER)) {
        sc->w[e].flags |= W_PAGE;
        sc->w[e].brk = B_PAGE;
    }
    /* the column numbers its bodies: their markers stand above, some set
     * apart from their words, which the scan does not count */
    if (sc->max_marker < v + (int)nk - 1)
        sc->max_marker = v + (int)nk - 1;
    return 1;
}

/* Does the source line of word k end as a recommendation does, with
 * the paragraph it comes from ("… (Paragraph 4)")? */
static int recommends(const scan *sc, size_t k)
{
    size_t n, cut;
    int para;
    const char *s = evx_text_line(sc->t, sc->w[k].line, &n);
    return s && pdf_rec_tail(s, evx_ascii_rtrim(s, n), &cut, &para);
}

/* Does word k, the last of its line, end it as a list's item does
 * ("…routes;", "…; and", "… or", ",")?  A footnote's body does not. */
static int list_item_end(const scan *sc, size_t k)
{
    const evx_word *w = &sc->w[k];
    char c = w->s[w->len - 1];
    return c == ';' || c == ',' || evx_wd_eq(w, "and") || evx_wd_eq(w, "or");
}

int evx_lay_glued_run(scan *sc, size_t i)
{
    /* the next body (its marker perhaps set apart from its word, which
     * the scan does not count), or one a little on, cited; before any
     * body that opened a line was read, the count of bodies taken in
     * mid-line (a number set apart there) is no bar.  The number due
     * reads the digits: "35Rights" is note 3's "5Rights" after note 2. */
    int last = sc->line_bodies ? sc->last_body : 0, v = 0;
    for (int c = last + 1; c <= last + 3 && !v; c++)
        if (glued_as(sc, i, c))
            v = c;
    if (!v || v > evx_lay_cited(sc) + 1 || glued_number_again(sc, i, v))
        return 0;
    /* the run: the bodies in sequence from i, to a header or a block that
     * opens with none */
    size_t at[NOTE_COLUMN_MAX], n = 0, k;
    int want = v;
    for (k = i; k < sc->n && k <= i + GLUED_REACH && n < NOTE_COLUMN_MAX; k++) {
        if (sc->w[k].flags & W_HEADER)
            break;
        int g = glued_as(sc, k, want) > 0;
        /* "1Review current routes;" / "2Publish …": a list's items, each
         * ending as an item does; a body wrapped after a comma goes on
         * ("… public services," / "HC 1381, Session 2021–22") */
        if (g && (recommends(sc, k) || (k > i && list_item_end(sc, k - 1))))
            return 0;
        if (g) {
            at[n++] = k;
            want++;
        } else if (k > i && evx_lay_block_start(sc, k)) {
            break;
        }
    }
    /* one body alone continues the last run only where its marker was
     * met ("3Rivers Community Transport" after a page's notes is text) */
    if ((n < 2 && (v != sc->glued_next || v > evx_lay_cited(sc))) ||
        want - 1 > evx_lay_cited(sc) + 1)
        return 0;
    evx_word *out = malloc((k - i + n) * sizeof *out);
    if (!out) {
        sc->fail = 1;
        return 0;
    }
    size_t m = 0, j = 0;
    for (size_t q = i; q < k; q++) {
        out[m] = sc->w[q];
        if (j < n && at[j] == q) {
            size_t dk = glued_as(sc, q, v + (int)j);
            out[m++].len = (unsigned)dk; /* the number */
            out[m] = sc->w[q];
            out[m].s += dk;
            out[m].col += (unsigned)dk;
            out[m].len -= (unsigned)dk;
            out[m].flags = out[m].blanks = 0;
            out[m].brk = B_KEEP;
            j++;
        }
        m++;
    }
    evx_lay_replace(sc, i, k, out, m);
    free(out);
    sc->glued_next = want;
    if (sc->max_marker < want - 1)
        sc->max_marker = want - 1;
    return !sc->fail;
}
