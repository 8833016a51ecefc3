/*
 * sourceutil.h - loading a text from memory and checking its lines, for
 * the tests of the loader (test_source.c) and of its character rules
 * (test_charnorm.c): the lines and the messages a load gives.
 */
#ifndef EVX_TEST_SOURCEUTIL_H
#define EVX_TEST_SOURCEUTIL_H

#include <criterion/criterion.h>
#include <string.h>

#include "diag.h"
#include "source.h"

/* A string literal and its length, NULs included. */
#define LIT(s) s, sizeof(s) - 1

/* Loads len bytes of data as corpus/t.txt, its messages to a new *diag
 * (the caller frees both). */
static inline evx_text *load_mem(const char *data, size_t len, evx_diag **diag)
{
    evx_text *t = NULL;

    cr_assert_eq(evx_diag_new(diag), EVX_OK);
    cr_assert_eq(evx_text_from_memory(&t, "corpus/t.txt", data, len, *diag),
                 EVX_OK);
    cr_assert_not_null(t);
    return t;
}

/* Line n of t is want. */
static inline void expect_line(const evx_text *t, size_t n, const char *want)
{
    size_t len;
    const char *s = evx_text_line(t, n, &len);

    cr_assert_not_null(s, "line %zu missing", n);
    cr_expect_eq(len, strlen(want), "line %zu: length %zu, want %zu", n, len,
                 strlen(want));
    cr_expect_eq(memcmp(s, want, len < strlen(want) ? len : strlen(want)), 0,
                 "line %zu is '%.*s'", n, (int)len, s);
}

/* Diag i has this level and text. */
static inline void expect_diag(const evx_diag *d, size_t i, evx_diag_level want,
                               const char *text)
{
    evx_diag_level level;
    const char *file, *msg;
    long l;

    cr_assert_eq(evx_diag_get(d, i, &level, &file, &l, &msg), EVX_OK);
    cr_expect_eq(level, want, "diag %zu '%s' has level %d", i, msg, level);
    cr_expect_str_eq(msg, text);
}

#endif /* EVX_TEST_SOURCEUTIL_H */
