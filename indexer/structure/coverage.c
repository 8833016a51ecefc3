/*
 * coverage.c - the share of a file's words that its units hold, and where
 * the rest is.
 *
 * The file is split into words once, at creation (each with its line, its
 * place in the copied text and a normalised form: case-folded, Unicode
 * compatibility forms).  A measurement splits the text of every unit naming
 * the file the same way into one list, with a "used" flag per word so that
 * each of a unit's words places at most one word of the file, then walks
 * the file's words: each looks first a little way ahead of where each
 * unit covering its line last matched (text is in order), and goes to the
 * unit that has it soonest, then anywhere in the units (a quotation or a
 * footnote block interrupting a paragraph leaves its cursor behind).  A
 * number that is a unit's own goes to that unit first.
 */
#include "coverage.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "ascii.h"
#include "buf.h"
#include "grow.h"
#include "paranum.h"

#define WINDOW 48     /* words looked at ahead of a unit's cursor */
#define SHOWN_WORDS 8 /* words quoted from the start of a stretch */

enum { UNPLACED, PLACED, FURNITURE };

typedef struct word {
    size_t form, form_len; /* normalised form, in the list's forms */
    unsigned hash;         /* of the form */
    size_t start, len;     /* bytes in the text it came from */
    long line;
    int glued; /* nothing but a non-space byte just before it */
} word;

typedef struct words {
    word *items;
    size_t n, cap;
    evx_buf forms;
} words;

typedef struct furniture_range {
    long first, last;  /* its lines */
    size_t from, to;   /* its bytes in the text, [from, to) */
    char *why;
} furniture_range;

struct evx_coverage {
    char *name;
    char *data; /* the text, copied */
    size_t len;
    long n_lines;
    size_t *starts; /* the offset of each line's first byte */
    words file;
    furniture_range *furn;
    size_t n_furn, cap_furn;
    evx_coverage_stretch stretches[EVX_COVERAGE_STRETCHES];
    size_t stretch_word[EVX_COVERAGE_STRETCHES]; /* index of its first */
    size_t n_stretches;
    evx_buf shown; /* first words of the stretches, NUL-separated */
    int in_part; /* evx_coverage_read_in_part */
};

/* ---- words ------------------------------------------------------------ */

static void words_free(words *w)
{
    free(w->items);
    evx_buf_free(&w->forms);
    memset(w, 0, sizeof *w);
}

/* FNV-1a, one byte at a time. */
#define HASH_SEED 2166136261u
static inline unsigned hash_step(unsigned h, unsigned char c)
{
    return (h ^ c) * 16777619u;
}

static unsigned hash_of(const char *s, size_t n)
{
    unsigned h = HASH_SEED;
    for (size_t i = 0; i < n; i++)
        h = hash_step(h, (unsigned char)s[i]);
    return h;
}

