/* platform.h — what differs between Linux and Windows, behind one narrow interface: opening files (binary,
 * never inherited), private files and folders, syncing, atomic renames, folder handles, file identity, the
 * executable's path and the stop signals. The stages use only this and plain C11 descriptor I/O. */
#ifndef MG_PLATFORM_H
#define MG_PLATFORM_H

#include <stddef.h>

/* Hard limits. */
#define PF_PATH_MAX 4096 /* bytes of a path, with its NUL */

/* The printf dialect the compiler checks formats against. The Windows build sets PF_PRINTF_FORMAT=gnu_printf:
 * it uses mingw-w64's C99 stdio (__USE_MINGW_ANSI_STDIO), which formats %zu and %lld as glibc does, whereas
 * mingw-w64's compiler takes plain "printf" to mean msvcrt's. */
#ifndef PF_PRINTF_FORMAT
#define PF_PRINTF_FORMAT printf
#endif

/* A function whose argument fmt is a printf format for the arguments from first on. */
#define PF_PRINTF(fmt, first) __attribute__((format(PF_PRINTF_FORMAT, fmt, first)))

/* What a name is; a symbolic link (or Windows reparse point) is never followed where PF_NOFOLLOW is asked. */
typedef enum { PF_MISSING = 0, PF_FILE, PF_FOLDER, PF_LINK, PF_OTHER } pf_kind;

/* A file's kind, identity (device and file number: two names of one file compare equal) and size. */
typedef struct pf_info {
    pf_kind kind;
    unsigned long long dev, ino, size;
} pf_info;

/* Flags of pf_open_read and pf_dir_open. */
#define PF_NOFOLLOW 1u /* a link is refused (ELOOP), not followed */

/* Modes of pf_rename2. */
#define PF_RENAME_NOREPLACE 1u /* fail with EEXIST when to exists */
#define PF_RENAME_EXCHANGE 2u  /* swap from and to, both existing */

/* Make every file and folder the process creates private to the user (umask 077; on Windows the private
 * folders' ACLs do it). */
void pf_private_files(void);

/* The kind, identity and size of path (follow: through a link); 0, or -1 with errno. */
int pf_info_path(const char *path, int follow, pf_info *out);

/* The kind, identity and size of an open descriptor; 0, or -1 with errno. */
int pf_info_fd(int fd, pf_info *out);

/* Open path for reading (binary; a FIFO does not block the open); a descriptor, or -1 with errno. */
int pf_open_read(const char *path, unsigned flags);

/* Create a new file for writing, readable by the user only (0600; on Windows the folder's ACL); fails with
 * EEXIST when path exists; a descriptor, or -1 with errno. */
int pf_create(const char *path);

/* A temporary file in dir that no name reaches and that goes when closed; a descriptor, or -1 with errno. */
int pf_tmpfile(const char *dir);

/* The system's folder for temporary files ($TMPDIR or /tmp; %TEMP% on Windows). */
const char *pf_temp_dir(void);

/* A new descriptor for fd (3 or above), not inherited by child processes; -1 with errno. */
int pf_dup(int fd);

/* Write fd's data to the disk (fsync; _commit on Windows); 0, or -1 with errno. */
int pf_sync(int fd);

/* Open an existing file so that pf_sync can flush it (for writing on Windows, which flushes nothing else); a
 * descriptor, or -1 with errno. */
int pf_open_sync(const char *path);

/* Make an existing file readable and writable by the user only (0600; on Windows its folder's ACL does it);
 * 0, or -1 with errno. */
int pf_private_file(const char *path);

/* Make the names in folder path durable (fsync of the folder; nothing to do on Windows); 0, or -1 with errno.
 */
int pf_sync_folder(const char *path);

/* Read up to n bytes (read(2); on Windows, whose count is an unsigned int, at most INT_MAX at a time); the
 * count, 0 at the end, or -1 with errno. */
long long pf_read(int fd, void *buf, size_t n);

/* Write up to n bytes (write(2); on Windows at most INT_MAX at a time); the count, or -1 with errno. */
long long pf_write(int fd, const void *buf, size_t n);

/* Read up to n bytes at offset off without moving the file position; the count, or -1 with errno. */
long long pf_pread(int fd, void *buf, size_t n, unsigned long long off);

/* Make folder path, reachable by the user only (0700; on Windows an ACL for the user alone); 0, or -1 with
 * errno. */
int pf_mkdir(const char *path);

/* Make a new private folder from tmpl, whose last six characters are XXXXXX and are replaced; tmpl, or NULL
 * with errno. */
char *pf_mkdtemp(char *tmpl);

/* Rename from to to atomically with a PF_RENAME_ mode; -1 with errno ENOSYS where the file system or the
 * system cannot (the caller then does it in steps), else 0 or -1 with errno. */
int pf_rename2(const char *from, const char *to, unsigned mode);

/* Rename from to to, which must not exist (a folder too); on Windows retried for a while when another
 * program (a virus scanner, an indexer) holds a file. 0, or -1 with errno. */
