/*
 * pipeline.c - one report from manifest lines to attributed units.  Each
 * file read keeps a coverage (the file's words) until its report is
 * merged; then the file is measured against the report's finished units,
 * so that text no unit holds is reported (stats.h), never lost silently.
 */
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "coverage.h"
#include "merge.h"
#include "pdfextract.h"
#include "pdftext.h"
#include "repeat.h"
#include "source.h"
#include "unitcheck.h"
#include "webtext.h"

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

/* Reads text with its rendering's reader into out, each part of it pasted
 * twice read once (repeat.h, warned once the units are read), and makes
 * j's coverage of the text read.  Warns as well of a text that ends
 * before the footnotes it cites (unitcheck.h).  Either makes the file
 * read in part (exit 1). */
static evx_status read_once(evx_units *out, const evx_text *text,
                            const char *rendering, file_job *j,
                            evx_diag *diag)
{
    evx_repeat found[EVX_REPEAT_MAX];
    size_t n = 0;
    evx_text *once = NULL;
    evx_status st = evx_repeat_drop(&once, found, EVX_REPEAT_MAX, &n, text);
    const evx_text *read = once ? once : text;
    if (!st)
        st = evx_coverage_new(&j->coverage, read);
    if (!st)
        st = read_rendering(out, read, rendering, j, diag);
    /* a reader that found the text cut short has said so */
    if (!st && !evx_coverage_is_read_in_part(j->coverage) &&
        evx_unitcheck_notes_cut(out, j->name,
                                (long)evx_text_last_line(read), diag))
        evx_coverage_read_in_part(j->coverage);
    for (size_t i = 0; !st && i < n; i++) {
        evx_repeat_warn(&found[i], out, j->name, diag);
        evx_coverage_read_in_part(j->coverage);
    }
    /* bytes replaced (invalid UTF-8, NULs) are text not read */
    if (!st && evx_text_damaged(text))
        evx_coverage_read_in_part(j->coverage);
    evx_text_free(once);
    return st;
}

/* Gives the sources in text's file of units [from, out->len) the file's
 * own byte columns (source.h: a rewritten text's columns moved). */
static void file_columns(evx_units *out, size_t from, const evx_text *text)
{
    const char *name = evx_text_name(text);
    for (size_t i = from; i < out->len; i++) {
        evx_unit *u = out->items[i];
        for (size_t k = 0; k < u->n_sources; k++) {
            evx_source *src = &u->sources[k];
            if (src->file && strcmp(src->file, name) == 0 && src->line > 0)
                src->col = evx_text_file_col(text, (size_t)src->line, src->col);
        }
    }
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
    /* A file that could not be loaded (empty, binary, too large) has had
     * its one line from the loader. */
    int loaded = st == EVX_OK;
    if (st == EVX_NOT_FOUND || st == EVX_IO)
        cannot_read(j, st, diag);
    size_t from = out->len;
    if (!st)
        st = read_once(out, text, rendering, j, diag);
    if (!st)
        file_columns(out, from, text);
    if (st == EVX_PARSE && loaded)
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
    evx_status st = evx_unitcheck_report(units, diag);
    if (!st)
        st = evx_merge_link_footnotes(units, diag);
    if (!st)
        st = evx_merge_place_recommendations(units);
    if (!st)
        st = evx_registry_build(&reg, units, tok);
    if (!st)
        st = evx_attrib_resolve(units, reg, tok, diag);
    evx_registry_free(reg);
    return st;
}

/* Measures the file of j against the finished units of its report, warns
 * if it falls short, tallies it; frees its coverage. */
static evx_status measure_file(file_job *j, const evx_units *units,
                               const evx_pipeline_ctx *ctx)
{
    evx_coverage_result r;
    evx_status st = evx_coverage_measure(&r, j->coverage, units);
    unsigned placed = evx_coverage_percent(&r);
    unsigned furniture = evx_coverage_furniture_percent(&r);
    if (!st && r.paragraphs == 0)
        evx_diag_add(ctx->diag, EVX_DIAG_WARNING, j->name, 0,
                     "no numbered paragraph found in this file");
    if (!st && placed < EVX_PIPELINE_MIN_COVERAGE)
        evx_diag_add(ctx->diag, EVX_DIAG_WARNING, j->name, 0,
                     "only %u%% of its text is in units (under %d%%; "
                     "see the coverage report)", placed,
                     EVX_PIPELINE_MIN_COVERAGE);
    if (!st && furniture > EVX_PIPELINE_MAX_FURNITURE)
        evx_diag_add(ctx->diag, EVX_DIAG_WARNING, j->name, 0,
                     "%u%% of its text was taken for page furniture (cover, "
                     "contents, headers; over %d%%: see the coverage report)",
                     furniture, EVX_PIPELINE_MAX_FURNITURE);
    /* a unit that parts not recognised ran into, or that holds footnote
     * bodies read as its text (unitcheck.h warns of both), a file read in
     * part (cut short, or a part pasted twice), or paragraph numbers it
     * skips that no file of the report has (warned here), leave it partly
     * read, however much of it is in units */
    int overlong = r.in_part;
    if (!st && evx_unitcheck_paragraph_gaps(units, j->name, ctx->diag))
        overlong = 1;
    for (size_t i = 0; i < units->len && !overlong; i++)
        overlong = units->items[i]->n_sources &&
                   strcmp(units->items[i]->sources[0].file, j->name) == 0 &&
                   (evx_unitcheck_overlong(units->items[i]) > 0 ||
                    evx_unitcheck_holds_bodies(units->items[i]) ||
                    /* the report's text read as a footnote */
                    evx_unitcheck_note_cites(units->items[i]));
    if (!st && ctx->stats)
        evx_stats_add_file(ctx->stats, j->name, &r,
                           r.paragraphs == 0 ||
                               placed < EVX_PIPELINE_MIN_COVERAGE ||
                               furniture > EVX_PIPELINE_MAX_FURNITURE || overlong);
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
            evx_stats_add_unread(ctx->stats);
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
        evx_stats_add_unread(ctx->stats);
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
