/*
 * qwords.c - free words of a topic query: each word's stem, expanded
 * through the index's synonyms (the longest n-gram of stems first), its
 * match through a name or an evidence reference, and its match in
 * headings (rank.h).  Function words weigh but never match alone.
 */
#include "qparse_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "grow.h"
#include "qstem.h"
#include "rank.h"
#include "schema.h"
#include "unit.h"

#define MAX_SYN_NGRAM 6

/* A word chunk of several tokens (front-line, 10:30): the phrase of its
 * parts' stems, OR the closed-up compound's stem (evx_qp_phrase_of gives both). */
static evx_status multi_word(evx_qparse *qp, const qtoks *t, evx_query **out)
{
    return evx_qp_phrase_of(qp, out, t, EVX_PREFIX_STEM, 1);
}

/* Tokenizes a free word chunk into w; records its words for highlighting
 * and misspellings for the suggestion.  A chunk with no token (a lone
 * punctuation mark) leaves w->q and w->stem NULL. */
/* Is s[0, n) written as a name is: a capital letter, then a small one
 * ("Dalton", "McKinsey"; not "NHS", "dalton")? */
static int is_titled(const char *s, size_t n)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                          (utf8proc_ssize_t)n, &c);
    if (k <= 0 || utf8proc_category(c) != UTF8PROC_CATEGORY_LU)
        return 0;
    for (size_t i = (size_t)k; i < n; i += (size_t)k) {
        k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                             (utf8proc_ssize_t)(n - i), &c);
        if (k <= 0)
            return 0;
        if (utf8proc_category(c) == UTF8PROC_CATEGORY_LL)
            return 1;
    }
    return 0;
}

evx_status evx_qp_free_word(evx_qparse *qp, const lex *l, fword *w)
{
    qtoks t;
    size_t i;
    evx_status st = evx_qp_no_inner_star(qp, l, "inside a word");

    memset(w, 0, sizeof *w);
    if (!st)
        st = evx_qp_tokenize(qp, l->start, l->end, &t);
    if (st)
        return st;
    /* each part, and a compound closed up ("frontline" for "front-line"),
     * which the word also matches, for highlighting and the jump to it */
    for (i = 0; i < t.len && !st; i++)
        st = evx_qp_add_word(qp, t.items[i].term, strlen(t.items[i].term), 0);
    if (!st && t.len == 1 && !qp->negated)
        st = evx_qp_note_spelling(qp, &t.items[0], l->start);
    if (!st && t.len == 1) {
        w->titled = is_titled(qp->text + l->start, l->end - l->start);
        w->stem = evx_strdup(t.items[0].stem);
        w->term = evx_strdup(t.items[0].term);
        if (!w->stem || !w->term)
            st = EVX_NOMEM;
    } else if (!st && t.len > 1)
        st = multi_word(qp, &t, &w->q);
    evx_qp_toks_free(&t);
    return st;
}

typedef struct syn_ctx {
    evx_qparse *qp;
    evx_query **alts;
    size_t n, cap;
    evx_status st;
} syn_ctx;

/* A synonym value (stems joined by spaces) as a Z term or Z phrase. */
static evx_status stem_seq_query(evx_qparse *qp, const char *s, evx_query **out)
{
    evx_query *subs[MAX_SYN_NGRAM * 2];
    size_t n = 0;
    evx_status st = EVX_OK;

    while (*s && !st) {
        const char *e = strchr(s, ' ');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        char *w;
        if (len && n < sizeof subs / sizeof subs[0]) {
            w = evx_strndup(s, len);
            if (!w)
                st = EVX_NOMEM;
            else {
                /* A sequence of stems is a phrase over their plain words
                 * (stems have no positions); one stem stays a Z term. */
                st = strchr(s, ' ') || n > 0
                         ? evx_qstem_forms(&subs[n], qp->db, qp->tok, w, 0)
                         : evx_qp_term(qp, &subs[n], EVX_PREFIX_STEM, w, 0);
                if (!st)
                    n++;
            }
            free(w);
        }
        s += len;
        while (*s == ' ')
            s++;
    }
    if (st) {
        evx_qp_free_queries(subs, n);
        return st;
    }
    if (n == 0)
        return evx_query_none(out);
    return evx_qp_combine_free(out, EVX_Q_PHRASE, subs, n, 0);
}

