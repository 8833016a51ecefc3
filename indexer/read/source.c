/*
 * source.c - load a corpus file, make it UTF-8, repair it, index its lines.
 *
 * Four linear passes: decode.c sniffs the encoding (a UTF-8 BOM is
 * skipped; UTF-16 and Windows-1252 are converted whole, with one note);
 * clean() repairs line ends, NULs and stray invalid UTF-8 (runs of good
 * bytes are copied whole); charnorm.c gives spaces, soft hyphens, form
 * feeds, Pandoc escapes and straight quotes one spelling; a last pass
 * records where each line starts.  None of them adds or removes a line, so
 * a 50 MB file with no line breaks costs no more than any other.
 */
#include "source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "browser_dump.h"
#include "buf.h"
#include "charnorm.h"
#include "decode.h"
#include "markdown.h"
#include "pagejoin.h"
#include "utf8.h"

#define SNIFF_BYTES (64 * 1024)

struct evx_text {
    char *name;
    char *data;     /* cleaned, NUL-terminated */
    size_t len;
    size_t *starts; /* offset of each line's first byte */
    size_t n_lines;
    size_t *page_breaks; /* ascending line numbers a form feed starts */
    size_t n_page_breaks;
    size_t *mid_breaks;  /* ascending offsets of the spaces that form feeds
                            in mid-line became (charnorm.h) */
    size_t n_mid_breaks;
    /* a copy split where pages start in mid-line (evx_text_split_pages):
     * the lines those pages begin, ascending, and the byte each begins
     * at in the file's line it was part of (0-based) */
    size_t *split_lines, *split_at;
    size_t n_splits;
    /* where data's columns came from in the file (evx_text_file_col) */
    evx_offmap map;  /* data's offsets back to the repaired text's */
    char *repaired;  /* that text, kept when its characters are the file's
                        bytes one for one (Windows-1252) and data differs */
    int single_byte; /* the file is Windows-1252: a character a byte */
    size_t damaged;  /* lines with invalid UTF-8 or NULs replaced */
    int marked;      /* its marks were removed (Markdown): columns moved */
};

void evx_text_free(evx_text *t)
{
    if (!t)
        return;
    free(t->name);
    free(t->data);
    free(t->starts);
    free(t->page_breaks);
    free(t->mid_breaks);
    free(t->split_lines);
    free(t->split_at);
    evx_offmap_free(&t->map);
    free(t->repaired);
    free(t);
}

/* A control byte that has no business in text (tab, LF, CR, FF are text;
 * pdftotext uses FF between pages). */
static int is_binary_byte(unsigned char c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

/* Judges the first 64 KiB: >10% NUL/control bytes or >30% bytes that are
 * not part of valid UTF-8 means the file is not text. */
static int looks_binary(const char *s, size_t len)
{
    size_t window = len < SNIFF_BYTES ? len : SNIFF_BYTES;
    size_t i = 0, ctrl = 0, bad = 0;

    while (i < window) {
        size_t n = evx_utf8_seqlen(s + i, len - i);
        if (n == 0) {
            bad++;
            n = 1;
        } else if (is_binary_byte((unsigned char)s[i])) {
            ctrl++;
        }
        i += n;
    }
    return ctrl * 10 > window || bad * 10 > window * 3;
}

enum { DAMAGE_UTF8 = 1, DAMAGE_NUL = 2 };

/* Warns of line's damage; 1 if it had any. */
static int report_line(evx_diag *diag, const char *name, long line,
                       int damage)
{
    if (damage == (DAMAGE_UTF8 | DAMAGE_NUL))
        evx_diag_add(diag, EVX_DIAG_WARNING, name, line,
                     "invalid UTF-8 replaced; NUL byte replaced");
    else if (damage == DAMAGE_UTF8)
        evx_diag_add(diag, EVX_DIAG_WARNING, name, line,
                     "invalid UTF-8 replaced");
    else if (damage == DAMAGE_NUL)
        evx_diag_add(diag, EVX_DIAG_WARNING, name, line,
                     "NUL byte replaced");
    return damage != 0;
}

/* Copies s into out with line ends, NULs and invalid UTF-8 repaired,
 * warning once per damaged line; the damaged lines' count. */
static size_t clean(evx_buf *out, const char *s, size_t len, const char *name,
                    evx_diag *diag)
{
    size_t i = 0, run = 0, damaged = 0; /* run: first byte not yet copied */
    long line = 1;
    int damage = 0;

    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        size_t n;

        if (c >= 0x20 && c < 0x80) {
            i++;
            continue;
        }
        if (c == '\n') {
            damaged += (size_t)report_line(diag, name, line++, damage);
            damage = 0;
            i++;
            continue;
        }
        if (c >= 0x80 && (n = evx_utf8_seqlen(s + i, len - i)) > 0) {
            i += n;
            continue;
        }
        if (c != '\r' && c != 0 && c < 0x80) {
            i++; /* other control bytes are kept as they are */
            continue;
        }
        evx_buf_append(out, s + run, i - run);
        if (c == '\r') {
            /* CRLF: drop the CR and let the LF end the line; lone CR: it
             * is the line end. */
            if (i + 1 < len && s[i + 1] == '\n') {
                run = ++i;
                continue;
            }
            evx_buf_putc(out, '\n');
            damaged += (size_t)report_line(diag, name, line++, damage);
            damage = 0;
        } else if (c == 0) {
            evx_buf_putc(out, ' ');
            damage |= DAMAGE_NUL;
        } else {
            evx_buf_puts(out, EVX_UTF8_REPLACEMENT);
            damage |= DAMAGE_UTF8;
        }
        run = ++i;
    }
    evx_buf_append(out, s + run, i - run);
    return damaged + (size_t)report_line(diag, name, line, damage);
}

