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
    "         migrate status [opties] PORTEFEUILLE --vorige MAP [--registraties BESTAND]...\n"               \
    "                                               de stand van de migratie: wat geregistreerd is, wat\n"   \
    "                                               nog moet en wat verloopt (in "                           \
    "PORTEFEUILLE/status-DATUM)\n"                                                                           \
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
    "      --vorige MAP      (status) de uitvoer van de vorige run of status; SHA256SUMS moet kloppen\n"     \
    "      --registraties BESTAND  (status) export van de leverancier met de geregistreerde\n"               \
    "                        ketenmachtigingen; mag vaker\n"                                                 \
    "      --registraties-formaat NAAM  (status) indeling uit formats/registraties (standaard generiek)\n"   \
    "      --waarschuw-dagen N  (status) dagen voor de einddatum dat een registratie verloopt en\n"          \
    "                        verlengd wordt (standaard 90)\n"                                                \
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
    "       migrate status [options] PORTFOLIO --vorige DIR [--registraties FILE]...\n"                      \
    "                                           where the migration stands: what is registered, what is\n"   \
    "                                           left and what expires (in PORTFOLIO/status-DATE)\n"          \
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
    "      --vorige DIR      (status) the output of the previous run or status; its SHA256SUMS must hold\n"  \
    "      --registraties FILE  (status) the supplier's export of registered chain authorisations;\n"        \
    "                        may be repeated\n"                                                              \
    "      --registraties-formaat NAME  (status) layout in formats/registraties (default generiek)\n"        \
    "      --waarschuw-dagen N  (status) days before the end date that a registration expires and is\n"      \
    "                        renewed (default 90)\n"                                                         \
    "  -h, --help            this text\n"                                                                    \
    "  -V, --version         the version\n"                                                                  \
    "\n"                                                                                                     \
    "Exit codes: 0 done, 1 records rejected, 2 usage, 65 blocking data or configuration error,\n"            \
    "66 input missing, 70 internal error, 73 cannot create output, 74 I/O error while writing.\n"            \
    "\n"                                                                                                     \
    "Environment: SOURCE_DATE_EPOCH (whole seconds, years 1900-9999) is the run date;\n"                     \
    "MIGRATE_FORMATS_DIR is the catalogue folder when --formats-dir is not given.\n"
MSG_ID(MSG_MAIN_USAGE)
#define NL_MSG_MAIN_TOO_MANY_REGISTRATIES "--registraties: ten hoogste %d bestanden"
#define EN_MSG_MAIN_TOO_MANY_REGISTRATIES "--registraties: at most %d files"
MSG_ID(MSG_MAIN_TOO_MANY_REGISTRATIES)
#define NL_MSG_MAIN_WARN_DAYS_VALUE "--waarschuw-dagen '%s': geef een aantal dagen van 0 tot en met %d"
#define EN_MSG_MAIN_WARN_DAYS_VALUE "--waarschuw-dagen '%s': give a number of days from 0 to %d"
MSG_ID(MSG_MAIN_WARN_DAYS_VALUE)
#define NL_MSG_MAIN_ONLY_STATUS                                                                              \
    "--vorige, --registraties, --registraties-formaat en --waarschuw-dagen horen bij migrate status, "       \
    "niet bij %s"
#define EN_MSG_MAIN_ONLY_STATUS                                                                              \
    "--vorige, --registraties, --registraties-formaat and --waarschuw-dagen belong to migrate status, "      \
    "not to %s"
MSG_ID(MSG_MAIN_ONLY_STATUS)
#define NL_MSG_MAIN_NOT_WITH_STATUS "--dry-run en --strict horen bij run, niet bij status"
#define EN_MSG_MAIN_NOT_WITH_STATUS "--dry-run and --strict belong to run, not to status"
MSG_ID(MSG_MAIN_NOT_WITH_STATUS)
#define NL_MSG_MAIN_NEED_VORIGE                                                                              \
    "status heeft --vorige MAP nodig: de uitvoer van de vorige run of status van deze portefeuille"
#define EN_MSG_MAIN_NEED_VORIGE                                                                              \
    "status needs --vorige DIR: the output of this portfolio's previous run or status"
MSG_ID(MSG_MAIN_NEED_VORIGE)
#define NL_MSG_MAIN_OUT_IS_VORIGE                                                                            \
    "de uitvoermap is de vorige uitvoer (--vorige): kies een andere map, de vorige blijft zoals die is"
#define EN_MSG_MAIN_OUT_IS_VORIGE                                                                            \
    "the output folder is the previous output (--vorige): choose another folder, the previous one stays as " \
    "it is"
MSG_ID(MSG_MAIN_OUT_IS_VORIGE)
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
#define NL_MSG_MAIN_FORMATS_CHANNEL "aanvragen:"
#define EN_MSG_MAIN_FORMATS_CHANNEL "requests:"
MSG_ID(MSG_MAIN_FORMATS_CHANNEL)
#define NL_MSG_MAIN_FORMATS_PORTAAL_ZELFDE                                                                   \
    "in het portaal van de leverancier, alleen voor klanten met EH3 of hoger bij dezelfde leverancier "      \
    "(zelfde-leverancier)"
#define EN_MSG_MAIN_FORMATS_PORTAAL_ZELFDE                                                                   \
    "in the supplier's portal, only for clients with EH3 or higher at the same supplier "                    \
    "(zelfde-leverancier)"
MSG_ID(MSG_MAIN_FORMATS_PORTAAL_ZELFDE)
#define NL_MSG_MAIN_FORMATS_PORTAAL_ALLE                                                                     \
    "in het portaal van de leverancier, voor elke klant van wie het e-mailadres van de vertegenwoordiger "   \
    "bekend is; de leverancier vraagt de vertegenwoordiger per e-mail om te bevestigen (alle)"
#define EN_MSG_MAIN_FORMATS_PORTAAL_ALLE                                                                     \
    "in the supplier's portal, for any client whose representative's e-mail address is known; the supplier " \
    "asks the representative by e-mail to confirm (alle)"
MSG_ID(MSG_MAIN_FORMATS_PORTAAL_ALLE)
#define NL_MSG_MAIN_FORMATS_PORTAAL_GEEN "alleen met het aanvraagformulier (geen)"
#define EN_MSG_MAIN_FORMATS_PORTAAL_GEEN "only with the request form (geen)"
MSG_ID(MSG_MAIN_FORMATS_PORTAAL_GEEN)
#define NL_MSG_MAIN_FORMATS_PORTAAL_ONBEKEND "niet beschreven; alleen met het aanvraagformulier (onbekend)"
#define EN_MSG_MAIN_FORMATS_PORTAAL_ONBEKEND "not described; only with the request form (onbekend)"
MSG_ID(MSG_MAIN_FORMATS_PORTAAL_ONBEKEND)
#define NL_MSG_MAIN_FORMATS_PROCES "werkwijze:"
#define EN_MSG_MAIN_FORMATS_PROCES "process:"
MSG_ID(MSG_MAIN_FORMATS_PROCES)
#define NL_MSG_MAIN_FORMATS_BIJLAGEN "bijlagen:"
#define EN_MSG_MAIN_FORMATS_BIJLAGEN "attachments:"
MSG_ID(MSG_MAIN_FORMATS_BIJLAGEN)
#define NL_MSG_MAIN_FORMATS_BRON "bron:"
#define EN_MSG_MAIN_FORMATS_BRON "source:"
MSG_ID(MSG_MAIN_FORMATS_BRON)
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

#define NL_MSG_INI_READ_ERROR "leesfout"
#define EN_MSG_INI_READ_ERROR "read error"
MSG_ID(MSG_INI_READ_ERROR)
#define NL_MSG_INI_CLOSE_ERROR "leesfout bij het sluiten: %s"
#define EN_MSG_INI_CLOSE_ERROR "read error on close: %s"
MSG_ID(MSG_INI_CLOSE_ERROR)
#define NL_MSG_INI_TOO_LARGE "groter dan %d bytes: dit is geen INI-bestand"
#define EN_MSG_INI_TOO_LARGE "larger than %d bytes: not an INI file"
MSG_ID(MSG_INI_TOO_LARGE)
#define NL_MSG_INI_BAD_UTF8                                                                                  \
    "geen geldige UTF-8: byte 0x%02X op regel %ld (byte-offset %llu); sla %s op als UTF-8"
#define EN_MSG_INI_BAD_UTF8 "not valid UTF-8: byte 0x%02X at line %ld (byte offset %llu); save %s as UTF-8"
MSG_ID(MSG_INI_BAD_UTF8)
#define NL_MSG_INI_NUL "NUL-byte op regel %ld (byte-offset %zu): is dit wel een tekstbestand?"
#define EN_MSG_INI_NUL "NUL byte at line %ld (byte offset %zu): not a text file?"
MSG_ID(MSG_INI_NUL)
#define NL_MSG_INI_LINE_TOO_LONG "regel %ld is langer dan %d tekens"
#define EN_MSG_INI_LINE_TOO_LONG "line %ld is longer than %d characters"
MSG_ID(MSG_INI_LINE_TOO_LONG)
#define NL_MSG_INI_INDENTED                                                                                  \
    "deze regel begint met een spatie of tab en zou daardoor de waarde van sleutel '%s' op de regel "        \
    "erboven voortzetten; haal het inspringen weg (elke regel is [sectie] of sleutel = waarde)"
#define EN_MSG_INI_INDENTED                                                                                  \
    "this line starts with a blank, so it would continue key '%s' of the line above; remove the "            \
    "indentation (every line is [section] or key = value)"
MSG_ID(MSG_INI_INDENTED)
#define NL_MSG_INI_SECTION_UNCLOSED "de sectiekop heeft geen afsluitende ']'; schrijf hem als [naam]"
#define EN_MSG_INI_SECTION_UNCLOSED "section header has no closing ']'; write it as [name]"
MSG_ID(MSG_INI_SECTION_UNCLOSED)
#define NL_MSG_INI_SECTION_REFUSED "sectie geweigerd zonder melding"
#define EN_MSG_INI_SECTION_REFUSED "section refused without a message"
MSG_ID(MSG_INI_SECTION_REFUSED)
#define NL_MSG_INI_UNREADABLE_LINE                                                                           \
    "syntaxfout: deze regel is niet te lezen; toegestaan zijn '[sectie]', 'sleutel = waarde' of een "        \
    "opmerking die begint met '#' of ';'"
#define EN_MSG_INI_UNREADABLE_LINE                                                                           \
    "syntax error: cannot read this line; accepted: '[section]', 'key = value', or a comment starting "      \
    "with '#' or ';'"
MSG_ID(MSG_INI_UNREADABLE_LINE)
#define NL_MSG_INI_KEY_TWICE "sleutel '%s' staat twee keer in [%s] (eerst op regel %ld); %s"
#define EN_MSG_INI_KEY_TWICE "key '%s' is given twice in [%s] (first on line %ld); %s"
MSG_ID(MSG_INI_KEY_TWICE)
#define NL_MSG_INI_KEY_TWICE_SECTION "sleutel '%s' staat twee keer in sectie [%s] (eerst op regel %ld); %s"
#define EN_MSG_INI_KEY_TWICE_SECTION "key '%s' is given twice in section [%s] (first on line %ld); %s"
MSG_ID(MSG_INI_KEY_TWICE_SECTION)
#define NL_MSG_INI_GIVE_ONCE "geef hem één keer"
#define EN_MSG_INI_GIVE_ONCE "give it once"
MSG_ID(MSG_INI_GIVE_ONCE)
#define NL_MSG_INI_KEY_REFUSED "sleutel geweigerd zonder melding"
#define EN_MSG_INI_KEY_REFUSED "key refused without a message"
MSG_ID(MSG_INI_KEY_REFUSED)
#define NL_MSG_INI_SYNTAX "syntaxfout: verwacht [sectie] of sleutel = waarde"
#define EN_MSG_INI_SYNTAX "syntax error: expected [section] or key = value"
MSG_ID(MSG_INI_SYNTAX)
#define NL_MSG_INI_FILE_REFUSED "bestand geweigerd zonder melding"
#define EN_MSG_INI_FILE_REFUSED "file refused without a message"
MSG_ID(MSG_INI_FILE_REFUSED)

#define NL_MSG_CFG_UNKNOWN_SECTION                                                                           \
    "onbekende sectie [%.*s]; bekend zijn: [intermediair], [migratie], [bestanden]"
#define EN_MSG_CFG_UNKNOWN_SECTION "unknown section [%.*s]; known: [intermediair], [migratie], [bestanden]"
MSG_ID(MSG_CFG_UNKNOWN_SECTION)
#define NL_MSG_CFG_FILE_NAME_NEEDED "[bestanden] %s: geef een bestandsnaam"
#define EN_MSG_CFG_FILE_NAME_NEEDED "[bestanden] %s: a file name is needed"
MSG_ID(MSG_CFG_FILE_NAME_NEEDED)
#define NL_MSG_CFG_BAD_DELIMITER "%s = '%s': gebruik puntkomma, komma, tab of pijp"
#define EN_MSG_CFG_BAD_DELIMITER "%s = '%s': use puntkomma, komma, tab or pijp"
MSG_ID(MSG_CFG_BAD_DELIMITER)
#define NL_MSG_CFG_BAD_ENCODING "%s = '%s': gebruik utf-8, windows-1252 of auto"
#define EN_MSG_CFG_BAD_ENCODING "%s = '%s': use utf-8, windows-1252 or auto"
MSG_ID(MSG_CFG_BAD_ENCODING)
#define NL_MSG_CFG_UNKNOWN_FILES_KEY                                                                         \
    "onbekende sleutel '%s' in [bestanden]; bekend zijn: gebruikers, machtigingen, werkgevers, delimiter, "  \
    "encoding (ook per bestand, bijvoorbeeld werkgevers_delimiter)"
#define EN_MSG_CFG_UNKNOWN_FILES_KEY                                                                         \
    "unknown key '%s' in [bestanden]; known: gebruikers, machtigingen, werkgevers, delimiter, encoding "     \
    "(also per file, e.g. werkgevers_delimiter)"
MSG_ID(MSG_CFG_UNKNOWN_FILES_KEY)
#define NL_MSG_CFG_NAAM_EMPTY "[intermediair] naam is leeg"
#define EN_MSG_CFG_NAAM_EMPTY "[intermediair] naam is empty"
MSG_ID(MSG_CFG_NAAM_EMPTY)
#define NL_MSG_CFG_BAD_KVK "[intermediair] kvk = '%s': een KvK-nummer bestaat uit precies 8 cijfers"
#define EN_MSG_CFG_BAD_KVK "[intermediair] kvk = '%s': a KvK number is exactly 8 digits"
MSG_ID(MSG_CFG_BAD_KVK)
#define NL_MSG_CFG_LEVERANCIER_EMPTY "[intermediair] leverancier is leeg; zie `migrate formats`"
#define EN_MSG_CFG_LEVERANCIER_EMPTY "[intermediair] leverancier is empty; see `migrate formats`"
MSG_ID(MSG_CFG_LEVERANCIER_EMPTY)
#define NL_MSG_CFG_BAD_EH_NIVEAU "[intermediair] eh_niveau = '%s': gebruik EH1, EH2, EH2+, EH3, EH4 of geen"
#define EN_MSG_CFG_BAD_EH_NIVEAU "[intermediair] eh_niveau = '%s': use EH1, EH2, EH2+, EH3, EH4 or geen"
MSG_ID(MSG_CFG_BAD_EH_NIVEAU)
#define NL_MSG_CFG_UNKNOWN_INTERMEDIAIR_KEY                                                                  \
    "onbekende sleutel '%s' in [intermediair]; bekend zijn: naam, kvk, leverancier, eh_niveau"
#define EN_MSG_CFG_UNKNOWN_INTERMEDIAIR_KEY                                                                  \
    "unknown key '%s' in [intermediair]; known: naam, kvk, leverancier, eh_niveau"
