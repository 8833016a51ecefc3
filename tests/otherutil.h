/*
 * otherutil.h - the other-reports tests' fixture: a passage read as a web
 * edition or a pdf-text dump of report "HC 1", the way the pipeline reads
 * it, and the checks on its units.  Header only, included after
 * <criterion/criterion.h> and readutil.h.
 */
#ifndef EVX_OTHERUTIL_H
#define EVX_OTHERUTIL_H

#include <string.h>

#include "readutil.h"
#include "unit.h"

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
