/* test_platform.c — the platform module on this system: private files and folders, temporary files, atomic
 * renames, folder handles that never follow a link, identity, the lock, the executable's path. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

#include "platform.h"

/* A fresh folder for one test. */
static void make_dir(char *buf, size_t size)
{
    snprintf(buf, size, "%s/test_platform.XXXXXX", pf_temp_dir());
    assert_non_null(mkdtemp(buf));
}

/* path = dir/name. */
static const char *join(char *buf, size_t size, const char *dir, const char *name)
{
    int n = snprintf(buf, size, "%s/%s", dir, name);

    assert_true(n > 0 && (size_t)n < size);
    return buf;
}

/* Write text into a new file at path. */
static void put(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");

    assert_non_null(fp);
    assert_int_equal(fputs(text, fp) >= 0, 1);
    assert_int_equal(fclose(fp), 0);
}

/* Remove dir and what the tests put in it (one level, plus the subfolder "sub"). */
static void remove_dir(const char *dir)
{
    static const char *const names[] = {"a",    "b",    "c",     "link", "dirlink",
                                        "fifo", "hard", "sub/x", "sub",  "new"};
    char path[PF_PATH_MAX];
    size_t i;

    for (i = 0; i < ARRAY_LEN(names); i++) {
        join(path, sizeof path, dir, names[i]);
        if (unlink(path) != 0)
            (void)rmdir(path);
    }
    assert_int_equal(rmdir(dir), 0);
}

/* The root and separators of paths on this system. */
static void test_roots(void **state)
{
    static const struct {
        const char *path;
        size_t root;
    } rows[] = {{"/", 1}, {"/tmp/x", 1}, {"//x", 1}, {"x/y", 0}, {"", 0}, {"C:\\x", 0}, {"\\\\srv\\x", 0}};
    size_t i;

    (void)state;
    for (i = 0; i < ARRAY_LEN(rows); i++)
        if (pf_root_len(rows[i].path) != rows[i].root)
            fail_msg("pf_root_len(\"%s\") = %zu, want %zu", rows[i].path, pf_root_len(rows[i].path),
                     rows[i].root);
    assert_true(pf_is_sep('/'));
    assert_false(pf_is_sep('\\')); /* a file name character on Linux */
    assert_false(pf_is_sep(':'));
}

/* pf_create makes a new 0600 file whatever the umask, and refuses one that exists; pf_mkdir and pf_mkdtemp
 * make 0700 folders. */
static void test_private(void **state)
{
    char dir[PF_PATH_MAX], path[PF_PATH_MAX], tmpl[PF_PATH_MAX];
    struct stat st;
    mode_t old = umask(0);
    int fd;

    (void)state;
    make_dir(dir, sizeof dir);
    fd = pf_create(join(path, sizeof path, dir, "a"));
    assert_true(fd >= 0);
    assert_int_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    assert_int_equal(write(fd, "x", 1), 1);
    assert_int_equal(pf_sync(fd), 0);
    assert_int_equal(close(fd), 0);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    errno = 0;
    assert_int_equal(pf_create(path), -1);
    assert_int_equal(errno, EEXIST);

    assert_int_equal(pf_mkdir(join(path, sizeof path, dir, "sub")), 0);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    assert_int_equal(pf_mkdir(path), -1);
    assert_int_equal(errno, EEXIST);

    join(tmpl, sizeof tmpl, dir, "new");
    strcat(tmpl, "XXXXXX");
    assert_non_null(pf_mkdtemp(tmpl));
    assert_null(strstr(tmpl, "XXXXXX"));
    assert_int_equal(stat(tmpl, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    assert_int_equal(rmdir(tmpl), 0);
    join(tmpl, sizeof tmpl, dir, "no-template");
    assert_null(pf_mkdtemp(tmpl));
    assert_int_equal(errno, EINVAL);

    assert_int_equal(pf_private_file(join(path, sizeof path, dir, "a")), 0);
    assert_int_equal(pf_sync_folder(dir), 0);
    fd = pf_open_sync(path);
    assert_true(fd >= 0);
    assert_int_equal(pf_sync(fd), 0);
    assert_int_equal(close(fd), 0);
    umask(old);
    remove_dir(dir);
}

/* Count the entries pf_dir_each hands over. */
static int count_entry(void *ctx, const char *name)
{
    (void)name;
    ++*(int *)ctx;
    return 0;
}

/* A temporary file leaves no name behind, reads back at any offset, and says why when it cannot be made. */
static void test_tmpfile(void **state)
{
    char dir[PF_PATH_MAX], buf[8], path[PF_PATH_MAX];
    pf_dir *d;
    int fd, n = 0;

    (void)state;
    make_dir(dir, sizeof dir);
    fd = pf_tmpfile(dir);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "abcdef", 6), 6);
    assert_int_equal(pf_pread(fd, buf, 3, 2), 3);
    assert_memory_equal(buf, "cde", 3);
    assert_int_equal(pf_pread(fd, buf, sizeof buf, 6), 0);
    d = pf_dir_open(dir, PF_NOFOLLOW);
    assert_non_null(d);
    assert_int_equal(pf_dir_each(d, count_entry, &n), 0);
    assert_int_equal(n, 0); /* no name reaches it */
    pf_dir_close(d);
    assert_int_equal(close(fd), 0);
    errno = 0;
    assert_int_equal(pf_tmpfile(join(path, sizeof path, dir, "missing")), -1);
    assert_int_equal(errno, ENOENT);
    remove_dir(dir);
}

