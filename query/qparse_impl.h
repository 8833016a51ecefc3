/*
 * qparse_impl.h - what the files of the query parser share and nothing
 * else includes (the contract for callers is qparse.h): the parser's state,
 * the lexer's tokens, and the helpers each stage uses to build terms.
 *
 *   qlex.c      the lexer: operators, parentheses, phrases, word chunks
 *   qterm.c     words as terms: tokens, phrases, wildcards, combining
 *   qsuggest.c  "did you mean": words the index lacks, the rewritten query
 *   qfilter.c   field filters (speaker:, org:, type:, para:, ...)
 *   qwords.c    free words: stems, synonyms, names, headings
 *   qparse.c    the grammar and the public calls
 *
 * Every helper that can fail records its message on the parser (evx_qp_fail)
 * and returns the status; queries handed out belong to the caller.
 */
#ifndef EVX_QPARSE_IMPL_H
#define EVX_QPARSE_IMPL_H

#include <stddef.h>

#include "buf.h"
#include "qdict.h"
#include "qparse.h"
#include "tok.h"
#include "xdb.h"

/* The most terms (and word chunks) one query may have. */
#define EVX_QP_MAX_TERMS 1000

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
    char *word; /* NULL: spelt right (qdict.h), kept unless closed up */
    int dead;   /* the word as typed matches nothing (not even its stem) */
    int free_text; /* a word of free text or a phrase, not a name */
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
    evx_query *rerank; /* the runs' proximity boosts, OR-ed (prox.h) */
    fix *fixes;
    size_t n_fixes, cap_fixes;
    evx_dict *dict;     /* the English word list (qdict.h), read on the
                           first suggestion; NULL if none */
    int dict_tried;
    int revives;        /* the suggestion replaces a dead word (fix) */
    /* state of one parse */
    const char *text;
    size_t len;
    lex *lx;
    size_t n_lx, cap_lx, p;
    unsigned depth;
    unsigned n_terms;
    unsigned qpos;
    int negated;
    int furniture;      /* a type: field asks for footnotes, witness panels
                           or evidence entries, which free words then match
                           by their plain words (qwords.c) */
};

/* A parsed operand: its query and whether it carries weight (a pure
 * filter such as speaker:ham does not). */
typedef struct item {
    evx_query *q;
    int scored;
    char sign;
} item;

/* One free word of a sequence, before synonym expansion: a single stem
 * or an already built query (hyphenated or multi-token chunk). */
typedef struct fword {
    char *stem; /* owned; NULL if not a single word */
    char *term; /* owned: the folded word, unstemmed; NULL likewise */
    int titled; /* written with a capital and then a small letter ("Dalton") */
    evx_query *q;
} fword;

/* ---- qterm.c ---------------------------------------------------------- */

/* Sets the parser's message and returns st. */
evx_status evx_qp_fail(evx_qparse *qp, evx_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Tokens of text[start, end) by the index's tokenizer; free with
 * evx_qp_toks_free (also frees nothing on failure).  EVX_OK, EVX_NOMEM. */
evx_status evx_qp_tokenize(evx_qparse *qp, size_t start, size_t end, qtoks *out);
void evx_qp_toks_free(qtoks *t);

/* The term prefix+term at query position pos, counted against the term
 * limit.  EVX_OK, EVX_INVALID (too many terms), EVX_NOMEM. */
evx_status evx_qp_term(evx_qparse *qp, evx_query **out, const char *prefix,
                     const char *term, unsigned pos);

/* Frees n queries. */
void evx_qp_free_queries(evx_query **qs, size_t n);

/* Combines subs with op and frees them (also on failure); one sub is
 * returned as it is (except under AND_NOT and FILTER). */
evx_status evx_qp_combine_free(evx_query **out, evx_query_op op, evx_query **subs,
                        size_t n, unsigned window);

/* Combines a and b with op and frees them. */
evx_status evx_qp_combine2(evx_query **out, evx_query_op op, evx_query *a,
                    evx_query *b);

/* Every document, with no weight (base of pure filters and pure NOTs). */
evx_status evx_qp_all(evx_query **out);

/* Records a positive word (or a phrase, space-joined) for highlighting;
 * words under NOT are skipped.  EVX_OK, EVX_NOMEM. */
evx_status evx_qp_add_word(evx_qparse *qp, const char *w, size_t n, int is_phrase);

/* The phrase of t's terms (use_stem: stems) under prefix; with a
 * hyphenated compound, OR the phrase with it closed up. */
evx_status evx_qp_phrase_of(evx_qparse *qp, evx_query **out, const qtoks *t,
                     const char *prefix, int use_stem);

/* EVX_PARSE if l has a '*' before its end ('where' names the place). */
evx_status evx_qp_no_inner_star(evx_qparse *qp, const lex *l, const char *where);

/* "exact phrase" and integrat* operands. */
evx_status evx_qp_build_phrase(evx_qparse *qp, const lex *l, item *it);
evx_status evx_qp_build_wildcard(evx_qparse *qp, const lex *l, item *it);

/* ---- qlex.c ----------------------------------------------------------- */

/* Cuts qp->text into qp->lx, ending with L_END.  EVX_OK, EVX_PARSE,
 * EVX_INVALID (too many words), EVX_NOMEM. */
evx_status evx_qp_lex_all(evx_qparse *qp);

/* Non-zero if l is a word ending in '*'. */
int evx_qp_is_wildcard(const evx_qparse *qp, const lex *l);

/* ---- qsuggest.c ------------------------------------------------------- */

/* Notes a free word t (of the text from base) the index lacks. */
evx_status evx_qp_note_spelling(evx_qparse *qp, const qtok *t, size_t base);

/* Notes each word of t (of the text from base) the index lacks under
 * prefix. */
evx_status evx_qp_note_each(evx_qparse *qp, const qtoks *t, size_t base,
                     const char *prefix);

/* Sets qp->suggestion from the noted words (NULL when none).  EVX_OK,
 * EVX_NOMEM. */
evx_status evx_qp_build_suggestion(evx_qparse *qp);

/* ---- qfilter.c -------------------------------------------------------- */

/* A field filter (l->field set); never weighted. */
evx_status evx_qp_build_field(evx_qparse *qp, const lex *l, item *it);

/* ---- qwords.c --------------------------------------------------------- */

/* Tokenizes a free word chunk into *w (the caller frees w->stem, w->term
 * and w->q); records its words for highlighting and misspellings.  A
 * chunk with no token leaves w->q and w->stem NULL. */
evx_status evx_qp_free_word(evx_qparse *qp, const lex *l, fword *w);

/* The query of one free word w (a stem, not w->q) as a run of it alone
 * would make it: its stem or synonyms, its name, its plain word in the
 * furniture a type: field asks for; "+word" requires that. */
evx_status evx_qp_word_query(evx_qparse *qp, const fword *w, evx_query **q);

/* Turns the n single free words ws into queries out[*n_out...] (at most
 * three a word), weak[i] set for those that weigh but match nothing
 * alone. */
evx_status evx_qp_expand_run(evx_qparse *qp, fword *ws, size_t n, evx_query **out,
                      int *weak, size_t *n_out);

#endif /* EVX_QPARSE_IMPL_H */
