/*
 * layout_scan.h - private to the page layer (layout.h): the state of its
 * one scan over a report's words, shared by layout.c (the word list, the
 * scan, the canonical layout written out), layout_contents.c (the
 * contents list) and layout_heads.c (the headings it confirms).
 *
 * Ownership: the scan owns its word and entry arrays; the words point
 * into the text, which the caller keeps until the layout is built.
 */
#ifndef EVX_LAYOUT_SCAN_H
#define EVX_LAYOUT_SCAN_H

#include <stddef.h>

#include "buf.h"
#include "layout.h"
#include "layout_words.h"
#include "paranum.h"
#include "source.h"

/* One word of the canonical text: where it starts there (out), and the
 * place (line, column) and length it has in the text the layout was
 * built over. */
typedef struct seg {
    size_t out;
    long line, col;
    size_t len;
} seg;

struct evx_layout {
    evx_buf out;
    seg *segs;
    size_t n_segs, cap_segs;
    size_t *line_off;
    size_t n_lines, cap_lines;
    long *furn;
    size_t n_furn, cap_furn;
    char *title; /* the running title, or NULL */
    int no_blanks; /* the source has (almost) no blank lines */
    size_t at_head, at_foot; /* numbered furniture by its side of a form
                                feed (evx_layout_furniture_sides) */
    const char *report; /* the report's number, when it is page furniture
                           (runhead.h), borrowed from the caller; or NULL */
    evx_text *paged; /* the text read, split where pages start in mid-line
                        (evx_text_split_pages); NULL: the text given */
};

/* W_GLUED: a footnote marker printed raised, written glued to the word
 * before it (layout_raised.c); W_LEADER: a contents entry's page, after
 * the dots that lead to it (layout_contents.c) */
enum { W_LINE = 1, W_PAGE = 2, W_HEADER = 4, W_TRAIL = 8, W_HEADCONT = 16,
       W_GLUED = 32, W_LEADER = 64 };
enum brk { B_KEEP, B_JOIN, B_LINE, B_BLOCK, B_PAGE };
/* P_UNREAD: the printed evidence an older report carries after its own
 * parts ("Oral evidence" / "Taken before …"): not read, not furniture. */
enum part { P_MAIN, P_RECS, P_WITNESS, P_EVIDENCE, P_SKIP, P_UNREAD };

typedef struct entry { /* a contents heading: words [a, b) */
    size_t a, b;
} entry;

typedef struct scan {
    const evx_text *t;
    evx_word *w;
    size_t n, cap;
    entry *ent;
    size_t n_ent, cap_ent;
    char *title; /* the running title, or NULL */
    const char *report; /* the report's number ("HC 1234"), or NULL */
    int page_labels; /* lines "Page 7 of 12" are page furniture: 1, 0,
                        or -1 not read yet */
    evx_layout *l;
    int part;
    int chapter_seen, have_contents;
    int next_para, next_rec, next_ev, dates_seen;
    int max_marker, last_body;
    int glued_next; /* the body due after a run glued to its numbers */
    int line_bodies; /* footnote bodies read that opened a line */
    int cited; /* the highest marker met, glued or set apart after a
                  sentence ("warnings. 14"): a page's notes' evidence */
    unsigned part_seen; /* bit per standard part already met */
    int trail_marks; /* the source ends wrapped lines with a space */
    int raised; /* the last footnote marker read while the words are:
                   glued to its word, or printed raised on a line of its
                   own (evx_lay_raised_marker) */
    size_t run_end; /* the word after the last footnote run read */
    int run_broke; /* the text before that run stopped mid-sentence */
    int fail;
} scan;

/* Does word i open a block: the first word, after a blank line, a page
 * break or a running header, or where the scan set one? */
static inline int evx_lay_block_start(const scan *sc, size_t i)
{
    const evx_word *w = &sc->w[i];
    return i == 0 || w->blanks > 0 || (w->flags & (W_PAGE | W_HEADER)) ||
           (sc->w[i - 1].flags & W_HEADER) || w->brk >= B_BLOCK;
}

