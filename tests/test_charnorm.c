/*
 * test_charnorm.c - the loader's one spelling for characters that
 * extractions write in several ways (charnorm.h): spaces, hyphens,
 * ligatures, raised digits, invisible characters, form feeds, Pandoc's
 * escapes, typed dashes and straight quotes.
 */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"
#include "sourceutil.h"

Test(charnorm, nbsp_narrow_nbsp_and_soft_hyphen)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("HC\xC2\xA0" "650\n10\xE2\x80\xAF%\n"
                               "inte\xC2\xADgrated\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 3);
    expect_line(t, 1, "HC 650");
    expect_line(t, 2, "10 %");
    expect_line(t, 3, "integrated");
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

/* A tab after text (a copied table's cells: "1<tab>Marine Power
 * Association", which had become a speaker's name) is a space; a tab
 * that indents a line stays. */
/* The typeset spaces (U+2000-200A) and the medium mathematical space
 * (U+205F), as pdfminer, pypdf and Ghostscript write the en space after a
 * footnote's number ("1\u2002Q12 [John Smith]"): a space, or no footnote
 * body is read. */
Test(charnorm, typeset_spaces_are_spaces)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("1\xE2\x80\x82Q12 [John Smith]\n"
                               "a\xE2\x80\x83" "b\xE2\x80\x89" "c\xE2\x80\x8A" "d\xE2\x81\x9F" "e\n"
                               "x\xE2\x80\x8By\xE2\x80\x90z\n"),
                           &d);

    expect_line(t, 1, "1 Q12 [John Smith]");
    expect_line(t, 2, "a b c d e");
    expect_line(t, 3, "xy\xE2\x80\x90z"); /* a zero-width space goes; a hyphen stays */
    evx_text_free(t);
    evx_diag_free(d);
}

Test(charnorm, a_tab_between_words_is_a_space)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("1\tMarine Power Association\t(TID0001)\n"
                               "\tindented\tline\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 2);
    expect_line(t, 1, "1 Marine Power Association (TID0001)");
    expect_line(t, 2, "\tindented line");
    evx_text_free(t);
    evx_diag_free(d);
}

/* A PDF tool's ligatures (U+FB00-FB06) become their letters, so "ﬁnancial"
 * reads, and is cited, as "financial"; other characters of that block
 * stay. */
Test(charnorm, ligatures_become_their_letters)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("\xEF\xAC\x81nancial e\xEF\xAC\x80" "ect "
                               "\xEF\xAC\x83" "ce \xEF\xAC\x84" "e \xEF\xAC\x82ow "
                               "\xEF\xAC\x86" "ep \xEF\xAC\x85\n"
                               "keep \xEF\xAC\x87 \xEF\xAC\xBE\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 2);
    expect_line(t, 1, "financial effect ffice ffle flow step st");
    expect_line(t, 2, "keep \xEF\xAC\x87 \xEF\xAC\xBE");
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

/* A footnote marker printed raised ("2015.²²³", as Pandoc's plain output
 * gives it) reads as its digits; other superscripts (ⁿ, ⁺) and the
 * characters beside the superscript digits stay. */
Test(charnorm, superscript_digits_become_digits)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("in December 2015.\xC2\xB2\xC2\xB2\xC2\xB3 The "
                               "\xE2\x81\xB0\xC2\xB9\xE2\x81\xB4\xE2\x81\xB5"
                               "\xE2\x81\xB6\xE2\x81\xB7\xE2\x81\xB8\xE2\x81\xB9\n"
                               "keep \xE2\x81\xBF \xE2\x81\xBA \xC2\xB4 \xC2\xBA\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 2);
    expect_line(t, 1, "in December 2015.223 The 01456789");
    expect_line(t, 2, "keep \xE2\x81\xBF \xE2\x81\xBA \xC2\xB4 \xC2\xBA");
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

/* Characters that show nothing (zero-width space, non-joiner, joiner,
 * word joiner, a byte-order mark inside the text) are dropped. */
Test(charnorm, invisible_characters_are_dropped)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("\xEF\xBB\xBF" "12. The plan\xE2\x80\x8B was\n"
                               "\xEF\xBB\xBF" "13. in\xE2\x80\x8Cte\xE2\x80\x8D"
                               "gra\xE2\x81\xA0ted\n"),
                           &d);

    cr_assert_eq(evx_text_lines(t), 2);
    expect_line(t, 1, "12. The plan was");
    expect_line(t, 2, "13. integrated");
    evx_text_free(t);
    evx_diag_free(d);
}

