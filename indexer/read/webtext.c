/*
 * webtext.c - reader for the web edition saved as text (see webtext.h).
 *
 * Two passes over the lines.  The first finds the footnote list (runs of
 * lines "N text" with consecutive numbers), because the numbers that exist
 * are what tells a glued footnote marker ("messages.226") from a number
 * that belongs to the text ("2018").  The second pass classifies each line
 * (numbered paragraph, chapter heading, section heading, block quotation,
 * continuation, footnote) and builds the units.  A paragraph is kept open
 * until the next paragraph, heading or footnote, since its block
 * quotations and continuation lines follow it as separate lines.
 */
#include "webtext.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "fnlink.h"
#include "grow.h"
#include "quotes.h"

#define RENDERING "html-text"
#define MARKER_AHEAD 5     /* a marker may skip this many footnote numbers */
#define HEADING_MAX_WORDS 15
#define CHAPTER_MAX_WORDS 20

#define RDQ "\xE2\x80\x9D" /* right double quotation mark */
#define RSQ "\xE2\x80\x99" /* right single quotation mark */

typedef struct marker {
    size_t off;    /* where the marker stood in the cleaned text */
    size_t rawlen; /* bytes it took in the line */
    int number;
} marker;

typedef struct markers {
    marker *v;
    size_t n, cap;
} markers;

/* A line's share of a paragraph's text, to map text offsets to columns. */
typedef struct seg {
    size_t off; /* start in the cleaned paragraph text */
    long line;
    long col; /* column of that first byte in the line */
    size_t mk; /* index of the segment's first marker */
} seg;

typedef struct block {
    size_t pos; /* paragraph text length when the quotation came */
    evx_buf text;
    markers mk;
    long line, col, end_line;
    char *lead_in;
} block;

typedef enum last_kind { LAST_TEXT, LAST_LIST, LAST_QUOTE } last_kind;

typedef struct para {
    int open;
    int number;
    long line, col, end_line;
    evx_buf text;
    markers mk;
    seg *sg;
    size_t n_sg, cap_sg;
    block *bq;
    size_t n_bq, cap_bq;
    last_kind last;
    int quote_marked; /* the last block quotation ended with a marker */
} para;

typedef struct parser {
    const evx_text *text;
    const char *file;
    const char *report;
    evx_diag *diag;
    evx_units *out;
    evx_buf key;
    int *fns; /* footnote numbers listed, sorted */
    size_t n_fns;
    unsigned char *fnline; /* per line number: 1 if a footnote line */
    int last_marker;
    int chapter;
    char *chapter_title;
    char *section;
    int last_para;
    int seen; /* any content placed yet */
    para p;
    evx_status st; /* sticky: first failure */
} parser;

/* ---- small byte helpers (ASCII only, locale-free) ---- */


static int at(const char *s, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= n && memcmp(s + i, lit, k) == 0;
}

/* Strips blanks (and no-break spaces) from both ends; *lead gets how many
 * bytes went from the front. */
static void trim(const char **s, size_t *n, size_t *lead)
{
    size_t b = 0, e = *n;

    for (;;) {
        if (b < e && evx_ascii_space((*s)[b]))
            b++;
        else if (at(*s, e, b, "\xC2\xA0"))
            b += 2;
        else
            break;
    }
    for (;;) {
        if (e > b && evx_ascii_space((*s)[e - 1]))
            e--;
        else if (e >= b + 2 && at(*s, e, e - 2, "\xC2\xA0"))
            e -= 2;
        else
            break;
    }
    *s += b;
    *n = e - b;
    if (lead)
        *lead = b;
}

static size_t count_words(const char *s, size_t n)
{
    size_t i, w = 0;

    for (i = 0; i < n; i++)
        if (!evx_ascii_space(s[i]) && (i == 0 || evx_ascii_space(s[i - 1])))
            w++;
    return w;
}

