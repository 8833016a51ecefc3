/*
 * web_plan.c - the first pass of the web-text reader (see web_plan.h).
 *
 * One walk over the lines, keeping the last paragraph, chapter, footnote
 * and recommendation numbers and the part of the report the walk is in.
 * A number alone on its line hands its role to the next line (its text);
 * so does a "Back to footnote N" link alone on its line.
 */
#include "web_plan.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "web_chaplist.h"
#include "dates.h"
#include "marks.h"
#include "paranum.h"
#include "pdf_back.h"
#include "pdf_panel.h"
#include "web_contents.h"
#include "web_marks.h"
#include "web_numlist.h"

#define CHAPTER_AHEAD 2
#define NOTE_AHEAD 5 /* a footnote list may skip this many (a lost line) */

typedef struct planner {
    const evx_text *t;
    evx_web_plan *pl;
    evx_web_part part;
    int para, chapter, note, rec;
    evx_web_style para_style;
    evx_web_style rec_style; /* the closing list's numbers' style */
    int prev_note;   /* the last line placed was a footnote */
    evx_web_style note_style; /* the footnote list's numbers' style */
    long pending;    /* a footnote number waiting for its text */
    int para_alone;  /* a paragraph number waiting for its text */
    size_t more_lines;  /* lines a heading's title or an entry wraps onto */
    evx_web_role more_role; /* EVX_WEB_CHAPTER_TEXT or EVX_WEB_ENTRY_TEXT */
    int evidence;       /* the last written evidence entry's number */
    int dated;       /* a witness session date has been seen (2: a list
                        marking who gave oral evidence, with none) */
    long annex_num;  /* the last of an annex's own paragraph numbers */
    int lords_all;   /* in the House of Lords' alphabetical list */
    size_t table_end; /* the closing rule of a table drawn in characters */
    evx_web_numlist list; /* a list numbered from 1 in the unit open */
} planner;

static const char *line_at(const planner *p, size_t l, size_t *n)
{
    return evx_web_line_text(p->t, l, n);
}

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Whether a line before self cites footnote num with a marker: a
 * footnote list follows the text that cites it (a report's paragraphs 1
 * to 5 with a marker "[1]" in the fourth and its list lost had all been
 * read as footnotes). */
static int cited(const planner *p, size_t self, long num)
{
    size_t l, n;

    for (l = 1; l < self && l <= p->pl->n_lines; l++) {
        const char *s = line_at(p, l, &n);
        if (evx_web_cites(s, n, num))
            return 1;
    }
    return 0;
}

/* ---- roles ---- */

static void set(planner *p, size_t l, evx_web_role role, long num,
                size_t off, size_t end)
{
    evx_web_line *ln = &p->pl->lines[l];

    ln->role = role;
    ln->number = (int)num;
    ln->off = off;
    ln->end = end;
    p->prev_note = role == EVX_WEB_FOOTNOTE;
    if (role == EVX_WEB_FOOTNOTE) {
        p->note = (int)num;
        p->pl->footnotes[p->pl->n_footnotes++] = (int)num;
    }
}

/* A footnote list that starts at line l with num: the lines just before
 * it numbered num - 1, num - 2, … that were left as text are its first
 * bodies ("2 See Appendix 2.", whose marker "2017–18.2" reads as a
 * number, had gone on the paragraph before the list). */
static void take_earlier_notes(planner *p, size_t l, long num)
{
    size_t n, off;
    long got;
    evx_web_style st;

    while (--num > 0 && l > 1) {
        const char *s;
        do
            s = line_at(p, --l, &n);
        while (l > 1 && n == 0);
        if (!n || p->pl->lines[l].role != EVX_WEB_TEXT ||
            !evx_web_numbered(s, n, &got, &st, &off) || got != num ||
            st == EVX_WEB_ALONE)
            return;
        while (n > off && evx_ascii_space(s[n - 1]))
            n--;
        set(p, l, EVX_WEB_FOOTNOTE, num, off, n);
    }
}

/* Does line l stop mid-sentence: after a letter or a comma? */
static int stops_mid_sentence(const planner *p, size_t l)
{
    size_t n;
    const char *s = l ? line_at(p, l, &n) : NULL;
    return s && n && (evx_ascii_alpha(s[n - 1]) || s[n - 1] == ',');
}

static int number_wraps(const planner *p, size_t l, const char *s, size_t n,
                        size_t off);

/* Is num, opening line l right after a footnote's line, the year of that
 * body's date, not the next body's number: a year standing alone ("… 3
 * May" / "2024"), or opening a line of text after a line that stopped
 * mid-sentence (lynx wraps "… dated 3 March" / "2024. The letter …")? */
static int year_goes_on(const planner *p, size_t l, long num, evx_web_style st)
{
    if (!p->prev_note || num == p->note + 1 || num < 1800 || num > 2100)
        return 0;
    return st == EVX_WEB_ALONE || stops_mid_sentence(p, l - 1);
}

/* A footnote line: its number leading, or in a back-link, or waiting
 * from the line before.  Returns 0 if the line has no number, or one a
 * hard wrap set there in the body before (number_wraps). */
