/*
 * layout.c - the page layer of the pdf-text reader; see layout.h.
 *
 * The text becomes a list of words, each with where it stood (line,
 * column), whether it began a line, how many blank lines came before it,
 * and whether a page break did.  Running headers become header words,
 * printed on one line of their own.  One scan over the words, with the
 * state of the report (layout_scan.h: the part it is in, the next
 * paragraph, recommendation, footnote body and evidence numbers, the
 * highest footnote marker seen), decides where the canonical layout
 * breaks: a new block, a new line, a new page, or the words joined on one
 * line.  The contents list is layout_contents.c's, the headings it
 * confirms layout_heads.c's, the footnote runs layout_notes.c's.  The
 * layout is then written out word by word, and a table maps each word's
 * canonical offset back to its source.
 */
#include "layout.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "buf.h"
#include "grow.h"
#include "layout_scan.h"
#include "layout_words.h"
#include "pagebreak.h"
#include "quotes.h"
#include "runhead.h"

/* ------------------------------------------------------------------ */
/* building the word list                                             */

static evx_word *push_word(scan *sc)
{
    if (evx_grow((void **)&(sc->w), &(sc->cap), (sc->n) + 1, sizeof *(sc->w))) {
        sc->fail = 1;
        return NULL;
    }
    evx_word *w = &sc->w[sc->n++];
    memset(w, 0, sizeof *w);
    return w;
}

int evx_lay_replace(scan *sc, size_t a, size_t b, const evx_word *with,
                    size_t m)
{
    evx_word *copy = m ? malloc(m * sizeof *copy) : NULL;
    if ((m && !copy) ||
        (m > b - a && evx_grow((void **)&sc->w, &sc->cap, sc->n + m - (b - a),
                               sizeof *sc->w))) {
        free(copy);
        sc->fail = 1;
        return -1;
    }
    if (m)
        memcpy(copy, with, m * sizeof *copy);
    memmove(&sc->w[a + m], &sc->w[b], (sc->n - b) * sizeof *sc->w);
    if (m)
        memcpy(&sc->w[a], copy, m * sizeof *copy);
    sc->n = sc->n + m - (b - a);
    free(copy);
    return 0;
}

void evx_lay_furniture(scan *sc, long line)
{
    evx_layout *l = sc->l;
    if (l->n_furn && l->furn[l->n_furn - 1] == line)
        return;
    if (evx_grow((void **)&(l->furn), &(l->cap_furn), (l->n_furn) + 1, sizeof *(l->furn))) {
        sc->fail = 1;
        return;
    }
    l->furn[l->n_furn++] = line;
}

/* The words of line ln, whose text s[0..n) begins at column `from`. */
static void split_line(scan *sc, const char *s, size_t n, size_t ln,
                       size_t from, unsigned flags, unsigned blanks)
{
    size_t i = from;
    int first = 1;
    while (i < n && !sc->fail) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
            i++;
        if (i >= n)
            break;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '\f')
            j++;
        if (first) {
            size_t k = evx_glued_para_number(s + i, j - i);
            if (k)
                j = i + k; /* "1.Witnesses": the number a word of its own */
        }
        evx_word *w = push_word(sc);
        if (!w)
            return;
        w->s = s + i;
        w->len = (unsigned)(j - i);
        w->line = (unsigned)ln;
        w->col = (unsigned)(i + 1);
        if (first) {
            w->flags = (unsigned char)flags;
            w->blanks = (unsigned char)blanks;
        }
        first = 0;
        i = j;
    }
}

/* A running header on lines ln .. ln+hl-1 (re-wrapped over them when hl
 * > 1): header words, each after the first joined to the one before, so
 * the canonical layout prints the header on one line with single spaces
 * (a PDF tool in layout mode spreads its words); with goes_on, the first
 * too, the header going on the one just taken. */
static void take_header(scan *sc, size_t ln, size_t hl, unsigned blanks,
                        int goes_on)
{
    size_t first = goes_on ? 0 : sc->n;
    for (size_t k = 0; k < hl && !sc->fail; k++) {
        size_t n;
        const char *s = evx_text_line(sc->t, ln + k, &n);
        size_t before = sc->n;
        split_line(sc, s, n, ln + k, 0, W_LINE, k ? 0 : blanks);
        for (size_t j = before; j < sc->n; j++)
            sc->w[j].flags |= W_HEADER | (j > first ? W_HEADCONT : 0);
        evx_lay_furniture(sc, (long)(ln + k));
    }
}

/* The indent past which a number alone on its line is a page's number. */
#define PAGE_NUMBER_INDENT 40

/* A source with fewer than one blank line in NO_BLANKS_SHARE has none
 * between its paragraphs (a copy and paste from a PDF viewer). */
#define NO_BLANKS_SHARE 50

/* Does a page's header (its running title or number) open the next line
 * with text, within three? */
