/*
 * record.c - packed stored records (see record.h).
 */
#include "record.h"

#include <stdlib.h>
#include <string.h>
#include <zstd.h>
#include <zstd_errors.h>

/* zstd's level: 1 compresses records of a few hundred bytes as small as
 * its default 3 does, in less time (README, "Records in zstd").  Each
 * frame carries its checksum: a damaged record is an error, never another
 * record (4 bytes a record). */
#define ZSTD_LEVEL 1

struct evx_record_codec {
    ZSTD_CCtx *cctx; /* made when first packing */
    ZSTD_DCtx *dctx; /* made when first unpacking */
    evx_buf packed;  /* a record packed, before it is compressed or after
                        it is decompressed: kept for the next one */
};

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

evx_status evx_record_codec_new(evx_record_codec **out)
{
    if (!out)
        return EVX_INVALID;
    *out = calloc(1, sizeof **out);
    return *out ? EVX_OK : EVX_NOMEM;
}

void evx_record_codec_free(evx_record_codec *c)
{
    if (!c)
        return;
    ZSTD_freeCCtx(c->cctx);
    ZSTD_freeDCtx(c->dctx);
    evx_buf_free(&c->packed);
    free(c);
}

/* Packs the len bytes of json into out (the tag and the codes). */
static evx_status pack(evx_buf *out, const char *json, size_t len)
{
    evx_buf_clear(out);
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

/* Replaces out's contents with the tag EVX_RECORD_TAG2 and a zstd frame
 * of the len bytes of data. */
static evx_status compress(evx_record_codec *c, evx_buf *out,
                           const char *data, size_t len)
{
    if (!c->cctx) {
        if (!(c->cctx = ZSTD_createCCtx()))
            return EVX_NOMEM;
        if (ZSTD_isError(ZSTD_CCtx_setParameter(
                c->cctx, ZSTD_c_compressionLevel, ZSTD_LEVEL)) ||
            ZSTD_isError(
                ZSTD_CCtx_setParameter(c->cctx, ZSTD_c_checksumFlag, 1))) {
            ZSTD_freeCCtx(c->cctx);
            c->cctx = NULL;
            return EVX_NOMEM;
        }
    }
    size_t bound = ZSTD_compressBound(len);
    evx_buf_clear(out);
    char *dst = evx_buf_room(out, 1 + bound);
    if (!dst)
        return EVX_NOMEM;
    dst[0] = EVX_RECORD_TAG2;
    size_t n = ZSTD_compress2(c->cctx, dst + 1, bound, data, len);
    if (ZSTD_isError(n))
        return ZSTD_getErrorCode(n) == ZSTD_error_memory_allocation
                   ? EVX_NOMEM
                   : EVX_INVALID;
    evx_buf_grew(out, 1 + n);
    return EVX_OK;
}

evx_status evx_record_pack(evx_record_codec *c, evx_buf *out,
                           const char *json, size_t len)
{
    evx_buf_clear(out);
    if (len && (json[0] == EVX_RECORD_TAG1 || json[0] == EVX_RECORD_TAG2))
        return EVX_INVALID; /* could not be told from a packed record */
    if (len > EVX_RECORD_MAX_BYTES)
        return EVX_INVALID; /* could not be read back */
    if (!c)
        return pack(out, json, len);
    evx_status st = pack(&c->packed, json, len);
    return st ? st : compress(c, out, evx_buf_str(&c->packed), c->packed.len);
}

/* Replaces out's contents with the bytes of the zstd frame in the len
 * bytes of data (the tag already skipped), decompressed with c's
 * context. */
static evx_status decompress(evx_record_codec *c, evx_buf *out,
                             const char *data, size_t len)
{
    unsigned long long size = ZSTD_getFrameContentSize(data, len);
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN ||
        size > EVX_RECORD_MAX_BYTES)
        return EVX_CORRUPT;
    if (!c->dctx && !(c->dctx = ZSTD_createDCtx()))
        return EVX_NOMEM;
    evx_buf_clear(out);
    char *dst = evx_buf_room(out, (size_t)size);
    evx_status st = dst ? EVX_OK : EVX_NOMEM;
    if (!st) {
        size_t n = ZSTD_decompressDCtx(c->dctx, dst, (size_t)size, data, len);
        if (ZSTD_isError(n) || n != size)
            st = ZSTD_isError(n) && ZSTD_getErrorCode(n) ==
                                        ZSTD_error_memory_allocation
                     ? EVX_NOMEM
                     : EVX_CORRUPT;
        else
            evx_buf_grew(out, n);
    }
    return st;
}

/* Replaces out's contents with the record the packed (or plain) len
 * bytes of data hold. */
static evx_status unpack(evx_buf *out, const char *data, size_t len)
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

evx_status evx_record_unpack(evx_record_codec *c, evx_buf *out,
                             const char *data, size_t len)
{
    if (len == 0 || data[0] != EVX_RECORD_TAG2)
        return unpack(out, data, len);
    if (!c)
        return EVX_INVALID;
    evx_status st = decompress(c, &c->packed, data + 1, len - 1);
    /* a frame holds packed or plain bytes, never another frame */
    if (!st && c->packed.len && c->packed.data[0] == EVX_RECORD_TAG2)
        st = EVX_CORRUPT;
    return st ? st : unpack(out, evx_buf_str(&c->packed), c->packed.len);
}
