/* test_ini.c — the one INI reader: each rule once, and the line and byte offset of a bad byte anywhere. */
#include "testutil.h"

#include <sys/stat.h>
#include <unistd.h>

#include "ini.h"

/* Keys of the test schema with a rule of their own. */
static const in_key test_keys[] = {
    {"liste", NULL, 1},
    {"codering", "encoding", 0},
};

/* Sections keep counting across repeated headers (like portfolio.ini). */
static const in_schema schema_across = {{"dit bestand", "this file"}, 0, MSG_NONE, test_keys,
                                        ARRAY_LEN(test_keys),         0};

/* Each header starts afresh (like a catalogue, which refuses repeated sections itself). */
static const in_schema schema_fresh = {
    {"dit bestand", "this file"}, 1, MSG_CAT_ALIASES_ON_ONE_LINE, test_keys, ARRAY_LEN(test_keys), 1};

/* What the callbacks saw. */
typedef struct seen {
    int sections, keys;
    char last_section[64];
} seen;

/* Sections [a], [b] and [fail at end] are known; others are refused. */
static int on_section(in_parser *ip, const char *name, size_t len)
{
    seen *s = ip->user;

    s->sections++;
    snprintf(s->last_section, sizeof s->last_section, "%.*s", (int)len, name);
    if ((len == 1 && (name[0] == 'a' || name[0] == 'b')) || (len == 11 && !memcmp(name, "fail at end", 11)))
        return 1;
    return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CFG_UNKNOWN_SECTION, (int)len, name);
}

/* Every key is accepted but 'bad'; a key before any section is refused. */
static int on_key(in_parser *ip, const char *section, const char *name, const char *value)
{
    seen *s = ip->user;

    (void)value;
    s->keys++;
    if (!*section)
        return in_error_texts(ip, ip->line, MG_ERR_CONFIG, "sleutel voor de eerste sectie",
                              "key comes before any section");
    if (!strcmp(name, "bad"))
        return in_error_texts(ip, ip->line, MG_ERR_CONFIG, "foute sleutel", "bad key");
    return 1;
}

/* The end of the file: refused after [fail at end]. */
static int on_end(in_parser *ip)
{
    seen *s = ip->user;

    if (!strcmp(s->last_section, "fail at end"))
        return in_error_texts(ip, 0, MG_ERR_CONFIG, "geweigerd aan het eind", "refused at the end");
    return 1;
}

/* One INI text and what reading it must give. */
typedef struct ini_case {
    const char *label;
    const char *text;
    size_t len; /* 0: strlen(text) */
    int fresh;  /* schema_fresh instead of schema_across */
    mg_error err;
    long line;
    const char *msg; /* part of the message */
} ini_case;

#define L198                                                                                                 \
    "k = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  \
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

