/*
 * qfield.h - the fields of the query language (speaker:, org:, type:,
 * para:, chapter:, ref:, report:) as the lexer and the commands that take
 * a free fragment (`who`, `check`) both see them: which names are fields,
 * what counts as a quote mark, and how a fragment splits into its field
 * filters and its words.  Pure: no index.
 */
#ifndef EVX_QFIELD_H
#define EVX_QFIELD_H

#include <stddef.h>

#include "buf.h"

/* The field names, for messages: "speaker, org, type, ...". */
extern const char evx_qfield_names[];

/* Non-zero if the n bytes at f name a field. */
int evx_qfield_known(const char *f, size_t n);

/* Length of a quote mark at s (ASCII " or curly open/close double quote),
 * else 0. */
size_t evx_qfield_quote_len(const char *s, size_t n);

/* Copies each field:value or field:"phrase" of text (a chunk starting at
 * a word boundary with a known field name) to fields and everything else
 * to words, each separated by single spaces.  An unclosed quote after a
 * field takes the rest of the text. */
void evx_qfield_split(evx_buf *fields, evx_buf *words, const char *text,
                      size_t len);

#endif /* EVX_QFIELD_H */