/* NOREPLACE refuses a name that exists and leaves both; EXCHANGE swaps two names. */
static void test_rename(void **state)
{
    char dir[PF_PATH_MAX], a[PF_PATH_MAX], b[PF_PATH_MAX], c[PF_PATH_MAX], text[16];
    int rc;

    (void)state;
    make_dir(dir, sizeof dir);
    put(join(a, sizeof a, dir, "a"), "A");
    put(join(b, sizeof b, dir, "b"), "B");
    rc = pf_rename2(a, b, PF_RENAME_NOREPLACE);
    if (rc != 0 && errno == ENOSYS) { /* a file system without renameat2: the caller's steps take over */
        remove_dir(dir);
        skip();
    }
    assert_int_equal(rc, -1);
    assert_int_equal(errno, EEXIST);
    slurp_text(a, text, sizeof text);
    assert_string_equal(text, "A");
    slurp_text(b, text, sizeof text);
    assert_string_equal(text, "B");
    assert_int_equal(pf_rename2(a, b, PF_RENAME_EXCHANGE), 0);
    slurp_text(a, text, sizeof text);
    assert_string_equal(text, "B");
    slurp_text(b, text, sizeof text);
    assert_string_equal(text, "A");
    assert_int_equal(pf_rename2(a, join(c, sizeof c, dir, "c"), PF_RENAME_NOREPLACE), 0);
    assert_int_equal(pf_rename(c, a), 0);
    slurp_text(a, text, sizeof text);
    assert_string_equal(text, "B");
    remove_dir(dir);
}

/* Names handed over by pf_dir_each, and where to stop. */
typedef struct names {
    char seen[8][16];
    int n, stop_at;
} names;

/* Record one name; stop (returning 7) at the stop_at-th. */
static int keep_name(void *ctx, const char *name)
{
    names *v = ctx;

    if (v->n < 8)
        snprintf(v->seen[v->n], sizeof v->seen[v->n], "%s", name);
    return ++v->n == v->stop_at ? 7 : 0;
}

/* Folder handles: a link is never followed where that is asked, entries are seen as what they are, removed
 * relative to the folder; a FIFO opens without waiting for a writer. */
