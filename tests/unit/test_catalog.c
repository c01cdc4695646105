/* test_catalog.c — unit tests of the formats/ catalogues: the shipped files, look-ups and every kind of
 * error. */
#include "testutil.h"

#include "catalog.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

/* The shipped catalogue folder, relative to the repository root. */
#define FORMATS_DIR "formats"
/* Template of the temporary catalogue folders. */
#define TMP_TEMPLATE "/tmp/test_catalog.XXXXXX"
/* Longest path built by the tests, and of a temporary folder. */
#define TEST_PATH_MAX 1024
#define TEST_DIR_MAX 64

/* Load the shipped catalogue once per test. */
static int setup(void **state)
{
    catalog *cat = NULL;
    mg_errinfo ei;

    memset(&ei, 0, sizeof ei);
    if (cat_load(FORMATS_DIR, &cat, &ei) != MG_OK) {
        fprintf(stderr, "cat_load: %s:%ld: %s\n", ei.file, ei.line, ei.msg[LANG_EN]);
        return -1;
    }
    *state = cat;
    return 0;
}

/* Free the catalogue of setup. */
static int teardown(void **state)
{
    cat_free(*state);
    return 0;
}

/* The nine services, in order, with their official names and eigenrisicodrager needs. */
static void test_services(void **state)
{
    static const struct {
        const char *code;
        const char *naam;
        unsigned erd;
        const char *legacy_code;
    } want[] = {
        {"verzuim", "Melden en inzien verzuimgegevens Ziektewet en WAZO", 0, "WGP-01"},
        {"uitkering", "Inzien uitkeringsgegevens Ziektewet en WAZO", 0, "WGP-02"},
        {"erd-financieel", "Inzien financiële gegevens voor eigenrisicodragers WGA en WW",
         CAT_ERD_WGA | CAT_ERD_WW, "WGP-03"},
        {"erd-reintegratie-ww", "Inzien re-integratiegegevens voor eigenrisicodragers WW", CAT_ERD_WW,
         "WGP-04"},
        {"reintegratie-wia", "Aanleveren en inzien re-integratiegegevens WIA", 0, "WGP-05"},
        {"ontslag", "Indienen ontslagaanvraag (en aanvragen compensatie transitievergoeding)", 0, "WGP-06"},
        {"banenafspraak", "Banenafspraak en quotum arbeidsbeperkten", 0, "WGP-07"},
        {"erd-controle", "Controle eigenrisicodragers", CAT_ERD_ZW | CAT_ERD_WGA | CAT_ERD_WW, "WGP-08"},
        {"bezwaar", "Bezwaar maken", 0, "WGP-09"},
    };
    const catalog *cat = *state;
    size_t i;

    assert_int_equal(cat->nservices, ARRAY_LEN(want));
    for (i = 0; i < ARRAY_LEN(want); i++) {
        const cat_service *s = &cat->services[i];

        assert_string_equal(s->code, want[i].code);
        assert_string_equal(s->naam, want[i].naam);
        assert_int_equal(s->erd, want[i].erd);
        assert_non_null(s->name_en);
        assert_true(strlen(s->name_en) > 0);
        assert_string_equal(s->dienst_id, "");
        assert_true(s->nlegacy > 0);
        assert_string_equal(s->legacy[0], want[i].legacy_code);
        assert_int_equal(cat_service_index(cat, s), i);
    }
}

/* Service look-up by code, official name, English name and legacy names. */
static void test_service_find(void **state)
{
    static const struct {
        const char *in;
        const char *code; /* NULL = not found */
    } cases[] = {
        {"verzuim", "verzuim"},
        {"VERZUIM", "verzuim"},
        {"  erd-controle ", "erd-controle"},
        {"melden en inzien   verzuimgegevens ZIEKTEWET en wazo", "verzuim"},
        {"\tMelden en inzien verzuimgegevens Ziektewet en WAZO\t", "verzuim"},
        {"Verzuim melden", "verzuim"},
        {"ziekmelden", "verzuim"},
        {"Ziek- en herstelmeldingen", "verzuim"},
        {"ZW verzuim", "verzuim"},
        {"vzm", "verzuim"},
        {"WGP-01", "verzuim"},
        {"wgp-02", "uitkering"},
        {"WGP-03", "erd-financieel"},
        {"Financiele gegevens eigenrisicodragers", "erd-financieel"},
        {"WGP-04", "erd-reintegratie-ww"},
        {"Reintegratie WIA", NULL},
        {"Re-integratiegegevens WIA", "reintegratie-wia"},
        {"WGP-06", "ontslag"},
        {"Indienen ontslagaanvraag (en aanvragen compensatie transitievergoeding)", "ontslag"},
        {"Compensatie transitievergoeding", "ontslag"},
        {"quotum arbeidsbeperkten", "banenafspraak"},
        {"WGP-08", "erd-controle"},
        {"Controle ERD", "erd-controle"},
        {"bezwaar met formulier", "bezwaar"},
        {"Bezwaar maken", "bezwaar"},
        {"Filing an objection", "bezwaar"},
        {"wgp-09", "bezwaar"},
        {"WGP-10", NULL},
        {"verzuim melden x", NULL},
        {"", NULL},
        {"   ", NULL},
        {"onbekende dienst", NULL},
    };
    const catalog *cat = *state;
    size_t i;

    for (i = 0; i < ARRAY_LEN(cases); i++) {
        const cat_service *s = cat_service_find(cat, cases[i].in, strlen(cases[i].in));

        if (!cases[i].code) {
            if (s)
                fail_msg("'%s' found as %s, expected nothing", cases[i].in, s->code);
            continue;
        }
        if (!s)
            fail_msg("'%s' not found, expected %s", cases[i].in, cases[i].code);
        assert_string_equal(s->code, cases[i].code);
    }
    /* The length bounds the name. */
    assert_non_null(cat_service_find(cat, "verzuimXYZ", 7));
    assert_null(cat_service_find(NULL, "verzuim", 7));
}

