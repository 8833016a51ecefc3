/*
 * test_tok.c - the tokenizer's rules, on the report's own sentences.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tok.h"

#define MAXT 4096

typedef struct got {
    char term[80];
    char stem[80];
    unsigned pos;
    size_t start, end;
    evx_token_kind kind;
} got;

typedef struct list {
    got t[MAXT];
    size_t n;
    size_t stop_after; /* 0: never stop */
} list;

static int collect(void *ctx, const evx_token *tk)
{
    list *l = ctx;
    got *g;

    cr_assert_lt(l->n, MAXT);
    cr_assert_eq(strlen(tk->term), tk->term_len);
    cr_assert_eq(strlen(tk->stem), tk->stem_len);
    cr_assert_leq(tk->term_len, 64);
    g = &l->t[l->n++];
    snprintf(g->term, sizeof g->term, "%s", tk->term);
    snprintf(g->stem, sizeof g->stem, "%s", tk->stem);
    g->pos = tk->pos;
    g->start = tk->start;
    g->end = tk->end;
    g->kind = tk->kind;
    return l->stop_after && l->n >= l->stop_after;
}

static evx_tok *tok;
static list *L;

static void setup(void)
{
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    L = calloc(1, sizeof *L);
    cr_assert_not_null(L);
}

static void teardown(void)
{
    evx_tok_free(tok);
    free(L);
}

static void run_len(const char *s, size_t len)
{
    L->n = 0;
    cr_assert_eq(evx_tokenize(tok, s, len, collect, L), EVX_OK);
}

static void run(const char *s)
{
    run_len(s, strlen(s));
}

/* Token i has this term, position, kind, and its span slices `raw`. */
static void expect_tok(const char *text, size_t i, const char *term,
                       unsigned pos, evx_token_kind kind, const char *raw)
{
    cr_assert_lt(i, L->n, "token %zu missing (only %zu)", i, L->n);
    got *g = &L->t[i];
    cr_expect_str_eq(g->term, term, "token %zu", i);
    cr_expect_eq(g->pos, pos, "token %zu (%s) pos %u", i, term, g->pos);
    cr_expect_eq(g->kind, kind, "token %zu (%s) kind", i, term);
    cr_assert_leq(g->end, strlen(text));
    cr_expect_eq(g->end - g->start, strlen(raw), "token %zu (%s) span", i,
                 term);
    cr_expect(strncmp(text + g->start, raw, strlen(raw)) == 0,
              "token %zu span is '%.*s', want '%s'", i,
              (int)(g->end - g->start), text + g->start, raw);
}

/* The terms, space-separated. */
static void expect_terms(const char *want)
{
    char have[4096] = "";
    for (size_t i = 0; i < L->n; i++) {
        if (i)
            strcat(have, " ");
        strcat(have, L->t[i].term);
    }
    cr_expect_str_eq(have, want);
}

TestSuite(tok, .init = setup, .fini = teardown);

Test(tok, issue_check_sentence)
{
    const char *s =
        "The King\u2019s Fund\u2019s co-ordinated Q361 STP0064 2015/16 front-line";
    run(s);
    expect_terms("the king fund co coordinated ordinated q361 stp0064 "
                 "2015/16 front frontline line");
    expect_tok(s, 0, "the", 0, EVX_TOKEN_WORD, "The");
    expect_tok(s, 1, "king", 1, EVX_TOKEN_WORD, "King\u2019s");
    expect_tok(s, 2, "fund", 2, EVX_TOKEN_WORD, "Fund\u2019s");
    expect_tok(s, 3, "co", 3, EVX_TOKEN_PART, "co");
    expect_tok(s, 4, "coordinated", 3, EVX_TOKEN_JOINED, "co-ordinated");
    expect_tok(s, 5, "ordinated", 4, EVX_TOKEN_PART, "ordinated");
    expect_tok(s, 6, "q361", 5, EVX_TOKEN_WORD, "Q361");
    expect_tok(s, 7, "stp0064", 6, EVX_TOKEN_WORD, "STP0064");
    expect_tok(s, 8, "2015/16", 7, EVX_TOKEN_WORD, "2015/16");
    expect_tok(s, 9, "front", 8, EVX_TOKEN_PART, "front");
    expect_tok(s, 10, "frontline", 8, EVX_TOKEN_JOINED, "front-line");
    expect_tok(s, 11, "line", 9, EVX_TOKEN_PART, "line");
}

