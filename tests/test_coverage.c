/*
 * test_coverage.c - how much of a file its units hold: crafted text and
 * units for each rule (a fully placed file, a dropped paragraph, furniture,
 * hyphenation and glued footnote markers, headings, units of other files),
 * then the bundled corpus through the pipeline.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "coverage.h"
#include "diag.h"
#include "manifest.h"
#include "paranum.h"
#include "pipeline.h"
#include "source.h"
#include "unit.h"

#define FILE_NAME "corpus/t.txt"

static evx_text *load(const char *s)
{
    evx_text *t = NULL;
    cr_assert_eq(evx_text_from_memory(&t, FILE_NAME, s, strlen(s), NULL),
                 EVX_OK);
    return t;
}

static evx_coverage *coverage_of(const char *s)
{
    evx_text *t = load(s);
    evx_coverage *cov = NULL;
    cr_assert_eq(evx_coverage_new(&cov, t), EVX_OK);
    evx_text_free(t); /* the coverage keeps its own copy */
    return cov;
}

/* Adds a unit of the given type, number and text, naming file lines
 * first..last. */
static evx_unit *add(evx_units *units, evx_unit_type type, int number,
                     const char *text, long first, long last)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, type), EVX_OK);
    u->number = number;
    cr_assert_eq(evx_unit_set(&u->text, text, strlen(text)), EVX_OK);
    cr_assert_eq(evx_unit_add_source(u, FILE_NAME, "pdf-text", first, 1, last),
                 EVX_OK);
    cr_assert_eq(evx_units_push(units, u), EVX_OK);
    return u;
}

/* Measures units against cov and expects every word of the file placed,
 * each unplaced stretch named; frees both. */
static void expect_all_placed(evx_coverage *cov, evx_units *units)
{
    evx_coverage_result r;
    cr_assert_eq(evx_coverage_measure(&r, cov, units), EVX_OK);
    cr_expect_eq(r.placed, r.words, "%zu of %zu placed", r.placed, r.words);
    for (size_t k = 0; k < r.n_stretches; k++)
        cr_expect_fail("lines %ld-%ld unplaced: %s", r.stretches[k].first_line,
                       r.stretches[k].last_line, r.stretches[k].first_words);
    evx_units_free(units);
    evx_coverage_free(cov);
}

static const char three_paragraphs[] =
    "1. Integrated care is about providing a more holistic and\n" /* 1 */
    "joined-up experience for patients.\n"                        /* 2 */
    "\n"                                                          /* 3 */
    "2. Whilst there is not sufficient evidence that integrated\n" /* 4 */
    "care saves money, there are other compelling reasons.\n"      /* 5 */
    "\n"                                                           /* 6 */
    "3. Health spending looks set to consume an increasing share\n" /* 7 */
    "of GDP in the years ahead.\n";                                 /* 8 */

static const char *const para_text[] = {
    "Integrated care is about providing a more holistic and joined-up "
    "experience for patients.",
    "Whilst there is not sufficient evidence that integrated care saves "
    "money, there are other compelling reasons.",
    "Health spending looks set to consume an increasing share of GDP in the "
    "years ahead."};

Test(coverage, fully_placed_file_is_100_percent)
{
    evx_coverage *cov = coverage_of(three_paragraphs);
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    for (int i = 0; i < 3; i++)
        add(&units, EVX_UNIT_PARAGRAPH, i + 1, para_text[i], 1 + 3 * i,
            2 + 3 * i);
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_assert_gt(r.words, 40);
    cr_assert_eq(r.placed, r.words, "%zu of %zu placed", r.placed, r.words);
    cr_assert_eq(r.furniture, 0);
    cr_assert_eq(r.paragraphs, 3);
    cr_assert_eq(r.n_stretches, 0);
    cr_assert_float_eq(evx_coverage_share(&r), 1.0, 1e-9);
    cr_assert_str_eq(evx_coverage_name(cov), FILE_NAME);
    evx_units_free(&units);
    evx_coverage_free(cov);
}

/* A recommendation's "(Paragraph 73)" (by chapter, "(Paragraph 3.12)")
 * is kept as its para, not its text: those words are placed, not lost. */
