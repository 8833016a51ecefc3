/*
 * serve_pages.c - the pages of `evidex serve` other than search: who said
 * it and quote checking (/who), one unit in full (/unit/ID), one speaker
 * (/speaker/NAME) and every speaker (/speakers).
 *
 * Each page is rendered from what the query side's commands print with
 * --json (who, check, show, speakers, search), and its citations are what
 * --cite prints, so the page and the command line never disagree.  `who`
 * and `check` only ever present an exact match as the answer: otherwise
 * the page says "not found as a quotation" and lists the nearest passages
 * under that heading, with their differing words marked.
 */
#define _POSIX_C_SOURCE 200809L

#include "serve_impl.h"

#include <stdlib.h>
#include <string.h>

#include "paranum.h"
#include "unit.h"

/* Runs fn on text in JSON (or the given format); the result through res. */
static evx_status run_text(evx_serve_result *res, evx_req *r,
                           evx_serve_cmd_fn fn, const char *text,
                           evx_out_format format)
{
    evx_cmd_opts o;

    evx_cmd_opts_init(&o);
    o.text = text;
    o.format = format;
    /* who and check show what the command line shows; speakers all */
    o.limit = fn == evx_cmd_speakers ? 5000 : 10;
    o.limit_set = 1;
    return evx_serve_run(res, r, fn, &o);
}

/* ---- citations ---------------------------------------------------------- */

/* The Markdown citation without its markup: no "> ", no ">" alone on
 * the line between a paragraph and its block quotation, no emphasis. */
static void cite_plain(evx_buf *b, const char *md)
{
    int bol = 1;

    for (; *md; md++) {
        if (bol && md[0] == '>' && md[1] == ' ') {
            md++;
            continue;
        }
        if (bol && md[0] == '>' && (md[1] == '\n' || md[1] == '\0'))
            continue;
        bol = *md == '\n';
        if (*md != '*')
            evx_buf_putc(b, *md);
    }
}

static void put_copy(evx_buf *b, const char *kind, const char *label,
                     const char *text)
{
    evx_buf_printf(b, "<div class=\"cite\"><button type=\"button\" "
                      "class=\"copy\" data-kind=\"%s\" data-copy=\"", kind);
    evx_html_escs(b, text);
    evx_buf_printf(b, "\">%s</button><pre id=\"cite-%s\">", label, kind);
    evx_html_escs(b, text);
    evx_buf_puts(b, "</pre></div>");
}

/* The citation of unit id (as `evidex show --cite ID`), in both forms. */
static void put_citation(evx_buf *b, evx_req *r, const char *id)
{
    evx_serve_result res = EVX_SERVE_RESULT_INIT;
    evx_buf plain = EVX_BUF_INIT;
    char *md;

    if (!run_text(&res, r, evx_cmd_show, id, EVX_OUT_CITE) && res.lines.len) {
        md = res.lines.data;
        while (res.lines.len && md[res.lines.len - 1] == '\n')
            md[--res.lines.len] = '\0';
        cite_plain(&plain, md);
        evx_buf_puts(b, "<section class=\"cites\"><h2>Cite</h2>");
        put_copy(b, "markdown", "Copy citation (Markdown)", md);
        put_copy(b, "plain", "Copy citation (plain text)",
                 evx_buf_str(&plain));
        evx_buf_puts(b, "</section>");
    }
    evx_buf_free(&plain);
    evx_serve_result_free(&res);
}

/* ---- who said it / check a quotation ------------------------------------ */

static void put_diff(evx_buf *b, const evx_json *diff)
{
    size_t i;

    evx_buf_puts(b, "<p class=\"diff\">");
    for (i = 0; i < evx_json_len(diff); i++) {
        const evx_json *d = evx_json_at(diff, i);
        const char *op = evx_json_get_str(d, "op");
        const char *tag = !op || !strcmp(op, "equal") ? "span"
                          : !strcmp(op, "removed")   ? "del"
                                                      : "ins";
        evx_buf_printf(b, "%s<%s>", i ? " " : "", tag);
        evx_html_escs(b, evx_json_get_str(d, "text"));
        evx_buf_printf(b, "</%s>", tag);
    }
    evx_buf_puts(b, "</p>");
}

