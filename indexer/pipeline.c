/*
 * pipeline.c - one report from manifest lines to attributed units, and the
 * end-of-run report.
 */
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "buf.h"
#include "json.h"
#include "merge.h"
#include "pdfextract.h"
#include "pdftext.h"
#include "source.h"
#include "webtext.h"

#define DETAIL_REPORTS 20 /* reports whose gaps are listed one by one */

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

/* Reads one loaded text with its rendering's reader into out. */
static evx_status read_rendering(evx_units *out, const evx_text *text,
                                 const char *rendering, const char *report,
                                 evx_diag *diag)
{
    if (strcmp(rendering, "html-text") == 0)
        return evx_webtext_parse(out, text, report, diag);
    return evx_pdftext_parse(out, text, report, diag);
}

/* One file to read: where it is, how messages name it, how to read it, and
 * the manifest line naming it (0 outside a manifest). */
typedef struct file_job {
    const char *path, *name, *rendering, *report;
    long manifest_line;
} file_job;

/* Loads and reads one file; a failure is reported in diag by the loader or
 * here, and returned.  A file that cannot be opened is reported with the
 * manifest line that named it, the place to fix.  A PDF (by its name, or
 * rendering "pdf") has its text extracted first and is read as pdf-text. */
static evx_status read_file(evx_units *out, const file_job *j, evx_diag *diag)
{
    evx_text *text = NULL;
    int pdf = evx_pdf_path(j->path) || strcmp(j->rendering, "pdf") == 0;
    const char *rendering = pdf ? "pdf-text" : j->rendering;
    evx_status st = pdf ? evx_pdf_extract(&text, j->path, j->name, diag)
                        : evx_text_load(&text, j->path, j->name, diag);
    if ((st == EVX_NOT_FOUND || st == EVX_IO) && j->manifest_line > 0)
        evx_diag_add(diag, EVX_DIAG_ERROR, j->name, 0,
                     "cannot read file: %s (named on line %ld of the "
                     "manifest)", evx_status_str(st), j->manifest_line);
    else if (st == EVX_NOT_FOUND || st == EVX_IO)
        evx_diag_add(diag, EVX_DIAG_ERROR, j->name, 0, "cannot read file: %s",
                     evx_status_str(st));
    if (st)
        return st;
    st = read_rendering(out, text, rendering, j->report, diag);
    if (st == EVX_PARSE)
        evx_diag_add(diag, EVX_DIAG_ERROR, j->name, 0,
                     "nothing in this file looks like a %s report rendering",
                     rendering);
    evx_text_free(text);
    return st;
}

/* Links footnotes and attributes quotations: the steps after merging. */
static evx_status finish_units(evx_units *units, evx_tok *tok, evx_diag *diag)
{
    evx_registry *reg = NULL;
    evx_status st = evx_merge_link_footnotes(units, diag);
    if (!st)
        st = evx_registry_build(&reg, units, tok);
    if (!st)
        st = evx_attrib_resolve(units, reg, tok, diag);
    evx_registry_free(reg);
    return st;
}

evx_status evx_pipeline_report(evx_units *out, const evx_manifest *m,
                               const char *report, evx_tok *tok,
                               evx_diag *diag)
{
    evx_units merged = EVX_UNITS_INIT;
    evx_status st = EVX_OK;
    int files_read = 0;

    for (size_t i = 0; i < m->n && st != EVX_NOMEM; i++) {
        const evx_manifest_entry *e = &m->entries[i];
        if (strcmp(e->report, report) != 0)
            continue;
        evx_units one = EVX_UNITS_INIT;
        file_job job = {e->path, e->file, e->rendering, e->report, e->line};
        evx_status rst = read_file(&one, &job, diag);
        if (rst == EVX_NOMEM)
            st = EVX_NOMEM;
        else if (rst == EVX_OK) {
            files_read++;
            st = evx_merge_units(&merged, &one, diag);
        }
        evx_units_free(&one);
    }
    if (!st && files_read == 0)
        st = EVX_NOT_FOUND;
    if (!st)
        st = finish_units(&merged, tok, diag);
    for (size_t i = 0; !st && i < merged.len; i++) {
        st = evx_units_push(out, merged.items[i]);
        merged.items[i] = NULL;
    }
    evx_units_free(&merged);
    return st;
}

evx_status evx_pipeline_file(evx_units *out, const char *path,
                             const char *name, const char *rendering,
                             const char *report, evx_tok *tok,
                             evx_diag *diag)
{
    evx_units one = EVX_UNITS_INIT;
    file_job job = {path, name, rendering, report, 0};
    evx_status st = read_file(&one, &job, diag);
    if (!st)
        st = finish_units(&one, tok, diag);
    for (size_t i = 0; !st && i < one.len; i++) {
        st = evx_units_push(out, one.items[i]);
        one.items[i] = NULL;
    }
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

/* Appends "a-b" or "a" to b, comma-separated, for a run of numbers. */
static void put_range(evx_buf *b, int first, int last)
{
    if (b->len)
        evx_buf_puts(b, ", ");
    if (first == last)
        evx_buf_printf(b, "%d", first);
    else
        evx_buf_printf(b, "%d-%d", first, last);
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
        if (u->type == type && u->number > max)
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
    int max = max_para > max_fn ? max_para : max_fn;
    unsigned char *flags = calloc((size_t)max + 2, 1);
    evx_buf gaps = EVX_BUF_INIT, fns = EVX_BUF_INIT;
    if (!flags)
        return;
    mark(flags, max_para, units, EVX_UNIT_PARAGRAPH);
    size_t para_missing = list_missing(&gaps, flags, max_para);
    memset(flags, 0, (size_t)max + 2);
    mark(flags, max_fn, units, EVX_UNIT_FOOTNOTE);
    size_t fn_missing = list_missing(&fns, flags, max_fn);
    st->paragraph_gaps += para_missing;
    st->footnotes_missing += fn_missing;
    st->footnotes_found += (size_t)max_fn - fn_missing;
    if (st->reports <= DETAIL_REPORTS) {
        evx_buf_printf(&st->detail,
                       "%s: paragraphs 1-%d, %zu missing%s%s\n", report,
                       max_para, para_missing, para_missing ? ": " : "",
                       evx_buf_str(&gaps));
        evx_buf_printf(&st->detail,
                       "%s: footnote bodies %zu of %d found, missing: %s\n",
                       report, (size_t)max_fn - fn_missing, max_fn,
                       fn_missing ? evx_buf_str(&fns) : "none");
    }
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
    const char *line = evx_buf_str(&st->detail);
    while (*line) {
        const char *nl = strchr(line, '\n');
        int n = nl ? (int)(nl - line) : (int)strlen(line);
        fprintf(f, "%s: %.*s\n", prog, n, line);
        line += n + (nl ? 1 : 0);
    }
    if (st->reports > DETAIL_REPORTS)
        fprintf(f, "%s: (details for the first %d reports only)\n", prog,
                DETAIL_REPORTS);
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
                      "\"footnotes_missing\":%zu}",
                   st->paragraph_gaps, st->footnotes_found,
                   st->footnotes_missing);
}
