/*
 * charnorm.c - spaces, soft hyphens, form feeds, Pandoc escapes, a PDF's
 * ligatures and straight quotes, rewritten in one pass over the loaded
 * text.
 *
 * Bytes that need nothing are copied in runs.  A quote is decided by the
 * character already written before it, so an escaped quote ("\'") is
 * judged by what stood before its backslash.  Form feeds are placed on a
 * line by a small state kept per line (text seen before it, text after
 * it), so the pass stays linear however many there are.
 */
#include "charnorm.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "grow.h"

#define LEFT_SINGLE "\xE2\x80\x98"
#define RIGHT_SINGLE "\xE2\x80\x99"
#define LEFT_DOUBLE "\xE2\x80\x9C"
#define RIGHT_DOUBLE "\xE2\x80\x9D"

typedef struct pass {
    evx_charnorm *res;
    evx_buf *out;
    size_t base;       /* out->len when the pass began */
    size_t line;       /* current line, 1-based */
    int seen_text;     /* the line has had text before this point */
    int ff_after_text; /* a form feed followed text, and nothing since */
    size_t ff_at;      /* the output offset of that form feed's space */
    evx_status st;
} pass;

static void add_page_break(pass *p, size_t line)
{
    evx_charnorm *r = p->res;

    if (r->n_page_breaks && r->page_breaks[r->n_page_breaks - 1] == line)
        return;
    if (evx_grow((void **)&r->page_breaks, &r->cap_page_breaks,
                 r->n_page_breaks + 1, sizeof *r->page_breaks)) {
        p->st = EVX_NOMEM;
        return;
    }
    r->page_breaks[r->n_page_breaks++] = line;
}

/* Records that a page starts in mid-line after the space at output
 * offset at. */
static void add_mid_break(pass *p, size_t at)
{
    evx_charnorm *r = p->res;

    if (evx_grow((void **)&r->mid_breaks, &r->cap_mid_breaks,
                 r->n_mid_breaks + 1, sizeof *r->mid_breaks)) {
        p->st = EVX_NOMEM;
        return;
    }
    r->mid_breaks[r->n_mid_breaks++] = at;
}

/* A form feed: a space in the text, a page break on its line or the
 * next, or in mid-line (decided when text or the line end comes). */
static void on_form_feed(pass *p)
{
    if (!p->seen_text) {
        add_page_break(p, p->line);
    } else if (!p->ff_after_text) {
        p->ff_after_text = 1;
        p->ff_at = p->out->len - p->base;
    }
    evx_buf_putc(p->out, ' ');
}

static void on_line_end(pass *p)
{
    if (p->ff_after_text)
        add_page_break(p, p->line + 1);
    p->ff_after_text = 0;
    p->seen_text = 0;
    p->line++;
}

static void on_text(pass *p)
{
    if (p->ff_after_text)
        add_mid_break(p, p->ff_at);
    p->ff_after_text = 0;
    p->seen_text = 1;
}

static int tail_is(const evx_buf *b, size_t base, const char *s)
{
    size_t n = strlen(s);

    return b->len - base >= n && memcmp(b->data + b->len - n, s, n) == 0;
}

/* Is the line written so far a paragraph's number and its full stop
 * alone ("2."), a web copy gluing the paragraph's opening quote to it? */
static int after_line_number(const pass *p)
{
    const evx_buf *b = p->out;
    size_t i = b->len, digits = 0;

    if (i == p->base || b->data[i - 1] != '.')
        return 0;
    for (i--; i > p->base && b->data[i - 1] >= '0' && b->data[i - 1] <= '9'; i--)
        digits++;
    return digits >= 1 && digits <= 4 && (i == p->base || b->data[i - 1] == '\n');
}

/* A quote written now opens: nothing but space or an opening bracket,
 * dash or quote before it, or a paragraph's number at the line's start
 * ("2.\"Quantitative …"). */
static int quote_opens(const pass *p)
{
    const evx_buf *b = p->out;
    char c;

    if (b->len == p->base)
        return 1;
    c = b->data[b->len - 1];
    if (c != '\0' && strchr("\n \t([{-", c))
        return 1;
    if (after_line_number(p))
        return 1;
    return tail_is(b, p->base, "\xE2\x80\x93") ||  /* en dash */
           tail_is(b, p->base, "\xE2\x80\x94") ||  /* em dash */
           tail_is(b, p->base, LEFT_SINGLE) || tail_is(b, p->base, LEFT_DOUBLE);
}

