/* route.c — stage 4: who needs what: intermediary, staff, requests, follow-ups, ledger. */
#include "route.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ident.h"
#include "platform.h"

/* Hard limit on the list of known suppliers shown in a message. */
#define RO_LIST_MAX 1024

/* Longest rechtsvorm value compared with the sole-trader words. */
#define RO_FORM_MAX 64

/* Hard limits on an access-widened finding's text: one list (numbers or services), and the whole. */
#define RO_WIDENED_LIST 256
#define RO_WIDENED_TEXT 1024

/* What ends a list cut short, and the room kept for it (with its separator) in every bounded list. */
#define RO_MORE "…"
#define RO_MORE_ROOM 8

/* Room for a finding argument made here: a count of reports in words, a successor with its reason. */
#define RO_ARG_MAX 512

/* 1 if a value would be run as a formula by a spreadsheet. */
int ro_formula_risk(const char *s)
{
    return s && (*s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r');
}

/* The known suppliers, by name, joined by ", " into buf. */
static void ro_supplier_list(const catalog *cat, char *buf, size_t size)
{
    size_t i, o = 0;

    buf[0] = '\0';
    for (i = 0; i < cat->nsuppliers && o + 64 < size; i++)
        o += (size_t)snprintf(buf + o, size - o, "%s%s", i ? ", " : "", cat->suppliers[i].naam);
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
        ro_supplier_list(cat, list, sizeof list);
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

/* Give each user an action and the user findings; warn once when no beheerder can pass grants on. */
static mg_error ro_staff(const mg_config *cfg, const catalog *cat, mg_portfolio *p)
{
    size_t i;
    int beheerder = 0;
    mg_error err = ro_shared(cat, p);

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

/* The signers named in one vertegenwoordiger (or e-mail) value: split at ';' '/' '&' and " en ". */
typedef struct ro_signers {
    const char *s[RO_SIGNERS_MAX];
    size_t len[RO_SIGNERS_MAX];
    size_t n;
} ro_signers;

/* Split a value into its signers (blanks around each trimmed, empty parts left out; RO_SIGNERS_MAX at most).
 */
void ro_split_signers(const char *value, const char **s, size_t *len, size_t max, size_t *n)
{
    const char *q = value ? value : "";

    *n = 0;
    while (*q) {
        const char *e = q;
        size_t skip = 0, a, b;
        while (*e) {
            if (*e == ';' || *e == '/' || *e == '&') {
                skip = 1;
                break;
            }
            if (*e == ' ' && !strncmp(e, " en ", 4)) {
                skip = 4;
                break;
            }
            e++;
        }
        for (a = 0; q + a < e && (q[a] == ' ' || q[a] == '\t'); a++)
            ;
        for (b = (size_t)(e - q); b > a && (q[b - 1] == ' ' || q[b - 1] == '\t'); b--)
            ;
        if (b > a && *n < max) {
            s[*n] = q + a;
            len[*n] = b - a;
            (*n)++;
        }
        q = *e ? e + skip : e;
    }
}

/* The next byte of a name as names compare: ASCII lower case, a run of blanks as one space; -1 at the end. */
static int ro_name_byte(const char *s, size_t len, size_t *i)
{
    unsigned char ch;

    if (*i >= len)
        return -1;
    ch = (unsigned char)s[*i];
    if (ch == ' ' || ch == '\t') {
        while (*i < len && (s[*i] == ' ' || s[*i] == '\t'))
            (*i)++;
        return ' ';
    }
    (*i)++;
    return ch >= 'A' && ch <= 'Z' ? ch | 32 : ch;
}

/* 1 if two signers' names are the same: ASCII case and runs of blanks ignored. */
static int ro_same_name(const char *a, size_t alen, const char *b, size_t blen)
{
    size_t i = 0, j = 0;
    int x, y;

    do {
        x = ro_name_byte(a, alen, &i);
        y = ro_name_byte(b, blen, &j);
        if (x != y)
            return 0;
    } while (x >= 0);
    return 1;
}

/* Index of name among the signers so far, or -1. */
static long ro_signer_find(const ro_signers *v, const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < v->n; i++)
        if (ro_same_name(v->s[i], v->len[i], s, len))
            return (long)i;
    return -1;
}

/* 1 if the two employers name the same set of signers (order aside). */
static int ro_same_signers(const ro_signers *a, const ro_signers *b)
{
    size_t i;

    if (a->n != b->n)
        return 0;
    for (i = 0; i < a->n; i++)
        if (ro_signer_find(b, a->s[i], a->len[i]) < 0)
            return 0;
    return 1;
}

/* Join the signers with "; " into the pool; NULL when out of memory. */
static const char *ro_join(mg_portfolio *p, const ro_signers *v)
{
    size_t i, len = 1, o = 0;
    char *out;

    for (i = 0; i < v->n; i++)
        len += v->len[i] + 2;
    out = pool_alloc(p->pool, len);
    if (!out)
        return NULL;
    for (i = 0; i < v->n; i++) {
        if (i) {
            memcpy(out + o, "; ", 2);
            o += 2;
        }
        memcpy(out + o, v->s[i], v->len[i]);
        o += v->len[i];
    }
    out[o] = '\0';
    return out;
}

/* Representatives of a KvK: every distinct signer and address; conflicts and joint signing noted in r. */
static mg_error ro_representatives(mg_portfolio *p, mg_request *r, mg_employer **v, size_t i, size_t j,
                                   char *why, size_t whysize)
{
    ro_signers names, mails, first, cur, curmail;
    size_t k, t;
    int have_first = 0, rep_diff = 0, mail_diff = 0, auth_diff = 0;
    mg_authority auth = AU_NONE;

    memset(&names, 0, sizeof names);
    memset(&mails, 0, sizeof mails);
    memset(&first, 0, sizeof first);
    for (k = i; k < j; k++) {
        const mg_employer *e = v[k];
        ro_split_signers(e->vertegenwoordiger, cur.s, cur.len, RO_SIGNERS_MAX, &cur.n);
        ro_split_signers(e->vertegenwoordiger_email, curmail.s, curmail.len, RO_SIGNERS_MAX, &curmail.n);
        if (e->bevoegdheid != AU_NONE) {
            if (auth != AU_NONE && auth != e->bevoegdheid)
                auth_diff = 1;
            if (auth == AU_NONE || e->bevoegdheid == AU_GEZAMENLIJK)
                auth = e->bevoegdheid;
        }
        if (cur.n) {
            if (!have_first) {
                first = cur;
                have_first = 1;
            } else if (!ro_same_signers(&first, &cur)) {
                rep_diff = 1;
            }
        }
        for (t = 0; t < cur.n; t++) {
            long at = ro_signer_find(&names, cur.s[t], cur.len[t]);
            if (at < 0 && names.n < RO_SIGNERS_MAX) {
                names.s[names.n] = cur.s[t];
                names.len[names.n] = cur.len[t];
                mails.s[names.n] = t < curmail.n ? curmail.s[t] : "";
                mails.len[names.n] = t < curmail.n ? curmail.len[t] : 0;
                names.n++;
            } else if (at >= 0 && t < curmail.n) {
                if (!mails.len[at]) {
                    mails.s[at] = curmail.s[t];
                    mails.len[at] = curmail.len[t];
                } else if (mails.len[at] != curmail.len[t] ||
                           strncasecmp(mails.s[at], curmail.s[t], curmail.len[t]) != 0) {
                    mail_diff = 1;
                }
            }
        }
    }
    /* addresses without a name to go with them are kept too */
    mails.n = names.n;
    for (k = i; k < j && !names.n; k++) {
        ro_split_signers(v[k]->vertegenwoordiger_email, curmail.s, curmail.len, RO_SIGNERS_MAX, &curmail.n);
        for (t = 0; t < curmail.n && mails.n < RO_SIGNERS_MAX; t++)
            if (ro_signer_find(&mails, curmail.s[t], curmail.len[t]) < 0) {
                mails.s[mails.n] = curmail.s[t];
                mails.len[mails.n++] = curmail.len[t];
            }
    }
    {
        ro_signers m2; /* the addresses that are known, in signer order */
        m2.n = 0;
        for (t = 0; t < mails.n; t++)
            if (mails.len[t]) {
                m2.s[m2.n] = mails.s[t];
                m2.len[m2.n++] = mails.len[t];
            }
        r->vertegenwoordiger = ro_join(p, &names);
        r->vertegenwoordiger_email = ro_join(p, &m2);
    }
    if (!r->vertegenwoordiger || !r->vertegenwoordiger_email)
        return MG_ERR_NOMEM;
    r->nreps = names.n ? names.n : mails.n;
    if (r->nreps) {
        r->rep_name = pool_alloc(p->pool, r->nreps * sizeof *r->rep_name);
        r->rep_mail = pool_alloc(p->pool, r->nreps * sizeof *r->rep_mail);
        if (!r->rep_name || !r->rep_mail)
            return MG_ERR_NOMEM;
        for (t = 0; t < r->nreps; t++) {
            r->rep_name[t] = names.n ? pool_strndup(p->pool, names.s[t], names.len[t]) : "";
            r->rep_mail[t] = pool_strndup(p->pool, mails.s[t], mails.len[t]);
            if (!r->rep_name[t] || !r->rep_mail[t])
                return MG_ERR_NOMEM;
        }
    }
    r->bevoegdheid = auth;
    r->nsigners = names.n;
    why[0] = '\0';
    if (rep_diff || mail_diff || auth_diff) {
        r->issues |= RQ_REP_CONFLICT;
        snprintf(why, whysize, "%s%s%s%s%s", rep_diff ? "vertegenwoordiger" : "",
                 rep_diff && (mail_diff || auth_diff) ? ", " : "", mail_diff ? "vertegenwoordiger_email" : "",
                 mail_diff && auth_diff ? ", " : "", auth_diff ? "bevoegdheid" : "");
    }
    if (auth == AU_GEZAMENLIJK && names.n == 1)
        r->issues |= RQ_JOINT_INCOMPLETE;
    return MG_OK;
}

/* 1 if two suppliers as written are the same: the same catalogue entry, or the same text when unknown. */
static int ro_same_supplier_name(const catalog *cat, const char *a, const char *b)
{
    const cat_supplier *x = cat_supplier_find(cat, a, strlen(a)), *y = cat_supplier_find(cat, b, strlen(b));

    return x || y ? x == y : !strcasecmp(a, b);
}

/* The client's own eHerkenning: conflicts between its LHNs, unknown suppliers; findings on their rows. */
static mg_error ro_client_means(const catalog *cat, mg_portfolio *p, mg_request *r, mg_employer **v, size_t i,
                                size_t j)
{
    const char *sup = "";
    mg_level lv = LV_UNKNOWN;
    int sup_diff = 0, lv_diff = 0;
    size_t k;
    mg_error err = MG_OK;

    for (k = i; k < j && !err; k++) {
        const mg_employer *e = v[k];
        if (e->leverancier[0]) {
            if (!cat_supplier_find(cat, e->leverancier, strlen(e->leverancier))) {
                char list[RO_LIST_MAX];
                ro_supplier_list(cat, list, sizeof list);
                r->issues |= RQ_SUPPLIER_UNKNOWN;
                err = fd_add(&p->findings, p->pool, FD_CLIENT_SUPPLIER_UNKNOWN, SC_WERKGEVERS, e->line,
                             "eh_leverancier", e->leverancier, list, NULL);
            }
            if (!sup[0])
                sup = e->leverancier;
            else if (!ro_same_supplier_name(cat, sup, e->leverancier))
                sup_diff = 1;
        }
        if (e->level != LV_UNKNOWN) {
            if (lv == LV_UNKNOWN)
                lv = e->level;
            else if (lv != e->level)
                lv_diff = 1;
        }
    }
    if (!err && (sup_diff || lv_diff)) {
        r->issues |= RQ_MEANS_CONFLICT;
        err = fd_add(&p->findings, p->pool, FD_KVK_MEANS_CONFLICT, SC_WERKGEVERS, v[i]->line,
                     sup_diff ? "eh_leverancier" : "eh_niveau", r->kvk,
                     sup_diff && lv_diff ? "eh_leverancier, eh_niveau"
                     : sup_diff          ? "eh_leverancier"
                                         : "eh_niveau",
                     NULL);
    }
    return err;
}

/* 1 if the intermediary's supplier takes this request in its portal (its portaal_voor), no conflict forcing
 * the form. */
static int ro_portal_takes(const catalog *cat, const cat_supplier *mine, const mg_request *r, mg_employer **v,
                           size_t i, size_t j)
{
    size_t k;

    if (!mine || (r->issues & (RQ_MEANS_CONFLICT | RQ_SUPPLIER_UNKNOWN)))
        return 0;
    switch (mine->portaal_voor) {
    case CAT_PORTAAL_ZELFDE:
        for (k = i; k < j; k++)
            if (ro_same_supplier(cat, mine, v[k]))
                return 1;
        return 0;
    case CAT_PORTAAL_ALLE:
        return r->vertegenwoordiger_email[0] && !(r->issues & (RQ_REP_CONFLICT | RQ_JOINT_INCOMPLETE));
    default:
        return 0;
    }
}

/* 1 if a rechtsvorm value says eenmanszaak (formats/invoer.ini [waarden] rechtsvorm_eenmanszaak; dots and
 * case ignored). */
static int ro_is_sole_trader(const catalog *cat, const char *rechtsvorm)
{
    const cat_words *w = &cat->vocab[CAT_VOC_RECHTSVORM_EENMANSZAAK];
    char buf[RO_FORM_MAX];
    size_t i, o = 0;

    for (i = 0; rechtsvorm[i] && o + 1 < sizeof buf; i++)
        if (rechtsvorm[i] != '.')
            buf[o++] = rechtsvorm[i];
    buf[o] = '\0';
    for (i = 0; i < w->nwords; i++)
        if (!strcasecmp(w->words[i], buf))
            return 1;
    return 0;
}

/* Append the request of employers v[i..j-1] (one KvK). */
static mg_error ro_request(const mg_config *cfg, const catalog *cat, mg_portfolio *p, mg_employer **v,
                           size_t i, size_t j, const cat_supplier *mine)
{
    mg_request *r = &p->requests[p->nrequests];
    size_t k, len = 0, o = 0;
    char *lhns;
    char why[128];
    mg_error err = MG_OK;
    int own;

    memset(r, 0, sizeof *r);
    memcpy(r->kvk, v[i]->kvk, sizeof r->kvk);
    r->start = cfg->ingangsdatum;
    r->end = id_add_years(cfg->ingangsdatum, cfg->years) - 1;
    r->naam = v[i]->naam;
    r->line = v[i]->line;
    for (k = i; k < j; k++) {
        r->services |= v[k]->services_used;
        len += strlen(v[k]->lhn) + 1;
    }
    lhns = pool_alloc(p->pool, len + 1);
    if (!lhns)
        return MG_ERR_NOMEM;
    for (k = i; k < j; k++)
        o += (size_t)sprintf(lhns + o, "%s%s", k > i ? "," : "", v[k]->lhn);
    r->lhns = lhns;
    own = cfg->kvk[0] && !strcmp(cfg->kvk, r->kvk);
    err = ro_representatives(p, r, v, i, j, why, sizeof why);
    if (err)
        return err;
    if (own) {
        r->route = RT_EIGEN;
        err = fd_add(&p->findings, p->pool, FD_OWN_ORGANISATION, SC_WERKGEVERS, v[i]->line, "kvk", r->kvk,
                     NULL, NULL);
    } else if (!r->services) {
        r->route = RT_GEEN;
    } else {
        err = ro_client_means(cat, p, r, v, i, j);
        r->route = !err && ro_portal_takes(cat, mine, r, v, i, j) ? RT_BEHEERMODULE : RT_FORMULIER;
    }
    if (r->services && cfg->scope == SCOPE_DIENSTVERLENER)
        r->services = cat->nservices >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << cat->nservices) - 1);
    if (!err && (r->route == RT_BEHEERMODULE || r->route == RT_FORMULIER)) {
        if (r->route == RT_FORMULIER && !r->vertegenwoordiger[0]) {
            r->issues |= RQ_REP_MISSING;
            err = fd_add(&p->findings, p->pool, FD_REPRESENTATIVE_MISSING, SC_WERKGEVERS, v[i]->line,
                         "vertegenwoordiger", r->kvk, NULL, NULL);
        }
        if (!err && (r->issues & RQ_REP_CONFLICT))
            err = fd_add(&p->findings, p->pool, FD_REPRESENTATIVE_CONFLICT, SC_WERKGEVERS, v[i]->line,
                         "vertegenwoordiger", r->kvk, why, NULL);
        if (!err && (r->issues & RQ_JOINT_INCOMPLETE))
            err = fd_add(&p->findings, p->pool, FD_REPRESENTATIVE_JOINT_INCOMPLETE, SC_WERKGEVERS, v[i]->line,
                         "bevoegdheid", r->kvk, r->vertegenwoordiger, NULL);
        for (k = i; k < j && !err; k++)
            if (v[k]->rechtsvorm[0] && ro_is_sole_trader(cat, v[k]->rechtsvorm))
                err = fd_add(&p->findings, p->pool, FD_SOLE_TRADER, SC_WERKGEVERS, v[k]->line, "rechtsvorm",
                             v[k]->lhn, NULL, NULL);
        if (!err)
            err = ro_formula(p, v[i], "naam", r->naam);
        if (!err)
            err = ro_formula(p, v[i], "vertegenwoordiger", r->vertegenwoordiger);
        if (!err)
            err = ro_formula(p, v[i], "vertegenwoordiger_email", r->vertegenwoordiger_email);
    }
    r->complete = !(r->issues & (RQ_REP_MISSING | RQ_REP_CONFLICT | RQ_JOINT_INCOMPLETE));
    r->nlhns = j - i;
    for (k = i; k < j; k++) {
        v[k]->route = r->route;
        v[k]->request = p->nrequests + 1;
    }
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
    for (i = 0; i < p->nemployers; i++) {
        p->employers[i]->request = 0;
        v[n++] = p->employers[i];
    }
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

/* Order kept grants by user, client KvK (request), service, then LHN (employers are sorted by LHN). */
static int ro_kept_cmp(const void *a, const void *b)
{
    const mg_kept *x = a, *y = b;

    if (x->user != y->user)
        return x->user < y->user ? -1 : 1;
    if (x->request != y->request)
        return x->request < y->request ? -1 : 1;
    if (x->service != y->service)
        return x->service < y->service ? -1 : 1;
    return x->employer < y->employer ? -1 : x->employer > y->employer;
}

/* Sort kept grants by user, request, service and employer: per user's run when they come in user order. */
void ro_sort_kept(mg_kept *v, size_t n)
{
    size_t i, j;

    for (i = 1; i < n; i++)
        if (v[i].user < v[i - 1].user) {
            qsort(v, n, sizeof *v, ro_kept_cmp);
            return;
        }
    for (i = 0; i < n; i = j) {
        for (j = i + 1; j < n && v[j].user == v[i].user; j++)
            ;
        if (j - i > 1)
            qsort(v + i, j - i, sizeof *v, ro_kept_cmp);
    }
}

/* Order employer indices (LHN order). */
static int ro_u32_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

    return x < y ? -1 : x > y;
}

