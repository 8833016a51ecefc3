/*
 * test_lost_numbers.c - a report whose extraction lost a run of paragraph
 * numbers (a copy of a web page's list, a page range a tool dropped): the
 * numbered paragraphs after the loss are still read as paragraphs, the
 * loss is a gap the reader reports, and the unnumbered text, which then
 * falls under headings repeated from chapter to chapter, keeps every
 * block under an id of its own; the same for the list of recommendations
 * and for a web edition.  HC 650's PDF dump with the numbers of paragraphs
 * 200 to 260, or of recommendations 10 to 20, taken off, and its web
 * edition of chapter 9 without 240 to 250; nothing in the code knows
 * them.
 */
#define _XOPEN_SOURCE 700 /* mkdtemp, nftw */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "stats.h"
#include "readutil.h"
#include "testutil.h"
#include "unit.h"

#define PDF EVX_SOURCE_DIR "/corpus/000_d8babf2c1c9efa17.txt"
#define WEB EVX_SOURCE_DIR "/corpus/004_1624677fcab3ee77.txt"
#define HC179 EVX_SOURCE_DIR "/corpus/hc179-microplastics.txt"

/* The file at path with "N. " (or "N." glued, as a web edition prints it)
 * taken off every line that opens a numbered block N for N in [from, to],
 * after the first line holding `after` (NULL: from the start); malloc'd. */
static char *without_numbers(const char *path, int from, int to,
                             const char *after_line)
{
    size_t len = 0;
    char *text = tu_slurp(path, &len, 1);
    evx_buf out = EVX_BUF_INIT;
    int on = after_line == NULL;
    for (char *line = text; line && *line;) {
        char *end = strchr(line, '\n');
        size_t n = end ? (size_t)(end - line) + 1 : strlen(line);
        const char *s = line + (line[0] == ' ');
        char *after = (char *)s;
        long v = *s >= '0' && *s <= '9' ? strtol(s, &after, 10) : 0;
        if (!on && strstr(line, after_line) && strstr(line, after_line) < line + n)
            on = 1;
        if (on && after > s && after - s <= 3 && after[0] == '.' &&
            v >= from && v <= to) {
            const char *rest = after + 1 + (after[1] == ' ');
            evx_buf_append(&out, line, (size_t)(s - line));
            evx_buf_append(&out, rest, n - (size_t)(rest - line));
        } else {
            evx_buf_append(&out, line, n);
        }
        line += n;
    }
    free(text);
    cr_assert_eq(evx_buf_status(&out), EVX_OK);
    return evx_buf_detach(&out);
}

static size_t count_type(const evx_units *u, evx_unit_type t)
{
    size_t n = 0;
    for (size_t i = 0; i < u->len; i++)
        n += u->items[i]->type == t;
    return n;
}

Test(lost_numbers, paragraphs_after_the_loss_are_read)
{
    char *text = without_numbers(PDF, 200, 260, NULL);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "lost.txt", "HC 650", 0);
    /* 307 less the 61 whose numbers are gone */
    cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 246);
    cr_expect_null(evx_units_find(&u, "HC650/p230"));
    const evx_unit *p = evx_units_find(&u, "HC650/p261");
    cr_assert_not_null(p, "paragraph 261 not read");
    cr_expect(!strncmp(p->text, "There are challenges and trade-offs", 35),
              "%.60s", p->text);
    p = evx_units_find(&u, "HC650/p307");
    cr_assert_not_null(p, "paragraph 307 not read");
    cr_expect(!strncmp(p->text, "Patient care must remain the focus", 34),
              "%.60s", p->text);
    evx_units_free(&u);
    free(text);
}

/* The unnumbered blocks fall under "Conclusions and recommendations" in
 * several chapters: each keeps its own id, where the later had replaced
 * the earlier in the index. */
Test(lost_numbers, blocks_of_one_heading_keep_ids_of_their_own)
{
    char *text = without_numbers(PDF, 200, 260, NULL);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "lost.txt", "HC 650", 0);
    for (size_t i = 0; i < u.len; i++)
        for (size_t k = i + 1; k < u.len; k++)
            cr_expect_str_neq(u.items[i]->id, u.items[k]->id);
    cr_expect_not_null(
        evx_units_find(&u, "HC650/box/conclusions-and-recommendations-2"));
    evx_units_free(&u);
    free(text);
}

/* A number further on that no run follows is no paragraph: the sequence
 * does not jump to a stray "2020." at a line start. */
