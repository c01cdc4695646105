/* csvout.c — CSV output through libcsv's quoting, with BOM, line endings, Windows-1252 and neutralising. */
#include "csvout.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cp1252.h"
#include "digest.h"
#include "platform.h"
#include "text.h"

/* Size of the write buffer of one file. */
#define CO_BUFSIZE (64 * 1024)

/* Bytes of a value Windows-1252 cannot hold shown in the message. */
#define CO_BAD_VALUE_MAX 200

const co_dialect co_default_dialect = {';', 1, 0, "\r\n", 1};

/* An open CSV output file. */
struct co_writer {
    int fd;
    char *buf; /* output buffer, written with write(2) */
    size_t buflen;
    int saved_errno; /* errno of the first failed write */
    dg_sha256 *sha;  /* checksum of the bytes written so far */
    char path[512];
    co_dialect d;
    int nfields;  /* fields in the current row */
    char *quoted; /* scratch for libcsv quoting */
    size_t quoted_cap;
    char *conv; /* scratch for Windows-1252 conversion */
    size_t conv_cap;
    char *clean; /* scratch for a value with forbidden characters replaced */
    size_t clean_cap;
    mg_error err;                    /* first error */
    char badvalue[CO_BAD_VALUE_MAX]; /* the start of a value Windows-1252 cannot hold (MG_ERR_DATA) */
    int badlen;                      /* its length shown */
    size_t badbyte;                  /* the 1-based byte of the first character it cannot hold */
    char why[DG_WHY_MAX];            /* why the checksum failed (MG_ERR_INTERNAL) */
};

/* Write the buffer out with write(2); records the first failure. */
static int co_flush(co_writer *w)
{
    size_t off = 0;

    if (pf_signal_pending()) {
        w->err = MG_ERR_INTERRUPTED;
        w->buflen = 0;
        return -1;
    }
    if (dg_sha256_update(w->sha, w->buf, w->buflen) != MG_OK) {
        w->err = MG_ERR_INTERNAL;
        snprintf(w->why, sizeof w->why, "%s", dg_why());
        w->buflen = 0;
        return -1;
    }
    while (off < w->buflen) {
        long long n = pf_write(w->fd, w->buf + off, w->buflen - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            w->saved_errno = n < 0 ? errno : ENOSPC;
            w->err = MG_ERR_WRITE;
            w->buflen = 0;
            return -1;
        }
        off += (size_t)n;
    }
    w->buflen = 0;
    return 0;
}

/* Append len bytes to the output. */
static int co_put(co_writer *w, const char *s, size_t len)
{
    if (w->err)
        return -1;
    while (len) {
        size_t room = CO_BUFSIZE - w->buflen, n = len < room ? len : room;
        memcpy(w->buf + w->buflen, s, n);
        w->buflen += n;
        s += n;
        len -= n;
        if (w->buflen == CO_BUFSIZE && co_flush(w) != 0)
            return -1;
    }
    return 0;
}

/* Create path for writing. */
co_writer *co_open(const char *path, const co_dialect *d, mg_errinfo *ei)
{
    co_writer *w = calloc(1, sizeof *w);
    int fd;

    if (!w) {
        MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
        return NULL;
    }
    w->d = *d;
    snprintf(w->path, sizeof w->path, "%s", path);
    w->buf = malloc(CO_BUFSIZE);
    w->sha = dg_sha256_new();
    fd = w->buf && w->sha ? pf_create(path) : -1;
    if (fd < 0) {
        if (w->buf && w->sha)
            MG_FAIL(ei, MG_ERR_WRITE, path, 0, MSG_WRITE_CREATE, strerror(errno));
        else
            MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
        dg_sha256_free(w->sha);
        free(w->buf);
        free(w);
        return NULL;
    }
    w->fd = fd;
    if (d->bom && !d->cp1252)
        co_put(w, "\xEF\xBB\xBF", 3);
    return w;
}

