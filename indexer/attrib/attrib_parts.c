/*
 * attrib_parts.c - what a comma-separated part of a witness line or a
 * footnote's brackets names: a person, a post, or neither; see
 * attrib_parts.h.
 */
#include "attrib_parts.h"

#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "ascii.h"
#include "attrib_text.h"
#include "names.h"

static int prefix_fold(const char *s, size_t len, const char *p)
{
    size_t n = strlen(p);
    if (len < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (evx_ascii_tolower((unsigned char)s[i]) !=
            evx_ascii_tolower((unsigned char)p[i]))
            return 0;
    return 1;
}

static const char *const honorifics[] = {
    "Dr ",        "Professor ", "Prof ",  "Sir ",    "Dame ",  "Lord ",
    "Baroness ",  "Lady ",      "Mr ",    "Mrs ",    "Ms ",    "Miss ",
    "Mx ",        "Councillor ", "Cllr ", "Rt Hon ", "Rt. Hon ",
    "Right Honourable ", "Rev ", "Revd ", "Reverend ", "Canon ", "Bishop ",
    "Rt Revd ",   "Rt Rev ",    "Most Revd ", "Very Revd ", "HE ",
    "His Excellency ", "Her Excellency ", "Earl ", "Viscount ",
    "Viscountess ", "Duke ", "Duchess ", "Countess ", "Marquess ",
    "His Honour Judge ", "Her Honour Judge ", "HH Judge ", "HHJ "};

int evx_part_opens_capital(const char *s, size_t len)
{
    utf8proc_int32_t cp;
    if (len == 0)
        return 0;
    if ((unsigned char)s[0] < 0x80)
        return evx_ascii_upper((unsigned char)s[0]);
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                          (utf8proc_ssize_t)len, &cp);
    return n > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* Words that mark a part as a role, not a name: posts and their
 * qualifiers as witness lists print them, and English function words.
 * Organisation words come from evx_aword_is_org_type (attrib_text.h), the
 * one list of them. */
static const char *const not_name_words[] = {
    "executive", "chairman", "head", "deputy", "assistant", "policy",
    "manager", "adviser", "advisor", "member", "president", "general",
    "former", "interim", "research", "senior", "international", "local",
    "affairs", "professor", "the", "of", "and", "for", "in", "on", "at"};

/* Is the word an organisation's, by its kind ("Institute", "Trust")? */
static int org_word(const char *w, size_t n)
{
    char term[32];
    if (n == 0 || n >= sizeof term)
        return 0;
    for (size_t i = 0; i < n; i++)
        term[i] = (char)evx_ascii_tolower((unsigned char)w[i]);
    term[n] = 0;
    return evx_aword_is_org_type(term);
}

static int word_is(const char *w, size_t n, const char *x)
{
    if (strlen(x) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (evx_ascii_tolower((unsigned char)w[i]) != (unsigned char)x[i])
            return 0;
    return 1;
}

/* Is s[0..len) printed in capitals: letters, none of them lower case
 * ("DR JANE OCONNOR", as some lists print witnesses' names)? */
static int in_capitals(const char *s, size_t len)
{
    int letters = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            return 0;
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LL)
            return 0;
        letters += c == UTF8PROC_CATEGORY_LU;
        i += (size_t)n;
    }
    return letters >= 2;
}

/* Is the word at s (up to a space or len) an English function word,
 * which mixed case prints in lower case ("of" of "Professor of Law")? */
static int small_word(const char *s, size_t len)
{
    static const char *const small[] = {"of", "and", "for", "the", "in",
                                        "on", "at", "to"};
    size_t n = 0;
    while (n < len && s[n] != ' ')
        n++;
    for (size_t k = 0; k < sizeof small / sizeof *small; k++)
        if (word_is(s, n, small[k]))
            return 1;
    return 0;
}

