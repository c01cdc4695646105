/* write.c — stage 5: every output file, written into a temporary folder that is renamed into place. */
#include "write.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvout.h"
#include "digest.h"
#include "ident.h"
#include "report.h"
#include "route.h"
#include "platform.h"
#include "table.h"
#include "xlsx.h"
#include "calendar.h"
#include "letters.h"

/* Hard limits. */
#define WR_PATH_MAX 4096
#define WR_MAX_FILES 32                /* files of an output folder besides the letters */
#define WR_LETTER_JOBS 64              /* jobs the letters are split into, so that both threads share them */
#define WR_SUMS_MAX (64 * 1024 * 1024) /* bytes of an earlier output's SHA256SUMS */
#define WR_ENTRIES_MAX 1000000         /* entries of one folder of an output folder looked at */
#define WR_NAME_MAX 128                /* longest name of a letter as SHA256SUMS lists it (SUB/NAME) */
#define WR_LOCK_WAIT_MS 30000          /* longest wait for another run's final step */

/* The folder being written and the files in it. */
typedef struct wr_ctx {
    const mg_config *cfg;
    const catalog *cat;
    const mg_portfolio *p;
    char tmp[WR_PATH_MAX];
    const char **files;               /* registered by the main thread only */
    char (*sums)[DG_SHA256_HEX_SIZE]; /* each file's SHA-256, filled by its writer */
    size_t nfiles, capfiles;
    char (*letter_names)[WR_NAME_MAX]; /* the letters' names as listed: "ondertekening/NAME.pdf" */
    size_t *svc_order;                 /* service indices in code order */
    mg_errinfo *ei;
    int committed; /* the folder at tmp is no longer this run's: never remove it */
    const wr_options *opt;
    /* held while a workbook is closed (xl_context.close_lock); NULL: one thread */
    pthread_mutex_t *book_lock;
} wr_ctx;

/* Tell the progress line which file is being written (under the queue's lock while two threads write). */
static void wr_say(const wr_ctx *c, const char *name)
{
    if (c->opt && c->opt->progress)
        c->opt->progress(c->opt->pctx, name);
}

/* Join folder and name into buf; 0 if too long. */
static int wr_join(char *buf, size_t size, const char *dir, const char *name)
{
    int n = snprintf(buf, size, "%s/%s", dir, name);

    return n >= 0 && (size_t)n < size;
}

/* Register an output file; returns its slot for the checksum. */
static size_t wr_slot(wr_ctx *c, const char *name)
{
    if (c->nfiles >= c->capfiles)
        return c->capfiles - 1; /* cannot happen: room for every file is made before the first */
    c->files[c->nfiles] = name;
    c->sums[c->nfiles][0] = '\0';
    return c->nfiles++;
}

/* Open the file of checksum slot `slot` in the temporary folder for CSV writing; errors go to ei. */
static co_writer *wr_open(const wr_ctx *c, size_t slot, const co_dialect *d, mg_errinfo *ei)
{
    char path[WR_PATH_MAX];

    if (!wr_join(path, sizeof path, c->tmp, c->files[slot])) {
        MG_FAIL(ei, MG_ERR_OUTPUT, c->tmp, 0, MSG_WRITE_PATH_TOO_LONG);
        return NULL;
    }
    return co_open(path, d, ei);
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
        return svc ? svc->code : CAT_ALL_SERVICES_CODE;
    case CAT_COL_DIENST:
        return svc ? svc->naam : CAT_ALL_SERVICES_NAME;
    case CAT_COL_DIENST_ID:
        return svc ? svc->dienst_id : "";
    case CAT_COL_NIVEAU:
        return "EH3";
    case CAT_COL_INGANGSDATUM:
        if (size < 11)
            return "";
        wr_date(r->start, fmt->datefmt, buf);
        return buf;
    case CAT_COL_EINDDATUM:
        if (size < 11)
            return "";
        wr_date(r->end, fmt->datefmt, buf);
        return buf;
    case CAT_COL_LOONHEFFINGENNUMMERS:
        if (fmt->lhn_separator == ',' || !fmt->lhn_separator)
            return r->lhns;
        snprintf(buf, size, "%s", r->lhns);
        for (char *q = buf; *q; q++)
            if (*q == ',')
                *q = fmt->lhn_separator;
        return buf;
    case CAT_COL_VERTEGENWOORDIGER:
        return r->vertegenwoordiger;
    case CAT_COL_VERTEGENWOORDIGER_EMAIL:
        return r->vertegenwoordiger_email;
    default:
        return "";
    }
}

/* One import row: the format's columns for a request and a service (svc NULL = all UWV services); buf holds
 * bufsize bytes for each column. */
static void wr_import_row(const wr_ctx *c, const cat_format *fmt, const mg_request *r, const cat_service *svc,
                          tb_sink *sink, char *buf, size_t bufsize)
{
    tb_cell cells[CAT_MAX_COLUMNS];
    size_t col;

    for (col = 0; col < fmt->ncols && col < CAT_MAX_COLUMNS; col++) {
        cells[col].type = TB_TEXT;
        cells[col].s = wr_colval(c, fmt, fmt->cols[col].src, r, svc, buf + col * bufsize, bufsize);
    }
    sink->row(sink, cells, col);
}

/* ketenmachtigingen-beheermodule.csv (checksum slot `slot`): one row per (client KvK, service) in the chosen
 * layout. */
static mg_error wr_beheermodule(wr_ctx *c, const mg_portfolio *p, const cat_format *fmt, size_t slot,
                                mg_errinfo *ei)
{
    co_dialect d = {fmt->delimiter, fmt->encoding == CAT_ENC_UTF8_BOM, fmt->encoding == CAT_ENC_CP1252,
                    fmt->eol, 0};
    co_writer *w = wr_open(c, slot, &d, ei);
    const char *hdr[CAT_MAX_COLUMNS];
    tb_csv_sink sink;
    size_t i, k, col;
    char *buf;
    size_t bufsize = 64;

    if (!w)
        return MG_ERR_WRITE;
    for (i = 0; i < p->nrequests; i++)
        if (strlen(p->requests[i].lhns) + 1 > bufsize)
            bufsize = strlen(p->requests[i].lhns) + 1;
    buf = malloc(bufsize * (fmt->ncols + 1));
    if (!buf) {
        co_free(w);
        return MG_ERR_NOMEM;
    }
    tb_csv_init(&sink, w);
    for (col = 0; col < fmt->ncols && col < CAT_MAX_COLUMNS; col++)
        hdr[col] = fmt->cols[col].header;
    sink.base.head(&sink.base, hdr, col);
    for (i = 0; i < p->nrequests; i++) {
        const mg_request *r = &p->requests[i];
        if (r->route != RT_BEHEERMODULE)
            continue;
        if (c->cfg->scope == SCOPE_DIENSTVERLENER) {
            wr_import_row(c, fmt, r, NULL, &sink.base, buf, bufsize);
            continue;
        }
        for (k = 0; k < c->cat->nservices; k++) {
            size_t s = c->svc_order[k];
            if (r->services & ((uint64_t)1 << s))
                wr_import_row(c, fmt, r, &c->cat->services[s], &sink.base, buf, bufsize);
        }
    }
    free(buf);
    return co_close(w, ei, c->sums[slot]);
}

/* One CSV output (migrate's own dialect, checksum slot `slot`) written from its table description. */
static mg_error wr_table(wr_ctx *c, const mg_portfolio *p, const tb_table *t, size_t slot, mg_errinfo *ei)
{
    tb_env env = {
        c->cfg, c->cat, p, c->svc_order, c->opt ? c->opt->status : NULL, c->opt ? c->opt->letters : NULL};
    tb_csv_sink sink;
    co_writer *w = wr_open(c, slot, &co_default_dialect, ei);
    mg_error err;

    if (!w)
        return MG_ERR_WRITE;
    tb_csv_init(&sink, w);
    err = tb_write(t, &env, &sink.base, ei);
    if (err) {
        co_free(w);
        return err;
    }
    return co_close(w, ei, c->sums[slot]);
}