static int has_changes(const evx_json *diff)
{
    size_t i;

    for (i = 0; i < evx_json_len(diff); i++) {
        const char *op = evx_json_get_str(evx_json_at(diff, i), "op");
        if (op && strcmp(op, "equal") != 0)
            return 1;
    }
    return 0;
}

static const char diff_legend[] =
    "<p class=\"legend\"><del>struck</del> in your text, not in the "
    "report \xC2\xB7 <ins>underlined</ins> in the report, not in your "
    "text</p>";

/* An exact match: the quotation, who said it, and its citation. */
static void put_found(evx_buf *b, evx_req *r, const evx_json *hit)
{
    const evx_json *diff = evx_json_get(hit, "diff");

    evx_buf_puts(b, "<div class=\"found\">");
    evx_html_card(b, hit, 1);
    if (has_changes(diff)) {
        evx_buf_puts(b, "<p>Found, with small differences:</p>");
        put_diff(b, diff);
        evx_buf_puts(b, diff_legend);
    }
    put_citation(b, r, evx_json_get_str(hit, "id"));
    evx_buf_puts(b, "</div>");
}

static const char who_form[] =
    "<section class=\"who\"><h1>Who said it? Check a quotation</h1>"
    "<form action=\"/who\" method=\"get\"><label for=\"wq\">Words of a "
    "quotation, as you have them</label><textarea id=\"wq\" name=\"q\" "
    "rows=\"3\" maxlength=\"1000\">";

static void put_who_form(evx_buf *b, const char *q)
{
    evx_buf_puts(b, who_form);
    evx_html_escs(b, q);
    evx_buf_puts(b, "</textarea><div class=\"buttons\">"
                    "<button type=\"submit\" name=\"mode\" value=\"who\">"
                    "Who said it?</button><button type=\"submit\" "
                    "name=\"mode\" value=\"check\">Check the quotation"
                    "</button></div></form></section>");
}

/* The answers of who/check: exact matches first; the rest only under a
 * heading that says they are not the quotation. */
static void put_answers(evx_buf *b, evx_req *r, const evx_serve_json_list *l)
{
    size_t i, exact = 0, others = 0;

    for (i = 0; i < l->n; i++) {
        const char *m = evx_json_get_str(l->items[i], "match");
        if (m && strcmp(m, "exact") == 0) {
            if (!exact++)
                evx_buf_puts(b, "<h2 id=\"verdict\" class=\"ok\">Found as "
                                "a quotation</h2>");
            put_found(b, r, l->items[i]);
        }
    }
    if (!exact)
        evx_buf_puts(b, "<h2 id=\"verdict\" class=\"none\">Not found as a "
                        "quotation</h2>");
    for (i = 0; i < l->n; i++) {
        const evx_json *h = l->items[i];
        const char *m = evx_json_get_str(h, "match");
        if (m && strcmp(m, "exact") == 0)
            continue;
        if (!others++)
            evx_buf_printf(b, "<h3>Nearest passages \xE2\x80\x94 not %s"
                              "</h3>%s",
                           exact ? "the same quotation" : "the quotation",
                           evx_json_get(h, "diff") ? diff_legend : "");
        evx_buf_puts(b, "<div class=\"near\">");
        evx_html_card(b, h, 1);
        if (evx_json_get(h, "diff"))
            put_diff(b, evx_json_get(h, "diff"));
        evx_buf_puts(b, "</div>");
    }
}

