/*
 * variants_markdown.c - a web edition's text as Pandoc writes it in
 * Markdown (variants.h): escapes, headings, quotation marks, footnotes as
 * Pandoc's own notes or as the web page's links, wrapped at a width; or in
 * Pandoc's plain output, markers raised.
 *
 * The text is read block by block (runs of non-blank lines): a block that
 * opens with "N." is a numbered paragraph, "N text" a footnote body, a
 * short block between others a heading, any other a quotation.  A number
 * glued to the end of a word after a letter or closing punctuation
 * ("2015.223") is a footnote marker when a footnote body of that number
 * exists.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "variants.h"

/* Blocks shorter than this, neither first nor last, are headings. */
#define HEADING_MAX 120

typedef struct md {
    evx_buf *out;
    int width;
    int html;      /* notes as the web page's links, blocks in divs */
    int plain;     /* Pandoc's plain output: no marks, raised markers */
    long *notes;   /* numbers of the footnote bodies */
    size_t n_notes;
} md;

typedef struct block {
    char *text; /* words joined by single spaces; malloc'd */
    size_t len;
} block;

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Columns of n bytes of UTF-8. */
static size_t columns(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t k = 0; k < n; k++)
        c += ((unsigned char)s[k] & 0xC0) != 0x80;
    return c;
}

/* Splits text into blocks, each joined into one line. */
static block *split_blocks(const char *s, size_t len, size_t *n)
{
    block *bs = NULL;
    size_t cap = 0, i = 0;

    *n = 0;
    while (i < len) {
        evx_buf b = EVX_BUF_INIT;
        int blank_run = 0;
        while (i < len) {
            size_t start = i;
            while (i < len && !is_ws(s[i]))
                i++;
            if (i > start) {
                if (b.len)
                    evx_buf_putc(&b, ' ');
                evx_buf_append(&b, s + start, i - start);
                blank_run = 0;
            }
            if (i < len && s[i] == '\n') {
                size_t k = i + 1;
                while (k < len && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
                    k++;
                if (k >= len || s[k] == '\n')
                    blank_run = 1;
            }
            if (i < len)
                i++;
            if (blank_run && b.len)
                break;
        }
        if (!b.len) {
            evx_buf_free(&b);
            continue;
        }
        if (*n == cap) {
            cap = cap ? cap * 2 : 64;
            block *nb = realloc(bs, cap * sizeof *bs);
            if (!nb) {
                evx_buf_free(&b);
                break;
            }
            bs = nb;
        }
        bs[*n].len = b.len;
        bs[(*n)++].text = evx_buf_detach(&b);
    }
    return bs;
}

/* "N." opening a block: N's length, else 0. */
static size_t para_number(const block *b)
{
    size_t k = 0;
    while (k < b->len && is_digit(b->text[k]))
        k++;
    return k && k < b->len && b->text[k] == '.' ? k : 0;
}

/* "N text" opening a block: N's length, else 0. */
static size_t note_number(const block *b)
{
    size_t k = 0;
    while (k < b->len && is_digit(b->text[k]))
        k++;
    return k && k < b->len && b->text[k] == ' ' ? k : 0;
}

static int has_note(const md *m, long n)
{
    for (size_t k = 0; k < m->n_notes; k++)
        if (m->notes[k] == n)
            return 1;
    return 0;
}

/* Does the word end in a footnote marker glued to it?  Its digits'
 * length, else 0. */
static size_t marker_at_end(const md *m, const char *w, size_t n)
{
    size_t d = 0;

    while (d < n && is_digit(w[n - 1 - d]))
        d++;
    if (!d || d == n || d > 4)
        return 0;
    unsigned char before = (unsigned char)w[n - d - 1];
    int glued = strchr(".,;:)", before) || (before >= 'a' && before <= 'z') ||
                before == 0x99 || before == 0x9D; /* ’ ” end in these */
    return glued && has_note(m, strtol(w + n - d, NULL, 10)) ? d : 0;
}

/* Appends a word's characters with Pandoc's escapes (none in plain). */
static void put_escaped(const md *m, evx_buf *b, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (!m->plain && w[k] && strchr("[]*_^~`<\\", w[k]))
            evx_buf_putc(b, '\\');
        evx_buf_putc(b, w[k]);
    }
}

