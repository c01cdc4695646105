/* write.c — stage 5: every output file, written into a temporary folder that is renamed into place. */
#include "write.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csvout.h"
#include "ident.h"
#include "report.h"
#include "route.h"
#include "signals.h"
#include "xlsx.h"

/* Hard limits. */
#define WR_PATH_MAX 4096
#define WR_MAX_FILES 32
#define WR_MSG_MAX 2048

/* The folder being written and the files in it. */
typedef struct wr_ctx {
    const mg_config *cfg;
    const catalog *cat;
    const mg_portfolio *p;
    char tmp[WR_PATH_MAX];
    const char *files[WR_MAX_FILES];                      /* registered by the main thread only */
    char sums[WR_MAX_FILES][SHA256_DIGEST_STRING_LENGTH]; /* each file's SHA-256, filled by its writer */
    size_t nfiles;
    size_t *svc_order; /* service indices in code order */
    mg_errinfo *ei;
} wr_ctx;

/* Join folder and name into buf; 0 if too long. */
static int wr_join(char *buf, size_t size, const char *dir, const char *name)
{
    int n = snprintf(buf, size, "%s/%s", dir, name);

    return n >= 0 && (size_t)n < size;
}

/* Register an output file; returns its slot for the checksum. */
static size_t wr_slot(wr_ctx *c, const char *name)
{
    if (c->nfiles >= WR_MAX_FILES)
        return WR_MAX_FILES - 1; /* cannot happen: a dozen files */
    c->files[c->nfiles] = name;
    c->sums[c->nfiles][0] = '\0';
    return c->nfiles++;
}

/* Open a file of the temporary folder for CSV writing; *slot gets its checksum slot. */
static co_writer *wr_open(wr_ctx *c, const char *name, const co_dialect *d, size_t *slot)
{
    char path[WR_PATH_MAX];

    if (!wr_join(path, sizeof path, c->tmp, name)) {
        mg_fail(c->ei, MG_ERR_OUTPUT, c->tmp, 0, "path too long");
        return NULL;
    }
    *slot = wr_slot(c, name);
    return co_open(path, d, c->ei);
}

/* Format a date as the given layout asks. */
static void wr_date(int32_t days, cat_datefmt f, char out[11])
{
    if (f == CAT_DATE_ISO) {
        id_format_iso(days, out);
        return;
    }
    id_format_dmy(days, out);
    if (f == CAT_DATE_DMY_SLASH || f == CAT_DATE_DMY_DOT)
        out[2] = out[5] = f == CAT_DATE_DMY_SLASH ? '/' : '.';
}

/* The last day of the requests: ingangsdatum + N years - 1 day. */
static int32_t wr_end(const mg_config *cfg)
{
    return id_add_years(cfg->ingangsdatum, cfg->years) - 1;
}

/* The value of one import column for a request and a service (svc NULL = all UWV services). */
static const char *wr_colval(const wr_ctx *c, const cat_format *fmt, cat_colsrc src, const mg_request *r,
                             const cat_service *svc, char *buf, size_t size)
{
    const mg_config *cfg = c->cfg;

    switch (src) {
    case CAT_COL_KVK_MACHTIGINGGEVER:
        return r->kvk;
    case CAT_COL_NAAM_MACHTIGINGGEVER:
        return r->naam;
    case CAT_COL_KVK_INTERMEDIAIR:
        return cfg->kvk;
    case CAT_COL_NAAM_INTERMEDIAIR:
        return cfg->naam;
    case CAT_COL_DIENSTVERLENER:
        return "UWV";
    case CAT_COL_DIENST_CODE:
        return svc ? svc->code : "alle-diensten";
    case CAT_COL_DIENST:
        return svc ? svc->naam : "Alle diensten van UWV (ook toekomstige)";
    case CAT_COL_DIENST_ID:
        return svc ? svc->dienst_id : "";
    case CAT_COL_NIVEAU:
        return "EH3";
    case CAT_COL_INGANGSDATUM:
        if (size < 11)
            return "";
        wr_date(cfg->ingangsdatum, fmt->datefmt, buf);
        return buf;
    case CAT_COL_EINDDATUM:
        if (size < 11)
            return "";
        wr_date(wr_end(cfg), fmt->datefmt, buf);
        return buf;
    case CAT_COL_LOONHEFFINGENNUMMERS:
        if (fmt->lhn_separator == ',' || !fmt->lhn_separator)
            return r->lhns;
        snprintf(buf, size, "%s", r->lhns);
        for (char *q = buf; *q; q++)
            if (*q == ',')
                *q = fmt->lhn_separator;
        return buf;
    default:
        return "";
    }
}

