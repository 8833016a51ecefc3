/*
 * json.c - JSON writer (RFC 8259 escaping, always valid UTF-8 out) and a
 * recursive-descent reader building a tree owned by its root.
 */
#include "json.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "utf8.h"

#define MAX_DEPTH 64

/* ---- writing ---------------------------------------------------------- */

/* The escape for an ASCII byte that JSON forbids raw, or NULL. */
static const char *short_escape(unsigned char c)
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\b': return "\\b";
    case '\f': return "\\f";
    }
    return NULL;
}

void evx_json_put_str(evx_buf *b, const char *s, size_t len)
{
    size_t i = 0, run = 0; /* run: start of bytes not yet copied */

    evx_buf_putc(b, '"');
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = short_escape(c);
        size_t n;

        if (!esc && c >= 0x20 && c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0x80 && (n = evx_utf8_seqlen(s + i, len - i)) > 0) {
            i += n;
            continue;
        }
        evx_buf_append(b, s + run, i - run);
        if (esc)
            evx_buf_puts(b, esc);
        else if (c < 0x20)
            evx_buf_printf(b, "\\u%04x", c);
        else
            evx_buf_puts(b, EVX_UTF8_REPLACEMENT);
        run = ++i;
    }
    if (i > run)
        evx_buf_append(b, s + run, i - run);
    evx_buf_putc(b, '"');
}

void evx_json_put_cstr(evx_buf *b, const char *s)
{
    if (s)
        evx_json_put_str(b, s, strlen(s));
    else
        evx_buf_puts(b, "null");
}

void evx_json_put_key(evx_buf *b, const char *key)
{
    evx_buf_putc(b, '"');
    evx_buf_puts(b, key);
    evx_buf_puts(b, "\":");
}

/* ---- tree ------------------------------------------------------------- */

struct evx_json {
    evx_json_type type;
    int boolean;
    double number;
    char *str;       /* string value (NUL-terminated) */
    size_t str_len;
    evx_json **kids; /* array elements or object values */
    char **keys;     /* object keys, parallel to kids */
    size_t n, cap;
};

void evx_json_free(evx_json *v)
{
    size_t i;

    if (!v)
        return;
    for (i = 0; i < v->n; i++) {
        evx_json_free(v->kids[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->kids);
    free(v->keys);
    free(v->str);
    free(v);
}

/* Adds kid (and, for objects, key) to v, which takes ownership of both
 * even on failure.  0 on success, -1 on OOM. */
static int add_kid(evx_json *v, char *key, evx_json *kid)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4;
        evx_json **kids = realloc(v->kids, cap * sizeof *kids);
        if (kids)
            v->kids = kids;
        if (kids && v->type == EVX_JSON_OBJECT) {
            char **keys = realloc(v->keys, cap * sizeof *keys);
            if (!keys)
                kids = NULL;
            else
                v->keys = keys;
        }
        if (!kids) {
            free(key);
            evx_json_free(kid);
            return -1;
        }
        v->cap = cap;
    }
    v->kids[v->n] = kid;
    if (v->type == EVX_JSON_OBJECT)
        v->keys[v->n] = key;
    v->n++;
    return 0;
}

/* ---- reading ---------------------------------------------------------- */

typedef struct parser {
    const char *s;
    size_t len, pos;
    int depth;
    evx_status st; /* EVX_PARSE or EVX_NOMEM once something failed */
} parser;

static evx_json *fail(parser *p, evx_status st)
{
    if (!p->st)
        p->st = st;
    return NULL;
}

