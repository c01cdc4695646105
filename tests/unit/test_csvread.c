/* test_csvread.c — unit tests of the streaming CSV reader (every chunk size, detection, files). */
#include "testutil.h"

#include "csvread.h"

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define MAX_EXP_FIELDS 8
#define MAX_EXP_RECS 6
#define DUMP_MAX (64 * 1024)
#define BIG_GZ 200000   /* bytes of the file cut after compression */
#define BIG_STOP 300000 /* bytes of the file read only partly */

/* One expected record. */
typedef struct exp_rec {
    long line;
    long nlines;
    size_t nfields;
    const char *fields[MAX_EXP_FIELDS];
    const char *raw;
} exp_rec;

/* One parser input and what must come out of it, whatever the chunk size. */
typedef struct parse_case {
    const char *name;
    const char *input; /* NUL-terminated; no NUL inside */
    char delim;
    cr_encoding enc;
    long lines;
    int bom;
    int crlf;
    size_t nrec;
    exp_rec recs[MAX_EXP_RECS];
} parse_case;

static const parse_case parse_cases[] = {
    {"lf",
     "naam;email\nJan;jan@x.nl\nPiet;p@y.nl\n",
     ';',
     CR_ENC_UTF8,
     3,
     0,
     0,
     3,
     {{1, 1, 2, {"naam", "email"}, "naam;email"},
      {2, 1, 2, {"Jan", "jan@x.nl"}, "Jan;jan@x.nl"},
      {3, 1, 2, {"Piet", "p@y.nl"}, "Piet;p@y.nl"}}},
    {"crlf",
     "naam;email\r\nJan;jan@x.nl\r\nPiet;\r\n",
     ';',
     CR_ENC_UTF8,
     3,
     0,
     1,
     3,
     {{1, 1, 2, {"naam", "email"}, "naam;email"},
      {2, 1, 2, {"Jan", "jan@x.nl"}, "Jan;jan@x.nl"},
      {3, 1, 2, {"Piet", ""}, "Piet;"}}},
    {"cr-only",
     "a;b\rc;d\re;f\r",
     ';',
     CR_ENC_UTF8,
     3,
     0,
     2,
     3,
     {{1, 1, 2, {"a", "b"}, "a;b"}, {2, 1, 2, {"c", "d"}, "c;d"}, {3, 1, 2, {"e", "f"}, "e;f"}}},
    {"quoted-delims",
     "a,b,c\n\"x,y\",\"z\",\"1,2,3\"\n",
     ',',
     CR_ENC_UTF8,
     2,
     0,
     0,
     2,
     {{1, 1, 3, {"a", "b", "c"}, "a,b,c"}, {2, 1, 3, {"x,y", "z", "1,2,3"}, "\"x,y\",\"z\",\"1,2,3\""}}},
    {"quoted-crlf",
     "h1;h2\r\n\"line1\r\nline2\";x\r\nnext;y\r\n",
     ';',
     CR_ENC_UTF8,
     4,
     0,
     1,
     3,
     {{1, 1, 2, {"h1", "h2"}, "h1;h2"},
      {2, 2, 2, {"line1\r\nline2", "x"}, "\"line1\r\nline2\";x"},
      {4, 1, 2, {"next", "y"}, "next;y"}}},
    {"quoted-lf-multi",
     "a;b\n\"p\nq\n\nr\";s\nt;\"u\nv\"",
     ';',
     CR_ENC_UTF8,
     7,
     0,
     0,
     3,
     {{1, 1, 2, {"a", "b"}, "a;b"},
      {2, 4, 2, {"p\nq\n\nr", "s"}, "\"p\nq\n\nr\";s"},
      {6, 2, 2, {"t", "u\nv"}, "t;\"u\nv\""}}},
    {"escaped-quotes",
     "a;b\n\"he said \"\"hi\"\"\";\"\"\"\"\n",
     ';',
     CR_ENC_UTF8,
     2,
     0,
     0,
     2,
     {{1, 1, 2, {"a", "b"}, "a;b"}, {2, 1, 2, {"he said \"hi\"", "\""}, "\"he said \"\"hi\"\"\";\"\"\"\""}}},
    {"bom",
     "\xEF\xBB\xBFnaam;x\n1;2\n",
     ';',
     CR_ENC_UTF8,
     2,
     1,
     0,
     2,
     {{1, 1, 2, {"naam", "x"}, "naam;x"}, {2, 1, 2, {"1", "2"}, "1;2"}}},
    {"blank-lines",
     "\na;b\n\n\r\n   \nc;d\n\n",
     ';',
     CR_ENC_UTF8,
     7,
     0,
     0,
     2,
     {{2, 1, 2, {"a", "b"}, "a;b"}, {6, 1, 2, {"c", "d"}, "c;d"}}},
    {"no-final-eol",
     "a;b\nc;d",
     ';',
     CR_ENC_UTF8,
     2,
     0,
     0,
     2,
     {{1, 1, 2, {"a", "b"}, "a;b"}, {2, 1, 2, {"c", "d"}, "c;d"}}},
    /* libcsv trims spaces around unquoted fields; TAB is the delimiter, not a space */
    {"tab",
     "a\tb\tc\n\t x\t\n  y\t\tz \n",
     '\t',
     CR_ENC_UTF8,
     3,
     0,
     0,
     3,
     {{1, 1, 3, {"a", "b", "c"}, "a\tb\tc"},
      {2, 1, 3, {"", "x", ""}, "\t x\t"},
      {3, 1, 3, {"y", "", "z"}, "  y\t\tz "}}},
    {"pipe",
     "a|b\n1|\"2|3\"\n",
     '|',
     CR_ENC_UTF8,
     2,
     0,
     0,
     2,
     {{1, 1, 2, {"a", "b"}, "a|b"}, {2, 1, 2, {"1", "2|3"}, "1|\"2|3\""}}},
    {"cp1252",
     "naam;bedrag\r\nCaf\xE9;\x80 5\r\n",
     ';',
     CR_ENC_CP1252,
     2,
     0,
     1,
     2,
     {{1, 1, 2, {"naam", "bedrag"}, "naam;bedrag"},
      {2, 1, 2, {"Caf\xC3\xA9", "\xE2\x82\xAC 5"}, "Caf\xC3\xA9;\xE2\x82\xAC 5"}}},
    {"utf8-multibyte",
     "naam;stad\nJos\xC3\xA9;\xE2\x82\xAC\xF0\x9F\x98\x80\n",
     ';',
     CR_ENC_UTF8,
     2,
     0,
     0,
     2,
     {{1, 1, 2, {"naam", "stad"}, "naam;stad"},
      {2,
       1,
       2,
       {"Jos\xC3\xA9", "\xE2\x82\xAC\xF0\x9F\x98\x80"},
       "Jos\xC3\xA9;\xE2\x82\xAC\xF0\x9F\x98\x80"}}},
    {"cr-in-quotes",
     "a,b\r\"x\ry\",z\r\"\",  q  \r",
     ',',
     CR_ENC_UTF8,
     4,
     0,
     2,
     3,
     {{1, 1, 2, {"a", "b"}, "a,b"},
      {2, 2, 2, {"x\ry", "z"}, "\"x\ry\",z"},
      {4, 1, 2, {"", "q"}, "\"\",  q  "}}},
    {"bom-crlf-quoted",
     "\xEF\xBB\xBF\"k\"\"1\";\" v \"\r\n\r\n",
     ';',
     CR_ENC_UTF8,
     2,
     1,
     1,
     1,
     {{1, 1, 2, {"k\"1", " v "}, "\"k\"\"1\";\" v \""}}},
    {"only-blank", "\n\r\n  \n", ';', CR_ENC_UTF8, 3, 0, 0, 0, {{0}}},
    {"empty", "", ';', CR_ENC_UTF8, 0, 0, 0, 0, {{0}}},
};

