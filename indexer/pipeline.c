/*
 * pipeline.c - one report from manifest lines to attributed units, and the
 * end-of-run report.  Each file read keeps a coverage (the file's words)
 * until its report is merged; then the file is measured against the
 * report's finished units, so that text no unit holds is reported, never
 * lost silently.
 */
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "buf.h"
#include "coverage.h"
#include "json.h"
#include "merge.h"
#include "paranum.h"
#include "pdfextract.h"
#include "pdftext.h"
#include "source.h"
#include "webtext.h"

#define DETAIL_REPORTS 20 /* reports whose gaps are listed one by one */
#define DETAIL_FILES 40   /* files whose coverage is listed */
#define SHOWN_STRETCHES 3 /* unplaced stretches listed per file */

evx_status evx_pipeline_reports(const evx_manifest *m,
                                int (*cb)(void *ctx, const char *report),
                                void *ctx)
{
    for (size_t i = 0; i < m->n; i++) {
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(m->entries[j].report, m->entries[i].report) == 0;
        if (!seen && cb(ctx, m->entries[i].report))
            break;
    }
    return EVX_OK;
}

/* One file to read: where it is, how messages name it, how to read it, and
 * the manifest line naming it (0 outside a manifest). */
typedef struct file_job {
    const char *path, *name, *rendering, *report;
    long manifest_line;
    /* The file's words, made once it is loaded: its reader declares here
     * the lines it leaves out on purpose (evx_coverage_furniture); the
     * pipeline measures it once the report is merged, then frees it. */
    evx_coverage *coverage;
} file_job;

/* Reads one loaded text with its rendering's reader into out. */
static evx_status read_rendering(evx_units *out, const evx_text *text,
                                 const char *rendering, const file_job *j,
                                 evx_diag *diag)
{
    evx_read_opts o = {j->report, diag, j->coverage};
    if (strcmp(rendering, "html-text") == 0)
        return evx_webtext_read(out, text, &o);
    return evx_pdftext_read(out, text, &o);
}

/* Says why a file could not be loaded, naming the manifest line that named
 * it, the place to fix. */
static void cannot_read(const file_job *j, evx_status st, evx_diag *diag)
{
    if (j->manifest_line > 0)
        evx_diag_add(diag, EVX_DIAG_ERROR, j->name, 0,
                     "cannot read file: %s (named on line %ld of the "
                     "manifest)", evx_status_str(st), j->manifest_line);
    else
        evx_diag_add(diag, EVX_DIAG_ERROR, j->name, 0, "cannot read file: %s",
                     evx_status_str(st));
}

/* Loads and reads one file, leaving its coverage in j; a failure is
 * reported in diag by the loader or here, and returned (then j has no
 * coverage).  A PDF (by its name, or rendering "pdf") has its text
 * extracted first and is read as pdf-text. */
static evx_status read_file(evx_units *out, file_job *j, evx_diag *diag)
{
    evx_text *text = NULL;
    int pdf = evx_pdf_path(j->path) || strcmp(j->rendering, "pdf") == 0;
    const char *rendering = pdf ? "pdf-text" : j->rendering;
    evx_status st = pdf ? evx_pdf_extract(&text, j->path, j->name, diag)
                        : evx_text_load(&text, j->path, j->name, diag);
    if (st == EVX_NOT_FOUND || st == EVX_IO)
        cannot_read(j, st, diag);
    if (!st)
        st = evx_coverage_new(&j->coverage, text);
    if (!st)
        st = read_rendering(out, text, rendering, j, diag);
    if (st == EVX_PARSE)
        evx_diag_add(diag, EVX_DIAG_ERROR, j->name, 0,
                     "nothing in this file looks like a %s report rendering",
                     rendering);
    if (st) {
        evx_coverage_free(j->coverage);
        j->coverage = NULL;
    }
    evx_text_free(text);
    return st;
}

/* Links footnotes and attributes quotations: the steps after merging. */
static evx_status finish_units(evx_units *units, evx_tok *tok, evx_diag *diag)
{
    evx_registry *reg = NULL;
    evx_status st = evx_merge_link_footnotes(units, diag);
    if (!st)
        st = evx_merge_place_recommendations(units);
    if (!st)
        st = evx_registry_build(&reg, units, tok);
    if (!st)
        st = evx_attrib_resolve(units, reg, tok, diag);
    evx_registry_free(reg);
    return st;
}

static void stats_add_file(evx_pipeline_stats *st, const char *name,
                           const evx_coverage_result *r);
static void stats_add_unread(evx_pipeline_stats *st);

