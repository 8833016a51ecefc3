/*
 * pagejoin.c - pages joined with nothing between them; see pagejoin.h.
 *
 * A number within KEY_MAX bytes of a line's start or end is a candidate
 * (and, from a longer run of digits, each number that starts it or ends
 * it: "31" may be page 3 glued to chapter 1), keyed by the words that
 * stand with it at that end of the line ("HC 377  #", "# of 14") or, when
 * it stands alone there, the four bytes beside it ("#  Co", "cy  #"); a
 * run of blanks reads as one space.  Keys fewer than CHAIN_MIN numbers
 * share are dropped, the rest sorted; within a key, the longest run of
 * lines whose numbers go up by one to three may be furniture
 * (is_furniture says when).  The words three quarters of its lines share
 * beside the number are furniture too; where they stop, the other page's
 * text starts (join_ok says where it may).
 */
#include "pagejoin.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "fnv.h"
#include "grow.h"

#define KEY_MAX 64     /* bytes of furniture words beside a number, at most */
#define KEY_NEAR 4     /* bytes beside a number standing alone at an end */
#define RUN_MAX 8      /* digits in a run whose numbers are candidates */
#define NUM_MAX 4      /* digits of a page number */
#define CHAIN_MIN 4    /* lines of furniture, at least */
#define GAP_MIN 2      /* lines from one page's furniture to the next, at least */
#define LOOK_BACK 256  /* candidates of a key looked back over */
#define STEP_MAX 3     /* pages from one furniture line to the next */
#define HEADS_MAX 8    /* running heads learnt, at most */
#define PAGE_LINES 5   /* lines of a page, at least, for most pages */
#define INDENT_MIN 3   /* blanks that indent a page's first line, at least */

/* Which end of its line a number's furniture stands at, and what keys it. */
enum kind {
    START_WORDS, /* "HC 377  #…": the words before the number */
    START_ALONE, /* "#  Community…": the bytes after it */
    END_WORDS,   /* "…# of 14": the words after the number */
    END_ALONE    /* "…pharmacy  #": the bytes before it */
};

/* A number that may be a page's. */
typedef struct cand {
    size_t line;   /* 0-based */
    size_t ls, le; /* the line's bytes, trailing blanks left out */
    size_t np, nq; /* the number's bytes */
    uint64_t key;  /* the hash of the words that key it */
    unsigned value;
    int kind;
    int cut; /* the number is part of a longer run of digits */
    long best, prev; /* the longest chain ending here, and its last step */
} cand;

/* A key's furniture: the chain ending at v[end], its step, its first and
 * last pages. */
typedef struct chain {
    cand *v;
    long end;
    int step;
    unsigned lo, hi;
} chain;

typedef struct scan {
    const char *d;
    size_t len;
    cand *v;
    size_t n, cap;
    size_t *at; /* joins found */
    size_t n_at, cap_at;
    size_t lines;
    /* running heads seen after a footer glued to them ("2|Community
     * pharmacy"): the bytes of the first line's, per group */
    size_t head_o[HEADS_MAX], head_l[HEADS_MAX];
    size_t n_heads;
    chain *chains;
    size_t n_chains, cap_chains;
    evx_status st;
} scan;

static int blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Are there two bytes or more of text (not blanks) in from..to? */
static int has_words(const char *d, size_t from, size_t to)
{
    int k = 0;
    for (size_t i = from; i < to && k < 2; i++)
        k += !blank((unsigned char)d[i]);
    return k >= 2;
}

/* One side of a number on its line, read a unit at a time: a byte, or
 * a run of blanks as one space (a right-aligned footer's spacing changes
 * from page to page). */
typedef struct side {
    const char *d;
    size_t i, stop; /* the next byte (dir 1) or the byte after it (dir -1) */
    int dir;
} side;

static side after_number(const char *d, const cand *c)
{
    return (side){d, c->nq, c->le, 1};
}

static side before_number(const char *d, const cand *c)
{
    return (side){d, c->np, c->ls, -1};
}

