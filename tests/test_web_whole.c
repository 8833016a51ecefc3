/*
 * test_web_whole.c - a whole report's web pages, read as one file.
 *
 * A web edition is published a chapter a page, each page with its title
 * line, its chapter heading ("9Oversight …"), its section headings, its
 * numbered paragraphs one a line with their markers glued, its block
 * quotations, and its footnote list at its end.  Saved page after page
 * into one file, the web-text reader must still place every paragraph in
 * its chapter and section and read each list, as saved and as other tools
 * write it (re-wrapped, Pandoc's Markdown or plain output).  The pages are
 * written here
 * from each bundled PDF dump's own reading (its units), so the two
 * readings can be compared: every paragraph in the same chapter and
 * section, and every footnote body the dump has read again with its text
 * (HC 650's dump lost whole runs of bodies, so its lists have gaps of up
 * to 25 numbers; after a gap of more than 5 the rest of a list may be left
 * unplaced, with a warning each).
 */
#define _XOPEN_SOURCE 700 /* mkdtemp */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "readutil.h"
#include "testutil.h"
#include "variants.h"

/* Footnote numbers a page cites, in order, without repeats. */
typedef struct notes {
    int n[1024];
    size_t len;
} notes;

static void cite(notes *ns, const evx_unit *u)
{
    for (size_t k = 0; k < u->n_footnotes; k++) {
        size_t i = 0;
        while (i < ns->len && ns->n[i] != u->footnotes[k])
            i++;
        if (i == ns->len && ns->len < 1024)
            ns->n[ns->len++] = u->footnotes[k];
    }
}

static int int_cmp(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

/* u's text with its markers glued after its last sentences, one each
 * ("… late.2"), as a web page prints them; markers beyond its sentences
 * are left out. */
static void put_marked(evx_buf *out, const evx_unit *u)
{
    const char *t = u->text;
    size_t n = strlen(t), ends[256], k = 0;

    for (size_t i = 0; i + 2 < n && k < 255; i++)
        if (strchr(".?!", t[i]) && t[i + 1] == ' ' && t[i + 2] >= 'A' &&
            t[i + 2] <= 'Z')
            ends[k++] = i + 1;
    ends[k++] = n;
    size_t m = u->n_footnotes < k ? u->n_footnotes : k, from = 0;
    for (size_t j = 0; j < k; j++) {
        evx_buf_append(out, t + from, ends[j] - from);
        from = ends[j];
        if (j >= k - m)
            evx_buf_printf(out, "%d", u->footnotes[j - (k - m)]);
    }
}

static void put_notes(evx_buf *out, notes *ns, const evx_units *units)
{
    qsort(ns->n, ns->len, sizeof *ns->n, int_cmp);
    for (size_t i = 0; i < ns->len; i++)
        for (size_t k = 0; k < units->len; k++) {
            const evx_unit *f = units->items[k];
            if (f->type == EVX_UNIT_FOOTNOTE && f->number == ns->n[i]) {
                evx_buf_printf(out, "%d %s\n\n", f->number, f->text);
                break;
            }
        }
    ns->len = 0;
}

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* The back matter's pages: the conclusions and recommendations, each
 * ending "(Paragraph N)"; the witnesses under their session dates; the
 * published written evidence, each entry without its number, as a copy
 * of the page's numbered list leaves it. */
static void put_back(evx_buf *out, const evx_units *units, const char *title)
{
    const char *date = NULL;

    evx_buf_printf(out, "%s Contents\n\nConclusions and recommendations\n\n",
                   title);
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *r = units->items[i];
        if (r->type == EVX_UNIT_RECOMMENDATION)
            evx_buf_printf(out, "%d.%s (Paragraph %d)\n\n", r->number,
                           r->text, r->para);
    }
    evx_buf_printf(out, "%s Contents\n\nWitnesses\n\nThe following witnesses "
                   "gave evidence.\n\n", title);
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *w = units->items[i];
        if (w->type != EVX_UNIT_WITNESS)
            continue;
        if (w->date && !same(w->date, date))
            evx_buf_printf(out, "Tuesday %s\n\n", w->date);
        date = w->date;
        evx_buf_printf(out, "%s\n\n", w->text);
    }
    evx_buf_printf(out, "%s Contents\n\nPublished written evidence\n\nThe "
                   "following written evidence was received.\n\n", title);
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *e = units->items[i];
        if (e->type == EVX_UNIT_EVIDENCE)
            evx_buf_printf(out, "%s (%s)\n\n", e->title, e->code);
    }
}

