/*
 * otherutil.h - the other-reports tests' fixture: a passage read as a web
 * edition or a pdf-text dump of report "HC 1", the way the pipeline reads
 * it, and the checks on its units.  Header only, included after
 * <criterion/criterion.h> and readutil.h.
 */
#ifndef EVX_OTHERUTIL_H
#define EVX_OTHERUTIL_H

#include <stdio.h>
#include <string.h>

#include "coverage.h"
#include "readutil.h"
#include "unit.h"

/* An invented report "HC 1" as pdftotext prints it: cover, contents, a
 * page of two paragraphs, then a page opening with the back matter's
 * list `heading` and its standard introduction `intro`; a string literal
 * whose "%s" is where the list's lines go (for snprintf). */
#define BACK_LIST_REPORT(heading, intro)                                      \
    "House of Commons\n\nTransport Committee\n\nRural bus services\n\nHC 1\n\n" \
    "\fContents\n\n"                                                         \
    "1 Introduction\n\n" heading "\n\n"                                       \
    "Rural bus services  2\n\n3\n\n"                                          \
    "\fRural bus services  3\n\n"                                             \
    "1 Introduction\n\n"                                                      \
    "1. Councils told us that the grant had fallen by a third since 2010. "   \
    "Operators said that\nfares no longer covered their costs.\n\n"           \
    "2. The Department said that the grant was fair and paid on time.\n\n"   \
    "\fRural bus services  4\n\n" heading "\n\n" intro "%s"

/* Reads text as a web edition (web) or a pdf-text dump of report "HC 1"
 * into units. */
static inline void read_as(evx_units *units, const char *text, int web)
{
    tu_read_text_as(units, text, web ? "web.txt" : "dump.txt", "HC 1", web);
}

/* Reads text as a web edition of report "HC 1" into units. */
static inline void read_web(evx_units *units, const char *text)
{
    read_as(units, text, 1);
}

static inline const evx_unit *unit(const evx_units *units, const char *id)
{
    const evx_unit *u = evx_units_find(units, id);
    cr_assert_not_null(u, "no unit %s", id);
    return u;
}

/* Reads text, held in memory, as the pdf-text reader alone reads a dump
 * of report "HC 1" (no merge, no attribution) into units: its messages
 * to diag (may be NULL); with cov, *cov becomes the text's coverage, which
 * the caller measures and frees. */
static inline void read_pdf_memory(evx_units *units, const char *text,
                                   evx_diag *diag, evx_coverage **cov)
{
    evx_text *t = NULL;
    cr_assert_eq(evx_text_from_memory(&t, "dump.txt", text, strlen(text), diag),
                 EVX_OK);
    if (cov)
        cr_assert_eq(evx_coverage_new(cov, t), EVX_OK);
    evx_read_opts o = {"HC 1", diag, cov ? *cov : NULL};
    cr_assert_eq(evx_pdftext_read(units, t, &o), EVX_OK);
    evx_text_free(t);
}

/* Reads tests/fixtures/name as a pdf-text dump of report into u. */
static inline void read_fixture(evx_units *u, const char *name,
                                const char *report)
{
    char path[512];
    snprintf(path, sizeof path, "%s/tests/fixtures/%s", EVX_SOURCE_DIR, name);
    tu_read_units(u, path, name, report);
}

/* The text of the repository's file rel (tests/fixtures/…, corpus/…),
 * its length to *len; malloc'd, the caller frees it. */
static inline char *source_file(const char *rel, size_t *len)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", EVX_SOURCE_DIR, rel);
    return tu_slurp(path, len, 1);
}

static inline int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* How base's units of the types in mask (bits 1 << type) came out in u:
 * *missing not there, *differ in another chapter or section or, with
 * text, with other text; *first the first of either's id. */
static inline void units_agree(const evx_units *base, const evx_units *u,
                               unsigned mask, int text, size_t *missing,
                               size_t *differ, const char **first)
{
    *missing = *differ = 0;
    *first = "";
    for (size_t i = 0; i < base->len; i++) {
        const evx_unit *b = base->items[i];
        if (!(mask & (1u << b->type)))
            continue;
        const evx_unit *v = evx_units_find(u, b->id);
        if (!v) {
            if ((*missing)++ == 0 && !*differ)
                *first = b->id;
        } else if ((b->chapter != v->chapter ||
                    !same_str(b->chapter_title, v->chapter_title) ||
                    !same_str(b->section, v->section) ||
                    (text && !same_str(b->text, v->text))) &&
                   (*differ)++ == 0 && !*missing) {
            *first = b->id;
        }
    }
}

/* How many of units' units are of type t. */
static inline size_t count_type(const evx_units *units, evx_unit_type t)
{
    size_t n = 0;
    for (size_t k = 0; k < units->len; k++)
        n += units->items[k]->type == t;
    return n;
}

/* Checks person i of witness panel w: each of name, role and org that is
 * not NULL. */
static inline void expect_person(const evx_unit *w, size_t i, const char *name,
                                 const char *role, const char *org)
{
    cr_assert_lt(i, w->n_people, "%s has %zu people", w->id, w->n_people);
    const evx_person *p = &w->people[i];
    const char *got[3] = {p->name, p->role, p->org}, *want[3] = {name, role, org};
    for (int k = 0; k < 3; k++)
        cr_expect(!want[k] || (got[k] && strcmp(got[k], want[k]) == 0),
                  "%s person %zu field %d: %s, not %s", w->id, i, k,
                  got[k] ? got[k] : "-", want[k]);
}

static inline void expect_speaker(const evx_units *units, const char *id,
                           const char *name)
{
    const evx_unit *q = unit(units, id);
    if (name)
        cr_expect(q->speaker && q->speaker->name &&
                      strcmp(q->speaker->name, name) == 0,
                  "%s: got %s (%s), not %s", id,
                  q->speaker ? q->speaker->name : "-",
                  q->speaker ? q->speaker->evidence : "-", name);
    else
        cr_expect(q->speaker && !q->speaker->name, "%s: got %s (%s)", id,
                  q->speaker ? q->speaker->name : "-",
                  q->speaker ? q->speaker->evidence : "-");
}

#endif /* EVX_OTHERUTIL_H */
