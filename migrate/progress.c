/* progress.c — the progress line on a terminal: rows read with a percentage, then the file being written. */
#include "progress.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "capture.h"
#include "platform.h"
#include "text.h"

/* Longest line written (the file name is cut to fit). */
#define PG_LINE_MAX 512

/* Seconds from a to b. */
static double pg_seconds(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* Start the line. */
void pg_init(pg_line *pg, int fd, mg_lang lang)
{
    const char *env = getenv("MIGRATE_PROGRESS_DELAY");

    memset(pg, 0, sizeof *pg);
    pg->fd = fd >= 0 && pf_isatty(fd) ? fd : -1;
    pg->lang = lang;
    pg->delay = PG_DELAY;
    if (env && *env) {
        char *end;
        double d = strtod(env, &end);
        if (*end == '\0' && d >= 0 && d <= PG_DELAY)
            pg->delay = d;
    }
    clock_gettime(CLOCK_MONOTONIC, &pg->start);
}

/* 1 when the line may be written now (the run has taken the delay; the last update is old enough or
 * force); sets the time of the update. */
static int pg_due(pg_line *pg, int force)
{
    struct timespec now;

    if (pg->fd < 0)
        return 0;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (pg_seconds(&pg->start, &now) < pg->delay)
        return 0;
    if (pg->shown && !force && pg_seconds(&pg->last, &now) < PG_INTERVAL)
        return 0;
    pg->last = now;
    return 1;
}

/* Replace the line on the screen by a formatted text ("migrate: " before it; control characters of file
 * names escaped, as in every message). */
PF_PRINTF(2, 3) static void pg_show(pg_line *pg, const char *fmt, ...)
{
    static const char head[] = "\r\033[Kmigrate: ";
    char text[PG_LINE_MAX], line[sizeof head + TX_ESCAPED_MAX(PG_LINE_MAX)];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    memcpy(line, head, sizeof head - 1);
    n = (int)tx_escape(text, (size_t)n < sizeof text ? (size_t)n : sizeof text - 1, 0,
                       line + sizeof head - 1);
    cap_write_all(pg->fd, line, sizeof head - 1 + (size_t)n);
    pg->shown = 1;
}

/* The file name part of a path. */
static const char *pg_basename(const char *path)
{
    const char *slash = strrchr(path, '/');

    return slash ? slash + 1 : path;
}

/* The size of the file at path for a percentage: 0 when unknown or gzip-compressed (the bytes read are
 * counted after decompression). */
static unsigned long long pg_size(const char *path)
{
    unsigned char magic[2];
    pf_info st;
    long long n;
    int fd = pf_open_read(path, 0);

    if (fd < 0)
        return 0;
    if (pf_info_fd(fd, &st) != 0 || st.kind != PF_FILE) {
        close(fd);
        return 0;
    }
    n = pf_pread(fd, magic, sizeof magic, 0);
    if (close(fd) != 0) /* read-only: nothing is lost, but the size is not to be trusted */
        return 0;
    if (n == 2 && magic[0] == 0x1F && magic[1] == 0x8B)
        return 0;
    return st.size;
}

/* Progress callback of the reading stage. */
void pg_read(void *ctx, const char *path, size_t rows, unsigned long long bytes)
{
    pg_line *pg = ctx;
    char count[48];
    const char *name;
    int new_file;

    if (!pg || pg->fd < 0 || !path)
        return;
    new_file = strcmp(pg->path, path) != 0;
    if (new_file) { /* look at its size once; its name shows at once */
        size_t len = strlen(path);
        if (len < sizeof pg->path) {
            memcpy(pg->path, path, len + 1);
            pg->size = pg_size(path);
        } else {
            pg->path[0] = '\0';
            pg->size = 0;
        }
    }
    if (!pg_due(pg, new_file))
        return;
    name = pg_basename(path);
    tx_thousands(rows, pg->lang, count, sizeof count);
    if (pg->size > 0) {
        /* bytes are counted from the records (one line break each): an estimate, kept below 100 */
        unsigned long long pct = bytes >= pg->size ? 99 : bytes * 100 / pg->size;
        pg_show(pg, MG_FMT(pg->lang, MSG_PROGRESS_READ_PCT), name, count, (int)pct);
    } else {
        pg_show(pg, MG_FMT(pg->lang, MSG_PROGRESS_READ), name, count);
    }
}

/* The writing stage: file is being written now. */
void pg_write(void *ctx, const char *file)
{
    pg_line *pg = ctx;

    if (!pg || !pg_due(pg, 1))
        return;
    pg_show(pg, MG_FMT(pg->lang, MSG_PROGRESS_WRITE), file);
}

/* Write the line to another descriptor from now on (the real terminal while fd 2 is captured). */
void pg_redirect(pg_line *pg, int fd)
{
    if (pg->fd >= 0 && fd >= 0)
        pg->fd = fd;
}

/* Clear the line from the screen. */
void pg_clear(pg_line *pg)
{
    static const char clear[] = "\r\033[K";

    if (!pg || pg->fd < 0 || !pg->shown)
        return;
    cap_write_all(pg->fd, clear, sizeof clear - 1);
    pg->shown = 0;
}
