/* test_dates.c - the names of days and months, and a manifest's date. */
#include <criterion/criterion.h>
#include <string.h>

#include "dates.h"

static long date_of(const char *s)
{
    long ymd = -1;
    return evx_date_read(s, strlen(s), &ymd) ? ymd : -1;
}

Test(dates, a_manifest_date_in_any_usual_form)
{
    cr_expect_eq(date_of("11 June 2018"), 20180611);
    cr_expect_eq(date_of("Tuesday 27 February 2018"), 20180227);
    cr_expect_eq(date_of("Tuesday, 27 February 2018"), 20180227);
    cr_expect_eq(date_of(" 2016-08-24"), 20160824);
    cr_expect_eq(date_of("June 2018"), 20180600, "a month alone: day 0");
    cr_expect_eq(date_of("24 August 2016 (web)"), 20160824);
}

Test(dates, what_is_not_a_date_is_not_read)
{
    const char *bad[] = {"", "P", "2018", "11 Juneteenth 2018", "32 June 2018",
                         "11 June 18", "11 June 20181", "2018-13-01",
                         "2018-6-11", "11 june 2018", "Tuesday", "11June 2018"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_expect_eq(date_of(bad[i]), -1, "'%s' read as a date", bad[i]);
}

Test(dates, names_stand_alone)
{
    cr_expect_eq(evx_month_at("March 2018", 10), 5);
    cr_expect_eq(evx_month_at("Marching", 8), 0);
    cr_expect_eq(evx_weekday_at("Monday 9 May", 12), 6);
    cr_expect(evx_day_month_at("12 July", 7));
    cr_expect(!evx_day_month_at("40 July", 7));
}