static int header_follows(const scan *sc, size_t ln)
{
    for (size_t k = ln + 1; k <= evx_text_lines(sc->t) && k <= ln + 3; k++) {
        size_t n;
        const char *s = evx_text_line(sc->t, k, &n);
        size_t i = evx_lead_space(s, n), tn = evx_ascii_rtrim(s + i, n - i);
        if (tn)
            return evx_ascii_page_number(s + i, tn) ||
                   evx_running_header_lines(sc->title, sc->report, sc->t, k) > 0;
    }
    return 0;
}

/* Is line ln the running title alone (evx_running_title_alone): a
 * page's header when the line before it, a footer or a page's number,
 * began one? */
static int title_alone_at(const scan *sc, size_t ln)
{
    size_t n;
    const char *s = ln <= evx_text_lines(sc->t) ? evx_text_line(sc->t, ln, &n) : NULL;
    if (!s || !sc->title)
        return 0;
    size_t i = evx_lead_space(s, n);
    return evx_running_title_alone(sc->title, sc->report, s + i,
                                   evx_ascii_rtrim(s + i, n - i));
}

/* Does the text print page labels as furniture ("Page 7 of 12", three
 * times or more)?  Read once, at the first label met. */
static int page_labels(scan *sc)
{
    if (sc->page_labels < 0)
        sc->page_labels = evx_page_labels(sc->t);
    return sc->page_labels;
}

/* Tallies the side of a page break numbered furniture stood on. */
static void count_side(evx_layout *l, int side)
{
    if (side < 0)
        l->at_head++;
    else if (side > 0)
        l->at_foot++;
}

/* A footnote marker printed raised over the next line
 * (evx_lay_raised_marker): its text, place, and the byte of the next
 * line after which it goes; s NULL when there is none pending. */
typedef struct raised_mark {
    const char *s;
    size_t len, line, col, at;
} raised_mark;

/* Appends the footnote marker s[0..len) (line ln, column col) glued to
 * the word read last. */
static void glue_marker(scan *sc, const char *s, size_t len, size_t ln, size_t col)
{
    if (evx_grow((void **)&sc->w, &sc->cap, sc->n + 1, sizeof *sc->w)) {
        sc->fail = 1;
        return;
    }
    evx_word *w = &sc->w[sc->n++];
    memset(w, 0, sizeof *w);
    w->s = s;
    w->len = (unsigned)len;
    w->line = (unsigned)ln;
    w->col = (unsigned)col;
    w->flags = W_GLUED;
}

/* Puts the pending raised marker r among the words of the line read from
 * word `first` on: before the first word past its gap, or at the line's
 * end; a line of its own if that line gave no words. */
static void put_raised(scan *sc, raised_mark *r, size_t first)
{
    if (!r->s)
        return;
    glue_marker(sc, r->s, r->len, r->line, r->col);
    r->s = NULL;
    if (sc->fail)
        return;
    size_t last = sc->n - 1, k = first;
    if (k == last) {
        sc->w[last].flags = W_LINE;
        return;
    }
    while (k < last && sc->w[k].col <= r->at)
        k++;
    evx_word m = sc->w[last];
    m.flags = W_GLUED;
    memmove(&sc->w[k + 1], &sc->w[k], (last - k) * sizeof *sc->w);
    sc->w[k] = m;
}

