/* schema.h — the three input files of a portfolio and the fields each one has. */
#ifndef MG_SCHEMA_H
#define MG_SCHEMA_H

#include <stddef.h>

/* The input files, in the order they are read. */
typedef enum sc_file { SC_GEBRUIKERS = 0, SC_WERKGEVERS, SC_MACHTIGINGEN, SC_FILE_COUNT } sc_file;

/* Fields of gebruikers.csv. */
enum { SC_G_GEBRUIKERSNAAM, SC_G_NAAM, SC_G_EMAIL, SC_G_ROL, SC_G_EH_NIVEAU, SC_G_STATUS, SC_G_COUNT };

/* Fields of werkgevers.csv. */
enum {
    SC_W_LOONHEFFINGENNUMMER,
    SC_W_NAAM,
    SC_W_KVK,
    SC_W_VESTIGINGSNUMMER,
    SC_W_STATUS,
    SC_W_OPVOLGER,
    SC_W_REDEN,
    SC_W_OPEN_MELDINGEN,
    SC_W_EIGENRISICODRAGER,
    SC_W_EH_LEVERANCIER,
    SC_W_EH_NIVEAU,
    SC_W_VERTEGENWOORDIGER,
    SC_W_VERTEGENWOORDIGER_EMAIL,
    SC_W_BEVOEGDHEID,
    SC_W_RECHTSVORM,
    SC_W_GROEP,
    SC_W_LAND,
    SC_W_COUNT
};

/* Fields of machtigingen.csv. */
enum {
    SC_M_GEBRUIKERSNAAM,
    SC_M_LOONHEFFINGENNUMMER,
    SC_M_DIENST,
    SC_M_INGANGSDATUM,
    SC_M_EINDDATUM,
    SC_M_COUNT
};

/* Hard limit on fields per file in the schema. */
#define SC_MAX_FIELDS 24

/* Per-field arrays (aliases, values of a record) are sized SC_MAX_FIELDS: a new column must fit. */
_Static_assert(SC_G_COUNT <= SC_MAX_FIELDS, "gebruikers.csv has more fields than SC_MAX_FIELDS");
_Static_assert(SC_W_COUNT <= SC_MAX_FIELDS, "werkgevers.csv has more fields than SC_MAX_FIELDS");
_Static_assert(SC_M_COUNT <= SC_MAX_FIELDS, "machtigingen.csv has more fields than SC_MAX_FIELDS");

/* One field of an input file: canonical name and whether it must be present. */
typedef struct sc_field {
    const char *name;
    int required;
} sc_field;

/* One input file: its section name in formats/invoer.ini, default file name, fields. */
typedef struct sc_filedef {
    const char *name;         /* "gebruikers", "werkgevers", "machtigingen" */
    const char *default_path; /* "gebruikers.csv" ... */
    size_t nfields;
    const sc_field *fields;
} sc_filedef;

/* The definition of input file f. */
const sc_filedef *sc_file_def(sc_file f);

/* Field index of canonical name (len bytes) in file f, or -1. */
int sc_field_index(sc_file f, const char *name, size_t len);

#endif
