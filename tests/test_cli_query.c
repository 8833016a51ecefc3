/*
 * test_cli_query.c - what a query means, end to end through the built
 * binaries over an index of both bundled reports (HC 650 and HC 179):
 * names against topics, "did you mean", function words and wildcards,
 * names as the report prints them, and citations.  test_cli.c covers the
 * options and output formats.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cliutil.h"
#include "json.h"
#include "schema.h"

TestSuite(query, .init = need_index);

/* Calls fn on each parsed line of JSON Lines output; returns the number
 * of lines. */
static size_t each_json(const char *out, void (*fn)(const evx_json *, void *),
                        void *ctx)
{
    size_t n = 0;

    for (const char *p = out, *nl; *p; p = nl + 1) {
        evx_json *root = NULL;

        nl = strchr(p, '\n');
        cr_assert_not_null(nl);
        cr_assert_eq(evx_json_parse(&root, p, (size_t)(nl - p), NULL), EVX_OK,
                     "%.*s", (int)(nl - p), p);
        fn(root, ctx);
        evx_json_free(root);
        n++;
    }
    return n;
}

/* Runs `evidex ARGS`, expecting exit status rc; its stdout (malloc'd). */
static char *expect_run(const char *args, int rc)
{
    char *out, *err;

    cr_expect_eq(evidex(args, &out, &err), rc, "evidex %s: %s%s", args, out,
                 err);
    free(err);
    return out;
}

/* ---- 5: names never match a topic --------------------------------------- */

/* A hit must show why it matched: some highlighted word of its text lies in
 * its snippet. */
static void has_highlight_in_snippet(const evx_json *hit, void *ctx)
{
    size_t tlen = 0, slen = 0;
    const char *text = evx_json_str(evx_json_get(hit, "text"), &tlen);
    const char *snip = evx_json_str(evx_json_get(hit, "snippet"), &slen);
    const evx_json *hl = evx_json_get(hit, "highlights");
    int shown = 0;

    (void)ctx;
    for (size_t i = 0; text && snip && i < evx_json_len(hl) && !shown; i++) {
        size_t s = (size_t)evx_json_num(evx_json_at(evx_json_at(hl, i), 0), 0);
        size_t e = (size_t)evx_json_num(evx_json_at(evx_json_at(hl, i), 1), 0);
        char *word = e > s && e <= tlen ? strndup(text + s, e - s) : NULL;
        shown = word && strstr(snip, word);
        free(word);
    }
    cr_expect(shown, "%s matched with nothing highlighted: %s",
              evx_json_get_str(hit, "id"), snip ? snip : "(no snippet)");
}

static void all_hits_highlighted(const char *query)
{
    evx_buf args = EVX_BUF_INIT;
    char *out;

    evx_buf_printf(&args, "--json -n 200 '%s'", query);
    out = expect_run(evx_buf_str(&args), 0);
    cr_expect_gt(each_json(out, has_highlight_in_snippet, NULL), 0, "%s", query);
    free(out);
    evx_buf_free(&args);
}

Test(query, every_quotation_hit_shows_its_word)
{
    all_hits_highlighted("type:quotation funding");
    all_hits_highlighted("type:quotation transformation");
    all_hits_highlighted("type:quotation report:HC179 industry");
    all_hits_highlighted("type:quotation report:HC179 microbeads");
}

/* The speakers ranked first for a topic have quotations that hold it, not
 * merely a name that stems like it. */
static void top_speakers_said_it(const char *topic)
{
    evx_buf args = EVX_BUF_INIT;
    char *out;

    evx_buf_printf(&args, "speakers --json -n 3 '%s'", topic);
    out = expect_run(evx_buf_str(&args), 0);
    for (const char *p = out, *nl; (nl = strchr(p, '\n')); p = nl + 1) {
        evx_json *sp = NULL;
        char *hits;

        cr_assert_eq(evx_json_parse(&sp, p, (size_t)(nl - p), NULL), EVX_OK);
        evx_buf_clear(&args);
        evx_buf_printf(&args, "--json -n 50 'type:quotation speaker:\"%s\" %s'",
                       evx_json_get_str(sp, "name"), topic);
        hits = expect_run(evx_buf_str(&args), 0);
        cr_expect_gt(each_json(hits, has_highlight_in_snippet, NULL), 0);
        free(hits);
        evx_json_free(sp);
    }
    free(out);
    evx_buf_free(&args);
}

