/*
 * test_attrib.c - speaker attribution, each rule on crafted units in HC
 * 650's words (a small registry, footnotes, paragraphs and quotations).
 * The footnote reader is tested in test_attrib_fn.c, HC 179's crafted
 * units in test_attrib_hc179.c, the real corpus against the labelled set
 * in test_attrib_corpus.c.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPORT "HC 650"

#include "attributil.h"

/* ---- crafted units ------------------------------------------------------ */

static const char *const panel_a[][3] = {
    {"Imelda Redmond", "National Director", "Healthwatch England"},
    {"Dr Charlotte Augst", "Partnerships Director", "The Richmond Group"},
    {"Don Redding", "Director of Policy", "National Voices"},
    {"Kate Duxbury", "Research Director", "Ipsos MORI"},
};
static const char *const panel_b[][3] = {
    {"Paul Maubach", "Chief Executive Officer",
     "Dudley Clinical Commissioning Group"},
};
static const char *const panel_c[][3] = {
    {"Councillor Jonathan McShane", NULL, "Local Government Association"},
    {"Niall Dickson", "Chief Executive", "NHS Confederation"},
};
static const char *const panel_d[][3] = {
    {"Professor Chris Ham", "Chief Executive", "The King’s Fund"},
    {"Professor Katherine Checkland", "Professor of Health Policy",
     "University of Manchester"},
    {"Nigel Edwards", "Chief Executive", "The Nuffield Trust"},
};
static const char *const panel_e[][3] = {
    {"Professor Steve Powis", "National Medical Director", "NHS England"},
    {"Simon Stevens", "Chief Executive", "NHS in England"},
};
static const char *const panel_f[][3] = {
    {"Ian Dalton", "Chief Executive", "NHS Improvement"},
    {"Ben Dyson", "Executive Director, Strategy", "NHS Improvement"},
};

static void registry_units(evx_units *l)
{
    add_panel(l, 3, "27 February 2018", 132, 156, panel_a, 4);
    add_panel(l, 4, "6 March 2018", 157, 201, panel_b, 1);
    add_panel(l, 5, "6 March 2018", 202, 226, panel_c, 2);
    add_panel(l, 6, "6 March 2018", 227, 264, panel_d, 3);
    add_panel(l, 7, "20 March 2018", 265, 345, panel_e, 2);
    add_panel(l, 8, "20 March 2018", 346, 370, panel_f, 2);
    add_evidence(l, "Ipsos MORI", "STP0104");
    add_evidence(l, "NHS Clinical Commissioners", "STP0064");
    add_evidence(l, "NHS Clinical Commissioners", "STP0124");
}

/* ---- rule 1: a footnote naming the speaker ------------------------------ */

Test(attrib, named_footnote_gives_oral_speaker_and_panel_date)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 226, "Q361 [Ian Dalton]");
    evx_unit *q = add_quote(
        &l, 239, "Simon Stevens and Ian Dalton both acknowledged it. "
                 "Ian Dalton said that:",
        "if we expect the NHS to integrate and to work together",
        "Ian Dalton said that:", 226);
    resolve(&l);
    expect_speaker(q, "Ian Dalton", "oral", "Q361", "footnote");
    cr_expect_str_eq(q->speaker->date, "20 March 2018");
    cr_expect_str_eq(q->speaker->role, "Chief Executive");
    cr_expect_str_eq(q->speaker->org, "NHS Improvement");
    cr_expect(strstr(q->speaker->evidence, "footnote 226") != NULL);
    evx_units_free(&l);
}

Test(attrib, named_footnote_outside_its_panel_trusts_the_name)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 43, "Q274 Professor Chris Ham");
    evx_unit *q = add_quote(&l, 60, "As Professor Chris Ham described:",
                            "They were asked to produce a plan",
                            "As Professor Chris Ham described:", 43);
    resolve(&l);
    expect_speaker(q, "Professor Chris Ham", "oral", "Q274", "footnote");
    cr_expect_str_eq(q->speaker->date, "6 March 2018");
    cr_expect(strstr(q->speaker->evidence, "outside") != NULL,
              "evidence should say Q274 is outside the panel: %s",
              q->speaker->evidence);
    evx_units_free(&l);
}

Test(attrib, two_named_refs_pick_the_one_the_lead_in_names)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 178, "Q155 [Dr Augst], Q206 [ Niall Dickson]");
    evx_unit *q = add_quote(&l, 194, "Niall Dickson told us:",
                            "The use of jargon heightens suspicion",
                            "Niall Dickson told us:", 178);
    resolve(&l);
    expect_speaker(q, "Niall Dickson", "oral", "Q206", "footnote+lead-in");
    evx_units_free(&l);
}

Test(attrib, two_named_refs_without_lead_in_take_the_first)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 178, "Q155 [Dr Augst], Q206 [ Niall Dickson]");
    evx_unit *q = add_quote(&l, 194, "We heard that:", "Jargon raises suspicion",
                            "We heard that:", 178);
    resolve(&l);
    expect_speaker(q, "Dr Charlotte Augst", "oral", "Q155", NULL);
    evx_units_free(&l);
}

Test(attrib, other_committee_footnote_is_kind_other)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 69, "Oral evidence taken before the Public Accounts "
                         "Committee on 21 March 2018, HC (2017–19) 793, Q118 "
                         "[Simon Stevens]");
    evx_unit *q = add_quote(&l, 86, "Simon Stevens, in response to a question, "
                                    "stated that:",
                            "we have been discussing, as recently as this "
                            "morning",
                            "Simon Stevens, in response to a question, stated "
                            "that:",
                            69);
    resolve(&l);
    expect_speaker(q, "Simon Stevens", "other",
                   "Oral evidence taken before the Public Accounts Committee "
                   "on 21 March 2018, HC (2017–19) 793, Q118",
                   "footnote");
    cr_expect_null(q->speaker->date);
    evx_units_free(&l);
}

