/*
 * quote_units.c - quotation units of a parent unit (see quote_units.h).
 */
#include "quote_units.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "quotes.h"

#define NBSP "\xC2\xA0"

/* s[0..n) without blanks and no-break spaces at either end. */
static void trim(const char **s, size_t *n)
{
    const char *p = *s;
    size_t b = 0, e = *n;

    for (;;) {
        if (b < e && evx_ascii_space((unsigned char)p[b]))
            b++;
        else if (e - b >= 2 && memcmp(p + b, NBSP, 2) == 0)
            b += 2;
        else
            break;
    }
    for (;;) {
        if (e > b && evx_ascii_space((unsigned char)p[e - 1]))
            e--;
        else if (e - b >= 2 && memcmp(p + e - 2, NBSP, 2) == 0)
            e -= 2;
        else
            break;
    }
    *s = p + b;
    *n = e - b;
}

static evx_status set_trimmed(char **field, const char *s, size_t n)
{
    trim(&s, &n);
    return evx_unit_set(field, s, n);
}

static evx_status set_cstr(char **field, const char *s)
{
    return evx_unit_set(field, s, s ? strlen(s) : 0);
}

/* Quotation k of the parent, placed where the parent is. */
static evx_status new_quote(evx_unit **out, const evx_unit *parent, int k)
{
    evx_unit *q = NULL;
    evx_buf id = EVX_BUF_INIT;
    evx_status st = evx_unit_new(&q, EVX_UNIT_QUOTATION);

    *out = NULL;
    if (st)
        return st;
    evx_buf_printf(&id, "%s/q%d", parent->id ? parent->id : "", k);
    q->id = evx_buf_detach(&id);
    q->number = k;
    q->para = parent->para;
    q->chapter = parent->chapter;
    q->page = parent->page;
    if (!q->id || set_cstr(&q->report, parent->report) ||
        set_cstr(&q->chapter_title, parent->chapter_title) ||
        set_cstr(&q->section, parent->section) ||
        set_cstr(&q->parent, parent->id)) {
        evx_unit_free(q);
        return EVX_NOMEM;
    }
    *out = q;
    return EVX_OK;
}

/* Adds the source and hands q to out (or frees it). */
static evx_status publish(evx_units *out, const evx_qparent *p, evx_unit *q,
                          evx_status st, const long where[3])
{
    if (!st && !q->text)
        st = EVX_NOMEM;
    if (!st)
        st = evx_unit_add_source(q, p->file, p->rendering, where[0], where[1],
                                 where[2]);
    if (!st)
        st = evx_units_push(out, q);
    if (st)
        evx_unit_free(q);
    return st;
}

static evx_status block_unit(evx_units *out, const evx_qparent *p,
                             const evx_qblock *b, int k)
{
    evx_unit *q = NULL;
    evx_status st = new_quote(&q, p->unit, k);

    if (st)
        return st;
    if (b->page > 0)
        q->page = b->page; /* a quotation after a page break is on its own */
    st = set_trimmed(&q->text, b->text, b->len);
    if (!st && b->lead_in)
        st = set_trimmed(&q->lead_in, b->lead_in, strlen(b->lead_in));
    for (size_t i = 0; !st && i < b->n_footnotes; i++)
        st = evx_unit_add_footnote(q, b->footnotes[i]);
    long where[3] = {b->line, b->col, b->end_line};
    return publish(out, p, q, st, where);
}

static evx_status inline_unit(evx_units *out, const evx_qparent *p,
                              const evx_qspan *s, int k)
{
    evx_unit *q = NULL;
    evx_status st = new_quote(&q, p->unit, k);
    long where[3] = {0, 0, 0}, end_col = 0;
    int page = 0, end_page = 0;

    if (st)
        return st;
    q->is_inline = 1;
    st = set_trimmed(&q->text, p->text + s->open + 3, s->close - s->open - 3);
    if (!st && s->lead_end > s->lead)
        st = set_trimmed(&q->lead_in, p->text + s->lead, s->lead_end - s->lead);
    for (size_t i = 0; !st && i < p->n_marks; i++)
        if (p->mark_off[i] >= s->open && p->mark_off[i] <= s->sent_end)
            st = evx_unit_add_footnote(q, p->mark_num[i]);
    p->where(p->ctx, s->open + 3, &where[0], &where[1], &page);
    p->where(p->ctx, s->close, &where[2], &end_col, &end_page);
    if (page > 0)
        q->page = page; /* opened after a page break: on the next page */
    return publish(out, p, q, st, where);
}

/* Notes a span of two words or more that the rule did not take. */
static void note_span(const evx_qparent *p, const evx_qspan *s)
{
    long line = 0, col = 0;
    int page = 0;

    if (!p->diag || s->verdict == EVX_Q_WORD)
        return;
    p->where(p->ctx, s->open, &line, &col, &page);
    evx_diag_add(p->diag, EVX_DIAG_NOTE, p->file, line,
                 "not a quotation (%s): %.*s", s->why,
                 (int)(s->close + 3 - s->open), p->text + s->open);
}

/* The next attributed inline span (1), noting those not taken; 0 at the
 * end or when inline quotations are not looked for. */
static int next_inline(const evx_qparent *p, evx_qscan *sc, evx_qspan *q)
{
    if (!p->find_inline)
        return 0;
    while (evx_quote_scan(sc, q)) {
        if (q->verdict == EVX_Q_QUOTATION)
            return 1;
        note_span(p, q);
    }
    return 0;
}

/* Says where a scan stopped at its cap: the spans after it are not read
 * as quotations, though their words stay in the unit's text. */
static void note_cut(const evx_qparent *p, const evx_qscan *sc)
{
    long line = 0, col = 0;
    int page = 0;

    if (!p->diag || !evx_quote_scan_cut(sc))
        return;
    p->where(p->ctx, sc->from, &line, &col, &page);
    evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, line,
                 "%s holds %zu quoted passages or more: from here on its "
                 "quotations are not read as quotations of their own (their "
                 "words stay in its text); were its paragraph numbers lost?",
                 p->unit->id, sc->seen);
}

evx_status evx_quote_units(evx_units *out, const evx_qparent *p)
{
    evx_qscan sc = {p->text, p->len, p->mark_off, p->n_marks, 0, 0,
                    p->single_quotes};
    evx_qspan q;
    evx_status st = EVX_OK;
    size_t b = 0;
    int k = 1;
    int have = next_inline(p, &sc, &q);

    while (!st && (have || b < p->n_blocks)) {
        if (b < p->n_blocks && (!have || p->blocks[b].at <= q.open)) {
            st = block_unit(out, p, &p->blocks[b++], k++);
        } else {
            st = inline_unit(out, p, &q, k++);
            have = next_inline(p, &sc, &q);
        }
    }
    note_cut(p, &sc);
    return st;
}
