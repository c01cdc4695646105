/* status.c — the status of each (client KvK, service) from what is needed, what was requested, what is
 * registered. */
#include "status.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ident.h"

/* Hard limit: distinct periods requested for one client in one delta (one per status kind is plenty). */
#define ST_MAX_PERIODS 8

/* The words of the statuses, in enum order. */
static const char *const st_status_words[ST_COUNT] = {
    "geregistreerd", "verloopt", "verlopen", "aangevraagd", "afgewezen", "ontbreekt", "overbodig",
};

/* The words of the registration states, in enum order. */
static const char *const st_state_words[SR_COUNT] = {
    "", "actief", "aangevraagd", "afgewezen", "ingetrokken", "verlopen",
};

/* How much a registration state says, to pick one row among several for a pair (higher wins). */
static const int st_state_weight[SR_COUNT] = {0, 5, 4, 2, 1, 3};

/* The word of a status. */
const char *st_status_name(st_status s)
{
    return (unsigned)s < ST_COUNT ? st_status_words[s] : "";
}

/* The status a word names, or -1. */
int st_status_parse(const char *s, size_t len)
{
    int i;

    for (i = 0; i < ST_COUNT; i++)
        if (strlen(st_status_words[i]) == len && memcmp(st_status_words[i], s, len) == 0)
            return i;
    return -1;
}

/* The word of a registration state. */
const char *st_state_name(st_state s)
{
    return (unsigned)s < SR_COUNT ? st_state_words[s] : "";
}

/* 1 if a status asks for a request in the delta files. */
int st_status_requests(st_status s)
{
    return s == ST_VERLOOPT || s == ST_VERLOPEN || s == ST_AFGEWEZEN || s == ST_ONTBREEKT;
}

/* One source's view of a pair while merging: its key and what it points at. */
typedef struct st_item {
    char kvk[9];
    uint32_t rank; /* 0 = all services, else 1 + position in code order */
    size_t index;  /* into the source's array */
} st_item;

