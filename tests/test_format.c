/*
 * test_format.c - the output writers (query/format.h): exact JSON shape,
 * escaping, the --vimgrep line, the --cite Markdown and the human text.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "format.h"
#include "json.h"
#include "paranum.h"
#include "snippet.h"
#include "tok.h"
#include "unit.h"

static evx_unit *quotation(void)
{
    evx_unit *u = NULL;
    evx_speaker *s = NULL;

    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_QUOTATION), EVX_OK);
    evx_unit_set(&u->id, "HC650/p239/q1", 13);
    evx_unit_set(&u->report, "HC 650", 6);
    u->number = 1;
    u->para = 239;
    u->chapter = 9;
    evx_unit_set(&u->chapter_title, "Oversight", 9);
    evx_unit_set(&u->parent, "HC650/p239", 10);
    evx_unit_set(&u->text, "The \"system\" is\nclear.", 22);
    cr_assert_eq(evx_unit_add_footnote(u, 226), EVX_OK);
    cr_assert_eq(evx_unit_add_source(u, "corpus/000_x.txt", "pdf-text", 3101,
                                     5, 3104),
                 EVX_OK);
    cr_assert_eq(evx_speaker_new(&s), EVX_OK);
    u->speaker = s;
    evx_unit_set(&s->name, "Ian Dalton", 10);
    evx_unit_set(&s->role, "Chief Executive", 15);
    evx_unit_set(&s->org, "NHS Improvement", 15);
    evx_unit_set(&s->kind, "oral", 4);
    evx_unit_set(&s->ref, "Q361", 4);
    evx_unit_set(&s->date, "20 March 2018", 13);
    evx_unit_set(&s->method, "footnote", 8);
    evx_unit_set(&s->evidence, "footnote 226: Q361 [Ian Dalton]", 31);
    return u;
}

static evx_report_meta meta(void)
{
    evx_report_meta m = EVX_REPORT_META_INIT;
    const char *j = "{\"id\":\"HC 650\",\"title\":\"Integrated care: "
                    "organisations, partnerships and systems\",\"committee\":"
                    "\"Health and Social Care Committee\",\"session\":\"Seventh "
                    "Report of Session 2017\xE2\x80\x93" "19\",\"published\":\"11 June 2018\"}";

    cr_assert_eq(evx_report_meta_parse(&m, j, strlen(j)), EVX_OK);
    return m;
}

static const char quotation_json[] =
    "{\"format_version\":1,\"rank\":2,\"score\":7.5,\"id\":\"HC650/p239/q1\","
    "\"type\":\"quotation\",\"report\":\"HC 650\",\"para\":239,\"chapter\":9,"
    "\"chapter_title\":\"Oversight\",\"section\":null,\"page\":null,"
    "\"title\":null,\"parent\":\"HC650/p239\",\"speaker\":{\"name\":\"Ian "
    "Dalton\",\"role\":\"Chief Executive\",\"org\":\"NHS Improvement\","
    "\"kind\":\"oral\",\"ref\":\"Q361\",\"date\":\"20 March 2018\","
    "\"method\":\"footnote\",\"evidence\":\"footnote 226: Q361 [Ian "
    "Dalton]\"},\"text\":\"The \\\"system\\\" is\\nclear.\","
    "\"snippet\":\"The \\\"system\\\" is clear.\",\"highlights\":[[5,11]],"
    "\"highlight_chars\":[[5,11]],"
    "\"footnotes\":[{\"number\":226,\"text\":\"Q361 [Ian Dalton]\"}],"
    "\"sources\":[{\"file\":\"corpus/000_x.txt\",\"rendering\":\"pdf-text\","
    "\"line\":3101,\"col\":5,\"end_line\":3104,\"match_line\":3101,\"match_col\":5}]}\n";

Test(format, json_exact_shape)
{
    evx_unit *u = quotation();
    evx_tok *tok = NULL;
    evx_snippet sn = EVX_SNIPPET_INIT;
    evx_qword w = {"systems", 0};
    evx_snippet_query q = {&w, 1, 0};
    const char *fn[] = {"Q361 [Ian Dalton]"};
    evx_out_hit h = {2, 7.5, NULL, NULL, fn, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;

    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    cr_assert_eq(evx_snippet_make(&sn, tok, u->text, strlen(u->text), &q), EVX_OK);
    h.unit = u;
    h.snip = &sn;
    evx_format_json(&b, &h);
    cr_expect_str_eq(evx_buf_str(&b), quotation_json);
    evx_buf_free(&b);
    evx_snippet_free(&sn);
    evx_tok_free(tok);
    evx_unit_free(u);
}

/* highlight_chars counts characters where highlights counts bytes: "’"
 * is 3 bytes and 1 character, so jq's .text[s:e] gives the word. */
