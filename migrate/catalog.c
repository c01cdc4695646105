/* catalog.c — the data files of formats/: their sections and keys for the INI reader, and look-ups in them.
 */
#include "catalog.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ini.h"
#include "text.h"

/* Limits of the loader. */
#define CAT_PATH_MAX 4096          /* longest path of a catalogue file, including the NUL */
#define CAT_NAME_MAX 256           /* longest name, alias, header or word, including the NUL */
#define CAT_SECTION_MAX 128        /* longest section header, including the NUL */
#define CAT_MAX_SUPPLIERS 256      /* suppliers in leveranciers.ini */
#define CAT_MAX_FORMATS 64         /* files in uitvoer/ */
#define CAT_MAX_WORDS 1024         /* generic account words */
#define CAT_MAX_SOURCES 32         /* bron lines of one supplier */
#define CAT_KEYS_MAX SC_MAX_FIELDS /* keys tracked per section (invoer.ini has one per field) */
#define CAT_LIST_MAX 512           /* longest "a, b, c" list in a message */
#define CAT_SUBSTRING_MIN 3        /* shortest input that counts as part of a name in suggestions */
#define CAT_SCHEMA_KEYS 16         /* repeatable keys of one kind of file */
#define CAT_ITEMS_MAX (CAT_MAX_SUPPLIERS > CAT_MAX_SERVICES ? CAT_MAX_SUPPLIERS : CAT_MAX_SERVICES)

/* Names inside the catalogue folder. */
#define CAT_FILE_DIENSTEN "diensten.ini"
#define CAT_FILE_LEVERANCIERS "leveranciers.ini"
#define CAT_DIR_UITVOER "uitvoer"
#define CAT_FILE_INVOER "invoer.ini"
#define CAT_FILE_ACCOUNTS "accounts.ini"
#define CAT_INI_SUFFIX ".ini"

/* Section header words. */
#define CAT_SEC_DIENST "dienst"
#define CAT_SEC_LEVERANCIER "leverancier"
#define CAT_SEC_FORMAAT "formaat"
#define CAT_SEC_KOLOMMEN "kolommen"
#define CAT_SEC_ACCOUNTS "gedeelde_accounts"
#define CAT_SEC_WAARDEN "waarden"

/* The kinds of catalogue file. */
typedef enum cat_kind { CK_DIENSTEN, CK_LEVERANCIERS, CK_FORMAT, CK_INVOER, CK_ACCOUNTS } cat_kind;

/* The kinds of section. */
typedef enum cat_sec {
    CS_NONE,
    CS_DIENST,
    CS_LEVERANCIER,
    CS_FORMAAT,
    CS_KOLOMMEN,
    CS_INVOER,
    CS_ACCOUNTS,
    CS_WAARDEN,
    CS_COUNT
} cat_sec;

/* One accepted key of a section. */
typedef struct cat_keydef {
    const char *name;
    int list; /* may be repeated */
    int required;
    mg_msg what; /* what it holds, for messages */
} cat_keydef;

/* The keys of one kind of section. */
typedef struct cat_secdef {
    const cat_keydef *keys;
    size_t nkeys;
} cat_secdef;

/* Keys of [dienst CODE]. */
enum { KD_NAAM, KD_NAME_EN, KD_ERD, KD_DIENST_ID, KD_LEGACY, KD_COUNT };
static const cat_keydef cat_keys_dienst[KD_COUNT] = {
    [KD_NAAM] = {"naam", 0, 1, MSG_CAT_KEY_NAAM},
    [KD_NAME_EN] = {"name_en", 0, 1, MSG_CAT_KEY_NAME_EN},
    [KD_ERD] = {"erd", 0, 0, MSG_CAT_KEY_ERD},
    [KD_DIENST_ID] = {"dienst_id", 0, 0, MSG_CAT_KEY_DIENST_ID},
    [KD_LEGACY] = {"legacy", 1, 0, MSG_CAT_KEY_LEGACY},
};

/* Keys of [leverancier NAME]. */
enum { KL_ALIAS, KL_KETEN, KL_FORMAAT, KL_WEBSITE, KL_BRON, KL_PORTAAL, KL_PROCES, KL_BIJLAGEN, KL_COUNT };
static const cat_keydef cat_keys_leverancier[KL_COUNT] = {
    [KL_ALIAS] = {"alias", 1, 0, MSG_CAT_KEY_ALIAS},
    [KL_KETEN] = {"ketenmachtiging_eh3", 0, 1, MSG_CAT_KEY_KETEN},
    [KL_FORMAAT] = {"formaat", 0, 1, MSG_CAT_KEY_FORMAAT},
    [KL_WEBSITE] = {"website", 0, 0, MSG_CAT_KEY_WEBSITE},
    [KL_BRON] = {"bron", 1, 0, MSG_CAT_KEY_BRON},
    [KL_PORTAAL] = {"portaal_voor", 0, 0, MSG_CAT_KEY_PORTAAL},
    [KL_PROCES] = {"proces", 0, 0, MSG_CAT_KEY_PROCES},
    [KL_BIJLAGEN] = {"bijlagen", 0, 0, MSG_CAT_KEY_BIJLAGEN},
};

/* Keys of [formaat]. */
enum {
    KF_NAAM,
    KF_BESCHRIJVING,
    KF_SCHEIDINGSTEKEN,
    KF_CODERING,
    KF_REGELEINDE,
    KF_DATUMFORMAAT,
    KF_LHN,
    KF_COUNT
};
static const cat_keydef cat_keys_formaat[KF_COUNT] = {
    [KF_NAAM] = {"naam", 0, 1, MSG_CAT_KEY_FORMAT_NAAM},
    [KF_BESCHRIJVING] = {"beschrijving", 0, 0, MSG_CAT_KEY_BESCHRIJVING},
    [KF_SCHEIDINGSTEKEN] = {"scheidingsteken", 0, 1, MSG_CAT_KEY_SCHEIDINGSTEKEN},
    [KF_CODERING] = {"codering", 0, 1, MSG_CAT_KEY_CODERING},
    [KF_REGELEINDE] = {"regeleinde", 0, 1, MSG_CAT_KEY_REGELEINDE},
    [KF_DATUMFORMAAT] = {"datumformaat", 0, 1, MSG_CAT_KEY_DATUMFORMAAT},
    [KF_LHN] = {"lhn_scheidingsteken", 0, 0, MSG_CAT_KEY_LHN},
};

/* Keys of [kolommen]. */
enum { KK_KOLOM, KK_COUNT };
static const cat_keydef cat_keys_kolommen[KK_COUNT] = {
    [KK_KOLOM] = {"kolom", 1, 1, MSG_CAT_KEY_KOLOM},
};

/* Keys of [gedeelde_accounts]. */
enum { KA_WOORD, KA_COUNT };
static const cat_keydef cat_keys_accounts[KA_COUNT] = {
    [KA_WOORD] = {"woord", 1, 0, MSG_CAT_KEY_WOORD},
};

/* Keys of [waarden] in invoer.ini: the words of each input value (cat_vocab order). */
#define CAT_VOC_WHAT MSG_CAT_KEY_WAARDE
static const cat_keydef cat_keys_waarden[CAT_VOC_COUNT] = {
    [CAT_VOC_STATUS_ACTIEF] = {"status_actief", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_STATUS_INACTIEF] = {"status_inactief", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_STATUS_GEBLOKKEERD] = {"status_geblokkeerd", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_ROL_BEHEERDER] = {"rol_beheerder", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_ROL_GEBRUIKER] = {"rol_gebruiker", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_ERD_ZW] = {"erd_zw", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_ERD_WGA] = {"erd_wga", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_ERD_WW] = {"erd_ww", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_ERD_GEEN] = {"erd_geen", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_NIVEAU_GEEN] = {"niveau_geen", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_NIVEAU_EH1] = {"niveau_eh1", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_NIVEAU_EH2] = {"niveau_eh2", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_NIVEAU_EH2PLUS] = {"niveau_eh2plus", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_NIVEAU_EH3] = {"niveau_eh3", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_NIVEAU_EH4] = {"niveau_eh4", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_BEVOEGDHEID_ZELFSTANDIG] = {"bevoegdheid_zelfstandig", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_BEVOEGDHEID_GEZAMENLIJK] = {"bevoegdheid_gezamenlijk", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_RECHTSVORM_EENMANSZAAK] = {"rechtsvorm_eenmanszaak", 0, 1, CAT_VOC_WHAT},
    [CAT_VOC_NAAM_RECHTSVORM] = {"naam_rechtsvorm", 0, 1, CAT_VOC_WHAT},
};
_Static_assert(CAT_VOC_COUNT <= CAT_KEYS_MAX, "[waarden] has more keys than the parser tracks");

