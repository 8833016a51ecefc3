/*
 * test_qparse.c - the query language on a small index built the way
 * lib/schema.h lays it out: each construct, each error message with its
 * column, hostile input, synonyms both ways and the spelling suggestion.
 */
#include "qp_testdb.h"

#include "qparse.h"
#include "search.h"

static const tunit UNITS[] = {
    {"HC650/p1", "paragraph", "HC 650", 1, 1,
     "Integrated care organisations are being developed across England.",
     NULL, NULL, NULL, 1, NULL},
    {"HC650/p2", "paragraph", "HC 650", 2, 1,
     "The organisation of front-line services needs funding of £900million.",
     NULL, NULL, NULL, 2, NULL},
    {"HC650/p3", "paragraph", "HC 650", 3, 2,
     "The ACO contract was consulted on.", NULL, NULL, NULL, 3, NULL},
    {"HC650/p4", "paragraph", "HC 650", 4, 2,
     "An accountable care organisation holds a single budget.", NULL, NULL,
     NULL, 4, NULL},
    {"HC650/p1/q1", "quotation", "HC 650", 1, 1,
     "Integration means joined up care for patients, not organisations.",
     "Professor Chris Ham", "The King's Fund", "Q361", 1.5, NULL},
    {"HC650/p5/q1", "quotation", "HC 650", 5, 9,
     "We need frontline staff and the money to pay them.", "Ian Dalton",
     "NHS Improvement", "Q400", 5.5, NULL},
    {"HC650/fn12", "footnote", "HC 650", 0, 9,
     "Written evidence from the Nuffield Trust (STP0064)", NULL, NULL,
     "STP0064", 6, NULL},
    {"HC650/r1", "recommendation", "HC 650", 2, 9,
     "The Government should clarify the legal framework for integration.",
     NULL, NULL, NULL, 7, NULL},
    {"HC999/p1", "paragraph", "HC 999", 1, 1,
     "Integrated care in another report, integration everywhere.", NULL,
     NULL, NULL, 1, NULL},
    /* a report that numbers its paragraphs by chapter: 3.12 (paranum.h) */
    {"HL9/p3.12", "paragraph", "HL 9", 300012, 3,
     "Scrutiny of delegated powers.", NULL, NULL, NULL, 1, NULL},
};
#define N_UNITS (sizeof UNITS / sizeof UNITS[0])

static tdb T;
static evx_qparse *QP;

static void setup(void)
{
    size_t i;
    char *k1, *k2;
    evx_buf zz = EVX_BUF_INIT;
    tunit wide = {"HC650/glossary/zz", "glossary", "HC 650", 0, 0, NULL,
                  NULL, NULL, NULL, 99, NULL};

    tdb_create(&T);
    for (i = 0; i < N_UNITS; i++)
        tdb_add(&T, &UNITS[i], NULL);
    /* 1,001 words starting "zz": a wildcard too wide to expand. */
    for (i = 0; i < 1001; i++)
        evx_buf_printf(&zz, "zz%04zu ", i);
    wide.text = evx_buf_str(&zz);
    tdb_add(&T, &wide, NULL);
    evx_buf_free(&zz);
    k1 = tdb_stems(&T, "aco");
    k2 = tdb_stems(&T, "accountable care organisation");
    cr_assert_eq(evx_db_add_synonym(T.db, k1, k2), EVX_OK);
    cr_assert_eq(evx_db_add_synonym(T.db, k2, k1), EVX_OK);
    free(k1);
    free(k2);
    tdb_reopen(&T);
    cr_assert_eq(evx_qparse_new(&QP, T.db, T.tok), EVX_OK);
}

static void teardown(void)
{
    evx_qparse_free(QP);
    tdb_destroy(&T);
}

