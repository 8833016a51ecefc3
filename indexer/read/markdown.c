/*
 * markdown.c - Markdown's marks removed, in two passes that keep every
 * line end.
 *
 * The first pass reads each line's start (a quotation's ">"s, a heading's
 * hashes, a fence or a rule).  The second reads inline marks over the
 * whole text, since a link's text and target may be wrapped over lines: it
 * marks the bytes of each mark in a mask (never a line end), and the text
 * is then copied without them.  Nested marks ("^[225](#fn225)^", a link
 * inside emphasis) need nothing more: the scan goes on inside a mark's
 * text, and skips bytes already marked.
 */
#include "markdown.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"

/* How far a mark's closing bracket, paren or backticks are looked for. */
#define MD_REACH 4096

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

/* ASCII punctuation, as Markdown's escapes and flanking rules read it. */
static int is_punct(char c)
{
    return evx_ascii_punct((unsigned char)c);
}

/* Does a blank line (only spaces) start at s[i], just after a line end? */
static int blank_line_at(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i >= n || s[i] == '\n';
}

/* ---- detection ---- */

/* The lines that carry a mark, told apart by where they start; detection
 * stops at the second. */
typedef struct seen {
    const char *base;
    const char *line[2];
    int n;
} seen;

static void saw(seen *sn, const char *at)
{
    const char *ls = at;
    while (ls > sn->base && ls[-1] != '\n')
        ls--;
    if (sn->n < 2 && (sn->n == 0 || sn->line[0] != ls))
        sn->line[sn->n++] = ls;
}

/* A heading line ("## Title") or a div fence (":::") starting at s. */
static int line_start_mark(const char *s, const char *e)
{
    size_t h = 0;

    while (s + h < e && s[h] == '#' && h < 7)
        h++;
    if (h >= 1 && h <= 6 && s + h + 1 < e && s[h] == ' ' && s[h + 1] != ' ' &&
        s[h + 1] != '\n')
        return 1;
    return e - s >= 3 && memcmp(s, ":::", 3) == 0;
}

/* Is the ']' at p a mark's: a link's or span's target or attributes
 * after it ("](#x)", "](http", "]{"), or the end of a note ("[^12]")? */
static int bracket_mark(const char *s, const char *p, const char *e)
{
    if (p + 1 < e && (p[1] == '{' ||
                      (p[1] == '(' && p + 2 < e && strchr("#/.h", p[2]))))
        return 1;
    for (const char *q = p - 1; q > s && p - q < 64; q--) {
        if (*q == ' ' || *q == '\n' || *q == ']')
            return 0;
        if (*q == '^' && q[-1] == '[')
            return q + 1 < p;
    }
    return 0;
}

/* Is the '^' at p the start of a superscript number ("^12^")? */
static int caret_mark(const char *p, const char *e)
{
    const char *q = p + 1;
    while (q < e && *q >= '0' && *q <= '9')
        q++;
    return q > p + 1 && q < e && *q == '^';
}

int evx_markdown_detect(const char *s, size_t len)
{
    const char *e = s + len;
    seen sn = {s, {NULL, NULL}, 0};

    for (const char *l = s; l < e && sn.n < 2;) {
        const char *nl = memchr(l, '\n', (size_t)(e - l));
        if ((*l == '#' || *l == ':') && line_start_mark(l, nl ? nl : e))
            saw(&sn, l);
        else if (*l == '>' && l + 1 < e && l[1] == ' ')
            saw(&sn, l); /* a quotation's line: "> The distances" */
        l = nl ? nl + 1 : e;
    }
    for (const char *p = s; p < e && sn.n < 2; p++) {
        p = memchr(p, ']', (size_t)(e - p));
        if (!p)
            break;
        if (bracket_mark(s, p, e))
            saw(&sn, p);
    }
    for (const char *p = s; p < e && sn.n < 2; p++) {
        p = memchr(p, '^', (size_t)(e - p));
        if (!p)
            break;
        if (caret_mark(p, e))
            saw(&sn, p);
    }
    return sn.n >= 2;
}

/* ---- pass 1: line marks ---- */

