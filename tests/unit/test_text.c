/* test_text.c — hostile text: UTF-8 decoding, the output sanitiser, the terminal escaper, invisible
 * characters. */
#include "testutil.h"

#include "text.h"

/* 1 if len bytes of s are valid UTF-8 without C0 (but TAB, and CR LF when breaks), U+FFFE, U+FFFF. */
static int is_clean_utf8(const char *s, size_t len, int breaks)
{
    size_t i = 0;

    while (i < len) {
        uint32_t cp;
        size_t n = tx_decode(s + i, len - i, &cp);
        if (cp == TX_BAD || cp == 0xFFFE || cp == 0xFFFF)
            return 0;
        if (cp < 0x20 && cp != '\t' && !(breaks && (cp == '\r' || cp == '\n')))
            return 0;
        i += n;
    }
    return 1;
}

/* 1 if s holds no byte below 0x20 (but LF when lf) and no DEL. */
static int no_control_bytes(const char *s, size_t len, int lf)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        if ((b < 0x20 && !(lf && b == '\n')) || b == 0x7F)
            return 0;
    }
    return 1;
}

/* One decoding: bytes in, length and code point out. */
static const struct {
    const char *in;
    size_t len, want_n;
    uint32_t want_cp;
} decodes[] = {
    {"a", 1, 1, 'a'},
    {"\x1b", 1, 1, 0x1B},
    {"\xC3\xA9", 2, 2, 0xE9},
    {"\xC2\x9B", 2, 2, 0x9B},            /* C1 CSI */
    {"\xE2\x80\x8B", 3, 3, 0x200B},      /* zero-width space */
    {"\xEF\xBF\xBE", 3, 3, 0xFFFE},      /* noncharacter, decoded: the caller decides */
    {"\xF0\x9F\x98\x80", 4, 4, 0x1F600}, /* emoji */
    {"\xED\xA0\x80", 3, 1, TX_BAD},      /* encoded surrogate U+D800 */
    {"\xED\xBF\xBF", 3, 1, TX_BAD},      /* encoded surrogate U+DFFF */
    {"\xC0\x80", 2, 1, TX_BAD},          /* overlong NUL */
    {"\xE0\x80\xAF", 3, 1, TX_BAD},      /* overlong '/' */
    {"\xF4\x90\x80\x80", 4, 1, TX_BAD},  /* above U+10FFFF */
    {"\xE2\x80", 2, 1, TX_BAD},          /* truncated */
    {"\x80", 1, 1, TX_BAD},              /* stray continuation byte */
    {"\xFF", 1, 1, TX_BAD},
    {"\xE2\x28\xA1", 3, 1, TX_BAD}, /* bad continuation */
};

/* Every decoding of the table. */
static void test_decode(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(decodes); i++) {
        uint32_t cp = 0;
        size_t n = tx_decode(decodes[i].in, decodes[i].len, &cp);
        if (n != decodes[i].want_n || cp != decodes[i].want_cp)
            fail_msg("decode %zu: got %zu bytes, U+%04X", i, n, (unsigned)cp);
    }
}

/* Code points and whether they are invisible (bidi controls, zero-width characters). */
static const struct {
    uint32_t cp;
    int invisible;
} invisibles[] = {
    {0x200B, 1}, {0x200C, 1}, {0x200D, 1}, {0x200E, 1}, {0x200F, 1}, {0x202A, 1}, {0x202B, 1},
    {0x202C, 1}, {0x202D, 1}, {0x202E, 1}, {0x2060, 1}, {0x2066, 1}, {0x2067, 1}, {0x2068, 1},
    {0x2069, 1}, {0xFEFF, 1}, {0x200A, 0}, {0x2010, 0}, {0x2029, 0}, {0x202F, 0}, {0x2061, 0},
    {0x2065, 0}, {0x206A, 0}, {0xFEFE, 0}, {'a', 0},    {0xE9, 0},   {0x00A0, 0},
};

/* tx_invisible against the table. */
static void test_invisible(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(invisibles); i++)
        if (tx_invisible(invisibles[i].cp) != invisibles[i].invisible)
            fail_msg("U+%04X: invisible should be %d", (unsigned)invisibles[i].cp, invisibles[i].invisible);
}

