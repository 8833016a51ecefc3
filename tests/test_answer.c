/*
 * test_answer.c - quantity questions and the units that state a quantity
 * (query/answer.h): which questions ask for one, which texts state one
 * (and which numbers are years, dates, codes or references), and the
 * page's reordering.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "buf.h"
#include "unit.h"

Test(answer, questions_that_ask_for_a_quantity)
{
    const char *yes[] = {"how many STP areas are there",
                         "How much money did the NHS need",
                         "how long did areas get to write their plans",
                         "what percentage of trust leaders say so",
                         "what share of people want a say",
                         "the number of beds closed",
                         "microbeads: how small?"};
    const char *no[] = {"how did areas write their plans",
                        "what is an accountable care organisation",
                        "how", "many", "", "number one priority",
                        "what about the share price"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        cr_expect(evx_answer_asks_quantity(yes[i]), "%s", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        cr_expect_not(evx_answer_asks_quantity(no[i]), "%s", no[i]);
    cr_expect_not(evx_answer_asks_quantity(NULL));
}

Test(answer, texts_that_state_a_quantity)
{
    const char *yes[] = {"plans for each of the 44 local areas",
                         "62% of leaders", "62 per cent of leaders",
                         "savings of \xC2\xA3" "900m by 2020/21",
                         "\xC2\xA3" "8.8 billion", "\xE2\x82\xAC" "5 a head",
                         "particles smaller than 5mm", "3,000 firms",
                         "a 10\xE2\x80\x93" "15 year contract",
                         "over 12 months"};
    const char *no[] = {"published in December 2016",
                        "between 2015/16 and 2020/21",
                        "the 2017\xE2\x80\x93" "18 session",
                        "oral evidence on 11 June 2018", "on the 1st April",
                        "Q361 and EIM0034", "see paragraph 12 and para. 14",
                        "as set out in Chapter 2", "HC 650", "page 5",
                        "the 3rd report", "no numbers at all", ""};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        cr_expect(evx_answer_states_quantity(yes[i]), "%s", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        cr_expect_not(evx_answer_states_quantity(no[i]), "%s", no[i]);
    cr_expect_not(evx_answer_states_quantity(NULL));
}

static evx_unit *text_unit(const char *id, const char *text)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_PARAGRAPH), EVX_OK);
    u->id = evx_strdup(id);
    u->text = evx_strdup(text);
    return u;
}

/* The units that state a quantity gain 1 + weight: one passes the hit
 * above it, one does not reach the next, and equal scores keep their
 * order. */
Test(answer, the_page_favours_units_that_state_a_quantity)
{
    evx_hit page[4];
    const char *ids[] = {"A/p1", "A/p2", "A/p3", "A/p4"};
    const char *texts[] = {"no figure here", "44 areas published plans",
                           "nothing to count", "a plan costing \xC2\xA3" "2bn"};
    const double scores[] = {10.0, 9.0, 8.0, 5.0};

    memset(page, 0, sizeof page);
    for (size_t i = 0; i < 4; i++) {
        page[i].unit = text_unit(ids[i], texts[i]);
        page[i].score = scores[i];
    }
    evx_answer_rerank(page, 4, 0.2);
    cr_expect_str_eq(page[0].unit->id, "A/p2");
    cr_expect_float_eq(page[0].score, 10.8, 1e-9);
    cr_expect_str_eq(page[1].unit->id, "A/p1");
    cr_expect_str_eq(page[2].unit->id, "A/p3");
    cr_expect_str_eq(page[3].unit->id, "A/p4");
    cr_expect_float_eq(page[3].score, 6.0, 1e-9);
    for (size_t i = 0; i < 4; i++)
        evx_unit_free(page[i].unit);

    /* a tie stays in its order */
    evx_hit two[2];
    memset(two, 0, sizeof two);
    two[0].unit = text_unit("A/p5", "12 sites");
    two[0].score = 6.0;
    two[1].unit = text_unit("A/p6", "7 sites");
    two[1].score = 6.0;
    evx_answer_rerank(two, 2, 0.2);
    cr_expect_str_eq(two[0].unit->id, "A/p5");
    evx_unit_free(two[0].unit);
    evx_unit_free(two[1].unit);
}