/* Fail because the checksum of a file written could not be made (err of digest.c; MG_ERR_INPUT: reading it
 * back failed, with errno). */
static mg_error wr_sum_fail(mg_errinfo *ei, mg_error err, const char *path)
{
    if (err == MG_ERR_INPUT)
        return MG_FAIL(ei, MG_ERR_WRITE, path, 0, MSG_WRITE_READ_BACK, strerror(errno));
    if (err == MG_ERR_NOMEM)
        return MG_FAIL(ei, err, path, 0, MSG_OUT_OF_MEMORY);
    return MG_FAIL(ei, err, path, 0, MSG_WRITE_CHECKSUM, dg_why());
}

/* Write one workbook of xlsx.c into its slot (libxlsxwriter's temporary files go to the same folder). */
static mg_error wr_xlsx(wr_ctx *c, const mg_portfolio *p, size_t slot,
                        mg_error (*fn)(const char *, const xl_context *, mg_errinfo *), mg_errinfo *ei)
{
    char path[WR_PATH_MAX];
    xl_context x = {c->cfg, c->cat, p, c->tmp, 0, c->opt ? c->opt->status : NULL, c->book_lock, 0};
    mg_error err;

    if (!wr_join(path, sizeof path, c->tmp, c->files[slot]))
        return MG_FAIL(ei, MG_ERR_OUTPUT, c->tmp, 0, MSG_WRITE_PATH_TOO_LONG);
    err = fn(path, &x, ei);
    if (!err && (err = dg_sha256_file(path, c->sums[slot])) != MG_OK)
        err = wr_sum_fail(ei, err, path);
    return err;
}

/* The write callback of the calendar: bytes to the CSV writer's file (0 = written). */
static int wr_ics_write(void *ctx, const char *buf, size_t len)
{
    return co_raw(ctx, buf, len) != 0;
}

/* verloopdata.ics (checksum slot `slot`): a to-do per registration of a status run, due on its einddatum. */
static mg_error wr_calendar(wr_ctx *c, size_t slot, mg_errinfo *ei)
{
    static const co_dialect raw = {',', 0, 0, "\r\n", 0}; /* only the bytes the calendar gives */
    const st_result *st = c->opt->status->st;
    co_writer *w = wr_open(c, slot, &raw, ei);
    ca_options o;
    ca_writer *cw;
    mg_error err = MG_OK;
    size_t i;

    if (!w)
        return MG_ERR_WRITE;
    memset(&o, 0, sizeof o);
    o.warn_days = c->opt->warn_days;
    o.dtstamp = (long long)c->opt->status->today * 86400LL;
    o.lang = c->cfg->lang;
    o.intermediary = c->cfg->naam;
    cw = ca_begin(&o, wr_ics_write, w, &err);
    for (i = 0; cw && !err && i < st->nrows; i++) {
        const st_row *r = &st->rows[i];
        ca_item it;
        if (!r->reg || r->reg->state != SR_ACTIEF || r->reg->end == ST_NO_DATE ||
            (r->status != ST_GEREGISTREERD && r->status != ST_VERLOOPT && r->status != ST_OVERBODIG))
            continue;
        it.kvk = r->kvk;
        it.naam = r->naam;
        it.dienst_code =
            r->service < c->cat->nservices ? c->cat->services[r->service].code : CAT_ALL_SERVICES_CODE;
        it.dienst =
            r->service < c->cat->nservices ? c->cat->services[r->service].naam : CAT_ALL_SERVICES_NAME;
        it.einddatum = r->reg->end;
        err = ca_add(cw, &it);
    }
    if (cw) {
        mg_error e = ca_end(cw);
        if (!err)
            err = e;
    }
    if (err == MG_ERR_WRITE) { /* the file's writer failed (a full disk, say): its own message names why */
        mg_error e = co_close(w, ei, NULL);
        return e ? e : MG_FAIL(ei, err, c->files[slot], 0, MSG_WRITE_ERROR_SHORT);
    }
    if (err) {
        co_free(w);
        if (err == MG_ERR_NOMEM)
            return MG_FAIL(ei, err, c->files[slot], 0, MSG_OUT_OF_MEMORY);
        return MG_FAIL(ei, MG_ERR_INTERNAL, c->files[slot], 0, MSG_WRITE_CALENDAR);
    }
    return co_close(w, ei, c->sums[slot]);
}

/* The write callback of a letter: its bytes to the file's writer (0 = written). */
static int wr_pdf_write(void *ctx, const void *buf, size_t len)
{
    return co_raw(ctx, buf, len) != 0;
}

/* Letters first..last-1 of the signing pack, into the checksum slots from `slot` on. */
static mg_error wr_letters(wr_ctx *c, size_t first, size_t last, size_t slot, mg_errinfo *ei)
{
    static const co_dialect raw = {',', 0, 0, "\r\n", 0}; /* only the bytes libharu gives */
    size_t i;

    for (i = first; i < last; i++, slot++) {
        co_writer *w;
        mg_error err;
        if (pf_signal_pending())
            return MG_FAIL(ei, MG_ERR_INTERRUPTED, c->files[slot], 0, MSG_ERR_INTERRUPTED);
        w = wr_open(c, slot, &raw, ei);
        if (!w)
            return MG_ERR_WRITE;
        err = lt_write(c->opt->letters, i, wr_pdf_write, w, c->files[slot], ei);
        /* the file's writer failed (a full disk, say): its own message names why */
        if (err == MG_ERR_WRITE) {
            mg_error e = co_close(w, ei, NULL);
            return e ? e : MG_FAIL(ei, err, c->files[slot], 0, MSG_WRITE_ERROR_SHORT);
        }
        if (err) {
            co_free(w);
            return err;
        }
        err = co_close(w, ei, c->sums[slot]);
        if (err)
            return err;
    }
    return MG_OK;
}

/* What a job of the write stage writes. */
typedef enum { WR_JOB_TABLE, WR_JOB_IMPORT, WR_JOB_BOOK, WR_JOB_CALENDAR, WR_JOB_LETTERS } wr_job_kind;

/* One output file of the write stage, written by whichever writer thread is free first. */
typedef struct wr_job {
    wr_job_kind kind;
    const tb_table *table;                                            /* WR_JOB_TABLE */
    mg_error (*book)(const char *, const xl_context *, mg_errinfo *); /* WR_JOB_BOOK */
    size_t slot;                                                      /* its file name and checksum */
    size_t first, last;    /* WR_JOB_LETTERS: the letters it writes, into the slots from `slot` on */
    const mg_portfolio *p; /* what it is made from: the run's portfolio, or a status run's delta */
    mg_error err;
    mg_errinfo ei; /* the job's own error details: the threads never share one */
} wr_job;

/* The jobs of one write stage and the writer threads' place in them. */
typedef struct wr_queue {
    wr_ctx *c; /* each job fills only its own checksum slot */
    const cat_format *fmt;
    wr_job job[WR_MAX_FILES + WR_LETTER_JOBS];
    size_t njobs;
    pthread_mutex_t lock; /* guards the fields below and the progress line */
    size_t next;          /* the first job no thread has taken */
    size_t current[2];    /* the job each thread (0 main, 1 second) writes now, njobs when none */
    int failed;           /* a job failed: no thread takes another */
} wr_queue;

/* Add a job for output file `name` (its checksum slot is registered now, on the main thread). */
static wr_job *wr_job_add(wr_ctx *c, wr_queue *q, const char *name, wr_job_kind kind, const tb_table *table,
                          mg_error (*book)(const char *, const xl_context *, mg_errinfo *))
{
    wr_job *j = &q->job[q->njobs++];

    memset(j, 0, sizeof *j);
    j->kind = kind;
    j->table = table;
    j->book = book;
    j->slot = wr_slot(c, name);
    j->p = c->p;
    return j;
}

