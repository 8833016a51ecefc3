/*
 * cmd_speakers.c - `evidex speakers [QUERY]`: every speaker with the number
 * of their quotations (from the speaker-key terms, XK), or, with a query,
 * the speakers whose quotations match it, ranked by the sum of their
 * quotations' scores.  Each speaker's name, role and organisation come
 * from one of their quotations.
 */
#include "cmd_impl.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "grow.h"
#include "json.h"
#include "names.h"
#include "schema.h"

#define SPEAKERS_MAX_HITS 100000u

typedef struct spk {
    char *key;
    unsigned long count;   /* quotations in the index */
    unsigned long matches; /* quotations matching the query */
    double score;          /* sum of their scores */
    evx_unit *sample;      /* one of their quotations */
} spk;

typedef struct spks {
    spk *v;
    size_t len, cap;
    int oom;
} spks;

static spk *spks_add(spks *s, const char *key, unsigned long count)
{
    if (evx_grow((void **)&s->v, &s->cap, s->len + 1, sizeof *s->v)) {
        s->oom = 1;
        return NULL;
    }
    memset(&s->v[s->len], 0, sizeof *s->v);
    s->v[s->len].key = evx_strdup(key);
    s->v[s->len].count = count;
    if (!s->v[s->len].key) {
        s->oom = 1;
        return NULL;
    }
    return &s->v[s->len++];
}

static spk *spks_find(spks *s, const char *key)
{
    size_t i;

    for (i = 0; i < s->len; i++)
        if (strcmp(s->v[i].key, key) == 0)
            return &s->v[i];
    return NULL;
}

static void spks_free(spks *s)
{
    size_t i;

    for (i = 0; i < s->len; i++) {
        free(s->v[i].key);
        evx_unit_free(s->v[i].sample);
    }
    free(s->v);
}

static int on_speaker_term(void *ctx, const char *term, unsigned long freq)
{
    spks *s = ctx;

    return spks_add(s, term + strlen(EVX_PREFIX_SPEAKER_KEY), freq) == NULL;
}

/* One quotation of the speaker, for their name, role and organisation. */
static void sample_speaker(evx_cmd *c, spk *p)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    evx_cmd_run_opts r = {0, 1, 0, 0, NULL};
    evx_buf term = EVX_BUF_INIT;

    if (p->sample)
        return;
    evx_buf_printf(&term, EVX_PREFIX_SPEAKER_KEY "%s", p->key);
    if (!evx_buf_status(&term) &&
        !evx_query_term(&q, evx_buf_str(&term), 1, 0) &&
        !evx_cmd_run(c, q, &r, &hits) && hits.len) {
        p->sample = hits.items[0].unit;
        hits.items[0].unit = NULL;
    }
    evx_hits_free(&hits);
    evx_query_free(q);
    evx_buf_free(&term);
}

static int cmp_count(const void *a, const void *b)
{
    const spk *x = a, *y = b;

    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->key, y->key);
}

static int cmp_score(const void *a, const void *b)
{
    const spk *x = a, *y = b;

    /* a pure filter (speaker:ham) scores nothing: matching ones first */
    if ((x->matches > 0) != (y->matches > 0))
        return x->matches ? -1 : 1;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->matches != y->matches)
        return x->matches > y->matches ? -1 : 1;
    return cmp_count(a, b);
}

static void speaker_json(evx_buf *b, const spk *p, unsigned rank, int ranked)
{
    const evx_speaker *s = p->sample ? p->sample->speaker : NULL;

    evx_buf_printf(b, "{\"format_version\":%d,\"rank\":%u,\"key\":",
                   EVX_FORMAT_VERSION, rank);
    evx_json_put_cstr(b, p->key);
    evx_buf_puts(b, ",\"name\":");
    evx_json_put_cstr(b, s ? s->name : NULL);
    evx_buf_puts(b, ",\"role\":");
    evx_json_put_cstr(b, s ? s->role : NULL);
    evx_buf_puts(b, ",\"org\":");
    evx_json_put_cstr(b, s ? s->org : NULL);
    evx_buf_puts(b, ",\"kind\":");
    evx_json_put_cstr(b, s ? s->kind : NULL);
    evx_buf_printf(b, ",\"quotations\":%lu", p->count);
    if (ranked)
        evx_buf_printf(b, ",\"matching\":%lu,\"score\":%.6g", p->matches,
                       p->score);
    evx_buf_puts(b, "}\n");
}

/* "Name, Role, Org", leaving out a role or organisation that only repeats
 * what comes before it ("NHS England, NHS England"). */