Test(query, speakers_rank_by_what_was_said)
{
    top_speakers_said_it("funding");
    top_speakers_said_it("report:HC179 industry");
}

Test(query, a_name_still_finds_its_quotations)
{
    char *out = expect_run("--json -n 50 'Ian Dalton'", 0);

    cr_expect(strstr(out, "\"name\":\"Ian Dalton\""), "%s", out);
    free(out);
    out = expect_run("--json -n 50 'type:quotation Dalton'", 0);
    cr_expect(strstr(out, "\"name\":\"Ian Dalton\""), "%s", out);
    free(out);
}

/* Every match of a topic word, written as a topic is (not as a name,
 * "Plastic"), has the word in its own text: none comes only through a
 * speaker's or organisation's name (The King's Fund, Cornwall Plastic
 * Pollution Coalition, Care England). */
Test(query, a_topic_word_never_matches_through_a_name)
{
    static const char *const words[] = {"plastic", "fund", "care", "health",
                                        "pollution", "confederation"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        evx_buf args = EVX_BUF_INIT;
        evx_buf_printf(&args, "--json -n 5000 '%s'", words[i]);
        char *out = expect_run(evx_buf_str(&args), 0);
        cr_expect_gt(each_json(out, has_highlight_in_snippet, NULL), 0, "%s",
                     words[i]);
        free(out);
        evx_buf_free(&args);
    }
}

/* ---- 4: did you mean ----------------------------------------------------- */

/* The suggestion `evidex ARGS` prints (malloc'd), or NULL; expects exit
 * status rc. */
static char *suggestion(const char *args, int rc)
{
    char *out, *err, *s = NULL, *p;

    cr_expect_eq(evidex(args, &out, &err), rc, "evidex %s: %s", args, err);
    p = strstr(err, "Did you mean: ");
    if (p) {
        p += strlen("Did you mean: ");
        s = strndup(p, strcspn(p, "\n"));
    }
    free(out);
    free(err);
    return s;
}

static unsigned long count_of(const char *query)
{
    evx_buf args = EVX_BUF_INIT;
    char *out;
    unsigned long n;

    evx_buf_printf(&args, "-c '%s'", query);
    evidex(evx_buf_str(&args), &out, NULL);
    n = strtoul(out, NULL, 10);
    free(out);
    evx_buf_free(&args);
    return n;
}

/* `evidex ARGS` (a query, maybe after a command) suggests want, which
 * finds more than the query did. */
static void suggests(const char *args, const char *query, int rc,
                     const char *want)
{
    char *s = suggestion(args, rc);

    cr_expect(s && strcmp(s, want) == 0, "evidex %s: suggested %s, not %s",
              args, s ? s : "nothing", want);
    if (s && query)
        cr_expect_gt(count_of(s), count_of(query), "%s finds no more than %s",
                     s, query);
    free(s);
}

Test(query, did_you_mean_per_missing_word_even_when_others_match)
{
    suggests("'privatisaton of the NHS'", "privatisaton of the NHS", 0,
             "privatisation of the NHS");
    suggests("'report:HC179 microbeeds cosmetcs'",
             "report:HC179 microbeeds cosmetcs", 1,
             "report:HC179 microbeads cosmetics");
}

Test(query, did_you_mean_in_phrases_and_fields)
{
    suggests("'\"privatisaton of the NHS\"'", "\"privatisaton of the NHS\"", 1,
             "\"privatisation of the NHS\"");
    suggests("'speaker:stevns'", "speaker:stevns", 1, "speaker:stevens");
    suggests("'org:\"Flora Internatonal\"'", "org:\"Flora Internatonal\"", 1,
             "org:\"Flora international\"");
}

Test(query, did_you_mean_in_every_command)
{
    suggests("who 'consistant and clear messages'", NULL, 1,
             "consistent and clear messages");
    suggests("check 'consistant and clear messages'", NULL, 1,
             "consistent and clear messages");
    suggests("speakers privatisaton", NULL, 1, "privatisation");
}

