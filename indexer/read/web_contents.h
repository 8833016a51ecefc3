/*
 * web_contents.h - where the contents list of a web edition ends (private
 * to the web-text reader, web_plan.c): a page copied from the web may
 * print "Contents" as a heading over a list of its chapters and parts, or
 * as a navigation link over the page itself ("Contents" / "Title
 * Contents" / "9Oversight …" / "234.The …").  Pure: reads the text only.
 */
#ifndef EVX_WEB_CONTENTS_H
#define EVX_WEB_CONTENTS_H

#include <stddef.h>

#include "source.h"

/* The contents list runs from its heading at line l of t to where its
 * first entry recurs as a heading of the text, at a block's start (a
 * hard-wrapped sentence may end a line with the same words: "… for" /
 * "integrating care for patients.137"), or, failing that, to the first
 * line of prose, or the first block of it, less the page's own chapter
 * heading just before it; a single block before that is no list.
 * Returns the first line after it. */
size_t evx_web_contents_end(const evx_text *t, size_t l);

#endif /* EVX_WEB_CONTENTS_H */
