/*
 * rank.c - the weights of a free word's matches (see rank.h).  The
 * function words are data: the English stop list of the Snowball project
 * (snowballstem.org/algorithms/english/stop.txt), as their Porter2 stems,
 * with the modal verbs "can", "may", "might", "must" and "will", less the
 * words that carry a topic in users' questions ("against", "few", "more",
 * "most", "only", "same", "very").
 */
#include "rank.h"

#include <string.h>

#include "buf.h"
#include "schema.h"

int evx_rank_is_function_word(const char *stem)
{
    static const char *const stops[] = {
        "a", "about", "abov", "after", "again", "all", "am", "an", "and",
        "ani", "are", "as", "at", "be", "becaus", "been", "befor", "below",
        "between", "both", "but", "by", "can", "could", "did", "do", "doe",
        "down", "dure", "each", "for", "from", "further", "had", "has",
        "have", "he", "her", "here", "him", "his", "how", "i", "if", "in",
        "into", "is", "it", "itself", "just", "may", "me", "might", "must",
        "my", "no", "nor", "not", "now", "of", "off", "on", "onc", "or",
        "other", "ought", "our", "ourselv", "out", "over", "own", "she", "should",
        "so", "some", "such", "than", "that", "the", "their", "them",
        "themselv", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "us", "was", "we",
        "were", "what", "when", "where", "whi", "which", "while", "who",
        "whom", "will", "with", "would", "you", "your", NULL};
    for (size_t i = 0; stops[i]; i++)
        if (strcmp(stem, stops[i]) == 0)
            return 1;
    return 0;
}

evx_status evx_rank_name_weight(evx_query **q)
{
    evx_query *scaled = NULL;
    evx_status st = evx_query_scale(&scaled, *q, EVX_RANK_NAME_WEIGHT);

    evx_query_free(*q);
    *q = st ? NULL : scaled;
    return st;
}

evx_status evx_rank_name_pair(evx_query **out, const char *first,
                              const char *second)
{
    evx_query *pair[2] = {NULL, NULL};
    evx_status st = evx_query_prefixed(&pair[0], EVX_PREFIX_SPEAKER, first, strlen(first), 1);

    *out = NULL;
    if (!st)
        st = evx_query_prefixed(&pair[1], EVX_PREFIX_SPEAKER, second, strlen(second), 2);
    if (!st)
        st = evx_query_combine(out, EVX_Q_PHRASE, pair, 2, 0);
    evx_query_free(pair[0]);
    evx_query_free(pair[1]);
    return st;
}

/* Does stem head more than EVX_RANK_HEADING_MAX_SHARE of db's units? */
static evx_status too_common(evx_db *db, const char *term, int *common)
{
    unsigned long n = 0, freq = 0;
    evx_status st = evx_db_doc_count(db, &n);

    if (!st)
        st = evx_db_term_freq(db, term, &freq);
    *common = !st && freq > n * EVX_RANK_HEADING_MAX_SHARE;
    return st;
}

evx_status evx_rank_heading_term(evx_query **out, evx_db *db, const char *stem)
{
    evx_query *term = NULL;
    evx_buf name = EVX_BUF_INIT;
    int common = 0;
    evx_status st;

    *out = NULL;
    evx_buf_puts(&name, EVX_PREFIX_HEADING);
    evx_buf_puts(&name, stem);
    st = evx_buf_status(&name);
    if (!st && db)
        st = too_common(db, evx_buf_str(&name), &common);
    evx_buf_free(&name);
    if (st || common)
        return st;
    st = evx_query_prefixed(&term, EVX_PREFIX_HEADING, stem, strlen(stem), 0);
    if (!st)
        st = evx_query_scale(out, term, EVX_RANK_HEADING_WEIGHT);
    evx_query_free(term);
    return st;
}