static int footnote(planner *p, size_t l, const char *s, size_t n)
{
    size_t off = 0, end = n, b, e;
    long num = 0, link = 0;
    evx_web_style st;

    if (evx_web_backlink(s, n, &b, &e, &link)) {
        if (b == 0)
            off = e;
        else
            end = b;
    }
    if (evx_web_date_line(s, n))
        return 0;
    if (evx_web_numbered(s + off, end - off, &num, &st, &b)) {
        /* "… dated" / "12 July 2017": the body before goes on */
        if (!link && num != p->note + 1 && st != EVX_WEB_ALONE &&
            number_wraps(p, l, s, n, off + b))
            return 0;
        if (year_goes_on(p, l, num, st))
            return 0; /* "… 3 May" / "2024": the body's date goes on */
        if (st == EVX_WEB_ALONE) {
            p->pending = num;
            set(p, l, EVX_WEB_SKIP, 0, 0, 0);
            return 1;
        }
        off += b;
        p->note_style = st;
    } else if (link) {
        num = link;
    } else if (p->pending) {
        num = p->pending;
    } else {
        return 0;
    }
    while (end > off && evx_ascii_space(s[end - 1]))
        end--;
    while (off < end && evx_ascii_space(s[off]))
        off++;
    p->pending = 0;
    if (num > 1 && p->note != num - 1)
        take_earlier_notes(p, l, num);
    set(p, l, EVX_WEB_FOOTNOTE, num, off, end);
    return 1;
}

static long next_number(const planner *p, size_t l, size_t *at);

/* Whether num, at numbered line l, follows the last footnote read: the
 * next number, or one a few ahead that the next numbered line follows
 * (the notes between were lost from this copy: "69 …" then "72 …",
 * "73 …"). */
static int follows_note(const planner *p, size_t l, long num)
{
    return p->note && (num == p->note + 1 ||
                       (num > p->note + 1 && num <= p->note + NOTE_AHEAD &&
                        next_number(p, l, NULL) == num + 1));
}

/* Whether a numbered line outside the footnote list starts it. */
static int starts_notes(const planner *p, size_t l, long num)
{
    size_t n;
    const char *s = line_at(p, l, &n);
    if (s && evx_web_date_line(s, n))
        return 0;
    return follows_note(p, l, num) || (!p->note && cited(p, l, num));
}

/* Whether the numbered lines from l on run consecutively, nothing else
 * between them (but the text of a number standing alone, and back-links),
 * to the end of the text (or the page footer): the shape of
 * a footnote list, not of paragraphs, which quotations and headings
 * interrupt and a footnote list follows. */
static int runs_to_end(const planner *p, size_t l)
{
    size_t n, off, b, e;
    long num, prev = 0;
    evx_web_style st = 0;
    int alone = 0;

    for (; l <= p->pl->n_lines; l++) {
        const char *s = line_at(p, l, &n);
        if (!n || evx_web_backlink(s, n, &b, &e, &num))
            continue;
        if (alone) {
            alone = 0;
            continue;
        }
        if (evx_web_furniture(s, n))
            return 1;
        if (!evx_web_numbered(s, n, &num, &st, &off))
            return 0;
        if (prev && num != prev + 1)
            return 0;
        prev = num;
        alone = st == EVX_WEB_ALONE;
    }
    return 1;
}

/* A paragraph's number at the start of s: evx_web_numbered's, or one by
 * chapter ("3.12 The", style EVX_WEB_BY_CHAPTER). */
static int para_numbered(const char *s, size_t n, long *num,
                         evx_web_style *st, size_t *off)
{
    int v = 0;
    size_t t = evx_para_opens_line(s, n, &v);
    if (t) {
        *num = v;
        *off = t;
        *st = EVX_WEB_BY_CHAPTER;
        return 1;
    }
    return evx_web_numbered(s, n, num, st, off);
}

/* Whether the block that numbered line l opens (to the next blank or
 * numbered line) goes on with the text's markers: it cites a footnote
 * whose predecessor a line before it cites.  A paragraph does ("… [7]"
 * after "… [6]"); a footnote list's body cites no footnote, so numbered
 * lines that do are paragraphs even where they run to the end of a copy
 * that lost its list and their numbers were cited as markers before. */
static int goes_on_citing(const planner *p, size_t l)
{
    size_t n, off, at;
    long num, mark;
    evx_web_style st;

    for (size_t k = l; k <= p->pl->n_lines; k++) {
        const char *s = line_at(p, k, &n);
        if (!n || (k > l && evx_web_numbered(s, n, &num, &st, &off)))
            return 0;
        for (at = 0; evx_web_next_mark(s, n, &at, &mark);)
            if (mark > 1 && cited(p, l, mark - 1) && !cited(p, l, mark))
                return 1;
    }
    return 0;
}

/* Lines looked through for a resumed run's next two paragraphs. */
#define RUN_LINES 600

/* Does paragraph num at line l resume the sequence after numbers were
 * lost (paranum.h, evx_para_run): lines numbered in its style give num + 1
 * and num + 2 after it before a number within reach of the last does? */
