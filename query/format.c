/*
 * format.c - output writers (see format.h).
 *
 * The human writer wraps words itself rather than leaving it to the
 * terminal, so continuation lines keep their indent; colour codes are
 * emitted around highlight ranges byte by byte and closed at each word's
 * end, so a line break never carries colour into the indent.
 */
#include "format.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "json.h"
#include "paranum.h"

#define C_HL "\033[1;31m"
#define C_ID "\033[1;35m"
#define C_SPEAKER "\033[32m"
#define C_OFF "\033[0m"

#define VIMGREP_CHARS 100

/* ---- report metadata ------------------------------------------------ */

static char *dup_member(const evx_json *o, const char *key, int *oom)
{
    const char *s = evx_json_get_str(o, key);
    char *d;

    if (!s)
        return NULL;
    d = evx_strdup(s);
    if (!d)
        *oom = 1;
    return d;
}

evx_status evx_report_meta_parse(evx_report_meta *out, const char *json,
                                 size_t len)
{
    evx_report_meta m = EVX_REPORT_META_INIT, empty = EVX_REPORT_META_INIT;
    evx_json *root = NULL;
    evx_status st;
    int oom = 0;

    *out = empty;
    st = evx_json_parse(&root, json, len, NULL);
    if (st)
        return st;
    if (evx_json_typeof(root) != EVX_JSON_OBJECT) {
        evx_json_free(root);
        return EVX_PARSE;
    }
    m.id = dup_member(root, "id", &oom);
    m.number = dup_member(root, "number", &oom);
    m.title = dup_member(root, "title", &oom);
    m.committee = dup_member(root, "committee", &oom);
    m.session = dup_member(root, "session", &oom);
    m.published = dup_member(root, "published", &oom);
    evx_json_free(root);
    if (oom) {
        evx_report_meta_free(&m);
        return EVX_NOMEM;
    }
    *out = m;
    return EVX_OK;
}

void evx_report_meta_free(evx_report_meta *m)
{
    evx_report_meta empty = EVX_REPORT_META_INIT;

    if (!m)
        return;
    free(m->id);
    free(m->number);
    free(m->title);
    free(m->committee);
    free(m->session);
    free(m->published);
    *m = empty;
}

/* ---- small helpers ---------------------------------------------------- */

static int is_blank(unsigned char c)
{
    return c <= 0x20 || c == 0x7f;
}

void evx_format_oneline(evx_buf *b, const char *text, size_t len)
{
    size_t i;
    int pending = 0, any = 0;

    for (i = 0; text && i < len; i++) {
        if (is_blank((unsigned char)text[i])) {
            pending = any;
            continue;
        }
        if (pending)
            evx_buf_putc(b, ' ');
        pending = 0;
        any = 1;
        evx_buf_putc(b, text[i]);
    }
}

