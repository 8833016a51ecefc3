/*
 * test_writer.c - units into an index generation: what the writer stores
 * (terms, fields, metadata, synonyms) seen through the query side, and how
 * a build publishes atomically and keeps a second builder out.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE
#include <criterion/criterion.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "dbpath.h"
#include "qparse.h"
#include "schema.h"
#include "search.h"
#include "testutil.h"
#include "writer.h"

static char root[64];
static evx_tok *tok;

static void setup(void)
{
    strcpy(root, "/tmp/evx-writer-XXXXXX");
    cr_assert_not_null(mkdtemp(root));
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
}

static void teardown(void)
{
    evx_tok_free(tok);
    tu_rm_tree(root);
}

TestSuite(writer, .init = setup, .fini = teardown);

static evx_unit *unit(evx_unit_type type, const char *id, int para,
                      const char *text)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, type), EVX_OK);
    evx_unit_set(&u->id, id, strlen(id));
    evx_unit_set(&u->report, "HC 999", 6);
    evx_unit_set(&u->text, text, strlen(text));
    u->para = para;
    u->number = para;
    u->chapter = 2;
    evx_unit_add_source(u, "corpus/r.txt", "pdf-text", 10, 1, 12);
    return u;
}

static void fill(evx_units *units)
{
    evx_units_push(units, unit(EVX_UNIT_PARAGRAPH, "HC999/p1", 1,
                               "Staff on the front-line services said so. "
                               "Integrated care systems (ICSs) are new."));
    evx_unit *q = unit(EVX_UNIT_QUOTATION, "HC999/p1/q1", 1,
                       "We will play our part.");
    evx_speaker_new(&q->speaker);
    evx_unit_set(&q->speaker->name, "Professor Chris Ham", 19);
    evx_unit_set(&q->speaker->org, "The King's Fund", 15);
    evx_unit_set(&q->speaker->kind, "oral", 4);
    evx_unit_set(&q->speaker->ref, "Q243", 4);
    evx_units_push(units, q);
    evx_units_push(units, unit(EVX_UNIT_RECOMMENDATION, "HC999/r1", 1,
                               "The ICSs should be given time."));
}

/* Builds and publishes one generation holding units; returns its count. */
static unsigned long build(const evx_units *units)
{
    evx_writer *w = NULL;
    char *err = NULL;
    evx_manifest_entry e = {0};
    e.path = "corpus/r.txt";
    e.file = "corpus/r.txt";
    e.report = "HC 999";
    e.title = "A test report";
    e.committee = "Test Committee";
    cr_assert_eq(evx_writer_open(&w, root, tok, &err), EVX_OK, "%s", err);
    cr_assert_eq(evx_writer_add_report(w, units, &e), EVX_OK, "%s",
                 evx_writer_errmsg(w));
    unsigned long n = evx_writer_count(w);
    cr_assert_eq(evx_writer_finish(w, "{}", &err), EVX_OK, "%s", err);
    return n;
}

static evx_db *open_current(void)
{
    char *cur = NULL, *err = NULL;
    evx_db *db = NULL;
    cr_assert_eq(evx_dbpath_current(&cur, root), EVX_OK);
    cr_assert_eq(evx_db_open(&db, cur, EVX_DB_READ, &err), EVX_OK, "%s", err);
    free(cur);
    return db;
}

/* Number of units the query matches. */
static unsigned long count(evx_db *db, const char *query)
{
    evx_qparse *qp = NULL;
    evx_query *q = NULL;
    evx_hits h;
    evx_search_params p = {0, 10, 0, 0, 0, NULL, 0, NULL};
    cr_assert_eq(evx_qparse_new(&qp, db, tok), EVX_OK);
    cr_assert_eq(evx_qparse_parse(qp, query, strlen(query), &q), EVX_OK,
                 "%s: %s", query, evx_qparse_errmsg(qp));
    cr_assert_eq(evx_search_run(&h, db, q, &p, NULL), EVX_OK);
    unsigned long n = h.total;
    evx_hits_free(&h);
    evx_query_free(q);
    evx_qparse_free(qp);
    return n;
}

