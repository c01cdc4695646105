/* faultshim.c — LD_PRELOAD shim that makes the Nth call of write, fsync, rename (renameat2), close or
 * unlinkat fail. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

/*
 * Environment:
 *   FAULT_OP     write | fsync | rename | close | unlink   (which call to break; rename counts renameat2
 *                too; unlink is unlinkat of a file, FAULT_MATCH matched against the name it is given)
 *   FAULT_N      the 1-based number of the call that fails (and every later one when FAULT_STICKY=1)
 *   FAULT_ERRNO  EIO (default), ENOSPC (a full disk) or EACCES (a file Windows will not let go of)
 *   FAULT_FDMIN  only calls on file descriptors >= this count (default 3: not stdin/stdout/stderr, nor
 *                a copy of one of them made with dup, e.g. the real stderr kept while stderr is captured)
 *   FAULT_STICKY 1: every call after the Nth fails too (a disk that stays full)
 *   FAULT_MARK   a file created when a fault is injected, so the test knows it happened
 *   FAULT_MATCH  only calls on descriptors whose /proc/self/fd target contains this text, unlinked files
 *                included (e.g. "DIR/#" for a file made with O_TMPFILE in DIR)
 *   FAULT_DROP   a file name: when a fault is injected on a descriptor, a file of that name (content "mine")
 *                is made in the folder of the file written, as if a user had put it there meanwhile
 *   FAULT_HOLD   a path: the first rename or renameat2 (the output's final step) first makes PATH.ready,
 *                then waits until PATH exists (at most a minute), so a test can act at that very moment
 *   FAULT_NO_RENAMEAT2  1: renameat2 fails with EINVAL, as on a file system without its flags (NFS),
 *                so the program's fallback is tested
 * Only descriptors open for writing count (input files and directories are left alone). stdio's
 * fwrite and fclose count as write and close: glibc calls its own write(2) internally.
 * Files already unlinked are left alone: libxlsxwriter's own temporary files, whose write errors it
 * does not check (a limitation of libxlsxwriter 1.1.4; the workbook file itself is checked).
 * The counter is per process. This file is a test tool: its state is process-global by nature.
 */

static long fault_count;

/* The files of stdin, stdout and stderr when the program started. */
static struct stat fault_std[3];
static int fault_std_ok[3];

/* Note which files descriptors 0-2 are, so that copies of them are left alone too. */
__attribute__((constructor)) static void fault_init(void)
{
    for (int i = 0; i < 3; i++)
        fault_std_ok[i] = fstat(i, &fault_std[i]) == 0;
}

/* 1 if fd is a copy of the program's stdin, stdout or stderr (the same open file's device and inode). */
static int fault_is_std(int fd)
{
    struct stat st;

    if (fstat(fd, &st) != 0)
        return 0;
    for (int i = 0; i < 3; i++)
        if (fault_std_ok[i] && st.st_dev == fault_std[i].st_dev && st.st_ino == fault_std[i].st_ino)
            return 1;
    return 0;
}

/* 1 if this call of op should fail. */
static int fault_hit(const char *op, int fd)
{
    const char *want = getenv("FAULT_OP");
    const char *n = getenv("FAULT_N");
    const char *fdmin = getenv("FAULT_FDMIN");
    const char *sticky = getenv("FAULT_STICKY");
    const char *match = getenv("FAULT_MATCH");
    const char *drop = getenv("FAULT_DROP");
    char dropdir[4096] = "";
    long limit;

    if (!want || !n || strcmp(want, op) != 0)
        return 0;
    if (fd >= 0 && fd < (fdmin ? atoi(fdmin) : 3))
        return 0;
    if (fd >= 0 && !fdmin && fault_is_std(fd))
        return 0;
    if (fd >= 0) {
        int fl = fcntl(fd, F_GETFL);
        char link[64], target[4096];
        ssize_t k;
        if (fl < 0 || (fl & O_ACCMODE) == O_RDONLY)
            return 0;
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        k = readlink(link, target, sizeof target - 1);
        if (k > 0)
            target[k] = '\0';
        else
            target[0] = '\0';
        if (match ? !strstr(target, match) : strstr(target, " (deleted)") != NULL)
            return 0;
        if (drop && strrchr(target, '/'))
            snprintf(dropdir, sizeof dropdir, "%.*s", (int)(strrchr(target, '/') - target), target);
    }
    limit = atol(n);
    fault_count++;
    if (fault_count == limit || (sticky && *sticky == '1' && fault_count > limit)) {
        const char *e = getenv("FAULT_ERRNO");
        const char *mark = getenv("FAULT_MARK");
        if (mark) {
            int saved = errno, m = open(mark, O_WRONLY | O_CREAT | O_APPEND, 0600);
            if (m >= 0) {
                static int (*real_close)(int);
                if (!real_close)
                    real_close = (int (*)(int))dlsym(RTLD_NEXT, "close");
                real_close(m);
            }
            errno = saved;
        }
        if (drop && dropdir[0]) {
            char path[8192];
            int saved = errno, m;
            static ssize_t (*real_write)(int, const void *, size_t);
            static int (*real_close2)(int);
            if (!real_write)
                real_write = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
            if (!real_close2)
                real_close2 = (int (*)(int))dlsym(RTLD_NEXT, "close");
            snprintf(path, sizeof path, "%s/%s", dropdir, drop);
            m = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
            if (m >= 0) {
                if (real_write(m, "mine\n", 5) != 5)
                    fprintf(stderr, "faultshim: could not write %s\n", path);
                real_close2(m);
            }
            errno = saved;
        }
        errno = e && !strcmp(e, "ENOSPC") ? ENOSPC : e && !strcmp(e, "EACCES") ? EACCES : EIO;
        return 1;
    }
    return 0;
}

