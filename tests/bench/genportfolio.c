/* genportfolio.c — deterministic generator of synthetic migrate portfolios for the benchmark. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

/*
 * Layout of a generated portfolio:
 *   portfolio.ini   intermediary at KPN with EH3, ingangsdatum 2026-12-01
 *   gebruikers.csv  --users rows (BOM, CRLF, header with aliases)
 *   werkgevers.csv  --employers rows (LF, one unknown column `opmerking`)
 *   machtigingen.csv --grants rows (LF), in the order --order names:
 *                    user      grouped per user, like an export of the portal's user administration
 *                    employer  sorted by the loonheffingennummer the row names (stable: per user within it)
 *                    shuffled  (default) a Fisher-Yates shuffle of the same rows, like an export in no order
 * With --gzip the three CSV files are written as .csv.gz and named so in portfolio.ini.
 * Every row count is exact: special cases replace ordinary rows, they are never added.
 * The rows of machtigingen.csv are decided first, per user, whatever the order (a duplicate grant
 * repeats the previous grant of its user, which exists in every order); the order only permutes
 * them, so werkgevers.csv, gebruikers.csv, the set of grant rows and every planted count are the
 * same in all three orders, and --order user writes the rows as they were decided.
 * All randomness comes from one xoshiro256** stream seeded by --seed and is drawn in a
 * fixed order (the shuffle last, after every other draw), so the same options give
 * byte-identical files on every platform.
 * At the end the generator prints on stdout the rows of each file, what it planted
 * ("planted CASE COUNT": rows of each special case) and what migrate should report
 * ("expect FILE FINDING COUNT"). The expected counts follow from the planted rows and the
 * rules: a duplicate of an ended grant or of a blocked user's grant is no duplicate, a grant on
 * an inactive employer moves to its last active successor (or is dropped) and only then meets
 * the eigenrisicodrager check and the duplicate check, a client without kept grants makes no
 * request, and so on. tests/bench/bench.py compares them with the findings migrate reports, for
 * every order. Clients that are no eigenrisicodrager write `geen` in that column when their
 * client number is even and leave it empty otherwise, so an ERD-only service on them is
 * service-erd-only (not migrated) or service-erd-unconfirmed (kept) respectively.
 */

/* ---------------------------------------------------------------- options */

/* Which file a share is a percentage of. */
enum { OF_EMP, OF_USER, OF_GRANT, OF_INACTIVE, OF_CLIENT };

/* A special case and its share in percent. */
typedef struct share {
    const char *name; /* option name without "--" and the key of the "planted" line */
    double pct;       /* default share */
    int of;           /* base of the percentage */
    const char *help;
} share;

/* Indexes into the share table, in table order. */
enum {
    S_LHN_FORMAT,
    S_LHN_CHECKSUM,
    S_LHN_SUBNUMBER,
    S_LHN_SPACED,
    S_EMP_DUP,
    S_INACTIVE_SUCC,
    S_INACTIVE_NOSUCC,
    S_CHAIN,
    S_CYCLE,
    S_SUCC_UNKNOWN,
    S_OPEN,
    S_KVK7,
    S_NOKVK,
    S_FOREIGN,
    S_MULTI_LHN,
    S_LEGAL_FORMS,
    S_ERD,
    S_KPN_EH3,
    S_KPN_LOW,
    S_OTHER_SUPPLIER,
    S_NO_REP,
    S_VESTIGING,
    S_FORMULA,
    S_QUOTED,
    S_LINEBREAK,
    S_BEHEERDER,
    S_BLOCKED,
    S_LOW_LEVEL,
    S_NO_MEANS,
    S_SHARED,
    S_USER_DUP,
    S_DUP_GRANT,
    S_ENDED,
    S_FUTURE_END,
    S_UNKNOWN_USER,
    S_UNKNOWN_EMP,
    S_UNKNOWN_SERVICE,
    S_LEGACY,
    S_ERD_WRONG,
    S_BAD_DATE,
    S_COUNT
};

/* The special cases of the rules (formats/README.md) with defaults that look like a real bureau's portfolio. */
static share shares[S_COUNT] = {
    [S_LHN_FORMAT] = {"lhn-format", 0.10, OF_EMP, "LHN not 9 digits + L + 2 digits"},
    [S_LHN_CHECKSUM] = {"lhn-checksum", 0.20, OF_EMP, "LHN failing the 11-proof"},
    [S_LHN_SUBNUMBER] = {"lhn-subnumber", 0.05, OF_EMP, "LHN with subnumber L00"},
    [S_LHN_SPACED] = {"lhn-spaced", 1.00, OF_EMP, "valid LHN written with spaces or dots"},
    [S_EMP_DUP] = {"employer-duplicate", 0.05, OF_EMP, "row repeating the previous LHN (half identical)"},
    [S_INACTIVE_SUCC] = {"inactive-successor", 3.00, OF_EMP, "inactive, fusie/overname to an active LHN"},
    [S_INACTIVE_NOSUCC] = {"inactive-no-successor", 2.00, OF_EMP, "inactive without successor (beeindigd)"},
    [S_CHAIN] = {"successor-chain", 0.50, OF_EMP, "inactive, successor itself inactive (A->B->C)"},
    [S_CYCLE] = {"successor-cycle", 0.02, OF_EMP, "inactive, successors form a cycle"},
    [S_SUCC_UNKNOWN] = {"successor-unknown", 0.20, OF_EMP, "inactive, successor not in the portfolio"},
    [S_OPEN] = {"open-reports", 40.0, OF_INACTIVE, "inactive rows with open_meldingen > 0"},
    [S_KVK7] = {"kvk-7digit", 2.00, OF_CLIENT, "KvK that lost its leading zero"},
    [S_NOKVK] = {"no-kvk", 0.80, OF_CLIENT, "Dutch employer without KvK"},
    [S_FOREIGN] = {"foreign", 0.40, OF_CLIENT, "foreign employer (land DE/BE/LU/GB) without KvK"},
    [S_MULTI_LHN] = {"multi-lhn", 10.0, OF_CLIENT, "client with 2-3 LHNs (subnumbers) on one KvK"},
    [S_LEGAL_FORMS] = {"legal-forms", 3.00, OF_CLIENT, "client in a groep with several KvK numbers"},
    [S_ERD] = {"erd", 6.00, OF_CLIENT, "eigenrisicodrager (ZW/WGA/WW)"},
    [S_KPN_EH3] = {"kpn-eh3", 35.0, OF_CLIENT, "client at KPN with EH3/EH4: beheermodule"},
    [S_KPN_LOW] = {"kpn-low", 2.00, OF_CLIENT, "client at KPN below EH3: formulier"},
    [S_OTHER_SUPPLIER] = {"other-supplier", 20.0, OF_CLIENT, "client at another supplier: formulier"},
    [S_NO_REP] = {"no-representative", 4.00, OF_CLIENT, "no vertegenwoordiger"},
    [S_VESTIGING] = {"vestiging", 1.00, OF_EMP, "row with a 12-digit vestigingsnummer"},
    [S_FORMULA] = {"formula-risk", 0.02, OF_CLIENT, "name starting with @ or ="},
    [S_QUOTED] = {"quoted", 3.00, OF_CLIENT, "name with an embedded ; or \" (quoted field)"},
    [S_LINEBREAK] = {"linebreak", 0.10, OF_CLIENT, "name with a line break (quoted field)"},
    [S_BEHEERDER] = {"beheerder", 1.00, OF_USER, "beheerder (EH3/EH4); row 2 always is one"},
    [S_BLOCKED] = {"blocked", 3.00, OF_USER, "status geblokkeerd"},
    [S_LOW_LEVEL] = {"low-level", 4.00, OF_USER, "active user with EH1/EH2/EH2+"},
    [S_NO_MEANS] = {"no-means", 4.00, OF_USER, "active user with geen or empty eh_niveau"},
    [S_SHARED] = {"shared-account", 1.50, OF_USER, "generic account word or an e-mail used twice"},
    [S_USER_DUP] = {"user-duplicate", 0.05, OF_USER, "gebruikersnaam repeated"},
    [S_DUP_GRANT] = {"duplicate-grant", 1.00, OF_GRANT, "same user, LHN and service again"},
    [S_ENDED] = {"grant-ended", 3.00, OF_GRANT, "einddatum before the run date"},
    [S_FUTURE_END] = {"future-end", 2.00, OF_GRANT, "einddatum after the run date (kept)"},
    [S_UNKNOWN_USER] = {"user-unknown", 0.10, OF_GRANT, "user not in gebruikers.csv"},
    [S_UNKNOWN_EMP] = {"employer-unknown", 0.10, OF_GRANT, "LHN not in werkgevers.csv"},
    [S_UNKNOWN_SERVICE] = {"service-unknown", 0.05, OF_GRANT, "service name not in the catalogue"},
    [S_LEGACY] = {"legacy-names", 40.0, OF_GRANT, "service written by a legacy name (else code/name)"},
    [S_ERD_WRONG] = {"service-erd-only", 0.30, OF_GRANT,
                     "ERD-only service on a non-ERD client (erd geen/empty)"},
    [S_BAD_DATE] = {"date-format", 0.02, OF_GRANT, "ingangsdatum that is no calendar date"},
};

/* Shares converted to parts per million, fixed before any draw. */
static uint32_t ppm[S_COUNT];

/* ---------------------------------------------------------------- random numbers */

/* xoshiro256** state. */
static uint64_t rs[4];

/* One step of splitmix64, used to seed xoshiro. */
static uint64_t splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);

    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Rotate left. */
static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

/* Next 64 random bits. */
static uint64_t rnd(void)
{
    uint64_t r = rotl(rs[1] * 5, 7) * 9, t = rs[1] << 17;

    rs[2] ^= rs[0];
    rs[3] ^= rs[1];
    rs[1] ^= rs[2];
    rs[0] ^= rs[3];
    rs[2] ^= t;
    rs[3] = rotl(rs[3], 45);
    return r;
}

/* Uniform number below n (n > 0). */
static uint32_t below(uint32_t n)
{
    return (uint32_t)(((rnd() >> 32) * (uint64_t)n) >> 32);
}

/* A draw in parts per million. */
static uint32_t draw_ppm(void)
{
    return below(1000000u);
}

/* 1 with the probability of share s. */
static int chance(int s)
{
    return draw_ppm() < ppm[s];
}

/* ---------------------------------------------------------------- buffered output */

#define OUT_CAP (1u << 20)

/* A CSV file being written, through a 1 MiB buffer, plain or gzip. */
typedef struct out {
    FILE *f;
    gzFile gz;
    char *buf;
    size_t len;
    const char *path;
    int failed;
} out;

