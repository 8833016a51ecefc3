/*
 * web_chaplist.h - private to the web-text reader's plan (web_plan.h): a
 * list of a report's chapters inside a paragraph ("This report is
 * arranged as follows:" / "Chapter 2: Funding" / "Chapter 3:
 * Enforcement"), whose entries are shaped as chapter headings and are
 * the paragraph's text (chapter.h's rule, the pdf-text reader's too).
 * Pure: reads the text's lines.
 */
#ifndef EVX_WEB_CHAPLIST_H
#define EVX_WEB_CHAPLIST_H

#include <stddef.h>

#include "source.h"

/* Is the heading of chapter num at line l of t (n_lines lines), `lines`
 * long, an entry of such a list: a heading of the chapter before or after
 * it next to it, in the same form ("Chapter N" or "N Title"), and a
 * lead-in ending in ':' before the run? */
int evx_web_chapter_listed(const evx_text *t, size_t n_lines, size_t l,
                           size_t lines, long num);

#endif /* EVX_WEB_CHAPLIST_H */