/* ---- rule 2: a question number only -------------------------------------- */

Test(attrib, q_only_footnote_with_short_form_lead_in)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 23, "Q228");
    evx_unit *q = add_quote(&l, 31, "Nigel Edwards, Chief Executive of the "
                                    "Nuffield Trust, emphasised the optimism "
                                    "bias. As Mr Edwards explained:",
                            "These models take a long time to develop.",
                            "As Mr Edwards explained:", 23);
    resolve(&l);
    expect_speaker(q, "Nigel Edwards", "oral", "Q228", "footnote+lead-in");
    cr_expect_str_eq(q->speaker->date, "6 March 2018");
    evx_units_free(&l);
}

Test(attrib, q_only_footnote_without_a_name_is_unknown_with_the_panel)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 5, "Q151");
    evx_unit *q = add_quote(&l, 4, "A shared commitment signed by the "
                                   "Department of Health included the "
                                   "following definition:",
                            "I can plan my care, with people who understand me",
                            "A shared commitment signed by the Department of "
                            "Health included the following definition:",
                            5);
    resolve(&l);
    expect_speaker(q, NULL, "unknown", "Q151", "none");
    cr_expect(strstr(q->speaker->evidence, "Q132-156") != NULL, "%s",
              q->speaker->evidence);
    evx_units_free(&l);
}

Test(attrib, q_only_footnote_and_lead_in_from_another_panel_prefers_lead_in)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 7, "Q136");
    evx_unit *q = add_quote(&l, 9, "Simon Stevens told us:",
                            "It is grounded in what care should look like",
                            "Simon Stevens told us:", 7);
    resolve(&l);
    expect_speaker(q, "Simon Stevens", "oral", "Q136", "lead-in");
    cr_expect(strstr(q->speaker->evidence, "preferred") != NULL, "%s",
              q->speaker->evidence);
    evx_units_free(&l);
}

Test(attrib, q_only_footnote_resolved_by_organisation)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 12, "Q140");
    evx_unit *q = add_quote(&l, 12, "Polling by Ipsos MORI found that:",
                            "people are very surprised about that",
                            "Polling by Ipsos MORI found that:", 12);
    resolve(&l);
    expect_speaker(q, "Kate Duxbury", "oral", "Q140", "footnote+lead-in");
    evx_units_free(&l);
}

/* ---- rules 3 and 4: written evidence, documents ------------------------- */

Test(attrib, written_evidence_code_without_letters)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 4, "Ipsos MORI(0104) p4");
    evx_unit *q = add_quote(&l, 3, "Polling shows:", "a patient is just as likely",
                            "Polling shows:", 4);
    resolve(&l);
    expect_speaker(q, "Ipsos MORI", "written", "STP0104", "footnote");
    evx_units_free(&l);
}

Test(attrib, written_evidence_not_in_the_list_keeps_printed_submitter)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 64, "NHS Providers STP0050");
    evx_unit *q = add_quote(&l, 78, "NHS Providers argue:",
                            "There needs to be far greater clarity",
                            "NHS Providers argue:", 64);
    resolve(&l);
    expect_speaker(q, "NHS Providers", "written", "STP0050", "footnote");
    evx_units_free(&l);
}

Test(attrib, document_footnote_names_its_author)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    const char *doc = "National Audit Office, Health and social care "
                      "integration, HC 1011 Session 2016–17 8 February 2017, "
                      "page 7";
    add_footnote(&l, 25, doc);
    evx_unit *q = add_quote(&l, 35, "The NAO concluded that:",
                            "shifts in policy emphasis and reorganisations",
                            "The NAO concluded that:", 25);
    resolve(&l);
    expect_speaker(q, "National Audit Office", "document", doc, "footnote");
    evx_units_free(&l);
}

Test(attrib, document_footnote_with_a_person_in_the_lead_in)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 74, "Note on SY&B visit");
    const char *p = "Rob Webster, STP lead in West Yorkshire, characterised "
                    "the importance of relationships in saying that change "
                    "happens at the speed of trust. This message was shared.";
    evx_unit *q = add_quote(&l, 90, p, "change happens at the speed of trust.",
                            NULL, 74);
    resolve(&l);
    expect_speaker(q, "Rob Webster", "other", "Note on SY&B visit",
                   "footnote+lead-in");
    cr_expect_str_eq(q->speaker->role, "STP lead in West Yorkshire");
    evx_units_free(&l);
}

/* ---- rule 5: lead-in only (footnote body lost) --------------------------- */

Test(attrib, lost_footnote_lead_in_with_misspelt_surname)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 114, NULL);
    evx_unit *q = add_quote(&l, 135, "According to Paul Maubech from Dudley CCG:",
                            "A major challenge at the moment",
                            "According to Paul Maubech from Dudley CCG:", 114);
    resolve(&l);
    expect_speaker(q, "Paul Maubach", "oral", NULL, "lead-in");
    cr_expect_str_eq(q->speaker->date, "6 March 2018");
    cr_expect(strstr(q->speaker->evidence, "no body") != NULL, "%s",
              q->speaker->evidence);
    evx_units_free(&l);
}

Test(attrib, lead_in_with_misspelt_first_name)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    evx_unit *q = add_quote(&l, 133, "Professor Katharine Checkland, from the "
                                     "University of Manchester, echoed this "
                                     "view:",
                            "creating an integrated organisation does not",
                            "Professor Katharine Checkland, from the "
                            "University of Manchester, echoed this view:",
                            0);
    resolve(&l);
    expect_speaker(q, "Professor Katherine Checkland", "oral", NULL, "lead-in");
    evx_units_free(&l);
}

