/* text.h — hostile text: UTF-8 decoding, the sanitiser for output files and the escaper for terminals. */
#ifndef MG_TEXT_H
#define MG_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "msg.h"
#include "pool.h"

/* What tx_decode gives for a byte that does not start a valid UTF-8 character. */
#define TX_BAD 0xFFFFFFFFu

/* U+FFFD REPLACEMENT CHARACTER in UTF-8. */
#define TX_REPLACEMENT "\xEF\xBF\xBD"
#define TX_REPLACEMENT_LEN 3

/* Output bytes tx_sanitise needs at most for len input bytes (with the NUL). */
#define TX_SANITISED_MAX(len) (3 * (len) + 1)

/* Output bytes tx_escape needs at most for len input bytes (with the NUL). */
#define TX_ESCAPED_MAX(len) (4 * (len) + 1)

/* Flags of tx_sanitise and tx_escape. */
enum {
    TX_KEEP_BREAKS = 1, /* sanitise: CR and LF stay (a record as read, whose line breaks are its own) */
    TX_ASCII_REPL = 2,  /* sanitise: replace with '?' instead of U+FFFD (for Windows-1252 output) */
    TX_KEEP_LF = 4,     /* escape: LF stays (a multi-line report); sanitise: LF stays, CR does not */
    TX_NO_C1 = 8        /* sanitise: DEL and C1 (U+007F–U+009F) are forbidden too (for iCalendar) */
};

/* A malloc'd copy of the first n bytes of s (fewer when a NUL comes first), NUL-terminated; NULL when out of
 * memory (POSIX strndup, which Windows' C library lacks). */
char *tx_strndup(const char *s, size_t n);

/*
 * Decode the character at s (len > 0): returns its length in bytes and sets
 * *cp. An invalid, overlong or truncated sequence or an encoded surrogate
 * gives length 1 and TX_BAD.
 */
size_t tx_decode(const char *s, size_t len, uint32_t *cp);

/* 1 if cp may not be in an output file: C0 but TAB (and CR LF with TX_KEEP_BREAKS, LF with TX_KEEP_LF),
 * U+FFFE/U+FFFF, surrogates, TX_BAD; with TX_NO_C1 also DEL and C1. */
int tx_forbidden(uint32_t cp, unsigned flags);

/* 1 if cp is a bidi control (U+200E/F, U+202A–202E, U+2066–2069) or zero-width (U+200B–200D, U+2060,
 * U+FEFF). */
int tx_invisible(uint32_t cp);

/* 1 if len bytes of s hold nothing tx_forbidden: tx_sanitise would copy them unchanged. */
int tx_clean(const char *s, size_t len, unsigned flags);

/* Copy s to out (TX_SANITISED_MAX(len) bytes) with every forbidden character replaced by U+FFFD;
 * NUL-terminates; returns the length. */
size_t tx_sanitise(const char *s, size_t len, unsigned flags, char *out);

/* malloc'd NUL-terminated sanitised copy (its length in *outlen when not NULL), or NULL. */
char *tx_sanitise_dup(const char *s, size_t len, unsigned flags, size_t *outlen);

/* 1 if len bytes of s can go to a terminal as they are: tx_escape would copy them unchanged. */
int tx_terminal_safe(const char *s, size_t len, unsigned flags);

/*
 * Copy s to out (TX_ESCAPED_MAX(len) bytes) for a terminal: C0 (LF kept with
 * TX_KEEP_LF), DEL and bytes that are not UTF-8 become \xHH; C1 controls,
 * bidi controls, zero-width characters, U+2028/U+2029 and U+FFFE/U+FFFF
 * become \uHHHH.
 * NUL-terminates; returns the length.
 */
size_t tx_escape(const char *s, size_t len, unsigned flags, char *out);

/* malloc'd NUL-terminated escaped copy, or NULL when out of memory. */
char *tx_escape_dup(const char *s, size_t len, unsigned flags);

/* Like tx_escape_dup (flags 0), the copy in pool; NULL when out of memory. */
const char *tx_escape_pooled(mg_pool *pool, const char *s, size_t len);

/* What tx_scan found in one field. */
typedef struct tx_scan_result {
    const char *s; /* the field without its leading and trailing blanks (space, tab, CR, LF) */
    size_t len;
    uint32_t ctl; /* the first tx_forbidden character (or tab, with fold_tabs), 0 if none */
    int bad;      /* a forbidden character other than CR, LF and tab was seen */
    uint32_t inv; /* the first tx_invisible character, 0 if none */
} tx_scan_result;

/*
 * Look at one field (len bytes of s) for hostile text, after trimming its blanks: the first character
 * tx_forbidden(cp, flags) refuses (with fold_tabs also a tab: text whose tabs are folded into a space), and
 * the first invisible character. What the input readers report as control-character and invisible-character.
 */
void tx_scan(const char *s, size_t len, unsigned flags, int fold_tabs, tx_scan_result *r);

/* Remove every tx_invisible character from s in place (len bytes); returns the new length. */
size_t tx_strip_invisible(char *s, size_t len);

/* n with thousands separators in a language (1.234.567 / 1,234,567) into out; returns out. */
char *tx_thousands(unsigned long long n, mg_lang lang, char *out, size_t size);

#endif
