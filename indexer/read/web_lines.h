/*
 * web_lines.h - private to the web-text reader: the shapes a line of a
 * web edition can take, whatever the browser or site it was copied from.
 * A leading number ("234.The", "234. The", "234 The", "[226] Q361",
 * "226Q361", or "234" alone on its line), a chapter heading ("9 Title",
 * "9. Title", "9Title", "Chapter 9: Title"), a "Back to footnote 226"
 * link, and the standard part headings of a committee report.  Shapes
 * only: whether a number is a paragraph, a footnote or a chapter is
 * decided by the number sequences (web_plan.h).  Pure.
 */
#ifndef EVX_WEB_LINES_H
#define EVX_WEB_LINES_H

#include <stddef.h>

#include "buf.h"
#include "source.h"

/* How a line's leading number is written. */
typedef enum evx_web_style {
    EVX_WEB_DOT = 1, /* "234.The", "234. The" */
    EVX_WEB_SPACE,   /* "234 The" */
    EVX_WEB_GLUED,   /* "234The", "226Q361" */
    EVX_WEB_BRACKET, /* "[226] Q361" */
    EVX_WEB_ALONE,   /* "234" and nothing else */
    EVX_WEB_BY_CHAPTER /* "3.12 The", "3.12. The", "3.12The"
                          (evx_para_opens_line) */
} evx_web_style;

/* The standard parts of a committee report, by their heading. */
typedef enum evx_web_part {
    EVX_WEB_PART_NONE = 0,
    EVX_WEB_PART_CONTENTS,
    EVX_WEB_PART_FOOTNOTES,
    EVX_WEB_PART_RECS, /* "Conclusions and recommendations" */
    EVX_WEB_PART_SKIPPED,  /* formal minutes, lists of reports, appendices */
    EVX_WEB_PART_WITNESSES,
    EVX_WEB_PART_EVIDENCE, /* "Published written evidence" */
    EVX_WEB_PART_SUMMARY,  /* "Summary", before the first chapter */
    EVX_WEB_PART_GLOSSARY, /* "Glossary": terms and what they mean */
    EVX_WEB_PART_ANNEX     /* "Annex: Visit to Leeds", "Annex 1 …" */
} evx_web_part;

/* Strips blanks and no-break spaces from both ends; *lead (if not NULL)
 * gets how many bytes went from the front.  A NULL *s (a line past the
 * text's end) is left NULL, with *n 0. */
void evx_web_trim(const char **s, size_t *n, size_t *lead);

/* Line l of t (1-based) trimmed as evx_web_trim trims it, its length in
 * *n; NULL past the text's end.  Borrowed from t. */
const char *evx_web_line_text(const evx_text *t, size_t l, size_t *n);

/* If s starts with a number (1 to 4 digits, no leading zero) written in
 * one of the styles above, sets *num, *style and *text_off (where the text
 * after it starts; n for EVX_WEB_ALONE) and returns 1.  The text may not
 * start with a digit ("2017 18"), unless, after a space, dot or bracket,
 * it is a name that does ("9 5 Gyres Institute (EIM0017)"). */
int evx_web_numbered(const char *s, size_t n, long *num, evx_web_style *style,
                     size_t *text_off);

/* If s is shaped like a chapter heading (a number of one or two digits,
 * or "Chapter N", then a capitalised title of a few words not ending as a
 * sentence does), sets *num and *title_off and returns 1. */
int evx_web_chapter(const char *s, size_t n, long *num, size_t *title_off);

/* If s holds a "Back to footnote N" link (also "Back to footnote" with no
 * number: *num = 0), sets [*b, *e) to its span and returns 1. */
int evx_web_backlink(const char *s, size_t n, size_t *b, size_t *e,
                     long *num);

/* The part s heads, if s is one of the standard headings on its own. */
evx_web_part evx_web_part_of(const char *s, size_t n);

/* The part line s heads (evx_web_part_of), the line before it prev (NULL
 * or empty: a blank line): none where s goes on the sentence prev ends
 * mid-way in a word in lower case, opening with a part's word, a number
 * and a full stop, then more words ("… are set out in" / "Annex 1. The
 * Department …"). */
evx_web_part evx_web_part_after(const char *prev, size_t pn, const char *s,
                                size_t n);