/* Records the start of every line of t->data. */
static evx_status index_lines(evx_text *t)
{
    size_t i, n = 0, k = 0;
    const char *p;

    for (p = t->data; (p = memchr(p, '\n', t->len - (size_t)(p - t->data)));
         p++)
        n++;
    if (t->len > 0 && t->data[t->len - 1] != '\n')
        n++; /* a final line without LF */
    t->starts = malloc((n ? n : 1) * sizeof *t->starts);
    if (!t->starts)
        return EVX_NOMEM;
    if (n)
        t->starts[k++] = 0;
    for (i = 0; i < t->len && k < n; i++)
        if (t->data[i] == '\n')
            t->starts[k++] = i + 1;
    t->n_lines = n;
    return EVX_OK;
}

/* Converts *data (*len bytes, in enc) into store and points *data and
 * *len at the result. */
static evx_status convert(evx_buf *store, evx_encoding enc,
                          const char **data, size_t *len, size_t *replaced)
{
    evx_status st = evx_decode_to_utf8(store, enc, *data, *len, replaced);

    *data = evx_buf_str(store);
    *len = store->len;
    return st;
}

/* Points *data and *len at the file as UTF-8: the BOM skipped, UTF-16 or
 * Windows-1252 converted into store (one note saying so), an empty or
 * binary file refused with EVX_PARSE and an error in diag. */
static evx_status to_utf8(evx_buf *store, const char **data, size_t *len,
                          const char *name, evx_diag *diag, evx_encoding *was)
{
    size_t bom = 0, replaced = 0;
    evx_encoding enc = *len ? evx_decode_sniff(*data, *len, &bom)
                            : EVX_ENC_UTF8;
    *was = enc;
    evx_status st = EVX_OK;

    *data += bom;
    *len -= bom;
    if (*len == 0) {
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0, "empty file");
        return EVX_PARSE;
    }
    /* UTF-16 is all NULs to the binary test, so it is converted first. */
    if (enc == EVX_ENC_UTF16LE || enc == EVX_ENC_UTF16BE)
        st = convert(store, enc, data, len, &replaced);
    if (!st && looks_binary(*data, *len)) {
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0, "binary file, not text");
        return EVX_PARSE;
    }
    if (!st && enc == EVX_ENC_CP1252)
        st = convert(store, enc, data, len, &replaced);
    if (st == EVX_BACKEND) {
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     "%s text, and this system's iconv cannot convert it",
                     evx_decode_name(enc));
        return EVX_PARSE;
    }
    if (!st && enc != EVX_ENC_UTF8)
        evx_diag_add(diag, EVX_DIAG_NOTE, name, 0, "converted from %s",
                     evx_decode_name(enc));
    if (!st && replaced)
        evx_diag_add(diag, EVX_DIAG_WARNING, name, 0,
                     "%zu invalid %s units replaced", replaced,
                     evx_decode_name(enc));
    return st;
}

