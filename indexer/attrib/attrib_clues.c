/*
 * attrib_clues.c - what the text around a quotation says about its
 * speaker; see attrib_clues.h.
 */
#include "attrib_clues.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "names.h"

void evx_clues_free(evx_clues *c)
{
    evx_mentions_free(&c->ms);
    evx_mentions_free(&c->ma);
    evx_mentions_free(&c->mp);
    evx_mentions_free(&c->os);
    evx_mentions_free(&c->op);
    evx_view_close(&c->sent);
    evx_view_close(&c->after);
    evx_view_close(&c->para);
}

/* The mention of m last before word `before` that the pronoun can stand
 * for, its title agreeing ("she" never stands for "Mr Smith"); for "he",
 * "she" and "they", none when that one is a person printed in the
 * possessive ("We put Jane Doe's figures to the Minister. She told us":
 * the Minister's, or the other witnesses'; "Mr Dalton's letter, which
 * stated:" is his). */
static const evx_mention *antecedent(const evx_mentions *m, const evx_view *v,
                                     evx_pronoun kind, const char *pronoun,
                                     size_t before)
{
    /* "they" stands for a body or a group, not for one person named
     * before it by title ("Professor Galloway"; "Plastics Europe", a
     * name untitled, may be a body) */
    int they = pronoun && strcmp(pronoun, "they") == 0;
    const evx_mention *x = evx_mention_last(m, kind, before);
    while (x && (!evx_mention_agrees(v, x, pronoun) ||
                 (they && evx_mention_is_personal(x) && v->w.items[x->first].title)))
        x = evx_mention_last(m, kind, x->first);
    int personal = pronoun && (strcmp(pronoun, "they") == 0 ||
                               strcmp(pronoun, "he") == 0 ||
                               strcmp(pronoun, "she") == 0);
    return x && personal && evx_mention_is_personal(x) &&
                   evx_view_possessive(v, x->last)
               ? NULL
               : x;
}

/* Does v name, in words [from, to), a person it does not name by name
 * ("the owner of a crabber", "One skipper", "a farmer from Leeds",
 * "another witness"): someone a later "he" or "she" may stand for as
 * well as the one named before?  Determiners and nouns of English. */
static int unnamed_person_in(const evx_view *v, size_t from, size_t to)
{
    static const char *const det[] = {"a", "an", "one", "another", "the",
                                      "some", "other", "several", "two"};
    static const char *const nouns[] = {
        "owner", "owners", "skipper", "skippers", "farmer", "farmers",
        "fisherman", "fishermen", "resident", "residents", "patient",
        "patients", "parent", "parents", "carer", "carers", "nurse",
        "nurses", "doctor", "doctors", "gp", "gps", "teacher", "teachers",
        "worker", "workers", "volunteer", "volunteers", "driver", "drivers",
        "respondent", "respondents", "witness", "witnesses", "participant",
        "participants", "man", "woman", "mother", "father", "tenant",
        "tenants", "landlord", "user", "users", "passenger", "passengers",
        "constituent", "manager", "operator", "trader", "shopkeeper",
        "pupil", "student", "students", "officer", "member", "members",
        "sub-postmaster", "postmaster", "representative", "employee",
        "employees", "client", "clients", "customer", "customers"};
    for (size_t k = from; k + 1 < to && k + 1 < v->w.len; k++) {
        if (!evx_word_in(v->w.items[k].term, det, sizeof det / sizeof *det))
            continue;
        size_t j = k + 1;
        if (j + 1 < to && !evx_word_in(v->w.items[j].term, nouns,
                                       sizeof nouns / sizeof *nouns))
            j++; /* "a local farmer", "one young mother" */
        if (evx_word_in(v->w.items[j].term, nouns, sizeof nouns / sizeof *nouns) &&
            !v->w.items[j].cap && !v->w.items[k + 1].cap)
            return 1;
    }
    return 0;
}

/* The word after the apposition set off by a comma after word last of
 * v ("Mr Tom Reed, a farmer from the valley."): the one a later "he"
 * stands for is the one it describes; else last + 1. */
