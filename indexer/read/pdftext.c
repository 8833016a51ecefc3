/*
 * pdftext.c - reader for a committee report's PDF-to-text dump; see
 * pdftext.h.
 *
 * One pass over the lines with a small state machine.  Every line first
 * meets the page layer (blank lines, URL lists, running headers, footnote
 * bodies at page feet, page breaks), then the handler of the part of the
 * report we are in: contents, summary, chapters (paragraphs, block and
 * inline quotations, section headings, boxes), glossary, the closing
 * conclusions and recommendations, annexes, witnesses, written evidence.
 * Two passes before it build the word set (hyphen rule) and find the
 * running title of the page headers; the contents list, read on the way,
 * gives known headings and page numbers to resynchronise on.
 *
 * Rules chosen (README material):
 *  - a line "N text" is a footnote body when N is past the last body read
 *    and a marker for it (or a later one) has been seen, or when it follows
 *    another body within a few numbers; its following lines continue it
 *    until a URL line, a page break (a line starting with a space) or two
 *    blank lines;
 *  - page numbers come from running headers ("Title 92", "3 Title"), from
 *    the contents entry of each heading met, and otherwise count page
 *    breaks (a line starting with a space, or content after a footnote
 *    block or URL list);
 *  - a block quotation is the block after a line ending in ':' unless that
 *    block is a list; it ends at a blank line (not at a page break, unless
 *    it ended with a footnote marker and the next page starts a sentence);
 *    unnumbered prose after it belongs to the paragraph again;
 *  - an inline quotation “...” is kept as a unit by quotes.h's rule (two
 *    words or more, not a term being named, and an attribution cue or a
 *    footnote marker in its sentence), shared with the web reader;
 *    quotations are numbered q1, q2... in document order within their
 *    unit, block and inline together;
 *  - lists (•, a), 1)) stay in their unit's text as printed, labels kept;
 *  - a box (a titled block of prose between chapters, listed in the
 *    contents) gives one unit for its introduction (title = the box title,
 *    id from its slug) and one per place heading;
 *  - source columns point at the number for numbered units (paragraph,
 *    footnote, recommendation, evidence) and at the first character of the
 *    text otherwise; line and column are 1-based, in bytes;
 *  - skipped without a warning: everything before the contents, the
 *    contents, running headers, URL lines, formal minutes, lists of
 *    reports, and the standard introductions of the witnesses and written
 *    evidence lists.  Anything else that fits nowhere is a warning.
 */
#include "pdftext.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "layout.h"
#include "pdf_back.h"
#include "pdf_clean.h"
#include "runhead.h"
#include "quotes.h"

typedef enum mode {
    M_FRONT,
    M_CONTENTS,
    M_SUMMARY,
    M_BODY,
    M_BOX,
    M_GLOSSARY,
    M_RECS,
    M_ANNEX,
    M_SKIP,
    M_WITNESS,
    M_EVIDENCE
} mode;

typedef enum qstate { Q_PROSE, Q_QUOTE } qstate;

typedef struct centry {
    char *text; /* normalised: lower case, single spaces */
    size_t len;
    int page;
} centry;

typedef struct bquote {
    pdf_acc acc;
    char *lead_in;
    size_t at; /* offset in the parent's text where it stood */
    int page;  /* printed page its first line stands on */
} bquote;

typedef struct line_ctx {
    size_t ln;
    const char *s; /* trimmed */
    size_t len;
    long col;        /* 1-based column of s[0] */
    int block_start; /* after a blank line or a page break */
    int broke;       /* first content line of a page */
} line_ctx;

typedef struct parser {
    const evx_text *t;
    const evx_layout *layout; /* where the canonical lines came from */
    const char *file;
    const char *report;
    evx_diag *diag;
    evx_units *out;
    size_t first_new;
    evx_buf key;
    pdf_wordset *words;
    char *title; /* running header title */
    size_t title_len;
    centry *contents;
    size_t n_contents, cap_contents, next_entry;
    pdf_fnseq fn;
    int page, page_pending, header_since;
    mode mode;
    int chapter;
    char *chapter_title;
    char *section;
    int last_para, last_rec, n_summary, n_annex, n_panels, n_evidence;
    char *date;
    /* the unit being built */
    evx_unit *cur;
    long cur_line, cur_col; /* 0: take from the first text line */
    pdf_acc acc;
    qstate qs;
    int quotes_ok, rec_done;
    pdf_acc qacc;
    char *qlead;
    size_t qat;
    int qpage;
    int *line_page; /* printed page of each line read, by line number */
    size_t n_lines;
    bquote *bq;
    size_t n_bq, cap_bq;
    /* the footnote body being built */
    pdf_acc fnacc;
    int in_fn, fn_num, fn_page;
    size_t fn_blank;
    long fn_line, fn_col;
    /* by footnote number */
    evx_unit **fn_units;
    char **fn_citer;
    size_t fn_cap;
    /* line state */
    evx_buf pending; /* a contents entry wrapped over lines */
    size_t blank_run;
    int broke, prev_heading;
    evx_status st;
} parser;

/* ------------------------------------------------------------------ */
/* small string helpers                                               */

static int eq_fold(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    if (n != len)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (evx_ascii_tolower((unsigned char)s[i]) != evx_ascii_tolower((unsigned char)lit[i]))
            return 0;
    return 1;
}

static int starts_fold(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    return len >= n && eq_fold(s, n, lit);
}

static int contains_fold(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    for (size_t i = 0; i + n <= len; i++)
        if (eq_fold(s + i, n, lit))
            return 1;
    return 0;
}

/* "N. text": returns N and the offset of text, else 0. */
static int numbered(const char *s, size_t len, size_t *text_off)
{
    size_t i = 0;
    int v = 0;
    while (i < len && i < 5 && evx_ascii_digit((unsigned char)s[i]))
        v = v * 10 + (s[i++] - '0');
    if (i == 0 || i > 4 || i + 2 > len || s[i] != '.' || s[i + 1] != ' ' ||
        s[0] == '0')
        return 0;
    i += 2;
    while (i < len && s[i] == ' ')
        i++;
    if (i >= len)
        return 0;
    *text_off = i;
    return v;
}

/* "N text" (no full stop): returns N and the text offset, else 0. */
static int number_space(const char *s, size_t len, size_t *text_off)
{
    size_t i = 0;
    int v = 0;
    while (i < len && i < 5 && evx_ascii_digit((unsigned char)s[i]))
        v = v * 10 + (s[i++] - '0');
    if (i == 0 || i > 4 || i + 1 >= len || s[i] != ' ' || s[0] == '0')
        return 0;
    while (i < len && s[i] == ' ')
        i++;
    if (i >= len)
        return 0;
    *text_off = i;
    return v;
}

static int is_list_item(const char *s, size_t len)
{
    if (len >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
        (unsigned char)s[2] == 0xA2)
        return 1; /* bullet */
    if (len >= 3 && s[0] >= 'a' && s[0] <= 'z' && s[1] == ')' && s[2] == ' ')
        return 1;
    if (len >= 4 && s[0] == '(' && s[1] >= 'a' && s[1] <= 'z' && s[2] == ')' &&
        s[3] == ' ')
        return 1;
    if (len >= 3 && evx_ascii_digit((unsigned char)s[0]) && s[1] == ')')
        return 1;
    return 0;
}

static int is_url(const char *s, size_t len)
{
    return starts_fold(s, len, "http://") || starts_fold(s, len, "https://") ||
           starts_fold(s, len, "mailto:") || starts_fold(s, len, "www.");
}

static int ends_punct(const char *s, size_t len)
{
    if (len == 0)
        return 0;
    return strchr(".,;:!?", s[len - 1]) != NULL && s[len - 1];
}

