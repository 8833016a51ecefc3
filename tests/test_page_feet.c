/*
 * test_page_feet.c - footnote bodies that a page break cuts: the rest of
 * a body at the foot of the next page, and a body whose line holds a date
 * while the text it interrupted was a witness's quotation.  Read from
 * pdf-text dumps the way the pipeline reads them; the words are made up
 * in an older Commons report's form.
 */
#define _DEFAULT_SOURCE /* mkdtemp, nftw */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <string.h>

#include "buf.h"

#include "otherutil.h"
#include "readutil.h"

/* Page 5's header and its chapter's heading, as pdftotext prints them. */
#define BANK_PAGE_5                                                           \
    "                                              The run on the Bank    5\n" \
    "\n"                                                                      \
    "      1 The regulator\n"                                                 \
    "\n"

/* A page of an older report as pdftotext prints it: a quotation that
 * goes on over the page break when `quote_breaks`, and footnote 1 broken
 * off mid-sentence at the page's foot, its rest at the next page's foot
 * above footnote 2. */
static void read_pages(evx_units *u, int quote_breaks)
{
    evx_buf b = EVX_BUF_INIT;
    evx_buf_printf(
        &b,
        "                                              The run on the Bank    5\n"
        "\n"
        "      1 The regulator\n"
        "\n"
        "      1.     The Governor told us that the Bank had been constrained by the\n"
        "             Market Abuse Directive.1\n"
        "\n"
        "      2.     The regulator accepted that its supervision had been\n"
        "             inadequate. Mr Hector Sands, its Chief Executive, told us:\n"
        "\n"
        "                    We did not carry out the close supervision that we\n"
        "                    should have done, and I regret that. We have set out\n"
        "                    the lessons we have learnt, and we%s\n"
        "\n"
        "\n"
        "      1   Q 120. The Directive is Directive 2003/6/EC of the Council of\n"
        "          28 January 2003 on insider dealing and market manipulation, which\n"
        "          was implemented in the United Kingdom by\n"
        "6    The run on the Bank\n"
        "\n"
        "%s"
        "      3.     The internal audit found that the team had met the firm's\n"
        "             management only eight times in three years.3\n"
        "\n"
        "\n"
        "          the Market Abuse Regulations 2005.\n"
        "      2   Q 301\n"
        "      3   Ev 230\n",
        quote_breaks ? "" : " are applying them to every firm.2",
        quote_breaks ? "                    are applying them to every firm.2\n\n"
                     : "");
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    read_as(u, b.data, 0);
    evx_buf_free(&b);
}

static void expect_pages_read(const evx_units *u)
{
    const evx_unit *fn = unit(u, "HC1/fn1");
    cr_expect(strstr(fn->text, "by the Market Abuse Regulations 2005.") != NULL,
              "fn1: %s", fn->text);
    cr_expect(strstr(fn->text, "on insider dealing") != NULL, "fn1: %s",
              fn->text);
    const evx_unit *p3 = unit(u, "HC1/p3");
    cr_expect(strstr(p3->text, "Regulations") == NULL, "p3: %s", p3->text);
    const evx_unit *q = unit(u, "HC1/p2/q1");
    cr_expect(strstr(q->text, "insider") == NULL &&
                  strstr(q->text, "and we are applying them") != NULL,
              "the quotation: %s", q->text);
    expect_speaker(u, "HC1/p2/q1", "Mr Hector Sands");
    cr_expect_str_eq(unit(u, "HC1/fn2")->text, "Q 301");
}

/* The rest of a footnote at the next page's foot goes on the footnote,
 * not on the page's last paragraph. */
Test(page_feet, a_footnote_goes_on_at_the_next_pages_foot)
{
    evx_units u = EVX_UNITS_INIT;
    read_pages(&u, 0);
    expect_pages_read(&u);
    evx_units_free(&u);
}

/* When the page broke a witness's quotation too, the footnote's line with
 * a date in it ("… of" / "28 January 2003 on insider dealing …") is the
 * footnote's, not the quotation going on: no words of a footnote in a
 * witness's mouth. */
