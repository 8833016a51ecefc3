/*
 * attrib.c - who said each quotation; see attrib.h.
 *
 * The clues, strongest first: the footnote the quotation cites (read by
 * attrib_fn.c), then the sentence that introduces it (its lead-in, and the
 * rest of the sentence around an inline quotation), then the paragraph
 * before it.  The names in that text are found by attrib_mention.c, the
 * one speaking among them chosen by attrib_speaker.c (attrib_given.c:
 * when the one named does not speak), and all read as clues (the
 * lead-in's speaker, a pronoun's antecedent) by attrib_clues.c; which of
 * a question's panel they name, by attrib_panel.c.  The rules for
 * footnotes that cite oral evidence are in attrib_oral.c, over the answer
 * this file and it fill (attrib_answer.h).  The quotation's own words are
 * never read for names (but for a transcript's speaker labels, which say
 * it is an exchange).
 */
#include "attrib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "attrib_cite.h"
#include "attrib_answer.h"
#include "attrib_clues.h"
#include "attrib_fn.h"
#include "attrib_fnspan.h"
#include "attrib_mention.h"
#include "attrib_panel.h"
#include "attrib_parts.h"
#include "attrib_scene.h"
#include "buf.h"
#include "grow.h"
#include "names.h"

typedef evx_clues clues;


/* ---- choosing and writing the speaker ---------------------------------- */


/* Length of a reference without the trailing commas, semicolons and
 * spaces a footnote cut short by the page leaves behind. */
static size_t ref_len(const char *ref)
{
    size_t n = ref ? strlen(ref) : 0;
    while (n > 0 && (ref[n - 1] == ',' || ref[n - 1] == ';' ||
                     ref[n - 1] == ' '))
        n--;
    return n;
}

static evx_status set_speaker(evx_unit *q, evx_answer *a)
{
    evx_speaker *s = NULL;
    evx_status st = evx_speaker_new(&s);
    if (st) {
        evx_buf_free(&a->evidence);
        evx_buf_free(&a->joint);
        return st;
    }
    int oom = evx_buf_status(&a->evidence) != EVX_OK ||
              evx_buf_status(&a->joint) != EVX_OK;
    if (evx_unit_set(&s->name, a->name, a->name ? strlen(a->name) : 0) ||
        evx_unit_set(&s->role, a->role, a->role ? strlen(a->role) : 0) ||
        evx_unit_set(&s->org, a->org, a->org ? strlen(a->org) : 0) ||
        evx_unit_set(&s->kind, a->kind, strlen(a->kind)) ||
        evx_unit_set(&s->ref, a->ref, ref_len(a->ref)) ||
        evx_unit_set(&s->date, a->date, a->date ? strlen(a->date) : 0) ||
        evx_unit_set(&s->method, a->method, strlen(a->method)) ||
        evx_unit_set(&s->evidence, evx_buf_str(&a->evidence),
                     a->evidence.len))
        oom = 1;
    evx_buf_free(&a->evidence);
    evx_buf_free(&a->joint);
    if (oom) {
        evx_speaker_free(s);
        return EVX_NOMEM;
    }
    evx_speaker_free(q->speaker);
    q->speaker = s;
    return EVX_OK;
}

void evx_answer_person(evx_answer *a, const evx_witness *p, const char *kind)
{
    a->name = p->name;
    a->role = p->role;
    a->org = p->org;
    a->kind = kind;
    a->date = strcmp(kind, "oral") == 0 ? p->date : NULL;
}

/* The registered person a printed name stands for, as
 * evx_answer_resolve_at; with clues c, a name several fit that still
 * leaves several is the one whose organisation c's sentence prints beside
 * the name, when only one's is. */
static size_t resolve(const evx_registry *reg, const evx_clues *c,
                      const char *report, const char *name, int q,
                      evx_tok *tok, evx_status *st)
{
    evx_view v;
    evx_mentions m = {NULL, 0, 0};
    size_t found = (size_t)-1, fits[32], n;
    *st = evx_view_open(&v, tok, name, strlen(name));
    if (!*st)
        *st = evx_mentions_people_at(&m, reg, report, &v, q);
    if (!*st && m.len >= 1) {
        found = m.items[0].person;
        for (size_t k = 1; k < m.len; k++)
            if (strcmp(reg->people[m.items[k].person].name,
                       reg->people[found].name) != 0)
                found = (size_t)-1;
    } else if (!*st && c && v.w.len &&
               (n = evx_people_fitting(reg, report, &v, q, fits, 32)) > 1) {
        found = evx_panel_org_beside(reg, c, fits, n,
                                     v.w.items[v.w.len - 1].term);
    }
    evx_mentions_free(&m);
    evx_view_close(&v);
    return found;
}

