/*
 * attributil.h - crafted units for the attribution tests: witness panels,
 * evidence-list entries, footnotes, paragraphs and their quotations, built
 * the way the readers build them, then resolved by the attribution pass,
 * and the check of one quotation's speaker.  Header only, included after
 * <criterion/criterion.h>; the includer defines REPORT (the report id).
 */
#ifndef EVX_ATTRIBUTIL_H
#define EVX_ATTRIBUTIL_H

#include <stdio.h>
#include <string.h>

#include "attrib.h"
#include "diag.h"
#include "tok.h"
#include "unit.h"

static inline evx_unit *new_unit(evx_unit_type type, const char *id)
{
    evx_unit *u = NULL;
    cr_assert_eq(evx_unit_new(&u, type), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->id, id, strlen(id)), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->report, REPORT, strlen(REPORT)), EVX_OK);
    return u;
}

static inline void add_panel(evx_units *l, int n, const char *date, int qf, int ql,
                      const char *const (*people)[3], size_t np)
{
    char id[64];
    snprintf(id, sizeof id, "HC650/witness/%d", n);
    evx_unit *u = new_unit(EVX_UNIT_WITNESS, id);
    u->number = n;
    cr_assert_eq(evx_unit_set(&u->date, date, strlen(date)), EVX_OK);
    u->q_first = qf;
    u->q_last = ql;
    for (size_t i = 0; i < np; i++)
        cr_assert_eq(evx_unit_add_person(u, people[i][0], people[i][1],
                                         people[i][2]),
                     EVX_OK);
    cr_assert_eq(evx_units_push(l, u), EVX_OK);
}

static inline void add_evidence(evx_units *l, const char *title, const char *code)
{
    char id[64];
    snprintf(id, sizeof id, "HC650/evidence/%s", code);
    evx_unit *u = new_unit(EVX_UNIT_EVIDENCE, id);
    cr_assert_eq(evx_unit_set(&u->title, title, strlen(title)), EVX_OK);
    cr_assert_eq(evx_unit_set(&u->code, code, strlen(code)), EVX_OK);
    cr_assert_eq(evx_units_push(l, u), EVX_OK);
}

static inline void add_footnote(evx_units *l, int n, const char *text)
{
    char id[64];
    snprintf(id, sizeof id, "HC650/fn%d", n);
    evx_unit *u = new_unit(EVX_UNIT_FOOTNOTE, id);
    u->number = n;
    if (text)
        cr_assert_eq(evx_unit_set(&u->text, text, strlen(text)), EVX_OK);
    cr_assert_eq(evx_units_push(l, u), EVX_OK);
}


static inline void resolve(evx_units *l)
{
    evx_tok *tok = NULL;
    evx_registry *reg = NULL;
    evx_diag *d = NULL;
    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    cr_assert_eq(evx_diag_new(&d), EVX_OK);
    cr_assert_eq(evx_registry_build(&reg, l, tok), EVX_OK);
    cr_assert_eq(evx_attrib_resolve(l, reg, tok, d), EVX_OK);
    evx_registry_free(reg);
    evx_diag_free(d);
    evx_tok_free(tok);
}

static inline void expect_speaker(const evx_unit *q, const char *name,
                           const char *kind, const char *ref,
                           const char *method)
{
    cr_assert_not_null(q->speaker, "%s has no speaker", q->id);
    const evx_speaker *s = q->speaker;
    if (name)
        cr_expect(s->name && strcmp(s->name, name) == 0,
                  "name: want %s, got %s (%s)", name,
                  s->name ? s->name : "(null)", s->evidence);
    else
        cr_expect_null(s->name, "name: want none, got %s", s->name);
    cr_expect_str_eq(s->kind, kind, "kind: want %s, got %s (%s)", kind,
                     s->kind, s->evidence);
    if (ref)
        cr_expect(s->ref && strcmp(s->ref, ref) == 0, "ref: want %s, got %s",
                  ref, s->ref ? s->ref : "(null)");
    else
        cr_expect_null(s->ref, "ref: want none, got %s", s->ref);
    if (method)
        cr_expect_str_eq(s->method, method, "method: want %s, got %s (%s)",
                         method, s->method, s->evidence);
    cr_expect(s->evidence && *s->evidence, "no evidence line");
}

static inline void add_para(evx_units *l, int para, const char *text)
{
    char pid[64];
    snprintf(pid, sizeof pid, "HC650/p%d", para);
    evx_unit *p = new_unit(EVX_UNIT_PARAGRAPH, pid);
    p->number = para;
    cr_assert_eq(evx_unit_set(&p->text, text, strlen(text)), EVX_OK);
    cr_assert_eq(evx_units_push(l, p), EVX_OK);
}

/* Quotation k of paragraph para (added with add_para), inline when its
 * text is in the paragraph's; fn 0 for none. */
static inline evx_unit *add_nth_quote(evx_units *l, int para, int k,
                               const char *qtext, const char *lead, int fn)
{
    char pid[64], qid[80];
    snprintf(pid, sizeof pid, "HC650/p%d", para);
    snprintf(qid, sizeof qid, "%s/q%d", pid, k);
    const evx_unit *p = evx_units_find(l, pid);
    cr_assert_not_null(p);
    evx_unit *q = new_unit(EVX_UNIT_QUOTATION, qid);
    q->number = k;
    q->para = para;
    q->is_inline = strstr(p->text, qtext) != NULL;
    cr_assert_eq(evx_unit_set(&q->text, qtext, strlen(qtext)), EVX_OK);
    cr_assert_eq(evx_unit_set(&q->parent, pid, strlen(pid)), EVX_OK);
    if (lead)
        cr_assert_eq(evx_unit_set(&q->lead_in, lead, strlen(lead)), EVX_OK);
    if (fn)
        cr_assert_eq(evx_unit_add_footnote(q, fn), EVX_OK);
    cr_assert_eq(evx_units_push(l, q), EVX_OK);
    return q;
}

/* A paragraph with one quotation: block (lead_in ends the paragraph text)
 * or inline (the quotation's text is inside the paragraph text).  fn is
 * the footnote the quotation cites, 0 for none.  Returns the quotation. */
static inline evx_unit *add_quote(evx_units *l, int para, const char *ptext,
                                  const char *qtext, const char *lead, int fn)
{
    add_para(l, para, ptext);
    return add_nth_quote(l, para, 1, qtext, lead, fn);
}

#endif /* EVX_ATTRIBUTIL_H */
