/*
 * test_lead_forms.c - who a lead-in names, in forms a fifth pass over
 * other reports found read wrongly (2026-12-01): a post set after a name
 * by commas, salutations, posts with a determiner, bodies whose names
 * open with a word of campaigning, post-nominals of the medical royal
 * colleges, Welsh and Irish particles.  Each case read the way the
 * pipeline reads it; the words are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

static void expect_who(const evx_units *u, const char *id, const char *name,
                       const char *role, const char *org)
{
    const evx_unit *q = unit(u, id);
    cr_assert_not_null(q->speaker, "%s: no speaker", id);
    const char *got[3] = {q->speaker->name, q->speaker->role, q->speaker->org};
    const char *want[3] = {name, role, org};
    for (int k = 0; k < 3; k++)
        cr_expect(want[k] ? got[k] && strcmp(got[k], want[k]) == 0 : !got[k],
                  "%s: field %d is %s, not %s (%s)", id, k, got[k] ? got[k] : "-",
                  want[k] ? want[k] : "-", q->speaker->evidence);
}

/* "Ms Rhian Howell, Flood Risk Manager, Severnside Council, told us:":
 * the post after the name had been a second name, nearer the verb, and
 * the speaker ("Flood Risk Manager", of the role "Severnside Council");
 * posts the list of job words knew ("Chief Executive") had worked. */
Test(lead_forms, a_post_set_after_a_name_is_no_name)
{
    static const char *const text =
        "1 Maintenance of existing assets\n\n"
        "1. Councils maintain many smaller culverts and walls. Ms Rhian "
        "Howell, Flood\nRisk Manager, Severnside Council, told us:\n\n"
        "We inspect what we can reach. Half of our culverts have not been "
        "surveyed in\nthe last decade.\n\n"
        "2. We also heard from a transport planner. Mr Sunil Varma, Senior "
        "Policy\nAdviser, Midshire County Council, said:\n\n"
        "The money arrives in March and has to be spent by April.\n\n"
        "3. Dr Ann Lee, Research Fellow, the Water Institute, said that the "
        "rules were “written for rivers, not culverts”.\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        expect_who(&u, "HC1/p1/q1", "Ms Rhian Howell", "Flood Risk Manager",
                   "Severnside Council");
        expect_who(&u, "HC1/p2/q1", "Mr Sunil Varma", "Senior Policy Adviser",
                   "Midshire County Council");
        expect_who(&u, "HC1/p3/q1", "Dr Ann Lee", "Research Fellow",
                   "the Water Institute");
        evx_units_free(&u);
    }
}

/* A written evidence entry "Supplementary memorandum from the Local
 * Government Association" is the Association's: the quotation that cites
 * its page had been given to a submitter called "Supplementary memorandum
 * from the Local Government Association". */
Test(lead_forms, a_memorandum_is_its_senders)
{
    static const char *const text =
        "1 Funding\n\n"
        "1. We were told that councils had \"absorbed a shortfall\".1 We "
        "also heard that\nthe \"figures by county are stark\".2\n\n"
        "____________________\n"
        "1   Ev 45\n"
        "2   Ev 52\n\n"
        "List of written evidence\n\n"
        "1    Rural Bus Trust                                           Ev 30\n"
        "2    Local Government Association                              Ev 45\n"
        "3    Supplementary memorandum from the Local Government Association  Ev 52\n"
        "4    Memorandum submitted by Transport for the Shires          Ev 60\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", "Local Government Association", NULL,
               "Local Government Association");
    expect_who(&u, "HC1/p1/q2", "Local Government Association", NULL,
               "Local Government Association");
    evx_units_free(&u);
}

/* Bodies whose names run on over "for" and "to" between capitals ("The
 * Campaign to Protect Rural England told us"): "to Protect Rural England"
 * had been a person told the words, and "The Campaign for Country Buses"
 * a body called "The Campaign".  "Our Chair" is a post, not a body, and
 * "Dear Sir Robert," greets the one a letter is written to. */
Test(lead_forms, bodies_posts_and_greetings)
{
    static const char *const text =
        "1 Funding\n\n"
        "1. The Campaign for Country Buses said that services were "
        "\"fragile everywhere\".\n\n"
        "2. The Campaign to Protect Rural England told us that fares were "
        "\"out of reach for\nmany people\".\n\n"
        "3. Our Chair suggested that the scheme was \"simply not working for "
        "rural\noperators\".\n\n"
        "4. We wrote to the Minister. Dear Sir Robert, she replied, “the "
        "fund will open in\nMay”.\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        expect_who(&u, "HC1/p1/q1", "The Campaign for Country Buses", NULL,
                   "The Campaign for Country Buses");
        expect_who(&u, "HC1/p2/q1", "The Campaign to Protect Rural England",
                   NULL, "The Campaign to Protect Rural England");
        expect_speaker(&u, "HC1/p3/q1", NULL);
        const evx_unit *q = unit(&u, "HC1/p4/q1");
        cr_expect(!q->speaker || !q->speaker->name ||
                      !strstr(q->speaker->name, "Robert"),
                  "p4/q1: %s", q->speaker->name);
        evx_units_free(&u);
    }
}

