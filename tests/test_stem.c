/*
 * test_stem.c - the English stemmer's face (lib/stem.h): the Snowball
 * stems the index was built with, whichever way the stemmer is linked.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "stem.h"

static void expect_stem(evx_stem *s, const char *word, const char *want)
{
    size_t len = 0;
    const char *got = evx_stem_word(s, word, strlen(word), &len);

    cr_assert_not_null(got, "%s", word);
    cr_expect_eq(len, strlen(want), "%s: length %zu", word, len);
    cr_expect_str_eq(got, want, "%s", word);
}

Test(stem, english_stems)
{
    evx_stem *s = NULL;

    cr_assert_eq(evx_stem_new(&s), EVX_OK);
    expect_stem(s, "integrated", "integr");
    expect_stem(s, "integration", "integr");
    expect_stem(s, "workforce", "workforc");
    expect_stem(s, "organisations", "organis");
    expect_stem(s, "dying", "die");
    expect_stem(s, "skies", "sky");
    expect_stem(s, "'tis", "tis");
    expect_stem(s, "of", "of");
    expect_stem(s, "", "");
    /* UTF-8 passes through */
    expect_stem(s, "caf\xc3\xa9s", "caf\xc3\xa9");
    evx_stem_free(s);
    evx_stem_free(NULL);
}

Test(stem, result_is_the_stemmers_until_the_next_call)
{
    evx_stem *s = NULL;
    size_t len = 0;
    const char *a;

    cr_assert_eq(evx_stem_new(&s), EVX_OK);
    a = evx_stem_word(s, "caring", 6, &len);
    cr_assert_str_eq(a, "care");
    /* not NUL-terminated input: only len bytes are read */
    a = evx_stem_word(s, "systemsXYZ", 7, &len);
    cr_assert_str_eq(a, "system");
    cr_assert_eq(len, 6);
    evx_stem_free(s);
}

/* An American -ize or -yze ending stems as the British -ise or -yse, so a
 * query in either spelling finds a report in the other; words that only
 * look like it ("size", "prize", "seize", "citizen") keep their stems. */
Test(stem, american_spelling_stems_as_british)
{
    static const char *const pairs[][2] = {
        {"organization", "organisation"}, {"organizations", "organisations"},
        {"organized", "organised"},       {"privatization", "privatisation"},
        {"prioritize", "prioritise"},     {"prioritizing", "prioritising"},
        {"recognizes", "recognises"},     {"analyze", "analyse"},
        {"analyzed", "analysed"},         {"paralyzing", "paralysing"},
        {"utilizable", "utilisable"}};
    evx_stem *s = NULL;
    char us[32];
    size_t len = 0;

    cr_assert_eq(evx_stem_new(&s), EVX_OK);
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        const char *got = evx_stem_word(s, pairs[i][0], strlen(pairs[i][0]), &len);
        cr_assert_not_null(got);
        snprintf(us, sizeof us, "%.*s", (int)len, got);
        expect_stem(s, pairs[i][1], us);
    }
    expect_stem(s, "organisation", "organis");
    expect_stem(s, "size", "size");
    expect_stem(s, "prize", "prize");
    expect_stem(s, "seize", "seiz");
    expect_stem(s, "citizens", "citizen");
    /* not NUL-terminated input: only len bytes are read */
    const char *a = evx_stem_word(s, "organizedXYZ", 9, &len);
    cr_assert_str_eq(a, "organis");
    evx_stem_free(s);
}
