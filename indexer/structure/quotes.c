/*
 * quotes.c - the inline quotation rule shared by both readers; see
 * quotes.h for the rule itself.
 */
#include "quotes.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "qref.h"
#include "unit.h"

enum {
    SENT_MAX = 1000,  /* bytes looked at for a sentence boundary */
    CLOSE_MAX = 4000, /* bytes looked at for a closing quote */
    SPANS_MAX = 1000, /* spans judged per scan */
    MIN_WORDS = 2
};


/* The three bytes E2 80 x at s[i]. */
static int mark3(const char *s, size_t n, size_t i, unsigned char x)
{
    return i + 2 < n && (unsigned char)s[i] == 0xE2 &&
           (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == x;
}

/* An opening single mark that opens a quotation: after the text's start,
 * a space or an opening bracket (a PDF may leave a space after it). */
static int single_open(const char *s, size_t n, size_t i)
{
    if (!mark3(s, n, i, 0x98) || i + 3 >= n)
        return 0;
    return i == 0 || evx_ascii_space(s[i - 1]) || s[i - 1] == '(' ||
           s[i - 1] == '[';
}

/* A closing single mark that closes one, not an apostrophe: after a word,
 * before no letter or digit ("don\u2019t" is none; a plural possessive,
 * "members\u2019 interests", reads as one). */
static int single_close(const char *s, size_t n, size_t i)
{
    return mark3(s, n, i, 0x99) && i > 0 && !evx_ascii_space(s[i - 1]) &&
           (i + 3 >= n || !evx_ascii_alnum((unsigned char)s[i + 3]));
}

static int is_open(const evx_qscan *sc, size_t i)
{
    return sc->single ? single_open(sc->s, sc->len, i)
                      : mark3(sc->s, sc->len, i, 0x9C);
}

static int is_close(const evx_qscan *sc, size_t i)
{
    return sc->single ? single_close(sc->s, sc->len, i)
                      : mark3(sc->s, sc->len, i, 0x9D);
}

int evx_quote_style_single(const char *s, size_t n)
{
    size_t doubles = 0, singles = 0;
    const char *p = s, *end = s + n;

    while (p && p < end && (p = memchr(p, 0xE2, (size_t)(end - p))) != NULL) {
        size_t i = (size_t)(p - s);
        doubles += mark3(s, n, i, 0x9C);
        singles += single_open(s, n, i);
        p++;
    }
    return singles > 2 * doubles;
}

/* ---- sentences ---- */

static int is_abbrev(const char *s, size_t dot)
{
    size_t i = dot;
    while (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(')
        i--;
    size_t n = dot - i;
    if (n == 0)
        return 0;
    for (size_t k = i; k < dot; k++)
        if (s[k] == '.' && k > i && evx_ascii_alpha((unsigned char)s[k - 1]))
            return 1; /* "e.g."; not an ellipsis, "[...]." */
    if (n == 1)
        return 1; /* an initial */
    return n <= 3 && evx_ascii_upper((unsigned char)s[i]) &&
           !evx_ascii_upper((unsigned char)s[i + 1]); /* Dr, Mr, Rt, St */
}

size_t evx_bullet_len(const char *s, size_t n)
{
    /* U+2022 bullet, U+25AA small square, U+25CF black circle, U+00B7
     * middle dot, U+2013 en dash, and the ASCII marks */
    static const char *const marks[] = {"\xE2\x80\xA2", "\xE2\x96\xAA",
                                        "\xE2\x97\x8F", "\xC2\xB7",
                                        "\xE2\x80\x93", "-", "*"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
        size_t k = strlen(marks[i]);
        if (n > k && memcmp(s, marks[i], k) == 0 && s[k] == ' ')
            return k + 1;
    }
    return 0;
}

/* Whether a list bullet and its space end just before offset k. */
static int after_bullet(const char *s, size_t n, size_t k)
{
    /* every mark ends in one of these bytes: most spaces are after none */
    if (k < 2 || !memchr("\xA2\xAA\x8F\xB7\x93-*", s[k - 2], 7))
        return 0;
    for (size_t b = 2; b <= 4 && b <= k; b++)
        if ((k == b || s[k - b - 1] == ' ') &&
            evx_bullet_len(s + k - b, n - (k - b)) == b)
            return 1;
    return 0;
}

/* Does a new sentence start at s[k]?  colon: "...: New" ends one too. */
static int boundary_at(const char *s, size_t n, size_t k, int colon)
{
    if (k < 2 || k >= n || s[k - 1] != ' ')
        return 0;
    if (after_bullet(s, n, k))
        return 1; /* a list item starts */
    unsigned char c = (unsigned char)s[k];
    if (!evx_ascii_upper(c) && !evx_ascii_digit(c) && c != 0xE2 && c != '[')
        return 0;
    size_t e = k - 2; /* last byte of the previous sentence */
    if (e >= 2 && (mark3(s, n, e - 2, 0x9D) || mark3(s, n, e - 2, 0x99))) {
        if (e < 3)
            return 0;
        e -= 3; /* a closing quote after the full stop */
    }
    char pc = s[e];
    if (pc == '?' || pc == '!' || (colon && pc == ':'))
        return 1;
    return pc == '.' && !is_abbrev(s, e);
}

static size_t sent_start(const char *s, size_t n, size_t i, int colon)
{
    size_t lim = i > SENT_MAX ? i - SENT_MAX : 0;
    for (size_t k = i; k > lim; k--)
        if (boundary_at(s, n, k, colon))
            return k;
    return lim;
}

/* Start of the sentence after offset j, or n. */
static size_t sent_next(const char *s, size_t n, size_t j)
{
    size_t lim = j + SENT_MAX < n ? j + SENT_MAX : n;
    for (size_t k = j; k < lim; k++)
        if (boundary_at(s, n, k, 0))
            return k;
    return lim;
}

size_t evx_quote_lead_start(const char *s, size_t len, size_t end)
{
    if (!s || end > len)
        return 0;
    return sent_start(s, len, end, 1);
}

/* ---- words ---- */

size_t evx_quote_words(const char *s, size_t len)
{
    size_t n = 0;
    int in = 0; /* inside a run that has counted */
    for (size_t i = 0; s && i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ') {
            in = 0;
        } else if (c == '-' && i > 0 && i + 1 < len &&
                   evx_ascii_alpha((unsigned char)s[i - 1]) &&
                   evx_ascii_alpha((unsigned char)s[i + 1])) {
            in = 0; /* "speed-dating": two words */
        } else if (evx_ascii_alnum(c) && !in) {
            in = 1;
            n++;
        }
    }
    return n;
}

/* s[i..) starts the word w (lower case ASCII, may hold spaces), with
 * word boundaries on both sides within [lo, hi). */
static int word_at(const char *s, size_t lo, size_t hi, size_t i,
                   const char *w, size_t wl)
{
    if (i + wl > hi || (i > lo && evx_ascii_alpha((unsigned char)s[i - 1])) ||
        (i + wl < hi && evx_ascii_alpha((unsigned char)s[i + wl])))
        return 0;
    for (size_t k = 0; k < wl; k++)
        if ((char)(evx_ascii_upper((unsigned char)s[i + k]) ? s[i + k] | 32
                                                     : s[i + k]) != w[k])
            return 0;
    return 1;
}

/* ---- attribution cues ---- */

/* Verbs and phrases of saying or thinking, and of reported speech. */
static const char *const CUES[] = {
    "said", "says", "say", "saying", "told", "tells", "telling",
    "argued", "argues", "argue", "arguing", "stated", "stating",
    "explained", "explains", "explaining", "described", "describes",
    "describing", "assured", "assures", "warned", "warns", "noted",
    "noting", "added", "adds", "suggested", "suggests", "suggesting",
    "claimed", "claims", "claiming", "believed", "believes", "believe",
    "thought", "thinks", "felt", "feels", "considered", "considers",
    "acknowledged", "acknowledges", "acknowledging", "emphasised",
    "emphasises", "emphasising", "emphasized", "stressed", "stresses",
    "highlighted", "highlights", "highlighting", "commented", "comments",
    "observed", "observes", "called", "characterised", "characterises",
    "referred to", "refers to", "mentioned", "mentions", "expects",
    "concluded", "concludes", "confirmed", "confirms", "remarked",
    "asserted", "insisted", "wrote", "writes", "written", "informed",
    "cautioned", "agreed", "agrees",
    "pointed out", "reported", "recalled", "admitted", "conceded",
    "replied", "replies", "responded", "answered", "disagreed",
    "put it", "view was that", "view is that", "evidence was that",
    "evidence is that", "according to", "in the words of", "coverage of"};

/* The cue found in s[lo, hi) outside quotation marks, or NULL. */
static const char *find_cue(const evx_qscan *sc, size_t lo, size_t hi)
{
    const char *s = sc->s;
    int depth = 0;
    for (size_t i = lo; i < hi; i++) {
        if (is_open(sc, i)) {
            depth++;
            i += 2;
            continue;
        }
        if (is_close(sc, i)) {
            depth -= depth > 0;
            i += 2;
            continue;
        }
        if (depth || !evx_ascii_alpha((unsigned char)s[i]) ||
            (i > lo && evx_ascii_alpha((unsigned char)s[i - 1])))
            continue;
        for (size_t k = 0; k < sizeof CUES / sizeof *CUES; k++)
            if (word_at(s, lo, hi, i, CUES[k], strlen(CUES[k])))
                return CUES[k];
    }
    return NULL;
}

const char *evx_quote_cue(const char *s, size_t n)
{
    evx_qscan sc = {s, n, NULL, 0, 0, 0, 0};
    return find_cue(&sc, 0, n);
}

/* Does the span open right after a colon with a whole sentence of
 * somebody's ("Mr Smith was sceptical: “I do not think it will work.”"):
 * a capital first, a stop, '?' or '!' last, inside the marks? */
static int colon_sentence(const evx_qscan *sc, const evx_qspan *q)
{
    const char *s = sc->s;
    size_t e = q->open, last = q->close;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    if (e == 0 || s[e - 1] != ':' || last <= q->open + 3)
        return 0;
    return evx_ascii_upper((unsigned char)s[q->open + 3]) &&
           strchr(".?!", s[last - 1]) != NULL;
}

/* Does evidence in brackets follow the span closing at close ("“…”
 * (Q12).", "(Qq 4–6)", "(Ev 45)", "(ABC0012)"): a question reference or
 * a word shaped as an evidence reference opening the bracket? */
static int bracket_ref_after(const evx_qscan *sc, size_t close)
{
    const char *s = sc->s;
    size_t n = sc->len, i = close + 3;
    while (i < n && s[i] == ' ')
        i++;
    if (i + 2 >= n || s[i] != '(')
        return 0;
    i++;
    if (evx_qref_digits(s, n, i))
        return 1;
    size_t e = i;
    while (e < n && evx_ascii_alnum((unsigned char)s[e]))
        e++;
    if (e - i == 2 && s[i] == 'E' && s[i + 1] == 'v' && e + 1 < n &&
        evx_ascii_digit((unsigned char)s[e + 1]))
        return 1; /* "Ev 45" */
    char w[16];
    if (e == i || e - i >= sizeof w)
        return 0;
    for (size_t k = i; k < e; k++)
        w[k - i] = (char)evx_ascii_tolower((unsigned char)s[k]);
    return e < n && s[e] == ')' && evx_unit_is_ref(w, e - i);
}

static int marker_in(const evx_qscan *sc, size_t lo, size_t hi)
{
    for (size_t k = 0; k < sc->n_marks; k++)
        if (sc->marks[k] >= lo && sc->marks[k] <= hi)
            return 1;
    return 0;
}

/* ---- terms being named or defined ---- */

/* Words that, right before a quoted span (an article between allowed),
 * make it a name or a term rather than somebody's words. */
static const char *const NAMING[] = {
    "term", "terms", "phrase", "word", "label", "name", "known as",
    "so-called", "so called", "termed", "dubbed", "labelled",
    "labelled as", "labeled", "labeled as", "branded", "branded as",
    "called", "named", "entitled", "titled", "referred to as",
    "refer to as", "refers to as", "defined as", "coined"};

static const char *const DEFINING[] = {"means", "refers to", "is defined",
                                       "is used to describe"};

/* Does s[lo, e) end with the word or phrase w? */
static int ends_with(const char *s, size_t lo, size_t e, const char *w)
{
    size_t wl = strlen(w);
    return e >= lo + wl && word_at(s, e - wl, e, e - wl, w, wl) &&
           (e - wl == lo || !evx_ascii_alpha((unsigned char)s[e - wl - 1]));
}

static size_t skip_back_spaces(const char *s, size_t lo, size_t e)
{
    while (e > lo && s[e - 1] == ' ')
        e--;
    return e;
}

/* Does s[lo, e) end with ", " after a numbered thing's number ("E-petition
 * 554150, “Make online abuse a specific criminal offence”"): the quoted
 * words are its title, set in apposition, not anyone's words?  A year
 * ("In 2018, “…”") is no such number. */
static int after_numbered_thing(const char *s, size_t lo, size_t e)
{
    if (e <= lo || s[e - 1] != ',')
        return 0;
    size_t d = e - 1, k = d;
    while (k > lo && evx_ascii_digit((unsigned char)s[k - 1]))
        k--;
    if (k == d || (k > lo && evx_ascii_alpha((unsigned char)s[k - 1])))
        return 0; /* no number, or a code ("EIM0017,") */
    size_t len = d - k;
    int v = len <= 4 ? atoi(s + k) : 0;
    if (len == 4 && v >= 1800 && v <= 2099)
        return 0;
    return len >= 3 && k > lo && s[k - 1] == ' ';
}

static int is_term(const char *s, size_t n, size_t lo, const evx_qspan *q)
{
    size_t e = skip_back_spaces(s, lo, q->open);
    if (e > lo && s[e - 1] == '(')
        return 1; /* (“the Act”) */
    if (after_numbered_thing(s, lo, e))
        return 1;
    static const char *const articles[] = {"a", "an", "the"};
    for (size_t k = 0; k < 3; k++)
        if (ends_with(s, lo, e, articles[k])) {
            e = skip_back_spaces(s, lo, e - strlen(articles[k]));
            break;
        }
    for (size_t k = 0; k < sizeof NAMING / sizeof *NAMING; k++)
        if (ends_with(s, lo, e, NAMING[k]))
            return 1;
    size_t b = q->close + 3;
    while (b < n && s[b] == ' ')
        b++;
    for (size_t k = 0; k < sizeof DEFINING / sizeof *DEFINING; k++)
        if (word_at(s, b, n, b, DEFINING[k], strlen(DEFINING[k])))
            return 1;
    return 0;
}

/* ---- spans ---- */

/* The closing mark matching the opening one at o, or n if none. */
static size_t match_close(const evx_qscan *sc, size_t o)
{
    size_t n = sc->len;
    int depth = 1;
    size_t j = o + 3, lim = o + 3 + CLOSE_MAX < n ? o + 3 + CLOSE_MAX : n;
    while (j < lim) {
        if (is_open(sc, j)) {
            depth++;
            j += 3;
        } else if (is_close(sc, j)) {
            if (--depth == 0)
                return j;
            j += 3;
        } else {
            j++;
        }
    }
    return n;
}

static void judge(const evx_qscan *sc, evx_qspan *q)
{
    const char *s = sc->s;
    size_t n = sc->len, after = q->close + 3;
    /* "...told us: Mr X said “..." counts from "Mr X"; but "He stated:
     * “...” keeps "He stated:" as its lead-in */
    size_t ss = sent_start(s, n, q->open, 1);
    if (ss == q->open)
        ss = sent_start(s, n, q->open, 0);
    q->sent_end = sent_next(s, n, after);
    q->lead = ss;
    q->lead_end = q->open;
    if (evx_quote_words(s + ss, q->open - ss) == 0) {
        q->lead = after < q->sent_end ? after : q->sent_end;
        q->lead_end = q->sent_end;
    }
    if (evx_quote_words(s + q->open + 3, q->close - q->open - 3) < MIN_WORDS) {
        q->verdict = EVX_Q_WORD;
        q->why = "a single word";
        return;
    }
    if (is_term(s, n, ss, q)) {
        q->verdict = EVX_Q_TERM;
        q->why = "a term being named or defined";
        return;
    }
    const char *cue = find_cue(sc, ss, q->open);
    if (!cue && after < q->sent_end)
        cue = find_cue(sc, after, q->sent_end);
    if (!cue && marker_in(sc, q->close, q->sent_end))
        cue = "a footnote marker";
    if (!cue && bracket_ref_after(sc, q->close))
        cue = "evidence cited in brackets";
    if (!cue && colon_sentence(sc, q))
        cue = "a sentence after a colon";
    q->verdict = cue ? EVX_Q_QUOTATION : EVX_Q_UNCITED;
    q->why = cue ? cue : "no attribution cue in its sentence";
}

int evx_quote_scan(evx_qscan *sc, evx_qspan *q)
{
    const char *s = sc->s;
    size_t n = sc->len;
    while (s && sc->from < n && sc->seen < SPANS_MAX) {
        size_t i = sc->from;
        if (!is_open(sc, i)) {
            const char *o = memchr(s + i + 1, 0xE2, n - i - 1);
            sc->from = o ? (size_t)(o - s) : n;
            continue;
        }
        size_t c = match_close(sc, i);
        if (c == n) {
            sc->from = i + 3;
            continue;
        }
        sc->from = c + 3;
        sc->seen++;
        memset(q, 0, sizeof *q);
        q->open = i;
        q->close = c;
        judge(sc, q);
        return 1;
    }
    return 0;
}

int evx_quote_scan_cut(const evx_qscan *sc)
{
    if (!sc->s || sc->seen < SPANS_MAX)
        return 0;
    for (size_t i = sc->from; i < sc->len;) {
        if (is_open(sc, i))
            return 1;
        const char *o = memchr(sc->s + i + 1, 0xE2, sc->len - i - 1);
        i = o ? (size_t)(o - sc->s) : sc->len;
    }
    return 0;
}

int evx_quote_next(evx_qscan *sc, evx_qspan *q)
{
    while (evx_quote_scan(sc, q))
        if (q->verdict == EVX_Q_QUOTATION)
            return 1;
    return 0;
}
