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
#define NL_MSG_RP_THOUSANDS_SEP "."
#define EN_MSG_RP_THOUSANDS_SEP ","
MSG_ID(MSG_RP_THOUSANDS_SEP)
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
#define NL_MSG_RP_MORE_CODES "... en nog %zu codes (zie afwijzingen.csv en het overzicht)"
#define EN_MSG_RP_MORE_CODES "... and %zu more codes (see afwijzingen.csv and the overview)"
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

/* ---- end of the catalogue ---------------------------------------------------------------------- */
