/*
 * test_page_sides.c - the page of each unit when a report prints its page
 * furniture at the foot of each page (an office suite's footer: "5", "Rural
 * bus services 5", "HC 1234 5"), not at the head as a typeset report does.  A
 * footer's number is the page it ends: the text after it is on the next
 * page.  Form feeds, where the PDF tool kept them, say which side of the
 * page break the furniture stands on; without them (a copy and paste) the
 * contents list's pages for the headings met do.  Read the way the
 * pipeline reads it; the words are invented.
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "otherutil.h"

/* The report's pages from its contents page on (page 2), each its text as
 * printed between its furniture; the units that open on it. */
static const struct page {
    const char *text;
    const char *opens; /* space-separated ids past "HC1234/", or NULL */
} PAGES[] = {
    {"Contents\n"
     "\n"
     "Summary 3\n"
     "1 Introduction 4\n"
     "Our inquiry 4\n"
     "Costs and funding 5\n"
     "2 Accountability 7\n"
     "Conclusions and recommendations 9\n"
     "Formal minutes 10\n"
     "Witnesses 10\n"
     "Published written evidence 10\n",
     NULL},
    {"Summary\n"
     "\n"
     "Rural bus services face serious funding pressure. We make\n"
     "recommendations to the Government on how to plan for the long term.\n",
     "summary/1"},
    {"1 Introduction\n"
     "\n"
     "Our inquiry\n"
     "\n"
     "1. This inquiry examined funding for rural bus services across\n"
     "England and the choices open to the councils that pay for them.1\n"
     "\n"
     "2. The Department told us that demand had fallen in most regions since\n"
     "2015, and that fares had risen faster than wages in the same years.2\n"
     "Councils told us that\n"
     "\n"
     "1 Q12 [Dr Jane Smith]\n"
     "2 Department for Transport (RBS0004)\n",
     "p1 p2 fn1 fn2"},
    {"the services were at risk of collapse within two years.\n"
     "\n"
     "3. Operators said that the concessionary fares scheme no longer\n"
     "covered the cost of carrying older passengers.\n"
     "\n"
     "Costs and funding\n"
     "\n"
     "4. Local authorities reported that grants had been cut by a wide\n"
     "margin since the last spending review.\n",
     "p3 p4"},
    {"5. The Bus Service Improvement Plans brought new money, but it was\n"
     "allocated for a single year at a time.3\n"
     "\n"
     "6. We heard that short-term grants made it hard to plan routes.\n"
     "\n"
     "3 Q31 [Professor Alan Jones]\n",
     "p5 p6 fn3"},
    {"2 Accountability\n"
     "\n"
     "7. Responsibility for rural buses is shared between the Department,\n"
     "combined authorities, councils and the operators themselves.\n"
     "\n"
     "8. Witnesses described a system in which no one answered for a route\n"
     "that closed.\n",
     "p7 p8"},
    {"9. The Department accepted that its data on rural routes was poor.4\n"
     "\n"
     "10. We are concerned that accountability lacks a clear owner.\n"
     "\n"
     "4 Q64 [Rt Hon Mark Harper MP]\n",
     "p9 p10 fn4"},
    {"Conclusions and recommendations\n"
     "\n"
     "1. The Government should publish a long-term funding plan. (Paragraph 4)\n"
     "\n"
     "2. The Department should name one owner for each rural route.\n"
     "(Paragraph 10)\n",
     "r1 r2"},
    {"Formal minutes\n"
     "\n"
     "Thursday 4 May 2023\n"
     "\n"
     "Ruth Cadbury, in the Chair\n"
     "\n"
     "Draft Report (Rural bus services) brought up and read.\n"
     "\n"
     "Witnesses\n"
     "\n"
     "Tuesday 14 March 2023\n"
     "\n"
     "Dr Jane Smith, Chief Executive, Rural Transport Trust Q1–40\n"
     "\n"
     "Published written evidence\n"
     "\n"
     "1 Age UK (RBS0001)\n"
     "4 Department for Transport (RBS0004)\n",
     NULL},
};

#define FIRST_PAGE 2 /* the contents page's number */
#define N_PAGES (sizeof PAGES / sizeof PAGES[0])