/* Value of the digit run s[b..e), capped; -1 if too long. */
static long digits_value(const char *s, size_t b, size_t e)
{
    long v = 0;

    if (e - b > 9)
        return -1;
    for (; b < e; b++)
        v = v * 10 + (s[b] - '0');
    return v;
}

static int is_year(long v) { return v >= 1900 && v <= 2099; }

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int listed(const parser *ps, int n)
{
    return bsearch(&n, ps->fns, ps->n_fns, sizeof *ps->fns, int_cmp) != NULL;
}

static void fail(parser *ps, evx_status st)
{
    if (!ps->st)
        ps->st = st;
}

static void markers_push(parser *ps, markers *m, marker k)
{
    if (evx_grow((void **)&m->v, &m->cap, m->n + 1,
                 sizeof *m->v)) {
        fail(ps, EVX_NOMEM);
        return;
    }
    m->v[m->n++] = k;
}

/* ---- footnote markers ---- */

/* Whether what stands before the digit run at b glues it to the text the
 * way a superscript marker is glued: a word ("silos226"), closing
 * punctuation ("messages.226") or a closing quote ("journey.”236").  A
 * question or paper reference ("Q361", "HC719") is not a marker; nor is
 * the end of a decimal ("3.5"), except after a year ("2015.223") or when
 * the number is exactly the one expected. */
static int glued_before(const parser *ps, const char *s, size_t b, long num)
{
    char c = s[b - 1];
    size_t t;

    if (evx_ascii_alpha(c)) {
        for (t = b - 1; t > 0 && evx_ascii_alpha(s[t - 1]); t--)
            ;
        for (; t < b && evx_ascii_upper(s[t]); t++)
            ;
        return !(t == b && b - 1 - (t - 1) <= 2 &&
                 (b < 3 || !evx_ascii_alpha(s[b - 3])));
    }
    if (c == '.' || c == ',') {
        size_t d = b - 1;
        if (d == 0 || !evx_ascii_digit(s[d - 1]))
            return 1;
        for (t = d; t > 0 && evx_ascii_digit(s[t - 1]); t--)
            ;
        if (d - t == 4 && is_year(digits_value(s, t, d)) &&
            (t == 0 || !evx_ascii_digit(s[t - 1])))
            return 1;
        return ps->last_marker && num == ps->last_marker + 1 && num >= 10;
    }
    if (strchr(";:!?)]'\"", c))
        return 1;
    return b >= 3 && (at(s, b, b - 3, RDQ) || at(s, b, b - 3, RSQ));
}

/* Whether num fits the footnote sequence: just after the last marker (or
 * a little ahead: a marker may have been missed), or listed. */
static int in_sequence(const parser *ps, long num)
{
    long l = ps->last_marker;

    if (num <= 0)
        return 0;
    if (l)
        return num > l && (num <= l + MARKER_AHEAD || listed(ps, (int)num));
    if (ps->n_fns)
        return listed(ps, (int)num) ||
               (num < ps->fns[0] && num + MARKER_AHEAD >= ps->fns[0]);
    return num < 1000;
}

static int ends_marker(const char *s, size_t n, size_t e)
{
    return e == n || evx_ascii_space(s[e]) || strchr(",;:.)]", s[e]) != NULL;
}

/* Whether the digit run s[b..e) is (or ends in) a marker; if so *mb gets
 * where the marker starts and *num its number.  A year with a marker glued
 * straight on ("2018227") splits after the year. */
static int marker_span(const parser *ps, const char *s, size_t n, size_t b,
                       size_t e, size_t *mb, long *num)
{
    long v;

    if (!ends_marker(s, n, e))
        return 0;
    if (e - b >= 5 && e - b <= 8 && (b == 0 || !evx_ascii_digit(s[b - 1])) &&
        is_year(digits_value(s, b, b + 4)) && s[b + 4] != '0') {
        v = digits_value(s, b + 4, e);
        if (in_sequence(ps, v) && (b == 0 || evx_ascii_space(s[b - 1]))) {
            *mb = b + 4;
            *num = v;
            return 1;
        }
    }
    if (e - b > 5 || s[b] == '0' || b == 0)
        return 0;
    v = digits_value(s, b, e);
    if (!glued_before(ps, s, b, v) || !in_sequence(ps, v))
        return 0;
    *mb = b;
    *num = v;
    return 1;
}