MSG_ID(MSG_CFG_UNKNOWN_INTERMEDIAIR_KEY)
#define NL_MSG_CFG_BAD_DATE "[migratie] ingangsdatum = '%s': geen geldige datum (bijvoorbeeld 2026-12-01)"
#define EN_MSG_CFG_BAD_DATE "[migratie] ingangsdatum = '%s': not a valid date (e.g. 2026-12-01)"
MSG_ID(MSG_CFG_BAD_DATE)
#define NL_MSG_CFG_BAD_YEARS                                                                                 \
    "[migratie] looptijd_jaren = '%s': geef een geheel getal van 1 tot en met 5 (een machtiging geldt "      \
    "hoogstens 5 jaar)"
#define EN_MSG_CFG_BAD_YEARS                                                                                 \
    "[migratie] looptijd_jaren = '%s': must be a whole number from 1 to 5 (a machtiging is valid for at "    \
    "most 5 years)"
MSG_ID(MSG_CFG_BAD_YEARS)
#define NL_MSG_CFG_BAD_SCOPE "[migratie] reikwijdte = '%s': gebruik per-dienst of dienstverlener"
#define EN_MSG_CFG_BAD_SCOPE "[migratie] reikwijdte = '%s': use per-dienst or dienstverlener"
MSG_ID(MSG_CFG_BAD_SCOPE)
#define NL_MSG_CFG_BAD_TAAL "[migratie] taal = '%s': gebruik nl of en"
#define EN_MSG_CFG_BAD_TAAL "[migratie] taal = '%s': use nl or en"
MSG_ID(MSG_CFG_BAD_TAAL)
#define NL_MSG_CFG_UNKNOWN_MIGRATIE_KEY                                                                      \
    "onbekende sleutel '%s' in [migratie]; bekend zijn: ingangsdatum, looptijd_jaren, reikwijdte, "          \
    "uitvoerformaat, taal, brieven"
#define EN_MSG_CFG_UNKNOWN_MIGRATIE_KEY                                                                      \
    "unknown key '%s' in [migratie]; known: ingangsdatum, looptijd_jaren, reikwijdte, uitvoerformaat, "      \
    "taal, "                                                                                                 \
    "brieven"
#define NL_MSG_CFG_BAD_BRIEVEN "[migratie] brieven = '%s': gebruik ja of nee"
#define EN_MSG_CFG_BAD_BRIEVEN "[migratie] brieven = '%s': use ja or nee"
MSG_ID(MSG_CFG_BAD_BRIEVEN)
MSG_ID(MSG_CFG_UNKNOWN_MIGRATIE_KEY)
#define NL_MSG_CFG_ENDS_TOO_LATE                                                                             \
    "[migratie] ingangsdatum %s met looptijd_jaren = %d eindigt op %d-%02d-%02d, na %d-12-31, de laatste "   \
    "datum die migrate aanvaardt; kies een eerdere ingangsdatum of een kortere looptijd_jaren"
#define EN_MSG_CFG_ENDS_TOO_LATE                                                                             \
    "[migratie] ingangsdatum %s with looptijd_jaren = %d ends on %d-%02d-%02d, after %d-12-31, the last "    \
    "date accepted; choose an earlier ingangsdatum or a shorter looptijd_jaren"
MSG_ID(MSG_CFG_ENDS_TOO_LATE)
#define NL_MSG_CFG_ENDS_BEFORE_RUN                                                                           \
    "[migratie] ingangsdatum %s met looptijd_jaren = %d eindigt op %s, vóór de datum van deze run (%s): "  \
    "elke aanvraag zou dan al verlopen zijn; kies een latere ingangsdatum"
#define EN_MSG_CFG_ENDS_BEFORE_RUN                                                                           \
    "[migratie] ingangsdatum %s with looptijd_jaren = %d ends on %s, before the run date %s: every "         \
    "request would already have ended; choose a later ingangsdatum"
MSG_ID(MSG_CFG_ENDS_BEFORE_RUN)
#define NL_MSG_CFG_NO_PORTFOLIO "portefeuillemap niet gevonden: %s"
#define EN_MSG_CFG_NO_PORTFOLIO "portfolio folder not found: %s"
MSG_ID(MSG_CFG_NO_PORTFOLIO)
#define NL_MSG_CFG_NOT_A_FOLDER "dit is geen map: een portefeuille is een map met portfolio.ini"
#define EN_MSG_CFG_NOT_A_FOLDER "not a folder: a portfolio is a folder with portfolio.ini"
MSG_ID(MSG_CFG_NOT_A_FOLDER)
#define NL_MSG_CFG_PATH_TOO_LONG "pad te lang of onvoldoende geheugen"
#define EN_MSG_CFG_PATH_TOO_LONG "path too long or out of memory"
MSG_ID(MSG_CFG_PATH_TOO_LONG)
#define NL_MSG_CFG_MISSING_KEYS "[intermediair] moet naam, kvk en leverancier bevatten (ontbreekt: %s%s%s)"
#define EN_MSG_CFG_MISSING_KEYS "[intermediair] needs naam, kvk and leverancier (missing: %s%s%s)"
MSG_ID(MSG_CFG_MISSING_KEYS)

#define NL_MSG_CAT_THIS_FILE "dit catalogusbestand"
#define EN_MSG_CAT_THIS_FILE "this catalogue file"
MSG_ID(MSG_CAT_THIS_FILE)
#define NL_MSG_CAT_OR "of"
#define EN_MSG_CAT_OR "or"
MSG_ID(MSG_CAT_OR)
#define NL_MSG_CAT_ALIASES_ON_ONE_LINE "zet al zijn aliassen op één regel, gescheiden door komma's"
#define EN_MSG_CAT_ALIASES_ON_ONE_LINE "put all its aliases on one line, separated by commas"
MSG_ID(MSG_CAT_ALIASES_ON_ONE_LINE)
#define NL_MSG_CAT_SECTIONS_DIENSTEN "[dienst CODE], bijvoorbeeld [dienst verzuim]"
#define EN_MSG_CAT_SECTIONS_DIENSTEN "[dienst CODE], for example [dienst verzuim]"
MSG_ID(MSG_CAT_SECTIONS_DIENSTEN)
#define NL_MSG_CAT_SECTIONS_LEVERANCIERS "[leverancier NAAM], bijvoorbeeld [leverancier KPN]"
#define EN_MSG_CAT_SECTIONS_LEVERANCIERS "[leverancier NAME], for example [leverancier KPN]"
MSG_ID(MSG_CAT_SECTIONS_LEVERANCIERS)
#define NL_MSG_CAT_SECTIONS_FORMAT "[formaat] en [kolommen]"
#define EN_MSG_CAT_SECTIONS_FORMAT "[formaat] and [kolommen]"
MSG_ID(MSG_CAT_SECTIONS_FORMAT)
#define NL_MSG_CAT_SECTIONS_INVOER "[gebruikers], [werkgevers], [machtigingen] en [waarden]"
#define EN_MSG_CAT_SECTIONS_INVOER "[gebruikers], [werkgevers], [machtigingen] and [waarden]"
MSG_ID(MSG_CAT_SECTIONS_INVOER)
#define NL_MSG_CAT_SECTIONS_ACCOUNTS "[gedeelde_accounts]"
#define EN_MSG_CAT_SECTIONS_ACCOUNTS "[gedeelde_accounts]"
MSG_ID(MSG_CAT_SECTIONS_ACCOUNTS)
#define NL_MSG_CAT_KEY_NAAM "de officiële Nederlandse naam"
#define EN_MSG_CAT_KEY_NAAM "the official Dutch name"
MSG_ID(MSG_CAT_KEY_NAAM)
#define NL_MSG_CAT_KEY_NAME_EN "de Engelse naam"
#define EN_MSG_CAT_KEY_NAME_EN "the English name"
MSG_ID(MSG_CAT_KEY_NAME_EN)
#define NL_MSG_CAT_KEY_ERD "de eigenrisicodragerstatussen die nodig zijn"
#define EN_MSG_CAT_KEY_ERD "eigenrisicodrager statuses needed"
MSG_ID(MSG_CAT_KEY_ERD)
#define NL_MSG_CAT_KEY_DIENST_ID "de dienst-id in eHerkenning"
#define EN_MSG_CAT_KEY_DIENST_ID "the eHerkenning service id"
MSG_ID(MSG_CAT_KEY_DIENST_ID)
#define NL_MSG_CAT_KEY_LEGACY "een oude naam of code"
#define EN_MSG_CAT_KEY_LEGACY "a legacy name or code"
MSG_ID(MSG_CAT_KEY_LEGACY)
#define NL_MSG_CAT_KEY_ALIAS "een andere naam van de leverancier"
#define EN_MSG_CAT_KEY_ALIAS "another name of the supplier"
MSG_ID(MSG_CAT_KEY_ALIAS)
#define NL_MSG_CAT_KEY_KETEN "ja of nee"
#define EN_MSG_CAT_KEY_KETEN "ja or nee"
MSG_ID(MSG_CAT_KEY_KETEN)
#define NL_MSG_CAT_KEY_FORMAAT "het standaard uitvoerformaat"
#define EN_MSG_CAT_KEY_FORMAAT "the default output format"
MSG_ID(MSG_CAT_KEY_FORMAAT)
#define NL_MSG_CAT_KEY_WEBSITE "het webadres van de leverancier"
#define EN_MSG_CAT_KEY_WEBSITE "the supplier's web address"
MSG_ID(MSG_CAT_KEY_WEBSITE)
#define NL_MSG_CAT_KEY_BRON "een openbare bron"
#define EN_MSG_CAT_KEY_BRON "a public source"
MSG_ID(MSG_CAT_KEY_BRON)
#define NL_MSG_CAT_KEY_PORTAAL                                                                               \
    "waar de beheerder aanvragen invoert: zelfde-leverancier, alle, geen of onbekend"
#define EN_MSG_CAT_KEY_PORTAAL                                                                               \
    "where the beheerder enters requests: zelfde-leverancier, alle, geen or onbekend"
MSG_ID(MSG_CAT_KEY_PORTAAL)
#define NL_MSG_CAT_KEY_PROCES "wat de beheerder bij deze leverancier doet"
#define EN_MSG_CAT_KEY_PROCES "what the beheerder does at this supplier"
MSG_ID(MSG_CAT_KEY_PROCES)
#define NL_MSG_CAT_KEY_BIJLAGEN "wat bij een aanvraagformulier mee moet"
#define EN_MSG_CAT_KEY_BIJLAGEN "what must accompany a request form"
MSG_ID(MSG_CAT_KEY_BIJLAGEN)
#define NL_MSG_CAT_KEY_FORMAT_NAAM "de naam van het formaat"
#define EN_MSG_CAT_KEY_FORMAT_NAAM "the format name"
MSG_ID(MSG_CAT_KEY_FORMAT_NAAM)
#define NL_MSG_CAT_KEY_BESCHRIJVING "een beschrijving"
#define EN_MSG_CAT_KEY_BESCHRIJVING "a description"
MSG_ID(MSG_CAT_KEY_BESCHRIJVING)
#define NL_MSG_CAT_KEY_SCHEIDINGSTEKEN "het scheidingsteken tussen de kolommen"
#define EN_MSG_CAT_KEY_SCHEIDINGSTEKEN "the column delimiter"
MSG_ID(MSG_CAT_KEY_SCHEIDINGSTEKEN)
#define NL_MSG_CAT_KEY_CODERING "de tekencodering"
#define EN_MSG_CAT_KEY_CODERING "the encoding"
MSG_ID(MSG_CAT_KEY_CODERING)
#define NL_MSG_CAT_KEY_REGELEINDE "het regeleinde"
#define EN_MSG_CAT_KEY_REGELEINDE "the line ending"
MSG_ID(MSG_CAT_KEY_REGELEINDE)
#define NL_MSG_CAT_KEY_DATUMFORMAAT "het datumformaat"
#define EN_MSG_CAT_KEY_DATUMFORMAAT "the date format"
MSG_ID(MSG_CAT_KEY_DATUMFORMAAT)
#define NL_MSG_CAT_KEY_LHN "het scheidingsteken tussen loonheffingennummers"
#define EN_MSG_CAT_KEY_LHN "the separator of loonheffingennummers"
MSG_ID(MSG_CAT_KEY_LHN)
#define NL_MSG_CAT_KEY_KOLOM "een kolom: bron, of bron | kop"
#define EN_MSG_CAT_KEY_KOLOM "a column: source, or source | header"
MSG_ID(MSG_CAT_KEY_KOLOM)
#define NL_MSG_CAT_KEY_WOORD "een algemeen woord voor een gedeeld account"
#define EN_MSG_CAT_KEY_WOORD "a generic account word"
MSG_ID(MSG_CAT_KEY_WOORD)
#define NL_MSG_CAT_KEY_WAARDE "de woorden die deze waarde betekenen, gescheiden door komma's"
#define EN_MSG_CAT_KEY_WAARDE "the words that mean this value, separated by commas"
MSG_ID(MSG_CAT_KEY_WAARDE)
#define NL_MSG_CAT_WAARDEN_TWICE "sectie [%s] staat er twee keer in (eerst op regel %ld); geef haar één keer"
#define EN_MSG_CAT_WAARDEN_TWICE "section [%s] appears twice (first on line %ld); give it once"
MSG_ID(MSG_CAT_WAARDEN_TWICE)
#define NL_MSG_CAT_WAARDEN_BAD_WORD                                                                          \
    "leeg of te lang woord in de lijst van '%s'; toegestaan: woorden van hoogstens %d tekens, gescheiden "   \
    "door enkele komma's"
#define EN_MSG_CAT_WAARDEN_BAD_WORD                                                                          \
    "empty or too long word in the list of '%s'; accepted: words of at most %d characters separated by "     \
    "single commas"
MSG_ID(MSG_CAT_WAARDEN_BAD_WORD)
#define NL_MSG_CAT_WAARDEN_WORD_TAKEN "'%s' is al een woord van '%s'; een woord hoort bij één waarde"
#define EN_MSG_CAT_WAARDEN_WORD_TAKEN "'%s' is already a word of '%s'; a word must lead to one value"
MSG_ID(MSG_CAT_WAARDEN_WORD_TAKEN)
#define NL_MSG_CAT_WAARDEN_MISSING                                                                           \
    "geen sectie [waarden]; invoer.ini heeft [waarden] nodig met de woorden van de invoerwaarden "           \
    "(status_actief = actief, active enzovoort)"
#define EN_MSG_CAT_WAARDEN_MISSING                                                                           \
    "no [waarden] section; invoer.ini needs [waarden] with the words of the input values "                   \
    "(status_actief = actief, active and so on)"
MSG_ID(MSG_CAT_WAARDEN_MISSING)
#define NL_MSG_CAT_NO_VALUE "sleutel '%s' heeft geen waarde; geef een waarde na '='"
#define EN_MSG_CAT_NO_VALUE "key '%s' has no value; give a value after '='"
MSG_ID(MSG_CAT_NO_VALUE)
#define NL_MSG_CAT_VALUE_TOO_LONG "de waarde van '%s' is langer dan %d tekens; maak hem korter"
#define EN_MSG_CAT_VALUE_TOO_LONG "the value of '%s' is longer than %d characters; shorten it"
MSG_ID(MSG_CAT_VALUE_TOO_LONG)
#define NL_MSG_CAT_BAD_WORD "'%s' is geen geldige waarde voor %s; toegestaan: %s"
#define EN_MSG_CAT_BAD_WORD "'%s' is not a valid %s; accepted: %s"
MSG_ID(MSG_CAT_BAD_WORD)
#define NL_MSG_CAT_UNKNOWN_SECTION "onbekende sectie [%s]; toegestaan: %s"
#define EN_MSG_CAT_UNKNOWN_SECTION "unknown section [%s]; accepted: %s"
MSG_ID(MSG_CAT_UNKNOWN_SECTION)
#define NL_MSG_CAT_UNKNOWN_SECTION_INVOER "onbekende sectie [%s]; toegestaan: %s (één per invoerbestand)"
#define EN_MSG_CAT_UNKNOWN_SECTION_INVOER "unknown section [%s]; accepted: %s (one per input file)"
MSG_ID(MSG_CAT_UNKNOWN_SECTION_INVOER)
#define NL_MSG_CAT_BAD_SERVICE_CODE                                                                          \
    "dienstcode '%s' is ongeldig; een code bestaat uit kleine letters en cijfers, verbonden door '-', "      \
    "bijvoorbeeld erd-controle"
