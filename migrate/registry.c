/* registry.c — the supplier's export of registered ketenmachtigingen: its layouts (formats/registraties/) and
 * the reader that turns its rows into registrations, findings and ledger entries. */
#include "registry.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ident.h"
#include "ini.h"
#include "platform.h"
#include "text.h"

/* Longest layout name, header alias or status word (bytes, with the NUL). */
#define RG_NAME_MAX 128

/* Most header names per field (its own name included). */
#define RG_MAX_ALIASES 64

/* Most words per registration state. */
#define RG_MAX_WORDS 32

/* Longest path of a layout file. */
#define RG_PATH_MAX 4096

/* Longest list (layouts, fields, words) put in a message. */
#define RG_LIST_MAX 1024

/* Most layouts listed when a name is not known. */
#define RG_MAX_LISTED 64

/* Hard limit on the length of a header cell looked at. */
#define RG_HEADER_MAX 256

/* The sections of a layout file, as messages name them. */
#define RG_SECTIONS "[formaat], [kolommen], [waarden]"

/* The fields of an export. */
enum {
    RG_F_KVK_MACHTIGINGGEVER,
    RG_F_KVK_DIENSTVERLENER,
    RG_F_DIENST,
    RG_F_STATUS,
    RG_F_INGANGSDATUM,
    RG_F_EINDDATUM,
    RG_F_NAAM_MACHTIGINGGEVER,
    RG_F_COUNT
};

/* One field: its own name, whether its column must be there, whether it is an identifier (an invisible
 * character in it rejects the row). */
static const struct {
    const char *name;
    int required;
    int identifier;
} rg_fields[RG_F_COUNT] = {
    [RG_F_KVK_MACHTIGINGGEVER] = {"kvk_machtiginggever", 1, 1},
    [RG_F_KVK_DIENSTVERLENER] = {"kvk_dienstverlener", 1, 1},
    [RG_F_DIENST] = {"dienst", 1, 0},
    [RG_F_STATUS] = {"status", 1, 0},
    [RG_F_INGANGSDATUM] = {"ingangsdatum", 0, 0},
    [RG_F_EINDDATUM] = {"einddatum", 0, 0},
    [RG_F_NAAM_MACHTIGINGGEVER] = {"naam_machtiginggever", 0, 0},
};

/* The keys of [waarden] and the states they name. */
static const struct {
    const char *key;
    st_state state;
} rg_states[] = {
    {"status_actief", SR_ACTIEF},       {"status_aangevraagd", SR_AANGEVRAAGD},
    {"status_afgewezen", SR_AFGEWEZEN}, {"status_ingetrokken", SR_INGETROKKEN},
    {"status_verlopen", SR_VERLOPEN},
};
#define RG_STATES (sizeof rg_states / sizeof rg_states[0])

/* The keys of [formaat]. */
enum { RG_K_NAAM, RG_K_BESCHRIJVING, RG_K_COUNT };
static const char *const rg_formaat_keys[RG_K_COUNT] = {"naam", "beschrijving"};

/* A layout: header names per field and words per state, all in header-normal form. */
struct rg_layout {
    char *naam;
    char *beschrijving;
    char *names[RG_F_COUNT][RG_MAX_ALIASES]; /* the field's own name first */
    size_t nnames[RG_F_COUNT];
    char *words[RG_STATES][RG_MAX_WORDS];
    size_t nwords[RG_STATES];
};

/* The sections of a layout file. */
typedef enum rg_sec { RG_SEC_NONE = 0, RG_SEC_FORMAAT, RG_SEC_KOLOMMEN, RG_SEC_WAARDEN, RG_SEC_COUNT } rg_sec;
static const char *const rg_sec_names[RG_SEC_COUNT] = {"", "formaat", "kolommen", "waarden"};

/* The state of reading one layout file. */
typedef struct rg_parser {
    rg_layout *l;
    in_parser *ip;
    const char *base;             /* the file's name, for messages */
    const char *name;             /* the layout's name: the file name without .ini */
    rg_sec sec;                   /* the current section */
    char secname[RG_NAME_MAX];    /* its header as written, trimmed */
    long secline;                 /* its line */
    long sec_lines[RG_SEC_COUNT]; /* line of each section, 0 = not yet */
    long key_lines[RG_K_COUNT];   /* line of each [formaat] key */
    long field_lines[RG_F_COUNT]; /* line of each [kolommen] key */
    long state_lines[sizeof rg_states / sizeof rg_states[0]]; /* line of each [waarden] key */
} rg_parser;

/* ASCII lower case of ch. */
static char rg_lower(char ch)
{
    return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
}

/* 1 if a (alen bytes) equals the NUL-terminated b without regard to ASCII case. */
static int rg_ieq(const char *a, size_t alen, const char *b)
{
    size_t i;

    for (i = 0; i < alen; i++)
        if (!b[i] || rg_lower(a[i]) != rg_lower(b[i]))
            return 0;
    return b[alen] == '\0';
}

