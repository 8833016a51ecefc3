/*
 * attrib_fnrepeat.c - footnotes that repeat the one before ("Ibid.", "As
 * above, Q45"); see attrib_fnrepeat.h.
 */
#include "attrib_fnrepeat.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "attrib_fnspan.h"
#include "buf.h"

int evx_fnref_is_ibid(const char *text, size_t len)
{
    static const char *const repeat[] = {"as above", "ibid", "idem",
                                         "ibidem"};
    evx_fnspan x = evx_fnspan_trim_wrap(
        evx_fnspan_trim_note((evx_fnspan){text ? text : "", text ? len : 0}));
    for (size_t k = 0; k < sizeof repeat / sizeof repeat[0]; k++)
        if (x.len == strlen(repeat[k]) && evx_fnspan_has_ci(x, repeat[k]))
            return 1;
    return 0;
}

size_t evx_fnref_ibid_at(const char *text, size_t len)
{
    static const char *const repeat[] = {"as above", "ibidem", "ibid",
                                         "idem"};
    evx_fnspan x =
        evx_fnspan_trim_note((evx_fnspan){text ? text : "", text ? len : 0});
    for (size_t k = 0; k < sizeof repeat / sizeof repeat[0]; k++) {
        size_t n = strlen(repeat[k]), i = n;
        if (x.len <= n || strncasecmp(x.s, repeat[k], n) != 0 ||
            evx_ascii_alnum((unsigned char)x.s[n]))
            continue;
        while (i < x.len && strchr(" .,;:", x.s[i]))
            i++;
        evx_fnspan rest = {x.s + i, x.len - i}, parts[16];
        size_t np = evx_fnspan_split(rest, parts, 16);
        if (rest.len == 0 || np == 16)
            return 0;
        for (size_t p = 0; p < np; p++)
            if (parts[p].len && evx_fnspan_find_q(parts[p], 0) != 0 &&
                !evx_fnspan_page_part(parts[p]))
                return 0;
        return (size_t)(rest.s - text);
    }
    return 0;
}

static int oral_kind(const evx_fnref *r)
{
    return r->kind == EVX_FNREF_ORAL || r->kind == EVX_FNREF_COMMITTEE;
}

/* The reference of src moved to the place x names, into ref; *name_from
 * is set to the source whose name the moved reference keeps. */
static void moved_ref(evx_buf *ref, const evx_fnref *src, evx_fnspan x,
                      const evx_fnref *loc, const evx_fnref **name_from)
{
    evx_fnspan r = {src->ref ? src->ref : "", src->ref ? strlen(src->ref) : 0};
    *name_from = src;
    if (oral_kind(src) && loc && loc->kind == EVX_FNREF_ORAL) {
        /* this committee's evidence at loc's question, or the other
         * committee's citation with loc's question in place of its own */
        if (src->kind == EVX_FNREF_COMMITTEE) {
            size_t q_at = evx_fnspan_last_q(r);
            evx_buf_printf(ref, "%.*s%s", (int)q_at, r.s,
                           q_at == r.len ? ", " : "");
        }
        evx_buf_puts(ref, loc->ref ? loc->ref : "");
        *name_from = loc;
    } else if (src->kind == EVX_FNREF_DOCUMENT && evx_fnspan_page_part(x)) {
        /* the document at another page: its last page part replaced */
        evx_fnspan parts[32];
        size_t n = evx_fnspan_split(r, parts, 32);
        if (n > 1 && evx_fnspan_page_part(parts[n - 1]))
            r.len = (size_t)(parts[n - 1].s - r.s);
        r = evx_fnspan_trim_wrap(r);
        evx_buf_printf(ref, "%.*s, %.*s", (int)r.len, r.s, (int)x.len, x.s);
    } else {
        evx_buf_append(ref, r.s, r.len);
    }
}

evx_status evx_fnref_moved(const evx_fnref *src, const char *text,
                           size_t len, evx_fnref **out)
{
    evx_fnref *loc = NULL;
    size_t n_loc = 0;
    evx_fnspan x =
        evx_fnspan_trim((evx_fnspan){text ? text : "", text ? len : 0});
    evx_status st = evx_fnrefs_parse(&loc, &n_loc, x.s, x.len);
    evx_fnref *f = st ? NULL : calloc(1, sizeof *f);
    evx_buf ref = EVX_BUF_INIT;
    *out = NULL;
    if (!f) {
        evx_fnrefs_free(loc, n_loc);
        return EVX_NOMEM;
    }
    const evx_fnref *name_from;
    moved_ref(&ref, src, x, n_loc ? &loc[0] : NULL, &name_from);
    f->kind = src->kind;
    f->q = name_from->q;
    f->ref = evx_buf_detach(&ref);
    f->name = name_from->name ? evx_strdup(name_from->name) : NULL;
    f->code = src->code ? evx_strdup(src->code) : NULL;
    int oom = !f->ref || (name_from->name && !f->name) || (src->code && !f->code);
    evx_fnrefs_free(loc, n_loc);
    if (oom) {
        evx_fnrefs_free(f, 1);
        return EVX_NOMEM;
    }
    *out = f;
    return EVX_OK;
}