/* The line lineno trimmed on both sides (len 0 if blank or missing). */
static const char *get_line(const parser *p, size_t ln, size_t *len,
                            size_t *lead, int *trail_space)
{
    size_t n = 0;
    const char *s = evx_text_line(p->t, ln, &n);
    *len = 0;
    if (lead)
        *lead = 0;
    if (trail_space)
        *trail_space = 0;
    if (!s)
        return "";
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (lead)
        *lead = i;
    if (trail_space)
        *trail_space = n > 0 && s[n - 1] == ' ';
    *len = evx_ascii_rtrim(s + i, n - i);
    return s + i;
}

/* Appends s normalised for heading comparison: lower case, single spaces. */
static void norm_append(evx_buf *b, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t') {
            if (b->len && b->data[b->len - 1] != ' ')
                evx_buf_putc(b, ' ');
            continue;
        }
        evx_buf_putc(b, (char)evx_ascii_tolower(c));
    }
}

/* ------------------------------------------------------------------ */
/* units                                                              */

static void oom(parser *p)
{
    p->st = EVX_NOMEM;
}

static char *make_id(parser *p, const char *fmt, const char *a, int n)
{
    evx_buf b = EVX_BUF_INIT;
    evx_buf_append(&b, p->key.data, p->key.len);
    if (a)
        evx_buf_printf(&b, fmt, a);
    else
        evx_buf_printf(&b, fmt, n);
    char *id = evx_buf_detach(&b);
    if (!id)
        oom(p);
    return id;
}

static char *slug_id(parser *p, const char *prefix, const char *text)
{
    evx_buf s = EVX_BUF_INIT;
    evx_unit_slug(&s, text);
    char *id = make_id(p, prefix, evx_buf_str(&s), 0);
    evx_buf_free(&s);
    return id;
}

static void fn_grow(parser *p, int n)
{
    if (n < 0 || (size_t)n < p->fn_cap)
        return;
    size_t nc = p->fn_cap ? p->fn_cap : 64;
    while (nc <= (size_t)n)
        nc *= 2;
    evx_unit **u = realloc(p->fn_units, nc * sizeof *u);
    if (u)
        p->fn_units = u;
    char **c = realloc(p->fn_citer, nc * sizeof *c);
    if (c)
        p->fn_citer = c;
    if (!u || !c) {
        oom(p);
        return;
    }
    for (size_t i = p->fn_cap; i < nc; i++) {
        p->fn_units[i] = NULL;
        p->fn_citer[i] = NULL;
    }
    p->fn_cap = nc;
}

/* Records that unit u cites its footnotes (first citer wins). */
static void note_citations(parser *p, evx_unit *u)
{
    for (size_t i = 0; i < u->n_footnotes; i++) {
        int n = u->footnotes[i];
        if (n <= 0 || n > 1000000)
            continue;
        fn_grow(p, n);
        if (p->st)
            return;
        if (!p->fn_citer[n]) {
            p->fn_citer[n] = evx_strdup(u->id);
            if (!p->fn_citer[n]) {
                oom(p);
                return;
            }
        }
        evx_unit *f = p->fn_units[n];
        if (f && !f->parent && evx_unit_set(&f->parent, u->id, strlen(u->id)))
            oom(p);
    }
}

static void push_unit(parser *p, evx_unit *u)
{
    if (p->st) {
        evx_unit_free(u);
        return;
    }
    if (evx_units_push(p->out, u))
        oom(p);
}

static void set_str(parser *p, char **field, const char *s)
{
    if (evx_unit_set(field, s, s ? strlen(s) : 0))
        oom(p);
}

static void set_common(parser *p, evx_unit *u)
{
    set_str(p, &u->report, p->report);
}

static void add_source(parser *p, evx_unit *u, long line, long col,
                       long end_line)
{
    if (evx_unit_add_source(u, p->file, "pdf-text", line, col, end_line))
        oom(p);
}

static void add_fns(parser *p, evx_unit *u, const pdf_acc *a, size_t from,
                    size_t to)
{
    for (size_t i = 0; i < a->n_fns; i++)
        if (a->fnpos[i] >= from && a->fnpos[i] <= to &&
            evx_unit_add_footnote(u, a->fns[i]))
            oom(p);
}

/* ------------------------------------------------------------------ */
/* sentences and quotations                                           */

typedef struct qitem {
    size_t at;    /* order key: offset in parent text */
    int block;    /* index into bq, or -1 */
    evx_qspan q;  /* inline: the span (see quotes.h) */
} qitem;

static qitem *push_qitem(qitem *items, size_t *n, size_t *cap, qitem it,
                         int *fail)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 8;
        qitem *ni = realloc(items, nc * sizeof *ni);
        if (!ni) {
            *fail = 1;
            return items;
        }
        items = ni;
        *cap = nc;
    }
    items[(*n)++] = it;
    return items;
}

/* Finds the attributed inline quotations of the text in a (the rule is
 * quotes.h's, shared with the web reader); appends them.  A span of two
 * words or more that is not taken is noted, so the choice can be checked. */
static qitem *find_inline(parser *p, const pdf_acc *a, qitem *items,
                          size_t *n, size_t *cap, int *fail)
{
    evx_qscan sc = {a->text.data, a->text.len, a->fnpos, a->n_fns, 0, 0};
    evx_qspan q;
    while (!*fail && evx_quote_scan(&sc, &q)) {
        if (q.verdict == EVX_Q_QUOTATION) {
            qitem it = {q.open, -1, q};
            items = push_qitem(items, n, cap, it, fail);
        } else if (q.verdict != EVX_Q_WORD) {
            long line = 0, col = 0;
            pdf_acc_where(a, q.open, &line, &col);
            evx_diag_add(p->diag, EVX_DIAG_NOTE, p->file, line,
                         "not a quotation (%s): %.*s", q.why,
                         (int)(q.close + 3 - q.open), sc.s + q.open);
        }
    }
    return items;
}

static char *trimmed_dup(const char *s, size_t len)
{
    while (len && (*s == ' '))
        s++, len--;
    len = evx_ascii_rtrim(s, len);
    return evx_strndup(s, len);
}

/* A new quotation unit, number k of parent, placed where its parent is.
 * NULL when out of memory (already recorded). */
static evx_unit *new_quote(parser *p, const evx_unit *parent, int k)
{
    evx_unit *q = NULL;
    if (evx_unit_new(&q, EVX_UNIT_QUOTATION)) {
        oom(p);
        return NULL;
    }
    evx_buf id = EVX_BUF_INIT;
    evx_buf_printf(&id, "%s/q%d", parent->id, k);
    q->id = evx_buf_detach(&id);
    set_common(p, q);
    q->number = k;
    q->para = parent->para;
    q->chapter = parent->chapter;
    set_str(p, &q->chapter_title, parent->chapter_title);
    set_str(p, &q->section, parent->section);
    q->page = parent->page;
    set_str(p, &q->parent, parent->id);
    return q;
}

/* Adds the quotation's source, checks it is whole and hands it on. */
static void publish_quote(parser *p, evx_unit *q, long line, long col,
                         long end)
{
    add_source(p, q, line, col, end);
    if (!q->id || !q->text)
        oom(p);
    note_citations(p, q);
    push_unit(p, q);
}

static void emit_block_quote(parser *p, evx_unit *parent, bquote *b, int k)
{
    evx_unit *q = new_quote(p, parent, k);
    if (!q)
        return;
    set_str(p, &q->lead_in, b->lead_in);
    if (b->page > 0)
        q->page = b->page; /* a quotation after a page break is on its own */
    q->text = trimmed_dup(evx_buf_str(&b->acc.text), b->acc.text.len);
    add_fns(p, q, &b->acc, 0, (size_t)-1);
    long line = b->acc.n_lines ? b->acc.lines[0].line : 0;
    long col = b->acc.n_lines ? b->acc.lines[0].col : 0;
    long end = b->acc.n_lines ? b->acc.lines[b->acc.n_lines - 1].line : line;
    publish_quote(p, q, line, col, end);
}