int pf_rename(const char *from, const char *to);

/* The absolute path of path, links resolved, in out (PF_PATH_MAX bytes); out, or NULL with errno. */
char *pf_realpath(const char *path, char *out);

/* The path of the running executable in out; 0, or -1 when it cannot be told. */
int pf_exe_path(char *out, size_t size);

/* Memory for a large array (size bytes, uninitialised) that free() releases, or NULL when out of memory. On
 * Linux an array of PF_BIG_BYTES or more starts on a 2 MiB boundary and is advised to use transparent huge
 * pages: one page fault per 2 MiB instead of per 4 KiB as it is first written (the advice may be ignored; the
 * memory works the same without it). */
void *pf_alloc_big(size_t size);

/* Set up the C library's allocator for a run, once, before anything is allocated: on Linux blocks of
 * PF_MMAP_BYTES and more get memory of their own that goes back to the system when freed. glibc otherwise
 * raises that threshold each time such a block is freed, and then keeps the memory of large temporary arrays
 * (the sort's, the look-up tables') until the process ends: 16 MB more peak memory at 1,000,000 grants. Free
 * memory at the top of the heap is kept up to twice that size, as glibc would set it itself. */
void pf_memory_init(void);

/* Blocks from this size up have memory of their own (pf_memory_init). */
#define PF_MMAP_BYTES ((size_t)1 << 20)

/* Arrays from this size up get huge pages (pf_alloc_big). */
#define PF_BIG_BYTES ((size_t)2 << 20)

/* 1 if fd is a terminal. */
int pf_isatty(int fd);

/* name (UTF-8) transliterated to ASCII for a file name, in out (size bytes, NUL-terminated): glibc's iconv
 * ASCII//TRANSLIT in a C.UTF-8 locale of this thread only; on Windows, which has no iconv, translit.c's copy
 * of its table for the Latin letters (tl_ascii). A byte that is not UTF-8 becomes '-'. */
void pf_ascii(const char *name, char *out, size_t size);

/* 1 if c separates the parts of a path ('/'; on Windows also '\\'). */
int pf_is_sep(char c);

/* Length of the root of path that is not a folder name ("/" or, on Windows, "C:\", "C:", "\\"): 0 if none. */
size_t pf_root_len(const char *path);

/* An open folder, to look at and remove entries relative to it (no name is looked up twice). */
typedef struct pf_dir pf_dir;

/* Open folder path (PF_NOFOLLOW: not through a link); NULL with errno (ENOTDIR when it is something else). */
pf_dir *pf_dir_open(const char *path, unsigned flags);

/* Open subfolder name of d, never through a link; NULL with errno. */
pf_dir *pf_dir_sub(const pf_dir *d, const char *name);

/* Close a folder; pf_dir_close(NULL) does nothing. */
void pf_dir_close(pf_dir *d);

/* The kind, identity and size of the folder itself. */
int pf_dir_self(const pf_dir *d, pf_info *out);

/* The kind, identity and size of entry name of d, a link not followed; 0, or -1 with errno. */
int pf_dir_info(const pf_dir *d, const char *name, pf_info *out);

/* Open entry name of d for reading, never through a link, a FIFO not blocking; a descriptor or -1. */
int pf_dir_open_read(const pf_dir *d, const char *name);

/* Remove file name of d; 0, or -1 with errno. */
int pf_dir_unlink(const pf_dir *d, const char *name);

/* 1 if file name of d is held open by another program so that it cannot be removed or renamed (Windows: a
 * program such as Excel that opened it without sharing delete), else 0; Linux never refuses. */
int pf_dir_in_use(const pf_dir *d, const char *name);

/* Remove empty subfolder name of d; 0, or -1 with errno. */
int pf_dir_rmdir(const pf_dir *d, const char *name);

/* Call fn(ctx, name) for each entry of d but . and ..; stops at fn's first non-zero, which it returns; -1
 * with errno when the folder cannot be read. */
int pf_dir_each(const pf_dir *d, int (*fn)(void *ctx, const char *name), void *ctx);

/* Wait up to wait_ms for the lock of folder path that lets one process at a time do its final step; a
 * handle (>= 0), or -1 when it cannot be had (the caller goes on without it). */
int pf_lock(const char *path, long wait_ms);

/* Give back a lock of pf_lock; pf_unlock(-1) does nothing. */
void pf_unlock(int handle);

/* Install handlers for the stop signals (SIGINT, SIGTERM; Ctrl-C and Ctrl-Break on Windows) that only record
 * the signal. */
void pf_signals_install(void);

/* The signal that asked the run to stop, or 0. */
int pf_signal_pending(void);

/* Hold the stop signals back (1) or let them through again (0), around the final renames. */
void pf_signals_hold(int hold);

/* After cleanup: end the process as the pending signal would have (so the parent sees it). */
void pf_signal_reraise(void);

#endif