/* Does a page start at word k: its furniture, a page break, or the
 * words' end? */
static inline int evx_lay_page_at(const scan *sc, size_t k)
{
    return k >= sc->n || (sc->w[k].flags & (W_PAGE | W_HEADER)) ||
           sc->w[k].brk >= B_PAGE;
}

/* Is word k a number alone on its line ("7": a note's number a PDF tool
 * set apart, or a page's number), no line of text? */
static inline int evx_lay_number_line(const scan *sc, size_t k)
{
    return evx_wd_int(&sc->w[k]) && (sc->w[k].flags & W_LINE) &&
           (k + 1 >= sc->n || (sc->w[k + 1].flags & W_LINE));
}

/* The highest footnote marker the notes read so far may answer: the
 * highest met, or the highest a column of notes numbered. */
static inline int evx_lay_cited(const scan *sc)
{
    return sc->cited > sc->max_marker ? sc->cited : sc->max_marker;
}

/* Word w, moved to go on after a note's number (its body's first word),
 * runs on from it: no line or page of its own, no blank line before it;
 * brk is how it joins (B_KEEP or B_JOIN). */
static inline void evx_lay_run_on(evx_word *w, unsigned char brk)
{
    w->flags &= (unsigned char)~(W_LINE | W_PAGE);
    w->blanks = 0;
    w->brk = brk;
}

/* The first word of the block after the one starting at i. */
static inline size_t evx_lay_next_block(const scan *sc, size_t i)
{
    size_t k = i + 1;
    while (k < sc->n && !evx_lay_block_start(sc, k))
        k++;
    return k;
}

/* Is v (evx_wd_num_dot's) the paragraph number due next: one on from the
 * last read, or, numbered by chapter, the next chapter's first
 * (paranum.h)? */
static inline int evx_lay_para_next(const scan *sc, int v)
{
    return evx_para_follows(sc->next_para - 1, v, 1);
}

/* The number due next: the next recommendation's in the closing list,
 * the next paragraph's elsewhere. */
static inline int evx_lay_next_number(const scan *sc)
{
    return sc->part == P_RECS ? sc->next_rec : sc->next_para;
}

/* layout_heads.c: does the number v at word i resume the paragraph (or
 * recommendation) sequence after numbers were lost (paranum.h,
 * evx_para_run): v + 1 and v + 2 open lines after it before the number
 * due does? */
int evx_lay_resumes_run(const scan *sc, size_t i, int v);

/* layout_raised.c: is line ln a footnote marker alone (its tn digits at
 * byte i) that -layout sets under the line it ends, when its superscript
 * ends a full line ("… on sea walls." / "        1" / "           Local
 * authorities …"): left of the paragraph's next line, after a long line
 * that ends a sentence (the words read last)?  Only a number one to three
 * on from sc->raised, the last marker met. */
int evx_lay_marker_under(const scan *sc, size_t ln, size_t i, size_t tn);

/* layout_raised.c: is line ln a footnote marker alone (its tn digits at
 * byte i), printed raised over line ln + 1 as Ghostscript's txtwrite
 * sets a superscript ("          20" / "programme began.   When")?
 * Returns the byte offset in line ln + 1 after which it stands (the gap
 * of two blanks or more nearest its column, or the line's end), else 0.
 * Only a number one to three on from sc->raised, the last marker met. */
size_t evx_lay_raised_marker(const scan *sc, size_t ln, size_t i, size_t tn);

/* layout_raised.c: notes in sc->raised the markers glued to words
 * [from, sc->n) that go on from it ("began.20"), one to three on (the
 * page layer reads them before each number alone on its line). */
void evx_lay_markers_met(scan *sc, size_t from);

/* layout_trail.c: the body of note number `empty` (a number alone in a
 * run of notes, the next number right after it), printed apart as the
 * block at k that ends the page (one or two lines, opening as a body
 * does): moved after its number, before the rest of the run.  Returns
 * the word after the block (where the run now ends), else 0 (nothing
 * moved). */
