/*
 * test_pdftext_frag.c - the PDF-text reader: one crafted fragment per
 * cleaning rule, and robustness against bad input.
 */
#include <criterion/criterion.h>

#include "unitcheck.h"
#include "pdftextutil.h"

/* ---------------- crafted fragments, one per rule ---------------- */

static const char *FRAG =
    "1 First chapter\n"
    "1. The committee heard evidence about the bottom line.1 As far back as \n"
    "1972, things were different. The front-\n"
    "line staff were well organi-\n"
    "sations and place-based care was the aim.2 Then it went on to say \n"
    "\n"
    "1 Q12 [A Witness]\n"
    "2 Some Body, A Long Title Of A Document That Wraps Onto The Next Line, \n"
    "May 2018, page 4\n"
    "\n"
    "https://example.org/document.pdf\n"
    "\n"
    "\n"
    " The running title of this report 12\n"
    "that the work continues.3 Lists follow:\n"
    "\n"
    "a) first item;\n"
    "\n"
    "b) second item, which wraps \n"
    "onto another line; and\n"
    "\n"
    "• a bullet.\n"
    "\n"
    "After the list the paragraph goes on.\n"
    "\n"
    "3 Q99\n"
    "13 The running title of this report\n"
    "2. A witness, Jane Doe, told us:\n"
    "\n"
    "This is what a block quotation looks like when it is printed in \n"
    "the dump, ending with a marker.4\n"
    "\n"
    "Mr Doe described the plan as “a great leap forward for everyone”.5 It \n"
    "is not “integrated care” though.\n"
    "\n"
    "Some heading\n"
    "\n"
    "3. Last paragraph.\n"
    "\n"
    "2 Second chapter\n"
    "\n"
    "This prose sits in a chapter before any numbered paragraph.\n"
    "\n"
    "4. Final one.\n"
    "\n"
    "4 Q1\n"
    "5 Q2\n";

Test(pdftext, frag_headers_removed_both_forms)
{
    parsed p = parse_str(FRAG);
    cr_assert_eq(p.st, EVX_OK);
    for (size_t i = 0; i < p.units.len; i++)
        cr_assert_null(strstr(p.units.items[i]->text, "running title"),
                       "%s keeps a header", p.units.items[i]->id);
    /* header "Title 12" sets the page of what follows */
    cr_assert_eq(get(&p, "HC1/p2")->page, 13);
    parsed_free(&p);
}

Test(pdftext, frag_paragraph_across_page_break_and_footnotes)
{
    parsed p = parse_str(FRAG);
    const evx_unit *u = get(&p, "HC1/p1");
    cr_assert_not_null(strstr(u->text, "Then it went on to say that the work continues."),
                       "%s", u->text);
    cr_assert_null(strstr(u->text, "Q12"));
    cr_assert_null(strstr(u->text, "example.org"));
    cr_assert(cites(u, 1) && cites(u, 2) && cites(u, 3));
    cr_assert_eq(u->chapter, 1);
    cr_assert_str_eq(u->chapter_title, "First chapter");
    cr_assert_str_eq(get(&p, "HC1/fn1")->parent, "HC1/p1");
    parsed_free(&p);
}

Test(pdftext, frag_line_end_hyphens)
{
    parsed p = parse_str(FRAG);
    const char *t = get(&p, "HC1/p1")->text;
    cr_assert_not_null(strstr(t, "The front-line staff"), "%s", t);
    cr_assert_not_null(strstr(t, "well organisations and"), "%s", t);
    parsed_free(&p);
}

/* A PDF of hyphenated, justified text: a word broken at a line end is
 * joined where the report writes it whole and the part before the
 * hyphen is no word of its own ("integ-" / "rated", though "rated" is a
 * word); a compound of two words stays ("front-" / "line", though the
 * report also writes "frontline"); a soft hyphen a PDF tool left at the
 * line end is a hyphen there ("eco\u00AD" / "nomical"). */
Test(pdftext, frag_hyphenated_words)
{
    parsed p = parse_str("1 First chapter\n"
                         "1. Care should be integrated. Wards at the front were\n"
                         "rated well on the bottom line. Their work was integ-\n"
                         "rated with social care, and the front-\n"
                         "line staff (frontline teams) were eco\xC2\xAD\n"
                         "nomical with words.\n");
    const char *t = get(&p, "HC1/p1")->text;
    cr_expect_not_null(strstr(t, "Their work was integrated with social care"),
                       "%s", t);
    cr_expect_not_null(strstr(t, "the front-line staff"), "%s", t);
    cr_expect_not_null(strstr(t, "were economical with words."), "%s", t);
    parsed_free(&p);
}

