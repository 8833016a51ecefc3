/*
 * chapter.c - "Chapter N:" or "Part II:" before a chapter's title; see
 * chapter.h.
 */
#include "chapter.h"

#include <string.h>

#include "ascii.h"

/* Whether s[i..) holds lit. */
static int holds(const char *s, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= n && memcmp(s + i, lit, k) == 0;
}

/* Whether s[0..n) opens with word (lower case, a blank after it), any
 * case: where the number starts, or 0. */
static size_t opens_with(const char *s, size_t n, const char *word)
{
    size_t i, k = strlen(word);

    if (n <= k)
        return 0;
    for (i = 0; i < k; i++)
        if (evx_ascii_tolower((unsigned char)s[i]) != (unsigned char)word[i])
            return 0;
    return s[k] == ' ' ? k + 1 : 0;
}

/* The value of a number written as a word at s[i..), any case ("One",
 * "TWELVE"), up to twenty; its end in *e, 0 if none. */
static long word_at(const char *s, size_t n, size_t i, size_t *e)
{
    static const char *const words[] = {
        "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        size_t k = 0;
        while (words[w][k] && i + k < n &&
               evx_ascii_tolower((unsigned char)s[i + k]) == words[w][k])
            k++;
        if (!words[w][k] && !(i + k < n && evx_ascii_alpha((unsigned char)s[i + k]))) {
            *e = i + k;
            return (long)w + 1;
        }
    }
    return 0;
}

/* The value of a chapter's number at s[i..): one or two digits without a
 * leading zero, a Roman numeral in capitals up to XXXIX, or (words) a word
 * up to twenty; its end in *e, 0 if none. */
static long number_at(const char *s, size_t n, size_t i, size_t *e,
                      int words)
{
    static const char *const ones[] = {"", "I", "II", "III", "IV", "V",
                                       "VI", "VII", "VIII", "IX"};
    long v = 0, units = 0;
    size_t k = i, best = 0;

    for (; k < n && k - i < 3 && evx_ascii_digit((unsigned char)s[k]); k++)
        v = v * 10 + (s[k] - '0');
    if (k > i) {
        if (k - i > 2 || s[i] == '0' ||
            (k < n && evx_ascii_digit((unsigned char)s[k])))
            return 0;
        *e = k;
        return v;
    }
    if (words && (v = word_at(s, n, i, e)) > 0)
        return v;
    for (k = i; k < n && k - i < 3 && s[k] == 'X'; k++)
        v += 10;
    for (size_t d = 1, len; d <= 9; d++)
        if ((len = strlen(ones[d])) > best && holds(s, n, k, ones[d])) {
            best = len;
            units = (long)d;
        }
    v += units;
    k += best;
    /* a Roman numeral ends the word ("PART IV:", not "Part Ideas") */
    if (k == i || (k < n && evx_ascii_alpha((unsigned char)s[k])))
        return 0;
    *e = k;
    return v;
}

size_t evx_chapter_word(const char *s, size_t n, long *num)
{
    size_t i = opens_with(s, n, "chapter"), e = 0, t;
    int part = 0;
    long v;

    if (!i && (i = opens_with(s, n, "part")))
        part = 1;
    /* a number in words heads a chapter, not a part ("Part Two: The
     * evidence" groups chapters numbered on their own) */
    if (!i || !(v = number_at(s, n, i, &e, !part)))
        return 0;
    *num = v;
    t = e;
    if (t < n && (s[t] == ':' || s[t] == '.' || s[t] == '-'))
        t++;
    else if (holds(s, n, t, " \xE2\x80\x93") || holds(s, n, t, " \xE2\x80\x94"))
        t += 4;
    else if (part || (t < n && s[t] != ' '))
        return 0; /* "Part 2 of the Bill", "(see Chapter 4)": no heading */
    while (t < n && evx_ascii_space((unsigned char)s[t]))
        t++;
    return t;
}

int evx_chapter_listed(long num, long prev, long next, int lead)
{
    return lead && num > 0 && ((prev > 0 && prev == num - 1) || next == num + 1);
}