static void read_words(scan *sc)
{
    size_t margin;
    int indent_pages = evx_indent_marks_pages(sc->t, &margin);
    size_t lines = evx_text_lines(sc->t), blank_lines = 0, text_line = 0;
    unsigned blanks = 0, after_header = 0;
    raised_mark raised = {NULL, 0, 0, 0, 0};
    size_t met = 0; /* words read up to here for their markers */
    for (size_t ln = 1; ln <= lines && !sc->fail; ln++) {
        size_t n;
        const char *s = evx_text_line(sc->t, ln, &n);
        size_t i = evx_lead_space(s, n);
        size_t tn = evx_ascii_rtrim(s + i, n - i);
        if (tn == 0) {
            blanks += blanks < 2;
            blank_lines++;
            continue;
        }
        if (evx_ascii_rule_line(s + i, tn)) { /* the rule over a page's footnotes */
            put_raised(sc, &raised, sc->n);
            evx_lay_furniture(sc, (long)ln);
            blanks += blanks < 2;
            continue;
        }
        size_t at = 0;
        if (tn <= 3 && evx_ascii_page_number(s + i, tn)) { /* a number alone */
            evx_lay_markers_met(sc, met); /* the markers before it */
            met = sc->n;
            at = evx_lay_raised_marker(sc, ln, i, tn);
        }
        if (at) { /* read in the line below, in the gap it left there */
            raised = (raised_mark){s + i, tn, ln, i + 1, at};
            sc->raised = atoi(s + i);
            continue;
        }
        if (!raised.s && evx_lay_marker_under(sc, ln, i, tn)) {
            glue_marker(sc, s + i, tn, ln, i + 1); /* the line above's */
            sc->raised = atoi(s + i);
            continue;
        }
        unsigned flags = W_LINE;
        int ff = evx_text_page_break(sc->t, ln);
        if (after_header || ff || (indent_pages && i > margin))
            flags |= W_PAGE;
        size_t hl = evx_running_header_lines(sc->title, sc->report, sc->t, ln);
        /* a page's number alone, set far to the right as a PDF tool in
         * layout order prints it: the page's header, whether or not a
         * running title was learnt */
        int number_alone = !hl && i >= PAGE_NUMBER_INDENT &&
                           evx_ascii_page_number(s + i, tn);
        if (!hl && (number_alone || (evx_page_label(s + i, tn) && page_labels(sc))))
            hl = 1; /* or "Page 7 of 12", as an office suite prints it */
        /* the report's number with the page's ("HC 1234 5"), or alone
         * next to the page's other furniture */
        int numbered = (hl && (hl > 1 || evx_running_header_page(sc->title, s + i, tn))) ||
                       evx_report_footer(sc->report, s + i, tn);
        if (!hl && (numbered || (evx_report_number(sc->report, s + i, tn) &&
                                 (after_header || header_follows(sc, ln)))))
            hl = 1;
        if (hl) {
            size_t first = ln;
            put_raised(sc, &raised, sc->n);
            take_header(sc, ln, hl, blanks, 0);
            ln += hl - 1;
            /* "HC 1234 3" / the title; a page's number alone / the title,
             * one header as "N Title" is */
            if (title_alone_at(sc, ln + 1))
                take_header(sc, ++ln, 1, 0, number_alone);
            if (numbered)
                count_side(sc->l, evx_furniture_side(sc->t, text_line, first, ln));
            after_header = 1;
            text_line = ln;
            blanks = 0;
            continue;
        }
        size_t before = sc->n, pl = 0;
        const char *prev = ln > 1 ? evx_text_line(sc->t, ln - 1, &pl) : NULL;
        size_t pi = prev ? evx_lead_space(prev, pl) : 0;
        int url_tail = prev && evx_url_goes_on(prev + pi, pl - pi, s + i, tn);
        split_line(sc, s, i + tn, ln, i, flags, blanks);
        put_raised(sc, &raised, before);
        text_line = ln;
        if (sc->n > before && (url_tail || (evx_wd_url(&sc->w[before]) &&
                                            !evx_url_in_text(prev ? prev + pi : NULL,
                                                             prev ? pl - pi : 0, s + i, tn))))
            evx_lay_furniture(sc, (long)ln); /* a URL list under footnotes */
        if (sc->n > before && i + tn < n) {
            sc->w[sc->n - 1].flags |= W_TRAIL;
            sc->trail_marks = 1;
        }
        blanks = 0;
        after_header = 0;
    }
    put_raised(sc, &raised, sc->n);
    sc->l->no_blanks = blank_lines * NO_BLANKS_SHARE < lines;
}

/* ------------------------------------------------------------------ */
/* paragraphs, footnotes, back matter                                 */

/* Does the text before word i end with a short phrase after a sentence,
 * with no full stop of its own: a subheading that re-wrapping ran onto
 * the end of the paragraph before it ("... careful evaluation. Removing
 * barriers to integrated care"), or that a copy with no blank lines set
 * on a line of its own?  Returns its first word, else i. */
static size_t glued_tail(const scan *sc, size_t i)
{
    size_t e = i, start = i;
    if (sc->part != P_MAIN && sc->part != P_RECS)
        return i;
    while (e > 0 && !evx_lay_block_start(sc, e - 1) && !evx_wd_ends_sentence(&sc->w[e - 1]))
        e--; /* e: the first word after the last sentence end */
    if (e == 0 || !evx_wd_ends_sentence(&sc->w[e - 1]) || i - e < 2 ||
        i - e > 10 || !evx_ascii_upper((unsigned char)sc->w[e].s[0]))
        return i;
    for (size_t k = e; k < i; k++)
        if ((sc->w[k].flags & (W_HEADER | W_PAGE)) ||
            !evx_wd_heading_word(&sc->w[k]))
            return i;
    while (start > 0 && !evx_lay_block_start(sc, start - 1))
        start--;
    if (start > 0)
        start--; /* the block's first word */
    if (e - start < 8)
        return i; /* the words before are no paragraph ("Ibid. NHS England") */
    return e;
}

/* Is all of the block before word i a short phrase of heading words (a
 * subheading at a block start, with no blank line before the paragraph
 * it heads: "Integrating care for patients" / "1. The Department ...";
 * "Chapter 2: The state of coverage" / "3."; "1 Introduction" / "1.")? */
