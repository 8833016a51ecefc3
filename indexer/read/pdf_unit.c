/*
 * pdf_unit.c - the unit in progress of the pdf-text reader and its
 * quotations; see pdf_unit.h.
 */
#include "pdf_unit.h"

#include "pdf_contents.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "paranum.h"
#include "pdf_back.h"
#include "pdf_body.h"
#include "pdf_panel.h"
#include "quote_units.h"
#include "quotes.h"
#include "web_lines.h"

/* Where offset off of the unit's text came from, and its printed page. */
static void text_where(const void *ctx, size_t off, long *line, long *col,
                       int *page)
{
    const pdf_parser *p = ctx;
    pdf_acc_where(&p->open.acc, off, line, col);
    *page = 0;
    if (*line > 0 && (size_t)*line < p->n_lines)
        *page = p->line_page[*line];
}

/* The block quotations gathered, as quote_units.h takes them; NULL when
 * there are none or memory ran out (then p->st says so). */
static evx_qblock *quote_blocks(pdf_parser *p)
{
    if (!p->open.n_bq)
        return NULL;
    evx_qblock *v = calloc(p->open.n_bq, sizeof *v);
    if (!v) {
        pdf_oom(p);
        return NULL;
    }
    for (size_t i = 0; i < p->open.n_bq; i++) {
        const pdf_acc *a = &p->open.bq[i].acc;
        long line = a->n_lines ? a->lines[0].line : 0;
        const pdf_bquote *q = &p->open.bq[i];
        v[i] = (evx_qblock){q->at, evx_buf_str(&a->text), a->text.len,
                            q->lead_in, a->fns, a->n_fns, line,
                            a->n_lines ? a->lines[0].col : 0,
                            a->n_lines ? a->lines[a->n_lines - 1].line : line,
                            q->page};
    }
    return v;
}

/* Pushes the quotations of u, block and inline, in document order. */
static void push_quotes(pdf_parser *p, const evx_unit *u)
{
    evx_qblock *blocks = quote_blocks(p);
    const pdf_acc *a = &p->open.acc;
    evx_qparent q = {u, evx_buf_str(&a->text), a->text.len, a->fnpos, a->fns,
                     a->n_fns, blocks, blocks ? p->open.n_bq : 0,
                     p->open.quotes_ok, p->file, "pdf-text", text_where, p,
                     p->diag, p->single_quotes};
    if (!p->st && evx_quote_units(p->out, &q))
        pdf_oom(p);
    free(blocks);
}

void pdf_free_quotes(pdf_parser *p)
{
    for (size_t i = 0; i < p->open.n_bq; i++) {
        pdf_acc_free(&p->open.bq[i].acc);
        free(p->open.bq[i].lead_in);
    }
    p->open.n_bq = 0;
}

static void finish_quote(pdf_parser *p)
{
    if (p->open.qs != PDF_QUOTE)
        return;
    p->open.qs = PDF_PROSE;
    if (p->open.qacc.text.len == 0) {
        free(p->open.qlead);
        p->open.qlead = NULL;
        return;
    }
    if (p->open.n_bq == p->open.cap_bq) {
        size_t nc = p->open.cap_bq ? p->open.cap_bq * 2 : 4;
        pdf_bquote *nb = realloc(p->open.bq, nc * sizeof *nb);
        if (!nb) {
            pdf_oom(p);
            return;
        }
        p->open.bq = nb;
        p->open.cap_bq = nc;
    }
    pdf_bquote *b = &p->open.bq[p->open.n_bq++];
    b->acc = p->open.qacc;
    memset(&p->open.qacc, 0, sizeof p->open.qacc);
    b->lead_in = p->open.qlead;
    p->open.qlead = NULL;
    b->at = p->open.qat;
    b->page = p->open.qpage;
}

static void begin_quote(pdf_parser *p)
{
    const char *T = evx_buf_str(&p->open.acc.text);
    size_t L = p->open.acc.text.len;
    size_t ss = evx_quote_lead_start(T, L, L);
    free(p->open.qlead);
    p->open.qlead = L ? pdf_trimmed_dup(T + ss, L - ss) : NULL;
    if (L && !p->open.qlead)
        pdf_oom(p);
    p->open.qat = L;
    p->open.qpage = p->page;
    pdf_acc_clear(&p->open.qacc);
    p->open.qs = PDF_QUOTE;
}

int pdf_ends_sentence(const pdf_acc *a)
{
    if (a->text.len == 0)
        return 1;
    unsigned char c = (unsigned char)a->text.data[a->text.len - 1];
    return a->ends_marker || strchr(".:;?!)", c) || c == 0x9D || c == 0x99;
}

