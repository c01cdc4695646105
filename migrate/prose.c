/* prose.c — the text files of formats/teksten/ and brieven/: a strict reader of their format, and
 * placeholders.
 */
#include "prose.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ini.h"
#include "text.h"

/* The UTF-8 byte order mark, allowed at the start of a file. */
#define PS_BOM "\xEF\xBB\xBF"
#define PS_BOM_LEN 3

/* Most sections of one file, and the longest path of a text file. */
#define PS_MAX_SECTIONS 24
#define PS_PATH_MAX 4096

/* Room for a list of names in a message ("{naam}, {kvk}, ..."). */
#define PS_LIST_MAX 256

/* The bit of a placeholder in a section's set. */
#define PS_BIT(ph) (1u << (ph))

/* The placeholders of a follow-up sentence. */
#define PS_FU_PHS                                                                                            \
    (PS_BIT(PS_PH_NAAM) | PS_BIT(PS_PH_KVK) | PS_BIT(PS_PH_LHN) | PS_BIT(PS_PH_OPVOLGER) |                   \
     PS_BIT(PS_PH_OPEN) | PS_BIT(PS_PH_REDEN))

/* A section a file must have: its name, the placeholders it may use, and whether it is one sentence. */
typedef struct ps_spec_section {
    const char *name;
    unsigned phs;
    int sentence; /* 1: exactly one paragraph, no heading, label or empty row */
} ps_spec_section;

/* A text file: its folder under formats/, its name and its sections. */
typedef struct ps_spec_file {
    const char *dir;
    const char *name;
    const ps_spec_section *sections;
    size_t nsections;
} ps_spec_file;

static const ps_spec_section ps_form_notes[] = {
    {PS_SECTION_NOTES,
     PS_BIT(PS_PH_NAAM) | PS_BIT(PS_PH_KVK) | PS_BIT(PS_PH_INGANGSDATUM) | PS_BIT(PS_PH_EINDDATUM) |
         PS_BIT(PS_PH_LEVERANCIER) | PS_BIT(PS_PH_PROCES) | PS_BIT(PS_PH_BIJLAGEN),
     0},
};

static const ps_spec_section ps_follow_notes[] = {
    {PS_SECTION_NOTES, PS_BIT(PS_PH_KEUZES), 0},
};

/* The follow-up kinds' sections are named by their codes (mg_followkind_name; test_prose checks). */
static const ps_spec_section ps_follow_actions[] = {
    {PS_SECTION_OPEN, PS_BIT(PS_PH_AANTAL), 1},
    {PS_SECTION_OPEN_ONE, PS_BIT(PS_PH_AANTAL), 1},
    {PS_SECTION_OPEN_UNKNOWN, 0, 1},
    /* named after the reasons (mg_reason_name; test_prose checks) */
    {"reden-fusie", 0, 1},
    {"reden-overname", 0, 1},
    {"reden-rechtsvormwijziging", 0, 1},
    {"reden-splitsing", 0, 1},
    {"reden-beeindigd", 0, 1},
    {"reden-anders", PS_BIT(PS_PH_TEKST), 1},
    {PS_SECTION_REASON_NONE, 0, 1},
    {"transfer-reports", PS_FU_PHS, 1},
    {"reports-unreachable", PS_FU_PHS, 1},
    {"no-kvk", PS_FU_PHS, 1},
    {"foreign-employer", PS_FU_PHS, 1},
    {"successor-unknown", PS_FU_PHS, 1},
};

/* The placeholders of the letter's body: everything about the client, the request and the intermediary. */
#define PS_LETTER_PHS                                                                                        \
    (PS_BIT(PS_PH_INTERMEDIAIR) | PS_BIT(PS_PH_INTERMEDIAIR_KVK) | PS_BIT(PS_PH_KLANT) |                     \
     PS_BIT(PS_PH_KLANT_KVK) | PS_BIT(PS_PH_LHNS) | PS_BIT(PS_PH_DIENSTEN) | PS_BIT(PS_PH_ONDERTEKENAARS) |  \
     PS_BIT(PS_PH_DATUM) | PS_BIT(PS_PH_KENMERK) | PS_BIT(PS_PH_INGANGSDATUM) | PS_BIT(PS_PH_EINDDATUM) |    \
     PS_BIT(PS_PH_LEVERANCIER) | PS_BIT(PS_PH_PROCES) | PS_BIT(PS_PH_BIJLAGEN))