/* Appends s[0..n) to out without its footnote markers, recording each in
 * mk (offsets into out) and advancing the footnote sequence. */
static void detach_markers(parser *ps, const char *s, size_t n, evx_buf *out,
                           markers *mk)
{
    size_t i = 0, copied = 0;

    while (i < n) {
        size_t b = i, mb;
        long num;
        if (!evx_ascii_digit(s[i])) {
            i++;
            continue;
        }
        while (i < n && evx_ascii_digit(s[i]))
            i++;
        if (!marker_span(ps, s, n, b, i, &mb, &num))
            continue;
        evx_buf_append(out, s + copied, mb - copied);
        markers_push(ps, mk, (marker){out->len, i - mb, (int)num});
        ps->last_marker = (int)num;
        copied = i;
    }
    evx_buf_append(out, s + copied, n - copied);
}

/* ---- pass 1: the footnote list ---- */

/* "226 Q361 [Ian Dalton]": number, blank, text.  *text_off gets where the
 * text starts. */
static int footnote_line(const char *s, size_t n, long *num, size_t *text_off)
{
    size_t i = 0;

    while (i < n && evx_ascii_digit(s[i]))
        i++;
    if (i == 0 || i > 4 || s[0] == '0' || i >= n || !evx_ascii_space(s[i]))
        return 0;
    *num = digits_value(s, 0, i);
    while (i < n && evx_ascii_space(s[i]))
        i++;
    if (i >= n)
        return 0;
    *text_off = i;
    return 1;
}

/* Whether num stands glued as a marker anywhere outside the footnote
 * candidates: a lone "N text" line is only a footnote if something cites
 * it. */
static int cited_somewhere(const parser *ps, long num)
{
    size_t l, nl = evx_text_lines(ps->text);
    parser probe = *ps;

    probe.last_marker = 0;
    probe.n_fns = 0;
    for (l = 1; l <= nl; l++) {
        size_t n, i = 0, off;
        long v;
        const char *s = evx_text_line(ps->text, l, &n);
        if (footnote_line(s, n, &v, &off))
            continue;
        while (i < n) {
            size_t b = i;
            if (!evx_ascii_digit(s[i])) {
                i++;
                continue;
            }
            while (i < n && evx_ascii_digit(s[i]))
                i++;
            if (b > 0 && ends_marker(s, n, i) && s[b] != '0' &&
                digits_value(s, b, i) == num && glued_before(&probe, s, b, num))
                return 1;
        }
    }
    return 0;
}

static void accept_run(parser *ps, const size_t *lines, const long *nums,
                       size_t len)
{
    size_t k;

    if (len == 0 || (len == 1 && !cited_somewhere(ps, nums[0])))
        return;
    for (k = 0; k < len; k++) {
        ps->fnline[lines[k]] = 1;
        ps->fns[ps->n_fns++] = (int)nums[k];
    }
}

/* Marks the footnote lines: runs of "N text" lines (blank lines between
 * allowed) numbered consecutively. */
