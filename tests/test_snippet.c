/*
 * test_snippet.c - snippet windows and highlight ranges (query/snippet.h).
 */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "snippet.h"
#include "tok.h"

static evx_tok *tok;

static void setup(void)
{
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
}

static void teardown(void)
{
    evx_tok_free(tok);
}

TestSuite(snippet, .init = setup, .fini = teardown);

static evx_snippet make(const char *text, const char *word, int exact,
                        size_t words)
{
    evx_snippet s = EVX_SNIPPET_INIT;
    evx_qword w = {word, exact};
    evx_snippet_query q = {&w, word ? 1 : 0, words};

    cr_assert_eq(evx_snippet_make(&s, tok, text, strlen(text), &q), EVX_OK);
    return s;
}

/* The highlighted bytes of range i, as a string. */
static char *hl_text(const char *text, const evx_snippet *s, size_t i)
{
    cr_assert_lt(i, s->n_hl);
    return evx_strndup(text + s->hl[i].start, s->hl[i].end - s->hl[i].start);
}

static void expect_hl(const char *text, const evx_snippet *s, size_t i,
                      const char *want)
{
    char *got = hl_text(text, s, i);
    cr_expect_str_eq(got, want);
    free(got);
}

/* n filler words "waa wab wac ..." (word i is "w" + i in base 26), those
 * listed in `at` replaced by `word`. */
static char *filler(size_t n, const size_t *at, size_t n_at, const char *word)
{
    evx_buf b = EVX_BUF_INIT;
    size_t i, k;

    for (i = 0; i < n; i++) {
        int hit = 0;
        for (k = 0; k < n_at; k++)
            hit |= at[k] == i;
        if (i)
            evx_buf_putc(&b, ' ');
        if (hit)
            evx_buf_puts(&b, word);
        else
            evx_buf_printf(&b, "w%c%c", 'a' + (int)(i / 26), 'a' + (int)(i % 26));
    }
    return evx_buf_detach(&b);
}

Test(snippet, stems_match_other_forms)
{
    const char *text = "Integrated care needs the integration of services.";
    evx_snippet s = make(text, "integrate", 0, 0);

    cr_assert_eq(s.n_hl, 2);
    expect_hl(text, &s, 0, "Integrated");
    expect_hl(text, &s, 1, "integration");
    cr_expect_eq(s.start, 0);
    cr_expect_eq(s.end, strlen(text));
    cr_expect_not(s.cut_start);
    cr_expect_not(s.cut_end);
    cr_expect_eq(s.n_matches, 2);
    evx_snippet_free(&s);
}

Test(snippet, exact_words_need_the_same_term)
{
    const char *text = "Integrated care needs the integration of services.";
    evx_snippet s = make(text, "integrated", 1, 0);

    cr_assert_eq(s.n_hl, 1);
    expect_hl(text, &s, 0, "Integrated");
    evx_snippet_free(&s);
}

Test(snippet, phrase_words_each_highlighted)
{
    const char *text = "saying that \xE2\x80\x9C" "change happens at the speed of trust.\xE2\x80\x9D" "74";
    evx_snippet s = make(text, "speed of trust", 1, 0);

    cr_assert_eq(s.n_hl, 3);
    expect_hl(text, &s, 0, "speed");
    expect_hl(text, &s, 1, "of");
    expect_hl(text, &s, 2, "trust");
    evx_snippet_free(&s);
}

Test(snippet, compound_highlights_as_one_range)
{
    const char *text = "Support for front-line staff is vital.";
    evx_snippet s = make(text, "frontline", 0, 0);

    cr_assert_eq(s.n_hl, 1);
    expect_hl(text, &s, 0, "front-line");
    evx_snippet_free(&s);

    s = make(text, "line", 1, 0);
    cr_assert_eq(s.n_hl, 1);
    expect_hl(text, &s, 0, "line");
    evx_snippet_free(&s);
}

Test(snippet, window_goes_to_the_match)
{
    size_t at[] = {70};
    char *text = filler(120, at, 1, "trust");
    evx_snippet s = make(text, "trust", 0, 30);
    char *win = evx_strndup(text + s.start, s.end - s.start);
    size_t spaces = 0;
    const char *p;

    cr_assert_eq(s.n_hl, 1);
    cr_expect_geq(s.hl[0].start, s.start);
    cr_expect_leq(s.hl[0].end, s.end);
    cr_expect(s.cut_start);
    cr_expect(s.cut_end);
    cr_expect_eq(s.n_matches, 1);
    for (p = win; *p; p++)
        spaces += *p == ' ';
    cr_expect_eq(spaces, 29, "a 30-word window, got %zu spaces", spaces);
    /* centred: the match is near the middle, not at an edge */
    cr_expect(strstr(win, "wci") && strstr(win, "wdc"), "%s", win); /* 60, 80 */
    free(win);
    free(text);
    evx_snippet_free(&s);
}