TestSuite(qparse, .init = setup, .fini = teardown);

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The ids the query matches, sorted, joined by spaces. */
static char *ids(const char *query)
{
    evx_query *q = NULL;
    evx_hits h;
    evx_search_params p = {0, 100, 0, 0, 0, NULL, 0, NULL};
    char *err = NULL;
    const char *v[64];
    evx_buf b = EVX_BUF_INIT;
    size_t i;
    evx_status st = evx_qparse_parse(QP, query, strlen(query), &q);

    cr_assert_eq(st, EVX_OK, "parse '%s': %s", query, evx_qparse_errmsg(QP));
    st = evx_search_run(&h, T.db, q, &p, &err);
    cr_assert_eq(st, EVX_OK, "search '%s': %s", query, err ? err : "");
    cr_assert_leq(h.len, 64);
    for (i = 0; i < h.len; i++)
        v[i] = h.items[i].unit->id;
    qsort(v, h.len, sizeof v[0], cmp_str);
    for (i = 0; i < h.len; i++)
        evx_buf_printf(&b, "%s%s", i ? " " : "", v[i]);
    cr_assert_eq(h.total, h.len);
    evx_hits_free(&h);
    evx_query_free(q);
    return evx_buf_detach(&b);
}

static void expect_ids(const char *query, const char *want)
{
    char *got = ids(query);

    cr_expect_str_eq(got, want, "query '%s': got '%s', want '%s'", query, got,
                     want);
    free(got);
}

static void expect_error(const char *query, size_t len, evx_status want,
                         const char *msg)
{
    evx_query *q = (evx_query *)1;
    evx_status st = evx_qparse_parse(QP, query, len, &q);

    cr_expect_eq(st, want, "query '%.40s' gave %d: %s", query, st,
                 evx_qparse_errmsg(QP));
    cr_expect_null(q);
    cr_expect(strstr(evx_qparse_errmsg(QP), msg) != NULL,
              "query '%.40s': message '%s' lacks '%s'", query,
              evx_qparse_errmsg(QP), msg);
    cr_expect_null(strchr(evx_qparse_errmsg(QP), '\n'));
}

Test(qparse, free_words_are_stemmed)
{
    expect_ids("organisations", "HC650/p1 HC650/p1/q1 HC650/p2 HC650/p4");
    expect_ids("organisation", "HC650/p1 HC650/p1/q1 HC650/p2 HC650/p4");
}

Test(qparse, quoted_word_is_exact)
{
    expect_ids("\"organisations\"", "HC650/p1 HC650/p1/q1");
    expect_ids("\"organisation\"", "HC650/p2 HC650/p4");
}

Test(qparse, phrase_is_in_order)
{
    expect_ids("\"front-line services\"", "HC650/p2");
    expect_ids("\"front line services\"", "HC650/p2");
    expect_ids("\"services front line\"", "");
    expect_ids("\u201Cintegrated care\u201D", "HC650/p1 HC999/p1");
}

Test(qparse, hyphenated_words_meet)
{
    expect_ids("frontline", "HC650/p2 HC650/p5/q1");
    expect_ids("front-line", "HC650/p2 HC650/p5/q1");
    /* A quoted compound also finds its closed form ("frontline staff"). */
    expect_ids("\"front-line staff\"", "HC650/p5/q1");
}

Test(qparse, default_is_or_ranked)
{
    char *got = ids("budget contract");

    cr_expect_str_eq(got, "HC650/p3 HC650/p4");
    free(got);
}

Test(qparse, and_or_not)
{
    expect_ids("integrated AND england", "HC650/p1");
    expect_ids("budget OR contract", "HC650/p3 HC650/p4");
    expect_ids("integrated NOT england", "HC650/p1/q1 HC650/r1 HC999/p1");
    expect_ids("integrated -england", "HC650/p1/q1 HC650/r1 HC999/p1");
    expect_ids("\"integrated\" -england", "HC999/p1");
    expect_ids("care -\"accountable care\"", "HC650/p1 HC650/p1/q1 HC999/p1");
    expect_ids("care -type:quotation -report:HC999", "HC650/p1 HC650/p4");
    expect_ids("+budget care", "HC650/p4");
    expect_ids("(budget OR contract) AND single", "HC650/p4");
    expect_ids("care AND NOT integration", "HC650/p4");
    expect_ids("care NOT integration budget", "HC650/p4");
    expect_ids("NOT integration budget", "HC650/p4");
}

Test(qparse, near)
{
    expect_ids("integrated NEAR england", "HC650/p1");
    expect_ids("england NEAR integrated", "HC650/p1");
    expect_ids("integrated NEAR/2 england", "");
    expect_ids("integrated NEAR/7 england", "HC650/p1");
    expect_ids("integrated NEAR/6 england", "");
}