/* The placeholders of the mail that goes with one or more letters. */
#define PS_MAIL_PHS                                                                                          \
    (PS_BIT(PS_PH_INTERMEDIAIR) | PS_BIT(PS_PH_INTERMEDIAIR_KVK) | PS_BIT(PS_PH_VERTEGENWOORDIGER) |         \
     PS_BIT(PS_PH_KLANTEN) | PS_BIT(PS_PH_BESTANDEN) | PS_BIT(PS_PH_AANTAL) | PS_BIT(PS_PH_INGANGSDATUM) |   \
     PS_BIT(PS_PH_EINDDATUM) | PS_BIT(PS_PH_AANHEF))

static const ps_spec_section ps_letter[] = {
    {PS_SECTION_LETTER, PS_LETTER_PHS, 0},
    {PS_SECTION_ALL_SERVICES, 0, 1},
    {PS_SECTION_SIGN_ANY, PS_LETTER_PHS, 0},
    {PS_SECTION_SIGN_ALL, PS_LETTER_PHS, 0},
    {PS_SECTION_SIGN_UNKNOWN, PS_LETTER_PHS, 0},
    {PS_SECTION_LABEL_NAME, 0, 1},
    {PS_SECTION_LABEL_PLACE, 0, 1},
    {PS_SECTION_LABEL_DATE, 0, 1},
    {PS_SECTION_LABEL_SIGNATURE, 0, 1},
    {PS_SECTION_REFERENCE, PS_BIT(PS_PH_KLANT_KVK) | PS_BIT(PS_PH_INGANGSDATUM), 1},
    {PS_SECTION_HEADER, PS_BIT(PS_PH_KENMERK), 1},
    {PS_SECTION_FOOTER, PS_BIT(PS_PH_KENMERK) | PS_BIT(PS_PH_PAGINA) | PS_BIT(PS_PH_PAGINAS), 1},
    {PS_SECTION_TITLE, PS_BIT(PS_PH_KLANT) | PS_BIT(PS_PH_KLANT_KVK), 1},
    {PS_SECTION_SUBJECT, PS_MAIL_PHS, 1},
    {PS_SECTION_GREETING, PS_BIT(PS_PH_VERTEGENWOORDIGER), 1},
    {PS_SECTION_GREETING_UNKNOWN, 0, 1},
    {PS_SECTION_MESSAGE, PS_MAIL_PHS, 0},
    {PS_SECTION_MESSAGE_MORE, PS_MAIL_PHS, 0},
    {PS_SECTION_NO_ADDRESS, 0, 1},
    {PS_SECTION_CLIENT, PS_BIT(PS_PH_KLANT) | PS_BIT(PS_PH_KLANT_KVK), 1},
};

static const ps_spec_file ps_files[PS_FILE_COUNT] = {
    [PS_FORM_NOTES] = {PS_DIR, "formulier-toelichting.txt", ps_form_notes,
                       sizeof ps_form_notes / sizeof *ps_form_notes},
    [PS_FOLLOW_NOTES] = {PS_DIR, "opvolging-toelichting.txt", ps_follow_notes,
                         sizeof ps_follow_notes / sizeof *ps_follow_notes},
    [PS_FOLLOW_ACTIONS] = {PS_DIR, "opvolging-acties.txt", ps_follow_actions,
                           sizeof ps_follow_actions / sizeof *ps_follow_actions},
    [PS_LETTER] = {PS_DIR_LETTERS, "brief.txt", ps_letter, sizeof ps_letter / sizeof *ps_letter},
};

