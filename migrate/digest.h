/* digest.h — SHA-256 checksums of the output files through OpenSSL's libcrypto (EVP: the CPU's SHA
 * extensions); on Windows through BCrypt (CNG). "libcrypto" below means BCrypt there. */
#ifndef MG_DIGEST_H
#define MG_DIGEST_H

#include <stddef.h>

#include "error.h"

/* Bytes of a SHA-256, its lowercase hex digits, and a buffer for those with their NUL. */
#define DG_SHA256_LEN 32
#define DG_SHA256_HEX_LEN (2 * DG_SHA256_LEN)
#define DG_SHA256_HEX_SIZE (DG_SHA256_HEX_LEN + 1)

/* Longest reason dg_why gives, with its NUL. */
#define DG_WHY_MAX 256

/* A SHA-256 being computed: new, update any number of times, hex once, free. */
typedef struct dg_sha256 dg_sha256;

/* A new SHA-256 of nothing yet; NULL when out of memory (a libcrypto failure to start shows at the next
 * call). */
dg_sha256 *dg_sha256_new(void);

/* Add len bytes. MG_OK, or MG_ERR_INTERNAL when libcrypto failed now or before, or after dg_sha256_hex. */
mg_error dg_sha256_update(dg_sha256 *d, const void *data, size_t len);

/* Finish: the SHA-256 of every byte added as DG_SHA256_HEX_LEN lowercase hex digits and a NUL, as sha256sum
 * writes it. MG_OK, or MG_ERR_INTERNAL (out is then "") when libcrypto failed now or before. Once only. */
mg_error dg_sha256_hex(dg_sha256 *d, char out[DG_SHA256_HEX_SIZE]);

/* Free a SHA-256 context; NULL is a no-op. */
void dg_sha256_free(dg_sha256 *d);

/* The SHA-256 of len bytes, in hex: MG_OK, MG_ERR_NOMEM or MG_ERR_INTERNAL (out is then ""). */
mg_error dg_sha256_data(const void *data, size_t len, char out[DG_SHA256_HEX_SIZE]);

/* The SHA-256 of what fd holds from its position to its end, in hex: MG_OK, MG_ERR_NOMEM, MG_ERR_INTERNAL,
 * or MG_ERR_INPUT when a read failed (errno says why). fd stays open. */
mg_error dg_sha256_fd(int fd, char out[DG_SHA256_HEX_SIZE]);

/* The SHA-256 of the file at path, in hex: as dg_sha256_fd, MG_ERR_INPUT also when it cannot be opened. */
mg_error dg_sha256_file(const char *path, char out[DG_SHA256_HEX_SIZE]);

/* Why the last MG_ERR_INTERNAL of this module on this thread happened: the libcrypto call that failed and
 * libcrypto's own reason, if it gave one ("" if nothing failed yet). */
const char *dg_why(void);

#endif
