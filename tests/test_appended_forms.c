/*
 * test_appended_forms.c - what a report carries after its paragraphs, in
 * forms a fifth pass over other reports found lost (2026-12-01):
 * appendices ("Appendix 1: Letter from the Minister", "Appendix 2: Terms
 * of reference") read as annexes in both readers, an annex heading run on
 * into its first line after a page's header, a letter's signature under
 * "Yours sincerely,".  Each case read the way the pipeline reads it; the
 * words are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "otherutil.h"

static const evx_unit *annex_with(const evx_units *u, const char *words)
{
    for (size_t k = 0; k < u->len; k++)
        if (u->items[k]->type == EVX_UNIT_ANNEX && u->items[k]->text &&
            strstr(u->items[k]->text, words))
            return u->items[k];
    return NULL;
}

static void expect_not_in_paragraphs(const evx_units *u, const char *words)
{
    for (size_t k = 0; k < u->len; k++)
        if (u->items[k]->type == EVX_UNIT_PARAGRAPH)
            cr_expect(!strstr(u->items[k]->text, words), "%s holds \"%s\"",
                      u->items[k]->id, words);
}

/* Appendices had been skipped as furniture in both readers (a printed
 * report warned of nothing; a web copy counted them furniture and said
 * 100%), and a quotation in the Minister's letter was lost with them. */
Test(appended_forms, appendices_are_annexes)
{
    static const char *const text =
        "Contents\n\n"
        "1 Introduction                                              3\n\n"
        "Appendix 1: Letter from the Minister for Maritime           5\n\n"
        "Appendix 2: Terms of reference                              5\n\n"
        "Formal minutes                                              6\n\n\n\n"
        " Harbour dredging and small ports 3\n\n"
        "1 Introduction\n\n"
        "1. Around 120 small harbours in England depend on regular dredging "
        "to stay open\nto fishing and leisure vessels.\n\n"
        "2. We recommend that the Department create a small harbours fund.\n\n\n\n"
        " Harbour dredging and small ports 5\n\n"
        "Appendix 1: Letter from the Minister for Maritime\n\n"
        "Thank you for your letter of 3 October. When I visited Porthmeor, "
        "Captain Jory\nPascoe told me: “We are one winter away from closing "
        "the harbour mouth.”\n\n"
        "Appendix 2: Terms of reference\n\n"
        "1. The Committee will examine the funding of maintenance dredging "
        "at small\nharbours in England.\n\n"
        "2. It will ask what role, if any, central Government should play.\n\n\n\n"
        " 6 Harbour dredging and small ports\n\n"
        "Formal minutes\n\n"
        "Tuesday 6 February 2024\n\n"
        "Paragraphs 1 to 2 read and agreed to.\n";
    for (int web = 0; web <= 1; web++) {
        evx_units u = EVX_UNITS_INIT;
        read_as(&u, text, web);
        cr_expect_not_null(annex_with(&u, "Thank you for your letter"),
                           "web %d: the letter is in no annex", web);
        cr_expect_not_null(annex_with(&u, "central Government should play"),
                           "web %d: the terms of reference are in no annex", web);
        expect_not_in_paragraphs(&u, "Thank you for your letter");
        cr_expect_null(evx_units_find(&u, "HC1/p3"));
        evx_units_free(&u);
    }
}

/* An annex's heading straight under a page's running header, its first
 * line run on under it ("Annex: Letter from …" / "Dear Sir Robert,"): the
 * letter had become the end of paragraph 2, and its quotation paragraph
 * 2's.  A signature under "Yours sincerely," is the letter's (it had been
 * read as a heading over nothing, and lost). */
Test(appended_forms, an_annex_run_on_after_a_page_header_and_its_signature)
{
    static const char *const text =
        " Harbour dredging and small ports 3\n\n"
        "1 Introduction\n"
        "1. Around 120 small harbours in England depend on regular dredging "
        "to stay open\nto fishing and leisure vessels.\n\n"
        "2. We recommend that the Department create a small harbours dredging "
        "fund of\n£15 million a year for five years.\n\n\n\n"
        " Harbour dredging and small ports 5\n\n"
        "Annex: Letter from the Minister for Maritime\n"
        "Dear Sir Robert,\n\n"
        "Thank you for your letter of 3 October. When I visited Porthmeor in "
        "September,\nCaptain Jory Pascoe told me: “We are one winter away "
        "from closing the harbour\nmouth.” The Department will publish a "
        "review of trust port finances in the spring.\n\n"
        "Yours sincerely,\n\n"
        "Karen Dell MP\n\n\n\n"
        " Harbour dredging and small ports 6\n\n"
        "Formal minutes\n"
        "Tuesday 6 February 2024\n\n"
        "Paragraphs 1 to 2 read and agreed to.\n";
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, text, 0);
    expect_not_in_paragraphs(&u, "Thank you for your letter");
    const evx_unit *a = annex_with(&u, "Thank you for your letter");
    cr_assert_not_null(a, "the letter is in no annex");
    cr_expect(strstr(a->text, "Yours sincerely, Karen Dell MP") != NULL,
              "the signature is not the letter's: %s", a->text);
    cr_expect_null(evx_units_find(&u, "HC1/p2/q1"));
    evx_units_free(&u);
}