void evx_serve_page_who(evx_req *r)
{
    const char *q = evx_req_arg(r, "q"), *mode = evx_req_arg(r, "mode");
    int check = mode && strcmp(mode, "check") == 0;
    evx_serve_result res = EVX_SERVE_RESULT_INIT;
    evx_serve_json_list l = {NULL, 0};

    q = q ? q : "";
    if (strlen(q) > EVX_SERVE_MAX_QUERY) {
        res.st = EVX_INVALID;
        evx_buf_puts(&res.err, "the quotation is too long");
        evx_html_fail(r, &res, "");
        return;
    }
    evx_html_open(&r->body, *q ? q : "Who said it?", "");
    put_who_form(&r->body, q);
    if (*q) {
        evx_buf_printf(&r->body, "<section class=\"answers\" data-mode="
                                 "\"%s\">", check ? "check" : "who");
        if (run_text(&res, r, check ? evx_cmd_check : evx_cmd_who, q,
                     EVX_OUT_JSON) || res.timed_out) {
            evx_html_fail(r, &res, "");
        } else {
            evx_serve_json_lines(&l, &res);
            put_answers(&r->body, r, &l);
            evx_buf_puts(&r->body, "</section>");
            evx_html_close(&r->body);
        }
    } else
        evx_html_close(&r->body);
    evx_serve_json_list_free(&l);
    evx_serve_result_free(&res);
}

/* ---- one unit ----------------------------------------------------------- */

/* The id of the paragraph n of report, or NULL (malloc'd). */
static char *paragraph_id(evx_req *r, const char *report, int n)
{
    evx_serve_result res = EVX_SERVE_RESULT_INIT;
    evx_buf q = EVX_BUF_INIT;
    char *id = NULL;

    evx_buf_puts(&q, "report:\"");
    evx_buf_puts(&q, report);
    char at[24];
    evx_para_print(n, at, sizeof at);
    evx_buf_printf(&q, "\" para:%s type:paragraph", at);
    /* none before the first of a chapter numbered by chapter ("2.0") */
    int none = n <= 0 ||
               (evx_para_is_by_chapter(n) && n % EVX_PARA_BY_CHAPTER == 0);
    if (!none && !run_text(&res, r, evx_cmd_search, evx_buf_str(&q),
                           EVX_OUT_IDS) && res.lines.len)
        id = evx_strndup(res.lines.data, strcspn(res.lines.data, "\n"));
    evx_serve_result_free(&res);
    evx_buf_free(&q);
    return id;
}

static void put_nav(evx_buf *b, evx_req *r, const evx_json *u)
{
    const char *report = evx_json_get_str(u, "report");
    const char *type = evx_json_get_str(u, "type");
    const char *parent = evx_json_get_str(u, "parent");
    int para = evx_unit_para_from_json(evx_json_get(u, "para"));
    char at[24];
    char *prev = NULL, *next = NULL;

    evx_buf_puts(b, "<nav class=\"unitnav\">");
    if (parent) {
        evx_buf_puts(b, "<a rel=\"up\" href=\"/unit/");
        evx_html_url(b, parent);
        evx_buf_puts(b, "\">\xE2\x86\x91 ");
        evx_html_escs(b, parent);
        evx_buf_puts(b, "</a>");
    }
    if (report && type && strcmp(type, "paragraph") == 0) {
        prev = paragraph_id(r, report, para - 1);
        next = paragraph_id(r, report, para + 1);
    }
    if (prev) {
        evx_buf_puts(b, "<a rel=\"prev\" href=\"/unit/");
        evx_html_url(b, prev);
        evx_para_print(para - 1, at, sizeof at);
        evx_buf_printf(b, "\">\xE2\x86\x90 \xC2\xB6%s</a>", at);
    }
    if (next) {
        evx_buf_puts(b, "<a rel=\"next\" href=\"/unit/");
        evx_html_url(b, next);
        evx_para_print(para + 1, at, sizeof at);
        evx_buf_printf(b, "\">\xC2\xB6%s \xE2\x86\x92</a>", at);
    }
    evx_buf_puts(b, "</nav>");
    free(prev);
    free(next);
}