/* The share of r in whole percent, rounded down (so 79.9 is under 80). */
static unsigned percent(const evx_coverage_result *r)
{
    return (unsigned)(evx_coverage_share(r) * 100.0 + 1e-9);
}

/* The share of r's words taken for furniture, in whole percent. */
static unsigned furniture_percent(const evx_coverage_result *r)
{
    return r->words ? (unsigned)(r->furniture * 100 / r->words) : 0;
}

/* Measures the file of j against the finished units of its report, warns
 * if it falls short, tallies it; frees its coverage. */
static evx_status measure_file(file_job *j, const evx_units *units,
                               const evx_pipeline_ctx *ctx)
{
    evx_coverage_result r;
    evx_status st = evx_coverage_measure(&r, j->coverage, units);
    if (!st && r.paragraphs == 0)
        evx_diag_add(ctx->diag, EVX_DIAG_WARNING, j->name, 0,
                     "no numbered paragraph found in this file");
    if (!st && percent(&r) < EVX_PIPELINE_MIN_COVERAGE)
        evx_diag_add(ctx->diag, EVX_DIAG_WARNING, j->name, 0,
                     "only %u%% of its text is in units (under %d%%; "
                     "see the coverage report)", percent(&r),
                     EVX_PIPELINE_MIN_COVERAGE);
    if (!st && furniture_percent(&r) > EVX_PIPELINE_MAX_FURNITURE)
        evx_diag_add(ctx->diag, EVX_DIAG_WARNING, j->name, 0,
                     "%u%% of its text was taken for page furniture (cover, "
                     "contents, headers; over %d%%: see the coverage report)",
                     furniture_percent(&r), EVX_PIPELINE_MAX_FURNITURE);
    if (!st && ctx->stats)
        stats_add_file(ctx->stats, j->name, &r);
    evx_coverage_free(j->coverage);
    j->coverage = NULL;
    return st;
}

/* Moves the units of from to the end of out. */
static evx_status move_units(evx_units *out, evx_units *from)
{
    evx_status st = EVX_OK;
    for (size_t i = 0; !st && i < from->len; i++) {
        st = evx_units_push(out, from->items[i]);
        from->items[i] = NULL;
    }
    return st;
}

/* Reads the manifest entries of report into merged, one job each in jobs
 * (*n_jobs of them read).  EVX_OK or EVX_NOMEM. */
static evx_status read_report(evx_units *merged, file_job *jobs,
                              size_t *n_jobs, const evx_manifest *m,
                              const char *report, const evx_pipeline_ctx *ctx)
{
    evx_status st = EVX_OK;
    for (size_t i = 0; i < m->n && !st; i++) {
        const evx_manifest_entry *e = &m->entries[i];
        if (strcmp(e->report, report) != 0)
            continue;
        evx_units one = EVX_UNITS_INIT;
        file_job *j = &jobs[*n_jobs];
        *j = (file_job){e->path, e->file, e->rendering, e->report, e->line,
                        NULL};
        evx_status rst = read_file(&one, j, ctx->diag);
        if (rst == EVX_NOMEM)
            st = EVX_NOMEM;
        else if (rst == EVX_OK) {
            (*n_jobs)++;
            st = evx_merge_units(merged, &one, ctx->diag);
        } else if (ctx->stats)
            stats_add_unread(ctx->stats);
        evx_units_free(&one);
    }
    return st;
}

evx_status evx_pipeline_report(evx_units *out, const evx_manifest *m,
                               const char *report,
                               const evx_pipeline_ctx *ctx)
{
    evx_units merged = EVX_UNITS_INIT;
    size_t n_jobs = 0;
    file_job *jobs = calloc(m->n ? m->n : 1, sizeof *jobs);
    evx_status st = jobs ? EVX_OK : EVX_NOMEM;

    if (!st)
        st = read_report(&merged, jobs, &n_jobs, m, report, ctx);
    if (!st && n_jobs == 0)
        st = EVX_NOT_FOUND;
    if (!st)
        st = finish_units(&merged, ctx->tok, ctx->diag);
    for (size_t i = 0; !st && i < n_jobs; i++)
        st = measure_file(&jobs[i], &merged, ctx);
    if (!st)
        st = move_units(out, &merged);
    for (size_t i = 0; jobs && i < n_jobs; i++)
        evx_coverage_free(jobs[i].coverage);
    free(jobs);
    evx_units_free(&merged);
    return st;
}