size_t evx_answer_resolve_at(const evx_registry *reg, const char *report,
                              const char *name, int q, evx_tok *tok,
                              evx_status *st)
{
    return resolve(reg, NULL, report, name, q, tok, st);
}

size_t evx_answer_resolve_by_org(const evx_registry *reg, const evx_clues *c,
                                 const char *report, const char *name, int q,
                                 evx_tok *tok, evx_status *st)
{
    return resolve(reg, c, report, name, q, tok, st);
}

static size_t resolve_name(const evx_registry *reg, const char *report,
                           const char *name, evx_tok *tok, evx_status *st)
{
    return evx_answer_resolve_at(reg, report, name, 0, tok, st);
}

/* Fills a from a lead-in mention.  method is the method to record. */
/* Does a name set where a body's may stand read as a person's: two words,
 * each a capital and lower case ("Paul Maubech", "Simon Stevens"; not
 * "Migration Watch UK", "Cosmetics Europe Ltd")? */
static int reads_as_person(const char *s)
{
    const char *sp = strchr(s, ' ');
    return sp && !strchr(sp + 1, ' ') && evx_part_looks_like_name(s, strlen(s));
}

static void answer_mention(evx_answer *a, const evx_registry *reg,
                           const clues *c, const evx_mention *x,
                           const evx_view *xv, const char *method)
{
    a->method = method;
    if (x->kind == EVX_MENTION_PERSON) {
        evx_answer_person(a, &reg->people[x->person],
                      c->committee ? "other" : "oral");
        evx_buf_printf(&a->evidence, "names %s",
                       reg->people[x->person].name);
        if (c->committee)
            evx_buf_puts(&a->evidence, " speaking to another committee");
        return;
    }
    if (x->kind == EVX_MENTION_OUTSIDE) {
        const evx_mention *full = evx_clues_complete_outside(c, x, xv);
        const evx_mention *use = full ? full : x;
        a->name = use->printed;
        a->role = use->role;
        a->org = use->org;
        a->kind = "other";
        evx_buf_printf(&a->evidence, "names %s (not a registered witness)",
                       use->printed);
        if (full)
            evx_buf_printf(&a->evidence, ", short for %s", full->printed);
        return;
    }
    a->name = x->printed;
    /* a body speaks for itself, as a submitter does; a name set where a
     * body's may stand ("According to Paul Maubech", "described by Simon
     * Stevens") is the body's only if it reads as none of a person's,
     * and the body after "from" is the one named's */
    a->org = x->org ? x->org : reads_as_person(x->printed) ? NULL : x->printed;
    a->role = x->role;   /* through a post: "the Chair of the Bar Council" */
    a->kind = "other";
    evx_buf_printf(&a->evidence, "names %s", x->printed);
}

/* Resolves an organisation mention against the written submitters: the
 * submitter whose name it is, or starts (one name only).  Fills a and
 * returns 1 if found. */
static int answer_submitter(evx_answer *a, const evx_registry *reg,
                            const char *report, const evx_mention *x,
                            const evx_view *v)
{
    size_t n = 0;
    const evx_submitter *hit = NULL;
    const char *codes_name = NULL;
    size_t xw[16], xn = 0;
    for (size_t i = x->first; i <= x->last && xn < 16; i++)
        if (!evx_view_word_is(v, i, "the"))
            xw[xn++] = i;
    if (xn == 0)
        return 0;
    for (size_t s = 0; s < reg->n_subs; s++) {
        const evx_submitter *sub = &reg->subs[s];
        if (!evx_registry_same_report(sub->report, report) || sub->words.len < xn)
            continue;
        size_t k = 0;
        while (k < xn && strcmp(sub->words.items[k], v->w.items[xw[k]].term) == 0)
            k++;
        if (k < xn)
            continue;
        if (!codes_name || strcmp(codes_name, sub->name) != 0) {
            if (codes_name)
                return 0; /* the start of several names */
            codes_name = sub->name;
        }
        hit = sub;
        n++;
    }
    if (!hit)
        return 0;
    a->name = hit->name;
    a->org = hit->name;
    a->kind = "written";
    a->ref = n == 1 ? hit->code : NULL;
    evx_buf_printf(&a->evidence, "names written evidence submitter %s",
                   hit->name);
    if (n > 1)
        evx_buf_printf(&a->evidence, " (%zu submissions)", n);
    return 1;
}

/* The lead-in's pronoun stands for the previous quotation's speaker. */
static void answer_previous(evx_answer *a, const clues *c, const char *why)
{
    const evx_speaker *p = c->previous;
    a->name = p->name;
    a->role = p->role;
    a->org = p->org;
    a->kind = p->kind;
    a->ref = p->ref;
    a->date = p->date;
    a->method = "context";
    evx_buf_printf(&a->evidence,
                   "%slead-in \"%s\" stands for the speaker of the quotation "
                   "before it in its paragraph: %s",
                   why, c->pronoun, p->name ? p->name : "?");
}

