/*
 * test_repeat.c - a part of a file pasted twice (repeat.h): found and
 * read once, the first copy kept unless it stops where the second starts,
 * cut short; the repeats a report prints (a recommendation restating a
 * paragraph, a heading or short line printed again) are no paste.  End to
 * end: the bundled web edition with its chapter pasted twice is read once,
 * with one warning, and its footnote list is read as before.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include "repeat.h"
#include "robustutil.h"
#include "source.h"

#define P1 "1. The committee heard that councils lack the means to plan ahead.\n"
#define P2 "2. Witnesses told us that funding for one year at a time hinders them.\n"
#define P3 "3. We recommend that the Department sets out a plan for three years.\n"

static evx_text *text_of(const char *s)
{
    evx_text *t = NULL;
    cr_assert_eq(evx_text_from_loaded(&t, "r.txt", s, strlen(s)), EVX_OK);
    return t;
}

/* The repeats found in s: their number, the first in *r; checks that the
 * text read keeps every line, the copy left out blank. */
static size_t repeats(const char *s, evx_repeat *r)
{
    evx_text *t = text_of(s), *once = NULL;
    evx_repeat found[EVX_REPEAT_MAX];
    size_t n = 0;
    cr_assert_eq(evx_repeat_drop(&once, found, EVX_REPEAT_MAX, &n, t), EVX_OK);
    cr_assert_eq(once != NULL, n > 0);
    if (n) {
        *r = found[0];
        cr_expect_eq(evx_text_lines(once), evx_text_lines(t),
                     "the lines keep their numbers");
        evx_repeat_copy out = evx_repeat_left_out(r);
        for (long l = out.first; l <= out.last; l++) {
            size_t len;
            evx_text_line(once, (size_t)l, &len);
            cr_expect_eq(len, 0, "line %ld is left out", l);
        }
    }
    evx_text_free(once);
    evx_text_free(t);
    return n;
}

Test(repeat, a_run_of_paragraphs_pasted_again_is_read_once)
{
    evx_repeat r;
    /* 1..3, then 2..3 again, then the text goes on */
    cr_assert_eq(repeats("1 Introduction\n\n" P1 "\n" P2 "\n" P3 "\n" P2 "\n"
                         P3 "\n4. The last paragraph, which ends here.\n",
                         &r),
                 1);
    cr_expect_eq(r.earlier.first, 5);
    cr_expect_eq(r.earlier.last, 7);
    cr_expect_eq(r.later.first, 9);
    cr_expect_eq(r.later.last, 11);
    cr_expect_eq(r.later_kept, 0, "the first copy is kept");
}

Test(repeat, a_first_copy_cut_short_gives_way_to_the_whole_one)
{
    evx_repeat r;
    /* the first copy stops inside paragraph 3's line, then it all again */
    cr_assert_eq(repeats(P1 P2 "3. We recommend that the Dep\n" P1 P2 P3, &r), 1);
    cr_expect_eq(r.later_kept, 1);
    cr_expect_eq(evx_repeat_left_out(&r).first, 1);
    cr_expect_eq(evx_repeat_left_out(&r).last, 3);
    cr_expect_eq(evx_repeat_kept(&r).first, 4);
    cr_expect_eq(evx_repeat_kept(&r).last, 6);
}

Test(repeat, repeats_a_report_prints_are_no_paste)
{
    evx_repeat r;
    /* a recommendation restating a paragraph numbers it itself; one line
     * printed again, and short numbered lines (a contents list, a running
     * header) printed again, are not a part pasted */
    cr_expect_eq(repeats(P1 P2 P3 "\nConclusions and recommendations\n\n"
                         "1. We recommend that the Department sets out a plan "
                         "for three years.\n",
                         &r),
                 0);
    cr_expect_eq(repeats(P1 P2 "\n" P1 "\nA heading\n\n" P3, &r), 0);
    cr_expect_eq(repeats("1 Introduction 5\n2 Funding 9\n" P1
                         "1 Introduction 5\n2 Funding 9\n" P2,
                         &r),
                 0);
    /* footnotes citing written evidence as its list prints it: the list
     * had been blanked as a part pasted twice, its entries lost */
#define EV "1 Frost, Wing Commander Anne (DEF0001)\n" \
           "2 Blythe, Colonel (Retd) Richard (DEF0002)\n" \
           "3 Ó Súilleabháin, Dr Pádraig Seán (DEF0003)\n"
    cr_expect_eq(repeats(P1 P2 "\n" EV "\nPublished written evidence\n\n" EV,
                         &r),
                 0);
#undef EV
}

/* The bundled web edition with its chapter pasted twice, its footnote
 * list after the second copy: the second copy had been read as footnotes
 * 234 to 269, the real list left as unplaced text, and the build exited
 * 0.  Now one warning at the second copy's first line, the chapter read
 * once, the list read as footnotes, and exit 1. */
Test(repeat, a_web_chapter_pasted_twice_is_read_once_and_said)
{
    env e;
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    static const mline lines[] = {{"twice.txt", "HC 650", "html-text"}};
    const char *list = strstr(web, "\n225 ");
    const char *chapter = strstr(web, "\n9Oversight");
    cr_assert(list && chapter);
    evx_buf b = EVX_BUF_INIT;
    evx_buf_append(&b, web, (size_t)(list + 1 - web));
    evx_buf_append(&b, chapter + 1, (size_t)(list - chapter));
    evx_buf_append(&b, list + 1, len - (size_t)(list + 1 - web));
    long at = 1; /* the second copy's first line */
    for (const char *p = web; p <= list; p++)
        at += *p == '\n';

    env_new(&e);
    spit(&e, "twice.txt", b.data, b.len);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_expect_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    char ref[96];
    snprintf(ref, sizeof ref, "corpus/twice.txt:%ld: lines %ld-", at, at);
    cr_expect(strstr(r.err, ref), "no %s: %s", ref, r.err);
    cr_expect(strstr(r.err, "(paragraphs 234-269): a part pasted twice?"),
              "%s", r.err);
    cr_expect(strstr(r.err, "could not place") == NULL, "%s", r.err);
    cr_expect(strstr(r.err, "1 warning(s)"), "%s", r.err);
    result_free(&r);
    const char *show[] = {"show", "HC650/fn225", NULL};
    r = run(&e, "evidex", show);
    cr_expect_eq(r.code, 0, "%s", r.err);
    cr_expect(strstr(r.out, "National Audit Office"), "%s", r.out);
    result_free(&r);
    show[1] = "HC650/fn250"; /* no paragraph read as a footnote */
    r = run(&e, "evidex", show);
    cr_expect_neq(r.code, 0, "%s", r.out);
    result_free(&r);
    evx_buf_free(&b);
    free(web);
    env_free(&e);
}
