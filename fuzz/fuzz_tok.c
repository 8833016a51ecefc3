/*
 * fuzz_tok.c - libFuzzer target for the one tokenizer (lib/tok.h), name
 * folding (lib/names.h), evx_tok_fold, a unit's postings
 * (lib/freetext.h) with the text as a footnote's, so the reference rule
 * (a footnote with no sentence of prose) reads every byte, and the
 * quantity rules of query/answer.h on the text as a query and a unit's.
 *
 * Besides "no crash, no leak, no UB" it checks the contract tok.h states
 * on every token: spans inside the text and in order, terms NUL-terminated,
 * non-empty, at most 64 bytes and valid UTF-8, positions never going back,
 * the bad-byte count and offset within the input, and a fold result that is
 * valid UTF-8.  A broken invariant aborts, which libFuzzer reports as a
 * crash with its input.  See fuzz/README.md.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "freetext.h"
#include "names.h"
#include "tok.h"
#include "unit.h"
#include "utf8.h"

#define MAX_TERM 64

typedef struct tok_check {
    size_t len;        /* input length */
    size_t last_start; /* start of the previous token */
    unsigned last_pos;
    unsigned first_pos;
    size_t n;
} tok_check;

static void tok_fail(const char *what)
{
    fprintf(stderr, "fuzz_tok: invariant broken: %s\n", what);
    abort();
}

static int tok_valid_utf8(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t n = evx_utf8_seqlen(s + i, len - i);
        if (n == 0)
            return 0;
        i += n;
    }
    return 1;
}

static int tok_on_token(void *ctx, const evx_token *t)
{
    tok_check *c = ctx;
    if (t->start > t->end || t->end > c->len)
        tok_fail("token span outside the text");
    if (c->n && t->start < c->last_start && t->kind != EVX_TOKEN_JOINED)
        tok_fail("token spans go backwards");
    if (!t->term || t->term[t->term_len] != '\0' || t->term_len == 0 ||
        strlen(t->term) != t->term_len)
        tok_fail("term not a NUL-terminated non-empty string of term_len bytes");
    if (t->term_len > MAX_TERM)
        tok_fail("term longer than 64 bytes");
    if (!tok_valid_utf8(t->term, t->term_len))
        tok_fail("term is not valid UTF-8");
    if (!t->stem || t->stem[t->stem_len] != '\0' ||
        strlen(t->stem) != t->stem_len)
        tok_fail("stem not a NUL-terminated string of stem_len bytes");
    if (t->pos < c->first_pos || (c->n && t->pos < c->last_pos))
        tok_fail("positions go backwards");
    c->last_start = t->start;
    c->last_pos = t->pos;
    c->n++;
    return 0;
}

static int tok_on_name_word(void *ctx, const char *w, size_t len)
{
    (void)ctx;
    if (len == 0 || !tok_valid_utf8(w, len))
        tok_fail("name word empty or not valid UTF-8");
    return 0;
}

static evx_status tok_on_posting(void *ctx, const evx_posting *p)
{
    (void)ctx;
    if (!p->prefix || !p->text || p->len == 0 || p->len > 4 * MAX_TERM)
        tok_fail("posting without a term");
    return EVX_OK;
}

/* The text as a footnote's and as a paragraph's: their postings. */
static void tok_fuzz_postings(evx_tok *tok, const char *text, size_t len)
{
    static const evx_unit_type types[] = {EVX_UNIT_FOOTNOTE,
                                          EVX_UNIT_PARAGRAPH};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        evx_unit *u = NULL;
        if (evx_unit_new(&u, types[i]))
            tok_fail("cannot make a unit");
        evx_unit_set(&u->text, text, len);
        if (u->text && evx_freetext_post(tok, u, tok_on_posting, NULL))
            tok_fail("postings failed (out of memory?)");
        if (u->text) {
            (void)evx_answer_asks_quantity(u->text);
            (void)evx_answer_states_quantity(u->text);
        }
        evx_unit_free(u);
    }
}

static void tok_fuzz_names(evx_tok *tok, const char *text, size_t len)
{
    char *key = NULL, *sur = NULL;
    if (evx_name_key(tok, text, len, &key) == EVX_OK && !key)
        tok_fail("name key NULL on success");
    if (evx_name_surname(tok, text, len, &sur) == EVX_OK && !sur)
        tok_fail("surname NULL on success");
    evx_name_words(tok, text, len, tok_on_name_word, NULL);
    free(key);
    free(sur);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static evx_tok *tok; /* made once: loading the stemmer is slow */
    const char *text = (const char *)data;
    tok_check c = {size, 0, 0, 0, 0};
    char *folded = NULL;

    if (!tok && evx_tok_new(&tok))
        tok_fail("cannot make a tokenizer");
    if (evx_tokenize(tok, text, size, tok_on_token, &c))
        tok_fail("tokenize failed (out of memory?)");
    size_t first = 0;
    size_t bad = evx_tok_bad_bytes(tok, &first);
    if (bad > size || (bad && first >= size))
        tok_fail("bad-byte count or offset outside the text");

    /* The same text again from a late position: positions offset, never
     * wrapping below first_pos. */
    tok_check c2 = {size, 0, 0, 1000000u, 0};
    c2.last_pos = c2.first_pos;
    if (evx_tokenize_at(tok, text, size, c2.first_pos, tok_on_token, &c2))
        tok_fail("tokenize_at failed");
    if (c2.n != c.n)
        tok_fail("tokenize_at gave a different number of tokens");

    if (evx_tok_fold(&folded, text, size) == EVX_OK) {
        if (!folded || !tok_valid_utf8(folded, strlen(folded)))
            tok_fail("fold result not valid UTF-8");
        free(folded);
    }
    tok_fuzz_postings(tok, text, size);
    if (size <= 256) {
        const char *stem = evx_tok_stem(tok, text, size);
        if (stem && strlen(stem) > 4 * size + 16)
            tok_fail("stem much longer than its word");
        tok_fuzz_names(tok, text, size);
    }
    return 0;
}
