/*
 * test_attrib.c - speaker attribution: each rule on crafted units (a small
 * registry, footnotes, paragraphs and quotations in the report's own
 * words), the footnote reader, and the real corpus against the labelled
 * set tests/fixtures/attribution.tsv.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "attrib_fn.h"
#include "diag.h"
#include "merge.h"
#include "pdftext.h"
#include "source.h"
#include "tok.h"
#include "unit.h"
#include "webtext.h"

#define REPORT "HC 650"

/* ---- crafted units ------------------------------------------------------ */

static evx_unit *new_unit(evx_unit_type type, const char *id)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, type), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->id, id, strlen(id)), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->report, REPORT, strlen(REPORT)), EVX_OK);
    return u;
}

static void add_panel(evx_units *l, int n, const char *date, int qf, int ql,
                      const char *const (*people)[3], size_t np)
{
    char id[64];
    snprintf(id, sizeof id, "HC650/witness/%d", n);
    evx_unit *u = new_unit(EVX_UNIT_WITNESS, id);
    u->number = n;
    cr_assert_eq(evx_unit_set(&u->date, date, strlen(date)), EVX_OK);
    u->q_first = qf;
    u->q_last = ql;
    for (size_t i = 0; i < np; i++)
        cr_assert_eq(evx_unit_add_person(u, people[i][0], people[i][1],
                                         people[i][2]),
                     EVX_OK);
    cr_assert_eq(evx_units_push(l, u), EVX_OK);
}

static void add_evidence(evx_units *l, const char *title, const char *code)
{
    char id[64];
    snprintf(id, sizeof id, "HC650/evidence/%s", code);
    evx_unit *u = new_unit(EVX_UNIT_EVIDENCE, id);
    cr_assert_eq(evx_unit_set(&u->title, title, strlen(title)), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->code, code, strlen(code)), EVX_OK);
    cr_assert_eq(evx_units_push(l, u), EVX_OK);
}

static void add_footnote(evx_units *l, int n, const char *text)
{
    char id[64];
    snprintf(id, sizeof id, "HC650/fn%d", n);
    evx_unit *u = new_unit(EVX_UNIT_FOOTNOTE, id);
    u->number = n;
    if (text)
        cr_assert_eq(evx_unit_set(&u->text, text, strlen(text)), EVX_OK);
    cr_assert_eq(evx_units_push(l, u), EVX_OK);
}

/* A paragraph with one quotation: block (lead_in ends the paragraph text)
 * or inline (the quotation's text is inside the paragraph text).  fn is
 * the footnote the quotation cites, 0 for none.  Returns the quotation. */
static evx_unit *add_quote(evx_units *l, int para, const char *ptext,
                           const char *qtext, const char *lead, int fn)
{
    char pid[64], qid[80];
    snprintf(pid, sizeof pid, "HC650/p%d", para);
    snprintf(qid, sizeof qid, "%s/q1", pid);
    evx_unit *p = new_unit(EVX_UNIT_PARAGRAPH, pid);
    p->number = para;
    cr_assert_eq(evx_unit_set(&p->text, ptext, strlen(ptext)), EVX_OK);
    cr_assert_eq(evx_units_push(l, p), EVX_OK);
    evx_unit *q = new_unit(EVX_UNIT_QUOTATION, qid);
    q->number = 1;
    q->para = para;
    q->is_inline = strstr(ptext, qtext) != NULL;
    cr_assert_eq(evx_unit_set(&q->text, qtext, strlen(qtext)), EVX_OK);
    cr_assert_eq(evx_unit_set(&q->parent, pid, strlen(pid)), EVX_OK);
    if (lead)
        cr_assert_eq(evx_unit_set(&q->lead_in, lead, strlen(lead)), EVX_OK);
    if (fn)
        cr_assert_eq(evx_unit_add_footnote(q, fn), EVX_OK);
    cr_assert_eq(evx_units_push(l, q), EVX_OK);
    return q;
}

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

static void resolve(evx_units *l)
{
    evx_tok *tok = NULL;
    evx_registry *reg = NULL;
    evx_diag *d = NULL;
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_registry_build(&reg, l, tok), EVX_OK);
    cr_assert_eq(evx_attrib_resolve(l, reg, tok, d), EVX_OK);
    evx_registry_free(reg);
    evx_diag_free(d);
    evx_tok_free(tok);
}

