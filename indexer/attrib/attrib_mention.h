/*
 * attrib_mention.h - the registry's entries and the names a piece of text
 * gives (private to the attrib/ files).
 *
 * The registry (attrib_registry.c) holds each witness of each oral
 * evidence panel and each written evidence submitter, with their folded
 * words.  A view is a piece of text read into words (attrib_view.h);
 * mentions (attrib_mention.c) are the speakers it names: registered
 * witnesses by their surname (with the words before it agreeing), other
 * people by their printed form (a title, or two or three capitalised words
 * followed by an appositive or a verb of saying), and organisations as the
 * subject of a verb of saying or after "according to" / "by".  Words
 * inside quotation marks are never read for names.  Pure: no I/O.
 */
#ifndef EVX_ATTRIB_MENTION_H
#define EVX_ATTRIB_MENTION_H

#include <stddef.h>

#include "attrib.h"
#include "attrib_text.h"
#include "attrib_view.h"

/* ---- the registry (owned by evx_registry) ---- */

typedef struct evx_strs {
    char **items;
    size_t len;
    size_t cap;
} evx_strs;

typedef struct evx_witness {
    char *name, *role, *org, *date, *report;
    int q_first, q_last;
    long ymd;           /* the panel's date as yyyymmdd, 0 if undated */
    char *ev;           /* older reports: the panel's page of the printed
                           evidence ("Ev 1"), or NULL */
    evx_strs words;     /* folded name words without titles, a hyphenated
                           compound's parts apart ("al", "hassan") */
    evx_strs org_words; /* folded organisation words without "the" */
    evx_strs post_words; /* folded words of the post the role opens with,
                            to its first comma, "for" or "at" ("secretary
                            of state" of "Secretary of State for Health") */
    evx_strs role_words; /* folded words of the whole role, without "the" */
} evx_witness;

typedef struct evx_submitter {
    char *name, *code, *report;
    char *memo;     /* an older report's memorandum number its entry prints
                       in brackets ("… Council (SCL 14)     Ev 43"), spaces
                       removed ("SCL14"), or NULL */
    evx_strs words; /* folded, without "the" */
    int person;     /* the submitter is a person ("Dr Natalie Welden",
                       "Thomas Stanton"), not an organisation */
} evx_submitter;

struct evx_registry {
    evx_witness *people;
    size_t n_people, cap_people;
    evx_submitter *subs;
    size_t n_subs, cap_subs;
};

/* True if the folded word is a word of an organisation the report's
 * Witnesses or written evidence lists name (a witness's organisation, a
 * submitter that is not a person) and of no registered person's name. */
int evx_registry_org_word(const evx_registry *reg, const char *report,
                          const char *term);

/* The submitter of report whose memorandum number (an older report's:
 * "SCL 14") a footnote cites as `ref` alone ("SCL 14", "SCL14", "Ev
 * SCL14"), or NULL (borrowed from reg). */
const evx_submitter *evx_registry_memo(const evx_registry *reg, const char *report,
                                       const char *ref);

/* True if a and b are the same report, or either is unknown (NULL). */
int evx_registry_same_report(const char *a, const char *b);

/* The name of a body report's lists give (a witness's organisation, a
 * submitter that is no person) that `cut` is cut from at a comma or a
 * bracket ("Department of Health (Northern Ireland), …") and that
 * `text` prints whole where it prints `cut` ("Department for Environment"
 * of "Department for Environment, Food and Rural Affairs, Government
 * response …"); NULL if none (borrowed from reg). */
const char *evx_registry_body_cut(const evx_registry *reg, const char *report,
                                  const char *cut, const char *text);

/* Does witness p belong to body: the lists give it as p's organisation,
 * or print its name, of two words or more, within p's post or
 * organisation ("Grantham Institute" in "Faculty of Natural Sciences,
 * the Grantham Institute for Climate Change"), ASCII case aside? */
int evx_witness_of_body(const evx_witness *p, const char *body);

/* Could oral evidence of day ymd (yyyymmdd) be to report's inquiry: a
 * panel of report sat that day, or none of its panels is dated (or ymd
 * is 0, no day)?  0 when its panels' days are known and that is none. */
