/*
 * test_xdb.c - the Xapian wrapper: a small database built in a temp dir,
 * reopened read-only and searched every way the query tool does.  Its
 * files (missing, not a database, locked, rebuilt under a reader,
 * compacted) are tests/test_xdb_files.c's.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "schema.h"
#include "testutil.h"
#include "xdb.h"
#include "xdbutil.h"

/* ---- fixture ---------------------------------------------------------- */

struct unit {
    const char *id;    /* also the collapse key unless key is set */
    const char *key;   /* collapse key override */
    const char *type;
    double para;
    const char *text;
};

/* U4 and U5 share a collapse key, as two forms of one unit would. */
static const struct unit UNITS[] = {
    {"U1", NULL, "paragraph", 10, "integrated care systems work well"},
    {"U2", NULL, "paragraph", 20, "care integrated with social services"},
    {"U3", NULL, "quotation", 30, "systems of care are integrated"},
    {"U4", NULL, "paragraph", 40, "the integration of health and social care"},
    {"U5", "U4", "paragraph", 41, "integration of health care"},
};
#define N_UNITS (sizeof UNITS / sizeof UNITS[0])

/* A stand-in stemmer: the first six letters, so "integrated" and
 * "integration" share "Zintegr"-style stems. */
static void add_words(evx_doc *doc, const char *text)
{
    char buf[256];
    strncpy(buf, text, sizeof buf - 1);
    buf[sizeof buf - 1] = '\0';
    unsigned pos = 0;
    for (char *w = strtok(buf, " "); w; w = strtok(NULL, " ")) {
        cr_assert_eq(evx_doc_add_posting(doc, w, ++pos, 1), EVX_OK);
        char stem[16];
        snprintf(stem, sizeof stem, "Z%.6s", w);
        cr_assert_eq(evx_doc_add_term(doc, stem, 1), EVX_OK);
    }
}

static evx_doc *make_doc(const struct unit *u, const char *data)
{
    evx_doc *doc = NULL;
    char term[64];
    cr_assert_eq(evx_doc_new(&doc), EVX_OK);
    add_words(doc, u->text);
    snprintf(term, sizeof term, EVX_PREFIX_TYPE "%s", u->type);
    cr_assert_eq(evx_doc_add_boolean(doc, term), EVX_OK);
    const char *key = u->key ? u->key : u->id;
    cr_assert_eq(evx_doc_set_value(doc, EVX_SLOT_IDENTITY, key, strlen(key)), EVX_OK);
    cr_assert_eq(evx_doc_set_number(doc, EVX_SLOT_PARA, u->para), EVX_OK);
    cr_assert_eq(evx_doc_set_data(doc, data, strlen(data)), EVX_OK);
    return doc;
}

static void build(void)
{
    evx_db *db = NULL;
    char *err = NULL;
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_OVERWRITE, &err), EVX_OK, "%s", err);
    cr_assert_eq(evx_db_begin(db), EVX_OK);
    for (size_t i = 0; i < N_UNITS; i++) {
        char id[32], data[64];
        snprintf(id, sizeof id, "Q%s", UNITS[i].id);
        snprintf(data, sizeof data, "{\"id\":\"%s\"}", UNITS[i].id);
        evx_doc *doc = make_doc(&UNITS[i], data);
        evx_docid did = 0;
        cr_assert_eq(evx_db_replace(db, id, doc, &did), EVX_OK, "%s", evx_db_errmsg(db));
        cr_assert_gt(did, 0);
        evx_doc_free(doc);
    }
    cr_assert_eq(evx_db_set_metadata(db, EVX_META_FORMAT, EVX_INDEX_FORMAT), EVX_OK);
    cr_assert_eq(evx_db_add_synonym(db, "nhs", "national health service"), EVX_OK);
    cr_assert_eq(evx_db_add_synonym(db, "nhs", "health service"), EVX_OK);
    cr_assert_eq(evx_db_add_spelling(db, "integration", 5), EVX_OK);
    cr_assert_eq(evx_db_add_spelling(db, "integrated", 3), EVX_OK);
    cr_assert_eq(evx_db_add_spelling(db, "care", 9), EVX_OK);
    cr_assert_eq(evx_db_commit(db), EVX_OK, "%s", evx_db_errmsg(db));
    evx_db_free(db);
}

