/* test_cp1252.c — the Windows-1252 table (cp1252.c) against glibc's iconv WINDOWS-1252, which migrate used
 * before it had the table and which Windows lacks: every byte one way, every Unicode code point the other,
 * the five undefined bytes, and where a conversion that fails stops. */
#include "testutil.h"

#include <errno.h>
#include <iconv.h>

#include "cp1252.h"

/* cp as UTF-8 in out (4 bytes); its length. */
static size_t utf8_of(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* iconv len bytes of in with cd into out (size bytes): the output length, or -1 with *stop the offset of the
 * input where iconv stopped. */
static long iconv_all(iconv_t cd, const char *in, size_t len, char *out, size_t size, size_t *stop)
{
    char *ip = (char *)in, *op = out;
    size_t il = len, ol = size;

    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1) {
        *stop = (size_t)(ip - in);
        return -1;
    }
    return (long)(op - out);
}

/* Every byte: glibc's UTF-8 for it, or its refusal (the five undefined bytes), is the table's. */
static void test_bytes_to_unicode(void **state)
{
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
    unsigned b, undefined = 0;

    (void)state;
    assert_true(cd != (iconv_t)-1);
    for (b = 0; b < 256; b++) {
        char in = (char)b, want[8], got[CP_UTF8_MAX];
        size_t stop = 0, n = cp_to_utf8((unsigned char)b, got);
        long wn = iconv_all(cd, &in, 1, want, sizeof want, &stop);

        if (wn < 0) {
            assert_int_equal(errno, EILSEQ);
            assert_int_equal(n, 0);
            assert_true(cp_decode((unsigned char)b) == CP_NONE);
            undefined++;
            continue;
        }
        if (n != (size_t)wn || memcmp(want, got, n) != 0)
            fail_msg("byte 0x%02X: glibc gives %ld bytes, the table %zu", b, wn, n);
        {
            char again[4];
            assert_int_equal(utf8_of(cp_decode((unsigned char)b), again), n);
            assert_memory_equal(again, got, n);
        }
    }
    assert_int_equal(undefined, 5);
    for (b = 0; b < 5; b++) {
        static const unsigned char none[5] = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
        char got[CP_UTF8_MAX];
        assert_int_equal(cp_to_utf8(none[b], got), 0);
    }
    iconv_close(cd);
}

/* Every Unicode code point (surrogates aside): glibc's byte for it, its refusal, or its dropping it (the tag
 * characters), is the table's. */
static void test_unicode_to_bytes(void **state)
{
    iconv_t cd = iconv_open("WINDOWS-1252", "UTF-8");
    uint32_t cp;
    unsigned held = 0, dropped = 0;

    (void)state;
    assert_true(cd != (iconv_t)-1);
    for (cp = 0; cp <= 0x10FFFF; cp++) {
        char in[4], want[8], got[4];
        size_t len, stop = 0, bad = 99, n;
        long wn;
        int b;

        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        len = utf8_of(cp, in);
        wn = iconv_all(cd, in, len, want, sizeof want, &stop);
        b = cp_encode(cp);
        n = cp_from_utf8(in, len, got, &bad);
        if (wn < 0) {
            if (b != -1 || n != CP_FAILED || bad != 0 || stop != 0)
                fail_msg("U+%04X: glibc refuses it, the table gives %d", (unsigned)cp, b);
            continue;
        }
        if (wn == 0) { /* a tag character: glibc drops it */
            if (n != 0 || cp < 0xE0000 || cp > 0xE007F)
                fail_msg("U+%04X: glibc drops it, the table gives %zu bytes", (unsigned)cp, n);
            dropped++;
            continue;
        }
        if (wn != 1 || b != (unsigned char)want[0] || n != 1 || got[0] != want[0])
            fail_msg("U+%04X: glibc gives 0x%02X, the table %d", (unsigned)cp, (unsigned char)want[0], b);
        held++;
    }
    assert_int_equal(held, 251);     /* 256 bytes but the five undefined */
    assert_int_equal(dropped, 0x80); /* U+E0000–U+E007F */
    iconv_close(cd);
}

/* A text with a character Windows-1252 cannot hold, or bytes that are not UTF-8, fails where glibc stops; a
 * text it can hold converts as glibc converts it. */
static void test_texts(void **state)
{
    static const char *const texts[] = {
        "Caf\xC3\xA9 \xE2\x82\xAC 5,- \xC5\xA0koda \xE2\x80\x9Cquote\xE2\x80\x9D \xC5\xB8",
        "\xC5\x81\xC3\xB3\xC3\xB3"
        "d\xC5\xBA", /* Łóódź: Ł and ź are not in it */
        "ab\xC2\x81"
        "cd",                      /* U+0081: undefined */
        "Zo\xC3\xAB \xE4\xB8\xAD", /* a CJK character after Zoë */
        "x\xC3(y",                 /* a cut sequence */
        "x\xE2\x82",               /* cut at the end */
        "x\xED\xA0\x80y",          /* an encoded surrogate */
        "x\xC0\xAFy",              /* overlong */
        "x\xF4\x90\x80\x80y",      /* past U+10FFFF */
        "x\x80y",                  /* a stray continuation byte */
        "\xEF\xBB\xBF"
        "bom", /* U+FEFF */
        "tag\xF3\xA0\x80\x81s\xF3\xA0\x81\xBF",
        "tab\tnul",
        "",
    };
    iconv_t cd = iconv_open("WINDOWS-1252", "UTF-8");
    size_t i;

    (void)state;
    assert_true(cd != (iconv_t)-1);
    for (i = 0; i < ARRAY_LEN(texts); i++) {
        const char *s = texts[i];
        size_t len = strlen(s), stop = 0, bad = 0, n;
        char want[64], got[64];
        long wn = iconv_all(cd, s, len, want, sizeof want, &stop);

        n = cp_from_utf8(s, len, got, &bad);
        if (wn < 0) {
            if (n != CP_FAILED || bad != stop)
                fail_msg("text %zu: glibc stops at byte %zu, the table at %zu (n %zu)", i, stop, bad, n);
        } else {
            if (n != (size_t)wn || memcmp(got, want, n) != 0)
                fail_msg("text %zu: the table converts it otherwise than glibc", i);
        }
    }
    iconv_close(cd);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bytes_to_unicode),
        cmocka_unit_test(test_unicode_to_bytes),
        cmocka_unit_test(test_texts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
