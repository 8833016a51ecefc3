/*
 * grow.c - array growth (see grow.h).
 */
#include "grow.h"

#include <stdint.h>
#include <stdlib.h>

evx_status evx_grow(void **items, size_t *cap, size_t need, size_t size)
{
    size_t ncap;
    void *p;

    if (need <= *cap)
        return EVX_OK;
    ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return EVX_NOMEM;
        ncap *= 2;
    }
    if (size && ncap > SIZE_MAX / size)
        return EVX_NOMEM;
    p = realloc(*items, ncap * size);
    if (!p)
        return EVX_NOMEM;
    *items = p;
    *cap = ncap;
    return EVX_OK;
}