static void emit_inline_quote(parser *p, evx_unit *parent, const qitem *it,
                              int k)
{
    const char *T = p->acc.text.data;
    evx_unit *q = new_quote(p, parent, k);
    if (!q)
        return;
    q->is_inline = 1;
    const evx_qspan *s = &it->q;
    q->text = trimmed_dup(T + s->open + 3, s->close - s->open - 3);
    if (s->lead_end > s->lead) {
        q->lead_in = trimmed_dup(T + s->lead, s->lead_end - s->lead);
        if (!q->lead_in)
            oom(p);
    }
    add_fns(p, q, &p->acc, s->open, s->sent_end);
    long line = 0, col = 0, end = 0, c2 = 0;
    pdf_acc_where(&p->acc, s->open + 3, &line, &col);
    pdf_acc_where(&p->acc, s->close, &end, &c2);
    /* opened after a page break, it stands on the next page */
    if (line > 0 && (size_t)line < p->n_lines && p->line_page[line] > 0)
        q->page = p->line_page[line];
    publish_quote(p, q, line, col, end);
}

static int cmp_qitem(const void *a, const void *b)
{
    const qitem *x = a, *y = b;
    if (x->at != y->at)
        return x->at < y->at ? -1 : 1;
    return (x->block >= 0) - (y->block >= 0); /* inline first at a tie */
}

static void free_bquotes(parser *p)
{
    for (size_t i = 0; i < p->n_bq; i++) {
        pdf_acc_free(&p->bq[i].acc);
        free(p->bq[i].lead_in);
    }
    p->n_bq = 0;
}

/* ------------------------------------------------------------------ */
/* the unit in progress                                               */

static void finish_quote(parser *p)
{
    if (p->qs != Q_QUOTE)
        return;
    p->qs = Q_PROSE;
    if (p->qacc.text.len == 0) {
        free(p->qlead);
        p->qlead = NULL;
        return;
    }
    if (p->n_bq == p->cap_bq) {
        size_t nc = p->cap_bq ? p->cap_bq * 2 : 4;
        bquote *nb = realloc(p->bq, nc * sizeof *nb);
        if (!nb) {
            oom(p);
            return;
        }
        p->bq = nb;
        p->cap_bq = nc;
    }
    bquote *b = &p->bq[p->n_bq++];
    b->acc = p->qacc;
    memset(&p->qacc, 0, sizeof p->qacc);
    b->lead_in = p->qlead;
    p->qlead = NULL;
    b->at = p->qat;
    b->page = p->qpage;
}

static void begin_quote(parser *p)
{
    const char *T = evx_buf_str(&p->acc.text);
    size_t L = p->acc.text.len;
    size_t ss = evx_quote_lead_start(T, L, L);
    free(p->qlead);
    p->qlead = L ? trimmed_dup(T + ss, L - ss) : NULL;
    if (L && !p->qlead)
        oom(p);
    p->qat = L;
    p->qpage = p->page;
    pdf_acc_clear(&p->qacc);
    p->qs = Q_QUOTE;
}

static int ends_sentence(const pdf_acc *a)
{
    if (a->text.len == 0)
        return 1;
    unsigned char c = (unsigned char)a->text.data[a->text.len - 1];
    return a->ends_marker || strchr(".:;?!)", c) || c == 0x9D || c == 0x99;
}

/* Emits the unit in progress with its quotations, then clears. */
static void finish_unit(parser *p)
{
    finish_quote(p);
    evx_unit *u = p->cur;
    p->cur = NULL;
    p->qs = Q_PROSE;
    if (!u) {
        free_bquotes(p);
        pdf_acc_clear(&p->acc);
        return;
    }
    const char *T = evx_buf_str(&p->acc.text);
    size_t L = p->acc.text.len;
    if (u->type == EVX_UNIT_RECOMMENDATION) {
        size_t cut;
        int para;
        if (pdf_rec_tail(T, L, &cut, &para)) {
            u->para = para;
            evx_buf pid = EVX_BUF_INIT;
            evx_buf_printf(&pid, "%s/p%d", p->key.data, para);
            u->parent = evx_buf_detach(&pid);
            if (!u->parent)
                oom(p);
            L = cut;
        } else {
            evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, p->cur_line,
                         "recommendation %d: no \"(Paragraph N)\" reference",
                         u->number);
        }
    }
    if (u->type == EVX_UNIT_WITNESS) {
        size_t cut;
        int a, b;
        if (pdf_qrange(T, L, &cut, &a, &b)) {
            u->q_first = a;
            u->q_last = b;
            if (pdf_split_people(u, T, cut))
                oom(p);
        } else {
            evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file,
                         p->acc.n_lines ? p->acc.lines[0].line : 0,
                         "witness panel without a question range");
            if (pdf_split_people(u, T, L))
                oom(p);
        }
    }
    u->text = trimmed_dup(T, L);
    if (!u->text)
        oom(p);
    if (u->type != EVX_UNIT_WITNESS && u->type != EVX_UNIT_EVIDENCE)
        add_fns(p, u, &p->acc, 0, (size_t)-1);
    long line = p->cur_line, col = p->cur_col;
    if (!line && p->acc.n_lines) {
        line = p->acc.lines[0].line;
        col = p->acc.lines[0].col;
    }
    long end = p->acc.n_lines ? p->acc.lines[p->acc.n_lines - 1].line : line;
    for (size_t i = 0; i < p->n_bq; i++) {
        pdf_acc *b = &p->bq[i].acc;
        if (b->n_lines && b->lines[b->n_lines - 1].line > end)
            end = b->lines[b->n_lines - 1].line;
    }
    add_source(p, u, line, col, end);

    /* quotations, block and inline, in document order */
    qitem *items = NULL;
    size_t n = 0, cap = 0;
    int fail = 0;
    if (p->quotes_ok)
        items = find_inline(p, &p->acc, items, &n, &cap, &fail);
    for (size_t i = 0; i < p->n_bq && !fail; i++) {
        qitem q = {p->bq[i].at, (int)i, {0, 0, 0, 0, 0, EVX_Q_QUOTATION, NULL}};
        items = push_qitem(items, &n, &cap, q, &fail);
    }
    if (fail)
        oom(p);
    if (n > 1)
        qsort(items, n, sizeof *items, cmp_qitem);
    note_citations(p, u);
    if (u->text && u->text[0])
        push_unit(p, u);
    else
        evx_unit_free(u), u = NULL;
    for (size_t i = 0; i < n && u && !p->st; i++) {
        if (items[i].block >= 0)
            emit_block_quote(p, u, &p->bq[items[i].block], (int)i + 1);
        else
            emit_inline_quote(p, u, &items[i], (int)i + 1);
    }
    free(items);
    free_bquotes(p);
    pdf_acc_clear(&p->acc);
}

static evx_unit *begin_unit(parser *p, evx_unit_type type, char *id,
                            long line, long col)
{
    finish_unit(p);
    evx_unit *u = NULL;
    if (!id || evx_unit_new(&u, type)) {
        free(id);
        oom(p);
        return NULL;
    }
    u->id = id;
    set_common(p, u);
    u->page = p->page;
    p->cur = u;
    p->cur_line = line;
    p->cur_col = col;
    p->qs = Q_PROSE;
    p->rec_done = 0;
    p->quotes_ok = type != EVX_UNIT_RECOMMENDATION && type != EVX_UNIT_WITNESS &&
                   type != EVX_UNIT_EVIDENCE;
    return u;
}

