/*
 * stats.c - the end-of-run report: tallies of what a run read, and the
 * lines that list its reports and files one by one.  Each listed line is
 * an entry tagged with its report's place in the manifest, so tallies
 * saved by worker processes and loaded into the builder's list in the
 * same order as one process's would.
 */
#include "stats.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "json.h"
#include "paranum.h"
#include "unitcheck.h"

#define DETAIL_REPORTS 20 /* reports whose gaps are listed one by one */
#define DETAIL_FILES 40   /* files whose coverage is listed */
#define SHOWN_STRETCHES 3 /* unplaced stretches listed per file */
#define MAX_ENTRY (1u << 24) /* a saved entry's length, at most */

static const char *const kinds[5] = {"oral", "written", "document", "other",
                                     "unknown"};

/* One listed line (or lines): its report's place, then the order added. */
typedef struct entry {
    size_t seq, sub;
    char *text;
} entry;

typedef struct entry_list {
    entry *items;
    size_t n, cap;
} entry_list;

enum { LIST_DETAIL, LIST_COVERAGE, LIST_JSON, N_LISTS };

struct evx_stats {
    size_t by_type[EVX_UNIT_TYPE_COUNT];
    size_t by_kind[5]; /* as kinds[] */
    size_t reports;
    size_t paragraph_gaps;  /* missing paragraph numbers, all reports */
    size_t footnotes_found;
    size_t footnotes_missing;
    size_t files;           /* files measured */
    size_t files_unread;    /* files that could not be read */
    size_t files_short;     /* counted short by the caller */
    size_t seq, sub;        /* the current report's place; entries added */
    /* per-report lines (first DETAIL_REPORTS), per-file lines (first
     * DETAIL_FILES), per-file JSON objects (all) */
    entry_list lists[N_LISTS];
};

evx_status evx_stats_new(evx_stats **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? EVX_OK : EVX_NOMEM;
}

void evx_stats_free(evx_stats *st)
{
    if (!st)
        return;
    for (int l = 0; l < N_LISTS; l++) {
        for (size_t i = 0; i < st->lists[l].n; i++)
            free(st->lists[l].items[i].text);
        free(st->lists[l].items);
    }
    free(st);
}

void evx_stats_begin_report(evx_stats *st, size_t seq)
{
    st->seq = seq;
}

/* Adds an entry to list l, taking text (malloc'd; freed on failure).  The
 * listing is only a report: out of memory, the entry is left out. */
static void put_entry(entry_list *l, size_t seq, size_t sub, char *text)
{
    if (!text || evx_grow((void **)&l->items, &l->cap, l->n + 1,
                          sizeof *l->items) != EVX_OK) {
        free(text);
        return;
    }
    l->items[l->n++] = (entry){seq, sub, text};
}

/* Adds b's text as a new entry of list l, at the current place. */
static void add_entry(evx_stats *st, int l, evx_buf *b)
{
    char *text = evx_buf_status(b) ? NULL : evx_buf_detach(b);
    put_entry(&st->lists[l], st->seq, st->sub++, text);
    evx_buf_free(b);
}

static void count_kind(evx_stats *st, const evx_unit *u)
{
    const char *k = u->speaker && u->speaker->kind ? u->speaker->kind
                                                   : "unknown";
    for (size_t i = 0; i < 5; i++)
        if (strcmp(k, kinds[i]) == 0) {
            st->by_kind[i]++;
            return;
        }
    st->by_kind[4]++;
}

/* Appends "a-b" or "a" to b, comma-separated, for a run of numbers (a
 * paragraph's by chapter as printed, "3.4-3.6"). */
static void put_range(evx_buf *b, int first, int last)
{
    char x[24], y[24];
    evx_para_print(first, x, sizeof x);
    evx_para_print(last, y, sizeof y);
    if (b->len)
        evx_buf_puts(b, ", ");
    if (first == last)
        evx_buf_puts(b, x);
    else
        evx_buf_printf(b, "%s-%s", x, y);
}

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Paragraphs numbered by chapter (paranum.h): in each chapter that has
 * any, the numbers below its highest that no paragraph has, as ranges in
 * b; returns how many, *lo and *hi the lowest and highest read (0 if
 * none, or out of memory: the tally is only a report). */