static const char FRONT[] = "House of Commons\n"
                            "\n"
                            "Transport Committee\n"
                            "\n"
                            "Rural bus services\n"
                            "\n"
                            "Third Report of Session 2022–23\n"
                            "\n"
                            "HC 1234\n"
                            "Published on 9 May 2023\n"
                            "by authority of the House of Commons\n"
                            "\n";

/* How a page prints its furniture. */
enum furniture {
    FOOT_NUMBER,    /* the title at the head, the number alone at the foot */
    FOOT_TITLED,    /* "Rural bus services 5" at the foot */
    FOOT_REPORT,    /* "HC 1234 5" at the foot, the title at the head */
    FOOT_LABEL,     /* "Page 5 of 10" at the foot, the title at the head */
    HEAD_TITLED     /* "Rural bus services 5" at the head (a typeset report) */
};

/* How a PDF tool printed it. */
enum extraction {
    READING,   /* reading order, a form feed between pages */
    PASTED,    /* reading order, no form feeds (a copy and paste) */
    RAW        /* content order (`pdftotext -raw`): no blank line around
                  the furniture, one page's footer against the next
                  page's header */
};

/* The report as a PDF tool prints it. */
static void compose(evx_buf *b, enum furniture f, enum extraction x)
{
    const char *gap = x == RAW ? "\n" : "\n\n";
    evx_buf_puts(b, FRONT);
    for (size_t i = 0; i < N_PAGES; i++) {
        int pg = (int)i + FIRST_PAGE;
        if (x != PASTED)
            evx_buf_putc(b, '\f');
        if (f == FOOT_NUMBER || f == FOOT_REPORT || f == FOOT_LABEL)
            evx_buf_printf(b, "Rural bus services%s", gap);
        if (f == HEAD_TITLED)
            evx_buf_printf(b, "Rural bus services %d%s", pg, gap);
        evx_buf_printf(b, "%s%s", PAGES[i].text, x == RAW ? "" : "\n");
        if (f == FOOT_NUMBER)
            evx_buf_printf(b, "%d%s", pg, gap);
        else if (f == FOOT_TITLED)
            evx_buf_printf(b, "Rural bus services %d%s", pg, gap);
        else if (f == FOOT_REPORT)
            evx_buf_printf(b, "HC 1234 %d%s", pg, gap);
        else if (f == FOOT_LABEL)
            evx_buf_printf(b, "Page %d of %d%s", pg, (int)N_PAGES + 1, gap);
    }
}

/* Every unit listed opens on the page it is listed under. */
static void expect_pages(enum furniture f, enum extraction x)
{
    evx_buf b = EVX_BUF_INIT;
    compose(&b, f, x);
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, b.data, "dump.txt", "HC 1234", 0);
    for (size_t i = 0; i < N_PAGES; i++) {
        if (!PAGES[i].opens)
            continue;
        char ids[200], id[40];
        snprintf(ids, sizeof ids, "%s", PAGES[i].opens);
        for (char *save = NULL, *n = strtok_r(ids, " ", &save); n;
             n = strtok_r(NULL, " ", &save)) {
            snprintf(id, sizeof id, "HC1234/%s", n);
            cr_expect_eq(unit(&u, id)->page, (int)i + FIRST_PAGE,
                         "furniture %d, extraction %d: %s on page %d, not %d",
                         (int)f, (int)x, id, unit(&u, id)->page,
                         (int)i + FIRST_PAGE);
        }
    }
    evx_units_free(&u);
    evx_buf_free(&b);
}

/* Form feeds kept (a PDF tool's output): the footer stands before the
 * break, so its number is the page it ends. */
Test(page_sides, footers_before_the_page_break)
{
    expect_pages(FOOT_NUMBER, READING);
    expect_pages(FOOT_TITLED, READING);
    expect_pages(FOOT_REPORT, READING);
}

/* No form feeds (a copy and paste): the contents list's pages say so.
 * The section met mid-page ("Costs and funding") is on the page after the
 * furniture before it, and the furniture after each heading names the
 * heading's own page, where a header would name the next. */
