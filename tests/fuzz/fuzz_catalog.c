/*
 * fuzz_catalog.c — libFuzzer target for migrate/catalog.c (the formats/ catalogues).
 *
 * The real formats/ folder is copied to a private temporary folder once.
 * Input: byte 0 chooses ONE catalogue file (byte % 5: diensten.ini,
 * leveranciers.ini, invoer.ini, accounts.ini, uitvoer/generiek.ini); the rest
 * of the input replaces that file. Then cat_load + cat_free (no crash, no
 * leak), and when it loads: look-ups on fixed strings and on the input's tail,
 * and consistency checks (every stored name finds its own entry), and the
 * replaced file has no line over 198 bytes (the reader must refuse those). An
 * error in the replaced file must name one of its lines. The file is restored
 * afterwards.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalog.h"
#include "error.h"
#include "fuzz_common.h"

#define FZ_NFILES 5
/* A line this long (without its '\n') does not fit inih's 200-byte buffer with its '\n' and NUL. */
#define FZ_CAT_LINE_MAX 199
static const char *const fz_files[FZ_NFILES] = {"diensten.ini", "leveranciers.ini", "invoer.ini", "accounts.ini",
                                                "uitvoer/generiek.ini"};
static unsigned char *fz_orig[FZ_NFILES];
static size_t fz_orig_len[FZ_NFILES];
static char fz_dir[4096];
static char fz_path[FZ_NFILES][4096 + 64];

