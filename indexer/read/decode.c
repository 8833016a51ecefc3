/*
 * decode.c - sniff a file's encoding and convert it to UTF-8 with iconv.
 *
 * Sniffing looks at byte patterns only: a byte-order mark, the NUL in every
 * other byte that UTF-16 gives English text, and high bytes standing alone
 * between ASCII ones, which is how Windows-1252 writes ’ “ – é.  Damaged
 * UTF-8 leaves runs of high bytes instead (cut or mixed sequences), and
 * still has many valid sequences around them.  Conversion runs iconv in
 * chunks; what iconv refuses is handled here, one unit at a time.
 */
#include "decode.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "utf8.h"

#define SNIFF_BYTES (64 * 1024)

static int starts_with(const char *s, size_t len, const char *mark,
                       size_t mark_len)
{
    return len >= mark_len && memcmp(s, mark, mark_len) == 0;
}

/* NUL in most odd (LE) or even (BE) bytes of the first 64 KiB and in
 * almost none of the others: ASCII text written as UTF-16. */
static evx_encoding sniff_utf16_nuls(const char *s, size_t len)
{
    size_t window = (len < SNIFF_BYTES ? len : SNIFF_BYTES) & ~(size_t)1;
    size_t pairs = window / 2, nul_even = 0, nul_odd = 0, i;

    if (pairs < 2)
        return EVX_ENC_UTF8;
    for (i = 0; i < window; i += 2) {
        nul_even += s[i] == 0;
        nul_odd += s[i + 1] == 0;
    }
    if (nul_odd * 10 >= pairs * 3 && nul_even * 100 <= pairs)
        return EVX_ENC_UTF16LE;
    if (nul_even * 10 >= pairs * 3 && nul_odd * 100 <= pairs)
        return EVX_ENC_UTF16BE;
    return EVX_ENC_UTF8;
}

static int is_high(const char *s, size_t len, size_t i)
{
    return i < len && (unsigned char)s[i] >= 0x80;
}

/* High bytes outside UTF-8 sequences, mostly alone: Windows-1252. */
static int reads_as_cp1252(const char *s, size_t len)
{
    size_t i = 0, valid = 0, invalid = 0, lone = 0, n;

    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        n = evx_utf8_seqlen(s + i, len - i);
        if (n > 0) {
            valid++;
            i += n;
            continue;
        }
        invalid++;
        if ((i == 0 || !is_high(s, len, i - 1)) && !is_high(s, len, i + 1))
            lone++;
        i++;
    }
    return lone >= 2 && lone > 2 * valid && invalid * 5 < len;
}

evx_encoding evx_decode_sniff(const char *data, size_t len, size_t *bom)
{
    evx_encoding enc;

    *bom = 0;
    if (starts_with(data, len, "\xEF\xBB\xBF", 3)) {
        *bom = 3;
        return EVX_ENC_UTF8;
    }
    if (starts_with(data, len, "\xFF\xFE", 2)) {
        *bom = 2;
        return EVX_ENC_UTF16LE;
    }
    if (starts_with(data, len, "\xFE\xFF", 2)) {
        *bom = 2;
        return EVX_ENC_UTF16BE;
    }
    enc = sniff_utf16_nuls(data, len);
    if (enc != EVX_ENC_UTF8)
        return enc;
    return reads_as_cp1252(data, len) ? EVX_ENC_CP1252 : EVX_ENC_UTF8;
}

const char *evx_decode_name(evx_encoding enc)
{
    switch (enc) {
    case EVX_ENC_UTF16LE: return "UTF-16LE";
    case EVX_ENC_UTF16BE: return "UTF-16BE";
    case EVX_ENC_CP1252: return "Windows-1252";
    default: return "UTF-8";
    }
}

/* glibc's name for each encoding. */
static const char *iconv_name(evx_encoding enc)
{
    switch (enc) {
    case EVX_ENC_UTF16LE: return "UTF-16LE";
    case EVX_ENC_UTF16BE: return "UTF-16BE";
    default: return "WINDOWS-1252";
    }
}

/* One unit iconv refused at *in: Windows-1252 leaves 0x81, 0x8D, 0x8F,
 * 0x90 and 0x9D undefined, and Latin-1 reads them as C1 controls; in
 * UTF-16 it is an unpaired surrogate or a final odd byte. */
static void put_refused(evx_buf *out, evx_encoding enc, char **in,
                        size_t *left, size_t *replaced)
{
    size_t unit = enc == EVX_ENC_CP1252 ? 1 : 2;

    if (enc == EVX_ENC_CP1252) {
        unsigned char c = (unsigned char)**in;
        evx_buf_putc(out, (char)(0xC0 | (c >> 6)));
        evx_buf_putc(out, (char)(0x80 | (c & 0x3F)));
    } else {
        evx_buf_puts(out, EVX_UTF8_REPLACEMENT);
        if (replaced)
            (*replaced)++;
    }
    if (unit > *left)
        unit = *left;
    *in += unit;
    *left -= unit;
}

evx_status evx_decode_to_utf8(evx_buf *out, evx_encoding enc,
                              const char *data, size_t len, size_t *replaced)
{
    char chunk[16384];
    char *in = (char *)data; /* iconv's prototype is not const-correct */
    size_t left = len;
    iconv_t cd;

    if (enc == EVX_ENC_UTF8) {
        evx_buf_append(out, data, len);
        return evx_buf_status(out);
    }
    cd = iconv_open("UTF-8", iconv_name(enc));
    if (cd == (iconv_t)-1)
        return EVX_BACKEND;
    while (left > 0) {
        char *o = chunk;
        size_t room = sizeof chunk;
        size_t r = iconv(cd, &in, &left, &o, &room);

        evx_buf_append(out, chunk, (size_t)(o - chunk));
        if (r == (size_t)-1 && errno != E2BIG)
            put_refused(out, enc, &in, &left, replaced);
    }
    iconv_close(cd);
    return evx_buf_status(out);
}
