/*
 * qspell.h - "did you mean" for one word the index lacks: the closest
 * word the index holds, either in the spelling data (free text) or among
 * the terms of a field (speaker and organisation names, so a misspelt name
 * is corrected from the speaker list, not from the report's prose).
 */
#ifndef EVX_QSPELL_H
#define EVX_QSPELL_H

#include "evx.h"
#include "xdb.h"

/* The closest word to word (folded): from the spelling data when prefix
 * is "" or the stem prefix, else among the terms under prefix (edit
 * distance at most 2, 1 for words under 5 bytes; the commoner of equals).
 * *out is malloc'd, or NULL when nothing is close.  EVX_OK; EVX_BACKEND;
 * EVX_NOMEM. */
evx_status evx_qspell_closest(char **out, evx_db *db, const char *prefix,
                              const char *word);

/* Does the index hold the term prefix+word?  *has is 1 or 0.  EVX_OK;
 * EVX_BACKEND; EVX_NOMEM. */
evx_status evx_qspell_has(int *has, evx_db *db, const char *prefix,
                          const char *word);

/* The closed-up form of two words ("smoke", "screen" -> "smokescreen")
 * when the index has it as a word; *out malloc'd, or NULL.  EVX_OK;
 * EVX_BACKEND; EVX_NOMEM. */
evx_status evx_qspell_joined(char **out, evx_db *db, const char *a,
                             const char *b);

#endif /* EVX_QSPELL_H */