/* The next unit, or -1 at the line's end. */
static int next_unit(side *w)
{
    int fwd = w->dir > 0;
    if (fwd ? w->i >= w->stop : w->i <= w->stop)
        return -1;
    unsigned char ch = (unsigned char)w->d[fwd ? w->i : w->i - 1];
    if (!blank(ch)) {
        w->i += fwd ? 1 : (size_t)-1;
        return ch;
    }
    while (fwd ? w->i < w->stop && blank((unsigned char)w->d[w->i])
               : w->i > w->stop && blank((unsigned char)w->d[w->i - 1]))
        w->i += fwd ? 1 : (size_t)-1;
    return ' ';
}

/* The hash of up to `most` (KEY_MAX at most) units of w. */
static uint64_t hash_units(side w, size_t most)
{
    unsigned char u[KEY_MAX];
    size_t n = 0;
    for (int c; n < most && (c = next_unit(&w)) >= 0;)
        u[n++] = (unsigned char)c;
    return evx_fnv(EVX_FNV_START, u, n);
}

static void add(scan *s, const cand *c, int kind, uint64_t key)
{
    if (s->st || evx_grow((void **)&s->v, &s->cap, s->n + 1, sizeof *s->v)) {
        s->st = EVX_NOMEM;
        return;
    }
    cand *e = &s->v[s->n++];
    *e = *c;
    e->kind = kind;
    e->key = key;
}

/* Reads digits p..q as c's number (cut: part of a longer run), unless
 * it starts with a nought; 0 if not. */
static int read_number(const char *d, cand *c, size_t p, size_t q, int cut)
{
    unsigned v = 0;
    if (d[p] == '0')
        return 0;
    for (size_t i = p; i < q; i++)
        v = v * 10 + (unsigned)(d[i] - '0');
    c->np = p;
    c->nq = q;
    c->value = v;
    c->cut = cut;
    return 1;
}

/* The candidates that the digit run a..b starts on c's line: the run,
 * and each number of up to NUM_MAX digits that starts it (the rest glued
 * to the next page's text, "31 Introduction"), keyed by the words before
 * them ("HC 377  #") or, alone at the line's start, by the bytes after.
 * Furniture's words stand a space apart from its number ("HC 377  2"),
 * so a number glued to a code ("(EIM0047)") keys nothing by its words. */
static void starting_numbers(scan *s, cand *c, size_t a, size_t b)
{
    const char *d = s->d;
    size_t from = c->ls;
    while (from < a && blank((unsigned char)d[from]))
        from++;
    int alone = from == a,
        words = !alone && a - c->ls <= KEY_MAX && blank((unsigned char)d[a - 1]) &&
                has_words(d, c->ls, a);
    if (!alone && !words)
        return;
    uint64_t key = words ? hash_units((side){d, from, a, 1}, KEY_MAX) : 0;
    for (size_t q = a + 1; q <= b && q - a <= NUM_MAX; q++) {
        if (!read_number(d, c, a, q, q < b))
            return;
        if (words)
            add(s, c, START_WORDS, key);
        else if (c->le - q >= KEY_NEAR)
            add(s, c, START_ALONE, hash_units(after_number(d, c), KEY_NEAR));
    }
}

/* The candidates that the digit run a..b ends on c's line: the run, and
 * each number of up to NUM_MAX digits that ends it (the rest glued to
 * the page before), keyed by the words after them ("# of 14") or, alone
 * at the line's end, by the bytes before ("pharmacy  #"). */
static void ending_numbers(scan *s, cand *c, size_t a, size_t b)
{
    const char *d = s->d;
    int alone = b == c->le,
        words = !alone && c->le - b <= KEY_MAX && blank((unsigned char)d[b]) &&
                has_words(d, b, c->le);
    if (!alone && !words)
        return;
    uint64_t key = words ? hash_units((side){d, b, c->le, 1}, KEY_MAX) : 0;
    for (size_t p = b; p-- > a && b - p <= NUM_MAX;) {
        if (!read_number(d, c, p, b, p > a))
            continue;
        if (words)
            add(s, c, END_WORDS, key);
        else if (p - c->ls >= KEY_NEAR && blank((unsigned char)d[p - 1]))
            add(s, c, END_ALONE, hash_units(before_number(d, c), KEY_NEAR));
    }
}