static void expect_speaker(const evx_unit *q, const char *name,
                           const char *kind, const char *ref,
                           const char *method)
{
    cr_assert_not_null(q->speaker, "%s has no speaker", q->id);
    const evx_speaker *s = q->speaker;
    if (name)
        cr_expect(s->name && strcmp(s->name, name) == 0,
                  "name: want %s, got %s (%s)", name,
                  s->name ? s->name : "(null)", s->evidence);
    else
        cr_expect_null(s->name, "name: want none, got %s", s->name);
    cr_expect_str_eq(s->kind, kind, "kind: want %s, got %s (%s)", kind,
                     s->kind, s->evidence);
    if (ref)
        cr_expect(s->ref && strcmp(s->ref, ref) == 0, "ref: want %s, got %s",
                  ref, s->ref ? s->ref : "(null)");
    else
        cr_expect_null(s->ref, "ref: want none, got %s", s->ref);
    if (method)
        cr_expect_str_eq(s->method, method, "method: want %s, got %s (%s)",
                         method, s->method, s->evidence);
    cr_expect(s->evidence && *s->evidence, "no evidence line");
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

/* ---- a second report: HC 179 (Environmental Audit Committee) ----------- */

/* Its Witnesses and Published written evidence lists, in part. */
static const char *const hc179_panel_1[][3] = {
    {"Professor Tamara Galloway", "Professor of Ecotoxicology",
     "University of Exeter"},
    {"Dr Erik van Sebille", "Faculty of Natural Sciences",
     "the Grantham Institute for Climate Change, Imperial College"},
    {"Professor Frank Kelly", "Professor of Environmental Health",
     "King’s College London"},
};
static const char *const hc179_panel_2[][3] = {
    {"Dr Laura Foster", "Head of Pollution", "Marine Conservation Society"},
    {"Daniel Steadman", "Marine Plastics Projects Manager",
     "Fauna & Flora International"},
};
static const char *const hc179_panel_5[][3] = {
    {"George Eustice MP", "Minister of State", "DEFRA"},
    {"Thomas Maes", "National & International Monitoring Programmes "
                    "Co-ordinator",
     "Centre for Environment Fisheries and Aquaculture Science"},
};
static const char *const hc179_panel_6[][3] = {
    {"Dr Laurent Gilbert", "Director for International Development",
     "L’Oréal"},
    {"Dr Patrick Masscheleyn", "Director R&D Beauty Care", "Procter & Gamble"},
};

static void hc179_units(evx_units *l)
{
    add_panel(l, 1, "9 May 2016", 1, 64, hc179_panel_1, 3);
    add_panel(l, 2, "24 May 2016", 65, 164, hc179_panel_2, 2);
    add_panel(l, 5, "14 June 2016", 287, 400, hc179_panel_5, 2);
    add_panel(l, 6, "29 June 2016", 401, 511, hc179_panel_6, 2);
    add_evidence(l, "5 Gyres Institute", "EIM0017");
    add_evidence(l, "Brunel University, London", "EIM0028");
    add_evidence(l, "DEFRA", "EIM0034");
    add_evidence(l, "Fauna & Flora International", "EIM0016");
    add_evidence(l, "Johnson & Johnson", "EIM0042");
    add_evidence(l, "Plymouth University", "EIM0011");
    add_evidence(l, "Cosmetics Europe", "EIM0032");
    add_evidence(l, "L’Oréal", "EIM0043");
}

static void add_para(evx_units *l, int para, const char *text)
{
    char pid[64];
    snprintf(pid, sizeof pid, "HC650/p%d", para);
    evx_unit *p = new_unit(EVX_UNIT_PARAGRAPH, pid);
    p->number = para;
    cr_assert_eq(evx_unit_set(&p->text, text, strlen(text)), EVX_OK);
    cr_assert_eq(evx_units_push(l, p), EVX_OK);
}

/* Quotation k of paragraph para (added with add_para), inline when its
 * text is in the paragraph's; fn 0 for none. */
static evx_unit *add_nth_quote(evx_units *l, int para, int k,
                               const char *qtext, const char *lead, int fn)
{
    char pid[64], qid[80];
    snprintf(pid, sizeof pid, "HC650/p%d", para);
    snprintf(qid, sizeof qid, "%s/q%d", pid, k);
    const evx_unit *p = evx_units_find(l, pid);
    cr_assert_not_null(p);
    evx_unit *q = new_unit(EVX_UNIT_QUOTATION, qid);
    q->number = k;
    q->para = para;
    q->is_inline = strstr(p->text, qtext) != NULL;
    cr_assert_eq(evx_unit_set(&q->text, qtext, strlen(qtext)), EVX_OK);
    cr_assert_eq(evx_unit_set(&q->parent, pid, strlen(pid)), EVX_OK);
    if (lead)
        cr_assert_eq(evx_unit_set(&q->lead_in, lead, strlen(lead)), EVX_OK);
    if (fn)
        cr_assert_eq(evx_unit_add_footnote(q, fn), EVX_OK);
    cr_assert_eq(evx_units_push(l, q), EVX_OK);
    return q;
}

Test(attrib_hc179, surname_particle_short_form_and_full_name)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    add_para(&l, 8, "Dr van Sebille, Imperial College London, argued that "
                    "“degradation is always happening and big plastics become "
                    "smaller.” Dr Erik van Sebille, highlighted this "
                    "discrepancy:");
    evx_unit *q1 = add_nth_quote(&l, 8, 1, "degradation is always happening",
                                 NULL, 0);
    evx_unit *q2 = add_nth_quote(&l, 8, 2, "The large gap between the amount",
                                 "Dr Erik van Sebille, highlighted this "
                                 "discrepancy:",
                                 0);
    resolve(&l);
    expect_speaker(q1, "Dr Erik van Sebille", "oral", NULL, "lead-in");
    cr_expect_str_eq(q1->speaker->date, "9 May 2016");
    expect_speaker(q2, "Dr Erik van Sebille", "oral", NULL, "lead-in");
    evx_units_free(&l);
}

