/*
 * repeat.c - parts of a file pasted twice (see repeat.h).
 *
 * The numbered lines long enough to be a paragraph's first line are
 * hashed; two of one text are a pair, and the pair whose second line comes
 * first is grown, both ways, over the lines (blank ones passed over) that
 * the two copies print alike, the first copy never reaching into the
 * second.  A pair whose run holds fewer than two numbered lines is passed
 * over.  Each repeat found is blanked before the next is looked for.
 */
#include "repeat.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "paranum.h"
#include "web_lines.h"

/* Bytes a numbered line has at least to count (a contents entry, a short
 * heading or a footnote "12 Ibid." has fewer). */
#define KEY_MIN 40

/* A numbered line: its hash and number. */
typedef struct key {
    unsigned long hash;
    size_t line;
} key;

/* Line l of t without the blanks around it (NULL past the end). */
static const char *trimmed(const evx_text *t, size_t l, size_t *n)
{
    const char *s = evx_text_line(t, l, n);
    while (s && *n && evx_ascii_space((unsigned char)*s))
        s++, (*n)--;
    while (s && *n && evx_ascii_space((unsigned char)s[*n - 1]))
        (*n)--;
    return s;
}

/* Does line l of t open with a paragraph's number and its full stop, or
 * one by chapter ("234.The", "234. The", "3.12 The"), and run to KEY_MIN
 * bytes?  A
 * list's or a footnote's number has no stop ("1 Frost, Wing Commander
 * Anne (DEF0001)"): a written evidence list printing the entries the
 * footnotes cite is no part pasted twice. */
static int numbered(const evx_text *t, size_t l)
{
    size_t n;
    int v;
    const char *s = trimmed(t, l, &n);
    size_t k = s && n >= KEY_MIN ? evx_para_read(s, n, &v) : 0;
    return k && k < n && (s[k] == '.' || memchr(s, '.', k)) &&
           !evx_ascii_lower((unsigned char)s[k + (s[k] == '.')]);
}

static int same(const evx_text *t, size_t a, size_t b)
{
    size_t na, nb;
    const char *x = trimmed(t, a, &na), *y = trimmed(t, b, &nb);
    return x && y && na == nb && memcmp(x, y, na) == 0;
}

static unsigned long hash_of(const evx_text *t, size_t l)
{
    size_t n;
    const char *s = trimmed(t, l, &n);
    unsigned long h = 2166136261UL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619UL;
    return h;
}

static int key_cmp(const void *a, const void *b)
{
    const key *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    return (x->line > y->line) - (x->line < y->line);
}

/* The next (step 1) or previous (step -1) line after l holding text, or
 * 0 past either end. */
static size_t step_text(const evx_text *t, size_t l, int step)
{
    size_t n, nl = evx_text_lines(t);
    for (l += (size_t)(long)step; l >= 1 && l <= nl; l += (size_t)(long)step)
        if (trimmed(t, l, &n) && n)
            return l;
    return 0;
}

/* Grows the pair of lines a < b into the runs a0..a1 and b0..b1 that
 * print alike, a1 before b0; returns the numbered lines in a0..a1. */
static size_t grow(const evx_text *t, size_t a, size_t b, size_t r[4])
{
    size_t a0 = a, b0 = b, a1 = a, b1 = b, x, y, keys = 0;
    /* back first: a text pasted many times grows into whole copies */
    while ((x = step_text(t, a0, -1)) && (y = step_text(t, b0, -1)) &&
           y > a1 && same(t, x, y))
        a0 = x, b0 = y;
    while ((x = step_text(t, a1, 1)) && x < b0 && (y = step_text(t, b1, 1)) &&
           same(t, x, y))
        a1 = x, b1 = y;
    for (x = a0; x <= a1; x++)
        keys += numbered(t, x);
    r[0] = a0, r[1] = a1, r[2] = b0, r[3] = b1;
    return keys;
}

/* Is line a a proper beginning of line b? */
static int cut_from(const evx_text *t, size_t a, size_t b)
{
    size_t na, nb;
    const char *x = trimmed(t, a, &na), *y = trimmed(t, b, &nb);
    return x && y && na && na < nb && memcmp(x, y, na) == 0;
}

/* The copies of runs r (a0, a1, b0, b1): the second is left out, unless
 * the first stops where the second starts, cut inside a line the second
 * prints whole, or inside a sentence the second goes on with. */
