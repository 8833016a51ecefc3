/*
 * acronym.c - finds "long form (ACRONYM)" definitions in report text.
 *
 * For each bracketed group that looks like an acronym (2 to 10 letters, at
 * least two of them capitals, an optional plural "s"), the words just
 * before the bracket are matched, last to first, against the acronym's
 * letters; small joining words may be passed over.  Only a complete match
 * makes a pair, so "(see Chapter 4)" or "(2017–19)" never do.
 */
#include "acronym.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "grow.h"

#define MAX_LETTERS 10
#define LOOKBACK_BYTES 240
#define MAX_WORDS 40

typedef struct pair {
    char *acronym;
    char *expansion;
    char *acronym_term;    /* folded, unstemmed: "bma" */
    char *expansion_terms; /* folded, unstemmed: "british medical association" */
} pair;

struct evx_acronyms {
    pair *items;
    size_t len;
    size_t cap;
};

/* One word before the bracket, as the tokenizer gives it. */
typedef struct word {
    char term[64];
    char stem[64];
} word;

typedef struct word_list {
    word items[MAX_WORDS];
    size_t len;
} word_list;

evx_status evx_acronyms_new(evx_acronyms **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? EVX_OK : EVX_NOMEM;
}

void evx_acronyms_free(evx_acronyms *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->len; i++) {
        free(a->items[i].acronym);
        free(a->items[i].expansion);
        free(a->items[i].acronym_term);
        free(a->items[i].expansion_terms);
    }
    free(a->items);
    free(a);
}

size_t evx_acronyms_len(const evx_acronyms *a)
{
    return a->len;
}

evx_status evx_acronyms_get(const evx_acronyms *a, size_t i,
                            const char **acronym, const char **expansion)
{
    if (i >= a->len)
        return EVX_INVALID;
    *acronym = a->items[i].acronym;
    *expansion = a->items[i].expansion;
    return EVX_OK;
}

evx_status evx_acronyms_terms(const evx_acronyms *a, size_t i,
                              const char **acronym, const char **expansion)
{
    if (i >= a->len)
        return EVX_INVALID;
    *acronym = a->items[i].acronym_term;
    *expansion = a->items[i].expansion_terms;
    return EVX_OK;
}

/* Reads the acronym inside [s, s+len): its initials (lower case) into
 * letters.  Returns the number of initials, or 0 if it is no acronym. */
static size_t acronym_letters(const char *s, size_t len, char *letters)
{
    size_t n = 0, capitals = 0;
    if (len > 0 && s[len - 1] == 's' && len > 2)
        len--; /* plural: "ACOs" */
    if (len < 2 || len > MAX_LETTERS)
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!isalpha(c))
            return 0;
        if (isupper(c))
            capitals++;
        letters[n++] = (char)tolower(c);
    }
    return capitals >= 2 ? n : 0;
}

static int is_joiner(const char *term)
{
    static const char *const joiners[] = {"and", "of", "the", "for", "in",
                                          "on", "to", "a", NULL};
    for (size_t i = 0; joiners[i]; i++)
        if (strcmp(term, joiners[i]) == 0)
            return 1;
    return 0;
}

static int collect_word(void *ctx, const evx_token *t)
{
    word_list *wl = ctx;
    if (t->kind == EVX_TOKEN_PART)
        return 0; /* a hyphenated compound counts once, as its joined form */
    if (t->term_len >= sizeof wl->items[0].term ||
        t->stem_len >= sizeof wl->items[0].stem)
        return 0;
    if (wl->len == MAX_WORDS) {
        memmove(wl->items, wl->items + 1, (MAX_WORDS - 1) * sizeof(word));
        wl->len--;
    }
    word *w = &wl->items[wl->len++];
    memcpy(w->term, t->term, t->term_len + 1);
    memcpy(w->stem, t->stem, t->stem_len + 1);
    return 0;
}

/* Matches letters against the last words of wl, last to first.  Returns the
 * index of the first word of the expansion, or -1. */
