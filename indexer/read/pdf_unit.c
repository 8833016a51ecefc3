/*
 * pdf_unit.c - the unit in progress of the pdf-text reader and its
 * quotations; see pdf_unit.h.
 */
#include "pdf_unit.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "pdf_back.h"
#include "quotes.h"

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
static qitem *find_inline(pdf_parser *p, const pdf_acc *a, qitem *items,
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

/* A new quotation unit, number k of parent, placed where its parent is.
 * NULL when out of memory (already recorded). */
static evx_unit *new_quote(pdf_parser *p, const evx_unit *parent, int k)
{
    evx_unit *q = NULL;
    if (evx_unit_new(&q, EVX_UNIT_QUOTATION)) {
        pdf_oom(p);
        return NULL;
    }
    evx_buf id = EVX_BUF_INIT;
    evx_buf_printf(&id, "%s/q%d", parent->id, k);
    q->id = evx_buf_detach(&id);
    pdf_set_common(p, q);
    q->number = k;
    q->para = parent->para;
    q->chapter = parent->chapter;
    pdf_set_str(p, &q->chapter_title, parent->chapter_title);
    pdf_set_str(p, &q->section, parent->section);
    q->page = parent->page;
    pdf_set_str(p, &q->parent, parent->id);
    return q;
}

/* Adds the quotation's source, checks it is whole and hands it on. */
static void publish_quote(pdf_parser *p, evx_unit *q, long line, long col,
                          long end)
{
    pdf_add_source(p, q, line, col, end);
    if (!q->id || !q->text)
        pdf_oom(p);
    pdf_push_unit(p, q);
}

static void emit_block_quote(pdf_parser *p, evx_unit *parent, pdf_bquote *b, int k)
{
    evx_unit *q = new_quote(p, parent, k);
    if (!q)
        return;
    pdf_set_str(p, &q->lead_in, b->lead_in);
    if (b->page > 0)
        q->page = b->page; /* a quotation after a page break is on its own */
    q->text = pdf_trimmed_dup(evx_buf_str(&b->acc.text), b->acc.text.len);
    pdf_add_fns(p, q, &b->acc, 0, (size_t)-1);
    long line = b->acc.n_lines ? b->acc.lines[0].line : 0;
    long col = b->acc.n_lines ? b->acc.lines[0].col : 0;
    long end = b->acc.n_lines ? b->acc.lines[b->acc.n_lines - 1].line : line;
    publish_quote(p, q, line, col, end);
}

static void emit_inline_quote(pdf_parser *p, evx_unit *parent, const qitem *it,
                              int k)
{
    const char *T = p->acc.text.data;
    evx_unit *q = new_quote(p, parent, k);
    if (!q)
        return;
    q->is_inline = 1;
    const evx_qspan *s = &it->q;
    q->text = pdf_trimmed_dup(T + s->open + 3, s->close - s->open - 3);
    if (s->lead_end > s->lead) {
        q->lead_in = pdf_trimmed_dup(T + s->lead, s->lead_end - s->lead);
        if (!q->lead_in)
            pdf_oom(p);
    }
    pdf_add_fns(p, q, &p->acc, s->open, s->sent_end);
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

void pdf_free_quotes(pdf_parser *p)
{
    for (size_t i = 0; i < p->n_bq; i++) {
        pdf_acc_free(&p->bq[i].acc);
        free(p->bq[i].lead_in);
    }
    p->n_bq = 0;
}

static void finish_quote(pdf_parser *p)
{
    if (p->qs != PDF_QUOTE)
        return;
    p->qs = PDF_PROSE;
    if (p->qacc.text.len == 0) {
        free(p->qlead);
        p->qlead = NULL;
        return;
    }
    if (p->n_bq == p->cap_bq) {
        size_t nc = p->cap_bq ? p->cap_bq * 2 : 4;
        pdf_bquote *nb = realloc(p->bq, nc * sizeof *nb);
        if (!nb) {
            pdf_oom(p);
            return;
        }
        p->bq = nb;
        p->cap_bq = nc;
    }
    pdf_bquote *b = &p->bq[p->n_bq++];
    b->acc = p->qacc;
    memset(&p->qacc, 0, sizeof p->qacc);
    b->lead_in = p->qlead;
    p->qlead = NULL;
    b->at = p->qat;
    b->page = p->qpage;
}

static void begin_quote(pdf_parser *p)
{
    const char *T = evx_buf_str(&p->acc.text);
    size_t L = p->acc.text.len;
    size_t ss = evx_quote_lead_start(T, L, L);
    free(p->qlead);
    p->qlead = L ? pdf_trimmed_dup(T + ss, L - ss) : NULL;
    if (L && !p->qlead)
        pdf_oom(p);
    p->qat = L;
    p->qpage = p->page;
    pdf_acc_clear(&p->qacc);
    p->qs = PDF_QUOTE;
}

int pdf_ends_sentence(const pdf_acc *a)
{
    if (a->text.len == 0)
        return 1;
    unsigned char c = (unsigned char)a->text.data[a->text.len - 1];
    return a->ends_marker || strchr(".:;?!)", c) || c == 0x9D || c == 0x99;
}

/* Emits the unit in progress with its quotations, then clears. */
void pdf_unit_finish(pdf_parser *p)
{
    finish_quote(p);
    evx_unit *u = p->cur;
    p->cur = NULL;
    p->qs = PDF_PROSE;
    if (!u) {
        pdf_free_quotes(p);
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
                pdf_oom(p);
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
                pdf_oom(p);
        } else {
            evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file,
                         p->acc.n_lines ? p->acc.lines[0].line : 0,
                         "witness panel without a question range");
            if (pdf_split_people(u, T, L))
                pdf_oom(p);
        }
    }
    u->text = pdf_trimmed_dup(T, L);
    if (!u->text)
        pdf_oom(p);
    if (u->type != EVX_UNIT_WITNESS && u->type != EVX_UNIT_EVIDENCE)
        pdf_add_fns(p, u, &p->acc, 0, (size_t)-1);
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
    pdf_add_source(p, u, line, col, end);

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
        pdf_oom(p);
    if (n > 1)
        qsort(items, n, sizeof *items, cmp_qitem);
    if (u->text && u->text[0])
        pdf_push_unit(p, u);
    else
        evx_unit_free(u), u = NULL;
    for (size_t i = 0; i < n && u && !p->st; i++) {
        if (items[i].block >= 0)
            emit_block_quote(p, u, &p->bq[items[i].block], (int)i + 1);
        else
            emit_inline_quote(p, u, &items[i], (int)i + 1);
    }
    free(items);
    pdf_free_quotes(p);
    pdf_acc_clear(&p->acc);
}

