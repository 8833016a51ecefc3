/*
 * pdf_parser.h - private to the pdf-text reader: the state one reading of
 * a report carries from line to line, and the small line and unit helpers
 * that every handler uses.
 *
 * The reader (pdftext.c) sends each line through the page layer (running
 * headers, URL lists, footnote bodies at page feet: pdf_notes.h) and then
 * to the handler of the part of the report it is in: the contents
 * (pdf_contents.h), the chapters with their paragraphs, sections and boxes
 * (pdf_body.h), the summary, glossary, annexes and the parts it skips
 * (pdf_parts.h), the closing conclusions and recommendations (pdf_recs.h),
 * the witnesses and written evidence (pdf_lists.h).  The unit in progress
 * and its quotations are pdf_unit.h's.  All of them share one pdf_parser.
 *
 * Ownership: the parser owns every string and unit it points at until the
 * unit is pushed to out; strings returned by pdf_make_id, pdf_slug_id and
 * pdf_trimmed_dup are the caller's (free), NULL when out of memory (then
 * pdf_oom has been called where a parser is at hand).
 */
#ifndef EVX_PDF_PARSER_H
#define EVX_PDF_PARSER_H

#include <stddef.h>

#include "buf.h"
#include "coverage.h"
#include "diag.h"
#include "evx.h"
#include "layout.h"
#include "pdf_clean.h"
#include "source.h"
#include "unit.h"

/* The part of the report the reader is in. */
typedef enum pdf_part {
    PDF_FRONT, /* before the contents: skipped */
    PDF_CONTENTS,
    PDF_SUMMARY,
    PDF_BODY,
    PDF_BOX,
    PDF_GLOSSARY,
    PDF_RECS,
    PDF_ANNEX,
    PDF_SKIP, /* formal minutes, lists of reports, appendices */
    PDF_WITNESS,
    PDF_EVIDENCE,
    PDF_UNREAD /* the printed evidence an older report carries ("Oral
                  evidence" / "Taken before …"): warned, left unplaced */
} pdf_part;

/* Inside a unit: in its own prose, or in a block quotation. */
typedef enum pdf_qstate { PDF_PROSE, PDF_QUOTE } pdf_qstate;

/* A contents entry. */
typedef struct pdf_centry {
    char *text; /* normalised: lower case, single spaces */
    size_t len;
    int page;
} pdf_centry;

/* A block quotation of the unit in progress. */
typedef struct pdf_bquote {
    pdf_acc acc;
    char *lead_in;
    size_t at; /* offset in the parent's text where it stood */
    int page;  /* printed page its first line stands on */
} pdf_bquote;

/* The unit being built, its text and its quotations. */
typedef struct pdf_open {
    evx_unit *cur;
    long cur_line, cur_col; /* 0: take from the first text line */
    pdf_acc acc;
    pdf_qstate qs;
    int quotes_ok, rec_done;
    pdf_acc qacc; /* the block quotation being read */
    char *qlead;
    size_t qat;
    int qpage;
    pdf_bquote *bq; /* its block quotations read */
    size_t n_bq, cap_bq;
    int list_next; /* the next item's number of a list numbered from 1
                      in the unit (pdf_list_item_due), 0: none open */
} pdf_open;

/* One content line, as the page layer hands it to a part's handler. */
typedef struct pdf_line {
    size_t ln;
    const char *s; /* trimmed */
    size_t len;
    long col;        /* 1-based column of s[0] */
    int block_start; /* after a blank line or a page break */
    int broke;       /* first content line of a page */
    int list_entry;  /* an entry of a list the body handler found (a
                      * list of chapters), set by it */
} pdf_line;

