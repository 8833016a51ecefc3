/*
 * pdf_recs.c - the closing "Conclusions and recommendations" list of a
 * printed report; see pdf_recs.h.
 */
#include "pdf_recs.h"

#include "ascii.h"
#include "chapter.h"
#include "pdf_back.h"
#include "pdf_body.h"
#include "pdf_parts.h"
#include "pdf_unit.h"
#include "paranum.h"

/* Does the number v opening c open the next recommendation: the one due;
 * or, at a block start, one that resumes the list after numbers were lost
 * (the next two follow it), or one a few past the due one right after a
 * recommendation ended with its "(Paragraph N)" (the list's last numbers,
 * which no two follow)? */
static int rec_due(const pdf_parser *p, const pdf_line *c, int v)
{
    if (v == p->last_rec + 1)
        return 1;
    return c->block_start &&
           (pdf_resumes_run(p, c->ln, p->last_rec, v, 1) ||
            (p->open.rec_done && p->last_rec > 0 &&
             evx_para_follows(p->last_rec, v, EVX_PARA_AHEAD)));
}

/* Most bytes of a group's heading in the list. */
#define GROUP_HEADING_MAX 120

/* Is c a group's heading between two items of a list that cites no
 * paragraphs, a blank line around it or none ("… recruitment fees." /
 * "The scale of the challenge" / "3. Defra should …", the House of
 * Lords' list grouped by its chapters): the item before it ended a
 * sentence, c ends in none, and the recommendation due opens the next
 * line with text? */
static int group_heading(const pdf_parser *p, const pdf_line *c)
{
    size_t len, off;
    if (!p->open.cur || !pdf_ends_sentence(&p->open.acc) || c->len > GROUP_HEADING_MAX ||
        pdf_ends_punct(c->s, c->len) || c->s[c->len - 1] == ')' ||
        !evx_ascii_upper((unsigned char)c->s[0]) || pdf_is_list_item(c->s, c->len) ||
        pdf_numbered(c->s, c->len, &off))
        return 0;
    size_t k = pdf_next_content(p, c->ln + 1);
    const char *s = k ? pdf_get_line(p, k, &len, NULL, NULL) : NULL;
    return s && pdf_numbered(s, len, &off) == p->last_rec + 1;
}

size_t pdf_recs_line(pdf_parser *p, const pdf_line *c)
{
    size_t off, hl, extra = 0;
    if (c->block_start && pdf_switch_part(p, c, &extra))
        return extra;
    int v = pdf_numbered(c->s, c->len, &off);
    size_t toff;
    if (p->recs_front && c->block_start &&
        (pdf_chapter_heading(p, c, &toff) ||
         (v == 1 && p->last_rec && !pdf_awaiting_quote(p)))) {
        /* the chapters after a list that came first (a "1." after an
         * item's lead-in ending in ':' opens a list inside it) */
        pdf_unit_finish(p);
        p->recs_front = 0;
        p->mode = PDF_BODY;
        return pdf_body_line(p, c);
    }
    if (v && (c->block_start || p->open.rec_done) && rec_due(p, c, v) &&
        !pdf_list_item_due(p, c, v, p->last_rec)) {
        if (v > p->last_rec + 1)
            evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, (long)c->ln,
                         "recommendation %d follows recommendation %d: %d "
                         "missing", v, p->last_rec, v - p->last_rec - 1);
        p->last_rec = v;
        pdf_unit_block(p, EVX_UNIT_RECOMMENDATION,
                         pdf_make_id(p, "/r%d", NULL, v), NULL, v);
        if (p->open.cur) {
            p->open.cur_line = (long)c->ln;
            p->open.cur_col = c->col;
        }
        pdf_line rest = *c;
        rest.s += off;
        rest.len -= off;
        rest.col += (long)off;
        pdf_unit_add_line(p, &rest);
        return 0;
    }
    /* "Chapter 2: Engagement" over the next items of a list that cites no
     * paragraphs (the House of Lords'), after an item ended as a sentence */
    long chapter;
    int chapter_over = c->block_start && p->open.cur &&
                       pdf_ends_punct(p->open.acc.text.data, p->open.acc.text.len) &&
                       evx_chapter_word(c->s, c->len, &chapter) > 0;
    evx_buf h = EVX_BUF_INIT;
    if (group_heading(p, c)) {
        pdf_unit_finish(p);
        pdf_set_section(p, c->s, c->len);
        return 0;
    }
    if (c->block_start && (!p->open.cur || p->open.rec_done || chapter_over) &&
        !pdf_is_list_item(c->s, c->len) &&
        (hl = pdf_heading_block(p, c->ln, 3, 200, &h)) && !pdf_ends_punct(h.data, h.len)) {
        pdf_unit_finish(p);
        pdf_set_section(p, h.data, h.len);
        evx_buf_free(&h);
        return hl - 1;
    }
    evx_buf_free(&h);
    pdf_unit_add_line(p, c);
    return 0;
}