/* s (len bytes) without leading and trailing blanks; *len gets the new length. */
static const char *rg_trim(const char *s, size_t *len)
{
    size_t n = *len;

    while (n && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n' || *s == '\f' || *s == '\v')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n' ||
                 s[n - 1] == '\f' || s[n - 1] == '\v'))
        n--;
    *len = n;
    return s;
}

/* Join names as "a, b, c" into buf (cap bytes); returns buf. */
static const char *rg_join(const char *const *names, size_t n, char *buf, size_t cap)
{
    size_t i, used = 0;

    buf[0] = '\0';
    for (i = 0; i < n && used < cap; i++) {
        int w = snprintf(buf + used, cap - used, "%s%s", i ? ", " : "", names[i]);
        if (w < 0)
            break;
        used += (size_t)w;
    }
    return buf;
}

/* The field whose header names hold the header-normal name, or -1. */
static int rg_field_of(const rg_layout *l, const char *name)
{
    size_t f, i;

    for (f = 0; f < RG_F_COUNT; f++)
        for (i = 0; i < l->nnames[f]; i++)
            if (!strcmp(l->names[f][i], name))
                return (int)f;
    return -1;
}

/* The state whose words hold the header-normal word, or SR_NONE; *k gets its [waarden] key index. */
static st_state rg_state_of(const rg_layout *l, const char *word, size_t *k)
{
    size_t s, i;

    for (s = 0; s < RG_STATES; s++)
        for (i = 0; i < l->nwords[s]; i++)
            if (!strcmp(l->words[s][i], word)) {
                if (k)
                    *k = s;
                return rg_states[s].state;
            }
    return SR_NONE;
}

/* Record an out-of-memory failure; returns 0. */
static int rg_nomem(rg_parser *p)
{
    return IN_ERROR(p->ip, p->ip->line, MG_ERR_NOMEM, MSG_OUT_OF_MEMORY);
}

/* Refuse a key given twice in the section (written in another case); returns 0. */
static int rg_twice(rg_parser *p, const char *key, long first)
{
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    int l;

    for (l = 0; l < LANG_COUNT; l++)
        snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_INI_KEY_TWICE_SECTION), key, p->secname, first,
                 MG_TEXT((mg_lang)l, MSG_INI_GIVE_ONCE));
    return in_error_texts(p->ip, p->ip->line, MG_ERR_CONFIG, msg[LANG_NL], msg[LANG_EN]);
}

/* Refuse the current section for a missing required key (what it holds: what), on the section's line. */
static int rg_missing_key(rg_parser *p, const char *key, mg_msg what)
{
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    int l;

    for (l = 0; l < LANG_COUNT; l++)
        snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_CAT_MISSING_KEY), p->secname, key,
                 msg_text(what, (mg_lang)l), key);
    return in_error_texts(p->ip, p->secline, MG_ERR_CONFIG, msg[LANG_NL], msg[LANG_EN]);
}

/* Finish the current section: its required keys are there (reported on the section's line). */
static int rg_end_section(rg_parser *p)
{
    size_t k;

    if (p->sec == RG_SEC_FORMAAT && !p->key_lines[RG_K_NAAM])
        return rg_missing_key(p, rg_formaat_keys[RG_K_NAAM], MSG_CAT_KEY_FORMAT_NAAM);
    if (p->sec != RG_SEC_WAARDEN)
        return 1;
    for (k = 0; k < RG_STATES; k++)
        if (!p->state_lines[k])
            return rg_missing_key(p, rg_states[k].key, MSG_CAT_KEY_WAARDE);
    return 1;
}

/* A section header: finish the previous section and start this one. */
static int rg_on_section(in_parser *ip, const char *raw, size_t len)
{
    rg_parser *p = ip->user;
    const char *name;
    size_t n = len, s;

    p->ip = ip;
    if (p->sec != RG_SEC_NONE && !rg_end_section(p))
        return 0;
    p->sec = RG_SEC_NONE;
    name = rg_trim(raw, &n);
    if (n >= sizeof p->secname)
        return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CAT_SECTION_TOO_LONG, RG_NAME_MAX - 1);
    memcpy(p->secname, name, n);
    p->secname[n] = '\0';
    p->secline = ip->line;
    for (s = 1; s < RG_SEC_COUNT; s++)
        if (rg_ieq(name, n, rg_sec_names[s]))
            break;
    if (s == RG_SEC_COUNT)
        return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CAT_UNKNOWN_SECTION, p->secname, RG_SECTIONS);
    if (p->sec_lines[s])
        return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CAT_SECTION_TWICE, p->secname, p->sec_lines[s]);
    p->sec_lines[s] = ip->line;
    p->sec = (rg_sec)s;
    return 1;
}