Test(format, json_highlights_in_characters_too)
{
    evx_unit *u = quotation();
    evx_tok *tok = NULL;
    evx_snippet sn = EVX_SNIPPET_INIT;
    evx_qword w = {"systems", 0};
    evx_snippet_query q = {&w, 1, 0};
    evx_out_hit h = {2, 7.5, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;
    const char text[] = "Trusts\xE2\x80\x99 \xE2\x80\x9Csystem\xE2\x80\x9D is clear.";

    evx_unit_set(&u->text, text, sizeof text - 1);
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    cr_assert_eq(evx_snippet_make(&sn, tok, u->text, strlen(u->text), &q), EVX_OK);
    h.unit = u;
    h.snip = &sn;
    evx_format_json(&b, &h);
    cr_expect(strstr(evx_buf_str(&b), "\"highlights\":[[13,19]]") != NULL, "%s", evx_buf_str(&b));
    cr_expect(strstr(evx_buf_str(&b), "\"highlight_chars\":[[9,15]]") != NULL, "%s",
              evx_buf_str(&b));
    evx_buf_free(&b);
    evx_snippet_free(&sn);
    evx_tok_free(tok);
    evx_unit_free(u);
}

Test(format, json_escapes_control_and_invalid_bytes)
{
    evx_unit *u = NULL;
    evx_out_hit h = {0, 0, NULL, NULL, NULL, "\"match\":\"exact\"", 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;
    evx_json *root = NULL;
    const char text[] = "tab\there \x01 bad\xff\xfe end\\";

    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_PARAGRAPH), EVX_OK);
    evx_unit_set(&u->id, "HC650/p1", 8);
    evx_unit_set(&u->text, text, sizeof text - 1);
    h.unit = u;
    evx_format_json(&b, &h);
    cr_expect(strstr(evx_buf_str(&b),
                     "\"text\":\"tab\\there \\u0001 bad\xEF\xBF\xBD\xEF\xBF\xBD end\\\\\""),
              "%s", evx_buf_str(&b));
    cr_expect(strstr(evx_buf_str(&b), "\"rank\":null,\"score\":null,"));
    cr_expect(strstr(evx_buf_str(&b), "\"speaker\":null,"));
    cr_expect(strstr(evx_buf_str(&b), "\"snippet\":null,\"highlights\":[],"));
    cr_expect(strstr(evx_buf_str(&b), "\"sources\":[],\"match\":\"exact\"}\n"));
    cr_assert_eq(evx_json_parse(&root, b.data, b.len, NULL), EVX_OK);
    cr_expect_str_eq(evx_json_get_str(root, "id"), "HC650/p1");
    evx_json_free(root);
    evx_buf_free(&b);
    evx_unit_free(u);
}