/* Past a quotation's markers ("> > "), each counted in *marks. */
static const char *skip_quote_marks(const char *s, const char *e,
                                    size_t *marks)
{
    for (;;) {
        const char *p = s;
        while (p < e && p - s < 3 && *p == ' ')
            p++;
        if (p >= e || *p != '>')
            return s;
        s = p + 1;
        if (s < e && *s == ' ')
            s++;
        (*marks)++;
    }
}

/* A fence (":::", "```", "~~~"), a rule or setext underline ("---",
 * "===", "* * *"), or a one-line HTML comment: a line left blank. */
static int is_blanked_line(const char *s, const char *e)
{
    size_t n = (size_t)(e - s);
    char rule = 0;
    size_t count = 0;

    if (n >= 3 && (memcmp(s, ":::", 3) == 0 || memcmp(s, "```", 3) == 0 ||
                   memcmp(s, "~~~", 3) == 0))
        return 1;
    if (n >= 7 && memcmp(s, "<!--", 4) == 0 && memcmp(e - 3, "-->", 3) == 0)
        return 1;
    for (const char *p = s; p < e; p++) {
        if (*p == ' ' || *p == '\t')
            continue;
        if (!strchr("-=*_", *p) || (rule && *p != rule))
            return 0;
        rule = *p;
        count++;
    }
    return count >= 3;
}

/* A table's border or separator row ("+----+", "|---|:--|"). */
static int is_table_rule(const char *s, const char *e)
{
    if (s >= e || (*s != '|' && *s != '+'))
        return 0;
    for (const char *p = s; p < e; p++)
        if (!strchr("|+-=: \t", *p))
            return 0;
    return 1;
}

/* A table row ("| ACO | Accountable care organisation |"): its cells,
 * the pipes between them made spaces (an escaped "\|" stays). */
static void put_table_row(evx_buf *out, const char *s, const char *e)
{
    while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
    if (e > s + 1 && e[-1] == '|' && e[-2] != '\\')
        e--;
    for (const char *p = s + 1; p < e; p++) {
        if (*p == '\\' && p + 1 < e && p[1] == '|') {
            evx_buf_append(out, p, 2);
            p++;
        } else {
            evx_buf_putc(out, *p == '|' ? ' ' : *p);
        }
    }
}

/* Appends a heading's text: [s, e) without its hashes, closing hashes
 * and "{#id .class}". */
static void put_heading(evx_buf *out, const char *s, const char *e)
{
    while (s < e && *s == '#')
        s++;
    while (s < e && *s == ' ')
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
    if (e > s && e[-1] == '}') {
        const char *open = e - 1;
        while (open > s && *open != '{')
            open--;
        if (*open == '{' && (open == s || open[-1] == ' '))
            e = open;
    }
    while (e > s && e[-1] == ' ')
        e--;
    while (e > s && e[-1] == '#' && (e - 1 == s || e[-2] == '#' ||
                                     e[-2] == ' '))
        e--;
    while (e > s && e[-1] == ' ')
        e--;
    evx_buf_append(out, s, (size_t)(e - s));
}

/* Is [s, e) an ATX heading ("## Title")? */
static int is_heading(const char *s, const char *e)
{
    size_t h = 0;

    while (s + h < e && s[h] == '#' && h < 7)
        h++;
    return h >= 1 && h <= 6 && (s + h == e || s[h] == ' ');
}

/* Where a list item's text starts on line [s, e) ("1.  In March",
 * "-   The"), its marker at most three spaces in; 0 if the line opens no
 * item. */
static size_t item_text(const char *s, const char *e)
{
    const char *p = s, *m;
    while (p < e && p - s < 3 && *p == ' ')
        p++;
    m = p;
    while (p < e && *p >= '0' && *p <= '9' && p - m < 3)
        p++;
    if (p > m && p < e && (*p == '.' || *p == ')'))
        p++;
    else if (p == m && p < e && strchr("-*+", *p))
        p++;
    else
        return 0;
    if (p >= e || *p != ' ')
        return 0;
    while (p < e && *p == ' ')
        p++;
    return (size_t)(p - s);
}

/* The spaces that indent line [s, e) (a tab counted as four). */
static size_t indent_of(const char *s, const char *e)
{
    size_t w = 0;
    for (; s < e && (*s == ' ' || *s == '\t'); s++)
        w += *s == '\t' ? 4 : 1;
    return w;
}

