/*
 * test_search.c - running queries: one hit per identity, exact totals,
 * report order, paging, and a damaged stored unit reported as corrupt.
 */
#include "qp_testdb.h"

#include "qparse.h"
#include "qstem.h"
#include "rank.h"
#include "search.h"

/* p2 and p2-web are two documents of one unit (same identity). */
static const tunit UNITS[] = {
    {"HC650/p3", "paragraph", "HC 650", 3, 1, "integrated care budget",
     NULL, NULL, NULL, 3, NULL},
    {"HC650/p1", "paragraph", "HC 650", 1, 1,
     "integrated care integrated care integrated care", NULL, NULL, NULL, 1,
     NULL},
    {"HC650/p2", "paragraph", "HC 650", 2, 1, "care for patients", NULL,
     NULL, NULL, 2, NULL},
    {"HC650/p2-web", "paragraph", "HC 650", 2, 1, "care for patients online",
     NULL, NULL, NULL, 2, "HC650/p2"},
    {"HC650/p4", "paragraph", "HC 650", 4, 1, "social care services", NULL, NULL,
     NULL, 4, NULL},
};
#define N_UNITS (sizeof UNITS / sizeof UNITS[0])

static tdb T;
static evx_qparse *QP;

static void setup(void)
{
    size_t i;

    tdb_create(&T);
    for (i = 0; i < N_UNITS; i++)
        tdb_add(&T, &UNITS[i], NULL);
    tdb_reopen(&T);
    cr_assert_eq(evx_qparse_new(&QP, T.db, T.tok), EVX_OK);
}

static void teardown(void)
{
    evx_qparse_free(QP);
    tdb_destroy(&T);
}

TestSuite(search, .init = setup, .fini = teardown);

static void run(const char *query, const evx_search_params *p, evx_hits *h)
{
    evx_query *q = NULL;
    char *err = NULL;

    cr_assert_eq(evx_qparse_parse(QP, query, strlen(query), &q), EVX_OK, "%s",
                 evx_qparse_errmsg(QP));
    cr_assert_eq(evx_search_run(h, T.db, q, p, &err), EVX_OK, "%s",
                 err ? err : "");
    cr_assert_null(err);
    evx_query_free(q);
}

Test(search, collapses_one_identity)
{
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 0, NULL};
    evx_hits h;

    run("patients", &p, &h);
    /* The ranked list shows the identity once, and so does the total:
     * the matcher saw every match, so it counted after collapsing.  (A
     * large result set is counted by a pass without collapsing, which is
     * the same in an evidex index: the writer keeps one document per unit
     * id.) */
    cr_expect_eq(h.total, 1);
    cr_assert_eq(h.len, 1);
    cr_expect_eq(h.items[0].rank, 1);
    cr_expect_str_eq(h.items[0].unit->report, "HC 650");
    cr_expect_eq(h.items[0].unit->para, 2);
    evx_hits_free(&h);
}

Test(search, exact_total_beyond_limit)
{
    evx_search_params p = {0, 1, 0, 0, 0, NULL, 0, NULL};
    evx_hits h;

    run("budget OR social OR integrated", &p, &h);
    cr_expect_eq(h.total, 3);
    cr_expect_eq(h.len, 1);
    evx_hits_free(&h);
}

Test(search, no_count_still_ranks)
{
    evx_search_params counted = {0, 2, 0, 0, 0, NULL, 0, NULL}, uncounted = {0, 2, 0, 1, 0, NULL, 0, NULL};
    evx_hits a, b;

    run("budget OR social OR integrated", &counted, &a);
    run("budget OR social OR integrated", &uncounted, &b);
    cr_assert_eq(a.len, 2);
    cr_assert_eq(b.len, 2);
    for (size_t i = 0; i < a.len; i++)
        cr_expect_str_eq(a.items[i].unit->id, b.items[i].unit->id);
    cr_expect_geq(b.total, b.len);
    evx_hits_free(&a);
    evx_hits_free(&b);
}

Test(search, relevance_then_paging)
{
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 0, NULL};
    evx_search_params page = {1, 1, 0, 0, 0, NULL, 0, NULL};
    evx_hits h, h2;

    run("integrated", &p, &h);
    cr_assert_eq(h.len, 2);
    cr_expect_str_eq(h.items[0].unit->id, "HC650/p1");
    cr_expect_gt(h.items[0].score, h.items[1].score);
    run("integrated", &page, &h2);
    cr_assert_eq(h2.len, 1);
    cr_expect_eq(h2.items[0].rank, 2);
    cr_expect_str_eq(h2.items[0].unit->id, h.items[1].unit->id);
    cr_expect_eq(h2.total, 2);
    evx_hits_free(&h);
    evx_hits_free(&h2);
}

