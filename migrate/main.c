/* main.c — the migrate command line: options, the stages in order, messages and exit codes. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "capture.h"
#include "catalog.h"
#include "config.h"
#include "error.h"
#include "findings.h"
#include "ident.h"
#include "model.h"
#include "prior.h"
#include "progress.h"
#include "registry.h"
#include "report.h"
#include "resolve.h"
#include "route.h"
#include "platform.h"
#include "spool.h"
#include "status.h"
#include "text.h"
#include "validate.h"
#include "write.h"
#include "letters.h"

#define MG_VERSION "0.1.0"

/* Exit codes. */
enum {
    EXIT_DONE = 0,
    EXIT_REJECTED = 1,
    EXIT_USAGE = 2,
    EXIT_DATAERR = 65,
    EXIT_NOINPUT = 66,
    EXIT_SOFTWARE = 70,
    EXIT_CANTCREAT = 73,
    EXIT_IOERR = 74
};

/* How many findings of one code are printed on stderr before a summary line. */
#define MAX_PER_CODE 20

/* Hard limit on paths built here. */
#define MAIN_PATH_MAX 4096

/* Longest line of a message on stderr before escaping (longer ones are cut). */
#define MAIN_LINE_MAX 8192

/* The default and largest --waarschuw-dagen of a status run. */
#define MAIN_WARN_DAYS 90
#define MAIN_WARN_DAYS_MAX 3650

/* The layout of the registrations exports when --registraties-formaat is not given. */
#define MAIN_REG_FORMAT "generiek"

/* Options of run, check and status. */
typedef struct mg_options {
    const char *output;
    const char *format;
    const char *formats_dir;
    const char *lang; /* --lang as given, NULL if not */
    mg_lang msg_lang; /* the language of messages before the portfolio is read: --lang's, else Dutch */
    int force, dry_run, strict, quiet;
    const char *portfolio;
    unsigned seen; /* OPT_ bits of the options given beyond --lang and --help */
    char **args;   /* the words that are not options: the command and its arguments */
    int nargs;
    /* status */
    const char *vorige;                            /* --vorige */
    const char *registraties[MG_MAX_REGISTRATIES]; /* --registraties, in the order given */
    size_t nregistraties;
    const char *reg_format; /* --registraties-formaat */
    int warn_days;          /* --waarschuw-dagen, -1 if not given */
} mg_options;

/* Groups of options, to refuse those a command does not take. */
enum { OPT_RUN = 1u, OPT_OUTPUT = 2u, OPT_FORMATS = 4u, OPT_STATUS = 8u, OPT_RUNONLY = 16u };

/* Exit code of a stage error. */
static int exit_code(mg_error err)
{
    switch (err) {
    case MG_OK:
        return EXIT_DONE;
    case MG_ERR_USAGE:
        return EXIT_USAGE;
    case MG_ERR_INPUT:
        return EXIT_NOINPUT;
    case MG_ERR_DATA:
    case MG_ERR_CONFIG:
        return EXIT_DATAERR;
    case MG_ERR_OUTPUT:
        return EXIT_CANTCREAT;
    case MG_ERR_WRITE:
        return EXIT_IOERR;
    default:
        return EXIT_SOFTWARE;
    }
}

/* Format one message into out with control, bidi and zero-width characters escaped (\x1b): data never
 * drives the terminal. */
static void escaped_vline(char *out, const char *fmt, va_list ap)
{
    char line[MAIN_LINE_MAX];
    int n = vsnprintf(line, sizeof line, fmt, ap);

    if (n < 0)
        n = 0;
    tx_escape(line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1, 0, out);
}

/* Print one line on stderr, escaped. */
PF_PRINTF(1, 2) static void err_line(const char *fmt, ...)
{
    char out[TX_ESCAPED_MAX(MAIN_LINE_MAX)];
    va_list ap;

    va_start(ap, fmt);
    escaped_vline(out, fmt, ap);
    va_end(ap);
    fprintf(stderr, "%s\n", out);
}

/* Print a stage error as `migrate: FILE:LINE: error: message` and return its exit code. */
static int report_error(mg_error err, const mg_errinfo *ei, mg_lang lang)
{
    const char *msg = ei->msg[lang][0] ? ei->msg[lang] : mg_strerror_lang(err, lang);
    const char *label = MG_TEXT(lang, MSG_LABEL_ERROR);

    if (ei->file[0] && ei->line > 0)
        err_line("migrate: %s:%ld: %s: %s", ei->file, ei->line, label, msg);
    else if (ei->file[0])
        err_line("migrate: %s: %s: %s", ei->file, label, msg);
    else
        err_line("migrate: %s: %s", label, msg);
    return exit_code(err);
}

/* A usage error in a language: one line (arguments escaped) and a hint. */
PF_PRINTF(2, 3) static int usage_error(mg_lang lang, const char *fmt, ...)
{
    char out[TX_ESCAPED_MAX(MAIN_LINE_MAX)];
    va_list ap;

    va_start(ap, fmt);
    escaped_vline(out, fmt, ap);
    va_end(ap);
    fprintf(stderr, "migrate: %s\n%s\n", out, MG_TEXT(lang, MSG_MAIN_HELP_HINT));
    return EXIT_USAGE;
}

/* The range of SOURCE_DATE_EPOCH: 1900-01-01 00:00:00 to 9999-12-31 23:59:59 UTC, so that every date the
 * run shows or computes from it has four digits. */
#define SDE_MIN (-2208988800LL)
#define SDE_MAX 253402300799LL

/* The run date: SOURCE_DATE_EPOCH when set (reproducible runs), else today; -1 (after a usage message) if
 * SOURCE_DATE_EPOCH is not a whole number of seconds between the years 1900 and 9999. */
