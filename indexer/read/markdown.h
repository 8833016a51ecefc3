/*
 * markdown.h - a report that Pandoc (or another converter) wrote as
 * Markdown, read as the text its marks stand for.
 *
 * A web page converted with `pandoc -t markdown` keeps the report's words
 * but wraps them in marks: "## Heading", "> " before a quotation's lines,
 * "[^225]" for a footnote marker and "[^225]: text" for its body,
 * "[text](#target){#id}" for a link, "^225^" for a superscript, "*title*"
 * for italics, "::: {.class}" around a block.  Read as plain text, the
 * headings and quotations are not found and the footnotes run on into the
 * last paragraph.  This pass, on a file that shows such marks, gives the
 * text a web page shows:
 *   - line marks: a heading's hashes and its "{#id}", a quotation's ">"s
 *     (each made four spaces of indent, as a browser's copy shows a
 *     quotation, so that it ends where its marks do), a table's pipes and
 *     borders (its cells kept apart),
 *     div and code fences, rules and setext underlines (the line is left
 *     blank), one-line HTML comments;
 *   - inline marks: a link's or image's brackets and target, a span's
 *     brackets and attributes, a footnote reference's "[^" and "]" (a
 *     definition's "]:" too, so "[^225]: Q361" reads "225 Q361", as a web
 *     page prints it), superscript and subscript carets and tildes,
 *     emphasis (* and _ runs at a word's edge), code backticks, an
 *     autolink's angle brackets, common inline HTML tags, a hard break's
 *     backslash.
 * Brackets that are not a link, a span or a note ("Q361 [Ian Dalton]")
 * stay.  Escapes ("\[", "\*") are left for charnorm.h to undo, and mark
 * nothing.  Line ends are never added or removed (a link may span lines),
 * so line numbers stay those of the file.
 */
#ifndef EVX_MARKDOWN_H
#define EVX_MARKDOWN_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"

/* 1 if len bytes of s show Markdown's marks on at least two lines: a
 * footnote reference or definition, a link or span with its target or
 * attributes, a heading line, a div fence, a quotation's "> " or a
 * superscript number.  Plain
 * text, and Pandoc's plain-text output (escapes, no marks), give 0. */
int evx_markdown_detect(const char *s, size_t len);

/* Appends len bytes of s, its marks removed as above, to out; *marks gets
 * the number of marks removed.  EVX_OK or EVX_NOMEM. */
evx_status evx_markdown_strip(evx_buf *out, const char *s, size_t len,
                              size_t *marks);

#endif /* EVX_MARKDOWN_H */