/* A fellowship of a royal college after a name ("FRCP", "FRCS") is an
 * honour, as "OBE" and "FRS" were: the whole had been read as a body, the
 * speaker's own organisation.  Welsh names run on over "ap", "ab" and
 * "ferch" ("Dr Siân ap Rhys" had been "Dr Siân", not a registered
 * witness). */
Test(lead_forms, honours_after_a_name_and_welsh_particles)
{
    static const char *const text =
        "1 Access to care\n\n"
        "1. Professor Jane Hart FRCP told us that rural GPs were “retiring "
        "early in record\nnumbers”.\n\n"
        "2. Mr Tom Ball FRCS told us that theatres were “booked a year "
        "ahead”.\n\n"
        "3. “Locum costs have doubled in three years,” said Mr Ifan ab "
        "Owain.\n\n"
        "4. Ms Nia ferch Dafydd told us that pharmacies were “the last shop "
        "in the village”.\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        expect_who(&u, "HC1/p1/q1", "Professor Jane Hart FRCP", NULL, NULL);
        expect_who(&u, "HC1/p2/q1", "Mr Tom Ball FRCS", NULL, NULL);
        expect_who(&u, "HC1/p3/q1", "Mr Ifan ab Owain", NULL, NULL);
        expect_who(&u, "HC1/p4/q1", "Ms Nia ferch Dafydd", NULL, NULL);
        evx_units_free(&u);
    }
}

/* Older reports' footnotes cite pages of the printed evidence.  "Ev w5"
 * at the end of the notes had lost its page to the page layer ("w5" read
 * as a word and its marker, 5), and the quotation had been given to a
 * document called "Ev"; the chapter heading on the next page had been
 * lost with it.  "Ev 5, Dr Lee" names whose page it is, as "Q 14, Dr Lee"
 * does (it had been a document called "Ev 5"). */
Test(lead_forms, pages_of_printed_evidence_in_footnotes)
{
    static const char *const text =
        "1 Funding\n\n"
        "1. One resident wrote that her bus \"now runs twice a week\".1\n\n"
        "2. Another wrote that fares were \"out of reach\".2 We were told "
        "that fares were\n\"rising fast\".3\n\n"
        "____________________\n"
        "1   Ev w3\n"
        "2   Ev 5, Dr Lee\n"
        "3   Ev w5\n\f"
        "2 Tendering\n\n"
        "3. Councils tender services that would not otherwise run.\n\n"
        "Witnesses\n\n"
        "Tuesday 9 March 2010                                         Page\n\n"
        "Sir John Roe, Chief Executive, Rural Bus Trust, and Dr Ann Lee,\n"
        "Director, Widget Agency                                      Ev 1\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Ev w5");
    const evx_unit *q = unit(&u, "HC1/p2/q2");
    cr_expect(!q->speaker || !q->speaker->name, "p2/q2: %s", q->speaker->name);
    expect_who(&u, "HC1/p2/q1", "Dr Ann Lee", "Director", "Widget Agency");
    cr_expect_eq(unit(&u, "HC1/p3")->chapter, 2);
    evx_units_free(&u);
}

/* A report's witnesses, two panels of two, for the footnotes below. */
#define PANELS                                                               \
    "\f                                      Rural health    8\n\n"           \
    "Witnesses\n\n"                                                           \
    "The following witnesses gave evidence.\n\n"                             \
    "Tuesday 10 January 2023                              Question number\n\n" \
    "Jane Doe OBE, Chief Executive, the Example Trust, and Dr Ann Lee,\n"     \
    "Director of Research, the Example Trust                        Q1–58\n\n" \
    "Tuesday 24 January 2023\n\n"                                             \
    "Professor Alan Wyke, Professor of Nursing, Hill University, and Mrs\n"   \
    "Eleri Wyn-Jones, Director, Carers Cymru                       Q59–120\n"

/* A footnote gives a question of a panel of several, and the sentence
 * says the speaker is someone it does not name ("Another witness", "A GP
 * from Leeds", "Not everyone agreed:"), or names a witness only as
 * another word's object ("Unlike Jane Doe OBE, other witnesses thought",
 * "In contrast to Jane Doe OBE, …"),
 * or by a pronoun the paragraph gives no one for ("They" after "Jane
 * Doe's figures"): each had been given to the witness the paragraph
 * names. */
Test(lead_forms, others_than_the_witness_named)
{
    static const char *const text =
        "                                      Rural health    5\n\n"
        "1 Access to care\n\n"
        "1. Jane Doe OBE said that drivers were “hard to find”.1 Another "
        "witness said that\nvolunteer drivers were “the unsung heroes”.2\n\n"
        "2. Dr Ann Lee described the trust’s research. A GP from Leeds told "
        "us that the\nfindings were “deeply worrying”.3\n\n"
        "3. Jane Doe OBE set out the trust’s figures. Not everyone agreed:\n"
        "“Those figures are far too cautious.”4\n\n"
        "4. Unlike Jane Doe OBE, other witnesses thought the trust’s "
        "approach was “far too\ncautious”.5\n\n"
        "5. We put Jane Doe’s figures to the other witnesses. They told us "
        "that the figures\nwere “out of date”.6\n\n"
        "6. In contrast to Jane Doe OBE, other witnesses thought the "
        "approach was “far\ntoo cautious”.7\n\n"
        "1 Q49\n2 Q50\n3 Q51\n4 Q26\n5 Q20\n6 Q22\n7 Q24\n"
        PANELS;
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_speaker(&u, "HC1/p1/q1", "Jane Doe OBE");
    expect_speaker(&u, "HC1/p1/q2", NULL);
    expect_speaker(&u, "HC1/p2/q1", NULL);
    expect_speaker(&u, "HC1/p3/q1", NULL);
    expect_speaker(&u, "HC1/p4/q1", NULL);
    expect_speaker(&u, "HC1/p5/q1", NULL);
    expect_speaker(&u, "HC1/p6/q1", NULL);
    evx_units_free(&u);
}

