/*
 * pdf_back.c - back matter recognisers; see pdf_back.h.
 */
#include "pdf_back.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "attrib_parts.h"
#include "attrib_text.h"
#include "buf.h"
#include "dash.h"
#include "dates.h"
#include "layout_words.h"
#include "names.h"
#include "paranum.h"
#include "pdf_panel.h"
#include "web_lines.h"

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
    /* "(Paragraph 54)", and "(Paragraph 54." when extraction lost the
     * bracket */
    if (len >= 4 && s[len - 1] == '.' && evx_ascii_digit((unsigned char)s[len - 2]))
        len--;
    else if (len < 4 || s[len - 1] != ')')
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
    int v = 0; /* "54", or by chapter "3.12" (paranum.h) */
    if (i >= len || !evx_para_read(s + i, len - i, &v))
        return 0;
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

/* Takes the question sign before s[*p] back off *p: "Q" glued ("Q1"),
 * or "Q", "QQ" or "Qq" and a space (the House of Lords' "QQ 1–10");
 * 0 if there is none. */
static int q_before(const char *s, size_t *p)
{
    size_t i = *p;
    if (i >= 2 && s[i - 1] == ' ')
        i--;
    if (i >= 2 && (s[i - 1] == 'Q' || s[i - 1] == 'q') && s[i - 2] == 'Q')
        i--; /* "QQ", "Qq" */
    if (i < 1 || s[i - 1] != 'Q')
        return 0;
    *p = i - 1;
    return 1;
}

int pdf_qrange_open(const char *s, size_t len)
{
    len = evx_ascii_rtrim(s, len);
    size_t dash = evx_dash_before(s, len);
    if (!dash)
        return 0;
    size_t p = len - dash, n = digits_back(s, p);
    if (n == 0 || n > 6)
        return 0;
    p -= n;
    return q_before(s, &p) && !(p > 0 && evx_ascii_digit((unsigned char)s[p - 1]));
}

int pdf_qrange(const char *s, size_t len, size_t *cut, int *first, int *last)
{
    len = evx_ascii_rtrim(s, len);
    size_t n2 = digits_back(s, len);
    if (n2 == 0 || n2 > 6)
        return 0;
    size_t p = len - n2;
    int b = num(s + p, n2), a = b;
    /* a range wrapped after its dash leaves a space: "Q37– 84" */
    size_t sp = p > 0 && s[p - 1] == ' ' && evx_dash_before(s, p - 1) ? 1 : 0;
    size_t dash = evx_dash_before(s, p - sp);
    if (!dash)
        goto single;
    p -= sp + dash;
    {
        size_t n1 = digits_back(s, p);
        if (n1 == 0 || n1 > 6 || p - n1 < 1)
            return 0;
        a = num(s + p - n1, n1);
        p -= n1;
        if (!q_before(s, &p))
            return 0;
        goto found;
    }
single:
    if (!q_before(s, &p))
        return 0;
found:
    /* "Office Q1–39", or glued as a web page's copy leaves it:
     * "OfficeQ1–39" (but not "2018Q1") */
    if (p > 0 && evx_ascii_digit((unsigned char)s[p - 1]))
        return 0;
    *first = a;
    *last = b;
    *cut = evx_ascii_rtrim(s, evx_leader_before(s, p));
    /* a dash set apart before the range, as a web page's table cells
     * copied onto one line leave it ("Harbour Trust — Q1–40") */
    size_t d = evx_dash_before(s, *cut);
    if (d && *cut > d && s[*cut - d - 1] == ' ')
        *cut = evx_ascii_rtrim(s, *cut - d);
    return 1;
}