static size_t by_chapter_missing(evx_buf *b, const evx_units *units, int *lo,
                                 int *hi)
{
    size_t n = 0, missing = 0;
    int *v = malloc((units->len + 1) * sizeof *v);
    *lo = *hi = 0;
    if (!v)
        return 0;
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == EVX_UNIT_PARAGRAPH && evx_para_is_by_chapter(u->number))
            v[n++] = u->number;
    }
    qsort(v, n, sizeof *v, int_cmp);
    for (size_t i = 0; i < n; i++) {
        int x = v[i], k = EVX_PARA_BY_CHAPTER;
        if (i && x == v[i - 1])
            continue;
        int first = i && v[i - 1] / k == x / k ? v[i - 1] + 1 : x / k * k + 1;
        if (x > first) {
            put_range(b, first, x - 1);
            missing += (size_t)(x - first);
        }
    }
    if (n) {
        *lo = v[0];
        *hi = v[n - 1];
    }
    free(v);
    return missing;
}

/* Lists the numbers in 1..max that flags[] does not mark, as ranges, and
 * returns how many there are. */
static size_t list_missing(evx_buf *b, const unsigned char *flags, int max)
{
    size_t missing = 0;
    for (int n = 1; n <= max; n++) {
        if (flags[n])
            continue;
        int last = n;
        while (last + 1 <= max && !flags[last + 1])
            last++;
        put_range(b, n, last);
        missing += (size_t)(last - n + 1);
        n = last;
    }
    return missing;
}

/* Highest number of the given type in units (own number), and the highest
 * footnote cited. */
static int highest(const evx_units *units, evx_unit_type type)
{
    int max = 0;
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == type && u->number > max &&
            !evx_para_is_by_chapter(u->number))
            max = u->number;
        if (type == EVX_UNIT_FOOTNOTE)
            for (size_t j = 0; j < u->n_footnotes; j++)
                if (u->footnotes[j] > max)
                    max = u->footnotes[j];
    }
    return max > 100000 ? 100000 : max;
}

/* The paragraphs a report has, by its paragraphs read and by the
 * "(Paragraph N)" its recommendations cite: paragraphs lost at the end of
 * a report (their text run into the last read) are cited still.  A
 * citation more than twice as far as the paragraphs read is taken for a
 * misreading, not for that many paragraphs. */
static int highest_paragraph(const evx_units *units)
{
    int max = highest(units, EVX_UNIT_PARAGRAPH), cited = 0;
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == EVX_UNIT_RECOMMENDATION && u->para > cited &&
            !evx_para_is_by_chapter(u->para))
            cited = u->para;
    }
    return max > 0 && cited > max && cited <= 2 * max + 20 ? cited : max;
}

static void mark(unsigned char *flags, int max, const evx_units *units,
                 evx_unit_type type)
{
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == type && u->number > 0 && u->number <= max)
            flags[u->number] = 1;
    }
}