static void test_dir(void **state)
{
    char dir[PF_PATH_MAX], path[PF_PATH_MAX], sub[PF_PATH_MAX];
    pf_dir *d, *s;
    pf_info in, in2;
    names v;
    int fd;

    (void)state;
    make_dir(dir, sizeof dir);
    put(join(path, sizeof path, dir, "a"), "hello");
    assert_int_equal(mkdir(join(sub, sizeof sub, dir, "sub"), 0700), 0);
    put(join(path, sizeof path, sub, "x"), "x");
    assert_int_equal(symlink("a", join(path, sizeof path, dir, "link")), 0);
    assert_int_equal(symlink("sub", join(path, sizeof path, dir, "dirlink")), 0);
    assert_int_equal(mkfifo(join(path, sizeof path, dir, "fifo"), 0600), 0);
    assert_int_equal(link(join(path, sizeof path, dir, "a"), join(sub, sizeof sub, dir, "hard")), 0);

    assert_null(pf_dir_open(join(path, sizeof path, dir, "a"), 0));
    assert_int_equal(errno, ENOTDIR);
    assert_null(pf_dir_open(join(path, sizeof path, dir, "dirlink"), PF_NOFOLLOW));
    s = pf_dir_open(path, 0); /* followed when allowed */
    assert_non_null(s);
    pf_dir_close(s);
    pf_dir_close(NULL);

    d = pf_dir_open(dir, PF_NOFOLLOW);
    assert_non_null(d);
    assert_int_equal(pf_dir_self(d, &in), 0);
    assert_int_equal(in.kind, PF_FOLDER);
    assert_int_equal(pf_dir_info(d, "a", &in), 0);
    assert_int_equal(in.kind, PF_FILE);
    assert_int_equal(in.size, 5);
    assert_int_equal(pf_dir_info(d, "hard", &in2), 0); /* two names of one file: one identity */
    assert_true(in.dev == in2.dev && in.ino == in2.ino);
    assert_int_equal(pf_dir_info(d, "link", &in), 0);
    assert_int_equal(in.kind, PF_LINK);
    assert_int_equal(pf_dir_info(d, "fifo", &in), 0);
    assert_int_equal(in.kind, PF_OTHER);
    assert_int_equal(pf_dir_info(d, "missing", &in), -1);
    assert_int_equal(errno, ENOENT);
    assert_int_equal(in.kind, PF_MISSING);
    assert_int_equal(pf_dir_open_read(d, "link"), -1);
    assert_int_equal(errno, ELOOP);
    fd = pf_dir_open_read(d, "fifo"); /* must not hang */
    assert_true(fd >= 0);
    assert_int_equal(pf_info_fd(fd, &in), 0);
    assert_int_equal(in.kind, PF_OTHER);
    assert_int_equal(close(fd), 0);
    assert_null(pf_dir_sub(d, "dirlink"));
    s = pf_dir_sub(d, "sub");
    assert_non_null(s);
    memset(&v, 0, sizeof v);
    assert_int_equal(pf_dir_each(s, keep_name, &v), 0);
    assert_int_equal(v.n, 1);
    assert_string_equal(v.seen[0], "x");
    assert_int_equal(pf_dir_rmdir(d, "sub"), -1); /* not empty */
    assert_int_equal(pf_dir_unlink(s, "x"), 0);
    pf_dir_close(s);
    assert_int_equal(pf_dir_rmdir(d, "sub"), 0);

    memset(&v, 0, sizeof v);
    assert_int_equal(pf_dir_each(d, keep_name, &v), 0);
    assert_int_equal(v.n, 5); /* a, link, dirlink, fifo, hard: never . or .. */
    memset(&v, 0, sizeof v);
    v.stop_at = 2;
    assert_int_equal(pf_dir_each(d, keep_name, &v), 7);
    assert_int_equal(v.n, 2);
    assert_int_equal(pf_dir_unlink(d, "link"), 0);
    assert_int_equal(pf_info_path(join(path, sizeof path, dir, "a"), 0, &in), 0); /* the target stays */
    pf_dir_close(d);

    assert_int_equal(pf_info_path(join(path, sizeof path, dir, "dirlink"), 0, &in), 0);
    assert_int_equal(in.kind, PF_LINK);
    assert_int_equal(pf_info_path(path, 1, &in), -1); /* sub is gone: the link dangles */
    fd = pf_open_read(join(path, sizeof path, dir, "a"), PF_NOFOLLOW);
    assert_true(fd >= 0);
    assert_int_equal(fcntl(fd, F_GETFL) & O_NONBLOCK, 0); /* blocking again once open */
    assert_int_equal(close(fd), 0);
    remove_dir(dir);
}

