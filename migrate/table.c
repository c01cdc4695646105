/* table.c — the descriptions of the output tables, their walkers, and the CSV sink. */
#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ident.h"
#include "report.h"
#include "route.h"

/* Hard limits. */
#define TB_MSG_MAX 2048 /* one sentence: a follow-up's action or a finding's message */

/* The last day of the requests: ingangsdatum + N years - 1 day. */
int32_t tb_einddatum(const mg_config *cfg)
{
    return id_add_years(cfg->ingangsdatum, cfg->years) - 1;
}

/* The display name of a finding's or ledger entry's file. */
const char *tb_file_name(const mg_portfolio *p, int file)
{
    if (file >= 0 && file < SC_FILE_COUNT)
        return p->files[file].name ? p->files[file].name : sc_file_def((sc_file)file)->default_path;
    if (file >= MG_FILE_REG0 && file < MG_FILE_SLOTS && p->files[file].name)
        return p->files[file].name;
    if (file == FD_FILE_INI)
        return "portfolio.ini";
    return "";
}

/* A copy of the employers sorted by cmp (caller frees), or NULL when out of memory. */
mg_employer **tb_employers_sorted(const mg_portfolio *p, int (*cmp)(const void *, const void *))
{
    mg_employer **v = malloc((p->nemployers + 1) * sizeof *v);

    if (!v)
        return NULL;
    if (p->nemployers)
        memcpy(v, p->employers, p->nemployers * sizeof *v);
    if (p->nemployers > 1)
        qsort(v, p->nemployers, sizeof *v, cmp);
    return v;
}

/* A copy of the follow-ups sorted by cmp (caller frees), or NULL when out of memory. */
mg_followup *tb_followups_sorted(const mg_portfolio *p, int (*cmp)(const void *, const void *))
{
    mg_followup *v = malloc((p->nfollowups + 1) * sizeof *v);

    if (!v)
        return NULL;
    if (p->nfollowups)
        memcpy(v, p->followups, p->nfollowups * sizeof *v);
    if (p->nfollowups > 1)
        qsort(v, p->nfollowups, sizeof *v, cmp);
    return v;
}

/* The number of columns of a table once per-service columns are expanded. */
size_t tb_width(const tb_table *t, const tb_env *env)
{
    size_t n = 0, c;

    for (c = 0; c < t->ncols; c++)
        n += t->cols[c].per_service ? env->cat->nservices : 1;
    return n;
}

/* The headers of a table (CSV names, or workbook display names when display is set); returns the count. */
size_t tb_headers(const tb_table *t, const tb_env *env, int display, const char **names, size_t max)
{
    size_t n = 0, c, k;

    for (c = 0; c < t->ncols; c++) {
        const tb_col *col = &t->cols[c];
        if (col->per_service) {
            /* the CSV is headed by the codes; the workbook by the names the person signing can read */
            for (k = 0; k < env->cat->nservices && n < max; k++)
                names[n++] = display ? env->cat->services[k].naam : env->cat->services[k].code;
        } else if (n < max) {
            names[n++] = display && col->display ? col->display : col->name;
        }
    }
    return n;
}

/* Whether a table has a column of the given type. */
int tb_has_type(const tb_table *t, tb_type type)
{
    size_t c;

    for (c = 0; c < t->ncols; c++)
        if (t->cols[c].type == type)
            return 1;
    return 0;
}

/* Fill the cells of one row from the description and hand them to the sink. */
void tb_row(const tb_table *t, const tb_env *env, const void *row, tb_sink *sink)
{
    tb_cell cells[TB_MAX_COLS];
    size_t n = 0, c, k;

    for (c = 0; c < t->ncols; c++) {
        const tb_col *col = &t->cols[c];
        size_t reps = col->per_service ? env->cat->nservices : 1;
        for (k = 0; k < reps && n < TB_MAX_COLS; k++) {
            cells[n].type = col->type;
            cells[n].s = NULL;
            cells[n].n = 0;
            cells[n].days = 0;
            col->get(env, row, k, &cells[n]);
            n++;
        }
    }
    sink->row(sink, cells, n);
}

/* Write a whole table: the header, then every row. */
mg_error tb_write(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    const char *names[TB_MAX_COLS];

    if (tb_width(t, env) > TB_MAX_COLS)
        return MG_FAIL(ei, MG_ERR_INTERNAL, t->sheet, 0, MSG_TABLE_TOO_MANY_COLUMNS);
    sink->head(sink, names, tb_headers(t, env, 0, names, TB_MAX_COLS));
    return t->walk(t, env, sink, ei);
}

/* Column left empty for the reader to fill in. */
void tb_blank(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)row, (void)k;
    out->s = NULL;
}

/* ---- ketenmachtigingen-formulier: one row per client KvK on the form route. ---- */

/* Form column: the client's KvK. */
static void tb_req_kvk(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const mg_request *)row)->kvk;
}

/* Form column: the client's name. */
static void tb_req_naam(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const mg_request *)row)->naam;
}

/* Form column: the client's active LHNs. */
static void tb_req_lhns(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const mg_request *)row)->lhns;
}

/* Form column: the legal representative. */
static void tb_req_rep(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const mg_request *)row)->vertegenwoordiger;
}

/* Form column: the legal representative's e-mail address. */
static void tb_req_rep_email(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const mg_request *)row)->vertegenwoordiger_email;
}

/* Form column: may one signer sign alone (zelfstandig) or must all sign together (gezamenlijk). */
static void tb_req_authority(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = mg_authority_name(((const mg_request *)row)->bevoegdheid);
}

/* Column: the intermediary's KvK. */
static void tb_own_kvk(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)row, (void)k;
    out->s = env->cfg->kvk;
}

/* Column: the intermediary's name. */
static void tb_own_naam(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)row, (void)k;
    out->s = env->cfg->naam;
}

/* Form column per service: "ja" when the client asks for service k. */
static void tb_req_service(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env;
    out->s = (((const mg_request *)row)->services & ((uint64_t)1 << k)) ? "ja" : "";
}

/* Column: the run's ingangsdatum. */
static void tb_start(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)row, (void)k;
    out->days = env->cfg->ingangsdatum;
}

