/*
 * test_unitcheck.c - the checks on a report's finished units: two units
 * under one id, a paragraph far longer than any a report prints, and a
 * file's text ending before the footnote bodies it cites, are each named
 * in a warning with file and line; units as reports print them raise
 * nothing.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diagutil.h"
#include "paranum.h"
#include "unitcheck.h"

static evx_unit *unit(evx_units *l, evx_unit_type type, const char *id,
                      const char *text, long line)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, type), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->id, id, strlen(id)), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->text, text, strlen(text)), EVX_OK);
    cr_assert_eq(evx_unit_add_source(u, "corpus/r.txt", "pdf-text", line, 1,
                                     line + 3),
                 EVX_OK);
    cr_assert_eq(evx_units_push(l, u), EVX_OK);
    return u;
}

/* Checks l: one warning, and the notes printed hold `said`. */
static void expect_one_said(const evx_units *l, const char *said)
{
    evx_diag *d = NULL;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_unitcheck_report(l, d), EVX_OK);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_WARNING), 1);
    char *s = tu_diag_printed(d, EVX_DIAG_NOTE);
    cr_expect(strstr(s, said), "%s", s);
    free(s);
    evx_diag_free(d);
}

/* n words of "word " */
static char *words(size_t n)
{
    evx_buf b = EVX_BUF_INIT;
    for (size_t i = 0; i < n; i++)
        evx_buf_puts(&b, "word ");
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    return evx_buf_detach(&b);
}

Test(unitcheck, a_shared_id_and_an_overlong_paragraph_are_said)
{
    evx_units l = EVX_UNITS_INIT;
    evx_diag *d = NULL;
    char *long_text = words(EVX_UNIT_MAX_WORDS + 1);
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    unit(&l, EVX_UNIT_BOX, "HC1/box/funding", "The first box.", 10);
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p1", long_text, 20);
    unit(&l, EVX_UNIT_BOX, "HC1/box/funding", "The second box.", 30);
    unit(&l, EVX_UNIT_BOX, "HC1/box/funding", "The third box.", 35);
    cr_assert_eq(evx_unitcheck_report(&l, d), EVX_OK);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_WARNING), 3);
    char *s = tu_diag_printed(d, EVX_DIAG_NOTE);
    /* each one not kept names the last, the one the index keeps */
    cr_expect(strstr(s, "corpus/r.txt:10: HC1/box/funding is also the id of "
                        "a unit at corpus/r.txt:35: only that one is indexed"),
              "%s", s);
    cr_expect(strstr(s, "corpus/r.txt:30: HC1/box/funding is also the id of "
                        "a unit at corpus/r.txt:35: only that one is indexed"),
              "%s", s);
    cr_expect(strstr(s, "corpus/r.txt:20: HC1/p1 runs to 2501 words, lines "
                        "20-23"),
              "%s", s);
    free(s);
    free(long_text);
    evx_diag_free(d);
    evx_units_free(&l);
}

Test(unitcheck, units_as_reports_print_them_raise_nothing)
{
    evx_units l = EVX_UNITS_INIT;
    evx_diag *d = NULL;
    char *at_limit = words(EVX_UNIT_MAX_WORDS);
    char *annex = words(EVX_UNIT_MAX_WORDS * 2);
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p1", at_limit, 5);
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p2", "A short paragraph.", 9);
    unit(&l, EVX_UNIT_ANNEX, "HC1/annex/1", annex, 12); /* may run long */
    cr_assert_eq(evx_unitcheck_report(&l, d), EVX_OK);
    cr_expect_eq(evx_diag_len(d), 0);
    free(at_limit);
    free(annex);
    evx_diag_free(d);
    evx_units_free(&l);
}

/* Footnote bodies run into a paragraph's text, as a block the reader did
 * not take for footnotes leaves them, are said; numbers as text prints
 * them (dates, figures, a table's years, a list) are not. */
Test(unitcheck, footnote_bodies_in_text_are_said)
{
    evx_units l = EVX_UNITS_INIT;
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p50",
         "George Eustice, Minister at DEFRA, said: 146 Q91 147 CHEM Trust "
         "(EIM0010) 148 Keep Britain Tidy (EIM0029) 149 DEFRA (EIM0034)", 40);
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p51",
         "We met on 1 March, 2 March and 3 March. Figure 1 shows the trend, "
         "Figure 2 shows the cost and Figure 3 shows both. Spending was 12 in "
         "2014 2015 2016 and 13 in 2017. The steps are: 1 Plan 2 Build.", 50);
    unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn9", "9 Q1 10 Q2 11 Q3", 60);
    expect_one_said(&l, "corpus/r.txt:40: HC1/p50 holds what reads as footnote "
                        "bodies 146, 147, 148");
    evx_units_free(&l);
}

/* A column of note numbers run into a paragraph, as a page's column the
 * reader did not pair with its bodies leaves it ("… at least a 25 26 27
 * 28 Q62 [Mr Owen Pryce] …"), is said, and the paragraph counts as
 * holding bodies (its file read in part); a list of three numbers, and
 * numbers a word apart, are not.  It had passed with no warning, 72
 * footnotes missing and exit status 0. */