/* Append sep (unless buf is empty) and s to the bounded list buf; a list that does not fit ends in RO_MORE
 * and takes nothing more. Returns 0 once the list is cut short. */
static int ro_list_add(char *buf, size_t size, const char *sep, const char *s)
{
    size_t n = strlen(buf), m = strlen(RO_MORE);

    if (n >= m && !strcmp(buf + n - m, RO_MORE))
        return 0; /* cut short already */
    if (n + strlen(sep) + strlen(s) + RO_MORE_ROOM < size) {
        snprintf(buf + n, size - n, "%s%s", n ? sep : "", s);
        return 1;
    }
    snprintf(buf + n, size - n, "%s%s", n ? sep : "", RO_MORE);
    return 0;
}

/* The LHNs of employers emps[0..n-1] (sorted), joined by ','; the request's own list when they are all of
 * its numbers. NULL when out of memory. */
static const char *ro_join_lhns(mg_portfolio *p, const mg_request *r, const uint32_t *emps, size_t n)
{
    size_t i, o = 0;
    char *s;

    if (n == r->nlhns)
        return r->lhns;
    s = pool_alloc(p->pool, n * 13 + 1);
    if (!s)
        return NULL;
    s[0] = '\0';
    for (i = 0; i < n; i++)
        o += (size_t)sprintf(s + o, "%s%s", i ? "," : "", p->employers[emps[i]]->lhn);
    return s;
}

