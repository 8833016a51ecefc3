/*
 * pdf_panel.h - private to the readers: a witness panel of a committee
 * report's list of witnesses, read from its text, whichever reader joined
 * its lines (pdf_unit.c, web_back.c).  Its reference, the question range
 * or an older report's "Ev 22" (and in a House of Lords list the code of
 * written evidence after the questions), may end it or, in a list printed
 * in layout order, stand on its first line; a House of Lords panel may be
 * headed by a body with its people on the lines below.  Pure string
 * functions; nothing here knows any one report.
 */
#ifndef EVX_PDF_PANEL_H
#define EVX_PDF_PANEL_H

#include <stddef.h>

#include "evx.h"
#include "unit.h"

/* If s ends in a witness entry's reference (its question range, an
 * older report's "Ev 22", or in a House of Lords list the questions and
 * the code of written evidence after them, "QQ 1–15 EBL0003"), sets *cut
 * (s without it) and returns 1. */
int pdf_entry_ref(const char *s, size_t len, size_t *cut);

/* Does line s[0..len) head a House of Lords panel for a body: after the
 * marks, the body alone (no comma, no person's name), then the panel's
 * reference ("** Royal Society QQ 1–15 EBL0003")? */
int pdf_panel_body_head(const char *s, size_t len);

/* Does line s[0..len) open with a person's name, up to its first comma
 * ("Andrew Bailey, Governor", "Professor Dame Alison Noble")? */
int pdf_panel_opens_with_name(const char *s, size_t len);

/* A witness panel's text: its printed lines joined by blanks, and where
 * each line starts in it (lines NULL and n_lines 0 when not known). */
typedef struct pdf_panel_text {
    const char *s;
    size_t len;
    const size_t *lines;
    size_t n_lines;
} pdf_panel_text;

/* Reads a witness panel's text into u: its question range (q_first,
 * q_last) or, in an older report, its evidence page (code, "Ev 1"), and its
 * witnesses.  The reference may stand inside the text, where a list in
 * layout order prints it on the entry's first line; a House of Lords
 * panel may be headed by a body, its people on the lines below (each the
 * body's, the code after its questions the panel's).  *ranged is 0 when
 * the text holds neither.  EVX_OK or EVX_NOMEM. */
evx_status pdf_panel_read(evx_unit *u, const pdf_panel_text *t, int *ranged);

#endif
