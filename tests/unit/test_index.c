/* test_index.c — the look-up tables: every put, get and delete checked against a plain array, through growth,
 * collisions and deletions inside probe chains. */
#include "testutil.h"

#include "index.h"

/* A small deterministic generator (xorshift64*), so that failures repeat. */
static uint64_t next_rand(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * UINT64_C(2685821657736338717);
}

/* Integer keys of several shapes: small, packed LHNs, keys equal in their low or high bits, 0 and UINT64_MAX.
 */
static uint64_t int_key(int shape, size_t i)
{
    switch (shape) {
    case 0:
        return i;
    case 1:
        return (uint64_t)(100000000 + i * 7919) * 100 + (i % 3) + 1; /* 123456789L01 as 12345678901 */
    case 2:
        return (uint64_t)i << 40; /* equal low bits */
    case 3:
        return i == 0 ? UINT64_MAX : (uint64_t)i * 1024; /* the largest key */
    default:
        return UINT64_C(0xFFFFFFFF00000000) | i; /* equal high bits */
    }
}

/* Random puts, replacements, gets and deletes of n keys, against a reference array of values. */
static void int_model(int shape, size_t n, unsigned ops)
{
    ix_ints *t = ix_ints_new();
    size_t *ref = malloc(n * sizeof *ref), live = 0, i;
    uint64_t seed = 0x9E3779B97F4A7C15u ^ (uint64_t)shape;
    unsigned op;

    assert_non_null(t);
    assert_non_null(ref);
    for (i = 0; i < n; i++)
        ref[i] = IX_NONE;
    for (op = 0; op < ops; op++) {
        uint64_t r = next_rand(&seed);
        size_t k = (size_t)(r % n);
        switch ((r >> 32) % 4) {
        case 0:
        case 1:
            if (ref[k] == IX_NONE)
                live++;
            ref[k] = (size_t)(r >> 40);
            assert_int_equal(ix_ints_put(t, int_key(shape, k), ref[k]), 1);
            break;
        case 2:
            assert_int_equal(ix_ints_del(t, int_key(shape, k)), ref[k] != IX_NONE);
            if (ref[k] != IX_NONE)
                live--;
            ref[k] = IX_NONE;
            break;
        default:
            assert_int_equal(ix_ints_get(t, int_key(shape, k)), ref[k]);
        }
        assert_int_equal(ix_ints_count(t), live);
    }
    for (i = 0; i < n; i++)
        assert_int_equal(ix_ints_get(t, int_key(shape, i)), ref[i]);
    free(ref);
    ix_ints_free(t);
}

/* Integer tables of every key shape, small (many deletes in short chains) and large (growth). */
static void test_ints_model(void **state)
{
    static const struct {
        size_t n;
        unsigned ops;
    } sizes[] = {{5, 2000}, {100, 20000}, {5000, 60000}};
    int shape;
    size_t s;

    (void)state;
    for (shape = 0; shape < 5; shape++)
        for (s = 0; s < ARRAY_LEN(sizes); s++)
            int_model(shape, sizes[s].n, sizes[s].ops);
}

/* A thousand keys with the same home slot (the top bits of key * 2^64/phi, as index.c picks it, are all zero
 * for a table of up to 2048 slots): one long chain, emptied from the middle and the front. */
static void test_ints_one_chain(void **state)
{
    ix_ints *t = ix_ints_new();
    uint64_t *key = malloc(1000 * sizeof *key), k;
    size_t i, n = 0;

    (void)state;
    assert_non_null(t);
    assert_non_null(key);
    for (k = 1; n < 1000; k++)
        if ((k * UINT64_C(0x9E3779B97F4A7C15)) >> 53 == 0)
            key[n++] = k;
    for (i = 0; i < n; i++)
        assert_int_equal(ix_ints_put(t, key[i], i), 1);
    for (i = 0; i < n; i++)
        assert_int_equal(ix_ints_get(t, key[i]), i);
    for (i = n / 2; i < n; i += 2)
        assert_int_equal(ix_ints_del(t, key[i]), 1);
    for (i = 0; i < n / 4; i++)
        assert_int_equal(ix_ints_del(t, key[i]), 1);
    for (i = 0; i < n; i++) {
        int gone = i < n / 4 || (i >= n / 2 && (i - n / 2) % 2 == 0);
        assert_int_equal(ix_ints_get(t, key[i]), gone ? IX_NONE : i);
    }
    assert_int_equal(ix_ints_del(t, key[0]), 0);
    assert_int_equal(ix_ints_count(t), n - n / 4 - n / 4);
    free(key);
    ix_ints_free(t);
}

