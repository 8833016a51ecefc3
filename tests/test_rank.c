/*
 * test_rank.c - topic ranking on the bundled reports (HC 650 and HC 179),
 * end to end through the built binaries (query/rank.h, query/restate.h):
 * a recommendation and the paragraph it restates come back as one hit
 * showing both ids; furniture (witness panels, evidence-list entries) does
 * not rank first for topic words, even its own; a topic word does not rank
 * a unit through its speaker's name alone; a heading alone never ranks a
 * unit above one whose text has the words.  No answer is written here: each
 * test finds its units in the index and checks the rule on them.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "cliutil.h"
#include "json.h"

TestSuite(rank, .init = need_index);

#define MAX_HITS 20

/* The hits of one JSON Lines output, parsed. */
typedef struct hits {
    evx_json *h[MAX_HITS];
    size_t n;
} hits;

static void hits_free(hits *hs)
{
    for (size_t i = 0; i < hs->n; i++)
        evx_json_free(hs->h[i]);
    hs->n = 0;
}

/* Runs `evidex --json ARGS` and parses its lines into hs (none when
 * nothing matches: exit status 1). */
static void search(hits *hs, const char *args)
{
    evx_buf cmd = EVX_BUF_INIT;
    char *out = NULL;

    hs->n = 0;
    evx_buf_printf(&cmd, "--json %s", args);
    int rc = evidex(evx_buf_str(&cmd), &out, NULL);
    cr_assert(rc == 0 || (rc == 1 && !*out), "evidex %s: exit %d", args, rc);
    for (const char *p = out, *nl; *p && hs->n < MAX_HITS; p = nl + 1) {
        nl = strchr(p, '\n');
        cr_assert_not_null(nl);
        cr_assert_eq(evx_json_parse(&hs->h[hs->n], p, (size_t)(nl - p), NULL),
                     EVX_OK, "%.*s", (int)(nl - p), p);
        hs->n++;
    }
    free(out);
    evx_buf_free(&cmd);
}

static const char *str(const evx_json *hit, const char *key)
{
    const char *s = evx_json_get_str(hit, key);
    return s ? s : "";
}

static int para(const evx_json *hit)
{
    return (int)evx_json_get_num(hit, "para", 0);
}

/* The first `also` id of a hit, or NULL. */
static const char *also(const evx_json *hit)
{
    const evx_json *a = evx_json_get(hit, "also");
    return a && evx_json_len(a) ? evx_json_str(evx_json_at(a, 0), NULL) : NULL;
}

/* Does the hit list hold a recommendation and the paragraph it restates
 * as two hits? */
static int restated_pair_split(const hits *hs)
{
    for (size_t i = 0; i < hs->n; i++)
        for (size_t j = 0; j < hs->n; j++)
            if (!strcmp(str(hs->h[i], "type"), "recommendation") &&
                !strcmp(str(hs->h[j], "type"), "paragraph") &&
                para(hs->h[i]) > 0 && para(hs->h[i]) == para(hs->h[j]) &&
                !strcmp(str(hs->h[i], "report"), str(hs->h[j], "report")))
                return 1;
    return 0;
}

/* The words of text, space-separated, at most max of them, into b. */
static void words_of(evx_buf *b, const char *text, size_t max)
{
    size_t n = 0;
    int in = 0;

    evx_buf_clear(b);
    for (const char *p = text; *p && n < max; p++) {
        int w = isalnum((unsigned char)*p) || (*p & 0x80);
        if (w && !in && b->len)
            evx_buf_putc(b, ' ');
        if (w)
            evx_buf_putc(b, *p);
        n += in && !w;
        in = w;
    }
}

/* ---- a recommendation and its paragraph: one hit ------------------------ */

