/* index.c — flat open-addressing look-up tables: 64-bit integer keys and string keys to a row index. */
#include "index.h"

#include <stdlib.h>
#include <string.h>

#include "platform.h"

/* Multiplier of Fibonacci hashing (2^64 / golden ratio, odd). */
#define IX_GOLDEN UINT64_C(0x9E3779B97F4A7C15)

/* One slot of an integer table; an empty slot has the value IX_NONE. */
typedef struct ix_int_slot {
    uint64_t key;
    size_t value;
} ix_int_slot;

struct ix_ints {
    ix_int_slot *slot;
    size_t mask;    /* slots - 1 */
    unsigned shift; /* 64 - log2(slots): the top bits of the product pick the home slot */
    size_t count;
};

/* Keys of up to this many bytes are copied into their slot: a look-up then reads one cache line, not the key.
 */
#define IX_INLINE 16

/* Value of an empty string slot. */
#define IX_EMPTY32 UINT32_MAX

/* One slot of a string table (32 bytes); an empty slot has the value IX_EMPTY32. */
typedef struct ix_str_slot {
    uint64_t hash;
    uint32_t len;
    uint32_t value;
    union {
        char in[IX_INLINE]; /* len <= IX_INLINE */
        const char *ptr;    /* longer keys, kept by pointer */
    } key;
} ix_str_slot;

struct ix_strs {
    ix_str_slot *slot;
    size_t mask;
    unsigned shift;
    size_t count;
};

/* The home slot of a key or hash: the top bits (64 - shift of them) of its product with IX_GOLDEN. */
static size_t ix_home(uint64_t h, unsigned shift)
{
    return (size_t)((h * IX_GOLDEN) >> shift);
}

/* 1 if a table of `slots` slots must grow before it takes one more entry (it stays under half full). */
static int ix_full(size_t count, size_t slots)
{
    return (count + 1) * 2 > slots;
}

/* log2 of a power of two. */
static unsigned ix_log2(size_t n)
{
    unsigned b = 0;

    while (n > 1) {
        n >>= 1;
        b++;
    }
    return b;
}

/* Set a table's mask and shift for `slots` slots (a power of two). */
static void ix_size(size_t *mask, unsigned *shift, size_t slots)
{
    *mask = slots - 1;
    *shift = 64 - ix_log2(slots);
}

/* Empty integer slots: every value IX_NONE. */
static ix_int_slot *ix_ints_alloc(size_t n)
{
    ix_int_slot *s = n <= (size_t)-1 / sizeof *s ? pf_alloc_big(n * sizeof *s) : NULL;
    size_t i;

    if (!s)
        return NULL;
    for (i = 0; i < n; i++) {
        s[i].key = 0;
        s[i].value = IX_NONE;
    }
    return s;
}

/* A new, empty integer table, or NULL when out of memory. */
ix_ints *ix_ints_new(void)
{
    ix_ints *t = calloc(1, sizeof *t);

    if (t && !(t->slot = ix_ints_alloc(IX_FIRST_SLOTS))) {
        free(t);
        return NULL;
    }
    if (t)
        ix_size(&t->mask, &t->shift, IX_FIRST_SLOTS);
    return t;
}

/* Free an integer table; NULL is a no-op. */
void ix_ints_free(ix_ints *t)
{
    if (!t)
        return;
    free(t->slot);
    free(t);
}

/* The slot that holds key, or the empty slot where it would go. */
static size_t ix_ints_probe(const ix_ints *t, uint64_t key)
{
    size_t i = ix_home(key, t->shift);

    while (t->slot[i].value != IX_NONE && t->slot[i].key != key)
        i = (i + 1) & t->mask;
    return i;
}

/* The value stored for key, or IX_NONE. */
size_t ix_ints_get(const ix_ints *t, uint64_t key)
{
    return t->slot[ix_ints_probe(t, key)].value;
}

/* Double the slots of an integer table; 0 when out of memory (the table is unchanged). */
static int ix_ints_grow(ix_ints *t)
{
    size_t n = (t->mask + 1) * 2, i;
    ix_ints old = *t;

    if (n / 2 > IX_MAX_ENTRIES || !(t->slot = ix_ints_alloc(n))) {
        t->slot = old.slot;
        return 0;
    }
    ix_size(&t->mask, &t->shift, n);
    for (i = 0; i <= old.mask; i++)
        if (old.slot[i].value != IX_NONE)
            t->slot[ix_ints_probe(t, old.slot[i].key)] = old.slot[i];
    free(old.slot);
    return 1;
}

/* Store key → value (replacing an earlier value of key); 0 when out of memory (the table is unchanged). */
int ix_ints_put(ix_ints *t, uint64_t key, size_t value)
{
    size_t i;

    if (value == IX_NONE)
        return 0;
    i = ix_ints_probe(t, key);
    if (t->slot[i].value == IX_NONE) {
        if (ix_full(t->count, t->mask + 1)) {
            if (!ix_ints_grow(t))
                return 0;
            i = ix_ints_probe(t, key);
        }
        t->count++;
    }
    t->slot[i].key = key;
    t->slot[i].value = value;
    return 1;
}

/* Remove key; 1 if it was there. Entries after it move back so that no probe chain is broken (Knuth's
 * algorithm R for linear probing). */
int ix_ints_del(ix_ints *t, uint64_t key)
{
    size_t i = ix_ints_probe(t, key), j = i;

    if (t->slot[i].value == IX_NONE)
        return 0;
    t->slot[i].value = IX_NONE;
    for (;;) {
        size_t home;
        j = (j + 1) & t->mask;
        if (t->slot[j].value == IX_NONE)
            break;
        home = ix_home(t->slot[j].key, t->shift);
        /* the entry at j stays when its home lies cyclically after the hole i (in (i, j]) */
        if (((j - home) & t->mask) < ((j - i) & t->mask))
            continue;
        t->slot[i] = t->slot[j];
        t->slot[j].value = IX_NONE;
        i = j;
    }
    t->count--;
    return 1;
}

