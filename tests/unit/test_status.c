/* test_status.c — the status rules of a status run, case by case, and the delta requests they make. */
#include "testutil.h"

#include "catalog.h"
#include "config.h"
#include "ident.h"
#include "model.h"
#include "status.h"

#define TODAY_Y 2027
#define TODAY_M 3
#define TODAY_D 1
#define KVK "01234567"
#define FORMATS_DIR "formats"

/* The catalogue, a config and an empty portfolio, shared by the cases. */
typedef struct fixture {
    catalog *cat;
    mg_config cfg;
    int32_t today;
    uint16_t verzuim, uitkering;
} fixture;

/* Load the catalogue and set up a config (ingangsdatum 1 Dec 2026, 5 years, per service). */
static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    mg_errinfo ei;
    const cat_service *s;

    if (!fx)
        return -1;
    memset(&ei, 0, sizeof ei);
    if (cat_load(FORMATS_DIR, &fx->cat, &ei) != MG_OK) {
        fprintf(stderr, "cat_load: %s:%ld: %s\n", ei.file, ei.line, ei.msg[LANG_EN]);
        return -1;
    }
    fx->cfg.ingangsdatum = id_days_from_civil(2026, 12, 1);
    fx->cfg.years = 5;
    fx->today = id_days_from_civil(TODAY_Y, TODAY_M, TODAY_D);
    s = cat_service_find(fx->cat, "verzuim", 7);
    assert_non_null(s);
    fx->verzuim = (uint16_t)cat_service_index(fx->cat, s);
    s = cat_service_find(fx->cat, "uitkering", 9);
    assert_non_null(s);
    fx->uitkering = (uint16_t)cat_service_index(fx->cat, s);
    *state = fx;
    return 0;
}

/* Free the fixture. */
static int teardown(void **state)
{
    fixture *fx = *state;

    cat_free(fx->cat);
    free(fx);
    return 0;
}

/* One rule: the sources of one pair (verzuim of client KVK) and the status they give. Days are relative to
 * today; NONE = no such date. */
#define NONE INT32_MIN
typedef struct st_case {
    const char *name;
    int needed;             /* the client needs verzuim now */
    int prior;              /* stand.csv has the pair */
    st_status prior_status; /* ... with this status */
    int32_t prior_requested, prior_reg_end;
    int have_regs;
    st_state reg_state; /* SR_NONE = the export does not list it */
    int32_t reg_end;
    st_state reg2_state; /* a second row for the same pair, SR_NONE = none */
    int32_t reg2_end;
    int warn;
    int rows;            /* rows expected: 0 or 1 */
    st_status want;      /* the status */
    long waiting;        /* days waiting (-1 = unknown) */
    int32_t renew_start; /* first day of the new request, relative to today (NONE = no request) */
    int findings;        /* findings made */
} st_case;

