/* main.c — the migrate command line: options, the stages in order, messages and exit codes. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "catalog.h"
#include "config.h"
#include "error.h"
#include "findings.h"
#include "ident.h"
#include "model.h"
#include "report.h"
#include "resolve.h"
#include "route.h"
#include "signals.h"
#include "spool.h"
#include "text.h"
#include "validate.h"
#include "write.h"

#define MG_VERSION "0.1.0"

/* Exit codes (SPEC §7). */
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

/* Options of run and check. */
typedef struct mg_options {
    const char *output;
    const char *format;
    const char *formats_dir;
    const char *lang;
    int force, dry_run, strict, quiet;
    const char *portfolio;
} mg_options;

/* Progress state for the terminal line. */
typedef struct mg_progress {
    int tty;
    struct timespec start;
    int shown;
} mg_progress;

static const char usage_text[] =
    "Usage: migrate run [options] PORTFOLIO     the full run\n"
    "       migrate check [options] PORTFOLIO   a dry run: only overzicht.xlsx and rapport.txt, in\n"
    "                                           PORTFOLIO/controle\n"
    "       migrate explain [CODE]              what a finding means and what to do (no CODE: all codes)\n"
    "       migrate formats                     the services, suppliers and output formats known\n"
    "       migrate --help | --version\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR      output folder (default PORTFOLIO/uitvoer; dry run PORTFOLIO/controle)\n"
    "  -f, --force           replace an earlier output of migrate: a folder whose SHA256SUMS lists\n"
    "                        every file in it (anything else there is refused, never deleted)\n"
    "  -n, --dry-run         write only the review (overzicht.xlsx, rapport.txt)\n"
    "      --strict          any error finding: exit 1 and no import files\n"
    "      --format NAME     output format of the beheermodule import file\n"
    "      --formats-dir DIR folder with the catalogues and layouts\n"
    "      --lang nl|en      language of reports and messages\n"
    "  -q, --quiet           no findings on stderr\n"
    "  -h, --help            this text\n"
    "  -V, --version         the version\n"
    "\n"
    "Exit codes: 0 done, 1 records rejected, 2 usage, 65 blocking data or configuration error,\n"
    "66 input missing, 70 internal error, 73 cannot create output, 74 I/O error while writing.\n"
    "\n"
    "Environment: SOURCE_DATE_EPOCH (whole seconds, years 1900-9999) is the run date.\n";

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

/* Print one line on stderr with control, bidi and zero-width characters escaped (\x1b): data never drives
 * the terminal. */
__attribute__((format(printf, 1, 2))) static void err_line(const char *fmt, ...)
{
    char line[MAIN_LINE_MAX], out[TX_ESCAPED_MAX(MAIN_LINE_MAX)];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    tx_escape(line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1, 0, out);
    fprintf(stderr, "%s\n", out);
}

/* Print a stage error as `migrate: FILE:LINE: error: message` and return its exit code. */
static int report_error(mg_error err, const mg_errinfo *ei)
{
    const char *msg = ei->msg[0] ? ei->msg : mg_strerror(err);

    if (ei->file[0] && ei->line > 0)
        err_line("migrate: %s:%ld: error: %s", ei->file, ei->line, msg);
    else if (ei->file[0])
        err_line("migrate: %s: error: %s", ei->file, msg);
    else
        err_line("migrate: error: %s", msg);
    return exit_code(err);
}

/* A usage error: one line and a hint. */
static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "migrate: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'migrate --help' for more information.\n");
    return EXIT_USAGE;
}

/* The range of SOURCE_DATE_EPOCH: 1900-01-01 00:00:00 to 9999-12-31 23:59:59 UTC, so that every date the
 * run shows or computes from it has four digits. */
#define SDE_MIN (-2208988800LL)
#define SDE_MAX 253402300799LL

/* The run date: SOURCE_DATE_EPOCH when set (reproducible runs), else today; -1 (after a usage message) if
 * SOURCE_DATE_EPOCH is not a whole number of seconds between the years 1900 and 9999. */
