/*
 * pdf_unit.c - the unit in progress of the pdf-text reader and its
 * quotations; see pdf_unit.h.
 */
#include "pdf_unit.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "pdf_back.h"
#include "quote_units.h"
#include "quotes.h"

/* Where offset off of the unit's text came from, and its printed page. */
static void text_where(const void *ctx, size_t off, long *line, long *col,
                       int *page)
{
    const pdf_parser *p = ctx;
    pdf_acc_where(&p->acc, off, line, col);
    *page = 0;
    if (*line > 0 && (size_t)*line < p->n_lines)
        *page = p->line_page[*line];
}

/* The block quotations gathered, as quote_units.h takes them; NULL when
 * there are none or memory ran out (then p->st says so). */
static evx_qblock *quote_blocks(pdf_parser *p)
{
    if (!p->n_bq)
        return NULL;
    evx_qblock *v = calloc(p->n_bq, sizeof *v);
    if (!v) {
        pdf_oom(p);
        return NULL;
    }
    for (size_t i = 0; i < p->n_bq; i++) {
        const pdf_acc *a = &p->bq[i].acc;
        long line = a->n_lines ? a->lines[0].line : 0;
        v[i] = (evx_qblock){p->bq[i].at, evx_buf_str(&a->text), a->text.len,
                            p->bq[i].lead_in, a->fns, a->n_fns, line,
                            a->n_lines ? a->lines[0].col : 0,
                            a->n_lines ? a->lines[a->n_lines - 1].line : line,
                            p->bq[i].page};
    }
    return v;
}

/* Pushes the quotations of u, block and inline, in document order. */
static void push_quotes(pdf_parser *p, const evx_unit *u)
{
    evx_qblock *blocks = quote_blocks(p);
    evx_qparent q = {u, evx_buf_str(&p->acc.text), p->acc.text.len,
                     p->acc.fnpos, p->acc.fns, p->acc.n_fns, blocks,
                     blocks ? p->n_bq : 0, p->quotes_ok, p->file, "pdf-text",
                     text_where, p, p->diag, p->single_quotes};
    if (!p->st && evx_quote_units(p->out, &q))
        pdf_oom(p);
    free(blocks);
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
        int ranged;
        if (pdf_panel_read(u, T, L, &ranged))
            pdf_oom(p);
        else if (!ranged)
            evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file,
                         p->acc.n_lines ? p->acc.lines[0].line : 0,
                         "witness panel without a question range");
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

    if (u->text && u->text[0])
        pdf_push_unit(p, u);
    else
        evx_unit_free(u), u = NULL;
    if (u && !p->st)
        push_quotes(p, u);
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
        /* it ends at a blank line; across a page break, or in a copy
         * with no blank lines, after the footnote marker that cites it
         * where a new sentence opens the line */
        int ends = (c->block_start && !c->broke) ||
                   (list && c->block_start) ||
                   ((c->broke || p->runs_on) && p->qacc.ends_marker &&
                    p->qacc.text.len && evx_ascii_upper((unsigned char)c->s[0]));
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
