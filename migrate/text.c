/* text.c — hostile text: UTF-8 decoding, the sanitiser for output files and the escaper for terminals. */
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TX_ONES UINT64_C(0x0101010101010101)  /* 0x01 in every byte */
#define TX_HIGHS UINT64_C(0x8080808080808080) /* the high bit of every byte */

/* Hex digits of the escapes. */
static const char tx_hex[] = "0123456789abcdef";

/* A copy of at most n bytes of s. */
char *tx_strndup(const char *s, size_t n)
{
    const char *nul = memchr(s, '\0', n);
    size_t len = nul ? (size_t)(nul - s) : n;
    char *d = malloc(len + 1);

    if (!d)
        return NULL;
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

/* Decode the character at s. */
size_t tx_decode(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c, min;
    size_t n, i;

    *cp = TX_BAD;
    if (len == 0)
        return 0;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (u[0] >= 0xC2 && u[0] <= 0xDF) {
        n = 2;
        c = u[0] & 0x1Fu;
        min = 0x80;
    } else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
        n = 3;
        c = u[0] & 0x0Fu;
        min = 0x800;
    } else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
        n = 4;
        c = u[0] & 0x07u;
        min = 0x10000;
    } else {
        return 1;
    }
    if (len < n)
        return 1;
    for (i = 1; i < n; i++) {
        if ((u[i] & 0xC0) != 0x80)
            return 1;
        c = (c << 6) | (u[i] & 0x3Fu);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 1;
    *cp = c;
    return n;
}

