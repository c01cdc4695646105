/* pool.h — a block allocator for strings and records that live as long as a run. */
#ifndef MG_POOL_H
#define MG_POOL_H

#include <stddef.h>

/* Size of the first pool blocks; larger requests get a block of their own. */
#define POOL_BLOCK_SIZE (256 * 1024)

/* Hard limit: the largest regular block; blocks double from POOL_BLOCK_SIZE as the pool grows (a quarter of
 * the pool so far), so that a large pool has few blocks on huge pages. */
#define POOL_BLOCK_MAX ((size_t)4 << 20)

typedef struct pool_block pool_block;

/* A pool: memory is handed out in blocks and freed all at once; addresses are stable. */
typedef struct mg_pool {
    pool_block *head;
    size_t used;       /* bytes used in head */
    size_t total;      /* bytes allocated in all blocks */
    pool_block *spare; /* a released block kept for the next one (pool_release) */
} mg_pool;

/* A new, empty pool, or NULL when out of memory. */
mg_pool *pool_new(void);

/* Free a pool and everything allocated from it; NULL is a no-op. */
void pool_free(mg_pool *p);

/* size zeroed bytes aligned for any type, or NULL when out of memory. */
void *pool_alloc(mg_pool *p, size_t size);

/* A NUL-terminated copy of len bytes, or NULL when out of memory. */
char *pool_strndup(mg_pool *p, const char *s, size_t len);

/* A copy of a NUL-terminated string, or NULL when out of memory. */
char *pool_strdup(mg_pool *p, const char *s);

/* A copy of len bytes with blanks (space, tab, CR, LF, NBSP) trimmed at both ends. */
char *pool_strtrim(mg_pool *p, const char *s, size_t len);

/* A point in a pool's life to go back to (pool_release). */
typedef struct pool_mark {
    pool_block *head, *next; /* the head block then, and the block after it */
    size_t used, total;
} pool_mark;

/* The pool as it is now. */
pool_mark pool_mark_get(const mg_pool *p);

/* Free everything allocated since mark m (taken on this pool, nothing released since). The largest block
 * made since (up to POOL_BLOCK_MAX) is kept as the spare for the next block, so that rows that each start a
 * block and are released again cost no allocation. */
void pool_release(mg_pool *p, pool_mark m);

/* Make room for one more element in a growing array (*v of *cap elements of size elem, n in use):
 * doubles the capacity (starting at `first`) when full; 0 when out of memory (*v untouched). From
 * PF_BIG_BYTES up the array moves to a new one from pf_alloc_big (huge pages); free() releases it. */
int mg_grow(void **v, size_t n, size_t *cap, size_t elem, size_t first);

#endif
