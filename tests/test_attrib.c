/*
 * test_attrib.c - speaker attribution, each rule on crafted units in HC
 * 650's words (a small registry, footnotes, paragraphs and quotations).
 * Which name a lead-in gives is tested in test_attrib_lead.c, the
 * footnote reader in test_attrib_fn.c, HC 179's crafted
 * units in test_attrib_hc179.c, the real corpus against the labelled set
 * in test_attrib_corpus.c.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPORT "HC 650"

#include "attributil.h"
#include "attrib_hc650.h"

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

/* A list entry that prints the evidence's kind after its submitter ("NHS
 * Providers (supplementary)", "…—supplementary evidence") registers the
 * submitter alone: the quotation citing its code is NHS Providers'. */
Test(attrib, a_supplementary_entry_registers_its_submitter)
{
    static const char *const titles[] = {
        "NHS Providers (supplementary)",
        "NHS Providers\xE2\x80\x94supplementary evidence",
        "NHS Providers supplementary written evidence"};
    for (size_t k = 0; k < sizeof titles / sizeof *titles; k++) {
        evx_units l = EVX_UNITS_INIT;
        registry_units(&l);
        add_evidence(&l, titles[k], "STP0150");
        add_footnote(&l, 64, "STP0150");
        evx_unit *q = add_quote(&l, 78, "It was argued:",
                                "There needs to be far greater clarity",
                                "It was argued:", 64);
        resolve(&l);
        expect_speaker(q, "NHS Providers", "written", "STP0150", NULL);
        evx_units_free(&l);
    }
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
