/*
 * test_sessions.c - oral evidence a footnote cites with its day ("Oral
 * evidence taken on 3 May 2021, HC 1297, Q45", "Q45 (3 May 2021)"): a day
 * none of the report's panels sat is evidence given elsewhere, never the
 * words of the panel whose questions happen to hold the number; a day one
 * sat picks that session's panel where the questions are numbered again
 * from 1 each session; a witness who sat on two panels, in two posts, is
 * the one listed on the panel whose questions hold the number.  Each case
 * read the way the pipeline reads it; the words are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

static const char *const WITNESSES_ONE =
    "Witnesses\n\n"
    "The following witnesses gave evidence.\n\n"
    "Tuesday 8 March 2022\n\n"
    "Chief Constable Gareth Penrose, Public Order Lead, Police Chiefs "
    "Council Q1–77\n";

/* Reads the paragraphs and footnotes text, then the one-panel list. */
static void read_with_one_panel(evx_units *u, const char *text)
{
    size_t n = strlen(text) + strlen(WITNESSES_ONE) + 1;
    char *all = malloc(n);
    cr_assert_not_null(all);
    snprintf(all, n, "%s%s", text, WITNESSES_ONE);
    read_as(u, all, 0);
    free(all);
}

/* The words of an earlier inquiry's session had been given to this
 * report's one witness, with this report's session date. */
Test(sessions, a_day_no_panel_sat_is_evidence_given_elsewhere)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. In our predecessor Committee’s inquiry, a senior officer told "
        "it that officers “had no choice but to act”.1\n\n"
        "2. An officer also said the policing was “lawful but "
        "unwise”.2\n\n"
        "3. Chief Constable Penrose told us that the powers were “used "
        "sparingly”.3\n\n"
        "1 Oral evidence taken on 3 May 2021, HC 1297, Q45\n"
        "2 Q47 (3 May 2021)\n"
        "3 Oral evidence taken on 8 March 2022, HC 777, Q12\n\n";
    evx_units u = EVX_UNITS_INIT;
    read_with_one_panel(&u, text);
    const char *ids[] = {"HC1/p1/q1", "HC1/p2/q1"};
    for (size_t i = 0; i < 2; i++) {
        const evx_unit *q = unit(&u, ids[i]);
        cr_assert_not_null(q->speaker);
        cr_expect_null(q->speaker->name, "%s: given to %s (%s)", ids[i],
                       q->speaker->name, q->speaker->evidence);
        cr_expect_null(q->speaker->date, "%s: dated %s", ids[i], q->speaker->date);
        cr_expect_str_neq(q->speaker->kind, "oral");
    }
    expect_speaker(&u, "HC1/p3/q1", "Chief Constable Gareth Penrose");
    cr_expect_str_eq(unit(&u, "HC1/p3/q1")->speaker->date, "8 March 2022");
    /* this report's session is cited by its question, the day being the
     * panel's: "oral evidence, 8 March 2022, Oral evidence taken on 8
     * March 2022, HC 777, Q12" had been pasted; another session keeps
     * the whole citation, the only way to find it */
    cr_expect_str_eq(unit(&u, "HC1/p3/q1")->speaker->ref, "Q12");
    cr_expect_str_eq(unit(&u, "HC1/p1/q1")->speaker->ref,
                     "Oral evidence taken on 3 May 2021, HC 1297, Q45");
    evx_units_free(&u);
}

/* Two sessions number their questions from 1: the day the footnote
 * prints picks the session's panel. */
Test(sessions, the_day_picks_the_session_where_questions_start_again)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. We were told that local radio was “the heart of the "
        "service”.1\n\n"
        "2. We also heard that the channel was “a public asset”.2\n\n"
        "1 Oral evidence taken on 24 May 2022, HC 312, Q5\n"
        "2 Oral evidence taken on 7 June 2022, HC 312, Q5\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 24 May 2022\n\n"
        "Ann Roe, Director General, Northgate Broadcasting Q1–20\n\n"
        "Tuesday 7 June 2022\n\n"
        "Lord Hale, Chair, Channel Five Corporation Q1–25\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_speaker(&u, "HC1/p1/q1", "Ann Roe");
    cr_expect_str_eq(unit(&u, "HC1/p1/q1")->speaker->date, "24 May 2022");
    expect_speaker(&u, "HC1/p2/q1", "Lord Hale");
    cr_expect_str_eq(unit(&u, "HC1/p2/q1")->speaker->date, "7 June 2022");
    evx_units_free(&u);
}

/* A witness listed twice, in two sessions and two posts: a footnote that
 * names him ("Q 130 [Jim Harra]", "Q 132 [Mr Harra]") is his listing in
 * the session whose questions hold the number.  It had been his first
 * listing, with its post and date, whichever question it cited. */
Test(sessions, one_witness_on_two_panels_is_the_one_whose_questions_hold_it)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Mr Harra told us that HMRC had “made hard choices”.1 Appearing "
        "again, he said that the move would be “done by 2024”.2\n\n"
        "2. He added that it was “on track”.3\n\n"
        "1 Q 12\n2 Q 130 [Jim Harra]\n3 Q 132 [Mr Harra]\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Monday 13 March 2023\n\n"
        "Jim Harra CB, First Permanent Secretary, HM Revenue & Customs; and "
        "Gareth Davies, Comptroller and Auditor General, National Audit "
        "Office Q1–98\n\n"
        "Thursday 20 April 2023\n\n"
        "Myrtle Lloyd, Director General, HM Revenue & Customs; and Jim Harra "
        "CB, Accounting Officer, HM Revenue & Customs Q99–160\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    static const char *const ids[] = {"HC1/p1/q1", "HC1/p1/q2", "HC1/p2/q1"};
    static const char *const roles[] = {"First Permanent Secretary", "Accounting Officer",
                                        "Accounting Officer"};
    static const char *const dates[] = {"13 March 2023", "20 April 2023", "20 April 2023"};
    for (size_t k = 0; k < 3; k++) {
        const evx_unit *q = unit(&u, ids[k]);
        cr_assert_not_null(q->speaker, "%s", ids[k]);
        cr_expect(q->speaker->name && strcmp(q->speaker->name, "Jim Harra CB") == 0,
                  "%s: %s", ids[k], q->speaker->name);
        cr_expect(q->speaker->role && strcmp(q->speaker->role, roles[k]) == 0,
                  "%s: role %s (%s)", ids[k], q->speaker->role, q->speaker->evidence);
        cr_expect(q->speaker->date && strcmp(q->speaker->date, dates[k]) == 0,
                  "%s: date %s", ids[k], q->speaker->date);
    }
    evx_units_free(&u);
}
