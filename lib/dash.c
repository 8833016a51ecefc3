/*
 * dash.c - the dash of a range; see dash.h.
 */
#include "dash.h"

size_t evx_dash_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;

    if (n >= 1 && u[0] == '-')
        return 1;
    if (n < 3 || u[0] != 0xE2)
        return 0;
    if (u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x94)
        return 3; /* U+2010-2014 */
    if (u[1] == 0x88 && u[2] == 0x92)
        return 3; /* U+2212 */
    return 0;
}

size_t evx_dash_before(const char *s, size_t n)
{
    if (n >= 1 && s[n - 1] == '-')
        return 1;
    if (n >= 3 && evx_dash_at(s + n - 3, 3) == 3)
        return 3;
    return 0;
}
