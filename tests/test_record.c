/*
 * test_record.c - packed stored records (lib/record.h): every unit of the
 * bundled corpus comes back byte for byte and smaller, packed and then
 * compressed, what is not JSON as the writer makes it is kept as it is,
 * and a damaged packed or compressed record is an error, never a wrong
 * record.
 */
#define _GNU_SOURCE /* memmem */
#include <criterion/criterion.h>

#include <string.h>

#include <zstd.h>

#include "buf.h"
#include "cliutil.h"
#include "record.h"

/* Packs the len bytes at s with codec c (NULL: packed only), unpacks
 * them with d; expects them back unchanged and returns the stored
 * length. */
static size_t round_trip_with(evx_record_codec *c, evx_record_codec *d,
                              const char *s, size_t len)
{
    evx_buf packed = EVX_BUF_INIT, back = EVX_BUF_INIT;
    cr_assert_eq(evx_record_pack(c, &packed, s, len), EVX_OK);
    if (c)
        cr_assert_eq(packed.data[0], EVX_RECORD_TAG2);
    cr_assert_eq(evx_record_unpack(d, &back, packed.data, packed.len),
                 EVX_OK);
    cr_assert_eq(back.len, len, "%.*s", (int)len, s);
    cr_assert(memcmp(evx_buf_str(&back), s, len) == 0, "%.*s", (int)len, s);
    size_t n = packed.len;
    evx_buf_free(&packed);
    evx_buf_free(&back);
    return n;
}

/* round_trip_with, packed only. */
static size_t round_trip(const char *s, size_t len)
{
    return round_trip_with(NULL, NULL, s, len);
}

static evx_record_codec *new_codec(void)
{
    evx_record_codec *c = NULL;
    cr_assert_eq(evx_record_codec_new(&c), EVX_OK);
    return c;
}

Test(record, every_unit_of_the_corpus_comes_back_and_smaller)
{
    char *out = NULL, *err = NULL;
    evx_buf cmd = EVX_BUF_INIT;
    evx_buf_printf(&cmd, "'%s/evidex-index' --dump --corpus corpus", bin_dir());
    int rc = run(evx_buf_str(&cmd), &out, &err);
    evx_buf_free(&cmd);
    cr_assert_eq(rc, 0, "%s", err);
    size_t units = 0, plain = 0, packed = 0, squeezed = 0;
    evx_record_codec *c = new_codec(), *d = new_codec();
    for (char *line = out, *nl; *line; line = nl + 1) {
        nl = strchr(line, '\n');
        cr_assert_not_null(nl);
        size_t len = (size_t)(nl - line);
        if (len && line[0] == '{') {
            units++;
            plain += len;
            packed += round_trip(line, len);
            squeezed += round_trip_with(c, d, line, len);
        }
    }
    evx_record_codec_free(c);
    evx_record_codec_free(d);
    cr_expect_gt(units, 1000u);
    /* The keys and fixed values are a quarter or more of a record. */
    cr_expect_lt(packed, plain * 8 / 10, "%zu of %zu bytes", packed, plain);
    /* Compressed, each record alone, the words' repeats go too. */
    cr_expect_lt(squeezed, packed * 8 / 10, "%zu of %zu bytes", squeezed,
                 packed);
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
    cr_assert_eq(evx_record_pack(NULL, &p, json, strlen(json)), EVX_OK);
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
        cr_assert_eq(evx_record_pack(NULL, &p, odd[i], strlen(odd[i])),
                     EVX_OK);
        cr_expect_eq(p.len, strlen(odd[i]), "%s", odd[i]);
        evx_buf_free(&p);
        round_trip(odd[i], strlen(odd[i]));
        /* compressed, and unpacked by another codec; without one, a
         * compressed record is refused, not taken for plain bytes */
        evx_record_codec *c = new_codec(), *d = new_codec();
        round_trip_with(c, d, odd[i], strlen(odd[i]));
        evx_buf z = EVX_BUF_INIT, back = EVX_BUF_INIT;
        cr_assert_eq(evx_record_pack(c, &z, odd[i], strlen(odd[i])), EVX_OK);
        cr_expect_eq(evx_record_unpack(NULL, &back, z.data, z.len),
                     EVX_INVALID);
        evx_buf_free(&z);
        evx_buf_free(&back);
        evx_record_codec_free(c);
        evx_record_codec_free(d);
    }
    /* A record of an older index (plain JSON) reads as it is. */
    const char *old = "{\"id\":\"HC1/p1\",\"type\":\"paragraph\"}";
    evx_buf back = EVX_BUF_INIT;
    cr_assert_eq(evx_record_unpack(NULL, &back, old, strlen(old)), EVX_OK);
    cr_expect_str_eq(back.data, old);
    evx_buf_free(&back);
}

Test(record, bytes_starting_with_a_tag_are_refused)
{
    evx_buf p = EVX_BUF_INIT;
    evx_record_codec *c = new_codec();
    cr_expect_eq(evx_record_pack(NULL, &p, "\x01{}", 3), EVX_INVALID);
    cr_expect_eq(evx_record_pack(NULL, &p, "\x02{}", 3), EVX_INVALID);
    cr_expect_eq(evx_record_pack(c, &p, "\x02{}", 3), EVX_INVALID);
    evx_record_codec_free(c);
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
        cr_expect_eq(evx_record_unpack(NULL, &back, bad[i], len[i]),
                     EVX_CORRUPT,
                     "case %zu", i);
        evx_buf_free(&back);
    }
}

/* The record of a test unit, packed and compressed, into out. */
static void squeeze(evx_record_codec *c, evx_buf *out)
{
    const char *json = "{\"id\":\"HC1/p1\",\"type\":\"paragraph\",\"report\":"
                       "\"HC 1\",\"number\":1,\"text\":\"The trust said "
                       "the trust had said so, and the trust was right.\"}";
    cr_assert_eq(evx_record_pack(c, out, json, strlen(json)), EVX_OK);
    cr_assert_gt(out->len, 8u);
}

Test(record, a_damaged_compressed_record_is_an_error)
{
    evx_record_codec *c = new_codec();
    evx_buf z = EVX_BUF_INIT, back = EVX_BUF_INIT;
    squeeze(c, &z);
    /* cut short, at every length */
    for (size_t n = 1; n < z.len; n++)
        cr_expect_eq(evx_record_unpack(c, &back, z.data, n), EVX_CORRUPT,
                     "cut to %zu of %zu", n, z.len);
    /* any one byte of the frame changed: its header, its content size,
     * its block, its checksum */
    for (size_t i = 1; i < z.len; i++) {
        evx_buf bad = EVX_BUF_INIT;
        evx_buf_append(&bad, z.data, z.len);
        bad.data[i] ^= 0x5a;
        cr_expect_eq(evx_record_unpack(c, &back, bad.data, bad.len),
                     EVX_CORRUPT, "byte %zu of %zu", i, z.len);
        evx_buf_free(&bad);
    }
    /* a frame holding another frame */
    char frame[512] = {EVX_RECORD_TAG2};
    size_t n = ZSTD_compress(frame + 1, sizeof frame - 1, z.data, z.len, 1);
    cr_assert(!ZSTD_isError(n));
    cr_expect_eq(evx_record_unpack(c, &back, frame, n + 1), EVX_CORRUPT);
    evx_buf_free(&z);
    evx_buf_free(&back);
    evx_record_codec_free(c);
}
