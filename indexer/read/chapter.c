/*
 * chapter.c - "Chapter N:" before a chapter's title; see chapter.h.
 */
#include "chapter.h"

#include <string.h>

#include "ascii.h"

/* Whether s[i..) holds lit. */
static int holds(const char *s, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= n && memcmp(s + i, lit, k) == 0;
}

size_t evx_chapter_word(const char *s, size_t n, long *num)
{
    static const char word[] = "chapter ";
    size_t i, e, t;

    if (n < sizeof word)
        return 0;
    for (i = 0; i + 1 < sizeof word; i++)
        if (evx_ascii_tolower((unsigned char)s[i]) != (unsigned char)word[i])
            return 0;
    for (e = i; e < n && e - i < 3 && evx_ascii_digit((unsigned char)s[e]); e++)
        ;
    if (e == i || e - i > 2 || s[i] == '0' ||
        (e < n && evx_ascii_digit((unsigned char)s[e])))
        return 0;
    *num = 0;
    for (t = i; t < e; t++)
        *num = *num * 10 + (s[t] - '0');
    t = e;
    if (t < n && (s[t] == ':' || s[t] == '.' || s[t] == '-'))
        t++;
    else if (holds(s, n, t, " \xE2\x80\x93") || holds(s, n, t, " \xE2\x80\x94"))
        t += 4;
    while (t < n && evx_ascii_space((unsigned char)s[t]))
        t++;
    return t;
}
