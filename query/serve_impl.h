/*
 * serve_impl.h - what the files of `evidex serve` share and nothing else
 * includes (the contract for callers is serve.h): the pool of index
 * sessions, one request and its response, running a command into a
 * buffer, and the handlers of the API (serve_api.c) and of the pages
 * (serve_html.c, serve_pages.c).
 *
 * A request runs on one of the server's worker threads.  It borrows one
 * index session (an open generation and a command session over it) from
 * the pool for as long as it runs; the pool reopens a session whose
 * generation is no longer `current`.  The request's time budget is the
 * session database's time limit (evx_db_set_time_limit), so a search that
 * runs too long is stopped inside Xapian, not merely left unprinted.
 */
#ifndef EVX_SERVE_IMPL_H
#define EVX_SERVE_IMPL_H

#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "cmd.h"
#include "json.h"
#include "xdb.h"

/* ---- sessions ----------------------------------------------------------- */

/* One open index: a generation, its database and a command session. */
typedef struct evx_serve_session {
    char *gen;     /* the generation folder it opened */
    evx_db *db;
    evx_cmd *cmd;
    int busy;
} evx_serve_session;

typedef struct evx_serve_pool evx_serve_pool;

/* A pool of n sessions over the index at root (copied); opens one now to
 * check the index is there.  A watch thread ends the server, with one
 * line on stderr and exit status 2, when a request has used more than
 * evx_cmd_cpu_limit() seconds of its thread's CPU: a loop inside Xapian
 * over a damaged index, which the request's time budget does not see and
 * no thread can be taken out of.  EVX_OK; EVX_NOT_FOUND (no index built);
 * EVX_BACKEND; EVX_NOMEM.  *errmsg malloc'd on failure. */
evx_status evx_serve_pool_new(evx_serve_pool **out, const char *root,
                              unsigned n, char **errmsg);

/* Waits for a free session and makes sure it has the `current`
 * generation open (reopening it if a rebuild switched `current`).
 * EVX_OK; EVX_NOT_FOUND, EVX_BACKEND, EVX_NOMEM (the session is returned
 * to the pool). */
evx_status evx_serve_pool_acquire(evx_serve_session **out, evx_serve_pool *p);

/* Gives a session back; broken non-zero closes it, so that the next use
 * reopens it. */
void evx_serve_pool_release(evx_serve_pool *p, evx_serve_session *s,
                            int broken);

/* Closes every session; NULL is a no-op.  No session may be in use. */
void evx_serve_pool_free(evx_serve_pool *p);

/* ---- one request -------------------------------------------------------- */

/* Reads one query-string argument (NULL when absent); borrowed. */
typedef const char *(*evx_serve_arg_fn)(void *ctx, const char *name);

typedef struct evx_req {
    const char *path;        /* the decoded path, starting "/" */
    evx_serve_arg_fn arg;
    void *arg_ctx;
    evx_serve_pool *pool;
    unsigned timeout_ms;
    struct timespec start;
    /* the response */
    unsigned status;         /* HTTP status; 200 */
    const char *type;        /* Content-Type (static) */
    evx_buf body;
} evx_req;

/* A query-string argument, NULL when absent. */
const char *evx_req_arg(const evx_req *r, const char *name);

/* A numeric argument within [0, max], else dflt. */
unsigned evx_req_uint(const evx_req *r, const char *name, unsigned dflt,
                      unsigned max);

/* Whether parameter name is absent, or a whole number from least to most
 * (a page or a program asking for offset=abc or n=-5 is told, as the
 * command line tells it, not answered with the defaults). */
int evx_req_uint_ok(const evx_req *r, const char *name, unsigned long least,
                    unsigned long most);

/* Longest query text taken (bytes); a longer one is a 400. */
#define EVX_SERVE_MAX_QUERY 1000

/* ---- running a command -------------------------------------------------- */

typedef evx_status (*evx_serve_cmd_fn)(unsigned long *, evx_cmd *,
                                       const evx_cmd_opts *, const evx_out *);

