/*
 * web_plan.h - private to the web-text reader: the first pass, which
 * decides what each line of a web edition is by the number sequences it
 * holds.  A leading number is a paragraph when it continues the paragraph
 * sequence in the page's own paragraph style (and is no item of a list
 * numbered from 1 inside the unit open: web_numlist.h), a chapter when it is
 * shaped like a heading and continues the chapter sequence, a footnote when
 * it continues the footnote list (or follows a "Footnotes" heading, or is
 * cited by a marker in the text), a recommendation when the list after
 * "Conclusions and recommendations" restarts at 1.  The contents list at
 * the top is skipped up to where its first entry recurs; the back matter
 * (witnesses, published written evidence) is recognised line by line.
 * Pure.
 */
#ifndef EVX_WEB_PLAN_H
#define EVX_WEB_PLAN_H

#include <stddef.h>

#include "evx.h"
#include "source.h"
#include "web_lines.h"

typedef enum evx_web_role {
    EVX_WEB_TEXT = 0,     /* prose, heading or quotation: the reader decides */
    EVX_WEB_LIST_ENTRY,   /* an entry of a list of chapters (chapter.h): text
                             of the unit open */
    EVX_WEB_SKIP,         /* contents, part headings, links, introductions */
    EVX_WEB_CHAPTER,      /* number = chapter, off = title */
    EVX_WEB_CHAPTER_TEXT, /* the rest of a chapter's title, wrapped here */
    EVX_WEB_ENTRY_TEXT,   /* the rest of a witness panel or evidence entry */
    EVX_WEB_PARA,         /* number = paragraph, off = its text (may be empty) */
    EVX_WEB_PARA_TEXT,    /* the text of a paragraph whose number stood alone */
    EVX_WEB_FOOTNOTE,     /* number = footnote, [off, end) = its text */
    EVX_WEB_RECS,         /* "Conclusions and recommendations" over a list */
    EVX_WEB_REC,          /* number = recommendation, off = its text */
    EVX_WEB_WITNESS_DATE, /* a session date over witness panels */
    EVX_WEB_WITNESS,      /* a witness panel (number 1: its list prints no
                             questions) */
    EVX_WEB_EVIDENCE,     /* a published written evidence entry */
    EVX_WEB_ANNEX,        /* an annex's heading, off = its title */
    EVX_WEB_TABLE_ROW,    /* a row of a table drawn in characters: text of
                             the unit open, at no indent (no quotation) */
    EVX_WEB_NOTE_AGAIN    /* number = a footnote's, listed again after its
                             list ("[1] …" on each chapter's page): warned,
                             not read */
} evx_web_role;

/* What one line is; offsets are into the line with blanks trimmed. */
typedef struct evx_web_line {
    evx_web_role role;
    evx_web_part part; /* the part of the report the line stands in */
    int number;
    size_t off, end;
} evx_web_line;

typedef struct evx_web_plan {
    evx_web_line *lines; /* indexed by line number (1-based) */
    size_t n_lines;
    int *footnotes;      /* footnote numbers listed, sorted */
    size_t n_footnotes;
    int recs_front;      /* the recommendations come before the chapters,
                            citing no paragraph (the Public Accounts
                            Committee's form) */
} evx_web_plan;

/* Plans text.  EVX_OK or EVX_NOMEM (then *out is left empty); free with
 * evx_web_plan_free(). */
evx_status evx_web_plan_make(evx_web_plan *out, const evx_text *text);

/* Frees what the plan holds; a zeroed plan is a no-op. */
void evx_web_plan_free(evx_web_plan *plan);

#endif /* EVX_WEB_PLAN_H */