/* Column: the run's einddatum. */
static void tb_end(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)row, (void)k;
    out->days = tb_einddatum(env->cfg);
}

/* Request column: the first day of the period asked for. */
static void tb_req_start(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->days = ((const mg_request *)row)->start;
}

/* Request column: the last day of the period asked for. */
static void tb_req_end(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->days = ((const mg_request *)row)->end;
}

/* Form column: whether the request can be sent as it is. */
static void tb_req_complete(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const mg_request *)row)->complete ? "ja" : "nee";
}

/* The form's rows: the form-route requests in their order. */
static mg_error tb_formulier_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    size_t i;

    (void)ei;
    for (i = 0; i < env->p->nrequests; i++)
        if (env->p->requests[i].route == RT_FORMULIER)
            tb_row(t, env, &env->p->requests[i], sink);
    return MG_OK;
}

static const tb_col tb_formulier_cols[] = {
    {"kvk_machtiginggever", NULL, TB_ID, tb_req_kvk, 0},
    {"naam_machtiginggever", NULL, TB_TEXT, tb_req_naam, 0},
    {"loonheffingennummers", NULL, TB_ID, tb_req_lhns, 0},
    {"vertegenwoordiger", NULL, TB_TEXT, tb_req_rep, 0},
    {"vertegenwoordiger_email", NULL, TB_TEXT, tb_req_rep_email, 0},
    {"bevoegdheid", NULL, TB_TEXT, tb_req_authority, 0},
    {"kvk_intermediair", NULL, TB_ID, tb_own_kvk, 0},
    {"naam_intermediair", NULL, TB_TEXT, tb_own_naam, 0},
    {"", NULL, TB_FLAG, tb_req_service, 1},
    {"ingangsdatum", NULL, TB_DATE, tb_req_start, 0},
    {"einddatum", NULL, TB_DATE, tb_req_end, 0},
    {"compleet", NULL, TB_FLAG, tb_req_complete, 0},
};

const tb_table tb_formulier = {"Aanvragen", tb_formulier_cols,
                               sizeof tb_formulier_cols / sizeof *tb_formulier_cols, tb_formulier_walk};

/* ---- stand.csv: one row per requested (client KvK, service), read back by a status run. ---- */

/* A requested (client KvK, service) as the walker hands it to the columns; svc NULL = all services. */
typedef struct tb_stand_view {
    const mg_request *r;
    const cat_service *svc;
} tb_stand_view;

/* Stand column: the client's KvK. */
static void tb_stand_kvk(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_stand_view *)row)->r->kvk;
}

/* Stand column: the client's name. */
static void tb_stand_naam(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_stand_view *)row)->r->naam;
}

/* Stand column: the service's code, or the code of all services at once. */
static void tb_stand_dienst(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    const cat_service *svc = ((const tb_stand_view *)row)->svc;

    (void)env, (void)k;
    out->s = svc ? svc->code : CAT_ALL_SERVICES_CODE;
}

/* Stand column: the route of the request (beheermodule or formulier). */
static void tb_stand_route(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = mg_route_name(((const tb_stand_view *)row)->r->route);
}

/* Stand column: what a run knows of a request it writes: it is requested. */
static void tb_stand_aangevraagd(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)row, (void)k;
    out->s = "aangevraagd";
}

/* Stand column: the first day of the period asked for. */
static void tb_stand_start(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->days = ((const tb_stand_view *)row)->r->start;
}

/* Stand column: the last day of the period asked for. */
static void tb_stand_end(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->days = ((const tb_stand_view *)row)->r->end;
}

/* Stand column: the day the request was made, the run date. */
static void tb_run_date(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)row, (void)k;
    out->days = env->cfg->run_date;
}

/* Stand column left empty by a run: a registration is not known yet. */
static void tb_no_date(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)row, (void)k;
    out->days = TB_NO_DATE;
}

/* The stand's rows: the requests of the import file and the form, each service in code order. */
static mg_error tb_stand_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    size_t i, k;

    (void)ei;
    for (i = 0; i < env->p->nrequests; i++) {
        const mg_request *r = &env->p->requests[i];
        tb_stand_view view = {r, NULL};
        if (r->route != RT_BEHEERMODULE && r->route != RT_FORMULIER)
            continue;
        if (env->cfg->scope == SCOPE_DIENSTVERLENER) {
            tb_row(t, env, &view, sink);
            continue;
        }
        for (k = 0; k < env->cat->nservices; k++) {
            size_t s = env->svc_order ? env->svc_order[k] : k;
            if (r->services & ((uint64_t)1 << s)) {
                view.svc = &env->cat->services[s];
                tb_row(t, env, &view, sink);
            }
        }
    }
    return MG_OK;
}

static const tb_col tb_stand_cols[] = {
    {"kvk_machtiginggever", NULL, TB_ID, tb_stand_kvk, 0},
    {"naam_machtiginggever", NULL, TB_TEXT, tb_stand_naam, 0},
    {"dienst_code", NULL, TB_ID, tb_stand_dienst, 0},
    {"route", NULL, TB_TEXT, tb_stand_route, 0},
    {"status", NULL, TB_TEXT, tb_stand_aangevraagd, 0},
    {"aangevraagd_op", NULL, TB_DATE, tb_run_date, 0},
    {"ingangsdatum", NULL, TB_DATE, tb_stand_start, 0},
    {"einddatum", NULL, TB_DATE, tb_stand_end, 0},
    {"registratie_ingangsdatum", NULL, TB_DATE, tb_no_date, 0},
    {"registratie_einddatum", NULL, TB_DATE, tb_no_date, 0},
};

const tb_table tb_stand = {"Stand", tb_stand_cols, sizeof tb_stand_cols / sizeof *tb_stand_cols,
                           tb_stand_walk};

/* ---- status.csv and a status run's stand.csv: one row per (client KvK, service) with its status. ---- */

/* Status column: the client's KvK. */
static void tb_st_kvk(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const st_row *)row)->kvk;
}

/* Status column: the client's name. */
static void tb_st_naam(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const st_row *)row)->naam;
}

/* Status column: the service's code (alle-diensten for all at once). */
static void tb_st_code(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    uint16_t s = ((const st_row *)row)->service;

    (void)k;
    out->s = s < env->cat->nservices ? env->cat->services[s].code : CAT_ALL_SERVICES_CODE;
}

