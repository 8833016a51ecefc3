/*
 * dash.h - the characters extractions write for the dash of a range
 * ("Q1-64", "Q1–64", "Q1—64", "Ev 1−5"): one rule for every reader of
 * question ranges, evidence pages and footnote references.
 */
#ifndef EVX_DASH_H
#define EVX_DASH_H

#include <stddef.h>

/* The length of the range dash that starts at s, of which n bytes are
 * available: 1 for a hyphen-minus, 3 for a hyphen (U+2010), non-breaking
 * hyphen (U+2011), figure dash (U+2012), en dash (U+2013), em dash
 * (U+2014) or minus sign (U+2212); 0 if none. */
size_t evx_dash_at(const char *s, size_t n);

/* The length of the range dash that ends just before s[n] (reading
 * back from n bytes); 0 if none. */
size_t evx_dash_before(const char *s, size_t n);

#endif /* EVX_DASH_H */