/* Sanitising: bytes in, flags, exact bytes out. */
static const struct {
    const char *in;
    unsigned flags;
    const char *want;
} sanitised[] = {
    {"plain text", 0, "plain text"},
    {"tab\tkept", 0, "tab\tkept"},
    {"Caf\xC3\xA9 \xE2\x82\xAC", 0, "Caf\xC3\xA9 \xE2\x82\xAC"},
    {"a\x1b]0;x\x07", 0, "a" TX_REPLACEMENT "]0;x" TX_REPLACEMENT},
    {"line\nbreak\r", 0, "line" TX_REPLACEMENT "break" TX_REPLACEMENT},
    {"line\r\nbreak", TX_KEEP_BREAKS, "line\r\nbreak"},
    {"x\x01y", TX_KEEP_BREAKS, "x" TX_REPLACEMENT "y"},
    {"\xEF\xBF\xBE\xEF\xBF\xBF", 0, TX_REPLACEMENT TX_REPLACEMENT},
    {"\xED\xA0\x80", 0, TX_REPLACEMENT TX_REPLACEMENT TX_REPLACEMENT}, /* each byte of a surrogate */
    {"\xFF", 0, TX_REPLACEMENT},
    {"a\x1b", TX_ASCII_REPL, "a?"},
    {"\x7F\xC2\x9B", 0, "\x7F\xC2\x9B"}, /* DEL and C1 are allowed in XML and CSV */
    {"a\r\nb\n\x0b", TX_KEEP_LF, "a" TX_REPLACEMENT "\nb\n" TX_REPLACEMENT},
    {"\x7F\xC2\x9B\xC2\x9F\xC2\xA0~", TX_NO_C1, TX_REPLACEMENT TX_REPLACEMENT TX_REPLACEMENT "\xC2\xA0~"},
    {"x\n\x7F\ty", TX_KEEP_LF | TX_NO_C1, "x\n" TX_REPLACEMENT "\ty"},
    {"j\xE2\x80\x8B"
     "d",
     0,
     "j\xE2\x80\x8B"
     "d"}, /* invisible characters are findings, not replaced */
    {"", 0, ""},
};

/* Every sanitising of the table, tx_clean agreeing, and the output always clean. */
static void test_sanitise(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(sanitised); i++) {
        const char *in = sanitised[i].in;
        size_t len = strlen(in), n;
        char *out = malloc(TX_SANITISED_MAX(len));
        assert_non_null(out);
        n = tx_sanitise(in, len, sanitised[i].flags, out);
        if (n != strlen(sanitised[i].want) || memcmp(out, sanitised[i].want, n) || out[n] != '\0')
            fail_msg("sanitise %zu: got [%s]", i, out);
        assert_int_equal(tx_clean(in, len, sanitised[i].flags), !strcmp(in, sanitised[i].want));
        assert_true(n + 1 <= TX_SANITISED_MAX(len));
        free(out);
        out = tx_sanitise_dup(in, len, sanitised[i].flags, &n);
        assert_non_null(out);
        assert_string_equal(out, sanitised[i].want);
        free(out);
    }
}

/* Escaping for a terminal: bytes in, flags, exact text out. */
static const struct {
    const char *in;
    unsigned flags;
    const char *want;
} escaped[] = {
    {"plain", 0, "plain"},
    {"\x1b]0;pwned\x07\x1b[2J", 0, "\\x1b]0;pwned\\x07\\x1b[2J"},
    {"a\tb\nc\rd", 0, "a\\x09b\\x0ac\\x0dd"},
    {"a\nb", TX_KEEP_LF, "a\nb"},
    {"a\r\nb", TX_KEEP_LF, "a\\x0d\nb"},
    {"del\x7F", 0, "del\\x7f"},
    {"csi\xC2\x9B"
     "2J",
     0, "csi\\u009b2J"},
    {"jde\xE2\x80\x8Bvries", 0, "jde\\u200bvries"},
    {"evil\xE2\x80\xAEtxt.exe", 0, "evil\\u202etxt.exe"},
    {"\xEF\xBB\xBFx", 0, "\\ufeffx"},
    {"\xEF\xBF\xBE", 0, "\\ufffe"},
    {"bad\xFF\xC3", 0, "bad\\xff\\xc3"},
    {"\xED\xA0\x80", 0, "\\xed\\xa0\\x80"},
    {"Caf\xC3\xA9 \xE2\x82\xAC", 0, "Caf\xC3\xA9 \xE2\x82\xAC"},
    {"\xC2\x80\xC2\x9F\xC2\xA0", 0, "\\u0080\\u009f\xC2\xA0"},
    {"", 0, ""},
};

