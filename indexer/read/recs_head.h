/*
 * recs_head.h - the heading over a report's list of conclusions and
 * recommendations, in the forms the two Houses print it ("Conclusions and
 * recommendations" in the Commons, "Summary of conclusions and
 * recommendations" in the Lords), and over its list of written evidence
 * ("Published written evidence", older reports' "List of printed written
 * evidence"), and over an annex or appendix, read once for the readers
 * and the page layer.  Whether the
 * list under it is one (its items restart at 1) is each caller's to
 * check.  Pure: no allocation.
 */
#ifndef EVX_RECS_HEAD_H
#define EVX_RECS_HEAD_H

#include <stddef.h>

/* The k-th form of the heading, words parted by single spaces ("Summary
 * of conclusions and recommendations"), longest first; NULL past the
 * last. */
const char *evx_recs_head_form(size_t k);

/* Whether line s[0..n) is one of those forms, any case. */
int evx_recs_heading(const char *s, size_t n);

/* The k-th form of the heading over a list of written evidence, words
 * parted by single spaces; NULL past the last. */
const char *evx_evidence_head_form(size_t k);

/* Whether line s[0..n) opens with one of those forms, any case, and
 * nothing or a space after it ("List of additional written evidence
 * published on the website"). */
int evx_evidence_heading(const char *s, size_t n);

/* Whether line s[0..n) heads an annex or an appendix: "Annex",
 * "Appendix", either alone, before ':' ("Annex: Note of visit"), or
 * before a capital or a digit ("Annex 1: …", "Appendix A"), and not
 * ending as a sentence does.  (The Lords' "Appendix 2: List of
 * witnesses" is a witness list: the callers check that first.) */
int evx_annex_heading(const char *s, size_t n);

#endif /* EVX_RECS_HEAD_H */
