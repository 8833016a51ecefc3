/*
 * stem.h - the English (Porter2) stemmer, Snowball's, for the tokenizer.
 *
 * A thin face over libstemmer's English UTF-8 stemmer.  Where the static
 * libstemmer archive is available it is called directly (stem.c says
 * why); otherwise through libstemmer's public sb_stemmer API.  Either way
 * it is the same Snowball code and gives the same stems.
 */
#ifndef EVX_STEM_H
#define EVX_STEM_H

#include <stddef.h>

#include "evx.h"

typedef struct evx_stem evx_stem;

/* A new stemmer into *out.  EVX_OK; EVX_NOMEM; EVX_BACKEND (the stemmer
 * would not start).  *out is NULL on failure; free it with
 * evx_stem_free. */
evx_status evx_stem_new(evx_stem **out);

/* The stem of word[0..len) (valid UTF-8, folded lower case), its length
 * in *stem_len; NULL when out of memory.  American spelling of the -ise
 * and -yse endings stems as British ("organization" as "organisation",
 * "analyzed" as "analysed"), so either finds both.  The stem is the
 * stemmer's own, borrowed until the next call on s. */
const char *evx_stem_word(evx_stem *s, const char *word, size_t len,
                          size_t *stem_len);

/* Frees s; NULL is a no-op. */
void evx_stem_free(evx_stem *s);

#endif /* EVX_STEM_H */
