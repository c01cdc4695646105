/* test_csvout.c — CSV output: quoting through libcsv, dialects, Windows-1252, formula neutralising. */
#include "testutil.h"

#include <sys/stat.h>
#include <unistd.h>

#include "csvout.h"
#include "digest.h"

/* One row of fields written in a dialect and the exact bytes expected. */
typedef struct out_case {
    co_dialect d;
    const char *fields[4];
    const char *want;
} out_case;

static const out_case cases[] = {
    {{';', 1, 0, "\r\n", 1},
     {"a", "b c", "", NULL},
     "\xEF\xBB\xBF"
     "a;b c;\r\n"},
    {{';', 0, 0, "\n", 1},
     {"x;y", "say \"hi\"", "line\nbreak", NULL},
     "\"x;y\";\"say \"\"hi\"\"\";line\xEF\xBF\xBD"
     "break\n"},
    /* a comma, TAB, CR or LF is quoted whatever the delimiter: no spreadsheet splits it into a formula */
    {{';', 0, 0, "\n", 1},
     {"Marieke Bakker,=2+2", "a\tb", "x|y", NULL},
     "\"Marieke Bakker,=2+2\";\"a\tb\";x|y\n"},
    {{';', 0, 0, "\n", 0}, {"Bakker,=2+2", "=1,2", "a;b", NULL}, "\"Bakker,=2+2\";\"=1,2\";\"a;b\"\n"},
    {{',', 0, 0, "\n", 0}, {"a;b", "c", NULL, NULL}, "\"a;b\",c\n"},
    {{'|', 0, 0, "\n", 0}, {"a|b", "c,d", "e;f", "g"}, "\"a|b\"|\"c,d\"|\"e;f\"|g\n"},
    /* control characters and characters XML forbids become U+FFFD ('?' in Windows-1252) */
    {{';', 0, 0, "\n", 1},
     {"a\x1b]0;x\x07", "\xEF\xBF\xBE", "b\rc", "\x7f\xC2\x9B"},
     "\"a\xEF\xBF\xBD]0;x\xEF\xBF\xBD\";\xEF\xBF\xBD;b\xEF\xBF\xBD"
     "c;\x7f\xC2\x9B\n"},
    {{';', 0, 1, "\n", 0}, {"a\x1b", "\xEF\xBF\xBF", NULL, NULL}, "a?;?\n"},
    /* a value that starts with TAB is neutralised and quoted */
    {{';', 0, 0, "\n", 1}, {"\t=1", "-2", NULL, NULL}, "\"'\t=1\";'-2\n"},
    {{';', 0, 0, "\n", 1}, {"=SUM(A1)", "+31", "-", "@x"}, "'=SUM(A1);'+31;'-;'@x\n"},
    {{';', 0, 0, "\n", 0}, {"=SUM(A1)", "+31", "-", "@x"}, "=SUM(A1);+31;-;@x\n"},
    {{';', 0, 0, "\n", 1}, {"=a;b", " lead", NULL, NULL}, "\"'=a;b\";\" lead\"\n"},
    {{',', 0, 0, "\r\n", 0}, {"a,b", "c", NULL, NULL}, "\"a,b\",c\r\n"},
    {{'\t', 0, 0, "\n", 0}, {"a\tb", "c", NULL, NULL}, "\"a\tb\"\tc\n"},
    {{';', 1, 1, "\r\n", 0}, {"Café", "€ 5", NULL, NULL}, "Caf\xE9;\x80 5\r\n"},
};

/* Each case written to a file and compared byte for byte. */
static void test_dialects(void **state)
{
    char dir[] = "/tmp/mgco.XXXXXX", path[256], buf[1024];
    struct stat st;

    (void)state;
    assert_non_null(mkdtemp(dir));
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        mg_errinfo ei;
        co_writer *w;
        size_t n = 0;
        snprintf(path, sizeof path, "%s/f%zu.csv", dir, i);
        w = co_open(path, &cases[i].d, &ei);
        assert_non_null(w);
        while (n < 4 && cases[i].fields[n])
            n++;
        assert_int_equal(co_row(w, cases[i].fields, n), MG_OK);
        {
            char hex[CO_SHA256_HEX], want[CO_SHA256_HEX];
            assert_int_equal(co_close(w, &ei, hex), MG_OK);
            assert_int_equal(dg_sha256_file(path, want),
                             MG_OK); /* the checksum made on the way out is the file's */
            assert_string_equal(hex, want);
        }
        assert_int_equal(stat(path, &st), 0);
        assert_int_equal(st.st_mode & 0777, 0600);
        n = slurp_text(path, buf, sizeof buf);
        if (n != strlen(cases[i].want) || memcmp(buf, cases[i].want, n))
            fail_msg("case %zu: got [%s]", i, buf);
        unlink(path);
    }
    rmdir(dir);
}

/* A record as read keeps its own line breaks (quoted); its control characters are still replaced. */
static void test_record_field(void **state)
{
    static const struct {
        const char *raw, *want;
    } rec[] = {
        {"a;\"b\r\nc\"", "\"a;\"\"b\r\nc\"\"\"\n"},
        {"x\x1b[2J;y\n", "\"x\xEF\xBF\xBD[2J;y\n\"\n"},
        {"plain", "plain\n"},
        {NULL, "\n"},
    };
    char dir[] = "/tmp/mgco.XXXXXX", path[256], buf[256];
    co_dialect d = {';', 0, 0, "\n", 1};

    (void)state;
    assert_non_null(mkdtemp(dir));
    for (size_t i = 0; i < ARRAY_LEN(rec); i++) {
        mg_errinfo ei;
        co_writer *w;
        size_t n;
        snprintf(path, sizeof path, "%s/r%zu.csv", dir, i);
        w = co_open(path, &d, &ei);
        assert_non_null(w);
        assert_int_equal(co_field_record(w, rec[i].raw), MG_OK);
        assert_int_equal(co_end_row(w), MG_OK);
        assert_int_equal(co_close(w, &ei, NULL), MG_OK);
        n = slurp_text(path, buf, sizeof buf);
        if (n != strlen(rec[i].want) || memcmp(buf, rec[i].want, n))
            fail_msg("record %zu: got [%s]", i, buf);
        unlink(path);
    }
    rmdir(dir);
}

/* A character Windows-1252 cannot hold is an error naming the value; an existing file is refused. */
static void test_errors(void **state)
{
    char dir[] = "/tmp/mgco.XXXXXX", path[256];
    co_dialect d = {';', 0, 1, "\r\n", 0};
    mg_errinfo ei;
    co_writer *w;

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/x.csv", dir);
    w = co_open(path, &d, &ei);
    assert_non_null(w);
    co_field(w, "Łódź");
    co_end_row(w);
    assert_int_equal(co_close(w, &ei, NULL), MG_ERR_DATA);
    assert_non_null(
        strstr(ei.msg[LANG_EN], "the value 'Łódź' has a character that Windows-1252 cannot hold"));
    assert_non_null(strstr(ei.msg[LANG_NL], "de waarde 'Łódź' bevat een teken dat Windows-1252 niet kent"));
    assert_null(co_open(path, &d, &ei)); /* exists: O_EXCL */
    unlink(path);
    rmdir(dir);
    assert_null(co_open("/nonexistent-dir/x.csv", &co_default_dialect, &ei));
    co_free(NULL);
    assert_int_equal(co_close(NULL, &ei, NULL), MG_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dialects),
        cmocka_unit_test(test_record_field),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
