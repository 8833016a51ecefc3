/*
 * test_names_forms.c - witnesses as other committees list and name them
 * (peers and bishops as "The Lord …", names with an accented capital, a
 * witness known by one name, members of other legislatures) and lead-ins
 * that name someone the footnote's panel does not hold: who each
 * quotation is given to.  Read the way the pipeline reads them; the
 * passages are made up in those reports' forms.
 */
#define _DEFAULT_SOURCE /* mkdtemp, nftw */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <string.h>

#include "attrib_parts.h"
#include "otherutil.h"
#include "readutil.h"

static const evx_person *person(const evx_units *u, const char *id, size_t k)
{
    const evx_unit *w = unit(u, id);
    cr_assert_gt(w->n_people, k, "%s has %zu people", id, w->n_people);
    return &w->people[k];
}

/* A panel's next witness after ";" may open with "The" before a title
 * ("The Lord Sedwill", "The Rt Revd Paul Butler", "The Rt Hon the
 * Baroness Hale"), with an accented capital ("Dr Özlem Türeci", "Éamon
 * Ryan TD") or be known by one name ("Bono"): each is a witness of their
 * own, never words of the one before, and the quotations are theirs. */
Test(names_forms, witnesses_after_a_semicolon_in_any_form)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.Lord Sedwill said that the system was "
                 "\xE2\x80\x9Cslow to adapt\xE2\x80\x9D.1\n\n"
                 "2.The Bishop of Durham said that it was "
                 "\xE2\x80\x9C" "a moral question\xE2\x80\x9D.2\n\n"
                 "3.Dr T\xC3\xBCreci argued that the rules were "
                 "\xE2\x80\x9Chopelessly vague\xE2\x80\x9D.3\n\n"
                 "4.Bono told us that the border was "
                 "\xE2\x80\x9C" "a wound that must not reopen\xE2\x80\x9D.4\n\n"
                 "5.Mr Varadkar told us that it was "
                 "\xE2\x80\x9C" "a shared island\xE2\x80\x9D.5\n\n"
                 "6.Bishop Butler told us that it was "
                 "\xE2\x80\x9C" "a question of conscience\xE2\x80\x9D.6\n\n"
                 "Footnotes\n\n1 Q12\n\n2 Q40\n\n3 Q60\n\n4 Q85\n\n5 Q110\n\n6 Q45\n\n"
                 "Witnesses\n\n"
                 "Wednesday 1 September 2021\n\n"
                 "Rt Hon the Lord Frost CMG, Minister of State, Cabinet Office; "
                 "The Lord Sedwill KCMG, former Cabinet Secretary\tQ1\xE2\x80\x93" "30\n\n"
                 "Professor the Lord Darzi of Denham OM KBE, Director, Institute "
                 "of Global Health Innovation; The Rt Revd Paul Butler, Bishop "
                 "of Durham\tQ31\xE2\x80\x93" "50\n\n"
                 "Tuesday 2 November 2021\n\n"
                 "Mr John Smith, Commissioner, Media Commission; Dr \xC3\x96zlem "
                 "T\xC3\xBCreci, Chief Medical Officer, BioNTech\tQ51\xE2\x80\x93" "80\n\n"
                 "Professor Dame Sally Davies, Chief Medical Officer, Department "
                 "of Health; Bono, Co-founder, ONE Campaign\tQ81\xE2\x80\x93" "100\n\n"
                 "Mr John Smith, Commissioner, Media Commission; Leo Varadkar TD, "
                 "T\xC3\xA1naiste, Government of Ireland\tQ101\xE2\x80\x93" "120\n");
    expect_speaker(&u, "HC1/p1/q1", "The Lord Sedwill KCMG");
    expect_speaker(&u, "HC1/p2/q1", "The Rt Revd Paul Butler");
    expect_speaker(&u, "HC1/p3/q1", "Dr \xC3\x96zlem T\xC3\xBCreci");
    expect_speaker(&u, "HC1/p4/q1", "Bono");
    expect_speaker(&u, "HC1/p5/q1", "Leo Varadkar TD");
    expect_speaker(&u, "HC1/p6/q1", "The Rt Revd Paul Butler"); /* "Bishop Butler" */
    cr_expect_str_eq(person(&u, "HC1/witness/1", 0)->org, "Cabinet Office");
    cr_expect_str_eq(person(&u, "HC1/witness/4", 0)->org, "Department of Health");
    cr_expect_str_eq(person(&u, "HC1/witness/2", 1)->role, "Bishop of Durham");
    evx_units_free(&u);
}

/* A lead-in that names a person other than the one witness of the
 * footnote's panel ("Dr Jane Brown", or "Ms Smith" for Mr John Smith):
 * the text and the footnote disagree, so no one is named, where the
 * panel's witness had been given the words. */