/* Write one job's file. */
static mg_error wr_job_run(const wr_queue *q, wr_job *j)
{
    switch (j->kind) {
    case WR_JOB_TABLE:
        return wr_table(q->c, j->p, j->table, j->slot, &j->ei);
    case WR_JOB_IMPORT:
        return wr_beheermodule(q->c, j->p, q->fmt, j->slot, &j->ei);
    case WR_JOB_CALENDAR:
        return wr_calendar(q->c, j->slot, &j->ei);
    case WR_JOB_LETTERS:
        return wr_letters(q->c, j->first, j->last, j->slot, &j->ei);
    default:
        return wr_xlsx(q->c, j->p, j->slot, j->book, &j->ei);
    }
}

/* Take and write jobs until none is left or one has failed (thread 0 is the main thread). The progress line
 * names the file a thread starts; a thread that runs out of jobs names the file the other one still writes.
 */
static void wr_queue_work(wr_queue *q, int thread)
{
    for (;;) {
        wr_job *j;
        pthread_mutex_lock(&q->lock);
        if (q->failed || q->next >= q->njobs) {
            size_t other = q->current[!thread];
            q->current[thread] = q->njobs;
            if (other < q->njobs)
                wr_say(q->c, q->c->files[q->job[other].slot]);
            pthread_mutex_unlock(&q->lock);
            return;
        }
        q->current[thread] = q->next;
        j = &q->job[q->next++];
        wr_say(q->c, q->c->files[j->slot]);
        pthread_mutex_unlock(&q->lock);
        j->err = wr_job_run(q, j);
        if (j->err) {
            pthread_mutex_lock(&q->lock);
            q->failed = 1;
            pthread_mutex_unlock(&q->lock);
        }
    }
}

/* Thread body: the second writer. */
static void *wr_queue_run(void *arg)
{
    wr_queue_work(arg, 1);
    return NULL;
}

/* Write a whole small file (0600) into the temporary folder. */
static mg_error wr_text(wr_ctx *c, const char *name, const char *text, size_t len)
{
    char path[WR_PATH_MAX];
    int fd;
    size_t off = 0;
    size_t slot;
    mg_error err;

    if (!wr_join(path, sizeof path, c->tmp, name))
        return MG_FAIL(c->ei, MG_ERR_OUTPUT, c->tmp, 0, MSG_WRITE_PATH_TOO_LONG);
    slot = wr_slot(c, name);
    err = dg_sha256_data(text, len, c->sums[slot]);
    if (err)
        return wr_sum_fail(c->ei, err, path);
    fd = pf_create(path);
    if (fd < 0)
        return MG_FAIL(c->ei, MG_ERR_WRITE, path, 0, MSG_WRITE_CREATE, strerror(errno));
    while (off < len) {
        long long n = pf_write(fd, text + off, len - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            int e = n < 0 ? errno : ENOSPC;
            close(fd);
            return MG_FAIL(c->ei, MG_ERR_WRITE, path, 0, MSG_WRITE_ERROR, strerror(e));
        }
        off += (size_t)n;
    }
    if (pf_sync(fd) != 0) {
        int e = errno;
        close(fd);
        return MG_FAIL(c->ei, MG_ERR_WRITE, path, 0, MSG_WRITE_ERROR_FSYNC, strerror(e));
    }
    if (close(fd) != 0)
        return MG_FAIL(c->ei, MG_ERR_WRITE, path, 0, MSG_WRITE_ERROR_CLOSE, strerror(errno));
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
    const char *const **order = malloc((c->nfiles ? c->nfiles : 1) * sizeof *order);
    size_t i, o = 0, n = c->nfiles, cap = 1;
    char *text;
    mg_error err;

    for (i = 0; i < n; i++)
        cap += DG_SHA256_HEX_SIZE + 3 + strlen(c->files[i]);
    text = malloc(cap);
    if (!text || !order) {
        free(text);
        free(order);
        return MG_ERR_NOMEM;
    }
    for (i = 0; i < n; i++)
        order[i] = &c->files[i];
    qsort(order, n, sizeof *order, wr_slot_cmp);
    for (i = 0; i < n; i++) {
        size_t slot = (size_t)(order[i] - c->files);
        o += (size_t)snprintf(text + o, cap - o, "%s  %s\n", c->sums[slot], c->files[slot]);
    }
    err = wr_text(c, WR_SHA256SUMS, text, o);
    free(text);
    free(order);
    return err;
}

/* Split a path into its parent folder and last component. */
static int wr_split(const char *path, char *parent, size_t psize, char *base, size_t bsize)
{
    char tmp[WR_PATH_MAX];
    size_t n = strlen(path), root = pf_root_len(path), cut;

    if (n == 0 || n >= sizeof tmp)
        return 0;
    memcpy(tmp, path, n + 1);
    while (n > root && n > 1 && pf_is_sep(tmp[n - 1]))
        tmp[--n] = '\0';
    for (cut = n; cut > root && !pf_is_sep(tmp[cut - 1]); cut--)
        continue;
    snprintf(base, bsize, "%s", tmp + cut);
    if (cut == 0) {
        snprintf(parent, psize, ".");
    } else {
        size_t end = cut - 1; /* the separator before the name, or the end of the root */
        while (end > root && pf_is_sep(tmp[end - 1]))
            end--;
        if (end <= root)
            end = root; /* the root itself: "/", "C:\\", "C:" */
        tmp[end] = '\0';
        snprintf(parent, psize, "%s", tmp);
    }
    return base[0] && strcmp(base, ".") && strcmp(base, "..");
}

/* 1 if folder is the portfolio folder or holds it (both existing; compared as real paths). */
static int wr_holds(const char *folder, const char *portfolio)
{
    char rf[PF_PATH_MAX], rp[PF_PATH_MAX];
    size_t n;

    if (!portfolio || !pf_realpath(folder, rf) || !pf_realpath(portfolio, rp))
        return 0;
    n = strlen(rf);
    return strncmp(rf, rp, n) == 0 && (rp[n] == '\0' || pf_is_sep(rp[n]) || (n > 0 && pf_is_sep(rf[n - 1])));
}

/* The identities (device, inode) of the input files, so that none of them is taken for an output file. */
typedef struct wr_ids {
    unsigned long long dev[2 * WR_MAX_INPUTS];
    unsigned long long ino[2 * WR_MAX_INPUTS];
    size_t n;
} wr_ids;

/* Record the identity of every input that exists (as named, and its .gz twin). */
static void wr_ids_load(const wr_options *opt, wr_ids *ids)
{
    char gz[WR_PATH_MAX];
    pf_info st;
    size_t i;

    ids->n = 0;
    for (i = 0; i < opt->ninputs && i < WR_MAX_INPUTS; i++) {
        if (!opt->inputs[i])
            continue;
        if (pf_info_path(opt->inputs[i], 1, &st) == 0) {
            ids->dev[ids->n] = st.dev;
            ids->ino[ids->n++] = st.ino;
        }
        if (snprintf(gz, sizeof gz, "%s.gz", opt->inputs[i]) < (int)sizeof gz &&
            pf_info_path(gz, 1, &st) == 0) {
            ids->dev[ids->n] = st.dev;
            ids->ino[ids->n++] = st.ino;
        }
    }
}

/* 1 if st is one of the inputs. */
static int wr_is_input(const wr_ids *ids, const pf_info *st)
{
    size_t i;

    for (i = 0; ids && i < ids->n; i++)
        if (ids->dev[i] == st->dev && ids->ino[i] == st->ino)
            return 1;
    return 0;
}

/* 1 if name is a subfolder migrate writes. */
static int wr_is_subfolder(const char *name)
{
    static const char *const subs[] = WR_SUBFOLDERS;
    size_t i;

    for (i = 0; i < sizeof subs / sizeof subs[0]; i++)
        if (!strcmp(name, subs[i]))
            return 1;
    return 0;
}

