/* test_findings.c — the findings table: codes, texts, and the list in formats/README.md. */
#include "testutil.h"

#include "findings.h"

/* Every code is kebab-case, unique, and has both messages and explanations. */
static void test_table_complete(void **state)
{
    (void)state;
    for (int i = 1; i < FD_COUNT; i++) {
        const fd_def *d = fd_def_get((fd_code)i);
        assert_non_null(d->code);
        assert_true(strlen(d->code) > 2);
        for (const char *q = d->code; *q; q++)
            assert_true((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') || *q == '-');
        assert_true(strlen(d->msg_nl) > 10 && strlen(d->msg_en) > 10);
        assert_true(strlen(d->explain_nl) > 40 && strlen(d->explain_en) > 40);
        assert_int_equal(fd_lookup(d->code), i);
        for (int j = 1; j < i; j++)
            assert_string_not_equal(fd_def_get((fd_code)j)->code, d->code);
        /* no printf directives: only %1 and %2 are placeholders */
        for (const char *q = d->msg_nl; *q; q++)
            if (*q == '%')
                assert_true(q[1] == '1' || q[1] == '2');
        for (const char *q = d->msg_en; *q; q++)
            if (*q == '%')
                assert_true(q[1] == '1' || q[1] == '2');
    }
    assert_int_equal(fd_lookup("no-such-code"), FD_NONE);
}

/* Every finding code exists with its documented severity. */
static void test_spec_codes(void **state)
{
    static const struct {
        const char *code;
        fd_severity sev;
        int blocking;
    } want[] = {
        {"lhn-format", FD_FOUT, 0},
        {"lhn-checksum", FD_FOUT, 0},
        {"lhn-subnumber", FD_FOUT, 0},
        {"kvk-format", FD_FOUT, 0},
        {"kvk-leading-zero", FD_WAARSCHUWING, 0},
        {"vestiging-not-for-uwv", FD_WAARSCHUWING, 0},
        {"date-format", FD_FOUT, 0},
        {"encoding-cp1252", FD_INFO, 0},
        {"unknown-column", FD_INFO, 0},
        {"user-duplicate", FD_FOUT, 0},
        {"user-unknown", FD_FOUT, 0},
        {"user-blocked", FD_INFO, 0},
        {"user-level-low", FD_WAARSCHUWING, 0},
        {"user-no-means", FD_WAARSCHUWING, 0},
        {"user-shared-account", FD_WAARSCHUWING, 0},
        {"no-beheerder", FD_WAARSCHUWING, 0},
        {"intermediary-level", FD_FOUT, 1},
        {"supplier-unknown", FD_FOUT, 1},
        {"supplier-no-chain", FD_FOUT, 1},
        {"service-unknown", FD_FOUT, 0},
        {"service-erd-only", FD_WAARSCHUWING, 0},
        {"employer-unknown", FD_FOUT, 0},
        {"employer-duplicate", FD_FOUT, 0},
        {"no-kvk", FD_WAARSCHUWING, 0},
        {"foreign-employer", FD_WAARSCHUWING, 0},
        {"inactive", FD_INFO, 0},
        {"transfer-reports", FD_WAARSCHUWING, 0},
        {"reports-unreachable", FD_WAARSCHUWING, 0},
        {"successor-cycle", FD_FOUT, 0},
        {"successor-unknown", FD_WAARSCHUWING, 0},
        {"grant-moved", FD_INFO, 0},
        {"grant-dropped", FD_INFO, 0},
        {"multi-legal-form", FD_WAARSCHUWING, 0},
        {"representative-missing", FD_WAARSCHUWING, 0},
        {"duplicate-grant", FD_INFO, 0},
        {"formula-risk", FD_WAARSCHUWING, 0},
        {"access-widened", FD_WAARSCHUWING, 0},
    };
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(want); i++) {
        fd_code c = fd_lookup(want[i].code);
        assert_int_not_equal(c, FD_NONE);
        assert_int_equal(fd_def_get(c)->severity, want[i].sev);
        assert_int_equal(fd_def_get(c)->blocking, want[i].blocking);
    }
}

/* formats/README.md lists exactly the codes of the table, with their severities. */
static void test_readme_matches_table(void **state)
{
    FILE *fp = fopen("formats/README.md", "r");
    char line[2048];
    int seen[FD_COUNT] = {0};
    int rows = 0, in_codes = 0;

    (void)state;
    assert_non_null(fp);
    while (fgets(line, sizeof line, fp)) {
        char code[128], sev[64];
        fd_code c;
        if (strstr(line, "<!-- finding codes: generated"))
            in_codes = 1;
        if (!in_codes || strncmp(line, "| `", 3) != 0)
            continue;
        assert_int_equal(sscanf(line, "| `%127[^`]` | %63s |", code, sev), 2);
        c = fd_lookup(code);
        if (c == FD_NONE)
            fail_msg("formats/README.md lists unknown code %s", code);
        assert_string_equal(sev, fd_severity_name(fd_def_get(c)->severity, LANG_NL));
        assert_int_equal(seen[c], 0);
        seen[c] = 1;
        rows++;
    }
    fclose(fp);
    for (int i = 1; i < FD_COUNT; i++)
        if (!seen[i])
            fail_msg("formats/README.md does not list %s", fd_def_get((fd_code)i)->code);
    assert_int_equal(rows, FD_COUNT - 1);
}

/* Messages substitute both arguments, and missing ones as empty. */
static void test_format(void **state)
{
    static const struct {
        fd_code code;
        const char *a1, *a2;
        int en;
        const char *want;
    } cases[] = {
        {FD_LHN_CHECKSUM, "123456789L01", NULL, 0,
         "loonheffingennummer '123456789L01' voldoet niet aan de elfproef"},
        {FD_LHN_CHECKSUM, "123456789L01", NULL, 1, "payroll tax number '123456789L01' fails the 11-proof"},
        {FD_KVK_LEADING_ZERO, "1234567", "01234567", 0,
         "KvK-nummer '1234567' heeft 7 cijfers; aangevuld tot 01234567"},
        {FD_SERVICE_UNKNOWN, "verzuimm", "verzuim", 1,
         "service 'verzuimm' is unknown; did you mean 'verzuim'?"},
        {FD_NO_BEHEERDER, NULL, NULL, 0, "geen actieve beheerder met EH3 of hoger"},
    };
    char buf[512], small[8];
    finding f;

    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        memset(&f, 0, sizeof f);
        f.code = cases[i].code;
        f.a1 = cases[i].a1;
        f.a2 = cases[i].a2;
        assert_string_equal(fd_format(&f, cases[i].en, buf, sizeof buf), cases[i].want);
    }
    memset(&f, 0, sizeof f);
    f.code = FD_LHN_CHECKSUM;
    f.a1 = "004495445L01";
    assert_string_equal(fd_format(&f, 0, small, sizeof small), "loonhef");
}

