/* platform.c — the Linux (POSIX) and Windows halves of platform.h; the only file with #ifdef _WIN32 in it. */
#ifndef _WIN32
#define _GNU_SOURCE /* renameat2 and its RENAME_ flags, O_TMPFILE, F_DUPFD_CLOEXEC, MADV_HUGEPAGE */
#endif
#include "platform.h"

#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#ifdef _WIN32
#include <direct.h>
#include <io.h>
#include <share.h>
#include <windows.h>
#include <aclapi.h>
#include <sddl.h>
#include "translit.h"
#else
#include <dirent.h>
#include <iconv.h>
#include <locale.h>
#include <malloc.h>
#include <stdint.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

/* Hard limits. */
#define PF_LOCK_STEP_MS 10 /* between two tries of a lock */

/* Sleep ms milliseconds. */
static void pf_sleep_ms(long ms)
{
#ifdef _WIN32
    Sleep((DWORD)ms);
#else
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
#endif
}

/* The system's folder for temporary files. */
const char *pf_temp_dir(void)
{
#ifdef _WIN32
    const char *dir = getenv("TEMP");

    if (!dir || !*dir)
        dir = getenv("TMP");
    return dir && *dir ? dir : ".";
#else
    const char *dir = getenv("TMPDIR");

    return dir && *dir ? dir : "/tmp";
#endif
}

/* 1 if c separates the parts of a path. */
int pf_is_sep(char c)
{
#ifdef _WIN32
    return c == '/' || c == '\\';
#else
    return c == '/';
#endif
}

/* Length of the root of path that is not a folder name. */
size_t pf_root_len(const char *path)
{
#ifdef _WIN32
    if (((path[0] >= 'A' && path[0] <= 'Z') || (path[0] >= 'a' && path[0] <= 'z')) && path[1] == ':')
        return pf_is_sep(path[2]) ? 3 : 2;
    if (pf_is_sep(path[0]) && pf_is_sep(path[1]))
        return 2; /* \\server\share: the server and share are kept as names of the parent */
#endif
    return pf_is_sep(path[0]) ? 1 : 0;
}

#ifndef _WIN32
/* ---- Linux and other POSIX systems ---- */

/* Make what the process creates private to the user. */
void pf_private_files(void)
{
    umask(077);
}

/* Fill out from a stat buffer. */
static void pf_from_stat(const struct stat *st, pf_info *out)
{
    out->kind = S_ISREG(st->st_mode)   ? PF_FILE
                : S_ISDIR(st->st_mode) ? PF_FOLDER
                : S_ISLNK(st->st_mode) ? PF_LINK
                                       : PF_OTHER;
    out->dev = (unsigned long long)st->st_dev;
    out->ino = (unsigned long long)st->st_ino;
    out->size = st->st_size > 0 ? (unsigned long long)st->st_size : 0;
}

/* The kind, identity and size of path. */
int pf_info_path(const char *path, int follow, pf_info *out)
{
    struct stat st;

    memset(out, 0, sizeof *out);
    if ((follow ? stat(path, &st) : lstat(path, &st)) != 0)
        return -1;
    pf_from_stat(&st, out);
    return 0;
}

/* The kind, identity and size of an open descriptor. */
int pf_info_fd(int fd, pf_info *out)
{
    struct stat st;

    memset(out, 0, sizeof *out);
    if (fstat(fd, &st) != 0)
        return -1;
    pf_from_stat(&st, out);
    return 0;
}

/* Open read-only without blocking on a FIFO, then make the descriptor blocking again. */
static int pf_open_ro(int dirfd, const char *path, unsigned flags)
{
    int fd = openat(dirfd, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (flags & PF_NOFOLLOW ? O_NOFOLLOW : 0));
    int fl;

    if (fd < 0)
        return -1;
    fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) != 0) {
        int e = errno;
        (void)close(fd); /* read only */
        errno = e;
        return -1;
    }
    return fd;
}

/* Open path for reading. */
int pf_open_read(const char *path, unsigned flags)
{
    return pf_open_ro(AT_FDCWD, path, flags);
}

/* Create a new file for writing, readable by the user only. */
int pf_create(const char *path)
{
    return open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
}

/* A temporary file in dir that no name reaches: O_TMPFILE where the file system has it, else a unique name
 * removed at once. */
