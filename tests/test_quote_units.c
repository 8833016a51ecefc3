/*
 * test_quote_units.c - the quotation units of a parent, made once for
 * every reader: document order of block and inline quotations, their
 * fields taken from the parent, footnotes, pages and notes.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "diagutil.h"
#include "quote_units.h"
#include "unit.h"

/* Every offset comes from line 7, column off + 1; page 12 from offset 40. */
static void where(const void *ctx, size_t off, long *line, long *col,
                  int *page)
{
    (void)ctx;
    *line = 7;
    *col = (long)off + 1;
    *page = off >= 40 ? 12 : 0;
}

static evx_unit *parent(void)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_PARAGRAPH), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->id, "HC1/p4", strlen("HC1/p4")), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->report, "HC 1", strlen("HC 1")), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->section, "Costs", strlen("Costs")), EVX_OK);
    u->para = 4;
    u->chapter = 2;
    u->page = 11;
    return u;
}

Test(quote_units, block_and_inline_in_document_order)
{
    /* a lead-in, a block quotation at its end, then an inline one */
    static const char text[] =
        "The Minister told us: Later she said \xE2\x80\x9Cwe will pay for "
        "it\xE2\x80\x9D.";
    static const size_t mark_off[] = {sizeof text - 1};
    static const int mark_num[] = {9};
    static const int block_fns[] = {8};
    evx_unit *p = parent();
    evx_qblock b = {21, " It will cost more. ", 20, "The Minister told us:",
                    block_fns, 1, 5, 3, 6, 0};
    evx_qparent q = {p, text, sizeof text - 1, mark_off, mark_num, 1, &b, 1,
                     1, "f.txt", "pdf-text", where, NULL, NULL, 0};
    evx_units out = EVX_UNITS_INIT;

    cr_assert_eq(evx_quote_units(&out, &q), EVX_OK);
    cr_assert_eq(out.len, 2);
    const evx_unit *q1 = out.items[0], *q2 = out.items[1];
    cr_expect_str_eq(q1->id, "HC1/p4/q1");
    cr_expect_str_eq(q1->text, "It will cost more.");
    cr_expect_str_eq(q1->lead_in, "The Minister told us:");
    cr_expect_str_eq(q1->parent, "HC1/p4");
    cr_expect_str_eq(q1->section, "Costs");
    cr_expect_eq(q1->page, 11);
    cr_expect_eq(q1->para, 4);
    cr_expect_eq(q1->n_footnotes, 1);
    cr_expect_eq(q1->footnotes[0], 8);
    cr_expect_eq(q1->sources[0].line, 5);
    cr_expect_eq(q1->sources[0].end_line, 6);
    cr_expect_str_eq(q2->id, "HC1/p4/q2");
    cr_expect(q2->is_inline);
    cr_expect_str_eq(q2->text, "we will pay for it");
    cr_expect_str_eq(q2->lead_in, "Later she said");
    cr_expect_eq(q2->n_footnotes, 1);
    cr_expect_eq(q2->footnotes[0], 9);
    cr_expect_eq(q2->page, 12, "opened at offset >= 40: its own page");
    cr_expect_str_eq(q2->sources[0].rendering, "pdf-text");
    evx_units_free(&out);
    evx_unit_free(p);
}

Test(quote_units, spans_not_taken_are_noted_and_inline_can_be_off)
{
    static const char text[] =
        "What is called \xE2\x80\x9Cintegrated care\xE2\x80\x9D varies.";
    evx_unit *p = parent();
    evx_diag *d = NULL;
    evx_units out = EVX_UNITS_INIT;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    evx_qparent q = {p, text, sizeof text - 1, NULL, NULL, 0, NULL, 0, 1,
                     "f.txt", "html-text", where, NULL, d, 0};

    cr_assert_eq(evx_quote_units(&out, &q), EVX_OK);
    cr_expect_eq(out.len, 0);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_NOTE), 1);
    q.find_inline = 0;
    q.diag = NULL;
    cr_assert_eq(evx_quote_units(&out, &q), EVX_OK);
    cr_expect_eq(out.len, 0);
    evx_units_free(&out);
    evx_diag_free(d);
    evx_unit_free(p);
}

/* A unit of more quoted passages than any paragraph a report prints (an
 * extraction that lost its paragraph numbers runs them all into one): the
 * first thousand are read, and a warning names the unit and the line
 * where reading stopped, so nothing is left out without a word. */
Test(quote_units, too_many_quoted_passages_are_said)
{
    evx_buf text = EVX_BUF_INIT;
    for (int i = 0; i < 1200; i++)
        evx_buf_printf(&text, "Ann Lee told us that \xE2\x80\x9Citem %d is not "
                              "working well\xE2\x80\x9D. We agree. ", i);
    cr_assert_eq(evx_buf_status(&text), EVX_OK);
    evx_unit *p = parent();
    evx_diag *d = NULL;
    evx_units out = EVX_UNITS_INIT;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    evx_qparent q = {p, text.data, text.len, NULL, NULL, 0, NULL, 0, 1,
                     "f.txt", "pdf-text", where, NULL, d, 0};

    cr_assert_eq(evx_quote_units(&out, &q), EVX_OK);
    cr_expect_eq(out.len, 1000);
    cr_expect_str_eq(out.items[999]->text, "item 999 is not working well");
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_WARNING), 1);
    char *said = tu_diag_printed(d, EVX_DIAG_NOTE);
    cr_expect(strstr(said, "f.txt:7: HC1/p4 holds 1000 quoted passages") != NULL,
              "%s", said);
    free(said);
    evx_units_free(&out);
    evx_diag_free(d);

    /* a thousand exactly: all read, nothing to say */
    evx_diag *quiet = NULL;
    cr_assert_eq(evx_diag_new(&quiet), EVX_OK);
    const char *end = text.data;
    for (int i = 0; i < 1000; i++)
        end = strstr(end, "We agree. ") + strlen("We agree. ");
    q.len = (size_t)(end - text.data);
    q.diag = quiet;
    cr_assert_eq(evx_quote_units(&out, &q), EVX_OK);
    cr_expect_eq(out.len, 1000);
    cr_expect_eq(evx_diag_count(quiet, EVX_DIAG_WARNING), 0);
    evx_units_free(&out);
    evx_diag_free(quiet);
    evx_buf_free(&text);
    evx_unit_free(p);
}
