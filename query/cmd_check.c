/*
 * cmd_check.c - `evidex check "QUOTATION"`: is the quotation in the report
 * exactly, and if not, which words of the closest passages differ.
 *
 * Candidates are the units holding the quotation's words as a phrase,
 * then those sharing any of its words (stemmed), each judged by
 * evx_check_contains and aligned by evx_check_diff (check.h).  Every exact
 * match is shown, then the near ones; a paragraph is shown through its
 * quotation when both qualify alike.  Only exact matches are cited (--cite),
 * listed (-l) or counted (-c); near ones are marked in every format.
 * Field filters in the quotation's text (report:, speaker:, ...) hold.
 */
#include "cmd_impl.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "format.h"
#include "store.h"

#define CHECK_CANDIDATES 30
#define CHECK_NEAR_MAX 5
#define CHECK_NEAR_MIN 0.5

typedef struct cand {
    evx_unit *unit;
    double score;
    int exact;
    evx_diff diff;
} cand;

typedef struct cands {
    cand v[CHECK_CANDIDATES * 2];
    size_t len;
    const char *quote;        /* the words, without fields */
    const evx_query *filter;  /* the fields, or NULL */
} cands;

static int has_cand(const cands *cs, const char *id)
{
    size_t i;

    for (i = 0; i < cs->len; i++)
        if (strcmp(cs->v[i].unit->id, id) == 0)
            return 1;
    return 0;
}

/* Takes the hits' units into cs, judging each against the quotation. */
static void add_cands(evx_cmd *c, cands *cs, evx_hits *hits)
{
    const char *quote = cs->quote;
    size_t i;

    for (i = 0; i < hits->len && cs->len < CHECK_CANDIDATES * 2; i++) {
        evx_unit *u = hits->items[i].unit;
        cand *k = &cs->v[cs->len];
        const char *t = u->text ? u->text : "";
        if (has_cand(cs, u->id))
            continue;
        memset(k, 0, sizeof *k);
        if (evx_check_contains(&k->exact, quote, strlen(quote), t, strlen(t)) ||
            evx_check_diff(&k->diff, c->tok, quote, strlen(quote), t,
                           strlen(t)))
            continue;
        k->unit = u;
        k->score = hits->items[i].score;
        hits->items[i].unit = NULL;
        cs->len++;
    }
}

static evx_status gather(evx_cmd *c, cands *cs, evx_query_op op)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    evx_cmd_run_opts r = {0, CHECK_CANDIDATES, 0, 0, NULL};
    evx_status st = evx_cmd_words_query(c, &q, cs->quote, op);

    if (!st && q)
        st = evx_cmd_filter(&q, cs->filter);
    if (!st && q)
        st = evx_cmd_run(c, q, &r, &hits);
    if (!st && q)
        add_cands(c, cs, &hits);
    evx_hits_free(&hits);
    evx_query_free(q);
    return st;
}

/* A paragraph is shown through its quotation when both qualify alike;
 * a recommendation through the paragraph it restates (its parent), the
 * report's numbered place, as a search shows the pair (restate.h). */
static int shadowed(const cands *cs, const cand *k)
{
    size_t i;

    for (i = 0; i < cs->len; i++) {
        const cand *o = &cs->v[i];
        if (o == k || o->exact != k->exact ||
            evx_diff_similarity(&o->diff) < evx_diff_similarity(&k->diff))
            continue;
        if (o->unit->type == EVX_UNIT_QUOTATION && o->unit->parent &&
            strcmp(o->unit->parent, k->unit->id) == 0)
            return 1;
        if (k->unit->type == EVX_UNIT_RECOMMENDATION && k->unit->parent &&
            strcmp(k->unit->parent, o->unit->id) == 0)
            return 1;
    }
    return 0;
}

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    double sx = evx_diff_similarity(&x->diff), sy = evx_diff_similarity(&y->diff);

    if (x->exact != y->exact)
        return x->exact ? -1 : 1;
    if (sx != sy)
        return sx > sy ? -1 : 1;
    return (x->score < y->score) - (x->score > y->score);
}

/* A near match: its heading and speaker, then the marked passage. */
static void print_diff(evx_cmd *c, const cand *k, const char *quote)
{
    evx_out_hit h;
    evx_fmt_opts fo = {0};
    const char *text = k->unit->text ? k->unit->text : "";

    memset(&h, 0, sizeof h);
    h.unit = k->unit;
    fo.color = c->o->color;
    fo.heading_only = 1;
    evx_format_human(&c->buf, &h, &fo);
    evx_buf_puts(&c->buf, "   ");
    evx_diff_format(&c->buf, &k->diff, quote, text, c->o->color);
    evx_buf_puts(&c->buf, "\n\n");
    evx_cmd_flush(c);
}