static void unplaced(parser *p, const line_ctx *c)
{
    if (p->layout && evx_layout_is_furniture(p->layout, (long)c->ln))
        return; /* a cover or running furniture: counted, not lost */
    int n = c->len > 60 ? 60 : (int)c->len;
    evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, (long)c->ln,
                 "could not place text: \"%.*s%s\"", n, c->s,
                 c->len > 60 ? "..." : "");
}

/* Does the unit end with a lead-in whose quotation has not started? */
static int awaiting_quote(const parser *p)
{
    size_t L = p->acc.text.len;
    if (!p->cur || p->qs == Q_QUOTE || !L || p->acc.text.data[L - 1] != ':')
        return 0;
    return p->n_bq == 0 || p->bq[p->n_bq - 1].at != L;
}

/* Adds a prose or list line to the unit in progress, following the
 * lead-in / block quotation states. */
static void add_text_line(parser *p, const line_ctx *c)
{
    if (!p->cur) {
        unplaced(p, c);
        return;
    }
    pdf_fnseq *seq = (p->cur->type == EVX_UNIT_WITNESS ||
                      p->cur->type == EVX_UNIT_EVIDENCE ||
                      p->cur->type == EVX_UNIT_RECOMMENDATION)
                         ? NULL
                         : &p->fn;
    int list = is_list_item(c->s, c->len);
    if (p->qs == Q_QUOTE) {
        int ends = (c->block_start && !c->broke) ||
                   (list && c->block_start) ||
                   (c->broke && p->qacc.ends_marker && p->qacc.text.len &&
                    evx_ascii_upper((unsigned char)c->s[0]));
        if (!ends) {
            pdf_acc_add(&p->qacc, c->s, c->len, (long)c->ln, c->col,
                        p->words, seq);
            return;
        }
        finish_quote(p);
    } else if (p->quotes_ok && !list && awaiting_quote(p) &&
               p->cur->type != EVX_UNIT_SUMMARY) {
        /* the line after a lead-in ending in ':' opens a quotation */
        begin_quote(p);
        pdf_acc_add(&p->qacc, c->s, c->len, (long)c->ln, c->col, p->words,
                    seq);
        return;
    }
    pdf_acc_add(&p->acc, c->s, c->len, (long)c->ln, c->col, p->words, seq);
    if (p->cur->type == EVX_UNIT_RECOMMENDATION) {
        size_t cut;
        int para;
        p->rec_done = pdf_rec_tail(p->acc.text.data, p->acc.text.len, &cut,
                                   &para);
    }
}

/* ------------------------------------------------------------------ */
/* page layer: headers, footnote bodies                               */

/* The running title of the page headers, learnt from repetition by the
 * page layer's own rule (runhead.h), so that both read the same headers. */
static void find_title(parser *p)
{
    if (evx_running_title(&p->title, p->t)) {
        oom(p);
        return;
    }
    p->title_len = p->title ? strlen(p->title) : 0;
}

/* A running header line: its page number, else -1. */
static int header_page(const parser *p, const char *s, size_t len)
{
    size_t tl = p->title_len;
    if (!p->title || len < tl)
        return -1;
    size_t off;
    int v = number_space(s, len, &off);
    if (v && len - off == tl && memcmp(s + off, p->title, tl) == 0)
        return v;
    if (memcmp(s, p->title, tl) == 0) {
        size_t i = tl;
        while (i < len && s[i] == ' ')
            i++;
        if (i == len)
            return 0;
        int pg = 0;
        size_t d = i;
        while (i < len && evx_ascii_digit((unsigned char)s[i]))
            pg = pg * 10 + (s[i++] - '0');
        if (i == len && i - d <= 4 && i > d)
            return pg;
    }
    return -1;
}

static void end_fn(parser *p)
{
    if (!p->in_fn)
        return;
    p->in_fn = 0;
    evx_unit *u = NULL;
    if (evx_unit_new(&u, EVX_UNIT_FOOTNOTE)) {
        oom(p);
        return;
    }
    u->id = make_id(p, "/fn%d", NULL, p->fn_num);
    set_common(p, u);
    u->number = p->fn_num;
    u->page = p->fn_page;
    u->text = trimmed_dup(evx_buf_str(&p->fnacc.text), p->fnacc.text.len);
    long end = p->fnacc.n_lines ? p->fnacc.lines[p->fnacc.n_lines - 1].line
                                : p->fn_line;
    add_source(p, u, p->fn_line, p->fn_col, end);
    fn_grow(p, p->fn_num);
    if (!u->id || !u->text || p->st) {
        oom(p);
        evx_unit_free(u);
        return;
    }
    if (p->fn_citer[p->fn_num])
        set_str(p, &u->parent, p->fn_citer[p->fn_num]);
    if (!p->fn_units[p->fn_num])
        p->fn_units[p->fn_num] = u;
    push_unit(p, u);
    pdf_acc_clear(&p->fnacc);
}

static int fn_possible(const parser *p)
{
    return p->mode == M_SUMMARY || p->mode == M_BODY || p->mode == M_BOX ||
           p->mode == M_GLOSSARY || p->mode == M_ANNEX;
}

/* Is "N text" the start of a footnote body? */
static int fn_start(const parser *p, const char *s, size_t len, int *num,
                    size_t *off)
{
    int v = number_space(s, len, off);
    if (!v || v <= p->fn.last_body)
        return 0;
    if (v <= p->fn.max_marker ||
        (p->in_fn && v <= p->fn.last_body + 3)) {
        *num = v;
        return 1;
    }
    return 0;
}

/* After a footnote body, does the line at ln (starting with `lead`
 * spaces) continue it? */
static int fn_continues(const parser *p, size_t ln, size_t lead,
                        const char *s, size_t len)
{
    size_t off;
    if (p->fn_blank >= 2)
        return 0;
    int v = numbered(s, len, &off);
    if (v && v == p->last_para + 1)
        return 0;
    if (lead == 0)
        return 1;
    /* A line starting with a space is normally the next page; it still
     * continues the body if a pending footnote's body follows shortly. */
    if (p->fn.max_marker <= p->fn.last_body)
        return 0;
    for (size_t k = ln + 1; k <= ln + 25; k++) {
        size_t l2;
        const char *s2 = get_line(p, k, &l2, NULL, NULL);
        if (k > evx_text_lines(p->t) || is_url(s2, l2) ||
            numbered(s2, l2, &off))
            return 0;
        int w = number_space(s2, l2, &off);
        if (w > p->fn.last_body && w <= p->fn.max_marker)
            return 1;
    }
    return 0;
}

