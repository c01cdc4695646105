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

#define NL_MSG_MAIN_USAGE                                                                                    \
    "Gebruik: migrate run [opties] PORTEFEUILLE     de volledige run\n"                                      \
    "         migrate check [opties] PORTEFEUILLE   een proefrun: alleen overzicht.xlsx en rapport.txt,\n"   \
    "                                               in PORTEFEUILLE/controle\n"                              \
    "         migrate explain [CODE]                wat een bevinding betekent en wat te doen (zonder\n"     \
    "                                               CODE: alle codes)\n"                                     \
    "         migrate formats                       de bekende diensten, leveranciers en uitvoerformaten\n"  \
    "         migrate --help | --version\n"                                                                  \
    "Opties mogen voor of na de opdracht staan.\n"                                                           \
    "\n"                                                                                                     \
    "Opties:\n"                                                                                              \
    "  -o, --output MAP      uitvoermap (standaard PORTEFEUILLE/uitvoer; proefrun PORTEFEUILLE/controle)\n"  \
    "  -f, --force           vervang een eerdere uitvoer van migrate: een map waarvan SHA256SUMS elk\n"      \
    "                        bestand noemt (iets anders daarin wordt geweigerd, nooit verwijderd)\n"         \
    "  -n, --dry-run         schrijf alleen de controle (overzicht.xlsx, rapport.txt)\n"                     \
    "      --strict          bij een fout: exitcode 1 en geen importbestanden\n"                             \
    "      --format NAAM     uitvoerformaat van het importbestand voor de beheermodule\n"                    \
    "      --formats-dir MAP map met de catalogi en indelingen\n"                                            \
    "      --lang nl|en      taal van rapporten en meldingen (standaard nl)\n"                               \
    "  -q, --quiet           geen bevindingen en geen voortgangsregel op stderr\n"                           \
    "  -h, --help            deze tekst\n"                                                                   \
    "  -V, --version         de versie\n"                                                                    \
    "\n"                                                                                                     \
    "Exitcodes: 0 klaar, 1 records afgewezen, 2 gebruik, 65 blokkerende fout in gegevens of instellingen,\n" \
    "66 invoer ontbreekt, 70 interne fout, 73 kan uitvoer niet maken, 74 schrijffout.\n"                     \
    "\n"                                                                                                     \
    "Omgeving: SOURCE_DATE_EPOCH (hele seconden, jaren 1900-9999) is de rundatum;\n"                         \
    "MIGRATE_FORMATS_DIR is de map met catalogi als --formats-dir ontbreekt.\n"
#define EN_MSG_MAIN_USAGE                                                                                    \
    "Usage: migrate run [options] PORTFOLIO     the full run\n"                                              \
    "       migrate check [options] PORTFOLIO   a dry run: only overzicht.xlsx and rapport.txt, in\n"        \
    "                                           PORTFOLIO/controle\n"                                        \
    "       migrate explain [CODE]              what a finding means and what to do (no CODE: all codes)\n"  \
    "       migrate formats                     the services, suppliers and output formats known\n"          \
    "       migrate --help | --version\n"                                                                    \
    "Options may stand before or after the command.\n"                                                       \
    "\n"                                                                                                     \
    "Options:\n"                                                                                             \
    "  -o, --output DIR      output folder (default PORTFOLIO/uitvoer; dry run PORTFOLIO/controle)\n"        \
    "  -f, --force           replace an earlier output of migrate: a folder whose SHA256SUMS lists\n"        \
    "                        every file in it (anything else there is refused, never deleted)\n"             \
    "  -n, --dry-run         write only the review (overzicht.xlsx, rapport.txt)\n"                          \
    "      --strict          any error finding: exit 1 and no import files\n"                                \
    "      --format NAME     output format of the beheermodule import file\n"                                \
    "      --formats-dir DIR folder with the catalogues and layouts\n"                                       \
    "      --lang nl|en      language of reports and messages (default nl)\n"                                \
    "  -q, --quiet           no findings and no progress line on stderr\n"                                   \
    "  -h, --help            this text\n"                                                                    \
    "  -V, --version         the version\n"                                                                  \
    "\n"                                                                                                     \
    "Exit codes: 0 done, 1 records rejected, 2 usage, 65 blocking data or configuration error,\n"            \
    "66 input missing, 70 internal error, 73 cannot create output, 74 I/O error while writing.\n"            \
    "\n"                                                                                                     \
    "Environment: SOURCE_DATE_EPOCH (whole seconds, years 1900-9999) is the run date;\n"                     \
    "MIGRATE_FORMATS_DIR is the catalogue folder when --formats-dir is not given.\n"