/* A growing text buffer for dumps. */
typedef struct dump {
    char buf[DUMP_MAX];
    size_t len;
} dump;

/* A new empty dump (large: kept off the stack); free() it. */
static dump *dump_new(void)
{
    dump *d = calloc(1, sizeof *d);

    assert_non_null(d);
    return d;
}

/* Empty a dump. */
static void dump_reset(dump *d)
{
    d->len = 0;
    d->buf[0] = '\0';
}

/* Append bytes to a dump, escaping what is not printable ASCII. */
static void dump_bytes(dump *d, const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n && d->len + 8 < sizeof d->buf; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != '[' && c != ']')
            d->buf[d->len++] = (char)c;
        else
            d->len += (size_t)snprintf(d->buf + d->len, sizeof d->buf - d->len, "\\x%02X", c);
    }
    d->buf[d->len] = '\0';
}

/* Append a formatted string to a dump. */
static void dump_str(dump *d, const char *s)
{
    size_t n = strlen(s);

    if (d->len + n + 1 < sizeof d->buf) {
        memcpy(d->buf + d->len, s, n + 1);
        d->len += n;
    }
}

/* Append one record header to a dump. */
static void dump_rec_head(dump *d, long line, long nlines, size_t nfields)
{
    char tmp[96];

    snprintf(tmp, sizeof tmp, "L%ld+%ld n=%zu", line, nlines, nfields);
    dump_str(d, tmp);
}

/* Record callback: dump the record. */
static int dump_cb(void *ctx, const cr_record *rec)
{
    dump *d = ctx;
    size_t i;

    dump_rec_head(d, rec->line, rec->nlines, rec->nfields);
    for (i = 0; i < rec->nfields; i++) {
        dump_str(d, " [");
        dump_bytes(d, rec->fields[i].data, rec->fields[i].len);
        dump_str(d, "]");
    }
    dump_str(d, " raw=[");
    dump_bytes(d, rec->raw, rec->raw_len);
    dump_str(d, "]\n");
    return 0;
}

/* The dump a parse case expects. */
static void dump_expected(const parse_case *pc, dump *d)
{
    size_t r, i;

    for (r = 0; r < pc->nrec; r++) {
        const exp_rec *e = &pc->recs[r];
        dump_rec_head(d, e->line, e->nlines, e->nfields);
        for (i = 0; i < e->nfields; i++) {
            dump_str(d, " [");
            dump_bytes(d, e->fields[i], strlen(e->fields[i]));
            dump_str(d, "]");
        }
        dump_str(d, " raw=[");
        dump_bytes(d, e->raw, strlen(e->raw));
        dump_str(d, "]\n");
    }
}

/* Parse input in chunks of the given size into a dump; returns the parser result. */
static mg_error parse_chunked(const char *input, size_t len, size_t chunk, char delim, cr_encoding enc,
                              dump *d, cr_info *info, mg_errinfo *ei)
{
    cr_parser *p = cr_parser_new(delim, enc, "test.csv", dump_cb, d);
    mg_error err = MG_OK;
    size_t off;

    assert_non_null(p);
    for (off = 0; off < len && err == MG_OK; off += chunk)
        err = cr_parser_feed(p, input + off, len - off < chunk ? len - off : chunk, ei);
    if (err == MG_OK)
        err = cr_parser_finish(p, ei);
    if (info) {
        memset(info, 0, sizeof *info);
        cr_parser_info(p, info);
    }
    cr_parser_free(p);
    return err;
}

/* Every chunk size gives the expected records, lines, BOM and line-ending kind. */
static void test_parse_case(void **state)
{
    const parse_case *pc = *state;
    size_t len = strlen(pc->input), chunk;
    dump *wantp = dump_new(), *gotp = dump_new();

    dump_expected(pc, wantp);
    for (chunk = 1; chunk <= (len ? len : 1); chunk++) {
        cr_info info;
        mg_errinfo ei;

        dump_reset(gotp);
        if (parse_chunked(pc->input, len, chunk, pc->delim, pc->enc, gotp, &info, &ei) != MG_OK)
            fail_msg("%s chunk %zu: %s", pc->name, chunk, ei.msg[LANG_EN]);
        if (strcmp(wantp->buf, gotp->buf) != 0) {
            print_error("case %s, chunk size %zu\n", pc->name, chunk);
            assert_string_equal(wantp->buf, gotp->buf);
        }
        assert_int_equal(info.lines, pc->lines);
        assert_int_equal(info.records, (long)pc->nrec);
        assert_int_equal(info.bom, pc->bom);
        assert_int_equal(info.crlf, pc->crlf);
    }
    free(wantp);
    free(gotp);
}

/* One input that must fail, whatever the chunk size. */
typedef struct fail_case {
    const char *name;
    const char *input;
    size_t len; /* 0 = strlen */
    char delim;
    cr_encoding enc;
    mg_error err;
    long line;
    const char *msg_part;
} fail_case;

static const fail_case fail_cases[] = {
    {"unterminated-quote", "a;b\nc;d\n\"x;y\nmore\n", 0, ';', CR_ENC_UTF8, MG_ERR_DATA, 3,
     "unterminated quoted field in the record starting at line 3"},
    {"unterminated-no-eol", "a;b\n\"x", 0, ';', CR_ENC_UTF8, MG_ERR_DATA, 2, "unterminated quoted field"},
    {"nul", "a;b\nc\0d\n", 8, ';', CR_ENC_UTF8, MG_ERR_DATA, 2,
     "NUL byte at line 2 (byte offset 5): not a text file?"},
    {"nul-after-bom", "\xEF\xBB\xBF\na\0", 6, ';', CR_ENC_UTF8, MG_ERR_DATA, 2,
     "NUL byte at line 2 (byte offset 5)"},
    {"cp1252-undefined", "a;b\r\nx;\x81\r\n", 0, ';', CR_ENC_CP1252, MG_ERR_DATA, 2,
     "byte 0x81 at line 2 (byte offset 7) is not defined in Windows-1252"},
    {"cp1252-undefined-9d", "a\n\n\x9D", 0, ';', CR_ENC_CP1252, MG_ERR_DATA, 3,
     "0x9D at line 3 (byte offset 3)"},
    {"bad-utf8", "a;b\nc;\xC0\x80\n", 0, ';', CR_ENC_UTF8, MG_ERR_DATA, 2,
     "invalid UTF-8 at line 2 (byte offset 6)"},
    {"truncated-utf8", "a;b\nc;\xE2\x82", 0, ';', CR_ENC_UTF8, MG_ERR_DATA, 2,
     "invalid UTF-8 at line 2 (byte offset 6)"},
};

/* Every chunk size gives the expected error, file and line. */
static void test_fail_case(void **state)
{
    const fail_case *fc = *state;
    size_t len = fc->len ? fc->len : strlen(fc->input), chunk;
    dump *got = dump_new();

    for (chunk = 1; chunk <= len; chunk++) {
        mg_errinfo ei;
        mg_error err;

        memset(&ei, 0, sizeof ei);
        dump_reset(got);
        err = parse_chunked(fc->input, len, chunk, fc->delim, fc->enc, got, NULL, &ei);
        if (err != fc->err || ei.line != fc->line || !strstr(ei.msg[LANG_EN], fc->msg_part))
            fail_msg("%s chunk %zu: err %d line %ld msg '%s'", fc->name, chunk, err, ei.line,
                     ei.msg[LANG_EN]);
        assert_string_equal(ei.file, "test.csv");
    }
    free(got);
}