/* Appends one word of body text: escaped, a glued marker made a note. */
static void put_body_word(const md *m, evx_buf *b, const char *w, size_t n)
{
    size_t d = marker_at_end(m, w, n);

    put_escaped(m, b, w, n - d);
    if (!d)
        return;
    if (m->plain) {
        /* superscript digits: 0 1 2 3 in Latin-1's block, the rest U+207x */
        static const char *const raised[] = {"\u2070", "\u00B9", "\u00B2",
                                             "\u00B3", "\u2074", "\u2075",
                                             "\u2076", "\u2077", "\u2078",
                                             "\u2079"};
        for (size_t k = n - d; k < n; k++)
            evx_buf_puts(b, raised[w[k] - '0']);
    } else if (m->html)
        evx_buf_printf(b, "^[%.*s](#footnote-%.*s)^", (int)d, w + n - d,
                       (int)d, w + n - d);
    else
        evx_buf_printf(b, "[^%.*s]", (int)d, w + n - d);
}

/* Wraps the words of `line` (already marked up) at m->width, its first
 * output line opened by `first`, the others by `rest`. */
static void put_wrapped(const md *m, const char *line, size_t len,
                        const char *first, const char *rest)
{
    size_t i = 0, col = 0;
    int lines = 0;

    while (i < len) {
        size_t start = i;
        while (i < len && line[i] != ' ')
            i++;
        size_t n = i - start;
        if (col && (int)(col + 1 + columns(line + start, n)) > m->width) {
            evx_buf_putc(m->out, '\n');
            col = 0;
        }
        if (col == 0) {
            const char *p = lines++ ? rest : first;
            evx_buf_puts(m->out, p);
            col = strlen(p);
        } else {
            evx_buf_putc(m->out, ' ');
            col++;
        }
        evx_buf_append(m->out, line + start, n);
        col += columns(line + start, n);
        while (i < len && line[i] == ' ')
            i++;
    }
    evx_buf_putc(m->out, '\n');
}

/* The body of b from byte `from`, marked up into `into`. */
static void mark_up(const md *m, evx_buf *into, const block *b, size_t from)
{
    size_t i = from;

    while (i < b->len && b->text[i] == ' ')
        i++;
    while (i < b->len) {
        size_t start = i;
        while (i < b->len && b->text[i] != ' ')
            i++;
        if (into->len)
            evx_buf_putc(into, ' ');
        put_body_word(m, into, b->text + start, i - start);
        while (i < b->len && b->text[i] == ' ')
            i++;
    }
}

static void put_paragraph(const md *m, const block *b, size_t digits)
{
    evx_buf line = EVX_BUF_INIT, body = EVX_BUF_INIT;
    const char *t = b->text;

    mark_up(m, &body, b, digits + 1);
    if (m->plain)
        evx_buf_printf(&line, "%.*s. %s", (int)digits, t, evx_buf_str(&body));
    else if (m->html)
        evx_buf_printf(&line, "[]{#para-%.*s}[%.*s.]{.ParaNumber}%s",
                       (int)digits, t, (int)digits, t, evx_buf_str(&body));
    else
        evx_buf_printf(&line, "%.*s\\. %s", (int)digits, t, evx_buf_str(&body));
    if (m->html)
        evx_buf_puts(m->out, "::: {.ParaContent}\n");
    put_wrapped(m, evx_buf_str(&line), line.len, "", "");
    if (m->html)
        evx_buf_puts(m->out, ":::\n");
    evx_buf_free(&line);
    evx_buf_free(&body);
}

