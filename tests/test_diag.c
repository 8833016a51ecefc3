/* test_diag.c - the diagnostics collector and its printed form. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "diagutil.h"

Test(diag, records_and_prints_each_form)
{
    evx_diag *d = NULL;
    char *out;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    evx_diag_add(d, EVX_DIAG_WARNING, "corpus/a.txt", 12, "could not place %s",
                 "x");
    evx_diag_add(d, EVX_DIAG_NOTE, "corpus/a.txt", 0, "no line");
    evx_diag_add(d, EVX_DIAG_ERROR, NULL, 5, "no file");
    cr_assert_eq(evx_diag_len(d), 3);
    out = tu_diag_printed(d, EVX_DIAG_NOTE);
    cr_assert_str_eq(out,
                     "evidex-index: warning: corpus/a.txt:12: could not place x\n"
                     "evidex-index: note: corpus/a.txt: no line\n"
                     "evidex-index: error: no file\n");
    free(out);
    out = tu_diag_printed(d, EVX_DIAG_WARNING);
    cr_assert_str_eq(out,
                     "evidex-index: warning: corpus/a.txt:12: could not place x\n"
                     "evidex-index: error: no file\n");
    free(out);
    evx_diag_free(d);
    evx_diag_free(NULL);
}

Test(diag, get_and_counts)
{
    evx_diag *d = NULL;
    evx_diag_level level;
    const char *file, *text;
    long line;

    evx_diag_new(&d);
    evx_diag_add(d, EVX_DIAG_WARNING, "f", 3, "w1");
    evx_diag_add(d, EVX_DIAG_WARNING, "f", 4, "w2");
    evx_diag_add(d, EVX_DIAG_NOTE, NULL, 0, "n");
    cr_assert_eq(evx_diag_count(d, EVX_DIAG_WARNING), 2);
    cr_assert_eq(evx_diag_count(d, EVX_DIAG_NOTE), 1);
    cr_assert_eq(evx_diag_count(d, EVX_DIAG_ERROR), 0);
    cr_assert_eq(evx_diag_get(d, 1, &level, &file, &line, &text), EVX_OK);
    cr_assert_eq(level, EVX_DIAG_WARNING);
    cr_assert_str_eq(file, "f");
    cr_assert_eq(line, 4);
    cr_assert_str_eq(text, "w2");
    cr_assert_eq(evx_diag_get(d, 2, &level, &file, &line, &text), EVX_OK);
    cr_assert_null(file);
    cr_assert_eq(evx_diag_get(d, 3, &level, &file, &line, &text), EVX_INVALID);
    evx_diag_free(d);
}

Test(diag, caps_kept_messages_at_ten_thousand)
{
    evx_diag *d = NULL;
    char *out, *last;
    long i;

    evx_diag_new(&d);
    for (i = 1; i <= 10005; i++)
        evx_diag_add(d, EVX_DIAG_WARNING, "f", i, "bad");
    cr_assert_eq(evx_diag_len(d), 10000);
    cr_assert_eq(evx_diag_count(d, EVX_DIAG_WARNING), 10005);
    out = tu_diag_printed(d, EVX_DIAG_NOTE);
    last = strrchr(out, '\n');
    *last = '\0';
    last = strrchr(out, '\n');
    cr_assert_str_eq(last + 1, "evidex-index: warning: 5 more warnings not "
                               "kept (10000 are)");
    free(out);
    evx_diag_free(d);
}

/* The notes of a large corpus (a missing footnote body each) never crowd
 * out the warning that names a damaged file and line: each level is kept
 * up to its own cap.  300 reports gave 18,600 notes, and the one warning
 * recorded after the first 10,000 was counted ("2 warning(s)") but not
 * shown. */
