/*
 * tok.h - the one tokenizer: the same text always gives the same terms, at
 * index time and at query time.
 *
 * UTF-8 in; tokens out, each with
 *   - term:  the word normalised (utf8proc NFKC + case fold, curly quotes
 *            and dashes folded, possessive 's dropped), unstemmed;
 *   - stem:  the English Snowball stem of term (words only; identifiers and
 *            numbers are their own stem), cached so a word is stemmed once;
 *   - pos:   word position, for phrases and NEAR;
 *   - start, end: byte span in the source text, for snippets, highlights
 *            and editor columns.
 * Rules (see tests/test_tok.c for each on the report's own sentences):
 *   King's -> king; NHS's -> nhs; stop words are kept;
 *   hyphenated words give their parts at consecutive positions plus the
 *   joined form at the first part's position, kind EVX_TOKEN_JOINED
 *   (front-line -> front, line, frontline; co-ordinated -> co, ordinated,
 *   coordinated), so "frontline", "front line" and "front-line" all meet;
 *   en/em dashes separate words (partnerships–alliances, 2016–17);
 *   identifiers stay whole (Q361 -> q361, STP0064 -> stp0064, HC650 -> hc650);
 *   numbers keep their inner / . , (2015/16, 2.7); currency and percent
 *   signs are dropped from the term (£30 -> 30, 29% -> 29) and a number
 *   glued to a word is split (£900million -> 900, million), a glued
 *   magnitude written out (£8.8bn -> 8.8, billion; 30m -> 30, million);
 *   ellipses, brackets and other punctuation separate and make no token.
 * The finer rules, decided here so that index and query agree:
 *   - word characters are letters, digits and other numbers (Unicode
 *     categories L*, N*); combining marks continue a word; soft hyphen and
 *     ZWJ/ZWNJ inside a word are dropped; everything else separates.
 *   - apostrophes are ' U+2018 U+2019 U+02BC U+FF07 and all fold to '.
 *     A final 's after an apostrophe is the possessive: dropped from the
 *     term, kept in the span ("King's" -> king, span "King's").  Any other
 *     apostrophe between letters stays in the word as ASCII ' (don't ->
 *     "don't", O'Sullivan -> "o'sullivan", whichever apostrophe is typed);
 *     so "it's" -> it.  A leading or trailing apostrophe (patients', 'x')
 *     is punctuation.
 *   - hyphens are - U+2010 U+2011 U+FF0D, joining only with a word
 *     character on both sides; U+2013 and U+2014 always separate.  A
 *     compound of one-atom pieces gives PARTs (also "2015-16" -> 2015, 16)
 *     and, when its first part starts with a letter, the JOINED form (all
 *     parts: out-of-hospital -> outofhospital).  Up to 16 parts; beyond
 *     that, and for pieces like "5-10million", every token is a WORD.
 *   - a number is a digit run with inner . or / followed by a digit (no .
 *     after a /, so the footnote mark in "2020/21.30" splits off) and
 *     inner , followed by exactly three digits, a thousands separator that
 *     is dropped from the term (30,000 -> 30000; "1,2" -> 1, 2).  Letters
 *     after a number split off (900million -> 900, million) except an
 *     ordinal suffix (19th).  A token that starts with a letter and holds
 *     digits is one identifier (q361, page5).
 *   - stems: words of letters only (apostrophes allowed) are stemmed;
 *     identifiers, numbers and ordinals are their own stem.
 *   - a term longer than 64 bytes (after normalisation) is dropped, but
 *     still takes its position so phrases do not bridge it.
 * Invalid UTF-8 never stops the tokenizer: each bad byte is a separator,
 * counted and its first offset recorded (evx_tok_bad_bytes); NUL bytes
 * separate.
 *
 * Shaped like FTS5's tokenizer: the callback sees each token and may stop
 * early.  Term buffers belong to the tokenizer and are valid only during
 * the callback.  A tokenizer is not thread-safe; make one per thread.
 */
