/*
 * cmd.h - the commands of `evidex` as functions: search, who, speakers,
 * check, show and similar.  The command-line tool (query/main.c) parses
 * options and calls one of these; another front end (a web page) calls the
 * same functions with its own output sink.
 *
 * A command reads its options (evx_cmd_opts), writes its results through
 * an evx_out sink (text, JSON Lines, vimgrep lines, citations, ids or a
 * count, as the options ask) and its remarks ("no matches", "Did you
 * mean: ...") through the sink's note callback, one line each.  It says
 * how many things it found through *found: 0 is "nothing found" (grep's
 * exit status 1).  A failure (a malformed query, a bad argument, the
 * index) is a status, with its one-line message in evx_cmd_errmsg.
 */
#ifndef EVX_CMD_H
#define EVX_CMD_H

#include <stddef.h>

#include "evx.h"
#include "xdb.h"

typedef enum evx_out_format {
    EVX_OUT_TEXT,    /* human text (colour when opts.color) */
    EVX_OUT_JSON,    /* JSON Lines, schema of format.h */
    EVX_OUT_VIMGREP, /* file:line:col:text */
    EVX_OUT_CITE,    /* Markdown citations, exact matches only */
    EVX_OUT_IDS      /* one unit id (speakers: one key) per line */
} evx_out_format;

typedef enum evx_sort {
    EVX_SORT_RELEVANCE, /* best first (BM25) */
    EVX_SORT_DOCUMENT   /* in report order */
} evx_sort;

/* What a command is asked to do; everything borrowed. */
typedef struct evx_cmd_opts {
    const char *text;      /* query, fragment, quotation or unit id */
    evx_out_format format;
    int color;             /* non-zero: ANSI colour in text output */
    unsigned limit;        /* hits to show */
    int limit_set;         /* non-zero: limit was given (speakers lists all
                              otherwise) */
    unsigned offset;       /* hits to skip */
    int count_only;        /* non-zero: print only the number of matches */
    evx_sort sort;
} evx_cmd_opts;

/* Default options: text, 10 hits, relevance order. */
void evx_cmd_opts_init(evx_cmd_opts *o);

/* Where a command's output goes.  write gets results (whole lines);
 * note gets one diagnostic line without a newline or program name. */
typedef struct evx_out {
    void (*write)(void *ctx, const char *data, size_t len);
    void (*note)(void *ctx, const char *line);
    void *ctx;
} evx_out;

/* Seconds of CPU one command may use before the program running it stops
 * (query/main.c for the command line, serve_pool.c for a request): a
 * command takes milliseconds, and one that runs on is caught in a loop
 * inside Xapian, which a damaged index can cause and which no time limit
 * of ours sees.  EVIDEX_TIMEOUT overrides it; 0 means no limit. */
#define EVX_CMD_CPU_LIMIT 60
#define EVX_CMD_STR_(x) #x
#define EVX_CMD_STR(x) EVX_CMD_STR_(x)

/* What the program says, after its name, when it stops one so. */
#define EVX_CMD_CPU_STOPPED                                                   \
    "stopped: the command used more than its time limit of CPU "             \
    "(EVIDEX_TIMEOUT, " EVX_CMD_STR(EVX_CMD_CPU_LIMIT) " s unless set); the " \
    "index may be damaged: evidex-index --full builds it again"

/* The limit in seconds: EVIDEX_TIMEOUT when it is a whole number up to a
 * day, else EVX_CMD_CPU_LIMIT. */
unsigned evx_cmd_cpu_limit(void);

/* A command session over one index: tokenizer, query parser, the index's
 * corpus location. */
typedef struct evx_cmd evx_cmd;

/* A session over db (borrowed; it must outlive the session); cwd (copied,
 * may be NULL) is where relative paths in vimgrep output start from.
 * EVX_OK; EVX_BACKEND (the stemmer cannot load); EVX_NOMEM. */
evx_status evx_cmd_new(evx_cmd **out, evx_db *db, const char *cwd);

/* Frees the session; NULL is a no-op. */
void evx_cmd_free(evx_cmd *c);

/* The message of the last failed command, one line, "" if none; borrowed
 * until the next command. */
const char *evx_cmd_errmsg(const evx_cmd *c);

/* Non-zero when the count (*found) of the last command is exact; 0 when
 * it is an estimate ("about N"): a search counts its matches exactly up to
 * EVX_SEARCH_COUNT_BOUND (search.h) and estimates past it, unless the
 * options ask for the count alone (count_only), which is always exact. */
int evx_cmd_found_exact(const evx_cmd *c);

/* Each command: EVX_OK (*found: how many matched, 0 for none); EVX_PARSE
 * (a malformed query: the message names the problem and its column);
 * EVX_INVALID (a missing or bad argument, a wildcard too wide);
 * EVX_BACKEND, EVX_CORRUPT, EVX_NOMEM. */

/* Ranked hits for the query in o->text. */
evx_status evx_cmd_search(unsigned long *found, evx_cmd *c,
                          const evx_cmd_opts *o, const evx_out *out);

/* The quotation holding the words of o->text, and who said it; then, marked
 * as not exact, the report's own words or quotations sharing some words.
 * *found counts the units holding the words (quotations or not); only
 * quotations are cited. */
evx_status evx_cmd_who(unsigned long *found, evx_cmd *c,
                       const evx_cmd_opts *o, const evx_out *out);

/* Every speaker with their number of quotations; with a query, the
 * speakers whose quotations match it, best first. */
evx_status evx_cmd_speakers(unsigned long *found, evx_cmd *c,
                            const evx_cmd_opts *o, const evx_out *out);

/* Is the quotation o->text in the report exactly?  If not, the closest
 * passages with the differing words marked.  *found counts exact
 * matches only. */
evx_status evx_cmd_check(unsigned long *found, evx_cmd *c,
                         const evx_cmd_opts *o, const evx_out *out);

/* The unit whose id is o->text, in full. */
evx_status evx_cmd_show(unsigned long *found, evx_cmd *c,
                        const evx_cmd_opts *o, const evx_out *out);

/* The units most like the unit whose id is o->text. */
evx_status evx_cmd_similar(unsigned long *found, evx_cmd *c,
                           const evx_cmd_opts *o, const evx_out *out);

#endif /* EVX_CMD_H */
