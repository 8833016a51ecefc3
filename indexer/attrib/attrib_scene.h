/*
 * attrib_scene.h - the text around a quotation, as attribution reads it
 * (private to attrib.c): the sentence that introduces it (up to the
 * quotation), the rest of that sentence after an inline quotation, and
 * the paragraph before that sentence.  Pure: no I/O.
 */
#ifndef EVX_ATTRIB_SCENE_H
#define EVX_ATTRIB_SCENE_H

#include <stddef.h>

#include "evx.h"
#include "unit.h"

/* The strings are malloc'd and owned by the scene. */
typedef struct evx_scene {
    const char *report;
    char *sentence;   /* the lead-in sentence, up to the quotation */
    char *after;      /* the rest of the sentence after an inline quotation */
    char *paragraph;  /* the paragraph before the lead-in sentence */
} evx_scene;

/* Cuts q's surroundings out of its parent's text (or its lead-in when the
 * parent's text is missing).  EVX_OK or EVX_NOMEM; free with
 * evx_scene_free, also on failure. */
evx_status evx_scene_build(evx_scene *sc, const evx_unit *q,
                           const evx_unit *parent);

/* Frees the scene's strings. */
void evx_scene_free(evx_scene *s);

/* Offset where the last sentence of s[0..len) starts (after '.', '?',
 * '!' or ':' and a space before a capital, not after a title's
 * abbreviation). */
size_t evx_scene_last_sentence(const char *s, size_t len);

/* Where a quotation's text stands in its parent's text, by its first
 * words; (size_t)-1 if not found. */
size_t evx_scene_locate(const char *hay, const char *quote);

#endif /* EVX_ATTRIB_SCENE_H */