Test(coverage, a_recommendations_paragraph_tail_is_placed)
{
    static const char text[] =
        "1. We recommend that the Government monitors the water.\n"
        "(Paragraph 73)\n\n"
        "2. We recommend a ban on the beads in all products. (Paragraph "
        "3.12)\n";
    evx_coverage *cov = coverage_of(text);
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    add(&units, EVX_UNIT_RECOMMENDATION, 1,
        "We recommend that the Government monitors the water.", 1, 2)
        ->para = 73;
    add(&units, EVX_UNIT_RECOMMENDATION, 2,
        "We recommend a ban on the beads in all products.", 4, 5)
        ->para = 3 * EVX_PARA_BY_CHAPTER + 12;
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_expect_eq(r.placed, r.words, "%zu of %zu placed", r.placed, r.words);
    cr_expect_eq(r.n_stretches, 0);
    evx_units_free(&units);
    evx_coverage_free(cov);
}

/* A footnote whose rest is at the next page's foot names its two ranges
 * of lines; the page's text between them is the paragraph's, not looked
 * for in the note first: as one range from the first to the last, the
 * note had taken the paragraph's words and left one of them unplaced. */
Test(coverage, a_footnote_in_two_parts_leaves_the_text_between_alone)
{
    static const char text[] =
        "1 Written evidence from the Trust; see also the Government response to the\n" /* 1 */
        "\n"                                                                           /* 2 */
        "2. Local authorities described the pilot as a useful step, though one\n"     /* 3 */
        "that had been poorly communicated. In our view the framework should be\n"    /* 4 */
        "reviewed. We heard concerns about the pace of change in the sector and\n"    /* 5 */
        "\n"                                                                           /* 6 */
        "consultation on local delivery partnerships, published in March 2023\n"      /* 7 */
        "\n"                                                                           /* 8 */
        "its effect on staff. The Minister said he would consider them.\n";           /* 9 */
    evx_coverage *cov = coverage_of(text);
    evx_units units = EVX_UNITS_INIT;

    evx_unit *fn = add(&units, EVX_UNIT_FOOTNOTE, 1,
                       "Written evidence from the Trust; see also the Government "
                       "response to the consultation on local delivery "
                       "partnerships, published in March 2023",
                       1, 1);
    cr_assert_eq(evx_unit_add_source(fn, FILE_NAME, "pdf-text", 7, 1, 7), EVX_OK);
    add(&units, EVX_UNIT_PARAGRAPH, 2,
        "Local authorities described the pilot as a useful step, though one "
        "that had been poorly communicated. In our view the framework should "
        "be reviewed. We heard concerns about the pace of change in the sector "
        "and its effect on staff. The Minister said he would consider them.",
        3, 9);
    expect_all_placed(cov, &units);
}

/* A column of paragraph numbers printed before the paragraphs (pdfminer):
 * each unit's lines run from its number to its text's end, so the numbers
 * "3" and "4" stand inside paragraph 2's lines.  Each is its own unit's
 * number: "3" had been taken from paragraph 2's "£3.1", which moved
 * paragraph 2's place past its first words, and those were then taken
 * from paragraph 4, whose own were left unplaced ("the price review"). */
Test(coverage, a_column_of_numbers_is_each_units_own)
{
    static const char text[] =
        "2.\n"                                                                /* 1 */
        "\n"                                                                  /* 2 */
        "3.\n"                                                                /* 3 */
        "\n"                                                                  /* 4 */
        "4.\n"                                                                /* 5 */
        "\n"                                                                  /* 6 */
        "According to the Trust, roughly £3.1 billion has been committed to\n" /* 7 */
        "the price review since the programme began.\n"                       /* 8 */
        "\n"                                                                  /* 9 */
        "Councils told us that the grant had fallen by a third.\n"            /* 10 */
        "\n"                                                                  /* 11 */
        "According to the Trust, the price review should be abandoned.\n";    /* 12 */
    evx_coverage *cov = coverage_of(text);
    evx_units units = EVX_UNITS_INIT;

    add(&units, EVX_UNIT_PARAGRAPH, 2,
        "According to the Trust, roughly £3.1 billion has been committed to "
        "the price review since the programme began.",
        1, 8);
    add(&units, EVX_UNIT_PARAGRAPH, 3,
        "Councils told us that the grant had fallen by a third.", 3, 10);
    add(&units, EVX_UNIT_PARAGRAPH, 4,
        "According to the Trust, the price review should be abandoned.", 5, 12);
    expect_all_placed(cov, &units);
}

/* Where two units' lines overlap (paragraph 2's open at its number, in a
 * column printed inside paragraph 1's lines), a word goes to the unit
 * that has it next, not to the narrower one that has it some words on:
 * paragraph 2 had taken paragraph 1's "The … programme had been slower
 * than hoped", and its own same words, on its own line, were unplaced. */
