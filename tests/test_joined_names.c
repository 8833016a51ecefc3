/*
 * test_joined_names.c - who a lead-in or a footnote names, in forms an
 * eleventh pass over other reports found read wrongly (2026-12-04): a
 * post or a body whose name holds "and" ("the Comptroller and Auditor
 * General", "Highlands and Islands Enterprise") had given its second half
 * as the speaker; a footnote's short evidence code in brackets ("(CES
 * 11)"), or any bracket after a document's author, had been left open in
 * the name.  Each case read the way the pipeline reads it, in both
 * renderings; the words are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

static void expect_who(const evx_units *u, const char *id, const char *name,
                       const char *org, const char *ref)
{
    const evx_unit *q = unit(u, id);
    cr_assert_not_null(q->speaker, "%s: no speaker", id);
    const char *got[3] = {q->speaker->name, q->speaker->org, q->speaker->ref};
    const char *want[3] = {name, org, ref};
    for (int k = 0; k < 3; k++)
        cr_expect(!want[k] || (got[k] && strcmp(got[k], want[k]) == 0),
                  "%s: field %d is %s, not %s (%s)", id, k, got[k] ? got[k] : "-",
                  want[k], q->speaker->evidence);
}

/* Reads text in both renderings and checks the speaker of each
 * quotation p<k>/q1 against names[k - 1] (NULL: unknown). */
static void expect_each(const char *text, const char *const *names, size_t n)
{
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        for (size_t k = 0; k < n; k++) {
            char id[24];
            snprintf(id, sizeof id, "HC1/p%zu/q1", k + 1);
            const evx_unit *q = unit(&u, id);
            const char *got = q->speaker ? q->speaker->name : NULL;
            if (!names[k])
                cr_expect(!got || strcmp(got, "unknown") == 0,
                          "%s (%s): %s", id, web ? "web" : "printed", got);
            else
                cr_expect(got && strcmp(got, names[k]) == 0, "%s (%s): %s, not %s",
                          id, web ? "web" : "printed", got ? got : "-", names[k]);
        }
        evx_units_free(&u);
    }
}

/* A post or a body whose name holds "and": the whole is one name, its
 * second half no speaker; two people joined by "and" stay two. */
Test(joined_names, and_inside_a_post_or_a_body)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Gareth Davies, the Comptroller and Auditor General, observed that "
        "the accounts “have not told Parliament what the liability is”.\n\n"
        "2. Highlands and Islands Enterprise said that “the benefits will flow "
        "south unless the revenue is retained locally”.\n\n"
        "3. Trading Standards and Consumer Protection Service argued that “the "
        "scheme is unenforceable in practice”.\n\n"
        "4. Thea Coffin, the Secretary of State for Environment, Food and Rural "
        "Affairs, said that “the plan is ambitious but achievable”.\n\n"
        "5. Jane Doe and John Roe told us that “nobody had asked the tenants "
        "at all”.\n";
    static const char *const names[] = {
        "Gareth Davies", "Highlands and Islands Enterprise",
        "Trading Standards and Consumer Protection Service", "Thea Coffin",
        "Jane Doe and John Roe"};
    expect_each(text, names, 5);
}

/* A footnote naming a body and a short code in brackets: the code is
 * the written evidence's reference, the name closes before it; any other
 * bracket after an author ends the author. */
Test(joined_names, a_bracket_after_a_footnotes_name)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The Law Society of Scotland warned that any transfer would need "
        "“careful drafting to avoid leaving title in limbo”.1\n\n"
        "2. The Faculty of Advocates thought the change “long overdue and "
        "welcome in every respect”.2\n\n"
        "1 Law Society of Scotland (CES 11)\n"
        "2 Faculty of Advocates (ref 12)\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        expect_who(&u, "HC1/p1/q1", "Law Society of Scotland",
                   "Law Society of Scotland", "CES 11");
        expect_who(&u, "HC1/p2/q1", "Faculty of Advocates", NULL, NULL);
        evx_units_free(&u);
    }
}