static const char *const ps_ph_names[PS_PH_COUNT] = {
    [PS_PH_NAAM] = "naam",
    [PS_PH_KVK] = "kvk",
    [PS_PH_INGANGSDATUM] = "ingangsdatum",
    [PS_PH_EINDDATUM] = "einddatum",
    [PS_PH_LHN] = "lhn",
    [PS_PH_OPVOLGER] = "opvolger",
    [PS_PH_OPEN] = "open",
    [PS_PH_AANTAL] = "aantal",
    [PS_PH_LEVERANCIER] = "leverancier",
    [PS_PH_PROCES] = "proces",
    [PS_PH_BIJLAGEN] = "bijlagen",
    [PS_PH_REDEN] = "reden",
    [PS_PH_TEKST] = "tekst",
    [PS_PH_KEUZES] = "keuzes",
    [PS_PH_INTERMEDIAIR] = "intermediair",
    [PS_PH_INTERMEDIAIR_KVK] = "intermediair_kvk",
    [PS_PH_KLANT] = "klant",
    [PS_PH_KLANT_KVK] = "klant_kvk",
    [PS_PH_LHNS] = "loonheffingennummers",
    [PS_PH_DIENSTEN] = "diensten",
    [PS_PH_ONDERTEKENAARS] = "ondertekenaars",
    [PS_PH_DATUM] = "datum",
    [PS_PH_KENMERK] = "kenmerk",
    [PS_PH_PAGINA] = "pagina",
    [PS_PH_PAGINAS] = "paginas",
    [PS_PH_VERTEGENWOORDIGER] = "vertegenwoordiger",
    [PS_PH_KLANTEN] = "klanten",
    [PS_PH_BESTANDEN] = "bestanden",
    [PS_PH_AANHEF] = "aanhef",
};

_Static_assert(PS_PH_COUNT <= 32, "a section's placeholders are bits of an unsigned");

/* Every text file of every language: the sections of each, by their index in the file's list. */
struct ps_prose {
    ps_section sec[LANG_COUNT][PS_FILE_COUNT][PS_MAX_SECTIONS];
};

/* A file being parsed. */
typedef struct ps_parser {
    const ps_spec_file *spec;
    ps_section *sec; /* the file's sections */
    const char *path;
    mg_errinfo *ei;
    int cur;       /* index of the current section, -1 before the first */
    ps_item *last; /* the item a continuation line continues, or NULL */
    size_t blanks; /* empty lines seen since the last item: empty rows if the section goes on */
} ps_parser;

/* The file name of f. */
const char *ps_file_name(ps_file f)
{
    return (int)f >= 0 && f < PS_FILE_COUNT ? ps_files[f].name : "";
}

/* The folder of f under formats/. */
const char *ps_file_dir(ps_file f)
{
    return (int)f >= 0 && f < PS_FILE_COUNT ? ps_files[f].dir : "";
}

/* How many sections file f has. */
size_t ps_section_count(ps_file f)
{
    return (int)f >= 0 && f < PS_FILE_COUNT ? ps_files[f].nsections : 0;
}

/* The name of the i-th section of file f, or NULL. */
const char *ps_section_name(ps_file f, size_t i)
{
    return i < ps_section_count(f) ? ps_files[f].sections[i].name : NULL;
}

/* The name of a placeholder. */
const char *ps_ph_name(ps_ph ph)
{
    return (int)ph >= 0 && ph < PS_PH_COUNT ? ps_ph_names[ph] : "";
}

/* The index of section name (len bytes) in file spec, or -1. */
static int ps_spec_find(const ps_spec_file *spec, const char *name, size_t len)
{
    size_t i;

    for (i = 0; i < spec->nsections; i++)
        if (strlen(spec->sections[i].name) == len && !memcmp(spec->sections[i].name, name, len))
            return (int)i;
    return -1;
}

/* The placeholders section name of file f may use. */
unsigned ps_section_phs(ps_file f, const char *name)
{
    int i;

    if ((int)f < 0 || f >= PS_FILE_COUNT || !name)
        return 0;
    i = ps_spec_find(&ps_files[f], name, strlen(name));
    return i < 0 ? 0 : ps_files[f].sections[i].phs;
}

/* The placeholder named by len bytes at s, or -1. */
static int ps_ph_find(const char *s, size_t len)
{
    int i;

    for (i = 0; i < PS_PH_COUNT; i++)
        if (strlen(ps_ph_names[i]) == len && !memcmp(ps_ph_names[i], s, len))
            return i;
    return -1;
}

/* 1 if c may be in a placeholder's name. */
static int ps_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || c == '_';
}

