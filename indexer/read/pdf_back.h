/*
 * pdf_back.h - private to the pdf-text reader: recognising the pieces of a
 * committee report's back matter in already-joined text.  Pure string
 * functions; nothing here knows any one report.
 *
 *  - the "(Paragraph 12)" tail of a recommendation, tolerant of the
 *    misspellings committees print ("Pargraph", "Paragaph"), plurals and
 *    ranges ("(Paragraphs 12 and 13)" gives 12);
 *  - the question range ending a witness panel ("Q265–345");
 *  - a session date line ("Tuesday 20 March 2018");
 *  - a written evidence entry ("69 NHS Clinical Commissioners (STP0064)");
 *  - the split of a panel into witnesses: "Name, Role, Org, Name, Org, and
 *    Name, Role, Org".  A part that looks like a personal name (an
 *    honorific, or two to four capitalised words with no word typical of
 *    roles or organisations) starts a witness; within a witness the first
 *    part is the name, the last the organisation, and what lies between
 *    the role (which may itself contain commas).  A witness of two parts
 *    whose second part reads as a role ("Former Chief Medical Officer for
 *    NHS in England") gets that as role and no organisation.
 */
#ifndef EVX_PDF_BACK_H
#define EVX_PDF_BACK_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"
#include "unit.h"

/* If s ends with a paragraph reference in brackets, sets *cut to the length
 * of s without it (trailing spaces trimmed), *para to its first number and
 * returns 1; else returns 0. */
int pdf_rec_tail(const char *s, size_t len, size_t *cut, int *para);

/* Does s end in a question range broken after its dash, its end on the
 * next line ("… Ofwat Q37–" / "84")? */
int pdf_qrange_open(const char *s, size_t len);

/* If s ends with a question range "Q12–34" (en dash or hyphen; "Q12" alone
 * gives first = last), after a space or glued to a word ("OfficeQ1–39"),
 * sets *cut, *first, *last and returns 1. */
int pdf_qrange(const char *s, size_t len, size_t *cut, int *first,
               int *last);

/* If s ends with a reference to a page of an older report's printed
 * evidence ("Ev 12", "Ev w12", "Ev 1-5", "Ev 45, 52"), sets *cut (s
 * without it),
 * *ref_off and *ref_len and returns 1. */
int pdf_ev_tail(const char *s, size_t len, size_t *cut, size_t *ref_off,
                size_t *ref_len);

/* The length of the written evidence code at s[t] (2 to 5 capitals and
 * 3 to 6 digits, "EBL0003"), which a blank or the text's end follows; 0
 * if none. */
size_t pdf_code_len(const char *s, size_t len, size_t t);

/* Appends to out the key an evidence entry's id is made of: its code
 * without spaces ("STP0064", "Ev45" for "Ev 45"). */
void pdf_evidence_key(evx_buf *out, const char *code, size_t n);

/* Does an entry's text before its reference, s[0..len), break off inside
 * a name or a body's: after a comma, a hyphen or "&", a word such as
 * "and", "for", "in" or "of", or a title that opens a name ("Councillor",
 * "Mr"; not a post-nominal in capitals, "MP")? */
int pdf_ends_mid_entry(const char *s, size_t len);

/* Does a witness entry go on over the line after the one whose
 * reference ends it?  A PDF tool in layout order prints a right-aligned
 * reference on the line it shares a baseline with, which may be the
 * entry's first ("…, and Councillor  Ev 22" / "Margaret Pryce-Howell,
 * Chair, …").  before[0..blen) is the entry's text before the reference,
 * next[0..nlen) the next line (empty if blank).  It goes on when the
 * entry breaks off inside a name before the reference (after "and",
 * "for", "of", a comma, a title such as "Councillor"), or the next line
 * goes on in lower case or opens no entry (a first name alone, "Joseph,
 * Executive Director, …"; a body's last word, "Transport"); never onto a
 * session's date, a page's number or a whole entry ending in its own
 * reference. */
int pdf_entry_goes_on(const char *before, size_t blen, const char *next,
                      size_t nlen);


/* If s starts with a weekday and a date ("Monday 9 May 2016", perhaps
 * followed by a column head), sets *date_off and *date_len to the date
 * and returns 1. */
/* Whether s is a head of a House of Lords list of witnesses: "Oral
 * evidence in chronological order" (*oral = 1: undated panels follow) or
 * "Alphabetical list of all witnesses" (*oral = 0: every witness, with
 * the codes of their written evidence). */
int pdf_lords_list_head(const char *s, size_t len, int *oral);

/* Whether s introduces a list of witnesses that marks who gave oral
 * evidence ("The following witnesses gave evidence. Those marked * gave
 * oral evidence.", as older House of Lords reports list them, undated and
 * without questions): its entries follow, one a line. */
int pdf_marked_list_intro(const char *s, size_t len);

/* Whether line s ends in the middle of a sentence (no full stop, question
 * mark or colon at its end): the line after it goes on its sentence, as a
 * marked list's introduction wrapped over lines does ("… Those witnesses
 * marked with ** gave" / "both oral and written evidence."). */
int pdf_ends_mid_sentence(const char *s, size_t len);

int pdf_date_line(const char *s, size_t len, size_t *date_off,
                  size_t *date_len);

/* If s is "N Title (CODE123)" (or "N Title CODE123", glued as a web
 * page's copy leaves it, "NTitleCODE123", or in an older report "N Title
 * Ev 45"), fills the out-parameters (offsets into s) and returns 1. */
typedef struct pdf_evidence {
    int number;
    size_t title_off, title_len;
    size_t code_off, code_len;
} pdf_evidence;
int pdf_evidence_line(const char *s, size_t len, pdf_evidence *ev);

/* Is s[0..len) the witness list's column head over the questions, or a
 * half of it wrapped over two lines ("Question number", "Question" /
 * "number"), or over an older report's pages ("Page"): no witness? */
int pdf_column_head(const char *s, size_t len);

/* Where the entry numbered `next` opens in s[0..len), after the code of
 * the one before on the same line ("1 Argyll Haulage Association
 * (LFS0006) 2 Marine Crew Union (LFS0038)", as a re-wrap or a copied table
 * joins a list's entries), else 0. */
size_t pdf_evidence_joined(const char *s, size_t len, int next);

/* As pdf_evidence_line, for an entry printed without its number ("Title
 * (CODE123)", as a copy of a web page's numbered list leaves it), or with
 * its code first ("NHS0001 Royal College of Radiologists", "NHS0001 –
 * …", as a committee's publications page lists them): number 0. */
int pdf_evidence_unnumbered(const char *s, size_t len, pdf_evidence *ev);

/* Splits a panel's text (without its question range) into witnesses and
 * appends them to u.  EVX_OK or EVX_NOMEM. */
evx_status pdf_split_people(evx_unit *u, const char *s, size_t len);

#endif /* EVX_PDF_BACK_H */
