/* ini.h — the one strict INI reader behind portfolio.ini and every catalogue in formats/ (inih underneath).
 */
#ifndef MG_INI_H
#define MG_INI_H

#include <stddef.h>

#include "csvread.h"
#include "error.h"

/* Longest line read (inih's INI_MAX_LINE is 200, with the line break and the NUL); a CR counts. */
#define IN_LINE_MAX 198

/* Largest INI file read. */
#define IN_FILE_MAX (16 * 1024 * 1024)

/* Keys remembered per section for the repeated-key check (far more than any section knows: a section with
 * more distinct keys already has an unknown one, refused by its callback). */
#define IN_KEYS_MAX 64

/* Longest section/key identity remembered for the repeated-key check, including the NUL. */
#define IN_KEY_NAME_MAX 160

/* One key with a rule of its own: it may be repeated, or it is another name of a key. */
typedef struct in_key {
    const char *name;    /* as written, compared without case */
    const char *same_as; /* NULL, or the key it is a synonym of (also as a suffix after '_': x_codering) */
    int repeatable;      /* may be given more than once in a section */
} in_key;

/* The rules of one kind of INI file. */
typedef struct in_schema {
    const char *noun[LANG_COUNT]; /* how messages name the file, per language: "portfolio.ini", "this
                                     catalogue file" */
    int say_section;              /* 1: messages name a section as "section [name]", 0: as "[name]" */
    mg_msg twice_hint;            /* what to do about a repeated key; MSG_NONE = "give it once" */
    const in_key *keys;           /* keys with a rule of their own (all others: once per section) */
    size_t nkeys;
    int fresh_sections; /* 1: each section header starts afresh (the file refuses repeated sections itself);
                           0: keys count across repeated headers of one section */
} in_schema;

typedef struct in_parser in_parser;

/* A section header: name (len bytes) as written between [ and ]; return 0 after IN_ERROR. */
typedef int (*in_section_fn)(in_parser *ip, const char *name, size_t len);

/* A key = value line of the current section; return 0 after IN_ERROR. */
typedef int (*in_key_fn)(in_parser *ip, const char *section, const char *name, const char *value);

/* The end of a file read without error (checks that need the whole file); return 0 after IN_ERROR. */
typedef int (*in_end_fn)(in_parser *ip);

/* What the caller does with the file: its callbacks (on_end may be NULL) and their data. */
typedef struct in_hooks {
    in_section_fn on_section;
    in_key_fn on_key;
    in_end_fn on_end;
    void *user;
} in_hooks;

/* The state of reading one INI file; handed to the callbacks. */
struct in_parser {
    const char *path;
    const in_schema *schema;
    const in_hooks *hooks;
    void *user; /* hooks->user */
    mg_errinfo *ei;
    long line;    /* physical line last read (1-based) */
    int failed;   /* an error was recorded: the first one is kept */
    mg_error err; /* that error */
    long errline; /* its line */
    const char *text;
    size_t len, pos;
    int had_key;        /* a key was seen since the last section header (inih reads an indented line as its
                           continuation) */
    int cont;           /* the line just read is indented after a key */
    cr_utf8_state utf8; /* every byte read must be UTF-8 */
    char last_key[IN_KEY_NAME_MAX];
    size_t nkeys; /* keys given so far: section/key (synonyms as one) and line */
    long key_line[IN_KEYS_MAX];
    char key_name[IN_KEYS_MAX][IN_KEY_NAME_MAX];
};

/*
 * Read a whole INI file. It must be a regular file (a FIFO, device or folder is
 * refused unread) of at most IN_FILE_MAX bytes. When it cannot be opened,
 * returns MG_ERR_INPUT with why set (in each language) and ei untouched (*open_failed 1 when open
 * itself failed) so the caller names the file its own way; other failures are
 * reported in ei. *text is NUL-terminated; the caller frees it.
 */
mg_error in_read_file(const char *path, char **text, size_t *len, const char *why[LANG_COUNT],
                      int *open_failed, mg_errinfo *ei);

/*
 * Check the bytes of an INI file line by line, in file order: the first invalid
 * UTF-8 byte or NUL byte (line and byte offset named), or a line longer than
 * IN_LINE_MAX, is MG_ERR_CONFIG. noun names the file in the UTF-8 advice, one text per language.
 */
mg_error in_check(const char *path, const char *text, size_t len, const char *const noun[LANG_COUNT],
                  mg_errinfo *ei);

/*
 * Parse text (len bytes) of path with inih, calling on_section for every
 * section header, on_key for every key and on_end at the end. Each line is
 * checked before inih sees it, so errors come in file order and the first is
 * kept. Refused with file:line: the byte rules of in_check, an indented line that would continue
 * the key above it, a section header without ']', a line that is neither a
 * header, a key nor a comment, and a key given twice in a section (synonyms as
 * one key). What the sections and keys mean is the callbacks' business (a key
 * before any section comes with section ""). Returns MG_OK or the first error.
 */
mg_error in_parse(const char *path, const char *text, size_t len, const in_schema *schema,
                  const in_hooks *hooks, mg_errinfo *ei);

/* Record the first error of the file at line (later ones are dropped), its text given in each language;
 * returns 0 so a callback can return it. */
int in_error_texts(in_parser *ip, long line, mg_error err, const char *nl, const char *en);

/* Record the first error of the file at line from a Dutch and an English format; returns 0. Use IN_ERROR. */
int in_error_msg(in_parser *ip, long line, mg_error err, const char *nl, const char *en, ...) PF_PRINTF(4, 6)
    PF_PRINTF(5, 6);

/* Record the first error of the file at line: catalogue message id (msg.h), its arguments checked against
 * both languages' formats; returns 0 so a callback can return it. */
#define IN_ERROR(ip, line, err, id, ...) in_error_msg((ip), (line), (err), NL_##id, EN_##id, ##__VA_ARGS__)

#endif
