/*
 * tablerow.c - rows of a table of figures; see tablerow.h.
 */
#include "tablerow.h"

#include "ascii.h"

/* Is s[0..n) a figure of a table: digits, with "," or "." between them,
 * perhaps "%" after or "-", "+" or "£" before? */
static int figure(const unsigned char *s, size_t n)
{
    size_t a = 0;
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA3) /* £ */
        a = 2;
    else if (n >= 1 && (s[0] == '-' || s[0] == '+'))
        a = 1;
    if (n > a && s[n - 1] == '%')
        n--;
    if (n <= a || !evx_ascii_digit(s[a]) || !evx_ascii_digit(s[n - 1]))
        return 0;
    for (size_t i = a; i < n; i++)
        if (!evx_ascii_digit(s[i]) && s[i] != ',' && s[i] != '.')
            return 0;
    return 1;
}

/* Does s[0..n) open with a capital and two lower-case letters or more
 * ("London", "North"): a word that names something? */
static int names(const unsigned char *s, size_t n)
{
    return n >= 3 && evx_ascii_upper(s[0]) && evx_ascii_lower(s[1]) &&
           evx_ascii_lower(s[2]);
}

/* Is s[0..n) a year ("2021"), as a citation prints it: no table's
 * figure? */
static int year(const unsigned char *s, size_t n)
{
    return n == 4 && (s[0] == '1' || s[0] == '2') && evx_ascii_digit(s[1]) &&
           evx_ascii_digit(s[2]) && evx_ascii_digit(s[3]);
}

/* Does s[0..n) end in a citation's stop or comma ("Ibid.,", "Ltd.")? */
static int stopped(const unsigned char *s, size_t n)
{
    return n > 0 && (s[n - 1] == ',' || s[n - 1] == '.' || s[n - 1] == ';');
}

int evx_table_row(const char *text, size_t n)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t words = 0, figures = 0, years = 0;
    int named = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && evx_ascii_space(s[i]))
            i++;
        size_t a = i;
        while (i < n && !evx_ascii_space(s[i]))
            i++;
        if (i == a)
            break;
        words++;
        if (figure(s + a, i - a)) {
            figures++;
            years += year(s + a, i - a);
            continue;
        }
        /* a word after a figure: the figures do not end the line; a
         * citation's stop ("Ibid., paras 12 14"): no row's name */
        if (figures || stopped(s + a, i - a))
            return 0;
        named |= names(s + a, i - a);
    }
    /* years alone are a citation's ("London Councils 2021 2022") */
    return named && figures >= 2 && figures >= words - figures && years < figures;
}
