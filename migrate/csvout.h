/* csvout.h — writing one CSV file in a dialect: delimiter, BOM, line ending, encoding, formula neutralising.
 */
#ifndef MG_CSVOUT_H
#define MG_CSVOUT_H

#include <stddef.h>

#include "digest.h"
#include "error.h"

/* How a CSV file is written. */
typedef struct co_dialect {
    char delimiter;  /* ';' ',' '\t' '|' */
    int bom;         /* write a UTF-8 BOM first */
    int cp1252;      /* convert to Windows-1252 (no BOM then) */
    const char *eol; /* "\r\n" or "\n" */
    int neutralise;  /* prefix ' to a value starting with = + - @ TAB CR */
} co_dialect;

/* The dialect of migrate's own CSV outputs: UTF-8 with BOM, ';', CRLF, neutralised. */
extern const co_dialect co_default_dialect;

typedef struct co_writer co_writer;

/* Create path (must not exist, mode 0600) for writing; NULL with ei filled on failure. */
co_writer *co_open(const char *path, const co_dialect *d, mg_errinfo *ei);

/*
 * Add one field of len bytes (UTF-8) to the current row. Control characters
 * (all but TAB) and characters XML forbids are replaced by U+FFFD ('?' in
 * Windows-1252). A field holding ; , TAB " CR or LF (or the delimiter) is
 * quoted, whatever the delimiter, so no spreadsheet splits it into cells.
 */
mg_error co_fieldn(co_writer *w, const char *s, size_t len);

/* Add a record as read (NULL = empty) as one field: line breaks inside it are kept, quoted. */
mg_error co_field_record(co_writer *w, const char *s);

/* Add one NUL-terminated field (NULL = empty). */
mg_error co_field(co_writer *w, const char *s);

/* Add bytes as they are, outside the CSV rules (a file that is not CSV, such as an iCalendar file); the
 * dialect's BOM is still written first when it asks for one. */
mg_error co_raw(co_writer *w, const char *s, size_t len);

/* Add a whole number as a field. */
mg_error co_field_long(co_writer *w, long v);

/* End the current row. */
mg_error co_end_row(co_writer *w);

/* Write a whole row of n NUL-terminated fields. */
mg_error co_row(co_writer *w, const char *const *fields, size_t n);

/* Hex length of the SHA-256 that co_close hands back (with its NUL). */
#define CO_SHA256_HEX DG_SHA256_HEX_SIZE

/*
 * Flush, fsync and close; then free. sha256 (CO_SHA256_HEX bytes, or NULL)
 * gets the checksum of every byte written, computed on the way out. Every
 * failure is MG_ERR_WRITE (or MG_ERR_DATA for an unwritable character, or
 * MG_ERR_INTERNAL when libcrypto could not compute the checksum).
 */
mg_error co_close(co_writer *w, mg_errinfo *ei, char *sha256);

/* Close without caring about errors and free (after a failure); NULL is a no-op. */
void co_free(co_writer *w);

#endif