Test(pdftext, frag_glued_marker_vs_year)
{
    parsed p = parse_str(FRAG);
    const char *t = get(&p, "HC1/p1")->text;
    cr_assert_not_null(strstr(t, "the bottom line. As far back as 1972, things"), "%s", t);
    cr_assert_not_null(strstr(t, "was the aim. Then"), "%s", t);
    cr_assert_eq(get(&p, "HC1/p1")->footnotes[0], 1);
    parsed_free(&p);
}

Test(pdftext, frag_multiline_footnote)
{
    parsed p = parse_str(FRAG);
    cr_assert_str_eq(get(&p, "HC1/fn2")->text,
                     "Some Body, A Long Title Of A Document That Wraps Onto The "
                     "Next Line, May 2018, page 4");
    cr_assert_str_eq(get(&p, "HC1/fn1")->text, "Q12 [A Witness]");
    cr_assert_eq(get(&p, "HC1/fn2")->sources[0].end_line, 9);
    parsed_free(&p);
}

Test(pdftext, frag_lists_inside_paragraph)
{
    parsed p = parse_str(FRAG);
    const char *t = get(&p, "HC1/p1")->text;
    cr_assert_not_null(strstr(t, "Lists follow: a) first item; b) second item, "
                                 "which wraps onto another line; and • a bullet. "
                                 "After the list the paragraph goes on."),
                       "%s", t);
    cr_assert_null(evx_units_find(&p.units, "HC1/p1/q1"),
                   "a list after ':' is not a quotation");
    parsed_free(&p);
}

Test(pdftext, frag_block_quotation)
{
    parsed p = parse_str(FRAG);
    const evx_unit *q = get(&p, "HC1/p2/q1");
    cr_assert_str_eq(q->text, "This is what a block quotation looks like when "
                              "it is printed in the dump, ending with a marker.");
    cr_assert_str_eq(q->lead_in, "A witness, Jane Doe, told us:");
    cr_assert(cites(q, 4));
    cr_assert_str_eq(q->parent, "HC1/p2");
    cr_assert_eq(q->sources[0].line, 30);
    cr_assert_null(strstr(get(&p, "HC1/p2")->text, "block quotation"));
    cr_assert_not_null(strstr(get(&p, "HC1/p2")->text, "Mr Doe described"));
    cr_assert_str_eq(get(&p, "HC1/fn4")->parent, "HC1/p2/q1");
    parsed_free(&p);
}

Test(pdftext, frag_inline_quote_vs_scare_quote)
{
    parsed p = parse_str(FRAG);
    const evx_unit *q = get(&p, "HC1/p2/q2");
    cr_assert_eq(q->is_inline, 1);
    cr_assert_str_eq(q->text, "a great leap forward for everyone");
    cr_assert_str_eq(q->lead_in, "Mr Doe described the plan as");
    cr_assert(cites(q, 5));
    cr_assert_null(evx_units_find(&p.units, "HC1/p2/q3"),
                   "“integrated care” is a scare quote");
    parsed_free(&p);
}

Test(pdftext, frag_block_lead_in_split_over_lines)
{
    parsed p = parse_str(
        "1 First chapter\n"
        "1. The committee heard evidence about the bottom line. Jane Roe, Chief \n"
        " Executive of Some Body, said that the plan was sound. Jane Roe \n"
        "argued that:\n"
        "\n"
        "We have moved a long way from where we were, and we will play \n"
        "our part.1\n"
        "\n"
        "2. The Director of Care, Professor \n"
        "John Doe, told us:\n"
        "\n"
        "I agree that this is the challenge for all of us.2\n"
        "\n"
        "3. Last paragraph.\n"
        "\n"
        "1 Q1\n"
        "2 Q2\n");
    const evx_unit *q = get(&p, "HC1/p1/q1");
    cr_assert_eq(q->is_inline, 0);
    cr_assert_str_eq(q->lead_in, "Jane Roe argued that:");
    cr_assert(strncmp(q->text, "We have moved a long way", 24) == 0);
    cr_assert(cites(q, 1));
    q = get(&p, "HC1/p2/q1");
    cr_assert_str_eq(q->lead_in, "The Director of Care, Professor John Doe, told us:");
    cr_assert_str_eq(q->text, "I agree that this is the challenge for all of us.");
    cr_assert_null(strstr(get(&p, "HC1/p1")->text, "moved a long way"));
    parsed_free(&p);
}