size_t evx_lay_body_apart(scan *sc, size_t empty, size_t k);

/* layout_trail.c: after the run of notes [i, end) read outside the
 * report's text (its endnotes after the lists), the body of its one
 * number alone (the next number right after it), printed apart as the
 * block alone between the page's header and the run (one or two lines,
 * opening as a body does: "Surfers Against Sewage (WRQ0031)" / "1 …" /
 * … / "9" / "10 …"): moved after its number.  The run keeps its words,
 * so end still ends it.  Sets sc->fail when memory runs out. */
void evx_lay_body_before(scan *sc, size_t i, size_t end);

/* layout_trail.c: is word i a footnote's number in a block of its own,
 * its body the next block, the next note's number opening the line after
 * ("9" / "The Department …" / "10 Q28 …", pdfminer's boxes)?  v is the
 * body due and cited.  Then the body joins its number's block, so that
 * the run reads from i (evx_lay_run_starts), and 1 is returned; else 0. */
int evx_lay_number_over_body(scan *sc, size_t i);

/* layout.c: line `line` of the source is page furniture (running header,
 * contents, cover); sets sc->fail when memory runs out. */
void evx_lay_furniture(scan *sc, long line);

/* layout.c: replaces words [a, b) of the list by the m words `with`
 * (which may point into the list's own words before it changes: they are
 * copied first); returns 0, or -1 with sc->fail set when memory runs
 * out. */
int evx_lay_replace(scan *sc, size_t a, size_t b, const evx_word *with,
                    size_t m);

/* layout.c: is word k a number alone in its block ("7", a page's number
 * printed apart from its header; a footnote's number alone has its body
 * on the next line)? */
int evx_lay_lone_number(const scan *sc, size_t k);

/* layout_contents.c: is word k a page's number in roman numerals alone
 * on its line ("ii", as pdftotext prints a contents page's own number
 * between its column of titles and its column of pages, "iii" under the
 * summary's page)? */
int evx_lay_lone_roman(const scan *sc, size_t k);

/* layout_contents.c: finds "Contents" near the start and reads its entries;
 * returns the first word after the contents (0 if there are none). */
size_t evx_lay_read_contents(scan *sc);

/* layout_heads.c: the words of a chapter's label at b ("Chapter 2:",
 * "PART II:", chapter.h's forms on one line): 2, or 0. */
size_t evx_lay_chapter_label(const scan *sc, size_t b);

/* layout_heads.c: the longest contents heading matching the words at i:
 * its length in words, else 0. */
size_t evx_lay_entry_match(const scan *sc, size_t i);

/* layout_heads.c: does the heading of m words at i stand on its own (its
 * block ends there, or a numbered paragraph or another heading follows)?
 * depth: how many headings before it were followed so (call with 0). */
int evx_lay_heading_stands(const scan *sc, size_t i, size_t m, int depth);

/* layout_heads.c: does a standard part (formal minutes, witnesses…)
 * that the contents list and the scan has not met yet open at i, not
 * going on in lower case ("Formal minutes Tuesday 9 January 2024", not
 * "Formal minutes of the Committee")?  Wherever it falls, it ends the
 * text before it. */
int evx_lay_part_opens(const scan *sc, size_t i);

/* layout_heads.c: a contents heading run into the text around it, after
 * a sentence ("... long-term conditions. 1 Integrating care for patients
 * 1. The term ...")? */
int evx_lay_heading_in_flow(const scan *sc, size_t i);

/* layout_heads.c: at a block start (or in flow, if in_flow), a heading
 * glued to the text after it is split off and its part entered.  Returns
 * the words it took (0 if none). */
size_t evx_lay_take_heading(scan *sc, size_t i, int in_flow);

