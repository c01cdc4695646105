/* csvread.h — streaming CSV reader: gzip, BOM, encoding and delimiter detection, physical lines. */
#ifndef MG_CSVREAD_H
#define MG_CSVREAD_H

#include <limits.h>
#include <stddef.h>

#include "error.h"

/* Most physical lines of an input file: 4,000,000,000 (a line number is kept in 32 bits unsigned), or
 * 2,000,000,000 where long, which counts lines, has 32 bits (Windows). A longer file is refused. */
#define CR_MAX_LINES ((long)(LONG_MAX > 4000000000 ? 4000000000 : 2000000000))

/* Hard limits. */
#define CR_SAMPLE_BYTES (64 * 1024)     /* bytes of the file looked at for delimiter detection */
#define CR_SAMPLE_LINES 50              /* physical lines looked at for delimiter detection */
#define CR_MAX_FIELD (16 * 1024 * 1024) /* longest field accepted */
#define CR_MAX_FIELDS 100000            /* most fields in one record */

/* Character encoding of an input file. */
typedef enum cr_encoding {
    CR_ENC_AUTO = 0, /* detect: valid UTF-8 → UTF-8; invalid bytes only → Windows-1252; both → refused */
    CR_ENC_UTF8,
    CR_ENC_CP1252
} cr_encoding;

/* One field: UTF-8 bytes, NOT NUL-terminated. */
typedef struct cr_field {
    const char *data;
    size_t len;
} cr_field;

/* One record as handed to the callback; all pointers valid only during the call. */
typedef struct cr_record {
    long line;   /* physical line (1-based) the record starts on */
    long nlines; /* physical lines it spans (>1 with quoted line breaks) */
    size_t nfields;
    const cr_field *fields;
    const char *raw; /* the record's text as read, UTF-8, without its final line break */
    size_t raw_len;
} cr_record;

/* Record callback: return 0 to go on, nonzero to stop reading (cr_* then returns MG_OK early). */
typedef int (*cr_record_cb)(void *ctx, const cr_record *rec);

/* What the reader detected and counted. */
typedef struct cr_info {
    char delimiter;         /* ';' ',' '\t' '|' */
    int delimiter_detected; /* 1 if detected, 0 if given */
    cr_encoding encoding;   /* CR_ENC_UTF8 or CR_ENC_CP1252 */
    int encoding_detected;
    int bom;      /* a UTF-8 BOM was skipped */
    int gzip;     /* the file was gzip-compressed */
    int crlf;     /* line endings seen: 1 = CRLF, 0 = LF, 2 = CR only */
    long lines;   /* physical lines in the file */
    long records; /* records handed to the callback (header included) */
} cr_info;

/* Options for reading one file. */
typedef struct cr_options {
    char delimiter;       /* 0 = detect */
    cr_encoding encoding; /* CR_ENC_AUTO = detect */
    /* Header names that count as known for delimiter detection, already in
     * header-normal form (see cr_header_normalise). */
    const char *const *known;
    size_t nknown;
} cr_options;

/*
 * Normalise a header cell: trim blanks, lower-case ASCII, ' ' and '-' → '_'.
 * Writes a NUL-terminated string of at most outsz-1 bytes; returns its length.
 */
size_t cr_header_normalise(const char *in, size_t len, char *out, size_t outsz);

/*
 * Detect the delimiter from the first physical lines of a file (UTF-8 text,
 * BOM already removed): the candidate among ';' ',' '\t' '|' whose header
 * split gives the most known names and whose data lines have a consistent
 * field count. Returns MG_OK and *delim, or MG_ERR_DATA with a message asking
 * for `delimiter =` in portfolio.ini when the choice is ambiguous.
 */
mg_error cr_detect_delimiter(const char *sample, size_t len, const char *const *known, size_t nknown,
                             char *delim, const char *path, mg_errinfo *ei);

/*
 * Incremental UTF-8 check, chunk-boundary safe. After the first invalid byte
 * it goes on (a broken sequence is skipped from its lead byte on) to count the
 * valid multi-byte sequences, which tells a Windows-1252 file (invalid bytes
 * only) from a mixed one (valid multi-byte sequences and invalid bytes).
 */
