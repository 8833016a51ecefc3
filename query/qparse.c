/*
 * qparse.c - the evidex query language (see qparse.h).
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
#include "qparse.h"
#include "qstem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "grow.h"
#include "names.h"
#include "qfield.h"
#include "qspell.h"
#include "rank.h"
#include "schema.h"
#include "unit.h"
#include "utf8.h"

#define MAX_QUERY_BYTES 65536
#define MAX_TERMS 1000
#define MAX_DEPTH 32
#define MAX_WILDCARD 1000
#define MAX_NEAR 1000
#define DEFAULT_NEAR 10
#define MAX_SYN_NGRAM 6
#define SPELL_EDITS 2


/* ---- lexer ------------------------------------------------------------ */

typedef enum lex_type {
    L_WORD,   /* a chunk of non-space text (possibly field:value) */
    L_PHRASE, /* "..." (possibly field:"...") */
    L_LPAREN,
    L_RPAREN,
    L_AND,
    L_OR,
    L_NOT,
    L_NEAR,
    L_END
} lex_type;

typedef struct lex {
    lex_type type;
    size_t start, end;   /* value bytes (inside the quotes for a phrase) */
    size_t col;          /* 1-based column of the token's first byte */
    char sign;           /* '-', '+' or 0 */
    const char *field;   /* field name (points into the text) or NULL */
    size_t field_len;
    unsigned near;       /* NEAR/n distance */
} lex;

/* A token of a word or phrase, copied out of the tokenizer's callback. */
typedef struct qtok {
    char *term;
    char *stem;
    size_t start, end; /* byte span relative to the tokenized text */
    evx_token_kind kind;
} qtok;

typedef struct qtoks {
    qtok *items;
    size_t len, cap;
    int oom;
} qtoks;

/* A word the index lacks and its replacement, for the suggestion. */
typedef struct fix {
    size_t start, end;
    char *orig; /* the folded word as typed */
    char *word;
} fix;

struct evx_qparse {
    evx_db *db;
    evx_tok *tok;
    evx_query_op default_op;
    evx_buf err;
    /* positive words for highlighting */
    char **words;
    int *word_phrase;
    size_t n_words, cap_words;
    char *suggestion;
    fix *fixes;
    size_t n_fixes, cap_fixes;
    /* state of one parse */
    const char *text;
    size_t len;
    lex *lx;
    size_t n_lx, cap_lx, p;
    unsigned depth;
    unsigned n_terms;
    unsigned qpos;
    int negated;
};

/* A parsed operand: its query and whether it carries weight (a pure
 * filter such as speaker:ham does not). */
typedef struct item {
    evx_query *q;
    int scored;
    char sign;
} item;

static evx_status fail(evx_qparse *qp, evx_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static evx_status fail(evx_qparse *qp, evx_status st, const char *fmt, ...)
{
    va_list ap;

    evx_buf_clear(&qp->err);
    va_start(ap, fmt);
    evx_buf_vprintf(&qp->err, fmt, ap);
    va_end(ap);
    return st;
}

/* True if a word chunk ends before text[i]. */
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

/* Recognises AND, OR, NOT, NEAR and NEAR/n (upper case, unsigned, alone). */
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
            if (s[4] != '/' || n == 5)
                return 0;
            for (i = 5; i < n; i++) {
                if (!evx_ascii_digit(s[i]))
                    return 0;
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
        return fail(qp, EVX_PARSE, "unbalanced quote at column %zu", open + 1);
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
            return fail(qp, EVX_PARSE,
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
        return fail(qp, EVX_PARSE,
                    "unknown field '%.*s:' at column %zu; fields are %s",
                    (int)(k - s), qp->text + s, s + 1, evx_qfield_names);
    l->field = qp->text + s;
    l->field_len = k - s;
    l->start = k + 1;
    if (l->start < j)
        return EVX_OK;
    if (j < qp->len && evx_qfield_quote_len(qp->text + j, qp->len - j))
        return lex_phrase(qp, l, i);
    return fail(qp, EVX_PARSE, "empty value for field '%.*s:' at column %zu",
                (int)(k - s), qp->text + s, s + 1);
}

/* Cuts the whole text into lex tokens, ending with L_END. */
static evx_status lex_all(evx_qparse *qp)
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
        if ((l.type == L_WORD || l.type == L_PHRASE) && ++n_words > MAX_TERMS)
            return fail(qp, EVX_INVALID,
                        "query has more than %d terms (at column %zu)",
                        MAX_TERMS, l.col);
        st = push_lex(qp, &l);
        if (st)
            return st;
    }
}

