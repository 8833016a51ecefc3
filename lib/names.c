/*
 * names.c - name folding on top of the tokenizer (see names.h).
 *
 * A name's words are its tokens, with a hyphenated compound taken whole
 * (its JOINED form: "Smith-Jones" -> "smithjones"), titles and honorifics
 * dropped, and a peer's territorial designation ("Lord Darzi of Denham")
 * cut at "of" (a body's "of" is its own: "University of Exeter").  Lower-case surname particles ("van", "de la", "al-") are
 * name words, and a surname keeps the particles printed before it ("Dr Erik
 * van Sebille" -> "van_sebille").
 */
#include "names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"

/* Titles and honours, in order (in_words bisects): "the", forms of
 * address, and the honours, decorations and fellowships printed after a
 * name ("Professor Jane Hart FRCP", "Sir Peter Ricketts GCMG", "John
 * Yates QPM"), the letters of the legislatures a member sits in (MP,
 * MSP, MLA, MS, AM, TD, MEP), and the short forms of judges' and police officers'
 * titles printed before a name (His Honour Judge, HH Judge, HHJ, DCC, ACC, DAC,
 * DCI; in running text "His", "Her" and "Judge" are titles only where
 * attrib_text.c says). */
static const char *const titles[] = {
    "acc", "adc", "am", "archbishop", "baron", "baroness", "bishop", "cb", "cbe",
    "ch", "cllr", "cmg", "councillor", "cvo", "dac", "dame", "dbe", "dcb",
    "dcc", "dci", "dcmg", "dcs", "dcvo", "dfc", "dl", "doctor", "dr", "dsc", "dso",
    "earl", "fba", "fmedsci", "frca", "frcem", "frcgp", "frcn", "frcog",
    "frcophth", "frcp", "frcpath", "frcpch", "frcpsych", "frcr", "frcs",
    "freng", "frs", "frsa", "frse", "gbe", "gcb", "gcmg", "gcvo", "gen",
    "her", "hh", "hhj", "his", "hon", "honour", "honourable", "jp", "judge",
    "kbe", "kc", "kcb", "kcmg", "kcvo", "kg", "kt", "lady", "lord", "lvo",
    "mbe", "mc", "mep", "miss", "mla", "mp", "mr", "mrs", "ms", "msp",
    "mvo", "mx", "obe", "om", "pc", "prof", "professor", "qc", "qfsm",
    "qpm", "retd", "rev", "revd", "reverend", "right", "rt", "rtd", "sir",
    "td", "the", "vc", "viscount"
};

/* Surname particles, in order (in_words bisects): the lower-case words
 * that open a surname in Dutch and Flemish (van, van der, van den, ter,
 * ten), German (von, zu), French
 * (de, de la, du, des, le, la), Italian (di, da, del, della, degli),
 * Spanish and Portuguese (de, del, da, das, do, dos), Arabic and Malay
 * (al, el, bin, binti, ibn) and Welsh (ap, ab, ferch, verch) names. */
static const char *const particles[] = {
    "ab", "al", "ap", "bin", "binti", "da", "das", "de", "degli", "del",
    "della", "den", "der", "des", "di", "do", "dos", "du", "el", "ferch",
    "ibn", "la", "le", "ten", "ter", "van", "verch", "von", "zu"};

/* Is word[0..len) in list, n words in strcmp order?  Bisected: called for
 * many words, most in no list. */