Test(rank, a_recommendation_and_the_paragraph_it_restates_are_one_hit)
{
    hits recs, hs;
    evx_buf q = EVX_BUF_INIT, cmd = EVX_BUF_INIT;
    size_t merged = 0;

    search(&recs, "-n 5 type:recommendation");
    cr_assert_gt(recs.n, 0, "no recommendations in the index");
    for (size_t r = 0; r < recs.n; r++) {
        /* The recommendation's own words, as a topic query, find it and
         * the paragraph it restates. */
        words_of(&q, str(recs.h[r], "text"), 12);
        evx_buf_clear(&cmd);
        evx_buf_printf(&cmd, "-n 10 -- '%s'", evx_buf_str(&q));
        search(&hs, evx_buf_str(&cmd));
        cr_expect(!restated_pair_split(&hs),
                  "a recommendation and its paragraph are two hits for '%s'",
                  evx_buf_str(&q));
        for (size_t i = 0; i < hs.n; i++) {
            const char *other = also(hs.h[i]);
            if (!other)
                continue;
            /* the merged id is the other half of the pair: same
             * paragraph number, the other type */
            hits o;
            evx_buf_clear(&cmd);
            evx_buf_printf(&cmd, "show '%s'", other);
            search(&o, evx_buf_str(&cmd));
            cr_assert_eq(o.n, 1, "show %s", other);
            cr_expect_eq(para(o.h[0]), para(hs.h[i]), "%s and %s", other,
                         str(hs.h[i], "id"));
            cr_expect_neq(strcmp(str(o.h[0], "type"), str(hs.h[i], "type")),
                          0, "%s", other);
            /* the hit is the paragraph, the citable place; the
             * recommendation that restates it is its `also` */
            cr_expect_str_eq(str(hs.h[i], "type"), "paragraph", "%s",
                             str(hs.h[i], "id"));
            cr_expect_str_eq(str(o.h[0], "type"), "recommendation", "%s",
                             other);
            merged++;
            hits_free(&o);
        }
        hits_free(&hs);
    }
    cr_expect_gt(merged, 0, "no recommendation was merged with its paragraph");
    hits_free(&recs);
    evx_buf_free(&q);
    evx_buf_free(&cmd);
}

Test(rank, in_report_order_a_recommendation_and_its_paragraph_stay_apart)
{
    hits hs;

    search(&hs, "--sort=document -n 20 -- funding settlement transformation");
    for (size_t i = 0; i < hs.n; i++)
        cr_expect_null(also(hs.h[i]), "%s", str(hs.h[i], "id"));
    hits_free(&hs);
}

/* ---- furniture ---------------------------------------------------------- */

/* A witness panel's or evidence entry's own words, asked as a topic, rank
 * an answer first, not the furniture. */
static void furniture_not_first(const char *type)
{
    hits units, hs;
    evx_buf q = EVX_BUF_INIT, cmd = EVX_BUF_INIT;

    evx_buf_printf(&cmd, "-n 5 type:%s", type);
    search(&units, evx_buf_str(&cmd));
    cr_assert_gt(units.n, 0, "no %s units", type);
    for (size_t u = 0; u < units.n; u++) {
        words_of(&q, str(units.h[u], "text"), 8);
        evx_buf_clear(&cmd);
        evx_buf_printf(&cmd, "-n 1 -- '%s'", evx_buf_str(&q));
        search(&hs, evx_buf_str(&cmd));
        if (hs.n)
            cr_expect_str_neq(str(hs.h[0], "type"), type,
                              "'%s' ranks %s first", evx_buf_str(&q),
                              str(hs.h[0], "id"));
        hits_free(&hs);
    }
    hits_free(&units);
    evx_buf_free(&q);
    evx_buf_free(&cmd);
}

Test(rank, a_witness_panel_does_not_rank_first_for_its_words_as_a_topic)
{
    furniture_not_first("witness");
}

Test(rank, an_evidence_entry_does_not_rank_first_for_its_words_as_a_topic)
{
    furniture_not_first("evidence");
}

/* ---- names and headings are not the words ------------------------------- */

/* Is word (ASCII, lower case) in s, whatever its case and ending (its
 * first five letters: "voices" and "voice", "university" and "universal"
 * share a stem)? */
static int has_word(const char *s, const char *word)
{
    size_t n = strlen(word) < 5 ? strlen(word) : 5;

    for (const char *p = s; *p; p++)
        if (!strncasecmp(p, word, n))
            return 1;
    return 0;
}

/* For each organisation that speaks in the index, its second name word
 * asked alone: a unit that has it only in its speaker's name never ranks
 * above one that has it in its own text. */