static size_t past_apposition(const evx_view *v, size_t last)
{
    size_t k = last + 1;
    if (!evx_view_comma_after(v, last))
        return k;
    /* to the comma that closes it, or the sentence's end */
    while (k + 1 < v->w.len && !evx_view_comma_after(v, k) &&
           evx_view_adjacent(v, k, k + 1))
        k++;
    return k + 1;
}

/* Sets x as the lead, unless "he" or "she" could as well stand for
 * another person of x's sentence: then the lead-in names no one. */
static void take_antecedent(evx_clues *c, const evx_mentions *m,
                            const evx_view *v, const evx_mention *x,
                            size_t before, size_t end)
{
    const evx_mention *y = evx_mention_rival(m, v, x, c->pronoun, before);
    if (y) {
        c->rival[0] = x;
        c->rival[1] = y;
        c->rival_end = end; /* x is the one named last */
        return;
    }
    c->lead = x;
    c->lead_v = v;
    c->lead_end = end;
}

/* The most words between a relative pronoun's antecedent and it. */
#define RELATIVE_REACH 10

/* A lead-in naming its speaker by a pronoun ("They state:", "He further
 * stated:", "..., which stated that:"): the pronoun stands for the one
 * named last before it in the same paragraph, in the sentence or before
 * it, whose title agrees with it; never for anyone in another paragraph,
 * and for no one when "he" or "she" could as well stand for another
 * person of that sentence. */
static evx_status read_pronoun(evx_clues *c, const evx_scene *sc,
                               const evx_registry *reg)
{
    size_t at;
    evx_pronoun kind = evx_view_pronoun(&c->sent, &at);
    if (kind == EVX_PRONOUN_NONE)
        return EVX_OK;
    c->pronoun = c->sent.w.items[at].term;
    c->relative = at > 0 && evx_view_comma_after(&c->sent, at - 1) &&
                  (strcmp(c->pronoun, "who") == 0 || strcmp(c->pronoun, "which") == 0);
    evx_status st = evx_mentions_orgs(&c->os, reg, sc->report, &c->sent);
    if (!st)
        st = evx_mentions_orgs(&c->op, reg, sc->report, &c->para);
    if (st)
        return st;
    const evx_mention *x = antecedent(&c->ms, &c->sent, kind, c->pronoun, at);
    const evx_mention *o = evx_mention_last(&c->os, kind, at);
    int person = strcmp(c->pronoun, "he") == 0 || strcmp(c->pronoun, "she") == 0;
    if (!x || (o && o->last > x->last))
        x = o;
    /* a relative pronoun stands for the name just before its comma, past
     * an apposition at most ("Dr Foster, Marine Conservation Society,
     * who said"), or for no one the text names */
    if (c->relative && (!x || at > x->last + RELATIVE_REACH))
        return EVX_OK;
    if (x) {
        /* "Members then spoke to the owner of a crabber. He told us": not
         * the one named before the owner */
        if (!(person && x != o &&
              unnamed_person_in(&c->sent, past_apposition(&c->sent, x->last), at)))
            take_antecedent(c, x == o ? &c->os : &c->ms, &c->sent, x, at,
                            strlen(sc->paragraph) + c->sent.w.items[x->last].end);
        return EVX_OK;
    }
    if (person && unnamed_person_in(&c->sent, 0, at))
        return EVX_OK;
    x = antecedent(&c->mp, &c->para, kind, c->pronoun, (size_t)-1);
    o = evx_mention_last(&c->op, kind, (size_t)-1);
    if (!x || (o && o->last > x->last))
        x = o;
    if (x && !(person && x != o &&
               unnamed_person_in(&c->para, past_apposition(&c->para, x->last),
                                 c->para.w.len)))
        take_antecedent(c, x == o ? &c->op : &c->mp, &c->para, x, (size_t)-1,
                        c->para.w.items[x->last].end);
    return EVX_OK;
}

/* A lead-in opening "The former" or "The latter" ("Alison Nimmo and
 * Gordon McKay gave evidence together. The former told us"): the first or
 * the second of the last two people the paragraph names before it, who
 * are two.  1 and c->lead set, else 0.  Words of English. */