/* ketenmachtigingen-beheermodule.csv: one row per (client KvK, service) in the chosen layout. */
static mg_error wr_beheermodule(wr_ctx *c, const cat_format *fmt)
{
    co_dialect d = {fmt->delimiter, fmt->encoding == CAT_ENC_UTF8_BOM, fmt->encoding == CAT_ENC_CP1252,
                    fmt->eol, 0};
    size_t slot = 0;
    co_writer *w = wr_open(c, WR_BEHEERMODULE, &d, &slot);
    const mg_portfolio *p = c->p;
    size_t i, k, col;
    char *buf;
    size_t bufsize = 64;

    if (!w)
        return MG_ERR_WRITE;
    for (i = 0; i < p->nrequests; i++)
        if (strlen(p->requests[i].lhns) + 1 > bufsize)
            bufsize = strlen(p->requests[i].lhns) + 1;
    buf = malloc(bufsize);
    if (!buf) {
        co_free(w);
        return MG_ERR_NOMEM;
    }
    for (col = 0; col < fmt->ncols; col++)
        co_field(w, fmt->cols[col].header);
    co_end_row(w);
    for (i = 0; i < p->nrequests; i++) {
        const mg_request *r = &p->requests[i];
        if (r->route != RT_BEHEERMODULE)
            continue;
        if (c->cfg->scope == SCOPE_DIENSTVERLENER) {
            for (col = 0; col < fmt->ncols; col++)
                co_field(w, wr_colval(c, fmt, fmt->cols[col].src, r, NULL, buf, bufsize));
            co_end_row(w);
            continue;
        }
        for (k = 0; k < c->cat->nservices; k++) {
            size_t s = c->svc_order[k];
            if (!(r->services & ((uint64_t)1 << s)))
                continue;
            for (col = 0; col < fmt->ncols; col++)
                co_field(w, wr_colval(c, fmt, fmt->cols[col].src, r, &c->cat->services[s], buf, bufsize));
            co_end_row(w);
        }
    }
    free(buf);
    return co_close(w, c->ei, c->sums[slot]);
}

/* ketenmachtigingen-formulier.csv: one row per client KvK on the form route. */
static mg_error wr_formulier(wr_ctx *c)
{
    size_t slot = 0;
    co_writer *w = wr_open(c, WR_FORMULIER_CSV, &co_default_dialect, &slot);
    const mg_portfolio *p = c->p;
    size_t i, k;
    char d1[11], d2[11];

    if (!w)
        return MG_ERR_WRITE;
    id_format_dmy(c->cfg->ingangsdatum, d1);
    id_format_dmy(wr_end(c->cfg), d2);
    co_field(w, "kvk_machtiginggever");
    co_field(w, "naam_machtiginggever");
    co_field(w, "loonheffingennummers");
    co_field(w, "vertegenwoordiger");
    co_field(w, "vertegenwoordiger_email");
    for (k = 0; k < c->cat->nservices; k++)
        co_field(w, c->cat->services[k].code);
    co_field(w, "ingangsdatum");
    co_field(w, "einddatum");
    co_field(w, "compleet");
    co_end_row(w);
    for (i = 0; i < p->nrequests; i++) {
        const mg_request *r = &p->requests[i];
        if (r->route != RT_FORMULIER)
            continue;
        co_field(w, r->kvk);
        co_field(w, r->naam);
        co_field(w, r->lhns);
        co_field(w, r->vertegenwoordiger);
        co_field(w, r->vertegenwoordiger_email);
        for (k = 0; k < c->cat->nservices; k++)
            co_field(w, (r->services & ((uint64_t)1 << k)) ? "ja" : "");
        co_field(w, d1);
        co_field(w, d2);
        co_field(w, r->complete ? "ja" : "nee");
        co_end_row(w);
    }
    return co_close(w, c->ei, c->sums[slot]);
}