static void put_quote(pass *p, char q)
{
    int opens = quote_opens(p);

    if (q == '"')
        evx_buf_puts(p->out, opens ? LEFT_DOUBLE : RIGHT_DOUBLE);
    else
        evx_buf_puts(p->out, opens ? LEFT_SINGLE : RIGHT_SINGLE);
    p->res->quotes_curled++;
}

/* c may start a sequence special_len rewrites. */
static int may_start_special(unsigned char c)
{
    return c == '"' || c == '\'' || c == '\\' || c == '-' || c == 0xC2 ||
           c == 0xE2 || c == 0xEF;
}

/* May byte c stand next to a typed dash, spaces aside: a letter, a digit
 * or a character beyond ASCII (not a line's end, another hyphen, a
 * bracket or bar of Markdown's marks: "<!--", "|--|", a rule "---", a
 * converter's table border "--- ------")? */
static int dash_neighbour(unsigned char c)
{
    return evx_ascii_alnum(c) || c >= 0x80;
}

/* The length of a dash typed as two or three hyphens at s ("Q1--40",
 * "Trust --- Q1", as Pandoc's Markdown writes an en and an em dash, and
 * as a typist does), `before` bytes of the text before it; else 0. */
static size_t typed_dash(const char *s, size_t left, size_t before)
{
    size_t k = 0, a = 0, b = 0;
    while (k < left && k < 4 && s[k] == '-')
        k++;
    if (k != 2 && k != 3)
        return 0;
    while (a < before && (s[-1 - (long)a] == ' ' || s[-1 - (long)a] == '\t'))
        a++;
    while (k + b < left && (s[k + b] == ' ' || s[k + b] == '\t'))
        b++;
    /* set apart on both sides or on neither ("a -- b", "Q1--40") */
    return a < before && k + b < left && (a > 0) == (b > 0) &&
                   dash_neighbour((unsigned char)s[-1 - (long)a]) &&
                   dash_neighbour((unsigned char)s[k + b])
               ? k
               : 0;
}

/* Is s (3 bytes, E2 80 xx) a zero-width space, non-joiner or joiner
 * (U+200B-200D)? */
static int is_zero_width(const char *s)
{
    return (unsigned char)s[2] >= 0x8B && (unsigned char)s[2] <= 0x8D;
}

/* Is the 3-byte sequence at s a character that shows nothing and is
 * dropped: U+200B-200D, the word joiner U+2060, or a byte-order mark
 * (U+FEFF) inside the text, where joined files leave one? */
static int is_invisible(const char *s)
{
    return ((unsigned char)s[0] == 0xE2 &&
            ((s[1] == '\x80' && is_zero_width(s)) ||
             (s[1] == '\x81' && s[2] == '\xA0'))) ||
           ((unsigned char)s[0] == 0xEF && s[1] == '\xBB' && s[2] == '\xBF');
}

/* The ASCII digit a superscript digit stands for ('\0' if s is not one):
 * U+00B9, U+00B2, U+00B3 (C2 xx) and U+2070, U+2074-2079 (E2 81 xx). */
static char superscript_digit(const char *s, size_t left)
{
    unsigned char a = (unsigned char)s[0], b = left > 1 ? (unsigned char)s[1] : 0;
    unsigned char c = left > 2 ? (unsigned char)s[2] : 0;

    if (a == 0xC2 && (b == 0xB2 || b == 0xB3))
        return (char)('2' + (b - 0xB2));
    if (a == 0xC2 && b == 0xB9)
        return '1';
    if (a == 0xE2 && b == 0x81 && (c == 0xB0 || (c >= 0xB4 && c <= 0xB9)))
        return (char)('0' + (c - 0xB0));
    return '\0';
}

/* The length of the byte sequence at s that this pass rewrites, 0 if it
 * is copied as it is; `before` bytes of the text stand before s. */
static size_t special_len(const char *s, size_t left, size_t before)
{
    unsigned char c = (unsigned char)s[0];

    if (c == '-')
        return typed_dash(s, left, before);
    if (c == '\f' || c == '"' || c == '\'')
        return 1;
    if (c == '\\')
        return left > 1 && evx_ascii_punct((unsigned char)s[1]) ? 2 : 0;
    if (c == 0xC2 && left > 1)
        return s[1] == '\xA0' || s[1] == '\xAD' || superscript_digit(s, left)
                   ? 2
                   : 0;
    if (c == 0xE2 && left > 2)
        /* U+2000-200A, the typeset spaces (an en space after a note's
         * number), U+202F, U+205F; the invisible ones */
        return (s[1] == '\x80' && ((unsigned char)s[2] <= 0x8A || s[2] == '\xAF' ||
                                   is_zero_width(s))) ||
                       (s[1] == '\x81' && (s[2] == '\xA0' || s[2] == '\x9F')) ||
                       superscript_digit(s, left)
                   ? 3
                   : 0;
    if (c == 0xEF && left > 2) /* the Latin ligatures U+FB00-FB06, BOM */
        return (s[1] == '\xAC' && (unsigned char)s[2] >= 0x80 &&
                (unsigned char)s[2] <= 0x86) ||
                       (s[1] == '\xBB' && s[2] == '\xBF')
                   ? 3
                   : 0;
    return 0;
}

