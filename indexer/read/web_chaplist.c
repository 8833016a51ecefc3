/*
 * web_chaplist.c - a list of chapters inside a paragraph, in a web
 * edition; see web_chaplist.h.
 */
#include "web_chaplist.h"

#include "ascii.h"
#include "chapter.h"
#include "web_lines.h"

/* Is s[0..n) a chapter heading in words ("Chapter 2: …"), not "2 …"? */
static int worded(const char *s, size_t n)
{
    return n && !evx_ascii_digit((unsigned char)s[0]);
}

/* The chapter number of the first line with text after line l (dir 1)
 * or the last before it (dir -1), within three lines, if it is a
 * chapter's heading in the form of line l's; 0 if not.  Only a worded one
 * looks back: "N Title" is also a footnote's shape. */
static long near_chapter(const evx_text *t, size_t n_lines, size_t l, int dir)
{
    size_t n, m = 0, title;
    const char *s = evx_web_line_text(t, l, &n), *u = NULL;
    int w = worded(s, n);
    long num = 0;

    for (size_t k = 1; k <= 3 && !u && (dir > 0 || w); k++) {
        size_t at = dir > 0 ? l + k : l - k;
        if ((dir < 0 && k >= l) || at > n_lines)
            break;
        const char *x = evx_web_line_text(t, at, &m);
        u = x && m ? x : NULL;
    }
    return u && worded(u, m) == w && evx_web_chapter(u, m, &num, &title) ? num : 0;
}

/* Does the text before line l, past the lines shaped as chapter headings
 * in the form w says, end in ':'? */
static int after_lead_in(const evx_text *t, size_t l, int w)
{
    size_t m, title;
    long v;
    for (size_t k = l - 1; k > 0 && k + 16 > l; k--) {
        const char *s = evx_web_line_text(t, k, &m);
        if (!m || (evx_web_chapter(s, m, &v, &title) && worded(s, m) == w))
            continue;
        return s[m - 1] == ':';
    }
    return 0;
}

int evx_web_chapter_listed(const evx_text *t, size_t n_lines, size_t l,
                           size_t lines, long num)
{
    size_t n;
    const char *s = evx_web_line_text(t, l, &n);
    return evx_chapter_listed(num, near_chapter(t, n_lines, l, -1),
                              near_chapter(t, n_lines, l + lines - 1, 1),
                              after_lead_in(t, l, worded(s, n)));
}