/* Record callback that stops after the first record. */
static int stop_cb(void *ctx, const cr_record *rec)
{
    long *n = ctx;

    (void)rec;
    (*n)++;
    return 1;
}

/* A nonzero callback result stops reading without an error. */
static void test_stop(void **state)
{
    const char *in = "a;b\nc;d\ne;f\n";
    cr_parser *p;
    long n = 0;
    cr_info info;

    (void)state;
    p = cr_parser_new(';', CR_ENC_UTF8, "t", stop_cb, &n);
    assert_non_null(p);
    assert_int_equal(cr_parser_feed(p, in, strlen(in), NULL), MG_OK);
    assert_int_equal(cr_parser_feed(p, in, strlen(in), NULL), MG_OK);
    assert_int_equal(cr_parser_finish(p, NULL), MG_OK);
    cr_parser_info(p, &info);
    assert_int_equal(n, 1);
    assert_int_equal(info.records, 1);
    cr_parser_free(p);
    cr_parser_free(NULL);
}

/* Field count and field length limits. */
static void test_limits(void **state)
{
    size_t n = CR_MAX_FIELDS + 2;
    char *buf = malloc(n + 1);
    dump *got = dump_new();
    mg_errinfo ei;

    (void)state;
    assert_non_null(buf);
    memset(buf, ';', n);
    buf[0] = 'x';
    buf[n - 1] = '\n';
    dump_reset(got);
    /* CR_MAX_FIELDS delimiters → CR_MAX_FIELDS + 1 fields */
    assert_int_equal(parse_chunked(buf, n, n, ';', CR_ENC_UTF8, got, NULL, &ei), MG_ERR_DATA);
    assert_int_equal(ei.line, 1);
    assert_non_null(strstr(ei.msg[LANG_EN], "more than 100000 fields"));
    /* exactly CR_MAX_FIELDS fields is fine */
    buf[n - 2] = '\n';
    assert_int_equal(parse_chunked(buf, n - 1, n - 1, ';', CR_ENC_UTF8, got, NULL, &ei), MG_OK);
    free(buf);

    n = CR_MAX_FIELD + 8;
    buf = malloc(n);
    assert_non_null(buf);
    memcpy(buf, "a\n\"", 3);
    memset(buf + 3, 'y', n - 3);
    memcpy(buf + n - 3, "\"\n", 2);
    dump_reset(got);
    assert_int_equal(parse_chunked(buf, n - 1, n - 1, ';', CR_ENC_UTF8, got, NULL, &ei), MG_ERR_DATA);
    assert_int_equal(ei.line, 2);
    assert_non_null(strstr(ei.msg[LANG_EN], "longer than"));
    free(buf);
    free(got);
}

/* One UTF-8 validator input. */
typedef struct utf8_case {
    const char *name;
    const char *in;
    int valid;
    unsigned long long bad_offset; /* the first byte of the broken sequence (its lead byte) */
    int mixed;         /* valid multi-byte sequences and invalid bytes: refused as mixed-encoding */
    unsigned bad_byte; /* the value of the byte at bad_offset */
} utf8_case;

static const utf8_case utf8_cases[] = {
    {"ascii", "hello, world", 1, 0, 0, 0},
    {"multibyte", "Jos\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF \xED\x9F\xBF", 1, 0, 0, 0},
    {"overlong-c0", "ab\xC0\x80", 0, 2, 0, 0xC0},
    {"overlong-e0", "a\xE0\x80\x80", 0, 1, 0, 0xE0},
    {"overlong-f0", "\xF0\x8F\xBF\xBF", 0, 0, 0, 0xF0},
    {"surrogate", "x\xED\xA0\x80", 0, 1, 0, 0xED},
    {"above-10ffff", "\xF4\x90\x80\x80", 0, 0, 0, 0xF4},
    {"f5", "ok\xF5\x80\x80\x80", 0, 2, 0, 0xF5},
    {"truncated-end", "a\xE2\x82", 0, 1, 0, 0xE2},
    {"truncated-mid", "\xE2\x82x\xC3\xA9", 0, 0, 1, 0xE2},
    {"lone-continuation", "abc\x80", 0, 3, 0, 0x80},
    {"truncated-4", "\xF0\x9F\x98", 0, 0, 0, 0xF0},
    /* Windows-1252 text: invalid bytes only, no valid multi-byte sequence */
    {"cp1252-only", "Caf\xE9 Zo\xEB \x80 \xE9t\xE9", 0, 3, 0, 0xE9},
    {"cp1252-pairs-broken", "\xC3x \xE2\x82y \xF0\x9F\x98z", 0, 0, 0, 0xC3},
    /* mixed: a stray byte in UTF-8 text, before or after the valid sequences */
    {"mixed-stray-after", "Zo\xC3\xAB;Caf\xE9", 0, 8, 1, 0xE9},
    {"mixed-stray-before", "Caf\xE9;Zo\xC3\xAB", 0, 3, 1, 0xE9},
    {"mixed-overlong-c0af", "\xC3\xA9\n\xC0\xAF", 0, 3, 1, 0xC0},
    {"mixed-overlong-then-valid", "\xE0\x80\xAF\xE2\x82\xAC", 0, 0, 1, 0xE0},
    {"mixed-lead-reread", "\xE2\xC3\xA9", 0, 0, 1, 0xE2},
    {"mixed-truncated-end", "\xF0\x9F\x98\x80\xF0\x9F", 0, 4, 1, 0xF0},
    {"mixed-surrogate", "\xED\xA0\x80\xED\x9F\xBF", 0, 0, 1, 0xED},
    {"mixed-4byte-max", "\xFF\xF4\x8F\xBF\xBF", 0, 0, 1, 0xFF},
    {"not-mixed-after-broken-lead", "\xC3\x41\xA9", 0, 0, 0, 0xC3},
};

/* Run the validator over in split at the given points. */
static void utf8_run(const char *in, size_t len, size_t split, cr_utf8_state *st)
{
    cr_utf8_init(st);
    cr_utf8_feed(st, (const unsigned char *)in, split);
    cr_utf8_feed(st, (const unsigned char *)in + split, len - split);
    cr_utf8_finish(st);
    assert_int_equal(st->offset, len);
}

/* Check one validator result against the case. */
static void utf8_check(const utf8_case *uc, const cr_utf8_state *st, const char *how, size_t k)
{
    if (st->valid != uc->valid || cr_utf8_mixed(st) != uc->mixed ||
        (!st->valid && (st->bad_offset != uc->bad_offset || st->bad_byte != uc->bad_byte)))
        fail_msg("%s %s %zu: valid %d mixed %d bad %llu byte 0x%02X", uc->name, how, k, st->valid,
                 cr_utf8_mixed(st), st->bad_offset, st->bad_byte);
}

/* The validator gives the same answer (valid, mixed, first bad byte) at every split point and chunk size. */
static void test_utf8_case(void **state)
{
    const utf8_case *uc = *state;
    size_t len = strlen(uc->in), split, chunk, i;
    cr_utf8_state st;

    for (split = 0; split <= len; split++) {
        utf8_run(uc->in, len, split, &st);
        utf8_check(uc, &st, "split", split);
    }
    for (chunk = 1; chunk <= len; chunk++) {
        cr_utf8_init(&st);
        for (i = 0; i < len; i += chunk)
            cr_utf8_feed(&st, (const unsigned char *)uc->in + i, len - i < chunk ? len - i : chunk);
        cr_utf8_finish(&st);
        utf8_check(uc, &st, "chunk", chunk);
    }
}