typedef struct pdf_parser {
    const evx_text *t;
    const evx_layout *layout; /* where the canonical lines came from */
    evx_coverage *coverage;   /* the file's, or NULL (pdf_left_out) */
    const char *file;
    const char *report;
    evx_diag *diag;
    evx_units *out;
    size_t first_new;
    evx_buf key;
    pdf_wordset *words;
    char *title; /* running header title */
    pdf_centry *contents;
    size_t n_contents, cap_contents, next_entry;
    pdf_fnseq fn;
    int page, page_pending, header_since;
    pdf_part mode;
    int chapter;
    char *chapter_title;
    char *section;
    int last_para, last_rec, n_summary, n_annex, n_panels, n_evidence;
    int ev_number;       /* the number a line of its own gave the next
                            evidence entry (pdftotext: "1" / "" / "Title
                            (CODE1)"), or 0 */
    char *date;
    pdf_open open; /* the unit being built */
    pdf_open held; /* a paragraph a floated box broke into (pdf_unit.h) */
    int runs_on; /* the source had no blank lines (evx_layout_without_blank_lines) */
    int undated_panels;  /* a House of Lords list: panels with no date (2:
                            and no questions, an older list marking who
                            gave oral evidence) */
    int lords_all;       /* its alphabetical list: unnumbered entries */
    int unranged_panels; /* panels finished without a question range */
    int past_ref;        /* the open panel goes on past its reference,
                            which its first line printed */
    int intro_goes_on;   /* the list's introduction's sentence goes on to
                            the next line */
    int recs_front;      /* the recommendations come before the chapters,
                            citing no paragraph (the Public Accounts
                            Committee's form) */
    int caption_box;     /* the unit open is a captioned box (caption.h) */
    int term_open;       /* the glossary unit open is an entry's term, not
                            the part's heading (pdf_block_line) */
    int caption_sourced; /* and its source line has been read */
    int single_quotes; /* the text quotes with single marks (quotes.h) */
    int *line_page; /* printed page of each line read, by line number */
    size_t n_lines;
    /* the footnote body being built */
    pdf_acc fnacc;
    int in_fn, fn_num, fn_page;
    size_t fn_blank;
    long fn_line, fn_col;
    /* line state */
    evx_buf pending; /* a contents entry wrapped over lines */
    size_t blank_run;
    int broke, prev_heading;
    size_t line; /* the line being read */
    /* page anchors and the stretches the count did not fit (pdf_pages.h) */
    int page_top; /* the line read is the first of a page */
    struct pdf_anchor_at {
        size_t line;
        int pg;      /* the page it gives */
        int counted; /* the count it found */
        int set;     /* the count it left (pg, or the count for a side
                        not yet known) */
        int how, top; /* a pdf_anchor; met at a page's top */
    } *anchors;
    size_t n_anchors, cap_anchors;
    struct pdf_lines {
        size_t from, to;
    } *unsure;
    size_t n_unsure, cap_unsure;
    evx_status st;
} pdf_parser;

/* Do s[0..len) and lit match, ignoring ASCII case? (pdf_starts_fold: is
 * lit a prefix; pdf_contains_fold: does it occur anywhere.) */
int pdf_eq_fold(const char *s, size_t len, const char *lit);

int pdf_starts_fold(const char *s, size_t len, const char *lit);

int pdf_contains_fold(const char *s, size_t len, const char *lit);

/* "N. text": returns N and the offset of text, else 0. */
int pdf_numbered(const char *s, size_t len, size_t *text_off);

/* "N text" (no full stop): returns N and the text offset, else 0. */
int pdf_number_space(const char *s, size_t len, size_t *text_off);

/* A list item: a bullet, "a) ", "(a) " or "1)". */
int pdf_is_list_item(const char *s, size_t len);

/* A URL or e-mail line of a footnote's link list. */
int pdf_is_url(const char *s, size_t len);

/* Does s end with . , ; : ! or ? */
int pdf_ends_punct(const char *s, size_t len);

/* The line lineno trimmed on both sides (len 0 if blank or missing). */
const char *pdf_get_line(const pdf_parser *p, size_t ln, size_t *len,
                         size_t *lead, int *trail_space);

