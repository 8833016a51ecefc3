/*
 * qspell.c - the closest word the index holds to a word it lacks (see
 * qspell.h).  Free text uses Xapian's spelling data (every plain word of
 * unit text); a field's names are few (a few hundred speaker and
 * organisation words), so they are scanned and measured here by edit
 * distance.
 */
#include "qspell.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "schema.h"

#define MAX_EDITS 2
#define SHORT_WORD 5 /* bytes: shorter words get one edit */
#define MAX_WORD 64  /* longer words are not corrected */

/* Levenshtein distance of a and b, or limit + 1 once it exceeds limit. */
static unsigned edit_distance(const char *a, const char *b, unsigned limit)
{
    size_t na = strlen(a), nb = strlen(b);
    unsigned row[MAX_WORD + 1];

    if (na > MAX_WORD || nb > MAX_WORD ||
        (na > nb ? na - nb : nb - na) > limit)
        return limit + 1;
    for (size_t j = 0; j <= nb; j++)
        row[j] = (unsigned)j;
    for (size_t i = 1; i <= na; i++) {
        unsigned diag = row[0], best = (unsigned)i;
        row[0] = (unsigned)i;
        for (size_t j = 1; j <= nb; j++) {
            unsigned up = row[j];
            unsigned v = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < v)
                v = up + 1;
            if (row[j - 1] + 1 < v)
                v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < best)
                best = v;
        }
        if (best > limit)
            return limit + 1;
    }
    return row[nb];
}

typedef struct scan {
    const char *word;
    size_t prefix_len;
    unsigned limit, best;
    unsigned long best_df;
    evx_buf found;
} scan;

/* 1 if the candidate starts as the word does. */
static int first_kept(const scan *s, const char *cand)
{
    return cand && cand[0] == s->word[0];
}

static int on_term(void *ctx, const char *term, unsigned long df)
{
    scan *s = ctx;
    const char *w = term + s->prefix_len;
    unsigned d = edit_distance(s->word, w, s->limit);

    if (d == 0 || d > s->limit || d > s->best)
        return 0;
    /* Among equals the commoner wins, but one that keeps the first letter
     * comes first: people rarely mistype a word's start. */
    if (d == s->best && (first_kept(s, s->found.data) > first_kept(s, w) ||
                         (first_kept(s, s->found.data) == first_kept(s, w) &&
                          df <= s->best_df)))
        return 0;
    s->best = d;
    s->best_df = df;
    evx_buf_clear(&s->found);
    evx_buf_puts(&s->found, w);
    return 0;
}

static evx_status closest_term(char **out, evx_db *db, const char *prefix,
                               const char *word)
{
    scan s = {word, strlen(prefix), MAX_EDITS, MAX_EDITS + 1, 0,
              EVX_BUF_INIT};
    evx_status st;

    if (strlen(word) < SHORT_WORD) {
        s.limit = 1;
        s.best = 2;
    }
    st = evx_db_terms(db, prefix, on_term, &s);
    if (!st && evx_buf_status(&s.found))
        st = EVX_NOMEM;
    if (!st && s.found.len)
        *out = evx_buf_detach(&s.found);
    evx_buf_free(&s.found);
    return st;
}

evx_status evx_qspell_closest(char **out, evx_db *db, const char *prefix,
                              const char *word)
{
    char *sug = NULL;
    evx_status st;

    *out = NULL;
    if (*prefix && strcmp(prefix, EVX_PREFIX_STEM) != 0)
        return closest_term(out, db, prefix, word);
    st = evx_db_suggest(db, word, MAX_EDITS, &sug);
    if (!st && *sug && strcmp(sug, word) != 0)
        *out = sug;
    else
        free(sug);
    return st;
}

evx_status evx_qspell_has(int *has, evx_db *db, const char *prefix,
                          const char *word)
{
    evx_buf b = EVX_BUF_INIT;
    evx_status st;

    *has = 0;
    evx_buf_puts(&b, prefix);
    evx_buf_puts(&b, word);
    st = evx_buf_status(&b);
    if (!st)
        st = evx_db_has_term(db, evx_buf_str(&b), has);
    evx_buf_free(&b);
    return st;
}

evx_status evx_qspell_joined(char **out, evx_db *db, const char *a,
                             const char *b)
{
    evx_buf j = EVX_BUF_INIT;
    int has = 0;
    evx_status st;

    *out = NULL;
    evx_buf_puts(&j, a);
    evx_buf_puts(&j, b);
    st = evx_buf_status(&j);
    if (!st)
        st = evx_qspell_has(&has, db, "", evx_buf_str(&j));
    if (!st && has)
        *out = evx_buf_detach(&j);
    evx_buf_free(&j);
    return st;
}
