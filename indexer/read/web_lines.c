/*
 * web_lines.c - the shapes of web-edition lines (see web_lines.h).
 */
#include "web_lines.h"

#include <string.h>

#include "ascii.h"
#include "chapter.h"
#include "dash.h"
#include "dates.h"
#include "marks.h"
#include "pdf_back.h"
#include "recs_head.h"
#include "source.h"

#define CHAPTER_MAX_WORDS 20
#define HEADING_MAX_WORDS 15
#define PART_MAX_WORDS 10

/* The standard part headings of House of Commons select committee
 * reports, as printed in the reports' contents lists and web editions
 * (2010 onwards).  "prefix" entries also head longer titles ("List of
 * Reports from the Committee during the current Parliament"). */
static const struct part_name {
    const char *name;
    int prefix;
    evx_web_part part;
} part_names[] = {
    {"Contents", 0, EVX_WEB_PART_CONTENTS},
    {"Footnotes", 0, EVX_WEB_PART_FOOTNOTES},
    {"Formal minutes", 1, EVX_WEB_PART_SKIPPED},
    {"List of Reports from the Committee", 1, EVX_WEB_PART_SKIPPED},
    {"Witnesses", 0, EVX_WEB_PART_WITNESSES},
    {"Summary", 0, EVX_WEB_PART_SUMMARY},
    {"Glossary", 0, EVX_WEB_PART_GLOSSARY},
};

/* The page furniture a browser copy of a report's web page leaves around
 * the text: the footer of publications.parliament.uk pages ("Published:
 * 11 June 2018") and the navigation links of its chapter pages ("Prev |
 * Contents | Next", "Back to top").  A line is furniture if it starts
 * with a "prefix" entry or consists only of entries and '|'. */
static const struct furniture_name {
    const char *name;
    int prefix;
} furniture_names[] = {
    {"Published:", 1}, {"Back to top", 0}, {"Top of page", 0},
    {"Previous page", 0}, {"Next page", 0},
    {"Previous", 0},   {"Prev", 0},        {"Next", 0},
    {"Contents", 0},
    /* the foot of a publications.parliament.uk page before 2017 */
    {"\xC2\xA9 Parliamentary copyright", 1},
};

static int at(const char *s, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= n && memcmp(s + i, lit, k) == 0;
}

static int starts_fold(const char *s, size_t n, const char *p)
{
    size_t i, k = strlen(p);

    if (n < k)
        return 0;
    for (i = 0; i < k; i++)
        if (evx_ascii_tolower((unsigned char)s[i]) !=
            evx_ascii_tolower((unsigned char)p[i]))
            return 0;
    return 1;
}

void evx_web_trim(const char **s, size_t *n, size_t *lead)
{
    if (!*s) {
        *n = 0;
        if (lead)
            *lead = 0;
        return;
    }
    size_t b = 0, e = *n;

    for (;;) {
        if (b < e && evx_ascii_space((*s)[b]))
            b++;
        else if (at(*s, e, b, "\xC2\xA0"))
            b += 2;
        else
            break;
    }
    for (;;) {
        if (e > b && evx_ascii_space((*s)[e - 1]))
            e--;
        else if (e >= b + 2 && at(*s, e, e - 2, "\xC2\xA0"))
            e -= 2;
        else
            break;
    }
    *s += b;
    *n = e - b;
    if (lead)
        *lead = b;
}

const char *evx_web_line_text(const evx_text *t, size_t l, size_t *n)
{
    const char *s = evx_text_line(t, l, n);
    evx_web_trim(&s, n, NULL);
    return s;
}

static size_t skip_blanks(const char *s, size_t n, size_t i)
{
    while (i < n && evx_ascii_space(s[i]))
        i++;
    return i;
}

/* The digit run at s[b..): its end, or b if it is not 1 to 4 digits
 * without a leading zero. */
