/* xlsx.h — the spreadsheets of the output folder, written with libxlsxwriter in constant memory. */
#ifndef MG_XLSX_H
#define MG_XLSX_H

#include <pthread.h>
#include <stddef.h>

#include "catalog.h"
#include "config.h"
#include "error.h"
#include "model.h"
#include "table.h"

/* Most rows of one sheet (Excel's limit), the header row included. */
#define XL_MAX_ROWS ((size_t)1048576)

/* What a workbook is written from. */
typedef struct xl_context {
    const mg_config *cfg;
    const catalog *cat;
    const mg_portfolio *p;
    const char *tmpdir; /* folder for libxlsxwriter's temporary files; NULL = the system's */
    size_t max_rows;    /* rows per sheet before a continuation sheet; 0 = XL_MAX_ROWS (tests set less) */
    const tb_status_ctx *status; /* a status run's statuses (status.xlsx); NULL otherwise */
    /* Held while a workbook is closed, when two threads write workbooks: libxlsxwriter writes the document's
     * dates through gmtime(), whose result all threads share. NULL: one thread. */
    pthread_mutex_t *close_lock;
    int one_thread; /* 1: the review workbook's sheets all on the calling thread (the tests compare) */
} xl_context;

/*
 * ketenmachtigingen-formulier.xlsx: sheet Aanvragen (the columns of
 * ketenmachtigingen-formulier.csv, form-route requests only) and sheet
 * Toelichting (what to do with it). Failures are MG_ERR_WRITE (or
 * MG_ERR_NOMEM) with ei filled.
 */
mg_error xl_formulier(const char *path, const xl_context *x, mg_errinfo *ei);

/* uwv-opvolging.xlsx: sheet Opvolging (the rows and columns of uwv-opvolging.csv) and sheet Toelichting. */
mg_error xl_opvolging(const char *path, const xl_context *x, mg_errinfo *ei);

/* overzicht.xlsx: sheets Samenvatting (with a chart), Per loonheffingennummer, Bevindingen, Medewerkers. */
mg_error xl_overzicht(const char *path, const xl_context *x, mg_errinfo *ei);

/* status.xlsx of a status run: sheet Samenvatting (counts per status, a chart, the share of clients fully
 * registered, the files read) and sheet Status (the rows of status.csv). */
mg_error xl_status(const char *path, const xl_context *x, mg_errinfo *ei);

/* A workbook holding one table on a sheet of its own (the table's sheet name), titled by it. */
mg_error xl_table_book(const char *path, const xl_context *x, const tb_table *t, mg_errinfo *ei);

#endif