static int heading_opens_block(const scan *sc, size_t i)
{
    size_t b = i;
    while (b > 0 && !evx_lay_block_start(sc, b))
        b--;
    size_t h = b + evx_lay_chapter_label(sc, b);
    if (h == b && h + 1 < i && evx_wd_int(&sc->w[h]) && !(sc->w[h + 1].flags & W_LINE))
        h++; /* a chapter's number */
    if (b == i || i - b > 10 || !evx_ascii_upper((unsigned char)sc->w[h].s[0]))
        return 0;
    for (size_t k = h; k < i; k++) {
        unsigned f = sc->w[k].flags;
        /* a number inside a heading is its own ("Article 8 ECHR") */
        if ((f & W_HEADER) || (k > b && (f & W_PAGE)) ||
            !(evx_wd_heading_word(&sc->w[k]) ||
              (k > b && evx_wd_int(&sc->w[k]))))
            return 0;
    }
    return 1;
}

/* Is the number at i alone on its line (or at the end of one, a heading
 * split off before it: "Storm overflows 14." / a blank line / "The …"),
 * its text in the next block? */
static int set_apart(const scan *sc, size_t i)
{
    return ((sc->w[i].flags & W_LINE) || sc->w[i].brk >= B_BLOCK) &&
           i + 1 < sc->n &&
           evx_lay_block_start(sc, i + 1) && sc->w[i + 1].blanks == 1 &&
           !(sc->w[i + 1].flags & W_HEADER) &&
           evx_wd_upperish(&sc->w[i + 1]) && !evx_wd_int(&sc->w[i + 1]);
}

/* Is the number at i a block of its own, its text in the next block
 * ("1." / a blank line / "This Committee …": a margin's number a PDF tool
 * set apart in reading order)? */
static int lone_para_number(const scan *sc, size_t i)
{
    return evx_lay_block_start(sc, i) && set_apart(sc, i);
}

/* A numbered paragraph or recommendation falls due at i. */
static int para_due(const scan *sc, size_t i)
{
    int v = evx_wd_num_dot(&sc->w[i]);
    if (!v || sc->part == P_WITNESS || sc->part == P_EVIDENCE ||
        sc->part == P_SKIP || sc->part == P_UNREAD ||
        evx_lay_numbered_section(sc, i))
        return 0;
    int next = evx_lay_next_number(sc);
    if (sc->part == P_MAIN && next == 1 && sc->have_contents &&
        !sc->chapter_seen)
        return 0; /* a list in the summary, not paragraph 1 */
    if (i + 1 < sc->n && !evx_wd_upperish(&sc->w[i + 1]))
        return 0;
    if (evx_lay_block_start(sc, i))
        return evx_para_follows(next - 1, v, EVX_PARA_AHEAD) ||
               evx_lay_resumes_run(sc, i, v);
    if (!evx_para_follows(next - 1, v, 1) && !evx_lay_resumes_run(sc, i, v))
        return 0;
    /* after a sentence, or at a line start after a subheading's line,
     * or alone on its line over its text (a hanging number a PDF tool
     * printed under a table's last line: "Source: …" / "18.") */
    return evx_wd_ends_sentence(&sc->w[i - 1]) ||
           ((sc->w[i].flags & W_LINE) &&
            (glued_tail(sc, i) < i || heading_opens_block(sc, i) ||
             set_apart(sc, i)));
}

static void note_marker(scan *sc, size_t i)
{
    const evx_word *w = &sc->w[i];
    int v = evx_wd_cites(w, sc->max_marker, 5);
    if (v)
        sc->max_marker = v;
    v = evx_wd_cites(w, sc->cited, 5);
    if (v)
        sc->cited = v;
    /* a marker set apart after a sentence, the next due ("warnings. 14
     * The …"): counted as cited only (the notes a page's foot may hold) */
    if (!v && !(w->flags & W_LINE) && i > 0 &&
        evx_wd_int(w) == sc->cited + 1 && evx_wd_ends_sentence(&sc->w[i - 1]))
        sc->cited++;
}

/* Does a line open at i with a chapter's label and a heading's words
 * ("Chapter 2: The state of coverage", "PART II: WHAT HAPPENED NEXT")?
 * Its words past the label, or 0.  The label marks the heading, blank
 * lines around it or none. */
static size_t chapter_line(const scan *sc, size_t i)
{
    char c = sc->w[i].s[0];
    if (!(sc->w[i].flags & W_LINE) ||
        (c != 'C' && c != 'c' && c != 'P' && c != 'p'))
        return 0; /* most words, at once */
    size_t k = i + evx_lay_chapter_label(sc, i);
    if (k == i || k >= sc->n ||
        (sc->w[k].flags & W_LINE) || !evx_wd_upperish(&sc->w[k]))
        return 0;
    for (; k < sc->n && !(sc->w[k].flags & W_LINE); k++)
        if (k - i > 12 || !evx_wd_heading_word(&sc->w[k]))
            return 0;
    /* a sentence re-wrapped after "(see" / "Chapter 4. ICSs have …" goes
     * on in lower case */
    return k < sc->n && evx_wd_lower(&sc->w[k]) ? 0 : k - i;
}

