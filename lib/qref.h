/*
 * qref.h - a question reference of oral evidence as reports print it:
 * "Q361", "Q 361" (the Lords' and older reports' spacing), "Q. 361", the
 * plural "Qq 23-25" / "QQ 23–25", and the words spelt out ("Question 12",
 * "Questions 12-14").  One reading for the attribution's footnote reader
 * and for the index, so that "Q 361" in a report is found by Q361.
 */
#ifndef EVX_QREF_H
#define EVX_QREF_H

#include <stddef.h>

#include "buf.h"

/* If a question reference starts at s[i] (its 'Q'), where its number
 * begins; else 0.  The 'Q' need not start a word: the caller decides. */
size_t evx_qref_digits(const char *s, size_t n, size_t i);

/* Appends s[0..n) to out with every question reference that starts a word
 * written as "Q" and its number ("Q 361" -> "Q361", "Qq 23-25" ->
 * "Q23-25", "Question 12" -> "Q12"); the rest as it is. */
void evx_qref_tidy(evx_buf *out, const char *s, size_t n);

#endif /* EVX_QREF_H */