Test(charnorm, form_feed_is_a_space_and_a_page_break)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("a\n\fb\nc\f\nd\ne\fx\n\f"), &d);
    size_t len;

    cr_assert_eq(evx_text_lines(t), 6);
    cr_assert_str_eq(evx_text_data(t, &len), "a\n b\nc \nd\ne x\n ");
    cr_expect(!evx_text_page_break(t, 1));
    cr_expect(evx_text_page_break(t, 2));  /* \f starts it */
    cr_expect(!evx_text_page_break(t, 3));
    cr_expect(evx_text_page_break(t, 4));  /* \f ended the line before */
    cr_expect(evx_text_page_break(t, 5));  /* \f within it */
    cr_expect(evx_text_page_break(t, 6));  /* pdftotext's final \f */
    cr_expect(!evx_text_page_break(t, 7));
    cr_expect(!evx_text_page_break(t, 0));
    cr_expect(!evx_text_page_break(NULL, 1));
    cr_assert_eq(evx_diag_len(d), 0);
    evx_text_free(t);
    evx_diag_free(d);
}

/* Pages that start in mid-line ("e\fx", a script joining pypdf's pages
 * with form feeds) start lines of their own in the split copy, with
 * their page breaks; the other page breaks move with their lines, and
 * every place maps back to the file's line and column. */
Test(charnorm, split_pages_where_they_start_in_mid_line)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("a\n\fb\nc\f\nd\ne\fx\ny 2\f\fz\f\n\f"), &d);
    evx_text *s = NULL;
    size_t len;
    long fl, fc;

    cr_assert_eq(evx_text_split_pages(t, &s), EVX_OK);
    cr_assert_not_null(s);
    cr_assert_eq(evx_text_lines(s), 9);
    cr_expect_str_eq(evx_text_data(s, &len), "a\n b\nc \nd\ne\nx\ny 2\n z \n ");
    static const int breaks[] = {0, 1, 0, 1, 0, 1, 0, 1, 1};
    for (size_t l = 1; l <= 9; l++)
        cr_expect_eq(evx_text_page_break(s, l), breaks[l - 1], "line %zu", l);
    evx_text_split_where(s, 6, 1, &fl, &fc); /* "x" */
    cr_expect(fl == 5 && fc == 3, "x at %ld:%ld", fl, fc);
    evx_text_split_where(s, 5, -1, &fl, &fc); /* "e", its file line goes on */
    cr_expect(fl == 5 && fc == 1, "e ends at %ld:%ld", fl, fc);
    evx_text_split_where(s, 6, -1, &fl, &fc); /* "x", the file line's end */
    cr_expect(fl == 5 && fc == -1, "x ends at %ld:%ld", fl, fc);
    evx_text_split_where(s, 8, 2, &fl, &fc); /* "z", after two form feeds */
    cr_expect(fl == 6 && fc == 6, "z at %ld:%ld", fl, fc);
    evx_text_split_where(s, 9, 1, &fl, &fc);
    cr_expect(fl == 7 && fc == 1, "the last line at %ld:%ld", fl, fc);
    evx_text_split_where(t, 3, 2, &fl, &fc); /* no copy: as it is */
    cr_expect(fl == 3 && fc == 2);
    evx_text_free(s);

    /* the copies of t keep its mid-line page starts */
    cr_assert_eq(evx_text_blank_lines(t, 1, 1, &s), EVX_OK);
    cr_expect(evx_text_page_break(s, 5) && !evx_text_page_break(s, 1));
    evx_text *c = NULL;
    cr_assert_eq(evx_text_split_pages(s, &c), EVX_OK);
    cr_assert_not_null(c);
    expect_line(c, 6, "x");
    evx_text_free(c);
    evx_text_free(s);
    evx_text_free(t);
    evx_diag_free(d);

    t = load_mem(LIT("one  two\nthree   \f  four\n"), &d);
    cr_assert_eq(evx_text_single_spaced(t, &s), EVX_OK);
    cr_assert_eq(evx_text_split_pages(s, &c), EVX_OK);
    cr_assert_not_null(c);
    expect_line(c, 2, "three");
    expect_line(c, 3, "four");
    cr_expect(evx_text_page_break(c, 3) && !evx_text_page_break(c, 2));
    evx_text_free(c);
    evx_text_free(s);
    evx_text_free(t);
    evx_diag_free(d);

    /* no page starts in mid-line: no copy */
    t = load_mem(LIT("a\n\fb\nc\f\n"), &d);
    s = (evx_text *)1;
    cr_assert_eq(evx_text_split_pages(t, &s), EVX_OK);
    cr_expect_null(s);
    evx_text_free(t);
    evx_diag_free(d);
}