Test(qparse, wildcard)
{
    expect_ids("integrat*", "HC650/p1 HC650/p1/q1 HC650/r1 HC999/p1");
    expect_ids("Integrat*", "HC650/p1 HC650/p1/q1 HC650/r1 HC999/p1");
    expect_error("zz*", 3, EVX_INVALID, "matches more than 1000 terms");
    expect_error("care i*", 7, EVX_INVALID,
                 "wildcard needs at least 2 characters before '*' at column 6");
}

Test(qparse, speaker_forms)
{
    expect_ids("speaker:ham", "HC650/p1/q1");
    expect_ids("speaker:Ham", "HC650/p1/q1");
    expect_ids("speaker:\"Professor Chris Ham\"", "HC650/p1/q1");
    expect_ids("speaker:\"Chris Ham\"", "HC650/p1/q1");
    expect_ids("speaker:\"Professor Ham\"", "HC650/p1/q1");
    expect_ids("speaker:dalton", "HC650/p5/q1");
    expect_ids("speaker:\"Ian Ham\"", "");
    expect_ids("integration speaker:ham", "HC650/p1/q1");
    expect_error("speaker:Professor", 17, EVX_PARSE, "needs a name");
}

Test(qparse, org)
{
    expect_ids("org:\"NHS Improvement\"", "HC650/p5/q1");
    expect_ids("org:\"King's Fund\"", "HC650/p1/q1");
    expect_ids("org:\"Improvement NHS\"", "");
}

Test(qparse, type_para_chapter_ref_report)
{
    expect_ids("type:quotation", "HC650/p1/q1 HC650/p5/q1");
    expect_ids("type:Footnote", "HC650/fn12");
    expect_ids("para:2", "HC650/p2 HC650/r1");
    expect_ids("para:2..3", "HC650/p2 HC650/p3 HC650/r1");
    expect_ids("para:5..5", "HC650/p5/q1");
    /* a paragraph numbered by chapter, as printed */
    expect_ids("para:3.12", "HL9/p3.12");
    expect_ids("para:3.1..3.20", "HL9/p3.12");
    expect_ids("para:3.13..4.1", "");
    expect_ids("chapter:9", "HC650/fn12 HC650/p5/q1 HC650/r1");
    expect_ids("chapter:9 money", "HC650/p5/q1");
    expect_ids("ref:Q361", "HC650/p1/q1");
    expect_ids("ref:stp0064", "HC650/fn12");
    expect_ids("report:HC999", "HC999/p1");
    expect_ids("report:\"HC 999\" care", "HC999/p1");
    expect_ids("type:paragraph report:hc650 care",
               "HC650/p1 HC650/p4");
}

Test(qparse, filter_adds_no_weight)
{
    evx_query *q = NULL;
    evx_hits a, b;
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 0, NULL};

    cr_assert_eq(evx_qparse_parse(QP, "budget", 6, &q), EVX_OK);
    cr_assert_eq(evx_search_run(&a, T.db, q, &p, NULL), EVX_OK);
    evx_query_free(q);
    cr_assert_eq(evx_qparse_parse(QP, "budget para:4", 13, &q), EVX_OK);
    cr_assert_eq(evx_search_run(&b, T.db, q, &p, NULL), EVX_OK);
    evx_query_free(q);
    cr_assert_eq(a.len, 1);
    cr_assert_eq(b.len, 1);
    cr_expect_float_eq(a.items[0].score, b.items[0].score, 1e-9);
    evx_hits_free(&a);
    evx_hits_free(&b);
}

Test(qparse, colon_inside_word_is_text)
{
    expect_ids("10:30", "");
}