Test(tok, words_titles_and_possessive_from_report)
{
    /* 000 line 612 */
    const char *s = "Professor Chris Ham and Dr Anna Charles of the King\u2019s "
                    "Fund";
    run(s);
    expect_terms("professor chris ham and dr anna charles of the king fund");
    expect_tok(s, 0, "professor", 0, EVX_TOKEN_WORD, "Professor");
    expect_tok(s, 3, "and", 3, EVX_TOKEN_WORD, "and");
    expect_tok(s, 9, "king", 9, EVX_TOKEN_WORD, "King\u2019s");
    expect_tok(s, 10, "fund", 10, EVX_TOKEN_WORD, "Fund");
}

Test(tok, currency_and_possessive_acronym)
{
    /* 000 line 892 */
    const char *s = "NHS\u2019s \u00a330 billion funding gap (between patient "
                    "need and the available resources) by";
    run(s);
    expect_terms("nhs 30 billion funding gap between patient need and the "
                 "available resources by");
    expect_tok(s, 0, "nhs", 0, EVX_TOKEN_WORD, "NHS\u2019s");
    expect_tok(s, 1, "30", 1, EVX_TOKEN_WORD, "30");
    expect_tok(s, 5, "between", 5, EVX_TOKEN_WORD, "between");
    expect_tok(s, 11, "resources", 11, EVX_TOKEN_WORD, "resources");
}

Test(tok, number_glued_to_word_is_split)
{
    /* 000 line 903: also a footnote mark after 2020/21 */
    const char *s = "ambition to deliver \u00a3900million in savings from new "
                    "care models by 2020/21.30";
    run(s);
    expect_terms("ambition to deliver 900 million in savings from new care "
                 "models by 2020/21 30");
    expect_tok(s, 3, "900", 3, EVX_TOKEN_WORD, "900");
    expect_tok(s, 4, "million", 4, EVX_TOKEN_WORD, "million");
    expect_tok(s, 12, "2020/21", 12, EVX_TOKEN_WORD, "2020/21");
    expect_tok(s, 13, "30", 13, EVX_TOKEN_WORD, "30");
}

Test(tok, money_forms_meet)
{
    /* The same sum written three ways gives the same terms; a magnitude is
     * written out only when glued to a number. */
    const char *forms[] = {"\u00a38.8bn", "\u00a38.8billion",
                           "\u00a38.8 billion", "8.8bn", "8.8BN"};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        run(forms[i]);
        expect_terms("8.8 billion");
    }
    run("\u00a330m to \u00a32tn, 5mm and a 10k fund, bn m");
    expect_terms("30 million to 2 trillion 5 mm and a 10 thousand fund bn m");
    run("8.8bn");
    expect_tok("8.8bn", 1, "billion", 1, EVX_TOKEN_WORD, "bn");
}

Test(tok, percent_dropped_and_em_dash_separates)
{
    /* 000 lines 2280-2281 */
    const char *s = "home\u2014in the Rushcliffe area, which has led to a 29% "
                    "reduction in A&E attendances and a 23% fall in "
                    "admissions.159";
    run(s);
    expect_terms("home in the rushcliffe area which has led to a 29 reduction "
                 "in a e attendances and a 23 fall in admissions 159");
    expect_tok(s, 0, "home", 0, EVX_TOKEN_WORD, "home");
    expect_tok(s, 1, "in", 1, EVX_TOKEN_WORD, "in");
    expect_tok(s, 10, "29", 10, EVX_TOKEN_WORD, "29");
    expect_tok(s, 21, "admissions", 21, EVX_TOKEN_WORD, "admissions");
    expect_tok(s, 22, "159", 22, EVX_TOKEN_WORD, "159");
}