/* Sort key of an internal grant: client KvK/LHN rank, service code rank, user. */
typedef struct wr_ikey {
    uint32_t emp, svc, user;
} wr_ikey;

/* Order internal grants by their keys. */
static int wr_ikey_cmp(const void *a, const void *b)
{
    const wr_ikey *x = a, *y = b;

    if (x->emp != y->emp)
        return x->emp < y->emp ? -1 : 1;
    if (x->svc != y->svc)
        return x->svc < y->svc ? -1 : 1;
    return x->user < y->user ? -1 : x->user > y->user;
}

/* Order employers by KvK, then LHN. */
static int wr_kvk_cmp(const void *a, const void *b)
{
    const mg_employer *x = *(const mg_employer *const *)a, *y = *(const mg_employer *const *)b;
    int r = strcmp(x->kvk, y->kvk);

    return r ? r : strcmp(x->lhn, y->lhn);
}

/* interne-machtigingen.csv: what the beheerder passes on to each colleague. */
static mg_error wr_internal(wr_ctx *c)
{
    const mg_portfolio *p = c->p;
    co_writer *w = NULL;
    size_t slot = 0;
    mg_employer **byk = malloc((p->nemployers + 1) * sizeof *byk);
    uint32_t *erank = malloc((p->nemployers + 1) * sizeof *erank);
    uint32_t *srank = malloc((c->cat->nservices + 1) * sizeof *srank);
    wr_ikey *keys = malloc((p->ninternals + 1) * sizeof *keys);
    size_t i;
    mg_error err = MG_ERR_NOMEM;

    if (!byk || !erank || !srank || !keys)
        goto done;
    if (p->nemployers)
        memcpy(byk, p->employers, p->nemployers * sizeof *byk);
    if (p->nemployers > 1)
        qsort(byk, p->nemployers, sizeof *byk, wr_kvk_cmp);
    for (i = 0; i < p->nemployers; i++)
        erank[byk[i]->idx] = (uint32_t)i;
    for (i = 0; i < c->cat->nservices; i++)
        srank[c->svc_order[i]] = (uint32_t)i;
    for (i = 0; i < p->ninternals; i++) {
        keys[i].emp = erank[p->internals[i].employer];
        keys[i].svc = srank[p->internals[i].service];
        keys[i].user = p->internals[i].user;
    }
    if (p->ninternals > 1)
        qsort(keys, p->ninternals, sizeof *keys, wr_ikey_cmp);
    w = wr_open(c, WR_INTERN, &co_default_dialect, &slot);
    if (!w) {
        err = MG_ERR_WRITE;
        goto done;
    }
    {
        static const char *const hdr[] = {"gebruikersnaam",      "naam",  "email", "kvk_machtiginggever",
                                          "loonheffingennummer", "dienst"};
        co_row(w, hdr, 6);
    }
    for (i = 0; i < p->ninternals; i++) {
        const mg_user *u = p->users[keys[i].user];
        const mg_employer *e = byk[keys[i].emp];
        co_field(w, u->id);
        co_field(w, u->naam);
        co_field(w, u->email);
        co_field(w, e->kvk);
        co_field(w, e->lhn);
        co_field(w, c->cat->services[c->svc_order[keys[i].svc]].naam);
        co_end_row(w);
    }
    err = co_close(w, c->ei, c->sums[slot]);
done:
    free(byk);
    free(erank);
    free(srank);
    free(keys);
    return err;
}

