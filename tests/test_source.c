/* test_source.c - loading and repairing corpus files. */
#define _XOPEN_SOURCE 700 /* mkdtemp, mkdir, chdir */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "source.h"
#include "sourceutil.h"
#include "testutil.h"
#include "variants.h"

#define REPL "\xef\xbf\xbd"

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

/* A loaded text rewritten (here: unchanged) is only split into lines, and
 * that is what loading it again would give: every step of loading leaves
 * loaded text as it is. */
Test(source, a_loaded_text_is_only_split_again)
{
    evx_diag *d = NULL;
    evx_text *t = NULL, *again = NULL, *split = NULL;
    size_t len, n1, n2;

    evx_diag_new(&d);
    cr_assert_eq(evx_text_load(&t,
                               EVX_SOURCE_DIR "/corpus/000_d8babf2c1c9efa17.txt",
                               "r.txt", d),
                 EVX_OK);
    const char *data = evx_text_data(t, &len);
    cr_assert_eq(evx_text_from_loaded(&split, "r.txt", data, len), EVX_OK);
    cr_assert_eq(evx_text_from_memory(&again, "r.txt", data, len, NULL),
                 EVX_OK);
    cr_assert_eq(evx_text_lines(split), evx_text_lines(t));
    cr_assert_eq(evx_text_lines(again), evx_text_lines(t));
    for (size_t l = 1; l <= evx_text_lines(t); l++) {
        const char *a = evx_text_line(split, l, &n1);
        const char *b = evx_text_line(again, l, &n2);
        cr_assert_eq(n1, n2, "line %zu", l);
        cr_assert_eq(memcmp(a, b, n1), 0, "line %zu", l);
    }
    evx_text_free(split);
    split = NULL;
    /* no final LF: the last line counts; nothing at all: no line */
    cr_assert_eq(evx_text_from_loaded(&split, "s", "a\nb", 3), EVX_OK);
    cr_expect_eq(evx_text_lines(split), 2);
    cr_expect_str_eq(evx_text_line(split, 2, &n1), "b");
    evx_text_free(split);
    cr_assert_eq(evx_text_from_loaded(&split, "s", NULL, 0), EVX_OK);
    cr_expect_eq(evx_text_lines(split), 0);
    evx_text_free(split);
    evx_text_free(again);
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

/* ---- encodings ---- */

Test(source, utf8_bom_is_dropped)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("\xEF\xBB\xBFHouse of Commons\nx"), &d);

    cr_assert_eq(evx_text_lines(t), 2);
    expect_line(t, 1, "House of Commons");
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
    expect_refused(LIT("\xEF\xBB\xBF"), "empty file");
}

Test(source, windows_1252_is_converted_with_one_note)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("The King\x92s Fund \x96 a \x93review\x94\r\n"
                               "caf\xe9 \x85 \x80" "5\n"
                               "undefined \x81 and \x9d\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 3);
    expect_line(t, 1, "The King’s Fund – a “review”");
    expect_line(t, 2, "café … €5");
    expect_line(t, 3, "undefined \xC2\x81 and \xC2\x9D"); /* as Latin-1 */
    cr_assert_eq(evx_diag_len(d), 1);
    expect_diag(d, 0, EVX_DIAG_NOTE, "converted from Windows-1252");
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, latin1_nbsp_and_soft_hyphen_are_normalised_too)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("50\xA0per cent\nco\xADoperation \xE9t\xE9\n"),
                           &d);

    expect_line(t, 1, "50 per cent");
    expect_line(t, 2, "cooperation été");
    expect_diag(d, 0, EVX_DIAG_NOTE, "converted from Windows-1252");
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, utf8_with_a_few_stray_bytes_is_repaired_not_converted)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("“Quoted” – text\nbad \xff here\n"
                               "and \x92 here, é\n"),
                           &d);

    expect_line(t, 1, "“Quoted” – text");
    expect_line(t, 2, "bad " REPL " here");
    expect_line(t, 3, "and " REPL " here, é");
    cr_assert_eq(evx_diag_len(d), 2);
    expect_warning(d, 0, 2, "invalid UTF-8 replaced");
    expect_warning(d, 1, 3, "invalid UTF-8 replaced");
    evx_text_free(t);
    evx_diag_free(d);
}

/* s (ASCII or Latin-1, NUL-terminated) as UTF-16 of the given byte order,
 * into buf; returns the byte count. */
static size_t to_utf16(char *buf, const char *s, int big_endian)
{
    size_t n = 0;

    for (; *s; s++) {
        buf[n + (big_endian ? 0 : 1)] = 0;
        buf[n + (big_endian ? 1 : 0)] = *s;
        n += 2;
    }
    return n;
}

