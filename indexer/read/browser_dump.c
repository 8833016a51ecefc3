/*
 * browser_dump.c - a text browser's link numbers, link list and
 * superscript carets removed; see browser_dump.h.
 */
#include "browser_dump.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"

/* The end of the line that starts at s (its '\n', or e). */
static const char *line_end(const char *s, const char *e)
{
    const char *nl = memchr(s, '\n', (size_t)(e - s));
    return nl ? nl : e;
}

static const char *skip_blanks(const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    return s;
}

static int blank(const char *s, const char *e)
{
    return skip_blanks(s, e) == e;
}

/* "References" alone on its line (lynx's heading over its link list). */
static int references_heading(const char *s, const char *e)
{
    s = skip_blanks(s, e);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
    return e - s == 10 && memcmp(s, "References", 10) == 0;
}

/* A link's target in lynx's list: "   4. https://example.org/x",
 * "  12. file:///tmp/page.htm#fn6". */
static int target_line(const char *s, const char *e)
{
    const char *p = skip_blanks(s, e), *d = p;
    while (p < e && evx_ascii_digit((unsigned char)*p))
        p++;
    if (p == d || p - d > 5 || p + 2 >= e || p[0] != '.' || p[1] != ' ')
        return 0;
    p = skip_blanks(p + 1, e);
    for (const char *q = p; q < e && *q != ' '; q++)
        if (q + 3 <= e && memcmp(q, "://", 3) == 0)
            return 1;
    return (size_t)(e - p) > 7 && (memcmp(p, "mailto:", 7) == 0 ||
                                   memcmp(p, "file:", 5) == 0);
}

/* html2text's heading: "***** 3 Funding for supported routes *****" (two
 * stars or more each side).  Its text's span in *a, *b; 0 if not one. */
static int starred_heading(const char *s, const char *e, const char **a,
                           const char **b)
{
    const char *p = skip_blanks(s, e), *q = e;
    size_t left = 0, right = 0;
    while (q > p && (q[-1] == ' ' || q[-1] == '\r'))
        q--;
    while (p < q && *p == '*')
        p++, left++;
    while (q > p && q[-1] == '*')
        q--, right++;
    if (left < 2 || right < 2 || p >= q || *p != ' ' || q[-1] != ' ')
        return 0;
    *a = skip_blanks(p, q);
    *b = q;
    while (*b > *a && (*b)[-1] == ' ')
        (*b)--;
    return *b > *a;
}

/* Marks in drop[] (one flag a line) each References heading with a list
 * of targets under it, and the list; the number of lines marked. */
static size_t mark_link_lists(const char *s, size_t len, unsigned char *drop)
{
    const char *e = s + len, *l = s;
    size_t n = 0, ln = 0;
    while (l < e) {
        const char *le = line_end(l, e);
        if (references_heading(l, le)) {
            size_t k = ln + 1, targets = 0;
            const char *m = le < e ? le + 1 : e;
            while (m < e) {
                const char *me = line_end(m, e);
                if (target_line(m, me)) {
                    drop[k] = 1;
                    targets++;
                } else if (!blank(m, me)) {
                    break;
                }
                m = me < e ? me + 1 : e;
                k++;
            }
            if (targets) {
                drop[ln] = 1;
                n += targets + 1;
            } else {
                for (size_t j = ln + 1; j < k; j++)
                    drop[j] = 0;
            }
        }
        l = le < e ? le + 1 : e;
        ln++;
    }
    return n;
}

/* Whether the byte before a link's number may stand there: a line start,
 * a space, a caret, a bar or a bracket, or the end of a sentence or a
 * quotation that a footnote marker follows ("2015.[9]223", "said”[4]12"). */
static int before_link(const char *s, size_t i)
{
    if (i == 0 || strchr(" \t\n^|(.,;:)", s[i - 1]))
        return 1;
    /* a closing quotation mark, ’ or ” (E2 80 99 / 9D) */
    return i >= 3 && (unsigned char)s[i - 3] == 0xE2 &&
           (unsigned char)s[i - 2] == 0x80 &&
           ((unsigned char)s[i - 1] == 0x99 || (unsigned char)s[i - 1] == 0x9D);
}

/* Is "[N]" at s[i] a link's number (before_link), right before the
 * link's text?  Its length, or 0. */
static size_t link_number(const char *s, size_t len, size_t i)
{
    size_t k = i + 1;
    if (s[i] != '[' || !before_link(s, i))
        return 0;
    while (k < len && evx_ascii_digit((unsigned char)s[k]) && k - i <= 5)
        k++;
    if (k == i + 1 || k >= len || s[k] != ']' || k + 1 >= len ||
        strchr(" \t\n", s[k + 1]))
        return 0;
    return k + 1 - i;
}

