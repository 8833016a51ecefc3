/*
 * webutil.h - the web-text reader's tests' fixture: a text read by
 * evx_webtext_parse, footnotes linked as the structure layer links them,
 * with its units and messages.  Header only, included after
 * <criterion/criterion.h>.
 */
#ifndef EVX_WEBUTIL_H
#define EVX_WEBUTIL_H

#include <stdlib.h>
#include <string.h>

#include "coverage.h"
#include "diag.h"
#include "fnlink.h"
#include "source.h"
#include "unit.h"
#include "webtext.h"

#define WEB_NAME "corpus/004_1624677fcab3ee77.txt"

typedef struct fixture {
    evx_diag *diag;
    evx_text *text;
    evx_units units;
    evx_status st;
} fixture;

static inline void parse_file(fixture *f)
{
    memset(f, 0, sizeof *f);
    cr_assert_eq(evx_diag_new(&f->diag), EVX_OK);
    cr_assert_eq(evx_text_load(&f->text, EVX_SOURCE_DIR "/" WEB_NAME, WEB_NAME,
                               f->diag),
                 EVX_OK);
    f->st = evx_webtext_parse(&f->units, f->text, "HC 650", f->diag);
    if (f->st == EVX_OK) /* the structure layer links footnotes */
        f->st = evx_fnlink(&f->units, 0, NULL);
}

static inline void parse_str(fixture *f, const char *s)
{
    memset(f, 0, sizeof *f);
    cr_assert_eq(evx_diag_new(&f->diag), EVX_OK);
    cr_assert_eq(evx_text_from_memory(&f->text, "corpus/web.txt", s, strlen(s),
                                      f->diag),
                 EVX_OK);
    f->st = evx_webtext_parse(&f->units, f->text, "HC 1", f->diag);
    if (f->st == EVX_OK)
        f->st = evx_fnlink(&f->units, 0, NULL);
}

static inline void done(fixture *f)
{
    evx_units_free(&f->units);
    evx_text_free(f->text);
    evx_diag_free(f->diag);
}

static inline evx_unit *get(const fixture *f, const char *id)
{
    evx_unit *u = evx_units_find(&f->units, id);
    cr_assert_not_null(u, "no unit %s", id);
    return u;
}

static inline int ends_with(const char *s, const char *end)
{
    size_t n = strlen(s), k = strlen(end);
    return n >= k && strcmp(s + n - k, end) == 0;
}

static inline size_t count_diag(const evx_diag *d, evx_diag_level level,
                         const char *needle, long line)
{
    size_t i, n = 0;

    for (i = 0; i < evx_diag_len(d); i++) {
        evx_diag_level lv;
        const char *file, *text;
        long l;
        cr_assert_eq(evx_diag_get(d, i, &lv, &file, &l, &text), EVX_OK);
        if (lv == level && strstr(text, needle) && (line == 0 || l == line))
            n++;
    }
    return n;
}

#endif /* EVX_WEBUTIL_H */
