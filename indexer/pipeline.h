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

/* What every step of a run shares: the tokenizer, where messages go, and
 * the end-of-run tallies (NULL: nothing is tallied).  All borrowed. */
typedef struct evx_pipeline_stats evx_pipeline_stats;
typedef struct evx_pipeline_ctx {
    evx_tok *tok;
    evx_diag *diag;
    evx_pipeline_stats *stats;
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

/* Tallies units (by type; paragraph numbers and gaps; footnote bodies found
 * and missing) into the stats accumulator st; evx_pipeline_report adds each
 * file's coverage and the files it could not read. */
evx_status evx_pipeline_stats_new(evx_pipeline_stats **out);
void evx_pipeline_stats_free(evx_pipeline_stats *st);
void evx_pipeline_stats_add(evx_pipeline_stats *st, const evx_units *units);

/* Files named by the manifest (or on the command line) that could not be
 * read at all. */
size_t evx_pipeline_stats_unread(const evx_pipeline_stats *st);

/* Files read whose coverage is under EVX_PIPELINE_MIN_COVERAGE, whose
 * furniture is over EVX_PIPELINE_MAX_FURNITURE, or that yield no numbered
 * paragraph. */
size_t evx_pipeline_stats_short(const evx_pipeline_stats *st);

/* Writes the end-of-run report to f, lines prefixed by prog: units by
 * type, paragraph gaps, missing footnote bodies, quotations by speaker kind,
 * per file "FILE: N% of its text in units (W of V words; F words of page
 * furniture)" and its three largest unplaced stretches, then the diag
 * messages (warnings and errors; notes too if verbose). */
void evx_pipeline_stats_print(const evx_pipeline_stats *st,
                              const evx_diag *diag, FILE *f, const char *prog,
                              int verbose);

/* The stats as a JSON object (for the index metadata) appended to b. */
struct evx_buf;
void evx_pipeline_stats_json(const evx_pipeline_stats *st, struct evx_buf *b);

#endif /* EVX_PIPELINE_H */
