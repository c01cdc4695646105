/* csvread.c — streaming CSV reader: gzip, BOM, encoding and delimiter detection, physical lines. */
#include "csvread.h"

#include <csv.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "cp1252.h"
#include "platform.h"

#define CR_CHUNK_BYTES (64 * 1024)             /* read size of cr_read_file */
#define CR_MAX_RECORD_BYTES (4 * CR_MAX_FIELD) /* longest record (all its physical lines) accepted */
#define CR_CSV_BLK_MIN (64 * 1024)             /* smallest growth step of libcsv's field buffer */
#define CR_HEADER_NAME_MAX 256                 /* longest header cell compared with known names */
#define CR_NCANDIDATES 4                       /* delimiters tried by detection */
#define CR_CONSISTENT_NUM 9                    /* a split is consistent when at least 9/10 ... */
#define CR_CONSISTENT_DEN 10                   /* ... of the data records have the header's field count */
#define CR_UTF8_MAX_CP 0x10FFFFu
#define CR_ASCII_MASK 0x8080808080808080ull /* a high bit in any of eight bytes */
#define CR_SURROGATE_LO 0xD800u
#define CR_SURROGATE_HI 0xDFFFu
#define CR_UTF16_PROBE 64 /* first bytes looked at for the NUL pattern of UTF-16 */
#define CR_UTF16_NUM 3    /* UTF-16 when at least 3/4 of their byte pairs ... */
#define CR_UTF16_DEN 4    /* ... hold one NUL, always in the same place */

/* Hard limits of the read-ahead (cr_read_file_ahead). */
#define CR_BATCH_BYTES (256 * 1024) /* one batch's records (bytes, positions); a larger record: alone */
#define CR_BATCH_KEEP (4 * CR_BATCH_BYTES) /* a batch's buffer above this is freed once used */
#define CR_AHEAD_BATCHES 4                 /* batches: one filled, two waiting, one being used */

static const unsigned char cr_bom[3] = {0xEF, 0xBB, 0xBF};
static const char cr_candidates[CR_NCANDIDATES] = {';', ',', '\t', '|'};

/* Windows-1252 → UTF-8 for every byte; len 0 = undefined. */
typedef struct cr_cp1252 {
    unsigned char len[256];
    unsigned char utf8[256][4];
} cr_cp1252;

/* Push parser state: input position, current line and record, reused buffers. */
struct cr_parser {
    struct csv_parser csv;
    int csv_ready;
    char delim;
    cr_encoding enc;
    char *path;
    cr_record_cb cb;
    void *ctx;
    cr_cp1252 *cp;
    cr_utf8_state utf8;

    unsigned long long offset; /* input bytes consumed */
    int at_start;              /* still looking for a BOM */
    size_t bom_seen;           /* BOM bytes matched so far */
    int bom;
    int pending_cr; /* the current line ended in '\r'; a '\n' may follow */

    long lines; /* physical lines completed */
    long n_crlf, n_lf, n_cr;

    int in_record;   /* a record has started and not yet ended */
    long rec_line;   /* physical line the current record started on */
    size_t term_len; /* terminator length of the line being parsed */
    char *raw;       /* the record's lines so far, the current line last */
    size_t raw_len, raw_cap;
    size_t line_start; /* offset of the current line in raw */

    char *fbuf; /* field bytes of the current record, contiguous */
    size_t fbuf_len, fbuf_cap;
    cr_field *fields;
    size_t nfields, fields_cap;

    long records;
    int stopped;  /* the callback asked to stop */
    int finished; /* cr_parser_finish was called */
    mg_error err;
    mg_errinfo *ei; /* caller's errinfo for the running call */
    mg_errinfo errsave;
};

/* Grow an array to hold need elements of elem bytes; returns the new pointer or NULL (buf untouched). */
static void *cr_grow(void *buf, size_t *cap, size_t need, size_t elem)
{
    size_t ncap = *cap ? *cap : 64;
    void *nb;

    if (need <= *cap)
        return buf;
    while (ncap < need)
        ncap *= 2;
    nb = realloc(buf, ncap * elem);
    if (!nb)
        return NULL;
    *cap = ncap;
    return nb;
}

/* Record an error in the parser (kept for later calls) and in the caller's errinfo: a Dutch and an English
 * format (use CR_FAIL). */
static mg_error cr_fail_msg(cr_parser *p, mg_error err, long line, const char *nl, const char *en, ...)
    PF_PRINTF(4, 6) PF_PRINTF(5, 6);
static mg_error cr_fail_msg(cr_parser *p, mg_error err, long line, const char *nl, const char *en, ...)
{
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    va_list ap;

    va_start(ap, en);
    mg_vformat_langs(msg, nl, en, ap);
    va_end(ap);
    p->err = err;
    mg_fail_texts(&p->errsave, err, p->path, line, msg[LANG_NL], msg[LANG_EN]);
    if (p->ei)
        *p->ei = p->errsave;
    return err;
}

/* Record catalogue message id (msg.h) as the parser's error at line, in both languages. */
#define CR_FAIL(p, err, line, id, ...) cr_fail_msg((p), (err), (line), NL_##id, EN_##id, ##__VA_ARGS__)

/* Return the parser's stored error again. */
static mg_error cr_replay(const cr_parser *p, mg_errinfo *ei)
{
    if (ei)
        *ei = p->errsave;
    return p->err;
}

/* Space test for libcsv when the delimiter is TAB: only ' ' is a space. */
static int cr_space_tab(unsigned char c)
{
    return c == ' ';
}

/* Space test for libcsv for the other delimiters: ' ' and TAB. */
static int cr_space_default(unsigned char c)
{
    return c == ' ' || c == '\t';
}

/* 1 if the line (without terminator) holds only characters libcsv skips before a record. */
static int cr_line_blank(const cr_parser *p, const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (p->delim == '\t' ? !cr_space_tab(c) : !cr_space_default(c))
            return 0;
    }
    return 1;
}

/* Build the Windows-1252 → UTF-8 table (cp1252.c). */
static void cr_cp1252_build(cr_cp1252 *t)
{
    unsigned b;

    for (b = 0; b < 256; b++)
        t->len[b] = (unsigned char)cp_to_utf8((unsigned char)b, (char *)t->utf8[b]);
}

/* Start the UTF-8 check. */
void cr_utf8_init(cr_utf8_state *st)
{
    memset(st, 0, sizeof *st);
    st->valid = 1;
}

/* Number of continuation bytes of the sequence being built (from its minimum code point). */
static unsigned cr_utf8_total(const cr_utf8_state *st)
{
    if (st->min == 0x80)
        return 1;
    if (st->min == 0x800)
        return 2;
    return 3;
}

/* Note a broken sequence starting at offset off (the first one is kept) and start over. */
static void cr_utf8_bad(cr_utf8_state *st, unsigned long long off)
{
    if (st->valid) {
        st->valid = 0;
        st->bad_offset = off;
        st->bad_byte = st->lead;
    }
    st->need = 0;
}

/* 1 if b cannot be the second byte of the sequence started: an overlong form, a surrogate, > U+10FFFF. */
static int cr_utf8_second_bad(const cr_utf8_state *st, unsigned b)
{
    if (st->min == 0x800 && st->cp == 0x0 && b < 0xA0)
        return 1;
    if (st->min == 0x800 && st->cp == 0xD && b > 0x9F)
        return 1;
    if (st->min == 0x10000 && st->cp == 0x0 && b < 0x90)
        return 1;
    if (st->min == 0x10000 && st->cp == 0x4 && b > 0x8F)
        return 1;
    return 0;
}

