/* route.c — stage 4: who needs what: intermediary, staff, requests, follow-ups, ledger. */
#include "route.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Hard limit on the list of known suppliers shown in a message. */
#define RO_LIST_MAX 1024

/* Room for a finding argument made here: a count of reports in words, a successor with its reason. */
#define RO_ARG_MAX 512

/* 1 if a value would be run as a formula by a spreadsheet. */
int ro_formula_risk(const char *s)
{
    return s && (*s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r');
}

/* Check level and supplier of the intermediary; blocking findings on portfolio.ini lines. */
static mg_error ro_intermediary(const mg_config *cfg, const catalog *cat, mg_portfolio *p)
{
    const cat_supplier *s;
    mg_error err = MG_OK;

    if (cfg->eh_level < LV_EH3) {
        const char *lv = cfg->eh_level == LV_UNKNOWN ? MG_TEXT(cfg->lang, MSG_ROUTE_NO_LEVEL)
                                                     : mg_level_name((mg_level)cfg->eh_level);
        err = fd_add(&p->findings, p->pool, FD_INTERMEDIARY_LEVEL, FD_FILE_INI, cfg->eh_line, "eh_niveau", lv,
                     NULL, NULL);
        p->blocking = 1;
    }
    if (!err && ro_formula_risk(cfg->naam)) /* the name goes into the import file as naam_intermediair */
        err = fd_add(&p->findings, p->pool, FD_FORMULA_RISK, FD_FILE_INI, cfg->naam_line, "naam", cfg->naam,
                     NULL, NULL);
    s = cat_supplier_find(cat, cfg->leverancier, strlen(cfg->leverancier));
    if (!s && !err) {
        char list[RO_LIST_MAX];
        size_t i, o = 0;
        list[0] = '\0';
        for (i = 0; i < cat->nsuppliers && o < sizeof list - 64; i++)
            o += (size_t)snprintf(list + o, sizeof list - o, "%s%s", i ? ", " : "", cat->suppliers[i].naam);
        err = fd_add(&p->findings, p->pool, FD_SUPPLIER_UNKNOWN, FD_FILE_INI, cfg->leverancier_line,
                     "leverancier", cfg->leverancier, list, NULL);
        p->blocking = 1;
    } else if (s && !s->chain_eh3 && !err) {
        err = fd_add(&p->findings, p->pool, FD_SUPPLIER_NO_CHAIN, FD_FILE_INI, cfg->leverancier_line,
                     "leverancier", s->naam, NULL, NULL);
        p->blocking = 1;
    }
    return err;
}

/* 1 if any word of s (split on non-alphanumerics) is a generic account word. */
static int ro_generic(const catalog *cat, const char *s, size_t len)
{
    size_t i = 0;

    while (i < len) {
        size_t j = i;
        while (j < len &&
               ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || (unsigned char)s[j] >= 0x80))
            j++;
        if (j > i && cat_is_generic_word(cat, s + i, j - i))
            return 1;
        i = j + 1;
    }
    return 0;
}

/* Order users by e-mail address (case-insensitive). */
static int ro_email_cmp(const void *a, const void *b)
{
    const mg_user *x = *(const mg_user *const *)a, *y = *(const mg_user *const *)b;
    int r = strcasecmp(x->email, y->email);

    return r ? r : (x->idx < y->idx ? -1 : x->idx > y->idx);
}

/* Mark shared accounts: a generic name, or one e-mail address on several accounts. */
static mg_error ro_shared(const catalog *cat, mg_portfolio *p)
{
    mg_user **v = malloc((p->nusers + 1) * sizeof *v);
    size_t n = 0, i, j;

    if (!v)
        return MG_ERR_NOMEM;
    for (i = 0; i < p->nusers; i++) {
        mg_user *u = p->users[i];
        const char *at = strchr(u->email, '@');
        size_t local = at ? (size_t)(at - u->email) : strlen(u->email);
        if (ro_generic(cat, u->id, strlen(u->id)) || ro_generic(cat, u->naam, strlen(u->naam)) ||
            ro_generic(cat, u->email, local))
            u->shared = 1;
        if (u->email[0])
            v[n++] = u;
    }
    if (n > 1)
        qsort(v, n, sizeof *v, ro_email_cmp);
    for (i = 0; i < n; i = j) {
        for (j = i + 1; j < n && !strcasecmp(v[j]->email, v[i]->email); j++)
            ;
        if (j - i > 1)
            for (size_t k = i; k < j; k++)
                v[k]->shared = 2;
    }
    free(v);
    return MG_OK;
}