/* Suggestions for unknown service names: the closest name wins. */
static void test_service_suggest(void **state)
{
    static const struct {
        const char *in;
        const char *code;
    } cases[] = {
        {"verzuim meldn", "verzuim"},
        {"Verzuim  meldne", "verzuim"},
        {"ziekmelding", "verzuim"},
        {"bezwar maken", "bezwaar"},
        {"Bezwaar mkaen", "bezwaar"},
        {"bezwar", "bezwaar"},
        {"uitkerings gegevens", "uitkering"},
        {"ontslagaanvragen", "ontslag"},
        {"transitievergoeding", "ontslag"},
        {"banenafspraak quotum", "banenafspraak"},
        {"controle eigenrisicodrager WW", "erd-controle"},
        {"WGP-7", "banenafspraak"},
        {"erd financiel", "erd-financieel"},
        {"re-integratie WIA", "reintegratie-wia"},
    };
    const catalog *cat = *state;
    size_t i;

    for (i = 0; i < ARRAY_LEN(cases); i++) {
        const cat_service *s = cat_service_suggest(cat, cases[i].in, strlen(cases[i].in));

        if (!s)
            fail_msg("no suggestion for '%s'", cases[i].in);
        if (strcmp(s->code, cases[i].code) != 0)
            fail_msg("'%s' suggests %s, expected %s", cases[i].in, s->code, cases[i].code);
    }
    assert_null(cat_service_suggest(cat, "", 0));
    assert_null(cat_service_suggest(cat, "  ", 2));
    /* Deterministic: the same input gives the same answer. */
    assert_ptr_equal(cat_service_suggest(cat, "xyz", 3), cat_service_suggest(cat, "xyz", 3));
}

/* Supplier look-up: case-insensitive, ignoring spaces and '-'. */
static void test_supplier_find(void **state)
{
    static const struct {
        const char *in;
        const char *naam; /* NULL = not found */
    } cases[] = {
        {"KPN", "KPN"},
        {"kpn", "KPN"},
        {"K P N", "KPN"},
        {"Reconi", "Reconi"},
        {"RECONI", "Reconi"},
        {"CreAim", "Reconi"},
        {"Creaim", "Reconi"},
        {"cre-aim", "Reconi"},
        {"Digidentity", "Digidentity"},
        {"digi-dentity", "Digidentity"},
        {"QV", "QV"},
        {"qv", "QV"},
        {"We-ID", "We-ID"},
        {"we id", "We-ID"},
        {"WEID", "We-ID"},
        {"weid", "We-ID"},
        {"Z login", "Z login"},
        {"Zlogin", "Z login"},
        {"ZLOGIN", "Z login"},
        {"z-login", "Z login"},
        {" Z  Login ", "Z login"},
        {"Z_login", NULL},
        {"ESG", "ESG"},
        {"esg", "ESG"},
        {"E-S-G", "ESG"},
        {"Signicat", "Signicat"},
        {"SIGNICAT", "Signicat"},
        {"Connectis", "Signicat"},
        {"connectis", "Signicat"},
        {"Connect is", "Signicat"},
        {"Connectis B.V.", NULL},
        {"KPN B.V.", NULL},
        {"", NULL},
        {" - ", NULL},
    };
    const catalog *cat = *state;
    size_t i;

    for (i = 0; i < ARRAY_LEN(cases); i++) {
        const cat_supplier *s = cat_supplier_find(cat, cases[i].in, strlen(cases[i].in));

        if (!cases[i].naam) {
            if (s)
                fail_msg("'%s' found as %s, expected nothing", cases[i].in, s->naam);
            continue;
        }
        if (!s)
            fail_msg("'%s' not found, expected %s", cases[i].in, cases[i].naam);
        assert_string_equal(s->naam, cases[i].naam);
        assert_string_equal(s->formaat, "generiek");
    }
    assert_int_equal(cat->nsuppliers, 8);
}

/* The shipped suppliers: ketenmachtiging at EH3, request channel, process and attachments, sources. */
static void test_supplier_channels(void **state)
{
    static const struct {
        const char *naam;
        int chain_eh3;
        cat_portal portaal;
        int proces;   /* a proces line is given */
        int bijlagen; /* a bijlagen line is given */
    } want[] = {
        {"KPN", 1, CAT_PORTAAL_ALLE, 1, 1},           {"Reconi", 1, CAT_PORTAAL_GEEN, 1, 1},
        {"Digidentity", 1, CAT_PORTAAL_ZELFDE, 1, 0}, {"QV", 1, CAT_PORTAAL_GEEN, 1, 0},
        {"We-ID", 1, CAT_PORTAAL_ZELFDE, 1, 0},       {"Z login", 1, CAT_PORTAAL_ALLE, 1, 1},
        {"ESG", 0, CAT_PORTAAL_ONBEKEND, 0, 0},       {"Signicat", 0, CAT_PORTAAL_ONBEKEND, 0, 0},
    };
    const catalog *cat = *state;
    size_t i;

    assert_int_equal(cat->nsuppliers, ARRAY_LEN(want));
    for (i = 0; i < ARRAY_LEN(want); i++) {
        const cat_supplier *s = &cat->suppliers[i];

        assert_string_equal(s->naam, want[i].naam);
        assert_int_equal(s->chain_eh3, want[i].chain_eh3);
        if (s->portaal_voor != want[i].portaal)
            fail_msg("%s: portaal_voor %s, expected %s", s->naam, cat_portal_name(s->portaal_voor),
                     cat_portal_name(want[i].portaal));
        assert_int_equal(s->proces != NULL, want[i].proces);
        assert_int_equal(s->bijlagen != NULL, want[i].bijlagen);
        assert_true(s->nbronnen > 0); /* every supplier names its sources */
    }
}

/* The ini word of each request channel; "" for a value out of range. */
static void test_portal_names(void **state)
{
    (void)state;
    assert_string_equal(cat_portal_name(CAT_PORTAAL_ZELFDE), "zelfde-leverancier");
    assert_string_equal(cat_portal_name(CAT_PORTAAL_ALLE), "alle");
    assert_string_equal(cat_portal_name(CAT_PORTAAL_GEEN), "geen");
    assert_string_equal(cat_portal_name(CAT_PORTAAL_ONBEKEND), "onbekend");
    assert_string_equal(cat_portal_name((cat_portal)99), "");
    assert_string_equal(cat_portal_name((cat_portal)-1), "");
}