/* Check n more bytes; after the first invalid byte go on counting valid multi-byte sequences. */
void cr_utf8_feed(cr_utf8_state *st, const unsigned char *p, size_t n)
{
    size_t i;

    if (!st->valid && st->multi) {
        /* both seen: nothing more to learn */
        st->offset += n;
        return;
    }
    for (i = 0; i < n; i++) {
        unsigned b;

        if (st->need == 0) {
            /* fast path: skip eight ASCII bytes at a time */
            uint64_t w;
            while (i + sizeof w <= n) {
                memcpy(&w, p + i, sizeof w);
                if (w & CR_ASCII_MASK)
                    break;
                i += sizeof w;
            }
            if (i >= n)
                break;
        }
        b = p[i];
        if (st->need == 0) {
            if (b < 0x80)
                continue;
            st->lead = b;
            if (b >= 0xC2 && b <= 0xDF) {
                st->need = 1, st->cp = b & 0x1F, st->min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                st->need = 2, st->cp = b & 0x0F, st->min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                st->need = 3, st->cp = b & 0x07, st->min = 0x10000;
            } else {
                cr_utf8_bad(st, st->offset + i);
                continue;
            }
            continue;
        }
        if ((b & 0xC0) != 0x80 || (st->need == cr_utf8_total(st) && cr_utf8_second_bad(st, b))) {
            /* the sequence is broken at its lead byte; a byte that can start one is looked at again */
            cr_utf8_bad(st, st->offset + i - (cr_utf8_total(st) - st->need + 1));
            if ((b & 0xC0) != 0x80)
                i--;
            continue;
        }
        st->cp = (st->cp << 6) | (b & 0x3F);
        st->need--;
        if (st->need == 0) {
            if (st->cp < st->min || st->cp > CR_UTF8_MAX_CP ||
                (st->cp >= CR_SURROGATE_LO && st->cp <= CR_SURROGATE_HI))
                cr_utf8_bad(st, st->offset + i - cr_utf8_total(st));
            else
                st->multi++;
        }
    }
    st->offset += n;
}

/* End of input: a sequence still open is truncated. */
int cr_utf8_finish(cr_utf8_state *st)
{
    if (st->need > 0)
        cr_utf8_bad(st, st->offset - (cr_utf8_total(st) - st->need) - 1);
    return st->valid;
}

/* 1 if valid multi-byte sequences and invalid bytes were both seen. */
int cr_utf8_mixed(const cr_utf8_state *st)
{
    return !st->valid && st->multi > 0;
}

/* Normalise a header cell: trim blanks, lower-case ASCII, ' ' and '-' → '_'. */
size_t cr_header_normalise(const char *in, size_t len, char *out, size_t outsz)
{
    size_t a = 0, b = len, n = 0;

    if (outsz == 0)
        return 0;
    while (a < b && strchr(" \t\r\n\v\f", in[a]) && in[a] != '\0')
        a++;
    while (b > a && strchr(" \t\r\n\v\f", in[b - 1]) && in[b - 1] != '\0')
        b--;
    for (; a < b && n + 1 < outsz; a++) {
        char c = in[a];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        else if (c == ' ' || c == '-')
            c = '_';
        out[n++] = c;
    }
    out[n] = '\0';
    return n;
}

/* libcsv field callback: append the field to the current record. */
static void cr_on_field(void *s, size_t len, void *data)
{
    cr_parser *p = data;
    void *nb;

    if (p->err || p->stopped)
        return;
    if (p->nfields >= CR_MAX_FIELDS) {
        CR_FAIL(p, MG_ERR_DATA, p->rec_line, MSG_CSV_TOO_MANY_FIELDS, p->rec_line, CR_MAX_FIELDS);
        return;
    }
    if (len > CR_MAX_FIELD) {
        CR_FAIL(p, MG_ERR_DATA, p->rec_line, MSG_CSV_FIELD_TOO_LONG, p->nfields + 1, p->rec_line,
                CR_MAX_FIELD);
        return;
    }
    nb = cr_grow(p->fbuf, &p->fbuf_cap, p->fbuf_len + len + 1, 1);
    if (!nb) {
        CR_FAIL(p, MG_ERR_NOMEM, p->rec_line, MSG_OUT_OF_MEMORY);
        return;
    }
    p->fbuf = nb;
    nb = cr_grow(p->fields, &p->fields_cap, p->nfields + 1, sizeof *p->fields);
    if (!nb) {
        CR_FAIL(p, MG_ERR_NOMEM, p->rec_line, MSG_OUT_OF_MEMORY);
        return;
    }
    p->fields = nb;
    if (len > 0)
        memcpy(p->fbuf + p->fbuf_len, s, len);
    p->fbuf_len += len;
    p->fields[p->nfields].data = NULL;
    p->fields[p->nfields].len = len;
    p->nfields++;
}

/* libcsv record callback: hand the record to the user callback and reset. */
static void cr_on_record(int c, void *data)
{
    cr_parser *p = data;
    cr_record rec;
    size_t i, off = 0;

    (void)c;
    if (p->err || p->stopped)
        return;
    for (i = 0; i < p->nfields; i++) {
        p->fields[i].data = p->fbuf ? p->fbuf + off : "";
        off += p->fields[i].len;
    }
    rec.line = p->rec_line;
    rec.nlines = p->lines - p->rec_line + 1;
    rec.nfields = p->nfields;
    rec.fields = p->fields;
    rec.raw = p->raw ? p->raw : "";
    rec.raw_len = p->raw_len - p->term_len;
    p->records++;
    if (p->cb && p->cb(p->ctx, &rec) != 0)
        p->stopped = 1;
    p->in_record = 0;
    p->raw_len = 0;
    p->line_start = 0;
    p->nfields = 0;
    p->fbuf_len = 0;
}

/* Run libcsv over n bytes of the current record; checks its status. */
static mg_error cr_csv_parse(cr_parser *p, const char *s, size_t n)
{
    size_t blk = csv_get_buffer_size(&p->csv);
    size_t done;

    /* grow libcsv's field buffer geometrically, not by 128 bytes */
    csv_set_blk_size(&p->csv, blk < CR_CSV_BLK_MIN ? CR_CSV_BLK_MIN : blk);
    done = csv_parse(&p->csv, s, n, cr_on_field, cr_on_record, p);
    if (p->err)
        return p->err;
    if (done != n)
        return CR_FAIL(p, MG_ERR_NOMEM, p->rec_line, MSG_CSV_PARSER, csv_strerror(csv_error(&p->csv)));
    return MG_OK;
}

/* A physical line (the last term_len bytes of raw are its terminator) is complete: parse it. */
static mg_error cr_end_line(cr_parser *p, size_t term_len)
{
    mg_error err;

    if (p->lines >= CR_MAX_LINES) /* the line count (long) never overflows */
        return CR_FAIL(p, MG_ERR_DATA, p->lines + 1, MSG_VALIDATE_TOO_MANY_LINES, CR_MAX_LINES);
    p->lines++;
    if (!p->in_record) {
        if (cr_line_blank(p, p->raw + p->line_start, p->raw_len - p->line_start - term_len)) {
            p->raw_len = p->line_start;
            return MG_OK;
        }
        p->in_record = 1;
        p->rec_line = p->lines;
        p->nfields = 0;
        p->fbuf_len = 0;
    }
    p->term_len = term_len;
    err = cr_csv_parse(p, p->raw + p->line_start, p->raw_len - p->line_start);
    if (err)
        return err;
    if (p->in_record)
        p->line_start = p->raw_len;
    return MG_OK;
}