Test(lost_numbers, a_lone_number_further_on_is_no_paragraph)
{
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u,
                    "1 First chapter\n\n"
                    "1. The committee met. It heard evidence.\n\n"
                    "2. It then wrote a report. Its findings were clear.\n\n"
                    "90. Stray text that starts with a number and a stop.\n\n"
                    "3. A third paragraph closes it.\n",
                    "stray.txt", "HC 1", 0);
    cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 3);
    cr_expect_not_null(evx_units_find(&u, "HC1/p3"));
    cr_expect_null(evx_units_find(&u, "HC1/p90"));
    evx_units_free(&u);
}

/* The list of conclusions and recommendations with the numbers of 10 to
 * 20 taken off: 21 to 42 are still recommendations, and the gap is
 * reported where it was none. */
Test(lost_numbers, recommendations_after_the_loss_are_read)
{
    char *text = without_numbers(PDF, 10, 20, "(Paragraph ");
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "lost.txt", "HC 650", 0);
    cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 307, "paragraphs kept");
    cr_expect_eq(count_type(&u, EVX_UNIT_RECOMMENDATION), 31);
    cr_expect_null(evx_units_find(&u, "HC650/r15"));
    const evx_unit *r = evx_units_find(&u, "HC650/r21");
    cr_assert_not_null(r, "recommendation 21 not read");
    cr_expect(!strncmp(r->text, "We recommend that the efforts to engage", 39),
              "%.60s", r->text);
    cr_expect_not_null(evx_units_find(&u, "HC650/r42"));
    evx_units_free(&u);
    free(text);
}

/* The web edition of chapter 9 ("234.The …") with paragraphs 240 to 250
 * unnumbered: 251 to 269 are read, where all ran into 239. */
Test(lost_numbers, a_web_edition_resumes_too)
{
    char *text = without_numbers(WEB, 240, 250, NULL);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "web.txt", "HC 650", 1);
    cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 25);
    cr_expect_null(evx_units_find(&u, "HC650/p245"));
    cr_expect_not_null(evx_units_find(&u, "HC650/p251"));
    cr_expect_not_null(evx_units_find(&u, "HC650/p269"));
    evx_units_free(&u);
    free(text);
}

/* The end-of-run report of units u, printed. */
static char *report_of(const evx_units *u)
{
    evx_stats *st = NULL;
    evx_diag *d = NULL;
    char *out = NULL;
    size_t len = 0;
    cr_assert_eq(evx_stats_new(&st), EVX_OK);
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    evx_stats_begin_report(st, 0);
    evx_stats_add_units(st, u);
    FILE *f = open_memstream(&out, &len);
    cr_assert_not_null(f);
    evx_stats_print(st, d, f, "x", 0);
    fclose(f);
    evx_diag_free(d);
    evx_stats_free(st);
    return out;
}

/* HC 179 with paragraphs 30 to 40 unnumbered, 34 too, which opens
 * mid-line after its chapter's heading and its first section's ("3
 * Microbeads Microbeads and wider microplastic pollution 34. Microbeads /
 * are a sub-category …").  The headings were not read, the footnote block
 * after them neither, and footnotes 95 to 207 ran into the paragraphs as
 * text, the run's report saying "94 of 94 found".  Now the two headings
 * stand before the prose they open, the prose is a box under the section
 * (its first word is no heading: its line runs on in lower case), and
 * every footnote is read. */
Test(lost_numbers, unnumbered_prose_after_headings_keeps_its_footnotes)
{
    char *text = without_numbers(HC179, 30, 40, NULL);
    char *n34 = strstr(text, "pollution 34. ");
    cr_assert_not_null(n34);
    memmove(n34 + 10, n34 + 14, strlen(n34 + 14) + 1);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "lost.txt", "HC 179", 0);
    cr_expect_eq(count_type(&u, EVX_UNIT_FOOTNOTE), 207);
    const evx_unit *b = evx_units_find(
        &u, "HC179/box/microbeads-and-wider-microplastic-pollution");
    cr_assert_not_null(b, "the unnumbered prose is in no unit");
    cr_expect(!strncmp(b->text, "Microbeads are a sub-category", 29), "%.60s",
              b->text);
    char *out = report_of(&u);
    cr_expect(strstr(out, "x: HC 179: paragraphs 1-73, 9 missing: 31-39"), "%s",
              out);
    cr_expect(strstr(out, "footnote bodies 207 of 207 found"), "%s", out);
    free(out);
    evx_units_free(&u);
    free(text);
}

/* The same with 34 left: it stands after the headings, a few past the
 * number due, and opens its chapter's first paragraph. */