Test(names_forms, a_lead_in_naming_another_than_the_panels_one_witness)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.Dr Jane Brown argued that the definitions were "
                 "\xE2\x80\x9Chopelessly vague\xE2\x80\x9D.1\n\n"
                 "2.Ms Smith argued that they were "
                 "\xE2\x80\x9Cunworkable in practice\xE2\x80\x9D.2\n\n"
                 "3.Mr Smith argued that they were "
                 "\xE2\x80\x9C" "clear enough\xE2\x80\x9D.3\n\n"
                 "Footnotes\n\n1 Q27\n\n2 Q28\n\n3 Q29\n\n"
                 "Witnesses\n\n"
                 "Tuesday 2 November 2021\n\n"
                 "Mr John Smith, Commissioner, Media Commission\tQ23\xE2\x80\x93" "35\n");
    expect_speaker(&u, "HC1/p1/q1", NULL);
    expect_speaker(&u, "HC1/p2/q1", NULL);
    expect_speaker(&u, "HC1/p3/q1", "Mr John Smith");
    cr_expect(strstr(unit(&u, "HC1/p1/q1")->speaker->evidence, "Dr Jane Brown") != NULL);
    evx_units_free(&u);
}

/* Lead-ins by pronoun in a copy without its witness list: "who" after a
 * name and its apposition is that person ("reaffirmed by Dr Foster,
 * Marine Conservation Society, who said"); "He" after "We heard from
 * Daniel Steadman, Fauna & Flora International" is Daniel Steadman, not
 * a person "Flora International"; "They argue" never stands for one person
 * named by title before it. */
Test(names_forms, pronouns_stand_for_the_one_they_name)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Sources\n\n"
                 "1.Yorkshire Water said that \xE2\x80\x9Cour systems are not designed "
                 "to remove microplastics\xE2\x80\x9D.1 This was reaffirmed by Dr "
                 "Foster, Marine Conservation Society, who said, \xE2\x80\x9CThere are "
                 "no permissions required for pellets.\xE2\x80\x9D" "2\n\n"
                 "2.We heard from Daniel Steadman, Fauna & Flora International, who "
                 "argued that brands have failed these criteria.3 He said:\n\n"
                 "The commitments are not being met by the brands.4\n\n"
                 "3.Professor Galloway said that \xE2\x80\x9Cthe particles are "
                 "everywhere\xE2\x80\x9D.5 Some retailers have never used "
                 "microbeads. They argue:\n\n"
                 "Natural alternatives have always been available.6\n\n"
                 "Footnotes\n\n1 Yorkshire Water (EIM0052)\n\n2 Q97\n\n3 Q65\n\n"
                 "4 Q65\n\n5 Q3\n\n6 Q4\n");
    expect_speaker(&u, "HC1/p1/q2", "Dr Foster");
    expect_speaker(&u, "HC1/p2/q1", "Daniel Steadman");
    /* the apposition names their bodies: the organisation, not a role */
    cr_expect_str_eq(unit(&u, "HC1/p1/q2")->speaker->org, "Marine Conservation Society");
    cr_expect_str_eq(unit(&u, "HC1/p2/q1")->speaker->org, "Fauna & Flora International");
    cr_expect_null(unit(&u, "HC1/p2/q1")->speaker->role);
    const evx_unit *q = unit(&u, "HC1/p3/q2");
    cr_expect(!q->speaker || !q->speaker->name ||
                  strstr(q->speaker->name, "Galloway") == NULL,
              "\"They argue\" given to %s", q->speaker->name);
    evx_units_free(&u);
}

/* A lead-in naming a body by the acronym its witnesses' entries print in
 * brackets ("The OBR told us" over "Richard Hughes, Chair, Office for
 * Budget Responsibility (OBR); Professor Sir Charlie Bean, …, OBR") fits
 * every witness of that body: of two, neither is named; of one ("The IFS
 * told us"), that one. */
Test(names_forms, a_body_named_by_its_bracketed_acronym)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 The Budget\n\n"
                 "1.The OBR told us that the forecast was "
                 "\xE2\x80\x9C" "subject to unusual uncertainty\xE2\x80\x9D.1\n\n"
                 "2.The IFS told us that the tax burden would reach "
                 "\xE2\x80\x9Cits highest level since the early 1950s\xE2\x80\x9D.2\n\n"
                 "Footnotes\n\n1 Q33\n\n2 Q4\n\n"
                 "Witnesses\n\n"
                 "Wednesday 3 November 2021\n\n"
                 "Paul Johnson CBE, Director, Institute for Fiscal Studies (IFS); "
                 "Torsten Bell, Chief Executive, Resolution Foundation\tQ1\xE2\x80\x93" "28\n\n"
                 "Richard Hughes, Chair, Office for Budget Responsibility (OBR); "
                 "Professor Sir Charlie Bean, Member of the Budget Responsibility "
                 "Committee, OBR\tQ29\xE2\x80\x93" "55\n");
    expect_speaker(&u, "HC1/p1/q1", NULL);
    expect_speaker(&u, "HC1/p2/q1", "Paul Johnson CBE");
    evx_units_free(&u);
}

/* A person named where a body's name may stand, in a copy without its
 * witness list: "According to Paul Maubech from Dudley CCG" is of Dudley
 * CCG, "Dr Tony O'Sullivan from Keep our NHS Public" of the whole body's
 * name, and "described by Simon Stevens" of no body (his name had been
 * given as his organisation). */
