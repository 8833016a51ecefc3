/*
 * variants.h - the same report text as other extractions would give it,
 * for tests that check a reader does not depend on one extraction's habits.
 *
 * Each function takes len bytes of UTF-8 text and returns a new variant:
 * malloc'd, NUL-terminated, the caller frees it with free(); NULL only when
 * memory runs out.  Every variant is a pure function of its input
 * (deterministic).  A "block" is a run of lines between blank lines (lines
 * of nothing but spaces and tabs count as blank).
 */
#ifndef EVX_VARIANTS_H
#define EVX_VARIANTS_H

#include <stddef.h>

/* Each block joined into one line (words separated by single spaces), then
 * wrapped at width columns (UTF-8 characters) as Pandoc does: as many
 * words as fit, a word longer than width alone on its line.  Blocks are
 * separated by one blank line; every line ends with LF. */
char *evx_variant_rewrap(const char *text, size_t len, int width);

/* As GNU fmt fills text to width columns: lines joined into paragraphs
 * only while their indent stays the same (a blank line or another indent
 * starts a new one), each paragraph filled keeping its indent; blank lines
 * kept. */
char *evx_variant_fmt(const char *text, size_t len, int width);

/* Each block joined into one line, as a browser's copy gives it: one line
 * per block, blocks separated by one blank line. */
char *evx_variant_one_line(const char *text, size_t len);

/* As a PDF tool in layout mode prints a justified page: every line
 * indented four more spaces, and every third space between words made
 * three; blank lines kept. */
char *evx_variant_spread(const char *text, size_t len);

/* Every blank line left out, as a copy and paste from a PDF viewer gives
 * it: lines as they were, one after another; each ends with LF. */
char *evx_variant_no_blank_lines(const char *text, size_t len);

/* Curly quotes “ ” ‘ ’ written as straight " and '. */
char *evx_variant_straight_quotes(const char *text, size_t len);

/* The text quoting with single marks, as reports before about 2015 do:
 * double marks become single, and nested single marks double (an
 * apostrophe stays). */
char *evx_variant_single_quotes(const char *text, size_t len);

/* "ffi", "ffl", "ff", "fi" and "fl" written as the single ligature
 * characters some PDF tools leave (U+FB03, FB04, FB00, FB01, FB02). */
char *evx_variant_ligatures(const char *text, size_t len);

/* Characters that show nothing, as web copies and joined files leave
 * them: a zero-width space (U+200B) after each full stop's space, and a
 * byte-order mark (U+FEFF) before each line that starts with a digit. */
char *evx_variant_zero_width(const char *text, size_t len);

/* The text in Windows-1252 (iconv; what 1252 lacks is transliterated, and
 * invalid UTF-8 becomes '?'). */
char *evx_variant_cp1252(const char *text, size_t len);

/* Every LF line end written as CRLF (an existing CRLF is kept). */
char *evx_variant_crlf(const char *text, size_t len);

/* The space after each full stop written as NBSP (U+00A0). */
char *evx_variant_nbsp(const char *text, size_t len);

/* A form feed put before each line that looks like a running header: its
 * trimmed text starts with a number and a space or ends with a space and a
 * number, has a letter, and the same text occurs with a number on at least
 * 3 lines with at least 2 different numbers. */
char *evx_variant_formfeed(const char *text, size_t len);

/* A web edition as `pandoc -t markdown` writes it, wrapped at width
 * columns: a numbered paragraph "234\. The ...", a footnote body as a
 * note ("[^225]: text", continuation lines indented four spaces), its
 * glued marker ("2015.223") as "[^223]", a short block between others as a
 * heading ("## Title"), any other block as a quotation ("> " on each
 * line), and Pandoc's escapes ("\[", "\*", "\_").  Blocks are separated
 * by one blank line. */
char *evx_variant_markdown(const char *text, size_t len, int width);

/* As evx_variant_markdown, with a web page's links as Pandoc keeps them:
 * each paragraph in a div ("::: {.ParaContent}") opening
 * "[]{#para-234}[234.]{.ParaNumber}", a marker as "^[223](#footnote-223)^",
 * a footnote body as "[225](#footnote-225-backlink){#footnote-225} text" in
 * a div, a heading as "### Title {#section-N}". */
char *evx_variant_markdown_html(const char *text, size_t len, int width);

/* As `pandoc -t plain` writes a web edition: no marks, each block wrapped
 * at width columns, a numbered paragraph "234. The ...", and each glued
 * footnote marker printed raised, in superscript digits ("2015.²²³"). */
char *evx_variant_plain_raised(const char *text, size_t len, int width);

/* Writes len bytes of data to path (created or truncated).  0 on success,
 * -1 on failure (errno says why). */
int evx_variant_write(const char *path, const char *data, size_t len);

#endif /* EVX_VARIANTS_H */