/* Write the buffer to the file. */
static void out_flush(out *o)
{
    if (o->len == 0)
        return;
    if (o->gz) {
        if (gzwrite(o->gz, o->buf, (unsigned)o->len) != (int)o->len)
            o->failed = 1;
    } else if (fwrite(o->buf, 1, o->len, o->f) != o->len) {
        o->failed = 1;
    }
    o->len = 0;
}

/* Append n bytes. */
static void out_put(out *o, const char *s, size_t n)
{
    if (o->len + n > OUT_CAP)
        out_flush(o);
    if (n > OUT_CAP) {
        if (fwrite(s, 1, n, o->f) != n)
            o->failed = 1;
        return;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
}

/* Append a C string. */
static void out_s(out *o, const char *s)
{
    out_put(o, s, strlen(s));
}

/* Append one character. */
static void out_c(out *o, char c)
{
    if (o->len + 1 > OUT_CAP)
        out_flush(o);
    o->buf[o->len++] = c;
}

/* Append an unsigned number, zero-padded to width digits (0 = no padding). */
static void out_u(out *o, uint64_t v, int width)
{
    char t[24];
    int n = 0;

    do {
        t[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n < width)
        t[n++] = '0';
    while (n)
        out_c(o, t[--n]);
}

/* Append a field, quoted per RFC 4180 when it holds ; " CR or LF. */
static void out_field(out *o, const char *s)
{
    const char *p;

    if (!strpbrk(s, ";\"\r\n")) {
        out_s(o, s);
        return;
    }
    out_c(o, '"');
    for (p = s; *p; p++) {
        if (*p == '"')
            out_c(o, '"');
        out_c(o, *p);
    }
    out_c(o, '"');
}

/* Open path for writing (gzip when gz), with its buffer. */
static int out_open(out *o, const char *path, int gz)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    o->buf = malloc(OUT_CAP);
    if (!o->buf)
        return -1;
    if (gz) {
        o->f = NULL;
        o->gz = gzopen(path, "wb1");
        if (!o->gz)
            return -1;
        gzbuffer(o->gz, 1u << 18);
    } else {
        o->f = fopen(path, "wb");
        if (!o->f)
            return -1;
    }
    return 0;
}

/* Flush and close; -1 on any write error. */
static int out_close(out *o)
{
    out_flush(o);
    if (o->gz) {
        if (gzclose(o->gz) != Z_OK)
            o->failed = 1;
    } else if (fclose(o->f) != 0) {
        o->failed = 1;
    }
    free(o->buf);
    return o->failed ? -1 : 0;
}

/* ---------------------------------------------------------------- word lists */

/* A surname as shown and as used in logins and e-mail addresses. */
typedef struct surname {
    const char *show;
    const char *ascii;
} surname;

static const surname surnames[] = {
    {"de Vries", "devries"},     {"Jansen", "jansen"},         {"van den Berg", "vandenberg"},
    {"Bakker", "bakker"},        {"Visser", "visser"},         {"Smit", "smit"},
    {"Meijer", "meijer"},        {"de Boer", "deboer"},        {"Mulder", "mulder"},
    {"de Groot", "degroot"},     {"Bos", "bos"},               {"Vos", "vos"},
    {"Peters", "peters"},        {"Hendriks", "hendriks"},     {"van Leeuwen", "vanleeuwen"},
    {"Dekker", "dekker"},        {"Brouwer", "brouwer"},       {"de Wit", "dewit"},
    {"Dijkstra", "dijkstra"},    {"Smits", "smits"},           {"de Graaf", "degraaf"},
    {"van der Meer", "vandermeer"}, {"Kok", "kok"},            {"Jacobs", "jacobs"},
    {"de Haan", "dehaan"},       {"Vermeulen", "vermeulen"},   {"van den Heuvel", "vandenheuvel"},
    {"de Jong", "dejong"},       {"van Dijk", "vandijk"},      {"Janssen", "janssen"},
    {"Öztürk", "ozturk"},        {"Yılmaz", "yilmaz"},         {"Daniëls", "daniels"},
    {"Köhler", "kohler"},        {"Müller", "muller"},         {"Hoëvenaars", "hoevenaars"},
    {"Geürts", "geurts"},        {"Çelik", "celik"},           {"El Amrani", "elamrani"},
    {"Ramdin", "ramdin"},        {"Nguyễn", "nguyen"},         {"Wiersma", "wiersma"},
    {"Hoekstra", "hoekstra"},    {"Postma", "postma"},         {"Sánchez", "sanchez"},
    {"Gonçalves", "goncalves"},  {"Łukasiewicz", "lukasiewicz"}, {"van 't Hof", "vanthof"},
    {"Kroeze", "kroeze"},        {"Ploeg", "ploeg"},
};
#define N_SURNAMES (sizeof surnames / sizeof *surnames)

/* First names, with their initial in ASCII for logins. */
static const surname firsts[] = {
    {"Jan", "j"},     {"Marieke", "m"}, {"Sanne", "s"},   {"Zoë", "z"},      {"Anaïs", "a"},   {"Chloë", "c"},
    {"Noël", "n"},    {"Daniël", "d"},  {"Thijs", "t"},   {"Ruben", "r"},    {"Fleur", "f"},   {"Siham", "s"},
    {"Ömer", "o"},    {"Özlem", "o"},   {"Mehmet", "m"},  {"Fatma", "f"},    {"Joëlle", "j"},  {"Eva", "e"},
    {"Lotte", "l"},   {"Bram", "b"},    {"Sem", "s"},     {"Daan", "d"},     {"Emma", "e"},    {"Julia", "j"},
    {"Tess", "t"},    {"Michiel", "m"}, {"Gerrit", "g"},  {"Hendrika", "h"}, {"Aafke", "a"},   {"Sjoerd", "s"},
    {"Wietske", "w"}, {"René", "r"},    {"Renée", "r"},   {"Hélène", "h"},   {"André", "a"},   {"Inês", "i"},
    {"Mirjam", "m"},  {"Kees", "k"},    {"Ingrid", "i"},  {"Youssef", "y"},
};
#define N_FIRSTS (sizeof firsts / sizeof *firsts)

/* Kinds of business that start a company name. */
static const char *const kinds[] = {
    "Bakkerij",         "Installatiebedrijf", "Café-Restaurant",  "Garage",          "Tandartspraktijk",
    "Kinderopvang",     "Hoveniersbedrijf",   "Transportbedrijf", "Schildersbedrijf", "Bouwbedrijf",
    "Fysiotherapie",    "Zorgcentrum",        "Drukkerij",        "Loonbedrijf",     "Kwekerij",
    "Notariskantoor",   "Dierenkliniek",      "Schoonmaakdiensten", "Crèche",        "Brasserie",
    "Reïntegratiebureau", "Autobedrijf",      "Timmerfabriek",    "Bloemenhandel",   "Slagerij",
    "Visgroothandel",   "Apotheek",           "Huisartsenpraktijk", "Makelaardij",   "Coöperatie",
};
#define N_KINDS (sizeof kinds / sizeof *kinds)

/* Places for names like "Zorgcentrum Zoetermeer-Oost". */
static const char *const places[] = {
    "Zoetermeer",  "'s-Hertogenbosch", "Den Haag", "Súdwest-Fryslân", "Leeuwarden", "Groningen",
    "Tiel",        "Zwolle",           "Maastricht", "Nijmegen",      "Delft",      "Haarlem",
    "Alkmaar",     "Enschede",         "Sittard-Geleen", "Bergen op Zoom", "Kerkrade", "Veenendaal",
    "Almere",      "Hengelo",
};
#define N_PLACES (sizeof places / sizeof *places)

/* Legal-form suffixes of Dutch company names. */
static const char *const forms[] = {" B.V.", " V.O.F.", "", " & Zn. B.V.", " Holding B.V.", " N.V.", "", " B.V."};
#define N_FORMS (sizeof forms / sizeof *forms)

/* Foreign legal forms with their country code. */
static const char *const foreign_forms[][2] = {
    {" Spedition GmbH", "DE"}, {" Transport BVBA", "BE"}, {" Logistique S.à r.l.", "LU"}, {" Services Ltd", "GB"}};

/* Words of shared accounts (a subset of formats/accounts.ini). */
static const char *const shared_words[] = {"administratie", "salaris", "info", "algemeen", "kantoor",
                                           "payroll", "backoffice", "secretariaat", "personeelszaken"};
#define N_SHARED_WORDS (sizeof shared_words / sizeof *shared_words)

/* The nine services: code, official name and legacy names (formats/diensten.ini). */
typedef struct service {
    const char *code;
    const char *name;
    const char *legacy[6];
    unsigned erd; /* ERD bits needed (any of): 1 ZW, 2 WGA, 4 WW; 0 = open to all */
} service;

static const service services[9] = {
    {"verzuim", "Melden en inzien verzuimgegevens Ziektewet en WAZO",
     {"WGP-01", "Verzuim melden", "Ziekmelden", "Ziek- en herstelmeldingen", "VZM", "Verzuimgegevens"}, 0},
    {"uitkering", "Inzien uitkeringsgegevens Ziektewet en WAZO",
     {"WGP-02", "Inzien uitkeringsgegevens", "Uitkeringsgegevens", "ZW uitkering", "UKG", NULL}, 0},
    {"erd-financieel", "Inzien financiële gegevens voor eigenrisicodragers WGA en WW",
     {"WGP-03", "Financiële gegevens eigenrisicodragers", "Financiele gegevens eigenrisicodragers", "ERD financieel",
      "ERD-FIN", NULL},
     6},
    {"erd-reintegratie-ww", "Inzien re-integratiegegevens voor eigenrisicodragers WW",
     {"WGP-04", "Re-integratiegegevens eigenrisicodragers WW", "ERD WW re-integratie", "ERD-RIW", NULL, NULL}, 4},
    {"reintegratie-wia", "Aanleveren en inzien re-integratiegegevens WIA",
     {"WGP-05", "Re-integratiegegevens WIA", "Re-integratieverslag", "WIA re-integratie", "RIV", NULL}, 0},
    {"ontslag", "Indienen ontslagaanvraag (en aanvragen compensatie transitievergoeding)",
     {"WGP-06", "Indienen ontslagaanvraag", "Ontslagaanvraag", "Compensatie transitievergoeding", "OSA", NULL}, 0},
    {"banenafspraak", "Banenafspraak en quotum arbeidsbeperkten",
     {"WGP-07", "Quotum arbeidsbeperkten", "Banenafspraak en quotum", "BAQ", NULL, NULL}, 0},
    {"erd-controle", "Controle eigenrisicodragers",
     {"WGP-08", "Controle eigenrisicodrager", "Controle ERD", "ERD controle", "ERD-CTL", NULL}, 7},
    {"bezwaar", "Bezwaar maken", {"WGP-09", "Bezwaar met formulier", "Bezwaar indienen", "BZW", NULL, NULL}, 0},
};

/* Service names no catalogue knows (service-unknown). */
static const char *const bad_services[] = {"Verzuim meldn", "WGP-10", "Digitaal klantdossier", "Loonaangifte",
                                           "Inzien polisadministratie"};

/* Ingangsdatum values that are no calendar date (date-format). */
static const char *const bad_dates[] = {"30-02-2021", "2021-02-30", "31.04.2022", "00-01-2020", "2019-13-01"};

/* ERD column values and the bits they stand for. */
static const char *const erd_text[] = {"ZW", "WGA", "WW", "WGA, WW", "ZW|WGA", "ZW WGA WW", "WW"};
static const unsigned erd_bits[] = {1, 2, 4, 6, 3, 7, 4};

/* Other suppliers (all offer ketenmachtiging) and spellings of KPN. */
static const char *const other_suppliers[] = {"Digidentity", "Z login", "QV", "We-ID", "CreAim", "Reconi", "Z-login"};
static const char *const kpn_names[] = {"KPN", "KPN", "kpn", "Kpn"};

/* ---------------------------------------------------------------- identifiers */

#define E8 100000000u

/* One round of an invertible mix of a bits-wide number (odd multiply, xor-shift), keyed. */
static uint32_t mix_round(uint32_t x, unsigned bits, uint32_t key)
{
    uint32_t mask = (1u << bits) - 1;

    x = (x ^ key) & mask;
    x = (x * 0x2C1B3C6Du) & mask;
    x ^= x >> (bits / 2);
    x = (x * 0x297A2D39u) & mask;
    x ^= x >> (bits / 3);
    return x;
}

/* A bijection of [0, limit) (limit <= 2^bits) that looks random: mix and cycle-walk back into range. */
static uint32_t permute(uint32_t x, unsigned bits, uint32_t limit, uint32_t key)
{
    do
        x = mix_round(mix_round(x, bits, key), bits, key * 7u + 1u);
    while (x >= limit);
    return x;
}

/* Next index into the LHN prefix permutation: every call gives a new, valid base. */
static uint32_t lhn_counter;

/* The 11-proof check digit of an 8-digit prefix, 10 when none exists. */
static unsigned lhn_check(uint32_t prefix)
{
    unsigned s = 0, w;

    for (w = 2; w <= 9; w++) {
        s += (prefix % 10) * w;
        prefix /= 10;
    }
    return s % 11;
}

/* A fresh 9-digit LHN base passing the 11-proof, never returned before. */
static uint32_t lhn_fresh(void)
{
    for (;;) {
        uint32_t prefix = permute(lhn_counter++, 27, E8, 0x5EED1u);
        unsigned c = lhn_check(prefix);
        if (c < 10 && prefix != 0)
            return prefix * 10 + c;
    }
}

/* Format an LHN base and subnumber as 9 digits + L + 2 digits. */
static void lhn_text(char *buf, uint32_t base, unsigned sub)
{
    snprintf(buf, 16, "%09uL%02u", (unsigned)base, sub % 100);
}

/* ---------------------------------------------------------------- employers */

/* Row roles of werkgevers.csv (mutually exclusive). */
enum {
    R_ACTIVE,
    R_LHN_FORMAT,
    R_LHN_CHECKSUM,
    R_LHN_SUBNUMBER,
    R_INACT_SUCC,
    R_INACT_NOSUCC,
    R_CHAIN,
    R_CYCLE,
    R_SUCC_UNKNOWN
};

/* Client kinds (mutually exclusive). */
enum { C_KVK8, C_KVK7, C_NOKVK, C_FOREIGN };

/* One row of werkgevers.csv. */
typedef struct emp {
    char lhn[16];        /* as grants name it (normalised form, or the invalid text) */
    uint32_t client;     /* client number, seeds the name */
    uint32_t kvk;        /* 8-digit value, 0 when none */
    uint32_t group;      /* groep number, 0 = none */
    int32_t succ;        /* successor row, -1 none */
    uint32_t succ_base;  /* successor base when not in the portfolio */
    uint32_t weight;     /* relative number of grants */
    uint32_t vest;       /* vestigingsnummer low digits, 0 = none */
    uint32_t dupof;      /* for a repeated row: the row it repeats */
    uint16_t open;       /* open sick reports */
    uint8_t dup;         /* 0, or a repeated row: 1 identical, 2 conflicting */
    uint8_t role, ckind, erd, supplier, level, norep, spaced, namestyle, formula, reason;
} emp;

/* Supplier kinds of a client. */
enum { SUP_NONE, SUP_KPN_EH3, SUP_KPN_LOW, SUP_OTHER };

/* ---------------------------------------------------------------- users */

/* User row kinds (mutually exclusive). */
enum { U_NORMAL, U_BEHEERDER, U_BLOCKED, U_LOW, U_NOMEANS, U_SHARED_WORD, U_SHARED_MAIL, U_DUP };

/* One row of gebruikers.csv. */
typedef struct user {
    uint32_t ref;        /* U_DUP: the row repeated; U_SHARED_MAIL: whose e-mail */
    uint32_t login;      /* offset of the login in the login pool */
    uint16_t first, last;
    uint8_t kind, level, word;
} user;

/* eh_niveau values: index into level_text. */
static const char *const level_text[] = {"EH3", "EH4", "EH1", "EH2", "EH2+", "geen", "", "eh3"};

/* ---------------------------------------------------------------- generator state */

/* Everything generated, kept for writing. */
typedef struct gen {
    uint32_t ne, nu, ng;
    emp *e;
    user *u;
    char *logins;
    size_t logins_len;
    uint64_t planted[S_COUNT];
    uint64_t n_clients, n_inactive, n_groups_members, n_grants_inactive, n_grants_bad_lhn;
    uint64_t n_kpn_eh3_rows;
} gen;

/* Read a share option value in percent. */
static int parse_pct(const char *s, double *v)
{
    char *end;

    errno = 0;
    *v = strtod(s, &end);
    return (errno || end == s || *end || *v < 0 || *v > 100) ? -1 : 0;
}

/* Read a count option. */
static int parse_count(const char *s, uint32_t *v)
{
    char *end;
    unsigned long long x;

    errno = 0;
    x = strtoull(s, &end, 10);
    if (errno || end == s || *end || x > 50000000ull)
        return -1;
    *v = (uint32_t)x;
    return 0;
}

/* Pick a client kind by the shares of KvK cases. */
static uint8_t pick_client_kind(void)
{
    uint32_t r = draw_ppm();

    if (r < ppm[S_KVK7])
        return C_KVK7;
    r -= ppm[S_KVK7];
    if (r < ppm[S_NOKVK])
        return C_NOKVK;
    r -= ppm[S_NOKVK];
    if (r < ppm[S_FOREIGN])
        return C_FOREIGN;
    return C_KVK8;
}

/* Pick a row role by the shares of row cases (valid clients only get inactive roles). */
static uint8_t pick_role(int may_be_inactive)
{
    static const int order[] = {S_LHN_FORMAT, S_LHN_CHECKSUM, S_LHN_SUBNUMBER, S_INACTIVE_SUCC,
                                S_INACTIVE_NOSUCC, S_CHAIN, S_CYCLE, S_SUCC_UNKNOWN};
    static const uint8_t role[] = {R_LHN_FORMAT, R_LHN_CHECKSUM, R_LHN_SUBNUMBER, R_INACT_SUCC,
                                   R_INACT_NOSUCC, R_CHAIN, R_CYCLE, R_SUCC_UNKNOWN};
    uint32_t r = draw_ppm();
    size_t i;

    for (i = 0; i < sizeof order / sizeof *order; i++) {
        if (r < ppm[order[i]])
            return (i >= 3 && !may_be_inactive) ? R_ACTIVE : role[i];
        r -= ppm[order[i]];
    }
    return R_ACTIVE;
}

/* 8-digit KvK values from two permutations: [10^7, 10^8) and, for leading zeros, [10^6, 10^7). */
static uint32_t kvk_fresh(int leading_zero, uint32_t *c8, uint32_t *c7)
{
    if (leading_zero)
        return 1000000u + permute((*c7)++, 24, 9000000u, 0x7A11u);
    return 10000000u + permute((*c8)++, 27, 90000000u, 0xC0FFEEu);
}

/* Build the employer rows: clients with one or more LHNs, then successors. */
static int make_employers(gen *g)
{
    uint32_t i = 0, c8 = 0, c7 = 0, group = 0, group_left = 0, ngroups = 0;
    int32_t *list_succ, *list_cycle;
    uint32_t n_succ = 0, n_cycle = 0;

    g->e = calloc(g->ne ? g->ne : 1, sizeof *g->e);
    list_succ = malloc((g->ne + 1) * sizeof *list_succ);
    list_cycle = malloc((g->ne + 1) * sizeof *list_cycle);
    if (!g->e || !list_succ || !list_cycle)
        return -1;
    while (i < g->ne) {
        emp c;
        uint32_t nl = 1, k, base;
        int zero_kvk;

        memset(&c, 0, sizeof c);
        c.client = (uint32_t)g->n_clients++;
        c.ckind = pick_client_kind();
        if (chance(S_MULTI_LHN))
            nl = below(4) == 0 ? 3 : 2;
        /* groups: start one with a share that makes about legal-forms % of clients members */
        if (group_left > 0 && c.ckind == C_KVK8) {
            c.group = group;
            group_left--;
        } else if (c.ckind == C_KVK8 && draw_ppm() < ppm[S_LEGAL_FORMS] / 3) {
            group = ++ngroups;
            group_left = 1 + below(3);
            c.group = group;
        }
        zero_kvk = c.ckind == C_KVK7 || (c.ckind == C_KVK8 && below(10) == 0);
        c.kvk = (c.ckind == C_NOKVK || c.ckind == C_FOREIGN) ? 0 : kvk_fresh(zero_kvk, &c8, &c7);
        if (chance(S_ERD))
            c.erd = (uint8_t)(1 + below((uint32_t)(sizeof erd_text / sizeof *erd_text)));
        {
            uint32_t r = draw_ppm();
            if (r < ppm[S_KPN_EH3])
                c.supplier = SUP_KPN_EH3;
            else if ((r -= ppm[S_KPN_EH3]) < ppm[S_KPN_LOW])
                c.supplier = SUP_KPN_LOW;
            else if ((r -= ppm[S_KPN_LOW]) < ppm[S_OTHER_SUPPLIER])
                c.supplier = SUP_OTHER;
            else
                c.supplier = SUP_NONE;
        }
        c.level = (uint8_t)below(8);
        c.norep = (uint8_t)chance(S_NO_REP);
        c.namestyle = (uint8_t)below(4);
        if (chance(S_FORMULA))
            c.formula = 1;
        else if (chance(S_LINEBREAK))
            c.formula = 3;
        else if (chance(S_QUOTED))
            c.formula = 2;
        if (c.group)
            g->n_groups_members++;
        g->planted[S_MULTI_LHN] += nl > 1;
        base = lhn_fresh();
        for (k = 0; k < nl && i < g->ne; k++, i++) {
            emp *r = &g->e[i];

            if (i > 0 && draw_ppm() < ppm[S_EMP_DUP]) {
                /* a repeated row: the previous one again, identical or with another name */
                uint32_t src = g->e[i - 1].dup ? g->e[i - 1].dupof : i - 1;
                *r = g->e[src];
                r->dup = (uint8_t)(1 + below(2));
                r->dupof = src;
                r->weight = 0;
                r->succ = -1;
                g->planted[S_EMP_DUP]++;
                nl++;
                continue;
            }
            *r = c;
            r->succ = -1;
            r->role = pick_role(c.ckind == C_KVK8 || c.ckind == C_KVK7);
            r->spaced = (uint8_t)chance(S_LHN_SPACED);
            if (chance(S_VESTIGING))
                r->vest = 1 + below(99999999u);
            r->weight = 1 + below(40); /* in steps: the order of draws within one expression is unspecified */
            if (below(100) == 0)
                r->weight += 150 + below(300);
            lhn_text(r->lhn, base, k + 1);
            switch (r->role) {
            case R_LHN_FORMAT:
                snprintf(r->lhn, sizeof r->lhn, "%08uL%02u", (unsigned)(base / 10) % 100000000u, (k + 1) % 100);
                g->planted[S_LHN_FORMAT]++;
                break;
            case R_LHN_CHECKSUM:
                lhn_text(r->lhn, base - base % 10 + (base % 10 + 1) % 10, k + 1);
                g->planted[S_LHN_CHECKSUM]++;
                break;
            case R_LHN_SUBNUMBER:
                lhn_text(r->lhn, lhn_fresh(), 0);
                g->planted[S_LHN_SUBNUMBER]++;
                break;
            case R_ACTIVE:
                break;
            default:
                g->n_inactive++;
                r->weight = 1 + below(8);
                if (draw_ppm() < ppm[S_OPEN]) {
                    r->open = (uint16_t)(1 + below(5));
                    g->planted[S_OPEN]++;
                }
                break;
            }
            if (r->role == R_LHN_FORMAT || r->role == R_LHN_CHECKSUM || r->role == R_LHN_SUBNUMBER)
                r->spaced = 0;
            if (r->dup)
                continue;
            g->planted[S_LHN_SPACED] += r->spaced;
            g->planted[S_VESTIGING] += r->vest != 0;
            if (r->role == R_INACT_SUCC && !r->dup)
                list_succ[n_succ++] = (int32_t)i;
            if (r->role == R_CYCLE && !r->dup)
                list_cycle[n_cycle++] = (int32_t)i;
        }
    }
    /* successors: plain ones to an active row, chains to a plain one, cycles among themselves */
    for (i = 0; i < g->ne; i++) {
        emp *r = &g->e[i];
        int tries;

        if (r->dup)
            continue;
        switch (r->role) {
        case R_INACT_SUCC:
            for (tries = 0; tries < 50; tries++) {
                uint32_t j = below(g->ne);
                if (j != i && g->e[j].role == R_ACTIVE && !g->e[j].dup && g->e[j].kvk) {
                    r->succ = (int32_t)j;
                    break;
                }
            }
            if (r->succ < 0)
                r->role = R_INACT_NOSUCC;
            break;
        case R_CHAIN:
            if (n_succ > 0)
                r->succ = list_succ[below(n_succ)];
            if (r->succ < 0 || r->succ == (int32_t)i)
                r->role = R_INACT_NOSUCC, r->succ = -1;
            break;
        case R_SUCC_UNKNOWN:
            r->succ_base = lhn_fresh();
            break;
        default:
            break;
        }
    }
    for (i = 0; i + 1 < n_cycle; i += 2) {
        if (i + 3 == n_cycle) { /* an odd count ends in a cycle of three */
            g->e[list_cycle[i]].succ = list_cycle[i + 1];
            g->e[list_cycle[i + 1]].succ = list_cycle[i + 2];
            g->e[list_cycle[i + 2]].succ = list_cycle[i];
            i++;
            break;
        }
        g->e[list_cycle[i]].succ = list_cycle[i + 1];
        g->e[list_cycle[i + 1]].succ = list_cycle[i];
    }
    if (n_cycle % 2 == 1 && n_cycle < 3)
        g->e[list_cycle[0]].role = R_INACT_NOSUCC;
    for (i = 0; i < g->ne; i++) {
        emp *r = &g->e[i];
        if (r->dup)
            continue;
        if (r->role == R_INACT_SUCC || r->role == R_CHAIN || r->role == R_CYCLE)
            r->reason = (uint8_t)(1 + below(2)); /* fusie or overname */
        else if (r->role == R_SUCC_UNKNOWN)
            r->reason = 1;
        else if (r->role == R_INACT_NOSUCC)
            r->reason = (uint8_t)(below(5) == 0 ? 4 : 3); /* free text or beeindigd */
        g->planted[S_INACTIVE_SUCC] += r->role == R_INACT_SUCC;
        g->planted[S_INACTIVE_NOSUCC] += r->role == R_INACT_NOSUCC;
        g->planted[S_CHAIN] += r->role == R_CHAIN;
        g->planted[S_CYCLE] += r->role == R_CYCLE;
        g->planted[S_SUCC_UNKNOWN] += r->role == R_SUCC_UNKNOWN;
        g->planted[S_LEGAL_FORMS] += r->group != 0;
        g->planted[S_KVK7] += r->ckind == C_KVK7;
        g->planted[S_NOKVK] += r->ckind == C_NOKVK;
        g->planted[S_FOREIGN] += r->ckind == C_FOREIGN;
        g->planted[S_ERD] += r->erd != 0;
        g->planted[S_KPN_EH3] += r->supplier == SUP_KPN_EH3;
        g->planted[S_KPN_LOW] += r->supplier == SUP_KPN_LOW;
        g->planted[S_OTHER_SUPPLIER] += r->supplier == SUP_OTHER;
        g->planted[S_NO_REP] += r->norep;
        g->planted[S_FORMULA] += r->formula == 1;
        g->planted[S_LINEBREAK] += r->formula == 3;
        g->planted[S_QUOTED] += r->formula == 2;
    }
    free(list_succ);
    free(list_cycle);
    return 0;
}

/* Write a company name for client c into buf. */
static void company_name(char *buf, size_t cap, const emp *c, int conflict)
{
    const char *kind = kinds[(c->client * 7u + 3u) % N_KINDS];
    const surname *sn = &surnames[(c->client * 13u + 5u) % N_SURNAMES];
    const surname *sn2 = &surnames[(c->client * 31u + 11u) % N_SURNAMES];
    const char *form = forms[(c->client * 3u) % N_FORMS];
    const char *place = places[(c->client * 17u + 1u) % N_PLACES];
    char core[160];

    if (c->ckind == C_FOREIGN) {
        snprintf(core, sizeof core, "%s%s", sn->show, foreign_forms[c->client % 4][0]);
    } else {
        switch (c->namestyle) {
        case 0:
            snprintf(core, sizeof core, "%s %s%s", kind, sn->show, form);
            break;
        case 1:
            snprintf(core, sizeof core, "%s %s", kind, place);
            break;
        case 2:
            snprintf(core, sizeof core, "%s %s & %s%s", kind, sn->show, sn2->show, form);
            break;
        default:
            snprintf(core, sizeof core, "%s %s-%s", kind, place, (c->client & 1) ? "Oost" : "Noord");
            break;
        }
        if (core[0] >= 'a' && core[0] <= 'z')
            core[0] = (char)(core[0] - 'a' + 'A');
    }
    switch (c->formula) {
    case 1:
        snprintf(buf, cap, "%s%s", (c->client & 1) ? "@" : "=", core);
        break;
    case 2:
        if (c->client & 1)
            snprintf(buf, cap, "%s; %s", core, sn2->show);
        else
            snprintf(buf, cap, "%s \"De %s\"", core, place);
        break;
    case 3:
        snprintf(buf, cap, "%s\nafd. %s", core, place);
        break;
    default:
        snprintf(buf, cap, "%s", core);
        break;
    }
    if (conflict) {
        size_t n = strlen(buf);
        snprintf(buf + n, cap - n, " (oud)");
    }
}

/* Write an LHN the way an export may show it: plain, or with spaces or dots. */
static void write_lhn(out *o, const char *lhn, int spaced)
{
    if (!spaced) {
        out_s(o, lhn);
        return;
    }
    out_put(o, lhn, 3);
    out_c(o, spaced == 1 ? ' ' : '.');
    out_put(o, lhn + 3, 3);
    out_c(o, spaced == 1 ? ' ' : '.');
    out_put(o, lhn + 6, 3);
    out_c(o, spaced == 1 ? ' ' : '.');
    out_s(o, lhn + 9);
}

/* 1 if a client that is no eigenrisicodrager says so (`geen`): every other one; the rest leave the column
 * empty, so an ERD-only grant on them is kept and to be confirmed (service-erd-unconfirmed) rather than
 * dropped (service-erd-only). */
static int erd_geen(const emp *c)
{
    return c->erd == 0 && c->client % 2 == 0;
}

/* Write werkgevers.csv. */
static int write_employers(gen *g, const char *path, int gz)
{
    static const char *const reasons[] = {"", "fusie", "overname", "beeindigd", "gestopt per 31-12-2024"};
    out o;
    uint32_t i;
    char name[256], tmp[64];

    if (out_open(&o, path, gz))
        return -1;
    out_s(&o, "loonheffingennummer;naam;kvk;vestigingsnummer;status;opvolger;reden;open_meldingen;"
              "eigenrisicodrager;eh_leverancier;eh_niveau;vertegenwoordiger;vertegenwoordiger_email;groep;land;"
              "opmerking\n");
    for (i = 0; i < g->ne; i++) {
        uint32_t src = g->e[i].dup ? g->e[i].dupof : i; /* a repeated row is written from the row it repeats */
        const emp *r = &g->e[src];
        const surname *rep = &surnames[(r->client * 13u + 5u) % N_SURNAMES];
        const surname *repf = &firsts[(r->client * 7u + 1u) % N_FIRSTS];
        int inactive = r->role >= R_INACT_SUCC;

        write_lhn(&o, r->lhn, r->spaced ? 1 + (int)(src & 1) : 0);
        out_c(&o, ';');
        company_name(name, sizeof name, r, g->e[i].dup == 2);
        out_field(&o, name);
        out_c(&o, ';');
        if (r->kvk)
            out_u(&o, r->kvk, r->ckind == C_KVK7 ? 7 : 8);
        out_c(&o, ';');
        if (r->vest)
            out_u(&o, r->vest, 12);
        out_c(&o, ';');
        if (inactive)
            out_s(&o, "inactief");
        else if (src % 10 != 0)
            out_s(&o, "actief");
        out_c(&o, ';');
        if (r->succ >= 0)
            out_s(&o, g->e[r->succ].lhn);
        else if (r->role == R_SUCC_UNKNOWN) {
            lhn_text(tmp, r->succ_base, 1);
            out_s(&o, tmp);
        }
        out_c(&o, ';');
        out_s(&o, reasons[r->reason]);
        out_c(&o, ';');
        if (inactive)
            out_u(&o, r->open, 0);
        out_c(&o, ';');
        if (r->erd)
            out_s(&o, erd_text[r->erd - 1]);
        else if (erd_geen(r))
            out_s(&o, "geen");
        out_c(&o, ';');
        switch (r->supplier) {
        case SUP_KPN_EH3:
            out_s(&o, kpn_names[r->client % 4]);
            out_c(&o, ';');
            out_s(&o, r->level < 6 ? "EH3" : r->level == 6 ? "EH4" : "eh3");
            break;
        case SUP_KPN_LOW:
            out_s(&o, kpn_names[r->client % 4]);
            out_c(&o, ';');
            out_s(&o, r->level & 1 ? "EH2+" : "EH2");
            break;
        case SUP_OTHER:
            out_s(&o, other_suppliers[r->client % (sizeof other_suppliers / sizeof *other_suppliers)]);
            out_c(&o, ';');
            out_s(&o, r->level == 0 ? "EH4" : "EH3");
            break;
        default:
            out_c(&o, ';');
            break;
        }
        out_c(&o, ';');
        if (!r->norep) {
            snprintf(name, sizeof name, "%s %s", repf->show, rep->show);
            out_field(&o, name);
            out_c(&o, ';');
            out_s(&o, repf->ascii);
            out_c(&o, '.');
            out_s(&o, rep->ascii);
            out_s(&o, "@bedrijf");
            out_u(&o, r->client, 0);
            out_s(&o, r->ckind == C_FOREIGN ? ".eu" : ".nl");
        } else {
            out_c(&o, ';');
        }
        out_c(&o, ';');
        if (r->group) {
            out_s(&o, "GRP");
            out_u(&o, r->group, 4);
        }
        out_c(&o, ';');
        if (r->ckind == C_FOREIGN)
            out_s(&o, foreign_forms[r->client % 4][1]);
        else if (r->client % 20 == 0)
            out_s(&o, "NL");
        out_c(&o, ';');
        if (r->role == R_CYCLE)
            out_s(&o, "let op: opvolging onduidelijk");
        else if (r->client % 50 == 7)
            out_s(&o, "klant sinds 2009");
        out_c(&o, '\n');
    }
    return out_close(&o);
}

/* ---------------------------------------------------------------- users */

/* Pick a user kind by the shares of user cases. */
static uint8_t pick_user_kind(void)
{
    static const int order[] = {S_BEHEERDER, S_BLOCKED, S_LOW_LEVEL, S_NO_MEANS, S_SHARED, S_USER_DUP};
    static const uint8_t kind[] = {U_BEHEERDER, U_BLOCKED, U_LOW, U_NOMEANS, U_SHARED_WORD, U_DUP};
    uint32_t r = draw_ppm();
    size_t i;

    for (i = 0; i < sizeof order / sizeof *order; i++) {
        if (r < ppm[order[i]])
            return kind[i];
        r -= ppm[order[i]];
    }
    return U_NORMAL;
}

/* Build the user rows and their logins (unique: they end in the row number). */
static int make_users(gen *g)
{
    uint32_t i;
    size_t cap = (size_t)g->nu * 32 + 64;

    g->u = calloc(g->nu ? g->nu : 1, sizeof *g->u);
    g->logins = malloc(cap);
    if (!g->u || !g->logins)
        return -1;
    for (i = 0; i < g->nu; i++) {
        user *u = &g->u[i];
        int n;

        u->kind = i == 0 ? U_BEHEERDER : pick_user_kind();
        u->first = (uint16_t)below((uint32_t)N_FIRSTS);
        u->last = (uint16_t)below((uint32_t)N_SURNAMES);
        u->level = below(10) == 0 ? 1 : 0;
        if (u->kind == U_DUP && i < 2)
            u->kind = U_NORMAL;
        switch (u->kind) {
        case U_BEHEERDER:
            break;
        case U_LOW: {
            uint32_t r = below(10);
            u->level = r < 2 ? 2 : r < 7 ? 3 : 4;
            break;
        }
        case U_NOMEANS:
            u->level = below(2) ? 5 : 6;
            break;
        case U_SHARED_WORD:
            u->word = (uint8_t)below((uint32_t)N_SHARED_WORDS);
            if (i > 1 && below(2)) { /* half of them: an e-mail address already used by another account */
                uint32_t ref = 1 + below(i - 1);
                while (ref > 1 && g->u[ref].kind != U_NORMAL)
                    ref--;
                if (g->u[ref].kind == U_NORMAL) {
                    u->kind = U_SHARED_MAIL;
                    u->ref = ref;
                    g->planted[S_SHARED]++; /* the other account becomes shared too */
                }
            }
            break;
        case U_DUP:
            u->ref = below(i);
            while (g->u[u->ref].kind == U_DUP)
                u->ref--;
            u->login = g->u[u->ref].login;
            g->planted[S_USER_DUP]++;
            continue;
        default:
            break;
        }
        u->login = (uint32_t)g->logins_len;
        if (u->kind == U_SHARED_WORD)
            n = snprintf(g->logins + g->logins_len, 32, "%s%u", shared_words[u->word], (unsigned)i);
        else
            n = snprintf(g->logins + g->logins_len, 32, "%s%s%u", firsts[u->first].ascii,
                         surnames[u->last].ascii, (unsigned)i);
        g->logins_len += (size_t)n + 1;
        g->planted[S_BEHEERDER] += u->kind == U_BEHEERDER;
        g->planted[S_BLOCKED] += u->kind == U_BLOCKED;
        g->planted[S_LOW_LEVEL] += u->kind == U_LOW;
        g->planted[S_NO_MEANS] += u->kind == U_NOMEANS;
        g->planted[S_SHARED] += u->kind == U_SHARED_WORD || u->kind == U_SHARED_MAIL;
    }
    return 0;
}

/* Write the e-mail address of user row i. */
static void user_email(out *o, const gen *g, uint32_t i)
{
    const user *u = &g->u[i];

    if (u->kind == U_SHARED_MAIL) {
        i = u->ref;
        u = &g->u[i];
    }
    if (u->kind == U_SHARED_WORD) {
        out_s(o, shared_words[u->word]);
        out_s(o, "@jansendevries.nl");
        return;
    }
    out_s(o, firsts[u->first].ascii);
    out_c(o, '.');
    out_s(o, surnames[u->last].ascii);
    out_u(o, i, 0);
    out_s(o, "@jansendevries.nl");
}

/* Write gebruikers.csv (UTF-8 BOM and CRLF, as Excel saves it). */
static int write_users(gen *g, const char *path, int gz)
{
    out o;
    uint32_t i;

    if (out_open(&o, path, gz))
        return -1;
    out_s(&o, "\xEF\xBB\xBFgebruikersnaam;volledige_naam;e-mailadres;rol;eh_niveau;status\r\n");
    for (i = 0; i < g->nu; i++) {
        const user *u = &g->u[i];
        uint32_t src = u->kind == U_DUP ? u->ref : i;
        const user *s = &g->u[src];

        out_s(&o, g->logins + s->login);
        out_c(&o, ';');
        if (s->kind == U_SHARED_WORD) {
            out_c(&o, (char)(shared_words[s->word][0] - 'a' + 'A'));
            out_s(&o, shared_words[s->word] + 1);
        } else {
            out_s(&o, firsts[s->first].show);
            out_c(&o, ' ');
            out_s(&o, surnames[s->last].show);
        }
        out_c(&o, ';');
        user_email(&o, g, src);
        out_c(&o, ';');
        out_s(&o, s->kind == U_BEHEERDER ? "beheerder" : (i % 3 == 0 ? "" : "gebruiker"));
        out_c(&o, ';');
        out_s(&o, level_text[u->kind == U_DUP ? (s->level == 0 ? 3 : s->level) : s->level]);
        out_c(&o, ';');
        out_s(&o, s->kind == U_BLOCKED ? "geblokkeerd" : (i % 4 == 0 ? "" : "actief"));
        out_s(&o, "\r\n");
    }
    return out_close(&o);
}

/* ---------------------------------------------------------------- grants */

/* One generated grant: user row, employer row, service. */
typedef struct grant {
    uint32_t user, emp;
    uint8_t svc;
} grant;

/* Services-per-(user, employer) distribution, cumulative percent for 1..7 services. */
static const unsigned k_cum[7] = {10, 25, 45, 65, 80, 90, 100};

/* The user row a grant uses for row index i (repeated rows stand for the row they repeat). */
static uint32_t user_of(const gen *g, uint32_t i)
{
    return g->u[i].kind == U_DUP ? g->u[i].ref : i;
}

/* Build exactly ng grants: per employer a quota, filled by a team of consecutive users. */
static grant *make_grants(gen *g)
{
    grant *a, *b;
    uint64_t wsum = 0, given = 0;
    uint32_t i, *cnt;
    size_t n = 0;

    a = malloc(((size_t)g->ng + 1) * sizeof *a);
    b = malloc(((size_t)g->ng + 1) * sizeof *b);
    cnt = calloc((size_t)g->nu + 1, sizeof *cnt);
    if (!a || !b || !cnt)
        return NULL;
    for (i = 0; i < g->ne; i++)
        wsum += g->e[i].weight;
    if (g->ng && (wsum == 0 || g->nu == 0)) {
        fprintf(stderr, "genportfolio: grants need at least one employer and one user\n");
        return NULL;
    }
    for (i = 0; i < g->ne; i++)
        given += (uint64_t)g->ng * g->e[i].weight / wsum;
    for (i = 0; i < g->ne; i++) {
        const emp *r = &g->e[i];
        uint64_t quota = wsum ? (uint64_t)g->ng * r->weight / wsum : 0;
        uint8_t allowed[9];
        uint32_t na = 0, s, base, j = 0;
        unsigned erd = r->erd ? erd_bits[r->erd - 1] : 0;

        if (r->weight && given < g->ng) { /* the remainder, one each from the first rows */
            quota++;
            given++;
        }
        for (s = 0; s < 9; s++)
            if (!services[s].erd || (services[s].erd & erd))
                allowed[na++] = (uint8_t)s;
        if (r->role >= R_INACT_SUCC)
            g->n_grants_inactive += quota;
        if (r->role >= R_LHN_FORMAT && r->role <= R_LHN_SUBNUMBER)
            g->n_grants_bad_lhn += quota;
        base = below(g->nu);
        while (quota > 0) {
            uint32_t pick = below(100), k = 1, start = below(na), t;
            uint32_t u = user_of(g, (base + j++) % g->nu);

            while (k < 7 && pick >= k_cum[k - 1])
                k++;
            if (k > na)
                k = na;
            if (k > quota)
                k = (uint32_t)quota;
            for (t = 0; t < k; t++) {
                a[n].user = u;
                a[n].emp = i;
                a[n].svc = allowed[(start + t) % na];
                n++;
                cnt[u]++;
            }
            quota -= k;
        }
    }
    /* group per user, like an export of the portal's user administration (counting sort) */
    {
        uint32_t sum = 0, c;
        for (i = 0; i < g->nu; i++) {
            c = cnt[i];
            cnt[i] = sum;
            sum += c;
        }
        for (i = 0; i < (uint32_t)n; i++)
            b[cnt[a[i].user]++] = a[i];
    }
    free(a);
    free(cnt);
    return b;
}

/* Write a date in one of the accepted formats, chosen by f. */
static void write_date(out *o, unsigned y, unsigned m, unsigned d, unsigned f)
{
    switch (f) {
    case 0:
        out_u(o, y, 4), out_c(o, '-'), out_u(o, m, 2), out_c(o, '-'), out_u(o, d, 2);
        break;
    case 1:
        out_u(o, d, 2), out_c(o, '-'), out_u(o, m, 2), out_c(o, '-'), out_u(o, y, 4);
        break;
    case 2:
        out_u(o, d, 0), out_c(o, '-'), out_u(o, m, 0), out_c(o, '-'), out_u(o, y, 4);
        break;
    case 3:
        out_u(o, d, 2), out_c(o, '/'), out_u(o, m, 2), out_c(o, '/'), out_u(o, y, 4);
        break;
    default:
        out_u(o, d, 2), out_c(o, '.'), out_u(o, m, 2), out_c(o, '.'), out_u(o, y, 4);
        break;
    }
}

/* A date format: 40% DD-MM-YYYY, 25% ISO, 15% D-M-YYYY, 15% DD/MM/YYYY, 5% DD.MM.YYYY. */
static unsigned pick_date_format(void)
{
    uint32_t r = below(100);

    return r < 40 ? 1u : r < 65 ? 0u : r < 80 ? 2u : r < 95 ? 3u : 4u;
}

/* Write a service name: legacy name, code or official name. */
static void write_service(out *o, unsigned s, int legacy, unsigned alt)
{
    const service *sv = &services[s];

    if (legacy) {
        unsigned nl = 0;
        while (nl < 6 && sv->legacy[nl])
            nl++;
        out_field(o, sv->legacy[alt % nl]);
    } else {
        out_field(o, (alt & 1) ? sv->code : sv->name);
    }
}

/* Grant row variants (mutually exclusive). */
enum { G_NORMAL, G_DUP, G_ENDED, G_FUTURE, G_UNK_USER, G_UNK_EMP, G_UNK_SVC, G_ERD_WRONG, G_BAD_DATE };

/* Pick a grant variant by the shares of grant cases. */
static unsigned pick_grant_variant(void)
{
    static const int order[] = {S_DUP_GRANT, S_ENDED, S_FUTURE_END, S_UNKNOWN_USER,
                                S_UNKNOWN_EMP, S_UNKNOWN_SERVICE, S_ERD_WRONG, S_BAD_DATE};
    uint32_t r = draw_ppm();
    unsigned i;

    for (i = 0; i < sizeof order / sizeof *order; i++) {
        if (r < ppm[order[i]])
            return i + 1;
        r -= ppm[order[i]];
    }
    return G_NORMAL;
}

/* The share counted for each grant variant. */
static const int variant_share[] = {S_COUNT,        S_DUP_GRANT,       S_ENDED,     S_FUTURE_END, S_UNKNOWN_USER,
                                    S_UNKNOWN_EMP, S_UNKNOWN_SERVICE, S_ERD_WRONG, S_BAD_DATE};

/* One row of machtigingen.csv as decided: the grant, its variant and every value drawn for it. */
typedef struct grow {
    grant x;        /* user row, employer row, service (after a duplicate or ERD-wrong replacement) */
    uint32_t fresh; /* G_UNK_EMP: the LHN base written instead of the employer's */
    uint16_t alt;   /* spelling choices: legacy name, code or name, spaced LHN, bad value, empty date */
    uint16_t y, ey; /* ingangsdatum year; einddatum year (0 = none) */
    uint8_t v, f, legacy, m, d, em, ed;
} grow;

/* Decide every machtigingen.csv row, in the order of the grants (per user), replacing some rows by special
 * cases. All draws of the rows happen here, row after row in a fixed order, whatever order they are
 * written in, so every order holds the same rows. */
static grow *decide_grants(gen *g, const grant *gr)
{
    grow *rw = malloc(((size_t)g->ng + 1) * sizeof *rw);
    grant last = {UINT32_MAX, 0, 0};
    uint32_t i;

    if (!rw)
        return NULL;
    for (i = 0; i < g->ng; i++) {
        grow *w = &rw[i];
        grant x = gr[i];
        unsigned v = pick_grant_variant(), f = pick_date_format();
        int legacy = chance(S_LEGACY);
        uint32_t alt = below(1000);
        const emp *r;

        memset(w, 0, sizeof *w);
        if (v == G_DUP) {
            if (last.user == x.user)
                x = last; /* the previous grant of this user again, maybe spelled otherwise */
            else
                v = G_NORMAL;
        }
        if (v == G_ERD_WRONG) {
            r = &g->e[x.emp];
            if (r->erd == 0 && r->role == R_ACTIVE)
                x.svc = (uint8_t)(below(3) == 0 ? 7 : 2 + below(2));
            else
                v = G_NORMAL;
        }
        if (v == G_UNK_EMP)
            w->fresh = lhn_fresh();
        w->y = (uint16_t)(2008 + below(18));
        w->m = (uint8_t)(1 + below(12));
        w->d = (uint8_t)(1 + below(28));
        if (v == G_ENDED && w->y > 2020)
            w->y = (uint16_t)(w->y - 6);
        if (v == G_ENDED || v == G_FUTURE) { /* day, month, year: the order gcc drew them in before */
            w->ed = (uint8_t)(1 + below(28));
            w->em = (uint8_t)(1 + below(12));
            w->ey = (uint16_t)((v == G_ENDED ? 2021 : 2027) + below(4));
        }
        w->x = x;
        w->v = (uint8_t)v;
        w->f = (uint8_t)f;
        w->legacy = (uint8_t)legacy;
        w->alt = (uint16_t)alt;
        if (v != G_NORMAL)
            g->planted[variant_share[v]]++;
        if (legacy && v != G_UNK_SVC)
            g->planted[S_LEGACY]++;
        if (v != G_UNK_USER && v != G_UNK_EMP && v != G_UNK_SVC && v != G_BAD_DATE)
            last = x;
    }
    return rw;
}

/* Row orders of machtigingen.csv. */
enum { ORD_USER, ORD_EMPLOYER, ORD_SHUFFLED };
static const char *const order_names[] = {"user", "employer", "shuffled"};

/* A number that sorts LHN texts as numbers: 9 (or, invalid, 8) digits, L, 2 digits; length breaks ties. */
static uint64_t lhn_sort_key(const char *lhn)
{
    uint64_t k = 0;
    size_t n = 0;

    for (; *lhn; lhn++, n++)
        if (*lhn >= '0' && *lhn <= '9')
            k = k * 10 + (uint64_t)(*lhn - '0');
    return k * 2 + (n != 12);
}

/* Compare two 64-bit numbers for qsort. */
static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

    return x < y ? -1 : x > y;
}

