#define _GNU_SOURCE /* memmem */
/*
 * pdf_parser.c - the pdf-text reader's shared line and unit helpers; see
 * pdf_parser.h.
 */
#include "pdf_parser.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "chapter.h"
#include "paranum.h"
#include "runhead.h"
#include "utf8.h"

int pdf_eq_fold(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    if (n != len)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (evx_ascii_tolower((unsigned char)s[i]) != evx_ascii_tolower((unsigned char)lit[i]))
            return 0;
    return 1;
}

int pdf_starts_fold(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    return len >= n && pdf_eq_fold(s, n, lit);
}

int pdf_contains_fold(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    for (size_t i = 0; i + n <= len; i++)
        if (pdf_eq_fold(s + i, n, lit))
            return 1;
    return 0;
}

/* "N. text" (or a number by chapter): returns N and the offset of text,
 * else 0. */
int pdf_numbered(const char *s, size_t len, size_t *text_off)
{
    size_t i = 0;
    int v;
    evx_ascii_digits_at(s, len, &i, 5, &v);
    if (i > 0 && i <= 2 && i + 1 < len && s[i] == '.' &&
        evx_ascii_digit((unsigned char)s[i + 1])) {
        size_t t = evx_para_opens_line(s, len, &v);
        if (t)
            *text_off = t;
        return t ? v : 0;
    }
    if (i == 0 || i > 4 || i + 2 > len || s[i] != '.' || s[i + 1] != ' ' ||
        s[0] == '0')
        return 0;
    i += 2;
    while (i < len && s[i] == ' ')
        i++;
    if (i >= len)
        return 0;
    *text_off = i;
    return v;
}

/* "N text" (no full stop): returns N and the text offset, else 0. */
int pdf_number_space(const char *s, size_t len, size_t *text_off)
{
    size_t i = 0;
    int v;
    evx_ascii_digits_at(s, len, &i, 5, &v);
    if (i == 0 || i > 4 || i + 1 >= len || s[i] != ' ' || s[0] == '0')
        return 0;
    while (i < len && s[i] == ' ')
        i++;
    if (i >= len)
        return 0;
    *text_off = i;
    return v;
}

int pdf_is_list_item(const char *s, size_t len)
{
    static const char *const bullets[] = {
        "\xE2\x80\xA2", /* • */
        "\xC2\xB7 ",     /* · */
        "\xE2\x96\xAA", /* ▪ */
        "\xE2\x97\xA6", /* ◦ */
        "\xE2\x80\x93 ", /* – */
        "\xEF\x82\xB7", /* a Symbol font's bullet, as PDF tools copy it */
        "* ", "- "};
    /* a bullet alone on its line too, its item on the next ("•" /
     * "review the speed …", as MuPDF prints a list) */
    for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++) {
        size_t n = strlen(bullets[i]);
        if (len >= n && memcmp(s, bullets[i], n) == 0)
            return 1;
    }
    /* a bullet a conversion to ASCII or Latin-1 left as "o" or "?" before
     * a word or a quotation: no English line opens so */
    if (len >= 3 && (s[0] == 'o' || s[0] == '?') && s[1] == ' ' &&
        (evx_ascii_alpha((unsigned char)s[2]) || (unsigned char)s[2] >= 0x80 ||
         s[2] == '"' || s[2] == '\''))
        return 1;
    if (len >= 3 && s[0] >= 'a' && s[0] <= 'z' && s[1] == ')' && s[2] == ' ')
        return 1;
    if (len >= 4 && s[0] == '(' && s[1] >= 'a' && s[1] <= 'z' && s[2] == ')' &&
        s[3] == ' ')
        return 1;
    if (len >= 3 && evx_ascii_digit((unsigned char)s[0]) && s[1] == ')')
        return 1;
    return 0;
}

int pdf_is_url(const char *s, size_t len)
{
    return pdf_starts_fold(s, len, "http://") || pdf_starts_fold(s, len, "https://") ||
           pdf_starts_fold(s, len, "mailto:") || pdf_starts_fold(s, len, "www.");
}

int pdf_ends_punct(const char *s, size_t len)
{
    if (len == 0)
        return 0;
    return strchr(".,;:!?", s[len - 1]) != NULL && s[len - 1];
}

/* The line lineno trimmed on both sides (len 0 if blank or missing). */
const char *pdf_get_line(const pdf_parser *p, size_t ln, size_t *len,
                         size_t *lead, int *trail_space)
{
    size_t n = 0;
    const char *s = evx_text_line(p->t, ln, &n);
    *len = 0;
    if (lead)
        *lead = 0;
    if (trail_space)
        *trail_space = 0;
    if (!s)
        return "";
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (lead)
        *lead = i;
    if (trail_space)
        *trail_space = n > 0 && s[n - 1] == ' ';
    *len = evx_ascii_rtrim(s + i, n - i);
    return s + i;
}

