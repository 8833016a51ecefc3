/*
 * qp_testdb.h - a small index built through xdb.h the way lib/schema.h
 * lays it out, for tests/test_qparse.c and tests/test_search.c (header
 * only: every helper is static inline, so a file may use a few).
 */
#ifndef EVX_QP_TESTDB_H
#define EVX_QP_TESTDB_H

#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "impact.h"
#include "names.h"
#include "schema.h"
#include "tok.h"
#include "unit.h"
#include "xdb.h"

/* A unit as the test index holds it. */
typedef struct tunit {
    const char *id;
    const char *type;
    const char *report;
    int para, chapter;
    const char *text;
    const char *speaker; /* name, or NULL */
    const char *org;     /* speaker organisation, or NULL */
    const char *ref;     /* evidence reference, or NULL */
    double order;        /* document order */
    const char *identity; /* collapse key; NULL: the id */
} tunit;

typedef struct tdb {
    char dir[64];
    char path[96];
    evx_db *db;
    evx_tok *tok;
} tdb;

static inline int tdb_rm(const char *p, const struct stat *sb, int f,
                         struct FTW *w)
{
    (void)sb;
    (void)f;
    (void)w;
    return remove(p);
}

typedef struct tdb_post {
    evx_doc *doc;
    evx_db *db;
    const char *prefix;
    unsigned base;
    unsigned last;
    int spell;
} tdb_post;

static inline int tdb_post_cb(void *ctx, const evx_token *t)
{
    tdb_post *p = ctx;
    evx_buf b = EVX_BUF_INIT;

    p->last = t->pos;
    evx_buf_printf(&b, "%s%s", p->prefix, t->term);
    cr_assert_eq(evx_doc_add_posting(p->doc, evx_buf_str(&b), t->pos, 1), EVX_OK);
    if (!*p->prefix) {
        evx_buf_clear(&b);
        evx_buf_printf(&b, "Z%s", t->stem);
        cr_assert_eq(evx_doc_add_posting(p->doc, evx_buf_str(&b), t->pos, 1),
                     EVX_OK);
        if (p->spell)
            cr_assert_eq(evx_db_add_spelling(p->db, t->term, 1), EVX_OK);
    }
    evx_buf_free(&b);
    return 0;
}

/* Positional terms of text under prefix ("" = plain + Z), from first. */
static inline unsigned tdb_index_text(tdb *t, evx_doc *doc, const char *prefix,
                                      const char *text, unsigned first)
{
    tdb_post p = {doc, t->db, prefix, first, first, 1};

    cr_assert_eq(evx_tokenize_at(t->tok, text, strlen(text), first,
                                 tdb_post_cb, &p), EVX_OK);
    return p.last + EVX_FIELD_GAP;
}

typedef struct tdb_name {
    evx_doc *doc;
    unsigned pos;
} tdb_name;

static inline int tdb_name_cb(void *ctx, const char *w, size_t len)
{
    tdb_name *n = ctx;
    evx_buf b = EVX_BUF_INIT;

    evx_buf_printf(&b, "%s%.*s", EVX_PREFIX_SPEAKER, (int)len, w);
    cr_assert_eq(evx_doc_add_posting(n->doc, evx_buf_str(&b), n->pos++, 1),
                 EVX_OK);
    evx_buf_free(&b);
    return 0;
}

static inline void tdb_bool(evx_doc *doc, const char *prefix, const char *v)
{
    evx_buf b = EVX_BUF_INIT;

    evx_buf_printf(&b, "%s%s", prefix, v);
    cr_assert_eq(evx_doc_add_boolean(doc, evx_buf_str(&b)), EVX_OK);
    evx_buf_free(&b);
}

/* The unit's JSON, as the writer stores it. */
static inline char *tdb_json(const tunit *u)
{
    evx_unit *x = NULL;
    evx_unit_type type;
    evx_buf b = EVX_BUF_INIT;

    cr_assert_eq(evx_unit_type_parse(&type, u->type), EVX_OK);
    cr_assert_eq(evx_unit_new(&x, type), EVX_OK);
    evx_unit_set(&x->id, u->id, strlen(u->id));
    evx_unit_set(&x->report, u->report, strlen(u->report));
    evx_unit_set(&x->text, u->text, strlen(u->text));
    x->para = u->para;
    x->chapter = u->chapter;
    if (u->speaker) {
        cr_assert_eq(evx_speaker_new(&x->speaker), EVX_OK);
        evx_unit_set(&x->speaker->name, u->speaker, strlen(u->speaker));
    }
    evx_unit_to_json(x, &b);
    evx_unit_free(x);
    return evx_buf_detach(&b);
}