/* A machtigingen.csv row's place when sorted by employer: the LHN it names, then its row number. */
typedef struct row_key {
    uint64_t lhn;
    uint32_t row;
} row_key;

/* Order row keys by LHN, then row number. */
static int cmp_row_key(const void *a, const void *b)
{
    const row_key *x = a, *y = b;

    if (x->lhn != y->lhn)
        return x->lhn < y->lhn ? -1 : 1;
    return x->row < y->row ? -1 : x->row > y->row;
}

/* The order to write the rows in: per user as decided, sorted by the LHN each row names (stable), or a
 * Fisher-Yates shuffle drawn from the generator's stream after every other draw. */
static uint32_t *row_order(const gen *g, const grow *rw, int order)
{
    uint32_t *perm = malloc(((size_t)g->ng + 1) * sizeof *perm), i;

    if (!perm)
        return NULL;
    for (i = 0; i < g->ng; i++)
        perm[i] = i;
    if (order == ORD_SHUFFLED) {
        for (i = g->ng; i > 1; i--) {
            uint32_t j = below(i), t = perm[i - 1];
            perm[i - 1] = perm[j];
            perm[j] = t;
        }
    } else if (order == ORD_EMPLOYER) {
        row_key *key = malloc(((size_t)g->ng + 1) * sizeof *key);
        char tmp[32];

        if (!key) {
            free(perm);
            return NULL;
        }
        for (i = 0; i < g->ng; i++) { /* the row number breaks ties: qsort becomes stable */
            if (rw[i].v == G_UNK_EMP) {
                lhn_text(tmp, rw[i].fresh, 1);
                key[i].lhn = lhn_sort_key(tmp);
            } else {
                key[i].lhn = lhn_sort_key(g->e[rw[i].x.emp].lhn);
            }
            key[i].row = i;
        }
        qsort(key, g->ng, sizeof *key, cmp_row_key);
        for (i = 0; i < g->ng; i++)
            perm[i] = key[i].row;
        free(key);
    }
    return perm;
}

