/*
 * test_hc179.c - the second bundled report, HC 179 (Environmental impact of
 * microplastics, corpus/hc179-microplastics.txt), against a ground truth
 * made by reading its text: tests/fixtures/hc179_truth.tsv (every numbered
 * paragraph with its first words, chapter and section; every footnote body's
 * start; each recommendation's paragraph; the witness panels; the written
 * evidence list) and tests/fixtures/attribution_hc179.tsv (who said each of
 * a labelled set of quotations).  The units are built as the indexer builds
 * them: pdf-text reader, merge, footnote links, registry and attribution.
 * Each test prints its tally ("paragraphs: 73/73") to stderr.
 */
#define _XOPEN_SOURCE 700 /* strdup, strtok_r; nftw (testutil.h) */

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readutil.h"
#include "attrib.h"
#include "diag.h"
#include "merge.h"
#include "pdftext.h"
#include "source.h"
#include "tok.h"
#include "unit.h"
#include "testutil.h"

#define HC179_FILE "corpus/hc179-microplastics.txt"
#define HC179_REPORT "HC 179"
#define TRUTH_FILE "tests/fixtures/hc179_truth.tsv"
#define ATTRIB_FILE "tests/fixtures/attribution_hc179.tsv"
#define MAX_COLS 8

/* ---- building the units ---------------------------------------------------- */

static void build_units(evx_units *units)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, HC179_FILE);
    tu_read_units(units, path, HC179_FILE, HC179_REPORT);
}

/* ---- reading the fixtures ---------------------------------------------------- */

/* Calls row(cols, n, ctx) for each data line of the fixture rel (comments
 * and blank lines skipped) whose first column is kind, or for every data
 * line when kind is NULL.  Returns the number of rows passed. */
static size_t each_row(const char *rel, const char *kind,
                       void (*row)(char **cols, size_t n, void *ctx),
                       void *ctx)
{
    char path[1024], line[4096];
    size_t rows = 0;
    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, rel);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "cannot open %s", path);
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        char *cols[MAX_COLS];
        size_t n = tu_split_tsv(line, cols, MAX_COLS);
        if (kind && strcmp(cols[0], kind) != 0)
            continue;
        rows++;
        row(cols, n, ctx);
    }
    fclose(f);
    return rows;
}

/* ---- comparing text ---------------------------------------------------------- */

/* A malloc'd copy of s with every run of white space made one space and
 * none at either end (line joins may differ). */
static char *squeezed(const char *s)
{
    char *out = malloc(strlen(s) + 1), *w = out;
    cr_assert_not_null(out);
    for (; *s; s++) {
        int space = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r';
        if (!space)
            *w++ = *s;
        else if (w > out && w[-1] != ' ')
            *w++ = ' ';
    }
    while (w > out && w[-1] == ' ')
        w--;
    *w = '\0';
    return out;
}

/* 1 if text opens with the words want, exactly as printed, followed by
 * the end or a space. */
static int opens_with(const char *text, const char *want)
{
    if (!text)
        return 0;
    char *t = squeezed(text);
    size_t n = strlen(want);
    int ok = strncmp(t, want, n) == 0 && (t[n] == '\0' || t[n] == ' ');
    free(t);
    return ok;
}

/* The opening of text, for messages: a static buffer. */
static const char *opening(const char *text)
{
    static char buf[96];
    if (!text)
        return "(no text)";
    char *t = squeezed(text);
    snprintf(buf, sizeof buf, "%s", t);
    free(t);
    return buf;
}

static int same_str(const char *have, const char *want)
{
    if (!want || !*want)
        return !have || !*have;
    if (!have)
        return 0;
    char *h = squeezed(have);
    int same = strcmp(h, want) == 0;
    free(h);
    return same;
}

static const char *or_none(const char *s)
{
    return s ? s : "(none)";
}

/* ---- looking units up -------------------------------------------------------- */