Test(coverage, a_word_goes_to_the_unit_that_has_it_next)
{
    static const char text[] =
        "Its text begins here, and the grant fell.\n"                   /* 1 */
        "\n"                                                            /* 2 */
        "2.\n"                                                          /* 3 */
        "\n"                                                            /* 4 */
        "The Department accepted that the programme had been slower.\n" /* 5 */
        "Trust members said that the programme had been slower.\n";     /* 6 */
    evx_coverage *cov = coverage_of(text);
    evx_units units = EVX_UNITS_INIT;

    add(&units, EVX_UNIT_PARAGRAPH, 0,
        "Its text begins here, and the grant fell. The Department accepted "
        "that the programme had been slower.",
        1, 5);
    add(&units, EVX_UNIT_PARAGRAPH, 2,
        "Trust members said that the programme had been slower.", 3, 6);
    expect_all_placed(cov, &units);
}

Test(coverage, dropped_paragraph_is_an_unplaced_stretch)
{
    evx_coverage *cov = coverage_of(three_paragraphs);
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    add(&units, EVX_UNIT_PARAGRAPH, 1, para_text[0], 1, 2);
    add(&units, EVX_UNIT_PARAGRAPH, 3, para_text[2], 7, 8);
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_assert_eq(r.n_stretches, 1);
    cr_assert_eq(r.stretches[0].first_line, 4);
    cr_assert_eq(r.stretches[0].last_line, 5);
    cr_assert_eq(r.stretches[0].words, 17); /* "2" and its 16 words */
    cr_assert_eq(r.words - r.placed, 17);
    cr_assert_str_eq(r.stretches[0].first_words,
                     "2 Whilst there is not sufficient evidence that");
    cr_assert_eq(r.paragraphs, 2);
    cr_assert_lt(evx_coverage_share(&r), 0.7);
    evx_units_free(&units);
    evx_coverage_free(cov);
}

Test(coverage, dropped_line_inside_a_unit_is_found)
{
    evx_coverage *cov = coverage_of(
        "1. The first line of the paragraph runs on\n"
        "into a sentence the reader lost somewhere quietly\n"
        "and ends here.\n");
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    add(&units, EVX_UNIT_PARAGRAPH, 1,
        "The first line of the paragraph runs on and ends here.", 1, 3);
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_assert_eq(r.n_stretches, 1);
    cr_assert_eq(r.stretches[0].first_line, 2);
    cr_assert_eq(r.stretches[0].last_line, 2);
    cr_assert_eq(r.stretches[0].words, 8);
    evx_units_free(&units);
    evx_coverage_free(cov);
}

Test(coverage, furniture_is_excluded_from_the_share)
{
    evx_coverage *cov = coverage_of(
        "Contents\n"                                          /* 1 */
        "1 Introduction 5\n"                                  /* 2 */
        "A Report Title Running Header 7\n"                   /* 3 */
        "1. Integrated care is about providing a more holistic and\n"
        "joined-up experience for patients.\n");
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    add(&units, EVX_UNIT_PARAGRAPH, 1, para_text[0], 4, 5);
    cr_assert_eq(evx_coverage_furniture(cov, 1, 2, "contents"), EVX_OK);
    cr_assert_eq(evx_coverage_furniture(cov, 3, 3, "running header"), EVX_OK);
    cr_assert_eq(evx_coverage_furniture(cov, 0, 3, "x"), EVX_INVALID);
    cr_assert_eq(evx_coverage_furniture(cov, 3, 2, "x"), EVX_INVALID);
    cr_assert_str_eq(evx_coverage_furniture_why(cov, 2), "contents");
    cr_assert_str_eq(evx_coverage_furniture_why(cov, 3), "running header");
    cr_assert_null(evx_coverage_furniture_why(cov, 4));
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_assert_eq(r.furniture, 10);
    cr_assert_eq(r.placed, r.words - 10);
    cr_assert_eq(r.n_stretches, 0);
    cr_assert_float_eq(evx_coverage_share(&r), 1.0, 1e-9);
    evx_units_free(&units);
    evx_coverage_free(cov);
}

/* Furniture in part of a line (a page's footer, then the next page's
 * first words after a form feed in mid-line): the footer's words are
 * furniture, the words beside them are measured like any others, and
 * a heading beside the footer is placed as a line of its own would be. */
