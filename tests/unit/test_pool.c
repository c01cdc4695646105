/* test_pool.c — the block allocator and mg_grow: zeroed, aligned, stable memory through block growth, marks
 * and releases (the spare block reused), and growing arrays whose contents survive every move. */
#include "testutil.h"

#include "platform.h"
#include "pool.h"

/* A byte that tells allocation i's byte k apart from its neighbours'. */
static unsigned char pattern(size_t i, size_t k)
{
    return (unsigned char)(i * 31 + k * 7 + 1);
}

/* Allocations of many sizes (tiny, one block, oversized) stay zeroed when made, aligned, and keep what was
 * written into them while the pool grows; blocks double up to POOL_BLOCK_MAX and never beyond. */
static void test_alloc(void **state)
{
    static const size_t sizes[] = {0,
                                   1,
                                   7,
                                   16,
                                   17,
                                   100,
                                   4095,
                                   4096,
                                   POOL_BLOCK_SIZE - 16,
                                   POOL_BLOCK_SIZE,
                                   POOL_BLOCK_SIZE + 1,
                                   3 * POOL_BLOCK_SIZE};
    enum { N = 6000 };
    mg_pool *p = pool_new();
    unsigned char **mem = calloc(N, sizeof *mem);
    size_t i, k, before, most = 0;

    (void)state;
    assert_non_null(p);
    assert_non_null(mem);
    for (i = 0; i < N; i++) {
        size_t size = sizes[i % ARRAY_LEN(sizes)];
        before = p->total;
        mem[i] = pool_alloc(p, size);
        assert_non_null(mem[i]);
        assert_int_equal((uintptr_t)mem[i] % _Alignof(max_align_t), 0);
        for (k = 0; k < size; k++) {
            assert_int_equal(mem[i][k], 0);
            mem[i][k] = pattern(i, k);
        }
        if (p->total - before > most && size <= POOL_BLOCK_SIZE)
            most = p->total - before;
    }
    assert_true(most > POOL_BLOCK_SIZE); /* the blocks grew */
    assert_true(most <= POOL_BLOCK_MAX);
    for (i = 0; i < N; i++) {
        size_t size = sizes[i % ARRAY_LEN(sizes)];
        for (k = 0; k < size; k++)
            assert_int_equal(mem[i][k], pattern(i, k));
    }
    free(mem);
    pool_free(p);
    pool_free(NULL);
}

/* A release frees what came after the mark and restores the counts; the block a released row started is the
 * spare the next row gets, at the same address, however many rows come and go. */
static void test_release(void **state)
{
    mg_pool *p = pool_new();
    pool_mark m;
    unsigned char *keep, *first = NULL, *s;
    const void *spare = NULL;
    size_t total, used, row;

    (void)state;
    assert_non_null(p);
    keep = pool_alloc(p, POOL_BLOCK_SIZE - 64); /* the head block nearly full */
    assert_non_null(keep);
    memset(keep, 0xAB, POOL_BLOCK_SIZE - 64);
    total = p->total;
    used = p->used;
    for (row = 0; row < 10000; row++) {
        m = pool_mark_get(p);
        s = pool_alloc(p, 200); /* does not fit: a new block */
        assert_non_null(s);
        assert_int_equal(s[0], 0);
        memset(s, 0xCD, 200);
        assert_non_null(pool_alloc(p, 2 * POOL_BLOCK_SIZE)); /* an oversized block too */
        if (row == 1) /* the first row's oversized block, larger, became the spare */
            first = s;
        if (row > 1) {
            assert_ptr_equal(s, first);
            assert_null(p->spare); /* taken by this row */
        }
        pool_release(p, m);
        assert_non_null(p->spare);
        if (row == 1)
            spare = p->spare;
        if (row > 1)
            assert_ptr_equal(p->spare, spare); /* the same block, row after row: no allocation */
        assert_int_equal(p->total, total);
        assert_int_equal(p->used, used);
    }
    /* what was kept is untouched */
    for (row = 0; row < POOL_BLOCK_SIZE - 64; row++)
        assert_int_equal(keep[row], 0xAB);
    /* a block larger than POOL_BLOCK_MAX is never kept as the spare */
    pool_free(p);
    p = pool_new();
    assert_non_null(p);
    m = pool_mark_get(p);
    assert_non_null(pool_alloc(p, POOL_BLOCK_MAX + 1)); /* the head of an empty pool */
    pool_release(p, m);
    assert_null(p->head);
    assert_null(p->spare);
    /* a request whose block size would wrap around (never handed to the allocator) */
    assert_null(pool_alloc(p, (size_t)-1 - 20));
    assert_null(pool_alloc(p, (size_t)-1));
    /* a mark on an empty pool: everything goes */
    pool_free(p);
    p = pool_new();
    assert_non_null(p);
    m = pool_mark_get(p);
    assert_non_null(pool_strdup(p, "abc"));
    pool_release(p, m);
    assert_null(p->head);
    assert_int_equal(p->total, 0);
    assert_string_equal(pool_strdup(p, "xyz"), "xyz");
    pool_free(p);
}

/* Arrays of several element sizes grow past PF_BIG_BYTES (where they move to huge pages) with every element
 * intact after each move; a capacity that would overflow is refused with the array untouched. */
static void test_grow(void **state)
{
    static const size_t elems[] = {1, 8, 24, 32, 4096};
    size_t e, i, k;

    (void)state;
    for (e = 0; e < ARRAY_LEN(elems); e++) {
        size_t elem = elems[e], cap = 0, n = 0, limit = 3 * PF_BIG_BYTES / elem + 5;
        unsigned char *v = NULL;
        for (i = 0; i < limit; i++) {
            assert_int_equal(mg_grow((void **)&v, n, &cap, elem, 16), 1);
            assert_true(cap > n);
            memset(v + n * elem, (int)(i & 0xFF), elem);
            n++;
        }
        assert_true(cap * elem >= PF_BIG_BYTES);
        for (i = 0; i < n; i++)
            for (k = 0; k<elem; k += elem> 64 ? 61 : 1)
                assert_int_equal(v[i * elem + k], i & 0xFF);
        free(v);
    }
    {
        size_t cap = (size_t)1 << (sizeof(size_t) * 8 - 2), n = cap;
        void *v = (void *)&cap; /* never touched when the growth is refused */
        assert_int_equal(mg_grow(&v, n, &cap, 8, 16), 0);
        assert_ptr_equal(v, (void *)&cap);
        assert_int_equal(cap, n);
    }
    {
        size_t cap = 4, n = 2;
        void *v = (void *)&cap; /* not full: nothing to do */
        assert_int_equal(mg_grow(&v, n, &cap, 8, 16), 1);
        assert_ptr_equal(v, (void *)&cap);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alloc),
        cmocka_unit_test(test_release),
        cmocka_unit_test(test_grow),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