static void choose(const evx_text *t, const size_t r[4], evx_repeat *out)
{
    size_t after = step_text(t, r[1], 1), n;
    const char *s = trimmed(t, r[1], &n);
    size_t whole = step_text(t, r[3], 1);
    int cut = after && whole && cut_from(t, after, whole) &&
              step_text(t, after, 1) == r[2];
    *out = (evx_repeat){{(long)r[0], (long)r[1]}, {(long)r[2], (long)r[3]}, 0};
    if (cut) {
        out->earlier.last = (long)after;
        out->later.last = (long)whole;
    }
    /* a hard-wrapped copy stopped between two lines of a sentence that
     * the second copy goes on with in lower case */
    size_t wn;
    const char *w = whole ? trimmed(t, whole, &wn) : NULL;
    int broken = after == r[2] && evx_web_stops_mid(s, n) && w &&
                 evx_ascii_lower((unsigned char)w[0]);
    out->later_kept = cut || broken;
}

evx_repeat_copy evx_repeat_kept(const evx_repeat *r)
{
    return r->later_kept ? r->later : r->earlier;
}

evx_repeat_copy evx_repeat_left_out(const evx_repeat *r)
{
    return r->later_kept ? r->earlier : r->later;
}

/* Two numbered lines of one text, first < second. */
typedef struct pair {
    size_t first, second;
} pair;

static int pair_cmp(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    return (x->second > y->second) - (x->second < y->second);
}

/* Finds the first repeat of t (the one whose second copy starts first):
 * 1 if there is one, 0 if not, -1 out of memory.  The pairs of numbered
 * lines of one text are tried in the order of their second lines. */
static int find_one(const evx_text *t, evx_repeat *out)
{
    size_t nl = evx_text_lines(t), n = 0, n_pairs = 0, r[4];
    key *keys = malloc((nl ? nl : 1) * sizeof *keys);
    pair *pairs = malloc((nl ? nl : 1) * sizeof *pairs);
    int found = 0;
    if (!keys || !pairs) {
        free(keys);
        free(pairs);
        return -1;
    }
    for (size_t l = 1; l <= nl; l++)
        if (numbered(t, l))
            keys[n++] = (key){hash_of(t, l), l};
    qsort(keys, n, sizeof *keys, key_cmp);
    for (size_t i = 0; i + 1 < n; i++)
        if (keys[i].hash == keys[i + 1].hash)
            pairs[n_pairs++] = (pair){keys[i].line, keys[i + 1].line};
    qsort(pairs, n_pairs, sizeof *pairs, pair_cmp);
    for (size_t i = 0; i < n_pairs && !found; i++) {
        size_t a = pairs[i].first, b = pairs[i].second;
        found = same(t, a, b) && grow(t, a, b, r) >= 2;
    }
    if (found)
        choose(t, r, out);
    free(keys);
    free(pairs);
    return found;
}

evx_status evx_repeat_drop(evx_text **out, evx_repeat *found, size_t max,
                           size_t *n, const evx_text *t)
{
    evx_text *cur = NULL;
    int got = 0;

    *out = NULL;
    *n = 0;
    while (*n < max && (got = find_one(cur ? cur : t, &found[*n])) > 0) {
        evx_text *next = NULL;
        const evx_repeat *r = &found[(*n)++];
        evx_repeat_copy out_of = evx_repeat_left_out(r);
        evx_status st = evx_text_blank_lines(cur ? cur : t,
                                             (size_t)out_of.first,
                                             (size_t)out_of.last, &next);
        evx_text_free(cur);
        cur = next;
        if (st)
            return st;
    }
    if (got < 0) {
        evx_text_free(cur);
        return EVX_NOMEM;
    }
    *out = cur;
    return EVX_OK;
}

void evx_repeat_warn(const evx_repeat *r, const evx_units *units,
                     const char *file, evx_diag *diag)
{
    evx_repeat_copy kept = evx_repeat_kept(r);
    int lo = 0, hi = 0;
    for (size_t i = 0; units && i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type != EVX_UNIT_PARAGRAPH || !u->n_sources ||
            strcmp(u->sources[0].file, file) != 0 ||
            u->sources[0].line < kept.first || u->sources[0].line > kept.last)
            continue;
        if (!lo || u->number < lo)
            lo = u->number;
        if (u->number > hi)
            hi = u->number;
    }
    char from[16], to[16], paras[48] = "";
    evx_para_print(lo, from, sizeof from);
    evx_para_print(hi, to, sizeof to);
    if (lo)
        snprintf(paras, sizeof paras, " (paragraphs %s-%s)", from, to);
    evx_diag_add(diag, EVX_DIAG_WARNING, file, r->later.first,
                 "lines %ld-%ld repeat lines %ld-%ld%s: a part pasted "
                 "twice? Read once, from lines %ld-%ld",
                 r->later.first, r->later.last, r->earlier.first,
                 r->earlier.last, paras, kept.first, kept.last);
}