Test(tok, en_dash_separates_words_and_numbers)
{
    /* 000 lines 3933 and 558 */
    const char *s = "integrated care partnerships\u2013alliances between local "
                    "providers\u2013have formed; HC 1011 Session 2016\u201317 8 "
                    "February 2017, page5";
    run(s);
    expect_terms("integrated care partnerships alliances between local "
                 "providers have formed hc 1011 session 2016 17 8 february "
                 "2017 page5");
    expect_tok(s, 2, "partnerships", 2, EVX_TOKEN_WORD, "partnerships");
    expect_tok(s, 3, "alliances", 3, EVX_TOKEN_WORD, "alliances");
    expect_tok(s, 12, "2016", 12, EVX_TOKEN_WORD, "2016");
    expect_tok(s, 13, "17", 13, EVX_TOKEN_WORD, "17");
    expect_tok(s, 16, "2017", 16, EVX_TOKEN_WORD, "2017");
    expect_tok(s, 17, "page5", 17, EVX_TOKEN_WORD, "page5");
}

Test(tok, ellipsis_and_brackets_make_no_token)
{
    /* 000 lines 465, 665, 2736 */
    const char *s = "[ \u2026 ] want to feel that their care is co-ordinated, "
                    "far more \u2026 services ...while this";
    run(s);
    expect_terms("want to feel that their care is co coordinated ordinated "
                 "far more services while this");
    expect_tok(s, 0, "want", 0, EVX_TOKEN_WORD, "want");
    expect_tok(s, 7, "co", 7, EVX_TOKEN_PART, "co");
    expect_tok(s, 8, "coordinated", 7, EVX_TOKEN_JOINED, "co-ordinated");
    expect_tok(s, 9, "ordinated", 8, EVX_TOKEN_PART, "ordinated");
    expect_tok(s, 10, "far", 9, EVX_TOKEN_WORD, "far");
    expect_tok(s, 13, "while", 12, EVX_TOKEN_WORD, "while");
}

Test(tok, joined_compound_meets_its_closed_form)
{
    /* 004 line 19 vs 17: "the front-line" and "the frontline" */
    run("the superstructure that supports the front-line, even");
    cr_assert_eq(L->n, 9);
    expect_tok("the superstructure that supports the front-line, even", 5,
               "front", 5, EVX_TOKEN_PART, "front");
    got joined = L->t[6];
    cr_expect_eq(joined.kind, EVX_TOKEN_JOINED);
    run("those on the frontline.");
    cr_assert_eq(L->n, 4);
    cr_expect_str_eq(L->t[3].term, joined.term);
    cr_expect_str_eq(L->t[3].stem, joined.stem);
    /* and "coordinated" meets the JOINED stem of "co-ordinated" */
    run("co-ordinated");
    got j2 = L->t[1];
    run("coordinated");
    cr_expect_str_eq(j2.stem, L->t[0].stem);
    cr_expect_str_eq(j2.stem, "coordin");
}

Test(tok, three_part_compound)
{
    /* 000 line 1835 */
    const char *s = "moving funding towards out-of-hospital services";
    run(s);
    expect_terms("moving funding towards out outofhospital of hospital "
                 "services");
    expect_tok(s, 3, "out", 3, EVX_TOKEN_PART, "out");
    expect_tok(s, 4, "outofhospital", 3, EVX_TOKEN_JOINED, "out-of-hospital");
    expect_tok(s, 5, "of", 4, EVX_TOKEN_PART, "of");
    expect_tok(s, 6, "hospital", 5, EVX_TOKEN_PART, "hospital");
    expect_tok(s, 7, "services", 6, EVX_TOKEN_WORD, "services");
}

