/*
 * tok.c - the one tokenizer (see tok.h for the contract and the rules).
 *
 * One linear pass over the bytes.  A "compound" is a run of pieces joined
 * by hyphens; a piece is a run of atoms (a number, a word or identifier);
 * an atom becomes one token.  Pending atoms of the current compound live in
 * a small fixed array inside the tokenizer, so tokenizing allocates nothing
 * per character or per token; only the stem cache grows.
 */
#include "tok.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "stem.h"

enum {
    TERM_MAX = 64,       /* longest term kept, in bytes (longer: dropped) */
    RAW_MAX = 256,       /* raw atom bytes beyond which we do not normalise */
    ATOMS_MAX = 16,      /* atoms pending in one compound before flushing */
    CACHE_MAX = 1 << 20  /* stem cache entries before it is cleared */
};

/* Character classes, decided on the raw code point before normalisation. */
typedef enum cclass {
    C_SEP,   /* separator: space, punctuation, symbols, NUL, controls */
    C_LET,   /* letter */
    C_DIG,   /* digit or other number */
    C_MARK,  /* combining mark: continues a word */
    C_IGN,   /* soft hyphen, ZWJ/ZWNJ: continues a word, dropped */
    C_APOS,  /* ' U+2018 U+2019 U+02BC U+FF07 */
    C_HYPH,  /* - U+2010 U+2011 U+FF0D */
    C_DOT,
    C_SLASH,
    C_COMMA,
    C_BAD    /* invalid UTF-8 byte */
} cclass;

typedef struct atom {
    size_t start, end;        /* byte span in the text */
    size_t term_len;
    int is_word;              /* letters only: stemmed */
    int letter_start;         /* starts with a letter: may start a join */
    int dropped;              /* too long: takes a position, no token */
    char term[TERM_MAX + 1];
} atom;

typedef struct slot {
    uint32_t hash;
    uint32_t key_off, key_len; /* key_len 0: empty slot */
    uint32_t stem_off, stem_len;
} slot;

struct evx_tok {
    evx_stem *stemmer;
    unsigned char stem_first[256]; /* evx_tok_stem_only: bytes a word may
                                      start with to be stemmed */
    int stem_some;                 /* 0: stem every word */
    slot *slots;
    size_t nslots, nused;
    char *pool;
    size_t pool_len, pool_cap;
    utf8proc_int32_t *cps;
    size_t cps_cap;
    char raw[RAW_MAX + 1];
    char joined[TERM_MAX + 1];
    atom atoms[ATOMS_MAX];
    size_t natoms;
    size_t bad, first_bad;
};

/* State of one evx_tokenize call. */
typedef struct run {
    evx_tok *tok;
    const unsigned char *text;
    size_t len;
    evx_tok_cb cb;
    void *ctx;
    unsigned pos;
    int stop;
    evx_status st;
} run;

/* ---- character classes ---- */

static cclass class_of_cp(utf8proc_int32_t cp)
{
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
            return C_LET;
        if (cp >= '0' && cp <= '9')
            return C_DIG;
        switch (cp) {
        case '\'': return C_APOS;
        case '-': return C_HYPH;
        case '.': return C_DOT;
        case '/': return C_SLASH;
        case ',': return C_COMMA;
        default: return C_SEP;
        }
    }
    switch (cp) {
    case 0x2018: case 0x2019: case 0x02BC: case 0xFF07:
        return C_APOS;
    case 0x2010: case 0x2011: case 0xFF0D:
        return C_HYPH;
    case 0x00AD: case 0x200C: case 0x200D:
        return C_IGN;
    default:
        break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return C_LET;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return C_DIG;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return C_MARK;
    default:
        return C_SEP;
    }
}

/* Class of the character at byte i, its length through *n.  Past the end
 * is a separator of length 0. */
