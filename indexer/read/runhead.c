/*
 * runhead.c - running headers learnt from repetition; see runhead.h.
 */
#include "runhead.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "buf.h"
#include "grow.h"
#include "layout_words.h"

static size_t lead_space(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        i++;
    return i;
}

#define HEADER_MAX_LINES 8 /* a header re-wrapped narrower than itself */
#define HEADER_MIN_TITLE 6   /* fewest bytes of a running title ("Local news": 10) */
#define HEADER_SHORT_TITLE 12 /* a title this short is seen three times, not
                                 twice ("HC 1234" in two citations) */

/* Appends line ln trimmed to b (after a space if b has text), each run of
 * spaces and tabs in it as one space (a PDF tool in layout mode spreads
 * the words of a justified line); 0 if it is blank or missing, or the
 * text would grow past 200 bytes. */
static int join_line(const evx_text *t, size_t ln, evx_buf *b)
{
    size_t n;
    const char *s = evx_text_line(t, ln, &n);
    if (!s)
        return 0;
    size_t i = lead_space(s, n);
    n = evx_ascii_rtrim(s + i, n - i);
    if (n == 0 || b->len + n >= 200)
        return 0;
    if (b->len)
        evx_buf_putc(b, ' ');
    for (size_t k = i, end = i + n; k < end;) {
        size_t w = k;
        while (w < end && s[w] != ' ' && s[w] != '\t')
            w++;
        evx_buf_append(b, s + k, w - k); /* a word */
        k = w;
        while (k < end && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k < end)
            evx_buf_putc(b, ' ');
    }
    return !evx_buf_status(b);
}

/* One line shaped "N Title" or "Title N". */
typedef struct candidate {
    char *title; /* a copy, without the number */
    int lead;    /* the number comes first */
    int apart;   /* the number on a line of its own */
    int page;
    size_t line;
    size_t last; /* its last line (a header re-wrapped over several) */
} candidate;

/* "N Title" or "Title N": fills *c (the title a copy) and returns 1; 0
 * if neither; -1 when memory runs out. */
static int header_candidate(const char *s, size_t n, size_t line,
                            candidate *c)
{
    size_t i = 0, k = n;
    while (i < n && evx_ascii_digit((unsigned char)s[i]))
        i++;
    if (i > 0 && i <= 4 && i < n && s[i] == ' ') {
        c->page = atoi(s);
        while (i < n && s[i] == ' ')
            i++;
        if (n - i < HEADER_MIN_TITLE)
            return 0;
        c->lead = 1;
        c->apart = 0;
        c->line = line;
        return (c->title = evx_strndup(s + i, n - i)) != NULL ? 1 : -1;
    }
    while (k > 0 && evx_ascii_digit((unsigned char)s[k - 1]))
        k--;
    if (k < n && n - k <= 4 && k > HEADER_MIN_TITLE && s[k - 1] == ' ') {
        c->page = atoi(s + k);
        c->lead = 0;
        c->apart = 0;
        c->line = line;
        return (c->title = evx_strndup(s, evx_ascii_rtrim(s, k))) != NULL ? 1 : -1;
    }
    return 0;
}

/* The page number a line holds alone ("7"), or 0. */
static int number_alone(const evx_text *t, size_t ln)
{
    size_t n;
    const char *s = evx_text_line(t, ln, &n);
    size_t i = s ? lead_space(s, n) : 0;
    if (!s)
        return 0;
    n = evx_ascii_rtrim(s + i, n - i);
    return evx_ascii_page_number(s + i, n) ? atoi(s + i) : 0;
}

static int report_line(const char *report, const evx_text *t, size_t ln);

/* The page a line of the report's number with the page's names ("HC
 * 1234 5"), or 0. */
static int footer_page(const char *report, const evx_text *t, size_t ln)
{
    size_t n;
    const char *s = report ? evx_text_line(t, ln, &n) : NULL;
    size_t i = s ? lead_space(s, n) : 0;
    return s ? evx_report_footer(report, s + i, evx_ascii_rtrim(s + i, n - i)) : 0;
}