Test(names_forms, the_body_of_a_person_named_in_a_lead_in)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "6 Concerns\n\n"
                 "135.According to Paul Maubech from Dudley CCG:\n\n"
                 "A major challenge at the moment is how to shift the resources.114\n\n"
                 "136.Dr Tony O\xE2\x80\x99Sullivan from Keep our NHS Public echoed "
                 "this view, saying:\n\n"
                 "It is top-down. The integration is integration of organisations.115\n\n"
                 "137.These partnerships were described by Simon Stevens as being "
                 "on an \xE2\x80\x9C" "evolutionary and developmental journey.\xE2\x80\x9D" "116\n\n"
                 "114 Q129\n\n115 Q12\n\n116 Q318\n");
    const evx_unit *q = unit(&u, "HC1/p135/q1");
    cr_expect(q->speaker && q->speaker->org && strcmp(q->speaker->org, "Dudley CCG") == 0,
              "org %s", q->speaker ? q->speaker->org : "-");
    q = unit(&u, "HC1/p136/q1");
    cr_expect(q->speaker && q->speaker->org &&
                  strcmp(q->speaker->org, "Keep our NHS Public") == 0,
              "org %s", q->speaker ? q->speaker->org : "-");
    q = unit(&u, "HC1/p137/q1");
    cr_expect(q->speaker && q->speaker->name && !q->speaker->org,
              "name %s org %s", q->speaker ? q->speaker->name : "-",
              q->speaker ? q->speaker->org : "-");
    evx_units_free(&u);
}

/* A department's list of subjects in a post or a body's name holds
 * commas ("Secretary of State for Digital, Culture, Media and Sport";
 * "…, Foreign, Commonwealth and Development Office"): one post, one body,
 * where the words after its last comma had been the organisation ("Media
 * and Sport"); a post before a body whose name has "and" stays apart
 * ("Chair, Health and Social Care Committee"). */
Test(names_forms, a_departments_list_of_subjects_is_one_name)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.Ms Dorries told us that the Bill was "
                 "\xE2\x80\x9C" "a world first\xE2\x80\x9D.1\n\n"
                 "Footnotes\n\n1 Q60\n\n"
                 "Witnesses\n\n"
                 "Tuesday 2 November 2021\n\n"
                 "Rt Hon Nadine Dorries MP, Secretary of State for Digital, Culture, "
                 "Media and Sport\tQ51\xE2\x80\x93" "80\n\n"
                 "Tuesday 8 March 2022\n\n"
                 "Sir Philip Barton KCMG OBE, Permanent Under-Secretary and Head of "
                 "the Diplomatic Service, Foreign, Commonwealth and Development "
                 "Office\tQ81\xE2\x80\x93" "120\n\n"
                 "Tuesday 15 March 2022\n\n"
                 "Dr Sarah Wollaston MP, Chair, Health and Social Care "
                 "Committee\tQ121\xE2\x80\x93" "140\n");
    const evx_person *d = person(&u, "HC1/witness/1", 0);
    cr_expect_str_eq(d->role, "Secretary of State for Digital, Culture, Media and Sport");
    cr_expect_null(d->org, "org %s", d->org);
    const evx_person *b = person(&u, "HC1/witness/2", 0);
    cr_expect_str_eq(b->org, "Foreign, Commonwealth and Development Office");
    const evx_person *w = person(&u, "HC1/witness/3", 0);
    cr_expect_str_eq(w->role, "Chair");
    cr_expect_str_eq(w->org, "Health and Social Care Committee");
    evx_units_free(&u);
}

/* A page's number and running header glued after a panel's question range
 * ("… Procter & Gamble Q401–511 36 Environmental impact of
 * microplastics", as a copy joining a page's lines leaves it) is no
 * witness: it had been one named "36 Environmental impact of
 * microplastics". */
Test(names_forms, a_page_header_after_a_panel_is_no_witness)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u,
            "1 Introduction\n\n"
            "1. Dr Gilbert told us that the company had acted.1\n\n"
            "1 Q401\n\n"
            "Witnesses\n\n"
            "Wednesday 29 June 2016\n\n"
            "Dr Laurent Gilbert, Director, L\xE2\x80\x99Or\xC3\xA9" "al, and Ian "
            "Malcomber, Science Director at Unilever Q401\xE2\x80\x93" "511 36 "
            "Environmental impact of microplastics\n\n"
            "Published written evidence\n\n"
            "1 Anglian Water (EIM0046)\n",
            0);
    for (size_t i = 0; i < u.len; i++) {
        const evx_unit *w = u.items[i];
        for (size_t k = 0; w->type == EVX_UNIT_WITNESS && k < w->n_people; k++)
            cr_expect(strstr(w->people[k].name, "Environmental") == NULL,
                      "%s: a witness named %s", w->id, w->people[k].name);
    }
    evx_units_free(&u);
}

/* A Special Report's appendix printing the Government's response under
 * the committee's list ("Appendix: Government Response" / "Conclusions and
 * recommendations" / each recommendation, then the reply): the list is the
 * appendix's text, in both readers.  The replies had been read into the
 * committee's recommendations (pdf-text), or the recommendations made the
 * special report's own and the replies dropped (web). */
static const char govt_response[] =
    "Special Report\n\n"
    "1. On 14 May 2019 we published our Twelfth Report. The Government\xE2\x80\x99s "
    "response is appended to this report.\n\n"
    "Appendix: Government Response\n\n"
    "The Government welcomes the Committee\xE2\x80\x99s report.\n\n"
    "Conclusions and recommendations\n\n"
    "1. The Department should publish a national bus strategy by the end of "
    "2019. (Paragraph 23)\n\n"
    "The Government agrees that a long-term strategy for buses is needed.\n\n"
    "2. The Department should fund the concessionary travel scheme in full. "
    "(Paragraph 56)\n\n"
    "The Government does not accept this recommendation.\n";

