/*
 * dates.c - weekday and month names; see dates.h.
 */
#include "dates.h"

#include <string.h>

#include "ascii.h"

/* The length of the word of list that s opens with, no letter after. */
static size_t word_of(const char *s, size_t n, const char *const *list,
                      size_t count)
{
    for (size_t k = 0; k < count; k++) {
        size_t m = strlen(list[k]);
        if (n >= m && memcmp(s, list[k], m) == 0 &&
            (m == n || !evx_ascii_alpha((unsigned char)s[m])))
            return m;
    }
    return 0;
}

size_t evx_weekday_at(const char *s, size_t n)
{
    static const char *const days[] = {"Monday",   "Tuesday", "Wednesday",
                                       "Thursday", "Friday",  "Saturday",
                                       "Sunday"};
    return word_of(s, n, days, sizeof days / sizeof *days);
}

size_t evx_month_at(const char *s, size_t n)
{
    static const char *const months[] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return word_of(s, n, months, sizeof months / sizeof *months);
}

int evx_day_month_at(const char *s, size_t n)
{
    size_t i = 0;
    int day = 0;
    while (i < n && i < 2 && evx_ascii_digit((unsigned char)s[i]))
        day = day * 10 + (s[i++] - '0');
    return i > 0 && day >= 1 && day <= 31 && i + 1 < n && s[i] == ' ' &&
           evx_month_at(s + i + 1, n - i - 1) > 0;
}