Test(attrib_hc179, particle_names_not_registered_and_not_confused)
{
    evx_units l = EVX_UNITS_INIT;
    static const char *const other[][3] = {
        {"Dr Anna Sebille", "Researcher", "Somewhere"},
        {"Professor Maria de la Cruz", "Professor", "Elsewhere"}};
    add_panel(&l, 9, "1 June 2016", 600, 650, other, 2);
    evx_unit *q1 = add_quote(&l, 1, "Professor de la Cruz told us:",
                             "fibres are a difficult problem to address",
                             "Professor de la Cruz told us:", 0);
    const char *p2 = "Dr Ursula von der Leyen, President of the European "
                     "Commission, said:";
    evx_unit *q2 = add_quote(&l, 2, p2, "we will act on microplastics", p2, 0);
    /* "van Sebille" is not the registered "Dr Anna Sebille" */
    evx_unit *q3 = add_quote(&l, 3, "Dr van Sebille said:",
                             "plastics become smaller", "Dr van Sebille said:",
                             0);
    resolve(&l);
    expect_speaker(q1, "Professor Maria de la Cruz", "oral", NULL, "lead-in");
    expect_speaker(q2, "Dr Ursula von der Leyen", "other", NULL, "lead-in");
    cr_expect_str_eq(q2->speaker->role, "President of the European Commission");
    cr_expect(q3->speaker->name == NULL ||
                  strcmp(q3->speaker->name, "Dr Anna Sebille") != 0,
              "%s", q3->speaker->evidence);
    evx_units_free(&l);
}

/* A post is not a name: "The Chairman of the Justice Committee" is cited
 * whole, never as a person called "The Chairman". */
Test(attrib_hc179, a_post_is_cited_whole_not_as_a_name)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    const char *p1 = "The Chairman of the Justice Committee told us that "
                     "\u201cthe change has been handled well\u201d.";
    evx_unit *q1 = add_quote(&l, 1, p1, "the change has been handled well",
                             "The Chairman of the Justice Committee told us "
                             "that", 0);
    const char *p2 = "The Chief Executive said: \u201cwe will publish the "
                     "figures\u201d.";
    evx_unit *q2 = add_quote(&l, 2, p2, "we will publish the figures",
                             "The Chief Executive said:", 0);
    resolve(&l);
    cr_assert_not_null(q1->speaker);
    cr_expect_str_eq(q1->speaker->name,
                     "The Chairman of the Justice Committee");
    cr_assert_not_null(q2->speaker);
    cr_expect_null(q2->speaker->name, "%s", q2->speaker->name);
    evx_units_free(&l);
}

/* An older report's references: "Q 23 [Mr Smith]" is oral evidence (the
 * lead-in's fuller name kept), "Ev w12" a page of the printed evidence
 * whose speaker the lead-in names; neither is ever a document called
 * "Q 145 [Minister" or "Ev w12". */