Test(names_forms, an_appendix_printing_a_government_response)
{
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, govt_response, web);
        size_t replies = 0;
        for (size_t i = 0; i < u.len; i++) {
            const evx_unit *x = u.items[i];
            cr_expect(x->type != EVX_UNIT_RECOMMENDATION, "%s reader: %s is a "
                      "recommendation: %s", web ? "web" : "pdf", x->id, x->text);
            replies += x->type == EVX_UNIT_ANNEX && x->text &&
                       strstr(x->text, "The Government agrees") != NULL;
        }
        cr_expect_eq(replies, 1, "%s reader: the reply in %zu annex units",
                     web ? "web" : "pdf", replies);
        evx_units_free(&u);
    }
}

/* A post printed after a name is the role, whatever the post ("Lord
 * Fowler, The Lord Speaker"; "Katie Price, petitioner"), not the
 * organisation; a person by rank who gave written evidence is no body
 * ("Brigadier Ed Butler CBE DSO" had been his own organisation). */
Test(names_forms, posts_and_ranks_are_no_organisations)
{
    cr_expect(evx_part_names_post("The Lord Speaker", 16));
    cr_expect(evx_part_names_post("petitioner", 10));
    cr_expect_null(evx_source_org("Brigadier Ed Butler CBE DSO"));
    cr_expect_null(evx_source_org("Professor Jane Doe"));
    cr_expect_str_eq(evx_source_org("Cosmetics Europe"), "Cosmetics Europe");
}

/* A lead-in naming a post by its words before a preposition ("The Chief
 * Secretary told us" for "Chief Secretary to the Treasury") is the one of
 * the panel who holds it. */
Test(names_forms, a_post_named_by_its_words_before_to)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 The Budget\n\n"
                 "1.The Chief Secretary told us that departments had received "
                 "\xE2\x80\x9Cthe largest real-terms increase this century\xE2\x80\x9D.1\n\n"
                 "Footnotes\n\n1 Q30\n\n"
                 "Witnesses\n\n"
                 "Monday 8 November 2021\n\n"
                 "Rt Hon Rishi Sunak MP, Chancellor of the Exchequer; Rt Hon Simon "
                 "Clarke MP, Chief Secretary to the Treasury\tQ26\xE2\x80\x93" "50\n");
    expect_speaker(&u, "HC1/p1/q1", "Rt Hon Simon Clarke MP");
    evx_units_free(&u);
}

/* A name printed family name first ("Mr Nguyễn Văn Minh", "Ms Tran Thi
 * Lan") is named by its title and family name ("Mr Nguyễn"), as English
 * names anyone; a surname the panel holds still wins over it ("Mr
 * James" is Mr Alan James, not Mr James Smith). */
Test(names_forms, a_name_printed_family_name_first)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.Mr Nguy\xE1\xBB\x85n argued that the rules were "
                 "\xE2\x80\x9Chopelessly vague\xE2\x80\x9D.1\n\n"
                 "2.Ms Tran said the plan was \xE2\x80\x9C" "a good start\xE2\x80\x9D.2\n\n"
                 "3.Mr James said the plan was \xE2\x80\x9C" "a poor start\xE2\x80\x9D.3\n\n"
                 "Footnotes\n\n1 Q40\n\n2 Q41\n\n3 Q60\n\n"
                 "Witnesses\n\n"
                 "Tuesday 2 November 2021\n\n"
                 "Mr Nguy\xE1\xBB\x85n V\xC4\x83n Minh, Director, Saigon Trade Office; "
                 "Ms Tran Thi Lan, Adviser, Saigon Trade Office\tQ31\xE2\x80\x93" "50\n\n"
                 "Wednesday 3 November 2021\n\n"
                 "Mr James Smith, Director, Port Authority; "
                 "Mr Alan James, Adviser, Harbour Board\tQ51\xE2\x80\x93" "70\n");
    expect_speaker(&u, "HC1/p1/q1", "Mr Nguy\xE1\xBB\x85n V\xC4\x83n Minh");
    expect_speaker(&u, "HC1/p2/q1", "Ms Tran Thi Lan");
    expect_speaker(&u, "HC1/p3/q1", "Mr Alan James");
    evx_units_free(&u);
}

/* A title before a word of a listed body's name makes it a surname: "Mr
 * Watts" is not the Watts Family Trust (whose code he had been given),
 * nor "Mr Rowntree" a speaker "Rowntree"; the bodies themselves are still
 * theirs.  And a courtesy title is not a doctor's: "Mrs Scott, a parent"
 * is not Dr Emma Scott, nor "Dr Brown, a GP" Mrs Jane Brown. */