static void setup(void)
{
    setup_dir();
    build();
}

/* Combines two queries and frees them. */
static evx_query *combine2(evx_query_op op, evx_query *a, evx_query *b,
                           unsigned window)
{
    evx_query *subs[2] = {a, b};
    evx_query *q = NULL;
    cr_assert_eq(evx_query_combine(&q, op, subs, 2, window), EVX_OK);
    evx_query_free(a);
    evx_query_free(b);
    return q;
}

/* Number of matches of q (exact) and frees q. */
static unsigned long count(evx_db *db, evx_query *q)
{
    evx_results *r = search(db, q, NULL);
    unsigned long n = evx_results_count(r);
    cr_assert_eq(evx_results_size(r), n < 10 ? n : 10);
    evx_results_free(r);
    evx_query_free(q);
    return n;
}

/* True if some hit's data names unit id. */
static int has_unit(const evx_results *r, const char *id)
{
    char want[64];
    snprintf(want, sizeof want, "{\"id\":\"%s\"}", id);
    for (size_t i = 0; i < evx_results_size(r); i++) {
        size_t len = 0;
        const char *d = evx_results_data(r, i, &len);
        if (len == strlen(want) && memcmp(d, want, len) == 0)
            return 1;
    }
    return 0;
}

TestSuite(xdb, .init = setup, .fini = teardown_dir);

/* ---- round trip --------------------------------------------------------- */

Test(xdb, counts_and_ids_survive_reopen)
{
    evx_db *db = open_read();
    unsigned long n = 0;
    cr_assert_eq(evx_db_doc_count(db, &n), EVX_OK);
    cr_assert_eq(n, N_UNITS);
    cr_assert_eq(evx_db_term_freq(db, "care", &n), EVX_OK);
    cr_assert_eq(n, 5);
    cr_assert_eq(evx_db_term_freq(db, "absent", &n), EVX_OK);
    cr_assert_eq(n, 0);
    evx_docid did = 0;
    cr_assert_eq(evx_db_find_id(db, "QU3", &did), EVX_OK);
    char *data = NULL;
    size_t len = 0;
    cr_assert_eq(evx_db_get_data(db, did, &data, &len), EVX_OK);
    cr_assert_str_eq(data, "{\"id\":\"U3\"}");
    cr_assert_eq(len, strlen(data));
    free(data);
    cr_assert_eq(evx_db_find_id(db, "QU9", &did), EVX_NOT_FOUND);
    cr_assert_eq(evx_db_get_data(db, 999, &data, &len), EVX_NOT_FOUND);
    cr_assert_eq(evx_db_get_data(db, 0, &data, &len), EVX_NOT_FOUND);
    evx_db_free(db);
}

struct termlist {
    char terms[16][32];
    unsigned long freq[16];
    size_t n;
};

static int collect_term(void *ctx, const char *t, unsigned long f)
{
    struct termlist *l = ctx;
    if (l->n == 16)
        return 1;
    snprintf(l->terms[l->n], sizeof l->terms[0], "%s", t);
    l->freq[l->n++] = f;
    return 0;
}

Test(xdb, terms_by_prefix_in_order)
{
    evx_db *db = open_read();
    struct termlist l = {0};
    cr_assert_eq(evx_db_terms(db, EVX_PREFIX_TYPE, collect_term, &l), EVX_OK);
    cr_assert_eq(l.n, 2);
    cr_assert_str_eq(l.terms[0], "XTparagraph");
    cr_assert_eq(l.freq[0], 4);
    cr_assert_str_eq(l.terms[1], "XTquotation");
    cr_assert_eq(l.freq[1], 1);
    evx_db_free(db);
}

Test(xdb, term_and_stem_search)
{
    evx_db *db = open_read();
    evx_query *q = term("social");
    evx_results *r = search(db, q, NULL);
    cr_assert_eq(evx_results_count(r), 2);
    cr_assert(has_unit(r, "U2"));
    cr_assert(has_unit(r, "U4"));
    cr_assert_gt(evx_results_score(r, 0), 0.0);
    evx_results_free(r);
    evx_query_free(q);
    /* every unit mentions "integrated" or "integration": one stem */
    cr_assert_eq(count(db, term("Zintegr")), 5);
    cr_assert_eq(count(db, term("integration")), 2);
    evx_db_free(db);
}

