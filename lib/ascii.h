/*
 * ascii.h - locale-independent ASCII character tests for the parsers.
 *
 * The readers and the query lexer look at bytes of UTF-8 text; <ctype.h>
 * depends on the locale and is undefined for negative chars, so these
 * small tests are used instead.  Bytes of multi-byte UTF-8 sequences are
 * never letters, digits or spaces here.  Header only: every function is
 * static inline.
 */
#ifndef EVX_ASCII_H
#define EVX_ASCII_H

#include <stddef.h>

static inline int evx_ascii_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static inline int evx_ascii_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static inline int evx_ascii_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

static inline int evx_ascii_alpha(unsigned char c)
{
    return evx_ascii_upper(c) || evx_ascii_lower(c);
}

static inline int evx_ascii_alnum(unsigned char c)
{
    return evx_ascii_alpha(c) || evx_ascii_digit(c);
}

/* A control byte: below space, or DEL. */
static inline int evx_ascii_control(unsigned char c)
{
    return c < 0x20 || c == 0x7f;
}

/* Writes every control byte of s[0..n) as a space (a quoted line's LF, a
 * tab, an escape), so that a message quoting text prints as one line. */
static inline void evx_ascii_one_line(char *s, size_t n)
{
    for (size_t i = 0; s && i < n; i++)
        if (evx_ascii_control((unsigned char)s[i]))
            s[i] = ' ';
}

/* ASCII punctuation: what a Markdown escape ("\[") may stand before. */
static inline int evx_ascii_punct(unsigned char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
           (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

/* Space, tab, newline, carriage return, form feed, vertical tab. */
static inline int evx_ascii_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The number of digits s[*i..n) opens with (at most max), its value into
 * *v; *i moves past them. */
static inline size_t evx_ascii_digits_at(const char *s, size_t n, size_t *i,
                                         size_t max, int *v)
{
    size_t k = 0;
    *v = 0;
    while (*i < n && k < max && evx_ascii_digit((unsigned char)s[*i])) {
        *v = *v * 10 + (s[(*i)++] - '0');
        k++;
    }
    return k;
}

/* Whether s[0..n) is a page's number alone: 1 to 4 digits, nothing
 * else ("7" under a page's footnotes, "1" between two contents pages). */
static inline int evx_ascii_page_number(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && evx_ascii_digit((unsigned char)s[k]))
        k++;
    return k > 0 && k <= 4 && k == n;
}

/* The length of a front-matter page in lower-case Roman numerals that
 * ends s[0..n), after a dot, a blank or nothing ("Summary.......iii",
 * "Summary iii", "iii": 3): i, v and x, at most six; 0 if none.  A
 * contents list pages its summary so, before chapter 1's page 1. */
static inline size_t evx_ascii_roman_page(const char *s, size_t n)
{
    size_t k = n;
    while (k > 0 && n - k < 7 && (s[k - 1] == 'i' || s[k - 1] == 'v' || s[k - 1] == 'x'))
        k--;
    if (k == n || n - k > 6 || (k > 0 && s[k - 1] != '.' && s[k - 1] != ' '))
        return 0;
    return n - k;
}

/* Is s[0..n) a rule drawn in characters: a run of at least five "_",
 * "-" or "=" ("____________________", a PDF tool's line over a page's
 * footnotes; "---- -------", a converter's table border), spaces around
 * and between the runs? */
static inline int evx_ascii_rule_line(const char *s, size_t n)
{
    size_t drawn = 0;
    char c = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == ' ' || s[k] == '\t')
            continue;
        if ((s[k] != '_' && s[k] != '-' && s[k] != '=') || (c && s[k] != c))
            return 0;
        c = s[k];
        drawn++;
    }
    return drawn >= 5;
}

static inline unsigned char evx_ascii_tolower(unsigned char c)
{
    return evx_ascii_upper(c) ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* The value of a hexadecimal digit, or -1. */
static inline int evx_ascii_hexval(unsigned char c)
{
    if (evx_ascii_digit(c))
        return c - '0';
    c = evx_ascii_tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* len without the spaces and tabs at the end of s. */
static inline size_t evx_ascii_rtrim(const char *s, size_t len)
{
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    return len;
}

/* Number of words in s[0..len): runs of characters other than ASCII
 * white space. */
static inline size_t evx_ascii_words(const char *s, size_t len)
{
    size_t w = 0;
    for (size_t i = 0; i < len; i++)
        w += !evx_ascii_space((unsigned char)s[i]) &&
             (i == 0 || evx_ascii_space((unsigned char)s[i - 1]));
    return w;
}

#endif /* EVX_ASCII_H */
