/*
 * attrib_given.h - a lead-in that names a person who does not speak the
 * words it introduces (private to the attrib/ files): the person is asked
 * or told them ("Mr Smith was asked:", "We asked Mr Smith:"), cites
 * someone else's ("Mr Smith cited the NAO report:", "Mr Smith quoted Dr
 * Jones:", "…, the guidance, which states:"), or answers a claim that
 * holds them ("Mr Smith rejected the claim that …").  Over the views and
 * mentions of attrib_mention.h.  Pure: no I/O.
 */
#ifndef EVX_ATTRIB_GIVEN_H
#define EVX_ATTRIB_GIVEN_H

#include <stddef.h>

#include "attrib_mention.h"

/* What a lead-in says of its words' speaker, when not the person it
 * names. */
typedef struct evx_given {
    const evx_mention *speaker; /* the one it says speaks (the person
                                   quoted, the organisation or owner of the
                                   document cited), borrowed; NULL when it
                                   names none */
    size_t from, to;            /* the words that say so, as byte offsets
                                   into the view's text */
    const char *says;           /* what they say, for the evidence (static
                                   text): "asks or tells the one it names
                                   these words" */
    int quoting;                /* the one named quotes a document in a
                                   clause of its own ("a survey, which Mr
                                   Smith cited, found"): a footnote to
                                   their written evidence is where the
                                   words are quoted, not whose they are */
} evx_given;

/* Does the lead-in v (its words before the first quotation, with the
 * mentions m) say its words are not the named person's: given to them
 * (a verb of asking or telling in the passive, or with them as object),
 * cited by them (a verb of citing with a thing or another person as
 * object, or a "which" standing for a thing as the subject of the verb
 * of saying), or answered by them (a claim they reject)?  1 and *out
 * filled, else 0. */
int evx_lead_given(const evx_mentions *m, const evx_view *v, evx_given *out);

#endif /* EVX_ATTRIB_GIVEN_H */