Test(xdb, phrase_needs_order_and_adjacency)
{
    evx_db *db = open_read();
    evx_query *q = combine2(EVX_Q_PHRASE, term("integrated"), term("care"), 0);
    evx_results *r = search(db, q, NULL);
    cr_assert_eq(evx_results_count(r), 1);
    cr_assert(has_unit(r, "U1"));
    evx_results_free(r);
    evx_query_free(q);
    evx_db_free(db);
}

Test(xdb, near_ignores_order_within_window)
{
    evx_db *db = open_read();
    evx_query *q = combine2(EVX_Q_NEAR, term("integrated"), term("care"), 2);
    evx_results *r = search(db, q, NULL);
    cr_assert_eq(evx_results_count(r), 2);
    cr_assert(has_unit(r, "U1"));
    cr_assert(has_unit(r, "U2"));
    evx_results_free(r);
    evx_query_free(q);
    /* a wider window reaches "care are integrated" too */
    cr_assert_eq(count(db, combine2(EVX_Q_NEAR, term("integrated"), term("care"), 3)), 3);
    evx_db_free(db);
}

Test(xdb, filter_and_and_not)
{
    evx_db *db = open_read();
    evx_query *q = combine2(EVX_Q_FILTER, term("care"), term("XTquotation"), 0);
    evx_results *r = search(db, q, NULL);
    cr_assert_eq(evx_results_count(r), 1);
    cr_assert(has_unit(r, "U3"));
    evx_results_free(r);
    evx_query_free(q);
    q = combine2(EVX_Q_AND_NOT, term("care"), term("social"), 0);
    r = search(db, q, NULL);
    cr_assert_eq(evx_results_count(r), 3);
    cr_assert(!has_unit(r, "U2"));
    cr_assert(!has_unit(r, "U4"));
    evx_results_free(r);
    evx_query_free(q);
    cr_assert_eq(count(db, combine2(EVX_Q_AND, term("health"), term("social"), 0)), 1);
    cr_assert_eq(count(db, combine2(EVX_Q_OR, term("health"), term("social"), 0)), 3);
    cr_assert_eq(count(db, combine2(EVX_Q_AND_MAYBE, term("health"), term("social"), 0)), 2);
    cr_assert_eq(count(db, combine2(EVX_Q_SYNONYM, term("health"), term("social"), 0)), 3);
    cr_assert_eq(count(db, combine2(EVX_Q_ELITE_SET, term("health"), term("social"), 1)), 2);
    evx_db_free(db);
}

Test(xdb, value_range)
{
    evx_db *db = open_read();
    evx_query *q = NULL;
    cr_assert_eq(evx_query_number_range(&q, EVX_SLOT_PARA, 15, 35), EVX_OK);
    evx_results *r = search(db, q, NULL);
    cr_assert_eq(evx_results_count(r), 2);
    cr_assert(has_unit(r, "U2"));
    cr_assert(has_unit(r, "U3"));
    evx_results_free(r);
    evx_query_free(q);
    cr_assert_eq(evx_query_number_range(&q, EVX_SLOT_PARA, 40, 40), EVX_OK);
    cr_assert_eq(count(db, q), 1);
    evx_db_free(db);
}

Test(xdb, wildcard_and_too_wide_wildcard)
{
    evx_db *db = open_read();
    evx_query *q = NULL;
    cr_assert_eq(evx_query_wildcard(&q, "integ", 0), EVX_OK);
    cr_assert_eq(count(db, q), 5);
    cr_assert_eq(evx_query_wildcard(&q, "integ", 2), EVX_OK);
    cr_assert_eq(count(db, q), 5);
    /* "integ" expands to integrated and integration: a limit of 1 fails */
    cr_assert_eq(evx_query_wildcard(&q, "integ", 1), EVX_OK);
    evx_query *all = combine2(EVX_Q_OR, term("care"), q, 0);
    evx_results *r = NULL;
    cr_assert_eq(evx_db_search(db, all, NULL, &r), EVX_INVALID);
    cr_assert_null(r);
    cr_assert_str_eq(evx_db_errmsg(db),
                     "wildcard 'integ*' matches too many terms (more than 1)");
    evx_query_free(all);
    cr_assert_eq(evx_query_wildcard(&q, "", 5), EVX_INVALID);
    cr_assert_null(q);
    /* the database is still usable after the failure */
    cr_assert_eq(count(db, term("care")), 5);
    evx_db_free(db);
}

