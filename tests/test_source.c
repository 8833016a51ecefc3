/* test_source.c - loading and repairing corpus files. */
#define _XOPEN_SOURCE 700 /* mkdtemp, mkdir, chdir */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "source.h"
#include "testutil.h"
#include "variants.h"

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

/* Diag i has this level and text. */
static void expect_diag(const evx_diag *d, size_t i, evx_diag_level want,
                        const char *text)
{
    evx_diag_level level;
    const char *file, *msg;
    long l;

    cr_assert_eq(evx_diag_get(d, i, &level, &file, &l, &msg), EVX_OK);
    cr_expect_eq(level, want, "diag %zu '%s' has level %d", i, msg, level);
    cr_expect_str_eq(msg, text);
}

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

Test(source, nbsp_narrow_nbsp_and_soft_hyphen)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("HC\xC2\xA0" "650\n10\xE2\x80\xAF%\n"
                               "inte\xC2\xADgrated\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 3);
    expect_line(t, 1, "HC 650");
    expect_line(t, 2, "10 %");
    expect_line(t, 3, "integrated");
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

/* A tab after text (a copied table's cells: "1<tab>Marine Power
 * Association", which had become a speaker's name) is a space; a tab
 * that indents a line stays. */
/* The typeset spaces (U+2000-200A) and the medium mathematical space
 * (U+205F), as pdfminer, pypdf and Ghostscript write the en space after a
 * footnote's number ("1\u2002Q12 [John Smith]"): a space, or no footnote
 * body is read. */
Test(source, typeset_spaces_are_spaces)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("1\xE2\x80\x82Q12 [John Smith]\n"
                               "a\xE2\x80\x83" "b\xE2\x80\x89" "c\xE2\x80\x8A" "d\xE2\x81\x9F" "e\n"
                               "x\xE2\x80\x8By\xE2\x80\x90z\n"),
                           &d);

    expect_line(t, 1, "1 Q12 [John Smith]");
    expect_line(t, 2, "a b c d e");
    expect_line(t, 3, "xy\xE2\x80\x90z"); /* a zero-width space goes; a hyphen stays */
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, a_tab_between_words_is_a_space)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("1\tMarine Power Association\t(TID0001)\n"
                               "\tindented\tline\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 2);
    expect_line(t, 1, "1 Marine Power Association (TID0001)");
    expect_line(t, 2, "\tindented line");
    evx_text_free(t);
    evx_diag_free(d);
}

/* A PDF tool's ligatures (U+FB00-FB06) become their letters, so "ﬁnancial"
 * reads, and is cited, as "financial"; other characters of that block
 * stay. */
