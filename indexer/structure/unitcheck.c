/*
 * unitcheck.c - checks on a report's finished units (see unitcheck.h).
 */
#include "unitcheck.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "dates.h"
#include "marks.h"
#include "paranum.h"
#include "tablerow.h"

/* Where a warning about u points: its first source's file and line
 * (NULL and 0 without one). */
static void where_of(const evx_unit *u, const char **file, long *line)
{
    *file = u->n_sources ? u->sources[0].file : NULL;
    *line = u->n_sources ? u->sources[0].line : 0;
}

/* Warns of each unit whose id a later unit of the report has, naming the
 * last of them, the one the writer keeps. */
static evx_status shared_ids(const evx_units *units, evx_diag *diag)
{
    size_t *order = NULL;
    if (evx_units_order_by_id(units, &order))
        return EVX_NOMEM;
    for (size_t i = 0, j; i < units->len; i = j) {
        const char *id = units->items[order[i]]->id;
        for (j = i + 1; j < units->len && id &&
                        units->items[order[j]]->id &&
                        strcmp(id, units->items[order[j]]->id) == 0;
             j++)
            ;
        const evx_unit *kept = units->items[order[j - 1]];
        const char *fk, *f;
        long lk, line;
        where_of(kept, &fk, &lk);
        for (size_t k = i; k + 1 < j; k++) {
            where_of(units->items[order[k]], &f, &line);
            evx_diag_add(diag, EVX_DIAG_WARNING, f, line,
                         "%s is also the id of a unit at %s:%ld: only that "
                         "one is indexed", id, fk ? fk : "?", lk);
        }
    }
    free(order);
    return EVX_OK;
}

size_t evx_unitcheck_overlong(const evx_unit *u)
{
    if (u->type != EVX_UNIT_PARAGRAPH && u->type != EVX_UNIT_RECOMMENDATION &&
        u->type != EVX_UNIT_FOOTNOTE)
        return 0;
    size_t len = u->text ? strlen(u->text) : 0;
    /* a word and the space after it take two bytes at least */
    if (len <= 2 * EVX_UNIT_MAX_WORDS)
        return 0;
    size_t n = evx_ascii_words(u->text, len);
    return n > EVX_UNIT_MAX_WORDS ? n : 0;
}

/* Warns of each paragraph, recommendation or footnote longer than any a
 * report prints. */
static void overlong(const evx_units *units, evx_diag *diag)
{
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        size_t n = evx_unitcheck_overlong(u);
        if (!n)
            continue;
        const char *f;
        long line;
        where_of(u, &f, &line);
        evx_diag_add(diag, EVX_DIAG_WARNING, f, line,
                     "%s runs to %zu words, lines %ld-%ld, longer than any a "
                     "report prints: text after its start may belong to "
                     "parts not recognised (lost numbers or headings?), and "
                     "would be cited as this one", u->id, n, line,
                     u->n_sources ? u->sources[0].end_line : 0L);
    }
}

/* Is u a unit of the report's running text, where footnote bodies have
 * no place (not a footnote, a panel or an evidence entry)? */
static int holds_report_text(const evx_unit *u)
{
    return u->text && u->type != EVX_UNIT_FOOTNOTE &&
           u->type != EVX_UNIT_WITNESS && u->type != EVX_UNIT_EVIDENCE;
}

/* Does a footnote body open at s, just after its number: a space, then a
 * capital, as a body's source opens ("146 Q91", "147 CHEM Trust", "159 As
 * above"), and no month ("1 March, 2 March and 3 March" are dates)? */
static int opens_body(const char *s)
{
    if (!evx_ascii_space((unsigned char)*s))
        return 0;
    while (evx_ascii_space((unsigned char)*s))
        s++;
    size_t n = 0;
    while (n < 16 && s[n]) /* a month's name is shorter */
        n++;
    return evx_ascii_upper((unsigned char)*s) && !evx_month_at(s, n);
}