Test(search, order_by_document)
{
    evx_search_params p = {0, 10, 1, 0, 0, NULL, 0, NULL};
    evx_hits h;
    size_t i;

    run("care", &p, &h);
    cr_assert_eq(h.len, 4);
    for (i = 0; i < h.len; i++)
        cr_expect_eq(h.items[i].unit->para, (int)i + 1);
    evx_hits_free(&h);
}

Test(search, pure_filter_in_report_order)
{
    evx_search_params p = {0, 10, 1, 0, 0, NULL, 0, NULL};
    evx_hits h;

    run("type:paragraph para:3..4", &p, &h);
    cr_assert_eq(h.len, 2);
    cr_expect_str_eq(h.items[0].unit->id, "HC650/p3");
    cr_expect_str_eq(h.items[1].unit->id, "HC650/p4");
    evx_hits_free(&h);
}

/* A stored record cut short: JSON that does not parse. */
#define BROKEN_RECORD(id) "{\"id\": \"" id "\", \"type\": "

/* The parser over t and text parsed with it into *q. */
static evx_qparse *parse_in(const tdb *t, const char *text, evx_query **q)
{
    evx_qparse *qp = NULL;
    cr_assert_eq(evx_qparse_new(&qp, t->db, t->tok), EVX_OK);
    cr_assert_eq(evx_qparse_parse(qp, text, strlen(text), q), EVX_OK);
    return qp;
}

/* Searching q with p over db fails: a record is unreadable. */
static void expect_unreadable(evx_db *db, const evx_query *q,
                              const evx_search_params *p)
{
    evx_hits h = {NULL, 0, 0};
    char *err = NULL;
    cr_expect_eq(evx_search_run(&h, db, q, p, &err), EVX_CORRUPT);
    cr_assert_not_null(err);
    cr_expect(strstr(err, "unreadable") != NULL, "%s", err);
    cr_expect_eq(h.len, 0);
    cr_expect_null(h.items);
    free(err);
}

Test(search, corrupt_unit_data)
{
    tdb t;
    evx_query *q = NULL;
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 0, NULL};
    tunit bad = {"HC650/p9", "paragraph", "HC 650", 9, 1, "broken unit",
                 NULL, NULL, NULL, 9, NULL};

    tdb_create(&t);
    tdb_add(&t, &bad, BROKEN_RECORD("HC650/p9"));
    tdb_reopen(&t);
    evx_qparse *qp = parse_in(&t, "broken", &q);
    expect_unreadable(t.db, q, &p);
    evx_query_free(q);
    evx_qparse_free(qp);
    tdb_destroy(&t);
}

/* A topic search (merge_restated) reads a spare of hits past its page and
 * ranks them by their values, so a record it does not show is not read:
 * twelve units with "widget", the weakest of them unreadable, answer a
 * page of ten and refuse a page of twelve. */
Test(search, a_topic_search_reads_only_the_records_it_shows)
{
    tdb t;
    evx_query *q = NULL;
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 1, NULL};
    evx_hits h = {NULL, 0, 0};
    char *err = NULL, ids[12][32];
    tunit u = {NULL, "paragraph", "HC 650", 0, 1, "widget widget", NULL, NULL,
               NULL, 0, NULL};
    tunit weak = {"HC650/p12", "paragraph", "HC 650", 12, 1,
                  "widget among many other words that make it long and so "
                  "weigh it below the eleven before it in this report",
                  NULL, NULL, NULL, 12, NULL};

    tdb_create(&t);
    for (int i = 0; i < 11; i++) {
        snprintf(ids[i], sizeof ids[i], "HC650/p%d", i + 1);
        u.id = ids[i];
        u.para = i + 1;
        u.order = i + 1;
        tdb_add(&t, &u, NULL);
    }
    tdb_add(&t, &weak, BROKEN_RECORD("HC650/p12"));
    tdb_reopen(&t);
    evx_qparse *qp = parse_in(&t, "widget", &q);
    cr_assert_eq(evx_search_run(&h, t.db, q, &p, &err), EVX_OK, "%s", err);
    cr_expect_eq(h.len, 10);
    cr_expect_eq(h.total, 12);
    for (size_t i = 0; i < h.len; i++) {
        cr_expect_str_neq(h.items[i].unit->id, "HC650/p12");
        cr_expect_str_eq(h.items[i].unit->text, "widget widget",
                         "hit %zu is its record, not its key", i);
    }
    evx_hits_free(&h);
    p.limit = 12;
    expect_unreadable(t.db, q, &p);
    evx_query_free(q);
    evx_qparse_free(qp);
    tdb_destroy(&t);
}

