/*
 * qbench.c - in-process query latency: opens the index once, then runs each
 * query K times through the query library exactly as `evidex` does
 * (evx_qparse_parse + evx_search_run, 10 hits, units read back), timing
 * each run with CLOCK_MONOTONIC.  The first run of each query is a warm-up
 * and is not counted.  Used by bench/run.sh next to the whole-process
 * timings, so process start-up and output can be told apart from search.
 *
 *   evidex-qbench --db ROOT [-k K] [--describe] QUERY...
 *
 * --describe also prints each parsed query as Xapian describes it, on
 * stderr (what a query expands to: acronyms, stems, phrases).
 * Prints one line per query, tab-separated:
 *   query  p50_us  p99_us  min_us  total_matches
 * Exit 0, or 2 with a one-line error.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dbpath.h"
#include "qparse.h"
#include "search.h"
#include "tok.h"
#include "xdb.h"

#define PROG "evidex-qbench"
#define DEFAULT_RUNS 30
#define MAX_RUNS 100000

typedef struct bench {
    evx_db *db;
    evx_tok *tok;
    evx_qparse *qp;
    double *us;   /* one timing per run */
    long runs;
    int describe; /* print each parsed query on stderr */
} bench;

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The value at quantile q (0..1) of sorted v[0..n-1], nearest rank. */
static double quantile(const double *v, long n, double q)
{
    long rank = (long)(q * (double)n + 0.999999);
    if (rank < 1)
        rank = 1;
    if (rank > n)
        rank = n;
    return v[rank - 1];
}

/* One parse + search, as the CLI does for `evidex QUERY`. */
static int run_once(bench *b, const char *text, unsigned long *total)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 0, NULL};
    char *msg = NULL;
    evx_status st = evx_qparse_parse(b->qp, text, strlen(text), &q);
    if (st) {
        fprintf(stderr, PROG ": %s: %s\n", text, evx_qparse_errmsg(b->qp));
        return -1;
    }
    st = evx_search_run(&hits, b->db, q, &p, &msg);
    if (st)
        fprintf(stderr, PROG ": %s: %s\n", text,
                msg ? msg : evx_status_str(st));
    *total = hits.total;
    free(msg);
    evx_hits_free(&hits);
    evx_query_free(q);
    return st ? -1 : 0;
}

/* Prints the parsed text on stderr, as Xapian describes it. */
static void describe(bench *b, const char *text)
{
    evx_query *q = NULL;
    char *d = NULL;
    if (evx_qparse_parse(b->qp, text, strlen(text), &q) == EVX_OK &&
        evx_query_describe(q, &d) == EVX_OK)
        fprintf(stderr, "%s\t%s\n", text, d);
    free(d);
    evx_query_free(q);
}

static int bench_query(bench *b, const char *text)
{
    unsigned long total = 0;
    if (b->describe)
        describe(b, text);
    if (run_once(b, text, &total)) /* warm-up */
        return -1;
    for (long i = 0; i < b->runs; i++) {
        double t0 = now_us();
        if (run_once(b, text, &total))
            return -1;
        b->us[i] = now_us() - t0;
    }
    qsort(b->us, (size_t)b->runs, sizeof *b->us, cmp_double);
    printf("%s\t%.0f\t%.0f\t%.0f\t%lu\n", text, quantile(b->us, b->runs, 0.5),
           quantile(b->us, b->runs, 0.99), b->us[0], total);
    return 0;
}

static int open_bench(bench *b, const char *db_opt)
{
    char *root = NULL, *gen = NULL, *msg = NULL;
    int rc = -1;
    if (evx_dbpath_root(&root, db_opt) || evx_dbpath_current(&gen, root)) {
        fprintf(stderr, PROG ": no index at %s\n", root ? root : "(none)");
        goto done;
    }
    if (evx_db_open(&b->db, gen, EVX_DB_READ, &msg)) {
        fprintf(stderr, PROG ": %s: %s\n", gen, msg ? msg : "cannot open");
        goto done;
    }
    if (evx_tok_new(&b->tok) || evx_qparse_new(&b->qp, b->db, b->tok)) {
        fputs(PROG ": cannot set up the tokenizer or parser\n", stderr);
        goto done;
    }
    rc = 0;
done:
    free(root);
    free(gen);
    free(msg);
    return rc;
}

int main(int argc, char **argv)
{
    bench b = {NULL, NULL, NULL, NULL, DEFAULT_RUNS, 0};
    const char *db_opt = NULL;
    int i = 1, rc = 2;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
            db_opt = argv[++i];
        else if (strcmp(argv[i], "-k") == 0 && i + 1 < argc)
            b.runs = strtol(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--describe") == 0)
            b.describe = 1;
        else
            break;
    }
    if (i >= argc || b.runs < 1 || b.runs > MAX_RUNS) {
        fputs("usage: " PROG " --db ROOT [-k K] QUERY...\n", stderr);
        return 2;
    }
    b.us = malloc((size_t)b.runs * sizeof *b.us);
    if (!b.us || open_bench(&b, db_opt))
        goto done;
    rc = 0;
    for (; i < argc && !rc; i++)
        if (bench_query(&b, argv[i]))
            rc = 2;
done:
    evx_qparse_free(b.qp);
    evx_tok_free(b.tok);
    evx_db_free(b.db);
    free(b.us);
    return rc;
}
