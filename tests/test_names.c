/*
 * test_names.c - name keys and surnames, on names as the report prints them.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"

static evx_tok *tok;

static void setup(void)
{
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
}

static void teardown(void)
{
    evx_tok_free(tok);
}

TestSuite(names, .init = setup, .fini = teardown);

static void expect_key(const char *name, const char *key, const char *surname)
{
    char *k = NULL, *s = NULL;
    cr_assert_eq(evx_name_key(tok, name, strlen(name), &k), EVX_OK);
    cr_assert_eq(evx_name_surname(tok, name, strlen(name), &s), EVX_OK);
    cr_expect_str_eq(k, key, "key of '%s'", name);
    cr_expect_str_eq(s, surname, "surname of '%s'", name);
    free(k);
    free(s);
}

Test(names, keys_and_surnames_from_report)
{
    /* 000 lines 612, 509, 788, 3271; 004 line 118 */
    expect_key("Professor Chris Ham", "chris_ham", "ham");
    expect_key("Chris Ham", "chris_ham", "ham");
    expect_key("Professor Ham", "ham", "ham");
    expect_key("Dr Charlotte Augst", "charlotte_augst", "augst");
    expect_key("Dr Augst", "augst", "augst");
    expect_key("Rt. Hon Andrew Lansley MP", "andrew_lansley", "lansley");
    expect_key("Sir Chris Wormald", "chris_wormald", "wormald");
    expect_key("Dr Anna Charles", "anna_charles", "charles");
}

/* A peer's territorial designation is no part of the key; a body's "of"
 * is: "University of Exeter" is not every university, nor "Department of
 * Health and Social Care" every department. */
Test(names, of_cuts_a_peers_designation_not_a_bodys_name)
{
    expect_key("Lord Darzi of Denham", "darzi", "darzi");
    expect_key("Professor the Lord Darzi of Denham OM KBE", "darzi", "darzi");
    expect_key("Baroness Smith of Basildon", "smith", "smith");
    expect_key("University of Exeter", "university_of_exeter", "exeter");
    expect_key("Department of Health and Social Care",
               "department_of_health_and_social_care", "care");
    expect_key("Bank of England", "bank_of_england", "england");
}

/* A name that withholds one keys with its evidence code: each such
 * submission is its own speaker; a person's key takes no code. */
Test(names, withheld_names_key_with_their_code)
{
    char *k = NULL;
    cr_assert_eq(evx_name_key_cited(tok, "Name Withheld", "WLS0044", &k), EVX_OK);
    cr_expect_str_eq(k, "name_withheld_wls0044");
    cr_expect(evx_name_key_withheld(k));
    free(k);
    cr_assert_eq(evx_name_key_cited(tok, "Anonymous", "EIM 12", &k), EVX_OK);
    cr_expect_str_eq(k, "anonymous_eim12");
    free(k);
    cr_assert_eq(evx_name_key_cited(tok, "Dr Anna Charles", "Q12", &k), EVX_OK);
    cr_expect_str_eq(k, "anna_charles");
    cr_expect(!evx_name_key_withheld(k));
    free(k);
}

Test(names, curly_and_straight_apostrophes_meet)
{
    /* 000 line 2177 */
    expect_key("Dr Tony O\u2019Sullivan", "tony_o'sullivan", "o'sullivan");
    expect_key("Tony O'Sullivan", "tony_o'sullivan", "o'sullivan");
    expect_key("O\u2018Sullivan", "o'sullivan", "o'sullivan");
}

Test(names, case_spacing_and_honours)
{
    expect_key("  PROFESSOR  chris   HAM CBE ", "chris_ham", "ham");
    expect_key("The Rt Hon Jeremy Hunt MP", "jeremy_hunt", "hunt");
    expect_key("Cllr Izzi Seccombe OBE", "izzi_seccombe", "seccombe");
    expect_key("Baroness Cumberlege of Newick", "cumberlege", "cumberlege");
    expect_key("Mrs Smith-Jones", "smithjones", "smithjones");
}

Test(names, titles_only_or_empty)
{
    expect_key("Professor Sir", "", "");
    expect_key("Lord", "", "");
    /* a peer whose name is a word of titles */
    expect_key("Lord Judge", "judge", "judge");
    expect_key("The Rt Hon the Lord Judge", "judge", "judge");
    /* short titles of judges and police officers open a name */
    expect_key("His Honour Judge Mark Lucraft KC", "mark_lucraft", "lucraft");
    expect_key("DCC Alistair Rowe", "alistair_rowe", "rowe");
    expect_key("", "", "");
    expect_key("\u2026 [ ]", "", "");
}

