/*
 * test_attrib_fn.c - the footnote reader (attrib_fn.h): what each shape
 * of footnote gives, as committee reports print them.  The attribution
 * rules that use it are in test_attrib.c.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib_fn.h"
#include "attrib_fnrepeat.h"

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

    /* ranges and spellings of question references */
    t = "Qq 12–14 [Ian Dalton]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_eq(r[0].q, 12);
    cr_expect_str_eq(r[0].ref, "Qq 12–14");
    cr_expect_str_eq(r[0].name, "Ian Dalton");
    evx_fnrefs_free(r, n);

    t = "Questions 12-14";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_eq(r[0].q, 12);
    cr_expect_null(r[0].name);
    evx_fnrefs_free(r, n);

    t = "Q. 45 (Mr Smith)";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_eq(r[0].q, 45);
    cr_expect_str_eq(r[0].name, "Mr Smith");
    evx_fnrefs_free(r, n);

    /* another committee's evidence, however it is introduced */
    t = "Evidence given to the Work and Pensions Committee, 3 May 2017, Q5 "
        "(Damian Green)";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_eq(r[0].kind, EVX_FNREF_COMMITTEE);
    cr_expect_eq(r[0].q, 5);
    cr_expect_str_eq(r[0].name, "Damian Green");
    evx_fnrefs_free(r, n);

    /* a submitter after "Written evidence from", a code printed spaced */
    t = "Written evidence from the British Medical Association (STP 0011)";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_eq(r[0].kind, EVX_FNREF_WRITTEN);
    cr_expect_str_eq(r[0].name, "British Medical Association");
    cr_expect_str_eq(evx_fnref_code_digits(r[0].code), "0011");
    evx_fnrefs_free(r, n);

    /* a pointer before the evidence, "see also" after it */
    t = "See, for example, Q45 [Ian Dalton]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_str_eq(r[0].name, "Ian Dalton");
    evx_fnrefs_free(r, n);

    /* the evidence pointed at beside the source is none of its */
    t = "Q45 [Ian Dalton]; see also Q50";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_str_eq(r[0].name, "Ian Dalton");
    evx_fnrefs_free(r, n);

    t = "Qq 45 and 47 [Jane Smith]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_str_eq(r[0].ref, "Qq 45 and 47");
    cr_expect_str_eq(r[0].name, "Jane Smith");
    evx_fnrefs_free(r, n);

    /* a plural listing questions with commas: one reference, not a
     * question and a document "91 [Jane Smith]" */
    t = "Qq88, 91 [Jane Smith]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_eq(r[0].q, 88);
    cr_expect_str_eq(r[0].ref, "Qq88, 91");
    cr_expect_str_eq(r[0].name, "Jane Smith");
    evx_fnrefs_free(r, n);

    t = "Qq 12, 14\xE2\x80\x93" "15; Q20 [Ann Lee]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 2);
    cr_expect_str_eq(r[0].ref, "Qq 12, 14\xE2\x80\x93" "15");
    cr_expect_eq(r[1].q, 20);
    evx_fnrefs_free(r, n);

    /* the day after a question is its session's, no document */
    t = "Q 5 (Lord Kerslake), 22 February 2023";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_eq(r[0].kind, EVX_FNREF_ORAL);
    cr_expect_eq(r[0].q, 5);
    cr_expect_str_eq(r[0].name, "Lord Kerslake");
    cr_expect_eq(r[0].ymd, 20230222);
    evx_fnrefs_free(r, n);

    t = "Written evidence submitted by the Law Society (ABC0123)";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_str_eq(r[0].name, "Law Society");
    evx_fnrefs_free(r, n);

    /* an organisation named after the record is one */
    t = "Hansard Society, Audit of Political Engagement 16, 2019";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_str_eq(r[0].name, "Hansard Society");
    evx_fnrefs_free(r, n);

    /* no author: a date, a repeat, the kind of citation itself, an event */
    const char *no_author[] = {"HC Deb 12 March 2018, col 45", "Ibid., Q45",
                               "As above, Q12", "Ibid",
                               "Evidence to the Committee, March 2018",
                               "Committee visit to Leeds, 12 March 2018",
                               "Note of a roundtable with carers, May 2018",
                               /* Parliament's record of its members' words
                                * (they had been "HC Deb", "HL Deb", ...) */
                               "HC Deb, 12 March 2019, col 345",
                               "HL Deb, 3 May 2018, col 12",
                               "Official Report, 5 June 2018, col 9",
                               "PQ 123456, 4 June 2018",
                               "Written question 12345, 4 June 2018",
                               "Hansard, 5 May 2018"};
    for (size_t k = 0; k < sizeof no_author / sizeof *no_author; k++) {
        t = no_author[k];
        cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
        cr_assert_geq(n, 1);
        cr_expect_null(r[0].name, "%s gave the name %s", t, r[0].name);
        evx_fnrefs_free(r, n);
    }

    cr_expect_eq(evx_fnref_ibid_at("Ibid., Q45", 10), 7);
    cr_expect_eq(evx_fnref_ibid_at("As above, page 7", 16), 10);
    cr_expect_eq(evx_fnref_ibid_at("Ibid.", 5), 0);
    cr_expect_eq(evx_fnref_ibid_at("Ibid., NHS England, 2017", 24), 0);
    cr_expect_eq(evx_fnref_ibid_at("Idempotent, Q5", 14), 0);

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

