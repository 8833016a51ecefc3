/*
 * impact.c - a term's stored weight in a unit (see impact.h).
 */
#include "impact.h"

#include <math.h>

/* The stored wdf of evx_impact_wdf, times share. */
static unsigned impact_share(unsigned wdf, unsigned long len, double share)
{
    if (wdf == 0)
        return 0;
    double normlen = (double)len / EVX_RANK_PIVOT;
    if (normlen < EVX_RANK_MIN_NORMLEN)
        normlen = EVX_RANK_MIN_NORMLEN;
    double k = EVX_RANK_K1 * ((1 - EVX_RANK_B) + EVX_RANK_B * normlen);
    double part = (EVX_RANK_K1 + 1) * wdf / (k + wdf);
    double stored = floor(part * share * EVX_IMPACT_SCALE + 0.5);
    return stored < 1 ? 1 : (unsigned)stored;
}

unsigned evx_impact_wdf(unsigned wdf, unsigned long len)
{
    return impact_share(wdf, len, 1.0);
}

static unsigned impact_quotation(unsigned wdf, unsigned long len)
{
    return impact_share(wdf, len, EVX_IMPACT_QUOTATION_SHARE);
}

evx_impact_fn evx_impact_weigher(int quotation)
{
    return quotation ? impact_quotation : evx_impact_wdf;
}

double evx_impact_weight(unsigned stored)
{
    return stored / EVX_IMPACT_SCALE;
}