/* Does word i open a line with the report's "Summary" heading, alone on
 * its line or before its first sentence ("Summary Microplastics are …")? */
static int summary_heading(const scan *sc, size_t i)
{
    return (sc->w[i].flags & W_LINE) && sc->w[i].len == 7 &&
           strncasecmp(sc->w[i].s, "Summary", 7) == 0 && i + 1 < sc->n &&
           ((sc->w[i + 1].flags & W_LINE) || evx_wd_upperish(&sc->w[i + 1]));
}

/* Without contents, the words before the first chapter heading ("1
 * Title" followed by paragraph 1, or "Chapter 1: Introduction", blank
 * lines or none), paragraph 1 or the summary (an extract that opens with
 * it) are the cover. */
static void mark_cover(scan *sc)
{
    size_t end = sc->n;
    for (size_t i = 0; i + 1 < sc->n && end == sc->n; i++) {
        int line_start = evx_lay_block_start(sc, i) || (sc->w[i].flags & W_LINE);
        if (summary_heading(sc, i) || chapter_line(sc, i) ||
            /* paragraph 1, after a blank line or at a line's start
             * ("Special Report" / "1. On 14 May 2019 we published …") */
            (evx_para_follows(0, evx_wd_num_dot(&sc->w[i]), 1) && line_start &&
             evx_wd_upperish(&sc->w[i + 1])) ||
            (evx_wd_int(&sc->w[i]) == 1 && evx_lay_block_start(sc, i) &&
             evx_wd_upperish(&sc->w[i + 1])))
            end = i;
    }
    /* a text where nothing ends a cover has none: it is not all furniture */
    for (size_t i = 0; end < sc->n && i < end; i++)
        evx_lay_furniture(sc, sc->w[i].line);
}

/* At the block start i that opens a new sentence: a subheading glued to
 * the end of the block before is set apart as a block of its own. */
static void split_glued_tail(scan *sc, size_t i)
{
    if (evx_ascii_upper((unsigned char)sc->w[i].s[0])) {
        size_t e = glued_tail(sc, i);
        if (e < i)
            sc->w[e].brk = B_BLOCK;
    }
}

/* Most words of a body's lines set apart between two runs of notes. */
#define RUN_GAP_WORDS 60

/* Does the run at i go on the one read last: it starts where that one
 * ended (a body's URL ended it), or only lines its last body went on
 * with, set apart by a blank line, stand between ("30 Work and Pensions
 * …" / "decision-making, HC 704, …" / "31 Letter …"), no break back to
 * the text? */
static int run_goes_on(const scan *sc, size_t i)
{
    if (!sc->run_end || sc->run_end > i || i - sc->run_end > RUN_GAP_WORDS)
        return 0;
    for (size_t k = sc->run_end; k < i; k++)
        if (evx_lay_page_at(sc, k))
            return 0;
    return 1;
}

/* Reads the footnote run at i (evx_lay_take_run); the text the notes
 * interrupted resumes on a new page.  Returns the word after the run. */
static size_t take_notes(scan *sc, size_t i)
{
    if (!run_goes_on(sc, i)) /* else the text before the last run's */
        sc->run_broke = evx_lay_stops_mid_sentence(sc, i);
    evx_lay_place_apart(sc, i);
    size_t first = i;
    i = sc->run_end = evx_lay_take_run(sc, i);
    evx_lay_body_before(sc, first, i);
    if (i < sc->n && !(sc->w[i].flags & W_HEADER)) {
        if (!evx_lay_block_start(sc, i)) {
            sc->w[i].brk = B_PAGE;
            sc->w[i].flags |= W_PAGE;
        } else if (evx_lay_entry_match(sc, i) || evx_wd_num_dot(&sc->w[i]))
            sc->w[i].flags |= W_PAGE; /* not a body's next lines */
    }
    return i;
}