static int syn_cb(void *ctx, const char *synonym)
{
    syn_ctx *c = ctx;

    if (evx_grow((void **)&c->alts, &c->cap, c->n + 1,
                 sizeof *c->alts)) {
        c->st = EVX_NOMEM;
        return 1;
    }
    c->st = stem_seq_query(c->qp, synonym, &c->alts[c->n]);
    if (c->st)
        return 1;
    c->n++;
    return c->n >= 16; /* enough alternatives */
}

/* The n stems of ws[0..n) joined by spaces (a synonym key). */
static evx_status ngram_key(const fword *ws, size_t n, evx_buf *b)
{
    size_t i;

    evx_buf_clear(b);
    for (i = 0; i < n; i++) {
        if (i)
            evx_buf_putc(b, ' ');
        evx_buf_puts(b, ws[i].stem);
    }
    return evx_buf_status(b);
}

/* The query for the n words ws[0..n): their stems (a phrase if n > 1) or,
 * if the index knows synonyms for that stem sequence, OP_SYNONYM of it and
 * its synonyms.  *matched says whether synonyms were found. */
static evx_status syn_query(evx_qparse *qp, const fword *ws, size_t n,
                            evx_query **out, int *matched)
{
    syn_ctx c;
    evx_buf key = EVX_BUF_INIT;
    evx_query *orig = NULL;
    evx_status st;

    memset(&c, 0, sizeof c);
    c.qp = qp;
    *matched = 0;
    st = ngram_key(ws, n, &key);
    if (!st)
        st = evx_db_synonyms(qp->db, evx_buf_str(&key), syn_cb, &c);
    if (!st)
        st = c.st;
    if (st || (c.n == 0 && n > 1))
        goto done;
    st = stem_seq_query(qp, evx_buf_str(&key), &orig);
    if (st)
        goto done;
    if (c.n == 0) {
        *out = orig;
        goto done;
    }
    {
        evx_query **all = realloc(c.alts, (c.n + 1) * sizeof *all);
        if (!all) {
            evx_query_free(orig);
            st = EVX_NOMEM;
            goto done;
        }
        c.alts = all;
        memmove(all + 1, all, c.n * sizeof *all);
        all[0] = orig;
        c.n++;
        st = evx_qp_combine_free(out, EVX_Q_SYNONYM, all, c.n, 0);
        c.n = 0;
        *matched = 1;
    }
done:
    evx_qp_free_queries(c.alts, c.n);
    free(c.alts);
    evx_buf_free(&key);
    return st;
}

/* Names are indexed unstemmed (lib/schema.h), so a free word written
 * as a name is written ("Dalton", not "dalton" or "NHS") also finds a
 * speaker through the name word itself (XS, rank.h): "Dalton" finds his
 * quotations.  A topic word never matches through a name: "funding" or
 * "fund" never finds The King's Fund's quotations, nor "plastic" those of
 * a Plastic Pollution Coalition.  Furniture has no stems either, so a
 * free word shaped as an evidence reference ("Q361", "STP0064") finds it
 * through its ref (XF). */
/* A free word's match in furniture (a witness panel, an evidence list's
 * entry, a footnote that is only a reference), which has no stems
 * (freetext.c), where the query asks for furniture by type: its plain
 * word, so that the word finds the entry or footnote that holds it
 * ("type:footnote DEFRA"), weighted as a word is, so that the footnotes
 * that hold the words rank first (at no weight they had come in the
 * index's order); no other unit matches it, so every other unit's rank
 * is as it was.  As a topic a word never finds furniture. */