/* The first digit in d[i..to), or to: eight bytes at a time (most lines
 * have none). */
static size_t next_digit(const char *d, size_t i, size_t to)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    for (; i + 8 <= to; i += 8) {
        uint64_t x, y;
        memcpy(&x, d + i, 8);
        y = x & ~highs; /* 0x30..0x39 below, no carry between bytes */
        uint64_t from0 = y + ones * (0x80 - '0'), past9 = y + ones * (0x7F - '9');
        if (from0 & ~past9 & ~x & highs)
            break;
    }
    while (i < to && !evx_ascii_digit((unsigned char)d[i]))
        i++;
    return i;
}

/* The candidates of the digit runs in bytes from..to of c's line (a run
 * that starts before `from` is not one). */
static void scan_bytes(scan *s, cand *c, size_t from, size_t to)
{
    const char *d = s->d;
    size_t i = from;
    if (i > c->ls && evx_ascii_digit((unsigned char)d[i - 1]))
        while (i < to && evx_ascii_digit((unsigned char)d[i]))
            i++;
    while ((i = next_digit(d, i, to)) < to) {
        size_t a = i;
        while (i < c->le && evx_ascii_digit((unsigned char)d[i]))
            i++;
        if (i - a > RUN_MAX)
            continue;
        if (a - c->ls <= KEY_MAX)
            starting_numbers(s, c, a, i);
        if (c->le - i <= KEY_MAX)
            ending_numbers(s, c, a, i);
    }
}

/* The candidates of line ls..le: only numbers near its ends can be. */
static void scan_line(scan *s, size_t line, size_t ls, size_t le)
{
    const char *d = s->d;
    cand c = {0};
    size_t near = KEY_MAX + RUN_MAX;

    while (le > ls && blank((unsigned char)d[le - 1]))
        le--;
    c.line = line;
    c.ls = ls;
    c.le = le;
    if (le - ls <= 2 * near) {
        scan_bytes(s, &c, ls, le);
    } else {
        scan_bytes(s, &c, ls, ls + near);
        scan_bytes(s, &c, le - near, le);
    }
}

/* A key's count, in an open-addressing table. */
typedef struct key_count {
    uint64_t key;
    int kind;
    unsigned n; /* 0: an empty slot */
} key_count;

static key_count *slot_of(key_count *t, size_t cap, const cand *c)
{
    size_t i = (size_t)(c->key ^ (uint64_t)c->kind * 0x9E3779B97F4A7C15ULL) & (cap - 1);
    while (t[i].n && (t[i].key != c->key || t[i].kind != c->kind))
        i = (i + 1) & (cap - 1);
    return &t[i];
}

/* Keeps only the candidates whose key CHAIN_MIN of them share (no chain
 * is shorter), so that the sort has few to order.  EVX_OK or EVX_NOMEM. */
static evx_status keep_shared_keys(scan *s)
{
    size_t cap = 16, k = 0;
    while (cap < 2 * s->n)
        cap <<= 1;
    key_count *t = calloc(cap, sizeof *t);
    if (!t)
        return EVX_NOMEM;
    for (size_t i = 0; i < s->n; i++) {
        key_count *e = slot_of(t, cap, &s->v[i]);
        e->key = s->v[i].key;
        e->kind = s->v[i].kind;
        e->n++;
    }
    for (size_t i = 0; i < s->n; i++)
        if (slot_of(t, cap, &s->v[i])->n >= CHAIN_MIN)
            s->v[k++] = s->v[i];
    s->n = k;
    free(t);
    return EVX_OK;
}