Test(tok, unicode_hyphens_join_and_numeric_compounds_do_not)
{
    const char *s = "front\u2010line front\u2011line 2015-16";
    run(s);
    expect_terms("front frontline line front frontline line 2015 16");
    expect_tok(s, 1, "frontline", 0, EVX_TOKEN_JOINED, "front\u2010line");
    expect_tok(s, 4, "frontline", 2, EVX_TOKEN_JOINED, "front\u2011line");
    expect_tok(s, 6, "2015", 4, EVX_TOKEN_PART, "2015");
    expect_tok(s, 7, "16", 5, EVX_TOKEN_PART, "16");
}

Test(tok, identifiers_stay_whole)
{
    /* 004 line 114, 000 lines 1316 and 20 */
    const char *s = "226 Q361 [Ian Dalton] NHS Clinical Commissioners "
                    "STP0064 HC650 HC 650";
    run(s);
    expect_terms("226 q361 ian dalton nhs clinical commissioners stp0064 "
                 "hc650 hc 650");
    expect_tok(s, 1, "q361", 1, EVX_TOKEN_WORD, "Q361");
    cr_expect_str_eq(L->t[1].stem, "q361");
    expect_tok(s, 7, "stp0064", 7, EVX_TOKEN_WORD, "STP0064");
    cr_expect_str_eq(L->t[7].stem, "stp0064");
}

Test(tok, numbers_keep_inner_marks)
{
    const char *s = "2.7 per cent, 30,000 staff, 1,2345 and 2018. 19th";
    run(s);
    expect_terms("2.7 per cent 30000 staff 1 2345 and 2018 19th");
    expect_tok(s, 0, "2.7", 0, EVX_TOKEN_WORD, "2.7");
    expect_tok(s, 3, "30000", 3, EVX_TOKEN_WORD, "30,000");
    expect_tok(s, 8, "2018", 8, EVX_TOKEN_WORD, "2018");
    expect_tok(s, 9, "19th", 9, EVX_TOKEN_WORD, "19th");
    cr_expect_str_eq(L->t[9].stem, "19th");
}

Test(tok, apostrophes)
{
    /* 000 lines 524, 306, 2177, 561 */
    const char *s = "patients\u2019 interactions; services don\u2019t join; "
                    "Dr Tony O\u2019Sullivan; \u2018integration\u2019 is";
    run(s);
    expect_terms("patients interactions services don't join dr tony "
                 "o'sullivan integration is");
    expect_tok(s, 0, "patients", 0, EVX_TOKEN_WORD, "patients");
    expect_tok(s, 3, "don't", 3, EVX_TOKEN_WORD, "don\u2019t");
    expect_tok(s, 7, "o'sullivan", 7, EVX_TOKEN_WORD, "O\u2019Sullivan");
    expect_tok(s, 8, "integration", 8, EVX_TOKEN_WORD, "integration");
    /* typed with an ASCII apostrophe, the same term */
    run("o'sullivan O\u2018Sullivan");
    expect_terms("o'sullivan o'sullivan");
}

Test(tok, stems_shared_and_stop_words_kept)
{
    /* 000 line 362 and 191 */
    run("Accountable care organisations and integrated care partnerships "
        "a single organisation");
    cr_assert_eq(L->n, 10);
    cr_expect_str_eq(L->t[2].term, "organisations");
    cr_expect_str_eq(L->t[9].term, "organisation");
    cr_expect_str_eq(L->t[2].stem, L->t[9].stem);
    cr_expect_str_eq(L->t[3].term, "and");
    cr_expect_str_eq(L->t[7].term, "a");
    cr_expect_str_eq(L->t[4].stem, "integr");
}