/* Appends s normalised for heading comparison: lower case, single spaces. */
void pdf_norm_append(evx_buf *b, const char *s, size_t len)
{
    long num;
    size_t t = evx_chapter_word(s, len, &num);
    size_t i = 0;

    if (t && t < len) { /* "Chapter 9: Oversight" is "9 oversight" */
        evx_buf_printf(b, "%ld ", num);
        i = t;
    }
    for (; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t') {
            if (b->len && b->data[b->len - 1] != ' ')
                evx_buf_putc(b, ' ');
            continue;
        }
        evx_buf_putc(b, (char)evx_ascii_tolower(c));
    }
}

void pdf_left_out(pdf_parser *p, size_t ln, const char *why)
{
    long ol = (long)ln, oc = 1, el = (long)ln, ec = -1;
    if (!p->coverage)
        return;
    if (p->layout) {
        evx_layout_where(p->layout, (long)ln, 1, &ol, &oc);
        evx_layout_where(p->layout, (long)ln, -1, &el, &ec);
    }
    /* the end of a line maps to the byte just past it */
    if (evx_coverage_furniture_span(p->coverage, ol, oc, el < ol ? ol : el,
                                    el < ol ? -1 : ec > 1 ? ec - 1 : ec, why))
        pdf_oom(p);
}

void pdf_oom(pdf_parser *p)
{
    p->st = EVX_NOMEM;
}

char *pdf_make_id(pdf_parser *p, const char *fmt, const char *a, int n)
{
    evx_buf b = EVX_BUF_INIT;
    evx_buf_append(&b, p->key.data, p->key.len);
    if (a)
        evx_buf_printf(&b, fmt, a);
    else
        evx_buf_printf(&b, fmt, n);
    char *id = evx_buf_detach(&b);
    if (!id)
        pdf_oom(p);
    return id;
}

char *pdf_slug_id(pdf_parser *p, const char *prefix, const char *text)
{
    evx_buf s = EVX_BUF_INIT, b = EVX_BUF_INIT;
    evx_unit_slug(&s, text);
    evx_buf_append(&b, p->key.data, p->key.len);
    evx_buf_printf(&b, prefix, evx_buf_str(&s));
    evx_buf_free(&s);
    char *id = evx_units_unique_id(p->out, &b) ? NULL : evx_buf_detach(&b);
    evx_buf_free(&b);
    if (!id)
        pdf_oom(p);
    return id;
}

void pdf_push_unit(pdf_parser *p, evx_unit *u)
{
    if (p->st) {
        evx_unit_free(u);
        return;
    }
    if (evx_units_push(p->out, u))
        pdf_oom(p);
}

void pdf_set_str(pdf_parser *p, char **field, const char *s)
{
    if (evx_unit_set(field, s, s ? strlen(s) : 0))
        pdf_oom(p);
}

void pdf_set_common(pdf_parser *p, evx_unit *u)
{
    pdf_set_str(p, &u->report, p->report);
}

void pdf_add_source(pdf_parser *p, evx_unit *u, long line, long col,
                    long end_line)
{
    if (evx_unit_add_source(u, p->file, "pdf-text", line, col, end_line))
        pdf_oom(p);
}

void pdf_add_fns(pdf_parser *p, evx_unit *u, const pdf_acc *a, size_t from,
                 size_t to)
{
    for (size_t i = 0; i < a->n_fns; i++)
        if (a->fnpos[i] >= from && a->fnpos[i] <= to &&
            evx_unit_add_footnote(u, a->fns[i]))
            pdf_oom(p);
}

int pdf_next_line_lower(const pdf_parser *p, size_t ln)
{
    size_t n = 0;
    const char *s = pdf_get_line(p, ln + 1, &n, NULL, NULL);
    return s && n && evx_ascii_lower((unsigned char)s[0]);
}

char *pdf_trimmed_dup(const char *s, size_t len)
{
    while (len && (*s == ' '))
        s++, len--;
    len = evx_ascii_rtrim(s, len);
    return evx_strndup(s, len);
}

/* A running header line: its page number, 0 for the title alone or for
 * the report's number, alone or in a footer with the page's (which tells
 * no page: it may stand at a page's foot or its top), else -1
 * (runhead.h's rules). */
