/* error.h — the one error enum of migrate, its message table and the error detail record. */
#ifndef MG_ERROR_H
#define MG_ERROR_H

#include <stdarg.h>
#include <stddef.h>

#include "msg.h"
#include "platform.h"

/* Every failure a stage can return; main maps them to exit codes. */
typedef enum mg_error {
    MG_OK = 0,
    MG_ERR_NOMEM,       /* out of memory */
    MG_ERR_USAGE,       /* bad command line */
    MG_ERR_INPUT,       /* input missing or unreadable (exit 66) */
    MG_ERR_DATA,        /* blocking data error in an input file (exit 65) */
    MG_ERR_CONFIG,      /* blocking configuration error: portfolio.ini, formats/ (exit 65) */
    MG_ERR_OUTPUT,      /* cannot create the output folder (exit 73) */
    MG_ERR_WRITE,       /* I/O error while writing (exit 74) */
    MG_ERR_INTERNAL,    /* internal error, e.g. the ledger does not balance (exit 70) */
    MG_ERR_INTERRUPTED, /* a signal stopped the run */
    MG_ERR_COUNT
} mg_error;

/* Hard limit on the length of one error message. */
#define MG_ERRMSG_MAX 1024

/* Where and why a stage failed: filled by the stage, printed by main. */
typedef struct mg_errinfo {
    char file[512];                      /* file the error is about, "" if none */
    long line;                           /* 1-based physical line, 0 if none */
    long column;                         /* 1-based column (field number or byte), 0 if none */
    char msg[LANG_COUNT][MG_ERRMSG_MAX]; /* the message in each language, without file:line prefix */
} mg_errinfo;

/* Fill *ei (if not NULL) with file, line and a message of the catalogue in both languages; returns err. */
mg_error mg_fail_msg(mg_errinfo *ei, mg_error err, const char *file, long line, mg_msg id, const char *nl,
                     const char *en, ...) PF_PRINTF(6, 8) PF_PRINTF(7, 8);

/* Fail with catalogue message id (see msg.h), its arguments checked against both languages' formats. */
#define MG_FAIL(ei, err, file, line, id, ...)                                                                \
    mg_fail_msg((ei), (err), (file), (line), id, NL_##id, EN_##id, ##__VA_ARGS__)

/*
 * Fill *ei (if not NULL) with file, line and a message already built in each language; returns err. For
 * messages whose parts depend on the language (lists, names); otherwise use MG_FAIL.
 */
mg_error mg_fail_texts(mg_errinfo *ei, mg_error err, const char *file, long line, const char *nl,
                       const char *en);

/* Format a Dutch and an English format with the same arguments into msg[LANG_NL] and msg[LANG_EN]. */
void mg_vformat_langs(char msg[LANG_COUNT][MG_ERRMSG_MAX], const char *nl, const char *en, va_list ap);

/* The generic text of an error code in a language. */
const char *mg_strerror_lang(mg_error err, mg_lang lang);

#endif
