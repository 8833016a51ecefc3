/*
 * layout_heads.c - the headings the page layer finds (see layout_scan.h):
 * those the contents list (layout_contents.c) confirms, the standard
 * parts found by name, and the rules that split a heading off the text it
 * is glued to.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "chapter.h"
#include "dates.h"
#include "layout_scan.h"
#include "recs_head.h"

/* The parts every report has, found by name even when glued to their
 * text (House of Commons committee report conventions; the list of
 * recommendations by the forms recs_head.h gives, first, so that "Summary
 * of conclusions and recommendations" is not "Summary"). */
static const struct part_name {
    const char *form;                 /* words parted by single spaces */
    const char *(*forms)(size_t k);   /* or any of a shared list's forms */
    int part;
    const char *then;                 /* words that must follow, or NULL */
} part_names[] = {
    {NULL, evx_recs_head_form, P_RECS, NULL},
    {"Summary", NULL, P_MAIN, NULL},
    {"Formal minutes", NULL, P_SKIP, NULL},
    {"Witnesses", NULL, P_WITNESS, NULL},
    {NULL, evx_evidence_head_form, P_EVIDENCE, NULL},
    {"List of Reports from the Committee", NULL, P_SKIP, NULL},
    {"Oral evidence", NULL, P_UNREAD, "Taken before"},
};
#define N_PARTS (sizeof part_names / sizeof part_names[0])

/* Words of the form f ("Summary of conclusions …") matching at i: their
 * count, else 0. */
static size_t form_match(const scan *sc, size_t i, const char *f)
{
    size_t m = 0;
    if (i >= sc->n || evx_ascii_tolower((unsigned char)sc->w[i].s[0]) !=
                          evx_ascii_tolower((unsigned char)f[0]))
        return 0; /* most words, at once */
    while (*f) {
        const char *e = strchr(f, ' ');
        size_t len = e ? (size_t)(e - f) : strlen(f);
        if (i + m >= sc->n || sc->w[i + m].len != len ||
            strncasecmp(sc->w[i + m].s, f, len) != 0)
            return 0;
        m++;
        f += len + (e != NULL);
    }
    return m;
}

/* Words of part name k matching at i: their count, else 0. */
static size_t part_match(const scan *sc, size_t i, size_t k)
{
    size_t m = 0;
    const char *f;
    if (!part_names[k].forms)
        m = form_match(sc, i, part_names[k].form);
    for (size_t j = 0; part_names[k].forms && (f = part_names[k].forms(j)) != NULL && !m; j++)
        m = form_match(sc, i, f);
    if (m && part_names[k].then && !form_match(sc, i + m, part_names[k].then))
        return 0;
    return m;
}

/* The longest contents heading matching the words at i: its length. */
size_t evx_lay_entry_match(const scan *sc, size_t i)
{
    size_t best = 0;
    for (size_t e = 0; e < sc->n_ent; e++) {
        size_t len = sc->ent[e].b - sc->ent[e].a, m = 0;
        if (len <= best || i + len > sc->n)
            continue;
        while (m < len && evx_wd_same(&sc->w[i + m], &sc->w[sc->ent[e].a + m]) &&
               !(m > 0 && evx_lay_block_start(sc, i + m) && sc->w[i + m].blanks))
            m++;
        if (m == len)
            best = len;
    }
    return best;
}

/* Words looked through for a resumed run's next two paragraphs. */
#define RUN_WORDS 4000

int evx_lay_resumes_run(const scan *sc, size_t i, int v)
{
    evx_para_run r;
    if ((sc->part != P_MAIN && sc->part != P_RECS) ||
        !evx_para_run_start(&r, evx_lay_next_number(sc) - 1, v,
                            EVX_PARA_AHEAD))
        return 0;
    for (size_t k = i + 1; k + 1 < sc->n && k < i + RUN_WORDS; k++) {
        int x = (sc->w[k].flags & W_LINE) ? evx_wd_num_dot(&sc->w[k]) : 0;
        if (!x || !evx_wd_upperish(&sc->w[k + 1]))
            continue;
        int fed = evx_para_run_feed(&r, x);
        if (fed)
            return fed > 0;
    }
    return 0;
}