Test(page_feet, a_footnote_with_a_date_under_a_quotation_cut_by_the_page)
{
    evx_units u = EVX_UNITS_INIT;
    read_pages(&u, 1);
    expect_pages_read(&u);
    evx_units_free(&u);
}

/* A paragraph that the page broke mid-sentence goes on in lower case at
 * the next page's top: that is the paragraph's, even where a footnote
 * broke off too. */
Test(page_feet, a_paragraph_cut_by_the_page_keeps_its_rest)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BANK_PAGE_5
            "      1.     The Governor told us that the Bank had been constrained by\n"
            "             the Directive.1 The regulator accepted that its work had\n"
            "\n"
            "\n"
            "      1   Q 120. The Directive was implemented in the United Kingdom by\n"
            "6    The run on the Bank\n"
            "\n"
            "             been inadequate, and said so.\n"
            "      2   Q 301\n",
            0);
    const evx_unit *p1 = unit(&u, "HC1/p1");
    cr_expect(strstr(p1->text, "its work had been inadequate, and said so.") != NULL,
              "p1: %s", p1->text);
    evx_units_free(&u);
}

/* A footnote citing a debate by its date, where the day is the next
 * footnote's number ("2 HC Deb 3 July 2019, col 1102"), is one body: the
 * "3" before a month and a year is the day, not footnote 3, which had
 * taken "July 2019, col 1102" and shifted every body after it. */
Test(page_feet, a_day_that_is_the_next_footnotes_number)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Our predecessor's report\n"
            "1. In May 2019 our predecessor published its report on buses.1 The\n"
            "Secretary of State told the House that he would act.2\n\n"
            "2. The Minister later told the House that the strategy would be\n"
            "published soon.3 It was published in March 2021.4\n\n"
            "1 Transport Committee, Twelfth Report of Session 2017\xE2\x80\x93" "19, HC 1425\n"
            "2 HC Deb 3 July 2019, col 1102\n"
            "3 HC Deb 4 November 2020, col 210\n"
            "4 Department for Transport, National Bus Strategy, March 2021\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "HC Deb 3 July 2019, col 1102");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "HC Deb 4 November 2020, col 210");
    cr_expect_str_eq(unit(&u, "HC1/fn4")->text,
                     "Department for Transport, National Bus Strategy, March 2021");
    evx_units_free(&u);
}

/* A URL under a page's footnotes that a tool wrapping long lines broke
 * ("https://www.nao.org.uk/wp-content/uploads/2017/02/" /
 * "Health-and-social-care-integration.pdf") is the URL's, page furniture:
 * its second line had become the section heading of the paragraphs after
 * it. */
Test(page_feet, a_wrapped_url_heads_no_section)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Integrating care\n\n"
            "Defining outcomes\n\n"
            "1. Integration means different things.1\n\n"
            "1 National Audit Office, Health and social care integration, 2017\n\n"
            "https://www.nao.org.uk/wp-content/uploads/2017/02/\n"
            "Health-and-social-care-integration.pdf\n"
            "2. For people relying on care, integration is about joining up\n"
            "the services they use.\n",
            0);
    const evx_unit *p2 = unit(&u, "HC1/p2");
    cr_expect(!p2->section || strstr(p2->section, ".pdf") == NULL,
              "section %s", p2->section);
    evx_units_free(&u);
}

/* A table whose first column holds small numbers ("1 2018 10") is the
 * table's: a footnote's body holds a letter.  Its rows had been footnotes
 * 1, 2 and 4, and the page's real notes ran into its last paragraph. */
