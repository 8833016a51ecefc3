/*
 * testutil.h - small helpers the Criterion tests share: reading a whole
 * file, splitting a TSV line and removing a temporary folder tree.  Header only (static inline),
 * included by test files after <criterion/criterion.h>.
 */
#ifndef EVX_TESTUTIL_H
#define EVX_TESTUTIL_H

#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* The whole file at path, malloc'd and NUL-terminated (its length through
 * *len when len is not NULL).  An unreadable file fails the test when
 * must_exist, else reads as "". */
static inline char *tu_slurp(const char *path, size_t *len, int must_exist)
{
    FILE *f = fopen(path, "rb");
    evx_buf b = EVX_BUF_INIT;
    char chunk[65536];
    size_t n;

    if (must_exist)
        cr_assert_not_null(f, "cannot open %s", path);
    while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        evx_buf_append(&b, chunk, n);
    if (f)
        fclose(f);
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    if (len)
        *len = b.len;
    return evx_buf_detach(&b);
}

static inline int tu_rm_entry(const char *p, const struct stat *sb, int flag,
                              struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(p);
}

/* Removes dir and everything under it (links are not followed). */
static inline void tu_rm_tree(const char *dir)
{
    nftw(dir, tu_rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Splits a TSV line in place into at most max fields (the last keeps any
 * further tabs); returns how many. */
static inline size_t tu_split_tsv(char *line, char **fields, size_t max)
{
    size_t n = 0;
    char *s = line;
    while (n < max) {
        fields[n++] = s;
        char *tab = strchr(s, '\t');
        if (!tab)
            break;
        *tab = '\0';
        s = tab + 1;
    }
    return n;
}

#endif /* EVX_TESTUTIL_H */