static void start_fn(parser *p, size_t ln, const char *s, size_t len,
                     long col, int num, size_t off)
{
    end_fn(p);
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

/* ------------------------------------------------------------------ */
/* contents                                                           */

static void add_contents(parser *p, const char *s, size_t len, int page)
{
    if (p->n_contents == p->cap_contents) {
        size_t nc = p->cap_contents ? p->cap_contents * 2 : 32;
        centry *ne = realloc(p->contents, nc * sizeof *ne);
        if (!ne) {
            oom(p);
            return;
        }
        p->contents = ne;
        p->cap_contents = nc;
    }
    evx_buf b = EVX_BUF_INIT;
    norm_append(&b, s, len);
    centry *e = &p->contents[p->n_contents];
    e->len = b.len;
    e->text = evx_buf_detach(&b);
    e->page = page;
    if (!e->text) {
        oom(p);
        return;
    }
    p->n_contents++;
}

/* Index of a contents entry equal to text (normalised), searching forward
 * from next_entry first; -1 if none. */
static long contents_find(const parser *p, const char *s, size_t len)
{
    evx_buf b = EVX_BUF_INIT;
    norm_append(&b, s, len);
    long found = -1;
    for (size_t k = 0; k < p->n_contents && found < 0; k++) {
        size_t i = (p->next_entry + k) % p->n_contents;
        if (p->contents[i].len == b.len &&
            memcmp(p->contents[i].text, b.data, b.len) == 0)
            found = (long)i;
    }
    evx_buf_free(&b);
    return found;
}

/* A heading was met: take its page from the contents, when listed. */
static void resync(parser *p, const char *s, size_t len)
{
    long i = contents_find(p, s, len);
    if (i < 0)
        return;
    if (p->contents[i].page > 0)
        p->page = p->contents[i].page;
    p->next_entry = (size_t)i + 1;
}


/* ------------------------------------------------------------------ */
/* headings                                                           */

/* The heading block starting at line ln: up to `maxl` lines, joined while
 * a line ends with a wrap space.  Returns lines used (0 if not
 * heading-shaped) and the joined text in h. */
static size_t heading_block(const parser *p, size_t ln, size_t maxl,
                            size_t maxlen, evx_buf *h)
{
    evx_buf_clear(h);
    size_t used = 0;
    for (size_t k = ln; used < maxl; k++) {
        size_t len;
        int trail;
        const char *s = get_line(p, k, &len, NULL, &trail);
        if (len == 0)
            break;
        size_t off;
        if (used > 0 && (numbered(s, len, &off) || is_list_item(s, len)))
            break;
        if (h->len)
            evx_buf_putc(h, ' ');
        evx_buf_append(h, s, len);
        used++;
        if (!trail)
            break;
    }
    if (used == 0 || h->len > maxlen)
        return 0;
    unsigned char c = (unsigned char)h->data[0];
    if (!evx_ascii_upper(c) && !evx_ascii_digit(c))
        return 0;
    if (is_list_item(h->data, h->len))
        return 0;
    return used;
}

/* Ends like a sentence with a footnote marker ("happening.3")? */
static int ends_marker_text(const char *s, size_t len)
{
    size_t k = len;
    while (k > 0 && evx_ascii_digit((unsigned char)s[k - 1]))
        k--;
    if (k == len || k == 0)
        return 0;
    unsigned char c = (unsigned char)s[k - 1];
    return strchr(".,;:)!?", c) || c == 0x9D || c == 0x99;
}

/* The first content line at or after ln (skipping blanks and headers),
 * within a few lines; 0 if none. */
static size_t next_content(const parser *p, size_t ln)
{
    size_t n = evx_text_lines(p->t);
    for (size_t k = ln; k <= n && k < ln + 8; k++) {
        size_t len;
        const char *s = get_line(p, k, &len, NULL, NULL);
        if (len && header_page(p, s, len) < 0)
            return k;
    }
    return 0;
}

static int next_is_para(const parser *p, size_t ln)
{
    size_t k = next_content(p, ln), len, off;
    if (!k)
        return 0;
    const char *s = get_line(p, k, &len, NULL, NULL);
    int v = numbered(s, len, &off);
    return v && v > p->last_para && v <= p->last_para + 5;
}

/* Is the block at ln (hl lines, text h) a section heading in a chapter? */
static int body_heading(const parser *p, size_t ln, size_t hl,
                        const evx_buf *h, int depth)
{
    if (hl > 2 || h->len > 160 || ends_marker_text(h->data, h->len))
        return 0;
    if (contents_find(p, h->data, h->len) >= 0 && !ends_punct(h->data, h->len))
        return 1;
    if (ends_punct(h->data, h->len) && contents_find(p, h->data, h->len) < 0)
        return 0;
    if (next_is_para(p, ln + hl))
        return 1;
    if (depth > 0)
        return 0;
    size_t k = next_content(p, ln + hl);
    evx_buf h2 = EVX_BUF_INIT;
    size_t hl2 = k ? heading_block(p, k, 3, 200, &h2) : 0;
    int r = hl2 && body_heading(p, k, hl2, &h2, depth + 1);
    evx_buf_free(&h2);
    return r;
}

/* A sub-heading in a summary, box, glossary or annex: short, no final
 * punctuation, a blank line (or the end) after it. */
static int sub_heading(const parser *p, size_t ln, size_t *hl, evx_buf *h)
{
    *hl = heading_block(p, ln, 2, 90, h);
    if (!*hl || ends_punct(h->data, h->len))
        return 0;
    size_t len;
    get_line(p, ln + *hl, &len, NULL, NULL);
    if (len != 0 && contents_find(p, h->data, h->len) < 0)
        return 0;
    return 1;
}

static mode backmatter_kind(const parser *p, size_t ln, size_t hl,
                            const evx_buf *h)
{
    const char *s = h->data;
    size_t len = h->len;
    if (eq_fold(s, len, "Conclusions and recommendations")) {
        /* the closing list restarts its numbering at 1 */
        size_t n = evx_text_lines(p->t);
        for (size_t k = ln + hl; k <= n && k < ln + hl + 15; k++) {
            size_t l2, off;
            const char *s2 = get_line(p, k, &l2, NULL, NULL);
            int v = numbered(s2, l2, &off);
            if (v)
                return (v == 1 && p->last_para > 1) ? M_RECS : M_FRONT;
        }
        return M_FRONT;
    }
    if (contains_fold(s, len, "glossary") && len < 80)
        return M_GLOSSARY;
    if (starts_fold(s, len, "Annex") && len > 5 && !ends_punct(s, len) &&
        (s[5] == ':' || (s[5] == ' ' && len > 6 &&
                         (evx_ascii_upper((unsigned char)s[6]) || evx_ascii_digit((unsigned char)s[6])))))
        return M_ANNEX; /* "Annex: ...", "Annex 1: ...", "Annex A" */
    if (starts_fold(s, len, "Formal minutes") ||
        starts_fold(s, len, "List of Reports from the Committee") ||
        starts_fold(s, len, "List of written evidence") ||
        starts_fold(s, len, "Appendix"))
        return M_SKIP;
    if (eq_fold(s, len, "Witnesses"))
        return M_WITNESS;
    if (starts_fold(s, len, "Published written evidence"))
        return M_EVIDENCE;
    return M_FRONT; /* none */
}

/* ------------------------------------------------------------------ */
/* mode handlers; each returns the number of extra lines it consumed   */

static void set_section(parser *p, const char *s, size_t len)
{
    free(p->section);
    p->section = evx_strndup(s, len);
    if (!p->section)
        oom(p);
}

static size_t start_chapter(parser *p, const line_ctx *c, int num,
                            size_t off)
{
    finish_unit(p);
    evx_buf t = EVX_BUF_INIT;
    evx_buf_append(&t, c->s + off, c->len - off);
    size_t extra = 0;
    size_t n = evx_text_lines(p->t);
    int trail;
    get_line(p, c->ln, &(size_t){0}, NULL, &trail);
    /* a long chapter title wraps onto up to two more lines */
    for (size_t k = c->ln + 1; k <= n && extra < 2 && trail; k++) {
        size_t len, o2;
        const char *s = get_line(p, k, &len, NULL, &trail);
        if (len == 0 || numbered(s, len, &o2) || len > 80)
            break;
        evx_buf_putc(&t, ' ');
        evx_buf_append(&t, s, len);
        extra++;
    }
    p->chapter = num;
    free(p->chapter_title);
    p->chapter_title = evx_buf_detach(&t);
    if (!p->chapter_title)
        oom(p);
    free(p->section);
    p->section = NULL;
    p->mode = M_BODY;
    p->prev_heading = 1;
    evx_buf full = EVX_BUF_INIT;
    evx_buf_printf(&full, "%d %s", num, p->chapter_title ? p->chapter_title : "");
    resync(p, full.data, full.len);
    evx_buf_free(&full);
    return extra;
}

static void start_paragraph(parser *p, const line_ctx *c, int num,
                            size_t off)
{
    if (num != p->last_para + 1)
        evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, (long)c->ln,
                     "paragraph %d follows paragraph %d: %d missing", num,
                     p->last_para, num - p->last_para - 1);
    evx_unit *u = begin_unit(p, EVX_UNIT_PARAGRAPH,
                             make_id(p, "/p%d", NULL, num), (long)c->ln, c->col);
    p->last_para = num;
    p->prev_heading = 0;
    if (!u)
        return;
    u->number = num;
    u->para = num;
    u->chapter = p->chapter;
    set_str(p, &u->chapter_title, p->chapter_title);
    set_str(p, &u->section, p->section);
    pdf_acc_add(&p->acc, c->s + off, c->len - off, (long)c->ln,
                c->col + (long)off, p->words, &p->fn);
}

