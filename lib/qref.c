/*
 * qref.c - question references in their printed forms (see qref.h).
 */
#include "qref.h"

#include <string.h>

#include "ascii.h"

size_t evx_qref_digits(const char *s, size_t n, size_t i)
{
    size_t j = i + 1;
    if (i >= n || s[i] != 'Q')
        return 0;
    if (n - j >= 8 && memcmp(s + j, "uestions", 8) == 0)
        j += 8;
    else if (n - j >= 7 && memcmp(s + j, "uestion", 7) == 0)
        j += 7;
    else if (j < n && (s[j] == 'q' || s[j] == 'Q'))
        j++;
    if (j < n && s[j] == '.')
        j++;
    if (j < n && s[j] == ' ')
        j++;
    return j < n && evx_ascii_digit((unsigned char)s[j]) ? j : 0;
}

void evx_qref_tidy(evx_buf *out, const char *s, size_t n)
{
    size_t copied = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j;
        if (s[i] != 'Q' || (i > 0 && evx_ascii_alnum((unsigned char)s[i - 1])) ||
            (j = evx_qref_digits(s, n, i)) == 0 || j == i + 1)
            continue;
        evx_buf_append(out, s + copied, i + 1 - copied); /* through the Q */
        copied = j;
        i = j - 1;
    }
    evx_buf_append(out, s + copied, n - copied);
}