/* The web pages of the report the units were read from, chapter by
 * chapter, then its back matter. */
static char *pages(const evx_units *units, const char *title)
{
    evx_buf out = EVX_BUF_INIT;
    notes ns = {{0}, 0};
    int chapter = -1;
    const char *section = NULL;

    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *p = units->items[i];
        if (p->type != EVX_UNIT_PARAGRAPH || p->chapter < 1)
            continue;
        if (p->chapter != chapter) {
            put_notes(&out, &ns, units);
            evx_buf_printf(&out, "%s Contents\n\n%d%s\n\n", title, p->chapter,
                           p->chapter_title);
            chapter = p->chapter;
            section = NULL;
        }
        if (p->section && !same(p->section, section))
            evx_buf_printf(&out, "%s\n\n", p->section);
        section = p->section;
        evx_buf_printf(&out, "%d.", p->number);
        put_marked(&out, p);
        evx_buf_puts(&out, "\n\n");
        cite(&ns, p);
        for (size_t k = 0; k < units->len; k++) {
            const evx_unit *q = units->items[k];
            if (q->type == EVX_UNIT_QUOTATION && !q->is_inline &&
                same(q->parent, p->id)) {
                put_marked(&out, q);
                evx_buf_puts(&out, "\n\n");
                cite(&ns, q);
            }
        }
    }
    put_notes(&out, &ns, units);
    put_back(&out, units, title);
    cr_assert_eq(evx_buf_status(&out), EVX_OK);
    return evx_buf_detach(&out);
}

/* The pages as given, or as another tool wrote them (variants.h). */
typedef struct form form;

/* A unit of the back matter read again: the paragraph a recommendation
 * names and its text, a panel's date, question range and witnesses, an
 * evidence entry's number, submitter and code. */
static void back_agrees(const evx_unit *u, const evx_unit *v, const form *f);

struct form {
    const char *name;
    char *(*make)(const char *, size_t, int); /* NULL: as given */
    int width;
};

static void back_agrees(const evx_unit *u, const evx_unit *v, const form *f)
{
    cr_expect_not_null(v, "%s %d: %s not read", f->name, f->width, u->id);
    if (!v)
        return;
    cr_expect_eq(v->number, u->number, "%s", u->id);
    if (u->type == EVX_UNIT_RECOMMENDATION) {
        cr_expect_eq(v->para, u->para, "%s", u->id);
        cr_expect_str_eq(v->text, u->text, "%s", u->id);
    } else if (u->type == EVX_UNIT_WITNESS) {
        cr_expect(same(v->date, u->date), "%s %d: %s: %s", f->name, f->width,
                  u->id, v->date ? v->date : "(none)");
        cr_expect_eq(v->q_first, u->q_first, "%s", u->id);
        cr_expect_eq(v->q_last, u->q_last, "%s", u->id);
        cr_expect_eq(v->n_people, u->n_people, "%s", u->id);
    } else {
        cr_expect(same(v->title, u->title), "%s %d: %s: %s", f->name, f->width,
                  u->id, v->title ? v->title : "(none)");
        cr_expect(same(v->code, u->code), "%s", u->id);
    }
}

/* Reads the pages `made` (of the report read into pdf) in form f as
 * web-text; expects every paragraph in the same chapter and section, and
 * every footnote body read again unless a list stopped at a gap of more
 * than 5 numbers. */
