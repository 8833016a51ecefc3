/*
 * serve_api.c - running a command of cmd.h for a request, and the JSON API
 * of `evidex serve`:
 *
 *   /api/search?q=QUERY&n=10&offset=0&sort=relevance|document
 *   /api/who?q=FRAGMENT   /api/check?q=QUOTATION   /api/speakers?q=QUERY
 *   /api/unit/ID
 *
 * Each answers one JSON object: {"format_version", "command", "query",
 * "total" (the command's count of what it found), "total_exact" (false
 * when total is an estimate: past 10,000 matches), "notes" (its remarks,
 * such as "Did you mean: ..."), "hits": [...]}, where every hit is exactly
 * the object `evidex --json` prints for the same command.  A failure is
 * {"format_version", "command", "query", "error"} with 400 (a malformed
 * query), 404 (no such unit), 503 (too long) or 500.
 */
#define _POSIX_C_SOURCE 200809L

#include "serve_impl.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"

/* ---- running a command -------------------------------------------------- */

typedef struct run_sink {
    evx_serve_result *res;
    const evx_req *r;
} run_sink;

static long elapsed_ms(const evx_req *r)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - r->start.tv_sec) * 1000L +
           (now.tv_nsec - r->start.tv_nsec) / 1000000L;
}

/* Past the time budget, output is dropped: the command is cut short at its
 * next hit and the request answers that it was stopped. */
static void sink_write(void *ctx, const char *data, size_t len)
{
    run_sink *k = ctx;

    if (k->res->timed_out || elapsed_ms(k->r) > (long)k->r->timeout_ms) {
        k->res->timed_out = 1;
        return;
    }
    evx_buf_append(&k->res->lines, data, len);
}

static void sink_note(void *ctx, const char *line)
{
    run_sink *k = ctx;

    evx_buf_puts(&k->res->notes, line);
    evx_buf_putc(&k->res->notes, '\n');
}

static void result_clear(evx_serve_result *res)
{
    evx_buf_clear(&res->lines);
    evx_buf_clear(&res->notes);
    evx_buf_clear(&res->err);
    res->found = 0;
    res->timed_out = 0;
    res->found_exact = 1;
}

/* What is left of the request's budget, in seconds (at least 1 ms, so a
 * request already past it stops at once rather than running unlimited). */
static double budget_left(const evx_req *r)
{
    long left = (long)r->timeout_ms - elapsed_ms(r);

    return left > 1 ? left / 1000.0 : 0.001;
}

/* One attempt; returns non-zero when the session failed in a way a fresh
 * session may not (the index replaced or damaged under it). */
static int run_once(evx_serve_result *res, evx_req *r, evx_serve_cmd_fn fn,
                    const evx_cmd_opts *o)
{
    evx_serve_session *s = NULL;
    run_sink k = {res, r};
    evx_out out = {sink_write, sink_note, &k};

    result_clear(res);
    res->st = evx_serve_pool_acquire(&s, r->pool);
    if (res->st) {
        evx_buf_printf(&res->err, "cannot open the index: %s",
                       evx_status_str(res->st));
        return 1;
    }
    evx_db_set_time_limit(s->db, budget_left(r));
    res->st = fn(&res->found, s->cmd, o, &out);
    res->found_exact = evx_cmd_found_exact(s->cmd);
    if (res->st == EVX_TIMEOUT)
        res->timed_out = 1;
    if (res->st)
        evx_buf_puts(&res->err, *evx_cmd_errmsg(s->cmd)
                                    ? evx_cmd_errmsg(s->cmd)
                                    : evx_status_str(res->st));
    if (!res->timed_out && elapsed_ms(r) > (long)r->timeout_ms)
        res->timed_out = 1;
    evx_serve_pool_release(r->pool, s, res->st == EVX_BACKEND ||
                                           res->st == EVX_CORRUPT);
    return res->st == EVX_BACKEND || res->st == EVX_CORRUPT ||
           res->st == EVX_NOT_FOUND;
}

