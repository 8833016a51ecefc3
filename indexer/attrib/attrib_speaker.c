/*
 * attrib_speaker.c - which of the names a sentence gives is speaking; see
 * attrib_speaker.h.
 */
#include "attrib_speaker.h"

#include <string.h>

/* Is there a verb of saying after word i of v? */
static int has_verb_after(const evx_view *v, size_t i)
{
    for (size_t k = i + 1; k < v->w.len; k++)
        if (evx_aword_is_speech_verb(v->w.items[k].term))
            return 1;
    return 0;
}

/* Do personal mentions a and b name the same person? */
int evx_mention_same(const evx_mention *a, const evx_mention *b)
{
    if (a->kind != b->kind)
        return 0;
    if (a->kind == EVX_MENTION_PERSON)
        return a->person == b->person;
    return a->printed && b->printed && strcmp(a->printed, b->printed) == 0;
}

int evx_mention_governed(const evx_view *v, const evx_mention *x)
{
    static const char *const govern[] = {
        "to", "with", "about", "from", "of", "against", "than", "like",
        "unlike", "asked", "quoted", "questioned", "challenged", "for",
        "on", "answering", "citing", "by", "after", "before", "following",
        "behind", "alongside", "among", "beside", "besides", "between",
        "including", "towards", "toward", "despite", "via", "echoing",
        "supporting", "contradicting", "addressing", "joining", "thanking",
        "interrupting", "praising", "criticising"};
    if (evx_view_possessive(v, x->last))
        return 2;
    return x->first > 0 &&
           evx_word_in(v->w.items[x->first - 1].term, govern,
                       sizeof govern / sizeof govern[0]);
}

int evx_mention_named_by_verb(const evx_view *v, const evx_mention *x)
{
    static const char *const verbs[] = {
        "described", "describing", "called", "calling", "characterised",
        "characterising", "labelled", "dubbed", "termed"};
    size_t end = evx_view_lead_end(v);
    if (x->first == 0 || x->last >= end ||
        !evx_word_in(v->w.items[x->first - 1].term, verbs,
                     sizeof verbs / sizeof *verbs))
        return 0;
    for (size_t k = x->last + 1; k < end; k++)
        if (evx_aword_is_speech_verb(v->w.items[k].term))
            return 0;
    return 1;
}

/* Does mention x own the words a noun of saying names ("Dr Jones’s claim
 * that", "Mr Hopson’s description of", "the view of Dr Jones")?  Nouns of
 * English. */
static int owns_words(const evx_view *v, const evx_mention *x)
{
    static const char *const nouns[] = {
        "claim", "claims", "view", "views", "words", "argument", "assertion",
        "suggestion", "description", "comment", "comments", "remark",
        "remarks", "statement", "warning", "phrase", "verdict", "conclusion",
        "characterisation", "belief", "contention"};
    size_t w = x->last + 1, n = sizeof nouns / sizeof *nouns;
    if (evx_mention_governed(v, x) == 2)
        return w < v->w.len && evx_word_in(v->w.items[w].term, nouns, n);
    /* "the claim of Dr Jones that" */
    return x->first >= 2 && evx_view_word_is(v, x->first - 1, "of") &&
           evx_word_in(v->w.items[x->first - 2].term, nouns, n);
}

/* Of a lead-in that names two people or more, the one speaking: the one a
 * relative clause opens on ("Dr Jones quoted Mr Smith, who had written:"),
 * else the nearest before the last verb of saying that no other word
 * governs ("In response to Mr Smith, Dr Jones said:"), else one whose
 * words the sentence names ("rejected Dr Jones’s claim that"), else the
 * first no other word governs ("Unlike Dr Jones, Mr Smith thought").
 * Words before the sentence's first quotation, or for its second the
 * clause after the one before if it names someone.  NULL when the lead-in
 * names one person before its first quotation (then the introduced or
 * first named is taken). */
