/*
 * wordfreq.h - a word counter, so that the index writer hands each distinct
 * word of a report to Xapian's spelling data once, with its count, instead
 * of once per occurrence.  Xapian's add_spelling costs a map update (and,
 * for a new word, its fragment entries) on every call; a report repeats
 * its words many times, so counting them first does the same work once per
 * word (measured in bench/run.sh; see README "Performance").
 *
 * Words are byte strings compared exactly (the writer passes folded terms).
 * Iteration is in order of first insertion, so what reaches the index does
 * not depend on hashing.  Pure: no I/O.
 */
#ifndef EVX_WORDFREQ_H
#define EVX_WORDFREQ_H

#include <stddef.h>

#include "evx.h"

typedef struct evx_wordfreq evx_wordfreq;

/* A new, empty counter.  EVX_OK or EVX_NOMEM; free with evx_wordfreq_free. */
evx_status evx_wordfreq_new(evx_wordfreq **out);

/* Frees the counter and its words; NULL is a no-op. */
void evx_wordfreq_free(evx_wordfreq *wf);

/* Adds n to the count of the len bytes at word (copied; may hold NULs).
 * Counts saturate at UINT_MAX.  EVX_OK, EVX_NOMEM (the counter is left as
 * it was), or EVX_INVALID for a NULL word with len > 0. */
evx_status evx_wordfreq_add(evx_wordfreq *wf, const char *word, size_t len,
                            unsigned n);

/* Number of distinct words counted. */
size_t evx_wordfreq_len(const evx_wordfreq *wf);

/* Calls cb with each word (NUL-terminated, borrowed until the next add or
 * clear) and its count, in order of first insertion, until cb returns
 * non-zero.  Returns what the last cb call returned, 0 if none. */
int evx_wordfreq_each(const evx_wordfreq *wf,
                      int (*cb)(void *ctx, const char *word, size_t len,
                                unsigned count),
                      void *ctx);

/* Forgets every word, keeping the allocations for reuse. */
void evx_wordfreq_clear(evx_wordfreq *wf);

#endif /* EVX_WORDFREQ_H */