static int run_date(mg_lang lang, int32_t *today)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t t;
    struct tm tm;

    if (sde && *sde) {
        const char *q = sde + (*sde == '-');
        long long v = 0;
        int neg = *sde == '-';
        if (!*q || strspn(q, "0123456789") != strlen(q)) {
            usage_error(lang, MG_FMT(lang, MSG_MAIN_SDE_NOT_NUMBER), sde);
            return -1;
        }
        for (; *q && v <= SDE_MAX; q++) /* stops before it could overflow */
            v = v * 10 + (*q - '0');
        if (neg)
            v = -v;
        if (*q || v < SDE_MIN || v > SDE_MAX) {
            usage_error(lang, MG_FMT(lang, MSG_MAIN_SDE_RANGE), sde);
            return -1;
        }
        /* floor division: a moment before 1970 belongs to the day it falls in */
        *today = (int32_t)(v >= 0 ? v / 86400 : -((-v + 86399) / 86400));
        return 0;
    }
    t = time(NULL);
    if (!localtime_r(&t, &tm))
        *today = (int32_t)(t / 86400);
    else
        *today = id_days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return 0;
}

/* 1 if path is a folder with a diensten.ini. */
static int formats_dir_ok(const char *dir)
{
    char path[MAIN_PATH_MAX];
    pf_info st;
    int n = snprintf(path, sizeof path, "%s/diensten.ini", dir);

    if (n < 0 || (size_t)n >= sizeof path)
        return 0;
    return pf_info_path(path, 1, &st) == 0 && st.kind == PF_FILE;
}

/* Find formats/: --formats-dir, $MIGRATE_FORMATS_DIR, PREFIX/share/migrate/formats, or the source tree. */
static const char *find_formats(const char *given, char *buf, size_t size)
{
    char exe[MAIN_PATH_MAX];
    char *slash;
    const char *env = getenv("MIGRATE_FORMATS_DIR");

    if (given)
        return given;
    if (env && *env)
        return env;
    if (pf_exe_path(exe, sizeof exe) == 0) {
        slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            int k = snprintf(buf, size, "%s/../share/migrate/formats", exe);
            if (k > 0 && (size_t)k < size && formats_dir_ok(buf))
                return buf;
            k = snprintf(buf, size, "%s/../formats", exe);
            if (k > 0 && (size_t)k < size && formats_dir_ok(buf))
                return buf;
            k = snprintf(buf, size, "%s/formats", exe); /* the Windows zip: formats\ beside migrate.exe */
            if (k > 0 && (size_t)k < size && formats_dir_ok(buf))
                return buf;
        }
    }
    return "formats";
}

/* Load the catalogues, printing an error in lang; NULL on failure with *rc set. */
static catalog *load_catalog(const char *given, mg_lang lang, int *rc)
{
    char buf[MAIN_PATH_MAX];
    const char *dir = find_formats(given, buf, sizeof buf);
    catalog *cat = NULL;
    mg_errinfo ei;
    mg_error err;

    memset(&ei, 0, sizeof ei);
    if (!formats_dir_ok(dir)) {
        *rc = report_error(MG_FAIL(&ei, MG_ERR_INPUT, dir, 0, MSG_MAIN_NO_CATALOGUES), &ei, lang);
        return NULL;
    }
    err = cat_load(dir, &cat, &ei);
    if (!err)
        err = ps_load(dir, &cat->prose, &ei);
    if (err) {
        cat_free(cat);
        *rc = report_error(err, &ei, lang);
        return NULL;
    }
    return cat;
}

/* Print findings on stderr: errors and warnings, at most MAX_PER_CODE per code. */
static mg_error print_findings(const mg_portfolio *p, mg_lang lang, const char *ini_path, mg_errinfo *ei)
{
    size_t shown[FD_COUNT] = {0}, i;
    char msg[2048];
    fd_iter it;
    const finding *f;
    mg_error err = fd_iter_begin(&it, &p->findings, ei);

    while (!err && !(err = fd_iter_next(&it, &f, ei)) && f) {
        const char *file, *label;
        if (f->severity == FD_INFO)
            continue;
        if (shown[f->code]++ >= MAX_PER_CODE)
            continue;
        file = f->file >= 0 && f->file < MG_FILE_SLOTS && f->file != FD_FILE_INI ? p->files[f->file].path
               : f->file == FD_FILE_INI                                          ? ini_path
                                                                                 : NULL;
        fd_format(f, lang, msg, sizeof msg);
        label = f->severity == FD_FOUT ? MG_TEXT(lang, MSG_LABEL_ERROR) : MG_TEXT(lang, MSG_LABEL_WARNING);
        if (file && f->line > 0)
            err_line("migrate: %s:%ld: %s: %s: %s", file, f->line, label, fd_def_get(f->code)->code, msg);
        else if (file)
            err_line("migrate: %s: %s: %s: %s", file, label, fd_def_get(f->code)->code, msg);
        else
            err_line("migrate: %s: %s: %s", label, fd_def_get(f->code)->code, msg);
    }
    fd_iter_end(&it);
    if (err)
        return err;
    /* rejected records (errors) are in afwijzingen.csv; warnings only in the workbook */
    for (i = 1; i < FD_COUNT; i++)
        if (shown[i] > MAX_PER_CODE) {
            int is_err = fd_def_get((fd_code)i)->severity == FD_FOUT;
            fputs("migrate: ", stderr);
            fprintf(stderr,
                    is_err ? MG_FMT(lang, MSG_MAIN_MORE_ERRORS) : MG_FMT(lang, MSG_MAIN_MORE_WARNINGS),
                    shown[i] - MAX_PER_CODE, fd_def_get((fd_code)i)->code);
            fputc('\n', stderr);
        }
    return MG_OK;
}

/* Longest word compared for a "did you mean" suggestion. */
#define SUGGEST_MAX 64

