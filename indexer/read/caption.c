/*
 * caption.c - captions of boxes, figures and tables; see caption.h.
 */
#include "caption.h"

#include <string.h>

#include "ascii.h"

/* Does s[0..n) open with the word w (lower case), any case? */
static int opens_with(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (evx_ascii_tolower((unsigned char)s[i]) != (unsigned char)w[i])
            return 0;
    return 1;
}

/* Is s[i..] a dash: '-', or an en or em dash? */
static int dash_at(const char *s, size_t n, size_t i)
{
    return i < n && (s[i] == '-' ||
                     (i + 3 <= n && (unsigned char)s[i] == 0xE2 &&
                      (unsigned char)s[i + 1] == 0x80 &&
                      ((unsigned char)s[i + 2] == 0x93 ||
                       (unsigned char)s[i + 2] == 0x94)));
}

int evx_caption_line(const char *s, size_t n)
{
    static const char *const kinds[] = {"box", "figure", "table", "chart",
                                        "graph", "map", "diagram"};
    size_t i = 0, k, d;
    int kind = 0;

    while (i < n && evx_ascii_alpha((unsigned char)s[i]))
        i++;
    if (i == n || s[i] != ' ' || !evx_ascii_upper((unsigned char)s[0]))
        return 0;
    for (k = 0; k < sizeof kinds / sizeof *kinds && !kind; k++)
        kind = strlen(kinds[k]) == i && opens_with(s, n, kinds[k]);
    if (!kind)
        return 0;
    k = i + 1;
    for (d = k; k < n && (evx_ascii_digit((unsigned char)s[k]) ||
                          (s[k] == '.' && k + 1 < n &&
                           evx_ascii_digit((unsigned char)s[k + 1])));
         k++)
        ;
    if (k == d)
        return 0;
    if (k == n || s[k] == ':' || s[k] == '.')
        return 1;
    while (k < n && s[k] == ' ')
        k++;
    return dash_at(s, n, k);
}

int evx_caption_source(const char *s, size_t n)
{
    return opens_with(s, n, "source:") || opens_with(s, n, "sources:") ||
           opens_with(s, n, "note:") || opens_with(s, n, "notes:");
}
