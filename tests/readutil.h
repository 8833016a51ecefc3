/*
 * readutil.h - one pdf-text or web-text file read into attributed units the way the
 * pipeline makes them (read, merge, footnote links, attribution), for the
 * tests that compare a report's units with a truth or with another
 * extraction.  Header only, included after <criterion/criterion.h>.
 */
#ifndef EVX_READUTIL_H
#define EVX_READUTIL_H

#include "attrib.h"
#include "merge.h"
#include "pdftext.h"
#include "source.h"
#include "testutil.h"
#include "tok.h"
#include "webtext.h"

/* Appends the units of the file at path (named `name` in units and
 * messages), read as pdf-text, or as web-text if `web`, for report id
 * `report` to units; fails the test on error. */
static inline void tu_read_units_as(evx_units *units, const char *path,
                                    const char *name, const char *report,
                                    int web)
{
    evx_text *t = NULL;
    evx_diag *d = NULL;
    evx_tok *tok = NULL;
    evx_registry *reg = NULL;
    evx_units none = EVX_UNITS_INIT;

    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    cr_assert_eq(evx_text_load(&t, path, name, d), EVX_OK, "cannot load %s",
                 path);
    cr_assert_eq(web ? evx_webtext_parse(units, t, report, d)
                     : evx_pdftext_parse(units, t, report, d),
                 EVX_OK, "%s", path);
    /* one rendering only: the merge has nothing to add, but is the step
     * the pipeline runs */
    cr_assert_eq(evx_merge_units(units, &none, d), EVX_OK);
    cr_assert_eq(evx_merge_link_footnotes(units, d), EVX_OK);
    cr_assert_eq(evx_registry_build(&reg, units, tok), EVX_OK);
    cr_assert_eq(evx_attrib_resolve(units, reg, tok, d), EVX_OK);
    evx_registry_free(reg);
    evx_tok_free(tok);
    evx_text_free(t);
    evx_diag_free(d);
}

/* tu_read_units_as for a pdf-text file. */
static inline void tu_read_units(evx_units *units, const char *path,
                                 const char *name, const char *report)
{
    tu_read_units_as(units, path, name, report, 0);
}

/* tu_read_units_as for text held in memory: saved as a file called name
 * in a folder of its own under /tmp, read, and removed (mkdtemp: the
 * including file asks for POSIX 2008). */
static inline void tu_read_text_as(evx_units *units, const char *text,
                                   const char *name, const char *report,
                                   int web)
{
    char dir[] = "/tmp/evx_text_XXXXXX", path[96];

    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
    tu_read_units_as(units, path, name, report, web);
    tu_rm_tree(dir);
}

#endif /* EVX_READUTIL_H */
