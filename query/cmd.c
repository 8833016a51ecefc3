/*
 * cmd.c - the command session and what the command files share (see
 * cmd.h and cmd_impl.h): parsing a query, running it, printing a hit in
 * the chosen format through the output sink.  Each command is in its own
 * file, cmd_<name>.c.
 */
#define _POSIX_C_SOURCE 200809L

#include "cmd_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "grow.h"
#include "jump.h"
#include "qfield.h"
#include "schema.h"
#include "store.h"
#include "unit.h"

/* ---- session ---------------------------------------------------------- */

void evx_cmd_opts_init(evx_cmd_opts *o)
{
    memset(o, 0, sizeof *o);
    o->limit = 10;
    o->format = EVX_OUT_TEXT;
    o->sort = EVX_SORT_RELEVANCE;
}

evx_status evx_cmd_new(evx_cmd **out, evx_db *db, const char *cwd)
{
    evx_cmd *c = calloc(1, sizeof *c);
    evx_status st = EVX_NOMEM;

    *out = NULL;
    if (!c)
        return EVX_NOMEM;
    c->db = db;
    if (evx_tok_new(&c->tok)) {
        st = EVX_BACKEND;
        goto fail;
    }
    if (evx_qparse_new(&c->qp, db, c->tok))
        goto fail;
    if (cwd && !(c->cwd = evx_strdup(cwd)))
        goto fail;
    *out = c;
    return EVX_OK;
fail:
    evx_cmd_free(c);
    return st;
}

void evx_cmd_free(evx_cmd *c)
{
    if (!c)
        return;
    evx_qparse_free(c->qp);
    evx_tok_free(c->tok);
    free(c->cwd);
    free(c->root);
    evx_buf_free(&c->err);
    evx_buf_free(&c->buf);
    free(c);
}

int evx_cmd_found_exact(const evx_cmd *c)
{
    return c ? c->found_exact : 1;
}

const char *evx_cmd_errmsg(const evx_cmd *c)
{
    return c->err.len ? evx_buf_str(&c->err) : "";
}

void evx_cmd_begin(evx_cmd *c, const evx_cmd_opts *o, const evx_out *out)
{
    c->o = o;
    c->out = out;
    c->found_exact = 1;
    evx_buf_clear(&c->err);
    evx_buf_clear(&c->buf);
}

evx_status evx_cmd_fail(evx_cmd *c, evx_status st, const char *fmt, ...)
{
    va_list ap;

    evx_buf_clear(&c->err);
    va_start(ap, fmt);
    evx_buf_vprintf(&c->err, fmt, ap);
    va_end(ap);
    return st;
}

void evx_cmd_note(evx_cmd *c, const char *fmt, ...)
{
    evx_buf b = EVX_BUF_INIT;
    va_list ap;

    va_start(ap, fmt);
    evx_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (c->out->note && !evx_buf_status(&b))
        c->out->note(c->out->ctx, evx_buf_str(&b));
    evx_buf_free(&b);
}

void evx_cmd_flush(evx_cmd *c)
{
    if (c->buf.len && c->out->write)
        c->out->write(c->out->ctx, c->buf.data, c->buf.len);
    evx_buf_clear(&c->buf);
}

/* ---- queries ---------------------------------------------------------- */

evx_status evx_cmd_parse(evx_cmd *c, const char *text, evx_query **q)
{
    evx_status st = evx_qparse_parse(c->qp, text, strlen(text), q);
    const char *m;

    if (!st || st == EVX_NOMEM)
        return st;
    m = evx_qparse_errmsg(c->qp);
    return evx_cmd_fail(c, st, "query error: %s", *m ? m : evx_status_str(st));
}

/* The number of units text matches as a search query, into *n; a text
 * that does not parse counts as nothing matched (*n = 0, not an error).
 * With any_only, *n is only 1 when anything matches, else 0: the count
 * stops at the first match, unranked (evx_db_matches_any). */
