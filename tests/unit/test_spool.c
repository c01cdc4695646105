/* test_spool.c — the spool: records in and out unchanged across chunk boundaries, no file left behind, and
 * findings of rejected rows merged back in order. */
#include "testutil.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csvread.h"
#include "findings.h"
#include "spool.h"

/* A fresh empty folder for a spool. */
static void make_dir(char *dir, size_t size)
{
    snprintf(dir, size, "/tmp/test_spool.XXXXXX");
    assert_non_null(mkdtemp(dir));
}

/* Entries in a folder besides . and .. */
static int dir_entries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    int n = 0;

    assert_non_null(d);
    while ((de = readdir(d)))
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

/* Byte i of record r: every value occurs, and records differ. */
static unsigned char pattern(size_t r, size_t i)
{
    return (unsigned char)((i * 7 + r * 13 + (i >> 8)) & 0xFF);
}

/* Write records of the given lengths, read them back with two interleaved readers, compare every byte. */
static void round_trip(size_t chunk, const size_t *lens, size_t n)
{
    char dir[64];
    mg_errinfo ei;
    sp_spool *sp;
    sp_reader *r1, *r2;
    unsigned char *buf;
    size_t maxlen = 0, i, k;

    memset(&ei, 0, sizeof ei);
    make_dir(dir, sizeof dir);
    for (i = 0; i < n; i++)
        if (lens[i] > maxlen)
            maxlen = lens[i];
    buf = malloc(maxlen + 1);
    assert_non_null(buf);
    sp = sp_new(dir, "out", chunk);
    assert_non_null(sp);
    for (i = 0; i < n; i++) {
        for (k = 0; k < lens[i]; k++)
            buf[k] = pattern(i, k);
        assert_int_equal(sp_put(sp, buf, lens[i], &ei), MG_OK);
    }
    assert_int_equal(sp_finish(sp, &ei), MG_OK);
    assert_int_equal(sp_count(sp), n);
    assert_int_equal(dir_entries(dir), 0); /* the file, if any, has no name */
    r1 = sp_reader_new(sp);
    r2 = sp_reader_new(sp);
    assert_non_null(r1);
    assert_non_null(r2);
    for (i = 0; i <= n; i++) {
        for (int which = 0; which < 2; which++) {
            const void *d;
            size_t len;
            assert_int_equal(sp_next(which ? r2 : r1, &d, &len, &ei), MG_OK);
            if (i == n) {
                assert_null(d);
                continue;
            }
            assert_non_null(d);
            assert_int_equal(len, lens[i]);
            for (k = 0; k < len; k++)
                if (((const unsigned char *)d)[k] != pattern(i, k))
                    fail_msg("record %zu byte %zu differs (chunk %zu)", i, k, chunk);
        }
    }
    sp_reader_free(r1);
    sp_reader_free(r2);
    sp_free(sp);
    free(buf);
    assert_int_equal(dir_entries(dir), 0);
    assert_int_equal(rmdir(dir), 0);
}

/* Records of many lengths through chunks of many sizes: records across boundaries, exactly on them,
 * longer than a chunk, empty ones; and a spool that never needs its file. */
static void test_round_trip(void **state)
{
    static const size_t chunks[] = {1, 3, 4, 5, 7, 8, 64, 255, 256, 257, 4096, SP_CHUNK};
    size_t lens[600], n = 0, i;

    (void)state;
    lens[n++] = 0;
    lens[n++] = 256; /* every byte value */
    for (i = 0; i < 300; i++)
        lens[n++] = i;
    lens[n++] = 0;
    lens[n++] = 4096 - 4;
    lens[n++] = 4096;
    lens[n++] = 70000;
    for (i = 0; i < ARRAY_LEN(chunks); i++)
        round_trip(chunks[i], lens, n);
}

/* The longest record the reader takes (a 16 MiB field and more), among short ones, whole. */
static void test_long_records(void **state)
{
    static const size_t chunks[] = {65537, SP_CHUNK};
    size_t lens[] = {5, CR_MAX_FIELD, 1, CR_MAX_FIELD + 3, 0, 2 * CR_MAX_FIELD, 9};

    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(chunks); i++)
        round_trip(chunks[i], lens, ARRAY_LEN(lens));
}

/* A spool whose folder is missing fails at its first chunk, naming the folder it was told to show. */
static void test_no_folder(void **state)
{
    mg_errinfo ei;
    sp_spool *sp = sp_new("/nonexistent-folder-of-test-spool", "the-output", 8);
    char rec[20] = "0123456789abcdefghi";

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_non_null(sp);
    assert_int_not_equal(sp_put(sp, rec, sizeof rec, &ei), MG_OK);
    assert_string_equal(ei.file, "the-output");
    assert_int_not_equal(sp_put(sp, rec, 1, &ei), MG_OK); /* stays failed */
    sp_free(sp);
}

/* The folder of a path, as the spool is placed beside the output folder. */
static void test_parent(void **state)
{
    static const struct {
        const char *path, *want;
    } cases[] = {
        {"out", "."},       {"a/out", "a"},    {"a/out/", "a"}, {"/out", "/"},
        {"/a/b/c", "/a/b"}, {"a//out//", "a"}, {"./x", "."},
    };
    char buf[64];

    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        sp_parent(cases[i].path, buf, sizeof buf);
        assert_string_equal(buf, cases[i].want);
    }
}