Test(attrib, misspelt_short_word_is_not_forgiven)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    /* "Ham" is too short for a misspelling: "Professor Hum" is nobody */
    evx_unit *q = add_quote(&l, 5, "Professor Hum told us:", "nothing",
                            "Professor Hum told us:", 0);
    resolve(&l);
    cr_expect_str_neq(q->speaker->kind, "oral");
    evx_units_free(&l);
}

Test(attrib, inline_quotation_with_as_x_described_after_it)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    const char *p = "Having a free choice system playing in, as Niall Dickson, "
                    "Chief Executive of the NHS Confederation, described, does "
                    "create a challenge. We appreciate this concern.";
    evx_unit *q = add_quote(&l, 40, p, "free choice system playing in", NULL, 0);
    resolve(&l);
    expect_speaker(q, "Niall Dickson", "oral", NULL, "lead-in");
    evx_units_free(&l);
}

Test(attrib, lead_in_names_written_submitter_by_first_word)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    evx_unit *q = add_quote(&l, 226, "Ipsos MORI argue public trust is key, "
                                     "although Ipsos acknowledge:",
                            "while this can be a benefit to be harnessed",
                            "Ipsos MORI argue public trust is key, although "
                            "Ipsos acknowledge:",
                            0);
    resolve(&l);
    expect_speaker(q, "Ipsos MORI", "written", "STP0104", "lead-in");
    evx_units_free(&l);
}

Test(attrib, lead_in_organisation_with_several_submissions)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    evx_unit *q = add_quote(&l, 245, "NHS Clinical Commissioners described how "
                                     "recent policy changes present barriers:",
                            "The development of different control totals",
                            "NHS Clinical Commissioners described how recent "
                            "policy changes present barriers:",
                            0);
    resolve(&l);
    expect_speaker(q, "NHS Clinical Commissioners", "written", NULL, "lead-in");
    evx_units_free(&l);
}

Test(attrib, registered_person_speaking_to_another_committee)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    const char *p = "Simon Stevens told the Committee of Public Accounts that "
                    "I think the T was probably a misnomer. The Government "
                    "has committed to two funds.";
    evx_unit *q = add_quote(&l, 214, p, "I think the T was probably a misnomer",
                            NULL, 0);
    resolve(&l);
    expect_speaker(q, "Simon Stevens", "other", NULL, "lead-in");
    cr_expect_null(q->speaker->date);
    evx_units_free(&l);
}

/* ---- rule 6: people outside the registry --------------------------------- */

Test(attrib, outside_person_keeps_printed_name_and_role)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    const char *lead = "Rt. Hon Andrew Lansley MP, then Secretary of State for "
                       "Health, told our predecessor Committee in 2011:";
    evx_unit *q = add_quote(&l, 35, lead, "What we are doing, through "
                                          "amendments to the legislation",
                            lead, 0);
    resolve(&l);
    expect_speaker(q, "Rt. Hon Andrew Lansley MP", "other", NULL, "lead-in");
    cr_expect_str_eq(q->speaker->role, "then Secretary of State for Health");
    evx_units_free(&l);
}

Test(attrib, outside_short_form_completed_from_the_paragraph)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    const char *p = "Sir Chris Wormald, Permanent Secretary at the Department "
                    "of Health and Social Care, told the Committee of Public "
                    "Accounts that the Department had decided otherwise. "
                    "According to Sir Chris:";
    evx_unit *q = add_quote(&l, 287, p, "Most of the things we are describing",
                            "According to Sir Chris:", 0);
    resolve(&l);
    expect_speaker(q, "Sir Chris Wormald", "other", NULL, "lead-in");
    cr_expect_str_eq(q->speaker->role,
                     "Permanent Secretary at the Department of Health and "
                     "Social Care");
    evx_units_free(&l);
}

/* ---- context and unknown ------------------------------------------------- */

Test(attrib, pronoun_lead_in_takes_the_one_person_of_the_paragraph)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    const char *p = "Paul Maubach from Dudley CCG made the case that services "
                    "are disparate. Mr Maubach argued that splitting them is "
                    "undesirable. He stated:";
    evx_unit *q = add_quote(&l, 130, p, "we have multiple organisations",
                            "He stated:", 0);
    resolve(&l);
    expect_speaker(q, "Paul Maubach", "oral", NULL, "context");
    evx_units_free(&l);
}

Test(attrib, nobody_named_is_unknown_and_noted)
{
    evx_units l = EVX_UNITS_INIT;
    evx_tok *tok = NULL;
    evx_registry *reg = NULL;
    evx_diag *d = NULL;
    registry_units(&l);
    const char *p = "The current position of national bodies is that the "
                    "changes are legal and that:";
    evx_unit *q = add_quote(&l, 284, p, "What we are not doing, as the NHS",
                            p, 0);
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_registry_build(&reg, &l, tok), EVX_OK);
    cr_assert_eq(evx_attrib_resolve(&l, reg, tok, d), EVX_OK);
    expect_speaker(q, NULL, "unknown", NULL, "none");
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_NOTE), 1);
    evx_registry_free(reg);
    evx_diag_free(d);
    evx_tok_free(tok);
    evx_units_free(&l);
}