#define EN_MSG_CAT_BAD_SERVICE_CODE                                                                          \
    "service code '%s' is not valid; a code is lower-case letters and digits joined by '-', for example "    \
    "erd-controle"
MSG_ID(MSG_CAT_BAD_SERVICE_CODE)
#define NL_MSG_CAT_SERVICE_TWICE                                                                             \
    "dienstcode '%s' is twee keer gedefinieerd (eerst op regel %ld); definieer elke code één keer"
#define EN_MSG_CAT_SERVICE_TWICE "service code '%s' is defined twice (first on line %ld); each code once"
MSG_ID(MSG_CAT_SERVICE_TWICE)
#define NL_MSG_CAT_CODE_IS_NAME                                                                              \
    "dienstcode '%s' is al een naam van dienst '%s'; een naam moet naar één dienst leiden"
#define EN_MSG_CAT_CODE_IS_NAME                                                                              \
    "service code '%s' is already a name of service '%s'; a name must lead to one service"
MSG_ID(MSG_CAT_CODE_IS_NAME)
#define NL_MSG_CAT_TOO_MANY_SERVICES "meer dan %d diensten; er zijn er hoogstens %d toegestaan"
#define EN_MSG_CAT_TOO_MANY_SERVICES "more than %d services; at most %d are accepted"
MSG_ID(MSG_CAT_TOO_MANY_SERVICES)
#define NL_MSG_CAT_NAME_TAKEN "'%s' is al een naam van dienst '%s'; een naam moet naar één dienst leiden"
#define EN_MSG_CAT_NAME_TAKEN "'%s' is already a name of service '%s'; a name must lead to one service"
MSG_ID(MSG_CAT_NAME_TAKEN)
#define NL_MSG_CAT_BAD_ERD                                                                                   \
    "'%.*s' is geen eigenrisicodragerstatus; toegestaan: %s, gescheiden door spaties of komma's, of niets "  \
    "als de dienst er geen nodig heeft"
#define EN_MSG_CAT_BAD_ERD                                                                                   \
    "'%.*s' is not an eigenrisicodrager status; accepted: %s, separated by spaces or commas, or nothing "    \
    "when the service needs none"
MSG_ID(MSG_CAT_BAD_ERD)
#define NL_MSG_CAT_ERD_BOTH "erd noemt zowel 'geen' als een status; geef statussen (%s) of geen"
#define EN_MSG_CAT_ERD_BOTH "erd says both 'geen' and a status; give statuses (%s) or geen"
MSG_ID(MSG_CAT_ERD_BOTH)
#define NL_MSG_CAT_DIENST_ID_TOO_LONG "dienst_id is langer dan %d tekens"
#define EN_MSG_CAT_DIENST_ID_TOO_LONG "dienst_id is longer than %d characters"
MSG_ID(MSG_CAT_DIENST_ID_TOO_LONG)
#define NL_MSG_CAT_DIENST_ID_SPACE                                                                           \
    "dienst_id '%s' bevat een spatie; geef de dienst-id (urn:etoegang:DV:...) of laat hem leeg"
#define EN_MSG_CAT_DIENST_ID_SPACE                                                                           \
    "dienst_id '%s' contains a space; give the service id (urn:etoegang:DV:...) or leave it empty"
MSG_ID(MSG_CAT_DIENST_ID_SPACE)
#define NL_MSG_CAT_TOO_MANY_LEGACY "meer dan %d oude namen voor dienst '%s'"
#define EN_MSG_CAT_TOO_MANY_LEGACY "more than %d legacy names for service '%s'"
MSG_ID(MSG_CAT_TOO_MANY_LEGACY)
#define NL_MSG_CAT_UNHANDLED_KEY "sleutel '%s' niet verwerkt"
#define EN_MSG_CAT_UNHANDLED_KEY "unhandled key '%s'"
MSG_ID(MSG_CAT_UNHANDLED_KEY)
#define NL_MSG_CAT_SUPPLIER_TAKEN                                                                            \
    "leveranciersnaam '%s' wordt al gebruikt door [leverancier %s] op regel %ld (namen worden vergeleken "   \
    "zonder hoofdletters, spaties en '-'); gebruik elke naam één keer"
#define EN_MSG_CAT_SUPPLIER_TAKEN                                                                            \
    "supplier name '%s' is already used by [leverancier %s] on line %ld (names compare without case, "       \
    "spaces and '-'); each name once"
MSG_ID(MSG_CAT_SUPPLIER_TAKEN)
#define NL_MSG_CAT_TOO_MANY_SUPPLIERS "meer dan %d leveranciers; er zijn er hoogstens %d toegestaan"
#define EN_MSG_CAT_TOO_MANY_SUPPLIERS "more than %d suppliers; at most %d are accepted"
MSG_ID(MSG_CAT_TOO_MANY_SUPPLIERS)
#define NL_MSG_CAT_TOO_MANY_ALIASES "meer dan %d aliassen voor leverancier '%s'"
#define EN_MSG_CAT_TOO_MANY_ALIASES "more than %d aliases for supplier '%s'"
MSG_ID(MSG_CAT_TOO_MANY_ALIASES)
#define NL_MSG_CAT_TOO_MANY_SOURCES "meer dan %d bron-regels voor leverancier '%s'"
#define EN_MSG_CAT_TOO_MANY_SOURCES "more than %d bron lines for supplier '%s'"
MSG_ID(MSG_CAT_TOO_MANY_SOURCES)
#define NL_MSG_CAT_UNKNOWN_FORMAT "onbekend uitvoerformaat '%s'; de formaten in %s/uitvoer zijn: %s"
#define EN_MSG_CAT_UNKNOWN_FORMAT "unknown output format '%s'; the formats in %s/uitvoer are: %s"
MSG_ID(MSG_CAT_UNKNOWN_FORMAT)
#define NL_MSG_CAT_BAD_WEBSITE                                                                               \
    "website '%s' is geen webadres; toegestaan: een adres dat begint met https:// of http://"
#define EN_MSG_CAT_BAD_WEBSITE                                                                               \
    "website '%s' is not a web address; accepted: an address starting with https:// or http://"
MSG_ID(MSG_CAT_BAD_WEBSITE)
#define NL_MSG_CAT_BAD_FORMAT_NAME                                                                           \
    "formaatnaam '%s' is ongeldig; toegestaan: letters, cijfers, '-' en '_', geen spaties"
#define EN_MSG_CAT_BAD_FORMAT_NAME                                                                           \
    "format name '%s' is not valid; accepted: letters, digits, '-' and '_', no spaces"
MSG_ID(MSG_CAT_BAD_FORMAT_NAME)
#define NL_MSG_CAT_FORMAT_NAME_TAKEN                                                                         \
    "formaatnaam '%s' wordt al gebruikt door een ander bestand in uitvoer/; geef elk formaat een eigen naam"
#define EN_MSG_CAT_FORMAT_NAME_TAKEN                                                                         \
    "format name '%s' is already used by another file in uitvoer/; give each format its own naam"
MSG_ID(MSG_CAT_FORMAT_NAME_TAKEN)
#define NL_MSG_CAT_DESCRIPTION_TOO_LONG "beschrijving is langer dan %d tekens; maak hem korter"
#define EN_MSG_CAT_DESCRIPTION_TOO_LONG "beschrijving is longer than %d characters; shorten it"
MSG_ID(MSG_CAT_DESCRIPTION_TOO_LONG)
#define NL_MSG_CAT_NO_SOURCE "%s heeft geen bron; toegestane bronnen: %s"
#define EN_MSG_CAT_NO_SOURCE "%s has no source; accepted sources: %s"
MSG_ID(MSG_CAT_NO_SOURCE)
#define NL_MSG_CAT_UNKNOWN_SOURCE "onbekende kolombron '%s'; toegestane bronnen: %s"
#define EN_MSG_CAT_UNKNOWN_SOURCE "unknown column source '%s'; accepted sources: %s"
MSG_ID(MSG_CAT_UNKNOWN_SOURCE)
#define NL_MSG_CAT_NO_HEADER "geen koptekst na '|'; schrijf 'kolom = %s | Koptekst' of laat de '|' weg"
#define EN_MSG_CAT_NO_HEADER "no header text after '|'; write 'kolom = %s | Header text' or leave out the '|'"
MSG_ID(MSG_CAT_NO_HEADER)
#define NL_MSG_CAT_HEADER_TOO_LONG "de koptekst is langer dan %d tekens"
#define EN_MSG_CAT_HEADER_TOO_LONG "the header text is longer than %d characters"
MSG_ID(MSG_CAT_HEADER_TOO_LONG)
#define NL_MSG_CAT_HEADER_TWICE "kolomkop '%s' komt twee keer voor; geef elke kolom een eigen kop"
#define EN_MSG_CAT_HEADER_TWICE "column header '%s' appears twice; give each column its own"
MSG_ID(MSG_CAT_HEADER_TWICE)
#define NL_MSG_CAT_TOO_MANY_COLUMNS "meer dan %d kolommen; er zijn er hoogstens %d toegestaan"
#define EN_MSG_CAT_TOO_MANY_COLUMNS "more than %d columns; at most %d are accepted"
MSG_ID(MSG_CAT_TOO_MANY_COLUMNS)
#define NL_MSG_CAT_SECTION_TWICE "sectie [%s] komt twee keer voor (eerst op regel %ld); geef hem één keer"
#define EN_MSG_CAT_SECTION_TWICE "section [%s] appears twice (first on line %ld); give it once"
MSG_ID(MSG_CAT_SECTION_TWICE)
#define NL_MSG_CAT_NO_FORMAAT                                                                                \
    "geen sectie [formaat]; een uitvoerformaat heeft [formaat] (naam, scheidingsteken, codering, "           \
    "regeleinde, datumformaat) en [kolommen] nodig"
#define EN_MSG_CAT_NO_FORMAAT                                                                                \
    "no [formaat] section; an output format needs [formaat] (naam, scheidingsteken, codering, regeleinde, "  \
    "datumformaat) and [kolommen]"
MSG_ID(MSG_CAT_NO_FORMAAT)
#define NL_MSG_CAT_NO_COLUMNS                                                                                \
    "geen kolommen; voeg een sectie [kolommen] toe met per kolom een regel 'kolom = BRON'"
#define EN_MSG_CAT_NO_COLUMNS "no columns; add a [kolommen] section with one 'kolom = SOURCE' line per column"
MSG_ID(MSG_CAT_NO_COLUMNS)
#define NL_MSG_CAT_NOT_A_FIELD "'%s' is geen veld van %s; de velden zijn: %s"
#define EN_MSG_CAT_NOT_A_FIELD "'%s' is not a field of %s; its fields are: %s"
MSG_ID(MSG_CAT_NOT_A_FIELD)
#define NL_MSG_CAT_FIELD_TWICE                                                                               \
    "veld '%s' staat twee keer in [%s] (eerst op regel %ld); zet al zijn aliassen op één regel, "          \
    "gescheiden door komma's"
#define EN_MSG_CAT_FIELD_TWICE                                                                               \
    "field '%s' is given twice in [%s] (first on line %ld); put all its aliases on one line, separated by "  \
    "commas"
MSG_ID(MSG_CAT_FIELD_TWICE)
#define NL_MSG_CAT_EMPTY_ALIAS                                                                               \
    "lege alias in de lijst van '%s' (een komma aan het begin of het eind, of twee komma's achter elkaar); " \
    "toegestaan: namen gescheiden door één komma"
#define EN_MSG_CAT_EMPTY_ALIAS                                                                               \
    "empty alias in the list of '%s' (a comma at the start or end, or two in a row); accepted: names "       \
    "separated by single commas"
MSG_ID(MSG_CAT_EMPTY_ALIAS)
#define NL_MSG_CAT_ALIAS_TOO_LONG "een alias van '%s' is langer dan %d tekens"
#define EN_MSG_CAT_ALIAS_TOO_LONG "an alias of '%s' is longer than %d characters"
MSG_ID(MSG_CAT_ALIAS_TOO_LONG)
#define NL_MSG_CAT_ALIAS_TAKEN                                                                               \
    "alias '%s' is al een naam van veld '%s' in [%s]; een kolomkop moet naar één veld leiden"
#define EN_MSG_CAT_ALIAS_TAKEN                                                                               \
    "alias '%s' is already a name of field '%s' in [%s]; a header must lead to one field"
MSG_ID(MSG_CAT_ALIAS_TAKEN)
#define NL_MSG_CAT_TOO_MANY_FIELD_ALIASES "meer dan %d aliassen voor veld '%s'"
#define EN_MSG_CAT_TOO_MANY_FIELD_ALIASES "more than %d aliases for field '%s'"
MSG_ID(MSG_CAT_TOO_MANY_FIELD_ALIASES)
#define NL_MSG_CAT_NOT_ONE_WORD "'%s' is meer dan één woord; geef één woord per regel"
#define EN_MSG_CAT_NOT_ONE_WORD "'%s' is more than one word; give one word per line"
MSG_ID(MSG_CAT_NOT_ONE_WORD)
#define NL_MSG_CAT_WORD_TWICE "woord '%s' staat twee keer in de lijst; noem elk woord één keer"
#define EN_MSG_CAT_WORD_TWICE "word '%s' is listed twice; list each word once"
MSG_ID(MSG_CAT_WORD_TWICE)
#define NL_MSG_CAT_TOO_MANY_WORDS "meer dan %d woorden; er zijn er hoogstens %d toegestaan"
#define EN_MSG_CAT_TOO_MANY_WORDS "more than %d words; at most %d are accepted"
MSG_ID(MSG_CAT_TOO_MANY_WORDS)
#define NL_MSG_CAT_MISSING_KEY "sectie [%s] mist sleutel '%s' (%s); voeg een regel '%s = ...' toe"
#define EN_MSG_CAT_MISSING_KEY "section [%s] lacks key '%s' (%s); add a line '%s = ...'"
MSG_ID(MSG_CAT_MISSING_KEY)
#define NL_MSG_CAT_SECTION_TOO_LONG "de sectiekop is langer dan %d tekens"
#define EN_MSG_CAT_SECTION_TOO_LONG "section header is longer than %d characters"
MSG_ID(MSG_CAT_SECTION_TOO_LONG)
#define NL_MSG_CAT_KEY_BEFORE_SECTION "sleutel '%s' staat vóór de eerste sectie; zet hem onder %s"
#define EN_MSG_CAT_KEY_BEFORE_SECTION "key '%s' comes before any section; put it under %s"
MSG_ID(MSG_CAT_KEY_BEFORE_SECTION)
#define NL_MSG_CAT_UNKNOWN_KEY "onbekende sleutel '%s' in sectie [%s]; toegestane sleutels: %s"
#define EN_MSG_CAT_UNKNOWN_KEY "unknown key '%s' in section [%s]; accepted keys: %s"
MSG_ID(MSG_CAT_UNKNOWN_KEY)
#define NL_MSG_CAT_UNHANDLED_SECTION "sectie [%s] niet verwerkt"
#define EN_MSG_CAT_UNHANDLED_SECTION "unhandled section [%s]"
MSG_ID(MSG_CAT_UNHANDLED_SECTION)
#define NL_MSG_CAT_CANNOT_OPEN "kan dit catalogusbestand niet openen: %s"
#define EN_MSG_CAT_CANNOT_OPEN "cannot open this catalogue file: %s"
MSG_ID(MSG_CAT_CANNOT_OPEN)
#define NL_MSG_CAT_PATH_TOO_LONG "het pad van catalogusbestand %s is langer dan %d tekens"
#define EN_MSG_CAT_PATH_TOO_LONG "path of catalogue file %s is longer than %d characters"
MSG_ID(MSG_CAT_PATH_TOO_LONG)
#define NL_MSG_CAT_CANNOT_OPEN_FORMATS "kan de map met uitvoerformaten niet openen: %s"
#define EN_MSG_CAT_CANNOT_OPEN_FORMATS "cannot open the output format folder: %s"
MSG_ID(MSG_CAT_CANNOT_OPEN_FORMATS)
#define NL_MSG_CAT_TOO_MANY_FORMATS "meer dan %d uitvoerformaten; er zijn er hoogstens %d toegestaan"
#define EN_MSG_CAT_TOO_MANY_FORMATS "more than %d output formats; at most %d are accepted"
MSG_ID(MSG_CAT_TOO_MANY_FORMATS)
#define NL_MSG_CAT_NO_FORMAT                                                                                 \
    "geen uitvoerformaat; zet minstens één bestand NAAM.ini (zoals generiek.ini) in deze map"