/* Visible width of a UTF-8 byte run: one column per character. */
static int width_of(const char *s, size_t len)
{
    size_t i;
    int w = 0;

    for (i = 0; i < len; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

static void on(evx_buf *b, int color, const char *code)
{
    if (color)
        evx_buf_puts(b, code);
}

/* ---- speaker ---------------------------------------------------------- */

static void put_part(evx_buf *b, const char *s, int *first)
{
    if (!s || !*s)
        return;
    if (!*first)
        evx_buf_puts(b, ", ");
    evx_buf_puts(b, s);
    *first = 0;
}

/* "oral evidence, 20 March 2018, Q361" (no parentheses); nothing if the
 * kind says nothing. */
static void put_source_of(evx_buf *b, const evx_speaker *s, int *first)
{
    const char *kind = s->kind ? s->kind : "";

    if (strcmp(kind, "oral") == 0) {
        put_part(b, "oral evidence", first);
        put_part(b, s->date, first);
    } else if (strcmp(kind, "written") == 0) {
        put_part(b, "written evidence", first);
    }
    /* a document by its author, already named ("The King's Fund, A
     * progress report …"): its title after the name, once */
    const char *ref = s->ref;
    size_t nl = s->name ? strlen(s->name) : 0;
    if (ref && nl && strncmp(ref, s->name, nl) == 0 && ref[nl] == ',' && ref[nl + 1] == ' ' &&
        ref[nl + 2])
        ref += nl + 2;
    put_part(b, ref, first);
}

/* "Name, Role, Org"; an organisation speaking for itself is named once. */
static void put_who(evx_buf *b, const evx_speaker *s, int *first)
{
    put_part(b, s->name, first);
    put_part(b, s->role, first);
    if (!s->name || !s->org || strcmp(s->name, s->org) != 0)
        put_part(b, s->org, first);
}

void evx_format_speaker(evx_buf *b, const evx_speaker *s)
{
    int first = 1;
    size_t mark;

    if (!s || !s->name || !*s->name) {
        /* the evidence the report cites, whoever gave it: pasted with
         * nothing, the words had read as the committee's own */
        evx_buf_puts(b, "speaker not identified");
        if (s && s->ref && *s->ref) {
            evx_buf_printf(b, " (%s", s->ref);
            if (s->date && *s->date)
                evx_buf_printf(b, ", %s", s->date);
            evx_buf_putc(b, ')');
        }
        return;
    }
    put_who(b, s, &first);
    evx_buf_puts(b, " (");
    mark = b->len;
    first = 1;
    put_source_of(b, s, &first);
    if (b->len == mark)
        evx_buf_truncate(b, mark - 2);
    else
        evx_buf_putc(b, ')');
}

/* ---- block quotations in place ----------------------------------- */

static int is_block_quote(const evx_unit *q)
{
    return q && !q->is_inline && q->text && *q->text;
}

/* Where the block quotation q stands in text[0, len): just past its
 * lead-in, the first found at or after from; len when the lead-in is not
 * there (then it follows the text, the one place known to be right). */
static size_t quote_place(const char *text, size_t len, size_t from,
                          const evx_unit *q)
{
    const char *at;

    if (!q->lead_in || !*q->lead_in || from >= len)
        return len;
    at = strstr(text + from, q->lead_in);
    return at ? (size_t)(at - text) + strlen(q->lead_in) : len;
}

void evx_format_quote_places(const char *text, const evx_units *qs,
                             size_t *at)
{
    size_t len = text ? strlen(text) : 0, from = 0;

    for (size_t i = 0; qs && i < qs->len; i++) {
        at[i] = SIZE_MAX;
        if (!is_block_quote(qs->items[i]))
            continue;
        at[i] = from = quote_place(text, len, from, qs->items[i]);
    }
}

/* What walk_quoted calls, in reading order. */
typedef struct quote_walk {
    void (*text)(void *ctx, const char *s, size_t from, size_t to);
    void (*quote)(void *ctx, const evx_unit *q);
    void *ctx;
} quote_walk;

/* Walks text with qs's block quotations where the report prints them:
 * each after its lead-in, those whose lead-in is not found after the
 * text.  Calls the text callback at least once (for an empty text too). */
static void walk_quoted(const char *text, const evx_units *qs,
                        const quote_walk *wk)
{
    size_t len = strlen(text), from = 0;
    int said = 0;

    for (size_t i = 0; qs && i < qs->len; i++) {
        const evx_unit *q = qs->items[i];
        size_t at;
        if (!is_block_quote(q))
            continue;
        at = quote_place(text, len, from, q);
        if (at > from || !said)
            wk->text(wk->ctx, text, from, at);
        wk->quote(wk->ctx, q);
        said = 1;
        for (from = at; from < len && is_blank((unsigned char)text[from]);)
            from++;
    }
    if (from < len || !said)
        wk->text(wk->ctx, text, from, len);
}

/* ---- human ------------------------------------------------------------ */

typedef struct wrap {
    evx_buf *b;
    int col, width, indent, color;
} wrap;

static void wrap_newline(wrap *w)
{
    int i;

    evx_buf_putc(w->b, '\n');
    for (i = 0; i < w->indent; i++)
        evx_buf_putc(w->b, ' ');
    w->col = w->indent;
}

static void wrap_space(wrap *w, int next_width)
{
    if (w->col > w->indent && w->col + 1 + next_width > w->width)
        wrap_newline(w);
    else if (w->col > w->indent) {
        evx_buf_putc(w->b, ' ');
        w->col++;
    }
}

/* Writes one word [ws, we) of text, colouring the bytes inside highlight
 * ranges; *k is the first range that may still apply. */
static void wrap_word(wrap *w, const char *text, size_t ws, size_t we,
                      const evx_snippet *sn, size_t *k)
{
    size_t p;
    int cur = 0;

    wrap_space(w, width_of(text + ws, we - ws));
    for (p = ws; p < we; p++) {
        int inside;
        while (sn && *k < sn->n_hl && sn->hl[*k].end <= p)
            (*k)++;
        inside = sn && *k < sn->n_hl && sn->hl[*k].start <= p;
        if (w->color && inside != cur) {
            evx_buf_puts(w->b, inside ? C_HL : C_OFF);
            cur = inside;
        }
        evx_buf_putc(w->b, text[p]);
    }
    if (cur)
        evx_buf_puts(w->b, C_OFF);
    w->col += width_of(text + ws, we - ws);
}

static void wrap_text(wrap *w, const char *text, size_t start, size_t end,
                      const evx_snippet *sn)
{
    size_t p = start, k = 0;

    while (p < end) {
        size_t ws;
        while (p < end && is_blank((unsigned char)text[p]))
            p++;
        ws = p;
        while (p < end && !is_blank((unsigned char)text[p]))
            p++;
        if (p > ws)
            wrap_word(w, text, ws, p, sn, &k);
    }
}

static void put_heading(evx_buf *b, const evx_out_hit *h, int color)
{
    const evx_unit *u = h->unit;

    on(b, color, C_ID);
    if (h->rank)
        evx_buf_printf(b, "%u. ", h->rank);
    evx_buf_puts(b, u->id ? u->id : "?");
    on(b, color, C_OFF);
    evx_buf_printf(b, "  %s", evx_unit_type_name(u->type));
    if (u->title && *u->title)
        evx_buf_printf(b, " \"%s\"", u->title);
    if (u->para) {
        char at[24];
        evx_para_print(u->para, at, sizeof at);
        evx_buf_printf(b, "  \xC2\xB6%s", at);
    }
    if (u->chapter) {
        evx_buf_printf(b, "  ch. %d", u->chapter);
        if (u->chapter_title)
            evx_buf_printf(b, " %s", u->chapter_title);
    }
    if (u->section && *u->section)
        evx_buf_printf(b, " \xE2\x80\xBA %s", u->section);
    if (u->page)
        evx_buf_printf(b, "  p. %d", u->page);
    evx_buf_putc(b, '\n');
}

static void put_speaker_line(evx_buf *b, const evx_unit *u, int color)
{
    if (u->type != EVX_UNIT_QUOTATION)
        return;
    evx_buf_puts(b, "   ");
    on(b, color, C_SPEAKER);
    evx_buf_puts(b, "\xE2\x80\x94 ");
    evx_format_speaker(b, u->speaker);
    on(b, color, C_OFF);
    evx_buf_putc(b, '\n');
}

/* The whole text with its block quotations in place: the text at indent
 * 3, each quotation a block at indent 6 between blank lines. */
typedef struct human_walk {
    wrap *w;
    const evx_snippet *snip;
    int after_quote;
} human_walk;

static void human_text(void *ctx, const char *s, size_t from, size_t to)
{
    human_walk *hw = ctx;

    if (hw->after_quote) {
        evx_buf_puts(hw->w->b, "\n\n   ");
        hw->w->col = hw->w->indent = 3;
        hw->after_quote = 0;
    }
    wrap_text(hw->w, s, from, to, hw->snip);
}

static void human_quote(void *ctx, const evx_unit *q)
{
    human_walk *hw = ctx;

    evx_buf_puts(hw->w->b, "\n\n      ");
    hw->w->col = hw->w->indent = 6;
    wrap_text(hw->w, q->text, 0, strlen(q->text), NULL);
    hw->after_quote = 1;
}

void evx_format_human(evx_buf *b, const evx_out_hit *h,
                      const evx_fmt_opts *o)
{
    const evx_unit *u = h->unit;
    const char *text = u->text ? u->text : "";
    size_t len = strlen(text), start = 0, end = len, none = 0;
    int cut_start = 0, cut_end = 0;
    wrap w;

    w.b = b;
    w.indent = 3;
    w.col = 3;
    w.width = o && o->width > 20 ? o->width : 80;
    w.color = o && o->color;
    put_heading(b, h, w.color);
    put_speaker_line(b, u, w.color);
    if (o && o->heading_only)
        return;
    if (h->snip && !(o && o->full_text)) {
        start = h->snip->start < len ? h->snip->start : len;
        end = h->snip->end < len ? h->snip->end : len;
        cut_start = h->snip->cut_start;
        cut_end = h->snip->cut_end;
    }
    evx_buf_puts(b, "   ");
    if (o && o->full_text && h->quotations) {
        human_walk hw = {&w, h->snip, 0};
        quote_walk wk = {human_text, human_quote, &hw};
        walk_quoted(text, h->quotations, &wk);
        evx_buf_putc(b, '\n');
        return;
    }
    if (cut_start)
        wrap_word(&w, "\xE2\x80\xA6", 0, 3, NULL, &none);
    wrap_text(&w, text, start, end, h->snip);
    if (cut_end)
        wrap_word(&w, "\xE2\x80\xA6", 0, 3, NULL, &none);
    evx_buf_putc(b, '\n');
}

/* ---- JSON ------------------------------------------------------------- */

static void put_num_or_null(evx_buf *b, const char *key, long n)
{
    evx_json_put_key(b, key);
    if (n)
        evx_buf_printf(b, "%ld", n);
    else
        evx_buf_puts(b, "null");
    evx_buf_putc(b, ',');
}

static void put_str_member(evx_buf *b, const char *key, const char *s)
{
    evx_json_put_key(b, key);
    evx_json_put_cstr(b, s);
    evx_buf_putc(b, ',');
}

static void put_json_speaker(evx_buf *b, const evx_speaker *s)
{
    evx_json_put_key(b, "speaker");
    if (!s) {
        evx_buf_puts(b, "null,");
        return;
    }
    evx_buf_putc(b, '{');
    put_str_member(b, "name", s->name);
    put_str_member(b, "role", s->role);
    put_str_member(b, "org", s->org);
    put_str_member(b, "kind", s->kind);
    put_str_member(b, "ref", s->ref);
    put_str_member(b, "date", s->date);
    put_str_member(b, "method", s->method);
    evx_json_put_key(b, "evidence");
    evx_json_put_cstr(b, s->evidence);
    evx_buf_puts(b, "},");
}

/* The snippet as one line, with an ellipsis on each cut side. */
static void put_snippet_text(evx_buf *b, const char *text, size_t len,
                             const evx_snippet *sn)
{
    size_t start = sn->start < len ? sn->start : len;
    size_t end = sn->end < len ? sn->end : len;

    if (end < start)
        end = start;
    if (sn->cut_start)
        evx_buf_puts(b, "\xE2\x80\xA6 ");
    evx_format_oneline(b, text + start, end - start);
    if (sn->cut_end)
        evx_buf_puts(b, " \xE2\x80\xA6");
}

/* Counts characters (code points) through text from a byte offset to
 * later ones, so that a unit's highlights, in order, cost one pass. */
typedef struct char_count {
    size_t at, chars; /* bytes passed, the characters in them */
} char_count;

/* The characters of text[0..off): a byte offset as a character's. */
static size_t chars_before(char_count *cc, const char *text, size_t off)
{
    if (off < cc->at)
        cc->at = cc->chars = 0;
    for (; cc->at < off; cc->at++)
        cc->chars += ((unsigned char)text[cc->at] & 0xC0) != 0x80;
    return cc->chars;
}

static void put_json_snippet(evx_buf *b, const evx_out_hit *h,
                             const char *text, size_t len)
{
    evx_buf tmp = EVX_BUF_INIT;
    size_t i;

    evx_json_put_key(b, "snippet");
    if (!h->snip) {
        evx_buf_puts(b, "null,");
        evx_json_put_key(b, "highlights");
        evx_buf_puts(b, "[],");
        evx_json_put_key(b, "highlight_chars");
        evx_buf_puts(b, "[],");
        return;
    }
    put_snippet_text(&tmp, text, len, h->snip);
    evx_json_put_str(b, evx_buf_str(&tmp), tmp.len);
    evx_buf_free(&tmp);
    evx_buf_putc(b, ',');
    evx_json_put_key(b, "highlights");
    evx_buf_putc(b, '[');
    for (i = 0; i < h->snip->n_hl; i++)
        evx_buf_printf(b, "%s[%zu,%zu]", i ? "," : "", h->snip->hl[i].start,
                       h->snip->hl[i].end);
    evx_buf_puts(b, "],");
    /* the same ranges counted in characters (code points), as jq and
     * Python index a string */
    evx_json_put_key(b, "highlight_chars");
    evx_buf_putc(b, '[');
    char_count cc = {0, 0};
    for (i = 0; i < h->snip->n_hl; i++) {
        size_t from = chars_before(&cc, text, h->snip->hl[i].start);
        evx_buf_printf(b, "%s[%zu,%zu]", i ? "," : "", from,
                       chars_before(&cc, text, h->snip->hl[i].end));
    }
    evx_buf_puts(b, "],");
}

static void put_json_footnotes(evx_buf *b, const evx_out_hit *h)
{
    const evx_unit *u = h->unit;
    size_t i;

    evx_json_put_key(b, "footnotes");
    evx_buf_putc(b, '[');
    for (i = 0; i < u->n_footnotes; i++) {
        evx_buf_printf(b, "%s{\"number\":%d,\"text\":", i ? "," : "",
                       u->footnotes[i]);
        evx_json_put_cstr(b, h->fn_text ? h->fn_text[i] : NULL);
        evx_buf_putc(b, '}');
    }
    evx_buf_puts(b, "],");
}

static void put_json_sources(evx_buf *b, const evx_out_hit *h)
{
    const evx_unit *u = h->unit;
    size_t i;

    evx_json_put_key(b, "sources");
    evx_buf_putc(b, '[');
    for (i = 0; i < u->n_sources; i++) {
        const evx_source *s = &u->sources[i];
        evx_buf_puts(b, i ? ",{" : "{");
        put_str_member(b, "file", s->file);
        put_str_member(b, "rendering", s->rendering);
        evx_buf_printf(b, "\"line\":%ld,\"col\":%ld,\"end_line\":%ld",
                       s->line, s->col, s->end_line);
        /* where the first matched word is in this rendering's file; the
         * unit's start when no word matched or it was not found there
         * (README, "JSON Lines schema": every source has both) */
        long ml = i == 0 ? h->match_line
                         : (i < h->n_matches ? h->matches[i][0] : 0);
        long mc = i == 0 ? h->match_col
                         : (i < h->n_matches ? h->matches[i][1] : 0);
        evx_buf_printf(b, ",\"match_line\":%ld,\"match_col\":%ld",
                       ml > 0 ? ml : s->line, ml > 0 ? mc : s->col);
        evx_buf_putc(b, '}');
    }
    evx_buf_putc(b, ']');
}

void evx_format_json(evx_buf *b, const evx_out_hit *h)
{
    const evx_unit *u = h->unit;
    const char *text = u->text ? u->text : "";

    evx_buf_printf(b, "{\"format_version\":%d,", EVX_FORMAT_VERSION);
    put_num_or_null(b, "rank", h->rank);
    evx_json_put_key(b, "score");
    if (h->rank)
        evx_buf_printf(b, "%.6g,", h->score);
    else
        evx_buf_puts(b, "null,");
    put_str_member(b, "id", u->id);
    put_str_member(b, "type", evx_unit_type_name(u->type));
    put_str_member(b, "report", u->report);
    evx_json_put_key(b, "para");
    if (u->para)
        evx_unit_para_to_json(b, u->para);
    else
        evx_buf_puts(b, "null");
    evx_buf_putc(b, ',');
    put_num_or_null(b, "chapter", u->chapter);
    put_str_member(b, "chapter_title", u->chapter_title);
    put_str_member(b, "section", u->section);
    put_num_or_null(b, "page", u->page);
    put_str_member(b, "title", u->title);
    put_str_member(b, "parent", u->parent);
    put_json_speaker(b, u->speaker);
    put_str_member(b, "text", u->text);
    put_json_snippet(b, h, text, strlen(text));
    put_json_footnotes(b, h);
    put_json_sources(b, h);
    if (h->extra_json && *h->extra_json) {
        evx_buf_putc(b, ',');
        evx_buf_puts(b, h->extra_json);
    }
    evx_buf_puts(b, "}\n");
}

/* ---- vimgrep ---------------------------------------------------------- */

/* Appends at most max characters of s (one line already), cutting on a
 * UTF-8 character boundary. */
static void put_chars(evx_buf *b, const char *s, size_t len, int max)
{
    size_t i = 0;
    int n = 0;

    while (i < len) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && n++ == max)
            break;
        evx_buf_putc(b, s[i++]);
    }
}