MSG_ID(MSG_MAIN_USAGE)
#define NL_MSG_MAIN_HELP_HINT "Zie 'migrate --help' voor meer uitleg."
#define EN_MSG_MAIN_HELP_HINT "Try 'migrate --help' for more information."
MSG_ID(MSG_MAIN_HELP_HINT)
#define NL_MSG_MAIN_NEED_COMMAND "een opdracht is nodig: run, check, explain of formats"
#define EN_MSG_MAIN_NEED_COMMAND "a command is needed: run, check, explain or formats"
MSG_ID(MSG_MAIN_NEED_COMMAND)
#define NL_MSG_MAIN_UNKNOWN_COMMAND "onbekende opdracht '%s'"
#define EN_MSG_MAIN_UNKNOWN_COMMAND "unknown command '%s'"
MSG_ID(MSG_MAIN_UNKNOWN_COMMAND)
#define NL_MSG_MAIN_UNKNOWN_COMMAND_HINT "onbekende opdracht '%s'; bedoelt u '%s'?"
#define EN_MSG_MAIN_UNKNOWN_COMMAND_HINT "unknown command '%s'; did you mean '%s'?"
MSG_ID(MSG_MAIN_UNKNOWN_COMMAND_HINT)
#define NL_MSG_MAIN_UNKNOWN_COMMAND_DIR                                                                      \
    "onbekende opdracht '%s'; een portefeuille verwerkt u met 'migrate run %s'"
#define EN_MSG_MAIN_UNKNOWN_COMMAND_DIR "unknown command '%s'; to process a portfolio, use 'migrate run %s'"
MSG_ID(MSG_MAIN_UNKNOWN_COMMAND_DIR)
#define NL_MSG_MAIN_UNKNOWN_OPTION "onbekende optie '%s'"
#define EN_MSG_MAIN_UNKNOWN_OPTION "unknown option '%s'"
MSG_ID(MSG_MAIN_UNKNOWN_OPTION)
#define NL_MSG_MAIN_UNKNOWN_OPTION_HINT "onbekende optie '%s'; bedoelt u '%s'?"
#define EN_MSG_MAIN_UNKNOWN_OPTION_HINT "unknown option '%s'; did you mean '%s'?"
MSG_ID(MSG_MAIN_UNKNOWN_OPTION_HINT)
#define NL_MSG_MAIN_NEEDS_VALUE "optie '%s' heeft een waarde nodig"
#define EN_MSG_MAIN_NEEDS_VALUE "option '%s' needs a value"
MSG_ID(MSG_MAIN_NEEDS_VALUE)
#define NL_MSG_MAIN_LANG_VALUE "--lang is nl of en, niet '%s'"
#define EN_MSG_MAIN_LANG_VALUE "--lang takes nl or en, not '%s'"
MSG_ID(MSG_MAIN_LANG_VALUE)
#define NL_MSG_MAIN_NEED_PORTFOLIO "een PORTEFEUILLE-map is nodig"
#define EN_MSG_MAIN_NEED_PORTFOLIO "a PORTFOLIO folder is needed"
MSG_ID(MSG_MAIN_NEED_PORTFOLIO)
#define NL_MSG_MAIN_ONE_PORTFOLIO "één PORTEFEUILLE-map maar; onverwacht '%s'"
#define EN_MSG_MAIN_ONE_PORTFOLIO "one PORTFOLIO folder only; unexpected '%s'"
MSG_ID(MSG_MAIN_ONE_PORTFOLIO)
#define NL_MSG_MAIN_ONLY_LANG "'migrate %s' kent alleen --lang"
#define EN_MSG_MAIN_ONLY_LANG "'migrate %s' takes only --lang"
MSG_ID(MSG_MAIN_ONLY_LANG)
#define NL_MSG_MAIN_ONLY_LANG_FORMATS_DIR "'migrate %s' kent alleen --lang en --formats-dir"
#define EN_MSG_MAIN_ONLY_LANG_FORMATS_DIR "'migrate %s' takes only --lang and --formats-dir"
MSG_ID(MSG_MAIN_ONLY_LANG_FORMATS_DIR)
#define NL_MSG_MAIN_SDE_NOT_NUMBER "SOURCE_DATE_EPOCH='%s' is geen geheel aantal seconden sinds 1970-01-01"
#define EN_MSG_MAIN_SDE_NOT_NUMBER "SOURCE_DATE_EPOCH='%s' is not a whole number of seconds since 1970-01-01"
MSG_ID(MSG_MAIN_SDE_NOT_NUMBER)
#define NL_MSG_MAIN_SDE_RANGE "SOURCE_DATE_EPOCH='%s' ligt buiten de jaren 1900 tot en met 9999"
#define EN_MSG_MAIN_SDE_RANGE "SOURCE_DATE_EPOCH='%s' is outside the years 1900 to 9999"
MSG_ID(MSG_MAIN_SDE_RANGE)
#define NL_MSG_MAIN_NO_CATALOGUES                                                                            \
    "hier staan geen catalogi (diensten.ini ontbreekt); gebruik --formats-dir MAP"