/* 1 if cp may not be in an output file. */
int tx_forbidden(uint32_t cp, unsigned flags)
{
    if (cp == TX_BAD || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 1;
    if (cp == '\r' || cp == '\n')
        return !(flags & TX_KEEP_BREAKS) && !(cp == '\n' && (flags & TX_KEEP_LF));
    if (cp >= 0x7F && cp <= 0x9F)
        return (flags & TX_NO_C1) != 0;
    return cp < 0x20 && cp != '\t';
}

/* 1 if cp is a bidi control or a zero-width character. */
int tx_invisible(uint32_t cp)
{
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || cp == 0x2060 ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

/* 1 if all eight bytes of w are printable ASCII (0x20-0x7E): none below 0x20 (the "has less" test of
 * Bit Twiddling Hacks), none at 0x7F or above (adding 1 sets the high bit of 0x7F; a carry only leaves a byte
 * whose own high bit is set). */
static int tx_printable8(uint64_t w)
{
    uint64_t below = (w - TX_ONES * 0x20) & ~w & TX_HIGHS;
    uint64_t above = ((w + TX_ONES) | w) & TX_HIGHS;

    return !(below | above);
}

/* 1 if nothing in s is forbidden; printable ASCII is passed eight bytes at a time. */
int tx_clean(const char *s, size_t len, unsigned flags)
{
    size_t i = 0;

    while (i < len) {
        unsigned char b;
        uint32_t cp;
        if (len - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (tx_printable8(w)) {
                i += 8;
                continue;
            }
        }
        b = (unsigned char)s[i];
        if (b >= 0x20 && b < 0x7F) {
            i++;
            continue;
        }
        i += tx_decode(s + i, len - i, &cp);
        if (tx_forbidden(cp, flags))
            return 0;
    }
    return 1;
}

/* Copy with forbidden characters replaced. */
size_t tx_sanitise(const char *s, size_t len, unsigned flags, char *out)
{
    size_t i = 0, o = 0;

    while (i < len) {
        uint32_t cp;
        size_t n = tx_decode(s + i, len - i, &cp);
        if (tx_forbidden(cp, flags)) {
            if (flags & TX_ASCII_REPL) {
                out[o++] = '?';
            } else {
                memcpy(out + o, TX_REPLACEMENT, TX_REPLACEMENT_LEN);
                o += TX_REPLACEMENT_LEN;
            }
        } else {
            memcpy(out + o, s + i, n);
            o += n;
        }
        i += n;
    }
    out[o] = '\0';
    return o;
}

/* malloc'd sanitised copy. */
char *tx_sanitise_dup(const char *s, size_t len, unsigned flags, size_t *outlen)
{
    char *out = malloc(TX_SANITISED_MAX(len));
    size_t n;

    if (!out)
        return NULL;
    n = tx_sanitise(s, len, flags, out);
    if (outlen)
        *outlen = n;
    return out;
}

/* 1 if the character of n bytes at s (code point cp) must be escaped on a terminal. */
static int tx_term_unsafe(uint32_t cp, unsigned flags)
{
    if (cp == '\n')
        return !(flags & TX_KEEP_LF);
    return cp == TX_BAD || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || tx_invisible(cp) || cp == 0x2028 ||
           cp == 0x2029 || tx_forbidden(cp, TX_KEEP_BREAKS);
}

/* 1 if s can go to a terminal unchanged. */
int tx_terminal_safe(const char *s, size_t len, unsigned flags)
{
    size_t i = 0;

    while (i < len) {
        unsigned char b = (unsigned char)s[i];
        uint32_t cp;
        if (b >= 0x20 && b < 0x7F) {
            i++;
            continue;
        }
        i += tx_decode(s + i, len - i, &cp);
        if (tx_term_unsafe(cp, flags))
            return 0;
    }
    return 1;
}

/* Copy with terminal-unsafe characters escaped. */
size_t tx_escape(const char *s, size_t len, unsigned flags, char *out)
{
    size_t i = 0, o = 0;

    while (i < len) {
        uint32_t cp;
        size_t n = tx_decode(s + i, len - i, &cp);
        if (!tx_term_unsafe(cp, flags)) {
            memcpy(out + o, s + i, n);
            o += n;
        } else if (cp == TX_BAD || cp < 0x80) {
            unsigned char b = (unsigned char)s[i];
            out[o++] = '\\';
            out[o++] = 'x';
            out[o++] = tx_hex[b >> 4];
            out[o++] = tx_hex[b & 15];
        } else { /* 2 or 3 bytes in, 6 out */
            int k;
            out[o++] = '\\';
            out[o++] = 'u';
            for (k = 12; k >= 0; k -= 4)
                out[o++] = tx_hex[(cp >> k) & 15];
        }
        i += n;
    }
    out[o] = '\0';
    return o;
}

/* malloc'd escaped copy. */
char *tx_escape_dup(const char *s, size_t len, unsigned flags)
{
    char *out = malloc(TX_ESCAPED_MAX(len));

    if (out)
        tx_escape(s, len, flags, out);
    return out;
}

/* Look at one field for hostile text: its first forbidden and first invisible character, blanks trimmed. */
void tx_scan(const char *s, size_t len, unsigned flags, int fold_tabs, tx_scan_result *r)
{
    size_t k = 0;

    while (len && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r' || s[len - 1] == '\n'))
        len--;
    r->s = s;
    r->len = len;
    r->ctl = 0;
    r->bad = 0;
    r->inv = 0;
    while (k < len) {
        uint32_t cp;
        unsigned char b = (unsigned char)s[k];
        if (b >= 0x20 && b < 0x80) {
            k++;
            continue;
        }
        k += tx_decode(s + k, len - k, &cp);
        if (tx_forbidden(cp, flags) || (fold_tabs && cp == '\t')) {
            if (!r->ctl)
                r->ctl = cp;
            if (cp != '\r' && cp != '\n' && cp != '\t')
                r->bad = 1;
        } else if (!r->inv && tx_invisible(cp)) {
            r->inv = cp;
        }
    }
}

/* Remove invisible characters in place. */
size_t tx_strip_invisible(char *s, size_t len)
{
    size_t i = 0, o = 0;

    while (i < len) {
        uint32_t cp;
        size_t n = tx_decode(s + i, len - i, &cp);
        if (!tx_invisible(cp)) {
            memmove(s + o, s + i, n);
            o += n;
        }
        i += n;
    }
    if (o < len)
        s[o] = '\0';
    return o;
}

/* n with thousands separators in a language, into out. */
char *tx_thousands(unsigned long long n, mg_lang lang, char *out, size_t size)
{
    char digits[32], buf[48];
    int len = snprintf(digits, sizeof digits, "%llu", n), i, k = 0;
    char sep = MG_TEXT(lang, MSG_THOUSANDS_SEP)[0];

    for (i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            buf[k++] = sep;
        buf[k++] = digits[i];
    }
    buf[k] = '\0';
    snprintf(out, size, "%s", buf);
    return out;
}

/* An escaped copy in a pool. */
const char *tx_escape_pooled(mg_pool *pool, const char *s, size_t len)
{
    char *e = tx_escape_dup(s, len, 0);
    const char *r;

    if (!e)
        return NULL;
    r = pool_strdup(pool, e);
    free(e);
    return r;
}
