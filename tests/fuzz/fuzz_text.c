/*
 * fuzz_text.c — libFuzzer target for migrate/text.c (the output sanitiser and the terminal escaper).
 *
 * The whole input is one value, arbitrary bytes. Checked with a reference
 * UTF-8 decoder of its own (not tx_decode):
 *   - tx_sanitise (strict, keeping line breaks, with '?'): valid UTF-8, no
 *     U+FFFE/U+FFFF, no C0 but TAB (and CR LF when kept); it fits
 *     TX_SANITISED_MAX; tx_clean agrees with it; sanitising again changes nothing;
 *   - tx_escape (with and without LF): no byte below 0x20 (but LF when kept)
 *     and no DEL; valid UTF-8 without C1 controls, bidi controls or zero-width
 *     characters; it fits TX_ESCAPED_MAX; tx_terminal_safe agrees with it;
 *   - tx_strip_invisible: no invisible character is left, nothing else removed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "text.h"

/* Reference decoder: the code point at s (length *n), or -1 (length 1) for anything not valid UTF-8. */
static long ref_decode(const unsigned char *s, size_t len, size_t *n)
{
    unsigned long c;
    size_t k, need;

    *n = 1;
    if (s[0] < 0x80)
        return s[0];
    if ((s[0] & 0xE0) == 0xC0)
        need = 2, c = s[0] & 0x1F;
    else if ((s[0] & 0xF0) == 0xE0)
        need = 3, c = s[0] & 0x0F;
    else if ((s[0] & 0xF8) == 0xF0)
        need = 4, c = s[0] & 0x07;
    else
        return -1;
    if (len < need)
        return -1;
    for (k = 1; k < need; k++) {
        if ((s[k] & 0xC0) != 0x80)
            return -1;
        c = (c << 6) | (s[k] & 0x3F);
    }
    if ((need == 2 && c < 0x80) || (need == 3 && c < 0x800) || (need == 4 && c < 0x10000) || c > 0x10FFFF ||
        (c >= 0xD800 && c <= 0xDFFF))
        return -1;
    *n = need;
    return (long)c;
}

/* 1 if cp is a bidi control or a zero-width character (the list of the spec, written out again). */
static int ref_invisible(long cp)
{
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || cp == 0x2060 || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

/* Check a sanitised output. */
static void check_sanitised(const unsigned char *s, size_t len, int breaks)
{
    size_t i = 0, n;

    while (i < len) {
        long cp = ref_decode(s + i, len - i, &n);
        FZ_CHECK(cp >= 0, "sanitised output not UTF-8 at %zu", i);
        FZ_CHECK(cp != 0xFFFE && cp != 0xFFFF, "sanitised output holds U+%04lX", cp);
        FZ_CHECK(cp >= 0x20 || cp == '\t' || (breaks && (cp == '\r' || cp == '\n')),
                 "sanitised output holds control U+%04lX", cp);
        i += n;
    }
}

/* Check an escaped output. */
static void check_escaped(const unsigned char *s, size_t len, int lf)
{
    size_t i = 0, n;

    for (i = 0; i < len; i++)
        FZ_CHECK((s[i] >= 0x20 && s[i] != 0x7F) || (lf && s[i] == '\n'), "control byte 0x%02x at %zu", s[i], i);
    i = 0;
    while (i < len) {
        long cp = ref_decode(s + i, len - i, &n);
        FZ_CHECK(cp >= 0, "escaped output not UTF-8 at %zu", i);
        FZ_CHECK(!(cp >= 0x80 && cp <= 0x9F), "escaped output holds C1 U+%04lX", cp);
        FZ_CHECK(!ref_invisible(cp), "escaped output holds invisible U+%04lX", cp);
        i += n;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const unsigned sflags[] = {0, TX_KEEP_BREAKS, TX_ASCII_REPL};
    static const unsigned eflags[] = {0, TX_KEEP_LF};
    const char *in = (const char *)data;
    char *out, *again, *copy;
    size_t k;

    for (k = 0; k < sizeof sflags / sizeof *sflags; k++) {
        size_t n, m;
        out = malloc(TX_SANITISED_MAX(size));
        FZ_CHECK(out != NULL, "out of memory");
        n = tx_sanitise(in, size, sflags[k], out);
        FZ_CHECK(n < TX_SANITISED_MAX(size) && out[n] == '\0', "sanitised length %zu for %zu bytes", n, size);
        check_sanitised((const unsigned char *)out, n, sflags[k] == TX_KEEP_BREAKS);
        FZ_CHECK(tx_clean(out, n, sflags[k]), "tx_clean rejects sanitised output");
        FZ_CHECK(tx_clean(in, size, sflags[k]) == (n == size && memcmp(in, out, n) == 0),
                 "tx_clean disagrees with tx_sanitise");
        again = malloc(TX_SANITISED_MAX(n));
        FZ_CHECK(again != NULL, "out of memory");
        m = tx_sanitise(out, n, sflags[k], again);
        FZ_CHECK(m == n && memcmp(out, again, n) == 0, "sanitising twice changes the text");
        free(again);
        free(out);
    }
    for (k = 0; k < sizeof eflags / sizeof *eflags; k++) {
        size_t n;
        out = malloc(TX_ESCAPED_MAX(size));
        FZ_CHECK(out != NULL, "out of memory");
        n = tx_escape(in, size, eflags[k], out);
        FZ_CHECK(n < TX_ESCAPED_MAX(size) && out[n] == '\0', "escaped length %zu for %zu bytes", n, size);
        check_escaped((const unsigned char *)out, n, eflags[k] == TX_KEEP_LF);
        FZ_CHECK(tx_terminal_safe(out, n, eflags[k]), "tx_terminal_safe rejects escaped output");
        FZ_CHECK(tx_terminal_safe(in, size, eflags[k]) == (n == size && memcmp(in, out, n) == 0),
                 "tx_terminal_safe disagrees with tx_escape");
        free(out);
    }
    copy = malloc(size + 1);
    FZ_CHECK(copy != NULL, "out of memory");
    memcpy(copy, in, size);
    copy[size] = '\0';
    {
        size_t n = tx_strip_invisible(copy, size), i = 0, j = 0, w;
        FZ_CHECK(n <= size, "strip grew the text");
        /* what is left is the input without its invisible characters, in order */
        while (i < size) {
            long cp = ref_decode(data + i, size - i, &w);
            if (!(cp >= 0 && ref_invisible(cp))) {
                FZ_CHECK(j + w <= n && memcmp(copy + j, data + i, w) == 0, "strip removed or changed byte %zu", i);
                j += w;
            }
            i += w;
        }
        FZ_CHECK(j == n, "strip left %zu bytes, expected %zu", n, j);
    }
    free(copy);
    return 0;
}
