/* route.h — stage 4: intermediary checks, staff actions, requests per client KvK, UWV follow-ups, the ledger.
 */
#ifndef MG_ROUTE_H
#define MG_ROUTE_H

#include "catalog.h"
#include "config.h"
#include "error.h"
#include "model.h"

/*
 * Check the intermediary (blocking findings set p->blocking), give every
 * user an action, build the requests (one per client KvK, routed
 * beheermodule / formulier / geen / eigen; papier for employers without KvK), the
 * follow-ups for UWV, and settle the ledger rows of users and employers.
 */
mg_error ro_route(const mg_config *cfg, const catalog *cat, mg_portfolio *p);

/*
 * Nothing lost: every data row of every file has exactly one outcome and
 * read = sum of outcomes. MG_ERR_INTERNAL with the file and first bad line
 * otherwise.
 */
mg_error ro_check_ledger(const mg_portfolio *p, mg_errinfo *ei);

/* Most signers of one client kept (names of vertegenwoordiger across its LHNs). */
#define RO_SIGNERS_MAX 16

/* Split a vertegenwoordiger (or e-mail) value into its signers at ';' '/' '&' and " en ": s[i] and len[i]
 * point into value (blanks trimmed, empty parts left out), *n of them, max at most. */
void ro_split_signers(const char *value, const char **s, size_t *len, size_t max, size_t *n);

/* Sort kept grants by user, client KvK request, service and employer (the order of interne-machtigingen.csv).
 * Resolve hands them over in user order: then each user's run is sorted on its own, which is quicker than one
 * sort of them all; in any other order they are sorted at once. The result is the same either way. */
void ro_sort_kept(mg_kept *v, size_t n);

/* 1 if a value would be run as a formula by a spreadsheet (starts with = + - @ TAB CR). */
int ro_formula_risk(const char *s);

#endif
