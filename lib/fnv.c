/*
 * fnv.c - FNV-1a; see fnv.h.
 */
#include "fnv.h"

#include <stdio.h>

uint64_t evx_fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ULL;
    return h;
}

uint64_t evx_fnv_file(uint64_t h, const char *path, int *ok)
{
    FILE *f = fopen(path, "rb");
    unsigned char buf[65536];
    size_t n;
    *ok = f != NULL;
    if (!f)
        return h;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        h = evx_fnv(h, buf, n);
    if (ferror(f))
        *ok = 0;
    fclose(f);
    return h;
}