static const evx_mention *speaking_subject(const evx_mentions *m,
                                           const evx_view *v)
{
    const evx_mention *first = NULL, *rel = NULL, *best = NULL;
    int several = 0;
    size_t from = 0, end = evx_view_lead_end(v), verb, last_quoted = (size_t)-1;
    for (size_t i = end; i < v->w.len; i++)
        if (v->w.items[i].quoted)
            last_quoted = i;
    /* a second quotation of the sentence ("…”, while Mr Stevens called
     * it “…"): the clause after the quotation before it, if it names
     * someone */
    for (size_t k = 0; last_quoted != (size_t)-1 && k < m->len; k++)
        if (evx_mention_is_personal(&m->items[k]) &&
            m->items[k].first > last_quoted) {
            from = last_quoted + 1;
            end = v->w.len;
            break;
        }
    for (size_t k = 0; k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        if (!evx_mention_is_personal(x) || x->first < from || x->last >= end)
            continue;
        several |= first && !evx_mention_same(first, x);
        first = first ? first : x;
        size_t w = x->last + 1;
        if (w < end && evx_view_word_is(v, w, "who") &&
            evx_view_comma_after(v, x->last))
            rel = x;
        else if (rel && x->first > rel->last)
            rel = NULL; /* someone named inside the clause: not its head */
    }
    if (!several)
        return from ? first : NULL;
    if (rel)
        return rel;
    verb = evx_view_last_verb(v, from, end);
    /* "Ms Howell wrote to Mr Varma, and he replied that": the verb's
     * subject is a pronoun, the one named last whose title agrees */
    size_t sj = verb;
    while (sj != (size_t)-1 && sj > from && evx_aword_before_verb(v->w.items[sj - 1].term))
        sj--;
    if (sj != (size_t)-1 && sj > from &&
        (evx_view_word_is(v, sj - 1, "he") || evx_view_word_is(v, sj - 1, "she"))) {
        const char *pn = v->w.items[sj - 1].term;
        for (size_t k = m->len; k-- > 0;) {
            const evx_mention *x = &m->items[k];
            if (evx_mention_is_personal(x) && x->first >= from && x->last < sj - 1 &&
                evx_mention_agrees(v, x, pn))
                return x;
        }
    }
    for (size_t k = 0; verb != (size_t)-1 && k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        if (evx_mention_is_personal(x) && x->first >= from && x->last < verb &&
            !evx_mention_governed(v, x))
            best = x;
    }
    /* "Mr Smith and Dr Jones told us:" speak together: the first of them,
     * as a lead-in naming one subject gives */
    for (size_t k = m->len; best && k-- > 0;) {
        const evx_mention *x = &m->items[k];
        if (evx_mention_is_personal(x) && x->last + 2 == best->first &&
            evx_view_word_is(v, x->last + 1, "and") && !evx_mention_governed(v, x))
            best = x;
    }
    for (size_t k = 0; !best && k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        if (evx_mention_is_personal(x) && x->first >= from && x->last < end &&
            owns_words(v, x))
            best = x;
    }
    for (size_t k = 0; !best && k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        if (evx_mention_is_personal(x) && x->first >= from && x->last < end &&
            !evx_mention_governed(v, x))
            best = x;
    }
    return best;
}

static int agent_of_aside(const evx_view *v, const evx_mention *x);

int evx_mention_is_object(const evx_view *v, const evx_mention *x)
{
    size_t w = x->last + 1;
    /* the agent of an aside on the subject ("The survey led by Professor
     * Stone found") is not the speaker the sentence names, but a footnote
     * to his oral evidence is his words */
    return evx_mention_governed(v, x) == 1 && !x->introduced &&
           !(w + 1 < v->w.len && evx_view_word_is(v, w, "to") &&
             evx_aword_is_speech_verb(v->w.items[w + 1].term)) &&
           !agent_of_aside(v, x);
}

static size_t with_honours(const evx_view *v, size_t last, size_t limit);

/* Is x, with no commas, the agent of a participle that leads, not
 * writes, the subject, whose verb of saying follows x ("The review led
 * by Professor Roe found", "A petition started by Jane Doe called for";
 * not "Evidence given by Jane Doe said", "The study was led by Dr Roe,
 * who found")?  The subject speaks.  e is x's last word. */
