/*
 * test_glossary_forms.c - glossaries as PDF tools print them: each term
 * over its meaning, a meaning with no full stop, the part's heading with
 * no blank line under it ("Appendix 4: Glossary" / "ALP"), a table's
 * column heads ("Term" / "Meaning"), a list of abbreviations under a
 * glossary.  Read the way the pipeline reads a pdf-text dump; the reports
 * are invented (a fifteenth blind pass).
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "otherutil.h"

/* Two paragraphs, then the glossary part `tail`. */
#define GLOSSARY_REPORT(tail)                                                \
    "1 Introduction\n\n"                                                    \
    "1. We took evidence on the labour that brings in the harvest.\n\n"     \
    "2. The Government told us that the scheme would be reviewed.\n\n" tail

/* The entries of a glossary a House of Lords report prints as a table:
 * each term over its meaning, the meanings without a full stop. */
#define LORDS_ENTRIES                                                         \
    "ALP\n\nApproved labour provider, a business licensed to supply workers\n\n" \
    "Defra\n\nDepartment for Environment, Food and Rural Affairs\n\n"          \
    "GLAA\n\nGangmasters and Labour Abuse Authority\n\n"                       \
    "SWS\n\nSeasonal Worker Scheme, the visa route for temporary\n"            \
    "agricultural workers\n\n"                                                 \
    "UKVI\n\nUK Visas and Immigration\n\n"                                     \
    "\f26 FAIR HARVEST\n\n"                                                    \
    "Appendix 5: Call for evidence\n\n"                                        \
    "The Committee invited written evidence by 1 March 2024.\n"

/* Checks that u holds the five entries of LORDS_ENTRIES, each its own. */
static void five_entries(const evx_units *u)
{
    cr_expect_eq(count_type(u, EVX_UNIT_GLOSSARY), 5);
    cr_expect_str_eq(unit(u, "HC1/glossary/alp")->text,
                     "Approved labour provider, a business licensed to supply workers");
    cr_expect_str_eq(unit(u, "HC1/glossary/defra")->text,
                     "Department for Environment, Food and Rural Affairs");
    cr_expect_str_eq(unit(u, "HC1/glossary/sws")->text,
                     "Seasonal Worker Scheme, the visa route for temporary "
                     "agricultural workers");
    cr_expect_str_eq(unit(u, "HC1/glossary/ukvi")->text, "UK Visas and Immigration");
}

/* A meaning with no full stop had been taken for the next term's
 * heading: every term was then a heading with nothing under it, dropped,
 * and the whole glossary was in no unit. */
Test(glossary_forms, a_meaning_with_no_full_stop_is_its_terms)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, GLOSSARY_REPORT("Glossary\n\n" LORDS_ENTRIES), 0);
    five_entries(&u);
    evx_units_free(&u);
}

/* pdftotext sets no blank line between the appendix's heading and its
 * first term: the term had been read into the heading. */
Test(glossary_forms, an_appendix_heading_over_its_first_term)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, GLOSSARY_REPORT("Appendix 4: Glossary\n" LORDS_ENTRIES), 0);
    five_entries(&u);
    cr_expect_null(evx_units_find(&u, "HC1/glossary/appendix-4-glossary"));
    evx_units_free(&u);
}

/* A glossary printed as a table has a row of column heads: the table's
 * furniture, no entry "Term" meaning "Meaning". */
Test(glossary_forms, a_tables_column_heads_are_no_entry)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u, GLOSSARY_REPORT("Glossary\n\nTerm\n\nMeaning\n\n" LORDS_ENTRIES), 0);
    five_entries(&u);
    cr_expect_null(evx_units_find(&u, "HC1/glossary/term"));
    evx_units_free(&u);
}

/* A list of abbreviations after the glossary, its heading over its first
 * abbreviation: its entries are entries, not one heading "List of
 * abbreviations ACA" over "Area cost adjustment". */
Test(glossary_forms, a_list_of_abbreviations_after_the_glossary)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            GLOSSARY_REPORT("Glossary\n\n"
                            "Core spending power\n\n"
                            "A measure of the resources available to a council.\n\n"
                            "List of abbreviations\n"
                            "ACA\n\nArea cost adjustment\n\n"
                            "CCN\n\nCounty Councils Network\n\n"
                            "LGA\n\nLocal Government Association\n\n"
                            "Annex 1: Terms of reference\n\n"
                            "The Committee agreed its terms of reference in May.\n"),
            0);
    cr_expect_str_eq(unit(&u, "HC1/glossary/core-spending-power")->text,
                     "A measure of the resources available to a council.");
    cr_expect_str_eq(unit(&u, "HC1/glossary/aca")->text, "Area cost adjustment");
    cr_expect_str_eq(unit(&u, "HC1/glossary/lga")->text, "Local Government Association");
    cr_expect_eq(count_type(&u, EVX_UNIT_GLOSSARY), 4);
    evx_units_free(&u);
}

/* Terms whose meanings end in full stops read as before: the rule for a
 * term over its meaning leaves them alone. */
Test(glossary_forms, meanings_with_full_stops_read_as_before)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            GLOSSARY_REPORT("Glossary\n\n"
                            "Integrated care\n\n"
                            "There are numerous definitions of integrated care.\n\n"
                            "Place-based care\n\n"
                            "Place-based care involves local service providers.\n"),
            0);
    cr_expect_eq(count_type(&u, EVX_UNIT_GLOSSARY), 2);
    cr_expect_str_eq(unit(&u, "HC1/glossary/place-based-care")->text,
                     "Place-based care involves local service providers.");
    evx_units_free(&u);
}