/* 1 if a file name as SHA256SUMS lists it is one migrate could have written: NAME or SUBFOLDER/NAME. */
static int wr_valid_listed(const char *name, size_t len)
{
    const char *slash = NULL, *b;
    size_t base, k;
    char sub[64];

    for (k = len; k > 0 && !slash; k--) /* the last '/' */
        if (name[k - 1] == '/')
            slash = name + k - 1;
    base = slash ? len - (size_t)(slash + 1 - name) : len;
    b = slash ? slash + 1 : name;

    if (len == 0 || base == 0 || memchr(name, '\\', len) || memchr(name, '\0', len))
        return 0;
    if ((base == 1 && b[0] == '.') || (base == 2 && b[0] == '.' && b[1] == '.'))
        return 0;
    if (!slash)
        return 1;
    if ((size_t)(slash - name) >= sizeof sub)
        return 0;
    memcpy(sub, name, (size_t)(slash - name));
    sub[slash - name] = '\0';
    return wr_is_subfolder(sub);
}

static int wr_str_cmp(const void *a, const void *b);

/* An output folder as found: what its SHA256SUMS lists and the first entry migrate did not write. */
typedef struct wr_found {
    wr_start st;
    char *sums;          /* the text of SHA256SUMS; the names point into it */
    const char **names;  /* the file names it lists */
    const char **sorted; /* the same, in strcmp order */
    size_t nnames;
    const char *full_run;      /* a listed import file or ledger (a full run's output), NULL if none */
    char foreign[WR_PATH_MAX]; /* the first entry, in name order, migrate did not write; "" if none */
    mg_msg why;                /* why that entry is foreign: a clause of MSG_WRITE_FOREIGN */
    int verify;                /* check every listed file's checksum (an output about to be replaced) */
} wr_found;

/* Free what wr_inspect allocated. */
static void wr_found_free(wr_found *f)
{
    free(f->sums);
    free((void *)f->names);
    free((void *)f->sorted);
    f->sums = NULL;
    f->names = NULL;
    f->sorted = NULL;
    f->nnames = 0;
}

/* Mark rel as the first foreign entry (if none yet). */
static void wr_foreign(wr_found *f, const char *rel, mg_msg why)
{
    if (f->foreign[0])
        return;
    snprintf(f->foreign, sizeof f->foreign, "%s", rel);
    f->why = why;
}

/* Fail because the output folder holds an entry migrate did not write: the message in each language with
 * the reason (a clause of MSG_WRITE_FOREIGN) in that language. */
static mg_error wr_fail_foreign(mg_errinfo *ei, const char *outdir, const wr_found *f)
{
    mg_error err = MG_FAIL(ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_FOREIGN, f->foreign, ""); /* file, line */
    int l;

    /* each language with its own reason; a message cut at MG_ERRMSG_MAX is still clear */
    for (l = 0; ei && l < LANG_COUNT; l++)
        if (snprintf(ei->msg[l], sizeof ei->msg[l], MG_FMT((mg_lang)l, MSG_WRITE_FOREIGN), f->foreign,
                     msg_text(f->why, (mg_lang)l)) < 0)
            ei->msg[l][0] = '\0';
    return err;
}

/* Read and parse the SHA256SUMS of an output folder (dirfd), if it is a plain file; a line not in the form
 * migrate writes makes the file itself foreign. */
static mg_error wr_read_sums(const pf_dir *dir, wr_found *f, const char *shown, mg_errinfo *ei)
{
    pf_info st, st2;
    int fd;
    size_t len = 0, i, lines = 0;
    char *line;
    mg_error err;

    if (pf_dir_info(dir, WR_SHA256SUMS, &st) != 0 || st.kind != PF_FILE)
        return MG_OK; /* absent, or not a plain file: the walk calls it foreign */
    if (st.size > WR_SUMS_MAX) {
        wr_foreign(f, WR_SHA256SUMS, MSG_WRITE_WHY_TOO_LARGE);
        return MG_OK;
    }
    fd = pf_dir_open_read(dir, WR_SHA256SUMS);
    if (fd < 0)
        return MG_FAIL(ei, MG_ERR_OUTPUT, shown, 0, MSG_WRITE_SUMS_READ, strerror(errno));
    f->sums = malloc(WR_SUMS_MAX + 1);
    if (!f->sums || pf_info_fd(fd, &st2) != 0 || st2.kind != PF_FILE) {
        (void)close(fd); /* read only: nothing to lose */
        return f->sums ? MG_FAIL(ei, MG_ERR_OUTPUT, shown, 0, MSG_WRITE_SUMS_UNREADABLE) : MG_ERR_NOMEM;
    }
    for (;;) {
        long long n = pf_read(fd, f->sums + len, WR_SUMS_MAX + 1 - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            (void)close(fd);
            return MG_FAIL(ei, MG_ERR_OUTPUT, shown, 0, MSG_WRITE_SUMS_READ, strerror(e));
        }
        if (n == 0 || (len += (size_t)n) > WR_SUMS_MAX)
            break;
    }
    (void)close(fd);
    if (len > WR_SUMS_MAX) {
        wr_foreign(f, WR_SHA256SUMS, MSG_WRITE_WHY_TOO_LARGE);
        return MG_OK;
    }
    f->st.has_sums = 1;
    err = dg_sha256_data(f->sums, len, f->st.digest);
    if (err == MG_ERR_NOMEM)
        return err;
    if (err) {
        char path[WR_PATH_MAX];
        return MG_FAIL(ei, err, wr_join(path, sizeof path, shown, WR_SHA256SUMS) ? path : shown, 0,
                       MSG_WRITE_CHECKSUM, dg_why());
    }
    for (i = 0; i < len; i++)
        lines += f->sums[i] == '\n';
    f->names = malloc((lines + 1) * sizeof *f->names);
    if (!f->names)
        return MG_ERR_NOMEM;
    f->sums[len] = '\0';
    for (line = f->sums; *line;) {
        char *nl = memchr(line, '\n', (size_t)(f->sums + len - line));
        char *name = line + DG_SHA256_HEX_LEN + 2;
        size_t k;
        if (!nl) {
            wr_foreign(f, WR_SHA256SUMS, MSG_WRITE_WHY_NO_LINE_END);
            return MG_OK;
        }
        *nl = '\0';
        for (k = 0; k < DG_SHA256_HEX_LEN && line + k < nl; k++)
            if (!strchr("0123456789abcdef", line[k]) || !line[k])
                break;
        if (k != DG_SHA256_HEX_LEN || name > nl || line[k] != ' ' ||
            (line[k + 1] != ' ' && line[k + 1] != '*') || !wr_valid_listed(name, (size_t)(nl - name))) {
            wr_foreign(f, WR_SHA256SUMS, MSG_WRITE_WHY_NOT_THE_FORM);
            return MG_OK;
        }
        f->names[f->nnames++] = name;
        if (!strcmp(name, WR_VERWERKING) || !strncmp(name, "ketenmachtigingen-", 18))
            if (!f->full_run)
                f->full_run = name;
        line = nl + 1;
    }
    f->sorted = malloc((f->nnames + 1) * sizeof *f->sorted);
    if (!f->sorted)
        return MG_ERR_NOMEM;
    memcpy((void *)f->sorted, f->names, f->nnames * sizeof *f->names);
    qsort((void *)f->sorted, f->nnames, sizeof *f->sorted, wr_str_cmp);
    return MG_OK;
}

/* bsearch/qsort order of names. */
static int wr_str_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* 1 if SHA256SUMS lists rel (a binary search: an output can hold thousands of letters). */
static int wr_listed(const wr_found *f, const char *rel)
{
    return f->sorted && bsearch(&rel, f->sorted, f->nnames, sizeof *f->sorted, wr_str_cmp) != NULL;
}

/* *same = 1 if the file rel (name in dirfd) still has the SHA-256 that SHA256SUMS lists for it: unchanged
 * since migrate wrote it (a file that cannot be read is changed). Fails only when no checksum can be made;
 * the message names the file under shown. */