/* The number of 1 to 4 digits standing as a word at p (white space or
 * the text's start before it, not a digit after), else 0; a year (1900 to
 * 2099: a table's columns, a list of dates) is no footnote's number.
 * *end gets the byte after its digits. */
static int number_at(const char *text, const char *p, const char **end)
{
    int v = 0;
    const char *q = p;
    while (evx_ascii_digit((unsigned char)*q) && q - p < 5)
        v = v * 10 + (*q++ - '0');
    *end = q;
    if ((p > text && !evx_ascii_space((unsigned char)p[-1])) || q - p > 4 ||
        *p == '0' || (v >= 1900 && v <= 2099))
        return 0;
    return v;
}

/* A run of numbers, each the one before plus one. */
typedef struct num_run {
    int want, start, len;
} num_run;

/* Goes on with r at v if it `follows` (v is the one due, near enough),
 * else starts a new run at v; 1 once the run is at_least long. */
static int run_on(num_run *r, int v, int follows, int at_least)
{
    if (r->len && v == r->want && follows) {
        r->len++;
    } else {
        r->start = v;
        r->len = 1;
    }
    r->want = v + 1;
    return r->len >= at_least;
}

/* Are the n bytes at s one or two spaces? */
static int spaces_only(const char *s, size_t n)
{
    return (n == 1 && s[0] == ' ') || (n == 2 && s[0] == ' ' && s[1] == ' ');
}

/* Runs of footnote bodies in text: at least BODY_RUN numbers, each the
 * one before plus one and at most BODY_GAP bytes after it, each opening a
 * body (opens_body): bodies run into text ("… said: 146 Q91 147 CHEM
 * Trust (EIM0010) 148 Keep Britain Tidy …"), a block the reader did not
 * take for footnotes; or a column of note numbers run into text, at least
 * COLUMN_RUN numbers each the one before plus one with a space between
 * them ("… at least a 25 26 27 28 … Q62 [Mr Owen Pryce]"), a tool's
 * column the reader did not pair with its bodies.  A table's rows ("1
 * North East 412 430 455 2 North West …", tablerow.h) are no such run.
 * *first gets the first number of the first run, *highest the last
 * number of the last; both 0 if there is none.  Only the digits of the
 * text are looked at. */
#define BODY_RUN 3
#define BODY_GAP 400
#define COLUMN_RUN 4
static void body_runs_in(const char *text, int *first, int *highest)
{
    num_run bodies = {0, 0, 0}, column = {0, 0, 0};
    const char *last = NULL, *last_end = NULL, *num_end = NULL, *end;
    *first = *highest = 0;
    for (const char *p = text; p && (p = strpbrk(p, "123456789")); p = end) {
        int v = number_at(text, p, &end), run = 0;
        if (!v)
            continue;
        if (run_on(&column, v, num_end && spaces_only(num_end, (size_t)(p - num_end)),
                   COLUMN_RUN))
            run = column.start;
        num_end = end;
        if (opens_body(end)) {
            if (run_on(&bodies, v,
                       last && (size_t)(p - last) <= BODY_GAP &&
                           !evx_table_row(last_end, (size_t)(p - last_end)),
                       BODY_RUN))
                run = bodies.start;
            last = p;
            last_end = end;
        }
        if (run) {
            if (!*first)
                *first = run;
            *highest = v;
        }
    }
}

/* Warns of each unit of text holding what reads as footnote bodies. */
static void bodies_in_text(const evx_units *units, evx_diag *diag)
{
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (!holds_report_text(u))
            continue;
        int first, highest;
        body_runs_in(u->text, &first, &highest);
        if (!first)
            continue;
        const char *f;
        long line;
        where_of(u, &f, &line);
        evx_diag_add(diag, EVX_DIAG_WARNING, f, line,
                     "%s holds what reads as footnote bodies %d, %d, %d …: "
                     "a block of footnotes not read as one ran into its "
                     "text, and those footnotes are not units",
                     u->id, first, first + 1, first + 2);
    }
}