static size_t number_end(const char *s, size_t n, size_t b)
{
    size_t i = b;

    while (i < n && evx_ascii_digit(s[i]))
        i++;
    if (i == b || i - b > 4 || s[b] == '0')
        return b;
    return i;
}

static long value(const char *s, size_t b, size_t e)
{
    long v = 0;

    for (; b < e; b++)
        v = v * 10 + (s[b] - '0');
    return v;
}

/* Does a name that starts with a number start at t ("5 Gyres Institute",
 * "38 Degrees"): digits, a space, a capital? */
static int names_after(const char *s, size_t n, size_t t)
{
    size_t e = number_end(s, n, t);
    return e < n - 1 && s[e] == ' ' && evx_ascii_upper(s[e + 1]);
}

/* Does a sentence that opens with a figure start at t ("4. 2020 was
 * the year", "4. 1,200 complaints were")?  Digits (with a comma or a
 * point between them), a space, a word. */
static int count_after(const char *s, size_t n, size_t t)
{
    size_t e = t;
    while (e < n && (evx_ascii_digit(s[e]) ||
                     ((s[e] == ',' || s[e] == '.') && e + 1 < n &&
                      evx_ascii_digit(s[e + 1]) && e > t)))
        e++;
    return e + 1 < n && s[e] == ' ' && evx_ascii_alpha(s[e + 1]);
}

/* Whether an ordinal's ending ("st", "nd", "rd", "th") stands at s[e],
 * a word's end after it. */
static int ordinal_at(const char *s, size_t n, size_t e)
{
    static const char *const ends[] = {"st", "nd", "rd", "th"};

    if (e + 2 > n || (e + 2 < n && evx_ascii_alpha(s[e + 2])))
        return 0;
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
        if (s[e] == ends[k][0] && s[e + 1] == ends[k][1])
            return 1;
    return 0;
}

int evx_web_numbered(const char *s, size_t n, long *num, evx_web_style *style,
                     size_t *text_off)
{
    size_t b = s && n && s[0] == '[' ? 1 : 0, e = number_end(s, n, b), t;

    if (e == b)
        return 0;
    *num = value(s, b, e);
    if (b) {
        if (e >= n || s[e] != ']')
            return 0;
        *style = EVX_WEB_BRACKET;
        t = skip_blanks(s, n, e + 1);
    } else if (e == n) {
        *style = EVX_WEB_ALONE;
        t = n;
    } else if (s[e] == '.') {
        if (e + 1 < n && evx_ascii_digit(s[e + 1]))
            return 0; /* a decimal, "1.1 The Bill …": no number of ours */
        t = skip_blanks(s, n, e + 1);
        /* "234." alone: its text on the next line, as a browser copies
         * a number set apart */
        *style = t == n ? EVX_WEB_ALONE : EVX_WEB_DOT;
    } else if (evx_ascii_space(s[e])) {
        *style = EVX_WEB_SPACE;
        t = skip_blanks(s, n, e);
    } else if (evx_ascii_alpha(s[e]) || (unsigned char)s[e] >= 0x80) {
        if (ordinal_at(s, n, e))
            return 0; /* "1st Social care funding HC 100": a table's row */
        if (evx_dash_at(s + e, n - e))
            return 0; /* "2019–21, Delivering …": a range, a session's
                         years wrapped to a line's start */
        *style = EVX_WEB_GLUED;
        t = e;
    } else {
        return 0;
    }
    if (*style != EVX_WEB_ALONE && (t >= n || (evx_ascii_digit(s[t]) &&
                                              !(*style != EVX_WEB_GLUED &&
                                                names_after(s, n, t)) &&
                                              !(*style == EVX_WEB_DOT &&
                                                count_after(s, n, t)))))
        return 0;
    *text_off = t;
    return 1;
}

/* Whether the word s[0..n) is w, case folded. */
static int word_is(const char *s, size_t n, const char *w)
{
    size_t i;

    if (strlen(w) != n)
        return 0;
    for (i = 0; i < n; i++)
        if (evx_ascii_tolower((unsigned char)s[i]) != (unsigned char)w[i])
            return 0;
    return 1;
}

