/*
 * impact.h - a term's weight in a unit, worked out once when the unit is
 * indexed and stored as the term's wdf: BM25's term-frequency part, with
 * the unit's length normalised against a fixed pivot.
 *
 * Xapian 1.4's BM25 reads each candidate unit's length from the
 * document-length list, whose chunks it can only walk entry by entry; at
 * 1,000 reports a one-word search spent half its instructions there (15 M
 * of 29 M: README, "Benchmarks").  Stored as the wdf, the part needs no
 * length at query time: the search weighs each term by its stored part
 * times BM25's idf, with Xapian's own BM25Weight made linear in the wdf
 * (lib/xdb_query.cc), which a remote shard's server knows too, scaled
 * back by 1 / EVX_IMPACT_SCALE.
 */
#ifndef EVX_IMPACT_H
#define EVX_IMPACT_H

/* The parameters, chosen by bench/ranking/eval.sh: k1 1.8 and b 0.8 sit
 * in the middle of the plateau MRR@10 keeps for k1 1.5-2.5 and b
 * 0.75-0.9 (34 labelled queries on HC 650; Xapian's defaults 1.2/0.5 gave
 * 0.454), with the best recall@10.  A high b penalises the long
 * paragraphs that mention everything once; a high k1 lets a unit that
 * keeps returning to a topic outrank a passing mention.  A build may
 * override them (-DEVX_RANK_K1=2.0) to measure others. */
#ifndef EVX_RANK_K1
#define EVX_RANK_K1 1.8
#endif
#ifndef EVX_RANK_B
#define EVX_RANK_B 0.8
#endif
/* A unit shorter than half the pivot is normalised as half of it. */
#define EVX_RANK_MIN_NORMLEN 0.5
/* The length (the sum of a unit's wdfs, as Xapian counts it) a unit is
 * normalised against: the bundled corpus's mean, 105 (HC 650's units 128,
 * HC 179's 67).  Fixed, so a unit's stored weights do not depend on what
 * else a build holds, and an incremental build never re-weighs the rest. */
#define EVX_RANK_PIVOT 105.0
/* Stored wdf per unit of weight: the part, at most k1 + 1 = 2.8, is kept
 * to 1/4096 and fits in two bytes of Xapian's variable-length wdf. */
#define EVX_IMPACT_SCALE 4096.0

#ifdef __cplusplus
extern "C" {
#endif

/* The stored wdf of a term of wdf occurrences (field weights included) in
 * a unit whose wdfs sum to len: BM25's
 *   (k1 + 1) wdf / (k1 ((1 - b) + b max(len / pivot, min)) + wdf)
 * times EVX_IMPACT_SCALE, rounded, at least 1; 0 for wdf 0 (a boolean
 * term stays one). */
unsigned evx_impact_wdf(unsigned wdf, unsigned long len);

/* The weight a stored wdf stands for: wdf / EVX_IMPACT_SCALE. */
double evx_impact_weight(unsigned stored);

/* A quotation's stored weights are this share of what another unit's of
 * the same words would be.  A quotation is short (BM25 favours short
 * units that have the words) and its words are also its paragraph's,
 * where the committee says what the evidence means, so at full weight
 * quotations pushed the paragraphs that answer a topic down the page
 * (bench/ranking: README "Ranking").  Stored, the share is in every
 * score Xapian works out, so its ranking is exact to any depth and the
 * same on every page; among quotations alone (`who`, `speaker:`,
 * `type:quotation`) it changes no order. */
#define EVX_IMPACT_QUOTATION_SHARE 0.5

/* How a unit's term weights are stored (evx_doc_reweigh's weigh): a
 * quotation's (non-zero quotation) as evx_impact_wdf's times
 * EVX_IMPACT_QUOTATION_SHARE, any other unit's as evx_impact_wdf's. */
typedef unsigned (*evx_impact_fn)(unsigned wdf, unsigned long len);
evx_impact_fn evx_impact_weigher(int quotation);

#ifdef __cplusplus
}
#endif

#endif /* EVX_IMPACT_H */
