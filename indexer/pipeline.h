/*
 * pipeline.h - the index side's pipeline for one report, from its manifest
 * lines to finished units: load each file (source), read it with the reader
 * for its rendering (pdftext, webtext), merge the renderings into one unit
 * per identity (merge), link footnotes to the units citing them, and
 * attribute every quotation (attrib).  Shared by `evidex-index` (build and
 * --dump), the benchmark and the tests, so that what is dumped is what is
 * indexed.  Also the end-of-run report of what was found and what was not.
 */
#ifndef EVX_PIPELINE_H
#define EVX_PIPELINE_H

#include <stdio.h>

#include "diag.h"
#include "evx.h"
#include "manifest.h"
#include "tok.h"
#include "unit.h"

/* Calls cb once per distinct report of the manifest, in order of first
 * appearance, with the report id.  cb returns non-zero to stop. */
evx_status evx_pipeline_reports(const evx_manifest *m,
                                int (*cb)(void *ctx, const char *report),
                                void *ctx);

/* Builds the units of `report` from every manifest entry that belongs to
 * it, appending them to out.  A file that cannot be loaded is an error diag
 * and is passed over (the report's other files still count); EVX_NOT_FOUND
 * if no file of the report could be read at all.  EVX_OK, EVX_NOT_FOUND,
 * EVX_NOMEM. */
evx_status evx_pipeline_report(evx_units *out, const evx_manifest *m,
                               const char *report, evx_tok *tok,
                               evx_diag *diag);

/* Reads one file with the given rendering, outside any manifest (used by
 * `--dump FILE`); no merge, but footnotes are linked and quotations
 * attributed.  EVX_OK, EVX_NOT_FOUND, EVX_IO, EVX_PARSE, EVX_NOMEM. */
evx_status evx_pipeline_file(evx_units *out, const char *path,
                             const char *name, const char *rendering,
                             const char *report, evx_tok *tok,
                             evx_diag *diag);

/* Guesses a file's rendering from its layout: "html-text" when numbered
 * paragraphs are glued to their number ("234.The"), else "pdf-text". */
const char *evx_pipeline_guess_rendering(const char *path);

/* Tallies units (by type; paragraph numbers and gaps; footnote bodies found
 * and missing) into the stats accumulator st. */
typedef struct evx_pipeline_stats evx_pipeline_stats;
evx_status evx_pipeline_stats_new(evx_pipeline_stats **out);
void evx_pipeline_stats_free(evx_pipeline_stats *st);
void evx_pipeline_stats_add(evx_pipeline_stats *st, const evx_units *units);

/* Writes the end-of-run report to f, lines prefixed by prog: units by
 * type, paragraph gaps, missing footnote bodies, quotations by speaker kind,
 * then the diag messages (warnings and errors; notes too if verbose). */
void evx_pipeline_stats_print(const evx_pipeline_stats *st,
                              const evx_diag *diag, FILE *f, const char *prog,
                              int verbose);

/* The stats as a JSON object (for the index metadata) appended to b. */
struct evx_buf;
void evx_pipeline_stats_json(const evx_pipeline_stats *st, struct evx_buf *b);

#endif /* EVX_PIPELINE_H */
