/*
 * attrib_registry.c - the registry of witnesses and written evidence,
 * built from the report's own Witnesses and Published written evidence
 * units; see attrib.h and attrib_mention.h.
 */
#include "attrib_mention.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "attrib_fn.h"
#include "buf.h"
#include "dates.h"
#include "grow.h"
#include "names.h"

static int strs_push(evx_strs *s, const char *w, size_t len)
{
    if (evx_grow((void **)&s->items, &s->cap, s->len + 1,
                 sizeof *s->items))
        return -1;
    s->items[s->len] = evx_strndup(w, len);
    if (!s->items[s->len])
        return -1;
    s->len++;
    return 0;
}

static void strs_free(evx_strs *s)
{
    for (size_t i = 0; i < s->len; i++)
        free(s->items[i]);
    free(s->items);
    s->items = NULL;
    s->len = s->cap = 0;
}

static int push_name_word(void *ctx, const char *w, size_t len)
{
    return strs_push(ctx, w, len) ? 1 : 0;
}

/* Folded words of an organisation name or a role, without "the". */
static evx_status org_words(evx_strs *out, evx_tok *tok, const char *s)
{
    evx_awords w = EVX_AWORDS_INIT;
    evx_status st;
    if (!s)
        return EVX_OK;
    st = evx_awords_read(&w, tok, s, strlen(s));
    for (size_t i = 0; !st && i < w.len; i++)
        if (strcmp(w.items[i].term, "the") != 0 &&
            strs_push(out, w.items[i].term, strlen(w.items[i].term)))
            st = EVX_NOMEM;
    evx_awords_free(&w);
    return st;
}

/* Folded words of the post a role opens with: to its first comma, "for"
 * or "at" ("Secretary of State for Health and Social Care": "secretary
 * of state"; "Chief Executive, NHS England": "chief executive"). */
static evx_status post_words(evx_strs *out, evx_tok *tok, const char *role)
{
    evx_awords w = EVX_AWORDS_INIT;
    evx_status st;
    size_t len = role ? strcspn(role, ",") : 0;
    if (!len)
        return EVX_OK;
    st = evx_awords_read(&w, tok, role, len);
    for (size_t i = 0; !st && i < w.len; i++) {
        const char *t = w.items[i].term;
        if (i > 0 && (strcmp(t, "for") == 0 || strcmp(t, "at") == 0))
            break;
        if (strs_push(out, t, strlen(t)))
            st = EVX_NOMEM;
    }
    evx_awords_free(&w);
    return st;
}

static void person_free(evx_witness *p)
{
    free(p->name);
    free(p->role);
    free(p->org);
    free(p->date);
    free(p->report);
    free(p->ev);
    strs_free(&p->words);
    strs_free(&p->org_words);
    strs_free(&p->post_words);
    strs_free(&p->role_words);
}

void evx_registry_free(evx_registry *reg)
{
    if (!reg)
        return;
    for (size_t i = 0; i < reg->n_people; i++)
        person_free(&reg->people[i]);
    for (size_t i = 0; i < reg->n_subs; i++) {
        free(reg->subs[i].name);
        free(reg->subs[i].code);
        free(reg->subs[i].memo);
        free(reg->subs[i].report);
        strs_free(&reg->subs[i].words);
    }
    free(reg->people);
    free(reg->subs);
    free(reg);
}

static char *dup_or_null(const char *s, int *oom)
{
    if (!s)
        return NULL;
    char *d = evx_strdup(s);
    if (!d)
        *oom = 1;
    return d;
}

