/*
 * qlex.c - the query parser's lexer: cuts the query text into operators
 * (AND, OR, NOT, NEAR, NEAR/n), parentheses, quoted phrases and word chunks
 * with their -/+ sign and field name.  Positions are byte offsets into the
 * text; columns in messages are 1-based.
 */
#include "qparse_impl.h"

#include <string.h>

#include "ascii.h"
#include "grow.h"
#include "qfield.h"

#define MAX_NEAR 1000
#define DEFAULT_NEAR 10

static int chunk_stop(const evx_qparse *qp, size_t i)
{
    char c = qp->text[i];
    return evx_ascii_space(c) || c == '(' || c == ')' ||
           evx_qfield_quote_len(qp->text + i, qp->len - i) > 0;
}

static evx_status push_lex(evx_qparse *qp, const lex *l)
{
    if (evx_grow((void **)&qp->lx, &qp->cap_lx, qp->n_lx + 1,
                 sizeof *qp->lx))
        return EVX_NOMEM;
    qp->lx[qp->n_lx++] = *l;
    return EVX_OK;
}

/* Recognises AND, OR, NOT, NEAR and NEAR/n (upper case, unsigned, alone);
 * -1 for "NEAR/" followed by anything but a distance. */
static int keyword(evx_qparse *qp, lex *l, const char *s, size_t n)
{
    if (n == 3 && memcmp(s, "AND", 3) == 0)
        l->type = L_AND;
    else if (n == 2 && memcmp(s, "OR", 2) == 0)
        l->type = L_OR;
    else if (n == 3 && memcmp(s, "NOT", 3) == 0)
        l->type = L_NOT;
    else if (n >= 4 && memcmp(s, "NEAR", 4) == 0) {
        size_t i;
        unsigned long d = 0;
        if (n == 4) {
            l->near = DEFAULT_NEAR;
        } else {
            if (s[4] != '/')
                return 0; /* "NEARBY", a word */
            if (n == 5)
                return -1; /* "NEAR/" with no distance */
            for (i = 5; i < n; i++) {
                if (!evx_ascii_digit(s[i]))
                    return -1; /* "NEAR/5x" */
                if (d <= MAX_NEAR)
                    d = d * 10 + (unsigned long)(s[i] - '0');
            }
            if (d == 0 || d > MAX_NEAR)
                return -1;
            l->near = (unsigned)d;
        }
        l->type = L_NEAR;
    } else
        return 0;
    (void)qp;
    return 1;
}

/* A quoted phrase starting at *i (on its opening quote). */
static evx_status lex_phrase(evx_qparse *qp, lex *l, size_t *i)
{
    size_t open = *i, j = *i + evx_qfield_quote_len(qp->text + *i, qp->len - *i);

    while (j < qp->len && !evx_qfield_quote_len(qp->text + j, qp->len - j))
        j++;
    if (j >= qp->len)
        return evx_qp_fail(qp, EVX_PARSE, "unbalanced quote at column %zu", open + 1);
    l->type = L_PHRASE;
    l->start = open + evx_qfield_quote_len(qp->text + open, qp->len - open);
    l->end = j;
    *i = j + evx_qfield_quote_len(qp->text + j, qp->len - j);
    return EVX_OK;
}

/* A word chunk at *i: keyword, field:value, field:"phrase" or word. */
static evx_status lex_chunk(evx_qparse *qp, lex *l, size_t *i)
{
    size_t s = *i, j = *i, k;
    int kw;

    while (j < qp->len && !chunk_stop(qp, j))
        j++;
    *i = j;
    l->type = L_WORD;
    l->start = s;
    l->end = j;
    if (!l->sign) {
        kw = keyword(qp, l, qp->text + s, j - s);
        if (kw < 0)
            return evx_qp_fail(qp, EVX_PARSE,
                        "bad NEAR distance at column %zu (use NEAR/1 to NEAR/%d)",
                        l->col, MAX_NEAR);
        if (kw)
            return EVX_OK;
    }
    for (k = s; k < j && evx_ascii_alpha(qp->text[k]); k++)
        ;
    if (k == s || k >= j || qp->text[k] != ':')
        return EVX_OK; /* plain text, "10:30" included */
    if (!evx_qfield_known(qp->text + s, k - s))
        return evx_qp_fail(qp, EVX_PARSE,
                    "unknown field '%.*s:' at column %zu; fields are %s",
                    (int)(k - s), qp->text + s, s + 1, evx_qfield_names);
    l->field = qp->text + s;
    l->field_len = k - s;
    l->start = k + 1;
    if (l->start < j)
        return EVX_OK;
    if (j < qp->len && evx_qfield_quote_len(qp->text + j, qp->len - j))
        return lex_phrase(qp, l, i);
    return evx_qp_fail(qp, EVX_PARSE, "empty value for field '%.*s:' at column %zu",
                (int)(k - s), qp->text + s, s + 1);
}

/* Cuts the whole text into lex tokens, ending with L_END. */
evx_status evx_qp_lex_all(evx_qparse *qp)
{
    size_t i = 0;
    unsigned n_words = 0;
    evx_status st;

    for (;;) {
        lex l;
        while (i < qp->len && evx_ascii_space(qp->text[i]))
            i++;
        memset(&l, 0, sizeof l);
        l.col = i + 1;
        if (i >= qp->len) {
            l.type = L_END;
            return push_lex(qp, &l);
        }
        if ((qp->text[i] == '-' || qp->text[i] == '+') && i + 1 < qp->len &&
            !evx_ascii_space(qp->text[i + 1]) && qp->text[i + 1] != ')') {
            l.sign = qp->text[i];
            i++;
        }
        if (qp->text[i] == '(') {
            l.type = L_LPAREN;
            i++;
        } else if (qp->text[i] == ')') {
            l.type = L_RPAREN;
            i++;
        } else if (evx_qfield_quote_len(qp->text + i, qp->len - i)) {
            st = lex_phrase(qp, &l, &i);
            if (st)
                return st;
        } else {
            st = lex_chunk(qp, &l, &i);
            if (st)
                return st;
        }
        if ((l.type == L_WORD || l.type == L_PHRASE) && ++n_words > EVX_QP_MAX_TERMS)
            return evx_qp_fail(qp, EVX_INVALID,
                        "query has more than %d terms (at column %zu)",
                        EVX_QP_MAX_TERMS, l.col);
        st = push_lex(qp, &l);
        if (st)
            return st;
    }
}

int evx_qp_is_wildcard(const evx_qparse *qp, const lex *l)
{
    return l->type == L_WORD && l->end > l->start && qp->text[l->end - 1] == '*';
}