/* Every escaping of the table, tx_terminal_safe agreeing, and no control byte ever out. */
static void test_escape(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(escaped); i++) {
        const char *in = escaped[i].in;
        size_t len = strlen(in), n;
        char *out = malloc(TX_ESCAPED_MAX(len));
        assert_non_null(out);
        n = tx_escape(in, len, escaped[i].flags, out);
        if (n != strlen(escaped[i].want) || memcmp(out, escaped[i].want, n) || out[n] != '\0')
            fail_msg("escape %zu: got [%s]", i, out);
        assert_int_equal(tx_terminal_safe(in, len, escaped[i].flags), !strcmp(in, escaped[i].want));
        assert_true(no_control_bytes(out, n, (escaped[i].flags & TX_KEEP_LF) != 0));
        free(out);
        out = tx_escape_dup(in, len, escaped[i].flags);
        assert_non_null(out);
        assert_string_equal(out, escaped[i].want);
        free(out);
    }
}

/* Removing invisible characters: bytes in, bytes out. */
static const struct {
    const char *in, *want;
} stripped[] = {
    {"jde\xE2\x80\x8Bvries", "jdevries"},
    {"\xE2\x80\xAE"
     "004495445L01\xE2\x81\xA0",
     "004495445L01"},
    {"\xEF\xBB\xBF\xEF\xBB\xBF", ""},
    {"caf\xC3\xA9", "caf\xC3\xA9"},
    {"a\xFF"
     "b",
     "a\xFF"
     "b"},
};

/* Every removal of the table. */
static void test_strip(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(stripped); i++) {
        char buf[64];
        size_t n;
        snprintf(buf, sizeof buf, "%s", stripped[i].in);
        n = tx_strip_invisible(buf, strlen(buf));
        assert_int_equal(n, strlen(stripped[i].want));
        assert_memory_equal(buf, stripped[i].want, n);
        assert_int_equal(buf[n], '\0');
    }
}

/*
 * Every table input cut at every length and at every start (each piece as a
 * chunk a caller might hand over): the sanitiser's output is always clean
 * UTF-8 and the escaper's output never holds a control byte.
 */
static void test_every_chunk(void **state)
{
    const char *inputs[ARRAY_LEN(sanitised) + ARRAY_LEN(escaped)];
    size_t ninputs = 0;

    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(sanitised); i++)
        inputs[ninputs++] = sanitised[i].in;
    for (size_t i = 0; i < ARRAY_LEN(escaped); i++)
        inputs[ninputs++] = escaped[i].in;
    for (size_t i = 0; i < ninputs; i++) {
        size_t len = strlen(inputs[i]);
        for (size_t start = 0; start <= len; start++)
            for (size_t n = 0; start + n <= len; n++) {
                char out[TX_ESCAPED_MAX(64)];
                size_t m;
                assert_true(len < 64);
                m = tx_sanitise(inputs[i] + start, n, 0, out);
                assert_true(is_clean_utf8(out, m, 0));
                assert_true(tx_clean(out, m, 0));
                m = tx_sanitise(inputs[i] + start, n, TX_KEEP_BREAKS, out);
                assert_true(is_clean_utf8(out, m, 1));
                m = tx_escape(inputs[i] + start, n, 0, out);
                assert_true(no_control_bytes(out, m, 0));
                assert_true(tx_terminal_safe(out, m, 0));
            }
    }
}

