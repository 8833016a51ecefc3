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

/* The byte at line:col of file, checked to open with want. */
static int file_has_at(const char *file, long line, long col, const char *want)
{
    FILE *f = fopen(file, "rb");
    char buf[4096];
    int ok = 0;
    for (long ln = 1; f && fgets(buf, sizeof buf, f); ln++)
        if (ln == line) {
            ok = col >= 1 && (size_t)col <= strlen(buf) &&
                 strncmp(buf + col - 1, want, strlen(want)) == 0;
            break;
        }
    if (f)
        fclose(f);
    return ok;
}

/* Where the JSON line j says its first source is, and where its match is. */
static void json_source(const char *j, char *file, size_t cap, long *line,
                        long *col, long *mln, long *mcol)
{
    const char *f = strstr(j, "\"file\":\"");
    cr_assert_not_null(f, "%s", j);
    f += 8;
    size_t n = strcspn(f, "\"");
    cr_assert_lt(n, cap);
    memcpy(file, f, n);
    file[n] = '\0';
    cr_assert_eq(sscanf(strstr(f, "\"line\":"), "\"line\":%ld,\"col\":%ld", line, col), 2);
    cr_assert_eq(sscanf(strstr(f, "\"match_line\":"),
                        "\"match_line\":%ld,\"match_col\":%ld", mln, mcol), 2);
}

/* A report with straight quotes (the indexer curls them: three bytes for
 * one) and one in Windows-1252 (decoded: a curly quote three bytes for
 * one): a quotation's source column and a matched word's column are the
 * file's own bytes, as an editor jumps to them.  Each column after a
 * curled quote had been two bytes late, and a word holding an apostrophe
 * ("King’s") had jumped to its unit's start. */
Test(cli_crafted, columns_are_the_files_bytes)
{
    static const char straight[] =
        "1 Introduction\n\n"
        "1. The chief executive said that \"the plan is ambitious\" and that "
        "\"the King's Fund agreed\".\n";
    static const char cp1252[] =
        "1 Introduction\n\n"
        "1. The chair \x96 a doctor \x96 said that \x93the wards were "
        "overflowing\x94 and that \x93the King\x92s Fund saw it\x94.\n";
    const char *words[][2] = {{"ambitious", "the plan"}, {"agreed", "the King"},
                              {"overflowing", "the wards"}, {"saw", "the King"}};
    env e;
    env_new(&e);
    spit(&e, "a.txt", straight, sizeof straight - 1);
    spit(&e, "b.txt", cp1252, sizeof cp1252 - 1);
    manifest(&e, (const mline[]){{"a.txt", "HC 7", "pdf-text"},
                                 {"b.txt", "HC 8", "pdf-text"}}, 2);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 0, "build: %s", r.err);
    result_free(&r);
    for (size_t k = 0; k < 4; k++) {
        const char *args[] = {"--json", "type:quotation", words[k][0], NULL};
        r = run(&e, "evidex", args);
        cr_assert_eq(r.code, 0, "%s: %s", words[k][0], r.err);
        char file[512];
        long line, col, mln, mcol;
        json_source(r.out, file, sizeof file, &line, &col, &mln, &mcol);
        cr_expect(file_has_at(file, line, col, words[k][1]), "%s: %s:%ld:%ld",
                  words[k][0], file, line, col);
        cr_expect(file_has_at(file, mln, mcol, k == 1 ? "King" : words[k][0]) ||
                      file_has_at(file, mln, mcol, words[k][0]),
                  "%s: match at %ld:%ld", words[k][0], mln, mcol);
        result_free(&r);
    }
    const char *king[] = {"--json", "King's", NULL};
    r = run(&e, "evidex", king);
    cr_assert_eq(r.code, 0, "King's: %s", r.err);
    for (const char *j = r.out; j && *j; j = strchr(j, '\n') ? strchr(j, '\n') + 1 : NULL) {
        char file[512];
        long line, col, mln, mcol;
        json_source(j, file, sizeof file, &line, &col, &mln, &mcol);
        cr_expect(file_has_at(file, mln, mcol, "King"), "King's: %s:%ld:%ld",
                  file, mln, mcol);
    }
    result_free(&r);
    env_free(&e);
}

/* A file whose paragraphs skip a number no file of the report has was
 * read in part, in either reader: the build warns at the paragraph after
 * the gap and exits 1 (the index is still published).  A second file
 * holding the missing paragraph (another rendering's chapter) fills the
 * gap, and the build exits 0. */
Test(cli_crafted, a_skipped_paragraph_number_is_a_file_read_in_part)
{
    static const char skips[] =
        "1 Waiting lists\n\n"
        "1. Patients wrote to us about long waits for operations.\n\n"
        "2. Another described being left in limbo with no date.\n\n"
        "4. A carer wrote that the wait was the hardest part of the year.\n\n"
        "5. The Patients Association told us that waits were growing.\n";
    static const char third[] =
        "3. The chief executive said that the list had doubled.\n";
    const char *renderings[] = {"pdf-text", "html-text"};
    for (size_t k = 0; k < 2; k++) {
        env e;
        env_new(&e);
        spit(&e, "r.txt", skips, sizeof skips - 1);
        manifest(&e, (const mline[]){{"r.txt", "HC 9", renderings[k]}}, 1);
        result r = build(&e, e.corpus);
        cr_expect_eq(r.code, 1, "%s: %s", renderings[k], r.err);
        cr_expect(strstr(r.err, "r.txt:7: paragraph 4 follows paragraph 2: 1 "
                                "missing") != NULL,
                  "%s: %s", renderings[k], r.err);
        result_free(&r);
        const char *args[] = {"limbo", NULL};
        r = run(&e, "evidex", args);
        cr_expect_eq(r.code, 0, "published: %s", r.err);
        result_free(&r);
        spit(&e, "s.txt", third, sizeof third - 1);
        manifest(&e, (const mline[]){{"r.txt", "HC 9", renderings[k]},
                                     {"s.txt", "HC 9", "html-text"}}, 2);
        r = build(&e, e.corpus);
        cr_expect_eq(r.code, 0, "%s and the third: %s", renderings[k], r.err);
        cr_expect(strstr(r.err, "follows paragraph") == NULL, "%s", r.err);
        result_free(&r);
        env_free(&e);
    }
}
