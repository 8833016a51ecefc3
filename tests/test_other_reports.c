/*
 * test_other_reports.c - passages in the forms of other committees' web
 * editions (Liaison Committee 2012 and 2019, Procedure Committee 1999 and
 * 2009), read the way the pipeline reads them (read, merge, footnote
 * links, attribution): who each quotation is given to, and that no line
 * is left out.  The words are the reports' own, shortened; nothing in the
 * code knows them.
 */
#define _DEFAULT_SOURCE /* mkdtemp, nftw */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"
#include "readutil.h"
#include "testutil.h"

/* 2009: quotations in single marks, the speakers named before them, one
 * after a verb of thinking, and a name the paragraph gave before. */
Test(other_reports, single_marks_and_their_speakers)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "3  Tabling Questions\n\n"
                 "12.  David Laws MP noted that using questions 'in an utterly "
                 "frivolous way would run the risk of bringing the system into "
                 "disrepute'.[22]\n\n"
                 "13.  The then Leader of the House, Jack Straw MP, told us that "
                 "many questions tabled were 'without serious value'.[23]\n\n"
                 "14.  Others argued that this applies to the examples cited "
                 "by Mr Straw. Oliver Heald MP believed that 'identifying "
                 "waste in Government is a valid reason for tabling "
                 "questions'.[24] Alan Haselhurst MP thought that 'the "
                 "rules are clear enough as they stand'.[25]\n\n"
                 "22 Q 12\n\n23 Ev 45\n\n24 Ev 60\n\n25 Ev 61\n");
    expect_speaker(&u, "HC1/p12/q1", "David Laws MP");
    expect_speaker(&u, "HC1/p13/q1", "Jack Straw MP");
    expect_speaker(&u, "HC1/p14/q1", "Oliver Heald MP");
    /* "thought" is no verb of saying: the one thinking, or no one; never
     * Mr Straw, whom the paragraph named before */
    const evx_unit *q = unit(&u, "HC1/p14/q2");
    cr_expect(q->speaker && (!q->speaker->name ||
                             strcmp(q->speaker->name, "Alan Haselhurst MP") == 0),
              "got %s (%s)", q->speaker ? q->speaker->name : "-",
              q->speaker ? q->speaker->evidence : "-");
    evx_units_free(&u);
}

/* 1999 and 2012: a "by" that names no source gives no speaker; the
 * document a footnote cites does. */
Test(other_reports, by_that_names_no_source)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. Committees have been strengthened by \"Wright reforms\" "
                 "agreed after the report of the committee chaired by Tony "
                 "Wright.[1]\n\n"
                 "2. There will be a plan to be voted by the House, which "
                 "will contain the following:\n\n"
                 "      a detailed breakdown of the Estimate and material "
                 "relating to longer term plans.\n\n"
                 "3. Another paragraph follows.\n\n"
                 "1 House of Commons Reform Committee, First Report of Session "
                 "2008-09, HC 1117\n");
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_expect(q->speaker && q->speaker->name &&
                  strstr(q->speaker->name, "Reform Committee") != NULL,
              "got %s (%s)", q->speaker ? q->speaker->name : "-",
              q->speaker ? q->speaker->evidence : "-");
    expect_speaker(&u, "HC1/p2/q1", NULL);
    evx_units_free(&u);
}

/* 2019: a glued marker after a closing quote, a speaker with a post
 * before the name, a writer in a newspaper. */
Test(other_reports, posts_before_names_and_glued_markers)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "2The work of committees\n\nThe core tasks\n\n"
                 "10.The primary purpose of select committees remains \xE2\x80\x9C"
                 "to examine the expenditure, administration and policy of "
                 "the principal government departments\xE2\x80\x9D.9 But as "
                 "former Permanent Secretary Dame Una O\xE2\x80\x99" "Brien told "
                 "us, \xE2\x80\x9C" "As each Parliament takes up the cudgel, the "
                 "world out there is changing\xE2\x80\x9D.10\n\n"
                 "Background\n\n"
                 "11.Writing in The Times in April 2003, Peter Riddell noted "
                 "that select committees were \xE2\x80\x9C" "adopting a more "
                 "methodical and less ad hoc approach\xE2\x80\x9D.\n\n"
                 "Footnotes\n\n9 Standing Order No. 152\n\n"
                 "10 Q12 [Dame Una O\xE2\x80\x99" "Brien]\n");
    expect_speaker(&u, "HC1/p10/q1", "Standing Order No. 152");
    expect_speaker(&u, "HC1/p10/q2", "Dame Una O\xE2\x80\x99" "Brien");
    expect_speaker(&u, "HC1/p11/q1", "Peter Riddell");
    cr_expect_str_eq(unit(&u, "HC1/p11")->section, "Background");
    evx_units_free(&u);
}

/* Names as other reports print them, none registered: a peer with the
 * place of the title (there are several Baronesses Smith), a post set off
 * by commas before the verb, an organisation with its abbreviation in
 * brackets. */
