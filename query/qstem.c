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
    evx_status st;
} forms_ctx;

static int on_candidate(void *ctx, const char *term, unsigned long freq)
{
    forms_ctx *c = ctx;
    (void)freq;
    const char *s = evx_tok_stem(c->tok, term, strlen(term));
    if (!s || strcmp(s, c->stem) != 0)
        return 0;
    c->st = evx_query_term(&c->subs[c->n], term, 1, c->pos);
    if (!c->st)
        c->n++;
    return c->st != EVX_OK || c->n == EVX_QSTEM_MAX_FORMS;
}

evx_status evx_qstem_forms(evx_query **out, evx_db *db, evx_tok *tok,
                           const char *stem, unsigned pos)
{
    forms_ctx c = {tok, stem, pos, {NULL}, 0, EVX_OK};
    size_t len = strlen(stem);
    char *prefix = malloc(len + 1);
    *out = NULL;
    if (!prefix)
        return EVX_NOMEM;
    memcpy(prefix, stem, len + 1);
    if (len > 1 && (prefix[len - 1] == 'i' || prefix[len - 1] == 'e'))
        prefix[len - 1] = '\0';
    evx_status st = evx_db_terms(db, prefix, on_candidate, &c);
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