static size_t count_type(const evx_units *l, evx_unit_type type)
{
    size_t n = 0;
    for (size_t i = 0; i < l->len; i++)
        n += l->items[i]->type == type;
    return n;
}

/* The units of this type and number: the first through *out, the count
 * returned (more than one is a fault of its own). */
static size_t find_numbered(const evx_units *l, evx_unit_type type, int number,
                            const evx_unit **out)
{
    size_t n = 0;
    *out = NULL;
    for (size_t i = 0; i < l->len; i++) {
        const evx_unit *u = l->items[i];
        if (u->type != type || u->number != number)
            continue;
        if (!n)
            *out = u;
        n++;
    }
    return n;
}

/* Looks up the one unit of type and number, failing the row (expect, so
 * that every row is reported) when there is none or more than one. */
static const evx_unit *one_numbered(const evx_units *l, evx_unit_type type,
                                    int number)
{
    const evx_unit *u = NULL;
    size_t n = find_numbered(l, type, number, &u);
    cr_expect_eq(n, 1, "%s %d: %zu units, want 1", evx_unit_type_name(type),
                 number, n);
    return u;
}

/* ---- the truth file ------------------------------------------------------------ */

typedef struct check {
    const evx_units *units;
    char *chapter_title[8]; /* chapter rows, by number */
    size_t rows, right;
    size_t openings; /* footnotes: bodies that open right; panels:
                        numbered right */
} check;

static void chapter_row(char **c, size_t n, void *ctx)
{
    check *k = ctx;
    int num = atoi(c[1]);
    cr_assert(n >= 3 && num > 0 && num < 8, "bad chapter row");
    k->chapter_title[num] = strdup(c[2]);
}

static void load_chapters(check *k)
{
    memset(k->chapter_title, 0, sizeof k->chapter_title);
    each_row(TRUTH_FILE, "chapter", chapter_row, k);
}

static void free_chapters(check *k)
{
    for (size_t i = 0; i < 8; i++)
        free(k->chapter_title[i]);
}

/* para N chapter first-five-words section */
static void para_row(char **c, size_t n, void *ctx)
{
    check *k = ctx;
    cr_assert_geq(n, 4, "bad para row");
    int num = atoi(c[1]), chapter = atoi(c[2]);
    const char *words = c[3], *section = n > 4 ? c[4] : "";
    const char *title = chapter > 0 && chapter < 8 ? k->chapter_title[chapter]
                                                   : NULL;
    k->rows++;
    const evx_unit *u = one_numbered(k->units, EVX_UNIT_PARAGRAPH, num);
    if (!u)
        return;
    int words_ok = opens_with(u->text, words);
    int chapter_ok = u->chapter == chapter && same_str(u->chapter_title, title);
    int section_ok = same_str(u->section, section);
    cr_expect(words_ok, "paragraph %d: want \"%s\", text opens \"%s\"", num,
              words, opening(u->text));
    cr_expect(chapter_ok, "paragraph %d: want chapter %d \"%s\", got %d \"%s\"",
              num, chapter, or_none(title), u->chapter,
              or_none(u->chapter_title));
    cr_expect(section_ok, "paragraph %d: want section \"%s\", got \"%s\"", num,
              section, or_none(u->section));
    k->right += words_ok && chapter_ok && section_ok;
}

Test(hc179, paragraphs, .timeout = 300)
{
    evx_units units = EVX_UNITS_INIT;
    build_units(&units);
    check k = {.units = &units};
    load_chapters(&k);
    each_row(TRUTH_FILE, "para", para_row, &k);
    cr_expect_eq(k.rows, 73, "the truth lists paragraphs 1-73");
    size_t have = count_type(&units, EVX_UNIT_PARAGRAPH);
    cr_expect_eq(have, 73, "%zu paragraph units, want 73", have);
    fprintf(stderr, "paragraphs: %zu/%zu\n", k.right, k.rows);
    free_chapters(&k);
    evx_units_free(&units);
}