/* How x is named, for an evidence line. */
static const char *mention_name(const evx_registry *reg, const evx_mention *x)
{
    if (x->kind == EVX_MENTION_PERSON)
        return reg->people[x->person].name;
    return x->printed ? x->printed : "?";
}

/* Why the lead-in's words are no one's it names: "the lead-in asks or
 * tells the one it names these words: "Mr Smith was asked"". */
void evx_answer_given(evx_answer *a, const clues *c)
{
    const evx_given *g = &c->why_given;
    evx_buf_printf(&a->evidence, "the lead-in %s: \"", g->says);
    evx_buf_append(&a->evidence, c->sent.text + g->from, g->to - g->from);
    evx_buf_puts(&a->evidence, "\"");
}

/* Fills a from people speaking together, n of them: each a registered
 * witness people[i], or (NULL) the name printed[i] as the text gives it.
 * Their names joined as English joins them, the organisation and date
 * they share, kind oral if all are witnesses (other when the words went
 * to another committee). */
void evx_answer_joint(evx_answer *a, const evx_witness *const *people,
                         const char *const *printed, size_t n, int committee,
                         const char *method)
{
    const evx_witness *p0 = NULL;
    int all_people = 1, same_org = 1, same_date = 1;
    for (size_t i = 0; i < n; i++) {
        const evx_witness *p = people[i];
        const char *sep = i == 0 ? "" : i + 1 == n ? " and " : ", ";
        evx_buf_printf(&a->joint, "%s%s", sep, p ? p->name : printed[i]);
        if (!p) {
            all_people = 0;
            continue;
        }
        if (!p0)
            p0 = p;
        same_org &= p->org && p0->org && strcmp(p->org, p0->org) == 0;
        same_date &= p->date && p0->date && strcmp(p->date, p0->date) == 0;
    }
    a->name = evx_buf_str(&a->joint);
    a->role = NULL;
    a->org = all_people && same_org && p0 ? p0->org : NULL;
    a->kind = all_people && !committee ? "oral" : "other";
    a->date = all_people && same_date && p0 && strcmp(a->kind, "oral") == 0
                  ? p0->date
                  : NULL;
    a->method = method;
    evx_buf_printf(&a->evidence, "names %s, speaking together", a->name);
}

/* Fills a from the people the lead-in names together ("Mr Smith and Dr
 * Jones told us:"). */
void evx_answer_group(evx_answer *a, const evx_registry *reg, const clues *c,
                         const char *method)
{
    const evx_witness *people[4];
    const char *printed[4];
    for (size_t i = 0; i < c->n_group; i++) {
        const evx_mention *x = c->group[i];
        people[i] = x->kind == EVX_MENTION_PERSON ? &reg->people[x->person] : NULL;
        printed[i] = mention_name(reg, x);
    }
    evx_answer_joint(a, people, printed, c->n_group, c->committee, method);
}

