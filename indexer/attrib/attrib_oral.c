/*
 * attrib_oral.c - who said a quotation whose footnote cites oral
 * evidence: a question with the names it gives (rule 1), or a question
 * alone, read against its panel and the text (rule 2); see
 * attrib_answer.h.
 */
#include "attrib_answer.h"

#include <stdlib.h>
#include <string.h>

#include "attrib_panel.h"
#include "attrib_parts.h"
#include "attrib_speaker.h"

typedef evx_clues clues;

/* Is registered person p the one the lead-in names as speaking? */
static int is_lead(const clues *c, const evx_registry *reg, size_t p)
{
    return p != (size_t)-1 && c->lead && c->lead->kind == EVX_MENTION_PERSON &&
           strcmp(reg->people[c->lead->person].name, reg->people[p].name) == 0;
}

/* A footnote naming people who spoke together ("Q45 [Simon Stevens and
 * Ian Dalton]", "Qq45-46 [Simon Stevens, Ian Dalton]"): when every name
 * is a registered witness, a is filled with all of them; else
 * EVX_NOT_FOUND, a untouched. */
static evx_status answer_named_together(evx_answer *a, const evx_registry *reg,
                                        const clues *c, const char *report,
                                        const evx_fnref *r, evx_tok *tok)
{
    const evx_witness *people[4];
    size_t index[4];
    const char *name = r->name;
    size_t n = 0;
    while (*name && n < 4) {
        const char *and_ = strstr(name, " and "), *comma = strchr(name, ',');
        const char *end = and_ && (!comma || and_ < comma) ? and_ : comma;
        size_t len = end ? (size_t)(end - name) : strlen(name);
        char part[128];
        evx_status st;
        if (len == 0 || len >= sizeof part)
            return EVX_NOT_FOUND;
        memcpy(part, name, len);
        part[len] = 0;
        size_t p = evx_answer_resolve_at(reg, report, part, r->q, tok, &st);
        if (st)
            return st;
        if (p == (size_t)-1)
            return EVX_NOT_FOUND;
        index[n] = p;
        people[n++] = &reg->people[p];
        name += len;
        name += strspn(name, ", ");
        if (strncmp(name, "and ", 4) == 0)
            name += 4;
    }
    if (*name || n < 2)
        return EVX_NOT_FOUND;
    /* "Ms Pritchard explained:" over "Qq141–142 (Sajid Javid, Amanda
     * Pritchard)": the questions are both people's, the words hers */
    for (size_t i = 0; i < n && c->n_group <= 1; i++)
        if (is_lead(c, reg, index[i])) {
            evx_answer_person(a, people[i], "oral");
            a->method = "footnote+lead-in";
            evx_buf_printf(&a->evidence, "; of the people it names, the one "
                                         "the lead-in names");
            return EVX_OK;
        }
    evx_buf_puts(&a->evidence, "; ");
    evx_answer_joint(a, people, NULL, n, 0, "footnote");
    return EVX_OK;
}

/* Says in a's evidence when the lead-in names someone else than p, the
 * person the footnote names ("Mr Stevens told us:" over "Q12 [Ian
 * Dalton]"), or an organisation not p's: the footnote is kept, and the
 * reader sees both. */
static void note_other_lead(evx_answer *a, const evx_registry *reg,
                            const clues *c, const evx_witness *p)
{
    const evx_mention *x = c->lead;
    if (!x || c->n_group > 1)
        return;
    if (x->kind == EVX_MENTION_PERSON &&
        strcmp(reg->people[x->person].name, p->name) != 0)
        evx_buf_printf(&a->evidence, "; the lead-in names %s: the footnote "
                                     "is preferred",
                       reg->people[x->person].name);
    else if (x->kind == EVX_MENTION_ORG && !evx_panel_org_fits(c, p))
        evx_buf_printf(&a->evidence, "; the lead-in names %s, not of %s: the "
                                     "footnote is preferred",
                       x->printed, p->name);
}

