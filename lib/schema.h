/*
 * schema.h - how units are laid out in the Xapian index: term prefixes,
 * value slots and metadata keys.  The index writer and the query tool both
 * include this, so the two can never disagree.
 *
 * Terms (after a prefix every term is folded lower case, so a prefix, which
 * is upper case, can never run into the term):
 *   (none)  + term      unstemmed folded word, with positions: phrases, NEAR,
 *                       "exact" matching, wildcards
 *   Z       + stem      stemmed word, without positions: ranked free-text
 *                       search (a stemmed phrase, such as an acronym's
 *                       expansion, is built over the stem's plain words:
 *                       query/qstem.h)
 *   Q       + unit id   unique id ("QHC650/p239"): replace_document, show
 *   XT      + type      "XTparagraph", "XTquotation" ...
 *   XR      + report    report key folded: "XRhc650"; a report whose id
 *                       adds its session also has its number's
 *                       ("XRhc650-2017-19" and "XRhc650")
 *   XP      + number    paragraph number: "XP239"
 *   XC      + number    chapter number: "XC9"
 *   XF      + ref       evidence reference folded: "XFq361", "XFstp0064"
 *   XS      + word      speaker name word (titles dropped), with positions
 *   XK      + key       speaker key: name words without titles, joined by
 *                       '_' ("XKchris_ham"): one person, whatever the form
 *   XO      + word      speaker organisation word, with positions (a body
 *                       speaking for itself has itself as organisation)
 *           XS and XO: the name as printed, then each other form of it
 *           (indexer/attrib/attrib_forms.h: the report's other spellings,
 *           its acronym, the name without apostrophes or with "and" for
 *           "&") as another run EVX_FIELD_GAP on, with wdf 0
 *   XN      + kind      speaker kind: "XNoral", "XNwritten" ...
 *   XH      + stem      stemmed word of the unit's section or chapter title,
 *                       without positions (weighted EVX_WDF_HEADING): a free
 *                       word's match in its context, counted below its Z
 *                       match and only for units its Z terms match
 *                       (query/rank.h)
 * Values:
 *   EVX_SLOT_IDENTITY   collapse key: the unit id
 *   EVX_SLOT_PARA       paragraph number (sortable number)
 *   EVX_SLOT_CHAPTER    chapter number (sortable number)
 *   EVX_SLOT_ORDER      document order: the report's publication date as
 *                       eight digits, 20180611 (99999999 when the manifest
 *                       gives none), the report's key (evx_unit_report_key)
 *                       with each run of digits led by a byte of its length
 *                       (numbers sort as numbers: HC 179 before HC 1650),
 *                       a NUL, and the unit's place in its report as four
 *                       bytes, most significant first; so a sort by it keeps
 *                       each report's units together and in order, whatever
 *                       worker or build wrote them
 *   EVX_SLOT_SPEAKER    speaker key (as XK, without the prefix)
 *   EVX_SLOT_TYPE_PARA  unit type name, then a space and the paragraph
 *                       when it has one ("recommendation 29"): with the
 *                       identity, what a search needs of a hit before it
 *                       reads the record (query/search.c)
 *   EVX_SLOT_RECORD     the unit's stored record, packed and compressed
 *                       (lib/record.h).  Not Xapian's document data, which
 *                       Xapian compresses itself with zlib: 7.5% of the
 *                       build's CPU, where zstd takes a fraction of it; a
 *                       value is stored as it is.  The document data is
 *                       empty.
 * Free text of a unit, in position order with gaps of EVX_FIELD_GAP:
 *   text (a quotation's lead-in is not indexed: its paragraph has it);
 *   then title / section / chapter title
 *   (weighted EVX_WDF_HEADING each; the section and chapter title post
 *   their stems as XH terms, not Z; a footnote's or quotation's section and
 *   chapter are its paragraph's, so they are not indexed for it); then speaker name and organisation
 *   (weighted EVX_WDF_SPEAKER; names get plain terms only, no Z stems, so a
 *   stemmed topic word never matches a name).  A recommendation's text is weighted
 *   EVX_WDF_RECOMMENDATION.  Furniture (witness panels, evidence-list
 *   entries, footnotes that are references: at most EVX_REFERENCE_WORDS
 *   words, or longer with no sentence of prose, lib/freetext.c) posts
 *   its text as plain terms only, like a name: a topic
 *   word (a Z stem) never ranks it; names, "phrases", refs (XF) and
 *   type: (XT) still find it.  Each word gives its plain term at its
 *   position and its Z term without one; a hyphenated compound's joined form
 *   is posted at its first and last parts' positions, its Z stem once.
 *   The weights above are occurrences; what the index stores as each
 *   weighted term's wdf is its BM25 weight in the unit, worked out from
 *   them and the unit's length (lib/impact.h).
 * Synonyms (acronyms, extracted from the report's own "long form (ACRONYM)"
 *   definitions): keys and values are stem sequences joined by one space,
 *   stored both ways: "aco" -> "accountabl care organis" and
 *   "accountabl care organis" -> "aco".
 * Spelling data: built once at the end of a build from the plain terms of
 *   the index (three or more letters: evx_tok_is_spelling_word), weighted
 *   by document frequency; also the word list a stem's plain forms are
 *   found in (query/qstem.h).
 * Document data: the unit's JSON less its default fields
 *   (evx_unit_to_stored_json).
 * Metadata:
 *   EVX_META_FORMAT           index format version (EVX_INDEX_FORMAT)
 *   EVX_META_READER           which build of evidex-index read the reports
 *   EVX_META_REPORT + KEY     the manifest's record of a report, as JSON:
 *                             {"id","title","committee","session",
 *                              "published"}
 *   EVX_META_REPORTS          report keys, one per line
 *   EVX_META_STATS            JSON: the end-of-run report of the build
 *                             that wrote the generation (indexer/stats.h):
 *                             the reports it read, not those an
 *                             incremental build kept as they were
 *   EVX_META_SHARDS           how many shards a build writes (--shards: the
 *                             last build that was given it), in decimal
 *   EVX_META_ROOT             absolute folder the units' source files are
 *                             relative to (the corpus folder's parent), so
 *                             editors can open them from anywhere
 */