/* The key tables by section kind ([gebruikers] etc. take field names instead). */
static const cat_secdef cat_secdefs[CS_COUNT] = {
    [CS_DIENST] = {cat_keys_dienst, KD_COUNT},     [CS_LEVERANCIER] = {cat_keys_leverancier, KL_COUNT},
    [CS_FORMAAT] = {cat_keys_formaat, KF_COUNT},   [CS_KOLOMMEN] = {cat_keys_kolommen, KK_COUNT},
    [CS_ACCOUNTS] = {cat_keys_accounts, KA_COUNT}, [CS_WAARDEN] = {cat_keys_waarden, CAT_VOC_COUNT},
};

/* The sections each kind of file accepts, for messages. */
static const mg_msg cat_kind_sections[] = {
    [CK_DIENSTEN] = MSG_CAT_SECTIONS_DIENSTEN, [CK_LEVERANCIERS] = MSG_CAT_SECTIONS_LEVERANCIERS,
    [CK_FORMAT] = MSG_CAT_SECTIONS_FORMAT,     [CK_INVOER] = MSG_CAT_SECTIONS_INVOER,
    [CK_ACCOUNTS] = MSG_CAT_SECTIONS_ACCOUNTS,
};

/* A word accepted as a value, and what it means. */
typedef struct cat_word {
    const char *word;
    int value;
} cat_word;

static const cat_word cat_delims[] = {
    {"puntkomma", ';'}, {"komma", ','}, {"tab", '\t'}, {"pijp", '|'},
    {"semicolon", ';'}, {"comma", ','}, {"pipe", '|'},
};
static const cat_word cat_lhn_delims[] = {
    {"komma", ','}, {"puntkomma", ';'}, {"pijp", '|'}, {"spatie", ' '},
    {"comma", ','}, {"semicolon", ';'}, {"pipe", '|'}, {"space", ' '},
};
static const cat_word cat_encodings[] = {
    {"utf-8", CAT_ENC_UTF8},
    {"utf-8-bom", CAT_ENC_UTF8_BOM},
    {"windows-1252", CAT_ENC_CP1252},
};
enum { CAT_EOL_CRLF, CAT_EOL_LF };
static const cat_word cat_eols[] = {{"crlf", CAT_EOL_CRLF}, {"lf", CAT_EOL_LF}};
static const cat_word cat_datefmts[] = {
    {"DD-MM-JJJJ", CAT_DATE_DMY_DASH},  {"JJJJ-MM-DD", CAT_DATE_ISO},      {"DD/MM/JJJJ", CAT_DATE_DMY_SLASH},
    {"DD.MM.JJJJ", CAT_DATE_DMY_DOT},   {"DD-MM-YYYY", CAT_DATE_DMY_DASH}, {"YYYY-MM-DD", CAT_DATE_ISO},
    {"DD/MM/YYYY", CAT_DATE_DMY_SLASH}, {"DD.MM.YYYY", CAT_DATE_DMY_DOT},
};
static const cat_word cat_yesno[] = {{"ja", 1}, {"nee", 0}, {"yes", 1}, {"no", 0}};
static const cat_word cat_portals[] = {
    {"zelfde-leverancier", CAT_PORTAAL_ZELFDE},
    {"alle", CAT_PORTAAL_ALLE},
    {"geen", CAT_PORTAAL_GEEN},
    {"onbekend", CAT_PORTAAL_ONBEKEND},
};
#define CAT_PORTALS (sizeof cat_portals / sizeof cat_portals[0])
static const cat_word cat_erds[] = {{"ZW", CAT_ERD_ZW}, {"WGA", CAT_ERD_WGA}, {"WW", CAT_ERD_WW}};
#define CAT_ERDS (sizeof cat_erds / sizeof cat_erds[0])
static const cat_word cat_erd_none[] = {{"geen", 0}, {"none", 0}};

/* How many of the Dutch words of a table to list in messages (the English synonyms follow them). */
#define CAT_DELIMS_SHOWN 4
#define CAT_LHN_DELIMS_SHOWN 4
#define CAT_DATEFMTS_SHOWN 4
#define CAT_YESNO_SHOWN 2

/* Names of the output column sources, in cat_colsrc order. */
static const char *const cat_colsrc_names[CAT_COL_COUNT] = {
    [CAT_COL_KVK_MACHTIGINGGEVER] = "kvk_machtiginggever",
    [CAT_COL_NAAM_MACHTIGINGGEVER] = "naam_machtiginggever",
    [CAT_COL_KVK_INTERMEDIAIR] = "kvk_intermediair",
    [CAT_COL_NAAM_INTERMEDIAIR] = "naam_intermediair",
    [CAT_COL_DIENSTVERLENER] = "dienstverlener",
    [CAT_COL_DIENST_CODE] = "dienst_code",
    [CAT_COL_DIENST] = "dienst",
    [CAT_COL_DIENST_ID] = "dienst_id",
    [CAT_COL_NIVEAU] = "niveau",
    [CAT_COL_INGANGSDATUM] = "ingangsdatum",
    [CAT_COL_EINDDATUM] = "einddatum",
    [CAT_COL_LOONHEFFINGENNUMMERS] = "loonheffingennummers",
    [CAT_COL_VERTEGENWOORDIGER] = "vertegenwoordiger",
    [CAT_COL_VERTEGENWOORDIGER_EMAIL] = "vertegenwoordiger_email",
};

/* The state of reading one catalogue file. */
typedef struct cat_parser {
    catalog *cat;
    mg_errinfo *ei;
    const char *path;
    in_parser *ip; /* the INI reader, while the file is read */
    cat_kind kind;
    cat_sec sec;                    /* the current section */
    char secname[CAT_SECTION_MAX];  /* its header, trimmed */
    long secline;                   /* its line */
    size_t idx;                     /* current service, supplier, format or input file */
    long seen[CAT_KEYS_MAX];        /* line each key of the section was given on, 0 = not yet */
    long fmt_line;                  /* line of [formaat] in a format file */
    long cols_line;                 /* line of [kolommen] in a format file */
    long file_lines[SC_FILE_COUNT]; /* line of each section of invoer.ini */
    long accounts_line;             /* line of [gedeelde_accounts] */
    long waarden_line;              /* line of [waarden] in invoer.ini */
    long item_lines[CAT_ITEMS_MAX]; /* section line of each service or supplier */
} cat_parser;

/* ASCII lower case of c. */
static char cat_lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* 1 if c is white space as inih sees it. */
static int cat_is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* 1 if a (alen bytes) equals b (blen bytes), ASCII case-insensitively. */
static int cat_ieq(const char *a, size_t alen, const char *b, size_t blen)
{
    size_t i;

    if (alen != blen)
        return 0;
    for (i = 0; i < alen; i++)
        if (cat_lower(a[i]) != cat_lower(b[i]))
            return 0;
    return 1;
}

/* 1 if the NUL-terminated stored string s equals key (klen bytes), case-insensitively; NULL never does. */
static int cat_ieq_str(const char *s, const char *key, size_t klen)
{
    if (!s || (klen > 0 && cat_lower(s[0]) != cat_lower(key[0])))
        return 0;
    return cat_ieq(s, strlen(s), key, klen);
}

/* Trim src and fold runs of blanks to one space into dst (cap bytes); returns the full folded length. */
static size_t cat_fold(char *dst, size_t cap, const char *src, size_t len)
{
    size_t i, n = 0;
    int blank = 0;

    for (i = 0; i < len; i++) {
        if (cat_is_blank(src[i])) {
            blank = n > 0;
            continue;
        }
        if (blank) {
            if (n + 1 < cap)
                dst[n] = ' ';
            n++;
            blank = 0;
        }
        if (n + 1 < cap)
            dst[n] = src[i];
        n++;
    }
    if (cap > 0)
        dst[n < cap ? n : cap - 1] = '\0';
    return n;
}

/* Append s to the string array *arr of *n entries; frees s and returns 0 when out of memory. */
static int cat_push(char ***arr, size_t *n, char *s)
{
    char **grown;

    if (!s)
        return 0;
    grown = realloc(*arr, (*n + 1) * sizeof *grown);
    if (!grown) {
        free(s);
        return 0;
    }
    grown[(*n)++] = s;
    *arr = grown;
    return 1;
}

/* Free an array of n strings; NULL is a no-op. */
static void cat_free_strings(char **arr, size_t n)
{
    size_t i;

    if (!arr)
        return;
    for (i = 0; i < n; i++)
        free(arr[i]);
    free(arr);
}

/* Index of value (case-insensitive) in a word table, or -1. */
static int cat_word_find(const cat_word *tab, size_t n, const char *value, size_t len)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (cat_ieq(tab[i].word, strlen(tab[i].word), value, len))
            return (int)i;
    return -1;
}

