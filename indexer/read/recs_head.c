/*
 * recs_head.c - the headings over a list of conclusions and
 * recommendations and over a list of written evidence; see recs_head.h.
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

const char *evx_evidence_head_form(size_t k)
{
    static const char *const forms[] = {
        "Published written evidence", "List of written evidence",
        "List of additional written evidence",
        "List of printed written evidence",
        "List of unprinted written evidence", "List of unprinted evidence"};
    return k < sizeof forms / sizeof *forms ? forms[k] : NULL;
}

int evx_evidence_heading(const char *s, size_t n)
{
    const char *f;
    for (size_t k = 0; (f = evx_evidence_head_form(k)) != NULL; k++) {
        size_t m = strlen(f);
        if (n >= m && strncasecmp(s, f, m) == 0 && (n == m || s[m] == ' '))
            return 1;
    }
    return 0;
}
