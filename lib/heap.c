/*
 * heap.c - the heap in transparent huge pages (see heap.h).
 */
#define _DEFAULT_SOURCE /* sbrk, madvise */
#include "heap.h"

#include <stdint.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/mman.h>
#include <unistd.h>

#define HUGE_PAGE ((uintptr_t)2 << 20)

void *evx_heap_huge_pages(size_t step)
{
    void *filler = NULL;
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    if (!mallopt(M_MMAP_THRESHOLD, (int)(4 * step)) ||
        !mallopt(M_TOP_PAD, (int)step) ||
        !mallopt(M_TRIM_THRESHOLD, (int)(4 * step)))
        return NULL;
    /* One allocation of a step makes the heap grow by two; freed, it
     * stays (the trim threshold is above it).  Only whole 2 MiB pages can
     * be huge: the heap up to the first boundary is taken by a block that
     * is never touched, so the allocations after it start there. */
    char *p = malloc(step);
    if (!p)
        return NULL;
    uintptr_t at = (uintptr_t)p;
    uintptr_t start = (at + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    free(p);
    if (start - at > 64 && !(filler = malloc(start - at - 64)))
        return NULL;
    char *end = sbrk(0);
    if (end != (char *)-1 && (uintptr_t)end > start)
        madvise((void *)start, (uintptr_t)end - start, MADV_HUGEPAGE);
#else
    (void)step;
#endif
    return filler;
}