/* Write machtigingen.csv: the decided rows in the order perm. */
static int write_grants(const gen *g, const grow *rw, const uint32_t *perm, const char *path, int gz)
{
    out o;
    uint32_t i;
    char tmp[32];

    if (out_open(&o, path, gz))
        return -1;
    out_s(&o, "gebruiker;loonheffingennummer;dienst;ingangsdatum;einddatum\n");
    for (i = 0; i < g->ng; i++) {
        const grow *w = &rw[perm[i]];
        const emp *r = &g->e[w->x.emp];

        /* gebruiker */
        out_s(&o, g->logins + g->u[w->x.user].login);
        if (w->v == G_UNK_USER)
            out_c(&o, 'x');
        out_c(&o, ';');
        /* loonheffingennummer */
        if (w->v == G_UNK_EMP) {
            lhn_text(tmp, w->fresh, 1);
            out_s(&o, tmp);
        } else {
            write_lhn(&o, r->lhn, w->alt < 5 && r->role <= R_ACTIVE ? 1 : 0);
        }
        out_c(&o, ';');
        /* dienst */
        if (w->v == G_UNK_SVC)
            out_s(&o, bad_services[w->alt % (sizeof bad_services / sizeof *bad_services)]);
        else
            write_service(&o, w->x.svc, w->legacy, w->alt);
        out_c(&o, ';');
        /* ingangsdatum */
        if (w->v == G_BAD_DATE)
            out_s(&o, bad_dates[w->alt % (sizeof bad_dates / sizeof *bad_dates)]);
        else if (w->alt % 20 != 0)
            write_date(&o, w->y, w->m, w->d, w->f);
        out_c(&o, ';');
        /* einddatum */
        if (w->ey)
            write_date(&o, w->ey, w->em, w->ed, w->f);
        out_c(&o, '\n');
    }
    return out_close(&o);
}

