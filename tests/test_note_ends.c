/*
 * test_note_ends.c - where a footnote body ends in a pdf-text dump that
 * gives no page breaks: text pasted from a PDF viewer with no blank
 * lines, no form feeds and no running headers (the next chapter's
 * heading and paragraph follow a page's footnotes at once), and
 * footnotes collected in one list at the end of the file, as a word
 * processor saves its endnotes as text (after the witnesses, after the
 * written evidence).  The words are made up in a Commons report's form.
 */
#define _DEFAULT_SOURCE /* mkdtemp, nftw */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <string.h>

#include "otherutil.h"
#include "readutil.h"

/* The cover and contents of the reports below, one line each. */
#define FRONT                                                                  \
    "House of Commons\n"                                                       \
    "Transport Committee\n"                                                    \
    "Rural bus services\n"                                                     \
    "Second Report of Session 2023-24\n"                                       \
    "HC 1\n"                                                                   \
    "Contents\n"                                                               \
    "1 Our inquiry 3\n"                                                        \
    "2 Funding 4\n"                                                            \
    "Formal minutes 5\n"                                                       \
    "Witnesses 6\n"

/* The back matter: formal minutes, then one witness panel. */
#define BACK                                                                   \
    "Formal minutes\n"                                                         \
    "Wednesday 10 January 2024\n"                                              \
    "Members present:\n"                                                       \
    "Iain Stewart, in the Chair\n"                                             \
    "Paragraphs 1 to 5 read and agreed to.\n"                                  \
    "Witnesses\n"                                                              \
    "The following witnesses gave evidence. Transcripts can be viewed on the\n" \
    "inquiry publications page of the Committee's website.\n"                  \
    "Wednesday 8 November 2023\n"                                              \
    "Ms Olwen Price, Director, Rural Transport Network Q1-30\n"

/* Chapter 1 (paragraphs 1 to 3, footnotes 1 and 2) with its footnotes
 * under it when `notes_here`; then chapter 2 (paragraphs 4 and 5,
 * footnote 3), its footnote under it when `notes_here`. */
#define BODY(notes1, notes2)                                                   \
    "1 Our inquiry\n"                                                          \
    "1. We took oral evidence once and received written evidence from\n"      \
    "operators, councils and passengers.\n"                                    \
    "2. Ms Olwen Price told us that village services were \"thinner than at\n" \
    "any time\".1 \"Passengers cannot plan a week ahead,\" she said.2\n"        \
    "3. The Department should publish its funding plan within six months.\n"   \
    notes1                                                                     \
    "2 Funding\n"                                                              \
    "4. Ms Olwen Price told us that short-term grants were \"the single\n"    \
    "largest obstacle to planning\".3\n"                                       \
    "5. We recommend that the Department settles funding for three years.\n"   \
    notes2

/* Checks the texts of footnotes HC1/fn1 … HC1/fnN, N the texts given
 * before NULL. */
static void expect_notes(const evx_units *u, const char *const *texts)
{
    char id[32];
    for (int k = 0; texts[k]; k++) {
        snprintf(id, sizeof id, "HC1/fn%d", k + 1);
        cr_expect_str_eq(unit(u, id)->text, texts[k]);
    }
}

/* A page's footnotes, then the next chapter's heading and paragraph, with
 * nothing between them: the heading and the paragraph end the body ("2
 * Q 14" is the body, "2 Funding" heads chapter 2, "4. Ms …" is paragraph
 * 4); a body after the last chapter ends at the formal minutes. */
Test(note_ends, pasted_text_a_heading_after_the_notes_ends_the_body)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, FRONT BODY("1 Q 12\n2 Q 14\n", "3 Q 21\n") BACK, 0);
    expect_notes(&u, (const char *const[]){"Q 12", "Q 14", "Q 21", NULL});
    const evx_unit *p4 = unit(&u, "HC1/p4");
    cr_expect_eq(p4->chapter, 2);
    cr_expect_str_eq(p4->chapter_title, "Funding");
    cr_expect(strncmp(p4->text, "Ms Olwen Price told us", 22) == 0, "p4: %s",
              p4->text);
    unit(&u, "HC1/p4/q1");
    const evx_unit *w = unit(&u, "HC1/witness/1");
    expect_person(w, 0, "Ms Olwen Price", "Director", "Rural Transport Network");
    expect_speaker(&u, "HC1/p4/q1", "Ms Olwen Price");
    evx_units_free(&u);
}

