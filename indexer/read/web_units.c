/*
 * web_units.c - the web-edition reader's units: a paragraph with its
 * footnote markers and quotations, and the fields every unit gets (see
 * webtext_impl.h).
 */
#include "webtext_impl.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "ascii.h"
#include "caption.h"
#include "paranum.h"
#include "quotes.h"
#include "web_lines.h"

evx_unit *evx_wt_make_unit(parser *ps, evx_unit_type type, const char *id)
{
    evx_unit *u = NULL;

    if (ps->st || evx_unit_new(&u, type)) {
        evx_wt_fail(ps, EVX_NOMEM);
        return NULL;
    }
    if (evx_unit_set(&u->id, id, strlen(id)) ||
        evx_unit_set(&u->report, ps->report, strlen(ps->report))) {
        evx_unit_free(u);
        evx_wt_fail(ps, EVX_NOMEM);
        return NULL;
    }
    return u;
}

void evx_wt_set_place(parser *ps, evx_unit *u, int para_no)
{
    u->para = para_no;
    u->chapter = ps->chapter;
    if ((ps->chapter_title &&
         evx_unit_set(&u->chapter_title, ps->chapter_title,
                      strlen(ps->chapter_title))) ||
        (ps->section &&
         evx_unit_set(&u->section, ps->section, strlen(ps->section))))
        evx_wt_fail(ps, EVX_NOMEM);
}

void evx_wt_set_text(parser *ps, char **field, const char *s, size_t n)
{
    evx_web_trim(&s, &n, NULL);
    if (evx_unit_set(field, s, n))
        evx_wt_fail(ps, EVX_NOMEM);
}

static void add_markers(parser *ps, evx_unit *u, const markers *m, size_t lo,
                        size_t hi)
{
    size_t k;

    for (k = 0; k < m->n; k++)
        if (m->v[k].off >= lo && m->v[k].off <= hi &&
            evx_unit_add_footnote(u, m->v[k].number))
            evx_wt_fail(ps, EVX_NOMEM);
}