static int in_words(const char *const *list, size_t n, const char *word,
                    size_t len)
{
    size_t lo = 0, hi = n;
    while (len && lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strncmp(list[mid], word, len);
        if (c == 0)
            c = list[mid][len] != '\0';
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int evx_name_is_particle(const char *word, size_t len)
{
    return word && in_words(particles, sizeof particles / sizeof particles[0],
                            word, len);
}

int evx_name_is_peerage(const char *word, size_t len)
{
    static const char *const peers[] = {
        "baron", "baroness", "countess", "duchess", "duke", "earl", "lady",
        "lord", "marchioness", "marquess", "viscount", "viscountess"};
    return word && in_words(peers, sizeof peers / sizeof peers[0], word, len);
}

int evx_name_is_title(const char *word, size_t len)
{
    return word && in_words(titles, sizeof titles / sizeof titles[0], word,
                            len);
}

size_t evx_name_rank_len(const char *s, size_t len)
{
    /* the ranks of the armed forces and the police, longest first where
     * one opens another, as lists print them before a name */
    static const char *const rank_phrases[] = {
        "Air Chief Marshal ", "Air Vice-Marshal ", "Air Vice Marshal ",
        "Air Marshal ", "Air Commodore ", "Group Captain ", "Wing Commander ",
        "Lieutenant General ", "Major General ", "Lieutenant Colonel ",
        "General ", "Brigadier ", "Colonel ", "Major ", "Captain ",
        "Vice Admiral ", "Rear Admiral ", "Admiral of the Fleet ", "Admiral ",
        "Commodore ", "Commander ", "Deputy Assistant Commissioner ",
        "Assistant Commissioner ", "Deputy Commissioner ", "Commissioner ",
        "Assistant Chief Constable ", "Deputy Chief Constable ",
        "Chief Constable ", "Detective Chief Superintendent ",
        "Chief Superintendent ", "Superintendent ", "Chief Inspector ",
        "Detective Chief Inspector ", "Detective Inspector ",
        "Detective Sergeant ", "Detective Constable ",
        "Det Chief Supt ", "Det Supt ", "DCC ", "ACC ", "DAC ", "DCI ", "PC "};
    static const char *const retired[] = {"(Retd) ", "(retd) ", "(Rtd) ",
                                          "(Ret'd) "};
    for (size_t i = 0; i < sizeof rank_phrases / sizeof *rank_phrases; i++) {
        size_t n = strlen(rank_phrases[i]);
        if (len <= n || strncmp(s, rank_phrases[i], n) != 0)
            continue;
        for (size_t k = 0; k < sizeof retired / sizeof *retired; k++) {
            size_t r = strlen(retired[k]);
            if (len > n + r && strncmp(s + n, retired[k], r) == 0)
                return n + r;
        }
        return n;
    }
    return 0;
}

int evx_name_opens_with_title(const char *name)
{
    char w[16];
    size_t n = 0;
    while (name && n < sizeof w && ((name[n] >= 'A' && name[n] <= 'Z') ||
                                    (name[n] >= 'a' && name[n] <= 'z'))) {
        w[n] = (char)(name[n] | 0x20);
        n++;
    }
    return n < sizeof w && !(n == 3 && !memcmp(w, "the", 3)) &&
           evx_name_is_title(w, n);
}

/* A surname a list prints in capitals ("HAYWARD, Professor Katy") as a
 * name is written ("Hayward"; "O'BRIEN" "O'Brien", "SMITH-JONES"
 * "Smith-Jones"); one with a lower-case letter ("McDONALD") as printed. */
static void title_case_capitals(char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return;
        letters += s[i] >= 'A' && s[i] <= 'Z';
    }
    if (letters < 2)
        return;
    for (size_t i = 1; i < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] != '\'' && s[i - 1] != '-' &&
            s[i - 1] != ' ')
            s[i] = (char)(s[i] | 0x20);
}

char *evx_name_in_order(const char *name)
{
    const char *comma = name ? strchr(name, ',') : NULL, *after;
    size_t head;
    char *out;

    if (!comma || strchr(comma + 1, ',') || comma[1] != ' ')
        return NULL;
    after = comma + 2;
    head = (size_t)(comma - name);
    /* "Doe, Ms Jane", "Smith, Professor John"; "Marine Society, The" */
    if (!head || !(evx_name_opens_with_title(after) ||
                   evx_name_rank_len(after, strlen(after)) ||
                   strcmp(after, "The") == 0))
        return NULL;
    for (const char *c = name; *c; c++)
        if (*c >= '0' && *c <= '9')
            return NULL;
    size_t tail = strlen(after);
    out = malloc(tail + 1 + head + 1);
    if (out) {
        memcpy(out, after, tail);
        out[tail] = ' ';
        memcpy(out + tail + 1, name, head);
        out[tail + 1 + head] = '\0';
        title_case_capitals(out + tail + 1, head);
    }
    return out;
}

