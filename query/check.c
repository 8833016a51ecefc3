/*
 * check.c - exact containment and word-level diff (see check.h).
 *
 * The alignment is the textbook edit-distance table restricted to
 * insertions and deletions (see COST_DEL), with a free start
 * anywhere in the text (row 0 is all zeros) and a free end (the best cell of
 * the last row), so it finds the passage the quotation came from.
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "json.h"

#define C_DEL "\033[1;31m"
#define C_ADD "\033[1;32m"
#define C_OFF "\033[0m"

/* ---- exact containment ------------------------------------------------ */

static int is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

static int is_edge_punct(unsigned char c)
{
    return is_ws(c) || (c < 0x80 && !(c >= '0' && c <= '9') &&
                        !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z'));
}

/* A byte of a word: a letter or digit, or part of a non-ASCII one. */
static int word_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The first occurrence of needle in hay that begins and ends at word
 * edges (its own first and last bytes aside): "as health" is not in "as
 * healthcare", nor "ere is" in "there is".  NULL if none. */
static const char *find_words(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *h = strstr(hay, needle); h; h = strstr(h + 1, needle)) {
        int starts = h == hay || !word_byte((unsigned char)h[-1]) ||
                     !word_byte((unsigned char)needle[0]);
        int ends = !word_byte((unsigned char)h[n]) ||
                   !word_byte((unsigned char)needle[n - 1]);
        if (starts && ends)
            return h;
    }
    return NULL;
}

/* Folds and squeezes white space runs to one space, in place. */
static evx_status fold_squeezed(char **out, const char *s, size_t len)
{
    char *f, *r, *w;
    int space = 0;

    if (evx_tok_fold(&f, s, len))
        return EVX_NOMEM;
    for (r = w = f; *r; r++) {
        if (is_ws((unsigned char)*r)) {
            space = 1;
            continue;
        }
        if (space && w > f)
            *w++ = ' ';
        space = 0;
        *w++ = *r;
    }
    *w = '\0';
    *out = f;
    return EVX_OK;
}

/* The segment of s from *at up to an ellipsis ("...", "…" folded, or
 * "[...]") or its end, trimmed of edge punctuation, NUL-terminated in
 * place; *at moves past the ellipsis.  NULL when none is left. */
static char *next_segment(char **at)
{
    char *s = *at, *e;
    if (!s)
        return NULL;
    char *dots = strstr(s, "...");
    if (dots) {
        e = dots;
        char *after = dots + 3;
        while (*after == '.')
            after++;
        if (e > s && e[-1] == '[' && *after == ']') {
            e--;
            after++;
        }
        *at = after;
    } else {
        e = s + strlen(s);
        *at = NULL;
    }
    while (s < e && is_edge_punct((unsigned char)*s))
        s++;
    while (e > s && is_edge_punct((unsigned char)e[-1]))
        e--;
    *e = '\0';
    return s;
}

/* Whether t holds each segment of q between its ellipses, in order: a
 * user's "…" stands for words left out, as a report's "[…]" does.  Each
 * segment is two words or more, so that "a … the" is no quotation. */
static int holds_in_order(char *q, const char *t)
{
    char *at = q, *seg;
    const char *from = t;
    int any = 0;
    while ((seg = next_segment(&at)) != NULL) {
        if (!*seg)
            continue;
        const char *hit = strchr(seg, ' ') ? find_words(from, seg) : NULL;
        if (!hit)
            return 0;
        from = hit + strlen(seg);
        any = 1;
    }
    return any;
}

evx_status evx_check_contains(int *out, const char *quote, size_t qlen,
                              const char *text, size_t tlen)
{
    char *q = NULL, *t = NULL, *qs, *qe;
    evx_status st;

    *out = 0;
    st = fold_squeezed(&q, quote ? quote : "", quote ? qlen : 0);
    if (!st)
        st = fold_squeezed(&t, text ? text : "", text ? tlen : 0);
    if (st)
        goto done;
    for (qs = q; *qs && is_edge_punct((unsigned char)*qs); qs++)
        ;
    for (qe = qs + strlen(qs); qe > qs && is_edge_punct((unsigned char)qe[-1]);
         qe--)
        ;
    *qe = '\0';
    *out = *qs && (find_words(t, qs) != NULL || holds_in_order(qs, t));
done:
    free(q);
    free(t);
    return st;
}

/* ---- words ------------------------------------------------------------ */

typedef struct wordv {
    size_t start, end;
    char *term;
} wordv;

typedef struct words {
    wordv *v;
    size_t len, cap, max;
    size_t compound_end; /* parts of a compound before this are skipped */
    int oom;
} words;

