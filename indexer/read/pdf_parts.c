/*
 * pdf_parts.c - which part of a printed report a heading opens, and the
 * parts read as titled blocks (summary, glossary, annexes); see
 * pdf_parts.h.
 */
#include "pdf_parts.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "paranum.h"
#include "pdf_body.h"
#include "pdf_contents.h"
#include "pdf_unit.h"
#include "recs_head.h"
#include "utf8.h"

/* Does line ln (or the first after blank lines) open "Taken before the
 * … Committee", as a transcript of oral evidence does under its heading? */
static int taken_before(const pdf_parser *p, size_t ln)
{
    size_t n = 0, k;
    const char *s = NULL;
    for (k = ln; k < ln + 3 && k <= evx_text_lines(p->t) && !n; k++)
        s = pdf_get_line(p, k, &n, NULL, NULL);
    return n && pdf_starts_fold(s, n, "Taken before");
}

/* Does s head a glossary: "Glossary", or a list of the abbreviations a
 * report uses, under the headings reports print over one? */
static int glossary_heading(const char *s, size_t len)
{
    static const char *const lists[] = {"Abbreviations", "Acronyms",
                                        "List of abbreviations",
                                        "List of acronyms",
                                        "Abbreviations and acronyms"};
    if (len >= 80 || pdf_ends_punct(s, len))
        return 0;
    for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
        if (pdf_eq_fold(s, len, lists[k]))
            return 1;
    return pdf_contains_fold(s, len, "glossary");
}

static pdf_part backmatter_kind(const pdf_parser *p, size_t ln, size_t hl,
                                const evx_buf *h)
{
    const char *s = h->data;
    size_t len = h->len;
    if (evx_recs_heading(s, len)) {
        /* the closing list restarts its numbering at 1; a list before any
         * paragraph is the report's own, ahead of its chapters */
        size_t n = evx_text_lines(p->t);
        for (size_t k = ln + hl; k <= n && k < ln + hl + 15; k++) {
            size_t l2, off;
            const char *s2 = pdf_get_line(p, k, &l2, NULL, NULL);
            int v = pdf_numbered(s2, l2, &off);
            if (v)
                return (v == 1 && (p->last_para > 1 || p->last_para == 0))
                           ? PDF_RECS
                           : PDF_FRONT;
        }
        return PDF_FRONT;
    }
    if (glossary_heading(s, len))
        return PDF_GLOSSARY;
    if (pdf_starts_fold(s, len, "Appendix") &&
        pdf_contains_fold(s, len, "list of witnesses"))
        return PDF_WITNESS; /* the House of Lords' "Appendix 2: List of
                               witnesses" */
    if (evx_annex_heading(s, len) && !pdf_ends_punct(s, len))
        return PDF_ANNEX; /* "Annex: ...", "Appendix 1: ...", "Annex A" */
    if ((pdf_eq_fold(s, len, "Oral evidence") && taken_before(p, ln + hl)) ||
        pdf_starts_fold(s, len, "Oral evidence Taken before"))
        return PDF_UNREAD;
    if (pdf_starts_fold(s, len, "Formal minutes") ||
        pdf_starts_fold(s, len, "List of Reports from the Committee"))
        return PDF_SKIP;
    if (pdf_eq_fold(s, len, "Witnesses"))
        return PDF_WITNESS;
    if (evx_evidence_heading(s, len))
        return PDF_EVIDENCE;
    return PDF_FRONT; /* none */
}

int pdf_part_heading(const pdf_parser *p, size_t ln)
{
    evx_buf h = EVX_BUF_INIT;
    size_t hl = pdf_heading_block(p, ln, 3, 200, &h);
    pdf_part m = hl ? backmatter_kind(p, ln, hl, &h) : PDF_FRONT;
    evx_buf_free(&h);
    return m != PDF_FRONT;
}

/* Whether line ln alone heads an annex in the form no sentence takes,
 * its number or letter then a colon ("Annex: …", "Appendix 2: …"), the
 * text run on under it; if so, h holds it. */
static int annex_line_alone(const pdf_parser *p, size_t ln, evx_buf *h)
{
    size_t len;
    const char *s = pdf_get_line(p, ln, &len, NULL, NULL);
    const char *colon = memchr(s, ':', len < 14 ? len : 14);
    if (!colon || !evx_annex_heading(s, len) || pdf_ends_punct(s, len))
        return 0;
    for (const char *q = s; q < colon; q++)
        if (*q == ' ' && q + 1 < colon && !evx_ascii_alnum((unsigned char)q[1]))
            return 0;
    evx_buf_clear(h);
    evx_buf_append(h, s, len);
    return 1;
}

