/* digest.c — SHA-256 through libcrypto's EVP interface, every call's result checked. */
#include "digest.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/evp.h>

#include "platform.h"

/* Bytes read per read(2) when hashing a file. */
#define DG_READ_BUF (64 * 1024)

/* Room for libcrypto's own reason in a DG_WHY_MAX reason (the rest names the call). */
#define DG_REASON_MAX 160

/* The reason a finished context gives when used again. */
#define DG_FINISHED "dg_sha256_hex: already finished"

/* A SHA-256 being computed. */
struct dg_sha256 {
    EVP_MD_CTX *ctx;
    int spoiled;          /* libcrypto failed, or the digest is finished: every later call fails */
    char why[DG_WHY_MAX]; /* why it is spoiled */
};

/* This thread's last failure (dg_why). */
static _Thread_local char dg_last_why[DG_WHY_MAX];

/* Spoil d because libcrypto's call failed, with libcrypto's reason; MG_ERR_INTERNAL. */
static mg_error dg_fail(dg_sha256 *d, const char *call)
{
    unsigned long e = ERR_peek_last_error();
    char reason[DG_REASON_MAX];

    if (e) {
        ERR_error_string_n(e, reason, sizeof reason);
        snprintf(dg_last_why, sizeof dg_last_why, "%.60s: %s", call, reason);
    } else {
        snprintf(dg_last_why, sizeof dg_last_why, "%.60s", call);
    }
    ERR_clear_error();
    d->spoiled = 1;
    snprintf(d->why, sizeof d->why, "%s", dg_last_why);
    return MG_ERR_INTERNAL;
}

/* MG_ERR_INTERNAL for a call on a spoiled context; its reason becomes this thread's last. */
static mg_error dg_spoiled(const dg_sha256 *d)
{
    snprintf(dg_last_why, sizeof dg_last_why, "%s", d->why);
    return MG_ERR_INTERNAL;
}

/* A new SHA-256 of nothing yet. */
dg_sha256 *dg_sha256_new(void)
{
    dg_sha256 *d = calloc(1, sizeof *d);

    if (!d)
        return NULL;
    d->ctx = EVP_MD_CTX_new();
    if (!d->ctx) {
        free(d);
        return NULL;
    }
    /* EVP_sha256 once per context; the implementation (SHA-NI where the CPU has it) is libcrypto's choice */
    if (EVP_DigestInit_ex(d->ctx, EVP_sha256(), NULL) != 1)
        dg_fail(d, "EVP_DigestInit_ex");
    return d;
}

/* Add len bytes. */
mg_error dg_sha256_update(dg_sha256 *d, const void *data, size_t len)
{
    if (d->spoiled)
        return dg_spoiled(d);
    if (EVP_DigestUpdate(d->ctx, data, len) != 1)
        return dg_fail(d, "EVP_DigestUpdate");
    return MG_OK;
}

/* Finish: the digest in lowercase hex. */
mg_error dg_sha256_hex(dg_sha256 *d, char out[DG_SHA256_HEX_SIZE])
{
    static const char digits[] = "0123456789abcdef";
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0, i;

    out[0] = '\0';
    if (d->spoiled)
        return dg_spoiled(d);
    if (EVP_DigestFinal_ex(d->ctx, md, &n) != 1)
        return dg_fail(d, "EVP_DigestFinal_ex");
    if (n != DG_SHA256_LEN)
        return dg_fail(d, "EVP_DigestFinal_ex: not a SHA-256");
    for (i = 0; i < n; i++) {
        out[2 * i] = digits[md[i] >> 4];
        out[2 * i + 1] = digits[md[i] & 0xf];
    }
    out[DG_SHA256_HEX_LEN] = '\0';
    d->spoiled = 1; /* EVP cannot go on after its final step */
    snprintf(d->why, sizeof d->why, "%s", DG_FINISHED);
    return MG_OK;
}

/* Free a context; NULL is a no-op. */
void dg_sha256_free(dg_sha256 *d)
{
    if (!d)
        return;
    EVP_MD_CTX_free(d->ctx);
    free(d);
}

/* The SHA-256 of len bytes. */
mg_error dg_sha256_data(const void *data, size_t len, char out[DG_SHA256_HEX_SIZE])
{
    dg_sha256 *d = dg_sha256_new();
    mg_error err;

    out[0] = '\0';
    if (!d)
        return MG_ERR_NOMEM;
    err = dg_sha256_update(d, data, len);
    if (!err)
        err = dg_sha256_hex(d, out);
    dg_sha256_free(d);
    return err;
}

/* The SHA-256 of what fd holds from its position on. */
mg_error dg_sha256_fd(int fd, char out[DG_SHA256_HEX_SIZE])
{
    dg_sha256 *d = dg_sha256_new();
    unsigned char *buf = malloc(DG_READ_BUF);
    mg_error err = MG_OK;
    int saved;

    out[0] = '\0';
    if (!d || !buf) {
        err = MG_ERR_NOMEM;
        goto done;
    }
    for (;;) {
        ssize_t n = read(fd, buf, DG_READ_BUF);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            err = MG_ERR_INPUT;
            goto done;
        }
        if (n == 0)
            break;
        err = dg_sha256_update(d, buf, (size_t)n);
        if (err)
            goto done;
    }
    err = dg_sha256_hex(d, out);
done:
    saved = errno; /* the read's errno survives the cleanup */
    free(buf);
    dg_sha256_free(d);
    errno = saved;
    return err;
}

/* The SHA-256 of the file at path. */
mg_error dg_sha256_file(const char *path, char out[DG_SHA256_HEX_SIZE])
{
    int fd = pf_open_read(path, 0);
    mg_error err;
    int saved;

    out[0] = '\0';
    if (fd < 0)
        return MG_ERR_INPUT;
    err = dg_sha256_fd(fd, out);
    saved = errno;
    (void)close(fd); /* read only: nothing to lose */
    errno = saved;
    return err;
}

/* This thread's last failure. */
const char *dg_why(void)
{
    return dg_last_why;
}