Test(other_reports, peers_posts_and_bracketed_abbreviations)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. Baroness Smith of Basildon said \xE2\x80\x9C" "the duty "
                 "must be clear to every provider\xE2\x80\x9D.1\n\n"
                 "2. Lord Hunt of Kings Heath told us that \xE2\x80\x9C" "the "
                 "reforms went too far too fast\xE2\x80\x9D.2\n\n"
                 "3. The Minister, Rt Hon Jane Doe MP, told us: \xE2\x80\x9C"
                 "We will publish the plan this year.\xE2\x80\x9D" "3\n\n"
                 "4. The British Medical Association (BMA) told us that "
                 "\xE2\x80\x9C" "doctors were not consulted on the plans"
                 "\xE2\x80\x9D.4\n\n"
                 "Footnotes\n\n1 Q10\n\n2 Q20\n\n3 Q30\n\n4 Q40\n");
    expect_speaker(&u, "HC1/p1/q1", "Baroness Smith of Basildon");
    expect_speaker(&u, "HC1/p2/q1", "Lord Hunt of Kings Heath");
    const evx_unit *q = unit(&u, "HC1/p3/q1");
    /* the verb after the comma is no post: "told us" had been the role;
     * the post before the name is ("The Minister, …") */
    cr_expect(q->speaker && q->speaker->name &&
                  strstr(q->speaker->name, "Jane Doe") != NULL &&
                  q->speaker->role && strcmp(q->speaker->role, "Minister") == 0,
              "got %s, role %s", q->speaker ? q->speaker->name : "-",
              q->speaker ? q->speaker->role : "-");
    /* no bracket left open: "The British Medical Association (BMA" */
    expect_speaker(&u, "HC1/p4/q1", "The British Medical Association (BMA)");
    evx_units_free(&u);
}

/* A reply is said too, and an organisation in brackets after a name is
 * the person's, not part of the name. */
Test(other_reports, replies_and_organisations_in_brackets)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. When asked whether the plans were ready, Jane Doe replied "
                 "that \xE2\x80\x9C" "they would be ready by the spring at the "
                 "latest\xE2\x80\x9D.1\n\n"
                 "2. Jane Doe (Water UK) told us that \xE2\x80\x9C" "the "
                 "companies were ready to invest\xE2\x80\x9D.2\n\n"
                 "Footnotes\n\n1 Q10\n\n2 Q20\n");
    expect_speaker(&u, "HC1/p1/q1", "Jane Doe");
    const evx_unit *q = unit(&u, "HC1/p2/q1");
    cr_expect(q->speaker && q->speaker->name &&
                  strcmp(q->speaker->name, "Jane Doe") == 0 &&
                  q->speaker->org && strcmp(q->speaker->org, "Water UK") == 0,
              "got %s of %s", q->speaker ? q->speaker->name : "-",
              q->speaker ? q->speaker->org : "-");
    evx_units_free(&u);
}

/* Two people named together, neither registered nor titled, speak
 * together ("Both Jane Doe and John Roe told us" had given the words to
 * John Roe alone). */
Test(other_reports, two_unregistered_people_speak_together)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. Both Jane Doe and John Roe told us that \xE2\x80\x9C" "the "
                 "plans had not been consulted on at all\xE2\x80\x9D.1\n\n"
                 "2. Jane Doe and John Roe both told us that \xE2\x80\x9C" "the "
                 "money would not be enough for the work\xE2\x80\x9D.2\n\n"
                 "3. Greater Manchester and West Yorkshire have devolved "
                 "budgets. It was put to us that \xE2\x80\x9C" "devolution "
                 "made the difference to what could be done\xE2\x80\x9D.3\n\n"
                 "4. Greater Manchester (GM) has a devolved budget. It was put "
                 "to us that \xE2\x80\x9C" "devolution made the difference to "
                 "the plans\xE2\x80\x9D.4\n\n"
                 "Footnotes\n\n1 Q10\n\n2 Q20\n\n3 Q30\n\n4 Q40\n");
    expect_speaker(&u, "HC1/p1/q1", "Jane Doe and John Roe");
    expect_speaker(&u, "HC1/p2/q1", "Jane Doe and John Roe");
    /* places named together, or with an abbreviation, are no one
     * speaking */
    expect_speaker(&u, "HC1/p3/q1", NULL);
    expect_speaker(&u, "HC1/p4/q1", NULL);
    evx_units_free(&u);
}

/* "found" and "showed" report what a body or its evidence says: the body
 * that found it speaks, and a lead-in whose own subject names no one ("The
 * evidence showed that") is not the body the paragraph named before. */
Test(other_reports, findings_and_their_subjects)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. The National Audit Office found that \xE2\x80\x9C" "the "
                 "funding had not kept pace with the rise in demand\xE2\x80\x9D.1"
                 "\n\n"
                 "2. Health Education England, however, has struggled. The "
                 "evidence showed that \xE2\x80\x9C" "the partnership had made "
                 "real progress on this\xE2\x80\x9D.2\n\n"
                 "Footnotes\n\n1 National Audit Office, Financial sustainability "
                 "of the NHS, HC 785, November 2016\n\n2 Q30\n");
    expect_speaker(&u, "HC1/p1/q1", "National Audit Office");
    expect_speaker(&u, "HC1/p2/q1", NULL);
    evx_units_free(&u);
}

/* "X of Y said": a person and the organisation, not one body named "Chris
 * Hopson of NHS Providers". */
