/*
 * test_stats.c - the end-of-run report (indexer/stats.c): tallies of units
 * and files, listed in the manifest's order of reports, and handed from
 * worker processes to the builder through a file without changing a line.
 */
#define _XOPEN_SOURCE 700 /* open_memstream */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stats.h"

/* A report of n paragraphs numbered 1..n except `skip` (0: none), with
 * one footnote (number 2) and no body for footnote 1. */
static void report_units(evx_units *out, const char *report, int n, int skip)
{
    for (int i = 1; i <= n; i++) {
        if (i == skip)
            continue;
        evx_unit *u = NULL;
        cr_assert_eq(evx_unit_new(&u, EVX_UNIT_PARAGRAPH), EVX_OK);
        u->number = i;
        u->report = strdup(report);
        cr_assert_eq(evx_units_push(out, u), EVX_OK);
    }
    evx_unit *fn = NULL;
    cr_assert_eq(evx_unit_new(&fn, EVX_UNIT_FOOTNOTE), EVX_OK);
    fn->number = 2;
    fn->report = strdup(report);
    cr_assert_eq(evx_units_push(out, fn), EVX_OK);
}

/* Tallies report `report` at place seq of the manifest, with its file. */
static void add_report(evx_stats *st, size_t seq, const char *report,
                       int skip)
{
    evx_units units = EVX_UNITS_INIT;
    char file[64];
    evx_coverage_result r = {100, 90, 5, 3, 0, NULL, 0};
    evx_stats_begin_report(st, seq);
    report_units(&units, report, 3, skip);
    evx_stats_add_units(st, &units);
    snprintf(file, sizeof file, "c/%s.txt", report);
    evx_stats_add_file(st, file, &r, skip != 0);
    evx_units_free(&units);
}

static char *printed(const evx_stats *st)
{
    char *out = NULL;
    size_t len = 0;
    evx_diag *d = NULL;
    FILE *f = open_memstream(&out, &len);
    cr_assert_not_null(f);
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    evx_stats_print(st, d, f, "x", 0);
    fclose(f);
    evx_diag_free(d);
    return out;
}

/* st saved, rewound for reading. */
static FILE *saved(const evx_stats *st)
{
    FILE *f = tmpfile();
    cr_assert_not_null(f);
    cr_assert_eq(evx_stats_save(st, f), EVX_OK);
    rewind(f);
    return f;
}

/* Two workers' tallies, loaded in the order they finished, print and
 * store exactly what one process reading the same reports would. */
Test(stats, hand_back_reads_as_one_process)
{
    evx_stats *one = NULL, *w0 = NULL, *w1 = NULL, *all = NULL;
    cr_assert_eq(evx_stats_new(&one), EVX_OK);
    cr_assert_eq(evx_stats_new(&w0), EVX_OK);
    cr_assert_eq(evx_stats_new(&w1), EVX_OK);
    cr_assert_eq(evx_stats_new(&all), EVX_OK);
    const char *reports[] = {"HC 1", "HC 2", "HC 3", "HC 4"};
    for (size_t i = 0; i < 4; i++) {
        add_report(one, i, reports[i], i == 2 ? 2 : 0);
        /* tasks dealt out in turn: w0 reads 0 and 2, w1 reads 1 and 3 */
        add_report(i % 2 ? w1 : w0, i, reports[i], i == 2 ? 2 : 0);
    }
    FILE *f1 = saved(w1), *f0 = saved(w0);
    cr_assert_eq(evx_stats_load(all, f1), EVX_OK);
    cr_assert_eq(evx_stats_load(all, f0), EVX_OK);
    fclose(f1);
    fclose(f0);

    char *want = printed(one), *got = printed(all);
    cr_expect_str_eq(got, want);
    cr_expect_not_null(strstr(want, "x: 4 report(s); units: paragraph 11,"),
                       "%s", want);
    const char *h1 = strstr(want, "x: HC 1: paragraphs");
    const char *h3 = strstr(want, "x: HC 3: paragraphs 1-3, 1 missing: 2");
    const char *h4 = strstr(want, "x: HC 4: paragraphs");
    cr_expect(h1 && h3 && h4 && h1 < h3 && h3 < h4, "%s", want);
    cr_expect_not_null(strstr(want, "footnote bodies 4 found, 4 missing"),
                       "%s", want);
    free(want);
    free(got);

    evx_buf a = EVX_BUF_INIT, b = EVX_BUF_INIT;
    evx_stats_json(one, &a);
    evx_stats_json(all, &b);
    cr_expect_str_eq(evx_buf_str(&b), evx_buf_str(&a));
    cr_expect_not_null(strstr(evx_buf_str(&a), "\"reports\":4,"));
    cr_expect_eq(evx_stats_short(all), 1);
    evx_buf_free(&a);
    evx_buf_free(&b);
    evx_stats_free(one);
    evx_stats_free(w0);
    evx_stats_free(w1);
    evx_stats_free(all);
    evx_stats_free(NULL);
}

/* A hand-back cut anywhere is refused (the build then fails), never taken
 * for a shorter report. */
Test(stats, a_cut_hand_back_is_refused)
{
    evx_stats *st = NULL, *into = NULL;
    cr_assert_eq(evx_stats_new(&st), EVX_OK);
    add_report(st, 0, "HC 9", 0);
    evx_stats_add_unread(st);
    FILE *f = saved(st);
    char whole[4096];
    size_t n = fread(whole, 1, sizeof whole, f);
    fclose(f);
    cr_assert(n > 20 && n < sizeof whole);
    for (size_t cut = 0; cut + 1 < n; cut++) {
        cr_assert_eq(evx_stats_new(&into), EVX_OK);
        FILE *g = tmpfile();
        fwrite(whole, 1, cut, g);
        rewind(g);
        cr_expect_eq(evx_stats_load(into, g), EVX_PARSE, "cut at %zu", cut);
        fclose(g);
        evx_stats_free(into);
    }
    cr_assert_eq(evx_stats_new(&into), EVX_OK);
    f = saved(st);
    cr_expect_eq(evx_stats_load(into, f), EVX_OK);
    fclose(f);
    cr_expect_eq(evx_stats_unread(into), 1);
    evx_stats_free(into);
    evx_stats_free(st);
}

/* Footnote bodies that ran into a paragraph's text (a block the reader
 * did not take as one: unitcheck.h) are footnotes the report has: the
 * report counts them missing, where it said "1 of 1 found". */
Test(stats, bodies_run_into_text_are_counted_missing)
{
    evx_stats *st = NULL;
    evx_units units = EVX_UNITS_INIT;
    cr_assert_eq(evx_stats_new(&st), EVX_OK);
    evx_stats_begin_report(st, 0);
    report_units(&units, "HC 5", 2, 0); /* footnote 2 read, 1 not */
    evx_unit *p = units.items[1];
    p->text = strdup("He said so. 3 Q91 4 CHEM Trust (EIM0010) 5 Keep "
                     "Britain Tidy (EIM0029) 6 DEFRA (EIM0034)");
    evx_stats_add_units(st, &units);
    char *out = printed(st);
    cr_expect_not_null(strstr(out, "x: HC 5: footnote bodies 1 of 6 found, "
                                   "missing: 1, 3-6"),
                       "%s", out);
    free(out);
    evx_units_free(&units);
    evx_stats_free(st);
}