/* ---------------------------------------------------------------- what migrate should report */

/* Findings the generator predicts, with the file they are reported on (the "expect" lines). */
enum {
    X_W_LHN_FORMAT,
    X_W_LHN_CHECKSUM,
    X_W_LHN_SUBNUMBER,
    X_W_EMP_DUP,
    X_W_KVK_ZERO,
    X_W_VESTIGING,
    X_W_NO_KVK,
    X_W_FOREIGN,
    X_W_INACTIVE,
    X_W_CYCLE,
    X_W_SUCC_UNKNOWN,
    X_W_TRANSFER,
    X_W_UNREACHABLE,
    X_W_LEGAL_FORMS,
    X_W_REP_MISSING,
    X_W_FORMULA,
    X_W_ERD_UNCONFIRMED,
    X_G_BLOCKED,
    X_G_LEVEL_LOW,
    X_G_NO_MEANS,
    X_G_SHARED,
    X_G_DUP,
    X_M_USER_UNKNOWN,
    X_M_EMP_UNKNOWN,
    X_M_LHN_FORMAT,
    X_M_LHN_CHECKSUM,
    X_M_LHN_SUBNUMBER,
    X_M_SVC_UNKNOWN,
    X_M_DATE_FORMAT,
    X_M_ENDED,
    X_M_DROPPED,
    X_M_MOVED,
    X_M_ERD_ONLY,
    X_M_DUP,
    X_COUNT
};