/* How many words of s hold a letter ("Recommendation 2": 1; "5": 0). */
static size_t words_of_letters(const char *s)
{
    size_t n = 0;
    int in = 0, letter = 0;
    for (;; s++) {
        if (*s == ' ' || !*s) {
            n += in && letter;
            in = letter = 0;
            if (!*s)
                return n;
            continue;
        }
        in = 1;
        letter |= evx_ascii_alpha((unsigned char)*s) || (unsigned char)*s >= 0x80;
    }
}

/* Is s[0..len) one of the words in heads? */
static int one_of(const char *s, size_t len, const char *const *heads, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (pdf_eq_fold(s, len, heads[k]))
            return 1;
    return 0;
}

/* Is the glossary entry u, its meaning T[0..L), a table's row of column
 * heads ("Term" / "Meaning")?  It is the table's furniture, no entry. */
static int column_heads(const evx_unit *u, const char *T, size_t L)
{
    static const char *const terms[] = {"Term", "Terms", "Abbreviation",
                                        "Abbreviations", "Acronym", "Acronyms"};
    static const char *const meanings[] = {"Meaning", "Definition", "Description",
                                           "Explanation", "Full name", "Full title"};
    return u->type == EVX_UNIT_GLOSSARY && u->title &&
           one_of(u->title, strlen(u->title), terms, sizeof terms / sizeof *terms) &&
           one_of(T, L, meanings, sizeof meanings / sizeof *meanings);
}

/* The most printed lines of a witness panel whose starts are passed on
 * (pdf_panel_read); a longer one is read as one run of text. */
#define PANEL_LINES_MAX 64

/* Emits the unit open with its quotations, then clears it. */
static void finish_open(pdf_parser *p)
{
    finish_quote(p);
    evx_unit *u = p->open.cur;
    p->open.cur = NULL;
    p->open.qs = PDF_PROSE;
    if (!u) {
        pdf_free_quotes(p);
        pdf_acc_clear(&p->open.acc);
        return;
    }
    const char *T = evx_buf_str(&p->open.acc.text);
    size_t L = p->open.acc.text.len;
    if (u->type == EVX_UNIT_RECOMMENDATION) {
        size_t cut;
        int para;
        if (pdf_rec_tail(T, L, &cut, &para)) {
            u->para = para;
            evx_buf pid = EVX_BUF_INIT;
            char at[24];
            evx_para_print(para, at, sizeof at);
            evx_buf_printf(&pid, "%s/p%s", p->key.data, at);
            u->parent = evx_buf_detach(&pid);
            if (!u->parent)
                pdf_oom(p);
            L = cut;
        } else if (!p->recs_front) {
            evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file, p->open.cur_line,
                         "recommendation %d: no \"(Paragraph N)\" reference",
                         u->number);
        }
    }
    if (column_heads(u, T, L)) {
        for (size_t k = 0; k < p->open.acc.n_lines; k++)
            pdf_left_out(p, (size_t)p->open.acc.lines[k].line, "a table's column heads");
        if (p->open.cur_line > 0)
            pdf_left_out(p, (size_t)p->open.cur_line, "a table's column heads");
        L = 0;
    }
    if (u->type == EVX_UNIT_WITNESS) {
        int ranged;
        size_t starts[PANEL_LINES_MAX];
        pdf_panel_text text = {T, L, starts, 0};
        if (p->open.acc.n_lines <= PANEL_LINES_MAX)
            for (; text.n_lines < p->open.acc.n_lines; text.n_lines++)
                starts[text.n_lines] = p->open.acc.lines[text.n_lines].off;
        if (pdf_panel_read(u, &text, &ranged))
            pdf_oom(p);
        else if (!ranged && p->undated_panels != 2) {
            p->unranged_panels++;
            evx_diag_add(p->diag, EVX_DIAG_WARNING, p->file,
                         p->open.acc.n_lines ? p->open.acc.lines[0].line : 0,
                         "witness panel without a question range");
        }
    }
    u->text = pdf_trimmed_dup(T, L);
    if (!u->text)
        pdf_oom(p);
    /* an annex's block with nothing under its title (a heading another
     * heading follows at once) keeps its title's words as its text, when
     * they are words (three or more; not a page's number taken for a
     * heading) the contents list does not confirm as a heading (whose
     * words the units under it carry): dropped, they were lost with no
     * word said */
    if (u->text && !u->text[0] && u->type == EVX_UNIT_ANNEX && p->open.cur_line > 0 &&
        u->title && words_of_letters(u->title) >= 3 &&
        pdf_contents_find(p, u->title, strlen(u->title)) < 0) {
        free(u->text);
        u->text = evx_strdup(u->title);
        if (!u->text)
            pdf_oom(p);
    }
    if (u->type != EVX_UNIT_WITNESS && u->type != EVX_UNIT_EVIDENCE)
        pdf_add_fns(p, u, &p->open.acc, 0, (size_t)-1);
    long line = p->open.cur_line, col = p->open.cur_col;
    if (!line && p->open.acc.n_lines) {
        line = p->open.acc.lines[0].line;
        col = p->open.acc.lines[0].col;
    }
    const pdf_acc *acc = &p->open.acc;
    long end = acc->n_lines ? acc->lines[acc->n_lines - 1].line : line;
    for (size_t i = 0; i < p->open.n_bq; i++) {
        pdf_acc *b = &p->open.bq[i].acc;
        if (b->n_lines && b->lines[b->n_lines - 1].line > end)
            end = b->lines[b->n_lines - 1].line;
    }
    pdf_add_source(p, u, line, col, end);

    if (u->text && u->text[0])
        pdf_push_unit(p, u);
    else
        evx_unit_free(u), u = NULL;
    if (u && !p->st)
        push_quotes(p, u);
    pdf_free_quotes(p);
    pdf_acc_clear(&p->open.acc);
}