static void find_footnotes(parser *ps)
{
    size_t nl = evx_text_lines(ps->text), l, len = 0;
    size_t *lines = malloc((nl + 1) * sizeof *lines);
    long *nums = malloc((nl + 1) * sizeof *nums);

    ps->fnline = calloc(nl + 2, 1);
    ps->fns = malloc((nl + 1) * sizeof *ps->fns);
    if (!lines || !nums || !ps->fnline || !ps->fns) {
        fail(ps, EVX_NOMEM);
        goto done;
    }
    for (l = 1; l <= nl; l++) {
        size_t n, off;
        long v;
        const char *s = evx_text_line(ps->text, l, &n);
        trim(&s, &n, NULL);
        if (n == 0)
            continue;
        if (!footnote_line(s, n, &v, &off)) {
            accept_run(ps, lines, nums, len);
            len = 0;
            continue;
        }
        if (len && v != nums[len - 1] + 1) {
            accept_run(ps, lines, nums, len);
            len = 0;
        }
        lines[len] = l;
        nums[len++] = v;
    }
    accept_run(ps, lines, nums, len);
    qsort(ps->fns, ps->n_fns, sizeof *ps->fns, int_cmp);
done:
    free(lines);
    free(nums);
}

/* ---- quotations ----
 *
 * Which inline spans are quotations, and their lead-ins, is decided by
 * quotes.h, the rule the pdf-text reader uses too, so that both readers
 * find the same quotations and give them the same ids. */

/* The offsets of the paragraph's markers, for quotes.h (NULL if none or
 * out of memory: then fail() has been called). */
static size_t *marker_offsets(parser *ps, const markers *m)
{
    size_t *v, k;

    if (!m->n)
        return NULL;
    v = malloc(m->n * sizeof *v);
    if (!v) {
        fail(ps, EVX_NOMEM);
        return NULL;
    }
    for (k = 0; k < m->n; k++)
        v[k] = m->v[k].off;
    return v;
}

/* ---- making units ---- */

static evx_unit *make_unit(parser *ps, evx_unit_type type, const char *id)
{
    evx_unit *u = NULL;

    if (ps->st || evx_unit_new(&u, type)) {
        fail(ps, EVX_NOMEM);
        return NULL;
    }
    if (evx_unit_set(&u->id, id, strlen(id)) ||
        evx_unit_set(&u->report, ps->report, strlen(ps->report))) {
        evx_unit_free(u);
        fail(ps, EVX_NOMEM);
        return NULL;
    }
    return u;
}

static void set_place(parser *ps, evx_unit *u, int para_no)
{
    u->para = para_no;
    u->chapter = ps->chapter;
    if ((ps->chapter_title &&
         evx_unit_set(&u->chapter_title, ps->chapter_title,
                      strlen(ps->chapter_title))) ||
        (ps->section &&
         evx_unit_set(&u->section, ps->section, strlen(ps->section))))
        fail(ps, EVX_NOMEM);
}

static void set_text(parser *ps, char **field, const char *s, size_t n)
{
    trim(&s, &n, NULL);
    if (evx_unit_set(field, s, n))
        fail(ps, EVX_NOMEM);
}

static void add_markers(parser *ps, evx_unit *u, const markers *m, size_t lo,
                        size_t hi)
{
    size_t k;

    for (k = 0; k < m->n; k++)
        if (m->v[k].off >= lo && m->v[k].off <= hi &&
            evx_unit_add_footnote(u, m->v[k].number))
            fail(ps, EVX_NOMEM);
}

static void push(parser *ps, evx_unit *u, long line, long col, long end)
{
    if (!u)
        return;
    if (evx_unit_add_source(u, ps->file, RENDERING, line, col, end)) {
        evx_unit_free(u);
        fail(ps, EVX_NOMEM);
        return;
    }
    if (evx_units_push(ps->out, u))
        fail(ps, EVX_NOMEM);
}

/* Line and column of offset off of the paragraph text. */
static void locate(const para *p, size_t off, long *line, long *col)
{
    size_t i = p->n_sg, k;
    long extra = 0;

    while (i > 1 && p->sg[i - 1].off > off)
        i--;
    if (i == 0) {
        *line = p->line;
        *col = p->col;
        return;
    }
    for (k = p->sg[i - 1].mk; k < p->mk.n && p->mk.v[k].off <= off; k++)
        extra += (long)p->mk.v[k].rawlen;
    *line = p->sg[i - 1].line;
    *col = p->sg[i - 1].col + (long)(off - p->sg[i - 1].off) + extra;
}

