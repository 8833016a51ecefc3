/*
 * serve_html.c - the HTML of `evidex serve`: escaping, the page frame,
 * result cards rendered from the hit objects `evidex --json` prints
 * (format.h's schema), and the search page with its facets and paging.
 *
 * Every value that comes from the index or the request goes through
 * evx_html_esc, in text and in attributes alike.  A card's snippet is the
 * command's own snippet; its matched words are marked by aligning the
 * snippet with the unit's text and its "highlights" byte ranges.  Facet
 * counts are counts of the very query a facet links to (the query with
 * the field added), run through the same search command, so the number
 * beside a facet is the number the next page shows.
 */
#define _POSIX_C_SOURCE 200809L

#include "serve_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "paranum.h"
#include "schema.h"
#include "unit.h"

#define PAGE_SIZE 10
#define FACET_MAX 8
#define CHAPTER_MAX 20

/* ---- escaping ----------------------------------------------------------- */

void evx_html_esc(evx_buf *b, const char *s, size_t len)
{
    size_t i, run = 0;

    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        switch (c) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default:
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
                rep = "";
        }
        if (!rep)
            continue;
        evx_buf_append(b, s + run, i - run);
        evx_buf_puts(b, rep);
        run = i + 1;
    }
    evx_buf_append(b, s + run, len - run);
}

void evx_html_escs(evx_buf *b, const char *s)
{
    if (s)
        evx_html_esc(b, s, strlen(s));
}

void evx_html_url(evx_buf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";

    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
            (c >= '0' && c <= '9') || strchr("-_.~/", c))
            evx_buf_putc(b, (char)c);
        else
            evx_buf_printf(b, "%%%c%c", hex[c >> 4], hex[c & 15]);
    }
}

/* ---- frame -------------------------------------------------------------- */

void evx_html_open(evx_buf *b, const char *title, const char *q)
{
    evx_buf_puts(b, "<!doctype html>\n<html lang=\"en\"><head>"
                    "<meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, "
                    "initial-scale=1\"><title>");
    evx_html_escs(b, title);
    evx_buf_puts(b, " · evidex</title>"
                    "<link rel=\"stylesheet\" href=\"/assets/style.css\">"
                    "<script src=\"/assets/app.js\" defer></script>"
                    "</head><body><header class=\"top\">"
                    "<a class=\"brand\" href=\"/\">evidex</a>"
                    "<form class=\"search\" action=\"/\" method=\"get\" "
                    "role=\"search\"><input id=\"q\" name=\"q\" "
                    "type=\"search\" aria-label=\"Search the reports\" "
                    "placeholder=\"Search: words, &quot;a phrase&quot;, "
                    "speaker:ham, type:quotation\" value=\"");
    evx_html_escs(b, q);
    evx_buf_puts(b, "\"><button type=\"submit\">Search</button></form>"
                    "<nav><a href=\"/who\">Who said it?</a>"
                    "<a href=\"/speakers\">Speakers</a></nav></header>"
                    "<main>");
}

void evx_html_close(evx_buf *b)
{
    evx_buf_puts(b, "</main><footer class=\"foot\">evidex " EVX_VERSION
                    " · read-only · the same answers as the <code>evidex"
                    "</code> command and <a href=\"/api/search?q=care\">"
                    "its JSON</a></footer></body></html>\n");
}

void evx_html_message(evx_buf *b, const char *cls, const char *text)
{
    evx_buf_printf(b, "<p class=\"msg %s\" role=\"status\">", cls);
    evx_html_escs(b, text);
    evx_buf_puts(b, "</p>");
}

void evx_html_fail(evx_req *r, const evx_serve_result *res, const char *q)
{
    r->status = evx_serve_fail_status(res);
    evx_buf_clear(&r->body);
    evx_html_open(&r->body, "Error", q);
    evx_html_message(&r->body, "error", evx_serve_fail_message(res));
    evx_html_close(&r->body);
}

