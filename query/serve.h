/*
 * serve.h - `evidex serve`: a local web server over the index, for people
 * who edit words rather than code.  Pages (search with facets, who said it
 * and quote checking, one unit, one speaker) and a JSON API (/api/search,
 * /api/who, /api/check, /api/unit/ID, /api/speakers) are both made by the
 * query side's own commands (cmd.h): the API hands back the very JSON
 * objects `evidex --json` prints, and the pages are rendered from them.
 *
 * Read-only and loopback by default.  Requests are bounded (request line,
 * query, no body), URLs that are not valid UTF-8 or hold a NUL or a control
 * character get 400, only the assets compiled into the binary are served,
 * and every page carries a Content-Security-Policy that forbids inline
 * script.  A rebuild of the index (a new `current` generation, dbpath.h)
 * is picked up by the next request, without a restart.
 */
#ifndef EVX_SERVE_H
#define EVX_SERVE_H

#include "evx.h"

/* How to serve; everything borrowed. */
typedef struct evx_serve_opts {
    const char *listen;  /* "127.0.0.1:8080", "[::1]:8080", ":8080" (all
                            interfaces) or NULL for 127.0.0.1:8080; port 0
                            picks a free one */
    const char *db;      /* index root as for --db; NULL: the default */
    unsigned threads;    /* worker threads (and open index sessions);
                            0: 4 */
    unsigned timeout_ms; /* a command running longer is stopped with a
                            message (HTTP 503); 0: 5000 */
} evx_serve_opts;

typedef struct evx_server evx_server;

/* Starts serving in background threads.  EVX_OK; EVX_NOT_FOUND (no index
 * at the root: build one first); EVX_INVALID (a listen address that does
 * not parse); EVX_IO (the address cannot be bound); EVX_BACKEND (the index
 * cannot be opened); EVX_NOMEM.  *errmsg (if not NULL) is a malloc'd
 * one-line message on failure.  *out is NULL on failure. */
evx_status evx_serve_start(evx_server **out, const evx_serve_opts *o,
                           char **errmsg);

/* The port the server listens on (useful after port 0). */
unsigned evx_serve_port(const evx_server *s);

/* The server's base URL, "http://127.0.0.1:8080/"; borrowed. */
const char *evx_serve_url(const evx_server *s);

/* Stops accepting, finishes the requests under way, frees everything.
 * NULL is a no-op. */
void evx_serve_stop(evx_server *s);

/* `evidex serve [--listen ADDR] [--db PATH] [--threads N]`: starts the
 * server, prints its URL, and serves until SIGINT or SIGTERM.  argv[0] is
 * "serve".  Returns the exit status (0, or 2 on error). */
int evx_serve_main(int argc, char **argv);

#endif /* EVX_SERVE_H */
