/* write.h — stage 5: the output folder, written whole into a temporary sibling and renamed into place. */
#ifndef MG_WRITE_H
#define MG_WRITE_H

#include "catalog.h"
#include "config.h"
#include "digest.h"
#include "error.h"
#include "model.h"
#include "table.h"

#include <stddef.h>

/* File names of the output folder. */
#define WR_BEHEERMODULE "ketenmachtigingen-beheermodule.csv"
#define WR_FORMULIER_CSV "ketenmachtigingen-formulier.csv"
#define WR_FORMULIER_XLSX "ketenmachtigingen-formulier.xlsx"
#define WR_INTERN "interne-machtigingen.csv"
#define WR_MEDEWERKERS "medewerkers.csv"
#define WR_OPVOLGING_CSV "uwv-opvolging.csv"
#define WR_OPVOLGING_XLSX "uwv-opvolging.xlsx"
#define WR_AFWIJZINGEN "afwijzingen.csv"
#define WR_VERWERKING "verwerking.csv"
#define WR_OVERZICHT "overzicht.xlsx"
#define WR_RAPPORT "rapport.txt"
#define WR_STAND "stand.csv"
#define WR_STATUS_CSV "status.csv"
#define WR_STATUS_XLSX "status.xlsx"
#define WR_INTERN_NU "interne-machtigingen-nu.csv"
#define WR_CALENDAR "verloopdata.ics"
#define WR_AANVULLING "aanvulling"
#define WR_SHA256SUMS "SHA256SUMS"

/* Subfolders migrate may write in an output folder, deepest first (they are removed in this order); their
 * files are listed as `SUB/NAME` in SHA256SUMS. */
#define WR_SUBFOLDERS                                                                                        \
    {                                                                                                        \
        "aanvulling/ondertekening", "aanvulling", "ondertekening"                                            \
    }

/* Hard limit on the inputs compared with the output folder's files. */
#define WR_MAX_INPUTS 16

/* What the output path held when the run started: the final step puts the new output in place only if it
 * still holds exactly this. Filled by wr_check_outdir. */
typedef struct wr_start {
    int exists;                      /* a folder was there */
    int nonempty;                    /* it held something */
    int has_sums;                    /* it held a SHA256SUMS */
    unsigned long long dev, ino;     /* which folder it was */
    char digest[DG_SHA256_HEX_SIZE]; /* the SHA-256 of its SHA256SUMS */
} wr_start;

/* Progress callback: file (a name of the output folder) is being written now; main thread only. */
typedef void (*wr_progress_cb)(void *ctx, const char *file);

/* What to write. */
typedef struct wr_options {
    const char *outdir;                /* the output folder, as the user gave it */
    const char *portfolio;             /* the input folder, which the output must not replace */
    const char *inputs[WR_MAX_INPUTS]; /* the input files (and portfolio.ini), which must not be in it */
    size_t ninputs;
    int force;             /* replace an earlier output of migrate */
    int dry_run;           /* only the review: rapport.txt (and the overview) */
    int import_files;      /* write the supplier files (not with --strict and errors) */
    const char *report;    /* the text of rapport.txt */
    const wr_start *start; /* what wr_check_outdir saw at the start; NULL = look now */

    /* told which file is being written, with pctx; NULL = nothing to tell */
    wr_progress_cb progress;
    void *pctx;
    /* a status run: its statuses and delta requests; NULL for a run */
    const tb_status_ctx *status;
    const mg_portfolio *delta; /* the portfolio with the delta requests in place of its own (aanvulling/) */
    int warn_days;             /* the calendar's alarm, days before einddatum */
    /* the signing letters (letters.h): in ondertekening/, or a status run's in aanvulling/ondertekening/;
     * NULL = none */
    const struct lt_set *letters;
} wr_options;

/*
 * Write the output folder: write every file into a temporary sibling folder
 * (0700, files 0600), fsync, and put it in place only if the output path still
 * holds what it held at the start (else MG_ERR_OUTPUT: another run or a user
 * changed it). On any failure the files written are removed with the
 * temporary folder and the previous output is untouched.
 */
mg_error wr_output(const mg_config *cfg, const catalog *cat, const cat_format *fmt, const mg_portfolio *p,
                   const wr_options *opt, mg_errinfo *ei);

/*
 * Check an earlier output folder (a status run's --vorige) against its
 * SHA256SUMS: it must have one, in the form migrate writes, and every file it
 * lists must be there, a plain file, unchanged; it must list `required`
 * (stand.csv: what was requested). MG_ERR_DATA names the first
 * file that differs, in SHA256SUMS order; MG_ERR_INPUT when the folder
 * cannot be opened.
 */
mg_error wr_verify_previous(const char *dir, const char *required, mg_errinfo *ei);

/*
 * Check that the output folder can be used (before the run's work) and
 * record in *start what it holds: it must be absent, an empty folder, or an
 * earlier output of migrate (every file listed in its SHA256SUMS, only the
 * subfolders migrate writes, none of the inputs) that --force allows to
 * replace; a dry run never replaces a full run's output. Anything else is
 * MG_ERR_OUTPUT naming the first foreign entry, in name order.
 */
mg_error wr_check_outdir(const wr_options *opt, wr_start *start, mg_errinfo *ei);

#endif
