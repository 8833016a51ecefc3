/* test_source.c - loading and repairing corpus files. */
#define _XOPEN_SOURCE 700 /* mkdtemp, mkdir, chdir */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "source.h"

#define REPL "\xef\xbf\xbd"
/* A string literal and its length, NULs included. */
#define LIT(s) s, sizeof(s) - 1

static evx_text *load_mem(const char *data, size_t len, evx_diag **diag)
{
    evx_text *t = NULL;

    cr_assert_eq(evx_diag_new(diag), EVX_OK);
    cr_assert_eq(evx_text_from_memory(&t, "corpus/t.txt", data, len, *diag),
                 EVX_OK);
    cr_assert_not_null(t);
    return t;
}

/* Damage tests: the binary sniffer refuses a file whose bytes are more
 * than 10% NUL, so the damaged lines get a long clean line after them. */
static evx_text *load_padded(const char *data, size_t len, evx_diag **diag)
{
    char *buf = malloc(len + 400);
    evx_text *t;

    memcpy(buf, data, len);
    memset(buf + len, 'p', 400);
    t = load_mem(buf, len + 400, diag);
    free(buf);
    return t;
}

static void expect_line(const evx_text *t, size_t n, const char *want)
{
    size_t len;
    const char *s = evx_text_line(t, n, &len);

    cr_assert_not_null(s, "line %zu missing", n);
    cr_expect_eq(len, strlen(want), "line %zu: length %zu, want %zu", n, len,
                 strlen(want));
    cr_expect_eq(memcmp(s, want, len < strlen(want) ? len : strlen(want)), 0,
                 "line %zu is '%.*s'", n, (int)len, s);
}

/* Diag i is a warning on corpus/t.txt line `line` with this text. */
static void expect_warning(const evx_diag *d, size_t i, long line,
                           const char *text)
{
    evx_diag_level level;
    const char *file, *msg;
    long l;

    cr_assert_eq(evx_diag_get(d, i, &level, &file, &l, &msg), EVX_OK);
    cr_expect_eq(level, EVX_DIAG_WARNING);
    cr_expect_str_eq(file, "corpus/t.txt");
    cr_expect_eq(l, line);
    cr_expect_str_eq(msg, text);
}

