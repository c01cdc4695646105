/* ini.c — the one strict INI reader: checks every byte and line, then hands the lines to inih. */
#include "ini.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ini.h>

#include "csvread.h"
#include "platform.h"

/* The UTF-8 byte order mark inih skips on the first line. */
#define IN_UTF8_BOM "\xEF\xBB\xBF"

/* ASCII lower case of c. */
static char in_lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* 1 if c is white space as inih sees it. */
static int in_is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* Record the first error of the file at line, its text given in each language; returns 0. */
int in_error_texts(in_parser *ip, long line, mg_error err, const char *nl, const char *en)
{
    if (ip->failed)
        return 0;
    ip->failed = 1;
    ip->err = err;
    ip->errline = line;
    mg_fail_texts(ip->ei, err, ip->path, line, nl, en);
    return 0;
}

/* Record the first error of the file at line from a Dutch and an English format; returns 0. */
int in_error_msg(in_parser *ip, long line, mg_error err, const char *nl, const char *en, ...)
{
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    va_list ap;

    if (ip->failed)
        return 0;
    va_start(ap, en);
    mg_vformat_langs(msg, nl, en, ap);
    va_end(ap);
    return in_error_texts(ip, line, err, msg[LANG_NL], msg[LANG_EN]);
}

/* Read a whole INI file (a regular file, at most IN_FILE_MAX bytes) into a NUL-terminated buffer. */
mg_error in_read_file(const char *path, char **text, size_t *len, const char *why[LANG_COUNT],
                      int *open_failed, mg_errinfo *ei)
{
    int fd = cr_open_regular(path, why);
    FILE *fp;
    pf_info st;
    char *buf;
    size_t n, size;

    *text = NULL;
    *len = 0;
    *open_failed = fd == CR_OPEN_FAILED;
    if (fd < 0)
        return MG_ERR_INPUT;
    fp = fdopen(fd, "rb");
    if (!fp || pf_info_fd(fd, &st) != 0) {
        why[LANG_NL] = why[LANG_EN] = strerror(errno);
        if (fp)
            fclose(fp);
        else
            close(fd);
        return MG_ERR_INPUT;
    }
    size = st.size > IN_FILE_MAX ? IN_FILE_MAX : (size_t)st.size;
    buf = malloc(size + 2); /* one byte more than the file, to see it grow past the limit */
    if (!buf) {
        fclose(fp);
        return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    }
    n = fread(buf, 1, size + 1, fp);
    if (ferror(fp)) {
        fclose(fp);
        free(buf);
        return MG_FAIL(ei, MG_ERR_INPUT, path, 0, MSG_INI_READ_ERROR);
    }
    if (fclose(fp) != 0) {
        free(buf);
        return MG_FAIL(ei, MG_ERR_INPUT, path, 0, MSG_INI_CLOSE_ERROR, strerror(errno));
    }
    if (n > IN_FILE_MAX || st.size > IN_FILE_MAX) {
        free(buf);
        return MG_FAIL(ei, MG_ERR_CONFIG, path, 0, MSG_INI_TOO_LARGE, IN_FILE_MAX);
    }
    buf[n] = '\0';
    *text = buf;
    *len = n;
    return MG_OK;
}

/* The error for an invalid UTF-8 byte at line: the file is named by noun, in each language. */
static mg_error in_bad_utf8(const char *path, long line, const cr_utf8_state *st,
                            const char *const noun[LANG_COUNT], mg_errinfo *ei)
{
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    int l;

    for (l = 0; l < LANG_COUNT; l++)
        snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_INI_BAD_UTF8), st->bad_byte, line,
                 st->bad_offset, noun[l]);
    return mg_fail_texts(ei, MG_ERR_CONFIG, path, line, msg[LANG_NL], msg[LANG_EN]);
}

/* Check the line of n bytes at text + start (line number line): its first invalid UTF-8 or NUL byte, then its
 * length; at the end of the text (n == 0) a sequence cut off. st carries the UTF-8 state from line to line.
 */
static mg_error in_check_line(const char *path, const char *text, size_t start, size_t n, long line,
                              cr_utf8_state *st, const char *const noun[LANG_COUNT], mg_errinfo *ei)
{
    const char *nul = n ? memchr(text + start, '\0', n) : NULL;
    size_t len = n;
    int valid;

    cr_utf8_feed(st, (const unsigned char *)text + start, n);
    valid = n ? st->valid : cr_utf8_finish(st);
    if (!valid && (!nul || st->bad_offset < (unsigned long long)(nul - text)))
        return in_bad_utf8(path, line, st, noun, ei);
    if (nul)
        return MG_FAIL(ei, MG_ERR_CONFIG, path, line, MSG_INI_NUL, line, (size_t)(nul - text));
    if (len && text[start + len - 1] == '\n')
        len--; /* a CR counts: inih's buffer holds it */
    if (len > IN_LINE_MAX)
        return MG_FAIL(ei, MG_ERR_CONFIG, path, line, MSG_INI_LINE_TOO_LONG, line, IN_LINE_MAX);
    return MG_OK;
}