static void put_footnotes(evx_buf *b, const evx_json *fns)
{
    size_t i;

    if (!evx_json_len(fns))
        return;
    evx_buf_puts(b, "<section class=\"footnotes\"><h2>Footnotes</h2><ol>");
    for (i = 0; i < evx_json_len(fns); i++) {
        const evx_json *f = evx_json_at(fns, i);
        const char *t = evx_json_get_str(f, "text");
        evx_buf_printf(b, "<li value=\"%d\">",
                       (int)evx_json_get_num(f, "number", 0));
        evx_html_escs(b, t ? t : "(not in the index)");
        evx_buf_puts(b, "</li>");
    }
    evx_buf_puts(b, "</ol></section>");
}

/* The unit's quotations (`show`'s quotations[]), each read once with
 * `show` for the text and the quotation list: l[i] is quotation i's
 * record, empty when it could not be read. */
typedef struct quotes_read {
    evx_serve_json_list *l;
    size_t n;
} quotes_read;

static void read_quotes(quotes_read *out, evx_req *r, const evx_json *qs)
{
    out->n = evx_json_len(qs);
    out->l = out->n ? calloc(out->n, sizeof *out->l) : NULL;
    if (!out->l)
        out->n = 0;
    for (size_t i = 0; i < out->n; i++) {
        evx_serve_result res = EVX_SERVE_RESULT_INIT;
        const char *id = evx_json_get_str(evx_json_at(qs, i), "id");
        if (id && !run_text(&res, r, evx_cmd_show, id, EVX_OUT_JSON))
            evx_serve_json_lines(&out->l[i], &res);
        evx_serve_result_free(&res);
    }
}

static void quotes_read_free(quotes_read *q)
{
    for (size_t i = 0; i < q->n; i++)
        evx_serve_json_list_free(&q->l[i]);
    free(q->l);
}

/* Quotation i's record, or NULL. */
static const evx_json *quote_at(const quotes_read *q, size_t i)
{
    return i < q->n && q->l[i].n ? q->l[i].items[0] : NULL;
}

/* Each quotation of the unit, with its speaker line. */
static void put_quotations(evx_buf *b, const quotes_read *q)
{
    if (!q->n)
        return;
    evx_buf_puts(b, "<section class=\"quotations\"><h2>Quotations</h2>");
    for (size_t i = 0; i < q->n; i++)
        if (quote_at(q, i))
            evx_html_card(b, quote_at(q, i), 1);
    evx_buf_puts(b, "</section>");
}

static void put_sources(evx_buf *b, const evx_json *srcs)
{
    size_t i;

    if (!evx_json_len(srcs))
        return;
    evx_buf_puts(b, "<section class=\"sources\"><h2>Sources</h2><ul>");
    for (i = 0; i < evx_json_len(srcs); i++) {
        const evx_json *s = evx_json_at(srcs, i);
        const char *f = evx_json_get_str(s, "file"), *slash;
        slash = f ? strrchr(f, '/') : NULL;
        evx_buf_puts(b, "<li><code>");
        evx_html_escs(b, slash ? slash + 1 : f);
        evx_buf_printf(b, "</code> lines %d\xE2\x80\x93%d (",
                       (int)evx_json_get_num(s, "line", 0),
                       (int)evx_json_get_num(s, "end_line", 0));
        evx_html_escs(b, evx_json_get_str(s, "rendering"));
        evx_buf_puts(b, ")</li>");
    }
    evx_buf_puts(b, "</ul></section>");
}

/* A block quotation's text as a <blockquote> naming it, with who said it
 * beside it as its caption (attribution stands outside a <blockquote>). */