/* The generiek output format (formats/uitvoer/generiek.ini). */
static void test_format_generiek(void **state)
{
    static const char *const headers[] = {
        "kvk_machtiginggever",
        "naam_machtiginggever",
        "kvk_intermediair",
        "naam_intermediair",
        "dienstverlener",
        "dienst_code",
        "dienst",
        "niveau",
        "ingangsdatum",
        "einddatum",
        "loonheffingennummers",
        "vertegenwoordiger",
        "vertegenwoordiger_email",
    };
    static const cat_colsrc srcs[] = {
        CAT_COL_KVK_MACHTIGINGGEVER,
        CAT_COL_NAAM_MACHTIGINGGEVER,
        CAT_COL_KVK_INTERMEDIAIR,
        CAT_COL_NAAM_INTERMEDIAIR,
        CAT_COL_DIENSTVERLENER,
        CAT_COL_DIENST_CODE,
        CAT_COL_DIENST,
        CAT_COL_NIVEAU,
        CAT_COL_INGANGSDATUM,
        CAT_COL_EINDDATUM,
        CAT_COL_LOONHEFFINGENNUMMERS,
        CAT_COL_VERTEGENWOORDIGER,
        CAT_COL_VERTEGENWOORDIGER_EMAIL,
    };
    const catalog *cat = *state;
    const cat_format *f = cat_format_find(cat, "generiek");
    size_t i;

    assert_non_null(f);
    assert_ptr_equal(cat_format_find(cat, "GENERIEK"), f);
    assert_null(cat_format_find(cat, "kpn"));
    assert_string_equal(f->naam, "generiek");
    assert_true(strlen(f->beschrijving) > 0);
    assert_int_equal(f->delimiter, ';');
    assert_int_equal(f->encoding, CAT_ENC_UTF8_BOM);
    assert_string_equal(f->eol, "\r\n");
    assert_int_equal(f->datefmt, CAT_DATE_DMY_DASH);
    assert_int_equal(f->lhn_separator, ',');
    assert_int_equal(f->ncols, ARRAY_LEN(headers));
    for (i = 0; i < ARRAY_LEN(headers); i++) {
        assert_string_equal(f->cols[i].header, headers[i]);
        assert_int_equal(f->cols[i].src, srcs[i]);
    }
}

/* Header aliases: every alias in formats/invoer.ini leads to its field. */
static void test_input_aliases(void **state)
{
    static const struct {
        sc_file f;
        const char *header;
        int field; /* -1 = unknown */
    } cases[] = {
        {SC_WERKGEVERS, "loonheffingennummer", SC_W_LOONHEFFINGENNUMMER},
        {SC_WERKGEVERS, "loonheffingsnummer", SC_W_LOONHEFFINGENNUMMER},
        {SC_WERKGEVERS, "lh_nummer", SC_W_LOONHEFFINGENNUMMER},
        {SC_WERKGEVERS, "lhn", SC_W_LOONHEFFINGENNUMMER},
        {SC_WERKGEVERS, "payroll_tax_number", SC_W_LOONHEFFINGENNUMMER},
        {SC_MACHTIGINGEN, "loonheffingennummer", SC_M_LOONHEFFINGENNUMMER},
        {SC_MACHTIGINGEN, "loonheffingsnummer", SC_M_LOONHEFFINGENNUMMER},
        {SC_MACHTIGINGEN, "lh_nummer", SC_M_LOONHEFFINGENNUMMER},
        {SC_MACHTIGINGEN, "lhn", SC_M_LOONHEFFINGENNUMMER},
        {SC_MACHTIGINGEN, "payroll_tax_number", SC_M_LOONHEFFINGENNUMMER},
        {SC_GEBRUIKERS, "gebruikersnaam", SC_G_GEBRUIKERSNAAM},
        {SC_GEBRUIKERS, "gebruiker", SC_G_GEBRUIKERSNAAM},
        {SC_GEBRUIKERS, "gebruikers_id", SC_G_GEBRUIKERSNAAM},
        {SC_GEBRUIKERS, "login", SC_G_GEBRUIKERSNAAM},
        {SC_GEBRUIKERS, "username", SC_G_GEBRUIKERSNAAM},
        {SC_GEBRUIKERS, "user_id", SC_G_GEBRUIKERSNAAM},
        {SC_GEBRUIKERS, "user", SC_G_GEBRUIKERSNAAM},
        {SC_MACHTIGINGEN, "gebruiker", SC_M_GEBRUIKERSNAAM},
        {SC_MACHTIGINGEN, "gebruikers_id", SC_M_GEBRUIKERSNAAM},
        {SC_MACHTIGINGEN, "login", SC_M_GEBRUIKERSNAAM},
        {SC_MACHTIGINGEN, "username", SC_M_GEBRUIKERSNAAM},
        {SC_MACHTIGINGEN, "user_id", SC_M_GEBRUIKERSNAAM},
        {SC_MACHTIGINGEN, "user", SC_M_GEBRUIKERSNAAM},
        {SC_GEBRUIKERS, "naam", SC_G_NAAM},
        {SC_GEBRUIKERS, "volledige_naam", SC_G_NAAM},
        {SC_GEBRUIKERS, "full_name", SC_G_NAAM},
        {SC_GEBRUIKERS, "name", SC_G_NAAM},
        {SC_WERKGEVERS, "naam", SC_W_NAAM},
        {SC_WERKGEVERS, "naam_werkgever", SC_W_NAAM},
        {SC_WERKGEVERS, "werkgever", SC_W_NAAM},
        {SC_WERKGEVERS, "bedrijfsnaam", SC_W_NAAM},
        {SC_WERKGEVERS, "employer", SC_W_NAAM},
        {SC_WERKGEVERS, "employer_name", SC_W_NAAM},
        {SC_WERKGEVERS, "name", SC_W_NAAM},
        {SC_GEBRUIKERS, "email", SC_G_EMAIL},
        {SC_GEBRUIKERS, "e_mail", SC_G_EMAIL},
        {SC_GEBRUIKERS, "emailadres", SC_G_EMAIL},
        {SC_GEBRUIKERS, "e_mailadres", SC_G_EMAIL},
        {SC_GEBRUIKERS, "mail", SC_G_EMAIL},
        {SC_GEBRUIKERS, "rol", SC_G_ROL},
        {SC_GEBRUIKERS, "role", SC_G_ROL},
        {SC_GEBRUIKERS, "eh_niveau", SC_G_EH_NIVEAU},
        {SC_GEBRUIKERS, "niveau", SC_G_EH_NIVEAU},
        {SC_GEBRUIKERS, "eherkenning_niveau", SC_G_EH_NIVEAU},
        {SC_GEBRUIKERS, "eh_level", SC_G_EH_NIVEAU},
        {SC_GEBRUIKERS, "level", SC_G_EH_NIVEAU},
        {SC_WERKGEVERS, "eh_niveau", SC_W_EH_NIVEAU},
        {SC_WERKGEVERS, "niveau", SC_W_EH_NIVEAU},
        {SC_WERKGEVERS, "eherkenning_niveau", SC_W_EH_NIVEAU},
        {SC_WERKGEVERS, "eh_level", SC_W_EH_NIVEAU},
        {SC_WERKGEVERS, "level", SC_W_EH_NIVEAU},
        {SC_GEBRUIKERS, "status", SC_G_STATUS},
        {SC_GEBRUIKERS, "state", SC_G_STATUS},
        {SC_WERKGEVERS, "status", SC_W_STATUS},
        {SC_WERKGEVERS, "state", SC_W_STATUS},
        {SC_MACHTIGINGEN, "dienst", SC_M_DIENST},
        {SC_MACHTIGINGEN, "dienstnaam", SC_M_DIENST},
        {SC_MACHTIGINGEN, "service", SC_M_DIENST},
        {SC_WERKGEVERS, "kvk", SC_W_KVK},
        {SC_WERKGEVERS, "kvk_nummer", SC_W_KVK},
        {SC_WERKGEVERS, "kvknummer", SC_W_KVK},
        {SC_WERKGEVERS, "coc", SC_W_KVK},
        {SC_WERKGEVERS, "coc_number", SC_W_KVK},
        {SC_WERKGEVERS, "open_meldingen", SC_W_OPEN_MELDINGEN},
        {SC_WERKGEVERS, "open_ziekmeldingen", SC_W_OPEN_MELDINGEN},
        {SC_WERKGEVERS, "open_reports", SC_W_OPEN_MELDINGEN},
        {SC_WERKGEVERS, "eh_leverancier", SC_W_EH_LEVERANCIER},
        {SC_WERKGEVERS, "leverancier", SC_W_EH_LEVERANCIER},
        {SC_WERKGEVERS, "eh_supplier", SC_W_EH_LEVERANCIER},
        {SC_WERKGEVERS, "supplier", SC_W_EH_LEVERANCIER},
        {SC_WERKGEVERS, "opvolger", SC_W_OPVOLGER},
        {SC_WERKGEVERS, "nieuw_loonheffingennummer", SC_W_OPVOLGER},
        {SC_WERKGEVERS, "successor", SC_W_OPVOLGER},
        {SC_WERKGEVERS, "eigenrisicodrager", SC_W_EIGENRISICODRAGER},
        {SC_WERKGEVERS, "erd", SC_W_EIGENRISICODRAGER},
        {SC_WERKGEVERS, "eigen_risicodrager", SC_W_EIGENRISICODRAGER},
        /* extras and fields without aliases in formats/invoer.ini */
        {SC_MACHTIGINGEN, "ingangsdatum", SC_M_INGANGSDATUM},
        {SC_MACHTIGINGEN, "startdatum", SC_M_INGANGSDATUM},
        {SC_MACHTIGINGEN, "valid_from", SC_M_INGANGSDATUM},
        {SC_MACHTIGINGEN, "end_date", SC_M_EINDDATUM},
        {SC_MACHTIGINGEN, "valid_to", SC_M_EINDDATUM},
        {SC_WERKGEVERS, "vestiging", SC_W_VESTIGINGSNUMMER},
        {SC_WERKGEVERS, "branch_number", SC_W_VESTIGINGSNUMMER},
        {SC_WERKGEVERS, "wettelijk_vertegenwoordiger", SC_W_VERTEGENWOORDIGER},
        {SC_WERKGEVERS, "representative", SC_W_VERTEGENWOORDIGER},
        {SC_WERKGEVERS, "vertegenwoordiger_email", SC_W_VERTEGENWOORDIGER_EMAIL},
        {SC_WERKGEVERS, "group", SC_W_GROEP},
        {SC_WERKGEVERS, "concern", SC_W_GROEP},
        {SC_WERKGEVERS, "country", SC_W_LAND},
        {SC_WERKGEVERS, "reason", SC_W_REDEN},
        /* a name belongs to its own file only */
        {SC_GEBRUIKERS, "kvk", -1},
        {SC_GEBRUIKERS, "lhn", -1},
        {SC_MACHTIGINGEN, "naam", -1},
        {SC_WERKGEVERS, "email", -1},
        {SC_WERKGEVERS, "LHN", -1}, /* not in header-normal form */
        {SC_WERKGEVERS, "onbekend", -1},
    };
    const catalog *cat = *state;
    size_t i;

    for (i = 0; i < ARRAY_LEN(cases); i++) {
        int got = cat_input_field(cat, cases[i].f, cases[i].header, strlen(cases[i].header));

        if (got != cases[i].field)
            fail_msg("file %d header '%s': field %d, expected %d", (int)cases[i].f, cases[i].header, got,
                     cases[i].field);
    }
}

