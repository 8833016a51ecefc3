/*
 * recs_head.c - the headings over a list of conclusions and
 * recommendations and over a list of written evidence; see recs_head.h.
 */
#include "recs_head.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"

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

int evx_annex_heading(const char *s, size_t n)
{
    static const char *const words[] = {"Annexe", "Annex", "Appendix"};
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n == 0 || strchr(".;,", s[n - 1]))
        return 0;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t k = strlen(words[i]);
        if (n < k || strncasecmp(s, words[i], k) != 0)
            continue;
        if (n == k || s[k] == ':')
            return 1;
        return s[k] == ' ' && n > k + 1 &&
               (evx_ascii_upper((unsigned char)s[k + 1]) ||
                evx_ascii_digit((unsigned char)s[k + 1]));
    }
    return 0;
}
