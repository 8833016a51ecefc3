/*
 * test_cli_crafted.c - the query commands over small crafted corpora
 * built by the real tools (tests/robustutil.h): what a user sees when a
 * report has forms the bundled ones lack.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include "robustutil.h"

/* A web edition quoting three written submissions, two of them by
 * submitters whose names were withheld. */
static const char withheld_report[] =
    "1 Waiting lists\n\n"
    "1.Patients wrote to us about long waits. One wrote:\n\n"
    "I have been waiting for a hip operation for two years.1\n\n"
    "2.Another described being \xE2\x80\x9Cleft in limbo with no date\xE2\x80\x9D.2\n\n"
    "3.A carer wrote that the wait was \xE2\x80\x9Cthe hardest part\xE2\x80\x9D.3\n\n"
    "4.The Patients Association told us that waits were "
    "\xE2\x80\x9Cgrowing in every region\xE2\x80\x9D.4\n\n"
    "Footnotes\n\n"
    "1 Name Withheld (WLS0044)\n"
    "2 Name Withheld (WLS0051)\n"
    "3 Name Withheld (WLS0051)\n"
    "4 Patients Association (WLS0012)\n\n"
    "Published written evidence\n\n"
    "1\tName Withheld (WLS0044)\n"
    "2\tName Withheld (WLS0051)\n"
    "3\tPatients Association (WLS0012)\n";

/* Submitters whose names were withheld are as many as their submissions:
 * `speakers` lists each with its code, never one person "Name Withheld"
 * who wrote them all. */
Test(cli_crafted, withheld_names_are_as_many_as_their_submissions)
{
    env e;
    env_new(&e);
    spit(&e, "r.txt", withheld_report, sizeof withheld_report - 1);
    manifest(&e, (const mline[]){{"r.txt", "HC 9", "html-text"}}, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 0, "build: %s", r.err);
    result_free(&r);

    const char *args[] = {"speakers", NULL};
    r = run(&e, "evidex", args);
    cr_assert_eq(r.code, 0, "speakers: %s", r.err);
    cr_expect(strstr(r.out, "1  Name Withheld (WLS0044)") != NULL, "%s", r.out);
    cr_expect(strstr(r.out, "2  Name Withheld (WLS0051)") != NULL, "%s", r.out);
    cr_expect(strstr(r.out, "1  Patients Association") != NULL, "%s", r.out);
    result_free(&r);

    const char *json[] = {"--json", "speakers", "limbo", NULL};
    r = run(&e, "evidex", json);
    cr_assert_eq(r.code, 0, "speakers limbo: %s", r.err);
    cr_expect(strstr(r.out, "\"key\":\"name_withheld_wls0051\"") != NULL, "%s",
              r.out);
    cr_expect(strstr(r.out, "\"matching\":1") != NULL, "%s", r.out);
    result_free(&r);
    env_free(&e);
}