/* layout_paras.c: at word i, a paragraph's number alone in its block
 * that a PDF tool printed after its paragraph's text, as each on its page
 * (the text of 11 / "11." / the text of 12 / "12."): each is moved over
 * its text.  Nothing moves unless a block of text stands before each
 * number and the last (of the page, or before a heading) has none after
 * it, as a number printed with its paragraph's first line never has.
 * Returns the word the first number now is (i if nothing moved), to read
 * again from.  Sets sc->fail when memory runs out. */
size_t evx_lay_para_trailing(scan *sc, size_t i);

/* layout_paras.c: at word i, a paragraph's number alone in its block,
 * the first of a column of numbers in sequence that a PDF tool printed
 * before the paragraphs they number ("2." / "3." / the text of 2 / the
 * text of 3): each number after the first is moved over the next block
 * of text on the page, past its header and a column of note numbers.
 * Returns 1 if it moved them (nothing moves unless there is a block of
 * text for each number before a page break, another paragraph's number
 * or a listed heading).  Sets sc->fail when memory runs out. */
int evx_lay_para_column(scan *sc, size_t i);

/* layout_paras.c: at word i, the first of such a column printed after the
 * paragraphs it numbers, with no block of text after it before the
 * page's notes, its end or the next paragraph's number ("… began." /
 * "11." / "12." / "13." / "12 National Audit Office …"): each number is
 * moved over its block, the column's last over the last block before it.
 * Nothing moves unless the page holds a block of text for each number
 * before the column, back to a paragraph's number or to the page's start
 * (where the rest of the paragraph the page broke may come first).
 * Returns the word the column's first number now is (i if nothing
 * moved): the scan reads on from there.  Sets sc->fail when memory runs
 * out. */
size_t evx_lay_para_column_after(scan *sc, size_t i);

/* layout_trail.c: at word i, a footnote's number alone on its line,
 * the next body's, after the lines of its body ("Rail Delivery Group
 * (RTR0035)" / "2"), and the next number likewise after the next body:
 * the numbers are put back before their bodies, each on its body's first
 * line.  Returns where the run now starts (to be read again), or i if
 * nothing moved.  Sets sc->fail when memory runs out. */
size_t evx_lay_trailing_numbers(scan *sc, size_t i);

/* layout_notes.c: does the text before word i, past the page's
 * furniture, stop mid-sentence (a paragraph a page break or the page's
 * notes interrupted)? */
int evx_lay_stops_mid_sentence(const scan *sc, size_t i);

/* layout_notes.c: the words of the line word i opens. */
size_t evx_lay_line_words(const scan *sc, size_t i);

/* layout_heads.c: does the number by chapter at word i open a section's
 * heading ("2.1 Funding") in a report numbered in one sequence: a few
 * words on its line, no sentence's end, and the next line opening with
 * the plain paragraph number due?  Such a report prints both, and its
 * own sequence says which is the paragraph. */
int evx_lay_numbered_section(const scan *sc, size_t i);

/* layout_heads.c: on the line word i opens, the paragraph number due
 * glued to the end of a heading ("The view of users1. We were …", as
 * pypdf joins them): split off as a block of its own, its heading before
 * it.  1 if it did. */
int evx_lay_glued_para(scan *sc, size_t i);

/* layout_notes.c: does the line after the one word i opens start with
 * paragraph v.1, so that "v Title" heads chapter v ("2 Eviction" / "2.1
 * Article 8 …")? */
int evx_lay_heads_chapter(const scan *sc, size_t i, int v);

/* layout_notes.c: does a footnote run start at word i? */
int evx_lay_run_starts(const scan *sc, size_t i);

/* layout_notes.c: at word i, a footnote body whose number a PDF tool
 * glued to its first word as a superscript ("1Q3 [Professor Alan Reed]",
 * "3Public Accounts Committee, …"): the next body, cited above, in a run
 * of such lines in sequence (or the one after the last run: a page with
 * one note), and its number met no more on the page ("1Review current
 * routes;" over "1 Q6" is a list).  Splits the number off each body of
 * the run, so that a run starts at i; returns 1 if it did.  Sets
 * sc->fail when memory runs out. */
