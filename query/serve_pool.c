/*
 * serve_pool.c - the index sessions of `evidex serve` (serve_impl.h).
 *
 * A Xapian database handle serves one thread at a time, so the server
 * keeps one session (database and command session) per worker thread and
 * lends each to one request.  On every loan the pool resolves `current`
 * (dbpath.h): when a rebuild has switched it, the session closes its old
 * generation and opens the new one, so a rebuild is picked up by the next
 * request without a restart, and a request always runs on one whole
 * generation.
 */
#define _POSIX_C_SOURCE 200809L

#include "serve_impl.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dbpath.h"

struct evx_serve_pool {
    char *root;
    evx_serve_session *s;
    unsigned n;
    pthread_mutex_t lock;
    pthread_cond_t freed;
    /* Per session, while it is busy: whether its thread's CPU clock was
     * read, the clock, and its reading when the thread borrowed it. */
    int *watched;
    clockid_t *clock;
    struct timespec *lent;
    unsigned limit;      /* seconds of CPU a request may use; 0: no watch */
    int watching, quit;  /* the watch thread runs; it is asked to end */
    pthread_cond_t tick; /* wakes the watch thread to end */
    pthread_t watch;
};

/* Seconds from a to b. */
static double seconds_between(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (b->tv_nsec - a->tv_nsec) / 1e9;
}

/* Ends the process if a busy session's thread has used more than the
 * limit since it borrowed it.  Called with the lock held, so no session
 * is given back (and its thread gone) while its clock is read. */
static void check_sessions(const evx_serve_pool *p)
{
    for (unsigned i = 0; i < p->n; i++) {
        struct timespec now;
        if (!p->s[i].busy || !p->watched[i] ||
            clock_gettime(p->clock[i], &now) != 0)
            continue;
        if (seconds_between(&p->lent[i], &now) > p->limit) {
            static const char msg[] = "evidex serve: " EVX_CMD_CPU_STOPPED "\n";
            ssize_t ignored = write(STDERR_FILENO, msg, sizeof msg - 1);
            (void)ignored;
            _exit(2);
        }
    }
}

/* The watch thread: every second, check_sessions, until asked to end. */
static void *watch_main(void *arg)
{
    evx_serve_pool *p = arg;

    pthread_mutex_lock(&p->lock);
    while (!p->quit) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += 1;
        pthread_cond_timedwait(&p->tick, &p->lock, &until);
        if (!p->quit)
            check_sessions(p);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

static void session_close(evx_serve_session *s)
{
    evx_cmd_free(s->cmd);
    evx_db_free(s->db);
    free(s->gen);
    s->cmd = NULL;
    s->db = NULL;
    s->gen = NULL;
}

/* Opens generation gen (taken over) into s. */
static evx_status session_open(evx_serve_session *s, char *gen, char **msg)
{
    evx_status st;

    session_close(s);
    s->gen = gen;
    st = evx_db_open(&s->db, gen, EVX_DB_READ, msg);
    if (!st && (st = evx_db_check_format(s->db)) != EVX_OK && msg)
        *msg = evx_strdup(evx_db_errmsg(s->db));
    if (!st)
        st = evx_cmd_new(&s->cmd, s->db, NULL);
    if (st)
        session_close(s);
    return st;
}

/* Reopens s when `current` no longer names the generation it has open. */
static evx_status session_refresh(evx_serve_session *s, const char *root,
                                  char **msg)
{
    char *gen = NULL;
    evx_status st = evx_dbpath_current(&gen, root);

    if (st)
        return st;
    if (s->gen && s->cmd && strcmp(s->gen, gen) == 0) {
        free(gen);
        return EVX_OK;
    }
    return session_open(s, gen, msg);
}

evx_status evx_serve_pool_new(evx_serve_pool **out, const char *root,
                              unsigned n, char **errmsg)
{
    evx_serve_pool *p = calloc(1, sizeof *p);
    evx_status st = EVX_NOMEM;

    *out = NULL;
    if (!p)
        return EVX_NOMEM;
    p->n = n ? n : 1;
    p->s = calloc(p->n, sizeof *p->s);
    p->watched = calloc(p->n, sizeof *p->watched);
    p->clock = calloc(p->n, sizeof *p->clock);
    p->lent = calloc(p->n, sizeof *p->lent);
    p->root = evx_strdup(root);
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->freed, NULL);
    pthread_cond_init(&p->tick, NULL);
    if (p->s && p->root && p->watched && p->clock && p->lent)
        st = session_refresh(&p->s[0], p->root, errmsg);
    p->limit = evx_cmd_cpu_limit();
    if (!st && p->limit)
        p->watching = pthread_create(&p->watch, NULL, watch_main, p) == 0;
    if (st) {
        evx_serve_pool_free(p);
        return st;
    }
    *out = p;
    return EVX_OK;
}

evx_status evx_serve_pool_acquire(evx_serve_session **out, evx_serve_pool *p)
{
    evx_serve_session *s = NULL;
    evx_status st;
    char *msg = NULL;
    unsigned i;

    *out = NULL;
    pthread_mutex_lock(&p->lock);
    while (!s) {
        for (i = 0; i < p->n && !s; i++)
            if (!p->s[i].busy)
                s = &p->s[i];
        if (!s)
            pthread_cond_wait(&p->freed, &p->lock);
    }
    s->busy = 1;
    i = (unsigned)(s - p->s);
    p->watched[i] = pthread_getcpuclockid(pthread_self(), &p->clock[i]) == 0 &&
                    clock_gettime(p->clock[i], &p->lent[i]) == 0;
    pthread_mutex_unlock(&p->lock);
    /* Opening happens outside the lock: other sessions keep serving. */
    st = session_refresh(s, p->root, &msg);
    free(msg);
    if (st) {
        evx_serve_pool_release(p, s, 1);
        return st;
    }
    *out = s;
    return EVX_OK;
}

void evx_serve_pool_release(evx_serve_pool *p, evx_serve_session *s,
                            int broken)
{
    if (!s)
        return;
    if (broken)
        session_close(s);
    pthread_mutex_lock(&p->lock);
    s->busy = 0;
    pthread_cond_signal(&p->freed);
    pthread_mutex_unlock(&p->lock);
}

void evx_serve_pool_free(evx_serve_pool *p)
{
    unsigned i;

    if (!p)
        return;
    if (p->watching) {
        pthread_mutex_lock(&p->lock);
        p->quit = 1;
        pthread_cond_signal(&p->tick);
        pthread_mutex_unlock(&p->lock);
        pthread_join(p->watch, NULL);
    }
    for (i = 0; p->s && i < p->n; i++)
        session_close(&p->s[i]);
    free(p->s);
    free(p->watched);
    free(p->clock);
    free(p->lent);
    free(p->root);
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->freed);
    pthread_cond_destroy(&p->tick);
    free(p);
}
