/*
 * pdf_body.c - the chapters of a printed report: chapter headings,
 * numbered paragraphs, section headings and boxes; see pdf_body.h.
 */
#include "pdf_body.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "caption.h"
#include "chapter.h"
#include "paranum.h"
#include "pdf_contents.h"
#include "pdf_parts.h"
#include "pdf_unit.h"

/* Ends like a sentence with a footnote marker ("happening.3"), or one a
 * PDF tool set apart ("not guidance”. 34")? */
static int ends_marker_text(const char *s, size_t len)
{
    size_t k = len;
    while (k > 0 && evx_ascii_digit((unsigned char)s[k - 1]))
        k--;
    if (k == len || k == 0)
        return 0;
    unsigned char c = (unsigned char)s[k - 1];
    if (c == ' ' && k >= 2) {
        c = (unsigned char)s[k - 2];
        return strchr(".!?", c) || c == 0x9D || c == 0x99;
    }
    return strchr(".,;:)!?", c) || c == 0x9D || c == 0x99;
}

/* The first content line at or after ln (skipping blanks and headers),
 * within a few lines; 0 if none. */
size_t pdf_next_content(const pdf_parser *p, size_t ln)
{
    size_t n = evx_text_lines(p->t);
    for (size_t k = ln; k <= n && k < ln + 8; k++) {
        size_t len;
        const char *s = pdf_get_line(p, k, &len, NULL, NULL);
        if (len && pdf_header_page(p, s, len) < 0)
            return k;
    }
    return 0;
}

static int next_is_para(const pdf_parser *p, size_t ln)
{
    size_t k = pdf_next_content(p, ln), len, off;
    if (!k)
        return 0;
    const char *s = pdf_get_line(p, k, &len, NULL, NULL);
    int v = pdf_numbered(s, len, &off);
    return evx_para_follows(p->last_para, v, EVX_PARA_AHEAD);
}

/* Lines looked through for a resumed run's next two paragraphs. */
#define RUN_LINES 600

int pdf_resumes_run(const pdf_parser *p, size_t ln, int last, int v,
                    int ahead)
{
    evx_para_run r;
    size_t n = evx_text_lines(p->t);
    if (!evx_para_run_start(&r, last, v, ahead))
        return 0;
    for (size_t k = ln + 1; k <= n && k < ln + RUN_LINES; k++) {
        size_t len, off;
        const char *s = pdf_get_line(p, k, &len, NULL, NULL);
        int x = s ? pdf_numbered(s, len, &off) : 0;
        int fed = x ? evx_para_run_feed(&r, x) : 0;
        if (fed)
            return fed > 0;
    }
    return 0;
}

/* Is the block at ln (hl lines, text h) a section heading in a chapter? */
static int body_heading(const pdf_parser *p, size_t ln, size_t hl,
                        const evx_buf *h, int depth)
{
    /* a table's or figure's "Source: …" line over the next paragraph is
     * the caption's, never a heading */
    if (hl > 2 || h->len > 160 || ends_marker_text(h->data, h->len) ||
        evx_caption_source(h->data, h->len))
        return 0;
    if (pdf_contents_find(p, h->data, h->len) >= 0 && !pdf_ends_punct(h->data, h->len))
        return 1;
    if (pdf_ends_punct(h->data, h->len) && pdf_contents_find(p, h->data, h->len) < 0)
        return 0;
    if (next_is_para(p, ln + hl))
        return 1;
    if (depth > 0)
        return 0;
    size_t k = pdf_next_content(p, ln + hl);
    evx_buf h2 = EVX_BUF_INIT;
    size_t hl2 = k ? pdf_heading_block(p, k, 3, 200, &h2) : 0;
    int r = hl2 && body_heading(p, k, hl2, &h2, depth + 1);
    evx_buf_free(&h2);
    return r;
}

/* A sub-heading in a summary, box, glossary or annex: short, no final
 * punctuation, a blank line (or the end) after it.  Where it may run on
 * (`flow`: a copy with no blank lines), one line of at most
 * SUB_HEADING_FLOW_WORDS words, no digit and no bracket left open, before
 * a line that opens a sentence. */
#define SUB_HEADING_FLOW_WORDS 8

/* A short phrase that may head the line after it: few words, no digit,
 * no bracket left open ("These plans were published in December 2016
 * (see" is a line of prose). */