/* medewerkers.csv: one row per user with the action to take. */
static mg_error wr_staff(wr_ctx *c)
{
    static const char *const hdr[] = {
        "gebruikersnaam",    "naam",           "email", "rol", "eh_niveau", "actie",
        "aantal_werkgevers", "aantal_diensten"};
    size_t slot = 0;
    co_writer *w = wr_open(c, WR_MEDEWERKERS, &co_default_dialect, &slot);
    size_t i;

    if (!w)
        return MG_ERR_WRITE;
    co_row(w, hdr, 8);
    for (i = 0; i < c->p->nusers; i++) {
        const mg_user *u = c->p->users[i];
        co_field(w, u->id);
        co_field(w, u->naam);
        co_field(w, u->email);
        co_field(w, u->beheerder ? "beheerder" : "gebruiker");
        co_field(w, mg_level_name(u->level));
        co_field(w, mg_action_name(u->action));
        co_field_long(w, (long)u->n_employers);
        co_field_long(w, (long)u->n_services);
        co_end_row(w);
    }
    return co_close(w, c->ei, c->sums[slot]);
}

/* uwv-opvolging.csv: one row per follow-up with the sentence saying what to do. */
static mg_error wr_followups(wr_ctx *c)
{
    static const char *const hdr[] = {"loonheffingennummer", "naam", "kvk", "soort", "opvolger",
                                      "open_meldingen",      "actie"};
    const mg_portfolio *p = c->p;
    mg_followup *v = malloc((p->nfollowups + 1) * sizeof *v);
    co_writer *w;
    size_t slot = 0;
    char act[WR_MSG_MAX];
    size_t i;

    if (!v)
        return MG_ERR_NOMEM;
    if (p->nfollowups)
        memcpy(v, p->followups, p->nfollowups * sizeof *v);
    if (p->nfollowups > 1)
        qsort(v, p->nfollowups, sizeof *v, mg_followup_cmp);
    w = wr_open(c, WR_OPVOLGING_CSV, &co_default_dialect, &slot);
    if (!w) {
        free(v);
        return MG_ERR_WRITE;
    }
    co_row(w, hdr, 7);
    for (i = 0; i < p->nfollowups; i++) {
        co_field(w, v[i].lhn);
        co_field(w, v[i].naam);
        co_field(w, v[i].kvk);
        co_field(w, mg_followkind_name(v[i].kind));
        co_field(w, v[i].opvolger);
        if (v[i].open_meldingen >= 0)
            co_field_long(w, v[i].open_meldingen);
        else
            co_field(w, "");
        co_field(w, rp_followup_action(&v[i], c->cfg->english, act, sizeof act));
        co_end_row(w);
    }
    free(v);
    return co_close(w, c->ei, c->sums[slot]);
}

/* The review workbook, written on a second thread while the main thread writes the rest. */
typedef struct wr_books {
    wr_ctx *c;
    size_t slot; /* overzicht.xlsx */
    mg_error err;
    mg_errinfo ei;
} wr_books;

/* Write one workbook of xlsx.c into its slot (libxlsxwriter's temporary files go to the same folder). */
static mg_error wr_xlsx(wr_ctx *c, size_t slot,
                        mg_error (*fn)(const char *, const xl_context *, mg_errinfo *), mg_errinfo *ei)
{
    char path[WR_PATH_MAX];
    xl_context x = {c->cfg, c->cat, c->p, c->tmp, 0};
    mg_error err;

    if (!wr_join(path, sizeof path, c->tmp, c->files[slot]))
        return mg_fail(ei, MG_ERR_OUTPUT, c->tmp, 0, "path too long");
    err = fn(path, &x, ei);
    if (!err && !SHA256File(path, c->sums[slot]))
        err = mg_fail(ei, MG_ERR_WRITE, path, 0, "cannot read back for its checksum: %s", strerror(errno));
    return err;
}