/* Gives t its normalised text (charnorm.h) from the repaired bytes s. */
static evx_status normalise(evx_text *t, const char *s, size_t len,
                            evx_diag *diag)
{
    evx_buf norm = EVX_BUF_INIT;
    evx_charnorm res = EVX_CHARNORM_INIT;
    evx_status st = evx_charnorm_run(&res, &norm, s, len);

    t->page_breaks = res.page_breaks;
    t->n_page_breaks = res.n_page_breaks;
    t->mid_breaks = res.mid_breaks;
    t->n_mid_breaks = res.n_mid_breaks;
    t->map = res.map;
    t->len = norm.len;
    t->data = st ? NULL : evx_buf_detach(&norm);
    evx_buf_free(&norm);
    if (!t->data)
        return EVX_NOMEM;
    if (res.quotes_curled)
        evx_diag_add(diag, EVX_DIAG_NOTE, t->name, 0,
                     "%zu straight quotes made curly", res.quotes_curled);
    return EVX_OK;
}

/* A file written as Markdown (markdown.h), or dumped by a text browser
 * (browser_dump.h), gets its marks removed, in place of clean_buf's
 * text, with one note saying so. */
static evx_status read_marked_up(evx_buf *clean_buf, const char *name,
                                 evx_diag *diag)
{
    evx_buf plain = EVX_BUF_INIT;
    size_t marks = 0;
    evx_status st;
    const char *as;

    if (evx_markdown_detect(clean_buf->data, clean_buf->len)) {
        as = "Markdown";
        st = evx_markdown_strip(&plain, clean_buf->data, clean_buf->len, &marks);
    } else if (evx_browser_dump_detect(clean_buf->data, clean_buf->len)) {
        as = "a text browser's dump";
        st = evx_browser_dump_strip(&plain, clean_buf->data, clean_buf->len,
                                    &marks);
    } else {
        return EVX_OK;
    }
    if (st) {
        evx_buf_free(&plain);
        return st;
    }
    evx_buf_free(clean_buf);
    *clean_buf = plain;
    evx_diag_add(diag, EVX_DIAG_NOTE, name, 0, "read as %s: %zu marks removed",
                 as, marks);
    return EVX_OK;
}

/* How a file is loaded: the name messages give it, and whether its
 * characters get one spelling (report text) or stay as written (data). */
typedef struct load_opts {
    const char *name;
    evx_diag *diag;
    int spelling;
} load_opts;

/* Gives t the repaired bytes in clean_buf as they are. */
static evx_status keep_as_written(evx_text *t, evx_buf *clean_buf)
{
    t->len = clean_buf->len;
    t->data = evx_buf_detach(clean_buf);
    return t->data ? EVX_OK : EVX_NOMEM;
}

/* Gives t's map (data's offsets back to the repaired text's) the n
 * spaces put before old offsets at[0..n): each maps where the byte after
 * it came from. */
static evx_status map_spaces(evx_text *t, const size_t *at, size_t n)
{
    evx_offmap m = EVX_OFFMAP_INIT;
    evx_status st = EVX_OK;
    size_t j = 0;

    for (size_t k = 0; k <= n && !st; k++) {
        size_t to = k < n ? at[k] : (size_t)-1;
        for (; j < t->map.n && t->map.out[j] < to && !st; j++)
            st = evx_offmap_add(&m, t->map.out[j] + k, t->map.in[j]);
        if (k < n && !st) {
            size_t from = evx_offmap_back(&t->map, at[k]);
            st = evx_offmap_add(&m, at[k] + k, from);
            if (!st)
                st = evx_offmap_add(&m, at[k] + k + 1, from);
        }
    }
    if (st) {
        evx_offmap_free(&m);
        return st;
    }
    evx_offmap_free(&t->map);
    t->map = m;
    return EVX_OK;
}

/* Pages joined with nothing between them (pagejoin.h): a space goes
 * where each page starts, recorded as a form feed in mid-line is, with
 * one note saying so.  Only a text with no form feed is searched. */
