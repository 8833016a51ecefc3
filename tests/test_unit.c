/* test_unit.c - the unit model, ids and the unit JSON. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "paranum.h"
#include "unit.h"

static char *slug(const char *s)
{
    evx_buf b = EVX_BUF_INIT;

    evx_unit_slug(&b, s);
    return evx_buf_detach(&b);
}

/* A unit with every field set to something distinct. */
static evx_unit *full_unit(void)
{
    evx_unit *u = NULL;
    evx_speaker *sp = NULL;

    cr_assert_eq(evx_unit_new(&u, EVX_UNIT_QUOTATION), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->id, "HC650/p239/q1", 13), EVX_OK);
    evx_unit_set(&u->report, "HC 650", 6);
    u->number = 1;
    u->para = 239;
    u->chapter = 9;
    evx_unit_set(&u->chapter_title, "Oversight \"and\" regulation", 26);
    evx_unit_set(&u->section, "Section\twith tab", 16);
    u->page = 71;
    evx_unit_set(&u->title, "", 0);
    evx_unit_set(&u->text, "\xe2\x80\x9cWe need\xe2\x80\x9d\nline 2", 20);
    evx_unit_set(&u->lead_in, "He said:", 8);
    u->is_inline = 1;
    evx_unit_set(&u->parent, "HC650/p239", 10);
    cr_assert_eq(evx_unit_add_footnote(u, 226), EVX_OK);
    evx_unit_add_footnote(u, 3);
    cr_assert_eq(evx_speaker_new(&sp), EVX_OK);
    evx_unit_set(&sp->name, "Professor A Person", 18);
    evx_unit_set(&sp->role, "Chief Executive", 15);
    evx_unit_set(&sp->org, "Some Fund", 9);
    evx_unit_set(&sp->kind, "oral", 4);
    evx_unit_set(&sp->ref, "Q361", 4);
    evx_unit_set(&sp->date, "20 March 2018", 13);
    evx_unit_set(&sp->method, "footnote", 8);
    evx_unit_set(&sp->evidence, "footnote 226: Q361", 18);
    u->speaker = sp;
    evx_unit_set(&u->date, "1 May 2018", 10);
    u->q_first = -5;
    u->q_last = 2147483647;
    cr_assert_eq(evx_unit_add_person(u, "Dr X", "Director", NULL), EVX_OK);
    evx_unit_add_person(u, NULL, NULL, "Org only");
    evx_unit_set(&u->code, "STP0064", 7);
    cr_assert_eq(evx_unit_add_source(u, "corpus/000_a.txt", "pdf-text", 1234,
                                     5, 1240),
                 EVX_OK);
    evx_unit_add_source(u, "corpus/004_b.txt", "html-text", 7, 1, 7);
    return u;
}

static void expect_same_str(const char *a, const char *b, const char *what)
{
    if (!a || !b)
        cr_expect(a == b, "%s: one is NULL", what);
    else
        cr_expect_str_eq(a, b, "%s differs", what);
}

static void expect_same_unit(const evx_unit *a, const evx_unit *b)
{
    size_t i;

    expect_same_str(a->id, b->id, "id");
    cr_expect_eq(a->type, b->type);
    expect_same_str(a->report, b->report, "report");
    cr_expect_eq(a->number, b->number);
    cr_expect_eq(a->para, b->para);
    cr_expect_eq(a->chapter, b->chapter);
    expect_same_str(a->chapter_title, b->chapter_title, "chapter_title");
    expect_same_str(a->section, b->section, "section");
    cr_expect_eq(a->page, b->page);
    expect_same_str(a->title, b->title, "title");
    expect_same_str(a->text, b->text, "text");
    expect_same_str(a->lead_in, b->lead_in, "lead_in");
    cr_expect_eq(a->is_inline, b->is_inline);
    expect_same_str(a->parent, b->parent, "parent");
    cr_assert_eq(a->n_footnotes, b->n_footnotes);
    for (i = 0; i < a->n_footnotes; i++)
        cr_expect_eq(a->footnotes[i], b->footnotes[i]);
    cr_assert_eq(!a->speaker, !b->speaker);
    if (a->speaker) {
        expect_same_str(a->speaker->name, b->speaker->name, "speaker.name");
        expect_same_str(a->speaker->role, b->speaker->role, "speaker.role");
        expect_same_str(a->speaker->org, b->speaker->org, "speaker.org");
        expect_same_str(a->speaker->kind, b->speaker->kind, "speaker.kind");
        expect_same_str(a->speaker->ref, b->speaker->ref, "speaker.ref");
        expect_same_str(a->speaker->date, b->speaker->date, "speaker.date");
        expect_same_str(a->speaker->method, b->speaker->method, "method");
        expect_same_str(a->speaker->evidence, b->speaker->evidence, "evid");
    }
    expect_same_str(a->date, b->date, "date");
    cr_expect_eq(a->q_first, b->q_first);
    cr_expect_eq(a->q_last, b->q_last);
    cr_assert_eq(a->n_people, b->n_people);
    for (i = 0; i < a->n_people; i++) {
        expect_same_str(a->people[i].name, b->people[i].name, "person.name");
        expect_same_str(a->people[i].role, b->people[i].role, "person.role");
        expect_same_str(a->people[i].org, b->people[i].org, "person.org");
    }
    expect_same_str(a->code, b->code, "code");
    cr_assert_eq(a->n_sources, b->n_sources);
    for (i = 0; i < a->n_sources; i++) {
        expect_same_str(a->sources[i].file, b->sources[i].file, "file");
        expect_same_str(a->sources[i].rendering, b->sources[i].rendering,
                        "rendering");
        cr_expect_eq(a->sources[i].line, b->sources[i].line);
        cr_expect_eq(a->sources[i].col, b->sources[i].col);
        cr_expect_eq(a->sources[i].end_line, b->sources[i].end_line);
    }
}

