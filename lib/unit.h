/*
 * unit.h - the units of a report that people search for and cite:
 * numbered paragraphs, quotations, footnotes, recommendations, summary
 * blocks, boxes, glossary entries, annex blocks, witness panels and written
 * evidence entries.
 *
 * The readers (one per rendering) make units, the merger joins the units of
 * several renderings into one per identity, attribution fills in quotation
 * speakers, and the index writer stores each unit's JSON as Xapian document
 * data, which the query tool reads back with evx_unit_from_json().  This
 * module is pure: no I/O, no Xapian.
 *
 * Ownership: a unit owns every string and array it points to (all malloc'd);
 * evx_unit_free() frees them all.  An evx_units list owns its units.
 *
 * Identity (stable ids; KEY is the report key, evx_unit_report_key: "HC650",
 * "HC650-2017-19" for a number that two sessions' reports share):
 *   paragraph       KEY/p239            quotation   PARENT/q1, PARENT/q2 ...
 *   footnote        KEY/fn226           recommendation KEY/r12
 *   summary block   KEY/summary/3       box          KEY/box/<slug of place>
 *   glossary entry  KEY/glossary/<slug> annex block  KEY/annex/2
 *   witness panel   KEY/witness/4       written evidence KEY/evidence/STP0064
 * (slug: lower-case ASCII letters and digits, runs of anything else -> '-').
 */
#ifndef EVX_UNIT_H
#define EVX_UNIT_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"
#include "json.h"

typedef enum evx_unit_type {
    EVX_UNIT_PARAGRAPH,
    EVX_UNIT_QUOTATION,
    EVX_UNIT_FOOTNOTE,
    EVX_UNIT_RECOMMENDATION,
    EVX_UNIT_SUMMARY,
    EVX_UNIT_BOX,
    EVX_UNIT_GLOSSARY,
    EVX_UNIT_ANNEX,
    EVX_UNIT_WITNESS,
    EVX_UNIT_EVIDENCE,
    EVX_UNIT_TYPE_COUNT
} evx_unit_type;

/* Where a unit stands in one rendering.  Lines and columns are 1-based;
 * col counts bytes, as Vim and Emacs grep-mode expect. */
typedef struct evx_source {
    char *file;      /* path relative to the corpus folder's parent, "corpus/000_x.txt" */
    char *rendering; /* "pdf-text" or "html-text" */
    long line;       /* first line */
    long col;        /* column of the unit's first byte on that line */
    long end_line;   /* last line */
} evx_source;

/* Who said a quotation, and how we know.  Every field may be NULL except
 * kind and method. */
typedef struct evx_speaker {
    char *name;     /* canonical name as registered ("Professor Chris Ham") */
    char *role;     /* "Chief Executive" */
    char *org;      /* "The King's Fund" */
    char *kind;     /* "oral" | "written" | "document" | "other" | "unknown" */
    char *ref;      /* "Q361", "STP0064", or the document cited */
    char *date;     /* oral evidence session date, "20 March 2018" */
    char *method;   /* "footnote" | "footnote+lead-in" | "lead-in" | "context" | "none" */
    char *evidence; /* one line saying what decided it ("footnote 226: Q361 [Ian Dalton]") */
} evx_speaker;

/* One witness of an oral evidence panel. */
typedef struct evx_person {
    char *name; /* as printed: "Simon Stevens", "Dr Charlotte Augst" */
    char *role; /* "Chief Executive" */
    char *org;  /* "NHS in England" */
} evx_person;

typedef struct evx_unit {
    char *id;             /* stable id, see above */
    evx_unit_type type;
    char *report;         /* report id as in the manifest: "HC 650" */
    int number;           /* own ordinal: paragraph, footnote, recommendation,
                             quotation (within parent), panel or evidence list
                             number; 0 if none */
    int para;             /* the paragraph it is, belongs to or names
                             (recommendation's "(Paragraph N)"); 0 if none */
    int chapter;          /* chapter number; 0 outside numbered chapters */
    char *chapter_title;  /* "Oversight and regulation by national bodies" */
    char *section;        /* nearest heading inside the chapter, or NULL */
    int page;             /* printed page number (pdf-text), 0 if unknown */
    char *title;          /* glossary term, box place, annex heading,
                             evidence submitter; NULL otherwise */
    char *text;           /* clean flowing text: no headers, no markers */
    char *lead_in;        /* quotation: the sentence introducing it */
    int is_inline;        /* quotation: 1 if inline in curly quotes */
    char *parent;         /* quotation: containing unit; footnote: the unit
                             whose marker cites it; recommendation: the
                             paragraph it names; NULL otherwise */
    int *footnotes;       /* footnote numbers cited by markers, in order */
    size_t n_footnotes;
    evx_speaker *speaker; /* quotation: who said it; NULL until attributed */
    char *date;           /* witness panel: session date "20 March 2018" */
    int q_first, q_last;  /* witness panel: question range, 0 if none */
    evx_person *people;   /* witness panel: its witnesses */
    size_t n_people;
    char *code;           /* evidence: "STP0064" */
    evx_source *sources;  /* one per rendering it appears in */
    size_t n_sources;
} evx_unit;

/* A growable list of units; owns them. */
typedef struct evx_units {
    evx_unit **items;
    size_t len;
    size_t cap;
} evx_units;

#define EVX_UNITS_INIT {NULL, 0, 0}

/* "paragraph", "quotation", ... ; "unknown" for an out-of-range value. */
const char *evx_unit_type_name(evx_unit_type type);

/* Parses a type name (as above).  EVX_OK, or EVX_NOT_FOUND. */
evx_status evx_unit_type_parse(evx_unit_type *out, const char *name);

