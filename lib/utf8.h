/*
 * utf8.h - strict UTF-8 validation, shared by the JSON writer and reader
 * (lib/json.c) and the corpus loader (indexer/source.c), so that both agree
 * on what "invalid UTF-8" means: overlong forms, UTF-16 surrogates
 * (U+D800..U+DFFF), code points above U+10FFFF and truncated sequences are
 * all invalid (RFC 3629).
 */
#ifndef EVX_UTF8_H
#define EVX_UTF8_H

#include <stddef.h>

/* The length (1 to 4) of the valid UTF-8 sequence that starts at s, of
 * which n bytes are available; 0 if s[0] does not start a valid sequence
 * (or n is 0).  The caller then treats that one byte as invalid and goes
 * on with the next. */
size_t evx_utf8_seqlen(const char *s, size_t n);

/* The longest prefix of s[0..n) of at most max bytes that ends at a
 * character's boundary (for a message that quotes the start of a line). */
size_t evx_utf8_prefix(const char *s, size_t n, size_t max);

/* The replacement character U+FFFD, encoded. */
#define EVX_UTF8_REPLACEMENT "\xEF\xBF\xBD"

#endif /* EVX_UTF8_H */