int evx_lay_glued_run(scan *sc, size_t i);

/* layout_notes.c: the footnotes of a page whose numbers a PDF tool in
 * reading order prints as a column before their bodies ("1" … "14" /
 * "University of Leeds (RBS0007)" … "Q155"): when the number at i is the
 * next body's, alone on its line, and opens such a column, puts each
 * number before its body, so that a run starts at i; returns 1 if it
 * did (nothing moves otherwise).  Sets sc->fail when memory runs out. */
int evx_lay_note_columns(scan *sc, size_t i);

/* layout_lists.c: reads word i of the witness list (a session's date
 * opens a block, a panel ends at its question range, a dot leader before
 * the range goes); returns how many words it passed (0 when it changed
 * the list at i: read it again). */
size_t evx_lay_witness_word(scan *sc, size_t i);

/* layout_lists.c: reads word i of the written-evidence list: the entry
 * numbered next runs to its code ("(RBS0007)") or an older report's page
 * ("Ev 45"), on one line. */
void evx_lay_evidence_word(scan *sc, size_t i);

/* layout_lists.c: does word i open the written-evidence entry numbered
 * next, its number alone ("7") or, at a line's start, glued to the
 * entry's first word as a PDF tool prints a number set on a tab ("7Feedback
 * Global (WRQ0017)")?  The number's length in bytes, else 0. */
size_t evx_lay_evidence_number(const scan *sc, size_t i);

/* layout_notes.c: reads the footnote run starting at i, one body per
 * line; returns the first word after it (the text the footnotes
 * interrupted). */
size_t evx_lay_take_run(scan *sc, size_t i);

/* layout_notes.c: is the number at line start i a wrap, not a footnote
 * body ("an investigation by" / "38 Degrees, a campaign group")? */
int evx_lay_wrapped_number(const scan *sc, size_t i);

/* layout_apart.c: does the line at word e go on the line before it
 * (whose last word is `before`) rather than open a footnote body: it
 * opens in lower case or with a bracket ("(RBS0012)"), or the line
 * before ends with a comma, semicolon or hyphen? */
int evx_lay_wraps_on(const scan *sc, size_t e, size_t before);

/* layout_apart.c: the widest source line of those words [a, e) start. */
size_t evx_lay_widest_line(const scan *sc, size_t a, size_t e);

/* layout_apart.c: does the line at word k go on the line whose last word
 * is `before`, as a wrapped line does: that line reaches near the right
 * edge (four fifths of `widest`) and k would not have fitted on it? */
int evx_lay_runs_on(const scan *sc, size_t k, size_t before, size_t widest);

/* layout_apart.c: of the lines of footnote bodies at line[1..nl) that may
 * open a body (open[]; line[0] always does), drops those that most
 * likely go on the line before, until want lines open bodies: first a
 * line opening with a digit ("10 October 2023"), then, of those after a
 * line that reaches near the block's right edge, the one whose first
 * word would have fitted least on the line before.  1 if want are left,
 * else 0. */
int evx_lay_fewer_openings(const scan *sc, const size_t *line, size_t nl,
                           unsigned char *open, size_t want);

/* layout_apart.c: at word i, the number opening the first body of a
 * footnote run, the numbers of later notes alone on lines of their own
 * among the run's lines to its page's end ("4 Oral evidence …" /
 * "evidence submitted …" / "Letter from …" / "5" / "6", pdfminer's text
 * boxes): when each note from i's to the highest is met once, its
 * number opening a line or alone, and the lines between two numbered
 * ones hold as many bodies as notes numbered alone (where the lines were
 * wrapped says which: evx_lay_fewer_openings), each number goes before
 * its body and the lines between run on as bodies' lines.  1 if it
 * moved them; sets sc->fail when memory runs out. */
int evx_lay_place_apart(scan *sc, size_t i);

#endif /* EVX_LAYOUT_SCAN_H */