static int resumes_run(const planner *p, size_t l, long num,
                       evx_web_style st)
{
    evx_para_run r;
    if (!evx_para_run_start(&r, p->para, (int)num, EVX_PARA_AHEAD))
        return 0;
    for (size_t k = l + 1; k <= p->pl->n_lines && k < l + RUN_LINES; k++) {
        size_t n, off;
        long x;
        evx_web_style xs;
        const char *s = line_at(p, k, &n);
        if (!n || !para_numbered(s, n, &x, &xs, &off) || xs != st)
            continue;
        int fed = evx_para_run_feed(&r, (int)x);
        if (fed)
            return fed > 0;
    }
    return 0;
}

static int para_fits(const planner *p, size_t l, long num, evx_web_style st)
{
    size_t pn;
    const char *prev = l > 1 ? line_at(p, l - 1, &pn) : NULL;
    if (st == EVX_WEB_BRACKET || evx_web_year_of_date(prev, prev ? pn : 0, num))
        return 0;
    if ((p->para || st == EVX_WEB_BY_CHAPTER) &&
        ((p->para && st != p->para_style) ||
         (!evx_para_follows(p->para, (int)num, EVX_PARA_AHEAD) &&
          !resumes_run(p, l, num, st))))
        return 0;
    return !runs_to_end(p, l) || !starts_notes(p, l, num) ||
           goes_on_citing(p, l);
}

/* The number of the first numbered line after l, or 0; *at (if not
 * NULL) gets that line. */
static long next_number(const planner *p, size_t l, size_t *at)
{
    size_t n, off;
    long num;
    evx_web_style st;

    for (l++; l <= p->pl->n_lines; l++) {
        const char *s = line_at(p, l, &n);
        if (para_numbered(s, n, &num, &st, &off)) {
            if (at)
                *at = l;
            return num;
        }
    }
    return 0;
}

/* Is the block of line l, read on over the lines that wrap it (not a
 * blank or numbered one, three at most), still shaped like a chapter
 * heading?  A hard-wrapped paragraph's first line may be ("2.The small
 * size of microplastics means that they can end up flushed" / "into the
 * sea ..."), the block it opens is not.  The number of lines the heading
 * takes, or 0. */
static size_t chapter_block(const planner *p, size_t l)
{
    evx_buf b = EVX_BUF_INIT;
    size_t n, off, k = l + 1, blank = 0;
    long num;
    evx_web_style st;
    const char *s;

    /* a block that a blank line ends within three lines is the heading's
     * own; without one (a copy with no blank lines) only a line that goes
     * on in lower case continues it, not a section heading below it */
    for (size_t j = l + 1; j <= p->pl->n_lines && j <= l + 3 && !blank; j++)
        if (line_at(p, j, &n) && !n)
            blank = j;
    s = line_at(p, l, &n);
    evx_buf_append(&b, s, n);
    for (; k <= p->pl->n_lines && k <= l + 3; k++) {
        s = line_at(p, k, &n);
        if (!n || para_numbered(s, n, &num, &st, &off) ||
            (!blank && !evx_ascii_lower(s[0])))
            break;
        evx_buf_putc(&b, ' ');
        evx_buf_append(&b, s, n);
    }
    /* the whole heading ends in no word a wrap leaves ("2. In Session
     * 1993-94, the"), unless a blank line right after it ends it as a
     * block ("2 Locking on") */
    int ok = !evx_buf_status(&b) &&
             evx_web_chapter(evx_buf_str(&b), b.len, &num, &off) &&
             (blank == k || !evx_web_ends_in_function_word(evx_buf_str(&b), b.len));
    evx_buf_free(&b);
    /* with no blank line to end it, what follows the heading opens a
     * paragraph or is shaped as a heading, not a sentence's next line
     * ("Members' time:") */
    if (ok && !blank && k <= p->pl->n_lines && (s = line_at(p, k, &n)) &&
        n && !evx_ascii_lower(s[0]) &&
        !para_numbered(s, n, &num, &st, &off)) {
        int stop;
        ok = evx_web_heading_shape(s, n, &stop);
    }
    return ok ? k - l : 0;
}

/* Is the heading of chapter num at line l (lines long) an entry of a
 * list of chapters (web_chaplist.h)? */
static int chapter_listed(const planner *p, size_t l, long num, size_t lines)
{
    return evx_web_chapter_listed(p->t, p->pl->n_lines, l, lines, num);
}

/* A chapter continues the chapter sequence, its block is a heading's
 * (*lines: how many lines it takes), it is no entry of a list of
 * chapters, and the next paragraph follows it (not the next footnote, as
 * a footnote "226 Q361 [Ian Dalton]" shaped like a heading is). */
static int chapter_fits(const planner *p, size_t l, long num, size_t *lines)
{
    long next = next_number(p, l, NULL);

    if (p->chapter && (num <= p->chapter || num > p->chapter + CHAPTER_AHEAD))
        return 0;
    if (!(*lines = chapter_block(p, l)))
        return 0;
    if (chapter_listed(p, l, num, *lines))
        return 0;
    return !p->para || evx_para_follows(p->para, (int)next, EVX_PARA_AHEAD);
}

