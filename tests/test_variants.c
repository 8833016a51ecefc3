/* test_variants.c - the extraction variants the tests use (variants.h). */
#define _XOPEN_SOURCE 700 /* mkdtemp */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "variants.h"

static void expect_variant(char *got, const char *want)
{
    cr_assert_not_null(got);
    cr_expect_str_eq(got, want);
    free(got);
}

#define S(s) s, strlen(s)

Test(variants, rewrap_joins_blocks_and_wraps_them)
{
    expect_variant(evx_variant_rewrap(S("one two three\nfour\n\n\n  \nfive six"),
                                      9),
                   "one two\nthree\nfour\n\nfive six\n");
    expect_variant(evx_variant_rewrap(S("\n\n  a\n\tb  c\n"), 72), "a b c\n");
    expect_variant(evx_variant_rewrap(S(""), 72), "");
}

Test(variants, rewrap_puts_a_long_word_alone)
{
    expect_variant(evx_variant_rewrap(S("a verylongword b"), 5),
                   "a\nverylongword\nb\n");
}

Test(variants, rewrap_counts_characters_not_bytes)
{
    expect_variant(evx_variant_rewrap(S("é é é"), 3), "é é\né\n");
    expect_variant(evx_variant_rewrap(S("“a” ‘b’"), 7), "“a” ‘b’\n");
}

Test(variants, fmt_joins_lines_of_one_indent_and_keeps_it)
{
    expect_variant(evx_variant_fmt(S("a b\nc\n  d e\n  f\n\ng h"), 5),
                   "a b c\n  d e\n  f\n\ng h\n");
    expect_variant(evx_variant_fmt(S(""), 72), "");
}

Test(variants, no_blank_lines_leaves_the_lines_as_they_were)
{
    expect_variant(evx_variant_no_blank_lines(S("a b\n\n  \n c\r\nd")),
                   "a b\n c\r\nd\n");
}

Test(variants, spread_indents_lines_and_widens_every_third_gap)
{
    expect_variant(evx_variant_spread(S("a b c d\n\ne")),
                   "    a b c   d\n\n    e\n");
}

Test(variants, one_line_gives_a_line_per_block)
{
    expect_variant(evx_variant_one_line(S("Para one\nwraps here.\n\n2. Next\n"
                                          "para\r\n\r\nlast")),
                   "Para one wraps here.\n\n2. Next para\n\nlast\n");
}

Test(variants, quotes_crlf_and_nbsp)
{
    expect_variant(evx_variant_straight_quotes(S("“a” ‘b’ King’s")),
                   "\"a\" 'b' King's");
    expect_variant(evx_variant_crlf(S("a\nb\r\nc\n")), "a\r\nb\r\nc\r\n");
    expect_variant(evx_variant_zero_width(S("End. Next\n12. Para")),
                   "End. \xE2\x80\x8BNext\n\xEF\xBB\xBF" "12. \xE2\x80\x8BPara");
    expect_variant(evx_variant_ligatures(S("office affluent financial flow")),
                   "o\xEF\xAC\x83" "ce a\xEF\xAC\x84uent \xEF\xAC\x81nancial "
                   "\xEF\xAC\x82ow");
    expect_variant(evx_variant_nbsp(S("End. Next.  x 1.5")),
                   "End.\xC2\xA0Next.\xC2\xA0 x 1.5");
}

Test(variants, cp1252_converts_and_transliterates)
{
    expect_variant(evx_variant_cp1252(S("café – “x” €5")),
                   "caf\xE9 \x96 \x93x\x94 \x80" "5");
    expect_variant(evx_variant_cp1252(S("a → b")), "a -> b");
    expect_variant(evx_variant_cp1252(S("bad \xff byte")), "bad ? byte");
}

Test(variants, formfeed_marks_repeated_numbered_lines)
{
    expect_variant(evx_variant_formfeed(S("Title  1\nbody\n Title 2 \nbody\n"
                                          "3 Title\nbody\nOnce 5\n"
                                          "Table 1\nTable 1\nTable 1\n"
                                          "12 13\n14 15\n16 17")),
                   "\fTitle  1\nbody\n\f Title 2 \nbody\n\f3 Title\nbody\n"
                   "Once 5\nTable 1\nTable 1\nTable 1\n12 13\n14 15\n16 17");
}

/* ---- on the real report ---- */

