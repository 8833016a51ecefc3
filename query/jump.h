/*
 * jump.h - where an editor should land for a hit: the line and column, in
 * the unit's first source file, of the first matched word.  The stored
 * unit knows only where it starts (line, col) and ends (end_line); its
 * text was cleaned (lines joined, hyphens undone, markers dropped), so
 * the word is found again in the file itself: the k-th occurrence of the
 * matched bytes in the text is taken to be the k-th in the file from the
 * unit's start.
 */
#ifndef EVX_JUMP_H
#define EVX_JUMP_H

#include "evx.h"
#include "snippet.h"
#include "unit.h"

typedef struct evx_jump {
    long line; /* 1-based */
    long col;  /* 1-based byte column, as Vim and Emacs grep-mode count */
} evx_jump;

/* The position of the first highlight of sn in the file of u's source k
 * (an absolute or working-directory-relative path).  EVX_OK;
 * EVX_NOT_FOUND (no highlight, no such source, or the word is not where
 * the unit is: *out is then the source's start); EVX_IO (the file cannot
 * be read). */
evx_status evx_jump_find(evx_jump *out, const evx_unit *u, size_t k,
                         const evx_snippet *sn);

#endif /* EVX_JUMP_H */
