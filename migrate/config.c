/* config.c — strict reading of portfolio.ini with inih: unknown sections and keys are fatal. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <unistd.h>
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "ident.h"
#include "model.h"

/* Hard limit on a path built from the portfolio folder and a file name. */
#define CFG_PATH_MAX 4096

/* The name of the settings file inside a portfolio folder. */
#define CFG_INI_NAME "portfolio.ini"

/* Longest line inih reads whole (its INI_MAX_LINE is 200, with the line break and the NUL). */
#define CFG_LINE_MAX 198

/* Largest portfolio.ini read. */
#define CFG_FILE_MAX (16 * 1024 * 1024)

/* Most distinct keys portfolio.ini can hold (each known key once); more means a repeated key. */
#define CFG_KEYS_MAX 32

/* Longest key name remembered for the repeated-key check. */
#define CFG_KEY_NAME_MAX 48

/* The last date any computed date may reach. */
#define CFG_LAST_YEAR 9999

/* Parser state handed to the inih handler. */
typedef struct cfg_ctx {
    mg_config *cfg;
    const char *text; /* the whole file, checked */
    size_t len, pos;
    long lineno; /* line last handed to inih */
    char msg[MG_ERRMSG_MAX];
    mg_error err; /* MG_ERR_CONFIG or MG_ERR_NOMEM when the handler stopped */
    int seen_naam, seen_kvk, seen_lev;
    long bad_line; /* first line with an unknown section, seen by the reader */
    char bad_msg[MG_ERRMSG_MAX];
    int indented; /* the line last read starts with a blank */
    int had_key;  /* a key was seen since the last section header (inih then reads an indented line as its
                     continuation) */
    size_t nkeys; /* keys given so far: section/key (synonyms as one) and line */
    char key_name[CFG_KEYS_MAX][CFG_KEY_NAME_MAX];
    long key_line[CFG_KEYS_MAX];
    long years_line;                                      /* line of looptijd_jaren, 0 if not given */
    int own_delim[SC_FILE_COUNT], own_enc[SC_FILE_COUNT]; /* set per file: wins over the setting for all */
} cfg_ctx;

/* The sections portfolio.ini may have. */
static const char *const cfg_sections[] = {"intermediair", "migratie", "bestanden"};

/* inih reader: one line at a time from the checked text, so the handler knows the line number. */
static char *cfg_reader(char *str, int num, void *stream)
{
    cfg_ctx *c = stream;
    const char *q = str, *nl;
    size_t i, n;

    if (c->pos >= c->len || num < 2)
        return NULL;
    nl = memchr(c->text + c->pos, '\n', c->len - c->pos);
    n = nl ? (size_t)(nl - (c->text + c->pos)) + 1 : c->len - c->pos;
    if (n > (size_t)num - 1)
        n = (size_t)num - 1; /* cannot happen: cfg_check refused longer lines */
    memcpy(str, c->text + c->pos, n);
    str[n] = '\0';
    c->pos += n;
    c->lineno++;
    /* inih only calls the handler for keys: check section headers here, so an empty unknown one fails too. */
    while (*q == ' ' || *q == '\t')
        q++;
    c->indented = q > str && *q != '\0' && *q != '\r' && *q != '\n' && *q != ';' && *q != '#';
    if (*q == '[' && q == str)
        c->had_key = 0; /* an indented header would continue the key above it (inih) */
    if (*q == '[' && !c->bad_line) {
        const char *end = strchr(q, ']');
        n = end ? (size_t)(end - q - 1) : 0;
        for (i = 0; i < sizeof cfg_sections / sizeof cfg_sections[0]; i++)
            if (end && strlen(cfg_sections[i]) == n && !strncmp(q + 1, cfg_sections[i], n))
                break;
        if (i == sizeof cfg_sections / sizeof cfg_sections[0]) {
            c->bad_line = c->lineno;
            snprintf(c->bad_msg, sizeof c->bad_msg,
                     "unknown section %.*s; known: [intermediair], [migratie], [bestanden]",
                     end ? (int)(n + 2) : (int)strcspn(q, "\r\n"), q);
        }
    }
    return str;
}

