/* index.h — flat open-addressing look-up tables: 64-bit integer keys and string keys to a row index. */
#ifndef MG_INDEX_H
#define MG_INDEX_H

#include <stddef.h>
#include <stdint.h>

/* Slots of a new table (a power of two); the table doubles before it is half full. */
#define IX_FIRST_SLOTS 64

/* Largest number of entries a table holds (slots stay a power of two that fits a size_t). */
#define IX_MAX_ENTRIES ((size_t)1 << 40)

/* Value ix_*_get returns for a key that is not in the table. */
#define IX_NONE SIZE_MAX

/*
 * A table of 64-bit integer keys (any value) to a size_t. Linear probing in one array of slots, so a look-up
 * reads one or two cache lines and follows no pointer; deletion shifts the entries after it back.
 */
typedef struct ix_ints ix_ints;

/* A new, empty integer table, or NULL when out of memory. */
ix_ints *ix_ints_new(void);

/* Free an integer table; NULL is a no-op. */
void ix_ints_free(ix_ints *t);

/* The value stored for key, or IX_NONE. */
size_t ix_ints_get(const ix_ints *t, uint64_t key);

/* Store key → value (replacing an earlier value of key); 0 when out of memory (the table is unchanged). */
int ix_ints_put(ix_ints *t, uint64_t key, size_t value);

/* Remove key; 1 if it was there. */
int ix_ints_del(ix_ints *t, uint64_t key);

/* Entries in an integer table. */
size_t ix_ints_count(const ix_ints *t);

/*
 * A table of byte-string keys to a size_t below UINT32_MAX (a row index). Keys of up to 16 bytes (user names)
 * are copied into their slot, so that a look-up reads one cache line; a longer key is kept by pointer and
 * must stay valid and unchanged while it is in the table (pooled strings). Each slot keeps the key's 64-bit
 * hash, so a look-up compares key bytes only for a slot whose hash matches.
 */
typedef struct ix_strs ix_strs;

/* A new, empty string table, or NULL when out of memory. */
ix_strs *ix_strs_new(void);

/* Free a string table (not the keys it points to); NULL is a no-op. */
void ix_strs_free(ix_strs *t);

/* The value stored for the len bytes at key, or IX_NONE. */
size_t ix_strs_get(const ix_strs *t, const char *key, size_t len);

/* Store key (len bytes) → value (below UINT32_MAX), replacing an earlier value; 0 when out of memory or when
 * the value does not fit. */
int ix_strs_put(ix_strs *t, const char *key, size_t len, size_t value);

/* Entries in a string table. */
size_t ix_strs_count(const ix_strs *t);

/* The 64-bit hash of len bytes (the one the string table uses; the same on every platform). */
uint64_t ix_hash(const char *s, size_t len);

#endif
