/*
 * test_attrib_corpus.c - speaker attribution on the real corpus: HC 650's
 * PDF-text and web renderings read, merged and attributed as the pipeline
 * does, against the labelled set tests/fixtures/attribution.tsv.
 */
#define _XOPEN_SOURCE 700 /* nftw (testutil.h) */

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "diag.h"
#include "merge.h"
#include "pdftext.h"
#include "source.h"
#include "tok.h"
#include "unit.h"
#include "webtext.h"
#include "testutil.h"

/* ---- the real corpus against the labelled set ---------------------------- */

#define PDF_FILE "corpus/000_d8babf2c1c9efa17.txt"
#define WEB_FILE "corpus/004_1624677fcab3ee77.txt"

static char *fold(const char *s)
{
    char *out = NULL;
    cr_assert_eq(evx_tok_fold(&out, s, strlen(s)), EVX_OK);
    return out;
}

static void load(evx_units *out, const char *rel, int web, evx_diag *d)
{
    char path[1024];
    evx_text *t = NULL;
    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, rel);
    cr_assert_eq(evx_text_load(&t, path, rel, d), EVX_OK, "cannot load %s",
                 path);
    evx_status st = web ? evx_webtext_parse(out, t, "HC 650", d)
                        : evx_pdftext_parse(out, t, "HC 650", d);
    cr_assert_eq(st, EVX_OK, "cannot parse %s", rel);
    evx_text_free(t);
}

/* The quotation whose folded text begins with the folded fragment. */
/* Collapses runs of spaces in place (line joins may differ). */
static void squeeze(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++)
        if (*r != ' ' || (w > s && w[-1] != ' '))
            *w++ = *r;
    while (w > s && w[-1] == ' ')
        w--;
    *w = '\0';
}

/* Skips spaces and quotation marks (folded to ASCII) opening s. */
static const char *skip_open(const char *s)
{
    while (*s == ' ' || *s == '"' || *s == '\'')
        s++;
    return s;
}

static const evx_unit *find_quote(const evx_units *l, const char *frag)
{
    char *f = fold(frag);
    const evx_unit *hit = NULL;
    squeeze(f);
    const char *fs = skip_open(f);
    for (size_t i = 0; i < l->len && !hit; i++) {
        const evx_unit *u = l->items[i];
        if (u->type != EVX_UNIT_QUOTATION || !u->text)
            continue;
        char *t = fold(u->text);
        squeeze(t);
        if (strncmp(skip_open(t), fs, strlen(fs)) == 0)
            hit = u;
        free(t);
    }
    free(f);
    return hit;
}

static int same_folded(const char *a, const char *b)
{
    if (!a || !*a || !b || !*b)
        return (!a || !*a) && (!b || !*b);
    char *fa = fold(a), *fb = fold(b);
    squeeze(fa);
    squeeze(fb);
    int same = strcmp(fa, fb) == 0;
    free(fa);
    free(fb);
    return same;
}

static void tally(const evx_units *l)
{
    const char *kinds[] = {"oral", "written", "document", "other", "unknown"};
    const char *methods[] = {"footnote", "footnote+lead-in", "lead-in",
                             "context", "none"};
    size_t nk[5] = {0}, nm[5] = {0}, total = 0;
    for (size_t i = 0; i < l->len; i++) {
        const evx_unit *u = l->items[i];
        if (u->type != EVX_UNIT_QUOTATION || !u->speaker)
            continue;
        total++;
        for (size_t k = 0; k < 5; k++) {
            nk[k] += strcmp(u->speaker->kind, kinds[k]) == 0;
            nm[k] += strcmp(u->speaker->method, methods[k]) == 0;
        }
    }
    fprintf(stderr, "attribution: %zu quotations; kinds:", total);
    for (size_t k = 0; k < 5; k++)
        fprintf(stderr, " %s %zu", kinds[k], nk[k]);
    fprintf(stderr, "; methods:");
    for (size_t k = 0; k < 5; k++)
        fprintf(stderr, " %s %zu", methods[k], nm[k]);
    fprintf(stderr, "\n");
}

Test(attrib_corpus, labelled_set, .timeout = 300)
{
    evx_units units = EVX_UNITS_INIT, web = EVX_UNITS_INIT;
    evx_diag *d = NULL;
    evx_tok *tok = NULL;
    evx_registry *reg = NULL;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    load(&units, PDF_FILE, 0, d);
    load(&web, WEB_FILE, 1, d);
    cr_assert_eq(evx_merge_units(&units, &web, d), EVX_OK);
    cr_assert_eq(evx_merge_link_footnotes(&units, d), EVX_OK);
    cr_assert_eq(evx_registry_build(&reg, &units, tok), EVX_OK);
    cr_assert_eq(evx_attrib_resolve(&units, reg, tok, d), EVX_OK);
    tally(&units);

    char path[1024], line[4096];
    snprintf(path, sizeof path, "%s/tests/fixtures/attribution.tsv",
             EVX_SOURCE_DIR);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "cannot open %s", path);
    size_t rows = 0, right = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        char *col[5];
        size_t nc = tu_split_tsv(line, col, 5);
        cr_assert_geq(nc, 4, "malformed fixture row: %s", line);
        rows++;
        const evx_unit *q = find_quote(&units, col[0]);
        cr_expect_not_null(q, "no quotation begins \"%s\"", col[0]);
        if (!q || !q->speaker)
            continue;
        const evx_speaker *s = q->speaker;
        int ok = same_folded(s->name, col[1]) && strcmp(s->kind, col[2]) == 0 &&
                 same_folded(s->ref, col[3]);
        right += ok;
        cr_expect(ok,
                  "%s \"%s\" [%s]: want %s / %s / %s, got %s / %s / %s (%s: %s)",
                  q->id, col[0], nc > 4 ? col[4] : "", col[1], col[2], col[3],
                  s->name ? s->name : "", s->kind, s->ref ? s->ref : "",
                  s->method, s->evidence ? s->evidence : "");
    }
    fclose(f);
    cr_expect_geq(rows, 60, "the labelled set should have 60 rows or more");
    fprintf(stderr, "attribution accuracy on the labelled set: %zu/%zu\n",
            right, rows);
    evx_registry_free(reg);
    evx_tok_free(tok);
    evx_diag_free(d);
    evx_units_free(&units);
    evx_units_free(&web);
}