evx_unit *pdf_unit_begin(pdf_parser *p, evx_unit_type type, char *id,
                         long line, long col)
{
    pdf_unit_finish(p);
    evx_unit *u = NULL;
    if (!id || evx_unit_new(&u, type)) {
        free(id);
        pdf_oom(p);
        return NULL;
    }
    u->id = id;
    pdf_set_common(p, u);
    u->page = p->page;
    p->cur = u;
    p->cur_line = line;
    p->cur_col = col;
    p->qs = PDF_PROSE;
    p->rec_done = 0;
    p->quotes_ok = type != EVX_UNIT_RECOMMENDATION && type != EVX_UNIT_WITNESS &&
                   type != EVX_UNIT_EVIDENCE;
    return u;
}

void pdf_unit_block(pdf_parser *p, evx_unit_type type, char *id,
                    const char *title, int number)
{
    evx_unit *u = pdf_unit_begin(p, type, id, 0, 0);
    if (!u)
        return;
    u->number = number;
    pdf_set_str(p, &u->title, title);
    if (type == EVX_UNIT_RECOMMENDATION || type == EVX_UNIT_BOX)
        pdf_set_str(p, &u->section, p->section);
}

/* Does the unit end with a lead-in whose quotation has not started? */
int pdf_awaiting_quote(const pdf_parser *p)
{
    size_t L = p->acc.text.len;
    if (!p->cur || p->qs == PDF_QUOTE || !L || p->acc.text.data[L - 1] != ':')
        return 0;
    return p->n_bq == 0 || p->bq[p->n_bq - 1].at != L;
}

/* Adds a prose or list line to the unit in progress, following the
 * lead-in / block quotation states. */
void pdf_unit_add_line(pdf_parser *p, const pdf_line *c)
{
    if (!p->cur) {
        pdf_unplaced(p, c);
        return;
    }
    pdf_fnseq *seq = (p->cur->type == EVX_UNIT_WITNESS ||
                      p->cur->type == EVX_UNIT_EVIDENCE ||
                      p->cur->type == EVX_UNIT_RECOMMENDATION)
                         ? NULL
                         : &p->fn;
    int list = pdf_is_list_item(c->s, c->len);
    if (p->qs == PDF_QUOTE) {
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
    } else if (p->quotes_ok && !list && pdf_awaiting_quote(p) &&
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