static int by_key(const void *pa, const void *pb)
{
    const cand *a = pa, *b = pb;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    return a->np < b->np ? -1 : a->np > b->np;
}

/* The longest chain of lines in v[0..n) (one key, in line order) whose
 * numbers go up by 1 to STEP_MAX, GAP_MIN lines apart or more: its last
 * candidate, or -1. */
static long longest_chain(cand *v, size_t n)
{
    long end = -1;
    for (size_t i = 0; i < n; i++) {
        v[i].best = 1;
        v[i].prev = -1;
        for (size_t j = i; j-- > 0 && i - j <= LOOK_BACK;) {
            if (v[j].line + GAP_MIN > v[i].line || v[j].value >= v[i].value ||
                v[i].value - v[j].value > STEP_MAX || v[j].best + 1 <= v[i].best)
                continue;
            v[i].best = v[j].best + 1;
            v[i].prev = (long)j;
        }
        if (end < 0 || v[i].best > v[end].best)
            end = (long)i;
    }
    return end;
}

/* Is the chain ending at v[end] page furniture: long enough, through two
 * fifths of the text, a page at each step, or two (a footer that
 * alternates sides), but for a quarter of the steps at most, pages of
 * PAGE_LINES lines or more for at least half of the steps (a sentence
 * that names a number going up, repeated paragraph after paragraph, is
 * not furniture), and two of its numbers whole at least (a page number
 * glued to the next page's "1 Introduction" is cut from "31"; numbers
 * all cut from longer ones, "17", "24", "30" read as 1, 2, 3, are none)?
 * Its step (1 or 2), or 0 for no. */
static int is_furniture(const cand *v, long end, size_t lines)
{
    long first = end, steps[3] = {0, 0, 0}, whole = !v[end].cut, full = 0;
    for (long i = end; v[i].prev >= 0; i = v[i].prev) {
        const cand *a = &v[v[i].prev];
        unsigned step = v[i].value - a->value;
        steps[step < 3 ? step : 0]++;
        full += v[i].line - a->line >= PAGE_LINES * step;
        first = v[i].prev;
        whole += !v[first].cut;
    }
    long len = v[end].best, most = steps[1] > steps[2] ? steps[1] : steps[2];
    if (len < CHAIN_MIN || (v[end].line - v[first].line) * 5 < lines * 2 ||
        most * 4 < (len - 1) * 3 || full * 2 < len - 1 || whole < 2)
        return 0;
    return steps[1] >= steps[2] ? 1 : 2;
}

/* Units c's text after (dir 1) or before (dir -1) its number shares
 * with r's, next to their numbers. */
static size_t alike(const char *d, const cand *c, const cand *r, int dir)
{
    side x = dir > 0 ? after_number(d, c) : before_number(d, c),
         y = dir > 0 ? after_number(d, r) : before_number(d, r);
    size_t k = 0;
    for (int u; (u = next_unit(&x)) >= 0 && u == next_unit(&y);)
        k++;
    return k;
}

/* Where the `units` units of c's text after (dir 1) or before (dir -1)
 * its number end. */
static size_t units_end(const char *d, const cand *c, size_t units, int dir)
{
    side w = dir > 0 ? after_number(d, c) : before_number(d, c);
    while (units-- > 0 && next_unit(&w) >= 0)
        ;
    return w.i;
}

static int by_size_down(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x > y ? -1 : x < y;
}

/* The furniture's words beside the numbers of the chain at[0..n): the
 * units that three quarters of its lines share with one of them (the
 * first, middle or last, so that a line the chain ran into, such as a
 * footnote, does not cut them short); *ref: that line.  `lens` has room
 * for n. */
