/*
 * web_numlist.h - private to the web-text reader's plan (web_plan.h): a
 * list numbered from 1 inside a unit, after a lead-in ending in ':'
 * ("It asked the Government to:" / "1. Introduce …;" / "2. Publish …").
 * Its items' numbers are no paragraph's or recommendation's, even where
 * one is the number the report's sequence takes next: the rule is
 * paranum.h's (evx_list_run), as the pdf-text reader's is (pdf_unit.h,
 * pdf_list_item_due).  Pure: the state is the list's next number.
 */
#ifndef EVX_WEB_NUMLIST_H
#define EVX_WEB_NUMLIST_H

#include <stddef.h>

#include "source.h"
#include "web_lines.h"
#include "web_plan.h"

/* The list open in the unit the plan has reached; text and plan are
 * borrowed (the roles of the lines before the one planned are set). */
typedef struct evx_web_numlist {
    const evx_text *t;
    const evx_web_plan *pl;
    int next; /* the number its next item takes, 0: no list open */
} evx_web_numlist;

/* Does numbered line l go on with the list: its next number, or any
 * after the unit's lead-in?  Its number, else 0. */
int evx_web_numlist_item(const evx_web_numlist *ls, size_t l);

/* Is numbered line l, whose number the report's sequence (its numbers
 * in style st, the last read `last`) would take next, an item of the
 * list instead: the first after a lead-in or the list's next, when the
 * item before ends as a list's does (";") or the report's sequence comes
 * back after the run of numbers from it? */
int evx_web_numlist_due(const evx_web_numlist *ls, size_t l, int last,
                        evx_web_style st);

/* Keeps the list's state once line l has its role: an item of it (a
 * line of text numbered as its next, or after its lead-in) moves it on;
 * any other numbered line, a block of prose, or a recommendation's
 * "(Paragraph N)" ends it. */
void evx_web_numlist_after(evx_web_numlist *ls, size_t l);

#endif /* EVX_WEB_NUMLIST_H */