evx_status evx_serve_run(evx_serve_result *res, evx_req *r,
                         evx_serve_cmd_fn fn, const evx_cmd_opts *o)
{
    if (run_once(res, r, fn, o))
        run_once(res, r, fn, o);
    if (!res->st && (evx_buf_status(&res->lines) ||
                     evx_buf_status(&res->notes)))
        res->st = EVX_NOMEM;
    return res->st;
}

void evx_serve_result_free(evx_serve_result *res)
{
    evx_buf_free(&res->lines);
    evx_buf_free(&res->notes);
    evx_buf_free(&res->err);
}

evx_status evx_serve_json_lines(evx_serve_json_list *out,
                                const evx_serve_result *res)
{
    const char *p = res->lines.len ? evx_buf_str(&res->lines) : "";
    size_t n = 0, cap = 0;

    memset(out, 0, sizeof *out);
    for (const char *s = p; *s; s++)
        cap += *s == '\n';
    out->items = calloc(cap + 1, sizeof *out->items);
    if (!out->items)
        return EVX_NOMEM;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        evx_json *j = NULL;
        if (len && n < cap + 1 && evx_json_parse(&j, p, len, NULL) == EVX_OK)
            out->items[n++] = j;
        p += len + (e != NULL);
    }
    out->n = n;
    return EVX_OK;
}

void evx_serve_json_list_free(evx_serve_json_list *l)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        evx_json_free(l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}

unsigned evx_serve_fail_status(const evx_serve_result *res)
{
    if (res->timed_out)
        return 503;
    if (res->st == EVX_PARSE || res->st == EVX_INVALID)
        return 400;
    return 500;
}

const char *evx_serve_fail_message(const evx_serve_result *res)
{
    if (res->timed_out)
        return "the query ran past the server's time limit and was stopped; "
               "narrow it with more words or a field such as type:paragraph";
    return res->err.len ? evx_buf_str(&res->err) : evx_status_str(res->st);
}

/* ---- the API ------------------------------------------------------------ */

static void api_head(evx_buf *b, const char *command, const char *q)
{
    evx_buf_printf(b, "{\"format_version\":%d,\"command\":",
                   EVX_FORMAT_VERSION);
    evx_json_put_cstr(b, command);
    evx_buf_puts(b, ",\"query\":");
    evx_json_put_cstr(b, q);
}

static void api_error(evx_req *r, unsigned status, const char *command,
                      const char *q, const char *msg)
{
    r->status = status;
    evx_buf_clear(&r->body);
    api_head(&r->body, command, q);
    evx_buf_puts(&r->body, ",\"error\":");
    evx_json_put_cstr(&r->body, msg);
    evx_buf_puts(&r->body, "}\n");
}

/* The notes as a JSON array of strings. */
static void api_notes(evx_buf *b, const evx_buf *notes)
{
    const char *p = notes->len ? evx_buf_str(notes) : "";
    int first = 1;

    evx_buf_puts(b, ",\"notes\":[");
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (!first)
            evx_buf_putc(b, ',');
        evx_json_put_str(b, p, len);
        first = 0;
        p += len + (e != NULL);
    }
    evx_buf_putc(b, ']');
}

/* The command's JSON Lines as the elements of an array. */
static void api_hits(evx_buf *b, const evx_buf *lines)
{
    const char *p = lines->len ? evx_buf_str(lines) : "";
    int first = 1;

    evx_buf_puts(b, ",\"hits\":[");
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len) {
            if (!first)
                evx_buf_putc(b, ',');
            evx_buf_append(b, p, len);
            first = 0;
        }
        p += len + (e != NULL);
    }
    evx_buf_putc(b, ']');
}

typedef struct api_cmd {
    const char *name;
    evx_serve_cmd_fn fn;
    unsigned dflt_limit;
} api_cmd;

