/*
 * attrib_parts.h - what a part of a list of people names, as witness
 * lists ("Jane Doe, Director of Policy, Water UK; Professor John Roe,
 * University of Leeds") and footnotes' brackets ("Q 31 (Ann Roe,
 * Trustee, Hill Society)") print them: a person's name, a post, or else
 * an organisation; and a source's name as its organisation, or a list of
 * people.  One set of rules for the printed reader's witness lists, the
 * footnote parser and the answers of attrib.c.  Words of English and of
 * UK public life, no report's names.  Pure.
 */
#ifndef EVX_ATTRIB_PARTS_H
#define EVX_ATTRIB_PARTS_H

#include <stddef.h>

/* Whether s[0..len) opens with an honorific and then a capital ("Dr
 * Jane", "Rt Hon Sir"; not "Professor of Law"). */
int evx_part_has_honorific(const char *s, size_t len);

/* Does s (len bytes) open with a capital letter, ASCII or not ("Özlem",
 * "Éamon")? */
int evx_part_opens_capital(const char *s, size_t len);

/* Whether s[0..len) reads as a person's name: an honorific, or two to
 * four capitalised words none of which is an acronym, a post's word or an
 * organisation's ("Cosmetics Europe" passes; "Water UK" does not). */
int evx_part_looks_like_name(const char *s, size_t len);

/* Whether s[0..len) is a rank of the armed forces or the police and a
 * name ("General Sir Peter Wall", "Assistant Commissioner John Yates
 * QPM"): a person, not a post ("General Secretary"). */
int evx_part_rank_and_name(const char *s, size_t len);

/* Whether s[0..len) opens with a word that opens posts ("Chief …",
 * "Director …", "Former …", "Professor of …"). */
int evx_part_reads_as_role(const char *s, size_t len);

/* Whether the post s[0..len) is a standing one holds of no body
 * ("Petitioner", "Independent Consultant", "Patient Representative",
 * "Mayor of Bristol"): a witness so described takes no body printed
 * after another witness.  Words of English. */
int evx_part_own_standing(const char *s, size_t len);

/* Whether s[0..len) names a body though it holds a post's word: a body's
 * noun with "of" after it ("Office of the Children’s Commissioner",
 * "Association of Chief Police Officers"), or after a possessive
 * ("Information Commissioner’s Office").  Neither reads as a post. */
int evx_part_names_body(const char *s, size_t len);

/* Whether s[0..len) names a post: it reads as one, or holds a job's word
 * ("Science Director at Unilever", "Oceans Campaigner", "Trustee"). */
int evx_part_names_post(const char *s, size_t len);

/* A source's name (an evidence submitter, a document's author) as the
 * organisation speaking for itself: name, or NULL for a person ("Dr Jane
 * Doe") or the holder of a post ("Minister for Care", "Chief
 * Executive"; "Chief Fire Officers Association" is a body) or one not
 * named ("Name withheld", "Anonymous").  Borrowed. */
const char *evx_source_org(const char *name);

/* Whether a footnote's name, or one of the people it lists ("Professor
 * Alan Wyke, Dr Ann Roe", "Jane Doe and John Roe"), has name's surname;
 * with name NULL, whether it lists more than one. */
int evx_source_lists(const char *list, const char *name);

#endif /* EVX_ATTRIB_PARTS_H */