Test(rank, a_topic_word_does_not_rank_a_unit_through_its_speakers_name)
{
    hits orgs, hs;
    evx_buf cmd = EVX_BUF_INIT;
    size_t checked = 0;

    search(&orgs, "-n 20 type:quotation");
    for (size_t o = 0; o < orgs.n; o++) {
        const evx_json *sp = evx_json_get(orgs.h[o], "speaker");
        const char *org = sp ? evx_json_get_str(sp, "org") : NULL;
        char word[64];
        if (!org || sscanf(org, "%*s %63[a-zA-Z]", word) != 1 ||
            strlen(word) < 5)
            continue;
        for (char *p = word; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        evx_buf_clear(&cmd);
        evx_buf_printf(&cmd, "-n 10 -- '%s'", word);
        search(&hs, evx_buf_str(&cmd));
        int seen_name_only = 0;
        for (size_t i = 0; i < hs.n; i++) {
            int own = has_word(str(hs.h[i], "text"), word) ||
                      has_word(str(hs.h[i], "title"), word);
            cr_expect(!(seen_name_only && own),
                      "'%s': %s has it in its text but ranks below a unit "
                      "with it only in a name (%s)", word, str(hs.h[i], "id"),
                      org);
            seen_name_only |= !own;
            checked += own;
        }
        hits_free(&hs);
    }
    cr_expect_gt(checked, 0, "no organisation name word in any text");
    hits_free(&orgs);
    evx_buf_free(&cmd);
}

/* Each section heading's words, asked as a topic: no unit that has none of
 * them in its text ranks above one that has them. */
Test(rank, a_heading_alone_never_outranks_a_paragraph_with_the_words)
{
    hits paras, hs;
    evx_buf cmd = EVX_BUF_INIT, q = EVX_BUF_INIT;

    search(&paras, "-n 20 type:paragraph");
    for (size_t p = 0; p < paras.n; p++) {
        words_of(&q, str(paras.h[p], "section"), 4);
        if (!q.len)
            continue;
        evx_buf_clear(&cmd);
        evx_buf_printf(&cmd, "-n 10 -- '%s' type:paragraph", evx_buf_str(&q));
        search(&hs, evx_buf_str(&cmd));
        /* A hit's highlights are its own words' matches: once a hit has
         * none, no later hit may have some. */
        int seen_bare = 0;
        for (size_t i = 0; i < hs.n; i++) {
            const evx_json *hl = evx_json_get(hs.h[i], "highlights");
            int bare = !hl || evx_json_len(hl) == 0;
            cr_expect(!(seen_bare && !bare),
                      "'%s': %s has the words but ranks below a unit with "
                      "only the heading", evx_buf_str(&q), str(hs.h[i], "id"));
            seen_bare |= bare;
        }
        hits_free(&hs);
    }
    hits_free(&paras);
    evx_buf_free(&cmd);
    evx_buf_free(&q);
}

/* ---- money in any form -------------------------------------------------- */

/* The sum glued to "billion" in the text of one of hs's hits ("£8.8billion"
 * -> "8.8"), and that hit's id; 0 if none has one. */
static int glued_billion(const hits *hs, char *sum, size_t n, const char **id)
{
    for (size_t i = 0; i < hs->n; i++) {
        const char *text = str(hs->h[i], "text");
        for (const char *p = strstr(text, "billion"); p;
             p = strstr(p + 1, "billion")) {
            const char *s = p;
            while (s > text && (isdigit((unsigned char)s[-1]) || s[-1] == '.'))
                s--;
            if (s < p && isdigit((unsigned char)*s) && (size_t)(p - s) < n) {
                memcpy(sum, s, (size_t)(p - s));
                sum[p - s] = '\0';
                *id = str(hs->h[i], "id");
                return 1;
            }
        }
    }
    return 0;
}

/* "£8.8bn" and "£8.8billion" are one query (lib/tok.h: the same terms, a
 * phrase as a glued chunk is); "£8.8 billion", two free words, ranks the
 * same unit first: one the report writes the sum in. */
Test(rank, a_sum_written_any_way_finds_the_same_units)
{
    hits hs, forms[3];
    char sum[32], args[128];
    const char *id = NULL;
    const char *fmt[3] = {"-n 10 '\xC2\xA3%sbn'", "-n 10 '\xC2\xA3%sbillion'",
                          "-n 10 '\xC2\xA3%s billion'"};

    search(&hs, "-n 20 billion");
    cr_assert(glued_billion(&hs, sum, sizeof sum, &id),
              "no sum glued to 'billion' among the hits for billion");
    for (int f = 0; f < 3; f++) {
        snprintf(args, sizeof args, fmt[f], sum);
        search(&forms[f], args);
        cr_assert_gt(forms[f].n, 0, "no hit for %s", args);
        cr_expect_str_eq(str(forms[f].h[0], "id"), str(forms[0].h[0], "id"),
                         "%s: first hit", args);
    }
    cr_expect_eq(forms[1].n, forms[0].n, "%sbillion: %zu hits, %sbn: %zu",
                 sum, forms[1].n, sum, forms[0].n);
    for (size_t i = 0; i < forms[1].n && i < forms[0].n; i++)
        cr_expect_str_eq(str(forms[1].h[i], "id"), str(forms[0].h[i], "id"),
                         "%sbillion: hit %zu", sum, i + 1);
    cr_expect(strstr(str(forms[0].h[0], "text"), sum) != NULL,
              "first hit for %sbn (%s) lacks the sum", sum,
              str(forms[0].h[0], "id"));
    for (int f = 0; f < 3; f++)
        hits_free(&forms[f]);
    hits_free(&hs);
}