struct strlist {
    char s[8][64];
    size_t n;
};

static int collect_str(void *ctx, const char *s)
{
    struct strlist *l = ctx;
    if (l->n < 8)
        snprintf(l->s[l->n++], sizeof l->s[0], "%s", s);
    return 0;
}

static int strlist_has(const struct strlist *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->s[i], s) == 0)
            return 1;
    return 0;
}

Test(xdb, synonyms_round_trip)
{
    evx_db *db = open_read();
    struct strlist l = {0};
    cr_assert_eq(evx_db_synonyms(db, "nhs", collect_str, &l), EVX_OK);
    cr_assert_eq(l.n, 2);
    cr_assert(strlist_has(&l, "national health service"));
    cr_assert(strlist_has(&l, "health service"));
    struct strlist none = {0};
    cr_assert_eq(evx_db_synonyms(db, "care", collect_str, &none), EVX_OK);
    cr_assert_eq(none.n, 0);
    cr_assert_eq(evx_db_add_synonym(db, "a", "b"), EVX_INVALID); /* read-only */
    evx_db_free(db);
}

Test(xdb, spelling_suggestion)
{
    evx_db *db = open_read();
    char *s = NULL;
    cr_assert_eq(evx_db_suggest(db, "integrtion", 2, &s), EVX_OK);
    cr_assert_str_eq(s, "integration");
    free(s);
    cr_assert_eq(evx_db_suggest(db, "zzzzzzzz", 2, &s), EVX_OK);
    cr_assert_str_eq(s, "");
    free(s);
    /* a known word needs no suggestion */
    cr_assert_eq(evx_db_suggest(db, "care", 2, &s), EVX_OK);
    cr_assert_str_eq(s, "");
    free(s);
    evx_db_free(db);
}

static int add_word(void *ctx, const char *word)
{
    evx_buf_printf(ctx, "%s ", word);
    return 0;
}

static int first_word_only(void *ctx, const char *word)
{
    evx_buf_printf(ctx, "%s ", word);
    return 1;
}

Test(xdb, spelling_words_by_prefix)
{
    evx_db *db = open_read();
    evx_buf b = EVX_BUF_INIT;
    cr_assert_eq(evx_db_spelling_words(db, "integ", add_word, &b), EVX_OK);
    cr_expect_str_eq(evx_buf_str(&b), "integrated integration ");
    evx_buf_clear(&b);
    cr_assert_eq(evx_db_spelling_words(db, "", add_word, &b), EVX_OK);
    cr_expect_str_eq(evx_buf_str(&b), "care integrated integration ");
    evx_buf_clear(&b);
    cr_assert_eq(evx_db_spelling_words(db, "integ", first_word_only, &b), EVX_OK);
    cr_expect_str_eq(evx_buf_str(&b), "integrated ");
    evx_buf_clear(&b);
    cr_assert_eq(evx_db_spelling_words(db, "zz", add_word, &b), EVX_OK);
    cr_expect_str_eq(evx_buf_str(&b), "");
    cr_expect_eq(evx_db_spelling_words(db, NULL, add_word, &b), EVX_INVALID);
    evx_buf_free(&b);
    evx_db_free(db);
}