/* Does the sentence name the one named ref r names: registered person p,
 * or, not registered (p is (size_t)-1), a name of the sentence printed
 * with the same surname, or the ref's name as printed ("British Airways"
 * for "Ev 92 [British Airways]")? */
static int sentence_names_ref(const clues *c, const evx_registry *reg,
                              size_t p, const evx_fnref *r)
{
    if (p != (size_t)-1)
        return evx_clues_sentence_names(c, p, reg);
    return evx_clues_sentence_names_printed(c, r->name);
}

/* The session a panel sat in, for the evidence: its date, or, as the
 * House of Lords lists its panels, none. */
static const char *session_of(const evx_witness *p)
{
    return p->date ? p->date : "an undated session";
}

/* Rule 1: a footnote naming people ("Q361 [Ian Dalton]", "Ev 63
 * [Lincolnshire County Council]"); with several, the one the sentence
 * names, else the first. */
evx_status evx_answer_named_oral(evx_answer *a, const evx_registry *reg,
                                    const clues *c, const char *report,
                                    const evx_fnref *refs, size_t n,
                                    const char *src, evx_tok *tok)
{
    size_t chosen = (size_t)-1, chosen_p = (size_t)-1, named = 0;
    for (size_t i = 0; i < n; i++) {
        if ((refs[i].kind != EVX_FNREF_ORAL &&
             refs[i].kind != EVX_FNREF_PRINTED) || !refs[i].name)
            continue;
        evx_status st;
        size_t p = evx_answer_resolve_by_org(reg, c, report, refs[i].name,
                                             refs[i].q, tok, &st);
        if (st)
            return st;
        named++;
        if (chosen == (size_t)-1 ||
            (sentence_names_ref(c, reg, p, &refs[i]) &&
             !sentence_names_ref(c, reg, chosen_p, &refs[chosen]) &&
             !is_lead(c, reg, chosen_p))) {
            chosen = i;
            chosen_p = p;
        }
        /* "Jane Doe called them “…”, while Dr Ann Lee called them “…”" /
         * "Q12 [Jane Doe]; Q15 [Dr Ann Lee]": the second is hers */
        if (is_lead(c, reg, p) && !is_lead(c, reg, chosen_p)) {
            chosen = i;
            chosen_p = p;
        }
    }
    const evx_fnref *r = &refs[chosen];
    int by_sentence = named > 1 && sentence_names_ref(c, reg, chosen_p, r);
    a->ref = evx_fnref_question(r);
    evx_buf_printf(&a->evidence, "%s: %s %s", src, r->ref, r->name);
    if (named > 1)
        evx_buf_printf(&a->evidence, " (of %zu named refs, the one %s)",
                       named, by_sentence ? "the lead-in names" : "listed first");
    if (chosen_p == (size_t)-1) {
        evx_status st = answer_named_together(a, reg, c, report, r, tok);
        if (st != EVX_NOT_FOUND)
            return st;
        a->name = r->name;
        a->role = r->role;
        a->org = r->org;
        a->kind = "other";
        a->method = by_sentence ? "footnote+lead-in" : "footnote";
        if (c->lead && c->lead->kind == EVX_MENTION_OUTSIDE &&
            c->lead->printed && evx_source_lists(r->name, c->lead->printed)) {
            /* "Mr John Smith" for "Mr Smith"; of "Professor Alan Wyke, Dr
             * Ann Roe", the one the lead-in names */
            if (evx_source_lists(r->name, NULL)) {
                a->name = c->lead->printed;
                a->role = c->lead->role;
                a->org = c->lead->org;
            } else if (strlen(c->lead->printed) > strlen(r->name)) {
                a->name = c->lead->printed; /* the fuller of the two */
            }
            /* the post the sentence prints beside the name ("Gareth
             * Davies, the Comptroller and Auditor General, observed"),
             * where the footnote prints none */
            if (!a->role && !a->org) {
                a->role = c->lead->role;
                a->org = c->lead->org;
            }
            a->method = "footnote+lead-in";
        }
        evx_buf_puts(&a->evidence, "; not a registered witness");
        return EVX_OK;
    }
    const evx_witness *p = &reg->people[chosen_p];
    evx_answer_person(a, p, "oral");
    a->method = named > 1 ? "footnote+lead-in" : "footnote";
    if (r->q && p->q_first && (r->q < p->q_first || r->q > p->q_last))
        evx_buf_printf(&a->evidence,
                       "; %s lies outside %s's panel (Q%d-%d): the named "
                       "person is trusted",
                       r->ref, p->name, p->q_first, p->q_last);
    note_other_lead(a, reg, c, p);
    return EVX_OK;
}