static void fz_cleanup(void)
{
    if (fz_dir[0])
        fz_rmtree(fz_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    char src[4096 + 64], sub[4096 + 16];
    catalog *cat = NULL;
    mg_errinfo ei;
    int i;

    (void)argc;
    (void)argv;
    snprintf(fz_dir, sizeof fz_dir, "%s", fz_mkdtemp("catalog"));
    atexit(fz_cleanup);
    snprintf(sub, sizeof sub, "%s/uitvoer", fz_dir);
    if (mkdir(sub, 0700) != 0)
        fz_die(sub);
    for (i = 0; i < FZ_NFILES; i++) {
        snprintf(src, sizeof src, "%s/%s", fz_formats_dir(), fz_files[i]);
        fz_orig[i] = fz_read_file(src, &fz_orig_len[i]);
        snprintf(fz_path[i], sizeof fz_path[i], "%s/%s", fz_dir, fz_files[i]);
        fz_write_file(fz_path[i], fz_orig[i], fz_orig_len[i]);
    }
    /* the unmodified copy must load, else every input would only test the error path */
    if (cat_load(fz_dir, &cat, &ei) != MG_OK) {
        fprintf(stderr, "fuzz_catalog: the copy of %s does not load: %s:%ld: %s\n", fz_formats_dir(), ei.file,
                ei.line, ei.msg[LANG_EN]);
        exit(2);
    }
    cat_free(cat);
    return 0;
}

/* Every name stored in the catalogue must find its own entry. */
static void check_consistent(const catalog *cat)
{
    size_t i, j, n;
    int f;

    FZ_CHECK(cat->nservices >= 1 && cat->nservices <= CAT_MAX_SERVICES, "nservices %zu", cat->nservices);
    FZ_CHECK(cat->nformats >= 1, "nformats %zu", cat->nformats);
    for (i = 0; i < cat->nservices; i++) {
        const cat_service *s = &cat->services[i];
        FZ_CHECK(s->code && s->naam && s->name_en && s->dienst_id, "service %zu has a NULL string", i);
        FZ_CHECK(cat_service_find(cat, s->code, strlen(s->code)) == s, "service code '%s' does not find itself",
                 s->code);
        FZ_CHECK(cat_service_find(cat, s->naam, strlen(s->naam)) == s, "service naam '%s' does not find '%s'",
                 s->naam, s->code);
        FZ_CHECK(cat_service_find(cat, s->name_en, strlen(s->name_en)) == s,
                 "service name_en '%s' does not find '%s'", s->name_en, s->code);
        for (j = 0; j < s->nlegacy; j++)
            FZ_CHECK(cat_service_find(cat, s->legacy[j], strlen(s->legacy[j])) == s,
                     "legacy name '%s' does not find '%s'", s->legacy[j], s->code);
        FZ_CHECK(cat_service_index(cat, s) == i, "cat_service_index");
        FZ_CHECK((s->erd & ~(unsigned)(CAT_ERD_ZW | CAT_ERD_WGA | CAT_ERD_WW)) == 0, "erd mask %x", s->erd);
    }
    for (i = 0; i < cat->nsuppliers; i++) {
        const cat_supplier *s = &cat->suppliers[i];
        FZ_CHECK(s->naam != NULL, "supplier %zu has no name", i);
        FZ_CHECK(cat_supplier_find(cat, s->naam, strlen(s->naam)) == s, "supplier '%s' does not find itself",
                 s->naam);
        for (j = 0; j < s->naliases; j++)
            FZ_CHECK(cat_supplier_find(cat, s->aliases[j], strlen(s->aliases[j])) == s,
                     "alias '%s' does not find supplier '%s'", s->aliases[j], s->naam);
        FZ_CHECK(s->formaat && cat_format_find(cat, s->formaat) != NULL, "supplier '%s': format '%s' not found",
                 s->naam, s->formaat ? s->formaat : "(null)");
        FZ_CHECK(cat_portal_name(s->portaal_voor)[0] != '\0', "supplier '%s': portaal_voor %d out of range",
                 s->naam, (int)s->portaal_voor);
        FZ_CHECK(!s->proces || s->proces[0], "supplier '%s': empty proces", s->naam);
        FZ_CHECK(!s->bijlagen || s->bijlagen[0], "supplier '%s': empty bijlagen", s->naam);
    }
    for (i = 0; i < cat->nformats; i++) {
        const cat_format *fm = &cat->formats[i];
        FZ_CHECK(fm->naam && cat_format_find(cat, fm->naam) == fm, "format %zu '%s' does not find itself", i,
                 fm->naam ? fm->naam : "(null)");
        FZ_CHECK(fm->ncols >= 1 && fm->ncols <= CAT_MAX_COLUMNS, "format '%s': %zu columns", fm->naam, fm->ncols);
        FZ_CHECK(fm->eol && (!strcmp(fm->eol, "\r\n") || !strcmp(fm->eol, "\n")), "format '%s': eol", fm->naam);
        FZ_CHECK(fm->delimiter == ';' || fm->delimiter == ',' || fm->delimiter == '\t' || fm->delimiter == '|',
                 "format '%s': delimiter 0x%02x", fm->naam, fm->delimiter);
        for (j = 0; j < fm->ncols; j++)
            FZ_CHECK((int)fm->cols[j].src >= 0 && fm->cols[j].src < CAT_COL_COUNT && fm->cols[j].header,
                     "format '%s': column %zu", fm->naam, j);
    }
    for (f = 0; f < SC_FILE_COUNT; f++) {
        const char **names = cat_input_names(cat, (sc_file)f, &n);
        FZ_CHECK(names != NULL, "cat_input_names(%d) NULL", f);
        free(names);
        for (i = 0; i < SC_MAX_FIELDS; i++)
            for (j = 0; j < cat->input[f][i].nnames; j++) {
                const char *nm = cat->input[f][i].names[j];
                int got = cat_input_field(cat, (sc_file)f, nm, strlen(nm));
                FZ_CHECK(got == (int)i, "file %d: header '%s' of field %zu finds field %d", f, nm, i, got);
            }
    }
    for (i = 0; i < cat->ngeneric; i++)
        FZ_CHECK(cat_is_generic_word(cat, cat->generic_words[i], strlen(cat->generic_words[i])),
                 "generic word '%s' not found", cat->generic_words[i]);
}

/* Look-ups of one string; suggest = also cat_service_suggest (edit distances: slow on long strings). */
static void lookups(const catalog *cat, const char *s, size_t n, int suggest)
{
    const cat_service *svc;

    svc = cat_service_find(cat, s, n);
    if (svc)
        FZ_CHECK(cat_service_index(cat, svc) < cat->nservices, "service index");
    svc = suggest ? cat_service_suggest(cat, s, n) : NULL;
    if (svc)
        FZ_CHECK(cat_service_index(cat, svc) < cat->nservices, "suggestion index");
    (void)cat_supplier_find(cat, s, n);
    (void)cat_is_generic_word(cat, s, n);
    for (int f = 0; f < SC_FILE_COUNT; f++) {
        int i = cat_input_field(cat, (sc_file)f, s, n);
        FZ_CHECK(i >= -1 && i < SC_MAX_FIELDS, "cat_input_field %d", i);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const probes[] = {
        "verzuim", "WGP-01", "Ziekmelden", "  zw   VERZUIM ", "Bezwaar maken", "erd-controle", "", " ", "-",
        "KPN", "z login", "Z-LOGIN", "creaim", "We ID", "onbekend", "generiek", "admin", "loonheffingennummer",
        "naam", "Melden en inzien verzuimgegevens Ziektewet en WAZO (oud)",
    };
    char big[600];
    catalog *cat = NULL;
    mg_errinfo ei;
    mg_error err;
    size_t i, sel;

    if (size == 0)
        return 0;
    sel = data[0] % FZ_NFILES;
    fz_write_file(fz_path[sel], data + 1, size - 1);
    memset(&ei, 0, sizeof ei);
    err = cat_load(fz_dir, &cat, &ei);
    if (err == MG_OK) {
        FZ_CHECK(cat != NULL, "cat_load OK without a catalogue");
        /* the reader refuses lines longer than inih's buffer (198 bytes); none may slip through */
        {
            size_t cur = 0, longest = 0;
            for (i = 1; i < size; i++) {
                cur = data[i] == '\n' ? 0 : cur + 1;
                longest = cur > longest ? cur : longest;
            }
            FZ_CHECK(longest < FZ_CAT_LINE_MAX, "%s with a line of %zu bytes loaded (limit %d)", fz_files[sel],
                     longest, FZ_CAT_LINE_MAX - 1);
        }
        check_consistent(cat);
        for (i = 0; i < sizeof probes / sizeof probes[0]; i++)
            lookups(cat, probes[i], strlen(probes[i]), i % 5 == 0); /* edit distances are slow: a few */
        FZ_CHECK(cat_service_suggest(cat, cat->services[0].code, strlen(cat->services[0].code)) != NULL,
                 "no suggestion for '%s'", cat->services[0].code);
        /* names at and over the 255-byte limit; suggestions on them only for half the inputs (slow) */
        memset(big, 'a', sizeof big);
        lookups(cat, big, 255, 0);
        lookups(cat, big, 256, data[0] >= 0x80);
        lookups(cat, big, sizeof big, 0);
        /* the tail of the input as a name (may hold any bytes) */
        {
            size_t tl = size - 1 < 32 ? size - 1 : 32;
            lookups(cat, (const char *)data + size - tl, tl, 1);
        }
        cat_free(cat);
    } else {
        size_t fl = strlen(fz_files[sel]), el = strlen(ei.file);
        FZ_CHECK(cat == NULL, "cat_load failed but set *out");
        FZ_CHECK(err == MG_ERR_CONFIG && ei.msg[LANG_EN][0], "cat_load error %d '%s'", err, ei.msg[LANG_EN]);
        /* an error in the replaced file names one of its lines */
        if (el >= fl && strcmp(ei.file + el - fl, fz_files[sel]) == 0) {
            long nlines = 0;
            for (i = 1; i < size; i++)
                nlines += data[i] == '\n';
            nlines += size > 1 && data[size - 1] != '\n';
            FZ_CHECK(ei.line >= 0 && ei.line <= nlines, "%s: error on line %ld of %ld: %s", fz_files[sel], ei.line,
                     nlines, ei.msg[LANG_EN]);
        }
    }
    fz_write_file(fz_path[sel], fz_orig[sel], fz_orig_len[sel]);
    return 0;
}
