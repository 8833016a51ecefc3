/*
 * attrib_given.c - a lead-in whose named person does not speak its words;
 * see attrib_given.h.  The word lists are English syntax, not any
 * report's words.
 */
#include "attrib_given.h"

#include <string.h>

#include "attrib_speaker.h"
#include "attrib_text.h"

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* What each rule says, for the evidence. */
static const char ASKS[] = "asks or tells the one it names these words";
static const char CITES[] = "has the one it names cite these words";
static const char THING[] = "gives these words to a thing it names";
static const char QUOTES[] = "has the one it names quote a document's words";
static const char ANSWERS[] = "has the one it names answer these words";
static const char CHAIRS[] = "gives these words to the Committee's Chair";
static const char MEMBERS[] = "gives these words to the Member who asks "
                              "them, not the witness";

/* Verbs whose object, or whose subject in the passive, receives words:
 * asking and telling. */
static int receiving_verb(const char *t)
{
    static const char *const verbs[] = {
        "asked", "ask", "asks", "asking", "questioned", "pressed",
        "challenged", "told", "warned", "reminded", "informed", "advised",
        "urged", "sent", "shown", "given", "invited", "put"};
    return evx_word_in(t, verbs, COUNT(verbs));
}

static int be_word(const char *t)
{
    static const char *const be[] = {"was", "were", "is", "are", "been",
                                     "being"};
    return evx_word_in(t, be, COUNT(be));
}

/* Does a word in [from, end) say someone speaks after all: a verb of
 * saying or answering whose subject is not a thing ("a letter which
 * stated"), or a clause with its own subject ("…, who replied", "he
 * said")?  object_clause: the words are an object's, so one it names in
 * a relative clause ("a patient who said") is that object speaking. */
static int speaks_later(const evx_view *v, size_t from, size_t end,
                        int object_clause)
{
    static const char *const subjects[] = {"who", "he", "she", "they"};
    static const char *const relative[] = {"which", "that", "who"};
    static const char *const answering[] = {
        "replied", "replying", "responded", "responding", "answered",
        "answering", "interjected", "warning", "adding", "noting",
        "stressing", "suggesting", "commenting", "concluding", "insisting",
        "observing"};
    for (size_t k = from; k < end; k++) {
        const char *t = v->w.items[k].term;
        if ((evx_word_in(t, subjects, COUNT(subjects)) && !object_clause) ||
            evx_word_in(t, answering, COUNT(answering)))
            return 1;
        /* "Secretary of State": a name's word, not a verb */
        if (!evx_aword_is_speech_verb(t) || receiving_verb(t) ||
            v->w.items[k].cap)
            continue;
        size_t j = k;
        while (j > from && evx_aword_before_verb(v->w.items[j - 1].term))
            j--;
        if (j > from && evx_view_word_is(v, j - 1, "having"))
            j--;
        if (j > from && evx_view_word_is(v, j - 1, "as"))
            continue; /* "quoted the Minister as saying": the object's */
        if (j == from || !evx_word_in(v->w.items[j - 1].term, relative,
                                      object_clause ? 3 : 2))
            return 1;
    }
    return 0;
}

/* Does m name a person before end, other than x, whom no word governs:
 * someone else the sentence makes its subject? */
static int other_subject(const evx_mentions *m, const evx_view *v,
                         const evx_mention *x, size_t end)
{
    for (size_t k = 0; k < m->len; k++) {
        const evx_mention *y = &m->items[k];
        if (y != x && evx_mention_is_personal(y) && y->last < end &&
            !evx_mention_governed(v, y) && !y->introduced)
            return 1;
    }
    return 0;
}

static int fill(evx_given *out, const evx_view *v, size_t a, size_t b,
                const evx_mention *speaker, const char *says)
{
    out->speaker = speaker;
    out->says = says;
    out->from = v->w.items[a].start;
    out->to = v->w.items[b].end;
    return 1;
}

/* The personal mention of m that starts at word i, or NULL. */
static const evx_mention *person_at(const evx_mentions *m, size_t i)
{
    for (size_t k = 0; k < m->len; k++)
        if (evx_mention_is_personal(&m->items[k]) && m->items[k].first == i)
            return &m->items[k];
    return NULL;
}