static const char *const known_names[] = {
    "gebruikersnaam",      "naam",   "email", "rol", "eh_niveau", "status",
    "loonheffingennummer", "dienst", "e_mail"};

/* One delimiter detection input. */
typedef struct delim_case {
    const char *name;
    const char *sample;
    mg_error err;
    char delim;
    const char *msg_part;
} delim_case;

static const delim_case delim_cases[] = {
    {"semicolon", "gebruikersnaam;naam;email\nj1;Jan, de Vries;j@x.nl\n", MG_OK, ';', NULL},
    {"comma", "gebruikersnaam,naam,email\nj1,\"Vries; de\",j@x.nl\nj2,Piet,p@x\n", MG_OK, ',', NULL},
    {"tab", "gebruikersnaam\tnaam\temail\nj1\tJan; Piet\tj@x.nl\n", MG_OK, '\t', NULL},
    {"pipe", "gebruikersnaam|naam|email\nj1|Jan, Piet|j@x\n", MG_OK, '|', NULL},
    {"case-spaces-hyphens", " Gebruikersnaam ; NAAM ;E-Mail;EH niveau\nj1;Jan;j@x;EH3\n", MG_OK, ';', NULL},
    {"one-column", "gebruikersnaam\nj1\nj2\n", MG_OK, ';', NULL},
    {"truncated-last-line", "naam,email\na,b\nc,d\n\"e;f;g;h;i", MG_OK, ',', NULL},
    {"unknown-but-consistent", "foo|bar|baz\n1|2|3\n4|5|6\n", MG_OK, '|', NULL},
    {"ambiguous", "naam,email;rol\nx,y;z\n", MG_ERR_DATA, 0, "candidates: ';' and ','"},
    {"ambiguous-unknown", "a;b,c\n1;2,3\n", MG_ERR_DATA, 0, "candidates: ';' and ','"},
    {"nothing", "hello world\nfoo\nbar baz qux\n", MG_ERR_DATA, 0, "cannot tell the delimiter of in.csv"},
    {"empty", "", MG_OK, ';', NULL},
};

/* Delimiter detection picks the right candidate or explains why it cannot. */
static void test_delim_case(void **state)
{
    const delim_case *dc = *state;
    mg_errinfo ei;
    char d = 0;
    mg_error err;

    memset(&ei, 0, sizeof ei);
    err = cr_detect_delimiter(dc->sample, strlen(dc->sample), known_names, ARRAY_LEN(known_names), &d,
                              "in.csv", &ei);
    if (err != dc->err)
        fail_msg("%s: err %d (%s)", dc->name, err, ei.msg[LANG_EN]);
    if (err == MG_OK) {
        assert_int_equal(d, dc->delim);
    } else {
        if (!strstr(ei.msg[LANG_EN], dc->msg_part))
            fail_msg("%s: message '%s'", dc->name, ei.msg[LANG_EN]);
        assert_non_null(strstr(ei.msg[LANG_EN], "set `delimiter =` in portfolio.ini"));
        assert_non_null(strstr(ei.msg[LANG_NL], "kan het scheidingsteken van in.csv niet bepalen"));
        assert_non_null(
            strstr(ei.msg[LANG_NL], "stel `delimiter =` in in portfolio.ini (sectie [bestanden])"));
        assert_string_equal(ei.file, "in.csv");
    }
}

/* Header normalisation. */
static void test_header_normalise(void **state)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"  Gebruikers Naam\t", "gebruikers_naam"},
        {"E-Mail", "e_mail"},
        {"EH-niveau ", "eh_niveau"},
        {"", ""},
        {"   ", ""},
        {"Jos\xC3\xA9", "jos\xC3\xA9"},
        {"\xEF\xBB\xBFnaam", "\xEF\xBB\xBFnaam"},
    };
    char out[64];
    size_t i, n;

    (void)state;
    for (i = 0; i < ARRAY_LEN(cases); i++) {
        n = cr_header_normalise(cases[i].in, strlen(cases[i].in), out, sizeof out);
        assert_string_equal(out, cases[i].out);
        assert_int_equal(n, strlen(cases[i].out));
    }
    n = cr_header_normalise("ABCDEF", 6, out, 4);
    assert_string_equal(out, "abc");
    assert_int_equal(n, 3);
}

/* Display names. */
static void test_names(void **state)
{
    (void)state;
    assert_string_equal(cr_encoding_name(CR_ENC_UTF8), "UTF-8");
    assert_string_equal(cr_encoding_name(CR_ENC_CP1252), "Windows-1252");
    assert_string_equal(cr_delimiter_name(';', LANG_NL), "puntkomma");
    assert_string_equal(cr_delimiter_name(',', LANG_NL), "komma");
    assert_string_equal(cr_delimiter_name('\t', LANG_NL), "tab");
    assert_string_equal(cr_delimiter_name('|', LANG_NL), "pijp");
    assert_string_equal(cr_delimiter_name(';', LANG_EN), "semicolon");
    assert_string_equal(cr_delimiter_name(',', LANG_EN), "comma");
    assert_string_equal(cr_delimiter_name('\t', LANG_EN), "tab");
    assert_string_equal(cr_delimiter_name('|', LANG_EN), "pipe");
    assert_string_equal(cr_delimiter_name('x', LANG_NL), "onbekend");
    assert_string_equal(cr_delimiter_name('x', LANG_EN), "unknown");
}

/* A temporary directory for file tests. */
typedef struct tmpdir {
    char dir[64];
    char path[128];
} tmpdir;

/* Create a temporary directory. */
static int tmp_setup(void **state)
{
    tmpdir *t = calloc(1, sizeof *t);

    if (!t)
        return -1;
    snprintf(t->dir, sizeof t->dir, "/tmp/test_csvread.XXXXXX");
    if (!mkdtemp(t->dir)) {
        free(t);
        return -1;
    }
    *state = t;
    return 0;
}

/* Remove the temporary directory and its files. */
static int tmp_teardown(void **state)
{
    tmpdir *t = *state;
    static const char *const names[] = {"plain.csv", "data.csv.gz",  "trunc.csv.gz", "cp.csv",
                                        "bom.csv",   "crlf.csv",     "stop.csv.gz",  "enc.csv",
                                        "big.csv",   "multi.csv.gz", "junk.csv.gz",  "ahead.csv"};
    char p[160];
    size_t i;

    for (i = 0; i < ARRAY_LEN(names); i++) {
        snprintf(p, sizeof p, "%s/%s", t->dir, names[i]);
        unlink(p);
    }
    rmdir(t->dir);
    free(t);
    return 0;
}

