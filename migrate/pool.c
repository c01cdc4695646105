/* pool.c — block allocator: many small allocations, one free. */
#include "pool.h"

#include <stdlib.h>
#include <string.h>

#include "platform.h"

/* One block of pool memory; data follows the header. */
struct pool_block {
    pool_block *next;
    size_t size;
    max_align_t data[];
};

#define POOL_ALIGN (sizeof(max_align_t))

/* A new, empty pool. */
mg_pool *pool_new(void)
{
    return calloc(1, sizeof(mg_pool));
}

/* Free a pool and all its blocks; NULL is a no-op. */
void pool_free(mg_pool *p)
{
    pool_block *b, *next;

    if (!p)
        return;
    for (b = p->head; b; b = next) {
        next = b->next;
        free(b);
    }
    free(p->spare);
    free(p);
}

/* The size of the next regular block: a quarter of the pool so far, in powers of two from POOL_BLOCK_SIZE to
 * POOL_BLOCK_MAX, so that a large pool has few blocks and those get huge pages (pf_alloc_big). */
static size_t pool_next_size(const mg_pool *p)
{
    size_t size = POOL_BLOCK_SIZE;

    while (size < POOL_BLOCK_MAX && size < p->total / 4)
        size *= 2;
    return size;
}

/* A new block of size bytes (the spare one when it is large enough), or NULL when out of memory. */
static pool_block *pool_block_new(mg_pool *p, size_t size)
{
    pool_block *b;

    if (p->spare && p->spare->size >= size) {
        b = p->spare;
        p->spare = NULL;
        size = b->size;
    } else {
        b = size <= (size_t)-1 - sizeof(pool_block) ? pf_alloc_big(sizeof(pool_block) + size) : NULL;
    }
    if (!b)
        return NULL;
    b->size = size;
    b->next = NULL;
    p->total += size;
    return b;
}

/* size zeroed bytes aligned for any type. */
void *pool_alloc(mg_pool *p, size_t size)
{
    size_t need = (size + POOL_ALIGN - 1) / POOL_ALIGN * POOL_ALIGN;
    pool_block *b;
    char *mem;

    if (need < size)
        return NULL;
    if (need == 0)
        need = POOL_ALIGN;
    if (need > POOL_BLOCK_SIZE) {
        /* An oversized request gets a full block of its own behind the head. */
        b = pool_block_new(p, need);
        if (!b)
            return NULL;
        if (p->head) {
            b->next = p->head->next;
            p->head->next = b;
        } else {
            p->head = b;
            p->used = need;
        }
        memset(b->data, 0, need);
        return b->data;
    }
    if (!p->head || p->head->size - p->used < need) {
        b = pool_block_new(p, pool_next_size(p));
        if (!b)
            return NULL;
        b->next = p->head;
        p->head = b;
        p->used = 0;
    }
    mem = (char *)p->head->data + p->used;
    p->used += need;
    memset(mem, 0, need);
    return mem;
}

/* A NUL-terminated copy of len bytes. */
char *pool_strndup(mg_pool *p, const char *s, size_t len)
{
    char *d = pool_alloc(p, len + 1);

    if (!d)
        return NULL;
    if (len)
        memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

/* A copy of a NUL-terminated string. */
char *pool_strdup(mg_pool *p, const char *s)
{
    return pool_strndup(p, s, strlen(s));
}

/* 1 if s[i..] starts with a blank; *w gets its width in bytes. */
static int pool_blank_at(const char *s, size_t len, size_t i, size_t *w)
{
    unsigned char c = (unsigned char)s[i];

    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        *w = 1;
        return 1;
    }
    if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
        *w = 2;
        return 1;
    }
    return 0;
}

/* A copy of len bytes with blanks trimmed at both ends. */
char *pool_strtrim(mg_pool *p, const char *s, size_t len)
{
    size_t a = 0, w;

    while (a < len && pool_blank_at(s, len, a, &w))
        a += w;
    while (len > a) {
        unsigned char c = (unsigned char)s[len - 1];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            len--;
        else if (c == 0xA0 && len - 1 > a && (unsigned char)s[len - 2] == 0xC2)
            len -= 2;
        else
            break;
    }
    return pool_strndup(p, s + a, len - a);
}

/* The pool as it is now. */
pool_mark pool_mark_get(const mg_pool *p)
{
    pool_mark m;

    m.head = p->head;
    m.next = p->head ? p->head->next : NULL;
    m.used = p->used;
    m.total = p->total;
    return m;
}

/* Keep block b as the spare (the next new block reuses it) or free it: one rejected row after another that
 * each start a block would otherwise allocate and free a block per row. A block larger than POOL_BLOCK_MAX
 * (one huge field's) is freed, never kept for the rest of the run. */
static void pool_keep_spare(mg_pool *p, pool_block *b)
{
    if (b->size <= POOL_BLOCK_MAX && (!p->spare || p->spare->size < b->size)) {
        free(p->spare);
        p->spare = b;
    } else {
        free(b);
    }
}

/* Free the blocks made since m: new heads, and oversized blocks put behind the old head. */
void pool_release(mg_pool *p, pool_mark m)
{
    pool_block *b, *next;

    for (b = p->head; b && b != m.head; b = next) {
        next = b->next;
        pool_keep_spare(p, b);
    }
    if (m.head) {
        for (b = m.head->next; b && b != m.next; b = next) {
            next = b->next;
            free(b);
        }
        m.head->next = m.next;
    }
    p->head = m.head;
    p->used = m.used;
    p->total = m.total;
}

/* Make room for one more element in a growing array. */
int mg_grow(void **v, size_t n, size_t *cap, size_t elem, size_t first)
{
    size_t ncap;
    void *nv;

    if (n < *cap)
        return 1;
    ncap = *cap ? *cap * 2 : first;
    if (ncap < *cap || ncap > (size_t)-1 / elem)
        return 0;
    if (ncap * elem >= PF_BIG_BYTES) { /* a new array on huge pages, the elements copied over */
        nv = pf_alloc_big(ncap * elem);
        if (!nv)
            return 0;
        if (*cap)
            memcpy(nv, *v, *cap * elem);
        free(*v);
    } else {
        nv = realloc(*v, ncap * elem);
        if (!nv)
            return 0;
    }
    *v = nv;
    *cap = ncap;
    return 1;
}