Test(names_forms, a_titled_surname_is_no_body_nor_a_doctor)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.Mr Watts argued that the rules were "
                 "\xE2\x80\x9C" "far too complicated\xE2\x80\x9D.\n\n"
                 "2.Mr Rowntree said that the scheme was "
                 "\xE2\x80\x9C" "a lifeline for families\xE2\x80\x9D.\n\n"
                 "3.The Watts Family Trust argued that the grants were "
                 "\xE2\x80\x9C" "too small to matter\xE2\x80\x9D.\n\n"
                 "4.Mrs Scott, a parent from Dundee, told us that she had "
                 "\xE2\x80\x9Cwaited two years\xE2\x80\x9D.\n\n"
                 "5.Dr Brown, a GP in Leeds, told us that it was "
                 "\xE2\x80\x9C" "a postcode lottery\xE2\x80\x9D.\n\n"
                 "Witnesses\n\n"
                 "Tuesday 6 June 2023\n\n"
                 "Dr Emma Scott, Reader in Education, University of Dundee; "
                 "Mrs Jane Brown, Chair, Parents Forum\tQ1\xE2\x80\x93" "30\n\n"
                 "Published written evidence\n\n"
                 "1 Watts Family Trust (TST0005)\n\n"
                 "2 Joseph Rowntree Foundation (TST0006)\n");
    expect_speaker(&u, "HC1/p1/q1", "Mr Watts");
    cr_expect_null(unit(&u, "HC1/p1/q1")->speaker->ref);
    expect_speaker(&u, "HC1/p2/q1", "Mr Rowntree");
    expect_speaker(&u, "HC1/p3/q1", "Watts Family Trust");
    expect_speaker(&u, "HC1/p4/q1", "Mrs Scott");
    expect_speaker(&u, "HC1/p5/q1", "Dr Brown"); /* not Mrs Jane Brown */
    evx_units_free(&u);
}

/* An untitled witness whose name has a lower-case particle ("Ana de la
 * Cruz", "Iolo ap Dafydd", "Amal al-Hassan", "Seán Ó Riain", "Màiri Nic
 * a' Bhaird") after ", and" or ";" is a witness of their own: they had
 * been read into the role of the witness before them, and their words
 * given to that witness. */
Test(names_forms, an_untitled_name_with_a_particle_after_and)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.Ms de la Cruz said that there was "
                 "\xE2\x80\x9Cno evidence base at all\xE2\x80\x9D.1\n\n"
                 "2.As Iolo ap Dafydd put it, "
                 "\xE2\x80\x9Cnobody explains who does what\xE2\x80\x9D.2\n\n"
                 "3.Dr al-Hassan said the plan was "
                 "\xE2\x80\x9C" "a good start\xE2\x80\x9D.3\n\n"
                 "4.Mr \xC3\x93 Riain said the plan was "
                 "\xE2\x80\x9C" "a poor start\xE2\x80\x9D.4\n\n"
                 "5.Ms Nic a' Bhaird said the plan was "
                 "\xE2\x80\x9C" "too late\xE2\x80\x9D.5\n\n"
                 "Footnotes\n\n1 Q50\n\n2 Q70\n\n3 Q90\n\n4 Q91\n\n5 Q92\n\n"
                 "Witnesses\n\n"
                 "Wednesday 7 June 2023\n\n"
                 "Helen Barnard, Director of Policy, Joseph Rowntree Foundation, "
                 "and Ana de la Cruz, Programme Head, Justice, Nuffield "
                 "Foundation\tQ31\xE2\x80\x93" "60\n\n"
                 "Professor Laura McAllister CBE, Professor of Public Policy, "
                 "Cardiff University, and Iolo ap Dafydd, broadcaster\tQ61\xE2\x80\x93" "80\n\n"
                 "Tuesday 13 June 2023\n\n"
                 "John Smith, Director, Port Authority; Amal al-Hassan, Adviser, "
                 "Harbour Board; Se\xC3\xA1n \xC3\x93 Riain, Chief Executive, Ferry "
                 "Trust, and M\xC3\xA0iri Nic a' Bhaird, Director, Island "
                 "Council\tQ81\xE2\x80\x93" "100\n");
    expect_speaker(&u, "HC1/p1/q1", "Ana de la Cruz");
    expect_speaker(&u, "HC1/p2/q1", "Iolo ap Dafydd");
    expect_speaker(&u, "HC1/p3/q1", "Amal al-Hassan");
    expect_speaker(&u, "HC1/p4/q1", "Se\xC3\xA1n \xC3\x93 Riain");
    expect_speaker(&u, "HC1/p5/q1", "M\xC3\xA0iri Nic a\xE2\x80\x99 Bhaird");
    const evx_person *h = person(&u, "HC1/witness/1", 0);
    cr_expect_str_eq(h->role, "Director of Policy");
    cr_expect_str_eq(h->org, "Joseph Rowntree Foundation");
    cr_expect_str_eq(person(&u, "HC1/witness/1", 1)->org, "Nuffield Foundation");
    cr_expect_str_eq(person(&u, "HC1/witness/2", 0)->org, "Cardiff University");
    /* a description in lower case is no organisation */
    cr_expect_str_eq(person(&u, "HC1/witness/2", 1)->role, "broadcaster");
    cr_expect_null(person(&u, "HC1/witness/2", 1)->org);
    cr_expect_eq(unit(&u, "HC1/witness/3")->n_people, 4);
    evx_units_free(&u);
}

/* Names printed in capitals with their titles ("DR JANE OCONNOR, Head of
 * Coastal Risk, Environment Agency, and MR PETER SMITH, …") are read as
 * in mixed case: the second had been read into the first's role. */