/* ---- cards -------------------------------------------------------------- */

static char *jstr(const evx_json *o, const char *key)
{
    return (char *)evx_json_get_str(o, key);
}

int evx_html_speaker(evx_buf *b, const evx_json *sp)
{
    evx_speaker s;
    evx_buf line = EVX_BUF_INIT;

    if (evx_json_typeof(sp) != EVX_JSON_OBJECT)
        return 0;
    memset(&s, 0, sizeof s);
    s.name = jstr(sp, "name");
    s.role = jstr(sp, "role");
    s.org = jstr(sp, "org");
    s.kind = jstr(sp, "kind");
    s.ref = jstr(sp, "ref");
    s.date = jstr(sp, "date");
    s.method = jstr(sp, "method");
    evx_format_speaker(&line, &s);
    if (!s.name) { /* "speaker not identified (Q151, 27 February 2018)" */
        evx_buf_puts(b, "<p class=\"speaker\">");
        evx_html_escs(b, evx_buf_str(&line));
        evx_buf_puts(b, "</p>");
        evx_buf_free(&line);
        return 1;
    }
    evx_buf_puts(b, "<p class=\"speaker\"><a href=\"/speaker/");
    evx_html_url(b, s.name);
    evx_buf_puts(b, "\">");
    evx_html_escs(b, s.name);
    evx_buf_puts(b, "</a>");
    if (line.len > strlen(s.name) &&
        strncmp(evx_buf_str(&line), s.name, strlen(s.name)) == 0)
        evx_html_escs(b, evx_buf_str(&line) + strlen(s.name));
    evx_buf_puts(b, "</p>");
    evx_buf_free(&line);
    return 1;
}

/* The highlight ranges of a hit, sorted as the command gives them. */
typedef struct ranges {
    const evx_json *arr;
    size_t n, k;
} ranges;

static int in_range(ranges *hl, size_t pos)
{
    while (hl->k < hl->n) {
        const evx_json *r = evx_json_at(hl->arr, hl->k);
        size_t e = (size_t)evx_json_num(evx_json_at(r, 1), 0);
        if (pos < e)
            return pos >= (size_t)evx_json_num(evx_json_at(r, 0), 0);
        hl->k++;
    }
    return 0;
}

static int is_space(unsigned char c)
{
    return c <= 0x20 || c == 0x7f;
}

/* Matches the one-line snippet core (runs of space as one) against text
 * from p; the text's end position, or 0 when it does not match. */
static size_t align(const char *text, size_t tlen, size_t p,
                    const char *core, size_t clen)
{
    size_t i = p, j = 0;

    while (j < clen) {
        if (core[j] == ' ') {
            if (i >= tlen || !is_space((unsigned char)text[i]))
                return 0;
            while (i < tlen && is_space((unsigned char)text[i]))
                i++;
            j++;
        } else if (i < tlen && text[i] == core[j]) {
            i++;
            j++;
        } else
            return 0;
    }
    return i;
}

/* Writes text[from, to) escaped, collapsing space, marking highlights. */
static void put_marked(evx_buf *b, const char *text, size_t from, size_t to,
                       ranges *hl)
{
    int open = 0, space = 0;
    size_t i;

    for (i = from; i < to; i++) {
        int h = in_range(hl, i);
        if (is_space((unsigned char)text[i])) {
            space = 1;
            continue;
        }
        if (h != open)
            evx_buf_puts(b, h ? (space ? " <mark>" : "<mark>")
                              : (space ? "</mark> " : "</mark>"));
        else if (space)
            evx_buf_putc(b, ' ');
        space = 0;
        open = h;
        evx_html_esc(b, text + i, 1);
    }
    if (open)
        evx_buf_puts(b, "</mark>");
}