/* Write the first n words of a table as "a, b or c" in a language into buf (cap bytes); returns buf. */
static const char *cat_word_list(const cat_word *tab, size_t n, mg_lang lang, char *buf, size_t cap)
{
    size_t i, used = 0;

    buf[0] = '\0';
    for (i = 0; i < n && used < cap; i++) {
        int w = i == 0 ? snprintf(buf, cap, "%s", tab[i].word)
                : i + 1 == n
                    ? snprintf(buf + used, cap - used, " %s %s", MG_TEXT(lang, MSG_CAT_OR), tab[i].word)
                    : snprintf(buf + used, cap - used, ", %s", tab[i].word);

        if (w < 0)
            break;
        used += (size_t)w;
    }
    return buf;
}

/* Write the names of a key table as "a, b, c" into buf (cap bytes); returns buf. */
static const char *cat_key_list(const cat_keydef *keys, size_t n, char *buf, size_t cap)
{
    size_t i, used = 0;

    buf[0] = '\0';
    for (i = 0; i < n && used < cap; i++) {
        int w = snprintf(buf + used, cap - used, "%s%s", i ? ", " : "", keys[i].name);

        if (w < 0)
            break;
        used += (size_t)w;
    }
    return buf;
}

/* Write the field names of input file f as "a, b, c" into buf (cap bytes); returns buf. */
static const char *cat_field_list(sc_file f, char *buf, size_t cap)
{
    const sc_filedef *d = sc_file_def(f);
    size_t i, used = 0;

    buf[0] = '\0';
    for (i = 0; d && i < d->nfields && used < cap; i++) {
        int w = snprintf(buf + used, cap - used, "%s%s", i ? ", " : "", d->fields[i].name);

        if (w < 0)
            break;
        used += (size_t)w;
    }
    return buf;
}

/* Record catalogue message id (msg.h) as the first error of the file at line; returns 0, the value that stops
 * inih. */
#define CAT_ERR(p, line, err, id, ...) IN_ERROR((p)->ip, (line), (err), id, ##__VA_ARGS__)

/* Record the first error of the file at line, built in each language (msg); returns 0. */
static int cat_err_texts(cat_parser *p, long line, mg_error err, char msg[LANG_COUNT][MG_ERRMSG_MAX])
{
    return in_error_texts(p->ip, line, err, msg[LANG_NL], msg[LANG_EN]);
}

/* Record an out-of-memory failure; returns 0. */
static int cat_nomem(cat_parser *p)
{
    return CAT_ERR(p, p->ip->line, MG_ERR_NOMEM, MSG_OUT_OF_MEMORY);
}

/* Refuse an unknown section header name, naming the sections this kind of file accepts; returns 0. */
static int cat_unknown_section(cat_parser *p, const char *name)
{
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    int l;

    for (l = 0; l < LANG_COUNT; l++) {
        const char *known = msg_text(cat_kind_sections[p->kind], (mg_lang)l);

        if (p->kind == CK_INVOER)
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CAT_UNKNOWN_SECTION_INVOER), name, known);
        else
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CAT_UNKNOWN_SECTION), name, known);
    }
    return cat_err_texts(p, p->ip->line, MG_ERR_CONFIG, msg);
}

/* Fold a value into buf (CAT_NAME_MAX bytes); 0 with an error when it is empty or too long. */
static int cat_value(cat_parser *p, const char *key, const char *value, char *buf, size_t *len)
{
    *len = cat_fold(buf, CAT_NAME_MAX, value, strlen(value));
    if (*len == 0)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_NO_VALUE, key);
    if (*len >= CAT_NAME_MAX)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_VALUE_TOO_LONG, key, CAT_NAME_MAX - 1);
    return 1;
}

/* Set *dst to a copy of a free-text value, blanks folded; 0 with an error when it is empty or too long. */
static int cat_text(cat_parser *p, const char *key, const char *value, char **dst)
{
    char buf[CAT_NAME_MAX];
    size_t len;

    if (!cat_value(p, key, value, buf, &len))
        return 0;
    *dst = tx_strndup(buf, len);
    return *dst ? 1 : cat_nomem(p);
}

/* Set *dst to the value of a one-word key looked up in tab; 0 with an error naming the accepted words. */
static int cat_value_word(cat_parser *p, const char *key, const char *value, const cat_word *tab, size_t n,
                          size_t shown, int *dst)
{
    char buf[CAT_NAME_MAX], list[CAT_LIST_MAX], msg[LANG_COUNT][MG_ERRMSG_MAX];
    size_t len;
    int i, l;

    if (!cat_value(p, key, value, buf, &len))
        return 0;
    i = cat_word_find(tab, n, buf, len);
    if (i < 0) {
        for (l = 0; l < LANG_COUNT; l++)
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CAT_BAD_WORD), buf, key,
                     cat_word_list(tab, shown, (mg_lang)l, list, sizeof list));
        return cat_err_texts(p, p->ip->line, MG_ERR_CONFIG, msg);
    }
    *dst = tab[i].value;
    return 1;
}

/* If name is "word REST", point *rest at REST and return 1. */
static int cat_word_prefix(const char *name, const char *word, const char **rest)
{
    size_t wl = strlen(word);

    if (strlen(name) <= wl + 1 || !cat_ieq(name, wl, word, wl) || name[wl] != ' ')
        return 0;
    *rest = name + wl + 1;
    return 1;
}

/* 1 if code is lower-case kebab-case: [a-z0-9]+ joined by single '-'. */
static int cat_is_kebab(const char *code)
{
    size_t i, n = strlen(code);

    if (n == 0 || code[0] == '-' || code[n - 1] == '-')
        return 0;
    for (i = 0; i < n; i++) {
        char c = code[i];

        if (c == '-' ? code[i + 1] == '-' : !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return 0;
    }
    return 1;
}

/* 1 if a supplier-name character is ignored in comparisons (spaces and '-'). */
static int cat_supplier_skip(char c)
{
    return c == ' ' || c == '\t' || c == '-';
}

/* 1 if a and b are the same supplier name: case-insensitive, ignoring spaces and '-'; never for empty names.
 */
static int cat_supplier_eq(const char *a, size_t alen, const char *b, size_t blen)
{
    size_t i = 0, j = 0, seen = 0;

    for (;;) {
        while (i < alen && cat_supplier_skip(a[i]))
            i++;
        while (j < blen && cat_supplier_skip(b[j]))
            j++;
        if (i == alen || j == blen)
            return i == alen && j == blen && seen > 0;
        if (cat_lower(a[i]) != cat_lower(b[j]))
            return 0;
        i++;
        j++;
        seen++;
    }
}

/* ---- services ---- */

/* Service by code, naam, name_en or legacy alias of an already folded key, or NULL. */
static const cat_service *cat_service_lookup(const catalog *cat, const char *key, size_t klen)
{
    size_t i, j;

    for (i = 0; i < cat->nservices; i++) {
        const cat_service *s = &cat->services[i];

        if (cat_ieq_str(s->code, key, klen) || cat_ieq_str(s->naam, key, klen) ||
            cat_ieq_str(s->name_en, key, klen))
            return s;
        for (j = 0; j < s->nlegacy; j++)
            if (cat_ieq_str(s->legacy[j], key, klen))
                return s;
    }
    return NULL;
}

/* Start [dienst CODE]: check the code and append an empty service. */
static int cat_begin_dienst(cat_parser *p, const char *name)
{
    catalog *cat = p->cat;
    const cat_service *owner;
    cat_service *grown;
    const char *code;
    size_t i;

    if (!cat_word_prefix(name, CAT_SEC_DIENST, &code))
        return cat_unknown_section(p, name);
    if (!cat_is_kebab(code))
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_BAD_SERVICE_CODE, code);
    for (i = 0; i < cat->nservices; i++)
        if (strcmp(cat->services[i].code, code) == 0)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_SERVICE_TWICE, code, p->item_lines[i]);
    owner = cat_service_lookup(cat, code, strlen(code));
    if (owner)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_CODE_IS_NAME, code, owner->code);
    if (cat->nservices >= CAT_MAX_SERVICES)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_TOO_MANY_SERVICES, CAT_MAX_SERVICES,
                       CAT_MAX_SERVICES);
    grown = realloc(cat->services, (cat->nservices + 1) * sizeof *grown);
    if (!grown)
        return cat_nomem(p);
    cat->services = grown;
    memset(&grown[cat->nservices], 0, sizeof *grown);
    grown[cat->nservices].code = strdup(code);
    if (!grown[cat->nservices].code)
        return cat_nomem(p);
    p->idx = cat->nservices;
    p->item_lines[p->idx] = p->ip->line;
    cat->nservices++;
    return 1;
}

/* A new name for the current service, folded; fatal when another service has it; *out gets a copy. */
static int cat_service_name(cat_parser *p, const char *key, const char *value, char **out, int *own)
{
    const cat_service *self = &p->cat->services[p->idx], *owner;
    char buf[CAT_NAME_MAX];
    size_t len;

    if (!cat_value(p, key, value, buf, &len))
        return 0;
    owner = cat_service_lookup(p->cat, buf, len);
    *own = owner == self;
    if (owner && owner != self)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_NAME_TAKEN, buf, owner->code);
    *out = tx_strndup(buf, len);
    return *out ? 1 : cat_nomem(p);
}