/* Chapter heading "N Title" with N the next chapter. */
static int chapter_heading(const parser *p, const line_ctx *c, size_t *off)
{
    int v = number_space(c->s, c->len, off);
    return v && v == p->chapter + 1 && v < 100 && c->block_start &&
           evx_ascii_upper((unsigned char)c->s[*off]) && !ends_punct(c->s, c->len);
}

static void start_block_unit(parser *p, evx_unit_type type, char *id,
                             const char *title, int number)
{
    evx_unit *u = begin_unit(p, type, id, 0, 0);
    if (!u)
        return;
    u->number = number;
    set_str(p, &u->title, title);
    if (type == EVX_UNIT_RECOMMENDATION || type == EVX_UNIT_BOX)
        set_str(p, &u->section, p->section);
}

/* A back matter heading at a block start switches part. */
static int switch_part(parser *p, const line_ctx *c, size_t *extra)
{
    evx_buf h = EVX_BUF_INIT;
    size_t hl = heading_block(p, c->ln, 3, 200, &h);
    mode m = hl ? backmatter_kind(p, c->ln, hl, &h) : M_FRONT;
    if (m == M_FRONT) {
        evx_buf_free(&h);
        return 0;
    }
    finish_unit(p);
    resync(p, h.data, h.len);
    p->mode = m;
    free(p->section);
    p->section = NULL;
    if (m == M_ANNEX) {
        p->n_annex++;
        start_block_unit(p, EVX_UNIT_ANNEX, make_id(p, "/annex/%d", NULL, p->n_annex),
                         h.data, p->n_annex);
        set_section(p, h.data, h.len);
    }
    *extra = hl - 1;
    evx_buf_free(&h);
    return 1;
}

static size_t body_line(parser *p, const line_ctx *c)
{
    size_t off, extra = 0;
    int v = numbered(c->s, c->len, &off);
    if (v && v > p->last_para && v <= p->last_para + 5 &&
        (c->block_start || p->prev_heading || ends_sentence(&p->acc))) {
        p->mode = M_BODY;
        start_paragraph(p, c, v, off);
        return 0;
    }
    if (chapter_heading(p, c, &off))
        return start_chapter(p, c, number_space(c->s, c->len, &off), off);
    int lead_in = awaiting_quote(p);
    if (c->block_start && !lead_in && !is_list_item(c->s, c->len)) {
        if (switch_part(p, c, &extra))
            return extra;
        evx_buf h = EVX_BUF_INIT;
        size_t hl = heading_block(p, c->ln, 3, 200, &h);
        if (hl && p->mode == M_BODY && c->broke && !ends_punct(h.data, h.len) &&
            h.len < 120 &&
            (p->n_contents == 0 || contents_find(p, h.data, h.len) >= 0) &&
            !next_is_para(p, c->ln + hl)) {
            /* a box: titled block of prose between chapters */
            size_t k = next_content(p, c->ln + hl);
            evx_buf h2 = EVX_BUF_INIT;
            if (k && !sub_heading(p, k, &off, &h2)) {
                finish_unit(p);
                p->mode = M_BOX;
                set_section(p, h.data, h.len);
                resync(p, h.data, h.len);
                start_block_unit(p, EVX_UNIT_BOX, slug_id(p, "/box/%s", p->section),
                                 p->section, 0);
                evx_buf_free(&h2);
                evx_buf_free(&h);
                return hl - 1;
            }
            evx_buf_free(&h2);
        }
        if (hl && p->mode == M_BOX && sub_heading(p, c->ln, &hl, &h)) {
            start_block_unit(p, EVX_UNIT_BOX, slug_id(p, "/box/%s", h.data),
                             h.data, 0);
            evx_buf_free(&h);
            return hl - 1;
        }
        if (hl && p->mode == M_BODY && body_heading(p, c->ln, hl, &h, 0)) {
            finish_unit(p);
            set_section(p, h.data, h.len);
            resync(p, h.data, h.len);
            p->prev_heading = 1;
            evx_buf_free(&h);
            return hl - 1;
        }
        evx_buf_free(&h);
    }
    p->prev_heading = 0;
    add_text_line(p, c);
    return 0;
}

static size_t contents_line(parser *p, const line_ctx *c)
{
    if (eq_fold(c->s, c->len, "Summary")) {
        evx_buf_clear(&p->pending);
        p->mode = M_SUMMARY;
        resync(p, c->s, c->len);
        return 0;
    }
    size_t k = c->len;
    while (k > 0 && evx_ascii_digit((unsigned char)c->s[k - 1]))
        k--;
    if (k < c->len && c->len - k <= 4 && k > 1 && c->s[k - 1] == ' ') {
        int page = 0;
        for (size_t i = k; i < c->len; i++)
            page = page * 10 + (c->s[i] - '0');
        evx_buf *b = &p->pending;
        if (b->len)
            evx_buf_putc(b, ' ');
        evx_buf_append(b, c->s, evx_ascii_rtrim(c->s, k - 1));
        add_contents(p, b->data, b->len, page);
        evx_buf_clear(b);
        return 0;
    }
    /* an entry wrapped onto the next line */
    size_t l2;
    const char *s2 = get_line(p, c->ln + 1, &l2, NULL, NULL);
    if (l2 && evx_ascii_digit((unsigned char)s2[l2 - 1]) && c->len < 120) {
        if (p->pending.len)
            evx_buf_putc(&p->pending, ' ');
        evx_buf_append(&p->pending, c->s, c->len);
        return 0;
    }
    evx_buf_clear(&p->pending);
    p->mode = M_BODY;
    return body_line(p, c);
}

static size_t block_mode_line(parser *p, const line_ctx *c, evx_unit_type type)
{
    size_t off, hl, extra = 0;
    if (c->block_start && switch_part(p, c, &extra))
        return extra;
    if (type == EVX_UNIT_SUMMARY) {
        int v = numbered(c->s, c->len, &off);
        if ((v && v == p->last_para + 1 && c->block_start) ||
            chapter_heading(p, c, &off)) {
            p->mode = M_BODY;
            return body_line(p, c);
        }
    }
    evx_buf h = EVX_BUF_INIT;
    if (c->block_start && sub_heading(p, c->ln, &hl, &h)) {
        if (type == EVX_UNIT_SUMMARY) {
            p->n_summary++;
            start_block_unit(p, type, make_id(p, "/summary/%d", NULL, p->n_summary),
                             h.data, p->n_summary);
        } else if (type == EVX_UNIT_ANNEX) {
            p->n_annex++;
            start_block_unit(p, type, make_id(p, "/annex/%d", NULL, p->n_annex),
                             h.data, p->n_annex);
        } else {
            start_block_unit(p, type, slug_id(p, "/glossary/%s", h.data), h.data, 0);
        }
        resync(p, h.data, h.len);
        evx_buf_free(&h);
        return hl - 1;
    }
    evx_buf_free(&h);
    if (!p->cur && type == EVX_UNIT_SUMMARY) {
        p->n_summary++;
        start_block_unit(p, type, make_id(p, "/summary/%d", NULL, p->n_summary),
                         NULL, p->n_summary);
    }
    add_text_line(p, c);
    return 0;
}