/* Thread body: the review workbook. */
static void *wr_books_run(void *arg)
{
    wr_books *b = arg;

    b->err = wr_xlsx(b->c, b->slot, xl_overzicht, &b->ei);
    return NULL;
}

/* The display name of a finding's file. */
static const char *wr_file_name(const wr_ctx *c, int file)
{
    if (file >= 0 && file < SC_FILE_COUNT)
        return c->p->files[file].name ? c->p->files[file].name : sc_file_def((sc_file)file)->default_path;
    if (file == FD_FILE_INI)
        return "portfolio.ini";
    return "";
}

/* afwijzingen.csv: every rejected record with where, why, and the record as read (listed and spooled ones
 * merged by file, line and order of making). */
static mg_error wr_rejections(wr_ctx *c)
{
    static const char *const hdr[] = {"bestand", "regel", "kolom", "code", "melding", "record"};
    fd_rej_iter it;
    const finding *f;
    co_writer *w;
    size_t slot = 0;
    char msg[WR_MSG_MAX];
    mg_error err;

    w = wr_open(c, WR_AFWIJZINGEN, &co_default_dialect, &slot);
    if (!w)
        return MG_ERR_WRITE;
    co_row(w, hdr, 6);
    err = fd_rej_begin(&it, &c->p->findings, c->ei);
    while (!err && !(err = fd_rej_next(&it, &f, c->ei)) && f) {
        co_field(w, wr_file_name(c, f->file));
        co_field_long(w, f->line);
        co_field(w, f->column);
        co_field(w, fd_def_get(f->code)->code);
        co_field(w, fd_format(f, c->cfg->english, msg, sizeof msg));
        co_field_record(w, f->raw);
        co_end_row(w);
    }
    fd_rej_end(&it);
    if (err) {
        co_free(w);
        return err;
    }
    return co_close(w, c->ei, c->sums[slot]);
}

/* verwerking.csv: the ledger, one line per input data row. */
static mg_error wr_ledger(wr_ctx *c)
{
    static const char *const hdr[] = {"bestand", "regel", "uitkomst", "code"};
    size_t slot = 0;
    co_writer *w = wr_open(c, WR_VERWERKING, &co_default_dialect, &slot);
    int f;
    size_t i;

    if (!w)
        return MG_ERR_WRITE;
    co_row(w, hdr, 4);
    for (f = 0; f < SC_FILE_COUNT; f++) {
        const mg_ledger *l = &c->p->ledger[f];
        for (i = 0; i < l->n; i++) {
            co_field(w, wr_file_name(c, f));
            co_field_long(w, l->v[i].line);
            co_field(w, mg_outcome_name((mg_outcome)l->v[i].outcome));
            co_field(w, fd_def_get((fd_code)l->v[i].code)->code);
            co_end_row(w);
        }
    }
    return co_close(w, c->ei, c->sums[slot]);
}

/* Write a whole small file (0600) into the temporary folder. */
static mg_error wr_text(wr_ctx *c, const char *name, const char *text, size_t len)
{
    char path[WR_PATH_MAX];
    int fd;
    size_t off = 0;

    size_t slot;

    if (!wr_join(path, sizeof path, c->tmp, name))
        return mg_fail(c->ei, MG_ERR_OUTPUT, c->tmp, 0, "path too long");
    slot = wr_slot(c, name);
    SHA256Data((const uint8_t *)text, len, c->sums[slot]);
    fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return mg_fail(c->ei, MG_ERR_WRITE, path, 0, "cannot create: %s", strerror(errno));
    while (off < len) {
        ssize_t n = write(fd, text + off, len - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            int e = n < 0 ? errno : ENOSPC;
            close(fd);
            return mg_fail(c->ei, MG_ERR_WRITE, path, 0, "write error: %s", strerror(e));
        }
        off += (size_t)n;
    }
    if (fsync(fd) != 0) {
        int e = errno;
        close(fd);
        return mg_fail(c->ei, MG_ERR_WRITE, path, 0, "write error (fsync): %s", strerror(e));
    }
    if (close(fd) != 0)
        return mg_fail(c->ei, MG_ERR_WRITE, path, 0, "write error (close): %s", strerror(errno));
    return MG_OK;
}