/* Replace *dst by a copy of value; 0 when out of memory. */
static int cfg_set_str(char **dst, const char *value, cfg_ctx *c)
{
    char *s = strdup(value);

    if (!s) {
        c->err = MG_ERR_NOMEM;
        return 0;
    }
    free(*dst);
    *dst = s;
    return 1;
}

/* Record a handler error and return 0 so inih stops with this line. */
__attribute__((format(printf, 2, 3))) static int cfg_bad(cfg_ctx *c, const char *fmt, ...)
{
    va_list ap;

    if (c->err)
        return 0; /* inih goes on after an error: keep the message of the first one, the line it reports */
    va_start(ap, fmt);
    vsnprintf(c->msg, sizeof c->msg, fmt, ap);
    va_end(ap);
    c->err = MG_ERR_CONFIG;
    return 0;
}

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
static int cfg_files_key(cfg_ctx *c, const char *name, const char *value)
{
    mg_config *cfg = c->cfg;
    int f, all = 0;
    const char *key = name;

    for (f = 0; f < SC_FILE_COUNT; f++) {
        const char *fn = sc_file_def((sc_file)f)->name;
        size_t fl = strlen(fn);
        if (!strcmp(name, fn)) {
            if (!*value)
                return cfg_bad(c, "[bestanden] %s: a file name is needed", name);
            return cfg_set_str(&cfg->files[f], value, c);
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
            return cfg_bad(c, "%s = '%s': use puntkomma, komma, tab or pijp", name, value);
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
            return cfg_bad(c, "%s = '%s': use utf-8, windows-1252 or auto", name, value);
        for (int i = 0; i < SC_FILE_COUNT; i++)
            if ((all && !c->own_enc[i]) || i == f)
                cfg->encoding[i] = (cr_encoding)e;
        if (!all)
            c->own_enc[f] = 1;
        return 1;
    }
    return cfg_bad(c,
                   "unknown key '%s' in [bestanden]; known: gebruikers, machtigingen, werkgevers, delimiter, "
                   "encoding (also per file, e.g. werkgevers_delimiter)",
                   name);
}

/* Record section/name (synonyms as one key); 0 with the error set when it was given before. */
static int cfg_once(cfg_ctx *c, const char *section, const char *name)
{
    static const char *const synonyms[][2] = {{"scheidingsteken", "delimiter"}, {"codering", "encoding"}};
    char key[CFG_KEY_NAME_MAX];
    size_t i, n = strlen(name);
    int len;

    for (i = 0; i < sizeof synonyms / sizeof synonyms[0]; i++) {
        size_t sl = strlen(synonyms[i][0]);
        if (n >= sl && !strcmp(name + n - sl, synonyms[i][0]) && (n == sl || name[n - sl - 1] == '_')) {
            n -= sl;
            break;
        }
    }
    if (i < sizeof synonyms / sizeof synonyms[0])
        len = snprintf(key, sizeof key, "%s/%.*s%s", section, (int)n, name, synonyms[i][1]);
    else
        len = snprintf(key, sizeof key, "%s/%s", section, name);
    if (len < 0 || (size_t)len >= sizeof key)
        return 1; /* too long to be a known key: refused as unknown */
    for (i = 0; i < c->nkeys; i++)
        if (!strcmp(c->key_name[i], key))
            return cfg_bad(c, "key '%s' is given twice in [%s] (first on line %ld); give it once", name,
                           section, c->key_line[i]);
    if (c->nkeys < CFG_KEYS_MAX) {
        memcpy(c->key_name[c->nkeys], key, (size_t)len + 1);
        c->key_line[c->nkeys++] = c->lineno;
    }
    return 1;
}

/* inih handler: one key at a time; returns 0 on anything unknown or bad. */
static int cfg_handler(void *user, const char *section, const char *name, const char *value)
{
    cfg_ctx *c = user;
    mg_config *cfg = c->cfg;

    if (!name)
        return 1; /* a section header alone (newer inih) */
    if (c->indented && c->had_key)
        return cfg_bad(
            c,
            "this line starts with a blank, so it would continue key '%s' of the line above; remove "
            "the indentation (every line is [section] or key = value)",
            name);
    c->had_key = 1;
    if (!cfg_once(c, section, name))
        return 0;
    if (!strcmp(section, "intermediair")) {
        if (!strcmp(name, "naam")) {
            if (!*value)
                return cfg_bad(c, "[intermediair] naam is empty");
            c->seen_naam = 1;
            cfg->naam_line = c->lineno;
            return cfg_set_str(&cfg->naam, value, c);
        }
        if (!strcmp(name, "kvk")) {
            char kvk[9];
            if (id_kvk(value, strlen(value), kvk) != ID_OK)
                return cfg_bad(c, "[intermediair] kvk = '%s': a KvK number is exactly 8 digits", value);
            memcpy(cfg->kvk, kvk, sizeof kvk);
            c->seen_kvk = 1;
            return 1;
        }
        if (!strcmp(name, "leverancier")) {
            if (!*value)
                return cfg_bad(c, "[intermediair] leverancier is empty; see `migrate formats`");
            c->seen_lev = 1;
            cfg->leverancier_line = c->lineno;
            return cfg_set_str(&cfg->leverancier, value, c);
        }
        if (!strcmp(name, "eh_niveau")) {
            int lv = mg_level_parse(value, strlen(value));
            if (lv < 0)
                return cfg_bad(c, "[intermediair] eh_niveau = '%s': use EH1, EH2, EH2+, EH3, EH4 or geen",
                               value);
            cfg->eh_level = lv;
            cfg->eh_line = c->lineno;
            return cfg_set_str(&cfg->eh_niveau, value, c);
        }
        return cfg_bad(c, "unknown key '%s' in [intermediair]; known: naam, kvk, leverancier, eh_niveau",
                       name);
    }
    if (!strcmp(section, "migratie")) {
        if (!strcmp(name, "ingangsdatum")) {
            int32_t d;
            if (id_date(value, strlen(value), &d) != ID_OK)
                return cfg_bad(c, "[migratie] ingangsdatum = '%s': not a valid date (e.g. 2026-12-01)",
                               value);
            cfg->ingangsdatum = d;
            cfg->start_line = c->lineno;
            return 1;
        }
        if (!strcmp(name, "looptijd_jaren")) {
            long y;
            if (id_parse_count(value, strlen(value), &y) != 0 || y < CFG_MIN_YEARS || y > CFG_MAX_YEARS)
                return cfg_bad(c,
                               "[migratie] looptijd_jaren = '%s': must be a whole number from 1 to 5 (a "
                               "machtiging is valid for at most 5 years)",
                               value);
            cfg->years = (int)y;
            c->years_line = c->lineno;
            return 1;
        }
        if (!strcmp(name, "reikwijdte")) {
            if (!strcasecmp(value, "per-dienst") || !strcasecmp(value, "per_dienst"))
                cfg->scope = SCOPE_PER_DIENST;
            else if (!strcasecmp(value, "dienstverlener"))
                cfg->scope = SCOPE_DIENSTVERLENER;
            else
                return cfg_bad(c, "[migratie] reikwijdte = '%s': use per-dienst or dienstverlener", value);
            return 1;
        }
        if (!strcmp(name, "uitvoerformaat"))
            return cfg_set_str(&cfg->format, value, c);
        if (!strcmp(name, "taal")) {
            if (!strcasecmp(value, "nl"))
                cfg->english = 0;
            else if (!strcasecmp(value, "en"))
                cfg->english = 1;
            else
                return cfg_bad(c, "[migratie] taal = '%s': use nl or en", value);
            return 1;
        }
        return cfg_bad(c,
                       "unknown key '%s' in [migratie]; known: ingangsdatum, looptijd_jaren, reikwijdte, "
                       "uitvoerformaat, taal",
                       name);
    }
    if (!strcmp(section, "bestanden"))
        return cfg_files_key(c, name, value);
    return cfg_bad(c, "unknown section [%s]; known: [intermediair], [migratie], [bestanden]", section);
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

/* Refuse what inih would misread: text that is not UTF-8, NUL bytes, lines too long for its buffer. */
static mg_error cfg_check(const char *path, const char *text, size_t len, mg_errinfo *ei)
{
    size_t i, start = 0;
    long line = 1;
    cr_utf8_state st;

    cr_utf8_init(&st);
    cr_utf8_feed(&st, (const unsigned char *)text, len);
    if (!cr_utf8_finish(&st)) {
        for (i = 0; i < st.bad_offset; i++)
            line += text[i] == '\n';
        return mg_fail(ei, MG_ERR_CONFIG, path, line,
                       "not valid UTF-8: byte 0x%02X at line %ld (byte offset %llu); save portfolio.ini as "
                       "UTF-8",
                       st.bad_byte, line, st.bad_offset);
    }

    for (i = 0; i < len; i++) {
        if (text[i] == '\0')
            return mg_fail(ei, MG_ERR_CONFIG, path, line,
                           "NUL byte at line %ld (byte offset %zu): not a text file?", line, i);
        if (text[i] == '\n' || i + 1 == len) {
            size_t n = i - start + (text[i] == '\n' ? 0 : 1); /* a CR counts: inih's buffer holds it */
            if (n > CFG_LINE_MAX)
                return mg_fail(ei, MG_ERR_CONFIG, path, line, "line %ld is longer than %d characters", line,
                               CFG_LINE_MAX);
            start = i + 1;
            line++;
        }
    }
    return MG_OK;
}

/* Read a whole small file into a malloc'd buffer; MG_ERR_INPUT if it cannot be read. */
static mg_error cfg_slurp(const char *path, char **out, size_t *len, mg_errinfo *ei)
{
    const char *why = NULL;
    int fd = cr_open_regular(path, &why);
    FILE *fp;
    struct stat st;
    char *buf;
    size_t n, size;

    *out = NULL;
    if (fd < 0)
        return mg_fail(ei, MG_ERR_INPUT, path, 0, "%s: %s",
                       fd == CR_OPEN_FAILED ? "cannot open" : "cannot read", why);
    fp = fdopen(fd, "rb");
    if (!fp) {
        mg_fail(ei, MG_ERR_INPUT, path, 0, "cannot read: %s", strerror(errno));
        close(fd);
        return MG_ERR_INPUT;
    }
    if (fstat(fd, &st) != 0) {
        fclose(fp);
        return mg_fail(ei, MG_ERR_INPUT, path, 0, "cannot read: %s", strerror(errno));
    }
    size = st.st_size > CFG_FILE_MAX ? CFG_FILE_MAX : (size_t)st.st_size;
    buf = malloc(size + 2); /* one byte more than the file, to see it grow past the limit */
    if (!buf) {
        fclose(fp);
        return mg_fail(ei, MG_ERR_NOMEM, path, 0, "out of memory");
    }
    n = fread(buf, 1, size + 1, fp);
    if (ferror(fp)) {
        fclose(fp);
        free(buf);
        return mg_fail(ei, MG_ERR_INPUT, path, 0, "read error");
    }
    if (fclose(fp) != 0) {
        free(buf);
        return mg_fail(ei, MG_ERR_INPUT, path, 0, "read error on close: %s", strerror(errno));
    }
    if (n > CFG_FILE_MAX || st.st_size > CFG_FILE_MAX) {
        free(buf);
        return mg_fail(ei, MG_ERR_CONFIG, path, 0, "larger than %d bytes: not a portfolio.ini", CFG_FILE_MAX);
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return MG_OK;
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
        return mg_fail(ei, MG_ERR_CONFIG, cfg->ini_path, line,
                       "[migratie] ingangsdatum %s with looptijd_jaren = %d ends on %d-%02d-%02d, after "
                       "%d-12-31, the last date accepted; choose an earlier ingangsdatum or a shorter "
                       "looptijd_jaren",
                       start, cfg->years, y, m, d, CFG_LAST_YEAR);
    id_format_iso(end, last);
    if (end < today)
        return mg_fail(
            ei, MG_ERR_CONFIG, cfg->ini_path, line,
            "[migratie] ingangsdatum %s with looptijd_jaren = %d ends on %s, before the run date %s: "
            "every request would already have ended; choose a later ingangsdatum",
            start, cfg->years, last, run);
    cfg->start_in_past = cfg->ingangsdatum < today;
    return MG_OK;
}

/* Read portfolio.ini of a portfolio folder. */
mg_error cfg_load(const char *portfolio, int32_t today, const cfg_overrides *ov, mg_config *cfg,
                  mg_errinfo *ei)
{
    cfg_ctx c;
    struct stat st;
    int rc, f;
    mg_error err = MG_OK;
    char *text = NULL;

    memset(cfg, 0, sizeof *cfg);
    memset(&c, 0, sizeof c);
    c.cfg = cfg;
    cfg->ingangsdatum = today;
    cfg->run_date = today;
    cfg->years = CFG_MAX_YEARS;
    cfg->scope = SCOPE_PER_DIENST;
    cfg->eh_level = LV_UNKNOWN;

    if (stat(portfolio, &st) != 0)
        return mg_fail(ei, MG_ERR_INPUT, portfolio, 0, "portfolio folder not found: %s", strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return mg_fail(ei, MG_ERR_INPUT, portfolio, 0,
                       "not a folder: a portfolio is a folder with portfolio.ini");
    cfg->ini_path = cfg_join(portfolio, CFG_INI_NAME);
    if (!cfg->ini_path)
        return mg_fail(ei, MG_ERR_NOMEM, portfolio, 0, "path too long or out of memory");
    err = cfg_slurp(cfg->ini_path, &text, &c.len, ei);
    if (!err)
        err = cfg_check(cfg->ini_path, text, c.len, ei);
    if (err) {
        free(text);
        return err;
    }
    c.text = text;
    rc = ini_parse_stream(cfg_reader, &c, cfg_handler, &c);
    free(text);
    if (c.bad_line && (rc == 0 || rc > c.bad_line))
        return mg_fail(ei, MG_ERR_CONFIG, cfg->ini_path, c.bad_line, "%s", c.bad_msg);
    if (rc != 0) {
        if (c.err == MG_ERR_NOMEM)
            return mg_fail(ei, MG_ERR_NOMEM, cfg->ini_path, rc, "out of memory");
        if (!c.msg[0])
            snprintf(c.msg, sizeof c.msg, "syntax error: expected [section] or key = value");
        return mg_fail(ei, MG_ERR_CONFIG, cfg->ini_path, rc > 0 ? rc : 0, "%s", c.msg);
    }
    if (!c.seen_naam || !c.seen_kvk || !c.seen_lev)
        return mg_fail(ei, MG_ERR_CONFIG, cfg->ini_path, 0,
                       "[intermediair] needs naam, kvk and leverancier (missing: %s%s%s)",
                       c.seen_naam ? "" : "naam ", c.seen_kvk ? "" : "kvk ", c.seen_lev ? "" : "leverancier");
    if (ov && ov->format) {
        free(cfg->format);
        cfg->format = strdup(ov->format);
        if (!cfg->format)
            return MG_ERR_NOMEM;
    }
    if (ov && ov->lang)
        cfg->english = !strcasecmp(ov->lang, "en");
    err = cfg_check_dates(cfg, today, c.years_line, ei);
    if (err)
        return err;
    for (f = 0; f < SC_FILE_COUNT && err == MG_OK; f++) {
        const char *name = cfg->files[f] ? cfg->files[f] : sc_file_def((sc_file)f)->default_path;
        char *path = cfg_join(portfolio, name);
        if (!path)
            return mg_fail(ei, MG_ERR_NOMEM, portfolio, 0, "path too long or out of memory");
        free(cfg->files[f]);
        cfg->files[f] = path;
    }
    return err;
}