/* Whether line ln alone heads a glossary; if so, h holds it. */
static int glossary_line_alone(const pdf_parser *p, size_t ln, evx_buf *h)
{
    size_t len;
    const char *s = pdf_get_line(p, ln, &len, NULL, NULL);
    if (!glossary_heading(s, len))
        return 0;
    evx_buf_clear(h);
    evx_buf_append(h, s, len);
    return 1;
}

/* A back matter heading at a block start switches part. */
int pdf_switch_part(pdf_parser *p, const pdf_line *c, size_t *extra)
{
    evx_buf h = EVX_BUF_INIT;
    size_t hl = pdf_heading_block(p, c->ln, 3, 200, &h);
    pdf_part m = hl ? backmatter_kind(p, c->ln, hl, &h) : PDF_FRONT;
    if (m == PDF_FRONT && hl > 1 && annex_line_alone(p, c->ln, &h)) {
        m = PDF_ANNEX; /* "Annex: Letter from …" over "Dear Sir Robert," */
        hl = 1;
    }
    if ((m == PDF_GLOSSARY || m == PDF_FRONT) && hl > 1 &&
        glossary_line_alone(p, c->ln, &h)) {
        m = PDF_GLOSSARY; /* "Appendix 4: Glossary" over its first term */
        hl = 1;
    }
    /* an appendix that prints another report's list ("Appendix:
     * Government Response" / "Conclusions and recommendations") keeps it
     * as its own text: the Government's replies under each had been read
     * as the committee's recommendations */
    if (m == PDF_RECS && p->mode == PDF_ANNEX)
        m = PDF_FRONT;
    if (m == PDF_FRONT) {
        evx_buf_free(&h);
        return 0;
    }
    pdf_unit_finish(p);
    pdf_resync(p, h.data, h.len);
    p->mode = m;
    p->recs_front = m == PDF_RECS && p->last_para == 0;
    free(p->section);
    p->section = NULL;
    if (m == PDF_ANNEX) {
        p->n_annex++;
        pdf_unit_block(p, EVX_UNIT_ANNEX, pdf_make_id(p, "/annex/%d", NULL, p->n_annex),
                         h.data, p->n_annex);
        pdf_set_section(p, h.data, h.len);
    }
    /* a glossary's entries under no heading of their own ("ADASS
     * Association of …") are the part's, titled by its heading; the unit
     * is dropped unread when an entry's heading comes first */
    p->term_open = 0;
    if (m == PDF_GLOSSARY)
        pdf_unit_block(p, EVX_UNIT_GLOSSARY, pdf_slug_id(p, "/glossary/%s", h.data),
                       h.data, 0);
    if (m == PDF_UNREAD)
        evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, (long)c->ln,
                     "the printed evidence from here (\"%.*s\") is not read: "
                     "its transcripts and memoranda are in no unit",
                     (int)evx_utf8_prefix(h.data, h.len, 60), h.data);
    *extra = hl - 1;
    evx_buf_free(&h);
    return 1;
}

/* Whether the text read so far ends with a letter's closing ("Yours
 * sincerely,"): the lines under it are its signature, not a heading. */
static int signed_below(const pdf_acc *a)
{
    static const char *const closings[] = {
        "yours sincerely,", "yours faithfully,", "yours ever,",
        "yours truly,", "best wishes,", "kind regards,", "with best wishes,"};
    const char *t = a->text.data;
    size_t n = a->text.len;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    for (size_t k = 0; k < sizeof closings / sizeof *closings; k++) {
        size_t m = strlen(closings[k]);
        if (n >= m && strncasecmp(t + n - m, closings[k], m) == 0 &&
            (n == m || t[n - m - 1] == ' '))
            return 1;
    }
    return 0;
}

/* Does line c head the next chapter, its first paragraph on the next
 * line ("1 Introduction" / "1. The Bill …") or the line an entry of the
 * contents list?  So a summary ends where no blank line sets the chapter
 * apart (a copy run on, a page's number alone between them). */
static int chapter_then_paragraph(const pdf_parser *p, const pdf_line *c)
{
    size_t off, len;
    int v = pdf_number_space(c->s, c->len, &off);
    if (!v || v != p->chapter + 1 || off >= c->len ||
        !evx_ascii_upper((unsigned char)c->s[off]) || pdf_ends_punct(c->s, c->len))
        return 0;
    size_t next = pdf_next_content(p, c->ln + 1);
    const char *s = next ? pdf_get_line(p, next, &len, NULL, NULL) : NULL;
    return (s && evx_para_follows(p->last_para, pdf_numbered(s, len, &off), 1)) ||
           pdf_contents_find(p, c->s, c->len) >= 0;
}

