/*
 * wordnet.h - reads Princeton WordNet's database files (Debian's
 * wordnet-base, /usr/share/wordnet: index.noun, data.noun, ... for nouns,
 * verbs, adjectives and adverbs) and lists, for each single-word lemma,
 * the other single-word lemmas of its most frequent senses: "car" ->
 * "auto", "automobile", "machine", "motorcar".  WordNet lists a lemma's
 * senses most frequent first (by their counts in its sense-tagged corpus),
 * so the first senses are the ones a reader most likely means.  Pure: no
 * index, no stemming; the caller decides what to keep (related.h).
 */
#ifndef EVX_WORDNET_H
#define EVX_WORDNET_H

#include "evx.h"

/* Where Debian's wordnet-base installs the data. */
#define EVX_WORDNET_DIR "/usr/share/wordnet"

typedef struct evx_wordnet evx_wordnet;

typedef struct evx_wordnet_opts {
    unsigned senses;  /* the first senses of each lemma to read (>= 1) */
    int tagged_only;  /* non-zero: only senses seen in the tagged corpus */
} evx_wordnet_opts;

/* Called once per (lemma, synonym) pair, both folded lower case, ASCII
 * letters only; a pair may repeat across parts of speech.  Non-zero
 * stops the walk. */
typedef int (*evx_wordnet_cb)(void *ctx, const char *lemma,
                              const char *synonym);

/* Opens the WordNet data in dir into *out (free with evx_wordnet_free).
 * EVX_OK; EVX_NOT_FOUND when dir lacks any of the eight files (*out
 * NULL); EVX_IO; EVX_NOMEM. */
evx_status evx_wordnet_open(evx_wordnet **out, const char *dir);

/* Walks every part of speech as described above, calling cb.  Malformed
 * lines (and offsets that do not point at a synset) are skipped.  EVX_OK
 * (also when cb stopped the walk), EVX_IO, EVX_NOMEM, EVX_INVALID (opts
 * NULL or senses 0). */
evx_status evx_wordnet_each(evx_wordnet *wn, const evx_wordnet_opts *opts,
                            evx_wordnet_cb cb, void *ctx);

/* Frees wn; NULL is a no-op. */
void evx_wordnet_free(evx_wordnet *wn);

#endif /* EVX_WORDNET_H */
