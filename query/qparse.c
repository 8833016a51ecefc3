/*
 * qparse.c - the evidex query language (see qparse.h): the grammar and
 * the public calls; the other stages are listed in qparse_impl.h.
 *
 * Two passes: a lexer cuts the text into operators, parentheses, quoted
 * phrases and word chunks (with their -/+ sign and field name), then a
 * recursive-descent parser builds the Xapian query.  Words are turned into
 * terms by the index's own tokenizer, never by Xapian's QueryParser, so a
 * query word always meets the terms the indexer made from the same word.
 *
 * Precedence, loosest first:  OR  <  AND  <  juxtaposition (the default
 * operator)  <  NEAR  <  NOT x, -x, +x, field:x, (x), "phrase", word.
 * NOT is unary like '-': "care NOT money funding" excludes only money.
 * Every limit (length, terms, nesting, wildcard width) is checked before the
 * work it bounds, so hostile input costs time linear in its length.
 */
#include "qparse_impl.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "grow.h"
#include "prox.h"
#include "rank.h"
#include "schema.h"
#include "utf8.h"

#define MAX_QUERY_BYTES 65536
#define MAX_DEPTH 32

/* ---- parser --------------------------------------------------------- */

static evx_status parse_or(evx_qparse *qp, item *out);

static const lex *peek(const evx_qparse *qp)
{
    return &qp->lx[qp->p];
}

static const char *lex_name(const lex *l)
{
    switch (l->type) {
    case L_AND: return "AND";
    case L_OR: return "OR";
    case L_NOT: return "NOT";
    case L_NEAR: return "NEAR";
    default: return "operator";
    }
}

static int ends_seq(lex_type t)
{
    return t == L_END || t == L_RPAREN || t == L_OR || t == L_AND;
}

/* A NEAR operand: one plain term (a compound gives its joined form). */
static evx_status near_term(evx_qparse *qp, const lex *l, evx_query **out)
{
    qtoks t;
    size_t i, pick = 0, n_plain = 0;
    int joined = 0;
    evx_status st;

    if (l->type != L_WORD || l->sign || l->field || evx_qp_is_wildcard(qp, l))
        return evx_qp_fail(qp, EVX_PARSE, "NEAR needs a plain word on each side at column %zu",
                    l->col);
    st = evx_qp_tokenize(qp, l->start, l->end, &t);
    if (st)
        return st;
    for (i = 0; i < t.len; i++) {
        if (t.items[i].kind == EVX_TOKEN_JOINED) {
            joined = 1;
            pick = i;
        } else if (!joined) {
            n_plain++;
            pick = i;
        }
    }
    if (t.len == 0 || (!joined && n_plain != 1))
        st = evx_qp_fail(qp, EVX_PARSE, "NEAR needs a plain word on each side at column %zu",
                  l->col);
    else
        st = evx_qp_term(qp, out, "", t.items[pick].term, ++qp->qpos);
    if (!st)
        st = evx_qp_add_word(qp, t.items[pick].term, strlen(t.items[pick].term), 0);
    evx_qp_toks_free(&t);
    return st;
}

/* a NEAR b NEAR/5 c: the words within the widest distance given. */
static evx_status parse_near(evx_qparse *qp, item *it)
{
    evx_query *subs[EVX_QP_MAX_TERMS + 1];
    size_t n = 0;
    unsigned dist = 0;
    evx_status st = near_term(qp, &qp->lx[qp->p++], &subs[n]);

    if (!st)
        n++;
    while (!st && peek(qp)->type == L_NEAR) {
        const lex *op = &qp->lx[qp->p++];
        if (op->near > dist)
            dist = op->near;
        if (peek(qp)->type == L_END || ends_seq(peek(qp)->type)) {
            st = evx_qp_fail(qp, EVX_PARSE, "missing operand after NEAR at column %zu",
                      op->col);
            break;
        }
        if (n >= EVX_QP_MAX_TERMS) {
            st = evx_qp_fail(qp, EVX_INVALID, "query has more than %d terms", EVX_QP_MAX_TERMS);
            break;
        }
        st = near_term(qp, &qp->lx[qp->p++], &subs[n]);
        if (!st)
            n++;
    }
    if (st) {
        evx_qp_free_queries(subs, n);
        return st;
    }
    it->scored = 1;
    it->sign = 0;
    /* window counts positions spanned: n words at most dist apart. */
    return evx_qp_combine_free(&it->q, EVX_Q_NEAR, subs, n, dist + (unsigned)n - 1);
}