/* One key of [formaat]: naam (the file's name) or beschrijving. */
static int rg_formaat_key(rg_parser *p, const char *key, const char *value)
{
    char list[RG_LIST_MAX];
    size_t k, n = strlen(value);
    const char *v = rg_trim(value, &n);
    char **dst;

    for (k = 0; k < RG_K_COUNT && !rg_ieq(key, strlen(key), rg_formaat_keys[k]); k++)
        ;
    if (k == RG_K_COUNT)
        return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_UNKNOWN_KEY, key, p->secname,
                        rg_join(rg_formaat_keys, RG_K_COUNT, list, sizeof list));
    if (p->key_lines[k])
        return rg_twice(p, key, p->key_lines[k]);
    p->key_lines[k] = p->ip->line;
    if (n == 0)
        return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_NO_VALUE, key);
    if (k == RG_K_NAAM && !rg_ieq(v, n, p->name))
        return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_REG_NAME_MISMATCH, value, p->base);
    dst = k == RG_K_NAAM ? &p->l->naam : &p->l->beschrijving;
    *dst = tx_strndup(v, n);
    return *dst ? 1 : rg_nomem(p);
}

/* One "field = alias, alias" line of [kolommen]: every name leads to one field. */
static int rg_kolom_key(rg_parser *p, const char *key, const char *value)
{
    rg_layout *l = p->l;
    char field[RG_NAME_MAX], alias[RG_NAME_MAX], list[RG_LIST_MAX];
    const char *names[RG_F_COUNT];
    const char *s = value;
    size_t f;

    cr_header_normalise(key, strlen(key), field, sizeof field);
    for (f = 0; f < RG_F_COUNT && strcmp(field, rg_fields[f].name) != 0; f++)
        ;
    if (f == RG_F_COUNT) {
        for (f = 0; f < RG_F_COUNT; f++)
            names[f] = rg_fields[f].name;
        return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_NOT_A_FIELD, key, p->base,
                        rg_join(names, RG_F_COUNT, list, sizeof list));
    }
    if (p->field_lines[f])
        return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_FIELD_TWICE, field, p->secname,
                        p->field_lines[f]);
    p->field_lines[f] = p->ip->line;
    for (;;) {
        const char *comma = strchr(s, ',');
        size_t n = comma ? (size_t)(comma - s) : strlen(s);
        const char *a = rg_trim(s, &n);
        int owner;

        if (n == 0)
            return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_EMPTY_ALIAS, field);
        if (n >= sizeof alias)
            return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_ALIAS_TOO_LONG, field,
                            RG_NAME_MAX - 1);
        cr_header_normalise(a, n, alias, sizeof alias);
        owner = rg_field_of(l, alias);
        if (owner >= 0)
            return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_ALIAS_TAKEN, alias,
                            rg_fields[owner].name, p->secname);
        if (l->nnames[f] >= RG_MAX_ALIASES)
            return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_TOO_MANY_FIELD_ALIASES, RG_MAX_ALIASES,
                            field);
        l->names[f][l->nnames[f]] = strdup(alias);
        if (!l->names[f][l->nnames[f]])
            return rg_nomem(p);
        l->nnames[f]++;
        if (!comma)
            return 1;
        s = comma + 1;
    }
}

/* One "status_STATE = word, word" line of [waarden]: every word leads to one state. */
static int rg_waarde_key(rg_parser *p, const char *key, const char *value)
{
    rg_layout *l = p->l;
    char word[RG_NAME_MAX], list[RG_LIST_MAX];
    const char *keys[RG_STATES];
    const char *s = value;
    size_t k, other;

    for (k = 0; k < RG_STATES && !rg_ieq(key, strlen(key), rg_states[k].key); k++)
        ;
    if (k == RG_STATES) {
        for (k = 0; k < RG_STATES; k++)
            keys[k] = rg_states[k].key;
        return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_UNKNOWN_KEY, key, p->secname,
                        rg_join(keys, RG_STATES, list, sizeof list));
    }
    if (p->state_lines[k])
        return rg_twice(p, key, p->state_lines[k]);
    p->state_lines[k] = p->ip->line;
    for (;;) {
        const char *comma = strchr(s, ',');
        size_t n = comma ? (size_t)(comma - s) : strlen(s);
        const char *w = rg_trim(s, &n);

        if (n == 0 || n >= sizeof word)
            return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_WAARDEN_BAD_WORD, key,
                            RG_NAME_MAX - 1);
        cr_header_normalise(w, n, word, sizeof word);
        if (rg_state_of(l, word, &other) != SR_NONE)
            return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_WAARDEN_WORD_TAKEN, word,
                            rg_states[other].key);
        if (l->nwords[k] >= RG_MAX_WORDS)
            return IN_ERROR(p->ip, p->ip->line, MG_ERR_CONFIG, MSG_CAT_TOO_MANY_WORDS, RG_MAX_WORDS,
                            RG_MAX_WORDS);
        l->words[k][l->nwords[k]] = strdup(word);
        if (!l->words[k][l->nwords[k]])
            return rg_nomem(p);
        l->nwords[k]++;
        if (!comma)
            return 1;
        s = comma + 1;
    }
}