/* Status column: the service's official name. */
static void tb_st_dienst(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    uint16_t s = ((const st_row *)row)->service;

    (void)k;
    out->s = s < env->cat->nservices ? env->cat->services[s].naam : CAT_ALL_SERVICES_NAME;
}

/* Status column: the status word. */
static void tb_st_status(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = st_status_name(((const st_row *)row)->status);
}

/* Status column: the day it was requested. */
static void tb_st_requested(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    int32_t d = ((const st_row *)row)->requested;

    (void)env, (void)k;
    out->days = d == ST_NO_DATE ? TB_NO_DATE : d;
}

/* Status column: the first day of the period the status is about. */
static void tb_st_start(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    int32_t d = ((const st_row *)row)->start;

    (void)env, (void)k;
    out->days = d == ST_NO_DATE ? TB_NO_DATE : d;
}

/* Status column: the last day of that period. */
static void tb_st_end(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    int32_t d = ((const st_row *)row)->end;

    (void)env, (void)k;
    out->days = d == ST_NO_DATE ? TB_NO_DATE : d;
}

/* Status column: days since the request (aangevraagd), else empty. */
static void tb_st_waiting(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->n = ((const st_row *)row)->waiting;
}

/* Status column: what to do, a sentence in the run's language. */
static void tb_st_action(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    static const mg_msg act[ST_COUNT] = {MSG_ST_ACT_GEREGISTREERD, MSG_ST_ACT_VERLOOPT,  MSG_ST_ACT_VERLOPEN,
                                         MSG_ST_ACT_AANGEVRAAGD,   MSG_ST_ACT_AFGEWEZEN, MSG_ST_ACT_ONTBREEKT,
                                         MSG_ST_ACT_OVERBODIG};
    st_status s = ((const st_row *)row)->status;

    (void)k;
    out->s = (unsigned)s < ST_COUNT ? msg_text(act[s], env->cfg->lang) : "";
}

/* The statuses in their order. */
static mg_error tb_status_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    size_t i;

    (void)ei;
    for (i = 0; env->status && i < env->status->st->nrows; i++)
        tb_row(t, env, &env->status->st->rows[i], sink);
    return MG_OK;
}

static const tb_col tb_status_cols[] = {
    {"kvk_machtiginggever", NULL, TB_ID, tb_st_kvk, 0},
    {"naam_machtiginggever", NULL, TB_TEXT, tb_st_naam, 0},
    {"dienst_code", NULL, TB_ID, tb_st_code, 0},
    {"dienst", NULL, TB_TEXT, tb_st_dienst, 0},
    {"status", NULL, TB_TEXT, tb_st_status, 0},
    {"aangevraagd_op", NULL, TB_DATE, tb_st_requested, 0},
    {"ingangsdatum", NULL, TB_DATE, tb_st_start, 0},
    {"einddatum", NULL, TB_DATE, tb_st_end, 0},
    {"dagen_wachtend", NULL, TB_COUNT, tb_st_waiting, 0},
    {"actie", NULL, TB_WRAP, tb_st_action, 0},
};

const tb_table tb_status = {"Status", tb_status_cols, sizeof tb_status_cols / sizeof *tb_status_cols,
                            tb_status_walk};

/* Stand column of a status run: the route of the client's request now, else as the earlier output said. */
static void tb_sst_route(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    const st_row *r = row;

    (void)k;
    out->s = r->request ? mg_route_name(env->p->requests[r->request - 1].route) : "";
}

/* Stand column of a status run: a status that requests now is aangevraagd from now on. */
static void tb_sst_status(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    st_status s = ((const st_row *)row)->status;

    (void)env, (void)k;
    out->s = st_status_name(st_status_requests(s) ? ST_AANGEVRAAGD : s);
}

/* Stand column of a status run: the day of the request (today for one made now). */
static void tb_sst_requested(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    const st_row *r = row;

    (void)k;
    out->days = st_status_requests(r->status) ? env->status->today
                : r->requested == ST_NO_DATE  ? TB_NO_DATE
                                              : r->requested;
}

/* Stand column of a status run: the first day of the period requested. */
static void tb_sst_start(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    const st_row *r = row;
    int32_t d = st_status_requests(r->status) ? r->renew_start : r->prior ? r->prior->start : ST_NO_DATE;

    (void)env, (void)k;
    out->days = d == ST_NO_DATE ? TB_NO_DATE : d;
}

/* Stand column of a status run: the last day of the period requested. */
static void tb_sst_end(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    const st_row *r = row;
    int32_t d = st_status_requests(r->status) ? r->renew_end : r->prior ? r->prior->end : ST_NO_DATE;

    (void)env, (void)k;
    out->days = d == ST_NO_DATE ? TB_NO_DATE : d;
}

/* The active registration of a stand row, or NULL. */
static const st_registration *tb_sst_reg(const st_row *r)
{
    return r->reg && r->reg->state == SR_ACTIEF && r->reg->end != ST_NO_DATE ? r->reg : NULL;
}

/* Stand column of a status run: the first day of the registration known now. */
static void tb_sst_reg_start(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    const st_registration *g = tb_sst_reg(row);

    (void)env, (void)k;
    out->days = g && g->start != ST_NO_DATE ? g->start : TB_NO_DATE;
}

/* Stand column of a status run: the last day of the registration known now. */
static void tb_sst_reg_end(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    const st_registration *g = tb_sst_reg(row);

    (void)env, (void)k;
    out->days = g ? g->end : TB_NO_DATE;
}

static const tb_col tb_stand_status_cols[] = {
    {"kvk_machtiginggever", NULL, TB_ID, tb_st_kvk, 0},
    {"naam_machtiginggever", NULL, TB_TEXT, tb_st_naam, 0},
    {"dienst_code", NULL, TB_ID, tb_st_code, 0},
    {"route", NULL, TB_TEXT, tb_sst_route, 0},
    {"status", NULL, TB_TEXT, tb_sst_status, 0},
    {"aangevraagd_op", NULL, TB_DATE, tb_sst_requested, 0},
    {"ingangsdatum", NULL, TB_DATE, tb_sst_start, 0},
    {"einddatum", NULL, TB_DATE, tb_sst_end, 0},
    {"registratie_ingangsdatum", NULL, TB_DATE, tb_sst_reg_start, 0},
    {"registratie_einddatum", NULL, TB_DATE, tb_sst_reg_end, 0},
};