Test(attrib, unnamed_speaker_is_unknown_and_said_so)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    /* the quotation's own full stop ends its sentence: the organisation
     * named in the next sentence is not its speaker */
    const char *p = "For example, one participant mentioned that it is built "
                    "on consensus. Therefore there is “an immovable object in "
                    "the system.” While some work round it, others are bound "
                    "by Health and Wellbeing Boards.";
    evx_unit *q = add_quote(&l, 7, p, "an immovable object in the system.",
                            "Therefore there is", 0);
    const char *p2 = "One of the senior local leaders described the need to "
                     "“dock in” with a superstructure.";
    evx_unit *q2 = add_quote(&l, 8, p2, "dock in",
                             "One of the senior local leaders described the "
                             "need to",
                             0);
    resolve(&l);
    expect_speaker(q, NULL, "unknown", NULL, "none");
    cr_expect_not_null(strstr(q->speaker->evidence, "\"one participant\""),
                       "%s", q->speaker->evidence);
    expect_speaker(q2, NULL, "unknown", NULL, "none");
    cr_expect_not_null(strstr(q2->speaker->evidence,
                              "\"One of the senior local leaders\""),
                       "%s", q2->speaker->evidence);
    evx_units_free(&l);
}

Test(attrib, quotation_without_parent_text_or_lead_in_does_not_crash)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    evx_unit *q = new_unit(EVX_UNIT_QUOTATION, "HC650/p1/q1");
    cr_assert_eq(evx_units_push(&l, q), EVX_OK);
    evx_unit *q2 = new_unit(EVX_UNIT_QUOTATION, "HC650/p2/q1");
    const char bad[] = "\xff\xfe Q\x01 told us:";
    cr_assert_eq(evx_unit_set(&q2->lead_in, bad, sizeof bad - 1), EVX_OK);
    cr_assert_eq(evx_unit_add_footnote(q2, 999), EVX_OK);
    cr_assert_eq(evx_units_push(&l, q2), EVX_OK);
    resolve(&l);
    expect_speaker(q, NULL, "unknown", NULL, "none");
    expect_speaker(q2, NULL, "unknown", NULL, "none");
    evx_units_free(&l);
}

Test(attrib, bad_arguments_and_empty_lists)
{
    evx_units l = EVX_UNITS_INIT;
    evx_tok *tok = NULL;
    evx_registry *reg = NULL;
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    cr_assert_eq(evx_registry_build(&reg, &l, tok), EVX_OK);
    cr_expect_eq(evx_attrib_resolve(&l, reg, tok, NULL), EVX_OK);
    cr_expect_eq(evx_attrib_resolve(NULL, reg, tok, NULL), EVX_INVALID);
    cr_expect_eq(evx_attrib_resolve(&l, NULL, tok, NULL), EVX_INVALID);
    evx_registry_free(reg);
    evx_registry_free(NULL);
    evx_tok_free(tok);
}
/* q's speaker is named want (what: the case, for the message). */
static void expect_name(const evx_unit *q, const char *what, const char *want)
{
    cr_expect(q->speaker->name && strcmp(q->speaker->name, want) == 0,
              "%s: want %s, got %s (%s)", what, want,
              q->speaker->name ? q->speaker->name : "none",
              q->speaker->evidence);
}

/* ---- a lead-in that names two people ------------------------------------ */

static const evx_unit *lead_in_only(evx_units *l, const char *ptext,
                                    const char *lead)
{
    registry_units(l);
    evx_unit *q = add_quote(l, 60, ptext, "the money has to follow the patient",
                            lead, 0);
    resolve(l);
    return q;
}

/* The one speaking is the subject of the verb of saying, not the first
 * named: not a possessive, not the object of "to", "with", "about". */
