/*
 * cmd_search.c - `evidex [search] QUERY`: ranked hits with snippets, an
 * exact count of the matches, and a "did you mean" when nothing matches.
 */
#include "cmd_impl.h"

#include <stdlib.h>

#include "answer.h"
#include "json.h"

static void put_summary(evx_cmd *c, const evx_hits *hits)
{
    const evx_cmd_opts *o = c->o;
    const char *about = evx_cmd_found_exact(c) ? "" : "about ";

    if (o->format != EVX_OUT_TEXT || !hits->total)
        return;
    if (o->offset == 0 || !hits->len)
        evx_buf_printf(&c->buf, "%zu of %s%lu matches\n\n", hits->len,
                       about, hits->total);
    else
        evx_buf_printf(&c->buf, "%u\xE2\x80\x93%zu of %s%lu matches\n\n",
                       o->offset + 1, o->offset + hits->len, about,
                       hits->total);
    evx_cmd_flush(c);
}

/* The id merged into a hit (restate.h): `"also":["id"]` in JSON, a line
 * under the hit in text. */
static void put_also(evx_cmd *c, const char *also, evx_buf *json)
{
    evx_buf_clear(json);
    if (!also)
        return;
    if (c->o->format == EVX_OUT_JSON) {
        evx_json_put_key(json, "also");
        evx_buf_putc(json, '[');
        evx_json_put_cstr(json, also);
        evx_buf_putc(json, ']');
    } else if (c->o->format == EVX_OUT_TEXT) {
        evx_buf_printf(&c->buf,
                       "   also %s (the recommendation restating it)\n\n", also);
        evx_cmd_flush(c);
    }
}

static void print_hits(evx_cmd *c, const evx_hits *hits,
                       const evx_cmd_words *w)
{
    evx_buf json = EVX_BUF_INIT;
    size_t i;

    for (i = 0; i < hits->len; i++) {
        const evx_hit *hit = &hits->items[i];
        evx_cmd_hit h = {hit->rank, hit->score, hit->unit, w, NULL,
                         EVX_MATCH_NONE, NULL, NULL};
        if (c->o->format == EVX_OUT_JSON) {
            put_also(c, hit->also, &json);
            h.extra_json = json.len ? evx_buf_str(&json) : NULL;
        }
        evx_cmd_emit(c, &h);
        if (c->o->format != EVX_OUT_JSON)
            put_also(c, hit->also, &json);
    }
    evx_buf_free(&json);
}

/* A quantity question's page: the units that state one weigh more
 * (answer.h); ranks renumbered from offset. */
static void answer_page(evx_hits *hits, unsigned offset)
{
    evx_answer_rerank(hits->items, hits->len, EVX_ANSWER_QUANTITY_WEIGHT);
    for (size_t i = 0; i < hits->len; i++)
        hits->items[i].rank = offset + (unsigned)i + 1;
}

evx_status evx_cmd_search(unsigned long *found, evx_cmd *c,
                          const evx_cmd_opts *o, const evx_out *out)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    evx_cmd_words w = {NULL, 0};
    evx_cmd_run_opts r = {o->offset, o->count_only ? 0 : o->limit, 1, 1, NULL};
    evx_status st;

    *found = 0;
    evx_cmd_begin(c, o, out);
    if (!o->text || !*o->text)
        return evx_cmd_fail(c, EVX_INVALID, "no query given; see evidex --help");
    st = evx_cmd_parse(c, o->text, &q);
    r.rerank = evx_qparse_rerank(c->qp);
    if (!st)
        st = evx_cmd_run(c, q, &r, &hits);
    if (!st && o->sort != EVX_SORT_DOCUMENT && evx_answer_asks_quantity(o->text))
        answer_page(&hits, o->offset);
    if (!st)
        st = evx_cmd_parser_words(c, &w);
    if (st)
        goto done;
    *found = hits.total;
    if (o->count_only)
        evx_cmd_put_count(c, hits.total);
    else {
        put_summary(c, &hits);
        print_hits(c, &hits, &w);
    }
    if (!hits.total && o->format == EVX_OUT_TEXT && !o->count_only)
        evx_cmd_note(c, "no matches");
    evx_cmd_did_you_mean(c, o->text, hits.total);
done:
    free(w.w);
    evx_hits_free(&hits);
    evx_query_free(q);
    return st;
}