#define EN_MSG_CAT_NO_FORMAT                                                                                 \
    "no output format; put at least one NAME.ini file (such as generiek.ini) in this folder"
MSG_ID(MSG_CAT_NO_FORMAT)
#define NL_MSG_CAT_NO_SERVICE "bevat geen enkele dienst; voeg minstens één sectie [dienst CODE] toe"
#define EN_MSG_CAT_NO_SERVICE "defines no service; add at least one [dienst CODE] section"
MSG_ID(MSG_CAT_NO_SERVICE)

/* ---- reading input (csvread.c) ----------------------------------------------------------------- */

#define NL_MSG_CSV_CANNOT_OPEN "kan niet openen: %s"
#define EN_MSG_CSV_CANNOT_OPEN "cannot open: %s"
MSG_ID(MSG_CSV_CANNOT_OPEN)
#define NL_MSG_CSV_CANNOT_READ "kan niet lezen: %s"
#define EN_MSG_CSV_CANNOT_READ "cannot read: %s"
MSG_ID(MSG_CSV_CANNOT_READ)
#define NL_MSG_CSV_NOT_REGULAR "dit is geen gewoon bestand"
#define EN_MSG_CSV_NOT_REGULAR "not a regular file"
MSG_ID(MSG_CSV_NOT_REGULAR)
#define NL_MSG_CSV_IS_DIRECTORY "dit is geen gewoon bestand (het is een map)"
#define EN_MSG_CSV_IS_DIRECTORY "not a regular file (it is a directory)"
MSG_ID(MSG_CSV_IS_DIRECTORY)
#define NL_MSG_CSV_TOO_MANY_FIELDS "het record op regel %ld heeft meer dan %d velden"
#define EN_MSG_CSV_TOO_MANY_FIELDS "record at line %ld has more than %d fields"
MSG_ID(MSG_CSV_TOO_MANY_FIELDS)
#define NL_MSG_CSV_FIELD_TOO_LONG "veld %zu van het record op regel %ld is langer dan %d bytes"
#define EN_MSG_CSV_FIELD_TOO_LONG "field %zu of the record at line %ld is longer than %d bytes"
MSG_ID(MSG_CSV_FIELD_TOO_LONG)
#define NL_MSG_CSV_PARSER "CSV-parser: %s"
#define EN_MSG_CSV_PARSER "CSV parser: %s"
MSG_ID(MSG_CSV_PARSER)
#define NL_MSG_CSV_RECORD_TOO_LONG "het record op regel %ld is langer dan %d bytes"
#define EN_MSG_CSV_RECORD_TOO_LONG "record at line %ld is longer than %d bytes"
MSG_ID(MSG_CSV_RECORD_TOO_LONG)
#define NL_MSG_CSV_NOT_CP1252 "byte 0x%02X op regel %ld (byte-offset %llu) bestaat niet in Windows-1252"
#define EN_MSG_CSV_NOT_CP1252 "byte 0x%02X at line %ld (byte offset %llu) is not defined in Windows-1252"
MSG_ID(MSG_CSV_NOT_CP1252)
#define NL_MSG_CSV_BAD_UTF8 "ongeldige UTF-8 op regel %ld (byte-offset %llu)"
#define EN_MSG_CSV_BAD_UTF8 "invalid UTF-8 at line %ld (byte offset %llu)"
MSG_ID(MSG_CSV_BAD_UTF8)
#define NL_MSG_CSV_TRUNCATED_UTF8                                                                            \
    "ongeldige UTF-8 op regel %ld (byte-offset %llu): het laatste teken is afgebroken"
#define EN_MSG_CSV_TRUNCATED_UTF8 "invalid UTF-8 at line %ld (byte offset %llu): truncated sequence"
MSG_ID(MSG_CSV_TRUNCATED_UTF8)
#define NL_MSG_CSV_NUL "NUL-byte op regel %ld (byte-offset %llu): is dit wel een tekstbestand?"
#define EN_MSG_CSV_NUL "NUL byte at line %ld (byte offset %llu): not a text file?"
MSG_ID(MSG_CSV_NUL)
#define NL_MSG_CSV_UNTERMINATED                                                                              \
    "een veld tussen aanhalingstekens is niet afgesloten in het record dat begint op regel %ld"
#define EN_MSG_CSV_UNTERMINATED "unterminated quoted field in the record starting at line %ld"
MSG_ID(MSG_CSV_UNTERMINATED)
#define NL_MSG_CSV_FEED_AFTER_FINISH "cr_parser_feed na cr_parser_finish"
#define EN_MSG_CSV_FEED_AFTER_FINISH "cr_parser_feed after cr_parser_finish"
MSG_ID(MSG_CSV_FEED_AFTER_FINISH)
#define NL_MSG_CSV_DELIMITER_UNKNOWN                                                                         \
    "kan het scheidingsteken van %s niet bepalen (de kopregel bevat geen bekende kolomnamen en het aantal "  \
    "velden per regel wisselt); stel `delimiter =` in in portfolio.ini (sectie [bestanden])"
#define EN_MSG_CSV_DELIMITER_UNKNOWN                                                                         \
    "cannot tell the delimiter of %s (no known column names in the header and no consistent field "          \
    "count); set `delimiter =` in portfolio.ini ([bestanden] section)"
MSG_ID(MSG_CSV_DELIMITER_UNKNOWN)
#define NL_MSG_CSV_DELIMITER_AMBIGUOUS                                                                       \
    "kan het scheidingsteken van %s niet bepalen (mogelijke scheidingstekens: %s); stel `delimiter =` in "   \
    "in portfolio.ini (sectie [bestanden])"
#define EN_MSG_CSV_DELIMITER_AMBIGUOUS                                                                       \
    "cannot tell the delimiter of %s (candidates: %s); set `delimiter =` in portfolio.ini ([bestanden] "     \
    "section)"
MSG_ID(MSG_CSV_DELIMITER_AMBIGUOUS)
#define NL_MSG_CSV_AND "en"
#define EN_MSG_CSV_AND "and"
MSG_ID(MSG_CSV_AND)
#define NL_MSG_CSV_GZIP_NOMEM "kan het uitpakken van gzip niet starten: onvoldoende geheugen"
#define EN_MSG_CSV_GZIP_NOMEM "cannot start gzip decompression: out of memory"
MSG_ID(MSG_CSV_GZIP_NOMEM)
#define NL_MSG_CSV_GZIP_JUNK                                                                                 \
    "kan %s niet lezen: de gegevens op byte-offset %llu, na gzip-member %ld, zijn geen gzip-member "         \
    "(gegevens na het gecomprimeerde deel worden nooit overgeslagen)"
#define EN_MSG_CSV_GZIP_JUNK                                                                                 \
    "cannot read %s: the data at byte offset %llu, after gzip member %ld, is not a gzip member (junk after " \
    "compressed data is never skipped)"
MSG_ID(MSG_CSV_GZIP_JUNK)
#define NL_MSG_CSV_GZIP_CORRUPT "kan %s niet lezen: de gzip-gegevens zijn beschadigd of afgebroken"
#define EN_MSG_CSV_GZIP_CORRUPT "cannot read %s: corrupt or truncated gzip data"
MSG_ID(MSG_CSV_GZIP_CORRUPT)
#define NL_MSG_CSV_READ_FILE "kan %s niet lezen: %s"
#define EN_MSG_CSV_READ_FILE "cannot read %s: %s"
MSG_ID(MSG_CSV_READ_FILE)
#define NL_MSG_CSV_READ_FILE_ERROR "kan %s niet lezen: leesfout"
#define EN_MSG_CSV_READ_FILE_ERROR "cannot read %s: read error"
MSG_ID(MSG_CSV_READ_FILE_ERROR)
#define NL_MSG_CSV_UTF16                                                                                     \
    "het bestand is UTF-16-tekst (%s), geen UTF-8; sla het op als UTF-8 (in Excel: \"CSV UTF-8\") en "       \
    "start migrate opnieuw"
#define EN_MSG_CSV_UTF16                                                                                     \
    "the file is UTF-16 text (%s), not UTF-8; save it as UTF-8 (in Excel: \"CSV UTF-8\") and run again"
MSG_ID(MSG_CSV_UTF16)
#define NL_MSG_CSV_UTF16_LE_BOM "little-endian, met byte order mark"
#define EN_MSG_CSV_UTF16_LE_BOM "little-endian, with a byte order mark"
MSG_ID(MSG_CSV_UTF16_LE_BOM)
#define NL_MSG_CSV_UTF16_BE_BOM "big-endian, met byte order mark"
#define EN_MSG_CSV_UTF16_BE_BOM "big-endian, with a byte order mark"
MSG_ID(MSG_CSV_UTF16_BE_BOM)
#define NL_MSG_CSV_UTF16_LE "little-endian"
#define EN_MSG_CSV_UTF16_LE "little-endian"
MSG_ID(MSG_CSV_UTF16_LE)
#define NL_MSG_CSV_UTF16_BE "big-endian"
#define EN_MSG_CSV_UTF16_BE "big-endian"
MSG_ID(MSG_CSV_UTF16_BE)
#define NL_MSG_CSV_MIXED_ENCODING                                                                            \
    "mixed-encoding: byte 0x%02X op regel %ld (byte-offset %llu) is geen UTF-8, maar het bestand bevat ook " \
    "geldige UTF-8-tekens; herstel het bestand (sla het op als UTF-8) of stel `encoding =` in in "           \
    "portfolio.ini (sectie [bestanden])"
#define EN_MSG_CSV_MIXED_ENCODING                                                                            \
    "mixed-encoding: byte 0x%02X at line %ld (byte offset %llu) is not UTF-8, but the file also holds "      \
    "valid UTF-8 characters; fix the file (save it as UTF-8) or set `encoding =` in portfolio.ini "          \
    "([bestanden] section)"
MSG_ID(MSG_CSV_MIXED_ENCODING)
#define NL_MSG_CSV_SEMICOLON "puntkomma"
#define EN_MSG_CSV_SEMICOLON "semicolon"
MSG_ID(MSG_CSV_SEMICOLON)
#define NL_MSG_CSV_COMMA "komma"
#define EN_MSG_CSV_COMMA "comma"
MSG_ID(MSG_CSV_COMMA)
#define NL_MSG_CSV_TAB "tab"
#define EN_MSG_CSV_TAB "tab"
MSG_ID(MSG_CSV_TAB)
#define NL_MSG_CSV_PIPE "pijp"
#define EN_MSG_CSV_PIPE "pipe"
MSG_ID(MSG_CSV_PIPE)
#define NL_MSG_CSV_DELIMITER_NONE "onbekend"
#define EN_MSG_CSV_DELIMITER_NONE "unknown"
MSG_ID(MSG_CSV_DELIMITER_NONE)

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
#define NL_MSG_VALIDATE_READ_AS_ZELFSTANDIG "gelezen als zelfstandig (één ondertekenaar volstaat)"
#define EN_MSG_VALIDATE_READ_AS_ZELFSTANDIG "read as zelfstandig (one signer suffices)"
MSG_ID(MSG_VALIDATE_READ_AS_ZELFSTANDIG)
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

/* ---- status runs (status.c, and its columns in table.c) ---------------------------------------- */

#define NL_MSG_ST_ACT_GEREGISTREERD                                                                          \
    "Geregistreerd: geef de interne machtigingen door (interne-machtigingen-nu.csv)."
#define EN_MSG_ST_ACT_GEREGISTREERD                                                                          \
    "Registered: pass on the internal authorisations (interne-machtigingen-nu.csv)."
MSG_ID(MSG_ST_ACT_GEREGISTREERD)
#define NL_MSG_ST_ACT_VERLOOPT                                                                               \
    "Verloopt binnenkort: de verlenging vanaf de dag na de einddatum staat in aanvulling/; dien die in."
#define EN_MSG_ST_ACT_VERLOOPT                                                                               \
    "Expires soon: the renewal from the day after the end date is in aanvulling/; submit it."
MSG_ID(MSG_ST_ACT_VERLOOPT)
#define NL_MSG_ST_ACT_VERLOPEN                                                                               \
    "Verlopen maar nog nodig: de nieuwe aanvraag staat in aanvulling/; dien die in."
#define EN_MSG_ST_ACT_VERLOPEN "Expired but still needed: the new request is in aanvulling/; submit it."
MSG_ID(MSG_ST_ACT_VERLOPEN)
#define NL_MSG_ST_ACT_AANGEVRAAGD                                                                            \
    "Aangevraagd, nog niet geregistreerd: vraag de klant of de leverancier na als het lang duurt."
#define EN_MSG_ST_ACT_AANGEVRAAGD                                                                            \
    "Requested, not registered yet: ask the client or the supplier if it takes long."
MSG_ID(MSG_ST_ACT_AANGEVRAAGD)
#define NL_MSG_ST_ACT_AFGEWEZEN                                                                              \
    "Afgewezen door de leverancier: vraag waarom, herstel dat en dien de aanvraag in aanvulling/ opnieuw "   \
    "in."
#define EN_MSG_ST_ACT_AFGEWEZEN                                                                              \
    "Refused by the supplier: ask why, put it right and submit the request in aanvulling/ again."
MSG_ID(MSG_ST_ACT_AFGEWEZEN)
#define NL_MSG_ST_ACT_ONTBREEKT "Nodig en nooit (of niet meer) aangevraagd: de aanvraag staat in aanvulling/."
#define EN_MSG_ST_ACT_ONTBREEKT "Needed and never (or no longer) requested: the request is in aanvulling/."
MSG_ID(MSG_ST_ACT_ONTBREEKT)
#define NL_MSG_ST_ACT_OVERBODIG                                                                              \
    "Niet meer nodig: trek de ketenmachtiging of de aanvraag in bij de leverancier."
#define EN_MSG_ST_ACT_OVERBODIG                                                                              \
    "No longer needed: withdraw the chain authorisation or the request at the supplier."
MSG_ID(MSG_ST_ACT_OVERBODIG)

/* ---- an earlier output read back (prior.c) ----------------------------------------------------- */

#define NL_MSG_PRIOR_NO_STAND                                                                                \
    "de vorige uitvoer heeft geen stand.csv: een controle (check) en een run met --strict en fouten "        \
    "vragen niets aan; geef de map van een run die de aanvraagbestanden schreef"
#define EN_MSG_PRIOR_NO_STAND                                                                                \
    "the previous output has no stand.csv: a check and a run with --strict and errors request nothing; "     \
    "give the folder of a run that wrote the request files"