/* s[0..len) as mixed case prints it: each word's letters after its first
 * in lower case, and function words after the first word all in lower
 * case ("DR JANE OCONNOR" -> "Dr Jane Oconnor", "PROFESSOR OF LAW" ->
 * "Professor of Law"), into out (cap bytes); its length, or 0 if it does
 * not fit. */
static size_t title_cased(char *out, size_t cap, const char *s, size_t len)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0 || o + 4 >= cap)
            return 0;
        int word_start = i == 0 || s[i - 1] == ' ';
        if (!word_start || (i > 0 && small_word(s + i, len - i)))
            cp = utf8proc_tolower(cp);
        o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out + o);
        i += (size_t)n;
    }
    return o;
}

/* Is the title w[0..n) one a place follows after "of" ("Earl", "Bishop"):
 * a peer's or a bishop's? */
static int of_a_place(const char *w, size_t n)
{
    char f[16];
    if (n >= sizeof f)
        return 0;
    for (size_t i = 0; i < n; i++)
        f[i] = (char)evx_ascii_tolower((unsigned char)w[i]);
    return evx_name_is_peerage(f, n) || (n == 6 && memcmp(f, "bishop", 6) == 0);
}

/* The length of the honorific s[0..len) opens with, a capital after it
 * ("Dr " of "Dr Jane", "Rt Hon " of "Rt Hon Sir"; not "Professor of
 * Law"); 0 if none. */
static size_t honorific_len(const char *s, size_t len)
{
    /* "The Lord Sedwill", "The Rt Hon the Baroness Hale", "Professor the
     * Lord Darzi": "the" before a title, or between two */
    size_t the = len > 4 && memcmp(s, "The ", 4) == 0 ? 4 : 0;
    s += the;
    len -= the;
    for (size_t i = 0; i < sizeof honorifics / sizeof honorifics[0]; i++) {
        size_t n = strlen(honorifics[i]);
        if (len <= n || memcmp(s, honorifics[i], n) != 0)
            continue;
        if (len > n + 4 && memcmp(s + n, "the ", 4) == 0)
            n += 4;
        /* a peer or bishop of a place: "The Earl of Devon", "Bishop of
         * Leeds" */
        else if (len > n + 3 && memcmp(s + n, "of ", 3) == 0 && of_a_place(s, n - 1))
            n += 3;
        if (evx_part_opens_capital(s + n, len - n))
            return the + n;
    }
    return 0;
}

int evx_part_has_honorific(const char *s, size_t len)
{
    if (!in_capitals(s, len) || honorific_len(s, len)) /* "HE " */
        return honorific_len(s, len) > 0;
    /* a name in capitals ("MR PETER SMITH") is titled as it would be in
     * mixed case, with two words or more after its title: "MS SOCIETY"
     * may be a body's name */
    char mixed[256];
    size_t n = title_cased(mixed, sizeof mixed, s, len);
    size_t t = n ? honorific_len(mixed, n) : 0;
    return t > 0 && memchr(mixed + t, ' ', n - t) != NULL;
}

/* Is the word w[0..n) a lower-case surname particle as a name prints it
 * within ("de", "la" of "Ana de la Cruz", "ap" of "Iolo ap Dafydd", "al-"
 * of "Amal al-Hassan", "a'" of "Màiri Nic a' Bhaird")?  The particles are
 * names.h's; the elided Gaelic article is printed only in names. */
static int name_particle(const char *w, size_t n)
{
    size_t k = 0;
    while (k < n && evx_ascii_lower((unsigned char)w[k]))
        k++;
    if (k == 0)
        return 0;
    if (k == n)
        return evx_name_is_particle(w, n);
    if (w[k] == '-') /* "al-Hassan": the particle glued to the surname */
        return evx_name_is_particle(w, k) &&
               evx_part_opens_capital(w + k + 1, n - k - 1);
    return k == 1 && w[0] == 'a' &&
           ((n == 2 && w[1] == '\'') ||
            (n == 4 && memcmp(w + 1, "\xE2\x80\x99", 3) == 0));
}