/* ( ... ) */
static evx_status parse_group(evx_qparse *qp, const lex *open, item *it)
{
    evx_status st;

    if (++qp->depth > MAX_DEPTH)
        return evx_qp_fail(qp, EVX_INVALID,
                    "parentheses nested deeper than %d at column %zu",
                    MAX_DEPTH, open->col);
    if (peek(qp)->type == L_RPAREN)
        return evx_qp_fail(qp, EVX_PARSE, "empty parentheses at column %zu", open->col);
    st = parse_or(qp, it);
    if (st)
        return st;
    if (peek(qp)->type != L_RPAREN) {
        evx_query_free(it->q);
        it->q = NULL;
        return evx_qp_fail(qp, EVX_PARSE, "unbalanced parenthesis at column %zu",
                    open->col);
    }
    qp->p++;
    qp->depth--;
    return EVX_OK;
}

/* A signed plain word (-word, +word): its stem, no synonyms. */
static evx_status build_word(evx_qparse *qp, const lex *l, item *it)
{
    fword w;
    evx_status st = evx_qp_free_word(qp, l, &w);

    if (st)
        return st;
    it->scored = 1;
    if (w.q) {
        it->q = w.q;
    } else if (w.stem) {
        st = evx_qp_word_query(qp, &w, &it->q);
    } else
        st = evx_qp_fail(qp, EVX_PARSE, "nothing searchable in '%.*s' at column %zu",
                  (int)(l->end - l->start), qp->text + l->start, l->col);
    free(w.stem);
    free(w.term);
    return st;
}

/* One operand that is not a free word: group, phrase, wildcard, field. */
static evx_status parse_operand(evx_qparse *qp, const lex *l, item *it)
{
    if (l->type == L_LPAREN)
        return parse_group(qp, l, it);
    if (l->field)
        return evx_qp_build_field(qp, l, it);
    if (l->type == L_PHRASE)
        return evx_qp_build_phrase(qp, l, it);
    if (evx_qp_is_wildcard(qp, l))
        return evx_qp_build_wildcard(qp, l, it);
    return build_word(qp, l, it);
}

/* A growable list of queries. */
typedef struct qlist {
    evx_query **q;
    size_t n, cap;
} qlist;

static evx_status qlist_push(qlist *l, evx_query *q)
{
    if (evx_grow((void **)&l->q, &l->cap, l->n + 1,
                 sizeof *l->q)) {
        evx_query_free(q);
        return EVX_NOMEM;
    }
    l->q[l->n++] = q;
    return EVX_OK;
}

static void qlist_free(qlist *l)
{
    evx_qp_free_queries(l->q, l->n);
    free(l->q);
    memset(l, 0, sizeof *l);
}

/* The parts of a sequence, sorted by role. */
typedef struct seq {
    qlist should, must, filters, nots;
    qlist weak; /* function words, heading matches and name pairs: they
                   weigh, but match nothing alone */
    fword *run; /* pending single free words, for synonym n-grams */
    size_t n_run, cap_run;
} seq;

static void seq_free(seq *s)
{
    size_t i;

    qlist_free(&s->should);
    qlist_free(&s->must);
    qlist_free(&s->filters);
    qlist_free(&s->nots);
    qlist_free(&s->weak);
    for (i = 0; i < s->n_run; i++) {
        free(s->run[i].stem);
        free(s->run[i].term);
        evx_query_free(s->run[i].q);
    }
    free(s->run);
}

