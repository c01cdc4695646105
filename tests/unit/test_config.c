/* test_config.c — portfolio.ini: accepted settings, defaults, and every rejection with its line. */
#include "testutil.h"

#include <sys/stat.h>
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
    {BASE "[migratie]\nbrieven = NEE\n", MG_OK, 0, NULL},
    {BASE "[migratie]\nbrieven = misschien\n", MG_ERR_CONFIG, 7, "brieven = 'misschien': use ja or nee"},
    {BASE "[migratie]\nbrieven = nee\nbrieven = ja\n", MG_ERR_CONFIG, 8, "brieven"},
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
    /* a key given twice: in one section, across a repeated section, under a synonym */
    {BASE "kvk = 87654321\n", MG_ERR_CONFIG, 6,
     "key 'kvk' is given twice in [intermediair] (first on line 3)"},
    {BASE "[migratie]\nlooptijd_jaren = 5\nlooptijd_jaren = 3\n", MG_ERR_CONFIG, 8,
     "key 'looptijd_jaren' is given twice in [migratie] (first on line 7)"},
    {BASE "[migratie]\nlooptijd_jaren = 5\n[bestanden]\n[migratie]\nlooptijd_jaren = 5\n", MG_ERR_CONFIG, 10,
     "(first on line 7)"},
    {BASE "[bestanden]\nencoding = utf-8\ncodering = windows-1252\n", MG_ERR_CONFIG, 8,
     "key 'codering' is given twice in [bestanden] (first on line 7)"},
    {BASE "[bestanden]\nwerkgevers_delimiter = tab\nwerkgevers_scheidingsteken = komma\n", MG_ERR_CONFIG, 8,
     "(first on line 7)"},
    {BASE "[bestanden]\nwerkgevers = a.csv\nwerkgevers = b.csv\n", MG_ERR_CONFIG, 8, "given twice"},
    /* repeated section headers alone, and a per-file key next to the one for all files, are fine */
    {BASE "[migratie]\n[migratie]\nlooptijd_jaren = 5\n[migratie]\n", MG_OK, 0, NULL},
    {BASE "[bestanden]\ndelimiter = tab\nwerkgevers_delimiter = komma\n", MG_OK, 0, NULL},
    /* an indented line would continue the key above it */
    {"[intermediair]\nnaam = X\n  Y\nkvk = 12345678\nleverancier = KPN\n", MG_ERR_CONFIG, 3,
     "starts with a blank"},
    {BASE "  [migratie]\nlooptijd_jaren = 4\n", MG_ERR_CONFIG, 6, "continue key 'eh_niveau'"},
    {BASE "[migratie]\n  looptijd_jaren = 4\n", MG_OK, 0, NULL},
    /* two bad lines: the message is the first one's, as its line is (inih goes on after an error) */
    {"[intermediair]\nnaam = X\nkvk = 123\nleverancier =\n", MG_ERR_CONFIG, 3, "kvk = '123'"},
    /* errors come in file order: a bad value before a bad byte further down is the one named */
    {BASE "[migratie]\ntaal = de\n# caf\xE9\n", MG_ERR_CONFIG, 7, "nl or en"},
    /* not UTF-8: the first bad byte with its line and offset */
    {"[intermediair]\nnaam = Caf\xE9\nkvk = 12345678\nleverancier = KPN\n", MG_ERR_CONFIG, 2,
     "byte 0xE9 at line 2 (byte offset 25)"},
    {BASE "; \xC0\xAF\n", MG_ERR_CONFIG, 6, "byte 0xC0 at line 6"},
    {BASE "; \xE2\x82", MG_ERR_CONFIG, 6, "byte 0xE2 at line 6"},
    {"\xEF\xBB\xBF" BASE "; Zo\xC3\xAB\n", MG_OK, 0, NULL},
    /* dates: the last day (ingangsdatum + looptijd_jaren - 1 day) from the run date (2026-11-18) to
       9999-12-31 */
    {BASE "[migratie]\ningangsdatum = 9995-01-01\nlooptijd_jaren = 5\n", MG_OK, 0, NULL},
    {BASE "[migratie]\ningangsdatum = 9995-01-02\nlooptijd_jaren = 5\n", MG_ERR_CONFIG, 7,
     "ends on 10000-01-01, after 9999-12-31"},
    {BASE "[migratie]\nlooptijd_jaren = 1\ningangsdatum = 31-12-9999\n", MG_ERR_CONFIG, 8,
     "after 9999-12-31"},
    {BASE "[migratie]\ningangsdatum = 9999-06-01\n", MG_ERR_CONFIG, 7, "ends on 10004-05-31"},
    {BASE "[migratie]\ningangsdatum = 1900-01-01\n", MG_ERR_CONFIG, 7,
     "ends on 1904-12-31, before the run date 2026-11-18"},
    {BASE "[migratie]\ningangsdatum = 2025-11-18\nlooptijd_jaren = 1\n", MG_ERR_CONFIG, 7,
     "ends on 2026-11-17, before the run date"},
    {BASE "[migratie]\nlooptijd_jaren = 1\ningangsdatum = 2025-11-19\n", MG_OK, 0, NULL},
    {BASE "[migratie]\ningangsdatum = 1899-12-31\n", MG_ERR_CONFIG, 7, "not a valid date"},
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
            fail_msg("case %zu: got %d (%s), want %d", i, err, ei.msg[LANG_EN], cases[i].err);
        if (cases[i].line)
            assert_int_equal(ei.line, cases[i].line);
        if (cases[i].msg && !strstr(ei.msg[LANG_EN], cases[i].msg))
            fail_msg("case %zu: message '%s' lacks '%s'", i, ei.msg[LANG_EN], cases[i].msg);
        if (err != MG_OK && (!ei.msg[LANG_NL][0] || !strcmp(ei.msg[LANG_NL], ei.msg[LANG_EN])))
            fail_msg("case %zu: no Dutch message for '%s'", i, ei.msg[LANG_EN]);
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
    assert_int_equal(cfg.lang, 0);
    assert_int_equal(cfg.letters, 1); /* brieven = ja unless said otherwise */
    assert_int_equal(cfg.eh_level, LV_EH3);
    assert_string_equal(cfg.kvk, "12345678");
    assert_null(cfg.format);
    assert_non_null(strstr(cfg.files[SC_WERKGEVERS], "/werkgevers.csv"));
    assert_int_equal(cfg.delimiter[SC_GEBRUIKERS], 0);
    cfg_clear(&cfg);

    write_ini(
        dir, BASE
        "[migratie]\ningangsdatum = 1-12-2026\nlooptijd_jaren = 2\ntaal = nl\nbrieven = nee\n[bestanden]\n"
        "machtigingen = /abs/m.csv.gz\nwerkgevers_delimiter = tab\nencoding = utf-8\n");
    assert_int_equal(cfg_load(dir, today, &ov, &cfg, &ei), MG_OK);
    assert_int_equal(cfg.ingangsdatum, id_days_from_civil(2026, 12, 1));
    assert_int_equal(cfg.years, 2);
    assert_int_equal(cfg.lang, 1); /* --lang overrides taal */
    assert_int_equal(cfg.letters, 0);
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