Test(tok, stem_function_and_cache)
{
    const char *a = evx_tok_stem(tok, "funding", 7);
    cr_assert_not_null(a);
    cr_expect_str_eq(a, "fund");
    cr_expect_str_eq(evx_tok_stem(tok, "funding", 7), "fund");
    cr_expect_str_eq(evx_tok_stem(tok, "q361", 4), "q361");
    /* enough distinct words to grow the table several times */
    char w[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(w, sizeof w, "walking%c%c%c", 'a' + i % 26,
                 'a' + (i / 26) % 26, 'a' + (i / 676) % 26);
        cr_assert_not_null(evx_tok_stem(tok, w, strlen(w)));
    }
    cr_expect_str_eq(evx_tok_stem(tok, "organisations", 13), "organis");
    cr_expect_str_eq(evx_tok_stem(tok, "funding", 7), "fund");
}

Test(tok, invalid_utf8_bytes_are_counted_separators)
{
    const char s[] = "care\xff" "homes \xc3 NHS\xe2\x80 trust\x80";
    size_t first = 99;
    L->n = 0;
    cr_assert_eq(evx_tokenize(tok, s, sizeof s - 1, collect, L), EVX_OK);
    expect_terms("care homes nhs trust");
    expect_tok(s, 1, "homes", 1, EVX_TOKEN_WORD, "homes");
    expect_tok(s, 3, "trust", 3, EVX_TOKEN_WORD, "trust");
    cr_expect_eq(evx_tok_bad_bytes(tok, &first), 5);
    cr_expect_eq(first, 4);
    cr_expect_eq(evx_tok_bad_bytes(tok, NULL), 5);
    /* the count is per call */
    run("clean text");
    cr_expect_eq(evx_tok_bad_bytes(tok, &first), 0);
}

Test(tok, nul_bytes_separate)
{
    const char s[] = "integrated\0care\0\0";
    L->n = 0;
    cr_assert_eq(evx_tokenize(tok, s, sizeof s - 1, collect, L), EVX_OK);
    expect_terms("integrated care");
    cr_expect_eq(L->t[1].start, 11);
    cr_expect_eq(evx_tok_bad_bytes(tok, NULL), 0);
}

Test(tok, empty_and_punctuation_only)
{
    run("");
    cr_expect_eq(L->n, 0);
    L->n = 0;
    cr_expect_eq(evx_tokenize(tok, NULL, 0, collect, L), EVX_OK);
    cr_expect_eq(L->n, 0);
    run("[ \u2026 ] -- \u2014 \u00a3 % ' ...");
    cr_expect_eq(L->n, 0);
}

Test(tok, callback_stops_early)
{
    L->stop_after = 2;
    run("The King\u2019s Fund\u2019s co-ordinated");
    cr_expect_eq(L->n, 2);
    /* stopping inside a compound, right after its first part */
    L->stop_after = 1;
    run("co-ordinated care");
    cr_expect_eq(L->n, 1);
    cr_expect_str_eq(L->t[0].term, "co");
}

Test(tok, tokenize_at_offsets_positions)
{
    const char *s = "Sir Chris Wormald front-line";
    L->n = 0;
    cr_assert_eq(evx_tokenize_at(tok, s, strlen(s), 100, collect, L), EVX_OK);
    cr_assert_eq(L->n, 6);
    cr_expect_eq(L->t[0].pos, 100);
    cr_expect_eq(L->t[2].pos, 102);
    cr_expect_eq(L->t[3].pos, 103);
    cr_expect_eq(L->t[4].pos, 103);
    cr_expect_eq(L->t[5].pos, 104);
    cr_expect_eq(L->t[0].start, 0);
}

Test(tok, same_text_twice_same_tokens)
{
    const char *s = "The King\u2019s Fund\u2019s co-ordinated Q361 \u00a3900million "
                    "caf\u00e9 O\u2019Sullivan";
    list *a = calloc(1, sizeof *a);
    cr_assert_not_null(a);
    run(s);
    memcpy(a, L, sizeof *a);
    run(s);
    cr_assert_eq(a->n, L->n);
    cr_expect(memcmp(a->t, L->t, a->n * sizeof a->t[0]) == 0);
    free(a);
}

/* Fullwidth, ligature, superscript, composed vs combining accent; and
 * accents dropped, so that a name or word typed without them meets the
 * report's ("L'Oreal" finds "L\u2019Or\u00e9al", "Tureci" "T\u00fcreci"). */