Test(source, plain_lines)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("one\ntwo\n\nfour"), &d);

    cr_assert_eq(evx_text_lines(t), 4);
    expect_line(t, 1, "one");
    expect_line(t, 2, "two");
    expect_line(t, 3, "");
    expect_line(t, 4, "four");
    cr_assert_null(evx_text_line(t, 0, NULL));
    cr_assert_null(evx_text_line(t, 5, NULL));
    cr_assert_str_eq(evx_text_name(t), "corpus/t.txt");
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, final_lf_does_not_add_a_line)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("a\nb\n"), &d);

    cr_assert_eq(evx_text_lines(t), 2);
    expect_line(t, 2, "b");
    evx_text_free(t);
    evx_diag_free(d);
    t = load_mem(LIT("\n"), &d);
    cr_assert_eq(evx_text_lines(t), 1);
    expect_line(t, 1, "");
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, crlf_and_lone_cr_become_lf)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("a\r\nb\rc\r\r\nd\r"), &d);
    size_t len;
    const char *all;

    cr_assert_eq(evx_text_lines(t), 5);
    expect_line(t, 1, "a");
    expect_line(t, 2, "b");
    expect_line(t, 3, "c");
    expect_line(t, 4, "");
    expect_line(t, 5, "d");
    all = evx_text_data(t, &len);
    cr_assert_eq(len, strlen("a\nb\nc\n\nd\n"));
    cr_assert_str_eq(all, "a\nb\nc\n\nd\n");
    cr_assert_eq(evx_diag_len(d), 0); /* line ends are not damage */
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, nul_becomes_space_with_a_warning_per_line)
{
    evx_diag *d;
    evx_text *t = load_padded(LIT("ok\na\0b\0c\nok\n\0\n"), &d);

    cr_assert_eq(evx_text_lines(t), 5);
    expect_line(t, 2, "a b c");
    expect_line(t, 4, " ");
    cr_assert_eq(evx_diag_len(d), 2);
    expect_warning(d, 0, 2, "NUL byte replaced");
    expect_warning(d, 1, 4, "NUL byte replaced");
    cr_assert_eq(evx_diag_count(d, EVX_DIAG_WARNING), 2);
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, invalid_utf8_becomes_fffd_with_warnings)
{
    const char in[] = "caf\xc3\xa9\nx\xff\xfey\n\xe2\x80\nz\xc3\n\xed\xa0\x80\n";
    evx_diag *d;
    evx_text *t = load_padded(in, sizeof in - 1, &d);

    expect_line(t, 1, "caf\xc3\xa9");
    expect_line(t, 2, "x" REPL REPL "y");
    expect_line(t, 3, REPL REPL);
    expect_line(t, 4, "z" REPL);
    expect_line(t, 5, REPL REPL REPL);
    cr_assert_eq(evx_text_lines(t), 6);
    cr_assert_eq(evx_diag_len(d), 4);
    expect_warning(d, 0, 2, "invalid UTF-8 replaced");
    expect_warning(d, 1, 3, "invalid UTF-8 replaced");
    expect_warning(d, 2, 4, "invalid UTF-8 replaced");
    expect_warning(d, 3, 5, "invalid UTF-8 replaced");
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, both_repairs_on_one_line_give_one_warning)
{
    evx_diag *d;
    evx_text *t = load_padded(LIT("a\0\x80\r\nb"), &d);

    expect_line(t, 1, "a " REPL);
    cr_assert_eq(evx_diag_len(d), 1);
    expect_warning(d, 0, 1, "invalid UTF-8 replaced; NUL byte replaced");
    evx_text_free(t);
    evx_diag_free(d);
}

/* Loading must fail with EVX_PARSE and one error naming the file. */
static void expect_refused(const char *data, size_t len, const char *why)
{
    evx_diag *d = NULL;
    evx_text *t = (evx_text *)1;
    evx_diag_level level;
    const char *file, *msg;
    long line;

    evx_diag_new(&d);
    cr_assert_eq(evx_text_from_memory(&t, "corpus/t.txt", data, len, d),
                 EVX_PARSE);
    cr_assert_null(t);
    cr_assert_eq(evx_diag_len(d), 1);
    evx_diag_get(d, 0, &level, &file, &line, &msg);
    cr_expect_eq(level, EVX_DIAG_ERROR);
    cr_expect_str_eq(file, "corpus/t.txt");
    cr_expect_eq(line, 0);
    cr_expect_str_eq(msg, why);
    evx_diag_free(d);
}

Test(source, empty_file_is_refused)
{
    expect_refused("", 0, "empty file");
    expect_refused(NULL, 0, "empty file");
}

Test(source, binary_file_is_refused)
{
    char buf[1000];
    size_t i;

    /* 11% NUL bytes */
    memset(buf, 'a', sizeof buf);
    for (i = 0; i < 110; i++)
        buf[i * 9] = '\0';
    expect_refused(buf, sizeof buf, "binary file, not text");
    /* 31% bytes that are not UTF-8 */
    memset(buf, 'a', sizeof buf);
    for (i = 0; i < 310; i++)
        buf[i * 3] = (char)0xff;
    expect_refused(buf, sizeof buf, "binary file, not text");
    /* control bytes other than tab/LF/CR/FF */
    memset(buf, '\x01', sizeof buf);
    expect_refused(buf, sizeof buf, "binary file, not text");
}