/* A new quotation unit, number k of the paragraph pid; NULL when out of
 * memory (already recorded). */
static evx_unit *new_quote(parser *ps, const char *pid, int k)
{
    evx_buf id = EVX_BUF_INIT;
    evx_unit *u;

    evx_buf_printf(&id, "%s/q%d", pid, k);
    u = evx_buf_status(&id) ? NULL
                            : make_unit(ps, EVX_UNIT_QUOTATION, evx_buf_str(&id));
    evx_buf_free(&id);
    if (!u) {
        fail(ps, EVX_NOMEM);
        return NULL;
    }
    u->number = k;
    return u;
}

static void emit_block(parser *ps, const char *pid, int k, const block *b)
{
    evx_unit *u = new_quote(ps, pid, k);

    if (!u)
        return;
    set_place(ps, u, ps->p.number);
    set_text(ps, &u->text, evx_buf_str(&b->text), b->text.len);
    if (b->lead_in)
        set_text(ps, &u->lead_in, b->lead_in, strlen(b->lead_in));
    if (evx_unit_set(&u->parent, pid, strlen(pid)))
        fail(ps, EVX_NOMEM);
    add_markers(ps, u, &b->mk, 0, b->text.len);
    push(ps, u, b->line, b->col, b->end_line);
}

static void emit_inline(parser *ps, const char *pid, int k,
                        const evx_qspan *q)
{
    const para *p = &ps->p;
    const char *s = evx_buf_str(&p->text);
    evx_unit *u = new_quote(ps, pid, k);
    long line, col, end_line, end_col;

    if (!u)
        return;
    u->is_inline = 1;
    set_place(ps, u, p->number);
    set_text(ps, &u->text, s + q->open + 3, q->close - q->open - 3);
    set_text(ps, &u->lead_in, s + q->lead, q->lead_end - q->lead);
    if (evx_unit_set(&u->parent, pid, strlen(pid)))
        fail(ps, EVX_NOMEM);
    add_markers(ps, u, &p->mk, q->open, q->sent_end);
    locate(p, q->open + 3, &line, &col);
    locate(p, q->close, &end_line, &end_col);
    push(ps, u, line, col, end_line);
}

static void para_reset(para *p)
{
    size_t i;

    for (i = 0; i < p->n_bq; i++) {
        evx_buf_free(&p->bq[i].text);
        free(p->bq[i].mk.v);
        free(p->bq[i].lead_in);
    }
    p->n_bq = 0;
    p->n_sg = 0;
    p->mk.n = 0;
    evx_buf_clear(&p->text);
    p->open = 0;
}

/* Emits the open paragraph, then its quotations in document order. */
static void flush(parser *ps)
{
    para *p = &ps->p;
    evx_buf pid = EVX_BUF_INIT;
    evx_unit *u;
    size_t b = 0, *marks;
    int k = 1, have;
    evx_qscan sc = {NULL, 0, NULL, 0, 0, 0};
    evx_qspan q;

    if (!p->open)
        return;
    evx_buf_append(&pid, evx_buf_str(&ps->key), ps->key.len);
    evx_buf_printf(&pid, "/p%d", p->number);
    u = evx_buf_status(&pid) ? NULL
                             : make_unit(ps, EVX_UNIT_PARAGRAPH, evx_buf_str(&pid));
    if (u) {
        u->number = p->number;
        set_place(ps, u, p->number);
        set_text(ps, &u->text, evx_buf_str(&p->text), p->text.len);
        add_markers(ps, u, &p->mk, 0, p->text.len);
        push(ps, u, p->line, p->col, p->end_line);
    } else {
        fail(ps, EVX_NOMEM);
    }
    marks = marker_offsets(ps, &p->mk);
    sc.s = evx_buf_str(&p->text);
    sc.len = p->text.len;
    sc.marks = marks;
    sc.n_marks = marks ? p->mk.n : 0;
    have = evx_quote_next(&sc, &q);
    while (!ps->st && (have || b < p->n_bq)) {
        if (b < p->n_bq && (!have || p->bq[b].pos <= q.open)) {
            emit_block(ps, evx_buf_str(&pid), k++, &p->bq[b++]);
        } else {
            emit_inline(ps, evx_buf_str(&pid), k++, &q);
            have = evx_quote_next(&sc, &q);
        }
    }
    free(marks);
    evx_buf_free(&pid);
    para_reset(p);
}