Test(attrib_hc179, older_references_q_with_a_space_and_printed_evidence)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    const char *p1 = "The Chief Executive, Mr John Smith, told us that "
                     "\u201cthe budget was cut\u201d.";
    evx_unit *q1 = add_quote(&l, 1, p1, "the budget was cut",
                             "The Chief Executive, Mr John Smith, told us "
                             "that", 912);
    const char *p2 = "Written evidence from the Local Government Association "
                     "described the reforms as \u201cunfunded and "
                     "unworkable\u201d.";
    evx_unit *q2 = add_quote(&l, 2, p2, "unfunded and unworkable",
                             "Written evidence from the Local Government "
                             "Association described the reforms as", 915);
    add_footnote(&l, 912, "Q 23 [Mr Smith]");
    add_footnote(&l, 915, "Ev w12");
    resolve(&l);
    cr_assert_not_null(q1->speaker);
    cr_expect_str_eq(q1->speaker->name, "Mr John Smith");
    cr_expect_str_eq(q1->speaker->ref, "Q 23");
    cr_assert_not_null(q2->speaker);
    cr_expect_str_eq(q2->speaker->name, "Local Government Association");
    cr_expect_str_eq(q2->speaker->ref, "Ev w12");
    evx_units_free(&l);
}

/* "Another witness said": the sentence says it is someone it does not
 * name, so the person the paragraph named just before is not taken. */
Test(attrib_hc179, another_witness_is_not_the_one_named_before)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    const char *p = "Dr Erik van Sebille told us that \u201cplastics break "
                    "down\u201d. Another witness said that \u201cthere is "
                    "no safe level\u201d.";
    add_para(&l, 7, p);
    evx_unit *q1 = add_nth_quote(&l, 7, 1, "plastics break down",
                                 "Dr Erik van Sebille told us that", 0);
    evx_unit *q2 = add_nth_quote(&l, 7, 2, "there is no safe level",
                                 "Another witness said that", 0);
    resolve(&l);
    cr_assert_not_null(q1->speaker);
    cr_expect_str_eq(q1->speaker->name, "Dr Erik van Sebille");
    cr_assert_not_null(q2->speaker);
    cr_expect_null(q2->speaker->name, "%s (%s)", q2->speaker->name,
                   q2->speaker->evidence);
    evx_units_free(&l);
}

/* An older report cites pages of its printed evidence: the evidence list
 * says whose written evidence starts where, and with the panels' pages
 * listed too a page between two starts belongs to the first; a page in a
 * lone witness's oral evidence is theirs. */
Test(attrib_hc179, older_evidence_pages_name_their_owner)
{
    evx_units l = EVX_UNITS_INIT;
    static const char *const lone[][3] = {
        {"Mr John Smith", "Director", "Widget Agency"}};
    add_panel(&l, 1, "12 January 2010", 0, 0, lone, 1);
    cr_assert_eq(evx_unit_set(&l.items[0]->code, "Ev 1", 4), EVX_OK);
    add_evidence(&l, "Local Government Association", "Ev 45");
    add_evidence(&l, "Widget Makers Federation", "Ev 50");
    const char *p1 = "It was argued that \u201cthe reforms are "
                     "unworkable\u201d.";
    evx_unit *q1 = add_quote(&l, 1, p1, "the reforms are unworkable",
                             "It was argued that", 901);
    const char *p2 = "It was said that \u201cthe rules help small "
                     "firms\u201d.";
    evx_unit *q2 = add_quote(&l, 2, p2, "the rules help small firms",
                             "It was said that", 902);
    const char *p3 = "We heard that \u201cwe were never consulted\u201d.";
    evx_unit *q3 = add_quote(&l, 3, p3, "we were never consulted",
                             "We heard that", 903);
    add_footnote(&l, 901, "Ev 45");
    add_footnote(&l, 902, "Ev 52");
    add_footnote(&l, 903, "Ev 5");
    resolve(&l);
    expect_speaker(q1, "Local Government Association", "written", "Ev 45",
                   "footnote");
    expect_speaker(q2, "Widget Makers Federation", "written", "Ev 52",
                   "footnote");
    expect_speaker(q3, "Mr John Smith", "oral", "Ev 5", "footnote");
    evx_units_free(&l);
}

Test(attrib_hc179, organisations_with_ampersands)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    evx_unit *q1 = add_quote(&l, 42, "Johnson & Johnson told us that they had "
                                     "replaced half their products, and "
                                     "further stated, “Our goal is to remove "
                                     "microbeads from our products.”",
                             "Our goal is to remove microbeads", NULL, 0);
    add_footnote(&l, 53, "Fauna & Flora International (EIM0016), Brunel "
                         "University, London (EIM0028)");
    evx_unit *q2 = add_quote(&l, 19, "Studies differ. They note:",
                             "plastics can transfer chemicals",
                             "They note:", 53);
    evx_unit *q3 = add_quote(&l, 22, "Procter & Gamble said it plans “to remove "
                                     "polyethylene microbeads from all "
                                     "cleansers by 2017.”",
                             "to remove polyethylene microbeads", NULL, 0);
    resolve(&l);
    expect_speaker(q1, "Johnson & Johnson", "written", "EIM0042", "lead-in");
    expect_speaker(q2, "Fauna & Flora International", "written", "EIM0016",
                   "footnote");
    cr_expect(q3->speaker->name &&
                  strcmp(q3->speaker->name, "Procter & Gamble") == 0,
              "%s", q3->speaker->evidence);
    evx_units_free(&l);
}