static char *to_json(const evx_unit *u)
{
    evx_buf b = EVX_BUF_INIT;

    evx_unit_to_json(u, &b);
    cr_assert_eq(evx_buf_status(&b), EVX_OK);
    return evx_buf_detach(&b);
}

Test(unit, type_names_round_trip)
{
    int i;
    evx_unit_type t;

    cr_assert_str_eq(evx_unit_type_name(EVX_UNIT_PARAGRAPH), "paragraph");
    cr_assert_str_eq(evx_unit_type_name(EVX_UNIT_EVIDENCE), "evidence");
    cr_assert_str_eq(evx_unit_type_name(EVX_UNIT_RECOMMENDATION),
                     "recommendation");
    cr_assert_str_eq(evx_unit_type_name(EVX_UNIT_TYPE_COUNT), "unknown");
    for (i = 0; i < EVX_UNIT_TYPE_COUNT; i++) {
        cr_assert_eq(evx_unit_type_parse(&t, evx_unit_type_name(i)), EVX_OK);
        cr_assert_eq((int)t, i);
    }
    cr_assert_eq(evx_unit_type_parse(&t, "Paragraph"), EVX_NOT_FOUND);
    cr_assert_eq(evx_unit_type_parse(&t, "unknown"), EVX_NOT_FOUND);
    cr_assert_eq(evx_unit_type_parse(&t, NULL), EVX_NOT_FOUND);
}

Test(unit, type_and_paragraph_value_round_trips)
{
    char buf[48];
    evx_unit_type t;
    int para = -1;
    size_t n = evx_unit_type_para_print(EVX_UNIT_RECOMMENDATION, 29, buf,
                                        sizeof buf);

    cr_expect_str_eq(buf, "recommendation 29");
    cr_assert_eq(evx_unit_type_para_read(buf, n, &t, &para), 0);
    cr_expect_eq(t, EVX_UNIT_RECOMMENDATION);
    cr_expect_eq(para, 29);
    n = evx_unit_type_para_print(EVX_UNIT_BOX, 0, buf, sizeof buf);
    cr_expect_str_eq(buf, "box");
    cr_assert_eq(evx_unit_type_para_read(buf, n, &t, &para), 0);
    cr_expect_eq(t, EVX_UNIT_BOX);
    cr_expect_eq(para, 0);
    /* a number by chapter (paranum.h) is an int like any other */
    int by_chapter = evx_para_of_chapter(19999, 999);
    n = evx_unit_type_para_print(EVX_UNIT_PARAGRAPH, by_chapter, buf, sizeof buf);
    cr_assert_eq(evx_unit_type_para_read(buf, n, &t, &para), 0);
    cr_expect_eq(para, by_chapter);
    /* what the writer never writes is refused, never half read */
    static const char *const bad[] = {"", "paragraph ", "paragraph x",
                                      "paragraph 12x", "nonsense 3", "para graph",
                                      "paragraph 99999999999", " 12"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_expect_eq(evx_unit_type_para_read(bad[i], strlen(bad[i]), &t, &para),
                     -1, "%s", bad[i]);
}

Test(unit, report_key_drops_spaces)
{
    evx_buf b = EVX_BUF_INIT;

    evx_unit_report_key(&b, "HC 650");
    cr_assert_str_eq(evx_buf_str(&b), "HC650");
    evx_buf_clear(&b);
    evx_unit_report_key(&b, " HC  1234 ");
    cr_assert_str_eq(evx_buf_str(&b), "HC1234");
    /* a number two sessions share (manifest.h): an id a shell takes as is */
    evx_buf_clear(&b);
    evx_unit_report_key(&b, "HC 650 (2017\xE2\x80\x93" "19)");
    cr_assert_str_eq(evx_buf_str(&b), "HC650-2017-19");
    evx_buf_clear(&b);
    evx_unit_report_key(&b, "HC 650 (2010-12)");
    cr_assert_str_eq(evx_buf_str(&b), "HC650-2010-12");
    evx_buf_free(&b);
}

Test(unit, slug_rules)
{
    struct { const char *in, *out; } cases[] = {
        {"Integrated Care Systems", "integrated-care-systems"},
        {"  Box 2: Frimley -- Health!  ", "box-2-frimley-health"},
        {"STP", "stp"},
        {"caf\xc3\xa9 au lait", "caf-au-lait"},
        {"---", ""},
        {"", ""},
    };
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *s = slug(cases[i].in);
        cr_expect_str_eq(s, cases[i].out, "slug of '%s'", cases[i].in);
        free(s);
    }
}

