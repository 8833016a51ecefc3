/*
 * webtext_impl.h - private to the web-edition reader (webtext.c, which
 * reads the lines, and web_units.c, which makes their units): the
 * parser's state and the functions the two share.
 *
 * Ownership: the parser owns the paragraph it holds open, the strings it
 * keeps (chapter title, section, key) and the box it holds open; the
 * units it makes go to ps->out.
 */
#ifndef EVX_WEBTEXT_IMPL_H
#define EVX_WEBTEXT_IMPL_H

#include "webtext.h"

#include "buf.h"
#include "quote_units.h"
#include "web_back.h"
#include "web_marks.h"
#include "web_plan.h"

#define RENDERING "html-text"

typedef evx_web_marker marker;
typedef evx_web_markers markers;

/* A line's share of a paragraph's text, to map text offsets to columns. */
typedef struct seg {
    size_t off; /* start in the cleaned paragraph text */
    long line;
    long col; /* column of that first byte in the line */
    size_t mk; /* index of the segment's first marker */
} seg;

typedef struct block {
    size_t pos; /* paragraph text length when the quotation came */
    evx_buf text;
    markers mk;
    long line, col, end_line;
    char *lead_in;
} block;

typedef enum last_kind { LAST_TEXT, LAST_LIST, LAST_QUOTE } last_kind;

typedef struct para {
    int open;
    int number;
    long line, col, end_line;
    evx_buf text;
    markers mk;
    seg *sg;
    size_t n_sg, cap_sg;
    block *bq;
    size_t n_bq, cap_bq;
    last_kind last;
    int quote_marked;   /* the last block quotation ended with a marker */
    int quote_indented; /* the last block quotation was indented */
} para;

typedef struct parser {
    const evx_text *text;
    int single_quotes; /* the text quotes with single marks (quotes.h) */
    const char *file;
    const char *report;
    evx_diag *diag;
    evx_coverage *coverage; /* may be NULL */
    evx_units *out;
    evx_buf key;
    evx_web_plan plan;
    evx_web_seq seq; /* the footnote sequence, for markers */
    evx_web_back back;
    int chapter;
    char *chapter_title;
    char *section;
    int seen; /* any content placed yet */
    evx_unit *box;     /* the unit of its own being read: a box, figure or
                          table, a summary block, a glossary entry or an
                          annex; or NULL */
    int n_summary, n_annex;
    evx_buf box_text;
    long box_line, box_col, box_end;
    struct box_at {           /* where each line of box_text came from */
        size_t off;           /* its first byte in box_text */
        long line, col;
    } *box_at;
    size_t n_box_at, cap_box_at;
    int box_sourced;   /* its "Source:" line has been read */
    int box_floated;   /* a box that broke into the paragraph open, which
                          goes on after it */
    int blocky; /* paragraphs stand in blocks (a blank line before most) */
    size_t skip_to;    /* lines up to this one were read with an earlier */
    evx_unit *fn_open; /* the footnote whose line was the last one read */
    size_t fn_end;     /* its last line */
    para p;
    evx_status st; /* sticky: first failure */
} parser;

/* Keeps the first failure of the parse. */
static inline void evx_wt_fail(parser *ps, evx_status st)
{
    if (!ps->st)
        ps->st = st;
}

/* A new unit of the report with this id (NULL, failure kept, if out of
 * memory). */
evx_unit *evx_wt_make_unit(parser *ps, evx_unit_type type, const char *id);

/* Gives u the chapter and section the parser is in, and para_no. */
void evx_wt_set_place(parser *ps, evx_unit *u, int para_no);

/* Sets *field to s[0..n), trimmed. */
void evx_wt_set_text(parser *ps, char **field, const char *s, size_t n);

/* Adds u's source (the file, this rendering, the lines) and pushes it to
 * ps->out, which then owns it (freed on failure).  NULL is ignored. */
void evx_wt_push(parser *ps, evx_unit *u, long line, long col, long end);

/* Empties the paragraph for the next. */
void evx_wt_para_reset(para *p);

/* Emits the open paragraph, then its quotations in document order. */
void evx_wt_flush(parser *ps);

/* may_open of evx_wt_box_line: a caption may open a box after the
 * paragraph open, or inside it, a page having floated the box into a
 * sentence that goes on after it. */
enum { EVX_WT_CAPTION_OPENS = 1, EVX_WT_CAPTION_FLOATS = 2 };

/* Takes line l (s[0..n), at column col) into a box, figure or table:
 * its caption ("Box 1: What is an STP?", "Figure 2: …", "Table 1: …";
 * evx_caption_line), if may_open, opens one, finishing the paragraph
 * before it unless it floats into it, and the lines after the caption,
 * to its "Source:" line, are its text.  1 if the line was taken, else 0
 * (no box open, or the line after its source). */
int evx_wt_box_line(parser *ps, size_t l, const char *s, size_t n, long col,
                    int may_open);

/* Emits the unit open (a box, KEY/box/<slug of its caption>; a summary
 * block, KEY/summary/N; a glossary entry, KEY/glossary/<slug of its
 * term>; an annex, KEY/annex/N), if any. */
void evx_wt_box_close(parser *ps);

/* Takes line l of the summary, the glossary or an annex (part): a
 * glossary's "Term: meaning" or "Term – meaning", or a term or heading
 * on a block of its own (alone) over the lines after it, opens an entry
 * or a block when a block starts there (block_start) or the one open
 * has ended its sentence; other lines go on the one open (the summary
 * opens one if none is).  0 if the line has nowhere to go (a glossary
 * line before any term). */
int evx_wt_part_line(parser *ps, evx_web_part part, size_t l, const char *s,
                     size_t n, long col, int block_start, int alone);

/* Opens an annex headed s[0..n) at line l. */
void evx_wt_annex(parser *ps, size_t l, const char *s, size_t n, long col);

#endif /* EVX_WEBTEXT_IMPL_H */
