/*
 * webtext.c - reader for the web edition saved as text (see webtext.h).
 *
 * Two passes over the lines.  The first (web_plan.h) decides what each
 * numbered line is by the number sequences: paragraph, chapter, footnote,
 * recommendation, or back matter entry; it also lists the footnote
 * numbers, which tell a marker ("messages.226", web_marks.h) from a number
 * that belongs to the text ("2018").  The second pass builds the units:
 * a paragraph is kept open until the next paragraph, heading or footnote,
 * since its block quotations (after a lead-in ending in ':', indented, or
 * a line wrapped in quotation marks), list items and continuation lines
 * follow it as separate lines.
 */
#include "webtext_impl.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "caption.h"
#include "grow.h"
#include "quote_units.h"
#include "quotes.h"
#include "utf8.h"
#include "web_back.h"
#include "web_lines.h"
#include "web_marks.h"
#include "web_plan.h"

#define INDENT_MIN 2 /* leading blanks that make an indented quotation */

/* ---- small helpers ---- */

static int at(const char *s, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= n && memcmp(s + i, lit, k) == 0;
}

static void trim(const char **s, size_t *n, size_t *lead)
{
    evx_web_trim(s, n, lead);
}

static void detach_markers(parser *ps, const char *s, size_t n, evx_buf *out,
                           markers *mk)
{
    if (evx_web_detach(&ps->seq, s, n, out, mk))
        evx_wt_fail(ps, EVX_NOMEM);
}

/* ---- pass 2: lines ---- */

static void add_seg(parser *ps, long line, long col)
{
    para *p = &ps->p;

    if (evx_grow((void **)&p->sg, &p->cap_sg, p->n_sg + 1,
                 sizeof *p->sg)) {
        evx_wt_fail(ps, EVX_NOMEM);
        return;
    }
    p->sg[p->n_sg++] = (seg){p->text.len, line, col, p->mk.n};
}

static evx_web_role role_of(const parser *ps, size_t l)
{
    return ps->plan.lines[l].role;
}

/* The first line after l that is not blank, or 0; *first gets its first
 * character. */
static size_t next_text(const parser *ps, size_t l, unsigned char *first)
{
    size_t nl = evx_text_lines(ps->text), n;

    for (l++; l <= nl; l++) {
        const char *s = evx_text_line(ps->text, l, &n);
        trim(&s, &n, NULL);
        if (n) {
            *first = (unsigned char)s[0];
            return l;
        }
    }
    return 0;
}

/* Whether the next non-blank line after l opens a paragraph or chapter. */
static int paragraph_follows(const parser *ps, size_t l)
{
    unsigned char c;
    size_t m = next_text(ps, l, &c);

    return m && (role_of(ps, m) == EVX_WEB_PARA ||
                 role_of(ps, m) == EVX_WEB_CHAPTER);
}

/* Whether a numbered paragraph or chapter opens within the next two
 * non-blank lines after l (a heading, or a heading and its subheading,
 * stand over one). */
static int paragraph_soon(const parser *ps, size_t l)
{
    size_t nl = evx_text_lines(ps->text), n, seen = 0;

    for (l++; l <= nl && seen < 2; l++) {
        const char *s = evx_text_line(ps->text, l, &n);
        trim(&s, &n, NULL);
        if (!n)
            continue;
        if (role_of(ps, l) == EVX_WEB_PARA || role_of(ps, l) == EVX_WEB_CHAPTER)
            return 1;
        seen++;
    }
    return 0;
}

/* Whether line l is blank (or out of range). */
static int blank_line(const parser *ps, size_t l)
{
    size_t n;
    const char *s = evx_text_line(ps->text, l, &n);

    if (!s)
        return 1;
    trim(&s, &n, NULL);
    return n == 0;
}

/* In a copy with no blank lines and a paragraph or quotation a line, is
 * the line before l a whole one (more words than a wrapped line holds)?
 * A line after it starts a block as a blank line would. */
static int after_whole_block(const parser *ps, size_t l)
{
    size_t n;
    const char *s = l > 1 ? evx_text_line(ps->text, l - 1, &n) : NULL;

    return !ps->blocky && s && evx_ascii_words(s, n) > 40;
}

