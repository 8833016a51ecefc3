/*
 * unit.c - the unit model, its ids and its JSON form.
 *
 * One table (unit_fields) lists the unit's fields in their JSON order; the
 * writer, the reader and the deep copy all walk it, so the three cannot
 * drift apart when a field is added.
 */
#include "unit.h"

#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "json.h"
#include "paranum.h"

static const char *const type_names[EVX_UNIT_TYPE_COUNT] = {
    "paragraph", "quotation", "footnote", "recommendation", "summary",
    "box",       "glossary",  "annex",    "witness",        "evidence"};

const char *evx_unit_type_name(evx_unit_type type)
{
    if ((int)type < 0 || type >= EVX_UNIT_TYPE_COUNT)
        return "unknown";
    return type_names[type];
}

evx_status evx_unit_type_parse(evx_unit_type *out, const char *name)
{
    int i;

    for (i = 0; name && i < EVX_UNIT_TYPE_COUNT; i++) {
        if (strcmp(name, type_names[i]) == 0) {
            *out = (evx_unit_type)i;
            return EVX_OK;
        }
    }
    return EVX_NOT_FOUND;
}

int evx_unit_is_ref(const char *s, size_t n)
{
    size_t letters = 0;
    while (letters < n && s[letters] >= 'a' && s[letters] <= 'z')
        letters++;
    if (letters < 1 || letters > 4 || letters == n ||
        (letters == 1 && s[0] != 'q'))
        return 0;
    for (size_t i = letters; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

void evx_unit_report_key(evx_buf *b, const char *report)
{
    for (; report && *report; report++) {
        if (*report == ' ' || *report == '\t' || *report == ')')
            continue;
        if (*report == '(')
            evx_buf_putc(b, '-');
        else if (!strncmp(report, "\xE2\x80\x93", 3)) { /* en dash */
            evx_buf_putc(b, '-');
            report += 2;
        } else
            evx_buf_putc(b, *report);
    }
}

size_t evx_unit_type_para_print(evx_unit_type type, int para, char *buf,
                                size_t size)
{
    int n = para > 0 ? snprintf(buf, size, "%s %d", evx_unit_type_name(type), para)
                     : snprintf(buf, size, "%s", evx_unit_type_name(type));
    return n > 0 ? (size_t)n : 0;
}

int evx_unit_type_para_read(const char *s, size_t len, evx_unit_type *type,
                            int *para)
{
    char name[24];
    size_t k = 0;

    *para = 0;
    while (k < len && k + 1 < sizeof name && s[k] != ' ')
        name[k] = s[k], k++;
    name[k] = '\0';
    if (k < len && s[k] == ' ' && ++k == len)
        return -1; /* a space and no number */
    for (; k < len && s[k] >= '0' && s[k] <= '9' && *para <= (INT_MAX - 9) / 10;
         k++)
        *para = *para * 10 + (s[k] - '0');
    return k < len || evx_unit_type_parse(type, name) ? -1 : 0;
}

size_t evx_unit_id_key_len(const char *id)
{
    const char *slash = id ? strrchr(id, '/') : NULL;
    return slash ? (size_t)(slash - id) : 0;
}

static int slug_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

void evx_unit_slug(evx_buf *b, const char *s)
{
    int pending_dash = 0, wrote = 0;

    for (; s && *s; s++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (!slug_char(c)) {
            pending_dash = 1;
            continue;
        }
        /* A run of other bytes becomes one '-', never at either end. */
        if (pending_dash && wrote)
            evx_buf_putc(b, '-');
        evx_buf_putc(b, c);
        pending_dash = 0;
        wrote = 1;
    }
}

/* ---- allocation ------------------------------------------------------- */

evx_status evx_unit_new(evx_unit **out, evx_unit_type type)
{
    evx_unit *u = calloc(1, sizeof *u);

    *out = NULL;
    if (!u)
        return EVX_NOMEM;
    u->type = type;
    *out = u;
    return EVX_OK;
}

evx_status evx_unit_set(char **field, const char *s, size_t len)
{
    char *copy = NULL;

    if (s) {
        copy = evx_strndup(s, len);
        if (!copy)
            return EVX_NOMEM;
    }
    free(*field);
    *field = copy;
    return EVX_OK;
}

/* Sets *field to a copy of the NUL-terminated s (NULL allowed). */
static evx_status set_cstr(char **field, const char *s)
{
    return evx_unit_set(field, s, s ? strlen(s) : 0);
}

/* Reallocates arr (of n elements of size sz) to hold one more, zeroing the
 * new last element; NULL on OOM (arr is then unchanged). */
static void *grow(void *arr, size_t n, size_t sz)
{
    char *p;

    if (n >= ((size_t)-1) / sz - 1)
        return NULL;
    p = realloc(arr, (n + 1) * sz);
    if (p)
        memset(p + n * sz, 0, sz);
    return p;
}

static void source_clear(evx_source *s)
{
    free(s->file);
    free(s->rendering);
}

static void person_clear(evx_person *p)
{
    free(p->name);
    free(p->role);
    free(p->org);
}

evx_status evx_unit_add_source(evx_unit *u, const char *file,
                               const char *rendering, long line, long col,
                               long end_line)
{
    evx_source tmp = {NULL, NULL, line, col, end_line}, *slot;

    if (set_cstr(&tmp.file, file) || set_cstr(&tmp.rendering, rendering))
        goto oom;
    slot = grow(u->sources, u->n_sources, sizeof *slot);
    if (!slot)
        goto oom;
    u->sources = slot;
    slot[u->n_sources++] = tmp;
    return EVX_OK;
oom:
    source_clear(&tmp);
    return EVX_NOMEM;
}

evx_status evx_unit_add_footnote(evx_unit *u, int number)
{
    int *slot;
    size_t i;

    for (i = 0; i < u->n_footnotes; i++)
        if (u->footnotes[i] == number)
            return EVX_OK;
    slot = grow(u->footnotes, u->n_footnotes, sizeof *slot);
    if (!slot)
        return EVX_NOMEM;
    u->footnotes = slot;
    slot[u->n_footnotes++] = number;
    return EVX_OK;
}

evx_status evx_unit_add_person(evx_unit *u, const char *name,
                               const char *role, const char *org)
{
    evx_person tmp = {NULL, NULL, NULL}, *slot;

    if (set_cstr(&tmp.name, name) || set_cstr(&tmp.role, role) ||
        set_cstr(&tmp.org, org))
        goto oom;
    slot = grow(u->people, u->n_people, sizeof *slot);
    if (!slot)
        goto oom;
    u->people = slot;
    slot[u->n_people++] = tmp;
    return EVX_OK;
oom:
    person_clear(&tmp);
    return EVX_NOMEM;
}

/* ---- field tables ----------------------------------------------------- */

typedef enum field_kind {
    F_STR,       /* char * */
    F_INT,       /* int */
    F_PARA,      /* int, a paragraph's number (paranum.h): by chapter, the
                    string "3.12" */
    F_BOOL,      /* int, written as true/false */
    F_TYPE,      /* evx_unit_type, written as its name */
    F_FOOTNOTES, /* int array + count */
    F_SPEAKER,   /* evx_speaker * */
    F_PEOPLE,    /* evx_person array + count */
    F_SOURCES    /* evx_source array + count */
} field_kind;

typedef struct field {
    const char *key;
    field_kind kind;
    size_t off;
} field;

#define UF(key, kind, member) {key, kind, offsetof(evx_unit, member)}

/* The JSON key order is part of the stored format: append only. */
static const field unit_fields[] = {
    UF("id", F_STR, id),
    UF("type", F_TYPE, type),
    UF("report", F_STR, report),
    UF("number", F_PARA, number),
    UF("para", F_PARA, para),
    UF("chapter", F_INT, chapter),
    UF("chapter_title", F_STR, chapter_title),
    UF("section", F_STR, section),
    UF("page", F_INT, page),
    UF("title", F_STR, title),
    UF("text", F_STR, text),
    UF("lead_in", F_STR, lead_in),
    UF("inline", F_BOOL, is_inline),
    UF("parent", F_STR, parent),
    UF("footnotes", F_FOOTNOTES, footnotes),
    UF("speaker", F_SPEAKER, speaker),
    UF("date", F_STR, date),
    UF("q_first", F_INT, q_first),
    UF("q_last", F_INT, q_last),
    UF("people", F_PEOPLE, people),
    UF("code", F_STR, code),
    UF("sources", F_SOURCES, sources),
};

#define N_UNIT_FIELDS (sizeof unit_fields / sizeof unit_fields[0])

/* Speaker and person are all strings: key + offset. */
typedef struct str_field {
    const char *key;
    size_t off;
} str_field;

static const str_field speaker_fields[] = {
    {"name", offsetof(evx_speaker, name)},
    {"role", offsetof(evx_speaker, role)},
    {"org", offsetof(evx_speaker, org)},
    {"kind", offsetof(evx_speaker, kind)},
    {"ref", offsetof(evx_speaker, ref)},
    {"date", offsetof(evx_speaker, date)},
    {"method", offsetof(evx_speaker, method)},
    {"evidence", offsetof(evx_speaker, evidence)},
};

static const str_field person_fields[] = {
    {"name", offsetof(evx_person, name)},
    {"role", offsetof(evx_person, role)},
    {"org", offsetof(evx_person, org)},
};

#define N_SPEAKER_FIELDS (sizeof speaker_fields / sizeof speaker_fields[0])
#define N_PERSON_FIELDS (sizeof person_fields / sizeof person_fields[0])

#define AT(base, off, T) ((T *)((char *)(base) + (off)))
#define CAT(base, off, T) ((const T *)((const char *)(base) + (off)))

/* ---- speaker ---------------------------------------------------------- */

static void clear_strs(void *obj, const str_field *f, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        free(*AT(obj, f[i].off, char *));
}

void evx_speaker_free(evx_speaker *s)
{
    if (!s)
        return;
    clear_strs(s, speaker_fields, N_SPEAKER_FIELDS);
    free(s);
}

evx_status evx_speaker_new(evx_speaker **out)
{
    evx_speaker *s = calloc(1, sizeof *s);

    *out = NULL;
    if (!s)
        return EVX_NOMEM;
    if (set_cstr(&s->kind, "unknown") || set_cstr(&s->method, "none")) {
        evx_speaker_free(s);
        return EVX_NOMEM;
    }
    *out = s;
    return EVX_OK;
}

/* ---- free and clone --------------------------------------------------- */

void evx_unit_free(evx_unit *u)
{
    size_t i;

    if (!u)
        return;
    for (i = 0; i < N_UNIT_FIELDS; i++)
        if (unit_fields[i].kind == F_STR)
            free(*AT(u, unit_fields[i].off, char *));
    free(u->footnotes);
    evx_speaker_free(u->speaker);
    for (i = 0; i < u->n_people; i++)
        person_clear(&u->people[i]);
    free(u->people);
    for (i = 0; i < u->n_sources; i++)
        source_clear(&u->sources[i]);
    free(u->sources);
    free(u);
}

/* Copies the string fields listed in f from src into the zeroed dst. */
static evx_status copy_strs(void *dst, const void *src, const str_field *f,
                            size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (set_cstr(AT(dst, f[i].off, char *), *CAT(src, f[i].off, char *)))
            return EVX_NOMEM;
    return EVX_OK;
}

static evx_status clone_speaker(evx_speaker **out, const evx_speaker *s)
{
    evx_speaker *c;

    *out = NULL;
    if (!s)
        return EVX_OK;
    c = calloc(1, sizeof *c);
    if (!c)
        return EVX_NOMEM;
    if (copy_strs(c, s, speaker_fields, N_SPEAKER_FIELDS)) {
        evx_speaker_free(c);
        return EVX_NOMEM;
    }
    *out = c;
    return EVX_OK;
}

/* Copies the lists (footnotes, people, sources) of u into the empty c. */
static evx_status clone_lists(evx_unit *c, const evx_unit *u)
{
    size_t i;

    for (i = 0; i < u->n_footnotes; i++)
        if (evx_unit_add_footnote(c, u->footnotes[i]))
            return EVX_NOMEM;
    for (i = 0; i < u->n_people; i++) {
        const evx_person *p = &u->people[i];
        if (evx_unit_add_person(c, p->name, p->role, p->org))
            return EVX_NOMEM;
    }
    for (i = 0; i < u->n_sources; i++) {
        const evx_source *s = &u->sources[i];
        if (evx_unit_add_source(c, s->file, s->rendering, s->line, s->col,
                                s->end_line))
            return EVX_NOMEM;
    }
    return EVX_OK;
}

evx_status evx_unit_clone(evx_unit **out, const evx_unit *u)
{
    evx_unit *c;
    size_t i;

    *out = NULL;
    c = malloc(sizeof *c);
    if (!c)
        return EVX_NOMEM;
    /* Scalars come across with the struct copy; every pointer is then
     * reset so that a failure part-way frees only what c owns. */
    *c = *u;
    c->speaker = NULL;
    c->footnotes = NULL;
    c->people = NULL;
    c->sources = NULL;
    c->n_footnotes = c->n_people = c->n_sources = 0;
    for (i = 0; i < N_UNIT_FIELDS; i++)
        if (unit_fields[i].kind == F_STR)
            *AT(c, unit_fields[i].off, char *) = NULL;
    for (i = 0; i < N_UNIT_FIELDS; i++) {
        const field *f = &unit_fields[i];
        if (f->kind == F_STR &&
            set_cstr(AT(c, f->off, char *), *CAT(u, f->off, char *)))
            goto oom;
    }
    if (clone_speaker(&c->speaker, u->speaker) || clone_lists(c, u))
        goto oom;
    *out = c;
    return EVX_OK;
oom:
    evx_unit_free(c);
    return EVX_NOMEM;
}

/* ---- to JSON ---------------------------------------------------------- */

static void put_strs_object(evx_buf *b, const void *obj, const str_field *f,
                            size_t n)
{
    size_t i;

    evx_buf_putc(b, '{');
    for (i = 0; i < n; i++) {
        if (i)
            evx_buf_putc(b, ',');
        evx_json_put_key(b, f[i].key);
        evx_json_put_cstr(b, *CAT(obj, f[i].off, char *));
    }
    evx_buf_putc(b, '}');
}

static void put_sources(evx_buf *b, const evx_unit *u)
{
    size_t i;

    evx_buf_putc(b, '[');
    for (i = 0; i < u->n_sources; i++) {
        const evx_source *s = &u->sources[i];
        if (i)
            evx_buf_putc(b, ',');
        evx_buf_puts(b, "{\"file\":");
        evx_json_put_cstr(b, s->file);
        evx_buf_puts(b, ",\"rendering\":");
        evx_json_put_cstr(b, s->rendering);
        evx_buf_printf(b, ",\"line\":%ld,\"col\":%ld,\"end_line\":%ld}",
                       s->line, s->col, s->end_line);
    }
    evx_buf_putc(b, ']');
}

void evx_unit_para_to_json(evx_buf *b, int para)
{
    char t[24];
    if (!evx_para_is_by_chapter(para)) {
        evx_buf_printf(b, "%d", para);
        return;
    }
    evx_para_print(para, t, sizeof t);
    evx_json_put_cstr(b, t);
}

static void put_field(evx_buf *b, const evx_unit *u, const field *f)
{
    size_t i;

    evx_json_put_key(b, f->key);
    switch (f->kind) {
    case F_STR:
        evx_json_put_cstr(b, *CAT(u, f->off, char *));
        break;
    case F_INT:
        evx_buf_printf(b, "%d", *CAT(u, f->off, int));
        break;
    case F_PARA:
        evx_unit_para_to_json(b, *CAT(u, f->off, int));
        break;
    case F_BOOL:
        evx_buf_puts(b, *CAT(u, f->off, int) ? "true" : "false");
        break;
    case F_TYPE:
        evx_json_put_cstr(b, evx_unit_type_name(u->type));
        break;
    case F_FOOTNOTES:
        evx_buf_putc(b, '[');
        for (i = 0; i < u->n_footnotes; i++)
            evx_buf_printf(b, i ? ",%d" : "%d", u->footnotes[i]);
        evx_buf_putc(b, ']');
        break;
    case F_SPEAKER:
        if (u->speaker)
            put_strs_object(b, u->speaker, speaker_fields, N_SPEAKER_FIELDS);
        else
            evx_buf_puts(b, "null");
        break;
    case F_PEOPLE:
        evx_buf_putc(b, '[');
        for (i = 0; i < u->n_people; i++) {
            if (i)
                evx_buf_putc(b, ',');
            put_strs_object(b, &u->people[i], person_fields, N_PERSON_FIELDS);
        }
        evx_buf_putc(b, ']');
        break;
    case F_SOURCES:
        put_sources(b, u);
        break;
    }
}

/* Is the field at its default, which evx_unit_from_json gives a missing
 * key (NULL, 0, false, an empty list)?  id and type never are. */
static int is_default(const evx_unit *u, const field *f)
{
    switch (f->kind) {
    case F_STR:
        return *CAT(u, f->off, char *) == NULL && f->off != offsetof(evx_unit, id);
    case F_INT:
    case F_PARA:
    case F_BOOL:
        return *CAT(u, f->off, int) == 0;
    case F_TYPE:
        return 0;
    case F_FOOTNOTES:
        return u->n_footnotes == 0;
    case F_SPEAKER:
        return u->speaker == NULL;
    case F_PEOPLE:
        return u->n_people == 0;
    case F_SOURCES:
        return u->n_sources == 0;
    }
    return 0;
}

static void put_unit(const evx_unit *u, evx_buf *b, int defaults)
{
    size_t i, n = 0;

    evx_buf_putc(b, '{');
    for (i = 0; i < N_UNIT_FIELDS; i++) {
        if (!defaults && is_default(u, &unit_fields[i]))
            continue;
        if (n++)
            evx_buf_putc(b, ',');
        put_field(b, u, &unit_fields[i]);
    }
    evx_buf_putc(b, '}');
}

void evx_unit_to_json(const evx_unit *u, evx_buf *b)
{
    put_unit(u, b, 1);
}

void evx_unit_to_stored_json(const evx_unit *u, evx_buf *b)
{
    put_unit(u, b, 0);
}

/* ---- from JSON -------------------------------------------------------- */

/* A JSON number as a long, clamped to [lo, hi] (fractions truncated). */
static long clamp_num(const evx_json *v, long lo, long hi)
{
    double d = evx_json_num(v, 0);

    if (d != d || d <= (double)lo)
        return d != d ? 0 : lo;
    if (d >= (double)hi)
        return hi;
    return (long)d;
}

static evx_status read_strs(void *obj, const evx_json *o, const str_field *f,
                            size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (set_cstr(AT(obj, f[i].off, char *),
                     evx_json_get_str(o, f[i].key)))
            return EVX_NOMEM;
    return EVX_OK;
}

static evx_status read_speaker(evx_unit *u, const evx_json *o)
{
    if (evx_json_typeof(o) != EVX_JSON_OBJECT)
        return EVX_OK;
    u->speaker = calloc(1, sizeof *u->speaker);
    if (!u->speaker)
        return EVX_NOMEM;
    return read_strs(u->speaker, o, speaker_fields, N_SPEAKER_FIELDS);
}

static evx_status read_list(evx_unit *u, const field *f, const evx_json *arr)
{
    size_t i, n = evx_json_len(arr);

    for (i = 0; i < n; i++) {
        const evx_json *e = evx_json_at(arr, i);
        evx_status st = EVX_OK;

        if (f->kind == F_FOOTNOTES && evx_json_typeof(e) == EVX_JSON_NUMBER)
            st = evx_unit_add_footnote(u, (int)clamp_num(e, INT_MIN, INT_MAX));
        else if (f->kind == F_PEOPLE && evx_json_typeof(e) == EVX_JSON_OBJECT)
            st = evx_unit_add_person(u, evx_json_get_str(e, "name"),
                                     evx_json_get_str(e, "role"),
                                     evx_json_get_str(e, "org"));
        else if (f->kind == F_SOURCES && evx_json_typeof(e) == EVX_JSON_OBJECT)
            st = evx_unit_add_source(
                u, evx_json_get_str(e, "file"), evx_json_get_str(e, "rendering"),
                clamp_num(evx_json_get(e, "line"), LONG_MIN, LONG_MAX),
                clamp_num(evx_json_get(e, "col"), LONG_MIN, LONG_MAX),
                clamp_num(evx_json_get(e, "end_line"), LONG_MIN, LONG_MAX));
        if (st)
            return st;
    }
    return EVX_OK;
}

int evx_unit_para_from_json(const evx_json *v)
{
    size_t n = 0;
    const char *s = evx_json_str(v, &n);
    int para = 0;
    if (s) /* only a number by chapter is written as a string */
        return n && evx_para_read(s, n, &para) == n &&
                       evx_para_is_by_chapter(para)
                   ? para
                   : 0;
    /* a JSON number is a plain one: one in the range of numbers by
     * chapter would be written back as a string that reads otherwise */
    para = (int)clamp_num(v, INT_MIN, INT_MAX);
    return evx_para_is_by_chapter(para) ? 0 : para;
}

/* Reads one field of the table from the object; the type was read before.
 * Values of the wrong JSON type read as absent (NULL / 0 / empty). */
static evx_status read_field(evx_unit *u, const field *f, const evx_json *o)
{
    const evx_json *v = evx_json_get(o, f->key);

    switch (f->kind) {
    case F_STR:
        return set_cstr(AT(u, f->off, char *), evx_json_str(v, NULL));
    case F_INT:
        *AT(u, f->off, int) = (int)clamp_num(v, INT_MIN, INT_MAX);
        return EVX_OK;
    case F_PARA:
        *AT(u, f->off, int) = evx_unit_para_from_json(v);
        return EVX_OK;
    case F_BOOL:
        *AT(u, f->off, int) = evx_json_bool(v, 0);
        return EVX_OK;
    case F_TYPE:
        return EVX_OK;
    case F_SPEAKER:
        return read_speaker(u, v);
    case F_FOOTNOTES:
    case F_PEOPLE:
    case F_SOURCES:
        return read_list(u, f, v);
    }
    return EVX_OK;
}

evx_status evx_unit_from_json(evx_unit **out, const char *json, size_t len)
{
    evx_json *root = NULL;
    evx_unit *u = NULL;
    evx_unit_type type;
    evx_status st;
    size_t i;

    *out = NULL;
    st = evx_json_parse(&root, json, len, NULL);
    if (st)
        goto done;
    st = EVX_PARSE;
    if (evx_json_typeof(root) != EVX_JSON_OBJECT ||
        !evx_json_get_str(root, "id") ||
        evx_unit_type_parse(&type, evx_json_get_str(root, "type")))
        goto done;
    st = evx_unit_new(&u, type);
    for (i = 0; !st && i < N_UNIT_FIELDS; i++)
        st = read_field(u, &unit_fields[i], root);
    if (!st) {
        *out = u;
        u = NULL;
    }
done:
    evx_unit_free(u);
    evx_json_free(root);
    return st;
}

/* ---- lists ------------------------------------------------------------ */

evx_status evx_units_push(evx_units *list, evx_unit *u)
{
    if (evx_grow((void **)&list->items, &list->cap, list->len + 1,
                 sizeof *list->items)) {
        evx_unit_free(u);
        return EVX_NOMEM;
    }
    list->items[list->len++] = u;
    return EVX_OK;
}

static long unit_line(const evx_unit *u)
{
    return u->n_sources ? u->sources[0].line : 0;
}

void evx_units_sort_lines(evx_units *list, size_t from)
{
    size_t n = from < list->len ? list->len - from : 0;
    if (n < 2)
        return;
    evx_unit **a = list->items + from;
    evx_unit **tmp = malloc(n * sizeof *tmp);
    if (!tmp)
        return; /* order stays as emitted: still complete */
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n;
            size_t hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = unit_line(a[j]) < unit_line(a[i]) ? a[j++] : a[i++];
            while (i < mid)
                tmp[k++] = a[i++];
            while (j < hi)
                tmp[k++] = a[j++];
        }
        memcpy(a, tmp, n * sizeof *a);
    }
    free(tmp);
}

