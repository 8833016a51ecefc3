/*
 * dates.h - the English words of a date as reports print one ("Tuesday 27
 * February 2018"): the names of the weekdays and the months, read once for
 * the readers and the page layer, and a date as a manifest gives one.
 * Pure: no allocation.
 */
#ifndef EVX_DATES_H
#define EVX_DATES_H

#include <stddef.h>

/* If s[0..n) opens with a weekday's name ("Monday" … "Sunday", as
 * printed, capitalised) that no letter follows, its length; else 0. */
size_t evx_weekday_at(const char *s, size_t n);

/* If s[0..n) opens with a month's name ("January" … "December", as
 * printed, capitalised) that no letter follows, its length; else 0. */
size_t evx_month_at(const char *s, size_t n);

/* Does s[0..n) open with a day of a month written out, "12 July" (a day
 * of 1 to 31, one space, a month's name)? */
int evx_day_month_at(const char *s, size_t n);

/* Is s[0..4) a year a report prints, 1800 to 2099 ("2024"; the caller
 * sees that four bytes are there)? */
int evx_year_at(const char *s);

/* Reads the date s[0..n) gives: "11 June 2018" (a weekday's name may
 * lead), "June 2018" (day 0) or "2018-06-11", as the number 20180611 into
 * *ymd.  1 if read, else 0 (*ymd untouched). */
int evx_date_read(const char *s, size_t n, long *ymd);

#endif /* EVX_DATES_H */
