/* config.c — portfolio.ini: its sections and keys for the INI reader, and what their values mean. */
#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ident.h"
#include "platform.h"
#include "ini.h"
#include "model.h"

/* Hard limit on a path built from the portfolio folder and a file name. */
#define CFG_PATH_MAX 4096

/* The name of the settings file inside a portfolio folder. */
#define CFG_INI_NAME "portfolio.ini"

/* The last date any computed date may reach. */
#define CFG_LAST_YEAR 9999

/* Parser state handed to the INI reader's callbacks. */
typedef struct cfg_ctx {
    mg_config *cfg;
    int seen_naam, seen_kvk, seen_lev;
    long years_line;                                      /* line of looptijd_jaren, 0 if not given */
    int own_delim[SC_FILE_COUNT], own_enc[SC_FILE_COUNT]; /* set per file: wins over the setting for all */
} cfg_ctx;

/* The sections portfolio.ini may have. */
static const char *const cfg_sections[] = {"intermediair", "migratie", "bestanden"};

/* Keys of portfolio.ini with a rule of their own: the Dutch and English names of the [bestanden] settings. */
static const in_key cfg_keys[] = {
    {"scheidingsteken", "delimiter", 0},
    {"codering", "encoding", 0},
};

/* portfolio.ini for the INI reader: keys count across repeated section headers. */
static const in_schema cfg_schema = {{CFG_INI_NAME, CFG_INI_NAME},         0, MSG_NONE, cfg_keys,
                                     sizeof cfg_keys / sizeof cfg_keys[0], 0};

/* A section header: only the three known sections. */
static int cfg_section(in_parser *ip, const char *name, size_t len)
{
    size_t i;

    for (i = 0; i < sizeof cfg_sections / sizeof cfg_sections[0]; i++)
        if (strlen(cfg_sections[i]) == len && !strncmp(name, cfg_sections[i], len))
            return 1;
    return IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_CFG_UNKNOWN_SECTION, (int)len, name);
}

/* Replace *dst by a copy of value; 0 when out of memory. */
static int cfg_set_str(char **dst, const char *value, in_parser *ip)
{
    char *s = strdup(value);

    if (!s)
        return IN_ERROR(ip, ip->line, MG_ERR_NOMEM, MSG_OUT_OF_MEMORY);
    free(*dst);
    *dst = s;
    return 1;
}

/* Record catalogue message id as the error of the current line; returns 0 so the reader stops. */
#define CFG_BAD(ip, id, ...) IN_ERROR((ip), (ip)->line, MG_ERR_CONFIG, id, ##__VA_ARGS__)

/* Parse a delimiter word or character; 0 if not understood. */
static char cfg_delimiter(const char *v)
{
    if (!strcasecmp(v, "puntkomma") || !strcasecmp(v, "semicolon") || !strcmp(v, ";") || !strcmp(v, "\";\""))
        return ';';
    if (!strcasecmp(v, "komma") || !strcasecmp(v, "comma") || !strcmp(v, ",") || !strcmp(v, "\",\""))
        return ',';
    if (!strcasecmp(v, "tab") || !strcmp(v, "\\t"))
        return '\t';
    if (!strcasecmp(v, "pijp") || !strcasecmp(v, "pipe") || !strcmp(v, "|") || !strcmp(v, "\"|\""))
        return '|';
    return 0;
}

/* Parse an encoding name; -1 if not understood. */
static int cfg_encoding(const char *v)
{
    if (!strcasecmp(v, "auto") || !*v)
        return CR_ENC_AUTO;
    if (!strcasecmp(v, "utf-8") || !strcasecmp(v, "utf8"))
        return CR_ENC_UTF8;
    if (!strcasecmp(v, "windows-1252") || !strcasecmp(v, "cp1252") || !strcasecmp(v, "latin1") ||
        !strcasecmp(v, "iso-8859-1") || !strcasecmp(v, "ansi"))
        return CR_ENC_CP1252;
    return -1;
}

/* Handle [bestanden] keys. */
static int cfg_files_key(in_parser *ip, const char *name, const char *value)
{
    cfg_ctx *c = ip->user;
    mg_config *cfg = c->cfg;
    int f, all = 0;
    const char *key = name;

    for (f = 0; f < SC_FILE_COUNT; f++) {
        const char *fn = sc_file_def((sc_file)f)->name;
        size_t fl = strlen(fn);
        if (!strcmp(name, fn)) {
            if (!*value)
                return CFG_BAD(ip, MSG_CFG_FILE_NAME_NEEDED, name);
            return cfg_set_str(&cfg->files[f], value, ip);
        }
        if (!strncmp(name, fn, fl) && name[fl] == '_') {
            key = name + fl + 1;
            break;
        }
    }
    if (f == SC_FILE_COUNT)
        all = 1;
    if (!strcmp(key, "delimiter") || !strcmp(key, "scheidingsteken")) {
        char d = cfg_delimiter(value);
        if (!d)
            return CFG_BAD(ip, MSG_CFG_BAD_DELIMITER, name, value);
        for (int i = 0; i < SC_FILE_COUNT; i++)
            if ((all && !c->own_delim[i]) || i == f)
                cfg->delimiter[i] = d;
        if (!all)
            c->own_delim[f] = 1;
        return 1;
    }
    if (!strcmp(key, "encoding") || !strcmp(key, "codering")) {
        int e = cfg_encoding(value);
        if (e < 0)
            return CFG_BAD(ip, MSG_CFG_BAD_ENCODING, name, value);
        for (int i = 0; i < SC_FILE_COUNT; i++)
            if ((all && !c->own_enc[i]) || i == f)
                cfg->encoding[i] = (cr_encoding)e;
        if (!all)
            c->own_enc[f] = 1;
        return 1;
    }
    return CFG_BAD(ip, MSG_CFG_UNKNOWN_FILES_KEY, name);
}

