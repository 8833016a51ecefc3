/*
 * manifest.h - corpus/manifest.tsv: which files make up which report.
 *
 * A tab-separated file with a header line naming the columns (any order):
 *   file  report  title  committee  session  published  rendering  covers
 * file is relative to the manifest's folder; rendering is "pdf-text" or
 * "html-text", or "pdf" for a PDF file (its text is extracted, then read
 * as pdf-text; a file named .pdf is extracted whatever its rendering); covers says which part of the report the file holds ("whole
 * report", "chapter 9").  Lines starting with '#' and blank lines are
 * skipped.  Adding a report is adding its files and lines here.
 */
#ifndef EVX_MANIFEST_H
#define EVX_MANIFEST_H

#include <stddef.h>

#include "diag.h"
#include "evx.h"

typedef struct evx_manifest_entry {
    char *path;      /* path to open: manifest folder + file */
    char *file;      /* name used in units and messages: "corpus/000_x.txt"
                        (the manifest folder's name + "/" + file) */
    char *report;    /* "HC 650"; "HC 650 (2017–19)" when another report of
                        the manifest, of another session, has that number */
    char *number;    /* the report column as written: "HC 650" (NULL:
                        the same as report) */
    char *title;
    char *committee;
    char *session;
    char *published; /* "11 June 2018" */
    char *rendering; /* "pdf-text" | "html-text" | "pdf" */
    char *covers;
    long line;       /* line of the manifest that named it */
} evx_manifest_entry;

typedef struct evx_manifest {
    evx_manifest_entry *entries;
    size_t n;
    size_t unusable; /* data lines skipped as unusable */
    size_t flawed;   /* lines used without a column that is not what it
                        should be (a published date that is none) */
} evx_manifest;

/* Reads DIR/manifest.tsv.  A line with a missing column or an unknown
 * rendering is skipped with a warning naming the manifest line and counted
 * in `unusable` (a build that misses it is partial); a named
 * file that does not exist is kept (its load will report it).  House of
 * Commons numbers start again each session, so lines that give one number
 * to reports of different sessions (by the years of their session
 * column) are different reports: each such line's report is its number
 * and its session's years, "HC 650 (2017–19)", with a warning.  EVX_OK;
 * EVX_NOT_FOUND (no manifest); EVX_PARSE (no header / no usable line);
 * EVX_IO; EVX_NOMEM.  Free with evx_manifest_free. */
evx_status evx_manifest_load(evx_manifest **out, const char *dir,
                             evx_diag *diag);

void evx_manifest_free(evx_manifest *m);

#endif /* EVX_MANIFEST_H */
