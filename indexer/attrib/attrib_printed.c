/*
 * attrib_printed.c - a name's printed forms, taken from a view's text;
 * see attrib_printed.h.
 */
#include "attrib_printed.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "attrib_fn.h"
#include "attrib_parts.h"
#include "attrib_text.h"
#include "buf.h"

/* Longest appositive ("Chief Executive of NHS England") kept as a role. */
#define MAX_ROLE_LEN 120

/* Parentheses opened and not closed in text[a, b). */
static int unclosed(const char *t, size_t a, size_t b)
{
    int open = 0;

    for (size_t k = a; k < b; k++)
        open += t[k] == '(' ? 1 : t[k] == ')' && open ? -1 : 0;
    return open;
}

char *evx_printed_range(const evx_view *v, size_t a, size_t b)
{
    while (a < b && (v->text[a] == ' ' || v->text[a] == ',' ||
                     v->text[a] == '\n'))
        a++;
    while (b > a && (v->text[b - 1] == ' ' || v->text[b - 1] == ',' ||
                     v->text[b - 1] == '\n'))
        b--;
    while (unclosed(v->text, a, b)) {
        if (b < v->len && v->text[b] == ')') {
            b++;
            continue;
        }
        while (b > a && v->text[b - 1] != '(')
            b--;
        if (b > a)
            b--; /* the '(' itself */
        while (b > a && v->text[b - 1] == ' ')
            b--;
    }
    return evx_strndup(v->text + a, b - a);
}

char *evx_printed_name(const evx_view *v, size_t a, size_t b)
{
    size_t start = v->w.items[a].start, end = v->w.items[b].end;
    const char *t = v->text;

    if (end - start > 4 && memcmp(t + end - 4, "\xE2\x80\x99s", 4) == 0)
        end -= 4;
    else if (end - start > 2 && t[end - 2] == '\'' && t[end - 1] == 's')
        end -= 2;
    return evx_printed_range(v, start, end);
}

/* The end of the comma-set part from byte offset a (just past its
 * comma): the offset of the ',' or ':' that closes it, or len. */
static size_t part_end(const evx_view *v, size_t a)
{
    size_t b = a;
    while (b < v->len && v->text[b] != ',' && v->text[b] != ':' &&
           v->text[b] != ';' && b - a < MAX_ROLE_LEN)
        b++;
    return b < v->len && (v->text[b] == ',' || v->text[b] == ':') ? b : v->len;
}

char *evx_printed_appositive(const evx_view *v, size_t i, int *oom)
{
    size_t a = v->w.items[i].end;
    while (a < v->len && v->text[a] == ' ')
        a++;
    if (a >= v->len || v->text[a] != ',')
        return NULL;
    /* "Jane Doe MP, told us:": what follows the comma is the verb, not a
     * post */
    static const char *const clause[] = {
        "who", "whose", "which", "that", "speaking", "responding",
        "echoing", "supported", "like", "unlike", "when", "while", "whilst",
        "however", "though", "although", "also", "too", "referring",
        "asked", "answering", "replying", "writing", "giving", "appearing",
        /* "Mr Justice Fordham, in a judgment, held": where or when, not a
         * post */
        "in", "during", "through", "after", "before", "despite"};
    size_t w = i + 1;
    if (w < v->w.len && evx_aword_is_speech_verb(v->w.items[w].term))
        return NULL;
    /* "Jane Doe, who chaired the inquiry, said": a clause, not a post */
    if (w < v->w.len &&
        evx_word_in(v->w.items[w].term, clause, sizeof clause / sizeof *clause))
        return NULL;
    size_t b = part_end(v, a + 1);
    if (b >= v->len)
        return NULL;
    char *r = evx_printed_range(v, a + 1, b);
    if (!r)
        *oom = 1;
    else if (!*r) {
        free(r);
        r = NULL;
    }
    return r;
}