static evx_status count_text(evx_cmd *c, const char *text, int any_only,
                             unsigned long *n)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    evx_search_params p;
    evx_status st;
    int any;

    *n = 0;
    memset(&p, 0, sizeof p);
    if (evx_qparse_parse(c->qp, text, strlen(text), &q) != EVX_OK)
        return EVX_OK;
    if (any_only) {
        st = evx_db_matches_any(c->db, q, &any);
        *n = (unsigned long)any;
        evx_query_free(q);
        return st;
    }
    st = evx_search_run(&hits, c->db, q, &p, NULL);
    *n = hits.total;
    evx_hits_free(&hits);
    evx_query_free(q);
    return st;
}

/* The parser's suggestion for text (malloc'd), NULL when it has none;
 * *revives: it replaces a word that matches nothing as typed (qparse.h). */
static char *suggestion_for(evx_cmd *c, const char *text, int *revives)
{
    evx_query *q = NULL;

    evx_qparse_parse(c->qp, text, strlen(text), &q);
    evx_query_free(q);
    *revives = evx_qparse_suggestion_revives(c->qp);
    return evx_qparse_suggestion(c->qp)
               ? evx_strdup(evx_qparse_suggestion(c->qp)) : NULL;
}

void evx_cmd_did_you_mean(evx_cmd *c, const char *text, unsigned long found)
{
    unsigned long was = 0, would = 0;
    int revives = 0;
    char *sugg;

    /* Most queries have no suggestion: then nothing is searched again.
     * When nothing was found, the suggestion needs only to find something
     * (counting its matches would cost a phrase's positions, for one).
     * When something was, a word that matched nothing as typed is worth
     * its correction though the other words find the same units
     * ("seabiirds" beside "plastic"); a word that matched through its
     * stem only if the correction finds more. */
    if (!text || !(sugg = suggestion_for(c, text, &revives)))
        return;
    if (found == 0 ? !count_text(c, sugg, 1, &would) && would > 0
                   : revives || (!count_text(c, text, 0, &was) &&
                                 !count_text(c, sugg, 0, &would) &&
                                 would > was))
        evx_cmd_note(c, "Did you mean: %s", sugg);
    free(sugg);
}

evx_status evx_cmd_parser_words(evx_cmd *c, evx_cmd_words *w)
{
    size_t i, n = evx_qparse_n_words(c->qp);

    w->n = 0;
    w->w = calloc(n ? n : 1, sizeof *w->w);
    if (!w->w)
        return EVX_NOMEM;
    for (i = 0; i < n; i++) {
        int phrase = 0;
        w->w[w->n].word = evx_qparse_word(c->qp, i, &phrase);
        w->w[w->n++].exact = phrase;
    }
    return EVX_OK;
}


typedef struct qlist {
    evx_query **q;
    size_t len, cap;
    int stems; /* collect Z stems instead of plain terms */
    int oom;
} qlist;

static int collect_term(void *ctx, const evx_token *t)
{
    qlist *l = ctx;
    evx_query *q;

    if (t->kind == EVX_TOKEN_JOINED)
        return 0;
    if (evx_grow((void **)&l->q, &l->cap, l->len + 1, sizeof *l->q) ||
        (l->stems ? evx_query_prefixed(&q, EVX_PREFIX_STEM, t->stem, t->stem_len, 0)
                  : evx_query_prefixed(&q, "", t->term, t->term_len, 0))) {
        l->oom = 1;
        return 1;
    }
    l->q[l->len++] = q;
    return 0;
}

evx_status evx_cmd_words_query(evx_cmd *c, evx_query **out, const char *text,
                               evx_query_op op)
{
    qlist l = {NULL, 0, 0, op != EVX_Q_PHRASE, 0};
    evx_status st = EVX_OK;
    size_t i;

    *out = NULL;
    if (evx_tokenize(c->tok, text, strlen(text), collect_term, &l) || l.oom)
        st = EVX_NOMEM;
    else if (l.len)
        st = evx_query_combine(out, l.len == 1 ? EVX_Q_OR : op, l.q, l.len, 0);
    for (i = 0; i < l.len; i++)
        evx_query_free(l.q[i]);
    free(l.q);
    return st;
}

