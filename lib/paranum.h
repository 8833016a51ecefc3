/*
 * paranum.h - a paragraph's number as a report prints it: 239, in one
 * sequence through the report, or by chapter, 3.12 (the twelfth paragraph
 * of chapter 3, as some joint committees and the House of Lords number
 * them).  Both are kept as one int, so that comparing and ordering need no
 * case of their own: a plain number as itself, a number by chapter as
 * chapter * EVX_PARA_BY_CHAPTER + number.  Only printing, reading and the
 * rule for what comes next tell them apart.  Pure: no allocation.
 */
#ifndef EVX_PARANUM_H
#define EVX_PARANUM_H

#include <stddef.h>

/* Plain paragraph numbers stay below this. */
#define EVX_PARA_BY_CHAPTER 100000

/* The number of paragraph n of chapter c (both from 1; c < 20000). */
int evx_para_of_chapter(int c, int n);

/* Whether para is a number by chapter. */
int evx_para_is_by_chapter(int para);

/* Writes para as printed ("239", "3.12"; "" for 0 or less) into
 * buf[0..size), always terminated; returns the length it needed. */
size_t evx_para_print(int para, char *buf, size_t size);

/* Reads a paragraph number as printed at s[0..n) ("239", "3.12"): its
 * length, and *para; 0 if s opens with none.  A number by chapter has 1
 * or 2 digits, a full stop, then 1 to 3 digits. */
size_t evx_para_read(const char *s, size_t n, int *para);

/* A paragraph numbered by chapter opening a line ("3.12 The", "3.12.
 * The", "3.12The"): its number in *para and where its text starts, which
 * is no lower-case word or digit ("3.5 million" is no paragraph); else
 * 0. */
size_t evx_para_opens_line(const char *s, size_t n, int *para);

/* Does b come next after a, at most ahead numbers on: a plain number
 * after a plain one (a + 1 .. a + ahead); by chapter, the same chapter's
 * next (up to ahead on) or a later chapter's first (its number at most
 * ahead, the chapter at most 2 on).  After 0 (no paragraph yet) any plain
 * number up to ahead, or a number by chapter that opens its chapter
 * (n == 1). */
int evx_para_follows(int a, int b, int ahead);

/* How many numbers are missing between a and b when b follows a: b - a - 1
 * for plain numbers; by chapter, those of b's chapter before it. */
int evx_para_gap(int a, int b);

/* A run of paragraphs that numbers itself after numbers were lost (a copy
 * or an extraction that dropped a page's or a list's numbers): a number v
 * that does not follow the last paragraph read, but is later in the
 * sequence, is a paragraph if v + 1 and v + 2 open blocks after it before
 * any number that does follow the last.  The readers feed it the numbers
 * that open blocks after v, in order. */
typedef struct evx_para_run {
    int last;  /* the last paragraph read */
    int ahead; /* how far on the next is taken without a run */
    int v;     /* the number that may resume the sequence */
    int want;  /* the next number of its run */
} evx_para_run;

/* Starts a run at v after last: 1 if v may resume the sequence (plain
 * numbers, one read already, v further on than the ahead numbers a
 * reader takes as next without a run: EVX_PARA_AHEAD for paragraphs, 1
 * for a list of recommendations), else 0 (then v is not the next by this
 * rule). */
int evx_para_run_start(evx_para_run *r, int last, int v, int ahead);

/* Feeds the number x opening a later block: 1 once v + 1 and v + 2 have
 * opened blocks (v is the next), -1 if x is within reach of the last
 * read (the sequence goes on without v), else 0 (feed the next). */
int evx_para_run_feed(evx_para_run *r, int x);

/* A list numbered from 1 inside a unit, after a lead-in ending in ':'
 * ("It asked the Government to:" / "1. introduce …;" / "2. publish …"):
 * its item v may be the number the report's own sequence takes next
 * (after last, a paragraph's or a recommendation's).  The item is the
 * list's when the report's sequence comes back after the run of numbers
 * from v: after v, v + 1, … a number past last and short of the run's
 * next (the paragraph "3." after the items "1." to "3.", the
 * recommendation "2." after the items "1." and "2."), since a report's
 * own sequence never goes back.  It is the report's when the run breaks
 * any other way.  The readers feed it the numbers that open lines after
 * v, in order, as evx_para_run's. */
typedef struct evx_list_run {
    int last; /* the report's last number read */
    int want; /* the next number of the run from v */
} evx_list_run;

/* Starts the test of item v after last: 1 if it applies (plain numbers,
 * one of the report's read already), else 0 (v is the report's). */
int evx_list_run_start(evx_list_run *r, int last, int v);

/* Feeds the number x opening a later line: 1 once the report's sequence
 * comes back (v was the list's), -1 when the run breaks otherwise (v is
 * the report's), else 0 (feed the next). */
int evx_list_run_feed(evx_list_run *r, int x);

/* How far ahead of the last paragraph a number at a block start is taken
 * as the next (numbers lost between are reported as a gap). */
#define EVX_PARA_AHEAD 5

#endif /* EVX_PARANUM_H */
