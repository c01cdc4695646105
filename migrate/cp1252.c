/* cp1252.c — Windows-1252 to and from Unicode by table. */
#include "cp1252.h"

#include "text.h"

/* The tag characters (U+E0000–U+E007F, invisible language tags), which glibc's converter drops. */
#define CP_TAGS_FIRST 0xE0000u
#define CP_TAGS_LAST 0xE007Fu

/* Bytes 0x80–0x9F, where Windows-1252 differs from Latin-1 (0 = undefined); the others are their own code
 * point. */
static const uint16_t cp_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, /* 0x80 */
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      /* 0x88 */
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, /* 0x90 */
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, /* 0x98 */
};

/* The code point of a byte. */
uint32_t cp_decode(unsigned char b)
{
    if (b < 0x80 || b >= 0xA0)
        return b;
    return cp_high[b - 0x80] ? cp_high[b - 0x80] : CP_NONE;
}

/* A byte as UTF-8. */
size_t cp_to_utf8(unsigned char b, char out[CP_UTF8_MAX])
{
    uint32_t c = cp_decode(b);

    if (c == CP_NONE)
        return 0;
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
}

/* The byte of a code point. */
int cp_encode(uint32_t cp)
{
    int b;

    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
        return (int)cp;
    for (b = 0; b < 32; b++)
        if (cp_high[b] && cp_high[b] == cp)
            return 0x80 + b;
    return -1;
}

/* UTF-8 to Windows-1252. */
size_t cp_from_utf8(const char *s, size_t len, char *out, size_t *bad)
{
    size_t i = 0, o = 0;

    while (i < len) {
        uint32_t cp;
        size_t n;
        int b;

        if ((unsigned char)s[i] < 0x80) {
            out[o++] = s[i++];
            continue;
        }
        n = tx_decode(s + i, len - i, &cp);
        if (cp >= CP_TAGS_FIRST && cp <= CP_TAGS_LAST) {
            i += n; /* as glibc: a tag character is dropped */
            continue;
        }
        b = cp == TX_BAD ? -1 : cp_encode(cp);
        if (b < 0) {
            *bad = i;
            return CP_FAILED;
        }
        out[o++] = (char)b;
        i += n;
    }
    return o;
}
