/*
 * pdf_clean.c - joining PDF-dump lines into clean text; see pdf_clean.h.
 */
#include "pdf_clean.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "marks.h"

/* ---- word set: open addressing over an arena of lower-cased words ---- */

typedef struct slot {
    size_t off; /* into arena; len 0 = empty slot */
    size_t len;
    uint32_t hash;
} slot;

struct pdf_wordset {
    evx_buf arena;
    slot *slots;
    size_t cap; /* power of two */
    size_t used;
};

static uint32_t hash_fold(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= evx_ascii_tolower((unsigned char)s[i]);
        h *= 16777619u;
    }
    return h;
}

static int eq_fold(const char *a, const char *b, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (evx_ascii_tolower((unsigned char)a[i]) != evx_ascii_tolower((unsigned char)b[i]))
            return 0;
    return 1;
}

static slot *find_slot(const pdf_wordset *w, const char *s, size_t len,
                       uint32_t h)
{
    size_t mask = w->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        slot *sl = &w->slots[i];
        if (sl->len == 0)
            return sl;
        if (sl->hash == h && sl->len == len &&
            eq_fold(w->arena.data + sl->off, s, len))
            return sl;
    }
}

static evx_status grow(pdf_wordset *w)
{
    size_t ncap = w->cap ? w->cap * 2 : 1024;
    slot *ns = calloc(ncap, sizeof *ns);
    if (!ns)
        return EVX_NOMEM;
    slot *old = w->slots;
    size_t ocap = w->cap;
    w->slots = ns;
    w->cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
        if (old[i].len == 0)
            continue;
        *find_slot(w, w->arena.data + old[i].off, old[i].len, old[i].hash) =
            old[i];
    }
    free(old);
    return EVX_OK;
}

static evx_status add_str(pdf_wordset *w, const char *s, size_t len)
{
    if (len == 0 || len > 1024)
        return EVX_OK;
    if ((w->used + 1) * 2 > w->cap && grow(w))
        return EVX_NOMEM;
    uint32_t h = hash_fold(s, len);
    slot *sl = find_slot(w, s, len, h);
    if (sl->len)
        return EVX_OK;
    sl->off = w->arena.len;
    sl->len = len;
    sl->hash = h;
    for (size_t i = 0; i < len; i++)
        evx_buf_putc(&w->arena, (char)evx_ascii_tolower((unsigned char)s[i]));
    w->used++;
    return evx_buf_status(&w->arena);
}

static evx_status add_word(pdf_wordset *w, const char *s, size_t len)
{
    return len > 64 ? EVX_OK : add_str(w, s, len);
}

evx_status pdf_wordset_add(pdf_wordset *w, const char *s, size_t len)
{
    return add_str(w, s, len);
}

evx_status pdf_wordset_new(pdf_wordset **out)
{
    *out = NULL;
    pdf_wordset *w = calloc(1, sizeof *w);
    if (!w || grow(w)) {
        free(w);
        return EVX_NOMEM;
    }
    *out = w;
    return EVX_OK;
}

int pdf_wordset_has(const pdf_wordset *w, const char *s, size_t len)
{
    if (!w || !w->cap || len == 0)
        return 0;
    return find_slot(w, s, len, hash_fold(s, len))->len != 0;
}

/* Length of s without trailing blanks. */
static size_t rtrim_len(const char *s, size_t len)
{
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    return len;
}

static int ends_with_soft_hyphen(const char *s, size_t len)
{
    len = rtrim_len(s, len);
    return len >= 2 && s[len - 1] == '-' && evx_ascii_alpha((unsigned char)s[len - 2]);
}

/* Adds the words and hyphenated forms of one line; skip_first drops the
 * first word (a possible fragment after a line-end hyphen), and the word
 * before a line-end hyphen is dropped too (a fragment: "integ-"). */