/* Count, per user, the employers and services of the kept grants (internals are sorted by user). */
static void ro_user_counts(mg_portfolio *p)
{
    size_t i = 0, j;

    while (i < p->ninternals) {
        uint32_t u = p->internals[i].user;
        uint64_t svc = 0;
        size_t nemp = 0;
        for (j = i; j < p->ninternals && p->internals[j].user == u; j++) {
            if (j == i || p->internals[j].employer != p->internals[j - 1].employer)
                nemp++;
            svc |= (uint64_t)1 << p->internals[j].service;
        }
        p->users[u]->n_employers = nemp;
        p->users[u]->n_services = (size_t)__builtin_popcountll(svc);
        i = j;
    }
}

/* Give each user an action and the user findings; warn once when no beheerder can pass grants on. */
static mg_error ro_staff(const mg_config *cfg, const catalog *cat, mg_portfolio *p)
{
    size_t i;
    int beheerder = 0;
    mg_error err = ro_shared(cat, p);

    ro_user_counts(p);
    for (i = 0; i < p->nusers && err == MG_OK; i++) {
        mg_user *u = p->users[i];
        const char *why;
        if (u->blocked) {
            u->action = ACT_GEBLOKKEERD;
            err = fd_add(&p->findings, p->pool, FD_USER_BLOCKED, SC_GEBRUIKERS, u->line, "status", u->id,
                         NULL, NULL);
            p->action_count[u->action]++;
            continue;
        }
        if (u->level >= LV_EH3) {
            u->action = ACT_GEEN;
        } else if (u->level == LV_EH1) {
            u->action = ACT_NIEUW_MIDDEL;
            err = fd_add(&p->findings, p->pool, FD_USER_LEVEL_LOW, SC_GEBRUIKERS, u->line, "eh_niveau", u->id,
                         "EH1", NULL);
        } else if (u->level == LV_EH2 || u->level == LV_EH2PLUS) {
            u->action = ACT_VERHOGEN;
            err = fd_add(&p->findings, p->pool, FD_USER_LEVEL_LOW, SC_GEBRUIKERS, u->line, "eh_niveau", u->id,
                         mg_level_name(u->level), NULL);
        } else {
            u->action = ACT_EH3_AANVRAGEN;
            err = fd_add(&p->findings, p->pool, FD_USER_NO_MEANS, SC_GEBRUIKERS, u->line, "eh_niveau", u->id,
                         NULL, NULL);
        }
        if (!err && u->shared) {
            /* A shared account cannot move at all: a personal means comes first, whatever its level. */
            u->action = ACT_PERSOONLIJK;
            if (u->shared == 2)
                why = MG_TEXT(cfg->lang, MSG_ROUTE_SHARED_EMAIL);
            else
                why = MG_TEXT(cfg->lang, MSG_ROUTE_GENERIC_NAME);
            err = fd_add(&p->findings, p->pool, FD_USER_SHARED_ACCOUNT, SC_GEBRUIKERS, u->line,
                         u->shared == 2 ? "email" : "gebruikersnaam", u->id, why, NULL);
        }
        if (u->beheerder && !u->blocked && !u->shared && u->level >= LV_EH3)
            beheerder = 1;
        p->action_count[u->action]++;
    }
    if (!beheerder && err == MG_OK)
        err = fd_add(&p->findings, p->pool, FD_NO_BEHEERDER, SC_GEBRUIKERS, 0, "rol", NULL, NULL, NULL);
    return err;
}