/* Reads the report with no footnotes under its chapters and `tail`
 * after its back matter. */
#define READ_WITH_TAIL(u, tail) read_as(u, FRONT BODY("", "") BACK tail, 0)

/* Footnotes collected after the witnesses ("1 Q 12" / "2 Q 14" / "3 …"):
 * a run numbered 1, 2, 3 as the markers the text cites is the footnote
 * list, not witness panels named "1", "2", "3". */
Test(note_ends, endnotes_after_the_witnesses)
{
    evx_units u = EVX_UNITS_INIT;
    READ_WITH_TAIL(&u, "1 Q 12\n"
                       "2 Q 14\n"
                       "3 Oral evidence taken on 8 November 2023, HC 1,\n"
                       "Q 21\n");
    expect_notes(&u, (const char *const[]){
                         "Q 12", "Q 14",
                         "Oral evidence taken on 8 November 2023, HC 1, Q 21", NULL});
    cr_expect_null(evx_units_find(&u, "HC1/witness/2"));
    expect_person(unit(&u, "HC1/witness/1"), 0, "Ms Olwen Price", NULL, NULL);
    expect_speaker(&u, "HC1/p2/q1", "Ms Olwen Price");
    evx_units_free(&u);
}

/* Footnotes collected after the written evidence, whose own list is
 * numbered 1, 2 too: that list stops short of the markers cited and is
 * read as the evidence; the run after it, up to the last marker, is the
 * footnotes, even a body that names a submission by its code. */
Test(note_ends, endnotes_after_the_written_evidence)
{
    evx_units u = EVX_UNITS_INIT;
    READ_WITH_TAIL(&u, "Published written evidence\n"
                       "The following written evidence was received and can be\n"
                       "viewed on the inquiry publications page of the website.\n"
                       "1 Rural Transport Network (RBS0004)\n"
                       "2 Shire Buses Ltd (RBS0011)\n"
                       "\n"
                       "1 Q 12\n"
                       "2 Shire Buses Ltd (RBS0011)\n"
                       "3 Q 21\n");
    expect_notes(&u, (const char *const[]){"Q 12", "Shire Buses Ltd (RBS0011)",
                                           "Q 21", NULL});
    const evx_unit *ev = unit(&u, "HC1/evidence/RBS0011");
    cr_expect_eq(ev->number, 2);
    unit(&u, "HC1/evidence/RBS0004");
    evx_units_free(&u);
}

/* A list of abbreviations straight after the last footnote, with no page
 * furniture between, is the report's glossary: its heading ends the body
 * as a part's heading does ("1 Q12" / "List of abbreviations" / "ADASS
 * Association of …"), and its entries, under no heading of their own, are
 * one glossary unit, not footnote 1's text.  Before the chapters, the
 * list ends at the first chapter. */
Test(note_ends, a_list_of_abbreviations_after_the_notes_ends_the_body)
{
    static const char *const abbrevs =
        "List of abbreviations\n\n"
        "ADASS Association of Directors of Adult Social Services\n"
        "LGA Local Government Association\n"
        "NAO National Audit Office\n"
        "PESA Public Expenditure Statistical Analyses\n\n";
    evx_buf b = EVX_BUF_INIT;
    evx_buf_printf(&b,
                   "1 Introduction\n\n"
                   "1. The programme had not yet delivered the savings it "
                   "promised.1\n\n"
                   "2. The Treasury said the figures would be published in "
                   "the autumn.\n\n"
                   "1 Q12\n\n%s"
                   "Conclusions and recommendations\n\n"
                   "1. The Treasury should publish the figures by October. "
                   "(Paragraph 2)\n",
                   abbrevs);
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, b.data, 0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q12");
    const evx_unit *g = unit(&u, "HC1/glossary/list-of-abbreviations");
    cr_expect(strstr(g->text, "ADASS Association of Directors") != NULL &&
                  strstr(g->text, "PESA Public Expenditure") != NULL,
              "%s", g->text);
    unit(&u, "HC1/r1");
    evx_units_free(&u);

    evx_buf_clear(&b);
    evx_buf_printf(&b,
                   "%s1 Introduction\n\n"
                   "1. The programme had not yet delivered the savings.\n\n"
                   "2 Funding\n\n"
                   "2. The Treasury said the figures would be published.\n",
                   abbrevs);
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    read_as(&u, b.data, 0);
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "The Treasury said the figures would be published.");
    cr_expect_eq(unit(&u, "HC1/p2")->chapter, 2);
    evx_units_free(&u);
    evx_buf_free(&b);
}

