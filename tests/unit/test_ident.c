/* test_ident.c — table-driven unit tests of ident.c (identifiers, dates, counts). */
#include "testutil.h"
#include "ident.h"

#include <limits.h>

/* A string literal with its explicit length (no NUL counted). */
#define S(lit) lit, (sizeof(lit) - 1)

/* NBSP (U+00A0) in UTF-8. */
#define NBSP "\xC2\xA0"

/* Copy len bytes of s into an exact-size heap buffer, so ASan catches any read past len. */
static char *exact_copy(const char *s, size_t len)
{
    char *p = malloc(len > 0 ? len : 1);

    assert_non_null(p);
    memcpy(p, s, len);
    return p;
}

/* One normalisation case. */
typedef struct norm_case {
    const char *in;
    size_t len;
    size_t outsz;
    size_t want_len; /* (size_t)-1: does not fit */
    const char *want;
} norm_case;

static const norm_case norm_cases[] = {
    {S("004495445L01"), 32, 12, "004495445L01"},
    {S("  004495445l01  "), 32, 12, "004495445L01"},
    {S("004.495.445-L01"), 32, 12, "004495445L01"},
    {S("004 495 445 L 01"), 32, 12, "004495445L01"},
    {S("004" NBSP "495" NBSP "445L01"), 32, 12, "004495445L01"},
    {S(NBSP "\t004495445L01\t" NBSP), 32, 12, "004495445L01"},
    {S("004\t495\t445l01\r\n"), 32, 12, "004495445L01"},
    {S("abc-xyz"), 32, 6, "ABCXYZ"},
    {S("\xC2x"), 32, 2, "\xC2X"},
    {S(""), 32, 0, ""},
    {S("  . - \t "), 32, 0, ""},
    {S("0123456789"), 11, 10, "0123456789"},
    {S("0123456789"), 10, (size_t)-1, ""},
    {S("01.23"), 5, 4, "0123"},
    {S("01.23"), 4, (size_t)-1, ""},
    {"004495445L01XYZ", 12, 32, 12, "004495445L01"},
};

/* id_normalise against norm_cases. */
static void test_normalise(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(norm_cases); i++) {
        const norm_case *c = &norm_cases[i];
        char *in = exact_copy(c->in, c->len);
        char out[64];
        size_t n;

        memset(out, 'Z', sizeof out);
        n = id_normalise(in, c->len, out, c->outsz);
        free(in);
        assert_int_equal(n, c->want_len);
        assert_string_equal(out, c->want);
    }
}

/* id_normalise with outsz 0 never writes. */
static void test_normalise_outsz_zero(void **state)
{
    char out[1] = {'Q'};

    (void)state;
    assert_int_equal(id_normalise(S("12"), out, 0), (size_t)-1);
    assert_int_equal(out[0], 'Q');
}

/* One 11-proof case. */
typedef struct elf_case {
    const char *digits;
    int want;
} elf_case;

static const elf_case elf_cases[] = {
    {"111222333", 1}, {"123456782", 1}, {"123456789", 0}, {"004495445", 1},
    {"000000000", 0}, {"000000012", 1}, {"12345678a", 0},
};

/* id_elfproef against elf_cases. */
static void test_elfproef(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(elf_cases); i++) {
        char *d = exact_copy(elf_cases[i].digits, 9);

        assert_int_equal(id_elfproef(d), elf_cases[i].want);
        free(d);
    }
}

/* A validator of an identifier (id_lhn, id_kvk, id_vestiging). */
typedef id_result (*id_fn)(const char *in, size_t len, char *out);

/* One identifier case. */
typedef struct ident_case {
    id_fn fn;
    const char *in;
    size_t len;
    id_result want;
    const char *want_out;
} ident_case;

