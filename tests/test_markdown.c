/*
 * test_markdown.c - a report written as Markdown (markdown.h): which
 * files are read as Markdown, each mark removed and what stays, line ends
 * kept; and the loader's note.
 */
#define _XOPEN_SOURCE 700 /* nftw, in testutil.h */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "source.h"
#include "testutil.h"

/* The text s gives with its marks removed (static until the next call). */
static const char *strip(const char *s)
{
    static char *last;
    evx_buf out = EVX_BUF_INIT;
    size_t marks = 0;

    cr_assert_eq(evx_markdown_strip(&out, s, strlen(s), &marks), EVX_OK);
    free(last);
    last = evx_buf_detach(&out);
    return last ? last : "";
}

/* A string literal and its length. */
#define LIT_STR(s) s, sizeof(s) - 1

#define EXPECT_STRIP(in, want) cr_expect_str_eq(strip(in), want, "%s", in)

static int lines_of(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

Test(markdown, plain_text_and_pandoc_plain_output_are_not_markdown)
{
    static const char *const files[] = {
        "corpus/000_d8babf2c1c9efa17.txt", "corpus/004_1624677fcab3ee77.txt",
        "corpus/hc179-microplastics.txt"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char path[512];
        size_t len;
        snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, files[i]);
        char *text = tu_slurp(path, &len, 1);
        cr_expect_eq(evx_markdown_detect(text, len), 0, "%s", files[i]);
        free(text);
    }
    /* one heading-like line, a "[sic]", a footnote "Q361 [Ian Dalton]" */
    cr_expect_eq(evx_markdown_detect(LIT_STR("# of beds fell\n"
                                             "Q361 [Ian Dalton] [sic]\n")),
                 0);
}

Test(markdown, marks_on_two_lines_make_a_markdown_file)
{
    cr_expect_eq(evx_markdown_detect(LIT_STR("## Introduction\n\n"
                                             "1\\. Text.[^1]\n")),
                 1);
    cr_expect_eq(evx_markdown_detect(LIT_STR("::: {.ParaContent}\n"
                                             "see [the report](#x)\n")),
                 1);
    cr_expect_eq(evx_markdown_detect(LIT_STR("in 2015.^223^\n"
                                             "[]{#para-12}text\n")),
                 1);
}

Test(markdown, line_marks_go_and_line_ends_stay)
{
    const char *in = "# 9 Oversight and regulation {#oversight .unnumbered}\n"
                     "\n"
                     "## Conclusions ##\n"
                     "> > a quotation\n"
                     ">\n"
                     "> its second paragraph\n"
                     "::: {.ParaContent}\n"
                     "```\n"
                     "Heading\n"
                     "-------\n"
                     "* * *\n"
                     "<!-- end of list -->\n";
    const char *want = "9 Oversight and regulation\n"
                       "\n"
                       "Conclusions\n"
                       "        a quotation\n"
                       "\n"
                       "    its second paragraph\n"
                       "\n"
                       "\n"
                       "Heading\n"
                       "\n"
                       "\n"
                       "\n";
    EXPECT_STRIP(in, want);
    cr_expect_eq(lines_of(strip(in)), lines_of(in));
}

/* A list item's lines go on indented to its text (Pandoc writes a
 * numbered paragraph so): the indent is the item's, and a quotation in
 * it has its "> " as an indent.  The indented lines had been read as block
 * quotations ("roles outside London." given to the author of the
 * paragraph's footnote), and "> " had stayed in a quotation's text. */
Test(markdown, a_list_items_lines_go_on_at_its_indent)
{
    const char *in = "1.  In March 2021 we launched an inquiry into the\n"
                     "    relocation of roles.[^1] We received 48 replies.\n"
                     "\n"
                     "3.  Mr John Pettifer described his experience:\n"
                     "\n"
                     "    > Every interview panel sat in London.[^3]\n"
                     "\n"
                     "Not in the list.\n"
                     "    An indented line.\n";
    const char *want = "1.  In March 2021 we launched an inquiry into the\n"
                       "relocation of roles.1 We received 48 replies.\n"
                       "\n"
                       "3.  Mr John Pettifer described his experience:\n"
                       "\n"
                       "    Every interview panel sat in London.3\n"
                       "\n"
                       "Not in the list.\n"
                       "    An indented line.\n";
    EXPECT_STRIP(in, want);
}

Test(markdown, a_tables_cells_stay_apart)
{
    EXPECT_STRIP("| Term | Meaning |\n|------|:--------|\n| ACO  | Accountable care \\| organisation |\n"
                 "+---+---+\n",
                 " Term   Meaning \n\n ACO    Accountable care \\| organisation \n\n");
}