int pf_tmpfile(const char *dir)
{
    char path[PF_PATH_MAX];
    int fd, n;

#ifdef O_TMPFILE
    fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
        return -1;
#endif
    n = snprintf(path, sizeof path, "%s/.migrate-tmp.XXXXXX", dir);
    if (n < 0 || (size_t)n >= sizeof path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    fd = mkostemp(path, O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (unlink(path) != 0) {
        int e = errno;
        (void)close(fd); /* empty, and now unreachable only once unlinked: say why it failed */
        errno = e;
        return -1;
    }
    return fd;
}

/* A new descriptor for fd, not inherited. */
int pf_dup(int fd)
{
    return fcntl(fd, F_DUPFD_CLOEXEC, 3);
}

/* Write fd's data to the disk. */
int pf_sync(int fd)
{
    return fsync(fd);
}

/* Open an existing file so that pf_sync can flush it. */
int pf_open_sync(const char *path)
{
    return open(path, O_RDONLY | O_CLOEXEC);
}

/* Make an existing file private to the user. */
int pf_private_file(const char *path)
{
    return chmod(path, S_IRUSR | S_IWUSR);
}

/* Make the names in folder path durable. */
int pf_sync_folder(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int rc;

    if (fd < 0)
        return -1;
    rc = fsync(fd);
    if (close(fd) != 0)
        rc = -1;
    return rc;
}

/* Read up to n bytes. */
long long pf_read(int fd, void *buf, size_t n)
{
    return (long long)read(fd, buf, n);
}

/* Write up to n bytes. */
long long pf_write(int fd, const void *buf, size_t n)
{
    return (long long)write(fd, buf, n);
}

/* Read at an offset. */
long long pf_pread(int fd, void *buf, size_t n, unsigned long long off)
{
    return (long long)pread(fd, buf, n, (off_t)off);
}

/* Make a private folder. */
int pf_mkdir(const char *path)
{
    return mkdir(path, 0700);
}

/* Make a new private folder from a template. */
char *pf_mkdtemp(char *tmpl)
{
    return mkdtemp(tmpl);
}

/* Rename atomically with a mode. */
int pf_rename2(const char *from, const char *to, unsigned mode)
{
    unsigned flags = mode == PF_RENAME_EXCHANGE ? RENAME_EXCHANGE : RENAME_NOREPLACE;

    if (renameat2(AT_FDCWD, from, AT_FDCWD, to, flags) == 0)
        return 0;
    if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP)
        errno = ENOSYS;
    return -1;
}

/* Rename to a name that does not exist. */
int pf_rename(const char *from, const char *to)
{
    return rename(from, to);
}

/* The absolute path of path, links resolved. */
char *pf_realpath(const char *path, char *out)
{
    char buf[PATH_MAX > PF_PATH_MAX ? PATH_MAX : PF_PATH_MAX];

    if (!realpath(path, buf))
        return NULL;
    if (strlen(buf) >= PF_PATH_MAX) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    return strcpy(out, buf);
}

/* The path of the running executable. */
int pf_exe_path(char *out, size_t size)
{
    ssize_t n = size > 1 ? readlink("/proc/self/exe", out, size - 1) : -1;

    if (n <= 0 || (size_t)n >= size - 1)
        return -1;
    out[n] = '\0';
    return 0;
}

/* The allocator's threshold for memory of a block's own, fixed at PF_MMAP_BYTES. */
void pf_memory_init(void)
{
    /* a tuning (the defaults work, with more memory); the trim threshold as glibc would set it itself */
    (void)mallopt(M_MMAP_THRESHOLD, (int)PF_MMAP_BYTES);
    (void)mallopt(M_TRIM_THRESHOLD, (int)(2 * PF_MMAP_BYTES));
}

/* Memory for a large array: 2 MiB aligned and advised to use huge pages from PF_BIG_BYTES up. */
void *pf_alloc_big(size_t size)
{
    void *p = NULL;

    if (size < PF_BIG_BYTES)
        return malloc(size ? size : 1);
    if (posix_memalign(&p, PF_BIG_BYTES, size) != 0)
        return NULL;
    (void)madvise(p, size & ~(PF_BIG_BYTES - 1), MADV_HUGEPAGE); /* advice: nothing changes if refused */
    return p;
}

/* 1 if fd is a terminal. */
int pf_isatty(int fd)
{
    return isatty(fd);
}

/* The name transliterated to ASCII by iconv (glibc's tables, in a UTF-8 locale of this thread only);
 * non-ASCII bytes become '-' when iconv cannot be used. */
void pf_ascii(const char *name, char *out, size_t size)
{
    locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0), old = (locale_t)0;
    iconv_t cd = (iconv_t)-1;
    size_t i;

    out[0] = '\0';
    if (loc) {
        old = uselocale(loc);
        cd = iconv_open("ASCII//TRANSLIT", "UTF-8");
    }
    if (cd != (iconv_t)-1) {
        char *in = (char *)(uintptr_t)name, *o = out;
        size_t il = strlen(name), ol = size - 1;
        while (il && ol) {
            if (iconv(cd, &in, &il, &o, &ol) != (size_t)-1)
                break;
            if (errno == E2BIG || ol == 0)
                break;
            in++, il--; /* a byte iconv cannot take: skip it, a word break in the name */
            *o++ = '-', ol--;
        }
        *o = '\0';
        iconv_close(cd);
    } else {
        for (i = 0; name[i] && i + 1 < size; i++)
            out[i] = (unsigned char)name[i] < 0x80 ? name[i] : '-';
        out[i] = '\0';
    }
    if (loc) {
        uselocale(old);
        freelocale(loc);
    }
}

