/*
 * related.c - WordNet's synonyms of the index's words into the synonym
 * table (see related.h).  Both words are stemmed by the index's own
 * tokenizer, so a key is what the query side makes of the user's word and
 * a value is a Z term of the index.  Only the lemma's first senses are
 * read (WordNet orders them by frequency): "cost" gives "price" and
 * "toll", not its rarer senses.
 */
#include "related.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "schema.h"
#include "tok.h"
#include "wordnet.h"

typedef struct add_ctx {
    evx_db *meta, *index;
    evx_tok *tok;
    unsigned long max_df;
    evx_buf key, term;
    size_t added;
    evx_status st;
} add_ctx;

/* The document frequency of stem's Z term (0 if absent or on failure). */
static unsigned long stem_df(add_ctx *c, const char *stem)
{
    unsigned long df = 0;

    evx_buf_clear(&c->term);
    evx_buf_puts(&c->term, EVX_PREFIX_STEM);
    evx_buf_puts(&c->term, stem);
    if (evx_buf_status(&c->term))
        c->st = EVX_NOMEM;
    else if (evx_db_term_freq(c->index, c->term.data, &df) != EVX_OK)
        df = 0;
    return df;
}

static int on_pair(void *ctx, const char *lemma, const char *synonym)
{
    add_ctx *c = ctx;
    const char *s = evx_tok_stem(c->tok, lemma, strlen(lemma));
    unsigned long df;

    evx_buf_clear(&c->key);
    evx_buf_puts(&c->key, EVX_SYNONYM_RELATED);
    evx_buf_puts(&c->key, s ? s : "");
    s = evx_tok_stem(c->tok, synonym, strlen(synonym));
    if (!s || evx_buf_status(&c->key)) {
        c->st = EVX_NOMEM;
        return 1;
    }
    if (strcmp(c->key.data + strlen(EVX_SYNONYM_RELATED), s) == 0)
        return 0; /* the same stem ("runs" and "running") */
    df = stem_df(c, s);
    if (df == 0 || df > c->max_df)
        return c->st != EVX_OK;
    df = stem_df(c, c->key.data + strlen(EVX_SYNONYM_RELATED));
    if (df > c->max_df)
        return c->st != EVX_OK;
    c->st = evx_db_add_synonym(c->meta, c->key.data, s);
    if (!c->st)
        c->added++;
    return c->st != EVX_OK;
}

evx_status evx_related_add(evx_db *meta, evx_db *index, const char *dir,
                           size_t *added)
{
    const char *env_senses = getenv("EVX_WN_SENSES"), *env_tagged = getenv("EVX_WN_TAGGED"),
               *env_share = getenv("EVX_WN_SHARE");
    evx_wordnet_opts o = {env_senses ? (unsigned)atoi(env_senses) : EVX_RELATED_SENSES,
                          env_tagged ? atoi(env_tagged) : 1};
    double share = env_share ? atof(env_share) : EVX_RELATED_MAX_SHARE;
    add_ctx c;
    evx_wordnet *wn = NULL;
    unsigned long docs = 0;
    evx_status st;

    memset(&c, 0, sizeof c);
    if (added)
        *added = 0;
    st = evx_wordnet_open(&wn, dir ? dir : EVX_WORDNET_DIR);
    if (!st)
        st = evx_db_doc_count(index, &docs);
    if (!st)
        st = evx_tok_new(&c.tok);
    if (!st) {
        c.meta = meta;
        c.index = index;
        c.max_df = (unsigned long)(share * (double)docs);
        st = evx_wordnet_each(wn, &o, on_pair, &c);
    }
    if (!st)
        st = c.st;
    if (!st && added)
        *added = c.added;
    evx_tok_free(c.tok);
    evx_wordnet_free(wn);
    evx_buf_free(&c.key);
    evx_buf_free(&c.term);
    return st;
}
