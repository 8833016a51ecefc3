/*
 * layout_words.c - word shapes for the page layer; see layout_words.h.
 */
#include "layout_words.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "dash.h"
#include "marks.h"
#include "paranum.h"

int evx_wd_eq(const evx_word *w, const char *lit)
{
    size_t n = strlen(lit);
    if (w->len != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (evx_ascii_tolower((unsigned char)w->s[i]) !=
            evx_ascii_tolower((unsigned char)lit[i]))
            return 0;
    return 1;
}

/* A plain number of 1-4 digits, no leading zero: its value, else 0. */
int evx_wd_int(const evx_word *w)
{
    if (w->len == 0 || w->len > 4 || w->s[0] == '0')
        return 0;
    int v = 0;
    for (unsigned i = 0; i < w->len; i++) {
        if (!evx_ascii_digit((unsigned char)w->s[i]))
            return 0;
        v = v * 10 + (w->s[i] - '0');
    }
    return v;
}

int evx_wd_num_dot(const evx_word *w)
{
    if (w->len < 2 || !evx_ascii_digit((unsigned char)w->s[0]))
        return 0;
    int para = 0;
    size_t k = evx_para_read(w->s, w->len, &para);
    if (k && evx_para_is_by_chapter(para) &&
        (k == w->len || (k + 1 == w->len && w->s[k] == '.')))
        return para;
    if (w->len < 2 || w->len > 4 || w->s[w->len - 1] != '.' || w->s[0] == '0')
        return 0;
    int v = 0;
    for (unsigned i = 0; i + 1 < w->len; i++) {
        if (!evx_ascii_digit((unsigned char)w->s[i]))
            return 0;
        v = v * 10 + (w->s[i] - '0');
    }
    return v;
}

static int is_quote_open(const unsigned char *s, size_t len)
{
    return len >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
           (s[2] == 0x9C || s[2] == 0x98);
}

/* Starts like the first word of a sentence, heading or reference. */
int evx_wd_upperish(const evx_word *w)
{
    const unsigned char *s = (const unsigned char *)w->s;
    if (w->len == 0)
        return 0;
    return evx_ascii_upper(s[0]) || evx_ascii_digit(s[0]) || s[0] == '"' ||
           s[0] == '[' || s[0] == '(' || s[0] == '\'' || s[0] >= 0xC3 ||
           is_quote_open(s, w->len);
}

int evx_wd_goes_on(const evx_word *w)
{
    static const char *const open_words[] = {
        "the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "with",
        "by", "from", "at", "as", "into", "its", "their", "our", "between"};
    for (size_t i = 0; i < sizeof open_words / sizeof *open_words; i++)
        if (evx_wd_eq(w, open_words[i]) && evx_wd_lower(w))
            return 1;
    char end = w->s[w->len - 1];
    return end == ',' || end == '-';
}

int evx_wd_lower(const evx_word *w)
{
    return w->len && w->s[0] >= 'a' && w->s[0] <= 'z';
}

/* Punctuation a sentence (or a quotation) can end with. */
static int end_punct(const unsigned char *s, size_t len)
{
    if (len == 0)
        return 0;
    unsigned char c = s[len - 1];
    if (strchr(".?!:;)", c) && c)
        return 1;
    /* ” ’ … */
    return len >= 3 && s[len - 3] == 0xE2 && s[len - 2] == 0x80 &&
           (c == 0x9D || c == 0x99 || c == 0xA6);
}

/* Ends a sentence, perhaps followed by a glued footnote marker. */
int evx_wd_ends_sentence(const evx_word *w)
{
    const unsigned char *s = (const unsigned char *)w->s;
    size_t k = w->len;
    while (k > 0 && evx_ascii_digit(s[k - 1]))
        k--;
    if (k == w->len)
        return end_punct(s, k);
    return k > 0 && end_punct(s, k);
}

int evx_wd_ends_stop(const evx_word *w)
{
    char c = w->len ? w->s[w->len - 1] : 0;
    return c && strchr(".?!:;,", c) != NULL;
}

/* The footnote marker glued to the end of a word ("sandblasting.2",
 * "5mm.1", "break.”14"): its value, else 0. */
int evx_wd_marker(const evx_word *w)
{
    const unsigned char *s = (const unsigned char *)w->s;
    size_t k = w->len;
    while (k > 0 && evx_ascii_digit(s[k - 1]))
        k--;
    if (k == w->len || k == 0 || w->len - k > 3 || s[k] == '0')
        return 0;
    unsigned char c = s[k - 1];
    /* after a letter, punctuation, or a closing quote or ellipsis; never
     * after a dash ("12–13" is a range) */
    int closing = k >= 3 && s[k - 3] == 0xE2 && s[k - 2] == 0x80 &&
                  (c == 0x9D || c == 0x99 || c == 0xA6);
    if (!((c >= 'a' && c <= 'z') || (c && strchr(".,;:!?)]%", c)) || closing))
        return 0;
    if (k == 1 && evx_ascii_alpha(c))
        return 0; /* "w5" (a page of written evidence), "A3", "M4": a
                     letter's label, not a word with its marker */
    int v = 0;
    for (size_t i = k; i < w->len; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

int evx_wd_cites(const evx_word *w, int after, int ahead)
{
    int v = evx_wd_marker(w);
    if (v > after && v <= after + EVX_MARK_AHEAD)
        return v;
    size_t k = w->len;
    while (k > 0 && evx_ascii_digit((unsigned char)w->s[k - 1]))
        k--;
    long first;
    evx_word head = *w;
    head.len = (unsigned)k + 1; /* the word and the first digit: glued so */
    if (after && k > 0 && k < w->len && evx_wd_marker(&head) &&
        evx_mark_split(w->s + k, w->len - k, &first) && first > after &&
        first <= after + EVX_MARK_AHEAD)
        return (int)first + 1;
    return v > after && v <= after + ahead ? v : 0;
}

int evx_wd_url(const evx_word *w)
{
    return (w->len > 7 && strncmp(w->s, "http://", 7) == 0) ||
           (w->len > 8 && strncmp(w->s, "https://", 8) == 0) ||
           (w->len > 4 && strncmp(w->s, "www.", 4) == 0);
}

int evx_url_goes_on(const char *prev, size_t plen, const char *s, size_t n)
{
    static const char *const ends[] = {".pdf", ".htm", ".html", ".aspx",
                                       ".php", ".doc", ".docx", ".xlsx"};
    while (plen && prev[plen - 1] == ' ')
        plen--;
    while (n && s[n - 1] == ' ')
        n--;
    if (!n || memchr(s, ' ', n) || plen < 8 || memchr(prev, ' ', plen) ||
        !(strncmp(prev, "http://", 7) == 0 || strncmp(prev, "https://", 8) == 0 ||
          strncmp(prev, "www.", 4) == 0))
        return 0;
    char last = prev[plen - 1];
    if (last == '/' || last == '-' || last == '_' || last == '=' || last == '?' ||
        memchr(s, '/', n))
        return 1;
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t e = strlen(ends[i]);
        if (n > e && strncmp(s + n - e, ends[i], e) == 0)
            return 1;
    }
    return 0;
}

int evx_url_in_text(const char *prev, size_t plen, const char *s, size_t n)
{
    while (n && s[n - 1] == ' ')
        n--;
    const char *gap = memchr(s, ' ', n);
    if (gap && gap + 1 < s + n)
        return 1;
    while (plen && prev && prev[plen - 1] == ' ')
        plen--;
    return plen && memchr(",:;", prev[plen - 1], 3) != NULL;
}

/* A question reference ending a witness panel: "Q1–64", "Q263-286",
 * "Q12", perhaps with a comma or full stop. */
int evx_wd_qrange(const evx_word *w)
{
    const unsigned char *s = (const unsigned char *)w->s;
    size_t n = w->len, i = 1;
    if (n < 2 || s[0] != 'Q' || !evx_ascii_digit(s[1]))
        return 0;
    while (i < n && evx_ascii_digit(s[i]))
        i++;
    i += evx_dash_at((const char *)s + i, n - i);
    while (i < n && evx_ascii_digit(s[i]))
        i++;
    while (i < n && strchr(".,;", s[i]))
        i++;
    return i == n;
}

int evx_wd_ref_leader(const evx_word *w, size_t *text_len, size_t *ref_at)
{
    const unsigned char *u = (const unsigned char *)w->s;
    size_t q = w->len;
    while (q > 0 && u[q - 1] != '.' &&
           !(q >= 3 && u[q - 3] == 0xE2 && u[q - 2] == 0x80 && u[q - 1] == 0xA6) &&
           !(q >= 2 && u[q - 2] == 0xC2 && u[q - 1] == 0xB7))
        q--; /* past the last dot (or "…", "·"): the reference */
    evx_word ref = *w;
    ref.s += q;
    ref.len -= (unsigned)q;
    if (q == 0 || (q < w->len && !evx_wd_qrange(&ref)))
        return 0;
    *text_len = evx_leader_before(w->s, q);
    *ref_at = q;
    return *text_len < q;
}

int evx_wd_qrange_open(const evx_word *w)
{
    const unsigned char *s = (const unsigned char *)w->s;
    size_t n = w->len, d = evx_dash_before(w->s, n), k;
    if (!d)
        return 0;
    k = n - d;
    while (k > 0 && evx_ascii_digit(s[k - 1]))
        k--;
    return k < n - d && k > 0 && s[k - 1] == 'Q' &&
           (k == 1 || !evx_ascii_digit(s[k - 2]));
}

/* A written-evidence code closing an entry: "(EIM0017)", "(STP0064)." -
 * two to six capitals and three to five digits. */
int evx_wd_code(const evx_word *w)
{
    const unsigned char *s = (const unsigned char *)w->s;
    size_t n = w->len, i = 0, caps = 0, digits = 0;
    while (n && strchr(".,;", s[n - 1]))
        n--;
    if (n && s[n - 1] == ')')
        n--;
    while (i < n && s[i] != '(')
        i++;
    if (i < n)
        i++;
    else
        i = 0;
    while (i < n && evx_ascii_upper(s[i]))
        i++, caps++;
    while (i < n && evx_ascii_digit(s[i]))
        i++, digits++;
    return i == n && caps >= 2 && caps <= 6 && digits >= 3 && digits <= 5;
}

int evx_wd_ev_page(const evx_word *w, const evx_word *next)
{
    const unsigned char *s = (const unsigned char *)next->s;
    size_t n = next->len, i = 0, d = 0;
    if (w->len != 2 || w->s[0] != 'E' || w->s[1] != 'v')
        return 0;
    while (n && strchr(".,;)", s[n - 1]))
        n--;
    if (i < n && s[i] == 'w')
        i++;
    while (i < n && evx_ascii_digit(s[i]))
        i++, d++;
    if (d == 0 || d > 5)
        return 0;
    size_t dash = evx_dash_at((const char *)s + i, n - i);
    if (!dash)
        return i == n;
    i += dash;
    if (i < n && s[i] == 'w')
        i++;
    for (d = 0; i < n && evx_ascii_digit(s[i]); i++)
        d++;
    return i == n && d > 0 && d <= 5;
}

/* Ends like a reference: a question number, an evidence code, a page, a
 * year, a closing bracket or full stop; not with a semicolon or comma,
 * after which the body lists more ("(ABC0002); see also …"). */
int evx_wd_ref_end(const evx_word *w)
{
    const unsigned char *s = (const unsigned char *)w->s;
    size_t n = w->len;
    if (n == 0 || s[n - 1] == ';' || s[n - 1] == ',')
        return 0;
    if (evx_wd_qrange(w) || evx_wd_code(w) || evx_wd_url(w))
        return 1;
    unsigned char c = s[n - 1];
    if (c == ')' || c == '.' || c == ']')
        return 1;
    if (evx_ascii_digit(c))
        return 1; /* p4, 2016, para 12 */
    return 0;
}

/* Words before a number that make it a reference, not a footnote: "section
 * 13", "paragraph 4", "page 2".  General English, from the way reports
 * cite their own and other documents' parts. */
int evx_wd_cites_number(const evx_word *w)
{
    static const char *const words[] = {
        "section", "sections", "paragraph", "paragraphs", "para", "paras",
        "page", "pages", "p", "p.", "pp", "pp.", "no", "no.", "number",
        "chapter", "chapters", "annex", "volume", "vol", "vol.", "figure",
        "table", "schedule", "clause", "part", "article", "regulation",
        "rule", "appendix", "box", "recommendation", "and", "to", "of",
        "or", "than", "over", "under", "about", "around", "nearly", "some",
        "only", "just", "least", "most", "by", "from", "in", "at", "with",
        /* a question, a page of evidence, a column, a House paper: "Q 2
         * (Jane Doe)", "Ev 12", "col 345", "HC 3", "Cm 4" */
        "q", "qq", "ev", "col", "cols", "hc", "hl", "cm", "cp",
        /* a question or an evidence session written out: "Question 3",
         * "Evidence session 3" */
        "question", "questions", "session", "sessions"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (evx_wd_eq(w, words[i]))
            return 1;
    return 0;
}

int evx_wd_same(const evx_word *a, const evx_word *b)
{
    if (a->len != b->len)
        return 0;
    for (unsigned i = 0; i < a->len; i++)
        if (evx_ascii_tolower((unsigned char)a->s[i]) !=
            evx_ascii_tolower((unsigned char)b->s[i]))
            return 0;
    return 1;
}

int evx_wd_heading_word(const evx_word *w)
{
    if (evx_wd_ends_sentence(w))
        return 0;
    for (unsigned c = 0; c < w->len; c++)
        if (evx_ascii_digit((unsigned char)w->s[c]) || strchr(":;\"", w->s[c]) ||
            (unsigned char)w->s[c] == 0xE2)
            return 0;
    return 1;
}

/* The dots of the leader character at s[k..n) ("." 1, "…" 3, "·" 1),
 * 0 if none; *len its bytes. */
static int leader_char(const unsigned char *s, size_t k, size_t n, size_t *len)
{
    *len = 1;
    if (s[k] == '.')
        return 1;
    *len = 3;
    if (k + 2 < n && s[k] == 0xE2 && s[k + 1] == 0x80 && s[k + 2] == 0xA6)
        return 3;
    *len = 2;
    if (k + 1 < n && s[k] == 0xC2 && s[k + 1] == 0xB7)
        return 1;
    return 0;
}

size_t evx_leader_before(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0, k = 0, len;
    int dots = 0;
    while (k < n) {
        int c = u[k] == ' ' ? 0 : leader_char(u, k, n, &len);
        if (u[k] == ' ') {
            k++;
        } else if (c) {
            dots += c;
            k += len;
        } else {
            dots = 0;
            run = ++k;
        }
    }
    return dots >= 2 ? run : n;
}

int evx_wd_leader(const evx_word *w, size_t *text_len, size_t *page_at)
{
    const unsigned char *s = (const unsigned char *)w->s;
    size_t n = w->len, d = n;
    while (d > 0 && evx_ascii_digit(s[d - 1]))
        d--;
    if (n - d > 4)
        d = n;
    /* a front-matter page in Roman numerals ("Summary.......iii") */
    size_t r = d == n ? evx_ascii_roman_page(w->s, n) : 0;
    if (r && r < n && s[n - r - 1] == '.')
        d = n - r;
    /* the leader: the longest run of dots ending at d */
    size_t k = 0, start = 0, len;
    int dots = 0;
    while (k < d) {
        int c = leader_char(s, k, d, &len);
        if (!c) {
            dots = 0;
            start = k + 1;
            k++;
            continue;
        }
        dots += c;
        k += len;
    }
    /* one dot after a word or before a number ends a sentence or a
     * title, or parts a number ("3.1"): no leader */
    if (k != d || dots == 0 || (dots < 2 && (start > 0 || d < n)))
        return 0;
    *text_len = start;
    *page_at = d;
    return 1;
}

size_t evx_glued_note(const char *s, size_t n, int v)
{
    char num[16];
    int k = snprintf(num, sizeof num, "%d", v);
    if (v <= 0 || k <= 0 || (size_t)k + 2 > n || memcmp(s, num, (size_t)k) != 0)
        return 0;
    const unsigned char *r = (const unsigned char *)s + k;
    size_t rn = n - (size_t)k;
    if (evx_ascii_upper(r[0]))
        /* "Q3", "Public", "HM": not "3G", "4K" */
        return (r[0] == 'Q' && evx_ascii_digit(r[1])) || evx_ascii_lower(r[1]) ||
                       evx_ascii_upper(r[1])
                   ? (size_t)k
                   : 0;
    if (!evx_ascii_digit(r[0]) || r[0] == '0')
        return 0;
    for (size_t i = 1; i < rn; i++)
        if (evx_ascii_alpha(r[i]) || r[i] == ':')
            return (size_t)k; /* "5Rights", "10:10" */
    return 0;
}

size_t evx_wd_glued_note(const evx_word *w, const evx_word *next, int v)
{
    size_t k = evx_glued_note(w->s, w->len, v);
    if (k || !next || next->line != w->line)
        return k;
    /* "2Q 116 [Mr Neil Ashdown]": the question's number set apart from
     * its "Q"; "1A list of witnesses …": a body opening with "A" */
    char num[16];
    int d = snprintf(num, sizeof num, "%d", v);
    size_t q = (size_t)d;
    if (v <= 0 || d <= 0 || w->len != q + 1 || memcmp(w->s, num, q) != 0)
        return 0;
    unsigned char c = (unsigned char)w->s[q], f = (unsigned char)next->s[0];
    return (c == 'Q' && evx_ascii_digit(f)) || (c == 'A' && evx_ascii_lower(f)) ? q : 0;
}

/* The digits (1-3) opening s[0..n) and the full stop after them: their
 * length, else 0. */
static size_t digits_dot(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 4 && evx_ascii_digit((unsigned char)s[i]))
        i++;
    return i >= 1 && i <= 3 && i < n && s[i] == '.' && s[0] != '0' ? i + 1 : 0;
}

size_t evx_glued_para_number(const char *s, size_t n)
{
    size_t k = digits_dot(s, n);
    if (!k)
        return 0;
    size_t more = digits_dot(s + k, n - k);
    if (more)
        k += more; /* "3.12.The" */
    else
        while (k < n && k < 7 && evx_ascii_digit((unsigned char)s[k]))
            k++; /* "3.12The" */
    const unsigned char *r = (const unsigned char *)s + k;
    size_t rn = n - k;
    if (rn >= 1 && evx_ascii_upper(r[0]) &&
        (rn == 1 ? r[0] == 'A' || r[0] == 'I' : evx_ascii_alpha(r[1])))
        return k; /* "1.The", "22.A" */
    size_t q = is_quote_open(r, rn) ? 3 : r[0] == '"' ? 1 : 0;
    return q && q < rn && evx_ascii_alpha(r[q]) ? k : 0;
}
