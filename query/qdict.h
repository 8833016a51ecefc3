/*
 * qdict.h - a word list of English (Debian's wbritish,
 * /usr/share/dict/british-english), for "did you mean": a query word the
 * index lacks but the list holds ("tiny", "love", "laws") is spelt right,
 * and gets no suggestion; a word neither holds ("plstic") gets the
 * index's closest word.  A report's vocabulary is a few thousand words, so
 * without the list every ordinary word it happens not to use was
 * "corrected" to one it does ("tiny" -> "tony", "love" -> "move").
 */
#ifndef EVX_QDICT_H
#define EVX_QDICT_H

#include <stddef.h>

#include "evx.h"

typedef struct evx_dict evx_dict;

/* The list at path, one word a line (LF or CRLF); path NULL:
 * $EVIDEX_DICT when set (set and empty: no list), else
 * /usr/share/dict/british-english, else /usr/share/dict/words.  The file
 * is mapped, not copied.  *out is freed with evx_dict_free.  EVX_OK;
 * EVX_NOT_FOUND (no list there, or none of the defaults); EVX_IO (not a
 * readable file, or larger than 64 MiB); EVX_NOMEM.  *out is NULL on
 * failure. */
evx_status evx_dict_open(evx_dict **out, const char *path);

/* At most this many words of one call are looked up (a query of more
 * missing words is not English prose), each of at most
 * EVX_DICT_MAX_WORD bytes. */
#define EVX_DICT_MAX_ASKED 16
#define EVX_DICT_MAX_WORD 64

/* Which of words[0..n) (NUL-terminated, looked up in lower case) the list
 * holds as a line of its own in lower case: known[i] is set to 1 for each,
 * left as it is for the others.  A line written with capitals ("Tony",
 * "NHS") is a name or an acronym, not the ordinary word spelt that way. */
void evx_dict_known(const evx_dict *d, const char *const *words, size_t n,
                    int *known);

/* Unmaps and frees the list; d may be NULL. */
void evx_dict_free(evx_dict *d);

#endif /* EVX_QDICT_H */