/* Every field's canonical name comes first; cat_input_names lists all of them. */
static void test_input_names(void **state)
{
    const catalog *cat = *state;
    int f;
    size_t i;

    for (f = 0; f < SC_FILE_COUNT; f++) {
        const sc_filedef *d = sc_file_def((sc_file)f);
        size_t n = 0, total = 0;
        const char **names = cat_input_names(cat, (sc_file)f, &n);

        assert_non_null(names);
        for (i = 0; i < d->nfields; i++) {
            const cat_field_aliases *a = &cat->input[f][i];

            assert_true(a->nnames >= 1);
            assert_string_equal(a->names[0], d->fields[i].name);
            total += a->nnames;
        }
        assert_int_equal(n, total);
        for (i = 0; i < n; i++)
            assert_true(cat_input_field(cat, (sc_file)f, names[i], strlen(names[i])) >= 0);
        free((void *)names);
    }
}

/* Generic account words. */
static void test_generic_words(void **state)
{
    static const struct {
        const char *word;
        int generic;
    } cases[] = {
        {"administratie", 1},
        {"Salaris", 1},
        {"salarisadministratie", 1},
        {"INFO", 1},
        {"algemeen", 1},
        {"admin", 1},
        {"kantoor", 1},
        {"office", 1},
        {"payroll", 1},
        {"backoffice", 1},
        {"helpdesk", 1},
        {"support", 1},
        {"team", 1},
        {"balie", 1},
        {"secretariaat", 1},
        {"personeelszaken", 1},
        {"HR", 1},
        {"boekhouding", 1},
        {"loonadministratie", 1},
        {"frontoffice", 1},
        {"jansen", 0},
        {"inf", 0},
        {"infos", 0},
        {"", 0},
    };
    const catalog *cat = *state;
    size_t i;

    for (i = 0; i < ARRAY_LEN(cases); i++)
        if (cat_is_generic_word(cat, cases[i].word, strlen(cases[i].word)) != cases[i].generic)
            fail_msg("'%s': expected %d", cases[i].word, cases[i].generic);
    assert_int_equal(cat->ngeneric, 20);
    assert_int_equal(cat_is_generic_word(cat, "info@x", 4), 1);
}

/* ---- temporary catalogue folders ---- */

/* Copy file src to dst; 0 on success. */
static int copy_file(const char *src, const char *dst)
{
    char buf[4096];
    FILE *in = fopen(src, "rb"), *out = NULL;
    size_t n;
    int rc = -1;

    if (!in)
        return -1;
    out = fopen(dst, "wb");
    if (!out)
        goto done;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n)
            goto done;
    rc = ferror(in) ? -1 : 0;
done:
    if (out && fclose(out) != 0)
        rc = -1;
    fclose(in);
    return rc;
}

