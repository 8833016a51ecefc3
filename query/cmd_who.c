/*
 * cmd_who.c - `evidex who FRAGMENT`: the quotation holding these words and
 * who said it.
 *
 * Passes, each adding hits not shown yet while the page has room:
 *   exact     quotations holding the words as a phrase;
 *   unquoted  (only when no quotation does) the unit that has them, with
 *             no speaker: the report does not put them in anyone's mouth;
 *   ranked    quotations sharing some of the words.
 * Exact hits alone are cited (--cite).  Exact and unquoted hits hold the
 * words, so they are listed (-l), counted (-c) and make the exit status 0;
 * ranked hits are only shown.  Hits other than exact are marked in every
 * format ("match" in JSON, a heading in text, "[unquoted] " or
 * "[ranked] " in vimgrep lines), so nobody pastes a wrong attribution.
 * Field filters in the fragment (report:, speaker:, ...) hold in every
 * pass.
 */
#include "cmd_impl.h"

#include <stdlib.h>

#include "schema.h"

/* What `who` has printed so far. */
typedef struct who_state {
    const char *words;        /* the fragment without its fields */
    const evx_query *filter;  /* its fields, or NULL */
    evx_units seen;           /* units printed, in order */
    evx_cmd_words hl;
    unsigned long found;      /* exact or unquoted matches printed */
    unsigned long skipped;    /* non-exact hits the format left out */
} who_state;

/* One pass: which units, matched how, and how the hits say so. */
typedef struct who_step {
    evx_query_op op;     /* EVX_Q_PHRASE or EVX_Q_OR over the words */
    const char *type;    /* unit type, or NULL for any */
    const char *extra;   /* JSON members marking the hits ("match":...) */
    const char *heading; /* text output: a line before the first new hit */
    const char *mark;    /* vimgrep output: before each hit's text */
} who_step;

static const who_step step_exact = {EVX_Q_PHRASE, "quotation",
                                    "\"match\":\"exact\"", NULL, NULL};
static const who_step step_unquoted = {
    EVX_Q_PHRASE, NULL, "\"match\":\"unquoted\"",
    "Not a quotation: the report's own words, with no speaker "
    "(not an exact match):",
    "[unquoted] "};
static const who_step step_ranked = {
    EVX_Q_OR, "quotation", "\"match\":\"ranked\"",
    "Other quotations sharing some of these words (not an exact match):",
    "[ranked] "};

static int limit_of(const evx_cmd *c)
{
    return c->o->count_only ? 100000 : (int)c->o->limit;
}

static void emit_one(evx_cmd *c, who_state *ws, const who_step *step,
                     const evx_hit *hit)
{
    int holds = step != &step_ranked;
    evx_cmd_hit h = {(unsigned)ws->seen.len + 1, hit->score, hit->unit,
                     &ws->hl, step->extra, EVX_MATCH_OTHER, step->mark,
                     NULL};

    if (step == &step_exact)
        h.match = EVX_MATCH_EXACT;
    else if (step == &step_unquoted)
        h.match = EVX_MATCH_UNQUOTED;
    if (c->o->count_only) {
        ws->found += holds;
        return;
    }
    if (evx_cmd_emit(c, &h))
        ws->found += holds;
    else
        ws->skipped++;
}

/* Prints the hits not printed yet, up to the limit; keeps them in seen. */
static evx_status emit_new(evx_cmd *c, evx_hits *hits, who_state *ws,
                           const who_step *step)
{
    size_t i;
    int first = 1;

    for (i = 0; i < hits->len && ws->seen.len < (size_t)limit_of(c); i++) {
        evx_unit *u = hits->items[i].unit;
        if (evx_units_find(&ws->seen, u->id))
            continue;
        if (first && step->heading && c->o->format == EVX_OUT_TEXT &&
            !c->o->count_only) {
            evx_buf_printf(&c->buf, "%s\n\n", step->heading);
            evx_cmd_flush(c);
        }
        first = 0;
        emit_one(c, ws, step, &hits->items[i]);
        hits->items[i].unit = NULL;
        if (evx_units_push(&ws->seen, u))
            return EVX_NOMEM;
    }
    return EVX_OK;
}

static evx_status who_pass(evx_cmd *c, who_state *ws, const who_step *step)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    evx_cmd_run_opts r = {0, (unsigned)limit_of(c), 0, 0, NULL};
    evx_status st;

    st = evx_cmd_words_query(c, &q, ws->words, step->op);
    if (!st && q && step->type)
        st = evx_cmd_filter_term(&q, EVX_PREFIX_TYPE, step->type);
    if (!st && q)
        st = evx_cmd_filter(&q, ws->filter);
    if (!st && q)
        st = evx_cmd_run(c, q, &r, &hits);
    if (!st && q)
        st = emit_new(c, &hits, ws, step);
    evx_hits_free(&hits);
    evx_query_free(q);
    return st;
}

static void who_notes(evx_cmd *c, const who_state *ws, int unquoted)
{
    if (unquoted && c->o->format == EVX_OUT_TEXT)
        evx_cmd_note(c, "no quotation holds these words; the report has them "
                        "in %s, with no speaker", ws->seen.items[0]->id);
    if (!ws->found && ws->skipped)
        evx_cmd_note(c, "no quotation holds these words exactly; %lu "
                        "other hit%s not %s", ws->skipped,
                     ws->skipped == 1 ? "" : "s",
                     c->o->format == EVX_OUT_CITE ? "cited" : "listed");
    else if (!ws->seen.len && c->o->format == EVX_OUT_TEXT)
        evx_cmd_note(c, "no quotation matches");
}

evx_status evx_cmd_who(unsigned long *found, evx_cmd *c,
                       const evx_cmd_opts *o, const evx_out *out)
{
    evx_qword w = {NULL, 0};
    who_state ws = {NULL, NULL, EVX_UNITS_INIT, {&w, 1}, 0, 0};
    evx_query *filter = NULL;
    char *words = NULL;
    evx_status st;
    int unquoted = 0;

    *found = 0;
    evx_cmd_begin(c, o, out);
    st = evx_cmd_split(c, o->text ? o->text : "", &filter, &words);
    if (!st && !*words)
        st = evx_cmd_fail(c, EVX_INVALID, "who needs a fragment of a quotation");
    if (st)
        goto done;
    ws.words = w.word = words;
    ws.filter = filter;
    st = who_pass(c, &ws, &step_exact);
    if (!st && !ws.seen.len) {
        st = who_pass(c, &ws, &step_unquoted);
        unquoted = ws.seen.len > 0;
    }
    if (!st && ws.seen.len < (size_t)limit_of(c) && !o->count_only)
        st = who_pass(c, &ws, &step_ranked);
    if (st)
        goto done;
    if (o->count_only)
        evx_cmd_put_count(c, ws.found);
    who_notes(c, &ws, unquoted);
    evx_cmd_did_you_mean(c, o->text, ws.found);
    *found = ws.found;
    c->found_exact = 1; /* the count is of the quotations listed */
done:
    evx_units_free(&ws.seen);
    evx_query_free(filter);
    free(words);
    return st;
}
