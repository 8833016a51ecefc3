/* test_json.c - JSON writer escaping and the reader. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "utf8.h"

/* Writes s (len bytes) as a JSON string and compares with want. */
static void expect_written(const char *s, size_t len, const char *want)
{
    evx_buf b = EVX_BUF_INIT;

    evx_json_put_str(&b, s, len);
    cr_expect_str_eq(evx_buf_str(&b), want);
    evx_buf_free(&b);
}

static evx_json *parse_ok(const char *text)
{
    evx_json *v = NULL;
    size_t pos = 0;
    evx_status st = evx_json_parse(&v, text, strlen(text), &pos);

    cr_assert_eq(st, EVX_OK, "parse of %s failed at %zu", text, pos);
    cr_assert_not_null(v);
    return v;
}

static void expect_error_at(const char *text, size_t len, size_t want_pos)
{
    evx_json *v = (evx_json *)1;
    size_t pos = 12345;
    evx_status st = evx_json_parse(&v, text, len, &pos);

    cr_expect_eq(st, EVX_PARSE, "'%.*s' should not parse", (int)len, text);
    cr_expect_null(v);
    cr_expect_eq(pos, want_pos, "'%.*s': error at %zu, expected %zu",
                 (int)len, text, pos, want_pos);
}

/* ---- writing ---- */

Test(json, escapes_the_short_forms)
{
    expect_written("a\"b\\c\nd\re\tf\bg\fh", 15,
                   "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\"");
}

Test(json, escapes_other_controls_as_u00xx)
{
    expect_written("\x01\x1f\x00z", 4, "\"\\u0001\\u001f\\u0000z\"");
}

Test(json, slash_and_del_pass_through)
{
    expect_written("a/b\x7f", 4, "\"a/b\x7f\"");
}

Test(json, valid_utf8_passes_through)
{
    const char *s = "caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80";
    evx_buf b = EVX_BUF_INIT;

    evx_json_put_str(&b, s, strlen(s));
    cr_assert_eq(b.len, strlen(s) + 2);
    cr_assert_eq(memcmp(b.data + 1, s, strlen(s)), 0);
    evx_buf_free(&b);
}