static int phrase_heads(const evx_buf *h)
{
    int open = 0;
    for (size_t i = 0; i < h->len; i++) {
        if (evx_ascii_digit((unsigned char)h->data[i]))
            return 0;
        open += h->data[i] == '(' ? 1 : h->data[i] == ')' ? -1 : 0;
    }
    return open == 0 && evx_ascii_words(h->data, h->len) <= SUB_HEADING_FLOW_WORDS;
}

/* Does heading text h hold a sentence's end: a stop before more words
 * ("… by the end of 2019. (Paragraph 23)") or before a footnote's marker
 * at its end ("… routes disappear.2")?  Then it is prose, no heading. */
static int holds_sentence_end(const evx_buf *h)
{
    for (size_t i = 0; i + 1 < h->len; i++) {
        if (!strchr(".?!", h->data[i]))
            continue;
        size_t k = i + 1;
        while (k < h->len && evx_ascii_digit((unsigned char)h->data[k]))
            k++;
        if (k == h->len && k > i + 1)
            return 1; /* "disappear.2" */
        if (k == i + 1 && h->data[k] == ' ' && k + 1 < h->len &&
            (evx_ascii_upper((unsigned char)h->data[k + 1]) || h->data[k + 1] == '('))
            return 1; /* "2019. (Paragraph 23)" */
    }
    return 0;
}

int pdf_sub_heading(const pdf_parser *p, size_t ln, int flow, size_t *hl,
                    evx_buf *h)
{
    size_t len;
    *hl = pdf_heading_block(p, ln, 2, 90, h);
    if (*hl && holds_sentence_end(h))
        return 0;
    if (*hl && !pdf_ends_punct(h->data, h->len)) {
        pdf_get_line(p, ln + *hl, &len, NULL, NULL);
        if (len == 0 || pdf_contents_find(p, h->data, h->len) >= 0)
            return 1;
    }
    if (!flow)
        return 0;
    /* one line only (it may end with a wrap space, as its prose's do) */
    *hl = pdf_heading_block(p, ln, 1, 90, h);
    const char *next = pdf_get_line(p, ln + 1, &len, NULL, NULL);
    return *hl && !pdf_ends_punct(h->data, h->len) && !holds_sentence_end(h) && len &&
           evx_ascii_upper((unsigned char)next[0]) && phrase_heads(h);
}

/* A place heading in a box ("Frimley Health") opens a unit of its own;
 * flow as pdf_sub_heading's.  Returns 1 and *extra the heading's further
 * lines, else 0. */
static int box_place(pdf_parser *p, const pdf_line *c, int flow, size_t *extra)
{
    size_t hl;
    evx_buf h = EVX_BUF_INIT;
    int is = pdf_sub_heading(p, c->ln, flow, &hl, &h);
    if (is) {
        pdf_unit_block(p, EVX_UNIT_BOX, pdf_slug_id(p, "/box/%s", h.data),
                       h.data, 0);
        *extra = hl - 1;
    }
    evx_buf_free(&h);
    return is;
}

/* Is line ln a heading the contents list names, whatever its punctuation (a
 * section's heading under another: "The universal service obligation" /
 * "How will it work?")? */
static int listed_line(const pdf_parser *p, size_t ln)
{
    size_t len;
    const char *s = pdf_get_line(p, ln, &len, NULL, NULL);
    return s && len && pdf_contents_find(p, s, len) >= 0;
}

/* Is "num title" a chapter's entry in the contents? */
static int listed_chapter(const pdf_parser *p, int num, const evx_buf *title)
{
    evx_buf full = EVX_BUF_INIT;
    evx_buf_printf(&full, "%d %s", num, evx_buf_str(title));
    int listed = !full.oom && pdf_contents_find(p, full.data, full.len) >= 0;
    evx_buf_free(&full);
    return listed;
}

