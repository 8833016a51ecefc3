/*
 * impact.c - a term's stored weight in a unit (see impact.h).
 */
#include "impact.h"

#include <math.h>

unsigned evx_impact_wdf(unsigned wdf, unsigned long len)
{
    if (wdf == 0)
        return 0;
    double normlen = (double)len / EVX_RANK_PIVOT;
    if (normlen < EVX_RANK_MIN_NORMLEN)
        normlen = EVX_RANK_MIN_NORMLEN;
    double k = EVX_RANK_K1 * ((1 - EVX_RANK_B) + EVX_RANK_B * normlen);
    double part = (EVX_RANK_K1 + 1) * wdf / (k + wdf);
    double stored = floor(part * EVX_IMPACT_SCALE + 0.5);
    return stored < 1 ? 1 : (unsigned)stored;
}

double evx_impact_weight(unsigned stored)
{
    return stored / EVX_IMPACT_SCALE;
}