static void scan_words(scan *sc, size_t from)
{
    if (!sc->have_contents)
        mark_cover(sc);
    sc->next_para = 1;
    sc->next_rec = 1;
    sc->next_ev = 1;
    size_t i = from;
    while (i < sc->n && !sc->fail) {
        evx_word *w = &sc->w[i];
        if (w->flags & W_HEADER) {
            i++;
            continue;
        }
        /* "1Q3 [Professor Alan Reed]"; in the closing list too, under the
         * page where it opens ("2.We agree …" / "45Q23 [Dr Patel]") */
        if ((sc->part == P_MAIN || sc->part == P_RECS) && (w->flags & W_LINE) &&
            evx_ascii_digit((unsigned char)w->s[0]) && evx_lay_glued_run(sc, i)) {
            i = take_notes(sc, i);
            continue;
        }
        /* the front matter's page number in Roman numerals ("iii" under
         * the summary): a page ends, where no blank line may say so */
        if (sc->part == P_MAIN && !sc->chapter_seen && evx_lay_lone_roman(sc, i)) {
            evx_lay_furniture(sc, w->line);
            if (i + 1 < sc->n && sc->w[i + 1].brk < B_BLOCK)
                sc->w[i + 1].brk = B_BLOCK;
            i++;
            continue;
        }
        if (sc->part == P_MAIN && evx_lay_glued_para(sc, i))
            continue; /* read again: the heading, then its paragraph */
        int bs = evx_lay_block_start(sc, i);
        if (bs && i > from)
            split_glued_tail(sc, i);
        /* in a skipped part (formal minutes, the list of reports) a part
         * may open at any line's start: the printed evidence under its
         * page's "Ev 1" ("Oral evidence" / "Taken before …") had been
         * skipped with the list, unsaid */
        if (bs || evx_lay_heading_in_flow(sc, i) ||
            (sc->part == P_SKIP && (w->flags & W_LINE))) {
            size_t m = evx_lay_take_heading(sc, i, !bs);
            if (m) {
                i += m;
                continue;
            }
        }
        /* a word processor's endnotes after the lists, their numbers a
         * column before their bodies or glued to them */
        if ((sc->part == P_WITNESS || sc->part == P_EVIDENCE) &&
            (w->flags & W_LINE) && !evx_lay_evidence_number(sc, i)) {
            if (evx_lay_note_columns(sc, i))
                continue;
            if (evx_ascii_digit((unsigned char)w->s[0]) &&
                (evx_lay_glued_run(sc, i) || evx_lay_run_starts(sc, i))) {
                i = take_notes(sc, i);
                continue;
            }
        }
        if (sc->part == P_WITNESS) {
            i += evx_lay_witness_word(sc, i);
            continue;
        }
        if (sc->part == P_EVIDENCE) {
            evx_lay_evidence_word(sc, i++);
            continue;
        }
        if (sc->part == P_SKIP) { /* formal minutes, lists of reports */
            evx_lay_furniture(sc, sc->w[i++].line);
            continue;
        }
        if (sc->part == P_UNREAD) { /* the printed evidence: as it is */
            i++;
            continue;
        }
        if (evx_wd_url(w)) { /* a URL list at a page foot: the page ends */
            if (w->brk < B_LINE)
                w->brk = B_LINE;
            if (i + 1 < sc->n && !evx_wd_url(&sc->w[i + 1]) &&
                !evx_lay_block_start(sc, i + 1))
                sc->w[i + 1].brk = B_PAGE;
            i++;
            continue;
        }
        size_t ch = sc->part == P_MAIN ? chapter_line(sc, i) : 0;
        if (!ch && sc->part == P_MAIN && (w->flags & W_LINE) &&
            evx_wd_int(w) > 0 && evx_lay_heads_chapter(sc, i, evx_wd_int(w)))
            ch = evx_lay_line_words(sc, i); /* "2 Eviction …" / "2.1 Article …" */
        if (ch) { /* the heading is its line, whatever the lines around */
            sc->chapter_seen = 1;
            w->brk = B_BLOCK;
            for (size_t k = i + 1; k < i + ch; k++)
                sc->w[k].brk = B_JOIN;
            if (i + ch < sc->n)
                sc->w[i + ch].brk = B_BLOCK;
            i += ch;
            continue;
        }
        /* numbers printed as a column before their paragraphs: the next
         * word is the next number */
        if ((w->flags & W_LINE) && i + 1 < sc->n && evx_wd_num_dot(w) &&
            evx_wd_num_dot(&sc->w[i + 1]) == evx_wd_num_dot(w) + 1 &&
            evx_lay_block_start(sc, i) && para_due(sc, i)) {
            size_t back = evx_lay_para_column(sc, i) ? i
                                                     : evx_lay_para_column_after(sc, i);
            if (back < i) {
                i = back; /* read again from the first number */
                continue;
            }
            w = &sc->w[i];
        }
        if ((w->flags & W_LINE) && evx_wd_num_dot(w) && evx_lay_block_start(sc, i) &&
            para_due(sc, i)) {
            size_t back = evx_lay_para_trailing(sc, i);
            if (back < i) {
                i = back; /* read again from the first number */
                continue;
            }
        }
        /* a paragraph's number over the notes' numbers in the page's
         * margin: the notes go first, so that its text follows it */
        if (evx_wd_num_dot(w) && i + 1 < sc->n && (sc->w[i + 1].flags & W_LINE))
            evx_lay_note_columns(sc, i + 1);
        if (para_due(sc, i)) {
            int v = evx_wd_num_dot(w);
            if (!evx_lay_block_start(sc, i) && !evx_wd_ends_sentence(&sc->w[i - 1]))
                sc->w[glued_tail(sc, i)].brk = B_BLOCK; /* its subheading */
            w->brk = B_BLOCK;
            if (i + 1 < sc->n && sc->w[i + 1].brk == B_KEEP &&
                (!evx_lay_block_start(sc, i + 1) || lone_para_number(sc, i))) {
                sc->w[i + 1].brk = B_JOIN; /* "N. text" on one line */
                sc->w[i + 1].blanks = 0;
            }
            if (sc->part == P_RECS)
                sc->next_rec = v + 1;
            else
                sc->next_para = v + 1;
            i++;
            continue;
        }
        if ((w->flags & W_LINE) && evx_wd_int(w)) {
            size_t back = evx_lay_trailing_numbers(sc, i);
            if (back < i) {
                i = back; /* read again from the run's first number */
                continue;
            }
        }
        if ((w->flags & W_LINE) && evx_lay_note_columns(sc, i))
            continue; /* read again: the page's furniture, then the run */
        if ((w->flags & W_LINE) && evx_wd_int(w))
            evx_lay_number_over_body(sc, i);
        if (evx_lay_run_starts(sc, i)) {
            i = take_notes(sc, i);
            continue;
        }
        if (evx_lay_wrapped_number(sc, i))
            w->brk = B_JOIN; /* the line runs on: no body starts here */
        note_marker(sc, i);
        i++;
    }
}