/* Is w[0..n) one character, ASCII or not ("Ó" of "Seán Ó Riain")? */
static int one_character(const char *w, size_t n)
{
    utf8proc_int32_t cp;
    return n > 0 && utf8proc_iterate((const utf8proc_uint8_t *)w,
                                     (utf8proc_ssize_t)n, &cp) == (utf8proc_ssize_t)n;
}

/* Does w[0..n) hold a small letter, of any script ("Ní", "Uí": no ASCII
 * one)? */
static int has_small_letter(const char *w, size_t n)
{
    for (size_t k = 0; k < n;) {
        if (evx_ascii_lower((unsigned char)w[k]))
            return 1;
        if ((unsigned char)w[k] < 0x80) {
            k++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t m = utf8proc_iterate((const utf8proc_uint8_t *)w + k,
                                              (utf8proc_ssize_t)(n - k), &cp);
        if (m <= 0)
            return 0;
        if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
            return 1;
        k += (size_t)m;
    }
    return 0;
}

static int body_head(const char *w, size_t n);
static int possessive(const char *s, size_t n);

/* Does a part that opens with a title name a body ("Bishop of
 * Winchester's Trust", "The Duke of Edinburgh's Award", "Sir John Cass
 * Foundation"): its last word a body's head noun, or a possessive with
 * words after it? */
static int titled_body(const char *s, size_t len)
{
    size_t w = len;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    if (w > 0 && body_head(s + w, len - w))
        return 1;
    for (size_t i = 0, e; i < w; i = e + 1) {
        e = i;
        while (e < len && s[e] != ' ')
            e++;
        if (e < w && possessive(s + i, e - i))
            return 1;
    }
    return 0;
}

int evx_part_looks_like_name(const char *s, size_t len)
{
    if (len == 0 || !evx_part_opens_capital(s, len))
        return 0;
    if (evx_part_has_honorific(s, len))
        return !titled_body(s, len);
    size_t i = 0, words = 0;
    int particle_last = 0;
    while (i < len) {
        while (i < len && s[i] == ' ')
            i++;
        if (i >= len)
            break;
        size_t ws = i;
        while (i < len && s[i] != ' ')
            i++;
        size_t n = i - ws;
        /* a particle stands between the name's capitalised words and is
         * not counted among them; "al-Hassan" is a word of its own */
        particle_last = 0;
        if (!evx_part_opens_capital(s + ws, n)) {
            if (words == 0 || !name_particle(s + ws, n))
                return 0;
            particle_last = memchr(s + ws, '-', n) == NULL;
            if (!particle_last)
                words++;
            continue;
        }
        words++;
        /* an all-capitals word is an acronym (NHS, UK), not a name; after
         * the name it is a post-nominal ("Meg Hillier MP", "… KCB") */
        if (!has_small_letter(s + ws, n) && !one_character(s + ws, n) && words < 3)
            return 0;
        for (size_t k = 0; k < sizeof not_name_words / sizeof *not_name_words; k++)
            if (word_is(s + ws, n, not_name_words[k]))
                return 0;
        if (org_word(s + ws, n))
            return 0;
    }
    return !particle_last && words >= 2 && words <= 4;
}

int evx_part_rank_and_name(const char *s, size_t len)
{
    size_t n = evx_name_rank_len(s, len);
    /* "General Sir David Richards", "Assistant Commissioner John Yates
     * QPM"; never "General Secretary" or "Major Projects Authority" */
    return n && n < len &&
           (evx_part_has_honorific(s + n, len - n) ||
            (evx_part_looks_like_name(s + n, len - n) &&
             !evx_part_names_post(s + n, len - n)));
}

/* Is w[0..n) a noun that heads a body's name ("Office", "Association")?
 * Words of English. */
static int body_head(const char *w, size_t n)
{
    static const char *const heads[] = {
        "office", "association", "institute", "society", "federation",
        "council", "commission", "authority", "agency", "trust",
        "foundation", "union", "college", "academy", "alliance", "network",
        "forum", "centre", "service", "inspectorate", "department",
        "ministry", "board", "bureau"};
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++)
        if (word_is(w, n, heads[k]))
            return 1;
    return 0;
}

