/*
 * test_xdb_notermlist.c - the wrapper's calls that once read a document's
 * termlist (evx_db_expand, evx_results_matching_terms) over a database
 * without one (EVX_DB_SCRATCH_NEW writes it with Xapian::DB_NO_TERMLIST):
 * each answers exactly as over the same documents written with termlists
 * (EVX_DB_OVERWRITE), and evx_db_expand as Xapian 1.4's
 * Enquire::get_eset does (weights below printed by get_eset over the
 * databases with termlists).
 */
#define _XOPEN_SOURCE 700

#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "freetext.h"
#include "schema.h"
#include "testutil.h"
#include "xdb.h"

static char tmpdir[64];
static evx_tok *tok;

static const char *const TEXTS[] = {
    "Integrated care systems bring health and social care together.",
    "Social care funding is under pressure.",
    "Health and care budgets: funding for integrated services.",
    "The front-line staff deliver care.",
    "Microplastics harm marine life.",
    "Alpha beta.",
};
#define N_TEXTS (sizeof TEXTS / sizeof TEXTS[0])

static void setup(void)
{
    strcpy(tmpdir, "/tmp/evx-nt-XXXXXX");
    cr_assert_not_null(mkdtemp(tmpdir));
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
}

static void teardown(void)
{
    evx_tok_free(tok);
    tu_rm_tree(tmpdir);
}

TestSuite(notermlist, .init = setup, .fini = teardown);

static evx_unit *unit(size_t i)
{
    evx_unit *u = NULL;
    char id[16];
    snprintf(id, sizeof id, "U%zu", i);
    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_PARAGRAPH), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->id, id, strlen(id)), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->text, TEXTS[i], strlen(TEXTS[i])), EVX_OK);
    return u;
}

/* Posts like the index writer: positions and stems from lib/freetext. */
static evx_status post(void *ctx, const evx_posting *p)
{
    char term[128];
    snprintf(term, sizeof term, "%s%.*s", p->prefix, (int)p->len, p->text);
    return p->positional ? evx_doc_add_posting(ctx, term, p->pos, p->wdf)
                         : evx_doc_add_term(ctx, term, p->wdf);
}

/* The units first..N_TEXTS, every step-th, into a new database at
 * tmpdir/name, written in mode (with termlists or without). */
static void build(const char *name, size_t first, size_t step,
                  evx_db_mode mode)
{
    char path[128], id[16];
    evx_db *db = NULL;
    char *err = NULL;
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    cr_assert_eq(evx_db_open(&db, path, mode, &err), EVX_OK, "%s", err);
    for (size_t i = first; i < N_TEXTS; i += step) {
        evx_unit *u = unit(i);
        evx_doc *doc = NULL;
        cr_assert_eq(evx_doc_new(&doc), EVX_OK);
        cr_assert_eq(evx_freetext_post(tok, u, post, doc), EVX_OK);
        cr_assert_eq(evx_doc_add_boolean(doc, EVX_PREFIX_TYPE "paragraph"), EVX_OK);
        snprintf(id, sizeof id, EVX_PREFIX_ID "%s", u->id);
        cr_assert_eq(evx_db_add(db, id, doc, NULL), EVX_OK, "%s", evx_db_errmsg(db));
        evx_doc_free(doc);
        evx_unit_free(u);
    }
    cr_assert_eq(evx_db_commit(db), EVX_OK, "%s", evx_db_errmsg(db));
    evx_db_free(db);
    snprintf(path, sizeof path, "%s/%s/termlist.glass", tmpdir, name);
    cr_assert_eq(access(path, F_OK) == 0, mode != EVX_DB_SCRATCH_NEW, "%s", path);
}

/* The same units with termlists (tl_name) and without (name). */
static void build_both(const char *tl_name, const char *name, size_t first,
                       size_t step)
{
    build(tl_name, first, step, EVX_DB_OVERWRITE);
    build(name, first, step, EVX_DB_SCRATCH_NEW);
}

static evx_db *open_read(const char *name)
{
    char path[128];
    evx_db *db = NULL;
    char *err = NULL;
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    cr_assert_eq(evx_db_open(&db, path, EVX_DB_READ, &err), EVX_OK, "%s", err);
    return db;
}

/* The stub tmpdir/name: the shards a and b as one database. */
static void write_stub(const char *name, const char *a, const char *b)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fprintf(f, "auto %s\nauto %s\n", a, b);
    cr_assert_eq(fclose(f), 0);
}