Test(other_reports, a_person_of_an_organisation)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. Chris Hopson of NHS Providers said that \xE2\x80\x9C" "the "
                 "trusts could not do more with less\xE2\x80\x9D.1\n\n"
                 "2. Dr Ann Jones of the University of Leeds argued that "
                 "\xE2\x80\x9C" "the evidence for the model was thin\xE2\x80\x9D.2"
                 "\n\n"
                 "Footnotes\n\n1 Q10\n\n2 Q20\n");
    const char *want[][2] = {{"HC1/p1/q1", "Chris Hopson"},
                             {"HC1/p2/q1", "Dr Ann Jones"}};
    const char *org[] = {"NHS Providers", "University of Leeds"};
    for (size_t k = 0; k < 2; k++) {
        const evx_unit *q = unit(&u, want[k][0]);
        cr_expect(q->speaker && q->speaker->name &&
                      strcmp(q->speaker->name, want[k][1]) == 0 &&
                      q->speaker->org && strcmp(q->speaker->org, org[k]) == 0,
                  "%s: got %s of %s", want[k][0],
                  q->speaker ? q->speaker->name : "-",
                  q->speaker ? q->speaker->org : "-");
    }
    evx_units_free(&u);
}

/* 2011 (Transport Committee): straight quotation marks, bodies speaking,
 * and a clause after the quotation with a speaker and words of its own:
 * "Lincolnshire County Council described forecasts as "accurate and
 * timely" and British Airways pointed out that …" had given the council's
 * words to British Airways. */
Test(other_reports, a_clause_after_the_quotation_speaks_its_own_words)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "2  Preparing better for severe weather\n\n"
                 "10. Witnesses were generally content with the forecasts. "
                 "Lincolnshire County Council, for example, described "
                 "forecasts as \"accurate and timely\" and British Airways "
                 "pointed out that the Met Office had predicted the "
                 "snowstorm exactly.\n\n"
                 "11. The airports found the warnings \"too vague to act "
                 "on\", while Heathrow Airport told us that it had planned "
                 "for a mild winter.\n\n"
                 "12. Forecasts were \"better than in any earlier winter\", "
                 "Mr Paul Smith told us, adding that the roads had been "
                 "gritted.\n\n"
                 "13. Councils found forecasts \"accurate enough\"; Mr John "
                 "Roe said that salt stocks were low.\n");
    expect_speaker(&u, "HC1/p10/q1", "Lincolnshire County Council");
    expect_speaker(&u, "HC1/p11/q1", NULL);
    expect_speaker(&u, "HC1/p12/q1", "Mr Paul Smith");
    expect_speaker(&u, "HC1/p13/q1", NULL);
    evx_units_free(&u);
}

/* 2011: the printed evidence's pages with the witness in brackets ("Ev 63
 * [Lincolnshire County Council]; Ev 92 [British Airways]"): the footnote
 * names the speaker, and of two the one the sentence names. */
Test(other_reports, printed_evidence_pages_with_their_witnesses)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "2  Preparing better for severe weather\n\n"
                 "10. One council described the forecasts as \"accurate and "
                 "timely\".[31]\n\n"
                 "11. British Airways called the forecasts \"as good as any "
                 "we have had\".[32]\n\n"
                 "12. The forecasts were \"a great help\".[33]\n\n"
                 "31 Ev 63 [Lincolnshire County Council]\n\n"
                 "32 Ev 63 [Lincolnshire County Council]; Ev 92 [British "
                 "Airways]\n\n"
                 "33 Ev 92, para 4\n");
    expect_speaker(&u, "HC1/p10/q1", "Lincolnshire County Council");
    expect_speaker(&u, "HC1/p11/q1", "British Airways");
    expect_speaker(&u, "HC1/p12/q1", NULL);
    const evx_unit *q = unit(&u, "HC1/p11/q1");
    cr_expect(q->speaker && q->speaker->ref &&
                  strcmp(q->speaker->ref, "Ev 92") == 0,
              "ref %s", q->speaker ? q->speaker->ref : "-");
    evx_units_free(&u);
}

/* Lead-ins that give a name and its words without the usual verbs: a
 * reply, a disagreement, a colon before a sentence, "X's evidence was
 * that" (none had been read as a quotation), and a name printed with its
 * possessive, which is not part of it ("Mr Paul Smith’s" had been the
 * speaker's name). */
Test(other_reports, replies_colons_and_possessives)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. Asked whether funding was enough, Mr Paul Smith replied: "
                 "\"It is not, and it never has been.\"\n\n"
                 "2. The Minister, Jane Doe MP, disagreed: \"We have given "
                 "councils more than ever.\"\n\n"
                 "3. Mr John Roe\xE2\x80\x99s evidence was that \"the gap "
                 "cannot be closed by savings alone\".\n\n"
                 "4. Dr Ann Jones was sceptical: \"I do not think it will "
                 "work.\"\n\n"
                 "5. Responding to Mr John Roe\xE2\x80\x99s concerns, the "
                 "Minister said: \"We will look at this again.\"\n");
    expect_speaker(&u, "HC1/p1/q1", "Mr Paul Smith");
    expect_speaker(&u, "HC1/p2/q1", "Jane Doe MP");
    expect_speaker(&u, "HC1/p3/q1", "Mr John Roe");
    expect_speaker(&u, "HC1/p4/q1", "Dr Ann Jones");
    expect_speaker(&u, "HC1/p5/q1", NULL);
    evx_units_free(&u);
}

/* Footnotes in other reports' forms: another committee's evidence cited by
 * its report and question ("Health Committee, …, HC 123, Q45 [Mr Paul
 * Smith]" had given the words to the Health Committee, as a document's
 * author); a written evidence code with its submitter in brackets after
 * it (had named no one); a person's written evidence (had been his own
 * organisation). */