/* A web copy's annex numbers its own paragraphs from 1, before the
 * page's footnote list: they had been taken for the footnotes the body
 * cites with the same numbers ("[1]", "[2]"), the real list dropped as
 * repeats, and the quotations given the annex's sentences as their
 * evidence.  An annex's quotations are read, as a paragraph's are (a web
 * copy had read none). */
Test(appended_forms, a_web_annex_numbers_its_own_paragraphs)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Around 120 small harbours in England depend on regular dredging.\n\n"
        "2. Mr Daniel Kerrow, Chief Executive of the Small Ports Association, "
        "told us:\n\n"
        "“Most of our members are one bad winter away from closing the "
        "harbour mouth.”[1]\n\n"
        "3. Ms Alys Trevenna of the Marine Licensing Office said that the "
        "fees were “set to recover our costs, no more”.[2]\n\n"
        "Annex: Note of visit to Porthmeor\n\n"
        "1. On 14 September 2023 four members of the Committee visited "
        "Porthmeor harbour.\n\n"
        "2. Captain Jory Pascoe, the harbour master, told members that the "
        "silting was “the worst it has been in forty years”.\n\n"
        "3. Members also met the harbour's commissioners.\n\n"
        "Witnesses\n\n"
        "Tuesday 7 November 2023\n\n"
        "Mr Daniel Kerrow, Chief Executive, Small Ports Association Q1–40\n\n"
        "Ms Alys Trevenna, Head of Licensing, Marine Licensing Office Q41–80\n\n"
        "Footnotes\n\n"
        "1 Q14\n\n"
        "2 Q61\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q14");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q61");
    cr_expect_null(evx_units_find(&u, "HC1/fn3"));
    expect_speaker(&u, "HC1/p2/q1", "Mr Daniel Kerrow");
    cr_expect_str_eq(unit(&u, "HC1/p2/q1")->speaker->ref, "Q14");
    expect_speaker(&u, "HC1/p3/q1", "Ms Alys Trevenna");
    const evx_unit *a = annex_with(&u, "Members also met");
    cr_assert_not_null(a, "the annex's third paragraph is in no annex");
    cr_expect(strstr(a->text, "On 14 September") != NULL, "%s", a->text);
    expect_speaker(&u, "HC1/annex/1/q1", "Captain Jory Pascoe");
    evx_units_free(&u);
}

/* A web copy's appendix heading of more than ten words ("Appendix 1:
 * Letter from the Minister for Water, Lord Fenwick of Alnmouth"): it had
 * not been read as a heading, and 82% of the file was unplaced. */
Test(appended_forms, a_long_appendix_heading_in_a_web_copy)
{
    static const char *const text =
        "1 Introduction\n\n"
        "1. Around 120 small harbours in England depend on regular dredging.\n\n"
        "2. We wrote to the Minister in October.\n\n"
        "Appendix 1: Letter from the Minister for Water, Lord Fenwick of "
        "Alnmouth\n\n"
        "Thank you for your letter of 3 October. The Department will publish "
        "a review of\ntrust port finances in the spring.\n\n"
        "Yours sincerely,\n\n"
        "Lord Fenwick of Alnmouth\n";
    evx_units u = EVX_UNITS_INIT;
    read_web(&u, text);
    const evx_unit *a = annex_with(&u, "Thank you for your letter");
    cr_assert_not_null(a, "the letter is in no annex");
    cr_expect_str_eq(a->title, "Appendix 1: Letter from the Minister for Water, "
                               "Lord Fenwick of Alnmouth");
    expect_not_in_paragraphs(&u, "Thank you for your letter");
    evx_units_free(&u);
}
