/* test_xlsx.c — unit tests of the spreadsheets: valid zips, sheets, continuation sheets, cell types,
 * widths, reproducible bytes, errors. */
#include "testutil.h"

#include "xlsx.h"

#include "catalog.h"
#include "config.h"
#include "ident.h"
#include "model.h"
#include "prose.h"

#include <sys/stat.h>
#include <unistd.h>

/* The shipped catalogue folder, relative to the repository root. */
#define FORMATS_DIR "formats"
/* Template of the temporary output folders. */
#define TMP_TEMPLATE "/tmp/test_xlsx.XXXXXX"
/* Longest path or command built by the tests. */
#define TEST_PATH_MAX 1024
/* Requests on the form route in the test portfolio (more than one sheet of 5 rows holds). */
#define N_FORM 11
/* A small row limit: the header and 4 data rows per sheet. */
#define SMALL_ROWS 5
/* A reproducible build time: 2026-11-18T11:06:40Z. */
#define TEST_EPOCH "1795000000"
/* Read buffer for a zip member. */
#define READ_CHUNK 4096

/* What every test uses: catalogue, settings, portfolio and a temporary folder. */
typedef struct fixture {
    catalog *cat;
    mg_config cfg;
    mg_portfolio *p;
    char dir[64];
} fixture;

/* A pooled employer. */
static mg_employer *add_employer(mg_portfolio *p, const char *lhn, const char *kvk, const char *naam,
                                 long line, int inactive, mg_route route)
{
    mg_employer *e = pool_alloc(p->pool, sizeof *e);

    assert_non_null(e);
    snprintf(e->lhn, sizeof e->lhn, "%s", lhn);
    snprintf(e->kvk, sizeof e->kvk, "%s", kvk);
    e->naam = pool_strdup(p->pool, naam);
    e->line = line;
    e->inactive = inactive;
    e->route = (int)route;
    e->idx = p->nemployers;
    p->employers[p->nemployers++] = e;
    return e;
}

/* A pooled user. */
static void add_user(mg_portfolio *p, const char *id, const char *naam, mg_level lv, mg_action act)
{
    mg_user *u = pool_alloc(p->pool, sizeof *u);

    assert_non_null(u);
    u->id = pool_strdup(p->pool, id);
    u->naam = pool_strdup(p->pool, naam);
    u->email = "";
    u->level = lv;
    u->action = act;
    u->n_employers = 2;
    u->n_services = 3;
    p->users[p->nusers++] = u;
    p->action_count[act]++;
}

