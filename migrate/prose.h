/* prose.h — the long texts of migrate (Toelichting sheets, follow-up sentences, the signing letters), read
 * from formats/teksten/ and formats/brieven/. */
#ifndef MG_PROSE_H
#define MG_PROSE_H

#include <stddef.h>

#include "error.h"
#include "msg.h"

/*
 * The texts live in formats/teksten/LANG/NAME.txt (the letters in formats/brieven/LANG/), one set per
 * language, in a
 * small strict format (formats/README.md, "teksten/"):
 *
 *   ; a comment                        @ NAME       starts section NAME
 *   # a title                          ## a heading
 *   [label] a row with a label         a paragraph (a row without a label)
 *     a line starting with a space continues the row, paragraph or heading above, joined by one space
 *   an empty line                      an empty row (at the start or end of a section: nothing)
 *
 * Texts hold NAMED placeholders such as {naam}; which ones a section may use is fixed here. A
 * value is inserted verbatim when a text is expanded and never expanded itself.
 */

/* Where the texts are, under formats/: the workbooks' and follow-ups' texts, and the letters. */
#define PS_DIR "teksten"
#define PS_DIR_LETTERS "brieven"

/* Longest line of a text file in bytes, without its LF. */
#define PS_LINE_MAX 110

/* Longest text (a heading, row or sentence with its continuation lines joined) in bytes. */
#define PS_TEXT_MAX 1500

/* The text files, the same in every language. */
typedef enum ps_file {
    PS_FORM_NOTES = 0,
    PS_FOLLOW_NOTES,
    PS_FOLLOW_ACTIONS,
    PS_LETTER,
    PS_FILE_COUNT
} ps_file;

/* The placeholders a text can hold. */
typedef enum ps_ph {
    PS_PH_NAAM = 0,     /* {naam}: a name (the intermediary's or the employer's) */
    PS_PH_KVK,          /* {kvk}: a KvK number */
    PS_PH_INGANGSDATUM, /* {ingangsdatum}: the first day of the authorisations */
    PS_PH_EINDDATUM,    /* {einddatum}: their last day */
    PS_PH_LHN,          /* {lhn}: a loonheffingennummer */
    PS_PH_OPVOLGER,     /* {opvolger}: the successor's loonheffingennummer */
    PS_PH_OPEN,         /* {open}: the open sick reports, as section open or open-onbekend says */
    PS_PH_AANTAL,       /* {aantal}: a count */
    PS_PH_LEVERANCIER,  /* {leverancier}: the intermediary's eHerkenning supplier */
    PS_PH_PROCES,       /* {proces}: how that supplier takes a request (leveranciers.ini proces) */
    PS_PH_BIJLAGEN,     /* {bijlagen}: what must go with a form (leveranciers.ini bijlagen) */
    PS_PH_REDEN,        /* {reden}: what became of an inactive number, as a section reden-* says */
    PS_PH_TEKST,        /* {tekst}: the reden column as given (free text) */
    PS_PH_KEUZES,       /* {keuzes}: the choices of the status column */
    /* the letters (brieven/LANG/brief.txt) */
    PS_PH_INTERMEDIAIR,      /* {intermediair}: the intermediary's name */
    PS_PH_INTERMEDIAIR_KVK,  /* {intermediair_kvk}: its KvK number */
    PS_PH_KLANT,             /* {klant}: the client's name */
    PS_PH_KLANT_KVK,         /* {klant_kvk}: the client's KvK number */
    PS_PH_LHNS,              /* {loonheffingennummers}: the client's numbers, joined by ", " */
    PS_PH_DIENSTEN,          /* {diensten}: the services asked for, by full name, one per line */
    PS_PH_ONDERTEKENAARS,    /* {ondertekenaars}: the signers' names, joined by ", " */
    PS_PH_DATUM,             /* {datum}: the date of the letter (the run date) */
    PS_PH_KENMERK,           /* {kenmerk}: the letter's reference (section kenmerk) */
    PS_PH_PAGINA,            /* {pagina}: a page number */
    PS_PH_PAGINAS,           /* {paginas}: the number of pages */
    PS_PH_VERTEGENWOORDIGER, /* {vertegenwoordiger}: the person a mail goes to */
    PS_PH_KLANTEN,           /* {klanten}: the clients of one mail, "name (KvK)", joined by ", " */
    PS_PH_BESTANDEN,         /* {bestanden}: the letters' file names of one mail, joined by ", " */
    PS_PH_AANHEF,            /* {aanhef}: a mail's greeting (section aanhef, or aanhef-onbekend) */
    PS_PH_COUNT
} ps_ph;