/* Whether the word s[0..n) is one of list's. */
static int word_among(const char *s, size_t n, const char *const *list,
                      size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (word_is(s, n, list[i]))
            return 1;
    return 0;
}

int evx_web_ends_in_function_word(const char *s, size_t n)
{
    static const char *const words[] = {
        "the", "a", "an", "of", "and", "or", "to", "in", "for", "with", "by",
        "on", "at", "from", "its", "their", "his", "her", "our", "which",
        "that", "whose", "but", "as", "into", "than", "be", "is", "are",
        "was", "were", "has", "have", "had"};
    size_t e = n, b;

    while (e && !evx_ascii_alpha((unsigned char)s[e - 1]))
        e--;
    if (e < n)
        return 0; /* ends in a mark, a digit or a bracket, not a word */
    for (b = e; b && evx_ascii_alpha((unsigned char)s[b - 1]); b--)
        ;
    return b < e && evx_ascii_lower((unsigned char)s[b]) &&
           word_among(s + b, e - b, words, sizeof words / sizeof *words);
}

/* Does s[0..n) end in a number that is no part of a title: a page number,
 * a marker glued to a word ("system12"), a count?  A year ("The winter
 * of 2010", "Session 2017–19") and a name's number ("COVID-19") are a
 * title's words. */
/* Does s[0..e) end with a word that numbers a provision of law or a
 * treaty ("Article", "Section", "Part", "Schedule", "Clause",
 * "Regulation", "Rule", "Protocol"), whose number a title may end with? */
static int cites_provision(const char *s, size_t e)
{
    static const char *const words[] = {"article", "section", "part",
                                        "schedule", "clause", "regulation",
                                        "rule", "protocol"};
    size_t b = e;
    while (b > 0 && evx_ascii_alpha((unsigned char)s[b - 1]))
        b--;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (word_is(s + b, e - b, words[k]))
            return 1;
    return 0;
}

static int ends_in_number(const char *s, size_t n)
{
    size_t d = n;
    while (d > 0 && evx_ascii_digit((unsigned char)s[d - 1]))
        d--;
    if (d == n)
        return 0;
    size_t dash = d >= 1 && s[d - 1] == '-' ? 1
                  : d >= 3 && (unsigned char)s[d - 3] == 0xE2 &&
                          (unsigned char)s[d - 2] == 0x80 &&
                          (unsigned char)s[d - 1] == 0x93
                      ? 3
                      : 0;
    if (dash && d > dash) {
        size_t b = d - dash; /* before the dash */
        if (evx_ascii_alpha((unsigned char)s[b - 1]))
            return 0; /* COVID-19 */
        if (b >= 4 && evx_year_at(s + b - 4) &&
            (b == 4 || !evx_ascii_alnum((unsigned char)s[b - 5])))
            return 0; /* 2017–19 */
    }
    if (d > 1 && s[d - 1] == ' ' && cites_provision(s, d - 1))
        return 0; /* "Eviction and Article 8", "Powers under Section 75" */
    return !(n - d == 4 && evx_year_at(s + d) && d > 0 && s[d - 1] == ' ');
}

/* Whether a title reads as a sentence: a stop inside it or at its end,
 * a number that ends it (ends_in_number), or a closing ':', ';' or ','. */
static int sentence_like(const char *s, size_t n)
{
    size_t i, k;

    if (strchr(":;,", s[n - 1]) || ends_in_number(s, n))
        return 1;
    for (i = 0; i < n; i++) {
        if (s[i] != '.')
            continue;
        /* a full stop, or one inside a closing mark ("… not there.”") */
        k = i + 1;
        if (k + 3 <= n && (memcmp(s + k, "\xE2\x80\x9D", 3) == 0 ||
                           memcmp(s + k, "\xE2\x80\x99", 3) == 0))
            k += 3;
        else if (k < n && (s[k] == '"' || s[k] == '\'' || s[k] == ')'))
            k++;
        if (k == n || evx_ascii_space(s[k]) || evx_ascii_digit(s[k]))
            return 1;
    }
    return 0;
}