static size_t start_chapter(pdf_parser *p, const pdf_line *c, int num,
                            size_t off)
{
    pdf_unit_finish(p);
    p->caption_box = 0;
    evx_buf t = EVX_BUF_INIT;
    evx_buf_append(&t, c->s + off, c->len - off);
    size_t extra = 0;
    size_t n = evx_text_lines(p->t);
    int trail;
    pdf_get_line(p, c->ln, &(size_t){0}, NULL, &trail);
    /* a long chapter title wraps onto up to two more lines, until it is
     * the contents' entry (the next line is then the first section's
     * heading: "… the" / "cost of delivering services in rural areas" /
     * "Population") */
    for (size_t k = c->ln + 1; k <= n && extra < 2 && trail; k++) {
        size_t len, o2;
        const char *s = pdf_get_line(p, k, &len, NULL, &trail);
        if (len == 0 || pdf_numbered(s, len, &o2) || len > 80 ||
            listed_chapter(p, num, &t))
            break;
        evx_buf_putc(&t, ' ');
        evx_buf_append(&t, s, len);
        extra++;
    }
    p->chapter = num;
    free(p->chapter_title);
    p->chapter_title = evx_buf_detach(&t);
    if (!p->chapter_title)
        pdf_oom(p);
    free(p->section);
    p->section = NULL;
    p->mode = PDF_BODY;
    p->prev_heading = 1;
    evx_buf full = EVX_BUF_INIT;
    evx_buf_printf(&full, "%d %s", num, p->chapter_title ? p->chapter_title : "");
    pdf_resync(p, full.data, full.len);
    evx_buf_free(&full);
    return extra;
}

/* Does line c open a caption with no blank line before it ("… further
 * reform.1" / "Box 1: Case study")?  After a sentence that ended, outside
 * a quotation, when a colon sets off a title that opens with a capital
 * and ends in no full stop, as a wrapped line of prose would ("Table 2:
 * the figures …", "Table 2: Waiting times …, sets out the figures."). */
static int caption_in_flow(const pdf_parser *p, const pdf_line *c)
{
    const evx_buf *t = &p->open.acc.text;
    const char *colon = memchr(c->s, ':', c->len < 16 ? c->len : 16);
    size_t e = c->len, opens = 0, closes = 0;
    if (!p->open.cur || !colon || !pdf_ends_sentence(&p->open.acc))
        return 0;
    for (size_t i = 0; i + 2 < t->len; i++)
        if ((unsigned char)t->data[i] == 0xE2 && (unsigned char)t->data[i + 1] == 0x80) {
            opens += (unsigned char)t->data[i + 2] == 0x9C;
            closes += (unsigned char)t->data[i + 2] == 0x9D;
        }
    while (e > 0 && evx_ascii_digit((unsigned char)c->s[e - 1]))
        e--; /* a marker */
    const char *title = colon + 1;
    while (title < c->s + c->len && *title == ' ')
        title++;
    return opens <= closes && e > 0 && c->s[e - 1] != '.' &&
           title < c->s + c->len && evx_ascii_upper((unsigned char)*title);
}

/* Does a box start inside the paragraph open, a page having floated it
 * there before the paragraph's sentence ended (or in a box that did)? */
static int floated_into(const pdf_parser *p)
{
    if (p->held.cur)
        return p->caption_box;
    return p->open.cur && p->open.cur->type == EVX_UNIT_PARAGRAPH &&
           p->open.qs == PDF_PROSE &&
           (!pdf_ends_sentence(&p->open.acc) || pdf_awaiting_quote(p));
}

/* Does c end the captioned box open?  Its source line, and the lines
 * that wrap it, end it; a box floated into a paragraph ends too where a
 * block goes on in lower case (not a list's "a)"), that paragraph's
 * sentence. */
static int caption_ends(const pdf_parser *p, const pdf_line *c)
{
    int lower = evx_ascii_lower((unsigned char)c->s[0]);
    /* a source after a note ("Note: …" / "Source: …") is the box's too */
    int sourced = p->caption_sourced && !evx_caption_source(c->s, c->len);
    if (p->held.cur && c->block_start)
        return sourced || (lower && !pdf_is_list_item(c->s, c->len));
    return sourced && !lower;
}

/* Is c, after a box that floated into a paragraph, a section heading
 * rather than the paragraph going on (which, then, had ended)? */
static int heads_after_box(const pdf_parser *p, const pdf_line *c)
{
    evx_buf h = EVX_BUF_INIT;
    size_t hl = evx_ascii_lower((unsigned char)c->s[0])
                    ? 0
                    : pdf_heading_block(p, c->ln, 3, 200, &h);
    int is = hl && body_heading(p, c->ln, hl, &h, 0);
    evx_buf_free(&h);
    return is;
}

/* A box, figure or table between paragraphs, under its caption ("Box 1:
 * What are microbeads?", caption.h): a unit of its own to its source
 * line, where its lines had gone on the paragraph before and its source
 * line had been taken for a section heading. */