static size_t shared_words(const char *d, cand *const *at, size_t n, int dir,
                           size_t *lens, const cand **ref)
{
    size_t best = 0, pick[3] = {0, n / 2, n - 1};
    *ref = at[0];
    for (int r = 0; r < 3; r++) {
        for (size_t i = 0; i < n; i++)
            lens[i] = alike(d, at[i], at[pick[r]], dir);
        qsort(lens, n, sizeof *lens, by_size_down);
        size_t k = lens[(3 * n + 3) / 4 - 1];
        if (k > best) {
            best = k;
            *ref = at[pick[r]];
        }
    }
    return best;
}

/* The blanks from byte b on (dir 1) or before it (dir -1). */
static size_t blanks_at(const char *d, size_t b, size_t stop, int dir)
{
    size_t k = 0;
    if (dir > 0)
        while (b + k < stop && blank((unsigned char)d[b + k]))
            k++;
    else
        while (b - k > stop && blank((unsigned char)d[b - k - 1]))
            k++;
    return k;
}

/* Can a page end before byte b of c's line: text on both sides, or a
 * page's indent of three blanks or more on one (a layout-mode tool's
 * right-aligned head), not in the middle of a number or a character,
 * unless the page number ends or starts there ("31 Introduction"), nor
 * after a stop or comma of the furniture's own words, nor in a word,
 * unless the furniture's words end there on most of its lines
 * (`words_end`: "pharmacy|reconciled" where the others read
 * "pharmacy|Summary"). */
static int join_ok(const char *d, const cand *c, size_t b, int words_end)
{
    unsigned char p = (unsigned char)d[b - 1], q = (unsigned char)d[b];
    if (blank(p) != blank(q))
        return (blank(p) ? blanks_at(d, b, c->ls, -1)
                         : blanks_at(d, b, c->le, 1)) >= INDENT_MIN;
    if (blank(p) || (q & 0xC0) == 0x80)
        return 0;
    if (b == c->nq || b == c->np)
        return 1;
    int start = c->kind == START_WORDS || c->kind == START_ALONE;
    unsigned char own = start ? p : q;
    if (own && strchr(".,;:", own))
        return 0; /* furniture words end no sentence or clause */
    if (evx_ascii_alpha(p) && evx_ascii_lower(q))
        return words_end;
    return !(evx_ascii_digit(p) && evx_ascii_digit(q));
}

/* A capitalised word of three letters or more starts at byte b. */
static int word_starts(const char *d, size_t b, size_t le)
{
    return b + 2 < le && evx_ascii_upper((unsigned char)d[b]) &&
           evx_ascii_alpha((unsigned char)d[b + 1]) &&
           evx_ascii_alpha((unsigned char)d[b + 2]);
}

/* Where a line that is furniture from end to end is two pages' furniture
 * glued: a number glued to a capitalised word ("2Community", "of
 * 14Community"), or the page number glued to the word before it; the
 * place nearest the page number, or 0. */
static size_t inner_join(const char *d, const cand *c)
{
    size_t found = 0, dist = (size_t)-1;
    for (size_t b = c->ls + 1; b < c->le; b++) {
        unsigned char p = (unsigned char)d[b - 1];
        int at = (evx_ascii_digit(p) && word_starts(d, b, c->le)) ||
                 (b == c->np && evx_ascii_alpha(p));
        size_t k = b < c->np ? c->np - b : b - c->nq;
        if (at && k < dist) {
            found = b;
            dist = k;
        }
    }
    return found;
}

static void add_join(scan *s, size_t b)
{
    if (s->st || evx_grow((void **)&s->at, &s->cap_at, s->n_at + 1,
                          sizeof *s->at)) {
        s->st = EVX_NOMEM;
        return;
    }
    s->at[s->n_at++] = b;
}

/* Where the furniture on c's line ends on its text side: the number and
 * the `shared` bytes after it (start kinds) or before it (end kinds);
 * 0 when it fills the line. */
static size_t furniture_edge(const char *d, const cand *c, size_t shared)
{
    size_t from = c->ls;
    while (from < c->le && blank((unsigned char)d[from]))
        from++;
    if (c->kind == START_WORDS || c->kind == START_ALONE) {
        size_t b = units_end(d, c, shared, 1);
        return b < c->le ? b : 0;
    }
    size_t b = units_end(d, c, shared, -1);
    return b > from ? b : 0;
}