Test(lost_numbers, a_paragraph_after_headings_a_few_past_the_due_one)
{
    char *text = without_numbers(HC179, 30, 40, NULL);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "lost.txt", "HC 179", 0);
    const evx_unit *p = evx_units_find(&u, "HC179/p34");
    cr_assert_not_null(p);
    cr_expect_eq(p->chapter, 3);
    cr_expect(!strncmp(p->text, "Microbeads are a sub-category", 29), "%.60s",
              p->text);
    cr_expect_eq(count_type(&u, EVX_UNIT_FOOTNOTE), 207);
    char *out = report_of(&u);
    cr_expect(strstr(out, "paragraphs 1-73, 8 missing: 31-33, 35-39"), "%s",
              out);
    free(out);
    evx_units_free(&u);
    free(text);
}

/* HC 179 with paragraphs 35 to 45 unnumbered: paragraph 46 opens mid-line
 * after its section's heading ("Legislative action 46. The US …"), and
 * resumes the sequence (47 and 48 follow) though it is not the number
 * due: the heading and the paragraph are read, where 46 ran into 34. */
Test(lost_numbers, a_paragraph_after_its_heading_mid_line_resumes)
{
    char *text = without_numbers(HC179, 35, 45, NULL);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "lost.txt", "HC 179", 0);
    const evx_unit *p = evx_units_find(&u, "HC179/p46");
    cr_assert_not_null(p, "paragraph 46 not read");
    cr_expect(!strncmp(p->text, "The US have already issued a legal ban", 38),
              "%.60s", p->text);
    cr_expect_str_eq(p->section, "Legislative action");
    p = evx_units_find(&u, "HC179/p34");
    cr_assert_not_null(p);
    cr_expect_null(strstr(p->text, "The US have already issued"));
    cr_expect_null(evx_units_find(&u, "HC179/p40"));
    evx_units_free(&u);
    free(text);
}

/* HC 179 with paragraph 12 and recommendation 12 unnumbered.  The
 * paragraph then opens "Witnesses agreed that …", which was taken for the
 * list of witnesses: all the rest of the report, 10,000 words, became
 * page furniture.  A one-word part name a lower-case word follows is a
 * sentence's subject.  Recommendation 12's first line was taken for a
 * heading (the next goes on in lower case) and 13 and 14 were lost with
 * it; a number a few past the due one after a recommendation that ended
 * with its "(Paragraph N)" now opens the next. */
Test(lost_numbers, a_sentence_opening_with_a_part_name_is_no_part)
{
    char *text = without_numbers(HC179, 12, 12, NULL);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "lost.txt", "HC 179", 0);
    cr_expect_eq(count_type(&u, EVX_UNIT_PARAGRAPH), 72);
    cr_expect_eq(count_type(&u, EVX_UNIT_WITNESS), 6);
    const evx_unit *p = evx_units_find(&u, "HC179/p11");
    cr_assert_not_null(p);
    cr_expect_not_null(strstr(p->text, "Witnesses agreed that"));
    cr_expect_not_null(evx_units_find(&u, "HC179/p73"));
    cr_expect_null(evx_units_find(&u, "HC179/r12"));
    const evx_unit *r = evx_units_find(&u, "HC179/r11");
    cr_assert_not_null(r);
    cr_expect_not_null(strstr(r->text, "Consumers should be able to tell"));
    cr_expect_not_null(evx_units_find(&u, "HC179/r13"));
    cr_expect_not_null(evx_units_find(&u, "HC179/r14"));
    char *out = report_of(&u);
    cr_expect(strstr(out, "recommendations 1-14, 1 missing: 12"), "%s", out);
    free(out);
    evx_units_free(&u);
    free(text);
}

/* HC 179 with its last paragraphs, 68 to 73, unnumbered: their text runs
 * into 67, and nothing after them tells the reader.  The recommendations
 * cite paragraph 73: the report counts 68 to 73 missing, where it said
 * "paragraphs 1-67, 0 missing". */
Test(lost_numbers, paragraphs_lost_at_the_end_are_counted_by_citations)
{
    char *text = without_numbers(HC179, 68, 73, NULL);
    evx_units u = EVX_UNITS_INIT;
    tu_read_text_as(&u, text, "lost.txt", "HC 179", 0);
    cr_expect_null(evx_units_find(&u, "HC179/p68"));
    char *out = report_of(&u);
    cr_expect(strstr(out, "x: HC 179: paragraphs 1-73, 6 missing: 68-73"),
              "%s", out);
    free(out);
    evx_units_free(&u);
    free(text);
}
