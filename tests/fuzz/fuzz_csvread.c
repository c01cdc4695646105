/*
 * fuzz_csvread.c — libFuzzer target for migrate/csvread.c.
 *
 * The whole input is a CSV file. Per input:
 *   - cr_detect_delimiter with the header names of each input file (from the
 *     catalogue in formats/) and with none;
 *   - a cr_parser for each delimiter and both encodings, fed (a) whole,
 *     (b) in three pieces at positions taken from the first input byte and
 *     (c) one byte at a time for small inputs: every chunking must give the
 *     same records (hashed), counters and error (property: abort() if not);
 *   - the same once with a callback that stops early;
 *   - every record's raw text and fields must be valid UTF-8 and its line
 *     numbers must increase;
 *   - the incremental UTF-8 validator against a plain reference decoder;
 *   - cr_header_normalise on the input with small output buffers;
 *   - the mixed-encoding decision of the validator (valid multi-byte
 *     sequences and invalid bytes both seen) against the reference, whole,
 *     chunked and byte at a time;
 *   - cr_read_file on the input written to a temporary file (encoding and
 *     delimiter detection, gzip when the input starts with its magic bytes):
 *     when it succeeds on a plain file, its records must equal those of a
 *     cr_parser with the delimiter and encoding it detected; a file is either
 *     decoded as UTF-8 (when it is valid UTF-8), read as Windows-1252 (only
 *     when it holds no valid multi-byte sequence), or refused — a mixed file
 *     always with mixed-encoding at the reference's first invalid byte — so
 *     valid multi-byte sequences are never turned into mojibake.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "csvread.h"
#include "error.h"
#include "fuzz_common.h"

/* Used when formats/ cannot be loaded: the canonical names and some aliases. */
static const char *const fz_fallback_names[] = {
    "gebruikersnaam", "naam", "email", "rol", "eh_niveau", "status", "loonheffingennummer", "kvk",
    "vestigingsnummer", "opvolger", "reden", "open_meldingen", "eigenrisicodrager", "eh_leverancier",
    "vertegenwoordiger", "vertegenwoordiger_email", "groep", "land", "dienst", "ingangsdatum", "einddatum",
    "gebruiker", "login", "username", "user", "name", "e_mail", "mail", "role", "niveau", "level", "state",
    "loonheffingsnummer", "lhn", "werkgever", "kvk_nummer", "coc", "erd", "leverancier", "service",
};

static catalog *fz_cat;
static char fz_tmpdir[4096];
static char fz_csv[4096 + 32];
static const char **fz_known[SC_FILE_COUNT];
static size_t fz_nknown[SC_FILE_COUNT];

