/* prior.h — an earlier output (a status run's --vorige): verified against its SHA256SUMS, its stand.csv read.
 */
#ifndef MG_PRIOR_H
#define MG_PRIOR_H

#include <stddef.h>

#include "catalog.h"
#include "error.h"
#include "pool.h"
#include "status.h"

/* The file of an output folder that says what was requested (written by run and status). */
#define PR_STAND "stand.csv"

/* What an earlier output's stand.csv holds, one entry per (client KvK, service). */
typedef struct pr_list {
    st_prior *v;
    size_t n, cap;
} pr_list;

/*
 * Verify the earlier output folder dir against its SHA256SUMS, then read its
 * stand.csv: the header as migrate writes it, each row's KvK, service code
 * (a catalogue service or alle-diensten), route, status and dates checked,
 * no pair twice. Names are copied into pool. Errors: MG_ERR_INPUT (the
 * folder or file cannot be read), MG_ERR_DATA (an edited or incomplete
 * output, no stand.csv, a row that is not as migrate writes it; file:line in
 * ei), MG_ERR_NOMEM.
 */
mg_error pr_load(const char *dir, const catalog *cat, mg_pool *pool, pr_list *out, mg_errinfo *ei);

/* Free the list's array; the struct is left empty. */
void pr_list_clear(pr_list *l);

#endif