static const char *const expect_names[X_COUNT] = {
    "werkgevers lhn-format",
    "werkgevers lhn-checksum",
    "werkgevers lhn-subnumber",
    "werkgevers employer-duplicate",
    "werkgevers kvk-leading-zero",
    "werkgevers vestiging-not-for-uwv",
    "werkgevers no-kvk",
    "werkgevers foreign-employer",
    "werkgevers inactive",
    "werkgevers successor-cycle",
    "werkgevers successor-unknown",
    "werkgevers transfer-reports",
    "werkgevers reports-unreachable",
    "werkgevers multi-legal-form",
    "werkgevers representative-missing",
    "werkgevers formula-risk",
    "werkgevers service-erd-unconfirmed",
    "gebruikers user-blocked",
    "gebruikers user-level-low",
    "gebruikers user-no-means",
    "gebruikers user-shared-account",
    "gebruikers user-duplicate",
    "machtigingen user-unknown",
    "machtigingen employer-unknown",
    "machtigingen lhn-format",
    "machtigingen lhn-checksum",
    "machtigingen lhn-subnumber",
    "machtigingen service-unknown",
    "machtigingen date-format",
    "machtigingen grant-ended",
    "machtigingen grant-dropped",
    "machtigingen grant-moved",
    "machtigingen service-erd-only",
    "machtigingen duplicate-grant",
};