Test(source, ligatures_become_their_letters)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("\xEF\xAC\x81nancial e\xEF\xAC\x80" "ect "
                               "\xEF\xAC\x83" "ce \xEF\xAC\x84" "e \xEF\xAC\x82ow "
                               "\xEF\xAC\x86" "ep \xEF\xAC\x85\n"
                               "keep \xEF\xAC\x87 \xEF\xAC\xBE\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 2);
    expect_line(t, 1, "financial effect ffice ffle flow step st");
    expect_line(t, 2, "keep \xEF\xAC\x87 \xEF\xAC\xBE");
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

/* A footnote marker printed raised ("2015.²²³", as Pandoc's plain output
 * gives it) reads as its digits; other superscripts (ⁿ, ⁺) and the
 * characters beside the superscript digits stay. */
Test(source, superscript_digits_become_digits)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("in December 2015.\xC2\xB2\xC2\xB2\xC2\xB3 The "
                               "\xE2\x81\xB0\xC2\xB9\xE2\x81\xB4\xE2\x81\xB5"
                               "\xE2\x81\xB6\xE2\x81\xB7\xE2\x81\xB8\xE2\x81\xB9\n"
                               "keep \xE2\x81\xBF \xE2\x81\xBA \xC2\xB4 \xC2\xBA\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 2);
    expect_line(t, 1, "in December 2015.223 The 01456789");
    expect_line(t, 2, "keep \xE2\x81\xBF \xE2\x81\xBA \xC2\xB4 \xC2\xBA");
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

/* Characters that show nothing (zero-width space, non-joiner, joiner,
 * word joiner, a byte-order mark inside the text) are dropped. */
Test(source, invisible_characters_are_dropped)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("\xEF\xBB\xBF" "12. The plan\xE2\x80\x8B was\n"
                               "\xEF\xBB\xBF" "13. in\xE2\x80\x8Cte\xE2\x80\x8D"
                               "gra\xE2\x81\xA0ted\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 2);
    expect_line(t, 1, "12. The plan was");
    expect_line(t, 2, "13. integrated");
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, form_feed_is_a_space_and_a_page_break)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("a\n\fb\nc\f\nd\ne\fx\n\f"), &d);
    size_t len;

    cr_assert_eq(evx_text_lines(t), 6);
    cr_assert_str_eq(evx_text_data(t, &len), "a\n b\nc \nd\ne x\n ");
    cr_expect(!evx_text_page_break(t, 1));
    cr_expect(evx_text_page_break(t, 2));  /* \f starts it */
    cr_expect(!evx_text_page_break(t, 3));
    cr_expect(evx_text_page_break(t, 4));  /* \f ended the line before */
    cr_expect(evx_text_page_break(t, 5));  /* \f within it */
    cr_expect(evx_text_page_break(t, 6));  /* pdftotext's final \f */
    cr_expect(!evx_text_page_break(t, 7));
    cr_expect(!evx_text_page_break(t, 0));
    cr_expect(!evx_text_page_break(NULL, 1));
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

/* Pages that start in mid-line ("e\fx", a script joining pypdf's pages
 * with form feeds) start lines of their own in the split copy, with
 * their page breaks; the other page breaks move with their lines, and
 * every place maps back to the file's line and column. */
Test(source, split_pages_where_they_start_in_mid_line)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("a\n\fb\nc\f\nd\ne\fx\ny 2\f\fz\f\n\f"), &d);
    evx_text *s = NULL;
    size_t len;
    long fl, fc;

    cr_assert_eq(evx_text_split_pages(t, &s), EVX_OK);
    cr_assert_not_null(s);
    cr_assert_eq(evx_text_lines(s), 9);
    cr_expect_str_eq(evx_text_data(s, &len), "a\n b\nc \nd\ne\nx\ny 2\n z \n ");
    static const int breaks[] = {0, 1, 0, 1, 0, 1, 0, 1, 1};
    for (size_t l = 1; l <= 9; l++)
        cr_expect_eq(evx_text_page_break(s, l), breaks[l - 1], "line %zu", l);
    evx_text_split_where(s, 6, 1, &fl, &fc); /* "x" */
    cr_expect(fl == 5 && fc == 3, "x at %ld:%ld", fl, fc);
    evx_text_split_where(s, 5, -1, &fl, &fc); /* "e", its file line goes on */
    cr_expect(fl == 5 && fc == 1, "e ends at %ld:%ld", fl, fc);
    evx_text_split_where(s, 6, -1, &fl, &fc); /* "x", the file line's end */
    cr_expect(fl == 5 && fc == -1, "x ends at %ld:%ld", fl, fc);
    evx_text_split_where(s, 8, 2, &fl, &fc); /* "z", after two form feeds */
    cr_expect(fl == 6 && fc == 6, "z at %ld:%ld", fl, fc);
    evx_text_split_where(s, 9, 1, &fl, &fc);
    cr_expect(fl == 7 && fc == 1, "the last line at %ld:%ld", fl, fc);
    evx_text_split_where(t, 3, 2, &fl, &fc); /* no copy: as it is */
    cr_expect(fl == 3 && fc == 2);
    evx_text_free(s);

    /* the copies of t keep its mid-line page starts */
    cr_assert_eq(evx_text_blank_lines(t, 1, 1, &s), EVX_OK);
    cr_expect(evx_text_page_break(s, 5) && !evx_text_page_break(s, 1));
    evx_text *c = NULL;
    cr_assert_eq(evx_text_split_pages(s, &c), EVX_OK);
    cr_assert_not_null(c);
    expect_line(c, 6, "x");
    evx_text_free(c);
    evx_text_free(s);
    evx_text_free(t);
    evx_diag_free(d);

    t = load_mem(LIT("one  two\nthree   \f  four\n"), &d);
    cr_assert_eq(evx_text_single_spaced(t, &s), EVX_OK);
    cr_assert_eq(evx_text_split_pages(s, &c), EVX_OK);
    cr_assert_not_null(c);
    expect_line(c, 2, "three");
    expect_line(c, 3, "four");
    cr_expect(evx_text_page_break(c, 3) && !evx_text_page_break(c, 2));
    evx_text_free(c);
    evx_text_free(s);
    evx_text_free(t);
    evx_diag_free(d);

    /* no page starts in mid-line: no copy */
    t = load_mem(LIT("a\n\fb\nc\f\n"), &d);
    s = (evx_text *)1;
    cr_assert_eq(evx_text_split_pages(t, &s), EVX_OK);
    cr_expect_null(s);
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, pandoc_escapes_lose_the_backslash)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("The Border) \\[ex-officio\\]\n"
                               "\\*note\\* 5\\% a\\\\b C:\\Users end\\\n"
                               "it\\'s \\\"so\\\"\n"),
                           &d);

    expect_line(t, 1, "The Border) [ex-officio]");
    expect_line(t, 2, "*note* 5% a\\b C:\\Users end\\");
    expect_line(t, 3, "it’s “so”");
    evx_text_free(t);
    evx_diag_free(d);
}