void pdf_open_free(pdf_open *o)
{
    for (size_t i = 0; i < o->n_bq; i++) {
        pdf_acc_free(&o->bq[i].acc);
        free(o->bq[i].lead_in);
    }
    free(o->bq);
    evx_unit_free(o->cur);
    pdf_acc_free(&o->acc);
    pdf_acc_free(&o->qacc);
    free(o->qlead);
    memset(o, 0, sizeof *o);
}

void pdf_unit_resume(pdf_parser *p)
{
    finish_open(p);
    if (!p->held.cur)
        return;
    pdf_open_free(&p->open);
    p->open = p->held;
    memset(&p->held, 0, sizeof p->held);
}

void pdf_unit_finish(pdf_parser *p)
{
    finish_open(p);
    if (p->held.cur) {
        pdf_unit_resume(p);
        finish_open(p);
    }
}

/* Opens a unit of type with id (owned), nothing finished. */
static evx_unit *open_unit(pdf_parser *p, evx_unit_type type, char *id,
                           long line, long col)
{
    evx_unit *u = NULL;
    if (!id || evx_unit_new(&u, type)) {
        free(id);
        pdf_oom(p);
        return NULL;
    }
    u->id = id;
    pdf_set_common(p, u);
    u->page = p->page;
    p->open.cur = u;
    p->open.cur_line = line;
    p->open.cur_col = col;
    p->open.qs = PDF_PROSE;
    p->open.rec_done = 0;
    p->open.list_next = 0;
    p->open.quotes_ok = type != EVX_UNIT_RECOMMENDATION &&
                        type != EVX_UNIT_WITNESS && type != EVX_UNIT_EVIDENCE;
    return u;
}

evx_unit *pdf_unit_begin(pdf_parser *p, evx_unit_type type, char *id,
                         long line, long col)
{
    pdf_unit_finish(p);
    return open_unit(p, type, id, line, col);
}

/* A block unit's title, number and section (pdf_unit_block). */
static void block_fields(pdf_parser *p, evx_unit *u, const char *title,
                         int number)
{
    if (!u)
        return;
    u->number = number;
    pdf_set_str(p, &u->title, title);
    if (u->type == EVX_UNIT_RECOMMENDATION || u->type == EVX_UNIT_BOX)
        pdf_set_str(p, &u->section, p->section);
}

void pdf_unit_block(pdf_parser *p, evx_unit_type type, char *id,
                    const char *title, int number)
{
    block_fields(p, pdf_unit_begin(p, type, id, 0, 0), title, number);
}

void pdf_unit_float(pdf_parser *p, char *id, const char *title)
{
    if (p->held.cur) {
        finish_open(p); /* a box floated in before this one */
    } else {
        p->held = p->open;
        memset(&p->open, 0, sizeof p->open);
    }
    block_fields(p, open_unit(p, EVX_UNIT_BOX, id, 0, 0), title, 0);
}

/* Does the unit end with a lead-in whose quotation has not started? */
/* Does text t[0..L), ending in ':', close on "the following" and a noun
 * of things listed ("declared the following interests:", "The following
 * members attended the visit:")?  A list of them follows, not anyone's
 * words; "told us the following:" or "the following exchange took
 * place:" may open a quotation.  Nouns of English. */