Test(xdb, collapse_key_merges_hits)
{
    evx_db *db = open_read();
    evx_search_opts o;
    evx_search_opts_init(&o);
    o.collapse_slot = EVX_SLOT_IDENTITY;
    evx_query *q = term("Zintegr");
    evx_results *r = search(db, q, &o);
    cr_assert_eq(evx_results_count(r), 4);
    cr_assert_eq(evx_results_size(r), 4);
    unsigned long collapsed = 0;
    for (size_t i = 0; i < evx_results_size(r); i++) {
        size_t len;
        const char *key = evx_results_value(r, i, EVX_SLOT_IDENTITY, &len);
        if (len == 2 && memcmp(key, "U4", 2) == 0)
            cr_assert_eq(evx_results_collapsed(r, i), 1);
        else
            cr_assert_eq(evx_results_collapsed(r, i), 0);
        collapsed += evx_results_collapsed(r, i);
    }
    cr_assert_eq(collapsed, 1);
    evx_results_free(r);
    /* the collapsed count stays exact when fewer hits are asked for */
    o.limit = 1;
    r = search(db, q, &o);
    cr_assert_eq(evx_results_size(r), 1);
    cr_assert_eq(evx_results_count(r), 4);
    evx_results_free(r);
    /* without collapsing both forms count */
    o.collapse_slot = -1;
    r = search(db, q, &o);
    cr_assert_eq(evx_results_count(r), 5);
    evx_results_free(r);
    evx_query_free(q);
    evx_db_free(db);
}

/* A pseudo-random draw in 0..99 (a fixed LCG, so the test is repeatable). */
static unsigned draw(unsigned *x)
{
    *x = *x * 1103515245u + 12345u;
    return (*x >> 16) % 100;
}

/* Xapian rounds its match estimate (to 80, 90, 600...) whenever its bounds
 * differ, and collapsing leaves the upper bound loose even when every
 * match was checked, so the exact count must not be the estimate.  An OR
 * over documents of uneven length, each its own identity, as the index
 * writer makes them; the true count is tallied while building. */
Test(xdb, collapsed_exact_count_is_exact)
{
    evx_db *db = NULL;
    char *err = NULL;
    unsigned long truth = 0;
    unsigned x = 1;
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_OVERWRITE, &err), EVX_OK, "%s", err);
    for (int i = 0; i < 100; i++) {
        evx_doc *doc = NULL;
        char key[16], pad[16];
        cr_assert_eq(evx_doc_new(&doc), EVX_OK);
        int a = draw(&x) < 46, b = draw(&x) < 60;
        if (a)
            cr_assert_eq(evx_doc_add_term(doc, "alpha", 1 + draw(&x) % 4), EVX_OK);
        if (b)
            cr_assert_eq(evx_doc_add_term(doc, "beta", 1 + draw(&x) % 4), EVX_OK);
        for (unsigned j = 0, n = 1 + draw(&x) % 80; j < n; j++) {
            snprintf(pad, sizeof pad, "pad%u", draw(&x));
            cr_assert_eq(evx_doc_add_term(doc, pad, 1), EVX_OK);
        }
        snprintf(key, sizeof key, "k%d", i);
        cr_assert_eq(evx_doc_set_value(doc, EVX_SLOT_IDENTITY, key, strlen(key)), EVX_OK);
        cr_assert_eq(evx_db_replace(db, NULL, doc, NULL), EVX_OK);
        evx_doc_free(doc);
        truth += a || b;
    }
    cr_assert_eq(evx_db_commit(db), EVX_OK, "%s", evx_db_errmsg(db));
    evx_db_free(db);
    db = open_read();
    evx_search_opts o;
    evx_search_opts_init(&o);
    o.collapse_slot = EVX_SLOT_IDENTITY;
    evx_query *q = combine2(EVX_Q_OR, term("alpha"), term("beta"), 0);
    evx_results *r = search(db, q, &o);
    cr_assert_eq(evx_results_count(r), truth);
    evx_results_free(r);
    o.collapse_slot = -1;
    r = search(db, q, &o);
    cr_assert_eq(evx_results_count(r), truth);
    evx_results_free(r);
    /* The count pass (no weights, no collapse) agrees. */
    unsigned long counted = 0;
    cr_assert_eq(evx_db_count(db, q, &counted), EVX_OK);
    cr_expect_eq(counted, truth);
    evx_query_free(q);
    evx_db_free(db);
}

