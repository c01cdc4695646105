/* findings.h — the table of finding codes, and the list of findings a run collects. */
#ifndef MG_FINDINGS_H
#define MG_FINDINGS_H

#include <stddef.h>

#include "error.h"
#include "pool.h"
#include "spool.h"

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
    FD_KVK_CONFLICT,
    FD_KVK_MEANS_CONFLICT,
    FD_REPRESENTATIVE_CONFLICT,
    FD_REPRESENTATIVE_JOINT_INCOMPLETE,
    FD_OWN_ORGANISATION,
    FD_CLIENT_SUPPLIER_UNKNOWN,
    FD_SOLE_TRADER,
    FD_SERVICE_ERD_UNCONFIRMED,
    FD_MULTI_LEGAL_FORM,
    FD_REPRESENTATIVE_MISSING,
    FD_SUCCESSOR_REASON_CONFLICT,
    FD_FORMULA_RISK,
    FD_ACCESS_WIDENED,
    /* hostile text */
    FD_CONTROL_CHARACTER,
    FD_INVISIBLE_CHARACTER,
    /* input files and settings */
    FD_MIXED_ENCODING,
    FD_START_IN_PAST,
    /* status runs: the supplier's registrations and the previous output */
    FD_REGISTRATION_OTHER_INTERMEDIARY,
    FD_REGISTRATION_SUPERSEDED,
    FD_REGISTRATION_CHANGED,
    FD_LETTER_CHARACTER_MISSING,
    FD_LETTER_TOO_LONG,
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
const char *fd_severity_name(fd_severity sev, mg_lang lang);

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

/* A finding of the row being read, held until the row is settled (strings in the list's row text). */
typedef struct fd_pending {
    fd_code code;
    fd_severity severity;
    int file;
    long line;
    const char *column; /* static */
    size_t a1, a2;      /* offset + 1 in the row text; 0 = none */
    int rejection;      /* carries the row's record (afwijzingen.csv) */
    size_t seq;
} fd_pending;

/*
 * The findings of a run. Those of kept rows and of the later stages are in v; those of rejected rows go,
 * sorted as fd_sort would sort them, to the spool (when there is one), so that memory does not grow with
 * rejected rows. Counts cover both.
 */
typedef struct fd_list {
    finding *v;
    size_t n, cap;
    size_t count[FD_COUNT];          /* findings per code */
    size_t nsev[3];                  /* findings per severity */
    unsigned char sevmask[FD_COUNT]; /* severities seen per code: bit 1 << severity */
    size_t made;                     /* findings made: the next seq */
    sp_spool *spool;                 /* owned; NULL keeps everything in v */
    /* the row being read (fd_row_begin .. fd_row_end) */
    int row_open;
    fd_pending *row;
    size_t nrow, caprow;
    char *text;
    size_t ntext, captext;
    unsigned char *rec; /* one spooled finding, encoded */
    size_t caprec;
} fd_list;

/* Append a finding (arguments copied into pool); MG_ERR_NOMEM on failure. */
mg_error fd_add(fd_list *l, mg_pool *pool, fd_code code, int file, long line, const char *column,
                const char *a1, const char *a2, const char *raw);

/* Append a finding with a severity other than the table's. */
mg_error fd_add_sev(fd_list *l, mg_pool *pool, fd_code code, fd_severity sev, int file, long line,
                    const char *column, const char *a1, const char *a2, const char *raw);

/* Hold the findings made from now on as those of one input row, until fd_row_end. */
void fd_row_begin(fd_list *l);

/*
 * Settle the held findings: a rejected row's (reject) go to the spool with the record raw (len bytes) for
 * the rejections, a kept row's into the list (strings copied into pool). MG_ERR_WRITE or MG_ERR_NOMEM with
 * ei filled on failure.
 */
mg_error fd_row_end(fd_list *l, mg_pool *pool, int reject, const char *raw, size_t rawlen, mg_errinfo *ei);

/* The distinct codes of the held findings, by name, joined by ", " into buf. */
void fd_row_codes(const fd_list *l, char *buf, size_t size);

/* The most severe severity among the findings of a code (FD_INFO if none). */
fd_severity fd_worst(const fd_list *l, fd_code code);

/* Free the list's array and spool (strings live in the pool); NULL is a no-op. */
void fd_list_clear(fd_list *l);

/* Format a finding's message in the run's language into buf; returns buf. */
char *fd_format(const finding *f, mg_lang lang, char *buf, size_t size);

/* Number of findings of a severity. */
size_t fd_count_severity(const fd_list *l, fd_severity sev);

/* Number of findings, listed and spooled: as many as an iteration (fd_iter_next) gives. */
size_t fd_total(const fd_list *l);

/* Sort findings by file, line, code (stable for equal keys). */
void fd_sort(fd_list *l);

/* Every finding, listed and spooled, in fd_sort's order (the list must be sorted). */
typedef struct fd_iter {
    const fd_list *l;
    size_t i;
    sp_reader *r;
    finding sp; /* the spooled finding ahead, if have_sp */
    int have_sp;
} fd_iter;

/* Start an iteration; MG_ERR_NOMEM when out of memory. */
mg_error fd_iter_begin(fd_iter *it, const fd_list *l, mg_errinfo *ei);

/* The next finding in *f (valid until the next call), NULL at the end; MG_ERR_WRITE on a spool error. */
mg_error fd_iter_next(fd_iter *it, const finding **f, mg_errinfo *ei);

/* End an iteration. */
void fd_iter_end(fd_iter *it);

/* The rejections (findings with a record), by file, line and order of making. */
typedef struct fd_rej_iter {
    fd_iter it;
    const finding *ahead; /* the first finding of the next line, or NULL */
    int started;
    finding *grp; /* the current line's rejections, strings copied into gtext */
    size_t *goff; /* per rejection: offsets of its four strings in gtext, + 1 (0 = none) */
    size_t ngrp, capgrp, pos;
    char *gtext;
    size_t ngtext, capgtext;
} fd_rej_iter;

/* Start an iteration over rejections. */
mg_error fd_rej_begin(fd_rej_iter *it, const fd_list *l, mg_errinfo *ei);

/* The next rejection in *f (valid until the next call), NULL at the end. */
mg_error fd_rej_next(fd_rej_iter *it, const finding **f, mg_errinfo *ei);

/* End an iteration over rejections. */
void fd_rej_end(fd_rej_iter *it);

#endif