/* Build the test portfolio: form requests, one beheermodule request, follow-ups, users, findings, ledger. */
static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    mg_errinfo ei;
    mg_portfolio *p;
    size_t i, row;
    char lhn[13], kvk[9], naam[64];
    static const char long_name[] = "Een heel erg lange naam van een werkgever die veel langer is dan zestig "
                                    "tekens, om de kap op de kolombreedte te zien";

    if (!fx)
        return -1;
    memset(&ei, 0, sizeof ei);
    if (cat_load(FORMATS_DIR, &fx->cat, &ei) != MG_OK ||
        ps_load(FORMATS_DIR, &fx->cat->prose, &ei) != MG_OK) {
        fprintf(stderr, "cat_load: %s:%ld: %s\n", ei.file, ei.line, ei.msg[LANG_EN]);
        return -1;
    }
    fx->cfg.naam = "Test Salaris B.V.";
    snprintf(fx->cfg.kvk, sizeof fx->cfg.kvk, "%s", "01234560");
    fx->cfg.leverancier = "KPN";
    fx->cfg.ingangsdatum = id_days_from_civil(2027, 1, 1);
    fx->cfg.years = 5;
    p = fx->p = mg_portfolio_new();
    if (!p)
        return -1;
    p->employers = calloc(N_FORM + 4, sizeof *p->employers);
    p->requests = calloc(N_FORM + 1, sizeof *p->requests);
    p->followups = calloc(3, sizeof *p->followups);
    p->users = calloc(3, sizeof *p->users);
    if (!p->employers || !p->requests || !p->followups || !p->users)
        return -1;
    /* Form requests, KvK numbers with leading zeros; written in reverse to show the sheet keeps this order.
     */
    for (i = 0; i < N_FORM; i++) {
        mg_request *r = &p->requests[p->nrequests++];
        snprintf(lhn, sizeof lhn, "%09zuL01", 4495445 + i);
        snprintf(kvk, sizeof kvk, "%08zu", 1234567 + i);
        snprintf(naam, sizeof naam, "Klant %zu", i);
        add_employer(p, lhn, kvk, i == 0 ? long_name : naam, (long)(i + 2), 0, RT_FORMULIER);
        snprintf(r->kvk, sizeof r->kvk, "%s", kvk);
        r->naam = p->employers[i]->naam;
        r->vertegenwoordiger = i % 2 ? "J. Jansen" : "";
        r->vertegenwoordiger_email = i % 2 ? "j@example.nl" : NULL;
        r->route = RT_FORMULIER;
        r->services = 1 | 4;
        r->lhns = p->employers[i]->lhn;
        r->complete = i % 2;
        r->start = fx->cfg.ingangsdatum;
        r->end = id_add_years(r->start, fx->cfg.years) - 1;
        assert_int_equal(mg_ledger_add(p, SC_WERKGEVERS, (long)(i + 2), &row), MG_OK);
        mg_ledger_set(p, SC_WERKGEVERS, row, OC_GEBRUIKT, FD_NONE);
    }
    p->route_count[RT_FORMULIER] = N_FORM;
    /* One beheermodule request, an inactive LHN with a successor, one without KvK. */
    {
        mg_request *r = &p->requests[p->nrequests++];
        add_employer(p, "111222333L02", "00012345", "=Formule B.V.", 20, 0, RT_BEHEERMODULE);
        snprintf(r->kvk, sizeof r->kvk, "%s", "00012345");
        r->naam = "=Formule B.V.";
        r->route = RT_BEHEERMODULE;
        r->services = 1;
        r->lhns = "111222333L02";
        r->complete = 1;
        r->start = fx->cfg.ingangsdatum;
        r->end = id_add_years(r->start, fx->cfg.years) - 1;
        p->route_count[RT_BEHEERMODULE] = 1;
    }
    add_employer(p, "001007919L01", "07654321", "Oud B.V.", 21, 1, RT_NONE);
    add_employer(p, "001063352L01", "", "Zonder KvK", 22, 0, RT_PAPIER);
    p->route_count[RT_PAPIER] = 1;
    /* Follow-ups, deliberately out of order. */
    p->followups[0] = (mg_followup){"001063352L01", "Zonder KvK", "", FU_NO_KVK, "", -1, ""};
    p->followups[1] = (mg_followup){"001007919L01", "Oud B.V.", "07654321",           FU_TRANSFER_REPORTS,
                                    "004495445L01", 2,          "Rechtsvormwijziging"};
    p->followups[2] = (mg_followup){"001007919L01",       "Oud B.V.", "07654321", FU_SUCCESSOR_UNKNOWN, "", 2,
                                    "Rechtsvormwijziging"};
    p->nfollowups = 3;
    p->follow_count[FU_NO_KVK] = 1;
    p->follow_count[FU_TRANSFER_REPORTS] = 1;
    p->follow_count[FU_SUCCESSOR_UNKNOWN] = 1;
    add_user(p, "00123", "Anna", LV_EH3, ACT_GEEN);
    add_user(p, "0456", "Bram", LV_EH2, ACT_VERHOGEN);
    add_user(p, "=1+1", "Carla", LV_UNKNOWN, ACT_EH3_AANVRAGEN);
    assert_int_equal(fd_add(&p->findings, p->pool, FD_KVK_LEADING_ZERO, SC_WERKGEVERS, 2, "kvk", "1234567",
                            "01234567", NULL),
                     MG_OK);
    assert_int_equal(
        fd_add(&p->findings, p->pool, FD_NO_KVK, SC_WERKGEVERS, 22, NULL, "001063352L01", NULL, NULL), MG_OK);
    assert_int_equal(
        fd_add(&p->findings, p->pool, FD_NO_KVK, SC_WERKGEVERS, 22, NULL, "001063352L01", NULL, NULL), MG_OK);
    assert_int_equal(
        fd_add(&p->findings, p->pool, FD_USER_LEVEL_LOW, SC_GEBRUIKERS, 3, "eh_niveau", "0456", "EH2", NULL),
        MG_OK);
    p->files[SC_WERKGEVERS].read = 1;
    p->files[SC_WERKGEVERS].name = "werkgevers.csv";
    p->files[SC_WERKGEVERS].info.delimiter = ';';
    p->files[SC_WERKGEVERS].info.encoding = CR_ENC_UTF8;
    snprintf(fx->dir, sizeof fx->dir, "%s", TMP_TEMPLATE);
    if (!mkdtemp(fx->dir))
        return -1;
    unsetenv("SOURCE_DATE_EPOCH");
    *state = fx;
    return 0;
}

/* Remove the temporary folder (plain files only) and free everything. */
static int teardown(void **state)
{
    fixture *fx = *state;
    char cmd[TEST_PATH_MAX];

    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", fx->dir);
    mg_portfolio_free(fx->p);
    cat_free(fx->cat);
    free(fx);
    return 0;
}

/* The context of a write. */
static xl_context context(fixture *fx, size_t max_rows)
{
    xl_context x = {&fx->cfg, fx->cat, fx->p, fx->dir, max_rows, NULL, NULL, 0};

    return x;
}