static const api_cmd api_cmds[] = {
    {"search", evx_cmd_search, 10},
    {"who", evx_cmd_who, 10},
    {"check", evx_cmd_check, 10},
    {"speakers", evx_cmd_speakers, 10},
};

static void api_answer(evx_req *r, const api_cmd *c, const char *q,
                       const evx_cmd_opts *o)
{
    evx_serve_result res = EVX_SERVE_RESULT_INIT;

    if (evx_serve_run(&res, r, c->fn, o) || res.timed_out) {
        api_error(r, evx_serve_fail_status(&res), c->name, q,
                  evx_serve_fail_message(&res));
    } else if (!res.found && strcmp(c->name, "show") == 0) {
        api_error(r, 404, c->name, q, "no unit with this id");
    } else {
        api_head(&r->body, c->name, q);
        evx_buf_printf(&r->body, ",\"total\":%lu,\"total_exact\":%s",
                       res.found, res.found_exact ? "true" : "false");
        api_notes(&r->body, &res.notes);
        api_hits(&r->body, &res.lines);
        evx_buf_puts(&r->body, "}\n");
    }
    evx_serve_result_free(&res);
}

static void api_command(evx_req *r, const api_cmd *c)
{
    const char *q = evx_req_arg(r, "q"), *sort = evx_req_arg(r, "sort");
    evx_cmd_opts o;

    evx_cmd_opts_init(&o);
    o.format = EVX_OUT_JSON;
    o.text = q ? q : "";
    o.limit = evx_req_uint(r, "n", c->dflt_limit, 100);
    o.limit_set = evx_req_arg(r, "n") != NULL;
    o.offset = evx_req_uint(r, "offset", 0, 100000);
    if (sort && strcmp(sort, "document") == 0)
        o.sort = EVX_SORT_DOCUMENT;
    if (!evx_req_uint_ok(r, "n", 1, 100))
        api_error(r, 400, c->name, q, "n must be a number from 1 to 100");
    else if (!evx_req_uint_ok(r, "offset", 0, 100000))
        api_error(r, 400, c->name, q, "offset must be a number from 0 to 100000");
    else if (sort && strcmp(sort, "document") != 0 && strcmp(sort, "relevance") != 0)
        api_error(r, 400, c->name, q, "sort must be relevance or document");
    else if (c->fn != evx_cmd_speakers && !*o.text)
        api_error(r, 400, c->name, q, "no query given: add ?q=...");
    else if (strlen(o.text) > EVX_SERVE_MAX_QUERY)
        api_error(r, 400, c->name, q, "the query is too long");
    else
        api_answer(r, c, o.text, &o);
}

static void api_unit(evx_req *r, const char *id)
{
    static const api_cmd show = {"show", evx_cmd_show, 1};
    evx_cmd_opts o;

    evx_cmd_opts_init(&o);
    o.format = EVX_OUT_JSON;
    o.text = id;
    if (!*id || strlen(id) > EVX_SERVE_MAX_QUERY)
        api_error(r, 400, "show", id, "give a unit id: /api/unit/HC650/p239");
    else
        api_answer(r, &show, id, &o);
}

int evx_serve_api(evx_req *r)
{
    size_t i;

    if (strncmp(r->path, "/api/", 5) != 0)
        return 0;
    r->type = "application/json; charset=utf-8";
    if (strncmp(r->path, "/api/unit/", 10) == 0) {
        api_unit(r, r->path + 10);
        return 1;
    }
    for (i = 0; i < sizeof api_cmds / sizeof api_cmds[0]; i++) {
        if (strcmp(r->path + 5, api_cmds[i].name) == 0) {
            api_command(r, &api_cmds[i]);
            return 1;
        }
    }
    api_error(r, 404, NULL, NULL,
              "no such API: /api/search, /api/who, /api/check, "
              "/api/speakers, /api/unit/ID");
    return 1;
}