Test(search, too_wide_wildcard_at_search_time)
{
    evx_query *q = NULL;
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 0, NULL};
    evx_hits h;
    char *err = NULL;

    /* Built directly, past the parser's own check: search says so too. */
    cr_assert_eq(evx_query_wildcard(&q, "ca", 1), EVX_OK);
    cr_expect_eq(evx_search_run(&h, T.db, q, &p, &err), EVX_OK);
    evx_hits_free(&h);
    evx_query_free(q);
    cr_assert_eq(evx_query_wildcard(&q, "s", 1), EVX_OK);
    cr_expect_eq(evx_search_run(&h, T.db, q, &p, &err), EVX_INVALID);
    cr_assert_not_null(err);
    cr_expect(strstr(err, "too many terms") != NULL, "%s", err);
    free(err);
    evx_query_free(q);
}

Test(search, hits_free_null_is_noop)
{
    evx_hits h = {NULL, 0, 0};

    evx_hits_free(&h);
    evx_hits_free(NULL);
    cr_expect_eq(h.len, 0);
}

/* ---- proximity reorders a page (query/rerank.h) ------------------------- */

/* Both have "care" and "costs" once; the first is shorter (BM25 ranks it
 * higher) with the words far apart, the second has them side by side. */
static const tunit NEAR_UNITS[] = {
    {"HC9/p1", "paragraph", "HC 9", 1, 1,
     "care was given to many people in the towns and villages across the "
     "region at costs", NULL, NULL, NULL, 1, NULL},
    {"HC9/p2", "paragraph", "HC 9", 2, 1,
     "the care costs were given to many people in the towns and villages "
     "across the whole region here", NULL, NULL, NULL, 2, NULL},
    {"HC9/p3", "paragraph", "HC 9", 3, 1, "care homes", NULL, NULL, NULL, 3,
     NULL},
};

/* A test database of units u[0..n) and a parser over it. */
static void setup_units(const tunit *u, size_t n)
{
    tdb_create(&T);
    for (size_t i = 0; i < n; i++)
        tdb_add(&T, &u[i], NULL);
    tdb_reopen(&T);
    cr_assert_eq(evx_qparse_new(&QP, T.db, T.tok), EVX_OK);
}

static void near_setup(void)
{
    setup_units(NEAR_UNITS, sizeof NEAR_UNITS / sizeof NEAR_UNITS[0]);
}

TestSuite(rerank, .init = near_setup, .fini = teardown);

/* Runs query with (or without) the parser's proximity boost. */
static void run_boosted(const char *query, evx_search_params *p, int boost,
                        evx_hits *h)
{
    evx_query *q = NULL;
    char *err = NULL;

    cr_assert_eq(evx_qparse_parse(QP, query, strlen(query), &q), EVX_OK);
    p->rerank = boost ? evx_qparse_rerank(QP) : NULL;
    cr_assert_eq(evx_search_run(h, T.db, q, p, &err), EVX_OK, "%s",
                 err ? err : "");
    evx_query_free(q);
}

Test(rerank, adjacent_words_move_a_unit_up_within_its_page)
{
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 1, NULL};
    evx_hits plain, boosted;

    run_boosted("care costs", &p, 0, &plain);
    cr_assert_eq(plain.len, 3);
    cr_expect_str_eq(plain.items[0].unit->id, "HC9/p1"); /* the premise */
    run_boosted("care costs", &p, 1, &boosted);
    cr_assert_eq(boosted.len, 3);
    cr_expect_str_eq(boosted.items[0].unit->id, "HC9/p2");
    cr_expect_str_eq(boosted.items[1].unit->id, "HC9/p1");
    cr_expect_eq(boosted.items[0].rank, 1);
    cr_expect_eq(boosted.items[1].rank, 2);
    cr_expect_gt(boosted.items[0].score, boosted.items[1].score);
    evx_hits_free(&plain);
    evx_hits_free(&boosted);
}

