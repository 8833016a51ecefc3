/*
 * test_build.c - the build driver (indexer/build.c) through the real
 * binaries: incremental re-index (only changed reports re-read, "up to
 * date", removed reports gone), parallel shards searched as one (counts,
 * synonyms, spelling), and a shard served by xapian-tcpsrv (and, once its
 * server is stopped, skipped with --allow-partial-shards).
 */
#define _DEFAULT_SOURCE /* mkdtemp, usleep, popen */
#include <criterion/criterion.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"

typedef struct env {
    char dir[64];
} env;

static const char *bin(void)
{
    const char *b = getenv("EVX_BINARY_DIR");
    return b ? b : EVX_BINARY_DIR;
}

static const char *src(void)
{
    const char *s = getenv("EVX_SOURCE_DIR");
    return s ? s : EVX_SOURCE_DIR;
}

/* Runs a shell command; *out gets stdout+stderr.  Returns the exit code. */
static int sh(char **out, const char *fmt, ...)
{
    char cmd[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    evx_buf b = EVX_BUF_INIT;
    evx_buf_printf(&b, "( %s ) 2>&1", cmd);
    FILE *p = popen(evx_buf_str(&b), "r");
    cr_assert_not_null(p);
    evx_buf_clear(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
        evx_buf_append(&b, chunk, n);
    int status = pclose(p);
    if (out)
        *out = evx_buf_detach(&b);
    else
        evx_buf_free(&b);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void env_new(env *e)
{
    strcpy(e->dir, "/tmp/evx-build-XXXXXX");
    cr_assert_not_null(mkdtemp(e->dir));
    cr_assert_eq(sh(NULL, "cp -r %s/corpus %s/corpus", src(), e->dir), 0);
}

static void env_free(env *e)
{
    sh(NULL, "rm -rf %s", e->dir);
}

static int index_(const env *e, char **out, const char *extra)
{
    return sh(out, "%s/evidex-index --db %s/db --corpus %s/corpus %s", bin(),
              e->dir, e->dir, extra);
}

static int search(const char *db, char **out, const char *query)
{
    return sh(out, "%s/evidex --db %s --color=never %s", bin(), db, query);
}

Test(build, rereads_only_what_changed_and_drops_what_left)
{
    env e;
    char *out = NULL, db[128];
    env_new(&e);
    snprintf(db, sizeof db, "%s/db", e.dir);
    /* a shard for each report: HC 179 is more than a fifth of the two */
    cr_assert_eq(index_(&e, &out, "--jobs 2 --shards 2"), 0, "%s", out);
    free(out);

    cr_assert_eq(index_(&e, &out, ""), 0, "%s", out);
    cr_expect_not_null(strstr(out, "index is up to date"), "%s", out);
    free(out);

    cr_assert_eq(sh(NULL, "sed -i 's/microplastics/microplastix/g' "
                          "%s/corpus/hc179-microplastics.txt", e.dir), 0);
    cr_assert_eq(index_(&e, &out, "--jobs 2"), 0, "%s", out);
    cr_expect_not_null(strstr(out, "re-reading HC 179 (changed)"), "%s", out);
    cr_expect_null(strstr(out, "HC 650"), "HC 650 re-read too: %s", out);
    free(out);
    cr_expect_eq(search(db, &out, "microplastix"), 0, "%s", out);
    free(out);
    cr_expect_eq(search(db, &out, "'\"speed of trust\"'"), 0, "%s", out);
    free(out);

    cr_assert_eq(sh(NULL, "sed -i '/^hc179/d' %s/corpus/manifest.tsv", e.dir), 0);
    cr_assert_eq(index_(&e, &out, ""), 0, "%s", out);
    cr_expect_not_null(strstr(out, "removing HC179"), "%s", out);
    free(out);
    cr_expect_eq(search(db, &out, "microplastix"), 1, "%s", out);
    free(out);
    cr_expect_eq(search(db, &out, "microplastics"), 1, "%s", out);
    free(out);
    env_free(&e);
}

/* The lines of the current stub that begin with prefix. */
static int stub_lines(const char *db, const char *prefix)
{
    char *out = NULL;
    sh(&out, "grep -c '^%s' %s/current/XAPIANDB", prefix, db);
    int n = atoi(out);
    free(out);
    return n;
}

/* The stub's dead report versions (schema.h). */
static int dead_versions(const char *db)
{
    return stub_lines(db, "#evidex-dead ");
}

/* The data shards the stub lists. */
static int shards(const char *db)
{
    return stub_lines(db, "auto s");
}

/* Each query's output from db and from a full build of the same corpus
 * into full: equal (same) or, for counts, equal in count. */
static void same_as_full(const env *e, const char *db, const char *full,
                         const char *const *queries, size_t n, int same)
{
    char *a = NULL, *b = NULL;
    cr_assert_eq(sh(&a, "%s/evidex-index --full --jobs 1 --db %s --corpus "
                        "%s/corpus", bin(), full, e->dir), 0, "%s", a);
    free(a);
    for (size_t i = 0; i < n; i++) {
        char q[256];
        snprintf(q, sizeof q, same ? "%s" : "-c %s", queries[i]);
        int ca = search(db, &a, q), cb = search(full, &b, q);
        cr_expect_eq(ca, cb, "%s: exit %d, full build %d", q, ca, cb);
        cr_expect_str_eq(a, b, "%s: differs from a full build", q);
        free(a);
        free(b);
    }
}


/* Shards have no termlists, so a changed or removed report's units are
 * tombstoned: its shard is linked as it is and its new version goes to a
 * shard of its own, left out of every answer, until a fifth of the shard
 * is dead and its live reports are read again. */
Test(build, changed_reports_are_tombstoned_until_their_shard_is_rewritten)
{
    env e;
    char *out = NULL, db[128], full[128];
    static const char *const queries[] = {
        "microplastix", "microplastiq", "microplastics", "plastic",
        "'\"speed of trust\"'", "'type:recommendation plastic'",
        "show HC179/p1", "who sewage"};
    const size_t nq = sizeof queries / sizeof *queries;
    strcpy(e.dir, "/tmp/evx-build-XXXXXX");
    cr_assert_not_null(mkdtemp(e.dir));
    /* three copies of each report: six reports, in one shard */
    cr_assert_eq(sh(&out, "%s/evidex-gencorpus %s/corpus %s/corpus 3", bin(),
                    src(), e.dir), 0, "%s", out);
    free(out);
    snprintf(db, sizeof db, "%s/db", e.dir);
    snprintf(full, sizeof full, "%s/full", e.dir);
    cr_assert_eq(index_(&e, &out, "--jobs 2"), 0, "%s", out);
    free(out);
    cr_expect_eq(shards(db), 1);

    /* HC 179 is an eighth of the shard: tombstoned there, and read into
     * a shard of its own */
    cr_assert_eq(sh(NULL, "sed -i 's/microplastics/microplastix/g' "
                          "%s/corpus/00000_hc179-microplastics.txt", e.dir), 0);
    cr_assert_eq(index_(&e, &out, "--jobs 1"), 0, "%s", out);
    cr_expect_not_null(strstr(out, "re-reading HC 179 (changed)"), "%s", out);
    cr_expect_null(strstr(out, "HC 1179"), "a kept report re-read: %s", out);
    free(out);
    cr_expect_eq(dead_versions(db), 1);
    cr_expect_eq(shards(db), 2);
    same_as_full(&e, db, full, queries, nq, 0);

    /* again: its own shard, all dead, goes; the first keeps its eighth */
    cr_assert_eq(sh(NULL, "sed -i 's/microplastix/microplastiq/g' "
                          "%s/corpus/00000_hc179-microplastics.txt", e.dir), 0);
    cr_assert_eq(index_(&e, &out, "--jobs 1"), 0, "%s", out);
    free(out);
    cr_expect_eq(dead_versions(db), 1);
    cr_expect_eq(shards(db), 2);
    same_as_full(&e, db, full, queries, nq, 0);

    /* HC 179 once more and a copy of HC 650: a third of the first shard
     * would be dead, so every report is read again, in manifest order,
     * into one shard: answers are a full build's to the byte */
    cr_assert_eq(sh(NULL, "sed -i 's/microplastiq/microplastix/g' "
                          "%s/corpus/00000_hc179-microplastics.txt && "
                          "for f in %s/corpus/00001_004_*.txt; do echo >> $f; done",
                    e.dir, e.dir),
                 0);
    cr_assert_eq(index_(&e, &out, "--jobs 2"), 0, "%s", out);
    cr_expect_not_null(strstr(out, "re-reading HC 1650 (changed)"), "%s", out);
    cr_expect_not_null(strstr(out, "re-reading 4 unchanged report(s) to write "
                                   "their 1 shard(s) again"), "%s", out);
    free(out);
    cr_expect_eq(dead_versions(db), 0);
    cr_expect_eq(shards(db), 1);
    same_as_full(&e, db, full, queries, nq, 1);

    /* a report gone from the manifest: tombstoned, found nowhere */
    cr_assert_eq(sh(NULL, "sed -i '/\tHC 179\t/d' %s/corpus/manifest.tsv",
                    e.dir), 0);
    cr_assert_eq(index_(&e, &out, "--jobs 1"), 0, "%s", out);
    cr_expect_not_null(strstr(out, "removing HC179"), "%s", out);
    free(out);
    cr_expect_eq(dead_versions(db), 1);
    cr_expect_eq(shards(db), 1);
    cr_expect_eq(search(db, &out, "microplastix"), 1, "%s", out);
    free(out);
    cr_expect_eq(search(db, &out, "show HC179/p1"), 1, "%s", out);
    free(out);
    same_as_full(&e, db, full, queries, nq, 0);
    static const char *const listing[] = {"speakers"}; /* counts by name */
    same_as_full(&e, db, full, listing, 1, 1);
    env_free(&e);
}

/* Reports added one build at a time each make a shard, until the
 * generation would pass the shards asked for and three more; then the
 * smallest are read again with the new one, so the count stays there. */
Test(build, added_reports_fold_into_few_shards)
{
    env e;
    char *out = NULL, db[128], full[128];
    static const char *const queries[] = {"plastic", "'integrated care'",
                                          "speakers"};
    strcpy(e.dir, "/tmp/evx-build-XXXXXX");
    cr_assert_not_null(mkdtemp(e.dir));
    cr_assert_eq(sh(&out, "%s/evidex-gencorpus %s/corpus %s/all 3 && "
                          "mkdir %s/corpus && cp %s/all/*.txt %s/corpus/ && "
                          "head -n 1 %s/all/manifest.tsv > %s/corpus/manifest.tsv",
                    bin(), src(), e.dir, e.dir, e.dir, e.dir, e.dir, e.dir),
                 0, "%s", out);
    free(out);
    snprintf(db, sizeof db, "%s/db", e.dir);
    snprintf(full, sizeof full, "%s/full", e.dir);
    /* the manifest's reports one at a time: HC 179 and its copies (one
     * file each) */
    static const char *const reports[] = {"HC 179", "HC 1179", "HC 2179",
                                          "HC 650", "HC 1650"};
    static const int expect[] = {1, 2, 3, 4, 4};
    for (size_t i = 0; i < sizeof reports / sizeof *reports; i++) {
        cr_assert_eq(sh(NULL, "grep '\t%s\t' %s/all/manifest.tsv >> "
                              "%s/corpus/manifest.tsv", reports[i], e.dir,
                        e.dir), 0);
        cr_assert_eq(index_(&e, &out, "--jobs 1"), 0, "%s", out);
        /* the last build folds the smallest shard (one report) into its own */
        cr_expect_eq(strstr(out, "re-reading 1 unchanged report(s)") != NULL,
                     i == 4, "after %s: %s", reports[i], out);
        free(out);
        cr_expect_eq(shards(db), expect[i], "after %s", reports[i]);
        cr_expect_eq(dead_versions(db), 0);
    }
    same_as_full(&e, db, full, queries, 2, 0);
    same_as_full(&e, db, full, queries + 2, 1, 1);
    env_free(&e);
}

/* --jobs and --shards take a whole number from 1 to 64, or the build does
 * not start: one line, exit status 2, no index. */
Test(build, bad_counts_are_refused_in_one_line)
{
    env e;
    char *out = NULL;
    static const char *const bad[] = {"--shards 0", "--shards 65", "--shards 2x",
                                      "--shards ''", "--jobs 0", "--jobs x"};
    env_new(&e);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        cr_expect_eq(index_(&e, &out, bad[i]), 2, "%s: %s", bad[i], out);
        cr_expect_not_null(strstr(out, "wants a number from 1 to 64"), "%s: %s",
                           bad[i], out);
        cr_expect_eq(strchr(out, '\n'), out + strlen(out) - 1, "%s: %s", bad[i],
                     out);
        free(out);
    }
    cr_expect_neq(sh(NULL, "test -e %s/db", e.dir), 0, "an index was made");
    env_free(&e);
}

/* The same answers from one shard and from several. */
Test(build, shards_search_as_one)
{
    env e;
    char *one = NULL, *two = NULL, *out = NULL, db[128];
    static const char *const queries[] = {
        "'integrated care' -n 5", "ACO -n 3", "accountabel",
        "--json '\"accountable care organisations\"' -n 3",
        "speakers", "'type:recommendation workforce'"};
    env_new(&e);
    snprintf(db, sizeof db, "%s/db", e.dir);
    cr_assert_eq(index_(&e, &out, "--jobs 2 --full"), 0, "%s", out);
    free(out);
    cr_assert_eq(sh(&out, "cat %s/current/XAPIANDB", db), 0);
    cr_assert_not_null(strstr(out, "auto meta"), "%s", out);
    free(out);
    cr_expect_eq(shards(db), 1, "two workers, one shard");
    for (size_t i = 0; i < sizeof queries / sizeof *queries; i++) {
        search(db, &one, queries[i]);
        cr_assert_eq(index_(&e, &out, "--jobs 2 --shards 2 --full"), 0, "%s",
                     out);
        free(out);
        cr_assert_eq(shards(db), 2);
        search(db, &two, queries[i]);
        cr_expect_str_eq(one, two, "%s differs across shards", queries[i]);
        free(one);
        free(two);
        cr_assert_eq(index_(&e, &out, "--jobs 1 --shards 1 --full"), 0, "%s",
                     out);
        free(out);
    }
    search(db, &out, "accountabel");
    cr_expect_not_null(strstr(out, "accountable"), "no suggestion: %s", out);
    free(out);
    env_free(&e);
}

/* The reports of a --json output, in order, each run of one report
 * once: "HC 650|HC 1650|". */
static void report_runs(const char *json, evx_buf *runs)
{
    char last[64] = "";
    for (const char *p = json; (p = strstr(p, "\"report\":\"")) != NULL;) {
        p += strlen("\"report\":\"");
        size_t n = strcspn(p, "\"");
        if (n < sizeof last && (strlen(last) != n || strncmp(last, p, n))) {
            memcpy(last, p, n);
            last[n] = '\0';
            evx_buf_printf(runs, "%s|", last);
        }
    }
}

/* Document order keeps each report's units together and in the order of
 * the report numbers, whichever worker wrote them: two workers used to
 * interleave one witness's quotations from two reports. */
Test(build, document_order_keeps_each_report_together)
{
    env e;
    char *one = NULL, *two = NULL, *out = NULL;
    evx_buf runs = EVX_BUF_INIT;
    const char *q = "--sort=document --json -n 200 "
                    "'type:quotation speaker:\"Simon Stevens\"'";
    strcpy(e.dir, "/tmp/evx-build-XXXXXX");
    cr_assert_not_null(mkdtemp(e.dir));
    /* two copies of each report: HC 650 and HC 1650 share their witnesses,
     * and two workers write them into different scratch databases */
    cr_assert_eq(sh(&out, "%s/evidex-gencorpus %s/corpus %s/corpus 2", bin(),
                    src(), e.dir), 0, "%s", out);
    free(out);
    cr_assert_eq(index_(&e, &out, "--jobs 2"), 0, "%s", out);
    free(out);
    char db[128];
    snprintf(db, sizeof db, "%s/db", e.dir);
    cr_assert_eq(search(db, &two, q), 0, "%s", two);
    report_runs(two, &runs);
    cr_expect_str_eq(evx_buf_str(&runs), "HC 650|HC 1650|");
    cr_assert_eq(index_(&e, &out, "--jobs 1 --full"), 0, "%s", out);
    free(out);
    cr_assert_eq(search(db, &one, q), 0, "%s", one);
    cr_expect_str_eq(one, two, "document order depends on the workers");
    free(one);
    free(two);
    evx_buf_free(&runs);
    env_free(&e);
}

/* out without the line that names the index (the same otherwise). */
static void drop_db_line(char *out)
{
    char *p = strstr(out, "evidex-index: indexed ");
    if (p)
        *p = '\0';
}

/* One end-of-run report for the whole run, whatever the number of
 * workers: each worker used to print its own (two "N report(s)" lines,
 * each half the corpus) and the index's stats said 0 reports. */
Test(build, one_report_of_the_run_whatever_the_workers)
{
    env e;
    char *one = NULL, *three = NULL, *out = NULL;
    strcpy(e.dir, "/tmp/evx-build-XXXXXX");
    cr_assert_not_null(mkdtemp(e.dir));
    cr_assert_eq(sh(&out, "%s/evidex-gencorpus %s/corpus %s/corpus 3", bin(),
                    src(), e.dir), 0, "%s", out);
    free(out);
    /* a warning from the first worker's report and one from the last's */
    cr_assert_eq(sh(NULL, "cd %s/corpus && "
                          "sed -i '300s/$/ \\xff broken/' 00000_000_*.txt && "
                          "sed -i '200s/$/ \\xff broken/' 00002_hc179*.txt",
                    e.dir), 0);
    /* bytes replaced: published, exit 1 */
    cr_assert_eq(index_(&e, &three, "--jobs 3"), 1, "%s", three);
    cr_assert_eq(index_(&e, &one, "--jobs 1 --full"), 1, "%s", one);
    drop_db_line(one);
    drop_db_line(three);
    cr_expect_not_null(strstr(one, "evidex-index: 6 report(s)"), "%s", one);
    cr_expect_not_null(strstr(one, "2 warning(s)"), "%s", one);
    const char *w1 = strstr(one, "00000_000_");
    const char *w2 = w1 ? strstr(w1, "warning: corpus/00002_hc179") : NULL;
    cr_expect(w1 && w2, "warnings not in manifest order: %s", one);
    cr_expect_str_eq(three, one, "three workers report otherwise than one");
    free(one);
    free(three);
    env_free(&e);
}

/* Indexes e's corpus, then expects the reports of its paragraphs in
 * document order to run as want ("HC 179|HC 650|"). */
static void expect_report_order(const env *e, const char *want,
                                const char *why)
{
    char *out = NULL, db[128];
    evx_buf runs = EVX_BUF_INIT;
    snprintf(db, sizeof db, "%s/db", e->dir);
    cr_assert_eq(index_(e, &out, ""), 0, "%s", out);
    free(out);
    cr_assert_eq(search(db, &out, "--sort=document --json -n 1000 "
                                  "type:paragraph"), 0, "%s", out);
    report_runs(out, &runs);
    cr_expect_str_eq(evx_buf_str(&runs), want, "%s", why);
    free(out);
    evx_buf_free(&runs);
}

/* Reports in document order come in the order they were published (then
 * by number): HC 179 dated after HC 650 comes after it, where its number
 * put it first. */
Test(build, document_order_follows_publication_dates)
{
    env e;
    env_new(&e);
    expect_report_order(&e, "HC 179|HC 650|", "2016 before 2018");
    cr_assert_eq(sh(NULL, "sed -i 's/24 August 2016/24 August 2019/' "
                          "%s/corpus/manifest.tsv", e.dir), 0);
    expect_report_order(&e, "HC 650|HC 179|", "2018 before 2019");
    env_free(&e);
}

/* Commons numbers start again each session: the bundled HC 179 renamed
 * HC 650 is a report of another session than HC 650, and was merged into
 * it (HC 179's paragraphs 1-73 lost among HC 650's, without a word). */
Test(build, one_number_in_two_sessions_indexes_both_reports)
{
    env e;
    char *out = NULL, db[128];
    env_new(&e);
    snprintf(db, sizeof db, "%s/db", e.dir);
    cr_assert_eq(sh(NULL, "sed -i 's/\tHC 179\t/\tHC 650\t/' "
                          "%s/corpus/manifest.tsv", e.dir), 0);
    cr_assert_eq(index_(&e, &out, "--jobs 2"), 0, "%s", out);
    const char *said = "indexed as 'HC 650 (2016\xE2\x80\x93" "17)'";
    char *at = strstr(out, said);
    cr_expect_not_null(at, "%s", out);
    cr_expect(at && !strstr(at + 1, said), "said twice: %s", out);
    cr_expect_not_null(strstr(out, "HC 650 (2016\xE2\x80\x93" "17): "
                                   "paragraphs 1-73, 0 missing"), "%s", out);
    cr_expect_not_null(strstr(out, "HC 650 (2017\xE2\x80\x93" "19): "
                                   "paragraphs 1-307, 0 missing"), "%s", out);
    free(out);
    /* both found by the number, each by its key */
    cr_expect_eq(search(db, &out, "-c 'report:\"HC 650\" microbeads'"), 0);
    free(out);
    cr_expect_eq(search(db, &out, "-c 'report:\"HC 650 (2017-19)\" microbeads'"),
                 1, "%s", out);
    free(out);
    cr_expect_eq(search(db, &out, "show HC650-2016-17/p1"), 0, "%s", out);
    cr_expect_not_null(strstr(out, "microplastic"), "%s", out);
    free(out);
    cr_expect_eq(search(db, &out, "show HC650-2017-19/p1"), 0, "%s", out);
    cr_expect_not_null(strstr(out, "integrated care"), "%s", out);
    free(out);
    /* an id without the session points to both */
    cr_expect_eq(search(db, &out, "show HC650/p1"), 1, "%s", out);
    cr_expect_not_null(strstr(out, "no unit with id 'HC650/p1'; its report's "
                                   "number is that of reports of several "
                                   "sessions: "), "%s", out);
    cr_expect_not_null(strstr(out, "HC650-2016-17/p1"), "%s", out);
    cr_expect_not_null(strstr(out, "HC650-2017-19/p1"), "%s", out);
    free(out);
    /* a citation gives the session once, and the number as printed */
    cr_expect_eq(search(db, &out, "--cite -n 1 microbeads"), 0, "%s", out);
    cr_expect_not_null(strstr(out, "Session 2016\xE2\x80\x93" "17, HC 650, "),
                       "%s", out);
    free(out);
    env_free(&e);
}

/* The shard count a build was given is the next builds' until another
 * is given. */
Test(build, the_shard_count_is_kept_for_later_builds)
{
    env e;
    char *out = NULL, db[128];
    static const char *const runs[] = {"--shards 2", "--full", "--full --shards 1",
                                       "--full"};
    static const int expect[] = {2, 2, 1, 1};
    env_new(&e);
    snprintf(db, sizeof db, "%s/db", e.dir);
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
        cr_assert_eq(index_(&e, &out, runs[i]), 0, "%s", out);
        free(out);
        cr_expect_eq(shards(db), expect[i], "after %s", runs[i]);
    }
    env_free(&e);
}

/* A shard of the current index removed by hand: the next build says so,
 * reads its reports again and publishes a whole index, where it had called
 * the index up to date (nothing changed) or failed ("not found"). */
Test(build, a_shard_lost_by_hand_is_read_again)
{
    env e;
    char *out = NULL, db[128], full[128];
    static const char *const queries[] = {"plastic", "'integrated care'"};
    env_new(&e);
    snprintf(db, sizeof db, "%s/db", e.dir);
    snprintf(full, sizeof full, "%s/full", e.dir);
    cr_assert_eq(index_(&e, &out, "--shards 2"), 0, "%s", out);
    free(out);
    cr_assert_eq(sh(NULL, "rm -rf %s/current/s1-1", db), 0);
    cr_assert_eq(index_(&e, &out, ""), 0, "%s", out);
    cr_expect_not_null(strstr(out, "warning: shard s1-1 of the current index "
                                   "cannot be read"), "%s", out);
    cr_expect_not_null(strstr(out, "its 1 report(s) are read again"), "%s", out);
    cr_expect_null(strstr(out, "up to date"), "%s", out);
    free(out);
    cr_expect_eq(shards(db), 2);
    same_as_full(&e, db, full, queries, 2, 0);
    env_free(&e);
}

/* An index made by another build of evidex-index (an upgrade, whose
 * readers may name a speaker or place a footnote otherwise) has every
 * report read again, and says why; the same build finds it up to date.
 * An incremental build had kept the old build's units of every report
 * whose files had not changed, whatever it had read wrongly. */
Test(build, another_indexer_reads_every_report_again)
{
    env e;
    char *out = NULL;
    env_new(&e);
    cr_assert_eq(index_(&e, &out, ""), 0, "%s", out);
    free(out);
    /* the same program, another build: one byte more */
    cr_assert_eq(sh(NULL, "cp %s/evidex-index %s/evx2 && printf x >> %s/evx2", bin(),
                    e.dir, e.dir), 0);
    cr_assert_eq(sh(&out, "%s/evx2 --db %s/db --corpus %s/corpus", e.dir, e.dir, e.dir),
                 0, "%s", out);
    cr_expect_not_null(strstr(out, "made by another build of evidex-index: every "
                                   "report is read again"), "%s", out);
    cr_expect_null(strstr(out, "up to date"), "%s", out);
    free(out);
    cr_assert_eq(sh(&out, "%s/evx2 --db %s/db --corpus %s/corpus", e.dir, e.dir, e.dir),
                 0, "%s", out);
    cr_expect_not_null(strstr(out, "index is up to date"), "%s", out);
    free(out);
    cr_assert_eq(index_(&e, &out, ""), 0, "%s", out);
    cr_expect_null(strstr(out, "up to date"), "%s", out);
    free(out);
    env_free(&e);
}

/* A free loopback port: bind to port 0 and read back what was given. */
static int free_port(void)
{
    struct sockaddr_in a;
    socklen_t len = sizeof a;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    cr_assert_eq(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
    cr_assert_eq(getsockname(fd, (struct sockaddr *)&a, &len), 0);
    close(fd);
    return ntohs(a.sin_port);
}

Test(build, a_remote_shard_answers_like_a_local_one)
{
    env e;
    char *out = NULL, *local = NULL, *remote = NULL, db[128], stub[128];
    signal(SIGPIPE, SIG_IGN);
    if (sh(NULL, "command -v xapian-tcpsrv") != 0)
        cr_skip_test("xapian-tcpsrv not installed (apt-get install xapian-tools)");
    env_new(&e);
    snprintf(db, sizeof db, "%s/db", e.dir);
    snprintf(stub, sizeof stub, "%s/stub", e.dir);
    cr_assert_eq(index_(&e, &out, "--jobs 2 --shards 2"), 0, "%s", out);
    free(out);
    int port = free_port();
    /* The stub: the metadata shard and the first shard local, the
     * second served by xapian-tcpsrv. */
    cr_assert_eq(sh(NULL, "cd %s/current && set -- $(sed -n 's/^auto //p' XAPIANDB) && "
                          "mkdir -p %s && { echo \"auto $PWD/$1\"; echo \"auto $PWD/$2\"; "
                          "echo 'remote 127.0.0.1:%d'; } > %s/XAPIANDB && "
                          "echo $PWD/$3 > %s/served",
                    db, stub, port, stub, e.dir), 0);
    char served[512], portarg[16];
    cr_assert_eq(sh(&out, "cat %s/served", e.dir), 0);
    snprintf(served, sizeof served, "%s", out);
    served[strcspn(served, "\n")] = '\0';
    free(out);
    snprintf(portarg, sizeof portarg, "%d", port);
    pid_t srv = fork();
    cr_assert_neq(srv, -1);
    if (srv == 0) {
        setpgid(0, 0); /* xapian-tcpsrv signals its whole group on exit */
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1",
               "--port", portarg, served, (char *)NULL);
        _exit(127);
    }
    for (int i = 0; i < 50 && sh(NULL, "%s/evidex --db %s workforce >/dev/null", bin(), stub) == 2; i++)
        usleep(100000);
    /* Each report's units go to one shard, so these show units of both,
     * the served shard's sent over the wire: a shard built to be served
     * keeps its termlist, which Xapian's remote protocol needs to send a
     * document (without it: "Database has no termlist"). */
    static const char *const queries[][2] = {
        {"'integrated care' -n 5", "HC650/"}, {"microbeads -n 5", "HC179/"},
        {"'\"speed of trust\"'", "HC650/"}, {"who plastic", "HC179/"},
        {"show HC179/p61", "HC179/p61"}};
    for (size_t i = 0; i < sizeof queries / sizeof *queries; i++) {
        cr_expect_eq(search(db, &local, queries[i][0]), 0, "%s", local);
        cr_expect_eq(search(stub, &remote, queries[i][0]), 0, "%s", remote);
        cr_expect_str_eq(local, remote, "%s", queries[i][0]);
        cr_expect_not_null(strstr(remote, queries[i][1]), "%s: %s",
                           queries[i][0], remote);
        free(local);
        free(remote);
    }
    /* A count cannot be stopped in a remote shard: it counts it whole,
     * exactly as locally, and past a small bound estimates the rest. */
    cr_assert_eq(sh(&local, "%s/evidex --db %s -c 'integrated care'", bin(), db), 0);
    cr_assert_eq(sh(&remote, "%s/evidex --db %s -c 'integrated care'", bin(), stub), 0);
    cr_expect_str_eq(local, remote);
    cr_assert_eq(sh(&out, "EVIDEX_COUNT_BOUND=20 %s/evidex --db %s --color=never "
                          "-n 1 'integrated care' | head -1", bin(), stub), 0);
    unsigned long est = 0, exact = strtoul(local, NULL, 10);
    cr_expect(sscanf(out, "1 of about %lu", &est) == 1 ||
              sscanf(out, "1 of %lu", &est) == 1, "%s", out);
    cr_expect_gt(exact, 20, "%s", local);
    cr_expect_geq(est, exact / 2, "%s against %lu", out, exact);
    cr_expect_leq(est, exact * 2, "%s against %lu", out, exact);
    free(out);
    free(local);
    free(remote);
    kill(srv, SIGTERM);
    waitpid(srv, NULL, 0);
    usleep(200000);
    int code = search(stub, &out, "workforce");
    cr_expect_eq(code, 2, "%s", out);
    cr_expect_not_null(strstr(out, "remote shard unreachable"), "%s", out);
    cr_expect_not_null(strstr(out, "127.0.0.1"), "does not name it: %s", out);
    cr_expect_eq(strchr(out, '\n'), out + strlen(out) - 1, "not one line: %s", out);
    free(out);
    /* --allow-partial-shards: the rest answers, with one warning naming
     * the shard that is down. */
    code = sh(&out, "%s/evidex --db %s --allow-partial-shards -c workforce "
                    "2>%s/warn", bin(), stub, e.dir);
    cr_expect_eq(code, 0, "%s", out);
    cr_expect_gt(atol(out), 0, "%s", out);
    free(out);
    cr_assert_eq(sh(&out, "cat %s/warn", e.dir), 0);
    cr_expect_not_null(strstr(out, "warning: shard skipped"), "%s", out);
    cr_expect_not_null(strstr(out, "remote 127.0.0.1:"), "does not name it: %s", out);
    cr_expect_eq(strchr(out, '\n'), out + strlen(out) - 1, "not one line: %s", out);
    free(out);
    env_free(&e);
}
