/* testutil.h — includes every cmocka test needs, in the order cmocka requires. */
#ifndef MG_TESTUTIL_H
#define MG_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Read a whole (small) file into buf, NUL-terminated; returns its length. */
static inline size_t slurp_text(const char *path, char *buf, size_t size)
{
    FILE *fp = fopen(path, "rb");
    size_t n;

    assert_non_null(fp);
    n = fread(buf, 1, size - 1, fp);
    buf[n] = '\0';
    fclose(fp);
    return n;
}

/* Bytes a writer under test handed to its write callback, and how the callback behaves. */
typedef struct sink {
    char *s; /* NUL-terminated */
    size_t n, cap;
    int calls;   /* calls of the callback so far */
    int fail_at; /* the call (1-based) that fails; 0 = none */
} test_sink;

/* The body of a write callback: append len bytes to the sink, or fail (-1) on its fail_at-th call. */
static inline int test_sink_put(test_sink *k, const void *buf, size_t len)
{
    k->calls++;
    if (k->fail_at && k->calls == k->fail_at)
        return -1;
    if (k->n + len + 1 > k->cap) {
        size_t cap = (k->n + len + 1) * 2;
        char *s = (char *)realloc(k->s, cap);
        assert_non_null(s);
        k->s = s;
        k->cap = cap;
    }
    memcpy(k->s + k->n, buf, len);
    k->n += len;
    k->s[k->n] = '\0';
    return 0;
}

#endif
