/*
 * cmd_search.c - `evidex [search] QUERY`: ranked hits with snippets, an
 * exact count of the matches, and a "did you mean" when nothing matches.
 */
#include "cmd_impl.h"

#include <stdlib.h>

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

static void print_hits(evx_cmd *c, const evx_hits *hits,
                       const evx_cmd_words *w)
{
    size_t i;

    for (i = 0; i < hits->len; i++) {
        evx_cmd_hit h = {hits->items[i].rank, hits->items[i].score,
                         hits->items[i].unit, w, NULL, EVX_MATCH_NONE, NULL,
                         NULL};
        evx_cmd_emit(c, &h);
    }
}

evx_status evx_cmd_search(unsigned long *found, evx_cmd *c,
                          const evx_cmd_opts *o, const evx_out *out)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    evx_cmd_words w = {NULL, 0};
    evx_cmd_run_opts r = {o->offset, o->count_only ? 0 : o->limit, 1};
    evx_status st;

    *found = 0;
    evx_cmd_begin(c, o, out);
    if (!o->text || !*o->text)
        return evx_cmd_fail(c, EVX_INVALID, "no query given; see evidex --help");
    st = evx_cmd_parse(c, o->text, &q);
    if (!st)
        st = evx_cmd_run(c, q, &r, &hits);
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