static const char *relative_to(const char *file, const char *cwd)
{
    size_t n;

    if (!cwd || file[0] != '/')
        return file;
    n = strlen(cwd);
    if (n > 1 && strncmp(file, cwd, n) == 0 && file[n] == '/')
        return file + n + 1;
    return file;
}

void evx_format_vimgrep(evx_buf *b, const evx_out_hit *h,
                        const evx_vimgrep_opts *o)
{
    const evx_unit *u = h->unit;
    const evx_source *s;
    const char *text = u->text ? u->text : "", *file;
    evx_buf line = EVX_BUF_INIT;
    evx_snippet whole = EVX_SNIPPET_INIT;
    long ln, col;

    if (!u->n_sources || !u->sources[0].file)
        return;
    s = &u->sources[0];
    whole.end = strlen(text);
    if (o && o->mark)
        evx_buf_puts(&line, o->mark);
    put_snippet_text(&line, text, strlen(text), h->snip ? h->snip : &whole);
    file = relative_to(s->file, o ? o->cwd : NULL);
    evx_format_oneline(b, file, strlen(file));
    ln = h->match_line > 0 ? h->match_line : s->line;
    col = h->match_line > 0 ? h->match_col : s->col;
    evx_buf_printf(b, ":%ld:%ld:", ln > 0 ? ln : 1, col > 0 ? col : 1);
    put_chars(b, evx_buf_str(&line), line.len, VIMGREP_CHARS);
    evx_buf_putc(b, '\n');
    evx_buf_free(&line);
}