#ifndef EVX_TOK_H
#define EVX_TOK_H

#include <stddef.h>

#include "evx.h"

typedef struct evx_tok evx_tok;

typedef enum evx_token_kind {
    EVX_TOKEN_WORD,   /* an ordinary word, number or identifier */
    EVX_TOKEN_PART,   /* one part of a hyphenated compound */
    EVX_TOKEN_JOINED  /* the compound joined, at its first part's position */
} evx_token_kind;

typedef struct evx_token {
    const char *term; /* normalised, unstemmed; NUL-terminated */
    size_t term_len;
    const char *stem; /* stemmed term; NUL-terminated */
    size_t stem_len;
    unsigned pos;     /* word position, from 0 (JOINED shares its first part's) */
    size_t start;     /* byte offset of the token in the text */
    size_t end;       /* byte offset one past its end */
    evx_token_kind kind;
} evx_token;

/* Called once per token; return non-zero to stop tokenizing. */
typedef int (*evx_tok_cb)(void *ctx, const evx_token *token);

/* Creates a tokenizer (loads the English stemmer).  EVX_OK, EVX_NOMEM or
 * EVX_BACKEND (stemmer unavailable).  Free with evx_tok_free(). */
evx_status evx_tok_new(evx_tok **out);

/* Frees a tokenizer; NULL is a no-op. */
void evx_tok_free(evx_tok *tok);

/* Tokenizes len bytes of text, calling cb for each token in order of
 * position (a JOINED token comes right after its first PART).  Positions
 * start at 0 for each call.  Returns EVX_OK (also when cb stopped early),
 * or EVX_NOMEM. */
evx_status evx_tokenize(evx_tok *tok, const char *text, size_t len,
                        evx_tok_cb cb, void *ctx);

/* Like evx_tokenize, but positions start at first_pos (for indexing
 * several fields of one document with gaps between them). */
evx_status evx_tokenize_at(evx_tok *tok, const char *text, size_t len,
                           unsigned first_pos, evx_tok_cb cb, void *ctx);

/* Stems one already-normalised word through the tokenizer's cache.  The
 * result is borrowed until the next call on tok.  A word with a digit is
 * its own stem.  NULL only if memory runs out ("" for an empty word). */
const char *evx_tok_stem(evx_tok *tok, const char *word, size_t len);

/* Limits stemming in later evx_tokenize calls on tok to the words whose
 * term starts with one of the bytes of first_bytes (a string); every
 * other word is given its term as its stem.  NULL goes back to stemming
 * every word (the default).  For a caller that only compares tokens'
 * stems with a few stems it knows, and whose first bytes it passes: the
 * English stemmer rewrites suffixes only and keeps a word's first byte
 * (its exceptions, "dying" -> "die", keep it too), except a leading
 * apostrophe, which it drops, so words starting with one are always
 * stemmed; a word left unstemmed can then neither stem to a known stem
 * nor equal one.  Stemming is most of the cost of tokenizing. */
void evx_tok_stem_only(evx_tok *tok, const char *first_bytes);

/* Number of invalid UTF-8 bytes met by the last evx_tokenize call, and
 * through *first_offset (if not NULL) the offset of the first one. */
size_t evx_tok_bad_bytes(const evx_tok *tok, size_t *first_offset);

/* Normalises text (NFKC, case fold, quote/dash folding) without splitting
 * it into words: used to compare names and quotations.  On success *out is
 * a malloc'd NUL-terminated string the caller frees.  Invalid UTF-8 becomes
 * U+FFFD.  EVX_OK or EVX_NOMEM. */
evx_status evx_tok_fold(char **out, const char *text, size_t len);

/* Is term (a plain term, NUL-terminated) a word the spelling data keeps:
 * three or more characters, its ASCII ones only letters (no numbers, no
 * codes like "q361")?  Every word that begins with such a term and shares
 * its stem is one too. */
int evx_tok_is_spelling_word(const char *term);

#endif /* EVX_TOK_H */