/* Entries in an integer table. */
size_t ix_ints_count(const ix_ints *t)
{
    return t->count;
}

/* The next 8 bytes as a little-endian number (the same hash on every platform). */
static uint64_t ix_load64(const unsigned char *p)
{
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
           (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

/* The final mix of MurmurHash3 (fmix64): every input bit changes each output bit with probability 1/2. */
static uint64_t ix_fmix(uint64_t h)
{
    h ^= h >> 33;
    h *= UINT64_C(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h *= UINT64_C(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    return h;
}

/* The 64-bit hash of len bytes: 8 bytes at a time multiplied in, the length and a final mix. */
uint64_t ix_hash(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    uint64_t h = UINT64_C(0x243F6A8885A308D3) ^ (uint64_t)len, w;
    size_t i = 0;

    for (; i + 8 <= len; i += 8) {
        w = ix_load64(p + i) * IX_GOLDEN;
        h = ((h ^ w) << 27 | (h ^ w) >> 37) * UINT64_C(0x94D049BB133111EB);
    }
    w = 0;
    for (; i < len; i++)
        w = w << 8 | p[i];
    h ^= w * IX_GOLDEN;
    return ix_fmix(h);
}

/* Empty string slots: every value IX_EMPTY32. */
static ix_str_slot *ix_strs_alloc(size_t n)
{
    ix_str_slot *s = n <= (size_t)-1 / sizeof *s ? pf_alloc_big(n * sizeof *s) : NULL;
    size_t i;

    if (!s)
        return NULL;
    memset(s, 0, n * sizeof *s);
    for (i = 0; i < n; i++)
        s[i].value = IX_EMPTY32;
    return s;
}

/* A new, empty string table, or NULL when out of memory. */
ix_strs *ix_strs_new(void)
{
    ix_strs *t = calloc(1, sizeof *t);

    if (t && !(t->slot = ix_strs_alloc(IX_FIRST_SLOTS))) {
        free(t);
        return NULL;
    }
    if (t)
        ix_size(&t->mask, &t->shift, IX_FIRST_SLOTS);
    return t;
}

/* Free a string table (not its keys); NULL is a no-op. */
void ix_strs_free(ix_strs *t)
{
    if (!t)
        return;
    free(t->slot);
    free(t);
}

/* 1 if slot s holds the len bytes at key (of hash h). */
static int ix_strs_match(const ix_str_slot *s, uint64_t h, const char *key, size_t len)
{
    if (s->hash != h || s->len != len)
        return 0;
    return !memcmp(len <= IX_INLINE ? s->key.in : s->key.ptr, key, len);
}

/* The slot that holds the key of hash h, or the empty slot where it would go. */
static size_t ix_strs_probe(const ix_strs *t, uint64_t h, const char *key, size_t len)
{
    size_t i = ix_home(h, t->shift);

    while (t->slot[i].value != IX_EMPTY32 && !ix_strs_match(&t->slot[i], h, key, len))
        i = (i + 1) & t->mask;
    return i;
}

/* The value stored for the len bytes at key, or IX_NONE. */
size_t ix_strs_get(const ix_strs *t, const char *key, size_t len)
{
    const ix_str_slot *s = &t->slot[ix_strs_probe(t, ix_hash(key, len), key, len)];

    return s->value != IX_EMPTY32 ? s->value : IX_NONE;
}

/* Double the slots of a string table; 0 when out of memory (the table is unchanged). */
static int ix_strs_grow(ix_strs *t)
{
    size_t n = (t->mask + 1) * 2, i;
    ix_str_slot *old = t->slot;
    size_t oldn = t->mask + 1;

    if (n / 2 > IX_MAX_ENTRIES || !(t->slot = ix_strs_alloc(n))) {
        t->slot = old;
        return 0;
    }
    ix_size(&t->mask, &t->shift, n);
    for (i = 0; i < oldn; i++) {
        size_t j;
        if (old[i].value == IX_EMPTY32)
            continue;
        for (j = ix_home(old[i].hash, t->shift); t->slot[j].value != IX_EMPTY32; j = (j + 1) & t->mask)
            ;
        t->slot[j] = old[i];
    }
    free(old);
    return 1;
}

/* Store key (len bytes) → value, replacing an earlier value; 0 when out of memory or when value or len does
 * not fit the table (value >= UINT32_MAX, len > UINT32_MAX). */
int ix_strs_put(ix_strs *t, const char *key, size_t len, size_t value)
{
    uint64_t h;
    size_t i;

    if (!key || value >= IX_EMPTY32 || len > UINT32_MAX)
        return 0;
    h = ix_hash(key, len);
    i = ix_strs_probe(t, h, key, len);
    if (t->slot[i].value == IX_EMPTY32) {
        if (ix_full(t->count, t->mask + 1)) {
            if (!ix_strs_grow(t))
                return 0;
            i = ix_strs_probe(t, h, key, len);
        }
        t->count++;
        t->slot[i].hash = h;
        t->slot[i].len = (uint32_t)len;
        if (len <= IX_INLINE)
            memcpy(t->slot[i].key.in, key, len);
        else
            t->slot[i].key.ptr = key;
    }
    t->slot[i].value = (uint32_t)value;
    return 1;
}

/* Entries in a string table. */
size_t ix_strs_count(const ix_strs *t)
{
    return t->count;
}