/* Two words the index lacks that it has closed up are one word. */
Test(query, did_you_mean_closes_up_split_words)
{
    suggests("'smoke screen'", "smoke screen", 1, "smokescreen");
}

/* No suggestion that finds the same units or fewer. */
Test(query, no_suggestion_that_finds_no_more)
{
    char *s = suggestion("regulate", 0);

    cr_expect_null(s, "suggested %s", s);
    free(s);
    s = suggestion("'integration xyzzyplughq'", 0);
    cr_expect_null(s, "suggested %s", s);
    free(s);
}

/* A word spelt right that the reports never use is not "corrected" to one
 * they do ("love" is not a misspelt "move", "tiny" not "tony"): the English
 * word list ($EVIDEX_DICT; Debian's wbritish by default) says so.  Without
 * a list every such word got a suggestion. */
Test(query, no_suggestion_for_a_word_spelt_right)
{
    char path[1024];
    char *s;

    snprintf(path, sizeof path, "%s/tests/fixtures/english-words.txt",
             src_dir());
    setenv("EVIDEX_DICT", "", 1);
    s = suggestion("'people love their local hospital'", 0);
    cr_expect_not_null(s, "without a word list, love is taken for a typo");
    free(s);
    setenv("EVIDEX_DICT", path, 1);
    s = suggestion("'people love their local hospital'", 0);
    cr_expect_null(s, "suggested %s", s);
    free(s);
    s = suggestion("'can sewage works catch the tiny plastic bits'", 0);
    cr_expect_null(s, "suggested %s", s);
    free(s);
    s = suggestion("tiny", 1);
    cr_expect_null(s, "suggested %s", s);
    free(s);
    /* Spelt right, closed up: still one word of the index. */
    suggests("'smoke screen'", "smoke screen", 1, "smokescreen");
}

/* A misspelt word that matches nothing is corrected though the query's
 * other words find units ("plastic", "fish"), and though the correction
 * finds no more of them; the words spelt right around it stay. */
Test(query, suggestion_for_a_dead_word_among_live_ones)
{
    char path[1024];

    snprintf(path, sizeof path, "%s/tests/fixtures/english-words.txt",
             src_dir());
    setenv("EVIDEX_DICT", path, 1);
    suggests("'do fish and seabiirds swallow plastic'", NULL, 0,
             "do fish and seabirds swallow plastic");
    suggests("'can sewage works catch the tiny plstic bits'", NULL, 0,
             "can sewage works catch the tiny plastic bits");
}

/* ---- 10: function words, wildcards, similar ----------------------------- */

Test(query, function_words_alone_match_nothing)
{
    free(expect_run("the", 1));
    free(expect_run("'of the'", 1));
    free(expect_run("'report:HC179 the'", 1));
    /* with a content word they weigh; in a phrase they count */
    free(expect_run("'speed of trust'", 0));
    free(expect_run("'\"of the\"'", 0));
}

Test(query, wildcard_matches_are_highlighted)
{
    all_hits_highlighted("type:quotation integrat*"); /* headings of paragraphs match too, but are not in the text */
    all_hits_highlighted("type:quotation report:HC179 microbead*");
}

/* A '*' that is not at the end of a word is an error naming its column,
 * never a silent "nothing found" or a suggestion. */
Test(query, misplaced_star_is_an_error)
{
    static const char *const bad[][2] = {
        {"'integ*tion'", "column 6"},
        {"'\"integrat* care\"'", "column 10"},
        {"'*gration'", "column 1"},
    };

    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *out, *err;

        cr_expect_eq(evidex(bad[i][0], &out, &err), 2, "%s", bad[i][0]);
        cr_expect(strstr(err, "query error: '*'") && strstr(err, bad[i][1]),
                  "%s: %s", bad[i][0], err);
        cr_expect_null(strstr(err, "Did you mean"), "%s", err);
        cr_expect_eq(strchr(err, '\n') - err + 1, (long)strlen(err),
                     "one line: %s", err);
        free(out);
        free(err);
    }
}