static int is_wildcard(const evx_qparse *qp, const lex *l)
{
    return l->type == L_WORD && l->end > l->start && qp->text[l->end - 1] == '*';
}

/* ---- tokens ------------------------------------------------------------ */

static void qtoks_free(qtoks *t)
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

static evx_status tokenize(evx_qparse *qp, size_t start, size_t end,
                           qtoks *out)
{
    evx_status st;

    memset(out, 0, sizeof *out);
    st = evx_tokenize(qp->tok, qp->text + start, end - start, collect_cb, out);
    if (!st && out->oom)
        st = EVX_NOMEM;
    if (st)
        qtoks_free(out);
    return st;
}

/* ---- query building ----------------------------------------------------- */

static evx_status make_term(evx_qparse *qp, evx_query **out, const char *prefix,
                            const char *term, unsigned pos)
{
    evx_buf b = EVX_BUF_INIT;
    evx_status st;

    if (++qp->n_terms > MAX_TERMS)
        return fail(qp, EVX_INVALID, "query has more than %d terms", MAX_TERMS);
    evx_buf_puts(&b, prefix);
    evx_buf_puts(&b, term);
    st = evx_buf_status(&b);
    if (!st)
        st = evx_query_term(out, evx_buf_str(&b), 1, pos);
    evx_buf_free(&b);
    return st;
}

static void free_queries(evx_query **qs, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        evx_query_free(qs[i]);
}

/* Combines subs with op and frees them (also on failure). */
static evx_status combine_free(evx_query **out, evx_query_op op,
                               evx_query **subs, size_t n, unsigned window)
{
    evx_status st;

    if (n == 1 && op != EVX_Q_AND_NOT && op != EVX_Q_FILTER) {
        *out = subs[0];
        return EVX_OK;
    }
    st = evx_query_combine(out, op, subs, n, window);
    free_queries(subs, n);
    return st;
}

static evx_status combine2(evx_query **out, evx_query_op op, evx_query *a,
                           evx_query *b)
{
    evx_query *subs[2];

    subs[0] = a;
    subs[1] = b;
    return combine_free(out, op, subs, 2, 0);
}

/* Every document, with no weight (base of pure filters and pure NOTs). */
static evx_status make_all(evx_query **out)
{
    evx_query *all = NULL;
    evx_status st = evx_query_all(&all);

    if (!st)
        st = evx_query_scale(out, all, 0.0);
    evx_query_free(all);
    return st;
}

static evx_status add_word(evx_qparse *qp, const char *w, size_t n,
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
            st = make_term(qp, &subs[n], prefix,
                           use_stem ? t->items[i].stem : t->items[i].term,
                           ++qp->qpos);
        if (!st)
            n++;
    }
    if (st)
        free_queries(subs, n);
    else if (n == 0)
        st = evx_query_none(out);
    else
        st = combine_free(out, EVX_Q_PHRASE, subs, n, 0);
    free(subs);
    return st;
}

/* The phrase of t's tokens.  With a hyphenated compound in it, the phrase
 * of its parts OR the phrase with the compound closed up, so that
 * "front-line services" also finds "frontline services". */
static evx_status phrase_of(evx_qparse *qp, evx_query **out, const qtoks *t,
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
    return combine2(out, EVX_Q_OR, split, joined);
}

/* Records the plain terms of a phrase, space-joined, for highlighting. */
static evx_status record_phrase(evx_qparse *qp, const qtoks *t)
{
    evx_buf b = EVX_BUF_INIT;
    size_t i;
    evx_status st;

    for (i = 0; i < t->len; i++) {
        if (t->items[i].kind == EVX_TOKEN_JOINED)
            continue;
        if (b.len)
            evx_buf_putc(&b, ' ');
        evx_buf_puts(&b, t->items[i].term);
    }
    st = evx_buf_status(&b);
    if (!st && b.len)
        st = add_word(qp, evx_buf_str(&b), b.len, 1);
    evx_buf_free(&b);
    return st;
}

/* A '*' is a wildcard only at the end of a word ("integrat*"): anywhere
 * else (where, as it is not a letter, it would silently vanish) the query
 * is malformed. */