static void put_snippet(evx_buf *b, const evx_json *hit)
{
    static const char ell[] = "\xE2\x80\xA6 ", lle[] = " \xE2\x80\xA6";
    size_t tlen = 0, clen = 0, p, end = 0;
    const char *text = evx_json_str(evx_json_get(hit, "text"), &tlen);
    const char *core = evx_json_str(evx_json_get(hit, "snippet"), &clen);
    ranges hl = {evx_json_get(hit, "highlights"), 0, 0};
    int lead, trail;

    if (!core || !text)
        return;
    hl.n = evx_json_len(hl.arr);
    lead = clen >= 4 && memcmp(core, ell, 4) == 0;
    trail = clen >= (size_t)(4 + lead * 4) && memcmp(core + clen - 4, lle, 4) == 0;
    core += lead * 4;
    clen -= (size_t)(lead + trail) * 4;
    for (p = 0; clen && p < tlen && !end; p++)
        if (text[p] == core[0])
            end = align(text, tlen, p, core, clen);
    evx_buf_puts(b, "<p class=\"snippet\">");
    if (!end) {
        evx_html_escs(b, evx_json_get_str(hit, "snippet"));
    } else {
        evx_buf_puts(b, lead ? ell : "");
        put_marked(b, text, p - 1, end, &hl);
        evx_buf_puts(b, trail ? lle : "");
    }
    evx_buf_puts(b, "</p>");
}

/* "Chapter 9: Title › Section". */
static void put_where(evx_buf *b, const evx_json *hit)
{
    double ch = evx_json_get_num(hit, "chapter", 0);
    const char *ct = evx_json_get_str(hit, "chapter_title");
    const char *sec = evx_json_get_str(hit, "section");
    const char *title = evx_json_get_str(hit, "title");

    evx_buf_puts(b, "<p class=\"where\">");
    if (ch > 0)
        evx_buf_printf(b, "Chapter %d", (int)ch);
    if (ct) {
        evx_buf_puts(b, ch > 0 ? ": " : "");
        evx_html_escs(b, ct);
    }
    if (sec) {
        evx_buf_puts(b, ch > 0 || ct ? " \xE2\x80\xBA " : "");
        evx_html_escs(b, sec);
    }
    if (title && !sec) {
        evx_buf_puts(b, ch > 0 || ct ? " \xE2\x80\xBA " : "");
        evx_html_escs(b, title);
    }
    evx_buf_puts(b, "</p>");
}

static void put_label(evx_buf *b, const evx_json *hit)
{
    int para = evx_unit_para_from_json(evx_json_get(hit, "para"));
    char at[24];
    const char *type = evx_json_get_str(hit, "type");
    const char *id = evx_json_get_str(hit, "id");

    evx_buf_puts(b, "<a class=\"id\" href=\"/unit/");
    evx_html_url(b, id);
    evx_buf_puts(b, "\">");
    evx_para_print(para, at, sizeof at);
    if (para > 0 && type && strcmp(type, "paragraph") == 0)
        evx_buf_printf(b, "\xC2\xB6%s", at);
    else
        evx_html_escs(b, id);
    evx_buf_puts(b, "</a>");
    if (para > 0 && type && strcmp(type, "paragraph") != 0)
        evx_buf_printf(b, " <span class=\"para\">in \xC2\xB6%s</span>", at);
}

/* The ids merged into a hit (restate.h: a recommendation and the paragraph
 * it restates are one hit), each a link to its unit, as the command line's
 * "also ID (the recommendation restating it)". */
static void put_also(evx_buf *b, const evx_json *hit)
{
    const evx_json *also = evx_json_get(hit, "also");
    size_t i, n = evx_json_len(also);

    if (evx_json_typeof(also) != EVX_JSON_ARRAY || n == 0)
        return;
    evx_buf_puts(b, "<p class=\"also\">also");
    for (i = 0; i < n; i++) {
        const char *id = evx_json_str(evx_json_at(also, i), NULL);
        if (!id)
            continue;
        evx_buf_puts(b, i ? ", <a class=\"id\" href=\"/unit/"
                          : " <a class=\"id\" href=\"/unit/");
        evx_html_url(b, id);
        evx_buf_puts(b, "\">");
        evx_html_escs(b, id);
        evx_buf_puts(b, "</a>");
    }
    evx_buf_puts(b, " (the recommendation restating it)</p>");
}