Test(format, vimgrep_line)
{
    evx_unit *u = quotation();
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;

    h.unit = u;
    evx_format_vimgrep(&b, &h, NULL);
    cr_expect_str_eq(evx_buf_str(&b),
                     "corpus/000_x.txt:3101:5:The \"system\" is clear.\n");
    evx_buf_clear(&b);

    /* a mark goes before the text; a known match moves the jump */
    {
        evx_vimgrep_opts vo = {NULL, "[ranked] "};
        h.match_line = 3102;
        h.match_col = 9;
        evx_format_vimgrep(&b, &h, &vo);
        cr_expect_str_eq(evx_buf_str(&b), "corpus/000_x.txt:3102:9:[ranked] "
                                          "The \"system\" is clear.\n");
        evx_buf_clear(&b);
        h.match_line = h.match_col = 0;
    }

    /* an absolute path under the current directory becomes relative */
    evx_unit_set(&u->sources[0].file, "/home/me/hc/corpus/000_x.txt", 28);
    evx_format_vimgrep(&b, &h, &(evx_vimgrep_opts){"/home/me/hc", NULL});
    cr_expect_str_eq(evx_buf_str(&b),
                     "corpus/000_x.txt:3101:5:The \"system\" is clear.\n");
    evx_buf_clear(&b);
    evx_format_vimgrep(&b, &h, &(evx_vimgrep_opts){"/home/me/h", NULL});
    cr_expect(strncmp(evx_buf_str(&b), "/home/me/hc/corpus/000_x.txt:", 29) == 0);
    evx_buf_clear(&b);

    /* no source, no line */
    free(u->sources[0].file);
    free(u->sources[0].rendering);
    free(u->sources);
    u->sources = NULL;
    u->n_sources = 0;
    evx_format_vimgrep(&b, &h, NULL);
    cr_expect_eq(b.len, 0);
    evx_buf_free(&b);
    evx_unit_free(u);
}

Test(format, vimgrep_text_is_one_short_line)
{
    evx_unit *u = NULL;
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT, t = EVX_BUF_INIT;
    int i;
    const char *colon;

    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_PARAGRAPH), EVX_OK);
    evx_unit_set(&u->id, "HC650/p2", 8);
    for (i = 0; i < 60; i++)
        evx_buf_puts(&t, "\xC2\xB6word\r\n");
    evx_unit_set(&u->text, t.data, t.len);
    evx_unit_add_source(u, "corpus/a.txt", "pdf-text", 7, 1, 9);
    h.unit = u;
    evx_format_vimgrep(&b, &h, NULL);
    cr_expect_eq(strchr(b.data, '\n'), b.data + b.len - 1);
    cr_expect_null(strchr(b.data, '\r'));
    colon = strstr(b.data, ":7:1:");
    cr_assert_not_null(colon);
    /* 100 characters (17 of them the two-byte ¶) and the newline */
    cr_expect_eq(strlen(colon + 5), 100 + 17 + 1, "%s", colon + 5);
    evx_buf_free(&t);
    evx_buf_free(&b);
    evx_unit_free(u);
}

Test(format, cite_quotation)
{
    evx_unit *u = quotation();
    evx_report_meta m = meta();
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;

    h.unit = u;
    evx_format_cite(&b, &h, &m);
    cr_expect_str_eq(evx_buf_str(&b),
                     "> The \"system\" is\n"
                     "> clear.\n"
                     "\n"
                     "\xE2\x80\x94 Ian Dalton, Chief Executive, NHS Improvement, "
                     "oral evidence, 20 March 2018, Q361\n"
                     "\n"
                     "Health and Social Care Committee, *Integrated care: "
                     "organisations, partnerships and systems*, Seventh Report "
                     "of Session 2017\xE2\x80\x93" "19, HC 650, 11 June 2018, "
                     "para 239\n");
    evx_buf_free(&b);
    evx_report_meta_free(&m);
    evx_unit_free(u);
}

/* A document's author named once ("The King's Fund, A progress report
 * …" had followed "The King's Fund"), and the report's "<" shown as
 * printed in Markdown, never read as HTML. */