/* Does the word s[0..n) end in a possessive ("Commissioner’s",
 * "Coroner's", "Officers’")? */
static int possessive(const char *s, size_t n)
{
    return (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's') ||
           (n > 4 && memcmp(s + n - 4, "\xE2\x80\x99s", 4) == 0) ||
           (n > 3 && memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0);
}

int evx_part_names_body(const char *s, size_t len)
{
    const char *sp = memchr(s, ' ', len);
    /* "Office of the Children’s Commissioner", "Association of Chief
     * Police Officers" */
    if (sp && body_head(s, (size_t)(sp - s)) && (size_t)(sp - s) + 4 <= len &&
        memcmp(sp, " of ", 4) == 0)
        return 1;
    /* "Information Commissioner’s Office", "Chief Coroner’s Office" */
    size_t e = len, w = len;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    if (w < 2 || !body_head(s + w, e - w))
        return 0;
    size_t b = w - 1;
    while (b > 0 && s[b - 1] != ' ')
        b--;
    return possessive(s + b, w - 1 - b);
}

int evx_part_own_standing(const char *s, size_t len)
{
    static const char *const firsts[] = {
        "petitioner", "campaigner", "barrister", "consultant", "independent",
        "patient", "parent", "carer", "journalist", "student", "resident",
        "retired", "expert", "lived", "mayor", "survivor", "citizen"};
    size_t n = 0;
    while (n < len && s[n] != ' ')
        n++;
    for (size_t k = 0; k < sizeof firsts / sizeof *firsts; k++)
        if (word_is(s, n, firsts[k]))
            return 1;
    return 0;
}

int evx_part_reads_as_role(const char *s, size_t len)
{
    if (evx_part_names_body(s, len))
        return 0;
    static const char *const role_starts[] = {
        "former ", "chief ",   "deputy ", "director ", "assistant ",
        "head ",   "chair",    "co-chair", "minister ", "secretary ",
        "executive ", "interim ", "national ", "professor ", "senior ",
        "lead ",   "member ",  "president ", "permanent "};
    for (size_t i = 0; i < sizeof role_starts / sizeof *role_starts; i++)
        if (prefix_fold(s, len, role_starts[i]))
            return 1;
    return 0;
}


/* Does the part name a post ("Science Director at Unilever", "Oceans
 * Campaigner")?  Job words of English, as witness lists print posts. */
int evx_part_names_post(const char *s, size_t len)
{
    static const char *const posts[] = {
        "director", "manager", "officer", "chair", "head", "executive",
        "adviser", "advisor", "campaigner", "scientist", "secretary",
        "minister", "president", "lead", "coordinator", "co-ordinator",
        "professor", "lecturer", "researcher", "fellow", "partner",
        "analyst", "specialist", "consultant", "engineer", "clerk",
        "commissioner", "chief", "deputy", "member", "founder", "trustee",
        "editor", "economist", "representative", "governor", "leader",
        "planner", "teacher", "headteacher", "practitioner", "surgeon",
        "physician", "pharmacist", "midwife", "paramedic", "inspector",
        "solicitor", "barrister", "lawyer", "auditor", "accountant",
        "architect", "administrator", "superintendent", "commander",
        "technician", "statistician", "epidemiologist", "toxicologist",
        "librarian", "treasurer", "surveyor", "organiser", "organizer",
        "convenor", "convener", "expert", "worker", "principal",
        "ambassador", "envoy", "chancellor", "bishop", "archbishop", "mayor",
        "judge", "justice", "ombudsman", "registrar", "dean", "provost",
        "attorney", "advocate", "co-founder", "speaker", "petitioner",
        "recorder", "coroner", "magistrate", "constable", "sergeant",
        "chaplain", "vicar", "rector"};
    if (evx_part_names_body(s, len))
        return 0;
    if (evx_part_reads_as_role(s, len))
        return 1;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '-')
            continue; /* a word's start, or a compound's part
                         ("Under-Secretary", "Co-Chair") */
        for (size_t k = 0; k < sizeof posts / sizeof *posts; k++) {
            size_t n = strlen(posts[k]);
            if (i + n > len || !prefix_fold(s + i, len - i, posts[k]))
                continue;
            if (i + n < len && s[i + n] == 's') /* "Co-Directors" */
                n++;
            if (i + n == len || !evx_ascii_lower((unsigned char)s[i + n]))
                return 1;
        }
    }
    return 0;
}