evx_status evx_cmd_filter(evx_query **q, const evx_query *f)
{
    evx_query *subs[2], *res = NULL;
    evx_status st;

    if (!f)
        return EVX_OK;
    subs[0] = *q;
    subs[1] = (evx_query *)f;
    st = evx_query_combine(&res, EVX_Q_FILTER, subs, 2, 0);
    if (!st) {
        evx_query_free(*q);
        *q = res;
    }
    return st;
}

evx_status evx_cmd_filter_term(evx_query **q, const char *prefix,
                               const char *value)
{
    evx_query *f = NULL;
    evx_status st = evx_query_prefixed(&f, prefix, value, strlen(value), 0);

    if (!st)
        st = evx_cmd_filter(q, f);
    evx_query_free(f);
    return st;
}

evx_status evx_cmd_run(evx_cmd *c, const evx_query *q,
                       const evx_cmd_run_opts *r, evx_hits *hits)
{
    evx_search_params p;
    char *msg = NULL;
    evx_status st;

    memset(&p, 0, sizeof p);
    p.offset = r->offset;
    p.limit = r->limit;
    p.no_count = !r->count;
    p.exact_count = c->o && c->o->count_only; /* -c: the number asked for */
    p.total_exact = &c->found_exact;
    p.order_by_document = c->o && c->o->sort == EVX_SORT_DOCUMENT;
    p.merge_restated = r->merge_restated && !p.order_by_document;
    p.rerank = r->rerank;
    memset(hits, 0, sizeof *hits);
    st = evx_search_run(hits, c->db, q, &p, &msg);
    if (st)
        evx_cmd_fail(c, st, "search failed: %s",
                     msg && *msg ? msg : evx_status_str(st));
    free(msg);
    return st;
}

evx_status evx_cmd_split(evx_cmd *c, const char *text, evx_query **filter,
                         char **words)
{
    evx_buf f = EVX_BUF_INIT, w = EVX_BUF_INIT;
    evx_status st;

    *filter = NULL;
    *words = NULL;
    evx_qfield_split(&f, &w, text, strlen(text));
    st = evx_buf_status(&f) ? EVX_NOMEM : evx_buf_status(&w);
    if (!st && f.len)
        st = evx_cmd_parse(c, evx_buf_str(&f), filter);
    if (!st && !(*words = evx_buf_detach(&w)))
        st = EVX_NOMEM;
    if (st) {
        evx_query_free(*filter);
        *filter = NULL;
    }
    evx_buf_free(&f);
    evx_buf_free(&w);
    return st;
}

/* The ids id would have in the reports of other sessions that share its
 * report's number ("HC650/p239": "HC650-2017-19/p239, …", manifest.h),
 * those the index holds, into out. */
static void ids_in_other_sessions(evx_cmd *c, const char *id, evx_buf *out)
{
    size_t klen = evx_unit_id_key_len(id);
    char *keys = NULL, *save = NULL;
    if (!klen || evx_db_get_metadata(c->db, EVX_META_REPORTS, &keys) || !keys)
        return;
    for (char *k = strtok_r(keys, "\n", &save); k;
         k = strtok_r(NULL, "\n", &save)) {
        if (strncmp(k, id, klen) != 0 || k[klen] != '-')
            continue;
        evx_buf cand = EVX_BUF_INIT;
        evx_unit *u = NULL;
        evx_docid d;
        evx_buf_printf(&cand, "%s%s", k, id + klen);
        if (!evx_buf_status(&cand) &&
            !evx_store_unit(&u, &d, c->db, evx_buf_str(&cand)))
            evx_buf_printf(out, "%s%s", out->len ? ", " : "",
                           evx_buf_str(&cand));
        evx_unit_free(u);
        evx_buf_free(&cand);
    }
    free(keys);
}

