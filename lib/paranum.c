/*
 * paranum.c - paragraph numbers, plain or by chapter; see paranum.h.
 */
#include "paranum.h"

#include <stdio.h>

#include "ascii.h"

int evx_para_of_chapter(int c, int n)
{
    return c * EVX_PARA_BY_CHAPTER + n;
}

int evx_para_is_by_chapter(int para)
{
    return para >= EVX_PARA_BY_CHAPTER;
}

size_t evx_para_print(int para, char *buf, size_t size)
{
    int n;
    if (para <= 0)
        n = snprintf(buf, size, "%s", "");
    else if (evx_para_is_by_chapter(para))
        n = snprintf(buf, size, "%d.%d", para / EVX_PARA_BY_CHAPTER,
                     para % EVX_PARA_BY_CHAPTER);
    else
        n = snprintf(buf, size, "%d", para);
    return n > 0 ? (size_t)n : 0;
}

/* Digits at s[i..n), at most max: their count and value. */
static size_t digits(const char *s, size_t n, size_t i, size_t max, int *v)
{
    size_t k = 0;
    *v = 0;
    while (i + k < n && k < max && evx_ascii_digit((unsigned char)s[i + k]))
        *v = *v * 10 + (s[i + k++] - '0');
    return k;
}

size_t evx_para_read(const char *s, size_t n, int *para)
{
    int a, b;
    size_t k = digits(s, n, 0, 5, &a);
    if (k == 0 || s[0] == '0' ||
        (k < n && evx_ascii_digit((unsigned char)s[k])))
        return 0;
    if (k <= 2 && k + 1 < n && s[k] == '.' &&
        evx_ascii_digit((unsigned char)s[k + 1]) && s[k + 1] != '0') {
        size_t m = digits(s, n, k + 1, 3, &b);
        if (k + 1 + m < n && evx_ascii_digit((unsigned char)s[k + 1 + m]))
            return 0;
        *para = evx_para_of_chapter(a, b);
        return k + 1 + m;
    }
    if (a >= EVX_PARA_BY_CHAPTER)
        return 0;
    *para = a;
    return k;
}

size_t evx_para_opens_line(const char *s, size_t n, int *para)
{
    int v = 0;
    size_t t = s ? evx_para_read(s, n, &v) : 0;
    if (!t || !evx_para_is_by_chapter(v))
        return 0;
    if (t < n && s[t] == '.')
        t++;
    while (t < n && (s[t] == ' ' || s[t] == '\t'))
        t++;
    if (t >= n || evx_ascii_lower((unsigned char)s[t]) ||
        evx_ascii_digit((unsigned char)s[t]))
        return 0;
    *para = v;
    return t;
}

int evx_para_follows(int a, int b, int ahead)
{
    if (b <= 0)
        return 0;
    if (!evx_para_is_by_chapter(b))
        return !evx_para_is_by_chapter(a) && b > a && b <= a + ahead;
    int bc = b / EVX_PARA_BY_CHAPTER, bn = b % EVX_PARA_BY_CHAPTER;
    if (a <= 0)
        return bn == 1;
    if (!evx_para_is_by_chapter(a))
        return 0;
    int ac = a / EVX_PARA_BY_CHAPTER, an = a % EVX_PARA_BY_CHAPTER;
    if (bc == ac)
        return bn > an && bn <= an + ahead;
    return bc > ac && bc <= ac + 2 && bn >= 1 && bn <= ahead;
}

int evx_para_gap(int a, int b)
{
    if (!evx_para_is_by_chapter(b))
        return b - a - 1;
    if (a / EVX_PARA_BY_CHAPTER == b / EVX_PARA_BY_CHAPTER)
        return b - a - 1;
    return b % EVX_PARA_BY_CHAPTER - 1;
}

int evx_para_run_start(evx_para_run *r, int last, int v, int ahead)
{
    r->last = last;
    r->ahead = ahead;
    r->v = v;
    r->want = v + 1;
    return last > 0 && !evx_para_is_by_chapter(last) &&
           !evx_para_is_by_chapter(v) && v > last + ahead;
}

int evx_para_run_feed(evx_para_run *r, int x)
{
    if (evx_para_follows(r->last, x, r->ahead))
        return -1;
    if (x == r->want)
        r->want++;
    return r->want == r->v + 3;
}

int evx_list_run_start(evx_list_run *r, int last, int v)
{
    r->last = last;
    r->want = v + 1;
    return last > 0 && !evx_para_is_by_chapter(last) &&
           !evx_para_is_by_chapter(v) && v > last;
}

int evx_list_run_feed(evx_list_run *r, int x)
{
    if (x == r->want) {
        r->want++;
        return 0;
    }
    return x > r->last && x < r->want ? 1 : -1;
}