const tb_table tb_stand_status = {"Stand", tb_stand_status_cols,
                                  sizeof tb_stand_status_cols / sizeof *tb_stand_status_cols, tb_status_walk};

/* ---- uwv-opvolging: one row per follow-up with the sentence saying what to do. ---- */

/* A follow-up as the walker hands it to the columns. */
typedef struct tb_fu_view {
    const mg_followup *f;
    const char *act;
} tb_fu_view;

/* Follow-up column: the LHN. */
static void tb_fu_lhn(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_fu_view *)row)->f->lhn;
}

/* Follow-up column: the employer's name. */
static void tb_fu_naam(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_fu_view *)row)->f->naam;
}

/* Follow-up column: the employer's KvK. */
static void tb_fu_kvk(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_fu_view *)row)->f->kvk;
}

/* Follow-up column: the kind. */
static void tb_fu_soort(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = mg_followkind_name(((const tb_fu_view *)row)->f->kind);
}

/* Follow-up column: the kind in words, in the run's language. */
static void tb_fu_omschrijving(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)k;
    out->s = rp_followkind_label(((const tb_fu_view *)row)->f->kind, env->cfg->lang);
}

/* Follow-up column: the employer's reason as given. */
static void tb_fu_reden(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_fu_view *)row)->f->reden;
}

/* Follow-up column: the status the beheerder picks, from the choices in the run's language. */
static void tb_fu_status(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)row, (void)k;
    out->s = MG_TEXT(env->cfg->lang, MSG_TABLE_STATUS_CHOICES);
}

/* Follow-up column: the successor's LHN. */
static void tb_fu_opvolger(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_fu_view *)row)->f->opvolger;
}

/* Follow-up column: the open sick reports (empty when unknown). */
static void tb_fu_open(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->n = ((const tb_fu_view *)row)->f->open_meldingen;
}

/* Follow-up column: what to do. */
static void tb_fu_actie(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_fu_view *)row)->act;
}

/* The follow-ups' rows, sorted. */
static mg_error tb_opvolging_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    const mg_portfolio *p = env->p;
    mg_followup *v = tb_followups_sorted(p, mg_followup_cmp);
    char act[TB_MSG_MAX];
    size_t i;

    if (!v)
        return MG_FAIL(ei, MG_ERR_NOMEM, t->sheet, 0, MSG_OUT_OF_MEMORY);
    for (i = 0; i < p->nfollowups; i++) {
        tb_fu_view view = {&v[i],
                           rp_followup_action(env->cat->prose, &v[i], env->cfg->lang, act, sizeof act)};
        tb_row(t, env, &view, sink);
    }
    free(v);
    return MG_OK;
}

static const tb_col tb_opvolging_cols[] = {
    {"loonheffingennummer", NULL, TB_ID, tb_fu_lhn, 0},
    {"naam", NULL, TB_TEXT, tb_fu_naam, 0},
    {"kvk", NULL, TB_ID, tb_fu_kvk, 0},
    {"soort", NULL, TB_TEXT, tb_fu_soort, 0},
    {"omschrijving", NULL, TB_TEXT, tb_fu_omschrijving, 0},
    {"opvolger", NULL, TB_ID, tb_fu_opvolger, 0},
    {"reden", NULL, TB_TEXT, tb_fu_reden, 0},
    {"open_meldingen", NULL, TB_COUNT, tb_fu_open, 0},
    {"actie", NULL, TB_WRAP, tb_fu_actie, 0},
    /* filled in by the beheerder after the call */
    {"gebeld_op", NULL, TB_FILL_DATE, tb_blank, 0},
    {"uwv_medewerker", NULL, TB_TEXT, tb_blank, 0},
    {"afspraak", NULL, TB_TEXT, tb_blank, 0},
    {"status", NULL, TB_FILL_CHOICE, tb_fu_status, 0},
};

const tb_table tb_opvolging = {"Opvolging", tb_opvolging_cols,
                               sizeof tb_opvolging_cols / sizeof *tb_opvolging_cols, tb_opvolging_walk};

/* ---- medewerkers: one row per user with the action to take. ---- */

/* Staff column: the user name. */
static void tb_user_id(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const mg_user *)row)->id;
}

/* Staff column: the name. */
static void tb_user_naam(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const mg_user *)row)->naam;
}

/* Staff column: the e-mail address. */
static void tb_user_email(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const mg_user *)row)->email;
}

/* Staff column: the role. */
static void tb_user_rol(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const mg_user *)row)->beheerder ? "beheerder" : "gebruiker";
}

/* Staff column: the eHerkenning level. */
static void tb_user_level(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = mg_level_name(((const mg_user *)row)->level);
}

/* Staff column: the action. */
static void tb_user_action(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = mg_action_name(((const mg_user *)row)->action);
}

/* Staff column: how many employers. */
static void tb_user_employers(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->n = (long)((const mg_user *)row)->n_employers;
}

/* Staff column: how many services. */
static void tb_user_services(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->n = (long)((const mg_user *)row)->n_services;
}

/* The users' rows in their order. */
static mg_error tb_medewerkers_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    size_t i;

    (void)ei;
    for (i = 0; i < env->p->nusers; i++)
        tb_row(t, env, env->p->users[i], sink);
    return MG_OK;
}

static const tb_col tb_medewerkers_cols[] = {
    {"gebruikersnaam", NULL, TB_ID, tb_user_id, 0},
    {"naam", NULL, TB_TEXT, tb_user_naam, 0},
    {"email", NULL, TB_TEXT, tb_user_email, 0},
    {"rol", NULL, TB_TEXT, tb_user_rol, 0},
    {"eh_niveau", NULL, TB_TEXT, tb_user_level, 0},
    {"actie", NULL, TB_TEXT, tb_user_action, 0},
    {"aantal_werkgevers", NULL, TB_COUNT, tb_user_employers, 0},
    {"aantal_diensten", NULL, TB_COUNT, tb_user_services, 0},
};

