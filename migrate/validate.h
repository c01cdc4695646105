/* validate.h — stage 2: read the three input files and turn records into validated users, employers, grants.
 */
#ifndef MG_VALIDATE_H
#define MG_VALIDATE_H

#include "catalog.h"
#include "config.h"
#include "error.h"
#include "model.h"

/* Progress callback: called every few thousand rows with the path of the file being read, its rows so far
 * and about how many of its bytes (the records' bytes, one line break each; after decompression). */
typedef void (*va_progress_cb)(void *ctx, const char *path, size_t rows, unsigned long long bytes);

/*
 * Read gebruikers, werkgevers and machtigingen (in that order) as cfg says,
 * validate every record, and fill p: users, employers, grants, findings,
 * ledger entries (rejected rows are decided here). Blocking problems with a
 * file as a whole (missing, unreadable, missing column, ambiguous delimiter)
 * are returned as errors with ei filled.
 */
mg_error va_load(const mg_config *cfg, const catalog *cat, mg_portfolio *p, va_progress_cb progress,
                 void *pctx, mg_errinfo *ei);

#endif