/* Does what follows a passive verb of asking at word i say what was
 * asked or by whom (nothing, "by", "whether", "about", "that" …) or name
 * someone's words ("was given an assurance:"), not what the person was
 * asked to do ("was asked to explain:", "was given the last word:", "was
 * invited to comment:", whose words are theirs)? */
static int asks_what(const evx_view *v, size_t i, size_t end)
{
    static const char *const next[] = {"by", "whether", "if", "that", "what",
                                       "why", "how", "when", "where", "about",
                                       "on", "in"};
    static const char *const det[] = {"a", "an", "the", "this", "these",
                                      "some", "further", "written", "formal",
                                      "clear", "firm"};
    /* "was given an assurance:", "was sent a letter:": someone's words */
    static const char *const words[] = {
        "assurance", "assurances", "warning", "warnings", "message",
        "answer", "reply", "response", "explanation", "undertaking",
        "commitment", "letter", "note", "briefing", "advice", "statement"};
    if (i >= end || evx_word_in(v->w.items[i].term, next, COUNT(next)))
        return 1;
    for (size_t k = i; k < end && k < i + 3; k++) {
        if (evx_word_in(v->w.items[k].term, words, COUNT(words)))
            return 1;
        if (!evx_word_in(v->w.items[k].term, det, COUNT(det)))
            return 0;
    }
    return 0;
}

/* "Mr Smith was asked:", "Mr Smith had been told by Dr Jones:": the
 * person asked or told, the speaker the one after "by" if named. */
static int passive(const evx_mentions *m, const evx_view *v, size_t end,
                   evx_given *out)
{
    for (size_t k = 0; k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        size_t i = x->last + 1;
        if (!evx_mention_is_personal(x) || x->last >= end)
            continue;
        while (i < end && evx_aword_before_verb(v->w.items[i].term))
            i++;
        if (i >= end || !be_word(v->w.items[i].term))
            continue;
        while (++i < end && evx_aword_before_verb(v->w.items[i].term))
            ;
        if (i >= end || !receiving_verb(v->w.items[i].term) ||
            !asks_what(v, i + 1, end) || speaks_later(v, i + 1, end, 0))
            continue;
        const evx_mention *agent = NULL;
        for (size_t j = i + 1; j + 1 < end && !agent; j++)
            if (evx_view_word_is(v, j, "by"))
                agent = person_at(m, j + 1);
        return fill(out, v, x->first, i, agent, ASKS);
    }
    return 0;
}

/* Is a personal mention of m before word i of v its subject: one no other
 * word governs? */
static int named_subject_before(const evx_mentions *m, const evx_view *v,
                                size_t i)
{
    for (size_t k = 0; k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        if (evx_mention_is_personal(x) && x->last < i &&
            !evx_mention_governed(v, x) && !x->introduced)
            return 1;
    }
    return 0;
}

/* "The Chair asked Mr Smith:", "We wrote to Mr Smith asking:", "The
 * question put to Mr Smith was:": the person is asked, by no one the
 * sentence names. */
static int asked(const evx_mentions *m, const evx_view *v, size_t end,
                 evx_given *out)
{
    static const char *const to_verbs[] = {"put", "question", "questions",
                                           "wrote", "write", "writing",
                                           "letter", "asked", "asking"};
    for (size_t k = 0; k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        if (!evx_mention_is_personal(x) || x->last >= end || x->first == 0 ||
            other_subject(m, v, x, end) ||
            speaks_later(v, x->last + 1, end, 0))
            continue;
        const char *before = v->w.items[x->first - 1].term;
        /* not "asked Mr Smith to explain:", "invited Mr Smith to reply:" */
        if (receiving_verb(before) && strcmp(before, "put") != 0 &&
            asks_what(v, x->last + 1, end))
            return fill(out, v, x->first - 1, x->last, NULL, ASKS);
        if (strcmp(before, "to") != 0)
            continue;
        for (size_t j = x->first - 1; j-- > 0 && j + 4 >= x->first;)
            if (evx_word_in(v->w.items[j].term, to_verbs, COUNT(to_verbs)))
                return fill(out, v, j, x->last, NULL, ASKS);
        if (x->last + 1 < end &&
            receiving_verb(v->w.items[x->last + 1].term))
            return fill(out, v, x->first - 1, x->last + 1, NULL, ASKS);
    }
    return 0;
}