void evx_html_card(evx_buf *b, const evx_json *hit, int snippet)
{
    double rank = evx_json_get_num(hit, "rank", 0);
    double page = evx_json_get_num(hit, "page", 0);
    const char *type = evx_json_get_str(hit, "type");

    evx_buf_puts(b, "<article class=\"card\" data-id=\"");
    evx_html_escs(b, evx_json_get_str(hit, "id"));
    evx_buf_puts(b, "\"><header>");
    if (rank > 0)
        evx_buf_printf(b, "<span class=\"rank\">%d</span>", (int)rank);
    evx_buf_puts(b, "<span class=\"type\">");
    evx_html_escs(b, type);
    evx_buf_puts(b, "</span>");
    put_label(b, hit);
    evx_buf_puts(b, "</header>");
    put_where(b, hit);
    evx_html_speaker(b, evx_json_get(hit, "speaker"));
    if (snippet)
        put_snippet(b, hit);
    put_also(b, hit);
    evx_buf_puts(b, "<p class=\"meta\">");
    evx_html_escs(b, evx_json_get_str(hit, "report"));
    if (page > 0)
        evx_buf_printf(b, " \xC2\xB7 page %d", (int)page);
    evx_buf_puts(b, "</p></article>");
}

/* ---- facets ------------------------------------------------------------- */

/* Non-zero when q has an operator at its top level, so that a field added
 * after it must not bind to its last operand. */
static int needs_group(const char *q)
{
    static const char *const ops[] = {"OR", "AND", "NOT", "NEAR"};
    size_t i, n;

    for (const char *p = q; *p; p += n ? n : 1) {
        while (*p == ' ')
            p++;
        n = strcspn(p, " ");
        for (i = 0; i < 4; i++)
            if (n >= strlen(ops[i]) && strncmp(p, ops[i], strlen(ops[i])) == 0)
                return 1;
    }
    return 0;
}

/* q with field:value added (the value quoted when it is not one word). */
static void add_field(evx_buf *b, const char *q, const char *field,
                      const char *value)
{
    int group = needs_group(q);
    const char *v;

    evx_buf_printf(b, group ? "(%s) %s:" : "%s %s:", q, field);
    if (value[strcspn(value, " :()\"")]) {
        evx_buf_putc(b, '"');
        for (v = value; *v; v++)
            if (*v != '"')
                evx_buf_putc(b, *v);
        evx_buf_putc(b, '"');
    } else
        evx_buf_puts(b, value);
}

/* How many units the query q with field:value matches. */
static unsigned long facet_count(evx_req *r, const char *q, const char *field,
                                 const char *value, evx_buf *query)
{
    evx_serve_result res = EVX_SERVE_RESULT_INIT;
    evx_cmd_opts o;
    unsigned long n;

    evx_buf_clear(query);
    add_field(query, q, field, value);
    evx_cmd_opts_init(&o);
    o.text = evx_buf_str(query);
    o.count_only = 1;
    o.format = EVX_OUT_JSON;
    n = evx_serve_run(&res, r, evx_cmd_search, &o) ? 0 : res.found;
    evx_serve_result_free(&res);
    return n;
}

/* One facet link, when the query with it matches something. */
static void facet_item(evx_buf *b, evx_req *r, const char *q,
                       const char *field, const char *value,
                       const char *label)
{
    evx_buf query = EVX_BUF_INIT;
    unsigned long n = facet_count(r, q, field, value, &query);

    if (n) {
        evx_buf_printf(b, "<li><a data-field=\"%s\" href=\"/?q=", field);
        evx_html_url(b, evx_buf_str(&query));
        evx_buf_puts(b, "\">");
        evx_html_escs(b, label ? label : value);
        evx_buf_printf(b, "</a> <span class=\"n\">%lu</span></li>", n);
    }
    evx_buf_free(&query);
}