/* Free the items of a section and empty it. */
static void ps_section_clear(ps_section *sec)
{
    size_t i;

    for (i = 0; i < sec->nitems; i++) {
        free(sec->items[i].label);
        free(sec->items[i].text);
    }
    free(sec->items);
    memset(sec, 0, sizeof *sec);
}

/* An empty set of texts. */
ps_prose *ps_new(void)
{
    return calloc(1, sizeof(ps_prose));
}

/* Free a set of texts; NULL is a no-op. */
void ps_free(ps_prose *ps)
{
    int l, f, i;

    if (!ps)
        return;
    for (l = 0; l < LANG_COUNT; l++)
        for (f = 0; f < PS_FILE_COUNT; f++)
            for (i = 0; i < PS_MAX_SECTIONS; i++)
                ps_section_clear(&ps->sec[l][f][i]);
    free(ps);
}

/* 1 if cp may not be in a text file: control characters (TAB and CR too), invisible ones, non-characters. */
static int ps_bad_char(uint32_t cp)
{
    return tx_forbidden(cp, 0) || cp == '\t' || (cp >= 0x7F && cp <= 0x9F) || tx_invisible(cp);
}

/* Check every byte in file order (UTF-8, no NUL, no control character), and each line's length. */
static mg_error ps_check_bytes(const char *path, const char *text, size_t len, mg_errinfo *ei)
{
    size_t pos = 0, start;
    long line = 1;

    if (len >= PS_BOM_LEN && !memcmp(text, PS_BOM, PS_BOM_LEN))
        pos = PS_BOM_LEN;
    start = pos;
    for (;;) {
        uint32_t cp;
        size_t n;

        if (pos >= len || text[pos] == '\n') {
            if (pos - start > PS_LINE_MAX)
                return MG_FAIL(ei, MG_ERR_CONFIG, path, line, MSG_PROSE_LINE_LONG, PS_LINE_MAX);
            if (pos >= len)
                return MG_OK;
            pos++;
            start = pos;
            line++;
            continue;
        }
        if (text[pos] == '\0')
            return MG_FAIL(ei, MG_ERR_CONFIG, path, line, MSG_PROSE_NUL, pos);
        n = tx_decode(text + pos, len - pos, &cp);
        if (cp == TX_BAD)
            return MG_FAIL(ei, MG_ERR_CONFIG, path, line, MSG_PROSE_BAD_UTF8,
                           (unsigned)(unsigned char)text[pos], pos);
        if (ps_bad_char(cp))
            return MG_FAIL(ei, MG_ERR_CONFIG, path, line, MSG_PROSE_CONTROL, (unsigned)cp, pos);
        pos += n;
    }
}

/* The placeholders of a set as "{a}, {b}" into buf. */
static const char *ps_ph_list(unsigned phs, char *buf, size_t size)
{
    size_t n = 0;
    int i;

    buf[0] = '\0';
    for (i = 0; i < PS_PH_COUNT; i++)
        if (phs & PS_BIT(i)) {
            int w = snprintf(buf + n, size - n, "%s{%s}", n ? ", " : "", ps_ph_names[i]);
            if (w < 0 || (size_t)w >= size - n)
                break;
            n += (size_t)w;
        }
    return buf;
}

/* Check the braces of len bytes at s: each '{' opens a placeholder the current section may use. */
static mg_error ps_check_braces(ps_parser *p, const char *s, size_t len, long line)
{
    const ps_spec_section *spec = &p->spec->sections[p->cur];
    char list[PS_LIST_MAX], name[PS_LINE_MAX + 1];
    size_t i, j;

    for (i = 0; i < len; i++) {
        int ph;

        if (s[i] == '}')
            return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_BRACE_CLOSE);
        if (s[i] != '{')
            continue;
        for (j = i + 1; j < len && ps_name_char(s[j]); j++)
            ;
        if (j == i + 1 || j >= len || s[j] != '}')
            return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_BRACE_OPEN);
        ph = ps_ph_find(s + i + 1, j - i - 1);
        if (ph < 0 || !(spec->phs & PS_BIT(ph))) {
            memcpy(name, s + i + 1, j - i - 1);
            name[j - i - 1] = '\0';
            if (!spec->phs)
                return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_PLACEHOLDER_NONE, name,
                               spec->name);
            return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_PLACEHOLDER_UNKNOWN, name,
                           spec->name, ps_ph_list(spec->phs, list, sizeof list));
        }
        i = j;
    }
    return MG_OK;
}

