/*
 * attrib_text.h - the words of a lead-in or paragraph as attribution sees
 * them (private to attrib.c): each folded word with its byte span in the
 * printed text, whether it was printed with a capital, and whether it is a
 * title ("Professor", "Mr") or a verb of saying ("told", "explained").
 * Pure: no I/O.
 */
#ifndef EVX_ATTRIB_TEXT_H
#define EVX_ATTRIB_TEXT_H

#include <stddef.h>

#include "evx.h"
#include "tok.h"

typedef struct evx_aword {
    char *term;   /* folded, as the tokenizer gives it */
    size_t start; /* byte span in the text */
    size_t end;
    int cap;      /* printed with an initial capital */
    int title;    /* a title or honorific (names.h) */
    int rank;     /* a word of a rank (names.h: "general", "air") */
    int quoted;   /* inside quotation marks: somebody's words or a
                     brand's name, never a speaker (cap and title are
                     then 0) */
} evx_aword;

typedef struct evx_awords {
    evx_aword *items;
    size_t len;
    size_t cap;
} evx_awords;

#define EVX_AWORDS_INIT {NULL, 0, 0}

/* Appends the words of len bytes of text (compound parts, not the joined
 * forms).  EVX_OK or EVX_NOMEM. */
evx_status evx_awords_read(evx_awords *out, evx_tok *tok, const char *text,
                           size_t len);

/* Marks the words of len bytes of text (as read by evx_awords_read) that
 * stand inside curly quotation marks, “...” or ‘...’ (a ‘ opening a word,
 * closed by a ’ that is not an apostrophe inside a word), and clears their
 * cap and title.  A ” with no “ before it closes a quotation that began
 * before the text. */
void evx_awords_mark_quoted(evx_awords *w, const char *text, size_t len);

/* Frees the words; leaves the list empty. */
void evx_awords_free(evx_awords *w);

/* True if the folded word is a verb reporting speech or writing ("told",
 * "argued", "explained", "saying", "stated", "described", ...). */
int evx_aword_is_speech_verb(const char *term);

/* The length of a transcript's speaker label that s opens with ("Q140
 * Chair: ", "Mr Kerr: ", "Professor Jane Doe: "): a question number or
 * not, then the Chair or a titled name of at most five words, then ": ";
 * 0 if none. */
size_t evx_transcript_label(const char *s, size_t len);

/* True for a word that may stand between the subject of a verb of saying
 * and the verb ("He further stated", "They also believe", "He went on to
 * say", "Jane Doe and John Roe both told us").  Words of English. */
int evx_aword_before_verb(const char *term);

/* True if the folded word names a post, not a person ("minister",
 * "secretary", "chief", "executive": "The Chairman", "the Chief
 * Executive").  Words of English. */
int evx_aword_is_post(const char *term);

/* True if the folded word heads or marks an organisation or document
 * rather than a person ("university", "council", "trust", "report",
 * "minister"): a general list, no report's own names. */
int evx_aword_is_org_type(const char *term);

/* The gender a title gives, its word folded or as printed ("Mr", "mrs"):
 * 'm' for mr, sir, lord; 'f' for mrs, ms, miss, dame, lady, baroness;
 * else 0.  Titles of English. */
char evx_title_gender(const char *word);

/* 1 if term is one of the n words of list, else 0. */
int evx_word_in(const char *term, const char *const *list, size_t n);

/* Levenshtein distance between two byte strings, capped at cap + 1. */
size_t evx_edit_distance(const char *a, const char *b, size_t cap);

#endif /* EVX_ATTRIB_TEXT_H */