/* Append n input bytes (no line break or NUL except a final terminator) to raw, decoded to UTF-8. */
static mg_error cr_append(cr_parser *p, const unsigned char *s, size_t n)
{
    size_t need = p->raw_len + (p->enc == CR_ENC_CP1252 ? 3 * n : n);
    long line = p->in_record ? p->rec_line : p->lines + 1;
    size_t i;
    void *nb;

    if (n == 0)
        return MG_OK;
    if (p->raw_len + n > CR_MAX_RECORD_BYTES)
        return CR_FAIL(p, MG_ERR_DATA, line, MSG_CSV_RECORD_TOO_LONG, line, CR_MAX_RECORD_BYTES);
    nb = cr_grow(p->raw, &p->raw_cap, need, 1);
    if (!nb)
        return CR_FAIL(p, MG_ERR_NOMEM, line, MSG_OUT_OF_MEMORY);
    p->raw = nb;
    if (p->enc == CR_ENC_CP1252) {
        for (i = 0; i < n; i++) {
            unsigned len = p->cp->len[s[i]];
            if (len == 0)
                return CR_FAIL(p, MG_ERR_DATA, p->lines + 1, MSG_CSV_NOT_CP1252, s[i], p->lines + 1,
                               p->offset + i);
            memcpy(p->raw + p->raw_len, p->cp->utf8[s[i]], len);
            p->raw_len += len;
        }
    } else {
        cr_utf8_feed(&p->utf8, s, n);
        if (!p->utf8.valid)
            return CR_FAIL(p, MG_ERR_DATA, p->lines + 1, MSG_CSV_BAD_UTF8, p->lines + 1,
                           p->utf8.bad_offset + (p->bom ? sizeof cr_bom : 0));
        memcpy(p->raw + p->raw_len, s, n);
        p->raw_len += n;
    }
    p->offset += n;
    return MG_OK;
}

/* Split input bytes (after the BOM) into physical lines and parse each. */
static mg_error cr_process(cr_parser *p, const unsigned char *s, size_t n)
{
    size_t i = 0;
    mg_error err;

    while (i < n && !p->stopped) {
        size_t j = i;

        if (p->pending_cr) {
            p->pending_cr = 0;
            if (s[i] == '\n') {
                err = cr_append(p, s + i, 1);
                if (err)
                    return err;
                i++;
                p->n_crlf++;
                err = cr_end_line(p, 2);
            } else {
                p->n_cr++;
                err = cr_end_line(p, 1);
            }
            if (err)
                return err;
            continue;
        }
        while (j < n && s[j] != '\n' && s[j] != '\r' && s[j] != '\0')
            j++;
        if (j < n && s[j] == '\0') {
            err = cr_append(p, s + i, j - i);
            if (err)
                return err;
            return CR_FAIL(p, MG_ERR_DATA, p->lines + 1, MSG_CSV_NUL, p->lines + 1, p->offset);
        }
        err = cr_append(p, s + i, j < n ? j + 1 - i : j - i);
        if (err)
            return err;
        if (j >= n)
            break;
        i = j + 1;
        if (s[j] == '\r') {
            p->pending_cr = 1;
        } else {
            p->n_lf++;
            err = cr_end_line(p, 1);
            if (err)
                return err;
        }
    }
    return MG_OK;
}

/* A parser for one file with a known delimiter and encoding. */
cr_parser *cr_parser_new(char delimiter, cr_encoding enc, const char *path, cr_record_cb cb, void *ctx)
{
    cr_parser *p;

    if (enc != CR_ENC_UTF8 && enc != CR_ENC_CP1252)
        return NULL;
    p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->delim = delimiter;
    p->enc = enc;
    p->cb = cb;
    p->ctx = ctx;
    p->at_start = 1;
    cr_utf8_init(&p->utf8);
    p->path = strdup(path ? path : "");
    if (!p->path)
        goto fail;
    if (enc == CR_ENC_CP1252) {
        p->cp = malloc(sizeof *p->cp);
        if (!p->cp)
            goto fail;
        cr_cp1252_build(p->cp);
    }
    if (csv_init(&p->csv, CSV_STRICT_FINI) != 0)
        goto fail;
    p->csv_ready = 1;
    csv_set_delim(&p->csv, (unsigned char)delimiter);
    /* libcsv's built-in test (' ' and TAB) is inlined; a function is needed only to keep TAB as delimiter */
    if (delimiter == '\t')
        csv_set_space_func(&p->csv, cr_space_tab);
    return p;

fail:
    cr_parser_free(p);
    return NULL;
}

/* Feed len bytes of input. */
mg_error cr_parser_feed(cr_parser *p, const void *buf, size_t len, mg_errinfo *ei)
{
    const unsigned char *s = buf;
    size_t i = 0;
    mg_error err = MG_OK;

    if (p->err)
        return cr_replay(p, ei);
    if (p->finished)
        return MG_FAIL(ei, MG_ERR_INTERNAL, p->path, 0, MSG_CSV_FEED_AFTER_FINISH);
    if (p->stopped || len == 0)
        return MG_OK;
    p->ei = ei;
    while (i < len && p->at_start) {
        if (s[i] == cr_bom[p->bom_seen]) {
            p->bom_seen++;
            i++;
            if (p->bom_seen == sizeof cr_bom) {
                p->bom = 1;
                p->at_start = 0;
                p->offset += sizeof cr_bom;
            }
        } else {
            p->at_start = 0;
            err = cr_process(p, cr_bom, p->bom_seen);
            if (err)
                goto done;
        }
    }
    err = cr_process(p, s + i, len - i);
done:
    p->ei = NULL;
    return err;
}

/* End of input: flush the last line and record. */
mg_error cr_parser_finish(cr_parser *p, mg_errinfo *ei)
{
    mg_error err = MG_OK;

    if (p->err)
        return cr_replay(p, ei);
    if (p->finished || p->stopped) {
        p->finished = 1;
        return MG_OK;
    }
    p->finished = 1;
    p->ei = ei;
    if (p->at_start) {
        p->at_start = 0;
        err = cr_process(p, cr_bom, p->bom_seen);
        if (err)
            goto done;
    }
    if (p->enc == CR_ENC_UTF8 && !cr_utf8_finish(&p->utf8)) {
        err = CR_FAIL(p, MG_ERR_DATA, p->lines + 1, MSG_CSV_TRUNCATED_UTF8, p->lines + 1,
                      p->utf8.bad_offset + (p->bom ? sizeof cr_bom : 0));
        goto done;
    }
    if (p->pending_cr) {
        p->pending_cr = 0;
        p->n_cr++;
        err = cr_end_line(p, 1);
    } else if (p->raw_len > p->line_start) {
        err = cr_end_line(p, 0);
    }
    if (err || p->stopped)
        goto done;
    if (p->in_record) {
        /* a final line without terminator: end it as libcsv would at EOF */
        p->term_len = 0;
        err = cr_csv_parse(p, "\n", 1);
        if (err)
            goto done;
        if (p->in_record) {
            err = CR_FAIL(p, MG_ERR_DATA, p->rec_line, MSG_CSV_UNTERMINATED, p->rec_line);
            goto done;
        }
    }
    if (csv_fini(&p->csv, cr_on_field, cr_on_record, p) != 0)
        err = CR_FAIL(p, MG_ERR_DATA, p->rec_line, MSG_CSV_UNTERMINATED, p->rec_line);
    else if (p->err)
        err = p->err;
done:
    p->ei = NULL;
    return err;
}