/* Starts a's evidence with the footnote and the panel its question falls
 * in: "footnote 7: Q350 (panel of 20 March 2018, Q346-370); ". */
static void say_panel(evx_answer *a, const char *src, const evx_fnref *r,
                      const evx_witness *p0)
{
    evx_buf_printf(&a->evidence, "%s: %s (panel of %s, Q%d-%d); ",
                   src, r->ref, session_of(p0), p0->q_first,
                   p0->q_last);
}

/* Leaves a with no speaker, its question's panel p0 in the evidence:
 * "footnote 7: Q350 is in the panel of 20 March 2018 (Q346-370", for the
 * caller to close with why the text names none of it. */
static void no_one_of_panel(evx_answer *a, const char *src, const evx_fnref *r,
                            const evx_witness *p0)
{
    a->kind = "unknown";
    a->method = "none";
    a->date = p0->date;
    evx_buf_printf(&a->evidence, "%s: %s is in the panel of %s (Q%d-%d",
                   src, r->ref, session_of(p0), p0->q_first, p0->q_last);
}

/* Fills a with panel member p, chosen as the evidence then says: the
 * words before, p's name, the words after. */
static void answer_member(evx_answer *a, const evx_witness *p, const char *method,
                          const char *before, const char *after)
{
    evx_answer_person(a, p, "oral");
    a->method = method;
    evx_buf_printf(&a->evidence, "%s%s%s", before, p->name, after);
}

/* Whether the lead-in's sentence says that someone it does not name
 * speaks ("Another witness said", "A GP from Leeds told us", "Not
 * everyone agreed:"), or by a pronoun that stands for no one the
 * paragraph names: then not the one the paragraph named before. */
static int other_speaker(const evx_clues *c, const evx_registry *reg)
{
    evx_buf b = EVX_BUF_INIT;
    if (c->pronoun)
        return 1;
    int other = evx_clues_unnamed_speaker(c, 0, &b) ||
                evx_clues_own_subject(c, reg, &b);
    evx_buf_free(&b);
    return other;
}

/* The one of the panel's members[0..n) the paragraph names, if only
 * one is named; else (size_t)-1. */
static size_t panel_member_named(const evx_registry *reg, const clues *c,
                                 const size_t *members, size_t n)
{
    size_t found = (size_t)-1;
    for (size_t k = 0; k < c->mp.len; k++) {
        const evx_mention *x = &c->mp.items[k];
        if (x->kind != EVX_MENTION_PERSON)
            continue;
        for (size_t i = 0; i < n; i++)
            if (strcmp(reg->people[members[i]].name,
                       reg->people[x->person].name) == 0) {
                if (found != (size_t)-1 && found != members[i])
                    return (size_t)-1;
                found = members[i];
            }
    }
    return found;
}

/* Does the rest of the quotation's sentence quote again, naming one of
 * the panel the footnote's question is in ("… “…”, but Chief Constable
 * Penrose described this as “…”.1")?  The footnote is then that one's. */
static int quotes_one_of_panel_after(const evx_registry *reg, const clues *c,
                                     const size_t *members, size_t n)
{
    const evx_view *v = &c->after;
    int quotes = 0;
    for (size_t i = 0; i < v->len && !quotes; i++)
        quotes = v->text[i] == '"' ||
                 (i + 2 < v->len && memcmp(v->text + i, "\xE2\x80\x9C", 3) == 0);
    for (size_t k = 0; quotes && k < c->ma.len; k++) {
        const evx_mention *x = &c->ma.items[k];
        for (size_t i = 0; x->kind == EVX_MENTION_PERSON && i < n; i++)
            if (strcmp(reg->people[members[i]].name, reg->people[x->person].name) == 0)
                return 1;
    }
    return 0;
}

