/*
 * test_qdict.c - the English word list of "did you mean" (query/qdict.h):
 * whole lowercase lines only (a capitalised line is a name), several
 * words in one call, CRLF and a last line without a newline read; a
 * missing list, an empty $EVIDEX_DICT and a folder are refused with their
 * status.
 */
#define _XOPEN_SOURCE 700

#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qdict.h"
#include "testutil.h"

static char dir[] = "/tmp/evx-qdict-XXXXXX";
static char list[128];

static void setup(void)
{
    cr_assert_not_null(mkdtemp(dir));
    snprintf(list, sizeof list, "%s/words", dir);
    FILE *f = fopen(list, "wb");
    cr_assert_not_null(f);
    fputs("A\r\nbee\nTony\ntiny\r\nlove's\n\ncafé\nzebra", f);
    fclose(f);
}

static void teardown(void)
{
    tu_rm_tree(dir);
}

TestSuite(qdict, .init = setup, .fini = teardown);

static int has(const evx_dict *d, const char *w)
{
    int known = 0;

    evx_dict_known(d, &w, 1, &known);
    return known;
}

Test(qdict, whole_lowercase_lines)
{
    evx_dict *d = NULL;

    cr_assert_eq(evx_dict_open(&d, list), EVX_OK);
    cr_expect_not(has(d, "tony"), "Tony is a name, not a word");
    cr_expect(has(d, "tiny"), "a CRLF line");
    cr_expect(has(d, "TINY"), "looked up in lower case");
    cr_expect(has(d, "zebra"), "the last line, without a newline");
    cr_expect(has(d, "love's"));
    cr_expect_not(has(d, "a"), "the first line, A, has a capital");
    cr_expect(has(d, "bee"), "the first lowercase line");
    cr_expect(has(d, "café"));
    cr_expect_not(has(d, "ton"), "a prefix is not a word");
    cr_expect_not(has(d, "tonys"));
    cr_expect_not(has(d, "love"));
    cr_expect_not(has(d, "cafe"), "accents are not folded");
    cr_expect_not(has(d, ""), "the empty line is not a word");
    cr_expect_not(has(NULL, "tony"), "no list knows nothing");
    evx_dict_free(d);
}

/* All the words asked about in one pass, each marked on its own. */
Test(qdict, several_words_in_one_pass)
{
    evx_dict *d = NULL;
    const char *words[] = {"zebra", "plstic", NULL, "TINY", "", "bee"};
    int known[6] = {0, 0, 0, 0, 0, 0};

    cr_assert_eq(evx_dict_open(&d, list), EVX_OK);
    evx_dict_known(d, words, 6, known);
    cr_expect_eq(known[0], 1);
    cr_expect_eq(known[1], 0);
    cr_expect_eq(known[2], 0, "a NULL word is skipped");
    cr_expect_eq(known[3], 1);
    cr_expect_eq(known[4], 0);
    cr_expect_eq(known[5], 1);
    evx_dict_free(d);
}

Test(qdict, the_list_named_by_the_environment)
{
    evx_dict *d = NULL;
    char missing[160];

    setenv("EVIDEX_DICT", list, 1);
    cr_assert_eq(evx_dict_open(&d, NULL), EVX_OK);
    cr_expect(has(d, "tiny"));
    evx_dict_free(d);
    d = (evx_dict *)1;
    setenv("EVIDEX_DICT", "", 1);
    cr_expect_eq(evx_dict_open(&d, NULL), EVX_NOT_FOUND, "set and empty: none");
    cr_expect_null(d);
    snprintf(missing, sizeof missing, "%s/none", dir);
    setenv("EVIDEX_DICT", missing, 1);
    cr_expect_eq(evx_dict_open(&d, NULL), EVX_NOT_FOUND);
    cr_expect_null(d);
}

Test(qdict, a_folder_is_not_a_list)
{
    evx_dict *d = NULL;

    cr_expect_eq(evx_dict_open(&d, dir), EVX_IO);
    cr_expect_null(d);
}