/* The next line after ln (dir 1) or before it (dir -1) that is not
 * blank, nor the report's number alone (a page's furniture between its
 * number and its title: "6" / "HC 1234" / "Gigabit broadband"; "HC 1234
 * 5" is a page's number), within SEPARATED_GAP lines of text; 0 if
 * none. */
#define SEPARATED_GAP 3
static size_t near_line(const evx_text *t, const char *report, size_t ln,
                        int dir)
{
    for (size_t k = 1, seen = 0; seen < SEPARATED_GAP; k++, seen++) {
        size_t at = dir > 0 ? ln + k : ln - k, n;
        if ((dir < 0 && k >= ln) || at > evx_text_lines(t))
            return 0;
        const char *s = evx_text_line(t, at, &n);
        if (report_line(report, t, at) && !footer_page(report, t, at))
            seen--; /* passed over, as a blank line between is */
        else if (s && lead_space(s, n) < evx_ascii_rtrim(s, n))
            return at;
    }
    return 0;
}

/* The page a line of page furniture names by its number alone ("7"),
 * with the report's ("HC 1234 7") or as a label ("Page 7 of 12"); else
 * 0. */
static int page_line(const char *report, const evx_text *t, size_t ln)
{
    size_t n;
    const char *s = evx_text_line(t, ln, &n);
    size_t i = s ? lead_space(s, n) : 0;
    int label = s ? evx_page_label(s + i, evx_ascii_rtrim(s + i, n - i)) : 0;
    return label ? label : number_alone(t, ln) + footer_page(report, t, ln);
}

/* A header printed apart from its page number (a PDF tool in reading
 * order: "7", a blank, "SIGNALS IN THE HILLS"): line ln, text of a line
 * alone, with a number alone next to it.  Fills *c as header_candidate
 * does; 0 if not so; -1 when memory runs out. */
static int separated_candidate(const evx_text *t, const char *report,
                               size_t ln, candidate *c)
{
    size_t before = near_line(t, report, ln, -1),
           after = near_line(t, report, ln, 1), n;
    int pb = before ? page_line(report, t, before) : 0;
    int pa = after ? page_line(report, t, after) : 0;
    const char *s = evx_text_line(t, ln, &n);
    size_t i = lead_space(s, n);
    n = evx_ascii_rtrim(s + i, n - i);
    if ((!pb && !pa) || n < HEADER_MIN_TITLE || number_alone(t, ln) ||
        !evx_ascii_upper((unsigned char)s[i]) || !memchr(s + i, ' ', n))
        return 0;
    c->page = pb ? pb : pa;
    c->lead = pb != 0;
    c->apart = 1;
    c->line = ln;
    evx_buf b = EVX_BUF_INIT;
    int ok = join_line(t, ln, &b);
    c->title = ok ? evx_buf_detach(&b) : NULL;
    evx_buf_free(&b);
    return c->title ? 1 : (ok ? -1 : 0);
}

/* By title (any case: odd pages may print it in capitals), then in the
 * order of the text. */