/* One key at a time; returns 0 on anything unknown or bad. */
static int cfg_key(in_parser *ip, const char *section, const char *name, const char *value)
{
    cfg_ctx *c = ip->user;
    mg_config *cfg = c->cfg;

    if (!strcmp(section, "intermediair")) {
        if (!strcmp(name, "naam")) {
            if (!*value)
                return CFG_BAD(ip, MSG_CFG_NAAM_EMPTY);
            c->seen_naam = 1;
            cfg->naam_line = ip->line;
            return cfg_set_str(&cfg->naam, value, ip);
        }
        if (!strcmp(name, "kvk")) {
            char kvk[9];
            if (id_kvk(value, strlen(value), kvk) != ID_OK)
                return CFG_BAD(ip, MSG_CFG_BAD_KVK, value);
            memcpy(cfg->kvk, kvk, sizeof kvk);
            c->seen_kvk = 1;
            return 1;
        }
        if (!strcmp(name, "leverancier")) {
            if (!*value)
                return CFG_BAD(ip, MSG_CFG_LEVERANCIER_EMPTY);
            c->seen_lev = 1;
            cfg->leverancier_line = ip->line;
            return cfg_set_str(&cfg->leverancier, value, ip);
        }
        if (!strcmp(name, "eh_niveau")) {
            int lv = mg_level_parse(value, strlen(value));
            if (lv < 0)
                return CFG_BAD(ip, MSG_CFG_BAD_EH_NIVEAU, value);
            cfg->eh_level = lv;
            cfg->eh_line = ip->line;
            return cfg_set_str(&cfg->eh_niveau, value, ip);
        }
        return CFG_BAD(ip, MSG_CFG_UNKNOWN_INTERMEDIAIR_KEY, name);
    }
    if (!strcmp(section, "migratie")) {
        if (!strcmp(name, "ingangsdatum")) {
            int32_t d;
            if (id_date(value, strlen(value), &d) != ID_OK)
                return CFG_BAD(ip, MSG_CFG_BAD_DATE, value);
            cfg->ingangsdatum = d;
            cfg->start_line = ip->line;
            return 1;
        }
        if (!strcmp(name, "looptijd_jaren")) {
            long y;
            if (id_parse_count(value, strlen(value), &y) != 0 || y < CFG_MIN_YEARS || y > CFG_MAX_YEARS)
                return CFG_BAD(ip, MSG_CFG_BAD_YEARS, value);
            cfg->years = (int)y;
            c->years_line = ip->line;
            return 1;
        }
        if (!strcmp(name, "reikwijdte")) {
            if (!strcasecmp(value, "per-dienst") || !strcasecmp(value, "per_dienst"))
                cfg->scope = SCOPE_PER_DIENST;
            else if (!strcasecmp(value, "dienstverlener"))
                cfg->scope = SCOPE_DIENSTVERLENER;
            else
                return CFG_BAD(ip, MSG_CFG_BAD_SCOPE, value);
            return 1;
        }
        if (!strcmp(name, "uitvoerformaat"))
            return cfg_set_str(&cfg->format, value, ip);
        if (!strcmp(name, "brieven")) {
            if (!strcasecmp(value, "ja"))
                cfg->letters = 1;
            else if (!strcasecmp(value, "nee"))
                cfg->letters = 0;
            else
                return CFG_BAD(ip, MSG_CFG_BAD_BRIEVEN, value);
            return 1;
        }
        if (!strcmp(name, "taal")) {
            if (!strcasecmp(value, "nl"))
                cfg->lang = LANG_NL;
            else if (!strcasecmp(value, "en"))
                cfg->lang = LANG_EN;
            else
                return CFG_BAD(ip, MSG_CFG_BAD_TAAL, value);
            return 1;
        }
        return CFG_BAD(ip, MSG_CFG_UNKNOWN_MIGRATIE_KEY, name);
    }
    if (!strcmp(section, "bestanden"))
        return cfg_files_key(ip, name, value);
    return CFG_BAD(ip, MSG_CFG_UNKNOWN_SECTION, (int)strlen(section), section);
}

/* Free what cfg_load allocated. */
void cfg_clear(mg_config *cfg)
{
    int f;

    if (!cfg)
        return;
    free(cfg->ini_path);
    free(cfg->naam);
    free(cfg->leverancier);
    free(cfg->eh_niveau);
    free(cfg->format);
    for (f = 0; f < SC_FILE_COUNT; f++)
        free(cfg->files[f]);
    memset(cfg, 0, sizeof *cfg);
}