static evx_status add_person(evx_registry *reg, const evx_unit *panel,
                             const evx_person *who, evx_tok *tok)
{
    if (!who->name || !*who->name)
        return EVX_OK;
    if (evx_grow((void **)&reg->people, &reg->cap_people, reg->n_people + 1,
                 sizeof *reg->people))
        return EVX_NOMEM;
    evx_witness *p = &reg->people[reg->n_people];
    int oom = 0;
    memset(p, 0, sizeof *p);
    p->name = dup_or_null(who->name, &oom);
    p->role = dup_or_null(who->role, &oom);
    p->org = dup_or_null(who->org, &oom);
    p->date = dup_or_null(panel->date, &oom);
    p->report = dup_or_null(panel->report, &oom);
    p->q_first = panel->q_first;
    p->q_last = panel->q_last;
    if (!panel->date || !evx_date_read(panel->date, strlen(panel->date), &p->ymd))
        p->ymd = 0;
    p->ev = dup_or_null(panel->code, &oom);
    evx_status st = oom ? EVX_NOMEM : EVX_OK;
    if (!st)
        st = evx_name_parts(tok, who->name, strlen(who->name), push_name_word,
                            &p->words);
    if (!st && p->words.len == 0)
        st = EVX_INVALID; /* a name of titles only: not registered */
    if (!st)
        st = org_words(&p->org_words, tok, who->org);
    if (!st)
        st = post_words(&p->post_words, tok, who->role);
    if (!st)
        st = org_words(&p->role_words, tok, who->role);
    if (st) {
        person_free(p);
        return st == EVX_INVALID ? EVX_OK : EVX_NOMEM;
    }
    reg->n_people++;
    return EVX_OK;
}

/* A written evidence submitter is a person when the title opens with an
 * honorific ("Dr Natalie Welden") or is two or three capitalised words,
 * none in capitals throughout or an organisation word ("Thomas
 * Stanton"). */
static int looks_like_person(const char *title, const evx_strs *words)
{
    size_t n = 0;
    int org = 0;
    for (size_t i = 0; i < words->len; i++)
        org |= evx_aword_is_org_type(words->items[i]);
    /* "ACC Group", "DAC Beachcroft LLP", "Judge Business School": a body
     * whose name opens with a title's letters or a judge's title */
    int capitals = title[0] && title[1] >= 'A' && title[1] <= 'Z';
    if (org && words->len && (capitals || strcmp(words->items[0], "judge") == 0))
        return 0;
    if ((words->len && evx_name_is_title(words->items[0],
                                         strlen(words->items[0]))) ||
        evx_name_rank_len(title, strlen(title)))
        return 1; /* "Dr Jane Doe", "Wing Commander Anne Frost" */
    if (words->len < 2 || words->len > 3 || org)
        return 0;
    for (const char *c = title; *c; c++) {
        int start = c == title || *(c - 1) == ' ';
        if (start && !(*c >= 'A' && *c <= 'Z'))
            return 0;
        if (!start && *c >= 'A' && *c <= 'Z' && *(c - 1) >= 'A' &&
            *(c - 1) <= 'Z')
            return 0; /* "UK", "MORI" */
        if (*c >= '0' && *c <= '9')
            return 0;
        n++;
    }
    return n > 0;
}

/* Does an entry's title hold an evidence code in brackets ("Bus Users
 * Network (VBS0014) 4 Campaign for Better Buses …"): entries a re-wrap ran
 * together, whose name no quotation citing its own code may be given? */
static int holds_code(const char *t)
{
    for (const char *o = strchr(t, '('); o; o = strchr(o + 1, '(')) {
        const char *c = strchr(o, ')');
        if (c && evx_fnref_is_code(o + 1, (size_t)(c - o - 1)))
            return 1;
    }
    return 0;
}

/* Does t hold a letter (an entry's name, not its number in the list
 * alone: "1")? */
static int has_letter(const char *t)
{
    for (; *t; t++)
        if (evx_ascii_alpha((unsigned char)*t) || (unsigned char)*t >= 0xC0)
            return 1;
    return 0;
}

/* Most capitals and digits of a memorandum number. */
#define MEMO_LETTERS 5
#define MEMO_DIGITS 4

/* Writes into out (room for MEMO_LETTERS + MEMO_DIGITS + 1) the
 * memorandum number s[0..n) is ("SCL 14", "SCL14", "Ev SCL14": capitals,
 * a space or none, digits), without its spaces; 0 if it is none. */
