/*
 * qterm.c - words as terms for the query parser: the index's tokenizer run
 * over a stretch of the query, terms counted against the limit, phrases
 * (a hyphenated compound both split and closed up), wildcards over plain
 * terms, and the words kept for highlighting.
 */
#include "qparse_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "grow.h"
#include "qstem.h"
#include "utf8.h"

#define MAX_WILDCARD 1000

evx_status evx_qp_fail(evx_qparse *qp, evx_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The most bytes of the query a message quotes: a longer quote keeps its
 * start and an ellipsis, so a message stays one readable line (a query
 * of 10,000 dashes had been quoted whole). */
#define QUOTE_MAX 60

/* Shortens each run between single quotes in e past QUOTE_MAX bytes. */
static void shorten_quotes(evx_buf *e)
{
    evx_buf out = EVX_BUF_INIT;
    const char *s = evx_buf_str(e);
    for (const char *open; (open = strchr(s, '\'')) != NULL;) {
        const char *close = strchr(open + 1, '\'');
        if (!close)
            break;
        size_t n = (size_t)(close - open - 1);
        evx_buf_append(&out, s, (size_t)(open + 1 - s));
        if (n > QUOTE_MAX) {
            evx_buf_append(&out, open + 1, evx_utf8_prefix(open + 1, n, QUOTE_MAX));
            evx_buf_puts(&out, "\xE2\x80\xA6");
        } else {
            evx_buf_append(&out, open + 1, n);
        }
        evx_buf_putc(&out, '\'');
        s = close + 1;
    }
    evx_buf_puts(&out, s);
    if (!evx_buf_status(&out)) {
        evx_buf_clear(e);
        evx_buf_append(e, out.data, out.len);
    }
    evx_buf_free(&out);
}

evx_status evx_qp_fail(evx_qparse *qp, evx_status st, const char *fmt, ...)
{
    va_list ap;

    evx_buf_clear(&qp->err);
    va_start(ap, fmt);
    evx_buf_vprintf(&qp->err, fmt, ap);
    va_end(ap);
    shorten_quotes(&qp->err);
    /* one line, whatever of the query it quotes (a newline in a value) */
    evx_ascii_one_line(qp->err.data, qp->err.len);
    return st;
}

/* ---- tokens ------------------------------------------------------------ */

void evx_qp_toks_free(qtoks *t)
{
    size_t i;

    for (i = 0; i < t->len; i++) {
        free(t->items[i].term);
        free(t->items[i].stem);
    }
    free(t->items);
    memset(t, 0, sizeof *t);
}

static int collect_cb(void *ctx, const evx_token *tk)
{
    qtoks *t = ctx;
    qtok *q;

    if (evx_grow((void **)&t->items, &t->cap, t->len + 1,
                 sizeof *t->items)) {
        t->oom = 1;
        return 1;
    }
    q = &t->items[t->len];
    q->term = evx_strndup(tk->term, tk->term_len);
    q->stem = evx_strndup(tk->stem, tk->stem_len);
    q->start = tk->start;
    q->end = tk->end;
    q->kind = tk->kind;
    if (!q->term || !q->stem) {
        free(q->term);
        free(q->stem);
        t->oom = 1;
        return 1;
    }
    t->len++;
    return 0;
}

evx_status evx_qp_tokenize(evx_qparse *qp, size_t start, size_t end,
                           qtoks *out)
{
    evx_status st;

    memset(out, 0, sizeof *out);
    st = evx_tokenize(qp->tok, qp->text + start, end - start, collect_cb, out);
    if (!st && out->oom)
        st = EVX_NOMEM;
    if (st)
        evx_qp_toks_free(out);
    return st;
}

/* ---- query building ----------------------------------------------------- */

evx_status evx_qp_term(evx_qparse *qp, evx_query **out, const char *prefix,
                            const char *term, unsigned pos)
{
    if (++qp->n_terms > EVX_QP_MAX_TERMS)
        return evx_qp_fail(qp, EVX_INVALID, "query has more than %d terms", EVX_QP_MAX_TERMS);
    return evx_query_prefixed(out, prefix, term, strlen(term), pos);
}

void evx_qp_free_queries(evx_query **qs, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        evx_query_free(qs[i]);
}

/* Combines subs with op and frees them (also on failure). */
evx_status evx_qp_combine_free(evx_query **out, evx_query_op op,
                               evx_query **subs, size_t n, unsigned window)
{
    evx_status st;

    if (n == 1 && op != EVX_Q_AND_NOT && op != EVX_Q_FILTER) {
        *out = subs[0];
        return EVX_OK;
    }
    st = evx_query_combine(out, op, subs, n, window);
    evx_qp_free_queries(subs, n);
    return st;
}

evx_status evx_qp_combine2(evx_query **out, evx_query_op op, evx_query *a,
                           evx_query *b)
{
    evx_query *subs[2];

    subs[0] = a;
    subs[1] = b;
    return evx_qp_combine_free(out, op, subs, 2, 0);
}

/* Every document, with no weight (base of pure filters and pure NOTs). */
evx_status evx_qp_all(evx_query **out)
{
    evx_query *all = NULL;
    evx_status st = evx_query_all(&all);

    if (!st)
        st = evx_query_scale(out, all, 0.0);
    evx_query_free(all);
    return st;
}

evx_status evx_qp_add_word(evx_qparse *qp, const char *w, size_t n,
                           int is_phrase)
{
    char *copy;

    if (qp->negated)
        return EVX_OK;
    if (qp->n_words == qp->cap_words) {
        size_t cap = qp->cap_words ? qp->cap_words * 2 : 16;
        char **nw = realloc(qp->words, cap * sizeof *nw);
        int *np;
        if (!nw)
            return EVX_NOMEM;
        qp->words = nw;
        np = realloc(qp->word_phrase, cap * sizeof *np);
        if (!np)
            return EVX_NOMEM;
        qp->word_phrase = np;
        qp->cap_words = cap;
    }
    copy = evx_strndup(w, n);
    if (!copy)
        return EVX_NOMEM;
    qp->words[qp->n_words] = copy;
    qp->word_phrase[qp->n_words++] = is_phrase;
    return EVX_OK;
}

/* A query over the terms of toks (skipping JOINED forms), prefixed, as
 * one term or a phrase; use_stem picks stems over terms. */
/* Does token i take part in the phrase?  Split: every word and compound
 * part ("front", "line").  Joined: compounds as one word ("frontline"),
 * their parts left out. */
static int in_phrase(const qtoks *t, size_t i, int joined, size_t *skip_end)
{
    const qtok *k = &t->items[i];
    if (!joined)
        return k->kind != EVX_TOKEN_JOINED;
    if (k->kind == EVX_TOKEN_JOINED) {
        *skip_end = k->end;
        return 1;
    }
    if (k->kind == EVX_TOKEN_PART && k->start < *skip_end)
        return 0;
    /* A compound's first part comes just before its joined form. */
    return !(k->kind == EVX_TOKEN_PART && i + 1 < t->len &&
             t->items[i + 1].kind == EVX_TOKEN_JOINED &&
             t->items[i + 1].start == k->start);
}

static evx_status phrase_variant(evx_qparse *qp, evx_query **out,
                                 const qtoks *t, const char *prefix,
                                 int use_stem, int joined)
{
    evx_query **subs;
    size_t i, n = 0, skip_end = 0;
    evx_status st = EVX_OK;

    size_t words = 0;

    subs = calloc(t->len ? t->len : 1, sizeof *subs);
    if (!subs)
        return EVX_NOMEM;
    for (i = 0; i < t->len; i++)
        words += in_phrase(t, i, joined, &skip_end) != 0;
    skip_end = 0;
    for (i = 0; i < t->len && !st; i++) {
        if (!in_phrase(t, i, joined, &skip_end))
            continue;
        /* Stems have no positions: a stemmed phrase is one over each
         * stem's plain words (qstem.h). */
        if (use_stem && words > 1)
            st = evx_qstem_forms(&subs[n], qp->db, qp->tok, t->items[i].stem,
                                 ++qp->qpos);
        else
            st = evx_qp_term(qp, &subs[n], prefix,
                           use_stem ? t->items[i].stem : t->items[i].term,
                           ++qp->qpos);
        if (!st)
            n++;
    }
    if (st)
        evx_qp_free_queries(subs, n);
    else if (n == 0)
        st = evx_query_none(out);
    else
        st = evx_qp_combine_free(out, EVX_Q_PHRASE, subs, n, 0);
    free(subs);
    return st;
}

/* The phrase of t's tokens.  With a hyphenated compound in it, the phrase
 * of its parts OR the phrase with the compound closed up, so that
 * "front-line services" also finds "frontline services". */
evx_status evx_qp_phrase_of(evx_qparse *qp, evx_query **out, const qtoks *t,
                            const char *prefix, int use_stem)
{
    evx_query *split = NULL, *joined = NULL;
    size_t i;
    int has_joined = 0;
    evx_status st = phrase_variant(qp, &split, t, prefix, use_stem, 0);

    for (i = 0; i < t->len; i++)
        has_joined |= t->items[i].kind == EVX_TOKEN_JOINED;
    if (st || !has_joined) {
        *out = split;
        return st;
    }
    st = phrase_variant(qp, &joined, t, prefix, use_stem, 1);
    if (st) {
        evx_query_free(split);
        return st;
    }
    return evx_qp_combine2(out, EVX_Q_OR, split, joined);
}

/* Is token i of t a part of a compound whose JOINED form t holds? */
static int part_of_joined(const qtoks *t, size_t i)
{
    for (size_t k = 0; k < t->len; k++)
        if (t->items[k].kind == EVX_TOKEN_JOINED &&
            t->items[k].start <= t->items[i].start &&
            t->items[i].end <= t->items[k].end)
            return 1;
    return 0;
}

/* Records the plain terms of a phrase, space-joined, for highlighting:
 * its parts ("front line"), and with a compound in it closed up too
 * ("frontline"), as the phrase also matches (evx_qp_phrase_of). */
static evx_status record_phrase(evx_qparse *qp, const qtoks *t)
{
    evx_status st = EVX_OK;
    int has_joined = 0;

    for (size_t i = 0; i < t->len; i++)
        has_joined |= t->items[i].kind == EVX_TOKEN_JOINED;
    for (int closed = 0; !st && closed <= has_joined; closed++) {
        evx_buf b = EVX_BUF_INIT;
        for (size_t i = 0; i < t->len; i++) {
            int joined = t->items[i].kind == EVX_TOKEN_JOINED;
            if (closed ? (!joined && part_of_joined(t, i)) : joined)
                continue;
            if (b.len)
                evx_buf_putc(&b, ' ');
            evx_buf_puts(&b, t->items[i].term);
        }
        st = evx_buf_status(&b);
        if (!st && b.len)
            st = evx_qp_add_word(qp, evx_buf_str(&b), b.len, 1);
        evx_buf_free(&b);
    }
    return st;
}

/* A '*' is a wildcard only at the end of a word ("integrat*"): anywhere
 * else (where, as it is not a letter, it would silently vanish) the query
 * is malformed. */
evx_status evx_qp_no_inner_star(evx_qparse *qp, const lex *l,
                                const char *where)
{
    const char *star = memchr(qp->text + l->start, '*', l->end - l->start);

    if (!star)
        return EVX_OK;
    return evx_qp_fail(qp, EVX_PARSE,
                "'*' %s at column %zu: a wildcard ends a word, as in "
                "integrat*",
                where, (size_t)(star - qp->text) + 1);
}

evx_status evx_qp_build_phrase(evx_qparse *qp, const lex *l, item *it)
{
    qtoks t;
    evx_status st = evx_qp_no_inner_star(qp, l, "in a phrase");

    if (!st)
        st = evx_qp_tokenize(qp, l->start, l->end, &t);
    if (st)
        return st;
    if (t.len == 0) {
        evx_qp_toks_free(&t);
        return evx_qp_fail(qp, EVX_PARSE, "empty phrase at column %zu", l->col);
    }
    st = evx_qp_phrase_of(qp, &it->q, &t, "", 0);
    if (!st)
        st = record_phrase(qp, &t);
    if (!st)
        st = evx_qp_note_each(qp, &t, l->start, "");
    evx_qp_toks_free(&t);
    it->scored = 1;
    return st;
}

static int count_cb(void *ctx, const char *term, unsigned long df)
{
    unsigned long *n = ctx;

    (void)term;
    (void)df;
    return ++*n > MAX_WILDCARD;
}

/* integrat*: every plain term starting with the folded prefix. */
evx_status evx_qp_build_wildcard(evx_qparse *qp, const lex *l, item *it)
{
    qtoks t;
    unsigned long n = 0;
    size_t chars = 0, i;
    evx_status st = evx_qp_tokenize(qp, l->start, l->end - 1, &t);

    if (st)
        return st;
    if (t.len != 1) {
        evx_qp_toks_free(&t);
        if (t.len == 0)
            return evx_qp_fail(qp, EVX_INVALID,
                        "wildcard needs at least 2 characters before '*' at column %zu",
                        l->col);
        return evx_qp_fail(qp, EVX_PARSE,
                    "wildcard must be one word before '*' at column %zu", l->col);
    }
    for (i = 0; t.items[0].term[i]; i++)
        if (((unsigned char)t.items[0].term[i] & 0xC0) != 0x80)
            chars++;
    if (chars < 2) {
        evx_qp_toks_free(&t);
        return evx_qp_fail(qp, EVX_INVALID,
                    "wildcard needs at least 2 characters before '*' at column %zu",
                    l->col);
    }
    st = evx_db_terms(qp->db, t.items[0].term, count_cb, &n);
    if (st)
        st = evx_qp_fail(qp, st, "%s", evx_db_errmsg(qp->db));
    else if (n > MAX_WILDCARD)
        st = evx_qp_fail(qp, EVX_INVALID,
                  "wildcard '%s*' at column %zu matches more than %d terms; make it longer",
                  t.items[0].term, l->col, MAX_WILDCARD);
    else if (++qp->n_terms > EVX_QP_MAX_TERMS)
        st = evx_qp_fail(qp, EVX_INVALID, "query has more than %d terms", EVX_QP_MAX_TERMS);
    if (!st)
        st = evx_query_wildcard(&it->q, t.items[0].term, MAX_WILDCARD);
    if (!st) {
        char *w = malloc(strlen(t.items[0].term) + 2);
        if (!w)
            st = EVX_NOMEM;
        else {
            sprintf(w, "%s*", t.items[0].term);
            st = evx_qp_add_word(qp, w, strlen(w), 0);
            free(w);
        }
    }
    evx_qp_toks_free(&t);
    it->scored = 1;
    return st;
}