Test(attrib_hc179, pronoun_takes_the_one_named_last_in_the_paragraph)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    add_footnote(&l, 47, "Q41");
    /* "He" is van Sebille, named last, not Thompson, named earlier */
    evx_unit *q = add_quote(&l, 17, "Professor Richard Thompson, Plymouth "
                                    "University, found plastic in a third of "
                                    "the fish. Dr van Sebille, Imperial "
                                    "College London, also conducted a study "
                                    "on seabirds. He said:",
                            "We found that 80% of seabird species",
                            "He said:", 47);
    /* "It" is an organisation: DEFRA, not the person named before it */
    evx_unit *q2 = add_quote(&l, 20, "Professor Kelly spoke about fibres. "
                                     "DEFRA submitted its view in March. It "
                                     "argued:",
                             "a ban would have a small impact", "It argued:",
                             0);
    /* "which" after an organisation named in its own sentence */
    evx_unit *q3 = add_quote(&l, 39, "In 2015, Cosmetics Europe issued a "
                                     "recommendation to members, which stated "
                                     "that:",
                             "discontinue microbead use in cosmetics",
                             "In 2015, Cosmetics Europe issued a "
                             "recommendation to members, which stated that:",
                             0);
    resolve(&l);
    expect_speaker(q, "Dr Erik van Sebille", "oral", "Q41",
                   "footnote+lead-in");
    expect_speaker(q2, "DEFRA", "written", "EIM0034", "context");
    expect_speaker(q3, "Cosmetics Europe", "written", "EIM0032", "context");
    evx_units_free(&l);
}

Test(attrib_hc179, pronoun_after_a_quotation_takes_its_speaker)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    add_footnote(&l, 31, "DEFRA (EIM0034)");
    add_footnote(&l, 32, "As above");
    add_footnote(&l, 55, "Q350");
    add_para(&l, 11, "DEFRA argues that “disentangling the effects of "
                     "microplastics is unlikely to be possible.” They state:");
    evx_unit *q1 = add_nth_quote(&l, 11, 1, "disentangling the effects of "
                                            "microplastics",
                                 NULL, 31);
    evx_unit *q2 = add_nth_quote(&l, 11, 2, "For larger items, it is possible",
                                 "They state:", 32);
    evx_unit *q3 = add_nth_quote(&l, 11, 3, "When pieces become small",
                                 "They state:", 0);
    add_para(&l, 21, "Microplastics carry medicines. Thomas Maes, CEFAS told "
                     "us: He went on to say:");
    evx_unit *q4 = add_nth_quote(&l, 21, 1, "They use microplastics as "
                                            "carriers",
                                 "Thomas Maes, CEFAS told us:", 55);
    evx_unit *q5 = add_nth_quote(&l, 21, 2, "There is evidence of transfer",
                                 "He went on to say:", 0);
    resolve(&l);
    expect_speaker(q1, "DEFRA", "written", "EIM0034", "footnote");
    /* "As above" repeats footnote 31 */
    expect_speaker(q2, "DEFRA", "written", "EIM0034", "footnote");
    expect_speaker(q3, "DEFRA", "written", "EIM0034", "context");
    expect_speaker(q4, "Thomas Maes", "oral", "Q350", "footnote+lead-in");
    expect_speaker(q5, "Thomas Maes", "oral", "Q350", NULL);
    evx_units_free(&l);
}

Test(attrib_hc179, pronoun_with_no_one_before_it_is_unknown)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    add_quote(&l, 30, "Professor Kelly said, “it is a gradual accumulation of "
                      "evidence.”",
              "it is a gradual accumulation", NULL, 0);
    /* the person is in the paragraph before: not this one's */
    evx_unit *q = add_quote(&l, 31, "Research is under way. They further "
                                    "state:",
                            "monitoring is not sustainable",
                            "They further state:", 0);
    resolve(&l);
    expect_speaker(q, NULL, "unknown", NULL, "none");
    cr_expect_not_null(strstr(q->speaker->evidence, "\"they\""), "%s",
                       q->speaker->evidence);
    evx_units_free(&l);
}