static const ident_case ident_cases[] = {
    /* LHN */
    {id_lhn, S("004495445L01"), ID_OK, "004495445L01"},
    {id_lhn, S("111222333L02"), ID_OK, "111222333L02"},
    {id_lhn, S("123456782L01"), ID_OK, "123456782L01"},
    {id_lhn, S("123456789L01"), ID_CHECKSUM, "123456789L01"},
    {id_lhn, S("004495445L00"), ID_SUBNUMBER, "004495445L00"},
    {id_lhn, S("004495445l01"), ID_OK, "004495445L01"},
    {id_lhn, S("004.495.445-L01"), ID_OK, "004495445L01"},
    {id_lhn, S(" 004 495 445 L 01 "), ID_OK, "004495445L01"},
    {id_lhn, S("004" NBSP "495" NBSP "445\tL01"), ID_OK, "004495445L01"},
    {id_lhn, "004495445L01XYZ", 12, ID_OK, "004495445L01"},
    {id_lhn, S("000000000L01"), ID_CHECKSUM, "000000000L01"},
    {id_lhn, S("04495445L01"), ID_FORMAT, ""},
    {id_lhn, S("004495445L1"), ID_FORMAT, ""},
    {id_lhn, S("004495445L011"), ID_FORMAT, ""},
    {id_lhn, S("004495445B01"), ID_FORMAT, ""},
    {id_lhn, S("004495445"), ID_FORMAT, ""},
    {id_lhn, S("00449544AL01"), ID_FORMAT, ""},
    {id_lhn, S("004495445LA1"), ID_FORMAT, ""},
    {id_lhn, S("004495445L01004495445L01004495445L01"), ID_FORMAT, ""},
    {id_lhn, S(""), ID_EMPTY, ""},
    {id_lhn, S(" - . "), ID_EMPTY, ""},
    /* KvK */
    {id_kvk, S("01234567"), ID_OK, "01234567"},
    {id_kvk, S("1234567"), ID_LEADING_ZERO, "01234567"},
    {id_kvk, S(" 1234.567 "), ID_LEADING_ZERO, "01234567"},
    {id_kvk, S("123456789"), ID_FORMAT, ""},
    {id_kvk, S("1234567890"), ID_FORMAT, ""},
    {id_kvk, S("123456"), ID_FORMAT, ""},
    {id_kvk, S("1234567A"), ID_FORMAT, ""},
    {id_kvk, S("abcdefgh"), ID_FORMAT, ""},
    {id_kvk, "12345678999", 8, ID_OK, "12345678"},
    {id_kvk, S(""), ID_EMPTY, ""},
    /* vestigingsnummer */
    {id_vestiging, S("000012345678"), ID_OK, "000012345678"},
    {id_vestiging, S("0000 1234 5678"), ID_OK, "000012345678"},
    {id_vestiging, S("00001234567"), ID_FORMAT, ""},
    {id_vestiging, S("0000123456789"), ID_FORMAT, ""},
    {id_vestiging, S("00001234567X"), ID_FORMAT, ""},
    {id_vestiging, S("\t"), ID_EMPTY, ""},
};

/* id_lhn, id_kvk and id_vestiging against ident_cases. */
static void test_identifiers(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(ident_cases); i++) {
        const ident_case *c = &ident_cases[i];
        char *in = exact_copy(c->in, c->len);
        char out[13];
        id_result r;

        memset(out, 'Z', sizeof out);
        r = c->fn(in, c->len, out);
        free(in);
        assert_int_equal(r, c->want);
        assert_string_equal(out, c->want_out);
    }
}

/* One date case. */
typedef struct date_case {
    const char *in;
    size_t len;
    id_result want;
    const char *want_iso; /* "" unless ID_OK */
} date_case;

static const date_case date_cases[] = {
    {S("2019-11-01"), ID_OK, "2019-11-01"},
    {S("01-11-2019"), ID_OK, "2019-11-01"},
    {S("1-11-2019"), ID_OK, "2019-11-01"},
    {S("1-1-2019"), ID_OK, "2019-01-01"},
    {S("01/11/2019"), ID_OK, "2019-11-01"},
    {S("1/11/2019"), ID_OK, "2019-11-01"},
    {S("01.11.2019"), ID_OK, "2019-11-01"},
    {S("1.1.2019"), ID_OK, "2019-01-01"},
    {S("  2019-11-01\t"), ID_OK, "2019-11-01"},
    {S("1970-01-01"), ID_OK, "1970-01-01"},
    {S("1900-01-01"), ID_OK, "1900-01-01"},
    {S("31-12-9999"), ID_OK, "9999-12-31"},
    {"2019-11-01junk", 10, ID_OK, "2019-11-01"},
    /* leap years */
    {S("2024-02-29"), ID_OK, "2024-02-29"},
    {S("2000-02-29"), ID_OK, "2000-02-29"},
    {S("29-02-2024"), ID_OK, "2024-02-29"},
    {S("2023-02-29"), ID_FORMAT, ""},
    {S("1900-02-29"), ID_FORMAT, ""},
    {S("29.2.2023"), ID_FORMAT, ""},
    /* invalid days and months */
    {S("2019-02-30"), ID_FORMAT, ""},
    {S("31-04-2020"), ID_FORMAT, ""},
    {S("00-01-2020"), ID_FORMAT, ""},
    {S("2020-13-01"), ID_FORMAT, ""},
    {S("2020-00-10"), ID_FORMAT, ""},
    {S("2020-01-00"), ID_FORMAT, ""},
    {S("32-01-2020"), ID_FORMAT, ""},
    /* US order is never accepted */
    {S("12/31/2020"), ID_FORMAT, ""},
    {S("02/13/2020"), ID_FORMAT, ""},
    /* year range */
    {S("1899-12-31"), ID_FORMAT, ""},
    {S("31-12-1899"), ID_FORMAT, ""},
    {S("9999-12-31"), ID_OK, "9999-12-31"},
    {S("10000-01-01"), ID_FORMAT, ""},
    {S("01-01-10000"), ID_FORMAT, ""},
    {S("01-01-0000"), ID_FORMAT, ""},
    /* wrong shapes */
    {S("1-11/2019"), ID_FORMAT, ""},
    {S("1.11-2019"), ID_FORMAT, ""},
    {S("2019/11/01"), ID_FORMAT, ""},
    {S("2019.11.01"), ID_FORMAT, ""},
    {S("2019-1-1"), ID_FORMAT, ""},
    {S("2019-011-01"), ID_FORMAT, ""},
    {S("001-11-2019"), ID_FORMAT, ""},
    {S("01-11-19"), ID_FORMAT, ""},
    {S("01-11-20190"), ID_FORMAT, ""},
    {S("01-11-2019-"), ID_FORMAT, ""},
    {S("01 11 2019"), ID_FORMAT, ""},
    {S("2019-11-01T00:00"), ID_FORMAT, ""},
    {S("01-nov-2019"), ID_FORMAT, ""},
    {S("20191101"), ID_FORMAT, ""},
    {S("2019 - 11 - 01"), ID_FORMAT, ""},
    {S("99999999999-1-2019"), ID_FORMAT, ""},
    {S("-"), ID_FORMAT, ""},
    {S("1--2019"), ID_FORMAT, ""},
    /* empty */
    {S(""), ID_EMPTY, ""},
    {S("   \t "), ID_EMPTY, ""},
};