/* Counters so far. */
void cr_parser_info(const cr_parser *p, cr_info *info)
{
    info->lines = p->lines;
    info->records = p->records;
    info->bom = p->bom;
    if (p->n_crlf > 0 && p->n_crlf >= p->n_lf && p->n_crlf >= p->n_cr)
        info->crlf = 1;
    else if (p->n_cr > p->n_lf)
        info->crlf = 2;
    else
        info->crlf = 0;
}

/* Free the parser; NULL is a no-op. */
void cr_parser_free(cr_parser *p)
{
    if (!p)
        return;
    if (p->csv_ready)
        csv_free(&p->csv);
    free(p->path);
    free(p->cp);
    free(p->raw);
    free(p->fbuf);
    free(p->fields);
    free(p);
}

/* What delimiter detection learns from one candidate. */
typedef struct cr_score {
    const char *const *known;
    size_t nknown;
    int have_header;
    size_t header_fields;
    size_t header_known;
    long ndata;
    long nconsistent;
} cr_score;

/* 1 if the normalised name is among the known names. */
static int cr_is_known(const cr_score *sc, const char *name)
{
    size_t i;

    for (i = 0; i < sc->nknown; i++)
        if (sc->known[i] && strcmp(sc->known[i], name) == 0)
            return 1;
    return 0;
}

/* Record callback of detection: score the header, count consistent data records. */
static int cr_score_record(void *ctx, const cr_record *rec)
{
    cr_score *sc = ctx;
    char name[CR_HEADER_NAME_MAX];
    size_t i;

    if (rec->line > CR_SAMPLE_LINES)
        return 1;
    if (!sc->have_header) {
        sc->have_header = 1;
        sc->header_fields = rec->nfields;
        for (i = 0; i < rec->nfields; i++) {
            if (rec->fields[i].len >= sizeof name)
                continue;
            cr_header_normalise(rec->fields[i].data, rec->fields[i].len, name, sizeof name);
            if (cr_is_known(sc, name))
                sc->header_known++;
        }
        return 0;
    }
    sc->ndata++;
    if (rec->nfields == sc->header_fields)
        sc->nconsistent++;
    return 0;
}

/* Compare the consistency of two scores: <0, 0, >0. */
static int cr_cmp_consistency(const cr_score *a, const cr_score *b)
{
    long long an = a->ndata ? a->nconsistent : 1, ad = a->ndata ? a->ndata : 1;
    long long bn = b->ndata ? b->nconsistent : 1, bd = b->ndata ? b->ndata : 1;
    long long l = an * bd, r = bn * ad;

    return (l > r) - (l < r);
}

/* 1 if the candidate splits the header in several fields that the data follows. */
static int cr_consistent_split(const cr_score *sc)
{
    if (sc->header_fields < 2)
        return 0;
    if (sc->ndata == 0)
        return 1;
    return sc->nconsistent * CR_CONSISTENT_DEN >= sc->ndata * CR_CONSISTENT_NUM;
}

/* Printable form of a candidate delimiter for messages. */
static const char *cr_delim_show(char d)
{
    switch (d) {
    case ';':
        return "';'";
    case ',':
        return "','";
    case '\t':
        return "TAB";
    case '|':
        return "'|'";
    default:
        return "?";
    }
}

/* Score one candidate delimiter on the sample. */
static mg_error cr_score_candidate(const char *sample, size_t len, char delim, cr_score *sc)
{
    cr_parser *p = cr_parser_new(delim, CR_ENC_UTF8, "", cr_score_record, sc);
    mg_errinfo ei;

    if (!p)
        return MG_ERR_NOMEM;
    /* parse errors (e.g. a quote cut off by the sample's end) only end the sample early */
    if (cr_parser_feed(p, sample, len, &ei) == MG_OK)
        cr_parser_finish(p, &ei);
    cr_parser_free(p);
    return MG_OK;
}

/* Detect the delimiter from the start of a file. */
mg_error cr_detect_delimiter(const char *sample, size_t len, const char *const *known, size_t nknown,
                             char *delim, const char *path, mg_errinfo *ei)
{
    cr_score sc[CR_NCANDIDATES];
    int eligible[CR_NCANDIDATES] = {0};
    size_t i, maxknown = 0, cut = len, nmulti = 0, nheader = 0;
    int best = -1, pick = -1;
    char list[128] = "";
    const char *file = path ? path : "";

    /* ignore a last line that may have been cut off, unless it is the only one */
    while (cut > 0 && sample[cut - 1] != '\n' && sample[cut - 1] != '\r')
        cut--;
    if (cut == 0)
        cut = len;
    for (i = 0; i < CR_NCANDIDATES; i++) {
        memset(&sc[i], 0, sizeof sc[i]);
        sc[i].known = known;
        sc[i].nknown = nknown;
        if (cr_score_candidate(sample, cut, cr_candidates[i], &sc[i]) != MG_OK)
            return MG_FAIL(ei, MG_ERR_NOMEM, file, 0, MSG_OUT_OF_MEMORY);
        if (sc[i].have_header)
            nheader++;
        if (sc[i].header_known > maxknown)
            maxknown = sc[i].header_known;
    }
    if (nheader == 0) {
        /* nothing to look at (empty file): the default */
        *delim = ';';
        return MG_OK;
    }
    for (i = 0; i < CR_NCANDIDATES; i++) {
        eligible[i] = maxknown > 0 ? sc[i].header_known == maxknown : cr_consistent_split(&sc[i]);
        if (eligible[i] && (best < 0 || cr_cmp_consistency(&sc[i], &sc[best]) > 0))
            best = (int)i;
    }
    if (best < 0)
        return MG_FAIL(ei, MG_ERR_DATA, file, 1, MSG_CSV_DELIMITER_UNKNOWN, file);
    for (i = 0; i < CR_NCANDIDATES; i++) {
        if (!eligible[i] || cr_cmp_consistency(&sc[i], &sc[best]) != 0) {
            eligible[i] = 0;
            continue;
        }
        if (pick < 0)
            pick = (int)i;
        if (sc[i].header_fields > 1) {
            if (nmulti == 0)
                pick = (int)i;
            nmulti++;
        }
    }
    if (nmulti > 1) {
        char msg[LANG_COUNT][MG_ERRMSG_MAX];
        int l;

        for (l = 0; l < LANG_COUNT; l++) {
            size_t k = 0;

            list[0] = '\0';
            for (i = 0; i < CR_NCANDIDATES; i++) {
                if (!eligible[i] || sc[i].header_fields < 2)
                    continue;
                k++;
                if (k > 1 && k == nmulti) {
                    strcat(list, " ");
                    strcat(list, MG_TEXT((mg_lang)l, MSG_CSV_AND));
                    strcat(list, " ");
                } else if (k > 1) {
                    strcat(list, ", ");
                }
                strcat(list, cr_delim_show(cr_candidates[i]));
            }
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CSV_DELIMITER_AMBIGUOUS), file, list);
        }
        return mg_fail_texts(ei, MG_ERR_DATA, file, 1, msg[LANG_NL], msg[LANG_EN]);
    }
    *delim = cr_candidates[pick];
    return MG_OK;
}