/* Copy every regular *.ini file of folder src to folder dst. */
static void copy_inis(const char *src, const char *dst)
{
    char from[TEST_PATH_MAX], to[TEST_PATH_MAX];
    struct dirent *de;
    DIR *d = opendir(src);

    assert_non_null(d);
    while ((de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name);

        if (n < 5 || strcmp(de->d_name + n - 4, ".ini") != 0)
            continue;
        snprintf(from, sizeof from, "%s/%s", src, de->d_name);
        snprintf(to, sizeof to, "%s/%s", dst, de->d_name);
        assert_int_equal(copy_file(from, to), 0);
    }
    closedir(d);
}

/* Make a temporary copy of formats/; its path goes to dir (TEST_DIR_MAX bytes). */
static void make_copy(char *dir)
{
    char sub[TEST_PATH_MAX];

    snprintf(dir, TEST_DIR_MAX, "%s", TMP_TEMPLATE);
    assert_non_null(mkdtemp(dir));
    copy_inis(FORMATS_DIR, dir);
    snprintf(sub, sizeof sub, "%s/uitvoer", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    copy_inis(FORMATS_DIR "/uitvoer", sub);
}

/* Write text to dir/name, replacing the file. */
static void write_file(const char *dir, const char *name, const char *text)
{
    char path[TEST_PATH_MAX];
    FILE *f;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
    assert_int_equal(fclose(f), 0);
}

/* Remove every file of folder dir, then the folder. */
static void remove_folder(const char *dir)
{
    char path[TEST_PATH_MAX];
    struct dirent *de;
    DIR *d = opendir(dir);

    if (!d)
        return;
    while ((de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        if (unlink(path) != 0)
            remove_folder(path);
    }
    closedir(d);
    rmdir(dir);
}

/* A minimal valid output format file with its column lines appended. */
#define FORMAT_HEAD                                                                                          \
    "[formaat]\n"                                                                                            \
    "naam = generiek\n"                                                                                      \
    "scheidingsteken = puntkomma\n"                                                                          \
    "codering = utf-8-bom\n"                                                                                 \
    "regeleinde = crlf\n"                                                                                    \
    "datumformaat = DD-MM-JJJJ\n"                                                                            \
    "\n"                                                                                                     \
    "[kolommen]\n"

/* A two-service diensten.ini head. */
#define DIENSTEN_HEAD                                                                                        \
    "[dienst a]\n"                                                                                           \
    "naam = Dienst A\n"                                                                                      \
    "name_en = Service A\n"                                                                                  \
    "\n"

/* A complete leveranciers.ini section of three lines, for the keys after it. */
#define SUPPLIER_HEAD                                                                                        \
    "[leverancier X]\n"                                                                                      \
    "ketenmachtiging_eh3 = ja\n"                                                                             \
    "formaat = generiek\n"

/* Every kind of error: one file replaced, the error named with its file and line. */
static void test_errors(void **state)
{
    static const struct {
        const char *label;
        const char *file;
        const char *text;
        long line;
        const char *msg; /* part of the message */
    } cases[] = {
        {"unknown key", "diensten.ini",
         DIENSTEN_HEAD "[dienst b]\nnaam = B\nname_en = B en\nomschrijving = x\n", 8,
         "unknown key 'omschrijving'"},
        {"unknown section", "diensten.ini", DIENSTEN_HEAD "# comment\n[service b]\nnaam = B\n", 6,
         "unknown section [service b]"},
        {"bad erd value", "diensten.ini", "[dienst a]\nnaam = A\nname_en = B\nerd = WGA, WAO\n", 4, "'WAO'"},
        {"erd geen and status", "diensten.ini", "[dienst a]\nnaam = A\nname_en = B\nerd = geen WW\n", 4,
         "geen"},
        {"bad delimiter word", "uitvoer/generiek.ini",
         "[formaat]\nnaam = generiek\nscheidingsteken = dubbelepunt\n", 3, "puntkomma, komma, tab or pijp"},
        {"bad encoding", "uitvoer/generiek.ini", "[formaat]\nnaam = x\ncodering = latin-1\n", 3,
         "windows-1252"},
        {"bad line ending", "uitvoer/generiek.ini", "[formaat]\nnaam = x\nregeleinde = cr\n", 3,
         "crlf or lf"},
        {"bad date format", "uitvoer/generiek.ini", "[formaat]\nnaam = x\ndatumformaat = MM/DD/JJJJ\n", 3,
         "DD-MM-JJJJ"},
        {"bad lhn separator", "uitvoer/generiek.ini", "[formaat]\nlhn_scheidingsteken = tab\n", 2, "spatie"},
        {"unknown column source", "uitvoer/generiek.ini",
         FORMAT_HEAD "kolom = kvk_machtiginggever\nkolom = bsn | BSN\n", 10, "unknown column source 'bsn'"},
        {"empty column header", "uitvoer/generiek.ini", FORMAT_HEAD "kolom = dienst |\n", 9, "header"},
        {"duplicate column header", "uitvoer/generiek.ini",
         FORMAT_HEAD "kolom = dienst\nkolom = dienst_code | DIENST\n", 10, "twice"},
        {"no columns", "uitvoer/generiek.ini", FORMAT_HEAD, 8, "lacks key 'kolom'"},
        {"no kolommen section", "uitvoer/generiek.ini",
         "[formaat]\nnaam = generiek\nscheidingsteken = komma\ncodering = utf-8\nregeleinde = lf\n"
         "datumformaat = JJJJ-MM-DD\n",
         0, "[kolommen]"},
        {"no formaat section", "uitvoer/generiek.ini", "[kolommen]\nkolom = dienst\n", 0, "[formaat]"},
        {"format missing required key", "uitvoer/generiek.ini",
         "\n[formaat]\nnaam = generiek\nscheidingsteken = komma\n\n[kolommen]\nkolom = dienst\n", 2,
         "lacks key 'codering'"},
        {"duplicate format name", "uitvoer/zz.ini", FORMAT_HEAD "kolom = dienst\n", 2, "already used"},
        {"bad format name", "uitvoer/generiek.ini", "[formaat]\nnaam = mijn formaat\n", 2, "not valid"},
        {"duplicate formaat section", "uitvoer/generiek.ini", FORMAT_HEAD "kolom = dienst\n[formaat]\n", 10,
         "twice"},
        {"supplier with unknown formaat", "leveranciers.ini",
         "[leverancier KPN]\nketenmachtiging_eh3 = ja\nformaat = kpn-bulk\n", 3,
         "unknown output format 'kpn-bulk'"},
        {"supplier bad ja/nee", "leveranciers.ini", "[leverancier KPN]\nketenmachtiging_eh3 = misschien\n", 2,
         "ja or nee"},
        {"supplier duplicate name", "leveranciers.ini",
         "[leverancier Z login]\nketenmachtiging_eh3 = ja\nformaat = generiek\n\n[leverancier ZLOGIN]\n", 5,
         "already used"},
        {"supplier alias clash", "leveranciers.ini",
         "[leverancier KPN]\nketenmachtiging_eh3 = ja\nformaat = generiek\n\n[leverancier Reconi]\nalias = "
         "k-p-n\n",
         6, "already used"},
        {"supplier missing key", "leveranciers.ini", "[leverancier KPN]\nformaat = generiek\n", 1,
         "lacks key 'ketenmachtiging_eh3'"},
        {"supplier bad website", "leveranciers.ini", "[leverancier KPN]\nwebsite = kpn.com\n", 2, "https://"},
        {"duplicate service code", "diensten.ini", DIENSTEN_HEAD "[dienst a]\nnaam = B\nname_en = B en\n", 5,
         "defined twice (first on line 1)"},
        {"bad service code", "diensten.ini", "[dienst Verzuim]\n", 1, "not valid"},
        {"service without code", "diensten.ini", "[dienst]\n", 1, "unknown section"},
        {"service name clash", "diensten.ini",
         DIENSTEN_HEAD "[dienst b]\nnaam = B\nname_en = B en\nlegacy = SERVICE  A\n", 8,
         "already a name of service 'a'"},
        {"service code is a name", "diensten.ini",
         DIENSTEN_HEAD "[dienst b]\nnaam = B\nname_en = B en\nlegacy = c\n"
                       "[dienst c]\n",
         9, "already a name of service 'b'"},
        {"missing required key", "diensten.ini",
         "[dienst a]\nnaam = A\n\n[dienst b]\nnaam = B\nname_en = C\n", 1, "lacks key 'name_en'"},
        {"missing required key at end", "diensten.ini", "\n\n[dienst a]\nname_en = A\n", 3,
         "lacks key 'naam'"},
        {"duplicate key", "diensten.ini", "[dienst a]\nnaam = A\nname_en = B\nnaam = C\n", 4,
         "given twice in section [dienst a] (first on line 2)"},
        {"empty name", "diensten.ini", "[dienst a]\nnaam =\n", 2, "no value"},
        {"dienst_id with space", "diensten.ini", "[dienst a]\ndienst_id = urn x\n", 2, "space"},
        {"no services", "diensten.ini", "# nothing here\n", 0, "no service"},
        {"indented continuation", "diensten.ini", "[dienst a]\nnaam = A\n    legacy = X\n", 3, "indentation"},
        {"line without =", "diensten.ini", "[dienst a]\nnaam A\n", 2, "cannot read this line"},
        {"section without ]", "diensten.ini", "# x\n[dienst a\n", 2, "closing ']'"},
        {"key before section", "diensten.ini", "naam = A\n", 1, "before any section"},
        {"line too long", "diensten.ini",
         "[dienst a]\nnaam = A\nlegacy = "
         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
         "\n",
         3, "longer than"},
        {"alias for a field not in that file", "invoer.ini", "[gebruikers]\nnaam = name\nkvk = coc\n", 3,
         "'kvk' is not a field of gebruikers.csv"},
        {"same alias for two fields", "invoer.ini",
         "[werkgevers]\nnaam = werkgever\n\nkvk = coc, Werkgever\n", 4, "already a name of field 'naam'"},
        {"alias equal to another field", "invoer.ini", "[machtigingen]\ndienst = einddatum\n", 2,
         "already a name of field 'einddatum'"},
        {"field given twice", "invoer.ini", "[gebruikers]\nrol = role\nrol = functie\n", 3, "given twice"},
        {"empty alias", "invoer.ini", "[gebruikers]\nrol = role,,functie\n", 2, "empty alias"},
        {"unknown input section", "invoer.ini", "[gebruiker]\n", 1, "unknown section [gebruiker]"},
        {"duplicate input section", "invoer.ini", "[gebruikers]\n[werkgevers]\n[gebruikers]\n", 3, "twice"},
        {"generic word twice", "accounts.ini", "[gedeelde_accounts]\nwoord = info\nwoord = INFO\n", 3,
         "listed twice"},
        {"generic word with space", "accounts.ini", "[gedeelde_accounts]\nwoord = back office\n", 2,
         "one word"},
        {"unknown accounts key", "accounts.ini", "[gedeelde_accounts]\nwoorden = info\n", 2,
         "accepted keys: woord"},
        /* every catalogue must be UTF-8: the first bad byte with its line and offset */
        {"cp1252 in a comment", "diensten.ini", DIENSTEN_HEAD "# Caf\xE9\n", 5,
         "byte 0xE9 at line 5 (byte offset 53)"},
        {"cp1252 in a value", "leveranciers.ini", "[leverancier X]\nnaam = Caf\xE9\n", 2,
         "byte 0xE9 at line 2 (byte offset 26)"},
        {"overlong in invoer.ini", "invoer.ini", "[gebruikers]\nrol = r\xC0\xAFle\n", 2,
         "byte 0xC0 at line 2 (byte offset 20)"},
        {"lone continuation byte", "accounts.ini", "[gedeelde_accounts]\nwoord = \x80x\n", 2,
         "byte 0x80 at line 2 (byte offset 28)"},
        {"cut off at the end", "uitvoer/generiek.ini", FORMAT_HEAD "# \xE2\x82", 9, "byte 0xE2 at line 9"},
        {"portaal_voor bad word", "leveranciers.ini", SUPPLIER_HEAD "portaal_voor = iedereen\n", 4,
         "'iedereen' is not a valid portaal_voor; accepted: zelfde-leverancier, alle, geen or onbekend"},
        {"portaal_voor English word", "leveranciers.ini", SUPPLIER_HEAD "portaal_voor = all\n", 4,
         "'all' is not a valid portaal_voor"},
        {"portaal_voor empty", "leveranciers.ini", SUPPLIER_HEAD "\nportaal_voor =\n", 5, "no value"},
        {"portaal_voor two words", "leveranciers.ini", SUPPLIER_HEAD "portaal_voor = alle geen\n", 4,
         "'alle geen' is not a valid portaal_voor"},
        {"portaal_voor twice", "leveranciers.ini",
         SUPPLIER_HEAD "portaal_voor = alle\nproces = x\nportaal_voor = alle\n", 6,
         "given twice in section [leverancier X] (first on line 4)"},
        {"proces twice", "leveranciers.ini", SUPPLIER_HEAD "proces = a\nproces = b\n", 5,
         "given twice in section [leverancier X] (first on line 4)"},
        {"bijlagen twice", "leveranciers.ini", SUPPLIER_HEAD "bijlagen = a\n# x\nBIJLAGEN = b\n", 6,
         "given twice in section [leverancier X] (first on line 4)"},
        {"proces empty", "leveranciers.ini", SUPPLIER_HEAD "proces = \n", 4, "no value"},
        {"bijlagen empty", "leveranciers.ini", SUPPLIER_HEAD "bijlagen =\n", 4, "no value"},
        {"portaal_voor in a second supplier", "leveranciers.ini",
         SUPPLIER_HEAD
         "portaal_voor = geen\n\n[leverancier Y]\nketenmachtiging_eh3 = nee\nformaat = generiek\n"
         "portaal_voor = alleen\n",
         9, "'alleen' is not a valid portaal_voor"},
        {"supplier key twice", "leveranciers.ini",
         "[leverancier X]\nwebsite = https://a.example\nwebsite = https://b.example\n", 3,
         "given twice in section [leverancier X] (first on line 2)"},
    };
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        char dir[TEST_DIR_MAX], want_file[TEST_PATH_MAX];
        catalog *cat = NULL;
        mg_errinfo ei;
        mg_error err;

        make_copy(dir);
        write_file(dir, cases[i].file, cases[i].text);
        memset(&ei, 0, sizeof ei);
        err = cat_load(dir, &cat, &ei);
        snprintf(want_file, sizeof want_file, "%s/%s", dir, cases[i].file);
        remove_folder(dir);
        if (err != MG_ERR_CONFIG)
            fail_msg("%s: error %d, expected MG_ERR_CONFIG", cases[i].label, (int)err);
        assert_null(cat);
        if (strcmp(ei.file, want_file) != 0 || ei.line != cases[i].line ||
            !strstr(ei.msg[LANG_EN], cases[i].msg))
            fail_msg("%s: got %s:%ld: %s; expected %s:%ld: ...%s...", cases[i].label, ei.file, ei.line,
                     ei.msg[LANG_EN], want_file, cases[i].line, cases[i].msg);
    }
}

/* Variants that are valid: every accepted word, comments, a BOM, an extra format. */
static void test_valid_variants(void **state)
{
    static const char extra[] = "\xEF\xBB\xBF# a second layout\n"
                                "[kolommen]\n"
                                "kolom = dienst_id | Dienst ID\n"
                                "kolom = loonheffingennummers|LHN's\n"
                                "kolom = kvk_machtiginggever ; inline comment\n"
                                "\n"
                                "[formaat]\n"
                                "naam = KPN-bulk\n"
                                "scheidingsteken = TAB\n"
                                "codering = windows-1252\n"
                                "regeleinde = lf\n"
                                "datumformaat = yyyy-mm-dd\n"
                                "lhn_scheidingsteken = spatie\n";
    static const char diensten[] = "; services\n"
                                   "[ dienst x ]\n"
                                   "naam = Dienst   X\n"
                                   "name_en: Service X\n"
                                   "erd = zw|Wga\n"
                                   "dienst_id = urn:etoegang:DV:00000001234567890000:services:1\n"
                                   "[dienst y]\n"
                                   "naam = Y\n"
                                   "name_en = Service Y\n"
                                   "erd = geen\n"
                                   "legacy = oud\n"
                                   "legacy = OUD\n"
                                   "legacy = service y\n";
    static const char leveranciers[] = "[leverancier Voorbeeld]\n"
                                       "ketenmachtiging_eh3 = nee\n"
                                       "formaat = kpn-BULK\n"
                                       "website = https://voorbeeld.example\n"
                                       "bron = test\n";
    char dir[TEST_DIR_MAX], invoer[8192];
    catalog *cat = NULL;
    mg_errinfo ei;
    const cat_format *f;
    const cat_supplier *s;

    (void)state;
    make_copy(dir);
    write_file(dir, "uitvoer/a-kpn.ini", extra);
    write_file(dir, "diensten.ini", diensten);
    write_file(dir, "leveranciers.ini", leveranciers);
    write_file(dir, "accounts.ini", "# no words\n");
    slurp_text(FORMATS_DIR "/invoer.ini", invoer, sizeof invoer);
    assert_non_null(strstr(invoer, "\n[waarden]"));
    write_file(dir, "invoer.ini", strstr(invoer, "\n[waarden]") + 1); /* no aliases, the value words only */
    memset(&ei, 0, sizeof ei);
    if (cat_load(dir, &cat, &ei) != MG_OK)
        fail_msg("%s:%ld: %s", ei.file, ei.line, ei.msg[LANG_EN]);
    remove_folder(dir);
    assert_string_equal(cat->dir, dir);
    assert_int_equal(cat->nformats, 2);
    assert_string_equal(cat->formats[0].naam, "KPN-bulk"); /* a-kpn.ini sorts before generiek.ini */
    f = cat_format_find(cat, "kpn-bulk");
    assert_ptr_equal(f, &cat->formats[0]);
    assert_int_equal(f->delimiter, '\t');
    assert_int_equal(f->encoding, CAT_ENC_CP1252);
    assert_string_equal(f->eol, "\n");
    assert_int_equal(f->datefmt, CAT_DATE_ISO);
    assert_int_equal(f->lhn_separator, ' ');
    assert_string_equal(f->beschrijving, "");
    assert_int_equal(f->ncols, 3);
    assert_int_equal(f->cols[0].src, CAT_COL_DIENST_ID);
    assert_string_equal(f->cols[0].header, "Dienst ID");
    assert_string_equal(f->cols[1].header, "LHN's");
    assert_int_equal(f->cols[2].src, CAT_COL_KVK_MACHTIGINGGEVER);
    assert_string_equal(f->cols[2].header, "kvk_machtiginggever");
    assert_int_equal(cat->nservices, 2);
    assert_string_equal(cat->services[0].code, "x");
    assert_string_equal(cat->services[0].naam, "Dienst X");
    assert_string_equal(cat->services[0].name_en, "Service X");
    assert_int_equal(cat->services[0].erd, CAT_ERD_ZW | CAT_ERD_WGA);
    assert_string_equal(cat->services[0].dienst_id, "urn:etoegang:DV:00000001234567890000:services:1");
    assert_int_equal(cat->services[1].erd, 0);
    assert_string_equal(cat->services[1].naam, "Y"); /* the same as its code: fine */
    assert_int_equal(cat->services[1].nlegacy, 1);   /* a repeated name is kept once */
    assert_string_equal(cat->services[1].legacy[0], "oud");
    s = cat_supplier_find(cat, "voorbeeld", 9);
    assert_non_null(s);
    assert_int_equal(s->chain_eh3, 0);
    assert_string_equal(s->formaat, "KPN-bulk");
    assert_int_equal(cat->ngeneric, 0);
    assert_int_equal(cat_input_field(cat, SC_WERKGEVERS, "kvk", 3), SC_W_KVK);
    assert_int_equal(cat_input_field(cat, SC_WERKGEVERS, "lhn", 3), -1);
    assert_int_equal(cat->input[SC_WERKGEVERS][SC_W_KVK].nnames, 1);
    cat_free(cat);
}

/* Every portaal_voor word parses (any case, blanks around it), absent is zelfde-leverancier, and proces,
 * bijlagen and bron are kept as written (blanks folded); absent proces and bijlagen are NULL. */
static void test_portal_values(void **state)
{
    static const struct {
        const char *lines; /* the keys after SUPPLIER_HEAD */
        cat_portal want;
        const char *proces;   /* NULL = absent */
        const char *bijlagen; /* NULL = absent */
        size_t nbronnen;
    } cases[] = {
        {"", CAT_PORTAAL_ZELFDE, NULL, NULL, 0},
        {"portaal_voor = zelfde-leverancier\n", CAT_PORTAAL_ZELFDE, NULL, NULL, 0},
        {"portaal_voor = alle\n", CAT_PORTAAL_ALLE, NULL, NULL, 0},
        {"portaal_voor = geen\n", CAT_PORTAAL_GEEN, NULL, NULL, 0},
        {"portaal_voor = onbekend\n", CAT_PORTAAL_ONBEKEND, NULL, NULL, 0},
        {"Portaal_Voor =   ALLE  \n", CAT_PORTAAL_ALLE, NULL, NULL, 0},
        {"portaal_voor: Zelfde-Leverancier\n", CAT_PORTAAL_ZELFDE, NULL, NULL, 0},
        {"portaal_voor = geen ; bron: test, 2026-12-05\n", CAT_PORTAAL_GEEN, NULL, NULL, 0},
        {"; bron: test\nportaal_voor = onbekend\nproces = Stap  een.   Stap twee.\n", CAT_PORTAAL_ONBEKEND,
         "Stap een. Stap twee.", NULL, 0},
        {"bijlagen = KvK-uittreksel, niet ouder dan 14 dagen\nbron = a\nbron = b\n", CAT_PORTAAL_ZELFDE, NULL,
         "KvK-uittreksel, niet ouder dan 14 dagen", 2},
        {"proces = p\nbijlagen = b\nportaal_voor = alle\nbron = https://example.test/x\n", CAT_PORTAAL_ALLE,
         "p", "b", 1},
    };
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        char dir[TEST_DIR_MAX], text[TEST_PATH_MAX];
        catalog *cat = NULL;
        const cat_supplier *s;
        mg_errinfo ei;

        make_copy(dir);
        snprintf(text, sizeof text, "%s%s", SUPPLIER_HEAD, cases[i].lines);
        write_file(dir, "leveranciers.ini", text);
        memset(&ei, 0, sizeof ei);
        if (cat_load(dir, &cat, &ei) != MG_OK)
            fail_msg("case %zu: %s:%ld: %s", i, ei.file, ei.line, ei.msg[LANG_EN]);
        remove_folder(dir);
        s = cat_supplier_find(cat, "X", 1);
        assert_non_null(s);
        if (s->portaal_voor != cases[i].want)
            fail_msg("case %zu: portaal_voor %s, expected %s", i, cat_portal_name(s->portaal_voor),
                     cat_portal_name(cases[i].want));
        if (cases[i].proces)
            assert_string_equal(s->proces, cases[i].proces);
        else
            assert_null(s->proces);
        if (cases[i].bijlagen)
            assert_string_equal(s->bijlagen, cases[i].bijlagen);
        else
            assert_null(s->bijlagen);
        assert_int_equal(s->nbronnen, cases[i].nbronnen);
        cat_free(cat);
    }
}

