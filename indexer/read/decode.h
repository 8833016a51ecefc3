/*
 * decode.h - which character encoding a text file is in, and turning it
 * into UTF-8.
 *
 * Users have reports as UTF-8 (with or without a byte-order mark), as
 * UTF-16 saved by Windows tools, or as Windows-1252 / Latin-1 saved by
 * older ones.  Sniffing reads the bytes once; converting uses glibc's
 * iconv.  Neither step touches line ends, so a converted file has the same
 * lines as the original.  The loader (source.c) sniffs, converts, then
 * repairs what damage is left.
 */
#ifndef EVX_DECODE_H
#define EVX_DECODE_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"

typedef enum evx_encoding {
    EVX_ENC_UTF8,    /* UTF-8, perhaps with a few damaged bytes */
    EVX_ENC_UTF16LE,
    EVX_ENC_UTF16BE,
    EVX_ENC_CP1252   /* Windows-1252, its five undefined bytes as Latin-1 */
} evx_encoding;

/* Guesses the encoding of len bytes of data; *bom gets the length of the
 * byte-order mark that starts them (0 if none), which the caller skips.
 * UTF-16: a UTF-16 byte-order mark, or NUL in nearly every other byte of
 * the first 64 KiB.  Windows-1252: at least two high bytes that are not
 * part of a UTF-8 sequence stand alone between ASCII bytes, they outnumber
 * the valid UTF-8 sequences more than twice over, and they are fewer than
 * one byte in five (more is damage or another script).  Anything else is
 * UTF-8, whose damage the caller repairs.  Cannot fail. */
evx_encoding evx_decode_sniff(const char *data, size_t len, size_t *bom);

/* Appends len bytes of data, in encoding enc (without its byte-order mark),
 * to out as UTF-8.  A byte sequence enc cannot hold (an unpaired UTF-16
 * surrogate, a final odd byte) becomes U+FFFD and is counted in
 * *replaced (may be NULL).  EVX_UTF8 is copied as it is.  EVX_OK;
 * EVX_BACKEND if this system's iconv lacks the encoding; EVX_NOMEM. */
evx_status evx_decode_to_utf8(evx_buf *out, evx_encoding enc,
                              const char *data, size_t len, size_t *replaced);

/* The encoding's usual name ("Windows-1252", "UTF-16LE"); static. */
const char *evx_decode_name(evx_encoding enc);

#endif /* EVX_DECODE_H */
