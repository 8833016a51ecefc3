/*
 * marks.c - footnote markers: the one rule; see marks.h.
 */
#include "marks.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "ascii.h"

#define RDQ "\xE2\x80\x9D" /* right double quotation mark */
#define RSQ "\xE2\x80\x99" /* right single quotation mark */
#define LDQ "\xE2\x80\x9C" /* left double quotation mark */
#define LSQ "\xE2\x80\x98" /* left single quotation mark */
#define MAX_DIGITS 4       /* no report has 10,000 footnotes */

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

static int listed(const evx_mark_seq *seq, long n)
{
    int k = (int)n;
    return seq->n_listed &&
           bsearch(&k, seq->listed, seq->n_listed, sizeof k, int_cmp) != NULL;
}

int evx_mark_fits(const evx_mark_seq *seq, long num)
{
    if (num <= 0)
        return 0;
    if (!seq)
        return 1;
    long l = seq->last;
    if (l)
        return num > l && (num <= l + EVX_MARK_AHEAD || listed(seq, num));
    if (seq->n_listed)
        return listed(seq, num) || (num < seq->listed[0] &&
                                    num + EVX_MARK_AHEAD >= seq->listed[0]);
    return seq->from_one ? num <= 1 + EVX_MARK_AHEAD : num < 1000;
}

/* An opening quotation mark starts at i, a capital after it. */
static int opens_quote(const char *s, size_t n, size_t i)
{
    size_t q = at(s, n, i, LDQ) || at(s, n, i, LSQ) ? 3
               : i < n && (s[i] == '"' || s[i] == '\'') ? 1
                                                        : 0;
    return q && i + q < n && evx_ascii_upper(s[i + q]);
}

/* A closing quotation mark ends just before i. */
static int after_close_quote(const char *s, size_t i)
{
    return i >= 3 && (at(s, i, i - 3, RDQ) || at(s, i, i - 3, RSQ));
}

/* Whether a year and a dash, hyphen or slash stand just before the two
 * digits at t, the two a session's or financial year's end ("2017–18",
 * "2016-17", "2016/17"). */
static int year_range_before(const char *s, size_t t)
{
    size_t y;
    if (t >= 3 && (unsigned char)s[t - 3] == 0xE2 &&
        (unsigned char)s[t - 2] == 0x80 &&
        ((unsigned char)s[t - 1] == 0x93 || (unsigned char)s[t - 1] == 0x94))
        y = t - 3;
    else if (t >= 1 && (s[t - 1] == '-' || s[t - 1] == '/'))
        y = t - 1;
    else
        return 0;
    return y >= 4 && evx_ascii_digit(s[y - 4]) && evx_ascii_digit(s[y - 1]) &&
           is_year(digits_value(s, y - 4, y)) &&
           (y == 4 || !evx_ascii_digit(s[y - 5]));
}

/* Whether what stands before the digit run at b glues it to the text the
 * way a superscript marker is glued (see marks.h). */
static int glued_before(const evx_mark_seq *seq, const char *s, size_t b,
                        long num)
{
    char c = s[b - 1];
    if (evx_ascii_alpha(c)) {
        size_t t = b - 1, letters = 1;
        int low = evx_ascii_lower(c);
        while (t > 0 && evx_ascii_alpha(s[t - 1])) {
            low |= evx_ascii_lower(s[t - 1]);
            t--;
            letters++;
        }
        return letters >= 2 && (low || letters >= 3);
    }
    if (c == '.' || c == ',') {
        size_t d = b - 1, t;
        if (d == 0 || !evx_ascii_digit(s[d - 1]))
            return 1;
        for (t = d; t > 0 && evx_ascii_digit(s[t - 1]); t--)
            ;
        if (d - t == 4 && is_year(digits_value(s, t, d)) &&
            (t == 0 || !evx_ascii_digit(s[t - 1])))
            return 1; /* "in 2015.223" */
        if (d - t == 2 && year_range_before(s, t))
            return 1; /* "during 2017–18.2" */
        return seq && seq->last && num == seq->last + 1 && num >= 10;
    }
    if (strchr(";:!?)]'\"", c))
        return 1;
    return after_close_quote(s, b);
}

/* Whether a marker may end at e: at a space, the end or closing
 * punctuation (not a decimal point or a digit group), or before a word
 * when it followed a sentence's end ("discipline.202However"). */
static int ends_marker(const char *s, size_t n, size_t b, size_t e)
{
    if (e == n || evx_ascii_space(s[e]))
        return 1;
    if (strchr(",.", s[e]))
        return !(e + 1 < n && evx_ascii_digit(s[e + 1]));
    if (strchr(";:)]", s[e]))
        return 1;
    return evx_ascii_alpha(s[e]) && b > 0 &&
           (strchr(".!?", s[b - 1]) || after_close_quote(s, b));
}