Test(format, cite_a_document_once_and_angles_escaped)
{
    evx_unit *u = quotation();
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;

    evx_unit_set(&u->text, "fish <script> here", 18);
    evx_unit_set(&u->speaker->name, "The Fund", 8);
    evx_unit_set(&u->speaker->org, "The Fund", 8);
    evx_unit_set(&u->speaker->role, NULL, 0);
    evx_unit_set(&u->speaker->kind, "document", 8);
    evx_unit_set(&u->speaker->ref, "The Fund, A progress report <draft>, 2018", 41);
    h.unit = u;
    evx_format_cite(&b, &h, NULL);
    cr_expect(strstr(evx_buf_str(&b), "> fish \\<script> here\n") != NULL, "%s",
              evx_buf_str(&b));
    cr_expect(strstr(evx_buf_str(&b),
                     "\xE2\x80\x94 The Fund, A progress report \\<draft>, 2018\n") != NULL,
              "%s", evx_buf_str(&b));
    evx_buf_free(&b);
    evx_unit_free(u);
}

Test(format, cite_paragraph_and_footnote)
{
    evx_unit *u = NULL;
    evx_report_meta m = meta();
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;

    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_PARAGRAPH), EVX_OK);
    evx_unit_set(&u->id, "HC650/p90", 9);
    evx_unit_set(&u->report, "HC 650", 6);
    evx_unit_set(&u->text, "Change happens.", 15);
    u->para = 90;
    u->page = 28;
    h.unit = u;
    evx_format_cite(&b, &h, &m);
    cr_expect_str_eq(evx_buf_str(&b),
                     "> Change happens.\n\nHealth and Social Care Committee, "
                     "*Integrated care: organisations, partnerships and "
                     "systems*, Seventh Report of Session 2017\xE2\x80\x93" "19, "
                     "HC 650, 11 June 2018, para 90, p. 28\n");
    evx_buf_clear(&b);

    u->type = EVX_UNIT_FOOTNOTE;
    u->number = 74;
    evx_format_cite(&b, &h, NULL);
    cr_expect_str_eq(evx_buf_str(&b),
                     "> Change happens.\n\nHC 650, footnote 74, p. 28\n");
    evx_buf_free(&b);
    evx_report_meta_free(&m);
    evx_unit_free(u);
}

/* A new unit of type with its id, report and text. */
static evx_unit *unit_of(evx_unit_type type, const char *id,
                         const char *report, const char *text)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, type), EVX_OK);
    evx_unit_set(&u->id, id, strlen(id));
    evx_unit_set(&u->report, report, strlen(report));
    evx_unit_set(&u->text, text, strlen(text));
    return u;
}

/* A box, figure or table is cited by its caption and page, never by a
 * paragraph's number (a box after paragraph 15 had been cited "para 15"). */
Test(format, cite_box_by_its_caption)
{
    evx_unit *u = unit_of(EVX_UNIT_BOX, "HC1/box/box-1", "HC 1",
                          "STPs are partnerships.");
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;

    evx_unit_set(&u->title, "Box 1: What is an STP?", 22);
    u->para = 15;
    h.unit = u;
    evx_format_cite(&b, &h, NULL);
    cr_expect_str_eq(evx_buf_str(&b), "> STPs are partnerships.\n\nHC 1, Box 1: "
                                      "What is an STP?\n");
    evx_buf_clear(&b);
    u->page = 50;
    evx_format_cite(&b, &h, NULL);
    cr_expect_str_eq(evx_buf_str(&b), "> STPs are partnerships.\n\nHC 1, Box 1: "
                                      "What is an STP?, p. 50\n");
    evx_buf_free(&b);
    evx_unit_free(u);
}

/* An annex is cited by its heading and page; a part of one by its own
 * heading under the word "Annex" (an annex had been cited by its page
 * alone). */
Test(format, cite_annex_by_its_heading)
{
    evx_unit *u = unit_of(EVX_UNIT_ANNEX, "HC1/annex/1", "HC 1",
                          "We visited the STP.");
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;

    evx_unit_set(&u->title, "Annex: Visit to Bassetlaw", 25);
    u->page = 91;
    h.unit = u;
    evx_format_cite(&b, &h, NULL);
    cr_expect_str_eq(evx_buf_str(&b), "> We visited the STP.\n\nHC 1, Annex: "
                                      "Visit to Bassetlaw, p. 91\n");
    evx_buf_clear(&b);
    evx_unit_set(&u->title, "Visit to Doncaster", 18);
    evx_format_cite(&b, &h, NULL);
    cr_expect_str_eq(evx_buf_str(&b), "> We visited the STP.\n\nHC 1, Annex, "
                                      "Visit to Doncaster, p. 91\n");
    evx_buf_free(&b);
    evx_unit_free(u);
}