/* The request's LHNs that employers emps[0..n-1] (sorted) do not have, as a bounded list in buf; the walk
 * stops when the list is full, so it costs the numbers had plus the list, not every number of the KvK. */
static void ro_gained(const mg_portfolio *p, const mg_request *r, const uint32_t *emps, size_t n, char *buf,
                      size_t size)
{
    const char *q = r->lhns;
    size_t i = 0;
    char lhn[13];

    buf[0] = '\0';
    while (*q) {
        size_t len = strcspn(q, ",");
        if (len < sizeof lhn) {
            memcpy(lhn, q, len);
            lhn[len] = '\0';
            while (i < n && strcmp(p->employers[emps[i]]->lhn, lhn) < 0)
                i++;
            if ((i == n || strcmp(p->employers[emps[i]]->lhn, lhn) != 0) && !ro_list_add(buf, size, ",", lhn))
                return; /* full: the rest of a long list is not looked at */
        }
        q += len;
        if (*q == ',')
            q++;
    }
}

/* One part of an access-widened text: the numbers had for services svcs, and those gained. */
static void ro_widened_part(const mg_config *cfg, const mg_portfolio *p, const mg_request *r,
                            const uint32_t *emps, size_t n, const char *svcs, char *parts, size_t size)
{
    char had[RO_WIDENED_LIST], gained[RO_WIDENED_LIST], part[3 * RO_WIDENED_LIST];
    size_t i;

    had[0] = '\0';
    for (i = 0; i < n && ro_list_add(had, sizeof had, ",", p->employers[emps[i]]->lhn); i++)
        ;
    ro_gained(p, r, emps, n, gained, sizeof gained);
    snprintf(part, sizeof part, MG_FMT(cfg->lang, MSG_ROUTE_WIDENED_PART), had, svcs, gained);
    ro_list_add(parts, size, "; ", part);
}