/* Adds the paragraph and footnote tallies of one report. */
static void add_report_detail(evx_stats *st, const evx_units *units)
{
    const char *report = units->len ? units->items[0]->report : "?";
    int max_para = highest_paragraph(units);
    /* footnotes go up to the last body read, or further, to the last of
     * the bodies that ran into text (unitcheck.h) */
    int max_fn = highest(units, EVX_UNIT_FOOTNOTE);
    int run_fn = evx_unitcheck_highest_body(units);
    if (run_fn > max_fn)
        max_fn = run_fn;
    int max_rec = highest(units, EVX_UNIT_RECOMMENDATION);
    int max = max_para > max_fn ? max_para : max_fn;
    if (max_rec > max)
        max = max_rec;
    unsigned char *flags = calloc((size_t)max + 2, 1);
    evx_buf gaps = EVX_BUF_INIT, fns = EVX_BUF_INIT, recs = EVX_BUF_INIT;
    if (!flags)
        return;
    mark(flags, max_para, units, EVX_UNIT_PARAGRAPH);
    size_t para_missing = list_missing(&gaps, flags, max_para);
    int lo, hi;
    para_missing += by_chapter_missing(&gaps, units, &lo, &hi);
    char from[24] = "1", to[24];
    evx_para_print(max_para, to, sizeof to);
    if (lo) {
        evx_para_print(max_para ? 1 : lo, from, sizeof from);
        evx_para_print(hi, to, sizeof to);
    }
    memset(flags, 0, (size_t)max + 2);
    mark(flags, max_fn, units, EVX_UNIT_FOOTNOTE);
    size_t fn_missing = list_missing(&fns, flags, max_fn);
    memset(flags, 0, (size_t)max + 2);
    mark(flags, max_rec, units, EVX_UNIT_RECOMMENDATION);
    size_t rec_missing = list_missing(&recs, flags, max_rec);
    st->paragraph_gaps += para_missing;
    st->footnotes_missing += fn_missing;
    st->footnotes_found += (size_t)max_fn - fn_missing;
    if (st->lists[LIST_DETAIL].n < DETAIL_REPORTS) {
        evx_buf d = EVX_BUF_INIT;
        evx_buf_printf(&d, "%s: paragraphs %s-%s, %zu missing%s%s\n", report,
                       from, max_para || lo ? to : "0", para_missing,
                       para_missing ? ": " : "", evx_buf_str(&gaps));
        evx_buf_printf(&d, "%s: footnote bodies %zu of %d found, missing: "
                           "%s\n", report, (size_t)max_fn - fn_missing,
                       max_fn, fn_missing ? evx_buf_str(&fns) : "none");
        if (rec_missing)
            evx_buf_printf(&d, "%s: recommendations 1-%d, %zu missing: %s\n",
                           report, max_rec, rec_missing, evx_buf_str(&recs));
        add_entry(st, LIST_DETAIL, &d);
    }
    evx_buf_free(&recs);
    evx_buf_free(&gaps);
    evx_buf_free(&fns);
    free(flags);
}

void evx_stats_add_units(evx_stats *st, const evx_units *units)
{
    st->reports++;
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type < EVX_UNIT_TYPE_COUNT)
            st->by_type[u->type]++;
        if (u->type == EVX_UNIT_QUOTATION)
            count_kind(st, u);
    }
    add_report_detail(st, units);
}

size_t evx_stats_unread(const evx_stats *st)
{
    return st->files_unread;
}

size_t evx_stats_short(const evx_stats *st)
{
    return st->files_short;
}

void evx_stats_add_unread(evx_stats *st)
{
    st->files_unread++;
}

/* The coverage line of one file and its largest unplaced stretches. */
static void put_coverage(evx_buf *b, const char *name,
                         const evx_coverage_result *r)
{
    evx_buf_printf(b, "%s: %u%% of its text in units (%zu of %zu words; "
                      "%zu words of page furniture)\n",
                   name, evx_coverage_percent(r), r->placed,
                   r->words - r->furniture, r->furniture);
    for (size_t i = 0; i < r->n_stretches && i < SHOWN_STRETCHES; i++) {
        const evx_coverage_stretch *s = &r->stretches[i];
        if (s->first_line == s->last_line)
            evx_buf_printf(b, "%s: line %ld", name, s->first_line);
        else
            evx_buf_printf(b, "%s: lines %ld\u2013%ld", name, s->first_line,
                           s->last_line);
        evx_buf_printf(b, " (%zu word%s): %s\u2026\n", s->words,
                       s->words == 1 ? "" : "s", s->first_words);
    }
}

