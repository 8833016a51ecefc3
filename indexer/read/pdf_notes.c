/*
 * pdf_notes.c - footnote bodies at page feet, for the pdf-text reader's
 * page layer; see pdf_notes.h.
 */
#include "pdf_notes.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "chapter.h"
#include "paranum.h"
#include "pdf_contents.h"
#include "pdf_parts.h"
#include "pdf_unit.h"
#include "tablerow.h"

void pdf_note_end(pdf_parser *p)
{
    if (!p->in_fn)
        return;
    p->in_fn = 0;
    evx_unit *u = NULL;
    if (evx_unit_new(&u, EVX_UNIT_FOOTNOTE)) {
        pdf_oom(p);
        return;
    }
    u->id = pdf_make_id(p, "/fn%d", NULL, p->fn_num);
    pdf_set_common(p, u);
    u->number = p->fn_num;
    u->page = p->fn_page;
    u->text = pdf_trimmed_dup(evx_buf_str(&p->fnacc.text), p->fnacc.text.len);
    long end = p->fnacc.n_lines ? p->fnacc.lines[p->fnacc.n_lines - 1].line
                                : p->fn_line;
    pdf_add_source(p, u, p->fn_line, p->fn_col, end);
    if (!u->id || !u->text || p->st) {
        pdf_oom(p);
        evx_unit_free(u);
        return;
    }
    pdf_push_unit(p, u);
    pdf_acc_clear(&p->fnacc);
}

static int fn_possible(const pdf_parser *p)
{
    return p->mode == PDF_SUMMARY || p->mode == PDF_BODY || p->mode == PDF_BOX ||
           p->mode == PDF_GLOSSARY || p->mode == PDF_ANNEX;
}

/* Does s[0..len) hold a letter?  A footnote's body always does; a row
 * of a table of figures ("1 2018 10") does not. */
