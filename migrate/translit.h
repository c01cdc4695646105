/* translit.h — Latin text to ASCII by table, as glibc's iconv ASCII//TRANSLIT does it in a C.UTF-8 locale:
 * the letters' file names on Windows, whose C library has no iconv (Linux asks glibc itself: pf_ascii). */
#ifndef MG_TRANSLIT_H
#define MG_TRANSLIT_H

#include <stddef.h>
#include <stdint.h>

/* The blocks the table covers: Latin-1 Supplement, Latin Extended-A and -B, IPA extensions, spacing modifier
 * letters, combining diacritical marks, Latin Extended Additional, general punctuation (quotes, dashes,
 * spaces, zero-width and bidi controls), superscripts and subscripts, currency symbols, letterlike symbols,
 * alphabetic presentation forms (ligatures), variation selectors, the byte order mark and full-width forms.
 * Inside them every code point is as glibc's; outside them (Greek, Cyrillic, CJK, …) every character becomes
 * "?", where glibc makes some of them ASCII too (phonetic extensions, number forms, arrows, enclosed and
 * CJK-compatibility letters, …): in a file name a word break instead of letters. */
#define TL_RANGES                                                                                            \
    {                                                                                                        \
        {0x0080, 0x036F}, {0x1E00, 0x1EFF}, {0x2000, 0x214F}, {0xFB00, 0xFB4F}, {0xFE00, 0xFE0F},            \
            {0xFEFF, 0xFEFF},                                                                                \
        {                                                                                                    \
            0xFF00, 0xFFEF                                                                                   \
        }                                                                                                    \
    }

/* The ASCII of code point cp (0x80 or above): as glibc's for TL_RANGES, "?" for anything else. */
const char *tl_lookup(uint32_t cp);

/* s (UTF-8) transliterated to ASCII in out (size bytes, NUL-terminated), character by character as iconv
 * would: ASCII as it is, another character by tl_lookup, a byte that is not UTF-8 as '-'; stops before a
 * character whose ASCII does not fit. Returns the length. */
size_t tl_ascii(const char *s, char *out, size_t size);

#endif