/* Parse an erd value: ZW WGA WW separated by blanks, ',' or '|'; empty, geen or none = 0. */
static int cat_parse_erd(cat_parser *p, const char *value, unsigned *mask)
{
    const char *s = value;
    char list[CAT_LIST_MAX], msg[LANG_COUNT][MG_ERRMSG_MAX];
    int none = 0, l;

    *mask = 0;
    while (*s) {
        size_t n = 0;
        int i;

        while (*s && (cat_is_blank(*s) || *s == ',' || *s == '|'))
            s++;
        while (s[n] && !cat_is_blank(s[n]) && s[n] != ',' && s[n] != '|')
            n++;
        if (n == 0)
            break;
        i = cat_word_find(cat_erds, sizeof cat_erds / sizeof cat_erds[0], s, n);
        if (i >= 0)
            *mask |= (unsigned)cat_erds[i].value;
        else if (cat_word_find(cat_erd_none, sizeof cat_erd_none / sizeof cat_erd_none[0], s, n) >= 0)
            none = 1;
        else {
            for (l = 0; l < LANG_COUNT; l++)
                snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CAT_BAD_ERD), (int)n, s,
                         cat_word_list(cat_erds, CAT_ERDS, (mg_lang)l, list, sizeof list));
            return cat_err_texts(p, p->ip->line, MG_ERR_CONFIG, msg);
        }
        s += n;
    }
    if (none && *mask) {
        for (l = 0; l < LANG_COUNT; l++)
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CAT_ERD_BOTH),
                     cat_word_list(cat_erds, CAT_ERDS, (mg_lang)l, list, sizeof list));
        return cat_err_texts(p, p->ip->line, MG_ERR_CONFIG, msg);
    }
    return 1;
}

/* One key of [dienst CODE]. */
static int cat_dienst_key(cat_parser *p, size_t k, const char *key, const char *value)
{
    cat_service *svc = &p->cat->services[p->idx];
    char buf[CAT_NAME_MAX], *s = NULL;
    size_t len, i;
    int own = 0;

    switch (k) {
    case KD_NAAM:
        return cat_service_name(p, key, value, &svc->naam, &own);
    case KD_NAME_EN:
        return cat_service_name(p, key, value, &svc->name_en, &own);
    case KD_ERD:
        return cat_parse_erd(p, value, &svc->erd);
    case KD_DIENST_ID:
        len = cat_fold(buf, sizeof buf, value, strlen(value));
        if (len >= sizeof buf)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_DIENST_ID_TOO_LONG, CAT_NAME_MAX - 1);
        for (i = 0; i < len; i++)
            if (buf[i] == ' ')
                return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_DIENST_ID_SPACE, buf);
        svc->dienst_id = tx_strndup(buf, len);
        return svc->dienst_id ? 1 : cat_nomem(p);
    case KD_LEGACY:
        if (svc->nlegacy >= CAT_MAX_ALIASES)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_TOO_MANY_LEGACY, CAT_MAX_ALIASES,
                           svc->code);
        if (!cat_service_name(p, key, value, &s, &own))
            return 0;
        if (own) { /* already a name of this service: nothing to add */
            free(s);
            return 1;
        }
        return cat_push(&svc->legacy, &svc->nlegacy, s) ? 1 : cat_nomem(p);
    default:
        return CAT_ERR(p, p->ip->line, MG_ERR_INTERNAL, MSG_CAT_UNHANDLED_KEY, key);
    }
}

/* Finish [dienst CODE]: fill the defaults. */
static int cat_end_dienst(cat_parser *p)
{
    cat_service *svc = &p->cat->services[p->idx];

    if (!svc->dienst_id) {
        svc->dienst_id = strdup("");
        if (!svc->dienst_id)
            return cat_nomem(p);
    }
    return 1;
}

/* ---- suppliers ---- */

/* Supplier by name or alias (case-insensitive, ignoring spaces and '-'), or NULL. */
static const cat_supplier *cat_supplier_lookup(const catalog *cat, const char *name, size_t len)
{
    size_t i, j;

    for (i = 0; i < cat->nsuppliers; i++) {
        const cat_supplier *s = &cat->suppliers[i];

        if (s->naam && cat_supplier_eq(s->naam, strlen(s->naam), name, len))
            return s;
        for (j = 0; j < s->naliases; j++)
            if (cat_supplier_eq(s->aliases[j], strlen(s->aliases[j]), name, len))
                return s;
    }
    return NULL;
}

/* Error for a supplier name already in use; returns 0. */
static int cat_supplier_taken(cat_parser *p, const char *name, const cat_supplier *owner)
{
    size_t i = (size_t)(owner - p->cat->suppliers);

    return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_SUPPLIER_TAKEN, name, owner->naam,
                   p->item_lines[i]);
}

/* Start [leverancier NAME]: check the name and append an empty supplier. */
static int cat_begin_leverancier(cat_parser *p, const char *name)
{
    catalog *cat = p->cat;
    const cat_supplier *owner;
    cat_supplier *grown;
    const char *naam;

    if (!cat_word_prefix(name, CAT_SEC_LEVERANCIER, &naam))
        return cat_unknown_section(p, name);
    owner = cat_supplier_lookup(cat, naam, strlen(naam));
    if (owner)
        return cat_supplier_taken(p, naam, owner);
    if (cat->nsuppliers >= CAT_MAX_SUPPLIERS)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_TOO_MANY_SUPPLIERS, CAT_MAX_SUPPLIERS,
                       CAT_MAX_SUPPLIERS);
    grown = realloc(cat->suppliers, (cat->nsuppliers + 1) * sizeof *grown);
    if (!grown)
        return cat_nomem(p);
    cat->suppliers = grown;
    memset(&grown[cat->nsuppliers], 0, sizeof *grown);
    grown[cat->nsuppliers].naam = strdup(naam);
    if (!grown[cat->nsuppliers].naam)
        return cat_nomem(p);
    p->idx = cat->nsuppliers;
    p->item_lines[p->idx] = p->ip->line;
    cat->nsuppliers++;
    return 1;
}

/* Write the names of all output formats as "a, b, c" into buf (cap bytes); returns buf. */
static const char *cat_format_list(const catalog *cat, char *buf, size_t cap)
{
    size_t i, used = 0;

    buf[0] = '\0';
    for (i = 0; i < cat->nformats && used < cap; i++) {
        int w = snprintf(buf + used, cap - used, "%s%s", i ? ", " : "",
                         cat->formats[i].naam ? cat->formats[i].naam : "");

        if (w < 0)
            break;
        used += (size_t)w;
    }
    return buf;
}

/* One key of [leverancier NAME]. */
static int cat_leverancier_key(cat_parser *p, size_t k, const char *key, const char *value)
{
    cat_supplier *sup = &p->cat->suppliers[p->idx];
    const cat_supplier *owner;
    const cat_format *fmt;
    char buf[CAT_NAME_MAX], list[CAT_LIST_MAX];
    size_t len;
    int v = 0;

    switch (k) {
    case KL_ALIAS:
        if (!cat_value(p, key, value, buf, &len))
            return 0;
        owner = cat_supplier_lookup(p->cat, buf, len);
        if (owner)
            return cat_supplier_taken(p, buf, owner);
        if (sup->naliases >= CAT_MAX_ALIASES)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_TOO_MANY_ALIASES, CAT_MAX_ALIASES,
                           sup->naam);
        return cat_push(&sup->aliases, &sup->naliases, tx_strndup(buf, len)) ? 1 : cat_nomem(p);
    case KL_KETEN:
        return cat_value_word(p, key, value, cat_yesno, sizeof cat_yesno / sizeof cat_yesno[0],
                              CAT_YESNO_SHOWN, &sup->chain_eh3);
    case KL_FORMAAT:
        if (!cat_value(p, key, value, buf, &len))
            return 0;
        fmt = cat_format_find(p->cat, buf);
        if (!fmt)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_UNKNOWN_FORMAT, buf, p->cat->dir,
                           cat_format_list(p->cat, list, sizeof list));
        sup->formaat = strdup(fmt->naam);
        return sup->formaat ? 1 : cat_nomem(p);
    case KL_WEBSITE:
        if (!cat_value(p, key, value, buf, &len))
            return 0;
        if (strncmp(buf, "https://", 8) != 0 && strncmp(buf, "http://", 7) != 0)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_BAD_WEBSITE, buf);
        return 1;
    case KL_BRON:
        if (!cat_value(p, key, value, buf, &len))
            return 0;
        if (sup->nbronnen >= CAT_MAX_SOURCES)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_TOO_MANY_SOURCES, CAT_MAX_SOURCES,
                           sup->naam);
        return cat_push(&sup->bronnen, &sup->nbronnen, tx_strndup(buf, len)) ? 1 : cat_nomem(p);
    case KL_PORTAAL:
        if (!cat_value_word(p, key, value, cat_portals, CAT_PORTALS, CAT_PORTALS, &v))
            return 0;
        sup->portaal_voor = (cat_portal)v;
        return 1;
    case KL_PROCES:
        return cat_text(p, key, value, &sup->proces);
    case KL_BIJLAGEN:
        return cat_text(p, key, value, &sup->bijlagen);
    default:
        return CAT_ERR(p, p->ip->line, MG_ERR_INTERNAL, MSG_CAT_UNHANDLED_KEY, key);
    }
}