static int run_date(int32_t *today)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t t;
    struct tm tm;

    if (sde && *sde) {
        const char *q = sde + (*sde == '-');
        long long v = 0;
        int neg = *sde == '-';
        if (!*q || strspn(q, "0123456789") != strlen(q)) {
            usage_error("SOURCE_DATE_EPOCH='%s' is not a whole number of seconds since 1970-01-01", sde);
            return -1;
        }
        for (; *q && v <= SDE_MAX; q++) /* stops before it could overflow */
            v = v * 10 + (*q - '0');
        if (neg)
            v = -v;
        if (*q || v < SDE_MIN || v > SDE_MAX) {
            usage_error("SOURCE_DATE_EPOCH='%s' is outside the years 1900 to 9999", sde);
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
    struct stat st;
    int n = snprintf(path, sizeof path, "%s/diensten.ini", dir);

    if (n < 0 || (size_t)n >= sizeof path)
        return 0;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Find formats/: --formats-dir, $MIGRATE_FORMATS_DIR, PREFIX/share/migrate/formats, or the source tree. */
static const char *find_formats(const char *given, char *buf, size_t size)
{
    char exe[MAIN_PATH_MAX];
    ssize_t n;
    char *slash;
    const char *env = getenv("MIGRATE_FORMATS_DIR");

    if (given)
        return given;
    if (env && *env)
        return env;
    n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            int k = snprintf(buf, size, "%s/../share/migrate/formats", exe);
            if (k > 0 && (size_t)k < size && formats_dir_ok(buf))
                return buf;
            k = snprintf(buf, size, "%s/../formats", exe);
            if (k > 0 && (size_t)k < size && formats_dir_ok(buf))
                return buf;
        }
    }
    return "formats";
}

/* Load the catalogues, printing an error; NULL on failure with *rc set. */
static catalog *load_catalog(const char *given, int *rc)
{
    char buf[MAIN_PATH_MAX];
    const char *dir = find_formats(given, buf, sizeof buf);
    catalog *cat = NULL;
    mg_errinfo ei;
    mg_error err;

    memset(&ei, 0, sizeof ei);
    if (!formats_dir_ok(dir)) {
        fprintf(stderr,
                "migrate: %s: error: no catalogues here (diensten.ini missing); use --formats-dir DIR\n",
                dir);
        *rc = EXIT_NOINPUT;
        return NULL;
    }
    err = cat_load(dir, &cat, &ei);
    if (err) {
        *rc = report_error(err, &ei);
        return NULL;
    }
    return cat;
}

/* Progress callback: a line on a terminal once the run takes over a second. */
static void progress(void *ctx, const char *stage, size_t rows)
{
    mg_progress *pr = ctx;
    struct timespec now;
    double el;

    if (!pr->tty)
        return;
    clock_gettime(CLOCK_MONOTONIC, &now);
    el = (double)(now.tv_sec - pr->start.tv_sec) + (double)(now.tv_nsec - pr->start.tv_nsec) / 1e9;
    if (el < 1.0)
        return;
    fprintf(stderr, "\rmigrate: %s: %zu rows read   ", stage, rows);
    pr->shown = 1;
}