static evx_status join_pages(evx_text *t, evx_diag *diag)
{
    size_t *at = NULL, n = 0;
    evx_buf b = EVX_BUF_INIT;
    evx_status st;

    if (t->n_page_breaks || t->n_mid_breaks)
        return EVX_OK;
    st = evx_pagejoin_find(t->data, t->len, &at, &n);
    if (st || !n)
        return st;
    if (t->single_byte && !t->repaired &&
        !(t->repaired = evx_strndup(t->data, t->len)))
        st = EVX_NOMEM;
    for (size_t k = 0, from = 0; k <= n && !st; k++) {
        size_t to = k < n ? at[k] : t->len;
        evx_buf_append(&b, t->data + from, to - from);
        if (k < n)
            evx_buf_putc(&b, ' ');
        from = to;
    }
    if (!st)
        st = evx_buf_status(&b);
    if (!st)
        st = map_spaces(t, at, n);
    if (st) {
        evx_buf_free(&b);
        free(at);
        return st;
    }
    for (size_t k = 0; k < n; k++)
        at[k] += k; /* the space's own offset */
    free(t->data);
    t->len = b.len;
    t->data = evx_buf_detach(&b);
    t->mid_breaks = at;
    t->n_mid_breaks = n;
    evx_diag_add(diag, EVX_DIAG_NOTE, t->name, 0,
                 "%zu pages start in mid-line, glued to the page before "
                 "with nothing between them (found by their running "
                 "furniture)", n);
    return t->data ? EVX_OK : EVX_NOMEM;
}

/* Builds the text from raw bytes that stay the caller's. */
static evx_status build(evx_text **out, const char *data, size_t len,
                        const load_opts *o)
{
    evx_buf decoded = EVX_BUF_INIT, clean_buf = EVX_BUF_INIT;
    evx_text *t = NULL;
    evx_encoding enc = EVX_ENC_UTF8;
    evx_status st = to_utf8(&decoded, &data, &len, o->name, o->diag, &enc);

    if (st)
        goto done;
    st = EVX_NOMEM;
    t = calloc(1, sizeof *t);
    if (!t)
        goto done;
    t->name = evx_strdup(o->name ? o->name : "");
    t->damaged = clean(&clean_buf, data, len, o->name, o->diag);
    evx_buf_free(&decoded);
    if (!t->name || evx_buf_status(&clean_buf))
        goto done;
    t->single_byte = enc == EVX_ENC_CP1252;
    size_t before = clean_buf.len;
    if (o->spelling && read_marked_up(&clean_buf, t->name, o->diag))
        goto done;
    t->marked = clean_buf.len != before;
    if (o->spelling && evx_charnorm_needed(clean_buf.data, clean_buf.len)) {
        st = normalise(t, clean_buf.data, clean_buf.len, o->diag);
        if (!st && t->single_byte && !(t->repaired = evx_buf_detach(&clean_buf)))
            st = EVX_NOMEM;
    } else {
        st = keep_as_written(t, &clean_buf);
    }
    if (!st && o->spelling)
        st = join_pages(t, o->diag);
    if (!st)
        st = index_lines(t);
    if (st)
        goto done;
    *out = t;
    t = NULL;
done:
    evx_buf_free(&decoded);
    evx_buf_free(&clean_buf);
    evx_text_free(t);
    return st;
}

evx_status evx_text_from_memory(evx_text **out, const char *name,
                                const char *data, size_t len, evx_diag *diag)
{
    load_opts o = {name, diag, 1};

    *out = NULL;
    if (!data && len)
        return EVX_INVALID;
    return build(out, data, len, &o);
}

evx_status evx_text_from_loaded(evx_text **out, const char *name,
                                const char *data, size_t len)
{
    evx_text *t = calloc(1, sizeof *t);
    evx_status st = EVX_NOMEM;

    *out = NULL;
    if (!t)
        return EVX_NOMEM;
    t->name = evx_strdup(name ? name : "");
    t->data = evx_strndup(data ? data : "", len);
    t->len = len;
    if (t->name && t->data)
        st = index_lines(t);
    if (st)
        evx_text_free(t);
    else
        *out = t;
    return st;
}

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Does t hold two blanks in a row after a line's first character? */
static int has_inner_run(const evx_text *t)
{
    int in_text = 0;
    for (size_t i = 0; i + 1 < t->len; i++) {
        char c = t->data[i];
        if (c == '\n')
            in_text = 0;
        else if (!blank(c))
            in_text = 1;
        else if (in_text && blank(t->data[i + 1]))
            return 1;
    }
    return 0;
}

