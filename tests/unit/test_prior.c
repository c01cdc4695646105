/* test_prior.c — an earlier output read back: SHA256SUMS verified, stand.csv checked row by row. */
#include "testutil.h"

#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "digest.h"
#include "ident.h"
#include "pool.h"
#include "prior.h"

#define FORMATS_DIR "formats"
#define HEADER                                                                                               \
    "\xEF\xBB\xBFkvk_machtiginggever;naam_machtiginggever;dienst_code;route;status;aangevraagd_op;"          \
    "ingangsdatum;einddatum;registratie_ingangsdatum;registratie_einddatum\r\n"
#define ROW1 "01234567;Bakkerij A;verzuim;beheermodule;aangevraagd;18-11-2026;01-12-2026;30-11-2031;;\r\n"
#define ROW2                                                                                                 \
    "01234567;Bakkerij A;uitkering;beheermodule;geregistreerd;18-11-2026;01-12-2026;30-11-2031;"             \
    "01-12-2026;30-11-2031\r\n"
#define ROW3 "23456789;Transport B;alle-diensten;formulier;aangevraagd;18-11-2026;01-12-2026;30-11-2031;;\r\n"

/* One case: the folder's files, how SHA256SUMS is made, and what pr_load says. */
typedef struct pr_case {
    const char *name;
    const char *stand;   /* stand.csv's text; NULL = no such file */
    const char *other;   /* a second listed file's text (rapport.txt); NULL = none */
    int sums;            /* 0 = no SHA256SUMS, 1 = as migrate writes it, 2 = not in its form */
    int list_stand;      /* SHA256SUMS lists stand.csv */
    const char *edit;    /* after the sums: stand.csv becomes this text; NULL = unchanged */
    int remove_other;    /* after the sums: rapport.txt removed */
    mg_error want;       /* what pr_load returns */
    long line;           /* the line it names (0 = none) */
    const char *in_file; /* the file it names ends in this */
    size_t rows;         /* entries read when MG_OK */
} pr_case;

static const pr_case cases[] = {
    {"three rows", HEADER ROW1 ROW2 ROW3, "rapport\n", 1, 1, NULL, 0, MG_OK, 0, "", 3},
    {"header only", HEADER, NULL, 1, 1, NULL, 0, MG_OK, 0, "", 0},
    {"stand.csv edited after the run", HEADER ROW1, "r\n", 1, 1, HEADER ROW2, 0, MG_ERR_DATA, 0, "/stand.csv",
     0},
    {"a listed file missing", HEADER ROW1, "r\n", 1, 1, NULL, 1, MG_ERR_DATA, 0, "/rapport.txt", 0},
    {"no SHA256SUMS", HEADER ROW1, NULL, 0, 1, NULL, 0, MG_ERR_DATA, 0, "", 0},
    {"SHA256SUMS not in migrate's form", HEADER ROW1, NULL, 2, 1, NULL, 0, MG_ERR_DATA, 0, "/SHA256SUMS", 0},
    {"stand.csv not listed", HEADER ROW1, "r\n", 1, 0, NULL, 0, MG_ERR_DATA, 0, "", 0},
    {"no stand.csv (a check's output)", NULL, "r\n", 1, 0, NULL, 0, MG_ERR_DATA, 0, "", 0},
    {"another header", "kvk;naam\r\n", NULL, 1, 1, NULL, 0, MG_ERR_DATA, 1, "/stand.csv", 0},
    {"a KvK of 7 digits", HEADER "1234567;A;verzuim;beheermodule;aangevraagd;18-11-2026;;;;\r\n", NULL, 1, 1,
     NULL, 0, MG_ERR_DATA, 2, "/stand.csv", 0},
    {"an unknown service", HEADER "01234567;A;koffie;beheermodule;aangevraagd;18-11-2026;;;;\r\n", NULL, 1, 1,
     NULL, 0, MG_ERR_DATA, 2, "/stand.csv", 0},
    {"an unknown status", HEADER "01234567;A;verzuim;beheermodule;klaar;18-11-2026;;;;\r\n", NULL, 1, 1, NULL,
     0, MG_ERR_DATA, 2, "/stand.csv", 0},
    {"an unknown route", HEADER "01234567;A;verzuim;papier;aangevraagd;18-11-2026;;;;\r\n", NULL, 1, 1, NULL,
     0, MG_ERR_DATA, 2, "/stand.csv", 0},
    {"a date not as migrate writes it", HEADER "01234567;A;verzuim;formulier;aangevraagd;2026-11-18;;;;\r\n",
     NULL, 1, 1, NULL, 0, MG_ERR_DATA, 2, "/stand.csv", 0},
    {"an impossible date", HEADER "01234567;A;verzuim;formulier;aangevraagd;31-02-2026;;;;\r\n", NULL, 1, 1,
     NULL, 0, MG_ERR_DATA, 2, "/stand.csv", 0},
    {"a field short", HEADER "01234567;A;verzuim;formulier;aangevraagd;18-11-2026;;;\r\n", NULL, 1, 1, NULL,
     0, MG_ERR_DATA, 2, "/stand.csv", 0},
    {"a pair twice", HEADER ROW1 ROW1, NULL, 1, 1, NULL, 0, MG_ERR_DATA, 3, "/stand.csv", 0},
};