#define EN_MSG_MAIN_NO_CATALOGUES "no catalogues here (diensten.ini missing); use --formats-dir DIR"
MSG_ID(MSG_MAIN_NO_CATALOGUES)
#define NL_MSG_MAIN_OUT_PARENT_FILE "%s is een bestand, geen map; kies een uitvoermap met -o"
#define EN_MSG_MAIN_OUT_PARENT_FILE "%s is a file, not a folder; choose an output folder with -o"
MSG_ID(MSG_MAIN_OUT_PARENT_FILE)
#define NL_MSG_MAIN_UNKNOWN_FORMAT "onbekend uitvoerformaat '%s'; zie `migrate formats`"
#define EN_MSG_MAIN_UNKNOWN_FORMAT "unknown output format '%s'; see `migrate formats`"
MSG_ID(MSG_MAIN_UNKNOWN_FORMAT)
#define NL_MSG_MAIN_UNKNOWN_FORMAT_OPTION "--format %s: onbekend uitvoerformaat; zie `migrate formats`"
#define EN_MSG_MAIN_UNKNOWN_FORMAT_OPTION "--format %s: unknown output format; see `migrate formats`"
MSG_ID(MSG_MAIN_UNKNOWN_FORMAT_OPTION)
#define NL_MSG_MAIN_MORE_ERRORS "nog %zu bevindingen %s: zie afwijzingen.csv en overzicht.xlsx"
#define EN_MSG_MAIN_MORE_ERRORS "%zu more %s findings: see afwijzingen.csv and overzicht.xlsx"
MSG_ID(MSG_MAIN_MORE_ERRORS)
#define NL_MSG_MAIN_MORE_WARNINGS "nog %zu bevindingen %s: zie overzicht.xlsx"
#define EN_MSG_MAIN_MORE_WARNINGS "%zu more %s findings: see overzicht.xlsx"
MSG_ID(MSG_MAIN_MORE_WARNINGS)
#define NL_MSG_MAIN_BLOCKING                                                                                 \
    "blokkerende bevindingen in de instellingen van de intermediair; niets geschreven"