typedef struct cr_utf8_state {
    unsigned need;                 /* continuation bytes still expected */
    unsigned cp;                   /* code point being built */
    unsigned min;                  /* smallest code point allowed for this length (overlong check) */
    unsigned lead;                 /* lead byte of the sequence being built */
    int valid;                     /* 1 while everything seen is valid */
    unsigned long long offset;     /* bytes seen */
    unsigned long long bad_offset; /* offset of the first invalid byte (the lead byte of a broken sequence) */
    unsigned bad_byte;             /* its value */
    unsigned long long multi;      /* valid multi-byte sequences seen (all of them while valid) */
} cr_utf8_state;

void cr_utf8_init(cr_utf8_state *st);
void cr_utf8_feed(cr_utf8_state *st, const unsigned char *p, size_t n);
/* 1 if all bytes fed form valid UTF-8 (no truncated sequence at the end). */
int cr_utf8_finish(cr_utf8_state *st);
/* 1 if the bytes fed (finished) hold valid multi-byte sequences and invalid bytes: mixed encodings. */
int cr_utf8_mixed(const cr_utf8_state *st);

/* Push parser: bytes in (any chunk sizes), records out. */
typedef struct cr_parser cr_parser;

/* A parser for one file with a known delimiter and encoding (not AUTO); path is for messages. */
cr_parser *cr_parser_new(char delimiter, cr_encoding enc, const char *path, cr_record_cb cb, void *ctx);
/* Feed len bytes; returns MG_OK, or an error (MG_ERR_DATA for bad input) with ei filled. */
mg_error cr_parser_feed(cr_parser *p, const void *buf, size_t len, mg_errinfo *ei);
/* End of input: flush the last record; errors on an unterminated quoted field. */
mg_error cr_parser_finish(cr_parser *p, mg_errinfo *ei);
/* Counters so far (lines, records, bom, crlf). */
void cr_parser_info(const cr_parser *p, cr_info *info);
/* Free the parser; NULL is a no-op. */
void cr_parser_free(cr_parser *p);

/*
 * Read a whole file (plain or gzip, detected by its magic bytes; every gzip
 * member is read): one pass to detect encoding and delimiter (unless given),
 * one pass to parse. Every record, the header first, goes to cb. Errors:
 * MG_ERR_INPUT (missing, unreadable, not a regular file, corrupt/truncated
 * gzip, bytes after the last gzip member that are not a gzip member),
 * MG_ERR_DATA (UTF-16 text; with detection, valid UTF-8 multi-byte sequences
 * and invalid bytes in one file: "mixed-encoding: ..."; NUL byte, byte
 * undefined in Windows-1252, ambiguous delimiter, unterminated quote, field
 * or record over the limits), with file, line and byte offset in ei.
 */
mg_error cr_read_file(const char *path, const cr_options *opt, cr_record_cb cb, void *ctx, cr_info *info,
                      mg_errinfo *ei);

/*
 * cr_read_file with the file read, decoded and parsed on a second thread while cb runs on this one, so that
 * the two overlap: the same records in the same order, the same result, the same ei and info. The second
 * thread reads at most a few batches of records ahead (about 1 MiB, or one record larger than that). When cb
 * asks to stop, reading stops within a batch and MG_OK is returned, as cr_read_file does; info's counts may
 * then run ahead of the records delivered. Without a second thread it reads on this one.
 */
mg_error cr_read_file_ahead(const char *path, const cr_options *opt, cr_record_cb cb, void *ctx,
                            cr_info *info, mg_errinfo *ei);

/*
 * Open path read-only (O_CLOEXEC) when it is a regular file: a FIFO, device
 * or directory is refused at once, never read or waited on (it is opened
 * with O_NONBLOCK, checked with fstat, then set to blocking). Returns the
 * descriptor, or CR_OPEN_FAILED (open failed) or CR_OPEN_UNREADABLE (not a
 * regular file, or fstat/fcntl failed) with why set to a static reason in each language.
 */
#define CR_OPEN_FAILED (-1)
#define CR_OPEN_UNREADABLE (-2)
int cr_open_regular(const char *path, const char *why[LANG_COUNT]);

/* Fill *ei with "cannot open: WHY" (open_failed) or "cannot read: WHY" in each language; returns err. */
mg_error cr_fail_why(mg_errinfo *ei, mg_error err, const char *file, int open_failed,
                     const char *const why[LANG_COUNT]);

/* "UTF-8" / "Windows-1252"; the delimiter's display name ("puntkomma" ...) in Dutch or English. */
const char *cr_encoding_name(cr_encoding enc);
const char *cr_delimiter_name(char delim, mg_lang lang);

#endif