static void facet_types(evx_buf *b, evx_req *r, const char *q)
{
    int t;

    evx_buf_puts(b, "<h3>Type</h3><ul>");
    for (t = 0; t < EVX_UNIT_TYPE_COUNT; t++)
        facet_item(b, r, q, "type", evx_unit_type_name((evx_unit_type)t),
                   NULL);
    evx_buf_puts(b, "</ul>");
}

static void facet_chapters(evx_buf *b, evx_req *r, const char *q)
{
    char num[16], label[32];
    int ch;

    evx_buf_puts(b, "<h3>Chapter</h3><ul>");
    for (ch = 1; ch <= CHAPTER_MAX; ch++) {
        snprintf(num, sizeof num, "%d", ch);
        snprintf(label, sizeof label, "Chapter %d", ch);
        facet_item(b, r, q, "chapter", num, label);
    }
    evx_buf_puts(b, "</ul>");
}

/* The report keys the index lists (metadata EVX_META_REPORTS). */
static char *report_keys(evx_req *r)
{
    evx_serve_session *s = NULL;
    char *keys = NULL;

    if (evx_serve_pool_acquire(&s, r->pool))
        return NULL;
    if (evx_db_get_metadata(s->db, EVX_META_REPORTS, &keys))
        keys = NULL;
    evx_serve_pool_release(r->pool, s, 0);
    return keys;
}

static void facet_reports(evx_buf *b, evx_req *r, const char *q)
{
    char *keys = report_keys(r), *p, *save = NULL;

    evx_buf_puts(b, "<h3>Report</h3><ul>");
    for (p = keys ? strtok_r(keys, "\n", &save) : NULL; p;
         p = strtok_r(NULL, "\n", &save))
        facet_item(b, r, q, "report", p, NULL);
    evx_buf_puts(b, "</ul>");
    free(keys);
}

/* Speakers and organisations from `speakers QUERY`, best first. */
static void facet_people(evx_buf *b, evx_req *r, const char *q)
{
    evx_serve_result res = EVX_SERVE_RESULT_INIT;
    evx_serve_json_list l = {NULL, 0};
    const char *orgs[FACET_MAX];
    size_t i, k, n_orgs = 0;
    evx_cmd_opts o;

    evx_cmd_opts_init(&o);
    o.text = q;
    o.format = EVX_OUT_JSON;
    if (evx_serve_run(&res, r, evx_cmd_speakers, &o) ||
        evx_serve_json_lines(&l, &res) || !l.n)
        goto done;
    evx_buf_puts(b, "<h3>Speaker</h3><ul>");
    for (i = 0; i < l.n && i < FACET_MAX; i++)
        facet_item(b, r, q, "speaker", evx_json_get_str(l.items[i], "name"),
                   NULL);
    evx_buf_puts(b, "</ul><h3>Organisation</h3><ul>");
    for (i = 0; i < l.n && n_orgs < FACET_MAX; i++) {
        const char *org = evx_json_get_str(l.items[i], "org");
        for (k = 0; org && k < n_orgs && strcmp(orgs[k], org); k++)
            ;
        if (org && k == n_orgs) {
            orgs[n_orgs++] = org;
            facet_item(b, r, q, "org", org, NULL);
        }
    }
    evx_buf_puts(b, "</ul>");
done:
    evx_serve_json_list_free(&l);
    evx_serve_result_free(&res);
}