Test(attrib_hc179, brand_in_quotation_marks_is_not_a_speaker)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    add_para(&l, 42, "L’Oréal said they had already phased out microbeads in "
                     "their brands ‘Biotherm’ in 2014 and ‘The Body Shop’ in "
                     "2015. They said they would extend this “by no longer "
                     "using microbeads of polyethylene in its scrubs by "
                     "2017.”");
    evx_unit *q = add_nth_quote(&l, 42, 1, "by no longer using microbeads",
                                NULL, 0);
    evx_unit *q2 = add_quote(&l, 43, "“The Body Shop” Foundation, a charity, "
                                     "said:",
                             "we welcome the ban", "“The Body Shop” "
                                                   "Foundation, a charity, "
                                                   "said:",
                             0);
    resolve(&l);
    expect_speaker(q, "L’Oréal", "written", "EIM0043", "context");
    cr_expect(!q2->speaker->name ||
                  !strstr(q2->speaker->name, "Body Shop"),
              "%s", q2->speaker->evidence);
    evx_units_free(&l);
}

Test(attrib_hc179, submitters_and_places_are_not_people)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    add_evidence(&l, "Northumbrian Water", "EIM0049");
    add_evidence(&l, "Thomas Stanton", "EIM0033");
    const char *p1 = "Northumbrian Water, a water company, said:";
    evx_unit *q1 = add_quote(&l, 70, p1, "we capture most microplastics", p1,
                             0);
    const char *p2 = "Thomas Stanton, a researcher, said:";
    evx_unit *q2 = add_quote(&l, 71, p2, "fibres are shed in every wash", p2,
                             0);
    /* a place is not a speaker: the researcher named after it is */
    const char *p3 = "In South West England, Dr Jane Porter, a marine "
                     "biologist, warned:";
    evx_unit *q3 = add_quote(&l, 72, p3, "beaches hold the most plastic", p3,
                             0);
    resolve(&l);
    expect_speaker(q1, "Northumbrian Water", "written", "EIM0049", "lead-in");
    expect_speaker(q2, "Thomas Stanton", "written", "EIM0033", "lead-in");
    expect_speaker(q3, "Dr Jane Porter", "other", NULL, "lead-in");
    evx_units_free(&l);
}

Test(attrib_hc179, evidence_codes_of_any_prefix)
{
    evx_units l = EVX_UNITS_INIT;
    hc179_units(&l);
    add_footnote(&l, 11, "5 Gyres Institute (EIM0017)");
    add_footnote(&l, 50, "Brunel University, London (EIM0028)");
    add_footnote(&l, 60, "Keep Britain Tidy (KBT0001)");
    evx_unit *q1 = add_quote(&l, 7, "The institute estimated:",
                             "15-51 trillion particles", "The institute "
                                                         "estimated:",
                             11);
    evx_unit *q2 = add_quote(&l, 18, "Researchers said:",
                             "microplastics can host microbial communities",
                             "Researchers said:", 50);
    evx_unit *q3 = add_quote(&l, 48, "A charity argued:",
                             "if we lead the way", "A charity argued:", 60);
    resolve(&l);
    expect_speaker(q1, "5 Gyres Institute", "written", "EIM0017", "footnote");
    expect_speaker(q2, "Brunel University, London", "written", "EIM0028",
                   "footnote");
    expect_speaker(q3, "Keep Britain Tidy", "written", "KBT0001", "footnote");
    evx_units_free(&l);
}

/* ---- the footnote reader ------------------------------------------------- */