static void fz_cleanup(void)
{
    if (fz_tmpdir[0])
        fz_rmtree(fz_tmpdir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    mg_errinfo ei;
    int f;

    (void)argc;
    (void)argv;
    snprintf(fz_tmpdir, sizeof fz_tmpdir, "%s", fz_mkdtemp("csvread"));
    snprintf(fz_csv, sizeof fz_csv, "%s/input.csv", fz_tmpdir);
    atexit(fz_cleanup);
    if (cat_load(fz_formats_dir(), &fz_cat, &ei) == MG_OK) {
        for (f = 0; f < SC_FILE_COUNT; f++)
            fz_known[f] = cat_input_names(fz_cat, (sc_file)f, &fz_nknown[f]);
    } else {
        fprintf(stderr, "fuzz_csvread: cannot load %s (%s); using a built-in list of header names\n",
                fz_formats_dir(), ei.msg[LANG_EN]);
        for (f = 0; f < SC_FILE_COUNT; f++) {
            fz_known[f] = (const char **)fz_fallback_names;
            fz_nknown[f] = sizeof fz_fallback_names / sizeof fz_fallback_names[0];
        }
    }
    return 0;
}

/* ---- reference UTF-8 decoder (Unicode Table 3-7, well-formed byte sequences) ---- */

/* 1 if p[0..n) is valid UTF-8; else 0 and *bad = offset of the first broken sequence (its lead byte; a
 * byte that cannot start a sequence is its own lead), also for a sequence cut off by the end. */
FZ_NOCOV static int ref_utf8(const unsigned char *p, size_t n, size_t *bad)
{
    size_t i = 0;

    while (i < n) {
        unsigned b = p[i];
        unsigned need, lo = 0x80, hi = 0xBF;
        size_t k;

        if (b < 0x80) {
            i++;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF)
            need = 1;
        else if (b >= 0xE0 && b <= 0xEF)
            need = 2, lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
        else if (b >= 0xF0 && b <= 0xF4)
            need = 3, lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
        else {
            *bad = i;
            return 0;
        }
        for (k = 1; k <= need; k++) {
            if (i + k >= n) {
                *bad = i;
                return 0;
            }
            if (p[i + k] < (k == 1 ? lo : 0x80) || p[i + k] > (k == 1 ? hi : 0xBF)) {
                *bad = i; /* migrate reports the lead byte of the broken sequence */
                return 0;
            }
        }
        i += need + 1;
    }
    return 1;
}

/* 1 if p[0..n) holds at least one valid multi-byte sequence and at least one invalid byte (a broken sequence
 * is skipped from its lead byte: scanning goes on at the byte after it). */
FZ_NOCOV static int ref_mixed(const unsigned char *p, size_t n)
{
    size_t i = 0;
    int multi = 0, bad = 0;

    while (i < n) {
        unsigned b = p[i];
        unsigned need, lo = 0x80, hi = 0xBF;
        size_t k;

        if (b < 0x80) {
            i++;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF)
            need = 1;
        else if (b >= 0xE0 && b <= 0xEF)
            need = 2, lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
        else if (b >= 0xF0 && b <= 0xF4)
            need = 3, lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
        else {
            bad = 1;
            i++;
            continue;
        }
        for (k = 1; k <= need; k++)
            if (i + k >= n || p[i + k] < (k == 1 ? lo : 0x80) || p[i + k] > (k == 1 ? hi : 0xBF))
                break;
        if (k <= need) {
            bad = 1;
            i++;
            continue;
        }
        multi = 1;
        i += need + 1;
    }
    return multi && bad;
}

static int ref_utf8_ok(const char *p, size_t n)
{
    size_t bad;
    return ref_utf8((const unsigned char *)p, n, &bad);
}

/* ---- the parser run under one chunking ---- */

typedef struct run_ctx {
    uint64_t hash;
    long nrec;
    long stop_after; /* 0 = never stop */
    long next_line;  /* smallest line the next record may start on */
    char delim;
    cr_encoding enc;
} run_ctx;

typedef struct run_result {
    uint64_t hash;
    long nrec;
    mg_error err;
    long err_line;
    char err_msg[MG_ERRMSG_MAX];
    cr_info info;
} run_result;

FZ_NOCOV static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    size_t i;

    for (i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static int on_record(void *vctx, const cr_record *rec)
{
    run_ctx *c = vctx;
    size_t i;

    FZ_CHECK(rec->line >= 1 && rec->nlines >= 1, "record %ld: line %ld nlines %ld", c->nrec + 1, rec->line,
             rec->nlines);
    FZ_CHECK(rec->line >= c->next_line, "record %ld starts on line %ld, before line %ld", c->nrec + 1, rec->line,
             c->next_line);
    c->next_line = rec->line + rec->nlines;
    FZ_CHECK(rec->raw != NULL, "record at line %ld has raw == NULL", rec->line);
    FZ_CHECK(ref_utf8_ok(rec->raw, rec->raw_len), "raw text of the record at line %ld is not valid UTF-8 (%s)",
             rec->line, c->enc == CR_ENC_UTF8 ? "utf-8" : "cp1252");
    FZ_CHECK(rec->nfields >= 1, "record at line %ld has no fields", rec->line);
    c->hash = fnv(c->hash, &rec->line, sizeof rec->line);
    c->hash = fnv(c->hash, &rec->nlines, sizeof rec->nlines);
    c->hash = fnv(c->hash, &rec->nfields, sizeof rec->nfields);
    c->hash = fnv(c->hash, &rec->raw_len, sizeof rec->raw_len);
    c->hash = fnv(c->hash, rec->raw, rec->raw_len);
    for (i = 0; i < rec->nfields; i++) {
        const cr_field *f = &rec->fields[i];
        FZ_CHECK(f->len == 0 || f->data != NULL, "field %zu of line %ld: data NULL, len %zu", i + 1, rec->line,
                 f->len);
        FZ_CHECK(ref_utf8_ok(f->data, f->len), "field %zu of the record at line %ld is not valid UTF-8", i + 1,
                 rec->line);
        c->hash = fnv(c->hash, &f->len, sizeof f->len);
        if (f->len)
            c->hash = fnv(c->hash, f->data, f->len);
    }
    c->nrec++;
    return c->stop_after > 0 && c->nrec >= c->stop_after;
}

/* Parse data with the chunk boundaries cuts[0..ncuts) (increasing, inside [0, n]); step 1 = byte at a time. */
static void run_parser(const uint8_t *data, size_t n, char delim, cr_encoding enc, const size_t *cuts,
                       size_t ncuts, int bytewise, long stop_after, run_result *out)
{
    run_ctx c;
    mg_errinfo ei, ei2;
    cr_parser *p;
    mg_error err = MG_OK, err2;
    size_t pos = 0, k;

    memset(&c, 0, sizeof c);
    memset(out, 0, sizeof *out);
    memset(&ei, 0, sizeof ei);
    c.hash = 0xcbf29ce484222325ULL;
    c.stop_after = stop_after;
    c.delim = delim;
    c.enc = enc;
    p = cr_parser_new(delim, enc, "fuzz.csv", on_record, &c);
    FZ_CHECK(p != NULL, "cr_parser_new failed (delim %d, enc %d)", delim, enc);
    if (bytewise) {
        for (pos = 0; pos < n && err == MG_OK; pos++)
            err = cr_parser_feed(p, data + pos, 1, &ei);
    } else {
        for (k = 0; k <= ncuts && err == MG_OK; k++) {
            size_t end = k < ncuts ? cuts[k] : n;
            err = cr_parser_feed(p, data + pos, end - pos, &ei);
            pos = end;
        }
    }
    if (err == MG_OK)
        err = cr_parser_finish(p, &ei);
    if (err != MG_OK && err != MG_ERR_NOMEM) {
        /* an error sticks: later calls return it again with the same details */
        memset(&ei2, 0, sizeof ei2);
        err2 = cr_parser_finish(p, &ei2);
        FZ_CHECK(err2 == err && ei2.line == ei.line && strcmp(ei2.msg[LANG_EN], ei.msg[LANG_EN]) == 0,
                 "error not replayed: %d '%s' then %d '%s'", err, ei.msg[LANG_EN], err2, ei2.msg[LANG_EN]);
    }
    cr_parser_info(p, &out->info);
    cr_parser_free(p);
    out->hash = c.hash;
    out->nrec = c.nrec;
    out->err = err;
    if (err != MG_OK) {
        out->err_line = ei.line;
        snprintf(out->err_msg, sizeof out->err_msg, "%s", ei.msg[LANG_EN]);
        FZ_CHECK(err == MG_ERR_DATA || err == MG_ERR_NOMEM, "unexpected error %d: %s", err, ei.msg[LANG_EN]);
    }
}

static void same_result(const run_result *a, const run_result *b, const char *what, char delim,
                        cr_encoding enc)
{
    FZ_CHECK(a->err == b->err && a->err_line == b->err_line && strcmp(a->err_msg, b->err_msg) == 0,
             "[%s, delim 0x%02x, enc %d] errors differ: whole %d line %ld '%s' vs %d line %ld '%s'", what, delim,
             enc, a->err, a->err_line, a->err_msg, b->err, b->err_line, b->err_msg);
    FZ_CHECK(a->nrec == b->nrec && a->hash == b->hash,
             "[%s, delim 0x%02x, enc %d] records differ: whole %ld records (hash %016llx), chunked %ld (%016llx)",
             what, delim, enc, a->nrec, (unsigned long long)a->hash, b->nrec, (unsigned long long)b->hash);
    if (a->err == MG_OK)
        FZ_CHECK(a->info.lines == b->info.lines && a->info.records == b->info.records &&
                     a->info.bom == b->info.bom && a->info.crlf == b->info.crlf,
                 "[%s, delim 0x%02x, enc %d] counters differ: lines %ld/%ld records %ld/%ld bom %d/%d crlf %d/%d",
                 what, delim, enc, a->info.lines, b->info.lines, a->info.records, b->info.records, a->info.bom,
                 b->info.bom, a->info.crlf, b->info.crlf);
    if (a->err == MG_OK)
        FZ_CHECK(a->info.records == a->nrec, "info.records %ld but %ld callbacks", a->info.records, a->nrec);
}

/* ---- UTF-8 validator against the reference ---- */

static void check_utf8(const uint8_t *data, size_t n, const size_t *cuts, size_t ncuts)
{
    size_t bad = 0, k, pos = 0;
    int ref = ref_utf8(data, n, &bad);
    cr_utf8_state st;
    int v;

    int mixed = ref_mixed(data, n);

    cr_utf8_init(&st);
    cr_utf8_feed(&st, data, n);
    v = cr_utf8_finish(&st);
    FZ_CHECK(v == ref, "cr_utf8 says %d, reference %d (reference bad offset %zu)", v, ref, bad);
    if (!ref)
        FZ_CHECK(st.bad_offset == bad && st.bad_byte == data[bad],
                 "cr_utf8 bad_offset %llu byte 0x%02X, reference %zu byte 0x%02X", st.bad_offset, st.bad_byte, bad,
                 data[bad]);
    FZ_CHECK(st.offset == n, "cr_utf8 offset %llu after %zu bytes", st.offset, n);
    FZ_CHECK(cr_utf8_mixed(&st) == mixed, "cr_utf8_mixed says %d, reference %d", cr_utf8_mixed(&st), mixed);

    cr_utf8_init(&st);
    for (k = 0; k <= ncuts; k++) {
        size_t end = k < ncuts ? cuts[k] : n;
        cr_utf8_feed(&st, data + pos, end - pos);
        pos = end;
    }
    v = cr_utf8_finish(&st);
    FZ_CHECK(v == ref, "chunked cr_utf8 says %d, reference %d", v, ref);
    if (!ref)
        FZ_CHECK(st.bad_offset == bad, "chunked cr_utf8 bad_offset %llu, reference %zu", st.bad_offset, bad);
    FZ_CHECK(cr_utf8_mixed(&st) == mixed, "chunked cr_utf8_mixed says %d, reference %d", cr_utf8_mixed(&st),
             mixed);

    if (n <= 4096) {
        cr_utf8_init(&st);
        for (pos = 0; pos < n; pos++)
            cr_utf8_feed(&st, data + pos, 1);
        v = cr_utf8_finish(&st);
        FZ_CHECK(v == ref, "bytewise cr_utf8 says %d, reference %d", v, ref);
        if (!ref)
            FZ_CHECK(st.bad_offset == bad, "bytewise cr_utf8 bad_offset %llu, reference %zu", st.bad_offset, bad);
        FZ_CHECK(cr_utf8_mixed(&st) == mixed, "bytewise cr_utf8_mixed says %d, reference %d", cr_utf8_mixed(&st),
                 mixed);
    }
}

/* ---- header normalisation ---- */

static void check_normalise(const uint8_t *data, size_t n)
{
    char out[40];
    size_t sizes[] = {1, 2, 7, sizeof out}, i, len, take = n < 64 ? n : 64, j;

    FZ_CHECK(cr_header_normalise((const char *)data, take, out, 0) == 0, "outsz 0 must give 0");
    for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        memset(out, 'X', sizeof out);
        len = cr_header_normalise((const char *)data, take, out, sizes[i]);
        FZ_CHECK(len < sizes[i] && out[len] == '\0', "cr_header_normalise: len %zu, outsz %zu", len, sizes[i]);
        for (j = 0; j < len; j++)
            FZ_CHECK(!(out[j] >= 'A' && out[j] <= 'Z') && out[j] != ' ' && out[j] != '-',
                     "cr_header_normalise left '%c' at %zu", out[j], j);
    }
}

/* ---- cr_read_file: the two-pass reader of a whole file ---- */

static void check_read_file(const uint8_t *data, size_t n, sc_file f)
{
    cr_options opt = {0, CR_ENC_AUTO, NULL, 0};
    cr_info info;
    run_ctx c;
    run_result direct;
    mg_errinfo ei;
    mg_error err;
    int gzip, mixed;

    opt.known = fz_known[f];
    opt.nknown = fz_nknown[f];
    fz_write_file(fz_csv, data, n);
    memset(&c, 0, sizeof c);
    c.hash = 0xcbf29ce484222325ULL;
    c.enc = CR_ENC_UTF8; /* records are UTF-8 whatever the file's encoding */
    memset(&ei, 0, sizeof ei);
    err = cr_read_file(fz_csv, &opt, on_record, &c, &info, &ei);
    gzip = n >= 2 && data[0] == 0x1F && data[1] == 0x8B;
    mixed = !gzip && ref_mixed(data, n);
    if (mixed && !memchr(data, '\0', n) && !(n >= 2 && (data[0] == 0xFF || data[0] == 0xFE)))
        FZ_CHECK(err == MG_ERR_DATA && strncmp(ei.msg[LANG_EN], "mixed-encoding: ", 16) == 0,
                 "a mixed file (valid multi-byte sequences and invalid bytes) was not refused as mixed-encoding: "
                 "err %d '%s'",
                 err, ei.msg[LANG_EN]);
    if (err == MG_ERR_DATA && strncmp(ei.msg[LANG_EN], "mixed-encoding: ", 16) == 0 && !gzip) {
        size_t bad = 0;
        const char *at = strstr(ei.msg[LANG_EN], "(byte offset ");
        FZ_CHECK(mixed, "mixed-encoding for a file the reference does not call mixed: %s", ei.msg[LANG_EN]);
        ref_utf8(data, n, &bad);
        FZ_CHECK(at && strtoull(at + 13, NULL, 10) == bad, "mixed-encoding names '%s', reference offset %zu",
                 at ? at : "(none)", bad);
        {
            long line = 1;
            size_t i;
            for (i = 0; i < bad; i++)
                line += data[i] == '\n' || (data[i] == '\r' && data[i + 1] != '\n');
            FZ_CHECK(ei.line == line, "mixed-encoding on line %ld, reference line %ld: %s", ei.line, line, ei.msg[LANG_EN]);
        }
    }
    if (err != MG_OK) {
        FZ_CHECK(err == MG_ERR_DATA || err == MG_ERR_INPUT, "cr_read_file error %d: %s", err, ei.msg[LANG_EN]);
        FZ_CHECK(ei.msg[LANG_EN][0], "cr_read_file error %d without a message", err);
        if (err == MG_ERR_INPUT)
            FZ_CHECK(gzip, "MG_ERR_INPUT on a plain file: %s", ei.msg[LANG_EN]);
        return;
    }
    FZ_CHECK(!mixed, "a mixed file was read (encoding %d): its valid multi-byte sequences would be mojibake",
             info.encoding);
    FZ_CHECK(info.delimiter == ';' || info.delimiter == ',' || info.delimiter == '\t' || info.delimiter == '|',
             "cr_read_file delimiter 0x%02x", info.delimiter);
    FZ_CHECK(info.encoding == CR_ENC_UTF8 || info.encoding == CR_ENC_CP1252, "cr_read_file encoding %d",
             info.encoding);
    FZ_CHECK(info.records == c.nrec, "cr_read_file: info.records %ld, %ld callbacks", info.records, c.nrec);
    if (info.gzip)
        return;
    FZ_CHECK(info.encoding == (ref_utf8_ok((const char *)data, n) ? CR_ENC_UTF8 : CR_ENC_CP1252),
             "cr_read_file detected encoding %d, reference says %s", info.encoding,
             ref_utf8_ok((const char *)data, n) ? "UTF-8" : "not UTF-8");
    run_parser(data, n, info.delimiter, info.encoding, NULL, 0, 0, 0, &direct);
    FZ_CHECK(direct.err == MG_OK && direct.nrec == c.nrec && direct.hash == c.hash &&
                 direct.info.lines == info.lines && direct.info.bom == info.bom && direct.info.crlf == info.crlf,
             "cr_read_file (delim 0x%02x, enc %d): %ld records hash %016llx lines %ld; parser: err %d '%s' %ld "
             "records hash %016llx lines %ld",
             info.delimiter, info.encoding, c.nrec, (unsigned long long)c.hash, info.lines, direct.err,
             direct.err_msg, direct.nrec, (unsigned long long)direct.hash, direct.info.lines);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char delims[] = {';', ',', '\t', '|'};
    static const cr_encoding encs[] = {CR_ENC_UTF8, CR_ENC_CP1252};
    size_t cuts[2], di, ei_, f;
    mg_errinfo ei;
    char d;
    mg_error err;

    if (size == 0)
        return 0;
    /* chunk boundaries from the first byte: one near the start, one scaled over the input */
    cuts[0] = data[0] % (size + 1);
    cuts[1] = (size_t)(((unsigned long long)size * data[0]) / 255u);
    if (cuts[1] < cuts[0])
        cuts[1] = cuts[0];

    for (f = 0; f <= SC_FILE_COUNT; f++) {
        const char *const *known = f < SC_FILE_COUNT ? fz_known[f] : NULL;
        size_t nknown = f < SC_FILE_COUNT ? fz_nknown[f] : 0;
        memset(&ei, 0, sizeof ei);
        d = 0;
        err = cr_detect_delimiter((const char *)data, size, known, nknown, &d, "fuzz.csv", &ei);
        if (err == MG_OK)
            FZ_CHECK(d == ';' || d == ',' || d == '\t' || d == '|', "detected delimiter 0x%02x", d);
        else
            FZ_CHECK(err == MG_ERR_DATA && ei.msg[LANG_EN][0] && ei.line == 1, "detection error %d line %ld '%s'", err,
                     ei.line, ei.msg[LANG_EN]);
    }

    for (di = 0; di < sizeof delims; di++) {
        for (ei_ = 0; ei_ < sizeof encs / sizeof encs[0]; ei_++) {
            run_result whole, split, bytes;
            run_parser(data, size, delims[di], encs[ei_], NULL, 0, 0, 0, &whole);
            run_parser(data, size, delims[di], encs[ei_], cuts, 2, 0, 0, &split);
            same_result(&whole, &split, "split", delims[di], encs[ei_]);
            if (size <= 2048) {
                run_parser(data, size, delims[di], encs[ei_], NULL, 0, 1, 0, &bytes);
                same_result(&whole, &bytes, "bytewise", delims[di], encs[ei_]);
            }
        }
    }

    /* a callback that stops early: same records in both chunkings, and nothing after the stop */
    {
        long stop = 1 + data[0] % 4;
        run_result whole, split;
        char delim = delims[(data[0] >> 2) % 4];
        cr_encoding enc = encs[(data[0] >> 4) & 1];
        run_parser(data, size, delim, enc, NULL, 0, 0, stop, &whole);
        run_parser(data, size, delim, enc, cuts, 2, 0, stop, &split);
        FZ_CHECK(whole.nrec <= stop, "callback asked to stop after %ld records, got %ld", stop, whole.nrec);
        FZ_CHECK(whole.nrec == split.nrec && whole.hash == split.hash && whole.err == split.err,
                 "with stop after %ld: whole %ld records err %d, split %ld records err %d", stop, whole.nrec,
                 whole.err, split.nrec, split.err);
    }

    check_utf8(data, size, cuts, 2);
    check_normalise(data, size);
    check_read_file(data, size, (sc_file)(data[0] % SC_FILE_COUNT));
    return 0;
}