/* Is the next numbered line after l a paragraph in the paragraphs' own
 * style, the one after the last read? */
static int next_is_paragraph(const planner *p, size_t l)
{
    size_t at = 0, m = 0, off;
    long next = next_number(p, l, &at);
    evx_web_style nst;
    const char *s = next ? line_at(p, at, &m) : NULL;
    return s && para_numbered(s, m, &next, &nst, &off) &&
           nst == p->para_style && evx_para_follows(p->para, (int)next, 1);
}

/* Does numbered line l, which the footnote list before it would take as
 * a body, go on with the report's text instead: the next chapter's
 * heading, over the next paragraph in the paragraphs' style ("1 Q41" /
 * "2 The police view" / "3.Assistant …"), or the next paragraph itself
 * in that style, not the list's ("1 Q41" / "3.Assistant …")?  Only if
 * the list has had the number already, or no marker before the line
 * cites it: a footnote list follows the text that cites it. */
static int ends_notes(const planner *p, size_t l, const char *s, size_t n)
{
    long num, ch;
    size_t off, title, lines;
    evx_web_style st;

    if (!p->para || !para_numbered(s, n, &num, &st, &off))
        return 0;
    int heading = evx_web_chapter(s, n, &ch, &title) &&
                  chapter_fits(p, l, ch, &lines) && next_is_paragraph(p, l);
    int paragraph = st == p->para_style && st != p->note_style &&
                    evx_para_follows(p->para, (int)num, 1);
    return (heading || paragraph) && (num <= p->note || !cited(p, l, num));
}

static void paragraph(planner *p, size_t l, long num, evx_web_style st,
                      size_t off)
{
    set(p, l, EVX_WEB_PARA, num, off, 0);
    p->para = (int)num;
    p->para_style = st;
    p->para_alone = st == EVX_WEB_ALONE;
}

/* Is numbered line l (its text at off) a sentence that a hard wrap broke
 * before a number ("a collaboration of" / "14 leading health and care
 * charities", "15.On Tuesday" / "20 February 2018 we visited")?  The line
 * before it, with no blank between, stops mid-sentence (after a letter or
 * a comma), and either its text goes on in lower case, or no footnote has
 * been read yet (a list's later bodies may follow a body's wrapped last
 * line, "… in the NHS" / "226 Q361"), or the number is a day of a month
 * ("… to the Minister," / "12 July 2017").  Such a line starts no list. */
static int number_wraps(const planner *p, size_t l, const char *s, size_t n,
                        size_t off)
{
    return stops_mid_sentence(p, l - 1) &&
           ((off < n && evx_ascii_lower(s[off])) || !p->note ||
            evx_day_month_at(s, n));
}

/* Is numbered line l (its text at off) an item of the list open in the
 * unit, not a footnote's body, though a marker cites its number ("… three
 * priorities:" / "1. the evaluation …;" / "2. …")?  An item after the
 * lead-in or the list's last, numbered in the paragraphs' style ("1."),
 * in lower case or ending as a list's item does (";"), which no list of
 * footnotes running to the text's end takes. */
static int list_item_not_note(const planner *p, size_t l, const char *s,
                              size_t n, size_t off, evx_web_style st)
{
    return st == p->para_style && evx_web_numlist_item(&p->list, l) &&
           !runs_to_end(p, l) &&
           ((off < n && evx_ascii_lower(s[off])) ||
            evx_web_list_end(s, n) == EVX_WEB_ITEM_END);
}

/* A line of the body: chapter, paragraph, footnote or text. */
static void body_line(planner *p, size_t l, const char *s, size_t n)
{
    long num = 0, ch;
    size_t off = 0, title;
    evx_web_style st = 0;
    int numbered = para_numbered(s, n, &num, &st, &off);
    size_t lines = 0;

    if (numbered && p->prev_note && follows_note(p, l, num) &&
        !ends_notes(p, l, s, n))
        footnote(p, l, s, n);
    else if (evx_web_chapter(s, n, &ch, &title) &&
             chapter_fits(p, l, ch, &lines) &&
             !(numbered && p->para && st == p->para_style &&
               evx_para_follows(p->para, (int)num, 1) &&
               (ch != p->chapter + 1 ||
                evx_web_reads_as_sentence(s + title, n - title)))) {
        set(p, l, EVX_WEB_CHAPTER, ch, title, 0);
        p->chapter = (int)ch;
        p->more_lines = lines - 1;
        p->more_role = EVX_WEB_CHAPTER_TEXT;
    } else if (numbered && para_fits(p, l, num, st) &&
               !evx_web_numlist_due(&p->list, l, p->para, p->para_style))
        paragraph(p, l, num, st, off);
    else if ((numbered && !number_wraps(p, l, s, n, off) &&
              starts_notes(p, l, num) && !list_item_not_note(p, l, s, n, off, st)) ||
             p->pending)
        footnote(p, l, s, n);
    else if (numbered && st == EVX_WEB_BRACKET && num <= p->note)
        set(p, l, EVX_WEB_NOTE_AGAIN, num, 0, 0); /* "[1]" after "[2]" */
    else if (evx_web_chapter(s, n, &ch, &title) && chapter_listed(p, l, ch, 1))
        set(p, l, EVX_WEB_LIST_ENTRY, 0, 0, 0);
    else
        set(p, l, EVX_WEB_TEXT, 0, 0, 0);
}