Test(other_reports, footnotes_citing_other_committees_and_codes)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. Witnesses said the plans were \"simply unworkable\".[1]"
                 "\n\n"
                 "2. Others said they were \"badly costed\".[2]\n\n"
                 "3. One doctor said they were \"late already\".[3]\n\n"
                 "1 Health Committee, Third Report of Session 2016\xE2\x80\x93"
                 "17, HC 123, Q45 [Mr Paul Smith]\n\n"
                 "2 ABC0012 (British Medical Association)\n\n"
                 "3 Evidence from Dr Ann Jones (ABC0013)\n");
    expect_speaker(&u, "HC1/p1/q1", "Mr Paul Smith");
    expect_speaker(&u, "HC1/p2/q1", "British Medical Association");
    expect_speaker(&u, "HC1/p3/q1", "Dr Ann Jones");
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_expect(q->speaker && q->speaker->kind &&
                  strcmp(q->speaker->kind, "other") == 0,
              "kind %s", q->speaker ? q->speaker->kind : "-");
    q = unit(&u, "HC1/p3/q1");
    cr_expect(q->speaker && !q->speaker->org, "org %s",
              q->speaker ? q->speaker->org : "-");
    evx_units_free(&u);
}

/* A word opening the sentence is no part of the name after it ("Yet the
 * Government said" had made a body named "Yet the Government"). */
Test(other_reports, a_sentence_opener_is_no_part_of_a_name)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. Dr Ann Jones told us about the problem. Yet the "
                 "Government said \"the plans are in hand\".\n\n"
                 "2. But NHS England told us that \"the plans are late\".\n");
    expect_speaker(&u, "HC1/p1/q1", "Government");
    expect_speaker(&u, "HC1/p2/q1", "NHS England");
    evx_units_free(&u);
}

/* A footnote naming two witnesses (the House of Lords' "Q 45 (Professor
 * Jane Doe); Q 47 (Dr Bob Roe)") under a sentence naming the second after
 * its quotation ("…”, according to Dr Bob Roe"): his words, where the one
 * listed first had been taken. */
Test(other_reports, of_two_named_refs_the_one_named_after_the_quotation)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. The plans were \"simply unworkable\", according to Dr "
                 "Bob Roe.[1]\n\n"
                 "2. Dr Bob Roe said they were \"badly costed\".[2]\n\n"
                 "1 Q 45 (Professor Jane Doe); Q 47 (Dr Bob Roe)\n\n"
                 "2 Q 45 (Professor Jane Doe), Q 47 (Dr Bob Roe)\n");
    expect_speaker(&u, "HC1/p1/q1", "Dr Bob Roe");
    expect_speaker(&u, "HC1/p2/q1", "Dr Bob Roe");
    evx_units_free(&u);
}

/* A written evidence list that prints a person surname first ("3 Doe, Ms
 * Jane (WQY0003)"): her words cited by the code are Ms Jane Doe's, with
 * no organisation (they had been "Doe, Ms Jane" of "Doe, Ms Jane"). */
Test(other_reports, a_list_that_prints_surnames_first)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "2 Water quality\n\n"
                 "10. One witness said that \"bills would have to rise\".[1]"
                 "\n\n"
                 "Footnotes\n\n1 Ms Jane Doe (WQY0003)\n\n"
                 "Published written evidence\n\n"
                 "The following written evidence was received and can be "
                 "viewed on the inquiry publications page of the "
                 "Committee\xE2\x80\x99s website.\n\n"
                 "1 Angling Trust (WQY0001)\n\n"
                 "2 Water UK (WQY0002)\n\n"
                 "3 Doe, Ms Jane (WQY0003)\n");
    expect_speaker(&u, "HC1/p10/q1", "Ms Jane Doe");
    const evx_unit *q = unit(&u, "HC1/p10/q1");
    cr_expect(q->speaker && !q->speaker->org && q->speaker->kind &&
                  strcmp(q->speaker->kind, "written") == 0,
              "org %s kind %s", q->speaker ? q->speaker->org : "-",
              q->speaker ? q->speaker->kind : "-");
    evx_units_free(&u);
}

/* A witness list with its column head on a line of its own ("Question
 * number" had been a panel of one witness so named) and a department of
 * state whose name holds commas: "Director General, Department for
 * Environment, Food and Rural Affairs" had made the organisation "Food and
 * Rural Affairs" and the rest her post. */