int evx_web_chapter(const char *s, size_t n, long *num, size_t *title_off)
{
    size_t e = number_end(s, n, 0), t;

    if (n == 0)
        return 0;
    if (e > 0 && e <= 2) {
        *num = value(s, 0, e);
        t = e < n && s[e] == '.' ? e + 1 : e;
        t = skip_blanks(s, n, t);
    } else {
        t = evx_chapter_word(s, n, num);
    }
    if (t == 0 || t >= n || !evx_ascii_upper(s[t]) ||
        evx_ascii_words(s + t, n - t) > CHAPTER_MAX_WORDS ||
        sentence_like(s + t, n - t))
        return 0;
    *title_off = t;
    return 1;
}

int evx_web_backlink(const char *s, size_t n, size_t *b, size_t *e,
                     long *num)
{
    static const char link[] = "back to footnote";
    size_t i, k = sizeof link - 1, d, end;

    for (i = 0; i + k <= n; i++) {
        if ((i && !evx_ascii_space(s[i - 1]) && s[i - 1] != '(' &&
             s[i - 1] != '[') ||
            !starts_fold(s + i, n - i, link))
            continue;
        d = skip_blanks(s, n, i + k);
        end = number_end(s, n, d);
        *num = end > d ? value(s, d, end) : 0;
        if (end == d)
            end = i + k;
        if (end < n && (s[end] == ')' || s[end] == ']'))
            end++;
        *b = i;
        *e = end;
        return 1;
    }
    return 0;
}

/* Does s[0..n) hold p (lower case), any case? */
static int has_fold(const char *s, size_t n, const char *p)
{
    for (size_t i = 0; i < n; i++)
        if (starts_fold(s + i, n - i, p))
            return 1;
    return 0;
}

/* Does s open with a word, a number and a full stop, then more words
 * ("Annex 1. The Department …": a sentence, not "Annex 1: Visit")? */
static int numbered_sentence(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] != ' ')
        i++;
    size_t d = ++i;
    while (i < n && evx_ascii_digit((unsigned char)s[i]))
        i++;
    return i > d && i + 2 < n && s[i] == '.' && s[i + 1] == ' ';
}

evx_web_part evx_web_part_after(const char *prev, size_t pn, const char *s,
                                size_t n)
{
    evx_web_part part = evx_web_part_of(s, n);
    pn = prev ? evx_ascii_rtrim(prev, pn) : 0;
    if (part != EVX_WEB_PART_NONE && pn && evx_ascii_lower((unsigned char)prev[pn - 1]) &&
        numbered_sentence(s, n))
        return EVX_WEB_PART_NONE;
    return part;
}

evx_web_part evx_web_part_of(const char *s, size_t n)
{
    size_t i, k;

    size_t words = evx_ascii_words(s, n);
    /* the House of Lords' "Appendix 2: List of witnesses" */
    if (words <= PART_MAX_WORDS && starts_fold(s, n, "Appendix ") &&
        has_fold(s, n, "list of witnesses"))
        return EVX_WEB_PART_WITNESSES;
    /* "Annex", "Annex: Visit to Leeds", "Appendix 1: Letter from the
     * Minister for Water, Lord Fenwick of Alnmouth" (not a sentence) */
    if (words <= 2 * PART_MAX_WORDS && evx_annex_heading(s, n))
        return EVX_WEB_PART_ANNEX;
    if (words > PART_MAX_WORDS)
        return EVX_WEB_PART_NONE;
    if (evx_recs_heading(s, n))
        return EVX_WEB_PART_RECS;
    if (evx_evidence_heading(s, n))
        return EVX_WEB_PART_EVIDENCE;
    for (i = 0; i < sizeof part_names / sizeof *part_names; i++) {
        k = strlen(part_names[i].name);
        /* "Footnotes", "Footnotes:" */
        if (starts_fold(s, n, part_names[i].name) &&
            (n == k || (n == k + 1 && s[k] == ':') ||
             (part_names[i].prefix && s[k] == ' ')))
            return part_names[i].part;
    }
    return EVX_WEB_PART_NONE;
}

