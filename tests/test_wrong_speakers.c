/*
 * test_wrong_speakers.c - four shapes that gave a quotation to the wrong
 * speaker or the wrong question, found by a blind set of invented reports
 * through eight PDF tools (every tool gave 8 to 10 wrong speakers in 282
 * quotations; none now):
 *   - a witness list naming a witness by rank ("…, and Chief
 *     Superintendent Alys Morgan-Rees, Divisional Commander, …"), whose
 *     body's name before it ("North Wales Rail Taskforce") had been read as
 *     the next witness's name;
 *   - a quotation that opens its sentence after a quoted one ("…”.1 “A
 *     fixed price …,” argued the Chief Executive of the Federation"), read
 *     as part of the sentence before and its lead-in;
 *   - markers printed apart after a quotation and a semicolon ("“…”; 5 Mr
 *     Quarrie said “…”; 6 and …"), unread, so the quotations took the
 *     sentence's last note;
 *   - a document's author with a comma in its name ("Department for
 *     Environment, Food and Rural Affairs, Government response …"), cut
 *     at the comma.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

static const char report[] =
    "1 Introduction\n"
    "\n"
    "1. We heard from the Chief Executive and the Finance Director of the "
    "Shipbuilders\xE2\x80\x99 Federation, Mr Callum Quarrie and Ms Carys "
    "Bowen. The Finance Director told us that \xE2\x80\x9Cthe yards have "
    "been carrying losses on fixed-price contracts\xE2\x80\x9D.1 "
    "\xE2\x80\x9C" "A fixed price for a first ship is a fiction,\xE2\x80\x9D "
    "argued the Chief Executive of the Federation, \xE2\x80\x9C" "and everyone "
    "knows it\xE2\x80\x9D.2\n"
    "\n"
    "2. Sir Geraint Wardell, Chair of the Rail Taskforce, told us that "
    "\xE2\x80\x9Cthe line must be rebuilt before the winter\xE2\x80\x9D.3 "
    "Chief Superintendent Alys Morgan-Rees said that \xE2\x80\x9C" "crime on "
    "the trains has fallen by a fifth\xE2\x80\x9D.4\n"
    "\n"
    "3. Professor Jane Birch said that it would be \xE2\x80\x9C" "a binding "
    "order book, agreed across parties\xE2\x80\x9D; 5 Mr Callum Quarrie said "
    "\xE2\x80\x9Cstable requirements\xE2\x80\x9D; 6 and Sir Geraint Wardell "
    "said \xE2\x80\x9C" "better people in the right jobs\xE2\x80\x9D.7\n"
    "\n"
    "4. The Department told us that \xE2\x80\x9Cthe farming rules will be "
    "simplified by next spring\xE2\x80\x9D.8\n"
    "\n"
    "1 Q51\n"
    "2 Q52\n"
    "3 Q60\n"
    "4 Q70\n"
    "5 Q10\n"
    "6 Q53\n"
    "7 Q61\n"
    "8 Department for Environment, Food and Rural Affairs, Government "
    "response to the Committee\xE2\x80\x99s report, October 2021, p 7\n"
    "\n"
    "Witnesses\n"
    "\n"
    "Tuesday 7 September 2021\n"
    "\n"
    "Professor Jane Birch, Professor of Engineering, University of "
    "Leeds\tQ1\xE2\x80\x93" "40\n"
    "\n"
    "Tuesday 14 September 2021\n"
    "\n"
    "Mr Callum Quarrie, Chief Executive, Shipbuilders\xE2\x80\x99 "
    "Federation, and Ms Carys Bowen, Finance Director, "
    "Shipbuilders\xE2\x80\x99 Federation\tQ41\xE2\x80\x93" "55\n"
    "\n"
    "Tuesday 21 September 2021\n"
    "\n"
    "Sir Geraint Wardell, Chair, North Wales Rail Taskforce, and Chief "
    "Superintendent Alys Morgan-Rees, Divisional Commander, Wales, British "
    "Transport Police\tQ56\xE2\x80\x93" "80\n"
    "\n"
    "Published written evidence\n"
    "\n"
    "1\tDepartment for Environment, Food and Rural Affairs (FRA0001)\n";

/* The question a quotation's speaker is cited by. */
static void expect_ref(const evx_units *u, const char *id, const char *ref)
{
    const evx_unit *q = unit(u, id);
    cr_expect(q->speaker && q->speaker->ref && strcmp(q->speaker->ref, ref) == 0,
              "%s: ref %s, not %s", id, q->speaker && q->speaker->ref ? q->speaker->ref : "-",
              ref);
}