/* A quotation in an annex, the glossary or the summary is cited by that
 * part and its page, as the unit it stands in is (it had been cited by
 * its page alone); one in a paragraph by the paragraph. */
Test(format, cite_a_quotation_by_the_part_it_stands_in)
{
    static const struct {
        const char *parent, *want;
    } cases[] = {
        {"HC1/annex/7", "HC 1, Annex, p. 93\n"},
        {"HC1/glossary/integrated-care", "HC 1, Glossary, p. 93\n"},
        {"HC1/summary/3", "HC 1, Summary, p. 93\n"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        evx_unit *u = unit_of(EVX_UNIT_QUOTATION, "HC1/x/q1", "HC 1", "Let flowers bloom.");
        evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
        evx_buf b = EVX_BUF_INIT;
        evx_unit_set(&u->parent, cases[k].parent, strlen(cases[k].parent));
        u->page = 93;
        h.unit = u;
        evx_format_cite(&b, &h, NULL);
        const char *got = evx_buf_str(&b), *nl = strstr(got, "\n\n");
        cr_expect(nl && strcmp(nl + 2, cases[k].want) == 0, "%s: %s", cases[k].parent, got);
        evx_buf_free(&b);
        evx_unit_free(u);
    }
}

/* A paragraph numbered by chapter (paranum.h) is cited, shown and written
 * in JSON as the report prints its number, "3.12", never as the number
 * kept inside. */
Test(format, a_paragraph_numbered_by_chapter_as_printed)
{
    evx_unit *u = unit_of(EVX_UNIT_PARAGRAPH, "HL9/p3.12", "HL 9",
                          "Scrutiny matters.");
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;

    u->number = u->para = evx_para_of_chapter(3, 12);
    h.unit = u;
    evx_format_cite(&b, &h, NULL);
    cr_expect_str_eq(evx_buf_str(&b),
                     "> Scrutiny matters.\n\nHL 9, para 3.12\n");
    evx_buf_clear(&b);
    evx_format_json(&b, &h);
    cr_expect(strstr(evx_buf_str(&b), "\"para\":\"3.12\"") != NULL, "%s",
              evx_buf_str(&b));
    evx_buf_clear(&b);
    evx_format_human(&b, &h, NULL);
    cr_expect(strstr(evx_buf_str(&b), "\xC2\xB6" "3.12") != NULL, "%s",
              evx_buf_str(&b));
    /* and read back from the unit's own JSON as it was */
    evx_buf_clear(&b);
    evx_unit_to_json(u, &b);
    evx_unit *back = NULL;
    cr_assert_eq(evx_unit_from_json(&back, evx_buf_str(&b), b.len), EVX_OK);
    cr_expect_eq(back->para, u->para);
    cr_expect_eq(back->number, u->number);
    evx_unit_free(back);
    evx_buf_free(&b);
    evx_unit_free(u);
}

/* A quotation whose speaker the report does not name is cited with the
 * evidence its footnote gives, and names no one; with no evidence either,
 * it has no attribution line. */
Test(format, cite_unattributed_quotation_names_no_one)
{
    evx_unit *u = quotation();
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_buf b = EVX_BUF_INIT;

    free(u->speaker->name);
    u->speaker->name = NULL;
    h.unit = u;
    evx_format_cite(&b, &h, NULL);
    cr_expect_str_eq(evx_buf_str(&b),
                     "> The \"system\" is\n> clear.\n\n"
                     "\xE2\x80\x94 speaker not identified (Q361, 20 March 2018)\n\n"
                     "HC 650, para 239\n");
    evx_buf_clear(&b);
    free(u->speaker->ref);
    u->speaker->ref = NULL;
    evx_format_cite(&b, &h, NULL);
    cr_expect_null(strstr(evx_buf_str(&b), "\xE2\x80\x94"));
    cr_expect_str_eq(evx_buf_str(&b),
                     "> The \"system\" is\n> clear.\n\nHC 650, para 239\n");
    evx_buf_free(&b);
    evx_unit_free(u);
}

Test(format, human_text)
{
    evx_unit *u = quotation();
    evx_out_hit h = {3, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_fmt_opts o = {0};
    evx_buf b = EVX_BUF_INIT;
    evx_snippet sn = EVX_SNIPPET_INIT;

    sn.end = strlen(u->text);
    sn.hl = calloc(1, sizeof *sn.hl);
    sn.hl[0].start = 5;
    sn.hl[0].end = 11;
    sn.n_hl = 1;
    h.unit = u;
    h.snip = &sn;
    evx_format_human(&b, &h, &o);
    cr_expect_str_eq(evx_buf_str(&b),
                     "3. HC650/p239/q1  quotation  \xC2\xB6" "239  ch. 9 Oversight\n"
                     "   \xE2\x80\x94 Ian Dalton, Chief Executive, NHS Improvement "
                     "(oral evidence, 20 March 2018, Q361)\n"
                     "   The \"system\" is clear.\n");
    evx_buf_clear(&b);
    o.color = 1;
    evx_format_human(&b, &h, &o);
    cr_expect(strstr(evx_buf_str(&b), "\"\033[1;31msystem\033[0m\""), "%s",
              evx_buf_str(&b));
    evx_buf_free(&b);
    evx_snippet_free(&sn);
    evx_unit_free(u);
}

Test(format, human_wraps_with_indent)
{
    evx_unit *u = NULL;
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_fmt_opts o = {.full_text = 1, .width = 40};
    evx_buf b = EVX_BUF_INIT, t = EVX_BUF_INIT;
    const char *p, *line;
    int i;

    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_PARAGRAPH), EVX_OK);
    evx_unit_set(&u->id, "HC650/p3", 8);
    for (i = 0; i < 40; i++)
        evx_buf_puts(&t, "integration ");
    evx_unit_set(&u->text, t.data, t.len);
    h.unit = u;
    evx_format_human(&b, &h, &o);
    line = strchr(b.data, '\n') + 1;
    for (p = line; *p; p = strchr(p, '\n') + 1) {
        size_t n = (size_t)(strchr(p, '\n') - p);
        cr_expect_leq(n, 40);
        cr_expect_eq(strncmp(p, "   integration", 14), 0, "%.*s", (int)n, p);
    }
    evx_buf_free(&t);
    evx_buf_free(&b);
    evx_unit_free(u);
}

