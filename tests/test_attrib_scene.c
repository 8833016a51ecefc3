/*
 * test_attrib_scene.c - the text around a quotation that attribution
 * reads: the lead-in sentence, the rest of the sentence after an inline
 * quotation, and the paragraph before; in a unit of any length, only the
 * stretch of it a paragraph could hold.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "attrib_scene.h"
#include "buf.h"
#include "unit.h"

static evx_unit *unit(evx_unit_type type, const char *text)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, type), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->text, text, strlen(text)), EVX_OK);
    return u;
}

Test(attrib_scene, lead_in_sentence_rest_and_paragraph_before)
{
    evx_unit *p = unit(EVX_UNIT_PARAGRAPH,
                       "Ann Lee runs the trust. She told us that \xE2\x80\x9C"
                       "money is short\xE2\x80\x9D, and left. Then more.");
    evx_unit *q = unit(EVX_UNIT_QUOTATION, "money is short");
    q->is_inline = 1;
    evx_scene sc;
    cr_assert_eq(evx_scene_build(&sc, q, p), EVX_OK);
    cr_expect_str_eq(sc.sentence, "She told us that \xE2\x80\x9C");
    cr_expect_str_eq(sc.paragraph, "Ann Lee runs the trust. ");
    cr_expect_str_eq(sc.after, "\xE2\x80\x9D, and left.");
    evx_scene_free(&sc);
    evx_unit_free(q);
    evx_unit_free(p);
}

/* A unit of megabytes (an extraction that lost its paragraph numbers
 * runs every paragraph into one) is read around each quotation only as
 * far back as a paragraph could reach, from a word's start: what comes
 * before the quotation stays the same near it, and each quotation costs
 * that stretch, not all the text before it. */
Test(attrib_scene, a_huge_unit_is_read_near_the_quotation)
{
    evx_buf text = EVX_BUF_INIT;
    for (int i = 0; i < 4000; i++)
        evx_buf_printf(&text, "Sentence %d of the text. ", i);
    evx_buf_puts(&text, "Ann Lee runs the trust. She told us that \xE2\x80\x9C"
                        "money is short\xE2\x80\x9D.");
    cr_assert_eq(evx_buf_status(&text), EVX_OK);
    cr_assert_gt(text.len, 80000);
    evx_unit *p = unit(EVX_UNIT_PARAGRAPH, text.data);
    evx_unit *q = unit(EVX_UNIT_QUOTATION, "money is short");
    evx_scene sc;
    cr_assert_eq(evx_scene_build(&sc, q, p), EVX_OK);
    cr_expect_str_eq(sc.sentence, "She told us that \xE2\x80\x9C");
    size_t n = strlen(sc.paragraph);
    cr_expect_leq(n, 16384);
    cr_expect_gt(n, 16000);
    cr_expect(n >= 24 && !strcmp(sc.paragraph + n - 24,
                                 "Ann Lee runs the trust. "),
              "%s", sc.paragraph + (n > 40 ? n - 40 : 0));
    /* from a word's start: the byte before it in the text is a space */
    const char *from = strstr(text.data, sc.paragraph);
    cr_assert_not_null(from);
    cr_expect(sc.paragraph[0] != ' ' && from > text.data && from[-1] == ' ',
              "starts mid-word: %.20s", sc.paragraph);
    evx_scene_free(&sc);
    evx_unit_free(q);
    evx_unit_free(p);
    evx_buf_free(&text);
}
