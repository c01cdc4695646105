/* resolve.h — stage 3: link grants, users and employers; follow successors; settle each grant. */
#ifndef MG_RESOLVE_H
#define MG_RESOLVE_H

#include <stdint.h>

#include "catalog.h"
#include "config.h"
#include "error.h"
#include "model.h"

/*
 * Sort users (by gebruikersnaam) and employers (by LHN), follow successor
 * chains (successor-cycle, successor-unknown), find multi-legal-form groups,
 * and settle every grant: skipped (blocked user, ended before today, no
 * KvK, ERD-only service, dropped), moved to its final successor, duplicate,
 * or kept (p->kept). today is the run date in days since 1970-01-01.
 */
mg_error rs_resolve(const mg_config *cfg, const catalog *cat, int32_t today, mg_portfolio *p);

/* Index of the employer with this LHN in the sorted employers, or -1. */
long rs_find_employer(const mg_portfolio *p, const char *lhn);

#endif
