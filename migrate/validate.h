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
/* Hard limit on the name key of an employer (bytes, with its NUL); longer names are cut there. */
#define VA_NAME_KEY_MAX 512

/*
 * The key kvk-conflict compares employer names by: lower case, letters and digits only, without a legal-form
 * word at the end (formats/invoer.ini [waarden] naam_rechtsvorm: "Jansen B.V." = "jansen b v" = "Jansen").
 */
void va_name_key(const catalog *cat, const char *name, char *out, size_t cap);

mg_error va_load(const mg_config *cfg, const catalog *cat, mg_portfolio *p, va_progress_cb progress,
                 void *pctx, mg_errinfo *ei);

#endif
