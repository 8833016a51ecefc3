/*
 * rank_eval.c - MRR@10 and recall@10 of evidex's ranking over labelled
 * queries, with the default operator given on the command line, so
 * eval.sh can sweep it on one index without rebuilding the query tool.
 * BM25's k1 and b are the index's (lib/impact.h: each term's weight is
 * stored); eval.sh sweeps them by building indexers with others.
 *
 *   rank_eval DB QUERIES.tsv [and|or]
 *
 * QUERIES.tsv: query<TAB>answers ("UNIT:GRADE" separated by spaces)<TAB>
 * split; only "tune" queries are scored, so a sweep never sees the held-out
 * ones.  A hit counts for the paragraph it belongs to ("HC650/p239/q1"
 * counts as HC650/p239), whatever its grade.
 * Prints one line: "MRR@10 0.xxx recall@10 0.xxx queries N".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "impact.h"
#include "qparse.h"
#include "schema.h"
#include "tok.h"
#include "unit.h"
#include "xdb.h"

#define TOP 10

/* The paragraph id a hit id belongs to (cuts after "/pN"), into out. */
static void para_of(const char *id, char *out, size_t cap)
{
    const char *p = strstr(id, "/p");
    size_t n = strlen(id);

    if (p) {
        const char *e = p + 2;
        while (*e >= '0' && *e <= '9')
            e++;
        if (e > p + 2)
            n = (size_t)(e - id);
    }
    if (n >= cap)
        n = cap - 1;
    memcpy(out, id, n);
    out[n] = '\0';
}

static int is_relevant(const char *rel, const char *id)
{
    size_t n = strlen(id);
    const char *p = rel;

    while ((p = strstr(p, id)) != NULL) {
        if ((p == rel || p[-1] == ' ') && p[n] == ':')
            return 1;
        p += n;
    }
    return 0;
}

static int count_ids(const char *rel)
{
    int n = 0, in = 0;

    for (; *rel; rel++) {
        if (*rel != ' ' && !in)
            n++;
        in = *rel != ' ';
    }
    return n;
}

/* Scores one query: adds its reciprocal rank and recall. */
static int eval_one(evx_db *db, evx_qparse *qp, const evx_search_opts *o,
                    const char *query, const char *rel, double *rr,
                    double *recall)
{
    evx_query *q = NULL;
    evx_results *r = NULL;
    char seen[TOP][64];
    size_t i, n_seen = 0, j;
    int found = 0, first = 0;

    if (evx_qparse_parse(qp, query, strlen(query), &q)) {
        fprintf(stderr, "rank_eval: '%s': %s\n", query, evx_qparse_errmsg(qp));
        return -1;
    }
    if (evx_db_search(db, q, o, &r)) {
        fprintf(stderr, "rank_eval: '%s': %s\n", query, evx_db_errmsg(db));
        evx_query_free(q);
        return -1;
    }
    for (i = 0; i < evx_results_size(r); i++) {
        size_t len;
        const char *data = evx_results_data(r, i, &len);
        evx_unit *u = NULL;
        char pid[64];
        if (evx_unit_from_json(&u, data, len))
            continue;
        para_of(u->id, pid, sizeof pid);
        evx_unit_free(u);
        if (!is_relevant(rel, pid))
            continue;
        if (!first)
            first = (int)i + 1;
        for (j = 0; j < n_seen && strcmp(seen[j], pid); j++)
            ;
        if (j == n_seen && n_seen < TOP) {
            strcpy(seen[n_seen++], pid);
            found++;
        }
    }
    *rr += first ? 1.0 / first : 0;
    *recall += (double)found / count_ids(rel);
    evx_results_free(r);
    evx_query_free(q);
    return 0;
}

int main(int argc, char **argv)
{
    evx_db *db = NULL;
    evx_tok *tok = NULL;
    evx_qparse *qp = NULL;
    evx_search_opts o;
    char line[4096];
    double rr = 0, recall = 0;
    int n = 0, rc = 1;
    FILE *f;

    if (argc < 3) {
        fprintf(stderr, "usage: rank_eval DB QUERIES.tsv [and|or]\n");
        return 2;
    }
    if (evx_db_open(&db, argv[1], EVX_DB_READ, NULL) || evx_tok_new(&tok) ||
        evx_qparse_new(&qp, db, tok)) {
        fprintf(stderr, "rank_eval: cannot open %s\n", argv[1]);
        goto done;
    }
    if (argc > 3 && strcmp(argv[3], "and") == 0)
        evx_qparse_set_default_op(qp, EVX_Q_AND);
    evx_search_opts_init(&o);
    o.limit = TOP;
    o.collapse_slot = EVX_SLOT_IDENTITY;
    o.impact_scale = EVX_IMPACT_SCALE;
    f = fopen(argv[2], "r");
    if (!f) {
        perror(argv[2]);
        goto done;
    }
    while (fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t'), *split;
        line[strcspn(line, "\r\n")] = '\0';
        if (!tab || line[0] == '#')
            continue;
        *tab = '\0';
        split = strchr(tab + 1, '\t');
        if (split && strcmp(split + 1, "tune") != 0)
            continue;
        if (split)
            *split = '\0';
        if (eval_one(db, qp, &o, line, tab + 1, &rr, &recall) == 0)
            n++;
    }
    fclose(f);
    if (n)
        printf("MRR@10 %.3f recall@10 %.3f queries %d\n", rr / n, recall / n, n);
    rc = n ? 0 : 1;
done:
    evx_qparse_free(qp);
    evx_tok_free(tok);
    evx_db_free(db);
    return rc;
}