static int memo_number(const char *s, size_t n, char *out)
{
    if (n > 3 && memcmp(s, "Ev ", 3) == 0)
        s += 3, n -= 3;
    size_t i = 0, m = 0;
    while (i < n && evx_ascii_upper((unsigned char)s[i]) && m < MEMO_LETTERS)
        out[m++] = s[i++];
    size_t letters = m;
    if (i < n && s[i] == ' ')
        i++;
    while (i < n && evx_ascii_digit((unsigned char)s[i]) && m < letters + MEMO_DIGITS)
        out[m++] = s[i++];
    out[m] = '\0';
    return letters >= 2 && m > letters && i == n;
}

/* The memorandum number in brackets that ends an entry's title ("North
 * Shore Borough Council (SCL 14)"): cut from name, into *memo (malloc'd);
 * 0, or -1 when memory runs out. */
static int take_memo(char *name, char **memo)
{
    char buf[MEMO_LETTERS + MEMO_DIGITS + 1];
    size_t n = strlen(name);
    char *o = n && name[n - 1] == ')' ? strrchr(name, '(') : NULL;
    if (!o || o == name || !memo_number(o + 1, (size_t)(name + n - 1 - (o + 1)), buf))
        return 0;
    *memo = evx_strdup(buf);
    if (!*memo)
        return -1;
    while (o > name && o[-1] == ' ')
        o--;
    *o = '\0';
    return 0;
}

const evx_submitter *evx_registry_memo(const evx_registry *reg, const char *report,
                                       const char *ref)
{
    char buf[MEMO_LETTERS + MEMO_DIGITS + 1];
    if (!ref || !memo_number(ref, strlen(ref), buf))
        return NULL;
    char code[MEMO_LETTERS + MEMO_DIGITS + 1];
    for (size_t i = 0; i < reg->n_subs; i++) {
        const evx_submitter *sub = &reg->subs[i];
        /* in its title's brackets, or read as its code ("SCL 05") */
        int is_memo = (sub->memo && strcmp(sub->memo, buf) == 0) ||
                      (sub->code && memo_number(sub->code, strlen(sub->code), code) &&
                       strcmp(code, buf) == 0);
        if (is_memo && evx_registry_same_report(sub->report, report))
            return sub;
    }
    return NULL;
}

static evx_status add_submitter(evx_registry *reg, const evx_unit *u,
                                evx_tok *tok)
{
    if (!u->title || !has_letter(u->title) || holds_code(u->title))
        return EVX_OK;
    if (evx_grow((void **)&reg->subs, &reg->cap_subs, reg->n_subs + 1,
                 sizeof *reg->subs))
        return EVX_NOMEM;
    evx_submitter *s = &reg->subs[reg->n_subs];
    int oom = 0;
    memset(s, 0, sizeof *s);
    /* "NHS Providers (supplementary)" is NHS Providers'; "Doe, Ms Jane"
     * is Ms Jane Doe */
    size_t off, n = evx_fn_submitter(u->title, strlen(u->title), &off);
    s->name = evx_strndup(u->title + off, n);
    char *in_order = s->name ? evx_name_in_order(s->name) : NULL;
    if (in_order) {
        free(s->name);
        s->name = in_order;
    }
    /* "Professor Jane Doe, University of Leeds": her name, as the House of
     * Lords lists a person with her organisation */
    char *comma = s->name ? strstr(s->name, ", ") : NULL;
    if (comma && evx_name_opens_with_title(s->name))
        *comma = '\0';
    oom = !s->name || take_memo(s->name, &s->memo) < 0;
    s->code = dup_or_null(u->code, &oom);
    s->report = dup_or_null(u->report, &oom);
    evx_status st = oom ? EVX_NOMEM : org_words(&s->words, tok, s->name);
    if (!st)
        s->person = looks_like_person(s->name, &s->words);
    if (st) {
        free(s->name);
        free(s->code);
        free(s->memo);
        free(s->report);
        strs_free(&s->words);
        return st;
    }
    reg->n_subs++;
    return EVX_OK;
}

