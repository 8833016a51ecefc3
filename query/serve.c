/*
 * serve.c - the HTTP side of `evidex serve` (serve.h), on libmicrohttpd:
 * the listening address, the checks every request passes before any
 * handler sees it, routing to the assets, the API (serve_api.c) and the
 * pages (serve_html.c, serve_pages.c), and the headers every response
 * carries.
 *
 * Checks: the raw request target (seen before libmicrohttpd decodes it) is
 * at most EVX_SERVE_MAX_TARGET bytes, its percent escapes are well formed,
 * and decoded it is valid UTF-8 without NUL or other control characters;
 * else 400.  Only GET and HEAD, and no request body.  libmicrohttpd bounds
 * the request line and headers (a per-connection memory limit) and drops
 * idle connections.
 */
#define _POSIX_C_SOURCE 200809L

#include "serve.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "ascii.h"
#include "dbpath.h"
#include "serve_impl.h"
#include "utf8.h"

#define EVX_SERVE_MAX_TARGET 4096
#define DEFAULT_LISTEN "127.0.0.1:8080"

struct evx_server {
    struct MHD_Daemon *d;
    evx_serve_pool *pool;
    unsigned timeout_ms;
    unsigned port;
    char url[96];
};

/* What the raw request target told us, before any handler runs. */
typedef struct conn_state {
    const char *bad; /* NULL, or why the target is refused (static) */
    unsigned status; /* 400 or 414 with bad */
} conn_state;

/* ---- listening address ------------------------------------------------- */

typedef struct listen_addr {
    struct sockaddr_storage sa;
    int v6;
    char host[64];
    unsigned port;
} listen_addr;

static int parse_port(const char *s, unsigned *port)
{
    char *end;
    unsigned long v;

    if (!*s)
        return -1;
    v = strtoul(s, &end, 10);
    if (*end || v > 65535)
        return -1;
    *port = (unsigned)v;
    return 0;
}

/* "HOST:PORT", "[V6]:PORT" or ":PORT" (every interface). */
static int parse_listen(listen_addr *a, const char *spec)
{
    const char *colon = strrchr(spec, ':');
    size_t hl;

    memset(a, 0, sizeof *a);
    if (!colon || parse_port(colon + 1, &a->port))
        return -1;
    hl = (size_t)(colon - spec);
    if (hl >= 2 && spec[0] == '[' && spec[hl - 1] == ']') {
        spec++;
        hl -= 2;
        a->v6 = 1;
    }
    if (hl >= sizeof a->host)
        return -1;
    memcpy(a->host, spec, hl);
    if (!hl)
        strcpy(a->host, a->v6 ? "::" : "0.0.0.0");
    if (a->v6) {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&a->sa;
        s6->sin6_family = AF_INET6;
        s6->sin6_port = htons((unsigned short)a->port);
        return inet_pton(AF_INET6, a->host, &s6->sin6_addr) == 1 ? 0 : -1;
    } else {
        struct sockaddr_in *s4 = (struct sockaddr_in *)&a->sa;
        s4->sin_family = AF_INET;
        s4->sin_port = htons((unsigned short)a->port);
        return inet_pton(AF_INET, a->host, &s4->sin_addr) == 1 ? 0 : -1;
    }
}

/* ---- the raw request target -------------------------------------------- */

/* Why the target cannot be served, or NULL: it is decoded into a scratch
 * copy and checked as text. */
static const char *target_problem(const char *t, size_t len)
{
    char *d = malloc(len + 1);
    const char *why = NULL;
    size_t i, n = 0;

    if (!d)
        return "out of memory";
    for (i = 0; i < len && !why; i++) {
        if (t[i] != '%') {
            d[n++] = t[i];
            continue;
        }
        int hi = i + 2 < len ? evx_ascii_hexval((unsigned char)t[i + 1]) : -1;
        int lo = i + 2 < len ? evx_ascii_hexval((unsigned char)t[i + 2]) : -1;
        if (hi < 0 || lo < 0)
            why = "malformed percent escape in the URL";
        else
            d[n++] = (char)(hi * 16 + lo);
        i += 2;
    }
    for (i = 0; i < n && !why; i++) {
        unsigned char c = (unsigned char)d[i];
        size_t k = evx_utf8_seqlen(d + i, n - i);
        if (evx_ascii_control(c))
            why = "the URL holds a NUL or control character";
        else if (!k)
            why = "the URL is not valid UTF-8";
        else
            i += k - 1;
    }
    free(d);
    return why;
}