/* Write bytes to a file in the temporary directory; returns its path. */
static const char *tmp_write(tmpdir *t, const char *name, const char *data, size_t len)
{
    FILE *f;

    snprintf(t->path, sizeof t->path, "%s/%s", t->dir, name);
    f = fopen(t->path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
    return t->path;
}

/* Write bytes gzip-compressed; returns its path. */
static const char *tmp_write_gz(tmpdir *t, const char *name, const char *data, size_t len)
{
    gzFile g;

    snprintf(t->path, sizeof t->path, "%s/%s", t->dir, name);
    g = gzopen(t->path, "wb");
    assert_non_null(g);
    assert_int_equal(gzwrite(g, data, (unsigned)len), (int)len);
    assert_int_equal(gzclose(g), Z_OK);
    return t->path;
}

/* Assert that two reads gave the same result, message and counts. */
static void same_read(mg_error e1, const mg_errinfo *ei1, const cr_info *i1, mg_error e2,
                      const mg_errinfo *ei2, const cr_info *i2)
{
    assert_int_equal(e1, e2);
    assert_string_equal(ei1->file, ei2->file);
    assert_int_equal(ei1->line, ei2->line);
    assert_int_equal(ei1->column, ei2->column);
    assert_string_equal(ei1->msg[LANG_NL], ei2->msg[LANG_NL]);
    assert_string_equal(ei1->msg[LANG_EN], ei2->msg[LANG_EN]);
    assert_memory_equal(i1, i2, sizeof *i1);
}

/* Read a file with detection into a dump, with cr_read_file and again with cr_read_file_ahead: both must
 * give the same records, result, message and counts. */
static mg_error read_dump(const char *path, const cr_options *opt, dump *d, cr_info *info, mg_errinfo *ei)
{
    dump *d2 = dump_new();
    mg_errinfo ei2;
    cr_info info2, local;
    mg_error err, err2;

    if (!info)
        info = &local;
    dump_reset(d);
    memset(ei, 0, sizeof *ei);
    memset(&ei2, 0, sizeof ei2);
    err = cr_read_file(path, opt, dump_cb, d, info, ei);
    err2 = cr_read_file_ahead(path, opt, dump_cb, d2, &info2, &ei2);
    assert_string_equal(d->buf, d2->buf);
    same_read(err, ei, info, err2, &ei2, &info2);
    free(d2);
    return err;
}

static const cr_options detect_opts = {0, CR_ENC_AUTO, known_names, ARRAY_LEN(known_names)};

/* A plain UTF-8 file: detection and records. */
static void test_file_plain(void **state)
{
    static const char data[] = "gebruikersnaam,naam\r\nj1,\"Jan\r\nde Vries\"\r\nj2,Piet\r\n";
    dump *d = dump_new();
    cr_info info;
    mg_errinfo ei;
    const char *path = tmp_write(*state, "plain.csv", data, strlen(data));

    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_OK);
    assert_string_equal(d->buf, "L1+1 n=2 [gebruikersnaam] [naam] raw=[gebruikersnaam,naam]\n"
                                "L2+2 n=2 [j1] [Jan\\x0D\\x0Ade Vries] raw=[j1,\"Jan\\x0D\\x0Ade Vries\"]\n"
                                "L4+1 n=2 [j2] [Piet] raw=[j2,Piet]\n");
    assert_int_equal(info.delimiter, ',');
    assert_int_equal(info.delimiter_detected, 1);
    assert_int_equal(info.encoding, CR_ENC_UTF8);
    assert_int_equal(info.encoding_detected, 1);
    assert_int_equal(info.bom, 0);
    assert_int_equal(info.gzip, 0);
    assert_int_equal(info.crlf, 1);
    assert_int_equal(info.lines, 4);
    assert_int_equal(info.records, 3);
    free(d);
}

/* A gzip file reads like the plain one; a truncated one is an input error. */
static void test_file_gzip(void **state)
{
    static const char data[] = "naam|email\nJan|j@x\nPiet|p@x\n";
    char *big = malloc(BIG_GZ);
    dump *d = dump_new();
    cr_info info;
    mg_errinfo ei;
    const char *path = tmp_write_gz(*state, "data.csv.gz", data, strlen(data));
    char *copy;
    FILE *f;
    long size;
    size_t i, n = 0;

    assert_non_null(big);
    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_OK);
    assert_int_equal(info.gzip, 1);
    assert_int_equal(info.delimiter, '|');
    assert_int_equal(info.records, 3);
    assert_int_equal(info.lines, 3);
    assert_non_null(strstr(d->buf, "L3+1 n=2 [Piet] [p@x]"));

    /* a bigger file, cut in half after compression */
    n += (size_t)snprintf(big, BIG_GZ, "naam;email\n");
    for (i = 0; n + 40 < BIG_GZ; i++)
        n += (size_t)snprintf(big + n, BIG_GZ - n, "naam %zu;mail%zu@example.nl\n", i * 7919 % 100003, i);
    path = tmp_write_gz(*state, "trunc.csv.gz", big, n);
    f = fopen(path, "rb");
    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    size = ftell(f);
    assert_true(size > 100);
    copy = malloc((size_t)size);
    assert_non_null(copy);
    rewind(f);
    assert_int_equal(fread(copy, 1, (size_t)size, f), (size_t)size);
    assert_int_equal(fclose(f), 0);
    path = tmp_write(*state, "trunc.csv.gz", copy, (size_t)size / 2);
    free(copy);
    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_ERR_INPUT);
    assert_non_null(strstr(ei.msg[LANG_EN], "corrupt or truncated gzip data"));
    assert_string_equal(ei.file, path);
    /* also when nothing is detected (no first pass) */
    {
        cr_options given = {';', CR_ENC_UTF8, NULL, 0};
        assert_int_equal(read_dump(path, &given, d, &info, &ei), MG_ERR_INPUT);
        assert_non_null(strstr(ei.msg[LANG_EN], "corrupt or truncated gzip data"));
    }
    free(d);
    free(big);
}

/* Stopping early on a gzip file is not an error. */
static void test_file_gzip_stop(void **state)
{
    char *big = malloc(BIG_STOP);
    size_t n = 0, i;
    long count = 0;
    cr_info info;
    mg_errinfo ei;
    const char *path;

    n += (size_t)snprintf(big, BIG_STOP, "naam;email\n");
    for (i = 0; n + 40 < BIG_STOP; i++)
        n += (size_t)snprintf(big + n, BIG_STOP - n, "n%zu;m%zu\n", i * 31337 % 99991, i);
    assert_non_null(big);
    path = tmp_write_gz(*state, "stop.csv.gz", big, n);
    assert_int_equal(cr_read_file(path, &detect_opts, stop_cb, &count, &info, &ei), MG_OK);
    assert_int_equal(count, 1);
    assert_int_equal(info.records, 1);
    free(big);
}

/* Missing file and directory are input errors naming the path. */
static void test_file_missing(void **state)
{
    tmpdir *t = *state;
    dump *d = dump_new();
    cr_info info;
    mg_errinfo ei;
    char path[160];

    snprintf(path, sizeof path, "%s/nope.csv", t->dir);
    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_ERR_INPUT);
    assert_string_equal(ei.file, path);
    assert_non_null(strstr(ei.msg[LANG_EN], "No such file or directory"));
    assert_int_equal(read_dump(t->dir, &detect_opts, d, &info, &ei), MG_ERR_INPUT);
    assert_non_null(strstr(ei.msg[LANG_EN], "not a regular file"));
    assert_string_equal(ei.file, t->dir);
    free(d);
}

/* A Windows-1252 file is detected and converted; undefined bytes name the line. */
static void test_file_cp1252(void **state)
{
    static const char data[] = "naam;bedrag\nCaf\xE9 Ren\xE9;\x80 12\n";
    static const char bad[] = "naam;bedrag\nCaf\xE9;1\nx;\x8F\n";
    dump *d = dump_new();
    cr_info info;
    mg_errinfo ei;
    const char *path = tmp_write(*state, "cp.csv", data, strlen(data));

    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_OK);
    assert_int_equal(info.encoding, CR_ENC_CP1252);
    assert_int_equal(info.encoding_detected, 1);
    assert_int_equal(info.delimiter, ';');
    assert_string_equal(d->buf, "L1+1 n=2 [naam] [bedrag] raw=[naam;bedrag]\n"
                                "L2+1 n=2 [Caf\\xC3\\xA9 Ren\\xC3\\xA9] [\\xE2\\x82\\xAC 12] "
                                "raw=[Caf\\xC3\\xA9 Ren\\xC3\\xA9;\\xE2\\x82\\xAC 12]\n");
    path = tmp_write(*state, "cp.csv", bad, strlen(bad));
    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_ERR_DATA);
    assert_int_equal(ei.line, 3);
    assert_non_null(strstr(ei.msg[LANG_EN], "byte 0x8F at line 3 (byte offset 21)"));
    assert_non_null(strstr(ei.msg[LANG_NL], "byte 0x8F op regel 3 (byte-offset 21)"));
    assert_string_equal(ei.file, path);
    free(d);
}

