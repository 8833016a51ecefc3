/*
 * test_impact.c - a term's stored weight (lib/impact.h): BM25's
 * term-frequency part for the unit's length, kept to 1/EVX_IMPACT_SCALE,
 * and the wrapper's evx_doc_reweigh, which stores it as the wdf with the
 * term's positions kept; then a search over stored weights scores a term
 * by its stored weight times BM25's idf, reading no document length.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "impact.h"
#include "schema.h"
#include "testutil.h"
#include "xdb.h"

/* BM25's part, written out here from its textbook form. */
static double bm25_part(double wdf, double len)
{
    double normlen = len / EVX_RANK_PIVOT;
    if (normlen < EVX_RANK_MIN_NORMLEN)
        normlen = EVX_RANK_MIN_NORMLEN;
    double k = EVX_RANK_K1 * (1 - EVX_RANK_B + EVX_RANK_B * normlen);
    return (EVX_RANK_K1 + 1) * wdf / (k + wdf);
}

Test(impact, is_bm25s_part_to_a_scale_step)
{
    static const unsigned wdfs[] = {1, 2, 3, 7, 40, 1000};
    static const unsigned long lens[] = {1, 20, 52, 53, 105, 400, 5000, 100000};
    for (size_t i = 0; i < sizeof wdfs / sizeof wdfs[0]; i++)
        for (size_t j = 0; j < sizeof lens / sizeof lens[0]; j++) {
            unsigned s = evx_impact_wdf(wdfs[i], lens[j]);
            double want = bm25_part(wdfs[i], (double)lens[j]);
            cr_expect_leq(fabs(evx_impact_weight(s) - want),
                          0.5 / EVX_IMPACT_SCALE + 1e-12,
                          "wdf %u len %lu: %g, BM25 %g", wdfs[i], lens[j],
                          evx_impact_weight(s), want);
        }
}

Test(impact, orders_as_bm25_and_stays_in_two_bytes)
{
    /* more occurrences weigh more; a longer unit less; short units are
     * all normalised as half the pivot */
    cr_expect_gt(evx_impact_wdf(2, 100), evx_impact_wdf(1, 100));
    cr_expect_lt(evx_impact_wdf(1, 400), evx_impact_wdf(1, 100));
    cr_expect_eq(evx_impact_wdf(1, 10), evx_impact_wdf(1, 50));
    /* below 2^14: two bytes of Xapian's wdf, however many occurrences */
    cr_expect_lt(evx_impact_wdf(4000000, 1), 1u << 14);
    /* a boolean term stays one; a weighted term never becomes one, even
     * in a unit as long as a report */
    cr_expect_eq(evx_impact_wdf(0, 100), 0);
    cr_expect_geq(evx_impact_wdf(1, 50000000), 1);
}

/* ---- stored in an index ------------------------------------------------- */

static char tmpdir[64], dbdir[128];

static void setup(void)
{
    strcpy(tmpdir, "/tmp/evx-impact-XXXXXX");
    cr_assert_not_null(mkdtemp(tmpdir));
    snprintf(dbdir, sizeof dbdir, "%s/db", tmpdir);
}

static void teardown(void)
{
    tu_rm_tree(tmpdir);
}

TestSuite(stored, .init = setup, .fini = teardown);

/* A weigh function for the test: 7 per occurrence, whatever the length,
 * but 1 for a term of 3 or more (lower than its wdf). */
static unsigned weigh7(unsigned wdf, unsigned long len)
{
    (void)len;
    return wdf >= 3 ? 1 : 7 * wdf;
}

static void add(evx_db *db, const char *id, const char *words, unsigned stem_wdf)
{
    evx_doc *doc = NULL;
    char buf[128], *save = NULL;
    unsigned pos = 0;
    cr_assert_eq(evx_doc_new(&doc), EVX_OK);
    snprintf(buf, sizeof buf, "%s", words);
    for (char *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save))
        cr_assert_eq(evx_doc_add_posting(doc, w, ++pos, 1), EVX_OK);
    if (stem_wdf)
        cr_assert_eq(evx_doc_add_term(doc, EVX_PREFIX_STEM "fund", stem_wdf),
                     EVX_OK);
    cr_assert_eq(evx_doc_add_boolean(doc, EVX_PREFIX_TYPE "paragraph"), EVX_OK);
    cr_assert_eq(evx_doc_reweigh(doc, weigh7), EVX_OK);
    cr_assert_eq(evx_doc_set_data(doc, id, strlen(id)), EVX_OK);
    cr_assert_eq(evx_db_replace(db, id, doc, NULL), EVX_OK, "%s", evx_db_errmsg(db));
    evx_doc_free(doc);
}