int pdf_header_page(const pdf_parser *p, const char *s, size_t len)
{
    int label = evx_page_label(s, len);
    if (label)
        return label; /* "Page 7 of 12" */
    int pg = evx_running_header_page(p->title, s, len);
    const char *report = evx_layout_report_furniture(p->layout);
    /* the report's number alone on its line, or with the page's, where
     * it repeats as a page's furniture: never a unit's text */
    if (pg < 0 && (evx_report_footer(report, s, len) ||
                   evx_report_number(report, s, len)))
        return 0;
    /* the page layer joins a page's furniture printed apart into one
     * line: "6 HC 1234 Gigabit broadband" is "6 Gigabit broadband" */
    const char *at = pg < 0 && report && p->title && len < 400
                         ? memmem(s, len, report, strlen(report))
                         : NULL;
    size_t rl = at ? strlen(report) : 0;
    if (at && (at == s || at[-1] == ' ') &&
        ((size_t)(at - s) + rl == len || at[rl] == ' ')) {
        char buf[400];
        size_t a = (size_t)(at - s), n = a;
        memcpy(buf, s, a);
        size_t rest = len - a - rl;
        if (n && rest)
            n--; /* the space before it goes with it */
        memcpy(buf + n, at + rl, rest);
        n += rest;
        while (n && buf[0] == ' ')
            memmove(buf, buf + 1, --n);
        pg = evx_running_header_page(p->title, buf, n);
    }
    return pg;
}

int pdf_footer_page(const pdf_parser *p, const char *s, size_t len)
{
    return evx_report_footer(evx_layout_report_furniture(p->layout), s, len);
}

int pdf_title_furniture(const pdf_parser *p, size_t ln, const char *s,
                        size_t len)
{
    /* the title alone exactly is pdf_header_page's (a page's header);
     * tested second, as few lines are either */
    return p->layout && p->title &&
           evx_running_title_alone(p->title,
                                   evx_layout_report_furniture(p->layout), s,
                                   len) &&
           evx_running_header_page(p->title, s, len) < 0 &&
           evx_layout_is_furniture(p->layout, (long)ln);
}

int pdf_page_number_line(const pdf_parser *p, size_t ln, const char *s,
                         size_t len)
{
    return (evx_ascii_page_number(s, len) || evx_ascii_roman_page(s, len) == len) &&
           p->layout && evx_layout_is_furniture(p->layout, (long)ln);
}

int pdf_page_ends(const pdf_parser *p, size_t ln, const char *s, size_t len,
                  size_t lead)
{
    return len > 0 && (lead > 0 || pdf_header_page(p, s, len) >= 0 ||
                       pdf_page_number_line(p, ln, s, len));
}

/* The heading block starting at line ln: up to `maxl` lines, joined while
 * a line ends with a wrap space.  Returns lines used (0 if not
 * heading-shaped) and the joined text in h. */
size_t pdf_heading_block(const pdf_parser *p, size_t ln, size_t maxl,
                         size_t maxlen, evx_buf *h)
{
    evx_buf_clear(h);
    size_t used = 0;
    for (size_t k = ln; used < maxl; k++) {
        size_t len;
        int trail;
        const char *s = pdf_get_line(p, k, &len, NULL, &trail);
        if (len == 0)
            break;
        size_t off;
        if (used > 0 && (pdf_numbered(s, len, &off) || pdf_is_list_item(s, len)))
            break;
        if (h->len)
            evx_buf_putc(h, ' ');
        evx_buf_append(h, s, len);
        used++;
        if (!trail)
            break;
    }
    if (used == 0 || h->len > maxlen)
        return 0;
    unsigned char c = (unsigned char)h->data[0];
    if (!evx_ascii_upper(c) && !evx_ascii_digit(c))
        return 0;
    if (pdf_is_list_item(h->data, h->len))
        return 0;
    /* the next line of the block goes on in lower case: the block is a
     * sentence's first words ("Microbeads" / "are a sub-category of …"),
     * a heading's number lost or its line run into prose */
    size_t nlen;
    const char *next = pdf_get_line(p, ln + used, &nlen, NULL, NULL);
    if (nlen > 0 && evx_ascii_lower((unsigned char)next[0]))
        return 0;
    return used;
}

void pdf_unplaced(pdf_parser *p, const pdf_line *c, const char *why)
{
    if (p->layout && evx_layout_is_furniture(p->layout, (long)c->ln))
        return; /* a cover or running furniture: counted, not lost */
    int n = (int)evx_utf8_prefix(c->s, c->len, 60);
    evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, (long)c->ln,
                 "could not place text: \"%.*s%s\"%s%s", n, c->s,
                 (size_t)n < c->len ? "..." : "", why ? " " : "",
                 why ? why : "");
}

void pdf_set_section(pdf_parser *p, const char *s, size_t len)
{
    free(p->section);
    p->section = evx_strndup(s, len);
    if (!p->section)
        pdf_oom(p);
}
