/*
 * source.h - one corpus file, loaded and made safe to parse.
 *
 * Loading reads the whole file and cleans it without moving lines:
 *   - encoding (decode.h): a UTF-8 byte-order mark is dropped; a file in
 *     UTF-16 or in Windows-1252 / Latin-1 is converted whole to UTF-8, with
 *     one note "converted from <encoding>";
 *   - damage: CRLF and lone CR line ends become LF; NUL bytes become
 *     spaces; each invalid UTF-8 byte left in a UTF-8 file becomes U+FFFD,
 *     reported once per line as a warning naming the file and line;
 *   - Markdown (markdown.h): a file that shows Markdown's marks (a web
 *     page converted by Pandoc) loses them, with one note;
 *   - spelling (charnorm.h): NBSP, narrow NBSP and form feed become a
 *     space, soft hyphens go, Pandoc escapes ("\[") lose the backslash and
 *     straight quotes become curly by context, with one note counting them.
 *     Where a form feed stood, evx_text_page_break says a page starts.
 * Line numbers are those of the file; columns may shift (a converted or
 * rewritten character changes its byte length).  A file that is empty, or
 * is binary (most of its first 64 KiB is NUL or control bytes, or not
 * UTF-8), is refused with EVX_PARSE and a one-line message.  Lines are then
 * addressed by number.
 */
#ifndef EVX_SOURCE_H
#define EVX_SOURCE_H

#include <stddef.h>

#include "diag.h"
#include "evx.h"

typedef struct evx_text evx_text;

/* The most bytes a file is read at: a whole report with its evidence is
 * a few megabytes, and reading a file takes about 26 times its size in
 * memory (a 50 MB file, 1.3 GB), so a larger file (a wrong one, or many
 * joined) is refused rather than left to exhaust the machine; at this
 * size a build stays under 1 GB. */
#define EVX_TEXT_MAX_BYTES ((size_t)32 << 20)

/* Loads path.  name is how messages and units refer to it (the corpus
 * relative path, "corpus/000_x.txt").  EVX_OK; EVX_NOT_FOUND; EVX_IO;
 * EVX_PARSE (empty, binary or over EVX_TEXT_MAX_BYTES: the reason is
 * added to diag as an error); EVX_NOMEM.  Free *out with evx_text_free. */
evx_status evx_text_load(evx_text **out, const char *path, const char *name,
                         evx_diag *diag);

/* As evx_text_load, for a data file (the manifest): decoded and repaired,
 * but its characters kept as written (no spelling step), since a file name
 * may hold a straight quote, a backslash or an NBSP. */
evx_status evx_text_load_data(evx_text **out, const char *path,
                              const char *name, evx_diag *diag);

/* As evx_text_load, from len bytes in memory (copied). */
evx_status evx_text_from_memory(evx_text **out, const char *name,
                                const char *data, size_t len, evx_diag *diag);

/* A text of len bytes in memory (copied) that a loaded text was rewritten
 * into (a reader's layout of it): already decoded, repaired and spelt, so
 * only split into lines; it has no page breaks of its own.  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_text_from_loaded(evx_text **out, const char *name,
                                const char *data, size_t len);

/* A copy of t in which each run of blanks (spaces, tabs) inside a line,
 * after its first character that is not one, is one space, as a browser
 * shows HTML; lines and page breaks (mid-line ones too) as in t.  *out is NULL when t has no
 * such run (t itself reads the same).  EVX_OK or EVX_NOMEM.  Free *out with
 * evx_text_free. */
evx_status evx_text_single_spaced(const evx_text *t, evx_text **out);

/* A copy of t with lines first..last (1-based, inclusive) left empty and
 * the page breaks on them dropped; other lines, their numbers and page
 * breaks as in t.  EVX_OK; EVX_INVALID (first < 1 or last < first); EVX_NOMEM.  Free
 * *out with evx_text_free. */
evx_status evx_text_blank_lines(const evx_text *t, size_t first, size_t last,
                                evx_text **out);

/* The last line holding anything but blanks, 0 if none (or t NULL). */
size_t evx_text_last_line(const evx_text *t);

/* Frees; NULL is a no-op. */
void evx_text_free(evx_text *t);

/* The name given at load (borrowed). */
/* How many of the file's lines had invalid UTF-8 or NUL bytes replaced
 * (each warned of): what they held is not read. */
size_t evx_text_damaged(const evx_text *t);

const char *evx_text_name(const evx_text *t);

/* Number of lines (a final line without LF counts). */
size_t evx_text_lines(const evx_text *t);

/* Line number lineno (1-based), without its LF; *len gets its length.
 * Borrowed until evx_text_free.  NULL if lineno is out of range. */
const char *evx_text_line(const evx_text *t, size_t lineno, size_t *len);

/* 1 if a form feed started line lineno (only spaces before it on the
 * line), preceded it (only spaces after it on the line before) or stands
 * inside it with text on both sides: a page of a PDF extraction starts
 * there.  0 otherwise, or out of range. */
int evx_text_page_break(const evx_text *t, size_t lineno);

/* A copy of t in which each page that starts in mid-line (a form feed
 * with text on both sides of it, "… 3\fRail ticketing reform", as a
 * script joining pypdf's pages writes) starts a line of its own, with
 * its page break; t's other page breaks are on the lines they moved to.
 * The copy holds t's bytes, a line end for each such form feed's space,
 * and knows where its lines were in t (evx_text_split_where).  *out is
 * NULL when t has no such form feed.  EVX_OK or EVX_NOMEM.  Free *out
 * with evx_text_free. */
evx_status evx_text_split_pages(const evx_text *t, evx_text **out);

/* The line and byte column (*file_line, *file_col) in the text that
 * evx_text_split_pages made t from of byte column col of t's line
 * lineno.  col < 1 is a line's end: given back as it is where the line
 * ends where the file's does, else as the column of its last byte.  A
 * text that is no such copy, or a place outside it, maps to itself. */
void evx_text_split_where(const evx_text *t, long lineno, long col,
                          long *file_line, long *file_col);

/* The byte column in the file itself of byte column col of line lineno
 * of the text: the same where the text holds the file's bytes, else
 * counted back through its rewriting (a straight quote made curly, a
 * Windows-1252 character made UTF-8), as an editor that opens the file
 * counts; col as it is for a text whose marks were removed. */
long evx_text_file_col(const evx_text *t, size_t lineno, long col);

/* The whole cleaned text (NUL-terminated) and its length. */
const char *evx_text_data(const evx_text *t, size_t *len);

#endif /* EVX_SOURCE_H */
