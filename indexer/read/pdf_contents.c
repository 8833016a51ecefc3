/*
 * pdf_contents.c - the contents list of a printed report; see
 * pdf_contents.h.
 */
#include "pdf_contents.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "pdf_body.h"
#include "pdf_pages.h"

static void add_contents(pdf_parser *p, const char *s, size_t len, int page)
{
    if (p->n_contents == p->cap_contents) {
        size_t nc = p->cap_contents ? p->cap_contents * 2 : 32;
        pdf_centry *ne = realloc(p->contents, nc * sizeof *ne);
        if (!ne) {
            pdf_oom(p);
            return;
        }
        p->contents = ne;
        p->cap_contents = nc;
    }
    evx_buf b = EVX_BUF_INIT;
    pdf_norm_append(&b, s, len);
    pdf_centry *e = &p->contents[p->n_contents];
    e->len = b.len;
    e->text = evx_buf_detach(&b);
    e->page = page;
    if (!e->text) {
        pdf_oom(p);
        return;
    }
    p->n_contents++;
}

/* Index of a contents entry equal to text (normalised), searching forward
 * from next_entry first; -1 if none. */
long pdf_contents_find(const pdf_parser *p, const char *s, size_t len)
{
    evx_buf b = EVX_BUF_INIT;
    pdf_norm_append(&b, s, len);
    long found = -1;
    for (size_t k = 0; k < p->n_contents && found < 0; k++) {
        size_t i = (p->next_entry + k) % p->n_contents;
        if (p->contents[i].len == b.len &&
            memcmp(p->contents[i].text, b.data, b.len) == 0)
            found = (long)i;
    }
    evx_buf_free(&b);
    return found;
}

/* How far past the entry due a heading may be met (the reader missed a
 * heading or two), and how many pages past the page counted its entry may
 * then move the count. */
#define RESYNC_SKIP 2
#define RESYNC_PAGES 3

/* A heading was met: take its page from the contents when it is the entry
 * due, or one of the next few on a page close ahead.  Otherwise it is
 * another heading of the same words (a summary's subheading that a
 * chapter's section repeats), and that entry's page is not this one's. */
void pdf_resync(pdf_parser *p, const char *s, size_t len)
{
    long i = pdf_contents_find(p, s, len);
    if (i < 0)
        return;
    size_t k = (size_t)i;
    int pg = p->contents[k].page;
    if (k != p->next_entry &&
        (k < p->next_entry || k > p->next_entry + RESYNC_SKIP ||
         (pg > 0 && p->page > 0 &&
          (pg < p->page || pg > p->page + RESYNC_PAGES))))
        return;
    pdf_page_anchor(p, p->line, pg,
                    evx_ascii_digit((unsigned char)p->contents[k].text[0])
                        ? PDF_ANCHOR_CHAPTER
                        : PDF_ANCHOR_SECTION);
    p->next_entry = k + 1;
}

/* The column headings over a contents list ("Report    Page", "Page"):
 * words that name no entry. */
static int column_heads(const pdf_line *c)
{
    evx_buf b = EVX_BUF_INIT;
    pdf_norm_append(&b, c->s, c->len);
    int heads = !evx_buf_status(&b) && b.len &&
                (strcmp(evx_buf_str(&b), "page") == 0 ||
                 strcmp(evx_buf_str(&b), "report page") == 0);
    evx_buf_free(&b);
    return heads;
}

int pdf_enter_summary(pdf_parser *p, const pdf_line *c)
{
    if (!pdf_eq_fold(c->s, c->len, "Summary"))
        return 0;
    evx_buf_clear(&p->pending);
    p->mode = PDF_SUMMARY;
    pdf_resync(p, c->s, c->len);
    return 1;
}

/* Where the page that ends contents line s starts ("Summary 3": at
 * "3"), or 0 if it ends in none. */
static size_t page_at(const char *s, size_t len)
{
    size_t k = len;
    while (k > 0 && evx_ascii_digit((unsigned char)s[k - 1]))
        k--;
    return k < len && len - k <= 4 && k > 1 && s[k - 1] == ' ' ? k : 0;
}

/* How many pages past its entry's a heading's running header may fall. */
#define HEADER_PAGES 100