/* ---- pass 2: lines ---- */

static void add_seg(parser *ps, long line, long col)
{
    para *p = &ps->p;

    if (evx_grow((void **)&p->sg, &p->cap_sg, p->n_sg + 1,
                 sizeof *p->sg)) {
        fail(ps, EVX_NOMEM);
        return;
    }
    p->sg[p->n_sg++] = (seg){p->text.len, line, col, p->mk.n};
}

/* "234.The ..." (or "234. The"): *text_off gets where the text starts. */
static int para_line(const char *s, size_t n, long *num, size_t *text_off)
{
    size_t i = 0;

    while (i < n && evx_ascii_digit(s[i]))
        i++;
    if (i == 0 || i > 4 || s[0] == '0' || i + 1 >= n || s[i] != '.')
        return 0;
    *num = digits_value(s, 0, i);
    i++;
    while (i < n && evx_ascii_space(s[i]))
        i++;
    if (i >= n || evx_ascii_digit(s[i]))
        return 0;
    *text_off = i;
    return 1;
}

/* "9Oversight and regulation ...": number glued to a capitalised title. */
static int chapter_line(const char *s, size_t n, long *num, size_t *title_off)
{
    size_t i = 0;

    while (i < n && evx_ascii_digit(s[i]))
        i++;
    if (i == 0 || i > 2 || s[0] == '0' || i >= n || !evx_ascii_upper(s[i]) ||
        count_words(s, n) > CHAPTER_MAX_WORDS || s[n - 1] == '.' ||
        s[n - 1] == ':')
        return 0;
    *num = digits_value(s, 0, i);
    *title_off = i;
    return 1;
}

/* Whether the next non-blank line after l is a numbered paragraph. */
static int paragraph_follows(const parser *ps, size_t l)
{
    size_t nl = evx_text_lines(ps->text), n, off;
    long v;

    for (l++; l <= nl; l++) {
        const char *s = evx_text_line(ps->text, l, &n);
        trim(&s, &n, NULL);
        if (n)
            return para_line(s, n, &v, &off) || chapter_line(s, n, &v, &off);
    }
    return 0;
}

static int many_sentences(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i + 2 < n; i++)
        if (strchr(".?!", s[i]) && evx_ascii_space(s[i + 1]) && evx_ascii_upper(s[i + 2]))
            return 1;
    return 0;
}

/* A section heading: a short capitalised line of one phrase.  A heading
 * may end with '.' or '?' (reports have them), but then only when a
 * numbered paragraph follows, so a short closing sentence of a paragraph
 * stays text. */
static int heading_line(const parser *ps, const char *s, size_t n, size_t l)
{
    char last = s[n - 1];
    size_t w = count_words(s, n);

    if (!evx_ascii_upper(s[0]) || w > HEADING_MAX_WORDS || many_sentences(s, n) ||
        strchr(":;,", last) || evx_ascii_digit(last))
        return 0;
    if (strchr(".!?", last))
        return (last == '?' || w >= 5) && paragraph_follows(ps, l);
    return 1;
}

/* A list item of a paragraph (the web text drops the bullets): ends with
 * ';' or a joining "and"/"or". */
