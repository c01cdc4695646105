/*
 * fuzz_ini.c — libFuzzer target for migrate/config.c (portfolio.ini through cfg_load).
 *
 * The whole input is a portfolio.ini. It is written to a private temporary
 * portfolio folder (made once) and read with cfg_load, without and with
 * command-line overrides; cfg_clear must free everything (LeakSanitizer).
 * On success the loaded settings must be in range, and the file must have no
 * line of FZ_INI_LINE_MAX bytes or more: inih hands its reader a buffer of
 * INI_MAX_LINE (200) bytes, so the rest of a longer line would be read as a
 * line of its own (a comment ending in "taal = en" would set taal) — such a
 * file must be rejected, as the catalogue reader does.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "error.h"
#include "fuzz_common.h"

/* A line this long (without its '\n') no longer fits inih's 200-byte line buffer with its NUL. */
#define FZ_INI_LINE_MAX 200

static char fz_dir[4096];
static char fz_ini[4096 + 32];

static void fz_cleanup(void)
{
    if (fz_dir[0])
        fz_rmtree(fz_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    snprintf(fz_dir, sizeof fz_dir, "%s", fz_mkdtemp("ini"));
    snprintf(fz_ini, sizeof fz_ini, "%s/portfolio.ini", fz_dir);
    atexit(fz_cleanup);
    return 0;
}

static void check_loaded(const mg_config *cfg, int32_t today)
{
    int f;

    FZ_CHECK(cfg->ini_path != NULL, "ini_path NULL after success");
    FZ_CHECK(cfg->naam != NULL && cfg->naam[0], "naam missing after success");
    FZ_CHECK(cfg->leverancier != NULL && cfg->leverancier[0], "leverancier missing after success");
    FZ_CHECK(strlen(cfg->kvk) == 8 && strspn(cfg->kvk, "0123456789") == 8, "kvk '%s' after success", cfg->kvk);
    FZ_CHECK(cfg->years >= CFG_MIN_YEARS && cfg->years <= CFG_MAX_YEARS, "looptijd %d", cfg->years);
    FZ_CHECK(cfg->scope == SCOPE_PER_DIENST || cfg->scope == SCOPE_DIENSTVERLENER, "scope %d", cfg->scope);
    FZ_CHECK(cfg->lang == 0 || cfg->lang == 1, "lang %d", cfg->lang);
    (void)today;
    for (f = 0; f < SC_FILE_COUNT; f++) {
        /* relative names are joined to the (absolute) portfolio folder; absolute names kept */
        FZ_CHECK(cfg->files[f] != NULL && cfg->files[f][0] == '/', "file %d path '%s'", f,
                 cfg->files[f] ? cfg->files[f] : "(null)");
        FZ_CHECK(cfg->delimiter[f] == 0 || cfg->delimiter[f] == ';' || cfg->delimiter[f] == ',' ||
                     cfg->delimiter[f] == '\t' || cfg->delimiter[f] == '|',
                 "delimiter 0x%02x", cfg->delimiter[f]);
        FZ_CHECK(cfg->encoding[f] == CR_ENC_AUTO || cfg->encoding[f] == CR_ENC_UTF8 ||
                     cfg->encoding[f] == CR_ENC_CP1252,
                 "encoding %d", cfg->encoding[f]);
    }
}

/* Length of the longest line (bytes between '\n's). */
static size_t longest_line(const uint8_t *data, size_t size)
{
    size_t i, cur = 0, max = 0;

    for (i = 0; i < size; i++) {
        if (data[i] == '\n') {
            cur = 0;
            continue;
        }
        if (++cur > max)
            max = cur;
    }
    return max;
}

/* Physical lines of the file ('\n'-terminated, plus a last one without it). */
static long count_lines(const uint8_t *data, size_t size)
{
    long n = 0;
    size_t i;

    for (i = 0; i < size; i++)
        n += data[i] == '\n';
    return n + (size > 0 && data[size - 1] != '\n');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t longest = longest_line(data, size);
    long nlines = count_lines(data, size);
    const int32_t today = 20000; /* 2024-10-04 */
    cfg_overrides ov = {"generiek", "en"};
    mg_config cfg;
    mg_errinfo ei;
    mg_error err;

    fz_write_file(fz_ini, data, size);

    memset(&ei, 0, sizeof ei);
    err = cfg_load(fz_dir, today, NULL, &cfg, &ei);
    if (err == MG_OK) {
        check_loaded(&cfg, today);
        FZ_CHECK(longest < FZ_INI_LINE_MAX,
                 "portfolio.ini with a line of %zu bytes loaded; inih reads lines of at most %d bytes, so the "
                 "rest of it was read as a separate line",
                 longest, FZ_INI_LINE_MAX - 1);
    }
    else {
        FZ_CHECK(err == MG_ERR_CONFIG && ei.msg[LANG_EN][0], "cfg_load error %d '%s'", err, ei.msg[LANG_EN]);
        FZ_CHECK(ei.line >= 0 && ei.line <= nlines, "error on line %ld of a file of %ld lines: %s", ei.line, nlines,
                 ei.msg[LANG_EN]);
    }
    cfg_clear(&cfg);

    memset(&ei, 0, sizeof ei);
    err = cfg_load(fz_dir, today, &ov, &cfg, &ei);
    if (err == MG_OK) {
        check_loaded(&cfg, today);
        FZ_CHECK(cfg.format && !strcmp(cfg.format, "generiek") && cfg.lang == 1, "overrides not applied");
    }
    cfg_clear(&cfg);
    cfg_clear(&cfg); /* safe on a cleared config */
    return 0;
}