const tb_table tb_medewerkers = {"Medewerkers", tb_medewerkers_cols,
                                 sizeof tb_medewerkers_cols / sizeof *tb_medewerkers_cols,
                                 tb_medewerkers_walk};

/* ---- interne-machtigingen: what the beheerder passes on, per colleague, client KvK and service. ---- */

/* A row as the walker hands it to the columns. */
typedef struct tb_int_view {
    const mg_internal *in;
    const mg_user *u;
    const mg_request *r;
    const cat_service *svc;
} tb_int_view;

/* Internal column: the colleague's user name. */
static void tb_int_user(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_int_view *)row)->u->id;
}

/* Internal column: the colleague's name. */
static void tb_int_naam(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_int_view *)row)->u->naam;
}

/* Internal column: the colleague's e-mail address. */
static void tb_int_email(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_int_view *)row)->u->email;
}

/* Internal column: the client's KvK. */
static void tb_int_kvk(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_int_view *)row)->r->kvk;
}

/* Internal column: the client's name as on its request. */
static void tb_int_client(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_int_view *)row)->r->naam;
}

/* Internal column: the route of the client's request. */
static void tb_int_route(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = mg_route_name(((const tb_int_view *)row)->r->route);
}

/* Internal column: the service's code. */
static void tb_int_code(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_int_view *)row)->svc->code;
}

/* Internal column: the service's name. */
static void tb_int_dienst(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_int_view *)row)->svc->naam;
}

/* Internal column: the LHNs the colleague had this service on in the portal. */
static void tb_int_lhns(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_int_view *)row)->in->lhns;
}

/* Internal column: "ja" when the colleague will see more numbers of this client than before. */
static void tb_int_widened(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_int_view *)row)->in->widened ? "ja" : NULL;
}

/* Internal column: the ketenmachtiging's first day; none for the intermediary's own organisation. */
static void tb_int_start(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    tb_start(env, row, k, out);
    if (((const tb_int_view *)row)->r->route == RT_EIGEN)
        out->days = TB_NO_DATE;
}

/* Internal column: the ketenmachtiging's last day; none for the intermediary's own organisation. */
static void tb_int_end(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    tb_end(env, row, k, out);
    if (((const tb_int_view *)row)->r->route == RT_EIGEN)
        out->days = TB_NO_DATE;
}

/* Sort parts of an interne-machtigingen row, least significant first. */
enum { TB_IKEY_USER, TB_IKEY_SVC, TB_IKEY_REQ, TB_IKEY_PARTS };

/* One sort part of internal row in: the user, the service's rank in code order, or the client KvK (requests
 * are in KvK order). */
static uint32_t tb_ikey(const mg_internal *in, const uint32_t *srank, int part)
{
    return part == TB_IKEY_USER ? in->user : part == TB_IKEY_SVC ? srank[in->service] : in->request;
}

/* One stable counting-sort pass: the row numbers of `from` ordered by their part (all below nkeys) into `to`.
 */
static void tb_ikey_pass(const mg_internal *rows, const uint32_t *srank, int part, size_t nkeys,
                         size_t *count, const uint32_t *from, uint32_t *to, size_t n)
{
    size_t i, sum = 0;

    memset(count, 0, nkeys * sizeof *count);
    for (i = 0; i < n; i++)
        count[tb_ikey(&rows[from[i]], srank, part)]++;
    for (i = 0; i < nkeys; i++) {
        size_t c = count[i];
        count[i] = sum;
        sum += c;
    }
    for (i = 0; i < n; i++)
        to[count[tb_ikey(&rows[from[i]], srank, part)]++] = from[i];
}

/* The rows, sorted by client KvK, service code and user: three counting-sort passes over row numbers (8 bytes
 * a row in all, where qsort of keys took 48). */
static mg_error tb_intern_rows(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei,
                               const uint64_t *only)
{
    const mg_portfolio *p = env->p;
    const catalog *cat = env->cat;
    size_t n = p->ninternals, nkeys[TB_IKEY_PARTS] = {p->nusers, cat->nservices, p->nrequests}, most = 1, i;
    uint32_t *srank = malloc((cat->nservices + 1) * sizeof *srank);
    uint32_t *order = malloc((n + 1) * sizeof *order), *tmp = malloc((n + 1) * sizeof *tmp);
    size_t *count = NULL;
    mg_error err = MG_OK;
    int part;

    for (part = 0; part < TB_IKEY_PARTS; part++)
        if (nkeys[part] > most)
            most = nkeys[part];
    count = malloc(most * sizeof *count);
    if (!srank || !order || !tmp || !count || !env->svc_order || n > UINT32_MAX) {
        err = MG_FAIL(ei, MG_ERR_NOMEM, t->sheet, 0, MSG_OUT_OF_MEMORY);
        goto done;
    }
    for (i = 0; i < cat->nservices; i++)
        srank[env->svc_order[i]] = (uint32_t)i;
    for (i = 0; i < n; i++)
        order[i] = (uint32_t)i;
    for (part = 0; part < TB_IKEY_PARTS; part++) {
        uint32_t *swap = order;
        tb_ikey_pass(p->internals, srank, part, nkeys[part], count, order, tmp, n);
        order = tmp;
        tmp = swap;
    }
    for (i = 0; i < n; i++) {
        const mg_internal *in = &p->internals[order[i]];
        tb_int_view view = {in, p->users[in->user], &p->requests[in->request], &cat->services[in->service]};
        if (only && !(only[in->request] & ((uint64_t)1 << in->service)))
            continue;
        tb_row(t, env, &view, sink);
    }
done:
    free(srank);
    free(order);
    free(tmp);
    free(count);
    return err;
}

/* interne-machtigingen.csv: every line, colleague by colleague. */
static mg_error tb_intern_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    return tb_intern_rows(t, env, sink, ei, NULL);
}

/* interne-machtigingen-nu.csv: only the services whose ketenmachtiging is registered now. */
static mg_error tb_intern_nu_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    if (!env->status || !env->status->registered)
        return MG_FAIL(ei, MG_ERR_INTERNAL, t->sheet, 0, MSG_OUT_OF_MEMORY);
    return tb_intern_rows(t, env, sink, ei, env->status->registered);
}