/* Rule 5-6 and context: the text alone decides. */
void evx_answer_from_text(evx_answer *a, const evx_registry *reg,
                             const clues *c, const char *report,
                             const char *why)
{
    const char *method = c->pronoun ? "context" : "lead-in";
    if (c->previous) {
        answer_previous(a, c, why);
        return;
    }
    if (c->lead) {
        evx_buf_printf(&a->evidence, "%slead-in ", why);
        if (c->pronoun)
            evx_buf_printf(&a->evidence,
                           "\"%s\" stands for the one named last before it "
                           "in its paragraph: ",
                           c->pronoun);
        if (c->lead->kind == EVX_MENTION_ORG &&
            answer_submitter(a, reg, report, c->lead, c->lead_v)) {
            a->method = method;
            return;
        }
        if (c->n_group > 1) {
            evx_answer_group(a, reg, c, method);
            return;
        }
        answer_mention(a, reg, c, c->lead, c->lead_v, method);
        return;
    }
    if (c->given) {
        a->kind = "unknown";
        a->method = "none";
        evx_buf_printf(&a->evidence, "%s", why);
        evx_answer_given(a, c);
        return;
    }
    if (c->pronoun && c->rival[0]) {
        a->kind = "unknown";
        a->method = "none";
        evx_buf_printf(&a->evidence,
                       "%sthe lead-in's \"%s\" could stand for %s or %s, "
                       "both named in the sentence before it",
                       why, c->pronoun,
                       mention_name(reg, c->rival[0]),
                       mention_name(reg, c->rival[1]));
        return;
    }
    if (c->pronoun) {
        a->kind = "unknown";
        a->method = "none";
        evx_buf_printf(&a->evidence,
                       "%sthe lead-in's \"%s\" stands for no one named "
                       "before it in its paragraph",
                       why, c->pronoun);
        return;
    }
    size_t p;
    const evx_mention *out;
    evx_buf anon = EVX_BUF_INIT;
    /* "Another witness said": the sentence says the speaker is someone it
     * does not name, so the one the paragraph named before is not it */
    int unnamed = evx_clues_unnamed_speaker(c, 0, &anon);
    /* "The Department's written evidence stated:": the sentence has its
     * own speaker, who is not the one the paragraph named before */
    evx_buf subject = EVX_BUF_INIT;
    int ctx = !unnamed && evx_clues_context_person(c, reg, &p, &out);
    int own = ctx && evx_clues_own_subject(c, reg, &subject);
    if (ctx && !own) {
        evx_buf_printf(&a->evidence, "%sthe paragraph before ", why);
        if (p != (size_t)-1) {
            evx_mention tmp = {EVX_MENTION_PERSON, 0, 0, p, 0, NULL, NULL, NULL};
            answer_mention(a, reg, c, &tmp, &c->para, "context");
        } else {
            answer_mention(a, reg, c, out, &c->para, "context");
        }
        evx_buf_puts(&a->evidence, " and no one else");
        evx_buf_free(&anon);
        evx_buf_free(&subject);
        return;
    }
    a->kind = "unknown";
    a->method = "none";
    if (own)
        evx_buf_printf(&a->evidence, "%sthe lead-in's speaker is \"%s\", "
                       "which names no one; not %s, whom the paragraph "
                       "names before", why, evx_buf_str(&subject),
                       p != (size_t)-1 ? reg->people[p].name : out->printed);
    else
        evx_buf_printf(&a->evidence,
                       "%sthe lead-in and paragraph name no speaker", why);
    if (unnamed || evx_clues_unnamed_speaker(c, 1, &anon))
        evx_buf_printf(&a->evidence, " (the speaker is not named: \"%s\")",
                       evx_buf_str(&anon));
    evx_buf_free(&subject);
    evx_buf_free(&anon);
}


/* Rule 3: written evidence. */
static void answer_written(evx_answer *a, const evx_registry *reg,
                           const char *report, const evx_fnref *r, const char *src)
{
    const char *digits = evx_fnref_code_digits(r->code);
    const evx_submitter *hit = NULL;
    for (size_t s = 0; s < reg->n_subs && !hit; s++)
        if (evx_registry_same_report(reg->subs[s].report, report) && reg->subs[s].code &&
            *digits &&
            strcmp(evx_fnref_code_digits(reg->subs[s].code), digits) == 0)
            hit = &reg->subs[s];
    a->kind = "written";
    a->method = "footnote";
    if (hit) {
        a->name = hit->name;
        a->org = evx_source_org(hit->name);
        a->ref = hit->code;
    } else {
        a->name = r->name;
        a->org = evx_source_org(r->name);
        a->ref = r->code;
    }
    evx_buf_printf(&a->evidence, "%s: written evidence %s%s%s", src,
                   r->name ? r->name : "", r->name ? " " : "", r->code);
    if (!hit)
        evx_buf_puts(&a->evidence, " (not in the written evidence list)");
}

/* Of a footnote's written refs ("Mr John Smith (ABC0012); Ms Ruth Alder
 * (ABC0044)"), the one whose submitter the lead-in names, else the
 * first. */
static const evx_fnref *written_named(const clues *c, const evx_fnref *refs,
                                      size_t n)
{
    const evx_mention *x = c->lead;
    if (x && x->printed && x->kind != EVX_MENTION_PERSON)
        for (size_t i = 0; i < n; i++)
            if (refs[i].kind == EVX_FNREF_WRITTEN && refs[i].name &&
                (evx_name_same(refs[i].name, x->printed) ||
                 (x->kind == EVX_MENTION_OUTSIDE &&
                  evx_name_same_surname(refs[i].name, x->printed))))
                return &refs[i];
    return refs;
}

/* Written evidence whose submitter is the organisation of the person
 * the lead-in names ("Professor Jane Doe of the University of Tayside
 * argued that:" over "Written evidence from the University of Tayside
 * (TID0014)"), whether a witness of the report or not: the person
 * speaks, for it, as the report says. */