/* Findings of rejected rows are spooled; iteration gives listed and spooled ones in fd_sort's order, and
 * rejections by line and order of making. */
static void test_findings_merge(void **state)
{
    char dir[64];
    fd_list l;
    mg_pool *pool = pool_new();
    mg_errinfo ei;
    fd_iter it;
    fd_rej_iter rj;
    const finding *f;
    char codes[256];
    long lines[16];
    fd_code got[16];
    size_t n = 0;

    (void)state;
    memset(&l, 0, sizeof l);
    memset(&ei, 0, sizeof ei);
    make_dir(dir, sizeof dir);
    l.spool = sp_new(dir, "out", 16); /* tiny chunks: the file is used */
    assert_non_null(l.spool);
    /* line 2: kept, with a warning */
    fd_row_begin(&l);
    assert_int_equal(fd_add(&l, pool, FD_KVK_LEADING_ZERO, 1, 2, "kvk", "1234567", "01234567", NULL), MG_OK);
    assert_int_equal(fd_row_end(&l, pool, 0, "raw2", 4, &ei), MG_OK);
    /* line 3: rejected; findings made out of code order */
    fd_row_begin(&l);
    assert_int_equal(fd_add(&l, pool, FD_VESTIGING_NOT_FOR_UWV, 1, 3, "vestigingsnummer", "v", NULL, NULL),
                     MG_OK);
    assert_int_equal(fd_add(&l, pool, FD_LHN_CHECKSUM, 1, 3, "loonheffingennummer", "123", NULL, "x"), MG_OK);
    assert_int_equal(fd_add(&l, pool, FD_FIELD_EMPTY, 1, 3, "naam", "naam", NULL, "x"), MG_OK);
    fd_row_codes(&l, codes, sizeof codes);
    assert_string_equal(codes, "field-empty, lhn-checksum, vestiging-not-for-uwv");
    assert_int_equal(fd_row_end(&l, pool, 1, "123;\n;\x01\xff", 8, &ei), MG_OK);
    /* a later stage: a rejection on line 4 and a finding without a line */
    assert_int_equal(fd_add(&l, pool, FD_SUCCESSOR_CYCLE, 1, 4, "opvolger", "a", "b", "raw4"), MG_OK);
    assert_int_equal(fd_add(&l, pool, FD_NO_BEHEERDER, 0, 0, "rol", NULL, NULL, NULL), MG_OK);
    assert_int_equal(sp_finish(l.spool, &ei), MG_OK);
    assert_int_equal(l.n, 3); /* the rejected row's three are spooled */
    assert_int_equal(l.count[FD_LHN_CHECKSUM], 1);
    assert_int_equal(fd_count_severity(&l, FD_FOUT), 3);
    assert_int_equal(fd_worst(&l, FD_VESTIGING_NOT_FOR_UWV), FD_WAARSCHUWING);
    fd_sort(&l);
    assert_int_equal(fd_iter_begin(&it, &l, &ei), MG_OK);
    while (fd_iter_next(&it, &f, &ei) == MG_OK && f) {
        assert_true(n < ARRAY_LEN(got));
        lines[n] = f->line;
        got[n++] = f->code;
        if (f->code == FD_LHN_CHECKSUM) {
            assert_string_equal(f->raw, "123;\n;\x01\xff");
            assert_string_equal(f->column, "loonheffingennummer");
            assert_string_equal(f->a1, "123");
            assert_null(f->a2);
        }
        if (f->code == FD_VESTIGING_NOT_FOR_UWV)
            assert_null(f->raw);
    }
    fd_iter_end(&it);
    assert_int_equal(n, 6);
    assert_int_equal(got[0], FD_NO_BEHEERDER);
    assert_int_equal(got[1], FD_KVK_LEADING_ZERO);
    assert_int_equal(lines[1], 2);
    assert_int_equal(got[2], FD_LHN_CHECKSUM); /* line 3 by code */
    assert_int_equal(got[3], FD_VESTIGING_NOT_FOR_UWV);
    assert_int_equal(got[4], FD_FIELD_EMPTY);
    assert_int_equal(got[5], FD_SUCCESSOR_CYCLE);
    /* rejections: line 3 in order of making (checksum before field-empty), then line 4 */
    n = 0;
    assert_int_equal(fd_rej_begin(&rj, &l, &ei), MG_OK);
    while (fd_rej_next(&rj, &f, &ei) == MG_OK && f)
        got[n++] = f->code;
    fd_rej_end(&rj);
    assert_int_equal(n, 3);
    assert_int_equal(got[0], FD_LHN_CHECKSUM);
    assert_int_equal(got[1], FD_FIELD_EMPTY);
    assert_int_equal(got[2], FD_SUCCESSOR_CYCLE);
    fd_list_clear(&l);
    pool_free(pool);
    assert_int_equal(dir_entries(dir), 0);
    assert_int_equal(rmdir(dir), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),     cmocka_unit_test(test_long_records),
        cmocka_unit_test(test_no_folder),      cmocka_unit_test(test_parent),
        cmocka_unit_test(test_findings_merge),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