/* An open folder: its descriptor. */
struct pf_dir {
    int fd;
};

/* Wrap a folder descriptor. */
static pf_dir *pf_dir_wrap(int fd)
{
    pf_dir *d;

    if (fd < 0)
        return NULL;
    d = malloc(sizeof *d);
    if (!d) {
        (void)close(fd); /* read only */
        errno = ENOMEM;
        return NULL;
    }
    d->fd = fd;
    return d;
}

/* Open folder path. */
pf_dir *pf_dir_open(const char *path, unsigned flags)
{
    return pf_dir_wrap(
        open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (flags & PF_NOFOLLOW ? O_NOFOLLOW : 0)));
}

/* Open subfolder name of d, never through a link. */
pf_dir *pf_dir_sub(const pf_dir *d, const char *name)
{
    return pf_dir_wrap(openat(d->fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
}

/* Close a folder. */
void pf_dir_close(pf_dir *d)
{
    if (!d)
        return;
    (void)close(d->fd); /* read only */
    free(d);
}

/* The folder itself. */
int pf_dir_self(const pf_dir *d, pf_info *out)
{
    return pf_info_fd(d->fd, out);
}

/* Entry name of d, a link not followed. */
int pf_dir_info(const pf_dir *d, const char *name, pf_info *out)
{
    struct stat st;

    memset(out, 0, sizeof *out);
    if (fstatat(d->fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return -1;
    pf_from_stat(&st, out);
    return 0;
}

/* Open entry name of d for reading. */
int pf_dir_open_read(const pf_dir *d, const char *name)
{
    return pf_open_ro(d->fd, name, PF_NOFOLLOW);
}

/* Remove file name of d. */
int pf_dir_unlink(const pf_dir *d, const char *name)
{
    return unlinkat(d->fd, name, 0);
}

/* Linux removes and renames a file whoever holds it open. */
int pf_dir_in_use(const pf_dir *d, const char *name)
{
    (void)d;
    (void)name;
    return 0;
}

/* Remove empty subfolder name of d. */
int pf_dir_rmdir(const pf_dir *d, const char *name)
{
    return unlinkat(d->fd, name, AT_REMOVEDIR);
}

/* Each entry of d. */
int pf_dir_each(const pf_dir *d, int (*fn)(void *ctx, const char *name), void *ctx)
{
    int fd = dup(d->fd), rc = 0;
    DIR *dp = fd >= 0 ? fdopendir(fd) : NULL;
    struct dirent *de;

    if (!dp) {
        int e = errno;
        if (fd >= 0)
            (void)close(fd); /* read only */
        errno = e;
        return -1;
    }
    rewinddir(dp);
    errno = 0;
    while (!rc && (de = readdir(dp)) != NULL)
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            rc = fn(ctx, de->d_name);
    if (!rc && errno) {
        int e = errno;
        closedir(dp);
        errno = e;
        return -1;
    }
    closedir(dp);
    return rc;
}

/* The lock of a folder: flock on it, tried every PF_LOCK_STEP_MS. */
int pf_lock(const char *path, long wait_ms)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    long waited = 0;

    if (fd < 0)
        return -1;
    while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if ((errno != EWOULDBLOCK && errno != EINTR) || waited >= wait_ms) {
            (void)close(fd); /* no lock: the caller's checks still hold */
            return -1;
        }
        pf_sleep_ms(PF_LOCK_STEP_MS);
        waited += PF_LOCK_STEP_MS;
    }
    return fd;
}

/* Give back a lock. */
void pf_unlock(int handle)
{
    if (handle >= 0)
        (void)close(handle); /* closing drops the flock */
}

/* Set by the handler, read by the stages; a signal handler can reach nothing else. */
static volatile sig_atomic_t pf_signal;

/* Record the signal; the stages see it at their next check. */
static void pf_on_signal(int sig)
{
    pf_signal = sig;
}

/* Install handlers that only record the signal. */
void pf_signals_install(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = pf_on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

/* Hold the stop signals back, or let them through again. */
void pf_signals_hold(int hold)
{
    sigset_t set;

    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigprocmask(hold ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

/* End as the pending signal would have. */
void pf_signal_reraise(void)
{
    int sig = (int)pf_signal;
    struct sigaction sa;

    if (!sig)
        return;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
    pf_signals_hold(0);
    raise(sig);
}

#else
/* ---- Windows (mingw-w64, msvcrt) ---- */

/* Attempts and pause of a rename that another program holds up (a virus scanner, an indexer, Excel). */
#define PF_RENAME_TRIES 50
#define PF_RENAME_STEP_MS 100

/* The private folders' ACLs make their files private. */
void pf_private_files(void)
{
}

/* errno for a Windows error code. */
static int pf_errno_of(DWORD e)
{
    switch (e) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
        return ENOENT;
    case ERROR_ALREADY_EXISTS:
    case ERROR_FILE_EXISTS:
        return EEXIST;
    case ERROR_DIR_NOT_EMPTY:
        return ENOTEMPTY;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return EACCES;
    case ERROR_DIRECTORY:
        return ENOTDIR;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
        return ENOMEM;
    case ERROR_FILENAME_EXCED_RANGE:
        return ENAMETOOLONG;
    case ERROR_CANT_RESOLVE_FILENAME: /* a loop of symbolic links */
        return ELOOP;
    default:
        return EIO;
    }
}

/* -1 with errno from GetLastError(). */
static int pf_fail(void)
{
    errno = pf_errno_of(GetLastError());
    return -1;
}

/* path (UTF-8) as UTF-16 in a new buffer; NULL with errno. */
static wchar_t *pf_wide(const char *path)
{
    int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, NULL, 0);
    wchar_t *w;

    if (n <= 0) {
        errno = EINVAL;
        return NULL;
    }
    w = malloc((size_t)n * sizeof *w);
    if (!w) {
        errno = ENOMEM;
        return NULL;
    }
    MultiByteToWideChar(CP_UTF8, 0, path, -1, w, n);
    return w;
}

/* Fill out from an open handle's information. */
static int pf_from_handle(HANDLE h, pf_info *out)
{
    BY_HANDLE_FILE_INFORMATION fi;

    memset(out, 0, sizeof *out);
    if (!GetFileInformationByHandle(h, &fi))
        return pf_fail();
    out->kind = fi.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT ? PF_LINK
                : fi.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY ? PF_FOLDER
                                                                 : PF_FILE;
    out->dev = fi.dwVolumeSerialNumber;
    out->ino = ((unsigned long long)fi.nFileIndexHigh << 32) | fi.nFileIndexLow;
    out->size = ((unsigned long long)fi.nFileSizeHigh << 32) | fi.nFileSizeLow;
    return 0;
}

/* Open path's handle for looking at it (follow: through a reparse point). */
static HANDLE pf_handle(const char *path, int follow)
{
    wchar_t *w = pf_wide(path);
    HANDLE h;

    if (!w)
        return INVALID_HANDLE_VALUE;
    h = CreateFileW(w, FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                    OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | (follow ? 0 : FILE_FLAG_OPEN_REPARSE_POINT),
                    NULL);
    free(w);
    if (h == INVALID_HANDLE_VALUE)
        pf_fail();
    return h;
}

/* The kind, identity and size of path. */
int pf_info_path(const char *path, int follow, pf_info *out)
{
    HANDLE h = pf_handle(path, follow);
    int rc;

    memset(out, 0, sizeof *out);
    if (h == INVALID_HANDLE_VALUE)
        return -1;
    rc = pf_from_handle(h, out);
    CloseHandle(h);
    return rc;
}

/* The kind, identity and size of an open descriptor. */
int pf_info_fd(int fd, pf_info *out)
{
    HANDLE h = (HANDLE)_get_osfhandle(fd);

    memset(out, 0, sizeof *out);
    if (h == INVALID_HANDLE_VALUE) {
        errno = EBADF;
        return -1;
    }
    if (GetFileType(h) != FILE_TYPE_DISK) {
        out->kind = PF_OTHER;
        return 0;
    }
    return pf_from_handle(h, out);
}

static PSECURITY_DESCRIPTOR pf_private_sd(int folder);

/* A descriptor on a new handle (CreateFileW with the given access and disposition); a file it creates gets
 * the private ACL when private is set (and the call fails if that ACL cannot be made). */
static int pf_open_handle(const char *path, DWORD access, DWORD disposition, DWORD attrs, int oflag,
                          int private)
{
    wchar_t *w = pf_wide(path);
    SECURITY_ATTRIBUTES sa;
    HANDLE h;
    int fd;

    if (!w)
        return -1;
    memset(&sa, 0, sizeof sa);
    sa.nLength = sizeof sa;
    if (private && !(sa.lpSecurityDescriptor = pf_private_sd(0))) {
        free(w);
        errno = EACCES; /* never make a file readable by others for want of an ACL */
        return -1;
    }
    h = CreateFileW(w, access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, private ? &sa : NULL,
                    disposition, attrs, NULL);
    free(w);
    if (sa.lpSecurityDescriptor)
        LocalFree(sa.lpSecurityDescriptor);
    if (h == INVALID_HANDLE_VALUE)
        return pf_fail();
    fd = _open_osfhandle((intptr_t)h, oflag | _O_BINARY | _O_NOINHERIT);
    if (fd < 0)
        CloseHandle(h);
    return fd;
}

/* Open path for reading, never through a reparse point when PF_NOFOLLOW. A folder opens too (as open(2) does
 * on Linux), so that the caller's pf_info_fd can say it is one instead of "permission denied". */
int pf_open_read(const char *path, unsigned flags)
{
    pf_info in;

    if ((flags & PF_NOFOLLOW) && pf_info_path(path, 0, &in) == 0 && in.kind == PF_LINK) {
        errno = ELOOP;
        return -1;
    }
    return pf_open_handle(path, GENERIC_READ, OPEN_EXISTING,
                          FILE_ATTRIBUTE_NORMAL | FILE_FLAG_BACKUP_SEMANTICS, _O_RDONLY, 0);
}

/* Create a new file for writing, with an ACL of its own for the user alone (as well as the folder's). */
int pf_create(const char *path)
{
    return pf_open_handle(path, GENERIC_READ | GENERIC_WRITE, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, _O_RDWR, 1);
}

/* A temporary file in dir, deleted when closed. */
int pf_tmpfile(const char *dir)
{
    char path[PF_PATH_MAX];
    unsigned tries;

    for (tries = 0; tries < 100; tries++) {
        int fd, n = snprintf(path, sizeof path, "%s\\.migrate-tmp.%lu.%u.%lu", dir,
                             (unsigned long)GetCurrentProcessId(), tries, (unsigned long)GetTickCount());
        if (n < 0 || (size_t)n >= sizeof path) {
            errno = ENAMETOOLONG;
            return -1;
        }
        fd = pf_open_handle(path, GENERIC_READ | GENERIC_WRITE, CREATE_NEW,
                            FILE_ATTRIBUTE_TEMPORARY | FILE_ATTRIBUTE_HIDDEN | FILE_FLAG_DELETE_ON_CLOSE,
                            _O_RDWR, 1);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

/* A new descriptor for fd, not inherited. */
int pf_dup(int fd)
{
    HANDLE h = (HANDLE)_get_osfhandle(fd), d;

    if (h == INVALID_HANDLE_VALUE) {
        errno = EBADF;
        return -1;
    }
    if (!DuplicateHandle(GetCurrentProcess(), h, GetCurrentProcess(), &d, 0, FALSE, DUPLICATE_SAME_ACCESS))
        return pf_fail();
    fd = _open_osfhandle((intptr_t)d, _O_BINARY | _O_NOINHERIT);
    if (fd < 0)
        CloseHandle(d);
    return fd;
}

/* Write fd's data to the disk. */
int pf_sync(int fd)
{
    HANDLE h = (HANDLE)_get_osfhandle(fd);

    if (h == INVALID_HANDLE_VALUE) {
        errno = EBADF;
        return -1;
    }
    return FlushFileBuffers(h) ? 0 : pf_fail();
}

/* Open an existing file so that pf_sync can flush it: Windows flushes only a handle open for writing. */
int pf_open_sync(const char *path)
{
    return pf_open_handle(path, GENERIC_WRITE, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, _O_WRONLY, 0);
}

/* Make an existing file private to the user: a protected ACL for the user and SYSTEM (a file made by a
 * library under its own name inherits the folder's entries; this makes them its own, as pf_create's files
 * have). */
int pf_private_file(const char *path)
{
    PSECURITY_DESCRIPTOR sd = pf_private_sd(0);
    wchar_t *w = pf_wide(path);
    PACL dacl = NULL;
    BOOL present = FALSE, defaulted = FALSE;
    DWORD rc = ERROR_OUTOFMEMORY;

    if (sd && w && GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted) && present)
        rc = SetNamedSecurityInfoW(w, SE_FILE_OBJECT,
                                   DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, NULL,
                                   NULL, dacl, NULL);
    if (sd)
        LocalFree(sd);
    free(w);
    if (rc != ERROR_SUCCESS) {
        errno = pf_errno_of(rc);
        return -1;
    }
    return 0;
}

/* Folders need no sync on Windows: a rename is durable once MoveFileEx returns with MOVEFILE_WRITE_THROUGH.
 */
int pf_sync_folder(const char *path)
{
    (void)path;
    return 0;
}

/* Read up to n bytes, at most INT_MAX at a time. */
long long pf_read(int fd, void *buf, size_t n)
{
    return _read(fd, buf, n > INT_MAX ? INT_MAX : (unsigned)n);
}

/* Write up to n bytes, at most INT_MAX at a time. */
long long pf_write(int fd, const void *buf, size_t n)
{
    return _write(fd, buf, n > INT_MAX ? INT_MAX : (unsigned)n);
}

/* Read at an offset; ReadFile with an offset moves a synchronous handle's position, which is put back. */
long long pf_pread(int fd, void *buf, size_t n, unsigned long long off)
{
    HANDLE h = (HANDLE)_get_osfhandle(fd);
    long long pos = _lseeki64(fd, 0, SEEK_CUR);
    OVERLAPPED ov;
    DWORD got = 0;
    int rc = 0;

    if (h == INVALID_HANDLE_VALUE) {
        errno = EBADF;
        return -1;
    }
    if (pos < 0)
        return -1;
    memset(&ov, 0, sizeof ov);
    ov.Offset = (DWORD)off;
    ov.OffsetHigh = (DWORD)(off >> 32);
    if (!ReadFile(h, buf, n > 0x40000000u ? 0x40000000u : (DWORD)n, &got, &ov) &&
        GetLastError() != ERROR_HANDLE_EOF)
        rc = pf_fail();
    if (_lseeki64(fd, pos, SEEK_SET) < 0)
        return -1;
    return rc < 0 ? -1 : (long long)got;
}

/* A security descriptor that gives the current user (and SYSTEM, for backups) full control and nobody else
 * anything (a folder's entries are inherited by what is made inside); NULL on failure. Free with LocalFree.
 */
static PSECURITY_DESCRIPTOR pf_private_sd(int folder)
{
    HANDLE tok = NULL;
    DWORD len = 0;
    TOKEN_USER *tu = NULL;
    LPSTR sid = NULL;
    PSECURITY_DESCRIPTOR sd = NULL;
    char sddl[512];

    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &tok))
        return NULL;
    GetTokenInformation(tok, TokenUser, NULL, 0, &len);
    tu = len ? malloc(len) : NULL;
    if (tu && GetTokenInformation(tok, TokenUser, tu, len, &len) &&
        ConvertSidToStringSidA(tu->User.Sid, &sid)) {
        const char *inh = folder ? "OICI" : "";
        int n = snprintf(sddl, sizeof sddl, "D:P(A;%s;FA;;;%s)(A;%s;FA;;;SY)", inh, sid, inh);
        if (n > 0 && (size_t)n < sizeof sddl)
            ConvertStringSecurityDescriptorToSecurityDescriptorA(sddl, SDDL_REVISION_1, &sd, NULL);
    }
    if (sid)
        LocalFree(sid);
    free(tu);
    CloseHandle(tok);
    return sd;
}

/* Make a folder for the user alone: a protected ACL (no inherited entries) for the user and SYSTEM. */
int pf_mkdir(const char *path)
{
    SECURITY_ATTRIBUTES sa;
    wchar_t *w = pf_wide(path);
    BOOL ok;

    if (!w)
        return -1;
    memset(&sa, 0, sizeof sa);
    sa.nLength = sizeof sa;
    sa.lpSecurityDescriptor = pf_private_sd(1);
    if (!sa.lpSecurityDescriptor) {
        free(w);
        errno = EACCES; /* never make the folder readable by others for want of an ACL */
        return -1;
    }
    ok = CreateDirectoryW(w, &sa);
    LocalFree(sa.lpSecurityDescriptor);
    free(w);
    return ok ? 0 : pf_fail();
}

/* Make a new private folder from a template. */
char *pf_mkdtemp(char *tmpl)
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    size_t n = strlen(tmpl);
    unsigned long long seed = ((unsigned long long)GetCurrentProcessId() << 32) ^ GetTickCount64();
    unsigned tries;

    if (n < 6 || strcmp(tmpl + n - 6, "XXXXXX") != 0) {
        errno = EINVAL;
        return NULL;
    }
    for (tries = 0; tries < 1000; tries++) {
        LARGE_INTEGER t;
        size_t i;
        QueryPerformanceCounter(&t);
        seed = seed * 6364136223846793005ULL + (unsigned long long)t.QuadPart + tries;
        for (i = 0; i < 6; i++)
            tmpl[n - 6 + i] = chars[(seed >> (8 * i + 11)) % (sizeof chars - 1)];
        if (pf_mkdir(tmpl) == 0)
            return tmpl;
        if (errno != EEXIST)
            return NULL;
    }
    errno = EEXIST;
    return NULL;
}

/* Windows cannot swap two names or refuse to replace a folder atomically: the caller does it in steps. */
int pf_rename2(const char *from, const char *to, unsigned mode)
{
    (void)from, (void)to, (void)mode;
    errno = ENOSYS;
    return -1;
}

/* Rename to a name that does not exist, retried while another program holds a file. */
int pf_rename(const char *from, const char *to)
{
    wchar_t *wf = pf_wide(from), *wt = wf ? pf_wide(to) : NULL;
    unsigned tries;
    int rc = -1;

    for (tries = 0; wf && wt && tries < PF_RENAME_TRIES; tries++) {
        DWORD e;
        if (MoveFileExW(wf, wt, MOVEFILE_WRITE_THROUGH)) {
            rc = 0;
            break;
        }
        e = GetLastError();
        rc = pf_fail();
        if (e != ERROR_ACCESS_DENIED && e != ERROR_SHARING_VIOLATION && e != ERROR_LOCK_VIOLATION)
            break;
        pf_sleep_ms(PF_RENAME_STEP_MS);
    }
    free(wf);
    free(wt);
    return rc;
}

/* The absolute path of path. */
char *pf_realpath(const char *path, char *out)
{
    wchar_t *w = pf_wide(path), full[PF_PATH_MAX];
    DWORD n;

    if (!w)
        return NULL;
    n = GetFullPathNameW(w, PF_PATH_MAX, full, NULL);
    free(w);
    if (n == 0 || n >= PF_PATH_MAX) {
        errno = n ? ENAMETOOLONG : EINVAL;
        return NULL;
    }
    if (!WideCharToMultiByte(CP_UTF8, 0, full, -1, out, PF_PATH_MAX, NULL, NULL)) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    return out;
}

/* The path of the running executable (its folder holds formats\). */
int pf_exe_path(char *out, size_t size)
{
    wchar_t w[PF_PATH_MAX];
    DWORD n = GetModuleFileNameW(NULL, w, PF_PATH_MAX);
    size_t i;

    if (n == 0 || n >= PF_PATH_MAX || size > 0x7fffffff)
        return -1;
    if (!WideCharToMultiByte(CP_UTF8, 0, w, -1, out, (int)size, NULL, NULL))
        return -1;
    for (i = 0; out[i]; i++) /* one separator inside migrate */
        if (out[i] == '\\')
            out[i] = '/';
    return 0;
}

/* Nothing to set up on Windows. */
void pf_memory_init(void)
{
}

/* Memory for a large array: plain malloc (large pages on Windows need a privilege users do not have). */
void *pf_alloc_big(size_t size)
{
    return malloc(size ? size : 1);
}

/* 1 if fd is a terminal. */
int pf_isatty(int fd)
{
    return _isatty(fd) != 0;
}

/* The name transliterated to ASCII by translit.c's table (no iconv here). */
void pf_ascii(const char *name, char *out, size_t size)
{
    tl_ascii(name, out, size);
}

/* An open folder: its path (Windows has no lookups relative to a handle in its C library). */
struct pf_dir {
    char path[PF_PATH_MAX];
};

/* Open folder path. */
pf_dir *pf_dir_open(const char *path, unsigned flags)
{
    pf_info in;
    pf_dir *d;

    if (pf_info_path(path, !(flags & PF_NOFOLLOW), &in) != 0)
        return NULL;
    if (in.kind != PF_FOLDER) {
        errno = in.kind == PF_LINK ? ELOOP : ENOTDIR;
        return NULL;
    }
    if (strlen(path) >= PF_PATH_MAX) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    d = malloc(sizeof *d);
    if (!d) {
        errno = ENOMEM;
        return NULL;
    }
    strcpy(d->path, path);
    return d;
}

/* d's path joined with name in buf; 0, or -1 with errno. */
static int pf_dir_join(const pf_dir *d, const char *name, char *buf)
{
    int n = snprintf(buf, PF_PATH_MAX, "%s/%s", d->path, name);

    if (n < 0 || n >= PF_PATH_MAX) {
        errno = ENAMETOOLONG;
        return -1;
    }
    return 0;
}

/* Open subfolder name of d. */
pf_dir *pf_dir_sub(const pf_dir *d, const char *name)
{
    char path[PF_PATH_MAX];

    return pf_dir_join(d, name, path) == 0 ? pf_dir_open(path, PF_NOFOLLOW) : NULL;
}

/* Close a folder. */
void pf_dir_close(pf_dir *d)
{
    free(d);
}

/* The folder itself. */
int pf_dir_self(const pf_dir *d, pf_info *out)
{
    return pf_info_path(d->path, 0, out);
}

/* Entry name of d. */
int pf_dir_info(const pf_dir *d, const char *name, pf_info *out)
{
    char path[PF_PATH_MAX];

    memset(out, 0, sizeof *out);
    return pf_dir_join(d, name, path) == 0 ? pf_info_path(path, 0, out) : -1;
}

/* Open entry name of d for reading. */
int pf_dir_open_read(const pf_dir *d, const char *name)
{
    char path[PF_PATH_MAX];

    return pf_dir_join(d, name, path) == 0 ? pf_open_read(path, PF_NOFOLLOW) : -1;
}

/* Remove file name of d. */
int pf_dir_unlink(const pf_dir *d, const char *name)
{
    char path[PF_PATH_MAX];
    wchar_t *w;
    BOOL ok;

    if (pf_dir_join(d, name, path) != 0 || !(w = pf_wide(path)))
        return -1;
    ok = DeleteFileW(w);
    free(w);
    return ok ? 0 : pf_fail();
}

/* Open file name of d for deletion, sharing everything: a sharing violation means another program holds it
 * open without letting it be deleted, and then neither it nor its folder can be removed or renamed. */
int pf_dir_in_use(const pf_dir *d, const char *name)
{
    char path[PF_PATH_MAX];
    wchar_t *w;
    HANDLE h;

    if (pf_dir_join(d, name, path) != 0 || !(w = pf_wide(path)))
        return 0;
    h = CreateFileW(w, DELETE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL, OPEN_EXISTING,
                    FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, NULL);
    free(w);
    if (h != INVALID_HANDLE_VALUE) {
        CloseHandle(h);
        return 0;
    }
    return GetLastError() == ERROR_SHARING_VIOLATION;
}

/* Remove empty subfolder name of d. */
int pf_dir_rmdir(const pf_dir *d, const char *name)
{
    char path[PF_PATH_MAX];
    wchar_t *w;
    BOOL ok;

    if (pf_dir_join(d, name, path) != 0 || !(w = pf_wide(path)))
        return -1;
    ok = RemoveDirectoryW(w);
    free(w);
    return ok ? 0 : pf_fail();
}

/* Each entry of d. */
int pf_dir_each(const pf_dir *d, int (*fn)(void *ctx, const char *name), void *ctx)
{
    char pattern[PF_PATH_MAX], name[PF_PATH_MAX];
    WIN32_FIND_DATAW fd;
    wchar_t *w;
    HANDLE h;
    int rc = 0;

    if (pf_dir_join(d, "*", pattern) != 0 || !(w = pf_wide(pattern)))
        return -1;
    h = FindFirstFileW(w, &fd);
    free(w);
    if (h == INVALID_HANDLE_VALUE)
        return GetLastError() == ERROR_FILE_NOT_FOUND ? 0 : pf_fail();
    do {
        if (!WideCharToMultiByte(CP_UTF8, 0, fd.cFileName, -1, name, sizeof name, NULL, NULL))
            continue;
        if (strcmp(name, ".") && strcmp(name, ".."))
            rc = fn(ctx, name);
    } while (!rc && FindNextFileW(h, &fd));
    if (!rc && GetLastError() != ERROR_NO_MORE_FILES) {
        rc = pf_fail();
        FindClose(h);
        return rc;
    }
    FindClose(h);
    return rc;
}

/* Locks: a named mutex per folder (its full path, case folded), so that no file is made for it. */
#define PF_LOCKS_MAX 8
static HANDLE pf_locks[PF_LOCKS_MAX];

/* The lock of a folder. */
int pf_lock(const char *path, long wait_ms)
{
    char full[PF_PATH_MAX], name[64];
    unsigned long long h = 1469598103934665603ULL; /* FNV-1a of the folded path */
    HANDLE m;
    DWORD r;
    int i;

    if (!pf_realpath(path, full))
        return -1;
    for (i = 0; full[i]; i++) {
        unsigned char c = (unsigned char)(full[i] == '/' ? '\\' : full[i]);
        h = (h ^ (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c)) * 1099511628211ULL;
    }
    snprintf(name, sizeof name, "Local\\migrate-%016llx", h);
    m = CreateMutexA(NULL, FALSE, name);
    if (!m)
        return -1;
    r = WaitForSingleObject(m, (DWORD)wait_ms);
    if (r != WAIT_OBJECT_0 && r != WAIT_ABANDONED) {
        CloseHandle(m);
        return -1;
    }
    for (i = 0; i < PF_LOCKS_MAX; i++)
        if (!pf_locks[i]) {
            pf_locks[i] = m;
            return i;
        }
    ReleaseMutex(m);
    CloseHandle(m);
    return -1;
}

/* Give back a lock. */
void pf_unlock(int handle)
{
    if (handle < 0 || handle >= PF_LOCKS_MAX || !pf_locks[handle])
        return;
    ReleaseMutex(pf_locks[handle]);
    CloseHandle(pf_locks[handle]);
    pf_locks[handle] = NULL;
}

/* Set by the console handler (another thread), read by the stages. */
static volatile LONG pf_signal;
static volatile LONG pf_held;

/* How long the console handler holds off Windows' end of the process after the console is closed (Windows
 * allows 5 s), so that the run can remove its temporary folder and exit on its own. */
#define PF_CLOSE_WAIT_MS 4500

/* Ctrl-C, Ctrl-Break: record SIGINT and let the run stop at its next check. Closing the console, logging
 * off, shutting down: the same, but Windows ends the process as soon as this returns, so wait here for the
 * run to clean up and exit (pf_signal_reraise ends the process, this thread with it). */
static BOOL WINAPI pf_on_console(DWORD type)
{
    InterlockedExchange(&pf_signal, SIGINT);
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT)
        Sleep(PF_CLOSE_WAIT_MS);
    return TRUE;
}

/* Install the console handler. */
void pf_signals_install(void)
{
    SetConsoleCtrlHandler(pf_on_console, TRUE);
    SetConsoleOutputCP(CP_UTF8); /* the messages are UTF-8: — and accents print */
}

/* Holding is not needed on Windows: the handler only records; the final renames check nothing in between. */
void pf_signals_hold(int hold)
{
    InterlockedExchange(&pf_held, hold);
}

/* End as an interrupted console program does. */
void pf_signal_reraise(void)
{
    if (pf_signal)
        ExitProcess(STATUS_CONTROL_C_EXIT);
}
#endif

/* The signal that asked the run to stop, or 0. */
int pf_signal_pending(void)
{
    return (int)pf_signal;
}
