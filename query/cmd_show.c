/*
 * cmd_show.c - `evidex show ID`: one unit in full, with the texts of its
 * footnotes, its quotations and where it stands in each rendering.
 */
#include "cmd_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "json.h"
#include "store.h"

static int by_number(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* The unit as show prints it: its block quotations stand in its text
 * (format.h), so the footnotes they cite are listed with its own ("The
 * most mature partnerships are evolving …"46 had lost note 46).  Adds
 * them to u->footnotes, in order, each once.  EVX_OK or EVX_NOMEM. */
static evx_status with_quoted_notes(evx_unit *u, const evx_units *qs)
{
    size_t n = u->n_footnotes;
    for (size_t i = 0; i < qs->len; i++)
        if (!qs->items[i]->is_inline)
            n += qs->items[i]->n_footnotes;
    if (n == u->n_footnotes)
        return EVX_OK;
    int *all = malloc(n * sizeof *all);
    if (!all)
        return EVX_NOMEM;
    size_t m = 0;
    for (size_t k = 0; k < u->n_footnotes; k++)
        all[m++] = u->footnotes[k];
    for (size_t i = 0; i < qs->len; i++)
        for (size_t k = 0; !qs->items[i]->is_inline && k < qs->items[i]->n_footnotes; k++)
            all[m++] = qs->items[i]->footnotes[k];
    qsort(all, m, sizeof *all, by_number);
    size_t out = 0;
    for (size_t k = 0; k < m; k++)
        if (out == 0 || all[out - 1] != all[k])
            all[out++] = all[k];
    free(u->footnotes);
    u->footnotes = all;
    u->n_footnotes = out;
    return EVX_OK;
}

static void show_footnotes(evx_buf *b, const evx_unit *u, char **fn)
{
    size_t i;

    if (!u->n_footnotes)
        return;
    evx_buf_puts(b, "\nFootnotes:\n");
    for (i = 0; i < u->n_footnotes; i++) {
        evx_buf_printf(b, "  [%d] ", u->footnotes[i]);
        if (fn && fn[i])
            evx_format_oneline(b, fn[i], strlen(fn[i]));
        else
            evx_buf_puts(b, "(not in the index)");
        evx_buf_putc(b, '\n');
    }
}

static void show_quotations(evx_buf *b, const evx_units *qs)
{
    size_t i;

    for (i = 0; i < qs->len; i++) {
        const evx_unit *q = qs->items[i];
        if (i == 0)
            evx_buf_puts(b, "\nQuotations:\n");
        evx_buf_printf(b, "  %s  ", q->id);
        evx_format_speaker(b, q->speaker);
        evx_buf_putc(b, '\n');
    }
}

/* `"quotations":[{"id", "speaker", "at"}]`, at: the byte offset in u's
 * text where a block quotation stands (format.h), null for an inline one.
 * EVX_OK or EVX_NOMEM. */
static evx_status quotations_json(evx_buf *b, const evx_unit *u,
                                  const evx_units *qs)
{
    size_t i, *at = calloc(qs->len ? qs->len : 1, sizeof *at);

    if (!at)
        return EVX_NOMEM;
    evx_format_quote_places(u->text, qs, at);
    evx_buf_puts(b, "\"quotations\":[");
    for (i = 0; i < qs->len; i++) {
        const evx_unit *q = qs->items[i];
        evx_buf_puts(b, i ? ",{\"id\":" : "{\"id\":");
        evx_json_put_cstr(b, q->id);
        evx_buf_puts(b, ",\"speaker\":");
        evx_json_put_cstr(b, q->speaker ? q->speaker->name : NULL);
        if (at[i] == SIZE_MAX)
            evx_buf_puts(b, ",\"at\":null}");
        else
            evx_buf_printf(b, ",\"at\":%zu}", at[i]);
    }
    evx_buf_putc(b, ']');
    free(at);
    return EVX_OK;
}

static void show_sources(evx_buf *b, const evx_unit *u)
{
    size_t i;

    if (!u->n_sources)
        return;
    evx_buf_puts(b, "\nSources:\n");
    for (i = 0; i < u->n_sources; i++) {
        const evx_source *s = &u->sources[i];
        evx_buf_printf(b, "  %s:%ld:%ld  (%s, lines %ld-%ld)\n",
                       s->file ? s->file : "?", s->line, s->col,
                       s->rendering ? s->rendering : "?", s->line,
                       s->end_line);
    }
}

static void show_text(evx_cmd *c, const evx_unit *u, const evx_units *qs)
{
    evx_out_hit h;
    evx_fmt_opts fo = {0};
    char **fn = NULL;

    if (evx_store_footnotes(&fn, c->db, u))
        fn = NULL;
    memset(&h, 0, sizeof h);
    h.unit = u;
    h.quotations = qs;
    fo.color = c->o->color;
    fo.full_text = 1;
    evx_format_human(&c->buf, &h, &fo);
    show_footnotes(&c->buf, u, fn);
    show_quotations(&c->buf, qs);
    show_sources(&c->buf, u);
    evx_cmd_flush(c);
    evx_store_texts_free(fn, u->n_footnotes);
}

evx_status evx_cmd_show(unsigned long *found, evx_cmd *c,
                        const evx_cmd_opts *o, const evx_out *out)
{
    evx_unit *u = NULL;
    evx_units qs = EVX_UNITS_INIT;
    evx_buf extra = EVX_BUF_INIT;
    evx_status st;

    *found = 0;
    evx_cmd_begin(c, o, out);
    st = evx_cmd_unit_arg(c, &u, NULL, "show");
    if (st)
        return st == EVX_NOT_FOUND ? EVX_OK : st;
    *found = 1;
    if ((st = evx_store_quotations(&qs, c->db, u)) || (st = with_quoted_notes(u, &qs)))
        goto done;
    if (o->count_only)
        evx_cmd_put_count(c, 1);
    else if (o->format == EVX_OUT_TEXT)
        show_text(c, u, &qs);
    else {
        evx_cmd_hit h = {0, 0, u, NULL, NULL, EVX_MATCH_NONE, NULL, &qs};
        if ((st = quotations_json(&extra, u, &qs)))
            goto done;
        h.extra_json = evx_buf_str(&extra);
        evx_cmd_emit(c, &h);
    }
done:
    evx_buf_free(&extra);
    evx_units_free(&qs);
    evx_unit_free(u);
    return st;
}