Test(source, below_the_binary_thresholds_is_text)
{
    char buf[1000];
    evx_diag *d;
    evx_text *t;
    size_t i;

    memset(buf, 'a', sizeof buf);
    for (i = 0; i < 90; i++)
        buf[i * 11] = '\0'; /* 9% NUL */
    for (i = 0; i < 250; i++)
        buf[i * 4 + 1] = (char)0x80; /* 25% invalid */
    t = load_mem(buf, sizeof buf, &d);
    cr_assert_eq(evx_text_lines(t), 1);
    cr_assert_eq(evx_diag_len(d), 1);
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, text_with_form_feeds_and_tabs_is_text)
{
    char buf[200];
    evx_diag *d;
    evx_text *t;

    memset(buf, '\f', 100);
    memset(buf + 100, '\t', 100);
    t = load_mem(buf, sizeof buf, &d);
    cr_assert_eq(evx_text_lines(t), 1);
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, fifty_megabyte_single_line)
{
    size_t n = 50u * 1024 * 1024, len;
    char *big = malloc(n);
    evx_diag *d;
    evx_text *t;

    cr_assert_not_null(big);
    memset(big, 'x', n);
    memcpy(big + n / 2, "\xc3\xa9\xff", 3); /* one bad byte mid-way */
    t = load_mem(big, n, &d);
    free(big);
    cr_assert_eq(evx_text_lines(t), 1);
    cr_assert_not_null(evx_text_line(t, 1, &len));
    cr_assert_eq(len, n + 2);
    cr_assert_eq(evx_diag_len(d), 1);
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, real_corpus_file)
{
    evx_diag *d = NULL;
    evx_text *t = NULL;
    size_t len;
    const char *s;

    evx_diag_new(&d);
    cr_assert_eq(evx_text_load(&t,
                               EVX_SOURCE_DIR "/corpus/000_d8babf2c1c9efa17.txt",
                               "corpus/000_d8babf2c1c9efa17.txt", d),
                 EVX_OK);
    /* 4,327 LF-ended lines (wc -l) and a last line holding one space with
     * no LF, which counts (source.h). */
    cr_assert_eq(evx_text_lines(t), 4328);
    cr_assert_str_eq(evx_text_name(t), "corpus/000_d8babf2c1c9efa17.txt");
    s = evx_text_line(t, 2, &len);
    cr_assert_eq(len, strlen("House of Commons"));
    cr_assert_eq(memcmp(s, "House of Commons", len), 0);
    s = evx_text_line(t, 4327, &len);
    cr_assert_eq(len, strlen("75 NHS Partners Network (STP0121)"));
    cr_assert_eq(memcmp(s, "75 NHS Partners Network (STP0121)", len), 0);
    s = evx_text_line(t, 4328, &len);
    cr_assert_eq(len, 1);
    cr_assert_eq(s[0], ' ');
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, load_errors)
{
    evx_diag *d = NULL;
    evx_text *t = (evx_text *)1;
    char dir[] = "/tmp/evx_source_XXXXXX", path[64];
    FILE *f;

    evx_diag_new(&d);
    cr_assert_eq(evx_text_load(&t, "/nonexistent/evx/x.txt", "x.txt", d),
                 EVX_NOT_FOUND);
    cr_assert_null(t);
    cr_assert_not_null(mkdtemp(dir));
    cr_assert_eq(evx_text_load(&t, dir, "dir", d), EVX_IO); /* a folder */
    snprintf(path, sizeof path, "%s/empty.txt", dir);
    f = fopen(path, "w");
    fclose(f);
    cr_assert_eq(evx_text_load(&t, path, "corpus/empty.txt", d), EVX_PARSE);
    cr_assert_eq(evx_diag_count(d, EVX_DIAG_ERROR), 1);
    unlink(path);
    rmdir(dir);
    evx_diag_free(d);
}

Test(source, no_diag_collector_is_allowed)
{
    evx_text *t = NULL;

    cr_assert_eq(evx_text_from_memory(&t, "x", LIT("abcdefghijklmnop\0q\n"),
                                      NULL), EVX_OK);
    expect_line(t, 1, "abcdefghijklmnop q");
    evx_text_free(t);
    evx_text_free(NULL);
}