Test(unit, json_has_fixed_key_order_and_nulls)
{
    evx_unit *u = NULL;
    char *json;

    evx_unit_new(&u, EVX_UNIT_PARAGRAPH);
    evx_unit_set(&u->id, "HC650/p1", 8);
    json = to_json(u);
    cr_assert_str_eq(json,
        "{\"id\":\"HC650/p1\",\"type\":\"paragraph\",\"report\":null,"
        "\"number\":0,\"para\":0,\"chapter\":0,\"chapter_title\":null,"
        "\"section\":null,\"page\":0,\"title\":null,\"text\":null,"
        "\"lead_in\":null,\"inline\":false,\"parent\":null,"
        "\"footnotes\":[],\"speaker\":null,\"date\":null,\"q_first\":0,"
        "\"q_last\":0,\"people\":[],\"code\":null,\"sources\":[]}");
    free(json);
    evx_unit_free(u);
}

Test(unit, json_of_full_unit_nests_speaker_people_sources)
{
    evx_unit *u = full_unit();
    char *json = to_json(u);

    cr_assert_not_null(strstr(json,
        "\"footnotes\":[226,3],\"speaker\":{\"name\":\"Professor A Person\","
        "\"role\":\"Chief Executive\",\"org\":\"Some Fund\",\"kind\":\"oral\","
        "\"ref\":\"Q361\",\"date\":\"20 March 2018\",\"method\":\"footnote\","
        "\"evidence\":\"footnote 226: Q361\"}"));
    cr_assert_not_null(strstr(json,
        "\"people\":[{\"name\":\"Dr X\",\"role\":\"Director\",\"org\":null},"
        "{\"name\":null,\"role\":null,\"org\":\"Org only\"}]"));
    cr_assert_not_null(strstr(json,
        "\"sources\":[{\"file\":\"corpus/000_a.txt\",\"rendering\":\"pdf-text\","
        "\"line\":1234,\"col\":5,\"end_line\":1240},"));
    cr_assert_not_null(strstr(json, "\"inline\":true"));
    cr_assert_not_null(strstr(json, "\"title\":\"\""));
    free(json);
    evx_unit_free(u);
}

Test(unit, round_trip_is_lossless)
{
    evx_unit *u = full_unit(), *back = NULL;
    char *json = to_json(u), *again;

    cr_assert_eq(evx_unit_from_json(&back, json, strlen(json)), EVX_OK);
    expect_same_unit(u, back);
    again = to_json(back);
    cr_assert_str_eq(again, json);
    free(again);
    free(json);
    evx_unit_free(back);
    evx_unit_free(u);
}

Test(unit, stored_json_leaves_out_defaults_and_reads_back_the_same)
{
    evx_unit *units[2] = {full_unit(), NULL}, *back = NULL;
    evx_unit_new(&units[1], EVX_UNIT_FOOTNOTE);
    evx_unit_set(&units[1]->id, "X/fn1", 5);
    for (int i = 0; i < 2; i++) {
        evx_buf b = EVX_BUF_INIT;
        evx_unit_to_stored_json(units[i], &b);
        cr_assert_eq(evx_buf_status(&b), EVX_OK);
        if (i == 1)
            cr_expect_str_eq(b.data, "{\"id\":\"X/fn1\",\"type\":\"footnote\"}");
        cr_assert_eq(evx_unit_from_json(&back, b.data, b.len), EVX_OK);
        char *want = to_json(units[i]), *got = to_json(back);
        cr_expect_str_eq(got, want);
        free(want);
        free(got);
        evx_unit_free(back);
        evx_buf_free(&b);
        evx_unit_free(units[i]);
    }
}