/* "He" or "she" after two people whose titles give no gender, or after
 * one that does and one that does not: no one, when the footnote's panel
 * holds another the paragraph names ("He" had stood for Dr Ann Lee,
 * named last, though the question is of the professor's panel; "She"
 * for Professor Wyke, named last, though Mrs Wyn-Jones is of the same
 * panel).  The text and the footnote disagree: neither is taken. */
Test(lead_forms, a_pronoun_and_the_footnotes_panel)
{
    static const char *const text =
        "                                      Rural health    5\n\n"
        "1 Access to care\n\n"
        "1. Professor Alan Wyke described the nursing workforce. Dr Ann Lee "
        "then set out\nthe trust’s research. He told us that the workforce "
        "plan was “silent on rural\nretention”.1\n\n"
        "2. Mrs Eleri Wyn-Jones spoke for carers in Wales. Professor Alan "
        "Wyke set out the\nfigures. She said that carers were “holding the "
        "system together”.2\n\n"
        "1 Q110\n2 Q101\n"
        PANELS;
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_speaker(&u, "HC1/p1/q1", NULL);
    expect_speaker(&u, "HC1/p2/q1", NULL);
    evx_units_free(&u);
}

/* One footnote names two witnesses for a sentence's two quotations
 * ("Q12 [Jane Doe]; Q15 [Dr Ann Lee]"): the second quotation's clause
 * names Dr Lee, so it is hers, at Q15 (both had been Jane Doe's, Q12,
 * "the footnote preferred"). */
Test(lead_forms, two_named_refs_for_two_quotations)
{
    static const char *const text =
        "                                      Rural health    5\n\n"
        "1 Access to care\n\n"
        "1. Jane Doe described the waits as “simply intolerable”, while Dr "
        "Ann Lee called\nthem “a predictable result of underfunding”.1\n\n"
        "1 Q12 [Jane Doe]; Q15 [Dr Ann Lee]\n"
        PANELS;
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_speaker(&u, "HC1/p1/q1", "Jane Doe OBE");
    expect_speaker(&u, "HC1/p1/q2", "Dr Ann Lee");
    cr_expect_str_eq(unit(&u, "HC1/p1/q2")->speaker->ref, "Q15");
    evx_units_free(&u);
}

/* A panel of one: the Minister, Q121–190. */
#define MINISTER                                                             \
    "\f                                      Rural health    8\n\n"           \
    "Witnesses\n\n"                                                           \
    "The following witnesses gave evidence.\n\n"                             \
    "Tuesday 16 March 2010                                Question number\n\n" \
    "Mr David Kerr MP, Minister for Rural Transport, Department for\n"        \
    "Transport                                                     Q121–190\n"

/* The Chair's words, quoted, are not the witness's: "The Chair put it to
 * the Minister that …", "Responding to the Chair's description of the
 * scheme as …", "When our Chair suggested that …" (each had been the
 * panel's only witness's), nor is a transcript's exchange, its speakers
 * labelled in it ("Q140 Chair: … Mr Kerr: …", which had been the
 * Minister's, the Chair's questions with it). */
Test(lead_forms, the_chairs_words_and_an_exchange)
{
    static const char *const text =
        "                                      Rural health    5\n\n"
        "1 Reimbursement\n\n"
        "1. The Chair put it to the Minister that councils were “running out "
        "of road”.1\n\n"
        "2. Responding to the Chair’s description of the scheme as “a complete "
        "shambles”,\nthe Minister said that it was being reviewed.2\n\n"
        "3. When our Chair suggested that the formula was “a townie’s "
        "formula”, the\nMinister disagreed.3\n\n"
        "4. We pressed the Minister on whether the formula would be reviewed. "
        "The\nfollowing exchange took place:\n\n"
        "     Q140 Chair: Will the Department review the formula this year?\n"
        "     Mr Kerr: We keep all our formulae under review, Chairman.\n"
        "     Q141 Chair: That is not an answer.4\n\n"
        "5. The Minister told us that the fund was “fully committed”.5\n\n"
        "1 Q142\n2 Q140\n3 Q150\n4 Qq140–141\n5 Q160\n"
        MINISTER;
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    for (int p = 1; p <= 4; p++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d/q1", p);
        expect_speaker(&u, id, NULL);
    }
    expect_speaker(&u, "HC1/p5/q1", "Mr David Kerr MP");
    evx_units_free(&u);
}