static void put_note(const md *m, const block *b, size_t digits)
{
    evx_buf line = EVX_BUF_INIT, body = EVX_BUF_INIT;
    const char *t = b->text;

    mark_up(m, &body, b, digits + 1);
    if (m->plain) {
        evx_buf_printf(&line, "%.*s %s", (int)digits, t, evx_buf_str(&body));
        put_wrapped(m, evx_buf_str(&line), line.len, "", "");
    } else if (m->html) {
        evx_buf_printf(&line, "[%.*s](#footnote-%.*s-backlink){#footnote-%.*s}"
                       " %s", (int)digits, t, (int)digits, t, (int)digits, t,
                       evx_buf_str(&body));
        evx_buf_puts(m->out, "::: {.FootnoteText}\n");
        put_wrapped(m, evx_buf_str(&line), line.len, "", "");
        evx_buf_puts(m->out, ":::\n");
    } else {
        evx_buf_printf(&line, "[^%.*s]: %s", (int)digits, t,
                       evx_buf_str(&body));
        put_wrapped(m, evx_buf_str(&line), line.len, "", "    ");
    }
    evx_buf_free(&line);
    evx_buf_free(&body);
}

/* A block neither numbered nor a note: the first and last plain (a page's
 * title and date), a short one a heading, a long one a quotation after a
 * lead-in (the block before ends with ':'), else a paragraph's words
 * after its list, as the page's HTML has them. */
static void put_other(const md *m, const block *b, size_t k, size_t n,
                      const block *prev)
{
    evx_buf body = EVX_BUF_INIT;
    int plain = k == 0 || k + 1 == n, heading = b->len < HEADING_MAX;
    if (!heading && prev && prev->len && prev->text[prev->len - 1] != ':')
        plain = 1;

    mark_up(m, &body, b, 0);
    if (plain || m->plain)
        put_wrapped(m, evx_buf_str(&body), body.len, "", "");
    else if (heading && m->html)
        evx_buf_printf(m->out, "### %s {#section-%zu}\n", evx_buf_str(&body), k);
    else if (heading)
        evx_buf_printf(m->out, "## %s\n", evx_buf_str(&body));
    else
        put_wrapped(m, evx_buf_str(&body), body.len, "> ", "> ");
    evx_buf_free(&body);
}

static char *markdown(const char *text, size_t len, int width, int html,
                      int plain)
{
    evx_buf out = EVX_BUF_INIT;
    size_t n = 0;
    block *bs = split_blocks(text, len, &n);
    md m = {&out, width, html, plain, calloc(n + 1, sizeof(long)), 0};

    if (!m.notes) {
        for (size_t k = 0; k < n; k++)
            free(bs[k].text);
        free(bs);
        return NULL;
    }
    for (size_t k = 0; k < n; k++)
        if (!para_number(&bs[k]) && note_number(&bs[k]))
            m.notes[m.n_notes++] = strtol(bs[k].text, NULL, 10);
    for (size_t k = 0; k < n; k++) {
        size_t d;
        if (k)
            evx_buf_putc(&out, '\n');
        if ((d = para_number(&bs[k])))
            put_paragraph(&m, &bs[k], d);
        else if ((d = note_number(&bs[k])))
            put_note(&m, &bs[k], d);
        else
            put_other(&m, &bs[k], k, n, k ? &bs[k - 1] : NULL);
    }
    for (size_t k = 0; k < n; k++)
        free(bs[k].text); /* after: a block looks at the one before it */
    free(bs);
    free(m.notes);
    if (evx_buf_status(&out)) {
        evx_buf_free(&out);
        return NULL;
    }
    return evx_buf_detach(&out);
}

char *evx_variant_markdown(const char *text, size_t len, int width)
{
    return markdown(text, len, width, 0, 0);
}

char *evx_variant_markdown_html(const char *text, size_t len, int width)
{
    return markdown(text, len, width, 1, 0);
}

char *evx_variant_plain_raised(const char *text, size_t len, int width)
{
    return markdown(text, len, width, 0, 1);
}