/* A hyphenated compound counts as one word, its joined form, so that
 * "front-line", "frontline" and "front–line" compare equal. */
static int join_compound(words *w, const evx_token *t)
{
    wordv *last = &w->v[w->len - 1];
    char *term = evx_strndup(t->term, t->term_len);

    if (!term) {
        w->oom = 1;
        return 1;
    }
    free(last->term);
    last->term = term;
    last->end = t->end;
    w->compound_end = t->end;
    return 0;
}

static int add_word(void *ctx, const evx_token *t)
{
    words *w = ctx;

    if (t->kind == EVX_TOKEN_JOINED)
        return w->len ? join_compound(w, t) : 0;
    if (t->kind == EVX_TOKEN_PART && t->start < w->compound_end)
        return 0;
    if (w->len == w->max)
        return 1;
    if (evx_grow((void **)&w->v, &w->cap, w->len + 1, sizeof *w->v)) {
        w->oom = 1;
        return 1;
    }
    w->v[w->len].term = evx_strndup(t->term, t->term_len);
    if (!w->v[w->len].term) {
        w->oom = 1;
        return 1;
    }
    w->v[w->len].start = t->start;
    w->v[w->len].end = t->end;
    w->len++;
    return 0;
}

static void free_words(words *w)
{
    size_t i;

    for (i = 0; i < w->len; i++)
        free(w->v[i].term);
    free(w->v);
}

static evx_status get_words(words *w, evx_tok *tok, const char *s, size_t len,
                            size_t max)
{
    memset(w, 0, sizeof *w);
    w->max = max;
    if (evx_tokenize(tok, s ? s : "", s ? len : 0, add_word, w) || w->oom)
        return EVX_NOMEM;
    return EVX_OK;
}

/* ---- alignment -------------------------------------------------------- */

/* A word of the quotation missing from the passage costs three words of
 * the passage missing from the quotation, so a quotation that skips a
 * clause ("the front-line, [...] must give") still aligns over the whole
 * sentence instead of stopping short of the gap.  Of equally good ends the
 * last is taken (more words matched). */
#define COST_DEL 3u
#define COST_ADD 1u

#define CELL(i, j) d[(size_t)(i) * (n + 1) + (size_t)(j)]

static void fill_table(unsigned *d, const words *q, const words *t)
{
    size_t i, j, m = q->len, n = t->len;

    for (j = 0; j <= n; j++)
        CELL(0, j) = 0;
    for (i = 1; i <= m; i++) {
        CELL(i, 0) = (unsigned)i * COST_DEL;
        for (j = 1; j <= n; j++) {
            unsigned best = CELL(i - 1, j) + COST_DEL;
            unsigned add = CELL(i, j - 1) + COST_ADD;
            if (add < best)
                best = add;
            if (strcmp(q->v[i - 1].term, t->v[j - 1].term) == 0 &&
                CELL(i - 1, j - 1) < best)
                best = CELL(i - 1, j - 1);
            CELL(i, j) = best;
        }
    }
}

static void push(evx_diff *out, evx_diff_op op, size_t start, size_t end)
{
    evx_diff_item *it = &out->items[out->len++];

    it->op = op;
    it->start = start;
    it->end = end;
}

/* Walks back from the best end cell, emitting items in reverse. */
static void trace(evx_diff *out, const unsigned *d, const words *q,
                  const words *t)
{
    size_t m = q->len, n = t->len, i = m, j = 0, k;

    for (k = 1; k <= n; k++)
        if (CELL(m, k) <= CELL(m, j) && CELL(m, k) < CELL(m, 0))
            j = k;
    out->text_end = j ? t->v[j - 1].end : 0;
    while (i > 0) {
        if (j > 0 && CELL(i, j) == CELL(i - 1, j - 1) &&
            strcmp(q->v[i - 1].term, t->v[j - 1].term) == 0) {
            push(out, EVX_DIFF_EQUAL, t->v[j - 1].start, t->v[j - 1].end);
            out->n_equal++;
            i--, j--;
        } else if (j > 0 && CELL(i, j) == CELL(i, j - 1) + COST_ADD) {
            push(out, EVX_DIFF_ADD, t->v[j - 1].start, t->v[j - 1].end);
            j--;
        } else {
            push(out, EVX_DIFF_DEL, q->v[i - 1].start, q->v[i - 1].end);
            i--;
        }
    }
    out->text_start = j < n ? t->v[j].start : out->text_end;
}

/* Reverses the items into reading order and puts, inside each changed
 * run, the removed words before the added ones (stable). */
