/*
 * test_attrib_hc179.c - speaker attribution on crafted units in a second
 * report's words and layout: HC 179 (Environmental Audit Committee, 2016),
 * whose names have particles and posts, whose older references cite
 * printed evidence pages, and whose submitters include brands and places.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The shared helpers give every unit one report id; the rules never read it. */
#define REPORT "HC 650"

#include "attributil.h"

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

/* A post is not a name: "The Chairman of the Justice Committee" is the
 * committee speaking through its post (name and organisation "Justice
 * Committee", role "Chairman"), never a person called "The Chairman";
 * the post had been both its name and its organisation. */
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
    cr_expect_str_eq(q1->speaker->name, "Justice Committee");
    cr_expect_str_eq(q1->speaker->role, "Chairman");
    cr_expect_str_eq(q1->speaker->org, "Justice Committee");
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