static long match_initials(const word_list *wl, const char *letters,
                           size_t n_letters)
{
    long w = (long)wl->len - 1;
    size_t l = n_letters;
    while (l > 0 && w >= 0) {
        const word *cur = &wl->items[w];
        if (cur->term[0] == letters[l - 1]) {
            l--;
            w--;
        } else if (is_joiner(cur->term) && l < n_letters) {
            w--;
        } else {
            return -1;
        }
    }
    return l == 0 ? w + 1 : -1;
}

static int has_pair(const evx_acronyms *a, const char *acr, const char *exp)
{
    for (size_t i = 0; i < a->len; i++)
        if (!strcmp(a->items[i].acronym, acr) &&
            !strcmp(a->items[i].expansion, exp))
            return 1;
    return 0;
}

/* The stems (or, with terms, the folded words) of wl from index first,
 * joined by single spaces. */
static void join_words(evx_buf *b, const word_list *wl, size_t first,
                       int terms)
{
    for (size_t i = first; i < wl->len; i++) {
        if (b->len)
            evx_buf_putc(b, ' ');
        evx_buf_puts(b, terms ? wl->items[i].term : wl->items[i].stem);
    }
}

/* Adds the pair acronym (word 0 of acr) <-> words first.. of before,
 * unless present. */
static evx_status add_pair(evx_acronyms *a, const word_list *acr,
                           const word_list *before, size_t first)
{
    evx_buf exp = EVX_BUF_INIT, terms = EVX_BUF_INIT;
    join_words(&exp, before, first, 0);
    join_words(&terms, before, first, 1);
    evx_status st = evx_buf_status(&exp) || evx_buf_status(&terms)
                        ? EVX_NOMEM : EVX_OK;
    const char *stem = acr->items[0].stem;
    if (st || !strcmp(stem, evx_buf_str(&exp)) ||
        has_pair(a, stem, evx_buf_str(&exp)))
        goto done;
    st = EVX_NOMEM;
    if (evx_grow((void **)&a->items, &a->cap, a->len + 1, sizeof *a->items))
        goto done;
    pair p = {evx_strdup(stem), evx_buf_detach(&exp),
              evx_strdup(acr->items[0].term), evx_buf_detach(&terms)};
    if (!p.acronym || !p.expansion || !p.acronym_term || !p.expansion_terms) {
        free(p.acronym);
        free(p.expansion);
        free(p.acronym_term);
        free(p.expansion_terms);
        goto done;
    }
    a->items[a->len++] = p;
    st = EVX_OK;
done:
    evx_buf_free(&exp);
    evx_buf_free(&terms);
    return st;
}

/* Tries the bracket [open, close) of text; adds a pair if it defines one. */
static evx_status try_bracket(evx_acronyms *a, evx_tok *tok, const char *text,
                              size_t open, size_t close)
{
    char letters[MAX_LETTERS + 1];
    size_t n = acronym_letters(text + open + 1, close - open - 1, letters);
    if (n == 0)
        return EVX_OK;

    size_t from = open > LOOKBACK_BYTES ? open - LOOKBACK_BYTES : 0;
    while (from < open && ((unsigned char)text[from] & 0xC0) == 0x80)
        from++; /* start on a UTF-8 boundary */
    word_list before = {.len = 0};
    evx_status st = evx_tokenize(tok, text + from, open - from, collect_word,
                                 &before);
    if (st)
        return st;
    long first = match_initials(&before, letters, n);
    if (first < 0)
        return EVX_OK;

    word_list acr = {.len = 0};
    st = evx_tokenize(tok, text + open + 1, close - open - 1, collect_word,
                      &acr);
    if (st || acr.len != 1)
        return st;

    return add_pair(a, &acr, &before, (size_t)first);
}

evx_status evx_acronyms_scan(evx_acronyms *a, evx_tok *tok, const char *text,
                             size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '(')
            continue;
        size_t j = i + 1;
        while (j < len && j - i <= MAX_LETTERS + 2 && text[j] != ')' &&
               text[j] != '(')
            j++;
        if (j < len && text[j] == ')') {
            evx_status st = try_bracket(a, tok, text, i, j);
            if (st)
                return st;
        }
    }
    return EVX_OK;
}