static const st_case cases[] = {
    {"active far beyond the window", 1, 1, ST_AANGEVRAAGD, -60, NONE, 1, SR_ACTIEF, 1000, SR_NONE, 0, 90, 1,
     ST_GEREGISTREERD, -1, NONE, 0},
    {"active, einddatum inside the window: renewal from the day after", 1, 1, ST_AANGEVRAAGD, -60, NONE, 1,
     SR_ACTIEF, 30, SR_NONE, 0, 90, 1, ST_VERLOOPT, -1, 31, 0},
    {"active, einddatum exactly at the window's edge", 1, 0, ST_COUNT, 0, NONE, 1, SR_ACTIEF, 90, SR_NONE, 0,
     90, 1, ST_VERLOOPT, -1, 91, 0},
    {"active, one day beyond the window", 1, 0, ST_COUNT, 0, NONE, 1, SR_ACTIEF, 91, SR_NONE, 0, 90, 1,
     ST_GEREGISTREERD, -1, NONE, 0},
    {"active but einddatum past", 1, 0, ST_COUNT, 0, NONE, 1, SR_ACTIEF, -1, SR_NONE, 0, 90, 1, ST_VERLOPEN,
     -1, 0, 0},
    {"reported expired", 1, 1, ST_AANGEVRAAGD, -900, NONE, 1, SR_VERLOPEN, -10, SR_NONE, 0, 90, 1,
     ST_VERLOPEN, -1, 0, 0},
    {"refused", 1, 1, ST_AANGEVRAAGD, -20, NONE, 1, SR_AFGEWEZEN, NONE, SR_NONE, 0, 90, 1, ST_AFGEWEZEN, -1,
     0, 0},
    {"withdrawn but needed: missing", 1, 1, ST_AANGEVRAAGD, -20, NONE, 1, SR_INGETROKKEN, NONE, SR_NONE, 0,
     90, 1, ST_ONTBREEKT, -1, 0, 0},
    {"export says requested: days since the request", 1, 1, ST_AANGEVRAAGD, -10, NONE, 1, SR_AANGEVRAAGD,
     NONE, SR_NONE, 0, 90, 1, ST_AANGEVRAAGD, 10, NONE, 0},
    {"requested before, not in the export yet", 1, 1, ST_AANGEVRAAGD, -3, NONE, 1, SR_NONE, 0, SR_NONE, 0, 90,
     1, ST_AANGEVRAAGD, 3, NONE, 0},
    {"requested before, no export given", 1, 1, ST_AANGEVRAAGD, -3, NONE, 0, SR_NONE, 0, SR_NONE, 0, 90, 1,
     ST_AANGEVRAAGD, 3, NONE, 0},
    {"needed, never requested", 1, 0, ST_COUNT, 0, NONE, 1, SR_NONE, 0, SR_NONE, 0, 90, 1, ST_ONTBREEKT, -1,
     0, 0},
    {"registered, no longer needed: to withdraw", 0, 1, ST_AANGEVRAAGD, -30, NONE, 1, SR_ACTIEF, 1000,
     SR_NONE, 0, 90, 1, ST_OVERBODIG, -1, NONE, 0},
    {"requested, no longer needed: to withdraw", 0, 1, ST_AANGEVRAAGD, -30, NONE, 1, SR_NONE, 0, SR_NONE, 0,
     90, 1, ST_OVERBODIG, -1, NONE, 0},
    {"withdrawn since the earlier status: gone", 0, 1, ST_OVERBODIG, -30, NONE, 1, SR_NONE, 0, SR_NONE, 0, 90,
     0, ST_COUNT, -1, NONE, 0},
    {"earlier overbodig, no export given: still to withdraw", 0, 1, ST_OVERBODIG, -30, NONE, 0, SR_NONE, 0,
     SR_NONE, 0, 90, 1, ST_OVERBODIG, -1, NONE, 0},
    {"registration ended and not needed: nothing to do", 0, 0, ST_COUNT, 0, NONE, 1, SR_VERLOPEN, -5, SR_NONE,
     0, 90, 0, ST_COUNT, -1, NONE, 0},
    {"earlier output knew a registration the export no longer lists", 1, 1, ST_GEREGISTREERD, -400, 800, 1,
     SR_NONE, 0, SR_NONE, 0, 90, 1, ST_AANGEVRAAGD, 400, NONE, 1},
    {"earlier output knew a registration, the export a later end: renewed", 1, 1, ST_GEREGISTREERD, -400, 800,
     1, SR_ACTIEF, 900, SR_NONE, 0, 90, 1, ST_GEREGISTREERD, -1, NONE, 0},
    {"earlier output knew a registration, the export an earlier end", 1, 1, ST_GEREGISTREERD, -400, 800, 1,
     SR_ACTIEF, 700, SR_NONE, 0, 90, 1, ST_GEREGISTREERD, -1, NONE, 1},
    {"earlier output knew a registration, the export says withdrawn", 1, 1, ST_GEREGISTREERD, -400, 800, 1,
     SR_INGETROKKEN, 800, SR_NONE, 0, 90, 1, ST_ONTBREEKT, -1, 0, 1},
    {"earlier output's registration carried when no export is given", 1, 1, ST_GEREGISTREERD, -400, 800, 0,
     SR_NONE, 0, SR_NONE, 0, 90, 1, ST_GEREGISTREERD, -1, NONE, 0},
    {"carried registration now inside the window", 1, 1, ST_GEREGISTREERD, -400, 20, 0, SR_NONE, 0, SR_NONE,
     0, 90, 1, ST_VERLOOPT, -1, 21, 0},
    {"two rows: the active one decides, the expired one is superseded", 1, 0, ST_COUNT, 0, NONE, 1,
     SR_VERLOPEN, -100, SR_ACTIEF, 1000, 90, 1, ST_GEREGISTREERD, -1, NONE, 1},
    {"two active rows: the later einddatum decides", 1, 0, ST_COUNT, 0, NONE, 1, SR_ACTIEF, 10, SR_ACTIEF,
     1000, 90, 1, ST_GEREGISTREERD, -1, NONE, 1},
    {"warning window 0: active until today is not yet expiring", 1, 0, ST_COUNT, 0, NONE, 1, SR_ACTIEF, 1,
     SR_NONE, 0, 0, 1, ST_GEREGISTREERD, -1, NONE, 0},
};