/* ------------------------------------------------------------------ */
/* writing the layout                                                 */

static void put_seg(scan *sc, const evx_word *w)
{
    evx_layout *l = sc->l;
    if (evx_grow((void **)&(l->segs), &(l->cap_segs), (l->n_segs) + 1, sizeof *(l->segs))) {
        sc->fail = 1;
        return;
    }
    l->segs[l->n_segs++] = (seg){l->out.len, (long)w->line, (long)w->col, w->len};
    evx_buf_append(&l->out, w->s, w->len);
}

/* Does line ln of the source hold an attribution cue ("told us:")? */
static int line_cues_quote(const scan *sc, unsigned ln)
{
    size_t n;
    const char *s = evx_text_line(sc->t, ln, &n);
    return s && evx_quote_cue(s, n) != NULL;
}

/* Does word i open its line indented past the text of the line before,
 * whose last word is i - 1 (the text past a paragraph's hanging number):
 * a block quotation set in, with no blank line around it? */
static int indented_past(const scan *sc, size_t i)
{
    const evx_word *w = &sc->w[i];
    size_t j = i - 1;
    while (j > 0 && sc->w[j - 1].line == sc->w[i - 1].line)
        j--;
    if ((evx_wd_num_dot(&sc->w[j]) || evx_wd_int(&sc->w[j])) && j + 1 < i)
        j++; /* "2.2   Lord Macdonald …": the text starts after the number */
    return (w->flags & W_LINE) && w->col > sc->w[j].col;
}

/* Does w open a footnote body in lower case ("ibid.", "see", a URL)? */
static int opens_note(const evx_word *w)
{
    static const char *const words[] = {"ibid", "ibid.", "ibid.,", "see",
                                        "cf", "cf.", "idem", "op."};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (evx_wd_eq(w, words[k]))
            return 1;
    return evx_wd_url(w);
}

/* What goes between word i-1 and word i. */
static void put_gap(scan *sc, size_t i)
{
    evx_buf *b = &sc->l->out;
    const evx_word *w = &sc->w[i], *p = &sc->w[i - 1];
    if ((w->flags & W_GLUED) && !w->blanks && w->brk < B_LINE &&
        !(w->flags & (W_LINE | W_PAGE | W_HEADER)))
        return; /* "began." + "20": "began.20", as the page prints it */
    if (w->flags & W_HEADCONT) {
        evx_buf_putc(b, ' '); /* a header re-wrapped: one line again */
        return;
    }
    if ((w->flags & W_HEADER) || (p->flags & W_HEADER)) {
        evx_buf_puts(b, "\n\n");
        return;
    }
    if (w->brk == B_BLOCK || w->blanks) {
        evx_buf_puts(b, w->blanks > 1 ? "\n\n\n" : "\n\n");
        if (w->flags & W_PAGE || w->brk == B_PAGE)
            evx_buf_putc(b, ' ');
        return;
    }
    if (w->brk == B_PAGE || (w->flags & W_PAGE && w->brk != B_JOIN)) {
        evx_buf_puts(b, "\n ");
        return;
    }
    if (w->brk == B_LINE) {
        evx_buf_putc(b, '\n');
        return;
    }
    /* a line-end hyphen inside a line ("organis- ations", "Co- Chair",
     * where a re-wrap or the scan joined the lines) is given its line
     * break back, so the hyphen rule decides: after a letter, before a
     * lower-case word or a capital */
    if ((w->brk == B_JOIN || !(w->flags & W_LINE)) && p->len > 1 &&
        p->s[p->len - 1] == '-' &&
        evx_ascii_alpha((unsigned char)p->s[p->len - 2]) &&
        (evx_wd_lower(w) || evx_wd_upperish(w))) {
        evx_buf_putc(b, '\n');
        return;
    }
    if (w->brk == B_JOIN) {
        evx_buf_putc(b, ' ');
        return;
    }
    /* a colon inside a block is not a lead-in ending its line: the
     * block's next line runs on ("as follows: physical effects ..."),
     * unless the source has no blank lines to set a quotation apart and
     * the next line opens one: a sentence, or anything after a cue
     * ("told us:" / "If you say ...", "explained:" / "perhaps ...") */
    /* …, nor where the next line is set in past the colon's line's text,
     * as a block quotation is ("… reasonable excuse:" / "     The
     * burden …") */
    if (p->len && p->s[p->len - 1] == ':' &&
        !(sc->l->no_blanks && (w->flags & W_LINE) &&
          (evx_wd_upperish(w) || line_cues_quote(sc, p->line))) &&
        !(indented_past(sc, i) && evx_wd_upperish(w))) {
        evx_buf_putc(b, ' ');
        return;
    }
    if (!(w->flags & W_LINE)) {
        evx_buf_putc(b, ' ');
        return;
    }
    /* a number that a wrap set at a line start ("over the last" / "20
     * years") is no footnote body: the scan took none here, so the line
     * runs on */
    if (evx_wd_int(w) && i + 1 < sc->n && evx_wd_lower(&sc->w[i + 1]) &&
        !evx_wd_ends_sentence(p) && !opens_note(&sc->w[i + 1])) {
        evx_buf_putc(b, ' ');
        return;
    }
    /* the source's own line break: the line wraps (where the source marks
     * wrapping with a trailing space, only where it does) */
    evx_buf_puts(b, (p->flags & W_TRAIL) || !sc->trail_marks ? " \n" : "\n");
}

