/*
 * stats.h - the end-of-run report of what a run read: units by type,
 * quotations by speaker kind, paragraph gaps and missing footnote bodies
 * per report, each file's coverage (how much of its text its units hold),
 * and the files that could not be read or fell short.
 *
 * A build's worker processes each keep their own tallies and hand them to
 * the builder through a file (evx_stats_save, evx_stats_load), so that one
 * report is printed for the whole run and stored in the index, whatever
 * the number of workers.  Each report's lines carry its place in the
 * manifest (evx_stats_begin_report), so the listing is in manifest order
 * whichever process read what.
 */
#ifndef EVX_STATS_H
#define EVX_STATS_H

#include <stdio.h>

#include "buf.h"
#include "coverage.h"
#include "diag.h"
#include "evx.h"
#include "unit.h"

typedef struct evx_stats evx_stats;

/* A new, empty accumulator.  EVX_OK or EVX_NOMEM; free with
 * evx_stats_free. */
evx_status evx_stats_new(evx_stats **out);

/* Frees the accumulator; NULL is a no-op. */
void evx_stats_free(evx_stats *st);

/* What follows belongs to the report at place seq of the manifest (its
 * lines are listed in that order).  Until called, everything is place 0,
 * listed in the order added. */
void evx_stats_begin_report(evx_stats *st, size_t seq);

/* Tallies one report's finished units: by type, quotations by speaker
 * kind, its paragraph numbers and gaps, its footnote bodies found and
 * missing (listed one by one for the first reports only). */
void evx_stats_add_units(evx_stats *st, const evx_units *units);

/* Tallies one file read and measured (r), listed by name for the first
 * files only; is_short counts it among the files that fell short. */
void evx_stats_add_file(evx_stats *st, const char *name,
                        const evx_coverage_result *r, int is_short);

/* Counts one file that could not be read at all. */
void evx_stats_add_unread(evx_stats *st);

/* Files named by the manifest (or on the command line) that could not be
 * read at all. */
size_t evx_stats_unread(const evx_stats *st);

/* Files counted short by evx_stats_add_file. */
size_t evx_stats_short(const evx_stats *st);

/* Writes the end-of-run report to f, lines prefixed by prog: units by
 * type, quotations by speaker kind, paragraph gaps and missing footnote
 * bodies per report, per file "FILE: N% of its text in units (W of V
 * words; F words of page furniture)" and its largest unplaced stretches,
 * then the diag messages (warnings and errors; notes too if verbose). */
void evx_stats_print(const evx_stats *st, const evx_diag *diag, FILE *f,
                     const char *prog, int verbose);

/* The stats as a JSON object (for the index metadata) appended to b. */
void evx_stats_json(const evx_stats *st, evx_buf *b);

/* Writes every tally and listed line of st to f, for evx_stats_load.
 * EVX_OK or EVX_IO. */
evx_status evx_stats_save(const evx_stats *st, FILE *f);

/* Reads what evx_stats_save wrote from f and adds it to st.  EVX_OK;
 * EVX_PARSE (f holds something else, or is cut short: st may then hold
 * part of it); EVX_NOMEM. */
evx_status evx_stats_load(evx_stats *st, FILE *f);

#endif /* EVX_STATS_H */
