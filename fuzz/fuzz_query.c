/*
 * fuzz_query.c - libFuzzer target for the query language: the bytes are a
 * query, parsed by evx_qparse_parse over a small read-only index and, when
 * they parse, run with evx_search_run; the highlight words and the "did you
 * mean" suggestion are read too.
 *
 * The index is built once, at start-up, by the real index writer
 * (indexer/writer.c) from a handful of crafted units (paragraphs with an
 * acronym definition, a quotation with a speaker, a footnote, a witness
 * panel, an evidence entry) in a temp dir that is removed at exit.
 *
 * Checks beyond "no crash, no leak, no UB": a failed parse leaves a one-line
 * message; a successful search returns at most `limit` hits, each with a
 * unit read back.  See fuzz/README.md.
 */
#ifndef _XOPEN_SOURCE /* tests/test_regress.c includes this file */
#define _XOPEN_SOURCE 700
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif

#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dbpath.h"
#include "qparse.h"
#include "search.h"
#include "tok.h"
#include "unit.h"
#include "writer.h"
#include "xdb.h"

typedef struct query_fixture {
    char dir[64];
    evx_tok *tok;
    evx_db *db;
    evx_qparse *qp;
} query_fixture;

static query_fixture query_fx; /* libFuzzer gives no context pointer: one per process */

static void query_fail(const char *what)
{
    fprintf(stderr, "fuzz_query: %s\n", what);
    abort();
}

static evx_unit *query_make_unit(evx_unit_type type, const char *id, int para,
                           const char *text)
{
    evx_unit *u = NULL;
    if (evx_unit_new(&u, type) ||
        evx_unit_set(&u->id, id, strlen(id)) ||
        evx_unit_set(&u->report, "HC 650", 6) ||
        evx_unit_set(&u->text, text, strlen(text)) ||
        evx_unit_add_source(u, "corpus/fuzz.txt", "pdf-text", para + 1, 1,
                            para + 1))
        query_fail("cannot make a unit");
    u->para = para;
    u->number = para;
    u->chapter = 9;
    return u;
}

static void query_push(evx_units *units, evx_unit *u)
{
    if (evx_units_push(units, u))
        query_fail("cannot push a unit");
}

static void query_add_units(evx_units *units)
{
    evx_unit *u;
    query_push(units, query_make_unit(EVX_UNIT_PARAGRAPH, "HC650/p1", 1,
        "Sustainability and transformation partnerships (STPs) and "
        "accountable care organisations (ACOs) are place-based; front-line "
        "staff in the NHS's integrated care systems work co-operatively."));
    query_push(units, query_make_unit(EVX_UNIT_PARAGRAPH, "HC650/p2", 2,
        "The speed of trust matters: the King's Fund said \u201cintegration "
        "takes time\u201d and cost \u00a3900million in 2017/18 (29%)."));
    u = query_make_unit(EVX_UNIT_QUOTATION, "HC650/p2/q1", 2,
                  "Things move at the speed of trust.");
    if (evx_speaker_new(&u->speaker) ||
        evx_unit_set(&u->speaker->name, "Professor Chris Ham", 19) ||
        evx_unit_set(&u->speaker->org, "The King's Fund", 15) ||
        evx_unit_set(&u->speaker->kind, "oral", 4) ||
        evx_unit_set(&u->speaker->ref, "Q361", 4) ||
        evx_unit_set(&u->parent, "HC650/p2", 8))
        query_fail("cannot make a speaker");
    u->number = 1;
    query_push(units, u);
    u = query_make_unit(EVX_UNIT_FOOTNOTE, "HC650/fn1", 2, "Q361 [Chris Ham]");
    u->number = 1;
    query_push(units, u);
    u = query_make_unit(EVX_UNIT_WITNESS, "HC650/witness/1", 0,
                  "Professor Chris Ham, Chief Executive, The King's Fund");
    u->q_first = 300;
    u->q_last = 400;
    if (evx_unit_add_person(u, "Professor Chris Ham", "Chief Executive",
                            "The King's Fund"))
        query_fail("cannot add a person");
    query_push(units, u);
    u = query_make_unit(EVX_UNIT_EVIDENCE, "HC650/evidence/STP0064", 0,
                  "NHS Clinical Commissioners");
    if (evx_unit_set(&u->code, "STP0064", 7))
        query_fail("cannot set a code");
    query_push(units, u);
}

