/*
 * check.h - the quote checker behind `evidex check "QUOTATION"`: does a
 * unit's text contain the quotation exactly, and if not, which words of the
 * closest passage differ.
 *
 * "Exactly" means after folding (evx_tok_fold: case, curly quotes, dashes,
 * Unicode forms), with runs of white space counted as one space and the
 * quotation's own surrounding punctuation and quote marks ignored
 * ('"change happens at the speed of trust."' is found in a paragraph saying
 * "… saying that “change happens at the speed of trust.”74"), and only
 * whole words: the match begins and ends at word edges ("as health" is
 * not in "as healthcare", nor "ere is a danger" in "there is a danger").
 *
 * The diff is word-level, over the tokenizer's words compared by their
 * folded terms (a hyphenated compound is one word, its joined form, so
 * "frontline" meets "front-line"): the quotation is aligned with the run of
 * the text's words that needs the fewest word insertions and deletions
 * (semi-global: the text around the passage costs nothing; a word missing
 * from the text costs more than a word added, so a quotation that skips a
 * clause still aligns over the whole sentence), then printed as in
 * `git diff --word-diff`: words of the quotation that the text lacks as
 * [-removed-], words of the text the quotation lacks as {+added+}.
 * Texts are compared on their first 20,000 words.
 */
#ifndef EVX_CHECK_H
#define EVX_CHECK_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"
#include "tok.h"

/* Quotations longer than this many words are diffed on their first
 * EVX_CHECK_MAX_WORDS words only (keeps the alignment table small). */
#define EVX_CHECK_MAX_WORDS 400

typedef enum evx_diff_op {
    EVX_DIFF_EQUAL, /* in both: the text's word */
    EVX_DIFF_DEL,   /* in the quotation only */
    EVX_DIFF_ADD    /* in the text only */
} evx_diff_op;

typedef struct evx_diff_item {
    evx_diff_op op;
    size_t start, end; /* byte range: in the quotation for DEL, else in the text */
} evx_diff_item;

typedef struct evx_diff {
    evx_diff_item *items; /* in reading order; in each changed run the
                             removed words come before the added ones */
    size_t len;
    size_t n_equal;       /* words in common */
    size_t n_quote;       /* words of the quotation (as compared) */
    size_t text_start;    /* the aligned passage: byte range in the text */
    size_t text_end;
} evx_diff;

#define EVX_DIFF_INIT {NULL, 0, 0, 0, 0, 0}

/* *out = 1 if text contains quote exactly (see above), else 0.  A quote
 * with nothing but punctuation and space is never contained.  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_check_contains(int *out, const char *quote, size_t qlen,
                              const char *text, size_t tlen);

/* Aligns quote with text and fills *out (freed with evx_diff_free; left
 * empty on failure).  EVX_OK or EVX_NOMEM. */
evx_status evx_check_diff(evx_diff *out, evx_tok *tok, const char *quote,
                          size_t qlen, const char *text, size_t tlen);

/* Share of the quotation's words found in order in the passage, 0..1. */
double evx_diff_similarity(const evx_diff *d);

/* Number of changed runs (a run of removed and/or added words). */
size_t evx_diff_changes(const evx_diff *d);

/* The passage with its differences marked: "change [-happens-]{+proceeds+}
 * at the speed of trust"; with color, removed words are red and added
 * words green (markers kept, for monochrome readers).  No newline. */
void evx_diff_format(evx_buf *b, const evx_diff *d, const char *quote,
                     const char *text, int color);

/* The diff as a JSON array of {"op":"equal"|"removed"|"added","text":...},
 * consecutive items of one op joined into one string. */
void evx_diff_json(evx_buf *b, const evx_diff *d, const char *quote,
                   const char *text);

/* Frees the items and empties *d; NULL is a no-op. */
void evx_diff_free(evx_diff *d);

#endif /* EVX_CHECK_H */