evx_status evx_pipeline_file(evx_units *out, const evx_pipeline_input *in,
                             const evx_pipeline_ctx *ctx)
{
    evx_units one = EVX_UNITS_INIT;
    file_job job = {in->path, in->name, in->rendering, in->report, 0, NULL};
    evx_status st = read_file(&one, &job, ctx->diag);
    if (st && st != EVX_NOMEM && ctx->stats)
        stats_add_unread(ctx->stats);
    if (!st)
        st = finish_units(&one, ctx->tok, ctx->diag);
    if (!st)
        st = measure_file(&job, &one, ctx);
    if (!st)
        st = move_units(out, &one);
    evx_coverage_free(job.coverage);
    evx_units_free(&one);
    return st;
}

const char *evx_pipeline_guess_rendering(const char *path)
{
    FILE *f = fopen(path, "rb");
    char line[256];
    int glued = 0, spaced = 0;
    if (!f)
        return "pdf-text";
    for (int n = 0; n < 2000 && fgets(line, sizeof line, f); n++) {
        size_t i = 0;
        while (line[i] >= '0' && line[i] <= '9')
            i++;
        if (i == 0 || i > 3 || line[i] != '.')
            continue;
        if (line[i + 1] == ' ')
            spaced++;
        else if (line[i + 1] >= 'A' && line[i + 1] <= 'Z')
            glued++;
    }
    fclose(f);
    return glued > spaced ? "html-text" : "pdf-text";
}

/* ---- the end-of-run report ------------------------------------------- */

struct evx_pipeline_stats {
    size_t by_type[EVX_UNIT_TYPE_COUNT];
    size_t by_kind[5]; /* oral written document other unknown */
    size_t reports;
    size_t paragraph_gaps;  /* missing paragraph numbers, all reports */
    size_t footnotes_found;
    size_t footnotes_missing;
    evx_buf detail;         /* per-report lines, first DETAIL_REPORTS */
    size_t files;           /* files measured */
    size_t files_unread;    /* files that could not be read */
    size_t files_short;     /* under the coverage floor or no paragraph */
    evx_buf coverage;       /* per-file lines, first DETAIL_FILES */
    evx_buf coverage_json;  /* per-file objects, comma-separated */
};

evx_status evx_pipeline_stats_new(evx_pipeline_stats **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? EVX_OK : EVX_NOMEM;
}

void evx_pipeline_stats_free(evx_pipeline_stats *st)
{
    if (!st)
        return;
    evx_buf_free(&st->detail);
    evx_buf_free(&st->coverage);
    evx_buf_free(&st->coverage_json);
    free(st);
}

static const char *const kinds[5] = {"oral", "written", "document", "other",
                                     "unknown"};

static void count_kind(evx_pipeline_stats *st, const evx_unit *u)
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
static void add_report_detail(evx_pipeline_stats *st, const evx_units *units)
{
    const char *report = units->len ? units->items[0]->report : "?";
    int max_para = highest(units, EVX_UNIT_PARAGRAPH);
    int max_fn = highest(units, EVX_UNIT_FOOTNOTE);
    int max_rec = highest(units, EVX_UNIT_RECOMMENDATION);
    int max = max_para > max_fn ? max_para : max_fn;
    if (max_rec > max)
        max = max_rec;
    unsigned char *flags = calloc((size_t)max + 2, 1);
    evx_buf gaps = EVX_BUF_INIT, fns = EVX_BUF_INIT;
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
    evx_buf recs = EVX_BUF_INIT;
    memset(flags, 0, (size_t)max + 2);
    mark(flags, max_rec, units, EVX_UNIT_RECOMMENDATION);
    size_t rec_missing = list_missing(&recs, flags, max_rec);
    st->paragraph_gaps += para_missing;
    st->footnotes_missing += fn_missing;
    st->footnotes_found += (size_t)max_fn - fn_missing;
    if (st->reports <= DETAIL_REPORTS) {
        evx_buf_printf(&st->detail,
                       "%s: paragraphs %s-%s, %zu missing%s%s\n", report,
                       from, max_para || lo ? to : "0", para_missing,
                       para_missing ? ": " : "", evx_buf_str(&gaps));
        evx_buf_printf(&st->detail,
                       "%s: footnote bodies %zu of %d found, missing: %s\n",
                       report, (size_t)max_fn - fn_missing, max_fn,
                       fn_missing ? evx_buf_str(&fns) : "none");
        if (rec_missing)
            evx_buf_printf(&st->detail,
                           "%s: recommendations 1-%d, %zu missing: %s\n",
                           report, max_rec, rec_missing, evx_buf_str(&recs));
    }
    evx_buf_free(&recs);
    evx_buf_free(&gaps);
    evx_buf_free(&fns);
    free(flags);
}

void evx_pipeline_stats_add(evx_pipeline_stats *st, const evx_units *units)
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