/* A lead-in that names its speaker by a post ("The Minister, asked
 * whether …, replied"), a question that no panel's range holds (a list
 * giving pages of printed evidence, "Ev 50"): the one witness of the
 * report whose post it names, by the rules of a panel's posts
 * (attrib_panel.h), if one. */
static void post_of_any_witness(evx_answer *a, const evx_registry *reg,
                                const clues *c, const char *report)
{
    size_t all[64], n = 0;
    for (size_t i = 0; i < reg->n_people && n < 64; i++)
        if (evx_registry_same_report(reg->people[i].report, report))
            all[n++] = i;
    size_t p = n ? evx_panel_by_post(reg, c, all, n) : (size_t)-1;
    if (p == (size_t)-1)
        return;
    answer_member(a, &reg->people[p], "footnote+lead-in",
                  "; the lead-in names the post of ", ", a witness of the report");
}

/* Rule 2: a footnote giving only a question number. */
void evx_answer_q_only(evx_answer *a, const evx_registry *reg, const clues *c,
                          const char *report, const evx_fnref *r, const char *src)
{
    size_t members[32];
    size_t n = evx_panel_members(reg, report, r->q, r->ymd, members, 32);
    a->ref = evx_fnref_question(r);
    if (n == 0) {
        evx_buf_printf(&a->evidence,
                       "%s: %s is in no panel's range; ", src, r->ref);
        evx_answer_from_text(a, reg, c, report, "");
        if (!a->name)
            post_of_any_witness(a, reg, c, report);
        a->ref = evx_fnref_question(r);
        /* a question is oral evidence, whoever the text names */
        if (a->kind && strcmp(a->kind, "written") == 0)
            a->kind = "oral";
        return;
    }
    const evx_witness *p0 = &reg->people[members[0]];
    if (c->given) {
        a->kind = "unknown";
        a->method = "none";
        a->date = p0->date;
        say_panel(a, src, r, p0);
        evx_answer_given(a, c);
        return;
    }
    /* the sentence names people of the panel speaking together */
    if (c->n_group > 1 && evx_panel_holds_group(reg, c, members, n)) {
        say_panel(a, src, r, p0);
        evx_buf_puts(&a->evidence, "lead-in ");
        evx_answer_group(a, reg, c, "footnote+lead-in");
        return;
    }
    /* the sentence names one of the panel */
    if (c->lead && c->lead->kind == EVX_MENTION_PERSON) {
        for (size_t i = 0; i < n; i++)
            if (strcmp(reg->people[members[i]].name,
                       reg->people[c->lead->person].name) == 0) {
                say_panel(a, src, r, p0);
                answer_member(a, &reg->people[members[i]], "footnote+lead-in",
                              "lead-in names ", "");
                return;
            }
        /* a short form that the panel's member shares ("Sir Peter") */
        size_t at = c->pronoun ? (size_t)-1
                               : evx_panel_named_at(reg, c, report, r->q, members, n);
        if (at != (size_t)-1) {
            say_panel(a, src, r, p0);
            answer_member(a, &reg->people[at], "footnote+lead-in",
                          "lead-in names ", ", the one of that name in the panel");
            return;
        }
        const evx_witness *lp = &reg->people[c->lead->person];
        if (c->pronoun && panel_member_named(reg, c, members, n) != (size_t)-1) {
            /* "He told us" stands for the one named last, who is not of
             * the panel the footnote's question is in, while the
             * paragraph names one who is: the text and the footnote
             * disagree (else, as with a name, the lead-in is preferred) */
            no_one_of_panel(a, src, r, p0);
            evx_buf_printf(&a->evidence,
                           "); the lead-in's \"%s\" would stand for %s, who "
                           "is not of it, and the paragraph names one who is",
                           c->pronoun, lp->name);
            return;
        }
        evx_answer_person(a, lp, c->committee ? "other" : "oral");
        a->method = "lead-in";
        /* the question cited was asked on another day than the one the
         * person gave evidence: no date goes with the two; and where the
         * sentence quotes another after this quotation, before the
         * footnote's marker, the footnote cites that one's words, no
         * answer of this person's: no question either */
        a->date = NULL;
        int another = quotes_one_of_panel_after(reg, c, members, n);
        if (another)
            a->ref = NULL;
        evx_buf_printf(&a->evidence,
                       "lead-in names %s, but %s (%s) falls in the "
                       "panel of %s (Q%d-%d): the lead-in is preferred, and "
                       "no session date given%s",
                       lp->name, src, r->ref, session_of(p0),
                       p0->q_first, p0->q_last,
                       another ? ", nor the question, which follows "
                                 "another quotation of the sentence"
                               : "");
        return;
    }
    size_t in_panel = evx_panel_lead_in(reg, c, report, r->q, members, n);
    if (in_panel != (size_t)-1) {
        say_panel(a, src, r, p0);
        answer_member(a, &reg->people[in_panel], "footnote+lead-in",
                      "lead-in names ", ", the one of that name in the panel");
        return;
    }
    /* an organisation speaks, with one of the panel in an aside */
    in_panel = c->lead && c->lead->kind == EVX_MENTION_ORG
                   ? evx_panel_named(reg, c, members, n)
                   : (size_t)-1;
    if (in_panel != (size_t)-1) {
        say_panel(a, src, r, p0);
        answer_member(a, &reg->people[in_panel], "footnote+lead-in",
                      "the sentence names ", " of that panel");
        return;
    }
    in_panel = evx_panel_by_post(reg, c, members, n);
    if (in_panel != (size_t)-1) {
        say_panel(a, src, r, p0);
        answer_member(a, &reg->people[in_panel], "footnote+lead-in",
                      "the lead-in names the post of ", ", of that panel");
        return;
    }
    size_t by_org = evx_panel_by_org(reg, c, members, n);
    size_t ctx;
    const evx_mention *out;
    const char *method = "footnote+lead-in", *how = "the text names its "
                                                     "organisation";
    size_t pick_p = by_org;
    if (pick_p == (size_t)-1 && !c->lead && !other_speaker(c, reg) &&
        evx_clues_context_person(c, reg, &ctx, &out) && ctx != (size_t)-1) {
        for (size_t i = 0; i < n; i++)
            if (strcmp(reg->people[members[i]].name, reg->people[ctx].name) == 0)
                pick_p = members[i];
        method = "context";
        how = "the paragraph names only them";
    }
    /* the lead-in names an organisation the panel's one witness is not
     * of, or a person who is not that witness ("Dr Jane Brown argued",
     * "Ms Smith said" over Mr John Smith's questions): the footnote and
     * the text disagree */
    int other_org = c->lead && c->lead->kind == EVX_MENTION_ORG &&
                    !evx_panel_org_fits(c, p0);
    if (pick_p == (size_t)-1 && n == 1 &&
        (other_org || (c->lead && c->lead->kind == EVX_MENTION_OUTSIDE))) {
        no_one_of_panel(a, src, r, p0);
        evx_buf_printf(&a->evidence,
                       "), whose only witness, %s, is not %s%s, %s the lead-in "
                       "names",
                       p0->name, other_org ? "of " : "", c->lead->printed,
                       other_org ? "which" : "whom");
        return;
    }
    if (pick_p == (size_t)-1 && n == 1) {
        pick_p = members[0];
        method = "footnote";
        how = "the only witness of that panel";
    }
    if (pick_p != (size_t)-1) {
        say_panel(a, src, r, p0);
        evx_buf_printf(&a->evidence, "%s: ", how);
        answer_member(a, &reg->people[pick_p], method, "", "");
        return;
    }
    no_one_of_panel(a, src, r, p0);
    evx_buf_printf(&a->evidence,
                   ", %zu witnesses) but the text does not say which of them",
                   n);
}