Test(names_forms, titled_names_in_capitals)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.Mr Smith said that premiums had "
                 "\xE2\x80\x9Ctrebled in five years\xE2\x80\x9D.1\n\n"
                 "2.Dr O'Connor said that the risk was "
                 "\xE2\x80\x9Crising every year\xE2\x80\x9D.2\n\n"
                 "Footnotes\n\n1 Q12\n\n2 Q40\n\n"
                 "Witnesses\n\n"
                 "Tuesday 6 June 2023\n\n"
                 "DR JANE OCONNOR, Head of Coastal Risk, Environment Agency, and "
                 "MR PETER SMITH, Chief Underwriter, Coastal Mutual\tQ1\xE2\x80\x93" "30\n\n"
                 "PROFESSOR ANN LEE, Director, Flood Institute; DR JANE O'CONNOR, "
                 "Adviser, MS SOCIETY\tQ31\xE2\x80\x93" "50\n");
    expect_speaker(&u, "HC1/p1/q1", "MR PETER SMITH");
    expect_speaker(&u, "HC1/p2/q1", "DR JANE O\xE2\x80\x99" "CONNOR");
    const evx_person *o = person(&u, "HC1/witness/1", 0);
    cr_expect_str_eq(o->role, "Head of Coastal Risk");
    cr_expect_str_eq(o->org, "Environment Agency");
    cr_expect_str_eq(person(&u, "HC1/witness/1", 1)->org, "Coastal Mutual");
    cr_expect_eq(unit(&u, "HC1/witness/2")->n_people, 2);
    cr_expect_str_eq(person(&u, "HC1/witness/2", 1)->org, "MS SOCIETY");
    /* a post in capitals is no titled name */
    cr_expect_not(evx_part_has_honorific("PROFESSOR OF PUBLIC POLICY", 26));
    cr_expect(evx_part_has_honorific("THE RT HON THE LORD SMITH", 25));
    evx_units_free(&u);
}

/* A House of Lords list marks each witness who gave oral evidence with
 * "*" at the line's start, and a session's question range on its first
 * line; re-wrapped, the next witness's mark is carried up after the range
 * ("… London School of Economics  QQ 39–50 *" / "Dr Jo Casebourne,
 * Institute for Government") or into the entry ("… Housing and
 * Communities *    Dame Sarah Healey DCB, …"): the mark opens another
 * witness of the session, never words of the first's organisation. */
Test(names_forms, a_lords_mark_carried_into_an_entry)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u,
            "Chapter 1: INTRODUCTION\n\n"
            "1. Dr Casebourne told us that authorities were "
            "\xE2\x80\x9Cstretched thin\xE2\x80\x9D.1\n\n"
            "2. Dame Sarah told us that the fund was "
            "\xE2\x80\x9Cnot a competition\xE2\x80\x9D.2\n\n"
            "1 Q 45\n"
            "2 Q 62\n\n"
            "Appendix 1: LIST OF WITNESSES\n\n"
            "Oral evidence in chronological order\n\n"
            "*    Professor Tony Travers, London School of Economics  QQ 39\xE2\x80\x93" "50 *\n"
            "Dr Jo Casebourne, Institute for Government\n\n"
            "*    Lord Kerslake, former Head of the Civil Service     QQ 1\xE2\x80\x93" "12\n\n"
            "*    Sir Bob Roe, Chief Executive, Local Growth Fund   QQ 51\xE2\x80\x93" "70\n"
            "Board *    Dame Sarah Healey DCB, Permanent Secretary,\n"
            "Cabinet Office\n",
            0);
    const evx_unit *panel = NULL, *second = NULL;
    for (size_t i = 0; i < u.len; i++) {
        const evx_unit *w = u.items[i];
        if (w->type == EVX_UNIT_WITNESS && w->q_first == 39)
            panel = w;
        if (w->type == EVX_UNIT_WITNESS && w->q_first == 51)
            second = w;
    }
    cr_assert_not_null(panel);
    cr_assert_eq(panel->n_people, 2);
    cr_expect_str_eq(panel->people[0].name, "Professor Tony Travers");
    cr_expect_str_eq(panel->people[0].org, "London School of Economics");
    cr_expect_str_eq(panel->people[1].name, "Dr Jo Casebourne");
    cr_expect_str_eq(panel->people[1].org, "Institute for Government");
    cr_assert_not_null(second);
    cr_assert_eq(second->n_people, 2);
    cr_expect_str_eq(second->people[0].org, "Local Growth Fund Board");
    cr_expect_str_eq(second->people[1].name, "Dame Sarah Healey DCB");
    expect_speaker(&u, "HC1/p1/q1", "Dr Jo Casebourne");
    expect_speaker(&u, "HC1/p2/q1", "Dame Sarah Healey DCB");
    evx_units_free(&u);
}

/* A post whose subject has more than one word before its list's commas
 * ("Secretary of State for Levelling Up, Housing and Communities") is one
 * post: its last subjects had been read as the organisation. */
