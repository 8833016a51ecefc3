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

#endif /* EVX_PARANUM_H */