Test(wrong_speakers, a_witness_named_by_rank_after_a_bodys_name)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, report, 0);
    const evx_unit *w = unit(&u, "HC1/witness/3");
    cr_expect_eq(w->n_people, 2);
    expect_person(w, 0, "Sir Geraint Wardell", "Chair", "North Wales Rail Taskforce");
    expect_person(w, 1, "Chief Superintendent Alys Morgan-Rees",
                  "Divisional Commander, Wales", "British Transport Police");
    expect_speaker(&u, "HC1/p2/q1", "Sir Geraint Wardell");
    expect_speaker(&u, "HC1/p2/q2", "Chief Superintendent Alys Morgan-Rees");
    evx_units_free(&u);
}

Test(wrong_speakers, a_quotation_opening_its_sentence_is_given_after_it)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, report, 0);
    expect_speaker(&u, "HC1/p1/q1", "Ms Carys Bowen");
    expect_speaker(&u, "HC1/p1/q2", "Mr Callum Quarrie");
    expect_speaker(&u, "HC1/p1/q3", "Mr Callum Quarrie");
    evx_units_free(&u);
}

Test(wrong_speakers, markers_apart_after_a_quotation_and_a_semicolon)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, report, 0);
    expect_speaker(&u, "HC1/p3/q1", "Professor Jane Birch");
    expect_ref(&u, "HC1/p3/q1", "Q10");
    expect_speaker(&u, "HC1/p3/q2", "Mr Callum Quarrie");
    expect_ref(&u, "HC1/p3/q2", "Q53");
    expect_speaker(&u, "HC1/p3/q3", "Sir Geraint Wardell");
    expect_ref(&u, "HC1/p3/q3", "Q61");
    const evx_unit *p3 = unit(&u, "HC1/p3");
    cr_expect_eq(p3->n_footnotes, 3);
    cr_expect_null(strstr(p3->text, "; 5"), "%s", p3->text);
    evx_units_free(&u);
}

Test(wrong_speakers, a_documents_author_with_a_comma_in_its_name)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, report, 0);
    expect_speaker(&u, "HC1/p4/q1", "Department for Environment, Food and Rural Affairs");
    evx_units_free(&u);
}

/* A bullet alone on its line, its item on the next, after a lead-in's
 * colon ("Witnesses identified several reasons for this:" / "•" / "the
 * cost of reaching …", as MuPDF prints a list): the first item had been
 * read as a block quotation, spoken by "Witnesses".  A list is no
 * quotation (fixture mutool-wrapped-url.txt, HC 1174). */
Test(wrong_speakers, a_bullet_list_after_a_colon_is_no_quotation)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "mutool-wrapped-url.txt", "HC 1174");
    cr_expect_null(evx_units_find(&u, "HC1174/p4/q1"));
    cr_expect_null(evx_units_find(&u, "HC1174/p9/q1"));
    cr_expect(strstr(unit(&u, "HC1174/p4")->text, "the cost of reaching dispersed properties"));
    cr_expect(strstr(unit(&u, "HC1174/p9")->text, "review the speed of the universal service"));
    evx_units_free(&u);
}

/* A possessive before the people or the body one heads ("The Minister’s
 * officials conceded", "Mr D’Arcy’s organisation submitted written
 * evidence, which said"): they speak, not the one named, who had been
 * given the words; and a document's author with a bracket in its name
 * ("Department of Health (Northern Ireland), Mental Health Strategy …"),
 * cut at the bracket: another department. */