evx_status evx_registry_build(evx_registry **out, const evx_units *units,
                              evx_tok *tok)
{
    evx_registry *reg = calloc(1, sizeof *reg);
    evx_status st = EVX_OK;
    *out = NULL;
    if (!reg)
        return EVX_NOMEM;
    for (size_t i = 0; !st && units && i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == EVX_UNIT_WITNESS)
            for (size_t k = 0; !st && k < u->n_people; k++)
                st = add_person(reg, u, &u->people[k], tok);
        else if (u->type == EVX_UNIT_EVIDENCE)
            st = add_submitter(reg, u, tok);
    }
    if (st) {
        evx_registry_free(reg);
        return st;
    }
    *out = reg;
    return EVX_OK;
}

static int in_strs(const evx_strs *s, const char *term)
{
    return evx_word_in(term, (const char *const *)s->items, s->len);
}

int evx_registry_org_word(const evx_registry *reg, const char *report,
                          const char *term)
{
    int org = 0;
    for (size_t i = 0; i < reg->n_people; i++) {
        const evx_witness *p = &reg->people[i];
        if (!evx_registry_same_report(p->report, report))
            continue;
        if (in_strs(&p->words, term))
            return 0;
        org = org || in_strs(&p->org_words, term);
    }
    for (size_t i = 0; i < reg->n_subs && !org; i++)
        org = !reg->subs[i].person &&
              evx_registry_same_report(reg->subs[i].report, report) &&
              in_strs(&reg->subs[i].words, term);
    return org;
}

/* Is name the whole of a body's name that `cut` opens, before a comma or
 * a bracket of it ("Department of Health (Northern Ireland)"), and text
 * prints where it prints cut? */
static int whole_of_cut(const char *name, const char *cut, size_t cl,
                        const char *at)
{
    size_t nl = name ? strlen(name) : 0;
    return nl > cl + 2 && strncmp(name, cut, cl) == 0 &&
           (name[cl] == ',' || (name[cl] == ' ' && name[cl + 1] == '(')) &&
           strncmp(at, name, nl) == 0 &&
           (at[nl] == '\0' || at[nl] == ',' || at[nl] == ' ' || at[nl] == '(');
}

/* Does s print name, ASCII case aside, between word boundaries? */
static int prints_name(const char *s, const char *name)
{
    size_t n = strlen(name);
    for (const char *at = s; s && *at; at++)
        if (strncasecmp(at, name, n) == 0 &&
            (at == s || !evx_ascii_alnum((unsigned char)at[-1])) &&
            !evx_ascii_alnum((unsigned char)at[n]))
            return 1;
    return 0;
}

int evx_witness_of_body(const evx_witness *p, const char *body)
{
    if (!body || !*body)
        return 0;
    if (evx_name_same(p->org, body))
        return 1;
    return strchr(body, ' ') && (prints_name(p->role, body) || prints_name(p->org, body));
}

const char *evx_registry_body_cut(const evx_registry *reg, const char *report,
                                  const char *cut, const char *text)
{
    const char *at = cut && text ? strstr(text, cut) : NULL;
    if (!at)
        return NULL;
    size_t cl = strlen(cut);
    for (size_t i = 0; i < reg->n_people; i++)
        if (evx_registry_same_report(reg->people[i].report, report) &&
            whole_of_cut(reg->people[i].org, cut, cl, at))
            return reg->people[i].org;
    for (size_t i = 0; i < reg->n_subs; i++)
        if (!reg->subs[i].person &&
            evx_registry_same_report(reg->subs[i].report, report) &&
            whole_of_cut(reg->subs[i].name, cut, cl, at))
            return reg->subs[i].name;
    return NULL;
}

int evx_registry_same_report(const char *a, const char *b)
{
    return !a || !b || a == b || strcmp(a, b) == 0;
}

