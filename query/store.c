/*
 * store.c - reading units back from the index (see store.h).  A unit is
 * stored as its JSON in the document data and found by its unique term
 * EVX_PREFIX_ID + id (lib/schema.h).
 */
#include "store.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "schema.h"

evx_status evx_store_unit(evx_unit **out, evx_docid *docid, evx_db *db,
                          const char *id)
{
    evx_buf term = EVX_BUF_INIT;
    evx_docid d = 0;
    char *data = NULL;
    size_t len = 0;
    evx_status st;

    *out = NULL;
    evx_buf_printf(&term, EVX_PREFIX_ID "%s", id);
    st = evx_buf_status(&term);
    if (!st)
        st = evx_db_find_id(db, evx_buf_str(&term), &d);
    if (!st)
        st = evx_db_get_data(db, d, &data, &len);
    if (!st && evx_unit_from_json(out, data, len) != EVX_OK) {
        *out = NULL;
        st = EVX_CORRUPT;
    }
    if (!st && docid)
        *docid = d;
    free(data);
    evx_buf_free(&term);
    return st;
}

void evx_store_texts_free(char **texts, size_t n)
{
    size_t i;

    for (i = 0; texts && i < n; i++)
        free(texts[i]);
    free(texts);
}

evx_status evx_store_footnotes(char ***out, evx_db *db, const evx_unit *u)
{
    evx_buf id = EVX_BUF_INIT;
    char **texts;
    size_t i;

    *out = NULL;
    if (!u->n_footnotes)
        return EVX_OK;
    texts = calloc(u->n_footnotes, sizeof *texts);
    if (!texts)
        return EVX_NOMEM;
    for (i = 0; i < u->n_footnotes; i++) {
        evx_unit *fn = NULL;
        evx_buf_clear(&id);
        evx_unit_report_key(&id, u->report);
        evx_buf_printf(&id, "/fn%d", u->footnotes[i]);
        if (evx_buf_status(&id))
            break;
        if (!evx_store_unit(&fn, NULL, db, evx_buf_str(&id))) {
            texts[i] = fn->text;
            fn->text = NULL;
        }
        evx_unit_free(fn);
    }
    if (evx_buf_status(&id)) {
        evx_buf_free(&id);
        evx_store_texts_free(texts, u->n_footnotes);
        return EVX_NOMEM;
    }
    evx_buf_free(&id);
    *out = texts;
    return EVX_OK;
}

evx_status evx_store_quotations(evx_units *out, evx_db *db, const evx_unit *u)
{
    evx_buf id = EVX_BUF_INIT;
    evx_status st = EVX_OK;
    int n;

    for (n = 1; !st; n++) {
        evx_unit *q = NULL;
        evx_buf_clear(&id);
        evx_buf_printf(&id, "%s/q%d", u->id, n);
        if ((st = evx_buf_status(&id)))
            break;
        if (evx_store_unit(&q, NULL, db, evx_buf_str(&id)))
            break;
        st = evx_units_push(out, q);
    }
    evx_buf_free(&id);
    return st;
}

evx_status evx_store_report_meta(evx_report_meta *out, evx_db *db,
                                 const char *report)
{
    evx_report_meta empty = EVX_REPORT_META_INIT;
    evx_buf key = EVX_BUF_INIT;
    char *val = NULL;
    evx_status st;

    *out = empty;
    evx_buf_puts(&key, EVX_META_REPORT);
    evx_unit_report_key(&key, report ? report : "");
    st = evx_buf_status(&key);
    if (!st && !evx_db_get_metadata(db, evx_buf_str(&key), &val) && *val &&
        evx_report_meta_parse(out, val, strlen(val)) == EVX_NOMEM)
        st = EVX_NOMEM;
    free(val);
    evx_buf_free(&key);
    return st;
}