/* IX_NONE cannot be stored; free(NULL) is a no-op; an empty table finds nothing. */
static void test_edges(void **state)
{
    ix_ints *t = ix_ints_new();
    ix_strs *s = ix_strs_new();

    (void)state;
    assert_non_null(t);
    assert_non_null(s);
    assert_int_equal(ix_ints_get(t, 0), IX_NONE);
    assert_int_equal(ix_ints_put(t, 1, IX_NONE), 0);
    assert_int_equal(ix_ints_count(t), 0);
    assert_int_equal(ix_strs_get(s, "", 0), IX_NONE);
    assert_int_equal(ix_strs_put(s, "x", 1, IX_NONE), 0);
    assert_int_equal(ix_strs_put(s, "y", 1, UINT32_MAX), 0); /* values are kept in 32 bits */
    assert_int_equal(ix_strs_put(s, "y", 1, UINT32_MAX - 1), 1);
    assert_int_equal(ix_strs_get(s, "y", 1), UINT32_MAX - 1);
    assert_int_equal(ix_strs_put(s, NULL, 0, 1), 0);
    assert_int_equal(ix_strs_put(s, "", 0, 5), 1); /* the empty string is a key like any other */
    assert_int_equal(ix_strs_get(s, "", 0), 5);
    assert_int_equal(ix_strs_get(s, "x", 1), IX_NONE);
    ix_ints_free(t);
    ix_strs_free(s);
    ix_ints_free(NULL);
    ix_strs_free(NULL);
}

/* String keys: prefixes of each other, embedded NULs, lengths around 8-byte chunks and the 16 bytes kept in a
 * slot, then a lookup of each. */
static void test_strs_keys(void **state)
{
    static const char base[] = "jansen.administratie@voorbeeld-bureau.nl\0tail";
    ix_strs *t = ix_strs_new();
    size_t len;

    (void)state;
    assert_non_null(t);
    for (len = 0; len < sizeof base; len++)
        assert_int_equal(ix_strs_put(t, base, len, len + 100), 1);
    for (len = 0; len < sizeof base; len++)
        assert_int_equal(ix_strs_get(t, base, len), len + 100);
    assert_int_equal(ix_strs_count(t), sizeof base);
    /* replacing keeps one entry */
    assert_int_equal(ix_strs_put(t, base, 9, 1), 1);
    assert_int_equal(ix_strs_get(t, base, 9), 1);
    assert_int_equal(ix_strs_count(t), sizeof base);
    /* same length, other bytes (the tail after the NUL differs) */
    assert_int_equal(ix_strs_get(t, "jansen.administratie@voorbeeld-bureau.nl\0tale", sizeof base), IX_NONE);
    ix_strs_free(t);
    /* a short key is copied: the caller's buffer may change afterwards; a long one is kept by pointer */
    {
        char buf[40] = "kort.16.bytes.ab";
        t = ix_strs_new();
        assert_non_null(t);
        assert_int_equal(ix_strs_put(t, buf, 16, 7), 1);
        memcpy(buf, "XXXXXXXXXXXXXXXX", 16);
        assert_int_equal(ix_strs_get(t, "kort.16.bytes.ab", 16), 7);
        assert_int_equal(ix_strs_get(t, buf, 16), IX_NONE);
        assert_int_equal(ix_strs_put(t, base, 17, 8), 1);
        assert_int_equal(ix_strs_get(t, "jansen.administra", 17), 8);
        ix_strs_free(t);
    }
}

/* 200,000 generated user names (like a large bureau's), then every one found and near misses not found. */
static void test_strs_many(void **state)
{
    size_t n = 200000, i;
    char(*names)[24] = malloc(n * sizeof *names);
    ix_strs *t = ix_strs_new();

    (void)state;
    assert_non_null(names);
    assert_non_null(t);
    for (i = 0; i < n; i++) {
        snprintf(names[i], sizeof names[i], "user%07zu", i);
        assert_int_equal(ix_strs_put(t, names[i], strlen(names[i]), i), 1);
    }
    for (i = 0; i < n; i++) {
        char miss[24];
        assert_int_equal(ix_strs_get(t, names[i], strlen(names[i])), i);
        snprintf(miss, sizeof miss, "user%07zuX", i);
        assert_int_equal(ix_strs_get(t, miss, strlen(miss)), IX_NONE);
    }
    assert_int_equal(ix_strs_count(t), n);
    ix_strs_free(t);
    free(names);
}

/* The hash is fixed: the same value on every platform for a few known inputs, and it depends on every byte.
 */
static void test_hash(void **state)
{
    static const char *const in[] = {"", "a", "ab", "abcdefgh", "abcdefghi", "user0000001", "user0000002"};
    size_t i, j;

    (void)state;
    for (i = 0; i < ARRAY_LEN(in); i++)
        for (j = i + 1; j < ARRAY_LEN(in); j++)
            assert_true(ix_hash(in[i], strlen(in[i])) != ix_hash(in[j], strlen(in[j])));
    /* bytes beyond len do not count; the same bytes give the same hash */
    assert_true(ix_hash("abcX", 3) == ix_hash("abcY", 3));
    assert_true(ix_hash("\0", 1) != ix_hash("", 0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ints_model), cmocka_unit_test(test_ints_one_chain),
        cmocka_unit_test(test_edges),      cmocka_unit_test(test_strs_keys),
        cmocka_unit_test(test_strs_many),  cmocka_unit_test(test_hash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
