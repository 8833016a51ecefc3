/*
 * merge.c - one unit per identity across renderings (see merge.h).
 *
 * Which text wins: where both renderings have a unit's text, the
 * html-text one is kept.  The web edition is the publisher's own text,
 * one line per paragraph: there is no line-end hyphenation to undo
 * ("front-\nline" or "front- line"?), no running page header or footnote
 * body that may have been caught in the middle of a paragraph, and no
 * guess as to which glued digits were markers beyond what the footnote
 * sequence tells.  The pdf-text supplies what the web text lacks (printed
 * page numbers, footnote bodies, whole chapters).  When the two texts
 * differ in more than a few words (compared after folding case, quotes and
 * blanks) a note names both places, so the difference can be checked.  One
 * exception: when the html-text has lost words the pdf-text has (more than
 * a few) and has none of its own, the pdf-text is kept, since the web
 * edition's text drops bulleted lists, and a list is part of its paragraph.
 */
#include "merge.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "fnlink.h"

#define WORDS_DIFF_NOTE 3  /* more differing words than this is material */
#define LCS_MAX_CELLS 4000000 /* longer texts are compared by length only */

/* ---- comparing texts ---- */

typedef struct words {
    char **w;
    size_t n;
} words;

static void words_free(words *ws)
{
    size_t i;

    for (i = 0; i < ws->n; i++)
        free(ws->w[i]);
    free(ws->w);
    ws->w = NULL;
    ws->n = 0;
}

/* Folds one word: ASCII lower case, curly quotes and apostrophes dropped,
 * dashes and punctuation at the edges dropped. */