Test(source, utf16_with_or_without_bom_is_converted)
{
    static const char text[] = "First line\r\nSecond \xe9 line\n";
    static const char *const want = "First line\nSecond é line\n";
    char buf[200];
    int big, bom;

    for (big = 0; big < 2; big++)
        for (bom = 0; bom < 2; bom++) {
            size_t n = 0, len;
            evx_diag *d;
            evx_text *t;

            if (bom) {
                memcpy(buf, big ? "\xFE\xFF" : "\xFF\xFE", 2);
                n = 2;
            }
            n += to_utf16(buf + n, text, big);
            t = load_mem(buf, n, &d);
            cr_assert_str_eq(evx_text_data(t, &len), want);
            cr_assert_eq(evx_text_lines(t), 2);
            cr_assert_eq(evx_diag_len(d), 1);
            expect_diag(d, 0, EVX_DIAG_NOTE,
                        big ? "converted from UTF-16BE"
                            : "converted from UTF-16LE");
            evx_text_free(t);
            evx_diag_free(d);
        }
}

Test(source, utf16_damage_is_replaced_with_one_warning)
{
    /* BOM, "a", an unpaired high surrogate, "b", and a final odd byte */
    evx_diag *d;
    evx_text *t = load_mem(LIT("\xFF\xFE" "a\0" "\x00\xD8" "b\0" "c"), &d);

    expect_line(t, 1, "a" REPL "b" REPL);
    cr_assert_eq(evx_diag_len(d), 2);
    expect_diag(d, 0, EVX_DIAG_NOTE, "converted from UTF-16LE");
    expect_diag(d, 1, EVX_DIAG_WARNING, "2 invalid UTF-16LE units replaced");
    evx_text_free(t);
    evx_diag_free(d);
}

/* ---- one spelling for spaces, hyphens, escapes and quotes ---- */

Test(source, every_rule_keeps_line_numbers)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("\xEF\xBB\xBF\"a\"\r\n\fb\xC2\xA0\\[c\\]\n"
                               "d\xC2\xAD" "e\r\n'f'\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 4);
    expect_line(t, 1, "“a”");
    expect_line(t, 2, " b [c]");
    expect_line(t, 3, "de");
    expect_line(t, 4, "‘f’");
    evx_text_free(t);
    evx_diag_free(d);
}

/* ---- the real report in other encodings ---- */

/* Loads len bytes of data as corpus file `name`; fails the test unless
 * EVX_OK. */
static evx_text *load_as(const char *name, const char *data, size_t len,
                         evx_diag *d)
{
    evx_text *t = NULL;

    cr_assert_eq(evx_text_from_memory(&t, name, data, len, d), EVX_OK,
                 "%s did not load", name);
    return t;
}

/* Lines of a and b that differ, each printed to stderr. */
static size_t differing_lines(const evx_text *a, const evx_text *b)
{
    size_t l, n = 0, la, lb;

    cr_assert_eq(evx_text_lines(a), evx_text_lines(b));
    for (l = 1; l <= evx_text_lines(a); l++) {
        const char *x = evx_text_line(a, l, &la);
        const char *y = evx_text_line(b, l, &lb);
        if (la != lb || memcmp(x, y, la) != 0) {
            fprintf(stderr, "line %zu:\n  %.*s\n  %.*s\n", l, (int)la, x,
                    (int)lb, y);
            n++;
        }
    }
    return n;
}

static const char *const corpus_files[] = {
    "corpus/000_d8babf2c1c9efa17.txt", "corpus/004_1624677fcab3ee77.txt"};

/* Loads corpus file i and the variant make() gives of it; *notes gets the
 * variant's diag messages.  Returns the number of differing lines. */
static size_t compare_variant(size_t i, char *(*make)(const char *, size_t),
                              evx_diag **notes)
{
    char path[512];
    size_t len, n;
    char *raw, *variant;
    evx_diag *d0;
    evx_text *orig, *var;

    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, corpus_files[i]);
    raw = tu_slurp(path, &len, 1);
    variant = make(raw, len);
    cr_assert_not_null(variant);
    evx_diag_new(&d0);
    evx_diag_new(notes);
    orig = load_as(corpus_files[i], raw, len, d0);
    var = load_as(corpus_files[i], variant, strlen(variant), *notes);
    n = differing_lines(orig, var);
    if (n == 0) /* the same lines, and nothing else either */
        cr_assert_str_eq(evx_text_data(var, NULL), evx_text_data(orig, NULL));
    evx_text_free(orig);
    evx_text_free(var);
    evx_diag_free(d0);
    free(variant);
    free(raw);
    return n;
}

Test(source, hc650_in_windows_1252_loads_as_the_utf8_original)
{
    size_t i;

    for (i = 0; i < 2; i++) {
        evx_diag *d;
        cr_expect_eq(compare_variant(i, evx_variant_cp1252, &d), 0,
                     "%s differs", corpus_files[i]);
        cr_assert_eq(evx_diag_len(d), 1);
        expect_diag(d, 0, EVX_DIAG_NOTE, "converted from Windows-1252");
        evx_diag_free(d);
    }
}