Test(names_forms, a_posts_list_of_subjects_after_two_words)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.The Secretary of State told us that the funds were "
                 "\xE2\x80\x9Cnot a competition\xE2\x80\x9D.1\n\n"
                 "Footnotes\n\n1 Q55\n\n"
                 "Witnesses\n\n"
                 "Wednesday 10 May 2023\n\n"
                 "Rt Hon Michael Gove MP, Secretary of State for Levelling Up, "
                 "Housing and Communities, and Dame Sarah Healey DCB, Permanent "
                 "Secretary, Department for Levelling Up, Housing and "
                 "Communities\tQ51\xE2\x80\x93" "70\n\n"
                 "Wednesday 17 May 2023\n\n"
                 "Jane Doe, Head of Coastal Risk, Environment Agency\tQ71\xE2\x80\x93" "90\n");
    const evx_person *g = person(&u, "HC1/witness/1", 0);
    cr_expect_str_eq(g->role, "Secretary of State for Levelling Up, Housing and Communities");
    cr_expect_str_eq(person(&u, "HC1/witness/1", 1)->org,
                     "Department for Levelling Up, Housing and Communities");
    cr_expect_str_eq(person(&u, "HC1/witness/2", 0)->org, "Environment Agency");
    expect_speaker(&u, "HC1/p1/q1", "Rt Hon Michael Gove MP");
    evx_units_free(&u);
}

/* A House of Lords list's introduction wrapped over lines ("… Those
 * witnesses marked with ** gave" / "both oral and written evidence. Those
 * marked with * gave oral evidence and did not" / "submit any written
 * evidence. …"): the lines that go on its sentence are its words, not
 * witnesses (they had been two, named by those lines), in both readers. */
static const char lords_intro[] =
    "Chapter 1: INTRODUCTION\n\n"
    "1. Lord Kerslake told us that councils were "
    "\xE2\x80\x9Cstretched thin\xE2\x80\x9D.1\n\n"
    "1 Q 5\n\n"
    "Appendix 1: LIST OF WITNESSES\n\n"
    "Evidence received by the Committee is listed below in chronological order of oral\n"
    "evidence session and in alphabetical order. Those witnesses marked with ** gave\n"
    "both oral and written evidence. Those marked with * gave oral evidence and did not\n"
    "submit any written evidence. All other witnesses submitted written evidence only.\n\n"
    "Oral evidence in chronological order\n\n"
    "*    Lord Kerslake, former Head of the Civil Service     QQ 1\xE2\x80\x93" "12\n";

Test(names_forms, a_lords_lists_introduction_wrapped_over_lines)
{
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, lords_intro, web);
        size_t witnesses = 0;
        for (size_t i = 0; i < u.len; i++) {
            const evx_unit *w = u.items[i];
            if (w->type != EVX_UNIT_WITNESS)
                continue;
            witnesses++;
            for (size_t k = 0; k < w->n_people; k++)
                cr_expect(strstr(w->people[k].name, "evidence") == NULL,
                          "%s reader: %s is a witness named %s",
                          web ? "web" : "pdf", w->id, w->people[k].name);
        }
        cr_expect_eq(witnesses, 1, "%s reader: %zu witness units",
                     web ? "web" : "pdf", witnesses);
        expect_speaker(&u, "HC1/p1/q1", "Lord Kerslake");
        evx_units_free(&u);
    }
}

/* A quotation that ends on an ellipsis in brackets written as three full
 * stops ("[...]." where the report prints "[…]."): the full stop after it
 * ends the sentence, so the next quotation's footnote is not its (Dr
 * Smith's quotation had cited footnotes 1 and 2, and a footnote given to
 * one speaker's words can name another); "0.01% to 4.1%." ends one too. */
Test(names_forms, an_ellipsis_of_full_stops_ends_no_abbreviation)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.Dr Smith said: \xE2\x80\x9Cthe fibres degrade slowly [...].\xE2\x80\x9D" "1 "
                 "Dr Jones also suggested that fibres were \xE2\x80\x9C" "a problem "
                 "that will grow\xE2\x80\x9D.2 We agree.\n\n"
                 "Footnotes\n\n1 Q12\n\n2 Q14\n\n"
                 "Witnesses\n\nTuesday 2 November 2021\n\n"
                 "Dr John Smith, Director, Fibre Institute; Dr Ann Jones, Chair, "
                 "Sea Trust\tQ1\xE2\x80\x93" "30\n");
    const evx_unit *q1 = unit(&u, "HC1/p1/q1");
    cr_assert_eq(q1->n_footnotes, 1);
    cr_expect_eq(q1->footnotes[0], 1);
    expect_speaker(&u, "HC1/p1/q1", "Dr John Smith");
    expect_speaker(&u, "HC1/p1/q2", "Dr Ann Jones");
    evx_units_free(&u);
}

/* A Member of the Senedd's "MS" after the name is a post-nominal, not the
 * title "Ms": "Mr ap Iorwerth" is Rhun ap Iorwerth MS (he had been read
 * as a woman, so another person, and his words given to no one). */
Test(names_forms, a_post_nominal_is_no_title)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.Mr ap Iorwerth told us that ministers were "
                 "\xE2\x80\x9Croutinely told after the event\xE2\x80\x9D.1\n\n"
                 "Footnotes\n\n1 Q50\n\n"
                 "Witnesses\n\nWednesday 11 January 2023\n\n"
                 "Rhun ap Iorwerth MS, Leader, Plaid Cymru; Si\xC3\xA2n Gwenllian MS, "
                 "Member of the Senedd for Arfon\tQ46\xE2\x80\x93" "78\n");
    expect_speaker(&u, "HC1/p1/q1", "Rhun ap Iorwerth MS");
    evx_units_free(&u);
}