/* Is the open unit a glossary's, with nothing under its title yet?  An
 * entry's term (p->term_open) awaits its meaning, whatever its shape: a
 * meaning that ends in no stop ("ALP" / "Approved labour provider, a
 * business licensed …") had been taken for the next term, and every
 * entry dropped empty.  The part's heading awaits its first term, with no
 * blank line between them ("Appendix 4: Glossary" / "ALP"). */
static int glossary_empty(const pdf_parser *p, evx_unit_type type)
{
    const evx_unit *u = p->open.cur;
    return type == EVX_UNIT_GLOSSARY && u && u->type == EVX_UNIT_GLOSSARY &&
           p->open.acc.text.len == 0;
}

/* Does line c hold a glossary's term over the first line of its meaning,
 * no blank line between them (MuPDF: "ALP" / "Approved labour provider,
 * a business …")?  A term is a few words, no stop, and half the length of
 * the line under it or less, which opens a sentence: not a list of
 * abbreviations, one a line ("NAO National Audit Office" / "PESA Public
 * Expenditure …").  If so, h holds the term. */
static int term_over_meaning(const pdf_parser *p, const pdf_line *c, evx_buf *h)
{
    size_t words = 1, len;
    for (size_t k = 0; k < c->len; k++)
        words += c->s[k] == ' ';
    const char *next = pdf_get_line(p, c->ln + 1, &len, NULL, NULL);
    if (words > 4 || pdf_ends_punct(c->s, c->len) || !len || 2 * c->len > len ||
        !evx_ascii_upper((unsigned char)next[0]))
        return 0;
    evx_buf_clear(h);
    evx_buf_append(h, c->s, c->len);
    return evx_buf_status(h) == EVX_OK;
}

/* Opens a glossary entry titled by its term h. */
static void open_term(pdf_parser *p, const evx_buf *h)
{
    pdf_unit_block(p, EVX_UNIT_GLOSSARY, pdf_slug_id(p, "/glossary/%s", h->data),
                   h->data, 0);
    p->term_open = 1;
}

size_t pdf_block_line(pdf_parser *p, const pdf_line *c, evx_unit_type type)
{
    size_t off, hl, extra = 0;
    if (c->block_start && pdf_switch_part(p, c, &extra))
        return extra;
    /* a summary, or a list of abbreviations before the chapters, ends
     * where the first chapter or the paragraph due opens */
    if (type == EVX_UNIT_SUMMARY || type == EVX_UNIT_GLOSSARY) {
        int v = pdf_numbered(c->s, c->len, &off);
        if ((evx_para_follows(p->last_para, v, 1) && c->block_start) ||
            pdf_chapter_heading(p, c, &off) || chapter_then_paragraph(p, c)) {
            pdf_line opens = *c; /* a block, where no blank line set it apart */
            opens.block_start = 1;
            p->mode = PDF_BODY;
            return pdf_body_line(p, &opens);
        }
    }
    evx_buf h = EVX_BUF_INIT;
    int empty = glossary_empty(p, type);
    int meaning_due = empty && p->term_open;
    int starts = c->block_start || (empty && !p->term_open);
    int flow =
        p->runs_on && (c->block_start || pdf_ends_sentence(&p->open.acc));
    if (type == EVX_UNIT_GLOSSARY && starts && !meaning_due &&
        term_over_meaning(p, c, &h)) {
        open_term(p, &h);
        pdf_resync(p, h.data, h.len);
        evx_buf_free(&h);
        return 0;
    }
    if ((starts || flow) && !signed_below(&p->open.acc) && !meaning_due &&
        pdf_sub_heading(p, c->ln, flow, &hl, &h)) {
        if (type == EVX_UNIT_SUMMARY) {
            p->n_summary++;
            pdf_unit_block(p, type, pdf_make_id(p, "/summary/%d", NULL, p->n_summary),
                             h.data, p->n_summary);
        } else if (type == EVX_UNIT_ANNEX) {
            p->n_annex++;
            pdf_unit_block(p, type, pdf_make_id(p, "/annex/%d", NULL, p->n_annex),
                             h.data, p->n_annex);
        } else {
            open_term(p, &h);
        }
        pdf_resync(p, h.data, h.len);
        evx_buf_free(&h);
        return hl - 1;
    }
    evx_buf_free(&h);
    if (!p->open.cur && type == EVX_UNIT_SUMMARY) {
        p->n_summary++;
        pdf_unit_block(p, type, pdf_make_id(p, "/summary/%d", NULL, p->n_summary),
                         NULL, p->n_summary);
    }
    pdf_unit_add_line(p, c);
    return 0;
}
