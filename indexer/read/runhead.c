/*
 * runhead.c - running headers learnt from repetition; see runhead.h.
 */
#include "runhead.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"

static size_t lead_space(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        i++;
    return i;
}

/* "N Title" or "Title N": a copy of the title, its first byte set to
 * 'L' (number leads) or 'T' (number trails); NULL if neither. */
static char *header_candidate(const char *s, size_t n)
{
    size_t i = 0, k = n;
    evx_buf b = EVX_BUF_INIT;
    while (i < n && evx_ascii_digit((unsigned char)s[i]))
        i++;
    if (i > 0 && i <= 4 && i < n && s[i] == ' ') {
        while (i < n && s[i] == ' ')
            i++;
        if (n - i < 12)
            return NULL;
        evx_buf_putc(&b, 'L');
        evx_buf_append(&b, s + i, n - i);
        return evx_buf_detach(&b);
    }
    while (k > 0 && evx_ascii_digit((unsigned char)s[k - 1]))
        k--;
    if (k < n && n - k <= 4 && k > 12 && s[k - 1] == ' ') {
        evx_buf_putc(&b, 'T');
        evx_buf_append(&b, s, evx_ascii_rtrim(s, k));
        return evx_buf_detach(&b);
    }
    return NULL;
}

static int cmp_title(const void *a, const void *b)
{
    int c = strcmp(*(char *const *)a + 1, *(char *const *)b + 1);
    return c ? c : strcmp(*(char *const *)a, *(char *const *)b);
}

/* The running title: printed with a page number on a line of its own,
 * before it on some pages and after it on others (odd and even pages),
 * or failing that on one side only; at least three times.  Contents
 * entries also end in numbers, but never sit on both sides.  Twice is
 * enough when both sides are seen. */
evx_status evx_running_title(char **out, const evx_text *t)
{
    size_t lines = evx_text_lines(t), nc = 0;
    char **c = malloc((lines + 1) * sizeof *c);
    *out = NULL;
    if (!c)
        return EVX_NOMEM;
    for (size_t ln = 1; ln <= lines; ln++) {
        size_t n;
        const char *s = evx_text_line(t, ln, &n);
        size_t i = lead_space(s, n);
        n = evx_ascii_rtrim(s + i, n - i);
        if (n > 12 && n < 200 && (c[nc] = header_candidate(s + i, n)) != NULL)
            nc++;
    }
    if (nc > 1)
        qsort(c, nc, sizeof *c, cmp_title);
    size_t best = 0, best_score = 0;
    for (size_t i = 0; i < nc;) {
        size_t j = i, lead = 0;
        while (j < nc && strcmp(c[j] + 1, c[i] + 1) == 0)
            lead += c[j++][0] == 'L';
        size_t count = j - i;
        int both = lead && lead < count;
        size_t score = count * (both ? 4 : 1);
        if ((count >= 3 || both) && score > best_score && strchr(c[i] + 1, ' ')) {
            best = i;
            best_score = score;
        }
        i = j;
    }
    evx_status st = EVX_OK;
    if (best_score && (*out = evx_strdup(c[best] + 1)) == NULL)
        st = EVX_NOMEM;
    for (size_t i = 0; i < nc; i++)
        free(c[i]);
    free(c);
    return st;
}

int evx_running_header(const char *title, const char *s, size_t n)
{
    size_t tl = title ? strlen(title) : 0;
    if (!title || n <= tl)
        return 0;
    size_t i = 0;
    while (i < n && evx_ascii_digit((unsigned char)s[i]))
        i++;
    if (i > 0 && i <= 4 && s[i] == ' ') {
        while (i < n && s[i] == ' ')
            i++;
        if (n - i == tl && memcmp(s + i, title, tl) == 0)
            return 1;
    }
    if (memcmp(s, title, tl) != 0 || s[tl] != ' ')
        return 0;
    i = tl;
    while (i < n && s[i] == ' ')
        i++;
    size_t d = i;
    while (i < n && evx_ascii_digit((unsigned char)s[i]))
        i++;
    return i == n && i > d && i - d <= 4;
}