Test(unit, round_trip_of_every_type)
{
    int i;

    for (i = 0; i < EVX_UNIT_TYPE_COUNT; i++) {
        evx_unit *u = NULL, *back = NULL;
        char *json;

        evx_unit_new(&u, (evx_unit_type)i);
        evx_unit_set(&u->id, "X/1", 3);
        json = to_json(u);
        cr_assert_eq(evx_unit_from_json(&back, json, strlen(json)), EVX_OK);
        cr_expect_eq((int)back->type, i);
        cr_expect_null(back->speaker);
        cr_expect_null(back->text);
        free(json);
        evx_unit_free(back);
        evx_unit_free(u);
    }
}

Test(unit, from_json_errors)
{
    const char *bad[] = {
        "",
        "not json",
        "[1,2]",
        "{\"type\":\"paragraph\"}",                 /* no id */
        "{\"id\":\"X/1\"}",                         /* no type */
        "{\"id\":\"X/1\",\"type\":\"chapter\"}",    /* unknown type */
        "{\"id\":7,\"type\":\"paragraph\"}",        /* id not a string */
        "{\"id\":\"X/1\",\"type\":\"paragraph\"",   /* truncated */
    };
    size_t i;

    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        evx_unit *u = (evx_unit *)1;
        cr_expect_eq(evx_unit_from_json(&u, bad[i], strlen(bad[i])), EVX_PARSE,
                     "accepted: %s", bad[i]);
        cr_expect_null(u);
    }
}

Test(unit, from_json_tolerates_wrong_field_types)
{
    const char *j = "{\"id\":\"X/1\",\"type\":\"footnote\",\"number\":\"12\","
                    "\"text\":5,\"footnotes\":[1,\"x\",1,2],\"speaker\":[],"
                    "\"page\":1e12,\"sources\":{}}";
    evx_unit *u = NULL;

    cr_assert_eq(evx_unit_from_json(&u, j, strlen(j)), EVX_OK);
    cr_expect_eq(u->number, 0);
    cr_expect_null(u->text);
    cr_expect_eq(u->n_footnotes, 2);
    cr_expect_null(u->speaker);
    cr_expect_eq(u->page, 2147483647);
    cr_expect_eq(u->n_sources, 0);
    evx_unit_free(u);
}

/* Only a string holds a number by chapter ("3.12"): a JSON number in
 * their range is no paragraph, or it would be written back as "999.99954"
 * and read again as another (found by fuzz_json). */
Test(unit, a_plain_number_in_the_range_by_chapter_reads_as_none)
{
    const char *j = "{\"id\":\"X/1\",\"type\":\"paragraph\","
                    "\"number\":99999954,\"para\":100000}";
    evx_unit *u = NULL, *back = NULL;

    cr_assert_eq(evx_unit_from_json(&u, j, strlen(j)), EVX_OK);
    cr_expect_eq(u->number, 0);
    cr_expect_eq(u->para, 0);
    char *json = to_json(u);
    cr_assert_eq(evx_unit_from_json(&back, json, strlen(json)), EVX_OK);
    char *again = to_json(back);
    cr_expect_str_eq(again, json);
    free(again);
    free(json);
    evx_unit_free(back);
    evx_unit_free(u);
}

Test(unit, clone_is_deep)
{
    evx_unit *u = full_unit(), *c = NULL;

    cr_assert_eq(evx_unit_clone(&c, u), EVX_OK);
    expect_same_unit(u, c);
    cr_assert_neq(c->id, u->id);
    cr_assert_neq(c->speaker, u->speaker);
    cr_assert_neq(c->speaker->name, u->speaker->name);
    cr_assert_neq(c->people, u->people);
    cr_assert_neq(c->sources[0].file, u->sources[0].file);
    cr_assert_neq(c->footnotes, u->footnotes);
    evx_unit_free(u); /* the clone must survive its original */
    cr_assert_str_eq(c->speaker->evidence, "footnote 226: Q361");
    cr_assert_str_eq(c->sources[1].rendering, "html-text");
    evx_unit_free(c);
}

Test(unit, clone_of_empty_unit)
{
    evx_unit *u = NULL, *c = NULL;

    evx_unit_new(&u, EVX_UNIT_BOX);
    cr_assert_eq(evx_unit_clone(&c, u), EVX_OK);
    cr_assert_eq(c->type, EVX_UNIT_BOX);
    cr_assert_null(c->id);
    cr_assert_null(c->footnotes);
    cr_assert_null(c->speaker);
    evx_unit_free(c);
    evx_unit_free(u);
}

