/*
 * fuzz_report.c - libFuzzer target for the index side's parsing path: the
 * bytes are loaded as a corpus file (evx_text_from_memory: CRLF, NUL and
 * invalid UTF-8 repair, binary refusal), read by both report readers
 * (pdf-text and html-text), the two renderings merged, footnotes linked,
 * the witness registry built and quotations attributed, as
 * indexer/pipeline.c does for a report; then every unit goes through its
 * JSON form and back (what the index stores and the query tool reads), and
 * each unit with quotations is printed as `--cite` and `show` print it, its
 * block quotations in its text.  Everything is freed, so LeakSanitizer sees any leak.
 *
 * Checks beyond "no crash, no leak, no UB": each unit has an id, its JSON
 * parses back with the same id, every source line lies inside the file,
 * and block quotations are placed in order inside their unit's text.
 * See fuzz/README.md.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "buf.h"
#include "diag.h"
#include "format.h"
#include "merge.h"
#include "pdftext.h"
#include "source.h"
#include "tok.h"
#include "unit.h"
#include "webtext.h"

#define REPORT_FILE "corpus/fuzz.txt"
#define REPORT_ID "HC 650"

static void report_fail(const char *what, const evx_unit *u)
{
    fprintf(stderr, "fuzz_report: invariant broken: %s (unit %s)\n", what,
            u && u->id ? u->id : "?");
    abort();
}

/* Each unit: an id; JSON that reads back to the same id; source lines in
 * the file. */
static void report_check_units(const evx_units *units, size_t n_lines)
{
    evx_buf json = EVX_BUF_INIT;
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        evx_unit *back = NULL;
        if (!u->id || !*u->id)
            report_fail("unit without id", u);
        for (size_t s = 0; s < u->n_sources; s++) {
            const evx_source *src = &u->sources[s];
            if (src->line < 1 || (size_t)src->line > n_lines ||
                src->end_line < src->line || (size_t)src->end_line > n_lines)
                report_fail("source line outside the file", u);
        }
        evx_buf_clear(&json);
        evx_unit_to_json(u, &json);
        if (evx_buf_status(&json))
            continue; /* out of memory: nothing to compare */
        evx_status st = evx_unit_from_json(&back, json.data, json.len);
        if (st == EVX_NOMEM)
            continue;
        if (st || strcmp(back->id, u->id) != 0 || back->type != u->type)
            report_fail("unit JSON does not read back", u);
        evx_unit_free(back);
    }
    evx_buf_free(&json);
}

/* The block quotations of u (those of units naming it as parent, in list
 * order) placed in its text in order and within it, and u printed with
 * them as --cite and show print it. */
static void report_check_quotes(const evx_units *units, const evx_unit *u,
                                evx_buf *out)
{
    evx_unit *items[64];
    evx_units qs = EVX_UNITS_INIT; /* over items, borrowed: never freed */
    size_t at[64], n = 0, last = 0, len = u->text ? strlen(u->text) : 0;
    evx_out_hit h = {1, 1, u, NULL, NULL, NULL, 0, 0, &qs, NULL, 0};
    evx_fmt_opts fo = {0, 1, 80, 0};

    for (size_t i = 0; i < units->len && n < 64; i++)
        if (units->items[i]->parent && u->id &&
            strcmp(units->items[i]->parent, u->id) == 0)
            items[n++] = units->items[i];
    if (!n)
        return;
    qs.items = items;
    qs.len = qs.cap = n;
    evx_format_quote_places(u->text, &qs, at);
    for (size_t i = 0; i < n; i++) {
        if (at[i] == SIZE_MAX)
            continue;
        if (at[i] < last || at[i] > len)
            report_fail("block quotation placed out of order or text", u);
        last = at[i];
    }
    evx_format_cite(out, &h, NULL);
    evx_format_human(out, &h, &fo);
    evx_buf_clear(out);
}

static void report_check_all_quotes(const evx_units *units)
{
    evx_buf out = EVX_BUF_INIT;
    for (size_t i = 0; i < units->len; i++)
        if (units->items[i]->type != EVX_UNIT_QUOTATION)
            report_check_quotes(units, units->items[i], &out);
    evx_buf_free(&out);
}

/* One rendering's units (its own footnotes linked by the reader). */
static void report_read_one(evx_units *out, const evx_text *t, int web,
                     evx_diag *diag)
{
    if (web)
        evx_webtext_parse(out, t, REPORT_ID, diag);
    else
        evx_pdftext_parse(out, t, REPORT_ID, diag);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static evx_tok *tok; /* made once: loading the stemmer is slow */
    evx_diag *diag = NULL;
    evx_text *t = NULL;
    evx_units pdf = EVX_UNITS_INIT, web = EVX_UNITS_INIT;
    evx_registry *reg = NULL;

    if (!tok && evx_tok_new(&tok))
        abort();
    if (evx_diag_new(&diag))
        abort();
    if (evx_text_from_memory(&t, REPORT_FILE, (const char *)data, size, diag))
        goto done;
    size_t n_lines = evx_text_lines(t);
    report_read_one(&pdf, t, 0, diag);
    report_read_one(&web, t, 1, diag);
    report_check_units(&pdf, n_lines);
    report_check_units(&web, n_lines);
    if (evx_merge_units(&pdf, &web, diag) == EVX_OK &&
        evx_merge_link_footnotes(&pdf, diag) == EVX_OK &&
        evx_registry_build(&reg, &pdf, tok) == EVX_OK)
        evx_attrib_resolve(&pdf, reg, tok, diag);
    report_check_units(&pdf, n_lines);
    report_check_all_quotes(&pdf);
    /* Print the diags somewhere cheap, to run the formatting code too. */
    {
        FILE *f = fopen("/dev/null", "w");
        if (f) {
            evx_diag_print(diag, f, "fuzz_report", EVX_DIAG_NOTE);
            fclose(f);
        }
    }
done:
    evx_registry_free(reg);
    evx_units_free(&pdf);
    evx_units_free(&web);
    evx_text_free(t);
    evx_diag_free(diag);
    return 0;
}