Test(other_reports, a_witness_list_with_a_department_of_state)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "2 Water quality\n\n"
                 "10. Ms Brown said \"the regulator is too weak\".[1]\n\n"
                 "Footnotes\n\n1 Q70\n\n"
                 "Witnesses\n\n"
                 "The following witnesses gave evidence. Transcripts can be "
                 "viewed on the inquiry publications page of the "
                 "Committee\xE2\x80\x99s website.\n\n"
                 "Tuesday 12 March 2019\nQuestion number\n\n"
                 "Jane Doe, Chief Executive, and Tom Smith, Director of "
                 "Policy, Water UK Q1\xE2\x80\x93" "45\n\n"
                 "Wednesday 20 March 2019\n\n"
                 "Rt Hon Peter Jones MP, Secretary of State, and Sarah Brown, "
                 "Director General, Department for Environment, Food and "
                 "Rural Affairs Q46\xE2\x80\x93" "90\n");
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_assert_eq(w->n_people, 2);
    cr_expect_str_eq(w->people[0].name, "Jane Doe");
    w = unit(&u, "HC1/witness/2");
    cr_assert_eq(w->n_people, 2);
    for (size_t k = 0; k < 2; k++)
        cr_expect_str_eq(w->people[k].org,
                         "Department for Environment, Food and Rural Affairs");
    cr_expect_str_eq(w->people[1].role, "Director General");
    cr_expect_null(evx_units_find(&u, "HC1/witness/3"));
    const evx_unit *q = unit(&u, "HC1/p10/q1");
    cr_expect(q->speaker && q->speaker->name &&
                  strcmp(q->speaker->name, "Sarah Brown") == 0 &&
                  q->speaker->org &&
                  strcmp(q->speaker->org, "Department for Environment, Food "
                                          "and Rural Affairs") == 0,
              "got %s of %s", q->speaker ? q->speaker->name : "-",
              q->speaker ? q->speaker->org : "-");
    evx_units_free(&u);
}

/* Three witnesses of one surname in one panel: a title that only one of
 * them holds names her or him ("Dr Smith", "Professor Smith"), and "Mr
 * Smith" is the one who is neither a doctor nor a professor (all six had
 * been unknown; none may be another Smith). */
Test(other_reports, one_surname_told_apart_by_title)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "2 Water quality\n\n"
                 "10. Mr Smith told us that \"the rivers are in a poor "
                 "state\".[1] Dr Smith said \"we need more money\".[2]\n\n"
                 "11. Professor Smith said \"the plans are good\".[3]\n\n"
                 "Footnotes\n\n1 Q40\n\n2 Q41\n\n3 Q45\n\n"
                 "Witnesses\n\nTuesday 12 March 2019\n\n"
                 "Tom Smith, Director of Policy, Water UK; Dr Anne Smith, "
                 "Research Fellow, University of Leeds; and Professor Alan "
                 "Smith, Chair, Rivers Trust Q1\xE2\x80\x93" "45\n");
    expect_speaker(&u, "HC1/p10/q1", "Tom Smith");
    expect_speaker(&u, "HC1/p10/q2", "Dr Anne Smith");
    expect_speaker(&u, "HC1/p11/q1", "Professor Alan Smith");
    evx_units_free(&u);
}

/* Two quotations in one sentence, each with its speaker: named after it
 * with the verb first ("“…,” said Mr Paul Smith; “…,” replied Dr Ann
 * Jones": the second had been Mr Smith's, named before it), or before it
 * in a clause of her own ("Whereas Dr Ann Jones thought them “…”, Mr Paul
 * Smith told us …": the first had been his). */
Test(other_reports, two_quotations_of_a_sentence_and_their_speakers)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1. \"A total disaster for patients,\" said Mr Paul Smith; "
                 "\"a real success for staff,\" replied Dr Ann Jones.\n\n"
                 "2. Whereas Dr Ann Jones thought them \"a real success\", Mr "
                 "Paul Smith told us they were \"a total disaster\".\n\n"
                 "3. Noting that the plans \"had been tried before\", Mr Paul "
                 "Smith told the Committee of Public Accounts that it should "
                 "not spend \"another several years on them\".\n");
    expect_speaker(&u, "HC1/p1/q1", "Mr Paul Smith");
    expect_speaker(&u, "HC1/p1/q2", "Dr Ann Jones");
    expect_speaker(&u, "HC1/p2/q1", "Dr Ann Jones");
    expect_speaker(&u, "HC1/p2/q2", "Mr Paul Smith");
    expect_speaker(&u, "HC1/p3/q1", "Mr Paul Smith");
    expect_speaker(&u, "HC1/p3/q2", "Mr Paul Smith");
    evx_units_free(&u);
}

/* A House of Lords list of witnesses ("Appendix 2: List of witnesses",
 * panels marked "**" or "*", undated, with "QQ 1–10" ranges; then every
 * witness by name, with codes): its panels are read, so a footnote giving
 * only a question names the one the lead-in names of that panel, or the
 * panel's only witness (the appendix had been skipped whole, and "Q 12"
 * named no one). */
Test(other_reports, a_lords_list_of_witnesses)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "Chapter 2: Funding\n\n"
                 "8.Professor Jane Doe told us that the sector was "
                 "\xE2\x80\x9C" "at breaking point\xE2\x80\x9D.3\n\n"
                 "9.The sector\xE2\x80\x99s costs were \xE2\x80\x9Crising "
                 "faster than its income\xE2\x80\x9D.4\n\n"
                 "Appendix 2: List of witnesses\n\n"
                 "Evidence is published online at https://committees."
                 "parliament.uk/work/123 and available for inspection at the "
                 "Parliamentary Archives (020 7219 3074).\n\n"
                 "Oral evidence in chronological order\n\n"
                 "** Professor Jane Doe, University of Leeds QQ 1\xE2\x80\x93"
                 "10\n\n"
                 "* Dr Bob Roe, Chief Executive, Water UK QQ 11\xE2\x80\x93"
                 "20\n\n"
                 "Alphabetical list of all witnesses\n\n"
                 "Angling Trust ABC0001\n\n"
                 "** Professor Jane Doe, University of Leeds ABC0002\n\n"
                 "3 Q 4\n\n4 Q 12\n");
    const evx_unit *w = unit(&u, "HC1/witness/2");
    cr_expect_eq(w->q_first, 11);
    cr_expect_eq(w->q_last, 20);
    cr_assert_eq(w->n_people, 1);
    cr_expect_str_eq(w->people[0].name, "Dr Bob Roe");
    expect_speaker(&u, "HC1/p8/q1", "Professor Jane Doe");
    expect_speaker(&u, "HC1/p9/q1", "Dr Bob Roe");
    cr_expect_str_eq(unit(&u, "HC1/evidence/ABC0002")->title,
                     "Professor Jane Doe, University of Leeds");
    evx_units_free(&u);
}

