/*
 * diagutil.h - what a diagnostics collector prints, as a string, for the
 * tests that check a message's words, file and line.  Header only,
 * included after <criterion/criterion.h>.
 */
#ifndef EVX_DIAGUTIL_H
#define EVX_DIAGUTIL_H

#include <stdio.h>
#include <stdlib.h>

#include "diag.h"

/* What evx_diag_print writes of d's messages at min_level or above, as
 * "evidex-index" prints them; malloc'd, the caller frees it. */
static inline char *tu_diag_printed(const evx_diag *d, evx_diag_level min)
{
    FILE *f = tmpfile();
    cr_assert_not_null(f);
    evx_diag_print(d, f, "evidex-index", min);
    long n = ftell(f);
    cr_assert_geq(n, 0);
    rewind(f);
    char *out = malloc((size_t)n + 1);
    cr_assert_not_null(out);
    cr_assert_eq(fread(out, 1, (size_t)n, f), (size_t)n);
    out[n] = '\0';
    fclose(f);
    return out;
}

#endif /* EVX_DIAGUTIL_H */