/* Most words of a section's heading after its number by chapter. */
#define NUMBERED_SECTION_WORDS 12

/* Lines of a heading a numbered section's heading may stand over (a
 * sub-section's, "(a)" one's: "2.1 Funding" / "The view of users" / "4. …"). */
#define NUMBERED_SECTION_LINES 3

/* The end of the heading's line at i (the next line's first word): a
 * few words, the last with no stop after it (a bracket may close it:
 * "Oversight (the trust framework)"); 0 if the line is no such. */
static size_t heading_line_end(const scan *sc, size_t i)
{
    size_t k = i + 1;
    while (k < sc->n && !(sc->w[k].flags & W_LINE))
        k++;
    if (k >= sc->n || k - i > NUMBERED_SECTION_WORDS)
        return 0;
    const evx_word *last = &sc->w[k - 1];
    return evx_wd_ends_stop(last) ? 0 : k;
}

int evx_lay_numbered_section(const scan *sc, size_t i)
{
    int v = evx_wd_num_dot(&sc->w[i]);
    if (!evx_para_is_by_chapter(v) || !(sc->w[i].flags & W_LINE) ||
        i + 1 >= sc->n || (sc->w[i + 1].flags & W_LINE))
        return 0;
    size_t k = heading_line_end(sc, i);
    for (int lines = 0; k && lines < NUMBERED_SECTION_LINES; lines++) {
        int x = evx_wd_num_dot(&sc->w[k]);
        if (x)
            return !evx_para_is_by_chapter(x) &&
                   evx_para_follows(evx_lay_next_number(sc) - 1, x, EVX_PARA_AHEAD);
        const evx_word *h = &sc->w[k];
        if (!evx_wd_upperish(h) && !(h->len == 3 && h->s[0] == '(' && h->s[2] == ')'))
            return 0; /* a sub-section's heading, or one labelled "(a)" */
        k = heading_line_end(sc, k);
    }
    return 0;
}

enum glue { GLUE_NONE, GLUE_HEADING, GLUE_SENTENCE };

/* Do the b bytes of w end a sentence after a word, its footnote's marker
 * after it or none ("dues.", "sustainable.3"), not a number's point
 * ("Figure 2.": "Figure 2.4." is no paragraph 4)? */
static int sentence_before(const evx_word *w, size_t b)
{
    evx_word before = *w;
    before.len = (unsigned)b;
    while (b > 0 && evx_ascii_digit((unsigned char)w->s[b - 1]))
        b--;
    return b >= 2 && evx_wd_ends_sentence(&before) &&
           !evx_ascii_digit((unsigned char)w->s[b - 2]);
}

/* How paragraph number num (n bytes: "57.") is glued to the end of word w: after a
 * heading's last word (a letter or a bracket closed: "users1.",
 * "reviews)1.") or a caption's year ("2015 to 202449."), or after a
 * sentence's end ("dues.57.", "sustainable.316."); *k gets the length of
 * the words before it. */
static enum glue glued_due(const evx_word *w, const char *num, size_t n, size_t *k)
{
    /* most words end in no digit and a full stop: at once */
    if (w->len <= n + 1 || w->s[w->len - 1] != '.' ||
        !evx_ascii_digit((unsigned char)w->s[w->len - 2]) ||
        memcmp(w->s + w->len - n, num, n) != 0)
        return GLUE_NONE;
    size_t b = w->len - (size_t)n;
    unsigned char c = (unsigned char)w->s[b - 1];
    *k = b;
    if ((evx_ascii_lower(c) || c == ')') && b >= 2)
        return GLUE_HEADING;
    if (b >= 4 && evx_year_at(w->s + b - 4) &&
        (b == 4 || !evx_ascii_digit((unsigned char)w->s[b - 5])))
        return GLUE_HEADING;
    return sentence_before(w, b) ? GLUE_SENTENCE : GLUE_NONE;
}

