/*
 * pdftext.c - reader for a committee report's PDF-to-text dump; see
 * pdftext.h.
 *
 * One pass over the lines with a small state machine; this file is its
 * dispatcher.  Every line first meets the page layer (blank lines, URL
 * lists, running headers, footnote bodies at page feet: pdf_notes.h, page
 * breaks), then the handler of the part of the report we are in:
 * contents (pdf_contents.h); chapters with their paragraphs, block and
 * inline quotations, section headings and boxes (pdf_body.h, pdf_unit.h);
 * summary, glossary, annexes and the parts skipped (pdf_parts.h); the
 * closing conclusions and recommendations (pdf_recs.h); witnesses and
 * written evidence (pdf_lists.h).  The state they share is pdf_parser.h's.
 * Before the pass, the word set (hyphen rule) and the running title of the
 * page headers are found; the contents list, read on the way, gives known
 * headings and page numbers to resynchronise on.
 *
 * Rules chosen (README material):
 *  - a line "N text" is a footnote body when N is past the last body read
 *    and a marker for it (or a later one) has been seen, or when it follows
 *    another body within a few numbers; its following lines continue it
 *    until a URL line, a page break (a line starting with a space) or two
 *    blank lines; after the chapters, a run of such lines numbered on to
 *    the highest marker cited is the footnotes collected in one list;
 *  - page numbers come from running headers ("Title 92", "3 Title"), from
 *    the contents entry of each heading met, and otherwise count page
 *    breaks (a line starting with a space, or content after a footnote
 *    block or URL list);
 *  - a block quotation is the block after a line ending in ':' unless that
 *    block is a list; it ends at a blank line (not at a page break, unless
 *    it ended with a footnote marker and the next page starts a sentence);
 *    unnumbered prose after it belongs to the paragraph again;
 *  - an inline quotation “...” is kept as a unit by quotes.h's rule (two
 *    words or more, not a term being named, and an attribution cue or a
 *    footnote marker in its sentence), shared with the web reader;
 *    quotations are numbered q1, q2... in document order within their
 *    unit, block and inline together;
 *  - lists (•, a), 1)) stay in their unit's text as printed, labels kept;
 *  - a box (a titled block of prose between chapters, listed in the
 *    contents) gives one unit for its introduction (title = the box title,
 *    id from its slug) and one per place heading;
 *  - source columns point at the number for numbered units (paragraph,
 *    footnote, recommendation, evidence) and at the first character of the
 *    text otherwise; line and column are 1-based, in bytes;
 *  - skipped without a warning: everything before the contents, the
 *    contents, running headers, URL lines, formal minutes, lists of
 *    reports, and the standard introductions of the witnesses and written
 *    evidence lists.  Anything else that fits nowhere is a warning.
 */
#include "pdftext.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "layout.h"
#include "pdf_body.h"
#include "pdf_contents.h"
#include "pdf_lists.h"
#include "pdf_notes.h"
#include "pdf_pages.h"
#include "layout_words.h"
#include "pdf_parser.h"
#include "pdf_parts.h"
#include "pdf_recs.h"
#include "pdf_unit.h"
#include "quotes.h"
#include "runhead.h"

/* The running title of the page headers: the one the page layer learnt
 * (so that both read the same headers; its layout prints each on one
 * line), else learnt here by the same rule (runhead.h). */
static void find_title(pdf_parser *p)
{
    const char *t = p->layout ? evx_layout_title(p->layout) : NULL;
    if (t ? (p->title = evx_strdup(t)) == NULL
          : p->layout == NULL && evx_running_title(&p->title, p->t, p->report)) {
        pdf_oom(p);
        return;
    }
}

static size_t dispatch(pdf_parser *p, const pdf_line *c)
{
    size_t extra = 0;
    /* counted as furniture, in any part but the contents (whose entries
     * end in page numbers): not run into a paragraph, nor a heading */
    if (p->mode != PDF_CONTENTS && pdf_page_number_line(p, c->ln, c->s, c->len)) {
        p->broke = 1; /* the next line opens a page, a blank line or none */
        return 0;
    }
    switch (p->mode) {
    case PDF_CONTENTS:
        return pdf_contents_line(p, c);
    case PDF_SUMMARY:
        return pdf_block_line(p, c, EVX_UNIT_SUMMARY);
    case PDF_BODY:
    case PDF_BOX:
        return pdf_body_line(p, c);
    case PDF_GLOSSARY:
        return pdf_block_line(p, c, EVX_UNIT_GLOSSARY);
    case PDF_ANNEX:
        return pdf_block_line(p, c, EVX_UNIT_ANNEX);
    case PDF_RECS:
        return pdf_recs_line(p, c);
    case PDF_WITNESS:
        return pdf_witness_line(p, c);
    case PDF_EVIDENCE:
        return pdf_evidence_list_line(p, c);
    case PDF_SKIP:
    case PDF_UNREAD:
        if (c->block_start)
            pdf_switch_part(p, c, &extra);
        return extra;
    case PDF_FRONT:
        break;
    }
    return 0;
}

