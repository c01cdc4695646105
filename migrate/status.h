/* status.h — where the migration stands per (client KvK, service): what is needed now, what an earlier output
 * requested, and what the supplier registered. */
#ifndef MG_STATUS_H
#define MG_STATUS_H

#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "config.h"
#include "error.h"
#include "findings.h"
#include "model.h"
#include "pool.h"

/* The service index of a request for every UWV service at once (reikwijdte = dienstverlener). */
#define ST_ALL_SERVICES 0xFFFFu

/* A date that is not known (days since 1970-01-01). */
#define ST_NO_DATE INT32_MIN

/* The status of one (client KvK, service), in the order the summary counts them. */
typedef enum st_status {
    ST_GEREGISTREERD = 0, /* registered and active beyond the warning window */
    ST_VERLOOPT,          /* active, einddatum within the warning window: renewal requested */
    ST_VERLOPEN,          /* registration ended, still needed: requested again */
    ST_AANGEVRAAGD,       /* requested earlier, not registered yet */
    ST_AFGEWEZEN,         /* the supplier refused it: requested again */
    ST_ONTBREEKT,         /* needed now, never requested (or withdrawn): requested */
    ST_OVERBODIG,         /* registered or requested, no longer needed: to withdraw */
    ST_COUNT
} st_status;

/* What a supplier's export says of a registration. */
typedef enum st_state {
    SR_NONE = 0,
    SR_ACTIEF,
    SR_AANGEVRAAGD,
    SR_AFGEWEZEN,
    SR_INGETROKKEN,
    SR_VERLOPEN,
    SR_COUNT
} st_state;

/* The word of a status ("geregistreerd" ...), as status.csv and stand.csv write it. */
const char *st_status_name(st_status s);

/* The status a word names (as st_status_name writes it), or -1. */
int st_status_parse(const char *s, size_t len);

/* The word of a registration state ("actief" ...); "" for SR_NONE. */
const char *st_state_name(st_state s);

/* 1 if a status asks for a request in the delta files (verloopt, verlopen, afgewezen, ontbreekt). */
int st_status_requests(st_status s);

/* What an earlier output's stand.csv says of one (client KvK, service). */
typedef struct st_prior {
    char kvk[9];
    uint16_t service; /* index in catalogue services, or ST_ALL_SERVICES */
    const char *naam;
    st_status status;           /* as it was then */
    int32_t requested;          /* aangevraagd_op, ST_NO_DATE if none */
    int32_t start, end;         /* the period requested, ST_NO_DATE if none */
    int32_t reg_start, reg_end; /* the registration it knew, ST_NO_DATE if none */
    long line;                  /* line in stand.csv */
} st_prior;

/* One row of a supplier's export of registrations. */
typedef struct st_registration {
    char kvk[9];
    uint16_t service; /* index in catalogue services, or ST_ALL_SERVICES */
    st_state state;
    int32_t start, end; /* ST_NO_DATE if empty */
    int file;           /* file index (MG_FILE_REG0 + i) */
    long line;
    size_t row; /* index in that file's ledger */
} st_registration;

/* One row of status.csv: a (client KvK, service) with its status. */
typedef struct st_row {
    char kvk[9];
    uint16_t service; /* index in catalogue services, or ST_ALL_SERVICES */
    const char *naam;
    st_status status;
    size_t request;      /* 1 + index in the portfolio's requests when needed now, else 0 */
    int32_t requested;   /* the day it was requested (aangevraagd_op), ST_NO_DATE if not known */
    int32_t start, end;  /* the period the status is about (the registration's, else the request's) */
    long waiting;        /* aangevraagd: days since the request, -1 if not known */
    int32_t renew_start; /* requested in the delta files: the new period's first day, else ST_NO_DATE */
    int32_t renew_end;   /* and its last day */
    const st_registration *reg; /* the export's row that decided it, NULL if none */
    const st_prior *prior;      /* what the earlier output said, NULL if nothing */
} st_row;

/* What the status computation starts from. */
typedef struct st_input {
    const mg_config *cfg;
    const catalog *cat;
    const mg_portfolio *p; /* requests on route beheermodule or formulier: what is needed now */
    const st_prior *prior; /* an earlier output's stand.csv */
    size_t nprior;
    const st_registration *regs; /* the supplier's exports (rows for this intermediary only) */
    size_t nregs;
    int have_regs; /* an export was given: what it does not list is not registered */
    int32_t today; /* the run date */
    int warn_days; /* --waarschuw-dagen */
} st_input;

/* The statuses: rows sorted by KvK and service code (all services first), with their counts. */
typedef struct st_result {
    st_row *rows;
    size_t nrows;
    size_t count[ST_COUNT];
    size_t clients;            /* client KvKs with something needed now */
    size_t clients_registered; /* of those, every needed service geregistreerd or verloopt */
    uint8_t *superseded;       /* per registration: 1 if another row of the export decided its pair */
    st_registration *carried;  /* registrations an earlier output knew, used when no export is given */
    size_t ncarried;
} st_result;

/*
 * Compute the status of every (client KvK, service) that is needed now, was
 * requested or known before, or is registered. The export wins over the
 * earlier output; where they disagree on a registration the earlier output
 * knew (gone, not active, or ending earlier; a later end is a renewal), a
 * registration-changed finding is added to `findings`. Registrations
 * that another row of the export overrules are marked in superseded (and get
 * a registration-superseded finding). MG_OK or MG_ERR_NOMEM.
 */
mg_error st_compute(const st_input *in, st_result *out, fd_list *findings, mg_pool *pool);

/* Free what st_compute allocated; the struct is left empty. */
void st_result_clear(st_result *r);

/*
 * The delta requests: for every client whose rows ask for a request, one
 * request per distinct period, a copy of its portfolio request with only the
 * services asked for. *out is malloc'ed (NULL when there is none). MG_OK or
 * MG_ERR_NOMEM.
 */
mg_error st_delta(const st_input *in, const st_result *r, mg_request **out, size_t *n);

/* Per portfolio request: a bit per catalogue service whose ketenmachtiging is registered now (geregistreerd
 * or verloopt; every bit when all services are). calloc'ed array of p->nrequests (+1) masks, or NULL. */
uint64_t *st_registered_masks(const st_input *in, const st_result *r);

#endif