/* id_date against date_cases. */
static void test_dates(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(date_cases); i++) {
        const date_case *c = &date_cases[i];
        char *in = exact_copy(c->in, c->len);
        int32_t days = INT32_MIN;
        id_result r = id_date(in, c->len, &days);
        char iso[11];

        free(in);
        assert_int_equal(r, c->want);
        if (r == ID_OK) {
            id_format_iso(days, iso);
            assert_string_equal(iso, c->want_iso);
        } else {
            assert_int_equal(days, INT32_MIN);
        }
    }
}

/* One count case. */
typedef struct count_case {
    const char *in;
    size_t len;
    int want_rc;
    long want;
} count_case;

static const count_case count_cases[] = {
    {S("0"), 0, 0},
    {S("42"), 0, 42},
    {S(" 7 "), 0, 7},
    {S("\t007\t"), 0, 7},
    {S("9223372036854775807"), 0, LONG_MAX},
    {"1234", 2, 0, 12},
    {S("-1"), -1, 0},
    {S("+1"), -1, 0},
    {S("1.5"), -1, 0},
    {S("1 000"), -1, 0},
    {S("12a"), -1, 0},
    {S("9223372036854775808"), -1, 0},
    {S("99999999999999999999"), -1, 0},
    {S(""), -1, 0},
    {S("   "), -1, 0},
};

/* id_parse_count against count_cases. */
static void test_count(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(count_cases); i++) {
        const count_case *c = &count_cases[i];
        char *in = exact_copy(c->in, c->len);
        long v = -999;
        int rc = id_parse_count(in, c->len, &v);

        free(in);
        assert_int_equal(rc, c->want_rc);
        assert_int_equal(v, c->want_rc == 0 ? c->want : -999);
    }
}

/* One add-years case: start + n years (- 1 day if minus_one). */
typedef struct years_case {
    const char *start;
    int n;
    int minus_one;
    const char *want;
} years_case;

static const years_case years_cases[] = {
    {"2024-02-29", 1, 0, "2025-02-28"},  {"2024-02-29", 4, 0, "2028-02-29"},
    {"2024-02-29", -1, 0, "2023-02-28"}, {"2019-11-01", 5, 0, "2024-11-01"},
    {"2026-12-01", 5, 1, "2031-11-30"},  {"2020-01-01", 5, 1, "2024-12-31"},
    {"2024-03-01", 5, 1, "2029-02-28"},  {"2023-03-01", 5, 1, "2028-02-29"},
    {"2019-11-01", 0, 0, "2019-11-01"},
};

/* id_add_years against years_cases. */
static void test_add_years(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(years_cases); i++) {
        const years_case *c = &years_cases[i];
        int32_t d = 0;
        char iso[11];

        assert_int_equal(id_date(c->start, 10, &d), ID_OK);
        d = id_add_years(d, c->n) - (c->minus_one ? 1 : 0);
        id_format_iso(d, iso);
        assert_string_equal(iso, c->want);
    }
}