static void written_by_member(evx_answer *a, const evx_registry *reg,
                              const clues *c)
{
    const evx_mention *x = c->lead;
    /* "Mr D’Arcy’s organisation submitted written evidence, which said":
     * the organisation speaks */
    if (!a->name || !x || evx_view_owner_of_group(c->lead_v, x->last))
        return;
    if (x->kind == EVX_MENTION_PERSON) {
        /* a witness of the report ("Professor Richard Thompson,
         * Plymouth University, states:" over Plymouth University's
         * written evidence), by the name and post the lists give */
        const evx_witness *p = &reg->people[x->person];
        if (!evx_witness_of_body(p, a->name))
            return;
        /* the body, or the organisation whose part of it his post names */
        a->org = evx_name_same(p->org, a->name) ? a->name : p->org;
        a->name = p->name;
        a->role = p->role;
    } else if (x->kind == EVX_MENTION_OUTSIDE && x->printed && x->org &&
               evx_name_same(x->org, a->name)) {
        a->org = a->name;
        a->name = x->printed;
        a->role = x->role;
    } else {
        return;
    }
    a->method = "footnote+lead-in";
    evx_buf_printf(&a->evidence, "; the lead-in names %s of %s", a->name,
                   a->org);
}

/* Written evidence that quotes a document the lead-in names ("a paper by
 * Dr Roe, quoted by the ICO in its submission, concluded that" over the
 * ICO's written evidence): the document's author speaks, named as the
 * lead-in names them, else no one; the code stays the reference, where
 * the words are quoted. */
static void quoted_in_written(evx_answer *a, const evx_registry *reg,
                              const clues *c)
{
    if (!c->why_given.quoting)
        return;
    const char *by = a->name;
    a->name = a->role = a->org = NULL;
    a->kind = "unknown";
    a->method = "none";
    if (c->lead) {
        evx_buf_puts(&a->evidence, "; the lead-in ");
        answer_mention(a, reg, c, c->lead, c->lead_v, "footnote+lead-in");
        a->kind = "document";
        a->date = NULL;
    }
    evx_buf_printf(&a->evidence, "; the lead-in %s, quoted there by %s",
                   c->why_given.says, by ? by : "the submitter");
}

/* A page of the printed evidence ("Ev 45"): the evidence list says whose
 * written evidence starts there, or the text says who; the page is the
 * reference. */
static void answer_printed(evx_answer *a, const evx_registry *reg,
                           const clues *c, const char *report,
                           const evx_fnref *r, const char *src)
{
    int web = 0, page = evx_ev_page(r->ref, &web);
    size_t panel;
    const evx_submitter *sub =
        page ? evx_registry_ev_owner(reg, report, page, web, &panel) : NULL;
    if (sub) {
        a->kind = "written";
        a->method = "footnote";
        a->name = sub->name;
        a->org = evx_source_org(sub->name);
        a->ref = r->ref;
        evx_buf_printf(&a->evidence, "%s: %s falls in the written "
                       "evidence of %s (%s)", src, r->ref, sub->name,
                       sub->code);
        return;
    }
    /* a lone panel's pages, where they end or no lead-in names another
     * ("The Lagoon Developers' Forum told us", "Ev 58" after the last
     * panel's "Ev 12") */
    if (page && panel != (size_t)-1 && evx_registry_panel_alone(reg, panel) &&
        (!c->lead || evx_registry_ev_bounded(reg, report, page, web))) {
        const evx_witness *p = &reg->people[panel];
        evx_answer_person(a, p, "oral");
        a->method = "footnote";
        a->ref = r->ref;
        evx_buf_printf(&a->evidence, "%s: %s falls in the oral "
                       "evidence of %s's panel (%s), who gave it alone", src,
                       r->ref, p->name, p->ev);
        return;
    }
    evx_buf why = EVX_BUF_INIT;
    evx_buf_printf(&why, "%s: printed evidence %s, a page the "
                         "evidence list gives to no one; ", src, r->ref);
    evx_answer_from_text(a, reg, c, report, evx_buf_status(&why) ? "" :
                                        evx_buf_str(&why));
    evx_buf_free(&why);
    if (a->name && a->kind && strcmp(a->kind, "unknown") != 0)
        a->ref = r->ref;
}

/* Rule 1 for evidence given elsewhere: to another committee, or in a
 * session none of this report's panels sat in (why says which): the
 * person the footnote or the lead-in names, of kind "other", with no
 * session date of this report's. */
static evx_status answer_committee(evx_answer *a, const evx_registry *reg,
                                   const clues *c, const char *report,
                                   const evx_fnref *r, const char *src, evx_tok *tok,
                                   const char *why)
{
    a->kind = "other";
    a->method = "footnote";
    a->ref = r->ref;
    evx_buf_printf(&a->evidence, "%s: %s", src, why);
    if (r->name) {
        evx_status st;
        size_t p = resolve_name(reg, report, r->name, tok, &st);
        if (st)
            return st;
        if (p != (size_t)-1)
            evx_answer_person(a, &reg->people[p], "other");
        else
            a->name = r->name;
        evx_buf_printf(&a->evidence, ", %s", r->name);
        return EVX_OK;
    }
    if (c->lead && c->lead->kind != EVX_MENTION_ORG) {
        const char *ref = a->ref;
        evx_buf_puts(&a->evidence, "; ");
        answer_mention(a, reg, c, c->lead, c->lead_v, "footnote+lead-in");
        a->kind = "other";
        a->date = NULL;
        a->ref = ref;
    }
    return EVX_OK;
}