/* Whether the next line after l that is not blank starts in lower case:
 * the text goes on from l (a lead-in and its quotation), so l is no
 * heading. */
static int next_block_lower(const parser *ps, size_t l)
{
    unsigned char c;

    return next_text(ps, l, &c) && evx_ascii_lower(c);
}

/* A section heading: a short capitalised line of one phrase.  A heading
 * may end with '.' or '?' (reports have them), but then only when a
 * numbered paragraph follows, so a short closing sentence of a paragraph
 * stays text. */
static int heading_line(const parser *ps, const char *s, size_t n, size_t l)
{
    int stop;

    if (!evx_web_heading_shape(s, n, &stop) || next_block_lower(ps, l))
        return 0;
    /* one that ends as a sentence does is a block of its own: after a
     * paragraph's lines it is their last sentence, wrapped onto a line */
    if (stop)
        return (s[n - 1] == '?' ||
                (evx_ascii_words(s, n) >= 5 && !evx_web_reads_as_sentence(s, n))) &&
               (l == 1 || blank_line(ps, l - 1) || after_whole_block(ps, l)) &&
               paragraph_follows(ps, l);
    return 1;
}

/* Whether the line after l, with no blank line between, starts with a
 * lower-case letter: l was broken inside a sentence (a hard-wrapped web
 * edition), so it is not a heading. */
static int wrapped_on(const parser *ps, size_t l)
{
    size_t n;
    const char *s = evx_text_line(ps->text, l + 1, &n);

    if (!s)
        return 0;
    trim(&s, &n, NULL);
    return n && s[0] >= 'a' && s[0] <= 'z';
}

/* Whether the paragraph's text so far stops inside a sentence
 * (web_lines.h). */
static int stops_mid_sentence(const evx_buf *text)
{
    return evx_web_stops_mid(evx_buf_str(text), text->len);
}

/* Does the text end a sentence: a full stop, question or exclamation
 * mark, a bracket or a closing quotation mark? */
static int ends_sentence(const evx_buf *text)
{
    unsigned char c = text->len ? (unsigned char)text->data[text->len - 1] : 0;
    return c && (strchr(".!?)", c) || c == 0x9D || c == 0x99);
}

/* Whether the line after l, with no blank line between, goes on with a
 * lower-case word that is no list label ("b)", "ii."). */
static int goes_on_in_prose(const parser *ps, size_t l)
{
    size_t n;
    const char *s = evx_text_line(ps->text, l + 1, &n);

    if (!wrapped_on(ps, l))
        return 0;
    trim(&s, &n, NULL);
    return !evx_web_list_label(s, n);
}

/* A list item of line l, s (web_lines.h's shapes); ", and" at its end
 * is where a hard-wrapped line broke a sentence when the sentence goes on
 * on the next line. */
static int list_item(const parser *ps, size_t l, const char *s, size_t n)
{
    int end = evx_web_list_end(s, n);

    return ps->plan.lines[l].role == EVX_WEB_LIST_ENTRY ||
           evx_bullet_len(s, n) || evx_web_list_label(s, n) ||
           end == EVX_WEB_ITEM_END ||
           (end == EVX_WEB_ITEM_COMMA && !goes_on_in_prose(ps, l));
}

static void start_para(parser *ps, size_t l, const char *s, size_t n,
                       long col, long num, size_t off)
{
    para *p = &ps->p;

    evx_wt_flush(ps);
    p->open = 1;
    p->number = (int)num;
    p->line = p->end_line = (long)l;
    p->col = col;
    add_seg(ps, (long)l, col + (long)off);
    detach_markers(ps, s + off, n - off, &p->text, &p->mk);
    p->last = LAST_TEXT;
    ps->seen = 1;
}

static void continue_para(parser *ps, size_t l, const char *s, size_t n,
                          long col)
{
    para *p = &ps->p;

    if (p->text.len)
        evx_buf_putc(&p->text, ' ');
    add_seg(ps, (long)l, col);
    detach_markers(ps, s, n, &p->text, &p->mk);
    p->end_line = (long)l;
    p->last = list_item(ps, l, s, n) ? LAST_LIST : LAST_TEXT;
}