static evx_status no_inner_star(evx_qparse *qp, const lex *l,
                                const char *where)
{
    const char *star = memchr(qp->text + l->start, '*', l->end - l->start);

    if (!star)
        return EVX_OK;
    return fail(qp, EVX_PARSE,
                "'*' %s at column %zu: a wildcard ends a word, as in "
                "integrat*",
                where, (size_t)(star - qp->text) + 1);
}

/* ---- "did you mean" ------------------------------------------------- */

/* Records that text[start, end) (the folded word orig) should read word;
 * takes word. */
static evx_status add_fix(evx_qparse *qp, size_t start, size_t end,
                          const char *orig, char *word)
{
    fix *f;

    if (evx_grow((void **)&qp->fixes, &qp->cap_fixes, qp->n_fixes + 1,
                 sizeof *qp->fixes)) {
        free(word);
        return EVX_NOMEM;
    }
    f = &qp->fixes[qp->n_fixes];
    f->start = start;
    f->end = end;
    f->word = word;
    f->orig = evx_strdup(orig);
    if (!f->orig) {
        free(word);
        return EVX_NOMEM;
    }
    qp->n_fixes++;
    return EVX_OK;
}

/* A word the index lacks (no term prefix+key) gets the closest one it
 * has, for the suggestion. */
static evx_status note_missing(evx_qparse *qp, const char *prefix,
                               const char *key, const qtok *t, size_t base)
{
    char *sug = NULL;
    int has = 0;
    evx_status st = evx_qspell_has(&has, qp->db, prefix, key);

    if (st || has)
        return st;
    st = evx_qspell_closest(&sug, qp->db, prefix, t->term);
    if (st || !sug)
        return st;
    return add_fix(qp, base + t->start, base + t->end, t->term, sug);
}

/* A free word as typed: its stem may be in the index ("consistant" stems
 * as "consistent" does) while the word is not; the command shows the
 * correction only if it finds more. */
static evx_status note_spelling(evx_qparse *qp, const qtok *t, size_t base)
{
    return note_missing(qp, "", t->term, t, base);
}

/* Each word of a phrase or field value (tokens t of the text from base)
 * that the index lacks under prefix. */
static evx_status note_each(evx_qparse *qp, const qtoks *t, size_t base,
                            const char *prefix)
{
    evx_status st = EVX_OK;

    for (size_t i = 0; i < t->len && !st && !qp->negated; i++)
        if (t->items[i].kind != EVX_TOKEN_JOINED)
            st = note_missing(qp, prefix, t->items[i].term, &t->items[i],
                              base);
    return st;
}

/* "exact phrase": plain (unstemmed) terms in order. */
static evx_status build_phrase(evx_qparse *qp, const lex *l, item *it)
{
    qtoks t;
    evx_status st = no_inner_star(qp, l, "in a phrase");

    if (!st)
        st = tokenize(qp, l->start, l->end, &t);
    if (st)
        return st;
    if (t.len == 0) {
        qtoks_free(&t);
        return fail(qp, EVX_PARSE, "empty phrase at column %zu", l->col);
    }
    st = phrase_of(qp, &it->q, &t, "", 0);
    if (!st)
        st = record_phrase(qp, &t);
    if (!st)
        st = note_each(qp, &t, l->start, "");
    qtoks_free(&t);
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
static evx_status build_wildcard(evx_qparse *qp, const lex *l, item *it)
{
    qtoks t;
    unsigned long n = 0;
    size_t chars = 0, i;
    evx_status st = tokenize(qp, l->start, l->end - 1, &t);

    if (st)
        return st;
    if (t.len != 1) {
        qtoks_free(&t);
        if (t.len == 0)
            return fail(qp, EVX_INVALID,
                        "wildcard needs at least 2 characters before '*' at column %zu",
                        l->col);
        return fail(qp, EVX_PARSE,
                    "wildcard must be one word before '*' at column %zu", l->col);
    }
    for (i = 0; t.items[0].term[i]; i++)
        if (((unsigned char)t.items[0].term[i] & 0xC0) != 0x80)
            chars++;
    if (chars < 2) {
        qtoks_free(&t);
        return fail(qp, EVX_INVALID,
                    "wildcard needs at least 2 characters before '*' at column %zu",
                    l->col);
    }
    st = evx_db_terms(qp->db, t.items[0].term, count_cb, &n);
    if (st)
        st = fail(qp, st, "%s", evx_db_errmsg(qp->db));
    else if (n > MAX_WILDCARD)
        st = fail(qp, EVX_INVALID,
                  "wildcard '%s*' at column %zu matches more than %d terms; make it longer",
                  t.items[0].term, l->col, MAX_WILDCARD);
    else if (++qp->n_terms > MAX_TERMS)
        st = fail(qp, EVX_INVALID, "query has more than %d terms", MAX_TERMS);
    if (!st)
        st = evx_query_wildcard(&it->q, t.items[0].term, MAX_WILDCARD);
    if (!st) {
        char *w = malloc(strlen(t.items[0].term) + 2);
        if (!w)
            st = EVX_NOMEM;
        else {
            sprintf(w, "%s*", t.items[0].term);
            st = add_word(qp, w, strlen(w), 0);
            free(w);
        }
    }
    qtoks_free(&t);
    it->scored = 1;
    return st;
}

/* ---- fields ------------------------------------------------------------- */

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
    c->st = make_term(c->qp, &c->subs[c->n], EVX_PREFIX_SPEAKER, w, 0);
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
    evx_status st = tokenize(qp, l->start, l->end, &t);

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
    st = note_each(qp, &t, l->start, EVX_PREFIX_SPEAKER);
    qtoks_free(&t);
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
        st = fail(qp, EVX_PARSE,
                  "speaker: needs a name, not only a title, at column %zu",
                  l->col);
    if (st)
        free_queries(c.subs, c.n);
    else
        st = combine_free(out, EVX_Q_AND, c.subs, c.n, 0);
    free(c.subs);
    if (!st)
        st = note_name_words(qp, l);
    return st;
}