static evx_status in_furniture(evx_qparse *qp, const fword *w, evx_query **q)
{
    static const evx_unit_type types[] = {EVX_UNIT_FOOTNOTE, EVX_UNIT_WITNESS,
                                          EVX_UNIT_EVIDENCE};
    evx_query *plain = NULL, *kinds[3] = {NULL, NULL, NULL}, *of = NULL;
    if (!qp->furniture || !w->term || evx_rank_is_function_word(w->stem))
        return EVX_OK;
    evx_status st = evx_qp_term(qp, &plain, "", w->term, 0);
    for (size_t k = 0; k < 3 && !st; k++)
    {
        const char *name = evx_unit_type_name(types[k]);
        st = evx_query_prefixed(&kinds[k], EVX_PREFIX_TYPE, name, strlen(name), 0);
    }
    if (!st)
        st = evx_qp_combine_free(&of, EVX_Q_OR, kinds, 3, 0);
    else
        evx_qp_free_queries(kinds, 3);
    if (!st) {
        st = evx_qp_combine2(&plain, EVX_Q_FILTER, plain, of);
        of = NULL;
    }
    evx_query_free(of);
    if (st) {
        evx_query_free(plain);
        return st;
    }
    return evx_qp_combine2(q, EVX_Q_OR, *q, plain);
}

static evx_status with_name(evx_qparse *qp, const fword *w, evx_query **q)
{
    evx_query *name = NULL, *ref = NULL;
    evx_status st = EVX_OK;

    if (!w->term || evx_rank_is_function_word(w->stem))
        return EVX_OK;
    if (w->titled) {
        st = evx_qp_term(qp, &name, EVX_PREFIX_SPEAKER, w->term, 0);
        if (!st)
            st = evx_rank_name_weight(&name);
        if (!st)
            st = evx_qp_combine2(q, EVX_Q_OR, *q, name);
    }
    if (!st && evx_unit_is_ref(w->term, strlen(w->term))) {
        st = evx_qp_term(qp, &ref, EVX_PREFIX_REF, w->term, 0);
        if (!st)
            st = evx_qp_combine2(q, EVX_Q_OR, *q, ref);
    }
    return st;
}

/* One free word's query: its stem or its synonyms, its name, its plain
 * word in the furniture a type: field asks for; *matched says whether
 * synonyms were found.  On failure *q is freed and NULL. */
static evx_status word_query(evx_qparse *qp, const fword *w, evx_query **q,
                             int *matched)
{
    evx_status st = syn_query(qp, w, 1, q, matched);
    if (!st && !*matched)
        st = with_name(qp, w, q);
    if (!st)
        st = in_furniture(qp, w, q);
    if (st) {
        /* the word's query, made before its name failed (the term
         * limit): not handed on */
        evx_query_free(*q);
        *q = NULL;
    }
    return st;
}

evx_status evx_qp_word_query(evx_qparse *qp, const fword *w, evx_query **q)
{
    int matched;
    return word_query(qp, w, q, &matched);
}

/* A word's match in headings (rank.h), as an extra of the run: it adds
 * weight to a unit that matches through its own words, and never makes
 * a unit match on its own, so a heading alone never outranks a paragraph
 * that has the words. */
static evx_status push_heading(evx_qparse *qp, const fword *w,
                               evx_query **out, int *weak, size_t *n_out)
{
    evx_status st;

    if (evx_rank_is_function_word(w->stem))
        return EVX_OK;
    if (++qp->n_terms > EVX_QP_MAX_TERMS)
        return evx_qp_fail(qp, EVX_INVALID, "query has more than %d terms", EVX_QP_MAX_TERMS);
    st = evx_rank_heading_term(&out[*n_out], qp->db, w->stem);
    if (!st && out[*n_out])
        weak[(*n_out)++] = 1;
    return st;
}