static char *fold_word(const char *s, size_t n)
{
    evx_buf b = EVX_BUF_INIT;
    size_t i = 0;

    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (i + 3 <= n && c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
            (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x9F) {
            i += 3; /* dashes and quotation marks, U+2010..U+201F */
            continue;
        }
        if (c < 0x80 && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                          (c >= 'A' && c <= 'Z'))) {
            i++;
            continue;
        }
        evx_buf_putc(&b, (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
        i++;
    }
    return evx_buf_detach(&b);
}

static evx_status split_words(words *out, const char *s)
{
    size_t cap = 0, i = 0, n = s ? strlen(s) : 0;

    out->w = NULL;
    out->n = 0;
    while (i < n) {
        size_t st;
        char *w;
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
            i++;
        for (st = i; i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '\n'; i++)
            ;
        if (i == st)
            break;
        w = fold_word(s + st, i - st);
        if (!w)
            goto nomem;
        if (!*w) {
            free(w);
            continue;
        }
        if (out->n == cap) {
            char **v;
            cap = cap ? cap * 2 : 64;
            v = realloc(out->w, cap * sizeof *v);
            if (!v) {
                free(w);
                goto nomem;
            }
            out->w = v;
        }
        out->w[out->n++] = w;
    }
    return EVX_OK;
nomem:
    words_free(out);
    return EVX_NOMEM;
}

/* Words of a missing from b (*only_a) and of b missing from a (*only_b),
 * by longest common subsequence. */
static evx_status words_differing(size_t *only_a, size_t *only_b,
                                  const char *a, const char *b)
{
    words x, y;
    size_t *prev = NULL, *cur = NULL, i, j, lcs = 0;
    evx_status st = EVX_NOMEM;

    if (split_words(&x, a))
        return EVX_NOMEM;
    if (split_words(&y, b)) {
        words_free(&x);
        return EVX_NOMEM;
    }
    /* Words both texts open or end with are in every longest common
     * subsequence: only the middles are compared (the renderings of a
     * unit mostly agree). */
    size_t head = 0, tail = 0;
    while (head < x.n && head < y.n && strcmp(x.w[head], y.w[head]) == 0)
        head++;
    while (tail < x.n - head && tail < y.n - head &&
           strcmp(x.w[x.n - 1 - tail], y.w[y.n - 1 - tail]) == 0)
        tail++;
    size_t xn = x.n - head - tail, yn = y.n - head - tail;
    char **xw = x.w ? x.w + head : NULL, **yw = y.w ? y.w + head : NULL;
    if (x.n && y.n && x.n > LCS_MAX_CELLS / y.n) {
        *only_a = x.n > y.n ? x.n - y.n : 0;
        *only_b = y.n > x.n ? y.n - x.n : 0;
        st = EVX_OK;
        goto done;
    }
    prev = calloc(yn + 1, sizeof *prev);
    cur = calloc(yn + 1, sizeof *cur);
    if (!prev || !cur)
        goto done;
    for (i = 1; i <= xn; i++) {
        size_t *t;
        for (j = 1; j <= yn; j++) {
            if (strcmp(xw[i - 1], yw[j - 1]) == 0)
                cur[j] = prev[j - 1] + 1;
            else
                cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
        }
        t = prev;
        prev = cur;
        cur = t;
    }
    lcs = head + tail + prev[yn];
    *only_a = x.n - lcs;
    *only_b = y.n - lcs;
    st = EVX_OK;
done:
    free(prev);
    free(cur);
    words_free(&x);
    words_free(&y);
    return st;
}

/* ---- merging two units ---- */

static int has_rendering(const evx_unit *u, const char *r)
{
    size_t i;

    for (i = 0; i < u->n_sources; i++)
        if (u->sources[i].rendering && strcmp(u->sources[i].rendering, r) == 0)
            return 1;
    return 0;
}

static const evx_source *source_of(const evx_unit *u, const char *r)
{
    size_t i;

    for (i = 0; i < u->n_sources; i++)
        if (u->sources[i].rendering && strcmp(u->sources[i].rendering, r) == 0)
            return &u->sources[i];
    return u->n_sources ? &u->sources[0] : NULL;
}

static int empty(const char *s) { return !s || !*s; }

/* Moves *src into *dst when dst has nothing. */
static void take_str(char **dst, char **src)
{
    if (empty(*dst) && !empty(*src)) {
        free(*dst);
        *dst = *src;
        *src = NULL;
    }
}

static void take_int(int *dst, int src)
{
    if (!*dst)
        *dst = src;
}

static void note_difference(const evx_unit *html, const evx_unit *pdf,
                            size_t n, int kept_html, evx_diag *diag)
{
    const evx_source *h = source_of(html, "html-text");
    const evx_source *p = source_of(pdf, "pdf-text");

    evx_diag_add(diag, EVX_DIAG_NOTE, h ? h->file : NULL, h ? h->line : 0,
                 "%s: texts differ in %zu words between this html-text and "
                 "%s:%ld (%s); the %s is kept",
                 html->id ? html->id : "?", n, p && p->file ? p->file : "?",
                 p ? p->line : 0L, p && p->rendering ? p->rendering : "?",
                 kept_html ? "html-text" : "pdf-text, which has words the "
                                           "html-text lost");
}

static void move_str(char **dst, char **src)
{
    if (!empty(*src)) {
        free(*dst);
        *dst = *src;
        *src = NULL;
    }
}

/* Keeps the html-text text and lead-in (see the top of the file), unless
 * the html-text lost words the other rendering has while adding none of its
 * own: the web edition drops bulleted lists, and a list is part of the
 * paragraph. */
static evx_status merge_text(evx_unit *dst, evx_unit *src, evx_diag *diag)
{
    int src_html = has_rendering(src, "html-text") &&
                   !has_rendering(dst, "html-text");
    const evx_unit *html = src_html ? src : dst, *other = src_html ? dst : src;
    size_t html_only = 0, other_only = 0;
    int keep_html = src_html || has_rendering(dst, "html-text");

    if (!empty(dst->text) && !empty(src->text) && keep_html) {
        evx_status st = words_differing(&html_only, &other_only, html->text,
                                        other->text);
        if (st)
            return st;
        if (html_only <= 1 && other_only > WORDS_DIFF_NOTE)
            keep_html = 0;
        if (html_only + other_only > WORDS_DIFF_NOTE)
            note_difference(html, other, html_only + other_only, keep_html,
                            diag);
    }
    if (src_html && keep_html) {
        move_str(&dst->text, &src->text);
        move_str(&dst->lead_in, &src->lead_in);
    } else if (!src_html && !keep_html && has_rendering(dst, "html-text")) {
        move_str(&dst->text, &src->text);
    }
    take_str(&dst->text, &src->text);
    take_str(&dst->lead_in, &src->lead_in);
    return EVX_OK;
}

static int rendering_rank(const evx_source *s)
{
    if (s->rendering && strcmp(s->rendering, "pdf-text") == 0)
        return 0;
    if (s->rendering && strcmp(s->rendering, "html-text") == 0)
        return 1;
    return 2;
}

/* Appends src's sources to dst's, pdf-text first, then html-text. */
static evx_status merge_sources(evx_unit *dst, evx_unit *src)
{
    size_t n = dst->n_sources + src->n_sources, i, j;
    evx_source *v;

    if (!src->n_sources)
        return EVX_OK;
    v = realloc(dst->sources, n * sizeof *v);
    if (!v)
        return EVX_NOMEM;
    memcpy(v + dst->n_sources, src->sources, src->n_sources * sizeof *v);
    free(src->sources);
    src->sources = NULL;
    src->n_sources = 0;
    for (i = 1; i < n; i++) { /* stable insertion sort: few sources */
        evx_source t = v[i];
        for (j = i; j > 0 && rendering_rank(&v[j - 1]) > rendering_rank(&t); j--)
            v[j] = v[j - 1];
        v[j] = t;
    }
    dst->sources = v;
    dst->n_sources = n;
    return EVX_OK;
}

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static evx_status merge_footnotes(evx_unit *dst, const evx_unit *src)
{
    size_t i;

    for (i = 0; i < src->n_footnotes; i++)
        if (evx_unit_add_footnote(dst, src->footnotes[i]))
            return EVX_NOMEM;
    if (dst->n_footnotes > 1)
        qsort(dst->footnotes, dst->n_footnotes, sizeof *dst->footnotes,
              int_cmp);
    return EVX_OK;
}

static void take_rest(evx_unit *dst, evx_unit *src)
{
    take_int(&dst->number, src->number);
    take_int(&dst->para, src->para);
    take_int(&dst->chapter, src->chapter);
    take_int(&dst->page, src->page);
    take_int(&dst->q_first, src->q_first);
    take_int(&dst->q_last, src->q_last);
    if (src->is_inline)
        dst->is_inline = 1;
    take_str(&dst->report, &src->report);
    take_str(&dst->chapter_title, &src->chapter_title);
    take_str(&dst->section, &src->section);
    take_str(&dst->title, &src->title);
    take_str(&dst->parent, &src->parent);
    take_str(&dst->date, &src->date);
    take_str(&dst->code, &src->code);
    if (!dst->speaker) {
        dst->speaker = src->speaker;
        src->speaker = NULL;
    }
    if (!dst->n_people && src->n_people) {
        free(dst->people);
        dst->people = src->people;
        dst->n_people = src->n_people;
        src->people = NULL;
        src->n_people = 0;
    }
}

/* Merges src into dst; src is left for the caller to free. */
static evx_status merge_one(evx_unit *dst, evx_unit *src, evx_diag *diag)
{
    evx_status st = merge_text(dst, src, diag);

    if (!st)
        st = merge_sources(dst, src);
    if (!st)
        st = merge_footnotes(dst, src);
    if (!st)
        take_rest(dst, src);
    return st;
}

/* ---- placing new units ---- */

static size_t index_of(const evx_units *l, const char *id)
{
    size_t i;

    for (i = 0; id && i < l->len; i++)
        if (l->items[i]->id && strcmp(l->items[i]->id, id) == 0)
            return i;
    return l->len;
}

static int cites(const evx_unit *u, int number)
{
    size_t i;

    for (i = 0; i < u->n_footnotes; i++)
        if (u->footnotes[i] == number)
            return 1;
    return 0;
}

/* Past the units that hang after items[i]: its quotations and footnotes
 * numbered below n (n 0: any footnotes). */
static size_t after_group(const evx_units *l, size_t i, int n)
{
    const evx_unit *u = l->items[i];
    const char *pid = u->type == EVX_UNIT_QUOTATION && u->parent ? u->parent
                                                                 : u->id;

    for (i++; i < l->len; i++) {
        const evx_unit *v = l->items[i];
        if (v->type == EVX_UNIT_QUOTATION && v->parent && pid &&
            strcmp(v->parent, pid) == 0)
            continue;
        if (v->type == EVX_UNIT_FOOTNOTE && (n == 0 || v->number < n))
            continue;
        break;
    }
    return i;
}

/* Where a unit new to l goes: a footnote after the unit citing it; else
 * after the unit that came before it in its own rendering (cursor), and
 * for a unit of its own (not a quotation or footnote) after the
 * quotations and footnotes hanging from that one; else
 * before the unit of its type with the next higher number; else last. */
static size_t place(const evx_units *l, const evx_unit *u, size_t cursor)
{
    size_t i, best = l->len;

    if (u->type == EVX_UNIT_FOOTNOTE)
        for (i = 0; i < l->len; i++)
            if (l->items[i]->type != EVX_UNIT_FOOTNOTE &&
                cites(l->items[i], u->number))
                return after_group(l, i, u->number);
    if (cursor < l->len)
        return u->type == EVX_UNIT_QUOTATION || u->type == EVX_UNIT_FOOTNOTE
                   ? cursor + 1
                   : after_group(l, cursor, 0);
    for (i = 0; i < l->len; i++) {
        const evx_unit *v = l->items[i];
        if (v->type == u->type && v->number > u->number &&
            (best == l->len || v->number < l->items[best]->number))
            best = i;
    }
    return best;
}

static evx_status insert_at(evx_units *l, size_t at, evx_unit *u)
{
    evx_status st = evx_units_push(l, u);

    if (st)
        return st;
    memmove(l->items + at + 1, l->items + at,
            (l->len - 1 - at) * sizeof *l->items);
    l->items[at] = u;
    return EVX_OK;
}

static size_t position_of(const evx_units *l, const evx_unit *u)
{
    size_t i;

    for (i = 0; u && i < l->len; i++)
        if (l->items[i] == u)
            return i;
    return l->len;
}

/* Moves every unit of from to the end of into, which is empty: the first
 * rendering keeps its own order exactly. */
static evx_status take_all(evx_units *into, evx_units *from)
{
    size_t i;
    evx_status st = EVX_OK;

    for (i = 0; i < from->len; i++) {
        evx_unit *u = from->items[i];
        from->items[i] = NULL;
        if (st)
            evx_unit_free(u);
        else
            st = evx_units_push(into, u);
    }
    return st;
}

evx_status evx_merge_units(evx_units *into, evx_units *from, evx_diag *diag)
{
    const evx_unit *cursor = NULL; /* the last unit of from placed in into */
    evx_status st = EVX_OK;
    size_t i;

    if (!into || !from)
        return EVX_INVALID;
    if (into->len == 0)
        st = take_all(into, from);
    for (i = 0; i < from->len; i++) {
        evx_unit *u = from->items[i];
        size_t at;
        from->items[i] = NULL;
        if (!u)
            continue;
        if (st) {
            evx_unit_free(u);
            continue;
        }
        at = index_of(into, u->id);
        if (at < into->len) {
            st = merge_one(into->items[at], u, diag);
            evx_unit_free(u);
            cursor = into->items[at];
            continue;
        }
        at = place(into, u, position_of(into, cursor));
        st = insert_at(into, at, u);
        /* A footnote placed by its citing unit may go back up the list;
         * the units after it still follow the cursor. */
        if (!st && (u->type != EVX_UNIT_FOOTNOTE || !cursor ||
                    at > position_of(into, cursor)))
            cursor = u;
    }
    free(from->items);
    from->items = NULL;
    from->len = from->cap = 0;
    return st;
}

evx_status evx_merge_link_footnotes(evx_units *units, evx_diag *diag)
{
    if (!units)
        return EVX_INVALID;
    return evx_fnlink(units, 0, diag);
}

/* Are headings a and b the same words, whatever their ASCII case and
 * spacing ("INTEGRATING CARE  FOR PATIENTS", "Integrating care for
 * patients")?  Extractions differ in both. */
static int same_heading(const char *a, const char *b)
{
    int first = 1;

    for (;;) {
        int gap_a = 0, gap_b = 0; /* a run of spaces before the next byte */
        for (; evx_ascii_space((unsigned char)*a); a++)
            gap_a = !first;
        for (; evx_ascii_space((unsigned char)*b); b++)
            gap_b = !first;
        if (!*a || !*b)
            return !*a && !*b;
        if (gap_a != gap_b || evx_ascii_tolower((unsigned char)*a) !=
                                  evx_ascii_tolower((unsigned char)*b))
            return 0;
        a++;
        b++;
        first = 0;
    }
}

evx_status evx_merge_place_recommendations(evx_units *units)
{
    for (size_t i = 0; i < units->len; i++) {
        evx_unit *r = units->items[i];
        if (r->type != EVX_UNIT_RECOMMENDATION || !r->parent)
            continue;
        const evx_unit *para = evx_units_find(units, r->parent);
        if (!para || para->type != EVX_UNIT_PARAGRAPH || !para->chapter)
            continue;
        r->chapter = para->chapter;
        if (evx_unit_set(&r->chapter_title, para->chapter_title,
                         para->chapter_title ? strlen(para->chapter_title) : 0))
            return EVX_NOMEM;
        if (r->section && r->chapter_title &&
            same_heading(r->section, r->chapter_title)) {
            free(r->section);
            r->section = NULL;
        }
    }
    return EVX_OK;
}