/* At most 32 bron lines per supplier: the 33rd is an error on its line. */
static void test_too_many_sources(void **state)
{
    char dir[TEST_DIR_MAX], text[4096];
    catalog *cat = NULL;
    mg_errinfo ei;
    size_t used, i;

    (void)state;
    used = (size_t)snprintf(text, sizeof text, "%s", SUPPLIER_HEAD);
    for (i = 1; i <= 33; i++)
        used += (size_t)snprintf(text + used, sizeof text - used, "bron = bron %zu\n", i);
    make_copy(dir);
    write_file(dir, "leveranciers.ini", text);
    memset(&ei, 0, sizeof ei);
    assert_int_equal(cat_load(dir, &cat, &ei), MG_ERR_CONFIG);
    remove_folder(dir);
    assert_null(cat);
    assert_int_equal(ei.line, 3 + 33);
    assert_non_null(strstr(ei.msg[LANG_EN], "more than 32 bron lines for supplier 'X'"));
    assert_non_null(strstr(ei.msg[LANG_NL], "meer dan 32 bron-regels voor leverancier 'X'"));
}

/* A missing folder or file is a configuration error; cat_free(NULL) is a no-op. */
static void test_missing(void **state)
{
    char dir[TEST_DIR_MAX], path[TEST_PATH_MAX];
    catalog *cat = NULL;
    mg_errinfo ei;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(cat_load("/nonexistent/formats", &cat, &ei), MG_ERR_CONFIG);
    assert_null(cat);
    assert_string_equal(ei.file, "/nonexistent/formats/diensten.ini");

    make_copy(dir);
    snprintf(path, sizeof path, "%s/accounts.ini", dir);
    assert_int_equal(unlink(path), 0);
    assert_int_equal(cat_load(dir, &cat, &ei), MG_ERR_CONFIG);
    assert_string_equal(ei.file, path);
    assert_int_equal(ei.line, 0);
    remove_folder(dir);

    make_copy(dir);
    snprintf(path, sizeof path, "%s/uitvoer/generiek.ini", dir);
    assert_int_equal(unlink(path), 0);
    assert_int_equal(cat_load(dir, &cat, &ei), MG_ERR_CONFIG);
    assert_non_null(strstr(ei.msg[LANG_EN], "no output format"));
    assert_non_null(strstr(ei.msg[LANG_NL], "geen uitvoerformaat; zet minstens één bestand NAAM.ini"));
    remove_folder(dir);

    cat_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_services, setup, teardown),
        cmocka_unit_test_setup_teardown(test_service_find, setup, teardown),
        cmocka_unit_test_setup_teardown(test_service_suggest, setup, teardown),
        cmocka_unit_test_setup_teardown(test_supplier_find, setup, teardown),
        cmocka_unit_test_setup_teardown(test_supplier_channels, setup, teardown),
        cmocka_unit_test(test_portal_names),
        cmocka_unit_test(test_portal_values),
        cmocka_unit_test(test_too_many_sources),
        cmocka_unit_test_setup_teardown(test_format_generiek, setup, teardown),
        cmocka_unit_test_setup_teardown(test_input_aliases, setup, teardown),
        cmocka_unit_test_setup_teardown(test_input_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_generic_words, setup, teardown),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_valid_variants),
        cmocka_unit_test(test_missing),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
