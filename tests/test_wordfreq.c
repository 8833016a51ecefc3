/* test_wordfreq.c - the word counter behind the writer's spelling data. */
#include <criterion/criterion.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "wordfreq.h"

typedef struct seen {
    char words[8][32];
    unsigned counts[8];
    size_t n;
    size_t stop_after; /* 0: never stop */
} seen;

static int collect(void *ctx, const char *word, size_t len, unsigned count)
{
    seen *s = ctx;
    if (s->n < 8 && len < 32) {
        memcpy(s->words[s->n], word, len + 1);
        s->counts[s->n] = count;
    }
    s->n++;
    return s->stop_after && s->n >= s->stop_after;
}

Test(wordfreq, counts_repeats_in_order_of_first_insertion)
{
    evx_wordfreq *wf = NULL;
    seen s = {0};
    cr_assert_eq(evx_wordfreq_new(&wf), EVX_OK);
    const char *text[] = {"integrated", "care", "systems", "care",
                          "integrated", "care"};
    for (size_t i = 0; i < sizeof text / sizeof text[0]; i++)
        cr_assert_eq(evx_wordfreq_add(wf, text[i], strlen(text[i]), 1),
                     EVX_OK);
    cr_assert_eq(evx_wordfreq_len(wf), 3);
    cr_assert_eq(evx_wordfreq_each(wf, collect, &s), 0);
    cr_assert_eq(s.n, 3);
    cr_assert_str_eq(s.words[0], "integrated");
    cr_assert_eq(s.counts[0], 2);
    cr_assert_str_eq(s.words[1], "care");
    cr_assert_eq(s.counts[1], 3);
    cr_assert_str_eq(s.words[2], "systems");
    cr_assert_eq(s.counts[2], 1);
    evx_wordfreq_free(wf);
}

Test(wordfreq, compares_whole_words_by_bytes)
{
    evx_wordfreq *wf = NULL;
    seen s = {0};
    cr_assert_eq(evx_wordfreq_new(&wf), EVX_OK);
    evx_wordfreq_add(wf, "trust", 5, 1);
    evx_wordfreq_add(wf, "trusts", 5, 1); /* only "trust" */
    evx_wordfreq_add(wf, "trusts", 6, 1);
    evx_wordfreq_add(wf, "Trust", 5, 1);
    evx_wordfreq_add(wf, "a\0b", 3, 1);
    evx_wordfreq_add(wf, "a\0c", 3, 1);
    evx_wordfreq_add(wf, "", 0, 4);
    cr_assert_eq(evx_wordfreq_len(wf), 6);
    evx_wordfreq_each(wf, collect, &s);
    cr_assert_eq(s.counts[0], 2);
    cr_assert_str_eq(s.words[1], "trusts");
    cr_assert_str_eq(s.words[2], "Trust");
    cr_assert_str_eq(s.words[5], "");
    cr_assert_eq(s.counts[5], 4);
    evx_wordfreq_free(wf);
}

Test(wordfreq, keeps_every_word_across_table_growth)
{
    evx_wordfreq *wf = NULL;
    char w[16];
    cr_assert_eq(evx_wordfreq_new(&wf), EVX_OK);
    for (int round = 0; round < 3; round++)
        for (int i = 0; i < 5000; i++) {
            int n = snprintf(w, sizeof w, "w%d", i);
            cr_assert_eq(evx_wordfreq_add(wf, w, (size_t)n, 1), EVX_OK);
        }
    cr_assert_eq(evx_wordfreq_len(wf), 5000);
    seen s = {0};
    evx_wordfreq_each(wf, collect, &s);
    cr_assert_str_eq(s.words[0], "w0");
    cr_assert_eq(s.counts[0], 3);
    cr_assert_str_eq(s.words[7], "w7");
    cr_assert_eq(s.counts[7], 3);
    evx_wordfreq_free(wf);
}

Test(wordfreq, counts_saturate)
{
    evx_wordfreq *wf = NULL;
    seen s = {0};
    cr_assert_eq(evx_wordfreq_new(&wf), EVX_OK);
    evx_wordfreq_add(wf, "nhs", 3, UINT_MAX - 1);
    evx_wordfreq_add(wf, "nhs", 3, 5);
    evx_wordfreq_each(wf, collect, &s);
    cr_assert_eq(s.counts[0], UINT_MAX);
    evx_wordfreq_free(wf);
}

Test(wordfreq, callback_stops_early_and_clear_empties)
{
    evx_wordfreq *wf = NULL;
    seen s = {.stop_after = 2};
    cr_assert_eq(evx_wordfreq_new(&wf), EVX_OK);
    evx_wordfreq_add(wf, "one", 3, 1);
    evx_wordfreq_add(wf, "two", 3, 1);
    evx_wordfreq_add(wf, "three", 5, 1);
    cr_assert_eq(evx_wordfreq_each(wf, collect, &s), 1);
    cr_assert_eq(s.n, 2);
    evx_wordfreq_clear(wf);
    cr_assert_eq(evx_wordfreq_len(wf), 0);
    s = (seen){0};
    cr_assert_eq(evx_wordfreq_each(wf, collect, &s), 0);
    cr_assert_eq(s.n, 0);
    evx_wordfreq_add(wf, "two", 3, 7);
    evx_wordfreq_each(wf, collect, &s);
    cr_assert_eq(s.n, 1);
    cr_assert_str_eq(s.words[0], "two");
    cr_assert_eq(s.counts[0], 7);
    evx_wordfreq_free(wf);
}

Test(wordfreq, rejects_null_word_with_length)
{
    evx_wordfreq *wf = NULL;
    cr_assert_eq(evx_wordfreq_new(&wf), EVX_OK);
    cr_assert_eq(evx_wordfreq_add(wf, NULL, 3, 1), EVX_INVALID);
    cr_assert_eq(evx_wordfreq_add(wf, NULL, 0, 1), EVX_OK);
    cr_assert_eq(evx_wordfreq_len(wf), 1);
    evx_wordfreq_free(wf);
    evx_wordfreq_free(NULL);
}