static mg_error wr_unchanged(const pf_dir *dir, const char *name, const wr_found *f, const char *rel,
                             int *same, const char *shown, mg_errinfo *ei)
{
    char got[DG_SHA256_HEX_SIZE], path[WR_PATH_MAX];
    const char *want = NULL;
    size_t i;
    mg_error err;
    int fd;

    *same = 0;
    for (i = 0; i < f->nnames && !want; i++)
        if (!strcmp(f->names[i], rel))
            want = f->names[i] - DG_SHA256_HEX_LEN - 2;
    if (!want)
        return MG_OK;
    fd = pf_dir_open_read(dir, name);
    if (fd < 0)
        return MG_OK;
    err = dg_sha256_fd(fd, got);
    (void)close(fd); /* read only */
    if (err == MG_ERR_INPUT)
        return MG_OK; /* unreadable: changed */
    if (err == MG_ERR_NOMEM)
        return err;
    if (err)
        return MG_FAIL(ei, err, wr_join(path, sizeof path, shown, rel) ? path : shown, 0, MSG_WRITE_CHECKSUM,
                       dg_why());
    *same = memcmp(got, want, DG_SHA256_HEX_LEN) == 0;
    return MG_OK;
}

/* Order names. */
static int wr_name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Free a list of names. */
static void wr_names_free(char **v, size_t n)
{
    size_t i;

    for (i = 0; v && i < n; i++)
        free(v[i]);
    free(v);
}

/* The names of a folder as wr_list collects them. */
typedef struct wr_names {
    char **v;
    size_t n, cap;
    mg_error err;
    const char *shown;
    mg_errinfo *ei;
} wr_names;

/* pf_dir_each callback: keep one name. */
static int wr_names_add(void *ctx, const char *name)
{
    wr_names *l = ctx;

    if (l->n >= WR_ENTRIES_MAX)
        l->err = MG_FAIL(l->ei, MG_ERR_OUTPUT, l->shown, 0, MSG_WRITE_TOO_MANY_ENTRIES, WR_ENTRIES_MAX);
    else if (!mg_grow((void **)&l->v, l->n, &l->cap, sizeof *l->v, 64) || (l->v[l->n] = strdup(name)) == NULL)
        l->err = MG_ERR_NOMEM;
    else
        l->n++;
    return l->err != MG_OK;
}

/* The names in a folder (without . and ..), sorted; MG_ERR_OUTPUT if it cannot be read or is too big. */
static mg_error wr_list(const pf_dir *dir, const char *shown, char ***out, size_t *n, mg_errinfo *ei)
{
    wr_names l = {NULL, 0, 0, MG_OK, shown, ei};

    *out = NULL;
    *n = 0;
    if (pf_dir_each(dir, wr_names_add, &l) < 0)
        l.err = MG_FAIL(ei, MG_ERR_OUTPUT, shown, 0, MSG_WRITE_FOLDER_UNREADABLE, strerror(errno));
    if (l.err) {
        wr_names_free(l.v, l.n);
        return l.err;
    }
    if (l.n > 1)
        qsort(l.v, l.n, sizeof *l.v, wr_name_cmp);
    *out = l.v;
    *n = l.n;
    return MG_OK;
}

/* Walk a folder (sub: the subfolder's name, or NULL for the output folder itself) in name order and
 * mark the first entry migrate did not write. */
static mg_error wr_walk(const pf_dir *dir, const char *sub, const wr_ids *ids, wr_found *f, const char *shown,
                        mg_errinfo *ei)
{
    char **v;
    size_t n, i;
    char rel[WR_PATH_MAX];
    mg_error err = wr_list(dir, shown, &v, &n, ei);

    if (err)
        return err;
    if (!sub && n)
        f->st.nonempty = 1;
    for (i = 0; i < n && !err && !f->foreign[0]; i++) {
        pf_info st;
        snprintf(rel, sizeof rel, "%s%s%s", sub ? sub : "", sub ? "/" : "", v[i]);
        if (pf_dir_info(dir, v[i], &st) != 0) {
            wr_foreign(f, rel, MSG_WRITE_WHY_UNEXAMINED);
        } else if (st.kind == PF_LINK) {
            wr_foreign(f, rel, MSG_WRITE_WHY_SYMLINK);
        } else if (wr_is_input(ids, &st)) {
            wr_foreign(f, rel, MSG_WRITE_WHY_INPUT);
        } else if (st.kind == PF_FOLDER) {
            pf_dir *d = wr_is_subfolder(rel) ? pf_dir_sub(dir, v[i]) : NULL;
            if (!d) {
                wr_foreign(f, rel, MSG_WRITE_WHY_FOLDER);
            } else {
                err = wr_walk(d, rel, ids, f, shown, ei);
                pf_dir_close(d);
            }
        } else if (st.kind != PF_FILE) {
            wr_foreign(f, rel, MSG_WRITE_WHY_NOT_PLAIN);
        } else if (!sub && !strcmp(v[i], WR_SHA256SUMS) && f->st.has_sums) {
            /* the marker itself */
        } else if (!f->st.has_sums) {
            wr_foreign(f, rel, MSG_WRITE_WHY_NO_SUMS);
        } else if (!wr_listed(f, rel)) {
            wr_foreign(f, rel, MSG_WRITE_WHY_NOT_LISTED);
        } else if (f->verify) {
            int same = 0;
            err = wr_unchanged(dir, v[i], f, rel, &same, shown, ei);
            if (!err && !same)
                wr_foreign(f, rel, MSG_WRITE_WHY_CHANGED);
        }
    }
    wr_names_free(v, n);
    return err;
}

/* Look at what path holds (shown in messages as `shown`): a folder, its SHA256SUMS, its foreign entries. */
static mg_error wr_inspect(const char *path, const char *shown, const wr_ids *ids, int verify, wr_found *f,
                           mg_errinfo *ei)
{
    pf_dir *d = pf_dir_open(path, PF_NOFOLLOW);
    pf_info st;
    mg_error err;

    memset(f, 0, sizeof *f);
    f->verify = verify;
    if (!d) {
        int e = errno;
        if (e == ENOENT)
            return MG_OK;
        if (pf_info_path(path, 0, &st) == 0 && st.kind == PF_LINK)
            return MG_FAIL(ei, MG_ERR_OUTPUT, shown, 0, MSG_WRITE_OUT_SYMLINK);
        if (e == ENOTDIR || (pf_info_path(path, 0, &st) == 0 && st.kind != PF_FOLDER))
            return MG_FAIL(ei, MG_ERR_OUTPUT, shown, 0, MSG_WRITE_OUT_NOT_FOLDER);
        return MG_FAIL(ei, MG_ERR_OUTPUT, shown, 0, MSG_WRITE_OUT_UNUSABLE, strerror(e));
    }
    if (pf_dir_self(d, &st) != 0) {
        int e = errno;
        pf_dir_close(d);
        return MG_FAIL(ei, MG_ERR_OUTPUT, shown, 0, MSG_WRITE_OUT_UNUSABLE, strerror(e));
    }
    f->st.exists = 1;
    f->st.dev = st.dev;
    f->st.ino = st.ino;
    err = wr_read_sums(d, f, shown, ei);
    if (!err)
        err = wr_walk(d, NULL, ids, f, shown, ei);
    pf_dir_close(d);
    if (err)
        wr_found_free(f);
    return err;
}

