/*
 * test_record.c - packed stored records (lib/record.h): every unit of the
 * bundled corpus comes back byte for byte and smaller, what is not JSON
 * as the writer makes it is kept as it is, and a damaged packed record is
 * an error, never a wrong record.
 */
#define _GNU_SOURCE /* memmem */
#include <criterion/criterion.h>

#include <string.h>

#include "buf.h"
#include "cliutil.h"
#include "record.h"

/* Packs and unpacks the len bytes at s; expects them back unchanged and
 * returns the packed length. */
static size_t round_trip(const char *s, size_t len)
{
    evx_buf packed = EVX_BUF_INIT, back = EVX_BUF_INIT;
    cr_assert_eq(evx_record_pack(&packed, s, len), EVX_OK);
    cr_assert_eq(evx_record_unpack(&back, packed.data, packed.len), EVX_OK);
    cr_assert_eq(back.len, len, "%.*s", (int)len, s);
    cr_assert(memcmp(back.data, s, len) == 0, "%.*s", (int)len, s);
    size_t n = packed.len;
    evx_buf_free(&packed);
    evx_buf_free(&back);
    return n;
}

Test(record, every_unit_of_the_corpus_comes_back_and_smaller)
{
    char *out = NULL, *err = NULL;
    evx_buf cmd = EVX_BUF_INIT;
    evx_buf_printf(&cmd, "'%s/evidex-index' --dump --corpus corpus", bin_dir());
    int rc = run(evx_buf_str(&cmd), &out, &err);
    evx_buf_free(&cmd);
    cr_assert_eq(rc, 0, "%s", err);
    size_t units = 0, plain = 0, packed = 0;
    for (char *line = out, *nl; *line; line = nl + 1) {
        nl = strchr(line, '\n');
        cr_assert_not_null(nl);
        size_t len = (size_t)(nl - line);
        if (len && line[0] == '{') {
            units++;
            plain += len;
            packed += round_trip(line, len);
        }
    }
    cr_expect_gt(units, 1000u);
    /* The keys and fixed values are a quarter or more of a record. */
    cr_expect_lt(packed, plain * 8 / 10, "%zu of %zu bytes", packed, plain);
    free(out);
    free(err);
}

Test(record, a_packed_record_starts_with_its_tag_and_holds_no_key)
{
    const char *json = "{\"id\":\"HC1/p1\",\"type\":\"paragraph\",\"report\":"
                       "\"HC 1\",\"number\":1,\"text\":\"a, \\\"b\\\", c\","
                       "\"sources\":[{\"file\":\"a.txt\",\"rendering\":"
                       "\"pdf-text\",\"line\":3,\"col\":1,\"end_line\":4}]}";
    evx_buf p = EVX_BUF_INIT;
    cr_assert_eq(evx_record_pack(&p, json, strlen(json)), EVX_OK);
    cr_expect_eq(p.data[0], EVX_RECORD_TAG1);
    cr_expect_null(memmem(p.data, p.len, "\"type\"", 6));
    cr_expect_null(memmem(p.data, p.len, "\"rendering\"", 11));
    /* The text's own commas and escaped quotes are text. */
    cr_expect_not_null(memmem(p.data, p.len, "a, \\\"b\\\", c", 11));
    evx_buf_free(&p);
    round_trip(json, strlen(json));
}

Test(record, what_is_not_the_writers_json_is_kept_as_it_is)
{
    const char *odd[] = {"", "plain text", "[1,2]", "{\"a\":\"\x02\"}",
                         "{\"text\":\"tab\there\"}"};
    for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
        evx_buf p = EVX_BUF_INIT;
        cr_assert_eq(evx_record_pack(&p, odd[i], strlen(odd[i])), EVX_OK);
        cr_expect_eq(p.len, strlen(odd[i]), "%s", odd[i]);
        evx_buf_free(&p);
        round_trip(odd[i], strlen(odd[i]));
    }
    /* A record of an older index (plain JSON) reads as it is. */
    const char *old = "{\"id\":\"HC1/p1\",\"type\":\"paragraph\"}";
    evx_buf back = EVX_BUF_INIT;
    cr_assert_eq(evx_record_unpack(&back, old, strlen(old)), EVX_OK);
    cr_expect_str_eq(back.data, old);
    evx_buf_free(&back);
}

Test(record, bytes_starting_with_the_tag_are_refused)
{
    evx_buf p = EVX_BUF_INIT;
    cr_expect_eq(evx_record_pack(&p, "\x01{}", 3), EVX_INVALID);
    evx_buf_free(&p);
}

Test(record, a_damaged_packed_record_is_an_error)
{
    /* After the tag: a NUL, a second tag, a newline: none is a code. */
    const char *bad[] = {"\x01\x02" "a\0b", "\x01\x02" "a\x01",
                         "\x01\x02" "a\n"};
    const size_t len[] = {5, 4, 4};
    for (size_t i = 0; i < 3; i++) {
        evx_buf back = EVX_BUF_INIT;
        cr_expect_eq(evx_record_unpack(&back, bad[i], len[i]), EVX_CORRUPT,
                     "case %zu", i);
        evx_buf_free(&back);
    }
}