/* org:"NHS Improvement": the organisation's words as a phrase. */
static evx_status field_org(evx_qparse *qp, const lex *l, evx_query **out)
{
    qtoks t;
    evx_status st = tokenize(qp, l->start, l->end, &t);

    if (st)
        return st;
    if (t.len == 0)
        st = fail(qp, EVX_PARSE, "empty value for field 'org:' at column %zu",
                  l->col);
    else
        st = phrase_of(qp, out, &t, EVX_PREFIX_ORG, 0);
    if (!st)
        st = note_each(qp, &t, l->start, EVX_PREFIX_ORG);
    qtoks_free(&t);
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

/* para:N (XP term) or para:A..B (range over the paragraph value). */
static evx_status field_para(evx_qparse *qp, const lex *l, evx_query **out)
{
    const char *s = qp->text + l->start;
    size_t n = l->end - l->start, i;
    unsigned long a, b;
    char num[16];

    if (parse_uint(s, n, &a)) {
        snprintf(num, sizeof num, "%lu", a);
        return make_term(qp, out, EVX_PREFIX_PARA, num, 0);
    }
    for (i = 0; i + 1 < n && !(s[i] == '.' && s[i + 1] == '.'); i++)
        ;
    if (i + 1 < n && parse_uint(s, i, &a) && parse_uint(s + i + 2, n - i - 2, &b) &&
        a <= b) {
        if (++qp->n_terms > MAX_TERMS)
            return fail(qp, EVX_INVALID, "query has more than %d terms", MAX_TERMS);
        return evx_query_number_range(out, EVX_SLOT_PARA, (double)a, (double)b);
    }
    return fail(qp, EVX_PARSE,
                "bad paragraph number or range '%.*s' at column %zu (use para:N or para:A..B with A <= B)",
                (int)n, s, l->col);
}

static evx_status field_chapter(evx_qparse *qp, const lex *l, evx_query **out)
{
    unsigned long c;
    char num[16];

    if (!parse_uint(qp->text + l->start, l->end - l->start, &c))
        return fail(qp, EVX_PARSE, "bad chapter number '%.*s' at column %zu",
                    (int)(l->end - l->start), qp->text + l->start, l->col);
    snprintf(num, sizeof num, "%lu", c);
    return make_term(qp, out, EVX_PREFIX_CHAPTER, num, 0);
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
        st = make_term(qp, out, EVX_PREFIX_TYPE, evx_unit_type_name(t), 0);
        free(f);
        return st;
    }
    for (i = 0; i < EVX_UNIT_TYPE_COUNT; i++)
        evx_buf_printf(&names, "%s%s", i ? ", " : "",
                       evx_unit_type_name((evx_unit_type)i));
    st = fail(qp, EVX_PARSE, "unknown type '%.*s' at column %zu; types are %s",
              (int)(l->end - l->start), qp->text + l->start, l->col,
              evx_buf_str(&names));
    evx_buf_free(&names);
    free(f);
    return st;
}