int pdf_contents_header(const pdf_parser *p, const char *s, size_t len)
{
    size_t k = page_at(s, len);
    if (!k || p->mode == PDF_CONTENTS)
        return -1;
    int page = 0;
    for (size_t i = k; i < len; i++)
        page = page * 10 + (s[i] - '0');
    /* a title's words, not the report's number ("HC 650") a copy may
     * have set in the list */
    int words = 0;
    for (size_t i = 0; i < k && !words; i++)
        words = evx_ascii_lower((unsigned char)s[i]);
    long e = words ? pdf_contents_find(p, s, evx_ascii_rtrim(s, k - 1)) : -1;
    return e >= 0 && p->contents[e].page > 0 && page >= p->contents[e].page &&
                   page <= p->contents[e].page + HEADER_PAGES
               ? page
               : -1;
}

/* Does the entry at c go on to its page on the next line? */
static int wraps_to_page(const pdf_parser *p, const pdf_line *c)
{
    size_t l2;
    const char *s2 = pdf_get_line(p, c->ln + 1, &l2, NULL, NULL);
    return l2 && evx_ascii_digit((unsigned char)s2[l2 - 1]) && c->len < 120;
}

/* Has an entry with its page been read? */
static int page_read(const pdf_parser *p)
{
    for (size_t k = 0; k < p->n_contents; k++)
        if (p->contents[k].page > 0)
            return 1;
    return 0;
}

/* Is c an entry of a contents list printed without pages (a copy that
 * lost the list's right-hand column, or a list with none): no entry with
 * a page read yet, none on c or the line after it, and the page layer
 * read c as such an entry, a title its text heads with again
 * (layout_contents.c)? */
static int unpaged_entry(const pdf_parser *p, const pdf_line *c)
{
    return !page_read(p) && p->layout && !p->pending.len && !page_at(c->s, c->len) &&
           !wraps_to_page(p, c) &&
           evx_layout_is_furniture(p->layout, (long)c->ln);
}

size_t pdf_contents_line(pdf_parser *p, const pdf_line *c)
{
    /* a page's number between two pages of the list goes ("7", or the
     * front matter's "ii") */
    if (column_heads(c) || evx_ascii_page_number(c->s, c->len) ||
        evx_ascii_roman_page(c->s, c->len) == c->len)
        return 0;
    if (unpaged_entry(p, c)) {
        add_contents(p, c->s, c->len, 0);
        pdf_left_out(p, c->ln, "running header or contents");
        return 0;
    }
    if (pdf_enter_summary(p, c))
        return 0;
    /* the front matter's page in Roman numerals, before any page
     * ("Summary iii"): an entry whose page is not known */
    size_t r = evx_ascii_roman_page(c->s, c->len);
    if (r && r + 1 < c->len && c->s[c->len - r - 1] == ' ' && !p->pending.len &&
        !page_read(p)) {
        add_contents(p, c->s, evx_ascii_rtrim(c->s, c->len - r - 1), 0);
        return 0;
    }
    size_t k = page_at(c->s, c->len);
    if (k) {
        int page = 0;
        for (size_t i = k; i < c->len; i++)
            page = page * 10 + (c->s[i] - '0');
        evx_buf *b = &p->pending;
        if (b->len)
            evx_buf_putc(b, ' ');
        evx_buf_append(b, c->s, evx_ascii_rtrim(c->s, k - 1));
        add_contents(p, b->data, b->len, page);
        evx_buf_clear(b);
        return 0;
    }
    /* an entry wrapped onto the next line */
    if (wraps_to_page(p, c)) {
        if (p->pending.len)
            evx_buf_putc(&p->pending, ' ');
        evx_buf_append(&p->pending, c->s, c->len);
        return 0;
    }
    evx_buf_clear(&p->pending);
    p->mode = PDF_BODY;
    return pdf_body_line(p, c);
}

int pdf_has_contents(const pdf_parser *p)
{
    size_t n = evx_text_lines(p->t);
    for (size_t ln = 1; ln <= n; ln++) {
        size_t len;
        const char *s = pdf_get_line(p, ln, &len, NULL, NULL);
        if (pdf_eq_fold(s, len, "Contents"))
            return 1;
    }
    return 0;
}