/* Walks the tokens, holding back a compound's first PART until we know
 * whether its JOINED form follows (then the parts are skipped). */
typedef struct walk {
    int (*cb)(void *ctx, const char *word, size_t len);
    void *ctx;
    char held[65];
    size_t held_len;
    int holding;
    size_t skip_to;   /* parts of a joined compound end at or before this */
    int seen_name;    /* a non-title word has been given */
    int peer;         /* a peer's title came before the name */
    char title[24];   /* the last title word before the name */
    size_t title_len;
    int parts;        /* give a compound's parts, not its joined form */
    int stop;
} walk;

/* The words of ranks in the armed forces and the police, in order
 * (in_words bisects), which open a name as a title does ("General Sir
 * Peter Wall", "Assistant Commissioner John Yates"): no name's words
 * before its first. */
static const char *const ranks[] = {
    "admiral", "air", "assistant", "brigadier", "captain", "chief",
    "colonel", "commander", "commissioner", "commodore", "constable",
    "deputy", "detective", "general", "group", "inspector", "lieutenant",
    "major", "marshal", "rear", "superintendent", "vice", "wing"};

int evx_name_is_rank(const char *word, size_t len)
{
    return word && in_words(ranks, sizeof ranks / sizeof *ranks, word, len);
}

/* The word s[0..n) folded for the title lists into w (cap bytes): lower
 * case, a full stop after it dropped ("Dr.", "Rt."); its length, or 0 if
 * it does not fit. */
static size_t fold_title_word(const char *s, size_t n, char *w, size_t cap)
{
    if (n && s[n - 1] == '.')
        n--;
    if (n == 0 || n >= cap)
        return 0;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] | 0x20 : s[i]);
    w[n] = 0;
    return n;
}

size_t evx_name_titles_len(const char *name)
{
    const char *s = name, *end = name;
    char w[24];
    while (s && *s) {
        size_t n = strcspn(s, " "), k = fold_title_word(s, n, w, sizeof w);
        if (!k || (!evx_name_is_title(w, k) && !evx_name_is_rank(w, k)))
            break;
        s += n;
        end = s;
        s += strspn(s, " ");
    }
    return name ? (size_t)(end - name) : 0;
}

int evx_name_opens_with_word(const char *name, const char *word)
{
    const char *end = name ? name + evx_name_titles_len(name) : NULL;
    char w[24];
    for (const char *s = name; s && s < end;) {
        size_t n = strcspn(s, " ");
        if (fold_title_word(s, n, w, sizeof w) && strcmp(w, word) == 0)
            return 1;
        s += n;
        s += strspn(s, " ");
    }
    return 0;
}

static int give(walk *w, const char *word, size_t len)
{
    if (evx_name_is_title(word, len)) {
        w->peer |= !w->seen_name && evx_name_is_peerage(word, len);
        if (!w->seen_name && len < sizeof w->title) {
            memcpy(w->title, word, len);
            w->title_len = len;
        }
        return 0;
    }
    if (!w->seen_name && evx_name_is_rank(word, len))
        return 0;
    /* a peer's territorial designation ("Lord Darzi of Denham"), not a
     * body's own words ("University of Exeter") */
    if (w->seen_name && w->peer && len == 2 && memcmp(word, "of", 2) == 0) {
        w->stop = 1;
        return 1;
    }
    w->seen_name = 1;
    if (w->cb(w->ctx, word, len))
        w->stop = 1;
    return w->stop;
}

static int release(walk *w)
{
    if (!w->holding)
        return 0;
    w->holding = 0;
    return give(w, w->held, w->held_len);
}

static int on_token(void *ctx, const evx_token *t)
{
    walk *w = ctx;

    if (w->parts)
        return t->kind == EVX_TOKEN_JOINED ? 0
                                           : give(w, t->term, t->term_len);
    if (t->kind == EVX_TOKEN_JOINED) {
        w->holding = 0;
        w->skip_to = t->end;
        return give(w, t->term, t->term_len);
    }
    if (t->kind == EVX_TOKEN_PART && t->end <= w->skip_to)
        return 0;
    if (release(w))
        return 1;
    if (t->kind == EVX_TOKEN_PART && t->term_len < sizeof w->held) {
        memcpy(w->held, t->term, t->term_len);
        w->held_len = t->term_len;
        w->holding = 1;
        return 0;
    }
    return give(w, t->term, t->term_len);
}

