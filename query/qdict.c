/*
 * qdict.c - the English word list (see qdict.h).  The list is read whole
 * and scanned line by line for each word asked about: it is asked only
 * about the words of a query the index lacks, a few at most, and a scan
 * (about a megabyte) costs less than building a table over its 100,000
 * lines would.  Debian's lists are sorted by locale, not by byte, so a
 * binary search could not be trusted.
 */
#include "qdict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"

#define MAX_LIST_BYTES ((size_t)64 << 20)

struct evx_dict {
    char *text;
    size_t len;
};

/* The whole file at path into *text (malloc'd), its length into *len. */
static evx_status slurp(const char *path, char **text, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0;

    *text = NULL;
    *len = 0;
    if (!f)
        return errno == ENOENT ? EVX_NOT_FOUND : EVX_IO;
    for (;;) {
        if (n == cap) {
            size_t want = cap ? cap * 2 : (size_t)1 << 20;
            char *grown = want <= MAX_LIST_BYTES ? realloc(buf, want) : NULL;
            if (!grown) {
                free(buf);
                fclose(f);
                return want <= MAX_LIST_BYTES ? EVX_NOMEM : EVX_IO;
            }
            buf = grown;
            cap = want;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return EVX_IO;
    }
    *text = buf;
    *len = n;
    return EVX_OK;
}

/* The list's path when none is given (qdict.h), or NULL for none. */
static const char *default_path(void)
{
    static const char *const lists[] = {"/usr/share/dict/british-english",
                                        "/usr/share/dict/words"};
    const char *env = getenv("EVIDEX_DICT");

    if (env)
        return *env ? env : NULL;
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) {
        FILE *f = fopen(lists[i], "rb");
        if (f) {
            fclose(f);
            return lists[i];
        }
    }
    return NULL;
}

evx_status evx_dict_open(evx_dict **out, const char *path)
{
    evx_dict *d;
    evx_status st;

    *out = NULL;
    if (!path && !(path = default_path()))
        return EVX_NOT_FOUND;
    d = calloc(1, sizeof *d);
    if (!d)
        return EVX_NOMEM;
    st = slurp(path, &d->text, &d->len);
    if (st) {
        free(d);
        return st;
    }
    *out = d;
    return EVX_OK;
}

/* Is line[0..n) word[0..len), ignoring ASCII case? */
static int same_word(const char *line, size_t n, const char *word, size_t len)
{
    if (n != len)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (evx_ascii_tolower((unsigned char)line[i]) !=
            evx_ascii_tolower((unsigned char)word[i]))
            return 0;
    return 1;
}

int evx_dict_has(const evx_dict *d, const char *word, size_t len)
{
    const char *p, *end;

    if (!d || !word || !len)
        return 0;
    p = d->text;
    end = d->text + d->len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        size_t n = (size_t)(stop - p);
        if (n && stop[-1] == '\r')
            n--;
        if (same_word(p, n, word, len))
            return 1;
        p = stop + 1;
    }
    return 0;
}

void evx_dict_free(evx_dict *d)
{
    if (!d)
        return;
    free(d->text);
    free(d);
}