Test(markdown, footnotes_read_as_a_web_page_prints_them)
{
    EXPECT_STRIP("in December 2015.[^223] The King's Fund",
                 "in December 2015.223 The King's Fund");
    EXPECT_STRIP("[^226]: Q361 \\[Ian Dalton\\]\n",
                 "226 Q361 \\[Ian Dalton\\]\n");
    EXPECT_STRIP("2015.^[223](#footnote-223)^ The",
                 "2015.223 The");
    EXPECT_STRIP("2015.[^223^](#footnote-223){#footnote-223-backlink} The",
                 "2015.223 The");
    EXPECT_STRIP("[225](#footnote-225-backlink){#footnote-225} National Audit",
                 "225 National Audit");
    /* a superscript around a link whose attributes are spaced, or
     * wrapped onto the next line: the carets had stayed, the marker was
     * no marker and the sentence ran into the next, whose speaker it
     * then took */
    EXPECT_STRIP("counting\".^[25](#footnote-025){#footnote-025-backlink .footnote}^ The",
                 "counting\".25 The");
    EXPECT_STRIP("terms\".^[26](#footnote-026){#footnote-026-backlink\n.footnote}^\n",
                 "terms\".26\n\n");
}

Test(markdown, links_spans_and_images_keep_their_text)
{
    EXPECT_STRIP("see [Next Steps](https://www.england.nhs.uk/x \"title\").",
                 "see Next Steps.");
    /* a link wrapped over two lines keeps both lines */
    EXPECT_STRIP("see [Sustainability and\ntransformation](http://nao.org.uk/\n"
                 "report) now",
                 "see Sustainability and\ntransformation\n now");
    EXPECT_STRIP("[]{#para-234}[234.]{.ParaNumber}The health",
                 "234.The health");
    EXPECT_STRIP("![Figure 1: STP areas](media/image1.png){width=\"5in\"}",
                 "Figure 1: STP areas");
    EXPECT_STRIP("<https://www.parliament.uk/eacom>",
                 "https://www.parliament.uk/eacom");
}

Test(markdown, brackets_that_are_not_marks_stay)
{
    EXPECT_STRIP("Q274 [Professor Chris Ham]", "Q274 [Professor Chris Ham]");
    EXPECT_STRIP("\\[ex-officio\\] and \\*not emphasis\\*",
                 "\\[ex-officio\\] and \\*not emphasis\\*");
    EXPECT_STRIP("a [note] (in brackets)", "a [note] (in brackets)");
    EXPECT_STRIP("an unclosed [bracket\n\nand a paragraph](#x)",
                 "an unclosed [bracket\n\nand a paragraph](#x)");
}

Test(markdown, emphasis_goes_at_a_words_edge_only)
{
    EXPECT_STRIP("*Next Steps on the NHS Five Year Forward View*, March 2017",
                 "Next Steps on the NHS Five Year Forward View, March 2017");
    EXPECT_STRIP("**Recommendation 3.** We ___strongly___ agree",
                 "Recommendation 3. We strongly agree");
    EXPECT_STRIP("_Integrated care_ in file_name_here", "Integrated care in file_name_here");
    EXPECT_STRIP("*   a bullet\n-   another", "*   a bullet\n-   another");
    EXPECT_STRIP("2 * 3 = 6", "2 * 3 = 6");
}

Test(markdown, scripts_code_html_and_hard_breaks)
{
    EXPECT_STRIP("CO~2~ and H~2~O, ~~struck~~, 10^6^",
                 "CO2 and H2O, struck, 106");
    EXPECT_STRIP("about ~50 per cent of ~ten", "about ~50 per cent of ~ten");
    EXPECT_STRIP("the `STP0064` code", "the STP0064 code");
    EXPECT_STRIP("a <span class=\"x\">word</span><br>", "a word");
    EXPECT_STRIP("line one\\\nline two", "line one\nline two");
    EXPECT_STRIP("a < b and c > d", "a < b and c > d");
}

/* The loader reads a Markdown file as its text, and says so once. */
Test(markdown, the_loader_reads_markdown_and_notes_it)
{
    const char md[] = "## Incoherent approach\n\n"
                      "236\\. There is a *widespread* perception.[^225]\n\n"
                      "[^225]: Q361 \\[Ian Dalton\\]\n";
    evx_diag *d = NULL;
    evx_text *t = NULL;
    const char *file, *msg;
    evx_diag_level level;
    long line;
    size_t len;
    int noted = 0;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_text_from_memory(&t, "t.md", md, sizeof md - 1, d), EVX_OK);
    cr_expect_str_eq(evx_text_data(t, &len),
                     "Incoherent approach\n\n"
                     "236. There is a widespread perception.225\n\n"
                     "225 Q361 [Ian Dalton]\n");
    for (size_t i = 0; i < evx_diag_count(d, EVX_DIAG_NOTE) + 1; i++)
        if (evx_diag_get(d, i, &level, &file, &line, &msg) == EVX_OK &&
            level == EVX_DIAG_NOTE && strstr(msg, "read as Markdown"))
            noted++;
    cr_expect_eq(noted, 1);
    evx_text_free(t);
    evx_diag_free(d);
}