/* Does the furniture's edge b on c's line end a word: the line ends
 * there, or what meets it is no lower-case letter and no space? */
static int ends_word(const char *d, const cand *c, size_t b)
{
    int start = c->kind == START_WORDS || c->kind == START_ALONE;
    unsigned char t = b ? (unsigned char)d[start ? b : b - 1] : 'A';
    return !blank(t) && !evx_ascii_lower(t);
}

/* Learns the running head that the inner join b starts on c's line
 * ("Community pharmacy" after "2"), if the group has none yet. */
static void learn_head(scan *s, const cand *c, size_t b, int *learnt)
{
    if (*learnt || s->n_heads == HEADS_MAX || b < c->nq)
        return;
    s->head_o[s->n_heads] = b;
    s->head_l[s->n_heads++] = c->le - b;
    *learnt = 1;
}

/* The join on c's line, if any. */
static void join_of(scan *s, const cand *c, size_t shared, int words_end,
                    int *learnt)
{
    size_t b = furniture_edge(s->d, c, shared);
    if (b && !join_ok(s->d, c, b, words_end))
        return;
    if (!b && (b = inner_join(s->d, c)) != 0)
        learn_head(s, c, b, learnt);
    if (b)
        add_join(s, b);
}

/* The joins on the lines of the chain at[0..n): those lines that share
 * the furniture's words. */
static void chain_joins(scan *s, cand **at, size_t n, size_t *lens)
{
    int start = at[0]->kind == START_WORDS || at[0]->kind == START_ALONE;
    const cand *ref;
    size_t shared = shared_words(s->d, (cand *const *)at, n, start ? 1 : -1,
                                 lens, &ref), kept = 0, ends = 0;
    for (size_t i = 0; i < n; i++) {
        if (alike(s->d, at[i], ref, start ? 1 : -1) < shared) {
            at[i] = NULL; /* not furniture, or not the same */
            continue;
        }
        kept++;
        ends += ends_word(s->d, at[i], furniture_edge(s->d, at[i], shared));
    }
    int learnt = 0;
    for (size_t i = 0; i < n; i++)
        if (at[i])
            join_of(s, at[i], shared, 2 * ends >= kept, &learnt);
}

/* The joins on the lines of the chain ending at c->v[c->end]. */
static void chain_of_joins(scan *s, const chain *c)
{
    cand *v = c->v;
    size_t len = (size_t)v[c->end].best, k = len;
    size_t *lens = malloc(len * sizeof *lens);
    cand **at = malloc(len * sizeof *at);
    if (!lens || !at) {
        s->st = EVX_NOMEM;
    } else {
        for (long i = c->end; i >= 0; i = v[i].prev)
            at[--k] = &v[i];
        chain_joins(s, at, len, lens);
    }
    free(lens);
    free(at);
}

/* The furniture chain of one key's candidates v[0..n), if it has one. */
static void group_chain(scan *s, cand *v, size_t n)
{
    if (n < CHAIN_MIN)
        return;
    long end = longest_chain(v, n);
    int step = end < 0 ? 0 : is_furniture(v, end, s->lines);
    if (!step)
        return;
    if (evx_grow((void **)&s->chains, &s->cap_chains, s->n_chains + 1,
                 sizeof *s->chains)) {
        s->st = EVX_NOMEM;
        return;
    }
    long first = end;
    while (v[first].prev >= 0)
        first = v[first].prev;
    s->chains[s->n_chains++] =
        (chain){v, end, step, v[first].value, v[end].value};
}

/* Does a chain that steps two pages at a time have its other side: a
 * chain of the other pages, through the same pages (odd pages' footer
 * "Community pharmacy  3", even pages' "4  Community pharmacy")?  Two
 * of a kind of footnote every other number are not furniture. */