Test(page_feet, a_table_of_numbered_rows_is_no_footnote_list)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Integrated care systems\n\n"
            "1. The systems were introduced in waves.1 Table 1 shows them.\n\n"
            "Table 1: Integrated care systems by wave\n"
            "Wave Year Areas\n"
            "1 2018 10\n"
            "2 2019 4\n"
            "3 2020 4\n\n"
            "2. We welcome the growth in their number.2\n\n"
            "1 NHS England (ICS0012)\n"
            "2 NHS England (ICS0014)\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "NHS England (ICS0012)");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "NHS England (ICS0014)");
    cr_expect_str_eq(unit(&u, "HC1/p2")->text, "We welcome the growth in their number.");
    evx_units_free(&u);
}

/* A page's number alone at its foot, set far to the right as a PDF tool
 * in layout order prints it, is furniture in every part, not only among
 * paragraphs: in a report's summary it had headed a block "5" of the
 * text after it, and every block after it took the title before. */
Test(page_feet, a_page_number_alone_heads_no_summary_block)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "Summary\n\nOur inquiry\n\n"
            "Whilst there have long been efforts to join up services, progress\n"
            "has been slow.\n\n"
            "                                                                      5\n\n"
            "The process has moved on since the original plans were published,\n"
            "with the emphasis now on the partnerships.\n\n"
            "New models\n\nThe models are working well.\n\n"
            "1 Introduction\n\n1. The inquiry began in 2017.\n\n2. We took evidence.\n",
            0);
    const evx_unit *s1 = unit(&u, "HC1/summary/1"), *s2 = unit(&u, "HC1/summary/2");
    cr_expect_str_eq(s1->title, "Our inquiry");
    cr_expect(strstr(s1->text, "The process has moved on") != NULL, "%s", s1->text);
    cr_expect_str_eq(s2->title, "New models");
    cr_expect_null(evx_units_find(&u, "HC1/summary/3"));
    evx_units_free(&u);
}

/* A table's rows whose first cells are numbers and places ("3 London
 * 2,011 2,140 2,245") are the table's, even when the text has cited the
 * footnote of that number: the row had been footnote 3, the real body
 * under the page the next paragraph's section heading; without page
 * headers every row had been a body and the page's notes ran into the
 * paragraph. */
Test(page_feet, a_table_row_that_names_its_place_is_no_footnote_body)
{
    for (int headers = 0; headers < 2; headers++) {
        evx_units u = EVX_UNITS_INIT;
        evx_buf b = EVX_BUF_INIT;
        evx_buf_printf(
            &b,
            "%s1 Funding\n\n"
            "1. The programme had not yet delivered the savings it promised.1\n"
            "Witnesses wanted further funding.2\n\n"
            "1 Written evidence from the Barnsley Trust (ABC0001)\n"
            "2 Q45 [Jane Roberts]\n\n\n"
            "%s"
            "2. Spending rose in every region, as the table below shows.3\n\n"
            "Table 1: Spending by region\n\n"
            "Region 2019\xE2\x80\x93" "20 2020\xE2\x80\x93" "21 2021\xE2\x80\x93" "22\n"
            "1 North East 412 430 455\n"
            "2 North West 1,203 1,250 1,311\n"
            "3 London 2,011 2,140 2,245\n\n"
            "Source: HM Treasury\n\n"
            "3. The figures for next year would be published in the autumn.4\n\n"
            "3 HM Treasury, Public Expenditure Statistical Analyses 2023\n"
            "4 Q88\n\n\n"
            "%s"
            "4. The regulator accepted that its oversight had been weak.\n",
            headers ? " Public service reform 3\n\n" : "",
            headers ? "4 Public service reform\n\n" : "",
            headers ? " Public service reform 5\n\n" : "");
        cr_assert_eq(evx_buf_status(&b), EVX_OK);
        read_as(&u, b.data, 0);
        evx_buf_free(&b);
        cr_expect_str_eq(unit(&u, "HC1/fn3")->text,
                         "HM Treasury, Public Expenditure Statistical Analyses 2023");
        cr_expect_str_eq(unit(&u, "HC1/fn4")->text, "Q88");
        const evx_unit *box = unit(&u, "HC1/box/table-1-spending-by-region");
        cr_expect(strstr(box->text, "3 London 2,011 2,140 2,245") != NULL, "%s",
                  box->text);
        const evx_unit *p4 = unit(&u, "HC1/p4");
        cr_expect_null(p4->section, "p4's section: %s", p4->section);
        evx_units_free(&u);
    }
}

