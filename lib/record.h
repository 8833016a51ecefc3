/*
 * record.h - the bytes a unit's stored record (its JSON, lib/unit.h) takes
 * in the index.
 *
 * A record is a few hundred bytes, and Xapian compresses each one alone,
 * so the keys and fixed values it repeats in every unit ("sources":[{
 * "file":, "rendering":"pdf-text","line": ...) cost their full size every
 * time.  A packed record is the tag byte EVX_RECORD_TAG1 and the JSON with
 * each string of a fixed table replaced by one control byte, a byte that
 * valid JSON never holds outside its strings and that its strings hold
 * only escaped.  At 1,000 reports the docdata table is about a fifth
 * smaller, and Xapian has less to compress (README, "At 1,000 reports").
 *
 * The table is part of the index format: its tag names it, and a
 * different table needs a new tag.  Bytes that do not start with a tag
 * (a record stored as plain JSON, by an older evidex or because it held a
 * control byte) are returned as they are.
 *
 * Packed with a codec, a record is then compressed with zstd: the tag
 * byte EVX_RECORD_TAG2 and a zstd frame of the packed (or plain) bytes.
 * The index keeps it as a value (schema.h, EVX_SLOT_RECORD), which Xapian
 * stores as it is: Xapian compresses document data itself, each record
 * with zlib at its default level, and that took 7.5% of the build's
 * CPU; zstd at level 1 does it in a fraction of the time, for about the
 * same size (README, "Records in zstd").  A codec keeps zstd's contexts
 * for the many records of a build or a page of results.
 */
#ifndef EVX_RECORD_H
#define EVX_RECORD_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"

#define EVX_RECORD_TAG1 '\x01'
#define EVX_RECORD_TAG2 '\x02'

/* The largest record packed or unpacked: as large as the largest text a
 * report's reader accepts (indexer/read/pdfextract.c), so that no record
 * written is unreadable, and a damaged frame cannot ask for more. */
#define EVX_RECORD_MAX_BYTES ((size_t)256 << 20)

/* zstd's compression and decompression contexts, made when first used. */
typedef struct evx_record_codec evx_record_codec;

/* A new codec into *out (the caller frees it with evx_record_codec_free).
 * EVX_OK; EVX_INVALID (out NULL); EVX_NOMEM. */
evx_status evx_record_codec_new(evx_record_codec **out);

/* Frees c and its contexts; NULL is a no-op. */
void evx_record_codec_free(evx_record_codec *c);

/* Replaces out's contents with the packed form of the len bytes of json,
 * compressed when a codec c is given (NULL: packed only).  Bytes that are
 * not JSON as unit.c writes it (not an object, or holding a control byte)
 * are packed as they are.  EVX_OK; EVX_INVALID (json starts with a tag
 * byte, so it could not be told from a packed record, or is longer than
 * EVX_RECORD_MAX_BYTES); EVX_NOMEM. */
evx_status evx_record_pack(evx_record_codec *c, evx_buf *out,
                           const char *json, size_t len);

/* Replaces out's contents with the record the len bytes of data hold
 * (compressed, packed or plain).  c is the codec to decompress with (NULL
 * reads packed and plain records only).  EVX_OK; EVX_INVALID (a
 * compressed record and no codec); EVX_CORRUPT (a frame that does not
 * decompress, or a packed record holding a byte that is no code);
 * EVX_NOMEM. */
evx_status evx_record_unpack(evx_record_codec *c, evx_buf *out,
                             const char *data, size_t len);

#endif /* EVX_RECORD_H */