Test(tok, nfkc_case_and_accent_fold)
{
    const char *s = "\uff31\uff13\uff16\uff11 \ufb01nance CAF\u00c9 cafe\u0301";
    run(s);
    expect_terms("q361 finance cafe cafe");
    expect_tok(s, 0, "q361", 0, EVX_TOKEN_WORD, "\uff31\uff13\uff16\uff11");
    expect_tok(s, 3, "cafe", 3, EVX_TOKEN_WORD, "cafe\u0301");
    run("L\u2019Or\u00e9al T\u00fcreci \u00d3 S\u00failleabh\u00e1in");
    expect_terms("l'oreal tureci o suilleabhain");
}

Test(tok, long_tokens_dropped_but_take_a_position)
{
    char *s = malloc(2000);
    cr_assert_not_null(s);
    strcpy(s, "a ");
    memset(s + 2, 'x', 1000);
    strcpy(s + 1002, " b");
    run(s);
    expect_terms("a b");
    cr_expect_eq(L->t[1].pos, 2);
    /* 64 bytes is kept, 65 is not */
    memset(s, 'y', 64);
    s[64] = '\0';
    run(s);
    cr_expect_eq(L->n, 1);
    memset(s, 'y', 65);
    s[65] = '\0';
    run(s);
    cr_expect_eq(L->n, 0);
    free(s);
}

static int count_cb(void *ctx, const evx_token *t)
{
    size_t *n = ctx;
    (void)t;
    (*n)++;
    return 0;
}

Test(tok, huge_word_and_long_line)
{
    /* A 1 MB word, then a 4 MB single line.  No timing: this test fails
     * only by crashing or by never finishing under the suite's timeout. */
    size_t n = 1 << 20, big = 4 << 20, count = 0;
    char *s = malloc(big + 1);
    cr_assert_not_null(s);
    memset(s, 'w', n);
    run_len(s, n);
    cr_expect_eq(L->n, 0);
    for (size_t i = 0; i < big; i++)
        s[i] = "care, "[i % 6];
    cr_assert_eq(evx_tokenize(tok, s, big, count_cb, &count), EVX_OK);
    cr_expect_eq(count, (big + 5) / 6);
    free(s);
}

Test(tok, huge_compound_counts)
{
    /* "a-a-a-...": every part is a token; no joined form (too long) */
    size_t parts = 100000, n = 0;
    char *s = malloc(parts * 2);
    cr_assert_not_null(s);
    for (size_t i = 0; i < parts; i++) {
        s[2 * i] = 'a';
        s[2 * i + 1] = '-';
    }
    cr_assert_eq(evx_tokenize(tok, s, parts * 2, count_cb, &n), EVX_OK);
    cr_expect_eq(n, parts);
    free(s);
}

typedef struct whole {
    const char *text;
    size_t n, joined, bad_span;
    unsigned last_pos;
    int have_coordinated;
} whole;

static int whole_cb(void *ctx, const evx_token *t)
{
    whole *w = ctx;
    if (t->end <= t->start || t->term_len == 0)
        w->bad_span++;
    if (t->kind == EVX_TOKEN_JOINED) {
        w->joined++;
        if (strcmp(t->term, "coordinated") == 0)
            w->have_coordinated = 1;
    } else {
        if (w->n && t->pos != w->last_pos + 1)
            w->bad_span++;
        w->last_pos = t->pos;
    }
    w->n++;
    return 0;
}

Test(tok, whole_report)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/corpus/000_d8babf2c1c9efa17.txt",
             EVX_SOURCE_DIR);
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "%s", path);
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)len);
    cr_assert_not_null(text);
    cr_assert_eq(fread(text, 1, (size_t)len, f), (size_t)len);
    fclose(f);
    whole w = {text, 0, 0, 0, 0, 0};
    cr_assert_eq(evx_tokenize(tok, text, (size_t)len, whole_cb, &w), EVX_OK);
    cr_expect_eq(evx_tok_bad_bytes(tok, NULL), 0);
    cr_expect_gt(w.n, 30000);
    cr_expect_gt(w.joined, 50);
    cr_expect_eq(w.bad_span, 0);
    cr_expect(w.have_coordinated);
    /* the sentence of the check appears in the report as written */
    cr_expect_not_null(strstr(text, "NHS\u2019s \u00a330 billion funding gap"));
    free(text);
}