/* Adds the URL that closes the text of the note in progress, line ln
 * (s/len trimmed, lead blanks before it), and the lines its wrapped rest
 * takes ("https://www.gov.uk/…-for-" / "lifeline-services/tables.pdf") to
 * the note's body.  Returns the further lines taken. */
static size_t note_url(pdf_parser *p, size_t ln, const char *s, size_t len,
                       size_t lead)
{
    size_t k = ln, n = len;
    const char *t = s;
    for (;;) {
        pdf_acc_add(&p->fnacc, t, n, (long)k, (long)lead + 1, p->words, NULL);
        size_t n2, lead2;
        const char *t2 = pdf_get_line(p, k + 1, &n2, &lead2, NULL);
        if (!n2 || !evx_url_goes_on(t, n, t2, n2))
            return k - ln;
        k++, t = t2, n = n2, lead = lead2;
    }
}

/* One line through the page layer, then to its part's handler. */
static size_t handle_line(pdf_parser *p, size_t ln)
{
    size_t len, lead;
    const char *s = pdf_get_line(p, ln, &len, &lead, NULL);
    p->line = ln;
    if (len == 0) {
        p->blank_run++;
        if (p->in_fn)
            p->fn_blank++;
        return 0;
    }
    if (p->mode == PDF_FRONT) {
        if (pdf_eq_fold(s, len, "Contents"))
            p->mode = PDF_CONTENTS;
        return 0;
    }
    size_t pl = 0;
    const char *prev = ln > 1 ? pdf_get_line(p, ln - 1, &pl, NULL, NULL) : NULL;
    int own = p->in_fn && pdf_is_url(s, len) && evx_url_in_text(prev, pl, s, len);
    if (!(own && memchr(s, ' ', len)) && /* the note's words go on past it */
        (pdf_is_url(s, len) || (prev && evx_url_goes_on(prev, pl, s, len)))) {
        size_t extra = own ? note_url(p, ln, s, len, lead) : 0;
        pdf_note_end(p); /* a list of links, or a note's closing URL: the page ends */
        p->broke = 1;
        p->page_pending = 1;
        p->blank_run = 0;
        return extra;
    }
    if (pdf_title_furniture(p, ln, s, len))
        return 0;
    int pg = pdf_header_page(p, s, len);
    if (pg < 0)
        pg = pdf_contents_header(p, s, len);
    if (pg >= 0) {
        pdf_note_end(p);
        int fp = pg ? 0 : pdf_footer_page(p, s, len);
        if (fp)
            pdf_page_anchor(p, ln, fp, PDF_ANCHOR_SIDELESS);
        else
            pdf_page_anchor(p, ln, pg, PDF_ANCHOR_HEADER);
        p->header_since = 1;
        p->broke = 1;
        p->blank_run = 0;
        return 0;
    }
    if (pdf_notes_line(p, ln, s, len, lead))
        return 0;
    size_t tail = pdf_notes_tail(p, ln, s, len);
    if (tail)
        return tail - 1;
    int newpage = p->page_pending || lead > 0;
    if (newpage && !p->header_since && p->page > 0)
        p->page++;
    if (p->line_page && ln < p->n_lines)
        p->line_page[ln] = p->page;
    pdf_line c = {ln, s, len, (long)lead + 1,
                  p->blank_run > 0 || p->broke || newpage || p->header_since,
                  p->broke || newpage || p->header_since, 0};
    p->page_top = c.broke;
    p->page_pending = 0;
    p->header_since = 0;
    p->blank_run = 0;
    p->broke = 0;
    return dispatch(p, &c);
}

static void parser_free(pdf_parser *p)
{
    pdf_unit_finish(p);
    pdf_open_free(&p->open);
    pdf_open_free(&p->held);
    evx_buf_free(&p->key);
    pdf_wordset_free(p->words);
    free(p->title);
    for (size_t i = 0; i < p->n_contents; i++)
        free(p->contents[i].text);
    free(p->contents);
    free(p->chapter_title);
    free(p->section);
    free(p->date);
    pdf_acc_free(&p->fnacc);
    evx_buf_free(&p->pending);
    free(p->line_page);
    pdf_pages_free(p);
}

/* Reads the canonical layout l (see layout.h), loaded as text, with the
 * part handlers. */