static int has_other_side(const scan *s, const chain *c)
{
    for (size_t i = 0; i < s->n_chains; i++) {
        const chain *o = &s->chains[i];
        if (o != c && o->step == 2 && (o->lo + c->lo) % 2 == 1 &&
            o->lo < c->hi && c->lo < o->hi)
            return 1;
    }
    return 0;
}

/* The joins of every key's furniture. */
static void find_joins(scan *s)
{
    for (size_t g = 0, h; g < s->n && !s->st; g = h) {
        for (h = g + 1; h < s->n && s->v[h].kind == s->v[g].kind &&
                        s->v[h].key == s->v[g].key;
             h++)
            ;
        group_chain(s, s->v + g, h - g);
    }
    for (size_t i = 0; i < s->n_chains && !s->st; i++)
        if (s->chains[i].step == 1 || has_other_side(s, &s->chains[i]))
            chain_of_joins(s, &s->chains[i]);
}

/* Can text that ends a page meet a page's first words glued: a letter,
 * digit, stop or closing bracket or quote ("Commons|Contents"), not an
 * opening one ("(Community pharmacy" is one page's text). */
static int ends_text(unsigned char p)
{
    return evx_ascii_alnum(p) || (p && strchr(".,;:!?)]", p)) ||
           p == 0x99 || p == 0x9D; /* the last byte of ’ and ” */
}

/* Does the line ls..le end in the n bytes at h, glued to text before
 * them?  Where they start, or 0. */
static size_t ends_glued(const char *d, size_t ls, size_t le, const char *h,
                         size_t n)
{
    if (n == 0 || le - ls <= n || memcmp(d + le - n, h, n) != 0)
        return 0;
    return ends_text((unsigned char)d[le - n - 1]) ? le - n : 0;
}

/* A page with no furniture of its own after a page without a footer
 * (a report's title page): its running head, or its heading "Contents",
 * glued to the end of the page before ("… House of CommonsCommunity
 * pharmacy", "… House of CommonsContents").  Looked for only in a text
 * whose furniture showed joined pages. */
static void heads_glued(scan *s)
{
    const char *d = s->d;
    size_t ls = 0, len = s->len;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && d[i] != '\n')
            continue;
        size_t le = i, b = 0;
        while (le > ls && blank((unsigned char)d[le - 1]))
            le--;
        for (size_t h = 0; h < s->n_heads && !b; h++)
            b = ends_glued(d, ls, le, d + s->head_o[h], s->head_l[h]);
        if (!b)
            b = ends_glued(d, ls, le, "Contents", 8);
        if (b)
            add_join(s, b);
        ls = i + 1;
    }
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorts the joins and drops those found twice (by two keys). */
static void unique_joins(scan *s)
{
    size_t k = 0;
    if (s->n_at)
        qsort(s->at, s->n_at, sizeof *s->at, cmp_size);
    for (size_t i = 0; i < s->n_at; i++)
        if (k == 0 || s->at[k - 1] != s->at[i])
            s->at[k++] = s->at[i];
    s->n_at = k;
}

evx_status evx_pagejoin_find(const char *data, size_t len, size_t **at,
                             size_t *n)
{
    scan s = {.d = data, .len = len};
    size_t ls = 0;

    *at = NULL;
    *n = 0;
    while (ls <= len && !s.st) {
        const char *nl = memchr(data + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - data) : len;
        scan_line(&s, s.lines++, ls, le);
        ls = le + 1;
    }
    if (!s.st)
        s.st = keep_shared_keys(&s);
    if (!s.st && s.n)
        qsort(s.v, s.n, sizeof *s.v, by_key);
    if (!s.st)
        find_joins(&s);
    free(s.v);
    free(s.chains);
    if (!s.st && s.n_at)
        heads_glued(&s);
    if (s.st) {
        free(s.at);
        return s.st;
    }
    unique_joins(&s);
    *at = s.n_at ? s.at : NULL;
    *n = s.n_at;
    if (!s.n_at)
        free(s.at);
    return EVX_OK;
}