/* The speaker of `evidex show --json ID`, malloc'd ("" if none). */
static char *speaker_of(const char *id)
{
    evx_buf args = EVX_BUF_INIT;
    evx_json *u = NULL;
    char *out, *name;

    evx_buf_printf(&args, "show --json '%s'", id);
    out = expect_run(evx_buf_str(&args), 0);
    cr_assert_eq(evx_json_parse(&u, out, strcspn(out, "\n"), NULL), EVX_OK);
    name = strdup(evx_json_get_str(evx_json_get(u, "speaker"), "name")
                      ? evx_json_get_str(evx_json_get(u, "speaker"), "name")
                      : "");
    evx_json_free(u);
    free(out);
    evx_buf_free(&args);
    return name;
}

typedef struct same_speaker {
    const char *name;
    size_t same;
} same_speaker;

static void count_same(const evx_json *hit, void *ctx)
{
    same_speaker *s = ctx;
    const char *n = evx_json_get_str(evx_json_get(hit, "speaker"), "name");

    s->same += n && strcmp(n, s->name) == 0;
}

/* Units like a quotation are on its topic, not its speaker's other
 * quotations. */
Test(query, similar_is_about_the_topic_not_the_speaker)
{
    static const char *const ids[] = {"HC650/p239/q1", "HC650/p103/q1",
                                      "HC179/p70/q1"};

    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        evx_buf args = EVX_BUF_INIT;
        same_speaker s = {speaker_of(ids[i]), 0};
        char *out;

        cr_expect_neq(s.name[0], '\0', "%s has no speaker", ids[i]);
        evx_buf_printf(&args, "similar --json -n 5 '%s'", ids[i]);
        out = expect_run(evx_buf_str(&args), 0);
        cr_expect_eq(each_json(out, count_same, &s), 5);
        cr_expect_leq(s.same, 1, "%s: %zu of 5 by %s", ids[i], s.same, s.name);
        free(out);
        free((char *)s.name);
        evx_buf_free(&args);
    }
}

static void add_id(const evx_json *hit, void *ctx)
{
    evx_buf_printf(ctx, "%s ", evx_json_get_str(hit, "id"));
}

/* The index's shards have no termlists (schema.h), and `similar` finds
 * the units it found when they had: those of Xapian's get_eset (since
 * index format 16 with a quotation at its share of the weight, impact.h:
 * HC650/p251/q1, fifth, gave way to HC650/annex/1). */
Test(query, similar_answers_without_termlists)
{
    evx_buf cmd = EVX_BUF_INIT, ids = EVX_BUF_INIT;
    char *out;

    evx_buf_puts(&cmd, "test -z \"$(find \"$EVIDEX_DB\"/current/ -name termlist.glass "
                       "! -path '*/" EVX_META_DB "/*')\"");
    cr_expect_eq(run(evx_buf_str(&cmd), NULL, NULL), 0, "a shard has a termlist");
    out = expect_run("similar --json -n 5 HC650/p90", 0);
    each_json(out, add_id, &ids);
    cr_expect_str_eq(evx_buf_str(&ids), "HC650/p251 HC650/annex/8 HC650/p279 "
                                        "HC650/p77 HC650/annex/1 ");
    free(out);
    evx_buf_free(&cmd);
    evx_buf_free(&ids);
}

/* ---- 6: citations --------------------------------------------------------- */

/* The manifest line of report (its columns, tab-separated), malloc'd. */
static char *manifest_line(const char *report)
{
    evx_buf path = EVX_BUF_INIT;
    char *m, *line = NULL;

    evx_buf_printf(&path, "%s/corpus/manifest.tsv", src_dir());
    m = tu_slurp(evx_buf_str(&path), NULL, 1);
    for (char *p = m, *nl; !line && (nl = strchr(p, '\n')); p = nl + 1) {
        char *tab = strchr(p, '\t');
        if (*p != '#' && tab && tab < nl &&
            strncmp(tab + 1, report, strlen(report)) == 0 &&
            tab[1 + strlen(report)] == '\t')
            line = strndup(p, (size_t)(nl - p));
    }
    free(m);
    evx_buf_free(&path);
    cr_assert_not_null(line, "no manifest line for %s", report);
    return line;
}

/* Column col (0-based) of a manifest line, malloc'd. */
static char *column(const char *line, int col)
{
    for (int i = 0; i < col; i++)
        line = strchr(line, '\t') + 1;
    return strndup(line, strcspn(line, "\t"));
}