static void put_facets(evx_buf *b, evx_req *r, const char *q)
{
    evx_buf_puts(b, "<aside class=\"facets\" aria-label=\"Narrow the "
                    "results\"><h2>Narrow</h2>");
    facet_types(b, r, q);
    facet_reports(b, r, q);
    facet_chapters(b, r, q);
    facet_people(b, r, q);
    evx_buf_puts(b, "</aside>");
}

/* ---- the search page ---------------------------------------------------- */

/* A pager link to the search of q from offset, with the page's size and
 * order when they are not the defaults. */
static void pager_link(evx_buf *b, const char *rel, const char *q,
                       const evx_cmd_opts *o, unsigned offset, const char *label)
{
    evx_buf_printf(b, "<a rel=\"%s\" href=\"/?q=", rel);
    evx_html_url(b, q);
    if (o->limit != PAGE_SIZE)
        evx_buf_printf(b, "&amp;n=%u", o->limit);
    if (o->sort == EVX_SORT_DOCUMENT)
        evx_buf_puts(b, "&amp;sort=document");
    evx_buf_printf(b, "&amp;offset=%u\">%s</a>", offset, label);
}

/* Previous and next links; next when the page was full and matches are
 * left (a recommendation shown with its paragraph takes no place). */
static void put_pager(evx_buf *b, const char *q, const evx_cmd_opts *o,
                      size_t shown, unsigned long total)
{
    unsigned offset = o->offset, size = o->limit;
    evx_buf_puts(b, "<nav class=\"pager\">");
    if (offset > 0)
        pager_link(b, "prev", q, o, offset > size ? offset - size : 0,
                   "\xE2\x86\x90 Previous");
    if (shown == size && offset + shown < total)
        pager_link(b, "next", q, o, offset + size, "Next \xE2\x86\x92");
    evx_buf_puts(b, "</nav>");
}

/* "Did you mean: X" from the command's notes, as a link. */
static void put_suggestion(evx_buf *b, const evx_buf *notes)
{
    static const char pre[] = "Did you mean: ";
    const char *p = notes->len ? strstr(evx_buf_str(notes), pre) : NULL;
    char *s;

    if (!p)
        return;
    p += sizeof pre - 1;
    s = evx_strndup(p, strcspn(p, "\n"));
    if (!s)
        return;
    evx_buf_puts(b, "<p class=\"msg note suggest\">Did you mean "
                    "<a id=\"suggest\" href=\"/?q=");
    evx_html_url(b, s);
    evx_buf_puts(b, "\">");
    evx_html_escs(b, s);
    evx_buf_puts(b, "</a>?</p>");
    free(s);
}

static void put_results(evx_buf *b, const evx_serve_result *res,
                        const char *q, const evx_cmd_opts *o)
{
    unsigned offset = o->offset;
    evx_serve_json_list l = {NULL, 0};
    const char *about = res->found_exact ? "" : "about ";
    size_t i;

    if (evx_serve_json_lines(&l, res))
        l.n = 0;
    evx_buf_printf(b, "<section class=\"results\"><p class=\"count\" "
                      "id=\"count\" data-total=\"%lu\">",
                   res->found);
    if (!res->found)
        evx_buf_puts(b, "No matches");
    else if (offset + 1 > res->found || l.n == 0)
        evx_buf_printf(b, "<strong>%s%lu</strong> matches", about,
                       res->found);
    else
        evx_buf_printf(b, "%u\xE2\x80\x93%lu of <strong>%s%lu</strong> "
                          "matches", offset + 1,
                       (unsigned long)offset + (unsigned long)l.n, about,
                       res->found);
    evx_buf_puts(b, "</p>");
    put_suggestion(b, &res->notes);
    for (i = 0; i < l.n; i++)
        evx_html_card(b, l.items[i], 1);
    put_pager(b, q, o, l.n, res->found);
    evx_buf_puts(b, "</section>");
    evx_serve_json_list_free(&l);
}

