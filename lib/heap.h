/*
 * heap.h - a process's heap in transparent huge pages.
 *
 * On a virtual machine each first touch of a 4 KiB page is a fault of
 * 20-25 microseconds.  A query touches about 1.5 MB of fresh heap
 * (Xapian's block buffers for every table of every shard): at 1,000
 * reports its 560 faults cost more than the search.  A build touches tens
 * of megabytes, spread over Xapian's posting maps, where 2 MiB pages also
 * spare the TLB.  README, "At 1,000 reports".
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