static int former_or_latter(evx_clues *c)
{
    const evx_view *v = &c->sent;
    if (v->w.len < 3 || !evx_view_word_is(v, 0, "the"))
        return 0;
    int latter = evx_view_word_is(v, 1, "latter");
    if (!latter && !evx_view_word_is(v, 1, "former"))
        return 0;
    /* the last named, then the last named before that one (mentions are
     * listed registered people first, not in the text's order) */
    const evx_mention *two[2] = {NULL, NULL};
    for (size_t k = 0; k < c->mp.len; k++) {
        const evx_mention *x = &c->mp.items[k];
        if (evx_mention_is_personal(x) && (!two[1] || x->last > two[1]->last))
            two[1] = x;
    }
    for (size_t k = 0; two[1] && k < c->mp.len; k++) {
        const evx_mention *x = &c->mp.items[k];
        if (evx_mention_is_personal(x) && x->last < two[1]->first &&
            !evx_mention_same(two[1], x) && (!two[0] || x->last > two[0]->last))
            two[0] = x;
    }
    if (!two[0])
        return 0;
    c->lead = two[latter ? 1 : 0];
    c->lead_v = &c->para;
    c->lead_end = c->para.w.items[c->lead->last].end;
    c->pronoun = v->w.items[1].term;
    return 1;
}

/* Is the quotation, the sentence's second, given its speaker right after
 * it ("“…,” said Mr Smith; “…,” replied Dr Jones"), where the name
 * before it spoke the first? */
static int attributed_after(const evx_clues *c)
{
    const evx_mention *x = evx_mention_pick(&c->ma, &c->after, 1);
    return x && x->introduced && x->first == 1 &&
           evx_aword_is_speech_verb(c->after.w.items[0].term) &&
           evx_view_lead_end(&c->sent) < c->sent.w.len;
}

evx_status evx_clues_read(evx_clues *c, const evx_scene *sc,
                          const evx_registry *reg, evx_tok *tok)
{
    evx_status st;
    memset(c, 0, sizeof *c);
    st = evx_view_open(&c->sent, tok, sc->sentence, strlen(sc->sentence));
    /* a second quotation's own clause is its whole lead-in */
    size_t own = st ? (size_t)-1 : evx_own_clause(&c->sent);
    if (own != (size_t)-1) {
        evx_view_close(&c->sent);
        st = evx_view_open(&c->sent, tok, sc->sentence + own,
                           strlen(sc->sentence + own));
    }
    if (!st)
        st = evx_view_open(&c->after, tok, sc->after ? sc->after : "",
                       sc->after ? strlen(sc->after) : 0);
    if (!st)
        st = evx_view_open(&c->para, tok, sc->paragraph, strlen(sc->paragraph));
    if (!st)
        st = evx_mentions_find(&c->ms, reg, sc->report, &c->sent);
    if (!st)
        st = evx_mentions_find(&c->ma, reg, sc->report, &c->after);
    if (!st)
        st = evx_mentions_find(&c->mp, reg, sc->report, &c->para);
    if (st)
        return st;
    c->lead = evx_mention_pick(&c->ms, &c->sent, 0);
    if (c->lead && evx_mention_named_by_verb(&c->sent, c->lead))
        c->lead = NULL; /* "One officer described Right Care as “…”" */
    if (c->lead && !evx_mention_is_personal(c->lead) &&
        evx_view_role_subject(&c->sent, c->lead->first))
        c->lead = NULL; /* "The Minister, …, Department for Culture, …, told us" */
    c->lead_v = &c->sent;
    /* "Mr Smith was asked:", "Mr Smith cited the report:": not his words */
    if (evx_lead_given(&c->ms, &c->sent, &c->why_given)) {
        c->lead = c->why_given.speaker;
        c->given = !c->lead;
        c->committee = evx_view_other_committee(&c->sent);
        return EVX_OK;
    }
    if (!c->lead || (c->lead->kind == EVX_MENTION_ORG && evx_mention_pick(&c->ma, &c->after, 1) &&
                     evx_mention_is_personal(evx_mention_pick(&c->ma, &c->after, 1))) ||
        attributed_after(c)) {
        const evx_mention *x = evx_mention_pick(&c->ma, &c->after, 1);
        if (x) {
            c->lead = x;
            c->lead_v = &c->after;
        }
    }
    c->committee = evx_view_other_committee(&c->sent) ||
                   evx_view_other_committee(&c->after);
    if (c->lead && c->lead_v == &c->sent)
        c->n_group = evx_mention_group(&c->ms, &c->sent, c->lead, c->group,
                                       sizeof c->group / sizeof *c->group);
    if (!c->lead && former_or_latter(c))
        return EVX_OK;
    return c->lead ? EVX_OK : read_pronoun(c, sc, reg);
}

