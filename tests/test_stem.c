/*
 * test_stem.c - the English stemmer's face (lib/stem.h): the Snowball
 * stems the index was built with, whichever way the stemmer is linked.
 */
#include <criterion/criterion.h>
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
