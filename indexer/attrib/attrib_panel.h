/*
 * attrib_panel.h - the witnesses of the panel a question's footnote
 * points to, and which of them the text around a quotation names
 * (private to the attrib/ files): by name, by organisation, or all of
 * those it names together.  Over the registry (attrib_mention.h) and the
 * clues (attrib_clues.h).  Pure: no I/O.
 *
 * Members are registry indexes; (size_t)-1 means none, or several with
 * nothing to choose between them.
 */
#ifndef EVX_ATTRIB_PANEL_H
#define EVX_ATTRIB_PANEL_H

#include <stddef.h>

#include "attrib_clues.h"

/* The witnesses of report whose panel's question range holds q (and
 * that sat on day ymd, yyyymmdd, if ymd > 0: questions numbered again
 * from 1 each session), at most max into out; their number. */
size_t evx_panel_members(const evx_registry *reg, const char *report, int q,
                         long ymd, size_t *out, size_t max);

/* The one of members[0..n) whose post the lead-in's sentence names as
 * its subject ("The Secretary of State told us:", "The Chief Executive of
 * NHS England said", "The Minister said" for a Minister of State), of the
 * organisation the lead-in names if it names one. */
size_t evx_panel_by_post(const evx_registry *reg, const evx_clues *c,
                         const size_t *members, size_t n);

/* The one of members[0..n) whose organisation the sentence, the words
 * after its quotation or the paragraph names. */
size_t evx_panel_by_org(const evx_registry *reg, const evx_clues *c,
                        const size_t *members, size_t n);

/* The one of members[0..n) whose organisation the lead-in's sentence
 * prints beside the word surname ("Dr Smith of the Head Teachers
 * Union"); NONE if none or several. */
size_t evx_panel_org_beside(const evx_registry *reg, const evx_clues *c,
                            const size_t *members, size_t n,
                            const char *surname);

/* Could the organisation the lead-in names (c->lead, an organisation) be
 * witness p's: do its words hold p's organisation, or stand in it ("The
 * Department" of "Department of Health and Social Care")? */
int evx_panel_org_fits(const evx_clues *c, const evx_witness *p);

/* The one of members[0..n) the sentence names, when it names one ("NHS
 * Providers, led by Chris Hopson, said:"). */
size_t evx_panel_named(const evx_registry *reg, const evx_clues *c,
                       const size_t *members, size_t n);

/* The one of members[0..n) (of question q) that the lead-in names by a
 * name several registered witnesses share ("Ms Smith told us:" with two
 * Smiths, which read alone is someone unregistered). */
size_t evx_panel_lead_in(const evx_registry *reg, const evx_clues *c,
                         const char *report, int q, const size_t *members,
                         size_t n);

/* As evx_panel_lead_in, whatever the lead-in resolved to alone: "Sir Peter
 * told us:" over Q80, with Sir Peter Wall in Q80's panel and Sir Peter
 * Ricketts in another, is Sir Peter Wall. */
size_t evx_panel_named_at(const evx_registry *reg, const evx_clues *c,
                          const char *report, int q, const size_t *members,
                          size_t n);

/* Is every one of the people the lead-in names together (c->group) a
 * witness among members[0..n)? */
int evx_panel_holds_group(const evx_registry *reg, const evx_clues *c,
                          const size_t *members, size_t n);

#endif /* EVX_ATTRIB_PANEL_H */