static void order_items(evx_diff *d)
{
    size_t i, j;

    for (i = 0, j = d->len; i + 1 < j; i++, j--) {
        evx_diff_item tmp = d->items[i];
        d->items[i] = d->items[j - 1];
        d->items[j - 1] = tmp;
    }
    for (i = 1; i < d->len; i++) {
        evx_diff_item x = d->items[i];
        if (x.op != EVX_DIFF_DEL)
            continue;
        for (j = i; j > 0 && d->items[j - 1].op == EVX_DIFF_ADD; j--)
            d->items[j] = d->items[j - 1];
        d->items[j] = x;
    }
}

evx_status evx_check_diff(evx_diff *out, evx_tok *tok, const char *quote,
                          size_t qlen, const char *text, size_t tlen)
{
    evx_diff res = EVX_DIFF_INIT, empty = EVX_DIFF_INIT;
    words q, t;
    unsigned *d = NULL;
    evx_status st;

    *out = empty;
    memset(&t, 0, sizeof t);
    st = get_words(&q, tok, quote, qlen, EVX_CHECK_MAX_WORDS);
    if (!st)
        st = get_words(&t, tok, text, tlen, 20000);
    if (st)
        goto done;
    d = malloc((q.len + 1) * (t.len + 1) * sizeof *d);
    res.items = malloc((q.len + t.len + 1) * sizeof *res.items);
    if (!d || !res.items) {
        free(res.items);
        st = EVX_NOMEM;
        goto done;
    }
    res.n_quote = q.len;
    fill_table(d, &q, &t);
    trace(&res, d, &q, &t);
    order_items(&res);
    *out = res;
done:
    free(d);
    free_words(&q);
    free_words(&t);
    return st;
}

double evx_diff_similarity(const evx_diff *d)
{
    return d->n_quote ? (double)d->n_equal / (double)d->n_quote : 0.0;
}

size_t evx_diff_changes(const evx_diff *d)
{
    size_t i, runs = 0;

    for (i = 0; i < d->len; i++)
        if (d->items[i].op != EVX_DIFF_EQUAL &&
            (i == 0 || d->items[i - 1].op == EVX_DIFF_EQUAL))
            runs++;
    return runs;
}

/* ---- output ----------------------------------------------------------- */

static const char *item_src(const evx_diff_item *it, const char *quote,
                            const char *text)
{
    return it->op == EVX_DIFF_DEL ? quote : text;
}

void evx_diff_format(evx_buf *b, const evx_diff *d, const char *quote,
                     const char *text, int color)
{
    static const char *const open[] = {"", "[-", "{+"};
    static const char *const close[] = {"", "-]", "+}"};
    size_t i;

    for (i = 0; i < d->len; i++) {
        const evx_diff_item *it = &d->items[i];
        int first = i == 0 || d->items[i - 1].op != it->op;
        int last = i + 1 == d->len || d->items[i + 1].op != it->op;
        if (i && !(it->op == EVX_DIFF_ADD &&
                   d->items[i - 1].op == EVX_DIFF_DEL))
            evx_buf_putc(b, ' ');
        if (first && it->op != EVX_DIFF_EQUAL) {
            if (color)
                evx_buf_puts(b, it->op == EVX_DIFF_DEL ? C_DEL : C_ADD);
            evx_buf_puts(b, open[it->op]);
        }
        evx_buf_append(b, item_src(it, quote, text) + it->start,
                       it->end - it->start);
        if (last && it->op != EVX_DIFF_EQUAL) {
            evx_buf_puts(b, close[it->op]);
            if (color)
                evx_buf_puts(b, C_OFF);
        }
    }
}

void evx_diff_json(evx_buf *b, const evx_diff *d, const char *quote,
                   const char *text)
{
    static const char *const names[] = {"equal", "removed", "added"};
    evx_buf run = EVX_BUF_INIT;
    size_t i;
    int n = 0;

    evx_buf_putc(b, '[');
    for (i = 0; i < d->len; i++) {
        const evx_diff_item *it = &d->items[i];
        if (run.len)
            evx_buf_putc(&run, ' ');
        evx_buf_append(&run, item_src(it, quote, text) + it->start,
                       it->end - it->start);
        if (i + 1 < d->len && d->items[i + 1].op == it->op)
            continue;
        evx_buf_printf(b, "%s{\"op\":\"%s\",\"text\":", n++ ? "," : "",
                       names[it->op]);
        evx_json_put_str(b, evx_buf_str(&run), run.len);
        evx_buf_putc(b, '}');
        evx_buf_clear(&run);
    }
    evx_buf_putc(b, ']');
    evx_buf_free(&run);
}

void evx_diff_free(evx_diff *d)
{
    evx_diff empty = EVX_DIFF_INIT;

    if (!d)
        return;
    free(d->items);
    *d = empty;
}
