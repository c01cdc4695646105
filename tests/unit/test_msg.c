/* test_msg.c — the message catalogue: every id in both languages, with the same conversions. */
#include "testutil.h"

#include "error.h"
#include "msg.h"

/* The printf conversions of a format, "%%" left out, each as written ("%s", "%ld", "%.*s"), joined. */
static void conversions(const char *fmt, char *out, size_t size)
{
    size_t n = 0;

    out[0] = '\0';
    for (const char *p = fmt; *p; p++) {
        const char *start = p;
        if (*p != '%')
            continue;
        if (p[1] == '%') {
            p++;
            continue;
        }
        p++;
        while (*p && strchr("-+ #0123456789.*hlLqjzt", *p))
            p++;
        assert_true(*p && strchr("diouxXeEfFgGaAcspm", *p)); /* a complete conversion, never %n */
        int len = (int)(p - start + 1);
        int w = snprintf(out + n, size - n, "%.*s|", len, start);
        assert_true(w > 0 && (size_t)w < size - n);
        n += (size_t)w;
    }
}

/* Every id has a name, and a non-empty text in each language. */
static void test_every_id_in_both_languages(void **state)
{
    (void)state;
    assert_true(MSG_COUNT > 1);
    for (int i = 1; i < MSG_COUNT; i++) {
        const char *name = msg_name((mg_msg)i);
        assert_true(strncmp(name, "MSG_", 4) == 0);
        for (int l = 0; l < LANG_COUNT; l++) {
            const char *t = msg_text((mg_msg)i, (mg_lang)l);
            if (!t[0])
                fail_msg("%s has no %s text", name, msg_lang_code((mg_lang)l));
            if (t[0] == ' ' || (t[strlen(t) - 1] == ' '))
                fail_msg("%s (%s) starts or ends with a space", name, msg_lang_code((mg_lang)l));
        }
        for (int j = 1; j < i; j++)
            assert_string_not_equal(msg_name((mg_msg)j), name);
    }
}

/* The two languages of a message take the same conversions in the same order. */
static void test_same_conversions(void **state)
{
    char nl[512], en[512];

    (void)state;
    for (int i = 1; i < MSG_COUNT; i++) {
        conversions(msg_text((mg_msg)i, LANG_NL), nl, sizeof nl);
        conversions(msg_text((mg_msg)i, LANG_EN), en, sizeof en);
        if (strcmp(nl, en) != 0)
            fail_msg("%s: Dutch takes '%s', English '%s'", msg_name((mg_msg)i), nl, en);
    }
}

/* Out-of-range ids and MSG_NONE give an empty text. */
static void test_out_of_range(void **state)
{
    (void)state;
    assert_string_equal(msg_text(MSG_NONE, LANG_NL), "");
    assert_string_equal(msg_text(MSG_COUNT, LANG_EN), "");
    assert_string_equal(msg_text((mg_msg)-1, LANG_EN), "");
    assert_string_equal(msg_text(MSG_OUT_OF_MEMORY, LANG_COUNT), "");
    assert_string_equal(msg_name(MSG_COUNT), "");
}

/* MG_FAIL fills the detail record in both languages; a NULL record is allowed. */
static void test_fail_both_languages(void **state)
{
    mg_errinfo ei;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(MG_FAIL(&ei, MG_ERR_NOMEM, "x.csv", 3, MSG_OUT_OF_MEMORY), MG_ERR_NOMEM);
    assert_string_equal(ei.file, "x.csv");
    assert_int_equal(ei.line, 3);
    assert_string_equal(ei.msg[LANG_NL], "onvoldoende geheugen");
    assert_string_equal(ei.msg[LANG_EN], "out of memory");
    assert_int_equal(MG_FAIL(NULL, MG_ERR_NOMEM, NULL, 0, MSG_OUT_OF_MEMORY), MG_ERR_NOMEM);
    assert_string_equal(mg_strerror_lang(MG_ERR_WRITE, LANG_NL), "schrijffout");
    assert_string_equal(mg_strerror_lang(MG_ERR_COUNT, LANG_EN), "unknown error");
}

/* Language codes, in any case. */
static void test_lang_codes(void **state)
{
    static const struct {
        const char *code;
        int want;
    } cases[] = {{"nl", LANG_NL}, {"NL", LANG_NL}, {"en", LANG_EN}, {"En", LANG_EN},
                 {"de", -1},      {"", -1},        {"english", -1}, {NULL, -1}};

    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(cases); i++)
        assert_int_equal(msg_lang_parse(cases[i].code), cases[i].want);
    assert_string_equal(msg_lang_code(LANG_NL), "nl");
    assert_string_equal(msg_lang_code(LANG_EN), "en");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_id_in_both_languages),
        cmocka_unit_test(test_same_conversions),
        cmocka_unit_test(test_out_of_range),
        cmocka_unit_test(test_fail_both_languages),
        cmocka_unit_test(test_lang_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
