/*
 * dates.c - weekday and month names; see dates.h.
 */
#include "dates.h"

#include <string.h>

#include "ascii.h"

static const char *const MONTHS[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

/* The length of the word of list that s opens with, no letter after, and
 * its place in list into *at (when not NULL). */
static size_t word_of(const char *s, size_t n, const char *const *list,
                      size_t count, size_t *at)
{
    for (size_t k = 0; k < count; k++) {
        size_t m = strlen(list[k]);
        if (n >= m && memcmp(s, list[k], m) == 0 &&
            (m == n || !evx_ascii_alpha((unsigned char)s[m]))) {
            if (at)
                *at = k;
            return m;
        }
    }
    return 0;
}

size_t evx_weekday_at(const char *s, size_t n)
{
    static const char *const days[] = {"Monday",   "Tuesday", "Wednesday",
                                       "Thursday", "Friday",  "Saturday",
                                       "Sunday"};
    return word_of(s, n, days, sizeof days / sizeof *days, NULL);
}

size_t evx_month_at(const char *s, size_t n)
{
    return word_of(s, n, MONTHS, sizeof MONTHS / sizeof *MONTHS, NULL);
}

int evx_day_month_at(const char *s, size_t n)
{
    size_t i = 0;
    int day;
    return evx_ascii_digits_at(s, n, &i, 2, &day) > 0 && day >= 1 && day <= 31 && i + 1 < n && s[i] == ' ' &&
           evx_month_at(s + i + 1, n - i - 1) > 0;
}

int evx_year_at(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return (s[0] == '1' && (s[1] == '8' || s[1] == '9')) || (s[0] == '2' && s[1] == '0');
}

int evx_date_read(const char *s, size_t n, long *ymd)
{
    size_t i = 0, at = 0, m;
    int y, mo, d;
    while (i < n && s[i] == ' ')
        i++;
    if (evx_ascii_digits_at(s, n, &i, 4, &y) == 4 && i < n && s[i] == '-') {
        i++; /* 2018-06-11 */
        if (evx_ascii_digits_at(s, n, &i, 2, &mo) != 2 || i >= n || s[i++] != '-' ||
            evx_ascii_digits_at(s, n, &i, 2, &d) != 2)
            return 0;
    } else {
        i = 0;
        while (i < n && s[i] == ' ')
            i++;
        if ((m = evx_weekday_at(s + i, n - i)) > 0) /* Monday 11 June 2018 */
            for (i += m; i < n && (s[i] == ' ' || s[i] == ','); i++)
                ;
        if (evx_ascii_digits_at(s, n, &i, 2, &d) && (i >= n || s[i++] != ' '))
            return 0; /* "June 2018": d is 0 */
        if (!(m = word_of(s + i, n - i, MONTHS, 12, &at)))
            return 0;
        i += m;
        mo = (int)at + 1;
        if (i >= n || s[i++] != ' ' || evx_ascii_digits_at(s, n, &i, 4, &y) != 4)
            return 0;
    }
    if (mo < 1 || mo > 12 || d > 31 ||
        (i < n && evx_ascii_digit((unsigned char)s[i])))
        return 0;
    *ymd = (long)y * 10000 + mo * 100 + d;
    return 1;
}