/* Severity names come from the catalogue, in the language asked; out of range is empty. */
static void test_severity_names(void **state)
{
    (void)state;
    assert_string_equal(fd_severity_name(FD_FOUT, LANG_NL), "fout");
    assert_string_equal(fd_severity_name(FD_WAARSCHUWING, LANG_NL), "waarschuwing");
    assert_string_equal(fd_severity_name(FD_INFO, LANG_NL), "info");
    assert_string_equal(fd_severity_name(FD_FOUT, LANG_EN), "error");
    assert_string_equal(fd_severity_name(FD_WAARSCHUWING, LANG_EN), "warning");
    assert_string_equal(fd_severity_name(FD_INFO, LANG_EN), "info");
    assert_string_equal(fd_severity_name((fd_severity)(FD_INFO + 1), LANG_EN), "");
}

/* fd_add counts per code and severity; fd_sort orders by file, line, code, then insertion. */
static void test_list(void **state)
{
    mg_pool *pool = pool_new();
    fd_list l;

    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(fd_add(&l, pool, FD_INACTIVE, 1, 9, "status", "a", NULL, NULL), MG_OK);
    assert_int_equal(fd_add(&l, pool, FD_LHN_FORMAT, 0, 3, "x", "b", NULL, "raw"), MG_OK);
    assert_int_equal(fd_add(&l, pool, FD_INACTIVE, 1, 2, "status", "c", NULL, NULL), MG_OK);
    assert_int_equal(fd_add_sev(&l, pool, FD_EMPLOYER_DUPLICATE, FD_INFO, 1, 2, "lhn", "d", "1", NULL),
                     MG_OK);
    assert_int_equal(l.count[FD_INACTIVE], 2);
    assert_int_equal(fd_count_severity(&l, FD_INFO), 3);
    assert_int_equal(fd_count_severity(&l, FD_FOUT), 1);
    fd_sort(&l);
    assert_string_equal(l.v[0].a1, "b");
    assert_string_equal(l.v[1].a1, "d"); /* same line: lower code first */
    assert_string_equal(l.v[2].a1, "c");
    assert_string_equal(l.v[3].a1, "a");
    fd_list_clear(&l);
    fd_list_clear(NULL);
    pool_free(pool);
    pool_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_complete),       cmocka_unit_test(test_spec_codes),
        cmocka_unit_test(test_readme_matches_table), cmocka_unit_test(test_format),
        cmocka_unit_test(test_severity_names),       cmocka_unit_test(test_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
