/* write.h — stage 5: the output folder, written whole into a temporary sibling and renamed into place. */
#ifndef MG_WRITE_H
#define MG_WRITE_H

#include "catalog.h"
#include "config.h"
#include "error.h"
#include "model.h"

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
#define WR_SHA256SUMS "SHA256SUMS"

/* What to write. */
typedef struct wr_options {
    const char *outdir;    /* the output folder */
    const char *portfolio; /* the input folder, which the output must not replace */
    int force;             /* replace a non-empty folder */
    int dry_run;           /* only the review: rapport.txt (and the overview) */
    int import_files;      /* write the supplier files (not with --strict and errors) */
    const char *report;    /* the text of rapport.txt */
} wr_options;

/*
 * Write the output folder: refuse a non-empty one without force
 * (MG_ERR_OUTPUT), write every file into a temporary sibling folder (0700,
 * files 0600), fsync, and rename it into place. On any failure the
 * temporary folder is removed and the previous output is untouched.
 */
mg_error wr_output(const mg_config *cfg, const catalog *cat, const cat_format *fmt, const mg_portfolio *p,
                   const wr_options *opt, mg_errinfo *ei);

/*
 * Check that the output folder can be used (before the run's work): not a
 * file, empty or forced, and not the portfolio folder or one that holds it
 * (replacing it would delete the inputs).
 */
mg_error wr_check_outdir(const char *outdir, int force, const char *portfolio, mg_errinfo *ei);

#endif
