/* test_table.c — the table descriptions and their sinks: a table rendered to CSV gives the expected bytes,
 * the worksheet sink writes each cell type as its kind of cell, per-service columns expand. */
#include "testutil.h"

#include "table.h"
#include "xlsx.h"

#include "ident.h"

#include <unistd.h>

/* Template of the temporary folders. */
#define TMP_TEMPLATE "/tmp/test_table.XXXXXX"
/* Longest path or command built by the tests. */
#define TEST_PATH_MAX 1024
/* Longest command built by the tests: a path and some words. */
#define TEST_CMD_MAX (TEST_PATH_MAX + 64)
/* Largest file read back. */
#define READ_MAX 8192
/* Most rows of one case. */
#define MAX_ROWS 3

/* One row of the test table. */
typedef struct trow {
    const char *id;
    const char *flag;
    long count;
    int32_t days;
    const char *sentence;
    const char *record;
    uint64_t services;
} trow;

/* The rows the walker hands out (set by each case). */
static const trow *g_rows;
static size_t g_nrows;

/* Column: the identifier. */
static void get_id(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const trow *)row)->id;
}

/* Column: the flag. */
static void get_flag(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const trow *)row)->flag;
}

/* Column: the count. */
static void get_count(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->n = ((const trow *)row)->count;
}

/* Column: the date. */
static void get_date(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->days = ((const trow *)row)->days;
}

/* Column: the sentence. */
static void get_sentence(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const trow *)row)->sentence;
}

/* Column: the record. */
static void get_record(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const trow *)row)->record;
}

/* Column per service: "ja" when the row has service k. */
static void get_service(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env;
    out->s = (((const trow *)row)->services >> k) & 1 ? "ja" : "";
}

/* Hand out the case's rows. */
static mg_error walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    size_t i;

    (void)ei;
    for (i = 0; i < g_nrows; i++)
        tb_row(t, env, &g_rows[i], sink);
    return MG_OK;
}

static const tb_col cols[] = {
    {"id", NULL, TB_ID, get_id, 0},
    {"vlag", "Vlag", TB_FLAG, get_flag, 0},
    {"", NULL, TB_FLAG, get_service, 1},
    {"aantal", NULL, TB_COUNT, get_count, 0},
    {"datum", NULL, TB_DATE, get_date, 0},
    {"zin", NULL, TB_WRAP, get_sentence, 0},
    {"record", NULL, TB_RECORD, get_record, 0},
    {"notitie", NULL, TB_TEXT, tb_blank, 0},
};

static const tb_table proef = {"Proef", cols, sizeof cols / sizeof *cols, walk};

/* A table's rows and the CSV bytes expected (migrate's dialect: BOM, ';', CRLF, formulas neutralised). */
typedef struct csv_case {
    trow rows[MAX_ROWS];
    size_t nrows;
    const char *want;
} csv_case;

#define BOM "\xEF\xBB\xBF"
#define HEAD BOM "id;vlag;a;b;aantal;datum;zin;record;notitie\r\n"

static const csv_case csv_cases[] = {
    {{{0}}, 0, HEAD},
    {{{"00123", "ja", 2, 20819, "Bel UWV.", "x;y", 1}},
     1,
     HEAD "00123;ja;ja;;2;01-01-2027;Bel UWV.;\"x;y\";\r\n"},
    /* a negative count and an empty flag are empty fields; a record keeps its line break; formulas
     * neutralised
     */
    {{{"=1+1", "", -1, 0, "-5", "a\nb", 2}, {"0456", "nee", 0, 20818, "", NULL, 3}},
     2,
     HEAD "'=1+1;;;ja;;01-01-1970;'-5;\"a\nb\";\r\n0456;nee;ja;ja;0;31-12-2026;;;\r\n"},
    /* no date (TB_NO_DATE, e.g. the intermediary's own organisation has no ketenmachtiging): an empty field
     */
    {{{"1", "", 0, TB_NO_DATE, "", NULL, 0}}, 1, HEAD "1;;;;0;;;;\r\n"},
};

