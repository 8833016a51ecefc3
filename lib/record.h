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
 */
#ifndef EVX_RECORD_H
#define EVX_RECORD_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"

#define EVX_RECORD_TAG1 '\x01'

/* Replaces out's contents with the packed form of the len bytes of json.
 * Bytes that are not JSON as unit.c writes it (not an object, or holding a
 * control byte) are stored as they are.  EVX_OK; EVX_INVALID (json starts
 * with the tag byte, so it could not be told from a packed record);
 * EVX_NOMEM. */
evx_status evx_record_pack(evx_buf *out, const char *json, size_t len);

/* Replaces out's contents with the record the len bytes of data hold
 * (packed or plain).  EVX_OK; EVX_CORRUPT (a packed record holding a byte
 * that is no code); EVX_NOMEM. */
evx_status evx_record_unpack(evx_buf *out, const char *data, size_t len);

#endif /* EVX_RECORD_H */
