/*
 * test_attrib_lead.c - which person or body a lead-in names as the
 * speaker, on crafted units in HC 650's words: of several names, the one
 * speaking; a named person who is asked, cites or answers the words;
 * organisations with asides; people speaking together; footnotes that
 * disagree with the lead-in.  The rules of the footnote and the other
 * clues are tested in test_attrib.c.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPORT "HC 650"

#include "attributil.h"
#include "attrib_hc650.h"

/* The one speaking is the subject of the verb of saying, not the first
 * named: not a possessive, not the object of "to", "with", "about". */
Test(attrib_lead, a_lead_in_naming_two_people_takes_the_one_speaking)
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
        {"Mr Dalton recalled Mr Stevens telling him:", "Simon Stevens"},
    };
    expect_lead_names(cases, sizeof cases / sizeof *cases);
}

/* Inline: the words are the one's who says them, not the first named. */
Test(attrib_lead, an_inline_quotation_is_given_to_the_one_whose_words_they_are)
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
Test(attrib_lead, a_lead_in_with_its_own_subject_is_not_the_paragraphs_person)
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
    /* a name opening the sentence with a verb of thinking (HC 859, 2009:
     * "Oliver Heald MP believed that") is its own subject, never the one
     * named before; "believed" and "thought" are verbs of saying,
     * "doubted" is not (then no one) */
    q = lead_in_only(&l, "This applies to the examples cited by Mr Dalton. "
                         "Oliver Heald MP believed that",
                     "Oliver Heald MP believed that");
    cr_expect_str_eq(q->speaker->name, "Oliver Heald MP", "%s",
                     q->speaker->evidence);
    evx_units_free(&l);
    q = lead_in_only(&l, "This applies to the examples cited by Mr Dalton. "
                         "Oliver Heald MP thought that",
                     "Oliver Heald MP thought that");
    cr_expect_str_eq(q->speaker->name, "Oliver Heald MP", "%s",
                     q->speaker->evidence);
    evx_units_free(&l);
    q = lead_in_only(&l, "This applies to the examples cited by Mr Dalton. "
                         "Oliver Heald MP doubted that",
                     "Oliver Heald MP doubted that");
    cr_expect_null(q->speaker->name, "got %s (%s)", q->speaker->name,
                   q->speaker->evidence);
    evx_units_free(&l);
    /* the one named before, by name again, is that one */
    q = lead_in_only(&l, "Mr Dalton gave evidence in March. Mr Ian Dalton "
                         "thought that",
                     "Mr Ian Dalton thought that");
    cr_expect_str_eq(q->speaker->name, "Ian Dalton", "%s", q->speaker->evidence);
    evx_units_free(&l);
}

/* Two witnesses of one surname: a footnote's "[Mr Smith]", or a lead-in's
 * "Ms Smith" over a footnote with a question only, is the one whose panel
 * holds the question. */
Test(attrib_lead, a_shared_surname_is_the_one_of_the_questions_panel)
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
Test(attrib_lead, a_knight_or_dame_by_title_and_first_name)
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
Test(attrib_lead, a_second_quotation_of_a_sentence_is_its_own_clauses)
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
 * us:", "described Right Care, Right Person as") names someone else, not
 * that person. */
