/* prior.c — an earlier output read back: SHA256SUMS verified, then stand.csv row by row. */
#include "prior.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "ident.h"
#include "index.h"
#include "platform.h"
#include "write.h"

/* Hard limits. */
#define PR_PATH_MAX 4096
#define PR_VALUE_SHOWN 64 /* bytes of a bad value shown in a message */

/* The columns of stand.csv, in the order migrate writes them. */
enum {
    PR_KVK,
    PR_NAAM,
    PR_DIENST,
    PR_ROUTE,
    PR_STATUS,
    PR_AANGEVRAAGD_OP,
    PR_INGANGSDATUM,
    PR_EINDDATUM,
    PR_REG_INGANGSDATUM,
    PR_REG_EINDDATUM,
    PR_NCOLS
};

/* Their names, as the header holds them. */
static const char *const pr_cols[PR_NCOLS] = {
    "kvk_machtiginggever",
    "naam_machtiginggever",
    "dienst_code",
    "route",
    "status",
    "aangevraagd_op",
    "ingangsdatum",
    "einddatum",
    "registratie_ingangsdatum",
    "registratie_einddatum",
};

/* State of reading one stand.csv. */
typedef struct pr_ctx {
    const catalog *cat;
    mg_pool *pool;
    pr_list *out;
    const char *path;
    ix_ints *seen; /* (KvK, service) → index in out: a pair twice is refused */
    int header_done;
    mg_error err;
    mg_errinfo *ei;
} pr_ctx;

/* Fail on the current line: column col's value is not as migrate writes it. */
static int pr_bad(pr_ctx *c, long line, int col, const cr_field *f)
{
    char shown[PR_VALUE_SHOWN + 1];
    size_t n = f->len < PR_VALUE_SHOWN ? f->len : PR_VALUE_SHOWN, i;

    for (i = 0; i < n; i++) /* messages never carry control bytes */
        shown[i] = (unsigned char)f->data[i] < 0x20 ? '?' : f->data[i];
    shown[n] = '\0';
    c->err = MG_FAIL(c->ei, MG_ERR_DATA, c->path, line, MSG_PRIOR_VALUE, pr_cols[col], shown);
    return 1;
}

/* A date column: dd-mm-yyyy, or empty when allowed (ST_NO_DATE). 0 if not valid. */
static int pr_date(const cr_field *f, int empty_ok, int32_t *out)
{
    *out = ST_NO_DATE;
    if (f->len == 0)
        return empty_ok;
    return f->len == 10 && f->data[2] == '-' && f->data[5] == '-' && id_date(f->data, f->len, out) == ID_OK;
}

/* The pair (KvK of 8 digits, service) as one number. */
static uint64_t pr_key(const char *kvk, uint16_t service)
{
    return (uint64_t)strtoul(kvk, NULL, 10) << 16 | service;
}

