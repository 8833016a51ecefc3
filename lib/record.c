/*
 * record.c - packed stored records (see record.h).
 */
#include "record.h"

#include <string.h>

/* Table 1: code k + 2 stands for strings[k], codes skipping the bytes JSON
 * allows as whitespace (tab, newline, return).  Where one string starts
 * another, the longer comes first: packing takes the first that matches.
 * The strings follow unit.c's key order.  Never edit this table: records
 * packed with it are read with it (record.h). */
typedef struct packed_string {
    const char *s;
    size_t len;
} packed_string;

#define S(lit) {lit, sizeof lit - 1}

static const packed_string strings[] = {
    S("{\"id\":\""),
    S("\",\"type\":\"paragraph\",\"report\":\""),
    S("\",\"type\":\"footnote\",\"report\":\""),
    S("\",\"type\":\"quotation\",\"report\":\""),
    S("\",\"type\":\""),
    S("\",\"report\":\""),
    S(",\"number\":"),
    S(",\"para\":"),
    S(",\"chapter\":"),
    S(",\"chapter_title\":"),
    S(",\"section\":"),
    S(",\"page\":"),
    S(",\"text\":"),
    S(",\"lead_in\":"),
    S(",\"parent\":"),
    S(",\"footnotes\":["),
    S(",\"speaker\":{\"name\":"),
    S(",\"role\":"),
    S(",\"org\":"),
    S(",\"method\":"),
    S(",\"evidence\":"),
    S(",\"sources\":[{\"file\":\""),
    S("\",\"rendering\":\"pdf-text\",\"line\":"),
    S("\",\"rendering\":\"html-text\",\"line\":"),
    S(",\"col\":1,\"end_line\":"),
    S(",\"col\":"),
    S(",\"end_line\":"),
};

#define N_STRINGS (sizeof strings / sizeof strings[0])
/* Codes are the control bytes 0x02-0x1f less tab, newline and return. */
_Static_assert(N_STRINGS <= 0x1f - 0x02 + 1 - 3, "more strings than codes");

/* The code of strings[k], and back (-1: not a code). */
static char code_of(size_t k)
{
    unsigned c = (unsigned)k + 2; /* 0x02 up: 0x01 is the tag */
    if (c >= '\t')
        c++;
    if (c >= '\n')
        c++;
    if (c >= '\r')
        c++;
    return (char)c;
}

static long string_of(unsigned char c)
{
    if (c < 2 || c == '\t' || c == '\n' || c == '\r' || c >= 0x20)
        return -1;
    long k = (long)c - 2;
    k -= c > '\t';
    k -= c > '\n';
    k -= c > '\r';
    return k < (long)N_STRINGS ? k : -1;
}

/* The table's first string that starts s (n bytes left), or -1.  Every
 * string starts with '{"', '",' or ',"', which in JSON text only a key or
 * the end of a string value can: the two bytes rule out nearly every other
 * place at once. */
static long match(const char *s, size_t n)
{
    if (n < 2 || !((s[0] == '{' && s[1] == '"') ||
                   (s[0] == '"' && s[1] == ',') ||
                   (s[0] == ',' && s[1] == '"')))
        return -1;
    for (size_t k = 0; k < N_STRINGS; k++)
        if (strings[k].len <= n &&
            memcmp(s, strings[k].s, strings[k].len) == 0)
            return (long)k;
    return -1;
}

evx_status evx_record_pack(evx_buf *out, const char *json, size_t len)
{
    evx_buf_clear(out);
    if (len && json[0] == EVX_RECORD_TAG1)
        return EVX_INVALID; /* could not be told from a packed record */
    evx_buf_putc(out, EVX_RECORD_TAG1);
    size_t i = 0, run = 0; /* run: start of the bytes not yet copied */
    while (i < len) {
        unsigned char c = (unsigned char)json[i];
        long k = -1;
        if (c < 0x20)
            break; /* not JSON as unit.c writes it: stored plain */
        if (c == '{' || c == '"' || c == ',')
            k = match(json + i, len - i);
        if (k < 0) {
            i++;
            continue;
        }
        evx_buf_append(out, json + run, i - run);
        evx_buf_putc(out, code_of((size_t)k));
        i += strings[k].len;
        run = i;
    }
    if (i < len || len == 0 || json[0] != '{') {
        evx_buf_clear(out);
        evx_buf_append(out, json, len);
        return evx_buf_status(out);
    }
    evx_buf_append(out, json + run, len - run);
    return evx_buf_status(out);
}

evx_status evx_record_unpack(evx_buf *out, const char *data, size_t len)
{
    evx_buf_clear(out);
    if (len == 0 || data[0] != EVX_RECORD_TAG1) {
        evx_buf_append(out, data, len);
        return evx_buf_status(out);
    }
    size_t run = 1;
    for (size_t i = 1; i < len; i++) {
        if ((unsigned char)data[i] >= 0x20)
            continue;
        long k = string_of((unsigned char)data[i]);
        if (k < 0)
            return EVX_CORRUPT;
        evx_buf_append(out, data + run, i - run);
        evx_buf_append(out, strings[k].s, strings[k].len);
        run = i + 1;
    }
    evx_buf_append(out, data + run, len - run);
    return evx_buf_status(out);
}
