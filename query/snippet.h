/*
 * snippet.h - what a hit shows of its unit: a window of about 30 words
 * around the densest cluster of query-word matches, and the byte ranges of
 * every match (highlights) in the unit's text.
 *
 * Matching goes through the index's own tokenizer, so what is highlighted
 * is what the index matched: a token matches a query word when its term
 * equals the word's term or (for words not from an "exact phrase") its stem
 * equals the word's stem (searching "integrate" highlights "integrated").
 * A query word that tokenizes to several words ("speed of trust") matches
 * each of them.  A word ending in '*' (a wildcard) matches every term
 * it begins.  A hyphenated compound highlights as one range.
 *
 * Offsets are byte offsets into the text given; they always fall on token
 * boundaries, so on UTF-8 character boundaries.
 */
#ifndef EVX_SNIPPET_H
#define EVX_SNIPPET_H

#include <stddef.h>

#include "evx.h"
#include "tok.h"

/* Default window size, in words. */
#define EVX_SNIPPET_WORDS 30

/* One word of the query to highlight (borrowed). */
typedef struct evx_qword {
    const char *word; /* as the user typed it or as qparse gives it */
    int exact;        /* non-zero: term must match, not just the stem */
} evx_qword;

/* A byte range [start, end) in the unit's text. */
typedef struct evx_range {
    size_t start;
    size_t end;
} evx_range;

typedef struct evx_snippet {
    size_t start, end;   /* the window, a byte range of the text */
    int cut_start;       /* the window starts after the text's start */
    int cut_end;         /* the window ends before the text's end */
    evx_range *hl;       /* every match in the whole text, sorted, merged */
    size_t n_hl;
    size_t n_matches;    /* matches inside the window */
} evx_snippet;

#define EVX_SNIPPET_INIT {0, 0, 0, 0, NULL, 0, 0}

/* What to look for and how wide a window to show. */
typedef struct evx_snippet_query {
    const evx_qword *words; /* borrowed */
    size_t n_words;
    size_t window;          /* in words; 0: EVX_SNIPPET_WORDS */
} evx_snippet_query;

/* Computes the snippet of len bytes of text for the query q (NULL: no
 * words, default window).  With no word matching, the window is the
 * text's first words.  Fills *out, which the caller frees with
 * evx_snippet_free (on failure it is left empty: nothing to free).
 * EVX_OK or EVX_NOMEM. */
evx_status evx_snippet_make(evx_snippet *out, evx_tok *tok, const char *text,
                            size_t len, const evx_snippet_query *q);

/* Frees the highlight array and empties the snippet; NULL is a no-op. */
void evx_snippet_free(evx_snippet *s);

#endif /* EVX_SNIPPET_H */