static evx_status field_key(evx_qparse *qp, const lex *l, const char *prefix,
                            evx_query **out)
{
    char *f = NULL;
    evx_status st = fold_key(qp, l, &f);

    if (st)
        return st;
    if (!*f)
        st = fail(qp, EVX_PARSE, "empty value for field '%.*s:' at column %zu",
                  (int)l->field_len, l->field, l->col);
    else
        st = make_term(qp, out, prefix, f, 0);
    free(f);
    return st;
}

static int field_is(const lex *l, const char *name)
{
    return strlen(name) == l->field_len &&
           memcmp(l->field, name, l->field_len) == 0;
}

/* A field filter; never weighted. */
static evx_status build_field(evx_qparse *qp, const lex *l, item *it)
{
    it->scored = 0;
    if (l->start >= l->end)
        return fail(qp, EVX_PARSE, "empty value for field '%.*s:' at column %zu",
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
        return field_key(qp, l, EVX_PREFIX_REF, &it->q);
    return field_key(qp, l, EVX_PREFIX_REPORT, &it->q);
}

/* ---- free words ------------------------------------------------------- */

/* One free word of a sequence, before synonym expansion: a single stem
 * (syn_ok) or an already built query (hyphenated or multi-token chunk). */
typedef struct fword {
    char *stem; /* owned; NULL if not a single word */
    char *term; /* owned: the folded word, unstemmed; NULL likewise */
    evx_query *q;
} fword;

/* A word chunk of several tokens (front-line, 10:30): the phrase of its
 * parts' stems, OR the closed-up compound's stem (phrase_of gives both). */
static evx_status multi_word(evx_qparse *qp, const qtoks *t, evx_query **out)
{
    return phrase_of(qp, out, t, EVX_PREFIX_STEM, 1);
}

/* Tokenizes a free word chunk into w; records its words for highlighting
 * and misspellings for the suggestion.  A chunk with no token (a lone
 * punctuation mark) leaves w->q and w->stem NULL. */
static evx_status free_word(evx_qparse *qp, const lex *l, fword *w)
{
    qtoks t;
    size_t i;
    evx_status st = no_inner_star(qp, l, "inside a word");

    memset(w, 0, sizeof *w);
    if (!st)
        st = tokenize(qp, l->start, l->end, &t);
    if (st)
        return st;
    for (i = 0; i < t.len && !st; i++)
        if (t.items[i].kind != EVX_TOKEN_JOINED)
            st = add_word(qp, t.items[i].term, strlen(t.items[i].term), 0);
    if (!st && t.len == 1 && !qp->negated)
        st = note_spelling(qp, &t.items[0], l->start);
    if (!st && t.len == 1) {
        w->stem = evx_strdup(t.items[0].stem);
        w->term = evx_strdup(t.items[0].term);
        if (!w->stem || !w->term)
            st = EVX_NOMEM;
    } else if (!st && t.len > 1)
        st = multi_word(qp, &t, &w->q);
    qtoks_free(&t);
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
                         : make_term(qp, &subs[n], EVX_PREFIX_STEM, w, 0);
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
        free_queries(subs, n);
        return st;
    }
    if (n == 0)
        return evx_query_none(out);
    return combine_free(out, EVX_Q_PHRASE, subs, n, 0);
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
        st = combine_free(out, EVX_Q_SYNONYM, all, c.n, 0);
        c.n = 0;
        *matched = 1;
    }
done:
    free_queries(c.alts, c.n);
    free(c.alts);
    evx_buf_free(&key);
    return st;
}

/* Names are indexed unstemmed (lib/schema.h), so a free word finds a
 * speaker through the name word itself (XS): "Dalton" finds his
 * quotations, while "funding" (stem "fund") never matches "The King's
 * Fund".  Furniture has no stems either, so a free word that is an
 * evidence reference ("Q361", "STP0064") finds it through its ref (XF). */
static evx_status with_name(evx_qparse *qp, const fword *w, evx_query **q)
{
    evx_query *name = NULL, *ref = NULL;
    evx_status st;

    if (!w->term || evx_rank_is_function_word(w->stem))
        return EVX_OK;
    st = make_term(qp, &name, EVX_PREFIX_SPEAKER, w->term, 0);
    if (!st && (st = make_term(qp, &ref, EVX_PREFIX_REF, w->term, 0)))
        evx_query_free(name);
    if (!st)
        st = evx_rank_name_weight(&name);
    if (!st)
        st = combine2(&name, EVX_Q_OR, name, ref);
    if (!st)
        st = combine2(q, EVX_Q_OR, *q, name);
    return st;
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
    if (++qp->n_terms > MAX_TERMS)
        return fail(qp, EVX_INVALID, "query has more than %d terms", MAX_TERMS);
    st = evx_rank_heading_term(&out[*n_out], w->stem);
    if (!st)
        weak[(*n_out)++] = 1;
    return st;
}