/* Fill *ei with "cannot open: WHY" or "cannot read: WHY" in each language; returns err. */
mg_error cr_fail_why(mg_errinfo *ei, mg_error err, const char *file, int open_failed,
                     const char *const why[LANG_COUNT])
{
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    int l;

    for (l = 0; l < LANG_COUNT; l++) {
        if (open_failed)
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CSV_CANNOT_OPEN), why[l]);
        else
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CSV_CANNOT_READ), why[l]);
    }
    return mg_fail_texts(ei, err, file, 0, msg[LANG_NL], msg[LANG_EN]);
}

/* Open path read-only when it is a regular file. */
int cr_open_regular(const char *path, const char *why[LANG_COUNT])
{
    pf_info st;
    int fd;

    /* a FIFO does not make the open wait for a writer; it is refused below as not a regular file */
    fd = pf_open_read(path, 0);
    if (fd < 0) {
        why[LANG_NL] = why[LANG_EN] = strerror(errno);
        return CR_OPEN_FAILED;
    }
    if (pf_info_fd(fd, &st) != 0) {
        why[LANG_NL] = why[LANG_EN] = strerror(errno);
        goto fail;
    }
    if (st.kind != PF_FILE) {
        for (int l = 0; l < LANG_COUNT; l++)
            why[l] = st.kind == PF_FOLDER ? MG_TEXT((mg_lang)l, MSG_CSV_IS_DIRECTORY)
                                          : MG_TEXT((mg_lang)l, MSG_CSV_NOT_REGULAR);
        goto fail;
    }
    return fd;

fail:
    close(fd);
    return CR_OPEN_UNREADABLE;
}

/* An open input file, plain or gzip (every member of a gzip file is read). */
typedef struct cr_input {
    const char *path;
    FILE *fp;
    int gzip;
    z_stream zs;
    int zs_ready;
    unsigned char *zbuf;           /* compressed bytes read, not yet inflated */
    int zeof;                      /* no more compressed bytes in the file */
    int zdone;                     /* the last member ended at the end of the file */
    int member_end;                /* a member has ended; another may follow */
    long members;                  /* members completed */
    unsigned long long member_out; /* bytes inflated from the current member */
    unsigned long long zread;      /* compressed bytes read from the file */
} cr_input;

/* Open path for reading; detects gzip by its magic bytes. */
static mg_error cr_input_open(cr_input *in, const char *path, mg_errinfo *ei)
{
    unsigned char magic[2];
    const char *why[LANG_COUNT] = {NULL, NULL};
    long long n;
    int fd;

    memset(in, 0, sizeof *in);
    in->path = path;
    fd = cr_open_regular(path, why);
    if (fd < 0)
        return cr_fail_why(ei, MG_ERR_INPUT, path, fd == CR_OPEN_FAILED, why);
    n = pf_pread(fd, magic, sizeof magic, 0);
    if (n < 0) {
        MG_FAIL(ei, MG_ERR_INPUT, path, 0, MSG_CSV_CANNOT_READ, strerror(errno));
        close(fd);
        return MG_ERR_INPUT;
    }
    in->gzip = n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    in->fp = fdopen(fd, "rb");
    if (!in->fp) {
        MG_FAIL(ei, MG_ERR_INPUT, path, 0, MSG_CSV_CANNOT_READ, strerror(errno));
        close(fd);
        return MG_ERR_INPUT;
    }
    if (in->gzip) {
        in->zbuf = malloc(CR_CHUNK_BYTES);
        /* 16 + MAX_WBITS: gzip format only, so anything after a member must be another gzip member */
        if (!in->zbuf || inflateInit2(&in->zs, 16 + MAX_WBITS) != Z_OK) {
            free(in->zbuf);
            in->zbuf = NULL;
            fclose(in->fp);
            in->fp = NULL;
            return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_CSV_GZIP_NOMEM);
        }
        in->zs_ready = 1;
    }
    return MG_OK;
}

/* The error for gzip data that cannot be inflated: after a member, what follows is not a gzip member. */
static mg_error cr_gzip_fail(cr_input *in, mg_errinfo *ei)
{
    if (in->members > 0 && in->member_out == 0)
        return MG_FAIL(ei, MG_ERR_INPUT, in->path, 0, MSG_CSV_GZIP_JUNK, in->path,
                       in->zread - in->zs.avail_in - in->zs.total_in, in->members);
    return MG_FAIL(ei, MG_ERR_INPUT, in->path, 0, MSG_CSV_GZIP_CORRUPT, in->path);
}

/* Inflate up to cap bytes of the gzip file, member after member; *got = 0 at the end. */
static mg_error cr_gzip_read(cr_input *in, unsigned char *buf, size_t cap, size_t *got, mg_errinfo *ei)
{
    while (!in->zdone) {
        int rc;
        size_t out;

        if (in->zs.avail_in == 0 && !in->zeof) {
            size_t n = fread(in->zbuf, 1, CR_CHUNK_BYTES, in->fp);
            if (n == 0 && ferror(in->fp))
                return MG_FAIL(ei, MG_ERR_INPUT, in->path, 0, MSG_CSV_READ_FILE, in->path, strerror(errno));
            if (n == 0)
                in->zeof = 1;
            in->zs.next_in = in->zbuf;
            in->zs.avail_in = (uInt)n;
            in->zread += n;
        }
        if (in->member_end) {
            if (in->zs.avail_in == 0 && in->zeof) {
                in->zdone = 1;
                break;
            }
            if (in->zs.avail_in == 0)
                continue;
            /* more bytes after a member: they must be the next member */
            if (inflateReset(&in->zs) != Z_OK)
                return cr_gzip_fail(in, ei);
            in->member_end = 0;
            in->member_out = 0;
        }
        in->zs.next_out = buf;
        in->zs.avail_out = (uInt)cap;
        rc = inflate(&in->zs, Z_NO_FLUSH);
        out = cap - in->zs.avail_out;
        in->member_out += out;
        if (rc == Z_STREAM_END) {
            in->member_end = 1;
            in->members++;
        } else if (rc == Z_BUF_ERROR) {
            if (in->zeof || in->zs.avail_in > 0)
                return cr_gzip_fail(in, ei); /* the file ends inside a member */
        } else if (rc != Z_OK) {
            return cr_gzip_fail(in, ei);
        }
        if (out > 0) {
            *got = out;
            return MG_OK;
        }
    }
    *got = 0;
    return MG_OK;
}

/* Read up to cap bytes; *got = 0 at the end of the data. */
static mg_error cr_input_read(cr_input *in, unsigned char *buf, size_t cap, size_t *got, mg_errinfo *ei)
{
    *got = 0;
    if (in->gzip)
        return cr_gzip_read(in, buf, cap, got, ei);
    *got = fread(buf, 1, cap, in->fp);
    if (*got == 0 && ferror(in->fp))
        return MG_FAIL(ei, MG_ERR_INPUT, in->path, 0, MSG_CSV_READ_FILE, in->path, strerror(errno));
    return MG_OK;
}

/* Close the input (reading may have stopped before the end). */
static mg_error cr_input_close(cr_input *in, mg_errinfo *ei)
{
    mg_error err = MG_OK;
    int rc;

    if (in->zs_ready) {
        inflateEnd(&in->zs);
        in->zs_ready = 0;
    }
    free(in->zbuf);
    in->zbuf = NULL;
    if (in->fp) {
        int bad = ferror(in->fp);
        rc = fclose(in->fp);
        in->fp = NULL;
        if (bad || rc != 0)
            err = bad ? MG_FAIL(ei, MG_ERR_INPUT, in->path, 0, MSG_CSV_READ_FILE_ERROR, in->path)
                      : MG_FAIL(ei, MG_ERR_INPUT, in->path, 0, MSG_CSV_READ_FILE, in->path, strerror(errno));
    }
    return err;
}