/* One key = value line of the current section. */
static int rg_on_key(in_parser *ip, const char *section, const char *name, const char *value)
{
    rg_parser *p = ip->user;

    (void)section;
    p->ip = ip;
    switch (p->sec) {
    case RG_SEC_FORMAAT:
        return rg_formaat_key(p, name, value);
    case RG_SEC_KOLOMMEN:
        return rg_kolom_key(p, name, value);
    case RG_SEC_WAARDEN:
        return rg_waarde_key(p, name, value);
    default:
        return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CAT_KEY_BEFORE_SECTION, name, RG_SECTIONS);
    }
}

/* The end of the file: the last section finished, every section there. */
static int rg_on_end(in_parser *ip)
{
    rg_parser *p = ip->user;
    size_t s;

    p->ip = ip;
    if (p->sec != RG_SEC_NONE && !rg_end_section(p))
        return 0;
    for (s = 1; s < RG_SEC_COUNT; s++)
        if (!p->sec_lines[s])
            return IN_ERROR(ip, 0, MG_ERR_CONFIG, MSG_REG_SECTION_MISSING, rg_sec_names[s]);
    return 1;
}

/* qsort comparator: strings in strcmp order. */
static int rg_cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* 1 if name can be a layout's file name: letters, digits, '-' and '_', not empty, not too long. */
static int rg_is_name(const char *name)
{
    size_t i, n = strlen(name);

    if (n == 0 || n >= RG_NAME_MAX)
        return 0;
    for (i = 0; i < n; i++) {
        char ch = name[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' ||
              ch == '_'))
            return 0;
    }
    return 1;
}

/* The error for an unknown layout name: the layouts of dir (their file names without .ini), sorted. */
static mg_error rg_unknown_layout(const char *dir, const char *name, mg_errinfo *ei)
{
    char *names[RG_MAX_LISTED], list[RG_LIST_MAX];
    size_t n = 0, i;
    struct dirent *de;
    DIR *d = opendir(dir);
    mg_error err;

    while (d && n < RG_MAX_LISTED && (de = readdir(d)) != NULL) {
        size_t len = strlen(de->d_name);
        if (de->d_name[0] == '.' || len <= 4 || strcmp(de->d_name + len - 4, ".ini") != 0)
            continue;
        names[n] = tx_strndup(de->d_name, len - 4);
        if (!names[n])
            break;
        n++;
    }
    if (d)
        closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, rg_cmp_names);
    if (n == 0)
        err = MG_FAIL(ei, MG_ERR_CONFIG, dir, 0, MSG_REG_NO_LAYOUT, name, dir);
    else
        err = MG_FAIL(ei, MG_ERR_CONFIG, dir, 0, MSG_REG_UNKNOWN_LAYOUT, name, dir,
                      rg_join((const char *const *)names, n, list, sizeof list));
    for (i = 0; i < n; i++)
        free(names[i]);
    return err;
}

/* Load a layout by name from formats_dir/registraties/NAME.ini. */
mg_error rg_layout_load(const char *formats_dir, const char *name, rg_layout **out, mg_errinfo *ei)
{
    static const in_schema schema = {{NL_MSG_CAT_THIS_FILE, EN_MSG_CAT_THIS_FILE}, 1, MSG_NONE, NULL, 0, 1};
    char dir[RG_PATH_MAX], path[RG_PATH_MAX], msg[LANG_COUNT][MG_ERRMSG_MAX];
    const char *why[LANG_COUNT] = {NULL, NULL};
    in_hooks hooks = {rg_on_section, rg_on_key, rg_on_end, NULL};
    rg_parser parser;
    rg_layout *l = NULL;
    char *text = NULL;
    size_t len = 0, f;
    int open_failed = 0, n, lg;
    pf_info st;
    mg_error err;

    *out = NULL;
    n = snprintf(dir, sizeof dir, "%s/%s", formats_dir, RG_DIR);
    if (n < 0 || (size_t)n >= sizeof dir) {
        err = MG_FAIL(ei, MG_ERR_CONFIG, formats_dir, 0, MSG_CAT_PATH_TOO_LONG, RG_DIR, RG_PATH_MAX - 1);
        goto cleanup;
    }
    n = snprintf(path, sizeof path, "%s/%s.ini", dir, name);
    if (!rg_is_name(name) || n < 0 || (size_t)n >= sizeof path ||
        (pf_info_path(path, 1, &st) != 0 && errno == ENOENT)) {
        err = rg_unknown_layout(dir, name, ei);
        goto cleanup;
    }
    err = in_read_file(path, &text, &len, why, &open_failed, ei);
    if (err == MG_ERR_INPUT && why[LANG_EN]) {
        for (lg = 0; lg < LANG_COUNT; lg++)
            snprintf(msg[lg], sizeof msg[lg], MG_FMT((mg_lang)lg, MSG_CAT_CANNOT_OPEN), why[lg]);
        err = mg_fail_texts(ei, MG_ERR_CONFIG, path, 0, msg[LANG_NL], msg[LANG_EN]);
        goto cleanup;
    }
    if (err) {
        if (err == MG_ERR_INPUT)
            err = MG_ERR_CONFIG;
        goto cleanup;
    }
    l = calloc(1, sizeof *l);
    if (!l) {
        err = MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
        goto cleanup;
    }
    for (f = 0; f < RG_F_COUNT; f++) { /* a field's own name is always accepted */
        l->names[f][0] = strdup(rg_fields[f].name);
        if (!l->names[f][0]) {
            err = MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
            goto cleanup;
        }
        l->nnames[f] = 1;
    }
    memset(&parser, 0, sizeof parser);
    parser.l = l;
    parser.base = strrchr(path, '/') + 1;
    parser.name = name;
    hooks.user = &parser;
    err = in_parse(path, text, len, &schema, &hooks, ei);
    if (err == MG_OK) {
        *out = l;
        l = NULL;
    }

cleanup:
    rg_layout_free(l);
    free(text);
    return err;
}