evx_unit *evx_units_find(const evx_units *list, const char *id)
{
    size_t i;

    for (i = 0; id && i < list->len; i++)
        if (list->items[i]->id && strcmp(list->items[i]->id, id) == 0)
            return list->items[i];
    return NULL;
}

/* A unit's id and its place in its list. */
typedef struct id_at {
    const char *id;
    size_t at;
} id_at;

static int by_id_at(const void *a, const void *b)
{
    const id_at *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->at > y->at) - (x->at < y->at);
}

evx_status evx_units_order_by_id(const evx_units *list, size_t **order)
{
    size_t n = list->len;
    id_at *v = malloc((n + 1) * sizeof *v);
    *order = malloc((n + 1) * sizeof **order);
    if (!v || !*order) {
        free(v);
        free(*order);
        *order = NULL;
        return EVX_NOMEM;
    }
    for (size_t i = 0; i < n; i++)
        v[i] = (id_at){list->items[i]->id ? list->items[i]->id : "", i};
    qsort(v, n, sizeof *v, by_id_at);
    for (size_t i = 0; i < n; i++)
        (*order)[i] = v[i].at;
    free(v);
    return EVX_OK;
}

evx_status evx_units_unique_id(const evx_units *list, evx_buf *id)
{
    size_t base = id->len;
    for (int k = 2; !evx_buf_status(id) && evx_units_find(list, evx_buf_str(id));
         k++) {
        evx_buf_truncate(id, base);
        evx_buf_printf(id, "-%d", k);
    }
    return evx_buf_status(id) ? EVX_NOMEM : EVX_OK;
}

void evx_units_free(evx_units *list)
{
    size_t i;

    for (i = 0; i < list->len; i++)
        evx_unit_free(list->items[i]);
    free(list->items);
    list->items = NULL;
    list->len = list->cap = 0;
}