/* A date relative to today, or ST_NO_DATE. */
static int32_t rel(const fixture *fx, int32_t d)
{
    return d == NONE ? ST_NO_DATE : fx->today + d;
}

/* Run every case of the table. */
static void test_rules(void **state)
{
    fixture *fx = *state;
    size_t c;

    for (c = 0; c < ARRAY_LEN(cases); c++) {
        const st_case *t = &cases[c];
        mg_portfolio *p = mg_portfolio_new();
        mg_request req;
        st_prior pr;
        st_registration regs[2];
        st_input in;
        st_result r;
        size_t nregs = 0;

        assert_non_null(p);
        memset(&req, 0, sizeof req);
        memcpy(req.kvk, KVK, sizeof req.kvk);
        req.naam = "Bakkerij Test";
        req.route = RT_BEHEERMODULE;
        req.services = (uint64_t)1 << fx->uitkering | (t->needed ? (uint64_t)1 << fx->verzuim : 0);
        req.lhns = "123456782L01";
        p->requests = &req;
        p->nrequests = 1;
        memset(&pr, 0, sizeof pr);
        memcpy(pr.kvk, KVK, sizeof pr.kvk);
        pr.service = fx->verzuim;
        pr.naam = "Bakkerij Test";
        pr.status = t->prior_status;
        pr.requested = rel(fx, t->prior_requested);
        pr.start = fx->cfg.ingangsdatum;
        pr.end = id_add_years(pr.start, 5) - 1;
        pr.reg_start = t->prior_reg_end == NONE ? ST_NO_DATE : fx->cfg.ingangsdatum;
        pr.reg_end = rel(fx, t->prior_reg_end);
        pr.line = 2;
        memset(regs, 0, sizeof regs);
        if (t->reg_state != SR_NONE) {
            memcpy(regs[nregs].kvk, KVK, sizeof regs[nregs].kvk);
            regs[nregs].service = fx->verzuim;
            regs[nregs].state = t->reg_state;
            regs[nregs].start = fx->cfg.ingangsdatum;
            regs[nregs].end = rel(fx, t->reg_end);
            regs[nregs].file = MG_FILE_REG0;
            regs[nregs].line = 2;
            nregs++;
        }
        if (t->reg2_state != SR_NONE) {
            regs[nregs] = regs[0];
            regs[nregs].state = t->reg2_state;
            regs[nregs].end = rel(fx, t->reg2_end);
            regs[nregs].line = 3;
            nregs++;
        }
        memset(&in, 0, sizeof in);
        in.cfg = &fx->cfg;
        in.cat = fx->cat;
        in.p = p;
        in.prior = t->prior ? &pr : NULL;
        in.nprior = t->prior ? 1 : 0;
        in.regs = regs;
        in.nregs = nregs;
        in.have_regs = t->have_regs;
        in.today = fx->today;
        in.warn_days = t->warn;
        assert_int_equal(st_compute(&in, &r, &p->findings, p->pool), MG_OK);
        {
            /* the row of verzuim (uitkering is needed and never requested: ontbreekt) */
            const st_row *row = NULL;
            size_t i;
            for (i = 0; i < r.nrows; i++)
                if (r.rows[i].service == fx->verzuim)
                    row = &r.rows[i];
            if (!t->rows) {
                if (row)
                    fail_msg("%s: a row with status %s", t->name, st_status_name(row->status));
            } else {
                if (!row)
                    fail_msg("%s: no row", t->name);
                if (row->status != t->want)
                    fail_msg("%s: status %s, want %s", t->name, st_status_name(row->status),
                             st_status_name(t->want));
                if (row->waiting != t->waiting)
                    fail_msg("%s: waiting %ld, want %ld", t->name, row->waiting, t->waiting);
                if (row->renew_start != (t->renew_start == NONE ? ST_NO_DATE : fx->today + t->renew_start))
                    fail_msg("%s: renewal from %d, want %d", t->name, row->renew_start - fx->today,
                             t->renew_start);
                if (row->renew_start != ST_NO_DATE && row->renew_end != id_add_years(row->renew_start, 5) - 1)
                    fail_msg("%s: renewal period does not last 5 years", t->name);
                assert_int_equal(row->request, t->needed ? 1 : 0);
            }
            if (p->findings.n != (size_t)t->findings)
                fail_msg("%s: %zu findings, want %d", t->name, p->findings.n, t->findings);
            /* uitkering: needed, nothing known */
            for (i = 0; i < r.nrows; i++)
                if (r.rows[i].service == fx->uitkering)
                    assert_int_equal(r.rows[i].status, ST_ONTBREEKT);
            assert_int_equal(r.clients, 1);
        }
        st_result_clear(&r);
        p->requests = NULL;
        p->nrequests = 0;
        mg_portfolio_free(p);
    }
}