static const char owners[] =
    "1 Introduction\n"
    "\n"
    "1. The Minister\xE2\x80\x99s officials conceded that \xE2\x80\x9Cthe "
    "data are not yet good enough to say which programmes "
    "work\xE2\x80\x9D.1\n"
    "\n"
    "2. Mr Ciar\xC3\xA1n D\xE2\x80\x99" "Arcy\xE2\x80\x99s organisation "
    "submitted written evidence, which said that \xE2\x80\x9Cthe stepped "
    "care model has a missing step in the middle\xE2\x80\x9D.2\n"
    "\n"
    "3. The Mental Health Strategy commits the Department to \xE2\x80\x9C" "a "
    "regional service with consistent standards\xE2\x80\x9D.3\n"
    "\n"
    "1 Q118\n"
    "2 Youth Minds NI (CMH0011)\n"
    "3 Department of Health (Northern Ireland), Mental Health Strategy "
    "2021\xE2\x80\x93" "2031, June 2021, p 12\n"
    "\n"
    "Witnesses\n"
    "\n"
    "Tuesday 16 January 2019\n"
    "\n"
    "Mr Ciar\xC3\xA1n D\xE2\x80\x99" "Arcy, Chief Executive, Youth Minds "
    "NI\tQ1\xE2\x80\x93" "20\n"
    "\n"
    "Tuesday 23 January 2019\n"
    "\n"
    "Rt Hon Justin Thorncliffe MP, Minister for Disabled People, Department "
    "for Work and Pensions, and Ms Frances de la Mare, Director of Strategy, "
    "Department of Health (Northern Ireland)\tQ87\xE2\x80\x93" "140\n"
    "\n"
    "Published written evidence\n"
    "\n"
    "1\tDepartment of Health (Northern Ireland) (CMH0020)\n"
    "2\tYouth Minds NI (CMH0011)\n";

Test(wrong_speakers, the_people_or_body_one_heads_speak_for_themselves)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, owners, 0);
    expect_speaker(&u, "HC1/p1/q1", NULL);
    expect_speaker(&u, "HC1/p2/q1", "Youth Minds NI");
    expect_speaker(&u, "HC1/p3/q1", "Department of Health (Northern Ireland)");
    evx_units_free(&u);
}

/* The Lords' alphabetical list of witnesses, a row that gives the oral
 * evidence's questions before the written evidence's code (MuPDF:
 * "Professor Ruth Agnew" / "" / "QQ 1–14, WRR0037"): the code's row had
 * been an entry of its own, its submitter called "QQ 1–14,", and her
 * written evidence quoted was given to "QQ 1–14," (fixture
 * mutool-lords-list.txt, an invented report, HL Paper 94). */
Test(wrong_speakers, a_lords_row_with_questions_and_a_code)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "mutool-lords-list.txt", "HL Paper 94");
    cr_expect_str_eq(unit(&u, "HLPaper94/evidence/WRR0037")->title, "Professor Ruth Agnew");
    expect_speaker(&u, "HLPaper94/p3/q1", "Professor Ruth Agnew");
    evx_units_free(&u);
}

/* Supplementary written evidence, its code with a letter after the
 * digits ("(WCD0031A)"), listed after the first submission's code
 * ("Workwise Partnership (WCD0031), (WCD0031A)"): the footnote had been
 * read as a document, its whole text the reference, and the list's entry
 * had been lost. */
Test(wrong_speakers, supplementary_evidence_and_its_code)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1. Workwise Partnership told us that \xE2\x80\x9C" "employers need "
            "clearer guidance\xE2\x80\x9D.1\n\n"
            "1 Workwise Partnership (WCD0031A)\n\n"
            "Published written evidence\n\n"
            "1\tAge Concern Wales (WCD0012)\n"
            "2\tWorkwise Partnership (WCD0031), (WCD0031A)\n",
            0);
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_expect(q->speaker && q->speaker->ref && strcmp(q->speaker->ref, "WCD0031A") == 0 &&
                  q->speaker->kind && strcmp(q->speaker->kind, "written") == 0,
              "%s (%s)", q->speaker && q->speaker->ref ? q->speaker->ref : "-",
              q->speaker && q->speaker->kind ? q->speaker->kind : "-");
    cr_expect_str_eq(unit(&u, "HC1/evidence/WCD0031A")->title, "Workwise Partnership");
    evx_units_free(&u);
}

/* A post with commas in it before its holder's name, set off by commas
 * ("The Minister for Disabled People, Health and Work, the Rt Hon Justin
 * Thorncliffe MP, told us"), with no footnote to decide: the post had
 * been read as a body's name with a person in an aside, and spoke. */
Test(wrong_speakers, a_post_with_commas_before_its_holder)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1. The Minister for Disabled People, Health and Work, the Rt Hon "
            "Justin Thorncliffe MP, told us that \xE2\x80\x9Cthe scheme will be "
            "reviewed next year\xE2\x80\x9D.\n\n"
            "Witnesses\n\nTuesday 16 January 2019\n\n"
            "Rt Hon Justin Thorncliffe MP, Minister for Disabled People, Health "
            "and Work, Department for Work and Pensions\tQ87\xE2\x80\x93" "140\n",
            0);
    expect_speaker(&u, "HC1/p1/q1", "Rt Hon Justin Thorncliffe MP");
    evx_units_free(&u);
}
