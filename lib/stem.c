/*
 * stem.c - Snowball's English stemmer (see stem.h).
 *
 * libstemmer's sb_stemmer_new looks the language up in a table of every
 * stemmer it has (some thirty languages, three encodings), so linking it,
 * shared or static, brings all of them, and their tables hold about
 * 10,800 pointers the dynamic loader relocates at every start: some 90
 * page faults, a quarter of a whole query's start-up.  With the static
 * archive (EVX_STEM_DIRECT, set by CMakeLists.txt when it links) this
 * file calls the English UTF-8 stemmer's own entry points instead, which
 * is all sb_stemmer_stem does for it, and only that stemmer is linked.
 * Those entry points are Snowball's runtime API (runtime/api.h and
 * stem_UTF_8_english.h in the libstemmer_c sources; not installed), so
 * their declarations are copied here: only the struct's first fields,
 * the stem p and its length l, are read.
 */
#include "stem.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#ifdef EVX_STEM_DIRECT

typedef unsigned char symbol;

struct SN_env {
    symbol *p;
    int c;
    int l;
    /* more fields follow, never touched here */
};

extern struct SN_env *english_UTF_8_create_env(void);
extern void english_UTF_8_close_env(struct SN_env *z);
extern int english_UTF_8_stem(struct SN_env *z);
extern int SN_set_current(struct SN_env *z, int size, const symbol *s);

struct evx_stem {
    struct SN_env *env;
};

evx_status evx_stem_new(evx_stem **out)
{
    evx_stem *s = malloc(sizeof *s);

    *out = NULL;
    if (!s)
        return EVX_NOMEM;
    s->env = english_UTF_8_create_env();
    if (!s->env) {
        free(s);
        return EVX_BACKEND;
    }
    *out = s;
    return EVX_OK;
}

/* As sb_stemmer_stem does it. */
static const char *snowball_stem(evx_stem *s, const char *word, size_t len,
                                 size_t *stem_len)
{
    struct SN_env *z = s->env;

    if (len > INT_MAX || SN_set_current(z, (int)len, (const symbol *)word)) {
        z->l = 0;
        return NULL;
    }
    if (english_UTF_8_stem(z) < 0)
        return NULL;
    z->p[z->l] = 0;
    *stem_len = (size_t)z->l;
    return (const char *)z->p;
}

void evx_stem_free(evx_stem *s)
{
    if (!s)
        return;
    english_UTF_8_close_env(s->env);
    free(s);
}

#else /* the shared library: its public API */

#include <libstemmer.h>

struct evx_stem {
    struct sb_stemmer *stemmer;
};

evx_status evx_stem_new(evx_stem **out)
{
    evx_stem *s = malloc(sizeof *s);

    *out = NULL;
    if (!s)
        return EVX_NOMEM;
    s->stemmer = sb_stemmer_new("english", NULL);
    if (!s->stemmer) {
        free(s);
        return EVX_BACKEND;
    }
    *out = s;
    return EVX_OK;
}

static const char *snowball_stem(evx_stem *s, const char *word, size_t len,
                                 size_t *stem_len)
{
    const sb_symbol *r;

    if (len > INT_MAX)
        return NULL;
    r = sb_stemmer_stem(s->stemmer, (const sb_symbol *)word, (int)len);
    if (!r)
        return NULL;
    *stem_len = (size_t)sb_stemmer_length(s->stemmer);
    return (const char *)r;
}

void evx_stem_free(evx_stem *s)
{
    if (!s)
        return;
    sb_stemmer_delete(s->stemmer);
    free(s);
}

#endif

/* The endings in which American spelling writes z where British writes
 * s ("organization", "analyzed"), with the letters that must stand before
 * them: three before -iz- (so "size", "prize" and "seize" stay), two
 * before -yz- ("analyze"). */
static const struct {
    const char *end;
    size_t before;
} american[] = {
    {"ize", 3},   {"izes", 3},   {"ized", 3},     {"izing", 3},
    {"izer", 3},  {"izers", 3},  {"ization", 3},  {"izations", 3},
    {"izable", 3}, {"yze", 2},   {"yzes", 2},     {"yzed", 2},
    {"yzing", 2}, {"yzer", 2},   {"yzers", 2}};

/* Writes word into buf with an American z ending spelt the British way
 * and returns 1, or returns 0 if it has none (or is too long for buf). */
static int british(const char *word, size_t len, char *buf, size_t cap)
{
    /* every ending holds a z within the last nine letters */
    const char *z = len > 9 ? word + len - 9 : word;
    if (len < 5 || len >= cap || !memchr(z, 'z', (size_t)(word + len - z)))
        return 0;
    for (size_t i = 0; i < sizeof american / sizeof *american; i++) {
        size_t n = strlen(american[i].end);
        if (len < n + american[i].before || len >= cap ||
            memcmp(word + len - n, american[i].end, n) != 0)
            continue;
        memcpy(buf, word, len);
        buf[len - n + 1] = 's';
        buf[len] = 0;
        return 1;
    }
    return 0;
}

const char *evx_stem_word(evx_stem *s, const char *word, size_t len,
                          size_t *stem_len)
{
    char buf[64];

    if (british(word, len, buf, sizeof buf))
        return snowball_stem(s, buf, len, stem_len);
    return snowball_stem(s, word, len, stem_len);
}