Test(snippet, window_prefers_the_densest_cluster)
{
    size_t at[] = {5, 60, 62, 64};
    char *text = filler(150, at, 4, "trust");
    evx_snippet s = make(text, "trust", 0, 30);

    cr_assert_eq(s.n_hl, 4);
    cr_expect_eq(s.n_matches, 3);
    cr_expect_leq(s.start, s.hl[1].start);
    cr_expect_geq(s.end, s.hl[3].end);
    cr_expect_gt(s.start, s.hl[0].end);
    free(text);
    evx_snippet_free(&s);
}

Test(snippet, no_match_shows_the_start)
{
    char *text = filler(100, NULL, 0, NULL);
    evx_snippet s = make(text, "absent", 0, 30);

    cr_expect_eq(s.n_hl, 0);
    cr_expect_eq(s.start, 0);
    cr_expect_not(s.cut_start);
    cr_expect(s.cut_end);
    cr_expect_eq(s.n_matches, 0);
    free(text);
    evx_snippet_free(&s);

    text = filler(100, NULL, 0, NULL);
    s = make(text, NULL, 0, 0);
    cr_expect_eq(s.start, 0);
    cr_expect(s.cut_end);
    free(text);
    evx_snippet_free(&s);
}

Test(snippet, window_keeps_glued_punctuation)
{
    size_t at[] = {50};
    char *base = filler(100, at, 1, "\xE2\x80\x9Ctrust.\xE2\x80\x9D");
    evx_snippet s = make(base, "trust", 0, 1);
    char *win = evx_strndup(base + s.start, s.end - s.start);

    cr_expect_str_eq(win, "\xE2\x80\x9Ctrust.\xE2\x80\x9D");
    free(win);
    free(base);
    evx_snippet_free(&s);
}

Test(snippet, bad_input_never_breaks)
{
    const char bad[] = "trust \xff\xfe trust\0hidden trust";
    evx_snippet s = make("", "trust", 0, 0);

    cr_expect_eq(s.n_hl, 0);
    cr_expect_eq(s.end, 0);
    evx_snippet_free(&s);
    cr_assert_eq(evx_snippet_make(&s, tok, bad, sizeof bad - 1, NULL), EVX_OK);
    cr_expect_eq(s.n_hl, 0);
    evx_snippet_free(&s);
    {
        evx_qword w = {"trust", 0};
        evx_snippet_query q = {&w, 1, 0};
        cr_assert_eq(evx_snippet_make(&s, tok, bad, sizeof bad - 1, &q), EVX_OK);
        cr_expect_eq(s.n_hl, 3);
        evx_snippet_free(&s);
    }
    cr_assert_eq(evx_snippet_make(&s, tok, NULL, 0, NULL), EVX_OK);
    evx_snippet_free(&s);
    evx_snippet_free(NULL);
}

/* Paragraph 90 of the bundled report, as the PDF text gives it. */
static char *corpus_lines(const char *file, int from, int to)
{
    char path[512], line[4096];
    evx_buf b = EVX_BUF_INIT;
    FILE *f;
    int n = 0;

    snprintf(path, sizeof path, "%s/corpus/%s", EVX_SOURCE_DIR, file);
    f = fopen(path, "r");
    cr_assert_not_null(f, "cannot open %s", path);
    while (fgets(line, sizeof line, f))
        if (++n >= from && n <= to)
            evx_buf_puts(&b, line);
    fclose(f);
    return evx_buf_detach(&b);
}

Test(snippet, real_paragraph)
{
    char *text = corpus_lines("000_d8babf2c1c9efa17.txt", 1379, 1386);
    evx_qword w[] = {{"trust", 0}, {"relationships", 0}};
    evx_snippet_query q = {w, 2, 40};
    evx_snippet s = EVX_SNIPPET_INIT;
    size_t i, trust = 0, rel = 0;

    cr_assert(strstr(text, "speed of trust"));
    cr_assert_eq(evx_snippet_make(&s, tok, text, strlen(text), &q), EVX_OK);
    for (i = 0; i < s.n_hl; i++) {
        char *h = hl_text(text, &s, i);
        trust += strcmp(h, "trust") == 0;
        rel += strcmp(h, "relationships") == 0 || strcmp(h, "relationship") == 0;
        free(h);
    }
    cr_expect_eq(trust, 2, "trust: %zu", trust);      /* "build trust", "speed of trust" */
    cr_expect_geq(rel, 2, "relationships: %zu", rel); /* three forms in the paragraph */
    /* the 40 words from "form relationships" to "speed of trust" hold 4 */
    cr_expect_eq(s.n_matches, 4, "n_matches %zu, n_hl %zu, window %zu-%zu", s.n_matches, s.n_hl, s.start, s.end);
    free(text);
    evx_snippet_free(&s);
}