/* footnote N first-four-words whole-body */
static void footnote_row(char **c, size_t n, void *ctx)
{
    check *k = ctx;
    cr_assert_geq(n, 4, "bad footnote row");
    int num = atoi(c[1]);
    k->rows++;
    const evx_unit *u = one_numbered(k->units, EVX_UNIT_FOOTNOTE, num);
    if (!u)
        return;
    int opens = opens_with(u->text, c[2]);
    /* the whole body: a body running on into the next footnotes is wrong
     * even when it opens right */
    int whole = same_str(u->text, c[3]);
    cr_expect(opens, "footnote %d: want \"%s\", body opens \"%s\"", num, c[2],
              opening(u->text));
    cr_expect(!opens || whole, "footnote %d: want body \"%s\", got \"%s\"",
              num, c[3], or_none(u->text));
    k->openings += opens;
    k->right += opens && whole;
}

Test(hc179, footnotes, .timeout = 300)
{
    evx_units units = EVX_UNITS_INIT;
    build_units(&units);
    check k = {.units = &units};
    each_row(TRUTH_FILE, "footnote", footnote_row, &k);
    cr_expect_eq(k.rows, 207, "the truth lists footnotes 1-207");
    size_t have = count_type(&units, EVX_UNIT_FOOTNOTE);
    cr_expect_eq(have, 207, "%zu footnote units, want 207", have);
    fprintf(stderr, "footnotes: %zu/%zu (openings right: %zu)\n", k.right,
            k.rows, k.openings);
    evx_units_free(&units);
}

/* rec N paragraph first-four-words */
static void rec_row(char **c, size_t n, void *ctx)
{
    check *k = ctx;
    cr_assert_geq(n, 4, "bad rec row");
    int num = atoi(c[1]), para = atoi(c[2]);
    char pid[64];
    snprintf(pid, sizeof pid, "HC179/p%d", para);
    k->rows++;
    const evx_unit *u = one_numbered(k->units, EVX_UNIT_RECOMMENDATION, num);
    if (!u)
        return;
    int para_ok = u->para == para && same_str(u->parent, pid);
    int words_ok = opens_with(u->text, c[3]);
    cr_expect(para_ok, "recommendation %d: want paragraph %d (%s), got %d (%s)",
              num, para, pid, u->para, or_none(u->parent));
    cr_expect(words_ok, "recommendation %d: want \"%s\", text opens \"%s\"",
              num, c[3], opening(u->text));
    k->right += para_ok && words_ok;
}

Test(hc179, recommendations, .timeout = 300)
{
    evx_units units = EVX_UNITS_INIT;
    build_units(&units);
    check k = {.units = &units};
    each_row(TRUTH_FILE, "rec", rec_row, &k);
    cr_expect_eq(k.rows, 14);
    size_t have = count_type(&units, EVX_UNIT_RECOMMENDATION);
    cr_expect_eq(have, 14, "%zu recommendation units, want 14", have);
    fprintf(stderr, "recommendations: %zu/%zu\n", k.right, k.rows);
    evx_units_free(&units);
}

/* 1 if the panel's people are the names in want ("A; B; C"), in order;
 * writes what it has into got for the message. */
static int same_people(const evx_unit *u, const char *want, char *got,
                       size_t cap)
{
    char *names = strdup(want), *save = NULL;
    size_t i = 0;
    int ok = 1;
    got[0] = '\0';
    for (size_t j = 0; j < u->n_people; j++) {
        size_t len = strlen(got);
        snprintf(got + len, cap - len, "%s%s", j ? "; " : "",
                 or_none(u->people[j].name));
    }
    for (char *s = strtok_r(names, ";", &save); s;
         s = strtok_r(NULL, ";", &save), i++) {
        while (*s == ' ')
            s++;
        ok = ok && i < u->n_people && same_str(u->people[i].name, s);
    }
    free(names);
    return ok && i == u->n_people;
}

/* The witness panel whose questions begin at q_first: the range is what
 * identifies a panel in the report's citations. */
