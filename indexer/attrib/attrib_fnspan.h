/*
 * attrib_fnspan.h - the pieces of text a footnote's citations are read
 * with (private to attrib_fn.c and attrib_fnrepeat.c): trimming, a
 * case-blind search, the question references it cites ("Q361", "Qq
 * 23-25"), its page parts ("p 12"), its parts between commas, and the
 * years, printed evidence pages ("Ev 45") and written evidence codes
 * ("STP0064") it holds.
 * Pure: no I/O, no allocation; spans borrow the text they point into.
 */
#ifndef EVX_ATTRIB_FNSPAN_H
#define EVX_ATTRIB_FNSPAN_H

#include <stddef.h>

/* len bytes at s, borrowed. */
typedef struct evx_fnspan {
    const char *s;
    size_t len;
} evx_fnspan;

/* x without the ASCII spaces at its ends. */
evx_fnspan evx_fnspan_trim(evx_fnspan x);

/* A footnote's whole text x, trimmed, without the back-link to its
 * marker that a web edition ends it with and every text conversion keeps
 * ("Q12 [Ms Jane Roe] Back", "Ibid. \u21A9\uFE0E", "[Back]"): never a part
 * of the citation.  "Back" is a back-link only set apart after a
 * reference, a bracket or a stop, not as a title's last word. */
evx_fnspan evx_fnspan_trim_note(evx_fnspan x);

/* x without the spaces and the punctuation that wraps names at its ends:
 * [ ] ( ) , ; . */
evx_fnspan evx_fnspan_trim_wrap(evx_fnspan x);

/* Is x a person's name and nothing else ("Dr Priya Natt", "Professor
 * Jane van der Berg"): a title first (names.h), then at most
 * EVX_FNSPAN_NAME_WORDS words, each a capital's or a particle, no digit
 * and no comma, colon or bracket?  A footnote so printed names who spoke
 * and cites no evidence. */
#define EVX_FNSPAN_NAME_WORDS 5
int evx_fnspan_person_alone(evx_fnspan x);

/* Whether x holds needle (lower case ASCII), ASCII case aside. */
int evx_fnspan_has_ci(evx_fnspan x, const char *needle);

/* Offset of the Q of a question reference ("Q361", "Q 361", "Qq 23-25";
 * qref.h) starting a word at or after from, or x.len. */
size_t evx_fnspan_find_q(evx_fnspan x, size_t from);

/* Offset of the last question reference in x, or x.len. */
size_t evx_fnspan_last_q(evx_fnspan x);

/* Whether x opens as a page or paragraph part: "p 12", "pp12-14",
 * "page 5", "para 3.2". */
int evx_fnspan_page_part(evx_fnspan x);

/* Splits x at commas and semicolons outside brackets and parentheses
 * into at most max trimmed parts; returns how many. */
size_t evx_fnspan_split(evx_fnspan x, evx_fnspan *parts, size_t max);

/* Whether x holds a year (19xx or 20xx, four digits alone). */
int evx_fnspan_has_year(evx_fnspan x);

/* Whether x is a page reference to the printed evidence of older reports:
 * "Ev 45", "Ev w12", "Ev 45-46". */
int evx_fnspan_printed_ev(evx_fnspan x);

/* Finds a written evidence code in x ("STP0064", "(STP 0011)", "(CES
 * 11)" closing x, "(0104)"): *at and *len of the code, 1; 0 if none. */
int evx_fnspan_find_code(evx_fnspan x, size_t *at, size_t *len);

#endif /* EVX_ATTRIB_FNSPAN_H */
