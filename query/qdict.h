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

/* The list at path, one word a line; path NULL: $EVIDEX_DICT when set (set
 * and empty: no list), else /usr/share/dict/british-english, else
 * /usr/share/dict/words.  *out is freed with evx_dict_free.  EVX_OK;
 * EVX_NOT_FOUND (no list there, or none of the defaults); EVX_IO (not
 * readable, or larger than 64 MiB); EVX_NOMEM.  *out is NULL on failure. */
evx_status evx_dict_open(evx_dict **out, const char *path);

/* Does the list hold word[0..len) (compared ignoring ASCII case: the list
 * writes "Tony" and "tiny", a query's folded word "tony")?  1 or 0. */
int evx_dict_has(const evx_dict *d, const char *word, size_t len);

void evx_dict_free(evx_dict *d);

#endif /* EVX_QDICT_H */