/* A set of services with the same numbers, within one colleague × KvK. */
typedef struct ro_svcset {
    size_t from, n;             /* the kept grants of its first service: k[from..from+n-1] */
    char svcs[RO_WIDENED_LIST]; /* the service codes, joined by ", " */
} ro_svcset;

/*
 * The interne-machtigingen rows of one colleague at one client KvK (kept grants k[0..n-1], sorted by
 * service and LHN): one per service, and the access-widened warning when the colleague had only some of
 * the KvK's active numbers — per service, or with reikwijdte = dienstverlener over all services together.
 * The warning points at the colleague's first grant there (lowest machtigingen.csv line).
 */
static mg_error ro_internal_group(const mg_config *cfg, const catalog *cat, mg_portfolio *p, const mg_kept *k,
                                  size_t n, uint32_t *emps, ro_svcset *sets)
{
    const mg_request *r = &p->requests[k[0].request];
    size_t a, b, m, nsets = 0, first = p->ninternals, nall = 0;
    uint32_t line = k[0].line;
    int widened = 0, all = cfg->scope == SCOPE_DIENSTVERLENER;
    char parts[RO_WIDENED_TEXT - 64], text[RO_WIDENED_TEXT];

    for (a = 0; a < n; a = b) {
        mg_internal *row = &p->internals[p->ninternals++];
        for (b = a; b < n && k[b].service == k[a].service; b++) {
            emps[b - a] = k[b].employer;
            if (k[b].line < line)
                line = k[b].line;
        }
        row->user = k[a].user;
        row->request = k[a].request;
        row->service = k[a].service;
        row->widened = 0;
        if (!(row->lhns = ro_join_lhns(p, r, emps, b - a)))
            return MG_ERR_NOMEM;
        if (b - a < r->nlhns && !all) {
            widened = 1;
            /* services with the same numbers share a part of the text */
            for (m = 0; m < nsets; m++) {
                size_t x;
                if (sets[m].n != b - a)
                    continue;
                for (x = 0; x < b - a && k[sets[m].from + x].employer == k[a + x].employer; x++)
                    ;
                if (x == b - a)
                    break;
            }
            if (m == nsets) {
                sets[nsets].from = a;
                sets[nsets].n = b - a;
                sets[nsets].svcs[0] = '\0';
                nsets++;
            }
            ro_list_add(sets[m].svcs, sizeof sets[m].svcs, ", ", cat->services[k[a].service].code);
        }
    }
    if (all) {
        /* dienstverlener: every service for the whole KvK, so only the numbers count */
        sets[0].svcs[0] = '\0';
        for (a = 0; a < n; a++) {
            emps[a] = k[a].employer;
            if (a == 0 || k[a].service != k[a - 1].service)
                ro_list_add(sets[0].svcs, sizeof sets[0].svcs, ", ", cat->services[k[a].service].code);
        }
        if (n > 1)
            qsort(emps, n, sizeof *emps, ro_u32_cmp);
        for (a = nall = 0; a < n; a++)
            if (nall == 0 || emps[a] != emps[nall - 1])
                emps[nall++] = emps[a];
        widened = nall < r->nlhns;
    }
    if (!widened)
        return MG_OK;
    for (a = first; a < p->ninternals; a++)
        p->internals[a].widened = 1;
    parts[0] = '\0';
    if (all) {
        ro_widened_part(cfg, p, r, emps, nall, sets[0].svcs, parts, sizeof parts);
    } else {
        for (m = 0; m < nsets; m++) {
            for (b = 0; b < sets[m].n; b++)
                emps[b] = k[sets[m].from + b].employer;
            ro_widened_part(cfg, p, r, emps, sets[m].n, sets[m].svcs, parts, sizeof parts);
        }
    }
    snprintf(text, sizeof text, MG_FMT(cfg->lang, MSG_ROUTE_WIDENED), r->kvk, parts);
    return fd_add(&p->findings, p->pool, FD_ACCESS_WIDENED, SC_MACHTIGINGEN, line, "loonheffingennummer",
                  p->users[k[0].user]->id, text, NULL);
}