/* `--cite show ID` ends with "Committee, *Title*, Session, HC N, date,
 * para P, p. N", the first five from the manifest, the last two from the
 * unit, and a blank line after. */
static void cites_fully(const char *id, const char *report)
{
    char *line = manifest_line(report), *out, *title, *committee, *session,
         *published, *json;
    evx_buf want = EVX_BUF_INIT, args = EVX_BUF_INIT;
    evx_json *u = NULL;

    title = column(line, 2);
    committee = column(line, 3);
    session = column(line, 4);
    published = column(line, 5);
    evx_buf_printf(&args, "show --json '%s'", id);
    json = expect_run(evx_buf_str(&args), 0);
    cr_assert_eq(evx_json_parse(&u, json, strcspn(json, "\n"), NULL), EVX_OK);
    evx_buf_printf(&want, "%s, *%s*, %s, %s, %s, para %.0f, p. %.0f\n\n",
                   committee, title, session, report, published,
                   evx_json_get_num(u, "para", 0), evx_json_get_num(u, "page", 0));
    evx_buf_clear(&args);
    evx_buf_printf(&args, "--cite show '%s'", id);
    out = expect_run(evx_buf_str(&args), 0);
    cr_expect(strlen(out) > want.len &&
                  strcmp(out + strlen(out) - want.len, want.data) == 0,
              "%s: want it to end with %s", out, want.data);
    free(out);
    free(json);
    evx_json_free(u);
    free(line), free(title), free(committee), free(session), free(published);
    evx_buf_free(&want);
    evx_buf_free(&args);
}

Test(query, citation_names_report_session_date_para_and_page)
{
    cites_fully("HC650/p239", "HC 650");
    cites_fully("HC650/p239/q1", "HC 650");
    cites_fully("HC179/p70", "HC 179");
    cites_fully("HC179/p70/q1", "HC 179");
}

/* Runs the shell script in cmd (freed) and expects it to succeed; the
 * failure names para and why. */
static void expect_script(evx_buf *cmd, const char *para, const char *why)
{
    cr_expect_eq(run(evx_buf_str(cmd), NULL, NULL), 0, "%s: %s", para, why);
    evx_buf_free(cmd);
}

/* A paragraph that introduces block quotations ("... saying:") is cited
 * with them, quoted inside its quote ("> > "): the first such line is the
 * start of one of the paragraph's own quotations. */
static void cites_inner_quotations(const char *para)
{
    evx_buf cmd = EVX_BUF_INIT;
    const char *e = bin_dir();

    evx_buf_printf(&cmd,
                   "line=$('%s/evidex' --cite show %s | sed -n 's/^> > //p' "
                   "| head -1 | cut -c1-40); test -n \"$line\" || exit 1; "
                   "for q in $('%s/evidex' show --json %s | jq -r "
                   "'.quotations[].id'); do '%s/evidex' show --json \"$q\" | "
                   "jq -r .text | grep -qF \"$line\" && exit 0; done; exit 1",
                   e, para, e, para, e);
    expect_script(&cmd, para, "cited without its block quotations");
}

/* The same paragraph found by a search (report:, para:, type:) is cited
 * with its block quotations too, each where the report prints it: the
 * paragraph's own words go on after the first ("> " after "> > "). */
static void search_cites_quotations_in_place(const char *para)
{
    evx_buf cmd = EVX_BUF_INIT;
    const char *e = bin_dir();

    evx_buf_printf(&cmd,
                   "q=$('%s/evidex' show --json %s | jq -r '\"report:\" + "
                   "(.report | gsub(\" \"; \"\")) + \" para:\" + "
                   "(.para | tostring) + \" type:paragraph\"'); "
                   "'%s/evidex' --cite -n1 \"$q\" | awk '/^> > / { q = 1 } "
                   "q && /^> [^>]/ { ok = 1 } END { exit !ok }'",
                   e, para, e);
    expect_script(&cmd, para,
                  "a search cites it without its block quotations in place");
}

Test(query, citation_keeps_the_paragraphs_block_quotations)
{
    cites_inner_quotations("HC650/p102");
    cites_inner_quotations("HC179/p8");
    search_cites_quotations_in_place("HC650/p102");
    search_cites_quotations_in_place("HC179/p48");
}