static void pages_agree(const evx_units *pdf, const char *made,
                        const char *report, const char *dir, const form *f)
{
    char out[600];
    evx_units web = EVX_UNITS_INIT;
    size_t paras = 0, notes_read = 0, notes_gap = 0;
    int last_note = 0, in_gap = 0;
    char *text = f->make ? f->make(made, strlen(made), f->width) : NULL;
    const char *t = text ? text : made;

    snprintf(out, sizeof out, "%s/%s-%d.txt", dir, f->name, f->width);
    cr_assert_eq(evx_variant_write(out, t, strlen(t)), 0);
    tu_read_units_as(&web, out, "web.txt", report, 1);
    for (size_t i = 0; i < pdf->len; i++) {
        const evx_unit *u = pdf->items[i];
        if (u->type == EVX_UNIT_PARAGRAPH && u->chapter >= 1) {
            const evx_unit *v = evx_units_find(&web, u->id);
            cr_expect_not_null(v, "%s %d: %s not read", f->name, f->width, u->id);
            paras++;
            if (v) {
                cr_expect_eq(v->chapter, u->chapter, "%s", u->id);
                cr_expect(same(v->chapter_title, u->chapter_title),
                          "%s %d: %s: chapter %s", f->name, f->width, u->id,
                          v->chapter_title ? v->chapter_title : "(none)");
                cr_expect(same(v->section, u->section), "%s %d: %s: section %s, not %s",
                          f->name, f->width, u->id,
                          v->section ? v->section : "(none)",
                          u->section ? u->section : "(none)");
            }
        }
        if (u->type == EVX_UNIT_RECOMMENDATION ||
            u->type == EVX_UNIT_WITNESS || u->type == EVX_UNIT_EVIDENCE)
            back_agrees(u, evx_units_find(&web, u->id), f);
        if (u->type == EVX_UNIT_FOOTNOTE && strstr(made, u->text)) {
            const evx_unit *v = evx_units_find(&web, u->id);
            /* after a gap of more than 5, a list may stop until the next
             * chapter's: its bodies are then warned as unplaced */
            in_gap = v ? 0 : in_gap || u->number - last_note > 5;
            last_note = u->number;
            if (in_gap) {
                notes_gap++;
                continue;
            }
            cr_expect_not_null(v, "%s %d: footnote %s not read", f->name,
                               f->width, u->id);
            if (v)
                cr_expect_str_eq(v->text, u->text, "%s %d: %s", f->name, f->width, u->id);
            notes_read++;
        }
    }
    cr_expect_gt(paras, 50);
    cr_expect_gt(notes_read, 80, "%zu footnote bodies read, %zu after gaps",
                 notes_read, notes_gap);
    free(text);
    evx_units_free(&web);
}

static char *no_blank_lines(const char *text, size_t len, int width)
{
    (void)width;
    return evx_variant_no_blank_lines(text, len);
}

/* Reads `file` as pdf-text, writes its web pages, and reads them as
 * given, hard-wrapped at 40 to 160 columns, in Pandoc's Markdown (its own
 * notes, or the page's links, from 60 columns: narrower, a link line
 * wraps between a note's number and a name that starts with a number),
 * in Pandoc's plain output, and copied with no blank lines (a block a
 * line). */
static void whole_web_agrees(const char *file, const char *report,
                             const char *title)
{
    static const form forms[] = {
        {"given", NULL, 0},
        {"rewrap", evx_variant_rewrap, 40},
        {"rewrap", evx_variant_rewrap, 55},
        {"rewrap", evx_variant_rewrap, 72},
        {"rewrap", evx_variant_rewrap, 100},
        {"rewrap", evx_variant_rewrap, 160},
        {"markdown", evx_variant_markdown, 40},
        {"markdown", evx_variant_markdown, 72},
        {"markdown-links", evx_variant_markdown_html, 60},
        {"markdown-links", evx_variant_markdown_html, 100},
        {"plain-raised", evx_variant_plain_raised, 55},
        {"plain-raised", evx_variant_plain_raised, 85},
        {"no-blank-lines", no_blank_lines, 0},
    };
    char dir[] = "/tmp/evx_xwhole_XXXXXX", path[512];
    evx_units pdf = EVX_UNITS_INIT;

    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, file);
    tu_read_units_as(&pdf, path, "report.txt", report, 0);
    char *made = pages(&pdf, title);
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
        pages_agree(&pdf, made, report, dir, &forms[k]);
    free(made);
    evx_units_free(&pdf);
    tu_rm_tree(dir);
}

Test(web_whole, hc179s_pages_read_as_one_file)
{
    whole_web_agrees("corpus/hc179-microplastics.txt", "HC 179",
                     "Environmental impact of microplastics");
}

Test(web_whole, hc650s_pages_read_as_one_file)
{
    whole_web_agrees("corpus/000_d8babf2c1c9efa17.txt", "HC 650",
                     "Integrated care: organisations, partnerships and systems");
}