/* Gives c the page breaks of t, but those on lines first..last. */
static evx_status copy_page_breaks(evx_text *c, const evx_text *t,
                                   size_t first, size_t last)
{
    if (!t->n_page_breaks)
        return EVX_OK;
    c->page_breaks = malloc(t->n_page_breaks * sizeof *c->page_breaks);
    if (!c->page_breaks)
        return EVX_NOMEM;
    for (size_t i = 0; i < t->n_page_breaks; i++)
        if (t->page_breaks[i] < first || t->page_breaks[i] > last)
            c->page_breaks[c->n_page_breaks++] = t->page_breaks[i];
    return EVX_OK;
}

/* Offsets where a copy's pages start in mid-line, as the copy is made. */
typedef struct mids {
    size_t *v, n;
} mids;

/* Room for t's mid-line page starts in m: EVX_OK or EVX_NOMEM. */
static evx_status mids_room(mids *m, const evx_text *t)
{
    m->n = 0;
    m->v = t->n_mid_breaks ? malloc(t->n_mid_breaks * sizeof *m->v) : NULL;
    return t->n_mid_breaks && !m->v ? EVX_NOMEM : EVX_OK;
}

/* *out: a text named as t holding b's bytes (taken), its page breaks
 * t's but those on lines first..last, its mid-line page starts m's
 * (taken); b and m are freed either way. */
static evx_status copy_of(evx_text **out, const evx_text *t, evx_buf *b,
                          size_t first, size_t last, mids *m)
{
    evx_text *c = NULL;
    evx_status st = evx_buf_status(b);
    if (!st && !(c = calloc(1, sizeof *c)))
        st = EVX_NOMEM;
    if (c) {
        c->mid_breaks = m->v;
        c->n_mid_breaks = m->n;
    } else {
        free(m->v);
    }
    m->v = NULL;
    if (!st) {
        c->name = evx_strdup(t->name);
        c->len = b->len;
        c->data = evx_buf_detach(b);
        st = c->name && c->data ? copy_page_breaks(c, t, first, last)
                                : EVX_NOMEM;
    }
    if (!st)
        st = index_lines(c);
    evx_buf_free(b);
    if (st)
        evx_text_free(c);
    else
        *out = c;
    return st;
}

evx_status evx_text_single_spaced(const evx_text *t, evx_text **out)
{
    evx_buf b = EVX_BUF_INIT;
    int in_text = 0;
    mids m;

    if (!t || !out)
        return EVX_INVALID;
    *out = NULL;
    if (!has_inner_run(t))
        return EVX_OK;
    if (mids_room(&m, t))
        return EVX_NOMEM;
    for (size_t i = 0; i < t->len; i++) {
        char ch = t->data[i];
        in_text = ch == '\n' ? 0 : in_text || !blank(ch);
        if (in_text && blank(ch) && (blank(t->data[i + 1]) ||
                                     (i > 0 && blank(t->data[i - 1]))))
            ch = ' ';
        int kept = !(in_text && blank(ch) && i > 0 && blank(t->data[i - 1]));
        if (m.n < t->n_mid_breaks && t->mid_breaks[m.n] == i)
            m.v[m.n++] = kept ? b.len : b.len - 1; /* else the run's space */
        if (kept)
            evx_buf_putc(&b, ch);
    }
    return copy_of(out, t, &b, 1, 0, &m);
}