/* Print findings on stderr: errors and warnings, at most MAX_PER_CODE per code. */
static mg_error print_findings(const mg_portfolio *p, int english, const char *ini_path, mg_errinfo *ei)
{
    size_t shown[FD_COUNT] = {0}, i;
    char msg[2048];
    fd_iter it;
    const finding *f;
    mg_error err = fd_iter_begin(&it, &p->findings, ei);

    while (!err && !(err = fd_iter_next(&it, &f, ei)) && f) {
        const char *file;
        if (f->severity == FD_INFO)
            continue;
        if (shown[f->code]++ >= MAX_PER_CODE)
            continue;
        file = f->file >= 0 && f->file < SC_FILE_COUNT ? p->files[f->file].path
               : f->file == FD_FILE_INI                ? ini_path
                                                       : NULL;
        fd_format(f, english, msg, sizeof msg);
        if (file && f->line > 0)
            err_line("migrate: %s:%ld: %s: %s: %s", file, f->line,
                     f->severity == FD_FOUT ? "error" : "warning", fd_def_get(f->code)->code, msg);
        else if (file)
            err_line("migrate: %s: %s: %s: %s", file, f->severity == FD_FOUT ? "error" : "warning",
                     fd_def_get(f->code)->code, msg);
        else
            err_line("migrate: %s: %s: %s", f->severity == FD_FOUT ? "error" : "warning",
                     fd_def_get(f->code)->code, msg);
    }
    fd_iter_end(&it);
    if (err)
        return err;
    for (i = 1; i < FD_COUNT; i++)
        if (shown[i] > MAX_PER_CODE)
            fprintf(stderr,
                    english ? "migrate: %zu more %s findings: see afwijzingen.csv and overzicht.xlsx\n"
                            : "migrate: nog %zu bevindingen %s: zie afwijzingen.csv en overzicht.xlsx\n",
                    shown[i] - MAX_PER_CODE, fd_def_get((fd_code)i)->code);
    return MG_OK;
}