/* One file for the encoding decision of cr_read_file. */
typedef struct enc_file_case {
    const char *name;
    const char *data;
    size_t len;          /* 0 = strlen(data) */
    cr_options opt;      /* encoding and delimiter asked for */
    mg_error err;        /* expected result */
    cr_encoding enc;     /* on MG_OK: the encoding read */
    long line;           /* on an error: its line (0 = none) */
    const char *msg;     /* on an error: part of the message */
    const char *record2; /* on MG_OK: part of the dump (the second record, decoded) */
} enc_file_case;

#define AUTO                                                                                                 \
    {                                                                                                        \
        0, CR_ENC_AUTO, known_names, ARRAY_LEN(known_names)                                                  \
    }
static const enc_file_case enc_file_cases[] = {
    {"utf8", "naam;x\nZo\xC3\xAB;1\n", 0, AUTO, MG_OK, CR_ENC_UTF8, 0, NULL, "[Zo\\xC3\\xAB]"},
    {"cp1252", "naam;x\nCaf\xE9;1\n", 0, AUTO, MG_OK, CR_ENC_CP1252, 0, NULL, "[Caf\\xC3\\xA9]"},
    {"mixed-stray-byte", "naam;x\nZo\xC3\xAB;1\nCaf\xE9;2\n", 0, AUTO, MG_ERR_DATA, CR_ENC_AUTO, 3,
     "mixed-encoding: byte 0xE9 at line 3 (byte offset 17)", NULL},
    {"mixed-invalid-first", "naam;x\r\nCaf\xE9;1\r\nZo\xC3\xAB;2\r\n", 0, AUTO, MG_ERR_DATA, CR_ENC_AUTO, 2,
     "mixed-encoding: byte 0xE9 at line 2 (byte offset 11)", NULL},
    {"mixed-cr-only", "naam;x\rZo\xC3\xAB;1\r\rx\xC0\xAF;2\r", 0, AUTO, MG_ERR_DATA, CR_ENC_AUTO, 4,
     "byte 0xC0 at line 4 (byte offset 16)", NULL},
    {"mixed-bom", "\xEF\xBB\xBFnaam;x\nCaf\xE9;1\n", 0, AUTO, MG_ERR_DATA, CR_ENC_AUTO, 2,
     "byte 0xE9 at line 2 (byte offset 13)", NULL},
    {"mixed-truncated-end", "naam;x\nZo\xC3\xAB;\xE2\x82", 0, AUTO, MG_ERR_DATA, CR_ENC_AUTO, 2,
     "byte 0xE2 at line 2 (byte offset 12)", NULL},
    {"mixed-forced-cp1252",
     "naam;x\nZo\xC3\xAB;1\nCaf\xE9;2\n",
     0,
     {0, CR_ENC_CP1252, NULL, 0},
     MG_OK,
     CR_ENC_CP1252,
     0,
     NULL,
     "[Zo\\xC3\\x83\\xC2\\xAB]"},
    {"mixed-forced-utf8",
     "naam;x\nZo\xC3\xAB;1\nCaf\xE9;2\n",
     0,
     {0, CR_ENC_UTF8, NULL, 0},
     MG_ERR_DATA,
     CR_ENC_AUTO,
     3,
     "invalid UTF-8 at line 3 (byte offset 17)",
     NULL},
    {"utf16le-bom", "\xFF\xFEn\0a\0a\0m\0;\0x\0\n\0", 16, AUTO, MG_ERR_DATA, CR_ENC_AUTO, 0,
     "UTF-16 text (little-endian, with a byte order mark)", NULL},
    {"utf16be-bom", "\xFE\xFF\0n\0a\0a\0m\0;\0x\0\n", 16, AUTO, MG_ERR_DATA, CR_ENC_AUTO, 0,
     "UTF-16 text (big-endian, with a byte order mark)", NULL},
    {"utf16le-no-bom", "n\0a\0a\0m\0;\0x\0\n\0", 14, AUTO, MG_ERR_DATA, CR_ENC_AUTO, 0,
     "UTF-16 text (little-endian)", NULL},
    {"utf16le-given",
     "n\0a\0a\0m\0;\0x\0\n\0",
     14,
     {';', CR_ENC_UTF8, NULL, 0},
     MG_ERR_DATA,
     CR_ENC_AUTO,
     0,
     "UTF-16 text (little-endian)",
     NULL},
    {"nul-not-utf16", "naam;x\n\0", 8, AUTO, MG_ERR_DATA, CR_ENC_AUTO, 2, "NUL byte at line 2", NULL},
};
#undef AUTO

/* cr_read_file decides UTF-8, Windows-1252, mixed (refused at the first invalid byte) or UTF-16 (refused). */
static void test_file_encoding(void **state)
{
    dump *d = dump_new();
    cr_info info;
    mg_errinfo ei;
    size_t i;

    for (i = 0; i < ARRAY_LEN(enc_file_cases); i++) {
        const enc_file_case *c = &enc_file_cases[i];
        const char *path = tmp_write(*state, "enc.csv", c->data, c->len ? c->len : strlen(c->data));
        mg_error err = read_dump(path, &c->opt, d, &info, &ei);
        if (err != c->err)
            fail_msg("%s: got %d '%s', want %d", c->name, err, ei.msg[LANG_EN], c->err);
        if (err == MG_OK) {
            if (info.encoding != c->enc || !strstr(d->buf, c->record2))
                fail_msg("%s: encoding %d, records %s", c->name, info.encoding, d->buf);
        } else if (ei.line != c->line || !strstr(ei.msg[LANG_EN], c->msg)) {
            fail_msg("%s: line %ld '%s', want line %ld '%s'", c->name, ei.line, ei.msg[LANG_EN], c->line,
                     c->msg);
        }
    }
    free(d);
}

/* The line of the first invalid byte is right when it (or its broken sequence) sits at a read-chunk boundary.
 */
static void test_file_mixed_chunk_edge(void **state)
{
    enum { CHUNK = 64 * 1024, LINE = 64 };
    size_t n = 0, edge, k;
    char *big = malloc(2 * CHUNK);
    dump *d = dump_new();
    cr_info info;
    mg_errinfo ei;
    char want[96];

    assert_non_null(big);
    for (edge = CHUNK - 2; edge <= CHUNK + 1; edge++) {
        long line = 1;
        n = (size_t)snprintf(big, 2 * CHUNK, "naam;x\nZo\xC3\xAB;1\n");
        line += 2;
        while (n + LINE < edge) {
            memset(big + n, 'a', LINE - 1);
            big[n + LINE - 1] = '\n';
            n += LINE;
            line++;
        }
        while (n < edge)
            big[n++] = 'b';
        /* a broken two-byte sequence: lead byte at edge, then a line break */
        big[n++] = (char)0xC3;
        big[n++] = '\n';
        for (k = 0; k < 3; k++)
            big[n++] = 'c';
        big[n++] = '\n';
        tmp_write(*state, "big.csv", big, n);
        snprintf(want, sizeof want, "byte 0xC3 at line %ld (byte offset %zu)", line, edge);
        assert_int_equal(read_dump(((tmpdir *)*state)->path, &detect_opts, d, &info, &ei), MG_ERR_DATA);
        if (ei.line != line || !strstr(ei.msg[LANG_EN], want))
            fail_msg("edge %zu: line %ld '%s', want line %ld '%s'", edge, ei.line, ei.msg[LANG_EN], line,
                     want);
    }
    free(big);
    free(d);
}

