/*
 * json.h - the JSON evidex writes (JSON Lines output, document data) and
 * reads back (document data in the index, test fixtures).
 *
 * Writing appends to an evx_buf.  Strings are escaped per RFC 8259; any
 * byte sequence that is not valid UTF-8 is written as U+FFFD, so the output
 * is always valid JSON whatever the input.
 *
 * Reading parses a whole document into a tree of evx_json nodes owned by
 * the root: free the root with evx_json_free() and every node and string
 * under it goes with it.  Getters never fail: asking an object for a missing
 * key, or a node for the wrong type, gives NULL / 0 / the supplied default.
 */
#ifndef EVX_JSON_H
#define EVX_JSON_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"

/* ---- writing ---------------------------------------------------------- */

/* Appends s (len bytes) as a quoted, escaped JSON string. */
void evx_json_put_str(evx_buf *b, const char *s, size_t len);

/* Appends s as a JSON string, or `null` when s is NULL. */
void evx_json_put_cstr(evx_buf *b, const char *s);

/* Appends `"key":` (key is a trusted ASCII literal, not escaped). */
void evx_json_put_key(evx_buf *b, const char *key);

/* ---- reading ---------------------------------------------------------- */

typedef enum evx_json_type {
    EVX_JSON_NULL,
    EVX_JSON_BOOL,
    EVX_JSON_NUMBER,
    EVX_JSON_STRING,
    EVX_JSON_ARRAY,
    EVX_JSON_OBJECT
} evx_json_type;

typedef struct evx_json evx_json;

/* Parses len bytes of text as one JSON value (surrounding white space
 * allowed).  On success *out is the root, which the caller frees with
 * evx_json_free().  On failure *out is NULL and EVX_PARSE is returned (if
 * errpos is not NULL, *errpos is the byte offset of the error), or EVX_NOMEM.
 * Nesting deeper than 64 levels is a parse error. */
evx_status evx_json_parse(evx_json **out, const char *text, size_t len,
                          size_t *errpos);

/* Frees a root returned by evx_json_parse; NULL is a no-op. */
void evx_json_free(evx_json *root);

/* The node's type; EVX_JSON_NULL for a NULL node. */
evx_json_type evx_json_typeof(const evx_json *v);

/* Object member by key, or NULL. */
const evx_json *evx_json_get(const evx_json *obj, const char *key);

/* Number of elements (array) or members (object); 0 otherwise. */
size_t evx_json_len(const evx_json *v);

/* Array element i, or NULL when out of range / not an array. */
const evx_json *evx_json_at(const evx_json *arr, size_t i);

/* Object member i: its key through *key (borrowed), its value returned. */
const evx_json *evx_json_member(const evx_json *obj, size_t i,
                                const char **key);

/* The string value (NUL-terminated, borrowed from the tree), or NULL when v
 * is not a string.  *len, if given, receives its length. */
const char *evx_json_str(const evx_json *v, size_t *len);

/* The numeric value, or dflt when v is not a number. */
double evx_json_num(const evx_json *v, double dflt);

/* 1 for true, 0 for false, dflt otherwise. */
int evx_json_bool(const evx_json *v, int dflt);

/* Shorthands: member `key` of obj as a string / number. */
const char *evx_json_get_str(const evx_json *obj, const char *key);
double evx_json_get_num(const evx_json *obj, const char *key, double dflt);

#endif /* EVX_JSON_H */
