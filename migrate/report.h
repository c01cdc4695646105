/* report.h — the plain-text summary of a run (rapport.txt, also printed on stdout). */
#ifndef MG_REPORT_H
#define MG_REPORT_H

#include "config.h"
#include "model.h"
#include "prose.h"
#include "status.h"

/* How the run went, for the report's headline. */
typedef struct rp_run {
    int dry_run;
    int strict;
    const char *format; /* output format used */
    const char *version;
} rp_run;

/* A ledger outcome in words, in a language (the CSV files keep the code). */
const char *rp_outcome_label(mg_outcome oc, mg_lang lang);

/* A route in words, in a language. */
const char *rp_route_label(mg_route r, mg_lang lang);

/* A follow-up kind in words, in a language. */
const char *rp_followkind_label(mg_followkind k, mg_lang lang);

/* A staff action in words, in a language. */
const char *rp_action_label(mg_action a, mg_lang lang);

/* The report text (malloc'd, UTF-8, LF line ends), or NULL when out of memory. */
char *rp_build(const mg_config *cfg, const mg_portfolio *p, const rp_run *run);

/* part of whole as a percentage with one decimal in a language ("38,7 %", "38.7 %"; "-" when whole is 0),
 * into buf of at least RP_SHARE_MAX bytes. */
#define RP_SHARE_MAX 32
const char *rp_share(size_t part, size_t whole, mg_lang lang, char *buf);

/* How a status run went, for its report. */
typedef struct rp_status {
    const char *version;
    const char *vorige; /* the earlier output folder, as given */
    const st_result *st;
    size_t ndelta; /* requests written in aanvulling/ */
    int32_t today;
    int warn_days;
} rp_status;

/* The report of a status run (malloc'd, UTF-8, LF line ends), or NULL when out of memory. */
char *rp_build_status(const mg_config *cfg, const mg_portfolio *p, const rp_status *run);

/* The sentence that tells a clerk what to do about a follow-up in a language (opvolging-acties.txt of ps),
 * into buf ("" when ps is NULL). */
const char *rp_followup_action(const ps_prose *ps, const mg_followup *f, mg_lang lang, char *buf,
                               size_t size);

#endif