/* Append gzip member(s) of data to path (mode "ab" starts a new member). */
static void gz_append(const char *path, const char *data)
{
    gzFile g = gzopen(path, "ab");

    assert_non_null(g);
    if (*data)
        assert_int_equal(gzwrite(g, data, (unsigned)strlen(data)), (int)strlen(data));
    assert_int_equal(gzclose(g), Z_OK);
}

/* Append raw bytes to path. */
static void raw_append(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "ab");

    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

/* Size of a file. */
static long file_size(const char *path)
{
    struct stat st;

    assert_int_equal(stat(path, &st), 0);
    return (long)st.st_size;
}

/* Every gzip member is read; anything after the last member that is not one is refused with its offset. */
static void test_file_gzip_members(void **state)
{
    tmpdir *t = *state;
    char path[sizeof t->path], want[128];
    dump *d = dump_new();
    cr_info info;
    mg_errinfo ei;
    long at;

    /* three members, one of them empty: every row read */
    snprintf(path, sizeof path, "%s/multi.csv.gz", t->dir);
    unlink(path);
    gz_append(path, "naam;email\n");
    gz_append(path, "Jan;j@x\n");
    gz_append(path, "");
    gz_append(path, "Piet;p@x\n");
    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_OK);
    assert_int_equal(info.gzip, 1);
    assert_int_equal(info.records, 3);
    assert_non_null(strstr(d->buf, "L3+1 n=2 [Piet] [p@x]"));
    {
        cr_options given = {';', CR_ENC_UTF8, NULL, 0};
        assert_int_equal(read_dump(path, &given, d, &info, &ei), MG_OK);
        assert_int_equal(info.records, 3);
    }

    /* junk between two members: refused, naming where the junk starts */
    snprintf(path, sizeof path, "%s/junk.csv.gz", t->dir);
    unlink(path);
    gz_append(path, "naam;email\nJan;j@x\n");
    at = file_size(path);
    raw_append(path, "JUNK", 4);
    gz_append(path, "Piet;p@x\n");
    snprintf(want, sizeof want, "the data at byte offset %ld, after gzip member 1, is not a gzip member", at);
    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_ERR_INPUT);
    if (!strstr(ei.msg[LANG_EN], want))
        fail_msg("'%s' lacks '%s'", ei.msg[LANG_EN], want);
    {
        cr_options given = {';', CR_ENC_UTF8, NULL, 0};
        assert_int_equal(read_dump(path, &given, d, &info, &ei), MG_ERR_INPUT);
        assert_non_null(strstr(ei.msg[LANG_EN], want));
    }

    /* trailing bytes after the last member: zeros, a lone magic byte, a gzip header cut off */
    {
        static const struct {
            const char *bytes;
            size_t len;
        } tails[] = {{"\0\0\0", 3}, {"\x1F", 1}, {"\x1F\x8B\x08", 3}, {"\n", 1}};
        size_t i;
        for (i = 0; i < ARRAY_LEN(tails); i++) {
            unlink(path);
            gz_append(path, "naam;email\nJan;j@x\n");
            gz_append(path, "Piet;p@x\n");
            at = file_size(path);
            raw_append(path, tails[i].bytes, tails[i].len);
            snprintf(want, sizeof want,
                     "the data at byte offset %ld, after gzip member 2, is not a gzip member", at);
            assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_ERR_INPUT);
            if (!strstr(ei.msg[LANG_EN], want))
                fail_msg("tail %zu: '%s' lacks '%s'", i, ei.msg[LANG_EN], want);
        }
    }
    free(d);
}

/* A UTF-8 file with BOM; a NUL byte is found in the first pass. */
static void test_file_bom(void **state)
{
    static const char data[] = "\xEF\xBB\xBFNaam\tE-mail\nJos\xC3\xA9\tj@x\n";
    static const char nul[] = "naam;x\n1;2\n3\0;4\n";
    dump *d = dump_new();
    cr_info info;
    mg_errinfo ei;
    const char *path = tmp_write(*state, "bom.csv", data, strlen(data));
    cr_options given = {'\t', CR_ENC_UTF8, NULL, 0};

    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_OK);
    assert_int_equal(info.encoding, CR_ENC_UTF8);
    assert_int_equal(info.bom, 1);
    assert_int_equal(info.delimiter, '\t');
    assert_int_equal(info.records, 2);
    assert_string_equal(d->buf, "L1+1 n=2 [Naam] [E-mail] raw=[Naam\\x09E-mail]\n"
                                "L2+1 n=2 [Jos\\xC3\\xA9] [j@x] raw=[Jos\\xC3\\xA9\\x09j@x]\n");
    /* given options: no detection */
    assert_int_equal(read_dump(path, &given, d, &info, &ei), MG_OK);
    assert_int_equal(info.delimiter_detected, 0);
    assert_int_equal(info.encoding_detected, 0);
    assert_int_equal(info.records, 2);

    path = tmp_write(*state, "bom.csv", nul, sizeof nul - 1);
    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_ERR_DATA);
    assert_int_equal(ei.line, 3);
    assert_non_null(strstr(ei.msg[LANG_EN], "NUL byte at line 3 (byte offset 12)"));
    assert_int_equal(read_dump(path, &given, d, &info, &ei), MG_ERR_DATA);
    assert_int_equal(ei.line, 3);
    assert_non_null(strstr(ei.msg[LANG_EN], "NUL byte at line 3 (byte offset 12)"));
    free(d);
}

/* An ambiguous file is a data error asking for `delimiter =`. */
static void test_file_ambiguous(void **state)
{
    static const char data[] = "a;b,c\n1;2,3\n";
    dump *d = dump_new();
    cr_info info;
    mg_errinfo ei;
    const char *path = tmp_write(*state, "crlf.csv", data, strlen(data));

    assert_int_equal(read_dump(path, &detect_opts, d, &info, &ei), MG_ERR_DATA);
    assert_non_null(strstr(ei.msg[LANG_EN], "set `delimiter =`"));
    assert_non_null(strstr(ei.msg[LANG_EN], path));
    free(d);
}

/* All tests. */
/* What a hashing callback saw: a digest of every record (FNV-1a over line, lines, fields and raw text), the
 * records counted, and the record at which to stop (0 = never). */
typedef struct hash_seen {
    uint64_t h;
    size_t n, stop_at;
} hash_seen;

/* Mix len bytes into a digest. */
static uint64_t fnv(uint64_t h, const void *p, size_t len)
{
    const unsigned char *b = p;
    size_t i;

    for (i = 0; i < len; i++)
        h = (h ^ b[i]) * UINT64_C(1099511628211);
    return h;
}

/* Record callback: digest the record; stop at stop_at. */
static int hash_cb(void *ctx, const cr_record *rec)
{
    hash_seen *s = ctx;
    size_t i;

    s->h = fnv(s->h, &rec->line, sizeof rec->line);
    s->h = fnv(s->h, &rec->nlines, sizeof rec->nlines);
    s->h = fnv(s->h, &rec->nfields, sizeof rec->nfields);
    for (i = 0; i < rec->nfields; i++) {
        s->h = fnv(s->h, &rec->fields[i].len, sizeof rec->fields[i].len);
        s->h = fnv(s->h, rec->fields[i].data, rec->fields[i].len);
    }
    s->h = fnv(s->h, rec->raw, rec->raw_len);
    s->n++;
    return s->stop_at && s->n == s->stop_at;
}