MSG_ID(MSG_PRIOR_NO_STAND)
#define NL_MSG_PRIOR_HEADER "de kopregel is niet die van migrate; verwacht: %s"
#define EN_MSG_PRIOR_HEADER "the header is not migrate's; expected: %s"
MSG_ID(MSG_PRIOR_HEADER)
#define NL_MSG_PRIOR_FIELDS "de regel heeft %zu velden, de kopregel %zu"
#define EN_MSG_PRIOR_FIELDS "the line has %zu fields, the header %zu"
MSG_ID(MSG_PRIOR_FIELDS)
#define NL_MSG_PRIOR_VALUE "kolom %s: '%s' is niet zoals migrate het schrijft"
#define EN_MSG_PRIOR_VALUE "column %s: '%s' is not as migrate writes it"
MSG_ID(MSG_PRIOR_VALUE)
#define NL_MSG_PRIOR_TWICE "KvK %s, dienst %s staat ook al op regel %ld"
#define EN_MSG_PRIOR_TWICE "KvK %s, service %s is also on line %ld"
MSG_ID(MSG_PRIOR_TWICE)
#define NL_MSG_PRIOR_SERVICE                                                                                 \
    "dienst '%s' staat niet (meer) in formats/diensten.ini; zet de dienst terug of begin met een nieuwe run"
#define EN_MSG_PRIOR_SERVICE                                                                                 \
    "service '%s' is not (or no longer) in formats/diensten.ini; put it back or start again with a new run"
MSG_ID(MSG_PRIOR_SERVICE)
/* ---- the supplier's registrations export (registry.c) ----------------------------------------- */

#define NL_MSG_REG_UNKNOWN_LAYOUT "onbekende registratie-indeling '%s'; de indelingen in %s zijn: %s"
#define EN_MSG_REG_UNKNOWN_LAYOUT "unknown registrations layout '%s'; the layouts in %s are: %s"
MSG_ID(MSG_REG_UNKNOWN_LAYOUT)
#define NL_MSG_REG_NO_LAYOUT                                                                                 \
    "onbekende registratie-indeling '%s'; in %s staat geen enkele indeling (NAAM.ini)"
#define EN_MSG_REG_NO_LAYOUT "unknown registrations layout '%s'; %s holds no layout (NAME.ini)"
MSG_ID(MSG_REG_NO_LAYOUT)
#define NL_MSG_REG_SECTION_MISSING                                                                           \
    "geen sectie [%s]; een registratie-indeling heeft [formaat], [kolommen] en [waarden] nodig"
#define EN_MSG_REG_SECTION_MISSING                                                                           \
    "no [%s] section; a registrations layout needs [formaat], [kolommen] and [waarden]"
MSG_ID(MSG_REG_SECTION_MISSING)
#define NL_MSG_REG_NAME_MISMATCH "naam '%s' is niet de naam van het bestand (%s); geef ze dezelfde naam"
#define EN_MSG_REG_NAME_MISMATCH "naam '%s' is not the name of the file (%s); give them the same name"
MSG_ID(MSG_REG_NAME_MISMATCH)
#define NL_MSG_REG_STATUS_UNKNOWN "geen status van registratie-indeling %s; toegestaan: %s"
#define EN_MSG_REG_STATUS_UNKNOWN "not a status of registrations layout %s; accepted: %s"
MSG_ID(MSG_REG_STATUS_UNKNOWN)
#define NL_MSG_REG_BAD_SLOT "bestandsnummer %d is geen plaats voor een registratie-export (%d tot en met %d)"
#define EN_MSG_REG_BAD_SLOT "file index %d is not a registrations export's slot (%d to %d)"
MSG_ID(MSG_REG_BAD_SLOT)
#define NL_MSG_REG_SLOT_USED "bestandsnummer %d is al gelezen; elke export krijgt een eigen nummer"
#define EN_MSG_REG_SLOT_USED "file index %d has been read already; each export takes its own index"
MSG_ID(MSG_REG_SLOT_USED)

/* ---- resolve and route (resolve.c, route.c, findings.c) --------------------------------------- */

#define NL_MSG_ROUTE_NO_LEVEL "geen niveau"
#define EN_MSG_ROUTE_NO_LEVEL "no level"
MSG_ID(MSG_ROUTE_NO_LEVEL)
#define NL_MSG_ROUTE_SHARED_EMAIL "e-mailadres op meerdere accounts"
#define EN_MSG_ROUTE_SHARED_EMAIL "e-mail address used by several accounts"
MSG_ID(MSG_ROUTE_SHARED_EMAIL)
#define NL_MSG_ROUTE_GENERIC_NAME "algemene naam"
#define EN_MSG_ROUTE_GENERIC_NAME "generic name"
MSG_ID(MSG_ROUTE_GENERIC_NAME)
#define NL_MSG_ROUTE_WIDENED "bij KvK %s alleen %s"
#define EN_MSG_ROUTE_WIDENED "at KvK %s only %s"
MSG_ID(MSG_ROUTE_WIDENED)
#define NL_MSG_ROUTE_WIDENED_PART "%s voor %s (nu ook %s)"
#define EN_MSG_ROUTE_WIDENED_PART "%s for %s (now also %s)"
MSG_ID(MSG_ROUTE_WIDENED_PART)
#define NL_MSG_ROUTE_REPORTS_ONE "1 open ziekmelding"
#define EN_MSG_ROUTE_REPORTS_ONE "1 open sick report"
MSG_ID(MSG_ROUTE_REPORTS_ONE)
#define NL_MSG_ROUTE_REPORTS_MANY "%ld open ziekmeldingen"
#define EN_MSG_ROUTE_REPORTS_MANY "%ld open sick reports"
MSG_ID(MSG_ROUTE_REPORTS_MANY)
#define NL_MSG_ROUTE_REPORTS_UNKNOWN "open ziekmeldingen (aantal onbekend)"
#define EN_MSG_ROUTE_REPORTS_UNKNOWN "open sick reports (number unknown)"
MSG_ID(MSG_ROUTE_REPORTS_UNKNOWN)
#define NL_MSG_ROUTE_SUCCESSOR_REASON "%s (reden: %s)"
#define EN_MSG_ROUTE_SUCCESSOR_REASON "%s (reason: %s)"
MSG_ID(MSG_ROUTE_SUCCESSOR_REASON)
#define NL_MSG_ROUTE_REASON "reden: %s"
#define EN_MSG_ROUTE_REASON "reason: %s"
MSG_ID(MSG_ROUTE_REASON)
#define NL_MSG_ROUTE_NO_REASON "geen reden opgegeven"
#define EN_MSG_ROUTE_NO_REASON "no reason given"
MSG_ID(MSG_ROUTE_NO_REASON)
#define NL_MSG_ROUTE_NO_OUTCOME                                                                              \
    "interne fout: deze rij heeft geen uitkomst in verwerking.csv (controle dat niets verloren gaat)"
#define EN_MSG_ROUTE_NO_OUTCOME "internal error: this row has no outcome in the ledger (nothing-lost check)"
MSG_ID(MSG_ROUTE_NO_OUTCOME)
#define NL_MSG_ROUTE_ROWS_LOST                                                                               \
    "interne fout: %zu rijen gelezen maar %zu uitkomsten vastgelegd (controle dat niets verloren gaat)"
#define EN_MSG_ROUTE_ROWS_LOST "internal error: %zu rows read but %zu outcomes recorded (nothing-lost check)"
MSG_ID(MSG_ROUTE_ROWS_LOST)
#define NL_MSG_FINDINGS_SEVERITY_ERROR "fout"
#define EN_MSG_FINDINGS_SEVERITY_ERROR "error"
MSG_ID(MSG_FINDINGS_SEVERITY_ERROR)
#define NL_MSG_FINDINGS_SEVERITY_WARNING "waarschuwing"
#define EN_MSG_FINDINGS_SEVERITY_WARNING "warning"
MSG_ID(MSG_FINDINGS_SEVERITY_WARNING)
#define NL_MSG_FINDINGS_SEVERITY_INFO "info"
#define EN_MSG_FINDINGS_SEVERITY_INFO "info"
MSG_ID(MSG_FINDINGS_SEVERITY_INFO)
#define NL_MSG_FINDINGS_DAMAGED "interne fout: een tijdelijk opgeslagen bevinding is beschadigd"
#define EN_MSG_FINDINGS_DAMAGED "internal error: a spooled finding is damaged"
MSG_ID(MSG_FINDINGS_DAMAGED)

/* ---- writing (write.c, spool.c, csvout.c, table.c) -------------------------------------------- */

#define NL_MSG_WRITE_PATH_TOO_LONG "het pad is te lang"
#define EN_MSG_WRITE_PATH_TOO_LONG "path too long"
MSG_ID(MSG_WRITE_PATH_TOO_LONG)
#define NL_MSG_WRITE_CREATE "kan het bestand niet aanmaken: %s"
#define EN_MSG_WRITE_CREATE "cannot create: %s"
MSG_ID(MSG_WRITE_CREATE)
#define NL_MSG_WRITE_ERROR "schrijffout: %s"
#define EN_MSG_WRITE_ERROR "write error: %s"
MSG_ID(MSG_WRITE_ERROR)
#define NL_MSG_WRITE_ERROR_SHORT "schrijffout: niet alles is geschreven"
#define EN_MSG_WRITE_ERROR_SHORT "write error: short write"
MSG_ID(MSG_WRITE_ERROR_SHORT)
#define NL_MSG_WRITE_ERROR_FSYNC "schrijffout (fsync): %s"
#define EN_MSG_WRITE_ERROR_FSYNC "write error (fsync): %s"
MSG_ID(MSG_WRITE_ERROR_FSYNC)
#define NL_MSG_WRITE_ERROR_CLOSE "schrijffout (close): %s"
#define EN_MSG_WRITE_ERROR_CLOSE "write error (close): %s"
MSG_ID(MSG_WRITE_ERROR_CLOSE)
#define NL_MSG_WRITE_READ_BACK "kan het bestand niet teruglezen voor de controlesom: %s"
#define EN_MSG_WRITE_READ_BACK "cannot read back for its checksum: %s"
MSG_ID(MSG_WRITE_READ_BACK)
#define NL_MSG_WRITE_CHECKSUM "kan de controlesom van het bestand niet berekenen: %s"
#define EN_MSG_WRITE_CHECKSUM "cannot compute its checksum: %s"
MSG_ID(MSG_WRITE_CHECKSUM)
#define NL_MSG_WRITE_SUMS_READ "kan de SHA256SUMS van deze map niet lezen: %s"
#define EN_MSG_WRITE_SUMS_READ "cannot read its SHA256SUMS: %s"
MSG_ID(MSG_WRITE_SUMS_READ)
#define NL_MSG_WRITE_SUMS_UNREADABLE "kan de SHA256SUMS van deze map niet lezen"
#define EN_MSG_WRITE_SUMS_UNREADABLE "cannot read its SHA256SUMS"
MSG_ID(MSG_WRITE_SUMS_UNREADABLE)
#define NL_MSG_WRITE_FOLDER_UNREADABLE "kan de map niet lezen: %s"
#define EN_MSG_WRITE_FOLDER_UNREADABLE "cannot read the folder: %s"
MSG_ID(MSG_WRITE_FOLDER_UNREADABLE)
#define NL_MSG_WRITE_TOO_MANY_ENTRIES                                                                        \
    "de map bevat meer dan %d items, dus het is geen uitvoer van migrate; er is niets vervangen"
#define EN_MSG_WRITE_TOO_MANY_ENTRIES                                                                        \
    "the folder holds more than %d entries: not an output of migrate; nothing replaced"
MSG_ID(MSG_WRITE_TOO_MANY_ENTRIES)
#define NL_MSG_WRITE_OUT_SYMLINK "het uitvoerpad is een symbolische koppeling; geef met -o de map zelf op"
#define EN_MSG_WRITE_OUT_SYMLINK "the output path is a symbolic link; give the folder itself with -o"
MSG_ID(MSG_WRITE_OUT_SYMLINK)
#define NL_MSG_WRITE_OUT_NOT_FOLDER "het uitvoerpad bestaat al en is geen map"
#define EN_MSG_WRITE_OUT_NOT_FOLDER "the output path exists and is not a folder"
MSG_ID(MSG_WRITE_OUT_NOT_FOLDER)
#define NL_MSG_WRITE_OUT_UNUSABLE "kan de uitvoermap niet gebruiken: %s"
#define EN_MSG_WRITE_OUT_UNUSABLE "cannot use the output folder: %s"
MSG_ID(MSG_WRITE_OUT_UNUSABLE)
#define NL_MSG_WRITE_OUT_BAD_NAME "dit is geen bruikbare naam voor een uitvoermap"
#define EN_MSG_WRITE_OUT_BAD_NAME "not a usable output folder name"
MSG_ID(MSG_WRITE_OUT_BAD_NAME)
#define NL_MSG_WRITE_NO_PARENT "de map waarin de uitvoer moet komen bestaat niet"
#define EN_MSG_WRITE_NO_PARENT "the folder for the output does not exist"
MSG_ID(MSG_WRITE_NO_PARENT)
#define NL_MSG_WRITE_OUT_HOLDS_PORTFOLIO                                                                     \
    "de uitvoermap is de portefeuillemap of bevat die: vervangen zou de invoerbestanden verwijderen; kies "  \
    "met -o een andere map"
#define EN_MSG_WRITE_OUT_HOLDS_PORTFOLIO                                                                     \
    "the output folder is the portfolio folder or holds it: replacing it would delete the inputs; choose "   \
    "another folder with -o"
MSG_ID(MSG_WRITE_OUT_HOLDS_PORTFOLIO)
#define NL_MSG_WRITE_FOREIGN                                                                                 \
    "de uitvoermap bevat '%s', %s; er is niets vervangen: verplaats het of kies met -o een andere map"
#define EN_MSG_WRITE_FOREIGN                                                                                 \
    "the output folder holds '%s', which %s; nothing was replaced: move it away or choose another folder "   \
    "with -o"
MSG_ID(MSG_WRITE_FOREIGN)
#define NL_MSG_WRITE_WHY_TOO_LARGE "dat te groot is om door migrate geschreven te zijn"
#define EN_MSG_WRITE_WHY_TOO_LARGE "is too large to be one migrate wrote"
MSG_ID(MSG_WRITE_WHY_TOO_LARGE)
#define NL_MSG_WRITE_WHY_NO_LINE_END                                                                         \
    "dat niet de vorm heeft die migrate schrijft (het laatste regeleinde ontbreekt)"
#define EN_MSG_WRITE_WHY_NO_LINE_END "is not in the form migrate writes (no line end)"
MSG_ID(MSG_WRITE_WHY_NO_LINE_END)
#define NL_MSG_WRITE_WHY_NOT_THE_FORM "dat niet de vorm heeft die migrate schrijft"
#define EN_MSG_WRITE_WHY_NOT_THE_FORM "is not in the form migrate writes"
MSG_ID(MSG_WRITE_WHY_NOT_THE_FORM)
#define NL_MSG_WRITE_WHY_UNEXAMINED "dat migrate niet kan bekijken"
#define EN_MSG_WRITE_WHY_UNEXAMINED "cannot be examined"
MSG_ID(MSG_WRITE_WHY_UNEXAMINED)
#define NL_MSG_WRITE_WHY_SYMLINK "dat een symbolische koppeling is"
#define EN_MSG_WRITE_WHY_SYMLINK "is a symbolic link"
MSG_ID(MSG_WRITE_WHY_SYMLINK)
#define NL_MSG_WRITE_WHY_INPUT "dat een invoerbestand van deze run is"
#define EN_MSG_WRITE_WHY_INPUT "is an input file of this run"
MSG_ID(MSG_WRITE_WHY_INPUT)
#define NL_MSG_WRITE_WHY_FOLDER "dat een map is die migrate niet schrijft"
#define EN_MSG_WRITE_WHY_FOLDER "is a folder migrate does not write"
MSG_ID(MSG_WRITE_WHY_FOLDER)
#define NL_MSG_WRITE_WHY_NOT_PLAIN "dat geen gewoon bestand is"
#define EN_MSG_WRITE_WHY_NOT_PLAIN "is not a plain file"
MSG_ID(MSG_WRITE_WHY_NOT_PLAIN)
#define NL_MSG_WRITE_WHY_NO_SUMS                                                                             \
    "dat migrate niet heeft geschreven (de map heeft geen SHA256SUMS, dus het is geen uitvoer van migrate)"