size_t evx_pipeline_stats_unread(const evx_pipeline_stats *st)
{
    return st->files_unread;
}

size_t evx_pipeline_stats_short(const evx_pipeline_stats *st)
{
    return st->files_short;
}

static void stats_add_unread(evx_pipeline_stats *st)
{
    st->files_unread++;
}

/* The coverage line of one file and its largest unplaced stretches. */
static void put_coverage(evx_buf *b, const char *name,
                         const evx_coverage_result *r)
{
    evx_buf_printf(b, "%s: %u%% of its text in units (%zu of %zu words; "
                      "%zu words of page furniture)\n",
                   name, percent(r), r->placed, r->words - r->furniture,
                   r->furniture);
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

static void stats_add_file(evx_pipeline_stats *st, const char *name,
                           const evx_coverage_result *r)
{
    if (r->paragraphs == 0 || percent(r) < EVX_PIPELINE_MIN_COVERAGE ||
        furniture_percent(r) > EVX_PIPELINE_MAX_FURNITURE)
        st->files_short++;
    if (st->files++ < DETAIL_FILES)
        put_coverage(&st->coverage, name, r);
    if (st->coverage_json.len)
        evx_buf_putc(&st->coverage_json, ',');
    evx_buf_puts(&st->coverage_json, "{\"file\":");
    evx_json_put_cstr(&st->coverage_json, name);
    evx_buf_printf(&st->coverage_json,
                   ",\"words\":%zu,\"placed\":%zu,\"furniture\":%zu,"
                   "\"paragraphs\":%zu}",
                   r->words, r->placed, r->furniture, r->paragraphs);
}

/* Writes each line of b to f, prefixed by prog. */
static void print_lines(const evx_buf *b, FILE *f, const char *prog)
{
    const char *line = evx_buf_str(b);
    while (*line) {
        const char *nl = strchr(line, '\n');
        int n = nl ? (int)(nl - line) : (int)strlen(line);
        fprintf(f, "%s: %.*s\n", prog, n, line);
        line += n + (nl ? 1 : 0);
    }
}

void evx_pipeline_stats_print(const evx_pipeline_stats *st,
                              const evx_diag *diag, FILE *f, const char *prog,
                              int verbose)
{
    fprintf(f, "%s: %zu report(s); units:", prog, st->reports);
    for (int t = 0; t < EVX_UNIT_TYPE_COUNT; t++)
        fprintf(f, " %s %zu%s", evx_unit_type_name((evx_unit_type)t),
                st->by_type[t], t + 1 < EVX_UNIT_TYPE_COUNT ? "," : "\n");
    fprintf(f, "%s: quotations by speaker kind:", prog);
    for (int k = 0; k < 5; k++)
        fprintf(f, " %s %zu%s", kinds[k], st->by_kind[k], k < 4 ? "," : "\n");
    print_lines(&st->detail, f, prog);
    if (st->reports > DETAIL_REPORTS)
        fprintf(f, "%s: (details for the first %d reports only)\n", prog,
                DETAIL_REPORTS);
    print_lines(&st->coverage, f, prog);
    if (st->files > DETAIL_FILES)
        fprintf(f, "%s: (coverage listed for the first %d files only)\n",
                prog, DETAIL_FILES);
    fprintf(f, "%s: %zu paragraph gap(s); footnote bodies %zu found, %zu "
               "missing; %zu warning(s), %zu error(s)\n",
            prog, st->paragraph_gaps, st->footnotes_found,
            st->footnotes_missing, evx_diag_count(diag, EVX_DIAG_WARNING),
            evx_diag_count(diag, EVX_DIAG_ERROR));
    evx_diag_print(diag, f, prog, verbose ? EVX_DIAG_NOTE : EVX_DIAG_WARNING);
}

void evx_pipeline_stats_json(const evx_pipeline_stats *st, evx_buf *b)
{
    evx_buf_puts(b, "{\"reports\":");
    evx_buf_printf(b, "%zu,\"units\":{", st->reports);
    for (int t = 0; t < EVX_UNIT_TYPE_COUNT; t++)
        evx_buf_printf(b, "%s\"%s\":%zu", t ? "," : "",
                       evx_unit_type_name((evx_unit_type)t), st->by_type[t]);
    evx_buf_printf(b, "},\"paragraph_gaps\":%zu,\"footnotes_found\":%zu,"
                      "\"footnotes_missing\":%zu,\"files_unread\":%zu,"
                      "\"files\":[%s]}",
                   st->paragraph_gaps, st->footnotes_found,
                   st->footnotes_missing, st->files_unread,
                   evx_buf_str(&st->coverage_json));
}
