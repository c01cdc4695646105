/* schema.c — the fields of the three input files. */
#include "schema.h"

#include <string.h>

static const sc_field sc_gebruikers[SC_G_COUNT] = {
    [SC_G_GEBRUIKERSNAAM] = {"gebruikersnaam", 1},
    [SC_G_NAAM] = {"naam", 1},
    [SC_G_EMAIL] = {"email", 0},
    [SC_G_ROL] = {"rol", 0},
    [SC_G_EH_NIVEAU] = {"eh_niveau", 0},
    [SC_G_STATUS] = {"status", 0},
};

static const sc_field sc_werkgevers[SC_W_COUNT] = {
    [SC_W_LOONHEFFINGENNUMMER] = {"loonheffingennummer", 1},
    [SC_W_NAAM] = {"naam", 1},
    [SC_W_KVK] = {"kvk", 0},
    [SC_W_VESTIGINGSNUMMER] = {"vestigingsnummer", 0},
    [SC_W_STATUS] = {"status", 0},
    [SC_W_OPVOLGER] = {"opvolger", 0},
    [SC_W_REDEN] = {"reden", 0},
    [SC_W_OPEN_MELDINGEN] = {"open_meldingen", 0},
    [SC_W_EIGENRISICODRAGER] = {"eigenrisicodrager", 0},
    [SC_W_EH_LEVERANCIER] = {"eh_leverancier", 0},
    [SC_W_EH_NIVEAU] = {"eh_niveau", 0},
    [SC_W_VERTEGENWOORDIGER] = {"vertegenwoordiger", 0},
    [SC_W_VERTEGENWOORDIGER_EMAIL] = {"vertegenwoordiger_email", 0},
    [SC_W_BEVOEGDHEID] = {"bevoegdheid", 0},
    [SC_W_RECHTSVORM] = {"rechtsvorm", 0},
    [SC_W_GROEP] = {"groep", 0},
    [SC_W_LAND] = {"land", 0},
};

static const sc_field sc_machtigingen[SC_M_COUNT] = {
    [SC_M_GEBRUIKERSNAAM] = {"gebruikersnaam", 1},
    [SC_M_LOONHEFFINGENNUMMER] = {"loonheffingennummer", 1},
    [SC_M_DIENST] = {"dienst", 1},
    [SC_M_INGANGSDATUM] = {"ingangsdatum", 0},
    [SC_M_EINDDATUM] = {"einddatum", 0},
};

static const sc_filedef sc_files[SC_FILE_COUNT] = {
    [SC_GEBRUIKERS] = {"gebruikers", "gebruikers.csv", SC_G_COUNT, sc_gebruikers},
    [SC_WERKGEVERS] = {"werkgevers", "werkgevers.csv", SC_W_COUNT, sc_werkgevers},
    [SC_MACHTIGINGEN] = {"machtigingen", "machtigingen.csv", SC_M_COUNT, sc_machtigingen},
};

/* The definition of input file f. */
const sc_filedef *sc_file_def(sc_file f)
{
    if ((int)f < 0 || f >= SC_FILE_COUNT)
        return NULL;
    return &sc_files[f];
}

/* Field index of canonical name (len bytes) in file f, or -1. */
int sc_field_index(sc_file f, const char *name, size_t len)
{
    const sc_filedef *d = sc_file_def(f);
    size_t i;

    if (!d)
        return -1;
    for (i = 0; i < d->nfields; i++)
        if (strlen(d->fields[i].name) == len && memcmp(d->fields[i].name, name, len) == 0)
            return (int)i;
    return -1;
}