static const char home_help[] =
    "<section class=\"intro\"><h1>Search the committee reports</h1>"
    "<p>Type words to find the paragraphs, quotations and recommendations "
    "that discuss them, best first. Then narrow by type, chapter or "
    "speaker on the left, or open a paragraph to copy its citation.</p>"
    "<table class=\"help\"><tr><td><code>integrated care</code></td><td>any "
    "of the words (integrated also finds integration)</td></tr>"
    "<tr><td><code>\"speed of trust\"</code></td><td>this exact phrase</td>"
    "</tr><tr><td><code>funding NOT social</code></td><td>AND, OR, NOT, "
    "NEAR, ( )</td></tr><tr><td><code>speaker:dalton</code></td><td>what a "
    "person said; <code>org:\"King's Fund\"</code> an organisation</td></tr>"
    "<tr><td><code>type:recommendation</code></td><td>also paragraph, "
    "quotation, footnote, summary, glossary</td></tr>"
    "<tr><td><code>para:239</code> <code>chapter:9</code></td><td>a "
    "paragraph or chapter</td></tr></table>"
    "<p><a href=\"/who\">Who said it? / Check a quotation \xE2\x86\x92</a>"
    "</p></section>";

static void page_search(evx_req *r)
{
    const char *q = evx_req_arg(r, "q"), *sort = evx_req_arg(r, "sort");
    evx_serve_result res = EVX_SERVE_RESULT_INIT;
    evx_cmd_opts o;

    evx_cmd_opts_init(&o);
    o.text = q ? q : "";
    o.format = EVX_OUT_JSON;
    o.offset = evx_req_uint(r, "offset", 0, 100000);
    o.limit = evx_req_uint(r, "n", PAGE_SIZE, 100);
    if (sort && strcmp(sort, "document") == 0)
        o.sort = EVX_SORT_DOCUMENT;
    if (!*o.text) {
        evx_html_open(&r->body, "Search", "");
        evx_buf_puts(&r->body, home_help);
        evx_html_close(&r->body);
        return;
    }
    if (strlen(o.text) > EVX_SERVE_MAX_QUERY) {
        res.st = EVX_INVALID;
        evx_buf_puts(&res.err, "the query is too long");
    } else if (!evx_req_uint_ok(r, "offset", 0, 100000)) {
        res.st = EVX_INVALID;
        evx_buf_puts(&res.err, "offset must be a number from 0 to 100000");
    } else if (!evx_req_uint_ok(r, "n", 1, 100)) {
        res.st = EVX_INVALID;
        evx_buf_puts(&res.err, "n must be a number from 1 to 100");
    } else if (sort && strcmp(sort, "document") != 0 &&
               strcmp(sort, "relevance") != 0) {
        res.st = EVX_INVALID;
        evx_buf_puts(&res.err, "sort must be relevance or document");
    } else if (!evx_serve_run(&res, r, evx_cmd_search, &o) && !res.timed_out) {
        evx_html_open(&r->body, o.text, o.text);
        evx_buf_puts(&r->body, "<div class=\"layout\">");
        put_results(&r->body, &res, o.text, &o);
        if (res.found)
            put_facets(&r->body, r, o.text);
        evx_buf_puts(&r->body, "</div>");
        evx_html_close(&r->body);
    }
    if (res.st || res.timed_out)
        evx_html_fail(r, &res, o.text);
    evx_serve_result_free(&res);
}

int evx_serve_page(evx_req *r)
{
    const char *p = r->path;

    if (strcmp(p, "/") == 0)
        page_search(r);
    else if (strcmp(p, "/who") == 0)
        evx_serve_page_who(r);
    else if (strcmp(p, "/speakers") == 0)
        evx_serve_page_speakers(r);
    else if (strncmp(p, "/unit/", 6) == 0)
        evx_serve_page_unit(r, p + 6);
    else if (strncmp(p, "/speaker/", 9) == 0)
        evx_serve_page_speaker(r, p + 9);
    else
        return 0;
    return 1;
}
