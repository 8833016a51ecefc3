/*
 * web_marks.c - footnote markers in web-edition text (see web_marks.h):
 * the text without them, and where they stood.  Which digits are a marker
 * is marks.h's rule, the same for every reader.
 */
#include "web_marks.h"

#include "ascii.h"
#include "grow.h"

evx_status evx_web_detach(evx_web_seq *seq, const char *s, size_t n,
                          evx_buf *out, evx_web_markers *mk)
{
    size_t i = 0, copied = 0;

    while (i < n) {
        size_t b = i, mb, me;
        long num;
        if (s[i] == '[' && evx_mark_bracket(seq, s, n, i, &mb, &me, &num)) {
            i = me;
        } else if (evx_ascii_digit(s[i])) {
            while (i < n && evx_ascii_digit(s[i]))
                i++;
            if (!evx_mark_glued(seq, s, n, b, i, &mb, &num))
                continue;
            me = i;
        } else {
            i++;
            continue;
        }
        if (mb < copied)
            mb = copied;
        evx_buf_append(out, s + copied, mb - copied);
        if (evx_grow((void **)&mk->v, &mk->cap, mk->n + 1, sizeof *mk->v))
            return EVX_NOMEM;
        mk->v[mk->n++] = (evx_web_marker){out->len, me - mb, (int)num};
        seq->last = (int)num;
        copied = me;
    }
    evx_buf_append(out, s + copied, n - copied);
    return EVX_OK;
}

int evx_web_next_mark(const char *s, size_t n, size_t *at, long *num)
{
    size_t i = *at;

    while (i < n) {
        size_t b = i, mb, me;
        if (s[i] == '[' && evx_mark_bracket(NULL, s, n, i, &mb, &me, num)) {
            *at = me;
            return 1;
        }
        if (!evx_ascii_digit(s[i])) {
            i++;
            continue;
        }
        while (i < n && evx_ascii_digit(s[i]))
            i++;
        if (evx_mark_glued(NULL, s, n, b, i, &mb, num)) {
            *at = i;
            return 1;
        }
    }
    *at = n;
    return 0;
}

int evx_web_cites(const char *s, size_t n, long num)
{
    size_t at = 0;
    long v;

    while (evx_web_next_mark(s, n, &at, &v))
        if (v == num)
            return 1;
    return 0;
}
