/*
 * coverage.h - how much of a source file went into units ("nothing lost
 * silently").
 *
 * A coverage holds one loaded file's words (runs of letters and digits,
 * each with its line) and the line ranges its reader declares as furniture:
 * running headers and footers, contents pages, cover and front matter,
 * formal minutes, lists of reports, URL lists, text recognised and left out
 * on purpose, so it counts as accounted for.  Measuring walks the file's
 * other words in order and looks for each in the text of the units whose
 * sources for this file cover its line (each range apart: a footnote
 * whose rest is at the next page's foot names two; first the unit that
 * has it soonest after its last match, the narrowest on a tie, then
 * anywhere in one), so quotations, footnote
 * bodies and paragraphs that span a page break all find their words.  A unit's own
 * number counts as its word ("6." before a paragraph, "6" before a footnote
 * body); a line that no unit covers is placed when it is a heading that the
 * units carry (chapter title, section, title).  Tolerated, so that they do
 * not count as loss: a word split by line-end hyphenation, a footnote
 * marker glued to the word before it ("needs.6", "needs6"), case and
 * Unicode compatibility forms.
 *
 * The result: words in the file, words placed, words of furniture, and
 * the largest stretches of unplaced words with their lines.
 * Pure: no I/O, no Xapian.
 */
#ifndef EVX_COVERAGE_H
#define EVX_COVERAGE_H

#include <stddef.h>

#include "evx.h"
#include "source.h"
#include "unit.h"

/* Stretches a measurement keeps (the largest). */
#define EVX_COVERAGE_STRETCHES 10

typedef struct evx_coverage evx_coverage;

/* A run of consecutive unplaced words (furniture skipped). */
typedef struct evx_coverage_stretch {
    long first_line, last_line;
    size_t words;
    const char *first_words; /* its first few words, space-separated */
} evx_coverage_stretch;

/* What a measurement found.  Plain figures; the stretches are borrowed
 * from the coverage until its next measurement or its free. */
typedef struct evx_coverage_result {
    size_t words;      /* every word of the file */
    size_t placed;     /* words found in units */
    size_t furniture;  /* words on lines declared furniture */
    size_t paragraphs; /* numbered paragraph units with a source here */
    size_t n_stretches;
    const evx_coverage_stretch *stretches; /* largest first */
    int in_part;       /* the file was read in part: cut short, or a
                          part of it repeated (evx_coverage_read_in_part) */
} evx_coverage_result;

/* A coverage of text: copies its name and words, so text may be freed
 * afterwards.  EVX_OK or EVX_NOMEM; free *out with evx_coverage_free. */
evx_status evx_coverage_new(evx_coverage **out, const evx_text *text);

/* Frees; NULL is a no-op. */
void evx_coverage_free(evx_coverage *cov);

/* The file's name, as given at load (borrowed). */
const char *evx_coverage_name(const evx_coverage *cov);

/* Declares lines first_line..last_line (1-based, inclusive) furniture;
 * why says what they are ("running header", "contents") and is copied.
 * Ranges may overlap; a range that starts right after the last one
 * declared, for the same reason, extends it (so a reader may declare a
 * run line by line).  EVX_OK; EVX_INVALID (first_line < 1 or last_line <
 * first_line); EVX_NOMEM. */
evx_status evx_coverage_furniture(evx_coverage *cov, long first_line,
                                  long last_line, const char *why);

/* As evx_coverage_furniture, from byte column first_col of first_line
 * through byte column last_col of last_line (1-based; last_col < 1 is the
 * line's end): part of a line, where a page started in mid-line and its
 * furniture shares a line with text (charnorm.h).  EVX_OK; EVX_INVALID
 * (first_line < 1 or last_line < first_line); EVX_NOMEM. */
evx_status evx_coverage_furniture_span(evx_coverage *cov, long first_line,
                                       long first_col, long last_line,
                                       long last_col, const char *why);

/* Records that the file was read in part, however much of it is placed:
 * its text ends inside a unit or before the footnotes it cites, as a file
 * cut short does (what followed is not in it), or a part of it repeats
 * and was left out (a part pasted twice).  cov may be NULL. */
void evx_coverage_read_in_part(evx_coverage *cov);

/* Whether evx_coverage_read_in_part was called on cov (0 for NULL). */
int evx_coverage_is_read_in_part(const evx_coverage *cov);

/* Why line lineno was declared furniture (the first range naming it,
 * borrowed), or NULL if it was not. */
const char *evx_coverage_furniture_why(const evx_coverage *cov, long lineno);

/* Matches the file's words against the units whose sources name this
 * file (evx_coverage_name) and fills *out.  Units of other files are
 * passed over, so the merged units of a whole report may be given.
 * EVX_OK or EVX_NOMEM (then *out is zeroed). */
evx_status evx_coverage_measure(evx_coverage_result *out, evx_coverage *cov,
                                const evx_units *units);

/* placed / (words - furniture), from 0 to 1; 1 when nothing is left to
 * place. */
double evx_coverage_share(const evx_coverage_result *r);

/* The share in whole percent, rounded down (so 79.9 is under 80). */
unsigned evx_coverage_percent(const evx_coverage_result *r);

/* The share of the file's words taken for furniture, in whole percent. */
unsigned evx_coverage_furniture_percent(const evx_coverage_result *r);

#endif /* EVX_COVERAGE_H */