/* A path in the temporary folder. */
static void tmp_path(const fixture *fx, const char *name, char *buf, size_t size)
{
    snprintf(buf, size, "%s/%s", fx->dir, name);
}

/* One member of a zip file as a NUL-terminated string (unzip -p); caller frees. */
static char *zip_member(const char *zip, const char *member)
{
    char cmd[TEST_PATH_MAX];
    char *buf = NULL;
    size_t n = 0, got;
    FILE *f;

    snprintf(cmd, sizeof cmd, "unzip -p '%s' '%s'", zip, member);
    f = popen(cmd, "r");
    assert_non_null(f);
    do {
        char *nb = realloc(buf, n + READ_CHUNK + 1);
        assert_non_null(nb);
        buf = nb;
        got = fread(buf + n, 1, READ_CHUNK, f);
        n += got;
    } while (got > 0);
    buf[n] = '\0';
    assert_int_equal(pclose(f), 0);
    assert_true(n > 0);
    return buf;
}

/* The whole file, with its size; caller frees. */
static unsigned char *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf;
    long n;

    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    n = ftell(f);
    assert_true(n > 0);
    rewind(f);
    buf = malloc((size_t)n);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *size = (size_t)n;
    return buf;
}

/* A file exists, is mode 0600 and starts with the zip signature. */
static void assert_zip(const char *path)
{
    struct stat st;
    size_t n;
    unsigned char *b = slurp(path, &n);

    assert_true(n > 4);
    assert_memory_equal(b, "PK\x03\x04", 4);
    free(b);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
}

/* Position of needle in hay, or -1. */
static long find(const char *hay, const char *needle)
{
    const char *q = strstr(hay, needle);

    return q ? (long)(q - hay) : -1;
}

/* The form workbook: sheets Aanvragen and Toelichting, identifiers as text, dates as dates, widths capped. */
static void test_formulier(void **state)
{
    fixture *fx = *state;
    xl_context x = context(fx, 0);
    char path[TEST_PATH_MAX];
    mg_errinfo ei;
    char *wb, *s1, *s2, *core;

    memset(&ei, 0, sizeof ei);
    tmp_path(fx, "formulier.xlsx", path, sizeof path);
    assert_int_equal(xl_formulier(path, &x, &ei), MG_OK);
    assert_zip(path);
    wb = zip_member(path, "xl/workbook.xml");
    assert_true(find(wb, "name=\"Aanvragen\"") >= 0);
    assert_true(find(wb, "name=\"Aanvragen\"") < find(wb, "name=\"Toelichting\""));
    assert_true(find(wb, "Aanvragen (2)") < 0);
    assert_true(find(wb, "_xlnm._FilterDatabase") >= 0);
    s1 = zip_member(path, "xl/worksheets/sheet1.xml");
    /* header bold (a style), frozen, autofilter over all rows: header + N_FORM */
    assert_true(find(s1, "state=\"frozen\"") >= 0);
    assert_true(find(s1, "<autoFilter ref=\"A1:T12\"/>") >= 0);
    assert_true(find(s1, "<c r=\"A1\" s=\"") >= 0);
    /* identifiers as inline strings with their leading zeros; only form-route requests */
    assert_true(find(s1, "<c r=\"A2\" t=\"inlineStr\"><is><t>01234567</t>") >= 0);
    assert_true(find(s1, "<t>004495445L01</t>") >= 0);
    assert_true(find(s1, "00012345") < 0);
    /* dates: numbers (Excel serial of 2027-01-01 = 46388) with a style */
    assert_true(find(s1, "<c r=\"R2\" s=\"") >= 0);
    assert_true(find(s1, "<v>46388</v>") >= 0);
    /* the long name is capped at 60 characters; widths are set after the rows in constant memory */
    assert_true(find(s1, "<cols>") >= 0);
    assert_true(find(s1, "<col min=\"2\" max=\"2\" width=\"60.7109375\"") >= 0);
    /* compleet; the signing authority; the service columns headed by the services' full names */
    assert_true(find(s1, "<t>nee</t>") >= 0);
    assert_true(find(s1, "<t>zelfstandig</t>") >= 0);
    assert_true(find(s1, "<t>Melden en inzien verzuimgegevens Ziektewet en WAZO</t>") >= 0);
    assert_true(find(s1, "<t>verzuim</t>") < 0);
    s2 = zip_member(path, "xl/worksheets/sheet2.xml");
    /* the legend: each service code with its full name; the supplier's process */
    assert_true(find(s2, "De diensten (kolommen van het blad Aanvragen)") >= 0);
    assert_true(find(s2, "<t>verzuim</t>") >= 0);
    assert_true(find(s2, "Bij uw leverancier") >= 0);
    assert_true(find(s2, "14 dagen") >= 0);
    assert_true(find(s2, "EH3") >= 0);
    /* Toelichting from formats/teksten/nl/formulier-toelichting.txt, its placeholders filled */
    assert_true(
        find(s2, "<t>Ketenmachtigingen aanvragen met het formulier van de eHerkenningsleverancier</t>") >= 0);
    assert_true(find(s2,
                     "machtigt Test Salaris B.V. (KvK 01234560) voor de diensten met 'ja', op niveau EH3, "
                     "van 01-01-2027 tot en met 31-12-2031 (een") >= 0);
    assert_true(find(s2, "<t>compleet = nee</t>") >= 0);
    assert_true(find(s2, "{") < 0);
    assert_true(find(s2, "&amp;RPagina &amp;P van &amp;N") >= 0);
    core = zip_member(path, "docProps/core.xml");
    assert_true(find(core, "<dc:title>Ketenmachtigingen — aanvragen</dc:title>") >= 0);
    assert_true(find(core, "<dc:creator>Test Salaris B.V.</dc:creator>") >= 0);
    /* no SOURCE_DATE_EPOCH: ingangsdatum at 00:00 UTC */
    assert_true(find(core, "2027-01-01T00:00:00Z") >= 0);
    free(wb);
    free(s1);
    free(s2);
    free(core);
}