/* Turns a run of single free words into queries, matching the longest
 * synonym n-gram first (up to MAX_SYN_NGRAM stems).  Function words
 * (rank.h) weigh but match nothing alone, so "speed of trust" matches
 * units with "speed" or "trust", not every unit with "of"; a query of
 * nothing but such words still matches them. */
/* An evidence reference typed as two words, as reports print it ("Q 361",
 * "QQ 23", "STP 0064"): "q" or "qq" and a number, or letters and a
 * zero-padded number, that joined are a reference (evx_unit_is_ref); not
 * a word and a year ("by 2020").  The joined term to ref, or 0. */
static int ref_pair(const fword *a, const fword *b, char *ref, size_t cap)
{
    if (!a->term || !b->term || !*b->term)
        return 0;
    if (strcmp(a->term, "q") != 0 && strcmp(a->term, "qq") != 0 &&
        b->term[0] != '0')
        return 0;
    for (const char *c = b->term; *c; c++)
        if (*c < '0' || *c > '9')
            return 0;
    /* "QQ 23" is filed as Q23 (qref.h) */
    int n = snprintf(ref, cap, "%s%s",
                     strcmp(a->term, "qq") == 0 ? "q" : a->term, b->term);
    return n > 0 && (size_t)n < cap && evx_unit_is_ref(ref, (size_t)n);
}

/* The two words of a reference typed apart: the words as usual, or the
 * reference they make ("Q 361" finds what Q361 finds). */
static evx_status pair_query(evx_qparse *qp, fword *ws, const char *ref,
                             evx_query **out)
{
    evx_query *ref_q = NULL, *words = NULL, *w[2] = {NULL, NULL};
    int matched = 0;
    evx_status st = EVX_OK;

    for (int k = 0; k < 2 && !st; k++) {
        st = syn_query(qp, ws + k, 1, &w[k], &matched);
        if (!st && !matched)
            st = with_name(qp, &ws[k], &w[k]);
        if (!st)
            st = in_furniture(qp, &ws[k], &w[k]);
    }
    if (!st)
        st = evx_qp_combine2(&words, EVX_Q_AND, w[0], w[1]);
    else {
        evx_query_free(w[0]);
        evx_query_free(w[1]);
    }
    if (!st)
        st = evx_qp_term(qp, &ref_q, EVX_PREFIX_REF, ref, 0);
    if (!st)
        return evx_qp_combine2(out, EVX_Q_OR, ref_q, words);
    evx_query_free(words);
    return st;
}

evx_status evx_qp_expand_run(evx_qparse *qp, fword *ws, size_t n,
                             evx_query **out, int *weak, size_t *n_out)
{
    size_t i = 0, k;
    evx_status st = EVX_OK;

    while (i < n && !st) {
        int matched = 0;
        evx_query *q = NULL;
        char ref[64];
        if (i + 1 < n && ref_pair(&ws[i], &ws[i + 1], ref, sizeof ref)) {
            weak[*n_out] = 0;
            st = pair_query(qp, ws + i, ref, &out[*n_out]);
            if (!st)
                (*n_out)++;
            i += 2;
            continue;
        }
        size_t len = n - i < MAX_SYN_NGRAM ? n - i : MAX_SYN_NGRAM;
        for (k = len; k >= 2 && !matched && !st; k--) {
            st = syn_query(qp, ws + i, k, &q, &matched);
            if (matched)
                len = k;
        }
        if (!st && matched) {
            /* The expansion joins the words: units that have only some
             * of them still match, ranked below. */
            out[(*n_out)++] = q;
            q = NULL;
        } else
            len = 1;
        for (k = 0; k < len && !st; k++) {
            q = NULL;
            st = word_query(qp, &ws[i + k], &q, &matched);
            if (st)
                break;
            weak[*n_out] = !matched && evx_rank_is_function_word(ws[i + k].stem);
            out[(*n_out)++] = q;
            st = push_heading(qp, &ws[i + k], out, weak, n_out);
        }
        i += len;
    }
    return st;
}