evx_status evx_text_blank_lines(const evx_text *t, size_t first, size_t last,
                                evx_text **out)
{
    evx_buf b = EVX_BUF_INIT;
    size_t k = 0;
    mids m;

    if (!t || !out || first < 1 || last < first)
        return EVX_INVALID;
    *out = NULL;
    if (mids_room(&m, t))
        return EVX_NOMEM;
    for (size_t l = 1; l <= t->n_lines; l++) {
        size_t n;
        const char *s = evx_text_line(t, l, &n);
        size_t from = (size_t)(s - t->data);
        for (; k < t->n_mid_breaks && t->mid_breaks[k] < from + n; k++)
            if (l < first || l > last)
                m.v[m.n++] = b.len + (t->mid_breaks[k] - from);
        if (l < first || l > last)
            evx_buf_append(&b, s, n);
        if (l < t->n_lines || t->data[t->len - 1] == '\n')
            evx_buf_putc(&b, '\n');
    }
    return copy_of(out, t, &b, first, last, &m);
}

size_t evx_text_last_line(const evx_text *t)
{
    for (size_t l = t ? t->n_lines : 0; l > 0; l--) {
        size_t n;
        const char *s = evx_text_line(t, l, &n);
        for (size_t i = 0; i < n; i++)
            if (!blank(s[i]))
                return l;
    }
    return 0;
}

/* Reads f into b, up to EVX_TEXT_MAX_BYTES and one more: EVX_PARSE (and
 * the error in diag) for a longer file. */
static evx_status slurp(evx_buf *b, FILE *f, const load_opts *o)
{
    char chunk[65536];
    size_t n;

    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        evx_buf_append(b, chunk, n);
        if (b->len > EVX_TEXT_MAX_BYTES) {
            evx_diag_add(o->diag, EVX_DIAG_ERROR, o->name, 0,
                         "more than %zu MB: larger than any report's text "
                         "(a report with its evidence is a few MB), so not "
                         "read; is it the right file?",
                         EVX_TEXT_MAX_BYTES >> 20);
            return EVX_PARSE;
        }
    }
    if (ferror(f))
        return EVX_IO;
    return evx_buf_status(b);
}

static evx_status load_file(evx_text **out, const char *path,
                            const load_opts *o)
{
    evx_buf raw = EVX_BUF_INIT;
    evx_status st;
    FILE *f;

    *out = NULL;
    f = fopen(path, "rb");
    if (!f)
        return errno == ENOENT || errno == ENOTDIR ? EVX_NOT_FOUND : EVX_IO;
    st = slurp(&raw, f, o);
    fclose(f);
    if (!st)
        st = build(out, raw.data, raw.len, o);
    evx_buf_free(&raw);
    return st;
}

evx_status evx_text_load(evx_text **out, const char *path, const char *name,
                         evx_diag *diag)
{
    load_opts o = {name ? name : path, diag, 1};

    return load_file(out, path, &o);
}

evx_status evx_text_load_data(evx_text **out, const char *path,
                              const char *name, evx_diag *diag)
{
    load_opts o = {name ? name : path, diag, 0};

    return load_file(out, path, &o);
}

size_t evx_text_damaged(const evx_text *t)
{
    return t->damaged;
}

const char *evx_text_name(const evx_text *t)
{
    return t->name;
}

size_t evx_text_lines(const evx_text *t)
{
    return t ? t->n_lines : 0;
}

const char *evx_text_line(const evx_text *t, size_t lineno, size_t *len)
{
    size_t start, end;

    if (!t || lineno == 0 || lineno > t->n_lines) {
        if (len)
            *len = 0;
        return NULL;
    }
    start = t->starts[lineno - 1];
    end = lineno < t->n_lines ? t->starts[lineno] - 1 : t->len;
    if (end > start && t->data[end - 1] == '\n')
        end--; /* the last line's own LF */
    if (len)
        *len = end - start;
    return t->data + start;
}

/* The index of the first of v[0..n) (ascending) that is x or more. */
static size_t lower_bound(const size_t *v, size_t n, size_t x)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The line (1-based) that holds byte off of t's data. */
static size_t line_at(const evx_text *t, size_t off)
{
    return lower_bound(t->starts, t->n_lines, off + 1);
}

int evx_text_page_break(const evx_text *t, size_t lineno)
{
    if (!t || lineno == 0)
        return 0;
    size_t k = lower_bound(t->page_breaks, t->n_page_breaks, lineno);
    if (k < t->n_page_breaks && t->page_breaks[k] == lineno)
        return 1;
    if (lineno > t->n_lines || !t->n_mid_breaks)
        return 0;
    size_t to = lineno < t->n_lines ? t->starts[lineno] : t->len;
    k = lower_bound(t->mid_breaks, t->n_mid_breaks, t->starts[lineno - 1]);
    return k < t->n_mid_breaks && t->mid_breaks[k] < to;
}