static void caption_box(pdf_parser *p, const pdf_line *c)
{
    evx_buf t = EVX_BUF_INIT;
    evx_buf_append(&t, c->s, c->len);
    if (evx_buf_status(&t)) {
        pdf_oom(p);
        return;
    }
    char *id = pdf_slug_id(p, "/box/%s", t.data);
    if (floated_into(p))
        pdf_unit_float(p, id, t.data);
    else
        pdf_unit_block(p, EVX_UNIT_BOX, id, t.data, 0);
    if (p->open.cur) {
        p->open.cur->chapter = p->chapter;
        pdf_set_str(p, &p->open.cur->chapter_title, p->chapter_title);
    }
    p->open.cur_line = (long)c->ln;
    p->open.cur_col = c->col;
    p->caption_box = 1;
    p->caption_sourced = 0;
    evx_buf_free(&t);
}

static void start_paragraph(pdf_parser *p, const pdf_line *c, int num,
                            size_t off)
{
    char at[24];
    evx_para_print(num, at, sizeof at);
    evx_unit *u = pdf_unit_begin(p, EVX_UNIT_PARAGRAPH,
                                 pdf_make_id(p, "/p%s", at, 0), (long)c->ln,
                                 c->col);
    p->last_para = num;
    p->prev_heading = 0;
    p->caption_box = 0;
    if (!u)
        return;
    u->number = num;
    u->para = num;
    u->chapter = p->chapter;
    pdf_set_str(p, &u->chapter_title, p->chapter_title);
    pdf_set_str(p, &u->section, p->section);
    p->open.acc.next_lower = pdf_next_line_lower(p, c->ln);
    pdf_acc_add(&p->open.acc, c->s + off, c->len - off, (long)c->ln,
                c->col + (long)off, p->words, &p->fn);
    p->open.acc.next_lower = 0;
}

/* The chapter number s[0..len) opens with, "N Title" or "Chapter N:
 * Title", its title from *off; 0 if none.  *worded: "Chapter N". */
static int chapter_number(const char *s, size_t len, size_t *off,
                          int *worded)
{
    int v = pdf_number_space(s, len, off);
    *worded = 0;
    if (!v) {
        long num = 0;
        size_t t = evx_chapter_word(s, len, &num);
        v = t && t < len ? (int)num : 0;
        *off = t;
        *worded = v != 0;
    }
    return v;
}

/* The chapter number of the first content line after line ln (dir 1),
 * or of the last before it (dir -1), within a few lines, if it is shaped
 * as a chapter heading in the form worded says; 0 if not.  Only a worded
 * heading looks back: "N Title" is also the shape of the footnote line
 * before a chapter's heading at a page's top. */
static int near_chapter(const pdf_parser *p, size_t ln, int dir, int worded)
{
    size_t k = dir > 0 ? pdf_next_content(p, ln + 1) : 0, len, off;
    int w;
    for (size_t j = ln - 1; dir < 0 && worded && j > 0 && j + 8 > ln && !k; j--)
        if (pdf_get_line(p, j, &len, NULL, NULL) && len)
            k = j;
    const char *s = k ? pdf_get_line(p, k, &len, NULL, NULL) : NULL;
    int v = s ? chapter_number(s, len, &off, &w) : 0;
    return v && w == worded && evx_ascii_upper((unsigned char)s[off]) &&
                   !pdf_ends_punct(s, len)
               ? v
               : 0;
}

/* Does the text before line ln, past the lines shaped as chapter
 * headings in the form worded says, end in ':' (a lead-in: "arranged as
 * follows:")? */
static int after_lead_in(const pdf_parser *p, size_t ln, int worded)
{
    for (size_t k = ln - 1; k > 0 && k + 16 > ln; k--) {
        size_t len, off;
        int w;
        const char *s = pdf_get_line(p, k, &len, NULL, NULL);
        if (!len)
            continue;
        if (chapter_number(s, len, &off, &w) && w == worded)
            continue;
        return s[len - 1] == ':';
    }
    return 0;
}

/* Is c an entry of a list of chapters (chapter.h)?  Text of the
 * paragraph that lists them, neither a heading nor a quotation. */
static int chapter_list_entry(const pdf_parser *p, const pdf_line *c)
{
    size_t off;
    int w, v = chapter_number(c->s, c->len, &off, &w);
    return v && c->block_start &&
           evx_chapter_listed(v, near_chapter(p, c->ln, -1, w),
                              near_chapter(p, c->ln, 1, w),
                              after_lead_in(p, c->ln, w));
}

/* Chapter heading "N Title" or "Chapter N: Title" with N the next
 * chapter: N, or 0. */