static int cmp_candidate(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    int c = strcasecmp(x->title, y->title);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Lines of text per page between successive occurrences c[0..n), the
 * median over the pairs whose page goes forward (0 if none).  A running
 * header stands once a page, a page's lines apart; entries of a contents
 * list that repeat a title ("Conclusions and recommendations 24", "... 26")
 * stand a line or two apart for pages apart. */
static size_t lines_per_page(const candidate *c, size_t n)
{
    size_t *r = malloc(n * sizeof *r), k = 0, med = 0;
    if (!r)
        return 0;
    for (size_t i = 1; i < n; i++)
        if (c[i].page > c[i - 1].page)
            r[k++] = (c[i].line - c[i - 1].line) /
                     (size_t)(c[i].page - c[i - 1].page);
    if (k) {
        qsort(r, k, sizeof *r, cmp_size);
        med = r[k / 2];
    }
    free(r);
    return med;
}

#define HEADER_MIN_LINES_PER_PAGE 5

/* Does the title end as a complete phrase does, not as a line broken
 * inside one ("The King's Fund, Sustainability and")? */
static int ends_whole(const char *t)
{
    static const char *const open_words[] = {"and", "or", "of", "the", "a",
                                             "an", "in", "on", "for", "to",
                                             "with", "by", "from", "at"};
    size_t n = strlen(t), k = n;
    if (n == 0 || strchr(",;:-", t[n - 1]))
        return 0;
    while (k > 0 && t[k - 1] != ' ')
        k--;
    for (size_t i = 0; i < sizeof open_words / sizeof *open_words; i++) {
        size_t m = 0;
        while (k + m < n && open_words[i][m] &&
               evx_ascii_tolower((unsigned char)t[k + m]) == open_words[i][m])
            m++;
        if (k + m == n && !open_words[i][m])
            return 0;
    }
    return 1;
}

/* Does title t end in a written-evidence code ("National Union of
 * Journalists (LNW0012)")?  Footnotes citing one submission on pages
 * apart read as "N Title"; a running title never ends so. */
static int ends_in_code(const char *t)
{
    const char *sp = strrchr(t, ' ');
    evx_word w = {0};
    w.s = sp ? sp + 1 : t;
    w.len = (unsigned)strlen(w.s);
    return evx_wd_code(&w);
}

/* The running title: printed with a page number on a line of its own,
 * before it on some pages and after it on others (odd and even pages),
 * or failing that on one side only; at least three times.  Contents
 * entries also end in numbers, but never sit on both sides.  Twice is
 * enough when both sides are seen, for a title longer than
 * HEADER_SHORT_TITLE bytes; a shorter one, of at least HEADER_MIN_TITLE,
 * is seen three times, and is not the report's number printed as
 * furniture.  A title ends as a phrase does, not in a written-evidence
 * code (footnotes citing one submission on several pages), and
 * occurrences that crowd together (fewer than HEADER_MIN_LINES_PER_PAGE
 * lines a page between them) are a contents list's, not a header's. */
evx_status evx_running_title(char **out, const evx_text *t, const char *report)
{
    size_t lines = evx_text_lines(t), nc = 0, cap = 0;
    candidate *c = NULL;
    evx_buf b = EVX_BUF_INIT;
    evx_status st = EVX_OK;
    *out = NULL;
    /* a line, or a header re-wrapped over the lines after it, opening
     * with a page number or a capital */
    for (size_t ln = 1; ln <= lines && st == EVX_OK; ln++) {
        size_t n;
        const char *s = evx_text_line(t, ln, &n);
        size_t i = lead_space(s, n);
        if (i >= n || !(evx_ascii_digit((unsigned char)s[i]) ||
                        evx_ascii_upper((unsigned char)s[i])))
            continue;
        evx_buf_clear(&b);
        for (size_t k = 0; k < HEADER_MAX_LINES && st == EVX_OK; k++) {
            if (!join_line(t, ln + k, &b)) {
                st = evx_buf_status(&b) ? EVX_NOMEM : EVX_OK;
                break;
            }
            if (evx_grow((void **)&c, &cap, nc + 1, sizeof *c)) {
                st = EVX_NOMEM;
                break;
            }
            int got = b.len > HEADER_MIN_TITLE
                          ? header_candidate(evx_buf_str(&b), b.len, ln, &c[nc])
                          : 0;
            if (got < 0)
                st = EVX_NOMEM;
            if (got > 0)
                c[nc].last = ln + k;
            nc += got > 0;
        }
        if (st == EVX_OK && !evx_grow((void **)&c, &cap, nc + 1, sizeof *c)) {
            int got = separated_candidate(t, report, ln, &c[nc]);
            if (got < 0)
                st = EVX_NOMEM;
            if (got > 0)
                c[nc].last = ln;
            nc += got > 0;
        } else if (st == EVX_OK) {
            st = EVX_NOMEM;
        }
    }
    evx_buf_free(&b);
    if (nc > 1)
        qsort(c, nc, sizeof *c, cmp_candidate);
    size_t best = 0, best_score = 0;
    for (size_t i = 0; i < nc && st == EVX_OK;) {
        size_t j = i, lead = 0, apart = 0, apart_lead = 0, count = 0;
        for (; j < nc && strcasecmp(c[j].title, c[i].title) == 0; j++) {
            /* one occurrence read twice, with the page number before it
             * and after it ("3" / text / "5": a short page's text between
             * two page numbers), counts once, as its first reading */
            if (j > i && c[j].line <= c[j - 1].last)
                continue;
            count++;
            apart += c[j].apart;
            apart_lead += c[j].lead && c[j].apart;
            lead += c[j].lead && !c[j].apart;
        }
        /* both sides count among numbers on the header's line, or among
         * numbers apart from it: a chapter's heading after a page's
         * number, listed in the contents with its page after it, is no
         * header */
        int both = (lead && lead < count - apart) ||
                   (apart_lead && apart_lead < apart);
        size_t score = count * (both ? 4 : 1);
        if ((count - apart >= 3 || both || apart >= 3) && score > best_score &&
            strchr(c[i].title, ' ') && ends_whole(c[i].title) &&
            (count >= 3 || strlen(c[i].title) > HEADER_SHORT_TITLE) &&
            !evx_report_number(report, c[i].title, strlen(c[i].title)) &&
            !ends_in_code(c[i].title) &&
            (count < 3 || lines_per_page(c + i, count) >= HEADER_MIN_LINES_PER_PAGE)) {
            best = i;
            best_score = score;
        }
        i = j;
    }
    if (st == EVX_OK && best_score && (*out = evx_strdup(c[best].title)) == NULL)
        st = EVX_NOMEM;
    for (size_t i = 0; i < nc; i++)
        free(c[i].title);
    free(c);
    return st;
}

/* Could s[0..n) (spaces single) be the start of a header with this title,
 * its number first or not? */
static int begins_title(const char *s, size_t n, const char *title, size_t tl)
{
    size_t d = 0;
    while (d < n && evx_ascii_digit((unsigned char)s[d]))
        d++;
    d = d > 0 && d < n && s[d] == ' ' ? d + 1 : 0;
    return n - d <= tl && strncasecmp(s + d, title, n - d) == 0;
}

/* Is line ln the title alone, any case (runs of spaces as one)? */
static int title_alone(const char *title, const evx_text *t, size_t ln)
{
    size_t n, tl = strlen(title);
    const char *s = evx_text_line(t, ln, &n);
    if (!s)
        return 0;
    size_t i = lead_space(s, n);
    n = evx_ascii_rtrim(s + i, n - i);
    if (n < tl || evx_ascii_tolower((unsigned char)s[i]) !=
                      evx_ascii_tolower((unsigned char)title[0]))
        return 0; /* most lines: no copy made */
    evx_buf b = EVX_BUF_INIT;
    int is = join_line(t, ln, &b) && b.len == tl &&
             strncasecmp(evx_buf_str(&b), title, b.len) == 0;
    evx_buf_free(&b);
    return is;
}

/* The note marker glued to the end of line ln ("… altogether”.8": 8;
 * one to three digits after a word or its punctuation, not a year's
 * four), else 0. */
static int marker_ending(const evx_text *t, size_t ln)
{
    size_t n;
    const char *s = ln ? evx_text_line(t, ln, &n) : NULL;
    if (!s)
        return 0;
    n = evx_ascii_rtrim(s, n);
    size_t k = n;
    while (k > 0 && n - k < 3 && evx_ascii_digit((unsigned char)s[k - 1]))
        k--;
    return k < n && k > 0 && s[k - 1] != ' ' &&
                   !evx_ascii_digit((unsigned char)s[k - 1])
               ? atoi(s + k)
               : 0;
}

/* A header printed apart from its number, from line ln: the number
 * alone, then (past blank lines) the title alone, or the title, then
 * the number, or the title alone (the number on the page's other side,
 * or lost); the lines it takes, or 0. */
static size_t separated_lines(const char *title, const char *report,
                              const evx_text *t, size_t ln)
{
    size_t next = near_line(t, report, ln, 1);
    if (number_alone(t, ln)) {
        /* not where the title has a page's furniture of its own after
         * it ("13" / "HC 377" / "Title" / "Page 2": the 13 is a contents
         * page's) */
        size_t after = next ? near_line(t, report, next, 1) : 0;
        return next && title_alone(title, t, next) && !(after && page_line(report, t, after))
                   ? next - ln + 1
                   : 0;
    }
    if (!title_alone(title, t, ln))
        return 0;
    /* not where the number heads a column of them ("Title" / "3" / "4" /
     * "4": the pages of a contents list a PDF tool printed after the
     * title of its page); a number that heads the next page ("5" / "6" /
     * "TITLE") is none */
    size_t after = next ? near_line(t, report, next, 1) : 0;
    size_t then = after ? near_line(t, report, after, 1) : 0;
    int column = after && number_alone(t, after) && !(then && title_alone(title, t, then));
    /* nor the number of the note the text just cited ("… altogether”.8"
     * / "Title" / "8" / its body: pdfminer prints the header between) */
    int v = next ? number_alone(t, next) : 0;
    int cited = v && marker_ending(t, near_line(t, report, ln, -1)) == v;
    return v && !column && !cited ? next - ln + 1 : 1;
}

size_t evx_running_header_lines(const char *title, const char *report,
                                const evx_text *t, size_t ln)
{
    size_t n;
    const char *s0 = evx_text_line(t, ln, &n);
    size_t i = s0 ? lead_space(s0, n) : 0;
    /* a header opens with its page number or its title's first letter */
    if (!title || !s0 || i >= n ||
        !(evx_ascii_digit((unsigned char)s0[i]) ||
          evx_ascii_tolower((unsigned char)s0[i]) ==
              evx_ascii_tolower((unsigned char)title[0])))
        return 0;
    /* printed apart: its number alone, then the title alone, or the
     * title, then the number (blank lines between them are its own) */
    size_t apart = separated_lines(title, report, t, ln);
    if (apart)
        return apart;
    size_t found = 0, tl = strlen(title);
    evx_buf b = EVX_BUF_INIT;
    for (size_t k = 1; k <= HEADER_MAX_LINES && join_line(t, ln + k - 1, &b); k++) {
        const char *s = evx_buf_str(&b);
        if (evx_running_header(title, s, b.len)) {
            found = k;
            break;
        }
        if (!begins_title(s, b.len, title, tl))
            break;
    }
    evx_buf_free(&b);
    return found;
}

int evx_running_header_page(const char *title, const char *s, size_t n)
{
    size_t tl = title ? strlen(title) : 0, i = 0, d;
    int pg = 0;
    if (!title || n < tl)
        return -1;
    while (i < n && evx_ascii_digit((unsigned char)s[i]))
        i++;
    if (i > 0 && i <= 4 && i < n && s[i] == ' ') {
        size_t k = i;
        while (k < n && s[k] == ' ')
            k++;
        if (n - k == tl && strncasecmp(s + k, title, tl) == 0)
            return atoi(s);
    }
    if (strncasecmp(s, title, tl) != 0 || (n > tl && s[tl] != ' '))
        return -1;
    for (i = tl; i < n && s[i] == ' '; i++)
        ;
    for (d = i; i < n && evx_ascii_digit((unsigned char)s[i]); i++)
        pg = pg * 10 + (s[i] - '0');
    if (d == n)
        return 0; /* the title alone */
    return i == n && i - d <= 4 ? pg : -1;
}

int evx_running_header(const char *title, const char *s, size_t n)
{
    return evx_running_header_page(title, s, n) > 0;
}

/* Does s[0..n) spell report, spaces and case aside? */
static int same_number(const char *report, const char *s, size_t n)
{
    size_t i = 0;
    for (const char *r = report;; r++) {
        while (*r == ' ')
            r++;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (!*r || i == n)
            return !*r && i == n;
        if (evx_ascii_tolower((unsigned char)*r) !=
            evx_ascii_tolower((unsigned char)s[i]))
            return 0;
        i++;
    }
}

int evx_report_footer(const char *report, const char *s, size_t n)
{
    if (!report || !strpbrk(report, "0123456789") || n == 0)
        return 0;
    size_t d = 0, k = n;
    while (d < n && evx_ascii_digit((unsigned char)s[d]))
        d++;
    /* "4 HC 1234": the page's number first */
    if (d > 0 && d <= 4 && d < n && (s[d] == ' ' || s[d] == '\t') &&
        same_number(report, s + d, n - d))
        return atoi(s);
    /* "HC 1234 5": after it */
    while (k > 0 && evx_ascii_digit((unsigned char)s[k - 1]))
        k--;
    return k < n && n - k <= 4 && k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t') &&
                   same_number(report, s, k)
               ? atoi(s + k)
               : 0;
}

/* The report's number, or a page label, is page furniture only where it
 * repeats as pages do: a footnote citing another session's paper of the same number, or a
 * wrapped citation, prints it once. */
#define REPORT_FURNITURE_MIN 3

/* The number of digits at s[i..n), up to 4; 0 past that. */
static size_t short_number(const char *s, size_t i, size_t n)
{
    size_t d = 0;
    while (i + d < n && evx_ascii_digit((unsigned char)s[i + d]))
        d++;
    return d <= 4 ? d : 0;
}

int evx_page_label(const char *s, size_t n)
{
    if (n < 6 || strncasecmp(s, "page ", 5) != 0)
        return 0;
    size_t d = short_number(s, 5, n);
    int pg = d ? atoi(s + 5) : 0;
    if (!d || 5 + d == n)
        return pg;
    size_t k = 5 + d;
    if (n - k < 5 || strncasecmp(s + k, " of ", 4) != 0)
        return 0;
    size_t d2 = short_number(s, k + 4, n);
    return d2 && k + 4 + d2 == n && atoi(s + k + 4) >= pg ? pg : 0;
}

int evx_page_labels(const evx_text *t)
{
    size_t seen = 0;
    for (size_t ln = 1; ln <= evx_text_lines(t) && seen < REPORT_FURNITURE_MIN; ln++) {
        size_t n;
        const char *s = evx_text_line(t, ln, &n);
        size_t i = lead_space(s, n);
        seen += evx_page_label(s + i, evx_ascii_rtrim(s + i, n - i)) > 0;
    }
    return seen >= REPORT_FURNITURE_MIN;
}

int evx_report_number(const char *report, const char *s, size_t n)
{
    return report && strpbrk(report, "0123456789") && n &&
           same_number(report, s, n);
}

/* Is line ln of t the report's number, alone or with the page's? */
static int report_line(const char *report, const evx_text *t, size_t ln)
{
    size_t n;
    const char *s = report ? evx_text_line(t, ln, &n) : NULL;
    if (!s)
        return 0;
    size_t i = lead_space(s, n);
    n = evx_ascii_rtrim(s + i, n - i);
    return evx_report_number(report, s + i, n) ||
           evx_report_footer(report, s + i, n);
}


const char *evx_report_furniture(const char *report, const evx_text *t)
{
    size_t seen = 0;
    for (size_t ln = 1; report && ln <= evx_text_lines(t) &&
                        seen < REPORT_FURNITURE_MIN; ln++)
        seen += (size_t)report_line(report, t, ln);
    return seen >= REPORT_FURNITURE_MIN ? report : NULL;
}

int evx_running_title_alone(const char *title, const char *report,
                            const char *s, size_t n)
{
    if (evx_running_header_page(title, s, n) == 0)
        return 1;
    size_t rl = report ? strlen(report) : 0, tl = title ? strlen(title) : 0;
    return rl && tl > rl + 1 && strncasecmp(title, report, rl) == 0 &&
           title[rl] == ' ' && n == tl - rl - 1 &&
           strncasecmp(s, title + rl + 1, n) == 0;
}