/* ---- 9: bash completion without the bash-completion package -------------- */

Test(query, completion_works_without_bash_completion)
{
    evx_buf cmd = EVX_BUF_INIT;
    char *out, *err;

    evx_buf_printf(&cmd,
                   "PATH='%s':$PATH bash --norc --noprofile -c '"
                   ". doc/evidex.bash-completion; "
                   "t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); "
                   "COMPREPLY=(); _evidex; echo \"${COMPREPLY[*]}\"; }; "
                   "t evidex show HC179/p7; t evidex show HC650/p23; "
                   "t evidex type:quo; t evidex --so'",
                   bin_dir());
    cr_expect_eq(run(evx_buf_str(&cmd), &out, &err), 0, "%s", err);
    cr_expect_null(strstr(err, "command not found"), "%s", err);
    cr_expect(strstr(out, "HC179/p70/q1"), "%s", out);
    cr_expect(strstr(out, "HC650/p239"), "%s", out);
    cr_expect(strstr(out, "type:quotation"), "%s", out);
    cr_expect(strstr(out, "--sort="), "%s", out);
    free(out);
    free(err);
    evx_buf_free(&cmd);
}

/* The page that reaches the last match counts a recommendation shown with
 * the paragraph it restates once, as it lists them: its "of N" is the
 * number of hits listed in all, and no page promises more ("21–23 of 26"
 * had been followed by an empty page). */
Test(query, the_last_page_counts_what_the_hits_list)
{
    char *ids = expect_run("-l -n 1000 workforce", 0), args[96];
    size_t n = 0;
    for (const char *c = ids; *c; c++)
        n += *c == '\n';
    cr_assert_gt(n, 2);
    cr_assert_lt(count_of("workforce"), 10000);
    cr_assert_gt(count_of("workforce"), n,
                 "no recommendation merged with its paragraph: nothing to see");
    snprintf(args, sizeof args, "--color=never --offset %zu workforce", n - 2);
    char *out = expect_run(args, 0), want[96];
    snprintf(want, sizeof want, "%zu\xE2\x80\x93%zu of %zu matches", n - 1, n, n);
    cr_expect(strstr(out, want), "want \"%s\": %.200s", want, out);
    free(out);
    free(ids);
}

/* ---- a page is the ranking's, whatever its size ------------------------- */

/* The ids of `evidex -l ARGS` (one per line), as one string. */
static char *ids_of(const char *args)
{
    char full[256];
    snprintf(full, sizeof full, "-l %s", args);
    return expect_run(full, 0);
}

/* A topic search's first page is the first ten of the whole ranking (a
 * quotation weighs half, and a paragraph past the hits read at full
 * weight belongs above it), and pages of `size`, one after another, give
 * every hit once, in that order, whatever the size (restated pairs merged
 * far down, and blocks reordered by the boost, had made `accountable
 * care` page 13 hits twice and 14 never). */
static void pages_are_the_ranking(const char *query, unsigned size)
{
    char args[160];
    snprintf(args, sizeof args, "-n 1000 '%s'", query);
    char *all = ids_of(args);
    evx_buf paged = EVX_BUF_INIT;
    size_t n = count_lines(all);
    for (size_t off = 0; off < n; off += size) {
        snprintf(args, sizeof args, "-n %u --offset %zu '%s'", size, off,
                 query);
        char *page = ids_of(args);
        evx_buf_puts(&paged, page);
        free(page);
    }
    cr_expect_str_eq(evx_buf_str(&paged), all, "%s: paged differs", query);
    snprintf(args, sizeof args, "'%s'", query);
    char *first = ids_of(args);
    cr_expect(strncmp(all, first, strlen(first)) == 0, "%s: first page\n%s\nnot\n%.400s",
              query, first, all);
    free(first);
    evx_buf_free(&paged);
    free(all);
}

Test(query, pages_are_the_ranking)
{
    pages_are_the_ranking("plastic", 10);
    pages_are_the_ranking("microbeads", 10);
    pages_are_the_ranking("workforce shortages", 10);
    pages_are_the_ranking("accountable care", 10);
    pages_are_the_ranking("small firms", 7);
    pages_are_the_ranking("chapter:3", 10);
}
