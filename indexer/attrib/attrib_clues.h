/*
 * attrib_clues.h - private to attribution: what the text around a
 * quotation says about its speaker, read once.  Its lead-in sentence, the
 * rest of that sentence after an inline quotation, and the paragraph
 * before it, read into words (attrib_text.h) and the names they give
 * (attrib_mention.h): the speaker the lead-in names, or the one its
 * pronoun stands for; the one person the paragraph names; a speaker the
 * text says it does not name; the quotation before.  Pure: no I/O.
 *
 * Ownership: evx_clues_read fills a caller's evx_clues, which owns its
 * views and mentions until evx_clues_free; the views borrow the scene's
 * text, which must outlive them.
 */
#ifndef EVX_ATTRIB_CLUES_H
#define EVX_ATTRIB_CLUES_H

#include <stddef.h>

#include "attrib.h"
#include "attrib_given.h"
#include "attrib_mention.h"
#include "attrib_speaker.h"
#include "attrib_scene.h"
#include "buf.h"
#include "unit.h"

/* What the text around a quotation says, analysed once. */
typedef struct evx_clues {
    evx_view sent, after, para;
    evx_mentions ms, ma, mp;
    evx_mentions os, op;          /* registered organisations named in the
                                     sentence and the paragraph */
    const evx_mention *lead;      /* the speaker the sentence names, or NULL */
    const evx_view *lead_v;       /* the view lead belongs to */
    size_t lead_end;              /* where lead ends in the text before the
                                     quotation */
    const evx_mention *rival[2];  /* a pronoun's two equal antecedents:
                                     it names no one */
    size_t rival_end;             /* where the later of them ends, as
                                     lead_end */
    const char *pronoun;          /* the lead-in names its speaker by this
                                     pronoun ("they"); lead is then the one
                                     it stands for, or NULL */
    const evx_speaker *previous;  /* the previous quotation's speaker, when
                                     the pronoun stands for it */
    int relative;                 /* the pronoun opens a relative clause
                                     after a comma ("Jane Roe, who told
                                     us"): it stands for the words before
                                     the comma, never for another
                                     quotation's speaker */
    int committee;                /* the sentence names another committee */
    const evx_mention *group[4];  /* the people the lead-in names together
                                     as its speakers ("Mr Smith and Dr
                                     Jones told us:"), lead among them */
    size_t n_group;               /* how many; 0 when lead speaks alone */
    int given;                    /* the lead-in says its words are not
                                     those of the one it names, and names
                                     no one else (attrib_given.h) */
    evx_given why_given;          /* the words that say so, in sent */
} evx_clues;

/* Frees c's views and mentions (not c itself). */
void evx_clues_free(evx_clues *c);

/* Reads the scene sc (the quotation's sentence, the words after it, the
 * paragraph before it) into c: the speaker its lead-in names, else the
 * one its pronoun stands for (read_pronoun), and whether it names another
 * committee.  EVX_OK or EVX_NOMEM; free with evx_clues_free, also on
 * failure. */
evx_status evx_clues_read(evx_clues *c, const evx_scene *sc,
                          const evx_registry *reg, evx_tok *tok);

/* Is registered person p named anywhere in the sentence? */
int evx_clues_sentence_names(const evx_clues *c, size_t p,
                             const evx_registry *reg);

/* Does the sentence, before or after the quotation, name the one
 * printed as name (not registered): a name of it with the same surname or
 * last word, or name itself as words of the text? */
int evx_clues_sentence_names_printed(const evx_clues *c, const char *name);

/* The one person the paragraph names before the sentence: the registered
 * person index in *who, or the outside mention in *outside; 0 if none
 * or several. */
int evx_clues_context_person(const evx_clues *c, const evx_registry *reg,
                             size_t *who, const evx_mention **outside);

/* A short outside form ("Sir Chris") completed from the paragraph ("Sir
 * Chris Wormald, Permanent Secretary ..."): the longer mention whose words
 * start or end with the short one's, or NULL. */
const evx_mention *evx_clues_complete_outside(const evx_clues *c,
                                              const evx_mention *x,
                                              const evx_view *xv);

/* Writes the phrase by which the sentence, or (if `before`) the one
 * before it, stands for a speaker it does not name ("one participant
 * mentioned ...", "one of the senior local leaders described ...") to
 * out; 0 if none. */
int evx_clues_unnamed_speaker(const evx_clues *c, int before, evx_buf *out);

/* Does the lead-in sentence give its verb of saying a subject of its own
 * that names no one found ("The Department's written evidence stated:",
 * "A recent report stated:")?  Then the person the paragraph named before
 * is not the speaker, unless the subject is that person's post ("The
 * Minister also said:" after the Minister was named).  The subject's words
 * are written to out. */
int evx_clues_own_subject(const evx_clues *c, const evx_registry *reg,
                          evx_buf *out);

/* A pronoun lead-in stands for the previous quotation's speaker when that
 * quotation comes after the last person or organisation named. */
void evx_clues_take_previous(evx_clues *c, const evx_units *units,
                             const evx_unit *q, const evx_unit *parent);

#endif /* EVX_ATTRIB_CLUES_H */