/* Is the '^' at s[i] a superscript's caret glued to a word ("rural.^6",
 * "hours^7")?  Not after a digit ("10^3" is a power, as written). */
static int glued_caret(const char *s, size_t len, size_t i)
{
    return s[i] == '^' && i > 0 && !strchr(" \t\n^", s[i - 1]) &&
           !evx_ascii_digit((unsigned char)s[i - 1]) && i + 1 < len &&
           (evx_ascii_digit((unsigned char)s[i + 1]) || s[i + 1] == '[');
}

/* Is the '^' at s[i] a superscript's caret glued to a word at its line's
 * end, its number wrapped onto the next line (w3m: "… a lifeline”.^" /
 * "28")?  The number's length, else 0. */
static size_t caret_over_line(const char *s, size_t len, size_t i)
{
    if (s[i] != '^' || i == 0 || strchr(" \t\n^", s[i - 1]) ||
        evx_ascii_digit((unsigned char)s[i - 1]) || i + 2 >= len || s[i + 1] != '\n')
        return 0;
    size_t k = i + 2;
    while (k < len && k - (i + 2) < 5 && evx_ascii_digit((unsigned char)s[k]))
        k++;
    return k > i + 2 && (k == len || s[k] == ' ' || s[k] == '\n') ? k - (i + 2) : 0;
}

static size_t count_lines(const char *s, size_t len)
{
    size_t n = 1;
    for (const char *p = s; (p = memchr(p, '\n', len - (size_t)(p - s))); p++)
        n++;
    return n;
}

int evx_browser_dump_detect(const char *s, size_t len)
{
    size_t carets = 0, starred = 0;
    const char *a, *b, *e = s + len, *c;
    for (c = memchr(s, '^', len); c && carets < 2;
         c = memchr(c + 1, '^', (size_t)(e - c - 1)))
        carets += (glued_caret(s, len, (size_t)(c - s)) &&
                   evx_ascii_digit((unsigned char)c[1])) ||
                  caret_over_line(s, len, (size_t)(c - s));
    if (carets >= 2)
        return 1;
    for (const char *l = s; l < e;) {
        const char *le = line_end(l, e), *f = skip_blanks(l, le);
        /* most lines open with neither mark: one look at their first
         * character */
        if (f < le && *f == '*' && starred_heading(l, le, &a, &b) &&
            ++starred >= 2)
            return 1;
        if (f < le && *f == 'R' && references_heading(l, le)) {
            const char *m = le < e ? le + 1 : e;
            while (m < e && blank(m, line_end(m, e)))
                m = line_end(m, e) + 1;
            if (m < e && target_line(m, line_end(m, e)))
                return 1;
        }
        l = le < e ? le + 1 : e;
    }
    return 0;
}

evx_status evx_browser_dump_strip(evx_buf *out, const char *s, size_t len,
                                  size_t *marks)
{
    unsigned char *drop = calloc(count_lines(s, len), 1);
    if (!drop)
        return EVX_NOMEM;
    size_t lists = mark_link_lists(s, len, drop), ln = 0;
    *marks = lists;
    for (size_t i = 0; i < len; i++) {
        size_t n;
        const char *a, *b, *le;
        if ((i == 0 || s[i - 1] == '\n') &&
            starred_heading(s + i, (le = line_end(s + i, s + len)), &a, &b)) {
            evx_buf_append(out, a, (size_t)(b - a)); /* its words alone */
            (*marks)++;
            i = (size_t)(le - s) - 1;
        } else if (s[i] == '\n') {
            evx_buf_putc(out, '\n');
            ln++;
        } else if (drop[ln]) {
            continue;
        } else if (lists && (n = link_number(s, len, i))) {
            i += n - 1;
            (*marks)++;
        } else if (glued_caret(s, len, i)) {
            (*marks)++;
        } else if ((n = caret_over_line(s, len, i)) > 0) {
            /* the marker's number up on the caret's line, and the line
             * it was wrapped onto without it */
            evx_buf_append(out, s + i + 2, n);
            evx_buf_putc(out, '\n');
            ln++;
            i += 2 + n - 1;
            while (i + 1 < len && s[i + 1] == ' ')
                i++;
            (*marks)++;
        } else {
            evx_buf_putc(out, s[i]);
        }
    }
    free(drop);
    return evx_buf_status(out);
}
