/* test_progress.c — the progress line's numbers and the capture of libxlsxwriter's stderr lines. */
#include "testutil.h"

#include <unistd.h>

#include "capture.h"
#include "progress.h"
#include "text.h"

/* Thousands separators: a dot in Dutch, a comma in English, none below a thousand. */
static void test_thousands(void **state)
{
    char out[48];

    (void)state;
    assert_string_equal(tx_thousands(0, LANG_NL, out, sizeof out), "0");
    assert_string_equal(tx_thousands(999, LANG_EN, out, sizeof out), "999");
    assert_string_equal(tx_thousands(1000, LANG_NL, out, sizeof out), "1.000");
    assert_string_equal(tx_thousands(1234567, LANG_NL, out, sizeof out), "1.234.567");
    assert_string_equal(tx_thousands(1234567, LANG_EN, out, sizeof out), "1,234,567");
    assert_string_equal(tx_thousands(18446744073709551615ULL, LANG_EN, out, sizeof out),
                        "18,446,744,073,709,551,615");
}

/* Not a terminal: the line is never written, and clearing it writes nothing. */
static void test_no_terminal(void **state)
{
    pg_line pg;
    FILE *fp = tmpfile();

    (void)state;
    assert_non_null(fp);
    pg_init(&pg, fileno(fp), LANG_NL);
    pg.delay = 0;
    pg_read(&pg, "/nonexistent/gebruikers.csv", 4096, 100000);
    pg_write(&pg, "overzicht.xlsx");
    pg_clear(&pg);
    assert_int_equal(pg.shown, 0);
    assert_int_equal(ftell(fp), 0);
    assert_int_equal(fclose(fp), 0);
}

/* While captured, libxlsxwriter's [ERROR] and [WARNING] lines are dropped and every other line is passed
 * on to the real stderr afterwards, in order. */
static void test_capture(void **state)
{
    char text[1024];
    cap_stderr cap;
    FILE *real = tmpfile();
    int saved = dup(STDERR_FILENO);

    (void)state;
    assert_non_null(real);
    assert_true(saved >= 0);
    assert_true(dup2(fileno(real), STDERR_FILENO) >= 0); /* the "real" stderr of this test */
    assert_int_equal(cap_begin(&cap), 0);
    assert_int_not_equal(cap_real_fd(&cap), STDERR_FILENO);
    fprintf(stderr, "[ERROR][./src/packager.c:1510]: Error adding member to zipfile\n");
    fprintf(stderr, "kept 1\n");
    fprintf(stderr, "[WARNING]: worksheet_write_string(): String exceeds Excel's limit\n");
    fprintf(stderr, "kept 2 [ERROR] not at the start\nlast line without a break");
    cap_end(&cap);
    assert_int_equal(cap_real_fd(&cap), STDERR_FILENO);
    fprintf(stderr, "\nafter\n");
    assert_true(dup2(saved, STDERR_FILENO) >= 0);
    assert_int_equal(close(saved), 0);
    assert_int_equal(fseek(real, 0, SEEK_SET), 0);
    text[fread(text, 1, sizeof text - 1, real)] = '\0';
    assert_string_equal(text, "kept 1\nkept 2 [ERROR] not at the start\nlast line without a break\nafter\n");
    assert_int_equal(fclose(real), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_thousands),
        cmocka_unit_test(test_no_terminal),
        cmocka_unit_test(test_capture),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
