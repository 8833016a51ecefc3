/*
 * attrib_scene.c - the text around a quotation; see attrib_scene.h.
 */
#include "attrib_scene.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* Bytes of a quotation's parent attribution reads before the quotation:
 * far more than any paragraph a report prints (the longest bundled one
 * is about 4,100), so no report's attribution depends on it, while a unit
 * of megabytes (an extraction whose paragraph numbers were lost) costs
 * each of its quotations this much rather than all the text before it. */
#define SCENE_BEFORE_MAX 16384

void evx_scene_free(evx_scene *s)
{
    free(s->sentence);
    free(s->after);
    free(s->paragraph);
}

/* Is the word before the dot at s[dot] a title or an initial ("Dr.",
 * "Mrs.", "J."), after which no sentence ends?  Not a word in capitals
 * ("OBE.", "MP.", "NHS."): a sentence ends there. */
static int is_title_abbrev(const char *s, size_t dot)
{
    size_t a = dot;
    int lower = 0;
    while (a > 0 && s[a - 1] != ' ')
        lower |= s[--a] >= 'a' && s[a] <= 'z';
    return dot - a <= 3 && dot > a && s[a] >= 'A' && s[a] <= 'Z' &&
           (lower || dot - a == 1);
}

/* Does a sentence open at s[j]: a capital, or an opening quotation mark
 * before one ("… accurately”. “A fixed price …,” argued …"), or before
 * the end of s (the text before a quotation that opens its sentence)?  A
 * footnote's marker a tool set apart may stand before it ("…”. 12 Callum
 * Garside put it bluntly:"): the sentence had run on, and the quotation
 * before had taken the next one's speaker. */
static int opens_sentence(const char *s, size_t len, size_t j)
{
    size_t d = j;
    while (d < len && d < j + 3 && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d > j && d + 1 < len && s[d] == ' ' && s[d + 1] >= 'A' && s[d + 1] <= 'Z')
        j = d + 1;
    if (j + 3 <= len && (unsigned char)s[j] == 0xE2 &&
        (unsigned char)s[j + 1] == 0x80 &&
        ((unsigned char)s[j + 2] == 0x9C || (unsigned char)s[j + 2] == 0x98))
        j += 3;
    else if (j < len && s[j] == '"')
        j++;
    else
        return j < len && s[j] >= 'A' && s[j] <= 'Z';
    return j == len || (s[j] >= 'A' && s[j] <= 'Z');
}

/* Offset where the last sentence of s[0..len) starts (after '.', '?',
 * '!' or ':' and a space before a capital, or after a sentence's end, a
 * quotation mark and one; a colon before a quotation mark opens the
 * quotation, not a sentence). */
size_t evx_scene_last_sentence(const char *s, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        char c = s[i];
        /* a colon too: the lead-in of a block quotation the parent's
         * text runs on past ("Thomas Maes told us: He went on to say:") */
        if (c != '.' && c != '?' && c != '!' && c != ':')
            continue;
        size_t j = i + 1;
        /* a closing quote and footnote-free space may follow */
        while (j < len && ((unsigned char)s[j] >= 0x80 || s[j] == '\''))
            j++;
        if (j >= len || s[j] != ' ')
            continue;
        while (j < len && s[j] == ' ')
            j++;
        if (j < len && (c == ':' ? s[j] >= 'A' && s[j] <= 'Z' : opens_sentence(s, len, j)) &&
            !(c == '.' && is_title_abbrev(s, i)))
            start = j;
    }
    return start;
}

/* Offset one past the end of the first sentence of s[0..len). */
static size_t first_sentence_end(const char *s, size_t len)
{
    for (size_t i = 0; i + 2 < len; i++) {
        char c = s[i];
        if ((c == '.' || c == '?' || c == '!') && s[i + 1] == ' ' &&
            opens_sentence(s, len, i + 2) && !(c == '.' && is_title_abbrev(s, i)))
            return i + 1;
    }
    return len;
}