evx_status evx_cmd_unit_arg(evx_cmd *c, evx_unit **u, evx_docid *docid,
                            const char *cmd)
{
    const char *id = c->o->text ? c->o->text : "";
    evx_status st;

    *u = NULL;
    if (!*id || strchr(id, ' '))
        return evx_cmd_fail(c, EVX_INVALID,
                            "%s needs one unit id, e.g. HC650/p239", cmd);
    st = evx_store_unit(u, docid, c->db, id);
    if (st == EVX_NOT_FOUND) {
        evx_buf other = EVX_BUF_INIT;
        ids_in_other_sessions(c, id, &other);
        if (other.len && !evx_buf_status(&other))
            evx_cmd_note(c, "no unit with id '%s'; its report's number is "
                         "that of reports of several sessions: %s",
                         id, evx_buf_str(&other));
        else
            evx_cmd_note(c, "no unit with id '%s'", id);
        evx_buf_free(&other);
    }
    else if (st)
        evx_cmd_fail(c, st, "cannot read unit '%s': %s", id,
                     evx_db_errmsg(c->db));
    return st;
}

/* ---- printing --------------------------------------------------------- */

/* The units' source files made absolute (the index stores them relative to
 * EVX_META_ROOT), so JSON and vimgrep point at the file from anywhere. */
static void absolute_sources(evx_cmd *c, evx_unit *u)
{
    size_t i;

    for (i = 0; i < u->n_sources; i++) {
        evx_source *s = &u->sources[i];
        evx_buf p = EVX_BUF_INIT;
        if (!s->file || s->file[0] == '/')
            continue;
        if (!c->root_read) {
            c->root_read = 1;
            if (evx_db_get_metadata(c->db, EVX_META_ROOT, &c->root))
                c->root = NULL;
        }
        if (!c->root || !*c->root)
            break;
        evx_buf_printf(&p, "%s/%s", c->root, s->file);
        if (!evx_buf_status(&p)) {
            free(s->file);
            s->file = evx_buf_detach(&p);
        }
        evx_buf_free(&p);
    }
}

static void print_json(evx_cmd *c, evx_out_hit *oh, const evx_unit *u)
{
    char **fn = NULL;

    if (evx_store_footnotes(&fn, c->db, u))
        fn = NULL;
    oh->fn_text = (const char *const *)fn;
    evx_format_json(&c->buf, oh);
    evx_store_texts_free(fn, u->n_footnotes);
}

/* The citation of u, with its block quotations where the report prints
 * them: those the hit brings, else the ones stored under it (a paragraph
 * found by a search), so no command cites a paragraph without them. */
static void print_cite(evx_cmd *c, evx_out_hit *oh, const evx_unit *u)
{
    evx_report_meta meta = EVX_REPORT_META_INIT;
    evx_units qs = EVX_UNITS_INIT;

    if (!oh->quotations && u->type != EVX_UNIT_QUOTATION &&
        evx_store_quotations(&qs, c->db, u) == EVX_OK)
        oh->quotations = &qs;
    evx_store_report_meta(&meta, c->db, u->report);
    evx_format_cite(&c->buf, oh, meta.title ? &meta : NULL);
    evx_buf_putc(&c->buf, '\n');
    evx_report_meta_free(&meta);
    oh->quotations = NULL;
    evx_units_free(&qs);
}

static void print_vimgrep(evx_cmd *c, const evx_out_hit *oh,
                          const evx_cmd_hit *h)
{
    evx_vimgrep_opts v = {NULL, NULL};

    v.cwd = c->cwd;
    v.mark = h->mark;
    evx_format_vimgrep(&c->buf, oh, &v);
}

/* Where the first matched word is in the file, for editors' jumps; in
 * JSON (all) the file of every rendering, up to EVX_JUMP_SOURCES. */