/* "He" after someone the text does not name ("Members then spoke to the
 * owner of a crabber, …. He told members:", "One skipper told members
 * …. He added"): he may be that one, so no one is named (the harbour
 * master, named before, had been). */
Test(lead_forms, a_pronoun_after_someone_unnamed)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Members were met at the quay by the harbour master, Captain Jory "
        "Pascoe, who\nexplained that a sand bar now closed the entrance at "
        "low water. Members then spoke\nto the owner of a crabber, who had "
        "fished from Porthmeor for thirty years. He told\nmembers: “Nobody "
        "will insure a boat that has to cross the bar at half tide.”\n\n"
        "2. Captain Jory Pascoe showed members the silted channel. One "
        "skipper told\nmembers that the bar was “getting worse every year”. "
        "He added that premiums had\n“doubled since 2020”.\n\n"
        "3. Captain Jory Pascoe showed members the new pontoon. He said it "
        "was “the best\nthing to happen to the harbour”.\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        expect_speaker(&u, "HC1/p1/q1", NULL);
        expect_speaker(&u, "HC1/p2/q2", NULL);
        expect_speaker(&u, "HC1/p3/q1", "Captain Jory Pascoe");
        evx_units_free(&u);
    }
}

/* An entry of the list of written evidence that gives two pages ("Local
 * Government Association  Ev 45, 52", a supplementary memorandum further
 * on): it had run on into the next entry ("Local Government Association
 * Ev 45, 52 3 Campaign for Country Buses" a speaker's name) and its
 * second page had been given to another submitter. */
Test(lead_forms, a_written_evidence_entry_of_two_pages)
{
    static const char *const text =
        "1 Funding\n\n"
        "1. The Local Government Association told us that councils had "
        "\"absorbed a\nshortfall\".1 Its later figures showed that the "
        "\"figures by county are stark\".2\n\n"
        "____________________\n"
        "1   Ev 45\n"
        "2   Ev 52\n\n"
        "List of written evidence\n\n"
        "1    Rural Bus Trust                                         Ev 30\n"
        "2    Local Government Association                        Ev 45, 52\n"
        "3    Widget Agency                                           Ev 50\n"
        "4    Campaign for Country Buses                              Ev w1\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        expect_speaker(&u, "HC1/p1/q1", "Local Government Association");
        expect_speaker(&u, "HC1/p1/q2", "Local Government Association");
        cr_expect_str_eq(unit(&u, "HC1/evidence/Ev45")->code, "Ev 45, 52");
        cr_expect_str_eq(unit(&u, "HC1/evidence/Evw1")->title,
                         "Campaign for Country Buses");
        evx_units_free(&u);
    }
}

/* Two witnesses speaking together, one with an honour after the name
 * ("Dr Ann Lee and Jane Doe OBE both told us") or each with an aside of
 * their body ("Jane Doe, of the Example Trust, and Dr Ann Lee, of the
 * Example Trust, both told us"): the words had been one of them only. */
Test(lead_forms, two_witnesses_speaking_together)
{
    static const char *const text =
        "                                      Rural health    5\n\n"
        "1 Access to care\n\n"
        "1. Dr Ann Lee and Jane Doe OBE both told us that minor injury units "
        "were “the first\nto close”.1\n\n"
        "2. Jane Doe OBE and Dr Ann Lee told us that the data were “years "
        "out of date”.2\n\n"
        "3. Jane Doe, of the Example Trust, and Dr Ann Lee, of the Example "
        "Trust, both told\nus that community hospitals were “under "
        "threat”.3\n\n"
        "1 Q41\n2 Q42\n3 Q43\n"
        PANELS;
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_speaker(&u, "HC1/p1/q1", "Dr Ann Lee and Jane Doe OBE");
    expect_speaker(&u, "HC1/p2/q1", "Jane Doe OBE and Dr Ann Lee");
    expect_speaker(&u, "HC1/p3/q1", "Jane Doe OBE and Dr Ann Lee");
    evx_units_free(&u);
}

/* A post a sentence opens with, set off by a comma before the name ("The
 * Minister for Roads and Local Transport, Ms Joanna Reddaway, wrote",
 * "The Chief Executive of the Northfield Trust, Ruth Abernethy, said"):
 * her role, and the body after "of" her organisation (both had been
 * empty). */
Test(lead_forms, a_post_before_the_name)
{
    static const char *const text =
        "1 Funding\n\n"
        "1. The Minister for Roads and Local Transport, Ms Joanna Reddaway, "
        "wrote to\nauthorities that “every pilot will be judged on the same "
        "measures”.\n\n"
        "2. The Chief Executive of the Northfield Trust, Ruth Abernethy, said "
        "that waits\nwere “longer than ever”.\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        expect_who(&u, "HC1/p1/q1", "Ms Joanna Reddaway",
                   "Minister for Roads and Local Transport", NULL);
        expect_who(&u, "HC1/p2/q1", "Ruth Abernethy", "Chief Executive",
                   "the Northfield Trust");
        evx_units_free(&u);
    }
}

