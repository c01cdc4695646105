/* spool.h — an append-only file of records that never outlives the run: what a run must keep per row but not
 * in memory (rejected rows: their findings and original text) goes here and is read back, in order, by the
 * writers.
 */
#ifndef MG_SPOOL_H
#define MG_SPOOL_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* Bytes buffered before a write to the file (and read per read call). */
#define SP_CHUNK (1024 * 1024)

/* Longest record accepted (a rejected record of four 16 MiB fields and its message arguments). */
#define SP_RECORD_MAX (96u * 1024 * 1024)

typedef struct sp_spool sp_spool;

/*
 * A new spool whose file, made at the first full chunk, lives in folder dir: unlinked from its making on
 * (O_TMPFILE, or a name removed at once), mode 0600, so no run, failed or killed, leaves it behind.
 * shown is the folder named in error messages (the output folder the user gave). chunk is the buffer size
 * (SP_CHUNK; tests use small ones). NULL when out of memory.
 */
sp_spool *sp_new(const char *dir, const char *shown, size_t chunk);

/* The folder that holds path (path's trailing slashes ignored; "." when it has no slash) into buf. */
void sp_parent(const char *path, char *buf, size_t size);

/* Close and free a spool; NULL is a no-op. */
void sp_free(sp_spool *sp);

/* Append one record of len bytes (at most SP_RECORD_MAX); on failure the spool keeps failing. */
mg_error sp_put(sp_spool *sp, const void *data, size_t len, mg_errinfo *ei);

/* Write out what is buffered; after this only readers use the spool. */
mg_error sp_finish(sp_spool *sp, mg_errinfo *ei);

/* Records appended so far. */
uint64_t sp_count(const sp_spool *sp);

/* A reader of a finished spool, from its first record; several may read at once (each its own position). */
typedef struct sp_reader sp_reader;

/* A new reader, or NULL when out of memory. */
sp_reader *sp_reader_new(const sp_spool *sp);

/* Free a reader; NULL is a no-op. */
void sp_reader_free(sp_reader *r);

/*
 * The next record: *data points to its len bytes (valid until the next call). Returns MG_OK with
 * *data == NULL at the end, MG_ERR_WRITE on a read error (ei says so), MG_ERR_NOMEM.
 */
mg_error sp_next(sp_reader *r, const void **data, size_t *len, mg_errinfo *ei);

#endif