/* HC 179's printed report with its list of witnesses in the House of
 * Lords' form ("Appendix 2: List of witnesses", undated panels marked "*"
 * with "QQ" ranges): every quotation has the speaker it has from the
 * report as printed (25 had differed, most of them named no one). */
Test(other_reports, hc179_with_a_lords_list_of_witnesses)
{
    static const char lords[] =
        "Appendix 2: List of witnesses\n\n"
        "Evidence is published online and available for inspection at the "
        "Parliamentary Archives.\n\n"
        "Oral evidence in chronological order\n\n"
        "* Professor Tamara Galloway, Professor of Ecotoxicology, University "
        "of Exeter, Dr Erik van Sebille, Faculty of Natural Sciences, the "
        "Grantham Institute for Climate Change, Imperial College, and "
        "Professor Frank Kelly, Professor of Environmental Health, King\xE2"
        "\x80\x99s College London QQ 1\xE2\x80\x93" "64\n\n"
        "* Francisco Morcillo, Public & Industrial Affairs Manager, British "
        "Plastics Federation, Dr Laura Foster, Head of Pollution, Marine "
        "Conservation Society, Sarah Baulch, Oceans Campaigner, "
        "Environmental Investigation Agency, and Daniel Steadman, Marine "
        "Plastics Projects Manager, Fauna & Flora International QQ 65\xE2"
        "\x80\x93" "164\n\n"
        "* John Chave, Director General, Cosmetics Europe, and Dr Chris "
        "Flower, Director General, The Cosmetics, Toiletry and Perfumery "
        "Association QQ 165\xE2\x80\x93" "262\n\n"
        "* Professor Richard Thompson, Professor of Marine Biology, Plymouth "
        "University QQ 263\xE2\x80\x93" "286\n\n"
        "* George Eustice MP, Minister of State for Farming, Food and the "
        "Marine Environment, DEFRA, Dr Gemma Harper, Deputy Director for "
        "Marine and Chief Social Scientist, DEFRA, and Thomas Maes, National "
        "& International Monitoring Programmes Co-ordinator, Centre for "
        "Environment Fisheries and Aquaculture Science QQ 287\xE2\x80\x93"
        "400\n\n"
        "* Dr Laurent Gilbert, Director for International Development of "
        "Advanced Research at L\xE2\x80\x99Or\xC3\xA9" "al, Ian Malcomber, "
        "Science Director at Unilever, and Dr Patrick Masscheleyn, Director "
        "R&D Beauty Care and Global Product Stewardship, Procter & Gamble "
        "QQ 401\xE2\x80\x93" "511\n\n";
    char path[512], dir[] = "/tmp/evx_lords_XXXXXX", out[600];
    const char *src = getenv("EVX_SOURCE_DIR");
    snprintf(path, sizeof path, "%s/corpus/hc179-microplastics.txt",
             src ? src : EVX_SOURCE_DIR);
    size_t len = 0;
    char *text = tu_slurp(path, &len, 1);
    const char *a = strstr(text, "Witnesses The following witnesses");
    const char *b = a ? strstr(a, "Published written evidence The following")
                      : NULL;
    cr_assert(a && b);
    while (b > a && b[-1] != '\n')
        b--; /* from the page header line before the next part */
    cr_assert_not_null(mkdtemp(dir));
    snprintf(out, sizeof out, "%s/hc179.txt", dir);
    FILE *f = fopen(out, "w");
    cr_assert_not_null(f);
    fwrite(text, 1, (size_t)(a - text), f);
    fputs(lords, f);
    fwrite(b, 1, len - (size_t)(b - text), f);
    fclose(f);

    evx_units orig = EVX_UNITS_INIT, v = EVX_UNITS_INIT;
    tu_read_units(&orig, path, "hc179.txt", "HC 179");
    tu_read_units(&v, out, "hc179.txt", "HC 179");
    size_t panels = 0, quotes = 0;
    for (size_t i = 0; i < v.len; i++) {
        const evx_unit *u = v.items[i];
        panels += u->type == EVX_UNIT_WITNESS;
        if (u->type != EVX_UNIT_QUOTATION)
            continue;
        const evx_unit *o = evx_units_find(&orig, u->id);
        cr_assert_not_null(o, "%s", u->id);
        const char *sv = u->speaker ? u->speaker->name : NULL;
        const char *so = o->speaker ? o->speaker->name : NULL;
        cr_expect((!sv && !so) || (sv && so && strcmp(sv, so) == 0),
                  "%s: %s, printed %s", u->id, sv ? sv : "-", so ? so : "-");
        quotes++;
    }
    cr_expect_eq(panels, 6);
    cr_expect_gt(quotes, 90);
    evx_units_free(&orig);
    evx_units_free(&v);
    free(text);
    tu_rm_tree(dir);
}