/* Check every line in file order: its first invalid UTF-8 or NUL byte, then its length. */
mg_error in_check(const char *path, const char *text, size_t len, const char *const noun[LANG_COUNT],
                  mg_errinfo *ei)
{
    size_t pos = 0;
    long line = 0;
    cr_utf8_state st;
    mg_error err;

    cr_utf8_init(&st);
    for (;;) {
        const char *nl = pos < len ? memchr(text + pos, '\n', len - pos) : NULL;
        size_t n = nl ? (size_t)(nl - (text + pos)) + 1 : len - pos;

        err = in_check_line(path, text, pos, n, n ? ++line : line, &st, noun, ei);
        if (err || n == 0)
            return err;
        pos += n;
    }
}

/* Like inih: the first of chars in s, or an inline comment (';' after a blank), or the end. */
static const char *in_find_or_comment(const char *s, const char *chars)
{
    int was_blank = 0;

    while (*s && !strchr(chars, *s) && !(was_blank && *s == ';')) {
        was_blank = in_is_blank(*s);
        s++;
    }
    return s;
}

/* inih's line reader: one checked line at a time; refuses what inih would misread, sees headers first. */
static char *in_reader(char *buf, int num, void *stream)
{
    in_parser *ip = stream;
    const char *nl, *s, *end;
    size_t n;
    mg_error err;

    if (ip->failed || num < 2)
        return NULL;
    nl = ip->pos < ip->len ? memchr(ip->text + ip->pos, '\n', ip->len - ip->pos) : NULL;
    n = nl ? (size_t)(nl - (ip->text + ip->pos)) + 1 : ip->len - ip->pos;
    err = in_check_line(ip->path, ip->text, ip->pos, n, n ? ip->line + 1 : ip->line, &ip->utf8,
                        ip->schema->noun, ip->ei);
    if (err) {
        ip->failed = 1; /* the bytes are checked before inih sees the line: errors come in file order */
        ip->err = err;
        ip->errline = ip->ei->line;
        return NULL;
    }
    if (n == 0)
        return NULL;
    if (n > (size_t)num - 1)
        n = (size_t)num - 1; /* cannot happen: longer lines were refused */
    memcpy(buf, ip->text + ip->pos, n);
    buf[n] = '\0';
    ip->pos += n;
    ip->line++;
    s = buf;
    if (ip->line == 1 && strncmp(s, IN_UTF8_BOM, strlen(IN_UTF8_BOM)) == 0)
        s += strlen(IN_UTF8_BOM);
    while (*s && in_is_blank(*s))
        s++;
    if (*s == '\0' || *s == ';' || *s == '#')
        return buf;
    if (ip->had_key && s > buf) {
        IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_INI_INDENTED, ip->last_key);
        return NULL;
    }
    if (*s == '[') {
        end = in_find_or_comment(s + 1, "]");
        if (*end != ']') {
            IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_INI_SECTION_UNCLOSED);
            return NULL;
        }
        ip->had_key = 0;
        if (ip->schema->fresh_sections)
            ip->nkeys = 0;
        if (!ip->hooks->on_section(ip, s + 1, (size_t)(end - s - 1))) {
            IN_ERROR(ip, ip->line, MG_ERR_INTERNAL, MSG_INI_SECTION_REFUSED);
            return NULL;
        }
        return buf;
    }
    end = in_find_or_comment(s, "=:");
    if (*end != '=' && *end != ':') {
        IN_ERROR(ip, ip->line, MG_ERR_CONFIG, MSG_INI_UNREADABLE_LINE);
        return NULL;
    }
    return buf;
}

/* 1 if a (alen bytes) equals b, ASCII case-insensitively. */
static int in_ieq(const char *a, size_t alen, const char *b)
{
    size_t i;

    if (alen != strlen(b))
        return 0;
    for (i = 0; i < alen; i++)
        if (in_lower(a[i]) != in_lower(b[i]))
            return 0;
    return 1;
}