/* csvread callback: the header, then one row at a time. */
static int pr_record(void *ctx, const cr_record *rec)
{
    pr_ctx *c = ctx;
    const cr_field *f = rec->fields;
    st_prior *e;
    char kvk[9], expected[512];
    const cat_service *svc;
    uint16_t service;
    int st, k;
    long other;
    size_t at;

    if (pf_signal_pending()) {
        c->err = MG_FAIL(c->ei, MG_ERR_INTERRUPTED, c->path, rec->line, MSG_ERR_INTERRUPTED);
        return 1;
    }
    if (!c->header_done) {
        size_t o = 0;
        int ok = rec->nfields == PR_NCOLS;
        for (k = 0; k < PR_NCOLS; k++) {
            o += (size_t)snprintf(expected + o, sizeof expected - o, "%s%s", k ? ";" : "", pr_cols[k]);
            if (ok && (f[k].len != strlen(pr_cols[k]) || memcmp(f[k].data, pr_cols[k], f[k].len) != 0))
                ok = 0;
        }
        c->header_done = 1;
        if (!ok) {
            c->err = MG_FAIL(c->ei, MG_ERR_DATA, c->path, rec->line, MSG_PRIOR_HEADER, expected);
            return 1;
        }
        return 0;
    }
    if (rec->nfields != PR_NCOLS) {
        c->err =
            MG_FAIL(c->ei, MG_ERR_DATA, c->path, rec->line, MSG_PRIOR_FIELDS, rec->nfields, (size_t)PR_NCOLS);
        return 1;
    }
    if (f[PR_KVK].len != 8 || id_kvk(f[PR_KVK].data, f[PR_KVK].len, kvk) != ID_OK)
        return pr_bad(c, rec->line, PR_KVK, &f[PR_KVK]);
    if (f[PR_DIENST].len == strlen(CAT_ALL_SERVICES_CODE) &&
        !memcmp(f[PR_DIENST].data, CAT_ALL_SERVICES_CODE, f[PR_DIENST].len)) {
        service = ST_ALL_SERVICES;
    } else {
        size_t i;
        svc = NULL;
        for (i = 0; i < c->cat->nservices && !svc; i++)
            if (strlen(c->cat->services[i].code) == f[PR_DIENST].len &&
                !memcmp(c->cat->services[i].code, f[PR_DIENST].data, f[PR_DIENST].len))
                svc = &c->cat->services[i];
        if (!svc) {
            char code[PR_VALUE_SHOWN + 1];
            size_t n = f[PR_DIENST].len < PR_VALUE_SHOWN ? f[PR_DIENST].len : PR_VALUE_SHOWN;
            for (i = 0; i < n; i++)
                code[i] = (unsigned char)f[PR_DIENST].data[i] < 0x20 ? '?' : f[PR_DIENST].data[i];
            code[n] = '\0';
            c->err = MG_FAIL(c->ei, MG_ERR_DATA, c->path, rec->line, MSG_PRIOR_SERVICE, code);
            return 1;
        }
        service = (uint16_t)cat_service_index(c->cat, svc);
    }
    if (!((f[PR_ROUTE].len == 12 && !memcmp(f[PR_ROUTE].data, "beheermodule", 12)) ||
          (f[PR_ROUTE].len == 9 && !memcmp(f[PR_ROUTE].data, "formulier", 9)) || f[PR_ROUTE].len == 0))
        return pr_bad(c, rec->line, PR_ROUTE, &f[PR_ROUTE]);
    st = st_status_parse(f[PR_STATUS].data ? f[PR_STATUS].data : "", f[PR_STATUS].len);
    if (st < 0)
        return pr_bad(c, rec->line, PR_STATUS, &f[PR_STATUS]);
    at = ix_ints_get(c->seen, pr_key(kvk, service));
    if (at != IX_NONE) {
        other = c->out->v[at].line;
        char code[64];
        snprintf(code, sizeof code, "%s",
                 service == ST_ALL_SERVICES ? CAT_ALL_SERVICES_CODE : c->cat->services[service].code);
        c->err = MG_FAIL(c->ei, MG_ERR_DATA, c->path, rec->line, MSG_PRIOR_TWICE, kvk, code, other);
        return 1;
    }
    if (!mg_grow((void **)&c->out->v, c->out->n, &c->out->cap, sizeof *c->out->v, 256)) {
        c->err = MG_ERR_NOMEM;
        return 1;
    }
    e = &c->out->v[c->out->n];
    memset(e, 0, sizeof *e);
    memcpy(e->kvk, kvk, sizeof e->kvk);
    e->service = service;
    e->status = (st_status)st;
    e->line = rec->line;
    if (!pr_date(&f[PR_AANGEVRAAGD_OP], 1, &e->requested))
        return pr_bad(c, rec->line, PR_AANGEVRAAGD_OP, &f[PR_AANGEVRAAGD_OP]);
    if (!pr_date(&f[PR_INGANGSDATUM], 1, &e->start))
        return pr_bad(c, rec->line, PR_INGANGSDATUM, &f[PR_INGANGSDATUM]);
    if (!pr_date(&f[PR_EINDDATUM], 1, &e->end))
        return pr_bad(c, rec->line, PR_EINDDATUM, &f[PR_EINDDATUM]);
    if (!pr_date(&f[PR_REG_INGANGSDATUM], 1, &e->reg_start))
        return pr_bad(c, rec->line, PR_REG_INGANGSDATUM, &f[PR_REG_INGANGSDATUM]);
    if (!pr_date(&f[PR_REG_EINDDATUM], 1, &e->reg_end))
        return pr_bad(c, rec->line, PR_REG_EINDDATUM, &f[PR_REG_EINDDATUM]);
    e->naam = pool_strndup(c->pool, f[PR_NAAM].data ? f[PR_NAAM].data : "", f[PR_NAAM].len);
    if (!e->naam) {
        c->err = MG_ERR_NOMEM;
        return 1;
    }
    if (!ix_ints_put(c->seen, pr_key(kvk, service), c->out->n)) {
        c->err = MG_ERR_NOMEM;
        return 1;
    }
    c->out->n++;
    return 0;
}

/* Verify an earlier output and read its stand.csv. */
mg_error pr_load(const char *dir, const catalog *cat, mg_pool *pool, pr_list *out, mg_errinfo *ei)
{
    char path[PR_PATH_MAX];
    cr_options opt;
    cr_info info;
    pr_ctx c;
    mg_error err;
    int n;

    memset(out, 0, sizeof *out);
    err = wr_verify_previous(dir, PR_STAND, ei);
    if (err)
        return err;
    n = snprintf(path, sizeof path, "%s/%s", dir, PR_STAND);
    if (n < 0 || (size_t)n >= sizeof path)
        return MG_FAIL(ei, MG_ERR_INPUT, dir, 0, MSG_WRITE_PATH_TOO_LONG);
    memset(&opt, 0, sizeof opt);
    opt.delimiter = ';';
    opt.encoding = CR_ENC_UTF8;
    memset(&c, 0, sizeof c);
    c.cat = cat;
    c.pool = pool;
    c.out = out;
    c.path = path;
    c.ei = ei;
    c.seen = ix_ints_new();
    err = c.seen ? cr_read_file(path, &opt, pr_record, &c, &info, ei) : MG_ERR_NOMEM;
    ix_ints_free(c.seen);
    if (!err)
        err = c.err;
    if (!err && !c.header_done)
        err = MG_FAIL(ei, MG_ERR_DATA, path, 1, MSG_PRIOR_HEADER, "kvk_machtiginggever;...");
    if (err == MG_ERR_NOMEM)
        MG_FAIL(ei, err, path, 0, MSG_OUT_OF_MEMORY);
    if (err)
        pr_list_clear(out);
    return err;
}

/* Free the list. */
void pr_list_clear(pr_list *l)
{
    if (!l)
        return;
    free(l->v);
    memset(l, 0, sizeof *l);
}
