/*
 * diag.h - what the indexer has to say about its input: warnings that name
 * a file and line (invalid UTF-8, a line the parser could not place, a
 * footnote with no marker) and the end-of-run report.  Nothing the parser
 * meets is dropped silently: whatever it cannot place becomes a diag.
 *
 * A collector owns copies of every message.  The readers add to it; main
 * prints it to stderr, one line each:
 *     evidex-index: warning: corpus/000_x.txt:1234: could not place ...
 */
#ifndef EVX_DIAG_H
#define EVX_DIAG_H

#include <stdio.h>

#include "evx.h"

typedef enum evx_diag_level {
    EVX_DIAG_NOTE,    /* worth knowing (a footnote body lost in extraction) */
    EVX_DIAG_WARNING, /* input damaged or text not placed */
    EVX_DIAG_ERROR    /* a file could not be used at all */
} evx_diag_level;

typedef struct evx_diag evx_diag;

/* A new, empty collector.  EVX_OK or EVX_NOMEM; free with evx_diag_free. */
evx_status evx_diag_new(evx_diag **out);

/* Frees the collector and its messages; NULL is a no-op. */
void evx_diag_free(evx_diag *d);

/* Records a message, on one line and in valid UTF-8 (a byte that starts
 * no character, as a precision like "%.60s" may leave, becomes U+FFFD).
 * file may be NULL; line 0 means "no line".  Messages
 * of a level past its first 10,000 are counted but not kept (a hostile
 * file cannot eat memory; the notes of a large corpus never crowd out a
 * warning or an error).  Out of memory: the message is counted and
 * dropped. */
void evx_diag_add(evx_diag *d, evx_diag_level level, const char *file,
                  long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Messages recorded at this level (kept or not). */
size_t evx_diag_count(const evx_diag *d, evx_diag_level level);

/* Counts n messages of level that were recorded and printed elsewhere
 * (the manifest's, said before the build): the totals include them. */
void evx_diag_count_more(evx_diag *d, evx_diag_level level, size_t n);

/* Number of messages kept. */
size_t evx_diag_len(const evx_diag *d);

/* Message i: its level, file (borrowed, may be NULL), line and text
 * (borrowed).  EVX_INVALID if i is out of range. */
evx_status evx_diag_get(const evx_diag *d, size_t i, evx_diag_level *level,
                        const char **file, long *line, const char **text);

/* Prints every kept message at or above min_level to f, one line each,
 * prefixed by prog, in the order of their reports (evx_diag_begin_report)
 * then as recorded, then for each such level a line saying how many were
 * not kept, if any. */
void evx_diag_print(const evx_diag *d, FILE *f, const char *prog,
                    evx_diag_level min_level);

/* Messages recorded from now on belong to the report at place seq of the
 * manifest: evx_diag_print lists them in that order (then in the order
 * recorded), whichever worker process recorded them.  Until called, 0. */
void evx_diag_begin_report(evx_diag *d, size_t seq);

/* Writes every count and kept message of d to f, for evx_diag_load.
 * EVX_OK or EVX_IO. */
evx_status evx_diag_save(const evx_diag *d, FILE *f);

/* Reads what evx_diag_save wrote from f and adds it to d (counts and
 * messages; past the cap, messages are counted but not kept).  EVX_OK;
 * EVX_PARSE (f holds something else, or is cut short: d may then hold part
 * of it); EVX_NOMEM. */
evx_status evx_diag_load(evx_diag *d, FILE *f);

/* Rewrites the line of every message from index `from` on that names
 * `file`, through map (a reader that read a re-laid copy of the file puts
 * its messages back on the file's own lines). */
void evx_diag_map_lines(evx_diag *d, size_t from, const char *file,
                        long (*map)(void *ctx, long line), void *ctx);

#endif /* EVX_DIAG_H */
