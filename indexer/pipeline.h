/*
 * pipeline.h - the index side's pipeline for one report, from its manifest
 * lines to finished units: load each file (source), read it with the reader
 * for its rendering (pdftext, webtext), merge the renderings into one unit
 * per identity (merge), link footnotes to the units citing them, and
 * attribute every quotation (attrib).  Shared by `evidex-index` (build and
 * --dump), the benchmark and the tests, so that what is dumped is what is
 * indexed.  What it found and what not is tallied in stats.h.
 */
#ifndef EVX_PIPELINE_H
#define EVX_PIPELINE_H

#include <stdio.h>

#include "diag.h"
#include "evx.h"
#include "manifest.h"
#include "stats.h"
#include "tok.h"
#include "unit.h"

/* Calls cb once per distinct report of the manifest, in order of first
 * appearance, with the report id.  cb returns non-zero to stop. */
evx_status evx_pipeline_reports(const evx_manifest *m,
                                int (*cb)(void *ctx, const char *report),
                                void *ctx);

/* What every step of a run shares: the tokenizer, where messages go, and
 * the end-of-run tallies (NULL: nothing is tallied).  All borrowed. */
typedef struct evx_pipeline_ctx {
    evx_tok *tok;
    evx_diag *diag;
    evx_stats *stats;
} evx_pipeline_ctx;

/* A file's coverage below this share (in percent) of its text in units
 * is a warning, as is a file that yields no numbered paragraph. */
#define EVX_PIPELINE_MIN_COVERAGE 80

/* A file more than this share (in percent) of whose words were taken for
 * page furniture (cover, contents, running headers) is a warning too, and
 * counts as short: furniture is left out of the share above, so a reading
 * that took most of a file for it would otherwise look whole. */
#define EVX_PIPELINE_MAX_FURNITURE 50

/* Builds the units of `report` from every manifest entry that belongs to
 * it, appending them to out.  A file that cannot be loaded is an error diag
 * and is passed over (the report's other files still count; the stats
 * count it unread); EVX_NOT_FOUND if no file of the report could be read at
 * all.  Each file read is measured once the report is merged (how much of
 * its text its units hold, see coverage.h) into the stats; a file under
 * EVX_PIPELINE_MIN_COVERAGE or with no numbered paragraph is a warning.
 * EVX_OK, EVX_NOT_FOUND, EVX_NOMEM. */
evx_status evx_pipeline_report(evx_units *out, const evx_manifest *m,
                               const char *report,
                               const evx_pipeline_ctx *ctx);

/* One file outside any manifest (used by `--dump FILE`): where it is, how
 * messages and units name it, its rendering and its report id. */
typedef struct evx_pipeline_input {
    const char *path, *name, *rendering, *report;
} evx_pipeline_input;

/* Reads one file outside any manifest; no merge, but footnotes are linked,
 * quotations attributed and the file measured as in evx_pipeline_report.
 * EVX_OK, EVX_NOT_FOUND, EVX_IO, EVX_PARSE, EVX_NOMEM. */
evx_status evx_pipeline_file(evx_units *out, const evx_pipeline_input *in,
                             const evx_pipeline_ctx *ctx);

/* Guesses a file's rendering from its layout: "html-text" when numbered
 * paragraphs are glued to their number ("234.The"), else "pdf-text". */
const char *evx_pipeline_guess_rendering(const char *path);

#endif /* EVX_PIPELINE_H */