/* Edit distance (insertions, deletions, substitutions and swaps of two neighbours; case ignored) between
 * a and b; SUGGEST_MAX + 1 when either is longer than SUGGEST_MAX. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), i, j;
    size_t prev2[SUGGEST_MAX + 1], prev[SUGGEST_MAX + 1], row[SUGGEST_MAX + 1];

    if (la > SUGGEST_MAX || lb > SUGGEST_MAX)
        return SUGGEST_MAX + 1;
    for (j = 0; j <= lb; j++)
        prev[j] = prev2[j] = j;
    for (i = 1; i <= la; i++) {
        int ca = tolower((unsigned char)a[i - 1]);
        row[0] = i;
        for (j = 1; j <= lb; j++) {
            int cb = tolower((unsigned char)b[j - 1]);
            size_t best = prev[j - 1] + (ca != cb);
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == cb && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            row[j] = best;
        }
        memcpy(prev2, prev, sizeof prev);
        memcpy(prev, row, sizeof row);
    }
    return prev[lb];
}

/* The candidate closest to word, or NULL when none is close (at most 2 edits, and fewer than half the
 * word's length). */
static const char *suggest(const char *word, const char *const *cands, size_t n)
{
    const char *best = NULL;
    size_t bestd = 3, i, len = strlen(word);

    for (i = 0; i < n; i++) {
        size_t d = edit_distance(word, cands[i]);
        if (d < bestd && d * 2 < len + 1) {
            bestd = d;
            best = cands[i];
        }
    }
    return best;
}

/* The commands, in the order --help lists them. */
static const char *const commands[] = {"run", "check", "status", "explain", "formats"};

/* The long options, as typed (for suggestions). */
static const char *const long_names[] = {"--output",
                                         "--force",
                                         "--dry-run",
                                         "--strict",
                                         "--format",
                                         "--formats-dir",
                                         "--lang",
                                         "--quiet",
                                         "--help",
                                         "--version",
                                         "--vorige",
                                         "--registraties",
                                         "--registraties-formaat",
                                         "--waarschuw-dagen"};

/* A finding code by name, case ignored; FD_NONE when unknown. */
static fd_code lookup_code(const char *name)
{
    int i;

    for (i = 1; i < FD_COUNT; i++)
        if (!strcasecmp(fd_def_get((fd_code)i)->code, name))
            return (fd_code)i;
    return FD_NONE;
}

/* The finding code closest to name, or NULL. */
static const char *suggest_code(const char *name)
{
    const char *codes[FD_COUNT];
    size_t n = 0;
    int i;

    for (i = 1; i < FD_COUNT; i++)
        codes[n++] = fd_def_get((fd_code)i)->code;
    return suggest(name, codes, n);
}

/* A usage error for an unknown option, with a suggestion when one is close. */
static int unknown_option(const char *arg, mg_lang lang)
{
    char name[SUGGEST_MAX + 1];
    const char *eq = strchr(arg, '=');
    size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
    const char *hint = NULL;

    if (len <= SUGGEST_MAX && arg[0] == '-' && arg[1] == '-') {
        memcpy(name, arg, len);
        name[len] = '\0';
        hint = suggest(name, long_names, sizeof long_names / sizeof *long_names);
    }
    if (hint)
        return usage_error(lang, MG_FMT(lang, MSG_MAIN_UNKNOWN_OPTION_HINT), arg, hint);
    return usage_error(lang, MG_FMT(lang, MSG_MAIN_UNKNOWN_OPTION), arg);
}

/* Parse the whole command line (GNU style: options may stand before and after the command and the
 * portfolio); the words that are not options go to o->args. 0, -1 after --help/--version, or an exit
 * code. */
static int parse_options(int argc, char **argv, mg_options *o)
{
    static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                             {"force", no_argument, NULL, 'f'},
                                             {"dry-run", no_argument, NULL, 'n'},
                                             {"strict", no_argument, NULL, 1},
                                             {"format", required_argument, NULL, 2},
                                             {"formats-dir", required_argument, NULL, 3},
                                             {"lang", required_argument, NULL, 4},
                                             {"quiet", no_argument, NULL, 'q'},
                                             {"vorige", required_argument, NULL, 5},
                                             {"registraties", required_argument, NULL, 6},
                                             {"registraties-formaat", required_argument, NULL, 7},
                                             {"waarschuw-dagen", required_argument, NULL, 8},
                                             {"help", no_argument, NULL, 'h'},
                                             {"version", no_argument, NULL, 'V'},
                                             {NULL, 0, NULL, 0}};
    int ch, i, help = 0, version = 0;

    /* --lang first, so that every message below is already in the chosen language */
    for (i = 1; i < argc && strcmp(argv[i], "--"); i++) {
        const char *v = !strncmp(argv[i], "--lang=", 7)              ? argv[i] + 7
                        : !strcmp(argv[i], "--lang") && i + 1 < argc ? argv[i + 1]
                                                                     : NULL;
        if (v && !strcmp(v, "en"))
            o->msg_lang = LANG_EN;
        else if (v && !strcmp(v, "nl"))
            o->msg_lang = LANG_NL;
    }
    opterr = 0;
    optind = 1;
    while ((ch = getopt_long(argc, argv, ":o:fnqhV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'o':
            o->output = optarg;
            o->seen |= OPT_OUTPUT;
            break;
        case 'f':
            o->force = 1;
            o->seen |= OPT_RUN;
            break;
        case 'n':
            o->dry_run = 1;
            o->seen |= OPT_RUN | OPT_RUNONLY;
            break;
        case 'q':
            o->quiet = 1;
            o->seen |= OPT_RUN;
            break;
        case 1:
            o->strict = 1;
            o->seen |= OPT_RUN | OPT_RUNONLY;
            break;
        case 2:
            o->format = optarg;
            o->seen |= OPT_RUN;
            break;
        case 3:
            o->formats_dir = optarg;
            break;
        case 5:
            o->vorige = optarg;
            o->seen |= OPT_STATUS;
            break;
        case 6:
            if (o->nregistraties >= MG_MAX_REGISTRATIES)
                return usage_error(o->msg_lang, MG_FMT(o->msg_lang, MSG_MAIN_TOO_MANY_REGISTRATIES),
                                   MG_MAX_REGISTRATIES);
            o->registraties[o->nregistraties++] = optarg;
            o->seen |= OPT_STATUS;
            break;
        case 7:
            o->reg_format = optarg;
            o->seen |= OPT_STATUS;
            break;
        case 8: {
            char *end;
            long v;
            errno = 0;
            v = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || v < 0 || v > MAIN_WARN_DAYS_MAX ||
                !isdigit((unsigned char)*optarg))
                return usage_error(o->msg_lang, MG_FMT(o->msg_lang, MSG_MAIN_WARN_DAYS_VALUE), optarg,
                                   MAIN_WARN_DAYS_MAX);
            o->warn_days = (int)v;
            o->seen |= OPT_STATUS;
            break;
        }
        case 4:
            if (strcmp(optarg, "nl") && strcmp(optarg, "en"))
                return usage_error(o->msg_lang, MG_FMT(o->msg_lang, MSG_MAIN_LANG_VALUE), optarg);
            o->lang = optarg;
            break;
        case 'h':
            help = 1;
            break;
        case 'V':
            version = 1;
            break;
        case ':':
            return usage_error(o->msg_lang, MG_FMT(o->msg_lang, MSG_MAIN_NEEDS_VALUE), argv[optind - 1]);
        default:
            return unknown_option(argv[optind - 1], o->msg_lang);
        }
    }
    if (help) {
        fputs(MG_TEXT(o->msg_lang, MSG_MAIN_USAGE), stdout);
        return -1;
    }
    if (version) {
        printf("migrate %s\n", MG_VERSION);
        return -1;
    }
    o->args = argv + optind;
    o->nargs = argc - optind;
    return 0;
}

