/*
 * attrib_hc650.h - HC 650's small registry for the crafted attribution
 * tests (test_attrib.c, test_attrib_lead.c): its witness panels and
 * written evidence, and the helpers that resolve one quotation against
 * them.  Include after attributil.h.
 */
#ifndef EVX_ATTRIB_HC650_H
#define EVX_ATTRIB_HC650_H

static const char *const panel_a[][3] = {
    {"Imelda Redmond", "National Director", "Healthwatch England"},
    {"Dr Charlotte Augst", "Partnerships Director", "The Richmond Group"},
    {"Don Redding", "Director of Policy", "National Voices"},
    {"Kate Duxbury", "Research Director", "Ipsos MORI"},
};
static const char *const panel_b[][3] = {
    {"Paul Maubach", "Chief Executive Officer",
     "Dudley Clinical Commissioning Group"},
};
static const char *const panel_c[][3] = {
    {"Councillor Jonathan McShane", NULL, "Local Government Association"},
    {"Niall Dickson", "Chief Executive", "NHS Confederation"},
};
static const char *const panel_d[][3] = {
    {"Professor Chris Ham", "Chief Executive", "The King’s Fund"},
    {"Professor Katherine Checkland", "Professor of Health Policy",
     "University of Manchester"},
    {"Nigel Edwards", "Chief Executive", "The Nuffield Trust"},
};
static const char *const panel_e[][3] = {
    {"Professor Steve Powis", "National Medical Director", "NHS England"},
    {"Simon Stevens", "Chief Executive", "NHS in England"},
};
static const char *const panel_f[][3] = {
    {"Ian Dalton", "Chief Executive", "NHS Improvement"},
    {"Ben Dyson", "Executive Director, Strategy", "NHS Improvement"},
};

/* The panels and written evidence above, as units of l. */
static inline void registry_units(evx_units *l)
{
    add_panel(l, 3, "27 February 2018", 132, 156, panel_a, 4);
    add_panel(l, 4, "6 March 2018", 157, 201, panel_b, 1);
    add_panel(l, 5, "6 March 2018", 202, 226, panel_c, 2);
    add_panel(l, 6, "6 March 2018", 227, 264, panel_d, 3);
    add_panel(l, 7, "20 March 2018", 265, 345, panel_e, 2);
    add_panel(l, 8, "20 March 2018", 346, 370, panel_f, 2);
    add_evidence(l, "Ipsos MORI", "STP0104");
    add_evidence(l, "NHS Clinical Commissioners", "STP0064");
    add_evidence(l, "NHS Clinical Commissioners", "STP0124");
}

/* q's speaker is named want (what: the case, for the message). */
static inline void expect_name(const evx_unit *q, const char *what,
                               const char *want)
{
    cr_expect(q->speaker->name && strcmp(q->speaker->name, want) == 0,
              "%s: want %s, got %s (%s)", what, want,
              q->speaker->name ? q->speaker->name : "none",
              q->speaker->evidence);
}

/* A paragraph whose text is ptext and whose one quotation has lead-in
 * lead and no footnote, resolved against the registry. */
static inline const evx_unit *lead_in_only(evx_units *l, const char *ptext,
                                           const char *lead)
{
    registry_units(l);
    evx_unit *q = add_quote(l, 60, ptext, "the money has to follow the patient",
                            lead, 0);
    resolve(l);
    return q;
}

/* Expects each lead-in cases[k][0], as the whole paragraph, to name
 * the speaker cases[k][1]. */
static inline void expect_lead_names(const char *const (*cases)[2], size_t n)
{
    for (size_t k = 0; k < n; k++) {
        evx_units l = EVX_UNITS_INIT;
        const evx_unit *q = lead_in_only(&l, cases[k][0], cases[k][0]);
        expect_name(q, cases[k][0], cases[k][1]);
        evx_units_free(&l);
    }
}

/* The same with lead as the whole paragraph, and footnote 7 of text fn
 * cited (none if NULL). */
static inline const evx_unit *org_lead(evx_units *l, const char *lead,
                                       const char *fn)
{
    registry_units(l);
    if (fn)
        add_footnote(l, 7, fn);
    evx_unit *q = add_quote(l, 60, lead, "the money has to follow the patient",
                            lead, fn ? 7 : 0);
    resolve(l);
    return q;
}

#endif /* EVX_ATTRIB_HC650_H */