/* Whether the item that starts at line l ends, within its next few
 * lines, with a "(Paragraph N)" reference, as a recommendation does. */
static int item_cites_paragraph(const planner *p, size_t l)
{
    size_t n, off, cut, last = l + 8;
    long num;
    int para;
    evx_web_style st;

    for (size_t k = l; k <= p->pl->n_lines && k < last; k++) {
        const char *s = line_at(p, k, &n);
        if (k > l && evx_web_numbered(s, n, &num, &st, &off))
            return 0;
        if (n && pdf_rec_tail(s, n, &cut, &para))
            return 1;
    }
    return 0;
}

/* Whether the first numbered line after l restarts at 1: a closing list
 * of recommendations rather than a section of numbered paragraphs.  A page
 * that holds only the list (a web edition's chapter page) has no
 * paragraphs before it; there its first item's "(Paragraph N)" says so.
 * A list before any chapter or paragraph is the report's own, ahead of
 * its chapters. */
static int list_restarts(const planner *p, size_t l)
{
    size_t at = 0;
    return next_number(p, l, &at) == 1 &&
           (p->para > 1 || item_cites_paragraph(p, at) ||
            (!p->para && !p->chapter));
}

/* Does line l open the chapters after a list of recommendations that
 * came first: a chapter heading, or a paragraph 1 after the items (not
 * the first item of a list inside one, after its lead-in)? */
static int front_recs_end(const planner *p, size_t l, const char *s,
                          size_t n)
{
    long num, ch;
    size_t off, title, lines;
    evx_web_style st;

    if (evx_web_chapter(s, n, &ch, &title) && ch == 1 &&
        chapter_fits(p, l, ch, &lines))
        return 1;
    return p->rec && para_numbered(s, n, &num, &st, &off) &&
           evx_para_follows(0, (int)num, 1) &&
           !evx_web_numlist_item(&p->list, l);
}

static void rec_line(planner *p, size_t l, const char *s, size_t n)
{
    long num;
    size_t off;
    evx_web_style st;

    /* the next number, or one a few further on when extraction lost an
     * item (the gap shows in the end-of-run report) */
    int numbered = evx_web_numbered(s, n, &num, &st, &off);
    if (numbered && num > p->rec && num <= p->rec + 3 &&
        st != EVX_WEB_ALONE && (!p->rec || st == p->rec_style) &&
        (num == p->rec + 1 || item_cites_paragraph(p, l)) &&
        !evx_web_numlist_due(&p->list, l, p->rec, p->rec_style)) {
        set(p, l, EVX_WEB_REC, num, off, 0);
        p->rec = (int)num;
        p->rec_style = st;
    } else if (numbered && p->rec && st != p->rec_style &&
               !number_wraps(p, l, s, n, off) && starts_notes(p, l, num)) {
        /* "1. We recommend …", then "2 Q112 (Sir Jane Doe)": the
         * footnote list a converter set right after the last item */
        p->part = EVX_WEB_PART_FOOTNOTES;
        footnote(p, l, s, n);
    } else {
        set(p, l, EVX_WEB_TEXT, 0, 0, 0);
    }
}

/* Does s end a witness panel (its question range)?  Panels have no
 * number of their own: *num gets 0. */
static int panel_ends(const char *s, size_t n, int *num)
{
    size_t cut;
    int first, last;
    *num = 0;
    return pdf_qrange(s, n, &cut, &first, &last);
}

/* Does s make a written evidence entry (it ends with its code)?  *num
 * comes in as the number the list expects next and gets the entry's own
 * (0: none): an entry whose leading number is another, and that reads
 * whole without it, is a name that starts with a number ("5 Gyres
 * Institute (EIM0017)"). */
static int entry_ends(const char *s, size_t n, int *num)
{
    pdf_evidence ev, bare;
    int numbered = pdf_evidence_line(s, n, &ev);
    int unnumbered = pdf_evidence_unnumbered(s, n, &bare);

    if (numbered && (ev.number == *num || !unnumbered))
        *num = ev.number;
    else if (unnumbered)
        *num = 0;
    return numbered || unnumbered;
}

/* How many lines from l (up to `most`, not past a blank line or a session
 * date) the entry takes that ends where ends() says, hard-wrapped as it
 * may be ("NHS Clinical Commissioners" / "(STP0064)"); 0 if none.  *num
 * comes in as the number expected next and gets the entry's own. */
