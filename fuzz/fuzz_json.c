/*
 * fuzz_json.c - libFuzzer target for what the query tool reads back from
 * an index: a stored record unpacked (lib/record.h), the JSON reader
 * (lib/json.h) and a unit's document data (evx_unit_from_json).  A damaged
 * or hostile index hands these any bytes.
 *
 * Checks beyond "no crash, no leak, no UB": every node of a parsed tree can
 * be walked with the getters; a unit that reads back writes JSON that reads
 * back to the same JSON (the writer is a fixed point after one round); any
 * bytes that pack unpack to themselves, and unpacking fails only as
 * EVX_CORRUPT (or EVX_NOMEM).
 * See fuzz/README.md.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json.h"
#include "record.h"
#include "unit.h"

static void json_fail(const char *what)
{
    fprintf(stderr, "fuzz_json: invariant broken: %s\n", what);
    abort();
}

/* Visits every node; returns how many (bounded by the 64-level nesting
 * limit, so the recursion is too). */
static size_t json_walk(const evx_json *v)
{
    size_t n = 1, len = 0;
    const char *key = NULL;

    switch (evx_json_typeof(v)) {
    case EVX_JSON_STRING:
        if (!evx_json_str(v, &len) || strlen(evx_json_str(v, NULL)) > len)
            json_fail("string node without its bytes");
        break;
    case EVX_JSON_ARRAY:
        for (size_t i = 0; i < evx_json_len(v); i++)
            n += json_walk(evx_json_at(v, i));
        break;
    case EVX_JSON_OBJECT:
        for (size_t i = 0; i < evx_json_len(v); i++) {
            const evx_json *m = evx_json_member(v, i, &key);
            if (!key)
                json_fail("member without a key");
            n += json_walk(m);
        }
        break;
    default:
        (void)evx_json_num(v, 0);
        (void)evx_json_bool(v, 0);
    }
    return n;
}

/* unit -> JSON -> unit -> JSON gives the same JSON twice. */
static void json_roundtrip(const evx_unit *u)
{
    evx_buf a = EVX_BUF_INIT, b = EVX_BUF_INIT;
    evx_unit *back = NULL;

    evx_unit_to_json(u, &a);
    if (evx_buf_status(&a) == EVX_OK) {
        evx_status st = evx_unit_from_json(&back, a.data, a.len);
        if (st && st != EVX_NOMEM)
            json_fail("a unit's own JSON does not read back");
        if (!st) {
            evx_unit_to_json(back, &b);
            if (!evx_buf_status(&b) &&
                (a.len != b.len || memcmp(a.data, b.data, a.len) != 0))
                json_fail("unit JSON changes on a second round");
        }
    }
    evx_unit_free(back);
    evx_buf_free(&a);
    evx_buf_free(&b);
}

/* pack -> unpack gives the bytes back; unpacking any bytes never crashes. */
static void record_roundtrip(const char *text, size_t size)
{
    evx_buf packed = EVX_BUF_INIT, back = EVX_BUF_INIT;
    evx_record_codec *c = NULL;
    if (evx_record_codec_new(&c) != EVX_OK)
        return;
    /* packed only, then packed and compressed */
    evx_status st = evx_record_pack(size % 2 ? c : NULL, &packed, text, size);
    if (st == EVX_OK) {
        st = evx_record_unpack(c, &back, packed.data, packed.len);
        if (st == EVX_OK && (back.len != size || memcmp(back.data, text, size)))
            json_fail("a packed record unpacks to other bytes");
        if (st != EVX_OK && st != EVX_NOMEM)
            json_fail("a packed record does not unpack");
    } else if (st != EVX_INVALID && st != EVX_NOMEM) {
        json_fail("packing failed with an unexpected status");
    }
    st = evx_record_unpack(c, &back, text, size);
    if (st != EVX_OK && st != EVX_CORRUPT && st != EVX_NOMEM)
        json_fail("unpacking failed with an unexpected status");
    evx_buf_free(&packed);
    evx_buf_free(&back);
    evx_record_codec_free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    evx_json *root = NULL;
    evx_unit *u = NULL;
    size_t errpos = 0;

    record_roundtrip(text, size);
    evx_status st = evx_json_parse(&root, text, size, &errpos);
    if (st == EVX_OK)
        json_walk(root);
    else if (root || (st == EVX_PARSE && errpos > size))
        json_fail("failed parse set *out or an error position past the end");
    evx_json_free(root);
    if (evx_unit_from_json(&u, text, size) == EVX_OK) {
        if (!u->id)
            json_fail("unit read back without an id");
        json_roundtrip(u);
    }
    evx_unit_free(u);
    return 0;
}
