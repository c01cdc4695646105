/* msg_catalog.h — every message of migrate in Dutch (NL_) and English (EN_), each followed by its id. */
/*
 * Included by msg.h and msg.c with MSG_ID defined (so no include guard; the identical #defines may be
 * read more than once). A message is three lines: its Dutch text, its English text, its id. Formats use
 * printf conversions, the same ones in the same order in both languages (test_msg checks). Sections
 * follow the stages; keep a new message in the section of the module that says it.
 */

/* ---- general ---------------------------------------------------------------------------------- */

#define NL_MSG_OUT_OF_MEMORY "onvoldoende geheugen"
#define EN_MSG_OUT_OF_MEMORY "out of memory"
MSG_ID(MSG_OUT_OF_MEMORY)

#define NL_MSG_ERR_NONE "geen fout"
#define EN_MSG_ERR_NONE "no error"
MSG_ID(MSG_ERR_NONE)
#define NL_MSG_ERR_USAGE "fout in de opdrachtregel"
#define EN_MSG_ERR_USAGE "usage error"
MSG_ID(MSG_ERR_USAGE)
#define NL_MSG_ERR_INPUT "invoer ontbreekt of is onleesbaar"
#define EN_MSG_ERR_INPUT "input missing or unreadable"
MSG_ID(MSG_ERR_INPUT)
#define NL_MSG_ERR_DATA "blokkerende fout in de gegevens"
#define EN_MSG_ERR_DATA "blocking data error"
MSG_ID(MSG_ERR_DATA)
#define NL_MSG_ERR_CONFIG "fout in de instellingen"
#define EN_MSG_ERR_CONFIG "configuration error"
MSG_ID(MSG_ERR_CONFIG)
#define NL_MSG_ERR_OUTPUT "kan de uitvoer niet maken"
#define EN_MSG_ERR_OUTPUT "cannot create output"
MSG_ID(MSG_ERR_OUTPUT)
#define NL_MSG_ERR_WRITE "schrijffout"
#define EN_MSG_ERR_WRITE "I/O error while writing"
MSG_ID(MSG_ERR_WRITE)
#define NL_MSG_ERR_INTERNAL "interne fout"
#define EN_MSG_ERR_INTERNAL "internal error"
MSG_ID(MSG_ERR_INTERNAL)
#define NL_MSG_ERR_INTERRUPTED "onderbroken"
#define EN_MSG_ERR_INTERRUPTED "interrupted"
MSG_ID(MSG_ERR_INTERRUPTED)
#define NL_MSG_ERR_UNKNOWN "onbekende fout"
#define EN_MSG_ERR_UNKNOWN "unknown error"
MSG_ID(MSG_ERR_UNKNOWN)
#define NL_MSG_LABEL_ERROR "fout"
#define EN_MSG_LABEL_ERROR "error"
MSG_ID(MSG_LABEL_ERROR)
#define NL_MSG_LABEL_WARNING "waarschuwing"
#define EN_MSG_LABEL_WARNING "warning"
MSG_ID(MSG_LABEL_WARNING)

/* ---- command line and run (main.c) ------------------------------------------------------------- */

/* ---- portfolio.ini and catalogues (ini.c, config.c, catalog.c, schema.c) ------------------------ */

/* ---- reading input (csvread.c) ----------------------------------------------------------------- */

/* ---- validation (validate.c) ------------------------------------------------------------------ */