/* The word after a verb of citing at i where its object starts ("cited
 * the report", "referred us to", "pointed to", "read out", "drew our
 * attention to"), or 0 if word i is no such verb. */
static size_t citing_object(const evx_view *v, size_t i, size_t end)
{
    static const char *const direct[] = {"cited", "cites", "citing",
                                         "quoted", "quotes", "quoting",
                                         "reproduced"};
    static const char *const to_verbs[] = {"referred", "refers", "referring",
                                           "pointed", "points", "pointing"};
    const char *t = v->w.items[i].term;
    size_t j = i + 1;
    if (evx_word_in(t, direct, COUNT(direct)))
        return evx_view_word_is(v, j, "from") ? j + 1 : j;
    if (evx_word_in(t, to_verbs, COUNT(to_verbs))) {
        if (evx_view_word_is(v, j, "us"))
            j++;
        return evx_view_word_is(v, j, "to") ? j + 1 : 0;
    }
    if (strcmp(t, "read") == 0 && j < end &&
        (evx_view_word_is(v, j, "out") || evx_view_word_is(v, j, "from") ||
         evx_view_word_is(v, j, "us")))
        return j + 1;
    if (strcmp(t, "drew") == 0)
        for (; j + 1 < end && j < i + 4; j++)
            if (evx_view_word_is(v, j, "attention") &&
                evx_view_word_is(v, j + 1, "to"))
                return j + 2;
    return 0;
}

/* "Mr Smith cited the NAO report:", "Mr Smith quoted Dr Jones:", "Mr
 * Smith pointed to the mandate:": the words are the object's, a person
 * named there the speaker (not one whose document it is: "cited Dr
 * Jones's report"). */
static int cites(const evx_mentions *m, const evx_view *v, size_t end,
                 evx_given *out)
{
    for (size_t i = 1; i < end; i++) {
        size_t o = citing_object(v, i, end);
        if (!o || o >= end || !named_subject_before(m, v, i) ||
            evx_view_word_is(v, end - 1, "as") ||
            evx_view_word_is(v, o, "as") || /* "was quoted as saying" */
            speaks_later(v, o, end, 1))
            continue;
        const evx_mention *y = NULL;
        for (size_t k = 0; k < m->len && !y; k++) {
            const evx_mention *x = &m->items[k];
            if (evx_mention_is_personal(x) && x->first >= o && x->last < end)
                y = x;
        }
        if (y && evx_mention_governed(v, y) == 2)
            y = NULL;
        return fill(out, v, i, end - 1, y, CITES);
    }
    return 0;
}

/* "A survey, which DCS Crampton cited, reported that “…”", "a paper by
 * Dr Roe, quoted by the ICO, concluded that", "a survey that Mr Smith
 * quoted found": the one named cites a document that speaks; its author,
 * named after "by" before the citing clause, is the speaker, else no one
 * named.  Words of English syntax. */
static int cited_by(const evx_mentions *m, const evx_view *v, size_t end,
                    evx_given *out)
{
    static const char *const citing[] = {"cited", "quoted", "cites", "quotes",
                                         "mentioned", "highlighted"};
    /* the sentence's first quotation only: a second has its own lead-in
     * after the first ("…, and she said this was “…”") */
    for (size_t i = 0; i < v->w.len; i++)
        if (v->w.items[i].quoted)
            return 0;
    for (size_t k = 0; k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        size_t a = x->first, b = x->last + 1;
        if (a > 0 && evx_view_word_is(v, a - 1, "the"))
            a--; /* "quoted by the ICO" */
        if (b >= end || a < 2)
            continue;
        int relative = (evx_view_word_is(v, a - 1, "which") ||
                        evx_view_word_is(v, a - 1, "that")) &&
                       evx_word_in(v->w.items[b].term, citing, COUNT(citing));
        int by = evx_view_word_is(v, a - 1, "by") &&
                 evx_word_in(v->w.items[a - 2].term, citing, COUNT(citing));
        if (!relative && !by)
            continue;
        size_t from = relative ? a - 1 : a - 2;
        /* a person the clause follows speaks ("Jane Smith, quoted by Alan
         * Jones, said"): only a thing is cited so */
        int person_before = 0;
        for (size_t j = 0; j < m->len; j++) {
            const evx_mention *y = &m->items[j];
            /* not the author of a thing ("a paper by Professor Roe,
             * quoted by Age UK") */
            int authored = y->first > 0 && evx_view_word_is(v, y->first - 1, "by");
            person_before |= evx_mention_is_personal(y) && !authored &&
                             y->last + 1 == from;
        }
        if (person_before)
            continue;
        /* the verb of saying comes after the citing clause, the citer no
         * subject of it */
        if (evx_view_last_verb(v, b + (relative ? 1 : 0), end) == (size_t)-1)
            continue;
        const evx_mention *author = NULL;
        for (size_t j = 0; j < m->len && !author; j++) {
            const evx_mention *y = &m->items[j];
            if (y != x && y->last < from && y->first > 0 &&
                evx_view_word_is(v, y->first - 1, "by"))
                author = y;
        }
        out->quoting = 1;
        return fill(out, v, from, b, author, QUOTES);
    }
    return 0;
}