/* A name printed beside its question rather than after it, and the
 * House paper the evidence was printed in: the question is oral evidence
 * and the name its speaker, never a document's author. */
Test(attrib_fn, a_name_beside_its_question_and_a_paper_number)
{
    static const char *const cases[][3] = {
        {"Ian Dalton, Q45", "Q45", "Ian Dalton"},
        {"Q45, Ian Dalton", "Q45", "Ian Dalton"},
        {"Ian Dalton (Q45)", "Q45", "Ian Dalton"},
        /* the organisation in brackets is no part of the name */
        {"Ian Dalton (NHS Improvement) Q45", "Q45", "Ian Dalton"},
        {"HC 650, Q45 [Ian Dalton]", "Q45", "Ian Dalton"},
        {"HC 1234-I, Q45 [Ian Dalton]", "Q45", "Ian Dalton"},
        {"Oral evidence: Ian Dalton, Q45", NULL, "Ian Dalton"},
        {"Oral evidence from Ian Dalton, Q45", NULL, "Ian Dalton"},
        {"Oral evidence given by Ian Dalton, Q45", NULL, "Ian Dalton"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_fnref *r = NULL;
        size_t n = 0;
        const char *t = cases[k][0];
        cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
        cr_assert_eq(n, 1, "%s: %zu refs", t, n);
        cr_expect_eq(r[0].kind, EVX_FNREF_ORAL, "%s", t);
        cr_expect_eq(r[0].q, 45, "%s", t);
        cr_expect(r[0].name && strcmp(r[0].name, cases[k][2]) == 0,
                  "%s: name %s", t, r[0].name);
        if (cases[k][1])
            cr_expect_str_eq(r[0].ref, cases[k][1], "%s", t);
        evx_fnrefs_free(r, n);
    }
    /* a title beside a question number is no speaker */
    evx_fnref *r = NULL;
    size_t n = 0;
    const char *t = "Integrated care, Q45";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect(n == 0 || r[0].kind != EVX_FNREF_ORAL || !r[0].name,
              "%s: a speaker %s", t, n ? r[0].name : "-");
    evx_fnrefs_free(r, n);
}

/* However a footnote says what the written evidence is and who sent it,
 * the submitter is the name alone: a pasted citation must not read
 * "Supplementary written evidence submitted by NHS Providers". */
Test(attrib_fn, a_submitter_without_the_words_around_it)
{
    static const char *const forms[] = {
        "Written evidence from NHS Providers (STP0050)",
        "Supplementary written evidence submitted by NHS Providers (STP0050)",
        "Further written evidence from the NHS Providers (STP0050)",
        "Written submission from NHS Providers (STP0050)",
        "NHS Providers written evidence (STP0050)",
        "NHS Providers supplementary written evidence (STP0050)",
        "NHS Providers (supplementary) (STP0050)",
    };
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
        evx_fnref *r = NULL;
        size_t n = 0;
        const char *t = forms[k];
        cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
        cr_assert_eq(n, 1, "%s: %zu refs", t, n);
        cr_expect_eq(r[0].kind, EVX_FNREF_WRITTEN, "%s", t);
        cr_expect(r[0].name && strcmp(r[0].name, "NHS Providers") == 0,
                  "%s: name %s", t, r[0].name);
        evx_fnrefs_free(r, n);
    }
}

