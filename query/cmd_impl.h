/*
 * cmd_impl.h - what the command files (cmd_*.c) share and nothing else
 * includes: the session's fields, and helpers to parse a query, run it,
 * and print a hit in the chosen format through the output sink.  The
 * contract for callers is cmd.h.
 */
#ifndef EVX_CMD_IMPL_H
#define EVX_CMD_IMPL_H

#include <stddef.h>

#include "buf.h"
#include "cmd.h"
#include "qparse.h"
#include "search.h"
#include "snippet.h"
#include "tok.h"
#include "unit.h"
#include "xdb.h"

struct evx_cmd {
    evx_db *db;         /* borrowed */
    evx_tok *tok;
    evx_qparse *qp;
    char *cwd;          /* NULL: vimgrep paths absolute */
    char *root;         /* EVX_META_ROOT, or NULL */
    int root_read;      /* root was looked up (on the first hit that
                           needs it: metadata may sit in a shard not
                           opened yet, see evx_db_open_lazy) */
    evx_buf err;        /* last failure */
    /* the command running */
    const evx_cmd_opts *o;
    const evx_out *out;
    evx_buf buf;        /* output being built */
    int found_exact;    /* the last search's count was exact */
};

/* The words to highlight in a hit. */
typedef struct evx_cmd_words {
    evx_qword *w;
    size_t n;
} evx_cmd_words;

/* How a hit of `who` or `check` matched: exact matches may be cited,
 * the others are marked and never cited. */
typedef enum evx_cmd_match {
    EVX_MATCH_NONE,  /* a search hit: no such claim */
    EVX_MATCH_EXACT,
    EVX_MATCH_UNQUOTED, /* the words, but not as anyone's quotation: listed
                           (-l), marked, never cited */
    EVX_MATCH_OTHER  /* ranked, near: printed marked, never cited or listed */
} evx_cmd_match;

/* One hit to print; everything borrowed. */
typedef struct evx_cmd_hit {
    unsigned rank;
    double score;
    const evx_unit *unit;
    const evx_cmd_words *words; /* NULL: nothing to highlight */
    const char *extra_json;     /* NULL, or members "k":v,... */
    evx_cmd_match match;
    const char *mark;           /* vimgrep: "[ranked] " before the text */
    const evx_units *quotations; /* cite: the unit's quotations, or NULL */
} evx_cmd_hit;

/* Starts a command: remembers its options and sink, clears the message. */
void evx_cmd_begin(evx_cmd *c, const evx_cmd_opts *o, const evx_out *out);

/* Sets the session's message; returns st. */
evx_status evx_cmd_fail(evx_cmd *c, evx_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Sends one formatted diagnostic line to the sink's note. */
void evx_cmd_note(evx_cmd *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Writes what c->buf holds to the sink and empties it. */
void evx_cmd_flush(evx_cmd *c);

/* Parses text with the query language into *q.  EVX_PARSE/EVX_INVALID with
 * "query error: ..." as the message; EVX_NOMEM. */
evx_status evx_cmd_parse(evx_cmd *c, const char *text, evx_query **q);

/* "Did you mean: ..." as a note when text, read as a search query, has
 * words the index lacks and the corrected query finds something, and
 * more than text does unless the command found nothing (found): never a
 * correction that finds less.  Parses text again, so call it after the
 * words of the command's own parse are used. */
void evx_cmd_did_you_mean(evx_cmd *c, const char *text, unsigned long found);

/* The parser's positive words (after evx_cmd_parse), for highlighting;
 * free w->w. */
evx_status evx_cmd_parser_words(evx_cmd *c, evx_cmd_words *w);

/* The text's words combined with op: EVX_Q_PHRASE of plain terms, or
 * EVX_Q_OR of stems.  *out is NULL when the text has no word.  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_cmd_words_query(evx_cmd *c, evx_query **out, const char *text,
                               evx_query_op op);

/* *q filtered by the boolean term prefix+value (*q is replaced). */
evx_status evx_cmd_filter_term(evx_query **q, const char *prefix,
                               const char *value);

/* *q filtered by f (NULL: unchanged; *q is replaced, f is not freed). */
evx_status evx_cmd_filter(evx_query **q, const evx_query *f);

/* Runs q: ranked hits from offset, at most limit, in the order the options
 * ask; counted exactly when count is non-zero.  Message on failure. */
typedef struct evx_cmd_run_opts {
    unsigned offset;
    unsigned limit;
    int count;
    int merge_restated; /* a recommendation and its paragraph: one hit */
    const evx_query *rerank; /* NULL, or the page's boost (search.h) */
} evx_cmd_run_opts;
evx_status evx_cmd_run(evx_cmd *c, const evx_query *q,
                       const evx_cmd_run_opts *r, evx_hits *hits);

/* Prints one hit in the options' format.  Returns 1 if it was printed,
 * 0 if the format leaves it out (a match other than exact under --cite,
 * a ranked or near one under -l). */
int evx_cmd_emit(evx_cmd *c, const evx_cmd_hit *h);

/* Prints the count (-c): "N" or {"format_version":1,"count":N}. */
void evx_cmd_put_count(evx_cmd *c, unsigned long n);

/* The unit id the text names, its unit in *u and docid in *docid (may be
 * NULL): "show needs one unit id" (EVX_INVALID) for empty text; a note and
 * EVX_NOT_FOUND for no such unit. */
evx_status evx_cmd_unit_arg(evx_cmd *c, evx_unit **u, evx_docid *docid,
                            const char *cmd);

/* Splits the text of `who` and `check` into its field filters (parsed
 * into *filter, NULL when there are none) and the words to match (*words,
 * malloc'd).  Errors as evx_cmd_parse. */
evx_status evx_cmd_split(evx_cmd *c, const char *text, evx_query **filter,
                         char **words);

#endif /* EVX_CMD_IMPL_H */