/* Does a closing quotation mark end just before s[b]? */
static int close_quote_before(const char *s, size_t b)
{
    static const char *const quotes[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\""};
    for (size_t i = 0; i < sizeof quotes / sizeof quotes[0]; i++) {
        size_t k = strlen(quotes[i]);
        if (b >= k && memcmp(s + b - k, quotes[i], k) == 0)
            return 1;
    }
    return 0;
}

/* Does a sentence end just before s[b]: a closing quotation mark, or a
 * stop after one, a letter or a bracket ("at all”.", "services.",
 * "(2019).")? */
static int sentence_end_before(const char *s, size_t b)
{
    if (close_quote_before(s, b))
        return 1;
    return b >= 2 && strchr(".!?", s[b - 1]) &&
           (evx_ascii_alpha((unsigned char)s[b - 2]) || s[b - 2] == ')' ||
            close_quote_before(s, b - 1));
}

/* Is s[b] inside a web address (its word holds a slash)? */
static int in_address(const char *s, size_t b)
{
    for (size_t i = b; i > 0 && !evx_ascii_space((unsigned char)s[i - 1]); i--)
        if (s[i - 1] == '/')
            return 1;
    return 0;
}

int evx_unitcheck_note_cites(const evx_unit *u)
{
    if (!u || u->type != EVX_UNIT_FOOTNOTE || !u->text)
        return 0;
    const char *s = u->text;
    size_t n = strlen(s), b, e, mb;
    for (b = 1; b < n; b = e + 1) {
        for (e = b; e < n && evx_ascii_digit((unsigned char)s[e]); e++)
            ;
        long num;
        if (e > b && !evx_ascii_digit((unsigned char)s[b - 1]) &&
            sentence_end_before(s, b) && !in_address(s, b) &&
            evx_mark_glued(NULL, s, n, b, e, &mb, &num) && mb == b)
            return (int)num;
    }
    return 0;
}

/* Warns of each footnote whose text cites a footnote. */
static void notes_citing(const evx_units *units, evx_diag *diag)
{
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        int cited = evx_unitcheck_note_cites(u);
        if (!cited)
            continue;
        const char *f;
        long line;
        where_of(u, &f, &line);
        evx_diag_add(diag, EVX_DIAG_WARNING, f, line,
                     "%s cites footnote %d with a marker, as the report's "
                     "text does and a footnote's body does not: text after "
                     "a footnote list (a paragraph, a heading) read as a "
                     "footnote, not indexed as what it is",
                     u->id, cited);
    }
}

int evx_unitcheck_holds_bodies(const evx_unit *u)
{
    int first = 0, highest = 0;
    if (u && holds_report_text(u))
        body_runs_in(u->text, &first, &highest);
    return first != 0;
}

int evx_unitcheck_highest_body(const evx_units *units)
{
    int top = 0;
    for (size_t i = 0; units && i < units->len; i++) {
        const evx_unit *u = units->items[i];
        int first, highest;
        if (!holds_report_text(u))
            continue;
        body_runs_in(u->text, &first, &highest);
        if (highest > top)
            top = highest;
    }
    return top;
}

/* The footnotes a file's units hold and cite: the highest body, the
 * highest number cited, the lowest cited above that body, and the unit
 * that ends last (its line in *end). */
typedef struct file_notes {
    int body, cited, missing;
    const evx_unit *last;
    long end;
} file_notes;

static int of_file(const evx_unit *u, const char *file)
{
    return u->n_sources && u->sources[0].file &&
           strcmp(u->sources[0].file, file) == 0;
}

static void notes_of(file_notes *fn, const evx_units *units, const char *file)
{
    memset(fn, 0, sizeof *fn);
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (!of_file(u, file))
            continue;
        if (u->type == EVX_UNIT_FOOTNOTE && u->number > fn->body)
            fn->body = u->number;
        for (size_t k = 0; k < u->n_footnotes; k++)
            if (u->footnotes[k] > fn->cited)
                fn->cited = u->footnotes[k];
        if (u->sources[0].end_line >= fn->end) {
            fn->end = u->sources[0].end_line;
            fn->last = u;
        }
    }
    fn->missing = fn->cited;
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        for (size_t k = 0; of_file(u, file) && k < u->n_footnotes; k++)
            if (u->footnotes[k] > fn->body && u->footnotes[k] < fn->missing)
                fn->missing = u->footnotes[k];
    }
}

