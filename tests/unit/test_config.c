/* test_config.c — portfolio.ini: accepted settings, defaults, and every rejection with its line. */
#include "testutil.h"

#include <unistd.h>

#include "config.h"
#include "ident.h"
#include "model.h"

#define BASE "[intermediair]\nnaam = Jansen B.V.\nkvk = 12345678\nleverancier = KPN\neh_niveau = EH3\n"

/* One ini text and what reading it must give. */
typedef struct ini_case {
    const char *text;
    mg_error err;    /* expected result */
    long line;       /* expected error line (0: none or not checked) */
    const char *msg; /* part of the message */
} ini_case;

static const ini_case cases[] = {
    {BASE, MG_OK, 0, NULL},
    {BASE "[migratie]\ningangsdatum = 2026-12-01 ; comment\nlooptijd_jaren = 3\nreikwijdte = dienstverlener\n"
          "uitvoerformaat = generiek\ntaal = en\n",
     MG_OK, 0, NULL},
    {BASE "[bestanden]\ngebruikers = staff.csv\ndelimiter = puntkomma\nwerkgevers_encoding = windows-1252\n",
     MG_OK, 0, NULL},
    {BASE "[migratie]\nlooptijd_jaren = 6\n", MG_ERR_CONFIG, 7, "1 to 5"},
    {BASE "[migratie]\nlooptijd_jaren = 0\n", MG_ERR_CONFIG, 7, "1 to 5"},
    {BASE "[migratie]\nlooptijd_jaren = vijf\n", MG_ERR_CONFIG, 7, "looptijd_jaren"},
    {BASE "[migratie]\ningangsdatum = 2026-02-30\n", MG_ERR_CONFIG, 7, "ingangsdatum"},
    {BASE "[migratie]\nreikwijdte = alles\n", MG_ERR_CONFIG, 7, "per-dienst or dienstverlener"},
    {BASE "[migratie]\ntaal = de\n", MG_ERR_CONFIG, 7, "nl or en"},
    {BASE "[migratie]\nlooptijd = 5\n", MG_ERR_CONFIG, 7, "unknown key 'looptijd'"},
    {BASE "[migrate]\n", MG_ERR_CONFIG, 6, "unknown section [migrate]"},
    {BASE "[bestanden]\nwerkgever = w.csv\n", MG_ERR_CONFIG, 7, "unknown key 'werkgever'"},
    {BASE "[bestanden]\ndelimiter = dubbelepunt\n", MG_ERR_CONFIG, 7, "puntkomma"},
    {BASE "[bestanden]\nencoding = ebcdic\n", MG_ERR_CONFIG, 7, "utf-8"},
    {"[intermediair]\nnaam = X\nkvk = 1234567890\n", MG_ERR_CONFIG, 3, "8 digits"},
    {"[intermediair]\nnaam = X\nkvk = 12345678\nleverancier = KPN\neh_niveau = EH5\n", MG_ERR_CONFIG, 5,
     "EH5"},
    {"[intermediair]\nnaam = X\nkvk = 12345678\n", MG_ERR_CONFIG, 0, "leverancier"},
    {"[intermediair]\nnaam = X\nkvk = 12345678\nleverancier = KPN\nthis is not ini\n", MG_ERR_CONFIG, 5,
     "syntax"},
    {"", MG_ERR_CONFIG, 0, "naam"},
};

/* Write text as dir/portfolio.ini. */
static void write_ini(const char *dir, const char *text)
{
    char path[256];
    FILE *fp;

    snprintf(path, sizeof path, "%s/portfolio.ini", dir);
    fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    assert_int_equal(fclose(fp), 0);
}