/* ---- output formats ---- */

/* 1 if a format name is letters, digits, '-' and '_'. */
static int cat_is_format_name(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        char c = cat_lower(s[i]);

        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return 0;
    }
    return len > 0;
}

/* One key of [formaat]. */
static int cat_formaat_key(cat_parser *p, size_t k, const char *key, const char *value)
{
    cat_format *fmt = &p->cat->formats[p->idx];
    char buf[CAT_NAME_MAX];
    size_t len, i;
    int v = 0;

    switch (k) {
    case KF_NAAM:
        if (!cat_value(p, key, value, buf, &len))
            return 0;
        if (!cat_is_format_name(buf, len))
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_BAD_FORMAT_NAME, buf);
        for (i = 0; i < p->cat->nformats; i++)
            if (i != p->idx && cat_ieq_str(p->cat->formats[i].naam, buf, len))
                return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_FORMAT_NAME_TAKEN, buf);
        fmt->naam = tx_strndup(buf, len);
        return fmt->naam ? 1 : cat_nomem(p);
    case KF_BESCHRIJVING:
        len = cat_fold(buf, sizeof buf, value, strlen(value));
        if (len >= sizeof buf)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_DESCRIPTION_TOO_LONG, CAT_NAME_MAX - 1);
        fmt->beschrijving = tx_strndup(buf, len);
        return fmt->beschrijving ? 1 : cat_nomem(p);
    case KF_SCHEIDINGSTEKEN:
        if (!cat_value_word(p, key, value, cat_delims, sizeof cat_delims / sizeof cat_delims[0],
                            CAT_DELIMS_SHOWN, &v))
            return 0;
        fmt->delimiter = (char)v;
        return 1;
    case KF_CODERING:
        if (!cat_value_word(p, key, value, cat_encodings, sizeof cat_encodings / sizeof cat_encodings[0],
                            sizeof cat_encodings / sizeof cat_encodings[0], &v))
            return 0;
        fmt->encoding = (cat_encoding)v;
        return 1;
    case KF_REGELEINDE:
        if (!cat_value_word(p, key, value, cat_eols, sizeof cat_eols / sizeof cat_eols[0],
                            sizeof cat_eols / sizeof cat_eols[0], &v))
            return 0;
        fmt->eol = v == CAT_EOL_CRLF ? "\r\n" : "\n";
        return 1;
    case KF_DATUMFORMAAT:
        if (!cat_value_word(p, key, value, cat_datefmts, sizeof cat_datefmts / sizeof cat_datefmts[0],
                            CAT_DATEFMTS_SHOWN, &v))
            return 0;
        fmt->datefmt = (cat_datefmt)v;
        return 1;
    case KF_LHN:
        if (!cat_value_word(p, key, value, cat_lhn_delims, sizeof cat_lhn_delims / sizeof cat_lhn_delims[0],
                            CAT_LHN_DELIMS_SHOWN, &v))
            return 0;
        fmt->lhn_separator = (char)v;
        return 1;
    default:
        return CAT_ERR(p, p->ip->line, MG_ERR_INTERNAL, MSG_CAT_UNHANDLED_KEY, key);
    }
}

/* Write the column source names as "a, b, c" into buf (cap bytes); returns buf. */
static const char *cat_colsrc_list(char *buf, size_t cap)
{
    size_t i, used = 0;

    buf[0] = '\0';
    for (i = 0; i < CAT_COL_COUNT && used < cap; i++) {
        int w = snprintf(buf + used, cap - used, "%s%s", i ? ", " : "", cat_colsrc_names[i]);

        if (w < 0)
            break;
        used += (size_t)w;
    }
    return buf;
}

/* One "kolom = source [| header]" line of [kolommen]. */
static int cat_kolom_key(cat_parser *p, const char *key, const char *value)
{
    cat_format *fmt = &p->cat->formats[p->idx];
    const char *bar = strchr(value, '|');
    char src[CAT_NAME_MAX], head[CAT_NAME_MAX], list[CAT_LIST_MAX];
    size_t slen, hlen, i;
    int s = -1;

    slen = cat_fold(src, sizeof src, value, bar ? (size_t)(bar - value) : strlen(value));
    if (slen == 0)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_NO_SOURCE, key,
                       cat_colsrc_list(list, sizeof list));
    for (i = 0; i < CAT_COL_COUNT && slen < sizeof src; i++)
        if (cat_ieq(cat_colsrc_names[i], strlen(cat_colsrc_names[i]), src, slen))
            s = (int)i;
    if (s < 0)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_UNKNOWN_SOURCE, src,
                       cat_colsrc_list(list, sizeof list));
    if (bar) {
        hlen = cat_fold(head, sizeof head, bar + 1, strlen(bar + 1));
        if (hlen == 0)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_NO_HEADER, cat_colsrc_names[s]);
        if (hlen >= sizeof head)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_HEADER_TOO_LONG, CAT_NAME_MAX - 1);
    } else {
        hlen = strlen(cat_colsrc_names[s]);
        memcpy(head, cat_colsrc_names[s], hlen + 1);
    }
    for (i = 0; i < fmt->ncols; i++)
        if (cat_ieq_str(fmt->cols[i].header, head, hlen))
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_HEADER_TWICE, head);
    if (fmt->ncols >= CAT_MAX_COLUMNS)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_TOO_MANY_COLUMNS, CAT_MAX_COLUMNS,
                       CAT_MAX_COLUMNS);
    fmt->cols[fmt->ncols].header = tx_strndup(head, hlen);
    if (!fmt->cols[fmt->ncols].header)
        return cat_nomem(p);
    fmt->cols[fmt->ncols].src = (cat_colsrc)s;
    fmt->ncols++;
    return 1;
}

/* Start [formaat] or [kolommen] in a format file. */
static int cat_begin_format_section(cat_parser *p, const char *name)
{
    long *first;

    if (cat_ieq(name, strlen(name), CAT_SEC_FORMAAT, strlen(CAT_SEC_FORMAAT))) {
        p->sec = CS_FORMAAT;
        first = &p->fmt_line;
    } else if (cat_ieq(name, strlen(name), CAT_SEC_KOLOMMEN, strlen(CAT_SEC_KOLOMMEN))) {
        p->sec = CS_KOLOMMEN;
        first = &p->cols_line;
    } else {
        return cat_unknown_section(p, name);
    }
    if (*first)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_SECTION_TWICE, name, *first);
    *first = p->ip->line;
    return 1;
}

/* Append an empty output format with the generiek defaults for the file being read; 0 when out of memory. */
static int cat_begin_format_file(catalog *cat, size_t *idx)
{
    cat_format *grown, *fmt;

    grown = realloc(cat->formats, (cat->nformats + 1) * sizeof *grown);
    if (!grown)
        return 0;
    cat->formats = grown;
    fmt = &grown[cat->nformats];
    memset(fmt, 0, sizeof *fmt);
    fmt->delimiter = ';';
    fmt->encoding = CAT_ENC_UTF8_BOM;
    fmt->eol = "\r\n";
    fmt->datefmt = CAT_DATE_DMY_DASH;
    fmt->lhn_separator = ',';
    *idx = cat->nformats;
    cat->nformats++;
    return 1;
}

/* Finish a format file: both sections there, at least one column. */
static int cat_end_format_file(cat_parser *p)
{
    cat_format *fmt = &p->cat->formats[p->idx];

    if (!p->fmt_line)
        return CAT_ERR(p, 0, MG_ERR_CONFIG, MSG_CAT_NO_FORMAAT);
    if (fmt->ncols == 0)
        return CAT_ERR(p, p->cols_line, MG_ERR_CONFIG, MSG_CAT_NO_COLUMNS);
    if (!fmt->beschrijving) {
        fmt->beschrijving = strdup("");
        if (!fmt->beschrijving)
            return cat_nomem(p);
    }
    return 1;
}

/* ---- input aliases ---- */

