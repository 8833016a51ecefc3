/*
 * attrib_view.c - a sentence's words over its text; see attrib_view.h.
 */
#include "attrib_view.h"

#include <string.h>

#include "ascii.h"
#include "attrib_text.h"

/* Words i and j (i < j) are printed next to each other, as in one name. */
int evx_view_adjacent(const evx_view *v, size_t i, size_t j)
{
    size_t a = v->w.items[i].end, b = v->w.items[j].start;
    if (b < a || b - a > 3)
        return 0;
    for (size_t k = a; k < b; k++) {
        char c = v->text[k];
        if (c != ' ' && c != '-' && c != '.' && c != '\'' && c != '\n')
            return 0;
        /* a full stop after a word that is no initial or title ends a
         * sentence: "by Mr Straw. Oliver Heald MP" is two names */
        if (c == '.' && k + 1 < b && !v->w.items[i].title &&
            v->w.items[i].end - v->w.items[i].start > 1)
            return 0;
    }
    return 1;
}

int evx_view_word_is(const evx_view *v, size_t i, const char *term)
{
    return i < v->w.len && strcmp(v->w.items[i].term, term) == 0;
}

int evx_view_comma_after(const evx_view *v, size_t i)
{
    return i + 1 < v->w.len &&
           memchr(v->text + v->w.items[i].end, ',',
                  v->w.items[i + 1].start - v->w.items[i].end) != NULL;
}

size_t evx_view_lead_end(const evx_view *v)
{
    size_t end = 0;
    while (end < v->w.len && !v->w.items[end].quoted)
        end++;
    return end;
}

size_t evx_view_last_verb(const evx_view *v, size_t from, size_t end)
{
    size_t verb = (size_t)-1;
    for (size_t i = from; i < end && i < v->w.len; i++)
        if (evx_aword_is_speech_verb(v->w.items[i].term))
            verb = i;
    return verb;
}

int evx_view_possessive(const evx_view *v, size_t i)
{
    /* the tokenizer keeps a possessive's "’s" in the word's span */
    const evx_aword *w = &v->w.items[i];
    size_t n = w->end - w->start;
    const char *t = v->text + w->end;
    return (n > 2 && t[-2] == '\'' && t[-1] == 's') ||
           (n > 4 && memcmp(t - 4, "\xE2\x80\x99s", 4) == 0);
}

int evx_view_owner_of_group(const evx_view *v, size_t i)
{
    /* words of English for a body or a group of people */
    static const char *const groups[] = {
        "officials", "official", "officers", "staff", "team", "colleagues",
        "colleague", "department", "organisation", "organization",
        "charity", "company", "firm", "union", "members", "representatives",
        "office", "ministry", "council", "association", "society", "trust",
        "group", "body", "agency", "predecessor", "successor", "deputy"};
    return i + 1 < v->w.len && evx_view_possessive(v, i) &&
           evx_word_in(v->w.items[i + 1].term, groups, sizeof groups / sizeof *groups);
}

int evx_view_all_caps(const evx_view *v, size_t i)
{
    size_t n = 0;
    for (size_t k = v->w.items[i].start; k < v->w.items[i].end; k++) {
        char c = v->text[k];
        if (c >= 'a' && c <= 'z')
            return 0;
        if (c >= 'A' && c <= 'Z')
            n++;
    }
    return n > 1;
}

evx_status evx_view_open(evx_view *v, evx_tok *tok, const char *text,
                            size_t len)
{
    v->text = text ? text : "";
    v->len = text ? len : 0;
    v->w = (evx_awords)EVX_AWORDS_INIT;
    evx_status st = evx_awords_read(&v->w, tok, v->text, v->len);
    if (!st)
        evx_awords_mark_quoted(&v->w, v->text, v->len);
    return st;
}

void evx_view_close(evx_view *v)
{
    evx_awords_free(&v->w);
}

/* Most words of a role that opens a sentence ("The Parliamentary
 * Under-Secretary of State for Culture"). */
#define ROLE_WORDS 10

/* Does a sentence open at word s of v (the first, or after a full stop)? */
static int opens_sentence(const evx_view *v, size_t s)
{
    return s == 0 || memchr(v->text + v->w.items[s - 1].end, '.',
                            v->w.items[s].start - v->w.items[s - 1].end) != NULL;
}

int evx_view_role_subject(const evx_view *v, size_t first)
{
    size_t s = first < v->w.len ? first : 0;
    while (s > 0 && !opens_sentence(v, s))
        s--;
    if (v->w.len < s + 3 || !evx_view_word_is(v, s, "the"))
        return 0;
    size_t k = s + 1;
    int post = 0;
    for (; k < v->w.len && k <= s + ROLE_WORDS; k++) {
        const evx_aword *w = &v->w.items[k];
        if (w->quoted || !(w->cap || evx_view_word_is(v, k, "of") ||
                           evx_view_word_is(v, k, "for") || evx_view_word_is(v, k, "and")))
            return 0;
        post |= evx_aword_is_post(w->term);
        if (evx_view_comma_after(v, k))
            break;
    }
    /* a post ("The NHS Constitution, the Royal College told us, …" is
     * none) */
    return post && k < v->w.len && k <= s + ROLE_WORDS && first > k;
}