/* With 5 rows per sheet the 11 requests go on Aanvragen (2) and (3), the header repeated. */
static void test_continuation(void **state)
{
    fixture *fx = *state;
    xl_context x = context(fx, SMALL_ROWS);
    char path[TEST_PATH_MAX];
    mg_errinfo ei;
    char *wb, *s2, *s3;

    memset(&ei, 0, sizeof ei);
    tmp_path(fx, "cont.xlsx", path, sizeof path);
    assert_int_equal(xl_formulier(path, &x, &ei), MG_OK);
    assert_zip(path);
    wb = zip_member(path, "xl/workbook.xml");
    assert_true(find(wb, "name=\"Aanvragen\"") >= 0);
    assert_true(find(wb, "name=\"Aanvragen (2)\"") > find(wb, "name=\"Aanvragen\""));
    assert_true(find(wb, "name=\"Aanvragen (3)\"") > find(wb, "name=\"Aanvragen (2)\""));
    assert_true(find(wb, "name=\"Toelichting\"") > find(wb, "name=\"Aanvragen (3)\""));
    assert_true(find(wb, "Aanvragen (4)") < 0);
    s2 = zip_member(path, "xl/worksheets/sheet2.xml");
    assert_true(find(s2, "<t>kvk_machtiginggever</t>") >= 0);
    assert_true(find(s2, "<autoFilter ref=\"A1:T5\"/>") >= 0);
    assert_true(find(s2, "<row r=\"6\"") < 0);
    assert_true(find(s2, "<t>01234571</t>") >= 0); /* the 5th request */
    s3 = zip_member(path, "xl/worksheets/sheet3.xml");
    assert_true(find(s3, "<autoFilter ref=\"A1:T4\"/>") >= 0); /* 11 = 4 + 4 + 3 */
    assert_true(find(s3, "state=\"frozen\"") >= 0);
    free(wb);
    free(s2);
    free(s3);
}

/* The style index (in cellXfs) of the cells formatted with the date format dd-mm-yyyy, or -1. */
static long date_style(const char *styles)
{
    const char *q = strstr(styles, "formatCode=\"dd-mm-yyyy\""), *xfs;
    char id[32];
    long n = 0;

    if (!q)
        return -1;
    /* <numFmt numFmtId="164" formatCode="dd-mm-yyyy"/> */
    while (q > styles && strncmp(q, "numFmtId=\"", 10) != 0)
        q--;
    snprintf(id, sizeof id, "numFmtId=\"%ld\"", strtol(q + 10, NULL, 10));
    xfs = strstr(styles, "<cellXfs");
    if (!xfs)
        return -1;
    for (q = strstr(xfs, "<xf "); q && q < strstr(xfs, "</cellXfs>"); q = strstr(q + 1, "<xf "), n++) {
        const char *end = strchr(q, '>');
        const char *hit = strstr(q, id);
        if (hit && hit < end)
            return n;
    }
    return -1;
}

/* The follow-up workbook: sheets Opvolging and Toelichting; the columns to fill in: gebeld_op a blank date
 * cell on each data row (and a date column), status a drop-down list over the data rows, in the run's
 * language. */
