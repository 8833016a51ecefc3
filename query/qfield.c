/*
 * qfield.c - field names and fragment splitting (see qfield.h).
 */
#include "qfield.h"

#include <string.h>

#include "ascii.h"

const char evx_qfield_names[] = "speaker, org, type, para, chapter, ref, report";

int evx_qfield_known(const char *f, size_t n)
{
    static const char *const fields[] = {"speaker", "org", "type", "para",
                                         "chapter", "ref", "report"};
    size_t i;

    for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (strlen(fields[i]) == n && memcmp(fields[i], f, n) == 0)
            return 1;
    return 0;
}

size_t evx_qfield_quote_len(const char *s, size_t n)
{
    if (n >= 1 && s[0] == '"')
        return 1;
    if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
        ((unsigned char)s[2] == 0x9C || (unsigned char)s[2] == 0x9D))
        return 3;
    return 0;
}

/* End of a field chunk starting at i (the field name is known), or 0 if
 * text[i..] is not field:value. */
static size_t field_end(const char *text, size_t len, size_t i)
{
    size_t k = i, q;

    while (k < len && evx_ascii_alpha(text[k]))
        k++;
    if (k == i || k + 1 >= len || text[k] != ':' ||
        !evx_qfield_known(text + i, k - i))
        return 0;
    k++;
    if ((q = evx_qfield_quote_len(text + k, len - k)) != 0) {
        for (k += q; k < len; k++)
            if ((q = evx_qfield_quote_len(text + k, len - k)) != 0)
                return k + q;
        return len;
    }
    while (k < len && !evx_ascii_space(text[k]))
        k++;
    return k;
}

static void put_part(evx_buf *b, const char *s, size_t n)
{
    if (b->len)
        evx_buf_putc(b, ' ');
    evx_buf_append(b, s, n);
}

void evx_qfield_split(evx_buf *fields, evx_buf *words, const char *text,
                      size_t len)
{
    size_t i = 0, start, end;

    while (i < len) {
        while (i < len && evx_ascii_space(text[i]))
            i++;
        if (i >= len)
            break;
        start = i;
        end = field_end(text, len, i);
        if (end) {
            put_part(fields, text + start, end - start);
            i = end;
            continue;
        }
        while (i < len && !evx_ascii_space(text[i]))
            i++;
        put_part(words, text + start, i - start);
    }
}
