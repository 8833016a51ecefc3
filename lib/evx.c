/*
 * evx.c - names for status codes.
 */
#include "evx.h"

const char *evx_status_str(evx_status st)
{
    switch (st) {
    case EVX_OK: return "ok";
    case EVX_NOT_FOUND: return "not found";
    case EVX_PARSE: return "parse error";
    case EVX_IO: return "I/O error";
    case EVX_LOCKED: return "locked";
    case EVX_NOMEM: return "out of memory";
    case EVX_BACKEND: return "backend error";
    case EVX_INVALID: return "invalid argument";
    case EVX_CORRUPT: return "corrupt data";
    case EVX_TIMEOUT: return "time limit reached";
    }
    return "unknown status";
}