static const tb_col tb_intern_cols[] = {
    {"gebruikersnaam", NULL, TB_ID, tb_int_user, 0},
    {"naam", NULL, TB_TEXT, tb_int_naam, 0},
    {"email", NULL, TB_TEXT, tb_int_email, 0},
    {"kvk_machtiginggever", NULL, TB_ID, tb_int_kvk, 0},
    {"naam_machtiginggever", NULL, TB_TEXT, tb_int_client, 0},
    {"route", NULL, TB_TEXT, tb_int_route, 0},
    {"dienst_code", NULL, TB_TEXT, tb_int_code, 0},
    {"dienst", NULL, TB_TEXT, tb_int_dienst, 0},
    {"ingangsdatum", NULL, TB_DATE, tb_int_start, 0},
    {"einddatum", NULL, TB_DATE, tb_int_end, 0},
    {"loonheffingennummers_oud", NULL, TB_ID, tb_int_lhns, 0},
    {"verbreed", NULL, TB_FLAG, tb_int_widened, 0},
};

const tb_table tb_intern = {"Interne machtigingen", tb_intern_cols,
                            sizeof tb_intern_cols / sizeof *tb_intern_cols, tb_intern_walk};

const tb_table tb_intern_nu = {"Interne machtigingen", tb_intern_cols,
                               sizeof tb_intern_cols / sizeof *tb_intern_cols, tb_intern_nu_walk};

/* ---- afwijzingen and Bevindingen: findings. ---- */

/* A finding as the walkers hand it to the columns. */
typedef struct tb_fd_view {
    const finding *f;
    const char *msg;
} tb_fd_view;

/* Finding column: the severity in the run's language. */
static void tb_fd_ernst(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)k;
    out->s = fd_severity_name(((const tb_fd_view *)row)->f->severity, env->cfg->lang);
}

/* Finding column: the code. */
static void tb_fd_code(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = fd_def_get(((const tb_fd_view *)row)->f->code)->code;
}

/* Finding column: the file. */
static void tb_fd_file(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)k;
    out->s = tb_file_name(env->p, ((const tb_fd_view *)row)->f->file);
}

/* Finding column: the line (0 when the finding has none). */
static void tb_fd_line(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->n = ((const tb_fd_view *)row)->f->line;
}

/* Finding column: the line, empty when the finding has none. */
static void tb_fd_line_opt(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->n = ((const tb_fd_view *)row)->f->line > 0 ? ((const tb_fd_view *)row)->f->line : -1;
}

/* Finding column: the column. */
static void tb_fd_column(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_fd_view *)row)->f->column;
}

/* Finding column: the message. */
static void tb_fd_msg(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_fd_view *)row)->msg;
}

/* Finding column: the record as read. */
static void tb_fd_record(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_fd_view *)row)->f->raw;
}

/* Every rejected record (listed and spooled ones merged by file, line and order of making). */
static mg_error tb_afwijzingen_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    fd_rej_iter it;
    const finding *f;
    char msg[TB_MSG_MAX];
    mg_error err;

    err = fd_rej_begin(&it, &env->p->findings, ei);
    while (!err && !(err = fd_rej_next(&it, &f, ei)) && f) {
        tb_fd_view view = {f, fd_format(f, env->cfg->lang, msg, sizeof msg)};
        tb_row(t, env, &view, sink);
    }
    fd_rej_end(&it);
    return err;
}

static const tb_col tb_afwijzingen_cols[] = {
    {"bestand", NULL, TB_TEXT, tb_fd_file, 0}, {"regel", NULL, TB_COUNT, tb_fd_line, 0},
    {"kolom", NULL, TB_TEXT, tb_fd_column, 0}, {"code", NULL, TB_TEXT, tb_fd_code, 0},
    {"melding", NULL, TB_TEXT, tb_fd_msg, 0},  {"record", NULL, TB_RECORD, tb_fd_record, 0},
};

const tb_table tb_afwijzingen = {"Afwijzingen", tb_afwijzingen_cols,
                                 sizeof tb_afwijzingen_cols / sizeof *tb_afwijzingen_cols,
                                 tb_afwijzingen_walk};

/* Every finding (listed and spooled), in the run's order. */
static mg_error tb_bevindingen_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    fd_iter it;
    const finding *f;
    char msg[TB_MSG_MAX];
    mg_error err;

    err = fd_iter_begin(&it, &env->p->findings, ei);
    while (!err && !(err = fd_iter_next(&it, &f, ei)) && f) {
        tb_fd_view view = {f, fd_format(f, env->cfg->lang, msg, sizeof msg)};
        tb_row(t, env, &view, sink);
    }
    fd_iter_end(&it);
    return err;
}

static const tb_col tb_bevindingen_cols[] = {
    {"ernst", NULL, TB_TEXT, tb_fd_ernst, 0},  {"code", NULL, TB_TEXT, tb_fd_code, 0},
    {"bestand", NULL, TB_TEXT, tb_fd_file, 0}, {"regel", NULL, TB_COUNT, tb_fd_line_opt, 0},
    {"kolom", NULL, TB_TEXT, tb_fd_column, 0}, {"melding", NULL, TB_TEXT, tb_fd_msg, 0},
};

const tb_table tb_bevindingen = {"Bevindingen", tb_bevindingen_cols,
                                 sizeof tb_bevindingen_cols / sizeof *tb_bevindingen_cols,
                                 tb_bevindingen_walk};

/* ---- Per loonheffingennummer (review workbook): every LHN once. ---- */

/* Order follow-ups by LHN, kind. */
static int tb_follow_lhn_cmp(const void *a, const void *b)
{
    const mg_followup *x = a, *y = b;
    int r = strcmp(x->lhn, y->lhn);

    if (r)
        return r;
    return x->kind < y->kind ? -1 : x->kind > y->kind;
}

/* Order employers by LHN. */
static int tb_lhn_cmp(const void *a, const void *b)
{
    const mg_employer *x = *(const mg_employer *const *)a, *y = *(const mg_employer *const *)b;

    return strcmp(x->lhn, y->lhn);
}

