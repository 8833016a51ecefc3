/*
 * quotes.h - which curly-quoted spans of a paragraph are quotations, and
 * their lead-ins (private to the indexer: quote_units.h applies it for
 * every reader; the readers use evx_quote_lead_start for block lead-ins).
 *
 * Every reader's quotations are numbered, block and inline together, in
 * document order (KEY/pN/qK), so the renderings must agree exactly on
 * which inline spans “...” are quotations, or the ids will not merge: the
 * rule lives here once.  The caller hands over the paragraph's text as
 * joined (markers removed) and the offsets where its footnote markers
 * stood.
 *
 * Sentences: a sentence ends at '.', '?' or '!' (and for lead-ins at ':';
 * a closing quote may follow) before a blank and a capital, a digit, a
 * quotation mark or '[', but not at the full stop of an abbreviation
 * ("e.g.", an initial, "Dr").
 *
 * The rule (README material).  A curly-quoted span (nested pairs counted)
 * is an attributed quotation when
 *   - it has two words or more (a hyphenated compound counts as its parts:
 *     "speed-dating" is two); a single word is a scare quote;
 *   - it is not a term being named or defined: the words just before it
 *     are not "the term", "known as", "so-called", "called", "labelled
 *     (as)", "dubbed", "termed", "referred to as", "defined as", ... nor an
 *     opening parenthesis, and it is not followed by "means" / "refers to"
 *     / "is defined as";
 *   - and its sentence carries an attribution cue outside quotation marks:
 *     a verb or phrase of saying or thinking (said, told, argued, stated,
 *     explained, described, assured, warned, noted, added, suggested,
 *     claimed, believed, acknowledged, emphasised, highlighted, mentioned,
 *     expects, replied, disagreed, "view was that", "evidence was that",
 *     "according to", "in the words of", media "coverage of", ...), a
 *     footnote marker between its closing quote and the end of its
 *     sentence, or a colon right before a span that is a whole sentence
 *     (a capital first; a stop, '?' or '!' last, inside the marks: "Mr
 *     Smith was sceptical: “I do not think it will work.”").
 * Its lead-in is its sentence up to the opening quote (taken back past a
 * colon when the quotation opens right after one: "He stated: “...”");
 * when the quotation opens its sentence, the rest of the sentence after it
 * ("“...”, according to X.").
 *
 * Pure: no allocation, no I/O.  Work is bounded per span (a closing quote
 * is looked for within 4,000 bytes, a sentence boundary within 1,000) and
 * a scan judges at most 1,000 spans, so hostile text stays linear.
 */
#ifndef EVX_QUOTES_H
#define EVX_QUOTES_H

#include <stddef.h>

/* A scan over one paragraph's text.  Set the first four fields (the
 * others zero): s/len the text, marks/n_marks the offsets in s where the
 * footnote markers stood (any order; may be NULL when n_marks is 0).  The
 * scan borrows them. */
typedef struct evx_qscan {
    const char *s;
    size_t len;
    const size_t *marks;
    size_t n_marks;
    size_t from; /* where the next span is looked for */
    size_t seen; /* spans judged so far */
    int single;  /* the text quotes with single marks (set it after the
                    first four fields; evx_quote_style_single) */
} evx_qscan;

typedef enum evx_qverdict {
    EVX_Q_QUOTATION, /* an attributed quotation: a unit of its own */
    EVX_Q_WORD,      /* fewer than two words: scare quotes */
    EVX_Q_TERM,      /* a term being named or defined */
    EVX_Q_UNCITED    /* no attribution cue in its sentence */
} evx_qverdict;

/* One curly-quoted span and what the rule made of it.  Offsets in s. */
typedef struct evx_qspan {
    size_t open;          /* the opening mark (3 bytes) */
    size_t close;         /* the matching closing mark (3 bytes) */
    size_t sent_end;      /* start of the next sentence, or len: markers
                             in [open, sent_end] belong to the quotation */
    size_t lead, lead_end; /* the lead-in (empty when lead == lead_end) */
    evx_qverdict verdict;
    const char *why;      /* static text: the cue found, or the reason */
} evx_qspan;

/* Whether a text quotes with single marks ('...', as many reports
 * before about 2015 do): more than twice as many single marks open a
 * quoted span as double marks do.  Then a span is
 * \u2018...\u2019, closed by a mark after a word and before no letter or
 * digit (an apostrophe in a word closes none), and double marks are the
 * nested ones. */
int evx_quote_style_single(const char *s, size_t n);

/* Finds and judges the next curly-quoted span of the scan.  1 and *q
 * filled, or 0 when there is none left (or the span cap is reached). */
int evx_quote_scan(evx_qscan *sc, evx_qspan *q);

/* Non-zero if the scan stopped at its cap of spans judged (a thousand:
 * no paragraph a report prints has as many) with a quoted span opening
 * after sc->from, where it stopped. */
int evx_quote_scan_cut(const evx_qscan *sc);

/* Like evx_quote_scan, but skips every span that is not an attributed
 * quotation. */
int evx_quote_next(evx_qscan *sc, evx_qspan *q);

/* Start of the lead-in of a block quotation that follows s[0..end): the
 * start of the sentence that ends at end, a ':' counting as a boundary
 * (looked for within 1,000 bytes; 0 if s is NULL or end > len). */
size_t evx_quote_lead_start(const char *s, size_t len, size_t end);

/* The length of the list bullet and space s starts with ("\u2022 ",
 * "- ", "* "), or 0. */
size_t evx_bullet_len(const char *s, size_t n);

/* Number of words in s[0..len) as the rule counts them (runs holding a
 * letter or digit, a hyphen between letters splitting a run). */
size_t evx_quote_words(const char *s, size_t len);

/* The attribution cue (a verb or phrase of saying: "told", "explained",
 * "according to", ...) that s[0..n) holds outside quotation marks, as a
 * static string; NULL if none. */
const char *evx_quote_cue(const char *s, size_t n);

#endif /* EVX_QUOTES_H */