/* Do the words [a, e) make a heading's line, a number glued to the
 * last: a capital's word first, at most NUMBERED_SECTION_WORDS? */
static int heading_words(const scan *sc, size_t a, size_t e)
{
    return e > a && e - a <= NUMBERED_SECTION_WORDS && evx_wd_upperish(&sc->w[a]);
}

/* On the line word ls opens, the word that the paragraph number due is
 * glued to the end of (glued_due: after a heading, its line, or after a
 * sentence), the text after it going on; the length before the number
 * in *k.  sc->n if none. */
static size_t glued_on_line(const scan *sc, size_t ls, size_t *k)
{
    char num[16];
    int due = evx_lay_next_number(sc);
    size_t n = 0;
    if (due <= 0 || due >= EVX_PARA_BY_CHAPTER)
        return sc->n; /* a number by chapter is never glued so */
    for (int v = due; v; v /= 10)
        num[n++] = (char)('0' + v % 10);
    for (size_t a = 0; a < n / 2; a++) {
        char t = num[a];
        num[a] = num[n - 1 - a];
        num[n - 1 - a] = t;
    }
    num[n++] = '.';
    for (size_t i = ls; i + 1 < sc->n; i++) {
        if (i > ls && (sc->w[i].flags & W_LINE))
            break;
        enum glue g = glued_due(&sc->w[i], num, n, k);
        if (g == GLUE_NONE || (sc->w[i + 1].flags & W_LINE) ||
            !evx_wd_upperish(&sc->w[i + 1]))
            continue;
        if (g == GLUE_SENTENCE || heading_words(sc, ls, i + 1))
            return i;
    }
    return sc->n;
}

int evx_lay_glued_para(scan *sc, size_t ls)
{
    if (!(sc->w[ls].flags & W_LINE))
        return 0;
    size_t k, i = glued_on_line(sc, ls, &k);
    /* or on the next line, where it tells that this one heads a chapter
     * ("1 Introduction" / "Evaluation (port reviews)1. We …") */
    size_t next = ls + 1;
    while (i == sc->n && next < sc->n && next <= ls + NUMBERED_SECTION_WORDS &&
           !(sc->w[next].flags & W_LINE))
        next++;
    if (i == sc->n && next < sc->n && (sc->w[next].flags & W_LINE))
        i = glued_on_line(sc, next, &k);
    if (i == sc->n)
        return 0;
    evx_word out[2] = {sc->w[i], sc->w[i]};
    out[0].len = (unsigned)k;
    out[1].s += k;
    out[1].len -= (unsigned)k;
    out[1].col += (unsigned)k;
    out[1].flags = W_LINE;
    out[1].blanks = 1;
    out[1].brk = B_BLOCK;
    return evx_lay_replace(sc, i, i + 1, out, 2) == 0;
}

/* Does the number v at word k open a paragraph a heading may head: the
 * paragraph due, a chapter's first, the next recommendation, the number
 * due (in the list of recommendations, the recommendation's) or a few
 * past it (as at a block start: numbers lost between), or one that
 * resumes the sequence after more numbers were lost? */
static int numbered_after_heading(const scan *sc, size_t k, int v)
{
    return v && (evx_lay_para_next(sc, v) || evx_para_follows(0, v, 1) ||
                 v == sc->next_rec ||
                 evx_para_follows(evx_lay_next_number(sc) - 1, v,
                                  EVX_PARA_AHEAD) ||
                 evx_lay_resumes_run(sc, k, v));
}

/* A long contents heading of m words at i (an annex, a glossary, a box of
 * examples) opening unnumbered prose: a new sentence follows it. */
