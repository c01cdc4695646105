/* spool.c — records spilled to an unlinked temporary file in chunks, and read back in order. */
#define _GNU_SOURCE /* O_TMPFILE */
#include "spool.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "platform.h"

/* Hard limit on the spool's folder path. */
#define SP_PATH_MAX 4096

/* Bytes of the length that precedes every record. */
#define SP_HEAD 4

struct sp_spool {
    int fd;            /* -1 until the first chunk is written */
    char *dir, *shown; /* folder of the file; folder named in messages */
    unsigned char *buf;
    size_t chunk, used;
    uint64_t size;  /* bytes in the file */
    uint64_t count; /* records appended */
    mg_error failed;
};

struct sp_reader {
    const sp_spool *sp;
    uint64_t off; /* next file offset to read */
    unsigned char *buf;
    size_t len, pos; /* bytes in buf, bytes of them taken */
    int memory;      /* reading sp->buf: the spool never needed a file */
    unsigned char *rec;
    size_t reccap;
};

/* A new spool. */
sp_spool *sp_new(const char *dir, const char *shown, size_t chunk)
{
    sp_spool *sp = calloc(1, sizeof *sp);

    if (!sp)
        return NULL;
    sp->fd = -1;
    sp->chunk = chunk ? chunk : SP_CHUNK;
    sp->dir = strdup(dir);
    sp->shown = strdup(shown);
    sp->buf = malloc(sp->chunk);
    if (!sp->dir || !sp->shown || !sp->buf) {
        sp_free(sp);
        return NULL;
    }
    return sp;
}

/* The folder that holds path. */
void sp_parent(const char *path, char *buf, size_t size)
{
    size_t n = strlen(path);

    while (n > 1 && path[n - 1] == '/')
        n--;
    while (n > 0 && path[n - 1] != '/')
        n--;
    if (n == 0) {
        snprintf(buf, size, ".");
        return;
    }
    while (n > 1 && path[n - 1] == '/')
        n--;
    snprintf(buf, size, "%.*s", (int)(n < 65536 ? n : 65536), path);
}

/* Close and free a spool. */
void sp_free(sp_spool *sp)
{
    if (!sp)
        return;
    if (sp->fd >= 0)
        close(sp->fd); /* unlinked: closing it is all the removal there is; nothing to report */
    free(sp->dir);
    free(sp->shown);
    free(sp->buf);
    free(sp);
}

/* Make the spool's file: a temporary file in its folder that no name reaches. */
static mg_error sp_create(sp_spool *sp, mg_errinfo *ei)
{
    sp->fd = pf_tmpfile(sp->dir);
    if (sp->fd < 0)
        return MG_FAIL(ei, MG_ERR_OUTPUT, sp->shown, 0, MSG_SPOOL_CREATE, strerror(errno));
    return MG_OK;
}

/* Write the buffer to the file (made first if need be). */
static mg_error sp_flush(sp_spool *sp, mg_errinfo *ei)
{
    size_t off = 0;
    mg_error err;

    if (sp->fd < 0 && (err = sp_create(sp, ei)) != MG_OK)
        return err;
    while (off < sp->used) {
        long long k = pf_write(sp->fd, sp->buf + off, sp->used - off);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return k < 0 ? MG_FAIL(ei, MG_ERR_WRITE, sp->shown, 0, MSG_SPOOL_WRITE, strerror(errno))
                         : MG_FAIL(ei, MG_ERR_WRITE, sp->shown, 0, MSG_SPOOL_WRITE_NOTHING);
        off += (size_t)k;
    }
    sp->size += sp->used;
    sp->used = 0;
    return MG_OK;
}

/* Append n bytes, writing out each full chunk. */
static mg_error sp_append(sp_spool *sp, const unsigned char *s, size_t n, mg_errinfo *ei)
{
    while (n) {
        size_t k = sp->chunk - sp->used < n ? sp->chunk - sp->used : n;
        memcpy(sp->buf + sp->used, s, k);
        sp->used += k;
        s += k;
        n -= k;
        if (sp->used == sp->chunk) {
            mg_error err = sp_flush(sp, ei);
            if (err)
                return err;
        }
    }
    return MG_OK;
}

/* Append one record. */
mg_error sp_put(sp_spool *sp, const void *data, size_t len, mg_errinfo *ei)
{
    unsigned char head[SP_HEAD];
    uint32_t n = (uint32_t)len;

    if (sp->failed)
        return sp->failed;
    if (len > SP_RECORD_MAX)
        return sp->failed = MG_FAIL(ei, MG_ERR_INTERNAL, sp->shown, 0, MSG_SPOOL_RECORD_TOO_LONG);
    memcpy(head, &n, SP_HEAD);
    sp->failed = sp_append(sp, head, SP_HEAD, ei);
    if (!sp->failed)
        sp->failed = sp_append(sp, data, len, ei);
    if (!sp->failed)
        sp->count++;
    return sp->failed;
}