Test(attrib, a_lead_in_naming_two_people_takes_the_one_speaking)
{
    static const char *const cases[][2] = {
        {"In response to Mr Edwards, Professor Ham said:",
         "Professor Chris Ham"},
        {"Mr Edwards’s colleague, Professor Ham, said:", "Professor Chris Ham"},
        {"Asked about Simon Stevens's evidence, Ian Dalton told us:",
         "Ian Dalton"},
        {"Professor Ham disagreed with Mr Dalton, who told us:", "Ian Dalton"},
        {"We put Mr Edwards’s view to Mr Dalton, who told us:", "Ian Dalton"},
        {"Responding to Mr Stevens, Mr Dalton argued:", "Ian Dalton"},
        {"Mr Dalton, like Mr Stevens before him, told us:", "Ian Dalton"},
        {"Mr Dalton told us that Mr Stevens had said:", "Simon Stevens"},
        {"Simon Stevens, Chief Executive of NHS England, told us:",
         "Simon Stevens"},
        {"Mr Dalton, supported by Mr Stevens, told us:", "Ian Dalton"},
        {"Mr Dalton, speaking after Mr Stevens, told us:", "Ian Dalton"},
        {"Mr Dalton, echoing Mr Stevens, told us:", "Ian Dalton"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_units l = EVX_UNITS_INIT;
        const evx_unit *q = lead_in_only(&l, cases[k][0], cases[k][0]);
        expect_name(q, cases[k][0], cases[k][1]);
        evx_units_free(&l);
    }
}

/* Inline: the words are the one's who says them, not the first named. */
Test(attrib, an_inline_quotation_is_given_to_the_one_whose_words_they_are)
{
    static const char *const cases[][3] = {
        {"“The plan is a disaster,” said Mr Dalton, responding to Mr Stevens.",
         "The plan is a disaster,", "Ian Dalton"},
        {"Unlike Mr Stevens, Mr Dalton thought the plan “a real success for "
         "patients”.", "a real success for patients", "Ian Dalton"},
        {"Mr Dalton rejected Mr Stevens’s claim that the plan was “a real "
         "disaster for patients”.", "a real disaster for patients",
         "Simon Stevens"},
        {"Mr Dalton rejected the claim of Mr Stevens that the plan was “a "
         "real disaster for patients”.", "a real disaster for patients",
         "Simon Stevens"},
        {"Mr Stevens said the plan was “a real success for patients”, but "
         "Mr Dalton disagreed.", "a real success for patients",
         "Simon Stevens"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_units l = EVX_UNITS_INIT;
        registry_units(&l);
        evx_unit *q = add_quote(&l, 61, cases[k][0], cases[k][1], NULL, 0);
        resolve(&l);
        expect_name(q, cases[k][0], cases[k][2]);
        evx_units_free(&l);
    }
}

/* A lead-in with a subject of its own that names no one ("A recent report
 * stated:") is not spoken by the one person the paragraph named before;
 * a post of that person ("The Chief Executive") is that person. */
Test(attrib, a_lead_in_with_its_own_subject_is_not_the_paragraphs_person)
{
    static const char *const others[] = {
        "A recent report stated:", "The Government’s response stated:",
        "NHS England’s guidance states:", "The mandate says:"};
    for (size_t k = 0; k < sizeof others / sizeof *others; k++) {
        evx_units l = EVX_UNITS_INIT;
        char para[256];
        snprintf(para, sizeof para, "Mr Dalton gave evidence in March. %s",
                 others[k]);
        const evx_unit *q = lead_in_only(&l, para, others[k]);
        cr_expect_null(q->speaker->name, "%s: got %s (%s)", others[k],
                       q->speaker->name, q->speaker->evidence);
        cr_expect_str_eq(q->speaker->kind, "unknown");
        evx_units_free(&l);
    }
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = lead_in_only(
        &l, "Mr Dalton gave evidence in March. The Chief Executive also told us:",
        "The Chief Executive also told us:");
    cr_expect_str_eq(q->speaker->name, "Ian Dalton", "%s", q->speaker->evidence);
    evx_units_free(&l);
}

/* Two witnesses of one surname: a footnote's "[Mr Smith]", or a lead-in's
 * "Ms Smith" over a footnote with a question only, is the one whose panel
 * holds the question. */
Test(attrib, a_shared_surname_is_the_one_of_the_questions_panel)
{
    static const char *const first[][3] = {
        {"Jane Dyson", "Chief Executive", "NHS Providers"}};
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_panel(&l, 9, "27 March 2018", 371, 400, first, 1);
    add_footnote(&l, 80, "Q380 [Ms Dyson]");
    add_footnote(&l, 81, "Q350 [Mr Dyson]");
    evx_unit *a = add_quote(&l, 70, "It was put to us that:", "providers are stretched",
                            "It was put to us that:", 80);
    evx_unit *b = add_quote(&l, 71, "It was put to us that:", "regulators are stretched",
                            "It was put to us that:", 81);
    add_footnote(&l, 82, "Q385");
    evx_unit *c = add_quote(&l, 72, "Ms Dyson told us:", "commissioners are stretched",
                            "Ms Dyson told us:", 82);
    resolve(&l);
    expect_speaker(a, "Jane Dyson", "oral", "Q380", "footnote");
    expect_speaker(b, "Ben Dyson", "oral", "Q350", "footnote");
    /* a question number only: the lead-in's Ms Dyson is the panel's */
    expect_speaker(c, "Jane Dyson", "oral", "Q385", "footnote+lead-in");
    evx_units_free(&l);
}

/* "Sir Robert", "Dame Julie": a knight or dame by title and first name, as
 * English names them; "Sir Robert Jones" is someone else. */
Test(attrib, a_knight_or_dame_by_title_and_first_name)
{
    static const char *const panel[][3] = {
        {"Sir Robert Naylor", "Adviser", "NHS Property"},
        {"Dame Julie Moore", "Chief Executive", "University Hospitals"}};
    static const char *const cases[][2] = {
        {"Sir Robert told us:", "Sir Robert Naylor"},
        {"Dame Julie said:", "Dame Julie Moore"},
        {"Sir Robert Jones told us:", "Sir Robert Jones"}};
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_units l = EVX_UNITS_INIT;
        registry_units(&l);
        add_panel(&l, 9, "27 March 2018", 371, 400, panel, 2);
        evx_unit *q = add_quote(&l, 73, cases[k][0], "the estate is old",
                                cases[k][0], 0);
        resolve(&l);
        expect_name(q, cases[k][0], cases[k][1]);
        evx_units_free(&l);
    }
}

/* Two inline quotations in one sentence: the second is given to the one
 * the clause after the first names. */
Test(attrib, a_second_quotation_of_a_sentence_is_its_own_clauses)
{
    static const char *const cases[][3] = {
        {"Mr Dalton called it “a real step forward for patients”, while Mr "
         "Stevens called it “a long overdue change in policy”.",
         "a real step forward for patients", "a long overdue change in policy"},
        {"“It is a real step forward for patients,” said Mr Dalton, but Mr "
         "Stevens told us it was “a long overdue change in policy”.",
         "It is a real step forward for patients,",
         "a long overdue change in policy"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_units l = EVX_UNITS_INIT;
        registry_units(&l);
        add_para(&l, 74, cases[k][0]);
        evx_unit *a = add_nth_quote(&l, 74, 1, cases[k][1], NULL, 0);
        evx_unit *b = add_nth_quote(&l, 74, 2, cases[k][2], NULL, 0);
        resolve(&l);
        cr_expect_str_eq(a->speaker->name, "Ian Dalton", "%s", a->speaker->evidence);
        cr_expect(b->speaker->name && strcmp(b->speaker->name, "Simon Stevens") == 0,
                  "case %zu: got %s (%s)", k,
                  b->speaker->name ? b->speaker->name : "none", b->speaker->evidence);
        evx_units_free(&l);
    }
}

/* A lead-in whose only person is another word's object ("In a letter to
 * Mr Dalton, the Secretary of State wrote:", "Mr Dalton's predecessor told
 * us:") names someone else, not that person. */
Test(attrib, a_person_named_as_an_object_is_not_the_speaker)
{
    static const char *const objects[] = {
        "In a letter to Mr Dalton, the Secretary of State wrote:",
        "Mr Dalton’s predecessor told us:",
        "A member of staff who had worked with Mr Dalton told us:"};
    for (size_t k = 0; k < sizeof objects / sizeof *objects; k++) {
        evx_units l = EVX_UNITS_INIT;
        const evx_unit *q = lead_in_only(&l, objects[k], objects[k]);
        cr_expect_null(q->speaker->name, "%s: got %s (%s)", objects[k],
                       q->speaker->name, q->speaker->evidence);
        evx_units_free(&l);
    }
    /* nor is the one a letter went to */
    {
        evx_units l = EVX_UNITS_INIT;
        const char *t = "Mr Dalton’s letter to the Committee said:";
        const evx_unit *q = lead_in_only(&l, t, t);
        cr_expect_null(q->speaker->name, "%s: got %s (%s)", t, q->speaker->name,
                       q->speaker->evidence);
        evx_units_free(&l);
    }
    /* introduced, or owning the words, the person still speaks */
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = lead_in_only(&l, "According to Mr Dalton, the plan was:",
                                     "According to Mr Dalton, the plan was:");
    expect_name(q, "according to", "Ian Dalton");
    evx_units_free(&l);
}

/* An organisation that opens the lead-in speaks, not the person of an
 * aside after it; with a question's footnote, the one of its panel the
 * sentence names does, and the panel's only witness does not when the
 * organisation the lead-in names is another. */
static const evx_unit *org_lead(evx_units *l, const char *lead, const char *fn)
{
    registry_units(l);
    if (fn)
        add_footnote(l, 7, fn);
    evx_unit *q = add_quote(l, 60, lead, "the money has to follow the patient",
                            lead, fn ? 7 : 0);
    resolve(l);
    return q;
}

Test(attrib, an_organisation_speaks_not_the_person_in_its_aside)
{
    static const char *const asides[] = {
        "NHS Improvement, whose chief executive is Ian Dalton, told us:",
        "NHS Improvement, led by Ian Dalton, said:",
        "NHS Improvement, which Ian Dalton leads, argued:"};
    for (size_t k = 0; k < sizeof asides / sizeof *asides; k++) {
        evx_units l = EVX_UNITS_INIT;
        const evx_unit *q = org_lead(&l, asides[k], NULL);
        cr_expect(q->speaker->name && strstr(q->speaker->name, "NHS Improvement"),
                  "%s: got %s (%s)", asides[k], q->speaker->name,
                  q->speaker->evidence);
        evx_units_free(&l);
        q = org_lead(&l, asides[k], "Q350");
        expect_name(q, asides[k], "Ian Dalton");
        evx_units_free(&l);
        /* Q160: Dudley CCG's panel, whose one witness is not of NHS
         * Improvement */
        q = org_lead(&l, asides[k], "Q160");
        expect_speaker(q, NULL, "unknown", "Q160", "none");
        evx_units_free(&l);
    }
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = org_lead(&l, "NHS Improvement told us:", "Q160");
    expect_speaker(q, NULL, "unknown", "Q160", "none");
    cr_expect(strstr(q->speaker->evidence, "only witness") != NULL, "%s",
              q->speaker->evidence);
    evx_units_free(&l);
    /* a shorter name of the witness's own organisation agrees with it */
    q = org_lead(&l, "The Group told us:", "Q160");
    expect_name(q, "The Group", "Paul Maubach");
    evx_units_free(&l);
    /* a place, or a person right after the comma, is no such organisation */
    q = org_lead(&l, "In South Yorkshire, Mr Dalton, a former trust chief, said:",
                 NULL);
    expect_name(q, "a place before the comma", "Ian Dalton");
    evx_units_free(&l);
    q = org_lead(&l, "NHS Improvement, Mr Dalton, told us:", NULL);
    expect_name(q, "a person right after the comma", "Ian Dalton");
    evx_units_free(&l);
    /* a common noun is no organisation, nor is the one it includes the
     * speaker */
    q = org_lead(&l, "Critics, including Mr Dalton, described it as", NULL);
    cr_expect_null(q->speaker->name, "got %s (%s)", q->speaker->name,
                   q->speaker->evidence);
    evx_units_free(&l);
}

/* A lead-in whose named person is asked or told the words, or cites
 * someone else's, does not give that person; one quoted speaks. */
Test(attrib, a_person_asked_or_citing_does_not_speak_the_words)
{
    static const char *const given[] = {
        "Mr Dalton was asked:", "The Chair asked Mr Dalton:",
        "We wrote to Mr Dalton asking:", "The question put to Mr Dalton was:",
        "Mr Dalton was told by officials:", "Mr Dalton cited the NAO report:",
        "Mr Dalton read out a letter from a patient:",
        "Mr Dalton pointed to the mandate:",
        "Mr Dalton referred us to the guidance, which states:",
        "Mr Dalton received a letter from Mr Stevens, which said:",
        "Mr Dalton was sent a letter which stated:",
        "Mr Dalton rejected the claim that the plan was",
        "Mr Dalton dismissed fears of",
        "Mr Dalton responded to criticism that the plan was",
        "Mr Dalton quoted a patient who called it",
        "Mr Dalton was given an assurance:"};
    for (size_t k = 0; k < sizeof given / sizeof *given; k++) {
        evx_units l = EVX_UNITS_INIT;
        const evx_unit *q = lead_in_only(&l, given[k], given[k]);
        expect_speaker(q, NULL, "unknown", NULL, "none");
        evx_units_free(&l);
        /* nor with a question of that person's panel */
        q = org_lead(&l, given[k], "Q350");
        expect_speaker(q, NULL, "unknown", "Q350", "none");
        evx_units_free(&l);
    }
    static const char *const speaks[] = {
        "Mr Dalton, asked about this, said:",
        "When Mr Dalton was asked about this, he said:",
        "Mr Dalton was asked about this and said:", "Mr Dalton asked:",
        "Mr Dalton cited the example of Dudley, saying:",
        "Mr Dalton’s letter, which stated:", "Mr Dalton was quoted as saying:",
        "Mr Dalton, who was asked about this, replied:",
        "Mr Dalton described the plan as",
        "Mr Dalton rejected the claim, saying that the plan was",
        "Mr Dalton was invited to respond:",
        "Mr Dalton was asked to explain the delay:",
        "Mr Dalton was given the last word:",
        "The Chair asked Mr Dalton to explain:",
        "We invited Mr Dalton to respond:"};
    for (size_t k = 0; k < sizeof speaks / sizeof *speaks; k++) {
        evx_units l = EVX_UNITS_INIT;
        const evx_unit *q = lead_in_only(&l, speaks[k], speaks[k]);
        expect_name(q, speaks[k], "Ian Dalton");
        evx_units_free(&l);
    }
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = lead_in_only(&l, "Mr Dalton quoted Mr Stevens:",
                                     "Mr Dalton quoted Mr Stevens:");
    expect_name(q, "the one quoted", "Simon Stevens");
    evx_units_free(&l);
    q = lead_in_only(&l, "When we asked Mr Dalton about this, Mr Stevens "
                         "interjected:", "When we asked Mr Dalton about this, "
                                         "Mr Stevens interjected:");
    expect_name(q, "another subject", "Simon Stevens");
    evx_units_free(&l);
}

/* People named together as the subject speak together: the speaker is
 * all of them, never the first alone; with a question's footnote, when
 * all are of its panel. */
Test(attrib, people_named_together_speak_together)
{
    evx_units l = EVX_UNITS_INIT;
    const char *t = "Mr Dalton and Mr Dyson told us:";
    const evx_unit *q = lead_in_only(&l, t, t);
    cr_expect_str_eq(q->speaker->name, "Ian Dalton and Ben Dyson", "%s",
                     q->speaker->evidence);
    cr_expect_str_eq(q->speaker->org, "NHS Improvement");
    cr_expect_str_eq(q->speaker->kind, "oral");
    evx_units_free(&l);

    t = "Both Mr Dalton and Mr Stevens, the two chief executives, said:";
    q = lead_in_only(&l, t, t);
    cr_expect_str_eq(q->speaker->name, "Ian Dalton and Simon Stevens", "%s",
                     q->speaker->evidence);
    cr_expect_null(q->speaker->org, "two organisations: %s", q->speaker->org);
    evx_units_free(&l);

    t = "Ms Duxbury, Mr Redding and Dr Augst told us:";
    q = lead_in_only(&l, t, t);
    cr_expect_str_eq(q->speaker->name,
                     "Kate Duxbury, Don Redding and Dr Charlotte Augst", "%s",
                     q->speaker->evidence);
    evx_units_free(&l);

    q = org_lead(&l, "Mr Dalton and Mr Dyson told us:", "Q350");
    expect_speaker(q, "Ian Dalton and Ben Dyson", "oral", "Q350",
                   "footnote+lead-in");
    cr_expect(strstr(q->speaker->evidence, "lead-in names Ian Dalton and Ben "
                                           "Dyson") != NULL,
              "%s", q->speaker->evidence);
    evx_units_free(&l);

    /* a footnote naming them together */
    q = org_lead(&l, "They told us:", "Q350 [Ian Dalton and Ben Dyson]");
    expect_speaker(q, "Ian Dalton and Ben Dyson", "oral", "Q350", "footnote");
    cr_expect_str_eq(q->speaker->org, "NHS Improvement");
    evx_units_free(&l);
    q = org_lead(&l, "They told us:", "Qq350-351 [Mr Dalton, Mr Dyson]");
    cr_expect_str_eq(q->speaker->name, "Ian Dalton and Ben Dyson", "%s",
                     q->speaker->evidence);
    evx_units_free(&l);

    /* not a group: an aside, or the object of another verb */
    t = "Mr Dalton, supported by Mr Stevens, told us:";
    q = lead_in_only(&l, t, t);
    expect_name(q, t, "Ian Dalton");
    evx_units_free(&l);
    t = "In response to Mr Dalton and Mr Stevens, the Minister said:";
    q = lead_in_only(&l, t, t);
    cr_expect(!q->speaker->name || !strstr(q->speaker->name, "Dalton"), "%s: %s",
              t, q->speaker->name);
    evx_units_free(&l);
}

/* A footnote naming its speaker is kept over a lead-in naming someone
 * else, and the evidence says the lead-in disagrees. */
Test(attrib, a_footnote_against_the_lead_in_says_so)
{
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = org_lead(&l, "Mr Stevens told us:", "Q350 [Ian Dalton]");
    expect_speaker(q, "Ian Dalton", "oral", "Q350", "footnote");
    cr_expect(strstr(q->speaker->evidence, "the lead-in names Simon Stevens"),
              "%s", q->speaker->evidence);
    evx_units_free(&l);
    q = org_lead(&l, "NHS England told us:", "Q350 [Ian Dalton]");
    cr_expect(strstr(q->speaker->evidence, "the lead-in names NHS England"),
              "%s", q->speaker->evidence);
    evx_units_free(&l);
    q = org_lead(&l, "Mr Dalton told us:", "Q350 [Ian Dalton]");
    cr_expect(!strstr(q->speaker->evidence, "the lead-in names"), "%s",
              q->speaker->evidence);
    evx_units_free(&l);
}

/* A question no panel holds is still oral evidence: an organisation the
 * lead-in names is not cited as written evidence at that question. */
Test(attrib, a_question_outside_every_panel_is_not_written_evidence)
{
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = org_lead(&l, "NHS Clinical Commissioners told us:",
                                 "Q999");
    cr_expect_str_eq(q->speaker->kind, "oral", "%s", q->speaker->evidence);
    cr_expect_str_eq(q->speaker->ref, "Q999");
    evx_units_free(&l);
}

/* A body the sentence opens on is named whole, its determiner and the
 * words before its capitals with it: "Our predecessor Committee", not
 * "Committee". */
Test(attrib, a_body_is_named_with_the_words_that_make_it_one)
{
    evx_units l = EVX_UNITS_INIT;
    const char *t = "Our predecessor Committee concluded:";
    const evx_unit *q = lead_in_only(&l, t, t);
    cr_expect(q->speaker->name &&
                  strcmp(q->speaker->name, "Our predecessor Committee") == 0,
              "%s: %s (%s)", t, q->speaker->name, q->speaker->evidence);
    evx_units_free(&l);
}

/* "He" after a sentence naming two men names no one; a title that
 * disagrees with the pronoun rules one out. */
Test(attrib, a_pronoun_that_could_stand_for_two_people_names_no_one)
{
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = lead_in_only(
        &l, "Mr Dalton was asked whether Mr Stevens was right. He told us:",
        "He told us:");
    expect_speaker(q, NULL, "unknown", NULL, "none");
    cr_expect(strstr(q->speaker->evidence, "could stand for") != NULL, "%s",
              q->speaker->evidence);
    evx_units_free(&l);

    q = lead_in_only(&l, "Mr Dalton was asked whether Ms Duxbury was right. "
                         "He told us:", "He told us:");
    cr_expect_str_eq(q->speaker->name, "Ian Dalton", "%s", q->speaker->evidence);
    evx_units_free(&l);

    q = lead_in_only(&l, "Ms Duxbury was asked whether Mr Dalton was right. "
                         "She told us:", "She told us:");
    cr_expect_str_eq(q->speaker->name, "Kate Duxbury", "%s", q->speaker->evidence);
    evx_units_free(&l);
}

/* ---- "Ibid." with a question, and sources that name no one -------------- */

/* "Ibid., Q229" after "Q228 [Nigel Edwards]" is the same session at
 * another question: the name printed was for Q228, so Q229's speaker is
 * read from the panel and the lead-in, and the reference is Q229. */
Test(attrib, ibid_at_another_question_takes_that_question_not_the_name)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 40, "Q228 [Nigel Edwards]");
    add_footnote(&l, 41, "Ibid., Q229");
    evx_unit *q = add_quote(&l, 50, "Professor Checkland added:",
                            "the evidence base is thin",
                            "Professor Checkland added:", 41);
    resolve(&l);
    expect_speaker(q, "Professor Katherine Checkland", "oral", "Q229", NULL);
    evx_units_free(&l);

    /* nobody named: unknown, never "Ibid" or the name printed for Q228 */
    registry_units(&l);
    add_footnote(&l, 40, "Q228 [Nigel Edwards]");
    add_footnote(&l, 41, "Ibid., Q229");
    q = add_quote(&l, 50, "It was put to us that:", "the evidence base is thin",
                  "It was put to us that:", 41);
    resolve(&l);
    expect_speaker(q, NULL, "unknown", "Q229", "none");
    evx_units_free(&l);
}