/* The boost reorders fixed blocks of EVX_RERANK_BLOCK hits, whatever the
 * page: pages of one hit cut the order a page of ten shows (a page of one
 * had been its own block, so that the unit the boost put first on a page
 * of ten was second when paged one by one). */
Test(rerank, every_page_size_cuts_one_order)
{
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 1, NULL};
    evx_hits all, h;

    run_boosted("care costs", &p, 1, &all);
    cr_assert_eq(all.len, 3);
    p.limit = 1;
    for (unsigned k = 0; k < 3; k++) {
        p.offset = k;
        run_boosted("care costs", &p, 1, &h);
        cr_assert_eq(h.len, 1);
        cr_expect_str_eq(h.items[0].unit->id, all.items[k].unit->id);
        cr_expect_eq(h.items[0].rank, k + 1);
        evx_hits_free(&h);
    }
    evx_hits_free(&all);
}

Test(rerank, only_adjacent_content_words_make_a_boost)
{
    evx_query *q = NULL;

    cr_assert_eq(evx_qparse_parse(QP, "care costs", 10, &q), EVX_OK);
    cr_expect_not_null(evx_qparse_rerank(QP));
    evx_query_free(q);
    cr_assert_eq(evx_qparse_parse(QP, "care", 4, &q), EVX_OK);
    cr_expect_null(evx_qparse_rerank(QP));
    evx_query_free(q);
    /* A function word between the two breaks the pair. */
    cr_assert_eq(evx_qparse_parse(QP, "costs of care", 13, &q), EVX_OK);
    cr_expect_null(evx_qparse_rerank(QP));
    evx_query_free(q);
    /* Words under NOT make none. */
    cr_assert_eq(evx_qparse_parse(QP, "homes -(care costs)", 19, &q), EVX_OK);
    cr_expect_null(evx_qparse_rerank(QP));
    evx_query_free(q);
}

/* ---- a quotation weighs less in a topic search (query/rank.h) ----------- */

/* The quotation holds its paragraph's words, in fewer of them: BM25 alone
 * ranks it first (the paragraph is longer than the length units are
 * normalised against, lib/impact.h; the quotation shorter). */
static const tunit QUOTE_UNITS[] = {
    {"HC8/p1", "paragraph", "HC 8", 1, 1,
     "the witnesses said that tendering rules hinder partnership working "
     "between hospitals and councils across the region, and several of them "
     "described how a contract let for three years at a time leaves a "
     "community service unable to plan its staffing, to keep the nurses it "
     "has trained, or to agree with the local authority who will pay for "
     "the care a patient needs after leaving hospital; others thought the "
     "law was applied more strictly than it requires, because commissioners "
     "fear a challenge from providers who lost a contract",
     NULL, NULL, NULL, 1, NULL},
    {"HC8/p1/q1", "quotation", "HC 8", 1, 1,
     "tendering rules hinder partnership working", "Jane Roe", NULL, "Q12", 2,
     NULL},
};

static void quote_setup(void)
{
    setup_units(QUOTE_UNITS, sizeof QUOTE_UNITS / sizeof QUOTE_UNITS[0]);
}

TestSuite(types, .init = quote_setup, .fini = teardown);

/* The quotation, short and all of the words, would outrank its
 * paragraph at full weight; its stored weights are a share of a
 * paragraph's (impact.h), so in any search, topic or not, the paragraph
 * comes first, by a score Xapian works out itself. */
Test(types, a_paragraph_outranks_its_quotation_in_a_topic_search)
{
    evx_search_params plain = {0, 10, 0, 0, 0, NULL, 0, NULL};
    evx_search_params topic = {0, 10, 0, 0, 0, NULL, 1, NULL};
    evx_hits a, b;

    run("tendering rules partnership", &plain, &a);
    cr_assert_eq(a.len, 2);
    cr_expect_str_eq(a.items[0].unit->id, "HC8/p1");
    run("tendering rules partnership", &topic, &b);
    cr_assert_eq(b.len, 2);
    cr_expect_str_eq(b.items[0].unit->id, "HC8/p1");
    cr_expect_eq(b.items[0].rank, 1);
    cr_expect_eq(b.items[1].rank, 2);
    cr_expect_float_eq(b.items[1].score, a.items[1].score, 1e-9);
    cr_expect_lt(b.items[1].score, b.items[0].score);
    evx_hits_free(&a);
    evx_hits_free(&b);
}