/* Is registered person p named anywhere in the sentence? */
int evx_clues_sentence_names(const evx_clues *c, size_t p,
                             const evx_registry *reg)
{
    const evx_mentions *lists[2] = {&c->ms, &c->ma};
    for (size_t l = 0; l < 2; l++)
        for (size_t k = 0; k < lists[l]->len; k++)
            if (lists[l]->items[k].kind == EVX_MENTION_PERSON &&
                strcmp(reg->people[lists[l]->items[k].person].name,
                       reg->people[p].name) == 0)
                return 1;
    return 0;
}

/* Does text hold name, as printed, as words of their own? */
static int text_has_name(const char *text, size_t len, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; n && i + n <= len; i++)
        if (memcmp(text + i, name, n) == 0 &&
            (i == 0 || !evx_ascii_alnum((unsigned char)text[i - 1])) &&
            (i + n == len || !evx_ascii_alnum((unsigned char)text[i + n])))
            return 1;
    return 0;
}

int evx_clues_sentence_names_printed(const evx_clues *c, const char *name)
{
    const evx_mentions *lists[2] = {&c->ms, &c->ma};
    const evx_view *views[2] = {&c->sent, &c->after};
    for (size_t l = 0; l < 2; l++) {
        for (size_t k = 0; k < lists[l]->len; k++)
            if (lists[l]->items[k].printed &&
                evx_name_same_surname(lists[l]->items[k].printed, name))
                return 1;
        if (views[l]->text && text_has_name(views[l]->text, views[l]->len, name))
            return 1;
    }
    return 0;
}

/* The one person the paragraph names before the sentence: the registered
 * person index in *person, or the outside evx_mention; 0 if none or several. */
int evx_clues_context_person(const evx_clues *c, const evx_registry *reg,
                             size_t *who, const evx_mention **outside)
{
    const char *name = NULL;
    *who = (size_t)-1;
    *outside = NULL;
    for (size_t k = 0; k < c->mp.len; k++) {
        const evx_mention *x = &c->mp.items[k];
        const char *n;
        if (x->kind == EVX_MENTION_PERSON)
            n = reg->people[x->person].name;
        else if (x->kind == EVX_MENTION_OUTSIDE)
            n = x->printed;
        else
            continue;
        if (name && strcmp(name, n) != 0)
            return 0;
        if (!name) {
            name = n;
            if (x->kind == EVX_MENTION_PERSON)
                *who = x->person;
            else
                *outside = x;
        }
    }
    return name != NULL;
}

/* A short outside form ("Sir Chris") completed from the paragraph ("Sir
 * Chris Wormald, Permanent Secretary ..."): the longer mention whose words
 * start or end with the short one's, or NULL. */
const evx_mention *evx_clues_complete_outside(const evx_clues *c,
                                              const evx_mention *x,
                                              const evx_view *xv)
{
    size_t xn = x->last - x->first + 1;
    for (size_t k = 0; k < c->mp.len; k++) {
        const evx_mention *y = &c->mp.items[k];
        size_t yn = y->last - y->first + 1, same = 0;
        if (y->kind != EVX_MENTION_OUTSIDE || yn <= xn)
            continue;
        for (size_t i = 0; i < xn; i++)
            if (strcmp(xv->w.items[x->first + i].term,
                       c->para.w.items[y->first + i].term) == 0)
                same++;
        if (same == xn)
            return y;
    }
    return NULL;
}

/* Phrases that stand for a speaker the report does not name. */
static const char *const UNNAMED[] = {
    "one participant", "a participant", "another participant",
    "participants", "one of the", "one witness", "a witness",
    "another witness", "some witnesses", "one attendee", "attendees",
    "it was acknowledged", "it was said", "it was suggested",
    "it was argued", "it was noted", "we heard", "we were told",
    "media coverage", "reports of"};

/* Where s holds the lower-case phrase w as whole words (ASCII case
 * folded), or (size_t)-1. */