/* The portfolio argument of run and check; 0 or an exit code. */
static int one_portfolio(mg_options *o)
{
    if (o->nargs < 2)
        return usage_error(o->msg_lang, "%s", MG_TEXT(o->msg_lang, MSG_MAIN_NEED_PORTFOLIO));
    if (o->nargs > 2)
        return usage_error(o->msg_lang, MG_FMT(o->msg_lang, MSG_MAIN_ONE_PORTFOLIO), o->args[2]);
    o->portfolio = o->args[1];
    return 0;
}

/* 0 when the options given apply to command cmd (allowed: the OPT_ bits), else a usage error. */
static int options_apply(const mg_options *o, const char *cmd, unsigned allowed)
{
    if (o->seen & ~allowed)
        return usage_error(o->msg_lang,
                           (allowed & OPT_FORMATS) ? MG_FMT(o->msg_lang, MSG_MAIN_ONLY_LANG_FORMATS_DIR)
                                                   : MG_FMT(o->msg_lang, MSG_MAIN_ONLY_LANG),
                           cmd);
    return 0;
}

/* 0 when no component of the output path before its last is something other than a folder; else an
 * error in lang naming the path and what is wrong with it (exit 73). */
static int check_out_parents(const char *out, mg_lang lang)
{
    char path[MAIN_PATH_MAX];
    size_t len = strlen(out), i;
    pf_info st;
    mg_errinfo ei;

    if (len >= sizeof path)
        return 0;
    memcpy(path, out, len + 1);
    for (i = pf_root_len(path) + 1; i < len; i++) {
        char sep = path[i];
        if (!pf_is_sep(sep) || pf_is_sep(path[i - 1]))
            continue;
        path[i] = '\0';
        if (pf_info_path(path, 1, &st) == 0 && st.kind != PF_FOLDER) {
            return report_error(MG_FAIL(&ei, MG_ERR_OUTPUT, out, 0, MSG_MAIN_OUT_PARENT_FILE, path), &ei,
                                lang);
        }
        path[i] = sep;
    }
    return 0;
}

/* 1 (after saying so) when a stage was interrupted by a signal: the caller frees all, then re-raises it. */
static int interrupted(mg_error err, mg_lang lang)
{
    if (err != MG_ERR_INTERRUPTED)
        return 0;
    fprintf(stderr, "migrate: %s\n", MG_TEXT(lang, MSG_MAIN_INTERRUPTED));
    return 1;
}

/* The run date, portfolio.ini, the catalogues and the letters' layout; 0, or the exit code after the message
 * (what was loaded is left for the caller to free). */
static int load_settings(const mg_options *o, int32_t *today, mg_config *cfg, catalog **cat, lt_layout *lay)
{
    cfg_overrides ov;
    mg_errinfo ei;
    mg_error err;
    int rc = 0;

    memset(&ei, 0, sizeof ei);
    if (run_date(o->msg_lang, today) != 0)
        return EXIT_USAGE;
    ov.format = o->format;
    ov.lang = o->lang;
    err = cfg_load(o->portfolio, *today, &ov, cfg, &ei);
    if (err)
        return report_error(err, &ei, o->lang ? o->msg_lang : cfg->lang);
    *cat = load_catalog(o->formats_dir, cfg->lang, &rc);
    if (!*cat)
        return rc;
    err = lt_layout_load((*cat)->dir, lay, &ei);
    return err ? report_error(err, &ei, cfg->lang) : 0;
}

/* The import file's layout: --format, else portfolio.ini's, else the supplier's, else generiek; NULL with ei
 * filled (MG_ERR_CONFIG) when the catalogue has no such layout. */
static const cat_format *pick_format(const catalog *cat, const mg_config *cfg, const mg_options *o,
                                     mg_errinfo *ei)
{
    const char *name = cfg->format;
    const cat_format *fmt;

    if (!name) {
        const cat_supplier *s = cat_supplier_find(cat, cfg->leverancier, strlen(cfg->leverancier));
        name = s && s->formaat ? s->formaat : "generiek";
    }
    fmt = cat_format_find(cat, name);
    if (!fmt) {
        if (o->format) /* given with --format, not in portfolio.ini */
            MG_FAIL(ei, MG_ERR_CONFIG, NULL, 0, MSG_MAIN_UNKNOWN_FORMAT_OPTION, name);
        else
            MG_FAIL(ei, MG_ERR_CONFIG, cfg->ini_path, 0, MSG_MAIN_UNKNOWN_FORMAT, name);
    }
    return fmt;
}

