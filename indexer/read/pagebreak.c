/*
 * pagebreak.c - whether a text's indentation marks its page breaks; see
 * pagebreak.h.
 */
#include "pagebreak.h"

size_t evx_lead_space(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        i++;
    return i;
}

/* Indents counted apart; a deeper one counts as MAX_INDENT. */
#define MAX_INDENT 64

int evx_indent_marks_pages(const evx_text *t, size_t *margin)
{
    size_t lines = evx_text_lines(t), content = 0, at[MAX_INDENT + 1] = {0};
    for (size_t ln = 1; ln <= lines; ln++) {
        size_t n;
        const char *s = evx_text_line(t, ln, &n);
        size_t i = evx_lead_space(s, n);
        if (i == n)
            continue;
        content++;
        at[s[0] == '\f' ? 0 : i < MAX_INDENT ? i : MAX_INDENT]++;
    }
    /* the margin: the least indent a tenth of the lines have or go below */
    size_t m = 0, upto = at[0];
    while (m + 1 < MAX_INDENT && upto * 10 < content)
        upto += at[++m];
    *margin = upto * 10 >= content ? m : 0;
    size_t indented = 0;
    for (size_t k = *margin + 1; k <= MAX_INDENT; k++)
        indented += at[k];
    return content > 0 && indented * 10 < content;
}

/* Is there a form feed's page break at a line in (from, to]? */
static int break_within(const evx_text *t, size_t from, size_t to)
{
    for (size_t ln = from + 1; ln <= to; ln++)
        if (evx_text_page_break(t, ln))
            return 1;
    return 0;
}

int evx_furniture_side(const evx_text *t, size_t prev, size_t first,
                       size_t last)
{
    size_t lines = evx_text_lines(t), next = last + 1;
    for (; next <= lines; next++) {
        size_t n;
        const char *s = evx_text_line(t, next, &n);
        if (evx_lead_space(s, n) < n)
            break;
    }
    int head = break_within(t, prev, first);
    int foot = break_within(t, first, next > lines ? lines : next);
    return head == foot ? 0 : foot ? 1 : -1;
}
