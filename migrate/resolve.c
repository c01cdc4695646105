/* resolve.c — stage 3: successors, legal forms, and the fate of every grant. */
#include "resolve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ident.h"
#include "platform.h"

/* Successor-walk states. */
enum { RS_NEW = 0, RS_BUSY, RS_DONE };

/* Hard limit on the list of services named in a finding. */
#define RS_SERVICE_LIST_MAX 512

/* Hard limit on the text of a cycle shown in a finding. */
#define RS_CYCLE_TEXT 512

/* Order users by gebruikersnaam (case-insensitive, then exact). */
static int rs_user_cmp(const void *a, const void *b)
{
    const mg_user *x = *(const mg_user *const *)a, *y = *(const mg_user *const *)b;
    int r = strcasecmp(x->id, y->id);

    return r ? r : strcmp(x->id, y->id);
}

/* Order employers by LHN. */
static int rs_employer_cmp(const void *a, const void *b)
{
    const mg_employer *x = *(const mg_employer *const *)a, *y = *(const mg_employer *const *)b;

    return strcmp(x->lhn, y->lhn);
}

/* Index of the employer with this LHN, or -1 (binary search over the sorted employers). */
long rs_find_employer(const mg_portfolio *p, const char *lhn)
{
    size_t lo = 0, hi = p->nemployers;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = strcmp(p->employers[mid]->lhn, lhn);
        if (r == 0)
            return (long)mid;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* Sort users and employers and renumber the grants to match. */
static mg_error rs_sort(mg_portfolio *p)
{
    size_t *umap = NULL, *emap = NULL, i;

    umap = malloc((p->nusers + 1) * sizeof *umap);
    emap = malloc((p->nemployers + 1) * sizeof *emap);
    if (!umap || !emap) {
        free(umap);
        free(emap);
        return MG_ERR_NOMEM;
    }
    if (p->nusers > 1)
        qsort(p->users, p->nusers, sizeof *p->users, rs_user_cmp);
    if (p->nemployers > 1)
        qsort(p->employers, p->nemployers, sizeof *p->employers, rs_employer_cmp);
    for (i = 0; i < p->nusers; i++)
        umap[p->users[i]->idx] = i;
    for (i = 0; i < p->nemployers; i++)
        emap[p->employers[i]->idx] = i;
    for (i = 0; i < p->nusers; i++)
        p->users[i]->idx = i;
    for (i = 0; i < p->nemployers; i++)
        p->employers[i]->idx = i;
    for (i = 0; i < p->ngrants; i++) {
        p->grants[i].user = (uint32_t)umap[p->grants[i].user];
        p->grants[i].employer = p->grants[i].orig_employer = (uint32_t)emap[p->grants[i].orig_employer];
    }
    free(umap);
    free(emap);
    return MG_OK;
}

/* Reject every member of a successor cycle path[from..n-1]. */
static mg_error rs_cycle(mg_portfolio *p, mg_employer **path, size_t from, size_t n)
{
    char text[RS_CYCLE_TEXT];
    size_t i, o = 0;

    text[0] = '\0';
    for (i = from; i < n && o < sizeof text - 32; i++)
        o += (size_t)snprintf(text + o, sizeof text - o, "%s → ", path[i]->lhn);
    if (o < sizeof text - 16)
        snprintf(text + o, sizeof text - o, "%s", path[from]->lhn);
    for (i = from; i < n; i++) {
        mg_employer *e = path[i];
        e->rejected = 1;
        e->final = NULL;
        e->chain_end = "";
        mg_ledger_set(p, SC_WERKGEVERS, e->row, OC_AFGEWEZEN, FD_SUCCESSOR_CYCLE);
        if (fd_add(&p->findings, p->pool, FD_SUCCESSOR_CYCLE, SC_WERKGEVERS, e->line, "opvolger", e->lhn,
                   text, e->raw) != MG_OK)
            return MG_ERR_NOMEM;
    }
    return MG_OK;
}

/* Follow the successor chain from employer e and settle every employer on the way. */
static mg_error rs_walk(mg_portfolio *p, mg_employer *e, unsigned char *state, mg_employer ***path,
                        size_t *cap)
{
    size_t n = 0, i;
    mg_employer *cur = e, *final = NULL;
    const char *end = "";
    mg_error err = MG_OK;

    for (;;) {
        long k;
        if (state[cur->idx] == RS_DONE) {
            final = cur->final;
            end = cur->chain_end;
            break;
        }
        if (state[cur->idx] == RS_BUSY) {
            for (i = 0; i < n && (*path)[i] != cur; i++)
                ;
            err = rs_cycle(p, *path, i, n);
            final = NULL;
            end = "";
            break;
        }
        if (!cur->inactive) {
            final = cur;
            end = cur->lhn;
            state[cur->idx] = RS_DONE;
            cur->final = cur;
            cur->chain_end = cur->lhn;
            break;
        }
        if (!mg_grow((void **)path, n, cap, sizeof **path, 16))
            return MG_ERR_NOMEM;
        (*path)[n++] = cur;
        state[cur->idx] = RS_BUSY;
        if (!cur->opvolger[0]) {
            final = NULL;
            end = cur->lhn;
            break;
        }
        k = rs_find_employer(p, cur->opvolger);
        if (k < 0) {
            cur->successor_unknown = 1;
            final = NULL;
            end = cur->opvolger;
            if (fd_add(&p->findings, p->pool, FD_SUCCESSOR_UNKNOWN, SC_WERKGEVERS, cur->line, "opvolger",
                       cur->opvolger, cur->lhn, NULL) != MG_OK)
                return MG_ERR_NOMEM;
            break;
        }
        cur = p->employers[k];
    }
    for (i = 0; i < n; i++) {
        mg_employer *m = (*path)[i];
        state[m->idx] = RS_DONE;
        if (m->rejected)
            continue;
        m->final = final;
        m->chain_end = end;
    }
    return err;
}

/* Follow every successor chain to its last active number. */
static mg_error rs_successors(mg_portfolio *p)
{
    unsigned char *state = calloc(p->nemployers + 1, 1);
    mg_employer **path = NULL;
    size_t cap = 0, i;
    mg_error err = MG_OK;

    if (!state)
        return MG_ERR_NOMEM;
    for (i = 0; i < p->nemployers && err == MG_OK; i++)
        if (state[i] != RS_DONE)
            err = rs_walk(p, p->employers[i], state, &path, &cap);
    free(path);
    free(state);
    return err;
}

/* Order employers by group, then KvK. */
static int rs_group_cmp(const void *a, const void *b)
{
    const mg_employer *x = *(const mg_employer *const *)a, *y = *(const mg_employer *const *)b;
    int r = strcasecmp(x->groep, y->groep);

    if (r)
        return r;
    r = strcmp(x->kvk, y->kvk);
    return r ? r : strcmp(x->lhn, y->lhn);
}

/* Warn on each employer of a group that spans several KvK numbers (several legal forms). */
static mg_error rs_legal_forms(mg_portfolio *p)
{
    mg_employer **v = malloc((p->nemployers + 1) * sizeof *v);
    size_t n = 0, i, j, k;
    mg_error err = MG_OK;

    if (!v)
        return MG_ERR_NOMEM;
    for (i = 0; i < p->nemployers; i++)
        if (!p->employers[i]->rejected && p->employers[i]->groep[0])
            v[n++] = p->employers[i];
    if (n > 1)
        qsort(v, n, sizeof *v, rs_group_cmp);
    for (i = 0; i < n && err == MG_OK; i = j) {
        char kvks[512];
        size_t nk = 0, o = 0;
        for (j = i; j < n && !strcasecmp(v[j]->groep, v[i]->groep); j++) {
            if (v[j]->kvk[0] && (j == i || strcmp(v[j]->kvk, v[j - 1]->kvk)) && o < sizeof kvks - 16) {
                o += (size_t)snprintf(kvks + o, sizeof kvks - o, "%s%s", nk ? ", " : "", v[j]->kvk);
                nk++;
            }
        }
        if (nk < 2)
            continue;
        for (k = i; k < j && err == MG_OK; k++)
            err = fd_add(&p->findings, p->pool, FD_MULTI_LEGAL_FORM, SC_WERKGEVERS, v[k]->line, "groep",
                         v[k]->groep, kvks, NULL);
    }
    free(v);
    return err;
}

/* Order grants for duplicate detection: kept first, then user, employer, service, unmoved first, line. */
static int rs_grant_cmp(const void *a, const void *b)
{
    const mg_grant *x = a, *y = b;
    int kx = x->state == OC_GEBRUIKT || x->state == OC_VERPLAATST;
    int ky = y->state == OC_GEBRUIKT || y->state == OC_VERPLAATST;

    if (kx != ky)
        return kx ? -1 : 1;
    if (x->user != y->user)
        return x->user < y->user ? -1 : 1;
    if (x->employer != y->employer)
        return x->employer < y->employer ? -1 : 1;
    if (x->service != y->service)
        return x->service < y->service ? -1 : 1;
    if ((x->employer != x->orig_employer) != (y->employer != y->orig_employer))
        return x->employer == x->orig_employer ? -1 : 1;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return 0;
}

/* Bits of the packed sort key of a grant (rs_grant_cmp's order; the stable sort keeps line order). */
#define RS_KEY_USER_BITS 27
#define RS_KEY_EMPLOYER_BITS 24
#define RS_KEY_SERVICE_BITS 6

/* A grant's sort key and its position. */
typedef struct rs_sortkey {
    uint64_t key;
    size_t idx;
} rs_sortkey;

/* The packed key: not kept, user, employer, service, moved — compared as one number. */
static uint64_t rs_grant_key(const mg_grant *g)
{
    uint64_t notkept = !(g->state == OC_GEBRUIKT || g->state == OC_VERPLAATST);

    return notkept << 63 | (uint64_t)g->user << (63 - RS_KEY_USER_BITS) |
           (uint64_t)g->employer << (63 - RS_KEY_USER_BITS - RS_KEY_EMPLOYER_BITS) |
           (uint64_t)g->service << 1 | (uint64_t)(g->employer != g->orig_employer);
}

/* Bits per radix digit: four passes over a 64-bit key. */
#define RS_RADIX_BITS 16
#define RS_RADIX_SIZE (1u << RS_RADIX_BITS)

/* Stable LSD radix sort of n keys on 16-bit digits, ping-ponging between a and tmp (digits that are the
 * same in every key are skipped); returns the buffer that holds the result. */
static rs_sortkey *rs_radix(rs_sortkey *a, rs_sortkey *tmp, size_t n, size_t *count)
{
    unsigned shift;
    size_t i;

    for (shift = 0; shift < 64; shift += RS_RADIX_BITS) {
        size_t sum = 0;
        rs_sortkey *t;
        memset(count, 0, RS_RADIX_SIZE * sizeof *count);
        for (i = 0; i < n; i++)
            count[(a[i].key >> shift) & (RS_RADIX_SIZE - 1)]++;
        if (count[(a[0].key >> shift) & (RS_RADIX_SIZE - 1)] == n)
            continue;
        for (i = 0; i < RS_RADIX_SIZE; i++) {
            size_t c = count[i];
            count[i] = sum;
            sum += c;
        }
        for (i = 0; i < n; i++)
            tmp[count[(a[i].key >> shift) & (RS_RADIX_SIZE - 1)]++] = a[i];
        t = a;
        a = tmp;
        tmp = t;
    }
    return a;
}

/* Sort the grants in rs_grant_cmp's order: a radix sort of packed keys, then the grants gathered in order. */
static mg_error rs_sort_grants(mg_portfolio *p)
{
    size_t n = p->ngrants, i;
    rs_sortkey *keys, *tmp, *sorted;
    size_t *count;

    if (n < 2)
        return MG_OK;
    if (p->nusers >= (size_t)1 << RS_KEY_USER_BITS || p->nemployers >= (size_t)1 << RS_KEY_EMPLOYER_BITS ||
        CAT_MAX_SERVICES > 1 << RS_KEY_SERVICE_BITS) {
        qsort(p->grants, n, sizeof *p->grants, rs_grant_cmp); /* beyond the packed key's range */
        return MG_OK;
    }
    keys = pf_alloc_big(n * sizeof *keys);
    tmp = pf_alloc_big(n * sizeof *tmp);
    count = malloc(RS_RADIX_SIZE * sizeof *count);
    if (!keys || !tmp || !count) {
        free(keys);
        free(tmp);
        free(count);
        return MG_ERR_NOMEM;
    }
    for (i = 0; i < n; i++) {
        keys[i].key = rs_grant_key(&p->grants[i]);
        keys[i].idx = i;
    }
    sorted = rs_radix(keys, tmp, n, count);
    free(count);
    if (sorted != keys) {
        free(keys);
        keys = sorted;
    } else {
        free(tmp);
    }
    /* gather the grants in order into a new array (sequential writes: far faster than permuting in place) */
    {
        mg_grant *ordered = pf_alloc_big(n * sizeof *ordered);
        if (!ordered) {
            free(keys);
            return MG_ERR_NOMEM;
        }
        for (i = 0; i < n; i++)
            ordered[i] = p->grants[keys[i].idx];
        free(p->grants);
        p->grants = ordered;
        p->capgrants = n;
    }
    free(keys);
    return MG_OK;
}

/* Add an info or warning finding about a grant. */
static mg_error rs_grant_finding(mg_portfolio *p, const mg_grant *g, fd_code code, const char *col,
                                 const char *a1, const char *a2)
{
    return fd_add(&p->findings, p->pool, code, SC_MACHTIGINGEN, g->line, col, a1, a2, NULL);
}

/* Decide the fate of one grant before duplicates are looked at. */
static mg_error rs_grant(const mg_config *cfg, const catalog *cat, int32_t today, mg_portfolio *p,
                         mg_grant *g)
{
    const mg_user *u = p->users[g->user];
    mg_employer *e = p->employers[g->orig_employer];
    const cat_service *svc = &cat->services[g->service];
    char buf[16];

    if (u->blocked) {
        g->state = OC_OVERGESLAGEN;
        g->code = FD_USER_BLOCKED;
        return MG_OK;
    }
    if (g->end != INT32_MAX && g->end < today) {
        g->state = OC_OVERGESLAGEN;
        g->code = FD_GRANT_ENDED;
        id_format_date(g->end, cfg->lang, buf); /* a finding argument: in the run's language */
        return rs_grant_finding(p, g, FD_GRANT_ENDED, "einddatum", buf, NULL);
    }
    if (e->rejected) {
        g->state = OC_OVERGESLAGEN;
        g->code = FD_SUCCESSOR_CYCLE;
        return MG_OK;
    }
    if (e->inactive && !e->final) {
        g->state = OC_OVERGESLAGEN;
        g->code = FD_GRANT_DROPPED;
        return rs_grant_finding(p, g, FD_GRANT_DROPPED, "loonheffingennummer", e->lhn, NULL);
    }
    if (e->inactive) {
        e = e->final;
        g->employer = (uint32_t)e->idx;
    }
    if (!e->kvk[0]) {
        g->state = OC_OVERGESLAGEN;
        g->code = strcmp(e->land, "NL") ? FD_FOREIGN_EMPLOYER : FD_NO_KVK;
        return MG_OK;
    }
    if (svc->erd && !(svc->erd & e->erd) && !e->erd_given) {
        /* old access is evidence the client was an eigenrisicodrager: kept, to be confirmed */
        e->erd_unconfirmed |= (uint64_t)1 << g->service;
    } else if (svc->erd && !(svc->erd & e->erd)) {
        char need[32];
        snprintf(need, sizeof need, "%s%s%s%s%s", (svc->erd & CAT_ERD_ZW) ? "ZW" : "",
                 (svc->erd & CAT_ERD_ZW) && (svc->erd & (CAT_ERD_WGA | CAT_ERD_WW)) ? "/" : "",
                 (svc->erd & CAT_ERD_WGA) ? "WGA" : "",
                 (svc->erd & CAT_ERD_WGA) && (svc->erd & CAT_ERD_WW) ? "/" : "",
                 (svc->erd & CAT_ERD_WW) ? "WW" : "");
        g->state = OC_OVERGESLAGEN;
        g->code = FD_SERVICE_ERD_ONLY;
        return rs_grant_finding(p, g, FD_SERVICE_ERD_ONLY, "dienst", svc->code, need);
    }
    if (g->employer != g->orig_employer) {
        g->state = OC_VERPLAATST; /* the grant-moved finding follows once it is known not to be a duplicate */
        g->code = FD_GRANT_MOVED;
        return MG_OK;
    }
    g->state = OC_GEBRUIKT;
    g->code = FD_NONE;
    return MG_OK;
}

/* service-erd-unconfirmed: once per employer whose eigenrisicodrager column is empty while grants on
 * eigenrisicodrager services were kept, on its werkgevers.csv line, naming the services. */
static mg_error rs_erd_unconfirmed(const catalog *cat, mg_portfolio *p)
{
    size_t i, k;

    for (i = 0; i < p->nemployers; i++) {
        const mg_employer *e = p->employers[i];
        char list[RS_SERVICE_LIST_MAX];
        size_t o = 0;
        if (!e->erd_unconfirmed)
            continue;
        list[0] = '\0';
        for (k = 0; k < cat->nservices && k < 64 && o < sizeof list; k++)
            if (e->erd_unconfirmed & ((uint64_t)1 << k)) {
                int w = snprintf(list + o, sizeof list - o, "%s%s", o ? ", " : "", cat->services[k].code);
                if (w < 0)
                    break;
                o += (size_t)w;
            }
        if (fd_add(&p->findings, p->pool, FD_SERVICE_ERD_UNCONFIRMED, SC_WERKGEVERS, e->line,
                   "eigenrisicodrager", e->lhn, list, NULL) != MG_OK)
            return MG_ERR_NOMEM;
    }
    return MG_OK;
}

/* Settle every grant: skip, move, mark duplicates, and collect the kept ones (p->kept). */
static mg_error rs_grants(const mg_config *cfg, const catalog *cat, int32_t today, mg_portfolio *p)
{
    size_t i, nkept = 0, first = 0;
    mg_error err = MG_OK;

    for (i = 0; i < p->ngrants && err == MG_OK; i++)
        err = rs_grant(cfg, cat, today, p, &p->grants[i]);
    if (err)
        return err;
    err = rs_sort_grants(p);
    if (err)
        return err;
    /* the kept grants (and their duplicates) come first after the sort: only they take room */
    while (nkept < p->ngrants &&
           (p->grants[nkept].state == OC_GEBRUIKT || p->grants[nkept].state == OC_VERPLAATST))
        nkept++;
    p->kept = pf_alloc_big((nkept + 1) * sizeof *p->kept);
    if (!p->kept)
        return MG_ERR_NOMEM;
    nkept = 0;
    for (i = 0; i < p->ngrants && err == MG_OK; i++) {
        mg_grant *g = &p->grants[i];
        const mg_grant *prev = nkept ? &p->grants[i - 1] : NULL;
        if (g->state != OC_GEBRUIKT && g->state != OC_VERPLAATST)
            break;
        if (prev && prev->user == g->user && prev->employer == g->employer && prev->service == g->service) {
            char what[256], ln[24];
            snprintf(what, sizeof what, "%s, %s, %s", p->users[g->user]->id, p->employers[g->employer]->lhn,
                     cat->services[g->service].code);
            snprintf(ln, sizeof ln, "%lu", (unsigned long)p->grants[first].line);
            g->state = OC_DUBBEL;
            g->code = FD_DUPLICATE_GRANT;
            err = rs_grant_finding(p, g, FD_DUPLICATE_GRANT, NULL, what, ln);
            nkept++;
            continue;
        }
        first = i; /* the kept copy of this user, employer and service */
        if (g->state == OC_VERPLAATST)
            err = rs_grant_finding(p, g, FD_GRANT_MOVED, "loonheffingennummer",
                                   p->employers[g->orig_employer]->lhn, p->employers[g->employer]->lhn);
        p->kept[p->nkept].user = g->user;
        p->kept[p->nkept].employer = g->employer;
        p->kept[p->nkept].line = g->line;
        p->kept[p->nkept].request = 0;
        p->kept[p->nkept].service = g->service;
        p->nkept++;
        p->employers[g->employer]->services_used |= (uint64_t)1 << g->service;
        nkept++;
    }
    for (i = 0; i < p->ngrants; i++)
        mg_ledger_set(p, SC_MACHTIGINGEN, p->grants[i].row, (mg_outcome)p->grants[i].state,
                      (fd_code)p->grants[i].code);
    if (!err)
        err = rs_erd_unconfirmed(cat, p);
    return err;
}

/* Resolve the portfolio. */
mg_error rs_resolve(const mg_config *cfg, const catalog *cat, int32_t today, mg_portfolio *p)
{
    mg_error err = rs_sort(p);

    if (!err)
        err = rs_successors(p);
    if (!err)
        err = rs_legal_forms(p);
    if (!err)
        err = rs_grants(cfg, cat, today, p);
    return err;
}
