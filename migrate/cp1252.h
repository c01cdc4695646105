/* cp1252.h — Windows-1252 to and from Unicode by table, the same on every system: the input files of old
 * Excel exports and the Windows-1252 import files. The table is glibc iconv's WINDOWS-1252
 * (tests/unit/test_cp1252.c compares the two): the five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F
 * 0x90 0x9D) map to nothing, and U+0081 and the like have no byte. */
#ifndef MG_CP1252_H
#define MG_CP1252_H

#include <stddef.h>
#include <stdint.h>

/* What cp_decode gives for an undefined byte. */
#define CP_NONE 0xFFFFFFFFu

/* Bytes of UTF-8 a Windows-1252 byte becomes at most. */
#define CP_UTF8_MAX 3

/* What cp_from_utf8 returns when it cannot convert. */
#define CP_FAILED ((size_t)-1)

/* The Unicode code point of Windows-1252 byte b, or CP_NONE when b is undefined. */
uint32_t cp_decode(unsigned char b);

/* Byte b as UTF-8 in out (CP_UTF8_MAX bytes, not NUL-terminated): its length, 0 when b is undefined. */
size_t cp_to_utf8(unsigned char b, char out[CP_UTF8_MAX]);

/* The Windows-1252 byte of code point cp, or -1 when Windows-1252 has none. */
int cp_encode(uint32_t cp);

/* Convert len bytes of UTF-8 at s to Windows-1252 in out (len bytes suffice; a tag character gives nothing):
 * the output length, or CP_FAILED
 * with *bad the offset in s of the first character that is not valid UTF-8 or that Windows-1252 cannot hold
 * (where iconv stops). */
size_t cp_from_utf8(const char *s, size_t len, char *out, size_t *bad);

#endif
