/* ident.h — normalising and validating identifiers, dates and numbers. */
#ifndef MG_IDENT_H
#define MG_IDENT_H

#include <stddef.h>
#include <stdint.h>

#include "msg.h"

/* Hard limit on a normalised identifier (a longer value is a format error). */
#define ID_MAX 32

/* Result of validating one identifier. */
typedef enum id_result {
    ID_OK = 0,
    ID_EMPTY,       /* nothing left after normalising */
    ID_FORMAT,      /* wrong shape (lhn-format, kvk-format, date-format, ...) */
    ID_CHECKSUM,    /* LHN base fails the 11-proof (lhn-checksum) */
    ID_SUBNUMBER,   /* LHN subnumber 00 (lhn-subnumber) */
    ID_LEADING_ZERO /* KvK of 7 digits, padded to 8 (kvk-leading-zero): usable, warn */
} id_result;

/*
 * Normalise an identifier: trim, drop spaces (incl. NBSP U+00A0), '.', '-',
 * upper-case ASCII. Writes a NUL-terminated result of at most outsz-1 bytes;
 * returns its length, or (size_t)-1 if it does not fit.
 */
size_t id_normalise(const char *in, size_t len, char *out, size_t outsz);

/* The 11-proof of a 9-digit BSN/RSIN (weights 9..2,-1; not all zeros). */
int id_elfproef(const char digits[9]);

/* Validate a loonheffingennummer; out (>= 13 bytes) gets the normalised form. */
id_result id_lhn(const char *in, size_t len, char out[13]);

/* A normalised LHN (id_lhn's out, "123456789L01") as one number, base * 100 + subnumber (12345678901); two
 * LHNs have the same number exactly when they are equal. */
uint64_t id_lhn_key(const char lhn[13]);

/* Validate a KvK number; out (>= 9 bytes) gets 8 digits (7 are padded: ID_LEADING_ZERO). */
id_result id_kvk(const char *in, size_t len, char out[9]);

/* Validate a vestigingsnummer (12 digits); out (>= 13 bytes). */
id_result id_vestiging(const char *in, size_t len, char out[13]);

/*
 * Parse a date: YYYY-MM-DD, DD-MM-YYYY, D-M-YYYY, DD/MM/YYYY, DD.MM.YYYY
 * (also D/M/YYYY, D.M.YYYY); day first, a real calendar date, years
 * 1900..9999. Leading/trailing blanks are trimmed. *days gets the number of
 * days since 1970-01-01 (id_days_from_civil).
 */
id_result id_date(const char *in, size_t len, int32_t *days);

/* Days since 1970-01-01 of a proleptic Gregorian date (no validation). */
int32_t id_days_from_civil(int y, int m, int d);

/* Inverse of id_days_from_civil. */
void id_civil_from_days(int32_t days, int *y, int *m, int *d);

/* Add n years to a date (29 Feb → 28 Feb in a non-leap year). */
int32_t id_add_years(int32_t days, int n);

/* Format a date as "YYYY-MM-DD" (out >= 11 bytes). */
void id_format_iso(int32_t days, char out[11]);

/* Format a date as "DD-MM-YYYY" (out >= 11 bytes). */
void id_format_dmy(int32_t days, char out[11]);

/* Format a date as a text of a language shows it: "DD-MM-YYYY" in Dutch, "YYYY-MM-DD" in English. */
void id_format_date(int32_t days, mg_lang lang, char out[11]);

/* Strict whole number >= 0 from len bytes (blanks trimmed); 0 on success, -1 otherwise. */
int id_parse_count(const char *in, size_t len, long *out);

#endif