/* A body that goes on after its evidence code and a semicolon ("(ABC0002);
 * see also …") is one body over its wrapped lines, on a page with no
 * running header: the code had been taken for the body's end, and its
 * wrapped lines for the paragraph the page broke, which resumes only after
 * the notes. */
Test(page_feet, a_body_goes_on_past_its_evidence_code)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "1 Introduction\n\n"
            "1. The programme had not yet delivered the savings it promised.1\n\n"
            "2. Local authorities described the pilot as poorly communicated.2 We\n"
            "heard concerns about the pace of change in the sector and\n\n"
            "1 Written evidence from the Local Government Association (ABC0001)\n"
            "2 Written evidence from the Barnsley Trust (ABC0002); see also the response to the\n"
            "consultation on local delivery partnerships, published in March 2023, and the\n"
            "evidence session on the funding of regional programmes\n\n\n"
            "its effect on staff. The Minister said he would consider them.\n\n"
            "3. The regulator accepted that its oversight had been weak.\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Written evidence from the Barnsley Trust (ABC0002); see also "
                     "the response to the consultation on local delivery "
                     "partnerships, published in March 2023, and the evidence "
                     "session on the funding of regional programmes");
    cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                     "Local authorities described the pilot as poorly "
                     "communicated. We heard concerns about the pace of change "
                     "in the sector and its effect on staff. The Minister said "
                     "he would consider them.");
    evx_units_free(&u);
}

/* A page of a report whose footnote 1 broke off at the foot of page 3,
 * its rest heading page 4's notes under the page's own paragraph, which
 * the page broke mid-sentence too and which goes on in lower case on
 * page 5; with `next_body`, footnote 2 follows the rest on page 4. */
static void read_split_note(evx_units *u, int next_body)
{
    evx_buf b = EVX_BUF_INIT;
    evx_buf_printf(
        &b,
        " Public service reform 3\n\n"
        "1 Introduction\n\n"
        "1. The programme had not yet delivered the savings it promised.1\n\n"
        "1 Written evidence from the Barnsley Trust; see also the response to the\n\n\n"
        "4 Public service reform\n\n"
        "2. Local authorities described the pilot as poorly communicated.%s We\n"
        "heard concerns about the pace of change in the sector and\n\n"
        "consultation on local delivery partnerships, published in March 2023\n"
        "%s\n\n"
        " Public service reform 5\n\n"
        "its effect on staff. The Minister said he would consider them.\n\n"
        "3. The regulator accepted that its oversight had been weak.\n",
        next_body ? "2" : "", next_body ? "2 Q45 [Jane Roberts]" : "");
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    read_as(u, b.data, 0);
    evx_buf_free(&b);
}

/* The rest of a footnote at the head of the next page's notes goes on
 * the footnote, even where the page's own text broke off mid-sentence:
 * that text goes on past the page's end, in lower case, so the block
 * under it is no part of it.  The rest had been glued into the
 * paragraph ("… in the sector and consultation on …"). */
Test(page_feet, a_footnotes_rest_heads_the_next_pages_notes)
{
    for (int next_body = 0; next_body < 2; next_body++) {
        evx_units u = EVX_UNITS_INIT;
        read_split_note(&u, next_body);
        cr_expect_str_eq(unit(&u, "HC1/fn1")->text,
                         "Written evidence from the Barnsley Trust; see also the "
                         "response to the consultation on local delivery "
                         "partnerships, published in March 2023");
        cr_expect_str_eq(unit(&u, "HC1/p2")->text,
                         "Local authorities described the pilot as poorly "
                         "communicated. We heard concerns about the pace of "
                         "change in the sector and its effect on staff. The "
                         "Minister said he would consider them.");
        if (next_body)
            cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q45 [Jane Roberts]");
        evx_units_free(&u);
    }
}