int evx_registry_sat_on(const evx_registry *reg, const char *report, long ymd)
{
    int dated = 0;
    for (size_t p = 0; ymd && p < reg->n_people; p++) {
        const evx_witness *w = &reg->people[p];
        if (!w->ymd || !evx_registry_same_report(w->report, report))
            continue;
        if (w->ymd == ymd)
            return 1;
        dated = 1;
    }
    return !dated;
}

/* ---- older reports: pages of the printed evidence ---- */

/* The page at *ref ("45", "w12"), *ref moved past it and past the ", "
 * or ", Ev " before the next page of a list ("Ev 45, 52"); 0 if none. */
static int ev_page_at(const char **ref, int *web)
{
    const char *r = *ref;
    int v = 0;
    *web = *r == 'w';
    r += *web;
    while (*r >= '0' && *r <= '9' && v < 100000)
        v = v * 10 + (*r++ - '0');
    if (r[0] == ',' && r[1] == ' ')
        r += strncmp(r + 2, "Ev ", 3) == 0 ? 5 : 2;
    *ref = r;
    return v;
}

int evx_ev_page(const char *ref, int *web)
{
    if (!ref || strncmp(ref, "Ev ", 3) != 0)
        return 0;
    ref += 3;
    return ev_page_at(&ref, web);
}

/* The pages of the printed evidence submitter s of report lists ("45,
 * 52" of "Ev 45, 52"), or NULL if its code is none. */
static const char *sub_pages(const evx_submitter *s, const char *report)
{
    return s->code && evx_registry_same_report(s->report, report) &&
                   strncmp(s->code, "Ev ", 3) == 0
               ? s->code + 3
               : NULL;
}

const evx_submitter *evx_registry_ev_owner(const evx_registry *reg,
                                           const char *report, int page,
                                           int web, size_t *panel)
{
    const evx_submitter *best = NULL;
    int best_page = 0, panels_paged = 0, w;
    *panel = (size_t)-1;
    for (size_t i = 0; i < reg->n_people; i++) {
        const evx_witness *p = &reg->people[i];
        int v = evx_registry_same_report(p->report, report) ? evx_ev_page(p->ev, &w)
                                                             : 0;
        if (!v || w != web)
            continue;
        panels_paged = 1;
        if (v <= page && v > best_page) {
            best_page = v;
            *panel = i;
        }
    }
    for (size_t i = 0; i < reg->n_subs; i++) {
        const evx_submitter *s = &reg->subs[i];
        /* each page the entry lists ("Ev 45, 52": a supplementary
         * memorandum further on) starts writing of its own */
        for (const char *r = sub_pages(s, report); r && *r;) {
            int v = ev_page_at(&r, &w);
            if (!v)
                break;
            if (w != web || v > page || v <= best_page)
                continue;
            best_page = v;
            best = s;
            *panel = (size_t)-1;
        }
    }
    if (best && best_page != page && !panels_paged)
        return NULL;
    return best;
}

int evx_registry_ev_bounded(const evx_registry *reg, const char *report, int page,
                            int web)
{
    int w;
    for (size_t i = 0; i < reg->n_people; i++)
        if (evx_registry_same_report(reg->people[i].report, report) &&
            evx_ev_page(reg->people[i].ev, &w) > page && w == web)
            return 1;
    for (size_t i = 0; i < reg->n_subs; i++)
        for (const char *r = sub_pages(&reg->subs[i], report); r && *r;) {
            int v = ev_page_at(&r, &w);
            if (!v)
                break;
            if (v > page && w == web)
                return 1;
        }
    return 0;
}

int evx_registry_panel_alone(const evx_registry *reg, size_t i)
{
    const evx_witness *p = &reg->people[i];
    for (size_t k = 0; k < reg->n_people; k++) {
        const evx_witness *o = &reg->people[k];
        if (k != i && evx_registry_same_report(o->report, p->report) &&
            o->ev && strcmp(o->ev, p->ev) == 0)
            return 0;
    }
    return 1;
}