static int many_sentences(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i + 2 < n; i++)
        if (strchr(".?!", s[i]) && evx_ascii_space(s[i + 1]) &&
            evx_ascii_upper(s[i + 2]))
            return 1;
    return 0;
}

int evx_web_heading_shape(const char *s, size_t n, int *stop)
{
    char last = s[n - 1];

    if (evx_web_ends_in_function_word(s, n))
        return 0; /* "Accounts has continued to pursue … by its" */

    *stop = strchr(".!?", last) != NULL;
    /* a heading may open with a quoted word ("\u2018TRIVIAL\u2019 OR
     * \u2018FRIVOLOUS\u2019 QUESTIONS") */
    size_t q = n > 3 && (unsigned char)s[0] == 0xE2 &&
                       (unsigned char)s[1] == 0x80 &&
                       ((unsigned char)s[2] == 0x98 ||
                        (unsigned char)s[2] == 0x9C)
                   ? 3
                   : 0;
    return evx_ascii_upper(s[q]) &&
           evx_ascii_words(s, n) <= HEADING_MAX_WORDS && !many_sentences(s, n) &&
           !strchr(":;,", last) && !ends_in_number(s, n);
}

int evx_web_reads_as_sentence(const char *s, size_t n)
{
    /* a word that points back to what came before opens a sentence that
     * goes on from the paragraph; a heading names its topic */
    static const char *const back[] = {"this", "these", "that", "those",
                                       "it", "they", "we", "he", "she",
                                       "such", "there", "our", "their"};
    /* a finite verb a noun phrase has not */
    static const char *const finite[] = {
        "is", "are", "was", "were", "has", "have", "had", "will", "would",
        "can", "could", "should", "must", "may", "might", "does", "did"};
    size_t i = 0, k, first = 1;

    while (i < n) {
        while (i < n && !evx_ascii_alpha((unsigned char)s[i]))
            i++;
        for (k = i; k < n && evx_ascii_alpha((unsigned char)s[k]); k++)
            ;
        if (k > i &&
            ((first && word_among(s + i, k - i, back,
                                  sizeof back / sizeof *back)) ||
             word_among(s + i, k - i, finite, sizeof finite / sizeof *finite)))
            return 1;
        first = 0;
        i = k;
    }
    return 0;
}

/* The length of the furniture entry s starts with, or 0; *prefix gets
 * whether it takes the rest of the line. */
static size_t furniture_entry(const char *s, size_t n, int *prefix)
{
    size_t i, k;

    for (i = 0; i < sizeof furniture_names / sizeof *furniture_names; i++) {
        k = strlen(furniture_names[i].name);
        if (starts_fold(s, n, furniture_names[i].name) &&
            (k == n || furniture_names[i].prefix || s[k] == ' ' ||
             s[k] == '|')) {
            *prefix = furniture_names[i].prefix;
            return k;
        }
    }
    return 0;
}

/* "Prepared 24 March 2015": the date a page was made, at its foot. */
static int prepared_date(const char *s, size_t n)
{
    if (!starts_fold(s, n, "Prepared ") || n < 5)
        return 0;
    size_t w = evx_ascii_words(s, n);
    return w >= 3 && w <= 4 && evx_ascii_digit(s[n - 1]) &&
           evx_ascii_digit(s[n - 4]) && !evx_ascii_digit(s[n - 5]);
}

