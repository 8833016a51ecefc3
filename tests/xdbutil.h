/*
 * xdbutil.h - a temporary directory for a test database and the calls
 * every test of the Xapian wrapper makes, for tests/test_xdb.c and
 * tests/test_xdb_files.c (header only: every helper is static inline, so
 * a file may use a few).
 */
#ifndef EVX_XDBUTIL_H
#define EVX_XDBUTIL_H

#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "xdb.h"

static char tmpdir[64];  /* the test's directory, removed after it */
static char dbdir[128];  /* tmpdir/db */

/* A new temporary directory for the test (a suite's .init). */
static inline void setup_dir(void)
{
    strcpy(tmpdir, "/tmp/evx-xdb-XXXXXX");
    cr_assert_not_null(mkdtemp(tmpdir));
    snprintf(dbdir, sizeof dbdir, "%s/db", tmpdir);
}

/* Removes the test's directory (a suite's .fini). */
static inline void teardown_dir(void)
{
    tu_rm_tree(tmpdir);
}

/* dbdir opened read-only; the test fails if it cannot be. */
static inline evx_db *open_read(void)
{
    evx_db *db = NULL;
    char *err = NULL;
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_READ, &err), EVX_OK, "%s", err);
    cr_assert_not_null(db);
    return db;
}

/* The query for term t (the caller frees it). */
static inline evx_query *term(const char *t)
{
    evx_query *q = NULL;
    cr_assert_eq(evx_query_term(&q, t, 1, 0), EVX_OK);
    return q;
}

/* The results of q over db (the caller frees them). */
static inline evx_results *search(evx_db *db, evx_query *q,
                                  const evx_search_opts *o)
{
    evx_results *r = NULL;
    evx_status st = evx_db_search(db, q, o, &r);
    cr_assert_eq(st, EVX_OK, "%s: %s", evx_status_str(st), evx_db_errmsg(db));
    return r;
}

#endif /* EVX_XDBUTIL_H */