/* The output options every command shares: the folder, the inputs it must not hold, --force. */
static void output_options(wr_options *wo, const char *outdir, const mg_options *o, const mg_config *cfg)
{
    size_t f;

    memset(wo, 0, sizeof *wo);
    wo->outdir = outdir;
    wo->portfolio = o->portfolio;
    for (f = 0; f < SC_FILE_COUNT && wo->ninputs + 1 < WR_MAX_INPUTS; f++)
        wo->inputs[wo->ninputs++] = cfg->files[f];
    wo->inputs[wo->ninputs++] = cfg->ini_path;
    for (f = 0; f < o->nregistraties && wo->ninputs < WR_MAX_INPUTS; f++)
        wo->inputs[wo->ninputs++] = o->registraties[f];
    wo->force = o->force;
}

/* A new portfolio whose rejected rows' findings and records wait in a temporary file beside the output, not
 * in memory; NULL when out of memory. */
static mg_portfolio *portfolio_for(const char *outdir)
{
    mg_portfolio *p = mg_portfolio_new();
    char spdir[MAIN_PATH_MAX];

    if (!p)
        return NULL;
    sp_parent(outdir, spdir, sizeof spdir);
    p->findings.spool = sp_new(spdir, outdir, SP_CHUNK);
    if (!p->findings.spool) {
        mg_portfolio_free(p);
        return NULL;
    }
    return p;
}

/* The stages before the output: read and validate, resolve, route. */
static mg_error run_stages(const mg_config *cfg, const catalog *cat, int32_t today, mg_portfolio *p,
                           pg_line *pr, mg_errinfo *ei)
{
    mg_error err = va_load(cfg, cat, p, pg_read, pr, ei);

    pg_clear(pr);
    if (!err)
        err = rs_resolve(cfg, cat, today, p);
    if (!err)
        err = ro_route(cfg, cat, p);
    return err;
}

/* The write stage with the progress line; libxlsxwriter's own lines on stderr (on a full disk, say) never
 * reach the user: migrate's message names the failure, the progress line goes to the real stderr meanwhile.
 */
static mg_error write_output(const mg_config *cfg, const catalog *cat, const cat_format *fmt,
                             const mg_portfolio *p, wr_options *wo, pg_line *pr, mg_errinfo *ei)
{
    cap_stderr cap;
    mg_error err;

    wo->progress = pg_write;
    wo->pctx = pr;
    if (cap_begin(&cap) == 0)
        pg_redirect(pr, cap_real_fd(&cap));
    err = wr_output(cfg, cat, fmt, p, wo, ei);
    pg_clear(pr);
    pg_redirect(pr, STDERR_FILENO);
    cap_end(&cap);
    return err;
}

/* The report and the output folder on stdout; 0, or the exit code of a failed write to stdout. */
static int print_report(const char *report, const char *outdir, mg_lang lang)
{
    char *shown = tx_escape_dup(outdir, strlen(outdir), 0);
    mg_errinfo ei;

    fputs(report, stdout);
    printf("\n");
    printf(MG_FMT(lang, MSG_MAIN_OUTPUT), shown ? shown : "?");
    printf("\n");
    free(shown);
    if (fflush(stdout) != 0 || ferror(stdout))
        return report_error(MG_FAIL(&ei, MG_ERR_WRITE, NULL, 0, MSG_MAIN_STDOUT, strerror(errno)), &ei, lang);
    return 0;
}