/* Each two adjacent words of the run written as names are ("Ian Dalton",
 * qwords.c) as a speaker's name (rank.h), into s->weak: it adds weight to
 * the units the words match, and never makes one match on its own (nor
 * required under the AND operator). */
static evx_status push_name_pairs(evx_qparse *qp, seq *s)
{
    evx_status st = EVX_OK;

    for (size_t i = 0; i + 1 < s->n_run && !st; i++) {
        const fword *a = &s->run[i], *b = &s->run[i + 1];
        evx_query *q = NULL;
        if (!a->term || !b->term || !a->titled || !b->titled ||
            evx_rank_is_function_word(a->stem) ||
            evx_rank_is_function_word(b->stem))
            continue;
        if ((qp->n_terms += 2) > EVX_QP_MAX_TERMS)
            return evx_qp_fail(qp, EVX_INVALID, "query has more than %d terms",
                        EVX_QP_MAX_TERMS);
        st = evx_rank_name_pair(&q, a->term, b->term);
        if (!st)
            st = qlist_push(&s->weak, q);
    }
    return st;
}

/* The run's proximity boost (prox.h), OR-ed into qp->rerank: it reorders
 * a page of hits (search.h), never the query's matches. */
static evx_status add_proximity(evx_qparse *qp, const seq *s)
{
    const char **stems = calloc(s->n_run * 2, sizeof *stems);
    evx_prox_words w = {stems, stems + s->n_run, s->n_run};
    evx_query *q = NULL;
    size_t pairs = 0;
    evx_status st;

    if (!stems)
        return EVX_NOMEM;
    for (size_t i = 0; i < s->n_run; i++) {
        stems[i] = s->run[i].stem;
        stems[s->n_run + i] = s->run[i].term;
    }
    st = evx_prox_pairs(&q, &pairs, qp->db, qp->tok, &w);
    free(stems);
    if (!st && q && (qp->n_terms += (unsigned)(2 * pairs)) > EVX_QP_MAX_TERMS) {
        evx_query_free(q);
        return evx_qp_fail(qp, EVX_INVALID, "query has more than %d terms",
                           EVX_QP_MAX_TERMS);
    }
    if (st || !q)
        return st;
    if (!qp->rerank) {
        qp->rerank = q;
        return EVX_OK;
    }
    st = evx_qp_combine2(&qp->rerank, EVX_Q_OR, qp->rerank, q);
    if (st)
        qp->rerank = NULL;
    return st;
}

/* Expands the pending run of free words into s->should. */
static evx_status flush_run(evx_qparse *qp, seq *s)
{
    evx_query **qs;
    int *weak;
    size_t n = 0, i;
    evx_status st;

    if (s->n_run == 0)
        return EVX_OK;
    /* Each word gives its query and its heading match; a synonym n-gram
     * one more for at least two words. */
    qs = calloc(s->n_run * 3, sizeof *qs);
    weak = calloc(s->n_run * 3, sizeof *weak);
    if (!qs || !weak) {
        free(qs);
        free(weak);
        return EVX_NOMEM;
    }
    st = evx_qp_expand_run(qp, s->run, s->n_run, qs, weak, &n);
    if (!st)
        st = push_name_pairs(qp, s);
    if (!st && s->n_run > 1 && !qp->negated)
        st = add_proximity(qp, s);
    for (i = 0; i < n; i++)
        if (!st)
            st = qlist_push(weak[i] ? &s->weak : &s->should, qs[i]);
        else
            evx_query_free(qs[i]);
    free(qs);
    free(weak);
    for (i = 0; i < s->n_run; i++) {
        free(s->run[i].stem);
        free(s->run[i].term);
    }
    s->n_run = 0;
    return st;
}