/* Free a layout; NULL is a no-op. */
void rg_layout_free(rg_layout *l)
{
    size_t i, j;

    if (!l)
        return;
    for (i = 0; i < RG_F_COUNT; i++)
        for (j = 0; j < l->nnames[i]; j++)
            free(l->names[i][j]);
    for (i = 0; i < RG_STATES; i++)
        for (j = 0; j < l->nwords[i]; j++)
            free(l->words[i][j]);
    free(l->naam);
    free(l->beschrijving);
    free(l);
}

/* ---- reading an export ---- */

/* State of reading one export, handed to the csvread callback. */
typedef struct rg_ctx {
    const rg_layout *l;
    const catalog *cat;
    const mg_config *cfg;
    mg_portfolio *p;
    rg_list *out;
    int file;
    int header_done;
    size_t ncols;           /* fields in the header */
    int col_of[RG_F_COUNT]; /* header column of each field, -1 if absent */
    cr_field val[RG_F_COUNT];
    const char **hdr; /* trimmed header cell of each column (pooled) */
    int *field_of;    /* field of each header column, -1 if unknown (pooled) */
    const cr_record *rec;
    int rejected; /* the current record has an error finding */
    fd_code first_error;
    pool_mark mark; /* the pool before the current record: a rejected record gives its memory back */
    mg_error err;
    mg_errinfo *ei;
} rg_ctx;

/* Pooled, trimmed copy of field f of the current record. */
static const char *rg_str(rg_ctx *c, int f)
{
    const char *s = pool_strtrim(c->p->pool, c->val[f].data ? c->val[f].data : "", c->val[f].len);

    if (!s)
        c->err = MG_ERR_NOMEM;
    return s ? s : "";
}

/* Add a finding with severity sev about the column named col (NULL: the record); an error rejects the record.
 */
static void rg_find_col(rg_ctx *c, fd_code code, fd_severity sev, const char *col, const char *a1,
                        const char *a2)
{
    const char *raw = NULL;
    mg_error e;

    if (sev == FD_FOUT) {
        raw = c->rec->raw ? c->rec->raw : ""; /* a mark: the row's findings are settled with its record */
        if (!c->rejected)
            c->first_error = code;
        c->rejected = 1;
    }
    e = fd_add_sev(&c->p->findings, c->p->pool, code, sev, c->file, c->rec->line, col, a1, a2, raw);
    if (e != MG_OK)
        c->err = e;
}

/* Add a finding with the table's severity about field f (-1: the record); an error rejects it. */
static void rg_find(rg_ctx *c, fd_code code, int f, const char *a1, const char *a2)
{
    rg_find_col(c, code, fd_def_get(code)->severity, f >= 0 ? rg_fields[f].name : NULL, a1, a2);
}

/* Pooled copy of len bytes of s escaped for display (control and invisible characters as \x1b, \u200b). */
static const char *rg_shown(rg_ctx *c, const char *s, size_t len)
{
    const char *r = tx_escape_pooled(c->p->pool, s, len);

    if (!r)
        c->err = MG_ERR_NOMEM;
    return r ? r : "";
}

/* Hostile text in every field of the current record, reported as for the input files (validate.c): control
 * characters a warning, invisible characters an error in the KvK numbers (then compared without them). */