void evx_stats_add_file(evx_stats *st, const char *name,
                        const evx_coverage_result *r, int is_short)
{
    if (is_short)
        st->files_short++;
    if (st->files++ < DETAIL_FILES) {
        evx_buf c = EVX_BUF_INIT;
        put_coverage(&c, name, r);
        add_entry(st, LIST_COVERAGE, &c);
    }
    evx_buf j = EVX_BUF_INIT;
    evx_buf_puts(&j, "{\"file\":");
    evx_json_put_cstr(&j, name);
    evx_buf_printf(&j, ",\"words\":%zu,\"placed\":%zu,\"furniture\":%zu,"
                       "\"paragraphs\":%zu}",
                   r->words, r->placed, r->furniture, r->paragraphs);
    add_entry(st, LIST_JSON, &j);
}

/* ---- listing ----------------------------------------------------------- */

static int entry_cmp(const void *a, const void *b)
{
    const entry *x = *(const entry *const *)a, *y = *(const entry *const *)b;
    if (x->seq != y->seq)
        return x->seq < y->seq ? -1 : 1;
    return (x->sub > y->sub) - (x->sub < y->sub);
}

/* List l's entries in manifest order (a malloc'd array of l->n borrowed
 * pointers; NULL when empty or out of memory). */
static const entry **in_order(const entry_list *l)
{
    const entry **v = l->n ? malloc(l->n * sizeof *v) : NULL;
    for (size_t i = 0; v && i < l->n; i++)
        v[i] = &l->items[i];
    if (v)
        qsort(v, l->n, sizeof *v, entry_cmp);
    return v;
}

/* Writes each line of text to f, prefixed by prog. */
static void print_lines(const char *text, FILE *f, const char *prog)
{
    while (*text) {
        const char *nl = strchr(text, '\n');
        int n = nl ? (int)(nl - text) : (int)strlen(text);
        fprintf(f, "%s: %.*s\n", prog, n, text);
        text += n + (nl ? 1 : 0);
    }
}

/* Prints the first `most` entries of list l in manifest order. */
static void print_list(const entry_list *l, size_t most, FILE *f,
                       const char *prog)
{
    const entry **v = in_order(l);
    for (size_t i = 0; v && i < l->n && i < most; i++)
        print_lines(v[i]->text, f, prog);
    free(v);
}

void evx_stats_print(const evx_stats *st, const evx_diag *diag, FILE *f,
                     const char *prog, int verbose)
{
    fprintf(f, "%s: %zu report(s); units:", prog, st->reports);
    for (int t = 0; t < EVX_UNIT_TYPE_COUNT; t++)
        fprintf(f, " %s %zu%s", evx_unit_type_name((evx_unit_type)t),
                st->by_type[t], t + 1 < EVX_UNIT_TYPE_COUNT ? "," : "\n");
    fprintf(f, "%s: quotations by speaker kind:", prog);
    for (int k = 0; k < 5; k++)
        fprintf(f, " %s %zu%s", kinds[k], st->by_kind[k], k < 4 ? "," : "\n");
    print_list(&st->lists[LIST_DETAIL], DETAIL_REPORTS, f, prog);
    if (st->reports > DETAIL_REPORTS)
        fprintf(f, "%s: (details for the first %d reports only)\n", prog,
                DETAIL_REPORTS);
    print_list(&st->lists[LIST_COVERAGE], DETAIL_FILES, f, prog);
    if (st->files > DETAIL_FILES)
        fprintf(f, "%s: (coverage listed for the first %d files only)\n",
                prog, DETAIL_FILES);
    fprintf(f, "%s: %zu paragraph number(s) missing; footnote bodies %zu "
               "found, %zu missing; %zu warning(s), %zu error(s)\n",
            prog, st->paragraph_gaps, st->footnotes_found,
            st->footnotes_missing, evx_diag_count(diag, EVX_DIAG_WARNING),
            evx_diag_count(diag, EVX_DIAG_ERROR));
    evx_diag_print(diag, f, prog, verbose ? EVX_DIAG_NOTE : EVX_DIAG_WARNING);
}

