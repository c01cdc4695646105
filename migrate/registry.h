/* registry.h — the supplier's export of registered ketenmachtigingen (--registraties): layouts and reader. */
#ifndef MG_REGISTRY_H
#define MG_REGISTRY_H

#include <stddef.h>

#include "catalog.h"
#include "config.h"
#include "error.h"
#include "model.h"
#include "status.h"

/* The folder of formats_dir that holds the layouts, one NAME.ini each. */
#define RG_DIR "registraties"

/* A layout of the export: formats_dir/registraties/NAME.ini. */
typedef struct rg_layout rg_layout;

/* Load layout `name` from formats_dir/registraties/<name>.ini; MG_ERR_CONFIG with file:line in ei (an unknown
 * name lists the known ones). */
mg_error rg_layout_load(const char *formats_dir, const char *name, rg_layout **out, mg_errinfo *ei);

/* Free a layout; NULL is a no-op. */
void rg_layout_free(rg_layout *l);

/* The growing list of registrations read. */
typedef struct rg_list {
    st_registration *v;
    size_t n, cap;
} rg_list;

/*
 * Read one export as file index `file` (MG_FILE_REG0 + i) of portfolio p, exactly like an input file:
 * through cr_read_file (any delimiter, UTF-8 or Windows-1252 detected, BOM, .gz, CRLF/LF), header
 * mapped through the layout's aliases (a missing required column is MG_ERR_DATA naming file:line and the
 * accepted names, an unknown column an `unknown-column` finding, a column twice fatal — as validate.c does).
 * Fills p->files[file] (path copy, display name = the file's base name, cr_info, rows, read = 1).
 * Every data row gets a ledger entry in p->ledger[file]:
 *  - rejected (error finding: kvk-format, service-unknown, value-invalid for a status word not in the
 *    layout, date-format, field-empty for a required field, field-count, invisible-character in the KvK
 *    numbers) → OC_AFGEWEZEN with the record kept for afwijzingen.csv;
 *  - kvk_dienstverlener differs from cfg->kvk → OC_OVERGESLAGEN with a registration-other-intermediary
 *    info finding (%1 = that KvK, %2 = cfg->kvk); the row's other fields are not looked at;
 *  - otherwise appended to *out as an st_registration {kvk, service index or ST_ALL_SERVICES, state,
 *    start, end (ST_NO_DATE when empty), file, line, row} and the ledger outcome OC_GEBRUIKT (the caller may
 *    later change it to OC_DUBBEL for a superseded row).
 * Hostile text is reported as for input files (tx_scan). Returns MG_OK, MG_ERR_INPUT/MG_ERR_DATA (file
 * problems, with file:line in ei), MG_ERR_NOMEM, MG_ERR_INTERRUPTED (sg_pending() is checked per record),
 * MG_ERR_INTERNAL for a file index that is not an export's or was read already.
 */
mg_error rg_read(const char *path, int file, const rg_layout *layout, const catalog *cat,
                 const mg_config *cfg, mg_portfolio *p, rg_list *out, mg_errinfo *ei);

/* Free the list's array; the struct is left empty. */
void rg_list_clear(rg_list *l);

#endif