/* Order checksum slots by file name. */
static int wr_slot_cmp(const void *a, const void *b)
{
    const char *const *x = *(const char *const *const *)a, *const *y = *(const char *const *const *)b;

    return strcmp(*x, *y);
}

/* SHA256SUMS over every file written, in name order, as sha256sum -c reads it (sums made while writing). */
static mg_error wr_checksums(wr_ctx *c)
{
    const char *const *order[WR_MAX_FILES];
    size_t i, o = 0, n = c->nfiles, cap = n * (SHA256_DIGEST_STRING_LENGTH + 64) + 1;
    char *text = malloc(cap);
    mg_error err;

    if (!text)
        return MG_ERR_NOMEM;
    for (i = 0; i < n; i++)
        order[i] = &c->files[i];
    qsort(order, n, sizeof *order, wr_slot_cmp);
    for (i = 0; i < n; i++) {
        size_t slot = (size_t)(order[i] - c->files);
        o += (size_t)snprintf(text + o, cap - o, "%s  %s\n", c->sums[slot], c->files[slot]);
    }
    err = wr_text(c, WR_SHA256SUMS, text, o);
    free(text);
    return err;
}

/* Remove a folder of plain files (the temporary or the replaced output). */
static void wr_remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    char path[WR_PATH_MAX];

    if (d) {
        while ((de = readdir(d)) != NULL) {
            if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
                continue;
            if (wr_join(path, sizeof path, dir, de->d_name))
                unlink(path);
        }
        closedir(d);
    }
    rmdir(dir);
}

/* Split a path into its parent folder and last component. */
static int wr_split(const char *path, char *parent, size_t psize, char *base, size_t bsize)
{
    char tmp[WR_PATH_MAX];
    size_t n = strlen(path);
    char *slash;

    if (n == 0 || n >= sizeof tmp)
        return 0;
    memcpy(tmp, path, n + 1);
    while (n > 1 && tmp[n - 1] == '/')
        tmp[--n] = '\0';
    slash = strrchr(tmp, '/');
    if (!slash) {
        snprintf(parent, psize, ".");
        snprintf(base, bsize, "%s", tmp);
    } else {
        snprintf(base, bsize, "%s", slash + 1);
        if (slash == tmp)
            snprintf(parent, psize, "/");
        else {
            *slash = '\0';
            snprintf(parent, psize, "%s", tmp);
        }
    }
    return base[0] && strcmp(base, ".") && strcmp(base, "..");
}

/* 1 if a folder has entries other than . and .. */
static int wr_nonempty(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    int found = 0;

    if (!d)
        return 1;
    while (!found && (de = readdir(d)) != NULL)
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            found = 1;
    closedir(d);
    return found;
}

/* 1 if folder is the portfolio folder or holds it (both existing; compared as real paths). */
static int wr_holds(const char *folder, const char *portfolio)
{
    char rf[PATH_MAX], rp[PATH_MAX];
    size_t n;

    if (!portfolio || !realpath(folder, rf) || !realpath(portfolio, rp))
        return 0;
    n = strlen(rf);
    return strncmp(rf, rp, n) == 0 && (rp[n] == '\0' || rp[n] == '/' || (n == 1 && rf[0] == '/'));
}