int evx_web_furniture(const char *s, size_t n)
{
    size_t i = 0, k;
    int prefix = 0, any = 0;

    if (prepared_date(s, n) || evx_ascii_rule_line(s, n))
        return 1; /* a rule drawn in characters, as a text browser prints
                     the page's <hr> */

    while (i < n) {
        if (evx_ascii_space(s[i]) || s[i] == '|') {
            i++;
            continue;
        }
        k = furniture_entry(s + i, n - i, &prefix);
        if (!k)
            return 0;
        if (prefix)
            return i == 0;
        any = 1;
        i += k;
    }
    return any && evx_web_part_of(s, n) != EVX_WEB_PART_CONTENTS;
}

/* ---- quotations wrapped in quotation marks ---- */

#define LDQ "\xE2\x80\x9C" /* left double quotation mark */
#define RDQ "\xE2\x80\x9D" /* right double quotation mark */

static size_t count_lit(const char *s, size_t n, const char *lit)
{
    size_t i, k = 0;

    for (i = 0; i < n; i++)
        k += at(s, n, i, lit);
    return k;
}

/* Where the closing quotation mark of a quotation wrapped in quotation
 * marks stands: last on the line but for footnote markers and stops; n
 * if none. */
static size_t closing_mark(const char *s, size_t n)
{
    size_t e = n;

    while (e > 0 && (evx_ascii_digit(s[e - 1]) || strchr(".,;[] ", s[e - 1])))
        e--;
    return e >= 3 && at(s, n, e - 3, RDQ) ? e - 3 : n;
}

size_t evx_web_unwrap_quote(const char *s, size_t n, evx_buf *out)
{
    size_t opens = count_lit(s, n, LDQ), closes = count_lit(s, n, RDQ);
    size_t close = closing_mark(s, n);
    int lead = at(s, n, 0, LDQ);
    int tail = close < n;
    size_t from = 0;

    if (lead && opens - 1 == closes - (size_t)tail)
        from = 3;
    else
        lead = 0;
    if (!tail || closes - 1 != opens - (size_t)lead) {
        evx_buf_append(out, s + from, n - from);
        return from;
    }
    evx_buf_append(out, s + from, close - from);
    evx_buf_append(out, s + close + 3, n - close - 3);
    return from;
}

int evx_web_wrapped_quote(const char *s, size_t n)
{
    size_t close = closing_mark(s, n);

    return at(s, n, 0, LDQ) && close < n && close > 3 &&
           count_lit(s, n, LDQ) == 1 && count_lit(s, n, RDQ) == 1;
}

/* ---- footnote lists ---- */

int evx_web_another_body(const evx_text *text, size_t l, const char *s,
                         size_t n, int open)
{
    long num, next;
    size_t off, m, pn;
    evx_web_style st;
    const char *prev = evx_text_line(text, l - 1, &pn);

    if (!evx_web_numbered(s, n, &num, &st, &off) || st != EVX_WEB_SPACE ||
        num <= open || !evx_ascii_upper(s[off]))
        return 0;
    if (prev && pn && prev[evx_ascii_rtrim(prev, pn) - 1] == '.')
        return 1;
    for (size_t k = l + 1; k <= l + 8 && k <= evx_text_lines(text); k++) {
        const char *t = evx_text_line(text, k, &m);
        evx_web_trim(&t, &m, NULL);
        if (m && evx_web_numbered(t, m, &next, &st, &off))
            return next == num + 1;
    }
    return 0;
}

int evx_web_stops_mid(const char *t, size_t n)
{
    while (n && t[n - 1] == ' ')
        n--;
    /* a footnote marker left glued (its body lost, so not taken off;
     * marks.h's rule, any number): "not the case.\u201d171" ends as "not
     * the case.\u201d" does */
    size_t d = n, mb;
    long num;
    while (d && evx_ascii_digit((unsigned char)t[d - 1]))
        d--;
    if (d < n && evx_mark_glued(NULL, t, n, d, n, &mb, &num))
        n = mb;
    if (!n)
        return 0;
    if (n >= 3 && (unsigned char)t[n - 3] == 0xE2 &&
        (unsigned char)t[n - 2] == 0x80)
        return 0; /* a closing quotation mark, dash or ellipsis */
    /* a stop, or the bar that closes a table's row */
    return !strchr(".?!:;)]'\"|", t[n - 1]);
}

