/*
 * test_unitindex.c - units looked up by id and footnotes by number through
 * an index answer as a walk of the list does: the first in list order.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "unitindex.h"

static evx_unit *push(evx_units *l, evx_unit_type type, const char *id,
                      int number)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, type), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->id, id, strlen(id)), EVX_OK);
    u->number = number;
    cr_assert_eq(evx_units_push(l, u), EVX_OK);
    return u;
}

Test(unitindex, finds_as_the_list_does)
{
    evx_units l = EVX_UNITS_INIT;
    evx_unit *p2 = push(&l, EVX_UNIT_PARAGRAPH, "HC1/p2", 2);
    evx_unit *f7 = push(&l, EVX_UNIT_FOOTNOTE, "HC1/fn7", 7);
    push(&l, EVX_UNIT_PARAGRAPH, "HC1/p1", 1);
    evx_unit *again = push(&l, EVX_UNIT_FOOTNOTE, "HC1/fn7", 7);
    evx_unit *f3 = push(&l, EVX_UNIT_FOOTNOTE, "HC1/fn3", 3);
    push(&l, EVX_UNIT_PARAGRAPH, "HC1/p7", 7); /* a paragraph is no note */
    evx_units_index *ix = NULL;
    cr_assert_eq(evx_units_index_new(&ix, &l), EVX_OK);
    cr_expect_eq(evx_units_index_list(ix), &l);

    for (size_t i = 0; i < l.len; i++)
        cr_expect_eq(evx_units_index_find(ix, l.items[i]->id),
                     evx_units_find(&l, l.items[i]->id), "%s",
                     l.items[i]->id);
    cr_expect_eq(evx_units_index_find(ix, "HC1/p2"), p2);
    cr_expect_eq(evx_units_index_find(ix, "HC1/fn7"), f7, "the first of two");
    cr_expect_null(evx_units_index_find(ix, "HC1/p3"));
    cr_expect_null(evx_units_index_find(ix, "HC1/p0"));
    cr_expect_null(evx_units_index_find(ix, "HC9"));
    cr_expect_null(evx_units_index_find(ix, NULL));

    evx_unit *const *notes = NULL;
    size_t n = 9;
    evx_units_index_footnotes(ix, 7, &notes, &n);
    cr_assert_eq(n, 2);
    cr_expect_eq(notes[0], f7);
    cr_expect_eq(notes[1], again);
    evx_units_index_footnotes(ix, 3, &notes, &n);
    cr_assert_eq(n, 1);
    cr_expect_eq(notes[0], f3);
    evx_units_index_footnotes(ix, 5, &notes, &n);
    cr_expect_eq(n, 0);
    evx_units_index_footnotes(ix, 99, &notes, &n);
    cr_expect_eq(n, 0);
    evx_units_index_free(ix);
    evx_units_free(&l);
}

Test(unitindex, an_empty_list)
{
    evx_units l = EVX_UNITS_INIT;
    evx_units_index *ix = NULL;
    evx_unit *const *notes = NULL;
    size_t n = 1;
    cr_assert_eq(evx_units_index_new(&ix, &l), EVX_OK);
    cr_expect_null(evx_units_index_find(ix, "HC1/p1"));
    evx_units_index_footnotes(ix, 1, &notes, &n);
    cr_expect_eq(n, 0);
    evx_units_index_free(ix);
    evx_units_index_free(NULL);
}
