/*
 * attrib_answer.h - the speaker being chosen for a quotation, and the
 * ways of filling it that the rules share (private to the attrib/ files):
 * attrib.c reads the text and the written, printed and document
 * footnotes; attrib_oral.c the footnotes that cite oral evidence.
 *
 * Ownership: an answer borrows every string it points to (the registry's,
 * the clues', the footnote's) except its two buffers, which the caller
 * frees.
 */
#ifndef EVX_ATTRIB_ANSWER_H
#define EVX_ATTRIB_ANSWER_H

#include <stddef.h>

#include "attrib_clues.h"
#include "attrib_fn.h"
#include "attrib_mention.h"
#include "buf.h"
#include "evx.h"
#include "tok.h"

typedef struct evx_answer {
    const char *name, *role, *org, *kind, *ref, *date, *method;
    evx_buf evidence;
    evx_buf joint; /* the names of people speaking together, name's text */
} evx_answer;

/* Fills a with registered witness p, of kind ("oral" also takes the
 * date of p's panel). */
void evx_answer_person(evx_answer *a, const evx_witness *p, const char *kind);

/* The registered person a printed name ("Dr Augst", "Q274 Professor Chris
 * Ham") stands for, a name several fit being the one whose panel holds
 * question q (q > 0); (size_t)-1 if none or several. */
size_t evx_answer_resolve_at(const evx_registry *reg, const char *report,
                             const char *name, int q, evx_tok *tok,
                             evx_status *st);

/* As evx_answer_resolve_at, but a name several fit ("Dr Smith" of Dr
 * Priya Smith and Dr Michael Smith) is the one whose organisation the
 * lead-in's sentence prints beside the name (c: "Dr Smith of the
 * National Association of Head Teachers"), when only one's is. */
size_t evx_answer_resolve_by_org(const evx_registry *reg, const evx_clues *c,
                                 const char *report, const char *name, int q,
                                 evx_tok *tok, evx_status *st);

/* Why the lead-in's words are no one's it names, to a's evidence: "the
 * lead-in asks or tells the one it names these words: "Mr Smith was
 * asked"". */
void evx_answer_given(evx_answer *a, const evx_clues *c);

/* Fills a from people speaking together, n of them: each a registered
 * witness people[i], or (NULL) the name printed[i] as the text gives it.
 * Their names joined as English joins them, the organisation and date
 * they share, kind oral if all are witnesses (other when the words went
 * to another committee). */
void evx_answer_joint(evx_answer *a, const evx_witness *const *people,
                      const char *const *printed, size_t n, int committee,
                      const char *method);

/* Fills a from the people the lead-in names together ("Mr Smith and Dr
 * Jones told us:"). */
void evx_answer_group(evx_answer *a, const evx_registry *reg,
                      const evx_clues *c, const char *method);

/* Rules 5-6 and context: the text alone decides; why opens the
 * evidence. */
void evx_answer_from_text(evx_answer *a, const evx_registry *reg,
                          const evx_clues *c, const char *report,
                          const char *why);

/* Rule 1: a footnote naming people ("Q361 [Ian Dalton]", "Ev 63
 * [Lincolnshire County Council]"), refs[0..n) its references, src the
 * words the evidence names it by ("footnote 12", "the reference in
 * brackets after it"); with several, the one the sentence names, else
 * the first. */
evx_status evx_answer_named_oral(evx_answer *a, const evx_registry *reg,
                                 const evx_clues *c, const char *report,
                                 const evx_fnref *refs, size_t n,
                                 const char *src, evx_tok *tok);

/* Rule 2: a footnote giving only a question number (r, named src):
 * the one of its panel the text names, or the panel's only witness. */
void evx_answer_q_only(evx_answer *a, const evx_registry *reg,
                       const evx_clues *c, const char *report,
                       const evx_fnref *r, const char *src);

#endif /* EVX_ATTRIB_ANSWER_H */