int pdf_ev_tail(const char *s, size_t len, size_t *cut, size_t *ref_off,
                size_t *ref_len)
{
    len = evx_ascii_rtrim(s, len);
    size_t e = len, nd = digits_back(s, e);
    if (nd == 0 || nd > 5)
        return 0;
    size_t p = e - nd;
    if (p > 0 && s[p - 1] == 'w')
        p--;
    /* a range: "Ev 1-5", "Ev 1–5", "Ev w1-w5" */
    size_t q = p - evx_dash_before(s, p);
    if (q < p) {
        size_t n1 = digits_back(s, q);
        if (n1 == 0 || n1 > 5)
            return 0;
        p = q - n1;
        if (p > 0 && s[p - 1] == 'w')
            p--;
    }
    /* more pages before it: "Ev 45, 52", "Ev 45, Ev 52", "Ev w5, w9" */
    for (;;) {
        size_t k = p;
        if (k >= 4 && s[k - 1] == ' ' && s[k - 2] == 'v' && s[k - 3] == 'E' &&
            k >= 6 && s[k - 4] == ' ' && s[k - 5] == ',')
            k -= 3;
        if (k < 3 || s[k - 1] != ' ' || s[k - 2] != ',')
            break;
        size_t n1 = digits_back(s, k - 2);
        if (n1 == 0 || n1 > 5)
            break;
        p = k - 2 - n1;
        if (p > 0 && s[p - 1] == 'w')
            p--;
    }
    if (p < 4 || s[p - 1] != ' ' || s[p - 2] != 'v' || s[p - 3] != 'E')
        return 0;
    p -= 3; /* "Ev " */
    if (p > 0 && evx_ascii_digit((unsigned char)s[p - 1]))
        return 0;
    *ref_off = p;
    *ref_len = len - p;
    *cut = evx_ascii_rtrim(s, evx_leader_before(s, p));
    /* a dash set apart before the range, as a web page's table cells
     * copied onto one line leave it ("Harbour Trust — Q1–40") */
    size_t d = evx_dash_before(s, *cut);
    if (d && *cut > d && s[*cut - d - 1] == ' ')
        *cut = evx_ascii_rtrim(s, *cut - d);
    return 1;
}

void pdf_evidence_key(evx_buf *out, const char *code, size_t n)
{
    for (size_t i = 0; i < n && code[i] != ','; i++) /* "Ev 45, 52": Ev45 */
        if (code[i] != ' ')
            evx_buf_putc(out, code[i]);
}

size_t pdf_code_len(const char *s, size_t len, size_t t)
{
    size_t k = t, nl, nd;
    while (k < len && evx_ascii_upper((unsigned char)s[k]))
        k++;
    nl = k - t;
    while (k < len && evx_ascii_digit((unsigned char)s[k]))
        k++;
    nd = k - t - nl;
    if (nl < 2 || nl > 5 || nd < 3 || nd > 6 || (k < len && s[k] != ' '))
        return 0;
    return k - t;
}

int pdf_column_head(const char *s, size_t len)
{
    /* an older report's column gives the printed evidence's page */
    static const char *const heads[] = {"question number", "question numbers",
                                        "questions", "question", "number",
                                        "numbers", "page"};
    while (len && evx_ascii_space(s[len - 1]))
        len--;
    while (len && evx_ascii_space(*s))
        s++, len--;
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++)
        if (len == strlen(heads[k]) && strncasecmp(s, heads[k], len) == 0)
            return 1;
    return 0;
}

int pdf_ends_mid_entry(const char *s, size_t len)
{
    char word[16];
    int lower = 0;
    len = evx_ascii_rtrim(s, len);
    if (!len || strchr(",-&", s[len - 1]))
        return len > 0;
    if (evx_web_ends_in_function_word(s, len))
        return 1;
    size_t w = len;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    if (len - w >= sizeof word)
        return 0;
    for (size_t i = w; i < len; i++) {
        lower |= evx_ascii_lower((unsigned char)s[i]);
        word[i - w] = (char)evx_ascii_tolower((unsigned char)s[i]);
    }
    return lower && evx_name_is_title(word, len - w);
}

/* Does line s[0..len) open a witness entry: with a person's title or a
 * name of two or more words from a capital, up to its first comma?  A
 * first name, or a body's last word, alone ("Joseph, Executive
 * Director, …", "Transport") goes on the entry above. */
static int opens_entry(const char *s, size_t len)
{
    const char *comma = memchr(s, ',', len);
    size_t n = comma ? (size_t)(comma - s) : len;
    return evx_part_has_honorific(s, n) || evx_part_rank_and_name(s, n) ||
           (evx_part_opens_capital(s, n) && memchr(s, ' ', n));
}

int pdf_entry_goes_on(const char *before, size_t blen, const char *next,
                      size_t nlen)
{
    size_t off, dlen, cut;
    /* words, not a page's number at its foot */
    if (!nlen || !(evx_ascii_alpha((unsigned char)next[0]) ||
                   (unsigned char)next[0] >= 0x80) ||
        pdf_date_line(next, nlen, &off, &dlen) || pdf_entry_ref(next, nlen, &cut))
        return 0;
    return pdf_ends_mid_entry(before, blen) || evx_ascii_lower((unsigned char)next[0]) ||
           !opens_entry(next, nlen);
}