static const ini_case cases[] = {
    {"valid: comments, BOM, CRLF, inline comment, indented comment, blank lines",
     "\xEF\xBB\xBF# c\r\n[a]\r\n  k = v ; inline\r\n  # indented comment\r\n\r\nliste = 1\nliste = 2\n[b]\nk "
     "= w\n",
     0, 0, MG_OK, 0, NULL},
    {"a line of exactly the longest length", "[a]\n" L198 "\n", 0, 0, MG_OK, 0, NULL},
    {"one byte longer", "[a]\n" L198 "x\n", 0, 0, MG_ERR_CONFIG, 2, "line 2 is longer than 198 characters"},
    {"a CR counts", "[a]\n" L198 "\r\n", 0, 0, MG_ERR_CONFIG, 2, "longer than 198"},
    {"too long without a final line break", "[a]\n" L198 "x", 0, 0, MG_ERR_CONFIG, 2, "longer than 198"},
    {"invalid UTF-8", "[a]\nk = Caf\xE9\n", 0, 0, MG_ERR_CONFIG, 2,
     "not valid UTF-8: byte 0xE9 at line 2 (byte offset 11); save this file as UTF-8"},
    {"overlong UTF-8", "[a]\nk = \xC0\xAF\n", 0, 0, MG_ERR_CONFIG, 2, "byte 0xC0 at line 2 (byte offset 8)"},
    {"UTF-8 cut off at the end", "[a]\nk = \xE2\x82", 0, 0, MG_ERR_CONFIG, 2, "byte 0xE2 at line 2"},
    {"NUL byte", "[a]\nk = a\0b\n", 10, 0, MG_ERR_CONFIG, 2, "NUL byte at line 2 (byte offset 9)"},
    {"indented continuation", "[a]\nk = v\n  w\n", 0, 0, MG_ERR_CONFIG, 3, "would continue key 'k'"},
    {"indented header after a key", "[a]\nk = v\n  [b]\n", 0, 0, MG_ERR_CONFIG, 3, "would continue key 'k'"},
    {"header without ]", "[a]\n[b\n", 0, 0, MG_ERR_CONFIG, 2, "no closing ']'"},
    {"line without =", "[a]\nk v\n", 0, 0, MG_ERR_CONFIG, 2, "cannot read this line"},
    {"unknown section (callback)", "[a]\n[c]\n", 0, 0, MG_ERR_CONFIG, 2, "unknown section [c]"},
    {"key before any section (callback)", "k = v\n", 0, 0, MG_ERR_CONFIG, 1, "before any section"},
    {"repeated key", "[a]\nk = 1\nk = 2\n", 0, 0, MG_ERR_CONFIG, 3,
     "key 'k' is given twice in [a] (first on line 2); give it once"},
    {"repeated key in another case", "[a]\nk = 1\nK = 2\n", 0, 0, MG_ERR_CONFIG, 3, "given twice"},
    {"repeated key across a repeated section", "[a]\nk = 1\n[b]\nk = 2\n[a]\nk = 3\n", 0, 0, MG_ERR_CONFIG, 6,
     "first on line 2"},
    {"a fresh schema starts each section afresh", "[a]\nk = 1\n[a]\nk = 3\n", 0, 1, MG_OK, 0, NULL},
    {"the schema's words", "[a]\nk = 1\nk = 2\n", 0, 1, MG_ERR_CONFIG, 3,
     "in section [a] (first on line 2); put all its aliases on one line, separated by commas"},
    {"synonym", "[a]\ncodering = x\nencoding = y\n", 0, 0, MG_ERR_CONFIG, 3, "key 'encoding' is given twice"},
    {"synonym as a suffix", "[a]\nw_encoding = x\nw_codering = y\n", 0, 0, MG_ERR_CONFIG, 3,
     "key 'w_codering' is given twice"},
    {"suffixes of different prefixes", "[a]\nw_encoding = x\ng_codering = y\nencoding = z\n", 0, 0, MG_OK, 0,
     NULL},
    {"first error kept: a key error before a bad byte", "[a]\nbad = 1\nk = \xE9\n", 0, 0, MG_ERR_CONFIG, 2,
     "bad key"},
    {"first error kept: a bad byte before a key error", "[a]\nk = \xE9\nbad = 1\n", 0, 0, MG_ERR_CONFIG, 2,
     "byte 0xE9"},
    {"an error at the end", "[fail at end]\n", 0, 0, MG_ERR_CONFIG, 0, "refused at the end"},
    {"no error at the end after an earlier one", "[fail at end]\nbad = 1\n", 0, 0, MG_ERR_CONFIG, 2,
     "bad key"},
};

/* Parse one text with the test callbacks. */
static mg_error parse(const char *text, size_t len, int fresh, mg_errinfo *ei)
{
    seen s;
    in_hooks hooks = {on_section, on_key, on_end, &s};

    memset(&s, 0, sizeof s);
    memset(ei, 0, sizeof *ei);
    return in_parse("t.ini", text, len, fresh ? &schema_fresh : &schema_across, &hooks, ei);
}