/* Compare an LHN key with an employer (for bsearch). */
static int tb_lhn_key_cmp(const void *key, const void *elem)
{
    return strcmp((const char *)key, (*(const mg_employer *const *)elem)->lhn);
}

/* Order findings (pointers) by line, then code name. */
static int tb_finding_cmp(const void *a, const void *b)
{
    const finding *x = *(const finding *const *)a, *y = *(const finding *const *)b;

    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return strcmp(fd_def_get(x->code)->code, fd_def_get(y->code)->code);
}

/* Index of the first finding (sorted by line) on line, or n. */
static size_t tb_first_line(const finding *const *fv, size_t n, long line)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (fv[mid]->line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Append ", " (when not first) and s to buf of size bytes; keeps buf NUL-terminated. */
static void tb_join(char *buf, size_t size, const char *s)
{
    size_t n = strlen(buf);

    snprintf(buf + n, size - n, "%s%s", n ? ", " : "", s);
}

/* Mark the employers (sorted by LHN) that appear in a beheermodule or form request. */
static void tb_mark_requested(const mg_portfolio *p, mg_employer **byl, char *mark)
{
    char lhn[13];
    size_t i;

    for (i = 0; i < p->nrequests; i++) {
        const mg_request *r = &p->requests[i];
        const char *q = r->lhns;
        if ((r->route != RT_BEHEERMODULE && r->route != RT_FORMULIER) || !q)
            continue;
        while (*q) {
            size_t n = strcspn(q, ",");
            if (n < sizeof lhn) {
                mg_employer **hit;
                memcpy(lhn, q, n);
                lhn[n] = '\0';
                hit = bsearch(lhn, byl, p->nemployers, sizeof *byl, tb_lhn_key_cmp);
                if (hit)
                    mark[hit - byl] = 1;
            }
            q += n;
            if (*q == ',')
                q++;
        }
    }
}

/* Order rejected employer rows by LHN, then line. */
static int tb_rejected_cmp(const void *a, const void *b)
{
    const mg_rejected_employer *x = *(const mg_rejected_employer *const *)a;
    const mg_rejected_employer *y = *(const mg_rejected_employer *const *)b;
    int r = strcmp(x->lhn, y->lhn);

    return r ? r : (x->line < y->line ? -1 : x->line > y->line);
}

/* The distinct finding codes of werkgevers.csv line `line`, joined into codes. */
static void tb_line_codes(const finding *const *fv, size_t nf, long line, char *codes, size_t size)
{
    const char *last = NULL;

    codes[0] = '\0';
    for (size_t m = tb_first_line(fv, nf, line); m < nf && fv[m]->line == line; m++) {
        const char *code = fd_def_get(fv[m]->code)->code;
        if (!last || strcmp(last, code) != 0)
            tb_join(codes, size, code);
        last = code;
    }
}

/* A per-LHN row as the walker hands it to the columns. */
typedef struct tb_lhn_view {
    const char *lhn, *naam, *kvk, *status, *route, *aanvraag, *opvolging, *bevindingen;
} tb_lhn_view;

/* Per-LHN column: lhn. */
static void tb_lhn_lhn(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_lhn_view *)row)->lhn;
}

/* Per-LHN column: naam. */
static void tb_lhn_naam(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_lhn_view *)row)->naam;
}

/* Per-LHN column: kvk. */
static void tb_lhn_kvk(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_lhn_view *)row)->kvk;
}

/* Per-LHN column: status. */
static void tb_lhn_status(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_lhn_view *)row)->status;
}

/* Per-LHN column: route. */
static void tb_lhn_route(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_lhn_view *)row)->route;
}

/* Per-LHN column: aanvraag. */
static void tb_lhn_aanvraag(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_lhn_view *)row)->aanvraag;
}

/* Per-LHN column: opvolging. */
static void tb_lhn_opvolging(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_lhn_view *)row)->opvolging;
}

/* Per-LHN column: bevindingen. */
static void tb_lhn_bevindingen(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = ((const tb_lhn_view *)row)->bevindingen;
}

/* The per-LHN sheet's rows: every LHN of werkgevers.csv once, by LHN — accepted employers with status,
 * route, request, follow-up and findings (all listed, not spooled: their rows were kept), and the first row
 * rejected on its own of every other LHN as `afgewezen`. */
static mg_error tb_per_lhn_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    const mg_portfolio *p = env->p;
    mg_employer **byl = tb_employers_sorted(p, tb_lhn_cmp);
    const mg_rejected_employer **rej = malloc((p->nrejected_employers + 1) * sizeof *rej);
    char *mark = calloc(p->nemployers + 1, 1);
    mg_followup *fu = tb_followups_sorted(p, tb_follow_lhn_cmp);
    const finding **fv = malloc((p->findings.n + 1) * sizeof *fv);
    size_t i, j = 0, nf = 0, nr = 0, k = 0;
    char kinds[TB_MSG_MAX], codes[TB_MSG_MAX];
    mg_error err = MG_OK;

    if (!byl || !rej || !mark || !fu || !fv) {
        err = MG_FAIL(ei, MG_ERR_NOMEM, t->sheet, 0, MSG_OUT_OF_MEMORY);
        goto cleanup;
    }
    /* A rejected row counts only when its LHN is not listed already (by an accepted row or an earlier one).
     */
    for (i = 0; i < p->nrejected_employers; i++)
        rej[nr++] = &p->rejected_employers[i];
    if (nr > 1)
        qsort(rej, nr, sizeof *rej, tb_rejected_cmp);
    for (i = 0, k = 0; i < nr; i++)
        if (!bsearch(rej[i]->lhn, byl, p->nemployers, sizeof *byl, tb_lhn_key_cmp) &&
            (k == 0 || strcmp(rej[k - 1]->lhn, rej[i]->lhn) != 0))
            rej[k++] = rej[i];
    nr = k;
    tb_mark_requested(p, byl, mark);
    for (i = 0; i < p->findings.n; i++)
        if (p->findings.v[i].file == SC_WERKGEVERS)
            fv[nf++] = &p->findings.v[i];
    if (nf > 1)
        qsort(fv, nf, sizeof *fv, tb_finding_cmp);
    for (i = 0, k = 0; i < p->nemployers || k < nr;) {
        if (k < nr && (i == p->nemployers || strcmp(rej[k]->lhn, byl[i]->lhn) < 0)) {
            /* its findings are spooled: the codes were kept when it was read */
            tb_lhn_view view = {rej[k]->lhn, rej[k]->naam, "", "afgewezen", "", "nee", "", rej[k]->codes};
            tb_row(t, env, &view, sink);
            k++;
            continue;
        }
        {
            const mg_employer *e = byl[i];
            int kind_last = -1;
            kinds[0] = '\0';
            while (j < p->nfollowups && strcmp(fu[j].lhn, e->lhn) < 0)
                j++;
            for (; j < p->nfollowups && strcmp(fu[j].lhn, e->lhn) == 0; j++)
                if ((int)fu[j].kind != kind_last) {
                    kind_last = (int)fu[j].kind;
                    tb_join(kinds, sizeof kinds, mg_followkind_name(fu[j].kind));
                }
            tb_line_codes(fv, nf, e->line, codes, sizeof codes);
            {
                tb_lhn_view view = {e->lhn,
                                    e->naam,
                                    e->kvk,
                                    e->rejected   ? "afgewezen"
                                    : e->inactive ? "inactief"
                                                  : "actief",
                                    mg_route_name((mg_route)e->route),
                                    mark[i] ? "ja" : "nee",
                                    kinds,
                                    codes};
                tb_row(t, env, &view, sink);
            }
            i++;
        }
    }