static void rg_scan(rg_ctx *c)
{
    const cr_record *rec = c->rec;
    size_t i;

    for (i = 0; i < rec->nfields && !c->err; i++) {
        int f = i < c->ncols ? c->field_of[i] : -1;
        const char *col = f >= 0 ? rg_fields[f].name : i < c->ncols ? c->hdr[i] : NULL;
        tx_scan_result r;

        tx_scan(rec->fields[i].data ? rec->fields[i].data : "", rec->fields[i].len,
                f >= 0 ? 0 : TX_KEEP_BREAKS, 0, &r);
        if (r.ctl)
            rg_find_col(c, FD_CONTROL_CHARACTER, FD_WAARSCHUWING, col, rg_shown(c, r.s, r.len),
                        MG_TEXT(c->cfg->lang, MSG_VALIDATE_REPLACED_FFFD));
        if (r.inv) {
            char code[16];
            int ident = f >= 0 && rg_fields[f].identifier;
            snprintf(code, sizeof code, "U+%04X", (unsigned)r.inv);
            rg_find_col(c, FD_INVISIBLE_CHARACTER, ident ? FD_FOUT : FD_WAARSCHUWING, col,
                        rg_shown(c, r.s, r.len), code);
            if (ident) {
                char *d = pool_strndup(c->p->pool, r.s, r.len);
                if (!d) {
                    c->err = MG_ERR_NOMEM;
                    return;
                }
                c->val[f].data = d;
                c->val[f].len = tx_strip_invisible(d, r.len);
            }
        }
    }
}

/* A required KvK field: out gets its 8 digits; 1 if usable (7 digits are padded with a warning). */
static int rg_kvk(rg_ctx *c, int f, char out[9])
{
    const char *s = rg_str(c, f);

    out[0] = '\0';
    if (!*s) {
        rg_find(c, FD_FIELD_EMPTY, f, rg_fields[f].name, NULL);
        return 0;
    }
    switch (id_kvk(s, strlen(s), out)) {
    case ID_OK:
        return 1;
    case ID_LEADING_ZERO:
        rg_find(c, FD_KVK_LEADING_ZERO, f, s, out);
        return 1;
    default:
        rg_find(c, FD_KVK_FORMAT, f, s, NULL);
        out[0] = '\0';
        return 0;
    }
}

/* The dienst field: a catalogue service's index, ST_ALL_SERVICES for alle-diensten, or -1 (reported). */
static long rg_service(rg_ctx *c)
{
    const char *s = rg_str(c, RG_F_DIENST);
    const cat_service *svc;
    size_t n = strlen(s);

    if (!n) {
        rg_find(c, FD_FIELD_EMPTY, RG_F_DIENST, rg_fields[RG_F_DIENST].name, NULL);
        return -1;
    }
    if (!strcasecmp(s, CAT_ALL_SERVICES_CODE) || !strcasecmp(s, CAT_ALL_SERVICES_NAME))
        return ST_ALL_SERVICES;
    svc = cat_service_find(c->cat, s, n);
    if (!svc) {
        const cat_service *near = cat_service_suggest(c->cat, s, n);
        rg_find(c, FD_SERVICE_UNKNOWN, RG_F_DIENST, s, near ? near->code : "");
        return -1;
    }
    return (long)cat_service_index(c->cat, svc);
}

/* The status field: the state its word names in the layout, or SR_NONE (reported). */
static st_state rg_status(rg_ctx *c)
{
    const char *s = rg_str(c, RG_F_STATUS);
    char word[RG_NAME_MAX], list[RG_LIST_MAX], why[RG_LIST_MAX + RG_NAME_MAX * 2];
    const char *firsts[RG_STATES];
    st_state st;
    size_t k;

    if (!*s) {
        rg_find(c, FD_FIELD_EMPTY, RG_F_STATUS, rg_fields[RG_F_STATUS].name, NULL);
        return SR_NONE;
    }
    cr_header_normalise(s, strlen(s), word, sizeof word);
    st = strlen(s) < sizeof word ? rg_state_of(c->l, word, NULL) : SR_NONE;
    if (st != SR_NONE)
        return st;
    for (k = 0; k < RG_STATES; k++)
        firsts[k] = c->l->nwords[k] ? c->l->words[k][0] : "";
    snprintf(why, sizeof why, MG_FMT(c->cfg->lang, MSG_REG_STATUS_UNKNOWN), c->l->naam ? c->l->naam : "",
             rg_join(firsts, RG_STATES, list, sizeof list));
    rg_find_col(c, FD_VALUE_INVALID, FD_FOUT, rg_fields[RG_F_STATUS].name, s, why);
    return SR_NONE;
}

/* An optional date field: its day, ST_NO_DATE when empty or not a date (then reported). */
static int32_t rg_date(rg_ctx *c, int f)
{
    const char *s = rg_str(c, f);
    int32_t d;

    if (!*s)
        return ST_NO_DATE;
    if (id_date(s, strlen(s), &d) != ID_OK) {
        rg_find(c, FD_DATE_FORMAT, f, s, NULL);
        return ST_NO_DATE;
    }
    return d;
}