/* run and check: every stage, then the output folder. */
static int cmd_run(mg_options o, int check)
{
    mg_config cfg;
    catalog *cat = NULL;
    mg_portfolio *p = NULL;
    mg_errinfo ei;
    mg_error err = MG_OK;
    const cat_format *fmt;
    char outdir[MAIN_PATH_MAX];
    char *report = NULL;
    int rc, errors;
    pg_line pr;
    wr_options wo;
    wr_start start;
    rp_run run;
    int32_t today;
    lt_layout lay;
    lt_set *letters = NULL;

    memset(&cfg, 0, sizeof cfg);
    memset(&lay, 0, sizeof lay);
    memset(&ei, 0, sizeof ei);
    pg_init(&pr, o.quiet ? -1 : STDERR_FILENO, o.msg_lang);
    if (o.seen & OPT_STATUS)
        return usage_error(o.msg_lang, MG_FMT(o.msg_lang, MSG_MAIN_ONLY_STATUS), o.args[0]);
    rc = one_portfolio(&o);
    if (rc)
        return rc;
    if (check)
        o.dry_run = 1;
    rc = load_settings(&o, &today, &cfg, &cat, &lay);
    if (rc)
        goto done;
    pr.lang = cfg.lang;
    /* A dry run writes its review next to the full run's output, never over it. */
    if (o.output)
        snprintf(outdir, sizeof outdir, "%s", o.output);
    else
        snprintf(outdir, sizeof outdir, "%s/%s", o.portfolio, o.dry_run ? "controle" : "uitvoer");
    output_options(&wo, outdir, &o, &cfg);
    wo.dry_run = o.dry_run;
    rc = check_out_parents(outdir, cfg.lang);
    if (rc)
        goto done;
    err = wr_check_outdir(&wo, &start, &ei);
    if (err) {
        rc = report_error(err, &ei, cfg.lang);
        goto done;
    }
    fmt = pick_format(cat, &cfg, &o, &ei);
    if (!fmt) {
        rc = report_error(MG_ERR_CONFIG, &ei, cfg.lang);
        goto done;
    }
    p = portfolio_for(outdir);
    if (!p) {
        err = MG_ERR_NOMEM;
        goto fail;
    }
    err = run_stages(&cfg, cat, today, p, &pr, &ei);
    if (!err)
        err = ro_check_ledger(p, &ei);
    if (!err)
        err = lt_prepare(&cfg, cat, &lay, p, p->requests, p->nrequests, LT_DIR, &letters, &ei);
    if (err)
        goto fail;
    fd_sort(&p->findings);
    if (!o.quiet && (err = print_findings(p, cfg.lang, cfg.ini_path, &ei)) != MG_OK)
        goto fail;
    if (p->blocking && !o.dry_run) {
        rc = report_error(MG_FAIL(&ei, MG_ERR_DATA, cfg.ini_path, 0, MSG_MAIN_BLOCKING), &ei, cfg.lang);
        goto done;
    }
    errors = fd_count_severity(&p->findings, FD_FOUT) > 0;
    run.dry_run = o.dry_run;
    run.strict = o.strict;
    run.format = fmt->naam;
    run.version = MG_VERSION;
    report = rp_build(&cfg, p, &run);
    if (!report) {
        err = MG_ERR_NOMEM;
        goto fail;
    }
    wo.start = &start;
    wo.import_files = !(o.strict && errors);
    wo.report = report;
    wo.letters = letters;
    err = write_output(&cfg, cat, fmt, p, &wo, &pr, &ei);
    if (err)
        goto fail;
    rc = print_report(report, outdir, cfg.lang);
    if (rc)
        goto done;
    rc = (errors || p->blocking) ? (p->blocking ? EXIT_DATAERR : EXIT_REJECTED) : EXIT_DONE;
    goto done;
fail:
    if (err == MG_ERR_NOMEM && !ei.msg[LANG_NL][0])
        MG_FAIL(&ei, err, NULL, 0, MSG_OUT_OF_MEMORY);
    rc = interrupted(err, cfg.lang) ? EXIT_SOFTWARE : report_error(err, &ei, cfg.lang);
done:
    free(report);
    lt_free(letters);
    lt_layout_clear(&lay);
    mg_portfolio_free(p);
    cat_free(cat);
    cfg_clear(&cfg);
    if (err == MG_ERR_INTERRUPTED)
        pf_signal_reraise(); /* everything freed: end as the signal would have */
    return rc;
}

/* 1 if paths a and b name the same folder. */
static int same_folder(const char *a, const char *b)
{
    pf_info sa, sb;

    return pf_info_path(a, 1, &sa) == 0 && pf_info_path(b, 1, &sb) == 0 && sa.dev == sb.dev &&
           sa.ino == sb.ino;
}