/* Appends s normalised for heading comparison: lower case, single spaces. */
void pdf_norm_append(evx_buf *b, const char *s, size_t len);

/* Records that memory ran out (p->st = EVX_NOMEM). */
void pdf_oom(pdf_parser *p);

/* Declares canonical line ln left out on purpose (why: what it is), so
 * that coverage does not count its words lost. */
void pdf_left_out(pdf_parser *p, size_t ln, const char *why);

/* The report key followed by fmt with a (when not NULL) or n: a unit id
 * ("HC650/p12"), the caller's to free. */
char *pdf_make_id(pdf_parser *p, const char *fmt, const char *a, int n);

/* pdf_make_id with the slug of text (see evx_unit_slug). */
char *pdf_slug_id(pdf_parser *p, const char *prefix, const char *text);

/* Hands u to p->out (freed instead after a failure). */
void pdf_push_unit(pdf_parser *p, evx_unit *u);

/* *field = a copy of s (NULL clears). */
void pdf_set_str(pdf_parser *p, char **field, const char *s);

/* The fields every unit of the report has (its report id). */
void pdf_set_common(pdf_parser *p, evx_unit *u);

/* Adds a pdf-text source of this file to u. */
void pdf_add_source(pdf_parser *p, evx_unit *u, long line, long col,
                    long end_line);

/* Gives u the footnote markers of a that stood at offsets from..to. */
void pdf_add_fns(pdf_parser *p, evx_unit *u, const pdf_acc *a, size_t from,
                 size_t to);

/* Does the line after line ln go on in lower case (a sentence carried
 * over, not a new block)? */
int pdf_next_line_lower(const pdf_parser *p, size_t ln);

/* A copy of s without surrounding spaces, the caller's to free. */
char *pdf_trimmed_dup(const char *s, size_t len);

/* A running header line, or a footer printing the report's number: its
 * page number, 0 if it tells none, else -1. */
int pdf_header_page(const pdf_parser *p, const char *s, size_t len);

/* The page a line of the report's number with the page's names ("HC 1234
 * 5", "4 HC 1234"), which a report may print at a page's foot or its top
 * (pdf_pages.h tells which); else 0. */
int pdf_footer_page(const pdf_parser *p, const char *s, size_t len);

/* Is line ln (s[0..len)) the running title without the report's number
 * it was learnt with, alone on a line the page layer took for furniture
 * (evx_running_title_alone: "HC 1234 3" / "Title")?  It is skipped, and
 * counts for no page's header: it may close a page as well as open one. */
int pdf_title_furniture(const pdf_parser *p, size_t ln, const char *s,
                        size_t len);

/* Is line ln (s/len trimmed) a page's number alone that the page layer
 * set apart as furniture ("5" at a page's foot, set far to the right)? */
int pdf_page_number_line(const pdf_parser *p, size_t ln, const char *s,
                         size_t len);

/* Does a page end at line ln (s/len trimmed, lead blanks before it): a
 * running header, the page's number set apart, or a page break (a line
 * set in, in the canonical layout)? */
int pdf_page_ends(const pdf_parser *p, size_t ln, const char *s, size_t len,
                  size_t lead);

/* The heading block starting at line ln: up to `maxl` lines, joined while
 * a line ends with a wrap space.  Returns lines used (0 if not
 * heading-shaped, or if the line after it goes on in lower case: a
 * sentence's first words) and the joined text in h. */
size_t pdf_heading_block(const pdf_parser *p, size_t ln, size_t maxl,
                         size_t maxlen, evx_buf *h);

/* Warns that line c fits nowhere, quoting its start, and `why` after it
 * if not NULL, unless the page layer took it for furniture. */
void pdf_unplaced(pdf_parser *p, const pdf_line *c, const char *why);

/* The current section heading becomes s. */
void pdf_set_section(pdf_parser *p, const char *s, size_t len);

#endif /* EVX_PDF_PARSER_H */