/* One data row: a registration of this intermediary, another's (skipped), or rejected. */
static void rg_row(rg_ctx *c, size_t row)
{
    mg_portfolio *p = c->p;
    char client[9], provider[9];
    st_registration *r;
    long svc;
    st_state st;
    int32_t start, end;

    if (rg_kvk(c, RG_F_KVK_DIENSTVERLENER, provider) && !c->rejected && strcmp(provider, c->cfg->kvk) != 0) {
        if (fd_add(&p->findings, p->pool, FD_REGISTRATION_OTHER_INTERMEDIARY, c->file, c->rec->line,
                   rg_fields[RG_F_KVK_DIENSTVERLENER].name, provider, c->cfg->kvk, NULL) != MG_OK)
            c->err = MG_ERR_NOMEM;
        mg_ledger_set(p, c->file, row, OC_OVERGESLAGEN, FD_REGISTRATION_OTHER_INTERMEDIARY);
        return; /* not this intermediary's: its other fields do not matter here */
    }
    rg_kvk(c, RG_F_KVK_MACHTIGINGGEVER, client);
    svc = rg_service(c);
    st = rg_status(c);
    start = rg_date(c, RG_F_INGANGSDATUM);
    end = rg_date(c, RG_F_EINDDATUM);
    if (c->rejected || c->err)
        return;
    if (!mg_grow((void **)&c->out->v, c->out->n, &c->out->cap, sizeof *c->out->v, 256)) {
        c->err = MG_ERR_NOMEM;
        return;
    }
    r = &c->out->v[c->out->n++];
    memset(r, 0, sizeof *r);
    memcpy(r->kvk, client, sizeof r->kvk);
    r->service = (uint16_t)svc;
    r->state = st;
    r->start = start;
    r->end = end;
    r->file = c->file;
    r->line = c->rec->line;
    r->row = row;
    mg_ledger_set(p, c->file, row, OC_GEBRUIKT, FD_NONE);
}

/* Map the header's columns to fields; an unknown column is a finding, a missing or doubled one fatal. */
static mg_error rg_header(rg_ctx *c, const cr_record *rec)
{
    const char *path = c->p->files[c->file].path;
    char norm[RG_HEADER_MAX], names[RG_LIST_MAX];
    size_t i, f;

    for (f = 0; f < RG_F_COUNT; f++)
        c->col_of[f] = -1;
    c->ncols = rec->nfields;
    c->hdr = pool_alloc(c->p->pool, (rec->nfields + 1) * sizeof *c->hdr);
    c->field_of = pool_alloc(c->p->pool, (rec->nfields + 1) * sizeof *c->field_of);
    if (!c->hdr || !c->field_of)
        return MG_ERR_NOMEM;
    for (i = 0; i < rec->nfields; i++) {
        const cr_field *h = &rec->fields[i];
        size_t hl = h->len < RG_HEADER_MAX ? h->len : RG_HEADER_MAX - 1;
        const char *shown = pool_strtrim(c->p->pool, h->data ? h->data : "", hl);
        int fi;

        if (!shown)
            return MG_ERR_NOMEM;
        c->hdr[i] = shown;
        cr_header_normalise(h->data ? h->data : "", hl, norm, sizeof norm);
        fi = rg_field_of(c->l, norm);
        c->field_of[i] = fi;
        if (fi < 0) {
            if (!*shown)
                continue; /* an empty header cell, e.g. a trailing delimiter */
            if (fd_add(&c->p->findings, c->p->pool, FD_UNKNOWN_COLUMN, c->file, rec->line, shown, shown, NULL,
                       NULL) != MG_OK)
                return MG_ERR_NOMEM;
            continue;
        }
        if (c->col_of[fi] >= 0)
            return MG_FAIL(c->ei, MG_ERR_DATA, path, rec->line, MSG_VALIDATE_COLUMN_TWICE, rg_fields[fi].name,
                           c->col_of[fi] + 1, i + 1);
        c->col_of[fi] = (int)i;
    }
    for (f = 0; f < RG_F_COUNT; f++)
        if (rg_fields[f].required && c->col_of[f] < 0)
            return MG_FAIL(
                c->ei, MG_ERR_DATA, path, rec->line, MSG_VALIDATE_COLUMN_MISSING, rg_fields[f].name,
                rg_join((const char *const *)c->l->names[f], c->l->nnames[f], names, sizeof names));
    return MG_OK;
}