static int ends_following_noun(const char *t, size_t L)
{
    static const char key[] = "the following ";
    static const char *const listed[] = {
        "interests", "members", "witnesses", "organisations", "bodies",
        "people", "areas", "places", "visits", "recommendations",
        "conclusions", "questions", "changes", "steps", "actions",
        "measures", "documents", "reports", "papers", "dates", "terms"};
    size_t k = sizeof key - 1;
    for (size_t i = L; i-- > 0 && L - i < 80;) {
        if (t[i] == '.' || t[i] == '!' || t[i] == '?')
            return 0;
        if (i + k >= L || strncasecmp(t + i, key, k) != 0 ||
            (i > 0 && t[i - 1] != ' '))
            continue;
        for (size_t w = 0; w < sizeof listed / sizeof *listed; w++) {
            size_t n = strlen(listed[w]);
            if (i + k + n <= L && strncasecmp(t + i + k, listed[w], n) == 0 &&
                !evx_ascii_alpha((unsigned char)t[i + k + n]))
                return 1;
        }
        return 0;
    }
    return 0;
}

int pdf_awaiting_quote(const pdf_parser *p)
{
    size_t L = p->open.acc.text.len;
    if (!p->open.cur || p->open.qs == PDF_QUOTE || !L ||
        p->open.acc.text.data[L - 1] != ':' ||
        ends_following_noun(p->open.acc.text.data, L))
        return 0;
    return p->open.n_bq == 0 || p->open.bq[p->open.n_bq - 1].at != L;
}

/* Does the text read last, the unit's or its block quotation's, end as
 * a list's item does, the list going on (";", "; and": web_lines.h)? */
static int item_goes_on(const pdf_parser *p)
{
    const pdf_acc *a = p->open.qs == PDF_QUOTE ? &p->open.qacc : &p->open.acc;
    size_t len = evx_ascii_rtrim(a->text.data, a->text.len);
    return len && evx_web_list_end(a->text.data, len) == EVX_WEB_ITEM_END;
}

/* Does a numbered line c (number v) go on with a list in the unit open:
 * the next item of one it holds, or the first after its lead-in?  Not
 * past a recommendation's "(Paragraph N)", which ends the item. */
static int list_claims(const pdf_parser *p, int v)
{
    return v > 0 && p->open.cur && !p->open.rec_done &&
           (v == p->open.list_next || pdf_awaiting_quote(p));
}

/* Lines looked through for the report's sequence to come back after a
 * list's items. */
#define LIST_LINES 200

int pdf_list_item_due(const pdf_parser *p, const pdf_line *c, int v, int last)
{
    if (!list_claims(p, v))
        return 0;
    if (v == p->open.list_next && item_goes_on(p))
        return 1;
    evx_list_run r;
    if (!evx_list_run_start(&r, last, v))
        return 0;
    size_t n = evx_text_lines(p->t);
    for (size_t k = c->ln + 1; k <= n && k < c->ln + LIST_LINES; k++) {
        size_t len, off;
        const char *s = pdf_get_line(p, k, &len, NULL, NULL);
        int x = s ? pdf_numbered(s, len, &off) : 0;
        int fed = x ? evx_list_run_feed(&r, x) : 0;
        if (fed)
            return fed > 0;
    }
    return 0;
}

/* The most lines of a list's item. */
#define ITEM_LINES 12

/* Does the block that line c opens end as a list's item does (";"), its
 * last line before a blank one within ITEM_LINES? */
static int block_ends_as_item(const pdf_parser *p, const pdf_line *c)
{
    size_t n = evx_text_lines(p->t), len = 0;
    const char *s = NULL;
    for (size_t k = c->ln; k <= n && k < c->ln + ITEM_LINES; k++) {
        size_t l2;
        const char *s2 = pdf_get_line(p, k, &l2, NULL, NULL);
        if (!l2)
            return s && evx_web_list_end(s, len) == EVX_WEB_ITEM_END;
        s = s2;
        len = l2;
    }
    return 0;
}

/* The number of the footnote marker line s ends with, glued after a
 * sentence's end or a closing mark ("wrong.10", "profession”.10"); 0 if
 * none. */