/* Join a folder and a relative path (absolute paths are kept); NULL when out of memory or too long. */
static char *cfg_join(const char *dir, const char *name)
{
    char buf[CFG_PATH_MAX];
    int n;

    if (name[0] == '/')
        n = snprintf(buf, sizeof buf, "%s", name);
    else
        n = snprintf(buf, sizeof buf, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= sizeof buf)
        return NULL;
    return strdup(buf);
}

/* The run's dates: the last day stays within year 9999 and after the run date; a start in the past is noted.
 */
static mg_error cfg_check_dates(mg_config *cfg, int32_t today, long years_line, mg_errinfo *ei)
{
    int32_t end = id_add_years(cfg->ingangsdatum, cfg->years) - 1;
    long line = cfg->start_line ? cfg->start_line : years_line;
    int y, m, d;
    char start[11], run[11], last[11];

    id_civil_from_days(end, &y, &m, &d);
    id_format_iso(cfg->ingangsdatum, start);
    id_format_iso(today, run);
    if (y > CFG_LAST_YEAR)
        return MG_FAIL(ei, MG_ERR_CONFIG, cfg->ini_path, line, MSG_CFG_ENDS_TOO_LATE, start, cfg->years, y, m,
                       d, CFG_LAST_YEAR);
    id_format_iso(end, last);
    if (end < today)
        return MG_FAIL(ei, MG_ERR_CONFIG, cfg->ini_path, line, MSG_CFG_ENDS_BEFORE_RUN, start, cfg->years,
                       last, run);
    cfg->start_in_past = cfg->ingangsdatum < today;
    return MG_OK;
}

/* Read portfolio.ini of a portfolio folder. */
mg_error cfg_load(const char *portfolio, int32_t today, const cfg_overrides *ov, mg_config *cfg,
                  mg_errinfo *ei)
{
    cfg_ctx c;
    pf_info st;
    int f, open_failed = 0;
    mg_error err = MG_OK;
    char *text = NULL;
    size_t len = 0;
    const char *why[LANG_COUNT] = {NULL, NULL};
    const in_hooks hooks = {cfg_section, cfg_key, NULL, &c};

    memset(cfg, 0, sizeof *cfg);
    memset(&c, 0, sizeof c);
    c.cfg = cfg;
    cfg->ingangsdatum = today;
    cfg->run_date = today;
    cfg->years = CFG_MAX_YEARS;
    cfg->scope = SCOPE_PER_DIENST;
    cfg->letters = 1;
    cfg->eh_level = LV_UNKNOWN;

    if (pf_info_path(portfolio, 1, &st) != 0)
        return MG_FAIL(ei, MG_ERR_INPUT, portfolio, 0, MSG_CFG_NO_PORTFOLIO, strerror(errno));
    if (st.kind != PF_FOLDER)
        return MG_FAIL(ei, MG_ERR_INPUT, portfolio, 0, MSG_CFG_NOT_A_FOLDER);
    cfg->ini_path = cfg_join(portfolio, CFG_INI_NAME);
    if (!cfg->ini_path)
        return MG_FAIL(ei, MG_ERR_NOMEM, portfolio, 0, MSG_CFG_PATH_TOO_LONG);
    err = in_read_file(cfg->ini_path, &text, &len, why, &open_failed, ei);
    if (err == MG_ERR_INPUT && why[LANG_EN])
        return cr_fail_why(ei, MG_ERR_INPUT, cfg->ini_path, open_failed, why);
    if (!err)
        err = in_parse(cfg->ini_path, text, len, &cfg_schema, &hooks, ei);
    free(text);
    if (err)
        return err;
    if (!c.seen_naam || !c.seen_kvk || !c.seen_lev)
        return MG_FAIL(ei, MG_ERR_CONFIG, cfg->ini_path, 0, MSG_CFG_MISSING_KEYS, c.seen_naam ? "" : "naam ",
                       c.seen_kvk ? "" : "kvk ", c.seen_lev ? "" : "leverancier");
    if (ov && ov->format) {
        free(cfg->format);
        cfg->format = strdup(ov->format);
        if (!cfg->format)
            return MG_ERR_NOMEM;
    }
    if (ov && ov->lang)
        cfg->lang = msg_lang_parse(ov->lang) == LANG_EN ? LANG_EN : LANG_NL;
    err = cfg_check_dates(cfg, today, c.years_line, ei);
    if (err)
        return err;
    for (f = 0; f < SC_FILE_COUNT && err == MG_OK; f++) {
        const char *name = cfg->files[f] ? cfg->files[f] : sc_file_def((sc_file)f)->default_path;
        char *path = cfg_join(portfolio, name);
        if (!path)
            return MG_FAIL(ei, MG_ERR_NOMEM, portfolio, 0, MSG_CFG_PATH_TOO_LONG);
        free(cfg->files[f]);
        cfg->files[f] = path;
    }
    return err;
}
