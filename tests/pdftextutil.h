/*
 * pdftextutil.h - the pdf-text reader tests' fixture: HC 650's dump or a
 * crafted fragment parsed and linked the way the pipeline does, and the
 * checks on its units.  Header only, included after <criterion/criterion.h>.
 */
#ifndef EVX_PDFTEXTUTIL_H
#define EVX_PDFTEXTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "fnlink.h"
#include "pdf_back.h"
#include "pdftext.h"
#include "source.h"
#include "unit.h"


#define CORPUS_PDF "corpus/000_d8babf2c1c9efa17.txt"

typedef struct parsed {
    evx_units units;
    evx_diag *diag;
    evx_text *text;
    evx_status st;
} parsed;

static inline void parsed_free(parsed *p)
{
    evx_units_free(&p->units);
    evx_text_free(p->text);
    evx_diag_free(p->diag);
}

static inline char *corpus_path(void)
{
    const char *dir = getenv("EVX_SOURCE_DIR");
    if (!dir)
        dir = EVX_SOURCE_DIR;
    size_t n = strlen(dir) + strlen(CORPUS_PDF) + 2;
    char *path = malloc(n);
    cr_assert_not_null(path);
    snprintf(path, n, "%s/%s", dir, CORPUS_PDF);
    return path;
}

static inline parsed parse_real(void)
{
    parsed p = {EVX_UNITS_INIT, NULL, NULL, EVX_OK};
    cr_assert_eq(evx_diag_new(&p.diag), EVX_OK);
    char *path = corpus_path();
    cr_assert_eq(evx_text_load(&p.text, path, CORPUS_PDF, p.diag), EVX_OK);
    free(path);
    p.st = evx_pdftext_parse(&p.units, p.text, "HC 650", p.diag);
    cr_assert_eq(p.st, EVX_OK);
    /* footnotes are linked by the structure layer, after any merge */
    cr_assert_eq(evx_fnlink(&p.units, 0, p.diag), EVX_OK);
    return p;
}

static inline parsed parse_mem(const char *s, size_t len)
{
    parsed p = {EVX_UNITS_INIT, NULL, NULL, EVX_OK};
    cr_assert_eq(evx_diag_new(&p.diag), EVX_OK);
    p.st = evx_text_from_memory(&p.text, "corpus/t.txt", s, len, p.diag);
    if (p.st == EVX_OK)
        p.st = evx_pdftext_parse(&p.units, p.text, "HC 1", p.diag);
    if (p.st == EVX_OK)
        p.st = evx_fnlink(&p.units, 0, p.diag);
    return p;
}

static inline parsed parse_str(const char *s)
{
    return parse_mem(s, strlen(s));
}

static inline const evx_unit *get(const parsed *p, const char *id)
{
    const evx_unit *u = evx_units_find(&p->units, id);
    cr_assert_not_null(u, "no unit %s", id);
    return u;
}

static inline int cites(const evx_unit *u, int fn)
{
    for (size_t i = 0; i < u->n_footnotes; i++)
        if (u->footnotes[i] == fn)
            return 1;
    return 0;
}

static inline size_t count_type(const parsed *p, evx_unit_type t)
{
    size_t n = 0;
    for (size_t i = 0; i < p->units.len; i++)
        n += p->units.items[i]->type == t;
    return n;
}

static inline int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static inline int diag_has(const parsed *p, evx_diag_level level, const char *needle)
{
    for (size_t i = 0; i < evx_diag_len(p->diag); i++) {
        evx_diag_level l;
        const char *file, *text;
        long line;
        evx_diag_get(p->diag, i, &l, &file, &line, &text);
        if (l == level && strstr(text, needle))
            return 1;
    }
    return 0;
}


#endif