static void line_marks(evx_buf *out, const char *s, size_t len,
                       size_t *marks)
{
    const char *e = s + len;
    size_t item = 0; /* the open list item's text indent, or 0 */

    while (s < e) {
        const char *nl = memchr(s, '\n', (size_t)(e - s));
        const char *le = nl ? nl : e;
        size_t ind = indent_of(s, le);
        /* a list item's lines go on indented to its text ("1.  In March
         * … Service" / "    roles outside London"; "    > Every panel"):
         * its indent is no block quotation's */
        if (item && ind >= 2 && ind < (size_t)(le - s)) {
            size_t k = 0, w = 0;
            while (s + k < le && w < item && (s[k] == ' ' || s[k] == '\t'))
                w += s[k++] == '\t' ? 4 : 1;
            s += k;
            (*marks)++;
        } else if (ind < (size_t)(le - s)) {
            item = item_text(s, le);
        }
        size_t before = *marks;
        const char *p = skip_quote_marks(s, le, marks);

        /* a quotation's ">" becomes the indent a browser's copy shows
         * it with, so that the quotation ends where its marks do */
        for (size_t q = before; q < *marks && p < le; q++)
            evx_buf_append(out, "    ", 4);
        if (is_blanked_line(p, le) || is_table_rule(p, le)) {
            (*marks)++;
        } else if (*p == '|' && le - p > 1) {
            put_table_row(out, p, le);
            (*marks)++;
        } else if (is_heading(p, le)) {
            put_heading(out, p, le);
            (*marks)++;
        } else {
            evx_buf_append(out, p, (size_t)(le - p));
        }
        if (nl)
            evx_buf_putc(out, '\n');
        s = nl ? nl + 1 : e;
    }
}

/* ---- pass 2: inline marks ---- */

typedef struct scan {
    const char *s;
    size_t n;
    unsigned char *drop; /* 1: the byte is a mark's */
    size_t marks;
} scan;

/* Marks [i, i + len) as dropped, line ends excepted. */
static void drop(scan *sc, size_t i, size_t len)
{
    for (size_t k = i; k < i + len && k < sc->n; k++)
        if (sc->s[k] != '\n')
            sc->drop[k] = 1;
}

/* Where the closer of the opener at s[i] is ("[" ... "]", "(" ... ")",
 * nested pairs skipped, escapes passed over), within MD_REACH bytes and
 * before a blank line; 0 if none. */
static size_t find_close(const scan *sc, size_t i, char open, char close)
{
    int depth = 0;
    size_t end = sc->n - i > MD_REACH ? i + MD_REACH : sc->n;

    for (size_t k = i; k < end; k++) {
        char c = sc->s[k];
        if (c == '\\' && k + 1 < end && is_punct(sc->s[k + 1]))
            k++;
        else if (c == '\n' && blank_line_at(sc->s, sc->n, k + 1))
            return 0;
        else if (c == open)
            depth++;
        else if (c == close && --depth == 0)
            return k;
    }
    return 0;
}

/* "{...}" at s[i]: its end, or 0. */
static size_t attributes_end(const scan *sc, size_t i)
{
    if (i >= sc->n || sc->s[i] != '{')
        return 0;
    return find_close(sc, i, '{', '}');
}

/* "[^note]" (and "]:" of a definition at a line's start). */
static int footnote_mark(scan *sc, size_t i, size_t j)
{
    if (sc->s[i + 1] != '^' || j == i + 2 ||
        (j + 1 < sc->n && (sc->s[j + 1] == '(' || sc->s[j + 1] == '{')))
        return 0; /* "[^12^](#fn12)" is a link around a superscript */
    for (size_t k = i + 2; k < j; k++)
        if (is_space(sc->s[k]))
            return 0;
    drop(sc, i, 2);
    drop(sc, j, 1);
    if (j + 1 < sc->n && sc->s[j + 1] == ':' && (i == 0 || sc->s[i - 1] == '\n'))
        drop(sc, j + 1, 1);
    sc->marks++;
    return 1;
}

/* "[" at s[i]: a footnote mark, a link or image ("[text](target)"), or a
 * span ("[text]{attrs}") loses all but its text.  Returns where to go on
 * scanning (inside the text). */
