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
#define NL_MSG_SPOOL_REMOVE "kan een tijdelijk bestand naast deze map niet verwijderen: %s"
#define EN_MSG_SPOOL_REMOVE "cannot remove a temporary file next to it: %s"
MSG_ID(MSG_SPOOL_REMOVE)
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
#define NL_MSG_CSVOUT_ICONV "kan niet omzetten naar Windows-1252: %s"
#define EN_MSG_CSVOUT_ICONV "cannot convert to Windows-1252: %s"
MSG_ID(MSG_CSVOUT_ICONV)
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

/* ---- end of the catalogue ---------------------------------------------------------------------- */