static void test_opvolging(void **state)
{
    fixture *fx = *state;
    xl_context x = context(fx, 0);
    char path[TEST_PATH_MAX], want[128];
    mg_errinfo ei;
    char *s1, *s2, *core, *styles;
    long ds;

    fx->cfg.lang = 1;
    memset(&ei, 0, sizeof ei);
    tmp_path(fx, "opvolging.xlsx", path, sizeof path);
    assert_int_equal(xl_opvolging(path, &x, &ei), MG_OK);
    assert_zip(path);
    s1 = zip_member(path, "xl/worksheets/sheet1.xml");
    /* the header: the thirteen columns in order */
    assert_true(find(s1, "<t>loonheffingennummer</t>") < find(s1, "<t>soort</t>"));
    assert_true(find(s1, "<t>soort</t>") < find(s1, "<t>omschrijving</t>"));
    assert_true(find(s1, "<t>omschrijving</t>") < find(s1, "<t>opvolger</t>"));
    assert_true(find(s1, "<t>opvolger</t>") < find(s1, "<t>reden</t>"));
    assert_true(find(s1, "<t>reden</t>") < find(s1, "<t>open_meldingen</t>"));
    assert_true(find(s1, "<t>actie</t>") < find(s1, "<t>gebeld_op</t>"));
    assert_true(find(s1, "<t>gebeld_op</t>") < find(s1, "<t>uwv_medewerker</t>"));
    assert_true(find(s1, "<t>uwv_medewerker</t>") < find(s1, "<t>afspraak</t>"));
    assert_true(find(s1, "<t>afspraak</t>") < find(s1, "<t>status</t>"));
    /* "" < "07654321": the no-KvK row first, then transfer-reports before successor-unknown */
    assert_true(find(s1, "<t>no-kvk</t>") < find(s1, "<t>transfer-reports</t>"));
    assert_true(find(s1, "<t>transfer-reports</t>") < find(s1, "<t>successor-unknown</t>"));
    /* the kind in words, and the reason as given */
    assert_true(find(s1, "<t>transfer-reports</t>") < find(s1, "<t>transfer reports</t>"));
    assert_true(find(s1, "<t>Rechtsvormwijziging</t>") >= 0);
    /* H3 holds the number 2 (a top-aligned number cell, so it may carry a style) */
    assert_true(find(s1, "<c r=\"H3\"") >= 0);
    assert_true(find(s1 + find(s1, "<c r=\"H3\""), "<v>2</v>") >= 0);
    assert_true(find(s1 + find(s1, "<c r=\"H3\""), "<v>2</v>") <
                find(s1 + find(s1, "<c r=\"H3\""), "</c>") + 4);
    assert_true(find(s1, "<c r=\"H2\"") < 0); /* -1 open reports: empty */
    assert_true(find(s1, "Call UWV Telefoon Werkgevers") >= 0);
    assert_true(find(s1, "after a change of legal form") >= 0);
    /* gebeld_op (J): a blank cell in the date style on every data row, and the column's format */
    styles = zip_member(path, "xl/styles.xml");
    ds = date_style(styles);
    assert_true(ds > 0);
    for (int r = 2; r <= 4; r++) {
        snprintf(want, sizeof want, "<c r=\"J%d\" s=\"%ld\"/>", r, ds);
        if (find(s1, want) < 0)
            fail_msg("no %s in the sheet", want);
    }
    assert_true(find(s1, "<c r=\"J5\"") < 0);
    snprintf(want, sizeof want, "<col min=\"10\" max=\"10\" width=");
    assert_true(find(s1, want) >= 0);
    snprintf(want, sizeof want, "style=\"%ld\"", ds);
    assert_true(find(s1 + find(s1, "<col min=\"10\""), want) >= 0);
    assert_true(find(s1 + find(s1, "<col min=\"10\""), want) < find(s1 + find(s1, "<col min=\"10\""), "/>"));
    /* uwv_medewerker, afspraak and status (K, L, M) are empty cells */
    assert_true(find(s1, "<c r=\"K2\"") < 0 && find(s1, "<c r=\"L3\"") < 0 && find(s1, "<c r=\"M4\"") < 0);
    /* status (M): one drop-down list over the data rows, in English */
    assert_true(find(s1, "<dataValidations count=\"1\">") >= 0);
    assert_true(find(s1, "<dataValidation type=\"list\"") >= 0);
    assert_true(find(s1, "sqref=\"M2:M4\"") >= 0);
    assert_true(find(s1, "<formula1>\"open,called,done\"</formula1>") >= 0);
    s2 = zip_member(path, "xl/worksheets/sheet2.xml");
    assert_true(find(s2, "After the call fill in columns gebeld_op, uwv_medewerker and afspraak") >= 0);
    assert_true(find(s2, "Pick from the list: open, called, done;") >= 0);
    assert_true(find(s2, "<t>UWV follow-up: what to do for each row</t>") >= 0);
    assert_true(find(s2, "&amp;RPage &amp;P of &amp;N") >= 0);
    core = zip_member(path, "docProps/core.xml");
    assert_true(find(core, "Chain authorisations — UWV follow-up") >= 0);
    free(s1);
    free(s2);
    free(core);
    free(styles);
    /* in Dutch: the Dutch words in the list, the kind in Dutch words */
    fx->cfg.lang = 0;
    tmp_path(fx, "opvolging-nl.xlsx", path, sizeof path);
    assert_int_equal(xl_opvolging(path, &x, &ei), MG_OK);
    s1 = zip_member(path, "xl/worksheets/sheet1.xml");
    assert_true(find(s1, "<formula1>\"open,gebeld,afgehandeld\"</formula1>") >= 0);
    assert_true(find(s1, "<t>meldingen overzetten</t>") >= 0);
    assert_true(find(s1, "Vul daarna gebeld_op, uwv_medewerker en afspraak in.") >= 0);
    s2 = zip_member(path, "xl/worksheets/sheet2.xml");
    assert_true(find(s2, "Kies uit de lijst: open, gebeld, afgehandeld;") >= 0);
    free(s1);
    free(s2);
}