/* Order items by KvK, then service rank, then index (stable). */
static int st_item_cmp(const void *a, const void *b)
{
    const st_item *x = a, *y = b;
    int c = memcmp(x->kvk, y->kvk, sizeof x->kvk);

    if (c)
        return c;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The regs being sorted, for st_reg_cmp (qsort has no context argument). */
typedef struct st_reg_item {
    st_item key;
    const st_registration *reg;
} st_reg_item;

/* Order registrations by pair, then the one that says most first: state weight, later end, later line. */
static int st_reg_cmp(const void *a, const void *b)
{
    const st_reg_item *x = a, *y = b;
    int c = st_item_cmp(&x->key, &y->key);
    int wx, wy;

    if (memcmp(x->key.kvk, y->key.kvk, sizeof x->key.kvk) || x->key.rank != y->key.rank)
        return c;
    wx = st_state_weight[x->reg->state < SR_COUNT ? x->reg->state : 0];
    wy = st_state_weight[y->reg->state < SR_COUNT ? y->reg->state : 0];
    if (wx != wy)
        return wx > wy ? -1 : 1;
    if (x->reg->end != y->reg->end)
        return x->reg->end > y->reg->end ? -1 : 1;
    return c;
}

/* Rank of each catalogue service in code order (1-based), filled into rank[]. */
static void st_ranks(const catalog *cat, uint32_t *rank)
{
    size_t i, j;

    for (i = 0; i < cat->nservices; i++) {
        uint32_t r = 1;
        for (j = 0; j < cat->nservices; j++)
            if (strcmp(cat->services[j].code, cat->services[i].code) < 0)
                r++;
        rank[i] = r;
    }
}

/* The rank of a service index (ST_ALL_SERVICES first). */
static uint32_t st_rank_of(const uint32_t *rank, const catalog *cat, uint16_t service)
{
    if (service == ST_ALL_SERVICES || service >= cat->nservices)
        return 0;
    return rank[service];
}

/* The code of a service index. */
static const char *st_code(const catalog *cat, uint16_t service)
{
    return service < cat->nservices ? cat->services[service].code : CAT_ALL_SERVICES_CODE;
}

/* 1 if key a equals key b. */
static int st_same(const st_item *a, const st_item *b)
{
    return memcmp(a->kvk, b->kvk, sizeof a->kvk) == 0 && a->rank == b->rank;
}

/* Compare item a's key with the KvK and rank of (kvk, rank). */
static int st_key_cmp(const st_item *a, const char *kvk, uint32_t rank)
{
    int c = memcmp(a->kvk, kvk, sizeof a->kvk);

    if (c)
        return c;
    return a->rank < rank ? -1 : a->rank > rank;
}

/* The first day of a new request: the configured ingangsdatum, or today when that lies in the past. */
static int32_t st_new_start(const st_input *in)
{
    return in->cfg->ingangsdatum > in->today ? in->cfg->ingangsdatum : in->today;
}

/* "KvK 12345678, dienst verzuim" into a pooled string (NULL when out of memory). */
static const char *st_pair_text(mg_pool *pool, const catalog *cat, const char *kvk, uint16_t service)
{
    char buf[160];

    snprintf(buf, sizeof buf, "KvK %s, %s", kvk, st_code(cat, service));
    return pool_strdup(pool, buf);
}

/* Settle the status of one row from what is needed, the earlier output and the registration. */
static void st_decide(const st_input *in, st_row *row, int needed)
{
    const st_registration *reg = row->reg;
    const st_prior *pr = row->prior;
    int32_t ns = st_new_start(in);

    row->renew_start = row->renew_end = ST_NO_DATE;
    if (needed) {
        st_state s = reg ? reg->state : SR_NONE;
        if (s == SR_ACTIEF) {
            if (reg->end != ST_NO_DATE && reg->end < in->today)
                row->status = ST_VERLOPEN;
            else if (reg->end != ST_NO_DATE && (long)reg->end - (long)in->today <= (long)in->warn_days)
                row->status = ST_VERLOOPT;
            else
                row->status = ST_GEREGISTREERD;
        } else if (s == SR_VERLOPEN) {
            row->status = ST_VERLOPEN;
        } else if (s == SR_AFGEWEZEN) {
            row->status = ST_AFGEWEZEN;
        } else if (s == SR_INGETROKKEN) {
            row->status = ST_ONTBREEKT;
        } else if (s == SR_AANGEVRAAGD) {
            row->status = ST_AANGEVRAAGD;
        } else if (pr && pr->status != ST_OVERBODIG) {
            row->status = ST_AANGEVRAAGD; /* requested before; the supplier has not registered it yet */
        } else {
            row->status = ST_ONTBREEKT;
        }
    } else {
        row->status = ST_OVERBODIG;
    }
    if (row->status == ST_VERLOOPT) {
        row->renew_start = reg->end + 1;
        row->renew_end = id_add_years(row->renew_start, in->cfg->years) - 1;
    } else if (st_status_requests(row->status)) {
        row->renew_start = ns;
        row->renew_end = id_add_years(ns, in->cfg->years) - 1;
    }
    row->requested = pr ? pr->requested : ST_NO_DATE;
    row->waiting = -1;
    if (row->status == ST_AANGEVRAAGD && row->requested != ST_NO_DATE && row->requested <= in->today)
        row->waiting = (long)in->today - (long)row->requested;
    if (reg && reg->start != ST_NO_DATE) {
        row->start = reg->start;
        row->end = reg->end;
    } else if (reg && reg->end != ST_NO_DATE) {
        row->start = ST_NO_DATE;
        row->end = reg->end;
    } else if (pr && pr->start != ST_NO_DATE) {
        row->start = pr->start;
        row->end = pr->end;
    } else {
        row->start = row->renew_start;
        row->end = row->renew_end;
    }
}

/* 1 if a pair that is not needed now still asks for something: a registration or request to withdraw. An
 * earlier overbodig without a registration in the export given is gone (withdrawn). */
static int st_unneeded_row(const st_registration *reg, const st_prior *pr, int have_regs)
{
    if (reg)
        return reg->state == SR_ACTIEF || reg->state == SR_AANGEVRAAGD;
    if (!pr)
        return 0;
    if (pr->status == ST_OVERBODIG)
        return !have_regs;
    return pr->status != ST_VERLOPEN && pr->status != ST_AFGEWEZEN && pr->status != ST_ONTBREEKT;
}

/* Compute every status. */
mg_error st_compute(const st_input *in, st_result *out, fd_list *findings, mg_pool *pool)
{
    const mg_portfolio *p = in->p;
    const catalog *cat = in->cat;
    uint32_t rank[CAT_MAX_SERVICES + 1];
    st_item *need = NULL, *prior = NULL;
    st_reg_item *regs = NULL;
    size_t nneed = 0, i, k, in_, ip, ir, cap;
    mg_error err = MG_OK;
    const st_registration *cur_all = NULL; /* the registration for all services of the KvK being walked */
    char cur_kvk[9] = "";

    memset(out, 0, sizeof *out);
    st_ranks(cat, rank);
    for (i = 0; i < p->nrequests; i++) {
        const mg_request *r = &p->requests[i];
        if (r->route != RT_BEHEERMODULE && r->route != RT_FORMULIER)
            continue;
        nneed += in->cfg->scope == SCOPE_DIENSTVERLENER ? 1 : (size_t)__builtin_popcountll(r->services);
    }
    need = malloc((nneed + 1) * sizeof *need);
    prior = malloc((in->nprior + 1) * sizeof *prior);
    regs = malloc((in->nregs + in->nprior + 1) * sizeof *regs);
    out->superseded = calloc(in->nregs + 1, 1);
    out->carried = calloc(in->nprior + 1, sizeof *out->carried);
    cap = nneed + in->nprior + in->nregs + 1;
    out->rows = calloc(cap, sizeof *out->rows);
    if (!need || !prior || !regs || !out->superseded || !out->carried || !out->rows) {
        err = MG_ERR_NOMEM;
        goto done;
    }
    for (i = 0, k = 0; i < p->nrequests; i++) {
        const mg_request *r = &p->requests[i];
        size_t s;
        if (r->route != RT_BEHEERMODULE && r->route != RT_FORMULIER)
            continue;
        if (in->cfg->scope == SCOPE_DIENSTVERLENER) {
            memcpy(need[k].kvk, r->kvk, sizeof need[k].kvk);
            need[k].rank = 0;
            need[k++].index = i;
            continue;
        }
        for (s = 0; s < cat->nservices; s++)
            if (r->services & ((uint64_t)1 << s)) {
                memcpy(need[k].kvk, r->kvk, sizeof need[k].kvk);
                need[k].rank = rank[s];
                need[k++].index = i * (CAT_MAX_SERVICES + 1) + s; /* request and service in one */
            }
    }
    nneed = k;
    for (i = 0; i < in->nprior; i++) {
        memcpy(prior[i].kvk, in->prior[i].kvk, sizeof prior[i].kvk);
        prior[i].rank = st_rank_of(rank, cat, in->prior[i].service);
        prior[i].index = i;
    }
    /* Without an export, the registrations an earlier output knew still hold. */
    {
        size_t nr = 0;
        for (i = 0; i < in->nregs; i++) {
            memcpy(regs[nr].key.kvk, in->regs[i].kvk, sizeof regs[nr].key.kvk);
            regs[nr].key.rank = st_rank_of(rank, cat, in->regs[i].service);
            regs[nr].key.index = i;
            regs[nr++].reg = &in->regs[i];
        }
        if (!in->have_regs)
            for (i = 0; i < in->nprior; i++) {
                const st_prior *pr = &in->prior[i];
                st_registration *c = &out->carried[out->ncarried];
                if (pr->reg_end == ST_NO_DATE || (pr->status != ST_GEREGISTREERD &&
                                                  pr->status != ST_VERLOOPT && pr->status != ST_OVERBODIG))
                    continue;
                memcpy(c->kvk, pr->kvk, sizeof c->kvk);
                c->service = pr->service;
                c->state = SR_ACTIEF;
                c->start = pr->reg_start;
                c->end = pr->reg_end;
                c->file = FD_FILE_NONE;
                c->line = pr->line;
                regs[nr].key = prior[i];
                regs[nr].key.index = in->nregs + out->ncarried++;
                regs[nr++].reg = c;
            }
        qsort(need, nneed, sizeof *need, st_item_cmp);
        qsort(prior, in->nprior, sizeof *prior, st_item_cmp);
        qsort(regs, nr, sizeof *regs, st_reg_cmp);
        /* Merge the three sorted lists, one pair at a time. */
        in_ = ip = ir = 0;
        while (in_ < nneed || ip < in->nprior || ir < nr) {
            const st_item *key = NULL;
            st_row *row;
            const mg_request *req = NULL;
            uint16_t service = ST_ALL_SERVICES;
            const st_registration *reg = NULL;
            const st_prior *pr = NULL;
            int needed = 0;
            if (in_ < nneed)
                key = &need[in_];
            if (ip < in->nprior && (!key || st_key_cmp(&prior[ip], key->kvk, key->rank) < 0))
                key = &prior[ip];
            if (ir < nr && (!key || st_key_cmp(&regs[ir].key, key->kvk, key->rank) < 0))
                key = &regs[ir].key;
            if (memcmp(cur_kvk, key->kvk, sizeof cur_kvk) != 0) {
                memcpy(cur_kvk, key->kvk, sizeof cur_kvk);
                cur_all = NULL;
            }
            if (in_ < nneed && st_same(&need[in_], key)) {
                size_t v = need[in_].index;
                needed = 1;
                if (in->cfg->scope == SCOPE_DIENSTVERLENER) {
                    req = &p->requests[v];
                } else {
                    req = &p->requests[v / (CAT_MAX_SERVICES + 1)];
                    service = (uint16_t)(v % (CAT_MAX_SERVICES + 1));
                }
                in_++;
            }
            if (ip < in->nprior && st_same(&prior[ip], key)) {
                pr = &in->prior[prior[ip].index];
                service = pr->service;
                ip++;
            }
            if (ir < nr && st_key_cmp(&regs[ir].key, key->kvk, key->rank) == 0) {
                reg = regs[ir].reg;
                service = reg->service;
                for (ir++; ir < nr && st_key_cmp(&regs[ir].key, key->kvk, key->rank) == 0; ir++) {
                    const st_registration *o = regs[ir].reg;
                    char ln[24];
                    if (o->file == FD_FILE_NONE)
                        continue; /* carried from the earlier output: an export row decides */
                    out->superseded[regs[ir].key.index] = 1;
                    snprintf(ln, sizeof ln, "%ld", reg->line);
                    if (fd_add(findings, pool, FD_REGISTRATION_SUPERSEDED, o->file, o->line, NULL,
                               st_pair_text(pool, cat, o->kvk, o->service), ln, NULL) != MG_OK) {
                        err = MG_ERR_NOMEM;
                        goto done;
                    }
                }
            }
            if (key->rank == 0)
                cur_all = reg;
            else if (!reg && cur_all && needed)
                reg = cur_all; /* a registration for all services covers this one */
            if (!needed && key->rank == 0 && reg && in->cfg->scope != SCOPE_DIENSTVERLENER) {
                /* all services registered while single services are needed: those rows show it */
                size_t lo = 0, hi = nneed;
                while (lo < hi) {
                    size_t mid = (lo + hi) / 2;
                    if (memcmp(need[mid].kvk, key->kvk, sizeof need[mid].kvk) < 0)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                if (lo < nneed && memcmp(need[lo].kvk, key->kvk, sizeof need[lo].kvk) == 0)
                    continue;
            }
            if (!needed && !st_unneeded_row(reg, pr, in->have_regs))
                continue;
            row = &out->rows[out->nrows++];
            memcpy(row->kvk, key->kvk, sizeof row->kvk);
            row->service = service;
            row->naam = req ? req->naam : pr ? pr->naam : "";
            row->request = req ? (size_t)(req - p->requests) + 1 : 0;
            row->reg = reg;
            row->prior = pr;
            st_decide(in, row, needed);
            out->count[row->status]++;
            /* a later einddatum is a renewal; gone, ended or shortened is news */
            if (in->have_regs && pr && pr->reg_end != ST_NO_DATE &&
                (!reg || reg->state != SR_ACTIEF || (reg->end != ST_NO_DATE && reg->end < pr->reg_end))) {
                char d[11];
                id_format_dmy(pr->reg_end, d);
                if (fd_add(findings, pool, FD_REGISTRATION_CHANGED, reg ? reg->file : FD_FILE_NONE,
                           reg ? reg->line : 0, NULL, st_pair_text(pool, cat, row->kvk, row->service), d,
                           NULL) != MG_OK) {
                    err = MG_ERR_NOMEM;
                    goto done;
                }
            }
        }
    }
    /* Clients: KvKs with a needed row; fully registered when every needed row is. */
    for (i = 0; i < out->nrows;) {
        size_t j = i;
        int any = 0, all = 1;
        for (; j < out->nrows && memcmp(out->rows[j].kvk, out->rows[i].kvk, sizeof out->rows[i].kvk) == 0;
             j++)
            if (out->rows[j].request) {
                any = 1;
                if (out->rows[j].status != ST_GEREGISTREERD && out->rows[j].status != ST_VERLOOPT)
                    all = 0;
            }
        out->clients += (size_t)any;
        out->clients_registered += (size_t)(any && all);
        i = j;
    }
done:
    free(need);
    free(prior);
    free(regs);
    if (err)
        st_result_clear(out);
    return err;
}

/* Free a result. */
void st_result_clear(st_result *r)
{
    if (!r)
        return;
    free(r->rows);
    free(r->superseded);
    free(r->carried);
    memset(r, 0, sizeof *r);
}

/* The delta requests, per client and period. */
mg_error st_delta(const st_input *in, const st_result *r, mg_request **out, size_t *n)
{
    size_t i, cap = 0;
    mg_request *v = NULL;

    *out = NULL;
    *n = 0;
    for (i = 0; i < r->nrows; i++)
        cap += r->rows[i].request && st_status_requests(r->rows[i].status);
    if (!cap)
        return MG_OK;
    v = calloc(cap, sizeof *v);
    if (!v)
        return MG_ERR_NOMEM;
    for (i = 0; i < r->nrows;) {
        size_t j = i, k, np = 0;
        int32_t starts[ST_MAX_PERIODS], ends[ST_MAX_PERIODS];
        uint64_t masks[ST_MAX_PERIODS];
        const mg_request *req = NULL;
        for (; j < r->nrows && memcmp(r->rows[j].kvk, r->rows[i].kvk, sizeof r->rows[i].kvk) == 0; j++) {
            const st_row *row = &r->rows[j];
            if (!row->request || !st_status_requests(row->status))
                continue;
            req = &in->p->requests[row->request - 1];
            for (k = 0; k < np && starts[k] != row->renew_start; k++)
                ;
            if (k == np) {
                if (np == ST_MAX_PERIODS)
                    k = np - 1; /* cannot happen: at most two kinds of period */
                else {
                    starts[np] = row->renew_start;
                    ends[np] = row->renew_end;
                    masks[np++] = 0;
                }
            }
            if (row->service < in->cat->nservices)
                masks[k] |= (uint64_t)1 << row->service;
        }
        /* periods in date order */
        for (k = 1; k < np; k++)
            for (size_t m = k; m > 0 && starts[m - 1] > starts[m]; m--) {
                int32_t ts = starts[m], te = ends[m];
                uint64_t tm = masks[m];
                starts[m] = starts[m - 1], ends[m] = ends[m - 1], masks[m] = masks[m - 1];
                starts[m - 1] = ts, ends[m - 1] = te, masks[m - 1] = tm;
            }
        for (k = 0; k < np && req; k++) {
            mg_request *d = &v[(*n)++];
            *d = *req;
            d->services = masks[k];
            d->start = starts[k];
            d->end = ends[k];
        }
        i = j;
    }
    *out = v;
    return MG_OK;
}

/* Per portfolio request: the services registered now. */
uint64_t *st_registered_masks(const st_input *in, const st_result *r)
{
    uint64_t *m = calloc(in->p->nrequests + 1, sizeof *m);
    size_t i;

    if (!m)
        return NULL;
    for (i = 0; i < r->nrows; i++) {
        const st_row *row = &r->rows[i];
        if (!row->request || (row->status != ST_GEREGISTREERD && row->status != ST_VERLOOPT))
            continue;
        if (row->service == ST_ALL_SERVICES)
            m[row->request - 1] = ~(uint64_t)0;
        else if (row->service < in->cat->nservices)
            m[row->request - 1] |= (uint64_t)1 << row->service;
    }
    return m;
}