static int query_rm_entry(const char *p, const struct stat *sb, int f,
                    struct FTW *w)
{
    (void)sb;
    (void)f;
    (void)w;
    return remove(p);
}

static void query_teardown(void)
{
    evx_qparse_free(query_fx.qp);
    evx_db_free(query_fx.db);
    evx_tok_free(query_fx.tok);
    if (query_fx.dir[0])
        nftw(query_fx.dir, query_rm_entry, 8, FTW_DEPTH | FTW_PHYS);
}

static void query_build_index(void)
{
    evx_units units = EVX_UNITS_INIT;
    evx_writer *w = NULL;
    char *msg = NULL, *gen = NULL;

    strcpy(query_fx.dir, "/tmp/evx-fuzzq-XXXXXX");
    if (!mkdtemp(query_fx.dir))
        query_fail("mkdtemp failed");
    atexit(query_teardown);
    if (evx_tok_new(&query_fx.tok))
        query_fail("cannot make a tokenizer");
    query_add_units(&units);
    if (evx_writer_open(&w, query_fx.dir, query_fx.tok, &msg) ||
        evx_writer_add_report(w, &units, NULL))
        query_fail(msg ? msg : "cannot write the index");
    if (evx_writer_finish(w, "{}", &msg))
        query_fail(msg ? msg : "cannot publish the index");
    evx_units_free(&units);
    if (evx_dbpath_current(&gen, query_fx.dir) ||
        evx_db_open(&query_fx.db, gen, EVX_DB_READ, &msg) ||
        evx_qparse_new(&query_fx.qp, query_fx.db, query_fx.tok))
        query_fail(msg ? msg : "cannot open the index");
    free(gen);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    query_build_index();
    return 0;
}

static void query_run(const evx_query *q)
{
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 0, NULL};
    evx_hits hits = {NULL, 0, 0};
    char *msg = NULL;
    evx_status st = evx_search_run(&hits, query_fx.db, q, &p, &msg);
    if (st == EVX_OK) {
        if (hits.len > p.limit || hits.total < hits.len)
            query_fail("more hits than asked for, or total below hits");
        for (size_t i = 0; i < hits.len; i++)
            if (!hits.items[i].unit || !hits.items[i].unit->id)
                query_fail("hit without its unit");
    } else if (st != EVX_INVALID) {
        fprintf(stderr, "search failed: %s: %s\n", evx_status_str(st),
                msg ? msg : "");
        query_fail("search failed other than EVX_INVALID");
    }
    free(msg);
    evx_hits_free(&hits);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    evx_query *q = NULL;
    evx_status st;

    /* Both default operators: AND takes different paths in the parser. */
    if (evx_qparse_set_default_op(query_fx.qp, (size & 1) ? EVX_Q_AND : EVX_Q_OR))
        query_fail("set_default_op refused AND/OR");
    st = evx_qparse_parse(query_fx.qp, (const char *)data, size, &q);
    if (st == EVX_OK) {
        if (!q)
            query_fail("parse succeeded without a query");
        size_t n = evx_qparse_n_words(query_fx.qp);
        for (size_t i = 0; i < n; i++) {
            int phrase = 0;
            const char *w = evx_qparse_word(query_fx.qp, i, &phrase);
            if (!w)
                query_fail("highlight word NULL");
            (void)strlen(w);
        }
        const char *sugg = evx_qparse_suggestion(query_fx.qp);
        if (sugg)
            (void)strlen(sugg);
        query_run(q);
        evx_query_free(q);
    } else {
        const char *msg = evx_qparse_errmsg(query_fx.qp);
        if (q)
            query_fail("failed parse set *out");
        if (!msg || strchr(msg, '\n'))
            query_fail("error message missing or not one line");
    }
    return 0;
}