/* Forms a second round found the first round's rules had made wrong or
 * lost: "OBE." ends a sentence ("We put the trust's figures to Jane Doe
 * OBE. She told us": hers, where "OBE." had been read as a title and the
 * two sentences as one); a pronoun subject of the last verb stands for
 * the one named last whose title agrees ("Ms Howell wrote to Mr Varma,
 * and he replied": his); a description after a name is that person's
 * ("Mr Tom Reed, a farmer from the valley. He told us": his); "Sir
 * Robert Neill, our Chair, said" is his; a Member asking ("Sir John Roe
 * MP put it to the Minister that") gives the words to no witness; a
 * name's post and body
 * after it ("Ms Nia Rees, Director, Citizens Advice, said": the body had
 * been the speaker); a post whose words after "of" end in no body's noun
 * is one post ("The Director of Public Health for Devon, Dr Ruth Gale");
 * "Others disagreed" names no one. */
Test(lead_forms, second_round_forms)
{
    static const char *const text =
        "                                      Rural health    5\n\n"
        "1 Access to care\n\n"
        "1. We put the trust’s figures to Jane Doe OBE. She told us that the "
        "figures were\n“out of date”.1\n\n"
        "2. Mr Tom Reed wrote to Ms Eleri Wyn-Jones, and she replied that "
        "carers were “at\nbreaking point”.2\n\n"
        "3. Members met Mr Tom Reed, a farmer from the valley. He told us "
        "that the bus was\n“the only way out”.\n\n"
        "4. Sir Robert Neill, our Chair, said that the scheme was “a test of "
        "our resolve”.\n\n"
        "5. Sir John Roe MP put it to the Minister that councils were "
        "“running out of\nroad”.3\n\n"
        "6. Ms Nia Rees, Director, Citizens Advice, said that debts were "
        "“rising in every\nvillage”.\n\n"
        "7. The Director of Public Health for Devon, Dr Ruth Gale, said that "
        "waits were\n“longer than ever”.\n\n"
        "8. Others disagreed, saying that the scheme was “working well”.\n\n"
        "1 Q23\n2 Q101\n3 Q143\n"
        PANELS;
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_speaker(&u, "HC1/p1/q1", "Jane Doe OBE");
    expect_speaker(&u, "HC1/p2/q1", "Mrs Eleri Wyn-Jones");
    expect_speaker(&u, "HC1/p3/q1", "Mr Tom Reed");
    expect_speaker(&u, "HC1/p4/q1", "Sir Robert Neill");
    expect_speaker(&u, "HC1/p5/q1", NULL);
    expect_who(&u, "HC1/p6/q1", "Ms Nia Rees", "Director", "Citizens Advice");
    expect_who(&u, "HC1/p7/q1", "Dr Ruth Gale",
               "Director of Public Health for Devon", NULL);
    expect_speaker(&u, "HC1/p8/q1", NULL);
    evx_units_free(&u);
}

/* A titled name of four or five words ("Mr Seán Mac Giolla Phádraig",
 * "Ms Ann De La Cruz") is a person: it had been a body of that name,
 * the title dropped, its own organisation. */
Test(lead_forms, long_titled_names_are_people)
{
    static const char *const text =
        "1 Access to care\n\n"
        "1. Mr Seán Mac Giolla Phádraig said that rural nurses were “leaving "
        "for the\ncities”.\n\n"
        "2. Ms Ann De La Cruz told us that clinics were “closing every "
        "month”.\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        expect_who(&u, "HC1/p1/q1", "Mr Seán Mac Giolla Phádraig", NULL, NULL);
        expect_who(&u, "HC1/p2/q1", "Ms Ann De La Cruz", NULL, NULL);
        evx_units_free(&u);
    }
}

/* A person named as the agent of an aside on the subject ("E-petition
 * 612001, started by Jane Ash, called on", "The review, led by Professor
 * Eve Stone, found", "The review led by Professor Eve Stone found") does
 * not speak: the subject does.  The petition's
 * words had been the petitioner's oral evidence, with her session's
 * date; the review's, the professor's. */
