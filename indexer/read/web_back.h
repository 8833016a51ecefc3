/*
 * web_back.h - private to the web-text reader: the units of a web
 * edition's back matter, one entry per line as a browser copy leaves them.
 * Recommendations ("1. We recommend ... (Paragraph 23)", continued on the
 * lines after it), witness panels (a session date, then one panel per line
 * ending in its question range) and published written evidence entries
 * ("3 NHS Providers (STP0050)").  The pieces are recognised by the same
 * rules as in the pdf-text reader (pdf_back.h), so both readers make the
 * same units with the same ids.
 */
#ifndef EVX_WEB_BACK_H
#define EVX_WEB_BACK_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"
#include "evx.h"
#include "pdf_panel.h"
#include "unit.h"

/* The back matter read so far.  The caller fills the first six fields
 * (borrowed) and zeroes the rest; evx_web_back_free() frees what it owns. */
typedef struct evx_web_back {
    evx_units *out;
    const char *key;    /* report key, "HC650" */
    const char *report; /* "HC 650" */
    const char *file;
    evx_diag *diag;
    int recs_front;     /* the recommendations come first, citing no
                           paragraph (evx_web_plan's recs_front) */
    evx_unit *rec;      /* the recommendation being read, or NULL */
    evx_buf rec_text;
    char *date;         /* the witness session date */
    int panels;
    evx_status st;      /* sticky: first failure */
} evx_web_back;

/* Starts recommendation number (its text s[0..n) on line, col), ending
 * any open one under section (borrowed, may be NULL). */
void evx_web_back_rec(evx_web_back *b, int number, const char *s, size_t n,
                      long line, long col, const char *section);

/* Adds a line to the open recommendation; returns 0 if none is open or it
 * has its "(Paragraph N)" already (then the line is not its text). */
int evx_web_back_more(evx_web_back *b, const char *s, size_t n, long line);

/* Emits the open recommendation, if any. */
void evx_web_back_flush(evx_web_back *b);

/* A witness session date (s[0..n) is the date itself). */
void evx_web_back_date(evx_web_back *b, const char *s, size_t n);

/* A witness panel, t its lines joined and where each starts: from line
 * (at col) to end_line; unranged when its list prints no questions (no
 * warning for none). */
void evx_web_back_witness(evx_web_back *b, const pdf_panel_text *t,
                          int unranged, long line, long col,
                          long end_line);

/* A published written evidence entry, s its lines joined, from line (at
 * col) to end_line; number is the plan's, for an entry printed without its
 * own.  Entries joined on one line ("1 … (LFS0006) 2 … (LFS0038)") are
 * each their own, numbered on from number. */
void evx_web_back_evidence(evx_web_back *b, const char *s, size_t n,
                           int number, long line, long col, long end_line);

/* Frees what b owns (not the borrowed fields). */
void evx_web_back_free(evx_web_back *b);

#endif /* EVX_WEB_BACK_H */