Test(attrib_fn, shapes_of_footnotes)
{
    evx_fnref *r = NULL;
    size_t n = 0;
    const char *t = "Q311[Professor Powis]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_eq(r[0].q, 311);
    cr_expect_str_eq(r[0].name, "Professor Powis");
    cr_expect_str_eq(r[0].ref, "Q311");
    evx_fnrefs_free(r, n);

    t = "NHS Providers STP0050, Local Government Association STP0027, NHS "
        "Clinical Commissioners STP0064";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 3);
    cr_expect_eq(r[1].kind, EVX_FNREF_WRITTEN);
    cr_expect_str_eq(r[1].name, "Local Government Association");
    cr_expect_str_eq(r[1].code, "STP0027");
    evx_fnrefs_free(r, n);

    t = "NHS England STP0107, page 1–2";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_str_eq(r[0].name, "NHS England");
    evx_fnrefs_free(r, n);

    t = "Department for Health and Social Security (1972) National Health "
        "Service Reorganisation: England. HMSO:London";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_DOCUMENT);
    cr_expect_str_eq(r[0].name, "Department for Health and Social Security");
    evx_fnrefs_free(r, n);

    /* older reports: "Q 145", "Qq 23–25" and pages of the printed
     * evidence, which are never taken for a document's author */
    t = "Q 145 [Minister]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_eq(r[0].q, 145);
    cr_expect_str_eq(r[0].name, "Minister");
    evx_fnrefs_free(r, n);

    t = "Qq 23–25";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_eq(r[0].q, 23);
    evx_fnrefs_free(r, n);

    t = "Ev 45; Ev w12";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 2);
    cr_expect_eq(r[0].kind, EVX_FNREF_PRINTED);
    cr_expect_str_eq(r[0].ref, "Ev 45");
    cr_expect_null(r[0].name);
    cr_expect_eq(r[1].kind, EVX_FNREF_PRINTED);
    cr_expect_str_eq(r[1].ref, "Ev w12");
    evx_fnrefs_free(r, n);

    /* recent reports cite their own oral evidence with its session */
    t = "Oral evidence taken on 12 March 2019, HC 1234, Q45 [Sir Simon "
        "Stevens]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_eq(r[0].q, 45);
    cr_expect_str_eq(r[0].name, "Sir Simon Stevens");
    evx_fnrefs_free(r, n);

    t = "Oral evidence taken on 12 March 2019, HC 1234, Q46";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_null(r[0].name);
    evx_fnrefs_free(r, n);

    t = "See Annex";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_eq(r[0].kind, EVX_FNREF_NOTE);
    evx_fnrefs_free(r, n);

    t = "Oral evidence taken before the Liaison Committee on 27 March 2018, "
        "HC 905 (2017–19), Q76 [Prime Minister]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_eq(r[0].kind, EVX_FNREF_COMMITTEE);
    cr_expect_eq(r[0].q, 76);
    cr_expect_str_eq(r[0].name, "Prime Minister");
    evx_fnrefs_free(r, n);

    t = "Veolia (EIM0039), Brunel University, London (EIM0028), Grantham "
        "Institute, Imperial College (EIM0027)";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 3);
    cr_expect_str_eq(r[1].name, "Brunel University, London");
    cr_expect_str_eq(r[1].code, "EIM0028");
    cr_expect_str_eq(r[2].name, "Grantham Institute, Imperial College");
    evx_fnrefs_free(r, n);

    cr_expect(evx_fnref_is_ibid("As above", 8));
    cr_expect(evx_fnref_is_ibid(" Ibid. ", 7));
    cr_expect_not(evx_fnref_is_ibid("As above, Q12", 13));

    cr_assert_eq(evx_fnrefs_parse(&r, &n, "   ", 3), EVX_OK);
    cr_expect_eq(n, 0);
    cr_expect_null(r);
    cr_assert_eq(evx_fnrefs_parse(&r, &n, NULL, 0), EVX_OK);
    cr_expect_eq(n, 0);
    evx_fnrefs_free(NULL, 0);
}

/* ---- the real corpus against the labelled set ---------------------------- */

#define PDF_FILE "corpus/000_d8babf2c1c9efa17.txt"
#define WEB_FILE "corpus/004_1624677fcab3ee77.txt"

static char *fold(const char *s)
{
    char *out = NULL;
    cr_assert_eq(evx_tok_fold(&out, s, strlen(s)), EVX_OK);
    return out;
}

static void load(evx_units *out, const char *rel, int web, evx_diag *d)
{
    char path[1024];
    evx_text *t = NULL;
    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, rel);
    cr_assert_eq(evx_text_load(&t, path, rel, d), EVX_OK, "cannot load %s",
                 path);
    evx_status st = web ? evx_webtext_parse(out, t, "HC 650", d)
                        : evx_pdftext_parse(out, t, "HC 650", d);
    cr_assert_eq(st, EVX_OK, "cannot parse %s", rel);
    evx_text_free(t);
}

/* The quotation whose folded text begins with the folded fragment. */
/* Collapses runs of spaces in place (line joins may differ). */
static void squeeze(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++)
        if (*r != ' ' || (w > s && w[-1] != ' '))
            *w++ = *r;
    while (w > s && w[-1] == ' ')
        w--;
    *w = '\0';
}

/* Skips spaces and quotation marks (folded to ASCII) opening s. */
static const char *skip_open(const char *s)
{
    while (*s == ' ' || *s == '"' || *s == '\'')
        s++;
    return s;
}