static void put_block_quotation(evx_buf *b, const evx_json *q)
{
    evx_buf_puts(b, "<figure class=\"quote\"><blockquote data-id=\"");
    evx_html_escs(b, evx_json_get_str(q, "id"));
    evx_buf_puts(b, "\"><p>");
    evx_html_escs(b, evx_json_get_str(q, "text"));
    evx_buf_puts(b, "</p></blockquote><figcaption>");
    if (!evx_html_speaker(b, evx_json_get(q, "speaker")))
        evx_buf_puts(b, "<p class=\"speaker\">speaker not identified</p>");
    evx_buf_puts(b, "</figcaption></figure>");
}

/* The unit's text with its block quotations where the report prints them
 * (`show`'s quotations[].at: a byte offset in the text, in order). */
static void put_fulltext(evx_buf *b, const evx_json *u, const quotes_read *q)
{
    const evx_json *qs = evx_json_get(u, "quotations");
    const char *text = evx_json_get_str(u, "text");
    size_t len = text ? strlen(text) : 0, from = 0;

    evx_buf_puts(b, "<div class=\"fulltext\"><p>");
    for (size_t i = 0; i < evx_json_len(qs); i++) {
        double at = evx_json_get_num(evx_json_at(qs, i), "at", -1);
        if (!quote_at(q, i) || at < (double)from || at > (double)len)
            continue; /* inline, unread, or not placed in order */
        evx_html_esc(b, text + from, (size_t)at - from);
        evx_buf_puts(b, "</p>");
        put_block_quotation(b, quote_at(q, i));
        evx_buf_puts(b, "<p>");
        from = (size_t)at;
    }
    if (text)
        evx_html_esc(b, text + from, len - from);
    evx_buf_puts(b, "</p></div>");
}

static void put_unit(evx_buf *b, evx_req *r, const evx_json *u)
{
    const char *id = evx_json_get_str(u, "id");
    quotes_read q;

    read_quotes(&q, r, evx_json_get(u, "quotations"));
    evx_buf_puts(b, "<article class=\"unit\" data-id=\"");
    evx_html_escs(b, id);
    evx_buf_puts(b, "\">");
    put_nav(b, r, u);
    evx_html_card(b, u, 0);
    put_fulltext(b, u, &q);
    put_citation(b, r, id);
    put_quotations(b, &q);
    put_footnotes(b, evx_json_get(u, "footnotes"));
    put_sources(b, evx_json_get(u, "sources"));
    evx_buf_puts(b, "</article>");
    quotes_read_free(&q);
}

void evx_serve_page_unit(evx_req *r, const char *id)
{
    evx_serve_result res = EVX_SERVE_RESULT_INIT;
    evx_serve_json_list l = {NULL, 0};

    if (strlen(id) > EVX_SERVE_MAX_QUERY || strchr(id, ' ')) {
        res.st = EVX_INVALID;
        evx_buf_puts(&res.err, "not a unit id");
    } else if (!run_text(&res, r, evx_cmd_show, id, EVX_OUT_JSON) &&
               !res.timed_out && !evx_serve_json_lines(&l, &res)) {
        if (!l.n) {
            r->status = 404;
            evx_html_open(&r->body, "Not found", "");
            evx_buf_puts(&r->body, "<p class=\"msg error\">There is no "
                                   "unit with the id <code>");
            evx_html_escs(&r->body, id);
            evx_buf_puts(&r->body, "</code>.</p>");
        } else {
            evx_html_open(&r->body, id, "");
            put_unit(&r->body, r, l.items[0]);
        }
        evx_html_close(&r->body);
    }
    if (res.st || res.timed_out)
        evx_html_fail(r, &res, "");
    evx_serve_json_list_free(&l);
    evx_serve_result_free(&res);
}

/* ---- speakers ----------------------------------------------------------- */

/* Everything one person or body said, in report order, under a heading
 * per report. */