Test(format, speaker_line)
{
    evx_unit *u = quotation();
    evx_buf b = EVX_BUF_INIT;

    evx_format_speaker(&b, u->speaker);
    cr_expect_str_eq(evx_buf_str(&b), "Ian Dalton, Chief Executive, NHS "
                                      "Improvement (oral evidence, 20 March "
                                      "2018, Q361)");
    evx_buf_clear(&b);
    free(u->speaker->kind);
    u->speaker->kind = evx_strdup("written");
    free(u->speaker->ref);
    u->speaker->ref = evx_strdup("STP0064");
    evx_format_speaker(&b, u->speaker);
    cr_expect_str_eq(evx_buf_str(&b), "Ian Dalton, Chief Executive, NHS "
                                      "Improvement (written evidence, STP0064)");
    evx_buf_clear(&b);
    free(u->speaker->kind);
    u->speaker->kind = evx_strdup("unknown");
    free(u->speaker->ref);
    u->speaker->ref = NULL;
    evx_format_speaker(&b, u->speaker);
    cr_expect_str_eq(evx_buf_str(&b), "Ian Dalton, Chief Executive, NHS Improvement");
    evx_buf_clear(&b);
    evx_format_speaker(&b, NULL);
    cr_expect_str_eq(evx_buf_str(&b), "speaker not identified");
    evx_buf_free(&b);
    evx_unit_free(u);
}