/* A client with one service expiring and one missing gets two delta requests: the missing one from today
 * (ingangsdatum lies in the past), the renewal from the day after einddatum, in date order; the registered
 * service is passed on now. */
static void test_delta(void **state)
{
    fixture *fx = *state;
    mg_portfolio *p = mg_portfolio_new();
    mg_request req[2], *d = NULL;
    st_registration regs[2];
    st_input in;
    st_result r;
    size_t n = 0;
    uint64_t *m;

    assert_non_null(p);
    memset(req, 0, sizeof req);
    memcpy(req[0].kvk, KVK, sizeof req[0].kvk);
    req[0].naam = "Bakkerij Test";
    req[0].route = RT_FORMULIER;
    req[0].services = (uint64_t)1 << fx->uitkering | (uint64_t)1 << fx->verzuim;
    req[0].lhns = "123456782L01";
    memcpy(req[1].kvk, "07654321", sizeof req[1].kvk);
    req[1].naam = "Garage Test";
    req[1].route = RT_PAPIER; /* not a ketenmachtiging: never in the status */
    req[1].services = (uint64_t)1 << fx->verzuim;
    req[1].lhns = "";
    p->requests = req;
    p->nrequests = 2;
    memset(regs, 0, sizeof regs);
    memcpy(regs[0].kvk, KVK, sizeof regs[0].kvk);
    regs[0].service = fx->verzuim;
    regs[0].state = SR_ACTIEF;
    regs[0].start = fx->cfg.ingangsdatum;
    regs[0].end = fx->today + 40;
    regs[0].file = MG_FILE_REG0;
    regs[0].line = 2;
    memset(&in, 0, sizeof in);
    in.cfg = &fx->cfg;
    in.cat = fx->cat;
    in.p = p;
    in.regs = regs;
    in.nregs = 1;
    in.have_regs = 1;
    in.today = fx->today;
    in.warn_days = 90;
    assert_int_equal(st_compute(&in, &r, &p->findings, p->pool), MG_OK);
    assert_int_equal(r.nrows, 2);
    assert_int_equal(r.count[ST_VERLOOPT], 1);
    assert_int_equal(r.count[ST_ONTBREEKT], 1);
    assert_int_equal(r.clients, 1);
    assert_int_equal(r.clients_registered, 0);
    assert_int_equal(st_delta(&in, &r, &d, &n), MG_OK);
    assert_int_equal(n, 2);
    assert_int_equal(d[0].start, fx->today); /* ingangsdatum (1 Dec 2026) lies before today */
    assert_int_equal(d[0].services, (uint64_t)1 << fx->uitkering);
    assert_int_equal(d[1].start, fx->today + 41);
    assert_int_equal(d[1].end, id_add_years(fx->today + 41, 5) - 1);
    assert_int_equal(d[1].services, (uint64_t)1 << fx->verzuim);
    assert_string_equal(d[1].kvk, KVK);
    assert_int_equal(d[1].route, RT_FORMULIER);
    m = st_registered_masks(&in, &r);
    assert_non_null(m);
    assert_int_equal(m[0], (uint64_t)1 << fx->verzuim);
    assert_int_equal(m[1], 0);
    free(m);
    free(d);
    st_result_clear(&r);
    p->requests = NULL;
    p->nrequests = 0;
    mg_portfolio_free(p);
}

