/*
 * test_xdb_lazy.c - evx_db_open_lazy (xdb.h): a stub whose first shard is
 * a side shard without documents (synonyms, spelling, metadata, as
 * evidex's metadata shard) answers every call as evx_db_open does, and a
 * search never opens the side shard.  A stub "meta, s-0, s-1" built per
 * test: 40 documents over the two shards.
 */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xdb.h"

#define N_DOCS 40

static char dir[64];

static evx_db *create(const char *name)
{
    char path[128];
    char *err = NULL;
    evx_db *db = NULL;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    cr_assert_eq(evx_db_open(&db, path, EVX_DB_CREATE, &err), EVX_OK, "%s",
                 err);
    return db;
}

static void add_doc(evx_db *db, int i)
{
    evx_doc *doc = NULL;
    char data[32];

    cr_assert_eq(evx_doc_new(&doc), EVX_OK);
    snprintf(data, sizeof data, "doc %d", i);
    cr_assert_eq(evx_doc_set_data(doc, data, strlen(data)), EVX_OK);
    cr_assert_eq(evx_doc_add_term(doc, "care", 1 + i % 4), EVX_OK);
    if (i % 3 == 0)
        cr_assert_eq(evx_doc_add_term(doc, "workforce", 1 + i % 5), EVX_OK);
    cr_assert_eq(evx_doc_add_term(doc, i % 2 ? "long" : "short", 1 + i % 9),
                 EVX_OK);
    cr_assert_eq(evx_db_replace(db, NULL, doc, NULL), EVX_OK);
    evx_doc_free(doc);
}