int pdf_chapter_heading(const pdf_parser *p, const pdf_line *c, size_t *off)
{
    int w, v = chapter_number(c->s, c->len, off, &w);
    return v && v == p->chapter + 1 && v < 100 && c->block_start &&
                   evx_ascii_upper((unsigned char)c->s[*off]) &&
                   !pdf_ends_punct(c->s, c->len) &&
                   !chapter_list_entry(p, c)
               ? v
               : 0;
}

/* Opens a box titled by the section open, else the chapter: a titled
 * block of prose between chapters, or the text under a heading whose
 * paragraph numbers were lost. */
static void open_box(pdf_parser *p)
{
    const char *title = p->section ? p->section : p->chapter_title;
    pdf_unit_finish(p);
    p->mode = PDF_BOX;
    pdf_unit_block(p, EVX_UNIT_BOX, pdf_slug_id(p, "/box/%s", title), title,
                   0);
}

/* Does c open prose under a heading of a chapter's body with no unit to
 * take it: the paragraph after a chapter's or a section's heading, its
 * number lost?
 * (Without a unit its lines, and the footnote bodies they cite, would be
 * unplaced text.) */
static int unnumbered_prose(const pdf_parser *p, const pdf_line *c)
{
    return !p->open.cur && p->mode == PDF_BODY && c->block_start &&
           p->chapter && (p->section || p->chapter_title) &&
           evx_ascii_alpha((unsigned char)c->s[0]);
}

/* A section's heading h was met: the unit open ends, the section is h. */
static void enter_section(pdf_parser *p, const evx_buf *h)
{
    pdf_unit_finish(p);
    pdf_set_section(p, h->data, h->len);
    pdf_resync(p, h->data, h->len);
    p->prev_heading = 1;
}

/* The heading at line ln: a heading's block, or, when `labelled`, a
 * sub-section's line labelled "(a) Capital funding"; its text in h and
 * its lines, 0 if none (or if it ends in punctuation). */
static size_t heading_at(const pdf_parser *p, size_t ln, int labelled, evx_buf *h)
{
    size_t len, hl = pdf_heading_block(p, ln, 2, 120, h);
    const char *s = pdf_get_line(p, ln, &len, NULL, NULL);
    if (!hl && labelled && len > 4 && len < 120 && s[0] == '(' && s[2] == ')' &&
        s[3] == ' ') {
        hl = 1;
        evx_buf_clear(h);
        evx_buf_append(h, s, len);
    }
    return hl && !pdf_ends_punct(h->data, h->len) ? hl : 0;
}

/* Most headings from a numbered section's to its first paragraph: its
 * own, a sub-section's, a sub-section's "(a)". */
#define SECTION_HEADINGS 3

/* Does the number by chapter v opening c number a section ("2.1
 * Funding") in a report whose paragraphs are numbered in one sequence:
 * the block a short heading with no final punctuation, perhaps a
 * sub-section's heading under it, then the plain paragraph number that
 * comes next?  Such a report prints both, and its own sequence says which
 * is the paragraph.  Returns the lines from c to the last heading's end
 * (0 if not such) and that heading in title. */
static size_t numbered_section(const pdf_parser *p, const pdf_line *c, int v,
                               evx_buf *title)
{
    if (!evx_para_is_by_chapter(v) || !c->block_start)
        return 0;
    size_t ln = c->ln, len, off;
    for (int heads = 0; heads < SECTION_HEADINGS; heads++) {
        size_t hl = heading_at(p, ln, heads > 0, title);
        if (!hl)
            return 0;
        size_t k = pdf_next_content(p, ln + hl);
        const char *s = k ? pdf_get_line(p, k, &len, NULL, NULL) : NULL;
        int next = s ? pdf_numbered(s, len, &off) : 0;
        if (next)
            return !evx_para_is_by_chapter(next) &&
                           evx_para_follows(p->last_para, next, EVX_PARA_AHEAD)
                       ? ln + hl - c->ln
                       : 0;
        ln = k;
    }
    return 0;
}

