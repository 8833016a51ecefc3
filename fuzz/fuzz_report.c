/*
 * fuzz_report.c - libFuzzer target for the index side's parsing path: the
 * bytes are loaded as a corpus file (evx_text_from_memory: CRLF, NUL and
 * invalid UTF-8 repair, binary refusal), read by both report readers
 * (pdf-text and html-text), the two renderings merged, footnotes linked,
 * the witness registry built and quotations attributed, as
 * indexer/pipeline.c does for a report; then every unit goes through its
 * JSON form and back (what the index stores and the query tool reads).
 * Everything is freed, so LeakSanitizer sees any leak.
 *
 * Checks beyond "no crash, no leak, no UB": each unit has an id, its JSON
 * parses back with the same id, and every source line lies inside the file.
 * See fuzz/README.md.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "buf.h"
#include "diag.h"
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