/* Adds a posting's term to the candidates (NUL-terminated, end to end). */
static evx_status post_candidate(void *ctx, const evx_posting *p)
{
    evx_buf_puts(ctx, p->prefix);
    evx_buf_append(ctx, p->text, p->len);
    evx_buf_putc(ctx, '\0');
    return evx_buf_status(ctx);
}

static int print_term(void *ctx, const char *term, double weight)
{
    evx_buf_printf(ctx, "%s %.6f\n", term, weight);
    return 0;
}

/* The expand set of unit i (docid did) as "term weight" lines. */
static char *expand(evx_db *db, size_t i, evx_docid did, unsigned n_terms)
{
    evx_buf terms = EVX_BUF_INIT, out = EVX_BUF_INIT;
    evx_unit *u = unit(i);
    cr_assert_eq(evx_freetext_post(tok, u, post_candidate, &terms), EVX_OK);
    evx_expand_opts o = {&did, 1, terms.data, terms.len, n_terms, "QX", 0};
    cr_assert_eq(evx_db_expand(db, &o, print_term, &out), EVX_OK, "%s",
                 evx_db_errmsg(db));
    evx_buf_free(&terms);
    evx_unit_free(u);
    return evx_buf_detach(&out);
}

/* Each unit's expand set, over database tl_name (with termlists) into
 * with[i] and over name (without) into without[i]. */
static void expand_all(const char *tl_name, const char *name, char **with,
                       char **without)
{
    evx_db *tl = open_read(tl_name), *db = open_read(name);
    for (size_t i = 0; i < N_TEXTS; i++) {
        with[i] = expand(tl, i, (evx_docid)(i + 1), 100);
        without[i] = expand(db, i, (evx_docid)(i + 1), 100);
    }
    evx_db_free(tl);
    evx_db_free(db);
}

static void expect_same(char **with, char **without)
{
    for (size_t i = 0; i < N_TEXTS; i++) {
        cr_expect_str_eq(without[i], with[i], "unit %zu", i);
        free(with[i]);
        free(without[i]);
    }
}

/* Equal weights: the term that sorts later comes first, as in Xapian. */
static const char GET_ESET_U0[] =
    "together 2.820387\nsystems 2.820387\nbring 2.820387\nZtogeth 2.820387\n"
    "Zsystem 2.820387\nZbring 2.820387\nsocial 1.772347\nintegrated 1.772347\n"
    "health 1.772347\nand 1.772347\nZsocial 1.772347\nZintegr 1.772347\n"
    "Zhealth 1.772347\nZand 1.772347\ncare 0.876161\nZcare 0.876161\n";

Test(notermlist, expand_answers_as_get_eset)
{
    char *with[N_TEXTS], *without[N_TEXTS];
    build_both("tl", "one", 0, 1);
    expand_all("tl", "one", with, without);
    cr_expect_str_eq(with[0], GET_ESET_U0);
    cr_expect_str_eq(with[5], "beta 5.262785\nalpha 5.262785\nZbeta 5.262785\n"
                              "Zalpha 5.262785\n");
    expect_same(with, without);
}

/* A scratch database for a shard that xapian-tcpsrv may serve keeps its
 * termlist (build() checks the table is there, and not there for the
 * plain scratch one), and expands as the others. */
Test(notermlist, a_shard_to_serve_keeps_its_termlist)
{
    char *with[N_TEXTS], *without[N_TEXTS];
    build("served", 0, 1, EVX_DB_SCRATCH_SERVED);
    build("one", 0, 1, EVX_DB_SCRATCH_NEW);
    expand_all("served", "one", with, without);
    cr_expect_str_eq(with[0], GET_ESET_U0);
    expect_same(with, without);
}

/* Over shards each term weighs with the statistics of the unit's shard,
 * its termfreq scaled up to the whole ("integrated" is in 2 of shard a's
 * 3 units: 4 of 6), as get_eset weighs it. */
Test(notermlist, expand_over_shards_answers_as_get_eset)
{
    char *with[N_TEXTS], *without[N_TEXTS];
    build_both("tl-a", "a", 0, 2);
    build_both("tl-b", "b", 1, 2);
    write_stub("tl-stub", "tl-a", "tl-b");
    write_stub("stub", "a", "b");
    /* docids interleave: unit i is docid i + 1 of the stub */
    expand_all("tl-stub", "stub", with, without);
    cr_expect_str_eq(with[0],
        "together 1.772347\nsystems 1.772347\nsocial 1.772347\nbring 1.772347\n"
        "Ztogeth 1.772347\nZsystem 1.772347\nZsocial 1.772347\nZbring 1.772347\n"
        "care 0.876161\nZcare 0.876161\nintegrated 0.614765\nhealth 0.614765\n"
        "and 0.614765\nZintegr 0.614765\nZhealth 0.614765\nZand 0.614765\n");
    expect_same(with, without);
}