static void skip_ws(parser *p)
{
    while (p->pos < p->len) {
        char c = p->s[p->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        p->pos++;
    }
}

static int peek(const parser *p)
{
    return p->pos < p->len ? (unsigned char)p->s[p->pos] : -1;
}

static evx_json *new_node(parser *p, evx_json_type type)
{
    evx_json *v = calloc(1, sizeof *v);
    if (!v)
        return fail(p, EVX_NOMEM);
    v->type = type;
    return v;
}

static int literal(parser *p, const char *word)
{
    size_t n = strlen(word);
    if (p->len - p->pos < n || memcmp(p->s + p->pos, word, n) != 0)
        return 0;
    p->pos += n;
    return 1;
}

/* Reads the 4 hex digits of a \u escape at p->pos; -1 if malformed (pos
 * is left at the offending digit). */
static long hex4(parser *p)
{
    long v = 0;
    int i;

    for (i = 0; i < 4; i++) {
        int h = evx_ascii_hexval((unsigned char)peek(p));
        if (h < 0)
            return -1;
        v = v * 16 + h;
        p->pos++;
    }
    return v;
}

static void put_utf8(evx_buf *b, unsigned long cp)
{
    char out[4];
    size_t n;

    if (cp < 0x80) {
        out[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    evx_buf_append(b, out, n);
}

/* Decodes a \u escape (p->pos just past the 'u'), joining a surrogate
 * pair; a lone surrogate becomes U+FFFD since it has no UTF-8 form.
 * 0 on success, -1 on a malformed escape. */
static int unicode_escape(parser *p, evx_buf *b)
{
    long hi = hex4(p), lo;
    size_t save;

    if (hi < 0)
        return -1;
    if (hi < 0xD800 || hi > 0xDFFF) {
        put_utf8(b, (unsigned long)hi);
        return 0;
    }
    if (hi <= 0xDBFF && p->len - p->pos >= 2 && p->s[p->pos] == '\\' &&
        p->s[p->pos + 1] == 'u') {
        save = p->pos;
        p->pos += 2;
        lo = hex4(p);
        if (lo < 0)
            return -1;
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
            put_utf8(b, 0x10000 + (((unsigned long)hi - 0xD800) << 10) +
                            ((unsigned long)lo - 0xDC00));
            return 0;
        }
        p->pos = save; /* not a pair: the next escape stands alone */
    }
    evx_buf_puts(b, EVX_UTF8_REPLACEMENT);
    return 0;
}

/* One escape sequence, p->pos just past the backslash. */
static int escape(parser *p, evx_buf *b)
{
    static const char from[] = "\"\\/bfnrt";
    static const char to[] = "\"\\/\b\f\n\r\t";
    const char *hit;
    int c = peek(p);

    if (c == 'u') {
        p->pos++;
        return unicode_escape(p, b);
    }
    hit = c > 0 ? strchr(from, c) : NULL;
    if (!hit)
        return -1;
    evx_buf_putc(b, to[hit - from]);
    p->pos++;
    return 0;
}

/* The end of the run of bytes from i that a string copies as they are:
 * printable ASCII other than '"' and '\\', and whole valid UTF-8
 * sequences. */
static size_t plain_run(const parser *p, size_t i)
{
    const unsigned char *s = (const unsigned char *)p->s;
    size_t n;

    while (i < p->len) {
        if (s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' && s[i] != '\\') {
            i++;
            continue;
        }
        if (s[i] < 0x80 || (n = evx_utf8_seqlen(p->s + i, p->len - i)) == 0)
            break;
        i += n;
    }
    return i;
}

/* Parses a string at p->pos (on the opening quote) into b, copying each
 * run of plain bytes at once.  Raw control characters and invalid UTF-8
 * are errors (RFC 8259 sections 7 and 8.1). */
static int string_into(parser *p, evx_buf *b)
{
    p->pos++;
    for (;;) {
        size_t end = plain_run(p, p->pos);
        int c;

        evx_buf_append(b, p->s + p->pos, end - p->pos);
        p->pos = end;
        c = peek(p);
        if (c == '"') {
            p->pos++;
            return 0;
        }
        if (c != '\\') /* end of input, a raw control byte, bad UTF-8 */
            return -1;
        p->pos++;
        if (escape(p, b) < 0)
            return -1;
    }
}

/* Parses a string into a malloc'd copy; NULL on failure (p->st set). */
static char *string_dup(parser *p, size_t *len)
{
    evx_buf b = EVX_BUF_INIT;
    size_t end = plain_run(p, p->pos + 1);
    char *s;

    /* Most strings have no escape: one exact copy. */
    if (end < p->len && p->s[end] == '"') {
        *len = end - p->pos - 1;
        if (!(s = malloc(*len + 1))) {
            fail(p, EVX_NOMEM);
            return NULL;
        }
        memcpy(s, p->s + p->pos + 1, *len);
        s[*len] = '\0';
        p->pos = end + 1;
        return s;
    }
    if (string_into(p, &b) < 0) {
        evx_buf_free(&b);
        fail(p, EVX_PARSE);
        return NULL;
    }
    *len = b.len;
    s = evx_buf_detach(&b);
    if (!s)
        fail(p, EVX_NOMEM);
    return s;
}

static evx_json *parse_string(parser *p)
{
    evx_json *v = new_node(p, EVX_JSON_STRING);

    if (!v)
        return NULL;
    v->str = string_dup(p, &v->str_len);
    if (!v->str) {
        free(v);
        return NULL;
    }
    return v;
}

static void skip_digits(parser *p)
{
    while (peek(p) >= '0' && peek(p) <= '9')
        p->pos++;
}

/* Converts the validated number text with strtod, whose decimal point
 * follows the C locale's LC_NUMERIC, so '.' is swapped for it first. */
static double to_double(const char *s, size_t len)
{
    char tmp[64], *heap = NULL, *t = tmp, *dot;
    const char *point = localeconv()->decimal_point;
    size_t plen = point && *point ? strlen(point) : 1;
    double d;

    if (len + plen + 1 > sizeof tmp) {
        heap = malloc(len + plen + 1);
        if (!heap)
            return 0;
        t = heap;
    }
    memcpy(t, s, len);
    t[len] = '\0';
    dot = memchr(t, '.', len);
    if (dot && point && *point && strcmp(point, ".") != 0) {
        memmove(dot + plen, dot + 1, len - (size_t)(dot - t));
        memcpy(dot, point, plen);
    }
    d = strtod(t, NULL);
    free(heap);
    return d;
}

static evx_json *parse_number(parser *p)
{
    size_t start = p->pos;
    evx_json *v;

    if (peek(p) == '-')
        p->pos++;
    if (peek(p) == '0')
        p->pos++;
    else if (peek(p) >= '1' && peek(p) <= '9')
        skip_digits(p);
    else
        return fail(p, EVX_PARSE);
    if (peek(p) == '.') {
        p->pos++;
        if (!(peek(p) >= '0' && peek(p) <= '9'))
            return fail(p, EVX_PARSE);
        skip_digits(p);
    }
    if (peek(p) == 'e' || peek(p) == 'E') {
        p->pos++;
        if (peek(p) == '+' || peek(p) == '-')
            p->pos++;
        if (!(peek(p) >= '0' && peek(p) <= '9'))
            return fail(p, EVX_PARSE);
        skip_digits(p);
    }
    v = new_node(p, EVX_JSON_NUMBER);
    if (v)
        v->number = to_double(p->s + start, p->pos - start);
    return v;
}

static evx_json *parse_value(parser *p);

/* After a member or element: 1 on ',', 0 on the closing bracket, -1 on
 * anything else. */
static int next_or_close(parser *p, int close)
{
    skip_ws(p);
    if (peek(p) == ',') {
        p->pos++;
        return 1;
    }
    if (peek(p) == close) {
        p->pos++;
        return 0;
    }
    return -1;
}

static evx_json *parse_array(parser *p, evx_json *v)
{
    int more;

    skip_ws(p);
    if (peek(p) == ']') {
        p->pos++;
        return v;
    }
    do {
        evx_json *kid = parse_value(p);
        if (!kid || add_kid(v, NULL, kid) < 0)
            return fail(p, EVX_NOMEM);
        more = next_or_close(p, ']');
    } while (more > 0);
    return more < 0 ? fail(p, EVX_PARSE) : v;
}

static evx_json *parse_object(parser *p, evx_json *v)
{
    int more;

    skip_ws(p);
    if (peek(p) == '}') {
        p->pos++;
        return v;
    }
    do {
        size_t klen;
        char *key;
        evx_json *kid;

        skip_ws(p);
        if (peek(p) != '"')
            return fail(p, EVX_PARSE);
        key = string_dup(p, &klen);
        if (!key)
            return NULL;
        skip_ws(p);
        if (peek(p) != ':') {
            free(key);
            return fail(p, EVX_PARSE);
        }
        p->pos++;
        kid = parse_value(p);
        if (!kid) {
            free(key);
            return NULL;
        }
        if (add_kid(v, key, kid) < 0)
            return fail(p, EVX_NOMEM);
        more = next_or_close(p, '}');
    } while (more > 0);
    return more < 0 ? fail(p, EVX_PARSE) : v;
}

/* Arrays and objects: the depth check keeps the recursion bounded. */
static evx_json *parse_container(parser *p, evx_json_type type)
{
    evx_json *v, *r;

    if (p->depth >= MAX_DEPTH)
        return fail(p, EVX_PARSE);
    v = new_node(p, type);
    if (!v)
        return NULL;
    p->depth++;
    p->pos++;
    r = type == EVX_JSON_ARRAY ? parse_array(p, v) : parse_object(p, v);
    p->depth--;
    if (!r)
        evx_json_free(v);
    return r;
}

static evx_json *parse_value(parser *p)
{
    evx_json *v;
    int truth;

    skip_ws(p);
    switch (peek(p)) {
    case '{': return parse_container(p, EVX_JSON_OBJECT);
    case '[': return parse_container(p, EVX_JSON_ARRAY);
    case '"': return parse_string(p);
    case 't':
    case 'f':
        truth = peek(p) == 't';
        if (!literal(p, truth ? "true" : "false"))
            return fail(p, EVX_PARSE);
        v = new_node(p, EVX_JSON_BOOL);
        if (v)
            v->boolean = truth;
        return v;
    case 'n':
        if (!literal(p, "null"))
            return fail(p, EVX_PARSE);
        return new_node(p, EVX_JSON_NULL);
    default:
        return parse_number(p);
    }
}

evx_status evx_json_parse(evx_json **out, const char *text, size_t len,
                          size_t *errpos)
{
    parser p = {text, len, 0, 0, EVX_OK};
    evx_json *root;

    *out = NULL;
    if (!text && len)
        return EVX_INVALID;
    root = parse_value(&p);
    if (root) {
        skip_ws(&p);
        if (p.pos < p.len) {
            p.st = EVX_PARSE; /* trailing garbage */
            evx_json_free(root);
            root = NULL;
        }
    }
    if (!root) {
        if (!p.st)
            p.st = EVX_PARSE;
        if (errpos)
            *errpos = p.pos;
        return p.st;
    }
    *out = root;
    return EVX_OK;
}

/* ---- getters ---------------------------------------------------------- */

evx_json_type evx_json_typeof(const evx_json *v)
{
    return v ? v->type : EVX_JSON_NULL;
}

const evx_json *evx_json_get(const evx_json *obj, const char *key)
{
    size_t i;

    if (!obj || obj->type != EVX_JSON_OBJECT || !key)
        return NULL;
    for (i = 0; i < obj->n; i++)
        if (strcmp(obj->keys[i], key) == 0)
            return obj->kids[i];
    return NULL;
}

size_t evx_json_len(const evx_json *v)
{
    if (!v || (v->type != EVX_JSON_ARRAY && v->type != EVX_JSON_OBJECT))
        return 0;
    return v->n;
}

const evx_json *evx_json_at(const evx_json *arr, size_t i)
{
    if (!arr || arr->type != EVX_JSON_ARRAY || i >= arr->n)
        return NULL;
    return arr->kids[i];
}

const evx_json *evx_json_member(const evx_json *obj, size_t i,
                                const char **key)
{
    if (!obj || obj->type != EVX_JSON_OBJECT || i >= obj->n) {
        if (key)
            *key = NULL;
        return NULL;
    }
    if (key)
        *key = obj->keys[i];
    return obj->kids[i];
}

const char *evx_json_str(const evx_json *v, size_t *len)
{
    if (!v || v->type != EVX_JSON_STRING) {
        if (len)
            *len = 0;
        return NULL;
    }
    if (len)
        *len = v->str_len;
    return v->str;
}

double evx_json_num(const evx_json *v, double dflt)
{
    return v && v->type == EVX_JSON_NUMBER ? v->number : dflt;
}

int evx_json_bool(const evx_json *v, int dflt)
{
    return v && v->type == EVX_JSON_BOOL ? v->boolean : dflt;
}

const char *evx_json_get_str(const evx_json *obj, const char *key)
{
    return evx_json_str(evx_json_get(obj, key), NULL);
}

double evx_json_get_num(const evx_json *obj, const char *key, double dflt)
{
    return evx_json_num(evx_json_get(obj, key), dflt);
}
