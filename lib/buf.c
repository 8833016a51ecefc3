/*
 * buf.c - growable NUL-terminated byte buffer with a sticky oom flag.
 */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Makes room for `extra` more bytes plus the NUL; returns 0 on failure
 * (and sets the sticky flag), 1 when there is room. */
static int reserve(evx_buf *b, size_t extra)
{
    size_t need, cap;
    char *p;

    if (b->oom)
        return 0;
    if (extra > (size_t)-1 - b->len - 1) {
        b->oom = 1;
        return 0;
    }
    need = b->len + extra + 1;
    if (need <= b->cap)
        return 1;
    cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > (size_t)-1 / 2 ? need : cap * 2;
    p = realloc(b->data, cap);
    if (!p) {
        b->oom = 1;
        return 0;
    }
    b->data = p;
    b->cap = cap;
    return 1;
}

void evx_buf_append(evx_buf *b, const char *s, size_t len)
{
    if (!reserve(b, len))
        return;
    if (len)
        memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}

char *evx_buf_room(evx_buf *b, size_t extra)
{
    return reserve(b, extra) ? b->data + b->len : NULL;
}

void evx_buf_grew(evx_buf *b, size_t n)
{
    if (b->oom || !b->data || b->len + n >= b->cap)
        return;
    b->len += n;
    b->data[b->len] = '\0';
}

void evx_buf_puts(evx_buf *b, const char *s)
{
    evx_buf_append(b, s, strlen(s));
}

void evx_buf_putc(evx_buf *b, char c)
{
    if (!b->oom && b->len + 2 <= b->cap) { /* room for it and the NUL */
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return;
    }
    evx_buf_append(b, &c, 1);
}

void evx_buf_printf(evx_buf *b, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    evx_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void evx_buf_vprintf(evx_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    int n;

    if (b->oom)
        return;
    va_copy(ap2, ap);
    n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        b->oom = 1; /* encoding error: treat as a failed append */
        return;
    }
    if (!reserve(b, (size_t)n))
        return;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void evx_buf_clear(evx_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void evx_buf_truncate(evx_buf *b, size_t len)
{
    if (len >= b->len)
        return;
    b->len = len;
    b->data[len] = '\0';
}

const char *evx_buf_str(const evx_buf *b)
{
    return b->data ? b->data : "";
}

evx_status evx_buf_status(const evx_buf *b)
{
    return b->oom ? EVX_NOMEM : EVX_OK;
}

char *evx_buf_detach(evx_buf *b)
{
    char *p = b->data;

    if (b->oom) {
        evx_buf_free(b);
        return NULL;
    }
    if (!p)
        p = calloc(1, 1);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->oom = 0;
    return p;
}

void evx_buf_free(evx_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->oom = 0;
}

char *evx_strndup(const char *s, size_t len)
{
    char *p;

    if (!s)
        return NULL;
    p = malloc(len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *evx_strdup(const char *s)
{
    return s ? evx_strndup(s, strlen(s)) : NULL;
}
