/*
 * test_extract_variants.c - the bundled report, as other extractions would
 * give it (variants.h), written to a file and loaded (source.h).
 *
 * For now this checks the loader: every variant loads without an error, and
 * the ones that change only encoding or spelling (Windows-1252, straight
 * quotes, CRLF, NBSP) load to exactly the original text.  That the readers
 * give the same units on every variant is for the readers' own tests.
 */
#define _XOPEN_SOURCE 700 /* mkdtemp */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"
#include "testutil.h"
#include "variants.h"

static const char *const corpus_files[] = {
    "corpus/000_d8babf2c1c9efa17.txt", "corpus/004_1624677fcab3ee77.txt"};

static char *rewrap_72(const char *text, size_t len)
{
    return evx_variant_rewrap(text, len, 72);
}

typedef struct variant {
    const char *name;
    char *(*make)(const char *, size_t);
    int same_text; /* loads to exactly the original's text */
} variant;

static const variant variants[] = {
    {"rewrap-72", rewrap_72, 0},
    {"one-line", evx_variant_one_line, 0},
    {"straight-quotes", evx_variant_straight_quotes, 1},
    {"cp1252", evx_variant_cp1252, 1},
    {"crlf", evx_variant_crlf, 1},
    {"nbsp", evx_variant_nbsp, 1},
    {"formfeed", evx_variant_formfeed, 0},
};

#define N_VARIANTS (sizeof variants / sizeof variants[0])

/* Loads path as `name`; fails the test unless it loads with no error. */
static evx_text *load(const char *path, const char *name)
{
    evx_diag *d = NULL;
    evx_text *t = NULL;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_text_load(&t, path, name, d), EVX_OK, "%s did not load",
                 name);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_ERROR), 0, "%s", name);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_WARNING), 0, "%s", name);
    evx_diag_free(d);
    return t;
}

/* Writes variant v of the corpus file at path into dir and loads it. */
static evx_text *load_variant(const char *dir, const char *path,
                              const variant *v)
{
    char out[512];
    size_t len;
    char *text = tu_slurp(path, &len, 1), *made = v->make(text, len);
    evx_text *t;

    cr_assert_not_null(made, "%s", v->name);
    snprintf(out, sizeof out, "%s/%s.txt", dir, v->name);
    cr_assert_eq(evx_variant_write(out, made, strlen(made)), 0);
    t = load(out, v->name);
    free(made);
    free(text);
    return t;
}

static void check_file(const char *dir, const char *file)
{
    char path[512];
    evx_text *orig;
    size_t k;

    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, file);
    orig = load(path, file);
    for (k = 0; k < N_VARIANTS; k++) {
        evx_text *t = load_variant(dir, path, &variants[k]);

        cr_expect_gt(evx_text_lines(t), 0);
        if (variants[k].same_text)
            cr_expect_str_eq(evx_text_data(t, NULL),
                             evx_text_data(orig, NULL), "%s of %s",
                             variants[k].name, file);
        if (variants[k].make == evx_variant_formfeed)
            cr_expect_eq(evx_text_lines(t), evx_text_lines(orig));
        evx_text_free(t);
    }
    evx_text_free(orig);
}

Test(extract_variants, the_loader_accepts_every_variant)
{
    char dir[] = "/tmp/evx_xvariants_XXXXXX";
    size_t i;

    cr_assert_not_null(mkdtemp(dir));
    for (i = 0; i < sizeof corpus_files / sizeof corpus_files[0]; i++)
        check_file(dir, corpus_files[i]);
    tu_rm_tree(dir);
}

Test(extract_variants, a_form_feed_marks_each_header_as_a_page_start)
{
    char dir[] = "/tmp/evx_xvariants_XXXXXX", path[512];
    const variant *ff = &variants[N_VARIANTS - 1];
    evx_text *t;
    size_t l, len, breaks = 0;

    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, corpus_files[0]);
    t = load_variant(dir, path, ff);
    for (l = 1; l <= evx_text_lines(t); l++) {
        const char *s = evx_text_line(t, l, &len);
        if (evx_text_page_break(t, l)) {
            cr_expect(len > 0 && s[0] == ' ', "line %zu", l); /* the \f */
            breaks++;
        }
    }
    cr_expect_gt(breaks, 6);
    evx_text_free(t);
    tu_rm_tree(dir);
}
