/*
 * fnv.h - FNV-1a, the 64-bit hash evidex uses where a short fingerprint
 * is enough: a report's files (build.c), a long unit id's term
 * (writer.c), a hit's identity (search.c), the indexer that read an
 * index's reports (meta.c).  Not for anything an adversary chooses to
 * collide.
 */
#ifndef EVX_FNV_H
#define EVX_FNV_H

#include <stddef.h>
#include <stdint.h>

/* The hash to start from. */
#define EVX_FNV_START 1469598103934665603ULL

/* h with the n bytes at p hashed into it. */
uint64_t evx_fnv(uint64_t h, const void *p, size_t n);

/* h with the bytes of the file at path hashed into it; *ok is 0 (and h
 * returned as it came) when the file cannot be read, else 1. */
uint64_t evx_fnv_file(uint64_t h, const char *path, int *ok);

#endif /* EVX_FNV_H */
