/*
 * test_restate.c - a recommendation and the paragraph it restates are one
 * hit (query/restate.h), on hits made by hand: the paragraph stands where
 * the better ranked of the two stood, with that rank and score, and the
 * recommendation's id is its `also`.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "restate.h"
#include "search.h"
#include "unit.h"

/* A hit list of n key units, as a search hands them to the merge: id,
 * type, paragraph, docid and score; ranks 1..n. */
typedef struct spec {
    const char *id;
    evx_unit_type type;
    int para;
} spec;

static void make_hits(evx_hits *h, const spec *s, size_t n)
{
    h->items = calloc(n, sizeof *h->items);
    cr_assert_not_null(h->items);
    h->len = n;
    h->total = n;
    for (size_t i = 0; i < n; i++) {
        cr_assert_eq(evx_unit_new(&h->items[i].unit, s[i].type), EVX_OK);
        h->items[i].unit->id = evx_strdup(s[i].id);
        h->items[i].unit->para = s[i].para;
        h->items[i].docid = (evx_docid)(100 + i);
        h->items[i].score = 10.0 - (double)i;
        h->items[i].rank = (unsigned)i + 1;
    }
}

Test(restate, a_recommendation_ranked_first_gives_its_place_to_the_paragraph)
{
    const spec s[] = {{"HC650/r17", EVX_UNIT_RECOMMENDATION, 140},
                      {"HC650/p12", EVX_UNIT_PARAGRAPH, 12},
                      {"HC650/p140", EVX_UNIT_PARAGRAPH, 140},
                      {"HC650/p141", EVX_UNIT_PARAGRAPH, 141}};
    evx_hits h;

    make_hits(&h, s, 4);
    cr_assert_eq(evx_restate_merge(&h, 1), EVX_OK);
    cr_assert_eq(h.len, 3);
    cr_expect_str_eq(h.items[0].unit->id, "HC650/p140");
    cr_expect_eq(h.items[0].unit->type, EVX_UNIT_PARAGRAPH);
    cr_expect_eq(h.items[0].docid, 102, "the paragraph's own document");
    cr_expect_float_eq(h.items[0].score, 10.0, 1e-9, "the pair's score");
    cr_assert_not_null(h.items[0].also);
    cr_expect_str_eq(h.items[0].also, "HC650/r17");
    cr_expect_str_eq(h.items[1].unit->id, "HC650/p12");
    cr_expect_null(h.items[1].also);
    cr_expect_str_eq(h.items[2].unit->id, "HC650/p141");
    for (size_t i = 0; i < h.len; i++)
        cr_expect_eq(h.items[i].rank, i + 1);
    evx_hits_free(&h);
}

Test(restate, a_paragraph_ranked_first_keeps_its_place)
{
    const spec s[] = {{"HC650/p140", EVX_UNIT_PARAGRAPH, 140},
                      {"HC650/r17", EVX_UNIT_RECOMMENDATION, 140}};
    evx_hits h;

    make_hits(&h, s, 2);
    cr_assert_eq(evx_restate_merge(&h, 5), EVX_OK);
    cr_assert_eq(h.len, 1);
    cr_expect_str_eq(h.items[0].unit->id, "HC650/p140");
    cr_expect_eq(h.items[0].docid, 100);
    cr_expect_str_eq(h.items[0].also, "HC650/r17");
    cr_expect_eq(h.items[0].rank, 5);
    evx_hits_free(&h);
}

/* Another report's paragraph of that number, or a recommendation that
 * names no paragraph, is no pair; nor is a quotation of the paragraph,
 * which keeps its own hit and speaker. */
Test(restate, only_the_same_reports_paragraph_is_a_pair)
{
    const spec s[] = {{"HC650/r17", EVX_UNIT_RECOMMENDATION, 140},
                      {"HC179/p140", EVX_UNIT_PARAGRAPH, 140},
                      {"HC650/r3", EVX_UNIT_RECOMMENDATION, 0},
                      {"HC650/p140/q1", EVX_UNIT_QUOTATION, 140}};
    evx_hits h;

    make_hits(&h, s, 4);
    cr_assert_eq(evx_restate_merge(&h, 1), EVX_OK);
    cr_assert_eq(h.len, 4);
    for (size_t i = 0; i < h.len; i++) {
        cr_expect_str_eq(h.items[i].unit->id, s[i].id);
        cr_expect_null(h.items[i].also);
    }
    evx_hits_free(&h);
}