/* Prose in a chapter with no paragraph number (before the chapter's
 * first, or its number lost) is kept, in a box under the chapter's
 * heading, with a warning at its line; it was unplaced text. */
Test(pdftext, frag_unnumbered_prose_is_kept_and_said)
{
    parsed p = parse_str(FRAG);
    int at_line = 0;
    for (size_t i = 0; i < evx_diag_len(p.diag); i++) {
        evx_diag_level l;
        const char *file, *text;
        long line;
        evx_diag_get(p.diag, i, &l, &file, &line, &text);
        if (l == EVX_DIAG_WARNING &&
            strstr(text, "no paragraph number under a heading") &&
            strstr(text, "HC1/box/second-chapter") && line == 42 &&
            strcmp(file, "corpus/t.txt") == 0)
            at_line = 1;
    }
    cr_assert(at_line);
    cr_assert(!diag_has(&p, EVX_DIAG_WARNING, "could not place"));
    const evx_unit *b = get(&p, "HC1/box/second-chapter");
    cr_assert_str_eq(b->text,
                     "This prose sits in a chapter before any numbered "
                     "paragraph.");
    cr_assert_str_eq(get(&p, "HC1/p3")->section, "Some heading");
    cr_assert_eq(get(&p, "HC1/p4")->chapter, 2);
    cr_assert_null(get(&p, "HC1/p4")->section);
    cr_assert_null(strstr(get(&p, "HC1/p3")->text, "This prose"));
    parsed_free(&p);
}

/* A number skipped is the unit check's to say (unitcheck.h), once the
 * report's files are merged: the reader reads on. */
Test(pdftext, frag_missing_paragraph_warns)
{
    parsed p = parse_str("1. One.\n\n3. Three.\n");
    cr_assert_eq(p.st, EVX_OK);
    get(&p, "HC1/p3");
    cr_assert(!diag_has(&p, EVX_DIAG_WARNING, "missing"));
    cr_assert_eq(evx_unitcheck_paragraph_gaps(&p.units, "corpus/t.txt",
                                              p.diag), 1);
    cr_assert(diag_has(&p, EVX_DIAG_WARNING,
                       "paragraph 3 follows paragraph 1: 1 missing"));
    parsed_free(&p);
}

Test(pdftext, frag_recommendation_tail_variants)
{
    parsed p = parse_str("1. Para one.\n\n2. Para two.\n\n"
                         "Conclusions and recommendations\n\nHeading\n\n"
                         "1. Do this. (Paragraphs 2 and 3)\n\n"
                         "2. Do that\nnow. (PARAGRAPH 1)\n");
    cr_assert_eq(get(&p, "HC1/r1")->para, 2);
    cr_assert_str_eq(get(&p, "HC1/r1")->text, "Do this.");
    cr_assert_str_eq(get(&p, "HC1/r2")->parent, "HC1/p1");
    cr_assert_str_eq(get(&p, "HC1/r2")->section, "Heading");
    parsed_free(&p);
}

/* Witnesses before an organisation that print none of their own belong to
 * it, up to a ";"; a post printed with its body after "at" ("Science
 * Director at Unilever") is that post of that body, given to no one else. */
Test(pdftext, frag_witnesses_share_the_organisation_after_them)
{
    parsed p = parse_str(
        "1. Para one.\n\n2. Para two.\n\nWitnesses\n\n"
        "The following witnesses gave evidence.\n\n"
        "Tuesday 3 May 2016\n\n"
        "Rt Hon Jane Roe MP, Secretary of State, Sir Tom Poe, Permanent "
        "Secretary, and Ann Lee, Director General, Department for Widgets; "
        "Bob Doe, Chair; Dr Kim Moe, Chief Executive, Widget Institute Q1–60\n\n"
        "Wednesday 4 May 2016\n\n"
        "Dr Sam Coe, Director of Research at Acme, and Lou Zoe, Science "
        "Director at Widgetco Q61–80\n\n"
        "Published written evidence\n\n"
        "The following written evidence was received.\n\n"
        "1 Widget Makers (WID0004)\n");
    const evx_unit *w = get(&p, "HC1/witness/1");
    cr_assert_eq(w->n_people, 5);
    for (size_t k = 0; k < 3; k++)
        cr_expect_str_eq(w->people[k].org, "Department for Widgets", "%s",
                         w->people[k].name);
    cr_expect_null(w->people[3].org, "%s: %s", w->people[3].name,
                   w->people[3].org);
    cr_expect_str_eq(w->people[4].org, "Widget Institute");
    /* each post printed with its body after "at" gives that body, and
     * no one the other's */
    const evx_unit *v = get(&p, "HC1/witness/2");
    cr_assert_eq(v->n_people, 2);
    cr_expect_str_eq(v->people[0].role, "Director of Research");
    cr_expect_str_eq(v->people[0].org, "Acme");
    cr_expect_str_eq(v->people[1].role, "Science Director");
    cr_expect_str_eq(v->people[1].org, "Widgetco");
    parsed_free(&p);
}