static int line_end_marker(const char *s, size_t len)
{
    len = evx_ascii_rtrim(s, len);
    size_t k = len;
    while (k > 0 && evx_ascii_digit((unsigned char)s[k - 1]) && len - k < 4)
        k--;
    if (k == len || k == 0 || evx_ascii_digit((unsigned char)s[k - 1]))
        return 0;
    unsigned char c = (unsigned char)s[k - 1];
    if (!strchr(".;)!?", c) && c != 0x9D && c != 0x99)
        return 0;
    int v = 0;
    for (size_t i = k; i < len; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* Does the block quotation in progress go on over the block that opens
 * at line c?  A quotation of several paragraphs that a PDF tool in reading
 * order prints without its indent ("As he put it:" / "We are doing more
 * …" / blank / "The idea that … simply wrong.10"): the quotation so far
 * cites nothing, and the block, opening a sentence, runs to the next
 * footnote's marker at its end, leads in to nothing, and is the last of
 * its paragraph (a number or a heading follows it).  A paragraph that
 * goes on after its quotation cites in its own words, or goes on. */
static int quote_goes_on(const pdf_parser *p, const pdf_line *c)
{
    size_t n = evx_text_lines(p->t), k = c->ln, last = 0, len;
    const char *s = NULL;
    if (p->open.qacc.n_fns || !p->open.qacc.text.len || c->broke ||
        !evx_ascii_upper((unsigned char)c->s[0]) || pdf_is_list_item(c->s, c->len))
        return 0;
    for (; k <= n && k < c->ln + 30; k++) {
        s = pdf_get_line(p, k, &len, NULL, NULL);
        if (!len)
            break;
        last = k;
    }
    if (!last || k > n || k == c->ln + 30)
        return 0;
    s = pdf_get_line(p, last, &len, NULL, NULL);
    if (line_end_marker(s, len) != pdf_fnseq_expected(&p->fn))
        return 0;
    size_t next = pdf_next_content(p, k);
    if (!next)
        return 1;
    s = pdf_get_line(p, next, &len, NULL, NULL);
    while (len && *s == ' ')
        s++, len--;
    return len && (evx_ascii_digit((unsigned char)s[0]) ||
                   (len < 60 && !strchr(".:;,", s[len - 1])));
}

/* Adds a prose or list line to the unit in progress, following the
 * lead-in / block quotation states. */
void pdf_unit_add_line(pdf_parser *p, const pdf_line *c)
{
    if (!p->open.cur) {
        pdf_unplaced(p, c, NULL);
        return;
    }
    pdf_fnseq *seq = (p->open.cur->type == EVX_UNIT_WITNESS ||
                      p->open.cur->type == EVX_UNIT_EVIDENCE ||
                      p->open.cur->type == EVX_UNIT_RECOMMENDATION)
                         ? NULL
                         : &p->fn;
    size_t off;
    int v = pdf_numbered(c->s, c->len, &off);
    /* an item of a list numbered from 1 inside the unit (the handlers
     * have let its number go: pdf_list_item_due), and, one that ends in
     * ";", part of the unit's sentence rather than a quotation, as "(a)"
     * is */
    int item = list_claims(p, v);
    int list = c->list_entry || pdf_is_list_item(c->s, c->len) ||
               (item && p->open.qs != PDF_QUOTE && block_ends_as_item(p, c));
    if (item || (c->block_start && !c->broke))
        p->open.list_next = item ? v + 1 : 0;
    if (p->open.qs == PDF_QUOTE) {
        /* it ends at a blank line (not before its list's next item);
         * across a page break, or in a copy with no blank lines, after
         * the footnote marker that cites it where a new sentence opens
         * the line */
        int ends = !item &&
                   ((c->block_start && !c->broke && !quote_goes_on(p, c)) ||
                    (list && c->block_start) ||
                    ((c->broke || p->runs_on) && p->open.qacc.ends_marker &&
                     p->open.qacc.text.len &&
                     evx_ascii_upper((unsigned char)c->s[0])));
        if (!ends) {
            pdf_acc_add(&p->open.qacc, c->s, c->len, (long)c->ln, c->col,
                        p->words, seq);
            return;
        }
        finish_quote(p);
    } else if (p->open.quotes_ok && !list && pdf_awaiting_quote(p) &&
               p->open.cur->type != EVX_UNIT_SUMMARY) {
        /* the line after a lead-in ending in ':' opens a quotation */
        begin_quote(p);
        pdf_acc_add(&p->open.qacc, c->s, c->len, (long)c->ln, c->col, p->words,
                    seq);
        return;
    }
    p->open.acc.next_lower = pdf_next_line_lower(p, c->ln);
    pdf_acc_add(&p->open.acc, c->s, c->len, (long)c->ln, c->col, p->words, seq);
    p->open.acc.next_lower = 0;
    if (p->open.cur->type == EVX_UNIT_RECOMMENDATION) {
        size_t cut;
        int para;
        p->open.rec_done = pdf_rec_tail(p->open.acc.text.data,
                                        p->open.acc.text.len, &cut, &para);
    }
}