/* After another committee's evidence, "Ibid., Q119" is that committee's
 * Q119, never this committee's (whose panel for Q119 is someone else). */
Test(attrib, ibid_after_another_committee_stays_with_that_committee)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 69, "Oral evidence taken before the Public Accounts "
                         "Committee on 21 March 2018, HC (2017–19) 793, Q118 "
                         "[Simon Stevens]");
    add_footnote(&l, 70, "Ibid, Q119");
    evx_unit *q = add_quote(&l, 87, "Mr Stevens went on:",
                            "the money follows the patient",
                            "Mr Stevens went on:", 70);
    resolve(&l);
    expect_speaker(q, "Simon Stevens", "other",
                   "Oral evidence taken before the Public Accounts Committee "
                   "on 21 March 2018, HC (2017–19) 793, Q119", NULL);
    evx_units_free(&l);

    /* "As above, p 7" after a document is the document */
    registry_units(&l);
    add_footnote(&l, 25, "National Audit Office, Health and social care "
                         "integration, February 2017, page 5");
    add_footnote(&l, 26, "As above, page 7");
    q = add_quote(&l, 35, "It went on:", "progress has been slow",
                  "It went on:", 26);
    resolve(&l);
    expect_speaker(q, "National Audit Office", "document",
                   "National Audit Office, Health and social care "
                   "integration, February 2017, page 7", "footnote");
    evx_units_free(&l);
}

/* A source that names no author is no name: Hansard by its date, a letter
 * by its sender. */
Test(attrib, a_citation_is_never_taken_for_a_name)
{
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 30, "HC Deb 12 March 2018, col 45");
    evx_unit *q = add_quote(&l, 40, "It was said in the House that:",
                            "integration is the future",
                            "It was said in the House that:", 30);
    resolve(&l);
    expect_speaker(q, NULL, "document", "HC Deb 12 March 2018, col 45",
                   "footnote");
    evx_units_free(&l);

    registry_units(&l);
    add_footnote(&l, 31, "Letter from the Secretary of State for Health and "
                         "Social Care to the Chair, 12 March 2018");
    q = add_quote(&l, 41, "The Government wrote:", "we will consult",
                  "The Government wrote:", 31);
    resolve(&l);
    expect_speaker(q, "Secretary of State for Health and Social Care",
                   "document", "Letter from the Secretary of State for Health "
                   "and Social Care to the Chair, 12 March 2018", "footnote");
    evx_units_free(&l);
}