static evx_query *phrase(const char *a, const char *b)
{
    evx_query *t[2] = {NULL, NULL}, *q = NULL;
    cr_assert_eq(evx_query_term(&t[0], a, 1, 1), EVX_OK);
    cr_assert_eq(evx_query_term(&t[1], b, 1, 2), EVX_OK);
    cr_assert_eq(evx_query_combine(&q, EVX_Q_PHRASE, t, 2, 0), EVX_OK);
    evx_query_free(t[0]);
    evx_query_free(t[1]);
    return q;
}

Test(stored, reweigh_keeps_positions_filters_and_scores_by_the_stored_weight)
{
    evx_db *db = NULL;
    char *err = NULL;
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_OVERWRITE, &err), EVX_OK, "%s", err);
    add(db, "QA", "public health funding falls", 1);  /* stored 7 */
    add(db, "QB", "funding for public health", 2);    /* stored 14 */
    add(db, "QC", "health funding again and again", 3); /* stored 1 */
    add(db, "QD", "no such word here", 0);
    cr_assert_eq(evx_db_commit(db), EVX_OK);
    evx_db_free(db);
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_READ, &err), EVX_OK, "%s", err);

    /* positions survive a higher and a lower wdf: the phrases still match */
    evx_query *q = phrase("public", "health");
    unsigned long n = 0;
    cr_assert_eq(evx_db_count(db, q, &n), EVX_OK);
    cr_expect_eq(n, 2);
    evx_query_free(q);
    q = phrase("again", "and");
    cr_assert_eq(evx_db_count(db, q, &n), EVX_OK);
    cr_expect_eq(n, 1, "a term reweighed below its wdf keeps its positions");
    evx_query_free(q);
    /* the boolean filter is still a filter: every unit has it */
    cr_assert_eq(evx_query_term(&q, EVX_PREFIX_TYPE "paragraph", 1, 0), EVX_OK);
    cr_assert_eq(evx_db_count(db, q, &n), EVX_OK);
    cr_expect_eq(n, 4);
    evx_query_free(q);

    /* scores: the stored weight (14, 7, 1) over the scale, times one idf */
    cr_assert_eq(evx_query_term(&q, EVX_PREFIX_STEM "fund", 1, 0), EVX_OK);
    evx_search_opts o;
    evx_search_opts_init(&o);
    o.impact_scale = 7;
    evx_results *r = NULL;
    cr_assert_eq(evx_db_search(db, q, &o, &r), EVX_OK, "%s", evx_db_errmsg(db));
    cr_assert_eq(evx_results_size(r), 3);
    size_t len = 0;
    cr_expect_str_eq(evx_results_data(r, 0, &len), "QB");
    cr_expect_str_eq(evx_results_data(r, 1, &len), "QA");
    cr_expect_str_eq(evx_results_data(r, 2, &len), "QC");
    double idf = evx_results_score(r, 1); /* 7 / 7 */
    cr_expect_gt(idf, 0);
    cr_expect_float_eq(evx_results_score(r, 0), 2 * idf, 1e-6 * idf);
    cr_expect_float_eq(evx_results_score(r, 2), idf / 7, 1e-6 * idf);
    /* BM25's idf: three of four units hold the term, (4 - 3 + 0.5) /
     * (3 + 0.5) below 2, so Xapian raises it to half of it plus one */
    double tw = (4 - 3 + 0.5) / (3 + 0.5);
    cr_expect_float_eq(idf, log(tw * 0.5 + 1), 1e-6);
    evx_results_free(r);
    evx_query_free(q);
    evx_db_free(db);
}