/* Check an earlier output folder against its SHA256SUMS. */
mg_error wr_verify_previous(const char *dir, const char *required, mg_errinfo *ei)
{
    pf_dir *d = pf_dir_open(dir, 0);
    char path[WR_PATH_MAX];
    wr_found f;
    mg_error err;
    size_t i;

    memset(&f, 0, sizeof f);
    if (!d)
        return MG_FAIL(ei, MG_ERR_INPUT, dir, 0, MSG_WRITE_PREV_UNUSABLE, strerror(errno));
    err = wr_read_sums(d, &f, dir, ei);
    if (err == MG_ERR_OUTPUT) /* SHA256SUMS could not be read: an input problem here */
        err = MG_ERR_INPUT;
    if (!err && !f.st.has_sums && !f.foreign[0])
        err = MG_FAIL(ei, MG_ERR_DATA, dir, 0, MSG_WRITE_PREV_NO_SUMS);
    else if (!err && f.foreign[0])
        err = MG_FAIL(ei, MG_ERR_DATA, wr_join(path, sizeof path, dir, WR_SHA256SUMS) ? path : dir, 0,
                      MSG_WRITE_PREV_BAD_SUMS);
    for (i = 0; !err && i < f.nnames; i++) {
        pf_info st;
        int same = 0;
        const char *shown = wr_join(path, sizeof path, dir, f.names[i]) ? path : f.names[i];
        if (pf_dir_info(d, f.names[i], &st) != 0 || st.kind != PF_FILE) {
            err = MG_FAIL(ei, MG_ERR_DATA, shown, 0, MSG_WRITE_PREV_MISSING);
            break;
        }
        err = wr_unchanged(d, f.names[i], &f, f.names[i], &same, dir, ei);
        if (!err && !same)
            err = MG_FAIL(ei, MG_ERR_DATA, shown, 0, MSG_WRITE_PREV_CHANGED);
    }
    if (!err && !wr_listed(&f, required))
        err = MG_FAIL(ei, MG_ERR_DATA, dir, 0, MSG_PRIOR_NO_STAND);
    pf_dir_close(d);
    wr_found_free(&f);
    return err;
}

/* The first file of the output at path (the files its SHA256SUMS lists, then SHA256SUMS) that another program
 * holds open so that it cannot be removed (Windows: Excel, say); its name as shown in held, 1; else 0. */
static int wr_held_open(const char *path, const wr_found *f, const char *shown, char *held, size_t size)
{
    pf_dir *d = pf_dir_open(path, PF_NOFOLLOW);
    const char *name = NULL;
    size_t i;

    if (!d)
        return 0;
    for (i = 0; i <= f->nnames && !name; i++) {
        const char *n = i < f->nnames ? f->names[i] : WR_SHA256SUMS;
        if (pf_dir_in_use(d, n))
            name = n;
    }
    pf_dir_close(d);
    if (name && !wr_join(held, size, shown, name))
        snprintf(held, size, "%s", name);
    return name != NULL;
}

/* Check that the output folder can be used, and record what it holds. */
mg_error wr_check_outdir(const wr_options *opt, wr_start *start, mg_errinfo *ei)
{
    pf_info st;
    char parent[WR_PATH_MAX], base[WR_PATH_MAX], held[WR_PATH_MAX];
    const char *outdir = opt->outdir;
    wr_ids ids;
    wr_found f;
    mg_error err;

    memset(start, 0, sizeof *start);
    if (!wr_split(outdir, parent, sizeof parent, base, sizeof base))
        return MG_FAIL(ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_OUT_BAD_NAME);
    if (pf_info_path(parent, 1, &st) != 0 || st.kind != PF_FOLDER)
        return MG_FAIL(ei, MG_ERR_OUTPUT, parent, 0, MSG_WRITE_NO_PARENT);
    wr_ids_load(opt, &ids);
    err = wr_inspect(outdir, outdir, &ids, opt->force, &f, ei);
    if (err)
        return err;
    if (f.st.exists && wr_holds(outdir, opt->portfolio))
        err = MG_FAIL(ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_OUT_HOLDS_PORTFOLIO);
    else if (f.foreign[0])
        err = wr_fail_foreign(ei, outdir, &f);
    else if (opt->dry_run && f.full_run)
        err = MG_FAIL(ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_DRY_OVER_FULL, f.full_run);
    else if (f.st.nonempty && !opt->force)
        err = MG_FAIL(ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_NOT_EMPTY);
    else if (f.st.nonempty && wr_held_open(outdir, &f, outdir, held, sizeof held))
        err = MG_FAIL(ei, MG_ERR_OUTPUT, held, 0, MSG_WRITE_IN_USE);
    else
        *start = f.st;
    wr_found_free(&f);
    return err;
}

/* Order services by code. */
static int wr_svc_cmp_code(const catalog *cat, size_t a, size_t b)
{
    return strcmp(cat->services[a].code, cat->services[b].code);
}

/* Remove the files this run wrote into the temporary folder, then the folder (never anything else); a
 * folder that still holds files someone else put there is kept, with a warning. */
static void wr_remove_written(const wr_ctx *c)
{
    static const char *const subs[] = WR_SUBFOLDERS;
    char path[WR_PATH_MAX];
    size_t i;

    for (i = 0; i < c->nfiles; i++)
        if (wr_join(path, sizeof path, c->tmp, c->files[i]))
            unlink(path);
    for (i = 0; i < sizeof subs / sizeof subs[0]; i++)
        if (wr_join(path, sizeof path, c->tmp, subs[i]))
            rmdir(path); /* only if empty; absent is fine */
    if (rmdir(c->tmp) != 0 && (errno == ENOTEMPTY || errno == EEXIST)) {
        fprintf(stderr, "migrate: %s: %s: ", c->opt->outdir, MG_TEXT(c->cfg->lang, MSG_LABEL_WARNING));
        fprintf(stderr, MG_FMT(c->cfg->lang, MSG_WRITE_KEPT_TMP), c->tmp);
        fputc('\n', stderr);
    }
}

/* Remove a replaced output (now at path): only the files its SHA256SUMS lists, each checked again to be a
 * plain file, then migrate's subfolders if empty, SHA256SUMS and the folder if empty; a file that cannot be
 * removed is named, with where it is kept. */
static void wr_remove_old(const char *path, const wr_found *f, const char *shown, mg_lang lang)
{
    static const char *const subs[] = WR_SUBFOLDERS;
    pf_dir *d = pf_dir_open(path, PF_NOFOLLOW);
    pf_info st;
    size_t i, k, kept = 0;
    int e;

    if (!d)
        return;
    for (i = 0; i <= f->nnames; i++) {
        const char *name = i < f->nnames ? f->names[i] : WR_SHA256SUMS;
        if (i == f->nnames) /* SHA256SUMS last, once the subfolders it lists are empty */
            for (k = 0; k < sizeof subs / sizeof subs[0]; k++)
                if (pf_dir_info(d, subs[k], &st) == 0 && st.kind == PF_FOLDER)
                    (void)pf_dir_rmdir(d, subs[k]); /* only if empty */
        if (pf_dir_info(d, name, &st) != 0 || st.kind != PF_FILE || pf_dir_unlink(d, name) == 0)
            continue;
        kept++; /* held open by another program (Windows), say: name the file and where it is now */
        e = errno;
        fprintf(stderr, "migrate: %s/%s: %s: ", shown, name, MG_TEXT(lang, MSG_LABEL_WARNING));
        fprintf(stderr, MG_FMT(lang, MSG_WRITE_OLD_KEPT), strerror(e), path);
        fputc('\n', stderr);
    }
    pf_dir_close(d);
    if (rmdir(path) != 0 && errno != ENOENT && !kept) {
        fprintf(stderr, "migrate: %s: %s: ", shown, MG_TEXT(lang, MSG_LABEL_WARNING));
        fprintf(stderr, MG_FMT(lang, MSG_WRITE_KEPT_ADDED), path);
        fputc('\n', stderr);
    }
}

/* An atomic rename where the system has it (Linux's renameat2); else the same under the lock: NOREPLACE as a
 * check and a rename, EXCHANGE as three renames through spare (a name that does not exist). 0 or -1 with
 * errno. */
