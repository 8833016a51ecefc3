/*
 * utf8.c - strict UTF-8 validation (RFC 3629).
 */
#include "utf8.h"

static int is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

size_t evx_utf8_seqlen(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the 2nd byte */
    size_t need, i;

    if (n == 0)
        return 0;
    if (p[0] < 0x80)
        return 1;
    if (p[0] >= 0xC2 && p[0] <= 0xDF)
        need = 2;
    else if (p[0] >= 0xE0 && p[0] <= 0xEF)
        need = 3;
    else if (p[0] >= 0xF0 && p[0] <= 0xF4)
        need = 4;
    else
        return 0; /* continuation byte, C0/C1 overlong lead, or F5..FF */
    /* The second byte's range is what excludes overlongs, surrogates and
     * code points past U+10FFFF (RFC 3629 section 4). */
    if (p[0] == 0xE0)
        lo = 0xA0;
    else if (p[0] == 0xED)
        hi = 0x9F;
    else if (p[0] == 0xF0)
        lo = 0x90;
    else if (p[0] == 0xF4)
        hi = 0x8F;
    if (n < need || p[1] < lo || p[1] > hi)
        return 0;
    for (i = 2; i < need; i++)
        if (!is_cont(p[i]))
            return 0;
    return need;
}

size_t evx_utf8_prefix(const char *s, size_t n, size_t max)
{
    size_t k = n < max ? n : max;
    /* back over continuation bytes to the start of a character */
    while (k > 0 && k < n && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    return k;
}