/* Rule 4: a document, unless the sentence names a person who said it. */
static void answer_document(evx_answer *a, const evx_registry *reg,
                            const clues *c, const char *report,
                            const evx_fnref *r, const char *src)
{
    a->ref = r->ref;
    const evx_submitter *memo = evx_registry_memo(reg, report, r->ref);
    if (memo) { /* an older report's memorandum number, listed */
        a->name = memo->name;
        a->org = evx_source_org(memo->name);
        a->kind = "written";
        a->method = "footnote";
        evx_buf_printf(&a->evidence, "%s: memorandum %s, listed as %s's", src, r->ref,
                       memo->name);
        return;
    }
    if (r->name && r->ref && strcmp(r->name, r->ref) == 0 &&
        evx_fnspan_person_alone((evx_fnspan){r->ref, strlen(r->ref)})) {
        /* a person, and no evidence: no reference to give */
        a->name = r->name;
        a->ref = NULL;
        a->kind = "other";
        a->method = "footnote";
        evx_buf_printf(&a->evidence, "%s names %s and cites no evidence", src, r->name);
        return;
    }
    if (c->lead && evx_mention_is_personal(c->lead)) {
        answer_mention(a, reg, c, c->lead, c->lead_v, "footnote+lead-in");
        a->kind = "other";
        a->date = NULL;
        evx_buf_printf(&a->evidence, "; %s cites a document: %s", src,
                       r->ref);
        return;
    }
    a->name = r->name;
    a->role = r->role;
    /* an author cut at a comma of its name, which the lists print whole
     * ("Department for Environment, Food and Rural Affairs") */
    const char *whole = evx_registry_body_cut(reg, report, r->name, r->ref);
    if (whole) {
        a->name = whole;
        a->role = NULL;
    }
    /* a body quoted from its own document speaks for itself, as a
     * written evidence submitter does */
    a->org = evx_source_org(a->name);
    a->kind = "document";
    a->method = "footnote";
    evx_buf_printf(&a->evidence, "%s cites a document: %s", src,
                   r->ref);
    if (!r->name && c->lead && c->lead->kind == EVX_MENTION_ORG &&
        c->lead->printed) {
        /* a document that names no author ("Ziliberberg v Moldova, App
         * no 61821/00"), by the body the lead-in names ("the European
         * Court of Human Rights held that") */
        a->name = c->lead->printed;
        a->org = c->lead->printed;
        a->method = "footnote+lead-in";
        evx_buf_printf(&a->evidence, ", by %s, whom the lead-in names",
                       c->lead->printed);
    }
}

/* A quotation citing no footnote, attributed by its lead-in: a footnote of
 * the same paragraph that no other quotation cites and that names the same
 * speaker (a document by them, their oral evidence) gives the reference.
 * *keep receives the parsed footnote a now points into. */
static evx_status corroborate(evx_answer *a, const evx_unit *q,
                              const evx_unit *parent,
                              const evx_units_index *ix,
                              const evx_registry *reg, evx_tok *tok,
                              evx_fnref **keep, size_t *nkeep)
{
    for (size_t i = 0; parent && i < parent->n_footnotes && !*keep; i++) {
        int n = parent->footnotes[i];
        const evx_unit *f = evx_cite_footnote(ix, q->report, n);
        evx_fnref *r = NULL;
        size_t nr = 0;
        if (!f || !f->text ||
            evx_cite_by_sibling(evx_units_index_list(ix), q, n))
            continue;
        evx_status st = evx_fnrefs_parse(&r, &nr, f->text, strlen(f->text));
        if (st)
            return st;
        int match = 0;
        if (nr == 1 && r[0].kind == EVX_FNREF_DOCUMENT &&
            evx_name_same(r[0].name, a->name)) {
            a->kind = "document";
            a->date = NULL;
            match = 1;
        } else if (nr == 1 && r[0].kind == EVX_FNREF_ORAL && r[0].name &&
                   strcmp(a->kind, "oral") == 0) {
            size_t p = resolve_name(reg, q->report, r[0].name, tok, &st);
            if (st) {
                evx_fnrefs_free(r, nr);
                return st;
            }
            match = p != (size_t)-1 && evx_name_same(reg->people[p].name, a->name);
        }
        if (!match) {
            evx_fnrefs_free(r, nr);
            continue;
        }
        a->ref = r[0].ref;
        a->method = "footnote+lead-in";
        evx_buf_printf(&a->evidence,
                       "; footnote %d of the same paragraph cites them: %s", n,
                       r[0].ref);
        *keep = r;
        *nkeep = nr;
    }
    return EVX_OK;
}