static int wr_rename2(const char *from, const char *to, unsigned mode, const char *spare)
{
    pf_info st;

    if (pf_rename2(from, to, mode) == 0)
        return 0;
    if (errno != ENOSYS)
        return -1;
    if (mode == PF_RENAME_NOREPLACE) {
        if (pf_info_path(to, 0, &st) == 0) {
            errno = EEXIST;
            return -1;
        }
        return pf_rename(from, to);
    }
    if (pf_rename(to, spare) != 0)
        return -1;
    if (pf_rename(from, to) != 0) {
        int e = errno;
        (void)pf_rename(spare, to); /* put it back: its name was just freed */
        errno = e;
        return -1;
    }
    if (pf_rename(spare, from) != 0) {
        int e = errno;
        if (pf_rename(to, from) == 0) /* undo both: the new folder back, the old one back in place */
            (void)pf_rename(spare, to);
        errno = e;
        return -1;
    }
    return 0;
}

/* The output path did not exist at the start: put the new folder there unless something appeared. */
static mg_error wr_put_new(wr_ctx *c, const char *outdir)
{
    if (wr_rename2(c->tmp, outdir, PF_RENAME_NOREPLACE, NULL) == 0) {
        c->committed = 1;
        return MG_OK;
    }
    if (errno == EEXIST || errno == ENOTEMPTY)
        return MG_FAIL(c->ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_APPEARED);
    return MG_FAIL(c->ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_PUT_IN_PLACE, strerror(errno));
}

/* The output path held an empty folder or an earlier output at the start: exchange it for the new folder,
 * check that what came out is the folder seen at the start, unchanged (else exchange back), then remove
 * the files of it that migrate wrote. */
static mg_error wr_put_over(wr_ctx *c, const char *outdir, const wr_start *start, const wr_ids *ids)
{
    char spare[WR_PATH_MAX], held[WR_PATH_MAX];
    wr_found f;
    mg_errinfo scratch;
    mg_error ierr;
    int same;

    if (snprintf(spare, sizeof spare, "%s.swap", c->tmp) >= (int)sizeof spare)
        return MG_FAIL(c->ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_PATH_TOO_LONG);
    if (wr_rename2(c->tmp, outdir, PF_RENAME_EXCHANGE, spare) != 0) {
        int e = errno, busy = 0;
        if (e == ENOENT)
            return MG_FAIL(c->ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_REMOVED);
        if (e == EACCES && start->nonempty) { /* Windows: a file opened since the start holds its folder */
            memset(&scratch, 0, sizeof scratch);
            busy = wr_inspect(outdir, outdir, ids, 0, &f, &scratch) == MG_OK &&
                   wr_held_open(outdir, &f, outdir, held, sizeof held);
            wr_found_free(&f);
        }
        if (busy)
            return MG_FAIL(c->ei, MG_ERR_OUTPUT, held, 0, MSG_WRITE_IN_USE);
        return MG_FAIL(c->ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_PUT_IN_PLACE, strerror(e));
    }
    /* The new output is in place; c->tmp now holds what was there. */
    memset(&scratch, 0, sizeof scratch);
    ierr = wr_inspect(c->tmp, outdir, ids, 1, &f, &scratch);
    same = !ierr && f.st.exists && f.st.dev == start->dev && f.st.ino == start->ino &&
           f.st.nonempty == start->nonempty && f.st.has_sums == start->has_sums &&
           !strcmp(f.st.digest, start->digest) && !f.foreign[0];
    if (!same) {
        wr_found_free(&f);
        if (wr_rename2(c->tmp, outdir, PF_RENAME_EXCHANGE, spare) != 0) {
            c->committed = 1; /* c->tmp holds the other folder now: remove nothing */
            return MG_FAIL(c->ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_CHANGED_PUT_BACK_FAILED,
                           strerror(errno), c->tmp);
        }
        if (ierr == MG_ERR_INTERNAL) { /* no checksum could be made: say that, not that it changed */
            if (c->ei)
                *c->ei = scratch;
            return ierr;
        }
        return MG_FAIL(c->ei, MG_ERR_OUTPUT, outdir, 0, MSG_WRITE_CHANGED);
    }
    c->committed = 1;
    wr_remove_old(c->tmp, &f, outdir, c->cfg->lang);
    wr_found_free(&f);
    return MG_OK;
}

/* Put the temporary folder in place of outdir if outdir still holds what it held at the start; one run
 * at a time (a lock on the parent folder), each step checked by the rename itself. */
static mg_error wr_commit(wr_ctx *c, const wr_options *opt, const wr_start *start, const wr_ids *ids,
                          const char *parent)
{
    mg_error err;
    int lock;

    if (pf_sync_folder(c->tmp) != 0)
        return MG_FAIL(c->ei, MG_ERR_WRITE, opt->outdir, 0, MSG_WRITE_SYNC, strerror(errno));
    lock = pf_lock(parent, WR_LOCK_WAIT_MS);
    err = start->exists ? wr_put_over(c, opt->outdir, start, ids) : wr_put_new(c, opt->outdir);
    if (!err && pf_sync_folder(parent) != 0)
        err = MG_FAIL(c->ei, MG_ERR_WRITE, parent, 0, MSG_WRITE_SYNC_PARENT, strerror(errno));
    pf_unlock(lock);
    return err;
}

/* Name the output folder the user gave, not the temporary one, in an error about a file being written. */
static void wr_user_path(mg_errinfo *ei, const char *tmp, const char *outdir)
{
    size_t n = strlen(tmp);
    char buf[sizeof ei->file];

    if (strncmp(ei->file, tmp, n) == 0 && (ei->file[n] == '\0' || ei->file[n] == '/')) {
        snprintf(buf, sizeof buf, "%s%s", outdir, ei->file + n);
        memcpy(ei->file, buf, sizeof buf);
    }
}

/* The signing pack in folder dir (ondertekening, or aanvulling/ondertekening of a status run): the letters in
 * at most WR_LETTER_JOBS jobs (at some 10 ms a letter, the longest work of all), then verzendlijst.csv. */
static mg_error wr_letter_jobs(wr_ctx *c, wr_queue *q, const char *dir, const char *sendlist)
{
    const lt_set *s = c->opt->letters;
    char path[WR_PATH_MAX];
    size_t per, i, k;

    if (!s || !s->n)
        return MG_OK;
    if (!wr_join(path, sizeof path, c->tmp, dir) || pf_mkdir(path) != 0)
        return MG_FAIL(c->ei, MG_ERR_WRITE, path, 0, MSG_WRITE_CREATE, strerror(errno));
    for (i = 0; i < s->n; i++)
        snprintf(c->letter_names[i], WR_NAME_MAX, "%s/%s", dir, s->v[i].file);
    per = (s->n + WR_LETTER_JOBS - 1) / WR_LETTER_JOBS;
    for (i = 0; i < s->n; i += per) { /* each job's letters have consecutive checksum slots */
        size_t last = i + per < s->n ? i + per : s->n;
        wr_job *j = wr_job_add(c, q, c->letter_names[i], WR_JOB_LETTERS, NULL, NULL);
        for (k = i + 1; k < last; k++)
            wr_slot(c, c->letter_names[k]);
        j->first = i;
        j->last = last;
    }
    wr_job_add(c, q, sendlist, WR_JOB_TABLE, &tb_verzendlijst, NULL);
    return MG_OK;
}

