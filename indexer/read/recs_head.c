/*
 * recs_head.c - the heading over a list of conclusions and
 * recommendations; see recs_head.h.
 */
#include "recs_head.h"

#include <string.h>
#include <strings.h>

const char *evx_recs_head_form(size_t k)
{
    static const char *const forms[] = {
        "Summary of conclusions and recommendations",
        "List of conclusions and recommendations",
        "Conclusions and recommendations",
        "Summary of recommendations",
        "List of recommendations"};
    return k < sizeof forms / sizeof *forms ? forms[k] : NULL;
}

int evx_recs_heading(const char *s, size_t n)
{
    const char *f;
    for (size_t k = 0; (f = evx_recs_head_form(k)) != NULL; k++)
        if (strlen(f) == n && strncasecmp(s, f, n) == 0)
            return 1;
    return 0;
}
