/*
 * web_marks.c - footnote markers in web-edition text (see web_marks.h).
 *
 * A digit run is a marker when what stands before it glues it to the text
 * the way a superscript is glued, when it ends where a marker ends, and
 * when its number fits the footnote sequence.  A bracketed number is a
 * marker when its number fits the sequence.
 */
#include "web_marks.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "grow.h"

#define MARKER_AHEAD 5 /* a marker may skip this many footnote numbers */

#define RDQ "\xE2\x80\x9D" /* right double quotation mark */
#define RSQ "\xE2\x80\x99" /* right single quotation mark */

static int at(const char *s, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= n && memcmp(s + i, lit, k) == 0;
}

/* Value of the digit run s[b..e); -1 if too long. */
static long digits_value(const char *s, size_t b, size_t e)
{
    long v = 0;

    if (e - b > 9)
        return -1;
    for (; b < e; b++)
        v = v * 10 + (s[b] - '0');
    return v;
}

static int is_year(long v) { return v >= 1900 && v <= 2099; }

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int listed(const evx_web_seq *seq, long n)
{
    int k = (int)n;
    return seq->n_listed &&
           bsearch(&k, seq->listed, seq->n_listed, sizeof k, int_cmp) != NULL;
}

/* Whether what stands before the digit run at b glues it to the text the
 * way a superscript marker is glued: a word ("silos226"), closing
 * punctuation ("messages.226") or a closing quote ("journey.”236").  A
 * question or paper reference ("Q361", "HC719") is not a marker; nor is
 * the end of a decimal ("3.5"), except after a year ("2015.223") or when
 * the number is exactly the one expected. */
static int glued_before(const evx_web_seq *seq, const char *s, size_t b,
                        long num)
{
    char c = s[b - 1];
    size_t t;

    if (evx_ascii_alpha(c)) {
        for (t = b - 1; t > 0 && evx_ascii_alpha(s[t - 1]); t--)
            ;
        for (; t < b && evx_ascii_upper(s[t]); t++)
            ;
        return !(t == b && b - 1 - (t - 1) <= 2 &&
                 (b < 3 || !evx_ascii_alpha(s[b - 3])));
    }
    if (c == '.' || c == ',') {
        size_t d = b - 1;
        if (d == 0 || !evx_ascii_digit(s[d - 1]))
            return 1;
        for (t = d; t > 0 && evx_ascii_digit(s[t - 1]); t--)
            ;
        if (d - t == 4 && is_year(digits_value(s, t, d)) &&
            (t == 0 || !evx_ascii_digit(s[t - 1])))
            return 1;
        return seq->last && num == seq->last + 1 && num >= 10;
    }
    if (strchr(";:!?)]'\"", c))
        return 1;
    return b >= 3 && (at(s, b, b - 3, RDQ) || at(s, b, b - 3, RSQ));
}

/* Whether num fits the footnote sequence: just after the last marker (or
 * a little ahead: a marker may have been missed), or listed. */
static int in_sequence(const evx_web_seq *seq, long num)
{
    long l = seq->last;

    if (num <= 0)
        return 0;
    if (l)
        return num > l && (num <= l + MARKER_AHEAD || listed(seq, num));
    if (seq->n_listed)
        return listed(seq, num) ||
               (num < seq->listed[0] && num + MARKER_AHEAD >= seq->listed[0]);
    return num < 1000;
}

static int ends_marker(const char *s, size_t n, size_t e)
{
    return e == n || evx_ascii_space(s[e]) || strchr(",;:.)]", s[e]) != NULL;
}

/* Whether the digit run s[b..e) is (or ends in) a glued marker; if so *mb
 * gets where the marker starts and *num its number.  A year with a marker
 * glued straight on ("2018227") splits after the year. */
static int glued_span(const evx_web_seq *seq, const char *s, size_t n,
                      size_t b, size_t e, size_t *mb, long *num)
{
    long v;

    if (!ends_marker(s, n, e))
        return 0;
    if (e - b >= 5 && e - b <= 8 && (b == 0 || !evx_ascii_digit(s[b - 1])) &&
        is_year(digits_value(s, b, b + 4)) && s[b + 4] != '0') {
        v = digits_value(s, b + 4, e);
        if (in_sequence(seq, v) && (b == 0 || evx_ascii_space(s[b - 1]))) {
            *mb = b + 4;
            *num = v;
            return 1;
        }
    }
    if (e - b > 5 || s[b] == '0' || b == 0)
        return 0;
    v = digits_value(s, b, e);
    if (!glued_before(seq, s, b, v) || !in_sequence(seq, v))
        return 0;
    *mb = b;
    *num = v;
    return 1;
}

/* "[227]" after text, with or without a blank before it: *mb gets where
 * the marker (and its blank) starts, *me where it ends. */
static int bracket_span(const evx_web_seq *seq, const char *s, size_t n,
                        size_t b, size_t *mb, size_t *me, long *num)
{
    size_t e = b + 1, start = b;

    while (e < n && evx_ascii_digit(s[e]))
        e++;
    if (e == b + 1 || e - b > 6 || e >= n || s[e] != ']' || s[b + 1] == '0' ||
        b == 0)
        return 0;
    *num = digits_value(s, b + 1, e);
    if (!in_sequence(seq, *num))
        return 0;
    if (evx_ascii_space(s[b - 1]))
        start = b - 1;
    *mb = start;
    *me = e + 1;
    return 1;
}

evx_status evx_web_detach(evx_web_seq *seq, const char *s, size_t n,
                          evx_buf *out, evx_web_markers *mk)
{
    size_t i = 0, copied = 0;

    while (i < n) {
        size_t b = i, mb, me;
        long num;
        if (s[i] == '[' && bracket_span(seq, s, n, i, &mb, &me, &num)) {
            i = me;
        } else if (evx_ascii_digit(s[i])) {
            while (i < n && evx_ascii_digit(s[i]))
                i++;
            if (!glued_span(seq, s, n, b, i, &mb, &num))
                continue;
            me = i;
        } else {
            i++;
            continue;
        }
        if (mb < copied)
            mb = copied;
        evx_buf_append(out, s + copied, mb - copied);
        if (evx_grow((void **)&mk->v, &mk->cap, mk->n + 1, sizeof *mk->v))
            return EVX_NOMEM;
        mk->v[mk->n++] = (evx_web_marker){out->len, me - mb, (int)num};
        seq->last = (int)num;
        copied = me;
    }
    evx_buf_append(out, s + copied, n - copied);
    return EVX_OK;
}

int evx_web_cites(const char *s, size_t n, long num)
{
    evx_web_seq none = {NULL, 0, 0};
    size_t i = 0;

    while (i < n) {
        size_t b = i, mb, me;
        long v;
        if (s[i] == '[' && bracket_span(&none, s, n, i, &mb, &me, &v) &&
            v == num)
            return 1;
        if (!evx_ascii_digit(s[i])) {
            i++;
            continue;
        }
        while (i < n && evx_ascii_digit(s[i]))
            i++;
        if (b > 0 && ends_marker(s, n, i) && s[b] != '0' &&
            digits_value(s, b, i) == num && glued_before(&none, s, b, num))
            return 1;
    }
    return 0;
}