int evx_mark_glued(const evx_mark_seq *seq, const char *s, size_t n,
                   size_t b, size_t e, size_t *mb, long *num)
{
    long v;
    /* a year with a marker glued straight on ("in 2018227") */
    if (e - b >= 5 && e - b <= 4 + MAX_DIGITS &&
        (b == 0 || evx_ascii_space(s[b - 1])) &&
        is_year(digits_value(s, b, b + 4)) && s[b + 4] != '0' &&
        ends_marker(s, n, b + 4, e)) {
        v = digits_value(s, b + 4, e);
        if (evx_mark_fits(seq, v)) {
            *mb = b + 4;
            *num = v;
            return 1;
        }
    }
    if (b == 0 || e - b > MAX_DIGITS || s[b] == '0' || !ends_marker(s, n, b, e))
        return 0;
    v = digits_value(s, b, e);
    if (!glued_before(seq, s, b, v) || !evx_mark_fits(seq, v))
        return 0;
    *mb = b;
    *num = v;
    return 1;
}

/* Most digits two markers printed together have ("99100"). */
#define MAX_PAIR_DIGITS 6

int evx_mark_split(const char *d, size_t n, long *first)
{
    if (n < 2 || n > MAX_PAIR_DIGITS || d[0] == '0')
        return 0;
    for (size_t m = 1; m < n; m++) {
        long a = digits_value(d, 0, m), b = digits_value(d, m, n);
        if (d[m] != '0' && b == a + 1) {
            *first = a;
            return 1;
        }
    }
    return 0;
}

int evx_mark_glued_pair(const evx_mark_seq *seq, const char *s, size_t n,
                        size_t b, size_t e, long *num, long *num2)
{
    long v;
    if (!seq || !seq->last || b == 0 || !ends_marker(s, n, b, e) ||
        !evx_mark_split(s + b, e - b, &v) ||
        evx_mark_fits(seq, digits_value(s, b, e)) ||
        !glued_before(seq, s, b, v) || !evx_mark_fits(seq, v))
        return 0;
    *num = v;
    *num2 = v + 1;
    return 1;
}

/* Words within which a list numbered in the running text goes on. */
#define SPACED_LIST_WORDS 8

int evx_mark_spaced(const evx_mark_seq *seq, const char *s, size_t n,
                    size_t b, size_t e, long *num)
{
    if (!seq || b < 2 || e - b > MAX_DIGITS || s[b] == '0' ||
        s[b - 1] != ' ')
        return 0;
    /* a quotation and a semicolon before it, the sentence going on with
     * the next ("“…”; 41 Mr Quarrie said “…”; 42 and …") */
    int clause = s[b - 2] == ';' && after_close_quote(s, b - 2);
    if (!(clause || strchr(".!?", s[b - 2]) || after_close_quote(s, b - 1)))
        return 0;
    /* the line's end, or a new sentence: a capital after one blank, or
     * an opening quotation mark ("encouraging”. 16 “The headline …”");
     * after a clause, any word */
    if (!(e == n || (e + 1 < n && s[e] == ' ' &&
                     (clause || evx_ascii_upper(s[e + 1]) ||
                      opens_quote(s, n, e + 1)))))
        return 0;
    long v = digits_value(s, b, e);
    if (v != seq->last + 1)
        return 0;
    /* a list numbered in the running text ("three steps. 1 Plan the
     * service. 2 Deliver it."): the next number follows as this one
     * does, within a few words */
    char next[24];
    int nl = snprintf(next, sizeof next, ". %ld ", v + 1);
    size_t words = 0;
    for (size_t i = e; i < n && words <= SPACED_LIST_WORDS; i++) {
        words += s[i] == ' ';
        if (nl > 0 && i + (size_t)nl < n && memcmp(s + i, next, (size_t)nl) == 0 &&
            evx_ascii_upper(s[i + (size_t)nl]))
            return 0;
    }
    *num = v;
    return 1;
}

int evx_mark_bracket(const evx_mark_seq *seq, const char *s, size_t n,
                     size_t b, size_t *mb, size_t *me, long *num)
{
    size_t e = b + 1, start = b;
    if (b == 0 || s[b] != '[')
        return 0;
    while (e < n && evx_ascii_digit(s[e]))
        e++;
    if (e == b + 1 || e - b - 1 > MAX_DIGITS || e >= n || s[e] != ']' ||
        s[b + 1] == '0')
        return 0;
    *num = digits_value(s, b + 1, e);
    if (!evx_mark_fits(seq, *num))
        return 0;
    if (evx_ascii_space(s[b - 1]))
        start = b - 1;
    *mb = start;
    *me = e + 1;
    return 1;
}
