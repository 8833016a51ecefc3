/*
 * store.h - the one reader of stored units: a unit by its id, the texts of
 * the footnotes it cites, its quotations, and the manifest record of its
 * report, all from the index (document data and metadata).  Every command
 * reads units through here, so the way unit ids are built (KEY/fnN,
 * ID/qN) is written once.
 */
#ifndef EVX_STORE_H
#define EVX_STORE_H

#include <stddef.h>

#include "evx.h"
#include "format.h"
#include "unit.h"
#include "xdb.h"

/* The unit with this id: *out (free with evx_unit_free) and its docid
 * through docid when not NULL.  EVX_OK; EVX_NOT_FOUND (no such id);
 * EVX_CORRUPT (stored JSON unreadable); EVX_BACKEND; EVX_NOMEM.  *out is
 * NULL on failure. */
evx_status evx_store_unit(evx_unit **out, evx_docid *docid, evx_db *db,
                          const char *id);

/* The texts of the footnotes u cites: an array of u->n_footnotes strings,
 * each malloc'd or NULL (a body not in the index); *out is NULL when u
 * cites none.  Free with evx_store_texts_free(*out, u->n_footnotes).
 * EVX_OK or EVX_NOMEM. */
evx_status evx_store_footnotes(char ***out, evx_db *db, const evx_unit *u);

/* Frees n texts and the array; NULL is a no-op. */
void evx_store_texts_free(char **texts, size_t n);

/* The quotations inside u (ID/q1, ID/q2, ... until one is missing),
 * appended to *out, which owns them.  EVX_OK or EVX_NOMEM. */
evx_status evx_store_quotations(evx_units *out, evx_db *db, const evx_unit *u);

/* The manifest's record of a report (its id as in a unit, "HC 650") into
 * *out (free with evx_report_meta_free); fields the index lacks stay NULL.
 * EVX_OK (also when the index has no record); EVX_NOMEM. */
evx_status evx_store_report_meta(evx_report_meta *out, evx_db *db,
                                 const char *report);

#endif /* EVX_STORE_H */
