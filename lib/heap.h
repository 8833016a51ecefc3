/*
 * heap.h - a process's heap in transparent huge pages.
 *
 * On a virtual machine each first touch of a 4 KiB page is a fault of
 * 20-25 microseconds.  A build touches tens of megabytes, spread over
 * Xapian's posting maps, where 2 MiB pages cut the faults twentyfold and
 * spare the TLB.  A query over one shard touches too little: zeroing a
 * huge page costs it more than the faults it spares, so evidex does not
 * call this.  README, "At 1,000 reports".
 */
#ifndef EVX_HEAP_H
#define EVX_HEAP_H

#include <stddef.h>

/* Makes the heap grow step bytes at a time and keep up to four steps
 * freed, and marks it, from its first 2 MiB boundary, for the kernel's
 * transparent huge pages (a kernel without them ignores the mark).  Call
 * it first thing in main.  Returns the block that fills the heap up to
 * that boundary, which the caller frees before it exits, or NULL. */
void *evx_heap_huge_pages(size_t step);

#endif /* EVX_HEAP_H */