/* A catalogue with two services, a and b. */
static catalog *two_services(void)
{
    static cat_service svc[2];
    static catalog cat;

    svc[0].code = (char *)"a";
    svc[0].naam = (char *)"Dienst A";
    svc[1].code = (char *)"b";
    svc[1].naam = (char *)"Dienst B";
    cat.services = svc;
    cat.nservices = 2;
    return &cat;
}

/* Each case rendered through the CSV sink and compared byte for byte. */
static void test_csv_sink(void **state)
{
    char dir[] = TMP_TEMPLATE, path[TEST_PATH_MAX], buf[READ_MAX];
    mg_config cfg;
    tb_env env;
    size_t i;

    (void)state;
    memset(&cfg, 0, sizeof cfg);
    env = (tb_env){&cfg, two_services(), NULL, NULL, NULL, NULL};
    assert_non_null(mkdtemp(dir));
    for (i = 0; i < ARRAY_LEN(csv_cases); i++) {
        mg_errinfo ei;
        tb_csv_sink sink;
        co_writer *w;
        size_t n;
        memset(&ei, 0, sizeof ei);
        snprintf(path, sizeof path, "%s/case%zu.csv", dir, i);
        w = co_open(path, &co_default_dialect, &ei);
        assert_non_null(w);
        g_rows = csv_cases[i].rows;
        g_nrows = csv_cases[i].nrows;
        tb_csv_init(&sink, w);
        assert_int_equal(tb_write(&proef, &env, &sink.base, &ei), MG_OK);
        assert_int_equal(co_close(w, &ei, NULL), MG_OK);
        n = slurp_text(path, buf, sizeof buf);
        if (n != strlen(csv_cases[i].want) || memcmp(buf, csv_cases[i].want, n) != 0)
            fail_msg("case %zu: got [%s] want [%s]", i, buf, csv_cases[i].want);
        unlink(path);
    }
    rmdir(dir);
}

/* Headers: CSV names or workbook display names; per-service columns are headed by the service codes in a CSV
 * and by the services' full names in a workbook (for the person who signs). */
static void test_headers(void **state)
{
    static const char *const csv[] = {"id", "vlag", "a", "b", "aantal", "datum", "zin", "record", "notitie"};
    static const char *const shown[] = {"id",    "Vlag", "Dienst A", "Dienst B", "aantal",
                                        "datum", "zin",  "record",   "notitie"};
    const char *names[TB_MAX_COLS];
    tb_env env = {NULL, two_services(), NULL, NULL, NULL, NULL};
    size_t i, n;

    (void)state;
    assert_int_equal(tb_width(&proef, &env), ARRAY_LEN(csv));
    n = tb_headers(&proef, &env, 0, names, TB_MAX_COLS);
    assert_int_equal(n, ARRAY_LEN(csv));
    for (i = 0; i < n; i++)
        assert_string_equal(names[i], csv[i]);
    n = tb_headers(&proef, &env, 1, names, TB_MAX_COLS);
    for (i = 0; i < n; i++)
        assert_string_equal(names[i], shown[i]);
    assert_true(tb_has_type(&proef, TB_WRAP));
    assert_false(tb_has_type(&proef, TB_TYPE_COUNT));
}

/* The einddatum: ingangsdatum + N years - 1 day, leap days included. */
static void test_einddatum(void **state)
{
    static const struct {
        int y, m, d, years, ey, em, ed;
    } cases[] = {
        {2027, 1, 1, 5, 2031, 12, 31},
        {2026, 3, 1, 1, 2027, 2, 28},
        {2027, 7, 15, 3, 2030, 7, 14},
    };
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        mg_config cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.ingangsdatum = id_days_from_civil(cases[i].y, cases[i].m, cases[i].d);
        cfg.years = cases[i].years;
        assert_int_equal(tb_einddatum(&cfg), id_days_from_civil(cases[i].ey, cases[i].em, cases[i].ed));
    }
}

/* One member of a zip file as a NUL-terminated string (unzip -p). */
static void zip_member(const char *zip, const char *member, char *buf, size_t size)
{
    char cmd[TEST_CMD_MAX];
    FILE *f;
    size_t n;

    snprintf(cmd, sizeof cmd, "unzip -p '%s' '%s'", zip, member);
    f = popen(cmd, "r");
    assert_non_null(f);
    n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    assert_int_equal(pclose(f), 0);
}