/* status: where the migration stands, from the portfolio, an earlier output and the supplier's exports. */
static int cmd_status(mg_options o)
{
    mg_config cfg;
    catalog *cat = NULL;
    mg_portfolio *p = NULL;
    mg_errinfo ei;
    mg_error err = MG_OK;
    const cat_format *fmt;
    char outdir[MAIN_PATH_MAX];
    char *report = NULL;
    int rc, errors;
    pg_line pr;
    wr_options wo;
    wr_start start;
    int32_t today;
    size_t f;
    pr_list prior = {0};
    rg_list regs = {0};
    rg_layout *layout = NULL;
    st_result st;
    st_input in;
    mg_request *delta = NULL;
    size_t ndelta = 0;
    uint64_t *registered = NULL;
    mg_portfolio dp;
    tb_status_ctx sc;
    rp_status rs;
    lt_layout lay;
    lt_set *letters = NULL;

    memset(&cfg, 0, sizeof cfg);
    memset(&lay, 0, sizeof lay);
    memset(&ei, 0, sizeof ei);
    memset(&st, 0, sizeof st);
    pg_init(&pr, o.quiet ? -1 : STDERR_FILENO, o.msg_lang);
    if (o.seen & OPT_RUNONLY)
        return usage_error(o.msg_lang, "%s", MG_TEXT(o.msg_lang, MSG_MAIN_NOT_WITH_STATUS));
    rc = one_portfolio(&o);
    if (rc)
        return rc;
    if (!o.vorige)
        return usage_error(o.msg_lang, "%s", MG_TEXT(o.msg_lang, MSG_MAIN_NEED_VORIGE));
    rc = load_settings(&o, &today, &cfg, &cat, &lay);
    if (rc)
        goto done;
    cfg.start_in_past = 0; /* weeks after the run it has passed; a status run's requests start today then */
    pr.lang = cfg.lang;
    if (o.output) {
        snprintf(outdir, sizeof outdir, "%s", o.output);
    } else {
        char iso[11];
        id_format_iso(today, iso);
        snprintf(outdir, sizeof outdir, "%s/status-%s", o.portfolio, iso);
    }
    output_options(&wo, outdir, &o, &cfg);
    rc = check_out_parents(outdir, cfg.lang);
    if (rc)
        goto done;
    if (same_folder(outdir, o.vorige)) {
        rc = report_error(MG_FAIL(&ei, MG_ERR_OUTPUT, outdir, 0, MSG_MAIN_OUT_IS_VORIGE), &ei, cfg.lang);
        goto done;
    }
    err = wr_check_outdir(&wo, &start, &ei);
    if (err) {
        rc = report_error(err, &ei, cfg.lang);
        goto done;
    }
    fmt = pick_format(cat, &cfg, &o, &ei);
    if (!fmt) {
        rc = report_error(MG_ERR_CONFIG, &ei, cfg.lang);
        goto done;
    }
    err = rg_layout_load(cat->dir, o.reg_format ? o.reg_format : MAIN_REG_FORMAT, &layout, &ei);
    if (err) {
        rc = report_error(err, &ei, cfg.lang);
        goto done;
    }
    p = portfolio_for(outdir);
    if (!p) {
        err = MG_ERR_NOMEM;
        goto fail;
    }
    err = run_stages(&cfg, cat, today, p, &pr, &ei);
    if (!err)
        err = pr_load(o.vorige, cat, p->pool, &prior, &ei);
    for (f = 0; !err && f < o.nregistraties; f++)
        err = rg_read(o.registraties[f], MG_FILE_REG0 + (int)f, layout, cat, &cfg, p, &regs, &ei);
    if (err)
        goto fail;
    memset(&in, 0, sizeof in);
    in.cfg = &cfg;
    in.cat = cat;
    in.p = p;
    in.prior = prior.v;
    in.nprior = prior.n;
    in.regs = regs.v;
    in.nregs = regs.n;
    in.have_regs = o.nregistraties > 0;
    in.today = today;
    in.warn_days = o.warn_days >= 0 ? o.warn_days : MAIN_WARN_DAYS;
    err = st_compute(&in, &st, &p->findings, p->pool);
    if (err)
        goto fail;
    for (f = 0; f < regs.n; f++)
        if (st.superseded[f])
            mg_ledger_set(p, regs.v[f].file, regs.v[f].row, OC_DUBBEL, FD_REGISTRATION_SUPERSEDED);
    err = ro_check_ledger(p, &ei);
    if (!err)
        err = st_delta(&in, &st, &delta, &ndelta);
    if (!err && !(registered = st_registered_masks(&in, &st)))
        err = MG_ERR_NOMEM;
    if (!err)
        err = lt_prepare(&cfg, cat, &lay, p, delta, ndelta, LT_DIR_STATUS, &letters, &ei);
    if (err)
        goto fail;
    fd_sort(&p->findings);
    if (!o.quiet && (err = print_findings(p, cfg.lang, cfg.ini_path, &ei)) != MG_OK)
        goto fail;
    if (p->blocking) {
        rc = report_error(MG_FAIL(&ei, MG_ERR_DATA, cfg.ini_path, 0, MSG_MAIN_BLOCKING), &ei, cfg.lang);
        goto done;
    }
    errors = fd_count_severity(&p->findings, FD_FOUT) > 0;
    rs.version = MG_VERSION;
    rs.vorige = o.vorige;
    rs.st = &st;
    rs.ndelta = ndelta;
    rs.today = today;
    rs.warn_days = in.warn_days;
    report = rp_build_status(&cfg, p, &rs);
    if (!report) {
        err = MG_ERR_NOMEM;
        goto fail;
    }
    dp = *p; /* the delta requests in place of the portfolio's own, for aanvulling/ */
    dp.requests = delta;
    dp.nrequests = ndelta;
    sc.st = &st;
    sc.registered = registered;
    sc.today = today;
    wo.start = &start;
    wo.import_files = 1;
    wo.report = report;
    wo.status = &sc;
    wo.delta = &dp;
    wo.warn_days = in.warn_days;
    wo.letters = letters;
    err = write_output(&cfg, cat, fmt, p, &wo, &pr, &ei);
    if (err)
        goto fail;
    rc = print_report(report, outdir, cfg.lang);
    if (rc)
        goto done;
    rc = errors ? EXIT_REJECTED : EXIT_DONE;
    goto done;
fail:
    if (err == MG_ERR_NOMEM && !ei.msg[LANG_NL][0])
        MG_FAIL(&ei, err, NULL, 0, MSG_OUT_OF_MEMORY);
    rc = interrupted(err, cfg.lang) ? EXIT_SOFTWARE : report_error(err, &ei, cfg.lang);
done:
    free(report);
    lt_free(letters);
    lt_layout_clear(&lay);
    free(delta);
    free(registered);
    st_result_clear(&st);
    pr_list_clear(&prior);
    rg_list_clear(&regs);
    rg_layout_free(layout);
    mg_portfolio_free(p);
    cat_free(cat);
    cfg_clear(&cfg);
    if (err == MG_ERR_INTERRUPTED)
        pf_signal_reraise(); /* everything freed: end as the signal would have */
    return rc;
}

/* explain CODE: the finding's severity, message and what to do, in the chosen language. */
static int cmd_explain(const mg_options *o)
{
    fd_code code;
    const fd_def *d;
    const char *hint;
    mg_lang lang = o->msg_lang;
    int i, rc = options_apply(o, "explain", 0);

    if (rc)
        return rc;
    if (o->nargs < 2) {
        for (i = 1; i < FD_COUNT; i++) {
            d = fd_def_get((fd_code)i);
            printf("%-24s %-13s %s\n", d->code, fd_severity_name(d->severity, lang),
                   lang == LANG_EN ? d->msg_en : d->msg_nl);
        }
        return EXIT_DONE;
    }
    if (o->nargs > 2)
        return usage_error(lang, MG_FMT(lang, MSG_MAIN_EXPLAIN_ONE), o->args[2]);
    code = lookup_code(o->args[1]);
    if (code == FD_NONE) {
        hint = suggest_code(o->args[1]);
        if (hint)
            return usage_error(lang, MG_FMT(lang, MSG_MAIN_UNKNOWN_CODE_HINT), o->args[1], hint);
        return usage_error(lang, MG_FMT(lang, MSG_MAIN_UNKNOWN_CODE), o->args[1]);
    }
    d = fd_def_get(code);
    printf("%s — %s%s%s\n\n", d->code, fd_severity_name(d->severity, lang), d->blocking ? " " : "",
           d->blocking ? MG_TEXT(lang, MSG_MAIN_BLOCKING_TAG) : "");
    printf("%s\n\n%s\n", lang == LANG_EN ? d->msg_en : d->msg_nl,
           lang == LANG_EN ? d->explain_en : d->explain_nl);
    return EXIT_DONE;
}