/* Make sure a scratch buffer holds n bytes. */
static int co_reserve(char **buf, size_t *cap, size_t n)
{
    if (n > *cap) {
        size_t ncap = n < 256 ? 256 : n * 2;
        char *nb = realloc(*buf, ncap);
        if (!nb)
            return 0;
        *buf = nb;
        *cap = ncap;
    }
    return 1;
}

/* Convert len bytes of UTF-8 to Windows-1252 into w->conv; sets w->err on a character it cannot hold. */
static int co_to_cp1252(co_writer *w, const char *s, size_t len, size_t *outlen)
{
    size_t bad = 0, n;

    if (!co_reserve(&w->conv, &w->conv_cap, len + 1)) {
        w->err = MG_ERR_NOMEM;
        return 0;
    }
    n = cp_from_utf8(s, len, w->conv, &bad);
    if (n == CP_FAILED) {
        w->err = MG_ERR_DATA;
        w->badlen = (int)(len < sizeof w->badvalue ? len : sizeof w->badvalue);
        memcpy(w->badvalue, s, (size_t)w->badlen);
        w->badbyte = bad + 1;
        return 0;
    }
    *outlen = n;
    return 1;
}

/* 1 if a field must be quoted: a character that splits a field in any delimiter, or a blank at an end. */
static int co_needs_quotes(const co_writer *w, const char *s, size_t len)
{
    size_t i;

    if (s[0] == ' ' || s[len - 1] == ' ')
        return 1;
    for (i = 0; i < len; i++)
        if (s[i] == w->d.delimiter || s[i] == ';' || s[i] == ',' || s[i] == '\t' || s[i] == '"' ||
            s[i] == '\r' || s[i] == '\n')
            return 1;
    return 0;
}