/* csvread callback: the header first, then one data row at a time. */
static int rg_record(void *ctx, const cr_record *rec)
{
    rg_ctx *c = ctx;
    mg_portfolio *p = c->p;
    const char *path = p->files[c->file].path;
    size_t row, f;
    mg_error e;

    if (pf_signal_pending()) {
        c->err = MG_FAIL(c->ei, MG_ERR_INTERRUPTED, path, rec->line, MSG_ERR_INTERRUPTED);
        return 1;
    }
    if (!c->header_done) {
        c->header_done = 1;
        c->err = rg_header(c, rec);
        return c->err != MG_OK;
    }
    c->rec = rec;
    c->rejected = 0;
    c->first_error = FD_NONE;
    c->err = mg_ledger_add(p, c->file, rec->line, &row);
    if (c->err == MG_ERR_DATA)
        c->err =
            MG_FAIL(c->ei, MG_ERR_DATA, path, rec->line, MSG_VALIDATE_TOO_MANY_LINES, MG_LEDGER_MAX_LINE);
    if (c->err)
        return 1;
    p->files[c->file].rows++;
    c->mark = pool_mark_get(p->pool);
    fd_row_begin(&p->findings);
    for (f = 0; f < RG_F_COUNT; f++) {
        int col = c->col_of[f];
        if (col >= 0 && (size_t)col < rec->nfields) {
            c->val[f] = rec->fields[col];
        } else {
            c->val[f].data = "";
            c->val[f].len = 0;
        }
    }
    if (rec->nfields != c->ncols) { /* a shifted row would give a wrong status: rejected, not only reported */
        char a[24], b[24];
        snprintf(a, sizeof a, "%zu", rec->nfields);
        snprintf(b, sizeof b, "%zu", c->ncols);
        rg_find_col(c, FD_FIELD_COUNT, FD_FOUT, NULL, a, b);
    }
    rg_scan(c);
    if (!c->err)
        rg_row(c, row);
    if (c->rejected)
        mg_ledger_set(p, c->file, row, OC_AFGEWEZEN, c->first_error);
    e = fd_row_end(&p->findings, p->pool, c->rejected, rec->raw, rec->raw_len, c->ei);
    if (!c->err)
        c->err = e;
    if (c->rejected && p->findings.spool)
        pool_release(p->pool, c->mark); /* its findings are spooled: nothing of it stays in memory */
    return c->err != MG_OK;
}

/* Read one export into p (file index `file`) and out. */
mg_error rg_read(const char *path, int file, const rg_layout *layout, const catalog *cat,
                 const mg_config *cfg, mg_portfolio *p, rg_list *out, mg_errinfo *ei)
{
    const char *known[RG_F_COUNT * RG_MAX_ALIASES];
    mg_fileinfo *fi;
    cr_options opt;
    rg_ctx c;
    size_t nknown = 0, f, i;
    mg_error err;

    if (file < MG_FILE_REG0 || file >= MG_FILE_SLOTS)
        return MG_FAIL(ei, MG_ERR_INTERNAL, path, 0, MSG_REG_BAD_SLOT, file, MG_FILE_REG0, MG_FILE_SLOTS - 1);
    fi = &p->files[file];
    if (fi->path || p->ledger[file].n)
        return MG_FAIL(ei, MG_ERR_INTERNAL, path, 0, MSG_REG_SLOT_USED, file);
    fi->path = strdup(path);
    if (!fi->path)
        return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    fi->name = strrchr(fi->path, '/') ? strrchr(fi->path, '/') + 1 : fi->path;
    for (f = 0; f < RG_F_COUNT; f++)
        for (i = 0; i < layout->nnames[f]; i++)
            known[nknown++] = layout->names[f][i];
    memset(&opt, 0, sizeof opt);
    opt.delimiter = 0;
    opt.encoding = CR_ENC_AUTO;
    opt.known = known;
    opt.nknown = nknown;
    memset(&c, 0, sizeof c);
    c.l = layout;
    c.cat = cat;
    c.cfg = cfg;
    c.p = p;
    c.out = out;
    c.file = file;
    c.ei = ei;
    err = cr_read_file(fi->path, &opt, rg_record, &c, &fi->info, ei);
    if (err == MG_OK && c.err != MG_OK)
        err = c.err;
    if (err == MG_ERR_NOMEM)
        MG_FAIL(ei, err, fi->path, 0, MSG_OUT_OF_MEMORY);
    if (err != MG_OK)
        goto cleanup;
    if (!c.header_done) {
        err = MG_FAIL(ei, MG_ERR_DATA, fi->path, 1, MSG_VALIDATE_EMPTY_FILE);
        goto cleanup;
    }
    fi->read = 1;
    if (fi->info.encoding == CR_ENC_CP1252 && fi->info.encoding_detected &&
        fd_add(&p->findings, p->pool, FD_ENCODING_CP1252, file, 0, NULL, NULL, NULL, NULL) != MG_OK) {
        err = MG_FAIL(ei, MG_ERR_NOMEM, fi->path, 0, MSG_OUT_OF_MEMORY);
        goto cleanup;
    }
    if (p->findings.spool)
        err = sp_finish(p->findings.spool, ei);

cleanup:
    return err;
}

/* Free the list's array; the struct is left empty. */
void rg_list_clear(rg_list *l)
{
    if (!l)
        return;
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}