/* The intermediary's own KvK number (portfolio.ini): a client with it gets no request. */
#define OWN_KVK 9912345u

/* 1 if a role makes the werkgevers row fail the LHN checks (rejected). */
static int bad_lhn_role(unsigned role)
{
    return role == R_LHN_FORMAT || role == R_LHN_CHECKSUM || role == R_LHN_SUBNUMBER;
}

/* The last active row an employer row's successors lead to; -1 none (inactive without an active end),
 * -2 rejected (a successor cycle). */
static int32_t final_of(const gen *g, uint32_t i)
{
    uint32_t steps = 0;
    int32_t k = (int32_t)i;

    while (g->e[k].role >= R_INACT_SUCC) {
        if (g->e[k].role == R_CYCLE)
            return -2;
        if (g->e[k].succ < 0 || ++steps > g->ne)
            return -1;
        k = g->e[k].succ;
    }
    return bad_lhn_role(g->e[k].role) ? -1 : k;
}

/* What migrate should report, from the rows as decided and migrate's rules (formats/README.md): a grant
 * of a blocked user is skipped before its end date is looked at, a duplicate of an ended grant is no
 * duplicate, grants move to the last active successor and only then meet the eigenrisicodrager check and
 * each other (a duplicate counts once, a moved grant that duplicates a kept one is a duplicate, not a
 * move), a client with no kept grant makes no request. Independent of the row order. */
static int expect_findings(const gen *g, const grow *rw, uint64_t *x)
{
    int32_t *fin = malloc(((size_t)g->ne + 1) * sizeof *fin);
    uint8_t *used = calloc((size_t)g->ne + 1, 1), *unconf = calloc((size_t)g->ne + 1, 1);
    uint8_t *cl_used = calloc(g->n_clients + 1, 1), *shared = calloc((size_t)g->nu + 1, 1);
    uint64_t *key = malloc(((size_t)g->ng + 1) * sizeof *key);
    uint32_t i, *grp_kvk = NULL, ngrp = 0;
    size_t nk = 0, a, b;
    int rc = -1;

    memset(x, 0, X_COUNT * sizeof *x);
    if (!fin || !used || !unconf || !cl_used || !shared || !key)
        goto nomem;
    /* werkgevers.csv: every row is checked; a repeated row only for its fields and as a repeat */
    for (i = 0; i < g->ne; i++) {
        const emp *r = &g->e[g->e[i].dup ? g->e[i].dupof : i];
        x[X_W_LHN_FORMAT] += r->role == R_LHN_FORMAT;
        x[X_W_LHN_CHECKSUM] += r->role == R_LHN_CHECKSUM;
        x[X_W_LHN_SUBNUMBER] += r->role == R_LHN_SUBNUMBER;
        x[X_W_KVK_ZERO] += r->ckind == C_KVK7;
        x[X_W_VESTIGING] += r->vest != 0;
        if (g->e[i].dup) {
            x[X_W_EMP_DUP] += !bad_lhn_role(r->role);
            fin[i] = -2;
            continue;
        }
        fin[i] = bad_lhn_role(r->role) ? -2 : final_of(g, i);
        if (bad_lhn_role(r->role) || r->role == R_CYCLE) {
            x[X_W_CYCLE] += r->role == R_CYCLE;
            continue;
        }
        if (r->role >= R_INACT_SUCC) {
            int opvolger = r->succ >= 0 || r->role == R_SUCC_UNKNOWN;
            x[X_W_INACTIVE]++;
            x[X_W_SUCC_UNKNOWN] += r->role == R_SUCC_UNKNOWN;
            x[X_W_TRANSFER] += r->open && opvolger;
            x[X_W_UNREACHABLE] += r->open && !opvolger;
        } else if (!r->kvk) {
            x[r->ckind == C_FOREIGN ? X_W_FOREIGN : X_W_NO_KVK]++;
        }
        if (r->group > ngrp)
            ngrp = r->group;
    }
    /* groups: a group whose accepted rows name two or more KvK numbers warns on each of them */
    grp_kvk = calloc((size_t)ngrp + 1, sizeof *grp_kvk);
    if (!grp_kvk)
        goto nomem;
    for (i = 0; i < g->ne; i++) {
        const emp *r = &g->e[i];
        if (r->dup || bad_lhn_role(r->role) || r->role == R_CYCLE || !r->group || !r->kvk)
            continue;
        if (grp_kvk[r->group] == 0)
            grp_kvk[r->group] = r->kvk;
        else if (grp_kvk[r->group] != r->kvk)
            grp_kvk[r->group] = UINT32_MAX;
    }
    for (i = 0; i < g->ne; i++) {
        const emp *r = &g->e[i];
        if (!r->dup && !bad_lhn_role(r->role) && r->role != R_CYCLE && r->group &&
            grp_kvk[r->group] == UINT32_MAX)
            x[X_W_LEGAL_FORMS]++;
    }
    /* gebruikers.csv: a repeated login is rejected; an e-mail address used twice makes both accounts shared
     */
    for (i = 0; i < g->nu; i++) {
        const user *u = &g->u[i];
        x[X_G_DUP] += u->kind == U_DUP;
        x[X_G_BLOCKED] += u->kind == U_BLOCKED;
        x[X_G_LEVEL_LOW] += u->kind == U_LOW;
        x[X_G_NO_MEANS] += u->kind == U_NOMEANS;
        if (u->kind == U_SHARED_WORD || u->kind == U_SHARED_MAIL)
            shared[i] = 1;
        if (u->kind == U_SHARED_MAIL)
            shared[u->ref] = 1;
    }
    for (i = 0; i < g->nu; i++)
        x[X_G_SHARED] += shared[i];
    /* machtigingen.csv: checks of the row, then the fate of the grant, then duplicates */
    for (i = 0; i < g->ng; i++) {
        const grow *w = &rw[i];
        const emp *r = &g->e[w->x.emp];
        int32_t e = (int32_t)w->x.emp;
        unsigned need = services[w->x.svc].erd, moved = 0;
        int rejected = w->v == G_UNK_USER || w->v == G_UNK_EMP || w->v == G_UNK_SVC || w->v == G_BAD_DATE;

        x[X_M_USER_UNKNOWN] += w->v == G_UNK_USER;
        x[X_M_EMP_UNKNOWN] += w->v == G_UNK_EMP;
        x[X_M_SVC_UNKNOWN] += w->v == G_UNK_SVC;
        x[X_M_DATE_FORMAT] += w->v == G_BAD_DATE;
        if (w->v != G_UNK_EMP && bad_lhn_role(r->role)) {
            x[r->role == R_LHN_FORMAT     ? X_M_LHN_FORMAT
              : r->role == R_LHN_CHECKSUM ? X_M_LHN_CHECKSUM
                                          : X_M_LHN_SUBNUMBER]++;
            rejected = 1;
        }
        if (rejected || g->u[w->x.user].kind == U_BLOCKED)
            continue;
        if (w->v == G_ENDED) {
            x[X_M_ENDED]++;
            continue;
        }
        if (fin[e] == -2)
            continue; /* a successor cycle: the employer is rejected */
        if (r->role >= R_INACT_SUCC) {
            if (fin[e] < 0) {
                x[X_M_DROPPED]++;
                continue;
            }
            e = fin[e];
            moved = 1;
        }
        r = &g->e[e];
        if (!r->kvk)
            continue; /* paper route */
        if (need && !(need & (r->erd ? erd_bits[r->erd - 1] : 0u))) {
            if (r->erd || erd_geen(r)) { /* the column says otherwise: not migrated */
                x[X_M_ERD_ONLY]++;
                continue;
            }
            unconf[e] = 1; /* the column is empty: kept, to be confirmed */
        }
        key[nk++] = (uint64_t)w->x.user << 37 | (uint64_t)e << 11 | (uint64_t)w->x.svc << 1 | moved;
        used[e] = 1;
    }
    qsort(key, nk, sizeof *key, cmp_u64);
    for (a = 0; a < nk; a = b) { /* one user, employer and service: one kept, the rest duplicates */
        for (b = a + 1; b < nk && key[b] >> 1 == key[a] >> 1; b++)
            ;
        x[X_M_DUP] += b - a - 1;
        x[X_M_MOVED] += key[a] & 1; /* moved only when no copy was there already */
    }
    /* requests: per client (one KvK) with a kept grant on an accepted active row; the form without a
     * representative, the beheermodule otherwise */
    for (i = 0; i < g->ne; i++) {
        x[X_W_ERD_UNCONFIRMED] += unconf[i];
        if (used[i])
            cl_used[g->e[i].client] = 1;
    }
    for (i = 0; i < g->ne; i++) {
        const emp *r = &g->e[i];
        if (r->dup || bad_lhn_role(r->role) || r->role >= R_INACT_SUCC || !r->kvk || r->kvk == OWN_KVK ||
            !cl_used[r->client])
            continue;
        cl_used[r->client] = 0; /* the first row of the client stands for its request */
        x[X_W_REP_MISSING] += r->norep;
        x[X_W_FORMULA] += r->formula == 1;
    }
    rc = 0;
nomem:
    free(fin);
    free(used);
    free(unconf);
    free(cl_used);
    free(shared);
    free(key);
    free(grp_kvk);
    return rc;
}