static cclass class_at(const run *r, size_t i, size_t *n)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t got;

    if (i >= r->len) {
        *n = 0;
        return C_SEP;
    }
    if (r->text[i] < 0x80) {
        *n = 1;
        return class_of_cp(r->text[i]);
    }
    got = utf8proc_iterate(r->text + i, (utf8proc_ssize_t)(r->len - i), &cp);
    if (got < 1 || cp < 0) {
        *n = 1;
        return C_BAD;
    }
    *n = (size_t)got;
    return class_of_cp(cp);
}

static int is_alnum(cclass c) { return c == C_LET || c == C_DIG; }

/* ---- normalisation ---- */

static utf8proc_int32_t fold_apostrophe(utf8proc_int32_t cp, void *data)
{
    (void)data;
    return class_of_cp(cp) == C_APOS ? '\'' : cp;
}

/* COMPOSE is needed in the decomposition step too: utf8proc applies
 * (compatibility) decompositions only when COMPOSE or DECOMPOSE is set. */
static const utf8proc_option_t NORM_OPTS =
    UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
    UTF8PROC_CASEFOLD | UTF8PROC_IGNORE | UTF8PROC_STRIPMARK;

/* Decomposes (NFKD + case fold, canonically ordered) s[0..len) into *cps,
 * growing it; custom maps code points first.  Returns the number of code
 * points, or -1 on allocation failure or a utf8proc error. */