int pdf_lords_list_head(const char *s, size_t len, int *oral)
{
    static const char oral_head[] = "Oral evidence in chronological order";
    static const char all_head[] = "Alphabetical list of all witnesses";
    len = evx_ascii_rtrim(s, len);
    if (len == sizeof oral_head - 1 && prefix_fold(s, len, oral_head)) {
        *oral = 1;
        return 1;
    }
    if (len == sizeof all_head - 1 && prefix_fold(s, len, all_head)) {
        *oral = 0;
        return 1;
    }
    return 0;
}

int pdf_marked_list_intro(const char *s, size_t len)
{
    static const char *const marks[] = {"marked *", "marked with an asterisk",
                                        "marked with *"};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        size_t n = strlen(marks[k]);
        for (size_t i = 0; i + n <= len; i++)
            if (prefix_fold(s + i, len - i, marks[k]))
                return 1;
    }
    return 0;
}

int pdf_ends_mid_sentence(const char *s, size_t len)
{
    len = evx_ascii_rtrim(s, len);
    /* a closing quote or bracket after the stop: "… only.)" */
    while (len > 0 && (s[len - 1] == ')' || s[len - 1] == '"'))
        len--;
    if (len >= 3 && memcmp(s + len - 3, "\xE2\x80\x9D", 3) == 0)
        len -= 3;
    return len > 0 && !strchr(".!?:", s[len - 1]);
}

