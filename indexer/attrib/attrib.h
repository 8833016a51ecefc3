/*
 * attrib.h - who said each quotation, and how we know.
 *
 * The registry is built from the report's own witness-panel units (session
 * date, Q range, each witness's name, role and organisation) and written
 * evidence units (submitter and code).  Resolution uses every clue, the
 * strongest first, and records which decided (speaker->method, ->evidence):
 *   1. a footnote naming the speaker ("Q361 [Ian Dalton]", "Q243 Professor
 *      Chris Ham"; with two refs, the one that fits the lead-in);
 *   2. a footnote with only a Q number: the panel whose range holds it, then
 *      the panel member named in the lead-in (footnote+lead-in);
 *   3. a written-evidence footnote ("NHS Clinical Commissioners (STP0064)"):
 *      that submitter;
 *   4. a document footnote (a report or paper): its author, kind "document";
 *   5. no footnote body: the lead-in ("X told us:", "As X explained:",
 *      "According to X", "In the words of X", "X, Chief Executive of Y, ..."),
 *      short forms ("Mr Edwards", "Sir Chris") resolved by surname and title
 *      to the registered full name;
 *   6. people outside the registry keep their printed name and role, kind
 *      "other".
 * Where nothing tells, kind and method are "unknown"/"none": never a guess.
 * Pure: no I/O.
 */
#ifndef EVX_ATTRIB_H
#define EVX_ATTRIB_H

#include "diag.h"
#include "evx.h"
#include "tok.h"
#include "unit.h"

typedef struct evx_registry evx_registry;

/* Builds the registry from the witness and evidence units in units (of
 * every report in the list).  EVX_OK or EVX_NOMEM.  Free with
 * evx_registry_free. */
evx_status evx_registry_build(evx_registry **out, const evx_units *units,
                              evx_tok *tok);

void evx_registry_free(evx_registry *reg);

/* Sets the speaker of every quotation unit in units (replacing any),
 * using the footnote units, paragraphs and registry.  Quotations left
 * unknown are noted in diag.  EVX_OK or EVX_NOMEM. */
evx_status evx_attrib_resolve(evx_units *units, const evx_registry *reg,
                              evx_tok *tok, evx_diag *diag);

#endif /* EVX_ATTRIB_H */