Test(unitcheck, a_column_of_note_numbers_in_text_is_said)
{
    evx_units l = EVX_UNITS_INIT;
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p9",
         "When pressed, officials conceded that the timetable had slipped by at "
         "least a 25 26 27 28 Q62 [Mr Owen Pryce] Q64 [Ms Paula Grant] Q77 [Dr "
         "Fiona Baird] Q1 [the Minister] year.", 40);
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p10",
         "The scheme ran in rounds 1 2 3 and then a fourth. Phases 4 and 5 and "
         "6 and 7 followed.", 50);
    expect_one_said(&l, "corpus/r.txt:40: HC1/p9 holds what reads as footnote "
                        "bodies 25, 26, 27");
    cr_expect(evx_unitcheck_holds_bodies(l.items[0]));
    cr_expect(!evx_unitcheck_holds_bodies(l.items[1]));
    evx_units_free(&l);
}

/* A table's rows numbered in its first column, each a place and its
 * figures, are no footnote bodies run into its text: the box had been
 * said to hold bodies 1, 2, 3, and its report had exited 1. */
Test(unitcheck, a_tables_numbered_rows_are_no_footnote_bodies)
{
    evx_units l = EVX_UNITS_INIT;
    evx_diag *d = NULL;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    unit(&l, EVX_UNIT_BOX, "HC1/box/table-1",
         "Region 2019 2020 2021 1 North East 412 430 455 2 North West 1,203 "
         "1,250 1,311 3 London 2,011 2,140 2,245 Source: HM Treasury", 40);
    cr_assert_eq(evx_unitcheck_report(&l, d), EVX_OK);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_WARNING), 0);
    evx_diag_free(d);
    evx_units_free(&l);
}

/* The bodies run into text say how many footnotes the report has beyond
 * those read: the last of the last run, whichever unit holds it; a table
 * of years, each before a capitalised word, is no run. */
Test(unitcheck, the_last_body_run_into_text_is_the_highest)
{
    evx_units l = EVX_UNITS_INIT;
    evx_diag *d = NULL;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_expect_eq(evx_unitcheck_highest_body(&l), 0);
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p50",
         "George Eustice said: 146 Q91 147 CHEM Trust (EIM0010) 148 Keep "
         "Britain Tidy (EIM0029) 149 DEFRA (EIM0034)", 40);
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p52",
         "Costs rose. 170 Q95 171 Ibid 172 Fauna and Flora (EIM0042) and "
         "then 2 Plan", 50);
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p53",
         "Spending by year: 2014 Defra 2015 Defra 2016 Defra 2017 Defra.", 60);
    unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn9", "180 Q1 181 Q2 182 Q3", 70);
    cr_expect_eq(evx_unitcheck_highest_body(&l), 172);
    cr_assert_eq(evx_unitcheck_report(&l, d), EVX_OK);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_WARNING), 2, "the years warned");
    evx_diag_free(d);
    evx_units_free(&l);
}

/* A footnote whose text cites a footnote with a marker glued to a
 * sentence's end is the report's text read as a footnote (a paragraph
 * after a footnote list): said, with the number it cites.  A body's own
 * numbers are not markers: a page, a paragraph, a question, a year, a
 * decimal, an evidence code, a web address. */
Test(unitcheck, a_footnote_that_cites_a_footnote_is_said)
{
    evx_units l = EVX_UNITS_INIT;
    evx_diag *d = NULL;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn3",
         "Assistant Commissioner Qureshi-Bell told us that most protests had "
         "\xE2\x80\x9Cno conditions at all\xE2\x80\x9D.2", 15);
    unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn4",
         "Councils said the orders were challenged in every case.3 They "
         "agreed.", 17);
    unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn5",
         "Home Office, Beating Crime Plan, CP 490, July 2021, p 2", 30);
    unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn6",
         "NHS England, Refreshing NHS Plans for 2018/19, February 2018, "
         "page 12, para 5.2", 31);
    unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn7", "Leigh Day (PPO0033); Qq 2, 3.", 32);
    unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn8",
         "See https://www.example.org/report.2 and HC Deb 3 July 2019, "
         "col 1102", 33);
    unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p9", "We agree.\xE2\x80\x9D" "4", 34);
    cr_expect_eq(evx_unitcheck_note_cites(l.items[0]), 2);
    cr_expect_eq(evx_unitcheck_note_cites(l.items[1]), 3);
    for (size_t i = 2; i < l.len; i++)
        cr_expect_eq(evx_unitcheck_note_cites(l.items[i]), 0, "%s",
                     l.items[i]->id);
    cr_assert_eq(evx_unitcheck_report(&l, d), EVX_OK);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_WARNING), 2);
    char *s = tu_diag_printed(d, EVX_DIAG_NOTE);
    cr_expect(strstr(s, "corpus/r.txt:15: HC1/fn3 cites footnote 2 with a "
                        "marker"),
              "%s", s);
    free(s);
    evx_diag_free(d);
    evx_units_free(&l);
}

