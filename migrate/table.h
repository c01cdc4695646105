/* table.h — every output table described once (columns, their sources and types) and written through one
 * sink interface, so a CSV file and its workbook twin come from the same description. */
#ifndef MG_TABLE_H
#define MG_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "config.h"
#include "csvout.h"
#include "error.h"
#include "model.h"
#include "status.h"

/* Widest table: the form, a dozen fixed columns and one per service. */
#define TB_MAX_COLS (CAT_MAX_SERVICES + 16)

/* What a cell holds, and so how each sink renders it. */
typedef enum tb_type {
    TB_TEXT,   /* plain text */
    TB_ID,     /* an identifier (LHN, KvK, user name): always text, leading zeros kept */
    TB_FLAG,   /* "ja", "nee" or empty */
    TB_COUNT,  /* a whole number; negative = empty */
    TB_DATE,   /* days since 1970-01-01: dd-mm-yyyy in a CSV, a real date in a workbook; TB_NO_DATE = empty */
    TB_WRAP,   /* a sentence: wrapped in a fixed-width column of a workbook */
    TB_RECORD, /* a record as read: line breaks kept (quoted) in a CSV */
    /* a date for the reader to fill in: an empty field in a CSV, a blank date cell in a workbook */
    TB_FILL_DATE,
    /* a word for the reader to pick (s: the choices, joined by ", "): an empty field in a CSV, a blank cell
     * with a drop-down list in a workbook */
    TB_FILL_CHOICE,
    TB_TYPE_COUNT
} tb_type;

/* A TB_DATE cell's days when the row has no such date: an empty field, an empty cell. */
#define TB_NO_DATE INT32_MIN

/* One cell of a row. */
typedef struct tb_cell {
    tb_type type;
    const char *s; /* text types; NULL = empty */
    long n;        /* TB_COUNT */
    int32_t days;  /* TB_DATE */
} tb_cell;

/* What a status run's tables are made from besides the portfolio. */
typedef struct tb_status_ctx {
    const st_result *st;        /* the statuses */
    const uint64_t *registered; /* per portfolio request: a bit per service registered now */
    int32_t today;              /* the run date */
} tb_status_ctx;

/* What the tables are made from. */
typedef struct tb_env {
    const mg_config *cfg;
    const catalog *cat;
    const mg_portfolio *p;
    const size_t *svc_order;      /* service indices in code order (interne-machtigingen); NULL elsewhere */
    const tb_status_ctx *status;  /* a status run's statuses; NULL in a run */
    const struct lt_set *letters; /* the signing letters (letters.h), for verzendlijst.csv; NULL elsewhere */
} tb_env;

/* Fill one cell from a row (the walker's view of a record); k is the service of a per-service column. */
typedef void (*tb_get)(const tb_env *env, const void *row, size_t k, tb_cell *out);

/* One column (or one per service). */
typedef struct tb_col {
    const char *name;    /* the CSV header */
    const char *display; /* the workbook header where it differs; NULL = name */
    tb_type type;
    tb_get get;
    int per_service; /* repeated for every service in catalogue order, headed by the service code */
} tb_col;

typedef struct tb_sink tb_sink;
typedef struct tb_table tb_table;

/* Where rows go: a CSV file or a worksheet. */
struct tb_sink {
    void (*head)(tb_sink *s, const char *const *names, size_t n); /* the header row */
    void (*row)(tb_sink *s, const tb_cell *cells, size_t n);      /* one data row */
};

/* One output table. */
struct tb_table {
    const char *sheet; /* the worksheet name (a CSV-only table has one too) */
    const tb_col *cols;
    size_t ncols;
    /* Produce every row, in order, through tb_row; MG_OK or an error with ei filled. */
    mg_error (*walk)(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei);
};

/* The tables written both as CSV and as a worksheet, and those written one way only. */
extern const tb_table tb_formulier;    /* ketenmachtigingen-formulier.csv, sheet Aanvragen */
extern const tb_table tb_opvolging;    /* uwv-opvolging.csv, sheet Opvolging */
extern const tb_table tb_medewerkers;  /* medewerkers.csv, sheet Medewerkers */
extern const tb_table tb_intern;       /* interne-machtigingen.csv */
extern const tb_table tb_afwijzingen;  /* afwijzingen.csv */
extern const tb_table tb_verwerking;   /* verwerking.csv */
extern const tb_table tb_stand;        /* stand.csv: what was requested, read back by a status run */
extern const tb_table tb_status;       /* status.csv, sheet Status (a status run) */
extern const tb_table tb_stand_status; /* stand.csv of a status run: what it knows, carried forward */
extern const tb_table tb_intern_nu;    /* interne-machtigingen-nu.csv: only services registered now */
extern const tb_table tb_bevindingen;  /* sheet Bevindingen */
extern const tb_table tb_per_lhn;      /* sheet Per loonheffingennummer */

/* The last day of the requests: ingangsdatum + N years - 1 day. */
int32_t tb_einddatum(const mg_config *cfg);

/* The display name of a finding's or ledger entry's file. */
const char *tb_file_name(const mg_portfolio *p, int file);

/* Column getter of a column left empty for the reader to fill in. */
void tb_blank(const tb_env *env, const void *row, size_t k, tb_cell *out);

/* A copy of the employers sorted by cmp (caller frees), or NULL when out of memory. */
mg_employer **tb_employers_sorted(const mg_portfolio *p, int (*cmp)(const void *, const void *));

/* A copy of the follow-ups sorted by cmp (caller frees), or NULL when out of memory. */
mg_followup *tb_followups_sorted(const mg_portfolio *p, int (*cmp)(const void *, const void *));

/* The number of columns of a table once per-service columns are expanded. */
size_t tb_width(const tb_table *t, const tb_env *env);

/* The headers of a table (CSV names, or workbook display names when display is set); returns the count. */
size_t tb_headers(const tb_table *t, const tb_env *env, int display, const char **names, size_t max);

/* Whether a table has a column of the given type. */
int tb_has_type(const tb_table *t, tb_type type);

/* Fill the cells of one row from the description and hand them to the sink. */
void tb_row(const tb_table *t, const tb_env *env, const void *row, tb_sink *sink);

/* Write a whole table: the header, then every row. */
mg_error tb_write(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei);

/* A sink writing CSV rows to an open writer. */
typedef struct tb_csv_sink {
    tb_sink base;
    co_writer *w;
} tb_csv_sink;

/* Make a CSV sink over w. */
void tb_csv_init(tb_csv_sink *s, co_writer *w);

#endif