/* One formatting case. */
typedef struct fmt_case {
    int y, m, d;
    int32_t days;
    const char *iso;
    const char *dmy;
} fmt_case;

static const fmt_case fmt_cases[] = {
    {1970, 1, 1, 0, "1970-01-01", "01-01-1970"},      {1970, 1, 2, 1, "1970-01-02", "02-01-1970"},
    {1969, 12, 31, -1, "1969-12-31", "31-12-1969"},   {2000, 3, 1, 11017, "2000-03-01", "01-03-2000"},
    {2019, 11, 1, 18201, "2019-11-01", "01-11-2019"}, {1900, 1, 1, -25567, "1900-01-01", "01-01-1900"},
    {2024, 2, 29, 19782, "2024-02-29", "29-02-2024"}, {9999, 12, 31, 2932896, "9999-12-31", "31-12-9999"},
};

/* id_days_from_civil, id_civil_from_days, id_format_iso, id_format_dmy and id_format_date against fmt_cases.
 */
static void test_format(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(fmt_cases); i++) {
        const fmt_case *c = &fmt_cases[i];
        char iso[11], dmy[11];
        int y, m, d;

        assert_int_equal(id_days_from_civil(c->y, c->m, c->d), c->days);
        id_civil_from_days(c->days, &y, &m, &d);
        assert_int_equal(y, c->y);
        assert_int_equal(m, c->m);
        assert_int_equal(d, c->d);
        id_format_iso(c->days, iso);
        id_format_dmy(c->days, dmy);
        assert_string_equal(iso, c->iso);
        assert_string_equal(dmy, c->dmy);
        id_format_date(c->days, LANG_EN, iso);
        id_format_date(c->days, LANG_NL, dmy);
        assert_string_equal(iso, c->iso);
        assert_string_equal(dmy, c->dmy);
    }
}

/* Every date from 1900-01-01 to 9999-12-31 is consecutive and round-trips; spot-check via id_date. */
static void test_roundtrip(void **state)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int32_t expect = id_days_from_civil(1900, 1, 1);
    int y, m, d;

    (void)state;
    assert_int_equal(expect, -25567);
    for (y = 1900; y <= 9999; y++) {
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

        for (m = 1; m <= 12; m++) {
            int last = dim[m - 1] + (m == 2 && leap);

            for (d = 1; d <= last; d++) {
                int yy, mm, dd;

                if (id_days_from_civil(y, m, d) != expect)
                    fail_msg("days_from_civil(%d-%d-%d)", y, m, d);
                id_civil_from_days(expect, &yy, &mm, &dd);
                if (yy != y || mm != m || dd != d)
                    fail_msg("civil_from_days(%ld)", (long)expect);
                if (d == 1 && m % 3 == 1 && y % 37 == 0) {
                    char iso[11], dmy[11];
                    int32_t p1 = 0, p2 = 0;

                    id_format_iso(expect, iso);
                    id_format_dmy(expect, dmy);
                    assert_int_equal(id_date(iso, 10, &p1), ID_OK);
                    assert_int_equal(id_date(dmy, 10, &p2), ID_OK);
                    assert_int_equal(p1, expect);
                    assert_int_equal(p2, expect);
                }
                expect++;
            }
        }
    }
}

/* Run all ident tests. */
/* An LHN as a number: its 11 digits without the L; equal numbers only for equal LHNs. */
static void test_lhn_key(void **state)
{
    static const struct {
        const char *in;
        uint64_t key;
    } cases[] = {
        {"123456782L01", UINT64_C(12345678201)},
        {"123456782L99", UINT64_C(12345678299)},
        {"123456782l02", UINT64_C(12345678202)}, /* normalised first: lower-case l */
        {" 1234.56.782.L.01 ", UINT64_C(12345678201)},
        {"000000000L01", UINT64_C(1)}, /* the normaliser rejects it (11-proof); the packing alone is exact */
    };
    size_t i;
    char out[13];

    (void)state;
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        id_result r = id_lhn(cases[i].in, strlen(cases[i].in), out);
        if (r != ID_OK)
            memcpy(out, cases[i].in, 13); /* a canonical spelling given as is */
        assert_true(id_lhn_key(out) == cases[i].key);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_normalise), cmocka_unit_test(test_normalise_outsz_zero),
        cmocka_unit_test(test_elfproef),  cmocka_unit_test(test_identifiers),
        cmocka_unit_test(test_dates),     cmocka_unit_test(test_count),
        cmocka_unit_test(test_add_years), cmocka_unit_test(test_format),
        cmocka_unit_test(test_roundtrip), cmocka_unit_test(test_lhn_key),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