static size_t find_phrase(const char *s, size_t len, const char *w)
{
    size_t wl = strlen(w);
    for (size_t i = 0; i + wl <= len; i++) {
        if (i > 0 && ((s[i - 1] | 32) >= 'a' && (s[i - 1] | 32) <= 'z'))
            continue;
        if (i + wl < len && ((s[i + wl] | 32) >= 'a' && (s[i + wl] | 32) <= 'z'))
            continue;
        size_t k = 0;
        while (k < wl && ((s[i + k] >= 'A' && s[i + k] <= 'Z') ? s[i + k] | 32
                                                                : s[i + k]) == w[k])
            k++;
        if (k == wl)
            return i;
    }
    return (size_t)-1;
}

/* Writes the phrase by which the sentence, or (if `before`) the one
 * before it, stands for a speaker it does not name ("one participant
 * mentioned ...", "one of the senior local leaders described ...") to
 * out; 0 if none. */
int evx_clues_unnamed_speaker(const evx_clues *c, int before, evx_buf *out)
{
    size_t ps = evx_scene_last_sentence(c->para.text, c->para.len);
    const evx_view *views[3] = {&c->sent, &c->after, &c->para};
    size_t from[3] = {0, 0, ps};
    for (size_t t = 0; t < (before ? 3u : 2u); t++) {
        const evx_view *v = views[t];
        for (size_t k = 0; k < sizeof UNNAMED / sizeof *UNNAMED; k++) {
            size_t at = find_phrase(v->text + from[t], v->len - from[t],
                                    UNNAMED[k]);
            if (at == (size_t)-1)
                continue;
            at += from[t];
            size_t end = at + strlen(UNNAMED[k]), taken = 0;
            /* "one of the" names its group in the words after it */
            size_t wl = strlen(UNNAMED[k]);
            int open_ended = wl > 4 && strcmp(UNNAMED[k] + wl - 4, " the") == 0;
            for (size_t i = 0; open_ended && i < v->w.len && taken < 4; i++) {
                const evx_aword *x = &v->w.items[i];
                if (x->start < end)
                    continue;
                if (x->cap || evx_aword_is_speech_verb(x->term))
                    break;
                end = x->end;
                taken++;
            }
            evx_buf_append(out, v->text + at, end - at);
            return 1;
        }
    }
    return 0;
}

/* The quotation of q's paragraph just before q, with where it starts in
 * the paragraph's text in *at ((size_t)-1 if not found); NULL if none. */
static const evx_unit *previous_quote(const evx_units *units,
                                      const evx_unit *q,
                                      const evx_unit *parent, size_t *at)
{
    const evx_unit *best = NULL;
    for (size_t i = 0; q->parent && i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u != q && u->type == EVX_UNIT_QUOTATION && u->parent &&
            strcmp(u->parent, q->parent) == 0 && u->number < q->number &&
            (!best || u->number > best->number))
            best = u;
    }
    *at = (size_t)-1;
    const char *ptext = parent && parent->text ? parent->text : NULL;
    if (!best || !ptext)
        return best;
    if (best->text && best->is_inline)
        *at = evx_scene_locate(ptext, best->text);
    else if (best->lead_in && *best->lead_in && strstr(ptext, best->lead_in))
        *at = (size_t)(strstr(ptext, best->lead_in) - ptext) +
              strlen(best->lead_in);
    return best;
}

/* A pronoun lead-in stands for the previous quotation's speaker when that
 * quotation comes after the last person or organisation named. */
void evx_clues_take_previous(evx_clues *c, const evx_units *units,
                             const evx_unit *q, const evx_unit *parent)
{
    size_t at;
    const evx_unit *pq = previous_quote(units, q, parent, &at);
    /* the last named: the lead, or two people "he" could stand for */
    int named = c->lead || c->rival[0];
    size_t named_end = c->lead ? c->lead_end : c->rival_end;
    /* "They argue:" stands for a body or several people, not for one
     * person named by title ("Professor Galloway") */
    int plural = c->pronoun && strcmp(c->pronoun, "they") == 0;
    if (pq && pq->speaker && !c->relative && strcmp(pq->speaker->kind, "unknown") != 0 &&
        !(plural && pq->speaker->name &&
          evx_name_opens_with_title(pq->speaker->name)) &&
        (!named || (at != (size_t)-1 && at >= named_end)))
        c->previous = pq->speaker;
}