/* A page's foot that prints the report's own number with the page's,
 * before it or after it, at any spacing: page furniture, neither the
 * last footnote's words nor the paragraph's it interrupts; the number in
 * a footnote's own text stays. */
Test(page_feet, a_footer_with_the_reports_number_is_furniture)
{
    static const char text[] =
        "1 Bus services\n"
        "\n"
        "1.     The committee examined the funding of local bus services\n"
        "       across England.1\n"
        "2.     Operators told us that concessionary fares are not reimbursed\n"
        "       at cost.2 This has led to the withdrawal of many\n"
        "\n"
        "1     Q 12\n"
        "2     Our earlier report, HC 1234, para 12\n"
        "\n"
        "HC 1234                                                     3\n"
        "\f"
        "       rural routes in recent years.\n"
        "3.     Councils said that their budgets had fallen by a third.3\n"
        "\n"
        "3     Q 45\n"
        "\n"
        "4    HC 1234\n"
        "\f"
        "4.     The Minister told us that a review was under way.4\n"
        "\n"
        "4     Q 101\n"
        "\n"
        "hc 1234 5\n";
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "dump.txt", "HC 1234", 0);
    cr_expect_str_eq(unit(&u, "HC1234/fn2")->text, "Our earlier report, HC 1234, para 12");
    cr_expect_str_eq(unit(&u, "HC1234/fn3")->text, "Q 45");
    cr_expect_str_eq(unit(&u, "HC1234/fn4")->text, "Q 101");
    cr_expect_str_eq(unit(&u, "HC1234/p2")->text,
                     "Operators told us that concessionary fares are not "
                     "reimbursed at cost. This has led to the withdrawal of many "
                     "rural routes in recent years.");
    evx_units_free(&u);
}

/* A PDF tool in reading order prints a page's furniture on lines of its
 * own: its number, the report's number and the running title, in either
 * order, between the page's footnotes and the next page's text.  All of
 * it is furniture: the title had not been learnt (no number next to it),
 * so footnote 1 took the furniture and the rest of the paragraph, and
 * footnote 2 ended "HC 1234". */
Test(page_feet, a_pages_furniture_on_lines_of_its_own)
{
    static const char text[] =
        "1 Introduction\n"
        "1. We are concerned that the strategy could be simplified despite "
        "repeated warnings.\n"
        "Evidence showed that 29 schemes were affected.1 We are\n"
        "1 University of Leeds (GBB0028)\n\n"
        "6\n\nHC 1234\n\nGigabit broadband in rural areas\n\n"
        "concerned that provision was inconsistent with wider policy.2\n"
        "2 Q83\n\n"
        "HC 1234\n\n7\n\nGigabit broadband in rural areas\n\n"
        "Background\n"
        "2. The Treasury argued that accountability lacked a clear owner.3\n"
        "3 Q26\n\n"
        "8\n\nHC 1234\n\nGigabit broadband in rural areas\n\n"
        "3. The regulator said that the data were incomplete.4\n"
        "4 Q30\n\n"
        "HC 1234\n\n9\n\nGigabit broadband in rural areas\n";
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "dump.txt", "HC 1234", 0);
    cr_expect_str_eq(unit(&u, "HC1234/fn1")->text, "University of Leeds (GBB0028)");
    cr_expect_str_eq(unit(&u, "HC1234/fn2")->text, "Q83");
    cr_expect_str_eq(unit(&u, "HC1234/fn4")->text, "Q30");
    const char *p1 = unit(&u, "HC1234/p1")->text;
    const char *end = "We are concerned that provision was inconsistent with "
                      "wider policy.";
    cr_expect(strlen(p1) > strlen(end) &&
                  strcmp(p1 + strlen(p1) - strlen(end), end) == 0,
              "p1: %s", p1);
    cr_expect_str_eq(unit(&u, "HC1234/p2")->section, "Background");
    cr_expect_str_eq(unit(&u, "HC1234/p3")->section, "Background");
    evx_units_free(&u);
}