static void *on_target(void *cls, const char *uri, struct MHD_Connection *c)
{
    conn_state *cs = calloc(1, sizeof *cs);
    size_t len = strlen(uri);

    (void)cls;
    (void)c;
    if (!cs)
        return NULL;
    if (len > EVX_SERVE_MAX_TARGET) {
        cs->bad = "the URL is too long";
        cs->status = MHD_HTTP_URI_TOO_LONG;
    } else if ((cs->bad = target_problem(uri, len)) != NULL) {
        cs->status = MHD_HTTP_BAD_REQUEST;
    }
    return cs;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)c;
    (void)toe;
    free(*con_cls);
    *con_cls = NULL;
}

/* ---- responses ---------------------------------------------------------- */

static const char csp[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'";

static enum MHD_Result send_response(struct MHD_Connection *c, unsigned status,
                                     const char *type, evx_buf *body,
                                     int cache)
{
    struct MHD_Response *res;
    enum MHD_Result ok;
    size_t len = body->len;
    char *data = evx_buf_detach(body);

    if (!data)
        return MHD_NO;
    res = MHD_create_response_from_buffer(len, data, MHD_RESPMEM_MUST_FREE);
    if (!res) {
        free(data);
        return MHD_NO;
    }
    MHD_add_response_header(res, "Content-Type", type);
    MHD_add_response_header(res, "Content-Security-Policy", csp);
    MHD_add_response_header(res, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(res, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(res, "X-Frame-Options", "DENY");
    MHD_add_response_header(res, "Cache-Control",
                            cache ? "public, max-age=3600" : "no-store");
    ok = MHD_queue_response(c, status, res);
    MHD_destroy_response(res);
    return ok;
}

static enum MHD_Result send_text(struct MHD_Connection *c, unsigned status,
                                 const char *msg)
{
    evx_buf b = EVX_BUF_INIT;

    evx_buf_printf(&b, "%u %s\n", status, msg);
    return send_response(c, status, "text/plain; charset=utf-8", &b, 0);
}

static enum MHD_Result send_asset(struct MHD_Connection *c, const char *name)
{
    const unsigned char *data;
    const char *type;
    size_t len;
    evx_buf b = EVX_BUF_INIT;

    if (!evx_serve_asset(name, &data, &len, &type))
        return send_text(c, MHD_HTTP_NOT_FOUND, "no such asset");
    evx_buf_append(&b, (const char *)data, len);
    return send_response(c, MHD_HTTP_OK, type, &b, 1);
}

/* ---- requests ----------------------------------------------------------- */

static const char *conn_arg(void *ctx, const char *name)
{
    return MHD_lookup_connection_value(ctx, MHD_GET_ARGUMENT_KIND, name);
}

const char *evx_req_arg(const evx_req *r, const char *name)
{
    return r->arg(r->arg_ctx, name);
}

unsigned evx_req_uint(const evx_req *r, const char *name, unsigned dflt,
                      unsigned max)
{
    const char *s = evx_req_arg(r, name);
    char *end;
    unsigned long v;

    if (!s || *s < '0' || *s > '9')
        return dflt;
    v = strtoul(s, &end, 10);
    return *end || v > max ? dflt : (unsigned)v;
}

int evx_req_uint_ok(const evx_req *r, const char *name, unsigned long least,
                    unsigned long most)
{
    const char *s = evx_req_arg(r, name);
    char *end;
    if (!s)
        return 1;
    if (*s < '0' || *s > '9')
        return 0;
    unsigned long v = strtoul(s, &end, 10);
    return !*end && v >= least && v <= most;
}

static int has_body(struct MHD_Connection *c)
{
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                 "Content-Length");
    const char *te = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                 "Transfer-Encoding");
    return te != NULL || (cl && strcmp(cl, "0") != 0);
}

static enum MHD_Result handle(evx_server *s, struct MHD_Connection *c,
                              const char *url)
{
    evx_req r;
    enum MHD_Result ok;

    if (strncmp(url, "/assets/", 8) == 0)
        return send_asset(c, url + 8);
    memset(&r, 0, sizeof r);
    r.path = url;
    r.arg = conn_arg;
    r.arg_ctx = c;
    r.pool = s->pool;
    r.timeout_ms = s->timeout_ms;
    r.status = MHD_HTTP_OK;
    r.type = "text/html; charset=utf-8";
    clock_gettime(CLOCK_MONOTONIC, &r.start);
    if (!evx_serve_api(&r) && !evx_serve_page(&r)) {
        evx_buf_free(&r.body);
        return send_text(c, MHD_HTTP_NOT_FOUND, "no such page");
    }
    if (evx_buf_status(&r.body)) {
        evx_buf_free(&r.body);
        return send_text(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
    }
    ok = send_response(c, r.status, r.type, &r.body, 0);
    evx_buf_free(&r.body);
    return ok;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c,
                                  const char *url, const char *method,
                                  const char *version, const char *upload,
                                  size_t *upload_size, void **con_cls)
{
    conn_state *cs = *con_cls;

    (void)version;
    (void)upload;
    (void)upload_size;
    if (!cs)
        return send_text(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
    if (cs->bad)
        return send_text(c, cs->status, cs->bad);
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
        return send_text(c, MHD_HTTP_METHOD_NOT_ALLOWED,
                         "read-only: only GET and HEAD");
    if (has_body(c))
        return send_text(c, MHD_HTTP_CONTENT_TOO_LARGE,
                         "a request body is not accepted");
    return handle(cls, c, url);
}

/* ---- start and stop ----------------------------------------------------- */

static evx_status fail_msg(char **errmsg, evx_status st, const char *fmt,
                           const char *arg)
{
    evx_buf b = EVX_BUF_INIT;

    if (errmsg) {
        evx_buf_printf(&b, fmt, arg);
        *errmsg = evx_buf_detach(&b);
    }
    return st;
}

static evx_status open_pool(evx_server *s, const evx_serve_opts *o,
                            char **errmsg)
{
    char *root = NULL, *msg = NULL;
    evx_status st = evx_dbpath_root(&root, o->db);

    if (st)
        return fail_msg(errmsg, st, "cannot find the index folder (%s); "
                                    "give --db PATH", evx_status_str(st));
    st = evx_serve_pool_new(&s->pool, root, o->threads ? o->threads : 4,
                            &msg);
    if (st == EVX_NOT_FOUND)
        fail_msg(errmsg, st, "no index at %s; build it with evidex-index "
                             "--corpus corpus", root);
    else if (st)
        fail_msg(errmsg, st, "cannot open the index: %s",
                 msg ? msg : evx_status_str(st));
    free(msg);
    free(root);
    return st;
}

static evx_status start_daemon(evx_server *s, const listen_addr *a,
                               unsigned threads, char **errmsg)
{
    const union MHD_DaemonInfo *info;

    s->d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
            (a->v6 ? MHD_USE_IPv6 : 0),
        0, NULL, NULL, on_request, s,
        MHD_OPTION_SOCK_ADDR, (const struct sockaddr *)&a->sa,
        MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768,
        MHD_OPTION_CONNECTION_LIMIT, 256u,
        MHD_OPTION_CONNECTION_TIMEOUT, 30u,
        MHD_OPTION_URI_LOG_CALLBACK, on_target, NULL,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL,
        MHD_OPTION_END);
    if (!s->d)
        return fail_msg(errmsg, EVX_IO, "cannot listen on %s (in use, or "
                                        "not an address of this machine)",
                        a->host);
    info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : a->port;
    snprintf(s->url, sizeof s->url, a->v6 ? "http://[%s]:%u/" : "http://%s:%u/",
             a->host, s->port);
    return EVX_OK;
}

evx_status evx_serve_start(evx_server **out, const evx_serve_opts *o,
                           char **errmsg)
{
    evx_server *s;
    listen_addr a;
    unsigned threads = o->threads ? o->threads : 4;
    evx_status st;

    *out = NULL;
    if (errmsg)
        *errmsg = NULL;
    if (parse_listen(&a, o->listen ? o->listen : DEFAULT_LISTEN))
        return fail_msg(errmsg, EVX_INVALID, "cannot read the address '%s': "
                                             "give HOST:PORT",
                        o->listen);
    if (!(s = calloc(1, sizeof *s)))
        return EVX_NOMEM;
    s->timeout_ms = o->timeout_ms ? o->timeout_ms : 5000;
    st = open_pool(s, o, errmsg);
    if (!st)
        st = start_daemon(s, &a, threads, errmsg);
    if (st) {
        evx_serve_stop(s);
        return st;
    }
    *out = s;
    return EVX_OK;
}

unsigned evx_serve_port(const evx_server *s)
{
    return s->port;
}

const char *evx_serve_url(const evx_server *s)
{
    return s->url;
}

void evx_serve_stop(evx_server *s)
{
    if (!s)
        return;
    if (s->d)
        MHD_stop_daemon(s->d);
    evx_serve_pool_free(s->pool);
    free(s);
}