Test(qparse, error_messages_with_columns)
{
    expect_error("care \"front line", 16, EVX_PARSE,
                 "unbalanced quote at column 6");
    expect_error("(care OR budget", 15, EVX_PARSE,
                 "unbalanced parenthesis at column 1");
    expect_error("care)", 5, EVX_PARSE, "unbalanced parenthesis at column 5");
    expect_error("care AND", 8, EVX_PARSE, "missing operand after AND at column 6");
    expect_error("care OR", 7, EVX_PARSE, "missing operand after OR at column 6");
    expect_error("AND care", 8, EVX_PARSE, "missing operand before AND at column 1");
    expect_error("care NOT", 8, EVX_PARSE, "missing operand after NOT at column 6");
    /* "NOT NOT care" had matched 208 units, neither care's 290 nor NOT care's 903 */
    expect_error("NOT NOT care", 12, EVX_PARSE, "NOT after NOT at column 5");
    expect_error("care NEAR", 9, EVX_PARSE, "missing operand after NEAR at column 6");
    expect_error("speaker:", 8, EVX_PARSE,
                 "empty value for field 'speaker:' at column 1");
    expect_error("care org: nhs", 13, EVX_PARSE,
                 "empty value for field 'org:' at column 6");
    expect_error("care foo:bar", 12, EVX_PARSE,
                 "unknown field 'foo:' at column 6; fields are speaker, org");
    expect_error("para:9..3", 9, EVX_PARSE, "at column 1");
    expect_error("para:3.0", 8, EVX_PARSE, "at column 1");
    expect_error("para:x", 6, EVX_PARSE, "bad paragraph number or range 'x'");
    /* a value over two lines is quoted on one (found by fuzz_query) */
    expect_error("para:\"(cd\nR 2\" i", 16, EVX_PARSE,
                 "bad paragraph number or range '(cd R 2' at column 1");
    expect_error("chapter:nine", 12, EVX_PARSE, "bad chapter number 'nine' at column 1");
    expect_error("type:banana", 11, EVX_PARSE,
                 "unknown type 'banana' at column 1; types are paragraph, quotation, footnote");
    expect_error("care ()", 7, EVX_PARSE, "empty parentheses at column 6");
    expect_error("care \"\"", 7, EVX_PARSE, "empty phrase at column 6");
    expect_error("", 0, EVX_PARSE, "empty query");
    expect_error("care NEAR/0 budget", 18, EVX_PARSE, "bad NEAR distance at column 6");
    expect_error("care NEAR \"x y\"", 15, EVX_PARSE,
                 "NEAR needs a plain word on each side at column 11");
}

Test(qparse, bad_bytes)
{
    expect_error("care\0budget", 11, EVX_PARSE, "NUL byte in query at byte 5");
    expect_error("care \xff", 6, EVX_PARSE, "invalid UTF-8 at byte 6");
    expect_error("caf\xc3", 4, EVX_PARSE, "invalid UTF-8 at byte 4");
}

Test(qparse, hostile_inputs)
{
    evx_buf b = EVX_BUF_INIT;
    size_t i;

    for (i = 0; i < 10000; i++)
        evx_buf_puts(&b, "care ");
    expect_error(b.data, b.len, EVX_INVALID, "more than 1000 terms");
    evx_buf_clear(&b);
    for (i = 0; i < 2000; i++)
        evx_buf_puts(&b, "care AND ");
    evx_buf_puts(&b, "care");
    expect_error(b.data, b.len, EVX_INVALID, "more than 1000 terms");
    evx_buf_clear(&b);
    for (i = 0; i < 100 * 1024; i++)
        evx_buf_putc(&b, 'a');
    expect_error(b.data, b.len, EVX_INVALID, "longer than 65536 bytes");
    evx_buf_clear(&b);
    for (i = 0; i < 40; i++)
        evx_buf_putc(&b, '(');
    evx_buf_puts(&b, "care");
    for (i = 0; i < 40; i++)
        evx_buf_putc(&b, ')');
    expect_error(b.data, b.len, EVX_INVALID, "nested deeper than 32 at column 33");
    evx_buf_clear(&b);
    for (i = 0; i < 30000; i++)
        evx_buf_putc(&b, '(');
    expect_error(b.data, b.len, EVX_INVALID, "nested deeper than 32");
    evx_buf_clear(&b);
    for (i = 0; i < 30001; i++)
        evx_buf_puts(&b, "\"");
    expect_error(b.data, b.len, EVX_INVALID, "more than 1000 terms");
    evx_buf_clear(&b);
    evx_buf_puts(&b, "care \"");
    for (i = 0; i < 30000; i++)
        evx_buf_puts(&b, "x ");
    expect_error(b.data, b.len, EVX_PARSE, "unbalanced quote at column 6");
    evx_buf_free(&b);
}

