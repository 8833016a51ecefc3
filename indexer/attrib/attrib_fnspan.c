/*
 * attrib_fnspan.c - the text pieces of footnote citations; see
 * attrib_fnspan.h.
 */
#include "attrib_fnspan.h"

#include <string.h>

#include "ascii.h"
#include "names.h"
#include "qref.h"

evx_fnspan evx_fnspan_trim(evx_fnspan x)
{
    while (x.len && evx_ascii_space(x.s[0])) {
        x.s++;
        x.len--;
    }
    while (x.len && evx_ascii_space(x.s[x.len - 1]))
        x.len--;
    return x;
}

/* The length of the back-link word or mark that ends x[0..n), with the
 * spaces before it; else 0. */
static size_t backlink_tail(const char *s, size_t n)
{
    static const char *const marks[] = {
        "\xE2\x86\xA9\xEF\xB8\x8E", /* ↩︎ (text style) */
        "\xE2\x86\xA9\xEF\xB8\x8F", /* ↩️ */
        "\xE2\x86\xA9",             /* ↩ */
        "\xE2\x86\x91",             /* ↑ */
        "[Back]", "(Back)", "Back to text", "Back to footnote", "Back",
        "?", /* an arrow a conversion to Windows-1252 could not keep */
    };
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t m = strlen(marks[k]), b;
        if (m >= n || memcmp(s + n - m, marks[k], m) != 0)
            continue;
        for (b = n - m; b > 0 && evx_ascii_space(s[b - 1]); b--)
            ;
        /* a word: set apart, after a reference or a name's bracket, not a
         * title's last word ("… Bringing Jobs Back") */
        int word = evx_ascii_alpha((unsigned char)marks[k][0]) ||
                   marks[k][0] == '[' || marks[k][0] == '(' || marks[k][0] == '?';
        if (word && b > 0 && (b == n - m || evx_ascii_alpha((unsigned char)s[b - 1])))
            return 0;
        return n - b;
    }
    return 0;
}

evx_fnspan evx_fnspan_trim_note(evx_fnspan x)
{
    x = evx_fnspan_trim(x);
    for (size_t cut; (cut = backlink_tail(x.s, x.len)) > 0;)
        x.len -= cut;
    return x;
}

evx_fnspan evx_fnspan_trim_wrap(evx_fnspan x)
{
    static const char wrap[] = " \t\n\r[](),;.";
    while (x.len && strchr(wrap, x.s[0]))
        x.s++, x.len--;
    while (x.len && strchr(wrap, x.s[x.len - 1]))
        x.len--;
    return x;
}

int evx_fnspan_has_ci(evx_fnspan x, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= x.len; i++) {
        size_t k = 0;
        while (k < n) {
            char a = x.s[i + k], b = needle[k];
            if (a >= 'A' && a <= 'Z')
                a = (char)(a - 'A' + 'a');
            if (a != b)
                break;
            k++;
        }
        if (k == n)
            return 1;
    }
    return 0;
}

size_t evx_fnspan_find_q(evx_fnspan x, size_t from)
{
    for (size_t i = from; i + 1 < x.len; i++) {
        if (x.s[i] == 'Q' && (i == 0 || !(evx_ascii_upper(x.s[i - 1]) ||
                                           (x.s[i - 1] >= 'a' &&
                                            x.s[i - 1] <= 'z'))) &&
            evx_qref_digits(x.s, x.len, i))
            return i;
    }
    return x.len;
}

int evx_fnspan_page_part(evx_fnspan x)
{
    static const char *const pages[] = {"page", "pages", "p", "pp", "para",
                                        "paragraph", "paras"};
    for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++) {
        size_t n = strlen(pages[k]);
        if (x.len > n && memcmp(x.s, pages[k], n) == 0 &&
            (evx_ascii_space(x.s[n]) || evx_ascii_digit(x.s[n]) || x.s[n] == '.'))
            return 1;
    }
    return 0;
}

/* Does the comma at i go on with the questions of a plural reference
 * opened at start ("Qq88, 91", "Qq 12, 14–15"): a number after it? */
static int questions_go_on(evx_fnspan x, size_t start, size_t i)
{
    while (start < i && x.s[start] == ' ')
        start++;
    if (i - start < 3 || x.s[start] != 'Q' || (x.s[start + 1] | 32) != 'q' ||
        x.s[i] != ',')
        return 0;
    size_t j = i + 1;
    while (j < x.len && x.s[j] == ' ')
        j++;
    return j < x.len && evx_ascii_digit((unsigned char)x.s[j]);
}

size_t evx_fnspan_split(evx_fnspan x, evx_fnspan *parts, size_t max)
{
    size_t n = 0, start = 0;
    int depth = 0;
    for (size_t i = 0; i <= x.len && n < max; i++) {
        if (i < x.len && (x.s[i] == '[' || x.s[i] == '('))
            depth++;
        else if (i < x.len && (x.s[i] == ']' || x.s[i] == ')') && depth > 0)
            depth--;
        if (i == x.len || (depth == 0 && (x.s[i] == ',' || x.s[i] == ';') &&
                           !questions_go_on(x, start, i))) {
            parts[n++] = evx_fnspan_trim((evx_fnspan){x.s + start, i - start});
            start = i + 1;
        }
    }
    return n;
}

