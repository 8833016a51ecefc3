/*
 * attrib_fn.h - reads a footnote body as the sources it cites, for speaker
 * attribution (private to attrib.c).
 *
 * House of Commons committee reports cite their sources in a few fixed
 * shapes, and one footnote may list several, separated by commas:
 *   oral evidence to this committee   "Q361", "Q361 [Ian Dalton]",
 *                                     "Q243 Professor Chris Ham", "Q311[X]",
 *                                     "Qq 12–14", "Q. 12", "Questions 12-14"
 *   written evidence (a code of 2-5   "NHS Clinical Commissioners (STP0064)",
 *   capitals and 3+ digits, any       "Brunel University, London (EIM0028)",
 *   prefix, or digits alone)          "NHS Providers STP0050",
 *                                     "Ipsos MORI(0104) p4"
 *   evidence to another committee     "Oral evidence taken before the Public
 *                                     Accounts Committee on 21 March 2018, HC
 *                                     (2017-19) 793, Q118 [Simon Stevens]"
 *   a document                        "National Audit Office, Health and social
 *                                     care integration, HC 1011 ..., page 5";
 *                                     its author never a date ("HC Deb 12
 *                                     March 2018"), a repeat, an event
 *                                     ("Committee visit to Leeds") or a
 *                                     kind of evidence; a letter's is its
 *                                     sender ("Letter from X to the Chair")
 *   a note that cites nothing         "See Annex", long explanatory notes;
 *   the source of the footnote before "As above", "Ibid.", "Ibid., Q45"
 *                                     (attrib_fnrepeat.h).
 * A pointer before a source ("See, for example, Q45 [X]") or after one
 * ("Q45 [X]; see also Q50") is read through.
 * Nothing here knows any report's people or numbers.  Pure: no I/O.
 */
#ifndef EVX_ATTRIB_FN_H
#define EVX_ATTRIB_FN_H

#include <stddef.h>

#include "evx.h"

typedef enum evx_fnref_kind {
    EVX_FNREF_ORAL,      /* a question number to this committee */
    EVX_FNREF_WRITTEN,   /* a written evidence code */
    EVX_FNREF_COMMITTEE, /* evidence given to another committee */
    EVX_FNREF_DOCUMENT,  /* a report, paper, article or note */
    EVX_FNREF_PRINTED,   /* a page of the printed evidence ("Ev 45",
                            "Ev w12"): oral or written, the text says whose */
    EVX_FNREF_NOTE       /* cites no source ("See Annex", explanations) */
} evx_fnref_kind;

/* One cited source.  Strings are malloc'd and owned by the array. */
typedef struct evx_fnref {
    evx_fnref_kind kind;
    int q;          /* ORAL, COMMITTEE: the question number, 0 if none */
    long ymd;       /* ORAL, COMMITTEE: the day of the session it prints
                       ("Oral evidence taken on 3 May 2021", "Q45 (3 May
                       2021)") as yyyymmdd, 0 if none */
    char *name;     /* ORAL, COMMITTEE, PRINTED: the person named, or NULL;
                       WRITTEN: the submitter as printed;
                       DOCUMENT: the author (text before the first comma) */
    char *role;     /* ORAL: the post printed after the name ("Q45 [Jane
                       Doe, Chief Executive, Water UK]"), or NULL;
                       DOCUMENT: the author's post ("Letter from Jane
                       Doe MP, Economic Secretary to the Treasury") */
    char *org;      /* ORAL: the organisation printed after it, or NULL */
    char *code;     /* WRITTEN: the code as printed ("STP0064", "0104") */
    char *ref;      /* the citation as printed ("Q361", the committee
                       reference without the name, the document text) */
} evx_fnref;

/* Parses len bytes of a footnote body into *out (an array of *n sources,
 * at least one when the text is not blank).  EVX_OK, EVX_NOMEM.  Free with
 * evx_fnrefs_free. */
evx_status evx_fnrefs_parse(evx_fnref **out, size_t *n, const char *text,
                            size_t len);

/* Frees an array from evx_fnrefs_parse; NULL is a no-op. */
void evx_fnrefs_free(evx_fnref *refs, size_t n);

/* Whether s[0..len) is a written evidence code and nothing else
 * ("ABC0012", "STP0064"; find_code's shape). */
int evx_fnref_is_code(const char *s, size_t len);

/* The digits of a written evidence code ("STP0064" -> "0064"), borrowed
 * from code; "" if it has none. */
const char *evx_fnref_code_digits(const char *code);

/* The reference an ORAL source gives as this report's own oral evidence:
 * its question, when it prints the session before it ("Q79" of "Oral
 * evidence taken on 19 March 2018, Q79"; the date is the panel's), else
 * its ref; borrowed from r->ref.  Another committee's, or a session none
 * of the report's panels sat in, keeps the whole citation (r->ref). */
const char *evx_fnref_question(const evx_fnref *r);

/* The submitter's name in s (a written evidence entry's title, len
 * bytes): its length, its offset in *off; without a kind printed after it
 * ("NHS Providers (supplementary)", "… written evidence", "…—supplementary
 * evidence") or the words before it that say what it is ("Supplementary
 * memorandum from the Local Government Association"). */
size_t evx_fn_submitter(const char *s, size_t len, size_t *off);

#endif /* EVX_ATTRIB_FN_H */