void evx_wt_push(parser *ps, evx_unit *u, long line, long col, long end)
{
    if (!u)
        return;
    if (evx_unit_add_source(u, ps->file, RENDERING, line, col, end)) {
        evx_unit_free(u);
        evx_wt_fail(ps, EVX_NOMEM);
        return;
    }
    if (evx_units_push(ps->out, u))
        evx_wt_fail(ps, EVX_NOMEM);
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

void evx_wt_para_reset(para *p)
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

/* Where offset off of the paragraph text came from (no printed page). */
static void text_where(const void *ctx, size_t off, long *line, long *col,
                       int *page)
{
    locate(ctx, off, line, col);
    *page = 0;
}

/* The marker offsets and numbers of the paragraph, and the footnotes of
 * its block quotations, laid out as quote_units.h takes them: one
 * allocation, the caller's to free (NULL: out of memory). */
typedef struct quote_input {
    size_t *mark_off;
    int *mark_num;
    evx_qblock *blocks;
    int *block_fns;
} quote_input;

static void *quote_input_make(const para *p, quote_input *in)
{
    size_t fns = 0, i, k, used = 0;
    char *mem;

    for (i = 0; i < p->n_bq; i++)
        fns += p->bq[i].mk.n;
    mem = malloc(p->mk.n * (sizeof(size_t) + sizeof(int)) +
                 p->n_bq * sizeof(evx_qblock) + fns * sizeof(int) + 1);
    if (!mem)
        return NULL;
    in->blocks = (evx_qblock *)mem;
    in->mark_off = (size_t *)(in->blocks + p->n_bq);
    in->mark_num = (int *)(in->mark_off + p->mk.n);
    in->block_fns = in->mark_num + p->mk.n;
    for (k = 0; k < p->mk.n; k++) {
        in->mark_off[k] = p->mk.v[k].off;
        in->mark_num[k] = p->mk.v[k].number;
    }
    for (i = 0; i < p->n_bq; i++) {
        const block *b = &p->bq[i];
        for (k = 0; k < b->mk.n; k++)
            in->block_fns[used + k] = b->mk.v[k].number;
        in->blocks[i] = (evx_qblock){b->pos, evx_buf_str(&b->text),
                                     b->text.len, b->lead_in,
                                     in->block_fns + used, b->mk.n, b->line,
                                     b->col, b->end_line, 0};
        used += b->mk.n;
    }
    return mem;
}

/* Pushes the quotations of the paragraph u, block and inline, in
 * document order (quote_units.h, the rule every reader shares). */
static void push_quotes(parser *ps, const evx_unit *u)
{
    const para *p = &ps->p;
    quote_input in = {NULL, NULL, NULL, NULL};
    void *mem = quote_input_make(p, &in);
    evx_qparent q = {u, evx_buf_str(&p->text), p->text.len, in.mark_off,
                     in.mark_num, p->mk.n, in.blocks, p->n_bq, 1, ps->file,
                     RENDERING, text_where, p, ps->diag, ps->single_quotes};

    if (!mem || evx_quote_units(ps->out, &q))
        evx_wt_fail(ps, EVX_NOMEM);
    free(mem);
}

/* Where byte off of an annex's text came from: the line block_add read
 * it from, and its column there (its first line's while none is known).
 * A quotation in an annex had pointed at the annex's heading. */
static void block_where(const void *ctx, size_t off, long *line, long *col,
                        int *page)
{
    const parser *ps = ctx;
    *line = ps->box_line;
    *col = ps->box_col;
    *page = 0;
    for (size_t i = ps->n_box_at; i-- > 0;)
        if (ps->box_at[i].off <= off) {
            *line = ps->box_at[i].line;
            *col = ps->box_at[i].col + (long)(off - ps->box_at[i].off);
            return;
        }
}

/* Pushes the quotations printed in the text of annex u ("Captain Pascoe
 * told members: “…”"), as a paragraph's inline ones are found; its
 * markers are the unit's own, not placed. */
static void push_block_quotes(parser *ps, const evx_unit *u)
{
    evx_qparent q = {u, evx_buf_str(&ps->box_text), ps->box_text.len, NULL,
                     NULL, 0, NULL, 0, 1, ps->file, RENDERING, block_where,
                     ps, ps->diag, ps->single_quotes};

    if (evx_quote_units(ps->out, &q))
        evx_wt_fail(ps, EVX_NOMEM);
}

/* Emits the open paragraph, then its quotations in document order. */
void evx_wt_flush(parser *ps)
{
    para *p = &ps->p;
    evx_buf pid = EVX_BUF_INIT;
    evx_unit *u;

    if (!p->open)
        return;
    evx_buf_append(&pid, evx_buf_str(&ps->key), ps->key.len);
    char at[24];
    evx_para_print(p->number, at, sizeof at);
    evx_buf_printf(&pid, "/p%s", at);
    u = evx_buf_status(&pid) ? NULL
                             : evx_wt_make_unit(ps, EVX_UNIT_PARAGRAPH, evx_buf_str(&pid));
    if (u) {
        u->number = p->number;
        evx_wt_set_place(ps, u, p->number);
        evx_wt_set_text(ps, &u->text, evx_buf_str(&p->text), p->text.len);
        add_markers(ps, u, &p->mk, 0, p->text.len);
        evx_wt_push(ps, u, p->line, p->col, p->end_line);
        if (!ps->st)
            push_quotes(ps, u);
    } else {
        evx_wt_fail(ps, EVX_NOMEM);
    }
    evx_buf_free(&pid);
    evx_wt_para_reset(p);
}


/* ---- boxes, figures and tables ---- */

void evx_wt_box_close(parser *ps)
{
    evx_unit *u = ps->box;

    if (!u)
        return;
    ps->box = NULL;
    ps->box_floated = 0;
    evx_wt_set_text(ps, &u->text, evx_buf_str(&ps->box_text), ps->box_text.len);
    evx_wt_push(ps, u, ps->box_line, ps->box_col, ps->box_end);
    if (!ps->st && u->type == EVX_UNIT_ANNEX)
        push_block_quotes(ps, u);
    evx_buf_clear(&ps->box_text);
}

/* Opens a unit of its own of type (a box, a summary block, a glossary
 * entry, an annex) at line l, titled s[0..n) (none if n is 0), its id the
 * report's key, part ("/box/"), and the slug of its title or number; the
 * paragraph open is finished unless the box floated into it. */
static void block_open(parser *ps, evx_unit_type type, const char *part,
                       int number, size_t l, const char *s, size_t n, long col,
                       int floated)
{
    evx_buf id = EVX_BUF_INIT, title = EVX_BUF_INIT;
    evx_unit *u;

    if (!floated)
        evx_wt_flush(ps);
    evx_wt_box_close(ps);
    ps->box_floated = floated;
    evx_buf_append(&title, s, n);
    evx_buf_append(&id, evx_buf_str(&ps->key), ps->key.len);
    evx_buf_puts(&id, part);
    if (number)
        evx_buf_printf(&id, "%d", number);
    else
        evx_unit_slug(&id, evx_buf_str(&title));
    if (!number && evx_units_unique_id(ps->out, &id))
        evx_wt_fail(ps, EVX_NOMEM);
    u = evx_buf_status(&id) || evx_buf_status(&title)
            ? NULL
            : evx_wt_make_unit(ps, type, evx_buf_str(&id));
    if (u) {
        evx_wt_set_place(ps, u, 0); /* cited by its title, not a ¶ */
        u->number = number;
        if (n)
            evx_wt_set_text(ps, &u->title, s, n);
        ps->box = u;
        ps->box_line = ps->box_end = (long)l;
        ps->box_col = col;
        ps->n_box_at = 0;
        ps->box_sourced = 0;
    } else {
        evx_wt_fail(ps, EVX_NOMEM);
    }
    evx_buf_free(&id);
    evx_buf_free(&title);
}

/* Adds line l (its text at column col) to the unit open, its footnote
 * markers taken off and kept as the unit's footnotes. */
static void block_add(parser *ps, size_t l, const char *s, size_t n, long col)
{
    evx_buf clean = EVX_BUF_INIT;
    markers mk = {NULL, 0, 0};

    if (evx_web_detach(&ps->seq, s, n, &clean, &mk))
        evx_wt_fail(ps, EVX_NOMEM);
    if (ps->box_text.len)
        evx_buf_putc(&ps->box_text, ' ');
    if (evx_grow((void **)&ps->box_at, &ps->cap_box_at, ps->n_box_at + 1,
                 sizeof *ps->box_at))
        evx_wt_fail(ps, EVX_NOMEM);
    else
        ps->box_at[ps->n_box_at++] = (struct box_at){ps->box_text.len, (long)l, col};
    evx_buf_append(&ps->box_text, evx_buf_str(&clean), clean.len);
    if (evx_buf_status(&ps->box_text))
        evx_wt_fail(ps, EVX_NOMEM);
    for (size_t k = 0; k < mk.n && ps->box; k++)
        if (evx_unit_add_footnote(ps->box, mk.v[k].number))
            evx_wt_fail(ps, EVX_NOMEM);
    ps->box_end = (long)l;
    free(mk.v);
    evx_buf_free(&clean);
}

int evx_wt_box_line(parser *ps, size_t l, const char *s, size_t n, long col,
                    int may_open)
{
    if (may_open && evx_caption_line(s, n)) {
        block_open(ps, EVX_UNIT_BOX, "/box/", 0, l, s, n, col,
                   may_open == EVX_WT_CAPTION_FLOATS);
        return 1;
    }
    /* its source line, wrapped onto lines in lower case, ends it */
    if (!ps->box || ps->box->type != EVX_UNIT_BOX ||
        (ps->box_sourced && !evx_ascii_lower((unsigned char)s[0]))) {
        evx_wt_box_close(ps);
        return 0;
    }
    block_add(ps, l, s, n, col);
    ps->box_sourced |= evx_caption_source(s, n);
    return 1;
}

/* ---- the summary, the glossary and annexes ---- */

/* Where a glossary line's term ends and its meaning starts ("ACO:
 * Accountable care organisation", "ICS – Integrated care system"): the
 * term's length, *def the meaning's start; 0 if the line is not so
 * printed. */
static size_t glossary_term(const char *s, size_t n, size_t *def)
{
    for (size_t i = 1; i + 2 < n && i < 80; i++) {
        size_t k = 0;
        if (s[i] == ':' && s[i + 1] == ' ')
            k = 2;
        else if (s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ')
            k = 3;
        else if (s[i] == ' ' && i + 4 < n && (unsigned char)s[i + 1] == 0xE2 &&
                 (unsigned char)s[i + 2] == 0x80 &&
                 ((unsigned char)s[i + 3] == 0x93 ||
                  (unsigned char)s[i + 3] == 0x94) && s[i + 4] == ' ')
            k = 5;
        if (k) {
            *def = i + k;
            return i;
        }
        if (s[i] == '.')
            return 0; /* a sentence, not a term */
    }
    /* "STP Sustainability and transformation partnership": an acronym and
     * its long form */
    size_t a = 0;
    while (a < n && evx_ascii_upper((unsigned char)s[a]))
        a++;
    if (a >= 2 && a <= 8 && a + 2 < n && s[a] == ' ' &&
        evx_ascii_upper((unsigned char)s[a + 1])) {
        *def = a + 1;
        return a;
    }
    return 0;
}

int evx_wt_part_line(parser *ps, evx_web_part part, size_t l, const char *s,
                     size_t n, long col, int block_start, int alone)
{
    size_t t, def;
    int stop;
    /* a term or a heading opens a block of its own, not a line a wrap
     * left inside a meaning ("… such as" / "NHS England and councils") */
    int opens = block_start || !ps->box ||
                (ps->box_text.len && ps->box_text.data[ps->box_text.len - 1] == '.');

    if (part == EVX_WEB_PART_ANNEX) {
        if (!ps->box)
            block_open(ps, EVX_UNIT_ANNEX, "/annex/", ++ps->n_annex, l, NULL, 0,
                       col, 0);
    } else if (part == EVX_WEB_PART_GLOSSARY && opens &&
               (t = glossary_term(s, n, &def)) > 0) {
        block_open(ps, EVX_UNIT_GLOSSARY, "/glossary/", 0, l, s, t, col, 0);
        block_add(ps, l, s + def, n - def, col + (long)def);
        return 1;
    } else if (opens && alone && evx_web_heading_shape(s, n, &stop) && !stop &&
               !evx_web_ends_in_function_word(s, n)) {
        /* a term over its meaning; a heading over a block of the summary */
        if (part == EVX_WEB_PART_GLOSSARY)
            block_open(ps, EVX_UNIT_GLOSSARY, "/glossary/", 0, l, s, n, col, 0);
        else
            block_open(ps, EVX_UNIT_SUMMARY, "/summary/", ++ps->n_summary, l,
                       s, n, col, 0);
        return 1;
    } else if (!ps->box && part == EVX_WEB_PART_SUMMARY) {
        block_open(ps, EVX_UNIT_SUMMARY, "/summary/", ++ps->n_summary, l, NULL,
                   0, col, 0);
    }
    if (!ps->box)
        return 0;
    block_add(ps, l, s, n, col);
    return 1;
}

void evx_wt_annex(parser *ps, size_t l, const char *s, size_t n, long col)
{
    block_open(ps, EVX_UNIT_ANNEX, "/annex/", ++ps->n_annex, l, s, n, col, 0);
}