/* Pandoc's Markdown writes an en dash "--" and an em dash "---" (and a
 * typist does): they had stayed hyphens, so "Q1--40" was no question
 * range (the panel warned, its questions unknown) and "2013--14" no
 * session.  Hyphens in Markdown's own marks, a rule, a table's border or
 * a word stay. */
Test(source, typed_dashes_become_en_and_em_dashes)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("Harbour Trust --- Q1--40, in 2013--14 -- so\n"
                               "---\n"
                               "<!-- a comment --> |--|:--| well-known ----\n"
                               "a - b -x --\n"
                               "  --- ------\n"
                               "x --y\n"),
                           &d);

    expect_line(t, 1, "Harbour Trust \xE2\x80\x94 Q1\xE2\x80\x93" "40, in "
                      "2013\xE2\x80\x93" "14 \xE2\x80\x93 so");
    expect_line(t, 2, "---");
    expect_line(t, 3, "<!-- a comment --> |--|:--| well-known ----");
    expect_line(t, 4, "a - b -x --");
    expect_line(t, 5, "  --- ------"); /* Pandoc's table border */
    expect_line(t, 6, "x --y");
    evx_text_free(t);
    evx_diag_free(d);
}

Test(source, straight_quotes_become_curly_by_context)
{
    static const char *const cases[][2] = {
        {"\"Integrated care\" is", "“Integrated care” is"},
        {"said: \"Yes.\"", "said: “Yes.”"},
        {"the King's Fund, don't", "the King’s Fund, don’t"},
        {"the NHS' plans", "the NHS’ plans"},
        {"the 1990's", "the 1990’s"},
        {"a 'place-based' approach", "a ‘place-based’ approach"},
        {"(\"STPs\") and ['x']", "(“STPs”) and [‘x’]"},
        {"\"'Nested,' he said\"", "“‘Nested,’ he said”"},
        {"care—\"so called\"—and", "care—“so called”—and"},
        {"a -'b' – \"c\"", "a -‘b’ – “c”"},
        {"\"Home first\".12", "“Home first”.12"},
        {"in the '90s", "in the ‘90s"}, /* the rule's known ambiguity */
        /* a web copy glues a paragraph's opening quote to its number */
        {"2.\"Rates,\" he said", "2.“Rates,” he said"},
        {"1. A\n12.'Yes'", "1. A\n12.‘Yes’"},
        {"Q2.\"", "Q2.”"}, /* no paragraph's number */
    };
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        evx_diag *d;
        evx_text *t = load_mem(cases[i][0], strlen(cases[i][0]), &d);
        size_t len;

        cr_expect_str_eq(evx_text_data(t, &len), cases[i][1]);
        cr_expect_eq(evx_diag_len(d), 1);
        evx_text_free(t);
        evx_diag_free(d);
    }
}

Test(source, a_line_initial_quote_opens_and_one_note_counts_them)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("he said\n\"the system\nis 'stuck'.\"\n"), &d);

    cr_assert_eq(evx_text_lines(t), 3);
    expect_line(t, 2, "“the system");
    expect_line(t, 3, "is ‘stuck’.”");
    cr_assert_eq(evx_diag_len(d), 1);
    expect_diag(d, 0, EVX_DIAG_NOTE, "4 straight quotes made curly");
    evx_text_free(t);
    evx_diag_free(d);
}

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
