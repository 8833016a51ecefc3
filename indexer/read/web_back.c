/*
 * web_back.c - back matter units of the web-text reader (see web_back.h).
 */
#include "web_back.h"

#include <stdlib.h>
#include <string.h>

#include "paranum.h"
#include "pdf_back.h"
#include "web_lines.h"

#define RENDERING "html-text"

static void fail(evx_web_back *b, evx_status st)
{
    if (!b->st)
        b->st = st;
}

/* A unit with its id (KEY then the printf'd tail) and report. */
static evx_unit *new_unit(evx_web_back *b, evx_unit_type type,
                          const char *tail, const char *arg, int num)
{
    evx_buf id = EVX_BUF_INIT;
    evx_unit *u = NULL;

    evx_buf_puts(&id, b->key);
    if (arg)
        evx_buf_printf(&id, tail, arg);
    else
        evx_buf_printf(&id, tail, num);
    if (evx_buf_status(&id) || evx_unit_new(&u, type) ||
        evx_unit_set(&u->id, id.data, id.len) ||
        evx_unit_set(&u->report, b->report, strlen(b->report))) {
        evx_unit_free(u);
        u = NULL;
        fail(b, EVX_NOMEM);
    }
    evx_buf_free(&id);
    return u;
}

static void set(evx_web_back *b, char **field, const char *s, size_t n)
{
    evx_web_trim(&s, &n, NULL);
    if (evx_unit_set(field, s, n))
        fail(b, EVX_NOMEM);
}

static void push(evx_web_back *b, evx_unit *u, long line, long col,
                 long end)
{
    if (u && !evx_unit_add_source(u, b->file, RENDERING, line, col, end) &&
        !evx_units_push(b->out, u))
        return;
    evx_unit_free(u);
    fail(b, EVX_NOMEM);
}

void evx_web_back_flush(evx_web_back *b)
{
    evx_unit *u = b->rec;
    const char *t = evx_buf_str(&b->rec_text);
    size_t n = b->rec_text.len, cut;
    int para;
    evx_buf pid = EVX_BUF_INIT;

    if (!u)
        return;
    b->rec = NULL;
    if (pdf_rec_tail(t, n, &cut, &para)) {
        u->para = para;
        char at[24];
        evx_para_print(para, at, sizeof at);
        evx_buf_printf(&pid, "%s/p%s", b->key, at);
        if (evx_buf_status(&pid) || evx_unit_set(&u->parent, pid.data, pid.len))
            fail(b, EVX_NOMEM);
        n = cut;
    } else if (!b->recs_front) {
        evx_diag_add(b->diag, EVX_DIAG_WARNING, b->file,
                     u->sources ? u->sources[0].line : 0,
                     "recommendation %d: no \"(Paragraph N)\" reference",
                     u->number);
    }
    evx_buf_free(&pid);
    set(b, &u->text, t, n);
    evx_buf_clear(&b->rec_text);
    if (evx_units_push(b->out, u)) {
        evx_unit_free(u);
        fail(b, EVX_NOMEM);
    }
}

void evx_web_back_rec(evx_web_back *b, int number, const char *s, size_t n,
                      long line, long col, const char *section)
{
    evx_unit *u;

    evx_web_back_flush(b);
    u = new_unit(b, EVX_UNIT_RECOMMENDATION, "/r%d", NULL, number);
    if (!u)
        return;
    u->number = number;
    if ((section && evx_unit_set(&u->section, section, strlen(section))) ||
        evx_unit_add_source(u, b->file, RENDERING, line, col, line)) {
        evx_unit_free(u);
        fail(b, EVX_NOMEM);
        return;
    }
    b->rec = u;
    evx_buf_append(&b->rec_text, s, n);
}

int evx_web_back_more(evx_web_back *b, const char *s, size_t n, long line)
{
    size_t cut;
    int para;

    if (!b->rec ||
        pdf_rec_tail(evx_buf_str(&b->rec_text), b->rec_text.len, &cut, &para))
        return 0;
    evx_buf_putc(&b->rec_text, ' ');
    evx_buf_append(&b->rec_text, s, n);
    b->rec->sources[0].end_line = line;
    return 1;
}

void evx_web_back_date(evx_web_back *b, const char *s, size_t n)
{
    free(b->date);
    b->date = evx_strndup(s, n);
    if (!b->date)
        fail(b, EVX_NOMEM);
}

void evx_web_back_witness(evx_web_back *b, const pdf_panel_text *t,
                          int unranged, long line, long col, long end_line)
{
    evx_unit *u = new_unit(b, EVX_UNIT_WITNESS, "/witness/%d", NULL,
                           b->panels + 1);
    int ranged;

    if (!u)
        return;
    u->number = ++b->panels;
    set(b, &u->text, t->s, t->len);
    if (b->date && evx_unit_set(&u->date, b->date, strlen(b->date)))
        fail(b, EVX_NOMEM);
    if (pdf_panel_read(u, t, &ranged))
        fail(b, EVX_NOMEM);
    else if (!ranged && !unranged)
        evx_diag_add(b->diag, EVX_DIAG_WARNING, b->file, line,
                     "witness panel without a question range");
    push(b, u, line, col, end_line);
}

static void one_evidence(evx_web_back *b, const char *s, size_t n, int number,
                         long line, long col, long end_line)
{
    pdf_evidence ev;
    evx_buf code = EVX_BUF_INIT, key = EVX_BUF_INIT;
    evx_unit *u;

    /* the plan numbered it: by its own number, or the next (an entry
     * without one, or a name that starts with one: "5 Gyres Institute") */
    if (!pdf_evidence_line(s, n, &ev) || ev.number != number) {
        if (!pdf_evidence_unnumbered(s, n, &ev) &&
            !pdf_evidence_line(s, n, &ev))
            return;
    }
    ev.number = number;
    evx_buf_append(&code, s + ev.code_off, ev.code_len);
    pdf_evidence_key(&key, s + ev.code_off, ev.code_len);
    u = evx_buf_status(&code) || evx_buf_status(&key)
            ? NULL
            : new_unit(b, EVX_UNIT_EVIDENCE, "/evidence/%s",
                       evx_buf_str(&key), 0);
    evx_buf_free(&key);
    if (u) {
        u->number = ev.number;
        set(b, &u->title, s + ev.title_off, ev.title_len);
        set(b, &u->text, s + ev.title_off, ev.title_len);
        set(b, &u->code, code.data, code.len);
        push(b, u, line, col, end_line);
    }
    evx_buf_free(&code);
}

void evx_web_back_evidence(evx_web_back *b, const char *s, size_t n,
                           int number, long line, long col, long end_line)
{
    /* entries joined on one line, each after the code of the one before */
    for (size_t at; (at = pdf_evidence_joined(s, n, number + 1)) > 0; number++) {
        one_evidence(b, s, at, number, line, col, end_line);
        s += at;
        n -= at;
        col += (long)at;
    }
    one_evidence(b, s, n, number, line, col, end_line);
}

void evx_web_back_free(evx_web_back *b)
{
    evx_unit_free(b->rec);
    b->rec = NULL;
    evx_buf_free(&b->rec_text);
    free(b->date);
    b->date = NULL;
}