/* A box, figure or table that a page set inside a paragraph, before the
 * paragraph's sentence ended: the box is a unit of its own and the
 * paragraph goes on after it, whether the rest opens in lower case or
 * after the box's source line in a capital, and a box's own list or a
 * second box does not end it.  The paragraph's lines after the box had
 * gone into the box (lower case) or been lost (a capital: taken, in a
 * web copy, for a section heading with no warning), in both readers. */
Test(other_reports, a_box_a_page_floated_into_a_paragraph)
{
    static const char *const boxes[] = {
        "Box 1: Delays at airports\n\nAirports closed for 5 days.\n\n"
        "Source: Airport Operators Association\n\n",
        "Figure 2: Salt used by councils\n\nCouncils used 1.2 million "
        "tonnes.\n\n",
        "Table 3: Stocks of salt\n\na) stocks held by councils;\n\n"
        "b) stocks held by suppliers.\n\nSources: Councils; suppliers\n\n"
        "Box 4: Gritting\n\nRoads were gritted twice.\n\n"
        "Source: Highways Agency\n\n"};
    static const char *const rest[] = {"the Met Office warned of the snow.",
                                       "the Met Office warned of the snow.",
                                       "Met Office warnings came a week "
                                       "before."};
    const char *head = "1 The winter of 2010\n\n1. Snow fell early that "
                       "winter.\n\n2. Councils had been told in November "
                       "that\n\n";
    const char *tail = "\n\n3. Salt ran short in January.\n";
    for (int form = 0; form < 2; form++)
        for (size_t k = 0; k < sizeof boxes / sizeof *boxes; k++) {
            char text[1024], want[256];
            const char *r = rest[k];
            snprintf(text, sizeof text, "%s%s%s%s", head, boxes[k], r, tail);
            snprintf(want, sizeof want, "Councils had been told in November "
                                        "that %s", r);
            evx_units u = EVX_UNITS_INIT;
            read_as(&u, text, form);
            const evx_unit *p2 = unit(&u, "HC1/p2");
            cr_expect_str_eq(p2->text, want, "form %d, box %zu", form, k);
            cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                             "Salt ran short in January.");
            cr_expect_null(unit(&u, "HC1/p3")->section, "form %d, box %zu",
                           form, k);
            size_t nbox = 0;
            for (size_t i = 0; i < u.len; i++)
                if (u.items[i]->type == EVX_UNIT_BOX) {
                    nbox++;
                    cr_expect(!strstr(u.items[i]->text, "Met Office"),
                              "form %d, box %zu: %s", form, k,
                              u.items[i]->text);
                }
            cr_expect_eq(nbox, k == 2 ? 2u : 1u, "form %d, box %zu", form, k);
            evx_units_free(&u);
        }
    /* a section heading after the box: the paragraph had ended (a list
     * item without its stop), and the heading is the next paragraph's */
    for (int form = 0; form < 2; form++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "%s%sWinter preparedness\n\n3. Salt ran short in January.\n",
                 head, boxes[0]);
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, form);
        cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                         "Councils had been told in November that", "form %d",
                         form);
        const evx_unit *p3 = unit(&u, "HC1/p3");
        cr_expect(p3->section &&
                      strcmp(p3->section, "Winter preparedness") == 0,
                  "form %d: %s", form, p3->section);
        evx_units_free(&u);
    }
}

/* The Public Accounts Committee's form: a summary, an introduction and
 * the conclusions and recommendations come before chapter 1, the items
 * numbered from 1 with a "Recommendation:" each and no "(Paragraph N)";
 * the chapters' paragraphs then number from 1.  The items had been one
 * summary block (printed) or paragraphs 1 and 2, with the report's own
 * paragraphs 1 and 2 run into the second (web). */
Test(other_reports, recommendations_before_the_chapters)
{
    static const char *const front =
        "Summary\n\nThe collapse of the company left 420 public contracts "
        "without a supplier.\n\n"
        "Introduction\n\nOn 15 January 2018 the company went into "
        "liquidation.\n\n"
        "Conclusions and recommendations\n\n"
        "1. Government was not prepared for the collapse. The Cabinet Office "
        "did not plan for a supplier of this size failing.\n"
        "Recommendation: The Cabinet Office should set out how it will plan "
        "for the failure of any strategic supplier.\n\n"
        "2. The cost to the taxpayer is not yet known.\n"
        "Recommendation: The Cabinet Office should report the full cost "
        "within six months.\n\n"
        "1 Managing the collapse\n\n"
        "1. On the basis of a report by the Comptroller and Auditor General, "
        "we took evidence from the Cabinet Office.\n\n"
        "Preparing for failure\n\n"
        "2. The Cabinet Office told us that it had monitored the company "
        "closely.\n\n"
        "2 Lessons for the future\n\n"
        "3. We are concerned that government does not know what it spent.\n";
    for (int form = 0; form < 2; form++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, front, form);
        const evx_unit *r1 = unit(&u, "HC1/r1"), *r2 = unit(&u, "HC1/r2");
        cr_expect_eq(r1->type, EVX_UNIT_RECOMMENDATION, "form %d", form);
        cr_expect_eq(r2->type, EVX_UNIT_RECOMMENDATION, "form %d", form);
        cr_expect(strncmp(r1->text, "Government was not prepared", 27) == 0 &&
                      strstr(r1->text, "Recommendation: The Cabinet Office "
                                       "should set out") != NULL,
                  "form %d: %s", form, r1->text);
        cr_expect(strncmp(r2->text, "The cost to the taxpayer", 24) == 0 &&
                      !strstr(r2->text, "Managing"),
                  "form %d: %s", form, r2->text);
        static const char *const starts[] = {"On the basis", "The Cabinet",
                                             "We are concerned"};
        static const char *const chapters[] = {"Managing the collapse",
                                               "Managing the collapse",
                                               "Lessons for the future"};
        for (int k = 0; k < 3; k++) {
            char id[32];
            snprintf(id, sizeof id, "HC1/p%d", k + 1);
            const evx_unit *p = unit(&u, id);
            cr_expect(strncmp(p->text, starts[k], strlen(starts[k])) == 0,
                      "form %d: %s: %s", form, id, p->text);
            cr_expect(p->chapter_title &&
                          strcmp(p->chapter_title, chapters[k]) == 0,
                      "form %d: %s: %s", form, id, p->chapter_title);
        }
        cr_expect_str_eq(unit(&u, "HC1/p2")->section, "Preparing for failure");
        evx_units_free(&u);
    }
}

