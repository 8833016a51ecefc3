/*
 * test_acronym.c - acronym definitions found in report text.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "acronym.h"

static evx_tok *tok;
static evx_acronyms *acr;

static void setup(void)
{
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    cr_assert_eq(evx_acronyms_new(&acr), EVX_OK);
}

static void teardown(void)
{
    evx_acronyms_free(acr);
    evx_tok_free(tok);
}

TestSuite(acronym, .init = setup, .fini = teardown);

static void scan(const char *text)
{
    cr_assert_eq(evx_acronyms_scan(acr, tok, text, strlen(text)), EVX_OK);
}

/* Is there a pair whose acronym stem is a and expansion stems are e? */
static int has(const char *a, const char *e)
{
    for (size_t i = 0; i < evx_acronyms_len(acr); i++) {
        const char *x, *y;
        cr_assert_eq(evx_acronyms_get(acr, i, &x, &y), EVX_OK);
        if (!strcmp(x, a) && !strcmp(y, e))
            return 1;
    }
    return 0;
}

Test(acronym, plural_definition_from_the_report)
{
    scan("formalise their partnership into single organisations known as "
         "accountable care organisations (ACOs).");
    cr_assert_eq(evx_acronyms_len(acr), 1);
    const char *a, *e;
    evx_acronyms_get(acr, 0, &a, &e);
    cr_assert_str_eq(a, "aco");
    cr_expect_str_eq(e, "account care organis");
}

Test(acronym, joining_words_are_passed_over)
{
    scan("Sustainability and transformation partnerships (STPs) got off to a "
         "difficult start");
    cr_assert_eq(evx_acronyms_len(acr), 1);
    const char *a, *e;
    evx_acronyms_get(acr, 0, &a, &e);
    cr_assert_str_eq(a, "stp");
    cr_expect(strncmp(e, "sustain and transform", 21) == 0, "got '%s'", e);
}

Test(acronym, mixed_case_acronym)
{
    scan("including the introduction of payment by results (PbR) in 2002");
    cr_assert_eq(evx_acronyms_len(acr), 1);
    const char *a, *e;
    evx_acronyms_get(acr, 0, &a, &e);
    cr_assert_str_eq(a, "pbr");
    cr_assert_str_eq(e, "payment by result");
}

Test(acronym, brackets_that_define_nothing_are_ignored)
{
    scan("(see Chapter 4) in 2017 (2017–19) the NHS (and others) and "
         "Ipsos MORI (STP0104) and Central Bank (XYZ) and (A)");
    cr_assert_eq(evx_acronyms_len(acr), 0);
}

Test(acronym, the_same_pair_is_kept_once)
{
    scan("integrated care systems (ICSs) and later integrated care systems "
         "(ICSs) again");
    cr_assert_eq(evx_acronyms_len(acr), 1);
    cr_assert(has("ic", "integr care system"));
}

Test(acronym, unterminated_and_hostile_input)
{
    scan("(((((((((((( (AB");
    scan("x (");
    scan("");
    char junk[300];
    memset(junk, '(', sizeof junk);
    cr_assert_eq(evx_acronyms_scan(acr, tok, junk, sizeof junk), EVX_OK);
    cr_assert_eq(evx_acronyms_len(acr), 0);
    cr_assert_eq(evx_acronyms_get(acr, 5, &(const char *){0},
                                  &(const char *){0}), EVX_INVALID);
}

Test(acronym, terms_as_printed_for_names)
{
    /* HC 179 paragraph 40; HC 650 written evidence list */
    scan("According to Fauna & Flora International\n(FFI), there are");
    scan("10 British Medical Association (BMA) (STP0063)");
    cr_assert_eq(evx_acronyms_len(acr), 2);
    const char *a, *e;
    cr_assert_eq(evx_acronyms_terms(acr, 0, &a, &e), EVX_OK);
    cr_expect_str_eq(a, "ffi");
    cr_expect_str_eq(e, "fauna flora international");
    cr_assert_eq(evx_acronyms_terms(acr, 1, &a, &e), EVX_OK);
    cr_expect_str_eq(a, "bma");
    cr_expect_str_eq(e, "british medical association");
    cr_expect_eq(evx_acronyms_terms(acr, 2, &a, &e), EVX_INVALID);
}