static evx_status push_free_word(evx_qparse *qp, seq *s, const lex *l)
{
    fword w;
    evx_status st = evx_qp_free_word(qp, l, &w);

    if (st)
        return st;
    if (w.q) {
        st = flush_run(qp, s);
        if (!st)
            st = qlist_push(&s->should, w.q);
        else
            evx_query_free(w.q);
        return st;
    }
    if (!w.stem)
        return EVX_OK; /* nothing searchable in it */
    if (evx_grow((void **)&s->run, &s->cap_run, s->n_run + 1,
                 sizeof *s->run)) {
        free(w.stem);
        return EVX_NOMEM;
    }
    s->run[s->n_run++] = w;
    return EVX_OK;
}

/* One element of a sequence: [-|+|NOT] operand, or a NEAR chain. */
static evx_status seq_element(evx_qparse *qp, seq *s)
{
    const lex *l = peek(qp);
    char sign = l->sign;
    item it;
    evx_status st;

    memset(&it, 0, sizeof it);
    if (l->type == L_NOT) {
        qp->p++;
        if (ends_seq(peek(qp)->type))
            return evx_qp_fail(qp, EVX_PARSE, "missing operand after NOT at column %zu",
                        l->col);
        l = peek(qp);
        if (l->sign)
            return evx_qp_fail(qp, EVX_PARSE, "unexpected '%c' after NOT at column %zu",
                        l->sign, l->col);
        if (l->type == L_NOT)
            return evx_qp_fail(qp, EVX_PARSE, "NOT after NOT at column %zu (one "
                               "NOT excludes; two mean nothing)", l->col);
        sign = '-';
    }
    if (l->type == L_NEAR)
        return evx_qp_fail(qp, EVX_PARSE, "missing operand before NEAR at column %zu",
                    l->col);
    if (sign == '-')
        qp->negated++;
    if (!sign && l->type == L_WORD && !l->field && qp->lx[qp->p + 1].type == L_NEAR) {
        st = flush_run(qp, s);
        if (!st)
            st = parse_near(qp, &it);
    } else if (!sign && l->type == L_WORD && !l->field && !evx_qp_is_wildcard(qp, l)) {
        qp->p++;
        st = push_free_word(qp, s, l);
        return st;
    } else {
        qp->p++;
        st = flush_run(qp, s);
        if (!st)
            st = parse_operand(qp, l, &it);
    }
    if (sign == '-')
        qp->negated--;
    if (st)
        return st;
    if (peek(qp)->type == L_NEAR) {
        evx_query_free(it.q);
        return evx_qp_fail(qp, EVX_PARSE, "NEAR needs a plain word on each side at column %zu",
                    peek(qp)->col);
    }
    if (sign == '-')
        return qlist_push(&s->nots, it.q);
    if (!it.scored)
        return qlist_push(&s->filters, it.q);
    if (sign == '+')
        return qlist_push(&s->must, it.q);
    return qlist_push(&s->should, it.q);
}