static size_t entry_block(const planner *p, size_t l, size_t most,
                          int (*ends)(const char *, size_t, int *), int *num)
{
    evx_buf b = EVX_BUF_INIT;
    size_t n, off, dlen, k, found = 0;

    int expect = *num;
    for (k = l; k <= p->pl->n_lines && k < l + most && !found; k++) {
        const char *s = line_at(p, k, &n);
        if (!n || (k > l && pdf_date_line(s, n, &off, &dlen)))
            break;
        /* a sentence that ends a line is the part's introduction, which a
         * copy with no blank lines sets right above the first entry */
        if (k > l && b.len && evx_buf_str(&b)[b.len - 1] == '.')
            break;
        if (k > l)
            evx_buf_putc(&b, ' ');
        evx_buf_append(&b, s, n);
        *num = expect;
        if (!evx_buf_status(&b) && ends(evx_buf_str(&b), b.len, num))
            found = k - l + 1;
    }
    evx_buf_free(&b);
    return found;
}

/* Is line l an entry of the House of Lords' alphabetical list for a
 * witness who gave oral evidence only: its questions, perhaps in
 * brackets, with no code, and marked so ("* Bank of England (QQ 16–30)")
 * or, unmarked, with no code or words of its own on the next line ("**
 * Lord Lisvane QQ 10–18" / "RSC0040" gave both)?  No written evidence
 * entry, nor a part of the next one; the list numbers no entry, so a
 * numbered line is none of its ("1 Q 3": a footnote). */
static int oral_only(const planner *p, size_t l, const char *s, size_t n)
{
    size_t cut, m;
    int first, last;
    long num;
    evx_web_style st;
    size_t off;
    size_t e = evx_ascii_rtrim(s, n);
    if (e && s[e - 1] == ')')
        e--;
    if (!pdf_qrange(s, e, &cut, &first, &last) || evx_web_numbered(s, n, &num, &st, &off))
        return 0;
    if (n > 1 && s[0] == '*')
        return s[1] != '*';
    const char *next = line_at(p, l + 1, &m);
    return !next || !m ||
           (pdf_code_len(next, m, 0) != evx_ascii_rtrim(next, m) &&
            !evx_ascii_lower((unsigned char)next[0]));
}

/* How many lines from l a House of Lords panel headed by a body takes:
 * its head ("** Royal Society QQ 1–15 EBL0003") and the lines of its
 * people below, the first opening with a name, to a blank line, a date,
 * a list's head or the next line that ends in a reference (the next
 * panel's head); 0 if the panel at l is not so printed. */
static size_t body_block(const planner *p, size_t l, size_t most)
{
    size_t n, off, dlen, cut, k;
    int oral;
    const char *s = line_at(p, l, &n);
    if (!pdf_panel_body_head(s, n) || !(s = line_at(p, l + 1, &n)) ||
        !pdf_panel_opens_with_name(s, n))
        return 0;
    for (k = l + 1; k < l + most && (s = line_at(p, k, &n)) && n > 0; k++)
        if (pdf_date_line(s, n, &off, &dlen) || pdf_lords_list_head(s, n, &oral) ||
            pdf_entry_ref(s, n, &cut))
            break;
    return k - l;
}

/* A back-matter entry that starts at l: its first line gets role, the
 * lines it wraps onto EVX_WEB_ENTRY_TEXT. */
static void entry(planner *p, size_t l, evx_web_role role, int number,
                  size_t lines, size_t n)
{
    set(p, l, role, number, 0, n);
    p->more_lines = lines ? lines - 1 : 0;
    p->more_role = EVX_WEB_ENTRY_TEXT;
}

/* How many lines after line l go on its sentence, with no blank line
 * between ("… Those witnesses marked with ** gave" / "both oral and
 * written evidence."): a list's introduction's words, no entries. */
static size_t sentence_goes_on(const planner *p, size_t l)
{
    size_t k = l, n;
    const char *s = line_at(p, k, &n);
    while (s && pdf_ends_mid_sentence(s, n) && k < p->pl->n_lines &&
           (s = line_at(p, k + 1, &n)) && n > 0)
        k++;
    return k - l;
}

