/*
 * cmd_similar.c - `evidex similar ID`: the units most like one unit, found
 * through the stemmed terms (Z) that best tell it apart (Xapian's relevance
 * feedback), leaving out the unit itself, its parent and its quotations.
 * The candidate terms are those the index writer posted for the unit's
 * free text (lib/freetext.h), made again from its stored record: the
 * index need not keep each unit's termlist.
 */
#include "cmd_impl.h"

#include <stdlib.h>
#include <string.h>

#include "freetext.h"
#include "grow.h"
#include "schema.h"

#define SIMILAR_TERMS 25

typedef struct expand_ctx {
    evx_query **terms;
    size_t len, cap;
    evx_buf words; /* the stems, NUL-separated, for highlighting */
    evx_cmd_words hl;
    evx_query *q;  /* OR of the terms */
} expand_ctx;

static int on_expand(void *ctx, const char *term, double weight)
{
    expand_ctx *e = ctx;
    evx_query *q;

    (void)weight;
    if (strncmp(term, EVX_PREFIX_STEM, strlen(EVX_PREFIX_STEM)) != 0 ||
        e->len >= SIMILAR_TERMS)
        return e->len >= SIMILAR_TERMS;
    if (evx_query_term(&q, term, 1, 0))
        return 1;
    if (evx_grow((void **)&e->terms, &e->cap, e->len + 1, sizeof *e->terms)) {
        evx_query_free(q);
        return 1;
    }
    e->terms[e->len++] = q;
    evx_buf_puts(&e->words, term + strlen(EVX_PREFIX_STEM));
    evx_buf_putc(&e->words, '\0'); /* NUL-separated list */
    return 0;
}

/* Stems of the expand set as query words for the snippets. */
static evx_status stems_as_words(expand_ctx *e)
{
    const char *p = evx_buf_str(&e->words), *end = p + e->words.len;

    e->hl.w = calloc(e->len + 1, sizeof *e->hl.w);
    if (!e->hl.w)
        return EVX_NOMEM;
    for (e->hl.n = 0; p < end; p += strlen(p) + 1)
        e->hl.w[e->hl.n++].word = p;
    return EVX_OK;
}

static void expand_free(expand_ctx *e)
{
    size_t i;

    for (i = 0; i < e->len; i++)
        evx_query_free(e->terms[i]);
    free(e->terms);
    evx_query_free(e->q);
    free(e->hl.w);
    evx_buf_free(&e->words);
}

/* Adds a posting's term to the candidates (NUL-terminated, end to end). */
static evx_status add_candidate(void *ctx, const evx_posting *p)
{
    evx_buf *terms = ctx;
    evx_buf_puts(terms, p->prefix);
    evx_buf_append(terms, p->text, p->len);
    evx_buf_putc(terms, '\0');
    return evx_buf_status(terms);
}

/* The expand set of unit u (document docid) into e. */
static evx_status expand_unit(evx_cmd *c, const evx_unit *u, evx_docid docid,
                              expand_ctx *e)
{
    evx_buf terms = EVX_BUF_INIT;
    evx_status st = evx_freetext_post(c->tok, u, add_candidate, &terms);
    evx_expand_opts x = {&docid, 1, terms.data, terms.len, SIMILAR_TERMS * 4,
                         "QX", 1};
    if (!st && evx_db_expand(c->db, &x, on_expand, e))
        st = evx_cmd_fail(c, EVX_BACKEND, "cannot find similar units: %s",
                          evx_db_errmsg(c->db));
    evx_buf_free(&terms);
    return st;
}

/* The unit itself, its own quotations or its parent. */
static int related(const evx_unit *a, const evx_unit *b)
{
    return strcmp(a->id, b->id) == 0 ||
           (a->parent && strcmp(a->parent, b->id) == 0) ||
           (b->parent && strcmp(b->parent, a->id) == 0);
}

static evx_status similar_print(evx_cmd *c, const evx_unit *u,
                                const expand_ctx *e, unsigned long *found)
{
    const evx_cmd_opts *o = c->o;
    evx_hits hits = {NULL, 0, 0};
    evx_cmd_run_opts r = {0, o->offset + o->limit + 16, 0, 0, NULL};
    evx_status st = evx_cmd_run(c, e->q, &r, &hits);
    unsigned shown = 0;
    size_t i;

    for (i = 0; !st && i < hits.len && shown < o->offset + o->limit; i++) {
        if (related(u, hits.items[i].unit))
            continue;
        if (++shown > o->offset && !o->count_only) {
            evx_cmd_hit h = {shown, hits.items[i].score, hits.items[i].unit,
                             &e->hl, NULL, EVX_MATCH_NONE, NULL, NULL};
            evx_cmd_emit(c, &h);
        }
    }
    evx_hits_free(&hits);
    *found = shown > o->offset ? shown - o->offset : 0;
    if (!st && o->count_only)
        evx_cmd_put_count(c, *found);
    return st;
}

evx_status evx_cmd_similar(unsigned long *found, evx_cmd *c,
                           const evx_cmd_opts *o, const evx_out *out)
{
    expand_ctx e;
    evx_unit *u = NULL;
    evx_docid docid = 0;
    evx_status st;

    *found = 0;
    memset(&e, 0, sizeof e);
    evx_cmd_begin(c, o, out);
    st = evx_cmd_unit_arg(c, &u, &docid, "similar");
    if (st)
        return st == EVX_NOT_FOUND ? EVX_OK : st;
    st = expand_unit(c, u, docid, &e);
    if (!st && (evx_query_combine(&e.q, EVX_Q_OR, e.terms, e.len, 0) ||
                stems_as_words(&e)))
        st = EVX_NOMEM;
    if (!st)
        st = similar_print(c, u, &e, found);
    expand_free(&e);
    evx_unit_free(u);
    return st;
}