int pdf_date_line(const char *s, size_t len, size_t *date_off,
                  size_t *date_len)
{
    len = evx_ascii_rtrim(s, len);
    size_t n = evx_weekday_at(s, len);
    if (!n || len < n + 8 || s[n] != ' ')
        return 0;
    size_t i = n + 1;
    if (!evx_ascii_digit((unsigned char)s[i]))
        return 0;
    /* day, month word, four-digit year, nothing else */
    while (i < len && evx_ascii_digit((unsigned char)s[i]))
        i++;
    if (i >= len || s[i++] != ' ' || i >= len ||
        !evx_ascii_upper((unsigned char)s[i]))
        return 0;
    while (i < len && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
        i++;
    if (i >= len || s[i++] != ' ')
        return 0;
    /* the year; words may follow ("Question number", a column head) */
    size_t y = i;
    while (i < len && evx_ascii_digit((unsigned char)s[i]))
        i++;
    if (i - y != 4 || (i < len && s[i] != ' '))
        return 0;
    *date_off = n + 1;
    *date_len = i - (n + 1);
    return 1;
}

/* Does a memorandum's number stand in brackets before s[k], its digits
 * ("(SCL 05)": 2 to 5 capitals, a space), after from?  *code gets where
 * its letters start. */
static int memo_in_brackets(const char *s, size_t k, size_t from, size_t *code)
{
    if (k < from + 4 || s[k - 1] != ' ')
        return 0;
    size_t c = k - 1, nl = 0;
    while (c > from && evx_ascii_upper((unsigned char)s[c - 1]) && nl < 6)
        c--, nl++;
    if (nl < 2 || nl > 5 || c == from || s[c - 1] != '(')
        return 0;
    *code = c;
    return 1;
}

/* The evidence code s ends with, bracketed "(STP0064)" or bare
 * "STP0064" (after a space, or glued to the title as a web page's copy
 * leaves it): 2 to 5 capitals and 3 to 6 digits.  Sets *code, *code_len
 * and *title_end (where the title stops) and returns 1; else 0.  Glued to
 * a title that ends in capitals, the code's letters are taken as 3. */
static int evidence_code(const char *s, size_t len, size_t from, size_t *code,
                         size_t *code_len, size_t *title_end)
{
    size_t cut, off, n;
    if (pdf_ev_tail(s, len, &cut, &off, &n) && off > from) {
        *code = off; /* an older report's page of the evidence: "Ev 45" */
        *code_len = n;
        *title_end = cut;
        return 1;
    }
    int bracket = len > from && s[len - 1] == ')';
    size_t end = bracket ? len - 1 : len;
    /* supplementary evidence's letter after the digits: "(WCD0031A)" */
    size_t sup = bracket && end > from + 1 && evx_ascii_upper((unsigned char)s[end - 1]) &&
                 evx_ascii_digit((unsigned char)s[end - 2]);
    size_t nd = digits_back(s, end - sup), k = end - sup - nd, nl = 0;

    if (bracket && !sup && nd >= 1 && nd <= 3 && memo_in_brackets(s, k, from, code)) {
        *code_len = end - *code; /* an older report's memorandum: "(SCL 05)" */
        *title_end = *code - 1;
        return 1;
    }
    if (nd < 3 || nd > 6)
        return 0;
    while (k > from && evx_ascii_upper((unsigned char)s[k - 1]) && nl < 16)
        k--, nl++;
    if (nl < 2)
        return 0;
    if (bracket) {
        if (k == from || s[k - 1] != '(' || nl > 5)
            return 0;
        *title_end = k - 1;
        /* an earlier submission's code before it: "(WCD0031), (WCD0031A)" */
        size_t te = *title_end;
        while (te > from && (s[te - 1] == ' ' || s[te - 1] == ','))
            te--;
        size_t c2, cl2, t2;
        if (te < *title_end && te > from && s[te - 1] == ')' &&
            evidence_code(s, te, from, &c2, &cl2, &t2) && t2 > from)
            *title_end = t2;
    } else {
        if (nl > 5 || (k > from && s[k - 1] != ' ' &&
                       evx_ascii_upper((unsigned char)s[k - 1]))) {
            k = end - nd - 3; /* "ACEVOESC0001": take "ESC" */
            nl = 3;
        }
        *title_end = k;
    }
    *code = k;
    *code_len = nl + nd + sup;
    return 1;
}

/* The entry whose title starts at s[t] and ends with its code, numbered
 * number: fills ev and returns 1, or 0 if s ends with no code or the
 * title is empty. */
static int evidence_entry(const char *s, size_t len, size_t t, int number,
                          pdf_evidence *ev)
{
    size_t c, cl, te;
    if (!evidence_code(s, len, t, &c, &cl, &te))
        return 0;
    ev->number = number;
    ev->title_off = t;
    te = evx_ascii_rtrim(s, te);
    /* the House of Lords' alphabetical list: a witness who also gave
     * oral evidence has its questions before the code ("Lord Lisvane
     * QQ 10–18" / "RSC0040"); they are no part of the name */
    size_t cut, qe = te;
    int qa, qb;
    while (qe > t && (s[qe - 1] == ',' || s[qe - 1] == ' '))
        qe--; /* "QQ 1–14, WRR0037" */
    if (qe > t && pdf_qrange(s + t, qe - t, &cut, &qa, &qb)) {
        if (cut == 0)
            return 0; /* "QQ 1–14, WRR0037": the questions, no name */
        te = t + cut;
    }
    ev->title_len = te > t ? te - t : 0;
    ev->code_off = c;
    ev->code_len = cl;
    return ev->title_len > 0;
}

size_t pdf_evidence_joined(const char *s, size_t len, int next)
{
    for (size_t j = 0; j < len; j++) {
        size_t code, code_len, title_end;
        if (s[j] != ')' || !evidence_code(s, j + 1, 0, &code, &code_len, &title_end))
            continue;
        size_t at = j + 1, d;
        while (at < len && s[at] == ' ')
            at++;
        int v = 0;
        for (d = at; d < len && d - at < 4 && evx_ascii_digit((unsigned char)s[d]); d++)
            v = v * 10 + (s[d] - '0');
        /* "… (LFS0006) 2 Marine Crew Union": the next entry's number */
        if (d > at && at > j + 1 && v == next && d + 1 < len && s[d] == ' ' &&
            evx_ascii_upper((unsigned char)s[d + 1]))
            return at;
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
    /* "3 NHS Providers", glued "3NHS Providers", or as a numbered list
     * prints it, "3. NHS Providers" (Pandoc's, a browser's copy) */
    size_t t = i + nd;
    if (nd > 0 && t + 1 < len && (s[t] == '.' || s[t] == ')') && s[t + 1] == ' ')
        t++;
    if (nd == 0 || nd > 5 || t >= len ||
        !(s[t] == ' ' || (t == i + nd && evx_ascii_upper((unsigned char)s[t]))))
        return 0;
    while (t < len && s[t] == ' ')
        t++;
    return evidence_entry(s, len, t, num(s + i, nd), ev);
}

/* An entry with its code first, from s[t]: 2 to 5 capitals and 3 to 6
 * digits, a blank or a dash, then the title. */
static int code_first(const char *s, size_t len, size_t t, pdf_evidence *ev)
{
    size_t k = t + pdf_code_len(s, len, t);
    if (k == t || k >= len)
        return 0;
    size_t title = k;
    while (title < len && (s[title] == ' ' || s[title] == '-'))
        title++;
    title += evx_dash_at(s + title, len - title);
    while (title < len && s[title] == ' ')
        title++;
    if (title >= len || !(evx_ascii_upper((unsigned char)s[title]) ||
                          (unsigned char)s[title] >= 0x80))
        return 0;
    ev->number = 0;
    ev->code_off = t;
    ev->code_len = k - t;
    ev->title_off = title;
    ev->title_len = len - title;
    return 1;
}

int pdf_evidence_unnumbered(const char *s, size_t len, pdf_evidence *ev)
{
    len = evx_ascii_rtrim(s, len);
    size_t t = 0;
    /* blanks, and the House of Lords' marks for oral evidence ("** ") */
    while (t < len && (s[t] == ' ' || s[t] == '*'))
        t++;
    if (t >= len || !(evx_ascii_alnum((unsigned char)s[t]) ||
                      (unsigned char)s[t] >= 0x80))
        return 0;
    return evidence_entry(s, len, t, 0, ev) || code_first(s, len, t, ev);
}

/* ---- panel split ---- */

typedef struct part {
    size_t off, len;
    int after_and; /* introduced by "and": the list's last witness */
    int after_semi; /* after a ";": another organisation's witnesses */
    int after_mark; /* after a House of Lords mark ("*"): another witness */
} part;

/* The length of a House of Lords mark for oral evidence ("*", "**") at
 * s[i], standing as a word of its own: 0 if none.  Inside an entry it is
 * the start of another witness's line that a re-wrapping ran on ("… QQ
 * 39–50 * Dr Jo Casebourne, …", "… Housing and Communities * Dame Sarah
 * Healey DCB, …"). */
static size_t lone_mark(const char *s, size_t len, size_t i)
{
    size_t e = i;
    while (e < len && s[e] == '*' && e - i < 3)
        e++;
    if (e == i || (i > 0 && s[i - 1] != ' ') || (e < len && s[e] != ' '))
        return 0;
    return e - i;
}

/* Where the organisation starts among a witness's parts p[0..n) (name,
 * post, organisation; n > 2): a department of state's name may hold
 * commas ("Director General, Department for Environment, Food and Rural
 * Affairs"), so at the first part after the post that opens with
 * "Department" or "Ministry"; else the last part ("Executive Director,
 * Strategy, NHS Improvement"). */
static size_t org_part(const char *s, const part *p, size_t n)
{
    for (size_t k = 2; k + 1 < n; k++)
        if (prefix_fold(s + p[k].off, p[k].len, "department ") ||
            prefix_fold(s + p[k].off, p[k].len, "ministry ") ||
            /* "The Cosmetics, Toiletry and Perfumery Association": the
             * article opens a body's name, never a post */
            (p[k].len > 4 && memcmp(s + p[k].off, "The ", 4) == 0))
            return k;
    return n - 1;
}

/* Where a post printed with its body after "at" ("Science Director at
 * Unilever") ends: the offset of " at " in s[0..len), the body after it
 * opening with a capital; 0 if none. */
static size_t post_at_body(const char *s, size_t len)
{
    for (size_t k = len; k-- > 1;)
        if (k + 4 < len && memcmp(s + k, " at ", 4) == 0 &&
            (evx_ascii_upper((unsigned char)s[k + 4]) ||
             (unsigned char)s[k + 4] >= 0x80))
            return evx_part_names_post(s, k) ? k : 0;
    return 0;
}

/* Is s[0..n) printed without a capital letter: a description
 * ("broadcaster", "freelance journalist"), never a body's name, which
 * has one ("Cardiff University", "easyJet")? */
static int no_capital(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (evx_part_opens_capital(s + i, n - i))
            return 0;
    return n > 0;
}

/* Is s[0..n) two names joined by "and" ("Jo Whitfield and Kim Lee"),
 * people who share the post after them?  Where " and " stands, else 0. */
static size_t two_names_joined(const char *s, size_t n)
{
    for (size_t i = 1; i + 5 < n; i++)
        if (memcmp(s + i, " and ", 5) == 0)
            return evx_part_looks_like_name(s, i) &&
                           evx_part_looks_like_name(s + i + 5, n - i - 5)
                       ? i
                       : 0;
    return 0;
}

static evx_status add_witness(evx_unit *u, const char *s, const part *p,
                              size_t n)
{
    evx_status st = EVX_OK;
    char *name = evx_strndup(s + p[0].off, p[0].len);
    char *role = NULL, *org = NULL;
    size_t at = n == 2 ? post_at_body(s + p[1].off, p[1].len) : 0;
    if (at) {
        role = evx_strndup(s + p[1].off, at);
        org = evx_strndup(s + p[1].off + at + 4, p[1].len - at - 4);
        if (!role || !org) {
            free(role);
            free(org);
            role = org = NULL;
        }
    } else if (n == 2) {
        /* "Sir Paul Stephenson QPM, Commissioner, and …": a post, whose
         * body the panel's last witness prints */
        if (evx_part_reads_as_role(s + p[1].off, p[1].len) ||
            evx_part_names_post(s + p[1].off, p[1].len) ||
            no_capital(s + p[1].off, p[1].len))
            role = evx_strndup(s + p[1].off, p[1].len);
        else
            org = evx_strndup(s + p[1].off, p[1].len);
    } else if (n > 2) {
        size_t o = org_part(s, p, n);
        size_t ro = p[1].off, re = p[o - 1].off + p[o - 1].len;
        role = evx_strndup(s + ro, re - ro);
        org = evx_strndup(s + p[o].off, p[n - 1].off + p[n - 1].len - p[o].off);
    }
    size_t and_at = name ? two_names_joined(name, strlen(name)) : 0;
    if (!name || (n >= 2 && !role && !org))
        st = EVX_NOMEM;
    else if (and_at) { /* "Jo Whitfield and Kim Lee, Co-Directors, …": two */
        name[and_at] = '\0';
        st = evx_unit_add_person(u, name, role, org);
        if (!st)
            st = evx_unit_add_person(u, name + and_at + 5, role, org);
    } else
        st = evx_unit_add_person(u, name, role, org);
    free(name);
    free(role);
    free(org);
    return st;
}

/* Is part p, after a ";", one capitalised word with a post after it, or
 * a description in lower case: a witness known by one name ("Bono,
 * Co-founder, ONE Campaign", "…; Daniel, young carer, Swindon")? */
static int one_name_after_semicolon(const char *s, const part *p,
                                    const part *next)
{
    if (!p->after_semi || !next || next->after_semi || p->len < 2 ||
        memchr(s + p->off, ' ', p->len) ||
        !evx_part_opens_capital(s + p->off, p->len) ||
        !evx_ascii_lower((unsigned char)s[p->off + p->len - 1]))
        return 0;
    return evx_part_names_post(s + next->off, next->len) ||
           evx_ascii_lower((unsigned char)s[next->off]);
}

/* Does part k start the next witness?  It reads as a name, and is one:
 * titled, introduced by "and", or followed by a role.  An organisation
 * whose name reads like a person's ("Cosmetics Europe") is none of these. */
static int starts_witness(const char *s, const part *parts, size_t n,
                          size_t k)
{
    const part *p = &parts[k], *next = k + 1 < n ? &parts[k + 1] : NULL;
    if (evx_part_rank_and_name(s + p->off, p->len))
        return 1; /* "…, and Assistant Commissioner John Yates QPM", "…,
                     Air Chief Marshal Sir Stephen Dalton KCB ADC, …" */
    if (one_name_after_semicolon(s, p, next))
        return 1; /* "…; Bono, Co-founder, ONE Campaign" */
    if (p->after_and && next && two_names_joined(s + p->off, p->len) &&
        evx_part_names_post(s + next->off, next->len))
        return 1; /* "…, and Jo Whitfield and Kim Lee, Co-Directors, …" */
    if (!evx_part_looks_like_name(s + p->off, p->len))
        return 0;
    /* "…, Seabright Renewables; Professor Jane Doe, …": the part a ";"
     * ends closes its witness, and a titled name is no post */
    return evx_part_has_honorific(s + p->off, p->len) || p->after_and ||
           (next && !next->after_semi &&
            evx_part_names_post(s + next->off, next->len) &&
            !evx_part_has_honorific(s + next->off, next->len) &&
            /* "…, Chair, North Wales Rail Taskforce, and Chief
             * Superintendent Alys Morgan-Rees, …": a rank and a name is
             * the next witness, not the post of a body's name */
            !evx_part_rank_and_name(s + next->off, next->len));
}

/* Is the post a minister's that names its office ("Chancellor of the
 * Exchequer", "Secretary of State for Health", "Minister for Policing",
 * "Economic Secretary to the Treasury"), and org no department of
 * government's ("Department of Health", "HM Treasury", "DHSC", "Welsh
 * Government")?  Then its holder is not of org, another witness's (the
 * Financial Services Authority); "Secretary to the Board" is no
 * minister's, and shares it.  Words of British government. */
static int minister_of_another_body(const char *role, const char *org)
{
    static const char *const offices[] = {
        "Chancellor of the Exchequer", "Secretary of State for ",
        "Minister for ", "Minister of State", "Secretary to the Treasury",
        "Paymaster General", "Attorney General", "Solicitor General",
        "Prime Minister"};
    static const char *const departments[] = {
        "Department", "Ministry", "Office", "Treasury", "Government",
        "Executive", "HM ", "Her Majesty", "His Majesty"};
    int minister = 0;
    for (size_t k = 0; role && k < sizeof offices / sizeof *offices; k++)
        minister |= strstr(role, offices[k]) != NULL;
    if (!minister)
        return 0;
    for (size_t k = 0; k < sizeof departments / sizeof *departments; k++)
        if (strstr(org, departments[k]))
            return 0;
    /* an acronym ("DHSC", "DfE", "MoJ", "HMRC") may be a department's */
    size_t caps = 0, n = strlen(org);
    for (size_t i = 0; i < n; i++)
        caps += evx_ascii_upper((unsigned char)org[i]);
    return !(n <= 6 && !strchr(org, ' ') && caps >= 2);
}

/* "A, Secretary of State, B, Permanent Secretary, and C, Director General,
 * Department of Health and Social Care": the witnesses before an
 * organisation that print none of their own belong to it, up to a ";"
 * (which parts one organisation's witnesses from the next's), when it is
 * the panel's last witness's or the last before a ";", or one "and" joins
 * the two, or the one after had it so: "A, Information Commissioner, B,
 * Lecturer in Law, University College Dublin, and C, …" gives A no
 * university.  People
 * from first on, as pdf_split_people added them; joined[i], the one
 * after people[first + i] joined by "and" or a ";". */
static evx_status share_orgs(evx_unit *u, size_t first,
                             const unsigned char *semi_after,
                             const unsigned char *joined)
{
    unsigned char shared[128] = {0}; /* by witness, from first */
    for (size_t k = u->n_people; k-- > first + 1;) {
        evx_person *p = &u->people[k - 1];
        const char *org = u->people[k].org;
        size_t i = k - 1 - first;
        /* not a post printed in the organisation's place ("Science
         * Director at Unilever"), nor to a post that names its own ("...
         * at L’Oréal") */
        if (p->org || !org || i + 1 >= 128 || semi_after[i] ||
            evx_part_names_post(org, strlen(org)) || (p->role && strstr(p->role, " at ")))
            continue;
        /* not a standing of one's own ("Petitioner", "Independent
         * Consultant", "Mayor of Bristol"), nor an office named
         * ("Chancellor of the Exchequer") */
        if (p->role && (evx_part_own_standing(p->role, strlen(p->role)) ||
                        minister_of_another_body(p->role, org)))
            continue;
        if (k + 1 < u->n_people && !semi_after[i + 1] && !joined[i] &&
            !shared[i + 1])
            continue;
        p->org = evx_strdup(org);
        if (!p->org)
            return EVX_NOMEM;
        shared[i] = 1;
    }
    return EVX_OK;
}

/* Whether s[i] is the space before an "and" that joins two titled names
 * with no post between them: the part from st opens with a title and so
 * do the words after "and " ("Lord Norton of Louth and Lord Lisvane",
 * "Dr Ann Lee and Mr Bob Roe"); "Department for Business and Trade"
 * opens with none. */
static int and_between_titled(const char *s, size_t len, size_t st, size_t i)
{
    return s[i] == ' ' && i + 5 < len && prefix_fold(s + i + 1, len - i - 1, "and ") &&
           evx_part_has_honorific(s + st, i - st) &&
           evx_part_has_honorific(s + i + 5, len - i - 5);
}

/* Is s[0..n) one word opening with a capital ("Foreign", "Culture")? */
static int one_capital_word(const char *s, size_t n)
{
    return n > 1 && !memchr(s, ' ', n) && evx_ascii_upper((unsigned char)s[0]);
}

/* Does s[0..n) open "Word and …" ("Commonwealth and Development
 * Affairs", "Media and Sport")? */
static int opens_word_and(const char *s, size_t n)
{
    const char *sp = memchr(s, ' ', n);
    return sp && one_capital_word(s, (size_t)(sp - s)) &&
           (size_t)(sp - s) + 5 <= n && memcmp(sp, " and ", 5) == 0;
}

/* Does s[0..n) end with "for" or "of" and a subject of one to three
 * capitalised words ("… for Digital", "… of State for Levelling Up")? */
static int ends_for_subject(const char *s, size_t n)
{
    size_t e = n;
    for (int words = 0; words < 3; words++) {
        size_t w = e;
        while (w > 0 && s[w - 1] != ' ')
            w--;
        if (w == e || !one_capital_word(s + w, e - w) || w < 5)
            return 0;
        if (memcmp(s + w - 5, " for ", 5) == 0 || memcmp(s + w - 4, " of ", 4) == 0)
            return 1;
        e = w - 1;
    }
    return 0;
}

/* A list of subjects in a post's or a department's name, across its
 * commas ("Secretary of State for Foreign, Commonwealth and Development
 * Affairs"; "…, Foreign, Commonwealth and Development Office"; "Secretary
 * of State for Levelling Up, Housing and Communities"): parts of one word
 * each up to one that opens "Word and", after a part that ends "for
 * Word" or "of Word" (a subject of up to three words) or is one word
 * itself, are one part. */
static size_t join_subject_lists(const char *s, part *p, size_t n)
{
    size_t out = 0;
    for (size_t k = 0; k < n; k++) {
        p[out++] = p[k];
        part *a = &p[out - 1];
        const char *t = s + a->off;
        const char *last = a->len ? t + a->len : t;
        while (last > t && last[-1] != ' ')
            last--;
        size_t tail = (size_t)(t + a->len - last);
        /* a part that is one word opens a list only if no post
         * ("Foreign", not "Chair, Health and Social Care Committee") */
        int opens = one_capital_word(last, tail) &&
                    ((last == t && !evx_part_names_post(t, a->len)) ||
                     ends_for_subject(t, a->len));
        if (!opens)
            continue;
        size_t j = k + 1;
        while (j < n && !p[j].after_semi && !p[j].after_and &&
               one_capital_word(s + p[j].off, p[j].len))
            j++;
        if (j >= n || p[j].after_semi || p[j].after_and ||
            !opens_word_and(s + p[j].off, p[j].len) || j - k > 4)
            continue;
        a->len = p[j].off + p[j].len - a->off;
        k = j;
    }
    return out;
}

evx_status pdf_split_people(evx_unit *u, const char *s, size_t len)
{
    enum { MAXP = 128 };
    part parts[MAXP];
    size_t n = 0, i = 0;
    int semi = 0;
    int mark = 0;
    len = evx_ascii_rtrim(s, len);
    while (i < len && n < MAXP) {
        while (i < len && s[i] == ' ')
            i++;
        /* "; " and ", and " both open the next witness's part */
        int after_and = prefix_fold(s + i, len - i, "and ") || semi;
        if (prefix_fold(s + i, len - i, "and "))
            i += 4;
        size_t st = i;
        while (i < len && s[i] != ',' && s[i] != ';' &&
               !and_between_titled(s, len, st, i) && !lone_mark(s, len, i))
            i++;
        size_t e = evx_ascii_rtrim(s + st, i - st) + st;
        if (e > st) {
            parts[n].off = st;
            parts[n].len = e - st;
            parts[n].after_and = after_and;
            parts[n].after_semi = semi;
            parts[n].after_mark = mark;
            n++;
        }
        size_t m = i < len ? lone_mark(s, len, i) : 0;
        /* a mark parts witnesses as ";" does, and always opens one */
        mark = m > 0 || (mark && e == st);
        semi = mark || (i < len && s[i] == ';');
        i += m ? m : i < len; /* the mark, comma or semicolon */
    }
    n = join_subject_lists(s, parts, n);
    size_t start = 0, first = u->n_people;
    unsigned char semi_after[MAXP] = {0}; /* by witness, from first */
    unsigned char joined[MAXP] = {0};     /* the next opens after "and" */
    for (size_t k = 1; k <= n; k++) {
        int boundary = k == n;
        /* a name starts a new witness once the current one has an org,
         * or, titled after "and", beside a titled name with none ("Lord
         * Judge and Lord Hope", "Lord Smith, and Lord Jones") */
        if (!boundary && (parts[k].after_mark ||
                          (k - start >= 2 && starts_witness(s, parts, n, k))))
            boundary = 1;
        if (!boundary && k - start == 1 && parts[k].after_and &&
            evx_part_has_honorific(s + parts[k].off, parts[k].len) &&
            evx_part_has_honorific(s + parts[start].off, parts[start].len))
            boundary = 1;
        if (boundary && k > start) {
            evx_status st = add_witness(u, s, parts + start, k - start);
            if (st)
                return st;
            if (u->n_people - first <= MAXP) {
                semi_after[u->n_people - first - 1] = k < n && parts[k].after_semi;
                joined[u->n_people - first - 1] = k < n && parts[k].after_and;
            }
            start = k;
        }
    }
    return share_orgs(u, first, semi_after, joined);
}