static const char *const corpus_files[] = {
    "corpus/000_d8babf2c1c9efa17.txt", "corpus/004_1624677fcab3ee77.txt"};

static char *corpus(size_t i, size_t *len)
{
    char path[512];

    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, corpus_files[i]);
    return tu_slurp(path, len, 1);
}

static size_t columns(const char *s, size_t n)
{
    size_t c = 0, i;

    for (i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Blocks of s: runs of lines that are not blank. */
static size_t count_blocks(const char *s)
{
    size_t n = 0;
    int in_block = 0;

    while (*s) {
        size_t len = strcspn(s, "\n"), blank = strspn(s, " \t\r") >= len;
        if (!blank && !in_block)
            n++;
        in_block = !blank;
        s += len + (s[len] == '\n');
    }
    return n;
}

Test(variants, rewrap_at_72_on_the_report)
{
    size_t i;

    for (i = 0; i < 2; i++) {
        size_t len;
        char *text = corpus(i, &len);
        char *v = evx_variant_rewrap(text, len, 72), *line;

        cr_assert_not_null(v);
        for (line = v; *line;) {
            size_t n = strcspn(line, "\n");
            if (columns(line, n) > 72) /* then it is one word (a URL) */
                cr_expect_null(memchr(line, ' ', n), "'%.*s' is over 72",
                               (int)n, line);
            line += n + 1;
        }
        cr_expect_eq(count_blocks(v), count_blocks(text));
        free(v);
        free(text);
    }
}

Test(variants, one_line_on_the_report_keeps_every_block)
{
    size_t i;

    for (i = 0; i < 2; i++) {
        size_t len, lines = 0;
        char *text = corpus(i, &len);
        char *v = evx_variant_one_line(text, len), *p;

        cr_assert_not_null(v);
        for (p = v; *p; p++)
            lines += *p == '\n';
        cr_expect_eq(lines, 2 * count_blocks(text) - 1);
        cr_expect_eq(count_blocks(v), count_blocks(text));
        free(v);
        free(text);
    }
}

Test(variants, formfeed_on_the_report_marks_running_headers)
{
    size_t len, marks = 0;
    char *text = corpus(0, &len);
    char *v = evx_variant_formfeed(text, len), *p;

    cr_assert_not_null(v);
    for (p = v; (p = strchr(p, '\f')); p++) {
        cr_expect(p == v || p[-1] == '\n', "a form feed mid-line");
        marks++;
    }
    cr_expect_eq(strlen(v), len + marks);
    /* the six running headers, in both forms, are among them */
    cr_expect_not_null(strstr(v, "\f Integrated care: organisations, "
                                 "partnerships and systems 2\n"));
    cr_expect_not_null(strstr(v, "\f3 Integrated care: organisations, "
                                 "partnerships and systems \n"));
    cr_expect_gt(marks, 6);
    free(v);
    free(text);
}

Test(variants, every_variant_is_deterministic)
{
    char *(*const make[])(const char *, size_t) = {
        evx_variant_one_line, evx_variant_straight_quotes, evx_variant_cp1252,
        evx_variant_crlf, evx_variant_nbsp, evx_variant_formfeed,
        evx_variant_ligatures, evx_variant_zero_width};
    size_t len, k;
    char *text = corpus(0, &len);
    char *a = evx_variant_rewrap(text, len, 72);
    char *b = evx_variant_rewrap(text, len, 72);

    cr_expect_str_eq(a, b);
    free(a);
    free(b);
    for (k = 0; k < sizeof make / sizeof make[0]; k++) {
        a = make[k](text, len);
        b = make[k](text, len);
        cr_assert_not_null(a);
        cr_expect_str_eq(a, b, "variant %zu differs between runs", k);
        free(a);
        free(b);
    }
    free(text);
}

Test(variants, write_creates_the_file_or_says_it_failed)
{
    char dir[] = "/tmp/evx_variants_XXXXXX", path[64];
    size_t len;
    char *back;

    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/v.txt", dir);
    cr_assert_eq(evx_variant_write(path, "a\0b\r\n", 5), 0);
    back = tu_slurp(path, &len, 1);
    cr_expect_eq(len, 5);
    cr_expect_eq(memcmp(back, "a\0b\r\n", 5), 0);
    free(back);
    cr_expect_eq(evx_variant_write("/nonexistent/evx/v.txt", "x", 1), -1);
    tu_rm_tree(dir);
}