Test(xdb, exact_count_beyond_limit)
{
    evx_db *db = open_read();
    evx_search_opts o;
    evx_search_opts_init(&o);
    o.limit = 1;
    evx_query *q = term("care");
    evx_results *r = search(db, q, &o);
    cr_assert_eq(evx_results_size(r), 1);
    cr_assert_eq(evx_results_count(r), 5);
    evx_results_free(r);
    o.offset = 4;
    o.limit = 10;
    r = search(db, q, &o);
    cr_assert_eq(evx_results_size(r), 1);
    cr_assert_eq(evx_results_count(r), 5);
    /* out-of-range accessors answer safely */
    size_t len = 99;
    cr_assert_str_eq(evx_results_data(r, 7, &len), "");
    cr_assert_eq(len, 0);
    cr_assert_eq(evx_results_docid(r, 7), 0);
    evx_results_free(r);
    evx_query_free(q);
    evx_db_free(db);
}

Test(xdb, bm25_parameters_change_scores)
{
    evx_db *db = open_read();
    evx_search_opts o;
    evx_search_opts_init(&o);
    evx_query *q = term("care");
    evx_results *a = search(db, q, &o);
    o.bm25_b = 1.0;
    o.bm25_k1 = 2.0;
    evx_results *b = search(db, q, &o);
    cr_assert_eq(evx_results_size(a), evx_results_size(b));
    int differ = 0;
    for (size_t i = 0; i < evx_results_size(a); i++)
        for (size_t j = 0; j < evx_results_size(b); j++)
            if (evx_results_docid(a, i) == evx_results_docid(b, j) &&
                evx_results_score(a, i) != evx_results_score(b, j))
                differ = 1;
    cr_assert(differ);
    evx_results_free(a);
    evx_results_free(b);
    evx_query_free(q);
    evx_db_free(db);
}

Test(xdb, sort_by_value)
{
    evx_db *db = open_read();
    evx_search_opts o;
    evx_search_opts_init(&o);
    o.sort_slot = EVX_SLOT_PARA;
    evx_query *q = term("Zintegr");
    evx_results *r = search(db, q, &o);
    cr_assert_eq(evx_results_size(r), 5);
    double prev = -1;
    for (size_t i = 0; i < evx_results_size(r); i++) {
        size_t len;
        const char *v = evx_results_value(r, i, EVX_SLOT_PARA, &len);
        double para = evx_unserialise_number(v, len);
        cr_assert_gt(para, prev);
        prev = para;
    }
    cr_assert_eq(prev, 41);
    size_t len = 7;
    cr_assert_str_eq(evx_results_value(r, 0, 9, &len), "");
    cr_assert_eq(len, 0);
    evx_results_free(r);
    evx_query_free(q);
    evx_db_free(db);
}

Test(xdb, replace_by_id_term)
{
    evx_db *db = NULL;
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_CREATE, NULL), EVX_OK);
    evx_docid before = 0, after = 0;
    cr_assert_eq(evx_db_find_id(db, "QU2", &before), EVX_OK);
    struct unit u = UNITS[1];
    u.text = "entirely new words";
    evx_doc *doc = make_doc(&u, "replaced");
    cr_assert_eq(evx_db_replace(db, "QU2", doc, &after), EVX_OK);
    evx_doc_free(doc);
    cr_assert_eq(after, before);
    cr_assert_eq(evx_db_commit(db), EVX_OK);
    evx_db_free(db);

    db = open_read();
    unsigned long n = 0;
    cr_assert_eq(evx_db_doc_count(db, &n), EVX_OK);
    cr_assert_eq(n, N_UNITS);
    char *data = NULL;
    cr_assert_eq(evx_db_get_data(db, after, &data, NULL), EVX_OK);
    cr_assert_str_eq(data, "replaced");
    free(data);
    cr_assert_eq(count(db, term("social")), 1);
    cr_assert_eq(count(db, term("entirely")), 1);
    evx_db_free(db);
}

