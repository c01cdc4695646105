/* letters.h — the signing pack: a letter (PDF) per client on the form route, and verzendlijst.csv. */
#ifndef MG_LETTERS_H
#define MG_LETTERS_H

#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "config.h"
#include "error.h"
#include "model.h"
#include "pdf.h"
#include "table.h"

/* The folder of the pack in an output folder (a status run's is under aanvulling/), and its mail list. */
#define LT_DIR "ondertekening"
#define LT_DIR_STATUS "aanvulling/ondertekening"
#define LT_SENDLIST "verzendlijst.csv"

/* The layout file of the letters, under formats/. */
#define LT_LAYOUT_DIR "brieven"
#define LT_LAYOUT_FILE "opmaak.ini"

/* Longest client-name part of a letter's file name, and the longest file name (KvK, name, suffix, .pdf). */
#define LT_SHORT_MAX 40
#define LT_FILE_MAX 64

/* Longest path of the layout file or a font, including the NUL. */
#define LT_PATH_MAX 4096

/* The look of the letters (formats/brieven/opmaak.ini). */
typedef struct lt_layout {
    char *font;      /* the regular TrueType font (an absolute path, or relative to formats/brieven/) */
    char *font_bold; /* the bold one for the title and headings; NULL = the regular one */
    long font_line;  /* the line of `lettertype`, for messages */
    char path[LT_PATH_MAX]; /* opmaak.ini as opened */
    pd_style style;         /* sizes and margins; its font paths point into this layout */
} lt_layout;

/* Read formats_dir/brieven/opmaak.ini into *lay (clear it with lt_layout_clear); MG_ERR_CONFIG with
 * file:line for a missing or unknown key, a value out of range, or a file that cannot be read. */
mg_error lt_layout_load(const char *formats_dir, lt_layout *lay, mg_errinfo *ei);

/* Free what lt_layout_load allocated; safe on a zeroed layout. */
void lt_layout_clear(lt_layout *lay);

/* One letter: the request it is for and its file name in the pack's folder. */
typedef struct lt_letter {
    const mg_request *r;
    char file[LT_FILE_MAX];
} lt_letter;

/* One row of verzendlijst.csv: a representative's address and every letter that goes to it. */
typedef struct lt_mail {
    const char *email;   /* "" when no address is known */
    const char *name;    /* the representative's name(s), joined by "; "; "" when unknown */
    const char *clients; /* "name (KvK 12345678)", joined by "; " */
    const char *kvks;    /* the clients' KvK numbers, joined by "; " */
    const char *files;   /* the letters' file names, joined by "; " */
    const char *subject; /* the mail's subject and text, in the run's language */
    const char *message;
    const char *remark; /* "" or why the letter cannot be mailed (no address) */
} lt_mail;

/* The letters of one output folder. */
typedef struct lt_set {
    const mg_config *cfg;
    const catalog *cat;
    const lt_layout *lay;
    lt_letter *v;
    size_t n;
    lt_mail *mails;
    size_t nmails;
    mg_pool *pool;   /* the texts of the mails */
    const char *dir; /* the pack's folder in the output, for findings: LT_DIR or LT_DIR_STATUS */
} lt_set;

/*
 * The letters for the form-route requests of reqs[0..n-1] (a run's own, or a status run's delta), to go in
 * folder dir of the output (LT_DIR, LT_DIR_STATUS): their file names, and the rows of verzendlijst.csv.
 * Every text of every letter is checked, and findings added to p's: a text longer than a letter can hold
 * (PD_TEXT_MAX) drops that letter (letter-too-long); a character the font cannot print is a warning
 * (letter-character-missing). The font must load: MG_ERR_CONFIG naming it otherwise. *out is NULL when
 * there is no form-route request, or portfolio.ini says brieven = nee.
 */
mg_error lt_prepare(const mg_config *cfg, const catalog *cat, const lt_layout *lay, mg_portfolio *p,
                    const mg_request *reqs, size_t n, const char *dir, lt_set **out, mg_errinfo *ei);

/* Free a set of letters; NULL is a no-op. */
void lt_free(lt_set *s);

/* Write letter i of s as a PDF through write(ctx, ...); name is the file for messages (pd_write's errors). */
mg_error lt_write(const lt_set *s, size_t i, pd_write_fn write, void *ctx, const char *name, mg_errinfo *ei);

/* The short ASCII file name of a letter: "KVK-name.pdf" (letters and digits of the transliterated name in
 * lower case, '-' between words, at most LT_SHORT_MAX of them), or "KVK-name-N.pdf" (N = 2, 3, ...) when
 * `taken` (called with ctx) says the name is used already. Exposed for the unit tests. */
void lt_file_name(const char *kvk, const char *naam, int (*taken)(void *ctx, const char *name), void *ctx,
                  char out[LT_FILE_MAX]);

/* verzendlijst.csv: one row per lt_mail of env->letters. */
extern const tb_table tb_verzendlijst;

#endif
