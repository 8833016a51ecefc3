/*
 * reader.h - what every reader (pdftext.h, webtext.h) is given beside the
 * text: the report id ("HC 650"), where messages go, and the file's
 * coverage (may be NULL), to which the reader declares the lines it
 * leaves out on purpose (running headers, contents, navigation, parts not
 * indexed), so that the coverage report tells skipped-by-design from
 * unplaced.  All borrowed for the call.  A type only: no functions.
 */
#ifndef EVX_READER_H
#define EVX_READER_H

#include "coverage.h"
#include "diag.h"

typedef struct evx_read_opts {
    const char *report;
    evx_diag *diag;
    evx_coverage *coverage;
} evx_read_opts;

#endif /* EVX_READER_H */