static evx_status walk_name(evx_tok *tok, const char *name, size_t len,
                            int parts, walk *w)
{
    evx_status st;

    w->parts = parts;
    st = evx_tokenize(tok, name, len, on_token, w);
    if (st == EVX_OK && !w->stop)
        release(w);
    /* a peer whose title is a word of titles: "Lord Judge" is "judge", as
     * "Lord Darzi" is "darzi" (titles alone, "Professor Sir", are none) */
    if (st == EVX_OK && !w->stop && !w->seen_name && w->peer && w->title_len &&
        !evx_name_is_peerage(w->title, w->title_len))
        w->cb(w->ctx, w->title, w->title_len);
    return st;
}

typedef int (*evx_name_cb)(void *ctx, const char *word, size_t len);

/* Walks the words of name (parts: keep particles joined to the surname)
 * through cb. */
static evx_status walk_words(evx_tok *tok, const char *name, size_t len,
                             int parts, evx_name_cb cb, void *ctx)
{
    walk w;

    memset(&w, 0, sizeof w);
    w.cb = cb;
    w.ctx = ctx;
    return walk_name(tok, name, len, parts, &w);
}

evx_status evx_name_words(evx_tok *tok, const char *name, size_t len,
                          int (*cb)(void *ctx, const char *word, size_t len),
                          void *ctx)
{
    return walk_words(tok, name, len, 0, cb, ctx);
}

evx_status evx_name_parts(evx_tok *tok, const char *name, size_t len,
                          int (*cb)(void *ctx, const char *word, size_t len),
                          void *ctx)
{
    return walk_words(tok, name, len, 1, cb, ctx);
}

static int key_word(void *ctx, const char *word, size_t len)
{
    evx_buf *b = ctx;

    if (b->len)
        evx_buf_putc(b, '_');
    evx_buf_append(b, word, len);
    return b->oom;
}

/* Keeps only the last word and the particles right before it. */
typedef struct surname {
    evx_buf b;
    int particles_only; /* b holds only particles so far */
} surname;

static int last_word(void *ctx, const char *word, size_t len)
{
    surname *s = ctx;

    if (!s->particles_only)
        evx_buf_clear(&s->b);
    if (s->b.len)
        evx_buf_putc(&s->b, '_');
    evx_buf_append(&s->b, word, len);
    s->particles_only = evx_name_is_particle(word, len);
    return s->b.oom;
}

static evx_status collect(evx_tok *tok, const char *name, size_t len,
                          int (*cb)(void *, const char *, size_t), char **out)
{
    evx_buf b = EVX_BUF_INIT;
    evx_status st;

    *out = NULL;
    st = evx_name_words(tok, name, len, cb, &b);
    if (st == EVX_OK)
        st = evx_buf_status(&b);
    if (st == EVX_OK) {
        *out = evx_buf_detach(&b);
        if (!*out)
            st = EVX_NOMEM;
    }
    evx_buf_free(&b);
    return st;
}

evx_status evx_name_key(evx_tok *tok, const char *name, size_t len,
                        char **out)
{
    return collect(tok, name, len, key_word, out);
}

int evx_name_key_withheld(const char *key)
{
    static const char *const withheld[] = {
        "anon", "anonymous", "confidential", "name_redacted",
        "name_withheld", "name_withheld_by_request", "redacted", "unnamed",
        "withheld"};
    size_t n = key ? strlen(key) : 0;
    /* the key alone, or with a code after it (evx_name_key_cited's) */
    for (size_t cut = n; key && cut > 0; cut--)
        if ((cut == n || key[cut] == '_') &&
            in_words(withheld, sizeof withheld / sizeof *withheld, key, cut))
            return 1;
    return 0;
}