/* start_in_past: set for an ingangsdatum before the run date, with its line. */
static void test_start_in_past(void **state)
{
    static const struct {
        const char *ini;
        int past;
        long line;
    } rows[] = {
        {BASE "[migratie]\ningangsdatum = 2026-11-17\n", 1, 7},
        {BASE "[migratie]\nlooptijd_jaren = 2\ningangsdatum = 1-1-2026\n", 1, 8},
        {BASE "[migratie]\ningangsdatum = 2026-11-18\n", 0, 7},
        {BASE, 0, 0},
    };
    char dir[] = "/tmp/mgcfg.XXXXXX", path[256];
    int32_t today = id_days_from_civil(2026, 11, 18);

    (void)state;
    assert_non_null(mkdtemp(dir));
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        mg_config cfg;
        mg_errinfo ei;
        write_ini(dir, rows[i].ini);
        assert_int_equal(cfg_load(dir, today, NULL, &cfg, &ei), MG_OK);
        assert_int_equal(cfg.start_in_past, rows[i].past);
        assert_int_equal(cfg.start_line, rows[i].line);
        assert_int_equal(cfg.run_date, today);
        cfg_clear(&cfg);
    }
    snprintf(path, sizeof path, "%s/portfolio.ini", dir);
    unlink(path);
    rmdir(dir);
}

/* A FIFO as portfolio.ini is refused at once, not waited on. */
static void test_fifo(void **state)
{
    char dir[] = "/tmp/mgcfg.XXXXXX", path[256];
    mg_config cfg;
    mg_errinfo ei;

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/portfolio.ini", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    alarm(5); /* the old code blocked in open() forever */
    assert_int_equal(cfg_load(dir, id_days_from_civil(2026, 11, 18), NULL, &cfg, &ei), MG_ERR_INPUT);
    alarm(0);
    assert_non_null(strstr(ei.msg[LANG_EN], "not a regular file"));
    cfg_clear(&cfg);
    unlink(path);
    rmdir(dir);
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
        cmocka_unit_test(test_ini_table),     cmocka_unit_test(test_values), cmocka_unit_test(test_levels),
        cmocka_unit_test(test_start_in_past), cmocka_unit_test(test_fifo),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