static block *new_block(parser *ps, size_t l, long col)
{
    para *p = &ps->p;
    block *b;
    const char *t = evx_buf_str(&p->text);

    if (evx_grow((void **)&p->bq, &p->cap_bq, p->n_bq + 1, sizeof *p->bq)) {
        evx_wt_fail(ps, EVX_NOMEM);
        return NULL;
    }
    b = &p->bq[p->n_bq++];
    memset(b, 0, sizeof *b);
    b->pos = p->text.len;
    b->line = (long)l;
    b->col = col;
    b->lead_in = evx_strdup(t + evx_quote_lead_start(t, p->text.len,
                                                     p->text.len));
    if (!b->lead_in)
        evx_wt_fail(ps, EVX_NOMEM);
    return b;
}

static void block_quote(parser *ps, size_t l, const char *s, size_t n,
                        long col, int extend)
{
    para *p = &ps->p;
    evx_buf line = EVX_BUF_INIT;
    block *b;
    size_t from;

    from = evx_web_unwrap_quote(s, n, &line);
    b = extend ? &p->bq[p->n_bq - 1] : new_block(ps, l, col + (long)from);
    if (!b || evx_buf_status(&line)) {
        evx_wt_fail(ps, EVX_NOMEM);
        evx_buf_free(&line);
        return;
    }
    if (extend)
        evx_buf_putc(&b->text, ' ');
    detach_markers(ps, evx_buf_str(&line), line.len, &b->text, &b->mk);
    evx_buf_free(&line);
    b->end_line = p->end_line = (long)l;
    p->last = LAST_QUOTE;
    p->quote_marked = b->mk.n && b->mk.v[b->mk.n - 1].off == b->text.len;
}

static void set_str(parser *ps, char **field, const char *s, size_t n)
{
    free(*field);
    *field = evx_strndup(s, n);
    if (!*field && n)
        evx_wt_fail(ps, EVX_NOMEM);
}

static void footnote(parser *ps, size_t l, const char *s, long col)
{
    const evx_web_line *ln = &ps->plan.lines[l];
    evx_buf id = EVX_BUF_INIT;
    evx_unit *u;

    evx_wt_flush(ps);
    evx_buf_append(&id, evx_buf_str(&ps->key), ps->key.len);
    evx_buf_printf(&id, "/fn%d", ln->number);
    if (evx_units_find(ps->out, evx_buf_str(&id))) {
        evx_diag_add(ps->diag, EVX_DIAG_WARNING, ps->file, (long)l,
                     "footnote %d listed twice; keeping the first",
                     ln->number);
        evx_buf_free(&id);
        return;
    }
    u = evx_buf_status(&id) ? NULL
                            : evx_wt_make_unit(ps, EVX_UNIT_FOOTNOTE, evx_buf_str(&id));
    evx_buf_free(&id);
    if (!u) {
        evx_wt_fail(ps, EVX_NOMEM);
        return;
    }
    u->number = ln->number;
    u->chapter = ps->chapter;
    evx_wt_set_text(ps, &u->text, s + ln->off, ln->end - ln->off);
    evx_wt_push(ps, u, (long)l, col, (long)l);
    ps->seen = 1;
    ps->fn_open = ps->st ? NULL : u;
    ps->fn_end = l;
}

/* A line right after a footnote's last line, with no blank line between,
 * goes on with that footnote (a hard-wrapped edition): 1 if it did; not
 * one that starts another body. */
static int footnote_goes_on(parser *ps, size_t l, const char *s, size_t n)
{
    evx_unit *u = ps->fn_open;
    evx_buf t = EVX_BUF_INIT;

    /* a line broken inside a name ("… Hebridean Chamber of" / "Commerce
     * (LFS0017)") goes on, however like a heading its rest reads */
    size_t tn = u && u->text ? strlen(u->text) : 0;
    int broken = tn && (u->text[tn - 1] == ',' ||
                        evx_web_ends_in_function_word(u->text, tn));
    if (!u || l != ps->fn_end + 1 ||
        (!broken && heading_line(ps, s, n, l) && paragraph_follows(ps, l)) ||
        evx_web_another_body(ps->text, l, s, n, u->number))
        return 0;
    evx_buf_printf(&t, "%s %.*s", u->text ? u->text : "", (int)n, s);
    if (evx_buf_status(&t) || evx_unit_set(&u->text, evx_buf_str(&t), t.len))
        evx_wt_fail(ps, EVX_NOMEM);
    evx_buf_free(&t);
    if (u->n_sources)
        u->sources[u->n_sources - 1].end_line = (long)l;
    ps->fn_end = l;
    return 1;
}