int evx_web_list_label(const char *s, size_t n)
{
    size_t i = s[0] == '(' ? 1 : 0, k = i;
    int digits = 0, roman = 1;

    while (k < n && k - i < 4 && (evx_ascii_digit((unsigned char)s[k]) ||
                                  evx_ascii_lower((unsigned char)s[k]))) {
        digits += evx_ascii_digit((unsigned char)s[k]) != 0;
        roman &= strchr("ivx", s[k]) != NULL;
        k++;
    }
    if (k == i || k + 1 >= n || s[k + 1] != ' ' ||
        !(digits == (int)(k - i) || (!digits && (k - i == 1 || roman))))
        return 0;
    if (s[k] == ')')
        return 1;
    return s[k] == '.' && !i && !digits;
}

/* The end of s before a footnote marker left on it ("[25]", "25"). */
static size_t before_marker(const char *s, size_t n)
{
    size_t k = n;

    if (k && s[k - 1] == ']')
        k--;
    while (k && evx_ascii_digit((unsigned char)s[k - 1]))
        k--;
    if (k < n && k && s[k - 1] == '[')
        k--;
    return k < n && k ? k : n;
}

int evx_web_list_end(const char *s, size_t n)
{
    size_t k = n > 4 && at(s, n, n - 4, " and") ? n - 4
               : n > 3 && at(s, n, n - 3, " or") ? n - 3
                                                 : 0;
    if (k)
        k = before_marker(s, k);
    if (s[n - 1] == ';' || (k && s[k - 1] == ';'))
        return EVX_WEB_ITEM_END;
    return k && s[k - 1] == ',' ? EVX_WEB_ITEM_COMMA : 0;
}


int evx_web_date_line(const char *s, size_t n)
{
    size_t i = 0;
    while (n > 0 && evx_ascii_space(s[n - 1]))
        n--;
    while (i < n && evx_ascii_space(s[i]))
        i++;
    size_t d = i;
    while (i < n && evx_ascii_digit((unsigned char)s[i]))
        i++;
    if (i == d || i - d > 2 || i >= n || s[i++] != ' ')
        return 0;
    size_t m = evx_month_at(s + i, n - i), y;
    if (!m || i + m >= n || s[i + m] != ' ')
        return 0;
    for (y = i + m + 1; y < n && evx_ascii_digit((unsigned char)s[y]);)
        y++;
    return y == n && n - (i + m + 1) == 4;
}

int evx_web_joined_entries(const evx_text *t, size_t l, size_t lines, int number)
{
    int more = 0;
    for (size_t k = l; k < l + lines; k++) {
        size_t n, at;
        const char *s = evx_web_line_text(t, k, &n);
        while (s && (at = pdf_evidence_joined(s, n, number + more + 1)) > 0) {
            more++;
            s += at;
            n -= at;
        }
    }
    return more;
}

int evx_web_year_of_date(const char *prev, size_t pn, long num)
{
    while (pn && evx_ascii_space(prev[pn - 1]))
        pn--;
    size_t w = pn;
    while (w > 0 && prev[w - 1] != ' ')
        w--;
    return num >= 1000 && num <= 2100 && pn > w &&
           evx_month_at(prev + w, pn - w) == pn - w;
}

int evx_web_hr_line(const char *s, size_t n)
{
    size_t i = 0, runs = 0;
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        if (i < n && s[i] != '=')
            return 0;
        if (i < n)
            runs++;
        while (i < n && s[i] == '=')
            i++;
    }
    return runs == 1;
}
