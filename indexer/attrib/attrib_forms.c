/*
 * attrib_forms.c - other forms of speakers' and organisations' names
 * (see attrib_forms.h): a table of (name, form) pairs, filled from the
 * witnesses the text names in another spelling and from the acronyms the
 * text defines for a name.
 */
#include "attrib_forms.h"

#include <stdlib.h>
#include <string.h>

#include "acronym.h"
#include "attrib_mention.h"
#include "buf.h"
#include "grow.h"
#include "names.h"

typedef struct form {
    char *name; /* as a unit gives it */
    char *form; /* another form of it */
} form;

struct evx_forms {
    form *items;
    size_t len, cap;
};

void evx_forms_free(evx_forms *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->len; i++) {
        free(f->items[i].name);
        free(f->items[i].form);
    }
    free(f->items);
    free(f);
}

/* Adds (name, the n bytes of s) unless present. */
static evx_status add_form(evx_forms *f, const char *name, const char *s,
                           size_t n)
{
    for (size_t i = 0; i < f->len; i++)
        if (!strcmp(f->items[i].name, name) &&
            strlen(f->items[i].form) == n && !memcmp(f->items[i].form, s, n))
            return EVX_OK;
    if (evx_grow((void **)&f->items, &f->cap, f->len + 1, sizeof *f->items))
        return EVX_NOMEM;
    form x = {evx_strdup(name), evx_strndup(s, n)};
    if (!x.name || !x.form) {
        free(x.name);
        free(x.form);
        return EVX_NOMEM;
    }
    f->items[f->len++] = x;
    return EVX_OK;
}

/* ---- the report's own spellings of its witnesses ---------------------- */

/* True if the name keys of a and (the n bytes of) b differ. */
static evx_status keys_differ(int *differ, evx_tok *tok, const char *a,
                              const char *b, size_t n)
{
    char *ka = NULL, *kb = NULL;
    evx_status st = evx_name_key(tok, a, strlen(a), &ka);
    if (!st)
        st = evx_name_key(tok, b, n, &kb);
    *differ = !st && *ka && *kb && strcmp(ka, kb) != 0;
    free(ka);
    free(kb);
    return st;
}

/* The witnesses text names, each printed otherwise than registered. */
static evx_status spellings_in(evx_forms *f, const evx_registry *reg,
                               evx_tok *tok, const evx_unit *u)
{
    evx_view v;
    evx_mentions m = EVX_MENTIONS_INIT;
    evx_status st = evx_view_open(&v, tok, u->text, strlen(u->text));
    if (!st)
        st = evx_mentions_people(&m, reg, u->report, &v);
    for (size_t i = 0; !st && i < m.len; i++) {
        const char *name = reg->people[m.items[i].person].name;
        size_t a = v.w.items[m.items[i].first].start;
        size_t n = v.w.items[m.items[i].last].end - a;
        int differ;
        st = keys_differ(&differ, tok, name, u->text + a, n);
        if (!st && differ)
            st = add_form(f, name, u->text + a, n);
    }
    evx_mentions_free(&m);
    evx_view_close(&v);
    return st;
}

static evx_status witness_spellings(evx_forms *f, const evx_units *units,
                                    evx_tok *tok)
{
    evx_registry *reg = NULL;
    evx_status st = evx_registry_build(&reg, units, tok);
    for (size_t i = 0; !st && i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->text && (u->type == EVX_UNIT_PARAGRAPH ||
                        u->type == EVX_UNIT_FOOTNOTE))
            st = spellings_in(f, reg, tok, u);
    }
    evx_registry_free(reg);
    return st;
}

/* ---- acronyms --------------------------------------------------------- */

static int put_term(void *ctx, const evx_token *t)
{
    evx_buf *b = ctx;
    if (t->kind == EVX_TOKEN_PART)
        return 0; /* a compound once, joined, as acronym.c reads it */
    if (b->len == 0 && t->term_len == 3 && !memcmp(t->term, "the", 3))
        return 0;
    if (b->len)
        evx_buf_putc(b, ' ');
    evx_buf_append(b, t->term, t->term_len);
    return 0;
}

/* Pairs name with the acronym the report defines for it, or with the
 * expansion of the acronym it is. */
static evx_status acronyms_of(evx_forms *f, const evx_acronyms *acr,
                              evx_tok *tok, const char *name)
{
    evx_buf terms = EVX_BUF_INIT;
    evx_status st = evx_tokenize(tok, name, strlen(name), put_term, &terms);
    if (!st)
        st = evx_buf_status(&terms);
    for (size_t i = 0; !st && terms.len && i < evx_acronyms_len(acr); i++) {
        const char *a, *e;
        evx_acronyms_terms(acr, i, &a, &e);
        if (!strcmp(terms.data, e))
            st = add_form(f, name, a, strlen(a));
        else if (!strcmp(terms.data, a))
            st = add_form(f, name, e, strlen(e));
    }
    evx_buf_free(&terms);
    return st;
}

/* Each name and organisation a unit gives to acronyms_of. */
static evx_status unit_acronyms(evx_forms *f, const evx_acronyms *acr,
                                evx_tok *tok, const evx_unit *u)
{
    const char *names[4] = {NULL, NULL, NULL, NULL};
    evx_status st = EVX_OK;
    if (u->speaker) {
        names[0] = u->speaker->name;
        names[1] = u->speaker->org;
    }
    if (u->type == EVX_UNIT_EVIDENCE)
        names[2] = u->title;
    for (size_t i = 0; !st && i < 3; i++)
        if (names[i] && *names[i])
            st = acronyms_of(f, acr, tok, names[i]);
    for (size_t k = 0; !st && k < u->n_people; k++) {
        names[0] = u->people[k].name;
        names[1] = u->people[k].org;
        for (size_t i = 0; !st && i < 2; i++)
            if (names[i] && *names[i])
                st = acronyms_of(f, acr, tok, names[i]);
    }
    return st;
}

static evx_status acronym_forms(evx_forms *f, const evx_units *units,
                                evx_tok *tok)
{
    evx_acronyms *acr = NULL;
    evx_status st = evx_acronyms_new(&acr);
    for (size_t i = 0; !st && i < units->len; i++) {
        const char *text = units->items[i]->text;
        if (text)
            st = evx_acronyms_scan(acr, tok, text, strlen(text));
    }
    for (size_t i = 0; !st && evx_acronyms_len(acr) && i < units->len; i++)
        st = unit_acronyms(f, acr, tok, units->items[i]);
    evx_acronyms_free(acr);
    return st;
}

evx_status evx_forms_build(evx_forms **out, const evx_units *units,
                           evx_tok *tok)
{
    evx_forms *f = calloc(1, sizeof *f);
    *out = NULL;
    if (!f)
        return EVX_NOMEM;
    evx_status st = witness_spellings(f, units, tok);
    if (!st)
        st = acronym_forms(f, units, tok);
    if (st) {
        evx_forms_free(f);
        return st;
    }
    *out = f;
    return EVX_OK;
}

evx_status evx_forms_each(const evx_forms *f, const char *name,
                          int (*cb)(void *ctx, const char *s, size_t n),
                          void *ctx)
{
    evx_status st = evx_name_spellings(name, strlen(name), cb, ctx);
    for (size_t i = 0; !st && f && i < f->len; i++) {
        const form *x = &f->items[i];
        if (strcmp(x->name, name) != 0)
            continue;
        if (cb(ctx, x->form, strlen(x->form)))
            break;
        st = evx_name_spellings(x->form, strlen(x->form), cb, ctx);
    }
    return st;
}