/* ---- cite ------------------------------------------------------------- */

/* text[0, len) as Markdown block quote lines, one per line of text, each
 * opened by quote ("> ", or "> > " for a quotation inside the quoted
 * paragraph). */
static void put_block_quote(evx_buf *b, const char *text, size_t len,
                            const char *quote)
{
    const char *p = text, *end = text + len;
    size_t ql = strlen(quote);

    do {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        size_t mark = b->len;
        evx_buf_puts(b, quote);
        evx_format_oneline(b, p, n);
        if (b->len == mark + ql)
            evx_buf_truncate(b, mark + ql - 1);
        evx_buf_putc(b, '\n');
        p = nl ? nl + 1 : end;
    } while (p < end);
}

/* The part of the report a unit without a paragraph stands in, by its
 * parent's id ("HC650/annex/7": "Annex"), else NULL: a quotation in an
 * annex, the glossary or the summary is cited by that part, as the unit
 * it stands in is. */
static const char *part_of_parent(const evx_unit *u)
{
    static const struct {
        const char *seg, *name;
    } parts[] = {{"/annex/", "Annex"}, {"/glossary/", "Glossary"},
                 {"/summary/", "Summary"}};
    for (size_t i = 0; u->parent && i < sizeof parts / sizeof *parts; i++)
        if (strstr(u->parent, parts[i].seg))
            return parts[i].name;
    return NULL;
}