/* Every rule once. */
static void test_rules(void **state)
{
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        const ini_case *c = &cases[i];
        size_t len = c->len ? c->len : strlen(c->text);
        mg_errinfo ei;
        mg_error err = parse(c->text, len, c->fresh, &ei);

        if (err != c->err || (c->err && (ei.line != c->line || !strstr(ei.msg[LANG_EN], c->msg))))
            fail_msg("%s: got %d at line %ld: %s; expected %d at line %ld: ...%s...", c->label, (int)err,
                     ei.line, ei.msg[LANG_EN], (int)c->err, c->line, c->msg ? c->msg : "");
        /* the byte rules alone give the same answer for the byte cases */
        if (c->err && (strstr(c->msg, "UTF-8") || strstr(c->msg, "byte") || strstr(c->msg, "longer"))) {
            mg_errinfo ei2;

            memset(&ei2, 0, sizeof ei2);
            if (!strstr(c->label, "first error") &&
                (in_check("t.ini", c->text, len, schema_across.noun, &ei2) != MG_ERR_CONFIG ||
                 ei2.line != ei.line || strcmp(ei2.msg[LANG_EN], ei.msg[LANG_EN]) != 0))
                fail_msg("%s: in_check gave line %ld: %s", c->label, ei2.line, ei2.msg[LANG_EN]);
        }
    }
}

/* A bad byte (invalid UTF-8, or NUL) at every position of a file is named by its line and byte offset. */
static void test_every_position(void **state)
{
    static const char base[] = "# x\n[a]\nk = v\n\nliste = 1 ; c\r\n[b]\nk2 = w";
    static const char bad[] = {'\xFF', '\0'};
    char text[sizeof base], want[96];
    size_t i, b;

    (void)state;
    for (b = 0; b < sizeof bad; b++) {
        for (i = 0; i + 1 < sizeof base; i++) {
            long line = 1;
            size_t j;
            mg_errinfo ei;

            memcpy(text, base, sizeof base);
            text[i] = bad[b];
            for (j = 0; j < i; j++)
                line += base[j] == '\n';
            if (bad[b])
                snprintf(want, sizeof want, "byte 0xFF at line %ld (byte offset %zu)", line, i);
            else
                snprintf(want, sizeof want, "NUL byte at line %ld (byte offset %zu)", line, i);
            if (parse(text, sizeof base - 1, 0, &ei) != MG_ERR_CONFIG || ei.line != line ||
                !strstr(ei.msg[LANG_EN], want))
                fail_msg("byte %zu: got line %ld: %s; expected line %ld: ...%s...", i, ei.line,
                         ei.msg[LANG_EN], line, want);
        }
    }
}

/* Only a regular file is read: a FIFO or a folder is refused unread, a missing file says open failed. */
static void test_read_file(void **state)
{
    char dir[] = "/tmp/test_ini_XXXXXX", path[256];
    char *text = NULL;
    size_t len = 0;
    const char *why[LANG_COUNT] = {NULL, NULL};
    int open_failed = 0;
    mg_errinfo ei;
    FILE *fp;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/fifo.ini", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    assert_int_equal(in_read_file(path, &text, &len, why, &open_failed, &ei), MG_ERR_INPUT);
    assert_non_null(why[LANG_EN]);
    assert_null(text);
    unlink(path);
    assert_int_equal(in_read_file(dir, &text, &len, why, &open_failed, &ei), MG_ERR_INPUT);
    snprintf(path, sizeof path, "%s/missing.ini", dir);
    assert_int_equal(in_read_file(path, &text, &len, why, &open_failed, &ei), MG_ERR_INPUT);
    assert_int_equal(open_failed, 1);
    snprintf(path, sizeof path, "%s/ok.ini", dir);
    fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs("[a]\nk = v\n", fp);
    assert_int_equal(fclose(fp), 0);
    assert_int_equal(in_read_file(path, &text, &len, why, &open_failed, &ei), MG_OK);
    assert_int_equal(len, 10);
    assert_string_equal(text, "[a]\nk = v\n");
    free(text);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rules),
        cmocka_unit_test(test_every_position),
        cmocka_unit_test(test_read_file),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
