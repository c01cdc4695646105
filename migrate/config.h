/* config.h — portfolio.ini and the command-line options that override it. */
#ifndef MG_CONFIG_H
#define MG_CONFIG_H

#include <stdint.h>

#include "csvread.h"
#include "error.h"
#include "schema.h"

/* Scope of a request. */
typedef enum cfg_scope { SCOPE_PER_DIENST = 0, SCOPE_DIENSTVERLENER } cfg_scope;

/* Largest and smallest looptijd_jaren (a machtiging is valid for at most 5 years). */
#define CFG_MIN_YEARS 1
#define CFG_MAX_YEARS 5

/* Settings of a run: portfolio.ini with command-line overrides applied. */
typedef struct mg_config {
    char *ini_path;    /* portfolio.ini as opened */
    char *naam;        /* [intermediair] naam */
    long naam_line;    /* its line in portfolio.ini */
    char kvk[9];       /* [intermediair] kvk, 8 digits */
    char *leverancier; /* [intermediair] leverancier */
    long leverancier_line;
    int eh_level;    /* mg_level of [intermediair] eh_niveau */
    char *eh_niveau; /* as written */
    long eh_line;
    int32_t ingangsdatum;          /* days since 1970-01-01 */
    long start_line;               /* line of ingangsdatum in portfolio.ini, 0 = not given (the run date) */
    int start_in_past;             /* ingangsdatum is before the run date (a warning: start-in-past) */
    int32_t run_date;              /* the run date given to cfg_load */
    int years;                     /* looptijd_jaren */
    cfg_scope scope;               /* reikwijdte */
    char *format;                  /* uitvoerformaat, NULL = the supplier's default */
    mg_lang lang;                  /* taal = nl / en */
    int letters;                   /* brieven = ja / nee: write the signing letters (ondertekening/) */
    char *files[SC_FILE_COUNT];    /* input file paths, relative to the portfolio */
    char delimiter[SC_FILE_COUNT]; /* 0 = detect */
    cr_encoding encoding[SC_FILE_COUNT];
} mg_config;

/* Command-line overrides (NULL / 0 = not given). */
typedef struct cfg_overrides {
    const char *format;
    const char *lang; /* "nl" or "en" */
} cfg_overrides;

/*
 * Read portfolio.ini of a portfolio folder into *cfg. today is the run date
 * (default ingangsdatum). A file that is not valid UTF-8, unknown sections and
 * keys, a key given twice (in the same section, also across repeated section
 * headers), bad values, missing required keys, and dates that end after
 * 9999-12-31 or before the run date are MG_ERR_CONFIG with file:line; a
 * missing file, or one that is not a regular file, MG_ERR_INPUT.
 */
mg_error cfg_load(const char *portfolio, int32_t today, const cfg_overrides *ov, mg_config *cfg,
                  mg_errinfo *ei);

/* Free what cfg_load allocated (not cfg itself); safe on a zeroed config. */
void cfg_clear(mg_config *cfg);

#endif
