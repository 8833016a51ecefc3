/*
 * qdict.c - the English word list (see qdict.h).  The list is mapped
 * (about a megabyte) and each word asked about is searched for as the
 * line "\nword\n" (memmem: 1.3 to 1.7 M instructions a word over Debian's
 * list, where splitting it into its 100,000 lines to build a table took
 * 9 M).  Debian's lists are sorted by locale, not by byte, so a binary
 * search could not be trusted.
 */
#define _GNU_SOURCE /* memmem */

#include "qdict.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ascii.h"

#define MAX_LIST_BYTES ((size_t)64 << 20)

struct evx_dict {
    const char *text; /* the list: the mapping, or copy */
    size_t len;
    void *map;        /* the file mapped, or NULL */
    size_t map_len;
    char *copy;       /* the list without its CRs, or NULL */
};

/* A list saved with CRLF line ends is read as LF (the lookups search for
 * "\nword\n"), in a copy of the mapping. */
static evx_status drop_crs(evx_dict *d)
{
    char *to;

    if (!d->len || !memchr(d->text, '\r', d->len))
        return EVX_OK;
    d->copy = malloc(d->len);
    if (!d->copy)
        return EVX_NOMEM;
    to = d->copy;
    for (size_t i = 0; i < d->len; i++)
        if (d->text[i] != '\r')
            *to++ = d->text[i];
    d->text = d->copy;
    d->len = (size_t)(to - d->copy);
    return EVX_OK;
}

/* Maps the file at path into d (read-only, from the page cache: no copy
 * of its megabyte per query). */
static evx_status map_list(evx_dict *d, const char *path)
{
    struct stat sb;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0)
        return errno == ENOENT ? EVX_NOT_FOUND : EVX_IO;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) ||
        (unsigned long long)sb.st_size > MAX_LIST_BYTES) {
        close(fd);
        return EVX_IO;
    }
    d->len = (size_t)sb.st_size;
    if (d->len) {
        d->map = mmap(NULL, d->len, PROT_READ, MAP_PRIVATE, fd, 0);
        if (d->map == MAP_FAILED) {
            d->map = NULL;
            close(fd);
            return EVX_IO;
        }
        d->map_len = d->len;
        d->text = d->map;
    }
    close(fd);
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
    st = map_list(d, path);
    if (!st)
        st = drop_crs(d);
    if (st) {
        evx_dict_free(d);
        return st;
    }
    *out = d;
    return EVX_OK;
}

/* Is word[0..len) the list's first line, or its last without a newline
 * (the two that "\nword\n" cannot find)? */
static int first_or_last(const evx_dict *d, const char *word, size_t len)
{
    if (d->len > len && d->text[len] == '\n' &&
        memcmp(d->text, word, len) == 0)
        return 1;
    if (d->len == len)
        return memcmp(d->text, word, len) == 0;
    return d->len > len && d->text[d->len - len - 1] == '\n' &&
           memcmp(d->text + d->len - len, word, len) == 0;
}

void evx_dict_known(const evx_dict *d, const char *const *words, size_t n,
                    int *known)
{
    char line[EVX_DICT_MAX_WORD + 3];

    if (!d || !words || !known)
        return;
    for (size_t i = 0; i < n && i < EVX_DICT_MAX_ASKED; i++) {
        size_t len = words[i] ? strlen(words[i]) : 0;
        if (!len || len > EVX_DICT_MAX_WORD)
            continue;
        line[0] = '\n';
        for (size_t k = 0; k < len; k++)
            line[k + 1] = (char)evx_ascii_tolower((unsigned char)words[i][k]);
        line[len + 1] = '\n';
        if (memmem(d->text, d->len, line, len + 2) ||
            first_or_last(d, line + 1, len))
            known[i] = 1;
    }
}

void evx_dict_free(evx_dict *d)
{
    if (!d)
        return;
    if (d->map)
        munmap(d->map, d->map_len);
    free(d->copy);
    free(d);
}
