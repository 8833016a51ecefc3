/*
 * web_numlist.c - a list numbered from 1 inside a unit of a web edition;
 * see web_numlist.h.
 */
#include "web_numlist.h"

#include "paranum.h"
#include "pdf_back.h"

/* Lines looked through for the report's sequence to come back after a
 * list's items. */
#define LIST_LINES 200

/* The line before l that is not blank (0: none), its text in *s, *n. */
static size_t line_before(const evx_web_numlist *ls, size_t l, const char **s,
                          size_t *n)
{
    while (--l > 0) {
        *s = evx_web_line_text(ls->t, l, n);
        if (*n)
            return l;
    }
    return 0;
}

/* Is the line before l a lead-in of the unit's text, ending in ':'? */
static int after_lead_in(const evx_web_numlist *ls, size_t l)
{
    const char *s;
    size_t n;
    size_t k = line_before(ls, l, &s, &n);
    if (!k)
        return 0;
    evx_web_role r = ls->pl->lines[k].role;
    return (r == EVX_WEB_TEXT || r == EVX_WEB_PARA || r == EVX_WEB_PARA_TEXT ||
            r == EVX_WEB_REC) &&
           s[n - 1] == ':';
}

int evx_web_numlist_item(const evx_web_numlist *ls, size_t l)
{
    size_t n, off;
    long num;
    evx_web_style st;
    const char *s = evx_web_line_text(ls->t, l, &n);
    if (!n || !evx_web_numbered(s, n, &num, &st, &off) || st == EVX_WEB_ALONE ||
        st == EVX_WEB_BRACKET)
        return 0;
    return num == ls->next || after_lead_in(ls, l) ? (int)num : 0;
}

int evx_web_numlist_due(const evx_web_numlist *ls, size_t l, int last,
                        evx_web_style st)
{
    const char *s;
    size_t n, off;
    int v = evx_web_numlist_item(ls, l);
    if (!v)
        return 0;
    if (v == ls->next && line_before(ls, l, &s, &n) &&
        evx_web_list_end(s, n) == EVX_WEB_ITEM_END)
        return 1;
    evx_list_run r;
    if (!evx_list_run_start(&r, last, v))
        return 0;
    for (size_t k = l + 1; k <= ls->pl->n_lines && k < l + LIST_LINES; k++) {
        long x;
        evx_web_style xs;
        s = evx_web_line_text(ls->t, k, &n);
        if (!n || !evx_web_numbered(s, n, &x, &xs, &off) || xs != st)
            continue;
        int fed = evx_list_run_feed(&r, (int)x);
        if (fed)
            return fed > 0;
    }
    return 0;
}

void evx_web_numlist_after(evx_web_numlist *ls, size_t l)
{
    const evx_web_line *ln = &ls->pl->lines[l];
    const char *s;
    size_t n, cut;
    int para;
    int v = ln->role == EVX_WEB_TEXT ? evx_web_numlist_item(ls, l) : 0;
    size_t before = line_before(ls, l, &s, &n);
    if (v)
        ls->next = v + 1;
    else if (ln->role != EVX_WEB_TEXT || before + 1 < l)
        ls->next = 0; /* a line of another kind, or a block of prose */
    s = evx_web_line_text(ls->t, l, &n);
    if (n && pdf_rec_tail(s, n, &cut, &para))
        ls->next = 0;
}