/* Every row of the table. */
static void test_ini_table(void **state)
{
    char dir[] = "/tmp/mgcfg.XXXXXX", path[256];
    int32_t today = id_days_from_civil(2026, 11, 18);

    (void)state;
    assert_non_null(mkdtemp(dir));
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        mg_config cfg;
        mg_errinfo ei;
        mg_error err;
        memset(&ei, 0, sizeof ei);
        write_ini(dir, cases[i].text);
        err = cfg_load(dir, today, NULL, &cfg, &ei);
        if (err != cases[i].err)
            fail_msg("case %zu: got %d (%s), want %d", i, err, ei.msg, cases[i].err);
        if (cases[i].line)
            assert_int_equal(ei.line, cases[i].line);
        if (cases[i].msg && !strstr(ei.msg, cases[i].msg))
            fail_msg("case %zu: message '%s' lacks '%s'", i, ei.msg, cases[i].msg);
        if (err == MG_OK)
            assert_string_equal(strrchr(cfg.ini_path, '/'), "/portfolio.ini");
        cfg_clear(&cfg);
    }
    snprintf(path, sizeof path, "%s/portfolio.ini", dir);
    unlink(path);
    rmdir(dir);
}

/* Defaults, values and overrides of an accepted file. */
static void test_values(void **state)
{
    char dir[] = "/tmp/mgcfg.XXXXXX", path[256];
    int32_t today = id_days_from_civil(2026, 11, 18);
    mg_config cfg;
    mg_errinfo ei;
    cfg_overrides ov = {"anders", "en"};

    (void)state;
    assert_non_null(mkdtemp(dir));
    write_ini(dir, BASE);
    assert_int_equal(cfg_load(dir, today, NULL, &cfg, &ei), MG_OK);
    assert_int_equal(cfg.ingangsdatum, today);
    assert_int_equal(cfg.years, 5);
    assert_int_equal(cfg.scope, SCOPE_PER_DIENST);
    assert_int_equal(cfg.english, 0);
    assert_int_equal(cfg.eh_level, LV_EH3);
    assert_string_equal(cfg.kvk, "12345678");
    assert_null(cfg.format);
    assert_non_null(strstr(cfg.files[SC_WERKGEVERS], "/werkgevers.csv"));
    assert_int_equal(cfg.delimiter[SC_GEBRUIKERS], 0);
    cfg_clear(&cfg);

    write_ini(dir, BASE "[migratie]\ningangsdatum = 1-12-2026\nlooptijd_jaren = 2\ntaal = nl\n[bestanden]\n"
                        "machtigingen = /abs/m.csv.gz\nwerkgevers_delimiter = tab\nencoding = utf-8\n");
    assert_int_equal(cfg_load(dir, today, &ov, &cfg, &ei), MG_OK);
    assert_int_equal(cfg.ingangsdatum, id_days_from_civil(2026, 12, 1));
    assert_int_equal(cfg.years, 2);
    assert_int_equal(cfg.english, 1); /* --lang overrides taal */
    assert_string_equal(cfg.format, "anders");
    assert_string_equal(cfg.files[SC_MACHTIGINGEN], "/abs/m.csv.gz");
    assert_int_equal(cfg.delimiter[SC_WERKGEVERS], '\t');
    assert_int_equal(cfg.delimiter[SC_GEBRUIKERS], 0);
    assert_int_equal(cfg.encoding[SC_GEBRUIKERS], CR_ENC_UTF8);
    cfg_clear(&cfg);
    cfg_clear(NULL);

    snprintf(path, sizeof path, "%s/portfolio.ini", dir);
    unlink(path);
    assert_int_equal(cfg_load(dir, today, NULL, &cfg, &ei), MG_ERR_INPUT);
    cfg_clear(&cfg);
    rmdir(dir);
    assert_int_equal(cfg_load(dir, today, NULL, &cfg, &ei), MG_ERR_INPUT);
    cfg_clear(&cfg);
    assert_int_equal(cfg_load("/etc/hostname", today, NULL, &cfg, &ei), MG_ERR_INPUT);
    cfg_clear(&cfg);
}

/* Level names. */
static void test_levels(void **state)
{
    static const struct {
        const char *in;
        int want;
    } rows[] = {{"EH3", LV_EH3},   {"eh2+", LV_EH2PLUS}, {" EH 4 ", LV_EH4},
                {"geen", LV_GEEN}, {"", LV_UNKNOWN},     {"EH1", LV_EH1},
                {"EH2", LV_EH2},   {"EH5", -1},          {"3", -1}};

    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(rows); i++)
        assert_int_equal(mg_level_parse(rows[i].in, strlen(rows[i].in)), rows[i].want);
    assert_string_equal(mg_level_name(LV_EH2PLUS), "EH2+");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ini_table),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_levels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