static const evx_unit *panel_from(const evx_units *l, int q_first)
{
    for (size_t i = 0; i < l->len; i++) {
        const evx_unit *u = l->items[i];
        if (u->type == EVX_UNIT_WITNESS && u->q_first == q_first)
            return u;
    }
    return NULL;
}

/* panel N date first-Q last-Q names */
static void panel_row(char **c, size_t n, void *ctx)
{
    check *k = ctx;
    cr_assert_geq(n, 6, "bad panel row");
    int num = atoi(c[1]), qf = atoi(c[3]), ql = atoi(c[4]);
    char got[1024];
    k->rows++;
    const evx_unit *u = panel_from(k->units, qf);
    cr_expect_not_null(u, "panel %d (%s): no panel begins at Q%d", num, c[2],
                       qf);
    if (!u)
        return;
    int date_ok = same_str(u->date, c[2]);
    int q_ok = u->q_last == ql;
    int people_ok = same_people(u, c[5], got, sizeof got);
    cr_expect(date_ok, "panel Q%d: want date \"%s\", got \"%s\"", qf, c[2],
              or_none(u->date));
    cr_expect(q_ok, "panel Q%d: want Q%d-%d, got Q%d-%d", qf, qf, ql,
              u->q_first, u->q_last);
    cr_expect(people_ok, "panel Q%d: want \"%s\", got \"%s\"", qf, c[5], got);
    /* its place in the list is its number (and id) */
    cr_expect_eq(u->number, num, "panel Q%d-%d: want number %d, got %d (%s)",
                 qf, ql, num, u->number, u->id);
    k->openings += u->number == num;
    k->right += date_ok && q_ok && people_ok;
}

Test(hc179, witness_panels, .timeout = 300)
{
    evx_units units = EVX_UNITS_INIT;
    build_units(&units);
    check k = {.units = &units};
    each_row(TRUTH_FILE, "panel", panel_row, &k);
    cr_expect_eq(k.rows, 6);
    size_t have = count_type(&units, EVX_UNIT_WITNESS);
    cr_expect_eq(have, 6, "%zu witness units, want 6", have);
    fprintf(stderr, "panels: %zu/%zu (numbered right: %zu)\n", k.right, k.rows,
            k.openings);
    evx_units_free(&units);
}

/* evidence N submitter code */
static void evidence_row(char **c, size_t n, void *ctx)
{
    check *k = ctx;
    cr_assert_geq(n, 4, "bad evidence row");
    int num = atoi(c[1]);
    const evx_unit *u = NULL;
    k->rows++;
    for (size_t i = 0; i < k->units->len && !u; i++) {
        const evx_unit *v = k->units->items[i];
        if (v->type == EVX_UNIT_EVIDENCE && same_str(v->code, c[3]))
            u = v;
    }
    cr_expect_not_null(u, "evidence %d: no entry with code %s", num, c[3]);
    if (!u)
        return;
    int ok = u->number == num && same_str(u->title, c[2]);
    cr_expect(ok, "evidence %s: want %d \"%s\", got %d \"%s\"", c[3], num, c[2],
              u->number, or_none(u->title));
    k->right += ok;
}

Test(hc179, written_evidence, .timeout = 300)
{
    evx_units units = EVX_UNITS_INIT;
    build_units(&units);
    check k = {.units = &units};
    each_row(TRUTH_FILE, "evidence", evidence_row, &k);
    cr_expect_eq(k.rows, 49);
    size_t have = count_type(&units, EVX_UNIT_EVIDENCE);
    cr_expect_eq(have, 49, "%zu evidence units, want 49", have);
    fprintf(stderr, "written evidence: %zu/%zu\n", k.right, k.rows);
    evx_units_free(&units);
}

/* ---- the labelled attribution set ---------------------------------------------- */

static char *fold(const char *s)
{
    char *out = NULL;
    cr_assert_eq(evx_tok_fold(&out, s, strlen(s)), EVX_OK);
    char *sq = squeezed(out);
    free(out);
    return sq;
}

