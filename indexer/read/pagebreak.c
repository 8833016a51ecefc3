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

int evx_indent_marks_pages(const evx_text *t)
{
    size_t lines = evx_text_lines(t), content = 0, indented = 0;
    for (size_t ln = 1; ln <= lines; ln++) {
        size_t n;
        const char *s = evx_text_line(t, ln, &n);
        size_t i = evx_lead_space(s, n);
        if (i == n)
            continue;
        content++;
        indented += i > 0 && s[0] != '\f';
    }
    return content > 0 && indented * 10 < content;
}