#ifndef EVX_SCHEMA_H
#define EVX_SCHEMA_H

#define EVX_PREFIX_STEM "Z"
#define EVX_PREFIX_ID "Q"
#define EVX_PREFIX_TYPE "XT"
#define EVX_PREFIX_REPORT "XR"
#define EVX_PREFIX_PARA "XP"
#define EVX_PREFIX_CHAPTER "XC"
#define EVX_PREFIX_REF "XF"
#define EVX_PREFIX_SPEAKER "XS"
#define EVX_PREFIX_SPEAKER_KEY "XK"
#define EVX_PREFIX_ORG "XO"
#define EVX_PREFIX_KIND "XN"
#define EVX_PREFIX_HEADING "XH"
#define EVX_PREFIX_VERSION "XV" /* + KEY "@" + the shard it was written in:
                                   names one version of a report, so that a
                                   build can tombstone it (EVX_STUB_DEAD) */

#define EVX_SLOT_IDENTITY 0
#define EVX_SLOT_PARA 1
#define EVX_SLOT_CHAPTER 2
#define EVX_SLOT_ORDER 3
#define EVX_SLOT_SPEAKER 4
#define EVX_SLOT_TYPE_PARA 5
#define EVX_SLOT_RECORD 6

#define EVX_META_FORMAT "evidex:format"
#define EVX_META_REPORT "evidex:report:"
#define EVX_META_REPORTS "evidex:reports"
#define EVX_META_STATS "evidex:stats"
#define EVX_META_ROOT "evidex:root"
#define EVX_META_SHARDS "evidex:shards" /* the shards a build writes
                                            (--shards), kept for the next */
#define EVX_META_READER "evidex:reader" /* the indexer that read the
                                           reports (evx_meta_reader) */

