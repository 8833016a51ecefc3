/*
 * test_xdb_files.c - the Xapian wrapper's database files: opening one
 * that is missing, not a database or garbage; a second writer locked out;
 * a reader whose revision a rebuild recycled; compacting one database and
 * merging several.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"
#include "xdb.h"
#include "xdbutil.h"

/* ---- error paths -------------------------------------------------------- */

TestSuite(xdb_errors, .init = setup_dir, .fini = teardown_dir);
TestSuite(xdb_files, .init = setup_dir, .fini = teardown_dir);

Test(xdb_errors, missing_database_read_only)
{
    evx_db *db = (evx_db *)1;
    char *err = NULL;
    char path[192];
    snprintf(path, sizeof path, "%s/nothing-here", tmpdir);
    cr_assert_eq(evx_db_open(&db, path, EVX_DB_READ, &err), EVX_NOT_FOUND);
    cr_assert_null(db);
    cr_assert_not_null(err);
    cr_assert(strstr(err, "nothing-here") != NULL, "%s", err);
    free(err);
    cr_assert_eq(evx_db_open(&db, NULL, EVX_DB_READ, NULL), EVX_INVALID);
}

Test(xdb_errors, regular_file_is_not_a_database)
{
    char path[192];
    snprintf(path, sizeof path, "%s/file", tmpdir);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("not a database\n", f);
    fclose(f);
    evx_db *db = NULL;
    char *err = NULL;
    evx_status st = evx_db_open(&db, path, EVX_DB_READ, &err);
    cr_assert_neq(st, EVX_OK);
    cr_assert_null(db);
    cr_assert_not_null(err);
    free(err);
    err = NULL;
    st = evx_db_open(&db, path, EVX_DB_CREATE, &err);
    cr_assert_neq(st, EVX_OK);
    cr_assert_null(db);
    free(err);
}

Test(xdb_errors, garbage_in_database_dir)
{
    cr_assert_eq(mkdir(dbdir, 0755), 0);
    const char *names[] = {"iamglass", "postlist.glass", "termlist.glass"};
    for (size_t i = 0; i < 3; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", dbdir, names[i]);
        FILE *f = fopen(path, "w");
        cr_assert_not_null(f);
        for (int k = 0; k < 100; k++)
            fputs("garbage \x01\x02\xff ", f);
        fclose(f);
    }
    evx_db *db = NULL;
    char *err = NULL;
    evx_status st = evx_db_open(&db, dbdir, EVX_DB_READ, &err);
    cr_assert(st == EVX_CORRUPT || st == EVX_BACKEND, "%s: %s",
              evx_status_str(st), err ? err : "");
    cr_assert_null(db);
    free(err);
}

Test(xdb_errors, second_writer_is_locked_out)
{
    evx_db *db = NULL;
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_CREATE, NULL), EVX_OK);
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        evx_db *other = NULL;
        char *err = NULL;
        evx_status st = evx_db_open(&other, dbdir, EVX_DB_CREATE, &err);
        int ok = st == EVX_LOCKED && other == NULL && err &&
                 strstr(err, "locked") != NULL;
        free(err);
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert(WIFEXITED(status));
    cr_assert_eq(WEXITSTATUS(status), 0, "child did not see EVX_LOCKED");
    /* readers are not blocked by the writer */
    cr_assert_eq(evx_db_commit(db), EVX_OK);
    evx_db *reader = open_read();
    evx_db_free(reader);
    evx_db_free(db);
    /* and once the writer is gone, a new one gets in */
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_CREATE, NULL), EVX_OK);
    evx_db_free(db);
}

/* Fills a database big enough that rewriting it three times recycles the
 * blocks a reader opened earlier is still looking at. */
static void rewrite_all(evx_db *w, const char *word, char fill)
{
    char data[301];
    memset(data, fill, 300);
    data[300] = '\0';
    for (int i = 1; i <= 3000; i++) {
        evx_doc *doc = NULL;
        char id[32], t[32];
        snprintf(id, sizeof id, "Qd%d", i);
        snprintf(t, sizeof t, "t%d", i);
        cr_assert_eq(evx_doc_new(&doc), EVX_OK);
        cr_assert_eq(evx_doc_add_term(doc, word, 1), EVX_OK);
        cr_assert_eq(evx_doc_add_term(doc, t, 1), EVX_OK);
        cr_assert_eq(evx_doc_set_data(doc, data, 300), EVX_OK);
        cr_assert_eq(evx_db_replace(w, id, doc, NULL), EVX_OK);
        evx_doc_free(doc);
    }
    cr_assert_eq(evx_db_commit(w), EVX_OK);
}

Test(xdb_errors, reader_reopens_after_rebuild_under_it)
{
    evx_db *w = NULL;
    cr_assert_eq(evx_db_open(&w, dbdir, EVX_DB_CREATE, NULL), EVX_OK);
    rewrite_all(w, "old", 'o');
    evx_db *r = open_read();
    for (int round = 0; round < 3; round++)
        rewrite_all(w, "new", 'n');
    /* the reader's revision is gone: Xapian raises DatabaseModifiedError,
     * the wrapper reopens and retries, and sees the new revision */
    evx_query *q = term("t150");
    evx_results *res = search(r, q, NULL);
    cr_assert_eq(evx_results_size(res), 1);
    size_t len = 0;
    const char *d = evx_results_data(res, 0, &len);
    cr_assert_eq(len, 300);
    cr_assert_eq(d[0], 'n');
    evx_results_free(res);
    evx_query_free(q);
    evx_db_free(r);
    evx_db_free(w);
}

