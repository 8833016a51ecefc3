/* test_buf.c - the growable buffer and string copies. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

Test(buf, empty_buffer_reads_as_empty_string)
{
    evx_buf b = EVX_BUF_INIT;

    cr_assert_str_eq(evx_buf_str(&b), "");
    cr_assert_eq(b.len, 0);
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    evx_buf_free(&b);
}

Test(buf, appends_and_formats)
{
    evx_buf b = EVX_BUF_INIT;

    evx_buf_puts(&b, "hello");
    evx_buf_putc(&b, ',');
    evx_buf_append(&b, " worldXXX", 6);
    evx_buf_printf(&b, " %d-%s", 42, "x");
    cr_assert_str_eq(evx_buf_str(&b), "hello, world 42-x");
    cr_assert_eq(b.len, strlen("hello, world 42-x"));
    cr_assert_eq(b.data[b.len], '\0');
    evx_buf_free(&b);
    cr_assert_null(b.data);
    cr_assert_eq(b.len, 0);
}

Test(buf, keeps_embedded_nuls)
{
    evx_buf b = EVX_BUF_INIT;

    evx_buf_append(&b, "a\0b", 3);
    cr_assert_eq(b.len, 3);
    cr_assert_eq(memcmp(b.data, "a\0b", 4), 0);
    evx_buf_free(&b);
}

Test(buf, grows_through_many_appends)
{
    evx_buf b = EVX_BUF_INIT;
    size_t i;

    for (i = 0; i < 100000; i++)
        evx_buf_putc(&b, (char)('a' + i % 26));
    cr_assert_eq(b.len, 100000);
    cr_assert_geq(b.cap, b.len + 1);
    cr_assert_eq(b.data[25], 'z');
    cr_assert_eq(b.data[26], 'a');
    cr_assert_eq(b.data[100000], '\0');
    evx_buf_free(&b);
}

Test(buf, long_printf)
{
    evx_buf b = EVX_BUF_INIT;
    char big[5000];

    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    evx_buf_puts(&b, "<");
    evx_buf_printf(&b, "%s>", big);
    cr_assert_eq(b.len, 5001);
    cr_assert_eq(b.data[0], '<');
    cr_assert_eq(b.data[5000], '>');
    evx_buf_free(&b);
}

Test(buf, clear_and_truncate)
{
    evx_buf b = EVX_BUF_INIT;

    evx_buf_puts(&b, "abcdef");
    evx_buf_truncate(&b, 10); /* longer: no-op */
    cr_assert_str_eq(evx_buf_str(&b), "abcdef");
    evx_buf_truncate(&b, 3);
    cr_assert_str_eq(evx_buf_str(&b), "abc");
    cr_assert_eq(b.len, 3);
    evx_buf_clear(&b);
    cr_assert_str_eq(evx_buf_str(&b), "");
    cr_assert_not_null(b.data); /* allocation kept */
    evx_buf_puts(&b, "z");
    cr_assert_str_eq(evx_buf_str(&b), "z");
    evx_buf_free(&b);
}

Test(buf, truncate_and_clear_on_empty_buffer)
{
    evx_buf b = EVX_BUF_INIT;

    evx_buf_truncate(&b, 0);
    evx_buf_clear(&b);
    cr_assert_str_eq(evx_buf_str(&b), "");
    evx_buf_free(&b);
}

Test(buf, detach_hands_over_and_resets)
{
    evx_buf b = EVX_BUF_INIT;
    char *s;

    evx_buf_puts(&b, "mine");
    s = evx_buf_detach(&b);
    cr_assert_str_eq(s, "mine");
    cr_assert_null(b.data);
    cr_assert_eq(b.len, 0);
    free(s);
    s = evx_buf_detach(&b); /* empty: a malloc'd "" */
    cr_assert_not_null(s);
    cr_assert_str_eq(s, "");
    free(s);
}

Test(buf, oom_is_sticky)
{
    evx_buf b = EVX_BUF_INIT;

    evx_buf_puts(&b, "kept");
    /* A length whose size overflows makes the append fail (without asking
     * the allocator, which under ASan would abort rather than fail). */
    evx_buf_append(&b, "x", (size_t)-1);
    cr_assert_eq(evx_buf_status(&b), EVX_NOMEM);
    evx_buf_puts(&b, "more");
    cr_assert_str_eq(evx_buf_str(&b), "kept");
    cr_assert_null(evx_buf_detach(&b));
    cr_assert_eq(evx_buf_status(&b), EVX_OK); /* reset by detach */
    evx_buf_free(&b);
}

Test(buf, strndup_and_strdup)
{
    char *s = evx_strndup("abcdef", 3);

    cr_assert_str_eq(s, "abc");
    free(s);
    s = evx_strndup("a\0b", 3);
    cr_assert_eq(memcmp(s, "a\0b", 4), 0);
    free(s);
    cr_assert_null(evx_strndup(NULL, 0));
    cr_assert_null(evx_strdup(NULL));
    s = evx_strdup("");
    cr_assert_str_eq(s, "");
    free(s);
    s = evx_strdup("copy");
    cr_assert_str_eq(s, "copy");
    free(s);
}