int evx_unitcheck_notes_cut(const evx_units *units, const char *file,
                            long last_line, evx_diag *diag)
{
    file_notes fn;
    if (!units || !file)
        return 0;
    notes_of(&fn, units, file);
    if (!fn.last || fn.end < last_line || fn.cited <= fn.body)
        return 0;
    if (fn.last->type == EVX_UNIT_FOOTNOTE)
        evx_diag_add(diag, EVX_DIAG_WARNING, file, last_line,
                     "text ends inside its footnote list, at footnote %d, "
                     "though the text cites footnotes %d-%d: their bodies "
                     "are not in the file (file truncated?)",
                     fn.body, fn.missing, fn.cited);
    else
        evx_diag_add(diag, EVX_DIAG_WARNING, file, last_line,
                     "text ends with %s, before the bodies of footnotes "
                     "%d-%d that it cites (file truncated?)",
                     fn.last->id, fn.missing, fn.cited);
    return 1;
}

/* A paragraph's number and the line it starts at. */
typedef struct para_at {
    int number;
    long line;
} para_at;

static int para_at_cmp(const void *a, const void *b)
{
    const para_at *x = a, *y = b;
    if (x->number != y->number)
        return (x->number > y->number) - (x->number < y->number);
    return (x->line > y->line) - (x->line < y->line);
}

/* The paragraphs of units (of file's only, if file), in number order, into
 * v (room for units->len); returns how many. */
static size_t paragraphs_of(para_at *v, const evx_units *units,
                            const char *file)
{
    size_t n = 0;
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == EVX_UNIT_PARAGRAPH && u->number > 0 &&
            (!file || of_file(u, file)))
            v[n++] = (para_at){u->number, u->n_sources ? u->sources[0].line
                                                      : 0};
    }
    if (n)
        qsort(v, n, sizeof *v, para_at_cmp);
    return n;
}

/* Whether number x is among all[0..n) (in number order). */
static int has_number(const para_at *all, size_t n, int x)
{
    para_at key = {x, 0};
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (all[mid].number < key.number)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && all[lo].number == x;
}

size_t evx_unitcheck_paragraph_gaps(const evx_units *units, const char *file,
                                    evx_diag *diag)
{
    if (!units || !file || !units->len)
        return 0;
    para_at *all = malloc(units->len * sizeof *all);
    para_at *own = malloc(units->len * sizeof *own);
    size_t missing = 0;
    if (all && own) {
        size_t n_all = paragraphs_of(all, units, NULL);
        size_t n_own = paragraphs_of(own, units, file);
        for (size_t i = 1; i < n_own; i++) {
            int a = own[i - 1].number, b = own[i].number;
            int gap = a == b ? 0 : evx_para_gap(a, b), lost = 0;
            for (int x = b - gap; x < b; x++)
                lost += !has_number(all, n_all, x);
            if (lost <= 0)
                continue;
            char at[24], was[24];
            evx_para_print(b, at, sizeof at);
            evx_para_print(a, was, sizeof was);
            evx_diag_add(diag, EVX_DIAG_WARNING, file, own[i].line,
                         "paragraph %s follows paragraph %s: %d missing", at,
                         was, lost);
            missing += (size_t)lost;
        }
    }
    free(all);
    free(own);
    return missing;
}

evx_status evx_unitcheck_report(const evx_units *units, evx_diag *diag)
{
    evx_status st = shared_ids(units, diag);
    if (!st) {
        overlong(units, diag);
        bodies_in_text(units, diag);
        notes_citing(units, diag);
    }
    return st;
}