static size_t recs_line(parser *p, const line_ctx *c)
{
    size_t off, hl, extra = 0;
    if (c->block_start && switch_part(p, c, &extra))
        return extra;
    int v = numbered(c->s, c->len, &off);
    if (v && v == p->last_rec + 1 && (c->block_start || p->rec_done)) {
        p->last_rec = v;
        start_block_unit(p, EVX_UNIT_RECOMMENDATION,
                         make_id(p, "/r%d", NULL, v), NULL, v);
        if (p->cur) {
            p->cur_line = (long)c->ln;
            p->cur_col = c->col;
        }
        line_ctx rest = *c;
        rest.s += off;
        rest.len -= off;
        rest.col += (long)off;
        add_text_line(p, &rest);
        return 0;
    }
    evx_buf h = EVX_BUF_INIT;
    if (c->block_start && (!p->cur || p->rec_done) && !is_list_item(c->s, c->len) &&
        (hl = heading_block(p, c->ln, 3, 200, &h)) && !ends_punct(h.data, h.len)) {
        finish_unit(p);
        set_section(p, h.data, h.len);
        evx_buf_free(&h);
        return hl - 1;
    }
    evx_buf_free(&h);
    add_text_line(p, c);
    return 0;
}

static size_t witness_line(parser *p, const line_ctx *c)
{
    size_t off, extra = 0;
    if (c->block_start && switch_part(p, c, &extra))
        return extra;
    size_t dlen;
    if (pdf_date_line(c->s, c->len, &off, &dlen)) {
        finish_unit(p);
        free(p->date);
        p->date = evx_strndup(c->s + off, dlen);
        if (!p->date)
            oom(p);
        return 0;
    }
    if (!p->date)
        return 0; /* the section's standard introduction */
    if (c->block_start || !p->cur) {
        p->n_panels++;
        evx_unit *u = begin_unit(p, EVX_UNIT_WITNESS,
                                 make_id(p, "/witness/%d", NULL, p->n_panels), 0, 0);
        if (!u)
            return 0;
        u->number = p->n_panels;
        set_str(p, &u->date, p->date);
    }
    pdf_acc_add(&p->acc, c->s, c->len, (long)c->ln, c->col, p->words, NULL);
    size_t cut;
    int a, b;
    if (pdf_qrange(p->acc.text.data, p->acc.text.len, &cut, &a, &b))
        finish_unit(p);
    return 0;
}

static void evidence_unit(parser *p, const char *s, const pdf_evidence *ev,
                          const line_ctx *c)
{
    evx_buf code = EVX_BUF_INIT;
    evx_buf_append(&code, s + ev->code_off, ev->code_len);
    evx_unit *u = begin_unit(p, EVX_UNIT_EVIDENCE,
                             make_id(p, "/evidence/%s", evx_buf_str(&code), 0),
                             (long)c->ln, c->col);
    if (u) {
        u->number = ev->number;
        if (evx_unit_set(&u->title, s + ev->title_off, ev->title_len) ||
            evx_unit_set(&u->code, code.data, code.len))
            oom(p);
        pdf_acc_add(&p->acc, s + ev->title_off, ev->title_len, (long)c->ln,
                    c->col + (long)ev->title_off, NULL, NULL);
        finish_unit(p);
    }
    evx_buf_free(&code);
    p->n_evidence++;
}

static size_t evidence_line(parser *p, const line_ctx *c)
{
    size_t extra = 0;
    if (c->block_start && switch_part(p, c, &extra))
        return extra;
    pdf_evidence ev;
    if (pdf_evidence_line(c->s, c->len, &ev)) {
        evidence_unit(p, c->s, &ev, c);
        return 0;
    }
    /* an entry wrapped onto the next line */
    size_t l2, off;
    const char *s2 = get_line(p, c->ln + 1, &l2, NULL, NULL);
    if (l2 && number_space(c->s, c->len, &off)) {
        evx_buf j = EVX_BUF_INIT;
        evx_buf_append(&j, c->s, c->len);
        evx_buf_putc(&j, ' ');
        evx_buf_append(&j, s2, l2);
        int ok = pdf_evidence_line(j.data, j.len, &ev);
        if (ok)
            evidence_unit(p, j.data, &ev, c);
        evx_buf_free(&j);
        if (ok)
            return 1;
    }
    if (p->n_evidence > 0)
        unplaced(p, c);
    return 0; /* before the first entry: the standard introduction */
}

static size_t dispatch(parser *p, const line_ctx *c)
{
    size_t extra = 0;
    switch (p->mode) {
    case M_CONTENTS:
        return contents_line(p, c);
    case M_SUMMARY:
        return block_mode_line(p, c, EVX_UNIT_SUMMARY);
    case M_BODY:
    case M_BOX:
        return body_line(p, c);
    case M_GLOSSARY:
        return block_mode_line(p, c, EVX_UNIT_GLOSSARY);
    case M_ANNEX:
        return block_mode_line(p, c, EVX_UNIT_ANNEX);
    case M_RECS:
        return recs_line(p, c);
    case M_WITNESS:
        return witness_line(p, c);
    case M_EVIDENCE:
        return evidence_line(p, c);
    case M_SKIP:
        if (c->block_start)
            switch_part(p, c, &extra);
        return extra;
    case M_FRONT:
        break;
    }
    return 0;
}

/* One line through the page layer, then to its part's handler. */
static size_t handle_line(parser *p, size_t ln)
{
    size_t len, lead;
    const char *s = get_line(p, ln, &len, &lead, NULL);
    if (len == 0) {
        p->blank_run++;
        if (p->in_fn)
            p->fn_blank++;
        return 0;
    }
    if (p->mode == M_FRONT) {
        if (eq_fold(s, len, "Contents"))
            p->mode = M_CONTENTS;
        return 0;
    }
    if (is_url(s, len)) {
        end_fn(p);
        p->broke = 1;
        p->page_pending = 1;
        p->blank_run = 0;
        return 0;
    }
    int pg = header_page(p, s, len);
    if (pg >= 0) {
        end_fn(p);
        if (pg > 0)
            p->page = pg;
        p->header_since = 1;
        p->broke = 1;
        p->blank_run = 0;
        return 0;
    }
    if (fn_possible(p)) {
        int num;
        size_t off;
        if (fn_start(p, s, len, &num, &off)) {
            start_fn(p, ln, s, len, (long)lead + 1, num, off);
            p->broke = 1;
            p->page_pending = 1;
            p->blank_run = 0;
            return 0;
        }
        if (p->in_fn) {
            if (fn_continues(p, ln, lead, s, len)) {
                pdf_acc_add(&p->fnacc, s, len, (long)ln, (long)lead + 1,
                            p->words, NULL);
                p->fn_blank = 0;
                p->blank_run = 0;
                return 0;
            }
            end_fn(p);
        }
    }
    int newpage = p->page_pending || lead > 0;
    if (newpage && !p->header_since && p->page > 0)
        p->page++;
    if (p->line_page && ln < p->n_lines)
        p->line_page[ln] = p->page;
    line_ctx c = {ln, s, len, (long)lead + 1,
                  p->blank_run > 0 || p->broke || newpage || p->header_since,
                  p->broke || newpage || p->header_since};
    p->page_pending = 0;
    p->header_since = 0;
    p->blank_run = 0;
    p->broke = 0;
    return dispatch(p, &c);
}

/* ------------------------------------------------------------------ */
/* whole document                                                     */

