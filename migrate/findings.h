/* findings.h — the table of finding codes, and the list of findings a run collects. */
#ifndef MG_FINDINGS_H
#define MG_FINDINGS_H

#include <stddef.h>

#include "error.h"
#include "pool.h"

/* Severity of a finding. */
typedef enum fd_severity {
    FD_FOUT = 0,     /* error: the record is rejected */
    FD_WAARSCHUWING, /* warning: used, needs a look */
    FD_INFO
} fd_severity;

/* Every finding code; the table in findings.c gives each its text. */
typedef enum fd_code {
    FD_NONE = 0,
    /* identifiers and fields */
    FD_LHN_FORMAT,
    FD_LHN_CHECKSUM,
    FD_LHN_SUBNUMBER,
    FD_KVK_FORMAT,
    FD_KVK_LEADING_ZERO,
    FD_VESTIGING_NOT_FOR_UWV,
    FD_DATE_FORMAT,
    FD_ENCODING_CP1252,
    FD_UNKNOWN_COLUMN,
    FD_FIELD_EMPTY,
    FD_FIELD_COUNT,
    FD_VALUE_INVALID,
    /* users */
    FD_USER_DUPLICATE,
    FD_USER_UNKNOWN,
    FD_USER_BLOCKED,
    FD_USER_LEVEL_LOW,
    FD_USER_NO_MEANS,
    FD_USER_SHARED_ACCOUNT,
    FD_NO_BEHEERDER,
    /* intermediary */
    FD_INTERMEDIARY_LEVEL,
    FD_SUPPLIER_UNKNOWN,
    FD_SUPPLIER_NO_CHAIN,
    /* services and grants */
    FD_SERVICE_UNKNOWN,
    FD_SERVICE_ERD_ONLY,
    FD_GRANT_ENDED,
    FD_DUPLICATE_GRANT,
    FD_GRANT_MOVED,
    FD_GRANT_DROPPED,
    /* employers */
    FD_EMPLOYER_UNKNOWN,
    FD_EMPLOYER_REJECTED,
    FD_EMPLOYER_DUPLICATE,
    FD_NO_KVK,
    FD_FOREIGN_EMPLOYER,
    FD_INACTIVE,
    FD_TRANSFER_REPORTS,
    FD_REPORTS_UNREACHABLE,
    FD_SUCCESSOR_CYCLE,
    FD_SUCCESSOR_UNKNOWN,
    FD_MULTI_LEGAL_FORM,
    FD_REPRESENTATIVE_MISSING,
    FD_FORMULA_RISK,
    /* hostile text */
    FD_CONTROL_CHARACTER,
    FD_INVISIBLE_CHARACTER,
    /* input files and settings */
    FD_MIXED_ENCODING,
    FD_START_IN_PAST,
    FD_COUNT
} fd_code;

/* The fixed description of one code. */
typedef struct fd_def {
    const char *code; /* stable kebab-case code */
    fd_severity severity;
    int blocking;       /* stops a real run before anything is written */
    const char *msg_nl; /* message; %1 and %2 stand for the finding's two arguments */
    const char *msg_en;
    const char *explain_nl; /* what it means and what to do */
    const char *explain_en;
} fd_def;

/* The definition of a code (FD_NONE gives an empty entry). */
const fd_def *fd_def_get(fd_code code);

/* Code by its kebab-case name, or FD_NONE. */
fd_code fd_lookup(const char *name);

/* "fout" / "waarschuwing" / "info", or "error" / "warning" / "info". */
const char *fd_severity_name(fd_severity sev, int english);

/* Where a finding points: an input file, portfolio.ini, or nowhere. */
enum { FD_FILE_NONE = -1, FD_FILE_INI = 3 };

/* One finding of a run. */
typedef struct finding {
    fd_code code;
    fd_severity severity; /* the table's, or lower for a milder case (identical duplicate) */
    int file;             /* sc_file, FD_FILE_INI or FD_FILE_NONE */
    long line;            /* physical line, 0 if none */
    const char *column;   /* column name (static or pooled), NULL if none */
    const char *a1, *a2;  /* message arguments (pooled), may be NULL */
    const char *raw;      /* the rejected record as read, for afwijzingen.csv; NULL if not a rejection */
    size_t seq;           /* order of making, to keep sorts stable */
} finding;

/* The findings of a run, in the order they were made. */
typedef struct fd_list {
    finding *v;
    size_t n, cap;
    size_t count[FD_COUNT]; /* findings per code */
    size_t nsev[3];         /* findings per severity */
} fd_list;

/* Append a finding (arguments copied into pool); MG_ERR_NOMEM on failure. */
mg_error fd_add(fd_list *l, mg_pool *pool, fd_code code, int file, long line, const char *column,
                const char *a1, const char *a2, const char *raw);

/* Append a finding with a severity other than the table's. */
mg_error fd_add_sev(fd_list *l, mg_pool *pool, fd_code code, fd_severity sev, int file, long line,
                    const char *column, const char *a1, const char *a2, const char *raw);

/* Free the list's array (strings live in the pool); NULL is a no-op. */
void fd_list_clear(fd_list *l);

/* Format a finding's message in the run's language into buf; returns buf. */
char *fd_format(const finding *f, int english, char *buf, size_t size);

/* Number of findings of a severity. */
size_t fd_count_severity(const fd_list *l, fd_severity sev);

/* Sort findings by file, line, code (stable for equal keys). */
void fd_sort(fd_list *l);

#endif