/* Append an item to the current section; NULL when out of memory. */
static ps_item *ps_add(ps_parser *p, ps_kind kind, long line)
{
    ps_section *sec = &p->sec[p->cur];
    ps_item *v = realloc(sec->items, (sec->nitems + 1) * sizeof *v);
    ps_item *it;

    if (!v)
        return NULL;
    sec->items = v;
    it = &v[sec->nitems];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->line = line;
    it->text = calloc(1, 1);
    if (!it->text)
        return NULL;
    sec->nitems++;
    return it;
}

/* Close the current section: it must hold text. */
static mg_error ps_close_section(ps_parser *p)
{
    if (p->cur >= 0 && p->sec[p->cur].nitems == 0)
        return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, p->sec[p->cur].line, MSG_PROSE_SECTION_EMPTY,
                       p->sec[p->cur].name);
    return MG_OK;
}

/* A "@ NAME" line: close the section before, start the named one. */
static mg_error ps_section_line(ps_parser *p, const char *s, size_t len, long line)
{
    char list[PS_LIST_MAX], name[PS_LINE_MAX + 1];
    size_t i, n = 0;
    int idx;
    mg_error err;

    if (len < 3 || s[1] != ' ' || s[2] == ' ')
        return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_SECTION_SYNTAX);
    err = ps_close_section(p);
    if (err)
        return err;
    idx = ps_spec_find(p->spec, s + 2, len - 2);
    if (idx < 0) {
        memcpy(name, s + 2, len - 2);
        name[len - 2] = '\0';
        list[0] = '\0';
        for (i = 0; i < p->spec->nsections; i++) {
            int w = snprintf(list + n, sizeof list - n, "%s%s", i ? ", " : "", p->spec->sections[i].name);
            if (w < 0 || (size_t)w >= sizeof list - n)
                break;
            n += (size_t)w;
        }
        return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_SECTION_UNKNOWN, name, list);
    }
    if (p->sec[idx].line)
        return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_SECTION_TWICE,
                       p->spec->sections[idx].name, p->sec[idx].line);
    p->cur = idx;
    p->sec[idx].name = p->spec->sections[idx].name;
    p->sec[idx].line = line;
    p->last = NULL;
    p->blanks = 0;
    return MG_OK;
}

/* A continuation line: its text, after the leading spaces, joins the item above with one space. */
static mg_error ps_continue(ps_parser *p, const char *s, size_t len, long line)
{
    size_t old, skip = 0;
    char *t;
    mg_error err;

    if (!p->last)
        return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_CONTINUATION);
    while (skip < len && s[skip] == ' ')
        skip++;
    err = ps_check_braces(p, s + skip, len - skip, line);
    if (err)
        return err;
    old = strlen(p->last->text);
    if (old + 1 + (len - skip) > PS_TEXT_MAX)
        return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_TEXT_LONG, PS_TEXT_MAX);
    t = realloc(p->last->text, old + 1 + (len - skip) + 1);
    if (!t)
        return MG_FAIL(p->ei, MG_ERR_NOMEM, p->path, line, MSG_OUT_OF_MEMORY);
    t[old] = ' ';
    memcpy(t + old + 1, s + skip, len - skip);
    t[old + 1 + (len - skip)] = '\0';
    p->last->text = t;
    return MG_OK;
}

