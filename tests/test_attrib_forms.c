/*
 * test_attrib_forms.c - every form of a name finds the same person or
 * body, through the built binaries on the bundled corpus (HC 650 and
 * HC 179): the report's own other spelling of a witness, the acronym it
 * defines for an organisation, apostrophe-less and "and" spellings, and a
 * body quoted from its own document under org:.  Each pair of queries
 * must list the same units, and not none.
 */
#define _DEFAULT_SOURCE /* mkdtemp, setenv, nftw */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>

#include "cliutil.h"

/* The unit ids `evidex -l -n 1000 QUERY` lists (malloc'd), asserting
 * some. */
static char *ids(const char *query)
{
    char *out = NULL, *err = NULL;
    evx_buf cmd = EVX_BUF_INIT;
    need_index();
    evx_buf_puts(&cmd, "-l -n 1000 --sort=document '");
    for (const char *c = query; *c; c++) /* quoted for the shell */
        evx_buf_puts(&cmd, *c == '\'' ? "'\\''" : (char[]){*c, '\0'});
    evx_buf_putc(&cmd, '\'');
    int rc = evidex(evx_buf_str(&cmd), &out, &err);
    evx_buf_free(&cmd);
    cr_assert_eq(rc, 0, "%s found nothing (exit %d): %s", query, rc, err);
    free(err);
    return out;
}

static void assert_same(const char *a, const char *b)
{
    char *x = ids(a), *y = ids(b);
    cr_assert_str_eq(x, y, "%s and %s differ:\n%s---\n%s", a, b, x, y);
    free(x);
    free(y);
}

Test(forms, report_spelling_of_a_witness)
{
    /* the text prints "Jonathon Marron"; the Witnesses list "Jonathan" */
    assert_same("speaker:\"Jonathon Marron\"", "speaker:\"Jonathan Marron\"");
}

Test(forms, acronym_the_report_defines)
{
    assert_same("org:BMA", "org:\"British Medical Association\"");
    assert_same("org:FFI", "org:\"Fauna & Flora International\"");
    assert_same("speaker:FFI", "speaker:\"Fauna & Flora International\"");
}

Test(forms, typed_spellings)
{
    assert_same("org:\"Kings Fund\"", "org:\"King's Fund\"");
    assert_same("org:\"King’s Fund\"", "org:\"King's Fund\"");
    assert_same("speaker:\"Kings Fund\"", "speaker:\"The King's Fund\"");
    assert_same("org:\"Fauna and Flora International\"",
                "org:\"Fauna & Flora International\"");
    assert_same("speaker:\"Tony OSullivan\"", "speaker:\"Dr Tony O'Sullivan\"");
    assert_same("speaker:\"van Sebille\"", "speaker:\"Dr Erik van Sebille\"");
}

Test(forms, a_body_quoted_from_its_own_document_is_its_org)
{
    char *out = NULL, *err = NULL;
    need_index();
    cr_assert_eq(evidex("--json -n 1000 'org:\"Kings Fund\"'", &out, &err), 0,
                 "%s", err);
    cr_assert_not_null(strstr(out, "\"kind\":\"document\""),
                       "no document quotation of the Fund: %s", out);
    cr_assert_not_null(strstr(out, "Chris Ham"), "%s", out);
    free(out);
    free(err);
    /* org: finds the body's own quotations, speaker: them too */
    char *org = ids("org:\"King's Fund\" NOT speaker:\"Chris Ham\"");
    char *spk = ids("speaker:\"King's Fund\"");
    cr_assert_str_eq(org, spk);
    free(org);
    free(spk);
}

/* No speaker line repeats a part: "NHS England, NHS England". */
Test(forms, speakers_name_a_body_once)
{
    char *out = NULL, *err = NULL;
    need_index();
    cr_assert_eq(evidex("speakers", &out, &err), 0, "%s", err);
    cr_assert_not_null(strstr(out, "  NHS England\n"), "%s", out);
    for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n")) {
        while (*line == ' ' || (*line >= '0' && *line <= '9'))
            line++;
        char *comma = strstr(line, ", ");
        if (!comma)
            continue;
        size_t n = (size_t)(comma - line);
        cr_assert(strncmp(comma + 2, line, n) != 0 ||
                      (comma[2 + n] != '\0' && comma[2 + n] != ','),
                  "repeated: %s", line);
    }
    free(out);
    free(err);
}

/* A witness listed with a post "at" a body ("Ian Malcomber, Science
 * Director at Unilever") or a body whose name holds a comma ("The
 * Cosmetics, Toiletry and Perfumery Association") is found by that body:
 * the body had been read as the post, or cut at its comma. */
Test(forms, a_body_after_at_or_with_a_comma_is_the_witness_org)
{
    assert_same("org:Unilever", "speaker:Malcomber");
    assert_same("org:\"Cosmetics, Toiletry and Perfumery Association\"",
                "speaker:\"Chris Flower\"");
    char *org = ids("org:\"L'Oréal\"");
    char *spk = ids("speaker:Gilbert");
    for (char *id = strtok(spk, "\n"); id; id = strtok(NULL, "\n"))
        cr_expect(strstr(org, id), "org:L'Oréal misses %s", id);
    free(org);
    free(spk);
}