char *evx_printed_org_after_post(const evx_view *v, size_t i, int *oom)
{
    size_t a = v->w.items[i].end, b, c, w;
    while (a < v->len && v->text[a] == ' ')
        a++;
    if (a >= v->len || v->text[a] != ',' || (b = part_end(v, a + 1)) >= v->len ||
        v->text[b] != ',' || (c = part_end(v, b + 1)) >= v->len)
        return NULL;
    while (a + 1 < b && v->text[a + 1] == ' ')
        a++;
    if (!evx_part_names_post(v->text + a + 1, b - a - 1))
        return NULL;
    static const char *const joins[] = {"of", "and", "for", "the", "in", "on", "to"};
    size_t first = 0, n = 0;
    for (w = i + 1; w < v->w.len && v->w.items[w].start < c; w++) {
        if (v->w.items[w].start < b)
            continue;
        if (!n++)
            first = w;
        if (!v->w.items[w].cap &&
            !evx_word_in(v->w.items[w].term, joins, sizeof joins / sizeof *joins))
            return NULL; /* "…, Director, and others said": no body */
    }
    if (!n || w >= v->w.len || !v->w.items[w - 1].cap ||
        (!v->w.items[first].cap && !evx_view_word_is(v, first, "the")) ||
        !(v->text[c] == ':' || evx_aword_is_speech_verb(v->w.items[w].term)))
        return NULL;
    char *r = evx_printed_range(v, b + 1, c);
    if (!r)
        *oom = 1;
    return r;
}

int evx_printed_post_before(const evx_view *v, size_t a, char **role,
                            char **org)
{
    static const char *const det[] = {"the", "its", "their", "our"};
    size_t s, of = 0;
    *role = *org = NULL;
    if (a < 2 || !evx_view_comma_after(v, a - 1))
        return 0;
    for (s = a - 1; s > 0 && !evx_view_comma_after(v, s - 1) &&
                    evx_view_adjacent(v, s - 1, s);)
        s--;
    if (!evx_word_in(v->w.items[s].term, det, sizeof det / sizeof *det) ||
        (s > 0 && evx_view_adjacent(v, s - 1, s)) || s + 1 >= a)
        return 0; /* "The Minister for …, Ms Reddaway,": the sentence's or a
                     clause's opening words */
    int post = 0;
    for (size_t k = s + 1; k < a; k++) {
        const evx_aword *w = &v->w.items[k];
        if (!w->cap && !evx_view_word_is(v, k, "of") &&
            !evx_view_word_is(v, k, "for") && !evx_view_word_is(v, k, "and") &&
            !evx_view_word_is(v, k, "the"))
            return 0;
        post |= w->cap && evx_aword_is_post(w->term);
        if (!of && evx_view_word_is(v, k, "of") && k > s + 1)
            of = k;
    }
    if (!post)
        return 0;
    /* "Director of Public Health for Devon" is one post: the words after
     * "of" are a body only when a body's noun ends them ("… of the
     * Northfield Trust") */
    if (of && !evx_aword_is_org_type(v->w.items[a - 1].term))
        of = 0; /* its last word is no body's noun: one post */
    size_t re = of ? of - 1 : a - 1;
    *role = evx_printed_range(v, v->w.items[s + 1].start, v->w.items[re].end);
    if (of && of + 1 < a)
        *org = evx_printed_range(v, v->w.items[of + 1].start,
                                 v->w.items[a - 1].end);
    return *role ? 1 : -1;
}

char *evx_printed_org_in_brackets(const evx_view *v, size_t at, int *oom)
{
    size_t e = at + 1;

    if (at >= v->len || v->text[at] != '(')
        return NULL;
    while (e < v->len && e - at < MAX_ROLE_LEN && v->text[e] != ')' &&
           v->text[e] != '(')
        e++;
    if (e >= v->len || v->text[e] != ')' || e == at + 1 ||
        !evx_ascii_upper((unsigned char)v->text[at + 1]) ||
        evx_fnref_is_code(v->text + at + 1, e - at - 1))
        return NULL; /* "Mr John Smith (ABC0012)": his evidence's code */
    char *r = evx_printed_range(v, at + 1, e);
    if (!r)
        *oom = 1;
    return r;
}

char *evx_printed_org_after_from(const evx_view *v, size_t i, int *oom)
{
    size_t a = i + 1, b = a;
    if (!evx_view_word_is(v, i, "from"))
        return NULL;
    if (evx_view_word_is(v, a, "the"))
        a++, b++;
    /* the lower-case words a body's name joins its capitals with ("Keep
     * our NHS Public", "Campaign to Protect Rural England") */
    static const char *const joins[] = {"of", "and", "for", "our", "to", "in",
                                        "on", "the"};
    while (b < v->w.len && (v->w.items[b].cap ||
                            (evx_word_in(v->w.items[b].term, joins,
                                         sizeof joins / sizeof *joins) &&
                             b + 1 < v->w.len && v->w.items[b + 1].cap)))
        b++;
    if (b == a)
        return NULL;
    char *r = evx_printed_range(v, v->w.items[a].start, v->w.items[b - 1].end);
    if (!r)
        *oom = 1;
    return r;
}