/* A file whose text ends inside its footnote list, the text citing
 * footnotes past the last body, was cut short: said at its last line.  The
 * whole list, or text that goes on past the list, raises nothing. */
Test(unitcheck, a_text_ending_before_the_bodies_it_cites_is_cut_short)
{
    evx_units l = EVX_UNITS_INIT;
    evx_diag *d = NULL;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    evx_unit *p = unit(&l, EVX_UNIT_PARAGRAPH, "HC1/p1", "Text.", 1);
    int cited[] = {1, 2, 3};
    p->footnotes = malloc(sizeof cited);
    cr_assert_not_null(p->footnotes);
    memcpy(p->footnotes, cited, sizeof cited);
    p->n_footnotes = 3;
    evx_unit *f = unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn1", "Q1", 10);
    f->number = 1;
    f = unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn2", "Q2", 12); /* lines 12-15 */
    f->number = 2;
    cr_expect_eq(evx_unitcheck_notes_cut(&l, "corpus/r.txt", 16, d), 0,
                 "text goes on past the list");
    cr_expect_eq(evx_unitcheck_notes_cut(&l, "corpus/r.txt", 15, d), 1);
    char *s = tu_diag_printed(d, EVX_DIAG_NOTE);
    cr_expect(strstr(s, "corpus/r.txt:15: text ends inside its footnote list, "
                        "at footnote 2, though the text cites footnotes 3-3"),
              "%s", s);
    free(s);
    f = unit(&l, EVX_UNIT_FOOTNOTE, "HC1/fn3", "Q3", 16);
    f->number = 3;
    cr_expect_eq(evx_unitcheck_notes_cut(&l, "corpus/r.txt", 19, d), 0,
                 "every body cited came");
    cr_expect_eq(evx_unitcheck_notes_cut(&l, "corpus/other.txt", 19, d), 0,
                 "no unit of that file");
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_WARNING), 1);
    evx_diag_free(d);
    evx_units_free(&l);
}

/* A paragraph of file numbered n at line, as its reader made it. */
static void para_of(evx_units *l, const char *file, int n, long line)
{
    char id[32], num[24];
    evx_para_print(n, num, sizeof num);
    snprintf(id, sizeof id, "HC1/p%s", num);
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_PARAGRAPH), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->id, id, strlen(id)), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->text, "Text.", 5), EVX_OK);
    cr_assert_eq(evx_unit_add_source(u, file, "pdf-text", line, 1, line),
                 EVX_OK);
    u->number = n;
    cr_assert_eq(evx_units_push(l, u), EVX_OK);
}

/* Paragraph numbers a file skips, that no file of the report has, are
 * said at the paragraph after the gap and counted; numbers another file
 * holds, numbers before a file's first paragraph (a file of one chapter)
 * and a chapter's first paragraph after the last of the one before are
 * no gap. */
Test(unitcheck, paragraph_numbers_a_file_skips_are_said)
{
    evx_units l = EVX_UNITS_INIT;
    evx_diag *d = NULL;
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    para_of(&l, "a.txt", 1, 3);
    para_of(&l, "a.txt", 2, 5);
    para_of(&l, "a.txt", 6, 9);   /* 3-5 missing */
    para_of(&l, "b.txt", 4, 2);   /* b holds 4, and begins there */
    para_of(&l, "b.txt", 5, 4);
    cr_expect_eq(evx_unitcheck_paragraph_gaps(&l, "a.txt", d), 1);
    cr_expect_eq(evx_unitcheck_paragraph_gaps(&l, "b.txt", d), 0);
    cr_expect_eq(evx_unitcheck_paragraph_gaps(&l, "c.txt", d), 0);
    char *s = tu_diag_printed(d, EVX_DIAG_NOTE);
    cr_expect(strstr(s, "a.txt:9: paragraph 6 follows paragraph 2: 1 missing"),
              "%s", s);
    free(s);
    para_of(&l, "c.txt", evx_para_of_chapter(2, 1), 1);
    para_of(&l, "c.txt", evx_para_of_chapter(2, 4), 7);  /* 2.2, 2.3 */
    para_of(&l, "c.txt", evx_para_of_chapter(3, 1), 12); /* a chapter on */
    para_of(&l, "c.txt", evx_para_of_chapter(3, 3), 15); /* 3.2 */
    cr_expect_eq(evx_unitcheck_paragraph_gaps(&l, "c.txt", d), 3);
    s = tu_diag_printed(d, EVX_DIAG_NOTE);
    cr_expect(strstr(s, "c.txt:7: paragraph 2.4 follows paragraph 2.1: 2 "
                        "missing"), "%s", s);
    cr_expect(strstr(s, "c.txt:15: paragraph 3.3 follows paragraph 3.1: 1 "
                        "missing"), "%s", s);
    free(s);
    cr_expect_eq(evx_diag_count(d, EVX_DIAG_WARNING), 3);
    evx_diag_free(d);
    evx_units_free(&l);
}