/* Write section/key into out as the repeated-key check knows it (synonyms as one, lower case); 0 if it is a
 * repeatable key or too long to be a known one. */
static int in_identity(const in_parser *ip, const char *section, const char *name, char *out, size_t cap)
{
    const in_schema *sc = ip->schema;
    size_t i, n = strlen(name), keep = n;
    const char *as = NULL;
    int len;

    for (i = 0; i < sc->nkeys; i++) {
        const in_key *k = &sc->keys[i];
        size_t kl = strlen(k->name);

        if (in_ieq(name, n, k->name)) {
            if (k->repeatable)
                return 0;
            as = k->same_as;
            keep = 0;
            break;
        }
        if (k->same_as && n > kl && name[n - kl - 1] == '_' && in_ieq(name + n - kl, kl, k->name)) {
            as = k->same_as;
            keep = n - kl;
            break;
        }
    }
    len = snprintf(out, cap, "%s/%.*s%s", section, (int)keep, name, as ? as : (keep ? "" : name));
    if (len < 0 || (size_t)len >= cap)
        return 0;
    for (i = 0; out[i]; i++)
        out[i] = in_lower(out[i]);
    return 1;
}

/* The error for key name given twice in section (first on line first), with the schema's advice; returns 0.
 */
static int in_key_twice(in_parser *ip, const char *section, const char *name, long first)
{
    char msg[LANG_COUNT][MG_ERRMSG_MAX];
    mg_msg hint = ip->schema->twice_hint ? ip->schema->twice_hint : MSG_INI_GIVE_ONCE;
    int l;

    for (l = 0; l < LANG_COUNT; l++) {
        const char *h = msg_text(hint, (mg_lang)l);

        if (ip->schema->say_section)
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_INI_KEY_TWICE_SECTION), name, section,
                     first, h);
        else
            snprintf(msg[l], sizeof msg[l], MG_FMT((mg_lang)l, MSG_INI_KEY_TWICE), name, section, first, h);
    }
    return in_error_texts(ip, ip->line, MG_ERR_CONFIG, msg[LANG_NL], msg[LANG_EN]);
}

/* inih's handler: the repeated-key check, then the caller's key callback. */
static int in_handler(void *user, const char *section, const char *name, const char *value)
{
    in_parser *ip = user;
    char key[IN_KEY_NAME_MAX];
    size_t i;

    if (ip->failed)
        return 0;
    if (!name)
        return 1; /* a section header alone (newer inih): the reader saw it */
    ip->had_key = 1;
    snprintf(ip->last_key, sizeof ip->last_key, "%s", name);
    if (in_identity(ip, section, name, key, sizeof key)) {
        for (i = 0; i < ip->nkeys; i++)
            if (!strcmp(ip->key_name[i], key))
                return in_key_twice(ip, section, name, ip->key_line[i]);
        if (ip->nkeys < IN_KEYS_MAX) {
            memcpy(ip->key_name[ip->nkeys], key, strlen(key) + 1);
            ip->key_line[ip->nkeys++] = ip->line;
        }
    }
    if (!ip->hooks->on_key(ip, section, name, value))
        return IN_ERROR(ip, ip->line, MG_ERR_INTERNAL, MSG_INI_KEY_REFUSED);
    return 1;
}

/* Check and parse an INI text with inih, calling the callbacks; the first error is kept. */
mg_error in_parse(const char *path, const char *text, size_t len, const in_schema *schema,
                  const in_hooks *hooks, mg_errinfo *ei)
{
    in_parser *ip;
    mg_error err;
    int rc;

    ip = calloc(1, sizeof *ip);
    if (!ip)
        return MG_FAIL(ei, MG_ERR_NOMEM, path, 0, MSG_OUT_OF_MEMORY);
    ip->path = path;
    ip->schema = schema;
    ip->hooks = hooks;
    ip->user = hooks->user;
    ip->ei = ei;
    ip->text = text;
    ip->len = len;
    cr_utf8_init(&ip->utf8);
    rc = ini_parse_stream(in_reader, ip, in_handler, ip);
    if (rc < 0)
        IN_ERROR(ip, ip->line, MG_ERR_NOMEM, MSG_OUT_OF_MEMORY);
    else if (rc > 0)
        IN_ERROR(ip, rc, MG_ERR_CONFIG, MSG_INI_SYNTAX);
    else if (hooks->on_end && !hooks->on_end(ip))
        IN_ERROR(ip, ip->line, MG_ERR_INTERNAL, MSG_INI_FILE_REFUSED);
    err = ip->failed ? ip->err : MG_OK;
    free(ip);
    return err;
}