/* The type-and-paragraph value (schema.h, EVX_SLOT_TYPE_PARA) of the one
 * unit the query matches. */
static char *type_para_of(evx_db *db, const char *query)
{
    evx_qparse *qp = NULL;
    evx_query *q = NULL;
    evx_results *r = NULL;
    size_t len = 0;
    cr_assert_eq(evx_qparse_new(&qp, db, tok), EVX_OK);
    cr_assert_eq(evx_qparse_parse(qp, query, strlen(query), &q), EVX_OK);
    cr_assert_eq(evx_db_search(db, q, NULL, &r), EVX_OK);
    cr_assert_eq(evx_results_size(r), 1, "%s", query);
    const char *v = evx_results_value(r, 0, EVX_SLOT_TYPE_PARA, &len);
    char *out = evx_strndup(v, len);
    evx_results_free(r);
    evx_query_free(q);
    evx_qparse_free(qp);
    return out;
}

Test(writer, each_unit_keeps_its_type_and_paragraph_as_a_value)
{
    evx_units units = EVX_UNITS_INIT;
    fill(&units);
    build(&units);
    evx_db *db = open_current();
    char *v = type_para_of(db, "type:recommendation");
    cr_expect_str_eq(v, "recommendation 1");
    free(v);
    v = type_para_of(db, "type:quotation");
    cr_expect_str_eq(v, "quotation 1");
    free(v);
    evx_db_free(db);
    evx_units_free(&units);
}

Test(writer, units_are_found_by_text_fields_and_filters)
{
    evx_units units = EVX_UNITS_INIT;
    fill(&units);
    cr_assert_eq(build(&units), 3);
    evx_db *db = open_current();
    cr_expect_eq(count(db, "integration"), 1);     /* stemmed */
    cr_expect_eq(count(db, "\"play our part\""), 1);
    cr_expect_eq(count(db, "speaker:ham"), 1);
    cr_expect_eq(count(db, "speaker:\"Chris Ham\""), 1);
    cr_expect_eq(count(db, "org:\"king's fund\""), 1);
    cr_expect_eq(count(db, "ref:Q243"), 1);
    cr_expect_eq(count(db, "type:recommendation"), 1);
    cr_expect_eq(count(db, "para:1 type:paragraph"), 1);
    cr_expect_eq(count(db, "chapter:2"), 3);
    cr_expect_eq(count(db, "report:HC999"), 3);
    evx_db_free(db);
    evx_units_free(&units);
}

/* A question reference printed with a space ("Q 133", as the Lords and
 * older reports print it), in the plural or spelt out, is found by the
 * form users type, ref:Q133 or Q133, and by the printed form typed: the
 * query "Q 133". */
Test(writer, a_question_reference_in_any_printed_form_is_found_by_q_and_number)
{
    evx_units units = EVX_UNITS_INIT;
    static const char *const refs[] = {"Q 133", "Qq 140-142", "Question 151",
                                       "Q. 160"};
    for (int i = 0; i < 4; i++) {
        char id[32];
        snprintf(id, sizeof id, "HC999/p%d/q1", i + 1);
        evx_unit *q = unit(EVX_UNIT_QUOTATION, id, i + 1, "We will play our part.");
        evx_speaker_new(&q->speaker);
        evx_unit_set(&q->speaker->name, "Don Redding", 11);
        evx_unit_set(&q->speaker->kind, "oral", 4);
        evx_unit_set(&q->speaker->ref, refs[i], strlen(refs[i]));
        evx_units_push(&units, q);
    }
    evx_units_push(&units, unit(EVX_UNIT_FOOTNOTE, "HC999/fn7", 4,
                                "Q 170 [Don Redding]"));
    cr_assert_eq(build(&units), 5);
    evx_db *db = open_current();
    cr_expect_eq(count(db, "ref:Q133"), 1);
    cr_expect_eq(count(db, "ref:Q140"), 1);
    cr_expect_eq(count(db, "ref:Q151"), 1);
    cr_expect_eq(count(db, "ref:Q160"), 1);
    cr_expect_eq(count(db, "ref:Q170"), 1);
    /* typed as printed, a reference is two words that find the same */
    cr_expect_eq(count(db, "Q 133"), 1);
    cr_expect_eq(count(db, "QQ 140"), 1);
    cr_expect_eq(count(db, "Q133"), 1);
    evx_db_free(db);
    evx_units_free(&units);
}