static int list_item(const char *s, size_t n)
{
    return s[n - 1] == ';' || (n > 4 && (at(s, n, n - 4, " and") ||
                                         at(s, n, n - 3, " or")));
}

static void start_para(parser *ps, size_t l, const char *s, size_t n,
                       long col, long num, size_t off)
{
    para *p = &ps->p;

    flush(ps);
    p->open = 1;
    p->number = (int)num;
    p->line = p->end_line = (long)l;
    p->col = col;
    add_seg(ps, (long)l, col + (long)off);
    detach_markers(ps, s + off, n - off, &p->text, &p->mk);
    p->last = LAST_TEXT;
    ps->last_para = (int)num;
}

static void continue_para(parser *ps, size_t l, const char *s, size_t n,
                          long col)
{
    para *p = &ps->p;

    if (p->text.len)
        evx_buf_putc(&p->text, ' ');
    add_seg(ps, (long)l, col);
    detach_markers(ps, s, n, &p->text, &p->mk);
    p->end_line = (long)l;
    p->last = list_item(s, n) ? LAST_LIST : LAST_TEXT;
}

static void block_quote(parser *ps, size_t l, const char *s, size_t n,
                        long col, int extend)
{
    para *p = &ps->p;
    block *b;

    if (!extend) {
        if (evx_grow((void **)&p->bq, &p->cap_bq, p->n_bq + 1,
                     sizeof *p->bq)) {
            fail(ps, EVX_NOMEM);
            return;
        }
        b = &p->bq[p->n_bq++];
        memset(b, 0, sizeof *b);
        b->pos = p->text.len;
        b->line = (long)l;
        b->col = col;
        b->lead_in = evx_strdup(evx_buf_str(&p->text) +
                                evx_quote_lead_start(evx_buf_str(&p->text),
                                                     p->text.len,
                                                     p->text.len));
        if (!b->lead_in)
            fail(ps, EVX_NOMEM);
    } else {
        b = &p->bq[p->n_bq - 1];
        evx_buf_putc(&b->text, ' ');
    }
    detach_markers(ps, s, n, &b->text, &b->mk);
    b->end_line = p->end_line = (long)l;
    p->last = LAST_QUOTE;
    p->quote_marked = b->mk.n && b->mk.v[b->mk.n - 1].off == b->text.len;
}

static void set_str(parser *ps, char **field, const char *s, size_t n)
{
    free(*field);
    *field = evx_strndup(s, n);
    if (!*field && n)
        fail(ps, EVX_NOMEM);
}

static void footnote(parser *ps, size_t l, const char *s, size_t n, long col)
{
    evx_buf id = EVX_BUF_INIT;
    evx_unit *u;
    size_t off;
    long num;

    flush(ps);
    if (!footnote_line(s, n, &num, &off))
        return;
    evx_buf_append(&id, evx_buf_str(&ps->key), ps->key.len);
    evx_buf_printf(&id, "/fn%ld", num);
    if (evx_units_find(ps->out, evx_buf_str(&id))) {
        evx_diag_add(ps->diag, EVX_DIAG_WARNING, ps->file, (long)l,
                     "footnote %ld listed twice; keeping the first", num);
        evx_buf_free(&id);
        return;
    }
    u = evx_buf_status(&id) ? NULL
                            : make_unit(ps, EVX_UNIT_FOOTNOTE, evx_buf_str(&id));
    evx_buf_free(&id);
    if (!u) {
        fail(ps, EVX_NOMEM);
        return;
    }
    u->number = (int)num;
    u->chapter = ps->chapter;
    set_text(ps, &u->text, s + off, n - off);
    push(ps, u, (long)l, col, (long)l);
    ps->seen = 1;
}

static void heading(parser *ps, const char *s, size_t n)
{
    flush(ps);
    set_str(ps, &ps->section, s, n);
}