static void put_locator(evx_buf *b, const evx_unit *u, int *first)
{
    char tmp[64];

    if (u->type == EVX_UNIT_QUOTATION && !u->para && part_of_parent(u))
        put_part(b, part_of_parent(u), first);
    switch (u->type) {
    case EVX_UNIT_FOOTNOTE:
        snprintf(tmp, sizeof tmp, "footnote %d", u->number);
        break;
    case EVX_UNIT_RECOMMENDATION:
        snprintf(tmp, sizeof tmp, "conclusions and recommendations, para %d",
                 u->number);
        break;
    case EVX_UNIT_SUMMARY:
        snprintf(tmp, sizeof tmp, "Summary");
        break;
    case EVX_UNIT_GLOSSARY:
        snprintf(tmp, sizeof tmp, "Glossary");
        break;
    case EVX_UNIT_ANNEX:
        /* by its heading ("Annex: Visit to …"), or a part of one by its
         * own under the word ("Annex, Visit to Doncaster Royal Infirmary") */
        if (u->title && *u->title &&
            (strncasecmp(u->title, "annex", 5) == 0 ||
             strncasecmp(u->title, "appendix", 8) == 0)) {
            put_part(b, u->title, first);
            return;
        }
        put_part(b, "Annex", first);
        if (u->title && *u->title)
            put_part(b, u->title, first);
        return;
    case EVX_UNIT_BOX:
        /* a box is cited by its caption ("Box 1: What is an STP?"), never
         * by the paragraph it follows */
        tmp[0] = '\0';
        if (u->title && *u->title) {
            put_part(b, u->title, first);
            return;
        }
        if (u->page)
            snprintf(tmp, sizeof tmp, "p. %d", u->page);
        break;
    default:
        tmp[0] = '\0';
        if (u->para) {
            char at[24];
            evx_para_print(u->para, at, sizeof at);
            snprintf(tmp, sizeof tmp, "para %s", at);
        }
        else if (u->page)
            snprintf(tmp, sizeof tmp, "p. %d", u->page);
    }
    put_part(b, tmp, first);
}