Test(names, is_title)
{
    const char *yes[] = {"professor", "prof", "dr", "sir", "dame", "lord",
                         "baroness", "mr", "mrs", "ms", "miss", "rt", "hon",
                         "right", "honourable", "mp", "cbe", "obe", "mbe",
                         "kbe", "dbe", "councillor", "cllr", "the"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        cr_expect(evx_name_is_title(yes[i], strlen(yes[i])), "%s", yes[i]);
    cr_expect_not(evx_name_is_title("ham", 3));
    cr_expect_not(evx_name_is_title("drs", 3));
    cr_expect_not(evx_name_is_title("d", 1));
    cr_expect_not(evx_name_is_title("", 0));
    /* only the exact length counts */
    cr_expect_not(evx_name_is_title("professorx", 9 + 1));
    cr_expect(evx_name_is_title("professorx", 9));
}

typedef struct words {
    char buf[256];
    int n, stop_at;
} words;

static int add_word(void *ctx, const char *w, size_t len)
{
    words *ws = ctx;
    if (ws->n)
        strcat(ws->buf, "|");
    strncat(ws->buf, w, len);
    ws->n++;
    return ws->stop_at && ws->n >= ws->stop_at;
}

Test(names, words_in_order_and_early_stop)
{
    words ws = {"", 0, 0};
    const char *n = "Professor Sir Chris Ham CBE";
    cr_assert_eq(evx_name_words(tok, n, strlen(n), add_word, &ws), EVX_OK);
    cr_expect_str_eq(ws.buf, "chris|ham");
    words one = {"", 0, 1};
    cr_assert_eq(evx_name_words(tok, n, strlen(n), add_word, &one), EVX_OK);
    cr_expect_str_eq(one.buf, "chris");
}

Test(names, invalid_utf8_name)
{
    char *k = NULL;
    const char n[] = "Dr \xff" "Anna\xc3 Charles";
    cr_assert_eq(evx_name_key(tok, n, sizeof n - 1, &k), EVX_OK);
    cr_expect_str_eq(k, "anna_charles");
    free(k);
}

Test(names, surname_particles_stay_with_the_surname)
{
    /* HC 179 Witnesses: "Dr Erik van Sebille"; the text: "Dr van Sebille" */
    expect_key("Dr Erik van Sebille", "erik_van_sebille", "van_sebille");
    expect_key("Dr van Sebille", "van_sebille", "van_sebille");
    expect_key("Professor Maria de la Cruz", "maria_de_la_cruz",
               "de_la_cruz");
    expect_key("Ursula von der Leyen", "ursula_von_der_leyen",
               "von_der_leyen");
    expect_key("Dr Ahmed bin Zayed", "ahmed_bin_zayed", "bin_zayed");
    expect_key("Mr Jan ter Horst", "jan_ter_horst", "ter_horst");
    expect_key("Mme Anne du Pont", "mme_anne_du_pont", "du_pont");
    cr_expect(evx_name_is_particle("van", 3));
    cr_expect(evx_name_is_particle("al", 2));
    cr_expect_not(evx_name_is_particle("vane", 4));
    cr_expect_not(evx_name_is_particle(NULL, 0));
}

Test(names, parts_give_a_compound_word_by_word)
{
    words ws = {"", 0, 0};
    const char *n = "Dr Omar al-Hassan";
    cr_assert_eq(evx_name_parts(tok, n, strlen(n), add_word, &ws), EVX_OK);
    cr_expect_str_eq(ws.buf, "omar|al|hassan");
    words joined = {"", 0, 0};
    cr_assert_eq(evx_name_words(tok, n, strlen(n), add_word, &joined), EVX_OK);
    cr_expect_str_eq(joined.buf, "omar|alhassan");
}

static int collect_spelling(void *ctx, const char *s, size_t n)
{
    char *all = ctx;
    strncat(all, s, n);
    strcat(all, "|");
    return 0;
}

static void expect_spellings(const char *name, const char *want)
{
    char got[512] = "";
    cr_assert_eq(evx_name_spellings(name, strlen(name), collect_spelling, got),
                 EVX_OK);
    cr_expect_str_eq(got, want, "spellings of '%s'", name);
}

Test(names, spellings_people_type)
{
    expect_spellings("The King’s Fund", "The Kings Fund|");
    expect_spellings("Dr Tony O'Sullivan", "Dr Tony OSullivan|");
    expect_spellings("Fauna & Flora International",
                     "Fauna and Flora International|");
    expect_spellings("Neal’s Yard & Co", "Neals Yard & Co|Neals Yard and Co|");
    expect_spellings("NHS England", "");
    expect_spellings("", "");
}

Test(names, opens_with_title)
{
    cr_expect(evx_name_opens_with_title("Professor Sir Bruce Keogh"));
    cr_expect(evx_name_opens_with_title("Dr Augst"));
    cr_expect_not(evx_name_opens_with_title("The King’s Fund"));
    cr_expect_not(evx_name_opens_with_title("National Audit Office"));
    cr_expect_not(evx_name_opens_with_title(""));
}

/* Printed names compared by surname: letters after a name are no surname
 * ("Jane Doe MP" and "John Smith MP" had matched on "MP"). */
Test(names, same_surname_past_letters_after_the_name)
{
    cr_expect(evx_name_same_surname("Mr John Smith", "Mr Smith"));
    cr_expect(evx_name_same_surname("Oliver Heald MP", "Mr Heald"));
    cr_expect(evx_name_same_surname("Sir Robert Francis QC", "Sir Robert Francis"));
    cr_expect_not(evx_name_same_surname("Jane Doe MP", "John Smith MP"));
    cr_expect_not(evx_name_same_surname("MP", "MP"));
}

/* A list's surname-first names in reading order, and what is left alone. */
Test(names, in_order)
{
    /* a surname in capitals as names are written (it had been kept so:
     * "Professor Katy HAYWARD"), unless it has a small letter */
    const char *const in[] = {"Doe, Ms Jane", "Smith, Professor John",
                              "Marine Conservation Society, The",
                              "HAYWARD, Professor Katy", "O'BRIEN, Mr Sean",
                              "SMITH-JONES, Dr Ann", "McDONALD, Ms Jo"};
    const char *const out[] = {"Ms Jane Doe", "Professor John Smith",
                               "The Marine Conservation Society",
                               "Professor Katy Hayward", "Mr Sean O'Brien",
                               "Dr Ann Smith-Jones", "Ms Jo McDONALD"};
    for (size_t k = 0; k < sizeof in / sizeof *in; k++) {
        char *s = evx_name_in_order(in[k]);
        cr_assert_not_null(s, "%s", in[k]);
        cr_expect_str_eq(s, out[k]);
        free(s);
    }
    const char *const kept[] = {"Water UK", "Smith, John",
                                "Department of Health, Social Services",
                                "Doe, Ms Jane, and others", ", Ms Jane",
                                "Doe,Ms Jane", "Unit 4, Dr Jones"};
    for (size_t k = 0; k < sizeof kept / sizeof *kept; k++)
        cr_expect_null(evx_name_in_order(kept[k]), "%s", kept[k]);
    cr_expect_null(evx_name_in_order(NULL));
}

/* The word lists are bisected: every word of each is found, first and
 * last too, and none that is not there (a list put out of order would
 * lose some). */
Test(names, every_listed_word_is_found)
{
    static const char *const titles[] = {
        "baron", "cb", "dr", "frcp", "frcpsych", "kc", "mp", "mr", "mrs",
        "ms", "professor", "rt", "sir", "the", "viscount"};
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
        cr_expect(evx_name_is_title(titles[i], strlen(titles[i])), "%s",
                  titles[i]);
    static const char *const particles[] = {"ab", "al", "ap", "van", "verch",
                                            "von", "zu", "de", "della"};
    for (size_t i = 0; i < sizeof particles / sizeof *particles; i++)
        cr_expect(evx_name_is_particle(particles[i], strlen(particles[i])),
                  "%s", particles[i]);
    cr_expect(evx_name_is_peerage("baron", 5) && evx_name_is_peerage("lady", 4) &&
              evx_name_is_peerage("viscountess", 11));
    cr_expect(!evx_name_is_title("mrss", 4) && !evx_name_is_title("m", 1) &&
              !evx_name_is_title("zz", 2) && !evx_name_is_particle("vo", 2) &&
              !evx_name_is_title("", 0));
}
