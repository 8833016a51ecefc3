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
 * a leading zero, or a Roman numeral in capitals, "Chapter IV") and then
 * ':', '.', '-', a spaced en or em dash, or a blank, or with "Part N" and
 * one of those but the blank ("PART II: INTRODUCTION"), sets *num to N
 * and returns where the title starts (past blanks); else returns 0. */
size_t evx_chapter_word(const char *s, size_t n, long *num);

#endif /* EVX_CHAPTER_H */