void evx_format_reference(evx_buf *b, const evx_unit *u,
                          const evx_report_meta *m)
{
    char page[32];
    int first = 1;

    if (m) {
        put_part(b, m->committee, &first);
        if (m->title && *m->title) {
            put_part(b, "*", &first);
            evx_buf_puts(b, m->title);
            evx_buf_putc(b, '*');
        }
        put_part(b, m->session, &first);
    }
    /* the session is given: the number alone, as Parliament cites it */
    put_part(b, m && m->number ? m->number : m && m->id ? m->id : u->report,
             &first);
    put_part(b, m ? m->published : NULL, &first);
    put_locator(b, u, &first);
    /* put_locator gives the page itself when there is nothing else */
    if (u->page > 0 && (u->para || u->type == EVX_UNIT_FOOTNOTE ||
                        u->type == EVX_UNIT_RECOMMENDATION ||
                        u->type == EVX_UNIT_SUMMARY ||
                        u->type == EVX_UNIT_GLOSSARY ||
                        u->type == EVX_UNIT_ANNEX ||
                        (u->type == EVX_UNIT_BOX && u->title && *u->title))) {
        snprintf(page, sizeof page, "p. %d", u->page);
        put_part(b, page, &first);
    }
}

/* The unit's text as a block quote with its block quotations quoted
 * inside it where the report prints them (after a paragraph's
 * "...saying:"), the blocks apart by a line ">". */