/* The report's number in a footnote, once ("2 HC 1234", another
 * session's paper of the same number; a wrapped citation ending "HC
 * 1234 12"), is the footnote's text: only a number that repeats as a
 * page's furniture does is furniture. */
Test(page_feet, the_reports_number_once_is_text)
{
    static const char text[] =
        "1 Introduction\n\n"
        "1. The committee examined the funding of bus services.1 Councils said\n"
        "their budgets had fallen.2\n\n"
        "1 Transport Committee, Bus services, Third Report of Session 2015–16,\n"
        "HC 1234 12\n"
        "2 HC 1234\n";
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "dump.txt", "HC 1234", 0);
    cr_expect(strstr(unit(&u, "HC1234/fn1")->text, "HC 1234 12") != NULL, "fn1: %s",
              unit(&u, "HC1234/fn1")->text);
    cr_expect_str_eq(unit(&u, "HC1234/fn2")->text, "HC 1234");
    evx_units_free(&u);
}

/* A note broken off after its day and month ("… HC 837, 11 March"),
 * whose rest opens the next page's foot with the year ("2024, paras
 * 20–25"): the rest goes on the note, not on the page's last paragraph. */
Test(page_feet, a_note_broken_off_before_its_year)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            BANK_PAGE_5
            "      1.     The Governor told us that the Bank had been constrained.1\n"
            "\n"
            "      2.     The regulator accepted that its supervision had been\n"
            "             inadequate.2\n"
            "\n"
            "\n"
            "      1   Q 120\n"
            "      2   Public Accounts Committee, Sixth Report of Session 2023–24, HC 837, 11 March\n"
            "6    The run on the Bank\n"
            "\n"
            "      3.     The internal audit found that the team had met the firm's\n"
            "             management only eight times in three years.3\n"
            "\n"
            "\n"
            "          2024, paras 20–25\n"
            "      3   Ev 230\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text,
                     "Public Accounts Committee, Sixth Report of Session 2023–24, HC 837, "
                     "11 March 2024, paras 20–25");
    cr_expect_str_eq(unit(&u, "HC1/p3")->text,
                     "The internal audit found that the team had met the firm’s management "
                     "only eight times in three years.");
    cr_expect_str_eq(unit(&u, "HC1/fn3")->text, "Ev 230");
    evx_units_free(&u);
}

/* pdftotext -raw prints each footnote's number on a line of its own over
 * its body, with no blank line, right under the paragraph the page cut
 * ("6. We return … “the abstraction licence is too" / "1" / "Q 72 (…)").
 * The paragraph's line had been read as the body of note 1, each note
 * then taking the next one's body, and every quotation on the page its
 * neighbour's speaker and question (a fourteenth blind pass: 83 of 249
 * names wrong in -raw, 20 in -layout). */
Test(page_feet, a_paragraph_over_raw_note_numbers_is_no_note_body)
{
    evx_units u = EVX_UNITS_INIT;
    read_as(&u,
            "5. This is a matter of considerable concern to us. The Association of Rivers and "
            "Canals Trusts told\n"
            "before you count the hidden costs”.4\n"
            "6. We return to this issue in Chapter 4. Professor Cathcart said that “the "
            "abstraction licence is too\n"
            "1\n"
            "Q 72 (Professor Ruth Cathcart)\n"
            "2\n"
            "Q 6 (Mr Kwame Asante)\n"
            "3\n"
            "Q 97 (Rt Hon Sir Gerald Ashby MP)\n"
            "4\n",
            0);
    cr_expect_str_eq(unit(&u, "HC1/fn1")->text, "Q 72 (Professor Ruth Cathcart)");
    cr_expect_str_eq(unit(&u, "HC1/fn2")->text, "Q 6 (Mr Kwame Asante)");
    cr_expect(strncmp(unit(&u, "HC1/p6")->text, "We return to this issue", 23) == 0);
    evx_units_free(&u);
}