/* The section of the Toelichting files. */
#define PS_SECTION_NOTES "toelichting"
/* The sections of opvolging-acties.txt that give {open}: several, one, and an unknown number of reports. */
#define PS_SECTION_OPEN "open"
#define PS_SECTION_OPEN_ONE "open-een"
#define PS_SECTION_OPEN_UNKNOWN "open-onbekend"
/* The sections of opvolging-acties.txt that give {reden}: "reden-" and the reason's word (mg_reason_name),
 * or reden-onbekend when the column is empty. */
#define PS_SECTION_REASON_PREFIX "reden-"
#define PS_SECTION_REASON_NONE "reden-onbekend"

/* The sections of the letter (brief.txt): the body, its pieces, and the mail of verzendlijst.csv. */
#define PS_SECTION_LETTER "brief"
#define PS_SECTION_ALL_SERVICES "alle-diensten"
#define PS_SECTION_SIGN_ANY "ondertekening-zelfstandig"
#define PS_SECTION_SIGN_ALL "ondertekening-gezamenlijk"
#define PS_SECTION_SIGN_UNKNOWN "ondertekening-onbekend"
#define PS_SECTION_LABEL_NAME "label-naam"
#define PS_SECTION_LABEL_PLACE "label-plaats"
#define PS_SECTION_LABEL_DATE "label-datum"
#define PS_SECTION_LABEL_SIGNATURE "label-handtekening"
#define PS_SECTION_REFERENCE "kenmerk"
#define PS_SECTION_FOOTER "voettekst"
#define PS_SECTION_HEADER "koptekst"
#define PS_SECTION_TITLE "titel"
#define PS_SECTION_SUBJECT "onderwerp"
#define PS_SECTION_MESSAGE "bericht"
#define PS_SECTION_MESSAGE_MORE "bericht-meer"
#define PS_SECTION_GREETING "aanhef"
#define PS_SECTION_GREETING_UNKNOWN "aanhef-onbekend"
#define PS_SECTION_NO_ADDRESS "geen-adres"
#define PS_SECTION_CLIENT "klant"

/* What a line of a section makes. */
typedef enum ps_kind { PS_TITLE = 0, PS_HEADING, PS_ROW, PS_EMPTY } ps_kind;

/* One element of a section: a title, heading, row (label NULL for a paragraph) or empty row. */
typedef struct ps_item {
    ps_kind kind;
    char *label; /* the label of a [label] row, else NULL */
    char *text;  /* the text, placeholders unexpanded; "" for an empty row */
    long line;   /* where it starts */
} ps_item;

/* One section of a text file. */
typedef struct ps_section {
    const char *name; /* the section's name (from the fixed list) */
    ps_item *items;
    size_t nitems;
    long line; /* of its "@ NAME" line; 0 = not in the file */
} ps_section;

/* Every text file of every language. */
typedef struct ps_prose ps_prose;

/* An empty set of texts, or NULL when out of memory. */
ps_prose *ps_new(void);

/* Free a set of texts; NULL is a no-op. */
void ps_free(ps_prose *ps);

/* Load every text file of every language from formats_dir/teksten; an error is MG_ERR_CONFIG with file:line.
 */
mg_error ps_load(const char *formats_dir, ps_prose **out, mg_errinfo *ei);

/* Parse len bytes of text as file f of language lang (path for messages) into ps, replacing what was there.
 */
mg_error ps_parse(ps_prose *ps, mg_lang lang, ps_file f, const char *path, const char *text, size_t len,
                  mg_errinfo *ei);

/* The section name of file f in language lang, or NULL (not loaded, no such section). */
const ps_section *ps_section_get(const ps_prose *ps, mg_lang lang, ps_file f, const char *name);

/* The text of a one-sentence section ("" when sec is NULL). */
const char *ps_sentence(const ps_section *sec);

/*
 * Expand the placeholders of text (checked when loaded) with vals (indexed by ps_ph; NULL = empty) into
 * buf of size bytes, cut like snprintf; returns the length of the whole expansion.
 */
size_t ps_expand(const char *text, const char *const vals[PS_PH_COUNT], char *buf, size_t size);

/* The file name of f ("formulier-toelichting.txt"), and the folder under formats/ it is in ("teksten"). */
const char *ps_file_name(ps_file f);
const char *ps_file_dir(ps_file f);

/* How many sections file f has, and the name of the i-th (NULL past the end). */
size_t ps_section_count(ps_file f);
const char *ps_section_name(ps_file f, size_t i);

/* The name of a placeholder, without braces ("naam"). */
const char *ps_ph_name(ps_ph ph);

/* The placeholders (bit 1 << ps_ph) section name of file f may use; 0 for an unknown section. */
unsigned ps_section_phs(ps_file f, const char *name);

#endif