/* Where the quotation's text stands in its parent's text, by its first
 * words; (size_t)-1 if not found. */
size_t evx_scene_locate(const char *hay, const char *quote)
{
    size_t n = strlen(quote);
    if (n > 40)
        n = 40;
    while (n > 0 && (quote[n - 1] & 0xC0) == 0x80)
        n--; /* do not cut a UTF-8 sequence */
    if (n < 4)
        return (size_t)-1;
    char first[41];
    memcpy(first, quote, n);
    first[n] = '\0';
    const char *at = strstr(hay, first);
    return at ? (size_t)(at - hay) : (size_t)-1;
}

/* Does an inline quotation's own full stop end its sentence ("... there
 * is “an immovable object in the system.” While ...")?  rest: the
 * parent's text after the quotation's words. */
static int ends_own_sentence(const char *qtext, const char *rest)
{
    size_t n = strlen(qtext);
    while (n > 0 && qtext[n - 1] == ' ')
        n--;
    if (n == 0 || !strchr(".?!", qtext[n - 1]))
        return 0;
    size_t i = 0;
    while ((unsigned char)rest[i] == 0xE2 && (unsigned char)rest[i + 1] == 0x80 &&
           ((unsigned char)rest[i + 2] == 0x9D || (unsigned char)rest[i + 2] == 0x99))
        i += 3;
    return rest[i] == ' ' && rest[i + 1] >= 'A' && rest[i + 1] <= 'Z';
}

/* Appends the last SCENE_BEFORE_MAX bytes of s[0..n) to b, from a word's
 * start: all of s in any paragraph a report prints. */
static void append_tail(evx_buf *b, const char *s, size_t n)
{
    size_t from = 0;
    if (n > SCENE_BEFORE_MAX) {
        from = n - SCENE_BEFORE_MAX;
        while (from < n && s[from] != ' ')
            from++;
        while (from < n && s[from] == ' ')
            from++;
    }
    evx_buf_append(b, s + from, n - from);
}

evx_status evx_scene_build(evx_scene *sc, const evx_unit *q,
                              const evx_unit *parent)
{
    evx_buf before = EVX_BUF_INIT;
    const char *ptext = parent && parent->text ? parent->text : "";
    const char *qtext = q->text ? q->text : "";
    size_t plen = strlen(ptext);
    size_t at = *ptext ? evx_scene_locate(ptext, qtext) : (size_t)-1;
    memset(sc, 0, sizeof *sc);
    sc->report = q->report;
    if (at != (size_t)-1) {
        append_tail(&before, ptext, at);
        size_t qend = at + strlen(qtext);
        if (qend > plen)
            qend = plen;
        const char *rest = ptext + qend;
        size_t rlen = first_sentence_end(rest, plen - qend);
        if (ends_own_sentence(qtext, rest))
            rlen = 0;
        if (q->is_inline)
            sc->after = evx_strndup(rest, rlen);
    } else if (q->lead_in && *q->lead_in && strstr(ptext, q->lead_in)) {
        /* a block quotation: its parent's text runs on past the lead-in */
        const char *li = strstr(ptext, q->lead_in);
        append_tail(&before, ptext, (size_t)(li - ptext) + strlen(q->lead_in));
    } else {
        append_tail(&before, ptext, plen);
        if (q->lead_in) {
            if (before.len)
                evx_buf_putc(&before, ' ');
            evx_buf_puts(&before, q->lead_in);
        }
    }
    if (evx_buf_status(&before)) {
        evx_buf_free(&before);
        return EVX_NOMEM;
    }
    const char *b = evx_buf_str(&before);
    size_t cut = evx_scene_last_sentence(b, before.len);
    sc->sentence = evx_strndup(b + cut, before.len - cut);
    sc->paragraph = evx_strndup(b, cut);
    evx_buf_free(&before);
    if (!sc->sentence || !sc->paragraph)
        return EVX_NOMEM;
    return EVX_OK;
}