Test(coverage, furniture_in_part_of_a_line)
{
    evx_coverage *cov = coverage_of(
        "1. Integrated care is about providing a more holistic and\n" /* 1 */
        "Running Title 4 joined-up experience for patients.\n"        /* 2 */
        "Running Title 5 2 Funding\n"                                 /* 3 */
        "Running Title 6 lost words\n");                              /* 4 */
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    evx_unit *u = add(&units, EVX_UNIT_PARAGRAPH, 1, para_text[0], 1, 2);
    cr_assert_eq(evx_unit_set(&u->chapter_title, "Funding", 7), EVX_OK);
    for (long l = 2; l <= 4; l++)
        cr_assert_eq(evx_coverage_furniture_span(cov, l, 1, l, 15, "footer"),
                     EVX_OK);
    cr_assert_eq(evx_coverage_furniture_span(cov, 0, 1, 1, -1, "x"), EVX_INVALID);
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_expect_eq(r.furniture, 9, "furniture %zu", r.furniture);
    cr_expect_eq(r.placed, r.words - 9 - 2, "placed %zu of %zu", r.placed, r.words);
    cr_assert_eq(r.n_stretches, 1);
    cr_expect_eq(r.stretches[0].first_line, 4);
    cr_expect_eq(r.stretches[0].words, 2);
    evx_units_free(&units);
    evx_coverage_free(cov);
}

Test(coverage, without_furniture_marks_front_matter_is_unplaced)
{
    evx_coverage *cov = coverage_of(
        "Contents\n"
        "1 Introduction 5\n"
        "1. Integrated care is about providing a more holistic and\n"
        "joined-up experience for patients.\n");
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    add(&units, EVX_UNIT_PARAGRAPH, 1, para_text[0], 3, 4);
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_assert_eq(r.words - r.placed, 4);
    cr_assert_eq(r.stretches[0].first_line, 1);
    cr_assert_eq(r.stretches[0].last_line, 2);
    cr_assert_str_eq(r.stretches[0].first_words, "Contents 1 Introduction 5");
    evx_units_free(&units);
    evx_coverage_free(cov);
}

Test(coverage, hyphenation_markers_and_footnotes_are_not_loss)
{
    evx_coverage *cov = coverage_of(
        "4. Patients with complex needs rely on a range of inte-\n" /* 1 */
        "grated services.6 This network may be opaque to profes-\n" /* 2 */
        "sionals within it7 and to ﬁnance directors.\n"            /* 3 */
        "6 Q133\n"                                                  /* 4 */
        "7 Ipsos MORI (0104) p4\n");                                /* 5 */
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    add(&units, EVX_UNIT_PARAGRAPH, 4,
        "Patients with complex needs rely on a range of integrated services. "
        "This network may be opaque to professionals within it and to "
        "finance directors.", 1, 3);
    add(&units, EVX_UNIT_FOOTNOTE, 6, "Q133", 4, 4);
    add(&units, EVX_UNIT_FOOTNOTE, 7, "Ipsos MORI (0104) p4", 5, 5);
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_assert_eq(r.placed, r.words, "%zu of %zu; first unplaced: %s",
                 r.placed, r.words,
                 r.n_stretches ? r.stretches[0].first_words : "");
    cr_assert_eq(r.paragraphs, 1);
    evx_units_free(&units);
    evx_coverage_free(cov);
}

Test(coverage, headings_the_units_carry_are_placed)
{
    evx_coverage *cov = coverage_of(
        "9Oversight and regulation\n"
        "Incoherent approach by\n"
        "national bodies\n"
        "234.The landscape is complex.\n");
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    evx_unit *u = add(&units, EVX_UNIT_PARAGRAPH, 234,
                      "The landscape is complex.", 4, 4);
    static const char chapter[] = "Oversight and regulation";
    static const char section[] = "Incoherent approach by national bodies";
    cr_assert_eq(evx_unit_set(&u->chapter_title, chapter, strlen(chapter)),
                 EVX_OK);
    cr_assert_eq(evx_unit_set(&u->section, section, strlen(section)), EVX_OK);
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_assert_eq(r.placed, r.words, "first unplaced: %s",
                 r.n_stretches ? r.stretches[0].first_words : "");
    evx_units_free(&units);
    evx_coverage_free(cov);
}