/* The follow-up workbook over continuation sheets: each sheet has its own drop-down list and date cells. */
static void test_opvolging_continued(void **state)
{
    fixture *fx = *state;
    xl_context x = context(fx, 3); /* the header and 2 data rows per sheet */
    char path[TEST_PATH_MAX];
    mg_errinfo ei;
    char *s1, *s2;

    memset(&ei, 0, sizeof ei);
    tmp_path(fx, "opvolging-vervolg.xlsx", path, sizeof path);
    assert_int_equal(xl_opvolging(path, &x, &ei), MG_OK);
    s1 = zip_member(path, "xl/worksheets/sheet1.xml");
    s2 = zip_member(path, "xl/worksheets/sheet2.xml");
    assert_true(find(s1, "sqref=\"M2:M3\"") >= 0);
    assert_true(find(s2, "sqref=\"M2:M2\"") >= 0 || find(s2, "sqref=\"M2\"") >= 0);
    assert_true(find(s2, "<c r=\"J2\" s=\"") >= 0);
    free(s1);
    free(s2);
}

/* The review workbook: four sheets, a chart on the route counts, every LHN once with its findings. */
static void test_overzicht(void **state)
{
    fixture *fx = *state;
    xl_context x = context(fx, 0);
    char path[TEST_PATH_MAX];
    mg_errinfo ei;
    char *wb, *chart, *s1, *s2, *s3, *s4;

    memset(&ei, 0, sizeof ei);
    tmp_path(fx, "overzicht.xlsx", path, sizeof path);
    assert_int_equal(xl_overzicht(path, &x, &ei), MG_OK);
    assert_zip(path);
    wb = zip_member(path, "xl/workbook.xml");
    assert_true(find(wb, "name=\"Samenvatting\"") < find(wb, "name=\"Per loonheffingennummer\""));
    assert_true(find(wb, "name=\"Per loonheffingennummer\"") < find(wb, "name=\"Bevindingen\""));
    assert_true(find(wb, "name=\"Bevindingen\"") < find(wb, "name=\"Medewerkers\""));
    chart = zip_member(path, "xl/charts/chart1.xml");
    assert_true(find(chart, "<c:f>Samenvatting!$B$9:$B$13</c:f>") >= 0);
    s1 = zip_member(path, "xl/worksheets/sheet1.xml");
    assert_true(find(s1, "<c r=\"A9\" t=\"inlineStr\"><is><t>beheermodule</t>") >= 0);
    assert_true(find(s1, "<c r=\"B10\"><v>11</v>") >= 0);
    assert_true(find(s1, "<t>puntkomma</t>") >= 0);
    assert_true(find(s1, "<t>UTF-8</t>") >= 0);
    /* follow-up kinds and outcomes in words, in the run's language (Dutch here), never as codes */
    assert_true(find(s1, "<t>meldingen overzetten</t>") >= 0);
    assert_true(find(s1, "<t>opvolger onbekend</t>") >= 0);
    assert_true(find(s1, "transfer-reports") < 0);
    assert_true(find(s1, "successor-unknown") < 0);
    s2 = zip_member(path, "xl/worksheets/sheet2.xml");
    /* sorted by LHN: 001007919L01 first; each once; distinct codes; follow-up kinds joined */
    assert_true(find(s2, "<c r=\"A2\" t=\"inlineStr\"><is><t>001007919L01</t>") >= 0);
    assert_true(find(s2, "<t>transfer-reports, successor-unknown</t>") >= 0);
    assert_true(find(s2, "<t>inactief</t>") >= 0);
    assert_true(find(s2, "<t>kvk-leading-zero</t>") >= 0);
    assert_true(find(s2, "<t>no-kvk</t></is></c></row>") >= 0);
    assert_true(find(s2, "no-kvk, no-kvk") < 0);
    assert_true(find(s2, "<autoFilter ref=\"A1:H15\"/>") >= 0); /* 14 employers */
    assert_true(find(s2, "<t>=Formule B.V.</t>") >= 0);         /* a string, not a formula */
    assert_true(find(s2, "<f>") < 0);
    s3 = zip_member(path, "xl/worksheets/sheet3.xml");
    assert_true(find(s3, "<t>waarschuwing</t>") >= 0);
    assert_true(find(s3, "<autoFilter ref=\"A1:F5\"/>") >= 0);
    s4 = zip_member(path, "xl/worksheets/sheet4.xml");
    assert_true(find(s4, "<t>00123</t>") >= 0);
    assert_true(find(s4, "<t>=1+1</t>") >= 0);
    assert_true(find(s4, "<c r=\"G2\"><v>2</v>") >= 0);
    free(wb);
    free(chart);
    free(s1);
    free(s2);
    free(s3);
    free(s4);
}