Test(lead_forms, the_agent_of_an_aside_on_the_subject_does_not_speak)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. E-petition 612001, started by Jane Ash, called on the "
        "Government to “fund every\nlibrary for ten years”.1 It received "
        "120,000 signatures.\n\n"
        "2. The review, led by Professor Eve Stone, found that branch "
        "libraries were “the\nlast free indoor space”.2\n\n"
        "3. Professor Eve Stone told us that “opening hours matter more "
        "than buildings”.3\n\n"
        "4. The petition, started by Jane Ash and signed by 120,000 "
        "people, said that libraries were “worth every penny”.4\n\n"
        "5. The review led by Professor Eve Stone found that mobile "
        "libraries were “a\nlifeline”.5\n\n"
        "6. Evidence given by Professor Eve Stone said that volunteers "
        "were “no substitute”.6\n\n"
        "1 e-petition 612001, Fund every library for ten years\n"
        "2 Independent Review of Public Libraries (2021), p 4\n"
        "3 Q12\n"
        "4 E-petition 612002, Keep libraries open\n"
        "5 Independent Review of Public Libraries (2021), p 9\n"
        "6 Q14\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 4 May 2021\n\n"
        "Jane Ash, petitioner, and Professor Eve Stone, Professor of "
        "Information Studies, University of Tayside Q1–40\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_assert_not_null(q->speaker);
    cr_expect(!q->speaker->name || strcmp(q->speaker->name, "Jane Ash") != 0,
              "the petition's words given to %s (%s)", q->speaker->name,
              q->speaker->evidence);
    cr_expect_str_neq(q->speaker->kind, "oral");
    q = unit(&u, "HC1/p2/q1");
    cr_assert_not_null(q->speaker);
    cr_expect(!q->speaker->name || strcmp(q->speaker->name, "Professor Eve Stone") != 0,
              "the review's words given to %s (%s)", q->speaker->name,
              q->speaker->evidence);
    expect_speaker(&u, "HC1/p3/q1", "Professor Eve Stone");
    q = unit(&u, "HC1/p4/q1");
    cr_assert_not_null(q->speaker);
    cr_expect(!q->speaker->name || strcmp(q->speaker->name, "Jane Ash") != 0,
              "an aside going on after \"and\": given to %s (%s)",
              q->speaker->name, q->speaker->evidence);
    /* with no commas: led, not written, by her */
    q = unit(&u, "HC1/p5/q1");
    cr_assert_not_null(q->speaker);
    cr_expect(!q->speaker->name || strcmp(q->speaker->name, "Professor Eve Stone") != 0,
              "the review's words, no commas, given to %s (%s)", q->speaker->name,
              q->speaker->evidence);
    expect_speaker(&u, "HC1/p6/q1", "Professor Eve Stone");
    evx_units_free(&u);
}

/* A post whose words go on after a comma ("the Minister for Children,
 * Families and Wellbeing"): the words after the comma read as a body's
 * name, which the panel's one witness is not of, and the quotation had
 * been given to no one over the Minister's own question. */
Test(lead_forms, a_post_with_a_comma_names_the_one_who_holds_it)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The Minister for Schools, Colleges and Skills told us:\n\n"
        "We will publish the plan in the spring.1\n\n"
        "2. The Minister for Schools, Colleges and Skills said that the "
        "plan was “nearly ready”.\n\n"
        "1 Q70\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 4 May 2021\n\n"
        "Jane Ash MP, Minister for Schools, Colleges and Skills, Department "
        "for Learning Q61–90\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", "Jane Ash MP", "Minister for Schools, Colleges and Skills",
               "Department for Learning");
    /* with no footnote, the subjects after the comma are no speaker */
    const evx_unit *q = unit(&u, "HC1/p2/q1");
    cr_expect(!q->speaker->name || strcmp(q->speaker->name, "Colleges and Skills") != 0,
              "given to %s (%s)", q->speaker->name, q->speaker->evidence);
    evx_units_free(&u);
}

/* Two witnesses of one panel share a title and surname, and the footnote
 * names "Dr Smith": the one whose organisation the sentence names ("Dr
 * Smith of the Head Teachers' Union") is the speaker; the quotation had
 * been given to an unregistered "Dr Smith" with no date. */
Test(lead_forms, namesakes_of_a_panel_are_told_apart_by_their_body)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Dr Smith of the Head Teachers Union said that schools were "
        "“picking up the pieces”.1\n\n"
        "1 Q44 [Dr Smith]\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 4 May 2021\n\n"
        "Dr Ann Smith, Consultant Paediatrician, Northgate Hospital; Dr "
        "Tom Smith, Policy Director, Head Teachers Union Q36–60\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", "Dr Tom Smith", "Policy Director",
               "Head Teachers Union");
    cr_expect_str_eq(unit(&u, "HC1/p1/q1")->speaker->date, "4 May 2021");
    evx_units_free(&u);
}

/* Evidence cited in brackets right after an inline quotation ("“…”
 * (Q12).", "(ABC0012)") is read as a footnote citing it would be: the
 * question's panel, the submitter.  The quotations had kept no reference,
 * and one whose lead-in names no one had no speaker; a year in brackets
 * cites nothing. */
Test(lead_forms, evidence_cited_in_brackets_after_a_quotation)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. It was put to us that the scheme was “poorly targeted at "
        "need” (Q12). Others said it was “working as intended” (2019).\n\n"
        "2. The Example Trust told us the rules were “too complex to "
        "follow” (ABC0012).\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 4 May 2021\n\n"
        "Dr Ann Roe, Chief Executive, Housing Trust Q1–40\n\n"
        "Published written evidence\n\n"
        "The following written evidence was received.\n\n"
        "1 Example Trust (ABC0012)\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", "Dr Ann Roe", "Chief Executive", "Housing Trust");
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_expect_str_eq(q->speaker->ref, "Q12");
    cr_expect_str_eq(q->speaker->date, "4 May 2021");
    cr_expect_null(unit(&u, "HC1/p1/q2")->speaker->ref);
    cr_expect_str_eq(unit(&u, "HC1/p2/q1")->speaker->ref, "ABC0012");
    cr_expect_str_eq(unit(&u, "HC1/p2/q1")->speaker->kind, "written");
    evx_units_free(&u);
}

