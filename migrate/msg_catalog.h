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

/* ---- end of the catalogue ---------------------------------------------------------------------- */