Test(tok, fold_whole_strings)
{
    char *o = NULL;
    const char *s = "  Dr Tony  O\u2019Sullivan,\tCo\u2011Chair \u2014 "
                    "\u201cKeep Our NHS Public\u201d \u2026 \ufb01  ";
    cr_assert_eq(evx_tok_fold(&o, s, strlen(s)), EVX_OK);
    cr_expect_str_eq(o, "dr tony o'sullivan, co-chair - \"keep our nhs "
                        "public\" ... fi");
    free(o);
    cr_assert_eq(evx_tok_fold(&o, "", 0), EVX_OK);
    cr_expect_str_eq(o, "");
    free(o);
    cr_assert_eq(evx_tok_fold(&o, "a\xff" "b\0c", 5), EVX_OK);
    cr_expect_str_eq(o, "a\ufffdb c");
    free(o);
    cr_assert_eq(evx_tok_fold(&o, " \n\t ", 4), EVX_OK);
    cr_expect_str_eq(o, "");
    free(o);
}

Test(tok, plural_acronym_meets_its_singular)
{
    run("Sustainability and transformation partnerships (STPs) and the STP "
        "process; ICSs and an ICS; CCGs");
    char stps[64] = "", stp[64] = "", icss[64] = "", ics[64] = "";
    for (size_t i = 0; i < L->n; i++) {
        if (!strcmp(L->t[i].term, "stps"))
            snprintf(stps, sizeof stps, "%s", L->t[i].stem);
        if (!strcmp(L->t[i].term, "stp"))
            snprintf(stp, sizeof stp, "%s", L->t[i].stem);
        if (!strcmp(L->t[i].term, "icss"))
            snprintf(icss, sizeof icss, "%s", L->t[i].stem);
        if (!strcmp(L->t[i].term, "ics"))
            snprintf(ics, sizeof ics, "%s", L->t[i].stem);
    }
    cr_assert_str_neq(stp, "");
    cr_assert_str_eq(stps, stp, "STPs stems to '%s', STP to '%s'", stps, stp);
    cr_assert_str_eq(icss, ics);
    /* An ordinary lower-case word ending in s is not taken for one. */
    run("bus buses");
    cr_expect_str_eq(L->t[0].stem, "bus");
}

Test(tok, stem_only_some_first_bytes)
{
    const char *text = "Integrated care systems were dying; 'tis the "
                       "integration of caring";
    list *all = calloc(1, sizeof *all);

    cr_assert_not_null(all);
    run(text);
    memcpy(all, L, sizeof *all);
    evx_tok_stem_only(tok, "c");
    run(text);
    cr_assert_eq(L->n, all->n);
    for (size_t i = 0; i < L->n; i++) {
        const got *a = &all->t[i], *g = &L->t[i];
        cr_assert_str_eq(g->term, a->term);
        /* Words starting c (and an apostrophe) keep their stems; the
         * others are their own stem, which equals no stem starting c. */
        if (a->term[0] == 'c' || a->term[0] == '\'')
            cr_expect_str_eq(g->stem, a->stem, "%s", a->term);
        else
            cr_expect_str_eq(g->stem, g->term, "%s", a->term);
    }
    evx_tok_stem_only(tok, "");
    run("caring dying");
    cr_expect_str_eq(L->t[0].stem, "caring");
    evx_tok_stem_only(tok, NULL);
    run("caring dying");
    cr_expect_str_eq(L->t[0].stem, "care");
    cr_expect_str_eq(L->t[1].stem, "die");
    free(all);
}