/* Check that the output folder can be used. */
mg_error wr_check_outdir(const char *outdir, int force, const char *portfolio, mg_errinfo *ei)
{
    struct stat st;
    char parent[WR_PATH_MAX], base[WR_PATH_MAX];

    if (!wr_split(outdir, parent, sizeof parent, base, sizeof base))
        return mg_fail(ei, MG_ERR_OUTPUT, outdir, 0, "not a usable output folder name");
    if (stat(parent, &st) != 0 || !S_ISDIR(st.st_mode))
        return mg_fail(ei, MG_ERR_OUTPUT, parent, 0, "the folder for the output does not exist");
    if (stat(outdir, &st) == 0) {
        if (!S_ISDIR(st.st_mode))
            return mg_fail(ei, MG_ERR_OUTPUT, outdir, 0, "the output path exists and is not a folder");
        if (wr_holds(outdir, portfolio))
            return mg_fail(
                ei, MG_ERR_OUTPUT, outdir, 0,
                "the output folder is the portfolio folder or holds it: replacing it would delete the "
                "inputs; choose another folder with -o");
        if (!force && wr_nonempty(outdir))
            return mg_fail(ei, MG_ERR_OUTPUT, outdir, 0,
                           "the output folder exists and is not empty; use --force to replace it");
    } else if (errno != ENOENT) {
        return mg_fail(ei, MG_ERR_OUTPUT, outdir, 0, "cannot use the output folder: %s", strerror(errno));
    }
    return MG_OK;
}

/* fsync a folder so renames in it are durable. */
static int wr_sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int rc;

    if (fd < 0)
        return -1;
    rc = fsync(fd);
    if (close(fd) != 0)
        rc = -1;
    return rc;
}

/* Order services by code. */
static int wr_svc_cmp_code(const catalog *cat, size_t a, size_t b)
{
    return strcmp(cat->services[a].code, cat->services[b].code);
}

/* Put the temporary folder in place of outdir (keeping the old one until the new one is in). */
static mg_error wr_commit(wr_ctx *c, const char *outdir, const char *parent, const char *base)
{
    struct stat st;
    char old[WR_PATH_MAX];

    if (wr_sync_dir(c->tmp) != 0)
        return mg_fail(c->ei, MG_ERR_WRITE, c->tmp, 0, "cannot sync the output folder: %s", strerror(errno));
    if (stat(outdir, &st) == 0 && wr_nonempty(outdir)) {
        int n = snprintf(old, sizeof old, "%s/.%s.old.XXXXXX", parent, base);
        if (n < 0 || (size_t)n >= sizeof old || !mkdtemp(old))
            return mg_fail(c->ei, MG_ERR_OUTPUT, parent, 0, "cannot make room for the new output: %s",
                           strerror(errno));
        if (rename(outdir, old) != 0) {
            int e = errno;
            rmdir(old);
            return mg_fail(c->ei, MG_ERR_OUTPUT, outdir, 0, "cannot move the old output aside: %s",
                           strerror(e));
        }
        if (rename(c->tmp, outdir) != 0) {
            int e = errno;
            if (rename(old, outdir) != 0)
                return mg_fail(c->ei, MG_ERR_OUTPUT, outdir, 0,
                               "cannot put the output in place (%s); the previous output is in %s",
                               strerror(e), old);
            return mg_fail(c->ei, MG_ERR_OUTPUT, outdir, 0, "cannot put the output in place: %s",
                           strerror(e));
        }
        wr_remove_tree(old);
    } else if (rename(c->tmp, outdir) != 0) {
        return mg_fail(c->ei, MG_ERR_OUTPUT, outdir, 0, "cannot put the output in place: %s",
                       strerror(errno));
    }
    if (wr_sync_dir(parent) != 0)
        return mg_fail(c->ei, MG_ERR_WRITE, parent, 0, "cannot sync the output's parent folder: %s",
                       strerror(errno));
    return MG_OK;
}