/* The weighted part of a sequence under the default operator. */
static evx_status seq_positive(evx_qparse *qp, seq *s, evx_query **out)
{
    evx_query *must = NULL, *should = NULL;
    evx_status st = EVX_OK;

    *out = NULL;
    if (qp->default_op == EVX_Q_AND) {
        size_t i;
        for (i = 0; i < s->should.n && !st; i++) {
            st = qlist_push(&s->must, s->should.q[i]);
            s->should.q[i] = NULL;
        }
        s->should.n = 0;
        /* Function words stay optional: they weigh but are not required. */
        for (i = 0; i < s->weak.n && !st && s->must.n; i++) {
            st = qlist_push(&s->should, s->weak.q[i]);
            s->weak.q[i] = NULL;
        }
        if (s->must.n)
            s->weak.n = 0;
        if (st)
            return st;
    }
    if (s->weak.n && !s->should.n && !s->must.n) {
        /* Only function words: they match nothing on their own ("the"
         * would otherwise match every unit).  Inside a phrase they count. */
        evx_qp_free_queries(s->weak.q, s->weak.n);
        s->weak.n = 0;
        st = evx_query_none(&should);
        if (!st)
            st = qlist_push(&s->should, should);
        should = NULL;
    }
    if (!st && s->weak.n && s->should.n) {
        evx_query *content = NULL, *extra = NULL;
        st = evx_qp_combine_free(&content, EVX_Q_OR, s->should.q, s->should.n, 0);
        s->should.n = 0;
        if (!st)
            st = evx_qp_combine_free(&extra, EVX_Q_OR, s->weak.q, s->weak.n, 0);
        s->weak.n = 0;
        if (!st)
            st = evx_qp_combine2(&content, EVX_Q_AND_MAYBE, content, extra);
        if (!st)
            st = qlist_push(&s->should, content);
    }
    if (!st && s->must.n) {
        st = evx_qp_combine_free(&must, EVX_Q_AND, s->must.q, s->must.n, 0);
        s->must.n = 0;
    }
    if (!st && s->should.n) {
        st = evx_qp_combine_free(&should, EVX_Q_OR, s->should.q, s->should.n, 0);
        s->should.n = 0;
    }
    if (st) {
        evx_query_free(must);
        evx_query_free(should);
        return st;
    }
    if (must && should)
        return evx_qp_combine2(out, EVX_Q_AND_MAYBE, must, should);
    *out = must ? must : should;
    return EVX_OK;
}

/* Assembles a sequence: weighted part, filtered, minus exclusions. */
static evx_status seq_build(evx_qparse *qp, seq *s, item *out)
{
    evx_query *base = NULL, *rest = NULL;
    evx_status st = seq_positive(qp, s, &base);

    out->scored = base != NULL;
    if (!st && !base)
        st = evx_qp_all(&base);
    if (!st && s->filters.n) {
        st = evx_qp_combine_free(&rest, EVX_Q_AND, s->filters.q, s->filters.n, 0);
        s->filters.n = 0;
        if (!st)
            st = evx_qp_combine2(&base, EVX_Q_FILTER, base, rest);
        else
            evx_query_free(base);
    }
    if (!st && s->nots.n) {
        st = evx_qp_combine_free(&rest, EVX_Q_OR, s->nots.q, s->nots.n, 0);
        s->nots.n = 0;
        if (!st)
            st = evx_qp_combine2(&base, EVX_Q_AND_NOT, base, rest);
        else
            evx_query_free(base);
    }
    if (!st)
        out->q = base;
    return st;
}

/* Juxtaposed elements, joined by the default operator. */
static evx_status parse_seq(evx_qparse *qp, item *out, const lex *after)
{
    seq s;
    evx_status st = EVX_OK;
    const lex *first = peek(qp);

    memset(&s, 0, sizeof s);
    memset(out, 0, sizeof *out);
    if (first->type == L_END || first->type == L_RPAREN ||
        first->type == L_OR || first->type == L_AND) {
        if (after)
            return evx_qp_fail(qp, EVX_PARSE, "missing operand after %s at column %zu",
                        lex_name(after), after->col);
        if (first->type == L_RPAREN)
            return evx_qp_fail(qp, EVX_PARSE, "unbalanced parenthesis at column %zu",
                        first->col);
        if (first->type == L_END)
            return evx_qp_fail(qp, EVX_PARSE, "empty query");
        return evx_qp_fail(qp, EVX_PARSE, "missing operand before %s at column %zu",
                    lex_name(first), first->col);
    }
    do {
        st = seq_element(qp, &s);
    } while (!st && !ends_seq(peek(qp)->type));
    if (!st)
        st = flush_run(qp, &s);
    if (!st && s.should.n + s.must.n + s.filters.n + s.nots.n + s.weak.n == 0)
        st = evx_qp_fail(qp, EVX_PARSE, "nothing searchable before column %zu",
                  peek(qp)->col);
    if (!st)
        st = seq_build(qp, &s, out);
    seq_free(&s);
    return st;
}