Test(qparse, nesting_within_limit_works)
{
    evx_buf b = EVX_BUF_INIT;
    size_t i;

    for (i = 0; i < 32; i++)
        evx_buf_putc(&b, '(');
    evx_buf_puts(&b, "budget");
    for (i = 0; i < 32; i++)
        evx_buf_putc(&b, ')');
    expect_ids(b.data, "HC650/p4");
    evx_buf_free(&b);
}

Test(qparse, acronym_expands_both_ways)
{
    evx_query *q = NULL;
    char *d = NULL;

    expect_ids("ACO", "HC650/p3 HC650/p4");
    expect_ids("accountable care organisation",
               "HC650/p1 HC650/p1/q1 HC650/p2 HC650/p3 HC650/p4 HC999/p1");
    /* p3 says only "ACO", p4 only the long form. */
    expect_ids("accountable care organisation contract -care",
               "HC650/p2 HC650/p3");
    cr_assert_eq(evx_qparse_parse(QP, "aco", 3, &q), EVX_OK);
    cr_assert_eq(evx_query_describe(q, &d), EVX_OK);
    cr_expect(strstr(d, "SYNONYM") != NULL, "%s", d);
    free(d);
    evx_query_free(q);
    /* A quoted acronym is exact: no expansion. */
    expect_ids("\"aco\"", "HC650/p3");
}

Test(qparse, spelling_suggestion)
{
    evx_query *q = NULL;

    cr_assert_eq(evx_qparse_parse(QP, "intgrated care", 14, &q), EVX_OK);
    cr_expect_str_eq(evx_qparse_suggestion(QP), "integrated care");
    evx_query_free(q);
    cr_assert_eq(evx_qparse_parse(QP, "integrated care", 15, &q), EVX_OK);
    cr_expect_null(evx_qparse_suggestion(QP));
    evx_query_free(q);
    cr_assert_eq(evx_qparse_parse(QP, "speaker:ham budgte", 18, &q), EVX_OK);
    cr_expect_str_eq(evx_qparse_suggestion(QP), "speaker:ham budget");
    evx_query_free(q);
}

Test(qparse, positive_words_for_highlighting)
{
    evx_query *q = NULL;
    int ph = -1;

    cr_assert_eq(evx_qparse_parse(QP, "Care \"Front-line services\" -budget "
                                  "NOT money integrat* speaker:ham",
                                  strlen("Care \"Front-line services\" -budget "
                                         "NOT money integrat* speaker:ham"), &q),
                 EVX_OK);
    /* the phrase with its compound apart and closed up, as it matches */
    cr_assert_eq(evx_qparse_n_words(QP), 4);
    cr_expect_str_eq(evx_qparse_word(QP, 0, &ph), "care");
    cr_expect_eq(ph, 0);
    cr_expect_str_eq(evx_qparse_word(QP, 1, &ph), "front line services");
    cr_expect_eq(ph, 1);
    cr_expect_str_eq(evx_qparse_word(QP, 2, &ph), "frontline services");
    cr_expect_eq(ph, 1);
    cr_expect_str_eq(evx_qparse_word(QP, 3, &ph), "integrat*");
    cr_expect_null(evx_qparse_word(QP, 4, &ph));
    evx_query_free(q);
}

Test(qparse, default_and)
{
    cr_assert_eq(evx_qparse_set_default_op(QP, EVX_Q_AND), EVX_OK);
    expect_ids("budget contract", "");
    expect_ids("care budget", "HC650/p4");
    cr_expect_eq(evx_qparse_set_default_op(QP, EVX_Q_NEAR), EVX_INVALID);
}

Test(qparse, function_words_weigh_but_do_not_match_alone)
{
    /* "the" is in five units, "money" only in p5/q1: the query matches
     * what has "money", not everything with "the". */
    expect_ids("the money", "HC650/p5/q1");
    expect_ids("money of the", "HC650/p5/q1");
    /* A query of nothing but function words matches nothing. */
    expect_ids("the", "");
    expect_ids("of the", "");
    /* Inside a phrase every word counts. */
    expect_ids("\"the money\"", "HC650/p5/q1");
}