static evx_status parse_layout(evx_units *out, const evx_text *text,
                               const evx_layout *l, const evx_read_opts *o)
{
    const char *report = o->report;
    evx_diag *diag = o->diag;
    if (!out || !text || !report)
        return EVX_INVALID;
    pdf_parser P;
    memset(&P, 0, sizeof P);
    pdf_parser *p = &P;
    p->t = text;
    p->layout = l;
    p->coverage = o->coverage;
    p->n_lines = evx_text_lines(text) + 1;
    p->line_page = calloc(p->n_lines, sizeof *p->line_page);
    if (!p->line_page) {
        p->n_lines = 0;
        return EVX_NOMEM;
    }
    p->file = evx_text_name(text);
    p->report = report;
    p->diag = diag;
    p->out = out;
    p->first_new = out->len;
    evx_unit_report_key(&p->key, report);
    if (evx_buf_status(&p->key) || pdf_wordset_build(&p->words, text)) {
        parser_free(p);
        return EVX_NOMEM;
    }
    find_title(p);
    p->runs_on = l && evx_layout_without_blank_lines(l);
    {
        size_t len;
        const char *data = evx_text_data(text, &len);
        p->single_quotes = evx_quote_style_single(data, len);
    }
    p->mode = pdf_has_contents(p) ? PDF_FRONT : PDF_BODY;
    p->broke = 1; /* the first line starts a block */
    size_t n = evx_text_lines(text);
    for (size_t ln = 1; ln <= n && !p->st; ln++)
        ln += handle_line(p, ln);
    if (p->open.cur && p->open.acc.text.len && !pdf_ends_sentence(&p->open.acc) &&
        !pdf_witness_complete(p)) {
        evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, (long)n,
                     "text ends inside %s (file truncated?)", p->open.cur->id);
        evx_coverage_read_in_part(o->coverage); /* read in part: exit 1 */
    }
    pdf_note_end(p);
    pdf_unit_finish(p);
    pdf_pages_settle(p);
    if (!p->st)
        evx_units_sort_lines(p->out, p->first_new);
    evx_status st = p->st;
    if (!st && out->len == p->first_new) {
        evx_diag_add(diag, EVX_DIAG_WARNING, p->file, 0,
                     "nothing recognisable as a committee report");
        st = EVX_PARSE;
    }
    parser_free(p);
    return st;
}

static long map_line(void *ctx, long line)
{
    long ol, oc;
    evx_layout_where(ctx, line, 1, &ol, &oc);
    return ol;
}

/* Puts the sources of units [from, len) back on the file's own lines. */
static void map_sources(evx_units *out, size_t from, const char *file,
                        const evx_layout *l)
{
    for (size_t i = from; i < out->len; i++) {
        evx_unit *u = out->items[i];
        for (size_t k = 0; k < u->n_sources; k++) {
            evx_source *s = &u->sources[k];
            if (!s->file || strcmp(s->file, file) != 0)
                continue;
            long ol, oc, next, next_col, last;
            evx_layout_where(l, s->line, s->col, &ol, &oc);
            evx_layout_span(l, s->line, s->col, s->end_line, &next, &next_col,
                            &last);
            if (next < ol) { /* its text came before its number */
                ol = next;
                oc = next_col;
            }
            s->line = ol;
            s->col = oc;
            s->end_line = last < ol ? ol : last;
        }
    }
}

/* Hands one furniture line (or the part of it on one page) to the
 * coverage. */
static int furniture_line(void *ctx, long line, long first_col, long last_col)
{
    evx_coverage_furniture_span(ctx, line, first_col, line, last_col,
                                "running header or contents");
    return 0;
}

evx_status evx_pdftext_parse(evx_units *out, const evx_text *text,
                             const char *report, evx_diag *diag)
{
    evx_read_opts o = {report, diag, NULL};
    return evx_pdftext_read(out, text, &o);
}

evx_status evx_pdftext_read(evx_units *out, const evx_text *text,
                            const evx_read_opts *o)
{
    if (!out || !text || !o || !o->report)
        return EVX_INVALID;
    evx_diag *diag = o->diag;
    evx_layout *l = NULL;
    evx_text *canon = NULL;
    size_t from = out->len, first_msg = diag ? evx_diag_len(diag) : 0, len;
    evx_status st = evx_layout_build(&l, text, o->report);
    if (st)
        return st;
    const char *data = evx_layout_text(l, &len);
    st = evx_text_from_loaded(&canon, evx_text_name(text), data, len);
    if (!st)
        st = parse_layout(out, canon, l, o);
    if (st == EVX_OK || st == EVX_PARSE) {
        if (o->coverage)
            evx_layout_furniture(l, furniture_line, o->coverage);
        map_sources(out, from, evx_text_name(text), l);
        evx_diag_map_lines(diag, first_msg, evx_text_name(text), map_line, l);
    }
    evx_text_free(canon);
    evx_layout_free(l);
    return st;
}