static void heading(parser *ps, const char *s, size_t n)
{
    evx_wt_flush(ps);
    set_str(ps, &ps->section, s, n);
}

/* In a text set in blocks, does the line after l go on with a capital
 * in l's block ("Status of Sustainability and Transformation" /
 * "Partnerships")? */
static int capital_goes_on(const parser *ps, size_t l)
{
    size_t n;
    const char *s = evx_text_line(ps->text, l + 1, &n);

    if (!ps->blocky || !s)
        return 0;
    trim(&s, &n, NULL);
    return n && evx_ascii_upper(s[0]);
}

/* A heading a hard-wrapped edition broke over lines: a block of its own
 * (a blank line before and after it) whose next lines go on in lower case,
 * or in a text set in blocks with a capital too, which joined is shaped
 * like a heading, with a numbered paragraph next.  Reads it as the section
 * and returns 1, the lines it took marked read. */
static int wrapped_heading(parser *ps, size_t l, const char *s, size_t n)
{
    evx_buf h = EVX_BUF_INIT;
    size_t m = l, k;
    int stop, ok;

    const para *p = &ps->p;
    const char *t0 = evx_buf_str(&p->text);

    if (!(l == 1 || blank_line(ps, l - 1)) || !evx_ascii_upper(s[0]))
        return 0;
    if (p->open && p->last == LAST_TEXT && p->text.len &&
        (t0[p->text.len - 1] == ':' || stops_mid_sentence(&p->text)))
        return 0; /* a quotation after its lead-in, or a broken sentence */
    evx_buf_append(&h, s, n);
    while (m < l + 2 && (wrapped_on(ps, m) || capital_goes_on(ps, m)) &&
           role_of(ps, m + 1) == EVX_WEB_TEXT) {
        const char *t = evx_text_line(ps->text, ++m, &k);
        trim(&t, &k, NULL);
        evx_buf_putc(&h, ' ');
        evx_buf_append(&h, t, k);
    }
    ok = m > l && blank_line(ps, m + 1) && !evx_buf_status(&h) &&
         evx_web_heading_shape(evx_buf_str(&h), h.len, &stop) &&
         (!stop || evx_ascii_words(evx_buf_str(&h), h.len) >= 5) &&
         paragraph_follows(ps, m);
    if (ok) {
        heading(ps, evx_buf_str(&h), h.len);
        ps->skip_to = m;
    }
    evx_buf_free(&h);
    return ok;
}

static void chapter(parser *ps, const char *s, size_t n, long num, size_t off)
{
    evx_wt_flush(ps);
    ps->chapter = (int)num;
    set_str(ps, &ps->chapter_title, s + off, n - off);
    set_str(ps, &ps->section, NULL, 0);
    ps->seen = 1;
}

/* A chapter's title wrapped onto line s: joined to it with a space. */
static void title_goes_on(parser *ps, const char *s, size_t n)
{
    evx_buf t = EVX_BUF_INIT;

    evx_buf_puts(&t, ps->chapter_title ? ps->chapter_title : "");
    evx_buf_putc(&t, ' ');
    evx_buf_append(&t, s, n);
    if (evx_buf_status(&t))
        evx_wt_fail(ps, EVX_NOMEM);
    else
        set_str(ps, &ps->chapter_title, evx_buf_str(&t), t.len);
    evx_buf_free(&t);
}

/* Lines after an open paragraph: quotation, list item, continuation, or a
 * heading that closes it.  An indented line is a quotation, and so is a
 * line wrapped in quotation marks; a line back at the paragraph's margin
 * ends an indented quotation. */