Test(diag, notes_never_crowd_out_a_warning)
{
    evx_diag *d = NULL;
    evx_diag_new(&d);
    for (long i = 1; i <= 10003; i++)
        evx_diag_add(d, EVX_DIAG_NOTE, "f", i, "footnote body missing");
    evx_diag_add(d, EVX_DIAG_WARNING, "g.txt", 600, "invalid UTF-8 replaced");
    evx_diag_add(d, EVX_DIAG_ERROR, "h.txt", 0, "cannot read file");
    char *out = tu_diag_printed(d, EVX_DIAG_WARNING);
    cr_expect_str_eq(out, "evidex-index: warning: g.txt:600: invalid UTF-8 "
                          "replaced\n"
                          "evidex-index: error: h.txt: cannot read file\n");
    free(out);
    out = tu_diag_printed(d, EVX_DIAG_NOTE);
    cr_expect_not_null(strstr(out, "evidex-index: note: 3 more notes not kept "
                                   "(10000 are)\n"), "%.200s", out);
    free(out);
    evx_diag_free(d);
}

/* d saved to a temporary file, rewound for reading. */
static FILE *saved(const evx_diag *d)
{
    FILE *f = tmpfile();
    cr_assert_not_null(f);
    cr_assert_eq(evx_diag_save(d, f), EVX_OK);
    rewind(f);
    return f;
}

/* What two worker processes recorded, handed to the builder in the order
 * they finished, prints in the order of the reports: the later report's
 * worker finished first. */
Test(diag, saved_messages_load_in_report_order)
{
    evx_diag *early = NULL, *late = NULL, *all = NULL;
    cr_assert_eq(evx_diag_new(&early), EVX_OK);
    cr_assert_eq(evx_diag_new(&late), EVX_OK);
    cr_assert_eq(evx_diag_new(&all), EVX_OK);
    evx_diag_begin_report(late, 7);
    evx_diag_add(late, EVX_DIAG_WARNING, "c/late.txt", 9, "second\tline");
    evx_diag_begin_report(early, 2);
    evx_diag_add(early, EVX_DIAG_ERROR, NULL, 0, "first");
    evx_diag_add(early, EVX_DIAG_NOTE, "c/early.txt", 0, "%s", "");
    FILE *f = saved(late), *g = saved(early);
    cr_assert_eq(evx_diag_load(all, f), EVX_OK);
    cr_assert_eq(evx_diag_load(all, g), EVX_OK);
    fclose(f);
    fclose(g);
    cr_expect_eq(evx_diag_count(all, EVX_DIAG_WARNING), 1);
    cr_expect_eq(evx_diag_count(all, EVX_DIAG_ERROR), 1);
    cr_expect_eq(evx_diag_count(all, EVX_DIAG_NOTE), 1);
    char *out = tu_diag_printed(all, EVX_DIAG_NOTE);
    cr_expect_str_eq(out, "evidex-index: error: first\n"
                          "evidex-index: note: c/early.txt: \n"
                          "evidex-index: warning: c/late.txt:9: second line\n");
    free(out);
    evx_diag_free(early);
    evx_diag_free(late);
    evx_diag_free(all);
}

/* A hand-back cut short or of another kind is refused, not half-trusted
 * in silence. */
Test(diag, a_cut_hand_back_is_refused)
{
    evx_diag *d = NULL, *into = NULL;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_diag_new(&into), EVX_OK);
    evx_diag_add(d, EVX_DIAG_WARNING, "c/a.txt", 3, "a warning");
    FILE *f = saved(d);
    char whole[512] = "";
    size_t n = fread(whole, 1, sizeof whole - 1, f);
    fclose(f);
    cr_assert_gt(n, 10);
    for (size_t cut = 0; cut < n - 1; cut++) {
        FILE *g = tmpfile();
        fwrite(whole, 1, cut, g);
        rewind(g);
        cr_expect_eq(evx_diag_load(into, g), EVX_PARSE, "cut at %zu", cut);
        fclose(g);
    }
    FILE *g = tmpfile();
    fputs("evx-stats 3 1 2 3\n", g);
    rewind(g);
    cr_expect_eq(evx_diag_load(into, g), EVX_PARSE);
    fclose(g);
    evx_diag_free(d);
    evx_diag_free(into);
}