/* Line counter of the first pass, for NUL byte messages. */
typedef struct cr_linecount {
    long long line; /* current physical line, 1-based (long long: no limit on the first pass) */
    int pending_cr;
} cr_linecount;

/* Count the lines of a chunk without a NUL byte: LF, CRLF and lone CR (a CR at the end waits for the next).
 */
static void cr_count_lines(cr_linecount *lc, const unsigned char *s, size_t n)
{
    const unsigned char *end = s + n, *q = s;

    if (n == 0)
        return;
    if (lc->pending_cr) {
        lc->pending_cr = 0;
        if (*q != '\n')
            lc->line++;
    }
    if (!memchr(s, '\r', n)) {
        while ((q = memchr(q, '\n', (size_t)(end - q))) != NULL) {
            lc->line++;
            q++;
        }
        return;
    }
    for (; q < end; q++) {
        if (*q == '\n') {
            lc->line++;
        } else if (*q == '\r') {
            if (q + 1 == end)
                lc->pending_cr = 1;
            else if (q[1] != '\n')
                lc->line++;
        }
    }
}

/* Refuse UTF-16 text, known by its byte order mark or by a NUL byte in every other position. */
static mg_error cr_check_utf16(const char *path, const unsigned char *s, size_t n, mg_errinfo *ei)
{
    size_t pairs = (n < CR_UTF16_PROBE ? n : CR_UTF16_PROBE) / 2, i, le = 0, be = 0;
    mg_msg kind = MSG_NONE;
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    int l;

    if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        kind = MSG_CSV_UTF16_LE_BOM;
    else if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        kind = MSG_CSV_UTF16_BE_BOM;
    else if (pairs >= 2) {
        for (i = 0; i < pairs; i++) {
            if (s[2 * i] != 0 && s[2 * i + 1] == 0)
                le++;
            else if (s[2 * i] == 0 && s[2 * i + 1] != 0)
                be++;
        }
        if (be == 0 && le * CR_UTF16_DEN >= pairs * CR_UTF16_NUM)
            kind = MSG_CSV_UTF16_LE;
        else if (le == 0 && be * CR_UTF16_DEN >= pairs * CR_UTF16_NUM)
            kind = MSG_CSV_UTF16_BE;
    }
    if (kind == MSG_NONE)
        return MG_OK;
    for (l = 0; l < LANG_COUNT; l++)
        snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CSV_UTF16), msg_text(kind, (mg_lang)l));
    return mg_fail_texts(ei, MG_ERR_DATA, path, 0, msg[LANG_NL], msg[LANG_EN]);
}

/* A line number of the first pass for a message (a long; where long has 32 bits, LONG_MAX past it). */
static long cr_line_long(long long line)
{
    return line > LONG_MAX ? LONG_MAX : (long)line;
}

/* Line of the byte at offset bad, which lies in (or, as a lead byte, just before) the chunk s[0..n) at offset
 * off; before = the line counter at the start of the chunk. */
static long cr_line_at(const cr_linecount *before, const unsigned char *s, unsigned long long off,
                       unsigned long long bad)
{
    cr_linecount lc = *before;

    if (bad <= off)
        return cr_line_long(lc.line);
    cr_count_lines(&lc, s, (size_t)(bad - off));
    return cr_line_long(lc.line + lc.pending_cr);
}

/* First pass: check UTF-8 (when asked) and NUL bytes, keep the start of the file. */
static mg_error cr_first_pass(const char *path, int validate, unsigned char *sample, size_t *sample_len,
                              cr_utf8_state *st, long *bad_line, mg_errinfo *ei)
{
    unsigned char *buf = malloc(CR_CHUNK_BYTES);
    cr_linecount lc = {1, 0}, before;
    unsigned long long offset = 0;
    mg_error err = MG_OK;
    cr_input in;
    size_t got, i;
    int opened = 0, was_valid;
    const unsigned char *nul;

    *sample_len = 0;
    cr_utf8_init(st);
    if (!buf)
        return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    err = cr_input_open(&in, path, ei);
    if (err)
        goto out;
    opened = 1;
    for (;;) {
        err = cr_input_read(&in, buf, CR_CHUNK_BYTES, &got, ei);
        if (err || got == 0)
            break;
        if (offset == 0 && (err = cr_check_utf16(path, buf, got, ei)) != MG_OK)
            break;
        if (*sample_len < CR_SAMPLE_BYTES) {
            size_t k = CR_SAMPLE_BYTES - *sample_len < got ? CR_SAMPLE_BYTES - *sample_len : got;
            memcpy(sample + *sample_len, buf, k);
            *sample_len += k;
        }
        if (!validate) {
            if (*sample_len == CR_SAMPLE_BYTES)
                break;
            offset += got;
            continue;
        }
        /* lines are counted only up to a NUL byte, for its message: most files have none */
        nul = memchr(buf, '\0', got);
        for (i = 0; nul && i < got; i++) {
            unsigned char c = buf[i];
            if (lc.pending_cr) {
                lc.pending_cr = 0;
                if (c != '\n')
                    lc.line++;
            }
            if (c == '\n') {
                lc.line++;
            } else if (c == '\r') {
                lc.pending_cr = 1;
            } else if (c == '\0') {
                err = MG_FAIL(ei, MG_ERR_DATA, path, cr_line_long(lc.line), MSG_CSV_NUL,
                              cr_line_long(lc.line), offset + i);
                goto out;
            }
        }
        before = lc;
        if (!nul)
            cr_count_lines(&lc, buf, got);
        was_valid = st->valid;
        cr_utf8_feed(st, buf, got);
        if (was_valid && !st->valid)
            *bad_line = cr_line_at(&before, buf, offset, st->bad_offset);
        offset += got;
    }
    if (!err && validate && st->valid && !cr_utf8_finish(st))
        *bad_line = cr_line_long(lc.line); /* a sequence cut off by the end of the file, on the last line */
out:
    if (opened) {
        mg_error cerr = cr_input_close(&in, err ? NULL : ei);
        if (!err)
            err = cerr;
    }
    free(buf);
    return err;
}

/* Decode the first-pass sample for delimiter detection: drop the BOM, convert Windows-1252. */
static char *cr_sample_text(const unsigned char *s, size_t n, cr_encoding enc, size_t *len)
{
    cr_cp1252 *t = NULL;
    char *out;
    size_t i, k = 0;

    if (n >= sizeof cr_bom && memcmp(s, cr_bom, sizeof cr_bom) == 0)
        s += sizeof cr_bom, n -= sizeof cr_bom;
    out = malloc(3 * n + 1);
    if (!out)
        return NULL;
    if (enc != CR_ENC_CP1252) {
        memcpy(out, s, n);
        *len = n;
        return out;
    }
    t = malloc(sizeof *t);
    if (!t)
        goto fail;
    cr_cp1252_build(t);
    for (i = 0; i < n; i++) {
        if (t->len[s[i]] == 0) {
            out[k++] = '?'; /* the second pass reports it with its line */
            continue;
        }
        memcpy(out + k, t->utf8[s[i]], t->len[s[i]]);
        k += t->len[s[i]];
    }
    free(t);
    *len = k;
    return out;

fail:
    free(t);
    free(out);
    return NULL;
}

