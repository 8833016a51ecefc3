/*
 * attrib_speaker.h - which of the names a sentence gives is speaking
 * (private to the attrib/ files): the subject of its verb of saying, an
 * introduced person, an organisation speaking, or what a pronoun stands
 * for; and whether the words went to another committee.  Over the views
 * and mentions of attrib_mention.h.  Pure: no I/O.
 */
#ifndef EVX_ATTRIB_SPEAKER_H
#define EVX_ATTRIB_SPEAKER_H

#include <stddef.h>

#include "attrib_mention.h"

/* Where, in the lead-in v of a sentence's second quotation, a clause of
 * its own on a post or a body opens after the first ("…”; the
 * Commissioner called it", "…”, while the Department said"): the byte
 * offset of its "the", whose words alone lead in to this quotation (no one
 * named before the first speaks it); else (size_t)-1. */
size_t evx_own_clause(const evx_view *v);

/* Do mentions a and b name the same one (the same registered witness, or
 * the same printed name)? */
int evx_mention_same(const evx_mention *a, const evx_mention *b);

/* The speaker a sentence names: an organisation opening it with the
 * people it names in an aside, the one speaking of several people, an
 * introduced person, else the first person, else an organisation
 * speaking.  after_quote: the words follow the quotation, so a person
 * there counts only if introduced or the subject of a later verb of
 * saying.  Borrowed from m; NULL if none. */
const evx_mention *evx_mention_pick(const evx_mentions *m, const evx_view *v,
                                    int after_quote);

/* The people named together with personal mention x as the subject of
 * a verb of saying ("Mr Smith and Dr Jones told us:", "Both Mr Smith and
 * Dr Jones, from the trust, said:", "A, B and C told us:"), in text order
 * into out (borrowed from m), and their number; 0 when x speaks alone (or
 * the group is larger than max). */
size_t evx_mention_group(const evx_mentions *m, const evx_view *v,
                         const evx_mention *x, const evx_mention **out,
                         size_t max);

/* Is mention x of v another word's object, not the one speaking: 2 for a
 * possessive ("Mr Smith's colleague"), 1 after a word that governs it
 * ("in response to Mr Smith", "disagreed with", "asked about", "quoted",
 * "like"), else 0.  Words of English syntax. */
int evx_mention_governed(const evx_view *v, const evx_mention *x);

/* Is x what the lead-in's verb of naming names ("described Right Care,
 * Right Person as “…”", "called Dr Jones “…”"), with no verb of saying
 * after it before the quotation: the words are the verb's subject's,
 * never x's?  Words of English. */
int evx_mention_named_by_verb(const evx_view *v, const evx_mention *x);

/* Whether personal mention x is another word's object, not a speaker
 * ("Unlike Jane Doe, …", "The Chair asked Dr Lee whether"): governed by
 * the word before it, not introduced ("according to"), not asked to
 * speak ("asked Mr Smith to explain:"), and not the agent of an aside on
 * the subject ("The survey led by Professor Stone found"), whose oral
 * evidence a footnote may cite. */
int evx_mention_is_object(const evx_view *v, const evx_mention *x);

/* What a pronoun may stand for: a person ("he", "she", "who"), an
 * organisation ("it") or either ("they", "which"). */
typedef enum evx_pronoun {
    EVX_PRONOUN_NONE,
    EVX_PRONOUN_PERSON,
    EVX_PRONOUN_ORG,
    EVX_PRONOUN_ANY
} evx_pronoun;


/* The pronoun that is the subject of a verb of saying in v ("He said",
 * "They also state", "..., which stated", "He went on to say"), with its
 * word index in *at; EVX_PRONOUN_NONE if there is none. */
evx_pronoun evx_view_pronoun(const evx_view *v, size_t *at);

/* True if the sentence says the words were given to another committee
 * ("told the Committee of Public Accounts", "before the Liaison
 * Committee"). */
int evx_view_other_committee(const evx_view *v);

/* Whether personal mention x of v may be what pronoun ("he", "she")
 * stands for: its title gives no gender ("Dr", none) or the pronoun's. */
int evx_mention_agrees(const evx_view *v, const evx_mention *x,
                       const char *pronoun);

/* Another person than x, named in x's sentence of v before word index
 * before, that "he" or "she" could stand for as well ("Mr Smith was asked
 * whether Dr Jones was right. He told us:"); NULL if none, or for any
 * other pronoun.  Borrowed from m. */
const evx_mention *evx_mention_rival(const evx_mentions *m,
                                     const evx_view *v, const evx_mention *x,
                                     const char *pronoun, size_t before);

/* The mention of m ending last before word index before that the pronoun
 * can stand for; borrowed, NULL if none. */
const evx_mention *evx_mention_last(const evx_mentions *m, evx_pronoun p,
                                    size_t before);

#endif /* EVX_ATTRIB_SPEAKER_H */