void evx_stats_json(const evx_stats *st, evx_buf *b)
{
    evx_buf_puts(b, "{\"reports\":");
    evx_buf_printf(b, "%zu,\"units\":{", st->reports);
    for (int t = 0; t < EVX_UNIT_TYPE_COUNT; t++)
        evx_buf_printf(b, "%s\"%s\":%zu", t ? "," : "",
                       evx_unit_type_name((evx_unit_type)t), st->by_type[t]);
    evx_buf_printf(b, "},\"paragraph_gaps\":%zu,\"footnotes_found\":%zu,"
                      "\"footnotes_missing\":%zu,\"files_unread\":%zu,"
                      "\"files\":[",
                   st->paragraph_gaps, st->footnotes_found,
                   st->footnotes_missing, st->files_unread);
    const entry_list *l = &st->lists[LIST_JSON];
    const entry **v = in_order(l);
    for (size_t i = 0; v && i < l->n; i++) {
        if (i)
            evx_buf_putc(b, ',');
        evx_buf_puts(b, v[i]->text);
    }
    free(v);
    evx_buf_puts(b, "]}");
}

/* ---- handing tallies between processes ------------------------------- */

/* The figures in saved order. */
#define N_FIGURES (EVX_UNIT_TYPE_COUNT + 5 + 7)

static void figures(evx_stats *st, size_t **out)
{
    size_t k = 0;
    for (int t = 0; t < EVX_UNIT_TYPE_COUNT; t++)
        out[k++] = &st->by_type[t];
    for (int i = 0; i < 5; i++)
        out[k++] = &st->by_kind[i];
    size_t *rest[] = {&st->reports,         &st->paragraph_gaps,
                      &st->footnotes_found, &st->footnotes_missing,
                      &st->files,           &st->files_unread,
                      &st->files_short};
    for (size_t i = 0; i < sizeof rest / sizeof *rest; i++)
        out[k++] = rest[i];
}

evx_status evx_stats_save(const evx_stats *st, FILE *f)
{
    size_t *v[N_FIGURES];
    figures((evx_stats *)st, v);
    fprintf(f, "evx-stats %d", N_FIGURES);
    for (int i = 0; i < N_FIGURES; i++)
        fprintf(f, " %zu", *v[i]);
    fputc('\n', f);
    for (int l = 0; l < N_LISTS; l++)
        for (size_t i = 0; i < st->lists[l].n; i++) {
            const entry *e = &st->lists[l].items[i];
            fprintf(f, "%d %zu %zu %zu\n%s\n", l, e->seq, e->sub,
                    strlen(e->text), e->text);
        }
    fputs("end\n", f);
    return ferror(f) ? EVX_IO : EVX_OK;
}

/* Reads one saved entry, its header already read, into st. */
static evx_status load_entry(evx_stats *st, FILE *f, int l, size_t seq,
                             size_t sub, size_t len)
{
    char *text = len < MAX_ENTRY ? malloc(len + 1) : NULL;
    if (len >= MAX_ENTRY)
        return EVX_PARSE;
    if (!text)
        return EVX_NOMEM;
    if (fread(text, 1, len, f) != len || fgetc(f) != '\n') {
        free(text);
        return EVX_PARSE;
    }
    text[len] = '\0';
    put_entry(&st->lists[l], seq, sub, text);
    return EVX_OK;
}

evx_status evx_stats_load(evx_stats *st, FILE *f)
{
    size_t *v[N_FIGURES], x;
    int n = 0;
    figures(st, v);
    if (fscanf(f, " evx-stats %d", &n) != 1 || n != N_FIGURES)
        return EVX_PARSE;
    for (int i = 0; i < N_FIGURES; i++) {
        if (fscanf(f, " %zu", &x) != 1)
            return EVX_PARSE;
        *v[i] += x;
    }
    for (;;) {
        int l;
        size_t seq, sub, len;
        char nl;
        if (fscanf(f, " %d %zu %zu %zu%c", &l, &seq, &sub, &len, &nl) != 5)
            break;
        if (l < 0 || l >= N_LISTS || nl != '\n')
            return EVX_PARSE;
        evx_status s = load_entry(st, f, l, seq, sub, len);
        if (s)
            return s;
    }
    char end[4] = "";
    return fscanf(f, "%3s", end) == 1 && strcmp(end, "end") == 0 ? EVX_OK
                                                               : EVX_PARSE;
}