#define EN_MSG_WRITE_WHY_NO_SUMS                                                                             \
    "migrate did not write (the folder has no SHA256SUMS, so it is not an output of migrate)"
MSG_ID(MSG_WRITE_WHY_NO_SUMS)
#define NL_MSG_WRITE_WHY_NOT_LISTED                                                                          \
    "dat migrate niet heeft geschreven (het staat niet in de SHA256SUMS van de map)"
#define EN_MSG_WRITE_WHY_NOT_LISTED "migrate did not write (it is not listed in the folder's SHA256SUMS)"
MSG_ID(MSG_WRITE_WHY_NOT_LISTED)
#define NL_MSG_WRITE_WHY_CHANGED                                                                             \
    "dat is gewijzigd nadat migrate het schreef (de controlesom klopt niet meer met SHA256SUMS)"
#define EN_MSG_WRITE_WHY_CHANGED                                                                             \
    "was changed after migrate wrote it (its checksum no longer matches SHA256SUMS)"
MSG_ID(MSG_WRITE_WHY_CHANGED)
#define NL_MSG_WRITE_PREV_UNUSABLE "kan de vorige uitvoer niet openen: %s"
#define EN_MSG_WRITE_PREV_UNUSABLE "cannot open the previous output: %s"
MSG_ID(MSG_WRITE_PREV_UNUSABLE)
#define NL_MSG_WRITE_CALENDAR "libical kon de agenda niet maken"
#define EN_MSG_WRITE_CALENDAR "libical could not make the calendar"
MSG_ID(MSG_WRITE_CALENDAR)
#define NL_MSG_WRITE_PREV_NO_SUMS                                                                            \
    "de vorige uitvoer heeft geen SHA256SUMS: geef de map van een volledige run of status van migrate"
#define EN_MSG_WRITE_PREV_NO_SUMS                                                                            \
    "the previous output has no SHA256SUMS: give the folder of a complete run or status of migrate"
MSG_ID(MSG_WRITE_PREV_NO_SUMS)
#define NL_MSG_WRITE_PREV_BAD_SUMS "SHA256SUMS is niet in de vorm die migrate schrijft: bewerkt?"
#define EN_MSG_WRITE_PREV_BAD_SUMS "SHA256SUMS is not in the form migrate writes: edited?"
MSG_ID(MSG_WRITE_PREV_BAD_SUMS)
#define NL_MSG_WRITE_PREV_MISSING                                                                            \
    "staat in SHA256SUMS maar ontbreekt: de vorige uitvoer is niet volledig en wordt niet gebruikt"
#define EN_MSG_WRITE_PREV_MISSING                                                                            \
    "is listed in SHA256SUMS but missing: the previous output is incomplete and is not used"
MSG_ID(MSG_WRITE_PREV_MISSING)
#define NL_MSG_WRITE_PREV_CHANGED                                                                            \
    "is gewijzigd nadat migrate het schreef (de controlesom klopt niet met SHA256SUMS): een bewerkte "       \
    "vorige uitvoer wordt niet gebruikt"
#define EN_MSG_WRITE_PREV_CHANGED                                                                            \
    "was changed after migrate wrote it (its checksum does not match SHA256SUMS): an edited previous "       \
    "output is not used"
MSG_ID(MSG_WRITE_PREV_CHANGED)
#define NL_MSG_WRITE_DRY_OVER_FULL                                                                           \
    "de uitvoermap bevat de uitvoer van een volledige run (%s); een run met --dry-run vervangt die nooit, "  \
    "ook niet met --force: kies met -o een andere map"
#define EN_MSG_WRITE_DRY_OVER_FULL                                                                           \
    "the output folder holds the output of a full run (%s); a dry run never replaces it, --force or not: "   \
    "choose another folder with -o"
MSG_ID(MSG_WRITE_DRY_OVER_FULL)
#define NL_MSG_WRITE_NOT_EMPTY "de uitvoermap bestaat al en is niet leeg; gebruik --force om die te vervangen"
#define EN_MSG_WRITE_NOT_EMPTY "the output folder exists and is not empty; use --force to replace it"
MSG_ID(MSG_WRITE_NOT_EMPTY)
#define NL_MSG_WRITE_KEPT_ADDED                                                                              \
    "de vorige uitvoer bevatte bestanden die migrate niet heeft geschreven (toegevoegd terwijl deze run "    \
    "schreef); die zijn bewaard in %s"
#define EN_MSG_WRITE_KEPT_ADDED                                                                              \
    "the previous output held files migrate did not write (added while this run was writing); they are "     \
    "kept in %s"
MSG_ID(MSG_WRITE_KEPT_ADDED)
#define NL_MSG_WRITE_IN_USE                                                                                  \
    "is geopend in een ander programma (bijvoorbeeld Excel), zodat het niet vervangen kan worden: sluit "    \
    "het en start migrate opnieuw; er is niets vervangen"
#define EN_MSG_WRITE_IN_USE                                                                                  \
    "is open in another program (Excel, say), so it cannot be replaced: close it and run migrate again; "    \
    "nothing was replaced"
MSG_ID(MSG_WRITE_IN_USE)
#define NL_MSG_WRITE_OLD_KEPT                                                                                \
    "dit bestand van de vervangen uitvoer kon niet worden verwijderd (%s); het staat nu in %s (de nieuwe "   \
    "uitvoer staat op zijn plaats)"
#define EN_MSG_WRITE_OLD_KEPT                                                                                \
    "this file of the replaced output could not be removed (%s); it is now in %s (the new output is in "     \
    "place)"
MSG_ID(MSG_WRITE_OLD_KEPT)
#define NL_MSG_WRITE_KEPT_TMP                                                                                \
    "de tijdelijke map %s is bewaard: er staan bestanden in die migrate niet heeft geschreven"
#define EN_MSG_WRITE_KEPT_TMP "the temporary folder %s is kept: it holds files migrate did not write"
MSG_ID(MSG_WRITE_KEPT_TMP)
#define NL_MSG_WRITE_APPEARED                                                                                \
    "de uitvoermap is aangemaakt terwijl deze run schreef (liep er tegelijk een andere run?); de map is "    \
    "niet aangeraakt en de uitvoer van deze run is niet bewaard"
#define EN_MSG_WRITE_APPEARED                                                                                \
    "the output folder appeared while this run was writing (another run at the same time?); it was left as " \
    "it is and the output of this run was not kept"
MSG_ID(MSG_WRITE_APPEARED)
#define NL_MSG_WRITE_PUT_IN_PLACE "kan de uitvoer niet op haar plaats zetten: %s"
#define EN_MSG_WRITE_PUT_IN_PLACE "cannot put the output in place: %s"
MSG_ID(MSG_WRITE_PUT_IN_PLACE)
#define NL_MSG_WRITE_REMOVED                                                                                 \
    "de uitvoermap is verwijderd of hernoemd terwijl deze run schreef; de uitvoer van deze run is niet "     \
    "bewaard"
#define EN_MSG_WRITE_REMOVED                                                                                 \
    "the output folder was removed or renamed while this run was writing; the output of this run was not "   \
    "kept"
MSG_ID(MSG_WRITE_REMOVED)
#define NL_MSG_WRITE_CHANGED                                                                                 \
    "de uitvoermap is gewijzigd terwijl deze run schreef (liep er tegelijk een andere run?); de map is "     \
    "niet aangeraakt en de uitvoer van deze run is niet bewaard"
#define EN_MSG_WRITE_CHANGED                                                                                 \
    "the output folder changed while this run was writing (another run at the same time?); it was left as "  \
    "it is and the output of this run was not kept"
MSG_ID(MSG_WRITE_CHANGED)
#define NL_MSG_WRITE_CHANGED_PUT_BACK_FAILED                                                                 \
    "de uitvoermap is gewijzigd terwijl deze run schreef, en terugzetten is mislukt (%s): die map staat nu " \
    "in %s en de uitvoer van deze run staat op haar plaats"
#define EN_MSG_WRITE_CHANGED_PUT_BACK_FAILED                                                                 \
    "the output folder changed while this run was writing, and putting it back failed (%s): it is now in "   \
    "%s and the output of this run is in its place"
MSG_ID(MSG_WRITE_CHANGED_PUT_BACK_FAILED)
#define NL_MSG_WRITE_SYNC "kan de uitvoermap niet op schijf vastleggen: %s"
#define EN_MSG_WRITE_SYNC "cannot sync the output folder: %s"
MSG_ID(MSG_WRITE_SYNC)
#define NL_MSG_WRITE_SYNC_PARENT "kan de map waarin de uitvoer staat niet op schijf vastleggen: %s"
#define EN_MSG_WRITE_SYNC_PARENT "cannot sync the output's parent folder: %s"
MSG_ID(MSG_WRITE_SYNC_PARENT)
#define NL_MSG_WRITE_TMP_FOLDER "kan geen tijdelijke uitvoermap aanmaken: %s"
#define EN_MSG_WRITE_TMP_FOLDER "cannot create a temporary output folder: %s"
MSG_ID(MSG_WRITE_TMP_FOLDER)
#define NL_MSG_SPOOL_CREATE "kan naast deze map geen tijdelijk bestand aanmaken: %s"
#define EN_MSG_SPOOL_CREATE "cannot create a temporary file next to it: %s"
MSG_ID(MSG_SPOOL_CREATE)
#define NL_MSG_SPOOL_WRITE "kan een tijdelijk bestand naast deze map niet schrijven: %s"
#define EN_MSG_SPOOL_WRITE "cannot write a temporary file next to it: %s"
MSG_ID(MSG_SPOOL_WRITE)
#define NL_MSG_SPOOL_WRITE_NOTHING                                                                           \
    "kan een tijdelijk bestand naast deze map niet schrijven: er is niets geschreven"
#define EN_MSG_SPOOL_WRITE_NOTHING "cannot write a temporary file next to it: nothing written"
MSG_ID(MSG_SPOOL_WRITE_NOTHING)
#define NL_MSG_SPOOL_READ "kan een tijdelijk bestand naast deze map niet teruglezen: %s"
#define EN_MSG_SPOOL_READ "cannot read back a temporary file next to it: %s"
MSG_ID(MSG_SPOOL_READ)
#define NL_MSG_SPOOL_READ_SHORT                                                                              \
    "kan een tijdelijk bestand naast deze map niet teruglezen: het is korter dan geschreven"
#define EN_MSG_SPOOL_READ_SHORT "cannot read back a temporary file next to it: it is shorter than written"
MSG_ID(MSG_SPOOL_READ_SHORT)
#define NL_MSG_SPOOL_RECORD_TOO_LONG "een tijdelijk opgeslagen record is te lang"
#define EN_MSG_SPOOL_RECORD_TOO_LONG "a spooled record is too long"
MSG_ID(MSG_SPOOL_RECORD_TOO_LONG)
#define NL_MSG_SPOOL_ENDS_IN_RECORD "een tijdelijk bestand eindigt midden in een record"
#define EN_MSG_SPOOL_ENDS_IN_RECORD "a temporary file ends inside a record"
MSG_ID(MSG_SPOOL_ENDS_IN_RECORD)
#define NL_MSG_SPOOL_DAMAGED "een tijdelijk bestand bevat een beschadigd record"
#define EN_MSG_SPOOL_DAMAGED "a temporary file holds a damaged record"
MSG_ID(MSG_SPOOL_DAMAGED)
#define NL_MSG_CSVOUT_CP1252_CHAR                                                                            \
    "de waarde '%.*s' bevat een teken dat Windows-1252 niet kent (byte %zu); kies een uitvoerformaat met "   \
    "codering = utf-8"
#define EN_MSG_CSVOUT_CP1252_CHAR                                                                            \
    "the value '%.*s' has a character that Windows-1252 cannot hold (byte %zu); choose an output format "    \
    "with codering = utf-8"
MSG_ID(MSG_CSVOUT_CP1252_CHAR)
#define NL_MSG_TABLE_TOO_MANY_COLUMNS "te veel kolommen"
#define EN_MSG_TABLE_TOO_MANY_COLUMNS "too many columns"
MSG_ID(MSG_TABLE_TOO_MANY_COLUMNS)

/* ---- workbooks and report (xlsx.c, report.c) -------------------------------------------------- */

/* The text files of formats/teksten/ (prose.c). */
#define NL_MSG_PROSE_OPEN "kan dit tekstbestand niet openen: %s"
#define EN_MSG_PROSE_OPEN "cannot open this text file: %s"
MSG_ID(MSG_PROSE_OPEN)
#define NL_MSG_PROSE_PATH_LONG "het pad van tekstbestand %s is langer dan %d tekens"
#define EN_MSG_PROSE_PATH_LONG "the path of text file %s is longer than %d characters"
MSG_ID(MSG_PROSE_PATH_LONG)
#define NL_MSG_PROSE_NO_FILE "onbekend tekstbestand"
#define EN_MSG_PROSE_NO_FILE "unknown text file"
MSG_ID(MSG_PROSE_NO_FILE)
#define NL_MSG_PROSE_BAD_UTF8                                                                                \
    "geen geldige UTF-8: byte 0x%02X (byte %zu van het bestand); sla het bestand op als UTF-8"
#define EN_MSG_PROSE_BAD_UTF8 "not valid UTF-8: byte 0x%02X (byte offset %zu); save the file as UTF-8"
MSG_ID(MSG_PROSE_BAD_UTF8)
#define NL_MSG_PROSE_NUL "NUL-byte (byte %zu van het bestand): is dit een tekstbestand?"
#define EN_MSG_PROSE_NUL "NUL byte (byte offset %zu): not a text file?"
MSG_ID(MSG_PROSE_NUL)
#define NL_MSG_PROSE_CONTROL                                                                                 \
    "stuurteken of onzichtbaar teken U+%04X (byte %zu van het bestand); tabs en CR zijn niet toegestaan: "   \
    "spring in met spaties en eindig regels met LF"
#define EN_MSG_PROSE_CONTROL                                                                                 \
    "control or invisible character U+%04X (byte offset %zu); tabs and CR are not allowed: indent with "     \
    "spaces and end lines with LF"
MSG_ID(MSG_PROSE_CONTROL)
#define NL_MSG_PROSE_LINE_LONG                                                                               \
    "regel is langer dan %d bytes; ga verder op een volgende regel die met een spatie begint"
