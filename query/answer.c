/*
 * answer.c - quantity questions and the units that state a quantity (see
 * answer.h).  ASCII words are enough: the cues and units are English.
 */
#include "answer.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"

#define WORD_MAX 24

/* The next ASCII word of s from *i (letters and digits), folded to lower
 * case into w; 0 when there is none.  *i moves past it. */
static int next_word(const char *s, size_t *i, char w[WORD_MAX])
{
    size_t n = 0;

    while (s[*i] && !evx_ascii_alnum((unsigned char)s[*i]))
        (*i)++;
    if (!s[*i])
        return 0;
    while (evx_ascii_alnum((unsigned char)s[*i])) {
        if (n + 1 < WORD_MAX)
            w[n++] = (char)evx_ascii_tolower((unsigned char)s[*i]);
        (*i)++;
    }
    w[n] = '\0';
    return 1;
}

/* Is w one of the words of list (NULL-terminated)? */
static int one_of(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

int evx_answer_asks_quantity(const char *query)
{
    static const char *const after_how[] = {"many", "much", "long", "big",
                                            "small", "large", "often", "far",
                                            NULL};
    static const char *const after_what[] = {"percentage", "proportion",
                                             "share", "number", "fraction",
                                             "amount", NULL};
    char prev[WORD_MAX] = "", w[WORD_MAX];
    size_t i = 0;

    if (!query)
        return 0;
    while (next_word(query, &i, w)) {
        if ((!strcmp(prev, "how") && one_of(w, after_how)) ||
            (!strcmp(prev, "what") && one_of(w, after_what)) ||
            (!strcmp(prev, "number") && !strcmp(w, "of")))
            return 1;
        memcpy(prev, w, sizeof prev);
    }
    return 0;
}

/* Does s[0..n) begin with word (ASCII, any case) ending there? */
static int starts_word(const char *s, size_t n, const char *word)
{
    size_t k = strlen(word);
    return n >= k && strncasecmp(s, word, k) == 0 &&
           (k == n || !evx_ascii_alnum((unsigned char)s[k]));
}

/* Is a currency sign (£, $, €) just before s[a], with or without a
 * space? */
static int currency_before(const char *s, size_t a)
{
    if (a > 0 && s[a - 1] == ' ')
        a--;
    return (a >= 1 && s[a - 1] == '$') ||
           (a >= 2 && !memcmp(s + a - 2, "\xC2\xA3", 2)) ||
           (a >= 3 && !memcmp(s + a - 3, "\xE2\x82\xAC", 3));
}

/* Does a unit follow the number ending at s (glued or after a space):
 * "%", "per cent", "million", "bn", "mm", "tonnes", "years" ...? */
static int unit_after(const char *s, size_t n)
{
    static const char *const units[] = {
        "per cent", "percent", "million", "millions", "billion", "billions",
        "bn", "m", "mn", "k", "tn", "mm", "cm", "km", "kg", "tonnes",
        "tons", "years", "months", "weeks", "days", "hours", "times", NULL};
    if (n && *s == '%')
        return 1;
    if (n && *s == ' ') {
        s++;
        n--;
    }
    for (const char *const *u = units; *u; u++)
        if (starts_word(s, n, *u))
            return 1;
    return 0;
}

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!evx_ascii_digit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Is s[0..4) a year, 1900 to 2099? */
static int year_at(const char *s)
{
    return digits(s, 4) && (!memcmp(s, "19", 2) || !memcmp(s, "20", 2));
}

/* Is the number at s[a] the second half of a year's span ("2015/16",
 * "2015-16", "2015–16")? */
static int year_span_end(const char *s, size_t a)
{
    if (a >= 5 && (s[a - 1] == '/' || s[a - 1] == '-'))
        return year_at(s + a - 5);
    return a >= 7 && !memcmp(s + a - 3, "\xE2\x80\x93", 3) && year_at(s + a - 7);
}

/* Is the number ending at s a day of a month ("11 June", "1st April")? */
static int day_of_month(const char *s, size_t n)
{
    static const char *const months[] = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", NULL};
    static const char *const ords[] = {"st", "nd", "rd", "th", NULL};
    for (const char *const *o = ords; *o; o++)
        if (n >= 2 && starts_word(s, n, *o)) {
            s += 2;
            n -= 2;
            break;
        }
    if (!n || *s != ' ')
        return 0;
    for (const char *const *m = months; *m; m++)
        if (starts_word(s + 1, n - 1, *m))
            return 1;
    return 0;
}

/* Is the word before the number at s[a] one that makes it a reference
 * ("paragraph 12", "Chapter 2", "HC 650", "Q 361", "page 5")? */
static int reference_before(const char *s, size_t a)
{
    static const char *const refs[] = {
        "chapter", "chapters", "paragraph", "paragraphs", "para", "paras",
        "page", "pages", "p", "pp", "section", "sections", "figure", "table",
        "annex", "recommendation", "recommendations", "footnote",
        "footnotes", "hc", "hl", "q", "qq", "question", "questions", "part",
        "box", "vol", "no", "session", "clause", "article", "regulation",
        "schedule", "step", "phase", NULL};
    size_t e = a, b;
    char w[WORD_MAX];
    size_t n = 0;

    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '.'))
        e--;
    if (e == a)
        return 0;
    b = e;
    while (b > 0 && evx_ascii_alpha((unsigned char)s[b - 1]))
        b--;
    if (b == e || e - b >= WORD_MAX)
        return 0;
    for (size_t i = b; i < e; i++)
        w[n++] = (char)evx_ascii_tolower((unsigned char)s[i]);
    w[n] = '\0';
    return one_of(w, refs);
}

/* Does the number s[a..b) state a quantity (see answer.h)? */
static int is_quantity(const char *s, size_t n, size_t a, size_t b)
{
    if (a > 0 && (evx_ascii_alpha((unsigned char)s[a - 1]) || s[a - 1] == '_'))
        return 0; /* a code: Q361, EIM0034 */
    if (currency_before(s, a) || unit_after(s + b, n - b))
        return 1;
    if (b < n && evx_ascii_alpha((unsigned char)s[b]))
        return 0; /* "3rd", "5G" */
    if ((b - a == 4 && year_at(s + a)) || year_span_end(s, a))
        return 0;
    return !day_of_month(s + b, n - b) && !reference_before(s, a);
}

int evx_answer_states_quantity(const char *text)
{
    size_t n = text ? strlen(text) : 0;

    for (size_t i = 0; i < n; i++) {
        if (!evx_ascii_digit((unsigned char)text[i]))
            continue;
        size_t b = i;
        while (b < n && (evx_ascii_digit((unsigned char)text[b]) ||
                         ((text[b] == ',' || text[b] == '.') && b + 1 < n &&
                          evx_ascii_digit((unsigned char)text[b + 1]))))
            b++;
        if (is_quantity(text, n, i, b))
            return 1;
        i = b;
    }
    return 0;
}

void evx_answer_rerank(evx_hit *page, size_t n, double weight)
{
    for (size_t i = 0; i < n; i++)
        if (page[i].unit && evx_answer_states_quantity(page[i].unit->text))
            page[i].score *= 1.0 + weight;
    /* insertion sort: stable, and a page is ten hits */
    for (size_t i = 1; i < n; i++) {
        evx_hit h = page[i];
        size_t j = i;
        while (j > 0 && page[j - 1].score < h.score) {
            page[j] = page[j - 1];
            j--;
        }
        page[j] = h;
    }
}