/* Writes the replacement for the n-byte special sequence at s. */
static void rewrite(pass *p, const char *s, size_t n)
{
    char c = s[n - 1];

    if (s[0] == '\f') {
        on_form_feed(p);
        return;
    }
    if (n == 3 && is_invisible(s))
        return;
    if (s[0] == '-') { /* a typed dash: an en dash, or an em dash */
        on_text(p);
        evx_buf_puts(p->out, n == 2 ? "\xE2\x80\x93" : "\xE2\x80\x94");
        return;
    }
    if (superscript_digit(s, n)) { /* a marker printed raised: "2015.²²³" */
        on_text(p);
        evx_buf_putc(p->out, superscript_digit(s, n));
        return;
    }
    if ((unsigned char)s[0] == 0xEF) { /* a PDF's ligature: its letters */
        static const char *const letters[] = {"ff", "fi", "fl", "ffi",
                                              "ffl", "st", "st"};
        on_text(p);
        evx_buf_puts(p->out, letters[(unsigned char)c - 0x80]);
        return;
    }
    if (n == 2 && s[0] == '\\') {
        on_text(p);
        if (c == '"' || c == '\'')
            put_quote(p, c);
        else
            evx_buf_putc(p->out, c);
        return;
    }
    if (c == '"' || c == '\'') {
        on_text(p);
        put_quote(p, c);
        return;
    }
    if (c != '\xAD') /* NBSP or narrow NBSP; a soft hyphen goes */
        evx_buf_putc(p->out, ' ');
}

/* Is there nothing but spaces and tabs from s to its line's end? */
static int ends_line(const char *s, size_t left)
{
    size_t k = 0;
    while (k < left && (s[k] == ' ' || s[k] == '\t'))
        k++;
    return k == left || s[k] == '\n';
}

/* Is there a tab after text on its line in s[0..len)? */
static int tab_after_text(const char *s, size_t len)
{
    const char *t = s, *end = s + len;
    while ((t = memchr(t, '\t', (size_t)(end - t))) != NULL) {
        for (const char *b = t; b > s && b[-1] != '\n'; b--)
            if ((unsigned char)b[-1] > ' ')
                return 1;
        t++;
    }
    return 0;
}

int evx_charnorm_needed(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c == '\f' || may_start_special(c)) &&
            special_len(s + i, len - i, i))
            return 1;
    }
    return tab_after_text(s, len);
}

evx_status evx_charnorm_run(evx_charnorm *res, evx_buf *out, const char *s,
                            size_t len)
{
    pass p = {res, out, out->len, 1, 0, 0, 0, EVX_OK};
    size_t i = 0, run = 0, n;

    while (i < len && !p.st) {
        unsigned char c = (unsigned char)s[i];

        if (c > ' ' && !may_start_special(c)) { /* most bytes */
            if (!p.seen_text || p.ff_after_text) /* else nothing to note */
                on_text(&p);
            i++;
            continue;
        }
        if (c == '\n') {
            on_line_end(&p);
            i++;
            continue;
        }
        if (c == '\t' && p.seen_text) { /* a table's cells, "1\tName" */
            evx_buf_append(out, s + run, i - run);
            evx_buf_putc(out, ' ');
            run = ++i;
            continue; /* one byte for one: the map holds */
        }
        n = special_len(s + i, len - i, i);
        if (n == 0) {
            if (c != ' ' && c != '\t')
                on_text(&p);
            i++;
            continue;
        }
        evx_buf_append(out, s + run, i - run);
        if (n == 2 && s[i + 1] == '\xAD' && ends_line(s + i + 2, len - i - 2)) {
            on_text(&p); /* a hyphenation point the line broke at */
            evx_buf_putc(out, '-');
        } else {
            rewrite(&p, s + i, n);
        }
        i += n;
        run = i;
        if (!p.st && evx_offmap_add(&res->map, out->len - p.base, i))
            p.st = EVX_NOMEM;
    }
    evx_buf_append(out, s + run, i - run);
    return p.st ? p.st : evx_buf_status(out);
}