static long decompose(utf8proc_int32_t **cps, size_t *cap, const char *s,
                      size_t len, utf8proc_custom_func custom)
{
    for (;;) {
        utf8proc_ssize_t n = utf8proc_decompose_custom(
            (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, *cps,
            (utf8proc_ssize_t)*cap, NORM_OPTS, custom, NULL);
        if (n < 0)
            return -1;
        /* Keep one slot spare: reencode writes a NUL after the bytes. */
        if ((size_t)n < *cap)
            return (long)n;
        utf8proc_int32_t *p = realloc(*cps, ((size_t)n + 1) * sizeof *p);
        if (!p)
            return -1;
        *cps = p;
        *cap = (size_t)n + 1;
    }
}

/* NFKC + case fold of s[0..len), as UTF-8 in tok->cps; custom maps code
 * points first.  Returns the length, or -1 on failure; *out gets the bytes. */
static long normalise(evx_tok *tok, const char *s, size_t len,
                      utf8proc_custom_func custom, const char **out)
{
    long n = decompose(&tok->cps, &tok->cps_cap, s, len, custom);
    utf8proc_ssize_t m;

    if (n < 0)
        return -1;
    /* reencode composes (it normalises first) and encodes in place. */
    m = utf8proc_reencode(tok->cps, n, NORM_OPTS);
    if (m < 0)
        return -1;
    *out = (const char *)tok->cps;
    return (long)m;
}

/* ---- stem cache: open addressing, keys and stems in one pool ---- */

static uint32_t hash_bytes(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* s may lie inside the pool itself (a word that is its own stem, or a
 * stem borrowed from an earlier call): it is then re-found by offset after
 * the realloc, and copied with memmove. */
static int pool_add(evx_tok *tok, const char *s, size_t len, uint32_t *off)
{
    int inside = tok->pool && s >= tok->pool && s < tok->pool + tok->pool_cap;
    size_t s_off = inside ? (size_t)(s - tok->pool) : 0;

    if (tok->pool_len + len + 1 > tok->pool_cap) {
        size_t cap = tok->pool_cap ? tok->pool_cap * 2 : 4096;
        while (cap < tok->pool_len + len + 1)
            cap *= 2;
        char *p = realloc(tok->pool, cap);
        if (!p)
            return -1;
        tok->pool = p;
        tok->pool_cap = cap;
        if (inside)
            s = tok->pool + s_off;
    }
    memmove(tok->pool + tok->pool_len, s, len);
    tok->pool[tok->pool_len + len] = '\0';
    *off = (uint32_t)tok->pool_len;
    tok->pool_len += len + 1;
    return 0;
}

static slot *cache_find(evx_tok *tok, const char *w, size_t len, uint32_t h)
{
    size_t mask = tok->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        slot *s = &tok->slots[i];
        if (s->key_len == 0)
            return s;
        if (s->hash == h && s->key_len == len &&
            memcmp(tok->pool + s->key_off, w, len) == 0)
            return s;
    }
}

/* Doubles the table, or clears it (and the pool) once it holds CACHE_MAX
 * words, so memory stays bounded on endless input. */
static int cache_grow(evx_tok *tok)
{
    size_t n = tok->nslots * 2;
    slot *old = tok->slots, *fresh;
    size_t old_n = tok->nslots;

    if (tok->nused >= CACHE_MAX) {
        memset(tok->slots, 0, tok->nslots * sizeof *tok->slots);
        tok->nused = 0;
        tok->pool_len = 0;
        return 0;
    }
    fresh = calloc(n, sizeof *fresh);
    if (!fresh)
        return -1;
    tok->slots = fresh;
    tok->nslots = n;
    for (size_t i = 0; i < old_n; i++) {
        if (old[i].key_len == 0)
            continue;
        slot *s = cache_find(tok, tok->pool + old[i].key_off,
                             old[i].key_len, old[i].hash);
        *s = old[i];
    }
    free(old);
    return 0;
}

static int has_digit(const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (w[i] >= '0' && w[i] <= '9')
            return 1;
    return 0;
}

const char *evx_tok_stem(evx_tok *tok, const char *word, size_t len)
{
    const char *stem = word;
    size_t stem_len = len;
    uint32_t h, koff, soff;
    slot *s;

    if (!tok || len == 0 || len > UINT32_MAX / 4)
        return len == 0 ? "" : NULL;
    h = hash_bytes(word, len);
    s = cache_find(tok, word, len, h);
    if (s->key_len)
        return tok->pool + s->stem_off;
    if ((tok->nused + 1) * 2 > tok->nslots) {
        if (cache_grow(tok))
            return NULL;
        s = cache_find(tok, word, len, h);
    }
    /* Identifiers and numbers are their own stem. */
    if (!has_digit(word, len)) {
        stem = evx_stem_word(tok->stemmer, word, len, &stem_len);
        if (!stem)
            return NULL;
    }
    /* The stemmer's buffer is its own and word may be the caller's: copy
     * both into the pool (pool_add may move the pool, so key first). */
    if (pool_add(tok, word, len, &koff))
        return NULL;
    if (stem == word)
        soff = koff; /* its own stem: share the key's copy */
    else if (pool_add(tok, stem, stem_len, &soff))
        return NULL;
    s->hash = h;
    s->key_off = koff;
    s->key_len = (uint32_t)len;
    s->stem_off = soff;
    s->stem_len = (uint32_t)stem_len;
    tok->nused++;
    return tok->pool + soff;
}

/* ---- lifecycle ---- */

evx_status evx_tok_new(evx_tok **out)
{
    evx_tok *tok = calloc(1, sizeof *tok);
    evx_status st = EVX_NOMEM;

    *out = NULL;
    if (!tok)
        return EVX_NOMEM;
    tok->nslots = 128; /* grows by doubling; a query stems a few hundred words */
    tok->slots = calloc(tok->nslots, sizeof *tok->slots);
    tok->cps_cap = 256;
    tok->cps = malloc(tok->cps_cap * sizeof *tok->cps);
    if (!tok->slots || !tok->cps)
        goto done;
    if ((st = evx_stem_new(&tok->stemmer)) != EVX_OK)
        goto done;
    *out = tok;
    return EVX_OK;
done:
    evx_tok_free(tok);
    return st;
}

void evx_tok_free(evx_tok *tok)
{
    if (!tok)
        return;
    evx_stem_free(tok->stemmer);
    free(tok->slots);
    free(tok->pool);
    free(tok->cps);
    free(tok);
}

size_t evx_tok_bad_bytes(const evx_tok *tok, size_t *first_offset)
{
    if (first_offset)
        *first_offset = tok->bad ? tok->first_bad : 0;
    return tok->bad;
}

void evx_tok_stem_only(evx_tok *tok, const char *first_bytes)
{
    memset(tok->stem_first, 0, sizeof tok->stem_first);
    tok->stem_some = first_bytes != NULL;
    for (; first_bytes && *first_bytes; first_bytes++)
        tok->stem_first[(unsigned char)*first_bytes] = 1;
    /* The stemmer drops a leading apostrophe: such a word may stem to
     * anything. */
    tok->stem_first['\''] = 1;
}

/* ---- emitting tokens ---- */

/* Is a word with this term to be stemmed (evx_tok_stem_only)? */
static int wanted_stem(const evx_tok *tok, const char *term)
{
    return !tok->stem_some || tok->stem_first[(unsigned char)term[0]];
}

static void emit(run *r, const char *term, size_t term_len, int stem_it,
                 evx_token *t)
{
    const char *stem = term;

    if (r->stop)
        return;
    if (stem_it && wanted_stem(r->tok, term)) {
        stem = evx_tok_stem(r->tok, term, term_len);
        if (!stem) {
            r->st = EVX_NOMEM;
            r->stop = 1;
            return;
        }
    }
    t->term = term;
    t->term_len = term_len;
    t->stem = stem;
    t->stem_len = strlen(stem);
    if (r->cb(r->ctx, t))
        r->stop = 1;
}

/* True if the source of a is an acronym in the plural: two or more
 * capitals and a lower-case s ("STPs", "ACOs", "ICSs").  The stemmer would
 * keep "stps" whole (no vowel), so such a word is stemmed by dropping the
 * s, and "STPs" meets "STP". */
static int is_plural_acronym(const run *r, const atom *a)
{
    size_t n = a->end - a->start;
    const unsigned char *s = r->text + a->start;
    if (n < 3 || s[n - 1] != 's' || a->term_len != n)
        return 0;
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

static void emit_atom(run *r, const atom *a, unsigned pos, evx_token_kind k)
{
    evx_token t;

    if (a->dropped)
        return;
    t.pos = pos;
    t.start = a->start;
    t.end = a->end;
    t.kind = k;
    if (a->is_word && wanted_stem(r->tok, a->term) &&
        is_plural_acronym(r, a)) {
        const char *stem = evx_tok_stem(r->tok, a->term, a->term_len - 1);
        if (!stem) {
            r->st = EVX_NOMEM;
            r->stop = 1;
            return;
        }
        /* A stem of a word without vowels is the word itself. */
        t.term = a->term;
        t.term_len = a->term_len;
        t.stem = stem;
        t.stem_len = strlen(stem);
        if (!r->stop && r->cb(r->ctx, &t))
            r->stop = 1;
        return;
    }
    emit(r, a->term, a->term_len, a->is_word, &t);
}

/* Joins the pending atoms' terms into tok->joined; 0 if too long. */
static size_t build_joined(evx_tok *tok)
{
    size_t n = 0;

    for (size_t i = 0; i < tok->natoms; i++) {
        const atom *a = &tok->atoms[i];
        if (n + a->term_len > TERM_MAX)
            return 0;
        memcpy(tok->joined + n, a->term, a->term_len);
        n += a->term_len;
    }
    tok->joined[n] = '\0';
    return n;
}

/* Emits the pending atoms.  compound: they are the one-atom pieces of a
 * hyphenated compound, so they are PARTs and (when the first starts with a
 * letter) the joined form follows the first part. */
static void flush(run *r, int compound)
{
    evx_tok *tok = r->tok;
    unsigned first = r->pos;

    for (size_t i = 0; i < tok->natoms; i++) {
        emit_atom(r, &tok->atoms[i], r->pos++,
                  compound ? EVX_TOKEN_PART : EVX_TOKEN_WORD);
        if (i == 0 && compound && tok->atoms[0].letter_start) {
            int dropped = 0;
            for (size_t j = 0; j < tok->natoms; j++)
                dropped |= tok->atoms[j].dropped;
            size_t n = dropped ? 0 : build_joined(tok);
            if (n) {
                evx_token t;
                t.pos = first;
                t.start = tok->atoms[0].start;
                t.end = tok->atoms[tok->natoms - 1].end;
                t.kind = EVX_TOKEN_JOINED;
                emit(r, tok->joined, n, !has_digit(tok->joined, n), &t);
            }
        }
    }
    tok->natoms = 0;
}

/* ---- atoms ---- */

/* Normalises the raw bytes [s, e) of an atom into a->term.  drop_commas:
 * a number's thousands separators are left out of the term. */
static int set_term(run *r, atom *a, size_t s, size_t e, int drop_commas)
{
    evx_tok *tok = r->tok;
    size_t n = 0;
    int ascii = 1;
    const char *norm;
    long nlen;

    a->start = s;
    a->end = e;
    a->dropped = 0;
    if (e - s > RAW_MAX) {
        a->dropped = 1;
        return 0;
    }
    for (size_t i = s; i < e; i++) {
        unsigned char c = r->text[i];
        if (drop_commas && c == ',')
            continue;
        ascii &= c < 0x80;
        tok->raw[n++] = (char)c;
    }
    if (ascii) {
        if (n > TERM_MAX) {
            a->dropped = 1;
            return 0;
        }
        for (size_t i = 0; i < n; i++) {
            char c = tok->raw[i];
            a->term[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        a->term[n] = '\0';
        a->term_len = n;
        return 0;
    }
    nlen = normalise(tok, tok->raw, n, fold_apostrophe, &norm);
    if (nlen < 0)
        return -1;
    if (nlen == 0 || nlen > TERM_MAX) {
        a->dropped = 1;
        return 0;
    }
    memcpy(a->term, norm, (size_t)nlen);
    a->term[nlen] = '\0';
    a->term_len = (size_t)nlen;
    return 0;
}

/* Adds an atom to the pending compound, flushing first if it is full. */
static atom *new_atom(run *r, int *broken)
{
    evx_tok *tok = r->tok;

    if (tok->natoms == ATOMS_MAX) {
        flush(r, 0);
        *broken = 1;
    }
    return &tok->atoms[tok->natoms++];
}

/* A word or identifier from a letter at i: letters, marks and digits,
 * with inner apostrophes between letters; a final 's after an apostrophe
 * is the possessive, kept in the span but not the term.  Returns its end. */
static size_t scan_word(run *r, size_t i, size_t *term_end, int *digits)
{
    size_t n, n2, n3;
    cclass prev = C_LET;

    *digits = 0;
    for (;;) {
        cclass c = class_at(r, i, &n);
        if (c == C_LET || c == C_MARK || c == C_DIG) {
            *digits |= c == C_DIG;
            prev = c == C_MARK ? prev : c;
            i += n;
            continue;
        }
        if (c == C_IGN && is_alnum(class_at(r, i + n, &n2))) {
            i += n;
            continue;
        }
        if (c != C_APOS || class_at(r, i + n, &n2) != C_LET)
            break;
        unsigned char s = r->text[i + n];
        if ((s == 's' || s == 'S') &&
            !is_alnum(class_at(r, i + n + 1, &n3)) &&
            class_at(r, i + n + 1, &n3) != C_MARK) {
            *term_end = i;
            return i + n + 1;
        }
        if (prev != C_LET)
            break;
        i += n;
    }
    *term_end = i;
    return i;
}

static int digit_at(const run *r, size_t i)
{
    size_t n;
    return class_at(r, i, &n) == C_DIG;
}

/* A number from a digit at i: digits, with inner . and / before digits
 * (but no . after a /), and inner , before exactly three digits
 * (thousands).  *commas is set if it has such a comma, *punct if it has
 * any inner mark. */
static size_t scan_number(run *r, size_t i, int *commas, int *punct)
{
    size_t n;
    int slash = 0;

    *commas = *punct = 0;
    for (;;) {
        cclass c = class_at(r, i, &n);
        if (c == C_DIG || (c == C_MARK)) {
            i += n;
            continue;
        }
        /* "2020/21.30": after a slash, a dot starts a footnote mark. */
        if ((c == C_SLASH || (c == C_DOT && !slash)) && digit_at(r, i + 1)) {
            slash |= c == C_SLASH;
            *punct = 1;
            i += 1;
            continue;
        }
        if (c == C_COMMA && digit_at(r, i + 1) && digit_at(r, i + 2) &&
            digit_at(r, i + 3) && !digit_at(r, i + 4) &&
            r->text[i + 1] < 0x80 && r->text[i + 3] < 0x80) {
            *commas = *punct = 1;
            i += 1;
            continue;
        }
        return i;
    }
}

/* An English ordinal suffix (st nd rd th) ending a number at i? */
static int ordinal_at(const run *r, size_t i)
{
    size_t n;
    char a, b;

    if (i + 2 > r->len)
        return 0;
    a = (char)(r->text[i] | 0x20);
    b = (char)(r->text[i + 1] | 0x20);
    if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
          (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
        return 0;
    cclass c = class_at(r, i + 2, &n);
    return !is_alnum(c) && c != C_MARK && c != C_APOS;
}

/* A magnitude glued to a number ("8.8bn", "30m", "2tn") is written out,
 * so that "£8.8bn", "£8.8billion" and "£8.8 billion" give the same terms
 * (8.8, billion) at index and query time.  The abbreviations are the ones
 * UK official and press style use for money (bn, m, mn, tn, k). */
static void write_out_magnitude(atom *a)
{
    static const char *const forms[][2] = {
        {"bn", "billion"}, {"m", "million"}, {"mn", "million"},
        {"tn", "trillion"}, {"trn", "trillion"}, {"k", "thousand"}};

    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (a->term_len == strlen(forms[i][0]) &&
            memcmp(a->term, forms[i][0], a->term_len) == 0) {
            a->term_len = strlen(forms[i][1]);
            memcpy(a->term, forms[i][1], a->term_len + 1);
            return;
        }
}

/* One piece (no hyphens) from an alphanumeric at i: numbers, then at most
 * one word.  Returns its end; *atoms counts the atoms it added. */
static size_t scan_piece(run *r, size_t i, size_t *atoms, int *broken)
{
    size_t n, e, te;
    int commas, punct, digits;

    *atoms = 0;
    while (!r->stop && r->st == EVX_OK) {
        cclass c = class_at(r, i, &n);
        atom *a;
        if (c == C_DIG) {
            e = scan_number(r, i, &commas, &punct);
            if (!punct && ordinal_at(r, e))
                e += 2;
            a = new_atom(r, broken);
            a->is_word = 0;
            a->letter_start = 0;
            if (set_term(r, a, i, e, commas))
                r->st = EVX_NOMEM;
            (*atoms)++;
            i = e;
            continue;
        }
        if (c != C_LET)
            return i;
        e = scan_word(r, i, &te, &digits);
        a = new_atom(r, broken);
        a->is_word = !digits;
        a->letter_start = 1;
        if (set_term(r, a, i, te, 0))
            r->st = EVX_NOMEM;
        else if (*atoms > 0 && !digits && te == e)
            write_out_magnitude(a);
        a->end = e;
        (*atoms)++;
        return e;
    }
    return i;
}

/* A compound from an alphanumeric at i: pieces joined by hyphens that have
 * an alphanumeric on both sides.  Returns its end. */
static size_t scan_compound(run *r, size_t i)
{
    size_t pieces = 0, n, n2, atoms;
    int one_atom_each = 1, broken = 0;

    for (;;) {
        i = scan_piece(r, i, &atoms, &broken);
        pieces++;
        one_atom_each &= atoms == 1;
        if (r->stop || r->st)
            break;
        if (class_at(r, i, &n) != C_HYPH || !is_alnum(class_at(r, i + n, &n2)))
            break;
        i += n;
    }
    flush(r, pieces > 1 && one_atom_each && !broken);
    return i;
}

evx_status evx_tokenize_at(evx_tok *tok, const char *text, size_t len,
                           unsigned first_pos, evx_tok_cb cb, void *ctx)
{
    run r = {tok, (const unsigned char *)text, len, cb, ctx, first_pos, 0,
             EVX_OK};
    size_t i = 0, n;

    tok->bad = 0;
    tok->first_bad = 0;
    tok->natoms = 0;
    if (!text)
        return len ? EVX_INVALID : EVX_OK;
    while (i < len && !r.stop && r.st == EVX_OK) {
        cclass c = class_at(&r, i, &n);
        if (is_alnum(c)) {
            i = scan_compound(&r, i);
            continue;
        }
        if (c == C_BAD && tok->bad++ == 0)
            tok->first_bad = i;
        i += n;
    }
    return r.st;
}

evx_status evx_tokenize(evx_tok *tok, const char *text, size_t len,
                        evx_tok_cb cb, void *ctx)
{
    return evx_tokenize_at(tok, text, len, 0, cb, ctx);
}

/* ---- whole-string folding ---- */

static utf8proc_int32_t fold_punct(utf8proc_int32_t cp, void *data)
{
    (void)data;
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
        return '"';
    default:
        return (cp >= 0x2010 && cp <= 0x2015) ? '-' : cp;
    }
}

static int is_space_cp(utf8proc_int32_t cp)
{
    if (cp == 0 || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 ||
        cp == 0x2028 || cp == 0x2029)
        return 1;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

/* A copy of text with each invalid byte replaced by U+FFFD, or NULL (with
 * *clean_len 0) when text is valid and needs no copy. */
static int repair_utf8(const char *text, size_t len, char **clean,
                       size_t *clean_len)
{
    size_t i = 0, w = 0;
    char *c = NULL;

    *clean = NULL;
    *clean_len = 0;
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t got = utf8proc_iterate(
            (const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i),
            &cp);
        if (got >= 1 && cp >= 0) {
            if (c)
                memcpy(c + w, text + i, (size_t)got);
            i += (size_t)got;
            w += (size_t)got;
            continue;
        }
        if (!c) {
            c = malloc(len * 3 + 1);
            if (!c)
                return -1;
            memcpy(c, text, i);
        }
        memcpy(c + w, "\xEF\xBF\xBD", 3);
        w += 3;
        i++;
    }
    *clean = c;
    *clean_len = c ? w : 0;
    return 0;
}

evx_status evx_tok_fold(char **out, const char *text, size_t len)
{
    utf8proc_int32_t *cps = NULL;
    char *clean = NULL;
    size_t cap = 0, clean_len, w = 0;
    long n;
    utf8proc_ssize_t m;
    evx_status st = EVX_NOMEM;

    *out = NULL;
    if (!text)
        len = 0;
    if (repair_utf8(text, len, &clean, &clean_len))
        goto done;
    cap = (clean ? clean_len : len) + 1;
    cps = malloc(cap * sizeof *cps);
    if (!cps)
        goto done;
    n = decompose(&cps, &cap, clean ? clean : text, clean ? clean_len : len,
                  fold_punct);
    if (n < 0)
        goto done;
    m = utf8proc_normalize_utf32(cps, n, NORM_OPTS);
    if (m < 0)
        goto done;
    /* NFKC may produce quotes or dashes (U+2011 -> U+2010): fold again,
     * and collapse each whitespace run to one space. */
    for (size_t r = 0; r < (size_t)m; r++) {
        utf8proc_int32_t cp = fold_punct(cps[r], NULL);
        if (is_space_cp(cp)) {
            if (w > 0 && cps[w - 1] != ' ')
                cps[w++] = ' ';
            continue;
        }
        cps[w++] = cp;
    }
    if (w > 0 && cps[w - 1] == ' ')
        w--;
    m = utf8proc_reencode(cps, (utf8proc_ssize_t)w, UTF8PROC_STABLE);
    if (m < 0)
        goto done;
    *out = (char *)cps;
    cps = NULL;
    st = EVX_OK;
done:
    free(clean);
    free(cps);
    return st;
}

int evx_tok_is_spelling_word(const char *term)
{
    size_t len = strlen(term);
    if (len < 3)
        return 0;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)term[i] < 0x80 && !(term[i] >= 'a' && term[i] <= 'z'))
            return 0;
    return 1;
}
