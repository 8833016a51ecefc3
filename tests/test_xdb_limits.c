/*
 * test_xdb_limits.c - the limits of the Xapian wrapper (xdb.h) that keep a
 * search bounded at scale: a count that is exact up to a bound and an
 * estimate past it (evx_db_count_upto), and a time limit that stops a
 * match (evx_db_set_time_limit, EVX_TIMEOUT).  A database of 3,000
 * documents, each holding "alpha", "beta" or both, built per test.
 */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xdb.h"

#define N_DOCS 3000

static char dir[64];

/* Documents i: "alpha" when i % 3 != 2, "beta" when i % 3 != 0, so
 * alpha OR beta matches all of them and alpha AND beta a third. */
static void build(void)
{
    evx_db *db = NULL;
    char *err = NULL;

    strcpy(dir, "/tmp/evx-limits-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    cr_assert_eq(evx_db_open(&db, dir, EVX_DB_OVERWRITE, &err), EVX_OK, "%s",
                 err);
    for (int i = 0; i < N_DOCS; i++) {
        evx_doc *doc = NULL;
        cr_assert_eq(evx_doc_new(&doc), EVX_OK);
        if (i % 3 != 2)
            cr_assert_eq(evx_doc_add_term(doc, "alpha", 1 + i % 5), EVX_OK);
        if (i % 3 != 0)
            cr_assert_eq(evx_doc_add_term(doc, "beta", 1 + i % 7), EVX_OK);
        cr_assert_eq(evx_db_replace(db, NULL, doc, NULL), EVX_OK);
        evx_doc_free(doc);
    }
    cr_assert_eq(evx_db_commit(db), EVX_OK, "%s", evx_db_errmsg(db));
    evx_db_free(db);
}

static void teardown(void)
{
    char cmd[96];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    cr_expect_eq(system(cmd), 0);
}

TestSuite(xdb_limits, .init = build, .fini = teardown);

static evx_db *open_read(void)
{
    evx_db *db = NULL;
    char *err = NULL;
    cr_assert_eq(evx_db_open(&db, dir, EVX_DB_READ, &err), EVX_OK, "%s", err);
    return db;
}

static evx_query *either(void)
{
    evx_query *a = NULL, *b = NULL, *q = NULL;
    cr_assert_eq(evx_query_term(&a, "alpha", 1, 0), EVX_OK);
    cr_assert_eq(evx_query_term(&b, "beta", 1, 0), EVX_OK);
    evx_query *subs[2] = {a, b};
    cr_assert_eq(evx_query_combine(&q, EVX_Q_OR, subs, 2, 0), EVX_OK);
    evx_query_free(a);
    evx_query_free(b);
    return q;
}

Test(xdb_limits, count_is_exact_up_to_the_bound_then_estimated)
{
    evx_db *db = open_read();
    evx_query *q = either(), *a = NULL, *b = NULL, *both = NULL;
    unsigned long n = 0;
    int exact = -1;

    cr_assert_eq(evx_query_term(&a, "alpha", 1, 0), EVX_OK);
    cr_assert_eq(evx_query_term(&b, "beta", 1, 0), EVX_OK);
    evx_query *subs[2] = {a, b};
    cr_assert_eq(evx_query_combine(&both, EVX_Q_AND, subs, 2, 0), EVX_OK);
    cr_assert_eq(evx_db_count_upto(db, q, 0, &n, &exact), EVX_OK);
    cr_expect_eq(n, N_DOCS);
    cr_expect(exact);
    cr_assert_eq(evx_db_count_upto(db, q, 2 * N_DOCS, &n, &exact), EVX_OK);
    cr_expect_eq(n, N_DOCS);
    cr_expect(exact);
    /* Past the bound the count stops, a thirtieth of the way through, and
     * estimates from the share of the documents it went through: every
     * document matches, so the estimate is close to all of them. */
    cr_assert_eq(evx_db_count_upto(db, q, 100, &n, &exact), EVX_OK);
    cr_expect_not(exact, "counted %lu exactly with a bound of 100", n);
    cr_expect_geq(n, 9 * N_DOCS / 10);
    cr_expect_leq(n, 11 * N_DOCS / 10);
    /* A third of the documents match; stopped past 15 of them, the
     * estimate is about a third. */
    cr_assert_eq(evx_db_count_upto(db, both, 15, &n, &exact), EVX_OK);
    cr_expect_not(exact);
    cr_expect_geq(n, 8 * N_DOCS / 30);
    cr_expect_leq(n, 12 * N_DOCS / 30);
    evx_query_free(a);
    evx_query_free(b);
    evx_query_free(both);
    evx_query_free(q);
    evx_db_free(db);
}

Test(xdb_limits, matches_any_says_whether_anything_matches)
{
    evx_db *db = open_read();
    evx_query *q = either(), *none = NULL;
    int any = -1;

    cr_assert_eq(evx_db_matches_any(db, q, &any), EVX_OK);
    cr_expect(any);
    cr_assert_eq(evx_query_term(&none, "gamma", 1, 0), EVX_OK);
    cr_assert_eq(evx_db_matches_any(db, none, &any), EVX_OK);
    cr_expect_not(any);
    cr_expect_eq(evx_db_matches_any(db, q, NULL), EVX_INVALID);
    evx_query_free(none);
    evx_query_free(q);
    evx_db_free(db);
}

Test(xdb_limits, a_search_past_its_time_limit_is_stopped)
{
    evx_db *db = open_read();
    evx_query *q = either();
    evx_search_opts o;
    evx_results *r = NULL;
    unsigned long n = 0;

    evx_search_opts_init(&o);
    cr_expect_eq(evx_db_set_time_limit(db, -1), EVX_INVALID);
    /* A deadline already past: the match stops at its first check. */
    cr_assert_eq(evx_db_set_time_limit(db, 1e-9), EVX_OK);
    cr_expect_eq(evx_db_search(db, q, &o, &r), EVX_TIMEOUT);
    cr_expect_null(r);
    cr_expect_not_null(strstr(evx_db_errmsg(db), "time limit"), "%s",
                       evx_db_errmsg(db));
    cr_expect_eq(evx_db_count(db, q, &n), EVX_TIMEOUT);
    /* No limit again: the same search answers. */
    cr_assert_eq(evx_db_set_time_limit(db, 0), EVX_OK);
    cr_assert_eq(evx_db_search(db, q, &o, &r), EVX_OK, "%s",
                 evx_db_errmsg(db));
    cr_expect_eq(evx_results_count(r), N_DOCS);
    evx_results_free(r);
    /* A generous limit changes nothing. */
    cr_assert_eq(evx_db_set_time_limit(db, 60), EVX_OK);
    cr_assert_eq(evx_db_count(db, q, &n), EVX_OK);
    cr_expect_eq(n, N_DOCS);
    evx_query_free(q);
    evx_db_free(db);
}
