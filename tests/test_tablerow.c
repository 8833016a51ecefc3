/* test_tablerow.c - a row of a table of figures told from a footnote's
 * body (lib/tablerow.h). */
#include <criterion/criterion.h>
#include <string.h>

#include "tablerow.h"

static int row(const char *s)
{
    return evx_table_row(s, strlen(s));
}

Test(tablerow, a_named_row_of_figures_is_a_row)
{
    cr_expect(row("London 2,011 2,140 2,245"));
    cr_expect(row("North East 412 430"));
    cr_expect(row(" Wales 12.5% -3.1% \xC2\xA3" "40"));
}

Test(tablerow, a_footnotes_body_is_none)
{
    const char *bodies[] = {
        "HM Treasury, Public Expenditure Statistical Analyses 2023",
        "HC Deb 3 July 2019, col 1102", "Q 120 121", "HC 1234 5", "Qq 2, 3",
        "col 45 46", "Ibid., paras 12\xE2\x80\x93" "13", "Q88", "2018 10",
        "Written evidence 12 13 from the Trust", "Table 2 12 13 14 and more",
        /* a citation's years, its stops (a red team's) */
        "London Councils 2021 2022", "Ibid., paras 12 14", ""};
    for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++)
        cr_expect(!row(bodies[i]), "'%s' read as a row", bodies[i]);
}