/* Letters, marks and digits of any script make words. */
static int is_word_cp(utf8proc_int32_t cp)
{
    if (cp < 0x80)
        return evx_ascii_alnum((unsigned char)cp);
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

/* Appends the normalised form of s to b: anything but ASCII case-folded
 * in compatibility form (a ligature becomes its letters). */
static void put_folded(evx_buf *b, const char *s, size_t n)
{
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t got = utf8proc_map(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &mapped,
        UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
            UTF8PROC_CASEFOLD);
    if (got >= 0)
        evx_buf_append(b, (const char *)mapped, (size_t)got);
    else
        evx_buf_append(b, s, n);
    free(mapped);
}

/* Adds the word s[start, start + len) to w with its normalised form:
 * an ASCII word (most of a report) lower-cased and hashed in one pass. */
static evx_status push_word(words *w, const char *s, size_t start,
                            size_t len, long line, int ascii)
{
    if (w->n == w->cap &&
        evx_grow((void **)&w->items, &w->cap, w->n + 1, sizeof *w->items))
        return EVX_NOMEM;
    word *x = &w->items[w->n];
    x->form = w->forms.len;
    if (ascii) {
        evx_buf_append(&w->forms, s + start, len);
        if (evx_buf_status(&w->forms))
            return EVX_NOMEM;
        unsigned char *f = (unsigned char *)w->forms.data + x->form;
        unsigned h = HASH_SEED;
        for (size_t i = 0; i < len; i++) {
            f[i] = evx_ascii_tolower(f[i]);
            h = hash_step(h, f[i]);
        }
        x->form_len = len;
        x->hash = h;
    } else {
        put_folded(&w->forms, s + start, len);
        if (evx_buf_status(&w->forms))
            return EVX_NOMEM;
        x->form_len = w->forms.len - x->form;
        x->hash = hash_of(w->forms.data + x->form, x->form_len);
    }
    x->start = start;
    x->len = len;
    x->line = line;
    x->glued = start > 0 && s[start - 1] != ' ' && s[start - 1] != '\t' &&
               s[start - 1] != '\n';
    w->n++;
    return EVX_OK;
}

/* Adds the words of s[from, to) to w, all on line `line`; offsets are
 * counted from s. */
static evx_status add_words(words *w, const char *s, size_t from, size_t to,
                            long line)
{
    size_t i = from, start = 0;
    int in_word = 0, ascii = 1;
    while (i <= to) {
        int inside = 0;
        size_t n = 1;
        if (i < to && (unsigned char)s[i] < 0x80) {
            inside = evx_ascii_alnum((unsigned char)s[i]);
        } else if (i < to) {
            utf8proc_int32_t cp = -1;
            utf8proc_ssize_t k = utf8proc_iterate(
                (const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(to - i),
                &cp);
            n = k < 1 ? 1 : (size_t)k;
            inside = k >= 1 && cp >= 0 && is_word_cp(cp);
            if (inside)
                ascii = 0;
        }
        if (inside && !in_word) {
            start = i;
            ascii = (unsigned char)s[i] < 0x80;
        } else if (!inside && in_word &&
                   push_word(w, s, start, i - start, line, ascii)) {
            return EVX_NOMEM;
        }
        in_word = inside;
        i += n;
    }
    return EVX_OK;
}

static const char *form_of(const words *w, size_t i)
{
    return w->forms.data + w->items[i].form;
}

static int same(const words *w, size_t i, const char *s, size_t n,
                unsigned h)
{
    const word *x = &w->items[i];
    return x->hash == h && x->form_len == n &&
           memcmp(form_of(w, i), s, n) == 0;
}

/* ---- the handle ------------------------------------------------------- */

evx_status evx_coverage_new(evx_coverage **out, const evx_text *text)
{
    evx_coverage *cov = calloc(1, sizeof *cov);
    size_t len;
    const char *data = evx_text_data(text, &len);
    evx_status st = EVX_NOMEM;

    *out = NULL;
    if (!cov)
        return EVX_NOMEM;
    cov->name = evx_strndup(evx_text_name(text), strlen(evx_text_name(text)));
    cov->data = evx_strndup(data, len);
    cov->len = len;
    cov->n_lines = (long)evx_text_lines(text);
    cov->starts = malloc(((size_t)cov->n_lines + 1) * sizeof *cov->starts);
    if (!cov->name || !cov->data || !cov->starts)
        goto done;
    st = EVX_OK;
    for (long l = 1; l <= cov->n_lines && !st; l++) {
        size_t n;
        const char *s = evx_text_line(text, (size_t)l, &n);
        size_t from = (size_t)(s - data);
        cov->starts[l - 1] = from;
        st = add_words(&cov->file, cov->data, from, from + n, l);
    }
    cov->starts[cov->n_lines] = len;
done:
    if (st)
        evx_coverage_free(cov);
    else
        *out = cov;
    return st;
}

void evx_coverage_free(evx_coverage *cov)
{
    if (!cov)
        return;
    for (size_t i = 0; i < cov->n_furn; i++)
        free(cov->furn[i].why);
    free(cov->furn);
    free(cov->starts);
    words_free(&cov->file);
    evx_buf_free(&cov->shown);
    free(cov->name);
    free(cov->data);
    free(cov);
}

const char *evx_coverage_name(const evx_coverage *cov)
{
    return cov->name;
}

/* The offset of byte column col (1-based) of line lineno, within the
 * line; col < 1, or past the line's end: the line's end. */
static size_t offset_of(const evx_coverage *cov, long lineno, long col)
{
    if (lineno > cov->n_lines)
        return cov->len;
    size_t start = cov->starts[lineno - 1], end = cov->starts[lineno];
    if (col < 1 || (size_t)col - 1 > end - start)
        return end;
    return start + (size_t)col - 1;
}

/* Adds furniture range r, its why copied. */
static evx_status add_range(evx_coverage *cov, furniture_range r)
{
    if (evx_grow((void **)&cov->furn, &cov->cap_furn, cov->n_furn + 1,
                 sizeof *cov->furn))
        return EVX_NOMEM;
    r.why = evx_strndup(r.why ? r.why : "", r.why ? strlen(r.why) : 0);
    if (!r.why)
        return EVX_NOMEM;
    cov->furn[cov->n_furn++] = r;
    return EVX_OK;
}

evx_status evx_coverage_furniture(evx_coverage *cov, long first_line,
                                  long last_line, const char *why)
{
    if (first_line < 1 || last_line < first_line)
        return EVX_INVALID;
    furniture_range *prev = cov->n_furn ? &cov->furn[cov->n_furn - 1] : NULL;
    size_t to = offset_of(cov, last_line, -1);
    if (prev && prev->last + 1 == first_line &&
        prev->to == offset_of(cov, prev->last, -1) &&
        strcmp(prev->why, why ? why : "") == 0) {
        prev->last = last_line; /* a run declared line by line */
        prev->to = to;
        return EVX_OK;
    }
    furniture_range r = {first_line, last_line, offset_of(cov, first_line, 1),
                         to, (char *)why};
    return add_range(cov, r);
}

evx_status evx_coverage_furniture_span(evx_coverage *cov, long first_line,
                                       long first_col, long last_line,
                                       long last_col, const char *why)
{
    if (first_line < 1 || last_line < first_line)
        return EVX_INVALID;
    furniture_range r = {first_line, last_line,
                         offset_of(cov, first_line, first_col < 1 ? 1 : first_col),
                         offset_of(cov, last_line, last_col), (char *)why};
    if (last_col > 0 && r.to < offset_of(cov, last_line, -1))
        r.to++; /* through the last column */
    return r.to > r.from ? add_range(cov, r) : EVX_OK;
}

const char *evx_coverage_furniture_why(const evx_coverage *cov, long lineno)
{
    for (size_t i = 0; i < cov->n_furn; i++)
        if (cov->furn[i].first <= lineno && lineno <= cov->furn[i].last)
            return cov->furn[i].why;
    return NULL;
}

double evx_coverage_share(const evx_coverage_result *r)
{
    size_t due = r->words - r->furniture;
    return due ? (double)r->placed / (double)due : 1.0;
}

unsigned evx_coverage_percent(const evx_coverage_result *r)
{
    return (unsigned)(evx_coverage_share(r) * 100.0 + 1e-9);
}

unsigned evx_coverage_furniture_percent(const evx_coverage_result *r)
{
    return r->words ? (unsigned)(r->furniture * 100 / r->words) : 0;
}

/* ---- measuring -------------------------------------------------------- */

/* One unit's words (in the matcher's list) and the lines it covers. */
typedef struct target {
    long first, last;
    size_t from, to, cursor;
    size_t lead;  /* the unit's first target, which keeps its cursor */
    int numbered; /* its first word is the unit's own number */
} target;

/* A heading carried by units: its words in the matcher's label list. */
typedef struct label {
    size_t from, to;
} label;

/* A target and the line it opens at, for the sweep. */
struct opening {
    long first;
    size_t target;
};

typedef struct matcher {
    evx_coverage *cov;
    unsigned char *state; /* per file word: UNPLACED, PLACED, FURNITURE */
    words unit_words;
    unsigned char *used; /* per unit word */
    target *targets;
    size_t n_targets, cap_targets;
    words label_words;
    label *labels;
    size_t n_labels, cap_labels;
    size_t *cand; /* targets covering cand_line, narrowest first */
    size_t n_cand;
    long cand_line;
    /* The sweep behind cand: targets in order of their first line, the
     * next of them to open, and those opened (first <= cand_line). */
    struct opening *by_first;
    size_t next_open;
    size_t *open;
    size_t n_open;
    evx_buf scratch;
} matcher;

/* Adds u's words (its number, title, text, code, paragraph reference)
 * once to the matcher's list: [*from, *to). */
static evx_status add_unit_words(matcher *m, const evx_unit *u, size_t *from,
                                 size_t *to)
{
    words *w = &m->unit_words;
    char num[24];
    *from = w->n;
    /* The number printed before a paragraph or footnote body is its own. */
    int n = u->number <= 0 ? 0
            : u->type == EVX_UNIT_PARAGRAPH
                ? (int)evx_para_print(u->number, num, sizeof num)
                : snprintf(num, sizeof num, "%d", u->number);
    if (n > 0 && add_words(w, num, 0, (size_t)n, 0))
        return EVX_NOMEM;
    /* So is the title printed over a box's, a glossary entry's, an
     * annex's or a summary block's text ("Box 1: …", "ACO:"). */
    if ((u->type == EVX_UNIT_BOX || u->type == EVX_UNIT_GLOSSARY ||
         u->type == EVX_UNIT_ANNEX || u->type == EVX_UNIT_SUMMARY) &&
        u->title &&
        add_words(w, u->title, 0, strlen(u->title), 0))
        return EVX_NOMEM;
    if (u->text && add_words(w, u->text, 0, strlen(u->text), 0))
        return EVX_NOMEM;
    /* an evidence entry's code ("(STP0064)", "Ev 45") and a panel's
     * evidence page are printed after its text */
    if (u->code && add_words(w, u->code, 0, strlen(u->code), 0))
        return EVX_NOMEM;
    /* and a recommendation's "(Paragraph 73)", kept as its para */
    if (u->type == EVX_UNIT_RECOMMENDATION && u->para > 0) {
        char tail[40] = "Paragraph ";
        size_t k = strlen(tail);
        evx_para_print(u->para, tail + k, sizeof tail - k);
        if (add_words(w, tail, 0, strlen(tail), 0))
            return EVX_NOMEM;
    }
    *to = w->n;
    return EVX_OK;
}


/* Adds a target: lines [first, last] of the file, whose words the unit
 * words [from, to) may place; lead: the unit's first target, or
 * SIZE_MAX if this is it. */
static evx_status add_target(matcher *m, long first, long last,
                             const size_t span[2], size_t lead, int numbered)
{
    if (evx_grow((void **)&m->targets, &m->cap_targets, m->n_targets + 1,
                 sizeof *m->targets))
        return EVX_NOMEM;
    size_t i = m->n_targets++;
    m->targets[i] = (target){first, last, span[0], span[1], span[0],
                             lead == SIZE_MAX ? i : lead, numbered};
    return EVX_OK;
}

/* Adds u's targets: one per source it names this file in (a footnote
 * whose rest is at the next page's foot has two, and the page's text
 * between them is not its), all on its words.  *found: whether any. */
static evx_status add_unit(matcher *m, const evx_unit *u, int *found)
{
    size_t span[2] = {0, 0}, lead = SIZE_MAX;
    evx_status st = EVX_OK;
    *found = 0;
    for (size_t i = 0; i < u->n_sources && !st; i++) {
        const evx_source *s = &u->sources[i];
        if (!s->file || strcmp(s->file, m->cov->name) != 0)
            continue;
        if (!*found)
            st = add_unit_words(m, u, &span[0], &span[1]);
        *found = 1;
        long end = s->end_line >= s->line ? s->end_line : s->line;
        if (!st)
            st = add_target(m, s->line, end, span, lead, u->number > 0);
        if (lead == SIZE_MAX)
            lead = m->n_targets - 1;
    }
    return st;
}

/* Adds s as a heading, unless it is already one. */
static evx_status add_label(matcher *m, const char *s)
{
    words *w = &m->label_words;
    size_t from = w->n;
    if (!s || !*s)
        return EVX_OK;
    if (add_words(w, s, 0, strlen(s), 0))
        return EVX_NOMEM;
    for (size_t i = 0; i < m->n_labels; i++) {
        const label *l = &m->labels[i];
        size_t k = 0;
        while (k < w->n - from && l->from + k < l->to &&
               same(w, l->from + k, form_of(w, from + k),
                    w->items[from + k].form_len, w->items[from + k].hash))
            k++;
        if (k == w->n - from && l->to - l->from == k) {
            w->n = from; /* a repeat: drop it */
            return EVX_OK;
        }
    }
    if (evx_grow((void **)&m->labels, &m->cap_labels, m->n_labels + 1,
                 sizeof *m->labels))
        return EVX_NOMEM;
    m->labels[m->n_labels++] = (label){from, w->n};
    return EVX_OK;
}

/* Collects the units naming this file: their words and their headings. */
static evx_status collect(matcher *m, const evx_units *units,
                          size_t *paragraphs)
{
    evx_status st = EVX_OK;
    *paragraphs = 0;
    for (size_t i = 0; i < units->len && !st; i++) {
        const evx_unit *u = units->items[i];
        int found;
        st = add_unit(m, u, &found);
        if (!found)
            continue;
        if (u->type == EVX_UNIT_PARAGRAPH && u->number > 0)
            (*paragraphs)++;
        if (!st)
            st = add_label(m, u->chapter_title);
        if (!st)
            st = add_label(m, u->section);
        if (!st)
            st = add_label(m, u->title);
    }
    if (!st && m->unit_words.n) {
        m->used = calloc(m->unit_words.n, 1);
        if (!m->used)
            st = EVX_NOMEM;
    }
    return st;
}

static long span(const target *t)
{
    return t->last - t->first;
}

static int by_first_line(const void *a, const void *b)
{
    const struct opening *x = a, *y = b;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    return (x->target > y->target) - (x->target < y->target);
}

/* Orders the targets by first line, for the sweep of candidates(). */
static evx_status plan_sweep(matcher *m)
{
    m->by_first = malloc((m->n_targets + 1) * sizeof *m->by_first);
    m->open = malloc((m->n_targets + 1) * sizeof *m->open);
    m->cand = malloc((m->n_targets + 1) * sizeof *m->cand);
    if (!m->by_first || !m->open || !m->cand)
        return EVX_NOMEM;
    for (size_t i = 0; i < m->n_targets; i++)
        m->by_first[i] = (struct opening){m->targets[i].first, i};
    qsort(m->by_first, m->n_targets, sizeof *m->by_first, by_first_line);
    return EVX_OK;
}

/* The targets covering line, narrowest first (a footnote or quotation
 * before the paragraph around it), ties in the units' order.  The file's
 * words come in line order, so the targets are swept: those whose first
 * line is reached are opened, those whose last is passed are closed, and
 * a line costs the targets open at it, not all of them (a long report has
 * thousands).  A line before the last one starts the sweep again. */
static void candidates(matcher *m, long line)
{
    if (m->cand_line == line)
        return;
    if (line < m->cand_line)
        m->next_open = m->n_open = 0;
    m->cand_line = line;
    while (m->next_open < m->n_targets &&
           m->by_first[m->next_open].first <= line)
        m->open[m->n_open++] = m->by_first[m->next_open++].target;
    size_t kept = 0;
    m->n_cand = 0;
    for (size_t o = 0; o < m->n_open; o++) {
        size_t i = m->open[o];
        const target *t = &m->targets[i];
        if (t->last < line)
            continue; /* closed for good: lines only grow */
        m->open[kept++] = i;
        size_t k = m->n_cand++;
        while (k > 0 && (span(&m->targets[m->cand[k - 1]]) > span(t) ||
                         (span(&m->targets[m->cand[k - 1]]) == span(t) &&
                          m->cand[k - 1] > i))) {
            m->cand[k] = m->cand[k - 1];
            k--;
        }
        m->cand[k] = i;
    }
    m->n_open = kept;
}

static int is_digit_run(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && evx_ascii_digit((unsigned char)s[i]))
        i++;
    return n > 0 && i == n;
}

/* Places the number s (hash h) as a candidate unit's own, printed before its
 * text: a column of paragraph numbers ("2." / "3." / "4.", then the
 * three paragraphs) prints each number lines before its text and inside
 * the lines of the paragraph before, whose figures ("£3.1 billion") it
 * must not take, and whose place it must not move. */
static int find_number(matcher *m, const char *s, size_t n, unsigned h)
{
    for (size_t c = 0; c < m->n_cand; c++) {
        const target *t = &m->targets[m->cand[c]];
        if (!t->numbered || m->used[t->from] ||
            !same(&m->unit_words, t->from, s, n, h))
            continue;
        m->used[t->from] = 1;
        size_t *cursor = &m->targets[t->lead].cursor;
        if (*cursor == t->from)
            *cursor = t->from + 1;
        return 1;
    }
    return 0;
}

/* Where the unused word s (hash h) is in t: within WINDOW words of its
 * unit's cursor if ahead is set, else anywhere; SIZE_MAX if not. */
static size_t look(const matcher *m, const target *t, const char *s,
                   size_t n, unsigned h, int ahead)
{
    size_t cursor = m->targets[t->lead].cursor;
    size_t from = ahead ? cursor : t->from;
    size_t to = ahead && cursor + WINDOW < t->to ? cursor + WINDOW : t->to;
    for (size_t i = from; i < to; i++)
        if (!m->used[i] && same(&m->unit_words, i, s, n, h))
            return i;
    return SIZE_MAX;
}

/* Places the form s in one of the candidate units: where it comes
 * soonest after a unit's place, the narrowest unit on a tie (a quotation
 * before the paragraph around it), which moves on past it; else anywhere
 * in the narrowest that has it.  The soonest, not the narrowest first:
 * units' lines overlap where a tool printed text out of order (a column
 * of paragraph numbers, each unit's lines then opening at its number),
 * and the unit the file is going through has the word next, while
 * another has it some words on and must not take it. */
static int find(matcher *m, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    unsigned h = hash_of(s, n);
    if (is_digit_run(s, n) && find_number(m, s, n, h))
        return 1;
    size_t at = SIZE_MAX, lead = SIZE_MAX, skip = SIZE_MAX;
    for (size_t c = 0; c < m->n_cand && skip > 0; c++) {
        const target *t = &m->targets[m->cand[c]];
        size_t i = look(m, t, s, n, h, 1);
        if (i != SIZE_MAX && i - m->targets[t->lead].cursor < skip)
            skip = i - m->targets[t->lead].cursor, at = i, lead = t->lead;
    }
    if (at != SIZE_MAX) {
        m->used[at] = 1;
        m->targets[lead].cursor = at + 1;
        return 1;
    }
    for (size_t c = 0; c < m->n_cand; c++) {
        size_t i = look(m, &m->targets[m->cand[c]], s, n, h, 0);
        if (i != SIZE_MAX) {
            m->used[i] = 1;
            return 1;
        }
    }
    return 0;
}

/* The next word after i that is not furniture, or 0 if none. */
static size_t next_word(const matcher *m, size_t i)
{
    for (size_t k = i + 1; k < m->cov->file.n; k++)
        if (m->state[k] != FURNITURE)
            return k;
    return 0;
}

/* Word i with a number glued to its end or start ("needs6", "9oversight")
 * dropped; 1 if that placed it. */
static int place_trimmed(matcher *m, const char *s, size_t n)
{
    size_t b = 0, e = n;
    while (e > 0 && evx_ascii_digit((unsigned char)s[e - 1]))
        e--;
    if (e > 0 && e < n && find(m, s, e))
        return 1;
    while (b < n && evx_ascii_digit((unsigned char)s[b]))
        b++;
    return b > 0 && b < n && find(m, s + b, n - b);
}

/* Word i joined to the next word (a line-end hyphenation, "integra-" and
 * "tion"); 1 if that placed both. */
static int place_joined(matcher *m, size_t i)
{
    const words *f = &m->cov->file;
    size_t j = next_word(m, i);
    if (!j)
        return 0;
    evx_buf_clear(&m->scratch);
    evx_buf_append(&m->scratch, form_of(f, i), f->items[i].form_len);
    evx_buf_append(&m->scratch, form_of(f, j), f->items[j].form_len);
    if (evx_buf_status(&m->scratch) ||
        !find(m, m->scratch.data, m->scratch.len))
        return 0;
    m->state[j] = PLACED;
    return 1;
}

/* Tries to place file word i; its state says whether it was. */
static void place(matcher *m, size_t i)
{
    const words *f = &m->cov->file;
    const word *w = &f->items[i];
    const char *s = form_of(f, i);
    candidates(m, w->line);
    if (find(m, s, w->form_len) || place_joined(m, i) ||
        place_trimmed(m, s, w->form_len))
        m->state[i] = PLACED;
    else if (is_digit_run(s, w->form_len) && w->glued && i > 0 &&
             m->state[i - 1] == PLACED)
        m->state[i] = PLACED; /* a footnote marker: "needs.6" */
}

/* Word k of the file, its form from byte skip on, against label word at. */
static int same_from(const matcher *m, size_t at, size_t k, size_t skip)
{
    const words *f = &m->cov->file;
    const char *s = form_of(f, k) + skip;
    size_t n = f->items[k].form_len - skip;
    unsigned h = skip ? hash_of(s, n) : f->items[k].hash;
    return same(&m->label_words, at, s, n, h);
}

/* How many digits open word k when letters follow them ("9oversight"). */
static size_t glued_number(const matcher *m, size_t k)
{
    const char *s = form_of(&m->cov->file, k);
    size_t n = m->cov->file.items[k].form_len, i = 0;
    while (i < n && evx_ascii_digit((unsigned char)s[i]))
        i++;
    return i < n ? i : 0;
}

/* 1 if the words first..last of the file (one line) are a run of some
 * heading's words; the first may carry a chapter number glued to it. */
static int is_heading(const matcher *m, size_t first, size_t last)
{
    size_t n = last - first + 1, skip = glued_number(m, first);
    for (size_t l = 0; l < m->n_labels; l++) {
        for (size_t at = m->labels[l].from; at + n <= m->labels[l].to; at++) {
            size_t k = 0;
            if (!same_from(m, at, first, 0) && !same_from(m, at, first, skip))
                continue;
            while (++k < n && same_from(m, at + k, first + k, 0))
                ;
            if (k == n)
                return 1;
        }
    }
    return 0;
}

/* Whether words i and i + 1 of f are the word and number that head a
 * chapter ("chapter 2", "part ii": chapter.h's forms, folded). */
static int chapter_label(const words *f, size_t i)
{
    const char *w = form_of(f, i), *num = form_of(f, i + 1);
    size_t wn = f->items[i].form_len, nn = f->items[i + 1].form_len;
    int roman = nn > 0;

    for (size_t k = 0; k < nn; k++)
        roman &= num[k] == 'i' || num[k] == 'v' || num[k] == 'x';
    return ((wn == 7 && memcmp(w, "chapter", 7) == 0) ||
            (wn == 4 && memcmp(w, "part", 4) == 0)) &&
           (is_digit_run(num, nn) || roman);
}

/* A line some of whose words no unit holds is placed whole if it is a
 * heading the units carry, its chapter number aside ("9 Oversight and
 * regulation", "9Oversight and regulation", "Chapter 9: Oversight and
 * regulation").  The part of a line beside its page's furniture (a page
 * that starts in mid-line: "Title 3\f1 Introduction") is a line here. */
static void place_headings(matcher *m)
{
    const words *f = &m->cov->file;
    for (size_t i = 0; i < f->n;) {
        size_t j = i;
        int missing = 0, furniture = m->state[i] == FURNITURE;
        while (j < f->n && f->items[j].line == f->items[i].line &&
               (m->state[j] == FURNITURE) == furniture)
            missing |= m->state[j++] == UNPLACED;
        size_t first = i;
        if (missing && j - i > 2 && chapter_label(f, i))
            first += 2; /* "Chapter 2: Sessional committee activity",
                           "PART II: THE REPLY" */
        else if (missing && j - i > 1 &&
                 is_digit_run(form_of(f, i), f->items[i].form_len))
            first++;
        if (missing && m->state[first] != FURNITURE &&
            is_heading(m, first, j - 1))
            for (size_t k = i; k < j; k++)
                m->state[k] = PLACED;
        i = j;
    }
}

static int by_from(const void *a, const void *b)
{
    size_t x = ((const furniture_range *)a)->from;
    size_t y = ((const furniture_range *)b)->from;
    return x < y ? -1 : x > y;
}

/* Marks the words in furniture ranges; returns how many.  The ranges are
 * sorted by their first byte and swept once with the words, in order.
 * EVX_OK or EVX_NOMEM. */
static evx_status mark_furniture(matcher *m, size_t *n)
{
    const words *f = &m->cov->file;
    size_t nr = m->cov->n_furn, k = 0, reach = 0;
    furniture_range *r = nr ? malloc(nr * sizeof *r) : NULL;
    *n = 0;
    if (nr && !r)
        return EVX_NOMEM;
    if (nr) {
        memcpy(r, m->cov->furn, nr * sizeof *r);
        qsort(r, nr, sizeof *r, by_from);
    }
    for (size_t i = 0; i < f->n; i++) {
        size_t at = f->items[i].start;
        for (; k < nr && r[k].from <= at; k++)
            if (r[k].to > reach)
                reach = r[k].to;
        if (at < reach) {
            m->state[i] = FURNITURE;
            (*n)++;
        }
    }
    free(r);
    return EVX_OK;
}

/* Keeps the stretch (starting at file word first) among the largest
 * (ties: the earlier). */
static void keep_stretch(evx_coverage *cov, const evx_coverage_stretch *s,
                         size_t first)
{
    size_t k = cov->n_stretches;
    if (k == EVX_COVERAGE_STRETCHES) {
        if (cov->stretches[k - 1].words >= s->words)
            return;
        k--;
    } else {
        cov->n_stretches++;
    }
    while (k > 0 && cov->stretches[k - 1].words < s->words) {
        cov->stretches[k] = cov->stretches[k - 1];
        cov->stretch_word[k] = cov->stretch_word[k - 1];
        k--;
    }
    cov->stretches[k] = *s;
    cov->stretch_word[k] = first;
}

/* The runs of unplaced words (furniture inside a run does not end it). */
static void find_stretches(evx_coverage *cov, const unsigned char *state)
{
    const words *f = &cov->file;
    cov->n_stretches = 0;
    for (size_t i = 0; i < f->n; i++) {
        if (state[i] != UNPLACED)
            continue;
        size_t first = i;
        evx_coverage_stretch s = {f->items[i].line, f->items[i].line, 0, ""};
        for (; i < f->n && state[i] != PLACED; i++)
            if (state[i] == UNPLACED) {
                s.last_line = f->items[i].line;
                s.words++;
            }
        keep_stretch(cov, &s, first);
    }
}

/* Gives each stretch its first words, as written. */
static evx_status quote_stretches(evx_coverage *cov, const unsigned char *state)
{
    const words *f = &cov->file;
    size_t at[EVX_COVERAGE_STRETCHES];
    evx_buf_clear(&cov->shown);
    for (size_t s = 0; s < cov->n_stretches; s++) {
        at[s] = cov->shown.len;
        size_t k = 0;
        for (size_t i = cov->stretch_word[s];
             k < SHOWN_WORDS && i < f->n && state[i] != PLACED; i++) {
            if (state[i] == FURNITURE)
                continue;
            if (k++)
                evx_buf_putc(&cov->shown, ' ');
            evx_buf_append(&cov->shown, cov->data + f->items[i].start,
                           f->items[i].len);
        }
        evx_buf_putc(&cov->shown, '\0');
    }
    if (evx_buf_status(&cov->shown))
        return EVX_NOMEM;
    for (size_t s = 0; s < cov->n_stretches; s++)
        cov->stretches[s].first_words = cov->shown.data + at[s];
    return EVX_OK;
}

static void matcher_free(matcher *m)
{
    free(m->state);
    free(m->used);
    free(m->targets);
    free(m->labels);
    free(m->cand);
    free(m->by_first);
    free(m->open);
    words_free(&m->unit_words);
    words_free(&m->label_words);
    evx_buf_free(&m->scratch);
}

void evx_coverage_read_in_part(evx_coverage *cov)
{
    if (cov)
        cov->in_part = 1;
}

int evx_coverage_is_read_in_part(const evx_coverage *cov)
{
    return cov && cov->in_part;
}

evx_status evx_coverage_measure(evx_coverage_result *out, evx_coverage *cov,
                                const evx_units *units)
{
    matcher m;
    size_t furniture = 0, paragraphs = 0, placed = 0;
    evx_status st = EVX_NOMEM;

    memset(out, 0, sizeof *out);
    memset(&m, 0, sizeof m);
    m.cov = cov;
    m.cand_line = -1;
    cov->n_stretches = 0;
    m.state = calloc(cov->file.n + 1, 1);
    if (!m.state)
        goto done;
    st = mark_furniture(&m, &furniture);
    if (!st)
        st = collect(&m, units, &paragraphs);
    if (!st)
        st = plan_sweep(&m);
    if (st)
        goto done;
    for (size_t i = 0; i < cov->file.n; i++)
        if (m.state[i] == UNPLACED)
            place(&m, i);
    place_headings(&m);
    for (size_t i = 0; i < cov->file.n; i++)
        placed += m.state[i] == PLACED;
    find_stretches(cov, m.state);
    st = quote_stretches(cov, m.state);
    if (st)
        goto done;
    out->words = cov->file.n;
    out->placed = placed;
    out->furniture = furniture;
    out->paragraphs = paragraphs;
    out->n_stretches = cov->n_stretches;
    out->stretches = cov->stretches;
    out->in_part = cov->in_part;
done:
    if (st)
        cov->n_stretches = 0;
    matcher_free(&m);
    return st;
}
