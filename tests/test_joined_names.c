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

/* A Welsh Assembly Member's letters ("Carwyn Jones AM") are no surname:
 * "Mr Jones" is he, his panel holding the footnote's question. */
Test(joined_names, an_assembly_members_letters)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The First Minister was more direct. Mr Jones told us:\n\n"
        "We need the same for the north and for the west.1\n\n"
        "1 Q 180\n\n"
        "Witnesses\n\n"
        "Wednesday 17 October 2018\n\n"
        "Professor Calvin Jones, Professor of Economics, Cardiff Business "
        "School Q1\xE2\x80\x93" "100\n\n"
        "Carwyn Jones AM, First Minister of Wales, Welsh Government "
        "Q171\xE2\x80\x93" "200\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", "Carwyn Jones AM", "Welsh Government", "Q 180");
    evx_units_free(&u);
}

/* One footnote after a sentence's two quotations, its question in the
 * second speaker's panel: the first speaker, named by the lead-in, is
 * given no question of the other's (a pasted citation had read "Nick
 * Hurd MP, …, oral evidence, Q 15").  A minister listed before another
 * body's witness keeps his own office, not that body. */
Test(joined_names, a_footnote_after_the_second_quotation)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Mr Hurd told us that the Home Office had given forces “the "
        "flexibility to raise more through the precept”, but Chief Constable "
        "Penrose described this as “a transfer of the burden to council tax "
        "payers.”1\n\n"
        "1 Q 15\n\n"
        "Witnesses\n\n"
        "Tuesday 6 March 2018\n\n"
        "Chief Constable Sara Penrose, National Police Chiefs’ Council lead "
        "for demand Q1\xE2\x80\x93" "60\n\n"
        "Tuesday 3 July 2018\n\n"
        "Rt Hon Nick Hurd MP, Minister for Policing and the Fire Service, and "
        "Jo Roe, Chief Executive, Police Remuneration Body "
        "Q261\xE2\x80\x93" "320\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *q1 = unit(&u, "HC1/p1/q1");
    cr_assert_not_null(q1->speaker);
    cr_expect_str_eq(q1->speaker->name, "Rt Hon Nick Hurd MP");
    cr_expect_null(q1->speaker->ref, "ref %s", q1->speaker->ref);
    cr_expect_null(q1->speaker->org, "org %s", q1->speaker->org);
    expect_who(&u, "HC1/p1/q2", "Chief Constable Sara Penrose", NULL, "Q 15");
    evx_units_free(&u);
}

/* A letter from a person with letters after the name: the person, with
 * the post the footnote prints, of no organisation of the name's. */
Test(joined_names, a_letter_from_a_member)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The Economic Secretary later wrote that the group would “report "
        "to Ministers by the summer”.1\n\n"
        "1 Letter from Sarah Pellow MP, Economic Secretary to the Treasury, "
        "to the Chair, 2 March 2020\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_assert_not_null(q->speaker);
    cr_expect_str_eq(q->speaker->name, "Sarah Pellow MP");
    cr_expect(q->speaker->role &&
                  strcmp(q->speaker->role, "Economic Secretary to the Treasury") == 0,
              "role %s", q->speaker->role);
    cr_expect_null(q->speaker->org, "org %s", q->speaker->org);
    evx_units_free(&u);
}

/* A sentence's second quotation after a clause of its own on a post ("…”;
 * the Commissioner called it “…”") is not the first clause's speaker's;
 * words the sentence gives as another's ("in Ms Urwin’s words") are
 * hers, not the subject's; a document that someone cites in a clause of
 * its own ("a survey, which DCS Crampton cited, reported") is not his
 * words, and quoted in a body's written evidence ("a paper by Dr Wachter,
 * quoted by the ICO in its submission") it is its author's.  Each had put
 * the wrong name on the quotation. */