/* What the worksheet sink writes for each cell: a fragment that must be in the sheet, or must not. */
typedef struct xl_case {
    const char *fragment;
    int present;
} xl_case;

/* Styles of the sheet: 1 bold header, 2 top-aligned plain cell (beside wrapped text), 3 date, 4 wrapped. */
static const xl_case xl_cases[] = {
    {"<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>id</t>", 1},       /* header: bold text */
    {"<c r=\"B1\" s=\"1\" t=\"inlineStr\"><is><t>Vlag</t>", 1},     /* the display header */
    {"<c r=\"A2\" s=\"2\" t=\"inlineStr\"><is><t>00123</t>", 1},    /* an identifier is text, zeros kept */
    {"<c r=\"C2\" s=\"2\" t=\"inlineStr\"><is><t>ja</t>", 1},       /* a flag is text */
    {"<c r=\"E2\" s=\"2\"><v>2</v>", 1},                            /* a count is a number */
    {"<c r=\"F2\" s=\"3\"><v>46388</v>", 1},                        /* a date: 2027-01-01 as a dated serial */
    {"<c r=\"G2\" s=\"4\" t=\"inlineStr\"><is><t>Bel UWV.</t>", 1}, /* the sentence is wrapped */
    {"<c r=\"H2\" s=\"2\" t=\"inlineStr\"><is><t>x;y</t>", 1},      /* a record is text */
    {"<c r=\"D2\"", 0},                                             /* an empty flag is no cell */
    {"<c r=\"E3\"", 0},                                             /* a negative count is no cell */
    {"<c r=\"H3\"", 0},                                             /* nor is an absent record */
    {"<c r=\"F3\"", 0},                                             /* nor is a row's missing date */
    {"<c r=\"A3\" s=\"2\" t=\"inlineStr\"><is><t>=1+1</t>", 1},     /* a formula stays text */
    {"<col min=\"7\" max=\"7\" width=\"90.7109375\"", 1},           /* the wrapped column's fixed width */
    {"<autoFilter ref=\"A1:I3\"/>", 1},
};

/* The worksheet sink: each cell type written as its kind of cell. */
static void test_xlsx_sink(void **state)
{
    static const trow rows[] = {{"00123", "ja", 2, 20819, "Bel UWV.", "x;y", 1},
                                {"=1+1", "", -1, TB_NO_DATE, "Een zin.", NULL, 0}};
    char dir[] = TMP_TEMPLATE, path[TEST_PATH_MAX];
    static char sheet[READ_MAX * 4];
    mg_config cfg;
    xl_context x;
    mg_errinfo ei;
    mg_portfolio *p = mg_portfolio_new();
    size_t i;

    (void)state;
    assert_non_null(p);
    memset(&cfg, 0, sizeof cfg);
    cfg.naam = "Test B.V.";
    cfg.ingangsdatum = 20819;
    cfg.years = 5;
    x = (xl_context){&cfg, two_services(), p, NULL, 0, NULL, NULL, 0};
    assert_non_null(mkdtemp(dir));
    x.tmpdir = dir;
    snprintf(path, sizeof path, "%s/proef.xlsx", dir);
    g_rows = rows;
    g_nrows = ARRAY_LEN(rows);
    memset(&ei, 0, sizeof ei);
    assert_int_equal(xl_table_book(path, &x, &proef, &ei), MG_OK);
    zip_member(path, "xl/worksheets/sheet1.xml", sheet, sizeof sheet);
    for (i = 0; i < ARRAY_LEN(xl_cases); i++)
        if ((strstr(sheet, xl_cases[i].fragment) != NULL) != xl_cases[i].present)
            fail_msg("case %zu: [%s] %s in %s", i, xl_cases[i].fragment,
                     xl_cases[i].present ? "missing" : "present", strstr(sheet, "<sheetData>"));
    unlink(path);
    rmdir(dir);
    mg_portfolio_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csv_sink),
        cmocka_unit_test(test_headers),
        cmocka_unit_test(test_einddatum),
        cmocka_unit_test(test_xlsx_sink),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