evx_status evx_name_key_cited(evx_tok *tok, const char *name, const char *ref,
                              char **out)
{
    evx_status st = evx_name_key(tok, name, strlen(name), out);
    if (st || !ref || !evx_name_key_withheld(*out))
        return st;
    evx_buf b = EVX_BUF_INIT;
    evx_buf_puts(&b, *out);
    evx_buf_putc(&b, '_');
    for (const char *c = ref; *c; c++)
        if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9'))
            evx_buf_putc(&b, *c);
        else if (*c >= 'A' && *c <= 'Z')
            evx_buf_putc(&b, (char)(*c | 0x20));
    if (evx_buf_status(&b)) {
        evx_buf_free(&b);
        return EVX_NOMEM;
    }
    free(*out);
    *out = evx_buf_detach(&b);
    return *out ? EVX_OK : EVX_NOMEM;
}

evx_status evx_name_surname(evx_tok *tok, const char *name, size_t len,
                            char **out)
{
    surname s = {EVX_BUF_INIT, 0};
    evx_status st;

    *out = NULL;
    st = evx_name_words(tok, name, len, last_word, &s);
    if (st == EVX_OK)
        st = evx_buf_status(&s.b);
    if (st == EVX_OK) {
        *out = evx_buf_detach(&s.b);
        if (!*out)
            st = EVX_NOMEM;
    }
    evx_buf_free(&s.b);
    return st;
}

/* Length of the apostrophe at s[0..n) (' or U+2019), or 0. */
static size_t apostrophe_len(const char *s, size_t n)
{
    if (n >= 1 && s[0] == '\'')
        return 1;
    if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
        (unsigned char)s[2] == 0x99)
        return 3;
    return 0;
}

evx_status evx_name_spellings(const char *name, size_t len,
                              int (*cb)(void *ctx, const char *s, size_t n),
                              void *ctx)
{
    evx_buf plain = EVX_BUF_INIT, and = EVX_BUF_INIT;
    if (len == 0)
        return EVX_OK;
    for (size_t i = 0; i < len; i++) {
        size_t a = apostrophe_len(name + i, len - i);
        if (a) {
            i += a - 1;
            continue;
        }
        evx_buf_putc(&plain, name[i]);
        if (name[i] == '&')
            evx_buf_puts(&and, "and");
        else
            evx_buf_putc(&and, name[i]);
    }
    evx_status st = evx_buf_status(&plain) || evx_buf_status(&and)
                        ? EVX_NOMEM : EVX_OK;
    int stop = 0;
    if (!st && (plain.len != len || memcmp(plain.data, name, len) != 0))
        stop = cb(ctx, plain.data, plain.len);
    if (!st && !stop && (and.len != plain.len ||
                         memcmp(and.data, plain.data, and.len) != 0))
        cb(ctx, and.data, and.len);
    evx_buf_free(&plain);
    evx_buf_free(&and);
    return st;
}

int evx_name_same(const char *a, const char *b)
{
    char *fa = NULL, *fb = NULL;
    int same = 0;
    if (a && b && !evx_tok_fold(&fa, a, strlen(a)) &&
        !evx_tok_fold(&fb, b, strlen(b)))
        same = strcmp(fa, fb) == 0;
    free(fa);
    free(fb);
    return same;
}

/* The surname of a printed name: its last word that is no title or
 * letters after the name ("Heald" of "Oliver Heald MP"); *len its length.
 * NULL if it has none. */
static const char *printed_surname(const char *name, size_t *len)
{
    size_t end = strlen(name);

    while (end) {
        while (end && name[end - 1] == ' ')
            end--;
        size_t start = end;
        while (start && name[start - 1] != ' ')
            start--;
        char w[16];
        size_t n = end - start;
        for (size_t i = 0; i < n && i < sizeof w; i++)
            w[i] = (char)tolower((unsigned char)name[start + i]);
        if (n && (n >= sizeof w || !evx_name_is_title(w, n))) {
            *len = n;
            return name + start;
        }
        end = start;
    }
    return NULL;
}

int evx_name_same_surname(const char *a, const char *b)
{
    size_t la = 0, lb = 0;
    const char *sa = printed_surname(a, &la), *sb = printed_surname(b, &lb);
    return sa && sb && la == lb && strncasecmp(sa, sb, la) == 0;
}