static void speaker_text(evx_buf *b, const spk *p, int color)
{
    const evx_speaker *s = p->sample ? p->sample->speaker : NULL;
    const char *name = s && s->name ? s->name : p->key;

    if (color)
        evx_buf_puts(b, "\033[32m");
    evx_buf_puts(b, name);
    if (color)
        evx_buf_puts(b, "\033[0m");
    if (s && s->ref && evx_name_key_withheld(p->key))
        evx_buf_printf(b, " (%s)", s->ref); /* one of several so named */
    if (s && s->role && strcmp(s->role, name) != 0)
        evx_buf_printf(b, ", %s", s->role);
    if (s && s->org && strcmp(s->org, name) != 0 &&
        !(s->role && strcmp(s->org, s->role) == 0))
        evx_buf_printf(b, ", %s", s->org);
    evx_buf_putc(b, '\n');
}

static void print_speaker(evx_cmd *c, const spk *p, unsigned rank, int ranked)
{
    evx_buf *b = &c->buf;

    if (c->o->format == EVX_OUT_JSON)
        speaker_json(b, p, rank, ranked);
    else if (c->o->format == EVX_OUT_IDS)
        evx_buf_printf(b, "%s\n", p->key);
    else {
        if (ranked)
            evx_buf_printf(b, "%3u. %7.2f  %6lu of %-3lu  ", rank, p->score,
                           p->matches, p->count);
        else
            evx_buf_printf(b, "%10lu  ", p->count);
        speaker_text(b, p, c->o->color);
    }
    evx_cmd_flush(c);
}

static unsigned long print_speakers(evx_cmd *c, spks *s, int ranked)
{
    const evx_cmd_opts *o = c->o;
    size_t i, total = 0;
    unsigned shown = 0;
    unsigned limit = ranked || o->limit_set ? o->limit : UINT_MAX;

    qsort(s->v, s->len, sizeof *s->v, ranked ? cmp_score : cmp_count);
    for (i = 0; i < s->len && (!ranked || s->v[i].matches); i++)
        total++;
    if (o->count_only) {
        evx_cmd_put_count(c, total);
        return total;
    }
    if (o->format == EVX_OUT_TEXT && o->offset < total) {
        evx_buf_puts(&c->buf, ranked ? "rank   score  matching of all  speaker\n"
                                     : "quotations  speaker\n");
        evx_cmd_flush(c);
    }
    for (i = o->offset; i < total && shown < limit; i++) {
        sample_speaker(c, &s->v[i]);
        print_speaker(c, &s->v[i], o->offset + ++shown, ranked);
    }
    return total;
}

/* Adds each matching quotation's score to its speaker. */
static evx_status score_speakers(evx_cmd *c, spks *s, const evx_hits *hits)
{
    size_t i;

    for (i = 0; i < hits->len; i++) {
        const evx_unit *u = hits->items[i].unit;
        char *key = NULL;
        spk *p;
        if (!u->speaker || !u->speaker->name)
            continue;
        if (evx_name_key_cited(c->tok, u->speaker->name, u->speaker->ref, &key))
            return EVX_NOMEM;
        p = *key ? spks_find(s, key) : NULL;
        if (p) {
            p->matches++;
            p->score += hits->items[i].score;
        }
        free(key);
    }
    return EVX_OK;
}

/* The matching quotations, scored by speaker. */
static evx_status match_speakers(evx_cmd *c, spks *s, const char *text)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    evx_cmd_run_opts r = {0, SPEAKERS_MAX_HITS, 0, 0, NULL};
    evx_status st = evx_cmd_parse(c, text, &q);

    if (!st)
        st = evx_cmd_filter_term(&q, EVX_PREFIX_TYPE, "quotation");
    if (!st)
        st = evx_cmd_run(c, q, &r, &hits);
    if (!st)
        st = score_speakers(c, s, &hits);
    evx_hits_free(&hits);
    evx_query_free(q);
    return st;
}

evx_status evx_cmd_speakers(unsigned long *found, evx_cmd *c,
                            const evx_cmd_opts *o, const evx_out *out)
{
    spks s = {NULL, 0, 0, 0};
    int ranked = o->text && *o->text;
    evx_status st = EVX_OK;

    *found = 0;
    evx_cmd_begin(c, o, out);
    if (evx_db_live_terms(c->db, EVX_PREFIX_SPEAKER_KEY, on_speaker_term, &s) ||
        s.oom)
        st = evx_cmd_fail(c, s.oom ? EVX_NOMEM : EVX_BACKEND,
                          "cannot list speakers: %s", evx_db_errmsg(c->db));
    if (!st && ranked)
        st = match_speakers(c, &s, o->text);
    if (!st)
        *found = print_speakers(c, &s, ranked);
    if (!st && ranked)
        evx_cmd_did_you_mean(c, o->text, *found);
    spks_free(&s);
    return st;
}