typedef struct cite_walk {
    evx_buf *b;
    int blocks;
} cite_walk;

static void cite_block(cite_walk *cw, const char *s, size_t len,
                       const char *quote)
{
    if (cw->blocks++)
        evx_buf_puts(cw->b, ">\n");
    put_block_quote(cw->b, s, len, quote);
}

static void cite_text(void *ctx, const char *s, size_t from, size_t to)
{
    cite_block(ctx, s + from, to - from, "> ");
}

static void cite_quote(void *ctx, const evx_unit *q)
{
    cite_block(ctx, q->text, strlen(q->text), "> > ");
}

/* Escapes each "<" written to b from `from` on ("\\<"), so that Markdown
 * shows the report's "<Ltd>" or "<script>" as printed, never as HTML. */
static void escape_angles(evx_buf *b, size_t from)
{
    evx_buf tail = EVX_BUF_INIT;
    size_t n = 0;
    for (size_t i = from; i < b->len; i++)
        n += b->data[i] == '<';
    if (!n)
        return;
    for (size_t i = from; i < b->len; i++) {
        if (b->data[i] == '<')
            evx_buf_putc(&tail, '\\');
        evx_buf_putc(&tail, b->data[i]);
    }
    if (!evx_buf_status(&tail)) {
        evx_buf_truncate(b, from);
        evx_buf_append(b, tail.data, tail.len);
    }
    evx_buf_free(&tail);
}

void evx_format_cite(evx_buf *b, const evx_out_hit *h,
                     const evx_report_meta *meta)
{
    const evx_unit *u = h->unit;
    const evx_speaker *s = u->speaker;
    size_t from = b->len;
    cite_walk cw = {b, 0};
    quote_walk wk = {cite_text, cite_quote, &cw};

    walk_quoted(u->text ? u->text : "", h->quotations, &wk);
    evx_buf_putc(b, '\n');
    /* who said it, or the evidence cited when the report names no one */
    int named = s && s->name && *s->name;
    if (u->type == EVX_UNIT_QUOTATION && (named || (s && s->ref && *s->ref))) {
        int first = 1;
        evx_buf_puts(b, "\xE2\x80\x94 ");
        if (named) {
            put_who(b, s, &first);
            put_source_of(b, s, &first);
        } else {
            evx_format_speaker(b, s);
        }
        evx_buf_puts(b, "\n\n");
    }
    evx_format_reference(b, u, meta);
    evx_buf_putc(b, '\n');
    escape_angles(b, from);
}
