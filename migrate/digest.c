/* digest.c — SHA-256 through the system's library, every call's result checked: libcrypto's EVP interface, or
 * on Windows BCrypt (CNG), which every Windows has (no OpenSSL to ship). */
#include "digest.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "platform.h"

/* Bytes read per read(2) when hashing a file. */
#define DG_READ_BUF (64 * 1024)

/* Room for the library's own reason in a DG_WHY_MAX reason (the rest names the call). */
#define DG_REASON_MAX 160

/* The reason a finished context gives when used again. */
#define DG_FINISHED "dg_sha256_hex: already finished"

/* ---- The backend: dg_be_new (0 when out of memory), dg_be_init, dg_be_update, dg_be_final (each 1, or 0
 * with the call and the library's reason in why) and dg_be_free. The one place of migrate besides platform.c
 * that tells Windows apart: the digest's library differs there, not the operating system's calls. ---- */
#ifdef _WIN32
#include <windows.h>

#include <bcrypt.h>

/* The algorithm provider and the hash object of one digest. */
typedef struct dg_backend {
    BCRYPT_ALG_HANDLE alg;
    BCRYPT_HASH_HANDLE hash;
} dg_backend;

/* Largest piece handed to BCryptHashData (its length is a ULONG). */
#define DG_BCRYPT_PIECE 0x40000000u

/* why: the call and its NTSTATUS; 0. */
static int dg_be_why(const char *call, NTSTATUS st, char *why, size_t n)
{
    snprintf(why, n, "%.60s: NTSTATUS 0x%08lX", call, (unsigned long)st);
    return 0;
}

static int dg_be_new(dg_backend *b)
{
    b->alg = NULL;
    b->hash = NULL;
    return 1;
}

static int dg_be_init(dg_backend *b, char *why, size_t n)
{
    NTSTATUS st = BCryptOpenAlgorithmProvider(&b->alg, BCRYPT_SHA256_ALGORITHM, NULL, 0);

    if (!BCRYPT_SUCCESS(st)) {
        b->alg = NULL;
        return dg_be_why("BCryptOpenAlgorithmProvider", st, why, n);
    }
    st = BCryptCreateHash(b->alg, &b->hash, NULL, 0, NULL, 0, 0);
    if (!BCRYPT_SUCCESS(st)) {
        b->hash = NULL;
        return dg_be_why("BCryptCreateHash", st, why, n);
    }
    return 1;
}

static int dg_be_update(dg_backend *b, const void *data, size_t len, char *why, size_t n)
{
    const unsigned char *p = data;

    while (len > 0) {
        ULONG k = len > DG_BCRYPT_PIECE ? DG_BCRYPT_PIECE : (ULONG)len;
        NTSTATUS st = BCryptHashData(b->hash, (PUCHAR)p, k, 0);
        if (!BCRYPT_SUCCESS(st))
            return dg_be_why("BCryptHashData", st, why, n);
        p += k;
        len -= k;
    }
    return 1;
}

static int dg_be_final(dg_backend *b, unsigned char md[DG_SHA256_LEN], char *why, size_t n)
{
    NTSTATUS st = BCryptFinishHash(b->hash, md, DG_SHA256_LEN, 0);

    return BCRYPT_SUCCESS(st) ? 1 : dg_be_why("BCryptFinishHash", st, why, n);
}

static void dg_be_free(dg_backend *b)
{
    if (b->hash)
        BCryptDestroyHash(b->hash);
    if (b->alg)
        BCryptCloseAlgorithmProvider(b->alg, 0);
}
#else
#include <openssl/err.h>
#include <openssl/evp.h>

/* The EVP context of one digest. */
typedef struct dg_backend {
    EVP_MD_CTX *ctx;
} dg_backend;

/* why: the call and libcrypto's reason, if it gave one; 0. */
static int dg_be_why(const char *call, char *why, size_t n)
{
    unsigned long e = ERR_peek_last_error();
    char reason[DG_REASON_MAX];

    if (e) {
        ERR_error_string_n(e, reason, sizeof reason);
        snprintf(why, n, "%.60s: %s", call, reason);
    } else {
        snprintf(why, n, "%.60s", call);
    }
    ERR_clear_error();
    return 0;
}

