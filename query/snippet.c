/*
 * snippet.c - snippet window and highlights (see snippet.h).
 *
 * Two passes of the tokenizer: one over the query words to learn their terms
 * and stems, one over the text marking each word that matches.  The window
 * is the run of `words` consecutive words holding the most matches, then
 * re-centred on its first and last match so the context is balanced.
 */
#include "snippet.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "grow.h"

typedef struct want {
    char *term;
    char *stem;
    int exact;
    int prefix; /* a wildcard: any term starting with term */
} want;

typedef struct wants {
    want *items;
    size_t len, cap;
    int exact; /* flags for the word being tokenized */
    int prefix;
    int oom;
} wants;

typedef struct word {
    size_t start, end;
    int match;
} word;

typedef struct scan {
    const wants *w;
    word *words;
    size_t n, cap;
    evx_range *hl;
    size_t n_hl, cap_hl;
    int oom;
} scan;

static int add_want(void *ctx, const evx_token *t)
{
    wants *w = ctx;
    want *x;

    if (evx_grow((void **)&w->items, &w->cap, w->len + 1, sizeof *w->items)) {
        w->oom = 1;
        return 1;
    }
    x = &w->items[w->len];
    x->term = evx_strndup(t->term, t->term_len);
    x->stem = evx_strndup(t->stem, t->stem_len);
    x->exact = w->exact;
    x->prefix = w->prefix;
    if (!x->term || !x->stem) {
        free(x->term);
        free(x->stem);
        w->oom = 1;
        return 1;
    }
    w->len++;
    return 0;
}

static void free_wants(wants *w)
{
    size_t i;

    for (i = 0; i < w->len; i++) {
        free(w->items[i].term);
        free(w->items[i].stem);
    }
    free(w->items);
}

static int token_matches(const wants *w, const evx_token *t)
{
    size_t i;

    for (i = 0; i < w->len; i++) {
        const want *x = &w->items[i];
        if (strcmp(x->term, t->term) == 0)
            return 1;
        if (x->prefix && strncmp(x->term, t->term, strlen(x->term)) == 0)
            return 1;
        if (!x->exact && strcmp(x->stem, t->stem) == 0)
            return 1;
    }
    return 0;
}

static int add_hl(scan *s, size_t start, size_t end)
{
    if (evx_grow((void **)&s->hl, &s->cap_hl, s->n_hl + 1, sizeof *s->hl))
        return -1;
    s->hl[s->n_hl].start = start;
    s->hl[s->n_hl].end = end;
    s->n_hl++;
    return 0;
}

/* A JOINED token follows its first part: a match marks that part's word. */
static int on_token(void *ctx, const evx_token *t)
{
    scan *s = ctx;
    int m = token_matches(s->w, t);

    if (t->kind == EVX_TOKEN_JOINED) {
        if (m && s->n)
            s->words[s->n - 1].match = 1;
    } else {
        if (evx_grow((void **)&s->words, &s->cap, s->n + 1, sizeof *s->words)) {
            s->oom = 1;
            return 1;
        }
        s->words[s->n].start = t->start;
        s->words[s->n].end = t->end;
        s->words[s->n].match = m;
        s->n++;
    }
    if (m && add_hl(s, t->start, t->end)) {
        s->oom = 1;
        return 1;
    }
    return 0;
}

static int cmp_range(const void *a, const void *b)
{
    const evx_range *x = a, *y = b;

    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return (x->end > y->end) - (x->end < y->end);
}

/* Sorts the ranges and merges those that overlap (a compound and its
 * parts). */
static size_t merge_ranges(evx_range *r, size_t n)
{
    size_t i, k = 0;

    if (!n)
        return 0;
    qsort(r, n, sizeof *r, cmp_range);
    for (i = 1; i < n; i++) {
        if (r[i].start < r[k].end) {
            if (r[i].end > r[k].end)
                r[k].end = r[i].end;
        } else {
            r[++k] = r[i];
        }
    }
    return k + 1;
}

/* First word of the window of w words with the most matches, re-centred. */
static size_t best_window(const word *wd, size_t n, size_t w)
{
    size_t i, count = 0, best = 0, best_i = 0, first, last;

    for (i = 0; i < w; i++)
        count += (size_t)wd[i].match;
    best = count;
    for (i = w; i < n; i++) {
        count += (size_t)wd[i].match;
        count -= (size_t)wd[i - w].match;
        if (count > best) {
            best = count;
            best_i = i - w + 1;
        }
    }
    if (!best)
        return 0;
    for (first = best_i; !wd[first].match; first++)
        ;
    for (last = best_i + w - 1; !wd[last].match; last--)
        ;
    i = (first + last) / 2;
    i = i > w / 2 ? i - w / 2 : 0;
    return i + w > n ? n - w : i;
}