/* A line of the back matter: its entries, or the footnote list. */
static void back_line(planner *p, size_t l, const char *s, size_t n)
{
    long num;
    size_t off, dlen, lines;
    evx_web_style st;
    int own;

    if (p->part == EVX_WEB_PART_WITNESSES && pdf_date_line(s, n, &off, &dlen)) {
        set(p, l, EVX_WEB_WITNESS_DATE, 0, off, off + dlen);
        p->dated = 1;
    } else if (p->part == EVX_WEB_PART_WITNESSES && pdf_column_head(s, n)) {
        set(p, l, EVX_WEB_SKIP, 0, 0, 0);
    } else if (p->part == EVX_WEB_PART_WITNESSES && pdf_lords_list_head(s, n, &p->dated)) {
        /* the House of Lords' list: its oral evidence in order of session,
         * undated, then every witness by name */
        if (!p->dated)
            p->part = EVX_WEB_PART_EVIDENCE;
        p->lords_all = !p->dated;
        set(p, l, EVX_WEB_SKIP, 0, 0, 0);
    } else if (p->part == EVX_WEB_PART_WITNESSES && !p->dated &&
               pdf_marked_list_intro(s, n)) {
        set(p, l, EVX_WEB_SKIP, 0, 0, 0); /* its entries follow */
        p->dated = 2;
        p->more_lines = sentence_goes_on(p, l);
        p->more_role = EVX_WEB_SKIP;
    } else if (p->part == EVX_WEB_PART_WITNESSES && p->dated) {
        /* a panel over its lines, to its question range (one line if it
         * has none: warned as such) */
        own = 0;
        lines = body_block(p, l, 20);
        if (!lines)
            lines = entry_block(p, l, 20, panel_ends, &own);
        entry(p, l, EVX_WEB_WITNESS, p->dated == 2, lines, n);
    } else if (p->part == EVX_WEB_PART_EVIDENCE && p->lords_all && oral_only(p, l, s, n)) {
        set(p, l, EVX_WEB_SKIP, 0, 0, 0); /* in its panel already */
    } else if (p->part == EVX_WEB_PART_EVIDENCE &&
               (own = p->evidence + 1,
                lines = entry_block(p, l, 4, entry_ends, &own)) > 0) {
        /* an entry without its number (a copied list) takes the next */
        p->evidence = own ? own : p->evidence + 1;
        entry(p, l, EVX_WEB_EVIDENCE, p->evidence, lines, n);
        p->evidence += evx_web_joined_entries(p->t, l, lines, p->evidence);
    } else if (evx_web_numbered(s, n, &num, &st, &off) &&
               starts_notes(p, l, num)) {
        p->part = EVX_WEB_PART_FOOTNOTES;
        footnote(p, l, s, n);
    } else {
        set(p, l, EVX_WEB_SKIP, 0, 0, 0);
    }
}

/* A part heading on its own line: returns the line to go on from. */
static size_t part_heading(planner *p, size_t l, evx_web_part part)
{
    if (part == EVX_WEB_PART_CONTENTS) {
        size_t end = evx_web_contents_end(p->t, l), k;
        for (k = l; k < end; k++)
            p->pl->lines[k].role = EVX_WEB_SKIP;
        return end;
    }
    if (part == EVX_WEB_PART_RECS && !list_restarts(p, l)) {
        set(p, l, EVX_WEB_TEXT, 0, 0, 0); /* a section of the chapter */
        return l + 1;
    }
    /* an appendix that prints another report's list ("Appendix:
     * Government Response" / "Conclusions and recommendations") keeps it
     * as its own text, as the pdf-text reader does (pdf_parts.c) */
    if (part == EVX_WEB_PART_RECS && p->part == EVX_WEB_PART_ANNEX) {
        set(p, l, EVX_WEB_ANNEX, 0, 0, 0);
        return l + 1;
    }
    if (part == EVX_WEB_PART_SUMMARY && (p->para || p->chapter)) {
        set(p, l, EVX_WEB_TEXT, 0, 0, 0); /* a section called so */
        return l + 1;
    }
    p->part = part;
    p->dated = 0;
    p->lords_all = 0;
    p->annex_num = 0;
    if (part == EVX_WEB_PART_RECS && !p->para && !p->chapter)
        p->pl->recs_front = 1;
    set(p, l, part == EVX_WEB_PART_RECS    ? EVX_WEB_RECS
              : part == EVX_WEB_PART_ANNEX ? EVX_WEB_ANNEX
                                           : EVX_WEB_SKIP,
        0, 0, 0);
    return l + 1;
}

/* Is line l a web page's title line ("Integrated care: … Contents", the
 * title and its navigation link) that recurs, as each page of a report
 * saved page after page repeats it? */
static int page_title(const planner *p, size_t l, const char *s, size_t n)
{
    static const char link[] = " Contents";
    size_t k = sizeof link - 1, m;

    if (n <= k || memcmp(s + n - k, link, k) != 0)
        return 0;
    for (size_t j = 1; j <= p->pl->n_lines; j++) {
        const char *t = line_at(p, j, &m);
        if (j != l && m == n && memcmp(s, t, n) == 0)
            return 1;
    }
    return 0;
}

/* A line of the summary, the glossary or an annex: their text, the
 * reader's to make units of, until a chapter or a paragraph opens the
 * body (the summary comes before the first chapter) or the page's
 * footnote list starts. */
static void block_line(planner *p, size_t l, const char *s, size_t n)
{
    long num, ch;
    size_t off, title, lines;
    evx_web_style st;

    int numbered = para_numbered(s, n, &num, &st, &off);

    if (p->part == EVX_WEB_PART_SUMMARY &&
        ((evx_web_chapter(s, n, &ch, &title) && chapter_fits(p, l, ch, &lines)) ||
         (numbered && evx_para_follows(p->para, (int)num, 1)))) {
        p->part = EVX_WEB_PART_NONE;
        body_line(p, l, s, n);
    } else if (numbered && p->part == EVX_WEB_PART_ANNEX &&
               num == p->annex_num + 1 && st == p->para_style) {
        /* an annex's own paragraphs, numbered from 1 as the body's are
         * ("Annex: Note of visit" / "1. On 14 September …"), are its
         * text, not the footnotes the body cites with the same numbers
         * ("1 See the programme.") */
        p->annex_num = num;
        set(p, l, EVX_WEB_TEXT, 0, 0, 0);
    } else if (numbered && !number_wraps(p, l, s, n, off) &&
               starts_notes(p, l, num)) {
        p->part = EVX_WEB_PART_FOOTNOTES; /* the page's footnote list */
        footnote(p, l, s, n);
    } else {
        set(p, l, EVX_WEB_TEXT, 0, 0, 0);
    }
}