/* Build interne-machtigingen from the kept grants: one row per colleague, client KvK and service. */
static mg_error ro_internals(const mg_config *cfg, const catalog *cat, mg_portfolio *p)
{
    size_t i, j, n = 0, maxgroup = 0;
    uint32_t *emps;
    ro_svcset *sets;
    mg_error err = MG_OK;

    for (i = 0; i < p->nkept; i++) {
        const mg_employer *e = p->employers[p->kept[i].employer];
        if (e->request == 0)
            continue; /* not in a request (cannot happen: a kept grant's employer is active with a KvK) */
        p->kept[n] = p->kept[i];
        p->kept[n++].request = (uint32_t)(e->request - 1);
    }
    p->nkept = n;
    ro_sort_kept(p->kept, n);
    for (i = 0; i < n; i = j) {
        for (j = i + 1;
             j < n && p->kept[j].user == p->kept[i].user && p->kept[j].request == p->kept[i].request; j++)
            ;
        if (j - i > maxgroup)
            maxgroup = j - i;
    }
    p->internals = pf_alloc_big((n + 1) * sizeof *p->internals);
    emps = malloc((maxgroup + 1) * sizeof *emps);
    sets = malloc((cat->nservices + 1) * sizeof *sets);
    if (!p->internals || !emps || !sets) {
        free(emps);
        free(sets);
        return MG_ERR_NOMEM;
    }
    for (i = 0; i < n && err == MG_OK; i = j) {
        for (j = i + 1;
             j < n && p->kept[j].user == p->kept[i].user && p->kept[j].request == p->kept[i].request; j++)
            ;
        err = ro_internal_group(cfg, cat, p, &p->kept[i], j - i, emps, sets);
    }
    free(emps);
    free(sets);
    return err;
}