/* Write the output folder. */
mg_error wr_output(const mg_config *cfg, const catalog *cat, const cat_format *fmt, const mg_portfolio *p,
                   const wr_options *opt, mg_errinfo *ei)
{
    wr_ctx c;
    char parent[WR_PATH_MAX], base[WR_PATH_MAX];
    mg_error err;
    size_t i, j;
    int n, threaded;
    size_t form_slot, follow_slot;
    wr_books books;
    pthread_t thread;

    memset(&c, 0, sizeof c);
    c.cfg = cfg;
    c.cat = cat;
    c.p = p;
    c.ei = ei;
    err = wr_check_outdir(opt->outdir, opt->force, opt->portfolio, ei);
    if (err)
        return err;
    wr_split(opt->outdir, parent, sizeof parent, base, sizeof base);
    n = snprintf(c.tmp, sizeof c.tmp, "%s/.%s.tmp.XXXXXX", parent, base);
    if (n < 0 || (size_t)n >= sizeof c.tmp || !mkdtemp(c.tmp))
        return mg_fail(ei, MG_ERR_OUTPUT, parent, 0, "cannot create a temporary output folder: %s",
                       strerror(errno));
    c.svc_order = malloc((cat->nservices + 1) * sizeof *c.svc_order);
    if (!c.svc_order) {
        err = MG_ERR_NOMEM;
        goto fail;
    }
    for (i = 0; i < cat->nservices; i++)
        c.svc_order[i] = i;
    for (i = 1; i < cat->nservices; i++) /* insertion sort: a handful of services */
        for (j = i; j > 0 && wr_svc_cmp_code(cat, c.svc_order[j - 1], c.svc_order[j]) > 0; j--) {
            size_t t = c.svc_order[j];
            c.svc_order[j] = c.svc_order[j - 1];
            c.svc_order[j - 1] = t;
        }
    /* The review workbook takes longest: a second thread writes it while this one writes the CSV files and
     * the two small workbooks. Slots are registered here, in a fixed order, so the checksums do not depend
     * on which thread is faster. */
    memset(&books, 0, sizeof books);
    books.c = &c;
    form_slot = !opt->dry_run && opt->import_files ? wr_slot(&c, WR_FORMULIER_XLSX) : WR_MAX_FILES;
    follow_slot = !opt->dry_run ? wr_slot(&c, WR_OPVOLGING_XLSX) : WR_MAX_FILES;
    books.slot = wr_slot(&c, WR_OVERZICHT);
    threaded = pthread_create(&thread, NULL, wr_books_run, &books) == 0;
    if (!threaded)
        wr_books_run(&books);
    if (!opt->dry_run) {
        if (opt->import_files) {
            err = wr_beheermodule(&c, fmt);
            if (!err)
                err = wr_formulier(&c);
        }
        if (!err)
            err = wr_internal(&c);
        if (!err)
            err = wr_staff(&c);
        if (!err)
            err = wr_followups(&c);
        if (!err)
            err = wr_rejections(&c);
        if (!err)
            err = wr_ledger(&c);
        if (!err && form_slot < WR_MAX_FILES)
            err = wr_xlsx(&c, form_slot, xl_formulier, ei);
        if (!err)
            err = wr_xlsx(&c, follow_slot, xl_opvolging, ei);
    }
    if (threaded)
        pthread_join(thread, NULL);
    if (!err && books.err) {
        err = books.err;
        *ei = books.ei;
    }
    if (!err)
        err = wr_text(&c, WR_RAPPORT, opt->report, strlen(opt->report));
    if (!err)
        err = wr_checksums(&c);
    if (!err) {
        /* From here the renames run to the end: a signal now waits until the output is in place. */
        sg_hold(1);
        if (sg_pending())
            err = mg_fail(ei, MG_ERR_INTERRUPTED, opt->outdir, 0, "interrupted");
        else
            err = wr_commit(&c, opt->outdir, parent, base);
        sg_hold(0);
    }
    if (!err) {
        free(c.svc_order);
        return MG_OK;
    }
fail:
    if (err == MG_ERR_NOMEM)
        mg_fail(ei, err, opt->outdir, 0, "out of memory");
    free(c.svc_order);
    wr_remove_tree(c.tmp);
    return err;
}
