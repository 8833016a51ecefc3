/*
 * qfilter.c - the field filters of the query language: speaker: (a name's
 * words, titles aside), org: (a phrase), type:, para:N or para:A..B,
 * chapter:N, ref: and report:.  Filters never weigh.
 */
#include "qparse_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "grow.h"
#include "names.h"
#include "paranum.h"
#include "schema.h"
#include "unit.h"

typedef struct name_ctx {
    evx_qparse *qp;
    evx_query **subs;
    size_t n, cap;
    evx_status st;
} name_ctx;

static int name_cb(void *ctx, const char *word, size_t len)
{
    name_ctx *c = ctx;
    char *w;

    if (evx_grow((void **)&c->subs, &c->cap, c->n + 1,
                 sizeof *c->subs)) {
        c->st = EVX_NOMEM;
        return 1;
    }
    w = evx_strndup(word, len);
    if (!w) {
        c->st = EVX_NOMEM;
        return 1;
    }
    c->st = evx_qp_term(c->qp, &c->subs[c->n], EVX_PREFIX_SPEAKER, w, 0);
    free(w);
    if (c->st)
        return 1;
    c->n++;
    return 0;
}

/* Each word of a speaker: value, titles aside, that no speaker's name
 * has: corrected from the speaker list. */
static evx_status note_name_words(evx_qparse *qp, const lex *l)
{
    qtoks t;
    size_t n = 0;
    evx_status st = evx_qp_tokenize(qp, l->start, l->end, &t);

    if (st)
        return st;
    for (size_t i = 0; i < t.len; i++) {
        if (!evx_name_is_title(t.items[i].term, strlen(t.items[i].term))) {
            t.items[n++] = t.items[i];
            continue;
        }
        free(t.items[i].term);
        free(t.items[i].stem);
    }
    t.len = n;
    st = evx_qp_note_each(qp, &t, l->start, EVX_PREFIX_SPEAKER);
    evx_qp_toks_free(&t);
    return st;
}

/* speaker:NAME: the name's words without titles, all required (so
 * "Professor Ham" finds Chris Ham). */
static evx_status field_speaker(evx_qparse *qp, const lex *l, evx_query **out)
{
    name_ctx c;
    evx_status st;

    memset(&c, 0, sizeof c);
    c.qp = qp;
    st = evx_name_words(qp->tok, qp->text + l->start, l->end - l->start,
                        name_cb, &c);
    if (!st)
        st = c.st;
    if (!st && c.n == 0)
        st = evx_qp_fail(qp, EVX_PARSE,
                  "speaker: needs a name, not only a title, at column %zu",
                  l->col);
    if (st)
        evx_qp_free_queries(c.subs, c.n);
    else
        st = evx_qp_combine_free(out, EVX_Q_AND, c.subs, c.n, 0);
    free(c.subs);
    if (!st)
        st = note_name_words(qp, l);
    return st;
}

/* org:"NHS Improvement": the organisation's words as a phrase. */
static evx_status field_org(evx_qparse *qp, const lex *l, evx_query **out)
{
    qtoks t;
    evx_status st = evx_qp_tokenize(qp, l->start, l->end, &t);

    if (st)
        return st;
    if (t.len == 0)
        st = evx_qp_fail(qp, EVX_PARSE, "empty value for field 'org:' at column %zu",
                  l->col);
    else
        st = evx_qp_phrase_of(qp, out, &t, EVX_PREFIX_ORG, 0);
    if (!st)
        st = evx_qp_note_each(qp, &t, l->start, EVX_PREFIX_ORG);
    evx_qp_toks_free(&t);
    return st;
}

/* The value folded to lower case with spaces dropped ("HC 650" -> hc650). */
static evx_status fold_key(evx_qparse *qp, const lex *l, char **out)
{
    char *f = NULL;
    size_t i, j = 0;
    evx_status st = evx_tok_fold(&f, qp->text + l->start, l->end - l->start);

    if (st)
        return st;
    for (i = 0; f[i]; i++)
        if (!evx_ascii_space(f[i]))
            f[j++] = f[i];
    f[j] = '\0';
    *out = f;
    return EVX_OK;
}

static int parse_uint(const char *s, size_t n, unsigned long *out)
{
    size_t i;
    unsigned long v = 0;

    if (n == 0 || n > 9)
        return 0;
    for (i = 0; i < n; i++) {
        if (!evx_ascii_digit(s[i]))
            return 0;
        v = v * 10 + (unsigned long)(s[i] - '0');
    }
    *out = v;
    return 1;
}

/* Is s[0..n) a paragraph number as printed ("239", "3.12"; paranum.h)?
 * *out gets it. */
static int parse_para(const char *s, size_t n, int *out)
{
    return n && evx_para_read(s, n, out) == n;
}

/* para:N (XP term) or para:A..B (range over the paragraph value); N, A
 * and B as printed, "239" or by chapter "3.12". */