/* A line that starts an item: a title, heading, labelled row or paragraph. */
static mg_error ps_item_line(ps_parser *p, const char *s, size_t len, long line)
{
    const ps_spec_section *spec = &p->spec->sections[p->cur];
    ps_section *sec = &p->sec[p->cur];
    ps_kind kind = PS_ROW;
    size_t at = 0, lab = 0; /* where the text starts; the label's length */
    ps_item *it;
    mg_error err;

    if (s[0] == '#') {
        kind = len > 1 && s[1] == '#' ? PS_HEADING : PS_TITLE;
        at = kind == PS_HEADING ? 3 : 2;
        if (len <= at || s[at - 1] != ' ' || s[at] == ' ')
            return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_HEADING_SYNTAX);
    } else if (s[0] == '[') {
        const char *close = memchr(s, ']', len);
        lab = close ? (size_t)(close - s) - 1 : 0;
        at = lab + 3;
        if (!close || lab == 0 || len <= at || s[at - 1] != ' ' || s[at] == ' ')
            return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_LABEL_SYNTAX);
    }
    if (spec->sentence && (kind != PS_ROW || lab))
        return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_SENTENCE_PLAIN, spec->name);
    if (spec->sentence && sec->nitems)
        return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_SENTENCE_ONE, spec->name);
    err = ps_check_braces(p, s + 1, lab, line);
    if (!err)
        err = ps_check_braces(p, s + at, len - at, line);
    if (err)
        return err;
    /* empty lines between items are empty rows */
    for (; sec->nitems && p->blanks; p->blanks--)
        if (!ps_add(p, PS_EMPTY, line - (long)p->blanks))
            return MG_FAIL(p->ei, MG_ERR_NOMEM, p->path, line, MSG_OUT_OF_MEMORY);
    p->blanks = 0;
    it = ps_add(p, kind, line);
    if (!it)
        return MG_FAIL(p->ei, MG_ERR_NOMEM, p->path, line, MSG_OUT_OF_MEMORY);
    free(it->text);
    it->text = tx_strndup(s + at, len - at);
    if (lab)
        it->label = tx_strndup(s + 1, lab);
    if (!it->text || (lab && !it->label))
        return MG_FAIL(p->ei, MG_ERR_NOMEM, p->path, line, MSG_OUT_OF_MEMORY);
    p->last = it;
    return MG_OK;
}

/* One line (without its LF) of a file whose bytes are checked. */
static mg_error ps_line(ps_parser *p, const char *s, size_t len, long line)
{
    if (len == 0) {
        p->blanks++;
        p->last = NULL;
        return MG_OK;
    }
    if (s[0] == ';')
        return MG_OK;
    if (s[len - 1] == ' ')
        return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_TRAILING_SPACE);
    if (s[0] == '@')
        return ps_section_line(p, s, len, line);
    if (p->cur < 0)
        return MG_FAIL(p->ei, MG_ERR_CONFIG, p->path, line, MSG_PROSE_BEFORE_SECTION);
    if (s[0] == ' ')
        return ps_continue(p, s, len, line);
    return ps_item_line(p, s, len, line);
}

/* Parse len bytes of text as file f of language lang into ps, replacing what was there. */
mg_error ps_parse(ps_prose *ps, mg_lang lang, ps_file f, const char *path, const char *text, size_t len,
                  mg_errinfo *ei)
{
    ps_parser p;
    size_t pos = 0, i;
    long line = 1;
    mg_error err;

    if ((int)lang < 0 || lang >= LANG_COUNT || (int)f < 0 || f >= PS_FILE_COUNT)
        return MG_FAIL(ei, MG_ERR_INTERNAL, path, 0, MSG_PROSE_NO_FILE);
    memset(&p, 0, sizeof p);
    p.spec = &ps_files[f];
    p.sec = ps->sec[lang][f];
    p.path = path;
    p.ei = ei;
    p.cur = -1;
    for (i = 0; i < PS_MAX_SECTIONS; i++)
        ps_section_clear(&p.sec[i]);
    err = ps_check_bytes(path, text, len, ei);
    if (err)
        goto fail;
    if (len >= PS_BOM_LEN && !memcmp(text, PS_BOM, PS_BOM_LEN))
        pos = PS_BOM_LEN;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;

        err = ps_line(&p, text + pos, end - pos, line);
        if (err)
            goto fail;
        pos = end + 1;
        line++;
    }
    err = ps_close_section(&p);
    if (err)
        goto fail;
    for (i = 0; i < p.spec->nsections; i++)
        if (!p.sec[i].line) {
            err = MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_PROSE_SECTION_MISSING, p.spec->sections[i].name);
            goto fail;
        }
    return MG_OK;
fail:
    for (i = 0; i < PS_MAX_SECTIONS; i++)
        ps_section_clear(&p.sec[i]);
    return err;
}