static void print_text_check(evx_cmd *c, const cand *k, const char *quote,
                             const evx_cmd_hit *h)
{
    evx_buf *b = &c->buf;

    if (c->o->color)
        evx_buf_puts(b, "\033[1m");
    if (k->exact) {
        evx_report_meta meta = EVX_REPORT_META_INIT;
        evx_store_report_meta(&meta, c->db, k->unit->report);
        evx_buf_puts(b, "Exact match, cite as: ");
        evx_format_reference(b, k->unit, meta.title ? &meta : NULL);
        evx_report_meta_free(&meta);
    } else if (!evx_diff_changes(&k->diff)) {
        evx_buf_puts(b, "Same words, but punctuation or characters differ "
                        "(not an exact match)");
    } else {
        evx_buf_printf(b, "Near match, not exact (%zu of %zu words, %zu "
                          "difference%s)",
                       k->diff.n_equal, k->diff.n_quote,
                       evx_diff_changes(&k->diff),
                       evx_diff_changes(&k->diff) == 1 ? "" : "s");
    }
    if (c->o->color)
        evx_buf_puts(b, "\033[0m");
    evx_buf_puts(b, ":\n");
    evx_cmd_flush(c);
    if (k->exact)
        evx_cmd_emit(c, h);
    else
        print_diff(c, k, quote);
}

/* "exact"; "words" (same words, other punctuation); "near". */
static const char *match_kind(const cand *k)
{
    if (k->exact)
        return "exact";
    return evx_diff_changes(&k->diff) ? "near" : "words";
}

/* Prints one candidate; 1 if printed. */
static int print_check(evx_cmd *c, const cand *k, unsigned rank,
                       const char *quote)
{
    evx_buf extra = EVX_BUF_INIT, mark = EVX_BUF_INIT;
    evx_qword w = {quote, 1};
    evx_cmd_words qw = {&w, 1};
    const char *t = k->unit->text ? k->unit->text : "";
    evx_cmd_hit h = {rank, k->score, k->unit, &qw, NULL,
                     k->exact ? EVX_MATCH_EXACT : EVX_MATCH_OTHER, NULL,
                     NULL};
    int shown = 1;

    if (c->o->format == EVX_OUT_TEXT) {
        print_text_check(c, k, quote, &h);
        return 1;
    }
    evx_buf_printf(&extra, "\"match\":\"%s\",\"similarity\":%.4g,\"diff\":",
                   match_kind(k), evx_diff_similarity(&k->diff));
    evx_diff_json(&extra, &k->diff, quote, t);
    if (!k->exact)
        evx_buf_printf(&mark, "[%s] ", match_kind(k));
    h.extra_json = evx_buf_str(&extra);
    h.mark = k->exact ? NULL : evx_buf_str(&mark);
    shown = evx_cmd_emit(c, &h);
    evx_buf_free(&extra);
    evx_buf_free(&mark);
    return shown;
}

/* Which candidates to show: every exact match, then the near ones (at
 * least half the words, or the closest few when nothing is exact). */
static int show_cand(const cands *cs, size_t i, int any_exact, size_t *near)
{
    const cand *k = &cs->v[i];

    if (shadowed(cs, k))
        return 0;
    if (k->exact)
        return 1;
    if (*near >= CHECK_NEAR_MAX || !k->diff.n_equal)
        return 0;
    if (any_exact && evx_diff_similarity(&k->diff) < CHECK_NEAR_MIN)
        return 0;
    ++*near;
    return 1;
}

static void print_cands(evx_cmd *c, const cands *cs, unsigned long *n_exact)
{
    size_t i, near = 0, skipped = 0;
    unsigned rank = 0;
    int any_exact = cs->len && cs->v[0].exact;

    for (i = 0; i < cs->len; i++) {
        if (!show_cand(cs, i, any_exact, &near))
            continue;
        *n_exact += cs->v[i].exact;
        if (c->o->count_only)
            continue;
        if (c->o->limit_set && rank >= c->o->limit)
            break; /* -n N: the first N passages */
        if (!print_check(c, &cs->v[i], ++rank, cs->quote))
            skipped++;
    }
    if (c->o->count_only)
        evx_cmd_put_count(c, *n_exact);
    else if (!*n_exact && skipped)
        evx_cmd_note(c, "the quotation is not in the report exactly; %zu near "
                        "passage%s not %s",
                     skipped, skipped == 1 ? "" : "s",
                     c->o->format == EVX_OUT_CITE ? "cited" : "listed");
    else if (!rank && c->o->format == EVX_OUT_TEXT)
        evx_cmd_note(c, "no passage shares a word with the quotation");
}

evx_status evx_cmd_check(unsigned long *found, evx_cmd *c,
                         const evx_cmd_opts *o, const evx_out *out)
{
    cands *cs = calloc(1, sizeof *cs);
    evx_query *filter = NULL;
    char *words = NULL;
    evx_status st;
    size_t i;

    *found = 0;
    evx_cmd_begin(c, o, out);
    if (!cs)
        return EVX_NOMEM;
    st = evx_cmd_split(c, o->text ? o->text : "", &filter, &words);
    if (!st && !*words)
        st = evx_cmd_fail(c, EVX_INVALID, "check needs a quotation");
    cs->quote = words;
    cs->filter = filter;
    if (!st)
        st = gather(c, cs, EVX_Q_PHRASE);
    if (!st)
        st = gather(c, cs, EVX_Q_OR);
    if (!st) {
        qsort(cs->v, cs->len, sizeof cs->v[0], cmp_cand);
        print_cands(c, cs, found);
        evx_cmd_did_you_mean(c, o->text, *found);
        c->found_exact = 1; /* the count is of the passages listed */
    }
    for (i = 0; i < cs->len; i++) {
        evx_unit_free(cs->v[i].unit);
        evx_diff_free(&cs->v[i].diff);
    }
    free(cs);
    evx_query_free(filter);
    free(words);
    return st;
}