/* Second pass: parse the whole file. */
static mg_error cr_second_pass(const char *path, char delim, cr_encoding enc, cr_record_cb cb, void *ctx,
                               cr_info *info, mg_errinfo *ei)
{
    unsigned char *buf = malloc(CR_CHUNK_BYTES);
    cr_parser *p = cr_parser_new(delim, enc, path, cb, ctx);
    mg_error err = MG_OK, cerr;
    cr_input in;
    size_t got;
    int opened = 0, first;

    if (!buf || !p) {
        err = MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
        goto out;
    }
    err = cr_input_open(&in, path, ei);
    if (err)
        goto out;
    opened = 1;
    info->gzip = in.gzip;
    for (first = 1;; first = 0) {
        err = cr_input_read(&in, buf, CR_CHUNK_BYTES, &got, ei);
        if (err || got == 0)
            break;
        if (first && (err = cr_check_utf16(path, buf, got, ei)) != MG_OK)
            break;
        err = cr_parser_feed(p, buf, got, ei);
        if (err || p->stopped)
            break;
    }
    if (!err)
        err = cr_parser_finish(p, ei);
    cr_parser_info(p, info);
out:
    if (opened) {
        cerr = cr_input_close(&in, err ? NULL : ei);
        if (!err)
            err = cerr;
    }
    cr_parser_free(p);
    free(buf);
    return err;
}

/* Read a whole file: detect encoding and delimiter, then parse. */
mg_error cr_read_file(const char *path, const cr_options *opt, cr_record_cb cb, void *ctx, cr_info *info,
                      mg_errinfo *ei)
{
    static const cr_options defaults = {0, CR_ENC_AUTO, NULL, 0};
    unsigned char *sample = NULL;
    char *text = NULL;
    size_t sample_len = 0, text_len = 0;
    cr_utf8_state st;
    cr_info local;
    mg_error err = MG_OK;
    long bad_line = 0;

    if (!opt)
        opt = &defaults;
    if (!info)
        info = &local;
    memset(info, 0, sizeof *info);
    info->delimiter = opt->delimiter;
    info->encoding = opt->encoding;
    if (opt->delimiter == 0 || opt->encoding == CR_ENC_AUTO) {
        sample = malloc(CR_SAMPLE_BYTES);
        if (!sample)
            return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
        err = cr_first_pass(path, opt->encoding == CR_ENC_AUTO, sample, &sample_len, &st, &bad_line, ei);
        if (err)
            goto out;
        if (opt->encoding == CR_ENC_AUTO) {
            if (cr_utf8_mixed(&st)) {
                /* never read as Windows-1252: that would garble every valid multi-byte character */
                err = MG_FAIL(ei, MG_ERR_DATA, path, bad_line, MSG_CSV_MIXED_ENCODING, st.bad_byte, bad_line,
                              st.bad_offset);
                goto out;
            }
            info->encoding = cr_utf8_finish(&st) ? CR_ENC_UTF8 : CR_ENC_CP1252;
            info->encoding_detected = 1;
        }
        if (opt->delimiter == 0) {
            text = cr_sample_text(sample, sample_len, info->encoding, &text_len);
            if (!text) {
                err = MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
                goto out;
            }
            err = cr_detect_delimiter(text, text_len, opt->known, opt->nknown, &info->delimiter, path, ei);
            if (err)
                goto out;
            info->delimiter_detected = 1;
        }
    }
    err = cr_second_pass(path, info->delimiter, info->encoding, cb, ctx, info, ei);
out:
    free(text);
    free(sample);
    return err;
}

/* One record in a batch of the read-ahead: offsets into the batch's bytes and fields. */
typedef struct cr_brec {
    long line, nlines;
    size_t raw, raw_len;   /* offset and length of its raw text in bytes */
    size_t field, nfields; /* its first field in fields */
} cr_brec;

/* One field in a batch: offset and length in the batch's bytes. */
typedef struct cr_bfield {
    size_t off, len;
} cr_bfield;

/* Records copied by the reading thread, handed to the calling thread whole. */
typedef struct cr_batch {
    char *bytes;
    size_t nbytes, capbytes;
    cr_brec *recs;
    size_t nrecs, caprecs;
    cr_bfield *fields;
    size_t nfields, capfields;
} cr_batch;

/* The read-ahead: a queue of filled batches from the reading thread, and the empty ones back. */
typedef struct cr_ahead {
    pthread_mutex_t lock;
    pthread_cond_t cond; /* a batch was filled or emptied, the reader finished, or the caller stopped */
    cr_batch batch[CR_AHEAD_BATCHES];
    size_t full[CR_AHEAD_BATCHES]; /* filled batches in file order: full[head..head+nfull) (mod) */
    size_t head, nfull;
    size_t empty[CR_AHEAD_BATCHES]; /* empty batches */
    size_t nempty;
    int done; /* the reading thread has finished (err, ei, info final) */
    int stop; /* the caller wants no more records */
    /* the reading thread's own */
    size_t cur; /* the batch it fills */
    int have_cur;
    int nomem;
    const char *path;
    const cr_options *opt;
    mg_error err;
    mg_errinfo ei;
    cr_info info;
} cr_ahead;

/* The memory a batch's records take: their bytes and what locates them. */
static size_t cr_batch_size(const cr_batch *b)
{
    return b->nbytes + b->nrecs * sizeof *b->recs + b->nfields * sizeof *b->fields;
}

/* Empty a batch; a buffer grown beyond CR_BATCH_KEEP by one large record is given back. */
static void cr_batch_reset(cr_batch *b)
{
    if (b->capbytes > CR_BATCH_KEEP) {
        free(b->bytes);
        b->bytes = NULL;
        b->capbytes = 0;
    }
    if (b->caprecs * sizeof *b->recs > CR_BATCH_KEEP) {
        free(b->recs);
        b->recs = NULL;
        b->caprecs = 0;
    }
    if (b->capfields * sizeof *b->fields > CR_BATCH_KEEP) {
        free(b->fields);
        b->fields = NULL;
        b->capfields = 0;
    }
    b->nbytes = b->nrecs = b->nfields = 0;
}

/* Free a batch's buffers. */
static void cr_batch_free(cr_batch *b)
{
    free(b->bytes);
    free(b->recs);
    free(b->fields);
}

/* Copy one record into batch b; 0 when out of memory. */
static int cr_batch_add(cr_batch *b, const cr_record *rec)
{
    size_t need = rec->raw_len, i;
    cr_brec *r;
    void *nv;

    for (i = 0; i < rec->nfields; i++)
        need += rec->fields[i].len;
    if (b->nbytes + need > b->capbytes) {
        if (!(nv = cr_grow(b->bytes, &b->capbytes, b->nbytes + need, 1)))
            return 0;
        b->bytes = nv;
    }
    if (b->nrecs + 1 > b->caprecs) {
        if (!(nv = cr_grow(b->recs, &b->caprecs, b->nrecs + 1, sizeof *b->recs)))
            return 0;
        b->recs = nv;
    }
    if (b->nfields + rec->nfields > b->capfields) {
        if (!(nv = cr_grow(b->fields, &b->capfields, b->nfields + rec->nfields, sizeof *b->fields)))
            return 0;
        b->fields = nv;
    }
    r = &b->recs[b->nrecs++];
    r->line = rec->line;
    r->nlines = rec->nlines;
    r->raw = b->nbytes;
    r->raw_len = rec->raw_len;
    if (rec->raw_len)
        memcpy(b->bytes + b->nbytes, rec->raw, rec->raw_len);
    b->nbytes += rec->raw_len;
    r->field = b->nfields;
    r->nfields = rec->nfields;
    for (i = 0; i < rec->nfields; i++) {
        cr_bfield *f = &b->fields[b->nfields++];
        f->off = b->nbytes;
        f->len = rec->fields[i].len;
        if (f->len)
            memcpy(b->bytes + b->nbytes, rec->fields[i].data, f->len);
        b->nbytes += f->len;
    }
    return 1;
}

