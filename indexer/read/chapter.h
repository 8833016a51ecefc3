/*
 * chapter.h - the word that heads a chapter in some reports ("Chapter 9:
 * Oversight and regulation", as the House of Lords and some web editions
 * print it; "PART II: THE GOVERNMENT'S REPLY" in older Commons reports), read once for both readers: the web edition's and the
 * printed report's.  Pure: no allocation.
 */
#ifndef EVX_CHAPTER_H
#define EVX_CHAPTER_H

#include <stddef.h>

/* If s[0..n) opens with "Chapter N" (any case, N of 1 or 2 digits without
 * a leading zero, a Roman numeral in capitals, "Chapter IV", or, after
 * "Chapter", a word up to twenty, "Chapter One", any case) and then
 * ':', '.', '-', a spaced en or em dash, or a blank, or with "Part N" and
 * one of those but the blank ("PART II: INTRODUCTION"), sets *num to N
 * and returns where the title starts (past blanks); else returns 0. */
size_t evx_chapter_word(const char *s, size_t n, long *num);

/* Is a heading of chapter num, next to headings of chapters prev and
 * next (the chapter numbers of the content lines just before and after
 * it; 0 where those are no chapter's headings), an entry of a list of
 * chapters ("arranged as follows:" / "Chapter 2: Funding" / "Chapter 3:
 * Enforcement") rather than a heading?  Only after a lead-in (lead: the
 * text before the run of such lines ends in ':'): a chapter that holds
 * nothing but its heading ("2 The evidence" / "3 Funding") is one. */
int evx_chapter_listed(long num, long prev, long next, int lead);

#endif /* EVX_CHAPTER_H */
