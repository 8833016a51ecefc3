/*
 * pdfextract.h - the text of a report's PDF, ready for the pdf-text reader.
 *
 * Runs poppler's pdftotext (Debian package poppler-utils) in its default
 * reading-order mode, `pdftotext -enc UTF-8 -eol unix -- PATH -`, as a
 * child process started with posix_spawnp (no shell: the path is one
 * argument and is never interpreted).  Its stdout is the text (pages end
 * in a form feed); its stderr is kept for the message when it fails.  A
 * separate process keeps a crash or a runaway loop in poppler on a hostile
 * PDF out of the indexer: the child is killed after a time limit or when
 * its text passes a size cap, and a crash is one error for one file.
 *
 * The text then goes through the same cleaning as a text file
 * (evx_text_from_memory), so its lines are the lines of the extracted
 * text, not of anything in the PDF.
 */
#ifndef EVX_PDFEXTRACT_H
#define EVX_PDFEXTRACT_H

#include "diag.h"
#include "evx.h"
#include "source.h"

/* Extracts the text of the PDF at path into *out (free with
 * evx_text_free).  name is how messages and units refer to the file
 * ("corpus/000_x.pdf").  Every failure but the first two adds one error
 * naming the file to diag:
 *   EVX_NOT_FOUND, EVX_IO  the file cannot be opened or read (no message:
 *                          the caller knows where the path came from);
 *   EVX_PARSE   not a PDF; encrypted (a password is needed); damaged
 *               (pdftotext failed, crashed or ran out of time or room);
 *               no text layer (scanned or image-only pages); or the text
 *               is refused by the loader (see evx_text_load);
 *   EVX_BACKEND pdftotext is not installed (the message names
 *               poppler-utils) or could not be started;
 *   EVX_NOMEM.
 * pdftotext's complaints about a PDF it still read become a warning.
 * *out is NULL on failure. */
evx_status evx_pdf_extract(evx_text **out, const char *path, const char *name,
                           evx_diag *diag);

/* 1 if path names a PDF by its extension (".pdf", any case), else 0. */
int evx_pdf_path(const char *path);

#endif /* EVX_PDFEXTRACT_H */