/* seq (AND seq)* */
static evx_status parse_and(evx_qparse *qp, item *out)
{
    evx_status st = parse_seq(qp, out, NULL);

    while (!st && peek(qp)->type == L_AND) {
        const lex *op = &qp->lx[qp->p++];
        item right;
        st = parse_seq(qp, &right, op);
        if (st)
            break;
        if (!right.scored)
            st = evx_qp_combine2(&out->q, EVX_Q_FILTER, out->q, right.q);
        else if (!out->scored) {
            st = evx_qp_combine2(&out->q, EVX_Q_FILTER, right.q, out->q);
            out->scored = 1;
        } else
            st = evx_qp_combine2(&out->q, EVX_Q_AND, out->q, right.q);
        if (st)
            out->q = NULL;
    }
    if (st) {
        evx_query_free(out->q);
        out->q = NULL;
    }
    return st;
}

/* and (OR and)* */
static evx_status parse_or(evx_qparse *qp, item *out)
{
    qlist alts;
    evx_status st;
    int scored;

    memset(&alts, 0, sizeof alts);
    st = parse_and(qp, out);
    if (st || peek(qp)->type != L_OR)
        return st;
    scored = out->scored;
    st = qlist_push(&alts, out->q);
    while (!st && peek(qp)->type == L_OR) {
        const lex *op = &qp->lx[qp->p++];
        item right;
        if (ends_seq(peek(qp)->type)) {
            st = evx_qp_fail(qp, EVX_PARSE, "missing operand after OR at column %zu",
                      op->col);
            break;
        }
        st = parse_and(qp, &right);
        if (!st) {
            scored |= right.scored;
            st = qlist_push(&alts, right.q);
        }
    }
    out->q = NULL;
    if (st) {
        qlist_free(&alts);
        return st;
    }
    out->scored = scored;
    st = evx_qp_combine_free(&out->q, EVX_Q_OR, alts.q, alts.n, 0);
    free(alts.q);
    return st;
}

/* ---- public ----------------------------------------------------------- */

evx_status evx_qparse_new(evx_qparse **out, evx_db *db, evx_tok *tok)
{
    evx_qparse *qp;

    *out = NULL;
    qp = calloc(1, sizeof *qp);
    if (!qp)
        return EVX_NOMEM;
    qp->db = db;
    qp->tok = tok;
    qp->default_op = EVX_Q_OR;
    *out = qp;
    return EVX_OK;
}

static void reset(evx_qparse *qp)
{
    size_t i;

    for (i = 0; i < qp->n_words; i++)
        free(qp->words[i]);
    qp->n_words = 0;
    for (i = 0; i < qp->n_fixes; i++) {
        free(qp->fixes[i].word);
        free(qp->fixes[i].orig);
    }
    qp->n_fixes = 0;
    free(qp->suggestion);
    qp->suggestion = NULL;
    qp->revives = 0;
    evx_query_free(qp->rerank);
    qp->rerank = NULL;
    qp->n_lx = 0;
    qp->p = 0;
    qp->depth = 0;
    qp->n_terms = 0;
    qp->qpos = 0;
    qp->negated = 0;
    evx_buf_clear(&qp->err);
}

void evx_qparse_free(evx_qparse *qp)
{
    if (!qp)
        return;
    reset(qp);
    free(qp->words);
    free(qp->word_phrase);
    free(qp->fixes);
    free(qp->lx);
    evx_dict_free(qp->dict);
    evx_buf_free(&qp->err);
    free(qp);
}

evx_status evx_qparse_set_default_op(evx_qparse *qp, evx_query_op op)
{
    if (op != EVX_Q_AND && op != EVX_Q_OR)
        return EVX_INVALID;
    qp->default_op = op;
    return EVX_OK;
}