/* Findings and users added to the fixture for the threaded sheets (more than a few rows, so that the two
 * threads overlap). */
#define MANY_FINDINGS 3000
#define MANY_USERS 2000

/* The whole file written with the given row limit, on two threads or on one (one_thread); caller frees. */
static unsigned char *overzicht_bytes(fixture *fx, size_t max_rows, int one_thread, const char *name,
                                      size_t *size)
{
    xl_context x = context(fx, max_rows);
    char path[TEST_PATH_MAX];
    mg_errinfo ei;

    x.one_thread = one_thread;
    memset(&ei, 0, sizeof ei);
    tmp_path(fx, name, path, sizeof path);
    assert_int_equal(xl_overzicht(path, &x, &ei), MG_OK);
    return slurp(path, size);
}

/* The sheets Bevindingen and Medewerkers are written on two threads when both fit on one sheet: the file is
 * the same as written on one thread, for every row limit (each fitting, or not and continued); a continued
 * Bevindingen keeps its continuation sheets before Medewerkers. */
static void test_overzicht_threads(void **state)
{
    fixture *fx = *state;
    mg_portfolio *p = fx->p;
    /* F findings (4 + MANY_FINDINGS), U users (3 + MANY_USERS) rows: at 0 and F+1 both fit (on two threads),
     * at F and U+1 only the users fit, at U and 5 neither (one thread, continued) */
    const size_t limits[] = {
        0, 4 + MANY_FINDINGS + 1, 4 + MANY_FINDINGS, 3 + MANY_USERS + 1, 3 + MANY_USERS, SMALL_ROWS};
    char id[32], naam[32];
    size_t i;
    mg_user **users = realloc(p->users, (3 + MANY_USERS) * sizeof *users);

    assert_non_null(users);
    p->users = users;
    for (i = 0; i < MANY_USERS; i++) {
        snprintf(id, sizeof id, "u%05zu", i);
        snprintf(naam, sizeof naam, "Gebruiker %zu", i);
        add_user(p, id, naam, i % 2 ? LV_EH3 : LV_EH2, ACT_GEEN);
    }
    for (i = 0; i < MANY_FINDINGS; i++) {
        snprintf(id, sizeof id, "%zu", 1000000 + i);
        assert_int_equal(fd_add(&p->findings, p->pool, FD_KVK_LEADING_ZERO, SC_WERKGEVERS, (long)(100 + i),
                                "kvk", id, "0", NULL),
                         MG_OK);
    }
    assert_int_equal(fd_total(&p->findings), 4 + MANY_FINDINGS);
    assert_int_equal(setenv("SOURCE_DATE_EPOCH", TEST_EPOCH, 1), 0);
    for (i = 0; i < sizeof limits / sizeof *limits; i++) {
        size_t na, nb;
        unsigned char *a = overzicht_bytes(fx, limits[i], 0, "two.xlsx", &na);
        unsigned char *b = overzicht_bytes(fx, limits[i], 1, "one.xlsx", &nb);
        char path[TEST_PATH_MAX], *wb, *last;
        assert_int_equal(na, nb);
        assert_memory_equal(a, b, na);
        free(a);
        free(b);
        tmp_path(fx, "two.xlsx", path, sizeof path);
        wb = zip_member(path, "xl/workbook.xml");
        last = strstr(wb, "name=\"Bevindingen");
        assert_non_null(last);
        while (strstr(last + 1, "name=\"Bevindingen"))
            last = strstr(last + 1, "name=\"Bevindingen");
        assert_true(find(wb, "name=\"Medewerkers\"") > last - wb);
        assert_true((find(wb, "name=\"Bevindingen (2)\"") >= 0) ==
                    (limits[i] && limits[i] <= 4 + MANY_FINDINGS));
        assert_true((find(wb, "name=\"Medewerkers (2)\"") >= 0) ==
                    (limits[i] && limits[i] <= 3 + MANY_USERS));
        free(wb);
    }
    unsetenv("SOURCE_DATE_EPOCH");
}