Test(attrib_lead, a_person_named_as_an_object_is_not_the_speaker)
{
    static const char *const objects[] = {
        "In a letter to Mr Dalton, the Secretary of State wrote:",
        "Mr Dalton’s predecessor told us:",
        "A member of staff who had worked with Mr Dalton told us:",
        /* what a verb of naming names: the words are its subject's, an
         * officer's, not a policy's that reads as a name */
        "One officer, speaking to us on a visit, described Right Care, "
        "Right Person as",
        "One manager called Mr Dalton"};
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
Test(attrib_lead, an_organisation_speaks_not_the_person_in_its_aside)
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

/* "by" names the body or person speaking after a word of saying or
 * writing ("a point made by", "research by"), or when the body is one of
 * the report's own lists; "voted by the House" (a 1999 report's list after
 * such a lead-in had been given to "House") names no one. */
Test(attrib_lead, a_body_after_by_speaks_only_after_saying_or_from_the_lists)
{
    static const char *const cases[][2] = {
        {"There will be a plan to be voted by the House, which will contain "
         "the following:", NULL},
        {"Trusts funded by the Treasury have found", NULL},
        {"Boards appointed by the Health Foundation have", NULL},
        {"A point made by the Health Foundation was that it is", "Health Foundation"},
        {"Research by the Health Foundation found that it is", "Health Foundation"},
        {"Trusts appointed by NHS Clinical Commissioners have",
         "NHS Clinical Commissioners"},
        /* a person, likewise (HC 697, 2012: "Wright reforms" had been
         * given to the chair of the committee that proposed them) */
        {"A point made by Tony Wright was that it is", "Tony Wright"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_units l = EVX_UNITS_INIT;
        const evx_unit *q = org_lead(&l, cases[k][0], NULL);
        if (cases[k][1])
            cr_expect(q->speaker->name && strstr(q->speaker->name, cases[k][1]),
                      "%s: got %s (%s)", cases[k][0], q->speaker->name,
                      q->speaker->evidence);
        else
            cr_expect_null(q->speaker->name, "%s: got %s (%s)", cases[k][0],
                           q->speaker->name, q->speaker->evidence);
        evx_units_free(&l);
    }
    /* a person after such a "by" is no speaker either: the document the
     * footnote cites is (HC 697, 2012: "Wright reforms" had been given to
     * the chair of the committee that proposed them) */
    evx_units l = EVX_UNITS_INIT;
    registry_units(&l);
    add_footnote(&l, 7, "House of Commons Reform Committee, First Report of "
                        "Session 2008-09, HC 1117");
    const evx_unit *q = add_quote(
        &l, 60,
        "Committees have been strengthened by \xE2\x80\x9CWright reforms"
        "\xE2\x80\x9D agreed after the report of the committee chaired by "
        "Tony Wright.",
        "Wright reforms", "Committees have been strengthened by", 7);
    resolve(&l);
    cr_expect(q->speaker->name &&
                  strstr(q->speaker->name, "Reform Committee") != NULL,
              "got %s (%s)", q->speaker->name, q->speaker->evidence);
    evx_units_free(&l);
}

/* A lead-in whose named person is asked or told the words, or cites
 * someone else's, does not give that person; one quoted speaks. */
Test(attrib_lead, a_person_asked_or_citing_does_not_speak_the_words)
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
        "Mr Dalton was given an assurance:",
        /* the one quoted "as saying" is a post, no person: not his */
        "Mr Dalton quoted the Minister as saying",
        "Mr Dalton cited the Secretary of State as saying",
        "Mr Dalton quoted the Secretary of State as having said that"};
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
    q = lead_in_only(&l, "Mr Dalton quoted Mr Stevens as saying",
                     "Mr Dalton quoted Mr Stevens as saying");
    expect_name(q, "the one quoted as saying", "Simon Stevens");
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
Test(attrib_lead, people_named_together_speak_together)
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

    t = "Ms Duxbury, who leads the research, and Mr Redding told us:";
    q = lead_in_only(&l, t, t);
    cr_expect_str_eq(q->speaker->name, "Kate Duxbury and Don Redding", "%s",
                     q->speaker->evidence);
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
Test(attrib_lead, a_footnote_against_the_lead_in_says_so)
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
Test(attrib_lead, a_question_outside_every_panel_is_not_written_evidence)
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
Test(attrib_lead, a_body_is_named_with_the_words_that_make_it_one)
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
Test(attrib_lead, a_pronoun_that_could_stand_for_two_people_names_no_one)
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

/* A title of the other sex than the registered one's is another person:
 * "Ms Smith" is not "Mr Mark Smith"; nor is a courtesy title for someone
 * registered as a doctor ("Mrs Jones" is not "Dr Anita Jones", who would
 * be "Dr Jones"), while a registered name without a title still
 * matches. */
Test(attrib_lead, a_title_of_the_other_sex_is_another_person)
{
    static const char *const panel[][3] = {
        {"Mr Mark Smith", "Director", "Local Government Association"},
        {"Dr Anita Jones", "Director", "NHS Clinical Commissioners"},
        {"Paul Brown", "Chair", "Rivers Trust"},
    };
    static const char *const cases[][2] = {
        {"Ms Smith told us:", "Ms Smith"},
        {"Mrs Smith told us:", "Mrs Smith"},
        {"Mr Smith told us:", "Mr Mark Smith"},
        {"Mrs Jones told us:", "Mrs Jones"},
        {"Dr Jones told us:", "Dr Anita Jones"},
        {"Mr Brown told us:", "Paul Brown"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_units l = EVX_UNITS_INIT;
        add_panel(&l, 3, "27 February 2018", 1, 50, panel, 3);
        evx_unit *q = add_quote(&l, 10, cases[k][0], "the money has to follow",
                                cases[k][0], 0);
        resolve(&l);
        expect_name(q, cases[k][0], cases[k][1]);
        evx_units_free(&l);
    }
}

/* A post printed before a name as if a title ("Health Secretary Jane
 * Doe", "Chief Executive Sir John Roe") is the person's role, not part
 * of the name, and names no organisation; a run with no such post, or
 * one that could be a surname ("Jane Head"), is a name as printed. */
Test(attrib_lead, a_post_printed_before_a_name_is_its_role)
{
    static const char *const cases[][3] = {
        {"Health Secretary Jane Dobbin told us:", "Jane Dobbin",
         "Health Secretary"},
        {"Chief Executive Sir John Roebuck said:", "Sir John Roebuck",
         "Chief Executive"},
        {"As former Permanent Secretary Dame Una Brennan told us,",
         "Dame Una Brennan", "former Permanent Secretary"},
        {"Minister of State Stephen Barkworth told us:", "Stephen Barkworth",
         "Minister of State"},
        {"Chief Medical Officer Professor Anne Whitfield said:",
         "Professor Anne Whitfield", "Chief Medical Officer"},
        {"Jane Head told us:", "Jane Head", NULL},
        /* a clause after the name is no post */
        {"Dr Ann Brewster, who gave evidence alongside Professor Ben Ivers, "
         "said:", "Dr Ann Brewster", NULL},
        /* an organisation in the possessive before the name is its own */
        {"The Water Forum’s Niall Dickins said:", "Niall Dickins", NULL},
        {"Lord Prior of Brampton told us:", "Lord Prior of Brampton", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_units l = EVX_UNITS_INIT;
        const evx_unit *q = lead_in_only(&l, cases[k][0], cases[k][0]);
        expect_name(q, cases[k][0], cases[k][1]);
        if (cases[k][2])
            cr_expect(q->speaker->role &&
                          strcmp(q->speaker->role, cases[k][2]) == 0,
                      "%s: role %s", cases[k][0],
                      q->speaker->role ? q->speaker->role : "none");
        else
            cr_expect_null(q->speaker->role, "%s: role %s", cases[k][0],
                           q->speaker->role);
        if (strstr(cases[k][0], "’s "))
            cr_expect(q->speaker->org &&
                          strcmp(q->speaker->org, "Water Forum") == 0,
                      "%s: org %s", cases[k][0],
                      q->speaker->org ? q->speaker->org : "none");
        else
            cr_expect_null(q->speaker->org, "%s: org %s", cases[k][0],
                           q->speaker->org);
        evx_units_free(&l);
    }
}

/* "According to the NAO, Mr Smith’s department had": the body introduced
 * speaks, not the person in the possessive (the name after "according
 * to" had run on over the comma into his, and no body was found). */
Test(attrib_lead, a_body_introduced_speaks_over_a_person_in_the_possessive)
{
    static const char *const cases[][2] = {
        {"According to the Audit Forum, Mr Alan Smithers’s department had",
         "Audit Forum"},
        {"According to the Audit Forum, the plans of Dr Ann Brewster were",
         "Audit Forum"},
        {"According to Dr Ann Brewster, the Department had",
         "Dr Ann Brewster"},
    };
    expect_lead_names(cases, sizeof cases / sizeof *cases);
}

/* A letter from the holder of a post ("the Minister for Care", "the
 * Chief Executive") is the post's, and the post is no organisation; a
 * body whose name opens with a post's word ("Chief Fire Officers
 * Association", "General Medical Council") still is one.  The post had
 * been given as the organisation too. */
Test(attrib_lead, a_document_from_a_post_names_no_organisation)
{
    static const char *const cases[][3] = {
        {"Letter from the Minister for Care to the Chair, 3 May 2018",
         "Minister for Care", NULL},
        {"Letter from the Chief Executive, NHS England, 3 May 2018",
         "Chief Executive", NULL},
        {"Letter from the Permanent Secretary, 3 May 2018",
         "Permanent Secretary", NULL},
        {"Letter from the Chief Fire Officers Association to the Chair, 3 "
         "May 2018", "Chief Fire Officers Association",
         "Chief Fire Officers Association"},
        {"General Medical Council, Annual report, 2017",
         "General Medical Council", "General Medical Council"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_units l = EVX_UNITS_INIT;
        const evx_unit *q = org_lead(&l, "We were told:", cases[k][0]);
        expect_name(q, cases[k][0], cases[k][1]);
        cr_expect_str_eq(q->speaker->kind, "document", "%s", cases[k][0]);
        if (cases[k][2])
            cr_expect(q->speaker->org &&
                          strcmp(q->speaker->org, cases[k][2]) == 0,
                      "%s: org %s", cases[k][0],
                      q->speaker->org ? q->speaker->org : "none");
        else
            cr_expect_null(q->speaker->org, "%s: org %s", cases[k][0],
                           q->speaker->org);
        evx_units_free(&l);
    }
}

/* A footnote naming someone outside the lists with their body ("Q45
 * [Ann Brewster, Water Forum]") gives the person as the name and the
 * body as the organisation. */
Test(attrib_lead, a_footnote_names_the_person_and_their_body_apart)
{
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = org_lead(&l, "We were told:",
                                 "Q45 [Ann Brewster, Chief Executive, Water "
                                 "Forum]");
    expect_name(q, "footnote", "Ann Brewster");
    cr_expect(q->speaker->org && strcmp(q->speaker->org, "Water Forum") == 0,
              "org %s", q->speaker->org ? q->speaker->org : "none");
    cr_expect(q->speaker->role &&
                  strcmp(q->speaker->role, "Chief Executive") == 0,
              "role %s", q->speaker->role ? q->speaker->role : "none");
    evx_units_free(&l);
}

/* A footnote naming two people outside the lists gives the quotation to
 * the one the lead-in names, not to both joined ("Professor Alan Wyke,
 * Dr Ann Roe"); with no one named, to both. */
Test(attrib_lead, of_a_footnotes_two_people_the_one_the_lead_in_names)
{
    static const char *const cases[][3] = {
        {"Professor Alan Wyke said:", "QQ 13–14 (Professor Alan Wyke, Dr Ann "
         "Roe)", "Professor Alan Wyke"},
        {"Dr Ann Roe said:", "QQ 13–14 (Professor Alan Wyke and Dr Ann Roe)",
         "Dr Ann Roe"},
        {"We were told:", "QQ 13–14 (Professor Alan Wyke, Dr Ann Roe)",
         "Professor Alan Wyke, Dr Ann Roe"},
        /* the fuller of the lead-in's and the footnote's forms */
        {"Mr Brewer said:", "Q 14 (Mr John Brewer)", "Mr John Brewer"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_units l = EVX_UNITS_INIT;
        const evx_unit *q = org_lead(&l, cases[k][0], cases[k][1]);
        expect_name(q, cases[k][1], cases[k][2]);
        evx_units_free(&l);
    }
}

/* Written evidence from the organisation of the person the lead-in names
 * is theirs, for it: "Professor Ines Okafor of the University of Tayside
 * argued that" over "Written evidence from the University of Tayside
 * (TID0014)" had been given to the university alone. */
Test(attrib_lead, written_evidence_of_the_named_persons_body)
{
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = org_lead(&l, "Professor Ines Okafor of the University "
                                     "of Tayside argued that",
                                 "Written evidence from the University of "
                                 "Tayside (TID0014)");
    expect_name(q, "written", "Professor Ines Okafor");
    cr_expect(q->speaker->org &&
                  strcmp(q->speaker->org, "University of Tayside") == 0,
              "org %s", q->speaker->org ? q->speaker->org : "none");
    cr_expect_str_eq(q->speaker->kind, "written");
    evx_units_free(&l);
    q = org_lead(&l, "The University of Tayside argued that",
                 "Written evidence from the University of Tayside (TID0014)");
    expect_name(q, "the body itself", "University of Tayside");
    evx_units_free(&l);
    /* one who asked not to be named is no organisation */
    q = org_lead(&l, "One respondent told us that", "Name withheld (SCO0099)");
    expect_name(q, "not named", "Name withheld");
    cr_expect_null(q->speaker->org, "org %s", q->speaker->org);
    evx_units_free(&l);
}

/* A post with no name is no name: "The then Minister replied" is left to
 * the paragraph (it had been a name and organisation "The then
 * Minister"); "the Chair of the Bar Council" is the council speaking
 * through its post. */
Test(attrib_lead, a_post_alone_or_of_a_body)
{
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = lead_in_only(&l, "The then Minister replied that",
                                     "The then Minister replied that");
    cr_expect_null(q->speaker->name, "%s", q->speaker->name);
    evx_units_free(&l);
    q = lead_in_only(&l, "According to the Chair of the Bar Council,",
                     "According to the Chair of the Bar Council,");
    expect_name(q, "a body's post", "Bar Council");
    cr_expect(q->speaker->role && strcmp(q->speaker->role, "Chair") == 0,
              "role %s", q->speaker->role ? q->speaker->role : "none");
    evx_units_free(&l);
}

/* The words after "and" in a body's name are no person: a department of
 * state's list ("Department for Digital, Culture, Media and Sport" had
 * been a body called "Media and Sport"), and a name a preposition
 * introduces ("from Leeds Health and Care Partnership" had given the
 * words to a person called "Care Partnership"; "of the NHS and Adult
 * Social Care, published in 2017" to "Adult Social Care"). */
Test(attrib_lead, a_bodys_name_with_and_is_no_person)
{
    static const char *const cases[][2] = {
        {"The Department for Digital, Culture, Media and Sport said:",
         "Department for Digital, Culture, Media and Sport"},
        {"As Ann Brewster from Leeds Health and Care Partnership explained:",
         "Ann Brewster"},
        {"Jane Dobbin and John Roebuck told us:",
         "Jane Dobbin and John Roebuck"},
    };
    expect_lead_names(cases, sizeof cases / sizeof *cases);
    evx_units l = EVX_UNITS_INIT;
    const char *t = "The report on the Sustainability of the NHS and Adult "
                    "Social Care, published in April 2017, stated:";
    const evx_unit *q = lead_in_only(&l, t, t);
    cr_expect(!q->speaker->name || !strstr(q->speaker->name, "Social Care"),
              "%s", q->speaker->name);
    evx_units_free(&l);
}

/* Of a footnote's two written refs, the one whose submitter the lead-in
 * names ("Ms Ruth Alder (ABC0044) agreed:" over "Mr John Smith (ABC0012);
 * Ms Ruth Alder (ABC0044)" had been Mr Smith's), and a code in brackets
 * after a name is no organisation ("Mr John Smith (ABC0012)" had been of
 * an organisation "ABC0012"). */
Test(attrib_lead, of_two_written_refs_the_one_the_lead_in_names)
{
    evx_units l = EVX_UNITS_INIT;
    const evx_unit *q = org_lead(&l, "Ms Ruth Alder (ABC0044) agreed:",
                                 "Mr John Smith (ABC0012); Ms Ruth Alder "
                                 "(ABC0044)");
    expect_name(q, "written", "Ms Ruth Alder");
    cr_expect(q->speaker->ref && strcmp(q->speaker->ref, "ABC0044") == 0,
              "ref %s", q->speaker->ref ? q->speaker->ref : "none");
    evx_units_free(&l);
    q = lead_in_only(&l, "Mr John Smith (ABC0012) wrote that",
                     "Mr John Smith (ABC0012) wrote that");
    expect_name(q, "a code in brackets", "Mr John Smith");
    cr_expect_null(q->speaker->org, "org %s", q->speaker->org);
    evx_units_free(&l);
}