Test(joined_names, whose_words_a_clause_gives)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Dr Wachter described the right to explanation as “a myth”; the "
        "Commissioner called it “a matter for the courts”.\n\n"
        "2. Silkie Carlo said that the role was, in Ms Urwin’s words, “to "
        "decide, not to rubber-stamp”.\n\n"
        "3. A satisfaction survey, which DCS Crampton cited, reported that "
        "“victims felt they had been passed from pillar to post”.1\n\n"
        "4. A 2016 paper by Dr Wachter and colleagues, quoted by the Information "
        "Commissioner’s Office in its submission, concluded that “a right to "
        "explanation does not exist as drafted”.2\n\n"
        "1 Q 151\n"
        "2 Information Commissioner’s Office (ALG0039)\n\n"
        "Witnesses\n\n"
        "Tuesday 14 November 2017\n\n"
        "Dr Sandra Wachter, Research Fellow, Oxford Internet Institute Q31\xE2\x80\x93" "50\n\n"
        "Silkie Carlo, Director, Big Brother Watch, and Sheena Urwin, Head of "
        "Criminal Justice, Durham Constabulary Q51\xE2\x80\x93" "70\n\n"
        "Tuesday 20 March 2018\n\n"
        "Detective Chief Superintendent Tony Crampton, City of London Police "
        "Q146\xE2\x80\x93" "180\n\n"
        "Published written evidence\n\n"
        "1 Information Commissioner’s Office (ALG0039)\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const char *want[][2] = {{"HC1/p1/q1", "Dr Sandra Wachter"},
                             {"HC1/p1/q2", NULL},
                             {"HC1/p2/q1", "Sheena Urwin"},
                             {"HC1/p3/q1", NULL},
                             {"HC1/p4/q1", "Dr Sandra Wachter"}};
    for (size_t k = 0; k < 5; k++) {
        const evx_unit *q = unit(&u, want[k][0]);
        const char *got = q->speaker ? q->speaker->name : NULL;
        if (want[k][1])
            cr_expect(got && strcmp(got, want[k][1]) == 0, "%s: %s, not %s",
                      want[k][0], got ? got : "-", want[k][1]);
        else
            cr_expect(!got, "%s: %s (%s)", want[k][0], got,
                      q->speaker ? q->speaker->evidence : "-");
    }
    const evx_unit *q4 = unit(&u, "HC1/p4/q1");
    cr_expect(q4->speaker && q4->speaker->ref &&
                  strcmp(q4->speaker->ref, "ALG0039") == 0,
              "p4's ref: %s", q4->speaker ? q4->speaker->ref : "-");
    evx_units_free(&u);
}

/* The red team's forms for the rules above, each read as before them:
 * a secretary of a board shares the next witness's body, and a minister
 * a department's given by its initials; a person a citing clause follows
 * speaks ("Jane Smith, quoted by Alan Jones, said"); a name's last word
 * before "and" does not make the next name a body's ("Paul Johnson and
 * Carl Emmerson of the Institute"); and a footnote giving a question for
 * each of a sentence's quotations gives each its own ("2 Q12; Q50"). */
Test(joined_names, the_red_teams_forms)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Jane Smith, quoted by Alan Jones, said that “nurses are "
        "exhausted”.1\n\n"
        "2. Paul Johnson and Carl Emmerson of the Institute for Fiscal "
        "Studies wrote that “the outlook is bleak”.\n\n"
        "3. Jane Smith told us that the system was “under severe strain”; the "
        "Secretary of State called it “a challenge we are meeting”.2\n\n"
        "1 Q12\n"
        "2 Q12; Q50\n\n"
        "Witnesses\n\n"
        "Tuesday 6 March 2018\n\n"
        "Jane Smith, Chief Executive, Health Foundation Q1\xE2\x80\x93" "20\n\n"
        "Tuesday 3 July 2018\n\n"
        "Rt Hon Alan Green MP, Secretary of State for Health, and Ann Roe, "
        "Director, DHSC Q41\xE2\x80\x93" "60\n\n"
        "Tuesday 10 July 2018\n\n"
        "Jo Doe, Secretary to the Board, and Sam Poe, Chief Executive, Bank of "
        "England Q61\xE2\x80\x93" "80\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", "Jane Smith", NULL, "Q12");
    const evx_unit *q2 = unit(&u, "HC1/p2/q1");
    cr_expect(q2->speaker && q2->speaker->name &&
                  strstr(q2->speaker->name, "Emmerson") != NULL,
              "p2: %s", q2->speaker ? q2->speaker->name : "-");
    expect_who(&u, "HC1/p3/q1", "Jane Smith", NULL, "Q12");
    expect_who(&u, "HC1/p3/q2", "Rt Hon Alan Green MP", "DHSC", "Q50");
    const evx_unit *w = NULL;
    for (size_t i = 0; i < u.len; i++)
        if (u.items[i]->type == EVX_UNIT_WITNESS && u.items[i]->n_people == 2 &&
            strcmp(u.items[i]->people[0].name, "Jo Doe") == 0)
            w = u.items[i];
    cr_assert_not_null(w, "no panel of Jo Doe");
    cr_expect(w->people[0].org && strcmp(w->people[0].org, "Bank of England") == 0,
              "Jo Doe's org: %s", w->people[0].org);
    evx_units_free(&u);
}

/* "The former" and "the latter" stand for the first and the second of
 * the two people named before them; "thought" leads in to a quotation as
 * "believed" does.  Each had been a quotation of no one, or none. */