static void build(void)
{
    evx_db *meta, *s[2];
    char path[128];
    FILE *f;

    strcpy(dir, "/tmp/evx-lazy-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    meta = create("meta");
    cr_assert_eq(evx_db_set_metadata(meta, "root", "/corpus"), EVX_OK);
    cr_assert_eq(evx_db_add_synonym(meta, "aco", "accountabl care"), EVX_OK);
    cr_assert_eq(evx_db_add_spelling(meta, "workforce", 3), EVX_OK);
    cr_assert_eq(evx_db_commit(meta), EVX_OK);
    evx_db_free(meta);
    s[0] = create("s-0");
    s[1] = create("s-1");
    for (int i = 0; i < N_DOCS; i++)
        add_doc(s[i % 2], i);
    for (int k = 0; k < 2; k++) {
        cr_assert_eq(evx_db_commit(s[k]), EVX_OK);
        evx_db_free(s[k]);
    }
    snprintf(path, sizeof path, "%s/XAPIANDB", dir);
    cr_assert_not_null(f = fopen(path, "w"));
    fputs("auto meta\nauto s-0\nauto s-1\n", f);
    fclose(f);
}

static void teardown(void)
{
    char cmd[96];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    cr_expect_eq(system(cmd), 0);
}

TestSuite(xdb_lazy, .init = build, .fini = teardown);

/* The hits of "care OR workforce" as "data score" lines, and the count. */
static void answers(evx_db *db, char *out, size_t size)
{
    evx_query *t[2], *q = NULL;
    evx_results *r = NULL;
    evx_search_opts o;
    size_t n = 0;

    cr_assert_eq(evx_query_term(&t[0], "care", 1, 0), EVX_OK);
    cr_assert_eq(evx_query_term(&t[1], "workforce", 1, 0), EVX_OK);
    cr_assert_eq(evx_query_combine(&q, EVX_Q_OR, t, 2, 0), EVX_OK);
    evx_search_opts_init(&o);
    o.limit = N_DOCS;
    cr_assert_eq(evx_db_search(db, q, &o, &r), EVX_OK, "%s",
                 evx_db_errmsg(db));
    n += (size_t)snprintf(out + n, size - n, "%lu\n", evx_results_count(r));
    for (size_t i = 0; i < evx_results_size(r) && n < size; i++)
        n += (size_t)snprintf(out + n, size - n, "%s %.6f\n",
                              evx_results_data(r, i, NULL),
                              evx_results_score(r, i));
    evx_results_free(r);
    evx_query_free(q);
    evx_query_free(t[0]);
    evx_query_free(t[1]);
}

static int collect(void *ctx, const char *s)
{
    strcat(ctx, s);
    strcat(ctx, ";");
    return 0;
}

/* Metadata, synonyms and spelling as one string. */
static void side_answers(evx_db *db, char *out)
{
    char *v = NULL;

    out[0] = '\0';
    cr_assert_eq(evx_db_get_metadata(db, "root", &v), EVX_OK);
    strcat(out, v);
    free(v);
    cr_assert_eq(evx_db_synonyms(db, "aco", collect, out), EVX_OK);
    cr_assert_eq(evx_db_suggest(db, "workforse", 2, &v), EVX_OK);
    strcat(out, v);
    free(v);
}

Test(xdb_lazy, answers_as_the_whole_stub)
{
    static char a[8192], b[8192];
    char sa[256], sb[256];
    evx_db *whole = NULL, *lazy = NULL;
    char *err = NULL;
    unsigned long n = 0;

    cr_assert_eq(evx_db_open(&whole, dir, EVX_DB_READ, &err), EVX_OK, "%s", err);
    cr_assert_eq(evx_db_open_lazy(&lazy, dir, "meta", &err), EVX_OK, "%s", err);
    answers(whole, a, sizeof a);
    answers(lazy, b, sizeof b);
    cr_expect_str_eq(b, a);
    cr_assert_eq(evx_db_doc_count(lazy, &n), EVX_OK);
    cr_expect_eq(n, N_DOCS);
    side_answers(whole, sa);
    side_answers(lazy, sb);
    cr_expect_str_eq(sb, sa);
    cr_expect_str_eq(sb, "/corpus" "accountabl care;" "workforce");
    evx_db_free(whole);
    evx_db_free(lazy);
}

Test(xdb_lazy, a_search_never_opens_the_side_shard)
{
    static char a[8192], b[8192];
    char moved[128], orig[128];
    evx_db *lazy = NULL;
    char *err = NULL, *v = NULL;

    cr_assert_eq(evx_db_open_lazy(&lazy, dir, "meta", &err), EVX_OK, "%s", err);
    answers(lazy, a, sizeof a);
    /* the side shard gone: searching still works, reading it fails */
    snprintf(orig, sizeof orig, "%s/meta", dir);
    snprintf(moved, sizeof moved, "%s/gone", dir);
    cr_assert_eq(rename(orig, moved), 0);
    answers(lazy, b, sizeof b);
    cr_expect_str_eq(b, a);
    cr_expect_neq(evx_db_get_metadata(lazy, "root", &v), EVX_OK);
    cr_expect_null(v);
    cr_expect_str_neq(evx_db_errmsg(lazy), "");
    evx_db_free(lazy);
    cr_assert_eq(rename(moved, orig), 0);
}

Test(xdb_lazy, other_stubs_open_as_evx_db_open)
{
    evx_db *db = NULL;
    char path[128], *err = NULL, *v = NULL;
    FILE *f;

    /* no side shard named first: the stub is opened whole */
    cr_assert_eq(evx_db_open_lazy(&db, dir, "s-1", &err), EVX_OK, "%s", err);
    cr_assert_eq(evx_db_get_metadata(db, "root", &v), EVX_OK);
    cr_expect_str_eq(v, "/corpus");
    free(v);
    evx_db_free(db);
    /* a plain database folder */
    snprintf(path, sizeof path, "%s/s-0", dir);
    cr_assert_eq(evx_db_open_lazy(&db, path, "meta", &err), EVX_OK, "%s", err);
    evx_db_free(db);
    /* a shard that does not open: evx_db_open's error */
    snprintf(path, sizeof path, "%s/XAPIANDB", dir);
    cr_assert_not_null(f = fopen(path, "a"));
    fputs("auto missing\n", f);
    fclose(f);
    cr_expect_neq(evx_db_open_lazy(&db, dir, "meta", &err), EVX_OK);
    cr_expect_null(db);
    cr_expect_not_null(err);
    free(err);
}