/* A footnote that wraps inside a reference's range ("… paragraphs 1" /
 * "to 18; …"), in a page's notes that cut a sentence: "to" after the
 * number goes on the range, not the interrupted text (the body had
 * stopped at "paragraphs 1", and "to 18; the response …" had run into the
 * paragraph), which resumes after the reference that ends the body. */
Test(note_ends, a_range_wrapped_in_a_note_stays_the_notes)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            FRONT
            "1 Our inquiry\n"
            "1. We took oral evidence once and received written evidence.\n"
            "2. Ms Olwen Price told us that village services were thinner than ever.1 Councils said\n"
            "1 Department for Transport, Government response to the Committee's Report, CP 936, "
            "paragraphs 1\n"
            "to 18; the response did not address our concerns (para 4)\n"
            "that grants came too late.\n"
            "3. The Department should publish its funding plan within six months.\n"
            "2 Funding\n"
            "4. We recommend that the Department settles funding for three years.\n"
            "5. We will return to this subject.\n" BACK,
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text,
                     "Department for Transport, Government response to the Committee\xE2\x80\x99s "
                     "Report, CP 936, paragraphs 1 to 18; the response did not address our "
                     "concerns (para 4)");
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Ms Olwen Price told us that village services were thinner than ever. "
                     "Councils said that grants came too late.");
    evx_units_free(&u);
}

/* A page's notes after text that stops on a word that may take a number
 * (pypdf, no blank lines: "… costs associated with" / "3 Department for
 * Environment, Food and Rural Affairs (WRQ0008)" / "4 Q109 [Ms Anita
 * Rao]" / "5" / the header): two notes that end the page are its run, not
 * "with 3 Department …" (tests/fixtures/pypdf-inline-notes.txt, an
 * invented report).  Note 3's body had run into paragraph 10, the note
 * lost. */
Test(note_ends, a_run_that_ends_the_page_after_a_word_that_takes_a_number)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pypdf-inline-notes.txt", "HC 2045");
    cr_expect_str_eq(unit(&u, "HC2045/fn3")->text,
                     "Department for Environment, Food and Rural Affairs "
                     "(WRQ0008)");
    cr_expect_str_eq(unit(&u, "HC2045/fn4")->text, "Q109 [Ms Anita Rao]");
    const char *p10 = unit(&u, "HC2045/p10")->text;
    cr_expect(strstr(p10, "associated with storm overflow discharges.") != NULL,
              "%s", p10);
    cr_expect(strstr(p10, "WRQ0008") == NULL, "%s", p10);
    evx_units_free(&u);
}

/* A note whose date the page broke off ("… HC 837, 11 March") goes on at
 * the head of the next page's notes, on a line of its own under text that
 * ended its sentence, with no blank line (pypdf: "… environmental
 * permits." / "2024, paras 20–25" / "33Public …";
 * tests/fixtures/pypdf-long-notes.txt, an invented report).  The line had
 * been read as the end of paragraph 31. */
Test(note_ends, a_notes_date_goes_on_over_the_page_with_no_blank_line)
{
    evx_units u = EVX_UNITS_INIT;
    read_fixture(&u, "pypdf-long-notes.txt", "HC 2045");
    const char *fn = unit(&u, "HC2045/fn32")->text;
    cr_expect(strstr(fn, "HC 837, 11 March 2024, paras 20\xE2\x80\x93" "25") != NULL,
              "%s", fn);
    const char *p31 = unit(&u, "HC2045/p31")->text;
    size_t n = strlen(p31);
    cr_expect(n > 22 && strcmp(p31 + n - 22, "environmental permits.") == 0,
              "%s", p31);
    evx_units_free(&u);
}