/* A quotation that is a transcript's exchange, its speakers labelled in
 * it ("Q140 Chair: Will the Department …? Mr Kerr: We keep …"): no one
 * of them said it all, and the label says who said each part, so a
 * gets no speaker (its reference kept), with the label as its evidence.
 * 1 if so. */
static int exchange(evx_answer *a, const char *text)
{
    size_t n = evx_transcript_label(text, strlen(text));
    if (!n)
        return 0;
    a->name = a->role = a->org = a->date = NULL;
    a->kind = "unknown";
    a->method = "none";
    evx_buf_clear(&a->evidence);
    evx_buf_clear(&a->joint);
    evx_buf_printf(&a->evidence, "the quotation is a transcript's exchange, "
                   "its speakers labelled in it (\"%.*s\"): not one "
                   "speaker's words", (int)n - 1, text);
    return 1;
}

/* The evidence a reference in brackets right after an inline quotation
 * cites ("“…” (Q30).", "(Ev 45)", "(ABC0012)"), as a footnote's would
 * be read, into *refs; none (NULL) when no bracket follows or it cites
 * no evidence (a year, "see below").  EVX_OK or EVX_NOMEM. */
static evx_status bracket_refs(const evx_scene *sc, evx_fnref **refs,
                               size_t *n)
{
    const char *s = sc->after;
    *refs = NULL;
    *n = 0;
    /* past the quotation's closing mark */
    while (s && (*s == ' ' || *s == '"' || strncmp(s, "\xE2\x80\x9D", 3) == 0 ||
                 strncmp(s, "\xE2\x80\x99", 3) == 0))
        s += *s == ' ' || *s == '"' ? 1 : 3;
    const char *close = s && *s == '(' ? strchr(s, ')') : NULL;
    if (!close)
        return EVX_OK;
    evx_status st = evx_fnrefs_parse(refs, n, s + 1, (size_t)(close - s - 1));
    if (!st && *n && (*refs)[0].kind != EVX_FNREF_ORAL &&
        (*refs)[0].kind != EVX_FNREF_WRITTEN &&
        (*refs)[0].kind != EVX_FNREF_PRINTED) {
        evx_fnrefs_free(*refs, *n);
        *refs = NULL;
        *n = 0;
    }
    return st;
}

/* Of a footnote giving several questions ("2 Q12; Q50"), q's own: the
 * one in the panel of the witness the lead-in names; with none named,
 * the k-th for the k-th of the paragraph's quotations sharing the
 * footnote ("…“…”; the Secretary of State called it “…”.2"), when they
 * are as many; else the first (refs, n: the footnote's; fn: its
 * number). */
static const evx_fnref *ref_in_turn(const evx_units *units, const evx_unit *q,
                                    const evx_registry *reg, const clues *c,
                                    int fn, const evx_fnref *refs, size_t n)
{
    size_t sharing = 0, mine = 0;
    if (n < 2)
        return refs;
    for (size_t i = 0; i < n; i++)
        if (refs[i].kind != EVX_FNREF_ORAL || refs[i].name)
            return refs;
    if (c->lead && c->lead->kind == EVX_MENTION_PERSON) {
        const char *name = reg->people[c->lead->person].name;
        for (size_t i = 0; i < n; i++) {
            size_t members[32];
            size_t m = evx_panel_members(reg, q->report, refs[i].q, refs[i].ymd,
                                         members, 32);
            for (size_t k = 0; k < m; k++)
                if (strcmp(reg->people[members[k]].name, name) == 0)
                    return &refs[i];
        }
        return refs;
    }
    for (size_t i = 0; q->parent && i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type != EVX_UNIT_QUOTATION || !u->parent ||
            strcmp(u->parent, q->parent) != 0)
            continue;
        for (size_t k = 0; k < u->n_footnotes; k++)
            if (u->footnotes[k] == fn) {
                if (u == q)
                    mine = sharing;
                sharing++;
                break;
            }
    }
    return sharing == n ? &refs[mine] : refs;
}