/* ---------------------------------------------------------------- main */

/* Write portfolio.ini naming the three files. */
static int write_ini(const char *dir, int gz)
{
    char path[4096];
    FILE *f;
    const char *ext = gz ? ".csv.gz" : ".csv";

    snprintf(path, sizeof path, "%s/portfolio.ini", dir);
    f = fopen(path, "w");
    if (!f)
        return -1;
    fprintf(f,
            "; portfolio.ini — synthetische portefeuille (tests/bench/genportfolio)\n\n"
            "[intermediair]\nnaam = Jansen & De Vries Salarisadministratie B.V.\nkvk = 09912345\n"
            "leverancier = KPN\neh_niveau = EH3\n\n"
            "[migratie]\ningangsdatum = 2026-12-01\nlooptijd_jaren = 5\nreikwijdte = per-dienst\n"
            "uitvoerformaat = generiek\ntaal = nl\n\n"
            "[bestanden]\ngebruikers = gebruikers%s\nmachtigingen = machtigingen%s\nwerkgevers = werkgevers%s\n",
            ext, ext, ext);
    return fclose(f) == 0 ? 0 : -1;
}

/* Print usage and the share options with their defaults. */
static void usage(FILE *f)
{
    int i;

    fprintf(f, "usage: genportfolio --out DIR [--employers N] [--users N] [--grants N] [--seed S] [--gzip]\n"
               "                    [--order user|employer|shuffled] [--SHARE PERCENT]...\n"
               "defaults: 20000 employers, 100000 users, 1000000 grants, seed 1, order shuffled\n"
               "--order of the machtigingen.csv rows: user (grouped per user, as a portal export), employer\n"
               "(sorted by loonheffingennummer) or shuffled (no order); every order holds the same rows\n"
               "shares in percent of the rows of a file, of inactive rows, or of clients (a client is one KvK\n"
               "with 1-3 LHN rows; drawn per client, planted counts are rows):\n");
    for (i = 0; i < S_COUNT; i++)
        fprintf(f, "  --%-22s %6.2f%% of %-17s  %s\n", shares[i].name, shares[i].pct,
                shares[i].of == OF_EMP     ? "werkgevers rows"
                : shares[i].of == OF_USER  ? "gebruikers rows"
                : shares[i].of == OF_GRANT ? "machtigingen rows"
                : shares[i].of == OF_CLIENT ? "clients"
                                            : "inactive rows",
                shares[i].help);
}

/* Check that mutually exclusive shares do not add up beyond 100%. */
static int check_sums(void)
{
    static const int groups[][9] = {
        {S_LHN_FORMAT, S_LHN_CHECKSUM, S_LHN_SUBNUMBER, S_INACTIVE_SUCC, S_INACTIVE_NOSUCC, S_CHAIN, S_CYCLE,
         S_SUCC_UNKNOWN, -1},
        {S_KVK7, S_NOKVK, S_FOREIGN, -1},
        {S_KPN_EH3, S_KPN_LOW, S_OTHER_SUPPLIER, -1},
        {S_BEHEERDER, S_BLOCKED, S_LOW_LEVEL, S_NO_MEANS, S_SHARED, S_USER_DUP, -1},
        {S_DUP_GRANT, S_ENDED, S_FUTURE_END, S_UNKNOWN_USER, S_UNKNOWN_EMP, S_UNKNOWN_SERVICE, S_ERD_WRONG,
         S_BAD_DATE, -1},
    };
    size_t gi;
    int k;

    for (gi = 0; gi < sizeof groups / sizeof *groups; gi++) {
        uint64_t sum = 0;
        for (k = 0; groups[gi][k] >= 0; k++)
            sum += ppm[groups[gi][k]];
        if (sum > 1000000u) {
            fprintf(stderr, "genportfolio: the shares of --%s and the cases exclusive with it exceed 100%%\n",
                    shares[groups[gi][0]].name);
            return -1;
        }
    }
    return 0;
}

/* Parse options, generate, write, and print the planted counts. */
int main(int argc, char **argv)
{
    gen g;
    const char *dir = NULL;
    uint64_t seed = 1, sx;
    int i, gz = 0, order = ORD_SHUFFLED;
    char path[4096];
    grant *gr;
    grow *rw;
    uint32_t *perm;
    uint64_t expect[X_COUNT];

    memset(&g, 0, sizeof g);
    g.ne = 20000;
    g.nu = 100000;
    g.ng = 1000000;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        int k, found = 0;

        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        }
        if (!strcmp(a, "--gzip")) {
            gz = 1;
            continue;
        }
        if (strncmp(a, "--", 2) || !v) {
            usage(stderr);
            return 2;
        }
        i++;
        if (!strcmp(a, "--out")) {
            dir = v;
            continue;
        }
        if (!strcmp(a, "--order")) {
            for (k = 0; k < 3 && strcmp(v, order_names[k]); k++)
                ;
            if (k == 3) {
                fprintf(stderr, "genportfolio: bad --order '%s' (user, employer or shuffled)\n", v);
                return 2;
            }
            order = k;
            continue;
        }
        if (!strcmp(a, "--seed")) {
            char *end;
            errno = 0;
            seed = strtoull(v, &end, 10);
            if (errno || *end || end == v) {
                fprintf(stderr, "genportfolio: bad --seed '%s'\n", v);
                return 2;
            }
            continue;
        }
        if (!strcmp(a, "--employers") || !strcmp(a, "--users") || !strcmp(a, "--grants")) {
            uint32_t *dst = a[2] == 'e' ? &g.ne : a[2] == 'u' ? &g.nu : &g.ng;
            if (parse_count(v, dst)) {
                fprintf(stderr, "genportfolio: bad %s '%s'\n", a, v);
                return 2;
            }
            continue;
        }
        for (k = 0; k < S_COUNT; k++) {
            if (!strcmp(a + 2, shares[k].name)) {
                if (parse_pct(v, &shares[k].pct)) {
                    fprintf(stderr, "genportfolio: bad %s '%s' (a percentage 0..100)\n", a, v);
                    return 2;
                }
                found = 1;
            }
        }
        if (!found) {
            fprintf(stderr, "genportfolio: unknown option %s\n", a);
            usage(stderr);
            return 2;
        }
    }
    if (!dir) {
        usage(stderr);
        return 2;
    }
    for (i = 0; i < S_COUNT; i++)
        ppm[i] = (uint32_t)(shares[i].pct * 10000.0 + 0.5);
    if (check_sums())
        return 2;
    sx = seed;
    for (i = 0; i < 4; i++)
        rs[i] = splitmix(&sx);
    if (mkdir(dir, 0755) && errno != EEXIST) {
        fprintf(stderr, "genportfolio: %s: %s\n", dir, strerror(errno));
        return 1;
    }
    if (make_employers(&g) || make_users(&g) || !(gr = make_grants(&g)) || !(rw = decide_grants(&g, gr)) ||
        !(perm = row_order(&g, rw, order)) || expect_findings(&g, rw, expect)) {
        fprintf(stderr, "genportfolio: out of memory or bad sizes\n");
        return 1;
    }
    snprintf(path, sizeof path, "%s/werkgevers.csv%s", dir, gz ? ".gz" : "");
    if (write_employers(&g, path, gz))
        goto fail;
    snprintf(path, sizeof path, "%s/gebruikers.csv%s", dir, gz ? ".gz" : "");
    if (write_users(&g, path, gz))
        goto fail;
    snprintf(path, sizeof path, "%s/machtigingen.csv%s", dir, gz ? ".gz" : "");
    if (write_grants(&g, rw, perm, path, gz))
        goto fail;
    if (write_ini(dir, gz)) {
        snprintf(path, sizeof path, "%s/portfolio.ini", dir);
        goto fail;
    }
    printf("rows werkgevers %u\nrows gebruikers %u\nrows machtigingen %u\n", (unsigned)g.ne, (unsigned)g.nu,
           (unsigned)g.ng);
    printf("count clients %llu\ncount inactive %llu\n", (unsigned long long)g.n_clients,
           (unsigned long long)g.n_inactive);
    printf("count grants-on-inactive %llu\ncount grants-on-invalid-lhn %llu\n",
           (unsigned long long)g.n_grants_inactive, (unsigned long long)g.n_grants_bad_lhn);
    for (i = 0; i < S_COUNT; i++)
        printf("planted %s %llu\n", shares[i].name, (unsigned long long)g.planted[i]);
    for (i = 0; i < X_COUNT; i++)
        printf("expect %s %llu\n", expect_names[i], (unsigned long long)expect[i]);
    free(gr);
    free(rw);
    free(perm);
    free(g.e);
    free(g.u);
    free(g.logins);
    return 0;
fail:
    fprintf(stderr, "genportfolio: %s: cannot write: %s\n", path, strerror(errno));
    return 1;
}