/* ---- heading context: not for a word that heads a tenth of all units ---- */

/* Twenty units with "care" in their text; "care" heads five of them (a
 * quarter), "budget" one (a twentieth). */
static void heading_setup(void)
{
    tdb_create(&T);
    for (int i = 0; i < 20; i++) {
        evx_doc *doc = NULL;
        char id[32];
        snprintf(id, sizeof id, "QHC9/p%d", i + 1);
        cr_assert_eq(evx_doc_new(&doc), EVX_OK);
        cr_assert_eq(evx_doc_add_posting(doc, "care", 1, 1), EVX_OK);
        cr_assert_eq(evx_doc_add_term(doc, EVX_PREFIX_STEM "care", 1), EVX_OK);
        cr_assert_eq(evx_doc_add_posting(doc, "budget", 2, 1), EVX_OK);
        cr_assert_eq(evx_doc_add_term(doc, EVX_PREFIX_STEM "budget", 1), EVX_OK);
        if (i < 5)
            cr_assert_eq(evx_doc_add_term(doc, EVX_PREFIX_HEADING "care",
                                          EVX_WDF_HEADING), EVX_OK);
        if (i == 0)
            cr_assert_eq(evx_doc_add_term(doc, EVX_PREFIX_HEADING "budget",
                                          EVX_WDF_HEADING), EVX_OK);
        cr_assert_eq(evx_doc_set_data(doc, "{}", 2), EVX_OK);
        cr_assert_eq(evx_db_replace(T.db, id, doc, NULL), EVX_OK);
        evx_doc_free(doc);
    }
    tdb_reopen(&T);
    cr_assert_eq(evx_qparse_new(&QP, T.db, T.tok), EVX_OK);
}

TestSuite(context, .init = heading_setup, .fini = teardown);

Test(context, a_word_heading_more_than_a_tenth_of_the_units_adds_no_context)
{
    evx_query *q = NULL;
    char *d = NULL;

    cr_assert_eq(evx_rank_heading_term(&q, T.db, "care"), EVX_OK);
    cr_expect_null(q, "care heads a quarter of the units");
    cr_assert_eq(evx_rank_heading_term(&q, T.db, "budget"), EVX_OK);
    cr_assert_not_null(q, "budget heads a twentieth of them");
    evx_query_free(q);
    /* without an index to ask, every heading word is context */
    cr_assert_eq(evx_rank_heading_term(&q, NULL, "care"), EVX_OK);
    cr_assert_not_null(q);
    evx_query_free(q);
    /* and so the parser asks for budget's heading match, not care's */
    cr_assert_eq(evx_qparse_parse(QP, "care budget", 11, &q), EVX_OK);
    cr_assert_eq(evx_query_describe(q, &d), EVX_OK);
    cr_expect_not_null(strstr(d, EVX_PREFIX_HEADING "budget"), "%s", d);
    cr_expect_null(strstr(d, EVX_PREFIX_HEADING "care"), "%s", d);
    free(d);
    evx_query_free(q);
}

/* The plain forms of a stem come from the spelling data when it has words
 * that begin so, and from the terms when it has none (this index was
 * written without spelling data). */
Test(context, a_stems_forms_without_spelling_data_come_from_the_terms)
{
    evx_query *q = NULL;
    char *d = NULL;

    cr_assert_eq(evx_qstem_forms(&q, T.db, T.tok, "budget", 1), EVX_OK);
    cr_assert_eq(evx_query_describe(q, &d), EVX_OK);
    cr_expect_not_null(strstr(d, "budget@1"), "%s", d);
    free(d);
    evx_query_free(q);
}

Test(search, a_stems_forms_come_from_the_spelling_data)
{
    evx_query *q = NULL;
    char *d = NULL;

    /* "integrated" stems as "integr"; its forms here: the one word */
    cr_assert_eq(evx_qstem_forms(&q, T.db, T.tok, "integr", 2), EVX_OK);
    cr_assert_eq(evx_query_describe(q, &d), EVX_OK);
    cr_expect_not_null(strstr(d, "integrated@2"), "%s", d);
    free(d);
    evx_query_free(q);
    /* a stem no word of the index has matches nothing */
    cr_assert_eq(evx_qstem_forms(&q, T.db, T.tok, "integument", 2), EVX_OK);
    cr_expect(evx_query_is_empty(q));
    evx_query_free(q);
}