/* Per report KEY, in the shard holding it, copied to the metadata shard: */
#define EVX_META_HASH "evidex:hash:"         /* + KEY: hash of its files and
                                               manifest lines (hex) */
#define EVX_META_ACRONYMS "evidex:acronyms:" /* + KEY: "ACRONYM\tstems\n"... */
#define EVX_META_SHARD "evidex:shard:"       /* + KEY: its shard (meta only) */
#define EVX_META_VERSION "evidex:version:"   /* + KEY: the shard its units were
                                               written in (their XV term); a
                                               shard holding a dead version
                                               keeps these keys for it, and
                                               the metadata shard passes
                                               them over */

/* Shards have no termlists (Xapian::DB_NO_TERMLIST: a fifth of the
 * index), so a report changed or dropped cannot be deleted from its
 * shard; its units stay, tombstoned, until a build leaves the shard out
 * and reads its live reports again (indexer/build.h).  The stub lists
 * each dead version's XV term after EVX_STUB_DEAD, and readers leave
 * their units out of every answer. */
#define EVX_STUB_DEAD "#evidex-dead "
/* The stub also names the index format (EVX_INDEX_FORMAT) it was written
 * for, so a reader can tell an index it cannot read without opening the
 * metadata shard; a stub written by hand, without the line, is told by the
 * metadata's EVX_META_FORMAT. */
#define EVX_STUB_FORMAT "#evidex-format "

/* A generation folder holds shard databases ("s<gen>-<k>"), the metadata
 * shard EVX_META_DB (no documents: the metadata above, the synonyms of
 * every report and the spelling data) and a Xapian stub file EVX_STUB
 * listing the metadata shard first, then the shards, so that opening the
 * folder opens all of them as one database. */
#define EVX_META_DB "meta"
#define EVX_STUB "XAPIANDB"

#define EVX_INDEX_FORMAT "16" /* 3: other forms of names (XS, XO runs);
                                 4: heading stems as XH terms;
                                 5: stored records packed (record.h);
                                 6: no termlists, XV versions, tombstones;
                                 7: American -ize/-yze stemmed as -ise/-yse;
                                 8: "Q 361", "Qq 23", "Question 12" as Q refs;
                                 9: each term's BM25 weight stored as its
                                    wdf (impact.h);
                                 10: the unit type and paragraph as a
                                    value (EVX_SLOT_TYPE_PARA);
                                 11: document order keyed by report
                                    (EVX_SLOT_ORDER);
                                 12: a report key writes "(" and an en
                                    dash as '-' (unit.h); document order
                                    by publication date first;
                                 13: records in zstd, in a value
                                    (EVX_SLOT_RECORD);
                                 14: a longer footnote with no sentence
                                    of prose is a reference too;
                                 15: a name that withholds one keys with
                                    its evidence code (XK); a body's "of"
                                    is in its key; accents are folded
                                    ("oreal" for "Oréal");
                                 16: a quotation's stored weights are
                                    EVX_IMPACT_QUOTATION_SHARE of the
                                    rest's (impact.h) */

#define EVX_FIELD_GAP 100
/* Field weights (wdf per occurrence), chosen by bench/ranking/eval.sh; a
 * build may override them (-DEVX_WDF_HEADING=n) to measure others. */
#ifndef EVX_WDF_HEADING
#define EVX_WDF_HEADING 3
#endif
#ifndef EVX_WDF_SPEAKER
#define EVX_WDF_SPEAKER 2
#endif
#ifndef EVX_WDF_RECOMMENDATION
#define EVX_WDF_RECOMMENDATION 1 /* a recommendation's own text */
#endif

/* A footnote of at most this many words is a reference, not a topic
 * answer (bench/ranking/eval.sh; footnotes in the bundled reports run
 * 1-32 words for references, 41 to 200 for asides); a longer one is a
 * reference when it has no sentence of prose (lib/freetext.c: a letter's
 * or a paper's citation with a long title). */
#ifndef EVX_REFERENCE_WORDS
#define EVX_REFERENCE_WORDS 25
#endif

#endif /* EVX_SCHEMA_H */