Test(joined_names, the_former_the_latter_and_what_one_thought)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Alison Nimmo and Gordon McKay gave evidence together. The former "
        "told us that the Estate had “reinvested more in Scotland”.1 The "
        "latter added that licensing was “not ours to speed up”.2\n\n"
        "2. Sir Mark Walport, like Dame Wendy Hall, thought that regulators "
        "were “short of the people they need”.\n\n"
        "1 Q 301\n"
        "2 Q 303\n\n"
        "Witnesses\n\n"
        "Tuesday 20 November 2012\n\n"
        "Alison Nimmo, Chief Executive, and Gordon McKay, Scottish Portfolio "
        "Manager, The Crown Estate Q280\xE2\x80\x93" "320\n";
    static const char *const names[] = {"Alison Nimmo"};
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", names[0], NULL, "Q 301");
    expect_who(&u, "HC1/p1/q2", "Gordon McKay", NULL, "Q 303");
    expect_who(&u, "HC1/p2/q1", "Sir Mark Walport", NULL, NULL);
    evx_units_free(&u);
}

/* The second red team's forms: a clause on a post that only reports
 * another's words ("; the Secretary of State, she said, had been “…”")
 * is no clause of its own; a survey one cites in a sentence's first
 * quotation leaves her own second quotation hers; a footnote's
 * questions go to the one whose panel holds each ("2 Q12; Q50", the
 * ministers' question first or not). */
Test(joined_names, the_second_red_teams_forms)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Jane Smith said the plan was “unrealistic in almost every "
        "respect”; the Secretary of State, she said, had been “complacent "
        "about the risks involved”.1\n\n"
        "2. A survey, which Jane Smith cited, reported that “most nurses are "
        "thinking of leaving”, and she said that this was “deeply worrying "
        "for us all”.2\n\n"
        "3. Mark Harper said the road was “fully funded for the next five "
        "years”, but Jane Smith called it “a fantasy”.3\n\n"
        "1 Q12\n"
        "2 Q12\n"
        "3 Q12; Q50\n\n"
        "Witnesses\n\n"
        "Tuesday 14 March 2023\n\n"
        "Jane Smith, Chief Executive, Health Foundation, and Alan Jones, "
        "Director, King's Fund Q1\xE2\x80\x93" "40\n\n"
        "Wednesday 22 March 2023\n\n"
        "Rt Hon Mark Harper MP, Secretary of State for Transport, and Tom Poe, "
        "Director, Department for Transport Q41\xE2\x80\x93" "90\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q2", "Jane Smith", NULL, "Q12");
    const evx_unit *q = unit(&u, "HC1/p2/q1");
    cr_expect(!q->speaker || !q->speaker->name, "p2/q1: %s",
              q->speaker ? q->speaker->name : "-");
    expect_who(&u, "HC1/p2/q2", "Jane Smith", NULL, "Q12");
    expect_who(&u, "HC1/p3/q1", "Rt Hon Mark Harper MP", NULL, "Q50");
    expect_who(&u, "HC1/p3/q2", "Jane Smith", NULL, "Q12");
    evx_units_free(&u);
}

/* A footnote naming a speaker no list registers ("Q 70 [Gareth Davies]")
 * takes the post the sentence prints beside the name, where it prints
 * none itself (the role had been lost). */
Test(joined_names, a_footnotes_name_takes_the_sentences_post)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Gareth Davies, the Comptroller and Auditor General, observed that "
        "the accounts “have not told Parliament what the liability is”.1\n\n"
        "2. The Treasury Officer of Accounts, Charlotte Goodridge, told us that "
        "the Treasury “would expect to see a properly costed plan”.2\n\n"
        "1 Q 70 [Gareth Davies]\n"
        "2 Q 44 [Charlotte Goodridge]\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const char *want[][2] = {{"HC1/p1/q1", "the Comptroller and Auditor General"},
                             {"HC1/p2/q1", "Treasury Officer of Accounts"}};
    for (size_t k = 0; k < 2; k++) {
        const evx_unit *q = unit(&u, want[k][0]);
        cr_assert_not_null(q->speaker);
        cr_expect(q->speaker->role && strcmp(q->speaker->role, want[k][1]) == 0,
                  "%s: role %s", want[k][0], q->speaker->role);
    }
    evx_units_free(&u);
}

/* "The Minister" over a question no panel's range holds (the list gives
 * pages of printed evidence, "Ev 50"): the one witness of the report whose
 * post it names, the Minister before a Secretary of State (it had been no
 * one). */
Test(joined_names, the_minister_where_the_list_gives_pages)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Fergus Ewing MSP told us that the Government had “no interest in "
        "changing the name on the door”.1\n\n"
        "2. The Minister, asked whether the revenue should follow the "
        "functions, replied that it “would be extraordinary to keep the money "
        "in London.”2\n\n"
        "1 Q 402\n"
        "2 Q 405\n\n"
        "Witnesses\n\n"
        "Tuesday 4 December 2012\n\n"
        "Fergus Ewing MSP, Minister for Energy, Enterprise and Tourism, "
        "Scottish Government Ev 50\n\n"
        "Rt Hon Michael Moore MP, Secretary of State for Scotland Ev 61\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p2/q1", "Fergus Ewing MSP", NULL, "Q 405");
    evx_units_free(&u);
}
