/*
 * names.h - people's names as the report prints them, folded so that every
 * form of one name meets: "Professor Chris Ham", "Chris Ham" and
 * "Professor Ham" share the surname key "ham"; "Dr Augst" and "Dr Charlotte
 * Augst" share "augst".  Used by attribution (to resolve short forms against
 * the Witnesses list) and by the query tool (speaker: searches), through the
 * same tokenizer, so index and query agree.  Pure: no I/O.
 *
 * A name's words are its tokens; a hyphenated part of a name counts as one
 * word, its JOINED form ("Smith-Jones" -> "smithjones"); titles and
 * post-nominal honours are skipped wherever they stand; a peer's
 * territorial designation is cut at "of" once a name word has been seen
 * ("Baroness Cumberlege of Newick" -> "cumberlege").
 */
#ifndef EVX_NAMES_H
#define EVX_NAMES_H

#include <stddef.h>

#include "evx.h"
#include "tok.h"

/* True if the folded word (as the tokenizer gives it: "professor", "dr",
 * "sir", "mr", "mrs", "ms", "rt", "hon", "mp", "cbe", "obe", "lord",
 * "baroness", "dame", "councillor", "cllr", "the") is a title or honorific
 * rather than part of a name. */
int evx_name_is_title(const char *word, size_t len);

/* True if the folded word is a word of a rank in the armed forces or the
 * police ("general", "lieutenant", "commissioner"), which opens a name as
 * a title does ("General Sir Peter Wall"). */
int evx_name_is_rank(const char *word, size_t len);

/* True if the printed name opens with the folded word among its titles
 * and ranks, before its first name word ("general" in "General Sir Peter
 * Wall"; not "major" in "Sir John Major", nor "ms" in "Rhun ap Iorwerth
 * MS", a post-nominal). */
int evx_name_opens_with_word(const char *name, const char *word);

/* The length of the titles and ranks the printed name opens with
 * ("Professor Sir", "The Rt Hon the Lord", "General Sir", "Dr."), 0 if
 * none: what is printed before its first name word. */
size_t evx_name_titles_len(const char *name);

/* True if the folded word is a peer's title ("lord", "baroness",
 * "viscount", "earl", ...), which a territorial designation may follow:
 * "Baroness Smith of Basildon" is not "Baroness Smith". */
int evx_name_is_peerage(const char *word, size_t len);

/* True if the printed name's first word is a title ("Professor Sir Bruce
 * Keogh", "Dr Augst"): a person's name, not a body's ("The King’s Fund"
 * opens with "The", which is no title here). */
int evx_name_opens_with_title(const char *name);

/* True if the folded word is a surname particle ("van", "von", "de",
 * "du", "le", "da", "ter", "bin", "al", ...): lower-case words that belong
 * to a surname ("Dr van Sebille", "Professor de la Cruz"). */
int evx_name_is_particle(const char *word, size_t len);

/* The name's key: its folded words without titles, joined by '_'
 * ("Professor Chris Ham" -> "chris_ham").  *out is malloc'd; the caller
 * frees it.  "" if the name has no word but titles.  EVX_OK or EVX_NOMEM. */
evx_status evx_name_key(evx_tok *tok, const char *name, size_t len,
                        char **out);

/* Is key (evx_name_key's, or evx_name_key_cited's) a name that withholds
 * one ("name_withheld", "anonymous", "name_withheld_wls0044"): a stand-in
 * shared by submitters who are not one person? */
int evx_name_key_withheld(const char *key);

/* The speaker's key: the name's (evx_name_key), and for a name that
 * withholds one, its evidence code after it ("name_withheld_cbp0044"),
 * so that each anonymous submission is its own speaker.  ref may be
 * NULL.  *out is malloc'd.  EVX_OK or EVX_NOMEM. */
evx_status evx_name_key_cited(evx_tok *tok, const char *name, const char *ref,
                              char **out);

/* The surname: the last folded non-title word with the particles printed
 * right before it, joined by '_' ("Sir Chris Wormald" -> "wormald", "Dr
 * Erik van Sebille" -> "van_sebille").  *out malloc'd, "" if none.  EVX_OK or EVX_NOMEM. */
evx_status evx_name_surname(evx_tok *tok, const char *name, size_t len,
                            char **out);

/* Calls cb with each folded non-title word of the name, in order; cb
 * returns non-zero to stop.  EVX_OK or EVX_NOMEM. */
evx_status evx_name_words(evx_tok *tok, const char *name, size_t len,
                          int (*cb)(void *ctx, const char *word, size_t len),
                          void *ctx);

/* Like evx_name_words, but a hyphenated compound gives its parts ("Dr
 * al-Hassan" -> "al", "hassan"), as attribution reads running text.
 * EVX_OK or EVX_NOMEM. */
evx_status evx_name_parts(evx_tok *tok, const char *name, size_t len,
                          int (*cb)(void *ctx, const char *word, size_t len),
                          void *ctx);

/* Calls cb with each other spelling of a printed name that people type
 * for it: apostrophes dropped ("The King’s Fund" -> "The Kings Fund",
 * "O’Sullivan" -> "OSullivan"), then "&" written "and" as well ("Fauna &
 * Flora International" -> "Fauna and Flora International").  A spelling
 * the same as one before is not given; a name with neither gives none.
 * The string passed to cb is borrowed for the call.  cb returns non-zero
 * to stop.  EVX_OK or EVX_NOMEM. */
evx_status evx_name_spellings(const char *name, size_t len,
                              int (*cb)(void *ctx, const char *s, size_t n),
                              void *ctx);

/* The length of the rank of the armed forces or the police that opens
 * s[0..len), with its space and a "(Retd)" after it ("Air Chief Marshal
 * ", "Colonel (Retd) "), when words follow it; else 0. */
size_t evx_name_rank_len(const char *s, size_t len);

/* A name a list prints surname first, in reading order: "Doe, Ms Jane"
 * -> "Ms Jane Doe", "Marine Conservation Society, The" -> "The Marine
 * Conservation Society"; NULL when it is not so printed (one comma,
 * before a title or a lone "The"), or out of memory.  The caller frees
 * it. */
char *evx_name_in_order(const char *name);

/* Whether two printed names are the same once folded (case, accents,
 * spacing as the tokenizer folds them); 0 if either is NULL. */
int evx_name_same(const char *a, const char *b);

/* Whether two printed names have the same surname, their last word that
 * is no title or letters after the name, ASCII case aside: "Mr John
 * Smith" and "Mr Smith"; "Oliver Heald MP" and "Mr Heald", not "Jack
 * Straw MP". */
int evx_name_same_surname(const char *a, const char *b);

#endif /* EVX_NAMES_H */
