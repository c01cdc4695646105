/* fuzz_common.h — helpers shared by the libFuzzer targets of tests/fuzz/ (not part of migrate). */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Set by fuzz.mk to the absolute path of the repository's formats/ folder. */
#ifndef FUZZ_FORMATS_DIR
#define FUZZ_FORMATS_DIR "formats"
#endif

/* Harness helpers that need no coverage feedback (keeps libFuzzer's signal on migrate's code). */
#if defined(__clang__) && __clang_major__ >= 13
#define FZ_NOCOV __attribute__((no_sanitize("coverage")))
#else
#define FZ_NOCOV
#endif

/* The catalogue folder: $MIGRATE_FUZZ_FORMATS, else the one fixed at build time. */
static inline const char *fz_formats_dir(void)
{
    const char *e = getenv("MIGRATE_FUZZ_FORMATS");
    return e && *e ? e : FUZZ_FORMATS_DIR;
}

/* Print a message and abort (a finding for libFuzzer). */
#define FZ_CHECK(cond, ...)                                                                                   \
    do {                                                                                                      \
        if (!(cond)) {                                                                                        \
            fprintf(stderr, "fuzz property failed: %s (%s:%d)\n  ", #cond, __FILE__, __LINE__);               \
            fprintf(stderr, __VA_ARGS__);                                                                     \
            fputc('\n', stderr);                                                                              \
            abort();                                                                                          \
        }                                                                                                     \
    } while (0)

/* Harness set-up failure (not a finding in migrate): message and exit. */
static inline void fz_die(const char *what)
{
    perror(what);
    exit(2);
}

/* Write n bytes to path (truncating); exits on failure. */
static inline void fz_write_file(const char *path, const void *data, size_t n)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        fz_die(path);
    if (n > 0 && fwrite(data, 1, n, fp) != n)
        fz_die(path);
    if (fclose(fp) != 0)
        fz_die(path);
}

/* Read a whole file into a malloc'd buffer; exits on failure. */
static inline unsigned char *fz_read_file(const char *path, size_t *n)
{
    FILE *fp = fopen(path, "rb");
    unsigned char *buf = NULL;
    size_t cap = 0, len = 0, got;

    if (!fp)
        fz_die(path);
    do {
        if (len == cap) {
            cap = cap ? 2 * cap : 4096;
            buf = realloc(buf, cap);
            if (!buf)
                fz_die("realloc");
        }
        got = fread(buf + len, 1, cap - len, fp);
        len += got;
    } while (got > 0);
    if (ferror(fp))
        fz_die(path);
    fclose(fp);
    *n = len;
    return buf;
}

/* Remove a directory tree made by the harness (regular files and folders only). */
static inline void fz_rmtree(const char *path)
{
    DIR *d = opendir(path);
    struct dirent *de;
    char sub[4096];

    if (d) {
        while ((de = readdir(d)) != NULL) {
            struct stat st;
            if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
                continue;
            snprintf(sub, sizeof sub, "%s/%s", path, de->d_name);
            if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode))
                fz_rmtree(sub);
            else
                unlink(sub);
        }
        closedir(d);
    }
    rmdir(path);
}

/* A private temporary folder (removed at exit); exits on failure. */
static inline char *fz_mkdtemp(const char *tag)
{
    const char *tmp = getenv("TMPDIR");
    static char buf[4096];

    snprintf(buf, sizeof buf, "%s/migrate-fuzz-%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", tag);
    if (!mkdtemp(buf))
        fz_die("mkdtemp");
    return buf;
}

#endif