/* Judges', peers' and police officers' titles the lists had not known
 * ("His Honour Judge", "HHJ", "DCC", "The Earl of Devon") after "; and"
 * in a witness entry: each such witness had run into the one before, as
 * its post or body ("President of the King's Bench Division; and His
 * Honour Judge Mark Lucraft KC", body "Recorder of London"), and was no
 * witness of the panel; a lead-in that named him by a short title ("HHJ
 * Lucraft", "Judge Lucraft", "DCC Rowe") named no one. */
Test(lead_forms, judges_peers_and_police_officers_titles_open_names)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Judge Lucraft said that trials were “listed for 2026”.1\n\n"
        "2. HHJ Lucraft added that juries were “hard to find”.2\n\n"
        "3. DCC Rowe said that patrols were “up by a third”.3\n\n"
        "4. The Earl of Devon told us that wards were “closing every "
        "winter”.4\n\n"
        "1 Q 23\n2 Q 24\n3 Q 55\n4 Q 90\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 17 October 2023\n\n"
        "Dame Victoria Sharp DBE, President of the King's Bench Division; "
        "and His Honour Judge Mark Lucraft KC, Recorder of London Q1–50\n\n"
        "Tuesday 24 October 2023\n\n"
        "Chief Constable Lucy D'Orsi, Chief Constable, British Transport "
        "Police; and DCC Alistair Rowe, Deputy Chief Constable, British "
        "Transport Police Q51–80\n\n"
        "Tuesday 31 October 2023\n\n"
        "Ms Jane Ash, Chief Executive, Hospice UK; and The Earl of Devon, "
        "Chair, Rural Hospices Trust Q81–100\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_assert_eq(w->n_people, 2, "panel 1: %zu people", w->n_people);
    expect_person(w, 0, "Dame Victoria Sharp DBE", "President of the King’s Bench Division",
                  NULL);
    expect_person(w, 1, "His Honour Judge Mark Lucraft KC", "Recorder of London", NULL);
    w = unit(&u, "HC1/witness/2");
    cr_assert_eq(w->n_people, 2, "panel 2: %zu people", w->n_people);
    expect_person(w, 1, "DCC Alistair Rowe", "Deputy Chief Constable",
                  "British Transport Police");
    w = unit(&u, "HC1/witness/3");
    cr_assert_eq(w->n_people, 2, "panel 3: %zu people", w->n_people);
    expect_person(w, 0, "Ms Jane Ash", "Chief Executive", "Hospice UK");
    expect_person(w, 1, "The Earl of Devon", "Chair", "Rural Hospices Trust");
    expect_who(&u, "HC1/p1/q1", "His Honour Judge Mark Lucraft KC", "Recorder of London",
               NULL);
    expect_who(&u, "HC1/p2/q1", "His Honour Judge Mark Lucraft KC", "Recorder of London",
               NULL);
    expect_who(&u, "HC1/p3/q1", "DCC Alistair Rowe", "Deputy Chief Constable",
               "British Transport Police");
    expect_who(&u, "HC1/p4/q1", "The Earl of Devon", "Chair", "Rural Hospices Trust");
    evx_units_free(&u);
}

/* "The Minister told us" over a panel of two ministers, one a Minister of
 * State, one a Parliamentary Under-Secretary of State: either may be
 * meant, so neither is named.  The words had gone to the one whose post
 * holds the word "Minister".  With one minister on the panel beside an
 * official, "the Minister" is that minister. */
Test(lead_forms, the_minister_of_two_ministers_is_neither)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The Minister told us that the plan was “fully funded”.1\n\n"
        "2. The Minister said that the review was “under way”.2\n\n"
        "1 Q63\n2 Q75\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Wednesday 19 April 2023\n\n"
        "Rt Hon Robert Jenrick MP, Minister of State for Immigration, Home "
        "Office; and Lord Murray of Blidworth, Parliamentary Under-Secretary "
        "of State, Home Office Q41–70\n\n"
        "Wednesday 26 April 2023\n\n"
        "Lord Murray of Blidworth, Parliamentary Under-Secretary of State, "
        "Home Office; and Simon Ridley, Second Permanent Secretary, Home "
        "Office Q71–90\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    const evx_unit *q = unit(&u, "HC1/p1/q1");
    cr_assert_not_null(q->speaker);
    cr_expect_null(q->speaker->name, "given to %s (%s)", q->speaker->name,
                   q->speaker->evidence);
    expect_who(&u, "HC1/p2/q1", "Lord Murray of Blidworth",
               "Parliamentary Under-Secretary of State", "Home Office");
    evx_units_free(&u);
}

/* "The Minister" beside a Secretary of State, a former one, a Permanent
 * Under-Secretary or an official whose post names the Prime Minister is
 * the Minister of State (or the Secretary of State): the Secretary
 * of State is "the Secretary of State", the others are no ministers.
 * Counted as ministers, they had left the words with no one. */