#define EN_MSG_PROSE_LINE_LONG "line is longer than %d bytes; go on on a next line that starts with a space"
MSG_ID(MSG_PROSE_LINE_LONG)
#define NL_MSG_PROSE_TRAILING_SPACE "regel eindigt op een spatie"
#define EN_MSG_PROSE_TRAILING_SPACE "line ends in a space"
MSG_ID(MSG_PROSE_TRAILING_SPACE)
#define NL_MSG_PROSE_BEFORE_SECTION "tekst vóór de eerste sectie; begin met een regel '@ NAAM'"
#define EN_MSG_PROSE_BEFORE_SECTION "text before the first section; start with a line '@ NAME'"
MSG_ID(MSG_PROSE_BEFORE_SECTION)
#define NL_MSG_PROSE_SECTION_SYNTAX "schrijf een sectieregel als '@ NAAM'"
#define EN_MSG_PROSE_SECTION_SYNTAX "write a section line as '@ NAME'"
MSG_ID(MSG_PROSE_SECTION_SYNTAX)
#define NL_MSG_PROSE_SECTION_UNKNOWN "onbekende sectie '%s'; dit bestand heeft de secties %s"
#define EN_MSG_PROSE_SECTION_UNKNOWN "unknown section '%s'; this file has the sections %s"
MSG_ID(MSG_PROSE_SECTION_UNKNOWN)
#define NL_MSG_PROSE_SECTION_TWICE "sectie '%s' staat er twee keer in (eerst op regel %ld)"
#define EN_MSG_PROSE_SECTION_TWICE "section '%s' given twice (first on line %ld)"
MSG_ID(MSG_PROSE_SECTION_TWICE)
#define NL_MSG_PROSE_SECTION_MISSING "sectie '%s' ontbreekt"
#define EN_MSG_PROSE_SECTION_MISSING "section '%s' is missing"
MSG_ID(MSG_PROSE_SECTION_MISSING)
#define NL_MSG_PROSE_SECTION_EMPTY "sectie '%s' heeft geen tekst"
#define EN_MSG_PROSE_SECTION_EMPTY "section '%s' has no text"
MSG_ID(MSG_PROSE_SECTION_EMPTY)
#define NL_MSG_PROSE_HEADING_SYNTAX "schrijf een kop als '# titel' of '## kop', met één spatie voor de tekst"
#define EN_MSG_PROSE_HEADING_SYNTAX                                                                          \
    "write a heading as '# title' or '## heading', with one space before its text"
MSG_ID(MSG_PROSE_HEADING_SYNTAX)
#define NL_MSG_PROSE_LABEL_SYNTAX "schrijf een regel met een label als '[label] tekst'"
#define EN_MSG_PROSE_LABEL_SYNTAX "write a row with a label as '[label] text'"
MSG_ID(MSG_PROSE_LABEL_SYNTAX)
#define NL_MSG_PROSE_CONTINUATION                                                                            \
    "een regel die met een spatie begint, zet de tekst erboven voort, maar daar staat geen tekst"
#define EN_MSG_PROSE_CONTINUATION "a line starting with a space continues the text above, but there is none"
MSG_ID(MSG_PROSE_CONTINUATION)
#define NL_MSG_PROSE_TEXT_LONG "tekst is langer dan %d bytes"
#define EN_MSG_PROSE_TEXT_LONG "text is longer than %d bytes"
MSG_ID(MSG_PROSE_TEXT_LONG)
#define NL_MSG_PROSE_SENTENCE_PLAIN "sectie '%s' is één zin: geen kop en geen label"
#define EN_MSG_PROSE_SENTENCE_PLAIN "section '%s' is one sentence: no heading and no label"
MSG_ID(MSG_PROSE_SENTENCE_PLAIN)
#define NL_MSG_PROSE_SENTENCE_ONE "sectie '%s' is één zin: een tweede alinea is niet toegestaan"
#define EN_MSG_PROSE_SENTENCE_ONE "section '%s' is one sentence: a second paragraph is not allowed"
MSG_ID(MSG_PROSE_SENTENCE_ONE)
#define NL_MSG_PROSE_BRACE_OPEN "'{' zonder naam en '}': schrijf een plaatshouder als {naam}"
#define EN_MSG_PROSE_BRACE_OPEN "'{' without a name and '}': write a placeholder as {naam}"
MSG_ID(MSG_PROSE_BRACE_OPEN)
#define NL_MSG_PROSE_BRACE_CLOSE "'}' zonder '{'"
#define EN_MSG_PROSE_BRACE_CLOSE "'}' without '{'"
MSG_ID(MSG_PROSE_BRACE_CLOSE)
#define NL_MSG_PROSE_PLACEHOLDER_UNKNOWN "onbekende plaatshouder {%s} in sectie '%s'; deze sectie kent %s"
#define EN_MSG_PROSE_PLACEHOLDER_UNKNOWN "unknown placeholder {%s} in section '%s'; this section knows %s"
MSG_ID(MSG_PROSE_PLACEHOLDER_UNKNOWN)
#define NL_MSG_PROSE_PLACEHOLDER_NONE "onbekende plaatshouder {%s}: sectie '%s' kent geen plaatshouders"
#define EN_MSG_PROSE_PLACEHOLDER_NONE "unknown placeholder {%s}: section '%s' takes no placeholders"
MSG_ID(MSG_PROSE_PLACEHOLDER_NONE)

/* The workbooks (xlsx.c). */
#define NL_MSG_XL_FOOTER "&L&A&RPagina &P van &N"
#define EN_MSG_XL_FOOTER "&L&A&RPage &P of &N"
MSG_ID(MSG_XL_FOOTER)
#define NL_MSG_XL_TITLE_FORM "Ketenmachtigingen — aanvragen"
#define EN_MSG_XL_TITLE_FORM "Chain authorisations — requests"
MSG_ID(MSG_XL_TITLE_FORM)
#define NL_MSG_XL_TITLE_FOLLOW "Ketenmachtigingen — UWV-opvolging"
#define EN_MSG_XL_TITLE_FOLLOW "Chain authorisations — UWV follow-up"
MSG_ID(MSG_XL_TITLE_FOLLOW)
#define NL_MSG_XL_TITLE_OVERVIEW "Ketenmachtigingen — overzicht"
#define EN_MSG_XL_TITLE_OVERVIEW "Chain authorisations — overview"
MSG_ID(MSG_XL_TITLE_OVERVIEW)
#define NL_MSG_XL_CHART_SERIES "Aantal klanten (KvK)"
#define EN_MSG_XL_CHART_SERIES "Clients (KvK)"
MSG_ID(MSG_XL_CHART_SERIES)
#define NL_MSG_XL_CHART_TITLE "Routes per klant (KvK)"
#define EN_MSG_XL_CHART_TITLE "Routes per client (KvK)"
MSG_ID(MSG_XL_CHART_TITLE)
#define NL_MSG_XL_INTERMEDIARY "Intermediair"
#define EN_MSG_XL_INTERMEDIARY "Intermediary"
MSG_ID(MSG_XL_INTERMEDIARY)
#define NL_MSG_XL_KVK "KvK-nummer"
#define EN_MSG_XL_KVK "KvK number"
MSG_ID(MSG_XL_KVK)
#define NL_MSG_XL_SUPPLIER "Leverancier"
#define EN_MSG_XL_SUPPLIER "Supplier"
MSG_ID(MSG_XL_SUPPLIER)
#define NL_MSG_XL_START_DATE "Ingangsdatum"
#define EN_MSG_XL_START_DATE "Start date"
MSG_ID(MSG_XL_START_DATE)
#define NL_MSG_XL_END_DATE "Einddatum"
#define EN_MSG_XL_END_DATE "End date"
MSG_ID(MSG_XL_END_DATE)
#define NL_MSG_XL_HEAD_CLIENTS "aantal klanten (KvK)"
#define EN_MSG_XL_HEAD_CLIENTS "clients (KvK)"
MSG_ID(MSG_XL_HEAD_CLIENTS)
#define NL_MSG_XL_HEAD_FOLLOWUPS "aantal opvolgingen"
#define EN_MSG_XL_HEAD_FOLLOWUPS "follow-ups"
MSG_ID(MSG_XL_HEAD_FOLLOWUPS)
#define NL_MSG_XL_HEAD_STAFF "aantal medewerkers"
#define EN_MSG_XL_HEAD_STAFF "staff"
MSG_ID(MSG_XL_HEAD_STAFF)
#define NL_MSG_XL_HEAD_FINDINGS "aantal bevindingen"
#define EN_MSG_XL_HEAD_FINDINGS "findings"
MSG_ID(MSG_XL_HEAD_FINDINGS)
#define NL_MSG_XL_FILES_HEADING "Verwerking per invoerbestand"
#define EN_MSG_XL_FILES_HEADING "Processing per input file"
MSG_ID(MSG_XL_FILES_HEADING)
#define NL_MSG_XL_COL_FILE "bestand"
#define EN_MSG_XL_COL_FILE "file"
MSG_ID(MSG_XL_COL_FILE)
#define NL_MSG_XL_COL_DELIMITER "scheidingsteken"
#define EN_MSG_XL_COL_DELIMITER "delimiter"
MSG_ID(MSG_XL_COL_DELIMITER)
#define NL_MSG_XL_COL_ENCODING "codering"
#define EN_MSG_XL_COL_ENCODING "encoding"
MSG_ID(MSG_XL_COL_ENCODING)
#define NL_MSG_XL_COL_READ "gelezen"
#define EN_MSG_XL_COL_READ "read"
MSG_ID(MSG_XL_COL_READ)
#define NL_MSG_XL_NO_SHEET "kan geen werkblad toevoegen"
#define EN_MSG_XL_NO_SHEET "cannot add a worksheet"
MSG_ID(MSG_XL_NO_SHEET)
#define NL_MSG_XL_TOO_MANY_ROWS "te veel regels voor één werkblad"
#define EN_MSG_XL_TOO_MANY_ROWS "too many rows for one sheet"
MSG_ID(MSG_XL_TOO_MANY_ROWS)
#define NL_MSG_XL_TOO_MANY_COLS "te veel kolommen"
#define EN_MSG_XL_TOO_MANY_COLS "too many columns"
MSG_ID(MSG_XL_TOO_MANY_COLS)
#define NL_MSG_XL_CHOICES_TOO_LONG "keuzelijst te lang (Excel staat 255 tekens toe)"
#define EN_MSG_XL_CHOICES_TOO_LONG "drop-down list too long (Excel allows 255 characters)"
MSG_ID(MSG_XL_CHOICES_TOO_LONG)
#define NL_MSG_XL_NO_TEXTS "de teksten uit formats/teksten zijn niet geladen"
#define EN_MSG_XL_NO_TEXTS "the texts of formats/teksten are not loaded"
MSG_ID(MSG_XL_NO_TEXTS)
#define NL_MSG_XL_CREATE "kan de werkmap niet maken: %s"
#define EN_MSG_XL_CREATE "cannot create the spreadsheet: %s"
MSG_ID(MSG_XL_CREATE)
#define NL_MSG_XL_WRITE "kan de werkmap niet schrijven: %s"
#define EN_MSG_XL_WRITE "cannot write the spreadsheet: %s"
MSG_ID(MSG_XL_WRITE)
#define NL_MSG_XL_CHMOD "kan de bestandsrechten niet instellen: %s"
#define EN_MSG_XL_CHMOD "cannot set the file mode: %s"
MSG_ID(MSG_XL_CHMOD)
#define NL_MSG_XL_REOPEN "kan de werkmap niet opnieuw openen: %s"
#define EN_MSG_XL_REOPEN "cannot reopen the spreadsheet: %s"
MSG_ID(MSG_XL_REOPEN)
#define NL_MSG_XL_FSYNC "schrijffout (fsync): %s"
#define EN_MSG_XL_FSYNC "write error (fsync): %s"
MSG_ID(MSG_XL_FSYNC)

/* The report (report.c). */
#define NL_MSG_RP_TITLE "migrate %s — rapport"
#define EN_MSG_RP_TITLE "migrate %s — report"
MSG_ID(MSG_RP_TITLE)
#define NL_MSG_RP_TITLE_DRY                                                                                  \
    "migrate %s — rapport (proefrun: alleen dit rapport en het overzicht worden geschreven)"
#define EN_MSG_RP_TITLE_DRY                                                                                  \
    "migrate %s — report (dry run: nothing but this report and the overview is written)"
MSG_ID(MSG_RP_TITLE_DRY)
#define NL_MSG_RP_STATUS_TITLE "migrate %s — stand van de migratie"
#define EN_MSG_RP_STATUS_TITLE "migrate %s — where the migration stands"
MSG_ID(MSG_RP_STATUS_TITLE)
#define NL_MSG_RP_STATUS_DATE "Stand op:      %s; vorige uitvoer %s; waarschuwing %d dagen voor de einddatum"
#define EN_MSG_RP_STATUS_DATE "Status on:     %s; previous output %s; warning %d days before the end date"
MSG_ID(MSG_RP_STATUS_DATE)
#define NL_MSG_RP_STATUS_HEAD "Status (per KvK van de klant en dienst)"
#define EN_MSG_RP_STATUS_HEAD "Status (per client KvK and service)"
MSG_ID(MSG_RP_STATUS_HEAD)
#define NL_MSG_RP_STATUS_CLIENTS                                                                             \
    "klanten die een ketenmachtiging nodig hebben: %s, van wie alles geregistreerd: %s (%s)"
#define EN_MSG_RP_STATUS_CLIENTS                                                                             \
    "clients needing a chain authorisation: %s, of whom everything is registered: %s (%s)"