static void chapter(parser *ps, const char *s, size_t n, long num, size_t off)
{
    flush(ps);
    ps->chapter = (int)num;
    set_str(ps, &ps->chapter_title, s + off, n - off);
    set_str(ps, &ps->section, NULL, 0);
    ps->seen = 1;
}

/* Lines after an open paragraph: quotation, list item, continuation, or a
 * heading that closes it. */
static void after_para(parser *ps, size_t l, const char *s, size_t n,
                       long col)
{
    para *p = &ps->p;
    const char *t = evx_buf_str(&p->text);
    int lead_in = p->last == LAST_TEXT && p->text.len &&
                  t[p->text.len - 1] == ':';

    if (lead_in && list_item(s, n))
        continue_para(ps, l, s, n, col);
    else if (lead_in)
        block_quote(ps, l, s, n, col, 0);
    else if (p->last == LAST_LIST)
        continue_para(ps, l, s, n, col);
    else if (p->last == LAST_QUOTE && !p->quote_marked &&
             !heading_line(ps, s, n, l))
        block_quote(ps, l, s, n, col, 1); /* next paragraph of the quote */
    else if (heading_line(ps, s, n, l))
        heading(ps, s, n);
    else
        continue_para(ps, l, s, n, col);
}

static void do_line(parser *ps, size_t l)
{
    size_t n, lead, off;
    const char *s = evx_text_line(ps->text, l, &n);
    long col, num;

    trim(&s, &n, &lead);
    if (n == 0)
        return;
    col = (long)lead + 1;
    if (ps->fnline[l])
        footnote(ps, l, s, n, col);
    else if (!ps->seen && n > 9 && at(s, n, n - 9, " Contents"))
        return; /* the page title and its navigation link */
    else if (at(s, n, 0, "Published:"))
        return; /* the page footer */
    else if (para_line(s, n, &num, &off) &&
             (!ps->last_para || num > ps->last_para)) {
        start_para(ps, l, s, n, col, num, off);
        ps->seen = 1;
    } else if (chapter_line(s, n, &num, &off))
        chapter(ps, s, n, num, off);
    else if (ps->p.open)
        after_para(ps, l, s, n, col);
    else if (heading_line(ps, s, n, l))
        heading(ps, s, n);
    else
        evx_diag_add(ps->diag, EVX_DIAG_WARNING, ps->file, (long)l,
                     "could not place line (%.*s%s)", n > 40 ? 40 : (int)n, s,
                     n > 40 ? "..." : "");
}

static void parser_free(parser *ps)
{
    para_reset(&ps->p);
    evx_buf_free(&ps->p.text);
    free(ps->p.mk.v);
    free(ps->p.sg);
    free(ps->p.bq);
    evx_buf_free(&ps->key);
    free(ps->fns);
    free(ps->fnline);
    free(ps->chapter_title);
    free(ps->section);
}

evx_status evx_webtext_parse(evx_units *out, const evx_text *text,
                             const char *report, evx_diag *diag)
{
    parser ps;
    size_t l, nl, first;
    evx_status st;

    if (!out || !text || !report)
        return EVX_INVALID;
    memset(&ps, 0, sizeof ps);
    ps.text = text;
    ps.file = evx_text_name(text);
    ps.report = report;
    ps.diag = diag;
    ps.out = out;
    first = out->len;
    evx_unit_report_key(&ps.key, report);
    if (evx_buf_status(&ps.key))
        fail(&ps, EVX_NOMEM);
    if (!ps.st)
        find_footnotes(&ps);
    nl = evx_text_lines(text);
    for (l = 1; l <= nl && !ps.st; l++)
        do_line(&ps, l);
    flush(&ps);
    st = ps.st;
    if (!st && out->len == first) {
        evx_diag_add(diag, EVX_DIAG_ERROR, ps.file, 0,
                     "no paragraphs or footnotes found in the web text");
        st = EVX_PARSE;
    }
    if (!st)
        st = evx_fnlink(out, first, NULL);
    parser_free(&ps);
    return st;
}