Test(unit, set_replaces_and_clears)
{
    char *field = NULL;

    cr_assert_eq(evx_unit_set(&field, "abcdef", 3), EVX_OK);
    cr_assert_str_eq(field, "abc");
    cr_assert_eq(evx_unit_set(&field, "xyz", 3), EVX_OK);
    cr_assert_str_eq(field, "xyz");
    cr_assert_eq(evx_unit_set(&field, NULL, 0), EVX_OK);
    cr_assert_null(field);
}

Test(unit, footnotes_are_not_repeated)
{
    evx_unit *u = NULL;

    evx_unit_new(&u, EVX_UNIT_PARAGRAPH);
    evx_unit_add_footnote(u, 5);
    evx_unit_add_footnote(u, 2);
    evx_unit_add_footnote(u, 5);
    cr_assert_eq(u->n_footnotes, 2);
    cr_assert_eq(u->footnotes[0], 5);
    cr_assert_eq(u->footnotes[1], 2);
    evx_unit_free(u);
}

Test(unit, speaker_defaults)
{
    evx_speaker *s = NULL;

    cr_assert_eq(evx_speaker_new(&s), EVX_OK);
    cr_assert_str_eq(s->kind, "unknown");
    cr_assert_str_eq(s->method, "none");
    cr_assert_null(s->name);
    cr_assert_null(s->evidence);
    evx_speaker_free(s);
    evx_speaker_free(NULL);
    evx_unit_free(NULL);
}

Test(unit, list_push_find_free)
{
    evx_units list = EVX_UNITS_INIT;
    char id[32];
    int i;

    for (i = 0; i < 100; i++) {
        evx_unit *u = NULL;
        evx_unit_new(&u, EVX_UNIT_FOOTNOTE);
        snprintf(id, sizeof id, "HC650/fn%d", i + 1);
        evx_unit_set(&u->id, id, strlen(id));
        u->number = i + 1;
        cr_assert_eq(evx_units_push(&list, u), EVX_OK);
    }
    cr_assert_eq(list.len, 100);
    cr_assert_eq(evx_units_find(&list, "HC650/fn37")->number, 37);
    cr_assert_null(evx_units_find(&list, "HC650/fn101"));
    cr_assert_null(evx_units_find(&list, NULL));
    evx_units_free(&list);
    cr_assert_eq(list.len, 0);
    cr_assert_null(list.items);
    evx_units_free(&list);
}

/* A slug id already given in the list gets -2, -3; the first stays. */
Test(unit, unique_id_suffixes_a_repeated_slug)
{
    evx_units l = EVX_UNITS_INIT;
    evx_buf id = EVX_BUF_INIT;
    const char *ids[] = {"HC1/box/funding", "HC1/box/funding-2", "HC1/p1"};
    for (size_t i = 0; i < 3; i++) {
        evx_unit *u = NULL;
        cr_assert_eq(evx_unit_new(&u, EVX_UNIT_BOX), EVX_OK);
        cr_assert_eq(evx_unit_set(&u->id, ids[i], strlen(ids[i])), EVX_OK);
        cr_assert_eq(evx_units_push(&l, u), EVX_OK);
    }
    evx_buf_puts(&id, "HC1/box/funding");
    cr_assert_eq(evx_units_unique_id(&l, &id), EVX_OK);
    cr_expect_str_eq(evx_buf_str(&id), "HC1/box/funding-3");
    evx_buf_clear(&id);
    evx_buf_puts(&id, "HC1/box/costs");
    cr_assert_eq(evx_units_unique_id(&l, &id), EVX_OK);
    cr_expect_str_eq(evx_buf_str(&id), "HC1/box/costs");

    /* in order of id, units sharing one in list order */
    evx_unit *again = NULL;
    cr_assert_eq(evx_unit_new(&again, EVX_UNIT_BOX), EVX_OK);
    cr_assert_eq(evx_unit_set(&again->id, "HC1/box/funding", 15), EVX_OK);
    cr_assert_eq(evx_units_push(&l, again), EVX_OK);
    size_t *order = NULL;
    cr_assert_eq(evx_units_order_by_id(&l, &order), EVX_OK);
    const size_t want[] = {0, 3, 1, 2};
    for (size_t i = 0; i < 4; i++)
        cr_expect_eq(order[i], want[i], "place %zu: %zu", i, order[i]);
    free(order);
    evx_buf_free(&id);
    evx_units_free(&l);
}