static int dg_be_new(dg_backend *b)
{
    b->ctx = EVP_MD_CTX_new();
    return b->ctx != NULL;
}

static int dg_be_init(dg_backend *b, char *why, size_t n)
{
    /* EVP_sha256 once per context; the implementation (SHA-NI where the CPU has it) is libcrypto's choice */
    return EVP_DigestInit_ex(b->ctx, EVP_sha256(), NULL) == 1 ? 1 : dg_be_why("EVP_DigestInit_ex", why, n);
}

static int dg_be_update(dg_backend *b, const void *data, size_t len, char *why, size_t n)
{
    return EVP_DigestUpdate(b->ctx, data, len) == 1 ? 1 : dg_be_why("EVP_DigestUpdate", why, n);
}

static int dg_be_final(dg_backend *b, unsigned char md[DG_SHA256_LEN], char *why, size_t n)
{
    unsigned char full[EVP_MAX_MD_SIZE];
    unsigned int len = 0;

    if (EVP_DigestFinal_ex(b->ctx, full, &len) != 1)
        return dg_be_why("EVP_DigestFinal_ex", why, n);
    if (len != DG_SHA256_LEN)
        return dg_be_why("EVP_DigestFinal_ex: not a SHA-256", why, n);
    memcpy(md, full, DG_SHA256_LEN);
    return 1;
}

static void dg_be_free(dg_backend *b)
{
    EVP_MD_CTX_free(b->ctx);
}
#endif

/* ---- The digests, the same everywhere ---- */

/* A SHA-256 being computed. */
struct dg_sha256 {
    dg_backend be;
    int spoiled;          /* the library failed, or the digest is finished: every later call fails */
    char why[DG_WHY_MAX]; /* why it is spoiled */
};

/* This thread's last failure (dg_why). */
static _Thread_local char dg_last_why[DG_WHY_MAX];

/* Spoil d: the backend's call failed and wrote why into dg_last_why; MG_ERR_INTERNAL. */
static mg_error dg_fail(dg_sha256 *d)
{
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
    if (!dg_be_new(&d->be)) {
        free(d);
        return NULL;
    }
    if (!dg_be_init(&d->be, dg_last_why, sizeof dg_last_why))
        dg_fail(d);
    return d;
}

/* Add len bytes. */
mg_error dg_sha256_update(dg_sha256 *d, const void *data, size_t len)
{
    if (d->spoiled)
        return dg_spoiled(d);
    if (!dg_be_update(&d->be, data, len, dg_last_why, sizeof dg_last_why))
        return dg_fail(d);
    return MG_OK;
}

/* Finish: the digest in lowercase hex. */
mg_error dg_sha256_hex(dg_sha256 *d, char out[DG_SHA256_HEX_SIZE])
{
    static const char digits[] = "0123456789abcdef";
    unsigned char md[DG_SHA256_LEN];
    unsigned i;

    out[0] = '\0';
    if (d->spoiled)
        return dg_spoiled(d);
    if (!dg_be_final(&d->be, md, dg_last_why, sizeof dg_last_why))
        return dg_fail(d);
    for (i = 0; i < DG_SHA256_LEN; i++) {
        out[2 * i] = digits[md[i] >> 4];
        out[2 * i + 1] = digits[md[i] & 0xf];
    }
    out[DG_SHA256_HEX_LEN] = '\0';
    d->spoiled = 1; /* neither library goes on after its final step */
    snprintf(d->why, sizeof d->why, "%s", DG_FINISHED);
    return MG_OK;
}

/* Free a context; NULL is a no-op. */
void dg_sha256_free(dg_sha256 *d)
{
    if (!d)
        return;
    dg_be_free(&d->be);
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
        long long n = pf_read(fd, buf, DG_READ_BUF);
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