/* A question range written with any dash an extraction gives (hyphen,
 * en or em dash, figure dash, minus sign, non-breaking hyphen) closes
 * its panel with that range. */
Test(pdftext, frag_question_ranges_with_any_dash)
{
    static const char *const dashes[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94",
                                         "\xE2\x80\x92", "\xE2\x88\x92",
                                         "\xE2\x80\x91"};
    for (size_t k = 0; k < sizeof dashes / sizeof *dashes; k++) {
        char text[512];
        snprintf(text, sizeof text,
                 "1. Para one.\n\n2. Para two.\n\nWitnesses\n\n"
                 "The following witnesses gave evidence.\n\n"
                 "Tuesday 3 May 2016\n\n"
                 "Bob Doe, Chair, Widget Institute Q1%s60\n\n"
                 "Wednesday 4 May 2016\n\n"
                 "Dr Sam Coe, Director, Acme Q61%s80\n\n"
                 "Published written evidence\n\n"
                 "The following written evidence was received.\n\n"
                 "1 Widget Makers (WID0004)\n",
                 dashes[k], dashes[k]);
        parsed p = parse_str(text);
        const evx_unit *w = get(&p, "HC1/witness/2");
        cr_assert_eq(w->n_people, 1, "dash %zu", k);
        cr_expect_eq(w->q_first, 61, "dash %zu", k);
        cr_expect_eq(w->q_last, 80, "dash %zu", k);
        parsed_free(&p);
    }
}

/* ---------------- robustness ---------------- */

Test(pdftext, robust_empty_ish)
{
    parsed p = parse_str("\n\n   \n");
    cr_assert(p.st == EVX_PARSE || p.st == EVX_OK);
    cr_assert_eq(p.units.len, 0);
    parsed_free(&p);
}

Test(pdftext, robust_random_bytes)
{
    unsigned seed = 12345;
    for (int round = 0; round < 20; round++) {
        char buf[4096];
        for (size_t i = 0; i < sizeof buf; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (char)(seed >> 16);
        }
        parsed p = parse_mem(buf, sizeof buf);
        cr_assert(p.st == EVX_OK || p.st == EVX_PARSE);
        parsed_free(&p);
    }
}

Test(pdftext, robust_truncated_file)
{
    char *path = corpus_path();
    FILE *f = fopen(path, "rb");
    free(path);
    cr_assert_not_null(f);
    size_t cap = 1 << 20, len = 0;
    char *buf = malloc(cap);
    cr_assert_not_null(buf);
    int lines = 0, c;
    while (lines < 1000 && (c = fgetc(f)) != EOF && len < cap) {
        buf[len++] = (char)c;
        lines += c == '\n';
    }
    fclose(f);
    /* cut the last line mid-way: the file ends inside paragraph 56 */
    while (len && buf[len - 1] == '\n')
        len--;
    parsed p = parse_mem(buf, len);
    free(buf);
    cr_assert_eq(p.st, EVX_OK);
    for (int n = 1; n <= 56; n++) {
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d", n);
        get(&p, id);
    }
    cr_assert_null(evx_units_find(&p.units, "HC1/p57"));
    cr_assert(diag_has(&p, EVX_DIAG_WARNING, "truncated"));
    parsed_free(&p);
}

Test(pdftext, robust_very_long_line)
{
    size_t n = 4u << 20;
    char *buf = malloc(n + 8);
    cr_assert_not_null(buf);
    memcpy(buf, "1. Start ", 9);
    for (size_t i = 9; i < n; i++)
        buf[i] = "ab “c” d.1 "[i % 11];
    parsed p = parse_mem(buf, n);
    free(buf);
    cr_assert(p.st == EVX_OK || p.st == EVX_PARSE);
    parsed_free(&p);
}

