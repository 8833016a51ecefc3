/*
 * variants.c - rewrite a report's text as other extractions would give it:
 * re-wrapped by Pandoc, copied from a browser, typed with straight quotes,
 * saved as Windows-1252 or with CRLF, with NBSP after full stops, or with
 * pdftotext's form feeds before running headers.
 *
 * Each variant is one pass into an evx_buf.  Blocks (runs of non-blank
 * lines) are read as words split on spaces, tabs and line ends; running
 * headers are found by sorting every "number + text" line by its text.
 */
#define _XOPEN_SOURCE 700
#include "variants.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

static char *finish(evx_buf *b)
{
    if (evx_buf_status(b)) {
        evx_buf_free(b);
        return NULL;
    }
    return evx_buf_detach(b);
}

static int is_blank_char(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* The end of the line starting at i (its LF, or len). */
static size_t line_end(const char *s, size_t len, size_t i)
{
    const char *nl = memchr(s + i, '\n', len - i);

    return nl ? (size_t)(nl - s) : len;
}

static int line_is_blank(const char *s, size_t from, size_t to)
{
    for (; from < to; from++)
        if (!is_blank_char(s[from]))
            return 0;
    return 1;
}

/* Columns of n bytes of UTF-8: every byte that does not continue a
 * character. */
static size_t columns(const char *s, size_t n)
{
    size_t c = 0, i;

    for (i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

typedef struct wrap {
    evx_buf *out;
    size_t width; /* 0: no wrapping */
    size_t col;   /* columns on the current output line */
    size_t indent; /* spaces that open each output line */
} wrap;

/* Puts one word on the current line, or on a new one if it does not fit. */
static void put_word(wrap *w, const char *word, size_t n)
{
    size_t cols = columns(word, n);

    if (w->col > w->indent && w->width && w->col + 1 + cols > w->width) {
        evx_buf_putc(w->out, '\n');
        w->col = 0;
    }
    if (w->col == 0) {
        for (size_t k = 0; k < w->indent; k++)
            evx_buf_putc(w->out, ' ');
        w->col = w->indent;
    } else {
        evx_buf_putc(w->out, ' ');
        w->col++;
    }
    evx_buf_append(w->out, word, n);
    w->col += cols;
}

/* Words of s[from, to) (a block's lines) into w. */
static void put_words(wrap *w, const char *s, size_t from, size_t to)
{
    size_t i = from;

    while (i < to) {
        size_t start;

        while (i < to && (is_blank_char(s[i]) || s[i] == '\n'))
            i++;
        start = i;
        while (i < to && !is_blank_char(s[i]) && s[i] != '\n')
            i++;
        if (i > start)
            put_word(w, s + start, i - start);
    }
}

/* Ends the block s[from, to) in w: its words, then LF. */
static void put_block(wrap *w, const char *s, size_t from, size_t to)
{
    put_words(w, s, from, to);
    evx_buf_putc(w->out, '\n');
    w->col = 0;
}

/* Every block joined, then wrapped at width (0: not wrapped). */
static char *reflow(const char *s, size_t len, size_t width)
{
    evx_buf out = EVX_BUF_INIT;
    wrap w = {&out, width, 0, 0};
    size_t i = 0, block = 0;
    int in_block = 0;

    while (i < len) {
        size_t end = line_end(s, len, i);
        int blank = line_is_blank(s, i, end);

        if (!blank && !in_block) {
            if (out.len)
                evx_buf_putc(&out, '\n'); /* the blank line between blocks */
            block = i;
            in_block = 1;
        } else if (blank && in_block) {
            put_block(&w, s, block, i);
            in_block = 0;
        }
        i = end + 1;
    }
    if (in_block)
        put_block(&w, s, block, len);
    return finish(&out);
}

char *evx_variant_rewrap(const char *text, size_t len, int width)
{
    return reflow(text, len, width > 0 ? (size_t)width : 1);
}

/* Spaces and tabs that open the line at i. */
static size_t indent_of(const char *s, size_t i, size_t end)
{
    size_t k = i;

    while (k < end && is_blank_char(s[k]))
        k++;
    return k - i;
}

char *evx_variant_fmt(const char *text, size_t len, int width)
{
    evx_buf out = EVX_BUF_INIT;
    wrap w = {&out, width > 0 ? (size_t)width : 1, 0, 0};
    size_t i = 0, para = 0;
    int in_para = 0;

    while (i < len) {
        size_t end = line_end(text, len, i);
        int blank = line_is_blank(text, i, end);
        size_t ind = blank ? 0 : indent_of(text, i, end);

        if (in_para && (blank || ind != w.indent)) {
            put_block(&w, text, para, i);
            in_para = 0;
        }
        if (blank) {
            evx_buf_putc(&out, '\n');
        } else if (!in_para) {
            para = i;
            w.indent = ind;
            in_para = 1;
        }
        i = end + 1;
    }
    if (in_para)
        put_block(&w, text, para, len);
    return finish(&out);
}

char *evx_variant_spread(const char *text, size_t len)
{
    evx_buf out = EVX_BUF_INIT;
    size_t i = 0, gaps = 0;

    while (i < len) {
        size_t end = line_end(text, len, i);

        if (!line_is_blank(text, i, end)) {
            evx_buf_puts(&out, "    ");
            for (size_t k = i; k < end; k++) {
                evx_buf_putc(&out, text[k]);
                if (text[k] == ' ' && k > i && text[k - 1] != ' ' &&
                    ++gaps % 3 == 0)
                    evx_buf_puts(&out, "  ");
            }
        }
        evx_buf_putc(&out, '\n');
        i = end + 1;
    }
    return finish(&out);
}

char *evx_variant_no_blank_lines(const char *text, size_t len)
{
    evx_buf out = EVX_BUF_INIT;
    size_t i = 0;

    while (i < len) {
        size_t end = line_end(text, len, i);

        if (!line_is_blank(text, i, end)) {
            evx_buf_append(&out, text + i, end - i);
            evx_buf_putc(&out, '\n');
        }
        i = end + 1;
    }
    return finish(&out);
}

char *evx_variant_one_line(const char *text, size_t len)
{
    return reflow(text, len, 0);
}

/* text with each occurrence of the byte strings from[k] replaced by to[k]
 * (n pairs, first match wins). */
static char *replace_all(const char *s, size_t len, const char *const *from,
                         const char *const *to, size_t n)
{
    evx_buf out = EVX_BUF_INIT;
    size_t i = 0, run = 0, k;

    while (i < len) {
        for (k = 0; k < n; k++) {
            size_t fl = strlen(from[k]);
            if (len - i >= fl && memcmp(s + i, from[k], fl) == 0)
                break;
        }
        if (k == n) {
            i++;
            continue;
        }
        evx_buf_append(&out, s + run, i - run);
        evx_buf_puts(&out, to[k]);
        i += strlen(from[k]);
        run = i;
    }
    evx_buf_append(&out, s + run, i - run);
    return finish(&out);
}

char *evx_variant_straight_quotes(const char *text, size_t len)
{
    static const char *const from[] = {"\xE2\x80\x9C", "\xE2\x80\x9D",
                                       "\xE2\x80\x98", "\xE2\x80\x99"};
    static const char *const to[] = {"\"", "\"", "'", "'"};

    return replace_all(text, len, from, to, 4);
}

char *evx_variant_single_quotes(const char *text, size_t len)
{
    evx_buf b = EVX_BUF_INIT;
    int depth = 0; /* nested single marks open */

    for (size_t i = 0; i < len; i++) {
        const char *s = text + i;
        int mark = i + 2 < len && (unsigned char)s[0] == 0xE2 &&
                   (unsigned char)s[1] == 0x80;
        unsigned char x = mark ? (unsigned char)s[2] : 0;
        int closes = x == 0x99 && depth &&
                     (i + 3 >= len || !isalnum((unsigned char)s[3]));
        if (x == 0x9C || x == 0x9D) {
            evx_buf_append(&b, x == 0x9C ? "\xE2\x80\x98" : "\xE2\x80\x99", 3);
        } else if (x == 0x98 || closes) {
            evx_buf_append(&b, x == 0x98 ? "\xE2\x80\x9C" : "\xE2\x80\x9D", 3);
            depth += x == 0x98 ? 1 : -1;
        } else {
            evx_buf_putc(&b, *s);
            continue;
        }
        i += 2;
    }
    return evx_buf_detach(&b);
}

char *evx_variant_ligatures(const char *text, size_t len)
{
    static const char *const from[] = {"ffi", "ffl", "ff", "fi", "fl"};
    static const char *const to[] = {"\xEF\xAC\x83", "\xEF\xAC\x84",
                                     "\xEF\xAC\x80", "\xEF\xAC\x81",
                                     "\xEF\xAC\x82"};

    return replace_all(text, len, from, to, 5);
}

char *evx_variant_zero_width(const char *text, size_t len)
{
    static const char *const from[] = {". ", "\n0", "\n1", "\n2", "\n3",
                                       "\n4", "\n5", "\n6", "\n7", "\n8",
                                       "\n9"};
    static const char *const to[] = {
        ". \xE2\x80\x8B",     "\n\xEF\xBB\xBF" "0", "\n\xEF\xBB\xBF" "1",
        "\n\xEF\xBB\xBF" "2", "\n\xEF\xBB\xBF" "3", "\n\xEF\xBB\xBF" "4",
        "\n\xEF\xBB\xBF" "5", "\n\xEF\xBB\xBF" "6", "\n\xEF\xBB\xBF" "7",
        "\n\xEF\xBB\xBF" "8", "\n\xEF\xBB\xBF" "9"};

    return replace_all(text, len, from, to, 11);
}

char *evx_variant_crlf(const char *text, size_t len)
{
    static const char *const from[] = {"\r\n", "\n"};
    static const char *const to[] = {"\r\n", "\r\n"};

    return replace_all(text, len, from, to, 2);
}

char *evx_variant_nbsp(const char *text, size_t len)
{
    static const char *const from[] = {". "};
    static const char *const to[] = {".\xC2\xA0"};

    return replace_all(text, len, from, to, 1);
}

char *evx_variant_cp1252(const char *text, size_t len)
{
    evx_buf out = EVX_BUF_INIT;
    iconv_t cd = iconv_open("WINDOWS-1252//TRANSLIT", "UTF-8");
    char chunk[16384];
    char *in = (char *)text; /* iconv's prototype is not const-correct */
    size_t left = len;

    if (cd == (iconv_t)-1)
        return NULL;
    while (left > 0) {
        char *o = chunk;
        size_t room = sizeof chunk;
        size_t r = iconv(cd, &in, &left, &o, &room);

        evx_buf_append(&out, chunk, (size_t)(o - chunk));
        if (r == (size_t)-1 && errno != E2BIG) {
            evx_buf_putc(&out, '?'); /* invalid or cut UTF-8 */
            in++;
            left--;
        }
    }
    iconv_close(cd);
    return finish(&out);
}

/* ---- running headers ---- */

typedef struct header_line {
    const char *text; /* the line's text without its number */
    size_t text_len;
    unsigned long number;
    size_t line;      /* 0-based line index */
} header_line;

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int has_letter(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))
            return 1;
    return 0;
}

/* Fills *h when s[a, b) (trimmed) is a number, a space, text, or text, a
 * space, a number, and the text has a letter. */
static int as_header(header_line *h, const char *s, size_t a, size_t b)
{
    size_t d, e;

    while (a < b && is_blank_char(s[a]))
        a++;
    while (b > a && is_blank_char(s[b - 1]))
        b--;
    d = a;
    e = b;
    while (d < b && is_digit(s[d]))
        d++;
    if (d > a && d < b && is_blank_char(s[d])) {
        h->number = strtoul(s + a, NULL, 10);
        a = d;
    } else {
        while (e > a && is_digit(s[e - 1]))
            e--;
        if (e == b || e == a || !is_blank_char(s[e - 1]))
            return 0;
        h->number = strtoul(s + e, NULL, 10);
        b = e;
    }
    while (a < b && is_blank_char(s[a]))
        a++;
    while (b > a && is_blank_char(s[b - 1]))
        b--;
    h->text = s + a;
    h->text_len = b - a;
    return has_letter(h->text, h->text_len);
}

static int by_text_then_number(const void *x, const void *y)
{
    const header_line *a = x, *b = y;
    size_t n = a->text_len < b->text_len ? a->text_len : b->text_len;
    int c = memcmp(a->text, b->text, n);

    if (c)
        return c;
    if (a->text_len != b->text_len)
        return a->text_len < b->text_len ? -1 : 1;
    return (a->number > b->number) - (a->number < b->number);
}

static int same_text(const header_line *a, const header_line *b)
{
    return a->text_len == b->text_len &&
           memcmp(a->text, b->text, a->text_len) == 0;
}

/* Marks (in marked, one flag per line) the lines of each group of equal
 * text in the sorted h[0, n) that has 3 lines and 2 numbers or more. */
static void mark_headers(char *marked, const header_line *h, size_t n)
{
    size_t i = 0, j, k;

    while (i < n) {
        size_t numbers = 1;

        for (j = i + 1; j < n && same_text(&h[i], &h[j]); j++)
            numbers += h[j].number != h[j - 1].number;
        if (j - i >= 3 && numbers >= 2)
            for (k = i; k < j; k++)
                marked[h[k].line] = 1;
        i = j;
    }
}

/* Number of lines of s (a final line without LF counts). */
static size_t count_lines(const char *s, size_t len)
{
    size_t n = 0, i = 0;

    while (i < len) {
        i = line_end(s, len, i) + 1;
        n++;
    }
    return n;
}

char *evx_variant_formfeed(const char *text, size_t len)
{
    size_t n_lines = count_lines(text, len), n = 0, i = 0, line = 0;
    header_line *h = malloc((n_lines ? n_lines : 1) * sizeof *h);
    char *marked = calloc(n_lines ? n_lines : 1, 1);
    evx_buf out = EVX_BUF_INIT;

    if (!h || !marked) {
        free(h);
        free(marked);
        return NULL;
    }
    for (i = 0; i < len; line++) {
        size_t end = line_end(text, len, i);
        if (as_header(&h[n], text, i, end))
            h[n++].line = line;
        i = end + 1;
    }
    qsort(h, n, sizeof *h, by_text_then_number);
    mark_headers(marked, h, n);
    for (i = 0, line = 0; i < len; line++) {
        size_t end = line_end(text, len, i);
        if (marked[line])
            evx_buf_putc(&out, '\f');
        evx_buf_append(&out, text + i, end < len ? end + 1 - i : end - i);
        i = end + 1;
    }
    free(h);
    free(marked);
    return finish(&out);
}

int evx_variant_write(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    int ok;

    if (!f)
        return -1;
    ok = fwrite(data, 1, len, f) == len;
    if (fclose(f) != 0)
        ok = 0;
    return ok ? 0 : -1;
}