/* The House of Lords' "Summary of conclusions and recommendations" heads
 * the closing list as the Commons' "Conclusions and recommendations"
 * does.  Printed, the page layer had split "Summary" off it, and the
 * footnote above had run on over the heading and the whole list; in a web
 * copy one item was unplaced and the other read as a footnote. */
Test(other_reports, a_lords_summary_of_conclusions_and_recommendations)
{
    static const char *const text =
        "Chapter 1: Introduction\n\n"
        "1. The Committee was appointed in June 2017.\n\n"
        "2. We took evidence from twenty witnesses.\n\n"
        "Chapter 2: The work of committees\n\n"
        "3. Committees should publish their reports in full.\n\n"
        "4. Sir John Smith told us that \xE2\x80\x9Creports are too "
        "long\xE2\x80\x9D.1\n\n"
        "1 Q 12 (Sir John Smith)\n\n"
        "Summary of conclusions and recommendations\n\n"
        "1. Committees should publish their reports in full. (Paragraph 3)\n\n"
        "2. Reports should be shorter. (Paragraph 4)\n";
    for (int form = 0; form < 2; form++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, form);
        cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q 12 (Sir John Smith)",
                         "form %d", form);
        const evx_unit *r1 = unit(&u, "HC1/r1"), *r2 = unit(&u, "HC1/r2");
        cr_expect_eq(r1->type, EVX_UNIT_RECOMMENDATION, "form %d", form);
        cr_expect_eq(r1->para, 3, "form %d", form);
        cr_expect_str_eq(r2->text, "Reports should be shorter.", "form %d",
                         form);
        cr_expect_eq(r2->para, 4, "form %d", form);
        expect_speaker(&u, "HC1/p4/q1", "Sir John Smith");
        evx_units_free(&u);
    }
}

/* A footnote body hard-wrapped before a date ("… sent on" / "10 May 2018")
 * goes on over it: the day is no footnote's number.  Printed, "10 May
 * 2018" had opened footnote 10, which then took the bodies of 9 and 10; in
 * a web copy wrapped at 40 columns, "12 July 2017" had been footnote 12
 * and 4 to 11 reported missing. */
Test(other_reports, a_footnote_wrapped_before_a_date)
{
    static const char *const lines[] = {
        "We wrote to the Minister.", "She replied.", "We took evidence.",
        "We visited Leeds.", "We met carers.", "We heard from councils.",
        "We read the plans.", "We asked the Department.",
        "We heard from NHS England.", "We saw the figures.",
        "We heard from the regulator.", "We took stock."};
    static const char *const notes[] = {
        "Letter from the Chair to the Minister, dated\n12 July 2017",
        "Letter from the Minister", "Q12", "Q45", "Note of a visit to Leeds",
        "Q78", "Q90", "Letter from the Department, sent on\n10 May 2018",
        "Q101", "Q110", "Q120", "Q130"};
    for (int form = 0; form < 3; form++) {
        evx_buf t = EVX_BUF_INIT;
        evx_buf_puts(&t, "1 Introduction\n\n");
        for (int k = 0; k < 12; k++)
            evx_buf_printf(&t, form == 2 ? "%d. %s[%d]\n\n" : "%d. %s%d\n\n",
                           k + 1, lines[k], k + 1);
        for (int k = 0; k < 12; k++)
            evx_buf_printf(&t, form == 2 ? "%d %s\n\n" : "%d %s\n", k + 1,
                           notes[k]);
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, evx_buf_str(&t), form > 0);
        const evx_unit *f1 = unit(&u, "HC1/fn1"), *f8 = unit(&u, "HC1/fn8");
        cr_expect_str_eq(f1->text, "Letter from the Chair to the Minister, "
                                   "dated 12 July 2017", "form %d", form);
        cr_expect_str_eq(f8->text, "Letter from the Department, sent on 10 "
                                   "May 2018", "form %d", form);
        cr_expect_str_eq(unit(&u, "HC1/fn9")->text, "Q101", "form %d", form);
        cr_expect_str_eq(unit(&u, "HC1/fn10")->text, "Q110", "form %d", form);
        cr_expect_null(evx_units_find(&u, "HC1/fn13"));
        evx_units_free(&u);
        evx_buf_free(&t);
    }
}