static int heading_opens_prose(const scan *sc, size_t i, size_t m)
{
    if (m < 4 || i + m >= sc->n || (sc->part != P_MAIN && sc->part != P_RECS))
        return 0;
    const evx_word *next = &sc->w[i + m];
    return evx_ascii_upper((unsigned char)next->s[0]) && next->len > 1 &&
           evx_ascii_lower((unsigned char)next->s[1]);
}

/* A heading of m words at i stands on its own if its block ends there,
 * or a numbered paragraph or another heading follows. */
int evx_lay_heading_stands(const scan *sc, size_t i, size_t m, int depth)
{
    size_t k = i + m;
    if (k >= sc->n || evx_lay_block_start(sc, k))
        return 1;
    if (numbered_after_heading(sc, k, evx_wd_num_dot(&sc->w[k])))
        return 1;
    size_t m2 = depth < 2 ? evx_lay_entry_match(sc, k) : 0;
    /* a chapter's heading and its first section's, then the prose they
     * open, unnumbered (its number lost) */
    return m2 && (evx_lay_heading_stands(sc, k, m2, depth + 1) ||
                  heading_opens_prose(sc, k, m2));
}

size_t evx_lay_chapter_label(const scan *sc, size_t b)
{
    long num;
    if (b + 1 >= sc->n ||
        !(evx_wd_eq(&sc->w[b], "chapter") || evx_wd_eq(&sc->w[b], "part")))
        return 0;
    const char *s = sc->w[b].s;
    size_t n = (size_t)(sc->w[b + 1].s + sc->w[b + 1].len - s);
    if (n > 20 || memchr(s, '\n', n))
        return 0;
    return evx_chapter_word(s, n, &num) ? 2 : 0;
}

/* The part a heading's words open, or -1 (chapters and sections). */
static int heading_part(const scan *sc, size_t i, size_t m, size_t *which)
{
    for (size_t k = 0; k < N_PARTS; k++) {
        size_t pm = part_match(sc, i, k);
        if (pm && pm <= m) {
            *which = k;
            return part_names[k].part;
        }
    }
    return -1;
}

/* Does the next numbered item after i restart the numbering at 1, as the
 * closing list of recommendations does? */
static int numbering_restarts(const scan *sc, size_t i)
{
    for (size_t k = i; k < sc->n && k < i + 80; k++) {
        int v = evx_wd_num_dot(&sc->w[k]);
        if (v && k + 1 < sc->n && evx_wd_upperish(&sc->w[k + 1]))
            return v == 1 && sc->next_para > 1;
    }
    return 0;
}

/* Does a standard part the scan has not met yet open at i (its name's
 * words)? */
static int unmet_part(const scan *sc, size_t i)
{
    for (size_t k = 0; k < N_PARTS; k++)
        if (part_match(sc, i, k) && !(sc->part_seen & (1u << k)))
            return 1;
    return 0;
}

int evx_lay_part_opens(const scan *sc, size_t i)
{
    size_t m = evx_lay_entry_match(sc, i);
    return m && unmet_part(sc, i) &&
           (i + m >= sc->n || !evx_wd_lower(&sc->w[i + m]));
}

/* Is the one-word name at i a sentence's subject ("Witnesses agreed that
 * …", "6. Witnesses were broadly agreed …"), not a part opening its text?
 * (A longer name may go on: "List of Reports from the Committee during
 * the current Parliament".) */
static int names_a_subject(const scan *sc, size_t i, size_t m)
{
    return m == 1 && i + 1 < sc->n && evx_wd_lower(&sc->w[i + 1]);
}

/* A heading run into the text around it ("... long-term conditions. 1
 * Integrating care for patients 1. The term ..."): after a sentence, a
 * contents heading followed at once by the paragraph that falls due. */