/* Rejects NULs and invalid UTF-8 before anything looks at the text. */
static evx_status check_bytes(evx_qparse *qp, const char *text, size_t len)
{
    size_t i = 0, n;

    if (len > MAX_QUERY_BYTES)
        return evx_qp_fail(qp, EVX_INVALID, "query is longer than %d bytes (%zu)",
                    MAX_QUERY_BYTES, len);
    while (i < len) {
        if (text[i] == '\0')
            return evx_qp_fail(qp, EVX_PARSE, "NUL byte in query at byte %zu", i + 1);
        n = evx_utf8_seqlen(text + i, len - i);
        if (n == 0)
            return evx_qp_fail(qp, EVX_PARSE, "invalid UTF-8 at byte %zu", i + 1);
        i += n;
    }
    return EVX_OK;
}

/* Does a type: field of the query ask for furniture: footnotes, witness
 * panels, evidence entries? */
static int asks_furniture(const evx_qparse *qp)
{
    static const char *const kinds[] = {"footnote", "witness", "evidence"};
    for (size_t i = 0; i < qp->n_lx; i++) {
        const lex *l = &qp->lx[i];
        if (!l->field || l->field_len != 4 || strncasecmp(l->field, "type", 4) != 0 ||
            l->sign == '-')
            continue;
        for (size_t k = 0; k < 3; k++)
            if (l->end - l->start >= strlen(kinds[k]) &&
                strncasecmp(qp->text + l->start, kinds[k], strlen(kinds[k])) == 0)
                return 1;
    }
    return 0;
}

evx_status evx_qparse_parse(evx_qparse *qp, const char *text, size_t len,
                            evx_query **out)
{
    item it;
    evx_status st;

    *out = NULL;
    reset(qp);
    if (!text && len)
        return evx_qp_fail(qp, EVX_INVALID, "no query text");
    st = check_bytes(qp, text, len);
    if (st)
        return st;
    qp->text = text ? text : "";
    qp->len = len;
    st = evx_qp_lex_all(qp);
    qp->furniture = !st && asks_furniture(qp);
    memset(&it, 0, sizeof it);
    if (!st)
        st = parse_or(qp, &it);
    if (!st && peek(qp)->type != L_END) {
        evx_query_free(it.q);
        st = evx_qp_fail(qp, EVX_PARSE, "unbalanced parenthesis at column %zu",
                  peek(qp)->col);
    }
    if (!st)
        st = evx_qp_build_suggestion(qp);
    if (st) {
        size_t i;
        if (st == EVX_NOMEM && !qp->err.len)
            evx_qp_fail(qp, st, "out of memory");
        else if (!qp->err.len)
            evx_qp_fail(qp, st, "%s", evx_db_errmsg(qp->db));
        for (i = 0; i < qp->n_words; i++)
            free(qp->words[i]);
        qp->n_words = 0;
        evx_query_free(qp->rerank);
        qp->rerank = NULL;
        return st;
    }
    *out = it.q;
    return EVX_OK;
}

const char *evx_qparse_errmsg(const evx_qparse *qp)
{
    return evx_buf_str(&qp->err);
}

size_t evx_qparse_n_words(const evx_qparse *qp)
{
    return qp->n_words;
}

const char *evx_qparse_word(const evx_qparse *qp, size_t i, int *is_phrase)
{
    if (i >= qp->n_words)
        return NULL;
    if (is_phrase)
        *is_phrase = qp->word_phrase[i];
    return qp->words[i];
}

const char *evx_qparse_suggestion(const evx_qparse *qp)
{
    return qp->suggestion;
}

int evx_qparse_suggestion_revives(const evx_qparse *qp)
{
    return qp->suggestion && qp->revives;
}

const evx_query *evx_qparse_rerank(const evx_qparse *qp)
{
    return qp->rerank;
}