Test(lead_forms, the_minister_beside_a_secretary_of_state_or_an_official)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The Minister told us that the programme was “on track”.1\n\n"
        "2. The Minister said that pay was “a matter for the review "
        "body”.2\n\n"
        "3. The Minister told us that aid would “return to 0.7%”.3\n\n"
        "4. The Minister said that delivery was “on track”.4\n\n"
        "1 Q 10\n2 Q 70\n3 Q 130\n4 Q 165\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 6 June 2023\n\n"
        "Rt Hon Sir Robert Buckland KC MP, former Lord Chancellor and "
        "Secretary of State for Justice; and Edward Argar MP, Minister of "
        "State for Justice, Ministry of Justice Q1–40\n\n"
        "Tuesday 20 June 2023\n\n"
        "Rt Hon Gillian Keegan MP, Secretary of State for Education; Nick "
        "Gibb MP, Minister of State for Schools; and Susan Acland-Hood, "
        "Permanent Secretary, Department for Education Q41–100\n\n"
        "Tuesday 4 July 2023\n\n"
        "Andrew Mitchell MP, Minister of State for Development; and Sir "
        "Philip Barton KCMG, Permanent Under-Secretary, Foreign Office "
        "Q121–160\n\n"
        "Tuesday 11 July 2023\n\n"
        "Rt Hon Michael Gove MP, Secretary of State for Levelling Up; and "
        "Emily Lawson, Head of the Prime Minister’s Delivery Unit, Cabinet "
        "Office Q161–180\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", "Edward Argar MP", "Minister of State for Justice",
               "Ministry of Justice");
    const evx_unit *q = unit(&u, "HC1/p2/q1");
    cr_expect(q->speaker && q->speaker->name && strcmp(q->speaker->name, "Nick Gibb MP") == 0,
              "p2: %s", q->speaker ? q->speaker->name : "-");
    q = unit(&u, "HC1/p3/q1");
    cr_expect(q->speaker && q->speaker->name &&
                  strcmp(q->speaker->name, "Andrew Mitchell MP") == 0,
              "p3: %s", q->speaker ? q->speaker->name : "-");
    /* an official whose post holds "Minister" is none */
    q = unit(&u, "HC1/p4/q1");
    cr_expect(q->speaker && q->speaker->name &&
                  strcmp(q->speaker->name, "Rt Hon Michael Gove MP") == 0,
              "p4: %s", q->speaker ? q->speaker->name : "-");
    evx_units_free(&u);
}

/* The agent of a leading participle ("The survey led by Professor Stone
 * found") is not the speaker the sentence names, but where the footnote
 * cites oral evidence he gave, the words are his: the panel's member the
 * sentence names.  They had been no one's. */
Test(lead_forms, the_agent_of_a_leading_participle_gave_the_oral_evidence)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. The survey led by Professor Stone found that teachers were "
        "“leaving faster than we can train them”.1\n\n"
        "1 Q 12\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 7 March 2023\n\n"
        "Professor Alan Stone, Professor of Social Policy, University of "
        "Leeds, and Dr Jane Ash, Chief Executive, Nuffield Trust Q1–40\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", "Professor Alan Stone", "Professor of Social Policy",
               "University of Leeds");
    evx_units_free(&u);
}

/* An aside of where or when after a name ("Mr Justice Fordham, in a
 * judgment, held", "Sir John Major, in his memoirs, wrote") is no post:
 * it had been given as the speaker's role ("in a judgment"). */
Test(lead_forms, an_aside_of_where_or_when_is_no_post)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Mr Justice Fordham, in a judgment, held that delay was “inimical "
        "to the rule of law”.1 Sir John Major, in his memoirs, wrote that it "
        "had been “a very English compromise”.2 Dr Ann Lee, Research Fellow, "
        "the Water Institute, said that the rules were “written for "
        "rivers”.3\n\n"
        "1 R (Ali) v Lord Chancellor [2023] EWHC 2010 (Admin), para 88\n"
        "2 John Major, The Autobiography (1999), p 45\n"
        "3 Ann Lee, Rivers and rules (2022), p 3\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", "Mr Justice Fordham", NULL, NULL);
    expect_who(&u, "HC1/p1/q2", "Sir John Major", NULL, NULL);
    expect_who(&u, "HC1/p1/q3", "Dr Ann Lee", "Research Fellow", "the Water Institute");
    evx_units_free(&u);
}

/* "Professor Hall" over a panel of Lord Hall of Birkenhead and Professor
 * Jim Hall is the professor, and "Lord Hall" the peer: a peer who is no
 * professor is not so named.  The professor's words had gone to the
 * peer, whose registered name "Hall" the surname matched whole. */
Test(lead_forms, a_professor_is_no_peer_of_his_surname)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Lord Hall told us that the problem was “getting worse”.1\n\n"
        "2. Professor Hall told us that the risk was “rising fast”.2\n\n"
        "1 Q 13\n2 Q 18\n\n"
        "Witnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Friday 2 June 2023\n\n"
        "Lord Hall of Birkenhead, former Director-General, BBC; and Professor "
        "Jim Hall, Professor of Climate and Environmental Risks, University of "
        "Oxford Q11–20\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_who(&u, "HC1/p1/q1", "Lord Hall of Birkenhead", "former Director-General", "BBC");
    expect_who(&u, "HC1/p2/q1", "Professor Jim Hall",
               "Professor of Climate and Environmental Risks", "University of Oxford");
    evx_units_free(&u);
}
