/*
 * serve_main.c - `evidex serve [--listen ADDR] [--db PATH] [--threads N]`:
 * reads the options, starts the server (serve.h), prints its URL and
 * waits for SIGINT or SIGTERM, then stops it cleanly (requests under way
 * finish).  The signals are blocked before the server's threads start, so
 * only sigwait here receives them.
 */
#define _POSIX_C_SOURCE 200809L

#include "serve.h"

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROG "evidex serve"

static const char usage_text[] =
    "Usage: evidex serve [--listen HOST:PORT] [--db PATH] [--threads N]\n"
    "\n"
    "A local web page over the index: search with facets, who said it,\n"
    "quote checking, units and speakers, and a JSON API (/api/search,\n"
    "/api/who, /api/check, /api/speakers, /api/unit/ID).  Read-only.\n"
    "\n"
    "  --listen ADDR  where to listen (default 127.0.0.1:8080; port 0 picks\n"
    "                 a free one; :PORT listens on every interface)\n"
    "  --db PATH      index folder (as for evidex)\n"
    "  --threads N    worker threads (default 4)\n"
    "  -h, --help     this help\n"
    "\n"
    "Stops on Ctrl-C (SIGINT) or SIGTERM.\n";

static const struct option long_options[] = {
    {"listen", required_argument, NULL, 'L'},
    {"db", required_argument, NULL, 'D'},
    {"threads", required_argument, NULL, 'T'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}};

/* 0 parsed, -1 help printed, 2 error. */
static int parse(evx_serve_opts *o, int argc, char **argv)
{
    int opt;
    char *end;

    opterr = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
        switch (opt) {
        case 'L': o->listen = optarg; break;
        case 'D': o->db = optarg; break;
        case 'T':
            o->threads = (unsigned)strtoul(optarg, &end, 10);
            if (*end || o->threads < 1 || o->threads > 64) {
                fprintf(stderr, PROG ": --threads needs 1 to 64\n");
                return 2;
            }
            break;
        case 'h': fputs(usage_text, stdout); return -1;
        default:
            fprintf(stderr, PROG ": unknown option '%s'; see evidex serve "
                            "--help\n", argv[optind - 1]);
            return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, PROG ": unexpected '%s'; see evidex serve --help\n",
                argv[optind]);
        return 2;
    }
    return 0;
}

int evx_serve_main(int argc, char **argv)
{
    evx_serve_opts o;
    evx_server *s = NULL;
    sigset_t sigs;
    char *msg = NULL;
    int rc, sig;

    memset(&o, 0, sizeof o);
    if ((rc = parse(&o, argc, argv)) != 0)
        return rc < 0 ? 0 : rc;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);
    if (evx_serve_start(&s, &o, &msg)) {
        fprintf(stderr, PROG ": %s\n", msg ? msg : "cannot start");
        free(msg);
        return 2;
    }
    printf("evidex: serving %s (Ctrl-C stops)\n", evx_serve_url(s));
    fflush(stdout);
    sigwait(&sigs, &sig);
    fprintf(stderr, PROG ": stopping (%s)\n",
            sig == SIGINT ? "SIGINT" : "SIGTERM");
    evx_serve_stop(s);
    return 0;
}