/* Widens the window over the punctuation glued to its edge words
 * ("“change" and "trust.”"), never into a neighbouring word. */
static void widen(evx_snippet *out, const char *text, size_t len,
                  const word *wd, size_t first, size_t last, size_t n)
{
    size_t lo = first ? wd[first - 1].end : 0;
    size_t hi = last + 1 < n ? wd[last + 1].start : len;

    while (out->start > lo && !evx_ascii_space(text[out->start - 1]))
        out->start--;
    while (out->end < hi && !evx_ascii_space(text[out->end]))
        out->end++;
}

static void place_window(evx_snippet *out, const char *text, size_t len,
                         const word *wd, size_t n, size_t w)
{
    size_t i, k;

    if (n <= w) {
        out->start = 0;
        out->end = len;
        for (k = 0; k < n; k++)
            out->n_matches += (size_t)wd[k].match;
        return;
    }
    i = best_window(wd, n, w);
    out->start = wd[i].start;
    out->end = wd[i + w - 1].end;
    out->cut_start = i > 0;
    out->cut_end = i + w < n;
    for (k = i; k < i + w; k++)
        out->n_matches += (size_t)wd[k].match;
    widen(out, text, len, wd, i, i + w - 1, n);
}

static evx_status learn_words(wants *w, evx_tok *tok, const evx_qword *qw,
                              size_t n_qw)
{
    size_t i;

    for (i = 0; i < n_qw && !w->oom; i++) {
        size_t wl = qw[i].word ? strlen(qw[i].word) : 0;
        if (!wl)
            continue;
        /* "integrat*" (qparse's form of a wildcard) matches by prefix */
        w->prefix = qw[i].word[wl - 1] == '*';
        w->exact = qw[i].exact || w->prefix;
        if (evx_tokenize(tok, qw[i].word, wl - (size_t)w->prefix, add_want, w))
            return EVX_NOMEM;
    }
    return w->oom ? EVX_NOMEM : EVX_OK;
}

/* The first bytes of the stems a token may match (of the words that are
 * not exact), for evx_tok_stem_only: the text's other words are not
 * stemmed, and for a phrase none is.  0 on success, -1 on OOM. */
static int stem_firsts(const wants *w, evx_buf *b)
{
    size_t i;

    for (i = 0; i < w->len; i++) {
        char c = w->items[i].stem[0];
        if (!w->items[i].exact && c && !strchr(evx_buf_str(b), c))
            evx_buf_putc(b, c);
    }
    return evx_buf_status(b) ? -1 : 0;
}

evx_status evx_snippet_make(evx_snippet *out, evx_tok *tok, const char *text,
                            size_t len, const evx_snippet_query *q)
{
    static const evx_snippet_query none = {NULL, 0, 0};
    evx_snippet res = EVX_SNIPPET_INIT;
    wants w = {NULL, 0, 0, 0, 0, 0};
    evx_buf firsts = EVX_BUF_INIT;
    scan s;
    evx_status st;

    *out = res;
    if (!q)
        q = &none;
    memset(&s, 0, sizeof s);
    s.w = &w;
    if (!text)
        text = "", len = 0;
    st = learn_words(&w, tok, q->words, q->n_words);
    if (!st && stem_firsts(&w, &firsts))
        st = EVX_NOMEM;
    if (!st) {
        evx_tok_stem_only(tok, evx_buf_str(&firsts));
        if (evx_tokenize(tok, text, len, on_token, &s) || s.oom)
            st = EVX_NOMEM;
        evx_tok_stem_only(tok, NULL);
    }
    if (st)
        goto done;
    place_window(&res, text, len, s.words, s.n,
                 q->window ? q->window : EVX_SNIPPET_WORDS);
    res.n_hl = merge_ranges(s.hl, s.n_hl);
    res.hl = s.hl;
    s.hl = NULL;
    *out = res;
done:
    free(s.hl);
    free(s.words);
    free_wants(&w);
    evx_buf_free(&firsts);
    return st;
}

void evx_snippet_free(evx_snippet *s)
{
    evx_snippet empty = EVX_SNIPPET_INIT;

    if (!s)
        return;
    free(s->hl);
    *s = empty;
}