Test(format, report_meta_errors)
{
    evx_report_meta m = EVX_REPORT_META_INIT;

    cr_expect_eq(evx_report_meta_parse(&m, "not json", 8), EVX_PARSE);
    cr_expect_null(m.title);
    cr_expect_eq(evx_report_meta_parse(&m, "[1]", 3), EVX_PARSE);
    cr_expect_eq(evx_report_meta_parse(&m, "{}", 2), EVX_OK);
    cr_expect_null(m.id);
    evx_report_meta_free(&m);
    evx_report_meta_free(NULL);
}

/* A paragraph's block quotation with its lead-in; inline: the quotation is
 * inside the paragraph's text already. */
static void push_quote(evx_units *qs, const char *id, const char *lead_in,
                       const char *text, int is_inline)
{
    evx_unit *q = unit_of(EVX_UNIT_QUOTATION, id, "HC 9", text);
    evx_unit_set(&q->lead_in, lead_in, strlen(lead_in));
    q->is_inline = is_inline;
    cr_assert_eq(evx_units_push(qs, q), EVX_OK);
}

/* A paragraph whose sentences introduce block quotations ("... said:") is
 * cited and shown as the report prints it: each quotation right after its
 * lead-in, the paragraph going on after it; an inline one is not printed
 * again; one whose lead-in is not in the text follows the text.  Printed
 * after the whole paragraph, "said:" ran into the next sentence and the
 * quotations lost their places (a search's --cite printed none). */
Test(format, block_quotations_stand_after_their_lead_ins)
{
    evx_unit *u = unit_of(EVX_UNIT_PARAGRAPH, "HC9/p4", "HC 9",
                          "Ms A said: Mr B agreed that \xE2\x80\x9Cit works\xE2\x80\x9D. "
                          "Mr C added: So did the Minister.");
    evx_units qs = EVX_UNITS_INIT;
    evx_out_hit h = {1, 1, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0};
    evx_fmt_opts fo = {0};
    evx_buf b = EVX_BUF_INIT;

    u->para = 4;
    push_quote(&qs, "HC9/p4/q1", "Ms A said:", "First quote.", 0);
    push_quote(&qs, "HC9/p4/q2", "Mr B agreed that", "it works", 1);
    push_quote(&qs, "HC9/p4/q3", "Mr C added:", "Second quote.", 0);
    push_quote(&qs, "HC9/p4/q4", "Not in the paragraph:", "Third quote.", 0);
    h.unit = u;
    h.quotations = &qs;
    evx_format_cite(&b, &h, NULL);
    cr_expect_str_eq(evx_buf_str(&b),
                     "> Ms A said:\n>\n> > First quote.\n>\n"
                     "> Mr B agreed that \xE2\x80\x9Cit works\xE2\x80\x9D. Mr C added:\n"
                     ">\n> > Second quote.\n>\n> So did the Minister.\n"
                     ">\n> > Third quote.\n\nHC 9, para 4\n");
    evx_buf_clear(&b);

    fo.full_text = 1;
    evx_format_human(&b, &h, &fo);
    cr_expect_str_eq(evx_buf_str(&b),
                     "1. HC9/p4  paragraph  \xC2\xB6" "4\n"
                     "   Ms A said:\n\n      First quote.\n\n"
                     "   Mr B agreed that \xE2\x80\x9Cit works\xE2\x80\x9D. Mr C added:\n\n"
                     "      Second quote.\n\n   So did the Minister.\n\n"
                     "      Third quote.\n");
    evx_buf_clear(&b);

    /* A quotation at the very start of a text, and an empty text. */
    free(u->text);
    u->text = evx_strdup("");
    evx_format_cite(&b, &h, NULL);
    cr_expect_str_eq(evx_buf_str(&b),
                     ">\n>\n> > First quote.\n>\n> > Second quote.\n>\n"
                     "> > Third quote.\n\nHC 9, para 4\n");
    evx_buf_free(&b);
    evx_units_free(&qs);
    evx_unit_free(u);
}