static int has_contents_line(const parser *p)
{
    size_t n = evx_text_lines(p->t);
    for (size_t ln = 1; ln <= n; ln++) {
        size_t len;
        const char *s = get_line(p, ln, &len, NULL, NULL);
        if (eq_fold(s, len, "Contents"))
            return 1;
    }
    return 0;
}

/* Footnote bookkeeping at the end: bodies lost, markers lost. */
static void report_footnotes(parser *p)
{
    for (int n = 1; n <= p->fn.max_marker && (size_t)n < p->fn_cap; n++) {
        if (!p->fn_units[n] && p->fn_citer[n])
            evx_diag_add(p->diag, EVX_DIAG_NOTE, p->file, 0,
                         "footnote %d: marker found (in %s), body missing", n,
                         p->fn_citer[n]);
    }
    for (size_t n = 1; n < p->fn_cap; n++) {
        evx_unit *f = p->fn_units[n];
        if (f && !p->fn_citer[n])
            evx_diag_add(p->diag, EVX_DIAG_NOTE, p->file,
                         f->n_sources ? f->sources[0].line : 0,
                         "footnote %zu: body found, no marker", n);
    }
}

static long unit_line(const evx_unit *u)
{
    return u->n_sources ? u->sources[0].line : 0;
}

/* Stable merge sort of out->items[from..] by first source line, so that a
 * paragraph comes before the footnote bodies printed under it. */
static void sort_new_units(parser *p)
{
    size_t n = p->out->len - p->first_new;
    if (n < 2)
        return;
    evx_unit **a = p->out->items + p->first_new;
    evx_unit **tmp = malloc(n * sizeof *tmp);
    if (!tmp)
        return; /* order stays as emitted: still complete */
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n;
            size_t hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = unit_line(a[j]) < unit_line(a[i]) ? a[j++] : a[i++];
            while (i < mid)
                tmp[k++] = a[i++];
            while (j < hi)
                tmp[k++] = a[j++];
        }
        memcpy(a, tmp, n * sizeof *a);
    }
    free(tmp);
}

static void parser_free(parser *p)
{
    finish_unit(p);
    evx_unit_free(p->cur);
    evx_buf_free(&p->key);
    pdf_wordset_free(p->words);
    free(p->title);
    for (size_t i = 0; i < p->n_contents; i++)
        free(p->contents[i].text);
    free(p->contents);
    free(p->chapter_title);
    free(p->section);
    free(p->date);
    pdf_acc_free(&p->acc);
    pdf_acc_free(&p->qacc);
    free(p->qlead);
    free_bquotes(p);
    free(p->bq);
    pdf_acc_free(&p->fnacc);
    for (size_t i = 0; i < p->fn_cap; i++)
        free(p->fn_citer[i]);
    free(p->fn_citer);
    free(p->fn_units);
    evx_buf_free(&p->pending);
    free(p->line_page);
}

/* Reads the canonical layout l (see layout.h), loaded as text, with the
 * part handlers. */
static evx_status parse_layout(evx_units *out, const evx_text *text,
                               const evx_layout *l, const evx_read_opts *o)
{
    const char *report = o->report;
    evx_diag *diag = o->diag;
    if (!out || !text || !report)
        return EVX_INVALID;
    parser P;
    memset(&P, 0, sizeof P);
    parser *p = &P;
    p->t = text;
    p->layout = l;
    p->n_lines = evx_text_lines(text) + 1;
    p->line_page = calloc(p->n_lines, sizeof *p->line_page);
    if (!p->line_page) {
        p->n_lines = 0;
        return EVX_NOMEM;
    }
    p->file = evx_text_name(text);
    p->report = report;
    p->diag = diag;
    p->out = out;
    p->first_new = out->len;
    evx_unit_report_key(&p->key, report);
    if (evx_buf_status(&p->key) || pdf_wordset_build(&p->words, text)) {
        parser_free(p);
        return EVX_NOMEM;
    }
    find_title(p);
    p->mode = has_contents_line(p) ? M_FRONT : M_BODY;
    p->broke = 1; /* the first line starts a block */
    size_t n = evx_text_lines(text);
    for (size_t ln = 1; ln <= n && !p->st; ln++)
        ln += handle_line(p, ln);
    if (p->cur && p->acc.text.len && !ends_sentence(&p->acc))
        evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, (long)n,
                     "text ends inside %s (file truncated?)", p->cur->id);
    end_fn(p);
    finish_unit(p);
    if (!p->st) {
        report_footnotes(p);
        sort_new_units(p);
    }
    evx_status st = p->st;
    if (!st && out->len == p->first_new) {
        evx_diag_add(diag, EVX_DIAG_WARNING, p->file, 0,
                     "nothing recognisable as a committee report");
        st = EVX_PARSE;
    }
    parser_free(p);
    return st;
}

static long map_line(void *ctx, long line)
{
    long ol, oc;
    evx_layout_where(ctx, line, 1, &ol, &oc);
    return ol;
}

/* Puts the sources of units [from, len) back on the file's own lines. */
static void map_sources(evx_units *out, size_t from, const char *file,
                        const evx_layout *l)
{
    for (size_t i = from; i < out->len; i++) {
        evx_unit *u = out->items[i];
        for (size_t k = 0; k < u->n_sources; k++) {
            evx_source *s = &u->sources[k];
            if (!s->file || strcmp(s->file, file) != 0)
                continue;
            long ol, oc, el, ec;
            evx_layout_where(l, s->line, s->col, &ol, &oc);
            evx_layout_where(l, s->end_line, -1, &el, &ec);
            s->line = ol;
            s->col = oc;
            s->end_line = el < ol ? ol : el;
        }
    }
}

typedef struct furniture_ctx {
    evx_coverage *cov;
    long first, last;
} furniture_ctx;

/* Hands runs of furniture lines to the coverage. */
static int furniture_line(void *ctx, long line)
{
    furniture_ctx *f = ctx;
    if (f->last && line == f->last + 1) {
        f->last = line;
        return 0;
    }
    if (f->last)
        evx_coverage_furniture(f->cov, (size_t)f->first, (size_t)f->last,
                               "running header or contents");
    f->first = f->last = line;
    return 0;
}

static void declare_furniture(const evx_layout *l, evx_coverage *cov)
{
    furniture_ctx f = {cov, 0, 0};
    if (!cov)
        return;
    evx_layout_furniture(l, furniture_line, &f);
    if (f.last)
        evx_coverage_furniture(cov, (size_t)f.first, (size_t)f.last,
                               "running header or contents");
}

evx_status evx_pdftext_parse(evx_units *out, const evx_text *text,
                             const char *report, evx_diag *diag)
{
    evx_read_opts o = {report, diag, NULL};
    return evx_pdftext_read(out, text, &o);
}

evx_status evx_pdftext_read(evx_units *out, const evx_text *text,
                            const evx_read_opts *o)
{
    if (!out || !text || !o || !o->report)
        return EVX_INVALID;
    evx_diag *diag = o->diag;
    evx_layout *l = NULL;
    evx_text *canon = NULL;
    size_t from = out->len, first_msg = diag ? evx_diag_len(diag) : 0, len;
    evx_status st = evx_layout_build(&l, text);
    if (st)
        return st;
    const char *data = evx_layout_text(l, &len);
    st = evx_text_from_memory(&canon, evx_text_name(text), data, len, NULL);
    if (!st)
        st = parse_layout(out, canon, l, o);
    if (st == EVX_OK || st == EVX_PARSE) {
        declare_furniture(l, o->coverage);
        map_sources(out, from, evx_text_name(text), l);
        evx_diag_map_lines(diag, first_msg, evx_text_name(text), map_line, l);
    }
    evx_text_free(canon);
    evx_layout_free(l);
    return st;
}