/* "Mr Smith rejected the claim that it was “…”", "dismissed fears of
 * “…”", "responded to criticism that …": the words are the claim's, which
 * the one named answers. */
static int answers(const evx_mentions *m, const evx_view *v, size_t end,
                   evx_given *out)
{
    static const char *const verbs[] = {
        "rejected", "rejects", "disputed", "disputes", "dismissed",
        "dismisses", "refuted", "rebutted", "contested", "countered",
        "responded", "responds", "answered", "addressed"};
    static const char *const nouns[] = {
        "claim", "claims", "suggestion", "suggestions", "criticism",
        "criticisms", "fear", "fears", "accusation", "accusations",
        "allegation", "allegations", "charge", "charges", "concern",
        "concerns", "assertion", "assertions", "idea", "notion",
        "characterisation", "description", "label", "argument", "arguments"};
    static const char *const det[] = {"the", "a", "any", "this", "these",
                                      "such", "to"};
    for (size_t i = 1; i + 1 < end; i++) {
        if (!evx_word_in(v->w.items[i].term, verbs, COUNT(verbs)) ||
            !named_subject_before(m, v, i))
            continue;
        size_t j = i + 1;
        while (j < end && evx_word_in(v->w.items[j].term, det, COUNT(det)))
            j++;
        if (j >= end || !evx_word_in(v->w.items[j].term, nouns, COUNT(nouns)) ||
            speaks_later(v, j + 1, end, 1))
            continue;
        /* "the claim of Dr Jones that": hers (attrib_speaker.c) */
        for (size_t k = 0; k < m->len; k++)
            if (evx_mention_is_personal(&m->items[k]) && m->items[k].first > j &&
                m->items[k].last < end)
                return 0;
        return fill(out, v, i, j, NULL, ANSWERS);
    }
    return 0;
}

/* "Mr Smith referred to a letter from the trust, which said:": "which",
 * a thing, is the subject of the verb of saying; the speaker is the
 * organisation it stands for, or the one whose document it is ("Mr
 * Smith's letter, which stated": not given), else no one named. */
static int which_thing(const evx_mentions *m, const evx_view *v, size_t end,
                       evx_given *out)
{
    size_t verb = evx_view_last_verb(v, 0, end), k;
    if (verb == (size_t)-1)
        return 0;
    for (k = verb; k > 0 && evx_aword_before_verb(v->w.items[k - 1].term);)
        k--;
    if (k < 2 || !evx_view_word_is(v, k - 1, "which") ||
        !named_subject_before(m, v, k - 1))
        return 0;
    size_t a = k - 2;
    for (size_t j = 0; j < m->len; j++) {
        const evx_mention *x = &m->items[j];
        /* "which" never stands for a person: after "a letter from Mr
         * Smith" it is the letter */
        if (x->last == a)
            return fill(out, v, a, verb,
                        x->kind == EVX_MENTION_ORG ? x : NULL, THING);
        if (evx_mention_is_personal(x) && evx_mention_governed(v, x) == 2 &&
            x->last + 1 == a)
            return 0; /* "Mr Smith's letter, which stated": his words */
    }
    return fill(out, v, a, verb, NULL, THING);
}

