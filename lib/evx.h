/*
 * evx.h - status codes shared by every evidex module.
 *
 * Functions that can fail return an evx_status and hand results through an
 * out-parameter that comes first.  EVX_OK is zero so that `if (st)` reads as
 * "if it failed".  The detailed message lives on the handle that failed
 * (evx_db_errmsg, evx_tok_errmsg, ...), never in a global.
 */
#ifndef EVX_H
#define EVX_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum evx_status {
    EVX_OK = 0,
    EVX_NOT_FOUND, /* no such file, document, term or unit */
    EVX_PARSE,     /* input (report text, JSON, query) could not be parsed */
    EVX_IO,        /* a read, write, rename or mkdir failed */
    EVX_LOCKED,    /* another writer holds the database lock */
    EVX_NOMEM,     /* allocation failed */
    EVX_BACKEND,   /* Xapian or another library reported an error */
    EVX_INVALID,   /* a caller passed an argument out of range or malformed */
    EVX_CORRUPT,   /* an index or stored record is damaged */
    EVX_TIMEOUT    /* a search ran past its time limit and was stopped */
} evx_status;

/* Returns a short static English name for a status ("locked", "parse error").
 * Never NULL; the string is static and must not be freed. */
const char *evx_status_str(evx_status st);

#ifdef __cplusplus
}
#endif

#endif /* EVX_H */