/* A table drawn in characters between two rules ("---- -------" /
 * "10   Number of councils …" / "---- -------", as `pandoc -t plain` and
 * text browsers draw one): the line of its closing rule, within a few
 * lines of the opening one at l and no blank line between, or 0. */
static size_t table_close(const planner *p, size_t l)
{
    size_t n;
    for (size_t k = l + 1; k <= p->pl->n_lines && k < l + 40; k++) {
        const char *s = line_at(p, k, &n);
        if (n == 0)
            return 0; /* a table's rows run on to its closing rule */
        if (evx_ascii_rule_line(s, n))
            return k;
    }
    return 0;
}

static void plan_line(planner *p, size_t l, const char *s, size_t n)
{
    size_t b, e;
    long link;

    if (p->table_end >= l) {
        /* a table's rows are its text, never footnotes or paragraphs
         * ("10   Number of councils with no supported routes") */
        set(p, l, l == p->table_end || n == 0 ? EVX_WEB_SKIP : EVX_WEB_TABLE_ROW,
            0, 0, 0);
    } else if (evx_ascii_rule_line(s, n) && !evx_web_hr_line(s, n) &&
               (p->table_end = table_close(p, l))) {
        set(p, l, EVX_WEB_SKIP, 0, 0, 0);
    } else if (evx_web_furniture(s, n) || page_title(p, l, s, n)) {
        p->pl->lines[l].role = EVX_WEB_SKIP;
    } else if (p->more_lines) {
        p->more_lines--;
        set(p, l, p->more_role, p->chapter, 0, n);
    } else if (p->para_alone) {
        p->para_alone = 0;
        set(p, l, EVX_WEB_PARA_TEXT, p->para, 0, n);
    } else if (evx_web_backlink(s, n, &b, &e, &link) && b == 0 && e == n) {
        p->pending = link;
        p->pl->lines[l].role = EVX_WEB_SKIP;
    } else if (p->part == EVX_WEB_PART_FOOTNOTES && !ends_notes(p, l, s, n) &&
               footnote(p, l, s, n)) {
        ;
    } else if (p->part == EVX_WEB_PART_NONE || p->part == EVX_WEB_PART_FOOTNOTES) {
        body_line(p, l, s, n);
        /* a chapter or a paragraph after the list ends it */
        if (p->pl->lines[l].role == EVX_WEB_CHAPTER ||
            p->pl->lines[l].role == EVX_WEB_PARA)
            p->part = EVX_WEB_PART_NONE;
    } else if (p->part == EVX_WEB_PART_RECS && !p->para && !p->chapter &&
               p->pl->recs_front && front_recs_end(p, l, s, n)) {
        p->part = EVX_WEB_PART_NONE;
        body_line(p, l, s, n);
    } else if (p->part == EVX_WEB_PART_RECS) {
        rec_line(p, l, s, n);
    } else if (p->part == EVX_WEB_PART_SUMMARY ||
               p->part == EVX_WEB_PART_GLOSSARY ||
               p->part == EVX_WEB_PART_ANNEX) {
        block_line(p, l, s, n);
    } else {
        back_line(p, l, s, n);
    }
    p->pl->lines[l].part = p->part;
    evx_web_numlist_after(&p->list, l);
}

evx_status evx_web_plan_make(evx_web_plan *out, const evx_text *text)
{
    planner p;
    size_t l, n, nl = evx_text_lines(text);
    evx_web_part part;

    memset(out, 0, sizeof *out);
    memset(&p, 0, sizeof p);
    p.t = text;
    p.pl = out;
    p.list.t = text;
    p.list.pl = out;
    out->n_lines = nl;
    out->lines = calloc(nl + 2, sizeof *out->lines);
    out->footnotes = malloc((nl + 1) * sizeof *out->footnotes);
    if (!out->lines || !out->footnotes) {
        evx_web_plan_free(out);
        return EVX_NOMEM;
    }
    for (l = 1; l <= nl;) {
        const char *s = line_at(&p, l, &n);
        if (!n) {
            l++;
            continue;
        }
        size_t pn = 0;
        const char *prev = l > 1 ? line_at(&p, l - 1, &pn) : NULL;
        part = evx_web_part_after(prev, pn, s, n);
        if (part != EVX_WEB_PART_NONE && !p.para_alone) {
            l = part_heading(&p, l, part);
            continue;
        }
        plan_line(&p, l, s, n);
        l++;
    }
    qsort(out->footnotes, out->n_footnotes, sizeof *out->footnotes, int_cmp);
    return EVX_OK;
}

void evx_web_plan_free(evx_web_plan *plan)
{
    free(plan->lines);
    free(plan->footnotes);
    memset(plan, 0, sizeof *plan);
}