/* A unit's type and paragraph as one short string, the type's name, then
 * a space and the paragraph if it has one ("recommendation 29", "box"):
 * written into buf[0..size), always terminated; returns the length it
 * needed.  The index keeps it as a value (schema.h, EVX_SLOT_TYPE_PARA). */
size_t evx_unit_type_para_print(evx_unit_type type, int para, char *buf,
                                size_t size);

/* Reads s[0..len) as evx_unit_type_para_print writes it.  0, or -1 if it
 * is not one. */
int evx_unit_type_para_read(const char *s, size_t len, evx_unit_type *type,
                            int *para);

/* Writes the report key into b: the report id without its spaces and
 * closing brackets, an opening bracket or an en dash written as '-'
 * ("HC650" for "HC 650", "HC650-2017-19" for "HC 650 (2017–19)"). */
void evx_unit_report_key(evx_buf *b, const char *report);

/* The length of the report key that the id of a paragraph, footnote or
 * recommendation begins with ("HC650" of "HC650/r12": the id up to its
 * last '/', see "Identity" above); 0 for NULL or an id without a '/'. */
size_t evx_unit_id_key_len(const char *id);

/* Is the folded word s[0, n) shaped as an evidence reference: one to four
 * letters, then digits ("q361", "stp0064"), a lone letter only "q"?  Such
 * words are indexed as XF terms (schema.h) and searched as refs. */
int evx_unit_is_ref(const char *s, size_t n);

/* Writes the slug of s (see above) into b. */
void evx_unit_slug(evx_buf *b, const char *s);

/* Allocates a zeroed unit of the given type.  EVX_OK or EVX_NOMEM; the
 * caller frees it with evx_unit_free(). */
evx_status evx_unit_new(evx_unit **out, evx_unit_type type);

/* Frees a unit and everything it owns; NULL is a no-op. */
void evx_unit_free(evx_unit *u);

/* Deep copy.  EVX_OK or EVX_NOMEM; the caller frees *out. */
evx_status evx_unit_clone(evx_unit **out, const evx_unit *u);

/* Replaces *field (freeing the old string) with a copy of len bytes of s;
 * s == NULL sets NULL.  EVX_OK or EVX_NOMEM. */
evx_status evx_unit_set(char **field, const char *s, size_t len);

/* Appends a source location (file and rendering are copied).  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_unit_add_source(evx_unit *u, const char *file,
                               const char *rendering, long line, long col,
                               long end_line);

/* Appends a cited footnote number, unless already listed.  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_unit_add_footnote(evx_unit *u, int number);

/* Appends a panel member (strings copied; any may be NULL).  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_unit_add_person(evx_unit *u, const char *name,
                               const char *role, const char *org);

/* Allocates a zeroed speaker with kind "unknown" and method "none".
 * EVX_OK or EVX_NOMEM; freed with evx_speaker_free() (or with its unit). */
evx_status evx_speaker_new(evx_speaker **out);

/* Frees a speaker; NULL is a no-op. */
void evx_speaker_free(evx_speaker *s);

/* Appends the unit as one JSON object (no newline) to b: every field,
 * nulls included, in a fixed key order.  The format `--dump` prints. */
void evx_unit_to_json(const evx_unit *u, evx_buf *b);

/* As evx_unit_to_json, less the fields at their defaults (null, 0, false,
 * an empty list), which evx_unit_from_json gives a missing key: what the
 * index stores as document data, a sixth smaller compressed. */
void evx_unit_to_stored_json(const evx_unit *u, evx_buf *b);

/* Parses a JSON object written by evx_unit_to_json or
 * evx_unit_to_stored_json.  EVX_OK, EVX_PARSE (not JSON, or no id/type)
 * or EVX_NOMEM; the caller frees *out. */
evx_status evx_unit_from_json(evx_unit **out, const char *json, size_t len);

/* Writes a paragraph's number (paranum.h) as a JSON value: plain as a
 * number, by chapter as the string it is printed as ("3.12"). */
void evx_unit_para_to_json(evx_buf *b, int para);

/* Reads a paragraph's number so written (NULL or another value: 0). */
int evx_unit_para_from_json(const evx_json *v);

/* Appends u to the list, which takes ownership (also on failure, when u is
 * freed).  EVX_OK or EVX_NOMEM. */
evx_status evx_units_push(evx_units *list, evx_unit *u);

/* Sorts list->items[from..] by their first source line, stably, so that
 * units come in the order the file prints them (a paragraph before the
 * footnote bodies under it, or a box a page floated into it).  Out of
 * memory, the order stays as it was: still complete. */
void evx_units_sort_lines(evx_units *list, size_t from);

/* The unit with this id, or NULL.  Linear; borrowed. */
evx_unit *evx_units_find(const evx_units *list, const char *id);

/* The places of list's units in order of id, then of place: *order
 * (malloc'd, list->len entries, the caller frees it), so that units that
 * share an id stand side by side, in list order.  A unit with no id
 * sorts as "".  EVX_OK or EVX_NOMEM (*order NULL). */
evx_status evx_units_order_by_id(const evx_units *list, size_t **order);

/* Makes the id id holds (a slug id a reader built from a title) unique
 * among list's units: "-2", "-3", ... appended while one of them has it.
 * Two boxes titled alike in one file then both stand, where the second
 * had replaced the first in the index without a word.  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_units_unique_id(const evx_units *list, evx_buf *id);

/* Frees every unit and the array; leaves the list empty. */
void evx_units_free(evx_units *list);

#endif /* EVX_UNIT_H */
