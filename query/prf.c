/*
 * prf.c - pseudo-relevance feedback (see prf.h).  The first pass is the
 * ordinary search (search.h: same BM25, one hit per unit, a recommendation
 * and its paragraph merged), cut at EVX_PRF_DOCS; the expand set is
 * Xapian's over those documents, restricted to stems (Z terms): plain
 * terms, names and fields are skipped, and so are function words (rank.h)
 * and the query's own stems.
 */
#include "prf.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "rank.h"
#include "schema.h"
#include "search.h"

/* Every first byte of a term but the stem prefix's: plain terms start with
 * a folded letter or digit, the others with their upper-case prefix. */
static const char not_stems[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXY"
    "abcdefghijklmnopqrstuvwxyz0123456789";

typedef struct pick_ctx {
    evx_tok *tok;
    const evx_prf_words *w;
    evx_query *terms[EVX_PRF_TERMS];
    size_t n;
    evx_status st;
} pick_ctx;

/* Is stem one of the query's words' stems? */
static int in_query(pick_ctx *c, const char *stem)
{
    for (size_t i = 0; i < c->w->n; i++) {
        const char *word = c->w->words[i];
        const char *s = evx_tok_stem(c->tok, word, strlen(word));
        if (s && strcmp(s, stem) == 0)
            return 1;
    }
    return 0;
}

static int pick(void *ctx, const char *term, double weight)
{
    pick_ctx *c = ctx;
    const char *stem = term + strlen(EVX_PREFIX_STEM);

    (void)weight;
    if (strncmp(term, EVX_PREFIX_STEM, strlen(EVX_PREFIX_STEM)) != 0 ||
        strlen(stem) < 3 || evx_rank_is_function_word(stem) ||
        in_query(c, stem))
        return 0;
    c->st = evx_query_term(&c->terms[c->n], term, 1, 0);
    if (c->st)
        return 1;
    return ++c->n == EVX_PRF_TERMS;
}

/* The docids of the first pass's best hits, into ids[*n]. */
static evx_status first_pass(evx_docid *ids, size_t *n, evx_db *db,
                             const evx_query *q, char **errmsg)
{
    evx_search_params p;
    evx_hits hits = {NULL, 0, 0};
    evx_status st;

    memset(&p, 0, sizeof p);
    p.limit = EVX_PRF_DOCS;
    p.no_count = 1;
    p.merge_restated = 1;
    *n = 0;
    st = evx_search_run(&hits, db, q, &p, errmsg);
    for (size_t i = 0; !st && i < hits.len && i < EVX_PRF_DOCS; i++)
        ids[(*n)++] = hits.items[i].docid;
    evx_hits_free(&hits);
    return st;
}

/* *q AND_MAYBE (the OR of the n picked terms, scaled); takes the terms. */
static evx_status add_terms(evx_query **q, evx_query **terms, size_t n)
{
    evx_query *any = NULL, *scaled = NULL, *both = NULL, *subs[2];
    evx_status st = evx_query_combine(&any, EVX_Q_OR, terms, n, 0);

    if (!st)
        st = evx_query_scale(&scaled, any, EVX_PRF_WEIGHT);
    subs[0] = *q;
    subs[1] = scaled;
    if (!st)
        st = evx_query_combine(&both, EVX_Q_AND_MAYBE, subs, 2, 0);
    evx_query_free(any);
    evx_query_free(scaled);
    if (!st) {
        evx_query_free(*q);
        *q = both;
    }
    return st;
}

evx_status evx_prf_expand(evx_query **q, evx_db *db, evx_tok *tok,
                          const evx_prf_words *w, char **errmsg)
{
    evx_docid ids[EVX_PRF_DOCS];
    pick_ctx c;
    size_t n = 0;
    evx_status st = first_pass(ids, &n, db, *q, errmsg);

    memset(&c, 0, sizeof c);
    c.tok = tok;
    c.w = w;
    if (st || n == 0)
        return st;
    /* Ask for more than needed: the query's own stems are skipped. */
    st = evx_db_expand(db, ids, n, EVX_PRF_TERMS + (unsigned)w->n + 8,
                       not_stems, pick, &c);
    if (!st)
        st = c.st;
    if (st && errmsg && !*errmsg)
        *errmsg = evx_strdup(evx_db_errmsg(db));
    if (!st && c.n)
        st = add_terms(q, c.terms, c.n);
    for (size_t i = 0; i < c.n; i++)
        evx_query_free(c.terms[i]);
    return st;
}