/* Turns a run of single free words into queries, matching the longest
 * synonym n-gram first (up to MAX_SYN_NGRAM stems).  Function words
 * (rank.h) weigh but match nothing alone, so "speed of trust" matches
 * units with "speed" or "trust", not every unit with "of"; a query of
 * nothing but such words still matches them. */
static evx_status expand_run(evx_qparse *qp, fword *ws, size_t n,
                             evx_query **out, int *weak, size_t *n_out)
{
    size_t i = 0, k;
    evx_status st = EVX_OK;

    while (i < n && !st) {
        int matched = 0;
        evx_query *q = NULL;
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
            st = syn_query(qp, ws + i + k, 1, &q, &matched);
            if (!st && !matched)
                st = with_name(qp, &ws[i + k], &q);
            if (!st) {
                weak[*n_out] = !matched && evx_rank_is_function_word(ws[i + k].stem);
                out[(*n_out)++] = q;
            }
            if (!st)
                st = push_heading(qp, &ws[i + k], out, weak, n_out);
        }
        i += len;
    }
    return st;
}

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

    if (l->type != L_WORD || l->sign || l->field || is_wildcard(qp, l))
        return fail(qp, EVX_PARSE, "NEAR needs a plain word on each side at column %zu",
                    l->col);
    st = tokenize(qp, l->start, l->end, &t);
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
        st = fail(qp, EVX_PARSE, "NEAR needs a plain word on each side at column %zu",
                  l->col);
    else
        st = make_term(qp, out, "", t.items[pick].term, ++qp->qpos);
    if (!st)
        st = add_word(qp, t.items[pick].term, strlen(t.items[pick].term), 0);
    qtoks_free(&t);
    return st;
}

/* a NEAR b NEAR/5 c: the words within the widest distance given. */
static evx_status parse_near(evx_qparse *qp, item *it)
{
    evx_query *subs[MAX_TERMS + 1];
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
            st = fail(qp, EVX_PARSE, "missing operand after NEAR at column %zu",
                      op->col);
            break;
        }
        if (n >= MAX_TERMS) {
            st = fail(qp, EVX_INVALID, "query has more than %d terms", MAX_TERMS);
            break;
        }
        st = near_term(qp, &qp->lx[qp->p++], &subs[n]);
        if (!st)
            n++;
    }
    if (st) {
        free_queries(subs, n);
        return st;
    }
    it->scored = 1;
    it->sign = 0;
    /* window counts positions spanned: n words at most dist apart. */
    return combine_free(&it->q, EVX_Q_NEAR, subs, n, dist + (unsigned)n - 1);
}

/* ( ... ) */
static evx_status parse_group(evx_qparse *qp, const lex *open, item *it)
{
    evx_status st;

    if (++qp->depth > MAX_DEPTH)
        return fail(qp, EVX_INVALID,
                    "parentheses nested deeper than %d at column %zu",
                    MAX_DEPTH, open->col);
    if (peek(qp)->type == L_RPAREN)
        return fail(qp, EVX_PARSE, "empty parentheses at column %zu", open->col);
    st = parse_or(qp, it);
    if (st)
        return st;
    if (peek(qp)->type != L_RPAREN) {
        evx_query_free(it->q);
        it->q = NULL;
        return fail(qp, EVX_PARSE, "unbalanced parenthesis at column %zu",
                    open->col);
    }
    qp->p++;
    qp->depth--;
    return EVX_OK;
}

static evx_status free_word(evx_qparse *qp, const lex *l, fword *w);