/* Count, per user, the client KvKs and services of interne-machtigingen (sorted by user, KvK, service). */
static void ro_user_counts(mg_portfolio *p)
{
    size_t i = 0, j;

    while (i < p->ninternals) {
        uint32_t u = p->internals[i].user;
        uint64_t svc = 0;
        size_t nkvk = 0;
        for (j = i; j < p->ninternals && p->internals[j].user == u; j++) {
            if (j == i || p->internals[j].request != p->internals[j - 1].request)
                nkvk++;
            svc |= (uint64_t)1 << p->internals[j].service;
        }
        p->users[u]->n_employers = nkvk;
        p->users[u]->n_services = (size_t)__builtin_popcountll(svc);
        i = j;
    }
}

/* Route the portfolio. */
mg_error ro_route(const mg_config *cfg, const catalog *cat, mg_portfolio *p)
{
    mg_error err = ro_intermediary(cfg, cat, p);

    if (!err)
        err = ro_staff(cfg, cat, p);
    if (!err)
        err = ro_clients(cfg, cat, p);
    if (!err)
        err = ro_internals(cfg, cat, p);
    if (!err)
        ro_user_counts(p);
    return err;
}

/* Nothing lost: every row has one outcome and the counts add up. */
mg_error ro_check_ledger(const mg_portfolio *p, mg_errinfo *ei)
{
    int f;

    for (f = 0; f < MG_FILE_SLOTS; f++) {
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