/* Order employers by KvK, then LHN. */
static int ro_kvk_cmp(const void *a, const void *b)
{
    const mg_employer *x = *(const mg_employer *const *)a, *y = *(const mg_employer *const *)b;
    int r = strcmp(x->kvk, y->kvk);

    return r ? r : strcmp(x->lhn, y->lhn);
}

/* 1 if the employer has EH3+ at the intermediary's own supplier. */
static int ro_same_supplier(const catalog *cat, const cat_supplier *mine, const mg_employer *e)
{
    const cat_supplier *theirs;

    if (e->level < LV_EH3 || !e->leverancier[0] || !mine)
        return 0;
    theirs = cat_supplier_find(cat, e->leverancier, strlen(e->leverancier));
    return theirs == mine;
}

/* Warn when a value bound for the supplier starts with a formula character. */
static mg_error ro_formula(mg_portfolio *p, const mg_employer *e, const char *col, const char *value)
{
    if (!ro_formula_risk(value))
        return MG_OK;
    return fd_add(&p->findings, p->pool, FD_FORMULA_RISK, SC_WERKGEVERS, e->line, col, value, NULL, NULL);
}

/* Append a follow-up. */
static mg_error ro_follow(mg_portfolio *p, size_t *cap, const mg_employer *e, mg_followkind kind,
                          const char *opvolger)
{
    mg_followup *f;

    if (!mg_grow((void **)&p->followups, p->nfollowups, cap, sizeof *p->followups, 64))
        return MG_ERR_NOMEM;
    f = &p->followups[p->nfollowups++];
    f->lhn = e->lhn;
    f->naam = e->naam;
    f->kvk = e->kvk;
    f->kind = kind;
    f->opvolger = opvolger ? opvolger : "";
    f->open_meldingen = e->open_meldingen;
    f->reden = e->reden_text ? e->reden_text : "";
    p->follow_count[kind]++;
    return MG_OK;
}

/* The open sick reports of an inactive employer in words, singular or plural ("1 open ziekmelding"). */
static const char *ro_reports(mg_lang lang, long n, char *buf, size_t size)
{
    if (n < 0)
        snprintf(buf, size, "%s", MG_TEXT(lang, MSG_ROUTE_REPORTS_UNKNOWN));
    else if (n == 1)
        snprintf(buf, size, "%s", MG_TEXT(lang, MSG_ROUTE_REPORTS_ONE));
    else
        snprintf(buf, size, MG_FMT(lang, MSG_ROUTE_REPORTS_MANY), n);
    return buf;
}

/* Follow-ups and ledger rows of one inactive employer: with a successor the open reports move to it,
 * whatever the reason; without one they are out of reach. */