/* A signed plain word (-word, +word): its stem, no synonyms. */
static evx_status build_word(evx_qparse *qp, const lex *l, item *it)
{
    fword w;
    evx_status st = free_word(qp, l, &w);

    if (st)
        return st;
    it->scored = 1;
    if (w.q) {
        it->q = w.q;
    } else if (w.stem) {
        st = make_term(qp, &it->q, EVX_PREFIX_STEM, w.stem, ++qp->qpos);
    } else
        st = fail(qp, EVX_PARSE, "nothing searchable in '%.*s' at column %zu",
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
        return build_field(qp, l, it);
    if (l->type == L_PHRASE)
        return build_phrase(qp, l, it);
    if (is_wildcard(qp, l))
        return build_wildcard(qp, l, it);
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
    free_queries(l->q, l->n);
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

/* Each two adjacent words of the run as a speaker's name (rank.h), into
 * s->weak: it adds weight to the units the words match, and never makes
 * one match on its own (nor required under the AND operator). */
static evx_status push_name_pairs(evx_qparse *qp, seq *s)
{
    evx_status st = EVX_OK;

    for (size_t i = 0; i + 1 < s->n_run && !st; i++) {
        const fword *a = &s->run[i], *b = &s->run[i + 1];
        evx_query *q = NULL;
        if (!a->term || !b->term || evx_rank_is_function_word(a->stem) ||
            evx_rank_is_function_word(b->stem))
            continue;
        if ((qp->n_terms += 2) > MAX_TERMS)
            return fail(qp, EVX_INVALID, "query has more than %d terms",
                        MAX_TERMS);
        st = evx_rank_name_pair(&q, a->term, b->term);
        if (!st)
            st = qlist_push(&s->weak, q);
    }
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
    st = expand_run(qp, s->run, s->n_run, qs, weak, &n);
    if (!st)
        st = push_name_pairs(qp, s);
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
    evx_status st = free_word(qp, l, &w);

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
            return fail(qp, EVX_PARSE, "missing operand after NOT at column %zu",
                        l->col);
        l = peek(qp);
        if (l->sign)
            return fail(qp, EVX_PARSE, "unexpected '%c' after NOT at column %zu",
                        l->sign, l->col);
        sign = '-';
    }
    if (l->type == L_NEAR)
        return fail(qp, EVX_PARSE, "missing operand before NEAR at column %zu",
                    l->col);
    if (sign == '-')
        qp->negated++;
    if (!sign && l->type == L_WORD && !l->field && qp->lx[qp->p + 1].type == L_NEAR) {
        st = flush_run(qp, s);
        if (!st)
            st = parse_near(qp, &it);
    } else if (!sign && l->type == L_WORD && !l->field && !is_wildcard(qp, l)) {
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
        return fail(qp, EVX_PARSE, "NEAR needs a plain word on each side at column %zu",
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
        free_queries(s->weak.q, s->weak.n);
        s->weak.n = 0;
        st = evx_query_none(&should);
        if (!st)
            st = qlist_push(&s->should, should);
        should = NULL;
    }
    if (!st && s->weak.n && s->should.n) {
        evx_query *content = NULL, *extra = NULL;
        st = combine_free(&content, EVX_Q_OR, s->should.q, s->should.n, 0);
        s->should.n = 0;
        if (!st)
            st = combine_free(&extra, EVX_Q_OR, s->weak.q, s->weak.n, 0);
        s->weak.n = 0;
        if (!st)
            st = combine2(&content, EVX_Q_AND_MAYBE, content, extra);
        if (!st)
            st = qlist_push(&s->should, content);
    }
    if (!st && s->must.n) {
        st = combine_free(&must, EVX_Q_AND, s->must.q, s->must.n, 0);
        s->must.n = 0;
    }
    if (!st && s->should.n) {
        st = combine_free(&should, EVX_Q_OR, s->should.q, s->should.n, 0);
        s->should.n = 0;
    }
    if (st) {
        evx_query_free(must);
        evx_query_free(should);
        return st;
    }
    if (must && should)
        return combine2(out, EVX_Q_AND_MAYBE, must, should);
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
        st = make_all(&base);
    if (!st && s->filters.n) {
        st = combine_free(&rest, EVX_Q_AND, s->filters.q, s->filters.n, 0);
        s->filters.n = 0;
        if (!st)
            st = combine2(&base, EVX_Q_FILTER, base, rest);
        else
            evx_query_free(base);
    }
    if (!st && s->nots.n) {
        st = combine_free(&rest, EVX_Q_OR, s->nots.q, s->nots.n, 0);
        s->nots.n = 0;
        if (!st)
            st = combine2(&base, EVX_Q_AND_NOT, base, rest);
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
            return fail(qp, EVX_PARSE, "missing operand after %s at column %zu",
                        lex_name(after), after->col);
        if (first->type == L_RPAREN)
            return fail(qp, EVX_PARSE, "unbalanced parenthesis at column %zu",
                        first->col);
        if (first->type == L_END)
            return fail(qp, EVX_PARSE, "empty query");
        return fail(qp, EVX_PARSE, "missing operand before %s at column %zu",
                    lex_name(first), first->col);
    }
    do {
        st = seq_element(qp, &s);
    } while (!st && !ends_seq(peek(qp)->type));
    if (!st)
        st = flush_run(qp, &s);
    if (!st && s.should.n + s.must.n + s.filters.n + s.nots.n + s.weak.n == 0)
        st = fail(qp, EVX_PARSE, "nothing searchable before column %zu",
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
            st = combine2(&out->q, EVX_Q_FILTER, out->q, right.q);
        else if (!out->scored) {
            st = combine2(&out->q, EVX_Q_FILTER, right.q, out->q);
            out->scored = 1;
        } else
            st = combine2(&out->q, EVX_Q_AND, out->q, right.q);
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
            st = fail(qp, EVX_PARSE, "missing operand after OR at column %zu",
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
    st = combine_free(&out->q, EVX_Q_OR, alts.q, alts.n, 0);
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
        return fail(qp, EVX_INVALID, "query is longer than %d bytes (%zu)",
                    MAX_QUERY_BYTES, len);
    while (i < len) {
        if (text[i] == '\0')
            return fail(qp, EVX_PARSE, "NUL byte in query at byte %zu", i + 1);
        n = evx_utf8_seqlen(text + i, len - i);
        if (n == 0)
            return fail(qp, EVX_PARSE, "invalid UTF-8 at byte %zu", i + 1);
        i += n;
    }
    return EVX_OK;
}

/* Two fixes in a row with only spaces between them whose words, closed
 * up, are a word of the index ("smoke screen" -> "smokescreen") become
 * one fix.  Returns the number of fixes consumed (1 or 2). */
static size_t join_fixes(evx_qparse *qp, size_t i, evx_buf *b)
{
    const fix *f = &qp->fixes[i], *g = f + 1;
    char *joined = NULL;

    if (i + 1 >= qp->n_fixes)
        return 1;
    for (size_t k = f->end; k < g->start; k++)
        if (!evx_ascii_space(qp->text[k]))
            return 1;
    if (evx_qspell_joined(&joined, qp->db, f->orig, g->orig) || !joined)
        return 1;
    evx_buf_puts(b, joined);
    free(joined);
    return 2;
}

/* The query text with each word the index lacks replaced. */
static evx_status build_suggestion(evx_qparse *qp)
{
    evx_buf b = EVX_BUF_INIT;
    size_t i = 0, at = 0, used;

    if (qp->n_fixes == 0)
        return EVX_OK;
    while (i < qp->n_fixes) {
        evx_buf_append(&b, qp->text + at, qp->fixes[i].start - at);
        used = join_fixes(qp, i, &b);
        if (used == 1)
            evx_buf_puts(&b, qp->fixes[i].word);
        at = qp->fixes[i + used - 1].end;
        i += used;
    }
    evx_buf_append(&b, qp->text + at, qp->len - at);
    if (evx_buf_status(&b)) {
        evx_buf_free(&b);
        return EVX_NOMEM;
    }
    qp->suggestion = evx_buf_detach(&b);
    return qp->suggestion ? EVX_OK : EVX_NOMEM;
}

evx_status evx_qparse_parse(evx_qparse *qp, const char *text, size_t len,
                            evx_query **out)
{
    item it;
    evx_status st;

    *out = NULL;
    reset(qp);
    if (!text && len)
        return fail(qp, EVX_INVALID, "no query text");
    st = check_bytes(qp, text, len);
    if (st)
        return st;
    qp->text = text ? text : "";
    qp->len = len;
    st = lex_all(qp);
    memset(&it, 0, sizeof it);
    if (!st)
        st = parse_or(qp, &it);
    if (!st && peek(qp)->type != L_END) {
        evx_query_free(it.q);
        st = fail(qp, EVX_PARSE, "unbalanced parenthesis at column %zu",
                  peek(qp)->col);
    }
    if (!st)
        st = build_suggestion(qp);
    if (st) {
        size_t i;
        if (st == EVX_NOMEM && !qp->err.len)
            fail(qp, st, "out of memory");
        else if (!qp->err.len)
            fail(qp, st, "%s", evx_db_errmsg(qp->db));
        for (i = 0; i < qp->n_words; i++)
            free(qp->words[i]);
        qp->n_words = 0;
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