Test(pdftext, bad_arguments)
{
    evx_units u = EVX_UNITS_INIT;
    cr_assert_eq(evx_pdftext_parse(&u, NULL, "HC 1", NULL), EVX_INVALID);
}

/* A panel's question range as each House prints it, and words that only
 * end in digits. */
Test(pdftext, question_ranges_in_both_houses_forms)
{
    static const struct {
        const char *s;
        int first, last;
    } ok[] = {{"Jane Doe, Water UK Q1\xE2\x80\x93" "45", 1, 45},
              {"Jane Doe, Water UK QQ 1\xE2\x80\x93" "10", 1, 10},
              {"Jane Doe, Water UK Qq 11-20", 11, 20},
              {"Jane Doe, Water UK Q 45", 45, 45},
              {"Jane Doe, Water UKQ1\xE2\x80\x93" "39", 1, 39}};
    for (size_t k = 0; k < sizeof ok / sizeof *ok; k++) {
        size_t cut = 0;
        int a = 0, b = 0;
        cr_expect(pdf_qrange(ok[k].s, strlen(ok[k].s), &cut, &a, &b), "%s",
                  ok[k].s);
        cr_expect(a == ok[k].first && b == ok[k].last, "%s: %d-%d", ok[k].s,
                  a, b);
    }
    static const char *const no[] = {"Visit to Iraq 1\xE2\x80\x93" "10",
                                      "Annual report 2018 45",
                                      "Figures for 2018Q1"};
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        size_t cut = 0;
        int a = 0, b = 0;
        cr_expect(!pdf_qrange(no[k], strlen(no[k]), &cut, &a, &b), "%s", no[k]);
    }
}

/* An older report carries its printed evidence after its own parts: the
 * transcripts ("Oral evidence" / "Taken before the … Committee") after
 * the list of reports had been taken for that list and counted page
 * furniture, silently.  They are now warned as not read, and left out
 * of the furniture (so the coverage counts them as not placed). */
Test(pdftext, printed_evidence_after_the_list_of_reports_is_warned)
{
    parsed p = parse_str(
        "1 Introduction\n\n"
        "1. Sir John Roe told us that the formula was “simply not true” "
        "of the countryside.1\n\n"
        "____________________\n"
        "1   Q 12\n\n"
        "List of Reports from the Committee during the current Parliament\n\n"
        "Session 2009–10\n"
        "First Report      Ferry subsidies                          HC 120\n\n"
        "\f                       Regional Transport Committee: Evidence   Ev 1\n\n"
        "Oral evidence\n"
        "Taken before the Regional Transport Committee\n"
        "on Tuesday 9 March 2010\n\n"
        "Q12 Chair: Would you say more about the formula?\n"
        "Sir John Roe: The formula assumes that most passengers would have "
        "travelled\nanyway.\n");
    cr_assert_eq(p.st, EVX_OK);
    cr_expect(diag_has(&p, EVX_DIAG_WARNING, "printed evidence"),
              "no warning for the transcript");
    for (size_t k = 0; k < p.units.len; k++)
        cr_expect(!strstr(p.units.items[k]->text, "Would you say more"), "%s",
                  p.units.items[k]->id);
    parsed_free(&p);
}

/* A footnote wrapped before a date whose day is the next footnote's
 * number ("… published on" / "3 November 2023", "… dated" / "5 March
 * 2024"): the date had opened footnote 3, cut footnote 2 short, and the
 * quotation citing footnote 3 had taken "November 2023 3 Q88" as its
 * reference. */
Test(pdftext, a_footnote_wrapped_before_a_date_whose_day_is_due)
{
    parsed p = parse_str(
        "1 Fares\n"
        "1. The fare cap was introduced in January 2023.1 It has since been "
        "extended\ntwice.2\n\n"
        "2. Ms Carys Hughes said that the cap had “brought people back to "
        "the bus”.3\n\n"
        "3. The Department has not published an evaluation.4\n\n"
        "4. Mr Peter Lyle told us that fares were “still the first thing "
        "people ask\nabout”.5\n\n"
        "1 Department for Transport, press release, 30 December 2022\n"
        "2 HM Treasury, Autumn Statement 2023, para 5.41, published on\n"
        "3 November 2023\n"
        "3 Q88\n"
        "4 Department for Transport, letter to the Chair dated\n"
        "5 March 2024\n"
        "5 Q120\n");
    cr_assert_eq(p.st, EVX_OK);
    cr_expect_str_eq(get(&p, "HC1/fn2")->text, "HM Treasury, Autumn Statement "
                     "2023, para 5.41, published on 3 November 2023");
    cr_expect_str_eq(get(&p, "HC1/fn3")->text, "Q88");
    cr_expect_str_eq(get(&p, "HC1/fn4")->text,
                     "Department for Transport, letter to the Chair dated 5 "
                     "March 2024");
    cr_expect_str_eq(get(&p, "HC1/fn5")->text, "Q120");
    parsed_free(&p);
}