Test(coverage, units_of_other_files_place_nothing)
{
    evx_coverage *cov = coverage_of(three_paragraphs);
    evx_units units = EVX_UNITS_INIT;
    evx_unit *u = NULL;
    evx_coverage_result r;

    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_PARAGRAPH), EVX_OK);
    u->number = 1;
    cr_assert_eq(evx_unit_set(&u->text, para_text[0], strlen(para_text[0])),
                 EVX_OK);
    cr_assert_eq(evx_unit_add_source(u, "corpus/other.txt", "pdf-text", 1, 1,
                                     2), EVX_OK);
    cr_assert_eq(evx_units_push(&units, u), EVX_OK);
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_assert_eq(r.placed, 0);
    cr_assert_eq(r.paragraphs, 0);
    cr_assert_eq(r.n_stretches, 1);
    cr_assert_eq(r.stretches[0].first_line, 1);
    cr_assert_eq(r.stretches[0].last_line, 8);
    evx_units_free(&units);
    evx_coverage_free(cov);
}

Test(coverage, stretches_come_largest_first_and_are_capped)
{
    evx_buf text = EVX_BUF_INIT;
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    /* lines alternate: a placed line, then i+1 unplaced words */
    for (int i = 0; i < EVX_COVERAGE_STRETCHES + 5; i++) {
        evx_buf_printf(&text, "kept%d\n", i);
        for (int k = 0; k <= i; k++)
            evx_buf_printf(&text, "lost%d ", k);
        evx_buf_putc(&text, '\n');
        char kept[16];
        snprintf(kept, sizeof kept, "kept%d", i);
        add(&units, EVX_UNIT_BOX, 0, kept, 2 * i + 1, 2 * i + 1);
    }
    evx_coverage *cov = coverage_of(evx_buf_str(&text));
    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_assert_eq(r.n_stretches, EVX_COVERAGE_STRETCHES);
    for (size_t i = 1; i < r.n_stretches; i++)
        cr_assert_geq(r.stretches[i - 1].words, r.stretches[i].words);
    cr_assert_eq(r.stretches[0].words, EVX_COVERAGE_STRETCHES + 5);
    cr_assert_eq(r.stretches[0].first_line, 2 * (EVX_COVERAGE_STRETCHES + 4) + 2);
    evx_buf_free(&text);
    evx_units_free(&units);
    evx_coverage_free(cov);
}

Test(coverage, text_without_words_is_fully_placed)
{
    evx_coverage *cov = coverage_of("--- * ---\n. . .\n");
    evx_units units = EVX_UNITS_INIT;
    evx_coverage_result r;

    cr_assert_eq(evx_coverage_measure(&r, cov, &units), EVX_OK);
    cr_assert_eq(r.words, 0);
    cr_assert_float_eq(evx_coverage_share(&r), 1.0, 1e-9);
    evx_coverage_free(cov);
    evx_coverage_free(NULL);
}

/* The bundled report through the pipeline: both files measured, each with
 * most of its text in units even before the readers mark furniture. */
Test(coverage, bundled_corpus_is_mostly_placed)
{
    evx_manifest *m = NULL;
    evx_diag *diag = NULL;
    evx_tok *tok = NULL;
    evx_stats *stats = NULL;
    evx_units units = EVX_UNITS_INIT;

    cr_assert_eq(evx_diag_new(&diag), EVX_OK);
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    cr_assert_eq(evx_stats_new(&stats), EVX_OK);
    cr_assert_eq(evx_manifest_load(&m, EVX_SOURCE_DIR "/corpus", diag), EVX_OK);
    evx_pipeline_ctx ctx = {tok, diag, stats};
    cr_assert_eq(evx_pipeline_report(&units, m, "HC 650", &ctx), EVX_OK);
    cr_assert_eq(evx_stats_unread(stats), 0);
    cr_assert_eq(evx_stats_short(stats), 0);
    evx_buf json = EVX_BUF_INIT;
    evx_stats_json(stats, &json);
    cr_assert_not_null(strstr(evx_buf_str(&json),
                              "\"file\":\"corpus/000_d8babf2c1c9efa17.txt\""),
                       "%s", evx_buf_str(&json));
    cr_assert_not_null(strstr(evx_buf_str(&json),
                              "\"file\":\"corpus/004_1624677fcab3ee77.txt\""));
    evx_buf_free(&json);
    evx_units_free(&units);
    evx_manifest_free(m);
    evx_stats_free(stats);
    evx_tok_free(tok);
    evx_diag_free(diag);
}