static void after_para(parser *ps, size_t l, const char *s, size_t n,
                       long col)
{
    para *p = &ps->p;
    const char *t = evx_buf_str(&p->text);
    int indented = col > p->col + INDENT_MIN - 1;
    /* a colon a hard wrap left at a line's end, the sentence going on in
     * lower case on the next line of its block ("chaired by Tony
     * Wright[1]:" / "direct election of most chairs ..."), leads in to
     * nothing */
    int wrapped_colon = !indented && !blank_line(ps, l - 1) &&
                        evx_ascii_lower((unsigned char)s[0]);
    int lead_in = p->last == LAST_TEXT && p->text.len &&
                  t[p->text.len - 1] == ':' && !wrapped_colon;
    int quote_open = p->last == LAST_QUOTE && !p->quote_marked &&
                     (!p->quote_indented || indented);
    /* A line that goes on from a sentence broken on the line before, or
     * whose own sentence goes on on the next, is no heading; nor is one
     * that no numbered paragraph follows, nor, in a text set in blocks,
     * one in the block of the paragraph's lines. */
    int heads = !(p->last == LAST_TEXT && stops_mid_sentence(&p->text)) &&
                !wrapped_on(ps, l) && (!ps->blocky || blank_line(ps, l - 1)) &&
                paragraph_soon(ps, l) && heading_line(ps, s, n, l);

    /* a line in quotation marks that a sentence broken on the line before
     * runs into, in the same block, is an inline quotation of it */
    int goes_on = !indented && !blank_line(ps, l - 1) &&
                  p->last == LAST_TEXT && stops_mid_sentence(&p->text);

    /* a sentence broken off before a blank line that the next block goes
     * on in lower case ("The study also found that" / "some committees
     * can ...") is a lead-in without its colon, that block its quotation */
    int broken_lead = p->last == LAST_TEXT && blank_line(ps, l - 1) &&
                      stops_mid_sentence(&p->text) &&
                      evx_ascii_lower((unsigned char)s[0]);
    int leads_on = evx_web_stops_mid(s, n) && blank_line(ps, l + 1) &&
                   next_block_lower(ps, l);

    if (lead_in && list_item(ps, l, s, n))
        continue_para(ps, l, s, n, col);
    else if (lead_in || broken_lead ||
             ((indented || (evx_web_wrapped_quote(s, n) && !goes_on)) && !quote_open &&
              p->last != LAST_LIST)) {
        block_quote(ps, l, s, n, col, 0);
        p->quote_indented = indented;
    } else if (p->last == LAST_LIST && !(heads && ends_sentence(&p->text)))
        continue_para(ps, l, s, n, col); /* a heading after the last item */
    else if (quote_open && !heads && !leads_on)
        block_quote(ps, l, s, n, col, 1); /* next line or paragraph */
    else if (heads)
        heading(ps, s, n);
    else
        continue_para(ps, l, s, n, col);
}

static void unplaced(parser *ps, size_t l, const char *s, size_t n)
{
    evx_diag_add(ps->diag, EVX_DIAG_WARNING, ps->file, (long)l,
                 "could not place line (%.*s%s)",
                 (int)evx_utf8_prefix(s, n, 40), s,
                 n > 40 ? "..." : "");
}

/* Declares line l left out on purpose, so coverage does not count it
 * lost. */
static void skipped(parser *ps, size_t l, const char *why)
{
    if (ps->coverage &&
        evx_coverage_furniture(ps->coverage, (long)l, (long)l, why))
        evx_wt_fail(ps, EVX_NOMEM);
}

/* May line l be a caption: in a block of its own, or after a sentence
 * that ended (not "as shown in" / "Figure 3. The …" wrapped)?  0, or
 * EVX_WT_CAPTION_FLOATS for a block of its own in such a sentence, which
 * goes on after the box. */
static int may_caption(const parser *ps, size_t l)
{
    int broken = ps->p.open && ps->p.last == LAST_TEXT &&
                 stops_mid_sentence(&ps->p.text);
    if (!broken)
        return EVX_WT_CAPTION_OPENS;
    return blank_line(ps, l - 1) ? EVX_WT_CAPTION_FLOATS : 0;
}

/* Line l, a block of its own after a box that floated into the paragraph
 * open (no list item or next caption): in lower case, or after the box's
 * source line, the paragraph goes on there, unless a section heading
 * stands there (the paragraph had ended).  1 if the line was so taken. */
