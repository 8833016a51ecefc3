/*
 * buf.h - a growable byte buffer, always NUL-terminated (in the spirit of
 * redis's sds and SQLite's StrAccum).
 *
 * evx_buf is a small value type the caller owns (usually on the stack).
 * Appends never fail loudly: on allocation failure the buffer keeps what it
 * had, sets its `oom` flag and ignores further appends, so a long run of
 * appends is checked once with evx_buf_status() at the end.
 *
 *     evx_buf b = EVX_BUF_INIT;
 *     evx_buf_puts(&b, "hello");
 *     evx_buf_printf(&b, " %d", 42);
 *     if (evx_buf_status(&b)) { evx_buf_free(&b); return EVX_NOMEM; }
 *     use(b.data, b.len);
 *     evx_buf_free(&b);
 */
#ifndef EVX_BUF_H
#define EVX_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "evx.h"

typedef struct evx_buf {
    char *data; /* NUL-terminated contents, or NULL while empty */
    size_t len; /* bytes in data, not counting the NUL */
    size_t cap; /* bytes allocated */
    int oom;    /* set once an allocation has failed */
} evx_buf;

#define EVX_BUF_INIT {NULL, 0, 0, 0}

/* Appends len bytes of s (which may contain NULs). */
void evx_buf_append(evx_buf *b, const char *s, size_t len);

/* Appends the NUL-terminated string s. */
void evx_buf_puts(evx_buf *b, const char *s);

/* Appends one byte. */
void evx_buf_putc(evx_buf *b, char c);

/* Appends printf-formatted text. */
void evx_buf_printf(evx_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* As evx_buf_printf, with a va_list. */
void evx_buf_vprintf(evx_buf *b, const char *fmt, va_list ap);

/* Makes room for extra more bytes after the contents and returns where
 * they go, for a writer that fills them itself (then evx_buf_grew); NULL
 * on allocation failure, which sets the oom flag. */
char *evx_buf_room(evx_buf *b, size_t extra);

/* Counts n bytes written at evx_buf_room's pointer as contents; n is at
 * most the room made. */
void evx_buf_grew(evx_buf *b, size_t n);

/* Empties the buffer, keeping its allocation. */
void evx_buf_clear(evx_buf *b);

/* Shortens the buffer to len bytes (no-op if len >= b->len). */
void evx_buf_truncate(evx_buf *b, size_t len);

/* Returns b->data, or a static "" when the buffer is still empty: never NULL.
 * Borrowed: valid until the next append or free. */
const char *evx_buf_str(const evx_buf *b);

/* EVX_OK, or EVX_NOMEM if any append has failed. */
evx_status evx_buf_status(const evx_buf *b);

/* Hands the contents to the caller, who frees them with free(); the buffer is
 * reset to empty.  Returns a malloc'd "" when empty, NULL only on OOM. */
char *evx_buf_detach(evx_buf *b);

/* Frees the contents and resets the buffer to EVX_BUF_INIT. */
void evx_buf_free(evx_buf *b);

/* Returns a malloc'd copy of len bytes of s, NUL-terminated; NULL on OOM.
 * evx_strndup(NULL, 0) returns NULL.  The caller frees it. */
char *evx_strndup(const char *s, size_t len);

/* Returns a malloc'd copy of s, or NULL if s is NULL or on OOM. */
char *evx_strdup(const char *s);

#endif /* EVX_BUF_H */