#define EVX_JUMP_SOURCES 4
static void find_jump(evx_out_hit *oh, int all, long (*matches)[2])
{
    evx_jump j;
    size_t n = all ? oh->unit->n_sources : 1;

    for (size_t k = 0; k < n && k < EVX_JUMP_SOURCES; k++) {
        int found = evx_jump_find(&j, oh->unit, k, oh->snip) == EVX_OK;
        matches[k][0] = found ? j.line : 0;
        matches[k][1] = found ? j.col : 0;
    }
    oh->match_line = matches[0][0];
    oh->match_col = matches[0][1];
    oh->matches = (const long (*)[2])matches;
    oh->n_matches = n < EVX_JUMP_SOURCES ? n : EVX_JUMP_SOURCES;
}

int evx_cmd_emit(evx_cmd *c, const evx_cmd_hit *h)
{
    evx_out_hit oh;
    evx_snippet sn = EVX_SNIPPET_INIT;
    evx_snippet_query sq = {NULL, 0, 0};
    evx_fmt_opts fo = {0};
    evx_unit *u = NULL;
    const char *text;

    if ((h->match == EVX_MATCH_OTHER && c->o->format == EVX_OUT_IDS) ||
        (h->match > EVX_MATCH_EXACT && c->o->format == EVX_OUT_CITE))
        return 0;
    if (c->o->format == EVX_OUT_IDS) {
        evx_buf_printf(&c->buf, "%s\n", h->unit->id);
        evx_cmd_flush(c);
        return 1;
    }
    if (evx_unit_clone(&u, h->unit))
        return 0;
    if (c->o->format == EVX_OUT_JSON || c->o->format == EVX_OUT_VIMGREP)
        absolute_sources(c, u); /* the formats that print the file */
    text = u->text ? u->text : "";
    memset(&oh, 0, sizeof oh);
    oh.rank = h->rank;
    oh.score = h->score;
    oh.unit = u;
    oh.extra_json = h->extra_json;
    oh.quotations = h->quotations;
    if (h->words) {
        sq.words = h->words->w;
        sq.n_words = h->words->n;
    }
    if (!evx_snippet_make(&sn, c->tok, text, strlen(text), &sq))
        oh.snip = &sn;
    long matches[EVX_JUMP_SOURCES][2] = {{0, 0}};
    if (c->o->format == EVX_OUT_JSON || c->o->format == EVX_OUT_VIMGREP)
        find_jump(&oh, c->o->format == EVX_OUT_JSON, matches);
    switch (c->o->format) {
    case EVX_OUT_JSON:
        print_json(c, &oh, u);
        break;
    case EVX_OUT_VIMGREP:
        print_vimgrep(c, &oh, h);
        break;
    case EVX_OUT_CITE:
        print_cite(c, &oh, u);
        break;
    default:
        fo.color = c->o->color;
        fo.full_text = oh.snip == NULL;
        evx_format_human(&c->buf, &oh, &fo);
        evx_buf_putc(&c->buf, '\n');
    }
    evx_cmd_flush(c);
    evx_snippet_free(&sn);
    evx_unit_free(u);
    return 1;
}

void evx_cmd_put_count(evx_cmd *c, unsigned long n)
{
    if (c->o->format == EVX_OUT_JSON)
        evx_buf_printf(&c->buf, "{\"format_version\":%d,\"count\":%lu}\n",
                       EVX_FORMAT_VERSION, n);
    else
        evx_buf_printf(&c->buf, "%lu\n", n);
    evx_cmd_flush(c);
}

unsigned evx_cmd_cpu_limit(void)
{
    const char *env = getenv("EVIDEX_TIMEOUT");
    char *end = NULL;
    unsigned long v;

    if (!env || !*env)
        return EVX_CMD_CPU_LIMIT;
    v = strtoul(env, &end, 10);
    return !*end && v <= 86400 ? (unsigned)v : EVX_CMD_CPU_LIMIT;
}