static int after_floated_box(parser *ps, size_t l, const char *s, size_t n,
                             long col)
{
    if (!ps->box || !ps->box_floated || !ps->p.open || !blank_line(ps, l - 1) ||
        list_item(ps, l, s, n) || evx_caption_line(s, n) ||
        !(ps->box_sourced || evx_ascii_lower((unsigned char)s[0])))
        return 0;
    evx_wt_box_close(ps);
    int stop = 1; /* a heading here has no stop: the sentence goes on */
    if (!evx_ascii_lower((unsigned char)s[0]) &&
        evx_web_heading_shape(s, n, &stop) && !stop &&
        heading_line(ps, s, n, l) && paragraph_soon(ps, l)) {
        evx_wt_flush(ps);
        heading(ps, s, n);
    } else {
        continue_para(ps, l, s, n, col);
    }
    return 1;
}

/* Is s a chapter's heading over the next items of a list of conclusions
 * that cites no paragraphs ("Chapter 2: Engagement", as the House of
 * Lords heads them), after an item that ended as a sentence does?  It is
 * no more of that item's words. */
static int chapter_over_items(const parser *ps, const char *s, size_t n)
{
    const evx_buf *t = &ps->back.rec_text;
    long num;
    size_t off;
    return ps->back.rec && t->len && evx_web_chapter(s, n, &num, &off) &&
           ends_sentence(t);
}

/* A line the plan left to this pass: prose, a heading or a quotation. */
static void text_line(parser *ps, size_t l, const char *s, size_t n,
                      long col)
{
    if (footnote_goes_on(ps, l, s, n) || wrapped_heading(ps, l, s, n))
        return;
    evx_web_part part = ps->plan.lines[l].part;
    if (part == EVX_WEB_PART_SUMMARY || part == EVX_WEB_PART_GLOSSARY ||
        part == EVX_WEB_PART_ANNEX) {
        if (evx_wt_part_line(ps, part, l, s, n, col, blank_line(ps, l - 1),
                             blank_line(ps, l + 1)))
            ps->seen = 1;
        else
            unplaced(ps, l, s, n);
    } else if (ps->plan.lines[l].part == EVX_WEB_PART_RECS) {
        if (!chapter_over_items(ps, s, n) &&
            evx_web_back_more(&ps->back, s, n, (long)l))
            return;
        if (heading_line(ps, s, n, l)) {
            evx_web_back_flush(&ps->back);
            heading(ps, s, n);
        } else {
            unplaced(ps, l, s, n);
        }
    } else if (!ps->seen && n > 9 && at(s, n, n - 9, " Contents"))
        skipped(ps, l, "page title"); /* and its navigation link */
    else if (after_floated_box(ps, l, s, n, col))
        ;
    else if (evx_wt_box_line(ps, l, s, n, col, may_caption(ps, l)))
        ps->seen = 1;
    else if (ps->p.open)
        after_para(ps, l, s, n, col);
    else if (heading_line(ps, s, n, l))
        heading(ps, s, n);
    else
        unplaced(ps, l, s, n);
}

/* The most lines of an entry whose starts are passed on (pdf_panel_read);
 * a longer one is read as one run of text. */
#define ENTRY_LINES_MAX 64

/* The back matter's lines. */
/* The entry of the back matter at line l (s, n), joined with the lines
 * it wraps onto (EVX_WEB_ENTRY_TEXT), into b, with where each starts
 * (starts, *n_starts; 0 past ENTRY_LINES_MAX); returns its last line. */
static size_t join_entry(const parser *ps, size_t l, const char *s, size_t n,
                         evx_buf *b, size_t *starts, size_t *n_starts)
{
    size_t k = l, m;

    starts[0] = 0;
    *n_starts = 1;
    evx_buf_append(b, s, n);
    while (k < ps->plan.n_lines && ps->plan.lines[k + 1].role == EVX_WEB_ENTRY_TEXT) {
        const char *t = evx_text_line(ps->text, ++k, &m);
        trim(&t, &m, NULL);
        evx_buf_putc(b, ' ');
        /* past the most, the lines' starts are not known */
        if (*n_starts && *n_starts < ENTRY_LINES_MAX)
            starts[(*n_starts)++] = b->len;
        else
            *n_starts = 0;
        evx_buf_append(b, t, m);
    }
    return k;
}