static mg_error ro_inactive(mg_lang lang, mg_portfolio *p, size_t *cap, mg_employer *e)
{
    mg_error err;
    char n[RO_ARG_MAX], why[RO_ARG_MAX];
    fd_code code = FD_INACTIVE;
    const char *reden = e->reden_text && e->reden_text[0] ? e->reden_text : e->reden;

    err = fd_add(&p->findings, p->pool, FD_INACTIVE, SC_WERKGEVERS, e->line, "status", e->lhn, NULL, NULL);
    if (!err && e->opvolger[0] && mg_reason_parse(e->reden) == RS_BEEINDIGD)
        err = fd_add(&p->findings, p->pool, FD_SUCCESSOR_REASON_CONFLICT, SC_WERKGEVERS, e->line, "reden",
                     reden, e->opvolger, NULL);
    if (!err && e->successor_unknown) {
        err = ro_follow(p, cap, e, FU_SUCCESSOR_UNKNOWN, e->opvolger);
        code = FD_SUCCESSOR_UNKNOWN;
    }
    if (!err && e->open_meldingen != 0) {
        ro_reports(lang, e->open_meldingen, n, sizeof n);
        if (e->opvolger[0]) {
            const char *to =
                e->final ? e->final->lhn : (e->chain_end && e->chain_end[0] ? e->chain_end : e->opvolger);
            if (reden[0])
                snprintf(why, sizeof why, MG_FMT(lang, MSG_ROUTE_SUCCESSOR_REASON), to, reden);
            else
                snprintf(why, sizeof why, "%s", to);
            err = ro_follow(p, cap, e, FU_TRANSFER_REPORTS, to);
            if (!err)
                err = fd_add(&p->findings, p->pool, FD_TRANSFER_REPORTS, SC_WERKGEVERS, e->line,
                             "open_meldingen", n, why, NULL);
            code = FD_TRANSFER_REPORTS;
        } else {
            if (reden[0])
                snprintf(why, sizeof why, MG_FMT(lang, MSG_ROUTE_REASON), reden);
            else
                snprintf(why, sizeof why, "%s", MG_TEXT(lang, MSG_ROUTE_NO_REASON));
            err = ro_follow(p, cap, e, FU_REPORTS_UNREACHABLE, e->opvolger);
            if (!err)
                err = fd_add(&p->findings, p->pool, FD_REPORTS_UNREACHABLE, SC_WERKGEVERS, e->line,
                             "open_meldingen", n, why, NULL);
            code = FD_REPORTS_UNREACHABLE;
        }
    }
    /* an inactive number with a follow-up is used (it is in uwv-opvolging.csv); without one it is skipped */
    mg_ledger_set(p, SC_WERKGEVERS, e->row, code != FD_INACTIVE ? OC_GEBRUIKT : OC_OVERGESLAGEN, code);
    return err;
}

/* Append the request of employers v[i..j-1] (one KvK). */
static mg_error ro_request(const mg_config *cfg, const catalog *cat, mg_portfolio *p, mg_employer **v,
                           size_t i, size_t j, const cat_supplier *mine)
{
    mg_request *r = &p->requests[p->nrequests];
    size_t k, len = 0, o = 0;
    int beheer = 0;
    char *lhns;
    mg_error err = MG_OK;

    memset(r, 0, sizeof *r);
    memcpy(r->kvk, v[i]->kvk, sizeof r->kvk);
    r->naam = v[i]->naam;
    r->vertegenwoordiger = "";
    r->vertegenwoordiger_email = "";
    for (k = i; k < j; k++) {
        r->services |= v[k]->services_used;
        len += strlen(v[k]->lhn) + 1;
        if (!r->vertegenwoordiger[0] && v[k]->vertegenwoordiger[0]) {
            r->vertegenwoordiger = v[k]->vertegenwoordiger;
            r->vertegenwoordiger_email = v[k]->vertegenwoordiger_email;
        }
        if (ro_same_supplier(cat, mine, v[k]))
            beheer = 1;
    }
    lhns = pool_alloc(p->pool, len + 1);
    if (!lhns)
        return MG_ERR_NOMEM;
    for (k = i; k < j; k++)
        o += (size_t)sprintf(lhns + o, "%s%s", k > i ? "," : "", v[k]->lhn);
    r->lhns = lhns;
    if (!r->services)
        r->route = RT_GEEN;
    else
        r->route = beheer ? RT_BEHEERMODULE : RT_FORMULIER;
    if (r->services && cfg->scope == SCOPE_DIENSTVERLENER)
        r->services = cat->nservices >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << cat->nservices) - 1);
    r->complete = 1;
    if (r->route == RT_FORMULIER && !r->vertegenwoordiger[0]) {
        r->complete = 0;
        err = fd_add(&p->findings, p->pool, FD_REPRESENTATIVE_MISSING, SC_WERKGEVERS, v[i]->line,
                     "vertegenwoordiger", r->kvk, NULL, NULL);
    }
    if (!err && (r->route == RT_BEHEERMODULE || r->route == RT_FORMULIER)) {
        err = ro_formula(p, v[i], "naam", r->naam);
        if (!err)
            err = ro_formula(p, v[i], "vertegenwoordiger", r->vertegenwoordiger);
        if (!err)
            err = ro_formula(p, v[i], "vertegenwoordiger_email", r->vertegenwoordiger_email);
    }
    for (k = i; k < j; k++)
        v[k]->route = r->route;
    p->route_count[r->route]++;
    p->nrequests++;
    return err;
}