/* Write the header-normal form of s (len bytes) into buf (cap bytes): trimmed, lower case, ' ' '-' as '_'. */
static size_t cat_header_normal(char *buf, size_t cap, const char *s, size_t len)
{
    size_t i, n = 0;

    while (len > 0 && cat_is_blank(s[0])) {
        s++;
        len--;
    }
    while (len > 0 && cat_is_blank(s[len - 1]))
        len--;
    for (i = 0; i < len; i++) {
        char c = cat_lower(s[i]);

        if (n + 1 < cap)
            buf[n] = (c == ' ' || c == '-') ? '_' : c;
        n++;
    }
    if (cap > 0)
        buf[n < cap ? n : cap - 1] = '\0';
    return n;
}

/* Give every field of every input file its canonical name. */
static mg_error cat_init_input(catalog *cat, mg_errinfo *ei)
{
    int f;
    size_t i;

    for (f = 0; f < SC_FILE_COUNT; f++) {
        const sc_filedef *d = sc_file_def((sc_file)f);

        for (i = 0; i < d->nfields; i++) {
            cat_field_aliases *a = &cat->input[f][i];

            if (!cat_push(&a->names, &a->nnames, strdup(d->fields[i].name)))
                return MG_FAIL(ei, MG_ERR_NOMEM, cat->dir, 0, MSG_OUT_OF_MEMORY);
        }
    }
    return MG_OK;
}

/* Start [gebruikers], [werkgevers] or [machtigingen]. */
static int cat_begin_invoer(cat_parser *p, const char *name)
{
    int f;

    if (cat_ieq(name, strlen(name), CAT_SEC_WAARDEN, strlen(CAT_SEC_WAARDEN))) {
        if (p->waarden_line)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_WAARDEN_TWICE, name, p->waarden_line);
        p->waarden_line = p->ip->line;
        p->sec = CS_WAARDEN;
        return 1;
    }
    for (f = 0; f < SC_FILE_COUNT; f++) {
        const char *fname = sc_file_def((sc_file)f)->name;

        if (!cat_ieq(name, strlen(name), fname, strlen(fname)))
            continue;
        if (p->file_lines[f])
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_SECTION_TWICE, name, p->file_lines[f]);
        p->file_lines[f] = p->ip->line;
        p->sec = CS_INVOER;
        p->idx = (size_t)f;
        return 1;
    }
    return cat_unknown_section(p, name);
}

/* One "field = alias, alias" line of invoer.ini. */
static int cat_invoer_key(cat_parser *p, const char *key, const char *value)
{
    sc_file f = (sc_file)p->idx;
    const sc_filedef *d = sc_file_def(f);
    char field[CAT_NAME_MAX], alias[CAT_NAME_MAX], list[CAT_LIST_MAX];
    const char *s = value;
    size_t flen;
    int fi;

    flen = cat_header_normal(field, sizeof field, key, strlen(key));
    fi = flen < sizeof field ? sc_field_index(f, field, flen) : -1;
    if (fi < 0)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_NOT_A_FIELD, key, d->default_path,
                       cat_field_list(f, list, sizeof list));
    if (p->seen[fi])
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_FIELD_TWICE, field, d->name, p->seen[fi]);
    p->seen[fi] = p->ip->line;
    for (;;) {
        const char *comma = strchr(s, ',');
        size_t n = comma ? (size_t)(comma - s) : strlen(s);
        size_t alen = cat_header_normal(alias, sizeof alias, s, n);
        cat_field_aliases *a = &p->cat->input[f][fi];
        int owner;

        if (alen == 0)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_EMPTY_ALIAS, field);
        if (alen >= sizeof alias)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_ALIAS_TOO_LONG, field, CAT_NAME_MAX - 1);
        owner = cat_input_field(p->cat, f, alias, alen);
        if (owner >= 0)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_ALIAS_TAKEN, alias, d->fields[owner].name,
                           d->name);
        if (a->nnames >= CAT_MAX_ALIASES)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_TOO_MANY_FIELD_ALIASES, CAT_MAX_ALIASES,
                           field);
        if (!cat_push(&a->names, &a->nnames, tx_strndup(alias, alen)))
            return cat_nomem(p);
        if (!comma)
            return 1;
        s = comma + 1;
    }
}

/* One "value_key = word, word" line of [waarden]: each word once among the values of its field. */
static int cat_waarde_key(cat_parser *p, size_t k, const char *key, const char *value)
{
    const char *s = value, *name = cat_keys_waarden[k].name;
    size_t group = strcspn(name, "_"), v, i;
    char word[CAT_NAME_MAX];

    for (;;) {
        const char *comma = strchr(s, ',');
        size_t n = cat_fold(word, sizeof word, s, comma ? (size_t)(comma - s) : strlen(s));

        if (n == 0 || n >= sizeof word)
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_WAARDEN_BAD_WORD, key, CAT_NAME_MAX - 1);
        for (v = 0; v < CAT_VOC_COUNT; v++) {
            if (strncmp(cat_keys_waarden[v].name, name, group + 1) != 0)
                continue; /* the values of another field ("erd_" against "status_"): a word may recur there */
            for (i = 0; i < p->cat->vocab[v].nwords; i++)
                if (cat_ieq_str(p->cat->vocab[v].words[i], word, n))
                    return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_WAARDEN_WORD_TAKEN, word,
                                   cat_keys_waarden[v].name);
        }
        if (!cat_push(&p->cat->vocab[k].words, &p->cat->vocab[k].nwords, tx_strndup(word, n)))
            return cat_nomem(p);
        if (!comma)
            return 1;
        s = comma + 1;
    }
}

/* ---- generic words ---- */

/* Start [gedeelde_accounts]. */
static int cat_begin_accounts(cat_parser *p, const char *name)
{
    if (!cat_ieq(name, strlen(name), CAT_SEC_ACCOUNTS, strlen(CAT_SEC_ACCOUNTS)))
        return cat_unknown_section(p, name);
    if (p->accounts_line)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_SECTION_TWICE, name, p->accounts_line);
    p->accounts_line = p->ip->line;
    p->sec = CS_ACCOUNTS;
    return 1;
}

/* One "woord = WORD" line. */
static int cat_woord_key(cat_parser *p, const char *key, const char *value)
{
    catalog *cat = p->cat;
    char buf[CAT_NAME_MAX];
    size_t len, i;

    if (!cat_value(p, key, value, buf, &len))
        return 0;
    for (i = 0; i < len; i++) {
        if (buf[i] == ' ')
            return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_NOT_ONE_WORD, buf);
        buf[i] = cat_lower(buf[i]);
    }
    if (cat_is_generic_word(cat, buf, len))
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_WORD_TWICE, buf);
    if (cat->ngeneric >= CAT_MAX_WORDS)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_TOO_MANY_WORDS, CAT_MAX_WORDS, CAT_MAX_WORDS);
    return cat_push(&cat->generic_words, &cat->ngeneric, tx_strndup(buf, len)) ? 1 : cat_nomem(p);
}

/* ---- the inih driver ---- */

/* Finish the current section: required keys present, defaults filled. */
static int cat_end_section(cat_parser *p)
{
    const cat_secdef *sd = &cat_secdefs[p->sec];
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    size_t k;
    int l;

    for (k = 0; k < sd->nkeys; k++) {
        if (!sd->keys[k].required || p->seen[k])
            continue;
        for (l = 0; l < LANG_COUNT; l++)
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CAT_MISSING_KEY), p->secname,
                     sd->keys[k].name, msg_text(sd->keys[k].what, (mg_lang)l), sd->keys[k].name);
        return cat_err_texts(p, p->secline, MG_ERR_CONFIG, msg);
    }
    if (p->sec == CS_DIENST)
        return cat_end_dienst(p);
    return 1;
}

/* A section header on the current line: finish the previous section and start this one. */
static int cat_on_section(in_parser *ip, const char *raw, size_t len)
{
    cat_parser *p = ip->user;
    char name[CAT_SECTION_MAX];
    size_t n;

    p->ip = ip;
    if (p->sec != CS_NONE && !cat_end_section(p))
        return 0;
    p->sec = CS_NONE;
    p->secline = p->ip->line;
    memset(p->seen, 0, sizeof p->seen);
    n = cat_fold(name, sizeof name, raw, len);
    if (n >= sizeof name)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_SECTION_TOO_LONG, CAT_SECTION_MAX - 1);
    memcpy(p->secname, name, n + 1);
    switch (p->kind) {
    case CK_DIENSTEN:
        p->sec = CS_DIENST;
        return cat_begin_dienst(p, name);
    case CK_LEVERANCIERS:
        p->sec = CS_LEVERANCIER;
        return cat_begin_leverancier(p, name);
    case CK_FORMAT:
        return cat_begin_format_section(p, name);
    case CK_INVOER:
        return cat_begin_invoer(p, name);
    case CK_ACCOUNTS:
        return cat_begin_accounts(p, name);
    }
    return 0;
}