/* Does a word before a verb of saying stand there without being a subject
 * of its own ("He also said", "As we were told", "It was put")?  Words
 * of English, past those evx_aword_before_verb knows. */
static int not_a_subject(const char *t)
{
    static const char *const words[] = {
        "he", "she", "they", "it", "we", "i", "you", "who", "which", "and",
        "but", "as", "so", "was", "were", "is", "are", "been", "being"};
    return evx_word_in(t, words, sizeof words / sizeof *words) ||
           evx_aword_before_verb(t);
}

/* Is every word of v's words [from, to) other than a determiner or one
 * that is no subject a word of role ("The Minister" of "Minister of State
 * for Health")? */
static int words_in_role(const evx_view *v, size_t from, size_t to,
                         const char *role)
{
    static const char *const det[] = {"the", "a", "an", "this", "that",
                                      "our", "its", "their", "his", "her"};
    size_t seen = 0;
    for (size_t k = from; k < to; k++) {
        const char *t = v->w.items[k].term;
        if (evx_word_in(t, det, sizeof det / sizeof *det) || not_a_subject(t))
            continue;
        size_t n = strlen(t);
        int found = 0;
        for (const char *r = role; !found && *r; r++)
            found = (r == role || !isalpha((unsigned char)r[-1])) &&
                    strncasecmp(r, t, n) == 0 &&
                    !isalpha((unsigned char)r[n]);
        if (!found)
            return 0;
        seen++;
    }
    return seen > 0;
}

/* The words that open v as a name does (two capitalised words or more,
 * "Oliver Heald MP"), a word in lower case after them: how many, or 0. */
static size_t named_opening(const evx_view *v)
{
    size_t k = 0;

    while (k < v->w.len && v->w.items[k].cap)
        k++;
    if (k < 2 || k >= v->w.len || v->w.items[k].quoted)
        return 0;
    return k;
}

/* Whether v's words [0, k) name, by surname, the one person the paragraph
 * names before (c's context person). */
static int names_context(const evx_clues *c, const evx_registry *reg,
                         const evx_view *v, size_t k)
{
    size_t p;
    const evx_mention *outside;
    const char *name;

    if (!evx_clues_context_person(c, reg, &p, &outside))
        return 0;
    name = p != (size_t)-1 ? reg->people[p].name : outside->printed;
    if (!name)
        return 0;
    char *subject = evx_strndup(v->text + v->w.items[0].start,
                                v->w.items[k - 1].end - v->w.items[0].start);
    int same = subject && evx_name_same_surname(subject, name);
    free(subject);
    return same;
}

int evx_clues_own_subject(const evx_clues *c, const evx_registry *reg,
                          evx_buf *out)
{
    const evx_view *v = &c->sent;
    size_t verb = 0, p;
    const evx_mention *outside;
    while (verb < v->w.len && !v->w.items[verb].quoted &&
           !evx_aword_is_speech_verb(v->w.items[verb].term))
        verb++;
    if (verb == v->w.len || v->w.items[verb].quoted) {
        /* no verb of saying, but a name opens the sentence ("Oliver Heald
         * MP thought that"): its own subject, unless it is the one the
         * paragraph named before */
        size_t k = named_opening(v);
        if (!k || names_context(c, reg, v, k))
            return 0;
        evx_buf_append(out, v->text + v->w.items[0].start,
                       v->w.items[k - 1].end - v->w.items[0].start);
        return 1;
    }
    size_t k = 0;
    while (k < verb && not_a_subject(v->w.items[k].term))
        k++;
    if (k == verb)
        return 0;
    /* "The Minister also said:" after the Minister was named: a post of
     * the one person the paragraph names is that person */
    if (evx_clues_context_person(c, reg, &p, &outside) && p != (size_t)-1 &&
        reg->people[p].role && words_in_role(v, 0, verb, reg->people[p].role))
        return 0;
    size_t a = v->w.items[0].start, b = v->w.items[verb - 1].end;
    evx_buf_append(out, v->text + a, b - a);
    return 1;
}