static size_t bracket(scan *sc, size_t i)
{
    size_t j = find_close(sc, i, '[', ']'), k = 0;

    if (!j)
        return i + 1;
    if (footnote_mark(sc, i, j))
        return i + 2;
    if (j + 1 < sc->n && sc->s[j + 1] == '(')
        k = find_close(sc, j + 1, '(', ')');
    else if (j + 1 < sc->n && sc->s[j + 1] == '{')
        k = attributes_end(sc, j + 1);
    if (!k)
        return i + 1;
    if (sc->s[j + 1] == '(') {
        size_t a = attributes_end(sc, k + 1);
        if (a)
            k = a;
    }
    drop(sc, i, 1);
    if (i > 0 && sc->s[i - 1] == '!')
        drop(sc, i - 1, 1);
    drop(sc, j, k - j + 1);
    sc->marks++;
    return i + 1;
}

/* "^sup^", "~sub~" or "~~struck~~": the carets or tildes go when the
 * closer follows on the same line with no space between. */
static size_t script(scan *sc, size_t i)
{
    char c = sc->s[i];
    size_t r = (c == '~' && i + 1 < sc->n && sc->s[i + 1] == '~') ? 2 : 1;
    /* a link inside, its attributes spaced or wrapped: Pandoc's footnote
     * links, "^[25](#footnote-025){#footnote-025-backlink .footnote}^" */
    size_t lb = c == '^' && i + 1 < sc->n && sc->s[i + 1] == '['
                    ? find_close(sc, i + 1, '[', ']')
                    : 0;
    size_t lp = lb && lb + 1 < sc->n && sc->s[lb + 1] == '('
                    ? find_close(sc, lb + 1, '(', ')')
                    : 0;
    size_t la = lp ? attributes_end(sc, lp + 1) : 0;
    size_t end = la ? la + 1 : lp + 1;
    if (lp && end < sc->n && sc->s[end] == '^') {
        drop(sc, i, 1);
        drop(sc, end, 1);
        sc->marks++;
        return i + 1;
    }

    for (size_t k = i + r; k < sc->n && k < i + MD_REACH; k++) {
        char d = sc->s[k];
        if (d == '\n' || (r == 1 && is_space(d)))
            break;
        if (d == '\\' && k + 1 < sc->n && is_punct(sc->s[k + 1])) {
            k++;
            continue;
        }
        if (d == c && k > i + r &&
            (r == 1 || (k + 1 < sc->n && sc->s[k + 1] == c))) {
            size_t a = attributes_end(sc, k + r);
            drop(sc, i, r);
            drop(sc, k, a ? a + 1 - k : r);
            sc->marks++;
            return i + r;
        }
    }
    return i + r;
}

/* A run of "*" or "_" at a word's edge is emphasis (CommonMark's
 * flanking rule; "_" not inside a word, so snake_case stays). */
static size_t emphasis(scan *sc, size_t i)
{
    char c = sc->s[i];
    size_t r = 1;

    while (i + r < sc->n && sc->s[i + r] == c)
        r++;
    char prev = i ? sc->s[i - 1] : ' ';
    char next = i + r < sc->n ? sc->s[i + r] : ' ';
    int left = !is_space(next) && (!is_punct(next) || is_space(prev) ||
                                   is_punct(prev));
    int right = !is_space(prev) && (!is_punct(prev) || is_space(next) ||
                                    is_punct(next));
    int mark = c == '*' ? (left || right)
                        : ((left && (!right || is_punct(prev))) ||
                           (right && (!left || is_punct(next))));

    if (mark && r <= 3) {
        drop(sc, i, r);
        sc->marks++;
    }
    return i + r;
}

/* Backticks around code: both runs go, the code is not read for marks. */
static size_t code(scan *sc, size_t i)
{
    size_t r = 1;

    while (i + r < sc->n && sc->s[i + r] == '`')
        r++;
    for (size_t k = i + r; k < sc->n && k < i + MD_REACH; k++) {
        if (sc->s[k] == '\n' && blank_line_at(sc->s, sc->n, k + 1))
            break;
        if (sc->s[k] != '`')
            continue;
        size_t q = 1;
        while (k + q < sc->n && sc->s[k + q] == '`')
            q++;
        if (q == r) {
            drop(sc, i, r);
            drop(sc, k, r);
            sc->marks++;
            return k + r;
        }
        k += q - 1;
    }
    return i + r;
}