/* Build requests and follow-ups; settle the employer and user ledger rows. */
static mg_error ro_clients(const mg_config *cfg, const catalog *cat, mg_portfolio *p)
{
    mg_employer **v = malloc((p->nemployers + 1) * sizeof *v);
    const cat_supplier *mine = cat_supplier_find(cat, cfg->leverancier, strlen(cfg->leverancier));
    size_t n = 0, i, j, cap = 0;
    mg_error err = MG_OK;

    if (!v)
        return MG_ERR_NOMEM;
    for (i = 0; i < p->nemployers; i++)
        v[n++] = p->employers[i];
    if (n > 1)
        qsort(v, n, sizeof *v, ro_kvk_cmp);
    p->requests = malloc((n + 1) * sizeof *p->requests);
    if (!p->requests) {
        free(v);
        return MG_ERR_NOMEM;
    }
    for (i = 0; i < n && err == MG_OK; i++) {
        mg_employer *e = v[i];
        if (e->rejected)
            continue;
        if (e->inactive) {
            err = ro_inactive(cfg->lang, p, &cap, e);
        } else if (!e->kvk[0]) {
            int foreign = strcmp(e->land, "NL") != 0;
            e->route = RT_PAPIER;
            p->route_count[RT_PAPIER]++;
            err = ro_follow(p, &cap, e, foreign ? FU_FOREIGN_EMPLOYER : FU_NO_KVK, NULL);
            if (!err)
                err = fd_add(&p->findings, p->pool, foreign ? FD_FOREIGN_EMPLOYER : FD_NO_KVK, SC_WERKGEVERS,
                             e->line, "kvk", e->lhn, e->land, NULL);
            mg_ledger_set(p, SC_WERKGEVERS, e->row, OC_GEBRUIKT, foreign ? FD_FOREIGN_EMPLOYER : FD_NO_KVK);
        }
    }
    for (i = 0; i < n && err == MG_OK; i = j) {
        if (v[i]->rejected || v[i]->inactive || !v[i]->kvk[0]) {
            j = i + 1;
            continue;
        }
        for (j = i + 1; j < n && !strcmp(v[j]->kvk, v[i]->kvk); j++)
            ;
        /* Only the active, accepted employers of this KvK make the request. */
        {
            size_t k, m = i;
            for (k = i; k < j; k++)
                if (!v[k]->rejected && !v[k]->inactive)
                    v[m++] = v[k];
            err = ro_request(cfg, cat, p, v, i, m, mine);
        }
    }
    free(v);
    return err;
}

/* Route the portfolio. */
mg_error ro_route(const mg_config *cfg, const catalog *cat, mg_portfolio *p)
{
    mg_error err = ro_intermediary(cfg, cat, p);

    if (!err)
        err = ro_staff(cfg, cat, p);
    if (!err)
        err = ro_clients(cfg, cat, p);
    return err;
}

/* Nothing lost: every row has one outcome and the counts add up. */
mg_error ro_check_ledger(const mg_portfolio *p, mg_errinfo *ei)
{
    int f;

    for (f = 0; f < SC_FILE_COUNT; f++) {
        const mg_ledger *l = &p->ledger[f];
        size_t count[OC_COUNT] = {0}, i, sum = 0;
        for (i = 0; i < l->n; i++) {
            if (l->v[i].outcome == OC_NONE || l->v[i].outcome >= OC_COUNT)
                return MG_FAIL(ei, MG_ERR_INTERNAL, p->files[f].path, l->v[i].line, MSG_ROUTE_NO_OUTCOME);
            count[l->v[i].outcome]++;
        }
        for (i = 1; i < OC_COUNT; i++)
            sum += count[i];
        if (sum != p->files[f].rows || l->n != p->files[f].rows)
            return MG_FAIL(ei, MG_ERR_INTERNAL, p->files[f].path, 0, MSG_ROUTE_ROWS_LOST, p->files[f].rows,
                           sum);
    }
    return MG_OK;
}
