/*
 * qstem.c - a stem as the OR of the plain words the index holds for it
 * (see qstem.h).  The candidates are the plain terms that begin with the
 * stem, less a final "i" or "e" that the stemmer may have written in
 * place of the word's own ending ("polici" from "policy"); each is
 * stemmed again and kept only if its stem is the one asked for.
 */
#include "qstem.h"

#include <stdlib.h>
#include <string.h>

typedef struct forms_ctx {
    evx_tok *tok;
    const char *stem;
    unsigned pos;
    evx_query *subs[EVX_QSTEM_MAX_FORMS];
    size_t n;
    size_t seen; /* candidates read */
    evx_status st;
} forms_ctx;

static int on_word(void *ctx, const char *term)
{
    forms_ctx *c = ctx;
    c->seen++;
    const char *s = evx_tok_stem(c->tok, term, strlen(term));
    if (!s || strcmp(s, c->stem) != 0)
        return 0;
    c->st = evx_query_term(&c->subs[c->n], term, 1, c->pos);
    if (!c->st)
        c->n++;
    return c->st != EVX_OK || c->n == EVX_QSTEM_MAX_FORMS;
}

static int on_term(void *ctx, const char *term, unsigned long freq)
{
    (void)freq;
    return on_word(ctx, term);
}

/* The candidates that begin with prefix into c: from the spelling data,
 * one small table, when it holds every form (a prefix of three letters or
 * more, tok.h) and has a word that begins so; else from every shard's
 * terms, whose walk reads the posting lists of every word that begins so
 * (at 1,000 reports, "car" for "care": about 130 blocks a shard). */
static evx_status candidates(forms_ctx *c, evx_db *db, const char *prefix)
{
    evx_status st = EVX_OK;
    if (evx_tok_is_spelling_word(prefix))
        st = evx_db_spelling_words(db, prefix, on_word, c);
    if (!st && !c->st && c->seen == 0)
        st = evx_db_terms(db, prefix, on_term, c);
    return st;
}

evx_status evx_qstem_forms(evx_query **out, evx_db *db, evx_tok *tok,
                           const char *stem, unsigned pos)
{
    forms_ctx c = {tok, stem, pos, {NULL}, 0, 0, EVX_OK};
    size_t len = strlen(stem);
    char *prefix = malloc(len + 1);
    *out = NULL;
    if (!prefix)
        return EVX_NOMEM;
    memcpy(prefix, stem, len + 1);
    if (len > 1 && (prefix[len - 1] == 'i' || prefix[len - 1] == 'e'))
        prefix[len - 1] = '\0';
    evx_status st = candidates(&c, db, prefix);
    free(prefix);
    if (!st)
        st = c.st;
    if (!st)
        st = c.n ? evx_query_combine(out, EVX_Q_OR, c.subs, c.n, 0)
                 : evx_query_none(out);
    for (size_t i = 0; i < c.n; i++)
        evx_query_free(c.subs[i]);
    return st;
}