/* Read and parse one text file. */
static mg_error ps_load_file(ps_prose *ps, const char *dir, mg_lang lang, ps_file f, mg_errinfo *ei)
{
    char path[PS_PATH_MAX];
    char *text = NULL;
    size_t len = 0;
    const char *why[LANG_COUNT] = {NULL, NULL};
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    int open_failed = 0, n, l;
    mg_error err;

    n = snprintf(path, sizeof path, "%s/%s/%s/%s", dir, ps_files[f].dir, msg_lang_code(lang),
                 ps_files[f].name);
    if (n < 0 || (size_t)n >= sizeof path)
        return MG_FAIL(ei, MG_ERR_CONFIG, dir, 0, MSG_PROSE_PATH_LONG, ps_files[f].name, PS_PATH_MAX);
    err = in_read_file(path, &text, &len, why, &open_failed, ei);
    if (err == MG_ERR_INPUT && why[LANG_EN]) {
        for (l = 0; l < LANG_COUNT; l++)
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_PROSE_OPEN), why[l]);
        return mg_fail_texts(ei, MG_ERR_CONFIG, path, 0, msg[LANG_NL], msg[LANG_EN]);
    }
    if (err)
        return err == MG_ERR_INPUT ? MG_ERR_CONFIG : err;
    err = ps_parse(ps, lang, f, path, text, len, ei);
    free(text);
    return err;
}

/* Load every text file of every language. */
mg_error ps_load(const char *formats_dir, ps_prose **out, mg_errinfo *ei)
{
    ps_prose *ps = ps_new();
    mg_error err = MG_OK;
    int l, f;

    *out = NULL;
    if (!ps)
        return MG_FAIL(ei, MG_ERR_NOMEM, formats_dir, 0, MSG_OUT_OF_MEMORY);
    for (l = 0; l < LANG_COUNT && !err; l++)
        for (f = 0; f < PS_FILE_COUNT && !err; f++)
            err = ps_load_file(ps, formats_dir, (mg_lang)l, (ps_file)f, ei);
    if (err) {
        ps_free(ps);
        return err;
    }
    *out = ps;
    return MG_OK;
}

/* The section name of file f in language lang, or NULL. */
const ps_section *ps_section_get(const ps_prose *ps, mg_lang lang, ps_file f, const char *name)
{
    int i;

    if (!ps || !name || (int)lang < 0 || lang >= LANG_COUNT || (int)f < 0 || f >= PS_FILE_COUNT)
        return NULL;
    i = ps_spec_find(&ps_files[f], name, strlen(name));
    if (i < 0 || !ps->sec[lang][f][i].line)
        return NULL;
    return &ps->sec[lang][f][i];
}

/* The text of a one-sentence section. */
const char *ps_sentence(const ps_section *sec)
{
    return sec && sec->nitems ? sec->items[0].text : "";
}

/* Append len bytes of s to buf (size bytes, *n used so far, cut like snprintf). */
static void ps_put(char *buf, size_t size, size_t *n, const char *s, size_t len)
{
    if (*n + 1 < size) {
        size_t room = size - 1 - *n;
        memcpy(buf + *n, s, len < room ? len : room);
    }
    *n += len;
}

/* Expand the placeholders of text with vals into buf; returns the whole length. */
size_t ps_expand(const char *text, const char *const vals[PS_PH_COUNT], char *buf, size_t size)
{
    size_t n = 0;
    const char *s = text;

    while (*s) {
        const char *open = strchr(s, '{'), *close;
        int ph = -1;

        if (!open) {
            ps_put(buf, size, &n, s, strlen(s));
            break;
        }
        ps_put(buf, size, &n, s, (size_t)(open - s));
        close = strchr(open, '}');
        if (close)
            ph = ps_ph_find(open + 1, (size_t)(close - open - 1));
        if (ph < 0) { /* not a placeholder (never in a loaded text): the brace as it is */
            ps_put(buf, size, &n, open, 1);
            s = open + 1;
            continue;
        }
        if (vals && vals[ph])
            ps_put(buf, size, &n, vals[ph], strlen(vals[ph]));
        s = close + 1;
    }
    if (size)
        buf[n < size ? n : size - 1] = '\0';
    return n;
}