size_t pdf_body_line(pdf_parser *p, const pdf_line *c)
{
    size_t off, extra = 0;
    /* the summary after front matter the contents did not list */
    if (!p->chapter && !p->last_para && c->block_start &&
        pdf_enter_summary(p, c))
        return 0;
    int v = pdf_numbered(c->s, c->len, &off);
    evx_buf sec = EVX_BUF_INIT;
    size_t sl = numbered_section(p, c, v, &sec);
    if (sl) {
        enter_section(p, &sec);
        evx_buf_free(&sec);
        return sl - 1;
    }
    evx_buf_free(&sec);
    if ((evx_para_follows(p->last_para, v, EVX_PARA_AHEAD) ||
         (v && pdf_resumes_run(p, c->ln, p->last_para, v, EVX_PARA_AHEAD))) &&
        (c->block_start || p->prev_heading ||
         pdf_ends_sentence(&p->open.acc)) &&
        !pdf_list_item_due(p, c, v, p->last_para)) {
        p->mode = PDF_BODY;
        start_paragraph(p, c, v, off);
        return 0;
    }
    int ch = pdf_chapter_heading(p, c, &off);
    if (ch)
        return start_chapter(p, c, ch, off);
    if (p->open.cur && chapter_list_entry(p, c)) {
        pdf_line entry = *c;
        entry.list_entry = 1;
        pdf_unit_add_line(p, &entry);
        return 0;
    }
    int lead_in = pdf_awaiting_quote(p);
    /* a box, figure or table after a lead-in ("… told us:" / "Box 2: …")
     * floats into its paragraph: the quotation comes after it, never
     * the box as the words the lead-in announces */
    int caption_at = c->block_start || caption_in_flow(p, c);
    if (caption_at && p->mode == PDF_BODY && evx_caption_line(c->s, c->len)) {
        caption_box(p, c);
        return 0;
    }
    if (p->caption_box) {
        if (caption_ends(p, c)) {
            int resumed = p->held.cur != NULL && !heads_after_box(p, c);
            if (resumed)
                pdf_unit_resume(p);
            else
                pdf_unit_finish(p); /* the box, and a paragraph held */
            p->caption_box = 0;
            if (resumed) {
                pdf_unit_add_line(p, c);
                return 0;
            }
        } else {
            p->caption_sourced |= evx_caption_source(c->s, c->len);
            pdf_unit_add_line(p, c);
            return 0;
        }
    }
    if (!c->block_start && !lead_in && p->mode == PDF_BOX && p->runs_on &&
        pdf_ends_sentence(&p->open.acc) && box_place(p, c, 1, &extra))
        return extra; /* a place heading in flow: a copy with no blank lines */
    /* a part's heading ends the body even after a lead-in ("… set out
     * below:" / "Conclusions and recommendations"): no quotation */
    if (c->block_start && !pdf_is_list_item(c->s, c->len) &&
        pdf_switch_part(p, c, &extra))
        return extra;
    if (c->block_start && !lead_in && !pdf_is_list_item(c->s, c->len)) {
        evx_buf h = EVX_BUF_INIT;
        size_t hl = pdf_heading_block(p, c->ln, 3, 200, &h);
        if (hl && p->mode == PDF_BODY && !pdf_ends_punct(h.data, h.len) &&
            h.len < 120 &&
            (p->n_contents == 0 ? c->broke
                                : pdf_contents_find(p, h.data, h.len) >= 0) &&
            !next_is_para(p, c->ln + hl)) {
            /* a box: titled block of prose between chapters, listed in the
             * contents (or, with no contents, opening a page), unnumbered
             * prose after it */
            size_t k = pdf_next_content(p, c->ln + hl);
            evx_buf h2 = EVX_BUF_INIT;
            if (k && !pdf_sub_heading(p, k, 0, &off, &h2) && !listed_line(p, k)) {
                pdf_set_section(p, h.data, h.len);
                pdf_resync(p, h.data, h.len);
                open_box(p);
                evx_buf_free(&h2);
                evx_buf_free(&h);
                return hl - 1;
            }
            evx_buf_free(&h2);
        }
        if (hl && p->mode == PDF_BOX && box_place(p, c, p->runs_on, &extra)) {
            evx_buf_free(&h);
            return extra;
        }
        if (hl && p->mode == PDF_BODY && body_heading(p, c->ln, hl, &h, 0)) {
            enter_section(p, &h);
            evx_buf_free(&h);
            return hl - 1;
        }
        evx_buf_free(&h);
    }
    p->prev_heading = 0;
    if (unnumbered_prose(p, c)) {
        open_box(p);
        if (p->last_para > 0 && p->open.cur)
            evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, (long)c->ln,
                         "text with no paragraph number under a heading "
                         "(its number lost?): read as %s, not as a "
                         "paragraph", p->open.cur->id);
    }
    pdf_unit_add_line(p, c);
    return 0;
}