Test(json, invalid_utf8_becomes_replacement_char)
{
    /* lone continuation, truncated 3-byte, overlong '/', surrogate, F5 */
    expect_written("a\x80z", 3, "\"a\xef\xbf\xbdz\"");
    expect_written("\xe2\x80", 2, "\"\xef\xbf\xbd\xef\xbf\xbd\"");
    expect_written("\xc0\xaf", 2, "\"\xef\xbf\xbd\xef\xbf\xbd\"");
    expect_written("\xed\xa0\x80", 3,
                   "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
    expect_written("\xf5", 1, "\"\xef\xbf\xbd\"");
    expect_written("\xf4\x90\x80\x80", 4,
                   "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
}

Test(json, written_output_always_parses_back)
{
    const char raw[] = "x\x00\xff\"\\\n\xe2\x82\xac\xc3";
    evx_buf b = EVX_BUF_INIT;
    evx_json *v = NULL;
    size_t len;
    const char *s;

    evx_json_put_str(&b, raw, sizeof raw - 1);
    cr_assert_eq(evx_json_parse(&v, b.data, b.len, NULL), EVX_OK);
    s = evx_json_str(v, &len);
    cr_assert_eq(len, 14);
    cr_assert_eq(memcmp(s, "x\0\xef\xbf\xbd\"\\\n\xe2\x82\xac\xef\xbf\xbd",
                        14), 0);
    evx_json_free(v);
    evx_buf_free(&b);
}

Test(json, cstr_null_and_key)
{
    evx_buf b = EVX_BUF_INIT;

    evx_buf_putc(&b, '{');
    evx_json_put_key(&b, "a");
    evx_json_put_cstr(&b, NULL);
    evx_buf_putc(&b, ',');
    evx_json_put_key(&b, "b");
    evx_json_put_cstr(&b, "v");
    evx_buf_putc(&b, '}');
    cr_assert_str_eq(evx_buf_str(&b), "{\"a\":null,\"b\":\"v\"}");
    evx_buf_free(&b);
}

/* ---- reading ---- */

Test(json, every_node_type)
{
    evx_json *v = parse_ok(
        " {\"n\":null,\"t\":true,\"f\":false,\"i\":-12,\"x\":1.5e2,"
        "\"s\":\"str\",\"a\":[1,[],{}],\"o\":{\"k\":\"v\"}} \n");
    const evx_json *a;
    const char *key;

    cr_assert_eq(evx_json_typeof(v), EVX_JSON_OBJECT);
    cr_assert_eq(evx_json_len(v), 8);
    cr_assert_eq(evx_json_typeof(evx_json_get(v, "n")), EVX_JSON_NULL);
    cr_assert_not_null(evx_json_get(v, "n"));
    cr_assert_eq(evx_json_typeof(evx_json_get(v, "t")), EVX_JSON_BOOL);
    cr_assert_eq(evx_json_bool(evx_json_get(v, "t"), -1), 1);
    cr_assert_eq(evx_json_bool(evx_json_get(v, "f"), -1), 0);
    cr_assert_eq(evx_json_get_num(v, "i", 0), -12.0);
    cr_assert_eq(evx_json_get_num(v, "x", 0), 150.0);
    cr_assert_str_eq(evx_json_get_str(v, "s"), "str");
    a = evx_json_get(v, "a");
    cr_assert_eq(evx_json_typeof(a), EVX_JSON_ARRAY);
    cr_assert_eq(evx_json_len(a), 3);
    cr_assert_eq(evx_json_num(evx_json_at(a, 0), 0), 1.0);
    cr_assert_eq(evx_json_typeof(evx_json_at(a, 1)), EVX_JSON_ARRAY);
    cr_assert_eq(evx_json_len(evx_json_at(a, 1)), 0);
    cr_assert_eq(evx_json_typeof(evx_json_at(a, 2)), EVX_JSON_OBJECT);
    cr_assert_null(evx_json_at(a, 3));
    cr_assert_str_eq(evx_json_get_str(evx_json_get(v, "o"), "k"), "v");
    cr_assert_eq(evx_json_typeof(evx_json_member(v, 7, &key)),
                 EVX_JSON_OBJECT);
    cr_assert_str_eq(key, "o");
    cr_assert_null(evx_json_member(v, 8, &key));
    evx_json_free(v);
}

Test(json, getters_never_fail)
{
    evx_json *v = parse_ok("[\"s\"]");

    cr_assert_null(evx_json_get(v, "x"));          /* array, not object */
    cr_assert_null(evx_json_get(NULL, "x"));
    cr_assert_eq(evx_json_typeof(NULL), EVX_JSON_NULL);
    cr_assert_eq(evx_json_len(evx_json_at(v, 0)), 0);
    cr_assert_null(evx_json_str(v, NULL));
    cr_assert_eq(evx_json_num(evx_json_at(v, 0), 7.0), 7.0);
    cr_assert_eq(evx_json_bool(evx_json_at(v, 0), 2), 2);
    cr_assert_null(evx_json_get_str(v, "x"));
    cr_assert_eq(evx_json_get_num(v, "x", 3.0), 3.0);
    cr_assert_null(evx_json_at(NULL, 0));
    evx_json_free(v);
    evx_json_free(NULL);
}

Test(json, scalars_at_top_level)
{
    evx_json *v = parse_ok("42");

    cr_assert_eq(evx_json_num(v, 0), 42.0);
    evx_json_free(v);
    v = parse_ok("\"x\"");
    cr_assert_str_eq(evx_json_str(v, NULL), "x");
    evx_json_free(v);
    v = parse_ok("null");
    cr_assert_eq(evx_json_typeof(v), EVX_JSON_NULL);
    evx_json_free(v);
}

Test(json, numbers)
{
    evx_json *v = parse_ok("[0,-0,3.25,1e3,2E-2,-7.5e+1,123456789012]");

    cr_assert_eq(evx_json_num(evx_json_at(v, 0), 9), 0.0);
    cr_assert_eq(evx_json_num(evx_json_at(v, 2), 9), 3.25);
    cr_assert_eq(evx_json_num(evx_json_at(v, 3), 9), 1000.0);
    cr_assert_float_eq(evx_json_num(evx_json_at(v, 4), 9), 0.02, 1e-12);
    cr_assert_eq(evx_json_num(evx_json_at(v, 5), 9), -75.0);
    cr_assert_eq(evx_json_num(evx_json_at(v, 6), 9), 123456789012.0);
    evx_json_free(v);
}

Test(json, string_escapes)
{
    evx_json *v = parse_ok(
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\u20AC\\ud83d\\ude00\"");
    const char *want = "\"\\/\b\f\n\r\tA\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
    size_t len;
    const char *s = evx_json_str(v, &len);

    cr_assert_eq(len, strlen(want));
    cr_assert_str_eq(s, want);
    evx_json_free(v);
}

Test(json, escaped_nul_is_kept_with_length)
{
    evx_json *v = parse_ok("\"a\\u0000b\"");
    size_t len;
    const char *s = evx_json_str(v, &len);

    cr_assert_eq(len, 3);
    cr_assert_eq(memcmp(s, "a\0b", 4), 0);
    evx_json_free(v);
}

Test(json, lone_surrogates_become_replacement_char)
{
    evx_json *v = parse_ok("[\"\\ud800x\",\"\\udc00\",\"\\ud800\\u0041\"]");

    cr_assert_str_eq(evx_json_str(evx_json_at(v, 0), NULL), "\xef\xbf\xbdx");
    cr_assert_str_eq(evx_json_str(evx_json_at(v, 1), NULL), "\xef\xbf\xbd");
    cr_assert_str_eq(evx_json_str(evx_json_at(v, 2), NULL), "\xef\xbf\xbd" "A");
    evx_json_free(v);
}

Test(json, errors_report_their_offset)
{
    expect_error_at("", 0, 0);
    expect_error_at("   ", 3, 3);
    expect_error_at("[1,2", 4, 4);
    expect_error_at("[1,]", 4, 3);
    expect_error_at("{\"a\" 1}", 7, 5);
    expect_error_at("{\"a\":1,}", 8, 7);
    expect_error_at("{1:2}", 5, 1);
    expect_error_at("tru", 3, 0);
    expect_error_at("nul", 3, 0);
    expect_error_at("[01]", 4, 2);
    expect_error_at("-", 1, 1);
    expect_error_at("1.", 2, 2);
    expect_error_at("1e", 2, 2);
    expect_error_at("+1", 2, 0);
    expect_error_at("\"abc", 4, 4);
    expect_error_at("\"a\\x\"", 5, 3);
    expect_error_at("\"\\u12G4\"", 8, 5);
    expect_error_at("\"tab\there\"", 10, 4);
    expect_error_at("\"bad\xff\"", 6, 4);
    expect_error_at("1 2", 3, 2);
    expect_error_at("{} x", 4, 3);
}

Test(json, nul_byte_in_input_is_an_error)
{
    expect_error_at("[1,\0 2]", 7, 3);
    expect_error_at("\"a\0b\"", 5, 2);
    expect_error_at("1\0", 2, 1);
}

Test(json, depth_limit_is_64)
{
    char deep[200];
    evx_json *v = NULL;
    size_t pos = 0;

    memset(deep, '[', 64);
    memset(deep + 64, ']', 64);
    cr_assert_eq(evx_json_parse(&v, deep, 128, &pos), EVX_OK);
    evx_json_free(v);
    memset(deep, '[', 65);
    memset(deep + 65, ']', 65);
    cr_assert_eq(evx_json_parse(&v, deep, 130, &pos), EVX_PARSE);
    cr_assert_null(v);
    cr_assert_eq(pos, 64);
}

Test(json, deep_nesting_of_objects_is_refused_without_crash)
{
    size_t n = 100000, i;
    char *text = malloc(n * 5);
    evx_json *v = NULL;
    size_t pos = 0;

    for (i = 0; i < n; i++)
        memcpy(text + i * 5, "{\"a\":", 5);
    cr_assert_eq(evx_json_parse(&v, text, n * 5, &pos), EVX_PARSE);
    cr_assert_eq(pos, 64 * 5);
    free(text);
}

Test(json, duplicate_keys_first_wins)
{
    evx_json *v = parse_ok("{\"k\":1,\"k\":2}");

    cr_assert_eq(evx_json_get_num(v, "k", 0), 1.0);
    cr_assert_eq(evx_json_len(v), 2);
    evx_json_free(v);
}

/* A message quoting the start of a line cuts it at a character's
 * boundary: "could not place text" warnings had ended inside a
 * character, invalid UTF-8 on stderr. */
Test(json, a_prefix_ends_at_a_characters_boundary)
{
    const char *s = "ab\xC3\xA9\xC3\xA9"; /* "abéé" */
    cr_expect_eq(evx_utf8_prefix(s, 6, 3), 2);
    cr_expect_eq(evx_utf8_prefix(s, 6, 4), 4);
    cr_expect_eq(evx_utf8_prefix(s, 6, 5), 4);
    cr_expect_eq(evx_utf8_prefix(s, 6, 60), 6);
    cr_expect_eq(evx_utf8_prefix("\xE2\x80\x9C", 3, 2), 0);
}