/* Skips spaces and quotation marks (folded to ASCII) opening s. */
static const char *skip_open(const char *s)
{
    while (*s == ' ' || *s == '"' || *s == '\'')
        s++;
    return s;
}

static int same_folded(const char *a, const char *b)
{
    if (!a || !*a || !b || !*b)
        return (!a || !*a) && (!b || !*b);
    char *fa = fold(a), *fb = fold(b);
    int same = strcmp(fa, fb) == 0;
    free(fa);
    free(fb);
    return same;
}

/* The quotation whose folded text begins with the folded fragment, in
 * paragraph para (any paragraph when para is 0). */
static const evx_unit *find_quote(const evx_units *l, int para,
                                  const char *frag)
{
    char *f = fold(frag);
    const char *fs = skip_open(f);
    const evx_unit *hit = NULL;
    for (size_t i = 0; i < l->len && !hit; i++) {
        const evx_unit *u = l->items[i];
        if (u->type != EVX_UNIT_QUOTATION || !u->text ||
            (para && u->para != para))
            continue;
        char *t = fold(u->text);
        if (strncmp(skip_open(t), fs, strlen(fs)) == 0)
            hit = u;
        free(t);
    }
    free(f);
    return hit;
}

/* para fragment speaker kind ref note */
static void attrib_row(char **c, size_t n, void *ctx)
{
    check *k = ctx;
    cr_assert_geq(n, 5, "bad attribution row");
    int para = atoi(c[0]);
    const char *note = n > 5 ? c[5] : "";
    k->rows++;
    const evx_unit *q = find_quote(k->units, para, c[1]);
    if (!q) {
        const evx_unit *elsewhere = find_quote(k->units, 0, c[1]);
        cr_expect_not_null(q, "paragraph %d: no quotation begins \"%s\"%s%s",
                           para, c[1], elsewhere ? "; one is in " : "",
                           elsewhere ? elsewhere->id : "");
        return;
    }
    cr_expect_not_null(q->speaker, "%s has no speaker", q->id);
    if (!q->speaker)
        return;
    const evx_speaker *s = q->speaker;
    int ok = same_folded(s->name, c[2]) && strcmp(s->kind, c[3]) == 0 &&
             same_folded(s->ref, c[4]);
    cr_expect(ok, "%s \"%s\" [%s]: want %s / %s / %s, got %s / %s / %s (%s: %s)",
              q->id, c[1], note, c[2], c[3], c[4], or_none(s->name), s->kind,
              or_none(s->ref), s->method, or_none(s->evidence));
    k->right += ok;
}

Test(hc179, labelled_attribution, .timeout = 300)
{
    evx_units units = EVX_UNITS_INIT;
    build_units(&units);
    check k = {.units = &units};
    each_row(ATTRIB_FILE, NULL, attrib_row, &k);
    cr_expect_geq(k.rows, 40, "the labelled set should have 40 rows or more");
    fprintf(stderr, "attribution: %zu/%zu\n", k.right, k.rows);
    evx_units_free(&units);
}

/* A lead-in that names a witness whose footnote cites a question of
 * another session (Dr van Sebille, 9 May, over Q91 of 24 May): the
 * quotation is his, as the text says, with the question the report
 * cites, but with no session date, which would pair the two. */
Test(hc179, a_question_of_another_session_gives_no_date, .timeout = 300)
{
    evx_units units = EVX_UNITS_INIT;
    build_units(&units);
    const evx_unit *q = find_quote(&units, 48, "A microbead ban is about");
    cr_assert_not_null(q);
    cr_assert_not_null(q->speaker);
    cr_expect_str_eq(q->speaker->name, "Dr Erik van Sebille");
    cr_expect_str_eq(q->speaker->ref, "Q91");
    cr_expect_null(q->speaker->date, "%s", q->speaker->date);
    evx_units_free(&units);
}