static evx_status attribute(evx_unit *q, const evx_units_index *ix,
                            const evx_registry *reg, evx_tok *tok)
{
    const evx_units *units = evx_units_index_list(ix);
    const evx_unit *parent = q->parent ? evx_units_index_find(ix, q->parent)
                                       : NULL;
    evx_scene sc;
    clues c;
    evx_answer a;
    evx_fnref *refs = NULL;
    size_t n = 0;
    int fn = 0;
    char src[40] = "the reference in brackets after it";
    evx_buf lost = EVX_BUF_INIT;
    evx_status st = evx_scene_build(&sc, q, parent);
    memset(&a, 0, sizeof a);
    if (!st)
        st = evx_clues_read(&c, &sc, reg, tok);
    else
        memset(&c, 0, sizeof c);
    if (!st && c.pronoun)
        evx_clues_take_previous(&c, units, q, parent);
    /* the first cited footnote with a body that cites a source */
    for (size_t i = 0; !st && i < q->n_footnotes && !refs; i++) {
        int body;
        st = evx_cite_refs(ix, q->report, q->footnotes[i], &refs, &n,
                           &body);
        if (!st && !body) {
            evx_buf_printf(&lost, "%sfootnote %d has no body", lost.len ? "; " : "",
                           q->footnotes[i]);
            continue;
        }
        fn = q->footnotes[i];
        if (!st && (n == 0 || refs[0].kind == EVX_FNREF_NOTE)) {
            evx_fnrefs_free(refs, n);
            refs = NULL;
            n = 0;
        }
    }
    if (fn)
        snprintf(src, sizeof src, "footnote %d", fn);
    else if (!st && q->n_footnotes == 0)
        st = bracket_refs(&sc, &refs, &n);
    if (!st) {
        const evx_fnref *named = NULL,
                        *first = fn ? ref_in_turn(units, q, reg, &c, fn, refs, n)
                                    : refs;
        for (size_t i = 0; i < n; i++)
            if ((refs[i].kind == EVX_FNREF_ORAL ||
                 refs[i].kind == EVX_FNREF_PRINTED) && refs[i].name && !named)
                named = &refs[i];
        const evx_fnref *oral = named ? named : first;
        if (lost.len)
            evx_buf_puts(&lost, "; ");
        if (!refs)
            evx_answer_from_text(&a, reg, &c, q->report, evx_buf_str(&lost));
        else if (oral->kind == EVX_FNREF_ORAL &&
                 !evx_registry_sat_on(reg, q->report, oral->ymd))
            st = answer_committee(&a, reg, &c, q->report, oral, src, tok,
                                  "oral evidence of a day none of this "
                                  "report's panels sat");
        else if (named)
            st = evx_answer_named_oral(&a, reg, &c, q->report, refs, n, src, tok);
        else if (first->kind == EVX_FNREF_ORAL)
            evx_answer_q_only(&a, reg, &c, q->report, first, src);
        else if (first->kind == EVX_FNREF_WRITTEN) {
            first = written_named(&c, refs, n);
            answer_written(&a, reg, q->report, first, src);
            written_by_member(&a, reg, &c);
            quoted_in_written(&a, reg, &c);
        }
        else if (first->kind == EVX_FNREF_COMMITTEE)
            st = answer_committee(&a, reg, &c, q->report, first, src, tok,
                                  "evidence to another committee");
        else if (first->kind == EVX_FNREF_PRINTED)
            answer_printed(&a, reg, &c, q->report, first, src);
        else
            answer_document(&a, reg, &c, q->report, first, src);
    }
    evx_fnref *para_refs = NULL;
    size_t n_para_refs = 0;
    if (!st && q->n_footnotes == 0 && a.kind && a.name &&
        strcmp(a.method, "lead-in") == 0)
        st = corroborate(&a, q, parent, ix, reg, tok, &para_refs,
                         &n_para_refs);
    if (!st && q->text)
        exchange(&a, q->text);
    if (!st) {
        if (!a.kind) {
            a.kind = "unknown";
            a.method = "none";
        }
        st = set_speaker(q, &a);
    } else {
        evx_buf_free(&a.evidence);
        evx_buf_free(&a.joint);
    }
    evx_buf_free(&lost);
    evx_fnrefs_free(para_refs, n_para_refs);
    evx_fnrefs_free(refs, n);
    evx_clues_free(&c);
    evx_scene_free(&sc);
    return st;
}

evx_status evx_attrib_resolve(evx_units *units, const evx_registry *reg,
                              evx_tok *tok, evx_diag *diag)
{
    evx_units_index *ix = NULL;
    if (!units || !reg || !tok)
        return EVX_INVALID;
    /* Attribution sets speakers, never ids, numbers or the order: the
     * index stays true through the pass. */
    if (evx_units_index_new(&ix, units))
        return EVX_NOMEM;
    for (size_t i = 0; i < units->len; i++) {
        evx_unit *q = units->items[i];
        if (q->type != EVX_UNIT_QUOTATION)
            continue;
        evx_status st = attribute(q, ix, reg, tok);
        if (st) {
            evx_units_index_free(ix);
            return st;
        }
        if (diag && strcmp(q->speaker->kind, "unknown") == 0)
            evx_diag_add(diag, EVX_DIAG_NOTE,
                         q->n_sources ? q->sources[0].file : NULL,
                         q->n_sources ? q->sources[0].line : 0,
                         "quotation %s: speaker unknown (%s)", q->id,
                         q->speaker->evidence ? q->speaker->evidence : "");
    }
    evx_units_index_free(ix);
    return EVX_OK;
}