static evx_status field_para(evx_qparse *qp, const lex *l, evx_query **out)
{
    const char *s = qp->text + l->start;
    size_t n = l->end - l->start, i;
    int a, b;
    char num[16];

    if (parse_para(s, n, &a)) {
        snprintf(num, sizeof num, "%d", a);
        return evx_qp_term(qp, out, EVX_PREFIX_PARA, num, 0);
    }
    for (i = 0; i + 1 < n && !(s[i] == '.' && s[i + 1] == '.'); i++)
        ;
    if (i + 1 < n && parse_para(s, i, &a) &&
        parse_para(s + i + 2, n - i - 2, &b) &&
        a <= b) {
        if (++qp->n_terms > EVX_QP_MAX_TERMS)
            return evx_qp_fail(qp, EVX_INVALID, "query has more than %d terms", EVX_QP_MAX_TERMS);
        return evx_query_number_range(out, EVX_SLOT_PARA, (double)a, (double)b);
    }
    return evx_qp_fail(qp, EVX_PARSE,
                "bad paragraph number or range '%.*s' at column %zu (use para:N or para:A..B with A <= B)",
                (int)n, s, l->col);
}

static evx_status field_chapter(evx_qparse *qp, const lex *l, evx_query **out)
{
    unsigned long c;
    char num[16];

    if (!parse_uint(qp->text + l->start, l->end - l->start, &c))
        return evx_qp_fail(qp, EVX_PARSE, "bad chapter number '%.*s' at column %zu",
                    (int)(l->end - l->start), qp->text + l->start, l->col);
    snprintf(num, sizeof num, "%lu", c);
    return evx_qp_term(qp, out, EVX_PREFIX_CHAPTER, num, 0);
}

static evx_status field_type(evx_qparse *qp, const lex *l, evx_query **out)
{
    char *f = NULL;
    evx_unit_type t;
    evx_status st = fold_key(qp, l, &f);
    int i;
    evx_buf names = EVX_BUF_INIT;

    if (st)
        return st;
    if (evx_unit_type_parse(&t, f) == EVX_OK) {
        st = evx_qp_term(qp, out, EVX_PREFIX_TYPE, evx_unit_type_name(t), 0);
        free(f);
        return st;
    }
    for (i = 0; i < EVX_UNIT_TYPE_COUNT; i++)
        evx_buf_printf(&names, "%s%s", i ? ", " : "",
                       evx_unit_type_name((evx_unit_type)i));
    st = evx_qp_fail(qp, EVX_PARSE, "unknown type '%.*s' at column %zu; types are %s",
              (int)(l->end - l->start), qp->text + l->start, l->col,
              evx_buf_str(&names));
    evx_buf_free(&names);
    free(f);
    return st;
}

/* A filter on the folded value, its spaces removed; a report's value is
 * its key (unit.h: report:"HC 650 (2017–19)" is HC650-2017-19). */
static evx_status field_key(evx_qparse *qp, const lex *l, const char *prefix,
                            int report, evx_query **out)
{
    char *f = NULL;
    evx_buf key = EVX_BUF_INIT;
    evx_status st = fold_key(qp, l, &f);

    if (st)
        return st;
    if (report) {
        evx_unit_report_key(&key, f);
        free(f);
        f = evx_buf_status(&key) ? NULL : evx_buf_detach(&key);
        if (!f)
            return EVX_NOMEM;
    }
    if (!*f)
        st = evx_qp_fail(qp, EVX_PARSE, "empty value for field '%.*s:' at column %zu",
                  (int)l->field_len, l->field, l->col);
    else
        st = evx_qp_term(qp, out, prefix, f, 0);
    free(f);
    return st;
}

static int field_is(const lex *l, const char *name)
{
    return strlen(name) == l->field_len &&
           memcmp(l->field, name, l->field_len) == 0;
}

/* A field filter; never weighted. */
evx_status evx_qp_build_field(evx_qparse *qp, const lex *l, item *it)
{
    it->scored = 0;
    if (l->start >= l->end)
        return evx_qp_fail(qp, EVX_PARSE, "empty value for field '%.*s:' at column %zu",
                    (int)l->field_len, l->field, l->col);
    if (field_is(l, "speaker"))
        return field_speaker(qp, l, &it->q);
    if (field_is(l, "org"))
        return field_org(qp, l, &it->q);
    if (field_is(l, "type"))
        return field_type(qp, l, &it->q);
    if (field_is(l, "para"))
        return field_para(qp, l, &it->q);
    if (field_is(l, "chapter"))
        return field_chapter(qp, l, &it->q);
    if (field_is(l, "ref"))
        return field_key(qp, l, EVX_PREFIX_REF, 0, &it->q);
    return field_key(qp, l, EVX_PREFIX_REPORT, 1, &it->q);
}