static void write_layout(scan *sc)
{
    for (size_t i = 0; i < sc->n && !sc->fail; i++) {
        if (i > 0)
            put_gap(sc, i);
        put_seg(sc, &sc->w[i]);
    }
    evx_buf_putc(&sc->l->out, '\n');
    evx_layout *l = sc->l;
    if (evx_buf_status(&l->out)) {
        sc->fail = 1;
        return;
    }
    for (size_t i = 0; i < l->out.len && !sc->fail; i++) {
        if (i == 0 || l->out.data[i - 1] == '\n') {
            if (evx_grow((void **)&(l->line_off), &(l->cap_lines), (l->n_lines) + 1, sizeof *(l->line_off))) {
                sc->fail = 1;
                return;
            }
            l->line_off[l->n_lines++] = i;
        }
    }
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* Furniture lines in order, each once. */
static void sort_furniture(evx_layout *l)
{
    if (l->n_furn < 2)
        return;
    qsort(l->furn, l->n_furn, sizeof *l->furn, cmp_long);
    size_t k = 0;
    for (size_t i = 0; i < l->n_furn; i++)
        if (k == 0 || l->furn[k - 1] != l->furn[i])
            l->furn[k++] = l->furn[i];
    l->n_furn = k;
}

evx_status evx_layout_build(evx_layout **out, const evx_text *t,
                            const char *report)
{
    *out = NULL;
    evx_layout *l = calloc(1, sizeof *l);
    if (!l || evx_text_split_pages(t, &l->paged)) {
        free(l);
        return EVX_NOMEM;
    }
    if (l->paged)
        t = l->paged;
    scan sc;
    memset(&sc, 0, sizeof sc);
    sc.t = t;
    sc.l = l;
    sc.report = evx_report_furniture(report, t);
    l->report = sc.report;
    if (evx_running_title(&sc.title, t, sc.report))
        sc.fail = 1;
    sc.page_labels = -1;
    if (!sc.fail)
        read_words(&sc);
    if (!sc.fail)
        scan_words(&sc, evx_lay_read_contents(&sc));
    if (!sc.fail)
        write_layout(&sc);
    if (!sc.fail)
        sort_furniture(l);
    free(sc.w);
    free(sc.ent);
    l->title = sc.title; /* the layout's from now on */
    if (sc.fail) {
        evx_layout_free(l);
        return EVX_NOMEM;
    }
    *out = l;
    return EVX_OK;
}

void evx_layout_free(evx_layout *l)
{
    if (!l)
        return;
    evx_buf_free(&l->out);
    free(l->segs);
    free(l->line_off);
    free(l->furn);
    free(l->title);
    evx_text_free(l->paged);
    free(l);
}

const char *evx_layout_title(const evx_layout *l)
{
    return l->title;
}

const char *evx_layout_report_furniture(const evx_layout *l)
{
    return l ? l->report : NULL;
}

int evx_layout_without_blank_lines(const evx_layout *l)
{
    return l->no_blanks;
}

void evx_layout_furniture_sides(const evx_layout *l, size_t *head,
                                size_t *foot)
{
    *head = l ? l->at_head : 0;
    *foot = l ? l->at_foot : 0;
}

const char *evx_layout_text(const evx_layout *l, size_t *len)
{
    *len = l->out.len;
    return l->out.data ? l->out.data : "";
}