Test(source, hc650_with_straight_quotes_loads_as_the_curly_original)
{
    static const char *const notes[] = {"329 straight quotes made curly",
                                        "23 straight quotes made curly"};
    size_t i;

    for (i = 0; i < 2; i++) {
        evx_diag *d;
        cr_expect_eq(compare_variant(i, evx_variant_straight_quotes, &d), 0,
                     "%s differs", corpus_files[i]);
        cr_assert_eq(evx_diag_len(d), 1);
        expect_diag(d, 0, EVX_DIAG_NOTE, notes[i]);
        evx_diag_free(d);
    }
}

Test(source, a_data_file_keeps_its_characters_as_written)
{
    char dir[] = "/tmp/evx_source_XXXXXX", path[64];
    evx_diag *d = NULL;
    evx_text *t = NULL;

    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/m.tsv", dir);
    cr_assert_eq(evx_variant_write(path, LIT("king's \\[1\\]\f\"x\"\r\n"
                                             "caf\xe9 \x93y\x94\n")),
                 0);
    evx_diag_new(&d);
    cr_assert_eq(evx_text_load_data(&t, path, "m.tsv", d), EVX_OK);
    expect_line(t, 1, "king's \\[1\\]\f\"x\"");
    expect_line(t, 2, "café “y”"); /* the encoding is still decoded */
    cr_assert_eq(evx_diag_len(d), 1);
    expect_diag(d, 0, EVX_DIAG_NOTE, "converted from Windows-1252");
    evx_text_free(t);
    evx_diag_free(d);
    unlink(path);
    rmdir(dir);
}

Test(source, single_spaced_keeps_indents_lines_and_page_breaks)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("  a   b\t\tc  \n\fx  y\nplain\tline\n"), &d);
    evx_text *s = NULL;
    size_t len;

    cr_assert_eq(evx_text_single_spaced(t, &s), EVX_OK);
    cr_assert_not_null(s);
    /* a tab after text was a space from loading on (charnorm.h) */
    cr_expect_str_eq(evx_text_data(s, &len), "  a b c \n x y\nplain line\n");
    cr_expect_eq(evx_text_lines(s), evx_text_lines(t));
    cr_expect(evx_text_page_break(s, 2));
    cr_expect(!evx_text_page_break(s, 1));
    cr_expect_str_eq(evx_text_name(s), "corpus/t.txt");
    evx_text_free(s);
    evx_text_free(t);
    evx_diag_free(d);

    /* nothing to collapse: no copy */
    t = load_mem(LIT("    indented only\none space each\n"), &d);
    s = (evx_text *)1;
    cr_assert_eq(evx_text_single_spaced(t, &s), EVX_OK);
    cr_expect_null(s);
    cr_expect_eq(evx_text_single_spaced(NULL, &s), EVX_INVALID);
    evx_text_free(t);
    evx_diag_free(d);
}

/* The file's own byte columns back from the text's: a straight quote the
 * loader made curly (three bytes for one), a ligature spelt out, a
 * Pandoc escape's backslash dropped, a Windows-1252 character made UTF-8
 * (a byte for each); an editor that opens the file counts these.  Every
 * column after them had been two bytes late per curled quote. */
Test(source, columns_back_to_the_files_bytes)
{
    static const char straight[] =
        "Heading\n"
        "She said \"the plan\" and \"the \xEF\xAC\x81nal \\[word\\]\" too.\n";
    evx_diag *d = NULL;
    evx_text *t = load_mem(straight, sizeof straight - 1, &d);
    size_t len;
    const char *s = evx_text_line(t, 2, &len);
    const char *at = strstr(s, "the plan"), *fin = strstr(s, "final"),
               *word = strstr(s, "word");
    cr_assert(at && fin && word, "line 2: %.*s", (int)len, s);
    cr_expect_eq(evx_text_file_col(t, 2, (long)(at - s) + 1), 11);
    cr_expect_eq(evx_text_file_col(t, 2, (long)(fin - s) + 1), 30);
    cr_expect_eq(evx_text_file_col(t, 2, (long)(word - s) + 1), 39);
    cr_expect_eq(evx_text_file_col(t, 1, 3), 3);
    evx_text_free(t);
    evx_diag_free(d);

    static const char cp1252[] = "Heading\n"
                                 "The King\x92s Fund \x96 \x93quoted\x94 here.\n";
    t = load_mem(cp1252, sizeof cp1252 - 1, &d);
    s = evx_text_line(t, 2, &len);
    at = strstr(s, "quoted");
    fin = strstr(s, "Fund");
    cr_assert(at && fin, "line 2: %.*s", (int)len, s);
    cr_expect_eq(evx_text_file_col(t, 2, (long)(fin - s) + 1), 12);
    cr_expect_eq(evx_text_file_col(t, 2, (long)(at - s) + 1), 20);
    evx_text_free(t);
    evx_diag_free(d);
}