#define EN_MSG_MAIN_BLOCKING "blocking findings in the intermediary settings; nothing written"
MSG_ID(MSG_MAIN_BLOCKING)
#define NL_MSG_MAIN_OUTPUT "Uitvoer: %s"
#define EN_MSG_MAIN_OUTPUT "Output: %s"
MSG_ID(MSG_MAIN_OUTPUT)
#define NL_MSG_MAIN_STDOUT "kan niet naar de standaarduitvoer schrijven: %s"
#define EN_MSG_MAIN_STDOUT "cannot write to standard output: %s"
MSG_ID(MSG_MAIN_STDOUT)
#define NL_MSG_MAIN_INTERRUPTED "onderbroken; er is niets geschreven, de vorige uitvoer is ongewijzigd"
#define EN_MSG_MAIN_INTERRUPTED "interrupted; nothing written, the previous output is unchanged"
MSG_ID(MSG_MAIN_INTERRUPTED)
#define NL_MSG_MAIN_EXPLAIN_ONE "explain neemt één CODE; onverwacht '%s'"
#define EN_MSG_MAIN_EXPLAIN_ONE "explain takes one CODE; unexpected '%s'"
MSG_ID(MSG_MAIN_EXPLAIN_ONE)
#define NL_MSG_MAIN_UNKNOWN_CODE "onbekende code van een bevinding '%s'; `migrate explain` noemt ze allemaal"
#define EN_MSG_MAIN_UNKNOWN_CODE "unknown finding code '%s'; `migrate explain` lists them"
MSG_ID(MSG_MAIN_UNKNOWN_CODE)
#define NL_MSG_MAIN_UNKNOWN_CODE_HINT "onbekende code van een bevinding '%s'; bedoelt u '%s'?"
#define EN_MSG_MAIN_UNKNOWN_CODE_HINT "unknown finding code '%s'; did you mean '%s'?"
MSG_ID(MSG_MAIN_UNKNOWN_CODE_HINT)
#define NL_MSG_MAIN_BLOCKING_TAG "(blokkerend)"
#define EN_MSG_MAIN_BLOCKING_TAG "(blocking)"
MSG_ID(MSG_MAIN_BLOCKING_TAG)
#define NL_MSG_MAIN_FORMATS_ARGS "formats neemt geen argumenten; onverwacht '%s'"
#define EN_MSG_MAIN_FORMATS_ARGS "formats takes no arguments; unexpected '%s'"
MSG_ID(MSG_MAIN_FORMATS_ARGS)
#define NL_MSG_MAIN_FORMATS_CATALOGUES "Catalogi: %s"
#define EN_MSG_MAIN_FORMATS_CATALOGUES "Catalogues: %s"
MSG_ID(MSG_MAIN_FORMATS_CATALOGUES)
#define NL_MSG_MAIN_FORMATS_SERVICES "Diensten (diensten.ini)"
#define EN_MSG_MAIN_FORMATS_SERVICES "Services (diensten.ini)"
MSG_ID(MSG_MAIN_FORMATS_SERVICES)
#define NL_MSG_MAIN_FORMATS_SUPPLIERS "Leveranciers (leveranciers.ini)"
#define EN_MSG_MAIN_FORMATS_SUPPLIERS "Suppliers (leveranciers.ini)"
MSG_ID(MSG_MAIN_FORMATS_SUPPLIERS)
#define NL_MSG_MAIN_FORMATS_SUPPLIER "%-14s ketenmachtiging EH3: %-3s  formaat: %s"
#define EN_MSG_MAIN_FORMATS_SUPPLIER "%-14s chain authorisation EH3: %-3s  format: %s"
MSG_ID(MSG_MAIN_FORMATS_SUPPLIER)
#define NL_MSG_MAIN_YES "ja"
#define EN_MSG_MAIN_YES "yes"
MSG_ID(MSG_MAIN_YES)
#define NL_MSG_MAIN_NO "nee"
#define EN_MSG_MAIN_NO "no"
MSG_ID(MSG_MAIN_NO)
#define NL_MSG_MAIN_FORMATS_ALIASES "ook:"
#define EN_MSG_MAIN_FORMATS_ALIASES "aliases:"
MSG_ID(MSG_MAIN_FORMATS_ALIASES)
#define NL_MSG_MAIN_FORMATS_OUTPUTS "Uitvoerformaten (uitvoer/)"
#define EN_MSG_MAIN_FORMATS_OUTPUTS "Output formats (uitvoer/)"
MSG_ID(MSG_MAIN_FORMATS_OUTPUTS)
#define NL_MSG_PROGRESS_READ "%s: %s rijen gelezen"
#define EN_MSG_PROGRESS_READ "%s: %s rows read"
MSG_ID(MSG_PROGRESS_READ)
#define NL_MSG_PROGRESS_READ_PCT "%s: %s rijen gelezen (%d%%)"
#define EN_MSG_PROGRESS_READ_PCT "%s: %s rows read (%d%%)"
MSG_ID(MSG_PROGRESS_READ_PCT)
#define NL_MSG_PROGRESS_WRITE "schrijven: %s"
#define EN_MSG_PROGRESS_WRITE "writing: %s"
MSG_ID(MSG_PROGRESS_WRITE)

/* ---- portfolio.ini and catalogues (ini.c, config.c, catalog.c, schema.c) ------------------------ */

/* ---- reading input (csvread.c) ----------------------------------------------------------------- */

/* ---- validation (validate.c) ------------------------------------------------------------------ */

/* ---- resolve and route (resolve.c, route.c, findings.c) --------------------------------------- */

/* ---- writing (write.c, spool.c, csvout.c, table.c) -------------------------------------------- */

/* ---- workbooks and report (xlsx.c, report.c) -------------------------------------------------- */

/* ---- end of the catalogue ---------------------------------------------------------------------- */