static int starts_with(const scan *sc, size_t i, const char *w)
{
    size_t n = strlen(w);
    return sc->n - i >= n && memcmp(sc->s + i, w, n) == 0;
}

/* Inline HTML tags a converter leaves in Markdown. */
static int known_tag(const char *s, size_t n)
{
    static const char *const tags[] = {
        "a", "abbr", "b", "br", "cite", "div", "em", "font", "i", "mark",
        "p", "q", "s", "small", "span", "strong", "sub", "sup", "u"};
    for (size_t t = 0; t < sizeof tags / sizeof *tags; t++)
        if (strlen(tags[t]) == n && strncmp(tags[t], s, n) == 0)
            return 1;
    return 0;
}

/* "<" at s[i]: an autolink's brackets, an HTML comment or a known inline
 * tag go. */
static size_t angle(scan *sc, size_t i)
{
    size_t k = i + 1, end = sc->n - i > 512 ? i + 512 : sc->n;

    if (starts_with(sc, k, "!--")) {
        for (size_t q = k + 3; q + 2 < sc->n && q < i + MD_REACH; q++)
            if (memcmp(sc->s + q, "-->", 3) == 0) {
                drop(sc, i, q + 3 - i);
                sc->marks++;
                return q + 3;
            }
        return i + 1;
    }
    int link = starts_with(sc, k, "http://") || starts_with(sc, k, "https://") ||
               starts_with(sc, k, "mailto:") || starts_with(sc, k, "www.");
    if (k < sc->n && sc->s[k] == '/')
        k++;
    size_t name = k;
    while (k < end && ((sc->s[k] >= 'a' && sc->s[k] <= 'z') ||
                       (sc->s[k] >= 'A' && sc->s[k] <= 'Z')))
        k++;
    int tag = !link && known_tag(sc->s + name, k - name) && k < end &&
              (sc->s[k] == '>' || sc->s[k] == ' ' || sc->s[k] == '/');
    if (!link && !tag)
        return i + 1;
    for (; k < end && sc->s[k] != '\n'; k++) {
        if (link && sc->s[k] == ' ')
            break;
        if (sc->s[k] != '>')
            continue;
        if (link) {
            drop(sc, i, 1);
            drop(sc, k, 1);
        } else {
            drop(sc, i, k + 1 - i);
        }
        sc->marks++;
        return k + 1;
    }
    return i + 1;
}

/* Reads one byte (or mark) at s[i]; returns where to go on. */
static size_t inline_step(scan *sc, size_t i)
{
    const char *s = sc->s;

    if (sc->drop[i])
        return i + 1;
    switch (s[i]) {
    case '\\':
        if (i + 1 < sc->n && is_punct(s[i + 1]))
            return i + 2;
        if (i + 1 == sc->n || s[i + 1] == '\n') { /* hard line break */
            drop(sc, i, 1);
            sc->marks++;
        }
        return i + 1;
    case '[':
        return bracket(sc, i);
    case '^':
    case '~':
        return script(sc, i);
    case '*':
    case '_':
        return emphasis(sc, i);
    case '`':
        return code(sc, i);
    case '<':
        return angle(sc, i);
    default:
        return i + 1;
    }
}

static evx_status inline_marks(evx_buf *out, const char *s, size_t n,
                               size_t *marks)
{
    scan sc = {s, n, calloc(n ? n : 1, 1), 0};
    size_t run = 0;

    if (!sc.drop)
        return EVX_NOMEM;
    for (size_t i = 0; i < n;)
        i = inline_step(&sc, i);
    for (size_t i = 0; i <= n; i++) {
        if (i < n && !sc.drop[i])
            continue;
        evx_buf_append(out, s + run, i - run);
        run = i + 1;
    }
    free(sc.drop);
    *marks += sc.marks;
    return evx_buf_status(out);
}

evx_status evx_markdown_strip(evx_buf *out, const char *s, size_t len,
                              size_t *marks)
{
    evx_buf lines = EVX_BUF_INIT;
    evx_status st;

    *marks = 0;
    line_marks(&lines, s, len, marks);
    st = evx_buf_status(&lines);
    if (!st)
        st = inline_marks(out, lines.data ? lines.data : "", lines.len, marks);
    evx_buf_free(&lines);
    return st;
}
