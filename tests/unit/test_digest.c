/* test_digest.c — SHA-256 through libcrypto: the FIPS 180-2 vectors, any chunking, files and descriptors. */
#include "testutil.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "digest.h"

/* The longest chunk size fed in the chunking test. */
#define CHUNK_MAX 200

/* Bytes of the file hashed in the file test: several reads of digest.c's buffer, and a partial one. */
#define FILE_LEN (3 * 64 * 1024 + 4321)

/* A message (unit repeated `repeat` times) and its SHA-256 as sha256sum prints it. */
typedef struct vector {
    const char *unit;
    size_t repeat;
    const char *want;
} vector;

/* FIPS 180-2 appendix B (and the two-block message of NIST's SHA-256 examples). */
static const vector vectors[] = {
    {"", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrs"
     "tnopq"
     "rstu",
     1, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
    {"a", 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
};

/* The message of a vector, spelled out (the caller frees it); *len gets its length. */
static char *expand(const vector *v, size_t *len)
{
    size_t ulen = strlen(v->unit), i;
    char *buf = malloc(ulen * v->repeat + 1);

    assert_non_null(buf);
    for (i = 0; i < v->repeat; i++)
        memcpy(buf + i * ulen, v->unit, ulen);
    *len = ulen * v->repeat;
    return buf;
}

/* Hash len bytes fed in chunks of `chunk` bytes through one context. */
static void hash_chunked(const char *buf, size_t len, size_t chunk, char out[DG_SHA256_HEX_SIZE])
{
    dg_sha256 *d = dg_sha256_new();
    size_t off;

    assert_non_null(d);
    for (off = 0; off < len; off += chunk)
        assert_int_equal(dg_sha256_update(d, buf + off, len - off < chunk ? len - off : chunk), MG_OK);
    assert_int_equal(dg_sha256_hex(d, out), MG_OK);
    dg_sha256_free(d);
}

/* Each vector in one go, through a context unit by unit, and in lowercase hex of the right length. */
static void test_vectors(void **state)
{
    char hex[DG_SHA256_HEX_SIZE];

    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(vectors); i++) {
        const vector *v = &vectors[i];
        size_t len;
        char *buf = expand(v, &len);
        dg_sha256 *d = dg_sha256_new();

        assert_int_equal(dg_sha256_data(buf, len, hex), MG_OK);
        assert_int_equal(strlen(hex), DG_SHA256_HEX_LEN);
        assert_string_equal(hex, v->want);
        assert_non_null(d);
        for (size_t r = 0; r < v->repeat; r++)
            assert_int_equal(dg_sha256_update(d, v->unit, strlen(v->unit)), MG_OK);
        assert_int_equal(dg_sha256_hex(d, hex), MG_OK);
        assert_string_equal(hex, v->want);
        dg_sha256_free(d);
        free(buf);
    }
}

/* Every chunk size from 1 to CHUNK_MAX bytes gives the same digest, for every vector. */
static void test_chunks(void **state)
{
    char hex[DG_SHA256_HEX_SIZE];

    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(vectors); i++) {
        size_t len;
        char *buf = expand(&vectors[i], &len);

        for (size_t chunk = 1; chunk <= CHUNK_MAX; chunk++) {
            hash_chunked(buf, len, chunk, hex);
            if (strcmp(hex, vectors[i].want))
                fail_msg("vector %zu in chunks of %zu: got %s", i, chunk, hex);
        }
        free(buf);
    }
}

/* A temporary file of FILE_LEN pattern bytes: its path into path, its bytes into buf. */
static void make_file(char *path, size_t size, unsigned char *buf)
{
    int fd;

    snprintf(path, size, "/tmp/test_digest.XXXXXX");
    fd = mkstemp(path);
    assert_true(fd >= 0);
    for (size_t i = 0; i < FILE_LEN; i++)
        buf[i] = (unsigned char)((i * 7 + (i >> 8)) & 0xFF);
    assert_int_equal(write(fd, buf, FILE_LEN), FILE_LEN);
    assert_int_equal(close(fd), 0);
}

/* A file and a descriptor (from its position on) hash like their bytes; unreadable ones fail with errno. */
static void test_file_fd(void **state)
{
    static unsigned char buf[FILE_LEN];
    char path[64], want[DG_SHA256_HEX_SIZE], got[DG_SHA256_HEX_SIZE];
    int fd;

    (void)state;
    make_file(path, sizeof path, buf);
    assert_int_equal(dg_sha256_data(buf, FILE_LEN, want), MG_OK);
    assert_int_equal(dg_sha256_file(path, got), MG_OK);
    assert_string_equal(got, want);

    fd = open(path, O_RDONLY);
    assert_true(fd >= 0);
    assert_int_equal(dg_sha256_fd(fd, got), MG_OK);
    assert_string_equal(got, want);
    assert_int_equal(dg_sha256_fd(fd, got), MG_OK); /* at the end now: nothing left */
    assert_string_equal(got, vectors[0].want);
    assert_int_equal(lseek(fd, 1000, SEEK_SET), 1000);
    assert_int_equal(dg_sha256_fd(fd, got), MG_OK);
    assert_int_equal(dg_sha256_data(buf + 1000, FILE_LEN - 1000, want), MG_OK);
    assert_string_equal(got, want);
    assert_int_equal(close(fd), 0);
    unlink(path);

    errno = 0;
    assert_int_equal(dg_sha256_file(path, got), MG_ERR_INPUT);
    assert_int_equal(errno, ENOENT);
    assert_string_equal(got, "");
    fd = open("/tmp", O_RDONLY | O_DIRECTORY);
    assert_true(fd >= 0);
    errno = 0;
    assert_int_equal(dg_sha256_fd(fd, got), MG_ERR_INPUT);
    assert_int_equal(errno, EISDIR);
    assert_string_equal(got, "");
    close(fd);
}

/* free(NULL) is a no-op; a finished context refuses more, with a reason, and stays refused. */
static void test_finished(void **state)
{
    char hex[DG_SHA256_HEX_SIZE];
    dg_sha256 *d = dg_sha256_new();

    (void)state;
    dg_sha256_free(NULL);
    assert_non_null(d);
    assert_int_equal(dg_sha256_update(d, "abc", 3), MG_OK);
    assert_int_equal(dg_sha256_hex(d, hex), MG_OK);
    assert_string_equal(hex, vectors[1].want);
    assert_int_equal(dg_sha256_update(d, "abc", 3), MG_ERR_INTERNAL);
    assert_non_null(strstr(dg_why(), "finished"));
    assert_int_equal(dg_sha256_hex(d, hex), MG_ERR_INTERNAL);
    assert_string_equal(hex, "");
    dg_sha256_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors),
        cmocka_unit_test(test_chunks),
        cmocka_unit_test(test_file_fd),
        cmocka_unit_test(test_finished),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