static inline void tdb_add(tdb *t, const tunit *u, const char *data)
{
    evx_doc *doc = NULL;
    evx_buf b = EVX_BUF_INIT;
    char num[32];
    char *json = NULL;
    unsigned pos;

    cr_assert_eq(evx_doc_new(&doc), EVX_OK);
    pos = tdb_index_text(t, doc, "", u->text, 0);
    if (u->speaker) {
        tdb_name n = {doc, pos};
        char *key = NULL;
        cr_assert_eq(evx_name_words(t->tok, u->speaker, strlen(u->speaker),
                                    tdb_name_cb, &n), EVX_OK);
        cr_assert_eq(evx_name_key(t->tok, u->speaker, strlen(u->speaker), &key),
                     EVX_OK);
        tdb_bool(doc, EVX_PREFIX_SPEAKER_KEY, key);
        evx_doc_set_value(doc, EVX_SLOT_SPEAKER, key, strlen(key));
        free(key);
        pos = n.pos + EVX_FIELD_GAP;
    }
    if (u->org)
        tdb_index_text(t, doc, EVX_PREFIX_ORG, u->org, pos);
    tdb_bool(doc, EVX_PREFIX_TYPE, u->type);
    evx_unit_report_key(&b, u->report);
    {
        char *k = evx_strdup(evx_buf_str(&b)), *c;
        for (c = k; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
        tdb_bool(doc, EVX_PREFIX_REPORT, k);
        free(k);
    }
    if (u->para) {
        snprintf(num, sizeof num, "%d", u->para);
        tdb_bool(doc, EVX_PREFIX_PARA, num);
        evx_doc_set_number(doc, EVX_SLOT_PARA, u->para);
    }
    if (u->chapter) {
        snprintf(num, sizeof num, "%d", u->chapter);
        tdb_bool(doc, EVX_PREFIX_CHAPTER, num);
        evx_doc_set_number(doc, EVX_SLOT_CHAPTER, u->chapter);
    }
    if (u->ref) {
        char *f = NULL;
        cr_assert_eq(evx_tok_fold(&f, u->ref, strlen(u->ref)), EVX_OK);
        tdb_bool(doc, EVX_PREFIX_REF, f);
        free(f);
    }
    {
        const char *ident = u->identity ? u->identity : u->id;
        evx_unit_type type;
        char tp[48];
        evx_doc_set_value(doc, EVX_SLOT_IDENTITY, ident, strlen(ident));
        if (evx_unit_type_parse(&type, u->type) == EVX_OK)
            evx_doc_set_value(doc, EVX_SLOT_TYPE_PARA, tp,
                              evx_unit_type_para_print(type, u->para, tp,
                                                       sizeof tp));
    }
    evx_doc_set_number(doc, EVX_SLOT_ORDER, u->order);
    /* each term's weight as its wdf, as the writer stores it */
    cr_assert_eq(evx_doc_reweigh(doc, evx_impact_weigher(
                                          strcmp(u->type, "quotation") == 0)),
                 EVX_OK);
    if (!data)
        data = json = tdb_json(u);
    cr_assert_eq(evx_doc_set_data(doc, data, strlen(data)), EVX_OK);
    evx_buf_clear(&b);
    evx_buf_printf(&b, "Q%s", u->id);
    cr_assert_eq(evx_db_replace(t->db, evx_buf_str(&b), doc, NULL), EVX_OK);
    evx_buf_free(&b);
    free(json);
    evx_doc_free(doc);
}

/* The stems of words, joined by spaces (a synonym key). */
static inline char *tdb_stems(tdb *t, const char *words)
{
    char *copy = evx_strdup(words), *w, *save = NULL;
    evx_buf b = EVX_BUF_INIT;

    for (w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        if (b.len)
            evx_buf_putc(&b, ' ');
        evx_buf_puts(&b, evx_tok_stem(t->tok, w, strlen(w)));
    }
    free(copy);
    return evx_buf_detach(&b);
}

/* Creates the database in a fresh temp dir and opens it writable. */
static inline void tdb_create(tdb *t)
{
    memset(t, 0, sizeof *t);
    strcpy(t->dir, "/tmp/evx-qp-XXXXXX");
    cr_assert_not_null(mkdtemp(t->dir));
    snprintf(t->path, sizeof t->path, "%s/db", t->dir);
    cr_assert_eq(evx_tok_new(&t->tok), EVX_OK);
    cr_assert_eq(evx_db_open(&t->db, t->path, EVX_DB_CREATE, NULL), EVX_OK);
}

/* Commits and reopens read-only, as the query tool does. */
static inline void tdb_reopen(tdb *t)
{
    cr_assert_eq(evx_db_commit(t->db), EVX_OK);
    evx_db_free(t->db);
    t->db = NULL;
    cr_assert_eq(evx_db_open(&t->db, t->path, EVX_DB_READ, NULL), EVX_OK);
}

static inline void tdb_destroy(tdb *t)
{
    evx_db_free(t->db);
    evx_tok_free(t->tok);
    nftw(t->dir, tdb_rm, 8, FTW_DEPTH | FTW_PHYS);
}

#endif /* EVX_QP_TESTDB_H */