/* Read path with both readers, stopping at stop_at; assert they saw and returned the same; *n gets the
 * records seen. */
static mg_error read_both(const char *path, const cr_options *opt, size_t stop_at, size_t *n)
{
    hash_seen a = {UINT64_C(14695981039346656037), 0, stop_at}, b = a;
    mg_errinfo e1, e2;
    cr_info i1, i2;
    mg_error r1, r2;

    memset(&e1, 0, sizeof e1);
    memset(&e2, 0, sizeof e2);
    r1 = cr_read_file(path, opt, hash_cb, &a, &i1, &e1);
    r2 = cr_read_file_ahead(path, opt, hash_cb, &b, &i2, &e2);
    assert_int_equal(a.n, b.n);
    assert_true(a.h == b.h);
    if (!stop_at || a.n < stop_at) /* after a stop the read-ahead's counts may run ahead */
        same_read(r1, &e1, &i1, r2, &e2, &i2);
    else
        assert_int_equal(r2, MG_OK);
    *n = a.n;
    return r1;
}

/* The read-ahead hands over exactly what cr_read_file does on a file of many batches: records of every size
 * (quoted line breaks, empty fields and lines, two records larger than a batch, one larger than the buffer a
 * batch keeps), stopping at the first record, inside and at the edges of batches and at the last; then the
 * same file ending in an unterminated quote, and with a NUL byte in the middle: the same records before the
 * same error; records of empty fields only; a file of mixed encodings. */
static void test_file_ahead(void **state)
{
    enum { ROWS = 40000 };
    static const cr_options opts = {';', CR_ENC_UTF8, NULL, 0};
    static const size_t stops[] = {1, 2, 3, 500, 1001, 2047, 2048, 2049, 12345, ROWS / 2, ROWS + 1, ROWS + 2};
    size_t cap = 8u << 20, len = 0, i, n, total;
    char *data = malloc(cap);
    const char *path;

    assert_non_null(data);
    len += (size_t)snprintf(data + len, cap - len, "a;b;c\n");
    for (i = 0; i < ROWS; i++) {
        if (i == 1000 || i == 20000) { /* larger than a batch; the second larger than a batch keeps */
            size_t big = i == 1000 ? 300 * 1024 : 1536 * 1024, k;
            data[len++] = '"';
            for (k = 0; k < big; k++)
                data[len++] = (char)('a' + k % 26);
            len += (size_t)snprintf(data + len, cap - len, "\";x;\n");
        } else if (i % 97 == 0) {
            len += (size_t)snprintf(data + len, cap - len, "\"r%zu\nline two\";\"q\"\"%zu\";\n", i, i);
        } else if (i % 89 == 0) {
            len += (size_t)snprintf(data + len, cap - len, "\n");
        } else {
            len += (size_t)snprintf(data + len, cap - len, "user%zu;%zu;%s\n", i, i * 7919, i % 3 ? "z" : "");
        }
    }
    path = tmp_write(*state, "ahead.csv", data, len);
    assert_int_equal(read_both(path, &opts, 0, &total), MG_OK);
    assert_true(total > ROWS / 2);
    for (i = 0; i < ARRAY_LEN(stops); i++) {
        assert_int_equal(read_both(path, &opts, stops[i], &n), MG_OK);
        assert_int_equal(n, stops[i] < total ? stops[i] : total);
    }
    memcpy(data + len, "x;\"open\n", 8); /* an unterminated quote at the end */
    path = tmp_write(*state, "ahead.csv", data, len + 8);
    assert_int_equal(read_both(path, &opts, 0, &n), MG_ERR_DATA);
    assert_int_equal(n, total);
    data[len / 2] = '\0'; /* a NUL byte in the middle */
    path = tmp_write(*state, "ahead.csv", data, len);
    assert_int_equal(read_both(path, &opts, 0, &n), MG_ERR_DATA);
    assert_true(n > 0 && n < total);
    len = 0; /* records of empty fields only: batches fill up with their positions, not their bytes */
    for (i = 0; i < ROWS; i++)
        len += (size_t)snprintf(data + len, cap - len, i % 2 ? ";;;;;;;;;;;;;;;\n" : ";\n");
    path = tmp_write(*state, "ahead.csv", data, len);
    assert_int_equal(read_both(path, &opts, 0, &n), MG_OK);
    assert_int_equal(n, ROWS);
    assert_int_equal(read_both(path, &opts, ROWS - 7, &n), MG_OK);
    path = tmp_write(*state, "ahead.csv", "a;b\n\xC3\xA9;\xE9\n", 9); /* mixed encodings: no record at all */
    assert_int_equal(read_both(path, &detect_opts, 0, &n), MG_ERR_DATA);
    assert_int_equal(n, 0);
    free(data);
}

int main(void)
{
    struct CMUnitTest tests[ARRAY_LEN(parse_cases) + ARRAY_LEN(fail_cases) + ARRAY_LEN(utf8_cases) +
                            ARRAY_LEN(delim_cases) + 16];
    size_t n = 0, i;

    for (i = 0; i < ARRAY_LEN(parse_cases); i++) {
        struct CMUnitTest t = cmocka_unit_test_prestate(test_parse_case, (void *)&parse_cases[i]);
        t.name = parse_cases[i].name;
        tests[n++] = t;
    }
    for (i = 0; i < ARRAY_LEN(fail_cases); i++) {
        struct CMUnitTest t = cmocka_unit_test_prestate(test_fail_case, (void *)&fail_cases[i]);
        t.name = fail_cases[i].name;
        tests[n++] = t;
    }
    for (i = 0; i < ARRAY_LEN(utf8_cases); i++) {
        struct CMUnitTest t = cmocka_unit_test_prestate(test_utf8_case, (void *)&utf8_cases[i]);
        t.name = utf8_cases[i].name;
        tests[n++] = t;
    }
    for (i = 0; i < ARRAY_LEN(delim_cases); i++) {
        struct CMUnitTest t = cmocka_unit_test_prestate(test_delim_case, (void *)&delim_cases[i]);
        t.name = delim_cases[i].name;
        tests[n++] = t;
    }
    {
        const struct CMUnitTest rest[] = {
            cmocka_unit_test(test_stop),
            cmocka_unit_test(test_limits),
            cmocka_unit_test(test_header_normalise),
            cmocka_unit_test(test_names),
            cmocka_unit_test_setup_teardown(test_file_plain, tmp_setup, tmp_teardown),
            cmocka_unit_test_setup_teardown(test_file_gzip, tmp_setup, tmp_teardown),
            cmocka_unit_test_setup_teardown(test_file_gzip_stop, tmp_setup, tmp_teardown),
            cmocka_unit_test_setup_teardown(test_file_missing, tmp_setup, tmp_teardown),
            cmocka_unit_test_setup_teardown(test_file_cp1252, tmp_setup, tmp_teardown),
            cmocka_unit_test_setup_teardown(test_file_bom, tmp_setup, tmp_teardown),
            cmocka_unit_test_setup_teardown(test_file_ambiguous, tmp_setup, tmp_teardown),
            cmocka_unit_test_setup_teardown(test_file_ahead, tmp_setup, tmp_teardown),
            cmocka_unit_test_setup_teardown(test_file_encoding, tmp_setup, tmp_teardown),
            cmocka_unit_test_setup_teardown(test_file_mixed_chunk_edge, tmp_setup, tmp_teardown),
            cmocka_unit_test_setup_teardown(test_file_gzip_members, tmp_setup, tmp_teardown),
        };
        for (i = 0; i < ARRAY_LEN(rest); i++)
            tests[n++] = rest[i];
    }
    return _cmocka_run_group_tests("csvread", tests, n, NULL, NULL);
}
