/*
 * prox.c - the proximity boost of a run of free words (see prox.h).  A
 * pair is NEAR(forms of a, forms of b) within EVX_PROX_WINDOW positions;
 * the forms are the plain words of each stem (stems carry no positions,
 * lib/schema.h).  Only words next to each other in the query make a pair:
 * a function word (rank.h) between two words breaks it ("cost of care"
 * makes no pair; "care costs" does).
 */
#include "prox.h"

#include <stdlib.h>

#include "qstem.h"
#include "rank.h"

static void free_all(evx_query **qs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        evx_query_free(qs[i]);
}

/* NEAR of the forms of stems a and b, into *out. */
static evx_status near_pair(evx_query **out, evx_db *db, evx_tok *tok,
                            const char *a, const char *b)
{
    evx_query *sub[2] = {NULL, NULL};
    evx_status st = evx_qstem_forms(&sub[0], db, tok, a, 1);

    if (!st)
        st = evx_qstem_forms(&sub[1], db, tok, b, 2);
    if (!st)
        st = evx_query_combine(out, EVX_Q_NEAR, sub, 2, EVX_PROX_WINDOW);
    free_all(sub, 2);
    return st;
}

/* Is word i a single content word? */
static int content(const evx_prox_words *w, size_t i)
{
    return w->stems[i] && w->terms[i] &&
           !evx_rank_is_function_word(w->stems[i]);
}

evx_status evx_prox_pairs(evx_query **out, size_t *n_pairs, evx_db *db,
                          evx_tok *tok, const evx_prox_words *w)
{
    evx_query **pairs, *any = NULL;
    size_t n = 0;
    evx_status st = EVX_OK;

    *out = NULL;
    if (n_pairs)
        *n_pairs = 0;
    pairs = calloc(w->n ? w->n : 1, sizeof *pairs);
    if (!pairs)
        return EVX_NOMEM;
    for (size_t i = 1; i < w->n && !st; i++)
        if (content(w, i - 1) && content(w, i) &&
            !(st = near_pair(&pairs[n], db, tok, w->stems[i - 1], w->stems[i])))
            n++;
    if (!st && n)
        st = evx_query_combine(&any, EVX_Q_OR, pairs, n, 0);
    if (!st && any)
        st = evx_query_scale(out, any, EVX_PROX_WEIGHT);
    evx_query_free(any);
    free_all(pairs, n);
    free(pairs);
    if (!st && n_pairs && *out)
        *n_pairs = n;
    return st;
}