/* Two writes give the same bytes; SOURCE_DATE_EPOCH sets `created`. */
static void test_reproducible(void **state)
{
    fixture *fx = *state;
    xl_context x = context(fx, SMALL_ROWS);
    char a[TEST_PATH_MAX], b[TEST_PATH_MAX];
    unsigned char *ba, *bb;
    size_t na, nb;
    mg_errinfo ei;
    char *core;

    assert_int_equal(setenv("SOURCE_DATE_EPOCH", TEST_EPOCH, 1), 0);
    memset(&ei, 0, sizeof ei);
    tmp_path(fx, "r1.xlsx", a, sizeof a);
    tmp_path(fx, "r2.xlsx", b, sizeof b);
    assert_int_equal(xl_overzicht(a, &x, &ei), MG_OK);
    sleep(1); /* a clock in the file would show now */
    assert_int_equal(xl_overzicht(b, &x, &ei), MG_OK);
    ba = slurp(a, &na);
    bb = slurp(b, &nb);
    assert_int_equal(na, nb);
    assert_memory_equal(ba, bb, na);
    core = zip_member(a, "docProps/core.xml");
    assert_true(find(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-18T11:06:40Z") >= 0);
    free(core);
    free(ba);
    free(bb);
    unsetenv("SOURCE_DATE_EPOCH");
}

/* A path that cannot be created is MG_ERR_WRITE with the path in ei. */
static void test_write_error(void **state)
{
    fixture *fx = *state;
    xl_context x = context(fx, 0);
    char path[TEST_PATH_MAX];
    mg_errinfo ei;

    memset(&ei, 0, sizeof ei);
    tmp_path(fx, "no/such/folder/x.xlsx", path, sizeof path);
    assert_int_equal(xl_overzicht(path, &x, &ei), MG_ERR_WRITE);
    assert_string_equal(ei.file, path);
    /* libxlsxwriter's own text is inserted as it is, after the run's language's words */
    assert_string_equal(
        ei.msg[LANG_EN],
        "cannot write the spreadsheet: Error creating output xlsx file. Usually a permissions error.");
    assert_string_equal(
        ei.msg[LANG_NL],
        "kan de werkmap niet schrijven: Error creating output xlsx file. Usually a permissions error.");
    assert_int_equal(access(path, F_OK), -1);
}

/* Without the texts of formats/teksten a notes sheet cannot be written: an internal error in both languages,
 * and no file. */
static void test_no_texts(void **state)
{
    fixture *fx = *state;
    xl_context x = context(fx, 0);
    ps_prose *prose = fx->cat->prose;
    char path[TEST_PATH_MAX];
    mg_errinfo ei;

    fx->cat->prose = NULL;
    memset(&ei, 0, sizeof ei);
    tmp_path(fx, "zonder-teksten.xlsx", path, sizeof path);
    assert_int_equal(xl_opvolging(path, &x, &ei), MG_ERR_INTERNAL);
    fx->cat->prose = prose;
    assert_string_equal(ei.file, path);
    assert_string_equal(ei.msg[LANG_EN],
                        "cannot write the spreadsheet: the texts of formats/teksten are not loaded");
    assert_string_equal(ei.msg[LANG_NL],
                        "kan de werkmap niet schrijven: de teksten uit formats/teksten zijn niet geladen");
    assert_int_equal(access(path, F_OK), -1);
}

/* An empty portfolio still gives every sheet with its header. */
static void test_empty(void **state)
{
    fixture *fx = *state;
    mg_portfolio *empty = mg_portfolio_new();
    xl_context x = {&fx->cfg, fx->cat, empty, NULL, 0, NULL, NULL, 0};
    char path[TEST_PATH_MAX];
    mg_errinfo ei;
    char *s1;

    assert_non_null(empty);
    memset(&ei, 0, sizeof ei);
    tmp_path(fx, "leeg-formulier.xlsx", path, sizeof path);
    assert_int_equal(xl_formulier(path, &x, &ei), MG_OK);
    s1 = zip_member(path, "xl/worksheets/sheet1.xml");
    assert_true(find(s1, "<autoFilter ref=\"A1:T1\"/>") >= 0);
    free(s1);
    tmp_path(fx, "leeg-opvolging.xlsx", path, sizeof path);
    assert_int_equal(xl_opvolging(path, &x, &ei), MG_OK);
    tmp_path(fx, "leeg-overzicht.xlsx", path, sizeof path);
    assert_int_equal(xl_overzicht(path, &x, &ei), MG_OK);
    assert_zip(path);
    mg_portfolio_free(empty);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_formulier, setup, teardown),
        cmocka_unit_test_setup_teardown(test_continuation, setup, teardown),
        cmocka_unit_test_setup_teardown(test_opvolging, setup, teardown),
        cmocka_unit_test_setup_teardown(test_opvolging_continued, setup, teardown),
        cmocka_unit_test_setup_teardown(test_overzicht, setup, teardown),
        cmocka_unit_test_setup_teardown(test_overzicht_threads, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reproducible, setup, teardown),
        cmocka_unit_test_setup_teardown(test_write_error, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_texts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty, setup, teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
