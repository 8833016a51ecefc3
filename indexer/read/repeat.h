/*
 * repeat.h - a part of a file pasted twice: a run of lines that repeats,
 * line for line (blank lines aside), a run earlier in the file, and holds
 * at least two numbered lines of some length that both copies print the
 * same ("234.The health and social care landscape …"), as a chapter or a
 * run of paragraphs copied twice into one file does.  No report prints a
 * numbered paragraph twice: a list of recommendations restating
 * paragraphs numbers its items itself, a contents list's entries are
 * short, and two renderings of a report are two files (merge.h).
 *
 * The copy left out is the second, unless the first stops where the
 * second starts inside a sentence or a line (the paste started over: the
 * second is the whole one).  Pure: no I/O beyond the messages.
 */
#ifndef EVX_REPEAT_H
#define EVX_REPEAT_H

#include <stddef.h>

#include "diag.h"
#include "evx.h"
#include "source.h"
#include "unit.h"

/* Repeats a file is searched for, at most. */
#define EVX_REPEAT_MAX 32

/* The lines of one copy. */
typedef struct evx_repeat_copy {
    long first, last;
} evx_repeat_copy;

/* One part pasted twice: where each copy stands and which is read. */
typedef struct evx_repeat {
    evx_repeat_copy earlier, later; /* later.first: where it repeats */
    int later_kept; /* 1: the earlier copy, cut short, is left out */
} evx_repeat;

/* The copy of r read, or the one left out. */
evx_repeat_copy evx_repeat_kept(const evx_repeat *r);
evx_repeat_copy evx_repeat_left_out(const evx_repeat *r);

/* Finds the parts of t pasted twice (up to max of them, *n) and, if there
 * is any, sets *out to a copy of t with the lines of each copy left out
 * blank (evx_text_blank_lines), else to NULL.  EVX_OK or EVX_NOMEM (then
 * *out is NULL).  Free *out with evx_text_free. */
evx_status evx_repeat_drop(evx_text **out, evx_repeat *found, size_t max,
                           size_t *n, const evx_text *t);

/* Warns of r in diag, naming file and the line where the repetition
 * starts, the lines of both copies and the numbers of the paragraphs of
 * units (those of file) read from the copy kept. */
void evx_repeat_warn(const evx_repeat *r, const evx_units *units,
                     const char *file, evx_diag *diag);

#endif /* EVX_REPEAT_H */
