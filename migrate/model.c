/* model.c — constructors and small helpers of the run's plain data. */
#include "model.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Parse a level; -1 if not understood. */
int mg_level_parse(const char *s, size_t len)
{
    char buf[16];
    size_t n = 0, i;

    for (i = 0; i < len; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '-' || c == '_')
            continue;
        if (n + 1 >= sizeof buf)
            return -1;
        buf[n++] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    buf[n] = '\0';
    if (n == 0)
        return LV_UNKNOWN;
    if (!strcmp(buf, "GEEN") || !strcmp(buf, "NONE"))
        return LV_GEEN;
    if (!strcmp(buf, "EH1"))
        return LV_EH1;
    if (!strcmp(buf, "EH2"))
        return LV_EH2;
    if (!strcmp(buf, "EH2+") || !strcmp(buf, "EH2PLUS"))
        return LV_EH2PLUS;
    if (!strcmp(buf, "EH3"))
        return LV_EH3;
    if (!strcmp(buf, "EH4"))
        return LV_EH4;
    return -1;
}

/* Display form of a level. */
const char *mg_level_name(mg_level lv)
{
    static const char *const names[] = {"", "geen", "EH1", "EH2", "EH2+", "EH3", "EH4"};

    return (int)lv >= 0 && lv <= LV_EH4 ? names[lv] : "";
}

/* Display name of an outcome. */
const char *mg_outcome_name(mg_outcome oc)
{
    static const char *const names[OC_COUNT] = {"",       "gebruikt",  "afgewezen", "overgeslagen",
                                                "dubbel", "verplaatst"};

    return (int)oc >= 0 && oc < OC_COUNT ? names[oc] : "";
}

/* Display code of a staff action. */
const char *mg_action_name(mg_action a)
{
    static const char *const names[ACT_COUNT] = {"geen",         "eh3-aanvragen",      "verhogen-naar-eh3",
                                                 "nieuw-middel", "persoonlijk-middel", "geblokkeerd"};

    return (int)a >= 0 && a < ACT_COUNT ? names[a] : "";
}

/* Display code of a follow-up kind. */
const char *mg_followkind_name(mg_followkind k)
{
    static const char *const names[FU_COUNT] = {"transfer-reports", "reports-unreachable", "no-kvk",
                                                "foreign-employer", "successor-unknown"};

    return (int)k >= 0 && k < FU_COUNT ? names[k] : "";
}

/* The reason a reden value names. */
mg_reason mg_reason_parse(const char *reden)
{
    int r;

    if (!reden || !*reden)
        return RS_NONE;
    if (!strcmp(reden, "be\xc3\xabindigd"))
        return RS_BEEINDIGD;
    for (r = RS_FUSIE; r < RS_OTHER; r++)
        if (!strcmp(reden, mg_reason_name((mg_reason)r)))
            return (mg_reason)r;
    return RS_OTHER;
}

/* The word of a reason. */
const char *mg_reason_name(mg_reason r)
{
    static const char *const names[RS_COUNT] = {"",          "fusie",     "overname", "rechtsvormwijziging",
                                                "splitsing", "beeindigd", "anders"};

    return (int)r >= 0 && r < RS_COUNT ? names[r] : "";
}

/* qsort order of follow-ups: KvK, LHN, kind. */
int mg_followup_cmp(const void *a, const void *b)
{
    const mg_followup *x = a, *y = b;
    int r = strcmp(x->kvk, y->kvk);

    if (r)
        return r;
    r = strcmp(x->lhn, y->lhn);
    if (r)
        return r;
    return x->kind < y->kind ? -1 : x->kind > y->kind;
}

/* Display name of a route. */
const char *mg_route_name(mg_route r)
{
    static const char *const names[RT_COUNT] = {"", "beheermodule", "formulier", "papier", "geen", "eigen"};

    return (int)r >= 0 && r < RT_COUNT ? names[r] : "";
}

/* Display word of a signing authority ("zelfstandig", "gezamenlijk"; "zelfstandig" when not given). */
const char *mg_authority_name(mg_authority a)
{
    return a == AU_GEZAMENLIJK ? "gezamenlijk" : "zelfstandig";
}

/* A new, empty portfolio. */
mg_portfolio *mg_portfolio_new(void)
{
    mg_portfolio *p = calloc(1, sizeof *p);

    if (!p)
        return NULL;
    p->pool = pool_new();
    if (!p->pool) {
        free(p);
        return NULL;
    }
    return p;
}

/* Free a portfolio; NULL is a no-op. */
void mg_portfolio_free(mg_portfolio *p)
{
    int f;

    if (!p)
        return;
    for (f = 0; f < MG_FILE_SLOTS; f++) {
        free(p->ledger[f].v);
        free(p->files[f].path);
    }
    fd_list_clear(&p->findings);
    free(p->users);
    free(p->employers);
    free(p->grants);
    free(p->rejected_employers);
    free(p->requests);
    free(p->followups);
    free(p->kept);
    free(p->internals);
    pool_free(p->pool);
    free(p);
}

/* Append a ledger entry for a data row of file f. */
mg_error mg_ledger_add(mg_portfolio *p, int f, long line, size_t *row)
{
    mg_ledger *l = &p->ledger[f];

    if (line < 0 || line > MG_LEDGER_MAX_LINE)
        return MG_ERR_DATA; /* the caller says which file */
    if (!mg_grow((void **)&l->v, l->n, &l->cap, sizeof *l->v, 256))
        return MG_ERR_NOMEM;
    l->v[l->n].line = (uint32_t)line;
    l->v[l->n].outcome = OC_NONE;
    l->v[l->n].code = FD_NONE;
    *row = l->n++;
    return MG_OK;
}

/* Set the outcome of a row. */
void mg_ledger_set(mg_portfolio *p, int f, size_t row, mg_outcome oc, fd_code code)
{
    mg_ledger *l = &p->ledger[f];

    if (row < l->n) {
        l->v[row].outcome = (uint8_t)oc;
        l->v[row].code = (uint16_t)code;
    }
}