MSG_ID(MSG_RP_STATUS_CLIENTS)
#define NL_MSG_RP_STATUS_DELTA "aanvragen in aanvulling/: %s (een per klant en periode)"
#define EN_MSG_RP_STATUS_DELTA "requests in aanvulling/: %s (one per client and period)"
MSG_ID(MSG_RP_STATUS_DELTA)
#define NL_MSG_RP_INTERMEDIARY "Intermediair:  %s (KvK %s), leverancier %s, niveau %s"
#define EN_MSG_RP_INTERMEDIARY "Intermediary:  %s (KvK %s), supplier %s, level %s"
MSG_ID(MSG_RP_INTERMEDIARY)
#define NL_MSG_RP_REQUESTS "Aanvragen:     van %s tot en met %s (%d jaar), reikwijdte %s, uitvoerformaat %s"
#define EN_MSG_RP_REQUESTS "Requests:      from %s to %s (%d years), scope %s, output format %s"
MSG_ID(MSG_RP_REQUESTS)
#define NL_MSG_RP_INPUT_FILES "Invoerbestanden"
#define EN_MSG_RP_INPUT_FILES "Input files"
MSG_ID(MSG_RP_INPUT_FILES)
#define NL_MSG_RP_WITH_BOM "met BOM"
#define EN_MSG_RP_WITH_BOM "with BOM"
MSG_ID(MSG_RP_WITH_BOM)
#define NL_MSG_RP_DETECTED "(herkend)"
#define EN_MSG_RP_DETECTED "(detected)"
MSG_ID(MSG_RP_DETECTED)
#define NL_MSG_RP_SET "(ingesteld)"
#define EN_MSG_RP_SET "(set)"
MSG_ID(MSG_RP_SET)
#define NL_MSG_RP_ROWS_READ "%s regels gelezen:"
#define EN_MSG_RP_ROWS_READ "%s rows read:"
MSG_ID(MSG_RP_ROWS_READ)
#define NL_MSG_THOUSANDS_SEP "."
#define EN_MSG_THOUSANDS_SEP ","
MSG_ID(MSG_THOUSANDS_SEP)
#define NL_MSG_RP_OUTCOME_USED "gebruikt"
#define EN_MSG_RP_OUTCOME_USED "used"
MSG_ID(MSG_RP_OUTCOME_USED)
#define NL_MSG_RP_OUTCOME_REJECTED "afgewezen"
#define EN_MSG_RP_OUTCOME_REJECTED "rejected"
MSG_ID(MSG_RP_OUTCOME_REJECTED)
#define NL_MSG_RP_OUTCOME_SKIPPED "overgeslagen"
#define EN_MSG_RP_OUTCOME_SKIPPED "skipped"
MSG_ID(MSG_RP_OUTCOME_SKIPPED)
#define NL_MSG_RP_OUTCOME_DUPLICATE "dubbel"
#define EN_MSG_RP_OUTCOME_DUPLICATE "duplicate"
MSG_ID(MSG_RP_OUTCOME_DUPLICATE)
#define NL_MSG_RP_OUTCOME_MOVED "verplaatst"
#define EN_MSG_RP_OUTCOME_MOVED "moved"
MSG_ID(MSG_RP_OUTCOME_MOVED)
#define NL_MSG_RP_ROUTES_HEAD "Routes (per KvK van de klant; papier per loonheffingennummer)"
#define EN_MSG_RP_ROUTES_HEAD "Routes (per client KvK; papier per payroll tax number)"
MSG_ID(MSG_RP_ROUTES_HEAD)
#define NL_MSG_RP_ROUTE_BEHEERMODULE "beheermodule"
#define EN_MSG_RP_ROUTE_BEHEERMODULE "beheermodule"
MSG_ID(MSG_RP_ROUTE_BEHEERMODULE)
#define NL_MSG_RP_ROUTE_FORM "formulier"
#define EN_MSG_RP_ROUTE_FORM "form"
MSG_ID(MSG_RP_ROUTE_FORM)
#define NL_MSG_RP_ROUTE_PAPER "papier"
#define EN_MSG_RP_ROUTE_PAPER "paper"
MSG_ID(MSG_RP_ROUTE_PAPER)
#define NL_MSG_RP_ROUTE_NONE "geen"
#define EN_MSG_RP_ROUTE_NONE "none"
MSG_ID(MSG_RP_ROUTE_NONE)
#define NL_MSG_RP_ROUTE_OWN "eigen"
#define EN_MSG_RP_ROUTE_OWN "own"
MSG_ID(MSG_RP_ROUTE_OWN)
#define NL_MSG_XL_SERVICES_LEGEND "De diensten (kolommen van het blad Aanvragen)"
#define EN_MSG_XL_SERVICES_LEGEND "The services (columns of the sheet Aanvragen)"
MSG_ID(MSG_XL_SERVICES_LEGEND)
#define NL_MSG_XL_NOT_DESCRIBED "niet openbaar beschreven; vraag het de leverancier"
#define EN_MSG_XL_NOT_DESCRIBED "not publicly described; ask the supplier"
MSG_ID(MSG_XL_NOT_DESCRIBED)
#define NL_MSG_RP_INTERNALS "interne machtigingen door te geven: %s"
#define EN_MSG_RP_INTERNALS "internal grants to pass on: %s"
MSG_ID(MSG_RP_INTERNALS)
#define NL_MSG_RP_FOLLOWUP_HEAD "UWV-opvolging"
#define EN_MSG_RP_FOLLOWUP_HEAD "UWV follow-up"
MSG_ID(MSG_RP_FOLLOWUP_HEAD)
#define NL_MSG_RP_FOLLOW_TRANSFER "meldingen overzetten"
#define EN_MSG_RP_FOLLOW_TRANSFER "transfer reports"
MSG_ID(MSG_RP_FOLLOW_TRANSFER)
#define NL_MSG_RP_FOLLOW_UNREACHABLE "meldingen onbereikbaar"
#define EN_MSG_RP_FOLLOW_UNREACHABLE "reports unreachable"
MSG_ID(MSG_RP_FOLLOW_UNREACHABLE)
#define NL_MSG_RP_FOLLOW_NO_KVK "geen KvK"
#define EN_MSG_RP_FOLLOW_NO_KVK "no KvK"
MSG_ID(MSG_RP_FOLLOW_NO_KVK)
#define NL_MSG_RP_FOLLOW_FOREIGN "buitenlandse werkgever"
#define EN_MSG_RP_FOLLOW_FOREIGN "foreign employer"
MSG_ID(MSG_RP_FOLLOW_FOREIGN)
#define NL_MSG_RP_FOLLOW_SUCCESSOR "opvolger onbekend"
#define EN_MSG_RP_FOLLOW_SUCCESSOR "successor unknown"
MSG_ID(MSG_RP_FOLLOW_SUCCESSOR)
#define NL_MSG_TABLE_STATUS_CHOICES "open, gebeld, afgehandeld"
#define EN_MSG_TABLE_STATUS_CHOICES "open, called, done"
MSG_ID(MSG_TABLE_STATUS_CHOICES)
#define NL_MSG_RP_ACTIONS_HEAD "Acties medewerkers"
#define EN_MSG_RP_ACTIONS_HEAD "Staff actions"
MSG_ID(MSG_RP_ACTIONS_HEAD)
#define NL_MSG_RP_ACTION_NONE "geen"
#define EN_MSG_RP_ACTION_NONE "none"
MSG_ID(MSG_RP_ACTION_NONE)
#define NL_MSG_RP_ACTION_REQUEST_EH3 "eh3-aanvragen"
#define EN_MSG_RP_ACTION_REQUEST_EH3 "request-eh3"
MSG_ID(MSG_RP_ACTION_REQUEST_EH3)
#define NL_MSG_RP_ACTION_RAISE_EH3 "verhogen-naar-eh3"
#define EN_MSG_RP_ACTION_RAISE_EH3 "raise-to-eh3"
MSG_ID(MSG_RP_ACTION_RAISE_EH3)
#define NL_MSG_RP_ACTION_NEW_MEANS "nieuw-middel"
#define EN_MSG_RP_ACTION_NEW_MEANS "new-means"
MSG_ID(MSG_RP_ACTION_NEW_MEANS)
#define NL_MSG_RP_ACTION_PERSONAL "persoonlijk-middel"
#define EN_MSG_RP_ACTION_PERSONAL "personal-means"
MSG_ID(MSG_RP_ACTION_PERSONAL)
#define NL_MSG_RP_ACTION_BLOCKED "geblokkeerd"
#define EN_MSG_RP_ACTION_BLOCKED "blocked"
MSG_ID(MSG_RP_ACTION_BLOCKED)
#define NL_MSG_RP_FINDINGS "Bevindingen: %s fouten, %s waarschuwingen, %s info"
#define EN_MSG_RP_FINDINGS "Findings: %s errors, %s warnings, %s info"
MSG_ID(MSG_RP_FINDINGS)
#define NL_MSG_RP_MORE_CODES "... en nog %zu codes (elke bevinding staat in overzicht.xlsx, blad Bevindingen)"
#define EN_MSG_RP_MORE_CODES "... and %zu more codes (every finding is in overzicht.xlsx, sheet Bevindingen)"
MSG_ID(MSG_RP_MORE_CODES)
#define NL_MSG_RP_STRICT                                                                                     \
    "STRIKT: er zijn fouten, dus de importbestanden (beheermodule en formulier) zijn niet geschreven. "      \
    "Herstel de afgewezen records en draai opnieuw."
#define EN_MSG_RP_STRICT                                                                                     \
    "STRICT: there are error findings, so the import files (beheermodule and formulier) were not written. "  \
    "Fix the rejected records and run again."
MSG_ID(MSG_RP_STRICT)
#define NL_MSG_RP_BLOCKING                                                                                   \
    "BLOKKEREND: eerst de instellingen van de intermediair herstellen (zie de bevindingen hierboven); een "  \
    "echte run schrijft tot dan niets."
#define EN_MSG_RP_BLOCKING                                                                                   \
    "BLOCKING: the intermediary settings must be fixed first (see the findings above); a real run writes "   \
    "nothing until then."
MSG_ID(MSG_RP_BLOCKING)

/* ---- verloopdata.ics (calendar.c) --------------------------------------------------------------- */

#define NL_MSG_CA_PRODID "-//migrate//verloopdata//NL"
#define EN_MSG_CA_PRODID "-//migrate//verloopdata//EN"
MSG_ID(MSG_CA_PRODID)
#define NL_MSG_CA_CALNAME "Verloopdata ketenmachtigingen"
#define EN_MSG_CA_CALNAME "Chain authorisation expiry dates"
MSG_ID(MSG_CA_CALNAME)
#define NL_MSG_CA_SUMMARY "Ketenmachtiging verloopt: %s (KvK %s) — %s"
#define EN_MSG_CA_SUMMARY "Chain authorisation expires: %s (KvK %s) — %s"
MSG_ID(MSG_CA_SUMMARY)
#define NL_MSG_CA_DESCRIPTION                                                                                \
    "De ketenmachtiging van %s (KvK %s) voor de dienst %s (%s) eindigt op %s. Vraag de verlenging op tijd "  \
    "aan bij de eHerkenningsleverancier."
#define EN_MSG_CA_DESCRIPTION                                                                                \
    "The chain authorisation of %s (KvK %s) for the service %s (%s) ends on %s. Request its renewal in "     \
    "time from the eHerkenning supplier."
MSG_ID(MSG_CA_DESCRIPTION)
#define NL_MSG_CA_INTERMEDIARY "Intermediair: %s"
#define EN_MSG_CA_INTERMEDIARY "Intermediary: %s"
MSG_ID(MSG_CA_INTERMEDIARY)
#define NL_MSG_CA_ALARM "De ketenmachtiging van %s (KvK %s) voor %s verloopt op %s: vraag de verlenging aan."
#define EN_MSG_CA_ALARM "The chain authorisation of %s (KvK %s) for %s expires on %s: request its renewal."
MSG_ID(MSG_CA_ALARM)

/* ---- status.xlsx (xlsx.c) ---------------------------------------------------------------------- */

#define NL_MSG_XL_TITLE_STATUS "Stand van de migratie"
#define EN_MSG_XL_TITLE_STATUS "Where the migration stands"
MSG_ID(MSG_XL_TITLE_STATUS)
#define NL_MSG_XL_STATUS_DATE "Stand op"
#define EN_MSG_XL_STATUS_DATE "Status on"
MSG_ID(MSG_XL_STATUS_DATE)
#define NL_MSG_XL_HEAD_PAIRS "klant × dienst"
#define EN_MSG_XL_HEAD_PAIRS "client × service"
MSG_ID(MSG_XL_HEAD_PAIRS)
#define NL_MSG_XL_STATUS_CHART_TITLE "Ketenmachtigingen per status"
#define EN_MSG_XL_STATUS_CHART_TITLE "Chain authorisations by status"
MSG_ID(MSG_XL_STATUS_CHART_TITLE)
#define NL_MSG_XL_CLIENTS_NEEDING "klanten met een ketenmachtiging nodig"
#define EN_MSG_XL_CLIENTS_NEEDING "clients needing a chain authorisation"
MSG_ID(MSG_XL_CLIENTS_NEEDING)
#define NL_MSG_XL_CLIENTS_REGISTERED "van wie alles geregistreerd"
#define EN_MSG_XL_CLIENTS_REGISTERED "of whom everything is registered"
MSG_ID(MSG_XL_CLIENTS_REGISTERED)
#define NL_MSG_XL_CLIENTS_SHARE "aandeel volledig geregistreerd"
#define EN_MSG_XL_CLIENTS_SHARE "share fully registered"
MSG_ID(MSG_XL_CLIENTS_SHARE)

/* ---- pdf.c ------------------------------------------------------------------------------------ */

#define NL_MSG_PD_FONT_OPEN "kan het lettertype niet openen: %s"
#define EN_MSG_PD_FONT_OPEN "cannot open the font: %s"
MSG_ID(MSG_PD_FONT_OPEN)
#define NL_MSG_PD_FONT                                                                                       \
    "kan het lettertype niet laden: geen bruikbaar TrueType-lettertype (libharu-fout 0x%04lX, detail %lu)"
#define EN_MSG_PD_FONT "cannot load the font: not a usable TrueType font (libharu error 0x%04lX, detail %lu)"
MSG_ID(MSG_PD_FONT)
#define NL_MSG_PD_FONT_NOT_TTF "kan het lettertype niet laden: geen TrueType-lettertype (.ttf)"
#define EN_MSG_PD_FONT_NOT_TTF "cannot load the font: not a TrueType font (.ttf)"
MSG_ID(MSG_PD_FONT_NOT_TTF)
#define NL_MSG_PD_FONT_CUT "kan het lettertype niet laden: het bestand is afgebroken (%llu bytes)"
#define EN_MSG_PD_FONT_CUT "cannot load the font: the file is cut short (%llu bytes)"
MSG_ID(MSG_PD_FONT_CUT)
#define NL_MSG_PD_LIBHARU "libharu kon de PDF niet maken (fout 0x%04lX, detail %lu)"
#define EN_MSG_PD_LIBHARU "libharu could not make the PDF (error 0x%04lX, detail %lu)"
MSG_ID(MSG_PD_LIBHARU)
#define NL_MSG_PD_WRITE "schrijffout: de PDF is niet volledig geschreven"
#define EN_MSG_PD_WRITE "write error: the PDF was not written in full"
MSG_ID(MSG_PD_WRITE)
#define NL_MSG_PD_TOO_MANY_PAGES "de brief is langer dan %d pagina's"
#define EN_MSG_PD_TOO_MANY_PAGES "the letter is longer than %d pages"
MSG_ID(MSG_PD_TOO_MANY_PAGES)
#define NL_MSG_PD_TOO_MANY_LINES "blok %zu van de brief heeft meer dan %d regels nodig"
#define EN_MSG_PD_TOO_MANY_LINES "block %zu of the letter needs more than %d lines"
MSG_ID(MSG_PD_TOO_MANY_LINES)
#define NL_MSG_PD_SIGN_TOO_TALL "het ondertekeningsblok %zu van de brief past niet op één pagina"
#define EN_MSG_PD_SIGN_TOO_TALL "signature block %zu of the letter does not fit on one page"
MSG_ID(MSG_PD_SIGN_TOO_TALL)
#define NL_MSG_PD_BAD_KIND "blok %zu van de brief heeft een onbekende soort (%d)"
#define EN_MSG_PD_BAD_KIND "block %zu of the letter has an unknown kind (%d)"
MSG_ID(MSG_PD_BAD_KIND)
#define NL_MSG_PD_TEXT_TOO_LONG "blok %zu van de brief is langer dan %d bytes"
#define EN_MSG_PD_TEXT_TOO_LONG "block %zu of the letter is longer than %d bytes"
MSG_ID(MSG_PD_TEXT_TOO_LONG)
#define NL_MSG_PD_TOO_MANY_BLOCKS "de brief heeft %zu blokken, meer dan %d"
#define EN_MSG_PD_TOO_MANY_BLOCKS "the letter has %zu blocks, more than %d"
MSG_ID(MSG_PD_TOO_MANY_BLOCKS)
#define NL_MSG_PD_INFO_TOO_LONG "de titel, auteur of het onderwerp van de PDF is langer dan %d bytes"
#define EN_MSG_PD_INFO_TOO_LONG "the PDF's title, author or subject is longer than %d bytes"
MSG_ID(MSG_PD_INFO_TOO_LONG)
#define NL_MSG_PD_BAD_DATE "de datum van de PDF valt buiten de jaren 1 tot en met 9999: %lld"
#define EN_MSG_PD_BAD_DATE "the PDF's date is outside the years 1 to 9999: %lld"
MSG_ID(MSG_PD_BAD_DATE)
#define NL_MSG_PD_BAD_CALL "pd_write zonder opmaak, brief, lettertype of schrijffunctie"
#define EN_MSG_PD_BAD_CALL "pd_write without a layout, letter, font or write function"
MSG_ID(MSG_PD_BAD_CALL)
#define NL_MSG_PD_BAD_STYLE "de opmaak van de brief is onbruikbaar: %s = %g"
#define EN_MSG_PD_BAD_STYLE "the letter's layout is unusable: %s = %g"
MSG_ID(MSG_PD_BAD_STYLE)
/* ---- letters.c: the signing pack ------------------------------------------------------------------ */

#define NL_MSG_LT_BAD_NUMBER "'%s' = '%s' is geen getal van %g tot en met %g"
#define EN_MSG_LT_BAD_NUMBER "'%s' = '%s' is not a number from %g to %g"
MSG_ID(MSG_LT_BAD_NUMBER)
#define NL_MSG_LT_KEY_MISSING "sleutel '%s' ontbreekt in [opmaak]"
#define EN_MSG_LT_KEY_MISSING "key '%s' is missing from [opmaak]"
MSG_ID(MSG_LT_KEY_MISSING)
#define NL_MSG_LT_TOO_LONG "de brief heeft meer dan %d blokken tekst; maak brief.txt korter"
#define EN_MSG_LT_TOO_LONG "the letter has more than %d blocks of text; shorten brief.txt"
MSG_ID(MSG_LT_TOO_LONG)

/* ---- end of the catalogue ---------------------------------------------------------------------- */