static evx_status add_line_words(pdf_wordset *w, const char *s, size_t len,
                                 int skip_first)
{
    size_t i = 0, end = rtrim_len(s, len);
    int first = 1;
    while (i < len) {
        if (!evx_ascii_alpha((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t start = i, parts = 0;
        for (;;) {
            size_t ws = i;
            while (i < len && evx_ascii_alpha((unsigned char)s[i]))
                i++;
            int fragment = (skip_first && first && parts == 0) ||
                           (i + 1 == end && s[i] == '-');
            if (!fragment && add_word(w, s + ws, i - ws))
                return EVX_NOMEM;
            parts++;
            if (i + 1 < len && s[i] == '-' && evx_ascii_alpha((unsigned char)s[i + 1]))
                i++;
            else
                break;
        }
        if (parts > 1 && add_word(w, s + start, i - start))
            return EVX_NOMEM;
        first = 0;
    }
    return EVX_OK;
}

evx_status pdf_wordset_build(pdf_wordset **out, const evx_text *t)
{
    pdf_wordset *w = NULL;
    if (pdf_wordset_new(out))
        return EVX_NOMEM;
    w = *out;
    *out = NULL;
    size_t n = evx_text_lines(t);
    int prev_hyphen = 0;
    for (size_t ln = 1; ln <= n; ln++) {
        size_t len = 0;
        const char *s = evx_text_line(t, ln, &len);
        if (!s)
            continue;
        if (add_line_words(w, s, len, prev_hyphen)) {
            pdf_wordset_free(w);
            return EVX_NOMEM;
        }
        prev_hyphen = ends_with_soft_hyphen(s, len);
    }
    *out = w;
    return EVX_OK;
}

void pdf_wordset_free(pdf_wordset *w)
{
    if (!w)
        return;
    evx_buf_free(&w->arena);
    free(w->slots);
    free(w);
}

/* ---- footnote sequence ---- */

int pdf_fnseq_expected(const pdf_fnseq *s)
{
    int m = s->max_marker > s->last_body ? s->max_marker : s->last_body;
    return m + 1;
}

/* ---- accumulator ---- */

void pdf_acc_clear(pdf_acc *a)
{
    evx_buf_clear(&a->text);
    a->n_fns = 0;
    a->n_lines = 0;
    a->ends_marker = 0;
}

void pdf_acc_free(pdf_acc *a)
{
    evx_buf_free(&a->text);
    free(a->fns);
    free(a->fnpos);
    free(a->lines);
    memset(a, 0, sizeof *a);
}

evx_status pdf_acc_status(const pdf_acc *a)
{
    return (a->oom || evx_buf_status(&a->text)) ? EVX_NOMEM : EVX_OK;
}

static void push_marker(pdf_acc *a, int fn)
{
    if (a->n_fns == a->cap_fns) {
        size_t nc = a->cap_fns ? a->cap_fns * 2 : 4;
        int *nf = realloc(a->fns, nc * sizeof *nf);
        if (!nf) {
            a->oom = 1;
            return;
        }
        a->fns = nf;
        size_t *np = realloc(a->fnpos, nc * sizeof *np);
        if (!np) {
            a->oom = 1;
            return;
        }
        a->fnpos = np;
        a->cap_fns = nc;
    }
    a->fns[a->n_fns] = fn;
    a->fnpos[a->n_fns] = a->text.len;
    a->n_fns++;
}

static void push_line(pdf_acc *a, long lineno, long col)
{
    if (a->n_lines == a->cap_lines) {
        size_t nc = a->cap_lines ? a->cap_lines * 2 : 8;
        pdf_linepos *nl = realloc(a->lines, nc * sizeof *nl);
        if (!nl) {
            a->oom = 1;
            return;
        }
        a->lines = nl;
        a->cap_lines = nc;
    }
    a->lines[a->n_lines].off = a->text.len;
    a->lines[a->n_lines].line = lineno;
    a->lines[a->n_lines].col = col;
    a->n_lines++;
}

/* Keeps the text's next offset mapped to column col of line lineno: a
 * marker taken out, or a run of blanks made one, parts the text from
 * its line's columns, and a new entry maps the rest. */
static void keep_map(pdf_acc *a, long lineno, long col)
{
    const pdf_linepos *last = a->n_lines ? &a->lines[a->n_lines - 1] : NULL;
    if (last && last->line == lineno &&
        last->col + (long)(a->text.len - last->off) != col)
        push_line(a, lineno, col);
}

void pdf_acc_where(const pdf_acc *a, size_t off, long *line, long *col)
{
    if (a->n_lines == 0)
        return;
    size_t lo = 0, hi = a->n_lines; /* last entry with off <= off */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (a->lines[mid].off <= off)
            lo = mid;
        else
            hi = mid;
    }
    *line = a->lines[lo].line;
    *col = a->lines[lo].col + (long)(off - a->lines[lo].off);
}

/* If the digit run s[i, *end) (or its tail, after a year) is a footnote
 * marker, by marks.h's rule, its number (*from: where it starts); else 0.
 * Two markers printed together give the first, and the second in *also
 * (else 0). */
static int marker_at(const char *s, size_t len, size_t i, size_t *end,
                     size_t *from, const pdf_fnseq *seq, int next_lower,
                     int *also)
{
    size_t j = i;
    while (j < len && evx_ascii_digit((unsigned char)s[j]))
        j++;
    *end = j;
    *also = 0;
    if (!seq)
        return 0;
    evx_mark_seq ms = {pdf_fnseq_expected(seq) - 1, 1, NULL, 0};
    long v, v2;
    if (evx_mark_glued(&ms, s, len, i, j, from, &v))
        return (int)v;
    if (evx_mark_glued_pair(&ms, s, len, i, j, &v, &v2)) {
        *also = (int)v2;
        return (int)v;
    }
    *from = i;
    if (j == len && next_lower)
        return 0;
    return evx_mark_spaced(&ms, s, len, i, j, &v) ? (int)v : 0;
}

/* A marker in brackets ("[12]") at s[i]: its number, *end after it and
 * *from where it starts (with a blank before it); else 0. */
static int bracket_at(const char *s, size_t len, size_t i, size_t *end,
                      size_t *from, const pdf_fnseq *seq)
{
    if (!seq)
        return 0;
    evx_mark_seq ms = {pdf_fnseq_expected(seq) - 1, 1, NULL, 0};
    long v;
    return evx_mark_bracket(&ms, s, len, i, from, end, &v) ? (int)v : 0;
}

static size_t letters_back(const evx_buf *b, size_t end)
{
    size_t i = end;
    while (i > 0 && evx_ascii_alpha((unsigned char)b->data[i - 1]))
        i--;
    return end - i;
}

/* Joins the previous text and a new line starting with s. */
static void join(pdf_acc *a, const char *s, size_t len,
                 const pdf_wordset *words)
{
    evx_buf *b = &a->text;
    if (b->len == 0)
        return;
    const char *d = b->data;
    size_t n = b->len;
    if (n >= 2 && d[n - 1] == '-' && evx_ascii_alpha((unsigned char)d[n - 2]) &&
        len && evx_ascii_alpha((unsigned char)s[0])) {
        if (s[0] >= 'A' && s[0] <= 'Z')
            return; /* "Co-" + "Chair" */
        size_t nb = letters_back(b, n - 1);
        size_t na = 0;
        while (na < len && evx_ascii_alpha((unsigned char)s[na]))
            na++;
        char form[140], joined[140];
        int keep = 0;
        if (nb + 1 + na < sizeof form) {
            memcpy(form, d + n - 1 - nb, nb + 1);
            memcpy(form + nb + 1, s, na);
            memcpy(joined, d + n - 1 - nb, nb);
            memcpy(joined + nb, s, na);
            int hyphenated = pdf_wordset_has(words, form, nb + 1 + na);
            int first = pdf_wordset_has(words, d + n - 1 - nb, nb);
            int second = pdf_wordset_has(words, s, na);
            int whole = pdf_wordset_has(words, joined, nb + na);
            keep = hyphenated || (second && (first || !whole));
        }
        if (!keep)
            evx_buf_truncate(b, n - 1);
        return;
    }
    /* line-final em or en dash set close ("means–so"): no space; a
     * spaced dash ("legislation – particularly") keeps its space */
    if (n >= 4 && (unsigned char)d[n - 3] == 0xE2 &&
        (unsigned char)d[n - 2] == 0x80 &&
        ((unsigned char)d[n - 1] == 0x94 || (unsigned char)d[n - 1] == 0x93) &&
        d[n - 4] != ' ')
        return;
    if (d[n - 1] != ' ')
        evx_buf_putc(b, ' ');
}

void pdf_acc_add(pdf_acc *a, const char *s, size_t len, long lineno,
                 long col, const pdf_wordset *words, pdf_fnseq *seq)
{
    while (len && (s[0] == ' ' || s[0] == '\t')) {
        s++;
        len--;
        col++;
    }
    len = rtrim_len(s, len);
    if (len == 0)
        return;
    join(a, s, len, words);
    push_line(a, lineno, col);
    a->ends_marker = 0;
    size_t i = 0;
    int moved = 0; /* the text may have parted from the line's columns */
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t') {
            if (a->text.len && a->text.data[a->text.len - 1] != ' ')
                evx_buf_putc(&a->text, ' ');
            else
                moved = 1; /* a run of blanks made one */
            moved |= c == '\t';
            i++;
            continue;
        }
        size_t end, from = i;
        int fn = 0, also = 0, digits = evx_ascii_digit(c) &&
                             (i == 0 || !evx_ascii_digit((unsigned char)s[i - 1]));
        if (digits)
            fn = marker_at(s, len, i, &end, &from, seq, a->next_lower, &also);
        else if (c == '[')
            fn = bracket_at(s, len, i, &end, &from, seq);
        if (moved)
            keep_map(a, lineno, col + (long)i);
        moved = 0;
        if (digits || fn) {
            if (fn) {
                /* "in 2018227": the year stays; " [12]": the blank goes */
                evx_buf_append(&a->text, s + i, from > i ? from - i : 0);
                while (c == '[' && a->text.len &&
                       a->text.data[a->text.len - 1] == ' ')
                    a->text.len--;
                push_marker(a, fn);
                if (also)
                    push_marker(a, also);
                fn = also ? also : fn;
                moved = 1;
                if (fn > seq->max_marker)
                    seq->max_marker = fn;
                if (end == len)
                    a->ends_marker = 1;
                else if (evx_ascii_alpha((unsigned char)s[end]))
                    evx_buf_putc(&a->text, ' '); /* "discipline.202However" */
                i = end;
                continue;
            }
            evx_buf_append(&a->text, s + i, end - i);
            i = end;
            continue;
        }
        evx_buf_putc(&a->text, (char)c);
        i++;
    }
}
