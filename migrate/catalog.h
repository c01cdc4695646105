/* catalog.h — the data files of formats/: services, suppliers, output formats, input aliases, generic words.
 */
#ifndef MG_CATALOG_H
#define MG_CATALOG_H

#include <stddef.h>

#include "error.h"
#include "prose.h"
#include "schema.h"

/* Hard limits. */
#define CAT_MAX_SERVICES 64
#define CAT_MAX_COLUMNS 32
#define CAT_MAX_ALIASES 64

/* The code and name of a request for every UWV service at once (reikwijdte = dienstverlener). */
#define CAT_ALL_SERVICES_CODE "alle-diensten"
#define CAT_ALL_SERVICES_NAME "Alle diensten van UWV (ook toekomstige)"

/* Eigenrisicodrager statuses (bit mask). */
enum { CAT_ERD_ZW = 1, CAT_ERD_WGA = 2, CAT_ERD_WW = 4 };

/* One UWV werkgeversportaal service (formats/diensten.ini). */
typedef struct cat_service {
    char *code;      /* stable short code, e.g. "verzuim" */
    char *naam;      /* official Dutch name */
    char *name_en;   /* English name */
    unsigned erd;    /* ERD statuses of which the client needs at least one; 0 = none */
    char *dienst_id; /* eHerkenning service id, "" if unknown */
    char **legacy;   /* legacy names/codes found in old exports */
    size_t nlegacy;
} cat_service;

/* Where the intermediary's beheerder can enter a ketenmachtiging request at its supplier (portaal_voor). */
typedef enum cat_portal {
    CAT_PORTAAL_ZELFDE =
        0,               /* zelfde-leverancier: in the supplier's portal, only for clients with EH3+ there */
    CAT_PORTAAL_ALLE,    /* alle: any client whose representative's e-mail is known; the supplier asks them to
                            confirm */
    CAT_PORTAAL_GEEN,    /* geen: every request goes through the form route */
    CAT_PORTAAL_ONBEKEND /* onbekend: no public description; the form route, as geen */
} cat_portal;

/* One eHerkenning supplier (formats/leveranciers.ini). */
typedef struct cat_supplier {
    char *naam;
    char **aliases;
    size_t naliases;
    int chain_eh3;           /* offers ketenmachtiging at EH3 */
    char *formaat;           /* default output format name */
    cat_portal portaal_voor; /* request channel; CAT_PORTAAL_ZELFDE when the key is absent */
    char *proces;            /* what the beheerder does at this supplier, or NULL */
    char *bijlagen;          /* what must accompany a request form, or NULL */
    char **bronnen;          /* the bron lines, in file order (for people: migrate formats shows them) */
    size_t nbronnen;
} cat_supplier;

/* What an output column holds. */
typedef enum cat_colsrc {
    CAT_COL_KVK_MACHTIGINGGEVER,
    CAT_COL_NAAM_MACHTIGINGGEVER,
    CAT_COL_KVK_INTERMEDIAIR,
    CAT_COL_NAAM_INTERMEDIAIR,
    CAT_COL_DIENSTVERLENER,
    CAT_COL_DIENST_CODE,
    CAT_COL_DIENST,
    CAT_COL_DIENST_ID,
    CAT_COL_NIVEAU,
    CAT_COL_INGANGSDATUM,
    CAT_COL_EINDDATUM,
    CAT_COL_LOONHEFFINGENNUMMERS,
    CAT_COL_VERTEGENWOORDIGER,
    CAT_COL_VERTEGENWOORDIGER_EMAIL,
    CAT_COL_COUNT
} cat_colsrc;

/* Output file encodings. */
typedef enum cat_encoding { CAT_ENC_UTF8, CAT_ENC_UTF8_BOM, CAT_ENC_CP1252 } cat_encoding;

/* Output date formats. */
typedef enum cat_datefmt {
    CAT_DATE_DMY_DASH,
    CAT_DATE_ISO,
    CAT_DATE_DMY_SLASH,
    CAT_DATE_DMY_DOT
} cat_datefmt;

/* One output column: its source and header text. */
typedef struct cat_column {
    cat_colsrc src;
    char *header;
} cat_column;