int evx_registry_sat_on(const evx_registry *reg, const char *report, long ymd);

/* The page of an older report's printed evidence a reference names ("Ev
 * 45" gives 45; "Ev w12-w14" gives 12 and *web = 1), or 0. */
int evx_ev_page(const char *ref, int *web);

/* Whose pages of the printed evidence hold page `page` (of the web series
 * if web) in report: the written submitter or panel whose listed page is
 * the greatest not after it.  A submitter is taken when its page is the
 * one cited, or when the list gives the panels' pages too (so that the
 * oral evidence between two memoranda is known for what it is).  Returns
 * the submitter, or NULL (then *panel is the index of the person whose
 * panel's pages hold it, or (size_t)-1). */
const evx_submitter *evx_registry_ev_owner(const evx_registry *reg,
                                           const char *report, int page,
                                           int web, size_t *panel);

/* Does a page the lists give (a panel's, a memorandum's) come after page
 * `page` of the printed evidence (of the web series if web) in report,
 * so that the pages of whoever's starts before it end? */
int evx_registry_ev_bounded(const evx_registry *reg, const char *report, int page,
                            int web);

/* Whether the person at index i gave oral evidence alone (no one else of
 * the report has the same evidence page). */
int evx_registry_panel_alone(const evx_registry *reg, size_t i);

/* ---- views and mentions ---- */

typedef enum evx_mention_kind {
    EVX_MENTION_PERSON,  /* a registered witness */
    EVX_MENTION_OUTSIDE, /* a person not registered, as printed */
    EVX_MENTION_ORG      /* an organisation speaking (maybe a submitter) */
} evx_mention_kind;

typedef struct evx_mention {
    evx_mention_kind kind;
    size_t first, last; /* word indexes, inclusive */
    size_t person;      /* PERSON: registry index */
    int introduced;     /* after "according to", "as", "by", "words of",
                           or an inverted "said" */
    char *printed;      /* OUTSIDE, ORG: the name as printed */
    char *role;         /* OUTSIDE: the appositive after the name */
    char *org;          /* OUTSIDE: "from Y" */
} evx_mention;

typedef struct evx_mentions {
    evx_mention *items;
    size_t len, cap;
} evx_mentions;

#define EVX_MENTIONS_INIT {NULL, 0, 0}

/* Appends a mention, zeroed, to m (the caller fills it): NULL when memory
 * runs out. */
evx_mention *evx_mentions_push(evx_mentions *m);

/* Appends the registered witnesses of report that v names; a name that
 * fits several people equally is left out.  EVX_OK or EVX_NOMEM. */
evx_status evx_mentions_people(evx_mentions *m, const evx_registry *reg,
                               const char *report, const evx_view *v);

/* As evx_mentions_people, but a name that fits several people equally is
 * the one of them whose panel holds question q (q > 0), if only one does:
 * "Q60 [Mr Smith]" with two Smiths registered. */
evx_status evx_mentions_people_at(evx_mentions *m, const evx_registry *reg,
                                  const char *report, const evx_view *v,
                                  int q);

/* The registered people of report (in panels holding question q, if q >
 * 0) whom all of v, printed alone ("Dr Smith"), names as well as it names
 * any other, one a name: their indices in out[0..cap), how many. */
size_t evx_people_fitting(const evx_registry *reg, const char *report,
                          const evx_view *v, int q, size_t *out, size_t cap);

/* Appends every mention in v: registered witnesses, other people,
 * organisations speaking.  EVX_OK or EVX_NOMEM. */
evx_status evx_mentions_find(evx_mentions *m, const evx_registry *reg,
                             const char *report, const evx_view *v);

/* Frees the mentions' strings and array; leaves the list empty. */
void evx_mentions_free(evx_mentions *m);

/* True for a person, registered or not. */
int evx_mention_is_personal(const evx_mention *x);

/* Appends the registered organisations (the witnesses' organisations and
 * the written submitters) v names anywhere, as organisation mentions
 * (a pronoun's antecedents, whatever their verb).  EVX_OK or EVX_NOMEM. */
evx_status evx_mentions_orgs(evx_mentions *m, const evx_registry *reg,
                             const char *report, const evx_view *v);

#endif /* EVX_ATTRIB_MENTION_H */
