/*
 * offmap.c - a rewritten text's offsets mapped back; see offmap.h.
 */
#include "offmap.h"

#include <stdlib.h>

#include "grow.h"

evx_status evx_offmap_add(evx_offmap *m, size_t out_off, size_t in_off)
{
    size_t last_out = m->n ? m->out[m->n - 1] : 0,
           last_in = m->n ? m->in[m->n - 1] : 0;
    if (out_off - last_out == in_off - last_in && out_off >= last_out &&
        in_off >= last_in)
        return EVX_OK; /* the same difference as before */
    size_t cap = m->cap;
    if (evx_grow((void **)&m->out, &cap, m->n + 1, sizeof *m->out) ||
        evx_grow((void **)&m->in, &m->cap, m->n + 1, sizeof *m->in))
        return EVX_NOMEM;
    m->out[m->n] = out_off;
    m->in[m->n] = in_off;
    m->n++;
    return EVX_OK;
}

size_t evx_offmap_back(const evx_offmap *m, size_t off)
{
    size_t lo = 0, hi = m->n; /* the first breakpoint past off */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->out[mid] <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return off;
    return m->in[lo - 1] + (off - m->out[lo - 1]);
}

void evx_offmap_free(evx_offmap *m)
{
    free(m->out);
    free(m->in);
    *m = (evx_offmap)EVX_OFFMAP_INIT;
}