/* One lock per folder at a time: a second taker waits its time and gets none; after the unlock it does. */
static void test_lock(void **state)
{
    char dir[PF_PATH_MAX];
    int a, b;

    (void)state;
    make_dir(dir, sizeof dir);
    a = pf_lock(dir, 0);
    assert_true(a >= 0);
    b = pf_lock(dir, 50);
    assert_int_equal(b, -1);
    pf_unlock(a);
    pf_unlock(-1);
    b = pf_lock(dir, 0);
    assert_true(b >= 0);
    pf_unlock(b);
    assert_int_equal(pf_lock("/nonexistent/folder", 0), -1);
    remove_dir(dir);
}

/* The executable's own path, absolute paths, a descriptor not inherited, the terminal test. */
static void test_process(void **state)
{
    char exe[PF_PATH_MAX], real[PF_PATH_MAX], cwd[PF_PATH_MAX];
    int fd;

    (void)state;
    assert_int_equal(pf_exe_path(exe, sizeof exe), 0);
    assert_true(exe[0] == '/');
    assert_non_null(strstr(exe, "test_platform"));
    assert_int_equal(pf_exe_path(exe, 2), -1); /* too small: no truncated path */
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_non_null(pf_realpath(".", real));
    assert_string_equal(real, cwd);
    assert_null(pf_realpath("/nonexistent/x", real));
    fd = pf_dup(STDERR_FILENO);
    assert_true(fd >= 3);
    assert_int_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    assert_int_equal(close(fd), 0);
    fd = open("/dev/null", O_RDONLY);
    assert_false(pf_isatty(fd));
    close(fd);
    assert_int_equal(pf_signal_pending(), 0);
}

/* 1 if the mapping that holds address a has the huge-page advice (VmFlags "hg" in /proc/self/smaps). */
static int advised_huge(const void *a)
{
    FILE *fp = fopen("/proc/self/smaps", "r");
    char line[512];
    int inside = 0, found = 0;

    assert_non_null(fp);
    while (fgets(line, sizeof line, fp)) {
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, '-') < strchr(line, ' '))
            inside = (uintptr_t)a >= lo && (uintptr_t)a < hi;
        else if (inside && strncmp(line, "VmFlags:", 8) == 0)
            found = strstr(line, " hg") != NULL;
    }
    fclose(fp);
    return found;
}

/* Large arrays: every byte usable, free() releases them; from PF_BIG_BYTES up 2 MiB aligned and advised to
 * use huge pages where the kernel has them (their advice flag shown in /proc/self/smaps). */
static void test_alloc_big(void **state)
{
    static const size_t sizes[] = {0, 1, 4096, PF_BIG_BYTES - 1, PF_BIG_BYTES, 3 * PF_BIG_BYTES + 5};
    int thp = access("/sys/kernel/mm/transparent_hugepage/enabled", F_OK) == 0;
    size_t i;

    (void)state;
    if (!thp)
        fprintf(stderr, "test_alloc_big: this kernel has no transparent huge pages: advice not checked\n");
    for (i = 0; i < ARRAY_LEN(sizes); i++) {
        unsigned char *p = pf_alloc_big(sizes[i]);
        assert_non_null(p);
        memset(p, 0x5A, sizes[i]);
        if (sizes[i] >= PF_BIG_BYTES) {
            assert_int_equal((uintptr_t)p % PF_BIG_BYTES, 0);
            assert_int_equal(p[sizes[i] - 1], 0x5A);
            if (thp)
                assert_true(advised_huge(p));
        }
        free(p);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roots),   cmocka_unit_test(test_private),   cmocka_unit_test(test_tmpfile),
        cmocka_unit_test(test_rename),  cmocka_unit_test(test_dir),       cmocka_unit_test(test_lock),
        cmocka_unit_test(test_process), cmocka_unit_test(test_alloc_big),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