/* Empty parts between separators beside a question ("Q45,, Ian Dalton",
 * "Q45;; X") are read without reading past the text (found by
 * fuzz_report). */
Test(attrib_fn, empty_parts_beside_a_question)
{
    static const char *const cases[] = {"Q45,, Ian Dalton", ",Q45,", "Q45;;",
                                        ", , Q45", "Ian Dalton,,Q45", ",,"};
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_fnref *r = NULL;
        size_t n = 0;
        cr_assert_eq(evx_fnrefs_parse(&r, &n, cases[k], strlen(cases[k])),
                     EVX_OK, "%s", cases[k]);
        for (size_t i = 0; i < n; i++)
            cr_expect(!r[i].ref || strlen(r[i].ref) <= strlen(cases[k]), "%s",
                      cases[k]);
        evx_fnrefs_free(r, n);
    }
}

/* A question's brackets that give the speaker's post and body after the
 * name ("Q45 [Jane Doe, Chief Executive, Water UK]") name the person
 * alone, with the post and body apart (the whole had been the name); a
 * list of people stays whole. */
Test(attrib_fn, a_name_with_its_post_and_body_in_brackets)
{
    static const char *const cases[][4] = {
        {"Q45 (Ann Brewster, Royal College of Nursing)", "Ann Brewster", NULL,
         "Royal College of Nursing"},
        {"Q45 [Ann Brewster, Chief Executive, NHS Confed]", "Ann Brewster",
         "Chief Executive", "NHS Confed"},
        {"Q45 [Ann Brewster, The King’s Fund]", "Ann Brewster", NULL,
         "The King’s Fund"},
        {"Q45 [Dr Ann Brewster, Director of Policy]", "Dr Ann Brewster",
         "Director of Policy", NULL},
        {"Q45–47 [Dr Ann Brewster, Professor Ben Ivers]",
         "Dr Ann Brewster, Professor Ben Ivers", NULL, NULL},
        {"Q45 [Ann Brewster, Alan Smithers]", "Ann Brewster, Alan Smithers",
         NULL, NULL},
        /* a post no list holds and a body with no body's word, each told
         * by its place: after a post, a name-like part is the body */
        {"Q 31 (Ann Roe, Trustee, Hill Society)", "Ann Roe", "Trustee",
         "Hill Society"},
        {"Q 31 (Tom Kestle, MastCo)", "Tom Kestle", NULL, "MastCo"},
        {"Q 31 (Ann Roe, Chief Executive, Seabright Renewables)", "Ann Roe",
         "Chief Executive", "Seabright Renewables"},
        {"Q 40 (Ines Okafor, Professor of Marine Engineering, University of "
         "Tayside)", "Ines Okafor", "Professor of Marine Engineering",
         "University of Tayside"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_fnref *r = NULL;
        size_t n = 0;
        const char *t = cases[k][0];
        cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
        cr_assert_eq(n, 1, "%s: %zu refs", t, n);
        cr_expect_eq(r[0].kind, EVX_FNREF_ORAL, "%s", t);
        cr_expect(r[0].name && strcmp(r[0].name, cases[k][1]) == 0,
                  "%s: name %s", t, r[0].name);
        for (int j = 2; j <= 3; j++) {
            const char *got = j == 2 ? r[0].role : r[0].org;
            if (cases[k][j])
                cr_expect(got && strcmp(got, cases[k][j]) == 0, "%s: %s %s",
                          t, j == 2 ? "role" : "org", got ? got : "none");
            else
                cr_expect_null(got, "%s: %s %s", t, j == 2 ? "role" : "org",
                               got);
        }
        evx_fnrefs_free(r, n);
    }
}

/* Older reports' printed evidence cited by volume or by name ("Vol II,
 * p 245", "Vol II, Q 56", "Evidence, p 101"): a page or a question that
 * names no one, never a document by "Vol II"; and a report cited beside
 * questions after a semicolon is no name of theirs. */
Test(attrib_fn, volumes_of_evidence_and_reports_beside_questions)
{
    static const struct {
        const char *text;
        evx_fnref_kind kind;
        const char *ref;
    } cases[] = {
        {"Vol II, p 245", EVX_FNREF_PRINTED, "Vol II, p 245"},
        {"Volume 2, pp 245-6", EVX_FNREF_PRINTED, "Volume 2, pp 245-6"},
        {"Evidence, p 101", EVX_FNREF_PRINTED, "Evidence, p 101"},
        {"Vol II, Q 56", EVX_FNREF_ORAL, "Q 56"},
        {"Q 56, Vol II", EVX_FNREF_ORAL, "Q 56"},
        {"Qq 56\xE2\x80\x93" "57; C&AG\xE2\x80\x99s Report, para 2.5",
         EVX_FNREF_ORAL, "Qq 56\xE2\x80\x93" "57"},
        {"Q 35; NAO Report", EVX_FNREF_ORAL, "Q 35"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_fnref *r = NULL;
        size_t n = 0;
        const char *t = cases[k].text;
        cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
        cr_assert_geq(n, 1, "%s: no reference", t);
        cr_expect_eq(r[0].kind, cases[k].kind, "%s: kind %d", t, r[0].kind);
        cr_expect_str_eq(r[0].ref, cases[k].ref, "%s", t);
        cr_expect_null(r[0].name, "%s: named %s", t, r[0].name);
        evx_fnrefs_free(r, n);
    }
}

/* A paper's number names no author (a written statement, a Command
 * paper, a statutory instrument), nor does a committee's Special Report
 * that prints the Government's response: the words quoted from it are the
 * Government's, which the lead-in names.  A department's response names
 * its department. */
Test(attrib_fn, paper_numbers_and_printed_responses_name_no_author)
{
    static const char *const none[] = {
        "HCWS123, 11 February 2020",
        "HLWS45, 3 March 2021",
        "Cm 9876, March 2021, p 12",
        "Cmnd 1234, para 4",
        "SI 2020/123, regulation 4",
        "Transport Committee, Seventeenth Special Report of Session 2017\xE2\x80\x93"
        "19, Bus services: Government Response to the Committee\xE2\x80\x99s "
        "Twelfth Report, HC 2655, p 2",
        "Bus services in England outside London: Government Response to the "
        "Committee\xE2\x80\x99s Twelfth Report, HC 2655, para 8"};
    for (size_t k = 0; k < sizeof none / sizeof *none; k++) {
        evx_fnref *r = NULL;
        size_t n = 0;
        cr_assert_eq(evx_fnrefs_parse(&r, &n, none[k], strlen(none[k])), EVX_OK);
        cr_assert_geq(n, 1, "%s: no reference", none[k]);
        cr_expect_null(r[0].name, "%s: named %s", none[k], r[0].name);
        evx_fnrefs_free(r, n);
    }
    const char *dept = "Department for Transport, Government Response to the "
                       "Transport Committee\xE2\x80\x99s report, Cm 9876, July 2019, p 4";
    evx_fnref *r = NULL;
    size_t n = 0;
    cr_assert_eq(evx_fnrefs_parse(&r, &n, dept, strlen(dept)), EVX_OK);
    cr_assert_geq(n, 1);
    cr_expect_str_eq(r[0].name, "Department for Transport");
    evx_fnrefs_free(r, n);
}

/* A title opened with a single mark closes with a single mark: a footnote
 * that ran into the text after it ("’Cosmetics Europe recommendation …,
 * Cosmetics Europe Press Release, 21 October 2015 … said that this
 * recommendation “applies” to 90%") had taken the quotation's ” for the
 * title's end, and "to 90%" for its author. */
Test(attrib_fn, a_title_closes_with_its_own_mark)
{
    const char *t = "\xE2\x80\x99" "Cosmetics Europe recommendation on solid plastic "
                    "particles, Cosmetics Europe Press Release, 21 October 2015 John "
                    "Chave said that this recommendation \xE2\x80\x9C" "applies\xE2\x80\x9D to 90%";
    evx_fnref *r = NULL;
    size_t n = 0;
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_geq(n, 1);
    cr_expect(!r[0].name || strstr(r[0].name, "90%") == NULL, "author %s", r[0].name);
    evx_fnrefs_free(r, n);
}

/* A citation without a year of more than a few words is a document when
 * it ends at a place in it ("…, para 3.2"): its author is the text's
 * first part; as many words with no place are an explanatory note. */
Test(attrib_fn, a_long_citation_ending_at_a_place_is_a_document)
{
    evx_fnref *r = NULL;
    size_t n = 0;
    const char *t = "Office for Budget Responsibility, Charter for Budget "
                    "Responsibility, para 3.2";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_eq(r[0].kind, EVX_FNREF_DOCUMENT);
    cr_expect_str_eq(r[0].name, "Office for Budget Responsibility");
    evx_fnrefs_free(r, n);

    t = "The Government said that it would respond to this point in due "
        "course";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_eq(r[0].kind, EVX_FNREF_NOTE);
    evx_fnrefs_free(r, n);
}

/* A web edition ends each footnote with a link back to its marker, and
 * every text conversion keeps the link's text: "Back" (the older
 * publications.parliament.uk pages), "↩︎" (Pandoc and most generators),
 * "[Back]", or "?" where a conversion to Windows-1252 lost the arrow.  It
 * had been read as part of the citation: the speaker "Ms Jane Roe] Back",
 * "Back" or "↩︎", and an "Ibid. Back" that repeated nothing.  A title's
 * last word "Back" stays. */
Test(attrib_fn, a_web_editions_back_link_is_no_part_of_the_citation)
{
    static const struct {
        const char *text, *name, *ref;
    } cases[] = {
        {"Q12 [Ms Jane Roe] Back", "Ms Jane Roe", "Q12"},
        {"Q12 [Ms Jane Roe] \xE2\x86\xA9\xEF\xB8\x8E", "Ms Jane Roe", "Q12"},
        {"Q12 [Ms Jane Roe]\xE2\x86\xA9", "Ms Jane Roe", "Q12"},
        {"Q12 [Ms Jane Roe] [Back]", "Ms Jane Roe", "Q12"},
        {"Q12 [Ms Jane Roe] ?", "Ms Jane Roe", "Q12"},
        {"Harbour Trust (FER0012) Back", "Harbour Trust", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_fnref *r = NULL;
        size_t n = 0;
        const char *t = cases[k].text;
        cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
        cr_assert_eq(n, 1, "%s: %zu refs", t, n);
        cr_expect_str_eq(r[0].name, cases[k].name, "%s", t);
        if (cases[k].ref)
            cr_expect_str_eq(r[0].ref, cases[k].ref, "%s", t);
        evx_fnrefs_free(r, n);
    }
    /* no name but the back-link: none */
    evx_fnref *r = NULL;
    size_t n = 0;
    const char *t = "Q97 Back";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_null(r[0].name, "%s", r[0].name);
    evx_fnrefs_free(r, n);
    cr_expect(evx_fnref_is_ibid("Ibid. Back", 10));
    cr_expect(evx_fnref_is_ibid("Ibid. \xE2\x86\xA9\xEF\xB8\x8E", 12));
    t = "Institute of Employment, Bringing Jobs Back, March 2021";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect(n == 1 && r[0].ref && strstr(r[0].ref, "Bringing Jobs Back") != NULL);
    evx_fnrefs_free(r, n);
}

/* A footnote that cites written evidence and points beside it at an
 * oral answer ("Orkney Traders’ Association (FER0003); see also Q28
 * [Anita Patel]"): the words quoted are the first source's.  The pointed
 * at answer had been read as a source too, and the attribution took its
 * witness: a body's written words put in a lecturer's mouth, at Q28. */
Test(attrib_fn, evidence_pointed_at_beside_the_source_is_no_source)
{
    evx_fnref *r = NULL;
    size_t n = 0;
    const char *t = "Orkney Traders\xE2\x80\x99 Association (FER0003); see also Q28 "
                    "[Anita Patel]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1, "%zu refs", n);
    cr_expect_eq(r[0].kind, EVX_FNREF_WRITTEN);
    cr_expect_str_eq(r[0].code, "FER0003");
    evx_fnrefs_free(r, n);
    /* a footnote that only points is read as before */
    t = "See also Q28 [Anita Patel]";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_assert_eq(n, 1);
    cr_expect_str_eq(r[0].name, "Anita Patel");
    evx_fnrefs_free(r, n);
    /* two sources, neither pointed at: both */
    t = "Q12 [Ms Jane Roe]; Harbour Trust (FER0012)";
    cr_assert_eq(evx_fnrefs_parse(&r, &n, t, strlen(t)), EVX_OK);
    cr_expect_eq(n, 2);
    evx_fnrefs_free(r, n);
}