static void back_line(parser *ps, size_t l, const char *s, size_t n,
                      long col)
{
    const evx_web_line *ln = &ps->plan.lines[l];
    evx_buf e = EVX_BUF_INIT;
    size_t end = l, starts[ENTRY_LINES_MAX], n_starts = 0;
    pdf_panel_text panel;

    evx_wt_flush(ps);
    if (ln->role == EVX_WEB_WITNESS || ln->role == EVX_WEB_EVIDENCE) {
        end = join_entry(ps, l, s, n, &e, starts, &n_starts);
        if (evx_buf_status(&e)) {
            evx_wt_fail(ps, EVX_NOMEM);
            evx_buf_free(&e);
            return;
        }
        s = evx_buf_str(&e);
        n = e.len;
    }
    switch (ln->role) {
    case EVX_WEB_REC:
        evx_web_back_rec(&ps->back, ln->number, s + ln->off, n - ln->off,
                         (long)l, col + (long)ln->off, ps->section);
        break;
    case EVX_WEB_WITNESS_DATE:
        evx_web_back_date(&ps->back, s + ln->off, ln->end - ln->off);
        skipped(ps, l, "witness session date (each panel carries it)");
        break;
    case EVX_WEB_WITNESS:
        panel = (pdf_panel_text){s, n, starts, n_starts};
        evx_web_back_witness(&ps->back, &panel, ln->number, (long)l, col, (long)end);
        break;
    case EVX_WEB_ENTRY_TEXT: /* read with the entry's first line */
        break;
    default:
        evx_web_back_evidence(&ps->back, s, n, ln->number, (long)l, col,
                              (long)end);
        break;
    }
    evx_buf_free(&e);
    ps->seen = 1;
}

static void do_line(parser *ps, size_t l)
{
    size_t n, lead;
    const char *s = evx_text_line(ps->text, l, &n);
    const evx_web_line *ln = &ps->plan.lines[l];
    long col;

    trim(&s, &n, &lead);
    if (n == 0 || l <= ps->skip_to)
        return;
    if (ln->role == EVX_WEB_SKIP) {
        /* a part heading ends the unit open; a table's rule does not
         * end the box its caption opened */
        if (!evx_ascii_rule_line(s, n))
            evx_wt_box_close(ps);
        skipped(ps, l, "navigation, contents, part heading or part not "
                       "indexed");
        return;
    }
    col = ln->role == EVX_WEB_TABLE_ROW ? 1 : (long)lead + 1;
    if (ln->role != EVX_WEB_TEXT && ln->role != EVX_WEB_TABLE_ROW &&
        ln->role != EVX_WEB_LIST_ENTRY)
        evx_wt_box_close(ps);
    if (ln->role != EVX_WEB_REC &&
        !(ln->role == EVX_WEB_TEXT && ln->part == EVX_WEB_PART_RECS))
        evx_web_back_flush(&ps->back);
    switch (ln->role) {
    case EVX_WEB_FOOTNOTE:
        footnote(ps, l, s, col);
        break;
    case EVX_WEB_PARA:
        start_para(ps, l, s, n, col, ln->number, ln->off);
        break;
    case EVX_WEB_PARA_TEXT:
        continue_para(ps, l, s, n, col);
        break;
    case EVX_WEB_CHAPTER:
        chapter(ps, s, n, ln->number, ln->off);
        break;
    case EVX_WEB_CHAPTER_TEXT:
        title_goes_on(ps, s, n);
        break;
    case EVX_WEB_RECS:
        heading(ps, s, n);
        break;
    case EVX_WEB_ANNEX:
        evx_wt_annex(ps, l, s, n, col);
        break;
    case EVX_WEB_LIST_ENTRY:
        if (ps->p.open) {
            continue_para(ps, l, s, n, col);
            break;
        }
        /* no paragraph open: text as any other */
        /* fall through */
    case EVX_WEB_TEXT:
    case EVX_WEB_TABLE_ROW:
        text_line(ps, l, s, n, col);
        break;
    case EVX_WEB_NOTE_AGAIN:
        evx_wt_flush(ps);
        evx_diag_add(ps->diag, EVX_DIAG_WARNING, ps->file, (long)l,
                     "footnote %d listed again after its list (footnotes "
                     "numbered from 1 on each page?): not read (%.*s%s)",
                     ln->number, (int)evx_utf8_prefix(s, n, 40), s,
                     n > 40 ? "..." : "");
        break;
    default:
        back_line(ps, l, s, n, col);
        break;
    }
}