/* What a command wrote. */
typedef struct evx_serve_result {
    evx_buf lines;         /* results (JSON Lines, citations, ...) */
    evx_buf notes;         /* notes, one per line */
    unsigned long found;
    evx_status st;
    evx_buf err;           /* the command's message on failure */
    int timed_out;         /* ran past the request's time budget */
    int found_exact;       /* found is exact, not an estimate ("about") */
} evx_serve_result;

#define EVX_SERVE_RESULT_INIT \
    {EVX_BUF_INIT, EVX_BUF_INIT, 0, EVX_OK, EVX_BUF_INIT, 0, 1}

/* Runs fn with options o on a session from the request's pool, writing
 * into *res (initialised with EVX_SERVE_RESULT_INIT; free it with
 * evx_serve_result_free).  A backend failure closes the session and runs
 * the command once more on a fresh one (an index replaced under it).
 * Returns res->st. */
evx_status evx_serve_run(evx_serve_result *res, evx_req *r,
                         evx_serve_cmd_fn fn, const evx_cmd_opts *o);

/* Frees the buffers of a result. */
void evx_serve_result_free(evx_serve_result *res);

/* Each JSON line of res->lines parsed, in order; *out (free with
 * evx_serve_json_list_free) has n entries.  EVX_OK or EVX_NOMEM; lines
 * that do not parse are skipped. */
typedef struct evx_serve_json_list {
    evx_json **items;
    size_t n;
} evx_serve_json_list;
evx_status evx_serve_json_lines(evx_serve_json_list *out,
                                const evx_serve_result *res);
void evx_serve_json_list_free(evx_serve_json_list *l);

/* The HTTP status and one-line message for a failed result: 400 for a
 * malformed query or argument, 503 for a timeout, else 500. */
unsigned evx_serve_fail_status(const evx_serve_result *res);
const char *evx_serve_fail_message(const evx_serve_result *res);

/* ---- handlers ----------------------------------------------------------- */

/* /api/...: fills the response.  Returns 0 when the path is not an API
 * path. */
int evx_serve_api(evx_req *r);

/* The HTML pages: /, /who, /unit/ID, /speaker/NAME, /speakers.  Returns 0
 * when the path is not a page. */
int evx_serve_page(evx_req *r);

/* Page handlers other than search (serve_pages.c). */
void evx_serve_page_who(evx_req *r);
void evx_serve_page_unit(evx_req *r, const char *id);
void evx_serve_page_speaker(evx_req *r, const char *name);
void evx_serve_page_speakers(evx_req *r);

/* ---- HTML helpers (serve_html.c) ---------------------------------------- */

/* Appends len bytes of s HTML-escaped (& < > " '); control characters
 * other than tab and newline are dropped. */
void evx_html_esc(evx_buf *b, const char *s, size_t len);
void evx_html_escs(evx_buf *b, const char *s);

/* Appends s percent-encoded for a URL query value or path segment. */
void evx_html_url(evx_buf *b, const char *s);

/* The page head (title escaped, the top bar with the search box holding
 * q) and foot. */
void evx_html_open(evx_buf *b, const char *title, const char *q);
void evx_html_close(evx_buf *b);

/* A message box ("error" or "note" class). */
void evx_html_message(evx_buf *b, const char *cls, const char *text);

/* One result card from a hit object of `--json`: its heading, place,
 * speaker line and (when snippet is non-zero) its snippet with the
 * matched words marked.  A null rank is not shown. */
void evx_html_card(evx_buf *b, const evx_json *hit, int snippet);

/* The speaker line of a hit's "speaker" object (format.h's wording: one
 * the report does not name is "speaker not identified", with the evidence
 * cited); 0 when there is no object. */
int evx_html_speaker(evx_buf *b, const evx_json *speaker);

/* A failed result as a page. */
void evx_html_fail(evx_req *r, const evx_serve_result *res, const char *q);

/* ---- assets (generated from query/assets/) ------------------------------ */

/* The built-in asset named name ("style.css"), its bytes and Content-Type;
 * 0 when there is none. */
int evx_serve_asset(const char *name, const unsigned char **data,
                    size_t *len, const char **type);

#endif /* EVX_SERVE_IMPL_H */