size_t evx_fnspan_last_q(evx_fnspan x)
{
    size_t q_at = x.len, from = 0, at;
    while ((at = evx_fnspan_find_q(x, from)) < x.len) {
        q_at = at;
        from = at + 1;
    }
    return q_at;
}

int evx_fnspan_has_year(evx_fnspan x)
{
    for (size_t i = 0; i + 4 <= x.len; i++) {
        if ((x.s[i] == '1' && x.s[i + 1] == '9') ||
            (x.s[i] == '2' && x.s[i + 1] == '0')) {
            if (evx_ascii_digit(x.s[i + 2]) && evx_ascii_digit(x.s[i + 3]) &&
                (i == 0 || !evx_ascii_digit(x.s[i - 1])) &&
                (i + 4 == x.len || !evx_ascii_digit(x.s[i + 4])))
                return 1;
        }
    }
    return 0;
}

/* Whether x is a page reference to the printed evidence of older reports:
 * "Ev 45", "Ev w12", "Ev 45-46" (oral and written evidence alike). */
int evx_fnspan_printed_ev(evx_fnspan x)
{
    size_t i = 3;
    if (x.len < 4 || memcmp(x.s, "Ev ", 3) != 0)
        return 0;
    if (i < x.len && x.s[i] == 'w')
        i++;
    return i < x.len && evx_ascii_digit(x.s[i]);
}

/* Finds a written evidence code in x: letters (2-5 capitals) glued to 3 or
 * more digits, fewer in brackets that end x ("(CES 11)"), or 3 or more
 * digits in parentheses.  Sets *at and *len of
 * the code; returns 0 if there is none. */
int evx_fnspan_find_code(evx_fnspan x, size_t *at, size_t *len)
{
    for (size_t i = 0; i < x.len; i++) {
        size_t j = i, letters = 0, digits = 0, spaced = 0;
        if (i > 0 && evx_ascii_upper(x.s[i - 1]))
            continue; /* only the start of a run of capitals */
        while (j < x.len && evx_ascii_upper(x.s[j]))
            j++, letters++;
        if (letters && i > 0 && x.s[i - 1] == '(' && j + 1 < x.len &&
            x.s[j] == ' ' && evx_ascii_digit(x.s[j + 1]))
            j++, spaced = 1; /* "(STP 0011)" */
        while (j < x.len && evx_ascii_digit(x.s[j]))
            j++, digits++;
        /* supplementary evidence's letter: "(WCD0031A)" */
        if (letters >= 2 && digits >= 3 && j + 1 < x.len && evx_ascii_upper(x.s[j]) &&
            x.s[j + 1] == ')' && i > 0 && x.s[i - 1] == '(')
            j++;
        if (spaced && (j >= x.len || x.s[j] != ')'))
            continue;
        /* "(CES 11)", "(CES11)" closing the text: an older or shorter
         * code in brackets, not a House paper's number ("(HC 12)") */
        int short_code = digits && digits < 3 && letters >= 2 && i > 0 &&
                         x.s[i - 1] == '(' && j + 1 == x.len && x.s[j] == ')' &&
                         !(letters == 2 && x.s[i] == 'H' &&
                           (x.s[i + 1] == 'C' || x.s[i + 1] == 'L'));
        if ((digits < 3 && !short_code) || (j < x.len && (evx_ascii_upper(x.s[j]) ||
                                          (x.s[j] >= 'a' && x.s[j] <= 'z'))))
            continue;
        if (letters >= 2 && letters <= 5) {
            *at = i;
            *len = j - i;
            return 1;
        }
        if (letters == 0 && i > 0 && x.s[i - 1] == '(' && j < x.len &&
            x.s[j] == ')' && !evx_fnspan_has_year((evx_fnspan){x.s + i, digits})) {
            *at = i;
            *len = j - i;
            return 1;
        }
    }
    return 0;
}

/* Is the word w[0..n) a person's title ("Dr", "Professor."), ASCII case
 * aside; never "The" ("The Times" is a paper's)? */
static int folded_title(const char *w, size_t n)
{
    char f[16];
    if (n && w[n - 1] == '.')
        n--;
    if (n == 0 || n >= sizeof f)
        return 0;
    for (size_t k = 0; k < n; k++)
        f[k] = (char)evx_ascii_tolower((unsigned char)w[k]);
    return !(n == 3 && memcmp(f, "the", 3) == 0) && evx_name_is_title(f, n);
}

int evx_fnspan_person_alone(evx_fnspan x)
{
    x = evx_fnspan_trim(x);
    size_t words = 0, i = 0;
    while (i < x.len) {
        size_t e = i;
        while (e < x.len && x.s[e] != ' ')
            e++;
        const char *w = x.s + i;
        size_t n = e - i;
        for (size_t k = 0; k < n; k++)
            if (evx_ascii_digit((unsigned char)w[k]) || strchr(",;:()[]", w[k]))
                return 0;
        if (words == 0 ? !folded_title(w, n)
                       : !(evx_ascii_upper((unsigned char)w[0]) || evx_name_is_particle(w, n)))
            return 0;
        if (++words > EVX_FNSPAN_NAME_WORDS + 1)
            return 0;
        i = e;
        while (i < x.len && x.s[i] == ' ')
            i++;
    }
    return words >= 2;
}