static void parser_free(parser *ps)
{
    evx_unit_free(ps->box);
    evx_buf_free(&ps->box_text);
    free(ps->box_at);
    evx_wt_para_reset(&ps->p);
    evx_buf_free(&ps->p.text);
    free(ps->p.mk.v);
    free(ps->p.sg);
    free(ps->p.bq);
    evx_buf_free(&ps->key);
    evx_web_plan_free(&ps->plan);
    evx_web_back_free(&ps->back);
    free(ps->chapter_title);
    free(ps->section);
}

/* Whether most numbered paragraphs open after a blank line: the text is
 * set in blocks, so a heading is a block of its own too. */
static int paragraphs_in_blocks(const parser *ps)
{
    size_t paras = 0, after_blank = 0;

    for (size_t l = 2; l <= ps->plan.n_lines; l++)
        if (ps->plan.lines[l].role == EVX_WEB_PARA) {
            paras++;
            after_blank += blank_line(ps, l - 1);
        }
    return paras && 2 * after_blank > paras;
}

static void parser_init(parser *ps, evx_units *out, const evx_text *text,
                        const evx_read_opts *o)
{
    const char *report = o->report;
    evx_diag *diag = o->diag;

    memset(ps, 0, sizeof *ps);
    ps->coverage = o->coverage;
    ps->text = text;
    ps->file = evx_text_name(text);
    ps->report = report;
    ps->diag = diag;
    ps->out = out;
    evx_unit_report_key(&ps->key, report);
    if (evx_buf_status(&ps->key))
        evx_wt_fail(ps, EVX_NOMEM);
    else if (evx_web_plan_make(&ps->plan, text))
        evx_wt_fail(ps, EVX_NOMEM);
    ps->blocky = paragraphs_in_blocks(ps);
    {
        size_t len;
        const char *data = evx_text_data(text, &len);
        ps->single_quotes = evx_quote_style_single(data, len);
    }
    ps->seq.listed = ps->plan.footnotes;
    ps->seq.n_listed = ps->plan.n_footnotes;
    ps->back.out = out;
    ps->back.key = evx_buf_str(&ps->key);
    ps->back.report = report;
    ps->back.file = ps->file;
    ps->back.diag = diag;
    ps->back.recs_front = ps->plan.recs_front;
}

evx_status evx_webtext_parse(evx_units *out, const evx_text *text,
                             const char *report, evx_diag *diag)
{
    evx_read_opts o = {report, diag, NULL};

    return evx_webtext_read(out, text, &o);
}

evx_status evx_webtext_read(evx_units *out, const evx_text *text,
                            const evx_read_opts *o)
{
    parser ps;
    size_t l, nl, first;
    evx_status st;
    evx_text *single = NULL;

    if (!out || !text || !o || !o->report)
        return EVX_INVALID;
    /* A web page's blanks are one space however many were saved. */
    st = evx_text_single_spaced(text, &single);
    if (st)
        return st;
    if (single)
        text = single;
    first = out->len;
    parser_init(&ps, out, text, o);
    nl = evx_text_lines(text);
    for (l = 1; l <= nl && !ps.st && !ps.back.st; l++)
        do_line(&ps, l);
    evx_wt_flush(&ps);
    evx_wt_box_close(&ps);
    evx_web_back_flush(&ps.back);
    st = ps.st ? ps.st : ps.back.st;
    if (!st)
        evx_units_sort_lines(out, first);
    if (!st && out->len == first) {
        evx_diag_add(o->diag, EVX_DIAG_ERROR, ps.file, 0,
                     "no paragraphs or footnotes found in the web text");
        st = EVX_PARSE;
    }
    parser_free(&ps);
    evx_text_free(single);
    return st;
}