Test(charnorm, pandoc_escapes_lose_the_backslash)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("The Border) \\[ex-officio\\]\n"
                               "\\*note\\* 5\\% a\\\\b C:\\Users end\\\n"
                               "it\\'s \\\"so\\\"\n"),
                           &d);

    expect_line(t, 1, "The Border) [ex-officio]");
    expect_line(t, 2, "*note* 5% a\\b C:\\Users end\\");
    expect_line(t, 3, "it’s “so”");
    evx_text_free(t);
    evx_diag_free(d);
}

/* Pandoc's Markdown writes an en dash "--" and an em dash "---" (and a
 * typist does): they had stayed hyphens, so "Q1--40" was no question
 * range (the panel warned, its questions unknown) and "2013--14" no
 * session.  Hyphens in Markdown's own marks, a rule, a table's border or
 * a word stay. */
Test(charnorm, typed_dashes_become_en_and_em_dashes)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("Harbour Trust --- Q1--40, in 2013--14 -- so\n"
                               "---\n"
                               "<!-- a comment --> |--|:--| well-known ----\n"
                               "a - b -x --\n"
                               "  --- ------\n"
                               "x --y\n"),
                           &d);

    expect_line(t, 1, "Harbour Trust \xE2\x80\x94 Q1\xE2\x80\x93" "40, in "
                      "2013\xE2\x80\x93" "14 \xE2\x80\x93 so");
    expect_line(t, 2, "---");
    expect_line(t, 3, "<!-- a comment --> |--|:--| well-known ----");
    expect_line(t, 4, "a - b -x --");
    expect_line(t, 5, "  --- ------"); /* Pandoc's table border */
    expect_line(t, 6, "x --y");
    evx_text_free(t);
    evx_diag_free(d);
}

Test(charnorm, straight_quotes_become_curly_by_context)
{
    static const char *const cases[][2] = {
        {"\"Integrated care\" is", "“Integrated care” is"},
        {"said: \"Yes.\"", "said: “Yes.”"},
        {"the King's Fund, don't", "the King’s Fund, don’t"},
        {"the NHS' plans", "the NHS’ plans"},
        {"the 1990's", "the 1990’s"},
        {"a 'place-based' approach", "a ‘place-based’ approach"},
        {"(\"STPs\") and ['x']", "(“STPs”) and [‘x’]"},
        {"\"'Nested,' he said\"", "“‘Nested,’ he said”"},
        {"care—\"so called\"—and", "care—“so called”—and"},
        {"a -'b' – \"c\"", "a -‘b’ – “c”"},
        {"\"Home first\".12", "“Home first”.12"},
        {"in the '90s", "in the ‘90s"}, /* the rule's known ambiguity */
        /* a web copy glues a paragraph's opening quote to its number */
        {"2.\"Rates,\" he said", "2.“Rates,” he said"},
        {"1. A\n12.'Yes'", "1. A\n12.‘Yes’"},
        {"Q2.\"", "Q2.”"}, /* no paragraph's number */
    };
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        evx_diag *d;
        evx_text *t = load_mem(cases[i][0], strlen(cases[i][0]), &d);
        size_t len;

        cr_expect_str_eq(evx_text_data(t, &len), cases[i][1]);
        cr_expect_eq(evx_diag_len(d), 1);
        evx_text_free(t);
        evx_diag_free(d);
    }
}

Test(charnorm, a_line_initial_quote_opens_and_one_note_counts_them)
{
    evx_diag *d;
    evx_text *t = load_mem(LIT("he said\n\"the system\nis 'stuck'.\"\n"), &d);

    cr_assert_eq(evx_text_lines(t), 3);
    expect_line(t, 2, "“the system");
    expect_line(t, 3, "is ‘stuck’.”");
    cr_assert_eq(evx_diag_len(d), 1);
    expect_diag(d, 0, EVX_DIAG_NOTE, "4 straight quotes made curly");
    evx_text_free(t);
    evx_diag_free(d);
}