/* A box's caption on the line after a paragraph's last sentence, no
 * blank line between (a PDF tool printing a page's blocks with none), is
 * a box of its own: its words had run into the paragraph.  A line a wrap
 * opens with "Table 2" inside a sentence is no caption. */
Test(pdftext, frag_caption_with_no_blank_line_before_it)
{
    parsed p = parse_str(
        "1 Introduction\n"
        "1. The regulator argued that provision was not transparent for the\n"
        "third year running. In addition, the evaluation needed reform.1\n"
        "Box 1: Case study: a partnership in the North East\n"
        "We are concerned that uptake varied widely between areas.\n"
        "Source: Institute for Regional Studies (RBS0007)\n"
        "2. Evidence from the regulator, set out in\n"
        "Table 2: spending by region, showed that 43 authorities were affected.2\n"
        "1 Q12\n"
        "2 Q14\n");
    cr_assert_eq(p.st, EVX_OK);
    const evx_unit *p1 = evx_units_find(&p.units, "HC1/p1");
    cr_assert_not_null(p1);
    cr_expect_str_eq(p1->text, "The regulator argued that provision was not "
                               "transparent for the third year running. In "
                               "addition, the evaluation needed reform.");
    const evx_unit *b = evx_units_find(&p.units,
                                       "HC1/box/box-1-case-study-a-partnership-in-the-north-east");
    cr_assert_not_null(b, "no box");
    cr_expect_eq(b->type, EVX_UNIT_BOX);
    const evx_unit *p2 = evx_units_find(&p.units, "HC1/p2");
    cr_assert_not_null(p2);
    cr_expect(strstr(p2->text, "set out in Table 2: spending by region, showed") != NULL,
              "p2: %s", p2->text);
    parsed_free(&p);
}

/* The second red team's forms: a list numbered in the running text after
 * a sentence ("three steps. 1 Plan the service. 2 Deliver it.") and a
 * number a line ends with that the next line's words go on from
 * ("sharply. 2" / "million more") are text, not markers set apart; a
 * line opening "Table 2: the figures …" inside a quotation still open,
 * or ending in a full stop, is no caption. */
Test(pdftext, frag_numbers_and_captions_that_are_text)
{
    parsed p = parse_str(
        "1 Introduction\n"
        "1. The Department set out three steps. 1 Plan the service. 2 Deliver it.\n"
        "3 Review it.1\n"
        "2. Funding fell over the last decade.2 Demand rose sharply. 3\n"
        "million more people are now waiting.\n"
        "3. Jane Smith told us that “the data are clear.\n"
        "Table 2: the figures we sent you, shows that every region is worse”.3\n"
        "4. The figures are in the annex.\n"
        "Table 4: Waiting times by region, in the annex, sets out the figures.\n"
        "1 Q12\n"
        "2 Q14\n"
        "3 Q20\n");
    cr_assert_eq(p.st, EVX_OK);
    const evx_unit *p1 = evx_units_find(&p.units, "HC1/p1");
    cr_assert_not_null(p1);
    cr_expect(strstr(p1->text, "three steps. 1 Plan the service. 2 Deliver it. 3 "
                               "Review it.") != NULL, "p1: %s", p1->text);
    const evx_unit *p2 = evx_units_find(&p.units, "HC1/p2");
    cr_assert_not_null(p2);
    cr_expect(strstr(p2->text, "sharply. 3 million more") != NULL, "p2: %s", p2->text);
    const evx_unit *p3 = evx_units_find(&p.units, "HC1/p3");
    cr_assert_not_null(p3);
    cr_expect(strstr(p3->text, "Table 2: the figures") != NULL, "p3: %s", p3->text);
    const evx_unit *p4 = evx_units_find(&p.units, "HC1/p4");
    cr_assert_not_null(p4);
    cr_expect(strstr(p4->text, "Table 4: Waiting times") != NULL, "p4: %s", p4->text);
    parsed_free(&p);
}
