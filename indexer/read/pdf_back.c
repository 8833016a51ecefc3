/*
 * pdf_back.c - back matter recognisers; see pdf_back.h.
 */
#include "pdf_back.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"

static int prefix_fold(const char *s, size_t len, const char *p)
{
    size_t n = strlen(p);
    if (len < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (evx_ascii_tolower((unsigned char)s[i]) != evx_ascii_tolower((unsigned char)p[i]))
            return 0;
    return 1;
}

int pdf_rec_tail(const char *s, size_t len, size_t *cut, int *para)
{
    len = evx_ascii_rtrim(s, len);
    if (len < 4 || s[len - 1] != ')')
        return 0;
    size_t open = len - 1;
    while (open > 0 && s[open] != '(' && len - open < 80)
        open--;
    if (s[open] != '(')
        return 0;
    size_t i = open + 1;
    /* "Paragraph", "Pargraph", "Paragaph", "Paragraphs", "Para", "Paras" */
    if (!prefix_fold(s + i, len - i, "par"))
        return 0;
    while (i < len && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
        i++;
    if (i < len && s[i] == '.')
        i++;
    while (i < len && s[i] == ' ')
        i++;
    if (i >= len || !evx_ascii_digit((unsigned char)s[i]))
        return 0;
    int v = 0;
    while (i < len && evx_ascii_digit((unsigned char)s[i]) && v < 100000)
        v = v * 10 + (s[i++] - '0');
    *para = v;
    *cut = evx_ascii_rtrim(s, open);
    return 1;
}

static size_t digits_back(const char *s, size_t end)
{
    size_t i = end;
    while (i > 0 && evx_ascii_digit((unsigned char)s[i - 1]))
        i--;
    return end - i;
}

static int num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n && v < 1000000; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

int pdf_qrange(const char *s, size_t len, size_t *cut, int *first, int *last)
{
    len = evx_ascii_rtrim(s, len);
    size_t n2 = digits_back(s, len);
    if (n2 == 0 || n2 > 6)
        return 0;
    size_t p = len - n2;
    int b = num(s + p, n2), a = b;
    if (p >= 3 && (unsigned char)s[p - 3] == 0xE2 &&
        (unsigned char)s[p - 2] == 0x80 && (unsigned char)s[p - 1] == 0x93)
        p -= 3;
    else if (p >= 1 && s[p - 1] == '-')
        p -= 1;
    else
        goto single;
    {
        size_t n1 = digits_back(s, p);
        if (n1 == 0 || n1 > 6 || p - n1 < 1 || s[p - n1 - 1] != 'Q')
            return 0;
        a = num(s + p - n1, n1);
        p = p - n1 - 1;
        goto found;
    }
single:
    if (p < 1 || s[p - 1] != 'Q')
        return 0;
    p -= 1;
found:
    if (p > 0 && s[p - 1] != ' ')
        return 0;
    *first = a;
    *last = b;
    *cut = evx_ascii_rtrim(s, p);
    return 1;
}

int pdf_date_line(const char *s, size_t len, size_t *date_off)
{
    static const char *const days[] = {"Monday",   "Tuesday", "Wednesday",
                                       "Thursday", "Friday",  "Saturday",
                                       "Sunday"};
    len = evx_ascii_rtrim(s, len);
    for (size_t d = 0; d < sizeof days / sizeof days[0]; d++) {
        size_t n = strlen(days[d]);
        if (len < n + 8 || memcmp(s, days[d], n) != 0 || s[n] != ' ')
            continue;
        size_t i = n + 1;
        if (!evx_ascii_digit((unsigned char)s[i]))
            return 0;
        /* day, month word, four-digit year, nothing else */
        while (i < len && evx_ascii_digit((unsigned char)s[i]))
            i++;
        if (i >= len || s[i++] != ' ' || i >= len || !evx_ascii_upper((unsigned char)s[i]))
            return 0;
        while (i < len && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
            i++;
        if (i >= len || s[i++] != ' ')
            return 0;
        if (len - i != 4 || digits_back(s, len) != 4)
            return 0;
        *date_off = n + 1;
        return 1;
    }
    return 0;
}

int pdf_evidence_line(const char *s, size_t len, pdf_evidence *ev)
{
    len = evx_ascii_rtrim(s, len);
    size_t i = 0;
    while (i < len && s[i] == ' ')
        i++;
    size_t nd = 0;
    while (i + nd < len && evx_ascii_digit((unsigned char)s[i + nd]))
        nd++;
    if (nd == 0 || nd > 5 || i + nd >= len || s[i + nd] != ' ')
        return 0;
    if (len < 4 || s[len - 1] != ')')
        return 0;
    size_t open = len - 1;
    while (open > i + nd && s[open] != '(')
        open--;
    if (s[open] != '(' || open < i + nd + 2)
        return 0;
    /* code: letters then digits, nothing else */
    size_t c = open + 1, k = c;
    while (k < len - 1 && evx_ascii_upper((unsigned char)s[k]))
        k++;
    size_t nl = k - c;
    while (k < len - 1 && evx_ascii_digit((unsigned char)s[k]))
        k++;
    if (nl == 0 || k == c + nl || k != len - 1)
        return 0;
    ev->number = num(s + i, nd);
    ev->title_off = i + nd + 1;
    ev->title_len = evx_ascii_rtrim(s, open) - ev->title_off;
    ev->code_off = c;
    ev->code_len = k - c;
    return ev->title_len > 0;
}

/* ---- panel split ---- */

static const char *const honorifics[] = {
    "Dr ",        "Professor ", "Prof ",  "Sir ",    "Dame ",  "Lord ",
    "Baroness ",  "Lady ",      "Mr ",    "Mrs ",    "Ms ",    "Miss ",
    "Councillor ", "Cllr ",     "Rt Hon ", "Rt. Hon ", "The Rt Hon ",
    "Right Honourable ", "Rev ", "Revd ", "Reverend ", "Canon ", "Bishop "};

/* Words that mark a part as a role or an organisation, not a name. */
static const char *const not_name_words[] = {
    "chief", "executive", "director", "officer", "chair", "chairman",
    "minister", "secretary", "head", "deputy", "assistant", "national",
    "policy", "health", "care", "nhs", "association", "council",
    "university", "group", "fund", "trust", "committee", "england",
    "department", "society", "college", "service", "services", "public",
    "foundation", "federation", "institute", "commission", "board",
    "network", "partnership", "agency", "office", "ltd", "limited", "plc",
    "lead", "manager", "adviser", "advisor", "member", "president",
    "general", "former", "interim", "strategy", "research", "senior",
    "commissioners", "providers", "confederation", "state", "clinical",
    "medical", "nursing", "stp", "ccg", "unison", "international",
    "government", "local", "affairs", "uk", "the", "of", "and", "for",
    "in", "on", "at", "partnerships", "system", "systems", "royal",
    "british", "voices", "fund", "professor"};

static int word_is(const char *w, size_t n, const char *x)
{
    if (strlen(x) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (evx_ascii_tolower((unsigned char)w[i]) != (unsigned char)x[i])
            return 0;
    return 1;
}

static int has_honorific(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof honorifics / sizeof honorifics[0]; i++) {
        size_t n = strlen(honorifics[i]);
        if (len > n && memcmp(s, honorifics[i], n) == 0 &&
            evx_ascii_upper((unsigned char)s[n]))
            return 1;
    }
    return 0;
}

static int looks_like_name(const char *s, size_t len)
{
    if (len == 0 || !evx_ascii_upper((unsigned char)s[0]))
        return 0;
    if (has_honorific(s, len))
        return 1;
    size_t i = 0, words = 0;
    while (i < len) {
        while (i < len && s[i] == ' ')
            i++;
        if (i >= len)
            break;
        size_t ws = i;
        while (i < len && s[i] != ' ')
            i++;
        size_t n = i - ws;
        words++;
        if (!evx_ascii_upper((unsigned char)s[ws]))
            return 0;
        /* an all-capitals word is an acronym (NHS, UK), not a name */
        int has_lower = 0;
        for (size_t k = ws; k < i; k++)
            if (evx_ascii_lower((unsigned char)s[k]))
                has_lower = 1;
        if (!has_lower && n > 1)
            return 0;
        for (size_t k = 0; k < sizeof not_name_words / sizeof *not_name_words; k++)
            if (word_is(s + ws, n, not_name_words[k]))
                return 0;
    }
    return words >= 2 && words <= 4;
}

static int reads_as_role(const char *s, size_t len)
{
    static const char *const role_starts[] = {
        "former ", "chief ",   "deputy ", "director ", "assistant ",
        "head ",   "chair",    "co-chair", "minister ", "secretary ",
        "executive ", "interim ", "national ", "professor ", "senior ",
        "lead ",   "member ",  "president ", "permanent "};
    for (size_t i = 0; i < sizeof role_starts / sizeof *role_starts; i++)
        if (prefix_fold(s, len, role_starts[i]))
            return 1;
    return 0;
}

typedef struct part {
    size_t off, len;
} part;

static evx_status add_witness(evx_unit *u, const char *s, const part *p,
                              size_t n)
{
    evx_status st = EVX_OK;
    char *name = evx_strndup(s + p[0].off, p[0].len);
    char *role = NULL, *org = NULL;
    if (n == 2) {
        if (reads_as_role(s + p[1].off, p[1].len))
            role = evx_strndup(s + p[1].off, p[1].len);
        else
            org = evx_strndup(s + p[1].off, p[1].len);
    } else if (n > 2) {
        size_t ro = p[1].off, re = p[n - 2].off + p[n - 2].len;
        role = evx_strndup(s + ro, re - ro);
        org = evx_strndup(s + p[n - 1].off, p[n - 1].len);
    }
    if (!name || (n >= 2 && !role && !org))
        st = EVX_NOMEM;
    else
        st = evx_unit_add_person(u, name, role, org);
    free(name);
    free(role);
    free(org);
    return st;
}

evx_status pdf_split_people(evx_unit *u, const char *s, size_t len)
{
    enum { MAXP = 128 };
    part parts[MAXP];
    size_t n = 0, i = 0;
    len = evx_ascii_rtrim(s, len);
    while (i < len && n < MAXP) {
        while (i < len && s[i] == ' ')
            i++;
        if (prefix_fold(s + i, len - i, "and "))
            i += 4;
        size_t st = i;
        while (i < len && s[i] != ',')
            i++;
        size_t e = evx_ascii_rtrim(s + st, i - st) + st;
        if (e > st) {
            parts[n].off = st;
            parts[n].len = e - st;
            n++;
        }
        if (i < len)
            i++; /* the comma */
    }
    size_t start = 0;
    for (size_t k = 1; k <= n; k++) {
        int boundary = k == n;
        /* a name starts a new witness once the current one has an org */
        if (!boundary && k - start >= 2 &&
            looks_like_name(s + parts[k].off, parts[k].len))
            boundary = 1;
        if (boundary && k > start) {
            evx_status st = add_witness(u, s, parts + start, k - start);
            if (st)
                return st;
            start = k;
        }
    }
    return EVX_OK;
}