/* tx_scan: blanks trimmed, the first forbidden and first invisible character, a tab only when folded. */
static void test_scan(void **state)
{
    static const struct {
        const char *in;
        unsigned flags;
        int fold_tabs;
        const char *trimmed;
        uint32_t ctl;
        int bad;
        uint32_t inv;
    } rows[] = {
        {"  plain \r\n", 0, 0, "plain", 0, 0, 0},
        {"a\x1b"
         "b",
         0, 0,
         "a\x1b"
         "b",
         0x1B, 1, 0},
        {"a\nb", 0, 0, "a\nb", '\n', 0, 0},
        {"a\nb", TX_KEEP_BREAKS, 0, "a\nb", 0, 0, 0},
        {"a\tb", 0, 0, "a\tb", 0, 0, 0},
        {"a\tb", 0, 1, "a\tb", '\t', 0, 0},
        {"12\xE2\x80\x8B"
         "34\xE2\x80\x8F",
         0, 0,
         "12\xE2\x80\x8B"
         "34\xE2\x80\x8F",
         0, 0, 0x200B},
        {"x\xFFy\xE2\x80\xAE", 0, 0, "x\xFFy\xE2\x80\xAE", TX_BAD, 1, 0x202E},
        {" \t ", 0, 0, "", 0, 0, 0},
    };
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(rows); i++) {
        tx_scan_result r;
        tx_scan(rows[i].in, strlen(rows[i].in), rows[i].flags, rows[i].fold_tabs, &r);
        assert_int_equal(r.len, strlen(rows[i].trimmed));
        assert_memory_equal(r.s, rows[i].trimmed, r.len);
        assert_int_equal(r.ctl, rows[i].ctl);
        assert_int_equal(r.bad, rows[i].bad);
        assert_int_equal(r.inv, rows[i].inv);
    }
}

/* tx_clean the slow way: every character decoded and looked at. */
static int clean_slowly(const char *s, size_t len, unsigned flags)
{
    size_t i = 0;

    while (i < len) {
        uint32_t cp;
        i += tx_decode(s + i, len - i, &cp);
        if (tx_forbidden(cp, flags))
            return 0;
    }
    return 1;
}

/* tx_clean, which passes printable ASCII eight bytes at a time, agrees with the slow way for every special
 * byte or sequence at every position of every length up to 40 (so in every byte of a word and across
 * words), under every flag. */
static void test_clean_words(void **state)
{
    static const char *const specials[] = {"\x00",
                                           "\x01",
                                           "\t",
                                           "\n",
                                           "\r",
                                           "\x1F",
                                           " ",
                                           "~",
                                           "\x7F",
                                           "\x80",
                                           "\xFF",
                                           "\xC2\x85",
                                           "\xC2\xA0",
                                           "\xEF\xBF\xBE",
                                           "\xE2\x80\x8B",
                                           "\xC3\xA9",
                                           "\xED\xA0\x80",
                                           "\xF0\x9F\x98\x80"};
    static const size_t speclen[] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 2, 3, 4};
    static const unsigned flags[] = {0, TX_KEEP_BREAKS, TX_KEEP_LF, TX_NO_C1};
    char buf[64];
    size_t k, len, pos, f;

    (void)state;
    for (k = 0; k < ARRAY_LEN(specials); k++)
        for (len = speclen[k]; len <= 40; len++)
            for (pos = 0; pos + speclen[k] <= len; pos++) {
                memset(buf, 'a', len);
                memcpy(buf + pos, specials[k], speclen[k]);
                for (f = 0; f < ARRAY_LEN(flags); f++)
                    assert_int_equal(tx_clean(buf, len, flags[f]), clean_slowly(buf, len, flags[f]));
            }
    for (len = 0; len <= 40; len++) { /* all printable: clean, at every length */
        memset(buf, '~', len);
        assert_true(tx_clean(buf, len, 0));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode), cmocka_unit_test(test_invisible),   cmocka_unit_test(test_sanitise),
        cmocka_unit_test(test_escape), cmocka_unit_test(test_strip),       cmocka_unit_test(test_every_chunk),
        cmocka_unit_test(test_scan),   cmocka_unit_test(test_clean_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