/* The request channel of a supplier in words of a language. */
static const char *portal_words(cat_portal p, mg_lang lang)
{
    switch (p) {
    case CAT_PORTAAL_ZELFDE:
        return MG_TEXT(lang, MSG_MAIN_FORMATS_PORTAAL_ZELFDE);
    case CAT_PORTAAL_ALLE:
        return MG_TEXT(lang, MSG_MAIN_FORMATS_PORTAAL_ALLE);
    case CAT_PORTAAL_GEEN:
        return MG_TEXT(lang, MSG_MAIN_FORMATS_PORTAAL_GEEN);
    case CAT_PORTAAL_ONBEKEND:
        return MG_TEXT(lang, MSG_MAIN_FORMATS_PORTAAL_ONBEKEND);
    }
    return cat_portal_name(p);
}

/* formats: a supplier's request channel, process, attachments and sources, one indented line each. */
static void print_supplier_channel(const cat_supplier *s, mg_lang lang)
{
    size_t k;

    printf("      %s %s\n", MG_TEXT(lang, MSG_MAIN_FORMATS_CHANNEL), portal_words(s->portaal_voor, lang));
    if (s->proces)
        printf("      %s %s\n", MG_TEXT(lang, MSG_MAIN_FORMATS_PROCES), s->proces);
    if (s->bijlagen)
        printf("      %s %s\n", MG_TEXT(lang, MSG_MAIN_FORMATS_BIJLAGEN), s->bijlagen);
    for (k = 0; k < s->nbronnen; k++)
        printf("      %s %s\n", MG_TEXT(lang, MSG_MAIN_FORMATS_BRON), s->bronnen[k]);
}

/* formats: the catalogues as loaded. */
static int cmd_formats(const mg_options *o)
{
    catalog *cat;
    size_t i, k;
    char real[PF_PATH_MAX];
    mg_lang lang = o->msg_lang;
    int rc = options_apply(o, "formats", OPT_FORMATS);

    if (rc)
        return rc;
    if (o->nargs > 1)
        return usage_error(lang, MG_FMT(lang, MSG_MAIN_FORMATS_ARGS), o->args[1]);
    cat = load_catalog(o->formats_dir, lang, &rc);
    if (!cat)
        return rc;
    printf(MG_FMT(lang, MSG_MAIN_FORMATS_CATALOGUES), pf_realpath(cat->dir, real) ? real : cat->dir);
    printf("\n\n%s\n", MG_TEXT(lang, MSG_MAIN_FORMATS_SERVICES));
    for (i = 0; i < cat->nservices; i++) {
        const cat_service *s = &cat->services[i];
        printf("  %-22s %s%s%s%s%s\n", s->code, s->naam, s->erd ? "  [ERD:" : "",
               (s->erd & CAT_ERD_ZW) ? " ZW" : "", (s->erd & CAT_ERD_WGA) ? " WGA" : "",
               s->erd ? ((s->erd & CAT_ERD_WW) ? " WW]" : "]") : "");
    }
    printf("\n%s\n", MG_TEXT(lang, MSG_MAIN_FORMATS_SUPPLIERS));
    for (i = 0; i < cat->nsuppliers; i++) {
        const cat_supplier *s = &cat->suppliers[i];
        printf("  ");
        printf(MG_FMT(lang, MSG_MAIN_FORMATS_SUPPLIER), s->naam,
               s->chain_eh3 ? MG_TEXT(lang, MSG_MAIN_YES) : MG_TEXT(lang, MSG_MAIN_NO), s->formaat);
        for (k = 0; k < s->naliases; k++)
            if (k)
                printf(", %s", s->aliases[k]);
            else
                printf("  %s %s", MG_TEXT(lang, MSG_MAIN_FORMATS_ALIASES), s->aliases[k]);
        printf("\n");
        print_supplier_channel(s, lang);
    }
    printf("\n%s\n", MG_TEXT(lang, MSG_MAIN_FORMATS_OUTPUTS));
    for (i = 0; i < cat->nformats; i++)
        printf("  %-14s %s\n", cat->formats[i].naam,
               cat->formats[i].beschrijving ? cat->formats[i].beschrijving : "");
    cat_free(cat);
    if (fflush(stdout) != 0)
        return EXIT_IOERR;
    return EXIT_DONE;
}

/* A usage error for an unknown command: a suggestion when one is close, the run hint for a folder. */
static int unknown_command(const char *word, mg_lang lang)
{
    pf_info st;
    const char *hint = suggest(word, commands, sizeof commands / sizeof *commands);

    if (hint)
        return usage_error(lang, MG_FMT(lang, MSG_MAIN_UNKNOWN_COMMAND_HINT), word, hint);
    if (pf_info_path(word, 1, &st) == 0 && st.kind == PF_FOLDER)
        return usage_error(lang, MG_FMT(lang, MSG_MAIN_UNKNOWN_COMMAND_DIR), word, word);
    return usage_error(lang, MG_FMT(lang, MSG_MAIN_UNKNOWN_COMMAND), word);
}

/* Parse the command line and run the command. */
int main(int argc, char **argv)
{
    mg_options o;
    int rc;

    pf_memory_init();   /* large blocks go back to the system when freed */
    pf_private_files(); /* outputs hold personal data: folders 0700, files 0600 */
    pf_signals_install();
    memset(&o, 0, sizeof o);
    o.warn_days = -1;
    rc = parse_options(argc, argv, &o);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    if (o.nargs < 1)
        return usage_error(o.msg_lang, "%s", MG_TEXT(o.msg_lang, MSG_MAIN_NEED_COMMAND));
    if (!strcmp(o.args[0], "run"))
        return cmd_run(o, 0);
    if (!strcmp(o.args[0], "check"))
        return cmd_run(o, 1);
    if (!strcmp(o.args[0], "status"))
        return cmd_status(o);
    if (!strcmp(o.args[0], "explain"))
        return cmd_explain(&o);
    if (!strcmp(o.args[0], "formats"))
        return cmd_formats(&o);
    return unknown_command(o.args[0], o.msg_lang);
}