/* Gives c, made from t by ending a line at each of t's mid-line page
 * starts, its page breaks (t's, on the lines they moved to, and the lines
 * those page starts begin, in order) and where each such line was in t. */
static void split_page_breaks(evx_text *c, const evx_text *t)
{
    size_t i = 0, j = 0, added = t->n_mid_breaks;

    while (i < t->n_page_breaks || j < t->n_mid_breaks) {
        size_t a = (size_t)-1, b = (size_t)-1, l;
        if (i < t->n_page_breaks) {
            l = t->page_breaks[i];
            a = l <= t->n_lines ? line_at(c, t->starts[l - 1]) : l + added;
        }
        if (j < t->n_mid_breaks) {
            size_t off = t->mid_breaks[j] + 1;
            b = line_at(c, off);
            c->split_lines[j] = b;
            c->split_at[j] = off - t->starts[line_at(t, off) - 1];
        }
        l = a < b ? a : b;
        i += a == l;
        j += b == l;
        c->page_breaks[c->n_page_breaks++] = l;
    }
    c->n_splits = t->n_mid_breaks;
}

evx_status evx_text_split_pages(const evx_text *t, evx_text **out)
{
    if (!t || !out)
        return EVX_INVALID;
    *out = NULL;
    if (!t->n_mid_breaks)
        return EVX_OK;
    evx_text *c = calloc(1, sizeof *c);
    if (!c)
        return EVX_NOMEM;
    size_t n = t->n_mid_breaks;
    c->name = evx_strdup(t->name);
    c->data = evx_strndup(t->data, t->len);
    c->len = t->len;
    c->page_breaks = malloc((t->n_page_breaks + n) * sizeof *c->page_breaks);
    c->split_lines = malloc(n * sizeof *c->split_lines);
    c->split_at = malloc(n * sizeof *c->split_at);
    evx_status st = c->name && c->data && c->page_breaks && c->split_lines &&
                            c->split_at
                        ? EVX_OK
                        : EVX_NOMEM;
    for (size_t k = 0; !st && k < n; k++)
        c->data[t->mid_breaks[k]] = '\n';
    if (!st)
        st = index_lines(c);
    if (!st)
        split_page_breaks(c, t);
    if (st)
        evx_text_free(c);
    else
        *out = c;
    return st;
}

void evx_text_split_where(const evx_text *t, long lineno, long col,
                          long *file_line, long *file_col)
{
    *file_line = lineno;
    *file_col = col;
    if (!t || !t->n_splits || lineno < 1 || (size_t)lineno > t->n_lines)
        return;
    size_t l = (size_t)lineno, k = lower_bound(t->split_lines, t->n_splits, l);
    size_t at = k < t->n_splits && t->split_lines[k] == l ? t->split_at[k] : 0;
    *file_line = lineno - (long)(k + (at > 0));
    if (col > 0) {
        *file_col = col + (long)at;
    } else if (k + (at > 0) < t->n_splits && t->split_lines[k + (at > 0)] == l + 1) {
        size_t len; /* the file's line goes on past this one's end */
        evx_text_line(t, l, &len);
        *file_col = (long)(at + len);
    }
}

const char *evx_text_data(const evx_text *t, size_t *len)
{
    if (len)
        *len = t ? t->len : 0;
    return t ? t->data : NULL;
}

long evx_text_file_col(const evx_text *t, size_t lineno, long col)
{
    if (!t || lineno == 0 || lineno > t->n_lines || col < 1 || t->marked)
        return col;
    size_t s = t->starts[lineno - 1], o = s + (size_t)(col - 1);
    if (o > t->len)
        return col;
    s = evx_offmap_back(&t->map, s);
    o = evx_offmap_back(&t->map, o);
    if (!t->single_byte)
        return (long)(o - s) + 1;
    /* a character a byte in the file: count the characters before */
    const char *r = t->repaired ? t->repaired : t->data;
    long chars = 0;
    for (size_t i = s; i < o; i++)
        chars += ((unsigned char)r[i] & 0xC0) != 0x80;
    return chars + 1;
}