/* With reikwijdte dienstverlener a client needs one pair (all services); a registration for all services
 * also covers single services needed under per-dienst, and is then not superfluous. */
static void test_all_services(void **state)
{
    fixture *fx = *state;
    mg_portfolio *p = mg_portfolio_new();
    mg_request req;
    st_registration reg;
    st_input in;
    st_result r;
    int scope;

    assert_non_null(p);
    memset(&req, 0, sizeof req);
    memcpy(req.kvk, KVK, sizeof req.kvk);
    req.naam = "Bakkerij Test";
    req.route = RT_BEHEERMODULE;
    req.services = (uint64_t)1 << fx->verzuim | (uint64_t)1 << fx->uitkering;
    req.lhns = "123456782L01";
    p->requests = &req;
    p->nrequests = 1;
    memset(&reg, 0, sizeof reg);
    memcpy(reg.kvk, KVK, sizeof reg.kvk);
    reg.service = ST_ALL_SERVICES;
    reg.state = SR_ACTIEF;
    reg.start = fx->cfg.ingangsdatum;
    reg.end = fx->today + 1000;
    reg.file = MG_FILE_REG0;
    reg.line = 2;
    for (scope = 0; scope < 2; scope++) {
        fx->cfg.scope = scope ? SCOPE_DIENSTVERLENER : SCOPE_PER_DIENST;
        memset(&in, 0, sizeof in);
        in.cfg = &fx->cfg;
        in.cat = fx->cat;
        in.p = p;
        in.regs = &reg;
        in.nregs = 1;
        in.have_regs = 1;
        in.today = fx->today;
        in.warn_days = 90;
        assert_int_equal(st_compute(&in, &r, &p->findings, p->pool), MG_OK);
        assert_int_equal(r.nrows, scope ? 1 : 2);
        assert_int_equal(r.count[ST_GEREGISTREERD], scope ? 1 : 2);
        assert_int_equal(r.count[ST_OVERBODIG], 0);
        assert_int_equal(r.clients_registered, 1);
        st_result_clear(&r);
    }
    fx->cfg.scope = SCOPE_PER_DIENST;
    p->requests = NULL;
    p->nrequests = 0;
    mg_portfolio_free(p);
}

/* Status words read back as written; unknown words are refused. */
static void test_words(void **state)
{
    int s;

    (void)state;
    for (s = 0; s < ST_COUNT; s++) {
        const char *w = st_status_name((st_status)s);
        assert_true(*w);
        assert_int_equal(st_status_parse(w, strlen(w)), s);
    }
    assert_int_equal(st_status_parse("Geregistreerd", 13), -1);
    assert_int_equal(st_status_parse("", 0), -1);
    assert_true(st_status_requests(ST_VERLOOPT) && st_status_requests(ST_ONTBREEKT));
    assert_false(st_status_requests(ST_AANGEVRAAGD) || st_status_requests(ST_OVERBODIG));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rules),
        cmocka_unit_test(test_delta),
        cmocka_unit_test(test_all_services),
        cmocka_unit_test(test_words),
    };

    return cmocka_run_group_tests(tests, setup, teardown);
}