/* Whether s is page furniture: a page footer or navigation links. */
int evx_web_furniture(const char *s, size_t n);

/* Whether s is shaped like a section heading: a short capitalised phrase
 * (one sentence at most, not ending in ':', ';', ',' or a digit).  *stop
 * gets 1 if it ends with '.', '!' or '?' (then the caller decides). */
int evx_web_heading_shape(const char *s, size_t n, int *stop);

/* Whether s, a line ending with a stop, reads as a sentence and not as a
 * heading: it opens with a word pointing back ("These criticisms were
 * ...") or holds a finite verb ("is", "were", "should", ...). */
int evx_web_reads_as_sentence(const char *s, size_t n);

/* Whether s[0..n) ends in a word no whole title or heading ends in: an
 * article, preposition, conjunction, possessive or auxiliary that a hard
 * wrap left at a line's end ("2. In Session 1993-94, the"). */
int evx_web_ends_in_function_word(const char *s, size_t n);

/* Whether text t[0..n) stops inside a sentence: its last character (past
 * trailing spaces and a glued footnote marker) ends no sentence, clause or
 * quotation.  The next line of a hard-wrapped text goes on with it. */
int evx_web_stops_mid(const char *t, size_t n);

/* Whether s starts with a list item's label and a space: "(iv)", "(a)",
 * "(12)", "b)", "3)", "ii." -- a number, one letter or a roman numeral;
 * after no bracket a stop only after letters, so "3." stays a paragraph's
 * number, and a wrapped line's first word ("us. The") is none. */
int evx_web_list_label(const char *s, size_t n);

enum { EVX_WEB_ITEM_END = 1, EVX_WEB_ITEM_COMMA = 2 };

/* How s (a line, trimmed, not empty) ends as a list item does (the web
 * text drops the bullets): EVX_WEB_ITEM_END for ';' or a joining "; and",
 * "; or" (a footnote marker may stand before the "and": ";[25] and"),
 * EVX_WEB_ITEM_COMMA for ", and" / ", or" (an item only if the sentence
 * does not go on on the next line), else 0.  A bare "and" is where a
 * hard-wrapped line broke a sentence. */
int evx_web_list_end(const char *s, size_t n);


/* Appends s[0..n) to out without the quotation marks that wrap it (an
 * opening mark first, a closing mark last, or both), so that a quotation
 * wrapped in marks gives the same text as one set off without them.
 * Returns how many bytes went from the front. */
size_t evx_web_unwrap_quote(const char *s, size_t n, evx_buf *out);

/* Whether the whole line is one quotation wrapped in quotation marks
 * (“…”, a marker and stop after it allowed). */
int evx_web_wrapped_quote(const char *s, size_t n);

/* Does line l of text (s, n: trimmed) start another footnote's body than
 * the open one numbered `open`, one the list could not place ("122
 * Correspondence from …" after a gap in the numbering): a number past
 * open and a capital, and either the next body below it ("123 …") or a
 * full stop ending the line before?  A wrapped line of the open body
 * ("20 February 2018, page 12", "1011 Session …") has neither. */
int evx_web_another_body(const evx_text *text, size_t l, const char *s,
                         size_t n, int open);

/* Is s[0..n) a date and nothing else ("4 December 2024", the formal
 * minutes' under their heading), which no footnote's number and body is? */
int evx_web_date_line(const char *s, size_t n);

/* How many more written evidence entries than the first, numbered on
 * from number, lines l .. l+lines-1 of t hold, joined after one another's
 * codes (pdf_evidence_joined). */
int evx_web_joined_entries(const evx_text *t, size_t l, size_t lines, int number);

/* Is num, opening a line right after the line prev[0..pn) (NULL: none)
 * that ends in a month's name, the year of that date, which a hard wrap
 * set apart ("… printed 2 February" / "2024"), not a paragraph's number? */
int evx_web_year_of_date(const char *prev, size_t pn, long num);

/* Is s[0..n) one unbroken run of "=" (Debian's html2text draws a page's
 * rule, <hr>, so: over a page's footnotes), which never opens a table drawn
 * in characters (whose borders are "-" runs, or "=" runs in columns)? */
int evx_web_hr_line(const char *s, size_t n);

#endif /* EVX_WEB_LINES_H */
