/*
 * related.h - WordNet's synonyms (wordnet.h) as the index's related words:
 * each pair whose synonym is a word of the index, as its stems, stored in
 * the synonym table under the key EVX_SYNONYM_RELATED + the lemma's stem
 * (lib/schema.h), apart from the acronyms, so that the query side weighs
 * them below the user's own words (query/rank.h).
 */
#ifndef EVX_RELATED_H
#define EVX_RELATED_H

#include <stddef.h>

#include "evx.h"
#include "xdb.h"

/* The first senses of a lemma read (wordnet.h), only those seen in
 * WordNet's tagged corpus, and the share of the units above which a word
 * is too common to relate: chosen on the tuning queries of bench/ranking
 * (README "Ranking"). */
#define EVX_RELATED_SENSES 1
#define EVX_RELATED_MAX_SHARE 0.05

/* Adds to meta (writable) the related words of the WordNet data in dir
 * (NULL: EVX_WORDNET_DIR) that occur in index (the generation's words, as
 * Z stems), less the words in more than EVX_RELATED_MAX_SHARE of its
 * units, and sets *added (if not NULL) to the number of pairs.  EVX_OK;
 * EVX_NOT_FOUND when dir lacks WordNet's files (nothing added: the caller
 * warns); EVX_IO; EVX_BACKEND; EVX_NOMEM. */
evx_status evx_related_add(evx_db *meta, evx_db *index, const char *dir,
                           size_t *added);

#endif /* EVX_RELATED_H */