void evx_serve_page_speaker(evx_req *r, const char *name)
{
    evx_serve_result res = EVX_SERVE_RESULT_INIT;
    evx_serve_json_list l = {NULL, 0};
    evx_buf q = EVX_BUF_INIT;
    const char *report = NULL;
    evx_cmd_opts o;
    size_t i;

    static const char prefix[] = "type:quotation speaker:\"";
    const size_t at = sizeof prefix - 1; /* the name, within the query */
    evx_buf_puts(&q, prefix);
    for (; *name && q.len < EVX_SERVE_MAX_QUERY; name++)
        if (*name != '"')
            evx_buf_putc(&q, *name);
    evx_buf_putc(&q, '"');
    evx_cmd_opts_init(&o);
    o.text = evx_buf_str(&q);
    o.format = EVX_OUT_JSON;
    o.limit = 500;
    o.sort = EVX_SORT_DOCUMENT;
    if (evx_serve_run(&res, r, evx_cmd_search, &o) || res.timed_out) {
        evx_html_fail(r, &res, "");
        goto done;
    }
    evx_serve_json_lines(&l, &res);
    evx_buf_truncate(&q, q.len - 1); /* the name alone, for the page */
    evx_html_open(&r->body, evx_buf_str(&q) + at, "");
    evx_buf_puts(&r->body, "<h1>");
    evx_html_escs(&r->body, evx_buf_str(&q) + at);
    evx_buf_printf(&r->body, "</h1><p class=\"count\" id=\"count\" "
                             "data-total=\"%lu\">%lu quotations</p>",
                   res.found, res.found);
    for (i = 0; i < l.n; i++) {
        const char *rep = evx_json_get_str(l.items[i], "report");
        if (rep && (!report || strcmp(rep, report) != 0)) {
            evx_buf_puts(&r->body, "<h2>");
            evx_html_escs(&r->body, rep);
            evx_buf_puts(&r->body, "</h2>");
            report = rep;
        }
        evx_html_card(&r->body, l.items[i], 1);
    }
    evx_html_close(&r->body);
done:
    evx_buf_free(&q);
    evx_serve_json_list_free(&l);
    evx_serve_result_free(&res);
}

/* Every speaker with their number of quotations (`evidex speakers`). */
void evx_serve_page_speakers(evx_req *r)
{
    evx_serve_result res = EVX_SERVE_RESULT_INIT;
    evx_serve_json_list l = {NULL, 0};
    size_t i;

    if (run_text(&res, r, evx_cmd_speakers, "", EVX_OUT_JSON) ||
        res.timed_out) {
        evx_html_fail(r, &res, "");
        goto done;
    }
    evx_serve_json_lines(&l, &res);
    evx_html_open(&r->body, "Speakers", "");
    evx_buf_puts(&r->body, "<h1>Speakers</h1><table class=\"speakers\">"
                           "<tr><th>Name</th><th>Role, organisation</th>"
                           "<th>Quotations</th></tr>");
    for (i = 0; i < l.n; i++) {
        const evx_json *s = l.items[i];
        const char *role = evx_json_get_str(s, "role");
        const char *org = evx_json_get_str(s, "org");
        evx_buf_puts(&r->body, "<tr><td><a href=\"/speaker/");
        evx_html_url(&r->body, evx_json_get_str(s, "name"));
        evx_buf_puts(&r->body, "\">");
        evx_html_escs(&r->body, evx_json_get_str(s, "name"));
        evx_buf_puts(&r->body, "</a></td><td>");
        evx_html_escs(&r->body, role);
        evx_buf_puts(&r->body, role && org ? ", " : "");
        evx_html_escs(&r->body, org);
        evx_buf_printf(&r->body, "</td><td>%d</td></tr>",
                       (int)evx_json_get_num(s, "quotations", 0));
    }
    evx_buf_puts(&r->body, "</table>");
    evx_html_close(&r->body);
done:
    evx_serve_json_list_free(&l);
    evx_serve_result_free(&res);
}
