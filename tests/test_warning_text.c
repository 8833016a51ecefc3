/* test_warning_text.c - what a warning quotes of the text it could not
 * place: that line's start alone, in valid UTF-8, whatever the text. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "diagutil.h"
#include "pdftextutil.h"
#include "utf8.h"

/* Is s valid UTF-8 throughout? */
static int valid(const char *s)
{
    size_t n = strlen(s), k;
    for (size_t i = 0; i < n; i += k)
        if ((k = evx_utf8_seqlen(s + i, n - i)) == 0)
            return 0;
    return 1;
}

/* A precision that cuts a character ("%.3s" of "ab’") leaves a byte that
 * starts none: the message says U+FFFD there, not a broken sequence a
 * terminal or a JSON reader of stderr chokes on. */
Test(warning_text, a_character_cut_by_a_precision_is_a_replacement)
{
    evx_diag *d = NULL;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    evx_diag_add(d, EVX_DIAG_WARNING, "a.txt", 3, "cut: %.3s|",
                 "ab\xE2\x80\x99" "c");
    char *out = tu_diag_printed(d, EVX_DIAG_NOTE);
    cr_expect_str_eq(out, "evidex-index: warning: a.txt:3: cut: ab"
                          EVX_UTF8_REPLACEMENT "|\n");
    free(out);
    evx_diag_free(d);
}

/* Witness list lines that read as a page's number and header, one with a
 * curly apostrophe across its 60th byte, one short with a line after it:
 * the warnings quote a line's first 60 bytes or fewer, ending at a
 * character, and nothing of the next line.  It had printed "%.60s" of the text from the
 * line on: half a character, or the next line's words. */
Test(warning_text, a_page_header_in_a_witness_list_is_quoted_whole_characters)
{
    parsed p = parse_str(
        "1 Introduction\n\n"
        "1. Dr Ann Roe told us that the scheme had worked well.\n\n"
        "Witnesses\n\n"
        "Wednesday 29 June 2016\n\n"
        "Dr Ann Roe, Director, Water Research Centre Q1\xE2\x80\x93" "20\n\n"
        "5 King\xE2\x80\x99s Fund (CPH0005) and all others King\xE2\x80\x99s "
        "Fund King\xE2\x80\x99s Fund\n\n"
        "7 Health Foundation (CPH0007)\n"
        "NEXTLINE words\n\n"
        "Published written evidence\n\n"
        "1 Anglian Water (EIM0046)\n");
    cr_assert_eq(p.st, EVX_OK);
    char *out = tu_diag_printed(p.diag, EVX_DIAG_WARNING);
    cr_expect(strstr(out, "5 King") != NULL, "no warning on the line: %s", out);
    cr_expect(strstr(out, "7 Health") != NULL, "no warning on the line: %s", out);
    cr_expect(valid(out), "not valid UTF-8: %s", out);
    cr_expect(strstr(out, "NEXTLINE") == NULL, "the next line quoted: %s", out);
    free(out);
    parsed_free(&p);
}