static int led_not_said(const evx_view *v, const evx_mention *x, size_t e)
{
    static const char *const leading[] = {
        "led", "chaired", "headed", "commissioned", "funded", "started",
        "launched", "signed", "sponsored", "organised", "founded",
        "established", "backed", "run", "initiated", "convened"};
    static const char *const auxiliary[] = {
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had"};
    const evx_aword *noun = &v->w.items[x->first - 3];
    return evx_word_in(v->w.items[x->first - 2].term, leading,
                       sizeof leading / sizeof *leading) &&
           !evx_view_comma_after(v, x->first - 3) && !noun->cap && !noun->quoted &&
           !evx_word_in(noun->term, auxiliary, sizeof auxiliary / sizeof *auxiliary) &&
           !evx_view_comma_after(v, e) && e + 1 < v->w.len &&
           evx_aword_is_speech_verb(v->w.items[e + 1].term);
}

/* Is x the agent of an aside set off by commas after the subject ("The
 * e-petition, started by Jane Doe, called for", "The review, led by
 * Professor Roe, found"): a participle or two after the comma, then
 * "by" and x, then a comma?  Or of a leading participle with no commas
 * (led_not_said)?  The subject, before the aside, speaks. */
static int agent_of_aside(const evx_view *v, const evx_mention *x)
{
    size_t e = with_honours(v, x->last, v->w.len);
    if (x->first < 3 || !evx_view_word_is(v, x->first - 1, "by"))
        return 0;
    if (led_not_said(v, x, e))
        return 1;
    /* the aside may go on: "…, started by Jane Ash and signed by 120,000
     * people, said" */
    if (!evx_view_comma_after(v, e) && e + 1 < v->w.len &&
        evx_view_word_is(v, e + 1, "and")) {
        size_t k = e + 2;
        while (k < v->w.len && k < e + 8 && !v->w.items[k].cap &&
               !v->w.items[k].quoted && !evx_aword_is_speech_verb(v->w.items[k].term) &&
               !evx_view_comma_after(v, k))
            k++;
        e = k < v->w.len && !v->w.items[k].cap && !v->w.items[k].quoted ? k : e;
    }
    if (!evx_view_comma_after(v, e))
        return 0;
    for (size_t k = x->first - 2, n = 0; k > 0 && n < 2; k--, n++) {
        if (v->w.items[k].cap || v->w.items[k].quoted)
            return 0;
        if (evx_view_comma_after(v, k - 1))
            return 1;
    }
    return 0;
}

/* Is every person a lead-in names before its quotation another word's
 * object ("In a letter to Chris Hopson, the Secretary of State wrote:",
 * "Mr Hopson's predecessor told us:"), with a verb of saying after them
 * whose subject is someone else, or the agent of an aside on the subject
 * (agent_of_aside)?  Not one introduced ("according to"), nor one whose
 * words the sentence names. */
static int persons_all_governed(const evx_mentions *m, const evx_view *v)
{
    size_t end = evx_view_lead_end(v), last = 0, any = 0, asides = 0;
    for (size_t k = 0; k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        if (!evx_mention_is_personal(x) || x->last >= end)
            continue;
        if (agent_of_aside(v, x)) {
            asides++;
            continue;
        }
        if (!evx_mention_governed(v, x) || x->introduced || owns_words(v, x))
            return 0;
        /* "asked Mr Smith to explain:": he does the explaining */
        if (x->last + 1 < end && evx_view_word_is(v, x->last + 1, "to") &&
            x->last + 2 < end && evx_aword_is_speech_verb(v->w.items[x->last + 2].term))
            return 0;
        any = 1;
        last = x->last;
    }
    for (size_t i = last + 1; any && i < end; i++)
        if (evx_aword_is_speech_verb(v->w.items[i].term))
            return 1;
    return !any && asides;
}

/* Does mention x, read as a body's name, open with a post ("The Minister
 * for Disabled People, Health and Work, the Rt Hon Justin Thorncliffe MP,
 * told us"): a post, whose holder the aside names? */
static int heads_with_post(const evx_view *v, const evx_mention *x)
{
    size_t k = x->first;
    if (k < x->last && evx_view_word_is(v, k, "the"))
        k++;
    return evx_aword_is_post(v->w.items[k].term);
}

/* An organisation that opens the lead-in as the subject of its verb of
 * saying, with the people it names set off between commas after it ("NHS
 * Providers, whose chief executive is Chris Hopson, told us:", "The
 * Association, led by Mark Smith, argued:"; find_orgs): the organisation
 * speaks, not a person of its aside.  NULL when the lead-in is not so
 * built. */
static const evx_mention *org_with_aside(const evx_mentions *m,
                                         const evx_view *v)
{
    size_t verb = evx_view_last_verb(v, 0, evx_view_lead_end(v));
    const evx_mention *org = NULL;
    int persons = 0;
    for (size_t k = 0; verb != (size_t)-1 && k < m->len; k++)
        if (m->items[k].kind == EVX_MENTION_ORG && m->items[k].first == 0 &&
            m->items[k].last + 2 < verb && !heads_with_post(v, &m->items[k]))
            org = &m->items[k];
    for (size_t k = 0; org && k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        if (!evx_mention_is_personal(x) || x->first >= verb)
            continue;
        /* "In South West England, Dr Jane Porter, a biologist, warned:":
         * a person right after the comma is the subject */
        if (x->first <= org->last + 1)
            return NULL;
        persons = 1;
    }
    return persons ? org : NULL;
}

/* Does the verb of saying at word k of v have its own words after it
 * ("pointed out that", "told us that", "told the Committee:"; not "told
 * us, adding that")?  Words of English syntax. */
static int verb_has_words(const evx_view *v, size_t k)
{
    static const char *const between[] = {"out", "us", "to", "the",
                                          "committee", "him", "her", "them"};
    for (size_t j = k; j < v->w.len; j++) {
        size_t to = j + 1 < v->w.len ? v->w.items[j + 1].start : v->len;
        if (j > k && evx_view_word_is(v, j, "that"))
            return 1;
        if (memchr(v->text + v->w.items[j].end, ':', to - v->w.items[j].end))
            return 1;
        if (evx_view_comma_after(v, j) || j + 1 >= v->w.len)
            return 0;
        if (!evx_view_word_is(v, j + 1, "that") &&
            !evx_word_in(v->w.items[j + 1].term, between,
                         sizeof between / sizeof *between))
            return 0;
    }
    return 0;
}

/* After a quotation, does mention x open a clause of its own, so that it
 * speaks other words than the quotation's ("…” and British Airways
 * pointed out that …", "…”, while Mr Smith said:")?  A word joining a
 * new clause stands before it, another quotation stands between, or its
 * verb of saying has its own words after it.  Words of English syntax. */
static int says_own_words(const evx_view *v, const evx_mention *x)
{
    static const char *const joins[] = {"and", "but", "while", "whilst",
                                        "whereas", "although", "though",
                                        "yet", "whereupon"};
    /* a quotation between ours and it is the one it speaks ("…,” said Mr
     * Smith; “…,” replied Dr Jones") */
    for (size_t i = 0; i < x->first; i++)
        if (v->w.items[i].quoted ||
            evx_word_in(v->w.items[i].term, joins, sizeof joins / sizeof *joins))
            return 1;
    for (size_t k = x->last + 1; k < v->w.len; k++)
        if (evx_aword_is_speech_verb(v->w.items[k].term))
            return verb_has_words(v, k);
    return 0;
}

/* The last word of the name that ends at word last, with the honours
 * printed after it ("Jane Doe OBE", "Dr John Roe FRS"), before word
 * limit. */
static size_t with_honours(const evx_view *v, size_t last, size_t limit)
{
    while (last + 1 < limit && evx_view_all_caps(v, last + 1) &&
           evx_view_adjacent(v, last, last + 1))
        last++;
    return last;
}

/* Is x named to be compared with the speaker ("Unlike Jane Doe, …",
 * "Like Dr Jones, …", "In contrast to Jane Doe, …"): never the
 * speaker? */
static int compared(const evx_view *v, const evx_mention *x)
{
    static const char *const words[] = {"unlike", "like"};
    size_t e = with_honours(v, x->last, v->w.len); /* "Unlike Jane Doe OBE," */
    int by = x->first > 0 &&
             (evx_word_in(v->w.items[x->first - 1].term, words, 2) ||
              (x->first > 1 && evx_view_word_is(v, x->first - 1, "to") &&
               (evx_view_word_is(v, x->first - 2, "contrast") ||
                evx_view_word_is(v, x->first - 2, "contrary"))));
    return by && evx_view_comma_after(v, e);
}

/* The last quoted word of the view: the sentence's quotation before the
 * one it leads in to; (size_t)-1 if none. */
static size_t last_quoted_word(const evx_view *v)
{
    size_t last = (size_t)-1;
    for (size_t i = evx_view_lead_end(v); i < v->w.len; i++)
        if (v->w.items[i].quoted)
            last = i;
    return last;
}

/* After the sentence's quotation before this one (its last word at lq),
 * does a clause of its own open ("; the Commissioner called it", "while
 * the Department said") on a post's or a body's words after "the", a verb
 * of saying after them?  Where it starts in v's text, else (size_t)-1.
 * Words of English syntax. */
static size_t clause_on_a_post(const evx_view *v, size_t lq)
{
    static const char *const joins[] = {"and", "but", "while", "whilst",
                                        "whereas", "yet"};
    size_t k = lq + 1;
    int joined = 0;
    while (k < v->w.len && evx_word_in(v->w.items[k].term, joins,
                                       sizeof joins / sizeof *joins)) {
        k++;
        joined = 1;
    }
    if (k + 1 >= v->w.len || !evx_view_word_is(v, k, "the") ||
        !v->w.items[k + 1].cap || v->w.items[k + 1].title)
        return (size_t)-1;
    /* a ';' between the quotation and the clause, or a joining word */
    const char *semi = memchr(v->text + v->w.items[lq].end, ';',
                              v->w.items[k].start - v->w.items[lq].end);
    if (!joined && !semi)
        return (size_t)-1;
    /* the verb the subject's own: no aside between them ("the
     * Secretary of State, she said, had been"), no pronoun its subject */
    static const char *const pronouns[] = {"he", "she", "they", "we", "i", "it"};
    for (size_t j = k + 1; j < v->w.len && j < k + 8; j++) {
        if (v->w.items[j].quoted || evx_view_comma_after(v, j - 1) ||
            evx_word_in(v->w.items[j].term, pronouns,
                        sizeof pronouns / sizeof *pronouns))
            return (size_t)-1;
        /* a capitalised word is the subject's ("Secretary of State") */
        if (j > k + 1 && !v->w.items[j].cap &&
            evx_aword_is_speech_verb(v->w.items[j].term))
            return v->w.items[k].start;
    }
    return (size_t)-1;
}

size_t evx_own_clause(const evx_view *v)
{
    size_t lq = last_quoted_word(v);
    return lq == (size_t)-1 ? (size_t)-1 : clause_on_a_post(v, lq);
}

/* Does the sentence give the quotation as x's words just before it ("in
 * Ms Urwin’s words, “…”", "in the words of Dr Roe, “…”", "to use Mr
 * Smith’s phrase, “…”")?  Then x speaks, whoever the sentence's subject
 * is.  Words of English. */
static int words_given_as(const evx_view *v, const evx_mention *x)
{
    static const char *const nouns[] = {"words", "phrase", "word", "term"};
    size_t end = evx_view_lead_end(v), a = x->first, b = x->last + 1;
    if (!evx_mention_is_personal(x) || b > end || end - b > 3)
        return 0;
    /* "in X's words", "to use X's phrase" */
    if (a > 0 && b < end &&
        (evx_view_word_is(v, a - 1, "in") || evx_view_word_is(v, a - 1, "use")) &&
        evx_word_in(v->w.items[b].term, nouns, sizeof nouns / sizeof *nouns))
        return 1;
    /* "in the words of X" */
    return a >= 4 && evx_view_word_is(v, a - 4, "in") &&
           evx_view_word_is(v, a - 3, "the") &&
           evx_word_in(v->w.items[a - 2].term, nouns, sizeof nouns / sizeof *nouns) &&
           evx_view_word_is(v, a - 1, "of");
}

/* The speaker a sentence names: an organisation that opens it with the
 * people named in an aside (org_with_aside); of several people before
 * the quotation, the one speaking (speaking_subject); else an introduced
 * person, else the first person, else an organisation speaking.
 * after_quote: the words follow the quotation, so a name there counts
 * only if introduced or the subject of a later verb of saying, and not
 * in a clause of its own (says_own_words).  NULL if none. */
const evx_mention *evx_mention_pick(const evx_mentions *m, const evx_view *v,
                           int after_quote)
{
    for (size_t k = 0; !after_quote && k < m->len; k++)
        if (words_given_as(v, &m->items[k]))
            return &m->items[k];

    const evx_mention *best = after_quote ? NULL : org_with_aside(m, v);
    if (!best && !after_quote)
        best = speaking_subject(m, v);
    /* the people named are objects: the speaker is no one of them */
    int objects = !after_quote && !best && persons_all_governed(m, v);
    for (size_t k = 0; k < m->len && !best && !objects; k++) {
        const evx_mention *x = &m->items[k];
        if (after_quote && says_own_words(v, x))
            continue;
        if (evx_mention_is_personal(x) && x->introduced)
            best = x;
    }
    /* "According to the NAO, Mr Smith’s department had “…”": a person
     * another word governs is not the speaker over a body introduced */
    const evx_mention *org = NULL;
    for (size_t k = 0; k < m->len && !org; k++)
        if (m->items[k].kind == EVX_MENTION_ORG && m->items[k].introduced &&
            !after_quote)
            org = &m->items[k];
    for (size_t k = 0; k < m->len && !best && !objects; k++) {
        const evx_mention *x = &m->items[k];
        if (after_quote && (!has_verb_after(v, x->last) || says_own_words(v, x)))
            continue;
        if (org && evx_mention_governed(v, x) && !owns_words(v, x))
            continue;
        if (compared(v, x))
            continue; /* "Unlike Jane Doe, other witnesses thought" */
        if (evx_mention_is_personal(x))
            best = x;
    }
    for (size_t k = 0; k < m->len && !best; k++) {
        const evx_mention *x = &m->items[k];
        if (x->kind == EVX_MENTION_ORG &&
            (!after_quote || (x->introduced && !says_own_words(v, x))))
            best = x;
    }
    return org && best && best->kind == EVX_MENTION_ORG ? org : best;
}

/* Are personal mentions a and b (b after a) named together: nothing
 * between them but a comma, "and" or ", and", or a relative clause on a
 * set off by commas ("Professor Jones, who chaired the review, and Mr
 * Smith")? */
static int coordinated(const evx_view *v, const evx_mention *a,
                       const evx_mention *b)
{
    size_t e = with_honours(v, a->last, b->first); /* "Jane Doe OBE and …" */
    if (b->first == e + 1)
        return evx_view_comma_after(v, e);
    if (b->first == e + 2)
        return evx_view_word_is(v, e + 1, "and");
    /* "Jane Doe, of the Example Trust, and Professor Roe": an aside of
     * "of" or "from" and a body's capitalised name between commas */
    if (b->first > e + 3 && evx_view_comma_after(v, e) &&
        (evx_view_word_is(v, e + 1, "of") || evx_view_word_is(v, e + 1, "from")) &&
        evx_view_word_is(v, b->first - 1, "and") &&
        evx_view_comma_after(v, b->first - 2)) {
        for (size_t k = e + 2; k + 1 < b->first; k++)
            if ((k + 2 < b->first && evx_view_comma_after(v, k)) ||
                (!v->w.items[k].cap && !evx_view_word_is(v, k, "the") &&
                 !evx_view_word_is(v, k, "of") && !evx_view_word_is(v, k, "for") &&
                 !evx_view_word_is(v, k, "and")))
                return 0;
        return 1;
    }
    if (b->first < e + 4 || !evx_view_comma_after(v, e) ||
        !evx_view_word_is(v, e + 1, "who") ||
        !evx_view_word_is(v, b->first - 1, "and") ||
        !evx_view_comma_after(v, b->first - 2))
        return 0;
    for (size_t k = e + 2; k + 1 < b->first; k++)
        if (evx_aword_is_speech_verb(v->w.items[k].term) ||
            (k + 2 < b->first && evx_view_comma_after(v, k)))
            return 0;
    return 1;
}

/* The personal mention of m named together with x, after it (after) or
 * before it; NULL if none. */
static const evx_mention *beside(const evx_mentions *m, const evx_view *v,
                                 const evx_mention *x, int after)
{
    for (size_t k = 0; k < m->len; k++) {
        const evx_mention *y = &m->items[k];
        if (y != x && evx_mention_is_personal(y) &&
            (after ? coordinated(v, x, y) : coordinated(v, y, x)))
            return y;
    }
    return NULL;
}

/* Is the group ending with mention last the subject of a verb of saying:
 * one follows it, past the words that may stand between ("both", "also")
 * or an aside between commas that names no one? */
static int group_speaks(const evx_mentions *m, const evx_view *v,
                        const evx_mention *last)
{
    /* "… and Jane Doe OBE both told us" */
    size_t e = with_honours(v, last->last, v->w.len), i = e + 1;
    while (i < v->w.len && !v->w.items[i].quoted &&
           evx_aword_before_verb(v->w.items[i].term))
        i++;
    if (i < v->w.len && !v->w.items[i].quoted &&
        evx_aword_is_speech_verb(v->w.items[i].term))
        return 1;
    if (i >= v->w.len || !evx_view_comma_after(v, e))
        return 0;
    for (; i < v->w.len && !v->w.items[i].quoted; i++) {
        for (size_t k = 0; k < m->len; k++)
            if (evx_mention_is_personal(&m->items[k]) && m->items[k].first == i)
                return 0;
        if (evx_aword_is_speech_verb(v->w.items[i].term)) {
            /* "…, of University College Cork, both told us" */
            size_t j = i;
            while (j > e + 1 && evx_aword_before_verb(v->w.items[j - 1].term))
                j--;
            return j > 0 && evx_view_comma_after(v, j - 1);
        }
    }
    return 0;
}

size_t evx_mention_group(const evx_mentions *m, const evx_view *v,
                         const evx_mention *x, const evx_mention **out,
                         size_t max)
{
    const evx_mention *first = x, *p;
    size_t n = 0, guard = 0;
    int joined = 0;
    if (!x || !evx_mention_is_personal(x) || max == 0)
        return 0;
    while ((p = beside(m, v, first, 0)) && guard++ < m->len)
        first = p;
    for (p = first; p && n < max; p = beside(m, v, p, 1)) {
        for (size_t k = 0; k < n; k++)
            if (evx_mention_same(out[k], p))
                return 0;
        if (n > 0)
            joined |= out[n - 1]->last + 1 < p->first; /* an "and" */
        out[n++] = p;
    }
    if (n < 2 || p || !joined || evx_mention_governed(v, first) ||
        !group_speaks(m, v, out[n - 1]))
        return 0;
    return n;
}

/* True if the sentence says the words were given to another committee
 * ("told the Committee of Public Accounts", "before the Liaison
 * Committee"). */
int evx_view_other_committee(const evx_view *v)
{
    for (size_t i = 0; i < v->w.len; i++) {
        if (!evx_view_word_is(v, i, "committee") || !v->w.items[i].cap)
            continue;
        if (i + 2 < v->w.len && evx_view_word_is(v, i + 1, "of") &&
            v->w.items[i + 2].cap)
            return 1;
        if (i > 0 && v->w.items[i - 1].cap &&
            !evx_view_word_is(v, i - 1, "our") && !evx_view_word_is(v, i - 1, "this"))
            return 1;
    }
    return 0;
}

/* ---- pronouns and their antecedents ---- */

evx_pronoun evx_view_pronoun(const evx_view *v, size_t *at)
{
    static const char *const person[] = {"he", "she", "who"};
    static const char *const any[] = {"they", "which"};
    for (size_t i = 1; i < v->w.len; i++) {
        if (!evx_aword_is_speech_verb(v->w.items[i].term) ||
            v->w.items[i].quoted)
            continue;
        size_t k = i;
        while (k > 0 && i - k < 4) {
            const evx_aword *w = &v->w.items[k - 1];
            *at = k - 1;
            if (w->quoted)
                break;
            if (evx_word_in(w->term, person, 3))
                return EVX_PRONOUN_PERSON;
            if (strcmp(w->term, "it") == 0)
                return EVX_PRONOUN_ORG;
            if (evx_word_in(w->term, any, 2))
                return EVX_PRONOUN_ANY;
            if (!evx_aword_before_verb(w->term))
                break;
            k--;
        }
    }
    return EVX_PRONOUN_NONE;
}

static int stands_for(const evx_mention *x, evx_pronoun p)
{
    if (p == EVX_PRONOUN_PERSON)
        return evx_mention_is_personal(x);
    if (p == EVX_PRONOUN_ORG)
        return x->kind == EVX_MENTION_ORG;
    return p == EVX_PRONOUN_ANY;
}

/* The gender a personal mention's title gives ('m', 'f'), or 0. */
static char title_gender(const evx_view *v, const evx_mention *x)
{
    return evx_title_gender(v->w.items[x->first].term);
}

int evx_mention_agrees(const evx_view *v, const evx_mention *x,
                       const char *pronoun)
{
    char g = title_gender(v, x);
    if (!g || !pronoun)
        return 1;
    return strcmp(pronoun, "he") == 0 ? g == 'm'
           : strcmp(pronoun, "she") == 0 ? g == 'f'
                                         : 1;
}

/* The first word of the sentence of v that word i stands in. */
static size_t sentence_start(const evx_view *v, size_t i)
{
    while (i > 0) {
        const evx_aword *p = &v->w.items[i - 1], *w = &v->w.items[i];
        for (size_t b = p->end; b < w->start; b++)
            if (strchr(".?!", v->text[b]) && w->cap)
                return i;
        i--;
    }
    return 0;
}

const evx_mention *evx_mention_rival(const evx_mentions *m,
                                     const evx_view *v, const evx_mention *x,
                                     const char *pronoun, size_t before)
{
    if (!pronoun || (strcmp(pronoun, "he") != 0 && strcmp(pronoun, "she") != 0))
        return NULL;
    size_t from = sentence_start(v, x->first);
    for (size_t k = 0; k < m->len; k++) {
        const evx_mention *y = &m->items[k];
        if (evx_mention_is_personal(y) && y->last < before &&
            !evx_mention_same(x, y) && evx_mention_agrees(v, y, pronoun) &&
            /* before x's sentence, one whose title says the pronoun's
             * gender where x's title ("Dr", "Professor") says none */
            (y->first >= from || (!title_gender(v, x) && title_gender(v, y))))
            return y;
    }
    return NULL;
}

const evx_mention *evx_mention_last(const evx_mentions *m, evx_pronoun p,
                                    size_t before)
{
    const evx_mention *best = NULL;
    for (size_t k = 0; k < m->len; k++) {
        const evx_mention *x = &m->items[k];
        if (x->last < before && stands_for(x, p) &&
            (!best || x->last > best->last))
            best = x;
    }
    return best;
}
