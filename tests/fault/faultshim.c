/* faultshim.c — LD_PRELOAD shim that makes the Nth call of write, fsync, rename or close fail. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

/*
 * Environment:
 *   FAULT_OP     write | fsync | rename | close   (which call to break)
 *   FAULT_N      the 1-based number of the call that fails (and every later one when FAULT_STICKY=1)
 *   FAULT_ERRNO  EIO (default) or ENOSPC (a full disk)
 *   FAULT_FDMIN  only calls on file descriptors >= this count (default 3: not stdin/stdout/stderr)
 * The counter is per process. This file is a test tool: its state is process-global by nature.
 */

static long fault_count;

/* 1 if this call of op should fail. */
static int fault_hit(const char *op, int fd)
{
    const char *want = getenv("FAULT_OP");
    const char *n = getenv("FAULT_N");
    const char *fdmin = getenv("FAULT_FDMIN");
    const char *sticky = getenv("FAULT_STICKY");
    long limit;

    if (!want || !n || strcmp(want, op) != 0)
        return 0;
    if (fd >= 0 && fd < (fdmin ? atoi(fdmin) : 3))
        return 0;
    limit = atol(n);
    fault_count++;
    if (fault_count == limit || (sticky && *sticky == '1' && fault_count > limit)) {
        const char *e = getenv("FAULT_ERRNO");
        errno = e && !strcmp(e, "ENOSPC") ? ENOSPC : EIO;
        return 1;
    }
    return 0;
}

/* write(2) that fails on demand. */
ssize_t write(int fd, const void *buf, size_t count)
{
    static ssize_t (*real)(int, const void *, size_t);

    if (!real)
        real = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
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
    if (fault_hit("rename", -1))
        return -1;
    return real(from, to);
}

/* close(2) that fails on demand (after really closing, as Linux does). */
int close(int fd)
{
    static int (*real)(int);
    int rc;

    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "close");
    rc = real(fd);
    if (rc == 0 && fault_hit("close", fd))
        return -1;
    return rc;
}
