/* test_translit.c — the transliteration table the Windows build uses for the letters' file names (translit.c)
 * against glibc's iconv ASCII//TRANSLIT in C.UTF-8, which the Linux build asks (pf_ascii): every code point
 * of the table's blocks, then whole names — every field of the repository's CSV files — at several buffer
 * sizes. */
#include "testutil.h"

#include <errno.h>
#include <glob.h>
#include <iconv.h>
#include <locale.h>

#include "platform.h"
#include "translit.h"

/* cp as UTF-8 in out (5 bytes), NUL-terminated. */
static void utf8_of(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp, out[1] = '\0';
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6)), out[1] = (char)(0x80 | (cp & 0x3F)), out[2] = '\0';
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)), out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)), out[3] = '\0';
    } else {
        out[0] = (char)(0xF0 | (cp >> 18)), out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), out[3] = (char)(0x80 | (cp & 0x3F)), out[4] = '\0';
    }
}

/* glibc's ASCII//TRANSLIT of the one character s, in C.UTF-8, in out (64 bytes). */
static void glibc_translit(iconv_t cd, const char *s, char *out)
{
    char *ip = (char *)s, *op = out;
    size_t il = strlen(s), ol = 63;

    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1)
        fail_msg("glibc refuses U+%04X (errno %d)", (unsigned)s[0], errno);
    *op = '\0';
}

/* Every code point of TL_RANGES: the table's ASCII is glibc's; outside them the table gives "?". */
static void test_every_code_point(void **state)
{
    static const uint32_t ranges[][2] = TL_RANGES;
    locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0), old;
    iconv_t cd;
    size_t r;
    unsigned checked = 0, outside_differ = 0;
    uint32_t cp;

    (void)state;
    assert_non_null(loc);
    old = uselocale(loc);
    cd = iconv_open("ASCII//TRANSLIT", "UTF-8");
    assert_true(cd != (iconv_t)-1);
    for (r = 0; r < ARRAY_LEN(ranges); r++)
        for (cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
            char in[5], want[64];
            utf8_of(cp, in);
            glibc_translit(cd, in, want);
            if (strcmp(want, tl_lookup(cp)) != 0)
                fail_msg("U+%04X: glibc gives \"%s\", the table \"%s\"", (unsigned)cp, want, tl_lookup(cp));
            checked++;
        }
    /* outside the table: "?" (where glibc sometimes knows better, a word break in a file name) */
    for (cp = 0x80; cp <= 0x10FFFF; cp++) {
        char in[5], want[64];
        int inside = 0;
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        for (r = 0; r < ARRAY_LEN(ranges); r++)
            inside |= cp >= ranges[r][0] && cp <= ranges[r][1];
        if (inside)
            continue;
        assert_string_equal(tl_lookup(cp), "?");
        utf8_of(cp, in);
        glibc_translit(cd, in, want);
        outside_differ += strcmp(want, "?") != 0;
    }
    print_message("translit: %u code points as glibc's; outside the table glibc transliterates %u others\n",
                  checked, outside_differ);
    iconv_close(cd);
    uselocale(old);
    freelocale(loc);
}

/* tl_ascii and pf_ascii (glibc) give the same for s at every size in sizes; 1 when they differ. */
static int same_both_ways(const char *s)
{
    static const size_t sizes[] = {1, 2, 5, 8, 17, 64, 513};
    size_t k;

    for (k = 0; k < ARRAY_LEN(sizes); k++) {
        char want[513], got[513];
        pf_ascii(s, want, sizes[k]);
        tl_ascii(s, got, sizes[k]);
        if (strcmp(want, got) != 0) {
            print_error("'%s' (size %zu): glibc \"%s\", the table \"%s\"\n", s, sizes[k], want, got);
            return 1;
        }
    }
    return 0;
}

/* Names made up for the edges: every kind of character the table knows, and bytes that are not UTF-8. */
static void test_names(void **state)
{
    static const char *const names[] = {
        "Bakkerij \xC3\x96zt\xC3\xBCrk & Zn.",
        "Caf\xC3\xA9 't Hoekje",
        "\xC4\xB2sselmonde B.V.",
        "Ya\xC5\x9F\xC4\xB1n \xC3\x87"
        "elik",
        "Stra\xC3\x9F"
        "e \xE1\xBA\x9E \xC3\x86\xC3\x98\xC3\x85 \xC5\x92uvre",
        "O\xE2\x80\x99"
        "Brien \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC 5",
        "e\xCC\x81"
        "e\xCC\x88n (decomposed)",
        "\xEF\xBC\xAA\xEF\xBD\x81\xEF\xBD\x8E (full width)",
        "\xEF\xAC\x81"
        "ne \xEF\xAC\x82"
        "ower",
        "\xE4\xB8\xAD\xE5\x8D\x8E Trading",
        "\xCE\xB1\xCE\xB2\xCE\xB3 \xD0\xB6",
        "\xE2\x80\xAE"
        "evil\xE2\x80\x8B"
        "zero\xE2\x81\xA0width\xEF\xBB\xBF",
        "bad \xFF byte \xC3( cut \xE2\x82",
        "\xE2\x80\xA6\xE2\x80\xA6\xE2\x80\xA6\xE2\x80\xA6\xE2\x80\xA6\xE2\x80\xA6",
        "\xC3\x80\xC3\x81\xC3\x82\xC3\x83\xC3\x84\xC3\x85\xC3\x86\xC3\x87\xC3\x88\xC3\x89",
        "",
    };
    size_t i;
    int bad = 0;

    (void)state;
    for (i = 0; i < ARRAY_LEN(names); i++)
        bad |= same_both_ways(names[i]);
    assert_int_equal(bad, 0);
}

/* Every field of the repository's CSV files (the demo, the end-to-end and bad-input cases). */
static void test_csv_fields(void **state)
{
    static const char *const patterns[] = {"samples/*/*.csv", "tests/cases/*/portfolio/*.csv",
                                           "tests/bad/*/portfolio/*.csv"};
    size_t p, i, fields = 0;
    int bad = 0;

    (void)state;
    for (p = 0; p < ARRAY_LEN(patterns); p++) {
        glob_t g;
        if (glob(patterns[p], 0, NULL, &g) != 0)
            continue;
        for (i = 0; i < g.gl_pathc; i++) {
            FILE *fp = fopen(g.gl_pathv[i], "rb");
            char line[4096];
            assert_non_null(fp);
            while (fgets(line, sizeof line, fp)) {
                char *save = NULL, *f;
                for (f = strtok_r(line, ";,\t|\r\n", &save); f; f = strtok_r(NULL, ";,\t|\r\n", &save)) {
                    bad |= same_both_ways(f);
                    fields++;
                }
            }
            fclose(fp);
        }
        globfree(&g);
    }
    print_message("translit: %zu fields of the repository's CSV files alike\n", fields);
    assert_true(fields > 1000);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_code_point),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_csv_fields),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