int evx_lay_heading_in_flow(const scan *sc, size_t i)
{
    if (i == 0 || !evx_wd_upperish(&sc->w[i]) || !evx_wd_ends_sentence(&sc->w[i - 1]))
        return 0;
    size_t m = evx_lay_entry_match(sc, i);
    /* in the back matter, the next standard part opens wherever it falls;
     * after the last chapter, at a line's start (text with no blank
     * lines: "… for three years." / "Formal minutes") */
    if (names_a_subject(sc, i, m))
        return 0;
    if (m && (sc->part != P_MAIN ? unmet_part(sc, i)
                                 : (sc->w[i].flags & W_LINE) && evx_lay_part_opens(sc, i)))
        return 1;
    if (sc->part == P_WITNESS || sc->part == P_EVIDENCE)
        return 0;
    if (!m || i + m >= sc->n)
        return 0;
    size_t k = i + m;
    int v = evx_wd_num_dot(&sc->w[k]);
    if (numbered_after_heading(sc, k, v))
        return 1;
    /* another heading follows that stands ("Our inquiry Background 13.") */
    size_t m2 = evx_lay_entry_match(sc, k);
    if (m2 && evx_lay_heading_stands(sc, k, m2, 1))
        return 1;
    /* it ends its block, and the next opens with the paragraph due or
     * another heading */
    if (evx_lay_block_start(sc, k) &&
        (evx_lay_para_next(sc, v) || evx_lay_entry_match(sc, k)))
        return 1;
    /* it ends its block with no full stop of its own: a heading re-wrapped
     * onto the end of the paragraph before it */
    if (evx_lay_block_start(sc, k) && !evx_wd_ends_sentence(&sc->w[k - 1]))
        return 1;
    const evx_word *prev = &sc->w[i - 1];
    char end = prev->s[prev->len - 1];
    return (end == '.' || end == ')') && heading_opens_prose(sc, i, m);
}

/* At a block start: a heading glued to the text after it is split off.
 * Returns the words it took (0 if none). */
size_t evx_lay_take_heading(scan *sc, size_t i, int in_flow)
{
    size_t m = evx_lay_entry_match(sc, i), which = 0;
    /* at a block start, a long heading may run into the prose it opens
     * (" Annex: Visit to ... STP On Tuesday ...": re-wrapped by a tool
     * that keeps an indented line apart) */
    int stands = m && (in_flow || evx_lay_heading_stands(sc, i, m, 0) ||
                       heading_opens_prose(sc, i, m));
    if (!stands) {
        /* a standard part opens its text at once ("Witnesses The
         * following witnesses gave evidence"): met once, and listed in the
         * contents (under its own name or a longer one) when there are
         * contents */
        size_t pm = 0;
        for (size_t k = 0; k < N_PARTS && !pm; k++)
            if ((pm = part_match(sc, i, k)) != 0 &&
                ((sc->part_seen & (1u << k)) ||
                 (sc->have_contents && m < pm && !part_names[k].then)))
                pm = 0;
        /* a paragraph whose number was lost, opening with a subject */
        if (names_a_subject(sc, i, pm))
            pm = 0;
        if (!pm)
            return 0;
        m = m > pm ? m : pm;
    }
    int part = heading_part(sc, i, m, &which);
    if (part == P_RECS && !numbering_restarts(sc, i + m))
        part = -1; /* a chapter's own "Conclusions and recommendations" */
    if (part >= 0) {
        if (sc->part_seen & (1u << which) && !stands)
            return 0;
        /* a part name opening prose ("Summary care records ...") is a
         * heading only where the contents list it, once */
        sc->part_seen |= 1u << which;
        sc->part = part;
        if (part == P_RECS)
            sc->next_rec = 1;
    } else {
        int v = evx_wd_int(&sc->w[i]);
        if ((v || evx_lay_chapter_label(sc, i)) && m > 1) {
            sc->chapter_seen = 1;
            if (sc->part != P_RECS)
                sc->part = P_MAIN;
        }
    }
    sc->w[i].brk = B_BLOCK;
    for (size_t k = i + 1; k < i + m; k++)
        sc->w[k].brk = B_JOIN;
    if (i + m < sc->n && !evx_lay_block_start(sc, i + m))
        sc->w[i + m].brk = B_BLOCK;
    return m;
}