#define NL_MSG_VALIDATE_LEVEL_UNKNOWN "niveau als onbekend gelezen"
#define EN_MSG_VALIDATE_LEVEL_UNKNOWN "level taken as unknown"
MSG_ID(MSG_VALIDATE_LEVEL_UNKNOWN)
#define NL_MSG_VALIDATE_READ_AS_GEBRUIKER "gelezen als gebruiker"
#define EN_MSG_VALIDATE_READ_AS_GEBRUIKER "read as gebruiker"
MSG_ID(MSG_VALIDATE_READ_AS_GEBRUIKER)
#define NL_MSG_VALIDATE_READ_AS_ACTIEF "gelezen als actief"
#define EN_MSG_VALIDATE_READ_AS_ACTIEF "read as actief"
MSG_ID(MSG_VALIDATE_READ_AS_ACTIEF)
#define NL_MSG_VALIDATE_ERD_UNKNOWN "alleen ZW, WGA en WW zijn bekend; genegeerd"
#define EN_MSG_VALIDATE_ERD_UNKNOWN "only ZW, WGA and WW are known; ignored"
MSG_ID(MSG_VALIDATE_ERD_UNKNOWN)
#define NL_MSG_VALIDATE_NOT_A_COUNT "geen geheel getal; het aantal open meldingen is onbekend"
#define EN_MSG_VALIDATE_NOT_A_COUNT "not a whole number; the number of open reports is unknown"
MSG_ID(MSG_VALIDATE_NOT_A_COUNT)
#define NL_MSG_VALIDATE_COUNTRY "geen ISO 3166-landcode; gelezen als NL"
#define EN_MSG_VALIDATE_COUNTRY "not an ISO 3166 country code; read as NL"
MSG_ID(MSG_VALIDATE_COUNTRY)
#define NL_MSG_VALIDATE_BREAK_AS_SPACE "regeleinde of tab gelezen als spatie"
#define EN_MSG_VALIDATE_BREAK_AS_SPACE "the line break or tab is read as a space"
MSG_ID(MSG_VALIDATE_BREAK_AS_SPACE)
#define NL_MSG_VALIDATE_REPLACED_FFFD "in de uitvoer vervangen door U+FFFD"
#define EN_MSG_VALIDATE_REPLACED_FFFD "replaced by U+FFFD in the output files"
MSG_ID(MSG_VALIDATE_REPLACED_FFFD)
#define NL_MSG_VALIDATE_TOO_MANY_LINES "meer dan %ld regels: splits de portefeuille"
#define EN_MSG_VALIDATE_TOO_MANY_LINES "more than %ld lines: split the portfolio"
MSG_ID(MSG_VALIDATE_TOO_MANY_LINES)
#define NL_MSG_VALIDATE_COLUMN_TWICE "kolom '%s' komt twee keer voor (kolom %d en %zu); laat er één staan"
#define EN_MSG_VALIDATE_COLUMN_TWICE "column '%s' appears twice (columns %d and %zu); keep one"
MSG_ID(MSG_VALIDATE_COLUMN_TWICE)
#define NL_MSG_VALIDATE_COLUMN_MISSING "de verplichte kolom '%s' ontbreekt; geaccepteerde namen: %s"
#define EN_MSG_VALIDATE_COLUMN_MISSING "required column '%s' is missing; accepted names: %s"
MSG_ID(MSG_VALIDATE_COLUMN_MISSING)
#define NL_MSG_VALIDATE_PLAIN_AND_GZ                                                                           \
    "zowel %s als %s bestaat: het is niet duidelijk welke van de twee migrate moet lezen; verwijder er één " \
    "(of haal die uit de portefeuille)"
#define EN_MSG_VALIDATE_PLAIN_AND_GZ                                                                         \
    "both %s and %s exist: it is not clear which one to read; remove one of them (or move it out of the "    \
    "portfolio)"
MSG_ID(MSG_VALIDATE_PLAIN_AND_GZ)
#define NL_MSG_VALIDATE_EMPTY_FILE "het bestand is leeg: er is een kopregel nodig"
#define EN_MSG_VALIDATE_EMPTY_FILE "the file is empty: a header line is needed"
MSG_ID(MSG_VALIDATE_EMPTY_FILE)

/* ---- resolve and route (resolve.c, route.c, findings.c) --------------------------------------- */

/* ---- writing (write.c, spool.c, csvout.c, table.c) -------------------------------------------- */

/* ---- workbooks and report (xlsx.c, report.c) -------------------------------------------------- */

/* ---- end of the catalogue ---------------------------------------------------------------------- */