/* The jobs of a run, largest first: the letters, the review workbook, then the CSV files by size. */
static mg_error wr_run_jobs(wr_ctx *c, wr_queue *q, const wr_options *opt)
{
    mg_error err;

    if (!opt->dry_run && opt->import_files && (err = wr_letter_jobs(c, q, LT_DIR, LT_DIR "/" LT_SENDLIST)))
        return err;
    wr_job_add(c, q, WR_OVERZICHT, WR_JOB_BOOK, NULL, xl_overzicht);
    if (opt->dry_run)
        return MG_OK;
    /* the small workbooks right after the review workbook: closing a workbook waits for any other's close
     * (xl_context.close_lock), and the review workbook's close takes most of a second at the end */
    wr_job_add(c, q, WR_OPVOLGING_XLSX, WR_JOB_BOOK, NULL, xl_opvolging);
    if (opt->import_files)
        wr_job_add(c, q, WR_FORMULIER_XLSX, WR_JOB_BOOK, NULL, xl_formulier);
    wr_job_add(c, q, WR_INTERN, WR_JOB_TABLE, &tb_intern, NULL);
    wr_job_add(c, q, WR_VERWERKING, WR_JOB_TABLE, &tb_verwerking, NULL);
    if (opt->import_files)
        wr_job_add(c, q, WR_BEHEERMODULE, WR_JOB_IMPORT, NULL, NULL);
    wr_job_add(c, q, WR_MEDEWERKERS, WR_JOB_TABLE, &tb_medewerkers, NULL);
    wr_job_add(c, q, WR_AFWIJZINGEN, WR_JOB_TABLE, &tb_afwijzingen, NULL);
    wr_job_add(c, q, WR_OPVOLGING_CSV, WR_JOB_TABLE, &tb_opvolging, NULL);
    if (opt->import_files) {
        wr_job_add(c, q, WR_STAND, WR_JOB_TABLE, &tb_stand, NULL);
        wr_job_add(c, q, WR_FORMULIER_CSV, WR_JOB_TABLE, &tb_formulier, NULL);
    }
    return MG_OK;
}

/* The jobs of a status run: its own files, then the delta requests in aanvulling/ in the run's formats. */
static mg_error wr_status_jobs(wr_ctx *c, wr_queue *q, const wr_options *opt)
{
    char path[WR_PATH_MAX];
    mg_error err;

    if (!wr_join(path, sizeof path, c->tmp, WR_AANVULLING) || pf_mkdir(path) != 0)
        return MG_FAIL(c->ei, MG_ERR_WRITE, path, 0, MSG_WRITE_CREATE, strerror(errno));
    /* longest first, as measured at a million grants: the letters, libical's calendar, the workbook, the
     * passed-on list */
    err = wr_letter_jobs(c, q, LT_DIR_STATUS, LT_DIR_STATUS "/" LT_SENDLIST);
    if (err)
        return err;
    wr_job_add(c, q, WR_CALENDAR, WR_JOB_CALENDAR, NULL, NULL);
    wr_job_add(c, q, WR_STATUS_XLSX, WR_JOB_BOOK, NULL, xl_status);
    /* the small workbook next: its close would otherwise wait for status.xlsx's (xl_context.close_lock) */
    wr_job_add(c, q, WR_AANVULLING "/" WR_FORMULIER_XLSX, WR_JOB_BOOK, NULL, xl_formulier)->p = opt->delta;
    wr_job_add(c, q, WR_INTERN_NU, WR_JOB_TABLE, &tb_intern_nu, NULL);
    wr_job_add(c, q, WR_VERWERKING, WR_JOB_TABLE, &tb_verwerking, NULL);
    wr_job_add(c, q, WR_STATUS_CSV, WR_JOB_TABLE, &tb_status, NULL);
    wr_job_add(c, q, WR_STAND, WR_JOB_TABLE, &tb_stand_status, NULL);
    wr_job_add(c, q, WR_AFWIJZINGEN, WR_JOB_TABLE, &tb_afwijzingen, NULL);
    wr_job_add(c, q, WR_AANVULLING "/" WR_BEHEERMODULE, WR_JOB_IMPORT, NULL, NULL)->p = opt->delta;
    wr_job_add(c, q, WR_AANVULLING "/" WR_FORMULIER_CSV, WR_JOB_TABLE, &tb_formulier, NULL)->p = opt->delta;
    return MG_OK;
}

/* Free what wr_output allocated in c. */
static void wr_ctx_free(wr_ctx *c)
{
    free(c->svc_order);
    free((void *)c->files);
    free(c->sums);
    free(c->letter_names);
    c->svc_order = NULL;
    c->files = NULL;
    c->sums = NULL;
    c->letter_names = NULL;
    c->nfiles = c->capfiles = 0;
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
    wr_queue q;
    pthread_t thread;
    pthread_mutex_t books; /* held while a workbook is closed */
    wr_start seen;
    const wr_start *start = opt->start;
    wr_ids ids;

    memset(&c, 0, sizeof c);
    c.cfg = cfg;
    c.cat = cat;
    c.p = p;
    c.ei = ei;
    c.opt = opt;
    if (!start) {
        err = wr_check_outdir(opt, &seen, ei);
        if (err)
            return err;
        start = &seen;
    }
    wr_ids_load(opt, &ids);
    wr_split(opt->outdir, parent, sizeof parent, base, sizeof base);
    n = snprintf(c.tmp, sizeof c.tmp, "%s/.%s.tmp.XXXXXX", parent, base);
    if (n < 0 || (size_t)n >= sizeof c.tmp || !pf_mkdtemp(c.tmp))
        return MG_FAIL(ei, MG_ERR_OUTPUT, parent, 0, MSG_WRITE_TMP_FOLDER, strerror(errno));
    c.capfiles = WR_MAX_FILES + (opt->letters ? opt->letters->n : 0);
    c.files = calloc(c.capfiles, sizeof *c.files);
    c.sums = calloc(c.capfiles, sizeof *c.sums);
    c.letter_names = calloc(opt->letters && opt->letters->n ? opt->letters->n : 1, sizeof *c.letter_names);
    c.svc_order = malloc((cat->nservices + 1) * sizeof *c.svc_order);
    if (!c.svc_order || !c.files || !c.sums || !c.letter_names) {
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
    /* Two threads write the files, each taking the next job when it is free; the jobs go largest first (the
     * review workbook, then the CSV files by size) so that the two finish close together. Slots are
     * registered here, in a fixed order, so nothing written depends on which thread is faster. */
    memset(&q, 0, sizeof q);
    q.c = &c;
    q.fmt = fmt;
    if (opt->status) {
        err = wr_status_jobs(&c, &q, opt);
        if (err)
            goto fail;
    } else {
        err = wr_run_jobs(&c, &q, opt);
        if (err)
            goto fail;
    }
    q.current[0] = q.current[1] = q.njobs;
    if (pthread_mutex_init(&q.lock, NULL) != 0) {
        err = MG_ERR_NOMEM;
        goto fail;
    }
    if (pthread_mutex_init(&books, NULL) != 0) {
        pthread_mutex_destroy(&q.lock);
        err = MG_ERR_NOMEM;
        goto fail;
    }
    c.book_lock = &books;
    threaded = pthread_create(&thread, NULL, wr_queue_run, &q) == 0;
    wr_queue_work(&q, 0); /* without a second thread the main thread takes every job */
    if (threaded)
        pthread_join(thread, NULL);
    c.book_lock = NULL;
    pthread_mutex_destroy(&books);
    pthread_mutex_destroy(&q.lock);
    err = MG_OK;
    for (i = 0; i < q.njobs && !err; i++) /* the first failed job in job order tells */
        if ((err = q.job[i].err) != MG_OK && q.job[i].ei.msg[0][0])
            *ei = q.job[i].ei;
    if (!err) {
        wr_say(&c, WR_RAPPORT);
        err = wr_text(&c, WR_RAPPORT, opt->report, strlen(opt->report));
    }
    if (!err)
        err = wr_checksums(&c);
    if (!err) {
        /* From here the renames run to the end: a signal now waits until the output is in place. */
        pf_signals_hold(1);
        if (pf_signal_pending())
            err = MG_FAIL(ei, MG_ERR_INTERRUPTED, opt->outdir, 0, MSG_ERR_INTERRUPTED);
        else
            err = wr_commit(&c, opt, start, &ids, parent);
        pf_signals_hold(0);
    }
    if (!err) {
        wr_ctx_free(&c);
        return MG_OK;
    }
fail:
    if (err == MG_ERR_NOMEM)
        MG_FAIL(ei, err, opt->outdir, 0, MSG_OUT_OF_MEMORY);
    if (!c.committed)
        wr_remove_written(&c);
    wr_ctx_free(&c);
    wr_user_path(ei, c.tmp, opt->outdir);
    return err;
}