/* Add one field of len bytes to the current row; flags (TX_KEEP_BREAKS) say what the sanitiser keeps. */
static mg_error co_fieldn_flags(co_writer *w, const char *s, size_t len, unsigned flags)
{
    int quote = 0, neut = 0;

    if (w->err)
        return w->err;
    if (!s)
        len = 0;
    if (w->d.cp1252)
        flags |= TX_ASCII_REPL;
    if (len && !tx_clean(s, len, flags)) {
        /* control characters and characters XML forbids never reach a file: each is replaced */
        if (!co_reserve(&w->clean, &w->clean_cap, TX_SANITISED_MAX(len)))
            return w->err = MG_ERR_NOMEM;
        len = tx_sanitise(s, len, flags, w->clean);
        s = w->clean;
    }
    if (w->d.cp1252 && len) {
        size_t n;
        if (!co_to_cp1252(w, s, len, &n))
            return w->err;
        s = w->conv;
        len = n;
    }
    if (w->nfields++ > 0 && co_put(w, &w->d.delimiter, 1) != 0)
        return w->err;
    if (len == 0)
        return MG_OK;
    neut = w->d.neutralise &&
           (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r');
    quote = co_needs_quotes(w, s, len);
    if (!quote) {
        if ((neut && co_put(w, "'", 1) != 0) || co_put(w, s, len) != 0)
            return w->err;
        return MG_OK;
    }
    {
        size_t need = csv_write2(NULL, 0, s, len, '"') + 1;
        size_t got;
        if (!co_reserve(&w->quoted, &w->quoted_cap, need + 1))
            return w->err = MG_ERR_NOMEM;
        if (neut) {
            /* '"' + ''' + rest: quote the neutralised value as one. */
            char *tmp = malloc(len + 1);
            if (!tmp)
                return w->err = MG_ERR_NOMEM;
            tmp[0] = '\'';
            memcpy(tmp + 1, s, len);
            if (!co_reserve(&w->quoted, &w->quoted_cap, csv_write2(NULL, 0, tmp, len + 1, '"') + 1)) {
                free(tmp);
                return w->err = MG_ERR_NOMEM;
            }
            got = csv_write2(w->quoted, w->quoted_cap, tmp, len + 1, '"');
            free(tmp);
        } else {
            got = csv_write2(w->quoted, w->quoted_cap, s, len, '"');
        }
        if (co_put(w, w->quoted, got) != 0)
            return w->err;
    }
    return MG_OK;
}

/* Add one field of len bytes to the current row. */
mg_error co_fieldn(co_writer *w, const char *s, size_t len)
{
    return co_fieldn_flags(w, s, len, 0);
}

/* Add a record as read (its own quoted line breaks kept) as one field. */
mg_error co_field_record(co_writer *w, const char *s)
{
    return co_fieldn_flags(w, s ? s : "", s ? strlen(s) : 0, TX_KEEP_BREAKS);
}

/* Add bytes as they are, outside the CSV rules (a file that is not CSV, such as an iCalendar file). */
mg_error co_raw(co_writer *w, const char *s, size_t len)
{
    return co_put(w, s, len) != 0 ? MG_ERR_WRITE : MG_OK;
}

/* Add one NUL-terminated field. */
mg_error co_field(co_writer *w, const char *s)
{
    return co_fieldn(w, s ? s : "", s ? strlen(s) : 0);
}

/* Add a whole number as a field. */
mg_error co_field_long(co_writer *w, long v)
{
    char buf[32];

    snprintf(buf, sizeof buf, "%ld", v);
    return co_field(w, buf);
}

/* End the current row. */
mg_error co_end_row(co_writer *w)
{
    if (w->err)
        return w->err;
    w->nfields = 0;
    if (co_put(w, w->d.eol, strlen(w->d.eol)) != 0)
        return w->err;
    return MG_OK;
}

/* Write a whole row. */
mg_error co_row(co_writer *w, const char *const *fields, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        co_field(w, fields[i]);
    return co_end_row(w);
}

/* Flush, fsync, close and free. */
mg_error co_close(co_writer *w, mg_errinfo *ei, char *sha256)
{
    mg_error err;
    int saved = 0;

    if (!w)
        return MG_OK;
    if (!w->err)
        co_flush(w);
    err = w->err;
    saved = w->saved_errno;
    if (!err && pf_sync(w->fd) != 0) {
        err = MG_ERR_WRITE;
        saved = errno;
    }
    if (close(w->fd) != 0 && !err) {
        err = MG_ERR_WRITE;
        saved = errno;
    }
    w->fd = -1;
    if (!err && sha256 && dg_sha256_hex(w->sha, sha256) != MG_OK) {
        err = MG_ERR_INTERNAL;
        snprintf(w->why, sizeof w->why, "%s", dg_why());
    }
    if (err == MG_ERR_DATA)
        MG_FAIL(ei, err, w->path, 0, MSG_CSVOUT_CP1252_CHAR, w->badlen, w->badvalue, w->badbyte);
    else if (err == MG_ERR_NOMEM)
        MG_FAIL(ei, err, w->path, 0, MSG_OUT_OF_MEMORY);
    else if (err == MG_ERR_INTERRUPTED)
        MG_FAIL(ei, err, w->path, 0, MSG_ERR_INTERRUPTED);
    else if (err == MG_ERR_INTERNAL)
        MG_FAIL(ei, err, w->path, 0, MSG_WRITE_CHECKSUM, w->why);
    else if (err && saved)
        MG_FAIL(ei, err, w->path, 0, MSG_WRITE_ERROR, strerror(saved));
    else if (err)
        MG_FAIL(ei, err, w->path, 0, MSG_WRITE_ERROR_SHORT);
    co_free(w);
    return err;
}

/* Close without caring about errors and free. */
void co_free(co_writer *w)
{
    if (!w)
        return;
    if (w->fd >= 0)
        close(w->fd);
    free(w->buf);
    dg_sha256_free(w->sha);
    free(w->quoted);
    free(w->conv);
    free(w->clean);
    free(w);
}