Test(page_sides, footers_told_by_the_contents)
{
    expect_pages(FOOT_NUMBER, PASTED);
    expect_pages(FOOT_TITLED, PASTED);
    expect_pages(FOOT_REPORT, PASTED);
}

/* A typeset report's headers, with form feeds and without, keep their
 * pages. */
Test(page_sides, headers_keep_their_pages)
{
    expect_pages(HEAD_TITLED, READING);
    expect_pages(HEAD_TITLED, PASTED);
    expect_pages(HEAD_TITLED, RAW);
}

/* In content order a page's footer stands against the next page's
 * header: "HC 1234 4" / "Rural bus services" / "2 Accountability".  The
 * running title is learnt from the title alone next to the report's
 * footer, and is furniture (the summary had been lost, the title read
 * as its text, and the pages unknown); a page's number alone before the
 * footer is no header with the title. */
Test(page_sides, footers_against_the_next_header)
{
    expect_pages(FOOT_NUMBER, RAW);
    expect_pages(FOOT_TITLED, RAW);
    expect_pages(FOOT_REPORT, RAW);
}

/* "Page 5 of 10" at each page's foot, as an office suite prints it: page
 * furniture, never a paragraph's words ("Councils told us that Page 4 of
 * 10 Rural bus services the services were …"), and the page it names;
 * the title at the head is learnt next to it. */
Test(page_sides, page_labels_at_the_foot)
{
    expect_pages(FOOT_LABEL, READING);
    expect_pages(FOOT_LABEL, PASTED);
    expect_pages(FOOT_LABEL, RAW);
    evx_buf b = EVX_BUF_INIT;
    compose(&b, FOOT_LABEL, READING);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, b.data, "dump.txt", "HC 1234", 0);
    for (size_t i = 0; i < u.len; i++)
        cr_expect(!strstr(u.items[i]->text, "Page "), "%s: %s", u.items[i]->id,
                  u.items[i]->text);
    cr_expect_str_eq(unit(&u, "HC1234/p2")->text,
                     "The Department told us that demand had fallen in most regions "
                     "since 2015, and that fares had risen faster than wages in the "
                     "same years. Councils told us that the services were at risk of "
                     "collapse within two years.");
    evx_units_free(&u);
    evx_buf_free(&b);
}

/* A footer in three parts, each on a line of its own ("HC 1234" /
 * "Rural bus services" / "Page 2"), after a contents list whose pages
 * follow their titles: the list's last page ("10") is no page header
 * with the report's number and the title, which have a page of their
 * own after them.  The whole report had been lost (its contents list
 * unread), warned. */
Test(page_sides, a_footer_in_three_parts)
{
    evx_buf b = EVX_BUF_INIT;
    evx_buf_puts(&b, FRONT);
    evx_buf_puts(&b, "\fContents\n"
                     "Summary\n\n3\n\n"
                     "1 Introduction\nOur inquiry\nCosts and funding\n\n4\n4\n5\n\n"
                     "2 Accountability\n\n7\n\n"
                     "Conclusions and recommendations\n\n9\n\n"
                     "Formal minutes\n\n10\n\n"
                     "Witnesses\n\n10\n\n"
                     "Published written evidence\n\n10\n\n"
                     "HC 1234\n\nRural bus services\n\nPage 2\n\n");
    for (size_t i = 1; i < N_PAGES; i++)
        evx_buf_printf(&b, "\f%s\nHC 1234\n\nRural bus services\n\nPage %d\n\n",
                       PAGES[i].text, (int)i + FIRST_PAGE);
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, b.data, "dump.txt", "HC 1234", 0);
    cr_expect_eq(unit(&u, "HC1234/p1")->page, 4);
    cr_expect_str_eq(unit(&u, "HC1234/p4")->section, "Costs and funding");
    cr_expect_eq(unit(&u, "HC1234/p9")->page, 8);
    cr_expect_eq(unit(&u, "HC1234/r2")->page, 9);
    for (size_t i = 0; i < u.len; i++)
        cr_expect(!strstr(u.items[i]->text, "Page ") &&
                      !strstr(u.items[i]->text, "HC 1234"),
                  "%s: %s", u.items[i]->id, u.items[i]->text);
    evx_units_free(&u);
    evx_buf_free(&b);
}