/* One key = value line of the current section (the reader refused a repeated one). */
static int cat_on_key(in_parser *ip, const char *section, const char *name, const char *value)
{
    cat_parser *p = ip->user;
    const cat_secdef *sd;
    char list[CAT_LIST_MAX], msg[LANG_COUNT][MG_ERRMSG_MAX];
    size_t k;
    int l;

    p->ip = ip;
    (void)section;
    if (p->sec == CS_NONE) {
        for (l = 0; l < LANG_COUNT; l++)
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CAT_KEY_BEFORE_SECTION), name,
                     msg_text(cat_kind_sections[p->kind], (mg_lang)l));
        return cat_err_texts(p, p->ip->line, MG_ERR_CONFIG, msg);
    }
    if (p->sec == CS_INVOER)
        return cat_invoer_key(p, name, value);
    sd = &cat_secdefs[p->sec];
    for (k = 0; k < sd->nkeys; k++)
        if (cat_ieq(sd->keys[k].name, strlen(sd->keys[k].name), name, strlen(name)))
            break;
    if (k == sd->nkeys)
        return CAT_ERR(p, p->ip->line, MG_ERR_CONFIG, MSG_CAT_UNKNOWN_KEY, name, p->secname,
                       cat_key_list(sd->keys, sd->nkeys, list, sizeof list));
    if (!p->seen[k])
        p->seen[k] = p->ip->line;
    switch (p->sec) {
    case CS_DIENST:
        return cat_dienst_key(p, k, name, value);
    case CS_LEVERANCIER:
        return cat_leverancier_key(p, k, name, value);
    case CS_FORMAAT:
        return cat_formaat_key(p, k, name, value);
    case CS_KOLOMMEN:
        return cat_kolom_key(p, name, value);
    case CS_ACCOUNTS:
        return cat_woord_key(p, name, value);
    case CS_WAARDEN:
        return cat_waarde_key(p, k, name, value);
    default:
        return CAT_ERR(p, p->ip->line, MG_ERR_INTERNAL, MSG_CAT_UNHANDLED_SECTION, p->secname);
    }
}

/* The end of a catalogue file read without error: finish its last section, and a format file. */
static int cat_on_end(in_parser *ip)
{
    cat_parser *p = ip->user;

    p->ip = ip;
    if (p->sec != CS_NONE && !cat_end_section(p))
        return 0;
    if (p->kind == CK_FORMAT && !cat_end_format_file(p))
        return 0;
    if (p->kind == CK_INVOER && !p->waarden_line)
        return CAT_ERR(p, 0, MG_ERR_CONFIG, MSG_CAT_WAARDEN_MISSING);
    return 1;
}

/* The sections each kind of file has, for its repeatable keys. */
static const cat_sec cat_kind_secs[][2] = {
    [CK_DIENSTEN] = {CS_DIENST, CS_NONE},    [CK_LEVERANCIERS] = {CS_LEVERANCIER, CS_NONE},
    [CK_FORMAT] = {CS_FORMAAT, CS_KOLOMMEN}, [CK_INVOER] = {CS_NONE, CS_NONE},
    [CK_ACCOUNTS] = {CS_ACCOUNTS, CS_NONE},
};

/* Read one catalogue file of the given kind into cat. */
static mg_error cat_parse(catalog *cat, const char *path, cat_kind kind, mg_errinfo *ei)
{
    in_key keys[CAT_SCHEMA_KEYS];
    in_schema schema = {
        {MG_TEXT(LANG_NL, MSG_CAT_THIS_FILE), MG_TEXT(LANG_EN, MSG_CAT_THIS_FILE)}, 1, MSG_NONE, keys, 0, 1};
    in_hooks hooks = {cat_on_section, cat_on_key, cat_on_end, NULL};
    cat_parser *p;
    mg_error err;
    char *text = NULL;
    size_t len = 0, i, j;
    const char *why[LANG_COUNT] = {NULL, NULL};
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    int open_failed = 0, l;

    for (i = 0; i < 2; i++) {
        const cat_secdef *sd = &cat_secdefs[cat_kind_secs[kind][i]];

        for (j = 0; j < sd->nkeys && schema.nkeys < CAT_SCHEMA_KEYS; j++)
            if (sd->keys[j].list)
                keys[schema.nkeys++] = (in_key){sd->keys[j].name, NULL, 1};
    }
    if (kind == CK_INVOER)
        schema.twice_hint = MSG_CAT_ALIASES_ON_ONE_LINE;
    err = in_read_file(path, &text, &len, why, &open_failed, ei);
    if (err == MG_ERR_INPUT && why[LANG_EN]) {
        for (l = 0; l < LANG_COUNT; l++)
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CAT_CANNOT_OPEN), why[l]);
        return mg_fail_texts(ei, MG_ERR_CONFIG, path, 0, msg[LANG_NL], msg[LANG_EN]);
    }
    if (err)
        return err == MG_ERR_INPUT ? MG_ERR_CONFIG : err;
    p = calloc(1, sizeof *p);
    if (!p) {
        free(text);
        return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    }
    p->cat = cat;
    p->ei = ei;
    p->path = path;
    p->kind = kind;
    hooks.user = p;
    if (kind == CK_FORMAT && !cat_begin_format_file(cat, &p->idx))
        err = MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    else
        err = in_parse(path, text, len, &schema, &hooks, ei);
    free(p);
    free(text);
    return err;
}

/* Join dir and name into buf (CAT_PATH_MAX bytes); MG_ERR_CONFIG when too long. */
static mg_error cat_path(char *buf, const char *dir, const char *name, mg_errinfo *ei)
{
    int n = snprintf(buf, CAT_PATH_MAX, "%s/%s", dir, name);

    if (n < 0 || n >= CAT_PATH_MAX)
        return MG_FAIL(ei, MG_ERR_CONFIG, dir, 0, MSG_CAT_PATH_TOO_LONG, name, CAT_PATH_MAX - 1);
    return MG_OK;
}

/* qsort comparator: file names in strcmp order. */
static int cat_cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Read every *.ini in dir/uitvoer, in name order. */
static mg_error cat_load_formats(catalog *cat, mg_errinfo *ei)
{
    char dirpath[CAT_PATH_MAX], path[CAT_PATH_MAX];
    char **names = NULL;
    size_t nnames = 0, i;
    struct dirent *de;
    mg_error err;
    DIR *d = NULL;

    err = cat_path(dirpath, cat->dir, CAT_DIR_UITVOER, ei);
    if (err)
        goto done;
    d = opendir(dirpath);
    if (!d) {
        err = MG_FAIL(ei, MG_ERR_CONFIG, dirpath, 0, MSG_CAT_CANNOT_OPEN_FORMATS, strerror(errno));
        goto done;
    }
    while ((de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name), sl = strlen(CAT_INI_SUFFIX);

        if (de->d_name[0] == '.' || n <= sl || strcmp(de->d_name + n - sl, CAT_INI_SUFFIX) != 0)
            continue;
        if (nnames >= CAT_MAX_FORMATS) {
            err = MG_FAIL(ei, MG_ERR_CONFIG, dirpath, 0, MSG_CAT_TOO_MANY_FORMATS, CAT_MAX_FORMATS,
                          CAT_MAX_FORMATS);
            goto done;
        }
        if (!cat_push(&names, &nnames, strdup(de->d_name))) {
            err = MG_FAIL(ei, MG_ERR_NOMEM, dirpath, 0, MSG_OUT_OF_MEMORY);
            goto done;
        }
    }
    if (nnames == 0) {
        err = MG_FAIL(ei, MG_ERR_CONFIG, dirpath, 0, MSG_CAT_NO_FORMAT);
        goto done;
    }
    qsort(names, nnames, sizeof *names, cat_cmp_names);
    for (i = 0; i < nnames; i++) {
        err = cat_path(path, dirpath, names[i], ei);
        if (!err)
            err = cat_parse(cat, path, CK_FORMAT, ei);
        if (err)
            goto done;
    }
done:
    if (d)
        closedir(d);
    cat_free_strings(names, nnames);
    return err;
}