/* Does a Member ask at word k ("MP") the words that end the lead-in
 * ("Sir John Roe MP put it to the Minister that", "Mrs Ruth Cadbury MP
 * asked the Minister whether")? */
static int member_asks(const evx_view *v, size_t k, size_t end)
{
    static const char *const asking[] = {"put", "asked", "pressed",
                                         "challenged", "suggested", "queried"};
    return evx_view_word_is(v, k, "mp") && evx_view_all_caps(v, k) &&
           !evx_view_comma_after(v, k) &&
           evx_word_in(v->w.items[k + 1].term, asking, COUNT(asking)) &&
           !(k + 2 < end && evx_view_word_is(v, k + 2, "us")) &&
           !speaks_later(v, k + 2, end, 1);
}

/* "The Chair put it to the Minister that councils were", "When our
 * Chair suggested that the formula was", "Responding to the Chair's
 * description of the scheme as", "agreed with the Chair's suggestion
 * that", "Asked by the Chair whether", and a Member's "Sir John Roe MP
 * put it to the Minister that": the words are the Chair's or the
 * Member's, who ask the witnesses, not theirs (unless someone speaks
 * after: "…, Mr Smith replied that"). */
static int chairs_words(const evx_view *v, size_t end, evx_given *out)
{
    static const char *const posts[] = {"chair", "chairman", "chairwoman"};
    static const char *const verbs[] = {
        "put", "puts", "asked", "asks", "suggested", "suggests", "said",
        "described", "called", "pressed", "challenged", "wondered",
        "queried", "proposed", "observed", "remarked", "characterised",
        "told", "tells", "reminded"};
    static const char *const nouns[] = {
        "description", "suggestion", "question", "questions", "words",
        "view", "characterisation", "claim", "phrase", "proposition",
        "premise", "assertion", "remark", "comment"};
    for (size_t k = 0; k + 1 < end; k++) {
        if (member_asks(v, k, end))
            return fill(out, v, k, k + 1, NULL, MEMBERS);
        if (!v->w.items[k].cap || !evx_word_in(v->w.items[k].term, posts, COUNT(posts)))
            continue;
        /* "the Chair", "our Chair", "the Committee's Chair"; not "Jane
         * Doe, Chair, said" nor "its Chair" (a witness's post) */
        if (k == 0 || !(evx_view_word_is(v, k - 1, "the") ||
                        evx_view_word_is(v, k - 1, "our") ||
                        (evx_view_word_is(v, k - 1, "committee") &&
                         evx_view_possessive(v, k - 1))) ||
            (k >= 2 && evx_view_comma_after(v, k - 2)))
            continue; /* nor "Sir Robert Neill, our Chair, said": his */
        /* "Asked by the Chair whether the formula was “…”" */
        if (k >= 2 && evx_view_word_is(v, k - 2, "by") &&
            (evx_view_word_is(v, k + 1, "whether") || evx_view_word_is(v, k + 1, "if")))
            return fill(out, v, k, k + 1, NULL, CHAIRS);
        size_t j = k + 1;
        /* "Our Chair, Sir Robert Neill, said": past the name set off */
        if (evx_view_comma_after(v, k))
            while (j < end && !evx_view_comma_after(v, j) && j < k + 7)
                j++;
        if (j > k + 1 && j < end)
            j++;
        while (j < end && evx_aword_before_verb(v->w.items[j].term))
            j++;
        int says = j < end && evx_word_in(v->w.items[j].term, verbs, COUNT(verbs)) &&
                   !evx_view_possessive(v, k);
        int owns = evx_view_possessive(v, k) &&
                   evx_word_in(v->w.items[k + 1].term, nouns, COUNT(nouns));
        if ((says || owns) && j < end && !speaks_later(v, j + 1, end, 1))
            return fill(out, v, k, owns ? k + 1 : j, NULL, CHAIRS);
    }
    return 0;
}

int evx_lead_given(const evx_mentions *m, const evx_view *v, evx_given *out)
{
    memset(out, 0, sizeof *out);
    if (!m || !v)
        return 0;
    size_t end = evx_view_lead_end(v);
    return passive(m, v, end, out) || asked(m, v, end, out) ||
           cites(m, v, end, out) || cited_by(m, v, end, out) ||
           answers(m, v, end, out) ||
           which_thing(m, v, end, out) || chairs_words(v, end, out);
}