/* One output layout for the beheermodule import file (formats/uitvoer/NAME.ini). */
typedef struct cat_format {
    char *naam;
    char *beschrijving;
    char delimiter; /* ';' ',' '\t' '|' */
    cat_encoding encoding;
    const char *eol; /* "\r\n" or "\n" */
    cat_datefmt datefmt;
    char lhn_separator; /* joins loonheffingennummers, default ',' */
    cat_column cols[CAT_MAX_COLUMNS];
    size_t ncols;
} cat_format;

/* The aliases of one input field (formats/invoer.ini). */
typedef struct cat_field_aliases {
    char **names; /* header-normal forms, canonical name first */
    size_t nnames;
} cat_field_aliases;

/* The input values whose words formats/invoer.ini lists in [waarden], in the order of its keys. */
typedef enum cat_vocab {
    CAT_VOC_STATUS_ACTIEF,
    CAT_VOC_STATUS_INACTIEF,
    CAT_VOC_STATUS_GEBLOKKEERD,
    CAT_VOC_ROL_BEHEERDER,
    CAT_VOC_ROL_GEBRUIKER,
    CAT_VOC_ERD_ZW,
    CAT_VOC_ERD_WGA,
    CAT_VOC_ERD_WW,
    CAT_VOC_ERD_GEEN,
    CAT_VOC_NIVEAU_GEEN,
    CAT_VOC_NIVEAU_EH1,
    CAT_VOC_NIVEAU_EH2,
    CAT_VOC_NIVEAU_EH2PLUS,
    CAT_VOC_NIVEAU_EH3,
    CAT_VOC_NIVEAU_EH4,
    CAT_VOC_BEVOEGDHEID_ZELFSTANDIG,
    CAT_VOC_BEVOEGDHEID_GEZAMENLIJK,
    CAT_VOC_RECHTSVORM_EENMANSZAAK,
    CAT_VOC_NAAM_RECHTSVORM,
    CAT_VOC_COUNT
} cat_vocab;

/* The words of one input value (formats/invoer.ini [waarden]): folded, as written. */
typedef struct cat_words {
    char **words;
    size_t nwords;
} cat_words;

/* All catalogues, loaded once per run; read-only afterwards. */
typedef struct catalog {
    char *dir;
    cat_service *services; /* in file order */
    size_t nservices;
    cat_supplier *suppliers;
    size_t nsuppliers;
    cat_format *formats;
    size_t nformats;
    cat_field_aliases input[SC_FILE_COUNT][SC_MAX_FIELDS];
    char **generic_words; /* lower-case words marking a shared account */
    size_t ngeneric;
    cat_words vocab[CAT_VOC_COUNT]; /* the words of the input values */
    ps_prose *prose; /* texts of teksten/ (prose.h): loaded by ps_load after cat_load; cat_free frees */
} catalog;

/* Load every catalogue from dir; an error in one is MG_ERR_CONFIG with file:line in ei. */
mg_error cat_load(const char *dir, catalog **out, mg_errinfo *ei);

/* Free a catalogue; NULL is a no-op. */
void cat_free(catalog *cat);

/* Service by code, official name, English name or legacy alias (case-insensitive, blanks folded), or NULL. */
const cat_service *cat_service_find(const catalog *cat, const char *name, size_t len);

/* The service whose names are closest to name (edit distance), for a suggestion. */
const cat_service *cat_service_suggest(const catalog *cat, const char *name, size_t len);

/* Index of a service in cat->services. */
size_t cat_service_index(const catalog *cat, const cat_service *svc);

/* Supplier by name or alias: case-insensitive, ignoring spaces and '-'; or NULL. */
const cat_supplier *cat_supplier_find(const catalog *cat, const char *name, size_t len);

/* The leveranciers.ini word of a request channel ("zelfde-leverancier", ...); "" when out of range. */
const char *cat_portal_name(cat_portal p);

/* Output format by name (case-insensitive), or NULL. */
const cat_format *cat_format_find(const catalog *cat, const char *name);

/* Field index in file f for a header already in header-normal form, or -1. */
int cat_input_field(const catalog *cat, sc_file f, const char *header, size_t len);

/* Every known header name of file f (canonical and aliases); *n gets the count. Caller frees the array only.
 */
const char **cat_input_names(const catalog *cat, sc_file f, size_t *n);

/* 1 if word (len bytes, any case) is a generic account word. */
int cat_is_generic_word(const catalog *cat, const char *word, size_t len);

#endif
