/*
 * names.c - name folding on top of the tokenizer (see names.h).
 *
 * A name's words are its tokens, with a hyphenated compound taken whole
 * (its JOINED form: "Smith-Jones" -> "smithjones"), titles and honorifics
 * dropped, and a peer's territorial designation ("Lord Darzi of Denham")
 * cut at "of".
 */
#include "names.h"

#include <string.h>

#include "buf.h"

static const char *const titles[] = {
    "the", "professor", "prof", "dr", "doctor", "sir", "dame", "lord",
    "lady", "baroness", "baron", "viscount", "earl", "mr", "mrs", "ms",
    "miss", "mx", "rt", "hon", "right", "honourable", "rev", "revd",
    "reverend", "mp", "msp", "cbe", "obe", "mbe", "kbe", "dbe", "cb", "kcb",
    "gcb", "qc", "kc", "frs", "councillor", "cllr"};

int evx_name_is_title(const char *word, size_t len)
{
    if (!word)
        return 0;
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
        if (strlen(titles[i]) == len && memcmp(titles[i], word, len) == 0)
            return 1;
    return 0;
}

/* Walks the tokens, holding back a compound's first PART until we know
 * whether its JOINED form follows (then the parts are skipped). */
typedef struct walk {
    int (*cb)(void *ctx, const char *word, size_t len);
    void *ctx;
    char held[65];
    size_t held_len;
    int holding;
    size_t skip_to;   /* parts of a joined compound end at or before this */
    int seen_name;    /* a non-title word has been given */
    int stop;
} walk;

static int give(walk *w, const char *word, size_t len)
{
    if (evx_name_is_title(word, len))
        return 0;
    if (w->seen_name && len == 2 && memcmp(word, "of", 2) == 0) {
        w->stop = 1;
        return 1;
    }
    w->seen_name = 1;
    if (w->cb(w->ctx, word, len))
        w->stop = 1;
    return w->stop;
}

static int release(walk *w)
{
    if (!w->holding)
        return 0;
    w->holding = 0;
    return give(w, w->held, w->held_len);
}

static int on_token(void *ctx, const evx_token *t)
{
    walk *w = ctx;

    if (t->kind == EVX_TOKEN_JOINED) {
        w->holding = 0;
        w->skip_to = t->end;
        return give(w, t->term, t->term_len);
    }
    if (t->kind == EVX_TOKEN_PART && t->end <= w->skip_to)
        return 0;
    if (release(w))
        return 1;
    if (t->kind == EVX_TOKEN_PART && t->term_len < sizeof w->held) {
        memcpy(w->held, t->term, t->term_len);
        w->held_len = t->term_len;
        w->holding = 1;
        return 0;
    }
    return give(w, t->term, t->term_len);
}

evx_status evx_name_words(evx_tok *tok, const char *name, size_t len,
                          int (*cb)(void *ctx, const char *word, size_t len),
                          void *ctx)
{
    walk w;
    evx_status st;

    memset(&w, 0, sizeof w);
    w.cb = cb;
    w.ctx = ctx;
    st = evx_tokenize(tok, name, len, on_token, &w);
    if (st == EVX_OK && !w.stop)
        release(&w);
    return st;
}

static int key_word(void *ctx, const char *word, size_t len)
{
    evx_buf *b = ctx;

    if (b->len)
        evx_buf_putc(b, '_');
    evx_buf_append(b, word, len);
    return b->oom;
}

/* Keeps only the last word. */
static int last_word(void *ctx, const char *word, size_t len)
{
    evx_buf *b = ctx;

    evx_buf_clear(b);
    evx_buf_append(b, word, len);
    return b->oom;
}

static evx_status collect(evx_tok *tok, const char *name, size_t len,
                          int (*cb)(void *, const char *, size_t), char **out)
{
    evx_buf b = EVX_BUF_INIT;
    evx_status st;

    *out = NULL;
    st = evx_name_words(tok, name, len, cb, &b);
    if (st == EVX_OK)
        st = evx_buf_status(&b);
    if (st == EVX_OK) {
        *out = evx_buf_detach(&b);
        if (!*out)
            st = EVX_NOMEM;
    }
    evx_buf_free(&b);
    return st;
}

evx_status evx_name_key(evx_tok *tok, const char *name, size_t len,
                        char **out)
{
    return collect(tok, name, len, key_word, out);
}

evx_status evx_name_surname(evx_tok *tok, const char *name, size_t len,
                            char **out)
{
    return collect(tok, name, len, last_word, out);
}