Test(writer, a_compound_meets_both_phrase_forms)
{
    evx_units units = EVX_UNITS_INIT;
    fill(&units);
    build(&units);
    evx_db *db = open_current();
    /* "front-line services" in the text: the closed form is posted at the
     * first and the last part's positions. */
    cr_expect_eq(count(db, "\"frontline services\""), 1);
    cr_expect_eq(count(db, "\"the frontline\""), 1);
    cr_expect_eq(count(db, "\"front line services\""), 1);
    cr_expect_eq(count(db, "frontline"), 1);
    evx_db_free(db);
    evx_units_free(&units);
}

Test(writer, acronym_definitions_become_synonyms_and_metadata_is_kept)
{
    evx_units units = EVX_UNITS_INIT;
    fill(&units);
    build(&units);
    evx_db *db = open_current();
    /* "ICSs" in r1 meets "integrated care systems" in p1, both ways. */
    cr_expect_eq(count(db, "ICS"), 2);
    cr_expect_eq(count(db, "\"integrated care systems\" OR ICS"), 2);
    char *meta = NULL;
    cr_assert_eq(evx_db_get_metadata(db, EVX_META_REPORT "HC999", &meta),
                 EVX_OK);
    cr_expect(strstr(meta, "\"title\":\"A test report\"") != NULL, "%s", meta);
    free(meta);
    cr_assert_eq(evx_db_get_metadata(db, EVX_META_FORMAT, &meta), EVX_OK);
    cr_expect_str_eq(meta, EVX_INDEX_FORMAT);
    free(meta);
    evx_db_free(db);
    evx_units_free(&units);
}

Test(writer, a_rebuild_replaces_and_an_abort_keeps_the_old_index)
{
    evx_units units = EVX_UNITS_INIT;
    fill(&units);
    build(&units);
    build(&units); /* the same ids again: replaced, not added */
    evx_db *db = open_current();
    unsigned long n = 0;
    cr_assert_eq(evx_db_doc_count(db, &n), EVX_OK);
    cr_expect_eq(n, 3);
    evx_db_free(db);

    evx_writer *w = NULL;
    cr_assert_eq(evx_writer_open(&w, root, tok, NULL), EVX_OK);
    evx_units more = EVX_UNITS_INIT;
    evx_units_push(&more, unit(EVX_UNIT_PARAGRAPH, "HC999/p9", 9, "Zebras."));
    cr_assert_eq(evx_writer_add_report(w, &more, NULL), EVX_OK);
    evx_writer_abort(w);
    db = open_current();
    cr_expect_eq(count(db, "zebras"), 0);
    cr_expect_eq(count(db, "\"play our part\""), 1);
    evx_db_free(db);
    evx_units_free(&more);
    evx_units_free(&units);
}

Test(writer, a_second_builder_is_locked_out)
{
    evx_writer *w = NULL;
    char *err = NULL;
    cr_assert_eq(evx_writer_open(&w, root, tok, NULL), EVX_OK);
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        evx_writer *w2 = NULL;
        evx_status st = evx_writer_open(&w2, root, tok, &err);
        int ok = st == EVX_LOCKED && err && strstr(err, "lock");
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    cr_expect(WIFEXITED(status) && WEXITSTATUS(status) == 0,
              "the second writer was not told the index is locked");
    evx_writer_abort(w);
}