/* Whether a name is a post: its words up to the first in lower case
 * ("Minister" of "Minister for Care", "Chief Executive", "Permanent
 * Secretary") all name posts.  "Chief Fire Officers Association" and
 * "General Medical Council" are bodies. */
static int names_post(const char *name)
{
    int words = 0;

    while (name && evx_ascii_upper(*name)) {
        char w[16];
        size_t n = 0;
        while (evx_ascii_alpha(name[n]) && n < sizeof w - 1) {
            w[n] = (char)evx_ascii_tolower(name[n]);
            n++;
        }
        w[n] = '\0';
        if (evx_ascii_alpha(name[n]) || !evx_aword_is_post(w))
            return 0;
        words++;
        name += n;
        if (*name != ' ')
            break;
        name++;
    }
    return words > 0 && (!name || !*name || *name == ' ' ||
                         evx_ascii_lower(*name));
}

int evx_source_lists(const char *list, const char *name)
{
    char one[256];
    size_t n = 0;
    int parts = 0;

    for (const char *s = list;; s++) {
        int end = !*s || *s == ',' || strncmp(s, " and ", 5) == 0;
        if (!end) {
            if (n + 1 < sizeof one)
                one[n++] = *s;
            continue;
        }
        one[n] = '\0';
        parts++;
        if (name && n && evx_name_same_surname(one[0] == ' ' ? one + 1 : one,
                                               name))
            return 1;
        if (!*s)
            break;
        if (*s == ' ')
            s += 4; /* past " and" */
        n = 0;
    }
    return !name && parts > 1;
}

/* Does the name end with letters a person's name carries after it, in
 * capitals ("Sarah Pellow MP", "Jane Hart FRCP"), after a name of two
 * words or more? */
static int ends_with_letters(const char *name)
{
    const char *sp = strrchr(name, ' ');
    if (!sp || sp == name || !strchr(name, ' ') || strchr(name, ' ') == sp)
        return 0;
    size_t n = strlen(sp + 1);
    char w[16];
    if (n < 2 || n >= sizeof w)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (!evx_ascii_upper((unsigned char)sp[1 + i]))
            return 0;
        w[i] = (char)(sp[1 + i] | 0x20);
    }
    return evx_name_is_title(w, n);
}

const char *evx_source_org(const char *name)
{
    /* Parliament's label for a submitter who asked not to be named */
    if (name && (strncasecmp(name, "Name withheld", 13) == 0 ||
                 strncasecmp(name, "Anonymous", 9) == 0))
        return NULL;
    /* a person by title or rank ("Brigadier Ed Butler CBE DSO") or by
     * the letters after the name ("Sarah Pellow MP") is no body; an
     * untitled name ("Cosmetics Europe", "Martin Lewis") may be */
    return name && !evx_name_opens_with_title(name) && !names_post(name) &&
                   !evx_part_rank_and_name(name, strlen(name)) &&
                   !ends_with_letters(name)
               ? name
               : NULL;
}