/* Parse run/check options (GNU style: options may follow the portfolio). */
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
                                             {"help", no_argument, NULL, 'h'},
                                             {"version", no_argument, NULL, 'V'},
                                             {NULL, 0, NULL, 0}};
    int ch;

    opterr = 0;
    optind = 1;
    while ((ch = getopt_long(argc, argv, ":o:fnqhV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'o':
            o->output = optarg;
            break;
        case 'f':
            o->force = 1;
            break;
        case 'n':
            o->dry_run = 1;
            break;
        case 'q':
            o->quiet = 1;
            break;
        case 1:
            o->strict = 1;
            break;
        case 2:
            o->format = optarg;
            break;
        case 3:
            o->formats_dir = optarg;
            break;
        case 4:
            if (strcmp(optarg, "nl") && strcmp(optarg, "en"))
                return usage_error("--lang takes nl or en, not '%s'", optarg);
            o->lang = optarg;
            break;
        case 'h':
            fputs(usage_text, stdout);
            return -1;
        case 'V':
            printf("migrate %s\n", MG_VERSION);
            return -1;
        case ':':
            return usage_error("option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return usage_error("%s", "a PORTFOLIO folder is needed");
    if (optind + 1 < argc)
        return usage_error("one PORTFOLIO folder only; unexpected '%s'", argv[optind + 1]);
    o->portfolio = argv[optind];
    return 0;
}

/* run and check: every stage, then the output folder. */
static int cmd_run(int argc, char **argv, int check)
{
    mg_options o;
    mg_config cfg;
    cfg_overrides ov;
    catalog *cat = NULL;
    mg_portfolio *p = NULL;
    mg_errinfo ei;
    mg_error err = MG_OK;
    const cat_format *fmt;
    const char *fmtname;
    char outdir[MAIN_PATH_MAX];
    char *report = NULL;
    int rc, errors;
    mg_progress pr;
    wr_options wo;
    wr_start start;
    rp_run run;
    int32_t today;
    int f;

    memset(&o, 0, sizeof o);
    memset(&cfg, 0, sizeof cfg);
    memset(&ei, 0, sizeof ei);
    memset(&pr, 0, sizeof pr);
    rc = parse_options(argc, argv, &o);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    if (check)
        o.dry_run = 1;
    if (run_date(&today) != 0)
        return EXIT_USAGE;
    pr.tty = isatty(STDERR_FILENO) && !o.quiet;
    clock_gettime(CLOCK_MONOTONIC, &pr.start);
    ov.format = o.format;
    ov.lang = o.lang;
    err = cfg_load(o.portfolio, today, &ov, &cfg, &ei);
    if (err) {
        rc = report_error(err, &ei);
        goto done;
    }
    cat = load_catalog(o.formats_dir, &rc);
    if (!cat)
        goto done;
    /* A dry run writes its review next to the full run's output, never over it. */
    if (o.output)
        snprintf(outdir, sizeof outdir, "%s", o.output);
    else
        snprintf(outdir, sizeof outdir, "%s/%s", o.portfolio, o.dry_run ? "controle" : "uitvoer");
    memset(&wo, 0, sizeof wo);
    wo.outdir = outdir;
    wo.portfolio = o.portfolio;
    for (f = 0; f < SC_FILE_COUNT && wo.ninputs + 1 < WR_MAX_INPUTS; f++)
        wo.inputs[wo.ninputs++] = cfg.files[f];
    wo.inputs[wo.ninputs++] = cfg.ini_path;
    wo.force = o.force;
    wo.dry_run = o.dry_run;
    err = wr_check_outdir(&wo, &start, &ei);
    if (err) {
        rc = report_error(err, &ei);
        goto done;
    }
    fmtname = cfg.format;
    if (!fmtname) {
        const cat_supplier *s = cat_supplier_find(cat, cfg.leverancier, strlen(cfg.leverancier));
        fmtname = s && s->formaat ? s->formaat : "generiek";
    }
    fmt = cat_format_find(cat, fmtname);
    if (!fmt) {
        fprintf(stderr, "migrate: %s: error: unknown output format '%s'; see `migrate formats`\n",
                cfg.ini_path, fmtname);
        rc = EXIT_DATAERR;
        goto done;
    }
    p = mg_portfolio_new();
    if (!p) {
        err = MG_ERR_NOMEM;
        goto fail;
    }
    /* Rejected rows' findings and records wait in a temporary file beside the output, not in memory. */
    {
        char spdir[MAIN_PATH_MAX];
        sp_parent(outdir, spdir, sizeof spdir);
        p->findings.spool = sp_new(spdir, outdir, SP_CHUNK);
        if (!p->findings.spool) {
            err = MG_ERR_NOMEM;
            goto fail;
        }
    }
    err = va_load(&cfg, cat, p, progress, &pr, &ei);
    if (pr.shown)
        fputc('\n', stderr);
    if (!err)
        err = rs_resolve(&cfg, cat, today, p);
    if (!err)
        err = ro_route(&cfg, cat, p);
    if (!err)
        err = ro_check_ledger(p, &ei);
    if (err)
        goto fail;
    fd_sort(&p->findings);
    if (!o.quiet && (err = print_findings(p, cfg.english, cfg.ini_path, &ei)) != MG_OK)
        goto fail;
    if (p->blocking && !o.dry_run) {
        fprintf(stderr,
                cfg.english
                    ? "migrate: %s: error: blocking findings in the intermediary settings; nothing written\n"
                    : "migrate: %s: error: blokkerende bevindingen in de instellingen van de intermediair; "
                      "niets geschreven\n",
                cfg.ini_path);
        rc = EXIT_DATAERR;
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
    err = wr_output(&cfg, cat, fmt, p, &wo, &ei);
    if (err)
        goto fail;
    fputs(report, stdout);
    {
        char *shown = tx_escape_dup(outdir, strlen(outdir), 0);
        printf(cfg.english ? "\nOutput: %s\n" : "\nUitvoer: %s\n", shown ? shown : "?");
        free(shown);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "migrate: error: cannot write to standard output: %s\n", strerror(errno));
        rc = EXIT_IOERR;
        goto done;
    }
    rc = (errors || p->blocking) ? (p->blocking ? EXIT_DATAERR : EXIT_REJECTED) : EXIT_DONE;
    goto done;
fail:
    if (err == MG_ERR_NOMEM && !ei.msg[0])
        snprintf(ei.msg, sizeof ei.msg, "out of memory");
    if (err == MG_ERR_INTERRUPTED) {
        fprintf(stderr, "migrate: interrupted; nothing written, the previous output is unchanged\n");
        free(report);
        mg_portfolio_free(p);
        cat_free(cat);
        cfg_clear(&cfg);
        sg_reraise();
        return EXIT_SOFTWARE;
    }
    rc = report_error(err, &ei);
done:
    free(report);
    mg_portfolio_free(p);
    cat_free(cat);
    cfg_clear(&cfg);
    return rc;
}

/* explain CODE: the finding's severity, message and what to do, in both languages. */
static int cmd_explain(int argc, char **argv)
{
    fd_code code;
    const fd_def *d;
    int i;

    if (argc < 2) {
        for (i = 1; i < FD_COUNT; i++) {
            d = fd_def_get((fd_code)i);
            printf("%-24s %-13s %s\n", d->code, fd_severity_name(d->severity, 0), d->msg_nl);
        }
        return EXIT_DONE;
    }
    if (argc > 2)
        return usage_error("explain takes one CODE; unexpected '%s'", argv[2]);
    code = fd_lookup(argv[1]);
    if (code == FD_NONE)
        return usage_error("unknown finding code '%s'; `migrate explain` lists them", argv[1]);
    d = fd_def_get(code);
    printf("%s — %s / %s%s\n\n", d->code, fd_severity_name(d->severity, 0), fd_severity_name(d->severity, 1),
           d->blocking ? " (blokkerend / blocking)" : "");
    printf("%s\n\n%s\n\n%s\n\n%s\n", d->msg_nl, d->explain_nl, d->msg_en, d->explain_en);
    return EXIT_DONE;
}

/* formats: the catalogues as loaded. */
static int cmd_formats(int argc, char **argv)
{
    const char *dir = NULL;
    catalog *cat;
    size_t i, k;
    int rc = EXIT_DONE;

    for (i = 1; i < (size_t)argc; i++) {
        if (!strcmp(argv[i], "--formats-dir") && i + 1 < (size_t)argc)
            dir = argv[++i];
        else if (!strncmp(argv[i], "--formats-dir=", 14))
            dir = argv[i] + 14;
        else
            return usage_error("formats takes only --formats-dir DIR; unexpected '%s'", argv[i]);
    }
    cat = load_catalog(dir, &rc);
    if (!cat)
        return rc;
    printf("Catalogues: %s\n\nServices (diensten.ini)\n", cat->dir);
    for (i = 0; i < cat->nservices; i++) {
        const cat_service *s = &cat->services[i];
        printf("  %-22s %s%s%s%s%s\n", s->code, s->naam, s->erd ? "  [ERD:" : "",
               (s->erd & CAT_ERD_ZW) ? " ZW" : "", (s->erd & CAT_ERD_WGA) ? " WGA" : "",
               s->erd ? ((s->erd & CAT_ERD_WW) ? " WW]" : "]") : "");
    }
    printf("\nSuppliers (leveranciers.ini)\n");
    for (i = 0; i < cat->nsuppliers; i++) {
        const cat_supplier *s = &cat->suppliers[i];
        printf("  %-14s ketenmachtiging EH3: %-3s  format: %s", s->naam, s->chain_eh3 ? "ja" : "nee",
               s->formaat);
        for (k = 0; k < s->naliases; k++)
            printf("%s%s", k ? ", " : "  aliases: ", s->aliases[k]);
        printf("\n");
    }
    printf("\nOutput formats (uitvoer/)\n");
    for (i = 0; i < cat->nformats; i++)
        printf("  %-14s %s\n", cat->formats[i].naam,
               cat->formats[i].beschrijving ? cat->formats[i].beschrijving : "");
    cat_free(cat);
    if (fflush(stdout) != 0)
        return EXIT_IOERR;
    return EXIT_DONE;
}

/* Dispatch the subcommand. */
int main(int argc, char **argv)
{
    umask(077); /* outputs hold personal data: folders 0700, files 0600 */
    sg_install();
    if (argc < 2)
        return usage_error("%s", "a command is needed: run, check, explain or formats");
    if (!strcmp(argv[1], "run"))
        return cmd_run(argc - 1, argv + 1, 0);
    if (!strcmp(argv[1], "check"))
        return cmd_run(argc - 1, argv + 1, 1);
    if (!strcmp(argv[1], "explain"))
        return cmd_explain(argc - 1, argv + 1);
    if (!strcmp(argv[1], "formats"))
        return cmd_formats(argc - 1, argv + 1);
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(usage_text, stdout);
        return EXIT_DONE;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
        printf("migrate %s\n", MG_VERSION);
        return EXIT_DONE;
    }
    return usage_error("unknown command '%s'", argv[1]);
}