/* Load every catalogue from dir; an error in one is MG_ERR_CONFIG with file:line in ei. */
mg_error cat_load(const char *dir, catalog **out, mg_errinfo *ei)
{
    char path[CAT_PATH_MAX];
    catalog *cat;
    mg_error err;

    *out = NULL;
    cat = calloc(1, sizeof *cat);
    if (!cat)
        return MG_FAIL(ei, MG_ERR_NOMEM, dir, 0, MSG_OUT_OF_MEMORY);
    cat->dir = strdup(dir);
    if (!cat->dir) {
        err = MG_FAIL(ei, MG_ERR_NOMEM, dir, 0, MSG_OUT_OF_MEMORY);
        goto fail;
    }
    err = cat_init_input(cat, ei);
    if (err)
        goto fail;
    err = cat_path(path, dir, CAT_FILE_DIENSTEN, ei);
    if (!err)
        err = cat_parse(cat, path, CK_DIENSTEN, ei);
    if (err)
        goto fail;
    if (cat->nservices == 0) {
        err = MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_CAT_NO_SERVICE);
        goto fail;
    }
    err = cat_load_formats(cat, ei);
    if (err)
        goto fail;
    err = cat_path(path, dir, CAT_FILE_LEVERANCIERS, ei);
    if (!err)
        err = cat_parse(cat, path, CK_LEVERANCIERS, ei);
    if (err)
        goto fail;
    err = cat_path(path, dir, CAT_FILE_INVOER, ei);
    if (!err)
        err = cat_parse(cat, path, CK_INVOER, ei);
    if (err)
        goto fail;
    err = cat_path(path, dir, CAT_FILE_ACCOUNTS, ei);
    if (!err)
        err = cat_parse(cat, path, CK_ACCOUNTS, ei);
    if (err)
        goto fail;
    *out = cat;
    return MG_OK;
fail:
    cat_free(cat);
    return err;
}

/* Free a catalogue; NULL is a no-op. */
void cat_free(catalog *cat)
{
    size_t i, j;
    int f;

    if (!cat)
        return;
    for (i = 0; i < cat->nservices; i++) {
        cat_service *s = &cat->services[i];

        free(s->code);
        free(s->naam);
        free(s->name_en);
        free(s->dienst_id);
        cat_free_strings(s->legacy, s->nlegacy);
    }
    free(cat->services);
    for (i = 0; i < cat->nsuppliers; i++) {
        free(cat->suppliers[i].naam);
        free(cat->suppliers[i].formaat);
        free(cat->suppliers[i].proces);
        free(cat->suppliers[i].bijlagen);
        cat_free_strings(cat->suppliers[i].aliases, cat->suppliers[i].naliases);
        cat_free_strings(cat->suppliers[i].bronnen, cat->suppliers[i].nbronnen);
    }
    free(cat->suppliers);
    for (i = 0; i < cat->nformats; i++) {
        free(cat->formats[i].naam);
        free(cat->formats[i].beschrijving);
        for (j = 0; j < cat->formats[i].ncols; j++)
            free(cat->formats[i].cols[j].header);
    }
    free(cat->formats);
    for (f = 0; f < SC_FILE_COUNT; f++)
        for (i = 0; i < SC_MAX_FIELDS; i++)
            cat_free_strings(cat->input[f][i].names, cat->input[f][i].nnames);
    cat_free_strings(cat->generic_words, cat->ngeneric);
    for (i = 0; i < CAT_VOC_COUNT; i++)
        cat_free_strings(cat->vocab[i].words, cat->vocab[i].nwords);
    ps_free(cat->prose);
    free(cat->dir);
    free(cat);
}

/* Service by code, official name, English name or legacy alias (case-insensitive, blanks folded), or NULL. */
const cat_service *cat_service_find(const catalog *cat, const char *name, size_t len)
{
    char key[CAT_NAME_MAX];
    size_t klen;

    if (!cat || !name)
        return NULL;
    klen = cat_fold(key, sizeof key, name, len);
    if (klen == 0 || klen >= sizeof key)
        return NULL;
    return cat_service_lookup(cat, key, klen);
}

/* Edit distance between a and b (each under CAT_NAME_MAX bytes), ASCII case-insensitive. */
static size_t cat_distance(const char *a, size_t alen, const char *b, size_t blen)
{
    size_t rows[2][CAT_NAME_MAX];
    size_t i, j, *prev = rows[0], *cur = rows[1], *tmp;

    for (j = 0; j <= blen; j++)
        prev[j] = j;
    for (i = 1; i <= alen; i++) {
        cur[0] = i;
        for (j = 1; j <= blen; j++) {
            size_t best = prev[j - 1] + (cat_lower(a[i - 1]) != cat_lower(b[j - 1]));

            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            cur[j] = best;
        }
        tmp = prev;
        prev = cur;
        cur = tmp;
    }
    return prev[blen];
}

/* 1 if needle (nlen bytes) occurs in hay, ASCII case-insensitively. */
static int cat_icontains(const char *hay, const char *needle, size_t nlen)
{
    size_t i, hlen = strlen(hay);

    for (i = 0; i + nlen <= hlen; i++)
        if (cat_ieq(hay + i, nlen, needle, nlen))
            return 1;
    return 0;
}

/* Distance of key to one stored name: edit distance, or 1 when the name contains the key. */
static size_t cat_name_distance(const char *stored, const char *key, size_t klen)
{
    size_t d, slen;

    if (!stored)
        return SIZE_MAX;
    slen = strlen(stored);
    if (slen >= CAT_NAME_MAX)
        return SIZE_MAX;
    d = cat_distance(stored, slen, key, klen);
    if (d > 1 && klen >= CAT_SUBSTRING_MIN && cat_icontains(stored, key, klen))
        d = 1;
    return d;
}

/* The service whose names are closest to name (edit distance), for a suggestion. */
const cat_service *cat_service_suggest(const catalog *cat, const char *name, size_t len)
{
    const cat_service *best = NULL;
    size_t bestd = SIZE_MAX, i, j, klen;
    char key[CAT_NAME_MAX];

    if (!cat || !name)
        return NULL;
    klen = cat_fold(key, sizeof key, name, len);
    if (klen == 0)
        return NULL;
    if (klen >= sizeof key)
        klen = sizeof key - 1;
    for (i = 0; i < cat->nservices; i++) {
        const cat_service *s = &cat->services[i];
        size_t d = cat_name_distance(s->code, key, klen), e;

        e = cat_name_distance(s->naam, key, klen);
        d = e < d ? e : d;
        e = cat_name_distance(s->name_en, key, klen);
        d = e < d ? e : d;
        for (j = 0; j < s->nlegacy; j++) {
            e = cat_name_distance(s->legacy[j], key, klen);
            d = e < d ? e : d;
        }
        if (d < bestd) {
            bestd = d;
            best = s;
        }
    }
    return best;
}

/* Index of a service in cat->services. */
size_t cat_service_index(const catalog *cat, const cat_service *svc)
{
    return (size_t)(svc - cat->services);
}

/* Supplier by name or alias: case-insensitive, ignoring spaces and '-'; or NULL. */
const cat_supplier *cat_supplier_find(const catalog *cat, const char *name, size_t len)
{
    if (!cat || !name)
        return NULL;
    return cat_supplier_lookup(cat, name, len);
}

/* The leveranciers.ini word of a request channel ("zelfde-leverancier", ...); "" when out of range. */
const char *cat_portal_name(cat_portal p)
{
    size_t i;

    for (i = 0; i < CAT_PORTALS; i++)
        if (cat_portals[i].value == (int)p)
            return cat_portals[i].word;
    return "";
}

/* Output format by name (case-insensitive), or NULL. */
const cat_format *cat_format_find(const catalog *cat, const char *name)
{
    size_t i, len;

    if (!cat || !name)
        return NULL;
    len = strlen(name);
    for (i = 0; i < cat->nformats; i++)
        if (cat_ieq_str(cat->formats[i].naam, name, len))
            return &cat->formats[i];
    return NULL;
}

/* Field index in file f for a header already in header-normal form, or -1. */
int cat_input_field(const catalog *cat, sc_file f, const char *header, size_t len)
{
    size_t i, j;

    if (!cat || !header || (int)f < 0 || f >= SC_FILE_COUNT)
        return -1;
    for (i = 0; i < SC_MAX_FIELDS; i++) {
        const cat_field_aliases *a = &cat->input[f][i];

        for (j = 0; j < a->nnames; j++)
            if (strlen(a->names[j]) == len && memcmp(a->names[j], header, len) == 0)
                return (int)i;
    }
    return -1;
}

/* Every known header name of file f (canonical and aliases); *n gets the count. Caller frees the array only.
 */
const char **cat_input_names(const catalog *cat, sc_file f, size_t *n)
{
    const char **out;
    size_t i, j, count = 0;

    *n = 0;
    if (!cat || (int)f < 0 || f >= SC_FILE_COUNT)
        return NULL;
    for (i = 0; i < SC_MAX_FIELDS; i++)
        count += cat->input[f][i].nnames;
    out = malloc((count ? count : 1) * sizeof *out);
    if (!out)
        return NULL;
    for (i = 0; i < SC_MAX_FIELDS; i++)
        for (j = 0; j < cat->input[f][i].nnames; j++)
            out[(*n)++] = cat->input[f][i].names[j];
    return out;
}

/* 1 if word (len bytes, any case) is a generic account word. */
int cat_is_generic_word(const catalog *cat, const char *word, size_t len)
{
    size_t i;

    if (!cat || !word)
        return 0;
    for (i = 0; i < cat->ngeneric; i++)
        if (cat_ieq_str(cat->generic_words[i], word, len))
            return 1;
    return 0;
}