static int holds_letter(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (evx_ascii_alpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            return 1;
    return 0;
}

/* Does the line after the one being read open with a letter ("9 5" /
 * "Gyres Institute (EIM0017)": a body wrapped after its first figure)? */
static int letter_next(const pdf_parser *p)
{
    size_t l2;
    const char *s2 = pdf_get_line(p, p->line + 1, &l2, NULL, NULL);
    return l2 && (evx_ascii_alpha((unsigned char)s2[0]) || (unsigned char)s2[0] >= 0x80);
}

/* Is "N text" the start of a footnote body? */
static int fn_start(const pdf_parser *p, const char *s, size_t len, int *num,
                    size_t *off)
{
    int v = pdf_number_space(s, len, off);
    if (!v || v <= p->fn.last_body ||
        (!holds_letter(s + *off, len - *off) && !letter_next(p)) ||
        evx_table_row(s + *off, len - *off))
        return 0;
    if (v <= p->fn.max_marker ||
        (p->in_fn && v <= p->fn.last_body + 3)) {
        *num = v;
        return 1;
    }
    return 0;
}

/* Does s open the next chapter: "Chapter 2: …", or a heading the
 * contents list ("2 The state of coverage")? */
static int next_chapter(const pdf_parser *p, const char *s, size_t len)
{
    long num = 0;
    size_t off;
    size_t t = evx_chapter_word(s, len, &num);

    if (t && t < len)
        return num == p->chapter + 1;
    return pdf_number_space(s, len, &off) == p->chapter + 1 &&
           pdf_contents_find(p, s, len) >= 0;
}

/* Does "v Title", line ln (s[0..len)), head chapter v, not footnote v:
 * the line after it opens paragraph v.1 ("2 Eviction" / "2.1 Article 8
 * …"), or the contents list it as the next chapter and the line after it
 * opens the next paragraph ("2 Access to care" / "3. Dr …", mid-page)? */
static int heads_chapter(const pdf_parser *p, size_t ln, const char *s,
                         size_t len, int v)
{
    size_t l2 = 0, off, k = ln + 1;
    const char *s2 = NULL;
    int listed = next_chapter(p, s, len);
    /* past blank lines, and past a section heading the contents list and
     * the page's running header (a PDF tool that prints a page's boxes
     * out of order sets it between them) */
    for (; k <= ln + 6 && k <= evx_text_lines(p->t); k++) {
        s2 = pdf_get_line(p, k, &l2, NULL, NULL);
        if (l2 && !(listed && !evx_ascii_digit((unsigned char)s2[0]) &&
                    (pdf_contents_find(p, s2, l2) >= 0 ||
                     pdf_header_page(p, s2, l2) >= 0)))
            break;
        l2 = 0;
    }
    int next = l2 ? pdf_numbered(s2, l2, &off) : 0;
    return next && (next == evx_para_of_chapter(v, 1) ||
                    /* "2 Access to care", listed, over paragraph 3 */
                    (listed &&
                     evx_para_follows(p->last_para, next, 1)));
}

/* Does line s close a bracket the footnote body being read left open
 * ("[Simon" … "Stevens]"), before any other opens? */
static int closes_bracket(const pdf_parser *p, const char *s, size_t len)
{
    const char *t = evx_buf_str(&p->fnacc.text);
    int open = 0;
    for (size_t i = 0; i < p->fnacc.text.len; i++)
        open += t[i] == '[' ? 1 : t[i] == ']' && open ? -1 : 0;
    if (open <= 0)
        return 0;
    for (size_t i = 0; i < len && i < 60; i++) {
        if (s[i] == '[')
            return 0;
        if (s[i] == ']')
            return 1;
    }
    return 0;
}

/* After a footnote body, does the line at ln (starting with `lead`
 * spaces) continue it? */
static int fn_continues(const pdf_parser *p, size_t ln, size_t lead,
                        const char *s, size_t len)
{
    size_t off;
    /* "… Q118 [Simon" / (blank lines) / "Stevens]": the bracket goes on */
    if (p->fn_blank && closes_bracket(p, s, len))
        return 1;
    if (p->fn_blank >= 2)
        return 0;
    int v = pdf_numbered(s, len, &off);
    if (evx_para_follows(p->last_para, v, 1))
        return 0;
    if (p->fn_blank && (pdf_part_heading(p, ln) || next_chapter(p, s, len) ||
                        evx_ascii_page_number(s, len)))
        return 0; /* a copy without page furniture: the next part's or
                     chapter's head, or the page's number alone */
    if (lead == 0)
        return 1;
    /* A line starting with a space is normally the next page; it still
     * continues the body if a pending footnote's body follows shortly. */
    if (p->fn.max_marker <= p->fn.last_body)
        return 0;
    for (size_t k = ln + 1; k <= ln + 25; k++) {
        size_t l2;
        const char *s2 = pdf_get_line(p, k, &l2, NULL, NULL);
        if (k > evx_text_lines(p->t) || pdf_is_url(s2, l2) ||
            pdf_numbered(s2, l2, &off))
            return 0;
        int w = pdf_number_space(s2, l2, &off);
        if (w > p->fn.last_body && w <= p->fn.max_marker)
            return 1;
    }
    return 0;
}

static void start_fn(pdf_parser *p, size_t ln, const char *s, size_t len,
                     long col, int num, size_t off)
{
    pdf_note_end(p);
    p->in_fn = 1;
    p->fn_num = num;
    p->fn_page = p->page;
    p->fn.last_body = num;
    p->fn_line = (long)ln;
    p->fn_col = col;
    p->fn_blank = 0;
    pdf_acc_clear(&p->fnacc);
    pdf_acc_add(&p->fnacc, s + off, len - off, (long)ln, col + (long)off,
                p->words, NULL);
}

/* The footnote unit of the last body read, if pushed; else NULL. */
static evx_unit *last_note(const pdf_parser *p)
{
    for (size_t i = p->out->len; i-- > 0;) {
        evx_unit *u = p->out->items[i];
        if (u->type == EVX_UNIT_FOOTNOTE)
            return u->number == p->fn.last_body && u->text ? u : NULL;
    }
    return NULL;
}

/* Does footnote text t stop mid-sentence ("… implemented in the United
 * Kingdom by")? */
static int note_broken_off(const char *t)
{
    size_t n = evx_ascii_rtrim(t, strlen(t));
    if (n == 0)
        return 0;
    unsigned char c = (unsigned char)t[n - 1];
    return evx_ascii_alnum(c) || c == ',';
}

/* The first content line from ln on, past blank lines; *len and *lead
 * get its length and indent (0 past the text's end). */
static size_t next_content(const pdf_parser *p, size_t ln, const char **s,
                           size_t *len, size_t *lead)
{
    for (; ln <= evx_text_lines(p->t); ln++) {
        *s = pdf_get_line(p, ln, len, lead, NULL);
        if (*len)
            return ln;
    }
    *len = *lead = 0;
    return ln;
}

/* Lines the page's own text may still run on from ln before its foot. */
#define PAGE_FOOT_LINES 12

/* Does the page end after the block at ln (its lines, then blank lines,
 * then the page's end), and the text on the next page go on in lower case
 * ("… oversight of the" / notes / header / "beryolkipory scheme had …"):
 * the page's own text, broken off mid-sentence, resumes there, so the
 * block at its foot is not its rest? */
static int text_resumes_past_page(const pdf_parser *p, size_t ln)
{
    const char *s;
    size_t len, lead, off;
    for (size_t k = ln + 1; k <= ln + PAGE_FOOT_LINES; k++) {
        k = next_content(p, k, &s, &len, &lead);
        if (len == 0 || pdf_numbered(s, len, &off))
            return 0;
        if (pdf_page_ends(p, k, s, len, lead)) {
            while (len && pdf_page_ends(p, k, s, len, lead) && lead == 0)
                k = next_content(p, k + 1, &s, &len, &lead);
            return len && evx_ascii_lower((unsigned char)s[0]);
        }
    }
    return 0;
}

/* Lines of a block at the foot of a page that goes on the footnote the
 * page before broke off: from ln, in lower case, up to the pending next
 * body ("the Financial Services … 2005." / "2 Q 301"), with no blank line
 * before it but after a year (`year`: the block opens with the year of
 * the date the note broke off).  Where the page's own text broke off
 * mid-sentence too, the block is the note's only at the head of the
 * page's notes, under text
 * of the page's own, the text's rest on the next page
 * (text_resumes_past_page); the page's end may then close the block in
 * place of a body.  Returns how many, else 0. */
#define TAIL_MAX_LINES 8

static size_t note_tail(const pdf_parser *p, size_t ln, const char *s,
                        size_t len, const evx_unit *last, int year)
{
    size_t off;
    if (!last || pdf_is_list_item(s, len) ||
        (last->page > 0 && (p->page <= last->page || p->page > last->page + 1)) ||
        !note_broken_off(last->text))
        return 0;
    int mid = p->open.cur && !pdf_ends_sentence(&p->open.acc);
    if (mid && (p->header_since || !text_resumes_past_page(p, ln)))
        return 0;
    for (size_t k = ln + 1; k <= ln + TAIL_MAX_LINES; k++) {
        size_t l2, lead2;
        const char *s2 = pdf_get_line(p, k, &l2, &lead2, NULL);
        if (k > evx_text_lines(p->t))
            return 0;
        if (l2 == 0) { /* the block ends: at the page's end, or, for a
                          year a note's date broke off (`year`), over the
                          next body, as a tool that sets each note apart
                          prints it ("… HC 837, 11 March" / "2024, paras
                          20–25" / "33" / "Public …") */
            size_t end = next_content(p, k, &s2, &l2, &lead2);
            if (mid || !year)
                return mid && l2 && pdf_page_ends(p, end, s2, l2, lead2) ? k - ln : 0;
            return l2 && pdf_number_space(s2, l2, &off) == p->fn.last_body + 1
                       ? k - ln
                       : 0;
        }
        if (pdf_page_ends(p, k, s2, l2, lead2))
            return mid ? k - ln : 0;
        /* the next body, by its number: its marker may be yet to come */
        if (pdf_number_space(s2, l2, &off) == p->fn.last_body + 1)
            return k - ln;
    }
    return 0;
}

/* Appends lines ln .. ln+n-1 to footnote unit u's text, and their range
 * to its sources: the page's own text between its two parts is not the
 * note's. */
static void note_append(pdf_parser *p, evx_unit *u, size_t ln, size_t n)
{
    pdf_acc a = {0};
    pdf_acc_add(&a, u->text, strlen(u->text), 0, 1, p->words, NULL);
    for (size_t k = ln; k < ln + n; k++) {
        size_t l2, lead2;
        const char *s2 = pdf_get_line(p, k, &l2, &lead2, NULL);
        pdf_acc_add(&a, s2, l2, (long)k, (long)lead2 + 1, p->words, NULL);
    }
    char *t = pdf_trimmed_dup(evx_buf_str(&a.text), a.text.len);
    if (!t || a.oom || evx_buf_status(&a.text)) {
        free(t);
        pdf_oom(p);
    } else {
        free(u->text);
        u->text = t;
        size_t l2, lead2;
        pdf_get_line(p, ln, &l2, &lead2, NULL);
        pdf_add_source(p, u, (long)ln, (long)lead2 + 1, (long)(ln + n - 1));
    }
    pdf_acc_free(&a);
}

/* Does s open with a year that the line before broke off from its day
 * and month ("2024, paras 20–25" after "… HC 837, 11 March")? */
static int opens_with_year(const char *s, size_t len)
{
    size_t i = 0;
    int v;
    return len >= 5 && evx_ascii_digits_at(s, len, &i, 5, &v) == 4 &&
           (s[4] == ',' || s[4] == ' ' || s[4] == ')');
}

/* Does the note's text t end with a month, which a year goes on? */
static int ends_with_month(const char *t)
{
    static const char *const months[] = {
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    size_t n = evx_ascii_rtrim(t, strlen(t)), w = n;
    while (w > 0 && t[w - 1] != ' ')
        w--;
    for (size_t i = 0; i < sizeof months / sizeof *months; i++)
        if (n - w == strlen(months[i]) && !strncmp(t + w, months[i], n - w))
            return 1;
    return 0;
}

size_t pdf_notes_tail(pdf_parser *p, size_t ln, const char *s, size_t len)
{
    /* the cheap tests first: a unit list is searched only for a block
     * in lower case, or opening with a year */
    int year = len && opens_with_year(s, len);
    if (!fn_possible(p) || p->in_fn || len == 0 ||
        !(evx_ascii_lower((unsigned char)s[0]) || year))
        return 0;
    /* a block; or, from a tool that prints no blank lines, a year that
     * opens a line under text that ended its sentence ("… environmental
     * permits." / "2024, paras 20–25" / "33 Public …") */
    if (!(p->blank_run || p->broke || p->header_since) &&
        !(year && p->open.cur && pdf_ends_sentence(&p->open.acc)))
        return 0;
    evx_unit *last = last_note(p);
    if (year && (!last || !ends_with_month(last->text)))
        return 0;
    size_t n = note_tail(p, ln, s, len, last, year);
    if (!n)
        return 0;
    note_append(p, last, ln, n);
    p->blank_run = 0;
    p->broke = 1;
    p->page_pending = 1;
    /* the next body right under the rest is one, whether or not its
     * marker has been read (a page's notes follow on) */
    size_t l2, lead2, off;
    const char *s2 = pdf_get_line(p, ln + n, &l2, &lead2, NULL);
    int v = pdf_number_space(s2, l2, &off);
    if (v && v == p->fn.last_body + 1 && holds_letter(s2 + off, l2 - off) &&
        !evx_table_row(s2 + off, l2 - off)) {
        start_fn(p, ln + n, s2, l2, (long)lead2 + 1, v, off);
        n++;
    }
    return n;
}

/* Lines a note of a list of notes may run over before the next. */
#define LIST_NOTE_LINES 6

/* Do the lines from ln number themselves v, v + 1, … up to the highest
 * footnote marker the text has cited, v the first body not read yet, each
 * number opening a line and only a body's own lines between (a blank
 * line at most, no number going back)?  Then they are the report's
 * footnotes collected in one list, wherever it stands, as a word
 * processor saves its endnotes as text ("1 Q 3" / "2 Q 4" after the
 * witnesses or the written evidence, whose own "1 Shire Buses (RBS0011)"
 * list stops short of the markers or restarts). */
static int notes_list(const pdf_parser *p, size_t ln, int v)
{
    int want = v;
    size_t off, since = 0, blanks = 0;
    if (v != p->fn.last_body + 1 || v > p->fn.max_marker)
        return 0;
    for (size_t k = ln; k <= evx_text_lines(p->t); k++) {
        size_t l2;
        const char *s2 = pdf_get_line(p, k, &l2, NULL, NULL);
        if (l2 == 0) {
            if (++blanks > 1)
                return 0;
            continue;
        }
        blanks = 0;
        int w = pdf_number_space(s2, l2, &off);
        if (w == want) {
            if (++want > p->fn.max_marker)
                return 1;
            since = 0;
        } else if ((w && w < want) || ++since > LIST_NOTE_LINES) {
            return 0;
        }
    }
    return 0;
}

/* In a part without footnotes of its own (a list of witnesses or
 * evidence, the formal minutes): takes line ln when it starts or
 * continues a body of the report's list of notes (notes_list), as
 * pdf_notes_line does. */
static int listed_note_line(pdf_parser *p, size_t ln, const char *s,
                            size_t len, size_t lead)
{
    int num;
    size_t off;
    if (p->mode != PDF_CONTENTS && fn_start(p, s, len, &num, &off) &&
        (p->in_fn ? num == p->fn.last_body + 1 : notes_list(p, ln, num))) {
        start_fn(p, ln, s, len, (long)lead + 1, num, off);
        p->blank_run = 0;
        return 1;
    }
    /* a body's next line, with no blank line between */
    if (p->in_fn && p->fn_blank == 0 && lead == 0 &&
        !pdf_number_space(s, len, &off)) {
        pdf_acc_add(&p->fnacc, s, len, (long)ln, 1, p->words, NULL);
        return 1;
    }
    pdf_note_end(p);
    return 0;
}

int pdf_notes_line(pdf_parser *p, size_t ln, const char *s, size_t len,
                   size_t lead)
{
    int num;
    size_t off;
    if (!fn_possible(p))
        return listed_note_line(p, ln, s, len, lead);
    if (fn_start(p, s, len, &num, &off) && !heads_chapter(p, ln, s, len, num)) {
        start_fn(p, ln, s, len, (long)lead + 1, num, off);
        p->broke = 1;
        p->page_pending = 1;
        p->blank_run = 0;
        return 1;
    }
    if (!p->in_fn)
        return 0;
    if (fn_continues(p, ln, lead, s, len)) {
        pdf_acc_add(&p->fnacc, s, len, (long)ln, (long)lead + 1, p->words,
                    NULL);
        p->fn_blank = 0;
        p->blank_run = 0;
        return 1;
    }
    pdf_note_end(p);
    return 0;
}