/* A short set is chosen as get_eset chooses it, term by term in term
 * order: a term no heavier than the worst kept is passed over. */
Test(notermlist, expand_keeps_n_terms_as_get_eset)
{
    build("one", 0, 1, EVX_DB_SCRATCH_NEW);
    evx_db *db = open_read("one");
    char *three = expand(db, 0, 1, 3), *nine = expand(db, 0, 1, 9);
    cr_expect_str_eq(three, "Ztogeth 2.820387\nZsystem 2.820387\nZbring 2.820387\n");
    cr_expect_str_eq(nine,
        "together 2.820387\nsystems 2.820387\nbring 2.820387\nZtogeth 2.820387\n"
        "Zsystem 2.820387\nZbring 2.820387\nand 1.772347\nZsocial 1.772347\n"
        "Zintegr 1.772347\n");
    free(three);
    free(nine);
    evx_db_free(db);
}

Test(notermlist, expand_skips_and_refuses)
{
    static const char cands[] = "care\0Zcare\0marine\0nowhere\0XTparagraph\0QU0";
    evx_buf out = EVX_BUF_INIT;
    evx_docid did = 1, zero = 0, none = 99;
    evx_expand_opts o = {&did, 1, cands, sizeof cands, 10, "Z", 0};
    build("one", 0, 1, EVX_DB_SCRATCH_NEW);
    evx_db *db = open_read("one");
    /* marine and nowhere are not unit 0's; Zcare is skipped; every unit
     * has XTparagraph, which weighs less than nothing; the boolean QU0
     * weighs as a term of wdf 1 */
    cr_assert_eq(evx_db_expand(db, &o, print_term, &out), EVX_OK);
    cr_expect_str_eq(evx_buf_str(&out), "QU0 2.820387\ncare 0.876161\n");
    o.docids = &zero;
    cr_expect_eq(evx_db_expand(db, &o, print_term, &out), EVX_INVALID);
    o.docids = &none;
    cr_expect_eq(evx_db_expand(db, &o, print_term, &out), EVX_NOT_FOUND);
    cr_expect_str_neq(evx_db_errmsg(db), "");
    cr_expect_eq(evx_db_expand(db, NULL, print_term, &out), EVX_INVALID);
    o.n_docids = 0;
    cr_expect_eq(evx_db_expand(db, &o, print_term, &out), EVX_OK);
    evx_buf_free(&out);
    evx_db_free(db);
}

static int print_match(void *ctx, const char *term)
{
    evx_buf_printf(ctx, "%s ", term);
    return 0;
}

/* The matching terms of every hit of social OR Zfund OR Zcare OR marine
 * (query positions 1-4), one line a hit. */
static char *matching(const char *name)
{
    static const char *const terms[] = {"social", "Zfund", "Zcare", "marine"};
    evx_query *subs[4], *q = NULL;
    evx_results *r = NULL;
    evx_buf out = EVX_BUF_INIT;
    evx_db *db = open_read(name);
    for (unsigned i = 0; i < 4; i++)
        cr_assert_eq(evx_query_term(&subs[i], terms[i], 1, i + 1), EVX_OK);
    cr_assert_eq(evx_query_combine(&q, EVX_Q_OR, subs, 4, 0), EVX_OK);
    cr_assert_eq(evx_db_search(db, q, NULL, &r), EVX_OK, "%s", evx_db_errmsg(db));
    for (size_t i = 0; i < evx_results_size(r); i++) {
        evx_buf_printf(&out, "%u: ", evx_results_docid(r, i));
        cr_assert_eq(evx_results_matching_terms(r, i, print_match, &out), EVX_OK);
        evx_buf_putc(&out, '\n');
    }
    for (unsigned i = 0; i < 4; i++)
        evx_query_free(subs[i]);
    evx_query_free(q);
    evx_results_free(r);
    evx_db_free(db);
    return evx_buf_detach(&out);
}

Test(notermlist, matching_terms_in_query_order)
{
    build_both("tl", "one", 0, 1);
    char *with = matching("tl"), *without = matching("one");
    cr_expect_str_eq(without, with);
    cr_expect(strstr(without, "2: social Zfund Zcare \n"), "%s", without);
    cr_expect(strstr(without, "5: marine \n"), "%s", without);
    free(with);
    free(without);
}