static int count_synonym(void *ctx, const char *synonym)
{
    (void)synonym;
    ++*(int *)ctx;
    return 0;
}

Test(xdb_files, compact_keeps_documents_synonyms_and_metadata)
{
    evx_db *db = NULL;
    char *err = NULL, dst[128], *value = NULL;
    unsigned long n = 0;
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_OVERWRITE, &err), EVX_OK, "%s", err);
    for (int i = 0; i < 50; i++) {
        evx_doc *doc = NULL;
        cr_assert_eq(evx_doc_new(&doc), EVX_OK);
        cr_assert_eq(evx_doc_add_posting(doc, "hello", 1, 1), EVX_OK);
        cr_assert_eq(evx_db_replace(db, NULL, doc, NULL), EVX_OK);
        evx_doc_free(doc);
    }
    cr_assert_eq(evx_db_add_synonym(db, "aco", "accountabl care organis"), EVX_OK);
    cr_assert_eq(evx_db_set_metadata(db, "k", "v"), EVX_OK);
    cr_assert_eq(evx_db_commit(db), EVX_OK);
    evx_db_free(db);

    snprintf(dst, sizeof dst, "%s/compacted", tmpdir);
    cr_assert_eq(evx_db_compact(dbdir, dst, &err), EVX_OK, "%s", err);
    db = NULL;
    cr_assert_eq(evx_db_open(&db, dst, EVX_DB_READ, &err), EVX_OK, "%s", err);
    cr_assert_eq(evx_db_doc_count(db, &n), EVX_OK);
    cr_expect_eq(n, 50);
    cr_assert_eq(evx_db_get_metadata(db, "k", &value), EVX_OK);
    cr_expect_str_eq(value, "v");
    free(value);
    int found = 0;
    cr_assert_eq(evx_db_synonyms(db, "aco", count_synonym, &found), EVX_OK);
    cr_expect_eq(found, 1);
    evx_db_free(db);

    /* No database to compact: a status and a message, no exception. */
    snprintf(dst, sizeof dst, "%s/nothing-here", tmpdir);
    cr_expect_eq(evx_db_compact(dst, dbdir, &err), EVX_NOT_FOUND);
    cr_expect_not_null(err);
    free(err);
}

/* A scratch database of n documents, each with term, a synonym of its
 * own and the metadata "k" = value. */
static void scratch_db(const char *path, int n, const char *term,
                       const char *synonym, const char *value)
{
    evx_db *db = NULL;
    char *err = NULL;
    cr_assert_eq(evx_db_open(&db, path, EVX_DB_SCRATCH_NEW, &err), EVX_OK, "%s", err);
    for (int i = 0; i < n; i++) {
        evx_doc *doc = NULL;
        cr_assert_eq(evx_doc_new(&doc), EVX_OK);
        cr_assert_eq(evx_doc_add_posting(doc, term, 1, 1), EVX_OK);
        char id[32];
        snprintf(id, sizeof id, "Q%s%d", term, i);
        cr_assert_eq(evx_db_add(db, id, doc, NULL), EVX_OK);
        evx_doc_free(doc);
    }
    cr_assert_eq(evx_db_add_synonym(db, "aco", synonym), EVX_OK);
    cr_assert_eq(evx_db_set_metadata(db, "k", value), EVX_OK);
    cr_assert_eq(evx_db_commit(db), EVX_OK);
    evx_db_free(db);
}

/* Several databases compacted into one (the build's merge of its workers'
 * scratch databases): every document and synonym, the first's metadata,
 * and a missing source named. */
Test(xdb_files, compact_many_merges_databases)
{
    char a[160], b[160], dst[160], *err = NULL, *value = NULL;
    evx_db *db = NULL;
    unsigned long n = 0;
    snprintf(a, sizeof a, "%s/a", tmpdir);
    snprintf(b, sizeof b, "%s/b", tmpdir);
    snprintf(dst, sizeof dst, "%s/merged", tmpdir);
    scratch_db(a, 30, "alpha", "accountabl care organis", "first");
    scratch_db(b, 20, "beta", "alt care org", "second");
    const char *src[] = {a, b};
    cr_assert_eq(evx_db_compact_many(src, 2, dst, &err), EVX_OK, "%s", err);
    cr_assert_eq(evx_db_open(&db, dst, EVX_DB_READ, &err), EVX_OK, "%s", err);
    cr_assert_eq(evx_db_doc_count(db, &n), EVX_OK);
    cr_expect_eq(n, 50);
    cr_assert_eq(evx_db_term_freq(db, "alpha", &n), EVX_OK);
    cr_expect_eq(n, 30);
    cr_assert_eq(evx_db_term_freq(db, "beta", &n), EVX_OK);
    cr_expect_eq(n, 20);
    int found = 0;
    cr_assert_eq(evx_db_synonyms(db, "aco", count_synonym, &found), EVX_OK);
    cr_expect_eq(found, 2);
    cr_assert_eq(evx_db_get_metadata(db, "k", &value), EVX_OK);
    cr_expect_str_eq(value, "first");
    free(value);
    evx_db_free(db);

    /* a source that is not there: named, and nothing written */
    snprintf(b, sizeof b, "%s/not-there", tmpdir);
    snprintf(dst, sizeof dst, "%s/merged-2", tmpdir);
    cr_expect_eq(evx_db_compact_many(src, 2, dst, &err), EVX_NOT_FOUND);
    cr_expect_not_null(strstr(err ? err : "", "not-there"), "%s", err);
    free(err);
    cr_expect_neq(access(dst, F_OK), 0, "a failed merge left %s", dst);
    cr_expect_eq(evx_db_compact_many(src, 0, dst, &err), EVX_INVALID);
    free(err);
}