/* Write text to dir/name. */
static void put(const char *dir, const char *name, const char *text)
{
    char path[512];
    FILE *fp;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(text, 1, strlen(text), fp), strlen(text));
    assert_int_equal(fclose(fp), 0);
}

/* The SHA256SUMS line of a text under name, appended to buf. */
static void sum_line(char *buf, size_t size, const char *name, const char *text)
{
    char hex[DG_SHA256_HEX_SIZE];
    size_t n = strlen(buf);

    assert_int_equal(dg_sha256_data(text, strlen(text), hex), MG_OK);
    snprintf(buf + n, size - n, "%s  %s\n", hex, name);
}

/* Every case of the table, each in a fresh folder. */
static void test_cases(void **state)
{
    catalog *cat = NULL;
    mg_errinfo ei;
    size_t c;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(cat_load(FORMATS_DIR, &cat, &ei), MG_OK);
    for (c = 0; c < ARRAY_LEN(cases); c++) {
        const pr_case *t = &cases[c];
        char dir[] = "/tmp/test_prior.XXXXXX", sums[2048] = "", path[512];
        mg_pool *pool = pool_new();
        pr_list l;
        mg_error err;

        assert_non_null(pool);
        assert_non_null(mkdtemp(dir));
        if (t->other) {
            put(dir, "rapport.txt", t->other);
            sum_line(sums, sizeof sums, "rapport.txt", t->other);
        }
        if (t->stand) {
            put(dir, "stand.csv", t->stand);
            if (t->list_stand)
                sum_line(sums, sizeof sums, "stand.csv", t->stand);
        }
        if (t->sums == 1)
            put(dir, "SHA256SUMS", sums);
        else if (t->sums == 2)
            put(dir, "SHA256SUMS", "not a checksum line\n");
        if (t->edit)
            put(dir, "stand.csv", t->edit);
        snprintf(path, sizeof path, "%s/rapport.txt", dir);
        if (t->remove_other)
            unlink(path);
        memset(&ei, 0, sizeof ei);
        err = pr_load(dir, cat, pool, &l, &ei);
        if (err != t->want)
            fail_msg("%s: pr_load gave %d, want %d (%s:%ld: %s)", t->name, err, t->want, ei.file, ei.line,
                     ei.msg[LANG_EN]);
        if (err == MG_OK) {
            assert_int_equal(l.n, t->rows);
        } else {
            size_t fl = strlen(ei.file), sl = strlen(t->in_file);
            if (ei.line != t->line)
                fail_msg("%s: line %ld, want %ld (%s)", t->name, ei.line, t->line, ei.msg[LANG_EN]);
            if (fl < sl || strcmp(ei.file + fl - sl, t->in_file) != 0)
                fail_msg("%s: file %s, want ...%s", t->name, ei.file, t->in_file);
            assert_true(ei.msg[LANG_NL][0] && ei.msg[LANG_EN][0]);
            assert_null(l.v);
        }
        if (t->rows == 3) { /* the values, as read */
            assert_string_equal(l.v[0].kvk, "01234567");
            assert_string_equal(l.v[0].naam, "Bakkerij A");
            assert_int_equal(l.v[0].status, ST_AANGEVRAAGD);
            assert_int_equal(l.v[0].requested, id_days_from_civil(2026, 11, 18));
            assert_int_equal(l.v[0].reg_end, ST_NO_DATE);
            assert_int_equal(l.v[1].status, ST_GEREGISTREERD);
            assert_int_equal(l.v[1].reg_end, id_days_from_civil(2031, 11, 30));
            assert_int_equal(l.v[2].service, ST_ALL_SERVICES);
            assert_int_equal(l.v[2].line, 4);
        }
        pr_list_clear(&l);
        pool_free(pool);
        snprintf(path, sizeof path, "rm -rf '%s'", dir);
        assert_int_equal(system(path), 0);
    }
    cat_free(cat);
}

/* A folder that does not exist is an input problem (exit 66), not a data error. */
static void test_missing_folder(void **state)
{
    catalog *cat = NULL;
    mg_errinfo ei;
    mg_pool *pool = pool_new();
    pr_list l;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(cat_load(FORMATS_DIR, &cat, &ei), MG_OK);
    assert_int_equal(pr_load("/nonexistent/vorige", cat, pool, &l, &ei), MG_ERR_INPUT);
    assert_string_equal(ei.file, "/nonexistent/vorige");
    pool_free(pool);
    cat_free(cat);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_missing_folder),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