/* Reading thread: hand the batch being filled to the caller (lock held). */
static void cr_ahead_hand(cr_ahead *a)
{
    a->full[(a->head + a->nfull) % CR_AHEAD_BATCHES] = a->cur;
    a->nfull++;
    a->have_cur = 0;
    pthread_cond_broadcast(&a->cond);
}

/* Reading thread's record callback: copy the record into the batch being filled, handing that batch over
 * when it is full and waiting for an empty one; nonzero (stop reading) when the caller stopped or memory ran
 * out. */
static int cr_ahead_put(void *ctx, const cr_record *rec)
{
    cr_ahead *a = ctx;
    int stop;

    if (!a->have_cur || cr_batch_size(&a->batch[a->cur]) >= CR_BATCH_BYTES) {
        pthread_mutex_lock(&a->lock);
        if (a->have_cur)
            cr_ahead_hand(a);
        while (!a->nempty && !a->stop)
            pthread_cond_wait(&a->cond, &a->lock);
        stop = a->stop;
        if (!stop) {
            a->cur = a->empty[--a->nempty];
            a->have_cur = 1;
        }
        pthread_mutex_unlock(&a->lock);
        if (stop)
            return 1;
    }
    if (!cr_batch_add(&a->batch[a->cur], rec)) {
        a->nomem = 1;
        return 1;
    }
    return 0;
}

/* Reading thread: read the whole file into batches, then say it is done. */
static void *cr_ahead_run(void *arg)
{
    cr_ahead *a = arg;
    mg_error err = cr_read_file(a->path, a->opt, cr_ahead_put, a, &a->info, &a->ei);

    if (err == MG_OK && a->nomem)
        err = MG_FAIL(&a->ei, MG_ERR_NOMEM, a->path, 0, MSG_OUT_OF_MEMORY);
    pthread_mutex_lock(&a->lock);
    if (a->have_cur && a->batch[a->cur].nrecs)
        cr_ahead_hand(a);
    a->err = err;
    a->done = 1;
    pthread_cond_broadcast(&a->cond);
    pthread_mutex_unlock(&a->lock);
    return NULL;
}

/* Calling thread: hand each record of batch b to cb; nonzero when cb asked to stop. */
static int cr_ahead_deliver(const cr_batch *b, cr_field **fv, size_t *capfv, cr_record_cb cb, void *ctx,
                            int *nomem)
{
    size_t r, i;

    for (r = 0; r < b->nrecs; r++) {
        const cr_brec *br = &b->recs[r];
        cr_record rec;
        if (br->nfields > *capfv) {
            cr_field *n = cr_grow(*fv, capfv, br->nfields, sizeof *n);
            if (!n) {
                *nomem = 1;
                return 1;
            }
            *fv = n;
        }
        for (i = 0; i < br->nfields; i++) {
            (*fv)[i].data = b->bytes + b->fields[br->field + i].off;
            (*fv)[i].len = b->fields[br->field + i].len;
        }
        rec.line = br->line;
        rec.nlines = br->nlines;
        rec.nfields = br->nfields;
        rec.fields = *fv;
        rec.raw = b->bytes + br->raw;
        rec.raw_len = br->raw_len;
        if (cb(ctx, &rec))
            return 1;
    }
    return 0;
}

/* cr_read_file with the reading on a second thread, records handed to cb on this one. */
mg_error cr_read_file_ahead(const char *path, const cr_options *opt, cr_record_cb cb, void *ctx,
                            cr_info *info, mg_errinfo *ei)
{
    cr_ahead *a = calloc(1, sizeof *a);
    pthread_t thread;
    cr_field *fv = NULL;
    size_t capfv = 0, i;
    int stopped = 0, nomem = 0;
    mg_error err;

    if (!a)
        return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    a->path = path;
    a->opt = opt;
    for (i = 0; i < CR_AHEAD_BATCHES; i++)
        a->empty[a->nempty++] = i;
    if (pthread_mutex_init(&a->lock, NULL) != 0)
        goto alone;
    if (pthread_cond_init(&a->cond, NULL) != 0) {
        pthread_mutex_destroy(&a->lock);
        goto alone;
    }
    if (pthread_create(&thread, NULL, cr_ahead_run, a) != 0) {
        pthread_cond_destroy(&a->cond);
        pthread_mutex_destroy(&a->lock);
        goto alone;
    }
    for (;;) {
        size_t k;
        pthread_mutex_lock(&a->lock);
        while (!a->nfull && !a->done)
            pthread_cond_wait(&a->cond, &a->lock);
        if (!a->nfull) {
            pthread_mutex_unlock(&a->lock);
            break;
        }
        k = a->full[a->head];
        a->head = (a->head + 1) % CR_AHEAD_BATCHES;
        a->nfull--;
        pthread_mutex_unlock(&a->lock);
        if (!stopped)
            stopped = cr_ahead_deliver(&a->batch[k], &fv, &capfv, cb, ctx, &nomem);
        cr_batch_reset(&a->batch[k]);
        pthread_mutex_lock(&a->lock);
        a->empty[a->nempty++] = k;
        if (stopped)
            a->stop = 1;
        pthread_cond_broadcast(&a->cond);
        pthread_mutex_unlock(&a->lock);
    }
    pthread_join(thread, NULL);
    if (nomem)
        err = MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    else if (stopped)
        err = MG_OK; /* as cr_read_file: the callback's stop is no error, whatever came after it */
    else if ((err = a->err) != MG_OK && ei)
        *ei = a->ei;
    if (info)
        *info = a->info;
    free(fv);
    for (i = 0; i < CR_AHEAD_BATCHES; i++)
        cr_batch_free(&a->batch[i]);
    pthread_cond_destroy(&a->cond);
    pthread_mutex_destroy(&a->lock);
    free(a);
    return err;
alone: /* no second thread: read on this one */
    free(a);
    return cr_read_file(path, opt, cb, ctx, info, ei);
}

/* Display name of an encoding. */
const char *cr_encoding_name(cr_encoding enc)
{
    switch (enc) {
    case CR_ENC_UTF8:
        return "UTF-8";
    case CR_ENC_CP1252:
        return "Windows-1252";
    default:
        return "auto";
    }
}

/* Display name of a delimiter, Dutch or English. */
const char *cr_delimiter_name(char delim, mg_lang lang)
{
    switch (delim) {
    case ';':
        return MG_TEXT(lang, MSG_CSV_SEMICOLON);
    case ',':
        return MG_TEXT(lang, MSG_CSV_COMMA);
    case '\t':
        return MG_TEXT(lang, MSG_CSV_TAB);
    case '|':
        return MG_TEXT(lang, MSG_CSV_PIPE);
    default:
        return MG_TEXT(lang, MSG_CSV_DELIMITER_NONE);
    }
}