cleanup:
    free(byl);
    free(rej);
    free(mark);
    free(fu);
    free(fv);
    return err;
}

static const tb_col tb_per_lhn_cols[] = {
    {"loonheffingennummer", NULL, TB_ID, tb_lhn_lhn, 0},
    {"naam", NULL, TB_TEXT, tb_lhn_naam, 0},
    {"kvk", NULL, TB_ID, tb_lhn_kvk, 0},
    {"status", NULL, TB_TEXT, tb_lhn_status, 0},
    {"route", NULL, TB_TEXT, tb_lhn_route, 0},
    {"aanvraag", NULL, TB_FLAG, tb_lhn_aanvraag, 0},
    {"opvolging", NULL, TB_TEXT, tb_lhn_opvolging, 0},
    {"bevindingen", NULL, TB_TEXT, tb_lhn_bevindingen, 0},
};

const tb_table tb_per_lhn = {"Per loonheffingennummer", tb_per_lhn_cols,
                             sizeof tb_per_lhn_cols / sizeof *tb_per_lhn_cols, tb_per_lhn_walk};

/* ---- verwerking: the ledger, one line per input data row. ---- */

/* A ledger entry as the walker hands it to the columns. */
typedef struct tb_led_view {
    int file;
    const mg_ledger_entry *e;
} tb_led_view;

/* Ledger column: the file. */
static void tb_led_file(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)k;
    out->s = tb_file_name(env->p, ((const tb_led_view *)row)->file);
}

/* Ledger column: the line. */
static void tb_led_line(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->n = ((const tb_led_view *)row)->e->line;
}

/* Ledger column: the outcome. */
static void tb_led_outcome(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = mg_outcome_name((mg_outcome)((const tb_led_view *)row)->e->outcome);
}

/* Ledger column: the finding code that decided it. */
static void tb_led_code(const tb_env *env, const void *row, size_t k, tb_cell *out)
{
    (void)env, (void)k;
    out->s = fd_def_get((fd_code)((const tb_led_view *)row)->e->code)->code;
}

/* The ledger's rows, file by file. */
static mg_error tb_verwerking_walk(const tb_table *t, const tb_env *env, tb_sink *sink, mg_errinfo *ei)
{
    int f;
    size_t i;

    (void)ei;
    for (f = 0; f < MG_FILE_SLOTS; f++) {
        const mg_ledger *l = &env->p->ledger[f];
        for (i = 0; i < l->n; i++) {
            tb_led_view view = {f, &l->v[i]};
            tb_row(t, env, &view, sink);
        }
    }
    return MG_OK;
}

static const tb_col tb_verwerking_cols[] = {
    {"bestand", NULL, TB_TEXT, tb_led_file, 0},
    {"regel", NULL, TB_COUNT, tb_led_line, 0},
    {"uitkomst", NULL, TB_TEXT, tb_led_outcome, 0},
    {"code", NULL, TB_TEXT, tb_led_code, 0},
};

const tb_table tb_verwerking = {"Verwerking", tb_verwerking_cols,
                                sizeof tb_verwerking_cols / sizeof *tb_verwerking_cols, tb_verwerking_walk};

/* ---- The CSV sink. ---- */

/* CSV sink: the header row. */
static void tb_csv_head(tb_sink *sink, const char *const *names, size_t n)
{
    co_writer *w = ((tb_csv_sink *)sink)->w;

    co_row(w, names, n);
}

/* CSV sink: one row; dates dd-mm-yyyy, counts as digits (negative = empty), records with their line breaks,
 * the columns to fill in empty. */
static void tb_csv_row(tb_sink *sink, const tb_cell *cells, size_t n)
{
    co_writer *w = ((tb_csv_sink *)sink)->w;
    char date[11];
    size_t c;

    for (c = 0; c < n; c++) {
        switch (cells[c].type) {
        case TB_COUNT:
            if (cells[c].n >= 0)
                co_field_long(w, cells[c].n);
            else
                co_field(w, "");
            break;
        case TB_DATE:
            if (cells[c].days == TB_NO_DATE) {
                co_field(w, "");
                break;
            }
            id_format_dmy(cells[c].days, date);
            co_field(w, date);
            break;
        case TB_RECORD:
            co_field_record(w, cells[c].s);
            break;
        case TB_FILL_DATE:
        case TB_FILL_CHOICE:
            co_field(w, ""); /* for the reader to fill in */
            break;
        default:
            co_field(w, cells[c].s);
            break;
        }
    }
    co_end_row(w);
}

/* Make a CSV sink over w. */
void tb_csv_init(tb_csv_sink *s, co_writer *w)
{
    s->base.head = tb_csv_head;
    s->base.row = tb_csv_row;
    s->w = w;
}