/* Write out the rest; a spool that never filled a chunk stays in memory. */
mg_error sp_finish(sp_spool *sp, mg_errinfo *ei)
{
    if (sp->failed)
        return sp->failed;
    if (sp->fd >= 0 && sp->used)
        sp->failed = sp_flush(sp, ei);
    return sp->failed;
}

/* Records appended so far. */
uint64_t sp_count(const sp_spool *sp)
{
    return sp ? sp->count : 0;
}

/* A new reader. */
sp_reader *sp_reader_new(const sp_spool *sp)
{
    sp_reader *r = calloc(1, sizeof *r);

    if (!r)
        return NULL;
    r->sp = sp;
    r->memory = sp->fd < 0;
    if (r->memory) {
        r->buf = sp->buf;
        r->len = sp->used;
    } else if (!(r->buf = malloc(sp->chunk))) {
        free(r);
        return NULL;
    }
    return r;
}

/* Free a reader. */
void sp_reader_free(sp_reader *r)
{
    if (!r)
        return;
    if (!r->memory)
        free(r->buf);
    free(r->rec);
    free(r);
}

/* Refill the reader's buffer from the file; 0 bytes at the end. */
static mg_error sp_fill(sp_reader *r, mg_errinfo *ei)
{
    const sp_spool *sp = r->sp;
    size_t want;

    r->len = r->pos = 0;
    if (r->memory || r->off >= sp->size)
        return MG_OK;
    want = sp->size - r->off < sp->chunk ? (size_t)(sp->size - r->off) : sp->chunk;
    while (r->len < want) {
        long long k = pf_pread(sp->fd, r->buf + r->len, want - r->len, r->off + r->len);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return k < 0 ? MG_FAIL(ei, MG_ERR_WRITE, sp->shown, 0, MSG_SPOOL_READ, strerror(errno))
                         : MG_FAIL(ei, MG_ERR_WRITE, sp->shown, 0, MSG_SPOOL_READ_SHORT);
        r->len += (size_t)k;
    }
    r->off += r->len;
    return MG_OK;
}

/* Copy n bytes of the stream into dst; *got gets how many there were before the end. */
static mg_error sp_take(sp_reader *r, unsigned char *dst, size_t n, size_t *got, mg_errinfo *ei)
{
    *got = 0;
    while (*got < n) {
        size_t k;
        if (r->pos == r->len) {
            mg_error err = sp_fill(r, ei);
            if (err)
                return err;
            if (r->len == 0)
                return MG_OK;
        }
        k = r->len - r->pos < n - *got ? r->len - r->pos : n - *got;
        memcpy(dst + *got, r->buf + r->pos, k);
        r->pos += k;
        *got += k;
    }
    return MG_OK;
}

/* The next record. */
mg_error sp_next(sp_reader *r, const void **data, size_t *len, mg_errinfo *ei)
{
    unsigned char head[SP_HEAD];
    uint32_t n;
    size_t got;
    mg_error err;

    *data = NULL;
    *len = 0;
    err = sp_take(r, head, SP_HEAD, &got, ei);
    if (err || got == 0)
        return err;
    if (got < SP_HEAD)
        return MG_FAIL(ei, MG_ERR_INTERNAL, r->sp->shown, 0, MSG_SPOOL_ENDS_IN_RECORD);
    memcpy(&n, head, SP_HEAD);
    if (n > SP_RECORD_MAX)
        return MG_FAIL(ei, MG_ERR_INTERNAL, r->sp->shown, 0, MSG_SPOOL_DAMAGED);
    if (r->len - r->pos >= n) { /* whole in the buffer: no copy */
        *data = r->buf + r->pos;
        *len = n;
        r->pos += n;
        return MG_OK;
    }
    if (n > r->reccap) {
        unsigned char *nb = realloc(r->rec, n);
        if (!nb)
            return MG_ERR_NOMEM;
        r->rec = nb;
        r->reccap = n;
    }
    err = sp_take(r, r->rec, n, &got, ei);
    if (err)
        return err;
    if (got < n)
        return MG_FAIL(ei, MG_ERR_INTERNAL, r->sp->shown, 0, MSG_SPOOL_ENDS_IN_RECORD);
    *data = n ? r->rec : r->buf; /* an empty record: any non-NULL pointer */
    *len = n;
    return MG_OK;
}