/* A post named by its first part, before "and" and a second post ("The
 * Lord Chancellor" for "Lord Chancellor and Secretary of State for
 * Justice"), is its holder in the panel; "Lord Chancellor" is a post, not
 * a peer named Chancellor (the words had had no speaker). */
Test(names_forms, a_post_named_by_its_first_part)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.The Lord Chancellor told us that the Bill "
                 "\xE2\x80\x9Crestores common sense\xE2\x80\x9D.1\n\n"
                 "Footnotes\n\n1 Q65\n\n"
                 "Witnesses\n\nWednesday 21 June 2023\n\n"
                 "Rt Hon Alex Chalk KC MP, Lord Chancellor and Secretary of State "
                 "for Justice; Lord Bellamy KC, Parliamentary Under-Secretary of "
                 "State, Ministry of Justice\tQ61\xE2\x80\x93" "78\n");
    expect_speaker(&u, "HC1/p1/q1", "Rt Hon Alex Chalk KC MP");
    evx_units_free(&u);
}

/* A post the witness list prints in lower case ("petitioner") is named so
 * in the text ("As the petitioner put it,"): its one holder in the panel
 * (the words had had no speaker). */
Test(names_forms, a_post_printed_in_lower_case)
{
    evx_units u = EVX_UNITS_INIT;

    read_web(&u, "1 Introduction\n\n"
                 "1.We were not reassured. As the petitioner put it, "
                 "\xE2\x80\x9C" "families have heard promises before\xE2\x80\x9D.1\n\n"
                 "Footnotes\n\n1 Q29\n\n"
                 "Witnesses\n\nTuesday 21 March 2023\n\n"
                 "Hannah Okonkwo-Barnes, petitioner; Witness A, parent; "
                 "Dr Emma Scott, Reader in Education, University of Dundee"
                 "\tQ1\xE2\x80\x93" "35\n");
    expect_speaker(&u, "HC1/p1/q1", "Hannah Okonkwo-Barnes");
    evx_units_free(&u);
}

/* An untitled Irish name whose particle has an accented small letter
 * ("Máire Ní Dhomhnaill", "Caoimhe Uí Bhriain") after ", and": the
 * particle had read as an acronym, the name as none, and the witness had
 * been read into the role of the one before, who was given her words. */
Test(names_forms, an_irish_particle_with_an_accent_after_and)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, "1 Introduction\n\n"
                "1. M\xC3\xA1ire N\xC3\xAD Dhomhnaill told us that small firms "
                "had \xE2\x80\x9Cgiven up bidding\xE2\x80\x9D.1\n\n"
                "1 Q84\n\n"
                "Witnesses\n\n"
                "Tuesday 21 November 2023\n\n"
                "Dafydd ap Iorwerth, Chief Executive, Welsh Defence Forum, and "
                "M\xC3\xA1ire N\xC3\xAD Dhomhnaill, Director, Aerospace "
                "Alliance; Caoimhe U\xC3\xAD Bhriain, Chair, Ulster Growers "
                "Q80\xE2\x80\x93" "100\n", 0);
    const evx_unit *w = unit(&u, "HC1/witness/1");
    cr_assert_eq(w->n_people, 3);
    cr_expect_str_eq(w->people[0].org, "Welsh Defence Forum");
    cr_expect_str_eq(w->people[1].name, "M\xC3\xA1ire N\xC3\xAD Dhomhnaill");
    cr_expect_str_eq(w->people[2].name, "Caoimhe U\xC3\xAD Bhriain");
    expect_speaker(&u, "HC1/p1/q1", "M\xC3\xA1ire N\xC3\xAD Dhomhnaill");
    evx_units_free(&u);
}

/* A written evidence list prints people surname first, a rank among their
 * titles ("Frost, Wing Commander Anne", "Blythe, Colonel (Retd) Richard"):
 * each is a person, named in reading order; they had been bodies named
 * after themselves, surname first, in every citation. */
Test(names_forms, a_ranked_person_in_a_written_evidence_list)
{
    evx_units u = EVX_UNITS_INIT;

    read_as(&u, "1 Introduction\n\n"
                "1. Wing Commander Anne Frost wrote that reservists were "
                "\xE2\x80\x9Ctreated as an afterthought\xE2\x80\x9D.1 Colonel "
                "(Retd) Richard Blythe said they were \xE2\x80\x9Cthe untapped asset\xE2"
                "\x80\x9D.2\n\n"
                "1 RAF0021\n2 RAF0019\n\n"
                "Published written evidence\n\n"
                "The following written evidence was received.\n\n"
                "1 Blythe, Colonel (Retd) Richard (RAF0019)\n"
                "2 Frost, Wing Commander Anne (RAF0021)\n", 0);
    const char *ids[] = {"HC1/p1/q1", "HC1/p1/q2"};
    const char *names[] = {"Wing Commander Anne Frost",
                           "Colonel (Retd) Richard Blythe"};
    for (size_t i = 0; i < 2; i++) {
        expect_speaker(&u, ids[i], names[i]);
        cr_expect_null(unit(&u, ids[i])->speaker->org, "%s: org %s", ids[i],
                       unit(&u, ids[i])->speaker->org);
    }
    evx_units_free(&u);
}
