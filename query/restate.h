/*
 * restate.h - a recommendation and the paragraph it restates are one hit.
 * A report's conclusions and recommendations repeat, nearly word for word,
 * a paragraph of the chapter (the recommendation's unit names it: its
 * `para`), so a topic query finds both and they took two of the ten
 * places.  The merge gives the pair the place and score of the better
 * ranked of the two, shows the paragraph there (the report's numbered,
 * citable place, which holds the recommendation's words) and lists the
 * recommendation's id in the hit's `also`.  Pure: works on hits already
 * read.
 */
#ifndef EVX_RESTATE_H
#define EVX_RESTATE_H

#include "search.h"

/* How far below a hit its partner may be (in places of the hits as they
 * stand when it is merged) to be merged into it: a pair with the same
 * words ranks close, and a merge decided within a fixed reach is decided
 * alike by every page that reads past it, so that pages cut one order. */
#define EVX_RESTATE_SPARE 10

/* Merges each recommendation hit with the hit of the paragraph it
 * restates (same report, that paragraph number) when both are in h, the
 * second at most EVX_RESTATE_SPARE places below the first: the
 * paragraph's unit and document take the place of the earlier of the two
 * (its rank and score), the recommendation's unit is freed and its id set
 * as the hit's `also` (malloc'd, freed by evx_hits_free).  Ranks are
 * renumbered from first_rank.  EVX_OK or EVX_NOMEM (the merges made
 * so far stay; h stays valid). */
evx_status evx_restate_merge(evx_hits *h, unsigned first_rank);

#endif /* EVX_RESTATE_H */