Test(xdb, transactions_and_uncommitted_changes)
{
    evx_db *db = NULL;
    unsigned long n = 0;
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_CREATE, NULL), EVX_OK);
    struct unit u = {"U9", NULL, "paragraph", 90, "extra unit"};
    evx_doc *doc = make_doc(&u, "x");
    /* cancelled transaction */
    cr_assert_eq(evx_db_begin(db), EVX_OK);
    cr_assert_eq(evx_db_begin(db), EVX_INVALID);
    cr_assert_eq(evx_db_replace(db, "QU9", doc, NULL), EVX_OK);
    cr_assert_eq(evx_db_cancel(db), EVX_OK);
    cr_assert_eq(evx_db_doc_count(db, &n), EVX_OK);
    cr_assert_eq(n, N_UNITS);
    /* changes never committed are dropped when the handle is freed */
    cr_assert_eq(evx_db_replace(db, "QU9", doc, NULL), EVX_OK);
    evx_db_free(db);
    db = open_read();
    cr_assert_eq(evx_db_doc_count(db, &n), EVX_OK);
    cr_assert_eq(n, N_UNITS);
    evx_db_free(db);
    /* committed transaction */
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_CREATE, NULL), EVX_OK);
    cr_assert_eq(evx_db_begin(db), EVX_OK);
    cr_assert_eq(evx_db_replace(db, "QU9", doc, NULL), EVX_OK);
    cr_assert_eq(evx_db_commit(db), EVX_OK);
    evx_db_free(db);
    evx_doc_free(doc);
    db = open_read();
    cr_assert_eq(evx_db_doc_count(db, &n), EVX_OK);
    cr_assert_eq(n, N_UNITS + 1);
    cr_assert_eq(evx_db_begin(db), EVX_INVALID); /* read-only */
    evx_db_free(db);
}

Test(xdb, overwrite_empties)
{
    evx_db *db = NULL;
    unsigned long n = 99;
    cr_assert_eq(evx_db_open(&db, dbdir, EVX_DB_OVERWRITE, NULL), EVX_OK);
    cr_assert_eq(evx_db_commit(db), EVX_OK);
    cr_assert_eq(evx_db_doc_count(db, &n), EVX_OK);
    cr_assert_eq(n, 0);
    evx_db_free(db);
}

Test(xdb, metadata)
{
    evx_db *db = open_read();
    char *v = NULL;
    cr_assert_eq(evx_db_get_metadata(db, EVX_META_FORMAT, &v), EVX_OK);
    cr_assert_str_eq(v, EVX_INDEX_FORMAT);
    free(v);
    cr_assert_eq(evx_db_get_metadata(db, EVX_META_STATS, &v), EVX_OK);
    cr_assert_str_eq(v, "");
    free(v);
    cr_assert_eq(evx_db_set_metadata(db, "k", "v"), EVX_INVALID);
    cr_assert_str_neq(evx_db_errmsg(db), "");
    evx_db_free(db);
}

struct expanded {
    char terms[8][32];
    double weight[8];
    size_t n;
};

static int collect_expand(void *ctx, const char *t, double w)
{
    struct expanded *e = ctx;
    if (e->n < 8) {
        snprintf(e->terms[e->n], sizeof e->terms[0], "%s", t);
        e->weight[e->n++] = w;
    }
    return 0;
}

Test(xdb, expand_set_skips_prefixes)
{
    evx_db *db = open_read();
    evx_docid ids[2];
    cr_assert_eq(evx_db_find_id(db, "QU4", &ids[0]), EVX_OK);
    cr_assert_eq(evx_db_find_id(db, "QU5", &ids[1]), EVX_OK);
    /* their terms, as add_words posts them, and their type */
    static const char terms[] = "the\0integration\0of\0health\0and\0social\0"
        "care\0Zthe\0Zintegr\0Zof\0Zhealth\0Zand\0Zsocial\0Zcare\0XTparagraph";
    evx_expand_opts o = {ids, 2, terms, sizeof terms, 8, "", 0};
    struct expanded all = {0}, plain = {0};
    cr_assert_eq(evx_db_expand(db, &o, collect_expand, &all), EVX_OK);
    int prefixed = 0;
    for (size_t i = 0; i < all.n; i++)
        prefixed |= all.terms[i][0] == 'Z' || all.terms[i][0] == 'X';
    cr_assert(prefixed, "without a skip list prefixed terms appear");
    o.skip_prefixes = "QXZ";
    cr_assert_eq(evx_db_expand(db, &o, collect_expand, &plain), EVX_OK);
    cr_assert_gt(plain.n, 0);
    int has_health = 0;
    for (size_t i = 0; i < plain.n; i++) {
        cr_assert(strchr("QXZ", plain.terms[i][0]) == NULL, "%s", plain.terms[i]);
        if (i > 0)
            cr_assert_geq(plain.weight[i - 1], plain.weight[i]);
        has_health |= strcmp(plain.terms[i], "health") == 0;
    }
    cr_assert(has_health);
    evx_db_free(db);
}