/* At the first rename, when FAULT_HOLD is set: say so (PATH.ready) and wait for the test (PATH). */
static void fault_hold(void)
{
    static int held;
    const char *hold = getenv("FAULT_HOLD");
    char ready[4096];
    int saved = errno, fd, i;
    struct stat st;

    if (!hold || held)
        return;
    held = 1;
    snprintf(ready, sizeof ready, "%s.ready", hold);
    fd = open(ready, O_WRONLY | O_CREAT, 0600);
    if (fd >= 0) {
        static int (*real_close)(int);
        if (!real_close)
            real_close = (int (*)(int))dlsym(RTLD_NEXT, "close");
        real_close(fd);
    }
    for (i = 0; i < 6000 && stat(hold, &st) != 0; i++) {
        struct timespec ts = {0, 10000000L};
        nanosleep(&ts, NULL);
    }
    errno = saved;
}

/* write(2) that fails on demand. */
ssize_t write(int fd, const void *buf, size_t count)
{
    static ssize_t (*real)(int, const void *, size_t);

    if (!real)
        real = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    if (fault_hit("write", fd))
        return -1;
    return real(fd, buf, count);
}

/* fsync(2) that fails on demand. */
int fsync(int fd)
{
    static int (*real)(int);

    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    if (fault_hit("fsync", fd))
        return -1;
    return real(fd);
}

/* rename(2) that fails on demand. */
int rename(const char *from, const char *to)
{
    static int (*real)(const char *, const char *);

    if (!real)
        real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    fault_hold();
    if (fault_hit("rename", -1))
        return -1;
    return real(from, to);
}

/* renameat2(2) (the output's final step) that fails on demand, counted with rename. */
int renameat2(int olddirfd, const char *from, int newdirfd, const char *to, unsigned int flags)
{
    static int (*real)(int, const char *, int, const char *, unsigned int);

    if (!real)
        real = (int (*)(int, const char *, int, const char *, unsigned int))dlsym(RTLD_NEXT, "renameat2");
    fault_hold();
    if (flags && getenv("FAULT_NO_RENAMEAT2") && !strcmp(getenv("FAULT_NO_RENAMEAT2"), "1")) {
        errno = EINVAL;
        return -1;
    }
    if (fault_hit("rename", -1))
        return -1;
    return real(olddirfd, from, newdirfd, to, flags);
}

/* unlinkat(2) of a file that fails on demand (only names containing FAULT_MATCH, when it is set). */
int unlinkat(int dirfd, const char *name, int flags)
{
    static int (*real)(int, const char *, int);
    const char *match = getenv("FAULT_MATCH");

    if (!real)
        real = (int (*)(int, const char *, int))dlsym(RTLD_NEXT, "unlinkat");
    if (!flags && (!match || strstr(name, match)) && fault_hit("unlink", -1))
        return -1;
    return real(dirfd, name, flags);
}

/* close(2) that fails on demand (after really closing, as Linux does). */
int close(int fd)
{
    static int (*real)(int);
    int rc, hit;

    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "close");
    hit = fault_hit("close", fd); /* decided while fd is still open */
    rc = real(fd);
    if (rc == 0 && hit) {
        errno = EIO;
        return -1;
    }
    return rc;
}

/* fwrite(3) that fails on demand (libxlsxwriter writes its zip through stdio). */
size_t fwrite(const void *ptr, size_t size, size_t n, FILE *fp)
{
    static size_t (*real)(const void *, size_t, size_t, FILE *);

    if (!real)
        real = (size_t(*)(const void *, size_t, size_t, FILE *))dlsym(RTLD_NEXT, "fwrite");
    if (fault_hit("write", fileno(fp)))
        return 0;
    return real(ptr, size, n, fp);
}

/* fclose(3) that fails on demand (after really closing). */
int fclose(FILE *fp)
{
    static int (*real)(FILE *);
    int fd = fileno(fp), hit, rc;

    if (!real)
        real = (int (*)(FILE *))dlsym(RTLD_NEXT, "fclose");
    hit = fault_hit("close", fd);
    rc = real(fp);
    return hit && rc == 0 ? EOF : rc;
}
