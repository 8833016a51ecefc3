/*
 * qsuggest.c - "did you mean" for the query parser: each word the index
 * lacks is noted with the closest word it has (qspell.h), and the query
 * text is rewritten with those words, two neighbours closed up where the
 * index has them as one word.
 */
#include "qparse_impl.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "grow.h"
#include "qspell.h"
#include "schema.h"

/* ---- "did you mean" ------------------------------------------------- */

/* Records that text[start, end) (the folded word orig) should read word
 * (NULL: stays as typed unless closed up with its neighbour); takes
 * word. */
static evx_status add_fix(evx_qparse *qp, size_t start, size_t end,
                          const char *orig, char *word, int dead,
                          int free_text)
{
    fix *f;

    if (evx_grow((void **)&qp->fixes, &qp->cap_fixes, qp->n_fixes + 1,
                 sizeof *qp->fixes)) {
        free(word);
        return EVX_NOMEM;
    }
    f = &qp->fixes[qp->n_fixes];
    f->start = start;
    f->end = end;
    f->word = word;
    f->dead = dead;
    f->free_text = free_text;
    f->orig = evx_strdup(orig);
    if (!f->orig) {
        free(word);
        return EVX_NOMEM;
    }
    qp->n_fixes++;
    return EVX_OK;
}

/* A word the index lacks (no term prefix+key) gets the closest one it
 * has, for the suggestion (free text spelt right keeps its own: see
 * keep_words_spelt_right).  stem: the free word's stem, which may match
 * where the word does not; NULL for a phrase's word or a name, which then
 * match nothing. */
static evx_status note_missing(evx_qparse *qp, const char *prefix,
                               const char *key, const qtok *t, size_t base,
                               const char *stem)
{
    char *sug = NULL;
    int has = 0, stem_has = 0;
    evx_status st = evx_qspell_has(&has, qp->db, prefix, key);

    if (st || has)
        return st;
    st = evx_qspell_closest(&sug, qp->db, prefix, t->term);
    if (st || !sug)
        return st;
    if (stem)
        st = evx_qspell_has(&stem_has, qp->db, EVX_PREFIX_STEM, stem);
    if (st) {
        free(sug);
        return st;
    }
    return add_fix(qp, base + t->start, base + t->end, t->term, sug,
                   !stem_has, !*prefix);
}

/* A free word as typed: its stem may be in the index ("consistant" stems
 * as "consistent" does) while the word is not; the command then shows the
 * correction only if it finds more. */
evx_status evx_qp_note_spelling(evx_qparse *qp, const qtok *t, size_t base)
{
    return note_missing(qp, "", t->term, t, base, t->stem ? t->stem : "");
}

/* Each word of a phrase or field value (tokens t of the text from base)
 * that the index lacks under prefix. */
evx_status evx_qp_note_each(evx_qparse *qp, const qtoks *t, size_t base,
                            const char *prefix)
{
    evx_status st = EVX_OK;

    for (size_t i = 0; i < t->len && !st && !qp->negated; i++)
        if (t->items[i].kind != EVX_TOKEN_JOINED)
            st = note_missing(qp, prefix, t->items[i].term, &t->items[i],
                              base, NULL);
    return st;
}

/* Two fixes in a row with only spaces between them whose words, closed
 * up, are a word of the index ("smoke screen" -> "smokescreen") become
 * one fix.  Returns the number of fixes consumed (1 or 2). */
static size_t join_fixes(evx_qparse *qp, size_t i, evx_buf *b)
{
    const fix *f = &qp->fixes[i], *g = f + 1;
    char *joined = NULL;

    if (i + 1 >= qp->n_fixes)
        return 1;
    for (size_t k = f->end; k < g->start; k++)
        if (!evx_ascii_space(qp->text[k]))
            return 1;
    if (evx_qspell_joined(&joined, qp->db, f->orig, g->orig) || !joined)
        return 1;
    evx_buf_puts(b, joined);
    free(joined);
    return 2;
}

/* A word of free text or of a phrase that the English word list holds
 * (qdict.h) is spelt right: "tiny" is not a misspelt "tony".  It keeps
 * its own form (its fix's word becomes NULL), though it may still close
 * up with its neighbour.  A name (a field's word) is corrected from the
 * names the index has whatever the list says.  Without a list every fix
 * stands. */
static evx_status keep_words_spelt_right(evx_qparse *qp)
{
    const char **words;
    int *known, any = 0;

    for (size_t i = 0; i < qp->n_fixes; i++)
        any |= qp->fixes[i].free_text;
    if (!any)
        return EVX_OK; /* most queries: the list is not even opened */
    if (!qp->dict_tried) {
        qp->dict_tried = 1;
        if (evx_dict_open(&qp->dict, NULL) != EVX_OK)
            qp->dict = NULL;
    }
    if (!qp->dict)
        return EVX_OK;
    words = calloc(qp->n_fixes, sizeof *words);
    known = calloc(qp->n_fixes, sizeof *known);
    if (!words || !known) {
        free(words);
        free(known);
        return EVX_NOMEM;
    }
    for (size_t i = 0; i < qp->n_fixes; i++)
        words[i] = qp->fixes[i].free_text ? qp->fixes[i].orig : NULL;
    evx_dict_known(qp->dict, words, qp->n_fixes, known);
    for (size_t i = 0; i < qp->n_fixes; i++)
        if (known[i]) {
            free(qp->fixes[i].word);
            qp->fixes[i].word = NULL;
        }
    free(words);
    free(known);
    return EVX_OK;
}

/* The query text with each word the index lacks replaced, or two closed
 * up; none when every such word is spelt right and stays. */
evx_status evx_qp_build_suggestion(evx_qparse *qp)
{
    evx_buf b = EVX_BUF_INIT;
    size_t i = 0, at = 0, used;
    int changed = 0;
    evx_status st = keep_words_spelt_right(qp);

    if (st)
        return st;

    while (i < qp->n_fixes) {
        const fix *f = &qp->fixes[i];
        evx_buf_append(&b, qp->text + at, f->start - at);
        used = join_fixes(qp, i, &b);
        if (used == 1 && f->word)
            evx_buf_puts(&b, f->word);
        else if (used == 1)
            evx_buf_append(&b, qp->text + f->start, f->end - f->start);
        if (used == 2 || f->word) {
            changed = 1;
            qp->revives |= f->dead || (used == 2 && f[1].dead);
        }
        at = qp->fixes[i + used - 1].end;
        i += used;
    }
    evx_buf_append(&b, qp->text + at, qp->len - at);
    if (!changed || evx_buf_status(&b)) {
        evx_buf_free(&b);
        qp->revives = 0;
        return changed ? EVX_NOMEM : EVX_OK;
    }
    qp->suggestion = evx_buf_detach(&b);
    return qp->suggestion ? EVX_OK : EVX_NOMEM;
}