Test(xdb, matching_terms)
{
    evx_db *db = open_read();
    evx_query *subs[3] = {term("social"), term("health"), term("systems")};
    evx_query *q = NULL;
    cr_assert_eq(evx_query_combine(&q, EVX_Q_OR, subs, 3, 0), EVX_OK);
    for (int i = 0; i < 3; i++)
        evx_query_free(subs[i]);
    evx_results *r = search(db, q, NULL);
    evx_query_free(q); /* results stay usable without the query */
    int seen_u4 = 0;
    for (size_t i = 0; i < evx_results_size(r); i++) {
        size_t len;
        const char *d = evx_results_data(r, i, &len);
        if (strcmp(d, "{\"id\":\"U4\"}") != 0)
            continue;
        struct strlist l = {0};
        cr_assert_eq(evx_results_matching_terms(r, i, collect_str, &l), EVX_OK);
        cr_assert_eq(l.n, 2);
        cr_assert(strlist_has(&l, "social"));
        cr_assert(strlist_has(&l, "health"));
        seen_u4 = 1;
    }
    cr_assert(seen_u4);
    cr_assert_eq(evx_results_matching_terms(r, 99, collect_str, NULL), EVX_INVALID);
    evx_results_free(r);
    evx_db_free(db);
}

Test(xdb, query_builders)
{
    evx_query *q = NULL, *s = NULL;
    cr_assert_eq(evx_query_combine(&q, EVX_Q_AND, NULL, 0, 0), EVX_OK);
    cr_assert(evx_query_is_empty(q));
    evx_query_free(q);
    cr_assert_eq(evx_query_none(&q), EVX_OK);
    cr_assert(evx_query_is_empty(q));
    evx_query_free(q);
    cr_assert_eq(evx_query_all(&q), EVX_OK);
    cr_assert(!evx_query_is_empty(q));
    cr_assert_eq(evx_query_scale(&s, q, 2.5), EVX_OK);
    evx_query *bad = q;
    cr_assert_eq(evx_query_scale(&bad, q, -1), EVX_INVALID);
    cr_assert_null(bad);
    evx_query_free(q);
    char *desc = NULL;
    cr_assert_eq(evx_query_describe(s, &desc), EVX_OK);
    cr_assert(strstr(desc, "2.5 *") != NULL, "%s", desc);
    free(desc);
    evx_query_free(s);
    q = term("care");
    cr_assert_eq(evx_query_describe(q, &desc), EVX_OK);
    cr_assert(strstr(desc, "care") != NULL, "%s", desc);
    free(desc);
    evx_query_free(q);
    evx_query_free(NULL);
    evx_results_free(NULL);
    evx_db_free(NULL);
    evx_doc_free(NULL);
}

Test(xdb, match_all_and_scaled_weights)
{
    evx_db *db = open_read();
    evx_query *q = NULL;
    cr_assert_eq(evx_query_all(&q), EVX_OK);
    cr_assert_eq(count(db, q), 5);
    evx_query *t = term("care");
    evx_results *a = search(db, t, NULL);
    cr_assert_eq(evx_query_scale(&q, t, 2.0), EVX_OK);
    evx_results *b = search(db, q, NULL);
    cr_assert_float_eq(evx_results_score(b, 0), 2 * evx_results_score(a, 0), 1e-9);
    evx_results_free(a);
    evx_results_free(b);
    evx_query_free(q);
    evx_query_free(t);
    evx_db_free(db);
}

Test(xdb, unserialise_number_round_trip)
{
    evx_db *db = open_read();
    evx_query *q = term("QU3");
    evx_results *r = search(db, q, NULL);
    size_t len = 0;
    const char *v = evx_results_value(r, 0, EVX_SLOT_PARA, &len);
    cr_assert_gt(len, 0);
    cr_assert_eq(evx_unserialise_number(v, len), 30.0);
    cr_assert_eq(evx_unserialise_number(NULL, 0), 0.0);
    evx_results_free(r);
    evx_query_free(q);
    evx_db_free(db);
}
