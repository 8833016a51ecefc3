/*
 * layout_map.c - places in the canonical text mapped back to the text the
 * page layer read (layout.h): a word's line and column, a unit's lines,
 * and the lines taken for page furniture.
 */
#include "layout_scan.h"

/* Maps a place in the canonical text to the text the layout was built
 * over (the split copy, if any), as evx_layout_where does. */
static void where_built(const evx_layout *l, long line, long col, long *oline,
                        long *ocol)
{
    *oline = line;
    *ocol = col;
    if (line < 1 || (size_t)line > l->n_lines || l->n_segs == 0)
        return;
    size_t off = l->line_off[line - 1] + (size_t)(col > 0 ? col - 1 : 0);
    if (col < 0) /* the end of the line */
        off = (size_t)line < l->n_lines ? l->line_off[line] - 1 : l->out.len;
    size_t lo = 0, hi = l->n_segs;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (l->segs[mid].out <= off)
            lo = mid;
        else
            hi = mid;
    }
    const seg *s = &l->segs[lo];
    if (off < s->out && lo + 1 < l->n_segs && col >= 0)
        s = &l->segs[lo + 1];
    size_t d = off > s->out ? off - s->out : 0;
    if (d > s->len)
        d = s->len;
    *oline = s->line;
    *ocol = s->col + (long)d;
}

void evx_layout_where(const evx_layout *l, long line, long col, long *oline,
                      long *ocol)
{
    where_built(l, line, col, oline, ocol);
    evx_text_split_where(l->paged, *oline, *ocol, oline, ocol);
}

void evx_layout_furniture(const evx_layout *l,
                          int (*cb)(void *ctx, long line, long first_col,
                                    long last_col),
                          void *ctx)
{
    for (size_t i = 0; i < l->n_furn; i++) {
        long fl, fc, el, ec;
        evx_text_split_where(l->paged, l->furn[i], 1, &fl, &fc);
        evx_text_split_where(l->paged, l->furn[i], -1, &el, &ec);
        if (cb(ctx, fl, fc, ec))
            return;
    }
}

int evx_layout_is_furniture(const evx_layout *l, long line)
{
    long ol, oc;
    where_built(l, line, 1, &ol, &oc);
    size_t lo = 0, hi = l->n_furn;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (l->furn[mid] == ol)
            return 1;
        if (l->furn[mid] < ol)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

void evx_layout_span(const evx_layout *l, long line, long col, long end_line,
                     long *next_line, long *next_col, long *last)
{
    evx_layout_where(l, line, col, next_line, next_col);
    *last = *next_line;
    if (line < 1 || col < 1 || end_line < line ||
        (size_t)end_line > l->n_lines || l->n_segs == 0)
        return;
    size_t from = l->line_off[line - 1] + (size_t)(col - 1);
    size_t to = (size_t)end_line < l->n_lines ? l->line_off[end_line]
                                               : l->out.len;
    size_t lo = 0, hi = l->n_segs;
    while (lo < hi) { /* the first word at or after from */
        size_t mid = (lo + hi) / 2;
        if (l->segs[mid].out < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    long top = 0, top_col;
    for (size_t k = lo; k < l->n_segs && l->segs[k].out < to; k++) {
        if (k == lo + 1)
            evx_text_split_where(l->paged, l->segs[k].line, l->segs[k].col,
                                 next_line, next_col);
        if (l->segs[k].line > top)
            top = l->segs[k].line;
    }
    /* the split copy's lines keep the file's order */
    if (top) {
        long ol;
        evx_text_split_where(l->paged, top, 1, &ol, &top_col);
        if (ol > *last)
            *last = ol;
    }
}