static const evx_unit *find_quote(const evx_units *l, const char *frag)
{
    char *f = fold(frag);
    const evx_unit *hit = NULL;
    squeeze(f);
    const char *fs = skip_open(f);
    for (size_t i = 0; i < l->len && !hit; i++) {
        const evx_unit *u = l->items[i];
        if (u->type != EVX_UNIT_QUOTATION || !u->text)
            continue;
        char *t = fold(u->text);
        squeeze(t);
        if (strncmp(skip_open(t), fs, strlen(fs)) == 0)
            hit = u;
        free(t);
    }
    free(f);
    return hit;
}

static int same_folded(const char *a, const char *b)
{
    if (!a || !*a || !b || !*b)
        return (!a || !*a) && (!b || !*b);
    char *fa = fold(a), *fb = fold(b);
    squeeze(fa);
    squeeze(fb);
    int same = strcmp(fa, fb) == 0;
    free(fa);
    free(fb);
    return same;
}

static void tally(const evx_units *l)
{
    const char *kinds[] = {"oral", "written", "document", "other", "unknown"};
    const char *methods[] = {"footnote", "footnote+lead-in", "lead-in",
                             "context", "none"};
    size_t nk[5] = {0}, nm[5] = {0}, total = 0;
    for (size_t i = 0; i < l->len; i++) {
        const evx_unit *u = l->items[i];
        if (u->type != EVX_UNIT_QUOTATION || !u->speaker)
            continue;
        total++;
        for (size_t k = 0; k < 5; k++) {
            nk[k] += strcmp(u->speaker->kind, kinds[k]) == 0;
            nm[k] += strcmp(u->speaker->method, methods[k]) == 0;
        }
    }
    fprintf(stderr, "attribution: %zu quotations; kinds:", total);
    for (size_t k = 0; k < 5; k++)
        fprintf(stderr, " %s %zu", kinds[k], nk[k]);
    fprintf(stderr, "; methods:");
    for (size_t k = 0; k < 5; k++)
        fprintf(stderr, " %s %zu", methods[k], nm[k]);
    fprintf(stderr, "\n");
}

/* Splits a TSV line in place into at most max fields. */
static size_t split_tsv(char *line, char **fields, size_t max)
{
    size_t n = 0;
    char *s = line;
    while (n < max) {
        fields[n++] = s;
        char *tab = strchr(s, '\t');
        if (!tab)
            break;
        *tab = '\0';
        s = tab + 1;
    }
    return n;
}

Test(attrib_corpus, labelled_set, .timeout = 300)
{
    evx_units units = EVX_UNITS_INIT, web = EVX_UNITS_INIT;
    evx_diag *d = NULL;
    evx_tok *tok = NULL;
    evx_registry *reg = NULL;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    load(&units, PDF_FILE, 0, d);
    load(&web, WEB_FILE, 1, d);
    cr_assert_eq(evx_merge_units(&units, &web, d), EVX_OK);
    cr_assert_eq(evx_merge_link_footnotes(&units, d), EVX_OK);
    cr_assert_eq(evx_registry_build(&reg, &units, tok), EVX_OK);
    cr_assert_eq(evx_attrib_resolve(&units, reg, tok, d), EVX_OK);
    tally(&units);

    char path[1024], line[4096];
    snprintf(path, sizeof path, "%s/tests/fixtures/attribution.tsv",
             EVX_SOURCE_DIR);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "cannot open %s", path);
    size_t rows = 0, right = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        char *col[5];
        size_t nc = split_tsv(line, col, 5);
        cr_assert_geq(nc, 4, "malformed fixture row: %s", line);
        rows++;
        const evx_unit *q = find_quote(&units, col[0]);
        cr_expect_not_null(q, "no quotation begins \"%s\"", col[0]);
        if (!q || !q->speaker)
            continue;
        const evx_speaker *s = q->speaker;
        int ok = same_folded(s->name, col[1]) && strcmp(s->kind, col[2]) == 0 &&
                 same_folded(s->ref, col[3]);
        right += ok;
        cr_expect(ok,
                  "%s \"%s\" [%s]: want %s / %s / %s, got %s / %s / %s (%s: %s)",
                  q->id, col[0], nc > 4 ? col[4] : "", col[1], col[2], col[3],
                  s->name ? s->name : "", s->kind, s->ref ? s->ref : "",
                  s->method, s->evidence ? s->evidence : "");
    }
    fclose(f);
    cr_expect_geq(rows, 60, "the labelled set should have 60 rows or more");
    fprintf(stderr, "attribution accuracy on the labelled set: %zu/%zu\n",
            right, rows);
    evx_registry_free(reg);
    evx_tok_free(tok);
    evx_diag_free(d);
    evx_units_free(&units);
    evx_units_free(&web);
}
