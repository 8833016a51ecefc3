/*
 * marks.h - footnote markers: the one rule, for every reader, that tells a
 * footnote marker printed in running text from a number that is part of
 * the text.
 *
 * A marker is a superscript number that extraction glues to the text
 * before it ("silos226", "messages.226", "journey.”236", "2018227" after a
 * year) or that a web edition prints in brackets ("[227]").  Whether a digit
 * run is one is decided by
 *   - what stands before it: a word of two letters or more with some lower
 *     case (not a code such as "Q118", "HC719" or an acronym), closing
 *     punctuation or a closing quotation mark; after a full stop or comma
 *     between digits ("3.5", "7,000") only when a year or a year's range
 *     stands before it ("2015.223", "2017–18.2") or it is exactly the next
 *     number, 10 or more;
 *   - what follows it: a space, the end, closing punctuation, or a word
 *     when it came after a sentence's end ("discipline.202However"); never
 *     a percent sign or a digit group;
 *   - the footnote sequence: the next number after the last marker (or a
 *     few further on: a marker may have been lost), or a number whose body
 *     the footnote list is known to hold.
 * Pure functions over the caller's text.
 */
#ifndef EVX_MARKS_H
#define EVX_MARKS_H

#include <stddef.h>

/* How many footnote numbers a marker may skip and still be taken. */
#define EVX_MARK_AHEAD 5

/* Where the footnote numbering stands.  listed (sorted, borrowed; may be
 * NULL) holds the numbers whose bodies the reader already knows. */
typedef struct evx_mark_seq {
    int last;     /* the last marker (or body) read, 0 before the first */
    int from_one; /* the text starts the numbering (a whole report), so the
                     first marker is near 1; else (one chapter of a web
                     edition) it may be any number */
    const int *listed;
    size_t n_listed;
} evx_mark_seq;

/* Whether num may be the next marker of seq. */
int evx_mark_fits(const evx_mark_seq *seq, long num);

/* Whether the digit run s[b, e) of s[0, n) is, or ends in, a glued
 * marker.  If so sets *mb to where the marker starts (after a year it is
 * glued to) and *num to its number, and returns 1.  seq NULL: judged
 * without the sequence (any number). */
int evx_mark_glued(const evx_mark_seq *seq, const char *s, size_t n,
                   size_t b, size_t e, size_t *mb, long *num);

/* Whether the digits d[0, n) read as a number and the next, printed
 * together ("23": 2 and 3; "1011": 10 and 11).  If so sets *first to the
 * first and returns 1. */
int evx_mark_split(const char *d, size_t n, long *first);

/* Whether the digit run s[b, e) of s[0, n), glued as a marker is but too
 * far on to be the next, is two markers a PDF tool printed together
 * ("any funding.23" where note 1 was the last: notes 2 and 3): the first
 * fits seq (which must have read a marker), the second is the next
 * number.  If so sets *num to the first and *num2 to the second, and
 * returns 1. */
int evx_mark_glued_pair(const evx_mark_seq *seq, const char *s, size_t n,
                        size_t b, size_t e, long *num, long *num2);

/* Whether the digit run s[b, e) of s[0, n) is a marker that a PDF tool
 * set apart by a blank after a sentence's end ("the last decade. 11
 * Combined authorities", "in the regions. 12" at a line's end), or after
 * a quotation and a semicolon ("“…”; 41 Mr Quarrie said"): exactly the
 * next number of seq, then the end, or a capital after a blank (any word
 * after the semicolon).  If so sets *num and returns 1. */
int evx_mark_spaced(const evx_mark_seq *seq, const char *s, size_t n,
                    size_t b, size_t e, long *num);

/* Whether "[N]" starts at s[b]: sets *mb (including a blank before it),
 * *me (just after the bracket) and *num, and returns 1.  seq NULL: any
 * number. */
int evx_mark_bracket(const evx_mark_seq *seq, const char *s, size_t n,
                     size_t b, size_t *mb, size_t *me, long *num);

#endif /* EVX_MARKS_H */
